"""The whole pipeline: record contract, span invariant, spaCy use, stage-by-stage equals run."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.convert import doc_to_record, record_to_doc
from pipeline.process import process_path, process_text
from pipeline.record import RECORD_KEYS, dumps, span_errors

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "pipeline" / "record.schema.json").read_text(encoding="utf-8"))
CORPUS_FILES = sorted(p for p in (ROOT / "corpus").rglob("*") if p.is_file() and p.name != "README.md")


@pytest.fixture(scope="module")
def corpus_records(nlp):
    return [process_path(nlp, p, source=str(p.relative_to(ROOT))) for p in CORPUS_FILES]


def test_every_corpus_record_is_valid_and_clean(corpus_records) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    for record in corpus_records:
        jsonschema.validate(record, SCHEMA)
        assert list(record)[: len(RECORD_KEYS)] == list(RECORD_KEYS)
        assert span_errors(record) == []
        assert record["errors"] == [], (record["source"], record["errors"])
        assert record["text"]


def test_every_format_finds_its_figures(corpus_records) -> None:
    by_format = {}
    for record in corpus_records:
        by_format.setdefault(record["format"], []).append(record)
    assert set(by_format) == {"text", "pdf", "docx", "html"}
    for fmt, records in by_format.items():
        assert any(r["amounts"] for r in records), fmt
        assert any(r["sections"] for r in records), fmt


def test_line_is_json_with_unescaped_chinese_and_no_floats(corpus_records) -> None:
    line = dumps(corpus_records[0])
    assert "\n" not in line and "海珠区" in line
    for amount in json.loads(line)["amounts"]:
        assert isinstance(amount["value"], str)


def test_doc_record_round_trip(nlp, corpus_records) -> None:
    record = corpus_records[0]
    doc = record_to_doc(nlp, record)
    assert doc.text == record["text"]
    again = doc_to_record(doc)
    assert again == record
    assert len(doc.spans["amounts"]) == len(record["amounts"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("一二三四五六七八九十百千万亿元点零、（）()。，；：\n 0123456789.,%分局中心有限公司广州市区政府报告第部分#*")),
               max_size=300))
def test_no_text_breaks_the_span_invariant(nlp, text: str) -> None:
    record = process_text(nlp, text, id="0" * 16, source="x.txt")
    assert span_errors(record) == []
    assert [e for e in record["errors"] if e["code"] == "E301"] == []


def test_record_to_doc_reuses_the_tokens_without_segmenting(nlp, corpus_records, monkeypatch) -> None:
    record = corpus_records[0]
    doc = record_to_doc(nlp, record)
    with_tokens = doc_to_record(doc, tokens=True)
    monkeypatch.setattr(nlp.tokenizer.segmenter, "spans", lambda text: pytest.fail("segmented again"))
    again = record_to_doc(nlp, with_tokens)
    assert [t.text for t in again] == [t.text for t in doc]
    assert doc_to_record(again) == record


def test_spacy_users_get_span_groups_with_values(nlp) -> None:
    text = "一、基本情况\n广州市海珠区科学技术协会支出决算221.90万元，其中基本支出210.60万元，占94.9%。"
    docs = list(nlp.pipe([text, text], n_process=2))
    doc = docs[1]
    assert [s.label_ for s in doc.spans["sections"]] == ["H1"]
    amounts = doc.spans["amounts"]
    assert [a._.data["value"] for a in amounts] == ["2219000", "2106000"]
    assert {a.label_ for a in amounts} >= {"基本支出"}
    orgs = doc.spans["organizations"]
    assert [o.text for o in orgs] == ["广州市海珠区科学技术协会"] and orgs[0].label_ == "social_organization"
    assert [p._.data["value"] for p in doc.spans["percentages"]] == ["94.9"]


def test_a_stage_bug_is_an_error_on_that_record_not_an_empty_result(nlp, monkeypatch) -> None:
    import pipeline.orgs as orgs

    def broken(text, words, word_texts=None):
        raise KeyError("a bug")

    monkeypatch.setattr(orgs, "_find", broken)
    record = process_text(nlp, "一、基本情况\n海珠区科学技术协会支出决算221.90万元。", id="0" * 16, source="x.txt")
    assert [(e["stage"], e["code"]) for e in record["errors"]] == [("organizations", "E301")]
    assert "KeyError" in record["errors"][0]["message"]
    assert record["organizations"] == [] and [a["value"] for a in record["amounts"]] == ["2219000"]

"""The table stage on the development corpus (../shared; skipped without it): the table gold's
scores against the floors in ``tests/floors.json``, the ALTERED 决算 against its original, the
blank template, offsets into the text, the record contract."""
from __future__ import annotations

import json
import runpy
import sys

import pytest

from pipeline.process import process_path

from .conftest import ROOT, SHARED, SHARED_CORPUS, needs_shared

BUDGETS = SHARED_CORPUS / "budgets"
GOLD_TABLES = SHARED / "gold" / "tables"
FINAL = "2024_部门决算_上海普陀区_财政局.pdf"
ALTERED = "ALTERED_2024_部门决算_上海普陀区_财政局_测试问题版本.pdf"
TEMPLATE = "TEMPLATE_附件2_部门决算模板.pdf"

pytestmark = needs_shared


@pytest.fixture(scope="module")
def records(nlp):
    names = [json.loads(p.read_text(encoding="utf-8"))["doc"] for p in sorted(GOLD_TABLES.glob("*.tables.json"))]
    names += [ALTERED, TEMPLATE]
    return {name: process_path(nlp, BUDGETS / name) for name in dict.fromkeys(names)}


def test_table_gold_scores(records, tmp_path, capsys, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records.values()), encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["table_score.py", str(out), str(GOLD_TABLES), "--json"])
    runpy.run_path(str(SHARED / "eval" / "table_score.py"), run_name="__main__")
    scores = json.loads(capsys.readouterr().out)
    floors = json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))["tables"]
    assert scores["table_titles_recall"] >= floors["table_titles_recall"]
    assert scores["cell_recall"] >= floors["table_cell_recall"]
    assert scores["cell_precision_complete_tables"] >= floors["table_cell_precision"]
    assert scores["missing_tables_reported"] == 1.0


def _failed(record):
    return {(c["rule"], c["message"]) for c in record["checks"]
            if not c["ok"] and (c["rule"].startswith("table_") or c["rule"] == "missing_table")}


def test_altered_final_accounts_fail_checks_the_original_passes(records):
    original, altered = _failed(records[FINAL]), _failed(records[ALTERED])
    new = altered - original
    assert any(rule == "missing_table" and "支出决算表" in message for rule, message in new)
    assert any(rule == "table_prose" and message.startswith("收入支出总计") for rule, message in new)
    assert any(rule == "table_prose" and "三公" in message for rule, message in new)


def test_template_gives_titles_and_headers_but_no_values(records):
    record = records[TEMPLATE]
    assert not record["errors"]
    assert len(record["tables"]) == 9 and all(t["columns"] for t in record["tables"])
    assert not [c for t in record["tables"] for r in t["rows"] for c in r["cells"] if c["value"] is not None]


def test_table_offsets_start_at_their_titles(records):
    for record in records.values():
        text = record["text"]
        for table in record["tables"]:
            if table["start"] is not None:
                assert text[table["start"]:table["end"]].replace(" ", "").startswith(table["title"])


def test_budget_records_follow_the_contract(records):
    jsonschema = pytest.importorskip("jsonschema")
    from pipeline.record import RECORD_KEYS, ordered

    schema = json.loads((ROOT / "pipeline" / "record.schema.json").read_text(encoding="utf-8"))
    for record in records.values():
        record = json.loads(json.dumps(ordered(record), ensure_ascii=False, default=str))
        jsonschema.validate(record, schema)
        assert list(record)[: len(RECORD_KEYS)] == list(RECORD_KEYS)


def test_stage_by_stage_reads_the_tables_from_the_file(records, tmp_path):
    from pipeline.stages import STAGES, stage_function

    record = str(BUDGETS / FINAL)
    for name in STAGES:
        record = stage_function(name)(record)
    ran = json.loads(json.dumps(records[FINAL], ensure_ascii=False))
    assert record["tables"] == ran["tables"] and len(record["tables"]) == 9
    assert [c for c in record["checks"] if c["rule"].startswith("table_")] == \
        [c for c in ran["checks"] if c["rule"].startswith("table_")]


@pytest.mark.xfail(strict=True, reason="the template prints its 本年支出 sub-headers (合计 基本支出 项目支出) in the "
                   "ruled band of the 合计 row: that row is read as header, and 合计 ends the name columns' paths")
def test_template_empty_fund_table_keeps_its_total_row(records):
    table = next(t for t in records[TEMPLATE]["tables"] if t["title"].startswith("政府性基金"))
    assert not table["columns"][0].endswith("/合计") and [r["label"] for r in table["rows"]] == ["合计"]

"""govreport export: the records of a run come back from the HuggingFace dataset and the Parquet
tables value for value (decimal strings exactly), with typed columns."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

datasets = pytest.importorskip("datasets")
pq = pytest.importorskip("pyarrow.parquet")

from pipeline.export import export, read_records  # noqa: E402
from pipeline.export.schema import RECORD_TYPE, S, conform, infer, infer_records, merge  # noqa: E402
from pipeline.export.tables import GROUPS, TableWriter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def govreport(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True,
                          text=True, check=check, timeout=600)


def made_record(id: str, **more) -> dict:
    """A record as the pipeline writes it, with amounts whose decimals must survive exactly."""
    text = "一、收入\n收入预算221.90万元，其中0.10元，共1.2万亿元。"
    record = {
        "id": id, "source": f"made/{id}.txt", "format": "text", "title": "测试报告",
        "meta": {"year": 2024, "province": "广东省", "city": "广州市", "district": "海珠区",
                 "organization": "广州市海珠区财政局", "report_type": "部门预算", "manifest": ["year"]},
        "text": text,
        "sections": [{"index": 0, "level": 1, "number": "一", "title": "收入", "text": "一、收入",
                      "start": 0, "end": 4, "content_end": len(text), "parent": None}],
        "organizations": [],
        "amounts": [{"text": t, "start": text.index(t), "end": text.index(t) + len(t), "value": v,
                     "currency": "CNY", "label": "收入预算", "item": None, "qualifier": None, "section": 0}
                    for t, v in (("221.90万元", "2219000"), ("0.10元", "0.10"), ("1.2万亿元", "1200000000000"))],
        "percentages": [], "scores": [],
        "checks": [{"rule": "sum", "amounts": [0, 1], "expected": "2219000.10", "actual": "2219000", "ok": False,
                    "message": "parts do not add up"}],
        "errors": [{"stage": "amounts", "code": "E301", "message": "[E301] x"}],
    }
    record.update(more)
    return record


@pytest.fixture(scope="module")
def corpus_jsonl(tmp_path_factory) -> Path:
    """The run over the embedded corpus, plus two made records (extra keys, exact decimals)."""
    out = tmp_path_factory.mktemp("export") / "out.jsonl"
    govreport("run", "corpus", "-o", str(out), "-j", "1")
    first, second = made_record("x")["amounts"][:2]
    extra = [made_record("a" * 16), made_record("b" * 16, amounts=[
        {**first, "range": "low", "per": "年", "note": 3}, {**second, "note": "三"}])]
    with out.open("a", encoding="utf-8") as fh:
        for record in extra:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


@pytest.fixture(scope="module")
def records(corpus_jsonl: Path) -> list[dict]:
    return list(read_records(corpus_jsonl))


def filled(item: dict, keys) -> dict:
    """``item`` with every key of ``keys`` (missing ones None), as a typed table row gives it."""
    return {k: item.get(k) for k in keys}


# -- types -----------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, expected", [
    ("int", "null", "int"), ("null", "bool", "bool"), ("int", "float", "float"), ("int", "string", S),
    ("bool", "int", S), (("list", "int"), ("list", "null"), ("list", "int")), (("list", "int"), "int", S),
    (("struct", (("a", "int"),)), ("struct", (("b", "string"),)), ("struct", (("a", "int"), ("b", "string")))),
], ids=["null-right", "null-left", "int-float", "int-string", "bool-int", "lists", "list-scalar", "structs"])
def test_types_merge_to_the_narrowest_that_holds_both(a, b, expected) -> None:
    assert merge(a, b) == expected


def test_a_widened_value_is_kept_as_json_text() -> None:
    t = merge(infer({"per": 3}), infer({"per": "年"}))
    assert conform({"per": 3}, t) == {"per": "3"} and conform({"per": "年"}, t) == {"per": "年"}
    assert conform({"per": [1, "x"]}, t) == {"per": '[1, "x"]'}


def test_the_contract_types_the_columns_of_records_without_any_amounts() -> None:
    rtype = infer_records([{"id": "x", "amounts": []}])
    assert dict(rtype[1])["amounts"] == dict(RECORD_TYPE[1])["amounts"]


# -- the HuggingFace dataset -----------------------------------------------------------------

@pytest.fixture(scope="module")
def hf_dir(corpus_jsonl: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hf") / "dataset"
    result = govreport("export", str(corpus_jsonl), "--to", str(out), "--format", "hf")
    assert "documents" in result.stderr
    return out


def test_hf_dataset_has_typed_features(hf_dir: Path) -> None:
    features = datasets.load_from_disk(str(hf_dir)).features
    assert features["meta"]["year"] == datasets.Value("int64")
    assert features["meta"]["province"] == datasets.Value("string")
    amount = features["amounts"].feature if hasattr(features["amounts"], "feature") else features["amounts"][0]
    assert amount["value"] == datasets.Value("string") and amount["start"] == datasets.Value("int64")
    check = features["checks"].feature if hasattr(features["checks"], "feature") else features["checks"][0]
    assert check["ok"] == datasets.Value("bool")


def test_hf_dataset_gives_back_every_record(hf_dir: Path, records: list[dict]) -> None:
    ds = datasets.load_from_disk(str(hf_dir))
    assert len(ds) == len(records) and len(records) > 2
    for row, record in zip(ds, records):
        for key in ("id", "source", "format", "title", "text"):
            assert row[key] == record[key]
        assert filled(row["meta"], record["meta"]) == record["meta"]
        for group in GROUPS:
            assert len(row[group]) == len(record[group]), group
            for got, want in zip(row[group], record[group]):
                assert filled(got, want) == {k: conform(v, S) if k == "note" else v for k, v in want.items()}
                assert all(got[k] is None for k in set(got) - set(want))
    assert [a["value"] for a in ds[-2]["amounts"]] == ["2219000", "0.10", "1200000000000"]
    first, second = ds[-1]["amounts"]
    assert (first["per"], first["range"], first["note"], second["note"]) == ("年", "low", "3", "三")


# -- the Parquet tables ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def parquet_dir(corpus_jsonl: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("parquet")
    govreport("export", str(corpus_jsonl), "--to", str(out), "--format", "parquet")
    return out


def load_table(folder: Path, name: str, cache: Path):
    ds = datasets.load_dataset("parquet", data_files={"train": str(folder / f"{name}.parquet")},
                               cache_dir=str(cache))
    return ds["train"]


def test_documents_table_one_row_per_record(parquet_dir: Path, records: list[dict], tmp_path: Path) -> None:
    docs = load_table(parquet_dir, "documents", tmp_path)
    assert docs["id"] == [r["id"] for r in records]
    assert docs["year"] == [r["meta"]["year"] for r in records]
    assert docs["district"] == [r["meta"]["district"] for r in records]
    assert docs["chars"] == [len(r["text"]) for r in records]
    assert docs["n_amounts"] == [len(r["amounts"]) for r in records]
    assert docs["n_checks_failed"] == [sum(not c["ok"] for c in r["checks"]) for r in records]
    assert docs["error_codes"] == [[e["code"] for e in r["errors"]] for r in records]


def section_titles(record: dict) -> dict[int, str]:
    return {s["index"]: s["title"] for s in record["sections"]}


@pytest.mark.parametrize("group", ["amounts", "organizations", "sections", "percentages", "scores", "checks"])
def test_item_tables_one_row_per_item_with_the_documents_meta(group: str, parquet_dir: Path,
                                                               records: list[dict], tmp_path: Path) -> None:
    rows = load_table(parquet_dir, group, tmp_path).to_list()
    expected = [(r, i, item) for r in records for i, item in enumerate(r[group])]
    assert len(rows) == len(expected)
    for row, (record, position, item) in zip(rows, expected):
        assert (row["doc_id"], row["source"], row["position"]) == (record["id"], record["source"], position)
        assert (row["year"], row["report_type"]) == (record["meta"]["year"], record["meta"]["report_type"])
        # an item's own field named like a meta column (a figure's year) is prefixed with its group
        own = {(f"{group}_{k}" if k in record["meta"] else k): v for k, v in item.items()}
        assert filled(row, own) == {k: conform(v, S) if k.endswith("note") else v for k, v in own.items()}
        if "section" in item:
            assert row["section_title"] == section_titles(record).get(item["section"])


def test_amount_values_are_exact_decimal_strings(parquet_dir: Path, records: list[dict]) -> None:
    table = pq.read_table(parquet_dir / "amounts.parquet")
    assert str(table.schema.field("value").type) == "string"
    assert table.column("value").to_pylist() == [a["value"] for r in records for a in r["amounts"]]
    made = [row for row in table.to_pylist() if row["doc_id"] == "a" * 16]
    assert [(m["value"], m["section_title"], m["section_path"]) for m in made] == [
        ("2219000", "收入", "收入"), ("0.10", "收入", "收入"), ("1200000000000", "收入", "收入")]


def test_small_batches_write_the_same_tables(parquet_dir: Path, corpus_jsonl: Path, tmp_path: Path) -> None:
    rtype = infer_records(read_records(corpus_jsonl))
    writer = TableWriter(tmp_path, rtype, batch_rows=2)
    for record in read_records(corpus_jsonl):
        writer.add(record)
    writer.close()
    for name in ("documents", *GROUPS):
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pq.read_table(parquet_dir / f"{name}.parquet")), name


def test_a_cut_last_line_is_skipped(corpus_jsonl: Path, tmp_path: Path) -> None:
    src = tmp_path / "cut.jsonl"
    data = corpus_jsonl.read_bytes()
    src.write_bytes(data + data[:40])
    rows = export(src, tmp_path / "out")
    assert rows["documents"] == data.count(b"\n")


def test_export_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = govreport("export", str(tmp_path / "none.jsonl"), "--to", str(tmp_path / "x"), check=False)
    assert result.returncode == 2 and "no such file" in result.stderr


def test_pandas_reads_the_tables(parquet_dir: Path, records: list[dict]) -> None:
    pd = pytest.importorskip("pandas")
    amounts = pd.read_parquet(parquet_dir / "amounts.parquet")
    assert list(amounts["value"]) == [a["value"] for r in records for a in r["amounts"]]
    orgs = pd.read_parquet(parquet_dir / "organizations.parquet")
    assert list(orgs["text"]) == [o["text"] for r in records for o in r["organizations"]]

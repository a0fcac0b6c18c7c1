"""The command line end to end, in a subprocess as a user runs it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT


def govreport(*args: str, cwd: Path = ROOT, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True,
                          text=True, check=check, timeout=600)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out.jsonl"
    govreport("run", "-o", str(out), "-j", "1")  # default input: corpus/
    return out


def test_run_on_the_default_corpus(corpus_run: Path) -> None:
    records = read_jsonl(corpus_run)
    files = sorted(p for p in (ROOT / "corpus").rglob("*") if p.is_file() and p.name != "README.md")
    assert [r["source"] for r in records] == [str(p.relative_to(ROOT)) for p in files]
    seed = next(r for r in records if "000_23e57e887d149bff" in r["source"])
    assert seed["meta"]["district"] == "海珠区"
    assert {a["value"] for a in seed["amounts"]} >= {"2219000", "2106000", "113000"}


def test_same_output_for_two_workers(corpus_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "j2.jsonl"
    govreport("run", "-o", str(out), "-j", "2")
    assert out.read_bytes() == corpus_run.read_bytes()


def test_stage_by_stage_equals_run(corpus_run: Path, tmp_path: Path) -> None:
    seed = next(r for r in read_jsonl(corpus_run) if "000_23e57e887d149bff" in r["source"])
    current = tmp_path / "paths.txt"
    current.write_text(seed["source"] + "\n", encoding="utf-8")
    from pipeline.stages import STAGES

    for name in STAGES:
        nxt = tmp_path / f"{name}.jsonl"
        govreport("stage", name, "-i", str(current), "-o", str(nxt))
        current = nxt
    govreport("link", str(current))  # the archive pass `run` ends with
    (staged,) = read_jsonl(current)
    assert staged == seed


def test_resume_appends_only_what_is_missing(corpus_run: Path, tmp_path: Path) -> None:
    lines = corpus_run.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(lines[:2]) + lines[2][:50])  # a crash mid-line
    govreport("run", "-o", str(partial), "-j", "1", "--resume")
    assert partial.read_bytes() == corpus_run.read_bytes()


def test_usage_error_exits_non_zero_with_one_line() -> None:
    result = govreport("run", "no/such/folder", check=False)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr


def test_bad_files_get_error_records_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "random.pdf").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_text("一、基本情况\n收入预算221.90万元。", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = govreport("run", str(tmp_path), "-o", str(out), "-j", "1", check=False)
    assert result.returncode == 0
    records = {Path(r["source"]).name: r for r in read_jsonl(out)}
    assert [e["code"] for e in records["empty.txt"]["errors"]] == ["E101"]
    assert [e["code"] for e in records["random.pdf"]["errors"]] == ["E103"]
    assert records["good.txt"]["errors"] == [] and records["good.txt"]["amounts"]


def test_show_and_summary_commands(corpus_run: Path, tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    govreport("show", str(corpus_run), "--source", "000_23e57e887d149bff", "-o", str(page))
    html = page.read_text(encoding="utf-8")
    assert 'id="outline"' in html and '<mark class="amount"' in html and "海珠区" in html
    direct = tmp_path / "direct.html"
    govreport("show", "corpus/000_23e57e887d149bff.txt", "-o", str(direct))
    assert direct.read_text(encoding="utf-8").count('<mark class="amount"') == html.count('<mark class="amount"')
    govreport("summary", str(corpus_run), "-o", str(tmp_path / "site"))
    assert (tmp_path / "site" / "index.html").exists() and (tmp_path / "site" / "amount_labels.csv").exists()
    assert govreport("show", str(corpus_run), "--source", "no-such-source", check=False).returncode == 2


def test_a_manifest_beside_the_documents_wins_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "附件2.txt").write_text("一、基本情况\n本单位2024年支出决算100万元。", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,year,district,report_type\n附件2.txt,2024,海珠区,部门决算\n",
                                           encoding="utf-8")
    out = tmp_path / "out.jsonl"
    govreport("run", str(tmp_path), "-o", str(out), "-j", "1")
    (record,) = read_jsonl(out)
    meta = record["meta"]
    assert (meta["year"], meta["province"], meta["city"], meta["district"]) == (2024, "广东省", "广州市", "海珠区")
    assert meta["report_type"] == "部门决算" and meta["manifest"] == ["year", "district", "report_type"]


def test_workers_take_the_largest_documents_first_within_a_window(tmp_path: Path) -> None:
    from pipeline.run import InputDoc, _scheduled

    items = []
    for i, size in enumerate([1, 50, 5, 20, 3]):
        path = tmp_path / f"{i}.txt"
        path.write_text("字" * size, encoding="utf-8")
        items.append(InputDoc(path=str(path), source=str(path)))
    assert [k for k, _ in _scheduled(items, 3)] == [1, 2, 0, 3, 4]

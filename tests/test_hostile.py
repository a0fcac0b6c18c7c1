"""A folder of hostile files (scripts/make_hostile.py) through ``govreport run``: one record per
file (per document of an archive), the errors due, the run going on, exit 0."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.read import ocr
from pipeline.record import span_errors

ROOT = Path(__file__).resolve().parent.parent
pytest.importorskip("reportlab", reason="reportlab makes the hostile PDFs (pip install -e '.[test]')")

_spec = importlib.util.spec_from_file_location("make_hostile", ROOT / "scripts" / "make_hostile.py")
make_hostile = sys.modules.setdefault("make_hostile", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(make_hostile)

#: Written by the -j 1 run; the -j 2 run skips the two slowest (each is a million characters).
BIG = ("big.txt", "long-line.txt")


def govreport(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "in"
    make_hostile.make(folder)
    return folder


@pytest.fixture(scope="module")
def run_j1(hostile: Path) -> tuple[subprocess.CompletedProcess, Path]:
    out = hostile.parent / "j1.jsonl"
    return govreport("run", str(hostile), "-o", str(out), "-j", "1"), out


@pytest.fixture(scope="module")
def by_name(run_j1, hostile: Path) -> dict[str, dict]:
    _, out = run_j1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {r["source"][len(str(hostile)) + 1:]: r for r in records}


EXPECTED = make_hostile.expected(ocr=ocr.available(), root=os.geteuid() == 0)


def test_the_run_completes_with_exit_0(run_j1) -> None:
    result, _ = run_j1
    assert result.returncode == 0, result.stderr
    assert "documents written" in result.stderr


def test_one_record_per_file(by_name: dict[str, dict], run_j1) -> None:
    _, out = run_j1
    assert out.read_bytes().count(b"\n") == len(make_hostile.CASES)
    assert sorted(by_name) == sorted(EXPECTED)


@pytest.mark.parametrize("name", list(EXPECTED), ids=[c.what for c in EXPECTED.values()])
def test_each_case_gets_its_errors(by_name: dict[str, dict], name: str) -> None:
    case, record = EXPECTED[name], by_name[name]
    assert [e["code"] for e in record["errors"]] == list(case.codes), record["errors"]
    for error in record["errors"]:
        assert error["stage"] == "read" and error["message"].startswith(f"[{error['code']}] ")
    assert bool(record["text"].strip()) == case.text
    assert span_errors(record) == []


def test_records_are_valid(by_name: dict[str, dict]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "pipeline" / "record.schema.json").read_text(encoding="utf-8"))
    for record in by_name.values():
        jsonschema.validate(record, schema)


def test_readable_cases_keep_their_figures(by_name: dict[str, dict]) -> None:
    for name in ("gb18030.txt", "utf16-no-bom.txt", "utf8-bom.md", "xhtml-gbk.html", "archive.zip!good.pdf",
                 "archive.zip!年度报告.txt", "nul.txt", "invalid-utf8.txt"):
        assert "29462500" in {a["value"] for a in by_name[name]["amounts"]}, name


def test_the_big_file_is_cut_not_lost(by_name: dict[str, dict], hostile: Path) -> None:
    record = by_name["big.txt"]
    assert 900_000 < len(record["text"]) <= 1_000_000
    size = (hostile / "big.txt").stat().st_size
    assert f"({size} > 67108864 bytes)" in record["errors"][0]["message"]
    assert "> 1000000 characters" in record["errors"][1]["message"]


def test_resume_finds_everything_done(run_j1, hostile: Path, tmp_path: Path) -> None:
    _, out = run_j1
    copy = tmp_path / "resumed.jsonl"
    copy.write_bytes(out.read_bytes())
    result = govreport("run", str(hostile), "-o", str(copy), "--resume", "-j", "1")
    assert result.returncode == 0
    assert f"0 documents written to {copy} ({0} with errors, {len(make_hostile.CASES)} already done)" in result.stderr
    assert copy.read_bytes() == out.read_bytes()


def test_two_workers_give_the_same_bytes(run_j1, hostile: Path, tmp_path: Path) -> None:
    _, out = run_j1
    paths = sorted(str(p) for p in hostile.iterdir() if p.name not in BIG)
    j2 = tmp_path / "j2.jsonl"
    assert govreport("run", *paths, "-o", str(j2), "-j", "2").returncode == 0
    skipped = {str(hostile / name) for name in BIG}
    expected = b"".join(line for line in out.read_bytes().splitlines(keepends=True)
                        if json.loads(line)["source"] not in skipped)
    assert j2.read_bytes() == expected


# -- single hostile arguments ---------------------------------------------------------------

@pytest.mark.parametrize("where", ["no/such/folder/out.jsonl", "."], ids=["missing folder", "a folder"])
def test_an_unwritable_output_is_a_one_line_usage_error(where: str, tmp_path: Path) -> None:
    result = govreport("run", str(ROOT / "corpus" / "000_23e57e887d149bff.txt"), "-o", str(tmp_path / where))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("govreport: error: cannot write")


def test_a_symlink_loop_given_as_a_file_is_an_error_record(tmp_path: Path) -> None:
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop.name)
    out = tmp_path / "out.jsonl"
    result = govreport("run", str(loop), "-o", str(out), timeout=120)
    assert result.returncode == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["source"] == str(loop) and [e["code"] for e in record["errors"]] == ["E109"]


def test_a_pipe_given_as_a_file_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    assert govreport("run", str(fifo), "-o", str(out), timeout=120).returncode == 0
    assert "not a regular file" in out.read_text(encoding="utf-8")


def test_an_unsupported_file_given_by_name_is_an_error_record(tmp_path: Path) -> None:
    sheet = tmp_path / "table.xls"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0")
    out = tmp_path / "out.jsonl"
    assert govreport("run", str(sheet), "-o", str(out)).returncode == 0
    assert '"code":"E108"' in out.read_text(encoding="utf-8")


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder: permissions cannot be tested as root (CI)")
def test_an_unlistable_folder_is_an_error_record(tmp_path: Path) -> None:
    from pipeline.run import run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("正文", encoding="utf-8")
    locked = tmp_path / "in" / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("正文", encoding="utf-8")
    locked.chmod(0)
    try:
        out = tmp_path / "out.jsonl"
        run([tmp_path / "in"], out, jobs=1, progress=False)
    finally:
        locked.chmod(0o755)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == [str(tmp_path / "in" / "a.txt"), str(locked)]
    assert "Permission denied" in records[1]["errors"][0]["message"]


def test_an_unlistable_folder_is_an_error_record_simulated(tmp_path: Path, monkeypatch) -> None:
    """The same as root: os.walk is told the folder cannot be listed, and reading it fails."""
    import pipeline.run

    (tmp_path / "a.txt").write_text("正文", encoding="utf-8")
    real_walk = os.walk

    def walk(top, **kwargs):
        kwargs["onerror"](PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, **kwargs)

    monkeypatch.setattr(pipeline.run.os, "walk", walk)
    docs = list(pipeline.run.iter_inputs([tmp_path]))
    assert [d.source for d in docs] == [str(tmp_path / "a.txt"), str(tmp_path / "locked")]

"""The Dask engine: a LocalCluster of two worker processes on 127.0.0.1 gives the local engine's
output, byte for byte, from paths and from fsspec URLs."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
distributed = pytest.importorskip("distributed")

from pipeline.inputs import is_url, iter_all_inputs  # noqa: E402
from pipeline.inputs import iter_inputs  # noqa: E402


def govreport(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=300)


@pytest.fixture(scope="module")
def local_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local") / "local.jsonl"
    govreport("run", "corpus", "-o", str(out), "-j", "1")
    return out


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("text, expected", [
    ("s3://bucket/reports/", True), ("file:///data/a.pdf", True), ("https://x.cn/a.html", True),
    ("corpus/a.txt", False), ("/data/a.pdf", False), ("C:\\data\\a.pdf", False), ("a:b.txt", False),
], ids=["s3", "file", "https", "relative", "absolute", "windows", "colon"])
def test_is_url(text: str, expected: bool) -> None:
    assert is_url(text) is expected


def file_url(path: Path) -> str:
    """fsspec's spelling of a local path as a URL (not percent-encoded)."""
    return "file://" + str(Path(path).resolve())


def test_url_folder_lists_the_same_documents_in_the_same_order() -> None:
    local = [Path(it.path).resolve() for it in iter_inputs([ROOT / "corpus"])]
    remote = [it.source for it in iter_all_inputs([file_url(ROOT / "corpus")])]
    assert remote == [file_url(p) for p in local]


def test_url_folder_leaves_out_what_a_local_walk_leaves_out(tmp_path: Path) -> None:
    for name in ("a.txt", ".hidden.txt", ".git/b.txt", "sub/c.pdf", "sub/d.bin", "sub/manifest.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("一、收入", encoding="utf-8")
    local = [file_url(Path(it.path)) for it in iter_inputs([tmp_path])]
    assert [it.source for it in iter_all_inputs([file_url(tmp_path)])] == local
    assert [Path(u).name for u in local] == ["a.txt", "c.pdf"]


def test_dask_engine_on_a_cluster_gives_the_local_output(local_run: Path, scheduler: str, tmp_path: Path) -> None:
    assert scheduler.startswith("tcp://127.0.0.1:")
    out = tmp_path / "dask.jsonl"
    result = govreport("run", "corpus", "-o", str(out), "--engine", "dask", "--scheduler", scheduler)
    assert out.read_bytes() == local_run.read_bytes()
    assert "documents written" in result.stderr


def test_dask_engine_reads_urls_with_fsspec(local_run: Path, scheduler: str, tmp_path: Path) -> None:
    out = tmp_path / "urls.jsonl"
    govreport("run", file_url(ROOT / "corpus"), "-o", str(out), "--scheduler", scheduler)
    remote = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    local = [json.loads(line) for line in local_run.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in remote] == [file_url(ROOT / r["source"]) for r in local]
    assert [{**r, "source": None} for r in remote] == [{**r, "source": None} for r in local]


def test_a_missing_url_is_an_error_record_not_a_failed_run(scheduler: str, tmp_path: Path) -> None:
    out = tmp_path / "missing.jsonl"
    govreport("run", file_url(tmp_path / "nowhere.txt"), "-o", str(out), "--scheduler", scheduler)
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [e["code"] for e in record["errors"]][:1] == ["E109"]


def test_urls_without_the_dask_engine_are_a_usage_error() -> None:
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", "s3://bucket/x/"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "--engine dask" in result.stderr


def test_a_document_lost_with_its_worker_becomes_an_error_record() -> None:
    from pipeline.engines import _failed_line
    from pipeline.inputs import InputDoc

    record = json.loads(_failed_line(InputDoc(path="a.pdf", source="a.pdf"), RuntimeError("worker died")))
    assert record["source"] == "a.pdf" and [e["code"] for e in record["errors"]] == ["E901"]
    assert "worker died" in record["errors"][0]["message"]


def test_urls_cannot_resume(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", "s3://bucket/x/", "--engine", "dask",
                             "--resume", "-o", str(tmp_path / "o.jsonl")], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and "--resume" in result.stderr

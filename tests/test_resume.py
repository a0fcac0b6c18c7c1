"""Nothing lost: a killed or interrupted run keeps every finished record whole, and ``--resume``
completes it to exactly the output of an uninterrupted run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from pipeline import run as runner
from pipeline.record import document_id

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
needs_shared = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is absent")


def subset() -> list[str]:
    """A quick slice of the development corpus: work reports and two budget PDFs, enough of them
    that a signal sent after the third record finds the run still going on a busy machine."""
    texts = sorted((SHARED_CORPUS / "work-reports").glob("*/*.txt"))[:30]
    pdfs = sorted((SHARED_CORPUS / "budgets").glob("2024_*.pdf"))[:2]
    return [str(p) for p in texts + pdfs]


def govreport(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for_lines(out: Path, proc: subprocess.Popen, n: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.01)


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("whole") / "out.jsonl"
    assert govreport("run", *subset(), "-o", str(out), "-j", "1").returncode == 0
    return out.read_bytes()


@pytest.fixture(scope="module")
def records_alone(tmp_path_factory) -> bytes:
    """The records as written before the archive pass that ends a run."""
    out = tmp_path_factory.mktemp("alone") / "out.jsonl"
    assert govreport("run", *subset(), "-o", str(out), "-j", "1", "--no-archive-names").returncode == 0
    return out.read_bytes()


@needs_shared
@pytest.mark.shared
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill -9", "ctrl-c"])
def test_interrupted_run_then_resume_equals_an_uninterrupted_run(uninterrupted: bytes, records_alone: bytes,
                                                                 tmp_path: Path, sig: int) -> None:
    out = tmp_path / "out.jsonl"
    proc = start("run", *subset(), "-o", str(out), "-j", "1", "--no-progress")
    wait_for_lines(out, proc, 3)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    if sig == signal.SIGINT:
        assert proc.returncode == 130, stderr
        assert b"--resume" in stderr
    partial = out.read_bytes()
    n_lines = partial.count(b"\n")
    assert 3 <= n_lines < len(subset()), "the run ended before it could be interrupted"
    complete = partial[: partial.rfind(b"\n") + 1]
    assert records_alone.startswith(complete)  # every finished record is whole and as it should be
    result = govreport("run", *subset(), "-o", str(out), "-j", "1", "--resume")
    assert result.returncode == 0, result.stderr
    assert f"{n_lines} already done" in result.stderr
    assert out.read_bytes() == uninterrupted


@needs_shared
@pytest.mark.shared
def test_any_number_of_workers_gives_the_same_bytes(uninterrupted: bytes, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert govreport("run", *subset(), "-o", str(out), "-j", "2").returncode == 0
    assert out.read_bytes() == uninterrupted


# -- in-process: the runner's own guarantees ----------------------------------------------------

def records(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def awkward(tmp_path: Path) -> Path:
    """A folder of documents whose ids are easy to get wrong: errors, archive members, links."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("一、基本情况\n收入预算221.90万元。", encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-loop.txt").symlink_to("c-loop.txt")
    (folder / "d-random.pdf").write_bytes(bytes(range(256)) * 4)
    with zipfile.ZipFile(folder / "e.zip", "w") as zf:
        zf.writestr("x.txt", "二、支出预算\n支出10万元。")
        zf.writestr("../evil.txt", "x")
    (folder / "f-dangling.docx").symlink_to("missing.docx")
    os.mkfifo(folder / "g-fifo.txt")
    return folder


def test_resume_after_a_complete_run_adds_nothing(awkward: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = runner.run([awkward], out, jobs=1, progress=False)
    assert first.documents == 8
    before = out.read_bytes()
    again = runner.run([awkward], out, jobs=1, resume=True, progress=False)
    assert (again.documents, again.skipped) == (0, 8)
    assert out.read_bytes() == before


def test_resume_keeps_finished_lines_and_drops_a_half_written_one(awkward: Path, tmp_path: Path) -> None:
    whole = tmp_path / "whole.jsonl"
    runner.run([awkward], whole, jobs=1, progress=False)
    lines = whole.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:3]) + lines[3][: len(lines[3]) // 2])
    stats = runner.run([awkward], out, jobs=1, resume=True, progress=False)
    assert (stats.skipped, stats.documents) == (3, 5)
    assert out.read_bytes() == whole.read_bytes()


def test_a_changed_file_is_done_again(awkward: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    runner.run([awkward], out, jobs=1, progress=False)
    (awkward / "a.txt").write_text("三、其他\n收入5万元。", encoding="utf-8")
    stats = runner.run([awkward], out, jobs=1, resume=True, progress=False)
    assert (stats.skipped, stats.documents) == (7, 1)
    assert [r["source"] for r in records(out)].count(str(awkward / "a.txt")) == 2


def test_a_worker_failure_is_not_redone(awkward: Path, tmp_path: Path, monkeypatch) -> None:
    import pipeline.process

    def boom(path, **kwargs):
        raise MemoryError("simulated")

    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        patch.setattr(pipeline.process, "read_document", boom)
        runner.run([awkward / "a.txt"], out, jobs=1, progress=False)
    (record,) = records(out)
    assert record["id"] == document_id(str(awkward / "a.txt").encode())
    assert [e["code"] for e in record["errors"]] == ["E901"]
    assert runner.run([awkward / "a.txt"], out, jobs=1, resume=True, progress=False).skipped == 1


def test_ids_of_files_over_the_size_limit_match_on_resume(tmp_path: Path, monkeypatch) -> None:
    from pipeline.read import MAX_BYTES

    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 10)  # sparse: costs no disk
    item = runner.InputDoc(path=str(big), source="big.txt")
    (key, _) = runner._input_keys(item)
    from pipeline.read import read_document

    data, result = read_document(big)
    assert key == (document_id(data), "big.txt")
    assert "E110" in [e.code for e in result.errors]


class Interrupted(BaseException):
    pass


class Flaky:
    """A raw file whose second write call is interrupted after writing part of its bytes."""

    def __init__(self, path: Path) -> None:
        self.fh = path.open("ab", buffering=0)
        self.calls = 0

    def tell(self) -> int:
        return self.fh.tell()

    def truncate(self, size: int) -> int:
        return self.fh.truncate(size)

    def write(self, data) -> int:
        self.calls += 1
        if self.calls == 1:
            return self.fh.write(data[:5])  # a short write: the rest follows
        self.fh.write(data[:3])
        raise Interrupted


def test_an_interrupted_write_leaves_no_half_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"done":1}\n')
    fh = Flaky(out)
    with pytest.raises(Interrupted):
        runner._write_line(fh, '{"id":"0123456789abcdef"}')
    fh.fh.close()
    assert out.read_bytes() == b'{"done":1}\n'


def test_a_short_write_is_completed(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"

    class Short:
        def __init__(self) -> None:
            self.fh = out.open("ab", buffering=0)

        def tell(self) -> int:
            return self.fh.tell()

        def write(self, data) -> int:
            return self.fh.write(data[:4])

    fh = Short()
    runner._write_line(fh, '{"id":"abc","text":"长文本"}')
    fh.fh.close()
    assert out.read_text(encoding="utf-8") == '{"id":"abc","text":"长文本"}\n'


def test_the_output_is_never_an_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一、基本情况\n收入10万元。", encoding="utf-8")
    out = tmp_path / "out.txt"  # a suffix the folder walk takes
    out.write_text("an earlier run", encoding="utf-8")
    assert runner.run([tmp_path], out, jobs=1, progress=False).documents == 1
    assert [r["source"] for r in records(out)] == [str(tmp_path / "a.txt")]

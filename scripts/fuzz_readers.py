"""Fuzz the readers: no bytes may make ``read_bytes`` (or the archive reader) raise, hang or crash.

    PYTHONPATH=. .venv/bin/python scripts/fuzz_readers.py [-runs=N] [-max_total_time=S] [CORPUS_DIR ...]

With atheris installed (``pip install atheris``) this is a coverage-guided libFuzzer target:
the first input byte picks the reader (.pdf, .docx, .html, .txt, .zip, …), the rest are the
file; libFuzzer flags (``-runs``, ``-max_total_time``, ``-dict``) and corpus folders are passed
through, and a crash leaves ``crash-*`` files to replay with ``scripts/fuzz_readers.py crash-…``.
Seed it with valid documents (``corpus/made``): libFuzzer mutates them into damaged ones.
Without atheris it falls back to a hypothesis-driven loop (random bytes and damaged seeds).

Any exception out of a reader is a bug (readers report problems as coded errors); so is a
result that is not a ``ReadResult`` with ``str`` text and E1xx errors.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GOVREPORT_OCR", "0")  # OCR is slow and not a parser of untrusted bytes

SUFFIXES = (".pdf", ".docx", ".html", ".txt", ".zip", ".md", ".htm", ".xls")


def check(data: bytes, suffix: str) -> None:
    """Read ``data`` as a ``suffix`` file; raise AssertionError on a contract breach."""
    from pipeline.read import ReadResult, read_bytes

    result = read_bytes(data, suffix=suffix)
    assert isinstance(result, ReadResult) and isinstance(result.text, str), result
    assert all(e.code.startswith("E1") for e in result.errors), result.errors
    if suffix == ".zip":
        from pipeline.read import archive, read_member

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "a.zip"
            path.write_bytes(data)
            members, _ = archive.list_members(path)
            for member in members[:20]:
                read_member(path, member.index)


def one_input(buffer: bytes) -> None:
    if not buffer:
        return
    check(buffer[1:], SUFFIXES[buffer[0] % len(SUFFIXES)])


def seed_corpus(folder: Path) -> None:
    """Write valid documents of every kind into ``folder``, prefixed with their reader byte."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "corpus").rglob("*")):
        suffix = path.suffix.lower()
        if path.is_file() and suffix in SUFFIXES:
            (folder / path.name.encode("utf-8").hex()[:32]).write_bytes(bytes([SUFFIXES.index(suffix)]) + path.read_bytes())


def with_hypothesis(runs: int) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    seeds = [(p.suffix.lower(), p.read_bytes()) for p in sorted((ROOT / "corpus").rglob("*"))
             if p.is_file() and p.suffix.lower() in SUFFIXES]

    @settings(max_examples=runs, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.data())
    def fuzz(data) -> None:
        if data.draw(st.booleans(), label="random"):
            check(data.draw(st.binary(max_size=8192)), data.draw(st.sampled_from(SUFFIXES)))
            return
        suffix, raw = data.draw(st.sampled_from(seeds), label="seed")
        raw = bytearray(raw)
        for _ in range(data.draw(st.integers(1, 16), label="edits")):
            at = data.draw(st.integers(0, max(len(raw) - 1, 0)))
            kind = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
            if kind == "flip" and raw:
                raw[at] ^= data.draw(st.integers(1, 255))
            elif kind == "cut":
                del raw[at:]
            elif kind == "insert":
                raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
            elif raw:
                del raw[at:at + data.draw(st.integers(1, 256))]
        check(bytes(raw), suffix)

    fuzz()
    print(f"fuzz_readers: {runs} inputs, no failure (hypothesis)", file=sys.stderr)
    return 0


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] == "--seed-corpus":
        seed_corpus(Path(args[1]))
        return 0
    try:
        import atheris
    except ImportError:
        runs = next((int(a.split("=", 1)[1]) for a in args if a.startswith("-runs=")), 2000)
        return with_hypothesis(runs)
    with atheris.instrument_imports(include=["pipeline"]):
        import pipeline.read  # noqa: F401
        import pipeline.read.archive  # noqa: F401
        import pipeline.read.docx  # noqa: F401
        import pipeline.read.html  # noqa: F401
        import pipeline.read.pdf  # noqa: F401
        import pipeline.read.text  # noqa: F401
    atheris.Setup([sys.argv[0], *args], one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())

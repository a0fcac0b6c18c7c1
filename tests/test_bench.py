"""What the benchmark relies on, without timing anything: it skips cleanly without the corpus,
and the runner's vocabulary stops growing (the memory figure's premise)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pipeline import worker as runner

ROOT = Path(__file__).resolve().parent.parent


def test_bench_says_so_when_the_corpus_is_absent(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "scripts/bench.py", "--corpus", str(tmp_path / "none")], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "absent" in result.stdout


def test_vocabulary_stops_growing_once_it_holds_its_share(nlp, monkeypatch) -> None:
    from pipeline.process import process_text

    monkeypatch.setattr(runner, "VOCAB_KEEP", 0)
    before = len(nlp.vocab.strings)
    for n in range(3):
        with runner.memory_zone(nlp):
            process_text(nlp, f"新词{n}号：收入预算{n}{n}7.3{n}万元。", id="x", source="x.txt")
    assert len(nlp.vocab.strings) == before


def test_vocabulary_learns_while_small(nlp, monkeypatch) -> None:
    from pipeline.process import process_text

    monkeypatch.setattr(runner, "VOCAB_KEEP", 10**9)
    with runner.memory_zone(nlp):
        process_text(nlp, "收入预算98765.4321万元。", id="x", source="x.txt")
    assert "98765.4321" in nlp.vocab.strings

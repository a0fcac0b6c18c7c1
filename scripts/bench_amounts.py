"""Compare the amounts stage with jionlp's ``extract_money`` on the same texts, in one run.

usage: python scripts/bench_amounts.py [SHARED=../shared]

- accuracy: amounts F1 on SHARED/gold/dev, matching values as multisets per gold document
  (the definition of SHARED/eval/score.py: optional gold amounts count neither way);
- speed: characters per second over the normalized texts of every document of SHARED/corpus
  (ours: find_amounts + find_percentages + find_scores; jionlp: extract_money).

jionlp is the optional ``bench`` extra (``pip install jionlp``); without it only ours is shown.
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pipeline.money import find_amounts, find_percentages, find_scores
from pipeline.normalize import normalize
from pipeline.read import SUFFIXES, read_document

Extractor = Callable[[str], list[Decimal]]


def _decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value).replace(",", "")).normalize()
    except (InvalidOperation, ValueError):
        return None


def ours(text: str) -> list[Decimal]:
    return [a.value.normalize() for a in find_amounts(text)]


def ours_all(text: str) -> None:
    find_amounts(text)
    find_percentages(text)
    find_scores(text)


def load_jionlp() -> Extractor | None:
    """jionlp's extract_money as value lists (a range gives its two ends), or None."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp
    except ImportError:
        return None
    extract = jionlp.ner.extract_money

    def run(text: str) -> list[Decimal]:
        out: list[Decimal] = []
        for item in extract(text, with_parsing=True):
            num = item.get("detail", {}).get("num")
            values = num if isinstance(num, list) else [num]
            ranged = any(mark in item.get("text", "") for mark in "-~～—至到")
            for value in values if ranged else values[:1]:
                d = _decimal(value)
                if d is not None:
                    out.append(d)
        return out

    return run


def texts(corpus: Path) -> dict[str, str]:
    """Normalized text of every document under ``corpus``, by file name."""
    out = {}
    for path in sorted(p for p in corpus.rglob("*") if p.suffix.lower() in SUFFIXES):
        _, result = read_document(path)
        out[path.name] = normalize(result.text, pages=result.pages or None)
    return out


def f1(extract: Extractor, gold_dir: Path, docs: dict[str, str]) -> dict[str, float]:
    tp = fp = fn = 0
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = docs.get(gold["doc"], "")
        required = Counter(_decimal(a["yuan"]) for a in gold["amounts"] if not a.get("optional"))
        optional = Counter(_decimal(a["yuan"]) for a in gold["amounts"] if a.get("optional"))
        pred = Counter(extract(text))
        hit = sum((pred & required).values())
        tp += hit
        fp += sum(((pred - required) - optional).values())
        fn += sum(required.values()) - hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def speed(run: Callable[[str], object], docs: dict[str, str]) -> float:
    total = sum(len(t) for t in docs.values())
    start = time.perf_counter()
    for text in docs.values():
        run(text)
    return total / (time.perf_counter() - start)


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    docs = texts(shared / "corpus")
    gold = shared / "gold" / "dev"
    chars = sum(len(t) for t in docs.values())
    print(f"{len(docs)} documents, {chars:,} characters; gold: {gold}")
    rows = [("govreport money", ours, ours_all)]
    jio = load_jionlp()
    if jio is None:
        print("jionlp is not installed (pip install jionlp, the 'bench' extra): ours only")
    else:
        rows.append(("jionlp extract_money", jio, jio))
    head = ("P", "R", "F1", "tp", "fp", "fn")
    print(f"{'extractor':22s} " + " ".join(f"{h:>6s}" for h in head) + f" {'M chars/s':>10s}")
    for name, extract, timed in rows:
        score = f1(extract, gold, docs)
        rate = speed(timed, docs)
        print(f"{name:22s} {score['precision']:6.3f} {score['recall']:6.3f} {score['f1']:6.3f} "
              f"{score['tp']:6d} {score['fp']:6d} {score['fn']:6d} {rate / 1e6:10.2f}")


if __name__ == "__main__":
    main()

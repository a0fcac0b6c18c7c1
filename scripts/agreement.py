"""How far two blind annotations of the same documents agree on organizations, and how the
pipeline scores against each: counts only, no names (a held-out set stays held out).

    python scripts/agreement.py GOLD_A GOLD_B [RUN.jsonl]

GOLD_A and GOLD_B are folders of gold files (``../shared/gold/README.md``) for the same documents;
only their ``organizations`` are read. Each annotation's required names are scored as a
prediction against the other (its optional names count neither way, as in ``score.py``), so
"B against A" is the F1 a perfect copy of annotator B would reach on A's gold. With RUN.jsonl
(a ``govreport run`` output holding those documents) the pipeline is scored against A, B and
the names both require.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from pipeline.evaluate import Counts, compare, norm

Names = tuple[Counter, Counter]  # required, optional


def names(gold: dict) -> Names:
    orgs = gold.get("organizations") or {}
    return Counter({norm(n) for n in orgs.get("required", [])}), Counter({norm(n) for n in orgs.get("optional", [])})


def both_require(a: Names, b: Names) -> Names:
    """The names both annotators require; every other name either gave is optional."""
    required = a[0] & b[0]
    return required, (a[0] | a[1] | b[0] | b[1]) - required


def agreement(gold_a: dict[str, Names], gold_b: dict[str, Names],
              predicted: dict[str, Counter] | None = None) -> dict[str, Counts]:
    """Summed counts over the documents both folders hold: "B against A", "A against B" and,
    with predictions, "pipeline against A", "… B", "… both"."""
    totals: dict[str, Counts] = {}

    def add(key: str, counts: Counts) -> None:
        totals.setdefault(key, Counts()).add(counts)

    for doc in sorted(gold_a.keys() & gold_b.keys()):
        a, b = gold_a[doc], gold_b[doc]
        add("B against A", compare(b[0], *a))
        add("A against B", compare(a[0], *b))
        if predicted is not None:
            pred = predicted.get(doc, Counter())
            add("pipeline against A", compare(pred, *a))
            add("pipeline against B", compare(pred, *b))
            add("pipeline against both", compare(pred, *both_require(a, b)))
    return totals


def _gold(folder: Path) -> dict[str, Names]:
    out = {}
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out[Path(gold["doc"]).stem] = names(gold)
    return out


def _predicted(run: Path) -> dict[str, Counter]:
    out = {}
    for line in run.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        source = record.get("source")
        path = source.get("path") if isinstance(source, dict) else source
        out[Path(str(path)).stem] = Counter({norm(o.get("text", "")) for o in record.get("organizations") or []} - {""})
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_a", type=Path)
    parser.add_argument("gold_b", type=Path)
    parser.add_argument("run", type=Path, nargs="?")
    args = parser.parse_args(argv)
    gold_a, gold_b = _gold(args.gold_a), _gold(args.gold_b)
    print(f"{len(gold_a.keys() & gold_b.keys())} documents in both")
    totals = agreement(gold_a, gold_b, _predicted(args.run) if args.run else None)
    for key, counts in totals.items():
        s = counts.scores()
        print(f"{key:24s} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
              f"({s['tp']} tp, {s['fp']} fp, {s['fn']} fn)")


if __name__ == "__main__":
    main()

"""Organizations on a sentence test set (tests/heldout/sentences/*.jsonl): P/R/F1, and with
--show each sentence with a missed or a false name (for the sets already tuned on only: see
tests/heldout/sentences/README.md).

    python scripts/eval_sentences.py tests/heldout/sentences/c.jsonl [--show]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.evaluate import Counts, compare, sentence_names


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", type=Path, nargs="+")
    parser.add_argument("--show", action="store_true", help="print the sentences with a missed or a false name")
    args = parser.parse_args(argv)
    for path in args.sentences:
        total = Counts()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            pred, required, optional = sentence_names(row)
            total.add(compare(pred, required, optional))
            missed, false = set(required) - set(pred), set(pred) - set(required) - set(optional)
            if args.show and (missed or false):
                print(f"{n} {row['text']}\n   missed {sorted(missed)}  false {sorted(false)}")
        print(path.name, total.scores())


if __name__ == "__main__":
    main()

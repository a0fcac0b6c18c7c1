"""Organizations on a sentence test set (tests/heldout/sentences/*.jsonl): P/R/F1, and with
--show each sentence with a missed or a false name (for the sets already tuned on only: see
tests/heldout/sentences/README.md).

    python scripts/eval_sentences.py tests/heldout/sentences/c.jsonl [--show]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.evaluate import norm, score_sentences
from pipeline.orgs import find_organizations


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", type=Path, nargs="+")
    parser.add_argument("--show", action="store_true", help="print the sentences with a missed or a false name")
    args = parser.parse_args(argv)
    for path in args.sentences:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if args.show:
            for n, row in enumerate(rows):
                found = {norm(o.text) for o in find_organizations(row["text"])}
                missed = {norm(x) for x in row["required"]} - found
                false = found - {norm(x) for x in row["required"] + row.get("optional", [])}
                if missed or false:
                    print(f"{n} {row['text']}\n   missed {sorted(missed)}  false {sorted(false)}")
        print(path.name, score_sentences(rows))


if __name__ == "__main__":
    main()

"""Write the normalized text of every document under a folder, one .txt each, for reading.

usage: python scripts/dump_texts.py [SRC=../shared/corpus] [DEST=/tmp/govreport-texts]
"""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.normalize import normalize
from pipeline.read import SUFFIXES, read_document


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    dest = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/govreport-texts")
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(p for p in src.rglob("*") if p.suffix.lower() in SUFFIXES):
        _, result = read_document(path)
        text = normalize(result.text, pages=result.pages or None)
        (dest / f"{path.name}.txt").write_text(text, encoding="utf-8")
        print(f"{len(text):8d} {path.name} {[e.code for e in result.errors]}")


if __name__ == "__main__":
    main()

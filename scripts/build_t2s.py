"""Build models/t2s_chars.tsv, the traditional → simplified character table with which the
organizations stage reads a page written in traditional characters (pipeline/orgs/marks.py).

Source: the PyPI package ``opencc-python-reimplemented`` 0.1.7 (Apache License 2.0), file
``opencc/dictionary/TSCharacters.txt`` (OpenCC's traditional → simplified characters). Install
it only to run this script: ``pip install opencc-python-reimplemented==0.1.7`` (the ``build``
extra); it is never needed at run time.

Rules (deterministic): one row per traditional character that OpenCC maps to a different
single character (its first choice), ``traditional<TAB>simplified``, sorted; one character for
one, so that offsets never move.

usage: python scripts/build_t2s.py [OUT=models/t2s_chars.tsv]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = ("# Traditional → simplified characters, one for one: built by scripts/build_t2s.py from OpenCC's\n"
          "# TSCharacters.txt (PyPI opencc-python-reimplemented 0.1.7, Apache License 2.0). Do not edit.\n")


def rows() -> list[tuple[str, str]]:
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            simplified = parts[1].split()[0]
            if len(simplified) == 1 and simplified != parts[0]:
                out[parts[0]] = simplified
    return sorted(out.items())


def main(out: Path) -> None:
    out.write_text(HEADER + "".join(f"{t}\t{s}\n" for t, s in rows()), encoding="utf-8")
    print(f"{out}: {len(rows())} characters")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models" / "t2s_chars.tsv")

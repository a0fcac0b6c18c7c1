"""Build models/meta/place_stems.tsv: what the metadata stage counts in a report's body for each
county-level name (current and former), to tell which county a report speaks for.

For a name (清苑县) the key is its stem (清苑), else the name itself when the stem is one
character (易县); a name is left out when its key is an ordinary word — jieba's dictionary
(the copy shipped in the `jieba` package, MIT) counts it at least COMMON times and does not tag it
as a place (资源县, 合作市, 城区) — or when its stem is a province's or prefecture's name or short
name (河北区: 河北). Loading jieba's whole dictionary at run time for this would cost ~80 MB.

usage: python scripts/build_place_stems.py [OUT=models/meta/place_stems.tsv]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "models" / "meta" / "place_stems.tsv"
COMMON = 1000
SUFFIXES = ("自治县", "自治旗", "县", "区", "市", "旗")
HEADER = ("# County-level names (current and former) and the key counted for each in a report's body.\n"
          "# Built by scripts/build_place_stems.py from models/divisions.tsv, models/division_history.tsv\n"
          "# and jieba's dictionary (ordinary words left out); do not edit by hand.\n"
          "name\tkey\n")


def jieba_words() -> dict[str, tuple[int, str]]:
    import jieba

    out = {}
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3 and parts[1].isdigit():
                out[parts[0]] = (int(parts[1]), parts[2])
    return out


def key(name: str, words: dict[str, tuple[int, str]], higher: set[str]) -> str | None:
    def common(word: str) -> bool:
        freq, tag = words.get(word, (0, ""))
        return freq >= COMMON and tag != "ns"

    for suffix in SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if len(stem) >= 2:
                return None if common(stem) or stem in higher else stem
            return None if common(name) else name
    return None


def build() -> str:
    from pipeline.meta.divisions import table

    t = table()
    counties = sorted({d.name for ds in t.by_name.values() for d in ds if d.level == "county"})
    higher = set(t.by_short) | {n for n, ds in t.by_name.items() if ds[0].level != "county"}
    words = jieba_words()
    rows = [(n, key(n, words, higher)) for n in counties]
    return HEADER + "".join(f"{n}\t{k}\n" for n, k in rows if k)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.write_text(build(), encoding="utf-8")
    print(f"wrote {out}")

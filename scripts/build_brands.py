"""Build models/orgs/brands.txt and models/orgs/industries.txt, the trade names and industry
words the organizations stage uses to find companies named without a company suffix
(某某机械, 某某电缆 …; see pipeline/orgs/brands.py).

Source: the PyPI package ``companynameparser`` 0.1.8 (Apache License 2.0, by XuMing), files
``companynameparser/data/brand.txt`` (about 285,000 brand names of Chinese companies) and
``companynameparser/data/trade.txt`` (1,257 industry words). Install it only to run this script:
``pip install companynameparser==0.1.8`` (the ``build`` extra); it is never needed at run time.

Rules (deterministic; a test can compare the committed files with a fresh build):
- brands: names of 2 to 5 Han characters, sorted, one a line. Nothing else is filtered here:
  most two-character brands are also ordinary words (神力, 长城), so the stage never takes a
  brand alone for a company; it asks the sentence (pipeline/orgs/brands.py).
- industries: words of 2 to 4 Han characters that the project's dictionary (rjieba) does not
  tag as a verb, adjective or adverb (开发, 服务, 发展 are activities, not industries), sorted.

usage: python scripts/build_brands.py [OUT_DIR=models/orgs]
"""
from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
PACKAGE, VERSION = "companynameparser", "0.1.8"
_HAN = regex.compile(r"\p{Han}+")
_NOT_INDUSTRY_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d"})


def _data(name: str) -> list[str]:
    import companynameparser

    path = Path(companynameparser.__file__).parent / "data" / name
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def brands() -> list[str]:
    return sorted({w for w in _data("brand.txt") if _HAN.fullmatch(w) and 2 <= len(w) <= 5})


def industries() -> list[str]:
    import rjieba

    dic = rjieba.Jieba()

    def activity(word: str) -> bool:
        if not dic.has_word(word):
            return False
        tags = dic.tag(word)
        return len(tags) == 1 and tags[0][1] in _NOT_INDUSTRY_TAGS

    return sorted({w for w in _data("trade.txt")
                   if _HAN.fullmatch(w) and 2 <= len(w) <= 4 and not activity(w)})


def header(what: str) -> str:
    return (f"# {what}, built by scripts/build_brands.py from the PyPI package {PACKAGE} {VERSION}\n"
            "# (Apache License 2.0, by XuMing; data/brand.txt and data/trade.txt). Do not edit by hand.\n")


def main(argv: list[str]) -> int:
    version = importlib.metadata.version(PACKAGE)
    if version != VERSION:
        print(f"warning: {PACKAGE} {version} installed, the files are documented as {VERSION}",
              file=sys.stderr)
    out = Path(argv[0]) if argv else ROOT / "models" / "orgs"
    (out / "brands.txt").write_text(header("Brand names of Chinese companies") + "\n".join(brands()) + "\n",
                                    encoding="utf-8")
    (out / "industries.txt").write_text(header("Industry words of company names")
                                        + "\n".join(industries()) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

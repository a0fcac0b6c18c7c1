"""The text as the organization rules read it, one character for one (every offset and every
name as written stays the same):

  * ASCII clause marks between Chinese words as full-width ones: pages scraped from the web write
    某某示范,某某石油荣登…, while the rules are written for the ，；：！？ of official texts; a mark
    between two digits (1,234; 10:30) is a number's and stays;
  * a page written in traditional characters (鳳陽縣金星玻璃廠) read in simplified ones
    (models/t2s_chars.tsv, from OpenCC, built by scripts/build_t2s.py): the lexicons and the
    segmenter's dictionary are simplified. A text is traditional when a tenth of its opening Han
    characters are (about a third on such pages; under 0.1 % on the corpus's reports).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import read_lines

_MARKS = re.compile(r"[,;:!?]")
_WIDE = str.maketrans(",;:!?", "，；：！？")
_HAN = re.compile(r"[\u4e00-\u9fff]")
TRADITIONAL_SHARE = 0.1


def fullwidth_marks(text: str) -> str:
    """text with its ASCII clause marks full-width (the same object when it has none)."""
    if _MARKS.search(text) is None:
        return text

    def wide(m: re.Match[str]) -> str:
        i = m.start()
        if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            return m.group()
        return m.group().translate(_WIDE)

    return _MARKS.sub(wide, text)


@lru_cache(maxsize=1)
def _t2s() -> dict[int, str]:
    return str.maketrans(dict(line.split("\t") for line in read_lines("t2s_chars.tsv")))


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(map(chr, _t2s()))


def traditional(text: str) -> bool:
    """Is text written in traditional characters (a tenth of the Han characters of its first
    2,000 characters or more)?"""
    sample = text[:2000]
    chars = _traditional_chars()
    if chars.isdisjoint(sample):
        return False  # (almost every text: one pass in C)
    return sum(map(chars.__contains__, sample)) >= TRADITIONAL_SHARE * len(_HAN.findall(sample))


def simplified(text: str) -> str:
    """text in simplified characters, one for one."""
    return text.translate(_t2s())


def rules_text(text: str) -> tuple[str, bool]:
    """The text as the rules read it (the same object when nothing changes), and whether it was
    traditional (then its words must be segmented again: the dictionary is simplified)."""
    wide = fullwidth_marks(text)
    return (simplified(wide), True) if traditional(text) else (wide, False)


__all__ = ["TRADITIONAL_SHARE", "fullwidth_marks", "rules_text", "simplified", "traditional"]

"""Punctuation as the organization rules read it. Pages scraped from the web often write ASCII
marks between Chinese words (某某科技获评…,某某石油荣登…), while the rules are written for the
full-width marks of official texts (，；：！？). ``fullwidth_marks`` maps , ; : ! ? to them, one
character for one, so every offset stays the same; a mark between two digits (1,234; 10:30) is
a number's and stays."""
from __future__ import annotations

import re

_MARKS = re.compile(r"[,;:!?]")
_WIDE = str.maketrans(",;:!?", "，；：！？")


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


__all__ = ["fullwidth_marks"]

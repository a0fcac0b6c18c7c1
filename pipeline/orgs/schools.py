"""Schools named by a short form: a place and an ordinal with 中 or 小 (保定十七中, 某县二中,
某镇一小) for 第十七中学, 第二中学, 第一小学; a university's or normal college's short form and
附中/附小/附校 (人大附中, 某师附校) for its affiliated school. (A school named after a village
the dictionary splits, 史家|佐|小学, is found by splits.split_name_start.)

Numbered schools only after a place name (a plenary session, 十九届四中全会, and 一老一小 are not schools) and
on a word boundary after 中/小 (中国, 中心 are other words). Rule name for tracing:
``school:numbered``, ``school:affiliated``.
"""
from __future__ import annotations

import regex

from .edges import place_before
from .words import WordIndex

# X大 or X师 (a university, a normal college), then 附中/附小/附校, opening a clause or a list item
_AFFILIATED = regex.compile(r"(?<![\p{Han}&&[^与和及同]])\p{Han}[大师]附[中小校](?![\p{Han}&&[^等和与及]])")
_NUMBERED = regex.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}[中小](?!全会)")


def numbered_schools(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """(start, end) of each place + ordinal + 中/小 short form."""
    out: list[tuple[int, int]] = []
    for m in _NUMBERED.finditer(text):
        if m.end() < len(text) and not index.is_boundary(m.end()) and text[m.end()] != "等":
            continue  # (七中|等 is segmented 七|中等)
        start = place_before(text, m.start(), index)
        while start >= 0 and (more := place_before(text, start, index)) >= 0:
            start = more  # a chain of places (湖南|桃源|一中)
        if start >= 0:
            out.append((start, m.end()))
    return out


def affiliated_schools(text: str) -> list[tuple[int, int]]:
    """(start, end) of each 某大附中 / 某师附校 short form."""
    return [m.span() for m in _AFFILIATED.finditer(text)]


__all__ = ["affiliated_schools", "numbered_schools"]

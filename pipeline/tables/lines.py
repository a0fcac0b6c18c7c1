"""Characters → text lines (pdfplumber's ``cluster_objects``, for CJK print): what a cell's text
is, and what a page's title and unit lines are.

Full-height glyphs make the lines: sorted by their vertical centres, a glyph more than half a
height below the line's centre starts a new one. Low or flat glyphs (、 , . 一 “) have centres off
the line's: each joins the line whose band holds its centre, or the nearest one.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from .layout import Char

#: A glyph lower than this share of the median height is placed after the lines are made.
FULL_HEIGHT = 0.7


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


def _line(chars: list[Char]) -> Line:
    chars.sort(key=lambda c: c.x0)
    return Line("".join(c.text for c in chars), chars[0].x0, max(c.x1 for c in chars),
                min(c.top for c in chars), max(c.bottom for c in chars))


def _groups(tall: list[Char]) -> list[list[Char]]:
    groups: list[list[Char]] = []
    centre = height = 0.0
    for char in sorted(tall, key=lambda c: c.yc):
        if not groups or char.yc - centre > 0.5 * height:
            groups.append([])
            centre, height = char.yc, char.bottom - char.top
        groups[-1].append(char)
    return groups


def text_lines(chars: Iterable[Char]) -> list[Line]:
    """The lines the characters make, top to bottom, each read left to right."""
    chars = list(chars)
    if not chars:
        return []
    heights = sorted(c.bottom - c.top for c in chars)
    least = FULL_HEIGHT * heights[len(heights) // 2]
    tall = [c for c in chars if c.bottom - c.top >= least]
    groups = _groups(tall)
    centres = [sum(c.yc for c in g) / len(g) for g in groups]
    for char in chars:
        if char.bottom - char.top >= least:
            continue
        i = bisect_right(centres, char.yc)
        if i == len(centres) or (i > 0 and char.yc - centres[i - 1] < centres[i] - char.yc):
            i -= 1
        groups[i].append(char)
    return [_line(g) for g in groups]


def cell_text(chars: Iterable[Char]) -> str:
    """A cell's text: its lines joined without a separator (a wrapped name comes out whole)."""
    return "".join(line.text for line in text_lines(chars))


def row_texts(chars: Iterable[Char], edges: list[float]) -> tuple[str, ...]:
    """The texts of a row's cells, its characters put in columns by their centres between ``edges``."""
    by_col: list[list[Char]] = [[] for _ in range(len(edges) - 1)]
    for char in chars:
        i = bisect_right(edges, char.xc) - 1
        if 0 <= i < len(by_col):
            by_col[i].append(char)
    return tuple(cell_text(col) for col in by_col)

"""A table printed without ruling lines → the same ``RawGrid`` as a ruled one (pdfplumber's
"text" strategy, cut down):

1. rows are text lines; a line closer to the one above than rows usually are, starting with a
   name (no code, enumerator or total), is that name wrapped (机关事业单位基本养老保险缴 / 费支出)
   when it holds the name alone or the line above holds no figure yet;
2. the columns are the gaps that no character of the body crosses: each run of x positions
   covered by body characters is a column (the header, whose banners span columns, is left out
   of the gaps and read into the columns its characters' centres fall in);
3. header and body split as for a ruled table (``grid.first_body``).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .body import BODY_TEXT, RawGrid, first_body
from .layout import Char, PageLayout
from .lines import Line, row_texts, text_lines
from .values import CODE, is_number

#: A note under the table ends it.
NOTE = re.compile(r"^(?:注|说明)[:：]")
#: A line of the body holds a figure (2,940.05) or a code.
FIGURE = re.compile(r"\d[\d,]*\.\d+|\d{3}")
#: Body characters closer than this (points) belong to one column.
COLUMN_GAP = 6.0
#: A wrapped line lies closer to the one above than this share of the usual line pitch.
WRAP_PITCH = 0.8


def _members(chars: list[Char], lines: list[Line]) -> list[list[Char]]:
    out: list[list[Char]] = [[] for _ in lines]
    tops = [ln.top for ln in lines]
    for char in chars:
        i = max(0, bisect_right(tops, char.yc) - 1)
        out[i].append(char)
    return out


def _edges(chars: list[Char]) -> list[float]:
    """Column edges from the runs of x that body characters cover."""
    spans = sorted((c.x0, c.x1) for c in chars)
    edges, reach = [spans[0][0] - 1], spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach > COLUMN_GAP:
            edges.append((reach + x0) / 2)
        reach = max(reach, x1)
    edges.append(reach + 1)
    return edges


def _is_wrap(texts: tuple[str, ...], above: tuple[str, ...], gap: float, pitch: float) -> bool:
    """A name's second line: close to the line above, starting with no code, enumerator or total,
    and either a name alone or under a line that holds no figure yet."""
    filled = [t for t in texts if t]
    if not filled or gap >= WRAP_PITCH * pitch or CODE.match(filled[0]) or BODY_TEXT.match(filled[0]) \
            or is_number(filled[0]):
        return False
    return len(filled) == 1 or not any(is_number(t) for t in above)


def unruled_grid(page: PageLayout, top: float, bottom: float) -> RawGrid | None:
    lines = text_lines(c for c in page.chars if top < c.yc < bottom)
    end = next((i for i, ln in enumerate(lines) if NOTE.match(ln.text)), len(lines))
    lines = lines[:end]
    if len(lines) < 2:
        return None
    bottom = lines[-1].bottom + 1
    chars = [c for c in page.chars if top < c.yc < bottom]
    groups = _members(chars, lines)
    body_chars = [c for g, ln in zip(groups, lines) if FIGURE.search(ln.text) for c in g]
    if not body_chars:
        return None
    edges = _edges(body_chars)
    rows = [row_texts(g, edges) for g in groups]
    first = first_body(rows)
    pitches = sorted(b.top - a.top for a, b in zip(lines, lines[1:]))
    pitch = pitches[len(pitches) // 2]
    body: list[tuple[str, ...]] = []
    for i in range(first, len(rows)):
        gap = lines[i].top - lines[i - 1].top if i > first else pitch
        if body and _is_wrap(rows[i], body[-1], gap, pitch):
            body[-1] = tuple(a + b for a, b in zip(body[-1], rows[i]))
        else:
            body.append(rows[i])
    header = tuple(tuple(t for t in col if t) for col in zip(*rows[:first])) if first else \
        tuple(() for _ in range(len(edges) - 1))
    return RawGrid(tuple(edges), header, tuple(body), tuple(rows[:first]), ruled=False)

"""A ruled table region of a page → leaf columns, header paths and body rows of text.

The way pdfplumber's ``TableFinder`` reads a ruled table, cut down to what budget tables need:

1. the vertical rules' x positions are the leaf columns' edges (a header cell spanning three
   columns has rules under it, so every leaf edge is somewhere);
2. the horizontal rules that run the whole width cut the body into rows, so that a row name
   wrapped over two lines, or a figure printed a little above its name, stays in its row;
3. the bands at the top hold no figure, code or total: they are the header; each header
   character belongs to the ruled cell around it (the nearest rules that cross its centre), and
   a leaf column's header path is the cells spanning it, top to bottom (合计 / 预算数).

A region without rules is read by its text lines and the gaps between its columns
(``pipeline.tables.unruled``); where the header ends is ``pipeline.tables.body``'s.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict

from .body import RawGrid, first_body
from .layout import Char, PageLayout, Rule
from .lines import cell_text, row_texts

#: Rules closer than this (points) are one edge.
SNAP = 2.5
#: A horizontal rule this share of the table's width long separates rows.
FULL_WIDTH = 0.9


def snap(values: list[float]) -> list[float]:
    """Sorted values with those closer than SNAP merged."""
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] <= SNAP:
            continue
        out.append(value)
    return out


def _spans(rules: list[Rule], positions: list[float]) -> dict[int, list[tuple[float, float]]]:
    """For each snapped position, the extents of the rules at it."""
    spans: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for rule in rules:
        i = min(range(len(positions)), key=lambda k: abs(positions[k] - rule.at))
        spans[i].append((rule.a, rule.b))
    return spans


def _covered(spans: list[tuple[float, float]], at: float) -> bool:
    return any(a - SNAP <= at <= b + SNAP for a, b in spans)


def _bound(positions, spans, at, cross, *, before: bool) -> int:
    """Index of the nearest position before (or after) ``at`` whose rules cross ``cross``."""
    i = bisect_right(positions, at) - 1 if before else bisect_left(positions, at)
    step = -1 if before else 1
    while 0 <= i < len(positions):
        if _covered(spans.get(i, ()), cross):
            return i
        i += step
    return 0 if before else len(positions) - 1


def _covered_length(spans: list[tuple[float, float]]) -> float:
    """The length the union of the segments covers (a rule drawn cell by cell is one rule)."""
    total, reach = 0.0, float("-inf")
    for a, b in sorted(spans):
        if b > reach:
            total += b - max(a, reach)
            reach = b
    return total


def _bands(hrules: list[Rule], x0: float, x1: float) -> list[float]:
    """The y of each horizontal rule that crosses (nearly) the whole table."""
    ys = snap([r.at for r in hrules])
    spans = _spans(hrules, ys)
    return [y for i, y in enumerate(ys) if _covered_length(spans.get(i, [])) >= FULL_WIDTH * (x1 - x0)]


def _header(chars: list[Char], edges: list[float], vrules: list[Rule], hrules: list[Rule]) -> tuple[tuple[str, ...], ...]:
    """Each leaf column's header path from the ruled cells above the body."""
    ys = snap([r.at for r in hrules])
    vspans, hspans = _spans(vrules, edges), _spans(hrules, ys)
    cells: dict[tuple[int, int, int], list[Char]] = defaultdict(list)
    for char in chars:
        left = _bound(edges, vspans, char.xc, char.yc, before=True)
        right = _bound(edges, vspans, char.xc, char.yc, before=False)
        top = _bound(ys, hspans, char.yc, char.xc, before=True) if ys else 0
        cells[(left, right, top)].append(char)
    paths: list[list[tuple[float, str]]] = [[] for _ in range(len(edges) - 1)]
    for (left, right, _), members in cells.items():
        text = cell_text(members)
        top = min(c.top for c in members)
        for k in range(left, max(right, left + 1)):
            if k < len(paths):
                paths[k].append((top, text))
    return tuple(tuple(text for _, text in sorted(path)) for path in paths)


def _band_rows(chars: list[Char], bands: list[float], edges: list[float]):
    """The characters and cell texts of each band holding text, and how many ruled bands are
    left blank after the last of them."""
    rows: list[tuple[list[Char], tuple[str, ...]]] = []
    blank = 0
    chars = sorted(chars, key=lambda c: c.yc)
    centres = [c.yc for c in chars]
    for upper, lower in zip(bands, bands[1:]):
        members = chars[bisect_left(centres, upper):bisect_left(centres, lower)]
        if members:
            rows.append((members, row_texts(members, edges)))
            blank = 0
        else:
            blank += 1
    return rows, blank


def region_grid(page: PageLayout, top: float, bottom: float) -> RawGrid | None:
    """The ruled table between ``top`` and ``bottom`` on ``page``, or None without rules."""
    vrules = [r for r in page.vrules if r.a >= top - SNAP and r.b <= bottom + SNAP]
    hrules = [r for r in page.hrules if top - SNAP <= r.at <= bottom + SNAP]
    edges = snap([r.at for r in vrules])
    if len(edges) < 2 or len(hrules) < 2:
        return None
    x0, x1 = edges[0], edges[-1]
    y0 = min(min(r.at for r in hrules), min(r.a for r in vrules))
    y1 = max(max(r.at for r in hrules), max(r.b for r in vrules))
    chars = [c for c in page.chars if x0 < c.xc < x1 and y0 < c.yc < y1]
    bands = _bands(hrules, x0, x1)
    if len(bands) < 2 or bands[0] > y0 + SNAP:
        bands = [y0] + bands
    if bands[-1] < y1 - SNAP:
        bands.append(y1)
    rows, blank = _band_rows(chars, bands, edges)
    first = first_body([texts for _, texts in rows])
    if first == len(rows) and blank and rows:  # a table whose one row is printed blank
        rows.append(([], ("",) * (len(edges) - 1)))
    head_chars = [c for members, _ in rows[:first] for c in members]
    header = _header(head_chars, edges, vrules, hrules)
    return RawGrid(tuple(edges), header, tuple(texts for _, texts in rows[first:]),
                   tuple(texts for _, texts in rows[:first]))

"""Where each table's text lies in the record's normalized ``text``: ``start`` at its title
(the occurrence followed by its unit line, not the 目录's entry), ``end`` after the last of its
names and figures found one after another (a table's text never runs into the prose after it). Offsets stay None when the title is not in
the text (a table drawn as an image, a text cut at E116)."""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Table

#: How far after a title its unit line may be (characters).
UNIT_REACH = 80
UNIT_LINE = re.compile(r"单位\s*[:：]")


def _title_at(text: str, title: str, after: int) -> int | None:
    pattern = re.compile(r"\s*".join(map(re.escape, title)))
    found = [m for m in pattern.finditer(text, after)]
    if not found:
        return None
    near_unit = [m for m in found if UNIT_LINE.search(text, m.end(), m.end() + UNIT_REACH)]
    return (near_unit or found)[0].start()


#: How far apart two consecutive pieces of a table (names, figures) may lie in the text.
GAP = 400


def _pieces(table: Table) -> list[str]:
    pieces = []
    for row in table.rows:
        if row.label:
            pieces.append(row.label)
        pieces.extend(c.text for c in row.cells if c.text)
    return pieces


def _end(text: str, table: Table, start: int, limit: int) -> int:
    """The end of the last of the table's pieces found one after another from its title, each
    within GAP characters of the one before (a piece not found is skipped)."""
    end = start + len(table.title)
    for piece in _pieces(table):
        at = text.find(piece, end, min(limit, end + GAP))
        if at >= 0:
            end = at + len(piece)
    return end


def locate(text: str, tables: list[Table]) -> list[Table]:
    """The tables with ``start``/``end`` set where their text is found."""
    starts: list[int | None] = []
    cursor = 0
    for table in tables:
        start = _title_at(text, table.title, cursor)
        starts.append(start)
        if start is not None:
            cursor = start + 1
    out = []
    for i, (table, start) in enumerate(zip(tables, starts)):
        if start is None:
            out.append(table)
            continue
        limit = next((s for s in starts[i + 1:] if s is not None), len(text))
        out.append(replace(table, start=start, end=_end(text, table, start, limit)))
    return out

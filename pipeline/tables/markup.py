"""DOCX and HTML tables → ``Grid``: the cells are given, so only the header, the title and the
unit are to be found. A merged cell counts once for each leaf column it spans (HTML colspan;
python-docx repeats a merged cell), so a spanning header is in each of its columns' paths.

The title is the last paragraph ending with 表 before the table (within a few blocks); the unit
is said between them (单位：万元) or in the table's first row.
"""
from __future__ import annotations

import io
import re

from .body import first_body
from .detect import EMPTY, is_title
from .model import Grid
from .values import find_unit

#: How many paragraphs above a table its title may stand.
TITLE_REACH = 3


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def grid_from_rows(rows: list[list[str]], before: list[str], page: int | None = None) -> Grid | None:
    """A grid from a table's rows of cell texts and the paragraphs printed before it."""
    rows = [[_clean(c) for c in row] for row in rows if any(_clean(c) for c in row)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    title, unit = None, None
    for text in reversed(before[-TITLE_REACH:]):
        unit = unit or find_unit(text)
        if is_title(_clean(text).split("单位")[0]):
            title = _clean(text).split("单位")[0]
            break
    if rows and find_unit("".join(rows[0])) and len([c for c in rows[0] if c]) <= 2:
        unit = unit or find_unit("".join(rows[0]))
        rows = rows[1:]
    if title is None:
        return None
    first = first_body([tuple(r) for r in rows])
    header = tuple(tuple(dict.fromkeys(r[i] for r in rows[:first] if r[i])) for i in range(width))
    note = next((c for r in rows for c in r if EMPTY.search(c)), None)
    return Grid(title, unit, page, header, tuple(tuple(r) for r in rows[first:]), note)


def _span(td, name: str) -> int:
    value = str(td.get(name) or "1").strip()
    return max(1, min(int(value), 50)) if value.isdigit() else 1


def html_rows(table) -> list[list[str]]:
    """An HTML table's cell texts, a merged cell repeated over every row and column it spans."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still to fill, text)
    for tr in table.iter("tr"):
        row: list[str] = []
        cells = [td for td in tr if td.tag in ("td", "th")]
        while cells or len(row) in pending:
            if len(row) in pending:
                left, text = pending.pop(len(row))
                if left > 1:
                    pending[len(row)] = (left - 1, text)
                row.append(text)
                continue
            td = cells.pop(0)
            text, down = td.text_content(), _span(td, "rowspan")
            for _ in range(_span(td, "colspan")):
                if down > 1:
                    pending[len(row)] = (down - 1, text)
                row.append(text)
        rows.append(row)
    return rows


def _parse_html(markup: bytes):
    import lxml.html

    from ..read.text import detect_encoding

    text = markup.decode(detect_encoding(markup) or "utf-8", errors="replace")
    return lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))


def html_grids(markup: bytes) -> list[Grid]:
    root = _parse_html(markup)
    grids, before = [], []
    for el in root.iter("p", "div", "h1", "h2", "h3", "h4", "span", "table", "caption"):
        if el.tag == "table":
            rows = html_rows(el)
            caption = [c.text_content() for c in el.iter("caption")]
            grid = grid_from_rows(rows, before + caption)
            if grid is not None:
                grids.append(grid)
            before = []
        elif el.getparent() is None or el.getparent().tag != "table" and not len(el.findall(".//table")):
            text = el.text_content().strip()
            if text:
                before.append(text)
    return grids


def docx_grids(data: bytes) -> list[Grid]:
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    grids, before = [], []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                before.append(block.text)
        elif isinstance(block, DocxTable):
            grid = grid_from_rows([[cell.text for cell in row.cells] for row in block.rows], before)
            if grid is not None:
                grids.append(grid)
            before = []
    return grids

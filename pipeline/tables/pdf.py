"""A PDF's tables: each page's heads (``detect``), the ruled grid under each (``grid``), a
headless ruled block at the top of a page continuing the table before it, then ``interpret``.

A continued table keeps its first page's header; a continuation page that prints the header
again has it dropped (its header bands read as the header, not as rows), while bands that are
not a repeated header (使用非财政拨款结余 on the second page of a 总表) are rows.
"""
from __future__ import annotations

from collections.abc import Iterable

from .body import RawGrid
from .detect import Head, empty_note, find_heads
from .grid import SNAP, region_grid
from .interpret import interpret
from .layout import PageLayout, iter_layouts
from .lines import text_lines
from .model import Grid, Table
from .unruled import unruled_grid
from .values import find_unit

#: Leaf column edges of a continuation may differ from its first page's by this much (points).
EDGE_SLACK = 3 * SNAP


def read_region(page: PageLayout, top: float, bottom: float) -> RawGrid | None:
    """The table between ``top`` and ``bottom``: by its rules, or by its text's positions."""
    return region_grid(page, top, bottom) or unruled_grid(page, top, bottom)


def _same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= EDGE_SLACK for x, y in zip(a, b))


def _continuation(raw: RawGrid, open_grid: Grid) -> tuple[tuple[str, ...], ...]:
    """The rows a headless block adds to the open table: its header bands too, unless they only
    repeat the open table's header."""
    known = {text for path in open_grid.header for text in path if text}
    repeated = all(text in known or not text for path in raw.header for text in path)
    return raw.body if repeated else raw.head_rows + raw.body


def page_grids(page: PageLayout, open_grid: tuple[Grid, tuple[float, ...]] | None):
    """The grids of one page: (closed grids, the grid still open at the page's end)."""
    lines = text_lines(page.chars)
    heads = find_heads(lines)
    done: list[Grid] = []
    first_top = heads[0].top if heads else page.height
    if open_grid is not None:
        raw = region_grid(page, 0, first_top)
        grid, edges = open_grid
        continued = (raw is not None and raw.ruled and bool(raw.body + raw.head_rows)
                     and _same_columns(raw.edges, edges))
        if continued:
            grid = grid.extend(_continuation(raw, grid), page.number)
        if continued and not heads:  # the whole page continues it: it may go on over the next
            return done, (grid, edges)
        done.append(grid)
        open_grid = None
    for i, head in enumerate(heads):
        bottom = heads[i + 1].top if i + 1 < len(heads) else page.height
        raw = read_region(page, head.bottom, bottom)
        note = empty_note([ln for ln in lines if head.bottom <= ln.top < bottom])
        grid = _grid(head, raw, page.number, note)
        if i + 1 < len(heads) or raw is None:
            done.append(grid)
        else:
            open_grid = (grid, raw.edges)
    return done, open_grid


def _grid(head: Head, raw: RawGrid | None, number: int, note: str | None) -> Grid:
    if raw is None:
        return Grid(head.title, head.unit, number, (), (), note, (number,))
    return Grid(head.title, head.unit, number, raw.header, raw.body, note, (number,))


def grids_of(layouts: Iterable[PageLayout], state: dict | None = None) -> list[Grid]:
    """The grids of the pages, in order; ``state["open"]`` says, while the pages are read, whether
    a table is open (the next page may continue it)."""
    grids: list[Grid] = []
    open_grid = None
    state = state if state is not None else {}
    for page in layouts:
        done, open_grid = page_grids(page, open_grid)
        state["open"] = open_grid is not None
        grids.extend(done)
    if open_grid is not None:
        grids.append(open_grid[0])
    return grids


def pdf_tables(data: bytes) -> list[Table]:
    """The statistical tables a PDF prints, continued tables joined. Only pages whose text states
    a unit (单位：万元), or that may continue an open table, have their boxes and rules read."""
    state = {"open": False}
    layouts = iter_layouts(data, wanted=lambda text: state["open"] or find_unit(text) is not None)
    return [interpret(grid) for grid in grids_of(layouts, state)]

"""Checks across tables.

- ``table_cross``: one quantity printed in two tables: the 收支总表's 支出 items and totals
  against the 支出表's 类 rows and 合计, its 本年收入合计 against the 收入表's 合计; the
  财政拨款收支总表's 一般公共预算 column against the 一般公共预算支出表; that table's 基本支出
  against the 基本支出 (经济分类) table's total.
The prose and the 目录 are checked in ``check_prose``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from .check_base import Ref, is_total, make, step, value, value_columns
from .model import Cell, Table

KINDS = (  # (kind, title pattern), first match wins
    ("other", re.compile(r"政府性基金|国有资本经营|三公")),
    ("basic", re.compile(r"基本支出")),
    ("approp", re.compile(r"财政拨款收(?:入)?支(?:出)?(?:决算|预算)?总表")),
    ("summary", re.compile(r"收(?:入)?支(?:出)?(?:决算|预算)?总表")),
    ("gp", re.compile(r"一般公共预算(?:财政拨款)?支出")),
    ("income", re.compile(r"收入(?:决算|预算总)表")),
    ("spending", re.compile(r"支出(?:决算|预算总)表")),
)


def kind_of(table: Table) -> str | None:
    return next((kind for kind, pattern in KINDS if pattern.search(table.title)), None)


def _row_cell(tables, t, i, column=None):
    row = tables[t].rows[i]
    cell = row.cell(column) if column else (row.cells[0] if row.cells else None)
    return (Ref(t, i, cell.column), cell) if cell is not None else None


def _rows(table: Table, side: int | None = None):
    return [(i, r) for i, r in enumerate(table.rows) if side is None or r.side == side]


def _pair(rule_what: str, tables, a, b) -> dict[str, Any] | None:
    (ra, ca), (rb, cb) = a, b
    if ca.value is None and cb.value is None:
        return None
    texts = [c.text for c in (ca, cb) if c.text]
    unit_step = max(step(x, tables[r.table].unit) for x, r in zip(texts, (ra, rb)))
    return make("table_cross", [ra, rb], value(ca), value(cb), unit_step, rule_what)


def _total_row(table: Table, side: int, *names: str) -> int | None:
    for name in names:
        for i, r in _rows(table, side):
            if r.label == name or (name == "合计" and is_total(r) and r.label in ("合计", "总计")):
                return i
    return None


def _column(table: Table, side: int, needle: str) -> str | None:
    return next((c for c in value_columns(table, side) if needle in c.rsplit("/", 1)[-1]), None)


def _summary_pairs(tables, s: int, c: int, column: str | None) -> Iterator[tuple]:
    """The 支出 side of summary ``s`` against the 类 rows and 合计 of coded table ``c``."""
    coded = {r.label: i for i, r in _rows(tables[c]) if r.code and len(r.code) == 3}
    for i, row in _rows(tables[s], 1):
        if row.label in coded:
            yield row.label, (s, i, column), (c, coded[row.label], None)
    total = _total_row(tables[s], 1, "本年支出合计", "支出总计")
    target = _total_row(tables[c], 0, "合计")
    if total is not None and target is not None:
        yield tables[s].rows[total].label, (s, total, column), (c, target, None)


def _basic_total(tables, b: int) -> tuple[Ref, Cell] | None:
    i = _total_row(tables[b], 0, "合计")
    if i is not None:
        return _row_cell(tables, b, i)
    parts = [(i, r) for i, r in _rows(tables[b]) if r.label.endswith("经费合计") and r.cells]
    if len(parts) == 2 and any(r.cells[0].value is not None for _, r in parts):
        cells = [r.cells[0] for _, r in parts]
        total = Cell(cells[0].column, "+".join(c.text for c in cells), sum(map(value, cells), Decimal(0)))
        return Ref(b, parts[0][0], cells[0].column), total
    return None


def cross_checks(tables: Sequence[Table]) -> list[dict[str, Any]]:
    kinds: dict[str, int] = {}
    for t, table in enumerate(tables):
        kinds.setdefault(kind_of(table) or "", t)
    pairs: list[tuple[str, tuple, tuple]] = []
    if "summary" in kinds and "spending" in kinds:
        pairs += _summary_pairs(tables, kinds["summary"], kinds["spending"], None)
    if "approp" in kinds and "gp" in kinds:
        column = _column(tables[kinds["approp"]], 1, "一般公共预算")
        pairs += _summary_pairs(tables, kinds["approp"], kinds["gp"], column)
    if "summary" in kinds and "income" in kinds:
        s, n = kinds["summary"], kinds["income"]
        total, target = _total_row(tables[s], 0, "本年收入合计", "收入总计"), _total_row(tables[n], 0, "合计")
        if total is not None and target is not None:
            pairs.append((tables[s].rows[total].label, (s, total, None), (n, target, None)))
    out = []
    for label, a, b in pairs:
        ca, cb = _row_cell(tables, *a), _row_cell(tables, *b)
        if ca and cb:
            found = _pair(f"{label}: {tables[a[0]].title} against {tables[b[0]].title}", tables, ca, cb)
            if found:
                out.append(found)
    if "gp" in kinds and "basic" in kinds:
        g = kinds["gp"]
        i, column = _total_row(tables[g], 0, "合计"), _column(tables[g], 0, "基本支出")
        basic = _basic_total(tables, kinds["basic"])
        if i is not None and column and basic:
            found = _pair(f"基本支出: {tables[g].title} against {tables[kinds['basic']].title}",
                          tables, _row_cell(tables, g, i, column), basic)
            if found:
                out.append(found)
    return out

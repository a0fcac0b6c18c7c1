"""Checks inside one table: a total against its rows, a total column against its parts.

- ``table_total``: the 合计 row (per side) = the sum of its 类 rows (3-digit codes);
- ``table_class``: a 类 row = the sum of its 款 rows; ``table_item``: a 款 row = its 项 rows
  (code prefixes: 201 ⊃ 20106 ⊃ 2010601);
- ``table_columns``: in a row, a 合计 / 小计 column = the columns after it under the same parent
  header (本年支出合计 = 基本支出 + 项目支出 + …; 本年支出/小计 = 基本支出 + 项目支出);
- ``table_side_total``: on a side of enumerated rows (一、二、…), 本年收入合计 = those rows, and
  总计 = 本年收入合计 + the rows between (年初结转和结余 …), or the enumerated rows when no 合计
  precedes it; ``table_sides``: a two-sided table's 收入总计 = 支出总计.
"""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from .check_base import Ref, is_total, make, row_name, step, value, value_columns
from .model import Table

CODE_LEVELS = {3: (5, "table_class"), 5: (7, "table_item")}


def _sum_check(rule: str, t: int, table: Table, total_i: int, part_is: list[int], column: str,
               what: str) -> dict[str, Any] | None:
    total = table.rows[total_i].cell(column)
    parts = [table.rows[i].cell(column) for i in part_is]
    if total is None or (total.value is None and all(value(p) == 0 for p in parts)):
        return None
    texts = [c.text for c in [total, *parts] if c is not None and c.text]
    unit_step = max(step(x, table.unit) for x in texts) if texts else Decimal(0)
    refs = [Ref(t, total_i, column)] + [Ref(t, i, column) for i in part_is]
    return make(rule, refs, value(total), sum((value(p) for p in parts), Decimal(0)), unit_step, what)


def _code_checks(t: int, table: Table) -> Iterator[dict[str, Any]]:
    rows = table.rows
    for side in sorted({r.side for r in rows}):
        idx = [i for i, r in enumerate(rows) if r.side == side]
        classes = [i for i in idx if rows[i].code and len(rows[i].code) == 3]
        for i in idx:
            row = rows[i]
            if is_total(row) and classes and row.label in ("合计", "总计") or (
                    is_total(row) and classes and row.label.endswith("经费合计")):
                parts = classes
                rule, what = "table_total", f"{table.title}: {row.label} against its 类 rows"
            elif row.code and len(row.code) in CODE_LEVELS:
                size, rule = CODE_LEVELS[len(row.code)]
                parts = [k for k in idx if rows[k].code and len(rows[k].code) == size
                         and rows[k].code.startswith(row.code)]
                what = f"{table.title}: {row_name(row)} against its {'款' if size == 5 else '项'} rows"
            else:
                continue
            if not parts:
                continue
            for column in value_columns(table, side):
                found = _sum_check(rule, t, table, i, parts, column, f"{what} ({column})")
                if found:
                    yield found


def _column_groups(columns: list[str]) -> list[tuple[str, list[str]]]:
    """(total column, its part columns): a 合计/小计 leaf and the later leaves under its parent."""
    groups = []
    for k, name in enumerate(columns):
        parent, _, leaf = name.rpartition("/")
        if not (leaf.endswith("合计") or leaf == "小计"):
            continue
        parts = []
        for other in columns[k + 1:]:
            o_parent, _, o_leaf = other.rpartition("/")
            if not (other.startswith(parent + "/") if parent else True) or o_leaf.endswith("合计"):
                break
            if o_parent != parent and o_leaf == "小计":
                continue
            parts.append(other)
        nested = [p for p in parts if p.rpartition("/")[0] != parent]
        subtotals = {p.rpartition("/")[0] for p in nested}
        parts = [p for p in parts if p.rpartition("/")[0] == parent or p.rpartition("/")[0] in subtotals]
        if len(parts) >= 2:
            groups.append((name, parts))
    return groups


def _columns_checks(t: int, table: Table) -> Iterator[dict[str, Any]]:
    for side in sorted({r.side for r in table.rows}):
        for total, parts in _column_groups(value_columns(table, side)):
            for i, row in enumerate(table.rows):
                if row.side != side:
                    continue
                cells = [row.cell(c) for c in [total, *parts]]
                if all(c is None or c.value is None for c in cells):
                    continue
                texts = [c.text for c in cells if c is not None and c.text]
                unit_step = max(step(x, table.unit) for x in texts)
                refs = [Ref(t, i, c) for c in [total, *parts]]
                yield make("table_columns", refs, value(cells[0]), sum(map(value, cells[1:]), Decimal(0)),
                           unit_step, f"{table.title}: {row_name(row)}, {total} against {' + '.join(parts)}")


def _side_checks(t: int, table: Table) -> Iterator[dict[str, Any]]:
    for side in sorted({r.side for r in table.rows}):
        idx = [i for i, r in enumerate(table.rows) if r.side == side]
        columns = value_columns(table, side)
        if not columns or not any(table.rows[i].marker.endswith("、") for i in idx):
            continue
        column, items, subtotal, between = columns[0], [], None, []
        for i in idx:
            row = table.rows[i]
            if row.label.endswith("总计"):
                parts = ([subtotal] + between) if subtotal is not None else items
                what = f"{table.title}: {row.label} against " + ("本年合计 and the rows after it" if subtotal is not None else "its enumerated rows")
                found = _sum_check("table_side_total", t, table, i, parts, column, what)
                if found:
                    yield found
                items, subtotal, between = [], None, []
            elif row.label.endswith("合计"):
                found = _sum_check("table_side_total", t, table, i, items, column,
                                   f"{table.title}: {row.label} against its enumerated rows")
                if found and items:
                    yield found
                subtotal, items, between = i, [], []
            elif subtotal is None and row.marker.endswith("、") and row.marker[0] in "一二三四五六七八九十":
                items.append(i)
            elif subtotal is not None and not row.marker:
                between.append(i)


def _two_sides(t: int, table: Table) -> Iterator[dict[str, Any]]:
    if not table.two_sided:
        return
    totals = {}
    for i, row in enumerate(table.rows):
        if row.label.endswith("总计") and row.side not in totals:
            totals[row.side] = i
    if 0 in totals and 1 in totals:
        left, right = (table.rows[totals[s]] for s in (0, 1))
        lc, rc = left.cells[0] if left.cells else None, right.cells[0] if right.cells else None
        if lc is None or rc is None or (lc.value is None and rc.value is None):
            return
        unit_step = max(step(c.text, table.unit) for c in (lc, rc) if c.text)
        yield make("table_sides", [Ref(t, totals[0], lc.column), Ref(t, totals[1], rc.column)],
                   value(lc), value(rc), unit_step, f"{table.title}: {left.label} against {right.label}")


def sum_checks(t: int, table: Table) -> list[dict[str, Any]]:
    """Every check inside table number ``t``."""
    return [*_code_checks(t, table), *_columns_checks(t, table), *_side_checks(t, table),
            *_two_sides(t, table)]

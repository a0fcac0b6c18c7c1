"""The prose against the tables, and the 目录 against the tables printed.

- ``table_prose``: a figure of the 情况说明 against the cell it names: a row of that name (or
  its 合计: 人员经费 → 人员经费合计), a total row's column of that name (财政拨款收入 → the 合计
  row's 财政拨款收入), a 总计 named after its table (收入支出总计 → 收入支出决算总表's 总计), the
  三公 table's columns (the table has one unnamed row). The figure is compared at its own
  precision (37,151.47万元 against 371,514,655.00 元 is equal); a blank cell counts as zero. When
  a cell it names holds it the check is ok; otherwise it is checked against the nearest one.
  Changes (比上年增加…) are not compared; in a 决算 a 预算 figure is compared only with 预算数
  columns and the others never with them.
- ``missing_table``: a table the 目录 lists that the document does not print (failures only).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..money.records import dec
from .check_base import Ref, is_total
from .model import Cell, Table

#: Changes, and figures of another year (2023年当年预算执行数, 上年), are not the tables' figures.
OTHER = re.compile(r"增|减|比|较|持平|下降|上升|提高|降低|节约|压|执行数|上年|去年")
BARE = re.compile(r"^(?:合计|总计|小计|其中|共计)$")
QUOTES = re.compile(r"[\s“”\"‘’《》]")
NUMBER = re.compile(r"\d[\d,，]*(?:\.(\d+))?")
TITLE_TAIL = re.compile(r"(?:决算|预算)?总?表$")
TITLE_HEAD = re.compile(r"^\d{4}年(?:度)?(?:部门|单位|预算单位)?")
TOC_ENTRY = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十]+[)）])?\s*(?P<name>.+?)[\s…\.·]*\d*$")
SECTION_TABLES = re.compile(r"(?:部门|单位)(?:预算|决算)表$|^第")


def _norm(text: str) -> str:
    return QUOTES.sub("", text or "")


def _precision(amount: dict) -> Decimal:
    """One in the last written digit of a prose figure, in yuan."""
    match = NUMBER.search(amount.get("text") or "")
    if not match:
        return Decimal(1)
    number = Decimal(match.group().replace(",", "").replace("，", ""))
    scale = Decimal(amount["value"]) / number if number else Decimal(1)
    return Decimal(1).scaleb(-len(match.group(1) or "")) * abs(scale or 1)


def _column_ok(column: str, budget: bool, final_accounts: bool) -> bool:
    if not final_accounts:
        return True
    return ("预算数" in column) == budget


def _segments(column: str) -> list[str]:
    return [_norm(s) for s in column.split("/")]


def _candidates(tables: Sequence[Table], label: str, budget: bool, final: bool) -> Iterator[tuple[Ref, Cell]]:
    names = {label, label.removesuffix("支出")} if label.endswith("费支出") else {label}
    for t, table in enumerate(tables):
        single = len(table.rows) == 1
        named_total = label.endswith("总计") and _norm(TITLE_HEAD.sub("", TITLE_TAIL.sub("", table.title))) == label[:-2]
        for i, row in enumerate(table.rows):
            cells = [c for c in row.cells if _column_ok(c.column, budget, final)]
            if not cells:
                continue
            if row.label and _norm(row.label) in (label, label + "合计") or named_total and row.label.endswith("总计") and row.side == 0:
                yield Ref(t, i, cells[0].column), cells[0]
            elif is_total(row) or single:
                for cell in cells:
                    segs = _segments(cell.column)
                    if names & set(segs) or ("三公" in label and "三公" in table.title and "合计" in segs):
                        yield Ref(t, i, cell.column), cell


def _prose_check(index: int, amount: dict, found: list[tuple[Ref, Cell]],
                 tables: Sequence[Table]) -> dict[str, Any] | None:
    """ok when a cell the figure names holds it; failed against the cell when the cells it may
    name all hold one value; None when they disagree (一般行政管理事务 under several 款)."""
    stated, unit = Decimal(amount["value"]), _precision(amount)

    def at_precision(cell: Cell) -> Decimal:
        v = cell.value if cell.value is not None else Decimal(0)
        return (v / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit

    held_values = {at_precision(c) for _, c in found}
    if stated not in held_values and len(held_values) > 1:
        return None
    ref, cell = min(found, key=lambda rc: abs(at_precision(rc[1]) - stated))
    held = at_precision(cell)
    ok, diff = held == stated, abs(held - stated)
    shown = cell.text or "blank"
    row = tables[ref.table].rows[ref.row]
    where = " / ".join(p for p in (tables[ref.table].title, row.label or row.code, ref.column) if p)
    what = f"{amount.get('label')} {amount['text']} against {where} ({shown})"
    if not ok:
        what += f": differ by {dec(diff)} yuan" + (", one in the last printed digit: rounding" if diff <= unit else "")
    return {"rule": "table_prose", "amounts": [index, ref.to_dict()], "expected": dec(stated),
            "actual": dec(cell.value if cell.value is not None else Decimal(0)), "ok": ok, "message": what}


def prose_checks(text: str, tables: Sequence[Table], amounts: Sequence[dict]) -> list[dict[str, Any]]:
    spans = [(t.start, t.end) for t in tables if t.start is not None and t.end is not None]
    final = any("决算" in t.title for t in tables)
    out = []
    for index, amount in enumerate(amounts):
        label = _norm(amount.get("label") or "")
        measure = amount.get("measure") or ""
        if (not label or BARE.match(label) or amount.get("range") or amount.get("currency", "CNY") != "CNY"
                or OTHER.search(measure) or any(s <= amount["start"] < e for s, e in spans)):
            continue
        found = list(_candidates(tables, label, "预算" in measure, final))
        check = _prose_check(index, amount, found, tables) if found else None
        if check:
            out.append(check)
    return out


def toc_tables(text: str) -> list[str]:
    """The table names the 目录 lists (its lines ending with 表, without enumerators)."""
    match = re.search(r"^目\s*录\s*$", text, re.MULTILINE)
    if not match:
        return []
    names, first = [], None
    for line in text[match.end():].lstrip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) > 60 or line == first:
            break
        first = first or line
        name = _norm(TOC_ENTRY.match(line).group("name"))
        if name.endswith("表") and not SECTION_TABLES.search(name):
            names.append(name)
    return names


def _printed(name: str, titles: list[str]) -> bool:
    short = TITLE_HEAD.sub("", name)
    return any(title == name or TITLE_HEAD.sub("", title) == short for title in titles)


def missing_tables(text: str, tables: Sequence[Table]) -> list[dict[str, Any]]:
    titles = [_norm(t.title) for t in tables]
    return [{"rule": "missing_table", "amounts": [], "expected": "1", "actual": "0", "ok": False,
             "message": f"the 目录 lists {name} but the document does not print it"}
            for name in toc_tables(text) if not _printed(name, titles)]

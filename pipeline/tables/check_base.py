"""What the table checks share: a cell reference, the step of a printed figure's last digit,
and the check record in the ``checks`` shape ``{rule, amounts, expected, actual, ok, message}``
— ``amounts`` holding cell references ``{table, row, column}`` (and, for ``table_prose``, the
index of the prose amount first). A difference of one in the last printed digit is reported
with ok false and a message saying rounding; nothing is ever changed."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..money.records import dec
from .model import Cell, Row, Table
from .values import UNITS

TOTAL = re.compile(r"(?:合计|总计)$")


@dataclass(frozen=True, slots=True)
class Ref:
    """A cell of a table: ``tables[table].rows[row]``, column ``column``."""

    table: int
    row: int
    column: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "row": self.row, "column": self.column}


def step(text: str, unit: str | None) -> Decimal:
    """One in the last printed digit of a figure, in yuan (2,940.05 万元 → 100)."""
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return Decimal(1).scaleb(-decimals) * UNITS.get(unit or "元", Decimal(1))


def value(cell: Cell | None) -> Decimal:
    """A cell's value, a blank counting as zero."""
    return cell.value if cell is not None and cell.value is not None else Decimal(0)


def value_columns(table: Table, side: int) -> list[str]:
    """The value columns of one side of a table, in order."""
    row = next((r for r in table.rows if r.side == side), None)
    return [c.column for c in row.cells] if row else []


def verdict(expected: Decimal, actual: Decimal, unit_step: Decimal) -> tuple[bool, str]:
    """ok, and what a difference is: '' when equal, rounding for one in the last digit."""
    if expected == actual:
        return True, ""
    diff = abs(expected - actual)
    if diff <= unit_step:
        return False, f"differ by {dec(diff)} yuan, one in the last printed digit: rounding"
    return False, f"differ by {dec(diff)} yuan"


def make(rule: str, refs: Sequence[Ref | int], expected: Decimal, actual: Decimal, unit_step: Decimal,
         what: str) -> dict[str, Any]:
    ok, note = verdict(expected, actual, unit_step)
    message = what if ok else f"{what}: {note}"
    return {"rule": rule, "amounts": [r if isinstance(r, int) else r.to_dict() for r in refs],
            "expected": dec(expected), "actual": dec(actual), "ok": ok, "message": message}


def row_name(row: Row) -> str:
    return " ".join(p for p in (row.code, row.label) if p) or "(row)"


def is_total(row: Row) -> bool:
    return bool(TOTAL.search(row.label)) and not row.code

"""The table stage's data: frozen dataclasses, the record's ``tables`` entries.

- ``Grid``: a table as strings before it is understood: one header path per leaf column and
  the body rows' cell texts (what the PDF, DOCX and HTML readers all produce).
- ``Table`` / ``Row`` / ``Cell``: the understood table: each row's 科目编码 and label, each
  value column's cell with its exact value in yuan (``None`` for a blank or a dash).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class Grid:
    """A table's strings: ``header[i]`` is leaf column i's header path (top level first),
    ``body`` the rows' cell texts (one per leaf column, "" when blank)."""

    title: str
    unit: str | None
    page: int | None
    header: tuple[tuple[str, ...], ...]
    body: tuple[tuple[str, ...], ...]
    empty_note: str | None = None   # 本表无数据 / 本表为空表, when the table says so
    pages: tuple[int, ...] = ()

    def extend(self, rows: tuple[tuple[str, ...], ...], page: int) -> Grid:
        """This grid continued by the rows of a later page."""
        return replace(self, body=self.body + rows, pages=self.pages + (page,))


@dataclass(frozen=True, slots=True)
class Cell:
    column: str
    text: str
    value: Decimal | None

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column, "text": self.text,
                "value": None if self.value is None else format(self.value, "f")}


@dataclass(frozen=True, slots=True)
class Row:
    code: str | None
    label: str
    cells: tuple[Cell, ...]
    side: int = 0          # 0, or 1 for the right half of a two-sided table (收入 | 支出)
    marker: str = ""       # the enumerator printed before the label (一、 （一） 1.), for the checks

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "side": self.side,
                "cells": [c.to_dict() for c in self.cells]}

    def cell(self, column: str) -> Cell | None:
        return next((c for c in self.cells if c.column == column), None)


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    unit: str | None
    page: int | None
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    pages: tuple[int, ...] = ()
    two_sided: bool = False
    empty: bool = False
    start: int | None = None
    end: int | None = None
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "unit": self.unit, "page": self.page,
                "pages": list(self.pages), "columns": list(self.columns),
                "two_sided": self.two_sided, "empty": self.empty,
                "rows": [r.to_dict() for r in self.rows], "start": self.start, "end": self.end}

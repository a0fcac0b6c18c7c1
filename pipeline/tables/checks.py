"""All table checks of a document, in the record's ``checks`` shape (see ``check_base``):
inside each table (``check_sums``), across tables (``check_cross``), against the prose and
the 目录 (``check_prose``)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .check_cross import cross_checks
from .check_prose import missing_tables, prose_checks
from .check_sums import sum_checks
from .model import Table


def table_checks(text: str, tables: Sequence[Table], *, amounts: Sequence[dict] = ()) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for t, table in enumerate(tables):
        out.extend(sum_checks(t, table))
    out.extend(cross_checks(tables))
    out.extend(prose_checks(text, tables, amounts))
    out.extend(missing_tables(text, tables))
    return out

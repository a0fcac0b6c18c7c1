"""``govreport export``: a JSONL of records to a dataset a researcher opens directly.

- ``parquet``: flat tables (``documents``, ``amounts``, ``organizations``, ``sections``,
  ``percentages``, ``scores``, ``checks``, ``errors``, ``table_cells``; see
  ``pipeline.export.tables``).
- ``hf``: a HuggingFace ``datasets`` dataset with typed features (``pipeline.export.hf``).

The JSONL is read twice, line by line (types first, then rows), never loaded whole. A line that
is not a JSON object (a run cut mid-line) is skipped with a warning.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .schema import RECORD_TYPE, infer_records

FORMATS = ("parquet", "hf")


def read_records(path: Path, *, warn: bool = False) -> Iterator[dict[str, Any]]:
    """The records of a JSONL file, one at a time."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict):
                yield record
            elif warn:
                print(f"govreport: warning: {path}:{number}: not a JSON record, skipped", file=sys.stderr)


def split_refs(record: dict[str, Any]) -> dict[str, Any]:
    """A check's ``amounts`` hold amount indices and, for the table rules, cell references
    ``{table, row, column}``: exported apart (``amounts`` ints, ``cells`` structs), so that the
    columns' types do not depend on which documents a corpus holds."""
    checks = record.get("checks")
    if not isinstance(checks, list):
        return record

    def split(check: Any) -> Any:
        refs = check.get("amounts") if isinstance(check, dict) else None
        if not isinstance(refs, list) or not any(isinstance(a, dict) for a in refs):
            return check
        return {**check, "amounts": [a for a in refs if not isinstance(a, dict)],
                "cells": [a for a in refs if isinstance(a, dict)]}

    return {**record, "checks": [split(c) for c in checks]}


def _records(src: Path, *, warn: bool = False) -> Iterator[dict[str, Any]]:
    return (split_refs(r) for r in read_records(src, warn=warn))


def export(src: Path, dest: Path, *, format: str = "parquet") -> dict[str, int]:
    """Write ``src`` (JSONL) as ``format`` into the folder ``dest``; rows written per table."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; one of {', '.join(FORMATS)}")
    rtype = infer_records(_records(src), RECORD_TYPE)
    if format == "hf":
        from .hf import write_dataset

        return {"documents": write_dataset(lambda: _records(src, warn=True), dest, rtype)}
    from .tables import write_tables

    return write_tables(_records(src, warn=True), dest, rtype)

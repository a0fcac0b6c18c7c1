"""The archive pass over a run's output: the companies found in some records are added to the
others wherever their names stand alone (``pipeline.orgs.archive``).

It reads the JSONL file twice, line by line (an archive of millions of records is never held
whole): once for the names, once to write each record, changed or not, to a file beside it
that then replaces the output. A crash leaves the output as the run wrote it. Unchanged records
keep their line byte for byte, and a second pass changes nothing.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .orgs.archive import ArchiveNames, archive_names, archive_organizations
from .record import dumps, with_sections


def _parse(line: str) -> dict[str, Any] | None:
    """The record on a line, or None for a blank or broken one (kept as it is)."""
    try:
        record = json.loads(line) if line.strip() else None
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if (record := _parse(line)) is not None:
                yield record


def relink_record(record: dict[str, Any], names: ArchiveNames) -> dict[str, Any] | None:
    """The record with the archive's companies it names alone, or None when it names none."""
    orgs = record.get("organizations") or []
    found = archive_organizations(record.get("text") or "", orgs, names)
    if not found:
        return None
    added = with_sections(record.get("sections") or [], found)
    return {**record, "organizations": sorted(orgs + added, key=lambda o: (o["start"], o["end"]))}


def relink_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The archive pass over records held in memory (``govreport evaluate``)."""
    names = archive_names(records)
    return [relink_record(r, names) or r for r in records]


def relink_file(path: Path) -> int:
    """Add the archive's companies to the records of the JSONL file at ``path``, in place;
    the number of records changed."""
    names = archive_names(_records(path))
    if not names:
        return 0
    changed = 0
    tmp = path.with_name(path.name + ".relink")
    try:
        with path.open(encoding="utf-8") as src, tmp.open("w", encoding="utf-8") as dst:
            for line in src:
                record = _parse(line)
                new = relink_record(record, names) if record is not None else None
                if new is not None:
                    line = dumps(new) + "\n"
                    changed += 1
                dst.write(line)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)  # (gone after the replace; a half-written one after a failure)
    return changed

"""The record: one JSON object per document, the contract of govreport's output.

Keys come in a fixed order (``RECORD_KEYS``); ``pipeline/record.schema.json`` is the JSON
Schema of a finished record. Values are plain JSON: decimals are strings, never floats.
Every span (section heading, organization, amount, percentage, score) satisfies
``record["text"][span["start"]:span["end"]] == span["text"]``.
"""
from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

SCHEMA_VERSION = 1

RECORD_KEYS = ("id", "source", "format", "title", "meta", "text", "sections", "organizations",
               "amounts", "percentages", "scores", "tables", "checks", "errors")
META_KEYS = ("year", "date", "province", "city", "district", "division_code", "organization", "report_type",
             "manifest")
SPAN_GROUPS = ("sections", "organizations", "amounts", "percentages", "scores")


def failed_record(source: str, exc: BaseException) -> dict[str, Any]:
    """The record of a document whose processing failed outright (E901): its id is made from its
    source, since its bytes may never have been read."""
    from .errors import DocError, Errors

    error = DocError.make("run", Errors.E901, detail=f"{type(exc).__name__}: {exc}")
    return new_record(id=document_id(source.encode()), source=source, errors=[error.to_dict()])


def document_id(data: bytes) -> str:
    """A stable id from the document's bytes: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]


def empty_meta() -> dict[str, Any]:
    return {key: ([] if key == "manifest" else None) for key in META_KEYS}


def new_record(*, id: str, source: str, format: str | None = None, text: str = "",
               errors: Iterable[Mapping[str, str]] = ()) -> dict[str, Any]:
    """A record with every key present, in order, and nothing extracted yet."""
    return {
        "id": id, "source": source, "format": format, "title": None, "meta": empty_meta(),
        "text": text, "sections": [], "organizations": [], "amounts": [], "percentages": [],
        "scores": [], "tables": [], "checks": [], "errors": [dict(e) for e in errors],
    }


def ordered(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record's keys in the contract's order; keys of intermediate stages (``pages``,
    ``tokens``) follow the contract's keys."""
    out = {key: record[key] for key in RECORD_KEYS if key in record}
    out.update((k, v) for k, v in record.items() if k not in out)
    if isinstance(out.get("meta"), Mapping):
        meta = dict(out["meta"])
        out["meta"] = {**{k: meta.get(k, [] if k == "manifest" else None) for k in META_KEYS},
                       **{k: v for k, v in meta.items() if k not in META_KEYS}}
    return out


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"[E002] {type(value).__name__} is not JSON serializable in a record")


def dumps(record: Mapping[str, Any]) -> str:
    """One JSONL line (no newline): UTF-8 text unescaped, keys in the contract's order."""
    return json.dumps(ordered(record), ensure_ascii=False, separators=(",", ":"), default=_default)


def section_index(starts: Sequence[int], sections: Sequence[Mapping[str, Any]], position: int) -> int | None:
    """Index of the innermost section whose content holds ``position`` (None before the first)."""
    i = bisect_right(starts, position) - 1
    while i >= 0:
        if position < sections[i]["content_end"]:
            return sections[i]["index"]
        i = sections[i]["parent"] if sections[i]["parent"] is not None else -1
    return None


def with_sections(sections: Sequence[Mapping[str, Any]], items: list[dict]) -> list[dict]:
    """The span dicts ``items``, each given the ``section`` index that holds its start."""
    starts = [s["start"] for s in sections]
    for item in items:
        item["section"] = section_index(starts, sections, item["start"]) if sections else None
    return items


def span_errors(record: Mapping[str, Any]) -> list[str]:
    """Every span whose offsets do not give back its text (empty when the invariant holds)."""
    text = record.get("text") or ""
    bad = []
    for group in SPAN_GROUPS:
        for i, span in enumerate(record.get(group) or []):
            start, end = span.get("start"), span.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
                    and text[start:end] == span.get("text")):
                bad.append(f"{group}[{i}]: {span.get('text')!r} at {start}:{end}")
    return bad

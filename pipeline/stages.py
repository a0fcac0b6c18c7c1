"""One stage at a time over JSONL records, for ``govreport stage NAME -i IN -o OUT``.

A stage reads records written by the stage before it and adds its own keys:

- ``read``: input lines are file paths (or ``{"path": ...}`` objects); output records hold the
  raw ``text`` and, for PDFs, ``pages``.
- ``normalize``: replaces ``text`` with the normalized text and drops ``pages``; every later
  offset indexes this text.
- ``segment``: adds ``tokens``, the word spans ``[start, end]``, reused by later stages.
- ``sections``, ``organizations``, ``amounts``, ``tables``, ``metadata``, ``timing``: the spaCy
  components, run on a Doc built from the record (from its ``tokens`` when present); ``tables``
  reads the PDF (DOCX, HTML) the record's ``source`` names.
- ``write``: drops intermediate keys and puts the keys in the contract's order.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .convert import doc_to_record, record_to_doc
from .errors import DocError, Errors
from .normalize import normalize
from .read import read_document
from .record import RECORD_KEYS, document_id, new_record, ordered

STAGES = ("read", "normalize", "segment", "sections", "organizations", "amounts", "tables", "metadata",
          "timing", "write")
PIPES = {"sections", "organizations", "amounts", "tables", "metadata", "timing"}


def stage_read(item: Mapping[str, Any] | str) -> dict[str, Any]:
    path = item if isinstance(item, str) else item.get("path") or item.get("source")
    data, result = read_document(path)
    record = new_record(id=document_id(data), source=str(path), format=result.format, text=result.text,
                        errors=[e.to_dict() for e in result.errors])
    if result.pages:
        record["pages"] = list(result.pages)
    if result.page:
        record["page"] = dict(result.page)
    return record


def stage_normalize(record: dict[str, Any]) -> dict[str, Any]:
    record = dict(record)
    try:
        record["text"] = normalize(record.get("text") or "", pages=record.pop("pages", None))
    except Exception as exc:
        record["errors"] = record.get("errors", []) + [
            DocError.make("normalize", Errors.E301, stage="normalize", detail=exc).to_dict()]
    return record


def stage_segment(record: dict[str, Any]) -> dict[str, Any]:
    from .segment import default_segmenter

    return {**record, "tokens": [list(span) for span in default_segmenter().spans(record.get("text") or "")]}


def stage_write(record: dict[str, Any]) -> dict[str, Any]:
    return ordered({k: v for k, v in record.items() if k in RECORD_KEYS})


def pipe_stage(name: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    from . import load

    nlp = load()
    component = nlp.get_pipe(name)

    def run(record: dict[str, Any]) -> dict[str, Any]:
        doc = component(record_to_doc(nlp, record))
        out = doc_to_record(doc)
        for key in ("tokens", "page"):  # intermediate keys, dropped by write
            if key in record:
                out[key] = record[key]
        return out

    return run


def stage_function(name: str) -> Callable[[Any], dict[str, Any]]:
    if name not in STAGES:
        raise ValueError(f"[E003] Unknown stage {name!r}; stages are {', '.join(STAGES)}")
    if name in PIPES:
        return pipe_stage(name)
    return {"read": stage_read, "normalize": stage_normalize, "segment": stage_segment,
            "write": stage_write}[name]

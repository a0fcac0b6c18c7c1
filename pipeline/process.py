"""One document, start to finish: read, normalize, the spaCy pipeline, the record.

``process_path`` never raises: whatever fails becomes a coded error in the record.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language

from .convert import doc_to_record
from .errors import DocError, Errors
from .normalize import normalize
from .read import ReadResult, read_bytes, read_document
from .record import META_KEYS, document_id, failed_record, ordered
from .tables.source import RAW_KEY


def process_text(nlp: Language, text: str, *, id: str, source: str, format: str | None = None,
                 pages: tuple[str, ...] = (), errors: list[dict] | None = None,
                 page: Mapping[str, str] | None = None, raw: bytes | None = None) -> dict[str, Any]:
    """Normalize ``text`` and run the pipeline over it; ``page`` is what a web page said of itself,
    ``raw``, the file's bytes, lets the table stage read a PDF's (DOCX's, HTML's) tables."""
    errors = list(errors or [])
    try:
        text = normalize(text, pages=pages or None)
    except Exception as exc:
        errors.append(DocError.make("normalize", Errors.E301, stage="normalize", detail=exc).to_dict())
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.source, doc._.format, doc._.errors = id, source, format, errors
    doc._.page = dict(page or {})
    doc.user_data[RAW_KEY] = raw  # None too: the reader ran, the table stage reads no file
    return doc_to_record(nlp(doc))


def _from_read(nlp: Language, data: bytes, result: ReadResult, source: str) -> dict[str, Any]:
    return process_text(nlp, result.text, id=document_id(data), source=source, format=result.format,
                        pages=result.pages, errors=[e.to_dict() for e in result.errors], page=result.page,
                        raw=result.raw)


def process_path(nlp: Language, path: Path | str, *, source: str | None = None,
                 manifest: Mapping[str, Any] | None = None) -> dict[str, Any]:
    source = source if source is not None else str(path)
    try:
        data, result = read_document(path)
        record = _from_read(nlp, data, result, source)
    except Exception as exc:  # last line of defence: the batch goes on
        record = failed_record(source, exc)
    if manifest:
        record = apply_manifest(record, manifest)
    return record


def process_member(nlp: Language, archive: Path | str, index: int, *, source: str) -> dict[str, Any]:
    """Member ``index`` of a ZIP archive, as ``process_path`` makes a file's record; never raises."""
    from .read import read_member

    try:
        data, result = read_member(archive, index)
        return _from_read(nlp, data, result, source)
    except Exception as exc:
        return failed_record(source, exc)


def process_url(nlp: Language, url: str, *, source: str | None = None,
                manifest: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A document at an fsspec URL, read where this runs; never raises."""
    from .read.url import read_url

    source = source if source is not None else url
    try:
        data, result = read_url(url)
        record = _from_read(nlp, data, result, source)
    except Exception as exc:
        record = failed_record(source, exc)
    if manifest:
        record = apply_manifest(record, manifest)
    return record


def process_bytes(nlp: Language, data: bytes, *, source: str) -> dict[str, Any]:
    """A document held in memory (an archive member); ``source`` names it, suffix included."""
    try:
        return _from_read(nlp, data, read_bytes(data, suffix=Path(source).suffix, name=source), source)
    except Exception as exc:
        return {**failed_record(source, exc), "id": document_id(data)}


def apply_manifest(record: dict[str, Any], row: Mapping[str, Any]) -> dict[str, Any]:
    """Fields a manifest row gives for this document win over the extracted ones (a region given
    in part is completed from the division table); ``meta.manifest`` lists the fields given."""
    from .meta import DocumentMeta
    from .meta import apply_manifest as apply

    fields = ("title", *(k for k in META_KEYS if k != "manifest"))
    current = DocumentMeta(title=record.get("title"),
                           **{k: record["meta"].get(k) for k in fields if k != "title"})
    updated = apply(current, {k: str(v) for k, v in row.items() if v is not None})
    record["title"] = updated.title
    record["meta"] = {**updated.to_dict(),
                      "manifest": [k for k in fields if str(row.get(k) or "").strip()]}
    return ordered(record)

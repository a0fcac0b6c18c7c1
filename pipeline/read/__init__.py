"""Stage 1, read: a file's bytes to text, one module per format.

``read_document(path)`` never raises for a bad document: what went wrong is in
``ReadResult.errors`` and ``text`` holds whatever could be read (possibly "").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DocError, Errors

#: Files larger than this are read only up to the limit (a clear error says so).
MAX_BYTES = 64 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown", ".csv"}
SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx", ".html", ".htm", ".xhtml"}


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What a reader got out of one file."""

    text: str
    format: str
    pages: tuple[str, ...] = ()
    encoding: str | None = None
    errors: tuple[DocError, ...] = field(default=())


def read_bytes(data: bytes, *, suffix: str, name: str = "") -> ReadResult:
    """Read a document held in memory; ``suffix`` (".pdf", ".txt", …) picks the reader."""
    suffix = suffix.lower()
    if not data:
        return ReadResult(text="", format=suffix.lstrip(".") or "unknown",
                          errors=(DocError.make("read", Errors.E101),))
    if suffix == ".pdf":
        from .pdf import read_pdf
        return read_pdf(data)
    if suffix == ".docx":
        from .docx import read_docx
        return read_docx(data)
    if suffix in {".html", ".htm", ".xhtml"}:
        from .html import read_html
        return read_html(data)
    if suffix in TEXT_SUFFIXES or not suffix:
        from .text import read_text
        return read_text(data)
    return ReadResult(text="", format=suffix.lstrip("."),
                      errors=(DocError.make("read", Errors.E108, suffix=suffix),))


def read_document(path: Path | str, *, max_bytes: int = MAX_BYTES) -> tuple[bytes, ReadResult]:
    """Read one file; returns its bytes (for the record id) and what was read from them."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return b"", ReadResult(text="", format=path.suffix.lstrip(".").lower() or "unknown",
                               errors=(DocError.make("read", Errors.E109, detail=exc.strerror or exc),))
    truncated = len(data) > max_bytes
    if truncated:
        data = data[:max_bytes]
    result = read_bytes(data, suffix=path.suffix, name=path.name)
    if truncated:
        size = path.stat().st_size
        note = DocError.make("read", Errors.E110, size=size, limit=max_bytes)
        result = ReadResult(text=result.text, format=result.format, pages=result.pages,
                            encoding=result.encoding, errors=result.errors + (note,))
    return data, result

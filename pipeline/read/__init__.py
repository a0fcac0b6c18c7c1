"""Stage 1, read: a file's bytes to text, one module per format.

``read_document(path)`` never raises for a bad document: what went wrong is in
``ReadResult.errors`` and ``text`` holds whatever could be read (possibly "").

Limits: a file is read up to ``MAX_BYTES`` (E110) and its text kept up to ``MAX_CHARS``
characters (E116; spaCy's default ``max_length``, some 50 times the longest report of the
corpus), so that a 100 MB text file costs a second, not the machine's memory. A ``.zip``
is a folder of documents (``pipeline.read.archive``), not a document: the runner lists it.
"""
from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path, PurePosixPath

from ..errors import DocError, Errors
from .result import (
    ARCHIVE_SUFFIXES,
    DOCUMENT_SUFFIXES,
    HTML_SUFFIXES,
    MAX_BYTES,
    MAX_CHARS,
    SUFFIXES,
    TABLE_FORMATS,
    TEXT_SUFFIXES,
    ReadResult,
    format_of,
)


def read_bytes(data: bytes, *, suffix: str, name: str = "", max_chars: int = MAX_CHARS,
               cut: bool = False) -> ReadResult:
    """Read a document held in memory; ``suffix`` (".pdf", ".txt", …) picks the reader; ``cut``
    says ``data`` is the start of a longer file (a character cut at its end is no error)."""
    suffix = suffix.lower()
    if not data:
        return ReadResult(text="", format=format_of(suffix),
                          errors=(DocError.make("read", Errors.E101),))
    if suffix == ".pdf":
        from .pdf import read_pdf
        result = read_pdf(data, max_chars=max_chars)
    elif suffix == ".docx":
        from .docx import read_docx
        result = read_docx(data)
    elif suffix in HTML_SUFFIXES:
        from .html import read_html
        result = read_html(data)
    elif suffix in TEXT_SUFFIXES or not suffix:
        from .text import read_text
        result = read_text(data, cut=cut)
    elif suffix in ARCHIVE_SUFFIXES:
        from .archive import archive_error
        return ReadResult(text="", format="zip", errors=(archive_error(data),))
    else:
        return ReadResult(text="", format=format_of(suffix),
                          errors=(DocError.make("read", Errors.E108, suffix=suffix),))
    if result.format in TABLE_FORMATS and result.text:
        result = replace(result, raw=data)
    return cap_chars(result, max_chars)


def cap_chars(result: ReadResult, limit: int) -> ReadResult:
    """``result`` with its text cut to ``limit`` characters (pages too), and E116 said."""
    if len(result.text) <= limit:
        return result
    note = DocError.make("read", Errors.E116, size=len(result.text), limit=limit)
    if not result.pages:
        return replace(result, text=result.text[:limit], errors=result.errors + (note,))
    pages: list[str] = []
    room = limit
    for page in result.pages:
        if room <= 0:
            break
        pages.append(page[:room])
        room -= len(page) + 1  # the page break
    return replace(result, text="\f".join(pages), pages=tuple(pages), errors=result.errors + (note,))


def file_bytes(path: Path | str, *, max_bytes: int = MAX_BYTES) -> tuple[bytes, int, DocError | None]:
    """The first ``max_bytes`` bytes of a regular file, its size, and the error that kept it
    from being read (a FIFO or a device is refused, not opened: opening one can block)."""
    path = Path(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            os.listdir(path)  # an unreadable folder says why
            return b"", info.st_size, DocError.make("read", Errors.E109, detail="it is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            return b"", 0, DocError.make("read", Errors.E109, detail="not a regular file (a pipe, socket or device)")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return b"", 0, DocError.make("read", Errors.E109, detail=exc.strerror or exc)
    return data, max(info.st_size, len(data)), None


def read_document(path: Path | str, *, max_bytes: int = MAX_BYTES) -> tuple[bytes, ReadResult]:
    """Read one file; returns its bytes (for the record id) and what was read from them."""
    path = Path(path)
    data, size, error = file_bytes(path, max_bytes=max_bytes)
    if error is not None:
        return b"", ReadResult(text="", format=format_of(path.suffix), errors=(error,))
    return read_head(data, size=size, suffix=path.suffix, name=path.name, max_bytes=max_bytes)


def read_head(data: bytes, *, size: int | str, suffix: str, name: str,
              max_bytes: int = MAX_BYTES) -> tuple[bytes, ReadResult]:
    """Read up to ``max_bytes`` of ``data`` (the first ``max_bytes + 1`` bytes of a source of
    ``size`` bytes): past the limit the start is read and E110 says so."""
    truncated = len(data) > max_bytes
    if truncated:
        data = data[:max_bytes]
    result = read_bytes(data, suffix=suffix, name=name, cut=truncated)
    if truncated:
        note = DocError.make("read", Errors.E110, size=size, limit=max_bytes)
        result = replace(result, errors=(note,) + result.errors)  # cut first, then read
    return data, result


def read_member(path: Path | str, index: int, *, max_bytes: int = MAX_BYTES) -> tuple[bytes, ReadResult]:
    """Read member ``index`` of the archive at ``path`` as a document: its bytes (for the
    record id) and what was read from them. Never raises."""
    from .archive import take_member
    name, data, error, cut = take_member(path, index, max_bytes)
    suffix = PurePosixPath(name.replace("\\", "/")).suffix
    if error is not None:
        return b"", ReadResult(text="", format=format_of(suffix), errors=(error,))
    result = read_bytes(data, suffix=suffix, name=name, cut=cut)
    if cut:
        note = DocError.make("read", Errors.E110, size=f"more than {max_bytes}", limit=max_bytes)
        result = replace(result, errors=(note,) + result.errors)  # cut first, then read
    return data, result


__all__ = ["ARCHIVE_SUFFIXES", "DOCUMENT_SUFFIXES", "HTML_SUFFIXES", "MAX_BYTES", "MAX_CHARS", "SUFFIXES",
           "TABLE_FORMATS", "TEXT_SUFFIXES", "ReadResult", "cap_chars", "file_bytes", "format_of",
           "read_bytes", "read_document", "read_head", "read_member"]

"""What a reader returns and the limits every reader keeps: the leaf of ``pipeline.read`` that the
format readers (pdf, docx, html, text, archive) import, so that none of them imports the package
that dispatches to them."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import DocError

#: Files larger than this are read only up to the limit (a clear error says so).
MAX_BYTES = 64 * 1024 * 1024
#: Texts longer than this are cut (a clear error says so).
MAX_CHARS = 1_000_000

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown", ".csv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ARCHIVE_SUFFIXES = {".zip"}
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
SUFFIXES = DOCUMENT_SUFFIXES | ARCHIVE_SUFFIXES
#: Formats whose bytes the read result keeps for the table stage.
TABLE_FORMATS = {"pdf", "docx", "html"}


def format_of(suffix: str) -> str:
    """The record's ``format`` for a file suffix: text (no suffix too), html, pdf, docx, zip, or
    the suffix itself (an unsupported type)."""
    suffix = suffix.lower()
    if suffix in TEXT_SUFFIXES or not suffix:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    return suffix.lstrip(".")


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What a reader got out of one file."""

    text: str
    format: str
    pages: tuple[str, ...] = ()
    encoding: str | None = None
    errors: tuple[DocError, ...] = field(default=())
    #: what a web page says of itself (``pipeline.read.page``): title, date, site_code, site_name
    page: dict[str, str] = field(default_factory=dict)
    #: The file's bytes, kept (a reference, not a copy) for the formats whose tables the table
    #: stage reads itself: PDF, DOCX, HTML. None for text, and not written to any record.
    raw: bytes | None = field(default=None, repr=False, compare=False)

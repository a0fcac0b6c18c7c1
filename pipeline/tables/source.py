"""Where a document's tables come from: the bytes the reader kept (``ReadResult.raw``, passed on
``doc.user_data[RAW_KEY]``), or, in a staged run where only the record travels, the file named
by its ``source``. One entry point per format: PDF (positions), DOCX and HTML (markup).
"""
from __future__ import annotations

from pathlib import Path

from .interpret import interpret
from .model import Table

#: The key of the file's bytes on ``Doc.user_data`` (dropped once the tables are read).
RAW_KEY = "govreport.raw"


def document_tables(raw: bytes, format: str | None) -> list[Table]:
    """The statistical tables of a document's bytes in ``format`` (pdf, docx, html)."""
    if format == "pdf":
        from .pdf import pdf_tables

        return pdf_tables(raw)
    if format == "docx":
        from .markup import docx_grids

        return [interpret(g) for g in docx_grids(raw)]
    if format == "html":
        from .markup import html_grids

        return [interpret(g) for g in html_grids(raw)]
    return []


def raw_of_source(source: str | None, format: str | None) -> bytes | None:
    """The bytes of a local file a record names, when its format has tables (a staged run)."""
    if not source or format not in ("pdf", "docx", "html") or "!" in source or "://" in source:
        return None
    path = Path(source)
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None

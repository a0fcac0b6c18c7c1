"""PDF text layers through pypdfium2 (PDFium: fast, Apache/BSD licensed): text per page.

Pages with no text layer are reported (E105) so that the OCR extra can take them.
"""
from __future__ import annotations

from ..errors import DocError, Errors
from . import ReadResult

#: A page with fewer visible characters than this is taken as having no text layer.
MIN_PAGE_CHARS = 8


def read_pdf(data: bytes) -> ReadResult:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc)
        if "password" in text.lower():
            error = DocError.make("read", Errors.E104)
        else:
            error = DocError.make("read", Errors.E103, detail=text)
        return ReadResult(text="", format="pdf", errors=(error,))
    pages: list[str] = []
    empty: list[int] = []
    errors: list[DocError] = []
    try:
        for number in range(len(pdf)):
            try:
                page = pdf[number]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                page.close()
            except pdfium.PdfiumError as exc:
                errors.append(DocError.make("read", Errors.E103, detail=f"page {number + 1}: {exc}"))
                text = ""
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            if sum(not ch.isspace() for ch in text) < MIN_PAGE_CHARS:
                empty.append(number + 1)
            pages.append(text)
    finally:
        pdf.close()
    if empty and len(empty) == len(pages):
        errors.append(DocError.make("read", Errors.E105, pages=len(empty), total=len(pages)))
    return ReadResult(text="\f".join(pages), format="pdf", pages=tuple(pages), errors=tuple(errors))

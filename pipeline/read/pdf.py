"""PDF text layers through pypdfium2 (PDFium: fast, Apache/BSD licensed): text per page.

Why pypdfium2 (docs/pdf.md, ``scripts/compare_pdf.py``): on the budget PDFs of the corpus it
extracts some 30 times faster than pdfminer.six, pdfplumber or pypdf, with every known phrase
of the gold files whole after normalization and no broken CJK.

A page without a text layer that holds an image is a scanned page: it goes through OCR
(``pipeline.read.ocr``, the optional ``ocr`` extra) when that is installed, and is reported
(E105) otherwise, the other pages being used. A page with neither text nor image (a blank page,
an empty table) is just empty. Text beyond ``max_chars`` is not extracted (nor OCR'd).
"""
from __future__ import annotations

from ..errors import DocError, Errors
from .result import MAX_CHARS, ReadResult

#: A page with fewer visible characters than this is taken as having no text layer.
MIN_PAGE_CHARS = 8


def _visible(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


def _image_scale(page) -> float | None:
    """Pixels per point of the sharpest image on the page (a scan's own resolution), or None
    when the page holds no image."""
    import pypdfium2.raw as pdfium_c

    best = None
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        left, bottom, right, top = image.get_bounds()
        width, height = image.get_px_size()
        scale = max(width / max(right - left, 1.0), height / max(top - bottom, 1.0))
        best = scale if best is None else max(best, scale)
    return best


def read_pdf(data: bytes, *, max_chars: int = MAX_CHARS) -> ReadResult:
    import pypdfium2 as pdfium

    from . import ocr

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
    scanned: list[int] = []
    errors: list[DocError] = []
    use_ocr = ocr.available()
    total = 0
    try:
        n_pages = len(pdf)
        for number in range(n_pages):
            if total > max_chars:
                break
            page = None
            try:
                page = pdf[number]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                scale = _image_scale(page) if _visible(text) < MIN_PAGE_CHARS else None
                if scale is not None:
                    if use_ocr:
                        try:
                            text = ocr.ocr_page(page, scale=scale)
                        except Exception as exc:  # onnxruntime, a bitmap too large: the page, not the batch
                            errors.append(DocError.make("read", Errors.E115, page=number + 1,
                                                        detail=f"{type(exc).__name__}: {exc}"))
                    else:
                        scanned.append(number + 1)
            except pdfium.PdfiumError as exc:
                errors.append(DocError.make("read", Errors.E103, detail=f"page {number + 1}: {exc}"))
                text = ""
            finally:
                if page is not None:
                    page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            total += len(text) + 1
            pages.append(text)
    finally:
        pdf.close()
    if scanned:
        errors.insert(0, DocError.make("read", Errors.E105, pages=len(scanned), total=n_pages))
    return ReadResult(text="\f".join(pages), format="pdf", pages=tuple(pages), errors=tuple(errors))

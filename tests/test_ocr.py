"""Scanned PDF pages: OCR'd when the ``ocr`` extra is installed, E105 (and the other pages kept)
when it is not; pages that are blank are no error either way."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from pipeline.read import ocr, read_bytes

ROOT = Path(__file__).resolve().parent.parent
#: Made by scripts/make_scanned.py: the seed's budget passage, drawn, rendered at 150 dpi and
#: stored as an image-only PDF.
SCANNED = ROOT / "tests" / "data" / "scanned_seed.pdf"

def _merge(*pdfs: bytes) -> bytes:
    """One PDF holding the pages of ``pdfs`` in order."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for data in pdfs:
        out.import_pages(pdfium.PdfDocument(data))
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _text_pdf(text: str | None) -> bytes:
    """A one-page PDF with ``text`` in Helvetica, or a blank page (None)."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    if text is not None:
        c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_the_fixture_has_no_text_layer(monkeypatch) -> None:
    monkeypatch.setenv("GOVREPORT_OCR", "0")
    result = read_bytes(SCANNED.read_bytes(), suffix=".pdf")
    assert result.text == ""
    assert [e.code for e in result.errors] == ["E105"]
    assert "1 of 1 pages" in result.errors[0].message


@pytest.fixture(scope="module")
def ocred():
    """The fixture read with OCR (once: a page takes seconds)."""
    if not ocr.available():
        pytest.skip("OCR is not available: the ocr extra is not installed (pip install -e '.[ocr]') or GOVREPORT_OCR=0")
    return read_bytes(SCANNED.read_bytes(), suffix=".pdf")


def test_the_scanned_page_comes_out_as_text(ocred) -> None:
    result = ocred
    assert result.errors == ()
    assert "（三）部门整体收支情况" in result.text
    assert result.text.count("221.90万元") == 3
    assert "基本支出210.60万元，项目支出11.30万元" in result.text.replace("\n", "")


def test_the_scanned_page_has_its_amounts_found(nlp, ocred) -> None:
    from pipeline.process import process_text

    record = process_text(nlp, ocred.text, id="x", source="scanned_seed.pdf", format="pdf", pages=ocred.pages)
    values = [a["value"] for a in record["amounts"]]
    assert record["errors"] == []
    assert values.count("2219000") >= 3
    assert {"2106000", "113000"} <= set(values)


def test_without_ocr_the_other_pages_are_kept(monkeypatch) -> None:
    monkeypatch.setenv("GOVREPORT_OCR", "0")
    data = _merge(_text_pdf("Page one has a text layer"), SCANNED.read_bytes(), _text_pdf("Page three too"))
    result = read_bytes(data, suffix=".pdf")
    assert [e.code for e in result.errors] == ["E105"]
    assert "1 of 3 pages" in result.errors[0].message
    assert result.pages[0].strip() == "Page one has a text layer"
    assert result.pages[1] == ""
    assert result.pages[2].strip() == "Page three too"


def test_with_ocr_only_the_scanned_page_is_ocred(monkeypatch) -> None:
    calls = []

    def fake(page, *, scale: float = 2.0) -> str:
        calls.append(round(scale, 2))
        return "OCR TEXT"

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "ocr_page", fake)
    data = _merge(_text_pdf("Page one has a text layer"), SCANNED.read_bytes(), _text_pdf(None))
    result = read_bytes(data, suffix=".pdf")
    assert result.errors == ()
    assert result.pages == ("Page one has a text layer", "OCR TEXT", "")
    assert calls == [2.08]  # rendered at the scan's own 150 dpi


def test_a_blank_page_is_no_error(monkeypatch) -> None:
    monkeypatch.setenv("GOVREPORT_OCR", "0")
    result = read_bytes(_merge(_text_pdf("Some text here"), _text_pdf(None)), suffix=".pdf")
    assert result.errors == ()
    assert result.pages[1] == ""


def test_an_ocr_failure_is_the_page_error(monkeypatch) -> None:
    def broken(page, *, scale: float = 2.0) -> str:
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "ocr_page", broken)
    result = read_bytes(_merge(_text_pdf("Some text here"), SCANNED.read_bytes()), suffix=".pdf")
    assert [e.code for e in result.errors] == ["E115"]
    assert "page 2" in result.errors[0].message and "model file damaged" in result.errors[0].message
    assert result.pages[0].strip() == "Some text here"


BOXES = [
    ("two boxes of a table row, given right first",
     [([[300, 10], [400, 10], [400, 30], [300, 30]], "221.90"),
      ([[10, 12], [100, 12], [100, 32], [10, 32]], "收入合计")],
     ["收入合计 221.90"]),
    ("a line broken into two touching boxes",
     [([[10, 10], [100, 10], [100, 30], [10, 30]], "财政拨款"),
      ([[101, 11], [160, 11], [160, 31], [101, 31]], "收入")],
     ["财政拨款收入"]),
    ("two lines, the lower given first",
     [([[10, 50], [100, 50], [100, 70], [10, 70]], "第二行"),
      ([[10, 10], [100, 10], [100, 30], [10, 30]], "第一行")],
     ["第一行", "第二行"]),
    ("nothing", [], []),
]


@pytest.mark.parametrize("boxes,lines", [(b, l) for _, b, l in BOXES], ids=[n for n, _, _ in BOXES])
def test_lines_from_boxes(boxes, lines) -> None:
    assert ocr.lines_from_boxes(boxes) == lines


def test_ocr_can_be_turned_off(monkeypatch) -> None:
    monkeypatch.setenv("GOVREPORT_OCR", "off")
    assert not ocr.available()

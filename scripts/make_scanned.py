"""Make a scanned PDF: text drawn as a page, rendered to an image, saved as an image-only PDF.

    PYTHONPATH=. .venv/bin/python scripts/make_scanned.py [TEXT_FILE] [-o OUT.pdf] [--dpi 150]

The default text is a passage of the seed report (corpus/000_23e57e887d149bff.txt) that holds
its budget figures (收入预算金额为221.90万元…). The PDF has no text layer, so the reader sees
the page only through OCR (the ``ocr`` extra). Needs reportlab (a test dependency), Pillow, and
a CJK font on the machine for PDFium to draw the non-embedded STSong-Light with (Debian:
``apt-get install fonts-arphic-uming``; without one the Chinese characters come out blank).
``tests/data/scanned_seed.pdf`` is this script's output with the defaults (AR PL UMing).
"""
from __future__ import annotations

import argparse
import io
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_23e57e887d149bff.txt"
#: The passage of the seed that is drawn: from this line on, ``PASSAGE_LINES`` lines.
PASSAGE_START = "（三）部门整体收支情况"
PASSAGE_LINES = 4
CHARS_PER_LINE = 34


def seed_passage(path: Path = SEED) -> list[str]:
    """The seed's budget passage as lines short enough for an A4 page (markdown marks dropped)."""
    lines = [line.strip("#* \t") for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    start = next(i for i, line in enumerate(lines) if PASSAGE_START in line)
    out: list[str] = []
    for line in lines[start:start + PASSAGE_LINES]:
        out.extend(textwrap.wrap(line, CHARS_PER_LINE) or [""])
    return out


def text_pdf(lines: list[str], *, font_size: int = 14) -> bytes:
    """A one-page PDF with ``lines`` drawn in the STSong-Light CID font (a text layer)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setFont("STSong-Light", font_size)
    y = A4[1] - 72
    for line in lines:
        c.drawString(60, y, line)
        y -= font_size * 1.8
    c.showPage()
    c.save()
    return buffer.getvalue()


def image_only_pdf(pdf: bytes, *, dpi: int = 150) -> bytes:
    """Every page of ``pdf`` rendered at ``dpi`` and stored as a greyscale image: no text layer."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        images = [document[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                  for i in range(len(document))]
    finally:
        document.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


def scanned_pdf(lines: list[str] | None = None, *, dpi: int = 150) -> bytes:
    """The image-only PDF of ``lines`` (default: the seed's budget passage)."""
    return image_only_pdf(text_pdf(lines if lines is not None else seed_passage()), dpi=dpi)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text", nargs="?", help="a UTF-8 text file to draw (default: the seed's budget passage)")
    ap.add_argument("-o", "--output", default="scanned.pdf")
    ap.add_argument("--dpi", type=int, default=150)
    args = ap.parse_args(argv)
    lines = None
    if args.text:
        lines = [w for line in Path(args.text).read_text(encoding="utf-8").splitlines()
                 for w in (textwrap.wrap(line, CHARS_PER_LINE) or [""])]
    Path(args.output).write_bytes(scanned_pdf(lines, dpi=args.dpi))
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Make a folder of hostile input files: everything an archive of downloaded reports can hold.

    PYTHONPATH=. .venv/bin/python scripts/make_hostile.py OUT_DIR [--big-mb 100]

Every file is made here from scratch (seeded, so the same bytes each time); nothing is copied.
``CASES`` says what each file is and what ``govreport run`` must make of it: the error codes
of its record (one record per file; an archive gives one per document inside it). Cases that
depend on the machine (OCR installed or not, running as root) are resolved by ``expected()``.
Needs reportlab (a test dependency) for the PDFs.
"""
from __future__ import annotations

import argparse
import codecs
import io
import os
import random
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TEXT = ("上海市普陀区财政局2024年度部门决算\n一、收入支出决算总体情况说明\n"
        "2024年度收入总计2946.25万元，支出总计2946.25万元。与上年相比，收入增加113.00万元。\n")
#: A traditional-Chinese report for the Big5 file.
TEXT_BIG5 = "臺北市政府一百一十三年度總預算案\n一、歲入預算\n歲入預算總額為新臺幣壹佰億元。\n"


@dataclass(frozen=True, slots=True)
class Case:
    """One hostile input: the file's name, what it is, and the error codes its record carries."""

    name: str
    what: str
    codes: tuple[str, ...]
    #: The record must keep some text (a usable partial text).
    text: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "what": self.what, "codes": list(self.codes), "text": self.text}


CASES = (
    Case("empty.txt", "an empty file", ("E101",)),
    Case("empty.pdf", "an empty file named .pdf", ("E101",)),
    Case("random.pdf", "random bytes named .pdf", ("E103",)),
    Case("truncated.pdf", "a text PDF cut in the middle (a failed download)", ("E103",)),
    Case("encrypted.pdf", "a PDF encrypted with a user password", ("E104",)),
    Case("scanned.pdf", "a scanned page: an image, no text layer", ("E105",)),
    Case("random.docx", "random bytes named .docx", ("E106",)),
    Case("truncated.docx", "a Word file cut in the middle", ("E106",)),
    Case("bomb.docx", "a Word file whose document.xml inflates 1,000 times (a zip bomb)", ("E106",)),
    Case("deep.html", "a web page nested 5,000 elements deep", ("E107",), text=True),
    Case("random.html", "random bytes named .html (decoded as some encoding: garbage, kept)", ("E111",), text=True),
    Case("nul.html", "a web page with NUL bytes and unclosed tags", ("E111",), text=True),
    Case("nul.txt", "UTF-8 text with NUL bytes and escape sequences", ("E111",), text=True),
    Case("invalid-utf8.txt", "UTF-8 text with invalid byte sequences", ("E102",), text=True),
    Case("utf16-no-bom.txt", "UTF-16 LE without a byte-order mark", (), text=True),
    Case("utf8-bom.md", "UTF-8 with a byte-order mark", (), text=True),
    Case("gb18030.txt", "GB18030", (), text=True),
    Case("big5.txt", "Big5 (traditional characters)", (), text=True),
    Case("xhtml-gbk.html", "an XHTML page declaring its GBK encoding", (), text=True),
    Case("big.txt", "a text file larger than the byte limit", ("E110", "E116"), text=True),
    Case("long-line.txt", "300,000 characters on one line, no line break", (), text=True),
    Case("unreadable.txt", "a file without read permission (chmod 000)", ("E109",)),
    Case("loop.txt", "a symbolic link to itself", ("E109",)),
    Case("dangling.pdf", "a symbolic link to a missing file", ("E109",)),
    Case("fifo.txt", "a named pipe (opening it would block)", ("E109",)),
    Case("名 称 with spaces & 'quotes'\nnewline.txt", "a file name with CJK, spaces, quotes and a line break", (),
         text=True),
    Case("random.zip", "random bytes named .zip", ("E113",)),
    Case("empty-archive.zip", "an archive with no document in it", ("E113",)),
    Case("many.zip", "an archive of 10,001 entries (a zip bomb by count)", ("E113",)),
    # archive.zip: one record per document inside it
    Case("archive.zip!报告/good.txt", "an archive member in a folder", (), text=True),
    Case("archive.zip!good.pdf", "a PDF inside an archive", (), text=True),
    Case("archive.zip!年度报告.txt", "a member whose name is GBK without the UTF-8 flag", (), text=True),
    Case("archive.zip!../evil.txt", "a member climbing out of the archive (path traversal)", ("E114",)),
    Case("archive.zip!/etc/evil.txt", "a member with an absolute path", ("E114",)),
    Case("archive.zip!nested.zip", "an archive inside the archive", ("E114",)),
    Case("archive.zip!bomb.txt", "a member inflating 1,000 times (a zip bomb)", ("E114",)),
    Case("archive.zip!link.txt", "a symbolic link member", ("E114",)),
    Case("archive.zip!crc.txt", "a member whose bytes were damaged (CRC error)", ("E112",)),
)


def expected(*, ocr: bool, root: bool) -> dict[str, Case]:
    """``CASES`` by name, for a machine with or without OCR, running as root or not."""
    out = {}
    for case in CASES:
        if case.name == "scanned.pdf" and ocr:
            case = Case(case.name, case.what, (), text=True)
        if case.name == "unreadable.txt" and root:
            case = Case(case.name, case.what + "; root reads it anyway", (), text=True)
        out[case.name] = case
    return out


# -- makers ------------------------------------------------------------------------------------

def _text_pdf(text: str, *, encrypt: str | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1,
                      encrypt=StandardEncryption(encrypt, ownerPassword=encrypt + "-owner") if encrypt else None)
    for page in range(2):
        c.setFont("STSong-Light", 12)
        y = A4[1] - 72
        for line in text.splitlines():
            c.drawString(60, y, line)
            y -= 20
        c.showPage()
    c.save()
    return buffer.getvalue()


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip(members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            if isinstance(info, str):
                info = zipfile.ZipInfo(info, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buffer.getvalue()


#: Stands for the GBK name in the archive until its bytes are swapped in (same length).
_GBK_NAME = "年度报告.txt"
_PLACEHOLDER = "Q" * len(_GBK_NAME.encode("gbk").removesuffix(b".txt")) + ".txt"


def _archive(pdf: bytes) -> bytes:
    link = zipfile.ZipInfo("link.txt", date_time=(2024, 1, 1, 0, 0, 0))
    link.external_attr = 0o120777 << 16  # a symbolic link
    members: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        ("报告/good.txt", TEXT.encode("utf-8")),
        ("报告/", b""),
        ("good.pdf", pdf),
        (_PLACEHOLDER, TEXT.encode("utf-8")),
        ("../evil.txt", TEXT.encode("utf-8")),
        ("/etc/evil.txt", TEXT.encode("utf-8")),
        ("nested.zip", _zip([("inner.txt", TEXT.encode("utf-8"))])),
        ("bomb.txt", b"0" * (8 * 1024 * 1024)),
        (link, b"/etc/passwd"),
        ("crc.txt", (TEXT * 20).encode("utf-8")),
        ("__MACOSX/._good.pdf", b"\x00\x05\x16\x07 resource fork"),
        ("picture.jpg", b"\xff\xd8\xff not a document"),
    ]
    raw = _zip(members)
    # the GBK name, stored as Chinese Windows tools store it: GBK bytes, no UTF-8 flag
    raw = raw.replace(_PLACEHOLDER.encode(), _GBK_NAME.encode("gbk"))
    # one bit of crc.txt's compressed bytes flipped: it no longer inflates to its CRC
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        info = zf.getinfo("crc.txt")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    return raw[:middle] + bytes([raw[middle] ^ 0x01]) + raw[middle + 1:]


def make(out: Path, *, big_mb: int = 100, seed: int = 6) -> list[Path]:
    """Write every case into ``out`` (created); returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pdf = _text_pdf(TEXT)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "empty.pdf": b"",
        "random.pdf": rng.randbytes(4096),
        "truncated.pdf": pdf[: len(pdf) // 3],
        "encrypted.pdf": _text_pdf(TEXT, encrypt="secret"),
        "random.docx": rng.randbytes(4096),
        "truncated.docx": _docx(TEXT)[:3000],
        "bomb.docx": _zip([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b" " * (40 * 1024 * 1024))]),
        "deep.html": ("<html><body>" + "<div>" * 5000 + f"<p>{TEXT}</p>" + "</div>" * 5000 + "</body></html>").encode(),
        "random.html": rng.randbytes(4096),
        "nul.html": ("<html><head><title>部门决算</title></head><body><div><p>收入总计\x00"
                     "2946.25万元<p>支出总计2946.25万元<div>").encode("utf-8"),
        "nul.txt": TEXT.encode("utf-8").replace("收入".encode("utf-8"), "收\x00入\x1b[0m".encode("utf-8")),
        "invalid-utf8.txt": TEXT.encode("utf-8")[:40] + b"\xff\xfe\xc0\xaf" + TEXT.encode("utf-8")[40:],
        "utf16-no-bom.txt": TEXT.encode("utf-16-le"),
        "utf8-bom.md": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        "gb18030.txt": TEXT.encode("gb18030"),
        "big5.txt": TEXT_BIG5.encode("big5"),
        "xhtml-gbk.html": ('<?xml version="1.0" encoding="gbk"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
                           "<body><p>" + TEXT + "</p></body></html>").encode("gbk"),
        "long-line.txt": ("收入总计2946.25万元，" * 20_000).encode("utf-8"),
        "unreadable.txt": TEXT.encode("utf-8"),
        "名 称 with spaces & 'quotes'\nnewline.txt": TEXT.encode("utf-8"),
        "random.zip": rng.randbytes(4096),
        "empty-archive.zip": _zip([("readme.jpg", b"not a document")]),
        "many.zip": _zip([(f"{i:05d}.txt", b"") for i in range(10_001)]),
        "archive.zip": _archive(pdf),
    }
    from make_scanned import scanned_pdf

    files["scanned.pdf"] = scanned_pdf()
    written = []
    for name, data in files.items():
        path = out / name
        path.write_bytes(data)
        written.append(path)
    big = out / "big.txt"  # numbered lines: no two alike (the normalizer keeps one copy of repeated prose)
    with big.open("wb") as fh:
        size, block = 0, 0
        while size < big_mb * 1024 * 1024:
            chunk = "".join(f"第{block}.{i}项：继续推进各项工作落实，提高资金使用效益。\n"
                            for i in range(1000)).encode("utf-8")
            fh.write(chunk)
            size += len(chunk)
            block += 1
    written.append(big)
    os.chmod(out / "unreadable.txt", 0)
    for name, target in (("loop.txt", "loop.txt"), ("dangling.pdf", "missing.pdf")):
        link = out / name
        if link.is_symlink():
            link.unlink()
        link.symlink_to(target)
        written.append(link)
    fifo = out / "fifo.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    written.append(fifo)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="folder to write the files into")
    ap.add_argument("--big-mb", type=int, default=100, help="size of big.txt in MB (default 100)")
    args = ap.parse_args(argv)
    paths = make(Path(args.out), big_mb=args.big_mb)
    print(f"wrote {len(paths)} files to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Readers: every encoding and format, and bad input as coded errors, never exceptions."""
from __future__ import annotations

import codecs
import io

import pytest

from pipeline.read import read_bytes, read_document, read_member

TEXT = "上海市普陀区财政局2024年度部门决算，收入合计2946.25万元。"

ENCODED = [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf-16 LE with BOM", TEXT.encode("utf-16")),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("gb18030", (TEXT * 3).encode("gb18030")),
    ("gbk", (TEXT * 3).encode("gbk")),
]


@pytest.mark.parametrize("name,data", ENCODED, ids=[n for n, _ in ENCODED])
def test_text_encodings_are_detected(name: str, data: bytes) -> None:
    result = read_bytes(data, suffix=".txt")
    assert result.text.lstrip("\ufeff").startswith(TEXT)
    assert result.errors == ()


def test_undecodable_bytes_give_an_error_and_text() -> None:
    result = read_bytes(b"\xff\xfe\xfa" * 3 + "正文".encode("utf-8") + bytes(range(128, 256)), suffix=".txt")
    assert isinstance(result.text, str)


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx", ".html"])
def test_empty_file_is_an_error(suffix: str) -> None:
    result = read_bytes(b"", suffix=suffix)
    assert result.text == ""
    assert [e.code for e in result.errors] == ["E101"]


@pytest.mark.parametrize("suffix,code", [(".pdf", "E103"), (".docx", "E106")])
def test_random_bytes_are_an_error(suffix: str, code: str) -> None:
    result = read_bytes(bytes(range(256)) * 4, suffix=suffix)
    assert result.text == ""
    assert [e.code for e in result.errors] == [code]


@pytest.mark.parametrize("suffix,fmt", [(".txt", "text"), (".MD", "text"), ("", "text"), (".htm", "html"),
                                        (".pdf", "pdf"), (".docx", "docx"), (".zip", "zip"), (".xls", "xls")])
def test_an_error_record_has_the_format_of_its_suffix(suffix: str, fmt: str) -> None:
    assert read_bytes(b"", suffix=suffix).format == fmt


def test_unsupported_suffix() -> None:
    assert [e.code for e in read_bytes(b"x", suffix=".xls").errors] == ["E108"]


def test_missing_file_is_an_error(tmp_path) -> None:
    data, result = read_document(tmp_path / "nope.txt")
    assert data == b"" and [e.code for e in result.errors] == ["E109"]


def test_large_file_is_cut_with_an_error(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(("一二三四五六七八九十" * 1000).encode("utf-8"))
    data, result = read_document(path, max_bytes=3000)
    assert len(data) == 3000 and "E110" in [e.code for e in result.errors]


def test_html_keeps_the_article_and_drops_chrome() -> None:
    html = """<html><head><title>标题</title><script>var x = "脚本内容";</script>
    <style>.a{}</style></head><body><div class="nav">首页 新闻 导航栏目</div>
    <div id="content"><p>第一段正文，收入预算100万元。</p><p>第二段正文。</p></div>
    <div class="footer">版权所有</div></body></html>""".encode("utf-8")
    text = read_bytes(html, suffix=".html").text
    assert "第一段正文，收入预算100万元。" in text and "第二段正文。" in text
    for chrome in ("脚本内容", "导航栏目", "版权所有", ".a{}"):
        assert chrome not in text


def test_docx_paragraphs_and_tables() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("一、基本情况")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "基本支出", "150.10"
    buffer = io.BytesIO()
    document.save(buffer)
    result = read_bytes(buffer.getvalue(), suffix=".docx")
    assert result.text.split("\n") == ["一、基本情况", "基本支出 150.10"]
    assert result.format == "docx"


# -- more encodings and damaged text ---------------------------------------------------------

BIG5 = "臺北市政府一百一十三年度總預算案，歲入預算總額為新臺幣壹佰億元。"
MORE_ENCODED = [
    ("big5 (traditional)", BIG5, (BIG5 * 3).encode("big5")),
    ("utf-16 LE without BOM", TEXT, (TEXT * 3).encode("utf-16-le")),
    ("utf-16 BE without BOM", TEXT, (TEXT * 3).encode("utf-16-be")),
    ("utf-16 LE without BOM, ASCII", "Budget 2024: total 100", ("Budget 2024: total 100\n" * 3).encode("utf-16-le")),
    ("gbk, mostly ASCII (a gb18030/big5 tie)", "Report on the budget 预算", "Report on the budget 预算".encode("gbk")),
]


@pytest.mark.parametrize("name,text,data", MORE_ENCODED, ids=[n for n, _, _ in MORE_ENCODED])
def test_more_encodings_are_detected(name: str, text: str, data: bytes) -> None:
    result = read_bytes(data, suffix=".txt")
    assert result.text.startswith(text)
    assert result.errors == ()


def test_damaged_utf8_stays_utf8() -> None:
    data = (TEXT * 3).encode("utf-8")
    result = read_bytes(data[:20] + b"\xff\xc0" + data[20:], suffix=".txt")
    assert result.encoding == "utf-8" and [e.code for e in result.errors] == ["E102"]
    assert TEXT[8:] in result.text and "\ufffd" in result.text


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_nul_bytes_and_control_characters_are_removed(suffix: str) -> None:
    data = "<p>收入\x00合计\x1b[0m2946.25万元\x07</p>".encode("utf-8")
    result = read_bytes(data, suffix=suffix)
    assert "收入合计[0m2946.25万元" in result.text
    assert [e.code for e in result.errors] == ["E111"]


def test_a_form_feed_beside_a_dropped_script_does_not_raise() -> None:
    """Found by scripts/fuzz_readers.py: lxml refuses a form feed in the tail moved by drop_tree."""
    page = "<html><body><div><p>正文</p><script>x</script>\x0ctail\ufffe</div></body></html>"
    assert read_bytes(page.encode("utf-8"), suffix=".html").text == "正文\ntail"


@pytest.mark.parametrize("depth,codes", [(300, []), (5000, ["E107"])], ids=["300 deep", "5000 deep"])
def test_a_deeply_nested_page_keeps_its_text(depth: int, codes: list[str]) -> None:
    page = "<html><body>" + "<div>" * depth + "<p>正文&amp;内容</p>" + "</div>" * depth + "</body></html>"
    result = read_bytes(page.encode("utf-8"), suffix=".html")
    assert result.text == "正文&内容" and [e.code for e in result.errors] == codes


def test_text_after_a_comment_is_kept() -> None:
    assert read_bytes("<p>前文<!-- 注释 -->后文</p>".encode("utf-8"), suffix=".html").text == "前文后文"


def test_a_docx_zip_bomb_is_refused() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b" " * (40 * 1024 * 1024))
    result = read_bytes(buffer.getvalue(), suffix=".docx")
    assert [e.code for e in result.errors] == ["E106"] and "zip bomb" in result.errors[0].message


def test_an_xhtml_page_declaring_its_encoding() -> None:
    page = '<?xml version="1.0" encoding="gbk"?>\n<html><body><p>部门预算说明</p></body></html>'
    result = read_bytes(page.encode("gbk"), suffix=".html")
    assert result.text == "部门预算说明" and result.errors == ()


def test_a_character_cut_by_the_size_limit_is_no_error(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(("一二三四五六七八九十" * 1000).encode("utf-8"))
    data, result = read_document(path, max_bytes=3001)  # mid-character
    assert [e.code for e in result.errors] == ["E110"]
    assert result.text == ("一二三四五六七八九十" * 100)


def test_a_long_text_is_cut_at_the_character_limit() -> None:
    result = read_bytes(("一二三四五\n" * 100).encode("utf-8"), suffix=".txt", max_chars=50)
    assert len(result.text) == 50 and [e.code for e in result.errors] == ["E116"]


def test_a_long_pdf_is_cut_page_by_page() -> None:
    from pipeline.read import ReadResult, cap_chars

    result = cap_chars(ReadResult(text="aaaa\fbbbb\fcccc", format="pdf", pages=("aaaa", "bbbb", "cccc")), 7)
    assert result.pages == ("aaaa", "bb") and result.text == "aaaa\fbb"
    assert [e.code for e in result.errors] == ["E116"]


def test_an_encrypted_pdf_is_an_error() -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1, encrypt=StandardEncryption("user", ownerPassword="owner"))
    c.drawString(72, 720, "secret budget")
    c.save()
    result = read_bytes(buffer.getvalue(), suffix=".pdf")
    assert result.text == "" and [e.code for e in result.errors] == ["E104"]


def test_a_truncated_pdf_is_an_error_or_partial_text() -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    for page in range(3):
        c.drawString(72, 720, f"page {page} of the budget")
        c.showPage()
    c.save()
    data = buffer.getvalue()
    for cut in (len(data) // 4, len(data) // 2, len(data) - 40):
        result = read_bytes(data[:cut], suffix=".pdf")
        assert result.text or [e.code for e in result.errors] == ["E103"]


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_what_is_not_a_regular_file_is_not_opened(tmp_path, kind: str) -> None:
    import os

    path = tmp_path / "x.txt"
    os.mkfifo(path) if kind == "fifo" else path.mkdir()
    data, result = read_document(path)  # a FIFO would block here if it were opened
    assert data == b"" and [e.code for e in result.errors] == ["E109"]


def test_a_symlink_loop_is_an_error(tmp_path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    data, result = read_document(loop)
    assert data == b"" and [e.code for e in result.errors] == ["E109"]


# -- fuzzing: no bytes make a reader raise ----------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline.errors import DocError  # noqa: E402
from pipeline.read import SUFFIXES, ReadResult  # noqa: E402

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(result: ReadResult) -> None:
    assert isinstance(result, ReadResult) and isinstance(result.text, str)
    assert all(isinstance(e, DocError) and e.code.startswith("E1") for e in result.errors)
    assert "\x00" not in result.text or result.format == "pdf"


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(sorted(SUFFIXES) + [".xls", ""]))
def test_no_bytes_make_a_reader_raise(data: bytes, suffix: str) -> None:
    _check(read_bytes(data, suffix=suffix))


def _seeds() -> dict[str, bytes]:
    """A valid document of each kind, for the mutation fuzzer to damage."""
    import zipfile

    seeds = {".txt": (TEXT * 4).encode("gb18030"), ".html": f"<html><body><p>{TEXT}</p></body></html>".encode()}
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(TEXT)
    buffer = io.BytesIO()
    document.save(buffer)
    seeds[".docx"] = buffer.getvalue()
    seeds[".pdf"] = (ROOT / "corpus" / "made" / "2025_部门预算_杭州西湖区_文化和旅游局.pdf").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", TEXT)
        zf.writestr("b.html", seeds[".html"])
    seeds[".zip"] = buffer.getvalue()
    return seeds


from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = _seeds()


@FUZZ
@given(suffix=st.sampled_from(sorted(SEEDS)), data=st.data())
def test_no_damage_to_a_valid_document_makes_a_reader_raise(suffix: str, data) -> None:
    """Bytes flipped, cut, inserted: a damaged download of a real document."""
    raw = bytearray(SEEDS[suffix])
    for _ in range(data.draw(st.integers(1, 8), label="edits")):
        at = data.draw(st.integers(0, max(len(raw) - 1, 0)), label="at")
        edit = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]), label="edit")
        if edit == "flip" and raw:
            raw[at] ^= data.draw(st.integers(1, 255), label="mask")
        elif edit == "cut":
            del raw[at:]
        elif edit == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=16), label="bytes")
        elif raw:
            del raw[at:at + data.draw(st.integers(1, 64), label="length")]
    _check(read_bytes(bytes(raw), suffix=suffix))
    if suffix == ".zip":
        import tempfile

        from pipeline.read import archive

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "a.zip"
            path.write_bytes(bytes(raw))
            members, error = archive.list_members(path)
            assert (members == []) == (error is not None)
            for member in members:
                _check(read_member(path, member.index)[1])


def test_an_unlistable_folder_says_why(tmp_path, monkeypatch) -> None:
    """What a chmod 000 folder gives a non-root user (simulated: root lists any folder)."""
    import os

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "listdir", denied)
    data, result = read_document(tmp_path)
    assert data == b"" and [e.code for e in result.errors] == ["E109"]
    assert "Permission denied" in result.errors[0].message


def test_an_unreadable_file_says_why(tmp_path, monkeypatch) -> None:
    """What a chmod 000 file gives a non-root user (simulated: root reads any file)."""
    path = tmp_path / "locked.txt"
    path.write_text("正文", encoding="utf-8")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "open", denied)
    data, result = read_document(path)
    assert data == b"" and [e.code for e in result.errors] == ["E109"]
    assert "Permission denied" in result.errors[0].message


def test_an_archive_whose_directory_asks_for_an_unknown_zip_version_gets_an_error(tmp_path) -> None:
    """zipfile raises NotImplementedError, not BadZipFile, for a version byte damaged in the directory."""
    from pipeline.read import archive

    raw = bytearray(SEEDS[".zip"])
    at = raw.index(b"PK\x01\x02") + 6  # the first directory entry's "version needed to extract"
    raw[at:at + 2] = (84).to_bytes(2, "little")
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(raw))
    members, error = archive.list_members(path)
    assert members == [] and error is not None and error.code == "E113" and "NotImplementedError" in error.message

"""Readers: every encoding and format, and bad input as coded errors, never exceptions."""
from __future__ import annotations

import codecs
import io

import pytest

from pipeline.read import read_bytes, read_document

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

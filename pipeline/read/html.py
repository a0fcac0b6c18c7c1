"""Saved web pages: the article text, without scripts, styles, navigation and page chrome.

The article is the element that holds the most Chinese text in paragraphs (an ``<article>``
or a content ``<div>``), scored the way readability tools do: text length minus link text.
"""
from __future__ import annotations

import regex

from ..errors import DocError, Errors
from . import ReadResult
from .text import detect_encoding, strip_controls

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
         "iframe", "select", "button", "svg", "template")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "title"}
_CHROME = regex.compile(r"nav|menu|footer|header|sidebar|breadcrumb|share|copyright|toolbar", regex.I)
_HAN = regex.compile(r"\p{Han}")
# lxml refuses a str that declares its encoding (XHTML pages): the bytes were decoded already.
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")
# Characters lxml refuses in a tree (after strip_controls): form feed, non-characters, surrogates.
_NOT_XML = regex.compile(r"[\x0c\ufffe\uffff\ud800-\udfff]")


def _text_of(node) -> str:
    """Text of an element with a line break at every block boundary."""
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCKS:
            parts.append("\n")

    walk(node)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _score(el) -> int:
    text = el.text_content()
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return len(_HAN.findall(text)) - 2 * links


def read_html(data: bytes) -> ReadResult:
    try:
        import lxml.html

        encoding = detect_encoding(data) or "utf-8"
        markup, controls = strip_controls(data.decode(encoding, errors="replace"))  # lxml refuses NUL
        markup = _NOT_XML.sub(" ", _XML_DECLARATION.sub("", markup, count=1))
        root = lxml.html.document_fromstring(markup)
    except Exception as exc:  # lxml raises ParserError, ValueError on empty documents
        return ReadResult(text="", format="html", errors=(DocError.make("read", Errors.E107, detail=exc),))
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    for el in list(root.iter("div", "ul", "section")):
        marker = " ".join(filter(None, (el.get("id"), el.get("class"), el.get("role"))))
        if marker and _CHROME.search(marker) and el.getparent() is not None:
            el.drop_tree()
    title = root.findtext(".//title") or ""
    body = root.find("body")
    candidates = list(root.iter("article", "main")) or [
        el for el in root.iter("div", "section", "td") if len(el.findall(".//p")) >= 2
    ]
    best = max(candidates, key=_score, default=None)
    if best is None or _score(best) < 0.3 * _score(body if body is not None else root):
        best = body if body is not None else root
    text = _text_of(best)
    heading = " ".join(title.split())
    if heading and heading not in text[:200]:
        text = heading + "\n" + text
    return ReadResult(text=text, format="html", encoding=encoding, errors=controls)

"""Saved web pages: the article text, without scripts, styles, navigation and page chrome.

The article is the element that holds the most Chinese text in paragraphs (an ``<article>``
or a content ``<div>``), scored the way readability tools do: text length minus link text; a
content container that government sites' publishing systems name (``#UCAP-CONTENT``,
``.pages_content``, ``.TRS_Editor``, ``#zoom`` …) is preferred when it holds the article's text.
What the page says of itself (title, date, site) comes with the text (``pipeline.read.page``).
A stray ``</html>`` of an included header (gov.cn pages) no longer ends the page.
"""
from __future__ import annotations

import regex

from ..errors import DocError, Errors
from .page import page_fields
from .result import ReadResult
from .text import detect_encoding, strip_controls

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
         "iframe", "select", "button", "svg", "template")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "title"}
_CHROME = regex.compile(r"nav|menu|footer|header|sidebar|breadcrumb|share|copyright|toolbar", regex.I)
_HAN = regex.compile(r"\p{Han}")
# lxml refuses a str that declares its encoding (XHTML pages): the bytes were decoded already.
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")
_HIDDEN = regex.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", regex.S | regex.I)
_TAG = regex.compile(r"<[^>]*>")
# Content containers of government publishing systems (TRS, UCAP, Hanweb …), by id or class.
_CONTENT = regex.compile(r"UCAP-CONTENT|pages_content|TRS_Editor|TRS_UEDITOR|Custom_UnionStyle|^zoom$|"
                         r"article[-_]?con|art_con|con_text|news_content|detail[-_]content|xxgk_content", regex.I)
MIN_CONTENT = 0.3  # a named container holding this share of the best candidate's text wins
# An included page's own closing tags, which end libxml2's parse early.
_CLOSING = regex.compile(r"</(?:html|body)\s*>", regex.I)
# Characters lxml refuses in a tree (after strip_controls): form feed, non-characters, surrogates.
_NOT_XML = regex.compile(r"[\x0c\ufffe\uffff\ud800-\udfff]")


def _text_of(node) -> str:
    """Text of an element with a line break at every block boundary (a loop, not a recursion:
    a page nested thousands deep is no error; comments are walked for their tails)."""
    parts: list[str] = []
    stack = [(node, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if closing:
            if el is not node and el.tail:
                parts.append(el.tail)
            continue
        if el.text and tag:
            parts.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
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
        markup = _CLOSING.sub("", markup)
        # huge_tree: past 255 levels libxml2 would silently drop the text
        root = lxml.html.document_fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception as exc:  # lxml raises ParserError, ValueError on empty documents
        return ReadResult(text="", format="html", errors=(DocError.make("read", Errors.E107, detail=exc),))
    for el in list(root.iter("script", "style", "noscript", "template")):
        el.drop_tree()
    page = page_fields(root, _text_of(root))
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    for el in list(root.iter("div", "ul", "section")):
        marker = " ".join(filter(None, (el.get("id"), el.get("class"), el.get("role"))))
        if marker and _CHROME.search(marker) and el.getparent() is not None and not _CONTENT.search(marker):
            el.drop_tree()
    body = root.find("body")
    best = _article(root, body)
    text = _text_of(best)
    heading = page.get("title") or " ".join((root.findtext(".//title") or "").split())
    if heading and heading not in text[:200]:
        text = heading + "\n" + text
    if not text and _HAN.search(markup):  # libxml2 drops what lies past 2,048 levels
        note = DocError.make("read", Errors.E107, detail="no text in the parsed page (nested too deep?); "
                             "the text is the page without its tags")
        return ReadResult(text=_without_tags(markup), format="html", encoding=encoding, errors=controls + (note,))
    return ReadResult(text=text, format="html", encoding=encoding, errors=controls, page=page)


def _article(root, body):
    """The element holding the article (see the module docstring)."""
    candidates = list(root.iter("article", "main")) or [
        el for el in root.iter("div", "section", "td") if len(el.findall(".//p")) >= 2
    ]
    best = max(candidates, key=_score, default=None)
    named = [el for el in root.iter("div", "td", "section", "article")
             if _CONTENT.search(" ".join(filter(None, (el.get("id"), el.get("class")))))]
    top = max(named, key=_score, default=None)
    if top is not None and (best is None or _score(top) >= MIN_CONTENT * _score(best)):
        return top
    if best is None or _score(best) < 0.3 * _score(body if body is not None else root):
        return body if body is not None else root
    return best


def _without_tags(markup: str) -> str:
    """The text of a page that could not be parsed: scripts, styles, comments and tags removed."""
    import html

    text = html.unescape(_TAG.sub("\n", _HIDDEN.sub(" ", markup)))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)

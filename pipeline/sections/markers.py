"""Numbering markers of the official heading hierarchy, and what a line starting with one is.

A marker line is classified once, without context: its family ("cn" for 一、, "pcn" for （一）,
"ar" for 1. / 1、, "par" for （1）, "arp" for 1）, "circ" for ①, "br" for ［1］, "part" for 第X部分/章/篇,
"sec" for 第X节, "annex" for 附件N, "shi" for 一是 and 第一，), its number, its title, and its shape:
a standalone title, a run-in item (the title or item carries its content on the line), a table
row, or empty.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100}
_CN = "一二三四五六七八九十百零〇两"

MARKER = regex.compile(
    r"""
    (?P<md>\#{1,6}[ \t]*)?                    # markdown heading hashes, ignored
    (?P<bold>\*\*[ \t]*)?                     # markdown bold opening, ignored
    (?P<marker>
        第[ \t]*(?P<part>[一二三四五六七八九十百零〇两\d]{1,4})[ \t]*(?P<kind>部分|章|篇|节)
      | (?P<cn>[一二三四五六七八九十百]{1,4})[ \t]*(?:、|．|\.(?!\d))      # 一、 一.
      | [（(]\s*(?P<pcn>[一二三四五六七八九十百]{1,4})[ \t]*[）)]         # （一）, （\n三）
      | (?P<ar>\d{1,2})[ \t]*(?:、|．|\.(?!\d)|\.(?=\d{4}年))          # 1、 1. (not 2.5)
      | [（(]\s*(?P<par>\d{1,2})[ \t]*[）)]                              # （1）
      | (?P<arp>\d{1,2})[ \t]*[）)]                                      # 1）
      | (?P<circ>[①-⑳])                                                 # ①
      | [［\[][ \t]*(?P<br>\d{1,3})[ \t]*[］\]]                          # ［1］ note number
      | 附件[ \t]*(?P<annex>\d{0,2})                                     # 附件2
      | (?P<shi>[一二三四五六七八九十]{1,3})是(?=\p{Han}|“)               # 一是 (lead enumerator)
      | 第(?P<ord>[一二三四五六七八九十]{1,3})(?=[，,])                    # 第一， (lead enumerator)
    )
    [ \t]*[、,，.．:：]?[ \t]*                 # a stray separator after the marker
    """,
    regex.X,
)

# Characters a marker line can start with (a cheap test before the pattern).
_FIRST = frozenset("#*第一二三四五六七八九十百（(0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳［[附")

# A table row: numbers as cells (at the end, or two or more number tokens).
_NUMBER_END = regex.compile(r"[ \t]-?\d[\d,]*(?:\.\d+)?%?[ \t]*$")
_NUMBER_TOKEN = regex.compile(r"(?:^|(?<=[ \t]))-?\d[\d,]*(?:\.\d+)?%?(?=[ \t]|$)")
# A second marker of the same kind further on the line: two cells of a table row.
_SECOND_MARKER = regex.compile(r"[ \t](?:[一二三四五六七八九十]{1,3}、|\d{1,2}\.[ \t]*\p{Han}|[（(][一二三四五六七八九十]{1,3}[）)])")
# Sentence punctuation inside a title makes the line a run-in item.
_SENTENCE_INSIDE = regex.compile(r"[。；;！？!?：:]")
_SPACE = regex.compile(r"\s+")
_PROSE = regex.compile(r"[。，；]")
_TRAILING = "。；;：:，,.、 \t*#"

MAX_TITLE = 60  # a longer title is an item if it ends a sentence
MAX_LONG_TITLE = 100
MAX_COLON_TITLE = 20
_CLAUSE_END = tuple("；;，,、")


def cn_number(numeral: str) -> int:
    """The value of a Chinese or Arabic numeral up to the hundreds ("二十六" → 26); 0 if none."""
    if numeral.isdigit():
        return int(numeral)
    total, digit = 0, 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        else:
            return 0
    return total + digit


@dataclass(frozen=True, slots=True)
class Marker:
    """A line that starts with a numbering marker."""

    family: str
    n: int
    number: str
    title: str
    shape: str  # "title", "runin", "row", "empty"
    marker_start: int  # offsets into the line
    title_start: int


_DECORATIONS = "※★☆◆◇■□●"
_ANNEXED = regex.compile(r"^附[:：]\s*(?=\S)")


def clean_title(title: str) -> str:
    """A title without markdown bold, line breaks, closing punctuation, the ※ or [] around it
    and a leading 附： (附：名词解释)."""
    title = title.replace("\n", "").replace("**", "").strip()
    if len(title) > 2 and title[0] in "[【〔" and title[-1] in "]】〕":
        title = title[1:-1].strip()  # "[名词解释]"
    if len(title) > 2 and title[0] == title[-1] and title[0] in _DECORATIONS:
        title = title[1:-1].strip()  # "※名词解释※"
    title = _ANNEXED.sub("", title)
    return title.rstrip(_TRAILING).lstrip("—–-－ ").strip()  # a dash lead: ——扎实抓好…


def is_table_row(line: str) -> bool:
    """True for a line of table cells: numbers at the end, or several number tokens and no
    sentence punctuation (a PDF sentence spaces its numbers too: "预算为 52.00 万元，")."""
    if _NUMBER_END.search(line):
        return True
    return len(_NUMBER_TOKEN.findall(line)) >= 2 and not _PROSE.search(line)


def parse_marker(line: str) -> Marker | None:
    """The marker at the start of ``line`` (already stripped) and the shape of the line."""
    if not line or line[0] not in _FIRST:
        return None
    m = MARKER.match(line)
    if m is None:
        return None
    family, value = _family(m)
    number = _SPACE.sub("", m.group("marker"))
    rest = line[m.end():]
    title = clean_title(rest)
    return Marker(family=family, n=value, number=number, title=title, shape=_shape(rest, title),
                  marker_start=m.start("marker"), title_start=m.end())


def _shape(rest: str, title: str) -> str:
    """What the line after its marker is: a title, a run-in item, a table row, or nothing."""
    if not title:
        return "empty"
    if is_table_row(rest) or _SECOND_MARKER.search(rest):
        return "row"
    body = rest.rstrip(" \t*#")
    if body.endswith(_CLAUSE_END):
        return "runin"  # a clause of a list ("（一）贯彻执行……政策；")
    if body.endswith(("：", ":")):
        # "二、主要做法：" standing alone is a title; "（一）财政拨款收入：指……" is not
        return "title" if len(title) <= MAX_COLON_TITLE and not _SENTENCE_INSIDE.search(title) else "runin"
    if _SENTENCE_INSIDE.search(body.rstrip(_TRAILING)):
        return "runin"
    if len(title) > MAX_TITLE and (body.endswith(("。", ".")) or len(title) > MAX_LONG_TITLE):
        return "runin"
    return "title"


def _family(m: regex.Match) -> tuple[str, int]:
    if m.group("part"):
        return ("sec" if m.group("kind") == "节" else "part"), cn_number(m.group("part"))
    for name in ("cn", "pcn", "ar", "par", "arp", "br", "shi"):
        if m.group(name):
            return name, cn_number(m.group(name))
    if m.group("ord"):
        return "shi", cn_number(m.group("ord"))  # 第一， enumerates leads as 一是 does
    if m.group("circ"):
        return "circ", ord(m.group("circ")) - ord("①") + 1
    return "annex", int(m.group("annex") or 1)

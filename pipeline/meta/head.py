"""The head of a document (its first few thousand characters) as short segments, and the
document's own title found among them.

A segment is a line, or a part of one: a Xinhua dateline (新华社北京3月22日电) is cut out and a
subtitle (——2018年3月5日在…会议上) starts a segment of its own. Segments are compared with
spaces removed. Page debris (web page chrome, photo captions, source and time lines, collector
lines such as "# title: …") is marked so that it is neither a title nor a part of one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..resources import alternation, read_lines
from .divisions import table
from .types import known_type

HEAD_CHARS = 3000
MAX_TITLE_SEGMENTS = 80  # the title is among the first segments
TITLE_MAX_CHARS = 60
FRAGMENT_MAX_CHARS = 30

CN_DIGITS = "〇○零一二三四五六七八九"
YEAR = rf"(?:(?:19|20)\d{{2}}|[{CN_DIGITS}]{{4}})"

_ESCAPE = regex.compile(r"<U\+[0-9A-Fa-f]{4,6}>")  # a literal "<U+00A0>" left by a web page
_SPACE = regex.compile(r"\s+")
_MARKUP = regex.compile(
    r"""^(?:\#+|>+|\*+)|\*+$                               # markdown heading, quote, bold
      | ^附件[\d一二三四五六七八九十]*[:：]?                # 附件2： before a title
      | (?<=.)[_|｜-][^_|｜-]*(?:网|网站|门户|频道|日报|新闻|客户端)$  # _XX政府门户网站 of a page title
    """,
    regex.X,
)
_DATELINE = regex.compile(
    r"""新华社\p{Han}{2,4}              # 新华社北京
        (?:\d{4}年)?\d{1,2}月\d{1,2}日电  # (2006年)3月15日电
    """,
    regex.X,
)
# a dash starting a dated subtitle, not a range such as 2021—2025年
_SUBTITLE_SPLIT = regex.compile(
    rf"(?<![\d{CN_DIGITS}—―－-])(?=(?:——|――|—|－－|--)(?:{YEAR})年[\d{CN_DIGITS}十]{{1,3}}月)"
    rf"|(?<=报告)(?=(?:{YEAR})年[\d{CN_DIGITS}十]{{1,3}}月[\d{CN_DIGITS}十]{{1,3}}日在)")  # 报告2011年1月20日在…
SUBTITLE = regex.compile(
    rf"""^[（(]?(?:——|――|—|－－|--)?     # （ or —— before the date
        (?P<year>{YEAR})年                 # 2026年 / 二〇二六年
        [\d{CN_DIGITS}十]{{1,3}}月[\d{CN_DIGITS}十]{{1,3}}日
        在                                 # …日在…会议上
    """,
    regex.X,
)
_DEBRIS = regex.compile(
    r"""^(?:
        下载|打印|全屏|收藏|加大|还原|减小|大|中|小|首页|分享[:：]?
      | [\p{P}\p{S}]+                                     # punctuation only: 】 >> —
      | 【字[号体].*|字[号体][:：].*                     # font size switches
      | (?:您的|当前)位置[:：]?.*                          # breadcrumbs
      | (?:来源|时间|发表时间|发布时间|发布日期|阅读量|浏览次数|作者|责任编辑|编辑|点击)[:：]?.*
      | \d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*                     # 2026-02-03 09:02:33
      | <!--.*|-->.*                                        # HTML comments
      | .*www\.[a-z0-9.-]+.*                                # site lines
      | .*摄|.*(?:日报|晚报|新闻|本报|新华社|电视台).*(?:记者|通讯员).*  # photo captions
      | \#?(?:title|source|url|date|author)[:：].*          # collector lines
    )$""",
    regex.X | regex.I,
)
_SENTENCE = regex.compile(r"[，。；：！？,;:!?]")
_LIST_ITEM = regex.compile(
    r"""^(?:第[一二三四五六七八九十\d]+[部分章节篇]   # 第二部分
        | [一二三四五六七八九十]+[、.．]               # 一、
        | [（(][一二三四五六七八九十\d]+[）)]         # （一）
        | \d{1,2}[、.．](?!\d)                        # 1、 1.
    )""",
    regex.X,
)
TYPE_TERM = regex.compile(r"报告|决算|预算|公报|总结|年报|自评|评价")
_YEAR_FRAGMENT = regex.compile(rf"{YEAR}年度?$")


@lru_cache(maxsize=1)
def org_word_pattern() -> regex.Pattern[str]:
    """An organization's closing word (局, 委员会, 人民政府 …), longest first."""
    return regex.compile(alternation(read_lines("meta/org_suffixes.txt")))


@lru_cache(maxsize=1)
def org_suffix_pattern() -> regex.Pattern[str]:
    """An organization's closing word at the end of a string."""
    return regex.compile(f"(?:{org_word_pattern().pattern})$")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str  # spaces removed
    debris: bool
    subtitle: bool

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "debris": self.debris, "subtitle": self.subtitle}


def compact(text: str) -> str:
    return _SPACE.sub("", _ESCAPE.sub(" ", text))


def head_segments(text: str, *, chars: int = HEAD_CHARS) -> list[Segment]:
    out: list[Segment] = []
    for line in text[:chars].split("\n"):
        for part in _DATELINE.split(compact(line)):
            for piece in _SUBTITLE_SPLIT.split(part):
                piece = _MARKUP.sub("", piece)
                if piece:
                    out.append(Segment(piece, bool(_DEBRIS.match(piece)), bool(SUBTITLE.match(piece))))
    return out


def is_title_line(seg: Segment) -> bool:
    """A segment that can be (the last part of) a title: it names a kind of report, is short,
    and is no sentence, list item, table name or debris."""
    t = seg.text
    return (not seg.debris and not seg.subtitle and 4 <= len(t) <= TITLE_MAX_CHARS
            and TYPE_TERM.search(t) is not None and not _SENTENCE.search(t)
            and not _LIST_ITEM.match(t) and not t.endswith("表") and not t.startswith("《"))


def _is_fragment(seg: Segment) -> bool:
    """A cover line that continues onto the title line: an organization or a year."""
    t = seg.text
    return (not seg.debris and not seg.subtitle and 2 <= len(t) <= FRAGMENT_MAX_CHARS
            and not _SENTENCE.search(t) and not TYPE_TERM.search(t) and not _LIST_ITEM.match(t)
            and (org_suffix_pattern().search(t) is not None or _YEAR_FRAGMENT.search(t) is not None))


def _named(title: str) -> bool:
    """Whether a title already starts with its body's name (a place, or 中共)."""
    t = regex.sub(rf"^{YEAR}年度?", "", title)
    return t.startswith(("中共", "中国")) or table().full_pattern.match(t) is not None


def _next_content(segs: list[Segment], i: int) -> Segment | None:
    return next((s for s in segs[i + 1:i + 12] if not s.debris), None)


def title_index(segs: list[Segment]) -> int | None:
    """Index of the title line: the first that a subtitle follows, else the first that names a
    known type of report (a site's bare category line "工作报告" does not), else the first."""
    lines = [i for i, s in enumerate(segs[:MAX_TITLE_SEGMENTS]) if is_title_line(s)]
    for i in lines:
        nxt = _next_content(segs, i)
        if nxt is not None and nxt.subtitle:
            return i
    return next((i for i in lines if known_type(segs[i].text)), lines[0] if lines else None)


def find_title(segs: list[Segment]) -> tuple[str | None, int | None]:
    """The title (cover lines before the title line joined to it) and the title line's index."""
    i = title_index(segs)
    if i is None:
        return None, None
    title, j = segs[i].text, i - 1
    while j >= 0 and _is_fragment(segs[j]):
        if _named(title) and not _YEAR_FRAGMENT.search(segs[j].text):
            break  # the title has its body's name: only a year line may still come before it
        title = segs[j].text + title
        j -= 1
    return title, i


def org_line_after(segs: list[Segment], i: int | None) -> str | None:
    """An organization's name standing alone on the line after the title line (a cover
    "2024年度部门决算" / "上海市普陀区财政局")."""
    nxt = _next_content(segs, i) if i is not None else None
    if nxt is None or not _is_fragment(nxt) or _YEAR_FRAGMENT.search(nxt.text):
        return None
    return nxt.text


def subtitle_after(segs: list[Segment], i: int | None) -> Segment | None:
    """The subtitle following the title line, else the first subtitle of the head."""
    if i is not None:
        nxt = _next_content(segs, i)
        if nxt is not None and nxt.subtitle:
            return nxt
    return next((s for s in segs if s.subtitle), None)

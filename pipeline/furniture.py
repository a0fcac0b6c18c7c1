"""Page furniture of scraped web text: what a web site puts around a report, never the report.

Saved pages and text scraped from them carry the site's header (时间：… 作者：… 来源：… 阅读：147
评论：0), tool bars (打印, 【字体：大 中 小】), a 内容摘要 paragraph that repeats the opening, share
buttons and related-article lists at the end. Each rule below names a pattern that sites share;
``find_furniture`` says which rule cut which lines and why, ``strip_furniture`` removes them.

1. ``toolbar``: a line made only of tool-bar words (打印, 关闭, 收藏, 【字号：, 加大, 首页, ＞ …).
2. ``fields``: in the head of the page, a line of page fields (时间：…, 作者：…, 来源：X日报,
   阅读：, 评论：), the bare value under a field left open ("阅读：" / "147"), and the
   breadcrumb trail above them (您的位置 / 首页 > 云南要闻), up to a line that names a report or
   carries a date (the page's title).
3. ``summary``: a "内容摘要：" line, and the paragraph after it when the text below repeats it.
4. ``footer``: from a footer heading (分享到：, 上一篇：, 相关文章, 本栏推荐, 标签：…) or a site
   notice (免责声明：…, 本站…, 版权所有) to the end of the page, when only short link lines (no
   sentence) and notices follow it.
5. ``credit``: a site credit glued to the first or last line ("来源：百度马克数据网").

A line of the report itself is never cut: the rules look at the head or tail of the page only
(fields, footer, credit), or at lines no report is made of (toolbar, summary).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

HEAD_LINES = 20  # the page fields stand among the first lines
SUMMARY_PROBE = 20  # characters of a summary looked for in the text below it
SUMMARY_WINDOW = 4000  # characters below the summary searched for its copy
FOOTER_LINE_MAX = 60  # a footer's link lines are short
FOOTER_FROM = 3  # a footer follows some text
TOOLBAR_LINE_MAX = 40  # a tool-bar line is short

_TOOLBAR = regex.compile(
    r"""^[【\[]?\s*(?:
        下载|打印|打印本页|全屏|收藏|关闭|关闭窗口|加大|还原|减小|放大|缩小|大|中|小|首页|返回顶部
      | 字[号体][:：]?(?:\s*[大中小])*(?:\s*[大中小]\s*[】\]])?
      | E-?mail推荐.*|推荐给好友|分享到[:：]?|(?:用)?(?:手机|微信)?扫一扫.*|在手机打开.*
      | (?:您的?(?:当前|所在)?|当前|所在)位置[:：]?
    )\s*[】\]]?\s*$
    | ^\s*(?:[>»›|·/]+|[【】\[\]])\s*$                # 】, >, >> on a line of their own
    """,
    regex.X | regex.I,
)
_FIELD = regex.compile(r"(?:发布时间|发布日期|发表时间|时间|作者|来源|阅读|评论|浏览次数|点击数|责任编辑|编辑)[:：]")
_OPEN_FIELD = regex.compile(r"(?:阅读|评论|浏览次数|点击数)[:：]\s*$")  # its value is on the next line
_VALUE = regex.compile(r"^\s*\d{1,8}\s*(?:次|人)?\s*$")
_REPORTISH = regex.compile(r"报告|预算|决算|公报|\d")  # a line above the fields that may be the title
_SUMMARY = regex.compile(r"^\s*(?:内容)?摘要[:：]")
_FOOTER = regex.compile(
    r"^\s*(?:分享到|上一篇|下一篇|相关文章|相关阅读|相关链接|相关新闻|相关评论|本栏最新|本栏推荐|"
    r"阅读排行|热点排行|标签云|标签|网友评论|我要评论)[:：]?\s*$")
# a site's notice: 免责声明：…, 本站为非营利性网站…, 版权所有, 网站标识码, ICP备
_NOTICE = regex.compile(r"^\s*(?:免责声明|版权(?:与免责)?声明|本站|本网站|版权所有|Copyright|©|主办单位|承办单位|网站标识码|\S{0,6}ICP备)", regex.I)
_CREDIT_HEAD = regex.compile(r"^\s*来源[:：][^。，\n]{1,24}?网站?\s+(?=\S)")
_CRUMB_START = regex.compile(r"^\s*(?:(?:您的|当前)位置[:：]?|首页)\s*$")
_CREDIT_TAIL = regex.compile(r"(?<=[。！？!?”])\s*来源[:：][^。，\n]{1,24}?网站?\s*$")
_PROSE = regex.compile(r"[。；]")
_SPACE = regex.compile(r"[\s.…。]+")


@dataclass(frozen=True, slots=True)
class Cut:
    """Lines ``start`` to ``end`` (exclusive) are furniture by ``rule``; ``evidence`` is the line
    that decided it. A credit cut keeps its line but for the credit (``credit`` is the text cut)."""
    rule: str
    start: int
    end: int
    evidence: str
    credit: str = ""


def _toolbar(lines: list[str]) -> list[Cut]:
    return [Cut("toolbar", i, i + 1, line) for i, line in enumerate(lines)
            if len(line) <= TOOLBAR_LINE_MAX and line.strip() and _TOOLBAR.match(line)]


def _fields(lines: list[str]) -> list[Cut]:
    head = lines[:HEAD_LINES]
    rows = [i for i, line in enumerate(head) if _FIELD.match(line.strip()) and not _PROSE.search(line)
            and not _CREDIT_HEAD.match(line)]
    if not rows:
        return []
    cuts = []
    for i in rows:
        cuts.append(Cut("fields", i, i + 1, lines[i]))
        if _OPEN_FIELD.search(lines[i]) and i + 1 < len(head) and _VALUE.match(lines[i + 1]):
            cuts.append(Cut("fields", i + 1, i + 2, lines[i]))
    return cuts + _breadcrumbs(lines[:rows[0]])


def _breadcrumbs(head: list[str]) -> list[Cut]:
    """The trail after 您的位置 / 首页 above the page fields (首页 > 云南要闻): short lines that
    name no report and carry no date, up to the first line that does."""
    start = next((i for i, line in enumerate(head) if _CRUMB_START.match(line)), None)
    if start is None:
        return []
    cuts = []
    for i in range(start + 1, len(head)):
        line = head[i].strip()
        if line and (len(line) > 10 or _REPORTISH.search(line) or _PROSE.search(line)):
            break
        cuts.append(Cut("fields", i, i + 1, head[start]))
    return cuts


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def _summary(lines: list[str]) -> list[Cut]:
    for i, line in enumerate(lines[:HEAD_LINES]):
        if not _SUMMARY.match(line):
            continue
        cuts = [Cut("summary", i, i + 1, line)]
        body = _SUMMARY.sub("", line).strip()
        j = i if body else i + 1  # the summary on the label's line, else on the next
        if j < len(lines):
            probe = _compact(lines[j] if j > i else body)[len("内容摘要") if j == i else 0:][:SUMMARY_PROBE]
            below = _compact("\n".join(lines[j + 1:j + 60]))[:SUMMARY_WINDOW]
            if len(probe) >= 8 and probe in below:
                cuts.append(Cut("summary", j, j + 1, probe))
        return cuts
    return []


def _footer(lines: list[str]) -> list[Cut]:
    def linkish(line: str) -> bool:
        return (len(line.strip()) <= FOOTER_LINE_MAX and not _PROSE.search(line)) or bool(_NOTICE.match(line))

    for i in range(min(FOOTER_FROM, len(lines)), len(lines)):
        if (_FOOTER.match(lines[i]) or _NOTICE.match(lines[i])) and all(map(linkish, lines[i + 1:])):
            return [Cut("footer", i, len(lines), lines[i])]
    return []


def _credits(lines: list[str]) -> list[Cut]:
    cuts = []
    for i in {0, len(lines) - 1} if lines else ():
        for pattern in (_CREDIT_HEAD, _CREDIT_TAIL):
            m = pattern.search(lines[i])
            if m:
                cuts.append(Cut("credit", i, i + 1, lines[i], credit=m.group()))
    return cuts


def find_furniture(text: str) -> list[Cut]:
    """The furniture of a page's text, line by line, in the order of the lines."""
    lines = text.split("\n")
    cuts = _toolbar(lines) + _fields(lines) + _summary(lines) + _footer(lines) + _credits(lines)
    return sorted(cuts, key=lambda c: (c.start, c.rule))


def strip_furniture(text: str) -> str:
    """``text`` without its furniture (see the module docstring)."""
    cuts = find_furniture(text)
    if not cuts:
        return text
    lines = text.split("\n")
    drop: set[int] = set()
    for cut in cuts:
        if cut.credit:
            lines[cut.start] = lines[cut.start].replace(cut.credit, " " if cut.rule == "credit" else "", 1)
        else:
            drop.update(range(cut.start, cut.end))
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)

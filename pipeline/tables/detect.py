"""Where a page's tables are: a title line (…表) just above a unit line (单位：万元), the way a
部门预算 / 部门决算 prints each of its statistical tables; the 目录's entries, which have no
unit line, are not tables. A page without a title whose ruled block comes first continues the
table of the page before (``pipeline.tables.pdf``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import Line
from .values import find_unit

#: A table title: ends with 表 (明细表, 总表, 预算表…), not a sentence.
TITLE = re.compile(r"表(?:[（(][^）)]{1,12}[）)])?$")
#: How many lines above its unit line a title may stand (a 编制部门 line between them).
TITLE_REACH = 3
#: What a table says when it prints no figures.
EMPTY = re.compile(r"本表无数据|本表为空表|无此项|本表无")
ENUMERATOR = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\d+[.、．])")


@dataclass(frozen=True, slots=True)
class Head:
    """One table's head on a page: its title, unit and the y where its body may start."""

    title: str
    unit: str | None
    top: float       # the title line's top
    bottom: float    # the unit line's bottom


def is_title(text: str) -> bool:
    return bool(TITLE.search(text)) and len(text) <= 50 and not ENUMERATOR.match(text) \
        and "。" not in text and "，" not in text


#: A title's first line, wrapped, lies closer above it than this share of its height.
WRAP_GAP = 0.6


def _wrapped_start(lines: list[Line], j: int) -> str:
    """The first line of a title wrapped over two lines (…经济 / 分类预算表), or ""."""
    if j == 0:
        return ""
    above, line = lines[j - 1], lines[j]
    height = line.bottom - line.top
    same_size = abs((above.bottom - above.top) - height) <= 0.15 * height
    close = 0 <= line.top - above.bottom < WRAP_GAP * height
    centred = abs((above.x0 + above.x1) / 2 - (line.x0 + line.x1) / 2) < 4 * height
    plain = not (is_title(above.text) or ENUMERATOR.match(above.text) or find_unit(above.text)
                 or re.search(r"[。，；：:]", above.text))
    return above.text if same_size and close and centred and plain and len(above.text) <= 40 else ""


def find_heads(lines: list[Line]) -> list[Head]:
    """The table heads of a page's lines, top to bottom."""
    heads = []
    for i, line in enumerate(lines):
        unit = find_unit(line.text)
        if unit is None:
            continue
        for j in range(i, max(i - TITLE_REACH, -1), -1):
            text = lines[j].text
            if j == i:
                text = text[:text.find("单位")]
            text = re.sub(r"^.*?编制(?:部门|单位)[:：]\S*", "", text)
            if is_title(text):
                start = _wrapped_start(lines, j)
                top = lines[j - 1].top if start else lines[j].top
                heads.append(Head(start + text, unit, top, line.bottom))
                break
    return heads


def empty_note(lines: list[Line]) -> str | None:
    """The note of a table that prints no figures (本表无数据), when there is one."""
    return next((line.text for line in lines if EMPTY.search(line.text)), None)

"""Unnumbered titles: a line that is a title by what it says, not by a marker.

A closing title (名词解释), a part title of a work report (2021年主要工作回顾), a title of the
table of contents, or a table's title over its unit line ("单位：万元"). Pure functions of the
lines; ``builder`` asks them about the line it is at.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from .layout import Line
from .markers import clean_title, is_table_row
from .toc import TocTitles, toc_key

MAX_U_TITLE = 40
MAX_BARE_TITLE = 30  # an unnumbered title outside a TOC
_UNIT_LINE = regex.compile(r"^(?:单位|编制部门|编制单位|金额单位)[ \t]*[:：]")
_PROSE_MARK = regex.compile(r"[。；;！？!?，,：:]")
# Not in an unnumbered title: a comma, a decimal number, a closing function word.
NOT_TITLE = regex.compile(r"[，,]|\d\.\d|[的和及与等]$")
_HAN = regex.compile(r"\p{Han}")
_BRACKETS = "[]【】〔〕"  # "[名词解释]"
# a motto before a part title: "站在新起点：2012年工作回顾"
_MOTTO = regex.compile(r"^[^，。；：:]{2,12}[：:](?=[^：:]+$)")


def is_closing(title: str, closing: set[str]) -> bool:
    """A title opening a glossary or notes part ("名词解释", "[名词解释]", "《政府工作报告》有关内容
    名词注释")."""
    title = title.strip(_BRACKETS)
    return title in closing or (len(title) <= MAX_U_TITLE // 2 and title.endswith(tuple(closing)))


def is_part_title(line: str, ends: tuple[str, ...]) -> bool:
    """An unnumbered part title of a work report standing alone ("2021年主要工作回顾", "站在新起点：
    2012年工作回顾"): short, no sentence, ending in a part word (models/sections/part_titles.txt)."""
    core = _MOTTO.sub("", line.strip("#* \t"))
    return (4 <= len(core) <= MAX_BARE_TITLE and core.endswith(ends) and not _PROSE_MARK.search(core)
            and not NOT_TITLE.search(core))


def titleish(line: str) -> bool:
    """Short, Han, no sentence mark inside, not a table row: a line that may be a title."""
    core = line.strip("#* \t")
    return (0 < len(core) <= MAX_U_TITLE and not _PROSE_MARK.search(core.rstrip("。"))
            and not is_table_row(core) and bool(_HAN.search(core)))


def structural_line(lines: Sequence[Line], i: int, closing: set[str], part_ends: tuple[str, ...],
                    toc: TocTitles) -> bool:
    """Is line i an unnumbered title: a closing title, a part title, a TOC title or a table title?"""
    line = lines[i].text
    if is_closing(clean_title(line.strip("#* \t").rstrip("：:")), closing):
        return True  # "名词解释", "注释：" standing alone
    if is_part_title(line, part_ends):
        return True
    if not titleish(line):
        return False
    if is_closing(clean_title(line.lstrip("#* \t")), closing):
        return True
    return bool(toc.names(toc_key(line))) or table_title(lines, i)


def table_title(lines: Sequence[Line], i: int) -> bool:
    """An unnumbered title followed by the unit line of its table ("单位：万元")."""
    line = lines[i].text.rstrip()
    if not line.endswith("表") or len(line) < 4 or i + 1 >= len(lines):
        return False
    return bool(_UNIT_LINE.match(lines[i + 1].text))


def in_table(lines: Sequence[Line], i: int) -> bool:
    """Between two table rows: a numbered cell of a table."""
    if i == 0 or i + 1 >= len(lines):
        return False
    return is_table_row(lines[i - 1].text) and is_table_row(lines[i + 1].text)

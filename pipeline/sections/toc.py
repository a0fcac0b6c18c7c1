"""Table of contents (目录) of a report: which lines are its entries, and the titles it lists.

TOC entries repeat the body's headings (often with dot leaders and page numbers); they are
not headings. Their titles still help: an unnumbered body line that matches a TOC title
("收入支出决算总表", "上海市普陀区商务委员会主要职能" for "部门主要职能") is a heading.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from .markers import MARKER

TOC_HEADER = regex.compile(r"^[#*\s]*目[ \t]*录[*\s]*$")
# Dot leaders and a page number closing a TOC entry: "一、主要职能 ………… 3".
_LEADERS = regex.compile(r"[ \t]*(?:[.．…·•\-—_][ \t]*){3,}\d{0,4}[ \t]*$|[ \t]+\d{1,3}[ \t]*$")
_DOT_LEADERS = regex.compile(r"(?:[.．…·•][ \t]*){4,}[ \t]*\d{1,4}[ \t]*$")
_PROSE = regex.compile(r"[。；;！？!?]")
# Generic words a TOC writes where the body names the body ("部门主要职能" → "…委员会主要职能").
_GENERIC_HEAD = regex.compile(r"^(?:本部门|本单位|部门|单位|项目)")
_SPACES = regex.compile(r"\s+")
MAX_ENTRY = 60
MIN_TAIL = 4  # shortest TOC title a body line may end with
MAX_NAME = 30  # longest body name standing for a generic TOC word


def toc_key(line: str) -> str:
    """A TOC entry or body line reduced for comparison: no marker, leaders, spaces, markdown."""
    line = _LEADERS.sub("", line)
    m = MARKER.match(line)
    if m is not None:
        line = line[m.end():]
    return _SPACES.sub("", line).replace("*", "").strip("#：:。")


def has_leaders(line: str) -> bool:
    return bool(_DOT_LEADERS.search(line))


class TocTitles:
    """The titles a TOC lists, for matching body lines against them."""

    def __init__(self, titles: Sequence[str]) -> None:
        self.exact = set(titles)
        tails: set[str] = set()
        for title in titles:
            for tail in (title, _GENERIC_HEAD.sub("", title)):
                if len(tail) >= MIN_TAIL:
                    tails.add(tail)
        self.by_end: dict[str, list[str]] = {}
        for tail in tails:
            self.by_end.setdefault(tail[-MIN_TAIL:], []).append(tail)

    def __bool__(self) -> bool:
        return bool(self.exact)

    def names(self, key: str) -> bool:
        """True when a body line's key names a TOC title: equal, or ending with it (a generic
        lead word of the TOC title may stand for the body's own name: "部门主要职能" is
        "上海市普陀区商务委员会主要职能" in the body)."""
        if not key:
            return False
        if key in self.exact:
            return True
        tails = self.by_end.get(key[-MIN_TAIL:], ())
        return any(key.endswith(t) and len(key) <= len(t) + MAX_NAME for t in tails)


def is_part_entry(line: str) -> bool:
    """A TOC entry of the top level of its own (第一部分, 第二章)."""
    m = MARKER.match(line)
    return m is not None and m.group("part") is not None and m.group("kind") != "节"


def find_toc(lines: Sequence[str]) -> tuple[set[int], list[str]]:
    """Indices of TOC lines (the 目录 header, its entries, dot-leader lines) and the entry titles."""
    skip: set[int] = set()
    titles: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if has_leaders(line):
            skip.add(i)
            key = toc_key(line)
            if key:
                titles.append(key)
            i += 1
            continue
        if not TOC_HEADER.match(line):
            i += 1
            continue
        skip.add(i)
        first: TocTitles | None = None
        j = i + 1
        while j < len(lines):
            entry = lines[j]
            key = toc_key(entry)
            if not key or len(key) > MAX_ENTRY or (_PROSE.search(entry) and not has_leaders(entry)):
                break
            if first is not None and first.names(key):
                break  # the body starts: its first heading repeats the first entry
            first = first or TocTitles([key])
            skip.add(j)
            titles.append(key)
            j += 1
        i = j
    return skip, titles

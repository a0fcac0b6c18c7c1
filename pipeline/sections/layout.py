"""The text as lines with offsets: non-empty lines, stripped, with two repairs of PDF layout.

- A marker broken over two lines ("（" then "三）改革开放…") is one line.
- A title glued into a table line by the PDF text layer ("…171.01其他相关情况说明",
  "…0.95 0.95政府性基金预算财政拨款收入支出决算表单位：万元…") is cut out as a line of its own
  when it repeats a TOC title.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

_LINE = regex.compile(r"[^\n]+")
_OPEN_ONLY = regex.compile(r"^[（(]$")
_CLOSE_START = regex.compile(r"^[一二三四五六七八九十\d]{1,3}[）)]")
_UNIT = "(?:单位|编制部门|编制单位|金额单位)"


@dataclass(frozen=True, slots=True)
class Line:
    """A stripped non-empty line; ``text`` is the text's slice [start:end]."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        if lines and _OPEN_ONLY.match(lines[-1].text) and _CLOSE_START.match(stripped):
            prev = lines.pop()
            lines.append(Line(prev.start, end, text[prev.start:end]))
            continue
        lines.append(Line(start, end, stripped))
    return lines


def split_glued(text: str, lines: Sequence[Line], titles: Sequence[str], first: int) -> list[Line]:
    """Cut TOC titles glued after a number into table lines out as lines (from line ``first`` on)."""
    long_titles = sorted({t for t in titles if len(t) >= 6}, key=len, reverse=True)
    if not long_titles:
        return list(lines)
    pattern = regex.compile(
        r"(?<=\d)(?:" + "|".join(regex.escape(t) for t in long_titles) + r")(?=" + _UNIT + r"|$)"
    )
    out = list(lines[:first])
    for line in lines[first:]:
        pos = 0
        for m in pattern.finditer(line.text):
            if m.start() > pos:
                out.append(_piece(text, line.start + pos, line.start + m.start()))
            out.append(Line(line.start + m.start(), line.start + m.end(), m.group()))
            pos = m.end()
        if pos == 0:
            out.append(line)
        elif pos < len(line.text):
            out.append(_piece(text, line.start + pos, line.end))
    return [l for l in out if l.text]


def _piece(text: str, start: int, end: int) -> Line:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return Line(start + lead, start + lead + len(stripped), stripped)

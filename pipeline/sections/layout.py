"""The text as lines with offsets: non-empty lines, stripped, with two repairs of PDF layout.

- A marker broken over two lines ("（" then "三）改革开放…") is one line.
- A numbered title a web page wrapped after a comma, 、 or a joining word ("一、坚持创新驱动，" then
  "加快产业转型升级") is one line with its short tail.
- A title glued into a table line by the PDF text layer ("…171.01其他相关情况说明",
  "…0.95 0.95政府性基金预算财政拨款收入支出决算表单位：万元…") is cut out as a line of its own
  when it repeats a TOC title.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

_LINE = regex.compile(r"^[ \t\f\v\r]*(\S(?:[^\n]*\S)?)", regex.M)
MIN_GLUED = 6  # shortest TOC title cut out of a line
_CLOSE_START = regex.compile(r"^[一二三四五六七八九十\d]{1,3}[）)]")
_UNITS = ("单位", "编制部门", "编制单位", "金额单位")
_SPACE = regex.compile(r"[ \t]")
# a numbered title cut after a comma, 、 or a joining word, and the short tail that completes it
_WRAPPED_HEAD = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}部分)"
                              r"[^。；：:！？\n]{2,28}(?:[，,、]|[和及与暨])$")
_WRAP_TAIL = regex.compile(r"^[^。；：:！？，,、\d（(一二三四五六七八九十][^。；：:！？\n]{1,23}$")


@dataclass(frozen=True, slots=True)
class Line:
    """A stripped non-empty line; ``text`` is the text's slice [start:end]."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    for m in _LINE.finditer(text):
        start, end = m.span(1)
        stripped = m.group(1)
        if lines and stripped[0] in "一二三四五六七八九十0123456789" and lines[-1].text in ("（", "(") \
                and _CLOSE_START.match(stripped):
            prev = lines.pop()
            lines.append(Line(prev.start, end, text[prev.start:end]))
            continue
        if lines and _WRAPPED_HEAD.match(lines[-1].text) and _WRAP_TAIL.match(stripped):
            prev = lines.pop()
            lines.append(Line(prev.start, end, text[prev.start:end]))
            continue
        lines.append(Line(start, end, stripped))
    return lines


def split_glued(text: str, lines: Sequence[Line], titles: Sequence[str], first: int) -> list[Line]:
    """Cut TOC titles glued into other lines out as lines of their own (from line ``first``
    on): a title after a number at the end of a line or before a unit label, or a title
    before a unit label or before another such title. Spaces inside the text are ignored."""
    long_titles = sorted({t for t in titles if len(t) >= MIN_GLUED}, key=len, reverse=True)
    if not long_titles or first >= len(lines):
        return list(lines)
    spaces = [m.start() for m in _SPACE.finditer(text)]
    squeezed = _SPACE.sub("", text) if spaces else text
    slots = [pos - k for k, pos in enumerate(spaces)]  # where each space was, in ``squeezed``

    def original(j: int) -> int:
        return j + bisect_right(slots, j)

    begin = lines[first].start - bisect_left(spaces, lines[first].start)
    spans: list[tuple[int, int]] = []
    for title in long_titles:
        j = squeezed.find(title, begin)
        while j >= 0:
            end = j + len(title)
            if _glued(squeezed, j, end, long_titles):
                spans.append((original(j), original(end - 1) + 1))
            j = squeezed.find(title, end)
    if not spans:
        return list(lines)
    starts = [l.start for l in lines]
    cuts: dict[int, list[tuple[int, int]]] = {}
    for start, end in sorted(set(spans)):
        k = bisect_right(starts, start) - 1
        if end <= lines[k].end and not (cuts.get(k) and cuts[k][-1][1] > start):
            cuts.setdefault(k, []).append((start, end))
    out = list(lines[:first])
    for k in range(first, len(lines)):
        line = lines[k]
        if k not in cuts:
            out.append(line)
            continue
        pos = line.start
        for start, end in cuts[k]:
            out.append(_piece(text, pos, start))
            out.append(Line(start, end, text[start:end]))
            pos = end
        out.append(_piece(text, pos, line.end))
    return [l for l in out if l.text]


def _glued(squeezed: str, j: int, end: int, titles: Sequence[str]) -> bool:
    """Whether the title at squeezed[j:end] is glued into its line as a title."""
    before = squeezed[j - 1] if j else "\n"
    after = squeezed[end] if end < len(squeezed) else "\n"
    if before == "\n" and after == "\n":
        return False  # a line of its own already
    if squeezed.startswith(_UNITS, end):
        return True
    if before.isdigit() and after == "\n":
        return True
    return any(squeezed.startswith(t, end) and squeezed.startswith(_UNITS, end + len(t)) for t in titles)


def _piece(text: str, start: int, end: int) -> Line:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return Line(start + lead, start + lead + len(stripped), stripped)

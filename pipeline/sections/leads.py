"""Standalone lead sentences: an unnumbered (or 一是-numbered) short line standing alone before
its paragraph ("这一年，我们……。", "一是联合港澳承办十五运会。", "大力提振消费。").

They are headings one level below the heading they stand in. Leads of a section that share an
opening ("这一年，", "五年来，", "聚焦", "这是", 一是/二是) form a series; a plain lead after a
lead of a series belongs to that series lead, one level further down.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

MIN_LEN, MAX_LEN = 4, 50
MAX_PLAIN = 24  # a lead outside a series
MAX_SUB = 24  # a sub-lead merged into the line of its series lead
SERIES_MIN = 3  # leads sharing an opening that make a series

_HAN = regex.compile(r"\p{Han}")
# What a line before a lead ends with: the end of a paragraph.
_PARA_END = tuple("。！？!?；;：:”」』）)…")
# A lead never ends like this: a lead-in (：), a salutation (！), a cut sentence.
_BAD_END = tuple("：:，,、；;！!？?（(《“—-")
# A line that continues the previous one (a sentence cut by the layout) cannot follow a lead.
_CONTINUATION = regex.compile(r"^(?:[，。、；：！？）》”,.;:!?)]|是[：:，,])")
# Punctuation a lead sentence never holds.
_NOT_LEAD = regex.compile(r"[；;！!？?：:]")
# A lead-in announcing a list ("主要做了以下工作。") or an article of rules is no lead.
_LEAD_IN = regex.compile(r"以下|如下|^第[一二三四五六七八九十百零〇\d]+条")
_SENTENCE = regex.compile(r"[^。]+。?")


@dataclass(slots=True)
class Head:
    """A heading found by the pass: offsets, marker, title, parent (an index), level."""

    start: int
    end: int
    number: str | None
    title: str
    parent: int | None
    level: int = 1


@dataclass(frozen=True, slots=True)
class Lead:
    """One lead sentence: offsets into the text, its title, its series opening (or "")."""

    start: int
    end: int
    number: str | None
    title: str
    opening: str
    parent: int | None  # the heading it stands in (builder id)
    sub: bool = False  # the second sentence of a merged line: a sub-lead of the first
    merged: bool = False  # the first sentence of such a line (kept only in a series)


def is_prose(line: str) -> bool:
    """A paragraph line: long enough and holding a sentence."""
    return len(line) >= 30 and ("。" in line or "；" in line)


def lead_parts(line: str, *, prev: str | None, nxt: str | None) -> list[tuple[int, int]] | None:
    """The sentence spans (offsets into ``line``) of a lead line, or None if it is not one.

    A merged line of two short sentences ("五年来，……新跨越。经济实力显著提升。") gives two
    spans: a lead and its first sub-lead.
    """
    if prev is None or nxt is None or not prev.endswith(_PARA_END):
        return None
    if not MIN_LEN <= len(line) <= 2 * MAX_LEN or line.endswith(_BAD_END) or not _HAN.search(line):
        return None
    if not is_prose(nxt) or _CONTINUATION.match(nxt) or len(nxt) < 1.2 * len(line):
        return None
    if _NOT_LEAD.search(line) or _LEAD_IN.search(line):
        return None
    parts = [(m.start(), m.end()) for m in _SENTENCE.finditer(line) if m.group().strip()]
    if len(parts) > 2 or any(e - s > MAX_LEN for s, e in parts):
        return None
    if len(parts) == 2 and (parts[1][1] - parts[1][0] > MAX_SUB or not line.endswith("。")):
        return None
    return parts


def plain_ok(title: str) -> bool:
    """A lead outside a series is a short phrase ("大力提振消费"), not an intro sentence."""
    return len(title) <= MAX_PLAIN and "，" not in title and "," not in title


def openings(leads: list[Lead]) -> set[tuple[int | None, str]]:
    """(parent, opening) pairs shared by enough leads of one section to make a series."""
    counts = Counter((lead.parent, lead.opening) for lead in leads if not lead.sub)
    return {key for key, n in counts.items() if n >= SERIES_MIN}


def place_leads(heads: list[Head], leads: list[Lead]) -> list[Head]:
    """All headings in document order with the leads placed under their heading, or under the
    series lead before them; parents index the returned list, levels follow parents.

    A lead repeating an earlier title (a page holding the report twice) or standing before
    the first heading is dropped, and so is a plain lead that reads like an intro sentence."""
    seen = {h.title for h in heads}
    kept: list[Lead] = []
    for lead in leads:
        if lead.title not in seen and lead.parent is not None:
            kept.append(lead)
        seen.add(lead.title)
    series = openings(kept)
    nodes: list[tuple[int, tuple[str, int], Head, tuple[str, int] | None]] = []
    for k, h in enumerate(heads):
        nodes.append((h.start, ("h", k), h, None if h.parent is None else ("h", h.parent)))
    last_series: dict[int | None, int] = {}
    dropped = False  # the first sentence of the merged line before was dropped
    for k, lead in enumerate(kept):
        owner = None
        in_series = lead.opening == "#shi" or (lead.parent, lead.opening) in series
        if lead.sub and dropped:
            continue
        dropped = lead.merged and not in_series  # two sentences, no series: an intro paragraph
        if dropped:
            continue
        if lead.sub or not in_series:
            if not plain_ok(lead.title):
                continue
            owner = last_series.get(lead.parent)
        else:
            last_series[lead.parent] = k
        if owner is not None:
            parent_key: tuple[str, int] | None = ("l", owner)
        else:
            parent_key = None if lead.parent is None else ("h", lead.parent)
        head = Head(start=lead.start, end=lead.end, number=lead.number, title=lead.title, parent=None)
        nodes.append((lead.start, ("l", k), head, parent_key))
    nodes.sort(key=lambda node: node[0])
    index = {node[1]: pos for pos, node in enumerate(nodes)}
    result: list[Head] = []
    for _, _, h, parent_key in nodes:
        parent = None if parent_key is None else index[parent_key]
        level = 1 if parent is None else result[parent].level + 1
        result.append(Head(start=h.start, end=h.end, number=h.number, title=h.title, parent=parent, level=level))
    return result

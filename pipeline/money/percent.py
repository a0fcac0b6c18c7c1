"""Percentages ("99.79%", "百分之五", "5%-6%") and percentage points ("0.4个百分点")."""
from __future__ import annotations

import regex

from .find import Raw, windows
from .numerals import parse_number

_AR = r"\d+(?:\.\d+)?"
PERCENT = regex.compile(
    rf"""
    (?:(?P<low>{_AR})[ \t]*%?[ \t]*(?:[-~～—–]|至)[ \t]*)?   # 5%-6% / 5-6%: the low end
    (?P<num>{_AR})[ \t]*(?P<unit>%|‰|个百分点|百分点)
  | 百分之(?P<cn>[零〇一二两三四五六七八九十百点]+)          # 百分之三十
    """,
    regex.X,
)

_ANCHOR = regex.compile(r"%|‰|百分点|百分之")


def scan_percentages(text: str) -> list[Raw]:
    """The percentages of ``text`` in order (a range gives its two ends)."""
    out: list[Raw] = []
    for lo, hi in windows(text, _ANCHOR, before=32, after=10):
        out.extend(_scan(text, lo, hi))
    return out


def _scan(text: str, lo: int, hi: int) -> list[Raw]:
    out: list[Raw] = []
    for m in PERCENT.finditer(text, lo, hi):
        if m.group("cn"):
            parsed = parse_number(m.group("cn"))
            if parsed is not None:
                out.append(Raw("percent", m.start(), m.end(), parsed[0], unit="%"))
            continue
        prev = text[m.start() - 1] if m.start() else ""
        if prev and prev in ".,0123456789":
            continue
        unit = m.group("unit")
        unit = "个百分点" if "百分点" in unit else unit
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if m.group("low"):
            low = parse_number(m.group("low"))
            if low is not None:
                out.append(Raw("percent", m.start("low"), m.end("low"), low[0], unit=unit,
                               range="low"))
                out.append(Raw("percent", m.start("num"), m.end(), value[0], unit=unit,
                               range="high"))
                continue
        out.append(Raw("percent", m.start("num"), m.end(), value[0], unit=unit))
    return out

"""The year of a work report: the year of its meeting or date line, not a year its headings review.

In order:
1. the first of: the dated subtitle (——2019年1月29日在…人民代表大会…), also in Chinese numerals
   (二〇一九年一月十四日), and a line of the head that is only a date ("2013年3月19日", "（2008年3月27日）") or a date and the
   meeting ("2019年1月29日保定市徐水区第二届人民代表大会…");
2. the title's year ("2026年北京市政府工作报告");
3. the year the report plans for, named in a heading or lead (2019年工作安排, 2019年主要任务);
4. the year after the one it reviews (2018年工作回顾 → 2019).
"""
from __future__ import annotations

import regex

from .fields import to_year, year_in
from .head import CN_DIGITS, YEAR, Segment

_DATE = rf"(?P<year>{YEAR})年[\d{CN_DIGITS}十]{{1,3}}月[\d{CN_DIGITS}十]{{1,3}}日"
_DATE_LINE = regex.compile(rf"^[（(]?[—-]*{_DATE}(?:[）)]?$|在?\p{{Han}}{{0,30}}人民代表大会)")  # or a meeting after it
_PLAN = regex.compile(
    rf"(?P<year>{YEAR})年(?:的)?(?:工作安排|主要任务|工作任务|目标任务|重点工作|工作目标|工作重点|政府工作安排|"
    r"发展目标|总体要求|经济社会发展的?(?:主要)?(?:目标|任务))")
_REVIEW = regex.compile(rf"(?P<year>{YEAR})年(?:主要)?工作回顾")
PLAN_CHARS = 40000  # the plan for the year is set out in the second part of a report


_DATE_PARTS = regex.compile(rf"(?P<y>{YEAR})年(?P<m>[\d{CN_DIGITS}十]{{1,3}})月(?P<d>[\d{CN_DIGITS}十]{{1,3}})日")
_CN_NUMBER = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _small(text: str) -> int:
    """1–31 in Arabic or Chinese numerals (十四, 二十九, 三十一)."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        return _CN_NUMBER.get(tens, 1) * 10 + (_CN_NUMBER.get(units, 0) if units else 0)
    return _CN_NUMBER.get(text, 0)


def report_date(segs: list[Segment]) -> str | None:
    """The date of a work report's meeting or date line, as YYYY-MM-DD (二〇一九年一月十四日 too)."""
    for seg in segs:
        if seg.subtitle or (_DATE_LINE.match(seg.text) and not seg.debris):
            m = _DATE_PARTS.search(seg.text)
            year = to_year(m.group("y")) if m else None
            month, day = (_small(m.group("m")), _small(m.group("d"))) if m else (0, 0)
            return f"{year:04d}-{month:02d}-{day:02d}" if year and 1 <= month <= 12 and 1 <= day <= 31 else None
    return None


def report_year(segs: list[Segment], title: str | None, text: str) -> int | None:
    """The year a work report is given in (see the module docstring)."""
    for seg in segs:  # the first dated subtitle or date line
        m = _DATE_LINE.match(seg.text)
        if seg.subtitle or (m and not seg.debris):
            return year_in(seg.text)
    if year_in(title):
        return year_in(title)
    m = _PLAN.search(text[:PLAN_CHARS])
    if m:
        return to_year(m.group("year"))
    m = _REVIEW.search(text[:PLAN_CHARS])
    year = to_year(m.group("year")) if m else None
    return year + 1 if year else None

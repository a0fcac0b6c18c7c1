"""Which year a figure is about, and whether it is an outcome, a target, a budget or a plan.

A figure's ``year`` (or ``years``, [start, end] of a period) is read, in order, from:
1. its sentence before it: the nearest year (2016年 …, 到2025年), period (2016—2020年, "十三五"
   时期/期间, 过去五年, 2016年以来) or relative year (今年, 去年/上年, 明年, 一年来); a comparison
   base (比2023年度, 较上年) is not the figure's year;
2. the nearest enclosing section title that names one (2021年工作回顾, 2022年工作安排); a level
   stated as a change's start or end (从68亿元增长到91.8亿元) in such a period is the year
   before it starts, or the year it ends;
3. for a budget, final accounts or performance report: the report's year.
Its ``status``, in order: ``budget`` in a 预算 or where its label says 预算 (not 执行数);
``actual`` where its label or measure says 决算/执行数/实际; ``target`` where its clause says so
(预期, 目标, 力争, 争取, 确保, 要/将/计划…达到); ``plan`` (安排, 拟, 计划投资); else by the year:
before the report's year ``actual``, after it ``target``, the report's own year ``actual`` in
accounts and reviews and ``target`` in a work report (given at the start of its year).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .phrases import sentence_start

WORK_REPORT = "政府工作报告"
BUDGETS = ("部门预算", "单位预算")
FIVE_YEAR_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"两": 2, "十": 10}

_YEAR_CUES = regex.compile(
    r"""(?P<from>(?:19|20)\d{2})\s*年?\s*(?:[-—–~至到])\s*(?P<to>(?:19|20)\d{2})\s*年   # 2016—2020年
      | [“"]?(?P<plan>十[一二三四五])五[”"]?(?P<plan_part>时期|期间|以来|末|期末|初)?   # "十三五"时期
      | (?P<since>(?:19|20)\d{2})\s*年以来                                           # 2016年以来
      | (?P<base>(?:比|较|与|同)\s*)?(?P<year>(?:19|20)\d{2})\s*年(?!\d)             # 2016年 / 比2023年
      | (?P<past>过去|近|前)(?P<span>[一二三四五六七八九十两\d]{1,2})年|(?P<span2>[一二三四五六七八九十两\d]{1,2})年来
      | (?P<rel>今年|本年|当年|去年|上年|上一年|明年)
    """,
    regex.X,
)
_TARGET = regex.compile(
    r"预期|目标|力争|争取|确保|努力(?:实现|达到)|(?:要|将|计划|预计将)(?:达到|突破|实现|完成|超过|增长|增加)"
    r"|(?<!增长|增加|提高|上升|扩大|下降|减少|降低)到(?:19|20)\d{2}年")  # 到2025年, not 增长到2020年的
_PLAN = regex.compile(r"安排|(?<![已])拟|计划(?:总)?投资|将投入|预算安排")
_ACTUAL_LABEL = regex.compile(r"决算|执行数|实际|完成数")
_BUDGET_LABEL = regex.compile(r"预算(?!执行)")
_SECTION_YEAR = regex.compile(r"(?P<year>(?:19|20)\d{2})年|(?P<past>过去|近)(?P<span>[五三十两\d]{1,2})年|(?P<plan>十[一二三四五])五")


@dataclass(frozen=True, slots=True)
class When:
    year: int | None = None
    years: tuple[int, int] | None = None
    status: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"year": self.year, "years": list(self.years) if self.years else None, "status": self.status}


@dataclass(frozen=True, slots=True)
class Context:
    """What is known of the document: its year, type and section titles with their spans."""
    year: int | None
    report_type: str | None
    sections: Sequence[tuple[int, int, str]] = ()  # (start, content_end, title)


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 2 and text[0] == "十":
        return 10 + _CN[text[1]]
    return _CN.get(text, 0)


def _from_cue(m: regex.Match[str], year: int | None) -> tuple[int | None, tuple[int, int] | None]:
    if m.group("to"):
        return None, (int(m.group("from")), int(m.group("to")))
    if m.group("plan"):
        first = FIVE_YEAR_PLANS.get(m.group("plan") + "五")
        part = m.group("plan_part") or ""
        if first is None:
            return None, None
        return (first + 4, None) if part in ("末", "期末") else (first, None) if part == "初" else (None, (first, first + 4))
    if m.group("since"):
        return None, (int(m.group("since")), year - 1) if year else None
    if m.group("year"):
        return int(m.group("year")), None
    if m.group("rel") and year:
        return {"去年": year - 1, "上年": year - 1, "上一年": year - 1, "明年": year + 1}.get(m.group("rel"), year), None
    span = _number(m.group("span") or m.group("span2") or "")
    return _past(span, year)


def _past(span: int, year: int | None) -> tuple[int | None, tuple[int, int] | None]:
    """The ``span`` years before ``year``: 一年来 → the year before, 五年来 → a period."""
    if not year or not span:
        return None, None
    return (year - 1, None) if span == 1 else (None, (year - span, year - 1))


def sentence_time(text: str, start: int, year: int | None, *, lo: int | None = None,
                  bases: bool = False, sentence: int | None = None) -> tuple[int | None, tuple[int, int] | None]:
    """The nearest year or period named before ``start`` in its sentence (which starts at
    ``sentence``; from ``lo`` when given); a comparison base counts only with ``bases`` (step 1)."""
    lo = max(sentence if sentence is not None else sentence_start(text, start), lo or 0)
    for m in reversed(list(_YEAR_CUES.finditer(text, lo, start))):
        if m.group("base") and not bases:
            continue  # 比2023年: the base of a comparison
        found = _from_cue(m, year)
        if found != (None, None):
            return found
    return None, None


def section_time(sections: Sequence[tuple[int, int, str]], pos: int,
                 year: int | None) -> tuple[int | None, tuple[int, int] | None]:
    """The year or period of the innermost section title around ``pos`` that names one (step 2)."""
    for start, end, title in reversed(sections):
        if start <= pos < end and (m := _SECTION_YEAR.search(title)):
            if m.group("year"):
                return int(m.group("year")), None
            if m.group("plan"):
                first = FIVE_YEAR_PLANS[m.group("plan") + "五"]
                return None, (first, first + 4)
            return _past(_number(m.group("span")), year)
    return None, None


def _status(clause: str, stated: str, when: int | None, ctx: Context) -> str | None:
    if ctx.report_type in BUDGETS and not _ACTUAL_LABEL.search(stated):
        return "budget"
    if _ACTUAL_LABEL.search(stated):
        return "actual"
    if _BUDGET_LABEL.search(stated):
        return "budget"
    if _TARGET.search(clause):
        return "target"
    if _PLAN.search(clause):
        return "plan"
    if when is None or ctx.year is None:
        return None
    if when != ctx.year:
        return "actual" if when < ctx.year else "target"
    return "target" if ctx.report_type == WORK_REPORT else "actual"


# "从68亿元增长到91.8亿元", "由“十二五”末的29.1亿元增长到50.1亿元": a level at a period's start and end
_TO_END = regex.compile(r"(?:从|由)[^，。；;从由]{0,30}?(?:增加|增长|提高|上升|扩大|下降|减少|降低|达)?到")
_FROM_START = regex.compile(r"(?:从|由)$")
_THEN_TO = regex.compile(r"[^，。；;]{0,12}?到")
_CLAUSE_END = regex.compile(r"[，。；;]")
_FROM_BASE = regex.compile(r"(?:从|由)[^，。；;从由到]{0,12}的$")  # 从2015年的|87.55亿元
EDGE_WINDOW = 40


def _role(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """("to", where its 从/由 starts, where its 到 ends) for the level a change ends at,
    ("from", 0, 0) for the one it starts from, (None, 0, 0) else."""
    lo = max(0, start - EDGE_WINDOW)
    to = None
    for to in _TO_END.finditer(text, lo, start):
        pass
    if to is not None and not _CLAUSE_END.search(text, to.end(), start):
        return "to", to.start(), to.end()
    if _FROM_START.search(text, lo, start) or _FROM_BASE.search(text, lo, start):
        if _THEN_TO.match(text, end):
            return "from", 0, 0
    return None, 0, 0


def figure_time(text: str, start: int, stated: str, ctx: Context, *, end: int | None = None) -> When:
    """The year (or period) and status of the figure at ``start``..``end``; ``stated`` is its
    label and measure."""
    role, origin, after = _role(text, start, end if end is not None else start)
    sentence = sentence_start(text, start)
    year, years = sentence_time(text, start, ctx.year, lo=after, bases=role == "from", sentence=sentence)
    if role == "to" and year is None and years is None:  # a year before the change: 2002年…由A增加到B
        year, years = sentence_time(text, origin, ctx.year)
    if year is None and years is None:
        year, years = section_time(ctx.sections, start, ctx.year)
        if role == "to":  # the end of the period reviewed
            year, years = (years[1] if years else _year_before(ctx)), None
        elif role == "from" and years:
            year, years = years[0] - 1, None
    if year is None and years is None and ctx.report_type != WORK_REPORT:
        year = ctx.year
    clause = text[sentence:start]
    when = year if year is not None else (years[1] if years else None)
    return When(year, years, _status(clause, stated, when, ctx))


def _year_before(ctx: Context) -> int | None:
    return ctx.year - 1 if ctx.year and ctx.report_type == WORK_REPORT else None

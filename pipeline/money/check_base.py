"""What every check rule shares: the precision a figure is written to, whether an amount states
a level, figures by position, and the ``Check`` record (the rules: ``check_sums``,
``check_statements``; all of them run by ``checks.checks``)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

import regex

from .records import Amount, Check, Percentage, Score, dec

BUDGET_END = regex.compile(r"(?:年初预算|全年预算|调整预算|调整后预算|预算数|预算执行数)$")
ACTUAL_END = regex.compile(r"决算数?$")
_NUM = regex.compile(r"\d[\d,]*(?:\.(\d+))?")
_UNIT_SCALE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_CHANGE_END = regex.compile(r"(?:增加|减少|(?<!稳)增长|下降|提高|降低|上升|持平|节约|节省|下调|上调|压减|压缩|增|减)$")
_COMPARISON = regex.compile(r"^(?:比|较|与|同比|环比)|一致|持平")
_THRESHOLD = frozenset({"以上", "以下", "以内", "不足", "超", "近", "约", "左右", "多", "余"})


def precision(figure: Amount | Percentage | Score) -> Decimal:
    """Half a unit of the last written digit, in the figure's value units."""
    m = _NUM.search(figure.text)
    if not m:
        return Decimal(0)
    number = Decimal(m.group().replace(",", ""))
    step = Decimal(1).scaleb(-len(m.group(1) or ""))
    if number:
        scale = figure.value / number
    else:
        scale = Decimal(1)
        for ch in figure.text[m.end():]:
            scale *= _UNIT_SCALE.get(ch, 1)
    return abs(step * scale) / 2


def is_level(a: Amount) -> bool:
    """A plain statement of an item's value: not a change, comparison, threshold or range."""
    return not (_CHANGE_END.search(a.stated) or _COMPARISON.search(a.label)
                or (a.measure and _COMPARISON.search(a.measure))
                or a.qualifier in _THRESHOLD or "含" in (a.qualifier or "") or a.range)


class Positions:
    """Indices of figures by text position, for "which figures lie between lo and hi"."""

    def __init__(self, figures: Sequence[Amount | Score | Percentage]) -> None:
        self.order = sorted(range(len(figures)), key=lambda k: figures[k].start)
        self.starts = [figures[k].start for k in self.order]

    def between(self, lo: int, hi: int) -> list[int]:
        """Indices of the figures starting in [lo, hi), in text order."""
        return self.order[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]


def show(a: Amount | Score) -> str:
    return f"{(a.stated if isinstance(a, Amount) else a.label) or '?'} {a.text}"


def check(rule: str, *, idx: Sequence[int], expected: Decimal, actual: Decimal, ok: bool,
          message: str) -> Check:
    return Check(rule=rule, amounts=tuple(idx), expected=dec(expected), actual=dec(actual),
                 ok=ok, message=message)

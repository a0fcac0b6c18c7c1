"""Consistency checks of a text's figures: each rule returns ``Check`` records, ``ok`` False
for a problem. Checks flag, they never fix.

Rules (``rule`` field):
- ``sum``: a total and its 其中 parts ("支出决算221.90万元，其中：基本支出210.60万元，项目支出
  11.30万元"). Parts that add up to more than the total are flagged; less only when the parts
  form a complete breakdown (``models/money/breakdowns.tsv``) or their shares make 100%.
- ``score_sum``: the same for scores ("得分94.90分，其中…44.90分，…50分"); indices into scores.
- ``share``: "X万元，占r%" against X / total (the 其中 total, or the named one: 占本年支出合计的r%),
  and "完成年初预算的r%" against 决算 / 预算.
- ``change_rate``: "减少D万元，下降r%" against D / (L + D), L the level stated before.
- ``budget_vs_actual``: "决算数小于/大于/等于预算数" against the 年初预算 and 决算 stated before.
- ``part_exceeds_total``: a part larger than its total (``models/money/hierarchy.tsv``).
- ``repeat``: the same budget item stated twice with different values.
- ``near_repeat``: two amounts one digit apart and within 0.1% (221.910万元 next to 221.90万元).

Tolerances follow the written precision: 221.90万元 is exact to ±50元.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

import regex

from .records import Amount, Check, Percentage, Score, dec

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


def checks(text: str, *, amounts: Sequence[Amount], scores: Sequence[Score]) -> list[Check]:
    """All checks of ``text`` (see the module note)."""
    from .check_statements import (budget_vs_actual, change_rates, near_repeats,
                                   parts_exceeding_totals, repeats)
    from .check_sums import completion_shares, named_shares, score_sums, sums
    from .figures import figures

    amounts = list(amounts)
    scores = list(scores)
    percentages = list(figures(text)[1])
    out: list[Check] = []
    out += sums(text, amounts, percentages)
    out += score_sums(text, scores)
    out += named_shares(text, amounts, percentages)
    out += completion_shares(text, amounts, percentages)
    out += change_rates(text, amounts, percentages)
    out += budget_vs_actual(text, amounts)
    out += parts_exceeding_totals(amounts)
    out += repeats(text, amounts)
    out += near_repeats(text, amounts)
    return out

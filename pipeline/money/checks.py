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

from collections.abc import Sequence

from .check_statements import budget_vs_actual, change_rates, near_repeats, parts_exceeding_totals, repeats
from .check_sums import completion_shares, named_shares, score_sums, sums
from .figures import figures
from .records import Amount, Check, Score


def checks(text: str, *, amounts: Sequence[Amount], scores: Sequence[Score]) -> list[Check]:
    """All checks of ``text`` (see the module note)."""
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

"""Sum and share checks: a total against its 其中 parts, a part's 占r% against part / total."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from . import lexicon
from .check_base import ACTUAL_END, BUDGET_END, Positions, check, is_level, precision, show
from .records import Amount, Check, Percentage, Score, dec

_OF_WHICH = regex.compile(r"[^。；;\n]{0,4}?[，,：:]?\s*其\s*中\s*[：:，,]?")
_INTRO = regex.compile(r"[^。；;\n]{0,4}?[，,：:]?\s*(?:其\s*中|主要用于以下(?:几个)?方面)\s*[：:，,]?")
_SCOPE_END = regex.compile(r"[。]|其\s*中|\n(?=\s*(?:[（(]?[一二三四五六七八九十\d]+(?:[）)、]|\.(?!\d))|$))")
_SHARE = regex.compile(r"^[ \t]*[，,]?[ \t]*占[ \t]*$")
_NAMED_SHARE = regex.compile(r"占(?P<name>[^，。；;、\d]{2,20}?)的$")
_COMPLETION = regex.compile(r"完成(?P<name>(?:年初|全年|调整后?)?预算(?:数)?)的$")
_RESTATED = frozenset({"合计", "总计", "共计", "小计", "累计"})   # the total said again
_NUMBER = regex.compile(r"\d[\d,]*(?:\.\d+)?")
_BREAKDOWNS = [row[1].split("|") for row in lexicon.table("breakdowns.tsv")]


def _scope(text: str, pos: int, intro: regex.Pattern[str]) -> tuple[int, int] | None:
    """The span of the parts list introduced right after ``pos`` (其中：… up to 。)."""
    m = intro.match(text, pos, pos + 40)
    if not m:
        return None
    end = _SCOPE_END.search(text, m.end(), m.end() + 600)
    return m.end(), end.start() if end else min(len(text), m.end() + 600)


def _share_after(text: str, a: Amount, percentages: Sequence[Percentage],
                 where: Positions) -> Percentage | None:
    """The percentage stated right after a figure: "6.2万元，占0.21%"."""
    for k in where.between(a.end, a.end + 9):
        if _SHARE.match(text[a.end:percentages[k].start]):
            return percentages[k]
    return None


def _complete(labels: Sequence[str]) -> bool:
    """Whether the part labels all name members of one complete breakdown."""
    for members in _BREAKDOWNS:
        if all(any(m in label for m in members) for label in labels):
            return True
    return False


def sums(text: str, amounts: Sequence[Amount], percentages: Sequence[Percentage]) -> list[Check]:
    out: list[Check] = []
    where, where_pct = Positions(amounts), Positions(percentages)
    for i, total in enumerate(amounts):
        if not is_level(total):
            continue
        scope = _scope(text, total.end, _INTRO)
        if scope is None:
            continue
        inside = [j for j in where.between(*scope) if amounts[j].currency == total.currency]
        idx = [j for j in inside if is_level(amounts[j]) and amounts[j].label not in _RESTATED]
        restated = any(amounts[j].label in _RESTATED and amounts[j].value == total.value
                       for j in inside)
        if not idx:
            continue
        parts = [amounts[j] for j in idx]
        total_sum = sum((a.value for a in parts), Decimal(0))
        tolerance = precision(total) + sum((precision(a) for a in parts), Decimal(0))
        shares = [_share_after(text, a, percentages, where_pct) for a in parts]
        share_sum = sum((s.value for s in shares if s), Decimal(0))
        by_shares = all(shares) and abs(share_sum - 100) <= Decimal("0.2")
        complete = (len(parts) >= 2 and _complete([a.label for a in parts])) or by_shares \
            or restated
        diff = total_sum - total.value
        if diff > tolerance:
            ok = False
        elif -diff > tolerance:
            ok = not complete
        else:
            ok = True
        if not ok or complete or len(parts) >= 2:
            terms = " + ".join(show(a) for a in parts)
            if not ok:
                message = f"{show(total)} ≠ {terms} = {_fmt(total_sum, total)}"
            elif abs(diff) <= tolerance:
                message = f"{show(total)} = {terms}"
            else:
                message = (f"{show(total)} ≥ {terms} = {_fmt(total_sum, total)} "
                           "(the 其中 list is partial)")
            out.append(check("sum", idx=[i, *idx], expected=total.value, actual=total_sum,
                             ok=ok, message=message))
        for j, share in zip(idx, shares):
            if share is not None and share.unit == "%" and total.value:
                out.append(_share_check(amounts[j], j, total=total, i=i, share=share))
    return out


def _fmt(value: Decimal, like: Amount) -> str:
    """A value in the unit words of ``like`` (a 万元 amount's sum in 万元)."""
    m = _NUMBER.search(like.text)
    if m:
        number = Decimal(m.group().replace(",", ""))
        if number:
            return f"{dec(value / (like.value / number))}{like.text[m.end():].strip()}"
    return dec(value)


def _share_check(part: Amount, j: int, *, total: Amount, i: int, share: Percentage) -> Check:
    expected = part.value / total.value * 100
    decimals = len(share.text.split(".")[1].rstrip("%").strip()) if "." in share.text else 0
    slack = Decimal(1).scaleb(-decimals) / 2 + abs(expected) * (
        precision(part) / abs(part.value) if part.value else Decimal(0)) + abs(expected) * (
        precision(total) / abs(total.value))
    ok = abs(expected - share.value) <= slack + Decimal("0.005")
    shown = expected.quantize(Decimal(1).scaleb(-decimals))
    message = (f"{show(part)} is {shown}% of {show(total)}, stated {share.text}")
    return check("share", idx=[j, i], expected=shown, actual=share.value, ok=ok,
                 message=message)


def named_shares(text: str, amounts: Sequence[Amount],
                 percentages: Sequence[Percentage]) -> list[Check]:
    """"X万元，占本年支出合计的100.00%": X against the amount labelled 本年支出合计."""
    out: list[Check] = []
    where = Positions(amounts)
    for p in percentages:
        m = _NAMED_SHARE.search(regex.sub(r"\s", "", text[max(0, p.start - 30):p.start]))
        if not m:
            continue
        name = m.group("name")
        before = where.between(p.start - 200, p.start)
        part_j = next((k for k in reversed(before) if 0 <= p.start - amounts[k].end <= 40), None)
        totals = {a.value: k for k, a in enumerate(amounts)
                  if is_level(a) and a.stated.endswith(name)}
        if part_j is None or len(totals) != 1:
            continue
        total_value, i = next(iter(totals.items()))
        if total_value and i != part_j:
            out.append(_share_check(amounts[part_j], part_j, total=amounts[i], i=i, share=p))
    return out


def completion_shares(text: str, amounts: Sequence[Amount],
                      percentages: Sequence[Percentage]) -> list[Check]:
    """"年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%"."""
    out: list[Check] = []
    where = Positions(amounts)
    for p in percentages:
        m = _COMPLETION.search(regex.sub(r"\s", "", text[max(0, p.start - 20):p.start]))
        if not m:
            continue
        segment = _segment_start(text, p.start)
        inside = [k for k in where.between(segment, p.start) if is_level(amounts[k])]
        actual = next((k for k in reversed(inside) if ACTUAL_END.search(amounts[k].stated)), None)
        budget = next((k for k in reversed(inside) if BUDGET_END.search(amounts[k].stated)), None)
        if actual is None or budget is None or not amounts[budget].value:
            continue
        out.append(_share_check(amounts[actual], actual, total=amounts[budget], i=budget, share=p))
    return out


def _segment_start(text: str, pos: int) -> int:
    """Start of the ；/。/line-delimited segment holding ``pos`` (a 其中 also starts one)."""
    lo = max(0, pos - 200)
    ends = [m.end() for m in regex.finditer(r"[。；;\n]|其\s*中", text[lo:pos])]
    return lo + ends[-1] if ends else lo


def score_sums(text: str, scores: Sequence[Score]) -> list[Check]:
    """"得分为94.90分，其中管理效能得分44.90分，履职效能得分50分": the parts make the total."""
    out: list[Check] = []
    where = Positions(scores)
    for i, total in enumerate(scores):
        scope = _scope(text, total.end, _OF_WHICH)
        if scope is None:
            continue
        idx = where.between(*scope)
        if len(idx) < 2:
            continue
        total_sum = sum((scores[j].value for j in idx), Decimal(0))
        tolerance = precision(total) + sum((precision(scores[j]) for j in idx), Decimal(0))
        ok = abs(total_sum - total.value) <= tolerance
        terms = " + ".join(show(scores[j]) for j in idx)
        message = f"{show(total)} {'=' if ok else '≠'} {terms}"
        if not ok:
            message += f" = {total_sum:f}分"
        out.append(check("score_sum", idx=[i, *idx], expected=total.value, actual=total_sum,
                         ok=ok, message=message))
    return out

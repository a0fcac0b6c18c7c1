"""Checks between statements: change rates, 决算 vs 预算 claims, parts larger than their
totals, the same item stated twice with different values, one-digit slips."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

import regex

from . import lexicon
from .check_base import ACTUAL_END, BUDGET_END, Positions, check, is_level, precision, show
from .items import exact_item, item_of
from .records import Amount, Check, Percentage

_RATE_GAP = regex.compile(r"^[ \t]*[，,]?[ \t]*(?P<verb>增长|下降|减少|增加|上升|降低|提高|增|降)[ \t]*$")
_DOWN = ("减少", "下降", "降低", "减", "降")
_UP = ("增加", "增长", "上升", "提高", "增")
_CHANGE = regex.compile(r"(?P<verb>增加|减少|增长|下降|提高|降低|上升|增|减)$")
_CLAIM = regex.compile(
    r"决算数?\s*(?:(?P<cmp>大于|小于|高于|低于|超过|等于|少于|多于)\s*(?:年初)?预算数?"
    r"|与\s*(?:年初)?预算数?\s*(?P<same>基本持平|持平|一致|相同|相等|基本一致))")
_STAGE = regex.compile(r"(?:年初预算|全年预算|调整预算|调整后预算|预算数|决算数|支出决算|决算|预算)$")
_UNIQUE = frozenset(lexicon.words("unique_items.txt"))
_HIERARCHY = [(row[0], row[1].split("|")) for row in lexicon.table("hierarchy.tsv")]
# Output measures whose growth rates are stated at constant prices, so a nominal change does
# not give them ("地区生产总值…较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%").
_REAL_TERMS = regex.compile(r"生产总值|增加值|GDP")
_SAME_LEVEL = regex.compile(r"[从由]|提高到|增加到|增长到|提升至|提高至|增至|下降到|降至")


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def change_rates(text: str, amounts: Sequence[Amount],
                 percentages: Sequence[Percentage]) -> list[Check]:
    """"收入支出总计2995.39万元。…收入支出总计减少56.95万元，下降1.87%": 56.95 / 3052.34."""
    out: list[Check] = []
    where, where_pct = Positions(amounts), Positions(percentages)
    for j, change in enumerate(amounts):
        m = _CHANGE.search(change.stated)
        if not m or change.range or change.qualifier or _REAL_TERMS.search(change.label):
            continue
        rate = next((percentages[k] for k in where_pct.between(change.end, change.end + 11)
                     if percentages[k].unit == "%"
                     and _RATE_GAP.match(text[change.end:percentages[k].start])), None)
        if rate is None:
            continue
        item = change.label if change.measure else change.label[:m.start()]
        lo = max(_paragraph_start(text, change.start) - 1, 0)
        lo = _paragraph_start(text, lo) if lo else 0   # this paragraph and the one before
        lo = max(lo, change.start - 600)
        level = None
        for i in where.between(lo, change.start):
            if is_level(amounts[i]) and amounts[i].stated == item and item:
                level = i
        if level is None:
            continue
        current = amounts[level].value
        down = m.group("verb") in _DOWN
        before = current + change.value if down else current - change.value
        if before <= 0:
            if not down or current:
                continue
        expected = change.value / before * 100 if before else Decimal(100)
        decimals = len(rate.text.split(".")[1].rstrip("%").strip()) if "." in rate.text else 0
        slack = Decimal(1).scaleb(-decimals) / 2 + Decimal("0.005") + expected * (
            precision(change) / change.value if change.value else Decimal(0)) + expected * (
            precision(amounts[level]) / before if before else Decimal(0))
        ok = abs(expected - rate.value) <= slack
        shown = expected.quantize(Decimal(1).scaleb(-decimals))
        message = (f"{show(amounts[level])} after {show(change)}: the change is {shown}% of "
                   f"the earlier {_plain(before, change)}, stated {rate.text}")
        out.append(check("change_rate", idx=[level, j], expected=shown, actual=rate.value,
                         ok=ok, message=message))
    return out


def _plain(value: Decimal, like: Amount) -> str:
    m = regex.search(r"\d[\d,]*(?:\.\d+)?", like.text)
    if m and Decimal(m.group().replace(",", "")):
        scale = like.value / Decimal(m.group().replace(",", ""))
        return f"{(value / scale).normalize():f}{like.text[m.end():].strip()}"
    return f"{value:f}"


def budget_vs_actual(text: str, amounts: Sequence[Amount]) -> list[Check]:
    """"年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数…": is it smaller?"""
    out: list[Check] = []
    floor = 0
    where = Positions(amounts)
    for m in _CLAIM.finditer(text):
        lo = max(floor, m.start() - 300)
        inside = [k for k in where.between(lo, m.start()) if is_level(amounts[k])]
        floor = m.end()
        budget = next((k for k in reversed(inside) if _is_budget(amounts[k].stated)), None)
        if budget is None:
            continue
        base = _base(amounts[budget])
        actuals = [k for k in inside if k > budget and ACTUAL_END.search(amounts[k].stated)]
        actual = next((k for k in actuals if _base(amounts[k]) == base),
                      actuals[-1] if actuals else None)
        if actual is None:
            continue
        b, a = amounts[budget].value, amounts[actual].value
        tolerance = precision(amounts[budget]) + precision(amounts[actual])
        claim = m.group("cmp") or m.group("same")
        if claim in ("大于", "高于", "超过", "多于"):
            ok = a - b > tolerance
        elif claim in ("小于", "低于", "少于"):
            ok = b - a > tolerance
        elif claim.startswith("基本"):
            ok = abs(a - b) <= max(tolerance, abs(b) * Decimal("0.02"))
        else:
            ok = abs(a - b) <= tolerance
        message = f"{show(amounts[budget])}, {show(amounts[actual])}: the text says 决算数{claim}预算数"
        out.append(check("budget_vs_actual", idx=[budget, actual], expected=b, actual=a,
                         ok=ok, message=message))
    return out


def _base(a: Amount) -> str:
    """The line item an amount is about, without a trailing 支出 (its stage word dropped)."""
    return regex.sub(r"支出$", "", a.label if a.measure else _STAGE.sub("", a.label))


def _is_budget(label: str) -> bool:
    return bool(BUDGET_END.search(label))


def _key(a: Amount) -> tuple[str, str] | None:
    """(item, stage) of a plain statement, or None."""
    if not is_level(a) or a.currency != "CNY":
        return None
    item = item_of(a.label)
    if item is None:
        return None
    if a.measure:
        return item, a.measure
    stage = _STAGE.search(a.label)
    return item, stage.group() if stage and stage.group() not in item else ""


def parts_exceeding_totals(amounts: Sequence[Amount]) -> list[Check]:
    """A part stated larger than its total (收入支出总计0万元 < 本年收入合计2946.25万元)."""
    values: dict[tuple[str, str], dict[Decimal, int]] = defaultdict(dict)
    for k, a in enumerate(amounts):
        key = _key(a)
        if key is not None:
            values[key].setdefault(a.value, k)
    out: list[Check] = []
    for total, parts in _HIERARCHY:
        for stage in {s for _, s in values}:
            totals = values.get((total, stage), {})
            if len(totals) != 1:
                continue
            (t_value, i), = totals.items()
            for part in parts:
                found = values.get((part, stage), {})
                if len(found) != 1:
                    continue
                (p_value, j), = found.items()
                tolerance = precision(amounts[i]) + precision(amounts[j])
                if p_value - t_value > tolerance:
                    out.append(check("part_exceeds_total", idx=[i, j], expected=t_value,
                                     actual=p_value, ok=False,
                                     message=f"{show(amounts[j])} is larger than its total "
                                     f"{show(amounts[i])}"))
    return out


def repeats(text: str, amounts: Sequence[Amount]) -> list[Check]:
    """The same budget item and stage stated with different values in two sentences."""
    out: list[Check] = []
    seen: dict[tuple[str, str], int] = {}
    for k, a in enumerate(amounts):
        key = _key(a)
        if key is None or key[0] not in _UNIQUE or exact_item(a.label) != key[0] \
                or _moving(text, a):
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = k
            continue
        b = amounts[first]
        if b.stated != a.stated:
            continue
        tolerance = precision(a) + precision(b)
        if abs(a.value - b.value) > tolerance:
            out.append(check("repeat", idx=[first, k], expected=b.value, actual=a.value,
                             ok=False,
                             message=f"{show(b)} and later {show(a)}: one item, two values"))
    return out


def _moving(text: str, a: Amount) -> bool:
    """Whether the amount is one end of a from-to statement (从X提高到Y)."""
    lo = max(0, a.start - 40)
    sentence = regex.split(r"[。；;\n]", text[lo:a.end + 12])
    return any(_SAME_LEVEL.search(s) for s in sentence[-2:])


def near_repeats(text: str, amounts: Sequence[Amount]) -> list[Check]:
    """Two amounts of one paragraph, one digit apart and within 0.1%: 221.910 vs 221.90."""
    out: list[Check] = []
    for k, a in enumerate(amounts):
        for i in range(max(0, k - 8), k):
            b = amounts[i]
            if a.currency != b.currency or a.value == b.value or not b.value:
                continue
            if a.start - b.end > 300 or text.count("\n", b.end, a.start) > 1:
                continue
            if abs(a.value - b.value) / abs(b.value) >= Decimal("0.001"):
                continue
            da, db = _digits(a.text), _digits(b.text)
            if da and db and _one_edit(da, db):
                out.append(check("near_repeat", idx=[i, k], expected=b.value, actual=a.value,
                                 ok=False, message=f"{show(b)} and {show(a)} differ by one digit"))
                break
    return out


def _digits(text: str) -> str:
    m = regex.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group().replace(",", "") if m else ""


def _one_edit(x: str, y: str) -> bool:
    """Whether two digit strings differ by one inserted, deleted or changed character."""
    if abs(len(x) - len(y)) > 1 or x == y:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y)) == 1
    if len(x) < len(y):
        x, y = y, x
    return any(x[:n] + x[n + 1:] == y for n in range(len(x)))

"""Scan a text for monetary amounts: every ``AMOUNT`` match that is a real amount, with its
qualifier and per-unit, as ``Raw`` figures in text order (labels come later)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex

from . import lexicon
from .numerals import DIGIT_CHARS, UNIT_CHARS
from .parse import AMOUNT, BARE_WAN, parse_match, with_inclusion

_PRE = regex.compile(
    rf"(?:{lexicon.alternation(list(lexicon.qualifiers('pre')))})[ \t]*$")
_PER_PREFIX = regex.compile(
    rf"每[ \t]*(?P<a>{lexicon.pattern('per_units.txt')})(?:每[ \t]*(?P<b>年|月|日|天|次))?[ \t]*$")
# Before a magnitude-led Chinese numeral these make it vague: 数十亿元, 上千亿元, 几百万元.
_VAGUE = set("数几上成好近余多逾")
# A lone Chinese digit glued to a preceding word is no amount (统一元), unless one of these
# money words or a preposition comes first.
_GLUE_OK = set("为是约近超达计共付收交缴罚奖补助每额价费款金资到至从由")
# The financial capitals, written only as numbers (壹 is no word's tail as 一 is in 统一).
_CAPITALS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")
# A bare 万 needs one of these in its sentence to count as money.
_MONEY_CUE = regex.compile(r"预算|资金|金额|经费|支出|收入|拨款|投资|合计|总计|万元")
_SENTENCE_END = regex.compile(r"[。！？!?\n]")
# Where an amount can end: a currency word, 角钱 / 分钱, 分 per unit.
_ANCHOR = regex.compile(rf"{lexicon.alternation(list(lexicon.currencies()))}|角钱|分钱|分/")
_WAN = regex.compile("万")
_NUMBER_CHARS = frozenset("0123456789.," + DIGIT_CHARS + UNIT_CHARS + "点")


@dataclass(slots=True)
class Raw:
    """A figure found in the text before labelling (internal, mutable)."""

    kind: str            # "amount", "percent" or "score"
    start: int
    end: int
    value: Decimal
    currency: str = "CNY"
    unit: str = ""
    qualifier: str | None = None
    per: str | None = None
    range: str | None = None
    label: str = ""
    measure: str = ""
    item: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _accept(text: str, start: int, num: str, *, low: bool = False) -> bool:
    """Whether the number at ``start`` stands on its own (not 数十亿, 统一元, 第一元).

    A financial capital is never the tail of a word (人民币伍元), nor is a range's low end
    other than 一 (增加三到五万元; but 统一到五万元)."""
    prev = text[start - 1] if start else ""
    if prev == "第":
        return False
    if num[0].isdigit():
        return not prev or prev not in ".,"
    if prev in _VAGUE and num[0] in "十百千万亿":
        return False
    if len(num) == 1 and prev and regex.match(r"\p{Han}", prev) and prev not in _GLUE_OK:
        return num in _CAPITALS or (low and num != "一")
    return True


def _pre_qualifier(text: str, start: int) -> str | None:
    m = _PRE.search(text, max(0, start - 6), start)
    return lexicon.qualifiers("pre").get(m.group().strip()) if m else None


def _per_prefix(text: str, start: int) -> str | None:
    m = _PER_PREFIX.search(text, max(0, start - 10), start)
    if not m:
        return None
    return m.group("a") + ("·" + m.group("b") if m.group("b") else "")


def windows(text: str, anchor: regex.Pattern[str], *, before: int = 48,
            after: int = 16) -> list[tuple[int, int]]:
    """Merged text windows around the anchors of a pattern (a currency word for amounts), so
    the full pattern runs only where it can match: a number never starts mid-number."""
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        start = lo
        while lo and text[lo - 1] in _NUMBER_CHARS and start - lo < 40:
            lo -= 1
        if lo and text[lo - 1] in _NUMBER_CHARS:   # a run of 40+ digits is no amount: skip it
            lo = start
            while lo < m.start() and text[lo] in _NUMBER_CHARS:
                lo += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def scan_amounts(text: str) -> list[Raw]:
    """The amounts of ``text`` in order; a range gives its low end, then its high end."""
    out: list[Raw] = []
    for lo, hi in windows(text, _ANCHOR):
        out.extend(_scan(text, lo, hi))
    out.extend(_bare_wan(text, out))
    out.sort(key=lambda r: r.start)
    return out


def _scan(text: str, lo: int, hi: int) -> list[Raw]:
    out: list[Raw] = []
    for m in AMOUNT.finditer(text, lo, hi):
        parsed = parse_match(m)
        if parsed is None or not _accept(text, m.start("num"), m.group("num")):
            continue
        if m.group("cur")[0] in "角分" and text[max(0, m.start("num") - 1):m.start("num")] == "每":
            continue  # 花好每一分钱: an idiom, no amount
        first = parsed.low_start if parsed.low is not None else parsed.start
        qualifier = parsed.qualifier or _pre_qualifier(text, first)
        per = parsed.per or _per_prefix(text, first)
        high = with_inclusion(parsed.inclusion, qualifier)
        if parsed.low is not None and _accept(text, parsed.low_start, m.group("low"), low=True):
            out.append(Raw("amount", parsed.low_start, parsed.low_end, parsed.low,
                           currency=parsed.currency, per=per, range="low",
                           qualifier=with_inclusion(parsed.low_inclusion, qualifier)))
            out.append(Raw("amount", parsed.start, parsed.end, parsed.value,
                           currency=parsed.currency, qualifier=high, per=per, range="high"))
        else:
            out.append(Raw("amount", parsed.start, parsed.end, parsed.value,
                           currency=parsed.currency, qualifier=high, per=per))
    return out


def _bare_wan(text: str, found: list[Raw]) -> list[Raw]:
    """Budget pages' "1720.00万" (no 元) where the sentence speaks of money."""
    taken = {r.start for r in found}
    out = []
    matches = (m for lo, hi in windows(text, _WAN, before=24, after=2)
               for m in BARE_WAN.finditer(text, lo, hi))
    for m in matches:
        if m.start() in taken or (m.start() and text[m.start() - 1] in ".,0123456789"):
            continue
        ends = [e.start() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 200), m.start())]
        left = ends[-1] + 1 if ends else max(0, m.start() - 200)
        right = _SENTENCE_END.search(text, m.end(), m.end() + 200)
        sentence = text[left:right.start() if right else m.end() + 200]
        if not _MONEY_CUE.search(sentence):
            continue
        value = Decimal(m.group("num")) * 10000
        out.append(Raw("amount", m.start(), m.end(), value,
                       qualifier=_pre_qualifier(text, m.start())))
    return out

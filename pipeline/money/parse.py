"""One written monetary expression → value, currency, qualifier and per-unit.

``AMOUNT`` is the pattern of one amount (with an optional range low end before it);
``parse_match`` turns a match into a ``Parsed``; ``parse_amount`` parses a whole expression
("六十四万零一百四十三元一角七分" → 640143.17 CNY).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from . import lexicon
from .numerals import (ARABIC, BIG_UNITS, DIGIT_CHARS, DIGITS, SMALL_UNITS, TEN_CHARS, UNIT_CHARS,
                       arabic, parse_number)

_CUR = lexicon.alternation(list(lexicon.currencies()))
_PER = lexicon.pattern("per_units.txt")
_POST = lexicon.alternation(list(lexicon.qualifiers("post")))
_AR = ARABIC                            # 37,151.47 / 1，234 / 1 234.5 (numerals.ARABIC)
_CN_DIGIT = DIGIT_CHARS                 # 零〇一二两…九 and 壹贰叁…玖
_CN = _CN_DIGIT + UNIT_CHARS            # with 十百千万亿 and 拾佰仟萬億
_MAG = UNIT_CHARS                       # the magnitudes after an Arabic number: 3.5万亿, 3萬
_YUAN = "元圆圓"                         # the yuan a 角 / 分 / 整 may follow
_GAP = r"[ \t]*(?:\n[ \t]*)?"          # PDF text may put spaces or one line break inside
_INCL = r"[（(]不?含[）)]"              # 100万元（含）: the bound is included (不含: excluded)

AMOUNT = regex.compile(
    rf"""
    (?:                                         # the low end of a range (10-20万元, 三到五万元)
        (?P<low>{_AR}|[{_CN}][{_CN}点]*)        # 10 / 三 / 一点五
        (?P<lowmag>[ \t]*[{_MAG}]+)?            # 10万-20万元
        (?:
            (?P<lowcur>[ \t]*(?:{_CUR}))?       # 10万元至20万元
            (?P<lowincl>[ \t]*{_INCL})?         # 5万元(含)至10万元
            [ \t]*(?:[-~～—–]|至)               # - ~ ～ — – 至
          | [ \t]*到                            # 到 only after a bare low end: 3亿元到5亿元 is a change
        )
        [ \t]*
    )?
    (?P<num>{_AR}|[{_CN}][{_CN}点]*)            # 2,452.66 / 3.5 / 二十一点九 / 六十四万零一百
    (?P<mag>(?:{_GAP}(?:[多余]?[{_MAG}]|\d+(?=[{_MAG}])))*[多余]?)   # 万 亿 万亿 多亿 万5千
    {_GAP}
    (?P<cur>{_CUR}|角钱|分钱|分(?=/(?:千瓦时|度|kWh)))
    (?P<sub>(?<=[{_YUAN}])                       # after 元: 角 and 分
        (?:零(?=[\d{_CN_DIGIT}][角分]))?          # 叁拾元零伍分: 零 marks the empty 角
        (?:(?P<jiao>\d|[{_CN_DIGIT}])角)?        # 捌角
        (?:(?P<fen>\d{{1,2}}|[{_CN_DIGIT}])分(?!钟))?   # 玖分, not 5分钟
    )?
    (?P<whole>(?<=[{_YUAN}角分])整(?!\p{{Han}}))?  # 伍拾万元整 (not 万元整合)
    (?P<per>[ \t]*/[ \t]*(?:{_PER}))?           # 30万元/人
    (?![素化宇旦首帅老件器音代级])              # 一元化 二元结构 元旦 元器件 千亿元级
    (?!(?<=[圆圓])[满梦])                       # 百年圆梦, 十圆满 (500元满足 stays)
    (?P<incl>[ \t]*{_INCL})?                    # 100万元（含）以上 (outside the span)
    (?P<post>{_POST})?                          # 1000亿元以上 (outside the span)
    (?P<restated>(?<=[上下内])[ \t]*            # 10万元以上（含10万元）: the bound restated,
        [（(]不?含(?:本数|{_AR}[ \t]*[{_MAG}]*[ \t]*(?:{_CUR}))[）)]   # no second amount
    )?
    """,
    regex.X,
)

_UNITS_TAIL = regex.compile(rf"[{UNIT_CHARS}]+$")    # 十万 of 三十万: a number's last units
_SPACES = regex.compile(r"\s+")

# A budget page's "1720.00万": 万 without 元, two decimals, then punctuation or the line end.
BARE_WAN = regex.compile(r"(?P<num>\d+\.\d{2})[ \t]*万(?=[，。、；,;）)\s]|$)")


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one written amount says: value (yuan, or the foreign currency), currency,
    qualifier, per-unit, inclusion (含 / 不含 written after it); and for a range, the low
    end's value, text span and inclusion."""

    value: Decimal
    currency: str
    qualifier: str | None
    per: str | None
    start: int
    end: int
    low: Decimal | None = None
    low_start: int = 0
    low_end: int = 0
    inclusion: str | None = None
    low_inclusion: str | None = None


def with_inclusion(inclusion: str | None, qualifier: str | None) -> str | None:
    """One qualifier from a bound's 含 / 不含 and the qualifier word: 含 + 以上 → 含以上."""
    return (inclusion or "") + (qualifier or "") or None


def _shared_magnitude(low: str, high: str) -> str:
    """The magnitude a range's low end shares with the high end: the high end's trailing
    units after the low end's own last unit (二十到三十万 → 万, 一百至二百万 → 万), all of them
    for a bare low end (六到八千 → 千, 10-20万 → 万, 3-3.5万亿 → 万亿) except a leading 十
    (五到十万 → 万)."""
    tail = _UNITS_TAIL.search(high)
    if not tail:
        return ""
    units = tail.group()
    own = [c for c in low if c in SMALL_UNITS]
    if own:
        i = units.find(own[-1])
        return units[i + 1:] if i >= 0 else ""
    if tail.start() == 0 and units[0] in TEN_CHARS:
        return units[1:]
    return units


def _inclusion(written: str | None) -> str | None:
    """含 or 不含 of a written （含） / (不含) / （含10万元）, or None."""
    return ("不含" if "不含" in written else "含") if written else None


def _qualifier(number: str, approx: bool, post: str | None) -> str | None:
    """The qualifier written inside the number (多, 余) or after the unit (以上, 左右)."""
    if approx:
        return "多" if "多" in number else "余"
    return lexicon.qualifiers("post").get(post) if post else None


def _in_unit(value: Decimal, cur: str) -> Decimal:
    """A number of 角钱 / 分钱 / 分 per unit, in yuan."""
    return value / 10 if cur[0] == "角" else value / 100 if cur[0] == "分" else value


def _small_change(m: regex.Match[str]) -> Decimal:
    """The 角 and 分 written after 元 (一角七分 → 0.17)."""
    jiao, fen = m.group("jiao"), m.group("fen")
    return (_digit(jiao) / 10 if jiao else Decimal(0)) + (_digit(fen) / 100 if fen else Decimal(0))


def _end(m: regex.Match[str]) -> int:
    """Where the span of the amount ends: after the per-unit, 整, 角分, or the currency."""
    for group in ("per", "whole", "sub"):
        if m.group(group):
            return m.end(group)
    return m.end("cur")


def parse_match(m: regex.Match[str]) -> Parsed | None:
    """The ``Parsed`` of an ``AMOUNT`` match, or None when it is no amount (magnitude words
    such as 千亿元, a lone digit glued to a word such as 统一元)."""
    number = m.group("num") + _SPACES.sub("", m.group("mag"))
    parsed = parse_number(number)
    if parsed is None:
        return None
    value, approx = parsed
    cur = m.group("cur")
    per = m.group("per")
    amount = Parsed(value=_in_unit(value, cur) + _small_change(m),
                    currency=lexicon.currencies().get(cur, ("CNY", ""))[0],
                    qualifier=_qualifier(number, approx, m.group("post")),
                    per=regex.sub(r"[\s/]", "", per) if per else None,
                    start=m.start("num"), end=_end(m),
                    inclusion=_inclusion(m.group("incl") or m.group("restated")))
    return _with_low_end(m, number, amount)


def _with_low_end(m: regex.Match[str], number: str, amount: Parsed) -> Parsed:
    """The amount with the low end of its range, when one is written."""
    if m.group("low") is None:
        return amount
    low_text = m.group("low") + _SPACES.sub("", m.group("lowmag") or "")
    if not m.group("lowmag") and not any(c in BIG_UNITS for c in low_text):
        low_text += _shared_magnitude(low_text, number)
    low = parse_number(low_text)
    if low is None:
        return amount
    low_end = max(m.end(g) for g in ("low", "lowmag", "lowcur") if m.group(g))
    return replace(amount, low=_in_unit(low[0], m.group("cur")), low_start=m.start("low"),
                   low_end=low_end,
                   low_inclusion=_inclusion(m.group("lowincl")))


def _digit(text: str) -> Decimal:
    return Decimal(DIGITS[text]) if text in DIGITS else (arabic(text) or Decimal(0))


def parse_amount(text: str) -> Parsed | None:
    """The amount written as the whole of ``text`` (surrounding spaces allowed), or None."""
    try:
        stripped = text.strip()
        m = AMOUNT.fullmatch(stripped)
        if m is None:
            m = AMOUNT.match(stripped)
            if m is None or m.end() != len(stripped):
                return None
        return parse_match(m)
    except Exception:  # never raise on any input
        return None

"""One written monetary expression → value, currency, qualifier and per-unit.

``AMOUNT`` is the pattern of one amount (with an optional range low end before it);
``parse_match`` turns a match into a ``Parsed``; ``parse_amount`` parses a whole expression
("六十四万零一百四十三元一角七分" → 640143.17 CNY).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from . import lexicon
from .numerals import DIGIT_CHARS, DIGITS, UNIT_CHARS, arabic, parse_number

_CUR = lexicon.alternation(list(lexicon.currencies()))
_PER = lexicon.pattern("per_units.txt")
_POST = lexicon.alternation(list(lexicon.qualifiers("post")))
_AR = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CN_DIGIT = DIGIT_CHARS                 # 零〇一二两…九 and 壹贰叁…玖
_CN = _CN_DIGIT + UNIT_CHARS            # with 十百千万亿 and 拾佰仟萬
_GAP = r"[ \t]*(?:\n[ \t]*)?"          # PDF text may put spaces or one line break inside

AMOUNT = regex.compile(
    rf"""
    (?:                                         # the low end of a range (10-20万元, 10万元至20万元)
        (?P<low>{_AR}|[{_CN}]+)
        (?P<lowmag>[ \t]*[十百千万亿]+)?
        (?P<lowcur>[ \t]*(?:{_CUR}))?
        [ \t]*(?:[-~～—–]|至)[ \t]*
    )?
    (?P<num>{_AR}|[{_CN}][{_CN}点]*)            # 2,452.66 / 3.5 / 二十一点九 / 六十四万零一百
    (?P<mag>(?:{_GAP}(?:[多余]?[十百千万亿]|\d+(?=[十百千万亿])))*[多余]?)   # 万 亿 万亿 多亿 万5千
    {_GAP}
    (?P<cur>{_CUR}|角钱|分钱|分(?=/(?:千瓦时|度|kWh)))
    (?P<sub>(?<=元)(?:(?P<jiao>\d|[{_CN_DIGIT}])角)?(?:(?P<fen>\d{{1,2}}|[{_CN_DIGIT}])分(?!钟))?)?
    (?P<per>[ \t]*/[ \t]*(?:{_PER}))?           # 30万元/人
    (?![素化宇旦首帅老件器音代级])              # 一元化 二元结构 元旦 元器件 千亿元级
    (?P<post>(?:[（(]含[）)])?(?:{_POST}))?      # 1000亿元以上, 100万元（含）以上 (outside the span)
    """,
    regex.X,
)

# A budget page's "1720.00万": 万 without 元, two decimals, then punctuation or the line end.
BARE_WAN = regex.compile(r"(?P<num>\d+\.\d{2})[ \t]*万(?=[，。、；,;）)\s]|$)")


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one written amount says: value (yuan, or the foreign currency), currency,
    qualifier, per-unit; and for a range, the low end's value and text span."""

    value: Decimal
    currency: str
    qualifier: str | None
    per: str | None
    start: int
    end: int
    low: Decimal | None = None
    low_start: int = 0
    low_end: int = 0


def _magnitude_tail(number: str, chinese: bool) -> str:
    """The magnitude characters a range's low end shares with the high end (20万 → 万)."""
    tail = regex.search(r"[十百千万亿]+$", number)
    if not tail:
        return ""
    return regex.sub(r"^[十百千]+", "", tail.group()) if chinese else tail.group()


def parse_match(m: regex.Match[str]) -> Parsed | None:
    """The ``Parsed`` of an ``AMOUNT`` match, or None when it is no amount (magnitude words
    such as 千亿元, a lone digit glued to a word such as 统一元)."""
    num = m.group("num")
    number = num + regex.sub(r"\s+", "", m.group("mag"))
    parsed = parse_number(number)
    if parsed is None:
        return None
    value, approx = parsed
    cur = m.group("cur")
    code = lexicon.currencies().get(cur, ("CNY", ""))[0]
    if cur.startswith("角"):
        value /= 10
    elif cur.startswith("分"):
        value /= 100
    if m.group("jiao"):
        value += _digit(m.group("jiao")) / 10
    if m.group("fen"):
        value += _digit(m.group("fen")) / 100
    qualifier = None
    if approx:
        qualifier = "多" if "多" in number else "余"
    elif m.group("post"):
        word = regex.sub(r"^[（(]含[）)]", "", m.group("post"))
        qualifier = lexicon.qualifiers("post").get(word)
    per = m.group("per")
    per = regex.sub(r"[\s/]", "", per) if per else None
    end = m.end("per") if m.group("per") else m.end("sub") if m.group("sub") else m.end("cur")
    parsed_amount = Parsed(value=value, currency=code, qualifier=qualifier, per=per,
                           start=m.start("num"), end=end)
    if m.group("low") is None:
        return parsed_amount
    low_text = m.group("low") + regex.sub(r"\s+", "", m.group("lowmag") or "")
    if not m.group("lowmag"):
        low_text += _magnitude_tail(number, num[0] in _CN)
    low = parse_number(low_text)
    if low is None:
        return parsed_amount
    low_end = m.end("lowcur") if m.group("lowcur") else m.end("lowmag") if m.group("lowmag") \
        else m.end("low")
    low_value = low[0]
    if cur[0] in "角分":
        low_value /= 10 if cur[0] == "角" else 100
    return Parsed(value=value, currency=code, qualifier=qualifier, per=per, start=m.start("num"),
                  end=end, low=low_value, low_start=m.start("low"), low_end=low_end)


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

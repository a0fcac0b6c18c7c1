"""Numbers as written in Chinese reports to ``Decimal``: Chinese numerals (二十一点九,
六十四万零一百四十三, 一千二百, 两亿), financial capitals (壹佰贰拾叁万, 叁億伍仟萬, traditional
貳參陸兩 too), Arabic numbers with thousands separators (37,151.47; 1，234 with a full-width
comma; 1 234.5 with a PDF's space) and the mixed forms of running text (3.5万亿, 9千亿, 3万5千,
2800多亿)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
          "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
          "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
DIGIT_CHARS = "".join(DIGITS)
UNIT_CHARS = "".join(SMALL_UNITS) + "".join(BIG_UNITS)
TEN_CHARS = "十拾"                      # 十亿 / 拾万 are numbers; 千亿 / 萬 alone are magnitude words
ZERO_CHARS = "零〇○"
# An Arabic number as reports write it: thousands grouped by a comma, one space (groups of
# exactly 3 digits follow, so 2016 年 stays apart) or, between full-width digits only, a
# full-width comma (１，２３４); between ASCII digits "，" is the Chinese comma of a list
# (分别为120，150，180万元 is three figures, not one). Decimals.
# Atomic: a number once read is not re-read shorter (which also keeps the scan fast).
ARABIC = r"""(?>(?:\d{1,3}(?:,\d{3})+(?!\d)                  # 37,151 (ASCII comma)
                |[１-９][０-９]{0,2}(?:，[０-９]{3})+(?!\d)   # １，２３４ (full-width digits and comma)
                |[1-9１-９]\d{0,2}(?:\x20\d{3})+(?![\d,])   # 1 234 (a PDF's space between groups)
                |\d+)                                     # 221 / 0
               (?:\.\d+)?)                                # .90
"""

# One token of a number: an Arabic number, a Chinese digit, a unit character, or a decimal point.
_TOKEN = regex.compile(
    rf"""(?P<arabic>\d+(?:[,，\x20]\d{{3}})*(?:\.\d+)?)  # 37,151.47 / 1，234 / 1 234.5 (ARABIC checks)
       | (?P<digit>[{DIGIT_CHARS}])               # 三
       | (?P<unit>[{UNIT_CHARS}])                 # 十 百 千 万 亿
       | (?P<point>点)                            # 二十一点九
       | (?P<approx>[多余])                       # 3万多亿: noted, value unchanged
       | (?P<space>\s+)                            # 80.81 万
    """,
    regex.X,
)

_SEPARATORS = str.maketrans("", "", ",，\x20\t\n")   # deleted from an Arabic number's text


def arabic(text: str) -> Decimal | None:
    """An Arabic number ("37,151.47", "1，234", "1 234.5", "0") as Decimal, or None."""
    try:
        return Decimal(text.translate(_SEPARATORS))
    except (InvalidOperation, ValueError):
        return None


def _decimal_digits(chars: str) -> Decimal | None:
    """The fraction written after 点 as digit characters: "九" → 0.9, "零五" → 0.05."""
    if not chars or any(c not in DIGITS for c in chars):
        return None
    return Decimal("0." + "".join(str(DIGITS[c]) for c in chars))


def parse_number(text: str) -> tuple[Decimal, bool] | None:
    """The value of a written number and whether it was approximate (多/余 inside).

    Handles Chinese numerals, Arabic numbers (their grouping as ``ARABIC`` matched it:
    "1，234", "1 234.5"), and Arabic numbers followed by unit characters ("3.5万亿", "3万5千",
    "2800多亿"). None when ``text`` is not one well-formed number or is
    only magnitude characters ("千亿", "亿": a magnitude word, not a number).
    """
    tokens: list[tuple[str, str]] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        kind = m.lastgroup or ""
        if kind != "space":
            tokens.append((kind, m.group()))
    if pos != len(text) or not tokens:
        return None
    if not any(kind in ("arabic", "digit") for kind, _ in tokens):
        # 十亿 is a number (ten 亿); 千亿 / 百亿 / 万亿 / 亿 alone are magnitude words
        if tokens[0][1] not in TEN_CHARS:
            return None
    approx = any(kind == "approx" for kind, _ in tokens)
    tokens = [t for t in tokens if t[0] != "approx"]
    # 二十一点九万: the fraction digits after 点, then the unit characters multiply the whole
    if any(kind == "point" for kind, _ in tokens):
        i = next(i for i, t in enumerate(tokens) if t[0] == "point")
        head, tail = tokens[:i], tokens[i + 1:]
        j = 0
        while j < len(tail) and tail[j][0] == "digit":
            j += 1
        fraction = _decimal_digits("".join(v for _, v in tail[:j]))
        whole = _combine(head) if head else Decimal(0)
        if fraction is None or whole is None or any(k != "unit" for k, _ in tail[j:]):
            return None
        value = whole + fraction
        for _, v in tail[j:]:
            value *= _unit(v)
        return value, approx
    value = _combine(tokens)
    return (value, approx) if value is not None else None


def _unit(char: str) -> int:
    return SMALL_UNITS.get(char) or BIG_UNITS[char]


def _combine(tokens: list[tuple[str, str]]) -> Decimal | None:
    """Section arithmetic: 三亿五千万 = 3×10^8 + 5000×10^4; 三万亿 = 3×10^4×10^8.

    零 after a unit only marks a gap (一百零五); a last bare digit after a unit is the next
    lower place, as spoken (一千二 = 1200, 一万五 = 15000).
    """
    total = Decimal(0)      # completed 亿 groups
    wan = Decimal(0)        # completed 万 groups below 亿
    section = Decimal(0)    # below 万
    num: Decimal | None = None
    last = ""
    last_unit = 0
    gap = False
    for kind, text in tokens:
        if kind in ("arabic", "digit"):
            if kind == "digit" and text in ZERO_CHARS and last == "unit":
                gap = True
                continue
            if last in ("arabic", "digit"):
                return None
            num = arabic(text) if kind == "arabic" else Decimal(DIGITS[text])
            if num is None:
                return None
        elif kind == "unit":
            unit = _unit(text)
            if text in SMALL_UNITS:
                section += (num if num is not None else Decimal(1)) * unit
            elif unit == 10**4:
                wan += (section + (num or 0)) * unit
                section = Decimal(0)
            else:  # 亿
                total = (total + wan + section + (num or 0)) * unit
                wan = section = Decimal(0)
            num = None
            gap = False
            last_unit = unit
        else:
            return None
        last = kind
    if num is not None and last == "digit" and last_unit >= 100 and not gap and len(tokens) > 2 \
            and tokens[-2][0] == "unit":
        num *= Decimal(last_unit) / 10
    return total + wan + section + (num or 0)


def has_digit(text: str) -> bool:
    """Whether a written number holds a digit (Arabic or Chinese), not only magnitude words."""
    return any(c.isdigit() or c in DIGITS for c in text)

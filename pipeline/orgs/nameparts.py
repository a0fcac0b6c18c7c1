"""Name parts with no place or known body to anchor them, right before a suffix: what the
left-edge search (edges.py) takes for the proper part of a name when no proper word is there.

  * a listed brand followed only by industry words before a company suffix (巨力集团,
    神力索具股份有限公司): ``brand_run``;
  * a registered company form after a short run of ordinary words (天下粮仓酿酒有限公司):
    ``registered_run``;
  * a noun made from a place abbreviation before 集团 (首旅集团): ``place_trade_name``;
  * a common-word place before 医院 (友谊医院): ``place_word``.
"""
from __future__ import annotations

from . import brandlist, lexicon
from .words import word_tag

_TRADE_SUFFIXES = frozenset({"集团"})
_COMPANY_SUFFIXES = frozenset({"集团", "公司", "有限公司", "有限责任公司", "股份有限公司", "集团有限公司",
                               "集团公司", "集团股份公司", "控股"})
_REGISTERED = frozenset({"有限公司", "有限责任公司", "股份有限公司", "集团有限公司"})  # registered forms
_PLACE_WORD_SUFFIXES = frozenset({"医院"})
_NOUN_TAGS = frozenset({"n", "nz", "j"})
_NOT_BRAND_TAGS = frozenset({"v", "vn", "vd", "d", "m", "q", "f", "t", "r", "p", "c", "u"})  # 征信|公司, 一步|公司


def generic_run(text: str, words: list[tuple[int, int]]) -> bool:
    """Are all these words generic (技术创新, 公共服务)?"""
    return all(lexicon.is_generic(text[s:e]) for s, e in words)


def place_trade_name(word: str, suffix: str) -> bool:
    """A known noun made from a place abbreviation, right before 集团 (首旅 in 首旅集团)."""
    return (suffix in _TRADE_SUFFIXES and len(word) == 2
            and word[0] in lexicon.place_abbreviations()
            and word_tag(word) in _NOUN_TAGS and not lexicon.is_kind(word))


def brand_run(text: str, words: list[tuple[int, int]], suffix: str) -> list[int]:
    """[k] when words[k] is a listed brand followed only by up to two industry words right
    before a company suffix (巨力集团, 神力索具股份有限公司, 神威|电源|科技|公司): the company's
    trade name; else []."""
    if suffix not in _COMPANY_SUFFIXES:
        return []
    industries, kinds = brandlist.industries(), brandlist.kind_industries()
    for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
        if _brand_word(text[slice(*words[k])]):
            return [k]
        if text[slice(*words[k])] not in industries and text[slice(*words[k])] not in kinds:
            break
    return []


def registered_run(text: str, words: list[tuple[int, int]], suffix: str) -> list[int]:
    """[0] when a registered company form (有限公司, 股份有限公司 …) follows a short run of
    ordinary words that opens the clause or follows a stop word (，天下粮仓酿酒有限公司): a
    registered name may be made of common words only; else []. Kinds (各类有限公司) are not names."""
    if suffix not in _REGISTERED or not 2 <= len(words) <= 5:
        return []
    name = text[words[0][0]:words[-1][1]]
    if not 4 <= len(name) <= 12 or generic_run(text, words) or lexicon.is_kind(name):
        return []
    return [0]


def _brand_word(word: str) -> bool:
    """A listed brand that is also a common noun (巨力, 神力; not a verb: 征信): a trade name
    before a company suffix."""
    return (len(word) >= 2 and word in brandlist.brands() and not lexicon.is_kind(word)
            and word not in lexicon.left_stops() and word_tag(word) not in _NOT_BRAND_TAGS)


def place_word(word: str, suffix: str) -> bool:
    """A short place name that is also a common word, standing alone before 医院: the
    hospital's name (安定医院, 友谊医院), unless it makes a kind (平安医院, 城区医院)."""
    return (suffix in _PLACE_WORD_SUFFIXES and word in lexicon.common_word_places()
            and not word.endswith("区") and not lexicon.is_kind(word))

"""Companies named without a company suffix, by what the sentence does with them.

  * a trade name and an industry word (suffixes of strength ``trade``: 矿业, 锂业, 化工, 厂 …):
    a company when the name part holds a trade word (中信国安锂业, 兴华锂盐, 柳工股份) or two
    nouns, a trade name and a product (包钢板材厂; one noun is a kind: 水泥厂) —
    a place alone or a kind makes an industry (青海化工, 绿色矿业) — or when the sentence
    treats it as a company: listed among companies (西部矿业、能源发展集团等6家企业) or acting
    (…矿业入选, models/orgs/company_verbs.txt);
  * a clause that opens with a place and a trade word, acting (青海丽豪跻身…, 青海诺德3.5微米
    铜箔实现量产), or with a dictionary organization name that opens with a place (云南白药
    建成…).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from . import lexicon
from .edges import PROPER, Edge, is_proper, place_at
from .lists import item_follows
from .stops import manner_and_verb, opens_with_stop
from .words import WordIndex, word_tag

# tags of words that may be a trade name: unknown words, nouns and proper nouns (not adjectives,
# verbs, adverbs)
_TRADE_TAGS = frozenset({"", "n", "nz", "nr", "nrt", "ns", "nt", "j", "nw"})
_CLAUSE_TAGS = frozenset({"", "nz", "nrt"})  # a trade word after a place opening a clause
_DIRECTIONS = frozenset({"f", "s"})
_NOUNS = frozenset({"n", "nz", "j"})  # 西部, 北方, 东方: a company name may open with one
# a place or facility rather than a company: 仙女山, 荆竹村, 合肥西站, 四平新开区, 特奥会
_FACILITY_END = regex.compile(r"[站山湖村区会堂场港园路桥街镇乡河江岛湾城线寺庙塔馆宫]$")
_LIST_ITEM_MAX = 8
# the rest of a list of companies after a name: 、能源发展集团等6家企业
_COMPANY_LIST = regex.compile(
    r"""(?:[、和与及]\p{Han}{1,20})*                 # more items
        等[\d一二三四五六七八九十百多几]*[家个批户]?    # 等6家
        \p{Han}{0,6}?(?:企业|公司|央企|国企|民企)      # …企业
    """,
    regex.X,
)
_CLAUSE_MARKS = "，。；、：\n"
_HAN_RUN = regex.compile(r"\p{Han}+\Z")


@lru_cache(maxsize=None)
def _verb_re() -> regex.Pattern[str]:
    return regex.compile(lexicon.trie_pattern(lexicon.company_verbs()))


@lru_cache(maxsize=None)
def _clause_re() -> regex.Pattern[str]:
    """A company verb or a figure after a clause mark and 3-9 Han characters (scanning for the
    verb first is far faster than trying every clause)."""
    verbs = lexicon.trie_pattern(lexicon.company_verbs())
    return regex.compile(rf"(?<=[{_CLAUSE_MARKS}]\p{{Han}}{{3,9}})(?:{verbs}|[0-9０-９])")


def acting(text: str, end: int) -> bool:
    """Does the sentence treat the name ending at end as a company (listed among companies,
    or the subject of a company verb that is not itself part of a list item: 某某管件扩产、…)?"""
    if _COMPANY_LIST.match(text, end) is not None:
        return True
    return _verb_re().match(text, end) is not None and not item_follows(text, end)  # (某某管件扩产、…: an item)


def _trade_word(text: str, s: int, e: int) -> bool:
    word = text[s:e]
    return (len(word) >= 2 and place_at(text, s, e) != e and not lexicon.is_kind(word)
            and word_tag(word) in _TRADE_TAGS and not opens_with_stop(word) and not manner_and_verb(word))


def trade_edge(text: str, s_start: int, s_end: int, edge: Edge | None,
               index: WordIndex) -> Edge | None:
    """The left edge of a trade name before the industry word at [s_start, s_end), or None when
    it names an industry, not a company."""
    if edge is not None and edge.start < s_start:
        words = index.words(edge.start, s_start)
        if any(_trade_word(text, s, e) for s, e in words):
            return edge  # 中信国安锂业, 永州紫金锂业
    if edge is None and (start := _noun_run(text, s_start, index)) is not None:
        return Edge(start, PROPER, "")  # 包钢板材厂: a trade name and a product
    if not acting(text, s_end):
        return None
    if edge is not None and edge.start < s_start:
        return edge  # a place and the industry word, acting (海南控股跻身…)
    start = _item_start(text, s_start)
    if start is None:
        return None
    words = index.words(start, s_start)
    if words and all(_trade_word(text, s, e) or word_tag(text[s:e]) in _DIRECTIONS
                     for s, e in words):
        return Edge(start, PROPER, "")  # 西部矿业、…等6家企业
    return None


def _noun_run(text: str, s_start: int, index: WordIndex) -> int | None:
    """Start of two or more nouns before s_start, none a kind or a place (包钢 板材 in
    包钢板材厂; a single noun is a kind: 水泥厂, 自来水厂)."""
    words = index.words(max(0, s_start - _LIST_ITEM_MAX), s_start)
    k = len(words)
    while k > 0 and _trade_word(text, *words[k - 1]) and word_tag(text[slice(*words[k - 1])]) in _NOUNS:
        k -= 1
    return words[k][0] if len(words) - k >= 2 else None


def _item_start(text: str, s_start: int) -> int | None:
    """Start of a short list item or clause ending at s_start (after 、，。 or a line start)."""
    lo = max(0, s_start - _LIST_ITEM_MAX)
    m = regex.search(r"\p{Han}+\Z", text[lo:s_start])
    if m is None:
        return None
    start = lo + m.start()
    if start > 0 and text[start - 1] not in _CLAUSE_MARKS:
        return None
    return start


def clause_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """(start, end) of companies opening a clause and acting: a place and a trade word
    (青海丽豪跻身…) or a dictionary organization name opening with a place (云南白药建成…)."""
    out = []
    for m in _clause_re().finditer(text):
        e = m.start()
        s = _HAN_RUN.search(text, max(0, e - 10), e).start()
        if not (index.is_boundary(s) and index.is_boundary(e)) or _FACILITY_END.search(text, s, e) \
                or text[e - 1] == "等":
            continue  # (龙泉|关等6所: 等 closes a list, never a name)
        words = index.words(s, e)
        if len(words) == 1 and _place_name(text, s, e):
            out.append((s, e))
        elif len(words) == 2 and place_at(text, s, words[1][0]) == words[1][0] \
                and _trade_after_place(text[words[1][0]:e]):
            out.append((s, e))
    return out


def _place_name(text: str, s: int, e: int) -> bool:
    """A dictionary organization name that opens with a place (云南白药)."""
    p = place_at(text, s, e - 1)
    return word_tag(text[s:e]) == "nt" and p > 0 and not lexicon.is_kind(text[p:e])


def _trade_after_place(word: str) -> bool:
    return (2 <= len(word) <= 4 and is_proper(word) and word_tag(word) in _CLAUSE_TAGS
            and word not in lexicon.places())

"""Companies named by their trade name beside other companies, or as the subject of what
companies are awarded or do:

  * ``sibling_candidates``: the other items of a 、-list that holds a company found by other
    evidence (与某某集团、某某园林、某某集团达成合作);
  * ``acting_candidates``: a 、-list opening its clause, the subject of a company's verb, one item
    with an industry word (某某科技、某某机器人成功落地);
  * ``subject_candidates``: one name opening its clause, awarded as a company (。某某荣获…龙头企业)
    or listed on an exchange (。某某在某交易所挂牌);
  * ``foreign_candidates``: a list of foreign companies named with their country (韩国某某、意大利某某等);
  * ``institution_siblings``: schools and hospitals listed beside a school, named by a village or
    a road (某某路幼儿园);
  * ``abbreviated_institutes``: institutes named by an abbreviation listed beside a body (某化院).

Each item must look like a name: not a place, a kind, a person, a phase, a headquarters, a
building, a theme or a sector (see ``_sibling``).
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from . import lexicon
from .brandlist import brands, industries, kind_industries
from .branches import branch_end
from .brands import SECTOR_AFTER
from .edges import LEVEL_WORDS, is_proper, place_at
from .lists import (FACILITY_END, NOT_COMPANY_END, clause_end, clause_start, first_item, item_follows,
                    looks_like_company, names_a_kind, split_items, unqualified)
from .words import WordIndex, is_known_word, word_tag

# a 、-list of up to 10-character items ending before 等 (韩国某某、意大利某某等)
_FOREIGN_LIST = regex.compile(r"\p{Han}{4,10}(?:、\p{Han}{4,10})+(?=等)")
_PLACE_END = regex.compile(r"[路街村庄镇乡屯营寨沟口关台]$")
_INSTITUTION = regex.compile(r"(?:幼儿园|小学|中学|学校|卫生院|医院)")
_ABBREVIATED = regex.compile(r"\p{Han}{2,5}[院所]")  # 北化院, 中国航天院, 市教科所
_ADVERBS = ("分别", "均", "先后", "相继")
_MANNERS = ("成功", "正式", "率先", "快速", "茁壮", "加快")
_LISTED = re.compile(r"在[\u4e00-\u9fff]{2,12}?(?:交易所|交所|板)(?:成功|正式)?(?:挂牌|上市)")  # 在某交易所挂牌
_HAN_ONLY = regex.compile(r"\p{Han}+")
_COMPANY_AWARD = regex.compile(r"[^，。；！？\n]{0,30}?(?:企业|公司)")
_CLAUSE_OPEN = frozenset("。；，\n")
_HAN_TAIL = regex.compile(r"\p{Han}+\Z")
_ORG_END = regex.compile(r"(?:集团|公司)$")
_ORG_SUFFIX = regex.compile(r"集团|公司|股份|银行")
# a building, a place or a theme rather than a company (交通局家属楼, 职中路, 某某文化为重点)
_BUILDING = regex.compile(r"(?:楼|大厦|广场|小区|院区|[路街桥站场村镇乡湖山]|文化|精神|品牌|模式)$")
_NAME_CUT = regex.compile(r"[等及和与0-9０-９]|[一二]期")  # 某某|等合作, 某某|4家, 某某|二期
_NOT_NAME_AFTER = frozenset({"v", "vn", "vd", "a", "ad", "d", "p", "c", "u", "f"})


def sibling_candidates(text: str, index: WordIndex, companies: list[tuple[int, int]],
                       taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the items of a 、-list that holds a company found by other evidence, when every
    other item looks like a name (同仁堂、天士力、金木集团示范带动; 与深圳宏鸿集团、文科园林、
    某某集团达成合作): coordinated with a company, they are companies. The first item starts
    after the words that open its clause, the last one ends before the words that say what the
    companies do (…、非夕机器人|成功落地, …、阿里巴巴|等合作)."""
    out: list[tuple[int, int]] = []
    companies = [(s, _unit_end(text, e, index)) for s, e in companies]  # 某冶|二十二局: the unit is the item
    anchors = set(companies)
    for start, end in companies:
        if not ((start > 0 and text[start - 1] == "、") or text.startswith("、", end)):
            continue
        items = _clause_list(text, start, end, index)
        if (start, end) not in items:
            continue
        others = [(s, e) for s, e in items if (s, e) not in anchors]
        names = [(s, e) for s, e in others if _sibling(text, s, e, index)]
        if names and all((s, e) in names or _ORG_END.search(text, s, e) for s, e in others):
            # (a company named by its kind, 能源集团, neither counts nor blocks the others)
            out.extend((s, e) for s, e in names if not any(a < e and s < b for a, b in taken))
    return out


def _unit_end(text: str, end: int, index: WordIndex) -> int:
    """End of a company's numbered unit or branch right after it (某冶|二十二局), else end."""
    unit = branch_end(text, end, index, units=True)
    return unit if unit > 0 else end


def institution_siblings(text: str, index: WordIndex, anchors: list[tuple[int, int]]
                         ) -> list[tuple[int, int]]:
    """Spans of schools and hospitals listed with 、 beside a school or hospital found by other
    evidence (保师附校、青年路幼儿园; 高里中学综合楼、某村幼儿园等): the other items up to their own
    school or hospital suffix, whatever village or road names them."""
    out: list[tuple[int, int]] = []
    for start, end in anchors:
        if not ((start > 0 and text[start - 1] == "、") or "、" in text[end:end + 12]):
            continue
        items = _clause_items(text, start, end, index, at_deng=False)
        if not any(s == start for s, _ in items):
            continue
        for s, e in items:
            suffix = _INSTITUTION.search(text, s + 2, min(e, s + 10))
            if s != start and suffix is not None and index.is_boundary(suffix.end()) \
                    and _institution_name(text, s, suffix.start(), index):
                out.append((s, suffix.end()))
    return out


def abbreviated_institutes(text: str, index: WordIndex, anchors: list[tuple[int, int]]
                           ) -> list[tuple[int, int]]:
    """Spans of institutes named by an abbreviation (某化院, 中国某某院, 市某科所) listed with 、
    beside an organization found by other evidence: an item of 3-6 characters ending with 院
    or 所 that no dictionary knows, not even without the place or level opening it (县|中医院
    is a kind), nor a generic or kind word (科研院所)."""
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for start, end in anchors:
        if not ((start > 0 and text[start - 1] == "、") or text.startswith("、", end)):
            continue
        for s, e in _clause_items(text, start, end, index, at_deng=True):
            if (s, e) in seen or (s, e) == (start, end):
                continue
            seen.add((s, e))
            if _abbreviated_institute(text, s, e):
                out.append((s, e))
    return out


def _abbreviated_institute(text: str, s: int, e: int) -> bool:
    name = text[s:e]
    if not (_ABBREVIATED.fullmatch(name) and not is_known_word(name)
            and not lexicon.is_generic(name) and not lexicon.is_kind(name)):
        return False
    place = place_at(text, s, e - 1)
    stem = text[place if place > 0 else s + (name[0] in LEVEL_WORDS):e]  # 县|中医院, 中国|航天院
    return len(stem) >= 3 and not is_known_word(stem) and not is_known_word(stem[:-1])


def _institution_name(text: str, s: int, e: int, index: WordIndex) -> bool:
    """A village, road or proper name before a school suffix (姚村镇留村, 青年路, 下河西): a word no
    dictionary knows, a proper word or place, or a village or road ending; not only common words
    (乡村小规模, 县中), a verb or a count."""
    words = [text[a:b] for a, b in index.words(s, e)]
    named = _PLACE_END.search(text, s, e) or any(
        not is_known_word(w) or is_proper(w) or w in lexicon.places() for w in words)
    return bool(words) and bool(named) and not any(ch.isdigit() for ch in text[s:e]) \
        and not any(word_tag(w) in ("v", "vn", "m", "q", "p", "c", "u")
                    or (len(w) >= 3 and word_tag(w[-2:]) == "v") for w in words)  # (大力推广|…)


def acting_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """Spans of the items of a 、-list that opens its clause and is the subject of a company verb
    (某某科技、某某机器人成功落地; 某某、某某荣获…企业), when every item looks like a name and none
    is a person's, and one item has an industry word or the award says they are companies and
    no dictionary knows any of them."""
    out: list[tuple[int, int]] = []
    for verb, _ in _verbs(text, _MANNERS + _ADVERBS):
        item = text.rfind("、", max(0, verb - 9), verb)
        if item < 0 or not 2 <= verb - item - 1 <= 8 or not _HAN_ONLY.fullmatch(text, item + 1, verb):
            continue  # (…、某某|荣获: 2-8 Han characters between the last 、 and the verb)
        start = clause_start(text, verb)
        if "、" not in text[start:verb]:
            continue
        if item_follows(text, verb):
            continue  # 某某、某某管件扩产、某某材料等8个项目: the verb names an item of a longer list
        close = verb - 1 if text[verb - 1] == "等" else verb  # 某某、某某等|投产: the list ends at 等
        items = [unqualified(text, s, e) for s, e in split_items(text, start, close)]
        if "等" in text[items[-1][0]:close]:
            continue  # …、某某等优质企业: a list of companies, the list rule's business
        items[0] = unqualified(text, first_item(text, *items[0], index), items[0][1])
        traded = any(_trade_end(text, s, e, index) for s, e in items) or (
            _COMPANY_AWARD.match(text, verb) and all(_unknown_name(text, s, e) for s, e in items))
        if traded and all(e > s and _named_item(text, s, e, index) for s, e in items):
            out.extend(items)
    return out


def _verbs(text: str, adverbs: tuple[str, ...]) -> list[tuple[int, bool]]:
    """(start, listed) of each company verb with the adverbs and other company verbs right before
    it (分别|成功|挂牌, 签约|落户, 成功|签约|落户), and of each 在某交易所挂牌 (listed)."""
    out = [(m.start(), True) for m in _LISTED.finditer(text)]
    before = _by_last_character(adverbs + lexicon.company_verbs())
    for m in _verb_re().finditer(text):
        start = m.start()
        while start > 0 and (word := next((w for w in before.get(text[start - 1], ())
                                          if text.startswith(w, start - len(w))), None)) is not None:
            start -= len(word)
        out.append((start, False))
    return sorted(out)


@lru_cache(maxsize=8)
def _by_last_character(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words grouped by their last character (a word before a position ends with the
    character before it)."""
    out: dict[str, list[str]] = {}
    for word in words:
        out.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in out.items()}


@lru_cache(maxsize=None)
def _verb_re() -> re.Pattern[str]:
    """What companies are awarded or do (the standard library's ``re`` scans a literal trie
    several times faster than ``regex``)."""
    return re.compile(rf"(?:{lexicon.trie_pattern(lexicon.award_verbs())})(?!公司|企业)")


def subject_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """Spans of a name that opens its clause alone and is awarded as a company (。某某荣获…龙头企业,
    ，某某传动入选…民营企业…案例): a listed brand or a word no dictionary knows, alone or before an
    industry word."""
    out: list[tuple[int, int]] = []
    for e, listed in _verbs(text, _MANNERS):
        run = _HAN_TAIL.search(text, max(0, e - 6), e)
        if run is None or e - run.start() < 2:
            continue
        s = run.start()
        if s == 0 or text[s - 1] not in _CLAUSE_OPEN or not index.is_boundary(s):
            continue
        if not (listed or _COMPANY_AWARD.match(text, e)):
            continue  # …入选…领军企业, 在…挂牌: what it is awarded says it is a company
        s = first_item(text, s, e, index)  # (做好|某某机电上市: the object of a verb)
        words = index.words(s, e)
        if not words or (s > 0 and text[s - 1] in lexicon.left_stops()):
            continue
        trade = text[words[0][0]:words[-1][0]] if len(words) >= 2 else text[s:e]
        named = trade in brands() or not is_known_word(trade)
        product = len(words) == 2 and not is_known_word(trade) and word_tag(text[slice(*words[1])]) == "n"
        if named and (len(words) == 1 or product or _trade_end(text, s, e, index)) \
                and _named_item(text, s, e, index):
            out.append((s, e))
    return out


def foreign_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """Spans of the items of a 、-list whose every item is a foreign country and a trade name
    (韩国某某、意大利某某、美国某某等外资项目): foreign companies, named with their country."""
    out: list[tuple[int, int]] = []
    for lo, hi in _sentences_with_countries(text):
        for m in _FOREIGN_LIST.finditer(text, lo, hi):
            if m.start() > 0 and text[m.start() - 1] == "、":
                continue  # (the list begins earlier)
            items = split_items(text, m.start(), m.end())
            opening = _country_re().search(text, *items[0])  # (引进|韩国某某、…)
            items[0] = (opening.start() if opening else items[0][0], items[0][1])
            if len(items) >= 2 and all(_foreign(text, s, e, index) for s, e in items):
                out.extend(items)
    return out


def _sentences_with_countries(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences that name two countries or more (the only ones worth the
    list pattern)."""
    ends: dict[int, tuple[int, int]] = {}
    counts: dict[int, int] = {}
    for m in _country_re().finditer(text):
        lo = max(text.rfind(ch, 0, m.start()) for ch in "。；\n") + 1
        counts[lo] = counts.get(lo, 0) + 1
        if lo not in ends:
            hi = min((i for i in (text.find(ch, m.end()) for ch in "。；\n") if i >= 0), default=len(text))
            ends[lo] = (lo, hi)
    return [ends[lo] for lo, n in counts.items() if n >= 2]


def _foreign(text: str, s: int, e: int, index: WordIndex) -> bool:
    country = _country_re().match(text, s, e)
    if country is None or not 2 <= e - country.end() <= 4:
        return False
    name = text[country.end():e]
    return (name in brands() or not is_known_word(name)) and _sibling(text, country.end(), e, index)


@lru_cache(maxsize=None)
def _country_re() -> re.Pattern[str]:
    return re.compile(lexicon.trie_pattern(sorted(lexicon.countries())))


def _trade_end(text: str, s: int, e: int, index: WordIndex) -> bool:
    """An item that ends with an industry word after a name (某某|橡胶, 某某|机器人)."""
    words = index.words(s, e)
    if len(words) < 2:
        return False
    return text[slice(*words[-1])] in industries() or text[slice(*words[-1])] in kind_industries()


def _unknown_name(text: str, s: int, e: int) -> bool:
    """A name no dictionary knows (华月, 海川), of 2–4 characters."""
    return 2 <= e - s <= 4 and not is_known_word(text[s:e])


def _named_item(text: str, s: int, e: int, index: WordIndex) -> bool:
    """An item that can be a company opening its clause: a sibling, not a person's name, not a
    place's industry (中卫|精细化工)."""
    return _sibling(text, s, e, index) and place_at(text, s, e) <= 0 \
        and not any(word_tag(text[a:b]) in ("nr", "nrfg") for a, b in index.words(s, e))


def _clause_items(text: str, start: int, end: int, index: WordIndex, *, at_deng: bool
                  ) -> list[tuple[int, int]]:
    """The 、-items of the clause around [start, end), the first without the words that open the
    clause; with ``at_deng`` the list ends at 等 (…、某某国资|等一批企业…和…)."""
    closing = clause_end(text, end)
    if at_deng and (stop := text.find("等", end, closing)) != -1:
        closing = stop
    items = split_items(text, clause_start(text, start), closing)
    items[0] = (first_item(text, *items[0], index), items[0][1])
    return items


def _clause_list(text: str, start: int, end: int, index: WordIndex) -> list[tuple[int, int]]:
    """The 、-items of the list around the company at [start, end), the last one cut to its name."""
    items = _clause_items(text, start, end, index, at_deng=True)
    at = next((k for k, (s, _) in enumerate(items) if s == start), None)
    if at is not None and items[at][1] > end:
        items = items[:at] + [(start, end)]  # the list ends with the company (…、中国兵装|正进行…)
    last_s, last_e = items[-1]
    if last_s != start:
        cut = _name_end(text, last_s, last_e, index)
        items[-1] = (last_s, last_s if SECTOR_AFTER.match(text, cut) else cut)  # 某某石材|加工园区
    return [(s, e) for s, e in items if e > s]


def _name_end(text: str, start: int, end: int, index: WordIndex) -> int:
    """Where the name opening [start, end) ends: before the first verb, adverb, particle or
    stop word after its first word (非夕机器人|成功落地, 阿里巴巴|等合作, 三源橡胶|被评为)."""
    suffix = _ORG_SUFFIX.search(text, start + 2, end)
    if suffix is not None:
        return suffix.end()  # 新兴达集团|达成合作: the company suffix ends the name
    cut = _NAME_CUT.search(text, start + 2, end)
    words = index.words(start, cut.start() if cut else end)
    stop = start
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        last = k == len(words) - 1 and word_tag(word) in ("a", "ad", "vn")  # 某某|精密, 某某|国资 end it
        if k > 0 and not last and (word_tag(word) in _NOT_NAME_AFTER or word in lexicon.left_stops()):
            break
        stop = e
    return stop


def _sibling(text: str, s: int, e: int, index: WordIndex) -> bool:
    """An item listed beside a company that can itself be a company: 2–8 characters, not a
    place, a kind, a park or a project (依托北京、上海、金鼎集团: places are no siblings)."""
    if e - s == 2 and not (index.words(s, e) == [(s, e)] or text[s:e] in lexicon.known_bodies()):
        return False  # two characters the dictionary splits (建设|新): no name
    words = index.words(s, e)
    common = all(is_known_word(text[a:b]) and not is_proper(text[a:b]) for a, b in words)
    stem = _ORG_END.sub("", text[s:e])
    return (looks_like_company(text, s, e, index) and not names_a_kind(text, s, e, index)
            and not NOT_COMPANY_END.search(text, s, e) and not _place_run(text, s, e, index)
            and not text.endswith("总部", s, e) and not lexicon.is_kind(stem)
            and not _BUILDING.search(text, s, e)
            and not (common and FACILITY_END.search(text, s, e)))  # 污水处理厂: a facility


def _place_run(text: str, s: int, e: int, index: WordIndex) -> bool:
    """Only places, or a name and the place it builds in (某某|通榆: a project at a place)."""
    words = index.words(s, e)
    return bool(words) and (all(text[a:b] in lexicon.places() for a, b in words)
                            or text[slice(*words[-1])] in lexicon.places())

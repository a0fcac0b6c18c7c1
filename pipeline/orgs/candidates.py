"""Candidate names: known bodies (国务院, 亚投行 …) and suffix-anchored names (…有限公司,
…研究院, …党支部) with their left edges, checked for a real name part.

A candidate is dropped when its name part is only generic words (科技企业, 国家技术创新中心,
区科协), when it lies inside a document title in 《》, or when it is nested inside a longer
candidate (longest as written)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import brandlist, lexicon, positioning, trade
from .edges import (HOST_SUFFIXES, KNOWN, MARKER, MAX_LEFT, PLACE, PROPER, Edge, left_edge, place_at,
                    place_before)
from .splits import split_name_start, town_name
from .words import WordIndex, is_known_word, is_proper, word_tag

_TITLE_RE = regex.compile(r"《[^《》\n]{1,100}》")
# a party before a committee: 中共北京市委, and the democratic parties' (民盟河北省委, 农工党某省委会)
_PARTY_RE = re.compile(r"(?:中共|民[革盟建进]|农工党|致公党|九三学社|台盟)(?=[\u4e00-\u9fff]{3,16}委)")  # (re: faster here)
# an exchange's short form where a company lists: 在某交所成功挂牌, 和某交所主板挂牌
_EXCHANGE = regex.compile(r"(?<=[在和与、及])\p{Han}{1,2}交所(?=(?:成功|正式)?(?:主板|板)?(?:挂牌|上市))")
_QUOTED = regex.compile(r"“\p{Han}{2,8}”\Z")
_HAN_RUN = regex.compile(r"\p{Han}*\Z")
_SLOGAN_COUNT = regex.compile(r"[一二三四五六七八九十两]\p{Han}{1,2}[一二三四五六七八九十两]\p{Han}{1,3}\Z")
_LEVEL_COMMITTEE = regex.compile(r"[省市县区]委(?![员托派])")  # 保定市委, 安国市委: a full division name before it
# a source line signed by a body (来源：新华社, 新华社记者 姚大伟 摄, 新华社北京3月5日电): page debris
_BYLINE_BEFORE = regex.compile(r"(?:来源|稿源|出处|摘自|转自)\s*[：:]\s*\Z")
_BYLINE_AFTER = regex.compile(
    r"""\s*(?:记者                                  # 新华社记者
        |受权                                     # 新华社受权全文播发
        |\p{Han}{0,4}\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)   # 新华社北京3月5日电
        )""",
    regex.X,
)
_TITLE_AFTER = regex.compile(r"(?:副)?(?:书记|主任|委员)")
_ACRONYM_COMPANY = regex.compile(r"(?:集团|有限公司|公司)")
_ACRONYM = regex.compile(r"(?<=\p{Han})[A-Z]{2,6}(?![A-Za-z0-9])")  # STC in 获得香港STC认证
_HUB_SUFFIXES = frozenset({"中心"})
_FACILITY_SUFFIXES = frozenset({"中心", "基地", "平台"})
_COMPANY_INSIDE = regex.compile(r"(?:有限公司|有限责任公司|股份公司)(?=\p{Han})")  # a company's name, then more
_JOINING = frozenset({"和", "与", "及"})
_NOT_BARE = frozenset({"学校", "公司", "有限公司", "有限责任公司", "股份有限公司", "组织"})
_VERB_SUFFIXES = frozenset({"组织"})  # also a verb: not a head right after a known body or an adverb
_ADVERB_TAGS = frozenset({"d", "ad"})
_MEMBER = regex.compile(r"代表|委员|常委")  # 全国|人大代表: the body before its members
_PHASE = regex.compile(r"[一二三四五六七八九十\d]期")
_FIELD_ASSOCIATIONS = frozenset({"协会", "学会", "联合会", "研究会", "促进会", "基金会"})
_VILLAGE_NAMED = frozenset({"school", "hospital", "government", "party"})
# (某村小学, 某庄卫生院, 某乡人民政府, 某乡党委)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    type: str
    canonical: str | None = None
    known: bool = False
    rule: str = ""  # which rule found it, and on what evidence (for tracing)


def known_spans(text: str, index: WordIndex) -> dict[int, int]:
    """start → end of known bodies that sit on word boundaries (财政部 not in 财政部门,
    中石油 not in 其中|石油), except those that only sign a source line (来源：新华社)."""
    out: dict[int, int] = {}
    bodies = lexicon.known_bodies()
    for m in lexicon.known_re().finditer(text):
        if (index.is_boundary(m.end()) or m.end() == len(text) or _MEMBER.match(text, m.end())
                or _last_glued(text, m.start(), m.end(), index)) \
                and (index.is_boundary(m.start())
                     or (_after_state(text, m.start(), bodies[m.group()]) and index.is_boundary(m.start() - 2))) \
                and not _byline(text, m.start(), m.end()) \
                and not (bodies[m.group()].canonical and bodies[m.group()].type == "enterprise"
                         and _names_a_part(text, m.start(), m.end(), index)):
            out[m.start()] = m.end()
    return out


def _after_state(text: str, start: int, body: lexicon.KnownBody) -> bool:
    """A central government body with 国家 written before it (国家农业部, 国家审计署; the dictionary
    may read 国家科技部 as one word): its name as written holds 国家."""
    return body.type == "government" and not body.name.startswith("国") \
        and start >= 2 and text.startswith("国家", start - 2)


def _last_glued(text: str, start: int, end: int, index: WordIndex) -> bool:
    """Has the dictionary glued a known name's last character to a function word after it
    (农业农村|部将|我县: 部将 is a word of its own), not read it inside a longer word (中国|银行业,
    科技|部门)?"""
    words = index.words(end - 1, end + 1)
    return end - start >= 3 and len(words) == 1 and words[0] == (end - 1, end + 1) \
        and index.is_boundary(end - 1) and text[end] in lexicon.left_stops()


def _names_a_part(text: str, start: int, end: int, index: WordIndex) -> bool:
    """Is a group's short form glued to an industry word, a name of its own or a phase
    (某某|微电子 12英寸产线, 某某|汇能, 某某|二期): a subsidiary or a project, not the group?"""
    nxt = index.words(end, min(len(text), end + 6))
    if not nxt:
        return False
    word = text[slice(*nxt[0])]
    # a two-character short form before a name of its own (中核|汇能, 上汽|红岩), not a group's
    # common name (国家电网|绿电消纳)
    glued_name = end - start <= 2 and len(word) >= 2 and is_proper(word) and word not in lexicon.places()
    return word in brandlist.industries() or glued_name or _PHASE.match(text, end) is not None


def _byline(text: str, start: int, end: int) -> bool:
    return (_BYLINE_BEFORE.search(text, max(0, start - 8), start) is not None
            or _BYLINE_AFTER.match(text, end) is not None)


def title_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TITLE_RE.finditer(text)]


def _generic_only(text: str, words: list[tuple[int, int]]) -> bool:
    return all(lexicon.is_generic(text[s:e]) or text[s:e] in _JOINING for s, e in words)


def _not_a_head(text: str, s_end: int, suffix: str) -> bool:
    """格局 is not a 局 (but 财政局 is), 政府工作报告 is not a 政府."""
    for word in lexicon.not_name_words().get(text[s_end - 1], ()):
        start = s_end - len(word)
        if len(word) > len(suffix) and text.startswith(word, start):
            return True
    after = _not_after(suffix)
    return after is not None and after.match(text, s_end) is not None


@lru_cache(maxsize=None)
def _not_after(suffix: str):
    """The texts that may not follow this suffix (its own, any suffix's, and an industry word's)."""
    kinds = (suffix, "*", "trade") if lexicon.suffixes()[suffix].strength == lexicon.TRADE else (suffix, "*")
    return lexicon.not_after_re(kinds)


def _hub(text: str, words: list[tuple[int, int]], s_start: int) -> bool:
    """Place or marker + generic words + 中心 names a hub, not a body (青岛国际航运中心,
    国际消费中心), unless a full division opens it (海珠区…中心, an institution of that
    government) or it is a 国家…中心 of a place (大湾区国家技术创新中心)."""
    divisions = lexicon.division_names()
    rest = []
    full_division = national = False
    ends = frozenset(e for _, e in words)
    for s, e in words:
        if any(text[s:e].endswith(x) for x in HOST_SUFFIXES):
            return False  # a centre of a university or hospital (西安交通大学…创新中心)
        end = place_at(text, s, s_start, ends)
        if end > 0:
            full_division = full_division or text[s:end] in divisions
            continue
        national = national or text[s:e] == "国家"
        rest.append((s, e))
    if not _generic_only(text, rest):
        return False
    placed = len(rest) < len(words)
    return not (full_division or (placed and national))


def _accept(text: str, edge: Edge, s_start: int, suffix: lexicon.Suffix,
            index: WordIndex) -> bool:
    words = index.words(edge.start, s_start)
    last = text[words[-1][0]:words[-1][1]] if words else ""
    if last[-1:] in _JOINING and index.is_boundary(s_start) and (len(last) == 1 or not is_known_word(last)):
        return False  # 国家、省及|联盟: a name part never ends with a conjunction (but 协和|医院)
    if edge.anchor in (PROPER, MARKER) and suffix.strength == lexicon.ANCHORED \
            and not any(place_at(text, s, s_start) > 0 for s, _ in words) and not town_name(text, edge.start, s_start):
        return False  # 局, 部, 委 … need a place (中共上海市普陀区委社会工作部, 某某镇党委)
    if edge.anchor in (PROPER, MARKER) and _generic_only(text, words) \
            and not (edge.anchor == MARKER and suffix.text in _FIELD_ASSOCIATIONS and len(words) >= 2):
        return False  # (but 国际|旅游|联合会, 中国|物流|协会: a marker and a field name a society)
    if suffix.text in _NOT_BARE and len(words) == 1 and edge.anchor in (PLACE, KNOWN):
        return False  # 北京市学校, 联合国组织: a place or body and a kind
    if suffix.text in _HUB_SUFFIXES and positioning.positioning_word(text, words):
        return False  # a role of a place (某地区域医疗中心), not a body
    if suffix.text in _HUB_SUFFIXES and edge.anchor in (PLACE, MARKER):
        return not _hub(text, words, s_start)
    return True


def _after_body(text: str, pos: int, known: dict[int, int]) -> bool:
    """Does a known body or an organization suffix end right at pos (宣传部|组织)?"""
    table = lexicon.suffixes()
    return pos in known.values() or any(text[pos - n:pos] in table for n in range(1, 7))


def _after_adverb(text: str, pos: int, index: WordIndex) -> bool:
    """Is the word that ends at pos an adverb (认真|组织, 统一|组织)?"""
    words = index.words(max(0, pos - 4), pos)
    return bool(words) and words[-1][1] == pos and word_tag(text[slice(*words[-1])]) in _ADVERB_TAGS


def suffix_candidates(text: str, index: WordIndex, known: dict[int, int]) -> list[Candidate]:
    table = lexicon.suffixes()
    starts = sorted(known)
    out = []
    for m in lexicon.suffix_re().finditer(text):
        s_start, s_end = m.span()
        if s_end < len(text) and not index.is_boundary(s_end) and not _TITLE_AFTER.match(text, s_end):
            continue  # (but 某某镇党委|书记: the dictionary glues the title to the body)
        suffix = table[m.group()]
        if _not_a_head(text, s_end, suffix.text):
            continue
        # known bodies near the suffix: inside the left window or holding the suffix
        near = {k: known[k] for k in starts[bisect_left(starts, s_start - MAX_LEFT - 30):
                                             bisect_left(starts, s_end)]}
        if any(ks <= s_start and s_end <= ke for ks, ke in near.items()):
            continue  # 政协 in 全国政协: the known body stands for itself
        edge = left_edge(text, s_start, s_end, index, near)
        rule = f"suffix:{suffix.text}"
        if edge is None and (suffix.type in _VILLAGE_NAMED
                             or (suffix.type == "enterprise" and trade.acting(text, s_end))):
            # a name the dictionary splits, alone after a mark: 、史家佐|小学, 。时风|集团获评
            split = split_name_start(text, s_start, index)
            edge = Edge(split, PROPER, "") if split is not None else None
            rule += "+split_name"
        if edge is None and suffix.type == "enterprise" and suffix.strength == lexicon.STRONG:
            run = _HAN_RUN.search(text, max(0, s_start - 6), s_start)  # (never None: it may be empty)
            if _quoted_brand(text, run.start()) < run.start():
                edge = Edge(run.start(), PROPER, "")  # “某某”|食品有限公司: the quote opens it below
        if suffix.strength == lexicon.TRADE:
            if not index.is_boundary(s_start):
                continue  # 精细|化工 inside 精细化工: an industry
            edge = trade.trade_edge(text, s_start, s_end, edge, index)
            if edge is None:
                continue
        elif edge is None or not _accept(text, edge, s_start, suffix, index):
            continue
        if suffix.text in _VERB_SUFFIXES and (_after_body(text, s_start, near) or _after_adverb(text, s_start, index)):
            continue  # 中共北京市委宣传部组织开展, 某县农业局认真组织: a body, then the verb 组织
        if suffix.text in _FACILITY_SUFFIXES and _COMPANY_INSIDE.search(text, edge.start, s_start):
            continue  # 某某有限公司|优质鲜薯深加工二期工程及科研中心: a company's project, the company named
        if _SLOGAN_COUNT.match(text, edge.start, s_end):
            continue  # 五馆两中心, 三馆一中心: a count of kinds
        start = _quoted_brand(text, edge.start) if suffix.type == "enterprise" else edge.start
        out.append(Candidate(start, s_end, suffix.type, rule=rule + ("+quoted" if start < edge.start else "")))
    return out


def _quoted_brand(text: str, start: int) -> int:
    """Where a company's name starts when a quoted brand opens it (“好想你”枣业股份有限公司):
    at the opening quote, when the name after the quote names no place of its own."""
    if start < 4 or text[start - 1] != "”" or place_at(text, start, min(len(text), start + 8)) > 0:
        return start
    m = _QUOTED.search(text, max(0, start - 11), start)
    return m.start() if m else start


def committee_candidates(text: str) -> list[Candidate]:
    """中共 or a democratic party + a chain of full division names + 委: the party's committee
    of that place (中共北京市委, 中共上海市普陀区委, 民盟河北省委, 农工党某省委会), which 市委/区委
    alone would not name."""
    divisions = lexicon.division_names()
    out = []
    for m in _PARTY_RE.finditer(text):
        start, pos, full = m.start(), m.end(), False
        while (end := place_at(text, pos, min(len(text), pos + 16))) > 0:
            full = full or text[pos:end] in divisions
            pos = end
        if full and text.startswith("委", pos) and not text.startswith("委员", pos):
            end = pos + 2 if text.startswith("委会", pos) else pos + 1  # (农工党某省委会)
            out.append(Candidate(start, end, "party", rule="committee"))
    taken = {c.end for c in out}
    for m in _LEVEL_COMMITTEE.finditer(text):
        start = _division_chain_start(text, m.start() + 1, divisions)
        if start is not None and m.end() not in taken and not _loose_place(text, start, m.start() + 1):
            out.append(Candidate(start, m.end(), "party", rule="committee:place"))
    return out


def _loose_place(text: str, start: int, end: int) -> bool:
    """A place that is also a common word (和县 in …和县委) or a two-character name glued to the
    character before it (振兴县委: 兴县)."""
    name = text[start:end]
    return name in lexicon.common_word_places() or (
        end - start == 2 and start > 0 and regex.match(r"\p{Han}", text[start - 1]) is not None)


def _division_chain_start(text: str, end: int, divisions: frozenset[str] | set[str]) -> int | None:
    """Start of the full division names that end at ``end`` (保定市, 上海市普陀区), with a
    province's short name before them (山西|平遥县), or None."""
    start = None
    while True:
        found = next((end - n for n in range(8, 1, -1) if end - n >= 0 and text[end - n:end] in divisions), None)
        if found is None:
            break
        start = end = found
    if start is not None:
        short = next((start - n for n in (3, 2) if start - n >= 0
                      and text[start - n:start] in lexicon.province_short_names()), None)
        start = short if short is not None else start
    return start


def exchange_candidates(text: str, index: WordIndex) -> list[Candidate]:
    """An exchange named by its short form where a company lists on it (在某交所成功挂牌, 新三板和
    某交所主板挂牌): one or two characters and 交所, the venue of a listing."""
    return [Candidate(m.start(), m.end(), "public_institution", rule="exchange:listing")
            for m in _EXCHANGE.finditer(text) if index.is_boundary(m.start())]


def acronym_candidates(text: str, index: WordIndex) -> list[Candidate]:
    """A place and a capitalised abbreviation that is not a measure or technology (香港STC;
    not 中国GDP): a body named by its abbreviation; with 公司 or 集团 after it, a company
    (美国MCD公司)."""
    out = []
    for m in _ACRONYM.finditer(text):
        if m.group() in lexicon.not_acronyms() or len(set(m.group())) == 1:
            continue  # a measure, or a placeholder (上海市XX)
        start = place_before(text, m.start(), index)
        if start >= 0:
            company = _ACRONYM_COMPANY.match(text, m.end())  # 美国MCD|公司: the company so named
            end, kind = (company.end(), "enterprise") if company else (m.end(), "other")
            out.append(Candidate(start, end, kind, rule="acronym"))
    return out


def known_candidates(text: str, known: dict[int, int]) -> list[Candidate]:
    """The known bodies, a ministry with the 国家 written before it (国家农业部: the name as
    written, the canonical name the ministry's)."""
    bodies = lexicon.known_bodies()
    out = []
    for start, end in known.items():
        name = text[start:end]
        body = bodies[name]
        if _after_state(text, start, body):
            out.append(Candidate(start - 2, end, body.type, body.canonical or name, known=True, rule="known+国家"))
            continue
        out.append(Candidate(start, end, body.type, body.canonical, known=True, rule="known"))
    return out


def longest(cands: list[Candidate], titles: list[tuple[int, int]]) -> list[Candidate]:
    """Drop candidates inside 《》 titles and those nested in a longer one."""
    cands = [c for c in cands if not any(s <= c.start < e or s < c.end <= e for s, e in titles)]
    cands.sort(key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    for c in cands:
        if out and c.start < out[-1].end:
            if c.end <= out[-1].end:
                continue  # nested in the previous one
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c  # overlapping: keep the longer
            continue
        out.append(c)
    return out


__all__ = ["Candidate", "acronym_candidates", "committee_candidates", "exchange_candidates",
           "known_candidates", "known_spans", "longest", "suffix_candidates", "title_spans"]

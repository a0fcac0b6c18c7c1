"""Branches: a body, a place (or a proper word) and a branch suffix name one branch of that body
(河北银行清河支行, 某某科技有限公司北京分公司, 市生态环境局石桥分局, 北京儿童医院南苑分院); a
company, a place and 有限公司 or 公司 name its company in that place (某某控股湖北有限公司); a
body and a number with 所/院/局 name one of its numbered units (某集团十二所, 某集团第五研究院,
某集团二十二局); an institution and a place in brackets name its branch in that place
(国家某某中心（福建）; a company's bracketed place may be a plant or a note, and stays out); an
association and a field with 分会 or 专业委员会 name its branch for that field (某某协会再生分会);
a university and 附属 with a hospital or school name the one it runs (某某医科大学附属第一医院;
types.refine types it by its last word);
a government body and a word with 司, 室 or 处 name one of its offices (国务院办公厅督查室).

A candidate that ends right where such a branch begins is extended over it; a candidate for the
branch alone (北京分公司, 清河支行) then lies inside the joined name and is dropped. The joined
name keeps the parent's type (a bank's branch is a bank, a bureau's branch a bureau).
Rule name for tracing: ``branch`` (evidence: the parent's name and the branch suffix).
"""
from __future__ import annotations

from dataclasses import replace

import regex

from . import lexicon
from .candidates import Candidate
from .edges import place_at
from .words import WordIndex, is_proper

_SITE_PARENTS = frozenset({"research", "school", "public_institution"})  # (not a company's plant)
_SUBUNIT_PARENTS = frozenset({"government", "party", "congress"})
_SITE_SUFFIXES = frozenset({"基地", "中心", "平台", "分中心"})
_SUBSIDIARY_SUFFIXES = frozenset({"有限公司", "有限责任公司", "股份有限公司", "公司"})
BRANCH_SUFFIXES = ("分公司", "分中心", "支行", "分行", "分院", "分局", "代表处")
_BRANCH = regex.compile(r"(\p{Han}{2,8}?)(" + "|".join(BRANCH_SUFFIXES) + r")")
_PLACE_NOTE = regex.compile(r"[（(](\p{Han}{2,6})[）)]")  # a place in brackets after a name
_SUBUNIT = regex.compile(r"\p{Han}{2,3}?[司室处]")  # 某某办公厅|督查室, 某某人民政府|研究室
_FIELD_BRANCH = regex.compile(r"\p{Han}{2,8}?(?:分会|专业委员会)")  # 某某协会|再生分会: a field's branch
# a level word and a department, right before one of its branches (县公安局|城关派出所,
# 市生态环境局|某某分局): a parent that names no place of its own
_LEVEL_PARENT = regex.compile(r"[省市县区]\p{Han}{1,8}?局\Z")
_UNDER_PARENT = BRANCH_SUFFIXES + ("派出所",)
# a university's affiliated hospital or school (某某医科大学|附属第一医院, 某某师范大学|附属中学)
_AFFILIATED = regex.compile(r"附属\p{Han}{0,8}?(医院|中学|小学|学校|幼儿园)")
_NUMBERED = regex.compile(r"第?(?:[一二三四五六七八九十百零〇]{1,4}|\d{1,3})(?:研究所|研究院|工程局|所|院|局)")


def branch_end(text: str, pos: int, index: WordIndex, *, units: bool = False,
               sites: bool = False, notes: bool = False, fields: bool = False,
               subunits: bool = False, affiliated: bool = False, subsidiaries: bool = False) -> int:
    """End of a branch (a place or proper word and a branch suffix, with ``units`` a numbered
    unit, with ``sites`` a place, a few generic words and 基地/中心/平台, with ``subsidiaries`` a
    place, a few generic words and 有限公司/公司, with ``notes`` a place in brackets, with
    ``affiliated`` 附属 and a hospital or school) starting at pos, or -1."""
    attached = _AFFILIATED.match(text, pos) if affiliated else None
    if attached is not None and (attached.end() == len(text) or index.is_boundary(attached.end())):
        return attached.end()  # 某某医科大学|附属北京某某医院
    note = _PLACE_NOTE.match(text, pos) if notes else None
    if note is not None and note.group(1) in lexicon.places():
        return note.end()  # 国家某某中心|（福建）: an institution's branch in that place, as written
    numbered = _NUMBERED.match(text, pos) if units else None
    if numbered is not None and (numbered.end() == len(text) or index.is_boundary(numbered.end())):
        return numbered.end()
    site = _placed_end(text, pos, index, _SITE_SUFFIXES) if sites else -1
    if site > 0:
        return site
    subsidiary = _placed_end(text, pos, index, _SUBSIDIARY_SUFFIXES) if subsidiaries else -1
    if subsidiary > 0:
        return subsidiary  # 某某控股|湖北|有限公司: the group's company in that province
    unit = _SUBUNIT.match(text, pos) if subunits else None
    if unit is not None and _named_part(text, pos, unit.end(), index):
        return unit.end()  # a government body's office (某某办公厅督查室)
    field = _FIELD_BRANCH.match(text, pos) if fields else None
    if field is not None and _named_part(text, pos, field.end(), index):
        return field.end()  # an association's branch for a field (某某协会|再生分会)
    m = _BRANCH.match(text, pos)
    if m is None:
        return -1
    middle_end = m.start(2)
    if not (index.is_boundary(middle_end) and (m.end() == len(text) or index.is_boundary(m.end()))):
        return -1
    if _place_chain(text, pos, middle_end):
        return m.end()
    words = index.words(pos, middle_end)
    if words and all(is_proper(text[s:e]) for s, e in words):
        return m.end()
    return -1


def _named_part(text: str, pos: int, end: int, index: WordIndex) -> bool:
    """A part of a name that ends on a word boundary and holds no stop word (not 局|处理)."""
    return (end == len(text) or index.is_boundary(end)) \
        and not any(text[s:e] in lexicon.left_stops() for s, e in index.words(pos, end))


def _placed_end(text: str, pos: int, index: WordIndex, suffixes: frozenset[str]) -> int:
    """End of a place, up to four generic words and one of ``suffixes`` right at pos: a site of
    an institution (某实验室|新疆|基地, 某农科院|河南|创新|基地) or a company's regional
    subsidiary (某某控股|湖北|有限公司, 某某集团|山东|公司), or -1."""
    place_end = place_at(text, pos, min(len(text), pos + 8))
    if place_end <= pos or not index.is_boundary(place_end):
        return -1
    words = index.words(place_end, min(len(text), place_end + 12))
    for k, (s, e) in enumerate(words[:5]):
        if text[s:e] in suffixes:
            return e if all(lexicon.is_generic(text[a:b]) for a, b in words[:k]) else -1
    return -1


def _place_chain(text: str, pos: int, end: int) -> bool:
    while pos < end:
        nxt = place_at(text, pos, end)
        if nxt < 0:
            return False
        pos = nxt
    return True


def _level_parent_start(text: str, start: int, index: WordIndex) -> int:
    """Start of a level word and a department right before a branch that starts at ``start``
    (县公安局|城关派出所, 市生态环境局|某某分局), or -1: the branch's name as written holds
    its parent, whose name alone (县公安局) only refers to it."""
    for s, _ in reversed(index.words(max(0, start - 10), start)):
        if not index.is_boundary(s):
            continue
        if _LEVEL_PARENT.match(text, s, start):
            middle = [text[a:b] for a, b in index.words(s + 1, start - 1)]
            if not any(is_proper(w) or w in lexicon.left_stops() for w in middle):
                return s
    return -1


def join_branches(text: str, cands: list[Candidate], index: WordIndex) -> list[Candidate]:
    """Candidates with each parent extended over the branch right after it (sorted by start),
    and each branch over the level word and department right before it."""
    cands = [_under_level_parent(text, c, index) for c in cands]
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end and c.end <= out[-1].end:
            continue  # the branch alone, now inside its parent's joined name
        # numbered units only of known bodies and companies (新建学校6所 counts schools)
        end = branch_end(text, c.end, index, units=c.known or c.type == "enterprise",
                         sites=c.type in _SITE_PARENTS, notes=c.type != "enterprise",
                         fields=c.type == "social_organization", subunits=c.type in _SUBUNIT_PARENTS,
                         affiliated=c.type == "school", subsidiaries=c.type == "enterprise")
        out.append(replace(c, end=end, canonical=None, known=False, rule=f"{c.rule}+branch")
                   if end > 0 else c)
    return out


def _under_level_parent(text: str, c: Candidate, index: WordIndex) -> Candidate:
    """A branch (分局, 支行, 派出所 …) extended over the level word and department before it."""
    if not text.endswith(_UNDER_PARENT, c.start, c.end):
        return c
    start = _level_parent_start(text, c.start, index)
    return replace(c, start=start, rule=f"{c.rule}+parent") if start >= 0 else c


__all__ = ["BRANCH_SUFFIXES", "branch_end", "join_branches"]

"""Companies named by their projects in a list of projects (某某精密、某某电子等16个项目建成投产,
某某电子、安徽某某等新签约项目扎实推进): county reports count their projects by the companies
that build them. An item of such a list names a company when it has a company's shape — one
trade name and one industry word (某某电器, 某|某|科技 as the dictionary splits it; not 某某建材|
制品, a company's product), or a place and a word no dictionary knows (安徽某某) — and nothing of
a project's: no figure, no quote, no park, base, city, port, road or phase (某某未来城, 某某产业园,
某地至某地, 某某二期), no product made of common words (塑胶模具, 一次性输液器). What such a list
names is no evidence for the other rules (see ``_companies`` in __init__.py).
"""
from __future__ import annotations

import regex

from . import lexicon
from .brandlist import is_industry
from .brands import ordinary, trade_name
from .lists import FACILITY_END, NOT_COMPANY_END, clause_start, list_before
from .words import WordIndex

# the end of a list of projects: 等16个项目, 等新签约项目, 等5个7亿元以上重大制造业项目
_PROJECT_END = regex.compile(r"等\s*(?:[\d一二三四五六七八九十百多几]+\s*[个项批]\s*)?[\p{Han}\d.]{0,12}?项目")
_NAME = regex.compile(r"\p{Han}{3,10}")
_TRADE_MAX = 4  # characters of a trade name before its industry word
_PLACE_END = regex.compile(r"[站港路桥街河江岛湾线圈环]$")  # a facility or a place (某某港, 某地西环)
_HAN = regex.compile(r"\p{Han}")


def project_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """Spans of the companies that name the items of each list of projects."""
    out: list[tuple[int, int]] = []
    for m in _PROJECT_END.finditer(text):
        if "、" not in text[clause_start(text, m.start()):m.start()]:
            continue  # no list before 等…项目 (far the most of them)
        items = list_before(text, m.start(), index)
        if len(items) >= 2:
            out.extend((s, e) for s, e in items if company_shaped(text, s, e, index))
    return out


def company_shaped(text: str, s: int, e: int, index: WordIndex) -> bool:
    """A trade name and an industry word, or a place and a trade name; the trade name one word
    no dictionary knows as an ordinary word, with characters the dictionary split off (欧尔|玛),
    never two words nor a second industry word (某某|肉鸡|饲料, 某|某|建材|制品: a product)."""
    if _NAME.fullmatch(text, s, e) is None or NOT_COMPANY_END.search(text, s, e) \
            or FACILITY_END.search(text, s, e) or _PLACE_END.search(text, s, e) or "至" in text[s:e]:
        return False  # (某某港, 某地至某地: a facility, a road)
    words = index.words(s, e)
    if words[0][0] != s or _cut_before(text, s, index):
        return False  # (在建的非|夕科技: the list's opening words cut a name)
    if is_industry(text[slice(*words[-1])]):
        trade = words[:-1]  # one industry word (not 某某建材|制品: a company's product)
    elif len(words) > 1 and text[slice(*words[0])] in lexicon.places():
        trade = words  # 安徽|某某 (the place dropped below)
    else:
        return False
    if len(trade) > 1 and text[slice(*trade[0])] in lexicon.places():
        trade = trade[1:]  # 河北|某某|网络科技
    name = text[trade[0][0]:trade[-1][1]] if trade else ""
    single = sum(b - a >= 2 for a, b in trade) <= 1 and not any(is_industry(text[a:b]) for a, b in trade)
    return 2 <= len(name) <= _TRADE_MAX and single and trade_name(name) is not None and not ordinary(name)


def _cut_before(text: str, s: int, index: WordIndex) -> bool:
    """Does a one-character word stand right before the item (its first characters cut off)?"""
    before = index.words(max(0, s - 2), s)
    return bool(before) and before[-1][1] == s and before[-1][1] - before[-1][0] == 1 \
        and _HAN.match(text, s - 1) is not None


__all__ = ["company_shaped", "project_candidates"]

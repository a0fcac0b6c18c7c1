"""Alias linking: every mention that is a short form of a full name in the same document gets
that full name as ``canonical``.

  * declared aliases: 广州市海珠区科学技术协会（以下简称海珠区科协） — every later 海珠区科协;
  * known short forms from the lexicon (全国政协 → 中国人民政治协商会议全国委员会);
  * place-trimmed forms: 普陀区财政局 → 上海市普陀区财政局;
  * head-abbreviated forms: 海珠区科协 → 广州市海珠区科学技术协会, 洪泽区政府 → …洪泽区人民政府;
  * a group's name without 集团 standing on its own: 中国盐湖 → 中国盐湖集团 (not a place alone:
    白银 of 白银集团 is also a city; not a kind: 北京数据 of 北京数据集团).

``other_mentions`` finds a company's other mentions in the document, and ``glued_after`` says
when a mention runs into the word after it (then it anchors no list siblings).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from ..resources import read_lines
from . import lexicon, trade
from .brandlist import industries
from .brands import product_after, trade_name
from .candidates import Candidate
from .edges import place_at
from .words import WordIndex

_DECLARED = regex.compile(
    r"""[（(]                       # opening bracket right after the full name
        (?:以下|下文)?(?:简称|称)     # 以下简称 / 简称
        [:：]?[“"「]?                # optional colon and quote
        (\p{Han}[\p{Han}A-Za-z0-9]{1,15})   # the alias
        [”"」]?[）)]                  # closing quote and bracket
    """,
    regex.X,
)


@lru_cache(maxsize=None)
def _abbreviations() -> tuple[tuple[str, str], ...]:
    rows = [tuple(line.split("\t")[:2]) for line in read_lines("orgs/abbreviations.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def add_aliases(text: str, cands: list[Candidate], index: WordIndex) -> list[Candidate]:
    """Candidates plus every mention of a declared alias (以下简称X), linked to its full name."""
    declared: dict[str, Candidate] = {}
    for c in cands:
        m = _DECLARED.match(text, c.end)
        if m:
            declared[m.group(1)] = c
    if not declared:
        return cands
    taken = {(c.start, c.end): c for c in cands}
    spans = sorted(taken)
    out = list(cands)
    for alias, full in declared.items():
        full_name = text[full.start:full.end]
        for m in regex.finditer(regex.escape(alias), text):
            s, e = m.span()
            if (s, e) in taken:
                taken[(s, e)] = replace(taken[(s, e)], canonical=full_name)
                continue
            if any(a < e and s < b for a, b in spans):
                continue  # part of a longer name
            if e < len(text) and not index.is_boundary(e) and not index.is_boundary(s):
                continue
            taken[(s, e)] = Candidate(s, e, full.type, full_name, rule="alias:declared")
    out = sorted(taken.values(), key=lambda c: c.start)
    return out


def add_group_short_forms(text: str, cands: list[Candidate], index: WordIndex) -> list[Candidate]:
    """Candidates plus every standing mention of a group's name without 集团 (中国盐湖 for
    中国盐湖集团), of a company's trade name without 公司 (某某 for 某某公司: a name the
    dictionary does not know), or of a company's short form (``short_forms``: 某某纺织 for
    某某纺织品有限责任公司), linked to the full name."""
    stems: dict[str, Candidate] = {}
    for c in cands:
        name = text[c.start:c.end]
        if name.endswith(_GROUP) and _group_stem(name[: -len(_GROUP)]):
            stems.setdefault(name[: -len(_GROUP)], c)
        elif name.endswith(_COMPANY) and trade_name(name[: -len(_COMPANY)]) is not None:
            stems.setdefault(name[: -len(_COMPANY)], c)  # 某某公司: a trade name and 公司
        for form in short_forms(name) if c.type == "enterprise" else ():
            stems.setdefault(form, c)  # 某某纺织 of 某某纺织品有限责任公司
    if not stems:
        return cands
    spans = [(c.start, c.end) for c in cands]
    out = list(cands)
    for stem, full in stems.items():
        full_name = full.canonical or text[full.start:full.end]
        for m in regex.finditer(regex.escape(stem), text):
            s, e = m.span()
            if not (index.is_boundary(s) and (e == len(text) or index.is_boundary(e))):
                continue
            if any(a < e and s < b for a, b in spans):
                continue  # the group's own full name, or part of another name
            if text[e:e + 1] in _ROAD_ENDS:
                continue  # 某某路: a road named after the company
            short = stem in short_forms(text[full.start:full.end])
            if not short and not text[full.start:full.end].endswith(_GROUP) and glued_after(text, e):
                continue  # 某某|合金新材料项目: a trade name naming a project, not the company
            if _OWNED.match(text, e) or product_after(text, e, index):
                continue  # 某某|国际产业园, 某某|污水处理厂, 某某|整体搬迁项目, 某某|太阳能电池组件: what the group owns, builds or makes
            kind = "short" if short else "group" if text[full.start:full.end].endswith(_GROUP) else "company"
            out.append(Candidate(s, e, full.type, full_name, rule=f"alias:{kind}"))
    return sorted(out, key=lambda c: c.start)


@lru_cache(maxsize=4096)
def short_forms(name: str) -> tuple[str, ...]:
    """A company's short forms: its full name without the legal form (某某纺织品有限责任公司 →
    某某纺织品) and that name cut after an industry word (某某纺织), each with and without the
    place that opens it; four characters or more, none a kind (中小企业)."""
    legal = next((x for x in _LEGAL_FORMS if name.endswith(x)), None)
    if legal is None or len(name) - len(legal) < 4:
        return ()
    core = name[: -len(legal)]
    forms = [core] + [core[:k] for k in range(4, len(core)) if _ends_with_industry(core[:k])]
    place = place_at(core, 0, len(core))
    forms += [f[place:] for f in forms if place > 0 and len(f) - place >= 4]
    return tuple(f for f in forms if _HAN_NAME.fullmatch(f) and not lexicon.is_generic(f)
                 and not lexicon.is_kind(f) and not lexicon.is_kind(f[place_at(f, 0, len(f)):]))


def _ends_with_industry(name: str) -> bool:
    every = industries()
    return any(name[-n:] in every and len(name) - n >= 2 for n in (2, 3, 4))


_LEGAL_FORMS = ("集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司")
_HAN_NAME = regex.compile(r"\p{Han}{4,}")
_GROUP = "集团"
_COMPANY = "公司"
_ROAD_ENDS = frozenset("路街道桥巷")
# a facility, park or project right after a short form, in the same phrase
_OWNED = regex.compile(r"\p{Han}{0,10}?(?:项目|工程|产业园|园区|园|厂|综合体|基地|[一二三四五六七八九十]期)")
_HAN = regex.compile(r"\p{Han}")


def other_mentions(text: str, index: WordIndex, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other mentions of the names at ``spans`` (3 characters or more) on word boundaries: the
    document's other mentions of a company (某某集团 again in 支持某某集团打造…, 某某集团项目)."""
    names = {text[s:e] for s, e in spans if e - s >= 3}
    found = []  # every occurrence of every name, then the longest at each place, left to right
    for name in names:
        pos = text.find(name)
        while pos != -1:
            found.append((pos, -len(name)))
            pos = text.find(name, pos + 1)
    seen = set(spans)
    out: list[tuple[int, int]] = []
    last = 0
    for start, neg in sorted(found):
        span = (start, start - neg)
        if start < last:
            continue  # inside an occurrence taken before
        last = span[1]
        if span not in seen and index.is_boundary(span[0]) and index.is_boundary(span[1]):
            out.append(span)
    return out


def glued_after(text: str, end: int) -> bool:
    """Is the mention ending at ``end`` glued to what follows (某某|丁二酸, 某某|天鹅湖) rather
    than followed by a mark, a joining word or a company verb (某某、, 某某等, 某某申报)?"""
    nxt = text[end:end + 1]
    return bool(_HAN.match(nxt)) and nxt not in "等和与及" and not trade.acting(text, end)


def _group_stem(stem: str) -> bool:
    """Does stem name the group by itself: not one place (白银 is also a city), nor places and a
    kind (北京数据)? Two places do (中国盐湖: 盐湖 is also a district)."""
    pos, places = 0, 0
    while (end := place_at(stem, pos, len(stem))) > 0:
        pos, places = end, places + 1
    rest = stem[pos:]
    if rest == "":
        return places >= 2
    return len(stem) >= 2 and not lexicon.is_kind(rest) and rest not in industries()  # (纺织|集团)


def _expansions(name: str) -> list[str]:
    out = [name]
    for short, full in _abbreviations():
        if name.endswith(short) and not name.endswith(full):
            out.append(name[: len(name) - len(short)] + full)
    return out


def _place_prefix(text: str) -> bool:
    """Is text a chain of places (上海市, 广州市海珠区)?"""
    pos = 0
    while pos < len(text):
        end = place_at(text, pos, len(text))
        if end < 0:
            return False
        pos = end
    return pos > 0


def canonicals(text: str, cands: list[Candidate]) -> dict[tuple[int, int], str]:
    """(start, end) → the full name each short mention stands for."""
    names = {text[c.start:c.end] for c in cands}
    shorts: dict[str, str] = {}  # a company's short form → its longest full name
    for full in sorted(names, key=len):
        shorts.update(dict.fromkeys(short_forms(full), full))
    out: dict[tuple[int, int], str] = {}
    cache: dict[str, str | None] = {}
    for c in cands:
        if c.canonical:
            out[(c.start, c.end)] = c.canonical
            continue
        name = text[c.start:c.end]
        if name not in cache:
            cache[name] = _full_name(name, names) or shorts.get(name)  # (某某纺织 of 某某纺织品有限责任公司)
        if cache[name]:
            out[(c.start, c.end)] = cache[name]
    return out


def _full_name(name: str, names: set[str]) -> str | None:
    best = None
    for form in _expansions(name):
        for full in names:
            if full == name or len(full) < len(form):
                continue
            if full == form or (full.endswith(form) and _place_prefix(full[: len(full) - len(form)])):
                if best is None or len(full) > len(best):
                    best = full
    return best

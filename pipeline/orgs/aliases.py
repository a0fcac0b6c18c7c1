"""Alias linking: every mention that is a short form of a full name in the same document gets
that full name as ``canonical``.

  * declared aliases: 广州市海珠区科学技术协会（以下简称海珠区科协） — every later 海珠区科协;
  * known short forms from the lexicon (全国政协 → 中国人民政治协商会议全国委员会);
  * place-trimmed forms: 普陀区财政局 → 上海市普陀区财政局;
  * head-abbreviated forms: 海珠区科协 → 广州市海珠区科学技术协会, 洪泽区政府 → …洪泽区人民政府.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from ..resources import read_lines
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
            taken[(s, e)] = Candidate(s, e, full.type, full_name)
    out = sorted(taken.values(), key=lambda c: c.start)
    return out


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
    out: dict[tuple[int, int], str] = {}
    cache: dict[str, str | None] = {}
    for c in cands:
        if c.canonical:
            out[(c.start, c.end)] = c.canonical
            continue
        name = text[c.start:c.end]
        if name not in cache:
            cache[name] = _full_name(name, names)
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

"""Companies an archive names: a company found in one report of an archive (by its suffix, a
list of companies, a company verb …) is named by its other reports too wherever its name
stands alone, even with no evidence of its own there. County reports name the same firms year
after year (某某机械 in a list of 2021, alone in 2024: 鼓励某某机械提升研发能力).

  * ``archive_names``: the company names found in an archive's records, each with the id of the
    first record that found it (the evidence);
  * ``archive_mentions``: where a record's text names one of them standing alone, outside the
    organizations it already has.

Pure functions of records (plain dicts); ``pipeline.relink`` applies them to a run's output.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import regex

from . import lexicon
from .aliases import glued_after
from .lists import NOT_COMPANY_END
from .types import refine

# a name of 3-8 Han characters (two-character trade names are too often ordinary words:
# 长城, 和美, 曙光)
_NAME = regex.compile(r"\p{Han}{3,8}")
# a facility rather than a company (地表水厂, 某某加油站)
_FACILITY = regex.compile(r"[厂站场馆]$")


def archive_names(records: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """{company name: id of the first record that found it} over the records of an archive."""
    names: dict[str, str] = {}
    for record in records:
        for org in record.get("organizations") or ():
            name = org.get("text") or ""
            if org.get("type") == "enterprise" and name not in names and _sharable(name):
                names[name] = record.get("id") or ""
    return names


def _sharable(name: str) -> bool:
    """A company's name that names it wherever it stands: Han characters only, not a facility,
    a park or a project (某某产业园), not a place."""
    return (_NAME.fullmatch(name) is not None and not _FACILITY.search(name)
            and not NOT_COMPANY_END.search(name) and name not in lexicon.places())


def archive_mentions(text: str, orgs: Iterable[Mapping[str, Any]], names: Mapping[str, str]
                     ) -> list[tuple[int, int, str]]:
    """(start, end, evidence record id) of each mention of an archive name in text that stands
    alone — followed by a mark, a joining word or a company verb, not glued to a product or
    project (某某机械|设备) — and overlaps none of ``orgs``; the longest name where two overlap."""
    if not names or not text:
        return []
    taken = sorted((o["start"], o["end"]) for o in orgs)
    found = sorted((m.start(), -m.end()) for pattern in _names_res(tuple(sorted(names)))
                   for m in pattern.finditer(text))
    out: list[tuple[int, int, str]] = []
    reach = 0
    for s, neg_end in found:
        e = -neg_end
        if s < reach:
            continue  # inside a longer name found from an earlier start or by another pattern
        reach = e
        if glued_after(text, e) or any(a < e and s < b for a, b in taken):
            continue
        out.append((s, e, names[text[s:e]]))
    return out


def archive_organizations(text: str, orgs: list[dict], names: Mapping[str, str]) -> list[dict]:
    """The organization dicts (record form, without ``section``) of ``archive_mentions``."""
    return [{"text": text[s:e], "start": s, "end": e, "type": refine(text[s:e], "enterprise"),
             "canonical": None, "role": None} for s, e, _ in archive_mentions(text, orgs, names)]


#: Names per pattern: one literal trie of a few hundred names scans several times slower than a
#: few tries of about a hundred names each, cut from the sorted list (measured with ``re``).
_PER_PATTERN = 128
_CACHE: dict[tuple[str, ...], list[re.Pattern[str]]] = {}


def _names_res(names: tuple[str, ...]) -> list[re.Pattern[str]]:
    """Literal tries of the sorted names, longest first (the standard library's ``re``)."""
    if names not in _CACHE:
        _CACHE.clear()
        _CACHE[names] = [re.compile(lexicon.trie_pattern(names[i:i + _PER_PATTERN]))
                         for i in range(0, len(names), _PER_PATTERN)]
    return _CACHE[names]

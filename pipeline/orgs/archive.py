"""Companies an archive names: a company found in one report of an archive (by its suffix, a
list of companies, a company verb …) is named by its other reports too wherever its name
stands alone, even with no evidence of its own there. County reports name the same firms year
after year (某某机械 in a list of companies in 2021, alone in 2024: 某某机械获评省级专精特新企业).

  * ``archive_names``: the company names found in an archive's records (``ArchiveNames``), each
    with the id of the first record that found it (the evidence);
  * ``archive_mentions``: where a record's text names one of them standing alone, outside the
    organizations it already has.

Pure functions of records (plain dicts); ``pipeline.relink`` applies them to a run's output.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import regex

from . import lexicon
from .aliases import glued_after
from .lists import FACILITY_END, NOT_COMPANY_END
from .types import refine

# a name of 3-8 Han characters (two-character trade names are too often ordinary words:
# 长城, 和美, 曙光)
_NAME = regex.compile(r"\p{Han}{3,8}")


class ArchiveNames:
    """The company names of an archive, each with the id of the first record that found it (the
    evidence), and where such a name may end in a text: its last character where it may stand
    alone (not followed by a Han character, or followed by 等/和/与/及 or a company verb; a
    superset of where ``aliases.glued_after`` says it is not glued, which is then asked). Built once per archive; finding the names costs the same
    for a few names as for tens of thousands."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.lengths = sorted({len(name) for name in self.names}, reverse=True)
        self.tails = frozenset(name[-2:] for name in self.names)  # a name's last two characters
        last = re.escape("".join(sorted({name[-1] for name in self.names})))
        verbs = lexicon.trie_pattern(lexicon.company_verbs())
        han = _han_class()
        self.ends = re.compile(f"[{last}](?:(?![{han}])|(?=[等和与及]|{verbs}))") if last else None

    def __bool__(self) -> bool:
        return bool(self.names)


@lru_cache(maxsize=1)
def _han_class() -> str:
    """The code points of ``regex``'s \\p{Han} (as ``aliases.glued_after`` reads them) as the
    ranges of a character class of the standard library's ``re``, which scans 3.5x faster here.
    Read from the installed ``regex`` (its Unicode version), in a few milliseconds."""
    lo, hi = 0x2E00, 0x40000  # every Han character lies in between (radicals to plane 3)
    span = "".join(map(chr, range(lo, hi)))
    return "".join(f"{re.escape(m.group()[0])}-{re.escape(m.group()[-1])}"
                   for m in regex.finditer(r"\p{Han}+", span))


def archive_names(records: Iterable[Mapping[str, Any]]) -> ArchiveNames:
    """The company names found in the records of an archive."""
    names: dict[str, str] = {}
    for record in records:
        for org in record.get("organizations") or ():
            name = org.get("text") or ""
            if org.get("type") == "enterprise" and name not in names and _sharable(name):
                names[name] = record.get("id") or ""
    return ArchiveNames(names)


def _sharable(name: str) -> bool:
    """A company's name that names it wherever it stands: Han characters only, not a facility,
    a park or a project (某某产业园), not a place."""
    return (_NAME.fullmatch(name) is not None and not FACILITY_END.search(name)
            and not NOT_COMPANY_END.search(name) and name not in lexicon.places())


def archive_mentions(text: str, orgs: Iterable[Mapping[str, Any]], archive: ArchiveNames
                     ) -> list[tuple[int, int, str]]:
    """(start, end, evidence record id) of each mention of an archive name in text that stands
    alone — followed by a mark, a joining word or a company verb, not glued to a product or
    project (某某机械|设备) — and overlaps none of ``orgs``; the longest name where two overlap."""
    if not archive or archive.ends is None or not text:
        return []
    names, found = archive.names, []
    tails = archive.tails
    for m in archive.ends.finditer(text):  # where a name may end: far fewer places than names
        e = m.end()
        if text[e - 2:e] not in tails or glued_after(text, e):
            continue  # no name ends with these two characters (one look-up, not one per length),
            #           or a verb names an item of a longer list (某某获评、…)
        start = next((e - n for n in archive.lengths if e >= n and text[e - n:e] in names), None)
        if start is not None:
            found.append((start, e))
    taken = sorted((o["start"], o["end"]) for o in orgs)
    out: list[tuple[int, int, str]] = []
    reach = 0
    for s, e in sorted(found, key=lambda span: (span[0], -span[1])):
        if s < reach:
            continue  # inside a longer name
        reach = e
        if not any(a < e and s < b for a, b in taken):
            out.append((s, e, names[text[s:e]]))
    return out


def archive_organizations(text: str, orgs: list[dict], archive: ArchiveNames) -> list[dict]:
    """The organization dicts (record form, without ``section``) of ``archive_mentions``."""
    return [{"text": text[s:e], "start": s, "end": e, "type": refine(text[s:e], "enterprise"),
             "canonical": None, "role": None} for s, e, _ in archive_mentions(text, orgs, archive)]

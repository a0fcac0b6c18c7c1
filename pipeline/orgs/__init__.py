"""Stage: organizations — names of specific organizations with exact edges, typed and linked.

``find_organizations(text, words=...)`` returns one Organization per mention, in text order.
The rules read the text with full-width clause marks and simplified characters (marks.py).
See candidates.py (what a name is), notnames.py (candidates that name no one body), edges.py
(where it begins), nameparts.py (a name part with
nothing to anchor it), splits.py (a name or village the dictionary splits) and stops.py (the
words that end its left edge); trade.py, brands.py,
lists.py, projects.py and siblings.py (companies named without a company suffix); schools.py (numbered short
forms), branches.py, types.py, aliases.py, roles.py; archive.py (names found in one record of an
archive, mentioned alone in the others: applied to a run's output by ``pipeline.relink``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import aliases, branches, brands, lists, projects, roles, schools, siblings, trade
from .candidates import (Candidate, acronym_candidates, committee_candidates, exchange_candidates,
                         known_candidates, known_spans, longest, suffix_candidates, title_spans)
from .marks import rules_text
from .notnames import not_names
from .stops import straddles_stop
from .types import ORG_TYPES, refine
from .words import WordIndex, compute_spans


@dataclass(frozen=True, slots=True)
class Organization:
    text: str
    start: int
    end: int
    type: str
    canonical: str | None = None
    role: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
                "canonical": self.canonical, "role": self.role}


def find_organizations(text: str, *, words: Sequence[tuple[int, int]] | None = None,
                       word_texts: Sequence[str] | None = None) -> list[Organization]:
    """Organizations named in text; words are the segmenter's word spans (computed if None),
    word_texts their strings when the segmenter gave them (sliced from text if None).

    A bug raises rather than hiding as an empty list: the pipeline's stage guard turns it into
    an E301 error on that document's record, and the batch goes on."""
    return _find(text, words, word_texts)


def trace_organizations(text: str, *, words: Sequence[tuple[int, int]] | None = None
                        ) -> list[tuple[str, int, int, str]]:
    """(name, start, end, rule) of each organization: which rule found it and on what evidence
    (``suffix:有限公司``, ``known``, ``list``, ``brand:verb``, ``branch:支行`` …), for debugging."""
    if not text or not isinstance(text, str):
        return []
    return [(text[c.start:c.end], c.start, c.end, c.rule) for c in _candidates(text, words)]


def _read(text: str, words: Sequence[tuple[int, int]] | None, word_texts: Sequence[str] | None
          ) -> tuple[str, WordIndex]:
    """The text as the rules read it (``marks.py``: full-width clause marks, simplified characters;
    the same offsets) and its word index: the words as segmented from text, with the segmenter's
    strings (a mark's word keeps its ASCII form there; rules read words' strings only to look up
    lexicon words); a traditional text is segmented again once simplified (the dictionary's)."""
    shadow, resegment = rules_text(text)
    if resegment or words is None:
        return shadow, WordIndex(compute_spans(shadow))
    return shadow, WordIndex(words, word_texts)


def _candidates(text: str, words: Sequence[tuple[int, int]] | None,
                word_texts: Sequence[str] | None = None) -> list[Candidate]:
    """The organizations' candidates, found on the text as the rules read it."""
    return _found(*_read(text, words, word_texts))


def _found(text: str, index: WordIndex) -> list[Candidate]:
    known = known_spans(text, index)
    committees = committee_candidates(text)
    cands = known_candidates(text, known) + committees
    known.update((c.start, c.end) for c in committees)  # anchors too (中共北京市委宣传部)
    cands += suffix_candidates(text, index, known)
    cands += [Candidate(s, e, "enterprise", rule="trade:clause") for s, e in trade.clause_candidates(text, index)]
    cands += [Candidate(s, e, "enterprise", rule="list") for s, e in lists.list_candidates(text, index)]
    cands += [Candidate(s, e, "enterprise", rule="list:flagship") for s, e in lists.flagship_candidates(text, index)]
    cands += [Candidate(s, e, "enterprise", rule="list:counted") for s, e in lists.counted_candidates(text, index)]
    cands += [Candidate(s, e, "enterprise", rule="list:marked") for s, e in lists.marked_candidates(text, index)]
    cands += [Candidate(s, e, "enterprise", rule="list:projects") for s, e in projects.project_candidates(text, index)]
    cands += [Candidate(s, e, "enterprise", rule="list:acting") for s, e in siblings.acting_candidates(text, index)]
    cands += [Candidate(s, e, "enterprise", rule="subject") for s, e in siblings.subject_candidates(text, index)]
    cands += [Candidate(s, e, "enterprise", rule="list:foreign") for s, e in siblings.foreign_candidates(text, index)]
    cands += acronym_candidates(text, index)
    cands += exchange_candidates(text, index)
    cands += [Candidate(s, e, "school", rule="school:numbered") for s, e in schools.numbered_schools(text, index)]
    cands += [Candidate(s, e, "school", rule="school:affiliated") for s, e in schools.affiliated_schools(text)]
    stems = brands.stems_of([text[s:e] for s, e in _companies(cands)])
    listed = {text[c.start:c.end] for c in cands if c.rule.startswith("list") and 2 <= c.end - c.start <= 4}
    cands += [Candidate(s, e, "enterprise", rule="brand:listed")
              for s, e in brands.named_with_industry(text, index, listed)]
    cands += [Candidate(s, e, "enterprise", rule=f"brand:{why}")
              for s, e, why in brands.brand_candidates(text, index, stems)]
    companies = _companies(cands)
    mentions = aliases.other_mentions(text, index, companies)
    anchors = companies + [(s, e) for s, e in mentions if not aliases.glued_after(text, e)]
    cands += [Candidate(s, e, "enterprise", rule="list:sibling")
              for s, e in siblings.sibling_candidates(text, index, anchors, [(c.start, c.end) for c in cands])]
    taken = [(c.start, c.end) for c in cands]
    cands += [Candidate(s, e, "enterprise", rule="mention:other") for s, e in mentions
              if not any(a < e and s < b for a, b in taken)]  # where no rule found another name
    institutions = [(c.start, c.end) for c in cands if c.type in ("school", "hospital")]
    cands += [Candidate(s, e, "school", rule="list:institution")
              for s, e in siblings.institution_siblings(text, index, institutions)]
    cands += [Candidate(s, e, "research", rule="list:institute")
              for s, e in siblings.abbreviated_institutes(text, index, [(c.start, c.end) for c in cands])]
    cands = [replace(c, start=c.start + 1) if c.end - c.start > 3 and straddles_stop(text, c.start) else c
             for c in cands]  # 其|中华芳集团 → 华芳集团 (其中)
    cands = not_names(text, longest(cands, title_spans(text)))
    cands = branches.join_branches(text, cands, index)
    cands = aliases.add_aliases(text, cands, index)
    return aliases.add_group_short_forms(text, cands, index)


def _companies(cands: list[Candidate]) -> list[tuple[int, int]]:
    """Spans of the companies found so far that are evidence for other rules (stems, mentions,
    siblings): not those of a list of projects, which mixes companies and projects."""
    return [(c.start, c.end) for c in cands if c.type == "enterprise" and c.rule != "list:projects"]


def _find(text: str, words: Sequence[tuple[int, int]] | None,
          word_texts: Sequence[str] | None = None) -> list[Organization]:
    if not text or not isinstance(text, str):
        return []
    shadow, index = _read(text, words, word_texts)
    cands = _found(shadow, index)
    canon = aliases.canonicals(shadow, cands)
    role_of = roles.assign(shadow, cands)
    out = []
    for c in cands:
        name = text[c.start:c.end]
        out.append(Organization(name, c.start, c.end, refine(name, c.type),
                                canon.get((c.start, c.end)), role_of.get((c.start, c.end))))
    return out


__all__ = ["ORG_TYPES", "Organization", "find_organizations", "trace_organizations"]

"""Positionings: a …中心 that names the role a place is given, not a body.

"打造雄安周边重要商贸物流中心", "争创某地区域医疗中心", "华北民生保障中心": a place, a region or
an adjective, a positioning word (区域, 周边, 重要 …, models/orgs/positioning.txt) and then only
field words (商贸物流, 医疗) before 中心; or a macro-region no government owns (华北, 长三角)
and field words only. A centre hosted by a university or hospital keeps its
name (西安交通大学国际化区域创新中心). Rule name for tracing: ``positioning`` (evidence: the
positioning word).
"""
from __future__ import annotations

from functools import lru_cache

from ..resources import read_lines
from . import lexicon
from .edges import HOST_SUFFIXES

Span = tuple[int, int]


@lru_cache(maxsize=None)
def positioning_words() -> frozenset[str]:
    return frozenset(w for w in read_lines("orgs/positioning.txt") if not w.startswith("@"))


@lru_cache(maxsize=None)
def macro_regions() -> frozenset[str]:
    return frozenset(w[1:] for w in read_lines("orgs/positioning.txt") if w.startswith("@"))


def positioning_word(text: str, words: list[Span]) -> str | None:
    """The positioning word that makes the name part words a role, or None."""
    marks = positioning_words()
    if any(text[s:e].endswith(HOST_SUFFIXES) for s, e in words):
        return None
    if len(words) > 1 and text[slice(*words[0])] in macro_regions() \
            and lexicon.is_generic(text[words[1][0]:words[-1][1]]):
        return text[slice(*words[0])]  # 华北民生保障中心: a macro-region and a field
    for k in range(len(words) - 1, -1, -1):
        word = text[words[k][0]:words[k][1]]
        if word in marks:
            rest = words[k + 1:]
            if rest and all(lexicon.is_generic(text[s:e]) for s, e in rest):
                return word
            return None
        if not lexicon.is_generic(word):
            return None
    return None


__all__ = ["macro_regions", "positioning_word", "positioning_words"]

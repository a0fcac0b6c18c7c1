"""Words that end the search for a name's left edge: stop words of models/orgs/left_stops.txt
(prepositions, governing verbs), phrases opening with one (大力发展), a manner word and a verb
(全力支持), words the dictionary tags as adverbs, pronouns or particles, and counts (两级, 三大).
A name never starts with them nor spans them; 和/与/及 are decided in edges.py (they occur inside
names such as 粮食和物资储备局)."""
from __future__ import annotations

from functools import lru_cache

import regex

from . import lexicon
from .words import word_tag

# stop verbs that may stand right before a suffix inside a name (住房和城乡建设局)
INNER_VERBS = frozenset({"建设", "服务", "保障", "规划", "合作", "管理", "发展", "改革", "交流", "联合", "组织",
                         "利用"})  # verbs inside names (综合利用研究中心)
_MANNER_TAGS = frozenset({"d", "ad", "n"})  # 全力, 积极, 重点 (the dictionary tags 全力 and 大力 n)
CONJUNCTIONS = frozenset({"和", "与", "及", "暨", "并", "以及", "或"})
_HARD_MULTI = frozenset({
    "按照", "根据", "依据", "通过", "围绕", "针对", "关于", "对于", "以及", "或者", "及其",
    "并且", "其中", "我们", "有关", "相关", "所有", "全体", "各级", "各类", "没有",
})
# dictionary tags of words that never stand inside a name: adverbs, pronouns, particles
_STOP_TAGS = frozenset({"d", "r", "u", "ud", "ug", "uj", "ul", "uv", "uz", "y", "e", "o"})
# counted quantities (两级, 首家, 一次, 三大), not ordinals (第五中学) nor names (万里街道)
COUNT_RE = regex.compile(r"^[一二两三四五六七八九十百千万多首几数]+[家个次级批项类大所区卡]?$")


def is_function_word(word: str) -> bool:
    """A word the dictionary tags as an adverb, pronoun or particle (就, 仅, 其, 的): never part of
    a name, even a single character split off before one."""
    return word_tag(word) in _STOP_TAGS


def is_hard(word: str) -> bool:
    return len(word) == 1 or word in _HARD_MULTI


def straddles_stop(text: str, start: int) -> bool:
    """Does a two-character stop word run across start, its second character the name's first
    (其|中华芳集团 read from 其中|华芳集团)?"""
    return start > 0 and text[start - 1:start + 1] in _HARD_MULTI


def glued_stop(word: str) -> int:
    """Length of a stop word glued to the front of an unknown word (向区, 做强省), or 0."""
    stops = lexicon.left_stops()
    for n in (3, 2, 1):
        if len(word) > n and (word[:n] in stops or word[:n] in CONJUNCTIONS):
            return n  # (和文|旅集团: 和 | 文旅集团)
    return 0


@lru_cache(maxsize=4096)
def opens_with_stop(word: str) -> bool:
    """Does a dictionary phrase open with a governing word (大力发展: 大力)?"""
    return any(word.startswith(stop) for stop in lexicon.left_stops() if 2 <= len(stop) < len(word))


def manner_and_verb(word: str) -> bool:
    """A dictionary word made of a manner word and a governing verb (全力支持, 积极引进, 重点扶持):
    it governs the name after it, as the verb alone would."""
    head = word[-2:]
    return (len(word) >= 3 and head in lexicon.left_stops() and head not in INNER_VERBS
            and word_tag(word[:-2]) in _MANNER_TAGS)


def is_stop(word: str, s_start_gap: bool) -> bool:
    """Does word end the window? s_start_gap: are there words between it and the suffix?"""
    if word in lexicon.left_stops():
        return s_start_gap or is_hard(word) or word not in INNER_VERBS
    if manner_and_verb(word) or (len(word) >= 3 and opens_with_stop(word)):
        return True  # 全力支持, 大力发展: a phrase that governs what follows
    if len(word) < 2:
        return False
    if is_function_word(word) or (len(word) >= 3 and word.endswith("为")):
        return True  # 不再, 必须, 其他 …; 晋升为, 更名为: what follows is what a body becomes
    return COUNT_RE.match(word) is not None  # 两级, 首家, 一次, 三大


__all__ = ["CONJUNCTIONS", "COUNT_RE", "INNER_VERBS", "glued_stop", "straddles_stop", "is_function_word", "is_hard", "is_stop", "manner_and_verb",
           "opens_with_stop"]

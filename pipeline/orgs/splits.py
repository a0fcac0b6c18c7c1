"""Names the dictionary splits, standing alone after a list or clause mark before a suffix
(、史家|佐|小学, 。米|投|集团), and villages' names (、大|庄|中心卫生院, ，巩固|庄|中学) that name the
school or hospital after them: ``split_name_start`` gives where such a name starts;
``town_name`` says whether a word is a town's name."""
from __future__ import annotations

import regex

from . import lexicon
from .edges import is_proper
from .words import WordIndex, is_known_word, word_tag

_NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "a", "an", "c", "p", "b", "f"})
# a village's or a town's name (+ 中心卫生院): 大|庄, 留史|镇, 北河|店镇
_VILLAGE = regex.compile(r"\p{Han}{1,3}[庄村营屯寨堡铺镇乡](?:中心)?")
_DETERMINERS = frozenset("各本全每该此多新")  # 各村小学, 本村卫生室, 各乡镇: no village's or town's name
_TOWN = regex.compile(r"\p{Han}{2,4}[镇乡]")  # a town's name as one word (官庄镇)
_RUN_BEFORE = regex.compile(r"(?<=^|[、，。；：:\n])\p{Han}{2,6}\Z")
_LONGEST = 4  # a split name that is not a village's or town's (those may take 中心: 臧村镇中心|小学)


def _village(name: str, words: list[str]) -> bool:
    """A village's or a town's name the dictionary splits (大|庄, 巩固|庄, 李家庄, 留史|镇,
    北河|店镇, 臧|村镇): it ends with 庄, 村, 营, 镇, 乡 … standing as a word of its own, closing a
    proper word, or after a character of its own; not a common word (农村, 乡村, 城镇)."""
    if not _VILLAGE.fullmatch(name) or words[0] in lexicon.left_stops() or name[0] in _DETERMINERS \
            or any(len(w) >= 2 and w[0] in lexicon.left_stops() and not is_known_word(w) for w in words):
        return False  # (承担|对村|卫生室: a stop word glued to 村)
    core = words[:-1] if words[-1] == "中心" and len(words) > 1 else words
    return len(core[-1]) == 1 or is_proper(core[-1]) or (len(core) == 2 and len(core[0]) == 1)


def split_name_start(text: str, s_start: int, index: WordIndex) -> int | None:
    """Start of a 2-4 character name the dictionary splits, standing alone right after a list or
    clause mark before a suffix (、史家|佐|小学, 。米|投|集团): a village's name (…庄, …村,
    …营), or one the dictionary does not know as a whole, made of no stop word, generic word,
    kind or verb."""
    m = _RUN_BEFORE.search(text, max(0, s_start - 6), s_start)
    if m is None or not index.is_boundary(m.start()):
        return None
    name = m.group()
    words = [text[a:b] for a, b in index.words(m.start(), s_start)]
    if _village(name, words):
        return m.start()  # a village the dictionary splits: 、大|庄|中心卫生院, ，巩固|庄|中学
    if len(name) > _LONGEST or is_known_word(name) or len(words) < 2 or name in lexicon.places() or "第" in name or any(
            w in lexicon.left_stops() or lexicon.is_generic(w) or lexicon.is_kind(w)
            or (len(w) >= 2 and word_tag(w) in _NOT_NAME_TAGS) or w in "和与及" for w in words):
        return None  # (促进|中医院, 扩建|第二中学, 中小学和|幼儿园)
    return m.start()


def town_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a town's name (某某镇, 某某乡: no division list holds towns), not a
    determiner's (各乡镇)?"""
    return _TOWN.fullmatch(text, start, end) is not None and text[start] not in _DETERMINERS

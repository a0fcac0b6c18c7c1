"""The data of the organizations stage, loaded once from ``models/orgs/``: suffixes, known
national and international bodies and central enterprises and banks, places, markers, stop words and generic words."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

from ..resources import read_lines

# strengths of a suffix (see models/orgs/suffixes.tsv)
STRONG, WEAK, ANCHORED, TRADE = "strong", "weak", "anchored", "trade"


@dataclass(frozen=True, slots=True)
class Suffix:
    text: str
    type: str
    strength: str


@dataclass(frozen=True, slots=True)
class KnownBody:
    name: str
    type: str
    canonical: str | None


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in read_lines(name)]


@lru_cache(maxsize=None)
def suffixes() -> dict[str, Suffix]:
    return {r[0]: Suffix(r[0], r[1], r[2]) for r in _rows("orgs/suffixes.tsv")}


@lru_cache(maxsize=None)
def known_bodies() -> dict[str, KnownBody]:
    out = {}
    for r in _rows("orgs/national.tsv") + _rows("orgs/enterprises.tsv"):
        out[r[0]] = KnownBody(r[0], r[1], r[2] if len(r) > 2 and r[2] else None)
    return out


def _divisions() -> list[tuple[str, str]]:
    """(name, short name) of China's divisions, from the project's table models/divisions.tsv."""
    out = []
    for r in _rows("divisions.tsv"):
        if r[0] == "code" or len(r) < 5:
            continue
        out.append((r[1], r[4]))
    return out


@lru_cache(maxsize=None)
def province_short_names() -> frozenset[str]:
    """Short names of the provinces (河北, 山西, 内蒙古), which may open a place's name (山西平遥县)."""
    return frozenset(r[4] for r in _rows("divisions.tsv") if len(r) >= 5 and r[2] == "province" and len(r[4]) >= 2)


@lru_cache(maxsize=None)
def places() -> frozenset[str]:
    """Division names, their short forms (minus ambiguous ones: 东方, 和平), other regions
    (models/orgs/regions.txt) and foreign countries (countries.txt)."""
    stems_out = common_word_places()
    out: set[str] = set()
    for name, short in _divisions():
        if name not in stems_out:
            out.add(name)
        if len(short) >= 2 and short not in stems_out:
            out.add(short)
    out.update(regions())
    out.update(countries())
    return frozenset(out)


@lru_cache(maxsize=None)
def regions() -> frozenset[str]:
    """Places that are no division (models/orgs/regions.txt): 京津冀, 西南, 大湾区."""
    return frozenset(read_lines("orgs/regions.txt"))


@lru_cache(maxsize=None)
def company_verbs() -> tuple[str, ...]:
    """Verbs that make the name before them an actor that is a company (models/orgs/company_verbs.txt)."""
    return tuple(row[0] for row in _rows("orgs/company_verbs.txt"))


@lru_cache(maxsize=None)
def award_verbs() -> tuple[str, ...]:
    """The company verbs that no other subject takes (获评, 入选, 挂牌 …)."""
    return tuple(row[0] for row in _rows("orgs/company_verbs.txt") if row[1:] == ["award"])


@lru_cache(maxsize=None)
def countries() -> frozenset[str]:
    """Foreign countries (韩国, 意大利, 澳大利亚)."""
    return frozenset(read_lines("orgs/countries.txt"))


@lru_cache(maxsize=None)
def common_word_places() -> frozenset[str]:
    """Short division names left out of places() because they are common words (安定, 和平)."""
    return frozenset(read_lines("orgs/place_stem_stops.txt"))


@lru_cache(maxsize=None)
def division_names() -> frozenset[str]:
    """Full names of divisions, with their level word (广州市, 海珠区, 广东省)."""
    return frozenset(name for name, _ in _divisions())


@lru_cache(maxsize=None)
def max_place_len() -> int:
    return max(len(p) for p in places())


@lru_cache(maxsize=None)
def place_openings() -> frozenset[str]:
    """The first two characters of every place name: where no place can start, say so at once."""
    return frozenset(p[:2] for p in places())


@lru_cache(maxsize=None)
def markers() -> frozenset[str]:
    return frozenset(read_lines("orgs/markers.txt"))


@lru_cache(maxsize=None)
def place_abbreviations() -> frozenset[str]:
    return frozenset(read_lines("orgs/place_abbreviations.txt"))


@lru_cache(maxsize=None)
def left_stops() -> frozenset[str]:
    return frozenset(read_lines("orgs/left_stops.txt"))


@lru_cache(maxsize=None)
def not_acronyms() -> frozenset[str]:
    return frozenset(read_lines("orgs/not_acronyms.txt"))


@lru_cache(maxsize=None)
def generic_words() -> frozenset[str]:
    return frozenset(read_lines("orgs/generic.txt"))


def trie_pattern(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching any of words, longest first, as a character trie (far faster to scan
    than a flat alternation of hundreds of words)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=None)
def suffix_re() -> re.Pattern[str]:
    # the standard library's re: it scans a trie of literals 3-4x faster than regex
    return re.compile(trie_pattern(tuple(suffixes())))


@lru_cache(maxsize=None)
def known_re() -> re.Pattern[str]:
    return re.compile(trie_pattern(tuple(known_bodies())))


@lru_cache(maxsize=None)
def not_name_words() -> dict[str, tuple[str, ...]]:
    """Last character → words ending in a suffix that are not organization heads (格局, 内部)."""
    out: dict[str, list[str]] = {}
    for r in _rows("orgs/not_names.tsv"):
        if r[0] == "word":
            out.setdefault(r[1][-1], []).append(r[1])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def not_after() -> dict[str, tuple[str, ...]]:
    """Suffix ("*" for any) → texts that may not follow it (政府 + 工作报告)."""
    out: dict[str, list[str]] = {}
    for r in _rows("orgs/not_names.tsv"):
        if r[0] == "after":
            out.setdefault(r[1], []).append(r[2])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def not_after_re(kinds: tuple[str, ...]) -> re.Pattern[str] | None:
    """One literal trie of the texts that may not follow any of the suffix kinds, or None."""
    words = sorted({w for kind in kinds for w in not_after().get(kind, ())})
    return re.compile(trie_pattern(words)) if words else None


@lru_cache(maxsize=65536)
def is_generic(word: str) -> bool:
    """Is word a generic word, or made of generic words (技术创新, 公共服务)?"""
    generic = generic_words()
    if word in generic or word in markers():
        return True
    if len(word) >= 3 and word[-1] in "型性级类":
        return True  # 开放型, 区域性, 国家级, 中医类
    for cut in range(len(word) - 1, 0, -1):
        if word[:cut] in generic and is_generic(word[cut:]):
            return True
    return False


@lru_cache(maxsize=65536)
def is_kind(word: str) -> bool:
    """Is word a kind of body rather than a name: generic words, ending in a suffix or not
    (商业银行, 中医医院, 智算)?"""
    if is_generic(word):
        return True
    for suffix in suffixes():
        if word.endswith(suffix) and len(word) > len(suffix) and is_generic(word[: -len(suffix)]):
            return True
    return False

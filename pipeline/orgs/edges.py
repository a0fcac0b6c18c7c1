"""Left edges: where a name that ends in an organization suffix begins.

The search runs right to left from the suffix over the words of the segmentation:
  1. the window is the run of Han characters before the suffix (punctuation, digits, spaces,
     quotes end a name), at most MAX_LEFT characters;
  2. it is cut after the last stop word (在, 向, 发动, 协助 …); 和/与/及 cut only between two
     names, not inside one (粮食和物资储备局, 材料科学与技术研究所);
  3. inside what is left, the name opens with its leftmost anchor: a known body, a place
     (广州市, 海珠区, 大湾区) or a marker (国家, 全国, 国际), together with any proper words
     just before it (崖州湾国家实验室); without an anchor, with the run of proper words nearest
     the suffix (五凤小学, 云蝶科技有限公司);
  4. a name about a doctrine opens with the person the doctrine is named after
     (习近平新时代中国特色社会主义思想研究中心, not 中国特色社会主义思想研究中心); a lab's
     field opens its name (生物育种钟山实验室); a place before a dash pairs with the place
     after it (中国-中亚荒漠化防治合作中心); a place and a capitalised abbreviation glued
     before the window open the name (香港STC青海实验室).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import lexicon
from .nameparts import brand_run, generic_run, place_trade_name, place_word, registered_run
from .stops import CONJUNCTIONS, COUNT_RE, INNER_VERBS, glued_stop, is_function_word, is_hard, is_stop
from .words import WordIndex, is_known_word, word_tag
from .words import is_proper as _is_proper

MAX_LEFT = 24

# the run before a suffix: Han characters, an ordinal in figures (保定市第28|中学) or a number
# that names the body (北京301|医院)
_ORDINAL_WORD = regex.compile(r"第[一二三四五六七八九十]{1,3}")
_NUMBERED = frozenset({"医院"})  # bodies named by a number: 301医院, 252医院
_ORDINAL = regex.compile(r"第\d{1,3}\Z")
_HAN_TAIL = regex.compile(r"(?:\p{Han}+|(?<=\p{Han})第\d{1,3}|(?<=\p{Han})\d{2,4}\Z)+\Z")
# a meeting ends a name's window: "…第四次会议上保定市某区人民政府", "在座谈会上…"
_MEETING = regex.compile(r"(?:会议|大会|会)(?:上|期间)")
_BRACKETED_PLACE = regex.compile(r"[（(](\p{Han}{2,6})[）)]\Z")  # 某某(四川)新材料有限公司
_LATIN_TAIL = regex.compile(r"[A-Z][A-Za-z]{1,7}\Z")  # STC in 香港STC|青海实验室
_DASHES = frozenset("-—－–")
_ZONE_END = regex.compile(r"(?:示范区|新区|园区|开发区|试验区|高新区|经开区|综保区|自贸区|片区|合作区|基地)\Z")
_TITLE_LINE = 16  # longest line taken as the first half of a wrapped title
_HAN_LINE = regex.compile(r"\p{Han}+")
HOST_SUFFIXES = ("大学", "学院", "医院", "研究院", "科学院", "集团", "公司")
_LIST_MARKS = frozenset("、：:（(")

PLACE, KNOWN, MARKER, PROPER = "place", "known", "marker", "proper"
LEVEL_WORDS = frozenset("省市县区乡镇")  # a level of government, as a word of its own
_PARTNER_CONJUNCTIONS = frozenset({"与", "同"})  # …与|省某某院: a level word opens a second body
_ZONES = frozenset({"开发区", "高新区", "经开区", "新区"})  # zones that run schools and hospitals as a level does
_LEVELS = "县市区"  # 新县, 和县: a common word and a level word, not a proper word
_COMPANY_SUFFIXES = ("集团", "公司", "有限公司", "股份")  # what only a company's name ends with

_FIELD_SUFFIXES = frozenset({"实验室"})  # named field + name + 实验室 (生物育种钟山实验室)
_NOT_FIELD = regex.compile(r"领域|方向|级$|等$")
_DOCTRINE_ENDS = ("思想", "理论", "主义")  # 新时代中国特色社会主义思想, 邓小平理论
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})


@dataclass(frozen=True, slots=True)
class Edge:
    start: int
    anchor: str  # PLACE, KNOWN, MARKER or PROPER
    cut_word: str  # the stop word the window was cut at ("" at punctuation or text start)


def place_at(text: str, pos: int, end: int, ends: frozenset[int] | None = None) -> int:
    """End of the longest place name starting at pos and ending by end, or -1; with the word
    ends, not a place that runs into the middle of a later word (西安 in 西安|区域, not 西安区)."""
    if text[pos:pos + 2] not in lexicon.place_openings():
        return -1
    places = lexicon.places()
    for length in range(min(lexicon.max_place_len(), end - pos), 1, -1):
        stop = pos + length
        if text[pos:stop] in places and (ends is None or stop in ends
                                         or not any(pos < e < stop for e in ends)):
            return stop
    return -1


_WORKS = regex.compile(r"(?:续建|新建|扩建|改扩建|迁建|改造|建设|提升|搬迁)\Z")  # 中学续建和…: works on a body


def _ends_with_name(text: str, lo: int, hi: int, known: dict[int, int]) -> bool:
    """Does text[lo:hi] end in an organization suffix or a known body (or in works on one:
    …第28中学续建和城区第四小学)?"""
    piece = text[lo:hi]
    works = _WORKS.search(piece)
    if works and works.start() > 0:
        piece = piece[:works.start()]
    if any(piece.endswith(s) for s in lexicon.suffixes() if len(s) > 1):
        return True
    if _ZONE_END.search(piece):
        return True  # a zone's name (…示范区和环大学…: 和 ends it)
    return any(end == hi for start, end in known.items() if lo <= start < hi)


def is_proper(word: str) -> bool:
    """A proper word that is not a generic one (商业银行, 智算 are kinds)."""
    return (_is_proper(word) and not lexicon.is_kind(word) and COUNT_RE.match(word) is None
            and not (word in lexicon.common_word_places() and word[-1] in _LEVELS))


def _embeds_name(text: str, words: list[tuple[int, int]]) -> bool:
    """Do these words hold a whole name of their own (北大第一医院 before 宁夏妇儿医院)?"""
    return any(text[s:e].endswith(x) for s, e in words for x in HOST_SUFFIXES)


def _own_name_part(text: str, words: list[tuple[int, int]]) -> bool:
    """Does the conjunct after 和/与/及 open with a name part of its own (…公寓和易水养老服务中心:
    易水), so that it names a second body rather than continuing one name (粮食和物资储备局,
    药品和医疗器械审评检查华中分中心)?"""
    return bool(words) and len(text[slice(*words[0])]) > 1 and is_proper(text[slice(*words[0])])


def _verb_before_name(text: str, word: str, words: list[tuple[int, int]], k: int,
                      known: dict[int, int]) -> bool:
    """A two-character verb (not one found inside names, 建设, 发展), opening the window or after
    an adverb, a time word or a body, right before a proper word that opens a name: 密切|跟进|
    万达集团, 先后|促成|某某大学…医院."""
    if len(word) != 2 or word_tag(word) != "v" or word in INNER_VERBS or k + 1 >= len(words):
        return False
    if k > 0 and word_tag(text[slice(*words[k - 1])]) not in ("d", "ad", "t") \
            and words[k - 1][1] not in known.values():
        return False  # only at the window's start, after an adverb (密切|跟进, 先后|促成) or after a
        #               body (某党某省委会|带领|…), not 新|希望|绿领
    nxt = text[slice(*words[k + 1])]
    return len(nxt) >= 2 and is_proper(nxt)


def _cut(text: str, words: list[tuple[int, int]], s_start: int,
         known: dict[int, int]) -> tuple[int, str]:
    """Start of the window after its last stop word, and that word."""
    covered = [(s, e) for s, e in known.items() if e <= s_start]
    for s, e in words:
        if text[s:e] in CONJUNCTIONS:
            continue
        end = place_at(text, s, s_start)
        if end > 0:
            covered.append((s, end))  # 特别 in 澳门特别行政区
    for k in range(len(words) - 1, -1, -1):
        s, e = words[k]
        word = text[s:e]
        if any(ks <= s and e <= ke for ks, ke in covered):
            continue  # inside a known body or a place (组织 in 联合国粮农组织)
        if word in CONJUNCTIONS:
            if k == 0 or e == s_start or place_at(text, e, s_start) > 0 or e in known \
                    or _ends_with_name(text, words[0][0], s, known) \
                    or (generic_run(text, words[k + 1:]) and not generic_run(text, words[k - 1:k])) \
                    or _own_name_part(text, words[k + 1:]) \
                    or (word in _PARTNER_CONJUNCTIONS and text[slice(*words[k + 1])] in LEVEL_WORDS):
                return e, word  # between two names or kinds, not inside one name (…种业与|省…院)
            continue
        if word[0] in CONJUNCTIONS and len(word) > 1 and (
                (word[-1] in _LEVELS and word in lexicon.common_word_places())
                or _ends_with_name(text, words[0][0], s, known)):
            return s + 1, word[0]  # …迁建和县|医院, …集团和文|旅集团: 和 | …
        if _ORDINAL_WORD.fullmatch(word) and k > 0 and (
                _ends_with_name(text, words[0][0], s, known) or place_at(text, words[k - 1][0], s) == s):
            continue  # 天津中医药大学第一附属医院, 保定市第一中学: the ordinal numbers the body
        if is_stop(word, e < s_start) and not _company_verb_part(text, words, k, s_start):
            return e, word
        if _verb_before_name(text, word, words, k, known):
            return e, word  # 跟进|万达|集团: a verb governs the name after it
        if len(word) > 1 and not is_known_word(word):
            glued = glued_stop(word)
            if glued:
                return s + glued, word[:glued]  # 向区 → 向 | 区, 做强省 → 做强 | 省
            if is_hard(word[-1]) and word[-1] in lexicon.left_stops() \
                    and not (k > 0 and word[-1] != "等" and place_at(text, words[k - 1][0], s) == s):
                return e, word[-1]  # 圈为 → 圈为 |: a preposition glued at the end (not
                #                     the trade name after a place: 河北|智同|生物制药)
    return (words[0][0] if words else s_start), ""


def _company_verb_part(text: str, words: list[tuple[int, int]], k: int, s_start: int) -> bool:
    """A verb of names (建设, 发展, 服务 …) after a place and up to two nouns, inside a company's
    name: 中国|建设|科技集团, 河北|建设|投资集团, 某县|城市|建设|投资集团 (not 推动|建设|某某中心:
    the place opens it)."""
    s, e = words[k]
    if text[s:e] not in INNER_VERBS or not text.startswith(_COMPANY_SUFFIXES, s_start):
        return False
    j = k
    while j > 0 and k - j < 2 and word_tag(text[slice(*words[j - 1])]) in ("n", "ns") \
            and place_at(text, words[j - 1][0], words[j - 1][1]) != words[j - 1][1]:
        j -= 1  # (城市, 交通: what the company builds)
    return j > 0 and place_at(text, words[j - 1][0], words[j][0]) == words[j][0]


def _anchor(text: str, words: list[tuple[int, int]], s_start: int,
            known: dict[int, int]) -> tuple[int, str] | None:
    """Index (into words) and kind of the leftmost anchor."""
    markers = lexicon.markers()
    for k, (s, e) in enumerate(words):
        if s in known and known[s] <= s_start:
            return k, KNOWN
        if text[s:e] in CONJUNCTIONS:
            continue
        if place_at(text, s, s_start) > 0:
            return k, PLACE
        if text[s:e] in markers:
            return k, MARKER
    return None


def left_edge(text: str, s_start: int, s_end: int, index: WordIndex,
              known: dict[int, int]) -> Edge | None:
    """The left edge of a name whose suffix starts at s_start; None when there is no name part."""
    lo = max(0, s_start - MAX_LEFT)
    start = window_start(text, lo, s_start)
    if start is None:
        return _before_bracketed_place(text, s_start, index, known) if text.startswith(_COMPANY_SUFFIXES, s_start) else None
    if text[s_start - 1].isdigit() and text[s_start:s_end] not in _NUMBERED and not _ORDINAL.search(text, lo, s_start):
        return None  # 法律95|部: a count, not a body named by its number (北京301|医院)
    w0 = _after_meeting(text, start, s_start)
    if w0 >= s_start:
        return None
    edge = _edge(text, w0, s_start, s_end, index, known)
    if (edge is None or (edge.start == w0 and not edge.cut_word)) and text.startswith(_COMPANY_SUFFIXES, s_start):
        bracketed = _before_bracketed_place(text, w0, index, known)
        if bracketed is not None:
            return bracketed  # 某某(四川)新材料|有限公司: the name runs on through the bracket
    if edge is not None and text[edge.start:edge.start + 1].isdigit():
        return None  # a number alone before the suffix names nothing (新建12|医院)
    if edge is not None and edge.start == w0:
        acronym = _LATIN_TAIL.search(text, max(0, w0 - 8), w0)
        start = place_before(text, acronym.start(), index) if acronym else -1
        if start >= 0:
            return Edge(start, PLACE, edge.cut_word)  # a place and an acronym open it (香港STC…)
    if edge is not None and edge.anchor == PLACE and edge.start == w0:
        return _paired_place(text, edge, index)
    if edge is not None and edge.anchor != PROPER:
        return edge
    wrapped = _wrapped_title(text, w0, s_start, s_end, index, known)
    return wrapped or edge


def _before_bracketed_place(text: str, pos: int, index: WordIndex, known: dict[int, int]) -> Edge | None:
    """The left edge of a company's name that holds a place in brackets right before pos
    (某某(四川)|新材料有限公司, 某某（天津）|公司): the name before the bracket opens it."""
    m = _BRACKETED_PLACE.search(text, max(0, pos - 8), pos)
    if m is None or m.group(1) not in lexicon.places():
        return None
    start = window_start(text, max(0, m.start() - MAX_LEFT), m.start())
    if start is None:
        return None
    edge = _edge(text, start, m.start(), m.start(), index, known)
    if edge is None or edge.anchor == MARKER or place_at(text, edge.start, m.start()) == m.start():
        return None  # (not 中国（天津）有限公司: a place alone names no company)
    return edge


def _is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or o == 0x3007 or 0xF900 <= o <= 0xFAFF or o >= 0x20000


def window_start(text: str, lo: int, hi: int) -> int | None:
    """Where the run of Han characters before a suffix at ``hi`` starts (not before ``lo``); up to
    four figures right before the suffix count when Han characters stand before them (保定市第28|中学,
    北京301|医院); the 年 of a date does not (2009年|巨力…). None when there is no such run."""
    i = hi
    while i > lo and text[i - 1].isdigit():
        i -= 1
    if i < hi and (hi - i > 4 or i == lo or not _is_han(text[i - 1])):
        return None
    while i > lo and _is_han(text[i - 1]):
        i -= 1
    while i < hi and text[i] in "年月日" and i > 0 and text[i - 1].isdigit():
        i += 1  # 2009年|巨力…: the date before a name is not part of it
    return i if i < hi else None


def _after_meeting(text: str, w0: int, s_start: int) -> int:
    """The window start after the last meeting phrase in [w0, s_start) (会议上, 大会期间)."""
    for m in _MEETING.finditer(text, w0, s_start):
        w0 = m.end()
    return w0


def _paired_place(text: str, edge: Edge, index: WordIndex) -> Edge:
    """A name that opens with two places joined by a dash (中国-中亚荒漠化防治合作中心,
    中国—东盟中心) opens with the first place."""
    dash = edge.start - 1
    if dash < 2 or text[dash] not in _DASHES:
        return edge
    start = place_before(text, dash, index)
    return Edge(start, PLACE, edge.cut_word) if start >= 0 else edge


def place_before(text: str, pos: int, index: WordIndex) -> int:
    """Start of the longest place name that ends at pos and starts on a word boundary, or -1."""
    places = lexicon.places()
    for length in range(min(lexicon.max_place_len(), pos), 1, -1):
        if text[pos - length:pos] in places and index.is_boundary(pos - length):
            return pos - length
    return -1


def _wrapped_title(text: str, w0: int, s_start: int, s_end: int, index: WordIndex,
                   known: dict[int, int]) -> Edge | None:
    """A name wrapped over two lines of a title (中共上海市普陀区委 / 社会工作部): the line
    before is short, all Han, and holds the anchor the line of the suffix lacks."""
    if w0 < 2 or text[w0 - 1] != "\n" or not _HAN_TAIL.search(text, w0 - 2, w0 - 1):
        return None
    line_start = text.rfind("\n", 0, w0 - 1) + 1
    if w0 - 1 - line_start > _TITLE_LINE or not _HAN_LINE.fullmatch(text, line_start, w0 - 1):
        return None
    before = _edge(text, line_start, w0 - 1, w0 - 1, index, known)
    if before is None or before.anchor == PROPER or before.cut_word:
        return None
    if _edge(text, w0, s_start, s_end, index, known, allow_empty=True) is None:
        return None
    return Edge(before.start, before.anchor, "")


def _edge(text: str, w0: int, s_start: int, s_end: int, index: WordIndex,
          known: dict[int, int], allow_empty: bool = False) -> Edge | None:
    """The left edge inside the Han run [w0, s_start) before a suffix."""
    words = index.words(w0, s_start)
    if not words:
        return Edge(s_start, PROPER, "") if allow_empty else None
    w1, cut_word = _cut(text, words, s_start, known)
    if allow_empty:
        return None if cut_word else Edge(w0, PROPER, "")
    words = [(max(s, w1), e) for s, e in words if e > w1]
    if not index.is_boundary(w1):
        words = _rejoin(text, words, cut_word)
    if not words:
        return None
    found = _anchor(text, words, s_start, known)
    if found is not None:
        k, kind = found
    else:
        proper = [i for i, (s, e) in enumerate(words) if is_proper(text[s:e])]
        last, suffix = text[words[-1][0]:s_start], text[s_start:s_end]
        if not proper and (place_trade_name(last, suffix) or place_word(last, suffix)):
            proper = [len(words) - 1]
        if not proper:
            proper = brand_run(text, words, suffix) or registered_run(text, words, suffix)
        if not proper:
            return None
        k, kind = proper[-1], PROPER
    in_list = not cut_word and ((w1 > 0 and text[w1 - 1] in _LIST_MARKS)
                                or text[s_end:s_end + 1] == "、")
    if (in_list and kind == PROPER) or (not cut_word and _embeds_name(text, words[:k])):
        return Edge(words[0][0], kind, cut_word)  # the whole list item (南方医科大学珠江医院)
    while k > 0:
        prev = text[words[k - 1][0]:words[k - 1][1]]
        if is_proper(prev):
            k -= 1  # proper words just before the anchor belong to the name
        elif kind == PROPER and len(prev) == 1 and prev not in lexicon.left_stops() and not is_function_word(prev) \
                and (not is_known_word(text[words[k][0]:words[k][1]])
                     or (k == 1 and not cut_word and COUNT_RE.match(prev) is None)
                     or (words[k][1] - words[k][0] == 1 and prev not in LEVEL_WORDS)
                     or word_tag(prev) in _PERSON_TAGS):
            k -= 1  # a character split off a name (素|社街, ，鹏|瑞利医院, 的鑫|珑|腾肉业, 该县吉|亚尼…)
        elif kind == PROPER and (prev in LEVEL_WORDS or prev in _ZONES) and _institution(text[s_start:s_end]):
            k -= 1  # the level an institution belongs to, a word of its own: 县|中医院…中心,
            break   # 省|足球运动管理中心 (not a company's: 在县|某某集团)
        else:
            break
    if kind in (PLACE, PROPER) and text[s_start:s_end] in _FIELD_SUFFIXES \
            and all(_is_field(text[s:e]) for s, e in words[:k]):
        k = 0  # the field opens the lab's name: 生物育种钟山实验室, 低维电子材料海河实验室
    return Edge(words[_doctrine_start(text, words, k)][0], kind, cut_word)


def _institution(suffix: str) -> bool:
    """Does the suffix name an institution, which belongs to a level of government (not a company)?"""
    entry = lexicon.suffixes().get(suffix)
    return entry is not None and entry.type != "enterprise"


def _rejoin(text: str, words: list[tuple[int, int]], cut_word: str) -> list[tuple[int, int]]:
    """After a conjunction glued to a name's first character (和晓|林中学 → 和 | 晓林), the
    split-off pieces make one word when together they are a proper word."""
    if cut_word not in CONJUNCTIONS or not words or words[0][1] - words[0][0] != 1:
        return words
    for j, (_, e) in enumerate(words[:3]):
        if e - words[0][0] >= 2:
            joined = text[words[0][0]:e]
            return [(words[0][0], e)] + words[j + 1:] if is_proper(joined) else words
    return words


def _is_field(word: str) -> bool:
    return len(word) > 1 and _NOT_FIELD.search(word) is None


def _doctrine_start(text: str, words: list[tuple[int, int]], k: int) -> int:
    """A body that studies a doctrine opens with the person the doctrine is named after
    (习近平新时代中国特色社会主义思想研究中心, not 中国特色…): index of that person's word."""
    if not any(text[s:e].endswith(_DOCTRINE_ENDS) for s, e in words[k:]):
        return k
    for i in range(k - 1, -1, -1):
        if word_tag(text[words[i][0]:words[i][1]]) in _PERSON_TAGS:
            return i
    return k

"""Companies named only by their trade name in a list: of companies (`list_candidates`: …等…企业,
A、B分别获评…), as the flagships of an industry (`flagship_candidates`: 以A、B为代表的…产业), or right after their
count (`counted_candidates`: 企业4家，A、B、C、D…), or quoted or with a note in brackets before 等…企业
(`marked_candidates`: “A”、“B”等加工龙头企业, A(生猪)、B(肉牛)等养殖龙头企业).

"培育了超聚变、中创智领等一批行业领军企业", "牧原、宇通、华兰等一批龙头企业",
"支持天兵科技、天章卫星等商业航天企业", "乐凯胶片、康强医疗4家企业荣获": every item of a 、-list
that ends with 等…企业 or a count of 企业 is a company, whatever its name looks like, when no item is
a kind: a list holding 钢铁 or 专精特新 (a common word, a generic word) lists kinds of companies,
not companies, and so does one after 一批 (争引一批A、B等企业).

The splitting of a list into its items (``split_items``, ``first_item``, ``unqualified``) and the
tests of an item (``looks_like_company``, ``names_a_kind``) are shared with siblings.py.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from . import lexicon
from .brandlist import is_industry
from .edges import is_proper
from .stops import is_hard, manner_and_verb
from .words import WordIndex, is_known_word, word_tag

# the end of a list of companies: 等 / 等一批 / 等6家 … 企业
_LIST_END = regex.compile(
    r"""(?:等(?:[\d一二三四五六七八九十百多几]+(?:[-—~至到][\d一二三四五六七八九十]+)?[家个户]|一批)?  # 等, 等一批, 等6家, 等15-20户
          |(?<=\p{Han})[\d一二两三四五六七八九十]+家)         # or a count alone: …、天香乳业4家企业
        (?:\p{Han}|\[\d{1,2}\]|[“”]){0,10}?              # 行业领军, 商业航天, 全球独角兽[2], “僵尸”
        (?:企业|公司|[央国民外车房药险乳酒钢煤]企|龙头|商超|战略投资者|投资商|金融机构)  # the kind: companies
    """,
    regex.X,
)
# the flagships of an industry: 以A、B为代表的…产业 / 以A为龙头的…企业 (not 以…为核心的党中央)
_FLAGSHIPS = regex.compile(
    r"以(?P<list>[^，。；：！？“”\n以]{2,60}?)为(?:代表|主导|龙头|引领|骨干)的"
    r"(?=[^，。；：！？\n]{0,30}?(?:产业|企业|集群|行业|公司))")
# items quoted (“某某”、“某某”) or with a note in brackets (某某(生猪)、某某(肉牛)) right before 等
_MARKED_ITEM = r"(?:“(?P<name>\p{Han}{2,8})”|(?P<name>\p{Han}{2,12})[（(]\p{Han}{1,6}[）)])"
_MARKED_ITEMS = regex.compile(rf"{_MARKED_ITEM}(?:、{_MARKED_ITEM})+\Z")
_MARK_CLOSERS = frozenset("”）)")
_FLAGSHIP_TAIL = regex.compile(r"为(?:代表|主导|龙头|引领|骨干)的\Z")
# a count of companies, then the companies: 超亿元企业4家，A、B、C、D…
_COUNT_THEN_LIST = regex.compile(r"(?:企业|公司)(?P<n>[2-9]|[二两三四五六七八九])家[，,：:]")
_CLAUSE_END = regex.compile(r"[，。；：！？\n,;:!?]")
_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
NOT_COMPANY_END = regex.compile(r"(?:园|区|基地|项目|中心|平台|工程|城|带|链|期|加工|产业|行业|集群)$")
FACILITY_END = regex.compile(r"[厂站场馆库池]$")  # a facility: 污水处理厂, 某某加油站, 地表水厂
# 商务、供销等领域企业: a list of sectors (not 等一批行业领军企业); 时间短、起点高等特点的企业: a list
# of qualities
_SECTORS = regex.compile(r"(?:领域|行业|产业|类|方面)的?(?:企业|公司|央企|国企|民企)$|特点|特征")
SEGMENT_START = regex.compile(r"[，。；：！？、\n（(“”《》,;:!?]")
_NEXT_MARK = regex.compile(r"[、，。；：！？,;:!?\n]")
_CLAUSE_OPENING = regex.compile(r"[，。；：！？\n（(“”《》,;:!?]", flags=regex.REVERSE)  # the marks but 、
_ITEM = regex.compile(r"^[\p{Han}A-Za-z0-9]{2,8}$")
_SOME = regex.compile(r"(?:一批|一些|若干|一大批)\Z")
_QUALIFIER = regex.compile(r"(?:央企|国企|民企|外企|(?:头部|龙头|骨干|重点|领军|链主)企业)")  # 头部企业|某某
_LEADING = regex.compile(r"头部|龙头|领军|骨干|链主|独角兽|央企|外企")  # 等…头部企业: named leaders
_COUNTED = regex.compile(r"[\d一二三四五六七八九十两几多]+[家个所项户批]|下属|所属")
MAX_LIST = 120
MOST = 0.66  # the share of a list's items that must look like names for all of them to be names (2 of 3)
MOST_LEADING = 0.4  # the same before 等头部企业, 等龙头企业 … (lists of leading companies)
_VERB_TAGS = frozenset({"v", "vn", "vd"})  # a verb before 了 opens the clause, not the name
_NOT_IN_NAME = frozenset({"v", "vd", "d", "t", "m", "q", "f", "p", "c", "u", "r"})  # 年内|力争: no name
_ADVERB_TAGS = frozenset({"d", "ad"})  # 稳妥, 积极: an adverb opens the clause
_AND = regex.compile(r"(?<=\p{Han}{2})[和与及](?=\p{Han}{2})")
_WHERE_ENDS = ("区", "园", "地", "线")  # 园区, 开发区, 产业园, 基地, 一线
_OPENERS = frozenset({"了", "与", "和", "同", "跟", "向", "对", "及"})  # 推进与|华美食品、…等企业合作


def first_item(text: str, start: int, end: int, index: WordIndex) -> int:
    """Where the first item of a list begins: after the stop words and verbs opening its clause
    (培育了|超聚变, 支持|天兵科技, 服务保障|中国中化)."""
    if end - start > 3 and is_hard(text[start:start + 2]):
        start += 2  # 其中|华冠…: a function word the dictionary may read apart (其|中华|冠)
    words = index.words(start, end)
    for k, (s, e) in enumerate(words):
        word = text[s:e]
        verb_le = k + 1 < len(words) and text[words[k + 1][0]:words[k + 1][1]] == "了"
        verb = word_tag(word) in _VERB_TAGS and (verb_le or len(word) >= 2)
        if (word in lexicon.left_stops() or word in _OPENERS or verb or manner_and_verb(word)
                or word_tag(word) in _ADVERB_TAGS) and end - e >= 2:
            start = e  # (never down to one character: 发挥|和|美、荣达等企业 lists 和美)
            continue
        if len(word) >= 2 and _glued_stop(word):
            start = s + 1  # a preposition glued to the first item (以宇雕 → 以 | 宇雕)
        break
    governing = [e for s, e in words if text[s:e] in lexicon.left_stops() and e > start and e < end]
    if governing:
        start = governing[-1]  # 信息技术产业依托|某某: the subject and its verb open the clause
        glued = index.words(start, end)
        if glued and glued[0][1] - start >= 2 and _glued_stop(text[slice(*glued[0])]):
            start += 1  # 形成|以央企|长安 → 以 | 央企长安
    rest = index.words(start, end)
    if len(rest) >= 2 and _where(text[slice(*rest[0])]) and is_proper(text[slice(*rest[1])]):
        start = rest[1][0]  # 深入园区|某某电动车: where the companies are, then the first of them
    return start


def _glued_stop(word: str) -> bool:
    """Does a stop word the dictionary glued to a name open the word (以宇雕), not a prefix that
    opens the name itself (非夕: 非 is a prefix)?"""
    return word[0] in lexicon.left_stops() and word_tag(word[0]) != "h" and not is_known_word(word)


def _governs(word: str) -> bool:
    """A word of two characters or more that governs what follows: a stop word or a verb (深入,
    依托), not an adjective or adverb a name may open with (好|滋味)."""
    return len(word) >= 2 and (word in lexicon.left_stops() or word_tag(word) in _VERB_TAGS)


def _where(word: str) -> bool:
    """A common noun of a place where companies are (园区, 基地, 开发区), not a name part."""
    return word_tag(word) == "n" and is_known_word(word) and word.endswith(_WHERE_ENDS)


def unqualified(text: str, s: int, e: int) -> tuple[int, int]:
    """An item without the kind of company before its name (民企|某某, 央企|某某)."""
    qualifier = _QUALIFIER.match(text, s, e)
    return (qualifier.end(), e) if qualifier and e - qualifier.end() >= 2 else (s, e)


def looks_like_company(text: str, s: int, e: int, index: WordIndex) -> bool:
    """An item that can be a company's trade name: not a place, not a kind — a single common
    dictionary word (钢铁, 国有) or only generic words (专精特新, 高新技术)."""
    name = text[s:e]
    if name in lexicon.known_bodies():
        return True
    if not _ITEM.match(after_place(name)) or name in lexicon.places() or lexicon.is_generic(name) \
            or lexicon.is_kind(name) or is_industry(name):
        return False  # (at most 8 characters after the place: 北京|碧水源生态环境; 制药 alone: an industry)
    if _COUNTED.search(name):
        return False  # a quantity (农业局下属2家、交通局下属1家…企业), not a name
    words = [text[a:b] for a, b in index.words(s, e)]
    if _activity(words):
        return False  # an activity, object and verb (卫星研发制造、火箭总装测试等企业), not a name
    if len(words) == 1:  # a time word is no kind of company (大午 of 大午、吉正等农业龙头企业)
        return is_proper(name) or word_tag(name) in ("", "nz", "nt", "t")
    return not all(lexicon.is_generic(w) or lexicon.is_kind(w) for w in words)


def after_place(name: str) -> str:
    """The name without the place that opens it (北京|某某生态环境), or the name."""
    for n in range(min(len(name) - 2, lexicon.max_place_len()), 1, -1):
        if name[:n] in lexicon.places():
            return name[n:]
    return name


def _conjunction(text: str, i: int) -> bool:
    """Is the 和/与/及 at i a conjunction, not part of a word (参与, 及时, 和谐)?"""
    return not (is_known_word(text[i - 1:i + 1]) or is_known_word(text[i:i + 2]))


def split_items(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The 、-separated items of a list, the last one split at 和/与/及 (A、B和C); a 与 before the
    first item opens the clause (与A、B等企业合作) and is left to ``_first_item``."""
    items: list[tuple[int, int]] = []
    pos = begin
    sep = text.find("、", begin, end)
    while sep != -1:
        items.append((pos, sep))
        pos = sep + 1
        sep = text.find("、", pos, end)
    last = next((m for m in _AND.finditer(text, pos, end) if _conjunction(text, m.start())), None) \
        if items else None
    if last:
        items.append((pos, last.start()))
        pos = last.end()
    items.append((pos, end))
    return items


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding pos begins: after its last mark that is not 、 (at most MAX_LIST
    characters back)."""
    lo = max(0, pos - MAX_LIST)
    last = _CLAUSE_OPENING.search(text, lo, pos)  # (searched backwards: the last one)
    return last.end() if last else lo


def clause_end(text: str, pos: int) -> int:
    """Where the clause holding pos ends: at its next mark that is not 、 (at most MAX_LIST
    characters on)."""
    hi = min(len(text), pos + MAX_LIST)
    return next((x.start() for x in SEGMENT_START.finditer(text, pos, hi) if text[x.start()] != "、"), hi)


def item_follows(text: str, pos: int) -> bool:
    """Is the next mark after pos, within a short phrase, a 、 (某某管件扩产、某某材料等8个项目: the
    words from pos on name an item of a list, not what a subject does)?"""
    mark = _NEXT_MARK.search(text, pos, min(len(text), pos + 12))
    return mark is not None and mark.group() == "、"


def list_before(text: str, end: int, index: WordIndex) -> list[tuple[int, int]]:
    """The 、-items of the list that ends at ``end``, back to the start of its clause or to the
    last item a verb or stop word opens (an earlier 、-list is another one: 市委常委、县委书记某某
    深入|A、B等企业), the first item without the words that open it."""
    items = split_items(text, clause_start(text, end), end)
    for k in range(len(items) - 1, 0, -1):
        s, e = items[k]
        if e - s < 4 or not any(_governs(text[a:b]) for a, b in index.words(s, e)):
            continue  # (a name alone: no verb opens the list here)
        start = first_item(text, s, e, index)
        if any(_governs(text[a:b]) for a, b in index.words(s, start)):
            return [(start, e)] + items[k + 1:]  # 县委书记、县长某某深入|A、B等企业: the list opens after the verb
    first_s, first_e = items[0]
    items[0] = (first_item(text, first_s, first_e, index), first_e)
    return items


@lru_cache(maxsize=None)
def _each_awarded() -> regex.Pattern[str]:
    """分别 and what companies are awarded or do (A、B分别获评…, A、B分别挂牌…)."""
    return regex.compile(rf"(?<=\p{{Han}})分别(?:{lexicon.trie_pattern(lexicon.award_verbs())})")


@lru_cache(maxsize=2)
def _kind_ends(text: str) -> tuple[regex.Match[str], ...]:
    """The 等…企业 ends of lists in text (found once for the two rules that read them)."""
    return tuple(_LIST_END.finditer(text))


def _list_ends(text: str):
    """Where lists of companies end: 等…企业, or 分别 and a company's award (A、B分别获评…)."""
    yield from _kind_ends(text)
    yield from _each_awarded().finditer(text)


def list_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """Spans of the companies listed before each 等…企业 or 分别获评…."""
    out: list[tuple[int, int]] = []
    for m in _list_ends(text):
        items = [unqualified(text, s, e) for s, e in list_before(text, m.start(), index)]
        tail = _FLAGSHIP_TAIL.search(text, items[-1][0], items[-1][1])
        if tail is not None:
            items[-1] = (items[-1][0], tail.start())  # 以A、B为龙头的20家…企业: the flagships' list
        if _SECTORS.search(m.group()) or (len(items) < 2 and not _counted_one(text, m, *items[0], index)):
            continue  # 等领域企业: sectors; one name before 等…企业 is the suffix rules' business,
            #           unless the count says it is one of several (某某伟业等5家科技型中小企业)
        if any(names_a_kind(text, s, e, index) for s, e in items):
            continue  # a list holding a kind (钢铁, 专精特新) lists kinds of companies, not companies
        if _SOME.search(text, max(0, items[0][0] - 4), items[0][0]):
            continue  # 争引一批水性涂料、被动门窗等…企业: kinds of companies to attract
        found = [(s, e) for s, e in items if looks_like_company(text, s, e, index)]
        most = MOST_LEADING if _LEADING.search(m.group()) else MOST
        if len(found) == len(items) or len(found) >= most * len(items):
            # most items look like names: the others are names that are also words (长城, 风帆)
            out.extend((s, e) for s, e in items if ((s, e) in found or _word_name(text, s, e))
                       and not text.endswith("总部", s, e))  # 某某总部: a headquarters project
    return out


def marked_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """Spans of the companies of a list before 等…企业 whose items are quoted or carry a note in
    brackets (“某某”、“某某”等加工龙头企业; 某某(生猪)、某某(肉牛)等养殖龙头企业): the names
    inside the quotes or before the notes, when each looks like a company's."""
    out: list[tuple[int, int]] = []
    for m in _kind_ends(text):
        if _SECTORS.search(m.group()) or text[m.start() - 1:m.start()] not in _MARK_CLOSERS:
            continue
        found = _MARKED_ITEMS.search(text, max(0, m.start() - MAX_LIST), m.start())
        if found is None:
            continue
        items = list(zip(found.starts("name"), found.ends("name")))
        items[0] = (first_item(text, *items[0], index), items[0][1])  # (培育|某某(生猪))
        if len(items) >= 2 and all(looks_like_company(text, s, e, index) and not names_a_kind(text, s, e, index)
                                   for s, e in items):
            out.extend(items)
    return out


def _counted_one(text: str, end: regex.Match[str], s: int, e: int, index: WordIndex) -> bool:
    """The one item before 等N家…企业: a word no dictionary knows (or a proper one), standing
    alone in its clause and looking like a company's name."""
    name = text[s:e]
    words = [text[a:b] for a, b in index.words(s, e)]
    return (end.group().startswith("等") and _COUNTED.match(end.group(), 1) is not None
            and 2 <= len(name) <= 8 and (not is_known_word(name) or is_proper(name))
            and not any(word_tag(w) in _NOT_IN_NAME for w in words) and not name.endswith(("企业", "公司"))
            and looks_like_company(text, s, e, index) and not names_a_kind(text, s, e, index))


def flagship_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """Spans of the companies an industry is built around (以华讯方舟、深圳光启为代表的新一代
    信息技术产业, 以某某水漆为主导的涂装材料产业集群): every item looks like a name and none is a
    kind (以新能源汽车为代表的新兴产业 lists industries); a park or a project among them
    (某某动力产业园) is left to the other rules."""
    out: list[tuple[int, int]] = []
    for m in _FLAGSHIPS.finditer(text):
        items = [unqualified(text, *_before_and(text, s, e)) for s, e in split_items(text, *m.span("list"))]
        items = [(s, e) for s, e in items if not NOT_COMPANY_END.search(text, s, e)]
        if all(looks_like_company(text, s, e, index) and not names_a_kind(text, s, e, index) for s, e in items):
            out.extend(items)
    return out


def counted_candidates(text: str, index: WordIndex) -> list[tuple[int, int]]:
    """Spans of the companies named right after their count, as many as counted (超亿元企业4家，
    A、B、C、D行业地位更加巩固): the last item is its first word, the rest of its clause is what
    is said of them."""
    out: list[tuple[int, int]] = []
    for m in _COUNT_THEN_LIST.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else _SMALL[m.group("n")]
        stop = _CLAUSE_END.search(text, m.end(), min(len(text), m.end() + MAX_LIST))
        items = split_items(text, m.end(), stop.start() if stop else min(len(text), m.end() + MAX_LIST))
        last = index.words(*items[-1])
        if len(items) != n or not last:
            continue
        items[-1] = last[0]
        items[0] = (first_item(text, *items[0], index), items[0][1])  # (分别是|某某)
        if all((looks_like_company(text, s, e, index) or _word_name(text, s, e)) and not names_a_kind(text, s, e, index)
               for s, e in items):
            out.extend(items)
    return out


def _before_and(text: str, s: int, e: int) -> tuple[int, int]:
    """某某汽车及零部件 → 某某汽车: the name before 及 (the rest is what it makes); a closing 等
    dropped (以A、B等为龙头)."""
    cut = text.find("及", s + 2, e)
    e = cut if cut > 0 else e
    return (s, e - 1) if text[e - 1] == "等" and e - s > 2 else (s, e)


def _activity(words: list[str]) -> bool:
    """An object and what is done with it (卫星|研发|制造, 火箭|总装|测试, 机械|加工), not a
    trade name the dictionary splits into a noun and a verb (字节|跳动): three words or more, or a
    generic verb of industry last."""
    return len(words) > 1 and word_tag(words[0]) == "n" and word_tag(words[-1]) in _VERB_TAGS \
        and (len(words) >= 3 or lexicon.is_generic(words[-1]))


def names_a_kind(text: str, s: int, e: int, index: WordIndex) -> bool:
    """An item that names a kind: a generic or kind word, only such words, or an activity
    (卫星研发制造: an object and a verb)."""
    name = text[s:e]
    if name in lexicon.known_bodies():
        return False  # 中铁|建 is a known company, not an object and a verb
    words = [text[a:b] for a, b in index.words(s, e)]
    return (_activity(words) or lexicon.is_generic(name) or lexicon.is_kind(name)
            or all(lexicon.is_generic(w) or lexicon.is_kind(w) for w in words))


def _word_name(text: str, s: int, e: int) -> bool:
    """A listed item that is a dictionary word, read as a name among names (长城, 风帆, 宏业; a
    two-character verb too: 联想, 腾飞; not a longer verb phrase or a noun-verb: 技术研发)."""
    name = text[s:e]
    return (_ITEM.match(name) is not None and _COUNTED.search(name) is None and len(name) <= 4
            and not is_industry(name)
            and (word_tag(name) not in _VERB_TAGS or (len(name) == 2 and word_tag(name) == "v")))

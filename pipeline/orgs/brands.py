"""Companies named by a trade name and an industry word, without a company suffix
(某某机械成功申报…, 依托某某电缆、某某电气等…): candidates from data, decided by context.

Data (models/orgs/brands.txt, industries.txt): built by scripts/build_brands.py from the PyPI
package companynameparser (Apache-2.0): about 285,000 brand names and 1,000 industry words.

A candidate is a trade name (a listed brand, or a word the dictionary does not know) right
before an industry word, on word boundaries, that is not a place nor a kind. Most two-character
brands are also ordinary words (神力, 长城): such a name needs firm evidence. Evidence, in the
order tried (the rule name of a candidate, for tracing):
  * ``verb``: a company verb or a list of companies right after it (…机械获评, …等企业);
  * ``output``: a listed brand's output right after it (…机械全年产值突破…);
  * ``document``: the trade name names a company elsewhere in the document (某某集团 …);
  * ``partner``: a party of an agreement (与某某药业合作, 某某机械与某某大学共建…);
  * ``supported``: a word no dictionary knows, right after what a government does for a company
    (鼓励某某机械…, 壮大某某生物制药; not a place's 疆内|油气);
  * ``invested``: a word no dictionary knows, right after what it invests (投资6亿元的某某机电);
  * ``list``: it stands in a 、-list beside another such name (某某电气、某某电缆等…);
  * ``sentence``: its sentence speaks of companies (企业, 公司, 集团 …);
  * ``figure``: a figure right after it (某某农牧300万套…);
an ordinary word (or a word the dictionary takes for a person's name) needs one of the first
two; the last two need a listed brand the dictionary does not know.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress, count

import regex

from . import lexicon, trade
from .brandlist import brands, industries, kind_industries
from .words import WordIndex, is_known_word, word_tag
from .words import is_proper as _dictionary_proper

_SENTENCE_END = regex.compile(r"[。；！？\n]")
_COMPANY_WORDS = regex.compile(r"企业|公司|集团|厂商|龙头|商户|客商")
_NOT_NAME_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d", "r", "p", "c", "u", "m", "q", "f", "t"})
_LIST_SEPARATORS = "、"
_SENTENCE_WINDOW = 80
_HAN_NAME = regex.compile(r"\p{Han}{2,4}")
_ORG_ENDS = ("集团", "公司", "股份", "银行", "控股")  # a trade name never ends a company's name
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
_NOUN_AFTER = frozenset({"n", "nz", "vn", "j", "l"})
_SECTOR_WORDS = frozenset({"行业", "产业"})
# what follows a name that names a sector, a park or a project, not a company (某某石材|加工园区,
# 某某服装|产业园, 某某新能源|二期)
_SECTOR_OR_PROJECT = r"加工|产业|行业|园区|园|集群|基地|项目|工程|技改|[一二三四五]期"
SECTOR_AFTER = regex.compile(_SECTOR_OR_PROJECT)
_PROJECT_AFTER = regex.compile(rf"\p{{Han}}{{0,4}}?(?:{_SECTOR_OR_PROJECT})")  # (…商用车|项目)
_FIGURE = regex.compile(r"[0-9０-９]")
_SUPPORTED_BEFORE = regex.compile(r"(?:鼓励|支持|力促|扶持|帮助|推动|培育|壮大|做强|引导)\Z")
_INVESTED_BEFORE = regex.compile(r"投资(?:总额)?[\d.]+(?:多|余)?[万亿]元的\Z")  # 投资6.5亿元的|某某机电
_PARTNER_BEFORE = regex.compile(r"(?:与|同|和|携手|牵手)\Z")
_AGREEMENT = r"(?:深度|深化|开展|建立|全面|战略)?(?:合作|签订|签署|签约|达成|共建|联合|洽谈|对接)"
_PARTNER_AFTER = regex.compile(_AGREEMENT)
# …与 another party, then the agreement: the name before is one party (某某机械与某某大学共建…)
_PARTNER_WITH = regex.compile(rf"(?:与|同|和)[^，。；：！？\n]{{2,16}}?{_AGREEMENT}")
_ONE_OF = regex.compile(r"等(?:[\d一二三四五六七八九十多几]+家|一批)?\p{Han}{0,6}?(?:企业|公司)")  # 宏腾科技等企业上市
# what a company's output reached (某某机械全年产值突破20亿元): a sector's too (某地种业产值…),
# so only after a listed brand
_OUTPUT = regex.compile(r"(?:全年|当年|年)?(?:工业)?总?产值(?:首次)?(?:突破|超过|超|达到|达)")
_ITEM = regex.compile(r"(?<=[、，。；：\n])\p{Han}+\Z")  # a list item or clause up to the industry word


@lru_cache(maxsize=65536)
def trade_name(word: str) -> str | None:
    """"brand" for a listed brand, "unknown" for a word the dictionary does not know, None for a
    word that cannot be a trade name (a place, a kind, a stop word, a verb …)."""
    if _HAN_NAME.fullmatch(word) is None or word in lexicon.places() or lexicon.is_kind(word) \
            or word in lexicon.known_bodies() \
            or word in lexicon.left_stops() or word in lexicon.common_word_places() \
            or word in industries() or any(word.endswith(x) for x in _ORG_ENDS):
        return None
    if word in brands() and word_tag(word) not in _NOT_NAME_TAGS:
        return "brand"
    return None if is_known_word(word) else "unknown"


def ordinary(word: str) -> bool:
    """A word the dictionary knows as an ordinary word or a person's name (神力, 长城, 玉石)."""
    return is_known_word(word) and (not _dictionary_proper(word) or word_tag(word) in _PERSON_TAGS)


def _name_start(text: str, start: int, index: WordIndex) -> tuple[int, str] | None:
    """Start and trade name of the word ending at start, or of the two words ending there when
    they make a listed brand; a one-character stop word glued to its front is cut off
    (以宇雕|起重 → 宇雕)."""
    item = _ITEM.search(text, max(0, start - 5), start)
    if item is not None and _glued(item.group()):
        item = _ITEM.search(text, item.start() + 1, start)  # 、以百威|啤酒 → 百威
    if item is not None and 3 <= len(item.group()) <= 4 and not is_known_word(item.group()) \
            and trade_name(item.group()) and _name_words(text, item.start(), start, index):
        return item.start(), item.group()  # a whole list item (、兆丰缘|食品)
    words = index.words(max(0, start - 5), start)
    tries = [words[-2:]] if len(words) >= 2 else []
    tries += [words[-1:]] if words else []
    for run in tries:
        s = run[0][0]
        if not index.is_boundary(s):
            continue
        name = text[s:start]
        if len(run) == 2 and name not in brands() and not _glued(name):
            continue
        if _glued(name):
            s, name = s + 1, name[1:]
        if trade_name(name) and not (s > 0 and is_known_word(text[s - 1:s + 1])):
            return s, name  # (not 济下行 of 经济下行: a word runs across its first character)
    return None


def _name_words(text: str, start: int, end: int, index: WordIndex) -> bool:
    """Are the words of [start, end) free of verbs, conjunctions and stop words (not 成功打造,
    汽车及)?"""
    return all(word_tag(text[s:e]) not in _NOT_NAME_TAGS and text[s:e] not in lexicon.left_stops()
               for s, e in index.words(start, end))


def _glued(word: str) -> bool:
    return len(word) >= 3 and word[0] in lexicon.left_stops() and not is_known_word(word)


def scan(text: str, index: WordIndex) -> list[tuple[int, int, str]]:
    """(start, end, trade name) of every trade name + industry word (one word of the
    segmentation, or two that make one: 汽车|配件) on word boundaries; an industry word that is
    also a kind (科技, 农业) only before 等…企业."""
    words, kinds = industries(), kind_industries()
    spans, texts = index.spans, index.texts(text)
    out = []
    for i in compress(count(), map(_scanned().__contains__, texts)):  # the few industry words, found in C
        if texts[i] in kinds and not _ONE_OF.match(text, spans[i][1]):
            continue  # a kind closes a name only before 等…企业 (科技等企业)
        i_start, end = spans[i]
        if i > 0 and text[spans[i - 1][0]:end] in words:
            i_start = spans[i - 1][0]
        found = _name_start(text, i_start, index)
        if found is not None:
            if i + 1 < len(spans) and text[slice(*spans[i + 1])] in words:
                end = spans[i + 1][1]  # a second industry word (某某影视|传媒)
            out.append((found[0], end, found[1]))
    return out


@lru_cache(maxsize=1)
def _scanned() -> frozenset[str]:
    """The words ``scan`` stops at: industry words and kinds of two characters or more."""
    return frozenset(w for w in industries() | kind_industries() if len(w) >= 2)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(0, start - _SENTENCE_WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _SENTENCE_WINDOW))
    return text[ends[-1] if ends else lo:stop.start() if stop else min(len(text), end + _SENTENCE_WINDOW)]


def _evidence(text: str, span: tuple[int, int, str], listed: set[int], stems: set[str],
              index: WordIndex) -> str | None:
    start, end, name = span
    if SECTOR_AFTER.match(text, end):
        return None  # 某庄石材加工园区, 某某服装产业园: a sector or a park, not a company
    if _ONE_OF.match(text, end):
        return "companies"  # …等企业: the text calls it a company
    if text[start + len(name):end] in kind_industries():
        return None  # 科技, 文化, 工程 close kinds as often as names: only 等企业 says which
    if trade.acting(text, end):
        return "verb"
    if _OUTPUT.match(text, end) and name in brands():
        return "output"
    if (_PARTNER_BEFORE.search(text, max(0, start - 2), start) and _PARTNER_AFTER.match(text, end)) \
            or _PARTNER_WITH.match(text, end):
        return "partner"  # 与某某药业合作, 某某机械与某某大学共建…: a party of an agreement
    if name in stems and not product_after(text, end, index):
        return "document"  # (not 某某太阳能|电池组件, 某某金属|塔筒: the group's product or project)
    if not is_known_word(name) and name[-1] not in "内外" \
            and _SUPPORTED_BEFORE.search(text, max(0, start - 4), start):
        return "supported"  # 鼓励某某机械…, 力促某某生物…: what a government supports by name is a company
    if not is_known_word(name) and _INVESTED_BEFORE.search(text, max(0, start - 16), start) \
            and not product_after(text, end, index):
        return "invested"  # 引进投资6亿元的某某机电: what invests by name is a company
    if ordinary(name):
        return None  # 神力, 玉石: an ordinary word needs a verb or another mention
    if start in listed:
        return "list"
    if name not in brands() or is_known_word(name):
        return None  # weak evidence only for a listed brand no dictionary knows
    if _COMPANY_WORDS.search(_sentence(text, start, end)):
        return "sentence"
    if _FIGURE.match(text, end):
        return "figure"
    return None


def product_after(text: str, end: int, index: WordIndex) -> bool:
    """Is the word right after the name a noun of the same phrase, or a word no dictionary knows
    (某某太阳能|电池组件, 某某金属|塔筒): the name then names a product or project, not a company?"""
    words = index.words(end, min(len(text), end + 6))
    if not words or words[0][0] != end or words[0][1] - end < 2:
        return False
    word = text[slice(*words[0])]
    return word_tag(word) in _NOUN_AFTER or not is_known_word(word)


def _listed(text: str, spans: list[tuple[int, int, str]]) -> set[int]:
    """Starts of spans that stand in a 、-list next to another span."""
    ends = {e: s for s, e, _ in spans}
    starts = {s for s, _, _ in spans}
    out = set()
    for s, e, _ in spans:
        if text[e:e + 1] in _LIST_SEPARATORS and e + 1 in starts:
            out.update((s, e + 1))
        if s > 0 and text[s - 1] in _LIST_SEPARATORS and s - 1 in ends:
            out.update((s, ends[s - 1]))
    return out


def brand_candidates(text: str, index: WordIndex, stems: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, rule) of companies named by a trade name and an industry word; stems are the
    trade names of companies found elsewhere in the document."""
    spans = scan(text, index)
    listed = _listed(text, spans)
    out = []
    for span in spans:
        rule = _evidence(text, span, listed, stems, index)
        if rule is not None:
            out.append((span[0], span[1], rule))
    return out


def named_with_industry(text: str, index: WordIndex, names: set[str]) -> list[tuple[int, int]]:
    """Spans of a company's name found elsewhere in the document followed by an industry word
    (某某 listed among companies … 某某信息, 某某软件): the company's full name."""
    out: list[tuple[int, int]] = []
    industry, kinds = industries(), kind_industries()
    for name in names:
        if name[-2:] in industry or name[-2:] in kinds or any(name.endswith(x) for x in lexicon.suffixes()):
            continue  # 某某集团, 某某钛业: already a full name
        for m in regex.finditer(regex.escape(name), text):
            s, e = m.span()
            nxt = index.words(e, min(len(text), e + 4))
            if not (index.is_boundary(s) and nxt and nxt[0][0] == e):
                continue
            word, end = text[slice(*nxt[0])], nxt[0][1]
            after = index.words(end, min(len(text), end + 4))
            noun_after = bool(after) and after[0][0] == end and word_tag(text[slice(*after[0])]) in _NOUN_AFTER
            if (word in industry or word in kinds) and word not in _SECTOR_WORDS \
                    and not noun_after and not _PROJECT_AFTER.match(text, end):  # (某某新能源|商用车)
                out.append((s, end))
    return out


def stems_of(names: list[str]) -> set[str]:
    """Trade names that open company names (某某 of 某某集团, 某某机械有限公司) or are one
    (某某 listed among 等企业)."""
    out = set()
    for name in names:
        out.update(name[:n] for n in (2, 3, 4) if len(name) >= n and trade_name(name[:n]))
    return out


__all__ = ["SECTOR_AFTER", "brand_candidates", "brands", "industries", "named_with_industry", "ordinary",
           "product_after", "scan", "stems_of", "trade_name"]

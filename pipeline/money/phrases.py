"""The item phrase of a clause: where a figure's clause starts and what of it names the item.

1. the clause runs back to the last ，。；：、 or line end (a PDF line wrapped mid-sentence
   does not end it); whitespace is dropped;
2. numbering, 其中, leading time words (2024年度, 今年), a leading organization name
   (上海市普陀区财政局) and long parentheticals (（以合同签订为准）) go; a budget code
   "一般公共服务支出（类）…（款）行政运行（项）" keeps its most specific level (行政运行);
3. copulas, reaching verbs and qualifiers go from the end (为, 达到, 突破, 超过, 从);
4. after an action verb the object is the item (中央财政五年投入专项扶贫资金 → 专项扶贫资金),
   and an action verb after an item goes (中央预算内投资安排, …的投入拟安排);
5. a project's investment written before the project ("推动总投资53亿元的8个项目") is the
   investment: the verbs right before it go (推动, 加快推进, 抓好, 已完成: words the segmenter's
   dictionary tags as verbs or adverbs), and so does a coordinated item before it (…工程和总投资);
6. for the labels module: a clause that starts inside a 、-list names what the list is of
   (洪涝、干旱、|地震等救灾支出 → 救灾支出: ``after_list``), and the adverbs of time and modality
   between a spender and its verb go from the final label (中央财政将为此投入 → 中央财政投入:
   ``without_modals``).
"""
from __future__ import annotations

import regex

from . import lexicon

_WINDOW = 90
_DELIM = regex.compile(r"[。；;！？!?，,、：:\n]")
_STRONG = regex.compile(r"[。；;！？!?\n]")
_LINE_END_PUNCT = "。；;：:！？!?，,、）)”"
SPACE = regex.compile(r"\s+")
_HEAD = regex.compile(
    r"""^(?:
        [（(][一二三四五六七八九十\d]{1,3}[）)]            # （一） (1)
      | [①-⑳]                                          # ① of a numbered list
      | [一二三四五六七八九十\d]{1,3}[、.．](?!\d)          # 一、 1、 1.
      | [一二三四五六七八九十]是                            # 一是
      | (?:要|将|拟)?把 | (?:再|还|又|也|并|已经|已)(?=\p{Han}{2}) | 将(?=\p{Han}{3})     # adverbs
      | 其中[：:]? | 仅(?=\p{Han}{3})(?!此) | 用于(?=\p{Han}{2}) | 此外 | 另外 | 同时 | 包括 | 目前 | 现已 | 力争 | 争取 | 确保
      | 全[省市区县州盟旗](?![场域级内外])(?=\p{Han}{2})   # the reporting area's whole: 全省地区生产总值
      | 年底 | 年末(?!结转) | 年初(?!预算|结转) | 全年(?!预算) | 今年 | 去年 | 明年 | 上年(?!结转)
      | 当年 | 年内 | 本年度(?=\p{Han}{4}) | 五年来 | 过去五年 | 近五年 | \d+年来 | \d{4}年以来 | 预计 | 初步统计
      | 截至\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:末|底)?
      | \d{4}年(?:度|末|底|初)? | \d+个 | 本部门 | 本单位 | 我局 | 我单位 | 本级 | 我省 | 我市 | 我区
    )+""",
    regex.X,
)
_TIME_ANYWHERE = regex.compile(r"\d{4}年(?:度|末|底)?|\d{1,2}月(?:份|末|底)?")
_ORG = regex.compile(
    r"""^(?:中共)?\p{Han}{2,12}?[省市区县州盟旗镇乡]\p{Han}{0,12}?
        (?:委员会|管理委员会|管委会|人民政府|政府|办公室|办事处|管理局|局|委|办|中心|协会|科协
          |学会|联合会|院|馆|所|部|站|队|处|厅|社)""",
    regex.X,
)
_ORG_MORE = regex.compile(
    r"(?:\p{Han}{0,6}?(?:委员会|办公室|办事处|中心)|\p{Han}{1,6}?[部局院所馆站队处])(?=\p{Han}{2})")
_SUBJECT = regex.compile(r"[”\"]?科目$")   # "…（项）”科目" / "…-住房公积金”科目"
_PAREN = regex.compile(r"[（(][^（）()]{3,}[）)]")
_FROM_PHRASE = regex.compile(r"(?:从|由)[^从由]{0,12}?的?$")
_NOTE_MARK = regex.compile(r"[\[［〔【]\d{1,2}[\]］〕】]")  # a glossary note's marker: 地方生产总值[1]
_CODE_LEVEL = regex.compile(r"([^（）()“”\"]+)[（(]([类款项])[）)]")
_PER_TAIL = regex.compile(rf"(?:每[\d.]*(?:{lexicon.pattern('per_units.txt')})){{1,2}}$"
                          r"|(?:\d+|[一二三四五六七八九十]+)年(?:来)?$|(?:上年|去年|前年|当年)$")
_TAIL = regex.compile(rf"(?:{lexicon.pattern('label_tail.txt')})$")
ACTION = lexicon.pattern("action_verbs.txt")
ACTION_END = regex.compile(rf"(?:{ACTION})$")
_ACTION_CUT = regex.compile(rf".*(?:{ACTION})(?=[\p{{Han}}“]{{2}})")
MONEY = lexicon.pattern("money_nouns.txt")
INVESTMENT = regex.compile(r"(?:总|计划|概算|计划总)?投资(?:额|规模)?$")
_VERBAL_TAGS = ("v", "d", "a", "c", "p", "u")  # verbs, adverbs, adjectives as adverbs, joining words, 了
MONEY_END = regex.compile(rf"(?:{MONEY})$")
# time, modal and aspect adverbs between the spender and its verb (中央财政|将|投入, 国家财政|共|
# 增加支出, 中央财政|全年|用于): they say when or whether, not what is paid
MODALS = r"(?:全年|当年|今年|年内|共|将|已经|已|还|就|为此|拟|连续[\d一二三四五六七八九十两]+年)"
_DONE_INVESTMENT = regex.compile(r"(?<=\p{Han}{2})(?:已|已经)?完成(?=投资$)")
_INNER_MODALS = regex.compile(rf"(?<=\p{{Han}}{{2}}){MODALS}+(?=(?:{ACTION}|用于|增加|新增|下拨))")
# the end of a 、-list the clause starts in, before the item it lists (洪涝、干旱、|地震等|救灾支出)
_LIST_TAIL = regex.compile(r"^\p{Han}{1,8}?等(?=\p{Han}{2})")


def after_list(label: str) -> str:
    """The item of a clause that starts inside a 、-list (洪涝、干旱、|地震等救灾支出 → 救灾支出)."""
    return _LIST_TAIL.sub("", label)


def without_modals(label: str) -> str:
    """A label without the adverbs between its spender and verb (中央财政将为此投入 → 中央财政投入),
    and without the 完成 of a project's investment (某某项目完成投资 → 某某项目投资)."""
    return _DONE_INVESTMENT.sub("", _INNER_MODALS.sub("", label))


def _line_breaks(text: str, d: int) -> bool:
    """Whether the line end at ``d`` ends a clause (not a PDF line wrapped mid-sentence)."""
    line = text[text.rfind("\n", 0, d) + 1:d].strip()
    return not line or line[-1] in _LINE_END_PUNCT or len(line) < 25


def clause_start(text: str, pos: int) -> int:
    """Where the clause ending at ``pos`` starts (see the module note, step 1)."""
    lo = max(0, pos - _WINDOW)
    for m in reversed(list(_DELIM.finditer(text, lo, pos))):
        if text[m.start()] != "\n" or _line_breaks(text, m.start()):
            return m.start() + 1
    return lo


def sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 200)
    for m in reversed(list(_STRONG.finditer(text, lo, pos))):
        if text[m.start()] != "\n" or _line_breaks(text, m.start()):
            return m.start() + 1
    return lo


def strip_tail(label: str) -> str:
    while label:
        m = _TAIL.search(label) or _PER_TAIL.search(label)
        verb = ACTION_END.search(label) if m else None
        if not m or (verb is not None and verb.start() < m.start()):
            break  # (已下达: 达 closes the verb 下达, it is no tail word)
        label = label[:m.start()]
    return label


def clean(raw: str) -> str:
    """The item phrase of a clause (steps 2-4 of the module note)."""
    label = SPACE.sub("", raw)
    label = _SUBJECT.sub("", label)
    codes = _CODE_LEVEL.findall(label) if "）" in label or ")" in label else []
    if codes:
        label = label[label.rfind(codes[-1][0]):]
        label = _CODE_LEVEL.sub(r"\1", label)
    if "-" in label:
        label = label.rsplit("-", 1)[1]   # 住房保障支出-住房改革支出-住房公积金
    label = _PAREN.sub("", label)
    label = _NOTE_MARK.sub("", label)
    if label.count("“") != label.count("”"):
        label = label.strip("“”")
    for _ in range(3):
        before = label
        label = _HEAD.sub("", label)
        label = _TIME_ANYWHERE.sub("", label)
        m = _ORG.match(label)
        if m and len(label) - m.end() >= 2:
            label = label[m.end():]
            more = _ORG_MORE.match(label)
            if more and len(label) - more.end() >= 2:
                label = label[more.end():]
        if label == before:
            break
    label = strip_tail(label)
    start_of_change = _FROM_PHRASE.search(label)  # 地区生产总值由“十二五”末的 → 地区生产总值
    if start_of_change and start_of_change.start() >= 2:
        label = label[:start_of_change.start()]
    cut = _ACTION_CUT.match(label)
    if cut and MONEY_END.search(label):
        label = label[cut.end():]
    m = ACTION_END.search(label)
    if m and MONEY_END.search(strip_tail(label[:m.start()])):   # …的投入拟安排
        label = strip_tail(label[:m.start()])
    return _investment(label)


def _investment(label: str) -> str:
    """The verbs before a project's investment go (step 5): 推动总投资 → 总投资, “一纵两横”三条道路
    已完成投资 → “一纵两横”三条道路投资; a coordinated item before it too (…工程和总投资 → 总投资).
    What is left before the investment stays when it is a phrase of its own (3 characters or more)."""
    m = INVESTMENT.search(label)
    if m is None or m.start() == 0:
        return label
    pre = label[:m.start()]
    if pre[-1] in "和及与、":
        return m.group()
    from ..segment import default_segmenter, word_tag

    words = default_segmenter().words(pre)
    k = len(words)
    while k and word_tag(words[k - 1]).startswith(("v", "u")) and word_tag(words[k - 1]) != "vn":
        k -= 1  # the verbs (推进, 完成, 了)
    if k == len(words):
        return label  # no verb before it: 固定资产投资, 外商直接投资
    while k and word_tag(words[k - 1]).startswith(_VERBAL_TAGS) and word_tag(words[k - 1]) != "vn":
        k -= 1  # and the adverbs before them (加快推进, 已完成)
    kept = "".join(words[:k])
    return kept + m.group() if len(kept) >= 3 else m.group()



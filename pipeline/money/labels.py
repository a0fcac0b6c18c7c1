"""What each figure is the value of: its label, in the document's words.

The label of a figure is the item phrase of its clause (``phrases``: the text between the
last delimiter and the figure, cleaned), or else taken from the words around it:

1. when the amount is the verb's object, the noun after it (安排1000亿元专项奖补资金);
   a clause that only says who pays (中央财政拟安排, 由我局申请) or what is done (开工建设, 斥资)
   takes what the money is for:
   the purpose (投入433亿元用于促进就业), the phrase after the amount (申请400万元以上基本
   建设项目), the object of the clause before (增加社会保障投入，中央财政拟安排X), or its
   subject (全部财政收入突破10亿大关，完成11.68亿元);
2. a figure with no words of its own takes the item of the figure before it in the sentence
   ("从54万亿元增加到82.7万亿元") or the subject of the clause before ("地区生产总值连续迈上
   4个万亿元台阶、达X"); one after 分别 the matching part of the list (存贷款余额分别达… →
   存款余额, 贷款余额; 城乡居民… → 城镇居民…, 农村居民…; 交通、水利、能源领域投资额 →
   交通领域投资额, …); a bare change ("比2023年度增加") or base ("较“十三五”末的") takes the
   item of the figure before, a bare stage word (年初预算, 支出决算) the item of the sentence
   or of the budget line above;
3. an amount's label is the item alone; which figure of the item it is goes to its measure,
   as written (年初预算, 2023年当年预算执行数, 比2023年度增加; see ``measures``), so the label
   is contained in whatever way a reader joins the two; a percentage keeps both in its label
   (收入支出总计下降);
4. a foreign amount's label carries its currency: 实际使用外资（美元）.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import lexicon, measures
from .find import Raw
from .phrases import (ACTION, ACTION_END, INVESTMENT, MODALS, MONEY, MONEY_END, SPACE, after_list,
                      clause_start, clean, sentence_start, strip_tail, without_modals)

_MAX_LABEL = 24
_CHANGE = regex.compile(
    r"(?P<base>(?:比|较|同比|环比|与)[\p{Han}“”]{0,14}?(?:相比|同期)?)?"
    r"(?P<verb>再?(?:增加|减少|(?<!稳)增长|下降|提高|降低|上升|持平|一致|节约|节省|下调|上调|压减|压缩"
    r"|净增|净减|(?<!新)增|减))$")
# A bare comparison base before a figure ("较“十三五”末的9323.1亿元增加…"): the figure is the
# item's value at the base; and a conversion ("实际使用外资160.6亿美元、折合1148亿元人民币").
_BASE_ONLY = regex.compile(r"(?:比|较)[\p{Han}“”\d]{1,14}?的$|折合|约合|相当于")
_RELATIVE_BASES = frozenset({"比去年", "比上年", "较去年", "较上年", "同比", "比上年同期", "比去年同期"})
_FOLLOW = regex.compile(
    rf"""(?:[（(]含[）)])?(?:以上|以下|以内|左右|多)?的?
        (?P<np>(?:(?![和及与])[\p{{Han}}A-Za-z“”]){{0,16}}(?:{MONEY}))  # not across 和: …项目和投资65亿元的…
        (?![\p{{Han}}]{{0,2}}(?:率|比|强度|指数|人|个|家|项|吨))
        (?<!投入(?=使用|运营|运行))   # 某某小学投入使用: put into use, not an input""",
    regex.X,
)
_PURPOSE = regex.compile(
    r"""[，,]?(?:用于|实施|支持|帮助|解决|购置|购买|加强)+  # 投入433亿元用于促进就业 / ，解决…问题 / 购置…
        (?P<np>[\p{Han}“”A-Za-z]{2,20}?)       # what the money is for
        (?:问题)?(?=[，。；、,;（(]|$)          # to the end of the clause""",
    regex.X,
)
_NP_AFTER = regex.compile(
    r"""(?:以上|以下|及以上|及以下|以内|左右)?(?:规模)?的?   # 申请400万元以上基本建设项目（…）
        (?![对向给为用于在从由以按将把并和及等支促推加])   # not a preposition or purpose verb
        (?P<np>[\p{Han}“”A-Za-z]{2,16}?)           # 安排421亿美元大型成套设备出口融资保险
        (?=[，。；、,;：:（(\n]|$)                 # to the next delimiter""",
    regex.X,
)
# what a threshold figure bounds: 5亿元以上项目, 500万元以上企业 (the noun up to a count or a pause)
_THRESHOLD_OF = regex.compile(
    r"(?:[（(]含[）)])?(?:及以上|以上|以下)的?(?P<np>\p{Han}{1,6}?)(?=不少于|不低于|达到?|超过|占|\d|[，。；、,;]|$)")
# a measure right before a threshold figure (年销售收入|500万元以上, 产值超|10亿元企业)
_METRIC_OVER = regex.compile(r"(?:收入|产值|销售额|营业额|营收|税收|纳税额?|利税|估值)(?P<over>过|超过|超|达)?$")
_OVER = regex.compile(r"(?:过|超过|超)$")  # 过5亿元项目: a threshold written before the figure
_BOUNDED = regex.compile(r"(?P<np>\p{Han}{1,4}?)(?=不少于|不低于|达到?|超过|\d|[，。；、,;]|$)")
_COUNT_LIMIT = regex.compile(r"(?:不少于|不低于|达到?|超过)\d+[个家项户]$")  # a clause that counts, not names
_UNIT_PRICE_OF = regex.compile(
    r"(?:[（(]含[）)])?(?:以上|以下|及以上|及以下)(?:的)?(?P<thing>\p{Han}{1,8}?)(?=[（(，。；、,;]|$)")
_GENERIC = frozenset(lexicon.words("generic_labels.txt"))
_GENERIC_END = regex.compile(rf"(?:{lexicon.pattern('generic_labels.txt')})$")
# A label that only says who pays, not what for: 中央财政拟安排, 由我局申请, 安排.
_SPENDER = r"(?:由?\p{Han}{0,8}?(?:财政|政府|中央|我局|我委|我办|我单位|本部门|本单位|部门|单位))"
_SPENDER_START = regex.compile(rf"^{_SPENDER}")
_BARE_ACTION = regex.compile(
    rf"""^{_SPENDER}?                              # a funding source or actor …
        (?:每年|[一二三四五两\d]年)?                 # a time: 每年安排, 三年安排
        (?:(?:{MODALS}|要|再|又|继续|计划|预计|累计)+(?:{ACTION})   # modals and the verb,
          |(?!(?<=\p{{Han}})投入$)(?:{ACTION}))$   # or a verb that is no noun (财政投入 is one; 投入 alone is a verb)""",
    regex.X,
)
_OBJECT_END = regex.compile(
    rf"""(?:增加|加大|扩大|提高|加强|安排|投入|落实|统筹)   # 各级政府要进一步增加 …
        (?P<np>[\p{{Han}}“”]{{2,12}}?(?:{MONEY}))$     # … 社会保障投入，中央财政拟安排X""",
    regex.X,
)
_SUBJECT_NP = regex.compile(
    rf"""^(?P<np>[\p{{Han}}“”]{{1,14}}?(?:{MONEY}))     # 地区生产总值 …
        (?=连|接连|首次|再次|稳定|持续|年均|同比|比|较|达|突破   # … 连续迈上4个万亿元台阶、达X
          |超|迈|跨|增|翻|实现|保持|创|为|是|从|由|[一二三四五六七八九十两\d]+年|$)""",
    regex.X,
)
_LIST_SEP = regex.compile(r"、|和|及|与")
_LIST_HEAD = regex.compile(lexicon.pattern("list_heads.txt"))
_BUDGET_LINE = regex.compile(r"([^（）()“”\"\s，。；：:、]+)\s*[（(]项[）)]")
_DISTRIBUTIVE = lexicon.table("distributive.tsv")
_FOREIGN = {code: name for code, name in lexicon.currencies().values() if code != "CNY"}



def _kept_base(change: regex.Match[str]) -> str:
    """The comparison base kept in a change label: a relative one (比去年, 同比) says what the
    change is against; a dated one (比2023年度, 比2024年预算执行数) goes."""
    base = change.group("base") or ""
    return base if base in _RELATIVE_BASES else ""


def _item_part(label: str) -> str:
    """A label without its change verb: 收入支出总计减少 → 收入支出总计."""
    m = _CHANGE.search(label)
    return strip_tail(label[:m.start()]) if m else label


def _merge(item: str, stage: str) -> str:
    """Item + stage word, sharing an overlap: 财政拨款支出 + 支出决算 → 财政拨款支出决算."""
    for k in range(min(len(item), len(stage)), 0, -1):
        if item.endswith(stage[:k]):
            return item + stage[k:]
    return item + stage


_COUNTED_GROUP = regex.compile(r"[两二三四五六七八九十]+(?:大|个|项|类)\p{Han}{0,4}?(?:产业|行业|板块|领域|集群)")


def _split_parts(subject: str) -> list[str]:
    """The parts of a 分别 subject: "困难残疾人生活补贴、重度残疾人护理补贴标准" → 2 parts; a
    count of the parts before their head goes (索具、汽车零部件和石油物探装备三大主导产业年产值 →
    索具年产值, …)."""
    subject = _COUNTED_GROUP.sub("", subject)
    listed = _LIST_SEP.search(subject) is not None
    for compound, joined in _DISTRIBUTIVE:
        i = subject.find(compound)
        if i >= 0 and (not listed or _LIST_SEP.search(compound)):
            head, tail = subject[:i], subject[i + len(compound):]
            return [clean(head + part + tail) for part in joined.split("|")]
    if "、" in subject:  # A、B及C、D: 、 separates the parts; 和/及/与 only the last one
        pieces = [p for p in subject.split("、") if p]
        pieces[-1:] = [p for p in _LIST_SEP.split(pieces[-1], maxsplit=1) if p] if pieces else []
    else:
        pieces = [p for p in _LIST_SEP.split(subject) if p]
    if len(pieces) < 2:
        return []
    parts = [clean(p) for p in pieces]
    head = _shared_head(parts)
    return [p + head for p in parts[:-1]] + parts[-1:] if head else parts


def _shared_head(parts: list[str]) -> str:
    """The head noun the last part of a list shares with the bare ones before it, where it
    is clear: after 的 (科技、教育、卫生和文化事业的支出 → 支出), at a head word (人参、食用菌
    全产业链产值 → 全产业链产值), after as many characters as two or more equally long parts
    before it (交通、水利、能源领域投资额 → 领域投资额), or after the first word of the last part
    when it is as long as the one part before (城镇和农村居民人均可支配收入); else "" (a bare
    part is safer than a wrong head)."""
    last = parts[-1]
    if not MONEY_END.search(last) or any(not p or MONEY_END.search(p) for p in parts[:-1]):
        return ""
    if "的" in last:
        return last[last.rfind("的") + 1:]
    m = _LIST_HEAD.search(last, 1)
    if m:
        return last[m.start():]
    n = len(parts[0])
    if len(parts) > 2 and all(len(p) == n for p in parts[:-1]) and len(last) - n >= 2:
        return last[n:]
    if len(parts) == 2 and n <= 3 and len(last) - n >= 3 and _opens_with_word(last, n):
        return last[n:]  # 城镇和农村居民人均可支配收入 → 居民人均可支配收入
    return ""


def _opens_with_word(phrase: str, n: int) -> bool:
    """Are the first ``n`` characters of ``phrase`` a word of their own (农村 of 农村居民…)?"""
    from ..segment import is_known_word

    return is_known_word(phrase[:n])


def _budget_line_item(text: str, pos: int) -> str:
    """The （项） name of the budget line above ``pos`` ("行政运行（项）。主要用于…")."""
    window = text[max(0, pos - 260):pos]
    found = _BUDGET_LINE.findall(SPACE.sub("", window))
    return clean(found[-1]) if found else ""


@dataclass
class _Carried:
    """What a figure leaves to the next ones: the figure itself, the item of the sentence's last
    amount, and the parts of an open 分别 list with the measure they share."""
    sentence: int = -1
    end: int = 0
    prev: Raw | None = None
    last_item: str = ""
    parts: list[str] = field(default_factory=list)
    parts_measure: str = ""
    part_index: dict[str, int] = field(default_factory=lambda: {"amount": 0, "percent": 0, "score": 0})


def assign_labels(text: str, figures: Sequence[Raw]) -> None:
    """Set ``label`` and ``measure`` (and keep the 分别 state) for figures of one text, in
    text order. An amount's label is its item and its measure which figure of the item it is
    (年初预算, 比上年增加); a percentage's or score's label keeps both (收入支出总计下降)."""
    carried = _Carried()
    for fig in figures:
        start = fig.extra.get("label_start", fig.start)
        assert isinstance(start, int)
        sentence = sentence_start(text, start)
        if sentence != carried.sentence:
            carried.prev, carried.parts, carried.last_item = None, [], ""
            carried.sentence = sentence
        cstart = max(clause_start(text, start), min(carried.end, start))
        carried.end = max(carried.end, fig.end)
        raw = SPACE.sub("", text[cstart:start])
        label, measure = _clause_label(text, fig, carried, raw=raw, cstart=cstart, start=start)
        label, measure = _resolved(text, fig, carried, label, measure, raw=raw, cstart=cstart)
        fig.label = without_modals(label)[-_MAX_LABEL:]
        fig.measure = measure[-_MAX_LABEL:]
        carried.prev = fig
        if fig.kind == "amount" and fig.label:
            carried.last_item = fig.label


def _clause_label(text: str, fig: Raw, carried: _Carried, *, raw: str, cstart: int,
                  start: int) -> tuple[str, str]:
    """Label and measure from the figure's own clause: its item phrase, the words around an
    amount, the subject of the clause before, or the next part of an open 分别 list."""
    amount = fig.kind == "amount"
    label = measure = ""
    if "分别" in raw:
        subject = _wide_subject(text, cstart, start)
        carried.parts = _split_parts(subject)
        carried.parts_measure = measures.change(strip_tail(raw)) if amount else ""
        carried.part_index = {"amount": 0, "percent": 0, "score": 0}
        if not carried.parts:
            label = clean(subject)
    else:
        label = clean(raw)
        if cstart > 0 and text[cstart - 1] == "、":
            label = after_list(label)
        if label:
            carried.parts = []
    if amount:
        label = _object_label(text, fig, label=label, tail=strip_tail(raw), cstart=cstart)
    prev = carried.prev
    if not label and cstart > 1 and text[cstart - 1] in "，,、":
        if prev is None and not carried.parts:
            label = _subject_before(text, cstart)
        elif prev is not None and "分别" not in raw and prev.end <= clause_start(text, cstart - 1):
            label = _subject_before(text, cstart, whole=False)   # …总值创历史新高，达到X
    if not label and carried.parts:
        label = carried.parts[carried.part_index[fig.kind] % len(carried.parts)]
        carried.part_index[fig.kind] += 1
        measure = carried.parts_measure if amount else ""
    return label, measure


def _resolved(text: str, fig: Raw, carried: _Carried, label: str, measure: str, *, raw: str,
              cstart: int) -> tuple[str, str]:
    """A label that is only a base, a change, a share or a stage word takes the item of the
    figure before (or of the sentence, or of the budget line above); an amount's label then
    gives its measure away (年初预算, 比上年增加)."""
    prev, amount, tail = carried.prev, fig.kind == "amount", strip_tail(raw)
    change = _CHANGE.fullmatch(label) if label else None
    if amount and prev and label and _BASE_ONLY.fullmatch(raw):
        label, measure = _item_part(prev.label), raw.removesuffix("的")
    elif change or not label:
        item = (_item_part(prev.label) if prev else "") or (carried.last_item if amount else "")
        if fig.kind == "percent" and prev and prev.kind == "amount" and not change:
            item = ""
        if change and item and amount:
            label, measure = item, measures.change(tail) or change.group()
        else:
            label = item + (_kept_base(change) + change.group("verb") if change else "")
    elif label.startswith("占") and prev:
        label = _item_part(prev.label) + (label if label != "占" else "占比")
    if label in _GENERIC:
        return _stage_label(text, prev, label, measure, amount=amount, tail=tail, cstart=cstart)
    if amount and not measure:
        item, split = measures.split(label, tail)
        item = strip_tail(item)   # 小麦每50公斤提高 → 小麦, 提高
        # (人均增加, 平均每年增加: no item to split from)
        return (item, split) if len(item) >= 2 else (label, "")
    return label, measure


def _stage_label(text: str, prev: Raw | None, label: str, measure: str, *, amount: bool,
                 tail: str, cstart: int) -> tuple[str, str]:
    """A bare stage word (年初预算, 支出决算) takes the item of the figure before, or of the
    budget line above."""
    base = _GENERIC_END.sub("", _item_part(prev.label)) if prev and prev.label else ""
    base = base or _budget_line_item(text, cstart)
    if base and amount:
        return base, measures.stage(tail) or label
    if base:
        return _merge(base, label), measure
    return label, measure


def _object_label(text: str, fig: Raw, *, label: str, tail: str, cstart: int) -> str:
    """An amount's label from the words around it when its clause names no item: the money
    noun after it (安排1000亿元专项奖补资金), the purpose (投入433亿元用于促进就业), the noun
    phrase after it or the object of the clause before, when the clause only says who pays."""
    end = min(len(text), fig.end + 24)
    threshold = _THRESHOLD_OF.match(text, fig.end, end) or (
        _OVER.search(text, max(0, fig.start - 2), fig.start) and _BOUNDED.match(text, fig.end, end))
    metric = _METRIC_OVER.search(label) if threshold else None
    if metric:
        return label.removesuffix(metric.group("over") or "")  # 营业收入10亿元以上企业: the figure is of the revenue
    follow = _FOLLOW.match(text, fig.end, end)
    if follow and (not label or ACTION_END.search(tail)
                   or text[fig.end:follow.start("np")].endswith("的")):
        return follow.group("np")
    investment = INVESTMENT.search(label)
    if investment and text.startswith("的", fig.end):
        return investment.group()  # 全面启动投资X的某某项目: the investment of the project after it
    if threshold and not label.endswith("单价") and (len(label) <= 2 or _COUNT_LIMIT.search(label)):
        return threshold.group("np")  # 5亿元以上项目不少于8个: the projects the figure bounds
    if _BARE_ACTION.match(label) or _verbs_only(label):
        found = _PURPOSE.match(text, fig.end, end) or _NP_AFTER.match(text, fig.end, end)
        if found:
            return found.group("np")
        return _object_before(text, cstart) or _subject_before(text, cstart, whole=False) or label
    if label.endswith("单价"):
        thing = _UNIT_PRICE_OF.match(text, fig.end, min(len(text), fig.end + 16))
        if thing:
            return thing.group("thing") + "单价"
    return label


@lru_cache(maxsize=4096)
def _verbs_only(label: str) -> bool:
    """A short label of verbs and adverbs alone, no money noun (开工建设, 斥资, 先发行): it says
    what is done with the money, and the words after the figure say what it is."""
    label = _SPENDER_START.sub("", label)  # (县财政|斥资)
    if not label or len(label) > 6 or MONEY_END.search(label):
        return False
    from ..segment import default_segmenter, word_tag

    tags = [word_tag(w) for w in default_segmenter().words(label)]
    return "v" in tags and tags[-1] in ("v", "vn") and all(t in ("v", "vn", "d") for t in tags)


def _clause_before(text: str, cstart: int) -> str:
    return clean(text[clause_start(text, cstart - 1):cstart - 1]) if cstart > 1 else ""


def _object_before(text: str, cstart: int) -> str:
    """The money noun phrase the clause before ends with (…增加社会保障投入，…)."""
    if cstart < 2 or text[cstart - 1] not in "，,":
        return ""
    before = _clause_before(text, cstart)
    m = _OBJECT_END.search(before)
    return m.group("np") if m else ""


def _subject_before(text: str, cstart: int, *, whole: bool = True) -> str:
    """The item of a clause with no words of its own ("…，为X万元", "…台阶、达X万亿元"): the
    subject of the clause before, or (after a comma, when ``whole``) that whole clause."""
    before = _clause_before(text, cstart)
    m = _SUBJECT_NP.match(before)
    if m and len(m.group("np")) > 2:   # not 总额 or 规模 alone, which point back
        return m.group("np")
    return before if whole and text[cstart - 1] in "，," else ""


def _wide_subject(text: str, cstart: int, start: int) -> str:
    """The subject of a 分别 clause, running back over 、-joined parts to a ，。；：."""
    lo = cstart
    while lo > 0 and text[lo - 1] == "、":
        lo = clause_start(text, lo - 1)
    raw = SPACE.sub("", text[lo:start])
    return raw[:raw.find("分别")]


def currency_label(label: str, currency: str) -> str:
    """A foreign amount's label with its currency: 实际使用外资（美元）, or 美元 alone."""
    name = _FOREIGN.get(currency)
    if not name:
        return label
    return f"{label}（{name}）" if label else name

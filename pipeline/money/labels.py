"""What each figure is the value of: its label, in the document's words.

The label of a figure is the line-item phrase of its clause, the text between the last
delimiter and the figure, cleaned:

1. the clause runs back to the last ，。；：、 or line end (a PDF line wrapped mid-sentence
   does not end it); whitespace is dropped;
2. numbering, 其中, leading time words (2024年度, 今年), a leading organization name
   (上海市普陀区财政局) and long parentheticals (（以合同签订为准）) go; a budget code
   "一般公共服务支出（类）…（款）行政运行（项）" keeps its most specific level (行政运行);
3. copulas, reaching verbs and qualifiers go from the end (为, 达到, 突破, 超过, 从);
4. after an action verb the object is the item (中央财政五年投入专项扶贫资金 → 专项扶贫资金),
   and when the amount is the verb's object the noun after it is (安排1000亿元专项奖补资金);
5. a figure with no words of its own takes the item of the figure before it in the sentence
   ("从54万亿元增加到82.7万亿元"), one after 分别 the matching part of the list
   (存贷款余额分别达… → 存款余额, 贷款余额); a bare change ("比2023年度增加") becomes item +
   change (机关运行经费支出增加); a bare stage word (年初预算, 支出决算) gets the item of
   the sentence or of the budget line above it (行政运行年初预算);
6. a foreign amount's label carries its currency: 实际使用外资（美元）.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from . import lexicon
from .find import Raw

_WINDOW = 90
_MAX_LABEL = 24
_DELIM = regex.compile(r"[。；;！？!?，,、：:\n]")
_STRONG = regex.compile(r"[。；;！？!?\n]")
_LINE_END_PUNCT = "。；;：:！？!?，,、）)”"
_SPACE = regex.compile(r"\s+")
_HEAD = regex.compile(
    r"""^(?:
        [（(][一二三四五六七八九十\d]{1,3}[）)]            # （一） (1)
      | [一二三四五六七八九十\d]{1,3}[、.．](?!\d)          # 一、 1、 1.
      | [一二三四五六七八九十]是                            # 一是
      | (?:要|将|拟)?把 | (?:再|还|又|也|并)(?=\p{Han}{2}) | 将(?=\p{Han}{3})     # adverbs
      | 其中[：:]? | 此外 | 另外 | 同时 | 包括 | 目前 | 现已
      | 年底 | 年末 | 年初(?!预算|结转) | 全年(?!预算) | 今年 | 去年 | 明年 | 上年(?!结转)
      | 当年 | 本年度(?=\p{Han}{4}) | 五年来 | 过去五年 | 近五年 | \d+年来 | 预计 | 初步统计
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
_CODE_LEVEL = regex.compile(r"([^（）()“”\"]+)[（(]([类款项])[）)]")
_PER_TAIL = regex.compile(rf"(?:每(?:{lexicon.pattern('per_units.txt')})){{1,2}}$"
                          r"|(?:\d+|[一二三四五六七八九十]+)年(?:来)?$|(?:上年|去年|前年|当年)$")
_CHANGE = regex.compile(
    r"(?P<base>(?:比|较|同比|环比|与)\p{Han}{0,14}?(?:相比|同期)?)?"
    r"(?P<verb>再?(?:增加|减少|(?<!稳)增长|下降|提高|降低|上升|持平|节约|节省|下调|上调|压减|压缩|增|减))$")
_RELATIVE_BASES = frozenset({"比去年", "比上年", "较去年", "较上年", "同比", "比上年同期", "比去年同期"})
_FOLLOW = regex.compile(
    rf"""(?:[（(]含[）)])?(?:以上|以下|以内|左右|多)?的?
        (?P<np>[\p{{Han}}A-Za-z“”]{{0,16}}(?:{lexicon.pattern('money_nouns.txt')}))
        (?![\p{{Han}}]{{0,2}}(?:率|比|强度|指数|人|个|家|项|吨))""",
    regex.X,
)
_PURPOSE = regex.compile(r"(?:用于|实施|支持)(?P<np>[\p{Han}“”]{2,16})")
_UNIT_PRICE_OF = regex.compile(
    r"(?:[（(]含[）)])?(?:以上|以下|及以上|及以下)(?:的)?(?P<thing>\p{Han}{1,8}?)(?=[（(，。；、,;]|$)")
_TAIL = regex.compile(rf"(?:{lexicon.pattern('label_tail.txt')})$")
_ACTION = lexicon.pattern("action_verbs.txt")
_ACTION_END = regex.compile(rf"(?:{_ACTION})$")
_ACTION_CUT = regex.compile(rf".*(?:{_ACTION})(?=\p{{Han}}{{2}})")
_MONEY_END = regex.compile(rf"(?:{lexicon.pattern('money_nouns.txt')})$")
_GENERIC = frozenset(lexicon.words("generic_labels.txt"))
_GENERIC_END = regex.compile(rf"(?:{lexicon.pattern('generic_labels.txt')})$")
_BUDGET_LINE = regex.compile(r"([^（）()“”\"\s，。；：:、]+)\s*[（(]项[）)]")
_DISTRIBUTIVE = lexicon.table("distributive.tsv")
_FOREIGN = {code: name for code, name in lexicon.currencies().values() if code != "CNY"}


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


def _strip_tail(label: str) -> str:
    while label:
        m = _TAIL.search(label) or _PER_TAIL.search(label)
        if not m:
            break
        label = label[:m.start()]
    return label


def clean(raw: str) -> str:
    """The item phrase of a clause (steps 2-4 of the module note)."""
    label = _SPACE.sub("", raw)
    label = _SUBJECT.sub("", label)
    codes = _CODE_LEVEL.findall(label) if "）" in label or ")" in label else []
    if codes:
        label = label[label.rfind(codes[-1][0]):]
        label = _CODE_LEVEL.sub(r"\1", label)
    if "-" in label:
        label = label.rsplit("-", 1)[1]   # 住房保障支出-住房改革支出-住房公积金
    label = _PAREN.sub("", label)
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
    label = _strip_tail(label)
    cut = _ACTION_CUT.match(label)
    if cut and _MONEY_END.search(label):
        label = label[cut.end():]
    m = _ACTION_END.search(label)
    if m and _MONEY_END.search(label[:m.start()]):
        label = _strip_tail(label[:m.start()])
    return label


def _kept_base(change: regex.Match[str]) -> str:
    """The comparison base kept in a change label: a relative one (比去年, 同比) says what the
    change is against; a dated one (比2023年度, 比2024年预算执行数) goes."""
    base = change.group("base") or ""
    return base if base in _RELATIVE_BASES else ""


def _item_part(label: str) -> str:
    """A label without its change verb: 收入支出总计减少 → 收入支出总计."""
    m = _CHANGE.search(label)
    return label[:m.start()] if m else label


def _merge(item: str, stage: str) -> str:
    """Item + stage word, sharing an overlap: 财政拨款支出 + 支出决算 → 财政拨款支出决算."""
    for k in range(min(len(item), len(stage)), 0, -1):
        if item.endswith(stage[:k]):
            return item + stage[k:]
    return item + stage


def _split_parts(subject: str) -> list[str]:
    """The parts of a 分别 subject: "困难残疾人生活补贴、重度残疾人护理补贴标准" → 2 parts."""
    for compound, joined in _DISTRIBUTIVE:
        i = subject.find(compound)
        if i >= 0:
            head, tail = subject[:i], subject[i + len(compound):]
            return [clean(head + part + tail) for part in joined.split("|")]
    pieces = [p for p in regex.split(r"、|和|及|与", subject) if p]
    return [clean(p) for p in pieces] if len(pieces) > 1 else []


def _budget_line_item(text: str, pos: int) -> str:
    """The （项） name of the budget line above ``pos`` ("行政运行（项）。主要用于…")."""
    window = text[max(0, pos - 260):pos]
    found = _BUDGET_LINE.findall(_SPACE.sub("", window))
    return clean(found[-1]) if found else ""


def assign_labels(text: str, figures: Sequence[Raw]) -> None:
    """Set ``label`` (and keep the 分别 state) for figures of one text, in text order."""
    prev: Raw | None = None
    prev_end = 0
    prev_sentence = -1
    parts: list[str] = []
    part_index = {"amount": 0, "percent": 0, "score": 0}
    for fig in figures:
        start = fig.extra.get("label_start", fig.start)
        assert isinstance(start, int)
        sentence = sentence_start(text, start)
        if sentence != prev_sentence:
            prev, parts = None, []
            prev_sentence = sentence
        cstart = max(clause_start(text, start), min(prev_end, start))
        prev_end = max(prev_end, fig.end)
        raw = _SPACE.sub("", text[cstart:start])
        label = ""
        if "分别" in raw:
            subject = _wide_subject(text, cstart, start)
            parts = _split_parts(subject)
            part_index = {"amount": 0, "percent": 0, "score": 0}
            if not parts:
                label = clean(subject)
        else:
            label = clean(raw)
            if label:
                parts = []
        if fig.kind == "amount":
            follow = _FOLLOW.match(text, fig.end, min(len(text), fig.end + 24))
            if follow and (not label or _ACTION_END.search(_strip_tail(_SPACE.sub("", raw)))
                           or text[fig.end:follow.start("np")].endswith("的")):
                label = follow.group("np")
            elif _ACTION_END.fullmatch(label):
                purpose = _PURPOSE.match(text, fig.end, min(len(text), fig.end + 24))
                if purpose:
                    label = purpose.group("np")   # 筹措7.33亿元实施交通惠民工程
            if label.endswith("单价"):
                thing = _UNIT_PRICE_OF.match(text, fig.end, min(len(text), fig.end + 16))
                if thing:
                    label = thing.group("thing") + "单价"
        if not label and not parts and prev is None and cstart > 0 and text[cstart - 1] in "，,":
            label = clean(text[clause_start(text, cstart - 1):cstart - 1])
        if not label and parts:
            label = parts[part_index[fig.kind] % len(parts)]
            part_index[fig.kind] += 1
        change = _CHANGE.fullmatch(label) if label else None
        if change or not label:
            item = _item_part(prev.label) if prev else ""
            if fig.kind == "percent" and prev and prev.kind == "amount" and not change:
                item = ""
            label = item + (_kept_base(change) + change.group("verb") if change else "")
        elif label.startswith("占") and prev:
            label = _item_part(prev.label) + (label if label != "占" else "占比")
        if label in _GENERIC:
            base = ""
            if prev and prev.label:
                base = _GENERIC_END.sub("", _item_part(prev.label))
            base = base or _budget_line_item(text, cstart)
            if base:
                label = _merge(base, label)
        if len(label) > _MAX_LABEL:
            label = label[-_MAX_LABEL:]
        fig.label = label
        prev = fig


def _wide_subject(text: str, cstart: int, start: int) -> str:
    """The subject of a 分别 clause, running back over 、-joined parts to a ，。；：."""
    lo = cstart
    while lo > 0 and text[lo - 1] == "、":
        lo = clause_start(text, lo - 1)
    raw = _SPACE.sub("", text[lo:start])
    return raw[:raw.find("分别")]


def currency_label(label: str, currency: str) -> str:
    """A foreign amount's label with its currency: 实际使用外资（美元）, or 美元 alone."""
    name = _FOREIGN.get(currency)
    if not name:
        return label
    return f"{label}（{name}）" if label else name

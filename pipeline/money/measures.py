"""Which figure of its item an amount is: the measure, kept apart from the label.

One line item has several figures: its budget and its actual, last year's and this year's,
its change (行政运行 年初预算 / 支出决算; 事业单位离退休 2023年当年预算执行数 / 2024年预算安排;
机关运行经费支出 比2023年度增加). The label names the item alone; the measure says which figure
of it the amount is, as the text writes it, year and comparison base included. Readers (and
annotators) join the two in different ways; the bare item is what every way shares.

- ``change(tail)``: a change at the end of a clause, with its base (比上年预算增加, 与2024年预算一致);
- ``stage(tail)``: a stage word at the end of a clause, with its year (2023年当年预算执行数);
- ``split(label, tail)``: a label that states item and measure together (收入支出总计减少,
  一般公共预算财政拨款支出年初预算) as (item, measure); a stage that is the whole line name
  (收入预算, 支出决算, “三公”经费预算数) stays in the label.

``tail`` is the clause before the figure, whitespace and closing copulas removed (为, 达).
"""
from __future__ import annotations

import regex

from . import lexicon

CHANGE_VERB = (r"再?(?P<verb>增加|减少|(?<!稳)增长|下降|提高|降低|上升|持平|一致|节约|节省|下调|上调"
               r"|压减|压缩|净增|净减|(?<!新)增|减)")
_CHANGE = regex.compile(
    rf"""(?:(?:(?<![可对相占无])比|较|同比|环比|与)   # the base of the comparison …
            [\p{{Han}}\d“”]{{0,16}}?         # … as written: 上年预算, 2023年度, 2024年预算执行数
            (?:相比|同期)?)?
        {CHANGE_VERB}$""",
    regex.X,
)
_STAGE = regex.compile(
    rf"""(?:\d{{4}}年度?)?                   # its year: 2023年
        (?:当年|本年|全年|上年)?             # 当年预算执行数
        (?:{lexicon.pattern('generic_labels.txt')})$""",
    regex.X,
)
# Stage words that tell one figure of an item from another; a bare 预算 / 预算数 / 决算数 after
# an item is part of the line's name (收入预算, “三公”经费预算数, 全口径支出决算数).
_SPLIT_STAGE = regex.compile(r"(?:年初预算|全年预算|调整后?预算|(?:当年)?预算执行数|预算安排|决算)$")
_SPLIT_CHANGE = regex.compile(
    rf"(?:(?:(?<![可对相占无])比|较|同比|环比|与)[\p{{Han}}“”]{{0,14}}?(?:相比|同期)?)?{CHANGE_VERB}$")
_BARE = frozenset({"", "收入", "支出", "本年", "当年", "全年", "年初"})


def change(tail: str) -> str:
    """The change a clause ends with, base as written: "比2023年度增加", "提高", or ""."""
    m = _CHANGE.search(tail)
    return m.group() if m else ""


def is_change(measure: str) -> bool:
    """Whether a measure is a change or comparison (its amount is no value of the item)."""
    return bool(measure) and _CHANGE.search(measure) is not None


def stage(tail: str) -> str:
    """The stage word a clause ends with, year as written: "2023年当年预算执行数", or ""."""
    m = _STAGE.search(tail)
    return m.group() if m else ""


def split(label: str, tail: str) -> tuple[str, str]:
    """(item, measure) of a label stating both; (label, "") when it states an item only."""
    for pattern, written in ((_SPLIT_CHANGE, change), (_SPLIT_STAGE, stage)):
        m = pattern.search(label)
        if m is None:
            continue
        item = label[:m.start()]
        if len(item) < 2 or item in _BARE:
            return label, ""
        measure = written(tail)
        end = m.group("verb") if "verb" in pattern.groupindex else m.group()
        return item, measure if measure.endswith(end) else m.group()
    return label, ""

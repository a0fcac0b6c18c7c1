"""Consistency checks: each rule on a passing and a failing statement, the seed report's
221.910 vs 221.90 slip and its 94.90 = 44.90 + 50 score sum, and (with ../shared) the
ALTERED 决算 against its original."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.money import find_amounts, find_scores, run_checks

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

SEED = (
    "海珠区科协2022年收入预算金额为221.90万元，其中：财政拨款收入221.90万元，占100%。\n\n"
    "2022年海珠区科协全口径支出决算数为221.90万元，其中：基本支出210.60万元，项目支出11.30万元。"
    "财政拨款支出221.910万元。\n\n"
    "经统计，海珠区科协部门整体绩效自评得分为94.90分，其中管理效能得分44.90分，履职效能得分50分。"
)


def _checks(text: str):
    return run_checks(text, amounts=find_amounts(text), scores=find_scores(text))


def _flags(text: str) -> list[str]:
    return [c.rule for c in _checks(text) if not c.ok]


def test_seed_slip_is_flagged_and_sums_hold() -> None:
    amounts = find_amounts(SEED)
    checks = _checks(SEED)
    flags = [c for c in checks if not c.ok]
    assert [c.rule for c in flags] == ["near_repeat"]
    assert {amounts[i].text for i in flags[0].amounts} == {"221.90万元", "221.910万元"}
    assert (flags[0].expected, flags[0].actual) == ("2219000", "2219100")
    sums = [c for c in checks if c.rule == "sum" and c.ok]
    assert any(c.expected == c.actual == "2219000" and len(c.amounts) == 3 for c in sums)
    (score,) = [c for c in checks if c.rule == "score_sum"]
    assert score.ok and score.expected == score.actual == "94.9" and score.amounts == (0, 1, 2)


def test_check_to_dict() -> None:
    (c,) = [c for c in _checks(SEED) if not c.ok]
    d = c.to_dict()
    assert list(d) == ["rule", "amounts", "expected", "actual", "ok", "message"]
    assert isinstance(d["amounts"], list) and d["ok"] is False


# (text, the rules flagged)
CASES: list[tuple[str, list[str]]] = [
    ("本年支出合计300.00万元，其中：基本支出200.00万元，项目支出100.00万元。", []),
    ("本年支出合计300.00万元，其中：基本支出200.00万元，项目支出90.00万元。", ["sum"]),
    ("投资1000亿元，其中中央预算内投资300亿元。", []),
    ("预算100万元，其中：甲项目60万元，乙项目50万元。", ["sum"]),
    ("政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、"
     "政府采购服务预算30.40万元。", []),
    ("政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、"
     "政府采购服务预算20.40万元。", ["sum"]),
    ("收入预算1,212.12万元，其中：财政拨款收入950.12万元，比2023年预算增加0.46万元；"
     "事业收入262.00万元；其他收入0.00万元。", []),
    ("本年收入合计200.00万元，其中：财政拨款收入150.00万元，占80.00%；其他收入50.00万元，占25.00%。",
     ["share"]),
    ("本年收入合计200.00万元，其中：财政拨款收入150.00万元，占75.00%；其他收入50.00万元，占25.00%。", []),
    ("项目总预算1410.00万，其中支持品牌集聚340.00万，支持示范地标120.00万，支持促消费800.00万，"
     "支持数字化创新70.00万，支持综合服务能力提升80.00万元，合计1410.00万。", []),
    ("项目总预算1170.00万，其中支持规模化发展870.00万，支持创新化发展70.00万，合计1170.00万。", ["sum"]),
    ("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。", []),
    ("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长5.40%。", ["change_rate"]),
    ("收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。", []),
    ("收入支出总计0万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。", ["change_rate"]),
    ("中央预算内投资5955亿元，比上年增加1637亿元，增长37.9%。", []),   # a relative base is checked too
    ("中央预算内投资5955亿元，比上年增加1637亿元，增长30.0%。", ["change_rate"]),
    # GDP grows at constant prices: a nominal change does not give its rate
    ("地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。", []),
    ("年初预算为100.00万元，支出决算为90.00万元。决算数小于预算数的主要原因：调减。", []),
    ("年初预算为100.00万元，支出决算为90.00万元。决算数大于预算数的主要原因：调减。",
     ["budget_vs_actual"]),
    ("年初预算为100.00万元，支出决算为90.00万元。决算数等于预算数。", ["budget_vs_actual"]),
    ("年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平。", []),
    ("支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。", []),
    ("支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的92.00%。", ["share"]),
    ("本年支出合计2940.05万元。一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。", []),
    ("本年支出合计2940.05万元。一般公共预算财政拨款支出2640.05万元，占本年支出合计的100.00%。",
     ["share"]),
    ("收入支出总计0万元。\n本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，其他收入6.2万元。",
     ["part_exceeds_total"]),
    ("基本支出100.00万元。\n其他内容。\n基本支出120.00万元。", ["repeat"]),
    ("基本支出100.00万元。\n其他内容。\n基本支出100.00万元。", []),
    ("国内生产总值从54万亿元增加到82.7万亿元。国内生产总值达到90万亿元。", []),
    ("得分为95分，其中甲指标得分40分，乙指标得分50分。", ["score_sum"]),
    ("得分为90分，其中甲指标得分40分，乙指标得分50分。", []),
    ("全年收取政府信息公开信息处理费 0 元。", []),
]


@pytest.mark.parametrize("text,rules", CASES, ids=[c[0][:28] for c in CASES])
def test_rules(text: str, rules: list[str]) -> None:
    assert _flags(text) == rules


def test_indices_point_into_the_lists_given() -> None:
    text = "本年支出合计300.00万元，其中：基本支出200.00万元，项目支出90.00万元。"
    amounts = find_amounts(text)
    (c,) = run_checks(text, amounts=amounts, scores=[])
    assert [amounts[i].text for i in c.amounts] == ["300.00万元", "200.00万元", "90.00万元"]
    assert c.expected == "3000000" and c.actual == "2900000"


def _normalized(name: str) -> str:
    from pipeline.normalize import normalize
    from pipeline.read import read_document

    _, result = read_document(SHARED / "corpus" / "budgets" / name)
    return normalize(result.text, pages=result.pages or None)


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="../shared is absent")
def test_altered_budget_is_flagged_and_original_only_for_its_own_errors() -> None:
    original = _normalized("2024_部门决算_上海普陀区_财政局.pdf")
    altered = _normalized("ALTERED_2024_部门决算_上海普陀区_财政局_测试问题版本.pdf")
    flags = [c for c in _checks(altered) if not c.ok]
    rules = [c.rule for c in flags]
    # 收入支出总计 0 万元 (was 2995.39): its 1.87% decrease and its parts give it away
    assert "change_rate" in rules and rules.count("part_exceeds_total") >= 1
    # 决算数大于预算数 twice and 等于 once where 决算 < 预算
    claims = [c for c in flags if c.rule == "budget_vs_actual"]
    assert sorted((c.expected, c.actual) for c in claims) == [
        ("15600500", "15118900"), ("622900", "609900"), ("808100", "803800")]
    # the original: only the two errors of the source itself (71.73% for 71.65%, and
    # 财政拨款收入支出总计 0.3万元 where its table says 2,961.68)
    original_flags = [c for c in _checks(original) if not c.ok]
    assert {c.rule for c in original_flags} <= {"share", "part_exceeds_total"}
    assert all(c.actual == "71.73" for c in original_flags if c.rule == "share")
    assert all(c.expected == "3000" for c in original_flags if c.rule == "part_exceeds_total")

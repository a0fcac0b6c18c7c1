"""Property tests: no text makes the amounts stage raise, and every span indexes the text."""
from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.money import find_amounts, find_percentages, find_scores, run_checks
from pipeline.money.figures import _compute

# Characters the stage reacts to, so random texts often hold (broken) figures.
ALPHABET = (
    "0123456789.,，。；：、 \n\t-~—至/%（）()“”"
    "零〇一二两三四五六七八九十百千万亿点壹贰叁佰仟多余几数"
    "元角分钱美欧港人民币日英镑级化"
    "约近超过逾不足以上下内左右含"
    "其中占比增加减少长下降得评总满年度月每人户预算决算合计收入支出基本项目经费（类）（款）（项）"
)
texts = st.text(alphabet=ALPHABET, max_size=120) | st.text(max_size=60)


def _spans_ok(text: str, figures) -> None:
    for f in figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert isinstance(f.value, Decimal)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_internal_scan_never_raises(text: str) -> None:
    amounts, percentages, scores = _compute(text)   # the unguarded core
    _spans_ok(text, amounts)
    _spans_ok(text, percentages)
    _spans_ok(text, scores)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_public_functions_and_checks(text: str) -> None:
    amounts = find_amounts(text)
    scores = find_scores(text)
    _spans_ok(text, amounts)
    _spans_ok(text, find_percentages(text))
    _spans_ok(text, scores)
    from pipeline.money.checks import checks
    for c in checks(text, amounts=amounts, scores=scores):   # the unguarded core
        limit = len(scores) if c.rule == "score_sum" else len(amounts)
        assert all(0 <= i < limit for i in c.amounts)
        Decimal(c.expected), Decimal(c.actual)
    assert isinstance(run_checks(text, amounts=amounts, scores=scores), list)


def test_no_float_anywhere() -> None:
    text = "收入预算221.90万元，其中：财政拨款收入221.90万元，占100%。得分为94.90分，其中甲得分44.90分，乙得分50分。"
    for f in find_amounts(text) + find_percentages(text) + find_scores(text):
        assert not any(isinstance(v, float) for v in f.to_dict().values())


BIG = ["1" * 100000 + "x元", "一" * 100000 + "元", "1," * 50000 + "元", "元" * 100000,
       "得分1分" * 20000, "其中1万元，" * 10000, "增加1万元，增长1%" * 10000, "1" * 100000 + "%"]


@pytest.mark.parametrize("text", BIG, ids=[f"big{i}" for i in range(len(BIG))])
def test_big_adversarial_texts_finish(text: str) -> None:
    start = time.perf_counter()
    amounts = find_amounts(text)
    run_checks(text, amounts=amounts, scores=find_scores(text))
    find_percentages(text)
    assert time.perf_counter() - start < 20

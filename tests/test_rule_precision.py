"""scripts/rule_precision.py: each rule's names judged against a gold, counts by rule."""
from __future__ import annotations

import importlib.util

import pytest

from pipeline.orgs import find_organizations

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("rule_precision", ROOT / "scripts" / "rule_precision.py")
rule_precision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rule_precision)

TEXT = "保定市农业局支持鼎丰食品有限公司扩产，建设涞水县人民医院。"


def _record(text: str) -> dict:
    return {"text": text, "organizations": [{"text": o.text} for o in find_organizations(text)]}


@pytest.mark.parametrize("rule, expected", [
    ("suffix:有限公司+branch", "suffix:有限公司"),
    ("alias:group", "alias:group"),
    ("known+国家", "known"),
])
def test_rule_name_drops_the_joins(rule: str, expected: str) -> None:
    assert rule_precision.rule_name(rule) == expected


@pytest.mark.parametrize("name, verdict", [
    ("保定市农业局", "required"),
    ("鼎丰食品有限公司", "optional"),
    ("涞水县人民医院", "false"),
    ("保定市 农业局", "required"),  # the gold's normalization: spaces do not count
])
def test_judge(name: str, verdict: str) -> None:
    gold = {"organizations": {"required": ["保定市农业局"], "optional": ["鼎丰食品有限公司"]}}
    assert rule_precision.judge(name, gold) == verdict


def test_each_name_counts_once_for_the_rule_that_found_it() -> None:
    gold = {"organizations": {"required": ["保定市农业局"], "optional": ["鼎丰食品有限公司"]}}
    rows = rule_precision.rule_counts(_record(TEXT), gold)
    assert sorted((name, verdict) for _, verdict, name in rows) == [
        ("保定市农业局", "required"), ("涞水县人民医院", "false"), ("鼎丰食品有限公司", "optional")]
    assert {rule for rule, _, _ in rows} == {"suffix:局", "suffix:有限公司", "suffix:医院"}

"""scripts/learned_decision.py: wide trade-name candidates, their context, a cross-validated fit."""
from __future__ import annotations

import importlib.util

import pytest

from pipeline.orgs.words import WordIndex, compute_spans

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("learned_decision", ROOT / "scripts" / "learned_decision.py")
learned = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(learned)

# invented trade names
TEXT = "引进欣铭涂料、祥峰机械等3个项目，河北锐泽网络科技稳健运营。"


def _names(text: str) -> set[str]:
    index = WordIndex(compute_spans(text))
    return {text[s:e] for s, e, _, _ in learned.candidates(text, index)}


@pytest.mark.parametrize("name", ["欣铭涂料", "祥峰机械", "锐泽网络科技", "河北锐泽网络科技"])
def test_runs_before_an_industry_word_are_candidates(name: str) -> None:
    assert name in _names(TEXT)


def test_candidates_never_cross_a_mark() -> None:
    assert not any(mark in name for name in _names(TEXT) for mark in "、，。")


def test_the_context_is_described() -> None:
    gold = {"organizations": {"required": ["欣铭涂料", "祥峰机械"], "optional": ["锐泽网络科技"]}}
    record = {"text": TEXT, "organizations": [{"start": 7, "end": 11}]}  # 祥峰机械 found
    rows = {name: (features, label) for features, label, name, _ in learned.rows_of(record, gold)}
    features, label = rows["欣铭涂料"]
    assert label == 1 and "projects" in features and "neighbour_found" in features
    assert "祥峰机械" not in rows  # overlaps a found name
    assert "锐泽网络科技" not in rows  # optional: neither positive nor negative
    assert rows["河北锐泽网络科技"][1] == 0 and "first=place" in rows["河北锐泽网络科技"][0]


def test_the_fit_separates_what_its_features_separate() -> None:
    rows = [(["bias", "good"], 1, "a", 0)] * 20 + [(["bias", "bad"], 0, "b", 1)] * 20
    vocab = {"bias": 0, "good": 1, "bad": 2}
    w = learned.fit(rows, vocab)
    assert w[1] > 0 > w[2]

"""scripts/agreement.py: two blind annotations scored against each other, counts only."""
from __future__ import annotations

import importlib.util
from collections import Counter

import pytest

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
agreement_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement_script)


def _gold(required: list[str], optional: list[str] = ()) -> tuple[Counter, Counter]:
    return agreement_script.names({"organizations": {"required": required, "optional": list(optional)}})


# (A's required, A's optional, B's required, B's optional, "B against A" tp/fp/fn, "A against B" tp/fp/fn)
CASES = [
    (["甲乙县人民医院", "丙丁集团"], [], ["甲乙县人民医院", "丙丁集团"], [], (2, 0, 0), (2, 0, 0)),
    (["甲乙县人民医院"], ["丙丁集团"], ["甲乙县人民医院", "丙丁集团"], [], (1, 0, 0), (1, 0, 1)),
    (["甲乙县人民医院"], [], ["戊己科技"], [], (0, 1, 1), (0, 1, 1)),
    (["甲乙县人民医院"], [], [], ["甲乙县人民医院"], (0, 0, 1), (0, 0, 0)),
    (["甲乙 县人民医院"], [], ["甲乙县人民医院"], [], (1, 0, 0), (1, 0, 0)),  # compared as score.py does
]


@pytest.mark.parametrize("a_req, a_opt, b_req, b_opt, b_vs_a, a_vs_b", CASES)
def test_each_annotation_scored_against_the_other(a_req, a_opt, b_req, b_opt, b_vs_a, a_vs_b) -> None:
    totals = agreement_script.agreement({"doc": _gold(a_req, a_opt)}, {"doc": _gold(b_req, b_opt)})
    got = {key: (c.tp, c.fp, c.fn) for key, c in totals.items()}
    assert got == {"B against A": b_vs_a, "A against B": a_vs_b}


def test_pipeline_scored_against_each_and_against_what_both_require() -> None:
    a = _gold(["甲乙县人民医院", "丙丁集团"])
    b = _gold(["甲乙县人民医院"], ["丙丁集团"])
    predicted = {"doc": Counter({"甲乙县人民医院", "庚辛中学"})}
    totals = agreement_script.agreement({"doc": a, "other": a}, {"doc": b}, predicted)
    got = {key: (c.tp, c.fp, c.fn) for key, c in totals.items()}
    assert got["pipeline against A"] == (1, 1, 1)
    assert got["pipeline against B"] == (1, 1, 0)
    assert got["pipeline against both"] == (1, 1, 0)  # 丙丁集团 is required by A only: optional

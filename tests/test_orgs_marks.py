"""ASCII clause marks between Chinese words read as full-width ones (pipeline/orgs/marks.py)."""
from __future__ import annotations

import pytest

from pipeline.orgs import find_organizations
from pipeline.orgs.marks import fullwidth_marks

MARKS = [
    ("好,的;是:吗?啊!", "好，的；是：吗？啊！"),
    ("投资1,234万元,增长5%", "投资1,234万元，增长5%"),  # a number's comma stays
    ("10:30召开", "10:30召开"),  # a time's colon stays
    ("2019年,全县", "2019年，全县"),
    ("，。、", "，。、"),  # full-width marks unchanged
    ("", ""),
]


@pytest.mark.parametrize("text, expected", MARKS)
def test_fullwidth_marks(text: str, expected: str) -> None:
    assert fullwidth_marks(text) == expected
    assert len(fullwidth_marks(text)) == len(text)  # offsets unchanged


def test_a_name_after_an_ascii_comma_is_read_as_after_a_clause_mark() -> None:
    wide = "获评全省典型示范，澜普石油荣登全省民营企业制造业综合百强。"
    ascii_ = wide.replace("，", ",")
    assert [o.text for o in find_organizations(ascii_)] == [o.text for o in find_organizations(wide)] == ["澜普石油"]
    (org,) = find_organizations(ascii_)
    assert ascii_[org.start:org.end] == org.text

"""The text as the organization rules read it (pipeline/orgs/marks.py): ASCII clause marks as
full-width ones, a traditional page in simplified characters; one character for one."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.orgs import find_organizations
from pipeline.orgs.marks import fullwidth_marks, rules_text, simplified, traditional
from pipeline.resources import model_path

ROOT = Path(__file__).resolve().parent.parent

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


TRADITIONAL = "近年來，鳳陽縣委、縣政府十分重視民營企業的發展。瀾輝集團投產後，年產值可達10億元。"


def test_a_traditional_page_is_told_from_a_simplified_one() -> None:
    assert traditional(TRADITIONAL)
    assert not traditional(simplified(TRADITIONAL))
    assert not traditional("近年来，凤阳县委、县政府十分重视民营企业的发展。")
    assert simplified("鳳陽縣瀾輝集團") == "凤阳县澜辉集团"
    assert rules_text(TRADITIONAL)[1] and not rules_text(simplified(TRADITIONAL))[1]
    assert len(rules_text(TRADITIONAL)[0]) == len(TRADITIONAL)


def test_names_of_a_traditional_page_are_found_and_given_as_written() -> None:
    names = [o.text for o in find_organizations(TRADITIONAL)]
    assert names == ["鳳陽縣委", "瀾輝集團"]
    assert names == [o.text for o in find_organizations(TRADITIONAL) if TRADITIONAL[o.start:o.end] == o.text]


@pytest.mark.skipif(importlib.util.find_spec("opencc") is None,
                    reason="opencc-python-reimplemented not installed (pip install -e '.[build]')")
def test_the_committed_table_equals_a_fresh_build(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_t2s.py"), str(tmp_path / "t.tsv")], check=True)
    assert (tmp_path / "t.tsv").read_text(encoding="utf-8") == model_path("t2s_chars.tsv").read_text(encoding="utf-8")


def test_the_table_carries_its_source_and_licence() -> None:
    head = model_path("t2s_chars.tsv").read_text(encoding="utf-8")[:300]
    assert "OpenCC" in head and "Apache" in head

"""The brand and industry lists (models/orgs/brands.txt, industries.txt): built from the PyPI
package companynameparser by scripts/build_brands.py, and what the stage takes from them."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.orgs import brands
from pipeline.orgs.brandlist import industries
from pipeline.resources import model_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("companynameparser") is None,
                    reason="companynameparser not installed (pip install -e '.[build]')")
def test_committed_lists_equal_a_fresh_build(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_brands.py"), str(tmp_path)], check=True)
    for name in ("brands.txt", "industries.txt"):
        assert (tmp_path / name).read_text(encoding="utf-8") == model_path(f"orgs/{name}").read_text(encoding="utf-8")


def test_lists_carry_their_source_and_licence() -> None:
    for name in ("brands.txt", "industries.txt"):
        head = model_path(f"orgs/{name}").read_text(encoding="utf-8")[:400]
        assert "companynameparser" in head and "Apache" in head


@pytest.mark.parametrize("word", ["项目", "领域", "企业", "市场", "经济", "机场"])
def test_common_nouns_are_not_industries(word: str) -> None:
    assert word not in industries()


TRADE_NAME_WORDS = [
    # (word, what the stage makes of it)
    ("钧达", "brand"),      # a listed brand the dictionary does not know
    ("澜熠", "unknown"),    # a word nobody knows: may be a trade name
    ("北京", None),         # a place
    ("专精特新", None),     # generic
    ("发展", None),         # a verb
]


@pytest.mark.parametrize("word, kind", TRADE_NAME_WORDS, ids=[w for w, _ in TRADE_NAME_WORDS])
def test_trade_name_kinds(word: str, kind: str | None) -> None:
    assert brands.trade_name(word) == kind


def test_ordinary_words_need_firm_evidence() -> None:
    assert brands.ordinary("银河") and not brands.ordinary("钧达")

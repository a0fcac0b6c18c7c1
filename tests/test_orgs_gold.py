"""The organizations stage on ../shared: gold/dev F1 and the seed document (skipped without it)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from pipeline.orgs import find_organizations

from .conftest import GOLD_DEV, ROOT, SEED, SHARED_CORPUS, needs_shared

pytestmark = [needs_shared, pytest.mark.shared]


@pytest.fixture(scope="module")
def seed_orgs():
    from pipeline.normalize import normalize
    from pipeline.read import read_document

    _, result = read_document(SEED)
    return find_organizations(normalize(result.text, pages=result.pages or None))


@pytest.fixture(scope="module")
def seed_gold() -> dict:
    return json.loads((GOLD_DEV / "000_23e57e887d149bff.json").read_text(encoding="utf-8"))


def test_seed_required_names_whole_and_typed(seed_orgs, seed_gold) -> None:
    found = {o.text: o for o in seed_orgs}
    missing = [n for n in seed_gold["organizations"]["required"] if n not in found]
    assert missing == []
    assert all(o.type != "other" for o in seed_orgs)
    assert "广东咏声文旅产业投资有限公司" in found  # split by a page break in the original


def test_seed_roles_and_alias(seed_orgs) -> None:
    roles = {o.text: o.role for o in seed_orgs if o.role}
    assert roles["广东咏声文旅产业投资有限公司"] == "awardee"
    assert roles["广州市农业科学研究院"] == "awardee"
    assert roles["广州市澳米环保科技有限公司"] == "donor"
    short = [o for o in seed_orgs if o.text == "海珠区科协"]
    assert short and all(o.canonical == "广州市海珠区科学技术协会" for o in short)


def _bench():
    spec = importlib.util.spec_from_file_location("bench_orgs", ROOT / "scripts" / "bench_orgs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_dev_f1() -> None:
    from pipeline.segment import default_segmenter

    bench = _bench()
    docs = bench.load(GOLD_DEV, SHARED_CORPUS)
    assert len(docs) == len(list(GOLD_DEV.glob("*.json")))
    seg = default_segmenter()
    result = bench.score(docs, lambda t, w: {o.text for o in find_organizations(t, words=w)},
                   [seg.spans(text) for text, _, _ in docs])
    assert result["f1"] >= 0.96, result

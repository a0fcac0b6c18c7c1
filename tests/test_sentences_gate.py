"""The organizations stage on the invented sentence sets of tests/heldout/sentences stays above the
floors in tests/floors.json ("sentences"); the sets need nothing from ../shared."""
from __future__ import annotations

import json

import pytest

from pipeline.evaluate import score_sentences

from .conftest import ROOT

FOLDER = ROOT / "tests" / "heldout" / "sentences"
FLOORS = {k: v for k, v in json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))["sentences"].items()
          if not k.startswith("_")}


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (FOLDER / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_sentence_set_floor(name: str) -> None:
    rows = _rows(name)
    assert len(rows) == 150 and all(n in row["text"] for row in rows for n in row["required"] + row["optional"])
    assert score_sentences(rows)["f1"] >= FLOORS[name]


def test_sentence_scores_count_each_way() -> None:
    rows = [{"text": "。宏远电缆获评国家级专精特新企业，全县企业发展良好。", "required": ["宏远电缆"], "optional": []},
            {"text": "，保定市第一中学、保定市第二医院建成。", "required": ["保定市第一中学"], "optional": []},
            {"text": "，加快建设区域物流中心。", "required": ["某某集团"], "optional": []}]
    scores = score_sentences(rows)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (2, 1, 1)

"""The amounts stage against the gold of ../shared/gold/dev, with the project's scorer:
amounts F1 ≥ 0.99 and amount labels ≥ 0.97 (skipped when ../shared is absent)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.money import find_amounts

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "dev"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _text(doc: str) -> str:
    from pipeline.normalize import normalize
    from pipeline.read import read_document

    path = next((SHARED / "corpus").rglob(doc))
    _, result = read_document(path)
    return normalize(result.text, pages=result.pages or None)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not GOLD.exists(), reason="../shared is absent")
def test_gold_dev_amounts(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for gold_file in sorted(GOLD.glob("*.json")):
            doc = json.loads(gold_file.read_text(encoding="utf-8"))["doc"]
            amounts = [a.to_dict() for a in find_amounts(_text(doc))]
            fh.write(json.dumps({"source": doc, "amounts": amounts}, ensure_ascii=False) + "\n")
    result = _scorer().score(pred, GOLD)
    assert result["amounts"]["f1"] >= 0.99, result["amounts"]
    assert result["amount_labels"] >= 0.97, result["amount_labels"]

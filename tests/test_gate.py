"""The evaluation gate: the pipeline's scores on ../shared/gold/dev stay above the floors in
``tests/floors.json``, and ``pipeline.evaluate`` scores exactly as ``../shared/eval/score.py``."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import gold_documents, score_records

from .conftest import GOLD_DEV, ROOT, SHARED, needs_shared

pytestmark = needs_shared
FLOORS = json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory) -> Path:
    files = gold_documents(GOLD_DEV, [SHARED / "corpus"])
    assert len(files) == len(list(GOLD_DEV.glob("*.json")))
    out = tmp_path_factory.mktemp("gate") / "dev.jsonl"
    subprocess.run([sys.executable, "-m", "pipeline", "run", *map(str, files), "-o", str(out), "-j", "2"],
                   cwd=ROOT, check=True, capture_output=True, timeout=900)
    return out


@pytest.fixture(scope="module")
def shared_scores(dev_run: Path) -> dict:
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(dev_run), str(GOLD_DEV), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_our_scorer_agrees_with_the_shared_one(dev_run: Path, shared_scores: dict) -> None:
    records = [json.loads(line) for line in dev_run.read_text(encoding="utf-8").splitlines()]
    ours = score_records(records, GOLD_DEV)
    for key in ("headings", "headings_text", "organizations", "amounts", "amount_labels", "meta",
                "missing_documents"):
        assert ours[key] == shared_scores[key], key


@pytest.mark.parametrize("metric", ["headings_f1", "organizations_f1", "amounts_f1", "amount_labels", "meta"])
def test_floor(shared_scores: dict, metric: str) -> None:
    key, _, part = metric.partition("_f1")
    value = shared_scores[key]["f1"] if metric.endswith("_f1") else shared_scores[metric]
    assert value >= FLOORS[metric], f"{metric} {value:.4f} < floor {FLOORS[metric]}"


def test_evaluate_command_on_one_gold_document(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD_DEV / "000_23e57e887d149bff.json", gold)
    result = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", str(gold), str(SHARED / "corpus"), "--json"],
                            cwd=ROOT, capture_output=True, text=True, check=True, timeout=300)
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1 and scores["missing_documents"] == []
    assert scores["amounts"]["tp"] > 0

"""The evaluation gate: the pipeline's scores on ../shared/gold/dev and on the held-out sets of
``tests/heldout`` stay above the floors in ``tests/floors.json``, and ``pipeline.evaluate`` scores
exactly as ``../shared/eval/score.py``."""
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
SETS = {name: (GOLD_DEV if name == "dev" else ROOT / "tests" / "heldout" / name) for name in FLOORS["sets"]}
METRICS = ("headings_f1", "organizations_f1", "amounts_f1", "amount_labels", "meta")


@pytest.fixture(scope="module")
def gate_run(tmp_path_factory) -> Path:
    """One run over the documents of every gated set."""
    files = sorted({f for folder in SETS.values() for f in gold_documents(folder, [SHARED / "corpus"])})
    assert len(files) >= sum(len(list(folder.glob("*.json"))) for folder in SETS.values()) - 5  # sets share few
    out = tmp_path_factory.mktemp("gate") / "gate.jsonl"
    subprocess.run([sys.executable, "-m", "pipeline", "run", *map(str, files), "-o", str(out), "-j", "2"],
                   cwd=ROOT, check=True, capture_output=True, timeout=900)
    return out


def _shared_score(run: Path, folder: Path) -> dict:
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(run), str(folder), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def dev_run(gate_run: Path) -> Path:
    return gate_run


@pytest.fixture(scope="module")
def shared_scores(gate_run: Path) -> dict:
    return _shared_score(gate_run, GOLD_DEV)


def test_our_scorer_agrees_with_the_shared_one(dev_run: Path, shared_scores: dict) -> None:
    records = [json.loads(line) for line in dev_run.read_text(encoding="utf-8").splitlines()]
    ours = score_records(records, GOLD_DEV)
    for key in ("headings", "headings_text", "organizations", "amounts", "amount_labels", "meta",
                "missing_documents"):
        assert ours[key] == shared_scores[key], key


@pytest.mark.parametrize("name", list(FLOORS["sets"]))
def test_floors(gate_run: Path, name: str) -> None:
    scores = _shared_score(gate_run, SETS[name])
    assert not scores["missing_documents"]
    low = []
    for metric in METRICS:
        key = metric.removesuffix("_f1")
        value = scores[key]["f1"] if metric.endswith("_f1") else scores[metric]
        if value < FLOORS["sets"][name][metric]:
            low.append(f"{metric} {value:.4f} < floor {FLOORS['sets'][name][metric]}")
    assert not low, f"{name}: " + "; ".join(low)


def test_evaluate_command_on_one_gold_document(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD_DEV / "000_23e57e887d149bff.json", gold)
    result = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", str(gold), str(SHARED / "corpus"), "--json"],
                            cwd=ROOT, capture_output=True, text=True, check=True, timeout=300)
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1 and scores["missing_documents"] == []
    assert scores["amounts"]["tp"] > 0

"""The local-news sets (tests/heldout/news): real county and city news pages about companies and
public bodies, annotated blind for organizations. The texts are third-party and not committed, so
the gate runs where they are: set GOVREPORT_NEWS_PAGES to the folder holding them (one subfolder
per set, the files named in tests/heldout/news/sources.tsv); without it the test skips."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import score_records

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "tests" / "heldout" / "news"
PAGES = Path(os.environ.get("GOVREPORT_NEWS_PAGES", "/nonexistent"))
FLOORS = json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))["news"]


@pytest.mark.skipif(not PAGES.is_dir(), reason="GOVREPORT_NEWS_PAGES does not name the folder of saved pages")
@pytest.mark.parametrize("name", sorted(k for k in FLOORS if not k.startswith("_")))
def test_news_sets_pass_their_floors(name: str, tmp_path: Path) -> None:
    sources = [line.split("\t") for line in (NEWS / "sources.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    files = [PAGES / name / f for s, f, _ in sources if s == name]
    assert files and all(f.exists() for f in files), "some pages of sources.tsv are missing"
    out = tmp_path / "run.jsonl"
    subprocess.run([sys.executable, "-m", "pipeline", "run", *map(str, files), "-o", str(out), "-j", "2",
                    "--no-progress"], cwd=ROOT, check=True, capture_output=True, timeout=600)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    result = score_records(records, NEWS / name)
    assert not result["missing_documents"]
    assert result["organizations"]["f1"] >= FLOORS[name], result["organizations"]

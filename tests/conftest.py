from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"
GOLD_DEV = SHARED / "gold" / "dev"
SEED = SHARED_CORPUS / "performance" / "000_23e57e887d149bff.txt"

needs_shared = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is absent")


@pytest.fixture(scope="session")
def nlp():
    from pipeline import load

    return load()

"""Where the data files of ``models/`` are: beside the package in a checkout or editable
install, or wherever ``GOVREPORT_MODELS`` points."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import regex


def models_dir() -> Path:
    env = os.environ.get("GOVREPORT_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "models"


def model_path(name: str) -> Path:
    return models_dir() / name


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a ``models/`` text file (a lexicon: one entry a line)."""
    path = model_path(name)
    if not path.exists():
        raise FileNotFoundError(f"[E001] models/{name} is missing (GOVREPORT_MODELS={models_dir()})")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal words, longest first (so 有限责任公司 wins over 公司)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))

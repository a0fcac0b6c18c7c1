"""Roles, where the sentence says them (filled in later)."""
from __future__ import annotations

from .candidates import Candidate


def assign(text: str, cands: list[Candidate]) -> dict[tuple[int, int], str]:
    return {}

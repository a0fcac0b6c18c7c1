"""Consistency checks (placeholder)."""
from __future__ import annotations

from collections.abc import Sequence

from .records import Amount, Check, Score


def checks(text: str, *, amounts: Sequence[Amount], scores: Sequence[Score]) -> list[Check]:
    return []

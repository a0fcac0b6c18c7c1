"""The amounts stage: monetary figures, percentages, scores and their consistency checks.

Pure functions over plain text (offsets index the given text; ``text[a.start:a.end] ==
a.text``); values are ``Decimal``; no function raises on any input.
"""
from __future__ import annotations

from collections.abc import Sequence

from .records import Amount, Check, Percentage, Score

__all__ = ["Amount", "Check", "Percentage", "Score", "find_amounts", "find_percentages",
           "find_scores", "run_checks"]


def find_amounts(text: str) -> list[Amount]:
    """The monetary amounts of the running text, in order, with label and item."""
    try:
        return list(figures(text)[0])
    except Exception:  # never raise on any input
        return []


def find_percentages(text: str) -> list[Percentage]:
    """The percentages and percentage-point figures of the text, in order."""
    try:
        return list(figures(text)[1])
    except Exception:
        return []


def find_scores(text: str) -> list[Score]:
    """The scores in points ("得分94.90分") of the text, in order."""
    try:
        return list(figures(text)[2])
    except Exception:
        return []


def run_checks(text: str, *, amounts: Sequence[Amount], scores: Sequence[Score]) -> list[Check]:
    """Consistency checks of the figures (sums, shares, rates, repeats); ``ok`` False flags."""
    try:
        return checks(text, amounts=amounts, scores=scores)
    except Exception:
        return []


from .checks import checks  # noqa: E402
from .figures import figures  # noqa: E402

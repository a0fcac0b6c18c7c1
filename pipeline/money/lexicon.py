"""The word lists of the amounts stage, read once from ``models/money/``."""
from __future__ import annotations

from functools import lru_cache

from ..resources import alternation, model_path, read_lines


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in read_lines(f"money/{name}")]


@lru_cache(maxsize=None)
def currencies() -> dict[str, tuple[str, str]]:
    """Currency word → (ISO code, the name put into a foreign amount's label)."""
    return {r[0]: (r[1], r[2]) for r in _rows("currencies.tsv")}


@lru_cache(maxsize=None)
def qualifiers(where: str) -> dict[str, str]:
    """Qualifier words written ``where`` ("pre", "post", "inner") → canonical qualifier."""
    return {r[0]: r[1] for r in _rows("qualifiers.tsv") if r[2] == where}


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """A one-word-a-line list of ``models/money/``."""
    return read_lines(f"money/{name}")


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A TSV of ``models/money/`` as tuples of fields."""
    return tuple(tuple(r) for r in _rows(name))


def pattern(name: str) -> str:
    """A regex alternation of the words of a list, longest first."""
    return alternation(words(name))


def exists(name: str) -> bool:
    return model_path(f"money/{name}").exists()

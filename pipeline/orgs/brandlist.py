"""The brand and industry word lists of the organizations stage (models/orgs/brands.txt,
industries.txt, built by scripts/build_brands.py from the PyPI package companynameparser,
Apache-2.0; industries_extra.txt and not_industries.txt are the project's own), loaded once."""
from __future__ import annotations

from functools import lru_cache

from ..resources import model_path
from . import lexicon


def _load(name: str) -> frozenset[str]:
    path = model_path(f"orgs/{name}")
    if not path.exists():
        raise FileNotFoundError(f"[E001] models/orgs/{name} is missing")
    with path.open(encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh if line[:1] not in ("#", "\n", ""))


@lru_cache(maxsize=None)
def brands() -> frozenset[str]:
    return _load("brands.txt")


@lru_cache(maxsize=None)
def industries() -> frozenset[str]:
    """Industry words (built list and the project's additions) less common nouns, places and
    generic words."""
    return frozenset(w for w in _industry_words() if not lexicon.is_kind(w))


@lru_cache(maxsize=1)
def kind_industries() -> frozenset[str]:
    """Industry words that are also kinds (科技, 农业, 医疗): they close a company's name
    (宏腾科技) only where the text says it is a company."""
    return frozenset(w for w in _industry_words() if lexicon.is_kind(w))


def is_industry(word: str) -> bool:
    """An industry word, a kind's too (电子, 制药, 科技): what a company does, not its name."""
    return word in industries() or word in kind_industries()


def _industry_words() -> frozenset[str]:
    words = _load("industries.txt") | _load("industries_extra.txt")
    drop = _load("not_industries.txt")
    return frozenset(w for w in words if w not in drop and w not in lexicon.places())


__all__ = ["brands", "industries", "is_industry", "kind_industries"]

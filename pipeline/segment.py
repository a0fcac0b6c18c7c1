"""Stage 3, segment: words with character offsets, from an owned jieba-compatible segmenter.

The segmenter is an instance, never jieba's module-global state: ``rjieba.Jieba`` (jieba's
algorithm and dictionary in Rust, ~20x faster) when installed, else ``jieba.Tokenizer``. Both
load the project's user dictionary from ``models/userdict.txt`` (jieba's format: word, optional
frequency, optional tag).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .resources import model_path

Span = tuple[int, int]


def _dictionary_entries(path: Path) -> Iterable[tuple[str, int | None, str | None]]:
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        yield parts[0], freq, tag


class Segmenter:
    """Words of a text as (start, end) character spans; spans tile the text without gaps."""

    def __init__(self, *, backend: str = "auto", userdict: Path | None = None) -> None:
        self.userdict = userdict if userdict is not None else model_path("userdict.txt")
        self.backend = backend
        if backend in ("auto", "rjieba"):
            try:
                import rjieba

                self._impl = rjieba.Jieba()
                for word, freq, tag in _dictionary_entries(self.userdict):
                    self._impl.add_word(word, freq, tag)
                self.backend = "rjieba"
                return
            except ImportError:
                if backend == "rjieba":
                    raise
        import jieba

        self._impl = jieba.Tokenizer()
        self._impl.initialize()
        for word, freq, tag in _dictionary_entries(self.userdict):
            self._impl.add_word(word, freq, tag)
        self.backend = "jieba"

    def spans(self, text: str) -> list[Span]:
        return [(start, end) for _, start, end in self._impl.tokenize(text)]  # (both backends)

    def tokens(self, text: str) -> tuple[list[Span], list[str]]:
        """Spans and their words in one pass (the segmenter made the word strings already)."""
        tokens = list(self._impl.tokenize(text))
        return [(start, end) for _, start, end in tokens], [word for word, _, _ in tokens]

    def words(self, text: str) -> list[str]:
        return self.tokens(text)[1]


def default_segmenter(backend: str = "auto") -> Segmenter:
    """One shared segmenter per process and backend (loading the dictionary takes ~1 s)."""
    return _shared_segmenter(backend)  # one cache key however it is called


@lru_cache(maxsize=4)
def _shared_segmenter(backend: str) -> Segmenter:
    return Segmenter(backend=backend)


def dictionary():
    """The segmenter's own rjieba instance (jieba's dictionary and the user dictionary), for
    look-ups of words and their tags; None with the jieba fallback or when it cannot load."""
    try:
        segmenter = default_segmenter()
    except Exception:  # noqa: BLE001 - no dictionary: every word is unknown
        return None
    return segmenter._impl if segmenter.backend == "rjieba" else None


@lru_cache(maxsize=65536)
def is_known_word(word: str) -> bool:
    """Does the dictionary know ``word``?"""
    dic = dictionary()
    return dic is not None and bool(dic.has_word(word))


@lru_cache(maxsize=65536)
def word_tag(word: str) -> str:
    """The dictionary's part-of-speech tag of a known word ("" for an unknown or ambiguous one)."""
    dic = dictionary()
    if dic is None or not dic.has_word(word):
        return ""
    tags = dic.tag(word)
    return tags[0][1] if len(tags) == 1 else ""

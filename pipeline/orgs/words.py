"""Word boundaries and word kinds for the organizations stage (is_known_word and word_tag are
the segmenter's, re-exported).

Boundaries come from the project's segmenter (spans given by the caller, or computed here).
A word is *proper* when the segmenter's dictionary does not know it (a trade name such as 澳米 or
咏声) or knows it as a name (ns/nr/nz/nt tags: 五凤, 黄埔, 北方工业大学)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ..segment import default_segmenter, dictionary, is_known_word, word_tag

Span = tuple[int, int]

_PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "nrt", "nrfg", "nw"})


class WordIndex:
    """Word spans of one text, sorted and tiling it, with boundary look-ups in O(log n)."""

    __slots__ = ("spans", "_starts", "_texts")

    def __init__(self, spans: Sequence[Span], texts: Sequence[str] | None = None) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]  # bisect on ints, not on tuples
        self._texts = texts if texts is not None and len(texts) == len(spans) else None

    def texts(self, text: str) -> Sequence[str]:
        """The words' strings: the segmenter's when it gave them, else sliced from text once."""
        if self._texts is None:
            self._texts = [text[s:e] for s, e in self.spans]
        return self._texts

    def is_boundary(self, pos: int) -> bool:
        starts = self._starts
        if not starts:
            return True
        i = bisect_left(starts, pos)
        if i < len(starts) and starts[i] == pos:
            return True
        return i == len(starts) and pos >= self.spans[-1][1]

    def words(self, lo: int, hi: int) -> list[Span]:
        """Words overlapping [lo, hi), clipped to it, left to right."""
        if lo >= hi:
            return []
        if not self.spans:
            return [(i, i + 1) for i in range(lo, hi)]
        i = max(0, bisect_right(self._starts, lo) - 1)
        j = bisect_left(self._starts, hi, i)
        return [(max(s, lo), min(e, hi)) for s, e in self.spans[i:j] if e > lo]


def compute_spans(text: str) -> list[Span]:
    """Word spans from the project's segmenter; one span per character if it cannot be loaded."""
    try:
        return default_segmenter().spans(text)
    except Exception:  # noqa: BLE001 - a missing segmenter must not make the stage raise
        return [(i, i + 1) for i in range(len(text))]


@lru_cache(maxsize=65536)
def is_proper(word: str) -> bool:
    """Unknown to the dictionary, or known as a proper noun."""
    if dictionary() is None or len(word) < 2:
        return False
    return not is_known_word(word) or word_tag(word) in _PROPER_TAGS

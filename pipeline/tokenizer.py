"""The spaCy tokenizer of govreport: ``spacy.blank("zh")`` with an owned jieba-compatible
segmenter (``pipeline.segment.Segmenter``) instead of jieba's global state."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab

from .segment import Segmenter, default_segmenter


class GovTokenizer:
    """Text -> Doc with words from the segmenter; whitespace becomes token spacing as in
    spaCy's own Chinese tokenizer."""

    def __init__(self, vocab: Vocab, *, backend: str = "auto") -> None:
        self.vocab = vocab
        self.backend = backend
        self.segmenter: Segmenter = default_segmenter(backend)

    def __call__(self, text: str) -> Doc:
        words = [text[s:e] for s, e in self.segmenter.spans(text)]
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def from_words(self, text: str, spans: list[tuple[int, int]] | list[list[int]]) -> Doc:
        """A Doc from word spans computed before (a record's ``tokens``): no second segmentation."""
        words, spaces = get_words_and_spaces([text[s:e] for s, e in spans], text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def __reduce__(self) -> tuple[Any, ...]:  # picklable for nlp.pipe(n_process=N)
        return (_rebuild, (self.vocab, self.backend))

    # spaCy serializes tokenizers with the pipeline; ours has no state beyond its config.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "GovTokenizer":
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> "GovTokenizer":
        return self


def _rebuild(vocab: Vocab, backend: str) -> GovTokenizer:
    return GovTokenizer(vocab, backend=backend)


@registry.tokenizers("govreport.Tokenizer.v1")
def create_tokenizer(backend: str = "auto"):
    def make(nlp) -> GovTokenizer:
        return GovTokenizer(nlp.vocab, backend=backend)

    return make

"""The spaCy tokenizer of govreport: ``spacy.blank("zh")`` with an owned jieba-compatible
segmenter (``pipeline.segment.Segmenter``) instead of jieba's global state."""
from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from typing import Any

from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_NUM
from spacy.lang.lex_attrs import is_punct
from spacy.lang.zh.lex_attrs import like_num
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .segment import Segmenter, default_segmenter


#: Where a Doc keeps its text once built (``pipeline.components.doc_text`` reads it).
TEXT_KEY = "govreport.text"
#: Where a Doc keeps the segmenter's word spans (``pipeline.components.word_spans`` reads them).
WORDS_KEY = "govreport.words"
#: Where a Doc keeps those words' strings, when the segmenter gave them (the organizations
#: component passes them on, so that no stage slices every word again).
WORD_TEXTS_KEY = "govreport.word_texts"


#: The lexical attributes a new word's lexeme gets. spaCy computes 23 for every word never seen
#: before (norm, shape, prefix, is_stop...), a tenth of the whole pipeline's time on a batch of
#: reports; govreport's components read none of them, users may want these three.
LEXEME_ATTRS = {IS_SPACE: str.isspace, IS_PUNCT: is_punct, LIKE_NUM: like_num}


def words_and_spaces(text: str, spans: Sequence[Sequence[int]], words: list[str] | None = None
                     ) -> tuple[list[str], list[bool]]:
    """spaCy's words and trailing-space flags from word spans that tile ``text`` (and their words,
    when the segmenter gave them): a single space after a word becomes that word's trailing
    space, any other whitespace stays a token. (``spacy.util.get_words_and_spaces`` does the
    same by searching the text, 15x slower.)"""
    if words is None or "" in words:
        words = [text[start:end] for start, end in spans if start < end]
    flags = [False] * len(words)
    if " " not in words:  # most reports: nothing to fold
        return words, flags
    folded: list[str] = []
    spaces: list[bool] = []
    kept = 0  # words[kept:] are not copied yet
    for i in compress(count(), map(" ".__eq__, words)):  # only the single spaces, found in C
        if i > kept and not words[i - 1].isspace():  # after a word not already followed by one
            folded += words[kept:i]
            spaces += flags[kept:i]
            spaces[-1] = True
            kept = i + 1
    folded += words[kept:]
    spaces += flags[kept:]
    return folded, spaces


class GovTokenizer:
    """Text -> Doc with words from the segmenter; whitespace becomes token spacing as in
    spaCy's own Chinese tokenizer."""

    def __init__(self, vocab: Vocab, *, backend: str = "auto") -> None:
        self.vocab = vocab
        self.backend = backend
        self.segmenter: Segmenter = default_segmenter(backend)

    def __call__(self, text: str) -> Doc:
        return self.from_words(text, *self.segmenter.tokens(text))

    def from_words(self, text: str, spans: Sequence[Sequence[int]], words: list[str] | None = None) -> Doc:
        """A Doc from word spans that tile ``text`` (a record's ``tokens``, or the segmenter's
        spans and words)."""
        folded, spaces = words_and_spaces(text, spans, words)
        doc = Doc(self.vocab, words=folded, spaces=spaces)
        doc.user_data[TEXT_KEY] = text  # spaCy would join every token's text at each doc.text
        doc.user_data[WORDS_KEY] = spans  # the word spans as segmented, spaces included
        if words is not None:
            doc.user_data[WORD_TEXTS_KEY] = words  # their strings, for the stages that read words
        return doc

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
        nlp.vocab.lex_attr_getters = LEXEME_ATTRS  # the tokenizer is what makes the lexemes
        return GovTokenizer(nlp.vocab, backend=backend)

    return make

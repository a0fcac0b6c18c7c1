"""A spaCy ``Doc`` and a record, both ways, without segmenting twice."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .components import SPAN_LABELS, doc_text, set_span_groups, word_spans
from .record import new_record, ordered

_LISTS = ("sections", "organizations", "amounts", "percentages", "scores", "tables", "checks", "errors")


def doc_to_record(doc: Doc, *, tokens: bool = False) -> dict[str, Any]:
    """The record of a processed Doc (keys in the contract's order). ``tokens=True`` adds the
    word spans (``tokens``: ``[[start, end], ...]``) so that ``record_to_doc`` can rebuild the
    very same Doc without segmenting again."""
    record = new_record(id=doc._.doc_id or "", source=doc._.source or "", format=doc._.format,
                        text=doc_text(doc))
    record["title"] = doc._.title
    if doc._.meta:
        record["meta"].update(doc._.meta)
    for key in _LISTS:
        record[key] = list(getattr(doc._, key) or [])
    if tokens:
        record["tokens"] = [list(span) for span in word_spans(doc)]
    return ordered(record)


def make_doc(nlp: Language, text: str, *, tokens: list | None = None) -> Doc:
    """A Doc of ``text``: from given word spans when there are any, else segmented."""
    if tokens:
        return nlp.tokenizer.from_words(text, tokens)
    return nlp.make_doc(text)


def record_to_doc(nlp: Language, record: Mapping[str, Any]) -> Doc:
    """A Doc carrying a record's results (``tokens``, when the record has them, spare the
    segmentation); span groups are rebuilt from the record's offsets."""
    doc = make_doc(nlp, record.get("text") or "", tokens=record.get("tokens"))
    doc._.doc_id = record.get("id")
    doc._.source = record.get("source")
    doc._.format = record.get("format")
    doc._.title = record.get("title")
    doc._.meta = dict(record.get("meta") or {})
    doc._.page = dict(record.get("page") or {})  # an intermediate key of the stages (stage read)
    for key in _LISTS:
        setattr(doc._, key, [dict(x) for x in record.get(key) or []])
    set_span_groups(doc, *SPAN_LABELS)
    return doc

"""spaCy components: thin adapters from a ``Doc`` to the pure stage functions.

Each component reads ``doc.text``, calls its stage, and stores plain record data on the Doc:

=================  ==========================================================
``doc._.sections``       list of section dicts (the record's ``sections``)
``doc._.organizations``  organization dicts, each with its ``section`` index
``doc._.amounts``        amount dicts (value: decimal string), ``section`` index
``doc._.percentages``    percentage dicts; ``doc._.scores`` score dicts
``doc._.checks``         consistency checks over amounts and scores
``doc._.meta``, ``doc._.title``  metadata
``doc._.errors``         ``{stage, code, message}`` of stages that failed
``doc._.page``           what a web page said of itself (title, date, site_code), read by metadata
=================  ==========================================================

and the same spans as ``doc.spans["sections" | "organizations" | "amounts" | "percentages" |
"scores"]`` (labels: level, type, item/label, unit), with the dict on ``span._.data``. The dicts
are authoritative: their offsets are exact characters, while a spaCy span is widened to whole
tokens. A stage that raises leaves its keys empty and an ``E301`` error; the document goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .errors import DocError, Errors
from .record import with_sections
from .tokenizer import TEXT_KEY, WORD_TEXTS_KEY, WORDS_KEY

_DOC_EXTENSIONS = ("sections", "organizations", "amounts", "percentages", "scores", "tables", "checks",
                   "meta", "title", "errors", "doc_id", "source", "format", "page")


def _ensure_extensions() -> None:
    """Register the extensions once; never overwrite someone else's."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)  # lists are made per Doc, never shared
    if not Span.has_extension("data"):
        Span.set_extension("data", default=None)


_ensure_extensions()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text at each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _get_list(doc: Doc, name: str) -> list:
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


@contextmanager
def stage_guard(doc: Doc, stage: str) -> Iterator[None]:
    """Turn an exception of a stage into a coded error on the document."""
    try:
        yield
    except Exception as exc:  # a stage bug must not cost the batch
        _get_list(doc, "errors").append(
            DocError.make(stage, Errors.E301, stage=stage, detail=f"{type(exc).__name__}: {exc}").to_dict())


def attach_sections(doc: Doc, items: list[dict]) -> list[dict]:
    return with_sections(doc._.sections or [], items)


def word_spans(doc: Doc) -> list[tuple[int, int]]:
    """The segmenter's word spans back from a Doc: tokens, and the spaces spaCy folded into
    ``whitespace_``, so that the spans tile the text again."""
    kept = doc.user_data.get(WORDS_KEY)
    if kept is not None:
        return [tuple(span) for span in kept] if kept and not isinstance(kept[0], tuple) else kept
    spans = []
    for token in doc:
        end = token.idx + len(token.text)
        spans.append((token.idx, end))
        if token.whitespace_:
            spans.append((end, end + 1))
    return spans


#: The label of each span group's spans, from the record entry the span carries.
SPAN_LABELS: dict[str, Callable[[dict], Any]] = {
    "sections": lambda s: f"H{s['level']}",
    "organizations": lambda o: o.get("type"),
    "amounts": lambda a: a.get("item") or a.get("label"),
    "percentages": lambda p: p.get("unit"),
    "scores": lambda s: s.get("label"),
}


def set_span_groups(doc: Doc, *names: str) -> None:
    """``doc.spans[name]`` from the record entries on ``doc._.<name>`` (widened to whole
    tokens), each span carrying its entry on ``span._.data``."""
    for name in names:
        spans = []
        for item in _get_list(doc, name):
            span = doc.char_span(item["start"], item["end"], label=str(SPAN_LABELS[name](item) or ""),
                                 alignment_mode="expand")
            if span is not None:
                span._.data = item
                spans.append(span)
        doc.spans[name] = spans


class SectionsComponent:
    def __call__(self, doc: Doc) -> Doc:
        with stage_guard(doc, "sections"):
            from .sections import find_sections

            doc._.sections = [s.to_dict() for s in find_sections(doc_text(doc))]
        set_span_groups(doc, "sections")
        return doc


class OrganizationsComponent:
    def __call__(self, doc: Doc) -> Doc:
        with stage_guard(doc, "organizations"):
            from .orgs import find_organizations

            words = word_spans(doc)
            found = [o.to_dict() for o in find_organizations(doc_text(doc), words=words,
                                                             word_texts=doc.user_data.get(WORD_TEXTS_KEY))]
            doc._.organizations = attach_sections(doc, found)
        set_span_groups(doc, "organizations")
        return doc


class AmountsComponent:
    def __call__(self, doc: Doc) -> Doc:
        with stage_guard(doc, "amounts"):
            from . import money

            text = doc_text(doc)
            amounts = money.find_amounts(text)
            percentages = money.find_percentages(text)
            scores = money.find_scores(text)
            doc._.amounts = attach_sections(doc, [a.to_dict() for a in amounts])
            doc._.percentages = attach_sections(doc, [p.to_dict() for p in percentages])
            doc._.scores = attach_sections(doc, [s.to_dict() for s in scores])
            doc._.checks = [c.to_dict() for c in money.run_checks(text, amounts=amounts, scores=scores)]
        set_span_groups(doc, "amounts", "percentages", "scores")
        return doc


class MetadataComponent:
    def __call__(self, doc: Doc) -> Doc:
        with stage_guard(doc, "metadata"):
            from .meta import extract_meta

            meta = extract_meta(doc_text(doc), source=doc._.source, page=doc._.page)
            doc._.title = meta.title
            doc._.meta = meta.to_dict()
        return doc


class TimingComponent:
    """Each amount's and percentage's year (or period) and status (``pipeline.money.timing``)."""

    def __call__(self, doc: Doc) -> Doc:
        with stage_guard(doc, "timing"):
            from .money.timing import Context, figure_time

            meta = doc._.meta or {}
            sections = [(s["start"], s["content_end"], s["title"]) for s in doc._.sections or []]
            ctx = Context(year=meta.get("year"), report_type=meta.get("report_type"), sections=sections)
            text = doc_text(doc)
            for item in _get_list(doc, "amounts") + _get_list(doc, "percentages"):
                stated = (item.get("label") or "") + (item.get("measure") or "")
                item.update(figure_time(text, item["start"], stated, ctx, end=item["end"]).to_dict())
        return doc


@Language.factory("govreport_sections_v1", assigns=["doc._.sections", "doc.spans"])
def make_sections(nlp: Language, name: str) -> SectionsComponent:
    return SectionsComponent()


@Language.factory("govreport_organizations_v1", assigns=["doc._.organizations", "doc.spans"],
                  requires=["doc._.sections"])
def make_organizations(nlp: Language, name: str) -> OrganizationsComponent:
    return OrganizationsComponent()


@Language.factory("govreport_amounts_v1",
                  assigns=["doc._.amounts", "doc._.percentages", "doc._.scores", "doc._.checks", "doc.spans"],
                  requires=["doc._.sections"])
def make_amounts(nlp: Language, name: str) -> AmountsComponent:
    return AmountsComponent()


@Language.factory("govreport_metadata_v1", assigns=["doc._.meta", "doc._.title"])
def make_metadata(nlp: Language, name: str) -> MetadataComponent:
    return MetadataComponent()


@Language.factory("govreport_timing_v1", assigns=["doc._.amounts", "doc._.percentages"],
                  requires=["doc._.meta", "doc._.sections", "doc._.amounts"])
def make_timing(nlp: Language, name: str) -> TimingComponent:
    return TimingComponent()


class TablesComponent:
    """The statistical tables of a PDF, DOCX or HTML document (read from the bytes the reader
    kept, or from the file the record names), located in the text, and their checks."""

    def __call__(self, doc: Doc) -> Doc:
        from .tables.source import RAW_KEY, raw_of_source

        read = RAW_KEY in doc.user_data
        raw = doc.user_data.pop(RAW_KEY, None)
        with stage_guard(doc, "tables"):
            from . import tables

            if not read:  # a staged run: only the record came, the file is where it says
                raw = raw_of_source(doc._.source, doc._.format)
            if raw:  # a text file's tables are not known: nothing to check against
                found = tables.locate(doc_text(doc), tables.document_tables(raw, doc._.format))
                doc._.tables = [t.to_dict() for t in found]
                checks = tables.table_checks(doc_text(doc), found, amounts=doc._.amounts or [])
                _get_list(doc, "checks").extend(checks)
        return doc


@Language.factory("govreport_tables_v1", assigns=["doc._.tables", "doc._.checks"],
                  requires=["doc._.amounts"])
def make_tables(nlp: Language, name: str) -> TablesComponent:
    return TablesComponent()

"""A worker: the spaCy pipeline loaded once per process, and one document in, one record line out.

Both engines run ``process_item`` (the local pool in ``pipeline.run``, the Dask workers in
``pipeline.engines``); it never raises: a document that fails gets an E901 record.
"""
from __future__ import annotations

import contextlib
from typing import Any

from .inputs import InputDoc, is_url
from .record import dumps, failed_record

_NLP = None

#: Strings spaCy's vocabulary keeps for good, learnt from the first documents (about 30,000 for
#: ../shared/corpus); later documents run in memory zones and leave nothing behind.
VOCAB_KEEP = 100_000


def init() -> None:
    """Load the pipeline in this process (a pool's initializer)."""
    global _NLP
    from . import load

    _NLP = load()


def nlp() -> Any:
    if _NLP is None:
        init()
    return _NLP


def memory_zone(nlp: Any) -> contextlib.AbstractContextManager:
    """Nothing while the vocabulary is small, then spaCy's memory zone: the vocabulary (a string
    and a lexeme for every distinct word ever seen, every number included) stops growing, while
    the common words stay known (making their lexemes again in every zone costs a quarter of the
    pipeline's time)."""
    if len(nlp.vocab.strings) < VOCAB_KEEP:
        return contextlib.nullcontext()
    return nlp.memory_zone()


def process_item(item: InputDoc) -> str:
    """One document's record line: a file, an archive member or a URL."""
    from .process import process_member, process_path, process_url

    model = nlp()
    try:
        with memory_zone(model):
            if is_url(item.path):
                record = process_url(model, item.path, source=item.source, manifest=item.manifest)
            elif item.member is not None:
                record = process_member(model, item.path, item.member, source=item.source)
            else:
                record = process_path(model, item.path, source=item.source, manifest=item.manifest)
    except Exception as exc:  # last line of defence: the batch goes on
        record = failed_record(item.source, exc)
    return dumps(record)

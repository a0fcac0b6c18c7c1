"""A HuggingFace ``datasets`` dataset of records, saved with ``save_to_disk``.

One example per record, typed ``Features`` from ``schema``: strings, int64 offsets, meta as a
struct, lists of structs for sections, organizations, amounts, percentages, scores, checks and
errors, decimals as strings. ``datasets.load_from_disk(DIR)`` reads it back.
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .schema import Type, conform, to_features


def _examples(records: Callable[[], Iterable[Mapping[str, Any]]], rtype: Type):
    for record in records():
        yield conform(record, rtype)


def write_dataset(records: Callable[[], Iterable[Mapping[str, Any]]], folder: Path, rtype: Type) -> int:
    """Save the records (``records()`` iterates them) as a dataset in ``folder``; returns the
    number of examples. The examples are streamed through a temporary Arrow cache beside it."""
    import datasets

    if not sys.stderr.isatty():
        datasets.disable_progress_bars()
    features = datasets.Features(to_features(rtype))
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".govreport-cache-", dir=folder.parent) as cache:
        ds = datasets.Dataset.from_generator(_examples, features=features, cache_dir=cache,
                                             gen_kwargs={"records": records, "rtype": rtype})
        ds.save_to_disk(str(folder))
        n = len(ds)
        del ds
    return n

"""Known report types (``models/meta/report_types.tsv``) and the type a title's phrase names."""
from __future__ import annotations

from functools import lru_cache

from ..resources import model_path


@lru_cache(maxsize=1)
def report_types() -> tuple[tuple[str, str], ...]:
    """(phrase, canonical type) pairs of models/meta/report_types.tsv, in file order."""
    out = []
    for line in model_path("meta/report_types.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            canonical, phrase = line.split("\t")[:2]
            out.append((phrase.strip(), canonical.strip()))
    return tuple(out)


def known_type(text: str) -> tuple[str, int] | None:
    """(canonical type, position of its phrase) of the first known phrase in ``text``."""
    for phrase, canonical in report_types():
        pos = text.find(phrase)
        if pos >= 0:
            return canonical, pos
    return None

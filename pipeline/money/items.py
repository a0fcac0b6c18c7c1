"""A label's common budget item, so users can group across reports: the canonical name of
the longest known item the label ends with ("一般公共预算财政拨款基本支出" → 基本支出),
after its stage word ("年初预算") is dropped; None for a change ("…增加") or an unknown item."""
from __future__ import annotations

from functools import lru_cache

import regex

from . import lexicon

_CHANGE = regex.compile(r"(?:增加|减少|(?<!稳)增长|下降|提高|降低|上升|持平|节约|节省|增|减)$")
_STAGE = regex.compile(r"(?:年初预算|全年预算|调整预算|预算数|决算数|决算|执行数|预算执行数|预算|金额)$")
_SPENDING = regex.compile(r"支出$")


@lru_cache(maxsize=None)
def _surfaces() -> dict[str, str]:
    """Surface form → canonical item."""
    out: dict[str, str] = {}
    for row in lexicon.table("items.tsv"):
        for surface in (row[0], *row[1:]):
            out.setdefault(surface.replace(" ", ""), row[0])
    return out


def _longest_suffix(text: str) -> str | None:
    surfaces = _surfaces()
    for n in range(min(len(text), 40), 0, -1):
        hit = surfaces.get(text[-n:])
        if hit:
            return hit
    return None


@lru_cache(maxsize=4096)
def item_of(label: str) -> str | None:
    """The canonical item of a label, or None."""
    if not label or _CHANGE.search(label):
        return None
    label = label.replace("\"", "“", 1).replace("\"", "”", 1)
    core = _STAGE.sub("", label)
    for candidate in (label, core, _SPENDING.sub("", core)):
        hit = _longest_suffix(candidate)
        if hit:
            return hit
    return None


def exact_item(label: str) -> str | None:
    """The canonical item a label names exactly (stage word aside), or None."""
    core = _STAGE.sub("", label) or label
    core = core.replace("\"", "“", 1).replace("\"", "”", 1)
    return _surfaces().get(core)

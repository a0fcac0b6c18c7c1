"""The place whose government gives a work report, when its head does not name it.

County reports often say only "我代表县政府" or "在县十六届人民代表大会": the county is the one
the body names most, at the level the report speaks of itself (全县, 我县 → a 县; 全区 → a 区;
全市, 我市 → a 市). Each county-level name of the division table (current and former names) is
counted in the text by its key (``models/meta/place_stems.tsv``: its stem, 清苑 for 清苑县, or the
name itself for a one-character stem, 易县; names whose key is an ordinary word are left out); the
name with most mentions at the report's own level wins when it stands well clear of the next.
``body_place`` returns the evidence with the name, so that a caller can say why.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..resources import model_path

# How a report names its own level: 全县 / 我县 / 本区 … (县委 is no sign: every county report
# also names the 市委 above it)
_SELF = regex.compile(r"[全我本](?P<level>[县区市旗])")
_ON_BEHALF = regex.compile(r"代表(?P<level>[县区市旗])(?:人民)?政府")  # 我代表县政府向大会报告
MIN_MENTIONS = 3  # a place named so few times is not what the report is about
MARGIN = 2.0  # the winner's mentions against the runner-up's
BODY_CHARS = 30000  # the opening of the body names its place often enough


@dataclass(frozen=True, slots=True)
class BodyPlace:
    name: str  # the county-level name as the text has it (清苑县)
    mentions: int
    level: str  # the report's own level word: 县, 区, 市, 旗


def own_level(text: str) -> str | None:
    """The level word of the government speaking (我代表县政府 → 县), else the one a report uses
    of itself most (全县, 我县 … → 县)."""
    m = _ON_BEHALF.search(text)
    if m:
        return m.group("level")
    counts = Counter(m.group("level") for m in _SELF.finditer(text))
    if not counts:
        return None
    level, n = counts.most_common(1)[0]
    return level if n >= MIN_MENTIONS else None


@lru_cache(maxsize=1)
def _keys() -> dict[str, str]:
    """County-level name → what is counted of it (models/meta/place_stems.tsv: its stem, or the
    name for a one-character stem; ordinary words left out)."""
    out = {}
    for line in model_path("meta/place_stems.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and not line.startswith("#") and parts[0] != "name":
            out[parts[0]] = parts[1]
    return out


@lru_cache(maxsize=8)
def _names_at(level: str) -> tuple[tuple[str, str], ...]:
    """The county-level names ending in ``level`` (current and former), with what is counted of each."""
    return tuple((n, k) for n, k in sorted(_keys().items()) if n.endswith(level))


def body_place(text: str, *, hint: str | None = None) -> BodyPlace | None:
    """The county-level place a report's body names most, at its own level. Where two places
    stand close (a report of 容城 names 安新 nearly as often), ``hint`` (the file name) may pick
    one of them; it never brings in a place the body does not name."""
    text = text[:BODY_CHARS]
    level = own_level(text)
    if level is None:
        return None
    chars = set(text)  # a key whose characters the text lacks is not counted at all
    counts = Counter()
    for name, key in _names_at(level):
        if key[0] in chars and key[-1] in chars and (n := text.count(key)) >= MIN_MENTIONS:
            counts[name] = n
    ranked = counts.most_common()
    if not ranked:
        return None
    close = [(name, n) for name, n in ranked if MARGIN * n > ranked[0][1]]
    if len(close) > 1:
        keys = dict(_names_at(level))
        close = [(name, n) for name, n in close if hint and keys[name] in hint]
        if len(close) != 1:
            return None
    return BodyPlace(close[0][0], close[0][1], level)

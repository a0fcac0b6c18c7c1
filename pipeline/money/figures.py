"""All figures of a text at once: amounts, percentages and scores found, then labelled in
one pass in text order (a percentage after an amount takes its item: "收入支出总计减少
56.95万元，下降1.87%"). The last few texts' results are kept, so the three ``find_*``
functions and ``run_checks`` on the same text scan it once."""
from __future__ import annotations

from collections import OrderedDict

from .find import Raw, scan_amounts
from .items import item_of
from .labels import assign_labels, currency_label
from .measures import is_change
from .percent import scan_percentages
from .records import Amount, Percentage, Score
from .scores import scan_scores

Figures = tuple[tuple[Amount, ...], tuple[Percentage, ...], tuple[Score, ...]]
_CACHE: OrderedDict[str, Figures] = OrderedDict()
_CACHE_SIZE = 4


def figures(text: str) -> Figures:
    """The amounts, percentages and scores of ``text`` (cached by text)."""
    hit = _CACHE.get(text)
    if hit is not None:
        _CACHE.move_to_end(text)
        return hit
    result = _compute(text)
    _CACHE[text] = result
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


def _compute(text: str) -> Figures:
    raws: list[Raw] = scan_amounts(text) + scan_percentages(text) + scan_scores(text)
    raws.sort(key=lambda r: (r.start, r.kind))
    for r in raws:
        if r.range == "high":
            low = next((x for x in raws if x.range == "low" and x.kind == r.kind
                        and x.end <= r.start and r.start - x.end <= 3), None)
            if low is not None:
                r.extra["label_start"] = low.start
    assign_labels(text, raws)
    amounts, percentages, scores = [], [], []
    for r in raws:
        span = text[r.start:r.end]
        if r.kind == "amount":
            amounts.append(Amount(text=span, start=r.start, end=r.end, value=r.value,
                                  currency=r.currency, label=currency_label(r.label, r.currency),
                                  measure=r.measure or None,
                                  item=None if is_change(r.measure) else item_of(r.label),
                                  qualifier=r.qualifier, per=r.per, range=r.range))
        elif r.kind == "percent":
            percentages.append(Percentage(text=span, start=r.start, end=r.end, value=r.value,
                                          unit=r.unit, label=r.label))
        else:
            scores.append(Score(text=span, start=r.start, end=r.end, value=r.value,
                                label=r.label))
    return tuple(amounts), tuple(percentages), tuple(scores)

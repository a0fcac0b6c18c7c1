"""The records of the amounts stage: frozen dataclasses with a JSON-ready ``to_dict``.

Values are ``Decimal`` and leave as decimal strings (``format(d, "f")``), never floats.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


def dec(value: Decimal) -> str:
    """A Decimal as a plain decimal string without exponent ("2219000", "0.5")."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True, slots=True)
class Amount:
    """A monetary figure of the running text.

    ``value`` is in yuan for CNY, else in the stated currency. ``range`` is "low" / "high" for
    the two ends of a range ("10-20万元" gives 10万元 low with text "10", and 20万元 high).
    ``label`` is the line item or quantity the amount is the value of (行政运行); ``measure``
    which figure of it the amount is, as written (年初预算, 2023年当年预算执行数, 比上年增加),
    or None for the item's plain value.
    """

    text: str
    start: int
    end: int
    value: Decimal
    currency: str = "CNY"
    label: str = ""
    measure: str | None = None
    item: str | None = None
    qualifier: str | None = None
    per: str | None = None
    range: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": dec(self.value),
                "currency": self.currency, "label": self.label, "measure": self.measure,
                "item": self.item, "qualifier": self.qualifier, "per": self.per,
                "range": self.range}

    @property
    def stated(self) -> str:
        """Label and measure as one phrase (行政运行年初预算), as checks and messages read it."""
        return self.label + (self.measure or "")


@dataclass(frozen=True, slots=True)
class Percentage:
    """A percentage ("99.79%", unit "%") or a change in percentage points ("0.4个百分点")."""

    text: str
    start: int
    end: int
    value: Decimal
    unit: str = "%"
    label: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": dec(self.value),
                "unit": self.unit, "label": self.label}


@dataclass(frozen=True, slots=True)
class Score:
    """A score in points ("得分94.90分" gives 94.90 labelled 得分)."""

    text: str
    start: int
    end: int
    value: Decimal
    label: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": dec(self.value),
                "label": self.label}


@dataclass(frozen=True, slots=True)
class Check:
    """One consistency check: ``ok`` False flags a problem (the text is never changed).

    ``amounts`` are indices into the amounts list given to ``run_checks`` (into the scores
    list for the score rules); ``expected`` and ``actual`` are decimal strings.
    """

    rule: str
    amounts: tuple[int, ...]
    expected: str
    actual: str
    ok: bool
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "amounts": list(self.amounts), "expected": self.expected,
                "actual": self.actual, "ok": self.ok, "message": self.message}

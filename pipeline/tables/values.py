"""A table cell's printed figure → Decimal yuan, with the table's unit (单位：万元 / 元).

``cell_value("2,940.05", "万元")`` → ``Decimal("29400500")``; a blank, a dash or a placeholder
(…, XX) gives ``None``. Never float.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

#: The multiplier of each unit a budget table's header states.
UNITS = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}

NUMBER = re.compile(r"""
    ^[-−]?                  # a negative figure (rare: 结余 below zero)
    (?:\d{1,3}(?:,\d{3})+   # 2,940 / 371,514,655
      |\d+)                 # 2940
    (?:\.\d+)?$             # .05
""", re.VERBOSE)

#: 单位：万元 / 单位:元 / 金额单位：万元 in a table's head.
UNIT = re.compile(r"(?:金额)?单位\s*[:：]\s*(?P<unit>千元|万元|亿元|元)")

CODE = re.compile(r"^\d{1,7}$")


def is_number(text: str) -> bool:
    return bool(NUMBER.match(text))


def cell_value(text: str, unit: str | None) -> Decimal | None:
    """The yuan a cell's text states in ``unit`` (元 when no unit is known); None when it
    states no number."""
    text = text.strip()
    if not NUMBER.match(text):
        return None
    try:
        number = Decimal(text.replace(",", "").replace("−", "-"))
    except InvalidOperation:
        return None
    value = number * UNITS.get(unit or "元", Decimal(1))
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def find_unit(text: str) -> str | None:
    """The unit a table's head line states, or None."""
    match = UNIT.search(text)
    return match.group("unit") if match else None

"""Column types of exported records: the record contract's types, widened by what the data holds.

A type is a small plain value: ``"string"``, ``"int"``, ``"float"``, ``"bool"``, ``"null"``
(no value seen yet), ``("list", item_type)`` or ``("struct", ((name, type), ...))``. The
contract's keys get their types up front (``RECORD_TYPE``: decimals are strings, offsets ints),
so an export of records without any amounts still has a typed ``amounts`` column; keys a stage
adds later (``per``, ``range``, ``unit`` …) are typed from their values. Two types that do not
agree widen to ``"string"`` and such values are written as JSON text, so nothing is dropped.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

Type = Any  # str | tuple[str, Type] | tuple[str, tuple[tuple[str, Type], ...]]

S, I, B = "string", "int", "bool"


def struct(**fields: Type) -> Type:
    return ("struct", tuple(fields.items()))


def list_of(item: Type) -> Type:
    return ("list", item)


def _span(**more: Type) -> Type:
    return struct(text=S, start=I, end=I, **more)


#: The contract (``pipeline/record.schema.json``) as types.
RECORD_TYPE: Type = struct(
    id=S, source=S, format=S, title=S,
    meta=struct(year=I, date=S, province=S, city=S, district=S, division_code=S, organization=S, report_type=S, manifest=list_of(S)),
    text=S,
    sections=list_of(struct(index=I, level=I, number=S, title=S, text=S, start=I, end=I, content_end=I,
                            parent=I)),
    organizations=list_of(_span(type=S, canonical=S, role=S, section=I)),
    amounts=list_of(_span(value=S, currency=S, label=S, item=S, qualifier=S, section=I, year=I,
                          years=list_of(I), status=S)),
    percentages=list_of(_span(value=S, section=I, year=I, years=list_of(I), status=S)),
    scores=list_of(_span(value=S, section=I)),
    tables=list_of(struct(title=S, unit=S, page=I, pages=list_of(I), columns=list_of(S), two_sided=B, empty=B,
                          rows=list_of(struct(code=S, label=S, side=I,
                                              cells=list_of(struct(column=S, text=S, value=S)))),
                          start=I, end=I)),
    checks=list_of(struct(rule=S, amounts=list_of(I), cells=list_of(struct(table=I, row=I, column=S)),
                          expected=S, actual=S, ok=B, message=S)),
    errors=list_of(struct(stage=S, code=S, message=S)),
)


def infer(value: Any) -> Type:
    """The type of one JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return B
    if isinstance(value, int):
        return I
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return S
    if isinstance(value, list):
        item: Type = "null"
        for x in value:
            item = merge(item, infer(x))
        return ("list", item)
    if isinstance(value, Mapping):
        return ("struct", tuple((str(k), infer(v)) for k, v in value.items()))
    return S


def merge(a: Type, b: Type) -> Type:
    """The narrowest type holding values of both ``a`` and ``b``."""
    if a == b or b == "null":
        return a
    if a == "null":
        return b
    if {a, b} == {I, "float"}:
        return "float"
    if isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0]:
        if a[0] == "list":
            return ("list", merge(a[1], b[1]))
        fields = dict(a[1])
        for name, t in b[1]:
            fields[name] = merge(fields[name], t) if name in fields else t
        return ("struct", tuple(fields.items()))
    return S


def infer_records(records: Iterable[Mapping[str, Any]], start: Type = RECORD_TYPE) -> Type:
    """The record type of all ``records`` (one pass), starting from the contract."""
    t = start
    for record in records:
        t = merge(t, infer(record))
    return finish(t)


def finish(t: Type) -> Type:
    """Replace types never seen with a value ("null") by ``"string"``."""
    if t == "null":
        return S
    if isinstance(t, tuple):
        if t[0] == "list":
            return ("list", finish(t[1]))
        return ("struct", tuple((name, finish(x)) for name, x in t[1]))
    return t


def fields(t: Type) -> tuple[tuple[str, Type], ...]:
    """The named fields of a struct type (empty for anything else)."""
    return t[1] if isinstance(t, tuple) and t[0] == "struct" else ()


def field(t: Type, name: str) -> Type:
    return dict(fields(t)).get(name, S)


def conform(value: Any, t: Type) -> Any:
    """``value`` as a value of type ``t``; values of another type (only where types widened to
    string) become their JSON text."""
    if value is None:
        return None
    if t == S:
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if t == I:
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if t == "float":
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if t == B:
        return value if isinstance(value, bool) else None
    if isinstance(t, tuple) and t[0] == "list":
        return [conform(x, t[1]) for x in value] if isinstance(value, list) else None
    if isinstance(t, tuple) and t[0] == "struct":
        if not isinstance(value, Mapping):
            return None
        return {name: conform(value.get(name), ft) for name, ft in t[1]}
    return None


def to_arrow(t: Type):
    """The pyarrow type of ``t``."""
    import pyarrow as pa

    if t == S or t == "null":
        return pa.string()
    if t == I:
        return pa.int64()
    if t == "float":
        return pa.float64()
    if t == B:
        return pa.bool_()
    if t[0] == "list":
        return pa.list_(to_arrow(t[1]))
    return pa.struct([pa.field(name, to_arrow(x)) for name, x in t[1]])


def to_features(t: Type):
    """The HuggingFace ``datasets`` feature of ``t`` (lists of structs stay lists of dicts)."""
    import datasets

    if t == S or t == "null":
        return datasets.Value("string")
    if t == I:
        return datasets.Value("int64")
    if t == "float":
        return datasets.Value("float64")
    if t == B:
        return datasets.Value("bool")
    if t[0] == "list":
        inner = to_features(t[1])
        make = getattr(datasets, "List", None)  # datasets >= 4; a Python list before
        return make(inner) if make is not None else [inner]
    return {name: to_features(x) for name, x in t[1]}

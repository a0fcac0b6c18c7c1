"""The metadata of a document, and a manifest row's fields winning over it."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from .divisions import resolve, resolve_region

META_FIELDS = ("year", "date", "province", "city", "district", "division_code", "organization", "report_type")
REGION_FIELDS = ("province", "city", "district")


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str | None = None
    year: int | None = None
    date: str | None = None  # the document's date (YYYY-MM-DD): a web page's publication date, a report's date line
    province: str | None = None
    city: str | None = None
    district: str | None = None
    division_code: str | None = None  # 6-digit code of the division as it stands today
    organization: str | None = None
    report_type: str | None = None

    def to_dict(self) -> dict[str, str | int | None]:
        """The record's ``meta`` fields (the title goes to the record's top level)."""
        return {key: getattr(self, key) for key in META_FIELDS}


def _given(row: Mapping[str, str], key: str) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def apply_manifest(meta: DocumentMeta, row: Mapping[str, str]) -> DocumentMeta:
    """``meta`` with the fields a manifest row gives (non-empty values) in place of the extracted
    ones. A region given in part is completed from the division table when that is unambiguous
    (district 海珠区 alone → 广东省/广州市/海珠区); the given names always stand."""
    row = {str(k).strip(): v for k, v in row.items() if k is not None}
    changes: dict[str, object] = {}
    for key in ("title", "organization", "report_type", *REGION_FIELDS):
        value = _given(row, key)
        if value is not None:
            changes[key] = value
    year = _given(row, "year")
    if year is not None and year.isdigit():
        changes["year"] = int(year)
    if any(k in changes for k in REGION_FIELDS):
        changes.update(_complete_region(meta, changes))
        changes["division_code"] = _code_of({k: changes.get(k, getattr(meta, k)) for k in REGION_FIELDS})
    code = _given(row, "division_code")
    if code is not None:
        changes["division_code"] = code
    return replace(meta, **changes)


def _code_of(region: Mapping[str, object]) -> str | None:
    """Today's code of the deepest division a region names (None when it does not resolve)."""
    division = resolve("".join(dict.fromkeys(str(v) for v in region.values() if v)))
    return division.current_code if division is not None else None


def _complete_region(meta: DocumentMeta, changes: Mapping[str, object]) -> dict[str, object]:
    """The region levels a manifest leaves out: the extracted ones when they agree with the
    given ones, else those the division table gives for the given names (or none)."""
    merged = {k: changes.get(k, getattr(meta, k)) for k in REGION_FIELDS}
    joined = "".join(dict.fromkeys(str(v) for v in merged.values() if v))  # 上海市 once
    if resolve_region(joined).to_dict() == merged:
        return merged
    region = resolve_region("".join(str(changes[k]) for k in REGION_FIELDS if k in changes))
    return {k: changes.get(k, getattr(region, k)) for k in REGION_FIELDS}

"""``govreport panel OUT.jsonl -o DIR``: figures by district and year, from a corpus's records.

- ``figures.csv`` / ``figures.parquet``: one row per amount and percentage, with the document's
  place (``division_code`` joins one county's reports across renames), the report's year, the
  figure's own ``year``/``years`` and ``status``, its item, label, measure, value and offsets.
- ``indicators.csv``: the headline indicators of work reports (``models/research/indicators.tsv``:
  地区生产总值, 一般公共预算收入, 固定资产投资 …), one row per division, year and indicator with
  the outcome the reports state (status actual, the plain value of the item for one year). Where
  several reports state it, the latest report's figure is kept (a later report states the final
  figure, an earlier one an estimate) and ``conflict`` says that the reports disagree (by more
  than ``CONFLICT`` of the value); ``reports`` counts them.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ..resources import model_path

CONFLICT = Decimal("0.005")  # values further apart than this share disagree
FIGURE_COLUMNS = ("doc", "source", "division_code", "province", "city", "district", "report_year", "report_type",
                  "kind", "year", "years", "status", "item", "label", "measure", "value", "currency", "text",
                  "start", "end")
INDICATOR_COLUMNS = ("division_code", "province", "city", "district", "year", "indicator", "value", "currency",
                     "doc", "start", "end", "conflict", "reports")


@lru_cache(maxsize=1)
def indicators() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """(indicator, label pattern) of models/research/indicators.tsv."""
    out = []
    for line in model_path("research/indicators.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, pattern = line.split("\t")[:2]
            out.append((name, regex.compile(f"(?:{pattern})")))
    return tuple(out)


def indicator_of(label: str | None) -> str | None:
    """The headline indicator a label names (全县生产总值 → 地区生产总值), or None."""
    label = (label or "").strip()
    return next((name for name, pattern in indicators() if pattern.fullmatch(label)), None)


def records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def figure_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The rows of ``figures.csv`` for one record."""
    meta = record.get("meta") or {}
    head = {"doc": record.get("id"), "source": record.get("source"), "report_year": meta.get("year"),
            "report_type": meta.get("report_type"),
            **{k: meta.get(k) for k in ("division_code", "province", "city", "district")}}
    for kind in ("amounts", "percentages"):
        for f in record.get(kind) or []:
            yield {**head, "kind": kind[:-1], "year": f.get("year"), "years": f.get("years"),
                   "status": f.get("status"), "item": f.get("item"), "label": f.get("label"),
                   "measure": f.get("measure"), "value": f.get("value"), "currency": f.get("currency"),
                   "text": f.get("text"), "start": f.get("start"), "end": f.get("end")}


def _plain(f: dict[str, Any]) -> bool:
    """An amount that states an item's value for one year, as an outcome."""
    return (f.get("status") == "actual" and f.get("year") is not None and not f.get("measure")
            and not f.get("range") and not f.get("per") and f.get("qualifier") not in ("以上", "以下", "以内"))


@dataclass(slots=True)
class Found:
    row: dict[str, Any]
    report_year: int
    values: list[Decimal]


def _decimal(text: Any) -> Decimal | None:
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return None


def indicator_rows(recs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of ``indicators.csv``: per division, year and indicator (see the module note)."""
    found: dict[tuple, Found] = {}
    for record in recs:
        meta = record.get("meta") or {}
        place = meta.get("division_code") or "|".join(str(meta.get(k) or "") for k in ("province", "city", "district"))
        if not place.strip("|") or meta.get("report_type") != "政府工作报告":
            continue
        seen: set[tuple] = set()
        for f in record.get("amounts") or []:
            name = indicator_of(f.get("item")) or indicator_of(f.get("label"))
            value = _decimal(f.get("value"))
            if name is None or value is None or not _plain(f):
                continue
            key = (place, f["year"], name)
            if (key, value) in seen:
                continue
            seen.add((key, value))
            row = {"division_code": meta.get("division_code"), "province": meta.get("province"),
                   "city": meta.get("city"), "district": meta.get("district"), "year": f["year"],
                   "indicator": name, "value": f.get("value"), "currency": f.get("currency"),
                   "doc": record.get("id"), "start": f.get("start"), "end": f.get("end")}
            report_year = meta.get("year") or 0
            have = found.get(key)
            if have is None:
                found[key] = Found(row, report_year, [value])
                continue
            have.values.append(value)
            if report_year > have.report_year:  # the later report's figure (a final one)
                have.row, have.report_year = row, report_year
    out = []
    for item in found.values():
        low, high = min(item.values), max(item.values)
        conflict = high > 0 and (high - low) > CONFLICT * high
        out.append({**item.row, "conflict": conflict, "reports": len(item.values)})
    return sorted(out, key=lambda r: (str(r["division_code"] or ""), r["year"], r["indicator"]))


def _write_csv(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v) if isinstance(v, list) else v for k, v in row.items()})
            n += 1
    return n


def write_panel(jsonl: Path, out_dir: Path) -> dict[str, int]:
    """Write figures.csv, figures.parquet (when pyarrow is installed) and indicators.csv."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"figures": _write_csv(out_dir / "figures.csv", FIGURE_COLUMNS,
                                    (row for rec in records(jsonl) for row in figure_rows(rec)))}
    try:
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq

        options = pacsv.ConvertOptions(column_types=_arrow_types(), strings_can_be_null=True)
        pq.write_table(pacsv.read_csv(out_dir / "figures.csv", convert_options=options), out_dir / "figures.parquet")
    except ImportError:
        pass
    counts["indicators"] = _write_csv(out_dir / "indicators.csv", INDICATOR_COLUMNS, indicator_rows(records(jsonl)))
    return counts


def _arrow_types() -> dict[str, Any]:
    """Column types of figures.parquet: values stay decimal strings, codes stay strings."""
    import pyarrow as pa

    strings = ("doc", "division_code", "value", "years", "text", "label", "item", "measure")
    return {**{c: pa.string() for c in strings}, **{c: pa.int64() for c in ("report_year", "year", "start", "end")}}

"""``govreport summary OUT.jsonl -o DIR``: a corpus overview a researcher can open.

Streams the JSONL and writes ``DIR/index.html`` (tables and SVG charts, no network resources)
and one CSV per table: documents per report type, year and province; errors per stage; the most
frequent amount labels with counts and totals; organizations by type; 基本支出 / 项目支出 per
document (a chart); and a headline indicator (地区生产总值 by default) per district over the
years, as ``govreport panel`` reads it (a chart: one line per district).
"""
from __future__ import annotations

import csv
import html
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

#: The two spending items charted per document (label or item containing these words).
CHART_ITEMS = ("基本支出", "项目支出")


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError:
                    continue


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def summarize(path: Path) -> dict[str, Any]:
    by_type: Counter[str] = Counter()
    by_year: Counter[str] = Counter()
    by_province: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    label_count: Counter[tuple[str, str]] = Counter()
    label_total: defaultdict[tuple[str, str], Decimal] = defaultdict(Decimal)
    org_types: Counter[str] = Counter()
    spending: list[dict[str, Any]] = []
    documents = 0
    for rec in _records(path):
        documents += 1
        meta = rec.get("meta") or {}
        by_type[meta.get("report_type") or "(unknown)"] += 1
        by_year[str(meta.get("year") or "(unknown)")] += 1
        by_province[meta.get("province") or "(none)"] += 1
        for e in rec.get("errors") or []:
            errors[f"{e.get('stage')} {e.get('code')}"] += 1
        name = os.path.splitext(os.path.basename(str(rec.get("source"))))[0]
        row = {"source": rec.get("source"), "title": name}  # file names tell documents apart
        row.update({item: None for item in CHART_ITEMS})
        for a in rec.get("amounts") or []:
            key = (a.get("item") or a.get("label") or "(none)", a.get("measure") or "",
                   a.get("currency") or "CNY")
            label_count[key] += 1
            label_total[key] += _decimal(a.get("value"))
            for item in CHART_ITEMS:
                name = a.get("item") or a.get("label") or ""
                if (row[item] is None and item in name and not a.get("measure")
                        and a.get("currency", "CNY") == "CNY"):
                    row[item] = _decimal(a.get("value"))
        if any(row[i] is not None for i in CHART_ITEMS):
            spending.append(row)
        org_types.update(o.get("type") or "other" for o in rec.get("organizations") or [])
    return {"documents": documents, "by_type": by_type, "by_year": by_year, "by_province": by_province,
            "errors": errors, "labels": [(k, label_count[k], label_total[k]) for k, _ in label_count.most_common(50)],
            "org_types": org_types, "spending": spending}


def _svg_chart(rows: list[dict[str, Any]]) -> str:
    """Grouped horizontal bars: 基本支出 and 项目支出 (万元) per document."""
    colors = ("#4e79a7", "#f28e2b")
    bar, gap, left, width = 10, 8, 260, 460
    top = max((max(r[i] or 0 for i in CHART_ITEMS) for r in rows), default=Decimal(1)) or Decimal(1)
    height = 40 + len(rows) * (2 * bar + gap)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 120}" height="{height}" '
             f'role="img" aria-label="基本支出 and 项目支出 per document" id="chart">',
             f'<text x="{left}" y="14" font-size="12">万元 (ten thousand yuan)</text>']
    for k, item in enumerate(CHART_ITEMS):
        parts.append(f'<rect x="{left + 160 + 90 * k}" y="4" width="10" height="10" fill="{colors[k]}"/>'
                     f'<text x="{left + 174 + 90 * k}" y="13" font-size="12">{item}</text>')
    for n, row in enumerate(rows):
        y = 30 + n * (2 * bar + gap)
        label = html.escape(str(row["title"])[:30])
        parts.append(f'<text x="{left - 6}" y="{y + bar + 4}" font-size="11" text-anchor="end">{label}</text>')
        for k, item in enumerate(CHART_ITEMS):
            value = row[item] or Decimal(0)
            w = int(width * value / top)
            parts.append(f'<rect class="bar" x="{left}" y="{y + k * bar}" width="{w}" height="{bar - 1}" fill="{colors[k]}">'
                         f'<title>{item}: {value / 10000:.2f}万元</title></rect>')
            parts.append(f'<text x="{left + w + 4}" y="{y + k * bar + bar - 2}" font-size="9">{value / 10000:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)


INDICATOR = "地区生产总值"
_LINE_COLORS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                "#9c755f", "#bab0ac")


def indicator_series(path: Path, indicator: str = INDICATOR) -> dict[str, list[tuple[int, Decimal]]]:
    """Place → [(year, value)] of one headline indicator, from the panel's rows: the places of
    the level with most series, each with two years or more."""
    from .research import indicator_rows

    points: dict[str, list[tuple[int, Decimal]]] = defaultdict(list)
    names: dict[str, str] = {}
    for row in indicator_rows(_records(path)):  # sorted by place and year: the latest name wins
        if row["indicator"] == indicator:
            code = str(row["division_code"])
            names[code] = row["district"] or row["city"] or row["province"] or code
            points[code].append((int(row["year"]), _decimal(row["value"])))
    kept = {c: v for c, v in points.items() if len(v) >= 2}
    level = max(("county", "city", "province"), key=lambda lv: sum(_level(c) == lv for c in kept))
    return {f"{names[c]} ({c})": sorted(v) for c, v in sorted(kept.items()) if _level(c) == level}


def _level(code: str) -> str:
    """The level of a 6-digit division code (one level a chart, so that counties are not drawn
    against their province)."""
    return "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"


def _svg_lines(series: dict[str, list[tuple[int, Decimal]]], indicator: str) -> str:
    """One line per place over the years, values in 亿元."""
    left, top, width, height = 60, 30, 620, 300
    years = [y for points in series.values() for y, _ in points]
    values = [v for points in series.values() for _, v in points]
    y0, y1 = min(years), max(years)
    vmax = max(values) or Decimal(1)

    def x(year: int) -> float:
        return left + width * (year - y0) / max(1, y1 - y0)

    def y(value: Decimal) -> float:
        return top + height - float(height * value / vmax)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 220}" height="{top + height + 40}" '
             f'role="img" aria-label="{html.escape(indicator)} per district" id="indicator-chart">',
             f'<text x="{left}" y="16" font-size="12">{html.escape(indicator)}, 亿元</text>',
             f'<line x1="{left}" y1="{top + height}" x2="{left + width}" y2="{top + height}" stroke="#999"/>',
             f'<text x="{left}" y="{top + height + 16}" font-size="11">{y0}</text>',
             f'<text x="{left + width}" y="{top + height + 16}" font-size="11" text-anchor="end">{y1}</text>',
             f'<text x="{left - 4}" y="{top + 4}" font-size="11" text-anchor="end">{vmax / 10**8:.0f}</text>']
    for k, (place, points) in enumerate(series.items()):
        color = _LINE_COLORS[k % len(_LINE_COLORS)]
        path = " ".join(f"{x(yr):.1f},{y(v):.1f}" for yr, v in points)
        parts.append(f'<polyline class="series" fill="none" stroke="{color}" stroke-width="2" points="{path}">'
                     f'<title>{html.escape(place)}</title></polyline>')
        parts.append(f'<text x="{left + width + 8}" y="{top + 12 + 14 * k}" font-size="11" fill="{color}">'
                     f'{html.escape(place)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(title: str, header: tuple[str, ...], rows: list[tuple[Any, ...]], anchor: str) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f'<h2 id="{anchor}">{html.escape(title)}</h2><table><tr>{head}</tr>{body}</table>'


def write_summary(jsonl: Path, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    s = summarize(jsonl)
    tables = {
        "report_types": ("Documents per report type", ("report_type", "documents"), s["by_type"].most_common()),
        "years": ("Documents per year", ("year", "documents"), sorted(s["by_year"].items())),
        "provinces": ("Documents per province", ("province", "documents"), s["by_province"].most_common()),
        "errors": ("Errors per stage", ("stage code", "documents"), s["errors"].most_common()),
        "amount_labels": ("Most frequent amount labels", ("label", "measure", "currency", "count", "total"),
                          [(k[0], k[1], k[2], n, format(t, "f")) for k, n, t in s["labels"]]),
        "organization_types": ("Organizations by type", ("type", "mentions"), s["org_types"].most_common()),
        "spending": ("基本支出 and 项目支出 per document (yuan)", ("source", *CHART_ITEMS),
                     [(r["source"], *(format(r[i], "f") if r[i] is not None else "" for i in CHART_ITEMS))
                      for r in s["spending"]]),
    }
    series = indicator_series(jsonl)
    tables["indicator"] = (f"{INDICATOR} per district and year (yuan)", ("place", "year", "value"),
                           [(p, yr, format(v, "f")) for p, points in series.items() for yr, v in points])
    for name, (_, header, rows) in tables.items():
        with (out_dir / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
    chart = _svg_chart(s["spending"]) if s["spending"] else "<p>No document states 基本支出 or 项目支出.</p>"
    (out_dir / "spending.svg").write_text(chart if chart.startswith("<svg") else "<svg xmlns='http://www.w3.org/2000/svg'/>",
                                          encoding="utf-8")
    lines = (_svg_lines(series, INDICATOR) if series
             else f"<p>No district states {INDICATOR} for two years or more.</p>")
    (out_dir / "indicator.svg").write_text(lines if lines.startswith("<svg") else "<svg xmlns='http://www.w3.org/2000/svg'/>",
                                           encoding="utf-8")
    sections = "".join(_table(title, header, list(rows), name) for name, (title, header, rows) in tables.items())
    page = f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>govreport corpus summary</title>
<style>body{{font-family:sans-serif;margin:2rem;max-width:70rem}}table{{border-collapse:collapse;margin-bottom:1rem}}
td,th{{border:1px solid #ccc;padding:.2rem .6rem;font-size:.9rem}}</style></head><body>
<h1>govreport corpus summary</h1><p>{s['documents']} documents from {html.escape(str(jsonl))}.</p>
<h2>基本支出 and 项目支出 per document</h2>{chart}
<h2>{INDICATOR} per district over the years</h2>{lines}{sections}</body></html>"""
    index = out_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index

"""``govreport orgs OUT.jsonl -o DIR``: one row per organization across a corpus.

An organization is keyed by its canonical name (the full name a short form points to, else the
name), with the places above a county dropped when a county-level name follows (保定市清苑区人民
政府 and 清苑区人民政府 are one body); the longest form names it. A row gives the name, type (the
commonest), aliases, the division its name places it in (where it names one), the documents and
mentions, and its roles with their object: an awardee's title (入选2022年广东省科普教育基地 →
广东省科普教育基地, year 2022), a donor's gift, as the sentence says.
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from ..meta.divisions import region_of, resolve, table
from .panel import records

COLUMNS = ("name", "type", "aliases", "division_code", "province", "city", "district", "documents",
           "mentions", "doc_ids", "roles")
_SENTENCE_END = regex.compile(r"[。！？；\n]")
_ROLE_VERB = regex.compile(
    r"(?:成功)?(?:入选|获评|获批|被评为|被认定为|认定为|荣获|获得|获授|被授予|被命名为|命名为|授予|捐赠|捐款|捐助|捐献)")
_TITLE_CUT = regex.compile(r"第[一二三四五六七八九十\d]+批|认定|名单|的公示|称号|荣誉|等?荣誉称号")
_YEARS = regex.compile(r"(?P<a>(?:19|20)\d{2})(?:\s*[-—–至]\s*(?P<b>(?:19|20)\d{2}))?\s*年度?")


def role_object(text: str, end: int) -> dict[str, Any]:
    """What a role is of, read after the name at ``end`` to the end of its sentence: the title
    an awardee was given ("入选2022年广东省科普教育基地" → title 广东省科普教育基地, year 2022) or
    what a donor gave."""
    stop = _SENTENCE_END.search(text, end)
    rest = text[end:stop.start() if stop else len(text)]
    m = _ROLE_VERB.search(rest)
    if m is None:
        return {}
    obj = rest[m.end():].replace("《", "").replace("》", "").replace("“", "").replace("”", "")
    years = _YEARS.search(obj)
    if years:
        obj = obj[:years.start()] + obj[years.end():]
    cut = _TITLE_CUT.search(obj)
    title = (obj[:cut.start()] if cut else obj).strip("，,、 ")
    out: dict[str, Any] = {"object": title or None}
    if years:
        out["year"] = int(years.group("a"))
        if years.group("b"):
            out["years"] = [int(years.group("a")), int(years.group("b"))]
    return out


def key_of(name: str) -> str:
    """保定市清苑区人民政府 → 清苑区人民政府: places above a county dropped before a county name."""
    pattern = table().full_pattern
    rest = name
    while (m := pattern.match(rest)) is not None:
        division = next(iter(table().by_name.get(m.group(), [])), None)
        after = rest[m.end():]
        nxt = pattern.match(after)
        if division is None or division.level == "county" or nxt is None:
            break
        below = next(iter(table().by_name.get(nxt.group(), [])), None)
        if below is None or below.level != "county":
            break
        rest = after
    return rest


@dataclass(slots=True)
class Entry:
    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)
    roles: list[dict[str, Any]] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        name = max(self.names, key=lambda n: (len(n), self.names[n]))
        division = resolve(name) if table().full_pattern.match(name) else None
        region = region_of(division)
        return {"name": name, "type": self.types.most_common(1)[0][0] if self.types else None,
                "aliases": sorted(n for n in self.names if n != name),
                "division_code": division.current_code if division else None, **region.to_dict(),
                "documents": len(self.docs), "mentions": sum(self.names.values()),
                "doc_ids": sorted(self.docs), "roles": self.roles}


def registry(recs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of organizations.csv."""
    entries: dict[str, Entry] = {}
    for record in recs:
        text = record.get("text") or ""
        doc = record.get("id") or ""
        year = (record.get("meta") or {}).get("year")
        seen_roles: set[tuple] = set()
        for o in record.get("organizations") or []:
            name = o.get("canonical") or o.get("text") or ""
            entry = entries.setdefault(key_of(name), Entry())
            entry.names[o.get("text") or name] += 1
            entry.types[o.get("type") or "other"] += 1
            entry.docs.add(doc)
            role = o.get("role")
            if role:
                found = {"role": role, "doc": doc, "report_year": year, **role_object(text, o.get("end", 0))}
                marker = (key_of(name), role, found.get("object"))
                if marker not in seen_roles:
                    seen_roles.add(marker)
                    entry.roles.append(found)
    rows = [e.row() for e in entries.values()]
    return sorted(rows, key=lambda r: (-r["documents"], -r["mentions"], r["name"]))


def write_registry(jsonl: Path, out_dir: Path) -> int:
    """Write organizations.csv (lists as JSON text) and organizations.parquet (with pyarrow)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = registry(records(jsonl))
    with (out_dir / "organizations.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                             for k, v in row.items()})
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq

        cells = [{**r, "roles": [json.dumps(x, ensure_ascii=False) for x in r["roles"]]} for r in rows]
        pq.write_table(pa.Table.from_pylist(cells), out_dir / "organizations.parquet")
    except ImportError:
        pass
    return len(rows)

"""Flat Parquet tables of records, for pandas, duckdb, R or a spreadsheet:

=========================  ===================================================================
``documents.parquet``      one row per document: id, source, format, title, the meta fields,
                           ``chars``, counts (``n_sections`` … ``n_checks_failed``),
                           ``error_codes`` and the ``text``
``amounts.parquet``        one row per amount: the document's ``doc_id``, ``source`` and meta
                           fields, ``position`` in the document's list (what ``checks.amounts``
                           refer to), ``section_title`` and ``section_path`` of the innermost
                           section holding it, then the amount's own fields (``value`` a decimal
                           string)
``organizations.parquet``  the same per organization; likewise ``sections`` (with its own
                           ``path``), ``percentages``, ``scores``, ``checks`` (``amounts``: amount
                           indices, ``cells``: the table cells a table check used) and ``errors``
``table_cells.parquet``    one row per printed cell of a statistical table (blanks left out): the
                           document's fields, ``table`` (position in ``tables``), ``table_title``,
                           ``page``, ``unit``, ``row`` (position in the table's rows), ``side``,
                           ``code``, ``label``, ``column``, ``text`` and ``value`` (yuan, a
                           decimal string; null for a dash)
=========================  ===================================================================

Rows are written in batches with ``pyarrow.parquet.ParquetWriter``, so memory stays flat
whatever the number of documents.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .schema import I, S, Type, conform, field, fields, list_of, to_arrow

GROUPS = ("sections", "organizations", "amounts", "percentages", "scores", "checks", "errors")
PATH_SEPARATOR = " > "

Columns = list[tuple[str, Type]]
CELL_COLUMNS: Columns = [("table", I), ("table_title", S), ("page", I), ("unit", S), ("row", I), ("side", I),
                         ("code", S), ("label", S), ("column", S), ("text", S), ("value", S)]


def table_cells(tables: list[Mapping[str, Any]]) -> Iterable[dict[str, Any]]:
    """One row per printed cell of a record's tables (blank cells left out)."""
    for t, table in enumerate(tables):
        for r, row in enumerate(table.get("rows") or []):
            for cell in row.get("cells") or []:
                if cell.get("text"):
                    yield {"table": t, "table_title": table.get("title"), "page": table.get("page"),
                           "unit": table.get("unit"), "row": r, "side": row.get("side"),
                           "code": row.get("code"), "label": row.get("label"),
                           "column": cell.get("column"), "text": cell.get("text"), "value": cell.get("value")}


def _meta_columns(rtype: Type, taken: set[str], *, scalars_only: bool) -> list[tuple[str, str, Type]]:
    """(column, meta key, type) of the meta fields, flattened; a name taken becomes meta_NAME."""
    out = []
    for key, t in fields(field(rtype, "meta")):
        if scalars_only and isinstance(t, tuple):
            continue
        out.append((f"meta_{key}" if key in taken else key, key, t))
    return out


def _section_paths(sections: list[Mapping[str, Any]]) -> dict[int, tuple[str, str]]:
    """index -> (title, path of titles from the top) of a record's sections."""
    out: dict[int, tuple[str, str]] = {}
    for s in sections:
        index, title = s.get("index"), str(s.get("title") or "")
        parent = out.get(s.get("parent")) if s.get("parent") is not None else None
        out[index] = (title, f"{parent[1]}{PATH_SEPARATOR}{title}" if parent else title)
    return out


class Table:
    """One output table: its columns and a row buffer flushed in batches."""

    def __init__(self, path: Path, columns: Columns, *, batch_rows: int) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.columns = columns
        self.schema = pa.schema([pa.field(name, to_arrow(t)) for name, t in columns])
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.batch_rows = batch_rows
        self.buffer: dict[str, list] = {name: [] for name, _ in columns}
        self.rows = 0

    def add(self, row: Mapping[str, Any]) -> None:
        for name, t in self.columns:
            self.buffer[name].append(conform(row.get(name), t))
        if len(self.buffer[self.columns[0][0]]) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        n = len(self.buffer[self.columns[0][0]])
        if n:
            self.writer.write_table(pa.Table.from_pydict(self.buffer, schema=self.schema))
            self.rows += n
            self.buffer = {name: [] for name, _ in self.columns}

    def close(self) -> None:
        self.flush()
        self.writer.close()


class TableWriter:
    """The flat tables of records of type ``rtype`` (see ``schema.infer_records``)."""

    def __init__(self, folder: Path, rtype: Type, *, batch_rows: int = 20_000, doc_batch_rows: int = 500) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.rtype = rtype
        doc_fixed = ["id", "source", "format", "title"]
        self.doc_meta = _meta_columns(rtype, set(doc_fixed) | {"chars", "text", "error_codes"},
                                      scalars_only=False)
        counts = ([(f"n_{g}", I) for g in GROUPS if g != "errors"] + [("n_tables", I)]
                  + [("n_checks_failed", I)])
        doc_columns = ([(c, field(rtype, c)) for c in doc_fixed] + [(c, t) for c, _, t in self.doc_meta]
                       + [("chars", I), *counts, ("error_codes", list_of(S)), ("text", S)])
        self.tables = {"documents": Table(folder / "documents.parquet", doc_columns,  # rows hold whole texts
                                          batch_rows=min(batch_rows, doc_batch_rows))}
        self.item_meta = _meta_columns(rtype, {"doc_id", "source"}, scalars_only=True)
        self.item_fields: dict[str, list[tuple[str, str, Type]]] = {}
        for group in GROUPS:
            head: Columns = [("doc_id", S), ("source", S), *((c, t) for c, _, t in self.item_meta),
                             ("position", I)]
            gt = field(rtype, group)
            own = fields(gt[1]) if isinstance(gt, tuple) and gt[0] == "list" else ()
            if group == "sections":
                head.append(("path", S))
            elif any(name == "section" for name, _ in own):
                head += [("section_title", S), ("section_path", S)]
            taken = {name for name, _ in head}
            self.item_fields[group] = [(f"{group}_{n}" if n in taken else n, n, t) for n, t in own]
            columns = head + [(c, t) for c, _, t in self.item_fields[group]]
            self.tables[group] = Table(folder / f"{group}.parquet", columns, batch_rows=batch_rows)
        head = [("doc_id", S), ("source", S), *((c, t) for c, _, t in self.item_meta)]
        self.tables["table_cells"] = Table(folder / "table_cells.parquet", head + CELL_COLUMNS,
                                           batch_rows=batch_rows)

    def add(self, record: Mapping[str, Any]) -> None:
        meta = record.get("meta") if isinstance(record.get("meta"), Mapping) else {}
        lists = {g: record.get(g) if isinstance(record.get(g), list) else [] for g in GROUPS}
        checks = [c for c in lists["checks"] if isinstance(c, Mapping)]
        text = record.get("text") if isinstance(record.get("text"), str) else ""
        doc = {"id": record.get("id"), "source": record.get("source"), "format": record.get("format"),
               "title": record.get("title"), "chars": len(text), "text": text,
               "n_checks_failed": sum(1 for c in checks if c.get("ok") is False),
               "error_codes": [e.get("code") for e in lists["errors"] if isinstance(e, Mapping)]}
        doc.update((c, meta.get(k)) for c, k, _ in self.doc_meta)
        doc.update((f"n_{g}", len(lists[g])) for g in GROUPS if g != "errors")
        tables = [t for t in record.get("tables") or [] if isinstance(t, Mapping)]
        doc["n_tables"] = len(tables)
        self.tables["documents"].add(doc)

        head = {"doc_id": record.get("id"), "source": record.get("source")}
        head.update((c, meta.get(k)) for c, k, _ in self.item_meta)
        paths = _section_paths([s for s in lists["sections"] if isinstance(s, Mapping)])
        for group in GROUPS:
            table, own = self.tables[group], self.item_fields[group]
            for position, item in enumerate(lists[group]):
                if not isinstance(item, Mapping):
                    continue
                row = {**head, "position": position}
                row.update((c, item.get(n)) for c, n, _ in own)
                if group == "sections":
                    row["path"] = paths.get(item.get("index"), (None, None))[1]
                elif isinstance(item.get("section"), int) and item["section"] in paths:
                    row["section_title"], row["section_path"] = paths[item["section"]]
                table.add(row)
        for row in table_cells(tables):
            self.tables["table_cells"].add({**head, **row})

    def close(self) -> dict[str, int]:
        """Flush and close every table; rows written per table."""
        for table in self.tables.values():
            table.close()
        return {name: table.rows for name, table in self.tables.items()}


def write_tables(records: Iterable[Mapping[str, Any]], folder: Path, rtype: Type) -> dict[str, int]:
    writer = TableWriter(folder, rtype)
    try:
        for record in records:
            writer.add(record)
    finally:
        counts = writer.close()
    return counts

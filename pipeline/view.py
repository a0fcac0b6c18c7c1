"""``govreport show``: one self-contained HTML page per record (no network resources).

The page has the section outline as a clickable table of contents, the text with organizations,
amounts, percentages and scores highlighted by type, the statistical tables as printed (the cells a
failed check used in red), a table of amounts (label, value, section) and the failed consistency
checks in red. The text is emitted once as plain escaped HTML with
``<mark>`` elements, so a long report stays light for the browser.
"""
from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

#: Highlight classes, in the order a span wins when two overlap.
KINDS = ("amounts", "organizations", "percentages", "scores")

STYLE = """
body{font-family:"Noto Serif CJK SC","Songti SC",serif;margin:0;display:flex;color:#222}
nav{width:22rem;height:100vh;overflow:auto;position:sticky;top:0;background:#f6f6f2;padding:1rem;box-sizing:border-box;font-size:.9rem}
nav ul{padding-left:1rem;margin:.2rem 0}nav a{color:#234;text-decoration:none}nav a:hover{text-decoration:underline}
main{flex:1;padding:1rem 2rem;max-width:60rem}
.text{white-space:pre-wrap;line-height:1.7}
h1{font-size:1.4rem}.meta td{padding:.1rem .6rem}
mark{padding:0 .1rem;border-radius:.2rem}
mark.amount,.key.amount{background:#ffe08a}mark.percentage,.key.percentage{background:#cde8ff}mark.score,.key.score{background:#e2d4ff}
mark.org,.key.org{background:#c9f0c9}mark.org.government{background:#b5e3b5}mark.org.party{background:#f5c6c6}
mark.org.enterprise{background:#d9f2e6}mark.org.school{background:#e9f5c4}
.heading{font-weight:bold;background:#eef}
table.amounts{border-collapse:collapse;font-size:.9rem}table.amounts td,table.amounts th{border:1px solid #ccc;padding:.2rem .5rem}
td.value{text-align:right;font-family:monospace}
.failed{color:#b00;font-weight:bold}.checks li.failed{background:#fee}
.legend .key{margin-right:.5rem;padding:0 .2rem}
"""


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _outline(sections: Sequence[Mapping[str, Any]]) -> str:
    """Nested lists of links, one per section, following ``parent``."""
    children: dict[int | None, list[Mapping[str, Any]]] = {}
    for s in sections:
        children.setdefault(s.get("parent"), []).append(s)

    def render(parent: int | None) -> str:
        items = children.get(parent)
        if not items:
            return ""
        rows = "".join(
            f'<li><a href="#s{s["index"]}">{_esc(s.get("number") or "")}{_esc(s["title"])}</a>{render(s["index"])}</li>'
            for s in items)
        return f"<ul>{rows}</ul>"

    return render(None)


def _marks(record: Mapping[str, Any]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping highlights (start, end, css class, tooltip), earlier kinds winning."""
    chosen: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for kind in KINDS:
        for span in record.get(kind) or []:
            start, end = span["start"], span["end"]
            if any(start < e and s < end for s, e in taken):
                continue
            if kind == "organizations":
                css = f"org {span.get('type') or ''}"
                tip = f"{span.get('type')}" + (f" → {span['canonical']}" if span.get("canonical") else "") + (
                    f" ({span['role']})" if span.get("role") else "")
            else:
                css = kind[:-1]
                label = " ".join(filter(None, (span.get("label"), span.get("measure"))))
                tip = f"{label} = {span.get('value')} {span.get('currency') or span.get('unit') or ''}"
            chosen.append((start, end, css, tip))
            taken.append((start, end))
    return sorted(chosen)


def _body(record: Mapping[str, Any]) -> str:
    text = record.get("text") or ""
    events: list[tuple[int, int, str]] = []  # (position, order, html): closes before opens
    for start, end, css, tip in _marks(record):
        events.append((start, 1, f'<mark class="{_esc(css)}" title="{_esc(tip)}">'))
        events.append((end, 0, "</mark>"))
    for s in record.get("sections") or []:
        events.append((s["start"], 2, f'<span class="heading" id="s{s["index"]}">'))
        events.append((s["end"], -1, "</span>"))
    events.sort(key=lambda e: (e[0], e[1]))
    out, pos = [], 0
    for position, _, tag in events:
        out.append(html.escape(text[pos:position]))
        out.append(tag)
        pos = position
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _amount_table(record: Mapping[str, Any]) -> str:
    titles = {s["index"]: s["title"] for s in record.get("sections") or []}
    rows = "".join(
        f"<tr><td>{i}</td><td>{_esc(a.get('label'))}</td><td>{_esc(a.get('measure'))}</td><td>{_esc(a.get('item'))}</td>"
        f"<td class=value>{_esc(a['value'])}</td><td>{_esc(a.get('currency'))}</td>"
        f"<td>{_esc(a['text'])}</td><td>{_esc(titles.get(a.get('section'), ''))}</td></tr>"
        for i, a in enumerate(record.get("amounts") or []))
    return ("<table class=amounts><tr><th>#</th><th>label</th><th>measure</th><th>item</th><th>value</th><th>currency</th>"
            f"<th>as written</th><th>section</th></tr>{rows}</table>")


def _checks(record: Mapping[str, Any]) -> str:
    items = []
    for c in record.get("checks") or []:
        css = "ok" if c.get("ok") else "failed"
        items.append(f'<li class="{css}">{"✔" if c.get("ok") else "✘"} {_esc(c.get("rule"))}: '
                     f'{_esc(c.get("message") or "")} (expected {_esc(c.get("expected"))}, '
                     f'actual {_esc(c.get("actual"))})</li>')
    return f'<ul class="checks">{"".join(items)}</ul>' if items else "<p>No checks apply.</p>"


def _flagged(record: Mapping[str, Any]) -> dict[tuple[int, int, str | None], str]:
    """(table, row, column) of each cell a failed check used, with the checks' messages."""
    out: dict[tuple[int, int, str | None], str] = {}
    for c in record.get("checks") or []:
        if c.get("ok"):
            continue
        for ref in c.get("amounts") or []:
            if isinstance(ref, Mapping):
                key = (ref.get("table"), ref.get("row"), ref.get("column"))
                out[key] = "; ".join(filter(None, (out.get(key), str(c.get("message") or ""))))
    return out


def _tables(record: Mapping[str, Any]) -> str:
    """Each statistical table as printed (a row per side of a two-sided table), the cells a
    failed check used in red with its message."""
    flagged = _flagged(record)
    parts = []
    for t, table in enumerate(record.get("tables") or []):
        rows = table.get("rows") or []
        columns = list(dict.fromkeys(c["column"] for r in rows for c in r.get("cells") or []))
        head = "".join(f"<th>{_esc(c)}</th>" for c in columns)
        body = []
        for r, row in enumerate(rows):
            cells = {c["column"]: c for c in row.get("cells") or []}
            tds = []
            for column in columns:
                cell, tip = cells.get(column), flagged.get((t, r, column))
                css = ' class="value failed"' if tip else " class=value"
                title = f' title="{_esc(tip)}"' if tip else ""
                tds.append(f"<td{css}{title}>{_esc(cell['text']) if cell else ''}</td>")
            body.append(f"<tr><td>{_esc(row.get('side'))}</td><td>{_esc(row.get('code'))}</td>"
                        f"<td>{_esc(row.get('label'))}</td>{''.join(tds)}</tr>")
        caption = (f"{_esc(table.get('title'))} — page {_esc(table.get('page'))}, "
                   f"单位 {_esc(table.get('unit'))}{' (本表无数据)' if table.get('empty') else ''}")
        parts.append(f'<h3 id="t{t}">{caption}</h3><table class=amounts><tr><th>side</th><th>code</th>'
                     f"<th>label</th>{head}</tr>{''.join(body)}</table>")
    return "".join(parts) or "<p>No tables.</p>"


def render_record(record: Mapping[str, Any]) -> str:
    """The HTML page of one record."""
    meta = record.get("meta") or {}
    failed = sum(1 for c in record.get("checks") or [] if not c.get("ok"))
    meta_rows = "".join(f"<tr><td>{_esc(k)}</td><td>{_esc(v)}</td></tr>" for k, v in meta.items() if k != "manifest")
    errors = "".join(f"<li class=failed>{_esc(e.get('stage'))} {_esc(e.get('code'))}: {_esc(e.get('message'))}</li>"
                     for e in record.get("errors") or [])
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{_esc(record.get('title') or record.get('source'))}</title>
<style>{STYLE}</style></head>
<body><nav id="outline"><b>目录 Outline</b>{_outline(record.get('sections') or [])}</nav>
<main>
<h1>{_esc(record.get('title') or record.get('source'))}</h1>
<table class="meta">{meta_rows}<tr><td>source</td><td>{_esc(record.get('source'))}</td></tr></table>
{f'<ul class="errors">{errors}</ul>' if errors else ''}
<p class="legend"><span class="key org">organization</span><span class="key amount">amount</span><span class="key percentage">percentage</span><span class="key score">score</span>
{len(record.get('organizations') or [])} organizations, {len(record.get('amounts') or [])} amounts,
<span class="{'failed' if failed else ''}">{failed} failed checks</span></p>
<h2>Checks</h2>{_checks(record)}
<h2>Tables</h2>{_tables(record)}
<h2>Text</h2><div class="text" id="text">{_body(record)}</div>
<h2>Amounts</h2>{_amount_table(record)}
</main></body></html>
"""

"""Scores against gold annotations, with the definitions of ``../shared/eval/score.py``:

- headings: multiset of (level, title) P/R/F1; titles compared NFKC, without whitespace,
  ``*``, a leading ``#``, a leading 一是/二是 or closing punctuation; gold "optional" headings
  count neither way. ``headings_text``: the same with the level ignored.
- organizations: unique names per document; a name neither required nor optional is a false
  positive, a required name missed a false negative.
- amounts: multiset of yuan values (Decimal, normalized); optional gold amounts count neither way.
- amount_labels: of the gold amounts matched (in order, first predicted amount of equal value),
  the share whose labels overlap (one contains the other), over gold amounts with a label.
- meta: share of gold meta fields predicted exactly (null wanted: null or "" predicted).
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import regex

_LEAD = regex.compile(r"^[一二三四五六七八九十]+是")
META_FIELDS = ("year", "province", "city", "district", "organization", "report_type")


def norm(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value))
    return "".join(ch for ch in text if not ch.isspace()).replace("*", "").strip("#")


def norm_title(value: Any) -> str:
    return _LEAD.sub("", norm(value)).rstrip("。；;：:，,.")


def as_decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value).replace(",", "")).normalize()
    except (InvalidOperation, ValueError):
        return None


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def compare(pred: Counter, required: Counter, optional: Counter) -> Counts:
    tp = sum((pred & required).values())
    return Counts(tp=tp, fp=sum(((pred - required) - optional).values()), fn=sum(required.values()) - tp)


def _split(items: Iterable[Any], key) -> tuple[Counter, Counter]:
    required, optional = Counter(), Counter()
    for item in items:
        value, is_optional = key(item)
        (optional if is_optional else required)[value] += 1
    return required, optional


def score_document(record: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, Any]:
    """Counts of one document: headings, headings_text, organizations, amounts, labels, meta."""
    req_h, opt_h = _split(gold.get("headings", []), lambda h: ((int(h[0]), norm_title(h[1])), len(h) >= 3))
    pred_h = Counter((int(s.get("level") or 0), norm_title(s.get("title", ""))) for s in record.get("sections") or [])
    titles = lambda c: Counter(t for _, t in c.elements())  # noqa: E731

    g_org = gold.get("organizations", {})
    required = {norm(o) for o in g_org.get("required", [])}
    optional = {norm(o) for o in g_org.get("optional", [])}
    predicted = {norm(o.get("text", "")) for o in record.get("organizations") or []} - {""}

    g_amounts = gold.get("amounts", [])
    wanted = [(as_decimal(a["yuan"]), norm(a.get("label", ""))) for a in g_amounts if not a.get("optional")]
    opt_a = Counter(as_decimal(a["yuan"]) for a in g_amounts if a.get("optional"))
    got = [(as_decimal(a.get("value")), norm(a.get("label") or "")) for a in record.get("amounts") or []]
    label_hits = label_total = 0
    pool = list(got)
    for value, label in wanted:
        hit = next((p for p in pool if p[0] == value), None)
        if hit is None:
            continue
        pool.remove(hit)
        if label:
            label_total += 1
            label_hits += bool(hit[1]) and (label in hit[1] or hit[1] in label)

    meta = dict(record.get("meta") or {})
    meta_hits = meta_total = 0
    for key, want in (gold.get("meta") or {}).items():
        meta_total += 1
        value = meta.get(key)
        meta_hits += (value in (None, "")) if want is None else (value is not None and norm(value) == norm(want))

    return {
        "headings": compare(pred_h, req_h, opt_h),
        "headings_text": compare(titles(pred_h), titles(req_h), titles(opt_h)),
        "organizations": compare(Counter(predicted), Counter(required), Counter(optional)),
        "amounts": compare(Counter(v for v, _ in got), Counter(v for v, _ in wanted), opt_a),
        "labels": (label_hits, label_total), "meta": (meta_hits, meta_total),
        "missed_orgs": sorted(required - predicted), "extra_orgs": sorted(predicted - required - optional),
    }


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))]


def by_document(records: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """Records by the base name of their ``source`` (an archive member's path, or the id), the
    name a gold file's ``doc`` gives."""
    out = {}
    for r in records:
        source = r.get("source")
        path = source.get("path") if isinstance(source, Mapping) else source
        out[os.path.basename(str(path or r.get("id") or ""))] = r
    return out


def score_records(records: Iterable[Mapping[str, Any]], gold_dir: Path) -> dict[str, Any]:
    """Micro-averaged scores of ``records`` (matched to gold by the base name of ``source``)."""
    by_name = by_document(records)
    totals = {k: Counts() for k in ("headings", "headings_text", "organizations", "amounts")}
    labels = [0, 0]
    meta = [0, 0]
    missing, per_doc = [], {}
    golds = load_gold(gold_dir)
    for gold in golds:
        record = by_name.get(gold["doc"])
        if record is None:
            missing.append(gold["doc"])
            record = {}
        doc = score_document(record, gold)
        for key, counts in totals.items():
            counts.add(doc[key])
        labels[0] += doc["labels"][0]
        labels[1] += doc["labels"][1]
        meta[0] += doc["meta"][0]
        meta[1] += doc["meta"][1]
        per_doc[gold["doc"]] = {k: doc[k].scores() for k in totals} | {
            "missed_orgs": doc["missed_orgs"], "extra_orgs": doc["extra_orgs"]}
    return {
        "documents": len(golds), "missing_documents": missing,
        **{k: c.scores() for k, c in totals.items()},
        "amount_labels": round(labels[0] / labels[1], 4) if labels[1] else 0.0,
        "meta": round(meta[0] / meta[1], 4) if meta[1] else 0.0,
        "per_doc": per_doc,
    }


def format_scores(result: Mapping[str, Any]) -> str:
    lines = []
    for key in ("headings", "headings_text", "organizations", "amounts"):
        r = result[key]
        lines.append(f"{key:14s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}")
    lines.append(f"{'amount_labels':14s} {result['amount_labels']:.3f}")
    lines.append(f"{'meta':14s} {result['meta']:.3f}")
    if result["missing_documents"]:
        lines.append(f"missing documents: {len(result['missing_documents'])}")
    return "\n".join(lines)


def gold_documents(gold_dir: Path, search: Iterable[Path]) -> list[Path]:
    """The files the gold folder names, found (recursively) under ``search``."""
    wanted = {g["doc"] for g in load_gold(gold_dir)}
    found: dict[str, Path] = {}
    for root in search:
        root = Path(root)
        candidates = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in candidates:
            if path.name in wanted and path.name not in found:
                found[path.name] = path
    return [found[name] for name in sorted(found)]


def sentence_names(row: Mapping[str, Any]) -> tuple[Counter, Counter, Counter]:
    """Predicted, required and optional organization names of one row of a sentence test set
    (``tests/heldout/sentences``: ``{"text", "required", "optional"}``), compared as for documents."""
    from .orgs import find_organizations

    pred = Counter({norm(o.text) for o in find_organizations(row["text"])} - {""})
    return pred, Counter({norm(n) for n in row["required"]}), Counter({norm(n) for n in row.get("optional", [])})


def score_sentences(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Organizations P/R/F1 over the rows of a sentence test set, sentence by sentence."""
    total = Counts()
    for row in rows:
        total.add(compare(*sentence_names(row)))
    return total.scores()

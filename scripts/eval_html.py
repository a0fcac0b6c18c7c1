"""Score the reading of saved government web pages against blind annotations, for govreport and
for trafilatura alone.

    python scripts/eval_html.py PAGES_DIR TRUTH.jsonl [--per-page]

TRUTH.jsonl holds one line per page: {"file", "title", "date" (YYYY-MM-DD or null), "province",
"city", "district", "body": [sentences], "figures": [amounts as written], "furniture": [lines]}.
Each page gives these checks, each passed or failed:
- title: the extracted title equals the annotated one (spaces ignored);
- date: the extracted publication date equals the annotated one;
- region: province, city and district all equal (trafilatura has no region: it fails where the
  annotation names one);
- body: each annotated sentence is in the extracted text (spaces ignored);
- figures: each annotated amount opens an amount of the record (825元 of 825元/人; for
  trafilatura: it is in its text);
- furniture: each annotated chrome line is not a line of the extracted text.
Prints the share of checks passed for each reader (and per page with --per-page).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SPACE = re.compile(r"\s+")


def squeeze(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def checks(truth: dict, *, text: str, title: str | None, date: str | None, region: tuple | None,
           amounts: list[str] | None) -> dict[str, list[bool]]:
    flat = squeeze(text)
    lines = {squeeze(line) for line in text.split("\n")}
    out = {"title": [squeeze(title) == squeeze(truth["title"])],
           "date": [(date or None) == truth.get("date")],
           "body": [squeeze(s) in flat for s in truth.get("body", [])],
           "figures": [any(squeeze(a).startswith(squeeze(f)) for a in amounts) if amounts is not None
                       else squeeze(f) in flat for f in truth.get("figures", [])],
           "furniture": [squeeze(f) not in lines for f in truth.get("furniture", [])]}
    expected = (truth.get("province"), truth.get("city"), truth.get("district"))
    out["region"] = [region == expected if region is not None else expected == (None, None, None)]
    return out


def ours(path: Path, truth: dict, nlp) -> dict[str, list[bool]]:
    from pipeline.process import process_path

    rec = process_path(nlp, path, source=str(path))
    meta = rec["meta"]
    return checks(truth, text=rec["text"], title=rec["title"], date=meta.get("date"),
                  region=(meta.get("province"), meta.get("city"), meta.get("district")),
                  amounts=[a["text"] for a in rec["amounts"]])


def trafilatura_alone(path: Path, truth: dict) -> dict[str, list[bool]]:
    import trafilatura

    html = path.read_text(encoding="utf-8", errors="replace")
    text = trafilatura.extract(html, include_tables=True) or ""
    meta = trafilatura.extract_metadata(html)
    return checks(truth, text=text, title=meta.title if meta else None, date=meta.date if meta else None,
                  region=None, amounts=None)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("truth", type=Path)
    parser.add_argument("--per-page", action="store_true")
    args = parser.parse_args(argv)
    import pipeline

    nlp = pipeline.load()
    truths = [json.loads(line) for line in args.truth.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals = {"govreport": [0, 0], "trafilatura": [0, 0]}
    for truth in truths:
        path = args.pages / truth["file"]
        for name, result in (("govreport", ours(path, truth, nlp)), ("trafilatura", trafilatura_alone(path, truth))):
            passed = sum(sum(v) for v in result.values())
            total = sum(len(v) for v in result.values())
            totals[name][0] += passed
            totals[name][1] += total
            if args.per_page:
                failed = {k: v.count(False) for k, v in result.items() if False in v}
                print(f"{truth['file']:<22} {name:<12} {passed}/{total} failed: {failed}")
    for name, (passed, total) in totals.items():
        print(f"{name:<12} {passed}/{total} checks passed = {passed / max(total, 1):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])

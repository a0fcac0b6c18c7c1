"""Compare PDF text extractors on speed and text quality (the figures of docs/pdf.md).

    PYTHONPATH=. .venv/bin/python scripts/compare_pdf.py [PDF_FOLDER ...] [--gold GOLD_DIR] [--repeat N]

Defaults: ../shared/corpus/budgets and ../shared/gold/dev. Libraries that are not installed are
left out (pypdfium2 is the project's own; pdfminer.six, pdfplumber and pypdf are only installed
for this comparison: ``pip install pdfminer.six pdfplumber pypdf``).

Per library it prints:
- ``chars/s``: characters extracted per second of extraction (best of ``--repeat`` runs);
- ``phrases``: how many known phrases of the gold files (organization names, amount texts,
  heading titles and the title of the PDFs among them) come out whole in the text after the
  project's normalizer (page headers and footers dropped, line wraps joined) — the text the
  later stages see — and, in brackets, in the raw text with line breaks and spaces removed
  (what a perfect line-joiner could get);
- ``lines``: lines per page (more lines = tables and wrapped sentences split further);
- ``bad CJK``: characters that a Chinese text should not hold: U+FFFD, private-use code points
  and Kangxi/CJK radicals (⼀ U+2F00 for 一: a font's wrong ToUnicode map), per 10,000 characters;
- ``spaced``: CJK characters followed by a space before another CJK character, per 10,000
  (extractors that put a space between every glyph break words and names).
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.normalize import normalize  # noqa: E402

SHARED = ROOT.parent / "shared"
_BAD = regex.compile(r"[\uFFFD\p{Co}\u2E80-\u2FDF]")
_SPACED = regex.compile(r"\p{Han} (?=\p{Han})")
_WS = regex.compile(r"\s+")


def pypdfium2_pages(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return out
    finally:
        pdf.close()


def pdfminer_pages(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return ["".join(el.get_text() for el in page if isinstance(el, LTTextContainer))
            for page in extract_pages(io.BytesIO(data))]


def pdfplumber_pages(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pypdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


LIBRARIES: dict[str, tuple[str, Callable[[bytes], list[str]]]] = {
    "pypdfium2": ("pypdfium2", pypdfium2_pages),
    "pdfminer.six": ("pdfminer", pdfminer_pages),
    "pdfplumber": ("pdfplumber", pdfplumber_pages),
    "pypdf": ("pypdf", pypdf_pages),
}


def known_phrases(gold_dir: Path, names: set[str]) -> dict[str, list[str]]:
    """Phrases each gold-annotated PDF among ``names`` must contain: title, headings,
    organizations and amount texts."""
    out: dict[str, list[str]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("doc") not in names:
            continue
        phrases = [gold.get("title") or ""]
        phrases += [h[1] for h in gold.get("headings", [])]
        orgs = gold.get("organizations", {})
        phrases += list(orgs.get("required", []))
        phrases += [a["text"] for a in gold.get("amounts", [])]
        out[gold["doc"]] = sorted({p for p in phrases if len(p) >= 2})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", default=[str(SHARED / "corpus" / "budgets")])
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev"))
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)

    files = sorted(p for folder in args.folders for p in Path(folder).rglob("*.pdf"))
    if not files:
        print(f"no PDF under {args.folders}", file=sys.stderr)
        return 2
    blobs = {p.name: p.read_bytes() for p in files}
    gold_dir = Path(args.gold)
    phrases = known_phrases(gold_dir, set(blobs)) if gold_dir.is_dir() else {}
    n_phrases = sum(map(len, phrases.values()))
    print(f"{len(files)} PDFs, {sum(map(len, blobs.values())) / 1e6:.1f} MB; "
          f"{n_phrases} known phrases in {len(phrases)} gold-annotated PDFs\n")
    print(f"{'library':<13} {'chars':>8} {'seconds':>8} {'chars/s':>9} {'phrases (raw)':>15} "
          f"{'lines/page':>10} {'bad CJK':>8} {'spaced':>7}")
    for name, (module, extract) in LIBRARIES.items():
        try:
            __import__(module)
        except ImportError:
            print(f"{name:<13} not installed")
            continue
        best = float("inf")
        texts: dict[str, list[str]] = {}
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            texts = {fname: extract(data) for fname, data in blobs.items()}
            best = min(best, time.perf_counter() - start)
        chars = sum(len(t) for pages in texts.values() for t in pages)
        n_pages = sum(len(pages) for pages in texts.values())
        lines = sum(t.count("\n") + 1 for pages in texts.values() for t in pages)
        joined = "".join("".join(pages) for pages in texts.values())
        bad = len(_BAD.findall(joined)) * 10_000 / max(chars, 1)
        spaced = len(_SPACED.findall(joined)) * 10_000 / max(chars, 1)
        whole = raw_whole = 0
        for fname, wanted in phrases.items():
            text = normalize("\f".join(texts[fname]), pages=texts[fname])
            flat = _WS.sub("", "".join(texts[fname]))
            whole += sum(p in text for p in wanted)
            raw_whole += sum(_WS.sub("", p) in flat for p in wanted)
        print(f"{name:<13} {chars:>8} {best:>8.2f} {chars / best:>9.0f} "
              f"{f'{whole}/{n_phrases} ({raw_whole})':>15} {lines / n_pages:>10.1f} {bad:>8.1f} {spaced:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""pdfplumber's ``extract_tables`` as a slower reference for the table stage, on the budgets of
``../shared/gold/tables``: CPU time per document and how many gold cells pdfplumber gives as a
cell of a table on the same pages (it gives cells only: no header paths, sides, codes or values).

    PYTHONPATH=. python scripts/compare_tables.py        # needs pdfplumber (pip install pdfplumber)
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"


def plumber_cells(path: Path) -> dict[int, list[str]]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return {page.page_number: [(c or "").strip() for t in page.extract_tables() for row in t for c in row]
                for page in pdf.pages}


def main() -> int:
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        print("compare_tables: pdfplumber is not installed (pip install pdfplumber)")
        return 0
    from pipeline.tables.pdf import pdf_tables

    gold_dir = SHARED / "gold" / "tables"
    if not gold_dir.is_dir():
        print(f"compare_tables: {gold_dir} is absent")
        return 0
    for gold_file in sorted(gold_dir.glob("*.tables.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = SHARED / "corpus" / "budgets" / gold["doc"]
        start = time.process_time()
        cells = plumber_cells(path)
        plumber = time.process_time() - start
        data = path.read_bytes()
        start = time.process_time()
        pdf_tables(data)
        ours = time.process_time() - start
        wanted = [(c["text"], gt.get("pages") or [gt["page"]]) for gt in gold["tables"] for c in gt["cells"]]
        hit = sum(any(text == x for p in pages for x in cells.get(p, ())) for text, pages in wanted)
        print(f"{gold['doc']}: pdfplumber {plumber:.2f} s CPU ({hit}/{len(wanted)} gold cells found as a cell),"
              f" table stage {ours:.2f} s CPU ({plumber / ours:.0f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Offline OCR of scanned PDF pages, the optional ``ocr`` extra (``pip install 'govreport[ocr]'``).

The engine is RapidOCR (``rapidocr-onnxruntime``): PaddleOCR's PP-OCRv4 Chinese detection and
recognition models run by ONNX Runtime on the CPU. Its wheel ships the models (some 16 MB), so it
works offline, with no download at run time; it reads simplified and traditional Chinese, digits
and Latin letters (the 221.90万元 of a budget table). Tesseract with ``chi_sim`` was the other
candidate: it needs Debian packages outside pip and reads Chinese less well.

Only pages without a text layer are OCR'd (``pipeline.read.pdf``); ``GOVREPORT_OCR=0`` turns OCR
off. Boxes are put in reading order: a box joins the line whose vertical span holds its middle;
a line's boxes are sorted left to right, a gap wider than one character height becoming a space
(table cells).
"""
from __future__ import annotations

import importlib.util
import os
from typing import Any

#: Pages are rendered at their scan's own resolution (pixels per PDF point), within these bounds
#: (72 to 216 dpi), …
MIN_SCALE, MAX_SCALE = 1.0, 3.0
#: … and never with a side longer than this (an A0 scan would need gigabytes).
MAX_SIDE = 4000

_ENGINE: Any = None


def available() -> bool:
    """True when the OCR extra is installed and not turned off by ``GOVREPORT_OCR=0``."""
    if os.environ.get("GOVREPORT_OCR", "1").strip().lower() in {"0", "false", "no", "off"}:
        return False
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


def _engine() -> Any:
    global _ENGINE
    if _ENGINE is None:
        from rapidocr_onnxruntime import RapidOCR

        _ENGINE = RapidOCR()
    return _ENGINE


def lines_from_boxes(boxes: list[tuple[list[list[float]], str]]) -> list[str]:
    """Text lines from OCR boxes (four corner points, text) in any order."""
    items = []
    for box, text in boxes:
        ys = [point[1] for point in box]
        xs = [point[0] for point in box]
        items.append((min(ys), max(ys), min(xs), max(xs), text))
    items.sort(key=lambda it: ((it[0] + it[1]) / 2, it[2]))
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for item in items:
        middle = (item[0] + item[1]) / 2
        row = rows[-1] if rows else None
        if row is not None and min(it[0] for it in row) <= middle <= max(it[1] for it in row):
            row.append(item)
        else:
            rows.append([item])
    out = []
    for row in rows:
        row.sort(key=lambda it: it[2])
        parts = [row[0][4]]
        for before, item in zip(row, row[1:]):
            height = max(item[1] - item[0], 1.0)
            parts.append((" " if item[2] - before[3] > height else "") + item[4])
        out.append("".join(parts))
    return out


def ocr_image(image: Any) -> str:
    """The text of an image (a PIL image or an RGB array), lines in reading order."""
    import numpy as np

    result, _ = _engine()(np.asarray(image.convert("RGB")) if hasattr(image, "convert") else image)
    return "\n".join(lines_from_boxes([(box, text) for box, text, _score in result or []]))


def ocr_page(page: Any, *, scale: float = 2.0) -> str:
    """The text of a pypdfium2 page, rendered at ``scale`` pixels per point and OCR'd."""
    width, height = page.get_size()
    scale = min(max(scale, MIN_SCALE), MAX_SCALE, MAX_SIDE / max(width, height, 1.0))
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        return ocr_image(bitmap.to_pil())
    finally:
        bitmap.close()

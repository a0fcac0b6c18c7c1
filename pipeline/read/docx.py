"""Word .docx files: paragraphs and table rows in body order, a line each.

A .docx is a ZIP archive that python-docx inflates whole into memory: one that would inflate
past ``MAX_INFLATED`` bytes, or holds a part inflating more than the archive reader's
``MAX_RATIO`` times, is refused (E106) before python-docx sees it.
"""
from __future__ import annotations

import io
import zipfile

from ..errors import DocError, Errors
from .result import ReadResult

#: What a .docx may inflate to in all (Word's own limit for a document is 512 MB).
MAX_INFLATED = 512 * 1024 * 1024


def _bomb(data: bytes) -> str | None:
    """Why ``data`` is refused as a zip bomb, or None (a damaged archive is python-docx's to report)."""
    from .archive import MAX_MEMBERS, MAX_RATIO, RATIO_FLOOR

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except Exception:  # zipfile raises many kinds on a damaged archive
        return None
    if len(infos) > MAX_MEMBERS:
        return f"{len(infos)} parts, more than {MAX_MEMBERS} (a zip bomb?)"
    total = sum(info.file_size for info in infos)
    if total > MAX_INFLATED:
        return f"inflates to {total} bytes, more than {MAX_INFLATED} (a zip bomb?)"
    for info in infos:
        if info.file_size > 8 * RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            return f"{info.filename!r} inflates more than {MAX_RATIO} times (a zip bomb?)"
    return None


def read_docx(data: bytes) -> ReadResult:
    bomb = _bomb(data)
    if bomb is not None:
        return ReadResult(text="", format="docx", errors=(DocError.make("read", Errors.E106, detail=bomb),))
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    cells = []
                    for cell in row.cells:
                        value = cell.text.strip()
                        if value and (not cells or cells[-1] != value):  # merged cells repeat
                            cells.append(value)
                    lines.append(" ".join(cells))
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        return ReadResult(text="", format="docx",
                          errors=(DocError.make("read", Errors.E106, detail=f"{type(exc).__name__}: {exc}"),))
    return ReadResult(text="\n".join(lines), format="docx")

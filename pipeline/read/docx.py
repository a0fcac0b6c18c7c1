"""Word .docx files: paragraphs and table rows in body order, a line each."""
from __future__ import annotations

import io

from ..errors import DocError, Errors
from . import ReadResult


def read_docx(data: bytes) -> ReadResult:
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

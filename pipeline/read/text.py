"""Plain text and markdown in any of UTF-8 (with or without BOM), UTF-16/32 with BOM,
GB18030/GBK, Big5: a byte-order mark decides when there is one, strict UTF-8 next,
and charset-normalizer for everything else."""
from __future__ import annotations

import codecs

from ..errors import DocError, Errors
from . import ReadResult

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings a Chinese government text may come in, for the detector to choose from.
_CANDIDATES = ["gb18030", "big5", "utf_16", "utf_8"]


def detect_encoding(data: bytes) -> str | None:
    """The encoding of ``data``, or None when no candidate decodes it."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=_CANDIDATES).best()
    if best is not None:
        return best.encoding
    return None


def read_text(data: bytes) -> ReadResult:
    encoding = detect_encoding(data)
    errors: tuple[DocError, ...] = ()
    if encoding is None:
        text = data.decode("utf-8", errors="replace")
        errors = (DocError.make("read", Errors.E102, detail="no known encoding fits; undecodable bytes replaced by U+FFFD"),)
        encoding = "utf-8 (replaced)"
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            text = data.decode(encoding, errors="replace")
            errors = (DocError.make("read", Errors.E102, detail=f"{encoding}: {exc.reason} at byte {exc.start}"),)
    return ReadResult(text=text, format="text", encoding=encoding, errors=errors)

"""A document at an fsspec URL (``s3://…``, ``https://…``, ``file:///…``), read by whichever machine
processes it, up to the size limit."""
from __future__ import annotations

from pathlib import Path

from ..errors import DocError, Errors
from . import read_head
from .result import MAX_BYTES, ReadResult, format_of


def read_url(url: str) -> tuple[bytes, ReadResult]:
    """``pipeline.read.read_document`` for an fsspec URL: its bytes (up to the size limit) and
    what was read from them; never raises. (A ZIP archive at a URL is not opened: E113 says to
    give its local path.)"""
    import fsspec

    name = url.rstrip("/").rsplit("/", 1)[-1]
    suffix = Path(name).suffix
    try:
        with fsspec.open(url, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
            size = getattr(fh, "size", None) or f"more than {MAX_BYTES}"
    except Exception as exc:  # any backend's own exception: the batch goes on
        return b"", ReadResult(text="", format=format_of(suffix),
                               errors=(DocError.make("read", Errors.E109, detail=f"{type(exc).__name__}: {exc}"),))
    return read_head(data, size=size, suffix=suffix, name=name)

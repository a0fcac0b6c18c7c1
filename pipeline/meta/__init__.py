"""Stage: document metadata — title, year, province/city/district, reporting organization and
report type, read from the head of the text (``extract_meta``); a manifest row wins over it
(``apply_manifest``)."""
from .extract import extract_meta
from .model import DocumentMeta, apply_manifest

__all__ = ["DocumentMeta", "apply_manifest", "extract_meta"]

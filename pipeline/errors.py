"""Coded messages for everything that can go wrong with one document.

A code names the stage and the kind of failure (``E1xx`` read, ``E2xx`` normalize, ``E3xx``
segment and extraction, ``E9xx`` the runner). A record carries ``{stage, code, message}``;
the batch goes on.
"""
from __future__ import annotations

from dataclasses import dataclass


class Errors:
    E101 = "[E101] File is empty."
    E102 = "[E102] Could not decode the text: {detail}"
    E103 = "[E103] Not a readable PDF: {detail}"
    E104 = "[E104] The PDF is encrypted and cannot be opened without a password."
    E105 = "[E105] The PDF has no text layer on {pages} of {total} pages (scanned?); OCR is not installed (pip install 'govreport[ocr]')."
    E106 = "[E106] Not a readable DOCX file: {detail}"
    E107 = "[E107] Not a readable HTML file: {detail}"
    E108 = "[E108] Unsupported file type: {suffix}"
    E109 = "[E109] Could not open the file: {detail}"
    E110 = "[E110] File is larger than the limit ({size} > {limit} bytes); read the first {limit} bytes."
    E111 = "[E111] The text holds NUL bytes or control characters; they were removed."
    E112 = "[E112] Not a readable ZIP archive member: {detail}"
    E113 = "[E113] Not a readable ZIP archive: {detail}"
    E114 = "[E114] Archive member refused: {detail}"
    E115 = "[E115] OCR failed on page {page}: {detail}"
    E116 = "[E116] The text is longer than the limit ({size} > {limit} characters); kept the first {limit}."
    E301 = "[E301] Stage {stage} failed: {detail}"
    E901 = "[E901] Worker failed on this document: {detail}"


@dataclass(frozen=True, slots=True)
class DocError:
    """One problem met with one document: which stage, which code, what happened."""

    stage: str
    code: str
    message: str

    @classmethod
    def make(cls, where: str, template: str, /, **fields: object) -> "DocError":
        """The error of stage ``where`` from an ``Errors`` template and its fields."""
        message = template.format(**fields)
        return cls(stage=where, code=message[1:5], message=message)

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "code": self.code, "message": self.message}

"""Plain text and markdown in any of UTF-8 (with or without BOM), UTF-16/32 with BOM,
UTF-16 without BOM, GB18030/GBK, Big5.

The order of evidence: a byte-order mark; strict UTF-8; NUL bytes at every other position
(UTF-16 without a BOM: the high byte of ASCII characters); UTF-8 with a few damaged bytes
(a cut or corrupted file: its valid multi-byte sequences far outnumber the bad ones, which a
GBK text never shows); then charset-normalizer among the encodings a Chinese government text
comes in, a tie between GB18030 and Big5 going to GB18030 (mainland documents).

NUL bytes and other control characters (not tab, line or page breaks) are removed (E111);
undecodable bytes become U+FFFD (E102). Never raises.
"""
from __future__ import annotations

import codecs

import regex

from ..errors import DocError, Errors
from .result import ReadResult

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings a Chinese government text may come in, for the detector to choose from; on a tie
#: the first wins.
_CANDIDATES = ["gb18030", "big5", "utf_16", "utf_8"]
#: How much of the text the detectors look at.
_SAMPLE = 200_000
#: Control characters a text should not hold (tab, LF, CR and form feed are kept).
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]+")


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"-be" when NUL bytes sit at odd/even positions only, else None."""
    if b"\x00" not in sample:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    enough = max(4, 0.02 * half)
    if odd >= enough and even * 4 <= odd:  # 一 (U+4E00) has a NUL low byte
        return "utf-16-le"
    if even >= enough and odd * 4 <= even:
        return "utf-16-be"
    return None


def _damaged_utf8(sample: bytes) -> bool:
    """True when ``sample`` is UTF-8 but for a few bad bytes."""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return good >= 5 * bad  # a GBK text decoded as UTF-8 has some 4 bad for 1 good


def detect_encoding(data: bytes) -> str | None:
    """The encoding of ``data``, or None when no candidate decodes it."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:_SAMPLE]
    try:
        data.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    utf16 = _utf16_without_bom(sample)
    # ASCII in UTF-16 is valid UTF-8 too, but half its bytes are NUL; a UTF-8 text's few NULs are damage.
    if utf16 is not None and (not utf8 or sample.count(0) >= 0.2 * len(sample)):
        try:
            data.decode(utf16)
            return utf16
        except UnicodeDecodeError:
            pass
    if utf8:
        return "utf-8"
    if _damaged_utf8(sample):
        return "utf-8"
    from charset_normalizer import from_bytes

    matches = from_bytes(sample, cp_isolation=_CANDIDATES)
    best = matches.best()
    if best is None:
        return None
    ties = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    ties.sort(key=lambda name: _CANDIDATES.index(name) if name in _CANDIDATES else len(_CANDIDATES))
    return ties[0]


def strip_controls(text: str) -> tuple[str, tuple[DocError, ...]]:
    """``text`` without NUL bytes and control characters, and E111 when there were some."""
    if _CONTROL.search(text) is None:
        return text, ()
    return _CONTROL.sub("", text), (DocError.make("read", Errors.E111),)


def read_text(data: bytes, *, cut: bool = False) -> ReadResult:
    """``cut``: ``data`` is the start of a longer file, so a character cut at its end is no error."""
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
            if cut and exc.end == len(data) and len(data) - exc.start < 4:
                return read_text(data[:exc.start])
            text = data.decode(encoding, errors="replace")
            errors = (DocError.make("read", Errors.E102, detail=f"{encoding}: {exc.reason} at byte {exc.start}"),)
    text, controls = strip_controls(text)
    return ReadResult(text=text, format="text", encoding=encoding, errors=errors + controls)

"""Stage 2, normalize: one canonical text per document; every offset of the record indexes it.

1. Characters: full-width digits, Latin letters and space to half-width (CJK punctuation is
   kept; a full-width comma between full-width digit groups, １，２３４, is a thousands comma),
   NBSP / ideographic / zero-width spaces, control characters, CRLF and CR to LF, runs of
   "??" a scraper left for characters it could not encode.
   Text and web pages lose their site furniture (header fields, tool bars, summary, footer:
   ``pipeline/furniture.py``).
2. Pages (PDF): running headers and footers (a line repeated at the top or bottom of many
   pages) and page numbers ("- 3 -", "第3页", "3/12") are dropped; a sentence cut by a page
   break is joined to its continuation on the next page.
3. Copies: a block of text that occurs again (a web page scraped twice, a PDF page printed
   twice) is kept once.
4. Line wraps: a PDF line that runs to the right margin (its display width close to the
   document's full line width) and does not end a sentence is joined to the next line, so
   "上海市普陀区规划和自然资\\n源局" becomes one name. A paragraph of a text file that stops
   mid-sentence before a blank line ("广\\n\\n东咏声文旅…") is joined to the next one.

``normalize`` is idempotent: normalizing normalized text changes nothing.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import regex

from .furniture import strip_furniture

# Full-width ASCII digits and letters, and the full-width space, fold to ASCII.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_FOLD.update({0xFF05: ord("%"), 0x3000: ord(" "), 0x00A0: ord(" "), 0x2002: ord(" "),
              0x2003: ord(" "), 0x2009: ord(" "), 0x202F: ord(" "), 0x200B: None,
              0x200C: None, 0x200D: None, 0xFEFF: None, 0x00AD: None, 0x2060: None})

# Runs of the characters _FOLD maps, found by one pattern (the standard library's re scans a
# character class 4x faster than regex)
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD)) + "]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


# Debris of scraped web pages: literal "<U+00A0>" escapes, HTML entities, HTML comments.
_ESCAPE = regex.compile(r"<U\+([0-9A-Fa-f]{4,6})>")
_ENTITY = regex.compile(r"&(?:nbsp|ensp|emsp|#160|#12288);")
_COMMENT = regex.compile(r"<!--.*?-->", regex.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")  # control characters (Cc) but \t \n \f
_WIDE_DIGIT = regex.compile(r"[０-９]")
_WIDE_GROUP = regex.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")  # １，２３４: a thousands comma
_LOST = regex.compile(r"\?{2,}")  # "政??府": characters a scraper could not encode
_SPACES = re.compile(r"[ \t]+")  # the standard library's re: one pass over a text, 10x faster
_FULLWIDTH_DOT = regex.compile(r"(?<=\d)．")

# A line that is only a page number or a "page x of y" footer.
_PAGE_NUMBER = regex.compile(
    r"""^\s*(?:
        [-—–_·•]*\s*\d{1,4}\s*[-—–_·•]*          # - 3 -, —3—, 3
      | 第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?   # 第3页 共12页
      | \d{1,4}\s*/\s*\d{1,4}                     # 3/12
      | (?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?  # Page 3 of 12
    )\s*$""",
    regex.X | regex.I,
)
# Characters that end a sentence or a paragraph: a line ending with one is not wrapped.
_SENTENCE_END = "。！？!?；;：:…”」』）)"
_TERMINAL = "。！？!?"
# Punctuation that never starts a line in Chinese typesetting: a line starting with it continues.
_NO_LINE_START = "，。、；：！？）》」』”,.;:!?)%"
# Lines that open a new block: a heading marker, a list item, markdown, a table-ish row.
_BLOCK_START = regex.compile(
    r"""^\s*(?:
        \#|>|\*\*|[-*+]\s                          # markdown
      | 第[一二三四五六七八九十百零〇\d]+[部分章节条篇]   # 第一部分
      | [一二三四五六七八九十]+\s*[、.．]           # 一、
      | [（(]\s*[一二三四五六七八九十\d]+\s*[）)]    # （一） (1)
      | \d{1,2}\s*[、.．](?!\d)                     # 1、 1.
      | [①-⑳]                                      # ①
      | 附件\s*\d*                                  # 附件2
      | [一二三四五六七八九十]是                     # 一是
    )""",
    regex.X,
)
_HAN = regex.compile(r"\p{Han}")


def fold_characters(text: str) -> str:
    """Width folding, space and control characters, line ends (step 1)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text or "&" in text:
        text = _COMMENT.sub("", text)
        text = _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if int(m[1], 16) < 0x110000 else m[0], text)
        text = _ENTITY.sub(" ", text)
    if "，" in text and _WIDE_DIGIT.search(text):
        text = _WIDE_GROUP.sub(",", text)
    text = _FOLDABLE.sub(_fold_run, text)  # str.translate walks every character: 10x slower
    text = _FULLWIDTH_DOT.sub(".", text)
    text = _CONTROL.sub("", text)
    if "??" in text:
        text = _LOST.sub(" ", text)
    return text


def display_width(line: str) -> int:
    """Width in half-em cells: CJK and full-width characters count 2, the rest 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _clean_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _drop_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers at the top or bottom of pages, and running headers and footers: a
    line repeated (digits aside) at a page edge on many pages, kept where it first occurs."""
    def key(line: str) -> str:
        return regex.sub(r"\d+", "#", line.replace(" ", ""))

    def edges(lines: list[str]) -> list[int]:
        idx = {0, len(lines) - 1}
        if lines and _PAGE_NUMBER.match(lines[0]):
            idx.add(1)
        if lines and _PAGE_NUMBER.match(lines[-1]):
            idx.add(len(lines) - 2)
        return sorted(i for i in idx if 0 <= i < len(lines))

    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({key(lines[i]) for i in edges(lines)})
    repeated = {k for k, n in counts.items() if n >= 3 and n >= 0.4 * len(pages) and len(k) <= 60}
    seen: set[str] = set()
    out = []
    for lines in pages:
        drop = set()
        for i in edges(lines):
            k = key(lines[i])
            if _PAGE_NUMBER.match(lines[i]):
                drop.add(i)
            elif k in repeated:
                if k in seen:
                    drop.add(i)
                seen.add(k)
        out.append([l for i, l in enumerate(lines) if i not in drop])
    return out


def _full_width(lines: Sequence[str]) -> int:
    """The document's full line width: a high percentile of the widths of its long lines."""
    widths = sorted(display_width(l) for l in lines if display_width(l) >= 24)
    if len(widths) < 5:
        return 10**9  # too little running text to tell wrapped lines apart
    return widths[int(0.85 * (len(widths) - 1))]


def _joiner(left: str, right: str) -> str:
    """What goes between two joined pieces: a space between two Latin words, else nothing."""
    if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return " "
    return ""


#: Display cells a paragraph's indented first line may fall short of the margin by.
_INDENT = 4


def _is_wrapped(line: str, nxt: str, full: int) -> bool:
    """Whether the physical PDF line ``line`` runs on into ``nxt``."""
    if not nxt:
        return False
    if nxt[0] in _NO_LINE_START:
        return True
    if line[-1] in _TERMINAL or _BLOCK_START.match(nxt):
        return False
    tolerance = max(4, full // 16)
    if _HAN.match(line[-1]) or line[-1].isdigit():
        tolerance += _INDENT  # no punctuation at the end: allow for a first-line indent
    return display_width(line) >= full - tolerance


def join_wrapped_lines(pages: Sequence[str]) -> str:
    """Pages of a PDF text layer to paragraphs (steps 2 and 3)."""
    split = [[_clean_line(l) for l in page.split("\n")] for page in pages]
    split = _drop_page_furniture([[l for l in lines if l] for lines in split])
    lines = [l for page in split for l in page]
    full = _full_width(lines)
    out: list[str] = []
    last = ""  # the last physical line: its width, not the joined paragraph's, decides
    for page in split:
        for line in page:
            if out and last and _is_wrapped(last, line, full):
                out[-1] += _joiner(out[-1], line) + line
            else:
                out.append(line)
            last = line
    return "\n".join(out)


def _join_broken_paragraphs(text: str) -> str:
    """Join a paragraph that stops mid-sentence before a blank line to the next (text files)."""
    paragraphs = regex.split(r"\n[ \t]*\n(?:[ \t]*\n)*", text)
    out: list[str] = []
    for para in paragraphs:
        if out and para:
            prev = out[-1]
            last_line = prev.rsplit("\n", 1)[-1]
            # a sentence in progress: long, with a comma, ending on a Han character
            if (len(last_line) >= 20 and "，" in last_line and _HAN.match(last_line[-1]) and _HAN.match(para[0])
                    and not _BLOCK_START.match(para) and not last_line.lstrip().startswith("#")
                    and last_line[-1] not in _SENTENCE_END):
                out[-1] = prev + para
                continue
        out.append(para)
    return "\n\n".join(out)


#: A line this long that occurs again is a copy, not a coincidence.
_REPEAT_MIN = 30
#: So many repeated long lines make a copied block (a page scraped twice, a duplicated PDF page).
_REPEAT_BLOCK = 3
#: So many repeated characters of prose make one too, however few lines hold them (a page
#: flattened onto one line and scraped twice); a sentence recurring on purpose is far shorter.
_REPEAT_CHARS = 1000


def drop_repeated_blocks(text: str) -> str:
    """Drop copies of text that occurred before: long lines seen earlier, and the short lines
    (headings) that open such a copy. Scraped pages repeat whole reports (sometimes each
    flattened onto one line); PDFs repeat pages. One repeated sentence alone is kept (it may
    recur on purpose)."""
    lines = text.split("\n")
    keys = [line.strip() for line in lines]
    seen: set[str] = set()
    repeat = []
    for key in keys:
        repeat.append(bool(key) and key in seen)
        seen.add(key)
    # prose only: a table row (no sentence punctuation) may recur in several tables
    prose = [len(k) >= _REPEAT_MIN and any(p in k for p in "，。；") for k in keys]
    long_repeat = [r and p for r, p in zip(repeat, prose)]
    copied = sum(len(k) for k, r in zip(keys, long_repeat) if r)
    if sum(long_repeat) < _REPEAT_BLOCK and copied < _REPEAT_CHARS:
        return text
    # for each line, whether the nearest prose line after it is a repeated copy
    n = len(lines)
    after = [False] * n
    state = False
    for i in range(n - 1, -1, -1):
        after[i] = state
        if prose[i]:
            state = long_repeat[i]
    kept = [line for i, line in enumerate(lines)
            if not (long_repeat[i] or (repeat[i] and after[i]))]
    return "\n".join(kept)


def normalize(text: str, *, pages: Sequence[str] | None = None) -> str:
    """The normalized text of a document; ``pages`` (a PDF's text per page) enables
    page-furniture removal and line-wrap repair."""
    if pages:
        text = join_wrapped_lines([fold_characters(p) for p in pages])
    else:
        text = fold_characters(text).replace("\f", "\n\n")
        text = "\n".join(line.rstrip() for line in _SPACES.sub(" ", text).split("\n"))
        text = strip_furniture(text)
        text = _join_broken_paragraphs(text)
    text = drop_repeated_blocks(text)
    text = regex.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n ")

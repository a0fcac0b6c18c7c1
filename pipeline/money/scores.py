"""Scores in points: "得分为94.90分", "管理效能得分44.90分", "平均得分 99.43 分" (not money:
分 after a number is a score where the clause speaks of 得分/评分/总分/满分/分值)."""
from __future__ import annotations

import regex

from .find import Raw, windows
from .numerals import parse_number

SCORE = regex.compile(r"(?P<num>\d+(?:\.\d+)?)[ \t]*分(?![钟之类别级期批配析解布项数位支])")
_CUE = regex.compile(r"得分|评分|分值|总分|满分|得|扣|计分|分数|权重|评定为?|打分")
_ANCHOR = regex.compile(r"分")
_TIME = regex.compile(r"\d[ \t]*[时点][ \t]*$")


def scan_scores(text: str) -> list[Raw]:
    """The scores of ``text`` in order."""
    out: list[Raw] = []
    for lo, hi in windows(text, _ANCHOR, before=24, after=2):
        out.extend(_scan(text, lo, hi))
    return out


def _scan(text: str, lo: int, hi: int) -> list[Raw]:
    out: list[Raw] = []
    for m in SCORE.finditer(text, lo, hi):
        start = m.start()
        if start and text[start - 1] in ".,0123456789":
            continue
        before = text[max(0, start - 16):start]
        if _TIME.search(before):
            continue
        clause = regex.split(r"[。；;！？!?\n，,]", before)[-1]
        if not _CUE.search(clause):
            continue
        value = parse_number(m.group("num"))
        if value is not None:
            out.append(Raw("score", start, m.end(), value[0]))
    return out

"""Roles, where the sentence says them.

A role belongs to a *group*: names joined by 、/和/及/与 inside one sentence. It is read from
what stands right after the group (…入选, …等科技企业捐赠, …牌子) or right before it (联合…,
…单位包括：):
  awardee      selected for or awarded a 基地/称号/名单 (入选, 获评, 被评为, 荣获, 认定为)
  donor        donated (捐赠, 捐款, 捐助)
  partner      works with the subject (联合/携手/与…共建, 共建单位, 合作单位)
  subordinate  a unit in a 单位构成 list (…编制范围的单位包括：…, 下属单位)
  plate        another name the body carries (加挂…牌子)
"""
from __future__ import annotations

import regex

from .candidates import Candidate

_SENTENCE_END = regex.compile(r"[。！？；\n]")
_JOINERS = regex.compile(r"[、，,]?(?:和|及|以及|与)?[、]?|\p{Han}{1,8}、")  # …科普教育基地、
_AFTER = (
    (regex.compile(r"(?:等\p{Han}{0,10}?)?(?:成功)?(?:入选|获评|获批|被评为|被认定为|认定为|荣获|获得|获授|被授予|被命名为)"),
     "awardee"),
    (regex.compile(r"(?:等\p{Han}{0,10}?)?(?:捐赠|捐款|捐助|捐献|捐建|资助)"), "donor"),
    (regex.compile(r"(?:等\p{Han}{0,6}?)?牌子"), "plate"),
)
_BEFORE = (
    (regex.compile(r"(?:联合|携手|协同)(?:共建单位|合作单位|共建)?\Z|(?:共建单位|合作单位|合作伙伴)[：:]?\Z"),
     "partner"),
    (regex.compile(r"(?:加挂)\Z"), "plate"),
    (regex.compile(r"(?:授予|命名)\Z"), "awardee"),
)
_TOGETHER = regex.compile(r"\p{Han}{0,6}?(?:合作|共建|签约|签署|共同|携手|联合)")
_SUBORDINATE = regex.compile(r"(?:单位构成|编制范围的单位|下属单位|所属单位|预算单位)\p{Han}{0,6}[包括有：:]")
_SELF = regex.compile(r"[（(]?本级")


def _groups(text: str, cands: list[Candidate]) -> list[list[Candidate]]:
    """Runs of names joined only by 、/和/及/与 within one sentence."""
    groups: list[list[Candidate]] = []
    for c in cands:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end:c.start]
            if prev.end <= c.start and _JOINERS.fullmatch(gap) and gap:
                groups[-1].append(c)
                continue
        groups.append([c])
    return groups


def assign(text: str, cands: list[Candidate]) -> dict[tuple[int, int], str]:
    """(start, end) → role for the names whose sentence gives one."""
    out: dict[tuple[int, int], str] = {}
    for group in _groups(text, cands):
        role = _role(text, group[0].start, group[-1].end)
        if role is None:
            continue
        for c in group:
            if role == "subordinate" and _SELF.match(text, c.end):
                continue  # the reporting body itself (本级)
            out[(c.start, c.end)] = role
    return out


def _role(text: str, start: int, end: int) -> str | None:
    after = text[end:end + 40]
    stop = _SENTENCE_END.search(after)
    after = after[: stop.start()] if stop else after
    for pattern, role in _AFTER:
        if pattern.match(after):
            return role
    before = text[max(0, start - 40):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    before = before[cut:]
    for pattern, role in _BEFORE:
        if pattern.search(before):
            return role
    if before.endswith(("与", "同", "和")) and _TOGETHER.match(after):
        return "partner"  # 与X合作, 同X签署
    window = text[max(0, start - 200):start]
    cue = None
    for cue in _SUBORDINATE.finditer(window):
        pass
    if cue is not None and not regex.search(r"[。\n]", window[cue.end():]):
        return "subordinate"
    return None

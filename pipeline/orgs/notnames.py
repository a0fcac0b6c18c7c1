"""Candidates that name no one body, dropped after the longest-name pass (``not_names``): a class
of bodies counted (培育某某示范合作社402家), a title conferred (被命名为省级示范性某某中心), a
grade of hospitals or schools (三甲医院), a building measured by its floor space, a hub or a facility
being built (打造某某交易中心, 某某物流中心项目), an item of a list of sectors (…、某某纺织、新能源等
多个领域), a session of a congress (第十一届全国人民代表大会第三次会议). Rule names for tracing
are the function names."""
from __future__ import annotations

import regex

from . import lexicon
from .candidates import Candidate
from .edges import place_at

# a title conferred on a body, unquoted: 被命名为河北省示范性…中心, 获评国家农民合作社示范社
# (not 授予: its object is the body it confers on)
_CONFERRED_BEFORE = regex.compile(r"(?:命名为|评为|获评|认定为|荣膺)(?:国家级|省级|市级|县级|区级)?\Z")
_COUNT_BEFORE = regex.compile(r"(?:[0-9]+|[一二三四五六七八九十两几多]+)[个家所座批]\Z")
_BUILDS = r"(?:打造|建设|建成|建好|布局|筹建)"  # what a place builds (not 成立, 设立)
_BUILD_BEFORE = regex.compile(_BUILDS + r"\Z")
_BUILD_LIST_BEFORE = regex.compile(_BUILDS + r"(?:\p{Han}{2,18}?中心、)+\Z")  # 建设A中心、|B中心
_AREA_BEFORE = regex.compile(r"\d(?:平米|平方米|万平方米)的\Z")
_GRADED = regex.compile(r"(?:公立|民营|私立|三甲|二甲|三级|二级|一级|定点|基层)(?:医院|卫生院|学校|幼儿园)\Z")
_COUNT_AFTER = regex.compile(r"(?:[0-9]+|[一二三四五六七八九十两几多]+)[个家所座处](?!\p{Han})")  # (not 某某中心11个过亿元项目: the count of a list)
_SESSION_RE = regex.compile(
    r"""第?[一二三四五六七八九十]{1,3}次   # 第四次, 三次
        (?:全体)?会议                      # 会议, 全体会议
    """,
    regex.X,
)
_SECTOR_LIST_END = regex.compile(
    r"(?:、[^、，。；\n]{1,12})*等(?:多个|[\d一二三四五六七八九十]+[个大])?(?:领域|行业|门类)(?!龙头|领军|企业|骨干|头部)")
_PROJECT_AFTER = regex.compile(r"(?:等(?:重点)?)?项目")


def _counted(text: str, c: Candidate) -> bool:
    """Right after a count (挂牌建设A、B、C3个某省实验室) or, but a company's (某某集团5家二级
    公司), right before one that ends the phrase (培育某某示范合作社402家，): a designation that
    several bodies hold, counted, is a class of bodies, not one."""
    return (_COUNT_BEFORE.search(text, max(0, c.start - 4), c.start) is not None
            or (c.type != "enterprise" and _COUNT_AFTER.match(text, c.end) is not None))


def _conferred(text: str, c: Candidate) -> bool:
    """Right after a conferral verb, with or without a grade (被命名为省级示范性某某中心, 获评国家某某
    示范社, 被认定为省级|某某教育学校): what a body is named or rated is a title, the body is the one
    named before the verb."""
    return _CONFERRED_BEFORE.search(text, max(0, c.start - 6), c.start) is not None


def _graded(text: str, c: Candidate) -> bool:
    """A suffix after a grade or ownership (北京三甲医院, 保定市公立医院): the hospitals or schools
    of that grade in a place, a category, not one body."""
    return _GRADED.search(text, c.start, c.end) is not None


def _built(text: str, c: Candidate) -> bool:
    """Measured by its floor space (4750平米的某某研究所): a building being built."""
    return _AREA_BEFORE.search(text, max(0, c.start - 5), c.start) is not None


def _hub_built(text: str, c: Candidate) -> bool:
    """A 中心 named by no division (a region may name it), right after a verb of building or in a
    list right after one (打造全国某某交易中心, 建成国际道路运输集结中心, 规划建设西南某某分拨中心、
    西南某某联运中心): a hub or facility a place builds, not a body (a body is set up: 成立, 组建,
    设立; a division's or the state's institution opens with it: 建设某省某某工程技术研究中心,
    国家某某中心; a research centre is a body however it comes about)."""
    if c.type == "enterprise" or not text.endswith("中心", c.start, c.end) \
            or text.endswith("研究中心", c.start, c.end) or text.startswith(("国家", "中国"), c.start):
        return False
    place_end = place_at(text, c.start, c.end)
    if place_end > 0 and text[c.start:place_end] not in lexicon.regions():
        return False  # a division's institution (建设某省某某中心)
    return _BUILD_BEFORE.search(text, max(0, c.start - 4), c.start) is not None \
        or _BUILD_LIST_BEFORE.search(text, max(0, c.start - 60), c.start) is not None  # (A中心、|B中心)


def _facility_project(text: str, c: Candidate) -> bool:
    """A 中心 right before 项目 (某某物流中心项目, 某某交易中心等项目): a facility being built, not a
    body (a company before 项目 is the investor: 某某汽车项目)."""
    return text.endswith("中心", c.start, c.end) and c.type != "enterprise" \
        and _PROJECT_AFTER.match(text, c.end) is not None


def _sector(text: str, c: Candidate) -> bool:
    """An item of a 、-list of sectors (涵盖鞋业、食品、某某纺织、新能源等多个领域): an industry, not a
    company (not …等行业龙头: the leading companies of an industry)."""
    listed = (c.start > 0 and text[c.start - 1] == "、") or text.startswith("、", c.end)
    return listed and c.type == "enterprise" and _SECTOR_LIST_END.match(text, c.end) is not None


def _session(text: str, c: Candidate) -> bool:
    """A congress named only as part of a session (第十一届全国人民代表大会第三次会议,
    十一届全国人大三次会议): the session is an event, the body inside it a nested name."""
    return c.type == "congress" and _SESSION_RE.match(text, c.end) is not None


_NOT_NAMES = (_counted, _conferred, _graded, _built, _hub_built, _facility_project, _sector, _session)


def not_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates without those that name a class, a title, a building, a hub, a facility
    project, a sector or an event (``_counted``, ``_conferred``, ``_graded``, ``_built``,
    ``_hub_built``, ``_facility_project``, ``_sector``, ``_session``)."""
    return [c for c in cands if not any(rule(text, c) for rule in _NOT_NAMES)]


__all__ = ["not_names"]

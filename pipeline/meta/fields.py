"""Year, report type and reporting organization, read from a title and a document's head."""
from __future__ import annotations

from collections import Counter

import regex

from .divisions import Division, full_name, table
from .head import CN_DIGITS, YEAR, org_suffix_pattern, org_word_pattern
from .types import known_type

_YEAR = regex.compile(rf"(?P<year>{YEAR})\s*年度?")
_FISCAL_YEAR = regex.compile(r"(?P<year>(?:19|20)\d{2})\s*年度")
_CN_YEAR = str.maketrans({c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"})
# Words between an organization and the report type in a title: 部门, 本级, 区级, 年度 …
_GENERIC_TAIL = regex.compile(r"(?:部门|单位|本级|机关|[省市区县]级|年度|关于|的)+$")
_GENERIC_HEAD = regex.compile(r"^(?:关于|[省市区县]级|年度|本级)+")
# "预算主管部门：上海市普陀区商务委员会" and the like on a budget cover
_LABELLED_ORG = regex.compile(
    r"""(?:预算主管部门|主管部门|预算单位|部门名称|单位名称   # the label
          |编制单位|填报单位|报告单位)
        [:：]
        (?P<org>[^，。；;,：:（(\n]{2,40})                # the name, up to the line's end
    """,
    regex.X,
)
# "广州市海珠区科学技术协会（以下简称海珠区科协）是…" opening a report's body
_INTRODUCED_ORG = regex.compile(r"(?P<org>\p{Han}{4,30}?)[（(]以下简称")
# "我代表县人民政府向大会报告工作": a work report that has no title line
_TO_CONGRESS = regex.compile(r"代表\p{Han}{0,16}?政府[，,]?向(?:大会|本次大会|人民代表大会)(?:作|做)?(?:报告工作|工作报告)")
_NATIONAL = regex.compile(r"全国人民代表大会|全国人大|代表国务院|国务院总理")
_DATE_YEAR = regex.compile(rf"(?P<year>{YEAR})年[\d{CN_DIGITS}十]{{1,3}}月[\d{CN_DIGITS}十]{{1,3}}日")
# "在广东省第十四届人民代表大会", "在甘肃省十四届人民代表大会"
_VENUE = regex.compile(
    r"""在(?P<place>\p{Han}{2,20}?)                 # the place
        第?[一二三四五六七八九十]+届人民代表大会     # the congress
    """,
    regex.X,
)
_ON_BEHALF = regex.compile(r"我代表(?P<place>\p{Han}{2,16}?)人民政府")
# "广东省省长 孟凡利", "北京市市长", "海珠区人民政府区长"
SPEAKER_CHARS = 600  # the speaker's line is at the top, not in the body
_SPEAKER = regex.compile(r"(?P<place>\p{Han}{2,16}?)(?:人民政府)?(?:省长|市长|区长|县长|州长|盟长|旗长|主席)")


def to_year(text: str) -> int | None:
    value = int(text.translate(_CN_YEAR)) if text[0] in CN_DIGITS else int(text)
    return value if 1949 <= value <= 2100 else None


def year_in(text: str | None) -> int | None:
    m = _YEAR.search(text or "")
    return to_year(m.group("year")) if m else None


def fiscal_year(head: str) -> int | None:
    """The commonest "YYYY年度" of a head (a cover without a year, its table of contents)."""
    years = Counter(m.group("year") for m in _FISCAL_YEAR.finditer(head))
    return to_year(years.most_common(1)[0][0]) if years else None


def strip_places(text: str) -> str:
    """``text`` without the place names it starts with."""
    pattern = table().full_pattern
    while (m := pattern.match(text)) is not None:
        text = text[m.end():]
    return text


def own_type(title: str) -> str | None:
    """The title's own type name when no known type fits: what follows its year, organization
    and places ("2023年广州市国民经济和社会发展统计公报" → 国民经济和社会发展统计公报)."""
    year = _YEAR.search(title)
    rest = title[year.end():] if year else title
    org = org_from_title(title)
    if org and rest.startswith(org):
        rest = rest[len(org):]
    rest = _GENERIC_HEAD.sub("", strip_places(_GENERIC_HEAD.sub("", rest)))
    return rest if len(rest) >= 2 else None


def report_type(title: str | None, head: str) -> str | None:
    if title:
        found = known_type(title)
        if found:
            return found[0]
        return own_type(title)
    found = known_type(head)
    return found[0] if found else None


def org_in(text: str) -> str | None:
    """The organization a title or cover line starts with: up to its first closing word (局,
    协会, 人民政府 …) after its places, continued by longer closing words (人民政府办公室)."""
    text = _GENERIC_HEAD.sub("", text)
    rest = strip_places(text.removeprefix("中共"))
    start = len(text) - len(rest)
    words = org_word_pattern()
    m = words.search(rest)
    if m is None:
        return None
    end = m.end()
    while (n := words.match(rest, end)) is not None and len(n.group()) > 1:
        end = n.end()
    return text[:start + end]


def org_from_title(title: str) -> str | None:
    """The organization a title names: what stands before its year ("上海市普陀区财政局2024年度
    部门决算"), else what stands between its year and a known type ("2022年度广州市海珠区科学技术
    协会部门整体支出绩效自评报告"); not a bare place."""
    year = _YEAR.search(title)
    if year and year.start() > 0:
        cand = title[:year.start()]
    else:
        rest = title[year.end():] if year else title
        found = known_type(rest)
        if found is None:
            return None  # an unknown type: where the name ends is not known
        cand = rest[:found[1]]
    cand = _GENERIC_TAIL.sub("", cand)
    if not cand or not strip_places(cand.removeprefix("中共")):
        return None
    return cand if org_suffix_pattern().search(cand) else org_in(cand)


def labelled_org(head: str) -> str | None:
    """The organization a cover labels ("预算主管部门：…"); ``head`` keeps its line breaks."""
    m = _LABELLED_ORG.search(head)
    if m is None:
        return None
    return _GENERIC_TAIL.sub("", m.group("org")) or None


def introduced_org(head: str) -> str | None:
    """The first organization the head introduces with "（以下简称…）"."""
    for m in _INTRODUCED_ORG.finditer(head):
        org = m.group("org")
        if org_suffix_pattern().search(org):
            return _trim_lead(org)
    return None


def _trim_lead(org: str) -> str:
    """An organization from running text without the words before its first place ("根据广州市…")."""
    m = table().full_pattern.search(org)
    return org[m.start():] if m and m.start() > 0 else org


def reports_to_congress(head: str) -> bool:
    """Whether a head speaks for a government reporting to its congress (a work report)."""
    return _TO_CONGRESS.search(head) is not None


def is_national(text: str) -> bool:
    """Whether a work report's subtitle or opening names the national congress or the State Council."""
    return _NATIONAL.search(text) is not None


def date_year(text: str) -> int | None:
    """The year of the first full date ("2026年1月27日") of ``text``."""
    m = _DATE_YEAR.search(text)
    return to_year(m.group("year")) if m else None


def venue_place(head: str) -> str | None:
    """The place of the people's congress a work report is given at ("在广东省第十四届人民代表
    大会"), else the place of the government it speaks for ("我代表上海市人民政府"), else the
    place of its speaker ("广东省省长")."""
    for pattern, chars in ((_VENUE, None), (_ON_BEHALF, None), (_SPEAKER, SPEAKER_CHARS)):
        m = pattern.search(head[:chars])
        if m:
            place = table().full_pattern.search(m.group("place"))
            if place:
                return m.group("place")[place.start():]
    return None


def complete_org(org: str, division: Division | None) -> str:
    """An organization named after a county without its city gets the city in front:
    洪泽区人民政府 → 淮安市洪泽区人民政府, 普陀区财政局 → 上海市普陀区财政局."""
    if division is None or division.level != "county":
        return org
    lead = "中共" if org.startswith("中共") else ""
    body = org[len(lead):]
    if body.startswith(division.name):
        return lead + full_name(division) + body[len(division.name):]
    return org

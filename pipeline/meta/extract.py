"""extract_meta: a document's metadata from the head of its text.

1. The head (first few thousand characters) is cut into segments; the title is the line that
   names a kind of report (followed by a dated subtitle for a work report), with the cover
   lines before it that name the body or the year ("上海市普陀区财政局" + "2024年度部门决算").
2. The year is the title's, else the subtitle's date, else the commonest "YYYY年度" of the head;
   a work report's is the year of its meeting or date line (``year.report_year``).
3. The report type is the known type the title names, else the title's own type name.
4. The organization: for a work report 国务院 or the government of the congress's place; else a
   labelled cover line ("预算主管部门：…"), else the name in the title, else a name standing
   alone after the title, else the first body the text introduces "（以下简称…）"; a county
   body's name gets its city (洪泽区人民政府 → 淮安市洪泽区人民政府).
5. The region is the division the organization (else the title, else the congress, else the
   cover) names, resolved with the division table and the head as context; a work report that
   names no place in its head takes the county its body names most (``place.body_place``).
   ``division_code`` is the division's code as it stands today (a former name, 徐水县 in 2013,
   gets the code of 徐水区).
The file name (``source``) is a last resort for the year and the type only.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import PurePath

from .divisions import Division, full_name, region_of, resolve, table
from .fields import (complete_org, fiscal_year, introduced_org, is_national, known_type, labelled_org,
                     org_from_title, report_type, reports_to_congress, venue_place, year_in)
from .head import Segment, compact, find_title, head_segments, org_line_after, subtitle_after
from .model import DocumentMeta
from .place import body_place
from .year import report_date, report_year

WORK_REPORT = "政府工作报告"
# reports a place's people's government gives when the title names only the place
GOVERNMENT_REPORTS = ("政府信息公开工作年度报告", "法治政府建设年度报告", "法治政府建设情况报告")
CONTEXT_CHARS = 6000
NATIONAL_CHARS = 1000  # the opening where a national report names the State Council


def _region_division(sources: list[str | None], context: str) -> Division | None:
    for text in sources:
        division = resolve(text, context=context) if text else None
        if division is not None:
            return division
    return None


def _from_source(source: str | None) -> tuple[int | None, str | None]:
    """Year and known type a file name gives ("2024_部门决算_….pdf"): a last resort only."""
    if not source:
        return None, None
    stem = PurePath(source).name
    found = known_type(stem)
    return year_in(stem.replace("_", "年", 1)) if stem[:4].isdigit() else None, found[0] if found else None


def extract_meta(text: str, *, source: str | None = None, page: Mapping[str, str] | None = None) -> DocumentMeta:
    """The metadata of a document's text; ``page`` is what a web page said of itself (its
    article title, publication date and site's division code: ``pipeline.read.page``)."""
    try:
        return with_page(_extract(text or "", source), page or {})
    except Exception:  # never raise on a text: metadata is best effort
        return DocumentMeta()


def with_page(meta: DocumentMeta, page: Mapping[str, str]) -> DocumentMeta:
    """A web page's own title and date win; its site's division, else the place its title names,
    gives the region the text does not (a provincial portal's news names no place of its own)."""
    changes: dict[str, object] = {}
    if page.get("title"):
        changes["title"] = "".join(page["title"].split())
    if page.get("date"):
        changes["date"] = page["date"]
    site = table().by_code.get(page.get("site_code", ""))
    if site is None and meta.province is None and page.get("title"):
        site = resolve(page["title"])  # 1-10月某某县固定资产投资…, 某某局某省监管局…公开表
    if site is not None and meta.province is None:
        changes.update(region_of(site).to_dict(), division_code=site.current_code)
    return replace(meta, **changes) if changes else meta


def _extract(text: str, source: str | None) -> DocumentMeta:
    segs = head_segments(text)
    lines = "\n".join(s.text for s in segs if not s.debris)  # the head without spaces and debris
    flat = lines.replace("\n", "")
    context = compact(text[:CONTEXT_CHARS])
    title, index = find_title(segs)
    subtitle = subtitle_after(segs, index)
    src_year, src_type = _from_source(source)
    rtype = report_type(title, flat) or (WORK_REPORT if reports_to_congress(flat) else src_type)
    if rtype == WORK_REPORT:
        year = report_year(segs, title, text)
    else:
        year = year_in(title) or (year_in(subtitle.text) if subtitle else None) or fiscal_year(flat)
    year = year or src_year
    cover = "".join(s.text for s in segs[:index or 0] if not s.debris)[-200:] or None

    if rtype == WORK_REPORT:
        place = venue_place(flat)
        if _national(subtitle, place, flat):
            return DocumentMeta(title=title, year=year, organization="国务院", report_type=rtype)
        division = _region_division([place, title, cover], context)
        if division is None:
            found = body_place(text, hint=source)
            division = resolve(found.name, context=context) if found else None
        if division is not None:
            org = full_name(division) + "人民政府"
        else:  # a place the table cannot settle (普陀区 without context): named as given
            org = place + "人民政府" if place else None
    else:
        org = (labelled_org(lines) or (org_from_title(title) if title else None)
               or org_line_after(segs, index) or introduced_org(lines))
        division = _region_division([org, title, cover], context)
        if org:
            org = complete_org(org, division)
        elif rtype in GOVERNMENT_REPORTS and division is not None and resolve(title or "", context=context):
            org = full_name(division) + "人民政府"  # "鄞州区2023年政府信息公开…": the government's
    region = region_of(division)
    date = report_date(segs) if rtype == WORK_REPORT else None
    return DocumentMeta(title=title, year=year, date=date, province=region.province, city=region.city,
                        district=region.district, division_code=_code(division),
                        organization=org, report_type=rtype)


def _code(division: Division | None) -> str | None:
    return division.current_code if division is not None else None


def _national(subtitle: Segment | None, place: str | None, flat: str) -> bool:
    """A work report given at the National People's Congress, or by the State Council."""
    if subtitle is not None and is_national(subtitle.text):
        return True
    return place is None and is_national(flat[:NATIONAL_CHARS])

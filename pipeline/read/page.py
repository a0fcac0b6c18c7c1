"""What a saved government web page says of itself: the article's title, its publication date and
the publishing site's division, from the page's own structure.

Chinese government sites follow one standard (政府网站发展指引, 2017) that puts these in ``<meta>``
tags: ``ArticleTitle``, ``PubDate``, ``SiteName``, ``ColumnName`` and ``SiteIDCode``, the site's
identification code, whose first six digits are the administrative division code of the body
that runs the site (3609220011 → 360922 万载县). Beside them:
- title: ``ArticleTitle``, else the first part of ``<title>`` before its column and site
  ("山西品牌丝路行正式启动 - 山西省人民政府门户网站", "…决议__2007年第23号国务院公报_中国政府网");
- date: the first publication date the page shows (发布日期：, 发布时间：, 发文日期：, 成文日期：,
  生成日期：, 印发日期：, 公告时间…), else the first bare 时间：/日期： (not 留言时间：), else ``PubDate`` /
  ``publishdate`` / ``firstpublishedtime``;
- site_code: the six-digit division code of ``SiteIDCode``.
"""
from __future__ import annotations

import regex

_SEPARATOR = regex.compile(r"\s*(?:_{1,2}|\||｜|\s-\s|\s—\s|——|-{2})\s*")
_DATE = regex.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_DATE_VALUE = r"\s*[:：]?\s*((?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})"
_PUBLISHED = regex.compile(r"(?:发布日期|发布时间|发文日期|成文日期|生成日期|印发日期|公告时间|公告日期|发表时间|发稿时间)" + _DATE_VALUE)
# a bare 时间：/日期： label, not one of another time (留言时间：, 更新时间： in a sidebar)
_LABELLED = regex.compile(r"(?<!\p{Han})(?:时间|日期)" + _DATE_VALUE)
_META_DATES = ("pubdate", "publishdate", "firstpublishedtime", "publishtime", "article:published_time")


def iso_date(text: str | None) -> str | None:
    """"2015-11-11 15:33", "2023年4月18日" → "2015-11-11" (None when no date)."""
    m = _DATE.search(text or "")
    if m is None:
        return None
    year, month, day = (int(g) for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _metas(root) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or "").strip().lower()
        if name and name not in out and el.get("content"):
            out[name] = el.get("content").strip()
    return out


def page_title(title_tag: str, metas: dict[str, str]) -> str | None:
    """The article's own title (see the module docstring)."""
    if metas.get("articletitle"):
        return " ".join(metas["articletitle"].split())
    parts = [p for p in _SEPARATOR.split(" ".join(title_tag.split())) if p]
    if not parts:
        return None
    site = metas.get("sitename", "")
    return next((p for p in parts if p != site), parts[0])  # the article first, its column and site after


def page_date(visible_text: str, metas: dict[str, str]) -> str | None:
    """The page's publication date (see the module docstring)."""
    m = _PUBLISHED.search(visible_text) or _LABELLED.search(visible_text)
    if m:
        return iso_date(m.group(1))
    for name in _META_DATES:
        if metas.get(name):
            return iso_date(metas[name])
    return None


def page_fields(root, visible_text: str) -> dict[str, str]:
    """{title, date, site_code, site_name} of a parsed page, the keys it has."""
    metas = _metas(root)
    fields = {"title": page_title(root.findtext(".//title") or "", metas),
              "date": page_date(visible_text, metas),
              "site_name": metas.get("sitename")}
    code = regex.match(r"\d{6}", metas.get("siteidcode", ""))
    if code:
        fields["site_code"] = code.group()
    return {k: v for k, v in fields.items() if v}

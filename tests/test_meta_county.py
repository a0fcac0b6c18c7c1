"""County work reports: the region from the body and through renames, the year of the meeting,
and the division history's build rules. Example reports are invented in the shapes the scraped
county archives have; the folder test reads ../shared (skipped without it)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.meta import extract_meta
from pipeline.meta.place import body_place, own_level
from pipeline.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
COUNTY = ROOT.parent / "shared" / "corpus" / "work-reports" / "county"
TRUTH = ROOT / "tests" / "heldout" / "county" / "truth.jsonl"

BODY = "全县上下团结奋进，{p}经济稳步发展。{p}新区建设加快，{p}工业园区扩容。全县新增企业100家，我县获评先进县。"

EXAMPLES = [  # (text, year, province, city, district, division_code)
    ("政府工作报告\n——2010年2月4日在徐水县第十四届人民代表大会第三次会议上\n各位代表：\n" + BODY.format(p="徐水"),
     2010, "河北省", "保定市", "徐水县", "130609"),  # a former county: today's code is the district's
    ("各位代表：\n现在，我代表县政府向大会报告工作。\n一、2018年工作回顾\n" + BODY.format(p="阜平") + "\n二、2019年工作安排\n",
     2019, "河北省", "保定市", "阜平县", "130624"),  # the place from the body, the year planned for
    ("政府工作报告\n2019年1月29日在县第十七届人民代表大会第二次会议上\n一、2018年工作回顾\n" + BODY.format(p="涞源"),
     2019, "河北省", "保定市", "涞源县", "130630"),  # the meeting's year, not the reviewed one
    ("政府工作报告\n——在高唐县第十八届人民代表大会第二次会议上\n二〇二三年一月八日\n" + BODY.format(p="高唐"),
     2023, "山东省", "聊城市", "高唐县", "371526"),  # 高唐县 is not 唐县; a date in Chinese numerals
    ("政府工作报告\n（2022年1月24日在米易县第十九届人民代表大会第二次会议上）\n" + BODY.format(p="米易"),
     2022, "四川省", "攀枝花市", "米易县", "510421"),
    ("工作报告\n2025年某县政府工作报告\n时间：2025-02-22 作者：县域网 来源：政府网 阅读：\n130\n评论：\n0\n"
     "政府工作报告\n2025年1月13日在保定市清苑区第三届人民代表大会第五次会议上\n" + BODY.format(p="清苑"),
     2025, "河北省", "保定市", "清苑区", "130608"),  # a site's page head
]


@pytest.mark.parametrize("text,year,province,city,district,code", EXAMPLES, ids=range(len(EXAMPLES)))
def test_county_report_meta(text, year, province, city, district, code):
    meta = extract_meta(normalize(text))
    assert (meta.year, meta.province, meta.city, meta.district, meta.division_code) == (
        year, province, city, district, code)
    assert meta.organization == f"{city}{district}人民政府"
    assert meta.report_type == "政府工作报告"


@pytest.mark.parametrize("text,level", [
    ("我代表县人民政府向大会报告工作。全市第一，全市第二，全市第三。", "县"),  # who speaks wins
    ("全区上下，全区人民，我区经济，全市排名。", "区"),
    ("市委市政府，县委县政府，市委书记。", None),  # 县委 / 市委 say nothing of the speaker
])
def test_own_level(text, level):
    assert own_level(text) == level


def test_body_place_needs_a_clear_winner_and_a_hint_only_breaks_ties():
    tie = "全县人民。我县我县。" + "容城" * 5 + "安新" * 5
    assert body_place(tie) is None
    assert body_place(tie, hint="2019_政府工作报告_保定市容城.txt").name == "容城县"
    assert body_place(tie, hint="2019_某县.txt") is None
    assert body_place("全县全县全县。" + "涞源" * 6, hint="2019_保定市容城.txt").name == "涞源县"
    assert body_place("全县全县全县。资源资源资源合作合作合作") is None  # ordinary words are no places


def test_history_build_rules(tmp_path):
    spec = importlib.util.spec_from_file_location("bdh", ROOT / "scripts" / "build_division_history.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "2010.txt").write_text("130000 河北省\n130600 保定市\n130602 新市区\n130603 北市区\n"
                                       "130622 清苑县\n130633 易县\n", encoding="utf-8")
    (tmp_path / "2016.txt").write_text("130000 河北省\n130600 保定市\n130602 竞秀区\n130606 莲池区\n"
                                       "130608 清苑区\n130633 易县\n", encoding="utf-8")
    rows = {line.split("\t")[1]: line.split("\t") for line in module.build(tmp_path).splitlines()
            if line and not line.startswith(("#", "code"))}
    assert rows["清苑县"][2:] == ["county", "130600", "2010", "2010", "130608"]  # same stem, same prefecture
    assert rows["新市区"][-1] == "130602"  # renamed in place (the code stands)
    assert rows["北市区"][-1] == ""  # merged into another: no successor
    assert "易县" not in rows  # a name still in use is not a former name


def test_every_successor_is_a_division_of_today():
    from pipeline.meta.divisions import table

    rows = [line.split("\t") for line in (ROOT / "models" / "division_history.tsv").read_text(encoding="utf-8")
            .splitlines() if line[:1].isdigit()]
    assert len(rows) > 500
    assert all(row[6] in table().by_code for row in rows if row[6])


def test_committed_history_holds_the_renamed_counties():
    from pipeline.meta.divisions import resolve

    for former, today in [("清苑县", "130608"), ("徐水县", "130609"), ("满城县", "130607")]:
        division = resolve(former)
        assert division is not None and division.former and division.current_code == today


@pytest.mark.shared
@pytest.mark.skipif(not COUNTY.is_dir(), reason="../shared is absent")
def test_county_folder_meta_against_our_truth_table():
    """Year, province, city and district of every county report against the truth table read from
    the documents' text (tests/heldout/county/truth.jsonl; the body is the truth, not the file name)."""
    truth = [json.loads(line) for line in TRUTH.read_text(encoding="utf-8").splitlines() if line]
    hits = total = 0
    for row in truth:
        from pipeline.read import read_document

        _, result = read_document(COUNTY / row["doc"])
        meta = extract_meta(normalize(result.text), source=row["doc"])
        for key in ("year", "province", "city", "district"):
            hits += getattr(meta, key) == row[key]
            total += 1
    assert hits / total >= 0.97, f"{hits}/{total}"


def test_place_stems_equal_a_fresh_build():
    spec = importlib.util.spec_from_file_location("bps", ROOT / "scripts" / "build_place_stems.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "models" / "meta" / "place_stems.tsv").read_text(encoding="utf-8") == module.build()

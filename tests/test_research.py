"""Research tables: each figure's year and status, the district-year panel of headline
indicators, and the organization registry. Example reports are invented; the county-folder
test checks indicators.csv against GDP figures read blind from the reports
(tests/heldout/county/truth.jsonl) and skips without ../shared."""
from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.money.timing import Context, figure_time
from pipeline.research import indicator_of, indicator_rows, registry, role_object

ROOT = Path(__file__).resolve().parent.parent
COUNTY = ROOT.parent / "shared" / "corpus" / "work-reports" / "county"

REVIEW = [(0, 60, "2018年工作回顾"), (60, 200, "2019年工作安排")]
TIMES = [  # (text, figure, report year, report type, sections, year, years, status)
    ("2016年，全县生产总值完成59.4亿元。", "59.4亿元", 2017, "政府工作报告", (), 2016, None, "actual"),
    ("2021年，全县地区生产总值达到110亿元。", "110亿元", 2017, "政府工作报告", (), 2021, None, "target"),
    ("今年，全县生产总值力争达到95亿元。", "95亿元", 2019, "政府工作报告", (), 2019, None, "target"),
    ("去年全县完成固定资产投资40亿元。", "40亿元", 2019, "政府工作报告", (), 2018, None, "actual"),
    ("“十三五”期间，累计完成投资300亿元。", "300亿元", 2021, "政府工作报告", (), None, (2016, 2020), "actual"),
    ("到2025年，地区生产总值突破200亿元。", "200亿元", 2021, "政府工作报告", (), 2025, None, "target"),
    ("收入预算1000万元，比2023年度增加50万元。", "50万元", 2024, "部门预算", (), 2024, None, "budget"),
    ("本年支出决算990万元。", "990万元", 2024, "部门决算", (), 2024, None, "actual"),
    ("全县生产总值从68亿元增长到91.8亿元。", "91.8亿元", 2021, "政府工作报告",
     ((0, 100, "“十三五”时期工作回顾"),), 2020, None, "actual"),
    ("全县生产总值从68亿元增长到91.8亿元。", "68亿元", 2021, "政府工作报告",
     ((0, 100, "“十三五”时期工作回顾"),), 2015, None, "actual"),
    ("全县生产总值完成88.8亿元，增长6%。", "88.8亿元", 2019, "政府工作报告", REVIEW, 2018, None, "actual"),
    ("全年计划安排项目资金5亿元。", "5亿元", 2019, "政府工作报告", ((0, 100, "2019年工作安排"),), 2019, None, "plan"),
    ("与2023年相比，收入增加60万元。", "60万元", 2024, "部门决算", (), 2024, None, "actual"),  # a base is no year
]


@pytest.mark.parametrize("text,figure,year,rtype,sections,exp_year,exp_years,status", TIMES,
                         ids=[t[0][:14] + t[1] for t in TIMES])
def test_figure_year_and_status(text, figure, year, rtype, sections, exp_year, exp_years, status):
    start = text.index(figure)
    when = figure_time(text, start, "", Context(year, rtype, sections), end=start + len(figure))
    assert (when.year, when.years, when.status) == (exp_year, exp_years, status)


@pytest.mark.parametrize("label,indicator", [
    ("地区生产总值", "地区生产总值"), ("生产总值", "地区生产总值"), ("国内生产总值", "地区生产总值"),
    ("GDP", "地区生产总值"), ("公共财政预算收入", "一般公共预算收入"), ("一般公共预算收入", "一般公共预算收入"),
    ("全社会固定资产投资", "固定资产投资"), ("规模以上工业增加值", "规模以上工业增加值"),
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"), ("人均地区生产总值", None),
    ("第一产业增加值", None), ("生产总值增长", None), ("一般公共预算支出", "一般公共预算支出"),
])
def test_indicator_of(label, indicator):
    assert indicator_of(label) == indicator


def _record(doc, year, code, district, amounts):
    meta = {"year": year, "province": "河北省", "city": "保定市", "district": district, "division_code": code,
            "report_type": "政府工作报告"}
    return {"id": doc, "source": doc + ".txt", "meta": meta, "amounts": amounts}


def _gdp(value, year, *, status="actual", measure=None, start=0):
    return {"value": value, "year": year, "status": status, "label": "地区生产总值", "item": None,
            "measure": measure, "currency": "CNY", "start": start, "end": start + 6}


def test_indicator_rows_join_renamed_divisions_keep_the_later_report_and_flag_conflicts():
    rows = indicator_rows([
        _record("a", 2014, "130609", "徐水县", [_gdp("16000000000", 2013), _gdp("19000000000", 2014, status="target")]),
        _record("b", 2016, "130609", "徐水区", [_gdp("16200000000", 2013), _gdp("17500000000", 2015),
                                               _gdp("900000000", 2015, measure="比上年增加")]),
    ])
    by_year = {r["year"]: r for r in rows}
    assert set(by_year) == {2013, 2015}  # the target and the change are no outcomes
    assert by_year[2013]["value"] == "16200000000" and by_year[2013]["doc"] == "b"  # the later report
    assert by_year[2013]["conflict"] is True and by_year[2013]["reports"] == 2
    assert by_year[2015]["conflict"] is False and by_year[2015]["district"] == "徐水区"


def test_role_object_reads_the_title_and_year():
    text = "某某研究院、某某博物馆入选《2021-2025年全国科普教育基地第一批认定名单》。某某中学入选2022年某省科普教育基地。"
    assert role_object(text, text.index("入选") - 3) == {"object": "全国科普教育基地", "year": 2021, "years": [2021, 2025]}
    end = text.index("中学") + 2
    assert role_object(text, end) == {"object": "某省科普教育基地", "year": 2022}


def test_registry_merges_a_body_across_documents_and_keeps_roles():
    text = "保定市清苑区人民政府与某某研究院合作。某某研究院入选2022年河北省科普教育基地。"
    rec1 = {"id": "d1", "text": text, "meta": {"year": 2022}, "organizations": [
        {"text": "保定市清苑区人民政府", "start": 0, "end": 10, "type": "government", "canonical": None, "role": None},
        {"text": "某某研究院", "start": 19, "end": 24, "type": "research", "canonical": None, "role": "awardee"}]}
    rec2 = {"id": "d2", "text": "清苑区人民政府", "meta": {"year": 2023}, "organizations": [
        {"text": "清苑区人民政府", "start": 0, "end": 7, "type": "government", "canonical": None, "role": None}]}
    rows = {r["name"]: r for r in registry([rec1, rec2])}
    gov = rows["保定市清苑区人民政府"]
    assert (gov["documents"], gov["aliases"], gov["division_code"]) == (2, ["清苑区人民政府"], "130608")
    (role,) = rows["某某研究院"]["roles"]
    assert (role["role"], role["object"], role["year"]) == ("awardee", "河北省科普教育基地", 2022)


@pytest.mark.shared
@pytest.mark.skipif(not COUNTY.is_dir(), reason="../shared is absent")
def test_county_gdp_panel_against_the_truth_read_from_the_reports(tmp_path):
    from pipeline.meta.divisions import resolve
    from pipeline.research import write_panel
    from pipeline.run import run

    out = tmp_path / "county.jsonl"
    run([COUNTY], out, jobs=2, progress=False)
    write_panel(out, tmp_path / "panel")
    found = {(r["division_code"], int(r["year"])): Decimal(r["value"])
             for r in csv.DictReader((tmp_path / "panel" / "indicators.csv").open(encoding="utf-8"))
             if r["indicator"] == "地区生产总值"}
    truth = {}
    for line in (ROOT / "tests" / "heldout" / "county" / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        code = resolve(row["province"] + row["city"] + row["district"]).current_code
        for g in row["gdp"]:
            if g["status"] == "actual" and isinstance(g["year"], int):
                truth.setdefault((code, g["year"]), set()).add(Decimal(g["yuan"]))
    assert len(truth) >= 30
    hits = [key for key, values in truth.items() if found.get(key) in values]
    wrong = [key for key in truth if key in found and found[key] not in truth[key]]
    assert len(hits) >= 0.9 * len(truth) and not wrong, (len(hits), len(truth), wrong)


def test_summary_charts_an_indicator_per_district_across_renames(tmp_path):
    from pipeline.summary import write_summary

    recs = [_record("a", 2014, "130609", "徐水县", [_gdp("16000000000", 2013)]),
            _record("b", 2016, "130609", "徐水区", [_gdp("17500000000", 2015)]),
            _record("c", 2016, "130608", "清苑区", [_gdp("9000000000", 2015)])]  # one year: no line
    jsonl = tmp_path / "out.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    write_summary(jsonl, tmp_path / "site")
    rows = (tmp_path / "site" / "indicator.csv").read_text(encoding="utf-8").splitlines()
    assert rows[1:] == ["徐水区 (130609),2013,16000000000", "徐水区 (130609),2015,17500000000"]
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert page.count('class="series"') == 1


def test_the_seeds_science_education_base_awardees_come_out_with_their_title(nlp):
    """Issue 16: every 科普教育基地 awardee of the user's example report, with role and title."""
    from pipeline.process import process_path

    record = process_path(nlp, ROOT / "corpus" / "000_23e57e887d149bff.txt")
    rows = {r["name"]: r for r in registry([record])}
    awardees = {name: {(x["object"], x.get("year")) for x in r["roles"] if x["role"] == "awardee"}
                for name, r in rows.items()}
    awardees = {name: titles for name, titles in awardees.items() if titles}
    assert len(awardees) == 11
    assert awardees["广州市第五中学"] == {("广东省科普教育基地", 2022)}
    assert awardees["广州市农业科学研究院"] == {("全国科普教育基地", 2021)}

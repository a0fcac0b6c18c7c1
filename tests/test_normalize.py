"""Normalization: a table of examples, and idempotence as a property."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import normalize

EXAMPLES = [
    # (input, expected, pages?)
    ("收入１２３．４５万元", "收入123.45万元", False),
    ("ＡＢＣ公司", "ABC公司", False),
    ("第一\u3000部分", "第一 部分", False),
    ("金额\u00a0100元", "金额 100元", False),
    ("一行\r\n二行\r三行", "一行\n二行\n三行", False),
    ("零\u200b宽", "零宽", False),
    ("<U+00A0><U+00A0>各位代表：", "各位代表：", False),  # scraped debris
    ("<!--\n\n-->\n正文&nbsp;内容", "正文 内容", False),
    ("（一）部门概况", "（一）部门概况", False),  # CJK punctuation is kept
    # a paragraph cut mid-sentence by a page break in a text file is joined
    ("区科协协助辖区内单位成功申报全国科普教育基地和广东省科普教育基地，其中包括广\n\n东咏声文旅产业投资有限公司。",
     "区科协协助辖区内单位成功申报全国科普教育基地和广东省科普教育基地，其中包括广东咏声文旅产业投资有限公司。", False),
    # ... but not a heading or a finished sentence
    ("## 一、基本情况\n\n### （一）部门概况", "## 一、基本情况\n\n### （一）部门概况", False),
]


@pytest.mark.parametrize("raw,expected,_", EXAMPLES, ids=[e[0][:20] for e in EXAMPLES])
def test_examples(raw: str, expected: str, _: bool) -> None:
    assert normalize(raw) == expected


LONG = "上海市普陀区商务委员会是主管全区产业经济的区政府工作部门，为正处级，加挂上海市普陀区规划和自然资"


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_pdf_line_wrapped_inside_a_name_is_joined() -> None:
    body = [LONG + "\n源局牌子。"] + [LONG[:-3] + "局" + "。"] * 6
    text = normalize("", pages=["\n".join(body)])
    assert "上海市普陀区规划和自然资源局牌子。" in text


def test_pdf_page_numbers_and_running_headers_are_dropped() -> None:
    pages = [_page("某某区2024年度部门决算", f"正文{'甲乙丙丁戊'[i - 1]}的内容。", f"- {i} -") for i in range(1, 6)]
    text = normalize("", pages=pages)
    assert "- 3 -" not in text
    assert text.count("某某区2024年度部门决算") == 1  # a running header is kept where it first occurs
    assert "正文丙的内容。" in text


def test_pdf_sentence_across_a_page_break_is_joined() -> None:
    page1 = "\n".join([LONG + "。"] * 5 + [LONG])
    page2 = "源局牌子。"
    text = normalize("", pages=[page1, page2])
    assert LONG + "源局牌子。" in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("一二三、（）。，\n \u3000１２３abc万元部门局\r\f#")), max_size=200))
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_pdf_join_looks_at_the_last_physical_line_only() -> None:
    body = [LONG, "源局牌子。"] * 3 + [LONG[:-3] + "。"] * 3
    table = ["收入支出决算总表", "单位：万元", "项目 合计 2,946.25", "其他收入 6.20"]
    text = normalize("", pages=["\n".join(body), "\n".join([LONG, "源局", *table])])
    assert "\n收入支出决算总表\n单位：万元\n" in text  # short table lines after a join stay lines


def test_pdf_indented_first_line_is_joined() -> None:
    body = [LONG[:-2] + "。"] * 6 + [LONG[2:], "源局牌子。"]
    text = normalize("", pages=["\n".join(body)])
    assert LONG[2:] + "源局牌子。" in text


def test_a_repeated_copy_of_the_text_is_kept_once() -> None:
    report = "\n".join(["一、工作回顾", "过去一年，我们坚持稳中求进，经济运行总体平稳，发展质量稳步提升。",
                        "（一）稳增长", "全年地区生产总值增长百分之五，财政收入保持稳定，民生支出持续增加。",
                        "二、今年安排", "今年要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展。"])
    text = normalize(report + "\n上一页 1 2 下一页\n" + report + "\n" + report)
    assert text.count("过去一年") == 1 and text.count("一、工作回顾") == 1 and text.count("二、今年安排") == 1
    assert "上一页 1 2 下一页" in text


def test_a_flattened_copy_of_the_text_is_kept_once() -> None:
    paragraph = "过去一年，我们坚持稳中求进，经济运行总体平稳，发展质量稳步提升。"
    page = "政府工作报告 一、工作回顾" + paragraph * 40  # a whole page on one line
    text = normalize("\n".join([page, "", page]))
    assert text.count("一、工作回顾") == 1 and text.count(paragraph) == 40


def test_repeated_table_rows_and_a_single_repeated_sentence_are_kept() -> None:
    rows = "201 一般公共服务支出 2,106.66 1,503.52 603.14\n208 社会保障和就业支出 326.72 326.72 0.00 0.00 0.00"
    sentence = "决算数小于预算数的主要原因：预算按周全保障测算，实际执行基本贴合预期。"
    text = normalize("\n".join([rows, sentence, "表二", rows, sentence, rows]))
    assert text.count("201 一般公共服务支出") == 3 and text.count(sentence) == 2

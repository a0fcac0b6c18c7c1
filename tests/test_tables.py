"""The table stage as tables of examples: cell values, text lines, ruled grids, what a grid of
strings means (columns, sides, codes, names), and the checks inside a table. Figures are
invented for the pattern; the corpus tests are in ``test_tables_corpus.py``."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.tables.check_sums import sum_checks
from pipeline.tables.detect import find_heads
from pipeline.tables.grid import region_grid
from pipeline.tables.interpret import interpret
from pipeline.tables.layout import Char, PageLayout, Rule
from pipeline.tables.lines import Line, cell_text
from pipeline.tables.model import Cell, Grid, Row, Table
from pipeline.tables.pdf import read_region
from pipeline.tables.values import cell_value, find_unit

# (cell text, unit, yuan) — None: not a figure.
VALUES = [
    ("2,940.05", "万元", "29400500"),
    ("371,514,655.00", "元", "371514655"),
    ("0.31", "万元", "3100"),
    ("1.00", "万元", "10000"),
    ("0", "元", "0"),
    ("12.5", "元", "12.5"),
    ("-3.20", "万元", "-32000"),
    ("", "万元", None),
    ("-", "万元", None),
    ("…", "万元", None),
    ("XX", "元", None),
    ("1,23", "元", None),
]


@pytest.mark.parametrize("text,unit,yuan", VALUES, ids=[f"{v[0]!r} {v[1]}" for v in VALUES])
def test_cell_value(text, unit, yuan):
    value = cell_value(text, unit)
    assert (None if value is None else format(value, "f")) == yuan


@pytest.mark.parametrize("line,unit", [
    ("单位：万元", "万元"), ("单位:元", "元"), ("编制部门：某某区某某局 单位：元", "元"),
    ("金额单位：万元", "万元"), ("预算单位构成", None), ("二、部门决算单位构成", None),
], ids=lambda x: str(x))
def test_find_unit(line, unit):
    assert find_unit(line) == unit


def _line(text: str, top: float) -> Line:
    return Line(text, 50, 50 + 10 * len(text), top, top + 10)


@pytest.mark.parametrize("lines,titles", [
    (["收入支出决算总表", "单位：万元"], ["收入支出决算总表"]),
    (["2025年部门收入预算总表", "编制部门：某某区某某局 单位：元"], ["2025年部门收入预算总表"]),
    (["第二部分 某某局2024年度部门决算表", "支出决算表", "单位：万元"], ["支出决算表"]),
    (["目录", "一、收入支出决算总表", "二、收入决算表"], []),                 # the 目录: no unit line
    (["二、部门决算单位构成", "从预算单位构成看，本部门包括："], []),
], ids=["决算", "预算 with 编制部门", "part title above", "目录", "单位构成"])
def test_find_heads(lines, titles):
    heads = find_heads([_line(t, 20 * i) for i, t in enumerate(lines)])
    assert [h.title for h in heads] == titles


def _chars(text: str, x: float, top: float, size: float = 10.0) -> list[Char]:
    return [Char(ch, x + i * size, x + (i + 1) * size, top, top + size) for i, ch in enumerate(text)]


def test_low_glyphs_stay_on_their_line():
    chars = _chars("一", 0, 0) + [Char("、", 10, 14, 6, 10)] + _chars("一般公共", 14, 0)
    chars += _chars("支出", 0, 14)  # a wrapped name's second line
    assert cell_text(chars) == "一、一般公共支出"


def _page(rows: list[list[str]], widths: list[float], *, rule_rows: bool = True) -> PageLayout:
    """A ruled page: one band of 20pt per row, a vertical rule at every column edge."""
    edges = [50.0]
    for w in widths:
        edges.append(edges[-1] + w)
    chars: list[Char] = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            chars += _chars(text, edges[c] + 2, 105 + 20 * r, 8)
    top, bottom = 100.0, 100.0 + 20 * len(rows)
    rules = [Rule(True, x, top, bottom) for x in edges]
    ys = [top + 20 * r for r in range(len(rows) + 1)] if rule_rows else [top, top + 20, bottom]
    rules += [Rule(False, y, edges[0], edges[-1]) for y in ys]
    return PageLayout(1, 600, 800, tuple(chars), tuple(rules))


def test_ruled_grid_header_and_rows():
    page = _page([["项目", "决算数"], ["一、收入", "12.50"], ["合计", "12.50"]], [100, 60])
    raw = region_grid(page, 90, 800)
    assert raw.header == (("项目",), ("决算数",))
    assert raw.body == (("一、收入", "12.50"), ("合计", "12.50"))


def test_a_row_without_a_rule_between_its_lines_is_one_row():
    page = _page([["项目", "金额"], ["养老保险缴", ""], ["费支出", "3.00"]], [100, 60], rule_rows=False)
    raw = region_grid(page, 90, 800)
    assert raw.body == (("养老保险缴费支出", "3.00"),)


def _grid(header, body, unit="万元"):
    return Grid("测试表", unit, 1, tuple(tuple(h) for h in header), tuple(tuple(r) for r in body))


def test_codes_joined_and_names_cleaned():
    table = interpret(_grid(
        [["科目编码", "类"], ["科目编码", "款"], ["科目编码", "项"], ["科目名称"], ["合计"], ["基本支出"]],
        [["201", "", "", "一般公共服务支出", "3.00", "1.00"],
         ["201", "6", "01", "行政运行", "3.00", "1.00"],
         ["合", "", "", "计", "3.00", "1.00"]]))
    assert [(r.code, r.label) for r in table.rows] == [("201", "一般公共服务支出"), ("2010601", "行政运行"),
                                                      (None, "合计")]
    assert table.rows[1].cells[0] == Cell("合计", "3.00", Decimal(30000))
    assert not table.two_sided


def test_two_sided_table_gives_a_row_per_side():
    table = interpret(_grid(
        [["收入", "项目"], ["收入", "决算数"], ["支出", "项目"], ["支出", "决算数"]],
        [["一、财政拨款收入", "5.00", "一、教育支出", "4.00"],
         ["", "", "二、卫生健康支出", "1.00"],
         ["收入总计", "5.00", "支出总计", "5.00"]]))
    assert table.two_sided
    assert [(r.side, r.label, r.marker, r.cells[0].value) for r in table.rows] == [
        (0, "财政拨款收入", "一、", Decimal(50000)), (1, "教育支出", "一、", Decimal(40000)),
        (1, "卫生健康支出", "二、", Decimal(10000)), (0, "收入总计", "", Decimal(50000)),
        (1, "支出总计", "", Decimal(50000))]


def test_an_empty_table_is_kept_empty():
    table = interpret(_grid([["科目名称"], ["合计"]], [["合计", ""]]))
    assert table.empty and [r.label for r in table.rows] == ["合计"]
    assert table.rows[0].cells[0].value is None


def _table(rows, columns=("合计",), two_sided=False, unit="万元"):
    out = []
    for code, label, texts, *side in rows:
        cells = tuple(Cell(c, t, cell_value(t, unit)) for c, t in zip(columns, texts))
        out.append(Row(code, label, cells, side[0] if side else 0, "一、" if label.startswith("项") else ""))
    return Table("测试表", unit, 1, tuple(columns), tuple(out), two_sided=two_sided)


# (rows, failing rules, a message fragment) — invented figures.
SUMS = [
    ([("201", "一般公共服务支出", ["3.00"]), ("20106", "财政事务", ["3.00"]),
      ("2010601", "行政运行", ["2.00"]), ("2010602", "一般行政管理事务", ["1.00"]),
      (None, "合计", ["3.00"])], [], ""),
    ([("201", "一般公共服务支出", ["3.01"]), ("20106", "财政事务", ["3.00"]),
      ("2010601", "行政运行", ["3.00"]), (None, "合计", ["3.01"])], ["table_class"], "rounding"),
    ([("201", "一般公共服务支出", ["3.00"]), ("20106", "财政事务", ["3.00"]),
      ("2010601", "行政运行", ["3.00"]), ("208", "社会保障和就业支出", ["1.00"]),
      (None, "合计", ["5.00"])], ["table_total"], "differ by 10000 yuan"),
]


@pytest.mark.parametrize("rows,failing,fragment", SUMS, ids=["adds up", "rounding", "total wrong"])
def test_code_sums(rows, failing, fragment):
    checks = sum_checks(0, _table(rows))
    assert sorted(c["rule"] for c in checks if not c["ok"]) == failing
    assert all(fragment in c["message"] for c in checks if not c["ok"])
    assert all(isinstance(r, dict) and r["table"] == 0 for c in checks for r in c["amounts"])


def test_column_and_side_sums():
    table = _table([("201", "一般公共服务支出", ["3.00", "2.00", "1.00"]),
                    (None, "合计", ["3.00", "2.00", "0.90"])],
                   columns=("本年支出合计", "基本支出", "项目支出"))
    failed = [c for c in sum_checks(0, table) if not c["ok"]]
    assert [(c["rule"], c["expected"], c["actual"]) for c in failed] == [
        ("table_total", "9000", "10000"), ("table_columns", "30000", "29000")]


def test_two_sides_must_balance():
    table = _table([(None, "项一", ["5.00"], 0), (None, "项二", ["4.00"], 1),
                    (None, "收入总计", ["5.00"], 0), (None, "支出总计", ["4.00"], 1)],
                   columns=("决算数",), two_sided=True)
    failed = {c["rule"] for c in sum_checks(0, table) if not c["ok"]}
    assert failed == {"table_sides"}


# --- across tables, against the prose, against the 目录 (invented figures) ---

from pipeline.tables.check_cross import cross_checks  # noqa: E402
from pipeline.tables.check_prose import missing_tables, prose_checks, toc_tables  # noqa: E402


def _titled(title, rows, columns=("合计",), two_sided=False, unit="万元", start=None, end=None):
    from dataclasses import replace

    return replace(_table(rows, columns, two_sided, unit), title=title, start=start, end=end)


def _summary(figure: str):
    return _titled("收入支出决算总表", [
        (None, "项一", ["5.00"], 0), (None, "教育支出", [figure], 1),
        (None, "本年收入合计", ["5.00"], 0), (None, "本年支出合计", [figure], 1)],
        columns=("决算数",), two_sided=True)


def _spending(figure: str):
    return _titled("支出决算表", [("205", "教育支出", [figure]), (None, "合计", [figure])],
                   columns=("本年支出合计",))


@pytest.mark.parametrize("summary,spending,failing", [
    ("5.00", "5.00", []),
    ("5.00", "5.01", ["rounding", "rounding"]),
    ("5.00", "6.00", ["differ by 10000 yuan", "differ by 10000 yuan"]),
], ids=["same", "one in the last digit", "different"])
def test_one_quantity_in_two_tables(summary, spending, failing):
    checks = cross_checks([_summary(summary), _spending(spending)])
    assert len(checks) == 2  # 教育支出 and 本年支出合计 against the 支出表's 205 row and 合计
    assert [next(p for p in ("rounding", "differ by 10000 yuan") if p in c["message"])
            for c in checks if not c["ok"]] == failing


def _amount(text, value, label, start, measure=None):
    return {"text": text, "value": value, "label": label, "measure": measure, "start": start,
            "end": start + len(text), "currency": "CNY"}


@pytest.mark.parametrize("amount,ok", [
    (_amount("5万元", "50000", "教育支出", 500), True),
    (_amount("5.01万元", "50100", "教育支出", 500), False),
    (_amount("5.00万元", "50000", "本年支出合计", 500), True),
    (_amount("9.00万元", "90000", "本年支出合计", 500), False),
    (_amount("9.00万元", "90000", "教育支出", 500, "比上年增加"), None),   # a change: not a cell
    (_amount("9.00万元", "90000", "教育支出", 50), None),                  # inside the table
    (_amount("9.00万元", "90000", "合计", 500), None),                     # which 合计?
], ids=["equal", "rounding", "total row", "total wrong", "change", "inside", "bare total"])
def test_prose_against_cells(amount, ok):
    tables = [_titled("收入支出决算总表", [
        (None, "项一", ["5.00"], 0), (None, "教育支出", ["5.00"], 1),
        (None, "本年支出合计", ["5.00"], 1)], columns=("决算数",), two_sided=True, start=0, end=100)]
    checks = prose_checks("", tables, [amount])
    assert [c["ok"] for c in checks] == ([] if ok is None else [ok])
    if ok is False and amount["value"] == "50100":
        assert "rounding" in checks[0]["message"]


def test_prose_at_its_own_precision():
    table = _titled("收入预算总表", [("201", "行政运行", ["1,234,567.00"])], unit="元", start=0, end=10)
    (check,) = prose_checks("", [table], [_amount("123.46万元", "1234600", "行政运行", 50)])
    assert check["ok"] and check["amounts"][0] == 0 and check["amounts"][1]["table"] == 0


TOC = "封面\n目 录\n第一部分 概况\n第二部分 某某局2024年度部门决算表\n一、收入支出决算总表\n二、支出决算表\n三、名词解释\n第一部分 概况\n正文"


@pytest.mark.parametrize("titles,missing", [
    (["收入支出决算总表", "支出决算表"], []),
    (["收入支出决算总表"], ["支出决算表"]),
    (["收入支出决算总表", "一般公共预算财政拨款支出决算表"], ["支出决算表"]),  # not a longer title
], ids=["all printed", "one missing", "a longer title is not it"])
def test_missing_tables(titles, missing):
    assert toc_tables(TOC) == ["收入支出决算总表", "支出决算表"]
    tables = [_titled(t, []) for t in titles]
    checks = missing_tables(TOC, tables)
    assert [c["message"].split(" lists ")[1].split(" but")[0] for c in checks] == missing
    assert all(c["rule"] == "missing_table" and c["amounts"] == [] and not c["ok"] for c in checks)


def test_export_gives_one_row_per_printed_cell(tmp_path):
    import json

    import pyarrow.parquet as pq

    from pipeline.export import export
    from pipeline.record import dumps, new_record

    record = new_record(id="b" * 16, source="预算.pdf", format="pdf", text="收入表")
    record["tables"] = [_titled("收入表", [("201", "一般公共服务支出", ["3.00", ""]), (None, "合计", ["3.00", "-"])],
                                columns=("合计", "其他收入"), start=0, end=3).to_dict()]
    record["checks"] = [{"rule": "table_total", "amounts": [{"table": 0, "row": 1, "column": "合计"}],
                         "expected": "30000", "actual": "30000", "ok": True, "message": "m"}]
    src = tmp_path / "out.jsonl"
    src.write_text(dumps(record) + "\n", encoding="utf-8")
    export(src, tmp_path / "pq")
    cells = pq.read_table(tmp_path / "pq" / "table_cells.parquet").to_pylist()
    assert [(c["table_title"], c["code"], c["label"], c["column"], c["text"], c["value"]) for c in cells] == [
        ("收入表", "201", "一般公共服务支出", "合计", "3.00", "30000"), ("收入表", None, "合计", "合计", "3.00", "30000"),
        ("收入表", None, "合计", "其他收入", "-", None)]
    (check,) = pq.read_table(tmp_path / "pq" / "checks.parquet").to_pylist()
    assert check["amounts"] == [] and check["cells"] == [{"table": 0, "row": 1, "column": "合计"}]
    assert json.loads(dumps(record))["tables"][0]["rows"][0]["cells"][1] == {"column": "其他收入", "text": "", "value": None}


def test_show_renders_tables_with_failed_cells_in_red():
    from pipeline.record import new_record
    from pipeline.view import render_record

    record = new_record(id="c" * 16, source="决算.pdf", format="pdf", text="")
    record["tables"] = [_titled("支出决算表", [("205", "教育支出", ["4.00"]), (None, "合计", ["5.00"])]).to_dict()]
    record["checks"] = sum_checks(0, _table([("205", "教育支出", ["4.00"]), (None, "合计", ["5.00"])]))
    page = render_record(record)
    assert "支出决算表" in page and "教育支出" in page
    assert '<td class="value failed" title="测试表: 合计 against its 类 rows (合计): differ by 10000 yuan">5.00' in page


HTML = """<html><body><p>某某局2025年部门预算</p><p>2025年部门支出预算总表</p><p>单位：万元</p>
<table><tr><th colspan="3">功能分类科目编码</th><th rowspan="2">功能分类科目名称</th><th colspan="2">支出预算</th></tr>
<tr><th>类</th><th>款</th><th>项</th><th>合计</th><th>基本支出</th></tr>
<tr><td>201</td><td></td><td></td><td>一般公共服务支出</td><td>3.00</td><td>3.00</td></tr>
<tr><td>201</td><td>13</td><td>01</td><td>行政运行</td><td>3.00</td><td>3.00</td></tr>
<tr><td colspan="4">合计</td><td>3.00</td><td>3.00</td></tr></table>
<p>注：本表为示例。</p><table><tr><td>菜单</td><td>首页</td></tr></table></body></html>"""


def _docx_bytes() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("收入决算表")
    document.add_paragraph("单位：元")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["项目", "科目名称", "决算数"], ["201", "一般公共服务支出", "1,200.50"],
                             ["", "合计", "1,200.50"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_html_tables_from_markup():
    from pipeline.tables import document_tables

    (table,) = document_tables(HTML.encode("utf-8"), "html")  # the menu table has no title
    assert (table.title, table.unit, table.page) == ("2025年部门支出预算总表", "万元", None)
    assert table.columns[-2:] == ("支出预算/合计", "支出预算/基本支出")
    assert [(r.code, r.label, r.cells[0].value) for r in table.rows] == [
        ("201", "一般公共服务支出", Decimal(30000)), ("2011301", "行政运行", Decimal(30000)),
        (None, "合计", Decimal(30000))]
    assert not [c for c in sum_checks(0, table) if not c["ok"]]


def test_docx_tables_from_markup():
    from pipeline.tables import document_tables

    (table,) = document_tables(_docx_bytes(), "docx")
    assert (table.title, table.unit) == ("收入决算表", "元")
    assert [(r.code, r.label, r.cells[0].text, r.cells[0].value) for r in table.rows] == [
        ("201", "一般公共服务支出", "1,200.50", Decimal("1200.5")), (None, "合计", "1,200.50", Decimal("1200.5"))]


def test_a_table_without_rules_is_read_from_positions():
    page = _page([["项目", "金额"], ["一、收入", "12.50"], ["养老保险缴", ""], ["费支出", "3.00"], ["合计", "15.50"]],
                 [100, 60])
    wrapped = [c for c in page.chars if 160 < c.top < 170]  # 费支出: set 8pt closer to the line above
    page = PageLayout(1, 600, 800, tuple(c for c in page.chars if c not in wrapped) + tuple(
        Char(c.text, c.x0, c.x1, c.top - 8, c.bottom - 8) for c in wrapped), ())  # and no rules at all
    assert region_grid(page, 90, 800) is None
    raw = read_region(page, 90, 800)
    assert not raw.ruled and raw.header == (("项目",), ("金额",))
    assert raw.body == (("一、收入", "12.50"), ("养老保险缴费支出", "3.00"), ("合计", "15.50"))


def test_a_title_wrapped_over_two_lines_is_joined():
    lines = [Line("某某局2025年部门预算", 100, 300, 0, 10),           # a running header, far above
             Line("2025年部门一般公共预算基本支出部门预算经济", 100, 500, 40, 56),
             Line("分类预算表", 250, 350, 60, 76), Line("单位：元", 500, 540, 90, 100)]
    assert [h.title for h in find_heads(lines)] == ["2025年部门一般公共预算基本支出部门预算经济分类预算表"]

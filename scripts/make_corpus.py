"""Build the embedded default corpus ``corpus/``: the user's example report plus small
documents written here, one per supported format and encoding, so that ``govreport run``
exercises every reader on a fresh clone.

usage: python scripts/make_corpus.py [--seed ../shared/corpus/performance/000_23e57e887d149bff.txt]

The made-up documents are fiction: their bodies, names of people and figures are invented
for testing (the places are real so that region resolution has something to resolve).
Needs reportlab for the PDF (``pip install reportlab``; not a runtime dependency).
"""
from __future__ import annotations

import argparse
import shutil
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

BUDGET_LINES = [
    "杭州市西湖区文化和旅游局2025年部门预算",
    "第一部分 杭州市西湖区文化和旅游局概况",
    "一、主要职能",
    "杭州市西湖区文化和旅游局是主管全区文化和旅游工作的区政府工作部门。",
    "二、部门预算单位构成",
    "本部门预算包括局本部和下属杭州市西湖区图书馆、杭州市西湖区文化馆。",
    "第二部分 2025年部门预算情况说明",
    "一、收支预算总体情况",
    "2025年收入预算3,456.78万元，其中：财政拨款收入3,200.00万元，其他收入256.78万元。",
    "二、支出预算情况",
    "支出预算3,456.78万元，其中：基本支出2,100.50万元，占60.76%；项目支出1,356.28万元，占39.24%。",
    "三、“三公”经费预算情况",
    "“三公”经费预算12.40万元，比上年减少1.20万元，下降8.82%。",
]

DISCLOSURE_LINES = [
    "宁波市鄞州区人民政府2024年政府信息公开工作年度报告",
    "一、总体情况",
    "2024年，鄞州区人民政府认真贯彻《中华人民共和国政府信息公开条例》。",
    "（一）主动公开情况",
    "全年主动公开政府信息2,315条，收取信息处理费0元。",
    "二、存在的主要问题及改进情况",
    "下一步，宁波市鄞州区人民政府办公室将进一步规范依申请公开工作。",
]

WORK_REPORT_LINES = [
    "政府工作报告",
    "——2025年1月20日在成都市锦江区第十九届人民代表大会第五次会议上",
    "各位代表：",
    "一、2024年工作回顾",
    "全区地区生产总值达到1,320.5亿元，增长6.1%；一般公共预算收入完成八十二点四亿元。",
    "二、2025年主要目标",
    "地区生产总值增长6%左右，固定资产投资约200亿元。",
]

PERFORMANCE_LINES = [
    "2023年度苏州市姑苏区档案馆部门整体支出绩效自评报告",
    "一、基本情况",
    "（一）部门概况",
    "苏州市姑苏区档案馆（以下简称区档案馆）负责全区档案的收集和保管。",
    "（二）部门整体收支情况",
    "2023年支出决算186.30万元，其中基本支出150.10万元、项目支出36.20万元。",
    "二、综合评价分析",
    "自评得分92.50分，其中产出指标42.50分、效益指标50分。",
]

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>body {{ font-family: serif; }}</style>
<script>var tracker = "站点统计代码，不是正文";</script></head>
<body>
<div class="nav-menu"><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/gk">信息公开</a></div>
<div id="content" class="article">
{paragraphs}
</div>
<div class="footer">版权所有 网站标识码 3301060001</div>
</body></html>
"""


def write_pdf(path: Path, lines: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 12)
    y = 800
    for line in lines:
        c.drawString(60, y, line)
        y -= 22
    c.drawString(290, 40, "- 1 -")
    c.save()


def write_docx(path: Path, lines: list[str]) -> None:
    import docx

    document = docx.Document()
    fixed = datetime(2025, 1, 1, tzinfo=timezone.utc)  # reproducible bytes, hence a stable id
    document.core_properties.created = document.core_properties.modified = fixed
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    for (r, c), value in {(0, 0): "项目", (0, 1): "金额（万元）", (1, 0): "基本支出", (1, 1): "150.10"}.items():
        table.cell(r, c).text = value
    document.save(str(path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=Path, default=ROOT.parent / "shared/corpus/performance/000_23e57e887d149bff.txt")
    args = ap.parse_args()
    CORPUS.mkdir(exist_ok=True)
    if args.seed.exists():
        shutil.copyfile(args.seed, CORPUS / args.seed.name)
    made = CORPUS / "made"
    made.mkdir(exist_ok=True)
    write_pdf(made / "2025_部门预算_杭州西湖区_文化和旅游局.pdf", BUDGET_LINES)
    write_docx(made / "2023_绩效自评_苏州姑苏区_档案馆.docx", PERFORMANCE_LINES)
    (made / "2024_政府信息公开年报_宁波鄞州区.html").write_text(
        HTML.format(title=DISCLOSURE_LINES[0],
                    paragraphs="\n".join(f"<p>{line}</p>" for line in DISCLOSURE_LINES)), encoding="utf-8")
    (made / "2025_政府工作报告_成都锦江区.gb18030.txt").write_bytes("\r\n".join(WORK_REPORT_LINES).encode("gb18030"))
    (made / "2023_绩效自评_苏州姑苏区_档案馆.utf16.txt").write_bytes("\n".join(PERFORMANCE_LINES).encode("utf-16"))
    markdown = "\n\n".join(("# " if i == 0 else "") + line for i, line in enumerate(BUDGET_LINES))
    (made / "2025_部门预算_杭州西湖区_文化和旅游局.bom.md").write_bytes(("\ufeff" + markdown).encode("utf-8"))
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file():
            print(f"{path.stat().st_size:8d} {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

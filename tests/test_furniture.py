"""Page furniture of scraped text: what is cut (each rule) and what must stay (report lines that
look like furniture). Invented pages in the shapes sites use."""
import pytest

from pipeline.furniture import find_furniture, strip_furniture
from pipeline.normalize import normalize

BODY = ("各位代表：\n现在，我代表某某县人民政府向大会报告工作，请予审议。\n"
        "一、过去一年工作回顾\n全县地区生产总值完成88.8亿元，同比增长6.5%。")
SITE_FOOTER = "分享到：\nQQ空间\n新浪微博\n上一篇：\n某某县2021年政府工作报告\n下一篇：\n相关文章\n07-29\n标签云\n工作报告"

CUT = [  # (page, the lines that must be gone, the rule that cuts them)
    ("工作报告\n2020年某某县政府工作报告\n时间：2023-03-30 作者：县域网 来源：政府官网 阅读：\n299\n评论：\n0\n" + BODY,
     ["时间：2023-03-30 作者：县域网 来源：政府官网 阅读：", "299", "评论：", "0"], "fields"),
    ("内容摘要：\n各位代表：现在，我代表某某县人民政府向大会报告工作，请予审议……\n" + BODY,
     ["内容摘要：", "各位代表：现在，我代表某某县人民政府向大会报告工作，请予审议……"], "summary"),
    ("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年某省政府工作报告\n来源：某省日报\n时间：2026-02-09\n" + BODY,
     ["下载", "打印", "【字号：", "加大", "】", "来源：某省日报", "时间：2026-02-09"], "toolbar"),
    ("您的位置:\n首页\n>\n本地要闻\n2026年政府工作报告\n来源：某省日报\n" + BODY,
     ["您的位置:", "首页", ">", "本地要闻", "来源：某省日报"], "fields"),
    (BODY + "\n" + SITE_FOOTER, SITE_FOOTER.split("\n"), "footer"),
    (BODY + "\n免责声明：本文仅代表作者观点，不代表本站立场。\n本站为非营利性网站，如有侵权请联系。\n标签：\n工作报告",
     ["免责声明：本文仅代表作者观点，不代表本站立场。", "标签："], "footer"),
    ("【字体：大 中 小】\n" + BODY + "\n【E-mail推荐", ["【字体：大 中 小】", "【E-mail推荐"], "toolbar"),
    ("您当前位置：\n" + BODY + "\n用微信扫一扫，点击右上角分享按钮，将本文分享给您的好友或朋友圈。\n手机扫一扫打开此页",
     ["您当前位置：", "用微信扫一扫，点击右上角分享按钮，将本文分享给您的好友或朋友圈。", "手机扫一扫打开此页"], "toolbar"),
    (BODY + "\n版权与免责声明\n网站地图\n联系我们", ["版权与免责声明", "网站地图", "联系我们"], "footer"),
]


@pytest.mark.parametrize("page,gone,rule", CUT, ids=[c[2] + str(i) for i, c in enumerate(CUT)])
def test_furniture_is_cut_and_the_report_kept(page, gone, rule):
    assert rule in {c.rule for c in find_furniture(page)}
    kept = strip_furniture(page).split("\n")
    for line in gone:
        assert line not in kept
    for line in BODY.split("\n"):
        assert line in kept


KEPT = [  # report lines that look like furniture and must stay
    "2026年某省政府工作报告\n——2026年1月25日在某省第十四届人民代表大会第四次会议上\n省长 张三\n来源：某省日报\n" + BODY,
    BODY + "\n时间：2023年1月至12月，评价组对项目进行了现场核查。",  # a field word in the body
    BODY + "\n分享到：\n我们要把发展成果分享到每一个家庭，让人民群众共享改革成果。",  # prose after a footer word
    "内容摘要：\n本报告总结了全年工作。\n" + BODY,  # a summary that the text does not repeat stays
    "政府工作报告\n" + BODY,  # a bare title line is no breadcrumb
    BODY + "\n（\n三）改革开放持续深化\n全年进出口增长8%。",  # a bracket cut from its heading stays
]


@pytest.mark.parametrize("page", KEPT, ids=range(len(KEPT)))
def test_report_lines_stay(page):
    kept = strip_furniture(page).split("\n")
    for line in page.split("\n"):
        if line in ("来源：某省日报", "内容摘要：", "分享到："):
            continue  # a field line, a summary label, a share button are furniture even here
        assert line in kept


@pytest.mark.parametrize("page,credit", [
    ("来源：某某数据网   政府工作报告\n" + BODY, "来源：某某数据网"),
    (BODY + "而努力奋斗！ 来源：某某数据网", "来源：某某数据网"),
])
def test_a_site_credit_glued_to_a_line_is_cut_from_it(page, credit):
    out = strip_furniture(page)
    assert credit not in out
    assert "政府工作报告" in out or "而努力奋斗！" in out


def test_lost_characters_and_entities_are_spaces():
    out = normalize("政??府??工??作??报??告\n&nbsp;现在，我代表县人民政府。")
    assert out == "政 府 工 作 报 告\n 现在，我代表县人民政府。"


def test_stripping_is_idempotent():
    page = CUT[0][0] + "\n" + SITE_FOOTER
    once = normalize(page)
    assert normalize(once) == once

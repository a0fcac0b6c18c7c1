"""Companies named only by their trade name in a list ending with 等…企业 or a count of 企业."""
from __future__ import annotations

import pytest

from pipeline.orgs import find_organizations

LISTS = [
    ("，培育了超聚变、中创智领等一批行业领军企业。", ["超聚变", "中创智领"]),
    ("，集聚了比亚迪、宁德时代等一批世界一流企业。", ["比亚迪", "宁德时代"]),
    ("，牧原、宇通、华兰等一批龙头企业向强而跃。", ["牧原", "宇通", "华兰"]),
    ("支持天兵科技、天章卫星等商业航天企业做大做优。", ["天兵科技", "天章卫星"]),
    ("，云账户、身边云、桔子数科等平台经济企业营收快速增长。", ["云账户", "身边云", "桔子数科"]),
    ("在扶持大午、青禾、康福龙等农业龙头企业做大做强的同时。", ["大午", "青禾", "康福龙"]),  # 大午: a time word
    ("智行者、华禾科技2家全球独角兽[2]企业即将投产;青禾航空、东岭天域3家行业龙头企业进场。",
     ["智行者", "华禾科技", "青禾航空", "东岭天域"]),  # a note mark, an ASCII semicolon
    ("对长城、风帆、青禾、东岭、北塬等重点企业进行帮扶。", ["长城", "风帆", "青禾", "东岭", "北塬"]),  # words as names
    ("依托青禾、联想、腾飞、东岭等头部企业。", ["青禾", "联想", "腾飞", "东岭"]),  # two-character verbs as names
    ("加大对大午、青禾、东岭等农业产业化龙头扶持力度。", ["大午", "青禾", "东岭"]),  # …等龙头
    ("推进与华禾食品、东岭果业、北塬酒业等企业合作对接。", ["华禾食品", "东岭果业", "北塬酒业"]),  # 与 opens the clause
    ("，青禾材料、鼎新电子和东岭果业3家企业入选名单。", ["青禾材料", "鼎新电子", "东岭果业"]),  # a count alone
    ("，对停产的青禾化工、东岭铸造等“僵尸企业”依法清算。", ["青禾化工", "东岭铸造"]),  # a quoted kind
    ("，青禾服饰、东岭家纺两家企业出口额均超过5000万美元。", ["青禾服饰", "东岭家纺"]),  # 两家
    ("，新入驻企业23家，其中华冠电气、金鼎医疗器械投资均超过5亿元。", ["华冠电气", "金鼎医疗器械"]),  # 其|中华|冠
    ("，青禾照明、东岭电缆等“专精特新”企业，", ["青禾照明", "东岭电缆"]),
    # an earlier 、-list of titles belongs to the person; the list of companies opens after the verb,
    # and after the place where they are (深入园区|…)
    ("，市委常委、县委书记王某深入园区青禾电动车、瑞丰科尔、东岭包纱等3家企业调研，", ["青禾电动车", "瑞丰科尔", "东岭包纱"]),
    ("，县长、副县长走访了瑞丰科尔、东岭包纱等企业，", ["瑞丰科尔", "东岭包纱"]),
    ("，优选青禾电缆、东岭银丰、北塬科技等15-20户龙头企业，", ["青禾电缆", "东岭银丰", "北塬科技"]),  # a range
    # products with a company verb inside a longer list of projects are no companies
    ("，药用包装材料、法兰管件扩产、轨道车辆材料等8个项目正在建设，", []),
    # items quoted or with a note in brackets: the names inside the quotes, before the notes
    ("，全县培育华禾(生猪)、东岭(肉牛)、北塬(土鸡)等养殖龙头企业32个，", ["华禾", "东岭", "北塬"]),
    ("，发展“青禾”、“鼎丰”等加工龙头企业6个，", ["青禾", "鼎丰"]),
    ("，创建“清河西瓜”、“清河大枣”等农业特色品牌，", []),
    # the flagships before 为龙头的N家…企业 end at 为
    ("，集聚了以华禾堂、力迅康、今古泰为龙头的20家药业及其关联企业，", ["华禾堂", "力迅康", "今古泰"]),
    # one name before 等N家…企业: the count says it is one of several companies; not a clause's opening
    ("，北京君禾伟业等5家科技型中小企业落户园区。", ["北京君禾伟业"]),
    ("，年内力争等3家企业上市。", []),
    ("，新增规上工业企业等10家企业。", []),
    # kinds, activities and products are not names
    ("培育专精特新、高新技术等企业。", []),
    ("推动钢铁、化工和建材3家企业转型。", []),
    ("争引一批涂装、被动门窗、新风系统等高端制造企业。", []),  # products and a count: no names
    ("实施龙头企业腾飞行动，助力青禾乳业、东岭牧业等企业发展。", ["青禾乳业", "东岭牧业"]),  # 助力 governs
    ("推进农业局下属2家、交通局下属1家国有企业改制。", []),  # quantities, not names
    ("推动钢铁、化工、建材等企业转型。", []),
    ("引导国有、民营等企业参与。", []),
    ("推动卫星研发制造、火箭总装测试、卫星数据应用等企业集聚。", []),
    # a trade name the dictionary splits into a noun and a verb is a name, not an activity
    ("与鼎丰跳动、宏远软件等12家企业多次对接，", ["鼎丰跳动", "宏远软件"]),
    ("打响大同黄花菜、沁州黄小米等品牌。", []),
    # two of three items looking like names make the third one a name too (an ordinary word)
    ("，长风、渤海澜件、澜牌集团等传统企业加快转型。", ["长风", "渤海澜件", "澜牌集团"]),
    # an industry word alone (its trade name read as an adverb and cut) is no name
    ("，立新制药、澜源气体、鼎乘电子等27家新上企业相继投产。", ["澜源气体", "鼎乘电子"]),
]


@pytest.mark.parametrize("text,names", LISTS, ids=[t for t, _ in LISTS])
def test_list_of_companies(text: str, names: list[str]) -> None:
    found = find_organizations(text)
    assert [o.text for o in found] == names
    assert all(o.type == "enterprise" for o in found)


@pytest.mark.parametrize("text,name", [("政府工作报告\n福建省人民政府省长 赵龙\n各位代表：", "福建省人民政府"),
                                       ("国务院总理 李克强\n", "国务院")])
def test_the_speaker_line_names_the_government_it_heads(text: str, name: str) -> None:
    # the guideline's test: the speaker's office names a specific body by its name (for a county
    # report it is often the only full mention of the reporting government); the person is no body
    assert [o.text for o in find_organizations(text)] == [name]


def test_a_government_in_the_body_is_still_found() -> None:
    assert [o.text for o in find_organizations("福建省人民政府印发实施方案。")] == ["福建省人民政府"]


@pytest.mark.parametrize("text,name", [
    ("6. 上海市普陀区万里街道综合行政执法队。", "上海市普陀区万里街道综合行政执法队"),
    ("由杭州市西湖区城市管理执法大队负责。", "杭州市西湖区城市管理执法大队"),
], ids=["执法队", "执法大队"])
def test_law_enforcement_teams(text: str, name: str) -> None:
    found = find_organizations(text)
    assert [(o.text, o.type) for o in found] == [(name, "government")]


@pytest.mark.parametrize("text,names", [
    ("积极推进鼎禾科技等企业上市。", ["鼎禾科技"]),  # a kind word (科技) closes a name only before 等企业
    ("发展闽越文化、数字科技等领域。", []),
    ("建成滨江市第12中学3号教学楼。", ["滨江市第12中学"]),  # an ordinal in figures
    ("加快推进滨江市第12中学续建和城区第四小学建设。", ["滨江市第12中学"]),  # works on a body end its name
    ("全市共有28所中学。", []),
    ("深化同滨江301医院合作。", ["滨江301医院"]),  # a hospital named by its number
    ("制定修订法律95部。", []),  # a count before 部 is no ministry
    ("其中新建12医院。", []),
    ("深化同滨江医科大学第一附属医院合作。", ["滨江医科大学第一附属医院"]),  # an ordinal after a name
    ("第一时间赶到医院。", []),
    ("2009年鼎禾索具股份有限公司上市。", ["鼎禾索具股份有限公司"]),  # the 年 of a date is no part of a name
    ("深化同滨江农大、滨江师大合作。", ["滨江农大", "滨江师大"]),  # universities' short forms
    ("广州市第五中学科普教育基地入选名单。", ["广州市第五中学"]),  # no short form may hide 中学
    ("与滨江理工大学、滨江医科大学合作。", ["滨江理工大学", "滨江医科大学"]),
])
def test_school_ordinals_and_works(text: str, names: list[str]) -> None:
    assert [o.text for o in find_organizations(text)] == names


@pytest.mark.parametrize("text,name", [
    ("争取农业部支持。", "农业部"), ("经国家计委批准。", "国家计委"), ("向央行争取再贷款。", "央行"),
])
def test_former_and_short_names_of_central_bodies(text: str, name: str) -> None:
    assert [o.text for o in find_organizations(text)] == [name]

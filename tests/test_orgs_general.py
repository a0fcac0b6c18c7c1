"""Organizations on documents nobody tuned for: general patterns, each an example table with
invented names (branches, meetings before a name, coordination, positionings, trade names)."""
from __future__ import annotations

import pytest

from pipeline.orgs import find_organizations


def names(text: str) -> list[str]:
    return [o.text for o in find_organizations(text)]


def types(text: str) -> dict[str, str]:
    return {o.text: o.type for o in find_organizations(text)}


BRANCHES = [
    # (text, expected names, type of the first)
    ("成立了河北银行清河支行，全县银行业金融机构达11家。", ["河北银行清河支行"], "enterprise"),
    ("成立了中国银行石桥支行和农发行清河支行。", ["中国银行石桥支行", "农发行清河支行"], "enterprise"),
    ("人民银行高阳县支行运用再贷款工具。", ["人民银行高阳县支行"], "government"),  # the central bank's
    ("保定市生态环境局石桥分局开展执法检查。", ["保定市生态环境局石桥分局"], "government"),
    ("。云蝶科技有限公司北京分公司承建该项目。", ["云蝶科技有限公司北京分公司"], "enterprise"),
    ("北京儿童医院南苑分院开诊。", ["北京儿童医院南苑分院"], "hospital"),
    # a university and 附属 with a hospital or school: the one it runs, as written
    ("与首都医科大学附属北京安贞医院合作。", ["首都医科大学附属北京安贞医院"], "hospital"),
    ("与中山大学附属第一医院合作。", ["中山大学附属第一医院"], "hospital"),
    ("与北京师范大学附属中学合作。", ["北京师范大学附属中学"], "school"),
    ("完善河北大学附属设施。", ["河北大学"], "school"),
    # a level word and a department before its branch: the branch's name as written holds them
    ("市生态环境局石桥分局开展执法检查。", ["市生态环境局石桥分局"], "government"),
    ("县公安局城关派出所获评先进集体。", ["县公安局城关派出所"], "government"),
    ("保定市公安局东城坊派出所获评先进集体。", ["保定市公安局东城坊派出所"], "government"),
    ("全县公安局派出所全部达标。", [], None),  # the kind, no place of its own
    # an institution's site: a place, a few generic words and 基地/中心/平台
    ("，支持钟山实验室新疆基地建设，", ["钟山实验室新疆基地"], "research"),
    ("加快中国农科院河南创新基地建设。", ["中国农科院河南创新基地"], "research"),
    ("。宏远集团河南基地开工。", ["宏远集团"], "enterprise"),  # not a company's plant
    # a company, a place and 有限公司: its company in that province, one name; a place alone and
    # 有限公司 names nothing
    ("。鼎元控股湖北有限公司捐赠药品。", ["鼎元控股湖北有限公司"], "enterprise"),
    ("。宏远集团山东有限公司投资建设。", ["宏远集团山东有限公司"], "enterprise"),
    ("，与河北有限公司签约，", [], None),
    # a place in brackets after a name: the body's branch there, as written; not any bracket
    ("。建设国家技术转移中心（湖北）。", ["国家技术转移中心（湖北）"], "public_institution"),
    ("。宏远集团（北京）开工。", ["宏远集团"], "enterprise"),  # a company's: a plant or a note
    # an association and a field: its branch for that field; not a company's (a field is no place)
    ("与中国钢铁工业协会废钢分会签订协议。", ["中国钢铁工业协会废钢分会"], "social_organization"),
    ("中国科普作家协会青少年分会成立。", ["中国科普作家协会青少年分会"], "social_organization"),
    ("河北省科普作家协会科幻专业委员会成立。", ["河北省科普作家协会科幻专业委员会"], "social_organization"),
    ("中国宏远集团废钢分会成立。", ["中国宏远集团"], "enterprise"),
    # a government body and a word with 司, 室 or 处: one of its offices; not a verb (处理)
    ("受到河北省人民政府办公厅督查室通报表扬。", ["河北省人民政府办公厅督查室"], "government"),
    ("保定市财政局预算处牵头。", ["保定市财政局预算处"], "government"),
    ("保定市财政局处理了12件。", ["保定市财政局"], "government"),
]


@pytest.mark.parametrize("text, expected, kind", BRANCHES, ids=[(b[1] or [b[0]])[0] for b in BRANCHES])
def test_branches(text: str, expected: list[str], kind: str | None) -> None:
    assert names(text) == expected
    assert not expected or types(text)[expected[0]] == kind


MEETINGS = [
    # a speaker line run together: the meeting ends the government's left edge
    ("2020年1月9日在保定市清河区第二届人民代表大会第四次会议上保定市清河区人民政府区长 王 某各位代表：",
     ["保定市清河区人民政府"]),
    ("——2021年2月5日在石桥县第十届人民代表大会第五次会议上石桥县人民政府县长 李某某各位代表：",
     ["石桥县人民政府"]),
    ("在全县工作大会上石桥县人民医院作了发言。", ["石桥县人民医院"]),
]


@pytest.mark.parametrize("text, expected", MEETINGS, ids=[m[1][0] for m in MEETINGS])
def test_meeting_ends_left_edge(text: str, expected: list[str]) -> None:
    assert names(text) == expected


COORDINATION = [
    # a conjunct that opens with its own name part names a second body
    ("重点打造石桥老年公寓和清溪养老服务中心3家养老机构。", ["石桥老年公寓", "清溪养老服务中心"]),
    ("建设电商创业园和京东电商服务中心。", ["京东电商服务中心"]),
    # 和 inside one name: the conjunct after it is generic
    ("河北省人力资源和社会保障厅", ["河北省人力资源和社会保障厅"]),
    ("清河市文化和旅游局", ["清河市文化和旅游局"]),
    ("国家药品和医疗器械审评检查华中分中心落户", ["国家药品和医疗器械审评检查华中分中心"]),
    # 和 glued by the segmenter to the second name's first character (和晓|峰)
    ("。石桥中学和晓峰中学宿舍楼交付使用。", ["石桥中学", "晓峰中学"]),
    ("，完成清溪老年公寓和裕丰养老服务中心消防改造。", ["清溪老年公寓", "裕丰养老服务中心"]),
    ("依托全国碳市场中心和碳金融中心，", ["全国碳市场中心"]),  # (打造 them: hubs, test_orgs)
    # 和 glued to a level word (和县): a conjunction, then a generic referent
    ("实施中医院迁建和县医院门诊楼项目。", []),
    ("省定民生工程和县人大票决的民生实事。", []),
]


@pytest.mark.parametrize("text, expected", COORDINATION, ids=[c[0][:12] for c in COORDINATION])
def test_coordination(text: str, expected: list[str]) -> None:
    assert names(text) == expected


POSITIONINGS = [
    # (text, expected): a place's role, not a body
    ("打造京津和石桥周边重要商贸物流中心。", []),
    ("争创清南区域医疗中心。", []),
    ("打造保定东南部区域医疗中心。", []),
    ("推进华东民生保障中心项目建设。", []),
    # bodies stay bodies
    ("西安交通大学国际化区域创新中心揭牌。", ["西安交通大学国际化区域创新中心"]),
    ("石桥市多式联运服务中心投入运营。", ["石桥市多式联运服务中心"]),
    ("石桥县融媒体中心", ["石桥县融媒体中心"]),
]


@pytest.mark.parametrize("text, expected", POSITIONINGS, ids=[p[0][:12] for p in POSITIONINGS])
def test_positionings(text: str, expected: list[str]) -> None:
    assert names(text) == expected


TITLES_AND_LEVELS = [
    # (text, expected)
    # a level word standing alone before an institution's name is the level it belongs to
    ("。加快县中医院康复中心建设。", ["县中医院康复中心"]),
    ("。成立省篮球运动管理中心。", ["省篮球运动管理中心"]),
    ("。启用市中医院新院区。", []),  # (a level word and a kind alone stay generic)
    ("。在县宏远集团召开现场会。", ["宏远集团"]),  # a company belongs to no level
    # so does a zone that runs schools and hospitals (开发区, 高新区); not a company
    ("。开发区博雅学校投入使用。", ["开发区博雅学校"]),
    ("。在开发区宏远集团召开现场会。", ["宏远集团"]),
    # an exchange's short form where companies list on it
    ("。推动5家企业在津交所挂牌。", ["津交所"]),
    ("。力争新三板和渝交所主板挂牌企业达到3家。", ["渝交所"]),
    ("。在交易所挂牌企业达到3家。", []),  # (no name part: a kind)
    # 常委 after a committee are its members, a title: the committee is the body
    ("。王某参加指导沧州市委常委专题民主生活会。", ["沧州市委"]),
    ("。清河县人大常委会主任王某。", ["清河县人大常委会"]),
    # what a body is named or rated after a conferral verb is a title
    ("清河县青少年活动中心被命名为河北省示范性青少年校外活动中心。", ["清河县青少年活动中心"]),
    ("新增省级龙头企业2家，获评国家农民合作社示范社3家。", []),
    ("清河县人民医院被评为全国文明单位。", ["清河县人民医院"]),
    ("清河县第一中学被认定为省级示范性高级中学。", ["清河县第一中学"]),
    ("清河县第一中学被认定为省级科普教育学校。", ["清河县第一中学"]),  # a grade, then the title
    ("宏达食品有限公司被评为市级农业产业化重点龙头企业。", ["宏达食品有限公司"]),
    # an item of a list of sectors is an industry; the leading companies of an industry are companies
    ("项目涵盖鞋业、化妆刷、食品、羊毛衫纺织、新能源等多个领域。", []),
    ("支持风帆股份、青禾纺织等行业龙头发展。", ["风帆股份", "青禾纺织"]),
    ("省政府授予清河县人民医院“省级文明单位”称号。", ["清河县人民医院"]),  # 授予's object is the body
    ("被国家发展改革委认定为国家级双创示范基地。", ["国家发展改革委"]),  # the body before the verb
]


@pytest.mark.parametrize("text, expected", TITLES_AND_LEVELS, ids=[c[0][:12] for c in TITLES_AND_LEVELS])
def test_titles_levels_and_exchanges(text: str, expected: list[str]) -> None:
    assert names(text) == expected


TRADE_NAMES = [
    # (text, expected): a trade name and an industry word, decided by the sentence
    ("依托澜熠新材、骏腾机械等骨干企业，", ["澜熠新材", "骏腾机械"]),          # a list of companies
    ("。峰驰机械成功申报省级技术中心。", ["峰驰机械"]),                        # a company verb
    ("推动以星辉电气、钧达电缆等为代表的装备制造产业", ["星辉电气", "钧达电缆"]),  # a 、-list of two
    ("加快推进铭泽农牧300万套种禽项目建设。", ["铭泽农牧"]),                    # a figure
    ("以凯越起重、骏腾索具等企业为引领", ["凯越起重", "骏腾索具"]),            # 以 glued to the first
    # an ordinary word as a trade name: only with a company suffix or a company verb
    ("科技工作卓有成效，银河集团自主研发的设备获奖。", ["银河集团"]),
    ("深化与银河集团合作。银河机械获评省级示范企业。", ["银河集团", "银河机械"]),
    # kinds and products are not companies
    ("打造一批富硒农产品品牌。", []),
    ("发展现代农业和文化旅游。", []),
    ("组建教育集团和文旅集团。", []),
    ("更新改造老旧管道1000公里。", []),
]


@pytest.mark.parametrize("text, expected", TRADE_NAMES, ids=[t[0][:12] for t in TRADE_NAMES])
def test_trade_names_in_context(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_every_organization_is_traced_to_its_rule() -> None:
    from pipeline.orgs import trace_organizations

    text = "成立了河北银行清河支行。峰驰机械成功申报。依托澜熠新材、骏腾机械等骨干企业。国务院部署。"
    traced = {name: rule for name, _, _, rule in trace_organizations(text)}
    assert traced == {"河北银行清河支行": "suffix:支行", "峰驰机械": "brand:verb",
                      "澜熠新材": "list", "骏腾机械": "list", "国务院": "known"}
    assert [n for n, *_ in trace_organizations(text)] == names(text)


NOT_BODIES = [
    # (text, why)
    ("对接一家央企，对接北京一所科研机构，对接北京一所基础教育学校。", "a count and the classifier 所"),
    ("积极稳妥推进商务、供销社等领域企业改制。", "a list of sectors, not of companies"),
    ("，中船二期、中远海运船舶修造加快。", "a known body before an activity"),
    ("发挥省级征信公司作用。", "a kind of company"),
]


@pytest.mark.parametrize("text, why", NOT_BODIES, ids=[n[1] for n in NOT_BODIES])
def test_not_bodies(text: str, why: str) -> None:
    assert all(n in ("中远海运",) for n in names(text)), why


def test_brand_and_industry_words_before_a_company_suffix() -> None:
    text = "。银河索具股份有限公司成功上市。银河集团研发新品。银河路亮化完成。银河机械获评示范企业。"
    assert names(text) == ["银河索具股份有限公司", "银河集团", "银河机械"]


def test_trade_name_before_a_sector_word_is_no_company() -> None:
    assert names("金禾矿业、槐林石材加工园区完工，澜熠服装产业园开工，峰驰机械获评示范企业。") == [
        "金禾矿业", "峰驰机械"]


COUNTY_PATTERNS = [
    # the flagships an industry is built around (以A、B为代表/龙头/主导的…产业)
    ("形成以凯朗通、杰诺斯为龙头的汽车零部件产业集群。", ["凯朗通", "杰诺斯"]),
    ("打造以凯朗汽车及零部件、杰诺斯索具为主导的高端装备制造产业集群。", ["凯朗汽车", "杰诺斯索具"]),
    ("以凯朗通、石桥动力产业园为主导的新能源产业集群。", ["凯朗通"]),  # a park is no company
    ("以新能源汽车、生物医药为代表的战略性新兴产业加快发展。", []),  # kinds, not companies
    ("坚持以习近平同志为核心的党中央", []),
    # schools by the short form of their number, after a place
    ("石家庄二中与邯郸一小开展结对帮扶。", ["石家庄二中", "邯郸一小"]),
    ("学习贯彻党的十九届四中全会精神，关爱一老一小。", []),
    ("深化与湖南桃源一中对接合作。", ["湖南桃源一中"]),  # the whole chain of places
    # a university's or normal college's short form and 附中/附小/附校
    ("与人大附小、民大附中、北京朝阳实验小学合作。", ["人大附小", "民大附中", "北京朝阳实验小学"]),
    # a village name the dictionary splits, standing alone before a school (、史家佐小学); a
    # verb or a kind before the suffix names no school
    ("完成城关中学宿舍楼、史家佐小学教学楼建设工程。", ["城关中学", "史家佐小学"]),
    ("，促进中医院发展，扩建第二中学，改善薄弱学校。", []),
    # a marker and a field name a society; a field alone does not
    ("景区被国际旅游联合会评为最美目的地。", ["国际旅游联合会"]),
    ("景区效应放大。石桥山荣获国际旅游联合会“最美目的地”称号。", ["国际旅游联合会"]),  # 荣获 ends the edge
    ("发挥行业协会作用。", []),
    # the same for a company acting right after its name (。米投集团获评), not without the act
    ("全县新增企业5家。米投集团获评省级荣誉。", ["米投集团"]),
    ("新增企业5家。米投集团负责建设。", []),
    # two companies each awarded (A、B分别获评…)
    ("凯朗科技、宏鑫达分别荣获省创新方法大赛一等奖。", ["凯朗科技", "宏鑫达"]),
    # numbered units of a known group; a count of schools is none
    ("与中电科十二所合作。新建学校6所。", ["中电科十二所"]),
    # a trade name listed among companies names the company elsewhere in the document
    ("凯朗通、杰诺斯等一批企业落户。依托凯朗通汽配，打造产业园。", ["凯朗通", "杰诺斯", "凯朗通汽配"]),
    # 等 closes a list, never a name (…等6所幼儿园)
    ("力争将白河、龙泉关等6所幼儿园打造为示范性幼儿园。", []),
    # companies named right after their count, as many as counted
    ("超亿元企业4家，凯朗、杰诺斯、长城、宏鑫达行业地位更加巩固。", ["凯朗", "杰诺斯", "长城", "宏鑫达"]),
    ("新增规上企业3家，分别是凯朗、杰诺斯和宏鑫达。", ["凯朗", "杰诺斯", "宏鑫达"]),
    ("新增规上企业3家，凯朗、杰诺斯行业地位巩固。", []),  # two named, three counted
    ("新增国家级企业2家，钢铁、化工行业加快发展。", []),  # kinds
    # short trade names listed with a known central enterprise
    ("长青、华油、中国兵装正进行科学替代和回灌。", ["长青", "华油", "中国兵装"]),
    # a trade name after a place may end in a character that is also a preposition (同, 和)
    ("。河北智同生物制药有限公司被认定为工程研究中心。", ["河北智同生物制药有限公司"]),
    # a verb opening the window governs the name after it (密切|跟进|某某集团), a name's own
    # verb does not (新|希望|某某学院)
    ("加快全域旅游开发。密切跟进凯朗集团、江苏杰诺斯集团，", ["凯朗集团", "江苏杰诺斯集团"]),
    ("建成阜平新希望绿领学院。", ["阜平新希望绿领学院"]),
    # a list of investors or financial institutions lists companies; a list of qualities does not
    ("全面加强与凯朗通、中铁建、杰诺斯等战略投资者合作，", ["凯朗通", "中铁建", "杰诺斯"]),
    ("具备成立时间短、成长起点高、场景创新强等特点的新经济企业。", []),
    # a company's trade name standing without 公司 names it, not where it names a project
    ("凯朗通公司纳税超过4500万元。推动凯朗通上市。建设凯朗通大厦。", ["凯朗通公司", "凯朗通"]),
    # a list of leading companies (等…头部企业) takes names that are also words when a good part
    # of its items look like names; the subject and verb before the list are not its first item
    ("信息技术产业依托曙光、麒麟、中芯国际、华海清科、金海通等头部企业，", ["曙光", "麒麟", "中芯国际", "华海清科", "金海通"]),
    ("形成以央企长安、民企赛力斯等为龙头的产业集群。", ["长安", "赛力斯"]),
    # short forms of major state groups; one glued to an industry word or a phase names a
    # subsidiary or a project (某某微电子12英寸产线, 某某二期), not the group
    ("鞍钢、本钢、中铝加快转型。", ["鞍钢", "本钢", "中铝"]),
    ("华润微电子12英寸产线建成投产，华能四期开工。", []),
    ("加强与中冶二十二局对接。", ["中冶二十二局"]),
    # a rural commercial bank; a body before its members (全国|人大代表); a group's short form
    # glued to a name of its own is a subsidiary or a project (某核|汇能通榆项目)
    ("吉林农商行正式挂牌运营。", ["吉林农商行"]),
    ("办理全国人大代表建议9件、全国政协提案5件。", ["全国人大", "全国政协"]),
    ("推进中核汇能通榆等项目。", []),
    ("魏桥集团参与国家电网绿电消纳调峰。", ["魏桥集团", "国家电网"]),  # a group's common name
    # a list after 一批 names kinds of companies to attract, not companies
    ("争引一批水性涂料、被动门窗、新风系统等高端制造企业。", []),
    ("“两中心一平台”：是指新时代文明实践中心、县级融媒体中心。", []),
    # bank short forms on word boundaries; 中行 stays out (在新征程中行稳致远)
    ("开展农行“助农贷”和建行“助保贷”业务。", ["农行", "建行"]),
    ("在新征程中行稳致远。", []),
]


@pytest.mark.parametrize("text, expected", COUNTY_PATTERNS, ids=[c[0][:12] for c in COUNTY_PATTERNS])
def test_county_report_patterns(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("name", ["orgs/national.tsv", "orgs/enterprises.tsv", "orgs/suffixes.tsv"])
def test_lexicon_rows_name_each_body_once(name: str) -> None:
    """A second row for a name would silently lose to the first: each name is listed once."""
    from pipeline.resources import read_lines

    names = [line.split("\t")[0] for line in read_lines(name)]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})

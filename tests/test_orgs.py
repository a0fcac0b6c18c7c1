"""The organizations stage: edges, generic referents, nesting, types, aliases, roles."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.orgs import ORG_TYPES, Organization, find_organizations


def names(text: str) -> list[str]:
    return [o.text for o in find_organizations(text)]


def by_name(text: str) -> dict[str, Organization]:
    return {o.text: o for o in find_organizations(text)}


EDGES = [
    # (text, expected names in order)
    ("区科协发动广州市澳米环保科技有限公司捐赠防疫物资。", ["广州市澳米环保科技有限公司"]),
    ("继续推进科普中国“e校园”，在黄埔小学推进机器人创客教育。", ["黄埔小学"]),
    ("区科协协助广州市农业科学研究院申报全国科普教育基地。", ["广州市农业科学研究院"]),
    ("区科协党支部联合共建单位广州品学党支部开展主题党日活动。", ["广州品学党支部"]),
    ("本单位与广东省标准化研究院签署合作协议。", ["广东省标准化研究院"]),
    ("区科协向海珠区图书馆捐赠科普读物。", ["海珠区图书馆"]),
    ("本报告由淮安市洪泽区人民政府办公室编制。", ["淮安市洪泽区人民政府办公室"]),
    ("在黄埔小学、五凤小学推进公益项目。", ["黄埔小学", "五凤小学"]),
    ("广州技象科技有限公司、广州云蝶科技有限公司等科技企业。", ["广州技象科技有限公司", "广州云蝶科技有限公司"]),
    # a registered form after ordinary words that open the clause: the words are the name
    ("2011年，长风酿酒有限公司在天津股权交易所挂牌。", ["长风酿酒有限公司", "天津股权交易所"]),
    ("积极推动白云纸业控股有限公司上市。", ["白云纸业控股有限公司"]),
    ("鼓励组建各类有限公司。", []),
    # a manner word and a governing verb made one dictionary word still govern the name after it
    ("全力支持白云山制药有限公司做大做强。", ["白云山制药有限公司"]),
    ("全力支持天香乳业扩大产能。", ["天香乳业"]),
    ("全力支持长风股份做大做强。", []),  # not 全力支持长风股份 (长风 alone is a common word)
    ("大力发展苗木种植合作社。", []),  # a phrase opening with 大力 governs, it names nothing
    # 共建 and 合建 govern what two bodies build together: no name spans them
    ("，与天津大学共建保定市先进制造技术研究院，", ["天津大学", "保定市先进制造技术研究院"]),
    ("，与河北农业大学合建保定市草莓研究所，", ["河北农业大学", "保定市草莓研究所"]),
    ("，鼓励中小企业与高校、科研院所共建实验室，", []),
    # a verb ending in 为 says what a body becomes: no name spans it (晋升为 is tagged a person's name)
    ("，县机关幼儿园晋升为省级示范性幼儿园，", []),
    ("，石桥中学晋升为省级示范性高中，", ["石桥中学"]),
    ("，保定市供销社更名为保定市供销合作社，", ["保定市供销社", "保定市供销合作社"]),
    # a full division name and 委: that place's party committee, with or without 中共
    ("在上级党委和邢台市委的坚强领导下。", ["邢台市委"]),
    ("落实河北省委、石家庄市委部署。", ["河北省委", "石家庄市委"]),
    ("上海市普陀区委书记讲话。", ["上海市普陀区委"]),
    ("市委和县委的领导下。", []),  # 和县 is a county, but not here
    ("在党中央和县委的领导下。", []),
    ("南京市委托第三方评估。", []),  # 委托 entrusts
    ("被光明日报等中央媒体报道。", ["光明日报"]),
    ("建成三馆一中心。", []),  # a count of kinds
    # a quoted brand opens its company's name; a quoted title before a body is none of it
    ("推动“好日子”枣业股份有限公司项目落户园区。", ["“好日子”枣业股份有限公司"]),
    ("引进“三只兔子”食品有限公司，", ["“三只兔子”食品有限公司"]),
    ("荣获“全国文明单位”的保定市财政局，", ["保定市财政局"]),
    ("打造“一站式”服务中心，", []),
    # 化纤 after a trade name is a company, as 纺织 or 化工; the industry alone is none
    ("，华丰化纤在石交所成功挂牌，", ["华丰化纤", "石交所"]),
    ("推动化纤、纺织等产业升级，", []),
    # 证券 after a proper name is a securities company; securities of no name are none
    ("完成华泰海通证券重组更名，", ["华泰海通证券"]),
    ("支持企业发行有价证券，", []),
    # a suffix before 街 or 路 names a street (大王庄中心街), not a body
    ("(3)李家庄中心街改造，", []),
    ("拓宽李家庄卫生院路，", []),
    # a verb of names after a place is inside a company's name, not a verb governing it
    ("聘请中国建设科技集团编制规划，", ["中国建设科技集团"]),
    ("与山西建设投资集团签约，", ["山西建设投资集团"]),
    ("推动雄安建设科创中心，", []),  # not a company's suffix: the place builds it
    ("，组建定兴县城市建设投资集团有限公司，", ["定兴县城市建设投资集团有限公司"]),  # what it builds first
    # 其中 read across the name's first character (其|中华…, 其|中国…): the name starts after it
    ("。其中华澜集团实现销售收入25亿元。", ["华澜集团"]),
    ("。其中国澜投集团完成投资。", ["国澜投集团"]),
    # 集团股份有限公司, though the dictionary reads 集团股份 as one word
    ("，由甘肃第六建设集团股份有限公司承建，", ["甘肃第六建设集团股份有限公司"]),
    ("，赴武汉澜通医药集团股份有限公司洽谈，", ["武汉澜通医药集团股份有限公司"]),
    ("，由保定市交通建设投资有限公司负责运营，", ["保定市交通建设投资有限公司"]),
    ("，推动城市建设投资集团改革，", []),  # no place: a kind
    # troupes after a place are bodies; a troupe of no place is a kind
    ("大连市儿童艺术团获群星奖。", ["大连市儿童艺术团"]),
    ("鞍山青年合唱团赴京演出。", ["鞍山青年合唱团"]),
    ("支持组建合唱团、艺术团。", []),
    # a town's credit cooperative and central school, a supply cooperatives' union; the kinds are none
    ("，北河店镇农村信用社、留史镇中心校被评为文明单位，", ["北河店镇农村信用社", "留史镇中心校"]),
    ("，保定市农村信用联社改制为保定农商银行，", ["保定市农村信用联社", "保定农商银行"]),
    ("，涞水县联社发放小额贷款，", ["涞水县联社"]),  # the credit union's short form, after a place
    ("，走访了华丰电气商行，", ["华丰电气商行"]),  # a trading firm
    ("，组建联社，", []),
    ("，保定市供销合作社联合社领办服务中心12个，", ["保定市供销合作社联合社"]),
    ("深化农村信用社和供销社改革，乡镇中心校全部达标。", []),
    # one-word trade names listed with 、 right before a company named by its suffix are its siblings
    ("充分发挥宏润达、康美源、金鼎集团示范带动作用。", ["宏润达", "康美源", "金鼎集团"]),
    ("依托北京、上海、金鼎集团开展合作。", ["金鼎集团"]),  # places are no siblings
    # items of any length, on either side of the company, up to what the clause says they do
    ("与宏远集团、康达园林、新兴达集团达成合作协议。", ["宏远集团", "康达园林", "新兴达集团"]),
    ("依托金鼎集团、宏润达精密，引进关联配套企业。", ["金鼎集团", "宏润达精密"]),
    ("推动金鼎集团、宏润达二期、康美源总部建设。", ["金鼎集团"]),  # phases and headquarters are projects
    ("改造交通局家属楼、金鼎公司家属楼。", ["金鼎公司"]),  # buildings are no siblings
    ("推进宏远集团、康达榆树、天楹辽源等项目。", ["宏远集团"]),  # a company's project at a place
    # a place opening an item does not count toward its length (北京|某某生态环境: 7 characters)
    ("，北京荣达食品、华辰科技公司、北京碧源泉生态环境、山海环境产业集团负责人发言，",
     ["北京荣达食品", "华辰科技公司", "北京碧源泉生态环境", "山海环境产业集团"]),
    # a 、-list opening its clause, the subject of what companies are awarded or do, one item
    # with an industry word: all of them are companies
    ("。宏远科技、康达机器人成功落地，", ["宏远科技", "康达机器人"]),
    ("，宏远新材、康达瑞能签约落户，", ["宏远新材", "康达瑞能"]),  # not 康达瑞能签约: verbs before the verb
    ("，宏远新材、康达瑞能成功签约落户，", ["宏远新材", "康达瑞能"]),
    ("。天大前沿院、康达生物入选国家首批中试平台，", ["天大前沿院", "康达生物"]),
    ("。宏远科技、康达电气等相继投产。", ["宏远科技", "康达电气"]),  # the list ends at 等
    ("。宏远科技、康达电气等优质企业。", ["宏远科技", "康达电气"]),  # (the list rule's)
    # growing is what companies do too, with the manner before it (快速, 茁壮, 加快)
    ("，宏远科技、康达电气等快速成长，", ["宏远科技", "康达电气"]),
    ("，鼎丰精工、宏润达生物等加快扩能建设。", ["鼎丰精工", "宏润达生物"]),
    ("，新能源、生物医药等产业快速成长，", []),  # industries
    # settling in a park is what companies do (入驻); 重工 is an industry word of names
    ("。盛华重工入驻装备制造产业园，", ["盛华重工"]),
    ("，康达电气入驻园区，", ["康达电气"]),
    ("，72家企业顺利入驻。", []),
    # a listed brand's output is a company's; a sector's output is no company (南繁: no brand)
    ("。鼎力重工全年产值突破20亿元，", ["鼎力重工"]),
    ("。南繁种业年产值突破200亿元，", []),
    ("，重点发展新材料产业，", []),
    ("，让青少年快乐读书、健康成长。", []),
    ("。延安苹果、汉中中药材入选国家级优势特色产业集群。", []),  # a place's industry
    ("。张伟、李强荣获全国劳动模范称号。", []),  # people
    ("，瑞峰、恒岳荣获省级“专精特新”企业称号，", ["瑞峰", "恒岳"]),  # the award says companies
    ("，北易水、南拒马荣获省级美丽河湖称号，", []),
    ("，科创板、北交所上市公司数量居全国第一。", ["北交所"]),  # 上市公司 is no verb
    ("，头部企业康达科技、宏远机器人成功落地，", ["康达科技", "宏远机器人"]),  # the kind before the list
    # a list item is never one character: 发挥|和|泰 lists 和泰
    ("。充分发挥和泰、荣丰等企业的带动作用。", ["和泰", "荣丰"]),
    # a trade name no dictionary knows, supported by name, is a company; an industry or a region is none
    ("鼓励瑞岭机械提升研发能力，", ["瑞岭机械"]),
    ("壮大青鸾山生物制药，打造生产基地，", ["青鸾山生物制药"]),
    ("推动疆内油气资源转化，", []),
    ("支持农业机械化发展，", []),
    # a trade name and an industry word as the other party of an agreement
    ("重点加强与以诺药业合作，发展中药材。", ["以诺药业"]),
    ("积极与宏岭电气签订协议。", ["宏岭电气"]),
    ("，恒丰机械与山东大学共建工程技术研究中心，", ["恒丰机械", "山东大学"]),  # one party, then the other
    ("。推动兴农种业与省农林科学院共建实验室，", ["兴农种业"]),  # 与 and a level word: a second body
    ("，保定市科学技术与信息化局，", ["保定市科学技术与信息化局"]),  # 与 inside a name
    ("，推动康达电气与北京理工大学开展合作，", ["康达电气", "北京理工大学"]),
    ("，推动精细化工与生物医药融合发展，", []),  # industries
    ("，宏图电缆获评小巨人企业，康达照明入选单项冠军企业。", ["宏图电缆", "康达照明"]),  # 照明: lighting
    ("，推进城市照明工程，", []),
    # a company named by its kind (能源集团) neither counts nor blocks its siblings; the list ends at 等
    ("完成能源集团、民航集团、宏远集团、鼎丰国资等一批企业战略性重组和专业化整合。", ["民航集团", "宏远集团", "鼎丰国资"]),
    ("全力支持鼎丰股份、宏远集团、康达香业等行业龙头做大做强。", ["鼎丰股份", "宏远集团", "康达香业"]),
    ("积极推动与宏远集团、鼎丰工控等开展深入合作。", ["宏远集团", "鼎丰工控"]),
    ("。与中冶十七局、宏远建设等项目深入对接，", ["中冶十七局", "宏远建设"]),  # a company's numbered unit anchors too
    # a company found once anchors its list siblings at its other mentions (the document's other mentions)
    ("。宏远精工获评省级专精特新企业。推动宏远精工、康达精密、恒茂电子扩能升级。", ["宏远精工", "宏远精工", "康达精密", "恒茂电子"]),
    # every other mention of a company found once is a mention too, as a word of its own
    ("。宏远精工获评省级专精特新企业。支持宏远精工打造产业园，", ["宏远精工", "宏远精工"]),
    ("。宏远精工获评省级专精特新企业。宏远精工园区建设，", ["宏远精工", "宏远精工"]),
    ("。鼎丰集团获评省级专精特新企业。推进鼎丰集团公司改制，", ["鼎丰集团", "鼎丰集团公司"]),  # a longer name stands
    ("支持康达新材料、宏远集团、鼎丰集团参与整合工作，", ["康达新材料", "宏远集团", "鼎丰集团"]),  # 参与 is no 与
    # one name opening its clause, awarded as a company; a place or a village awarded is none
    ("。鼎丰入选质量强国建设领军企业。", ["鼎丰"]),
    ("。康泰科技入选国家级专精特新“小巨人”企业。", ["康泰科技"]),
    ("，瑞邦园林获评国家林业重点龙头企业，", ["瑞邦园林"]),  # a trade name and what it makes
    ("。北易水被评为五星级幸福河湖。", []),
    ("。黑崖沟入选省级乡村旅游重点村。", []),
    ("。营商环境跻身全球前列。", []),
    ("。鼎丰机械科技在河北股权交易所正式挂牌。", ["鼎丰机械科技", "河北股权交易所"]),  # listed
    # schools listed beside a school, named by a village or a road; categories of schools are none
    ("与保师附校、文化路幼儿园深入合作，", ["保师附校", "文化路幼儿园"]),
    ("推进石桥中学综合楼、李家镇后村幼儿园等6个薄弱学校改造，", ["石桥中学", "李家镇后村幼儿园"]),
    ("实施石桥中学改造、乡村小规模学校和乡镇寄宿制学校建设，", ["石桥中学"]),
    # a village the dictionary splits names the school or hospital after it; the countryside does not
    ("完成县急救站、大庄中心卫生院门诊楼建设，", ["大庄中心卫生院"]),  # 大|庄|中心卫生院
    ("验收合格，发展庄中学高标准通过验收。", ["发展庄中学"]),
    ("，改善农村卫生院条件，", []),
    ("，各村小学全覆盖，", []),
    # … and so does a town the dictionary splits (留史|镇, 臧|村镇, 大营|乡); the towns in general do not
    ("，石垒镇中心小学、大营乡人民政府被评为先进单位。", ["石垒镇中心小学", "大营乡人民政府"]),
    ("。臧村镇中心小学通过省级验收，", ["臧村镇中心小学"]),
    ("，各乡镇中心小学全部达标，", []),
    ("。官庄镇党委、枣林乡党委被评为先进基层党组织，", ["官庄镇党委", "枣林乡党委"]),  # a town's party committee
    ("，各乡镇党委要落实责任，镇党委书记带头，", []),
    ("，东杨庄村卫生室被评为示范村卫生室，", ["东杨庄村卫生室"]),  # a village clinic
    ("，承担对村卫生室的管理和指导职能，", []),  # 对|村: a stop word glued to 村
    ("，乡镇人民政府要落实主体责任，", []),
    # institutes named by an abbreviation, listed beside a body; kinds and county hospitals are none
    ("推动鼎丰集团、华研院、宏科所等向园区集聚，", ["鼎丰集团", "华研院", "宏科所"]),
    ("加强与鼎丰集团、高校、科研院所合作，", ["鼎丰集团"]),
    ("完成石桥中学、县中医院医联体建设，", ["石桥中学"]),
    # foreign companies listed with their country; countries alone are no companies
    ("。韩国鼎星、意大利康科姆、美国维卡等重点外资项目建成投运。", ["韩国鼎星", "意大利康科姆", "美国维卡"]),
    ("，引进德国博朗、日本欧力等外资企业，", ["德国博朗", "日本欧力"]),
    ("，美国、日本、韩国等国家，", []),
    # 车企, 药企 …: kinds of companies that end a list of them
    ("支持鼎泰科技、宏远汽车等车企提质放量", ["鼎泰科技", "宏远汽车"]),
    # a representative office is a branch; leading and coordinating groups of a place are bodies
    ("。新加坡设计商会重庆代表处成立。", ["新加坡设计商会重庆代表处"]),
    ("，离不开中央西藏工作协调小组统筹协调，", ["中央西藏工作协调小组"]),
    # a designation counted is a class of bodies (3个某省实验室), not one
    ("挂牌建设金凤、明月湖3个重庆实验室，", []),
    ("培育保定市农业示范合作社402家，", []),  # counted after it too
    ("新建省级卓越工程师学院7个、产教联合体5个，", []),
    ("中冶环保集团5家二级公司有序展业，", ["中冶环保集团"]),  # a company's units counted
    ("投资1亿元的保定市汽车检测服务中心11个项目开工，", ["保定市汽车检测服务中心"]),  # the count of a list
    # a visitor centre, a canteen, a water or heating plant is a building, not a body; a factory is a company
    ("，县城地表水厂正在施工，", []),
    ("，城区热源厂建成投运，", []),
    ("，博丰醋厂扩建投产，", ["博丰醋厂"]),
    ("，建设4750平米的保定市玉米研究所、5000平米的综合服务中心，", []),  # measured by floor space
    ("启动白云山游客中心、停车场建设，", []),
    ("完成五中一期、二中餐饮中心建设，", []),
    # a grade or ownership before the suffix makes a category (三甲医院, 公立医院), not a body
    ("与天津三甲医院建立专科联盟，", []),
    ("推进保定市公立医院改革，", []),
    ("保定市儿童医院开诊，", ["保定市儿童医院"]),
    ("以金鼎集团、宏润达文化、康美源文化为重点。", ["金鼎集团"]),  # themes
    ("建设公安局家属楼、保险公司家属楼。", []),
    ("推动佳和美、润万家等连锁商超拓展线上业务。", ["佳和美", "润万家"]),  # 等…商超: retail companies
    ("湖南省锰矿综合利用工程技术研究中心成立。", ["湖南省锰矿综合利用工程技术研究中心"]),
    ("，建设湖南省锰矿综合利用工程技术研究中心，", ["湖南省锰矿综合利用工程技术研究中心"]),  # a place's, built
    ("，成立产训融合技能发展中心，", ["产训融合技能发展中心"]),  # set up: a body
    ("全县新增股份有限公司3家。", []),
    ("支持广州实验室和鹏城实验室建设。", ["广州实验室", "鹏城实验室"]),
    ("由教育部和财政部联合实施。", ["教育部", "财政部"]),
    # alliances of a place are bodies; a kind of alliance or a conjunction before 联盟 is none
    ("，成立京津冀先进制造业集群联盟，", ["京津冀先进制造业集群联盟"]),
    ("，组建产业技术创新战略联盟，", []),
    ("，跟进落实国家、省及联盟药品集采16批次，", []),
    ("，成功加入北京协和医院医联体。", ["北京协和医院"]),
    ("。中共中央政治局召开会议，审议通过中央政治局关于改进工作作风的规定。", ["中共中央政治局", "中央政治局"]),
    ("，10项改革典型被中央改革办推介，", ["中央改革办"]),
    ("加挂上海市普陀区经济委员会、上海市普陀区粮食和物资储备局牌子。",
     ["上海市普陀区经济委员会", "上海市普陀区粮食和物资储备局"]),
    ("。崖州湾国家实验室落地并转段运行。", ["崖州湾国家实验室"]),
    ("中国科学院东莞材料科学与技术研究所挂牌成立。", ["中国科学院东莞材料科学与技术研究所"]),
    ("。南方医科大学珠江医院、广州市南武中学入选。", ["南方医科大学珠江医院", "广州市南武中学"]),
    ("在素社街党群服务中心开展活动。", ["素社街党群服务中心"]),
    ("高标准建设华南国家植物园和深圳国际红树林中心。", ["深圳国际红树林中心"]),
    ("，高水平建设习近平新时代中国特色社会主义思想研究中心，",
     ["习近平新时代中国特色社会主义思想研究中心"]),
    ("。成立毛泽东思想研究会。", ["毛泽东思想研究会"]),
    ("促进国家农创中心和生物育种钟山实验室协同创新。", ["生物育种钟山实验室"]),
    ("，低维电子材料海河实验室挂牌。", ["低维电子材料海河实验室"]),
    ("筹建绿色低碳领域重庆实验室。", ["重庆实验室"]),
    ("，新增陕西实验室。", ["陕西实验室"]),
    ("，金砖国家工业能力中国中心启用，", ["金砖国家工业能力中国中心"]),
    ("建设中国西藏环喜马拉雅藏医药研究中心。", ["中国西藏环喜马拉雅藏医药研究中心"]),
    ("；三是中国-中亚荒漠化防治合作中心落户宁夏。", ["中国-中亚荒漠化防治合作中心"]),
    ("，中国—中亚减贫合作中心落地。", ["中国—中亚减贫合作中心"]),
    ("，鹏瑞利医院开诊，", ["鹏瑞利医院"]),
    # a one-character adverb before a trade name is none of it (就|某某, 还|某某)
    ("，与会人员就瑞禾祥食品有限公司提出的规划展开讨论，", ["瑞禾祥食品有限公司"]),
    ("，今年还恒鑫泰食品有限公司扩产，", ["恒鑫泰食品有限公司"]),
    # a surname-like character the dictionary splits off a trade name (该县王|亚尼…)
    ("，与该县王亚尼家具有限公司签订协议，", ["王亚尼家具有限公司"]),
    # a run of characters split off a name, one by one (的淼|珑|达肉业)
    ("，位于项目区的淼珑达肉业有限公司投产，", ["淼珑达肉业有限公司"]),
    # a place in brackets inside a company's name: the name runs on through it (not a place alone)
    ("，由鑫瑞达农牧(保定)有限公司投资建设，", ["鑫瑞达农牧(保定)有限公司"]),
    ("，引进华源坤泰（天津）新材料有限公司，", ["华源坤泰（天津）新材料有限公司"]),
    ("，与中国（天津）有限公司合作，", []),
    # a company's name and more words before 中心/基地/平台: the company's project; the company is named
    ("，河北宏泰农业科技集团股份有限公司鲜薯深加工二期工程及科研中心项目，", ["河北宏泰农业科技集团股份有限公司"]),
    ("，保定鑫源食品有限公司冷链物流基地开工，", ["保定鑫源食品有限公司"]),
    # a verb after a time word, right before a name that opens with a place, governs it
    ("，保定市科协先后促成河北大学附属医院与涞水县医院合作，", ["保定市科协", "河北大学附属医院", "涞水县医院"]),
    # a place's government before 与/和 is a body; 政府和社会资本合作 is a kind of financing
    ("，涞水县政府与16家企业集中签约，", ["涞水县政府"]),
    ("，推广政府和社会资本合作模式，", []),
    # a listed brand (a common noun) and up to two industry or kind words before 公司; not a verb
    ("；神力电源科技公司蓄电池项目试产；", ["神力电源科技公司"]),
    ("，组建省级征信公司，", []),
    ("，下一步公司将抢抓机遇，", []),  # a numeral listed as a brand (一步) is no trade name
    # 组织 after an adverb is the verb: the body before it ends there
    ("，保定市农业局认真组织全市示范社申报，", ["保定市农业局"]),
    ("，涞水县文化馆积极组织演出，", ["涞水县文化馆"]),
    # a place before a field and 全国重点实验室; 研究生院 heads a school
    ("，建强白云鄂博稀土全国重点实验室和", ["白云鄂博稀土全国重点实验室"]),
    ("建好办好西南联合研究生院和高等研究院。", ["西南联合研究生院"]),
]


@pytest.mark.parametrize("text, expected", EDGES, ids=[e[1][0] if e[1] else "none:" + e[0][:8] for e in EDGES])
def test_edges(text: str, expected: list[str]) -> None:
    assert names(text) == expected


NOT_NAMES = [
    ("认真落实市科协和区委、区政府部署要求。", "generic referents"),
    ("各级政府要加强财政部门管理，本单位严格执行。", "generic referents 2"),
    ("发动科技企业、金融机构和学校参与，创建科普教育基地。", "categories"),
    ("建设粤港澳大湾区，海珠区经济稳步增长。", "places"),
    ("根据《广东省科学技术普及条例》有关精神。", "document title"),
    ("服务保障中国国际进口博览会。", "event"),
    ("加快构建新发展格局，服务国家发展大局。", "格局 is not a 局"),
    ("国家农民专业合作社示范社名单公布，经全国农民合作社发展部际联席会议评定。", "农民 is a class of people"),
    ("，改善山区学校和库区医院的条件，", "kinds of areas (山区, 库区)"),
    ("，全县规上药业总产值8.8亿元，", "规上 (规模以上) is a class of companies"),
    ("，推进宏远电子商务物流中心项目和某某交易中心等项目，", "a facility project (中心 before 项目)"),
    ("建设国际科技创新中心和国家技术创新中心。", "hubs and kinds"),
    ("建设青岛国际航运中心。", "a place's hub"),
    ("区人民代表大会和区人大常委会。", "district congress without a place"),
    ("国务院总理李克强作政府工作报告。", "政府工作报告"),
    ("推进南中轴大红门博物馆群建设。", "a group of museums"),
    ("大力推进紫金山国际科创基金街区建设。", "a quarter named after a fund"),
    ("，晋宁河泊所遗址入选十大考古新发现。", "a site named after a body"),
    ("，周口港中心作业区开港运营。", "a port area"),
    ("立足国家使命、吉林所需，集中攻关。", "所需 is not a 所"),
    ("面向南亚东南亚辐射中心建设。", "a region's hub"),
    ("推进众擎机器人全球生产制造中心建设。", "a global hub"),
    ("加快哈大齐国家自主创新示范区和环大学大院大所创新创业生态圈建设。", "a zone and 环大学"),
    ("加快建设豫北先进制造业基地和区域性农产品加工中心。", "a base and a region's hub"),
    ("，建成国际道路运输集结中心，", "a hub built (建成)"),
    ("，打造全国碳市场中心和碳金融中心，", "a hub built (打造)"),
    ("，规划建设西南航空货运中转中心、西南陆空联运中心，", "hubs a region names, in a list a build verb governs"),
    ("完成国企改革，省文旅投控集团组建运营。", "a kind of group (投控 = 投资控股)"),
    ("做强省纺织集团。", "做强 + 省 + a kind"),
    ("建强用好燕赵系列实验室。", "a series of labs"),
    ("。以西安区域科技创新中心建设为牵引。", "a city's hub (西安|区域, not 西安区)"),
    ("入选全国紧密型城市医疗集团试点城市。", "a kind of medical group"),
    ("聚焦国家所需、新疆所能、群众所盼。", "所能 is not a 所"),
    ("严肃查处银行、证券、保险等金融机构违规。", "a kind after a verb"),
    ("新华·波罗的海国际航运中心发展指数排位上升。", "an index named after a hub"),
    ("，新增全国重点实验室12家，", "a kind of lab"),
    ("在主要消费地区设立牛羊肉前置屠宰加工中心。", "a kind of centre for a commodity"),
    ("，2家全国重点实验室获批建设，", "a kind of lab after a count"),
]


@pytest.mark.parametrize("text, why", NOT_NAMES, ids=[n[1] for n in NOT_NAMES])
def test_not_names(text: str, why: str) -> None:
    assert [n for n in names(text) if n != "国务院"] == []


NESTING = [
    ("北京大学口腔医院三亚医院等医疗项目投入使用。", ["北京大学口腔医院三亚医院"]),
    ("上海市普陀区财政局财政所 预算不单列", ["上海市普陀区财政局财政所"]),
    ("与上海市普陀区机关事务管理局合署办公。", ["上海市普陀区机关事务管理局"]),
    ("联合国粮农组织海南项目合作办公室挂牌运行。", ["联合国粮农组织海南项目合作办公室"]),
    ("出席上海合作组织峰会。", ["上海合作组织"]),
    ("请全国政协委员提出意见。", ["全国政协"]),
]


@pytest.mark.parametrize("text, expected", NESTING, ids=[n[1][0] for n in NESTING])
def test_nesting(text: str, expected: list[str]) -> None:
    assert names(text) == expected


TYPES = [
    ("国务院", "government"),
    ("上海市普陀区财政局", "government"),
    ("中共上海市普陀区委社会工作部", "party"),
    ("广州品学党支部", "party"),
    ("全国人大常委会", "congress"),
    ("广东省第十四届人民代表大会", "congress"),
    ("海珠区图书馆", "public_institution"),
    ("中山大学", "school"),
    ("黄埔小学", "school"),
    ("南方医科大学珠江医院", "hospital"),
    ("广东省标准化研究院", "research"),
    ("广州云蝶科技有限公司", "enterprise"),
    ("广州市海珠区科学技术协会", "social_organization"),
    ("联合国粮农组织", "international"),
    ("国际货币基金组织", "international"),
    ("中共北京市委", "party"),
    ("中国共产党", "party"),
    ("中国华能", "enterprise"),
    ("农业银行", "enterprise"),
    ("燕山石化", "enterprise"),
    ("首旅集团", "enterprise"),
    ("安定医院", "hospital"),
    ("生物育种钟山实验室", "research"),
    ("人大附中", "school"),  # 人大 of a university, not the congress
    ("全国人大", "congress"),
]


@pytest.mark.parametrize("name, kind", TYPES, ids=[t[0] for t in TYPES])
def test_types(name: str, kind: str) -> None:
    found = by_name(f"。{name}，")
    assert name in found and found[name].type == kind
    assert found[name].type in ORG_TYPES


KNOWN = [
    # (text, expected names, canonical of the first): central enterprises, banks, the party
    ("服务保障中国中化、中国华能等一批中央企业迁入。", ["中国中化", "中国华能"], "中国中化控股有限责任公司"),
    ("推进农业银行股份制改革。", ["农业银行"], "中国农业银行"),
    ("工商银行、建设银行和交通银行完成改制。", ["工商银行", "建设银行", "交通银行"], "中国工商银行"),
    ("引进中石化催化剂项目。", ["中石化"], "中国石油化工集团有限公司"),
    ("全国各族人民在中国共产党领导下团结奋斗。", ["中国共产党"], None),
    # short forms of central party and state bodies, national media in running text
    ("旅居云南入选中央财办新供给引领新消费典型案例。", ["中央财办"], "中央财经委员会办公室"),
    ("3部纪录片入选央视片单。", ["央视"], "中央电视台"),
    ("最高法、海关总署等数据中心建成。", ["最高法", "海关总署"], "最高人民法院"),
    ("6部作品获中宣部“五个一工程”奖。", ["中宣部"], "中共中央宣传部"),
    # the dictionary glues a name's last character to a function word after it (农业农村|部将|我县)
    ("农业农村部将我县确定为全国农村改革试验区。", ["农业农村部"], None),
    # 国家 written before a ministry is part of the name as written (an older usage)
    ("，得到国家农业部领导的充分肯定，", ["国家农业部"], "中华人民共和国农业部"),
    # ministries under the names older reports use
    ("，成为机电部重点企业，", ["机电部"], "中华人民共和国机械电子工业部"),
    ("，经国家体改委批准，", ["国家体改委"], "国家经济体制改革委员会"),
    ("，通过国家科技部复审，", ["国家科技部"], "科学技术部"),  # the dictionary glues 国家科技部
    ("，经国家审计署审计，", ["国家审计署"], "审计署"),  # any central body, not only a 部
    # a democratic party's short form and its central committee
    ("，农工党组织专家义诊，", ["农工党"], "中国农工民主党"),
    ("，民盟中央来我县调研，", ["民盟中央"], "中国民主同盟中央委员会"),
]


@pytest.mark.parametrize("text, expected, canonical", KNOWN, ids=[k[1][0] for k in KNOWN])
def test_known_bodies(text: str, expected: list[str], canonical: str | None) -> None:
    orgs = find_organizations(text)
    assert [o.text for o in orgs] == expected
    assert orgs[0].canonical == canonical


NOT_KNOWN = [
    ("推进中国银行业高质量发展。", "中国银行 inside 中国银行业"),
    ("中国移动通信产业快速发展。", "中国移动 inside 移动通信"),
    ("其中石油进口增长。", "中石油 across 其中|石油"),
    ("在集中石化项目审批。", "中石化 across 集中|石化"),
    ("加强科技部门和农业部门协作。", "科技部, 农业部 inside 部门"),
    ("推动改革在新征程中行稳致远。", "中行 is not listed"),
    ("中央政府门户网站 www.gov.cn 2006年02月16日 来源：新华社", "a source line"),
    (" 新华社北京3月16日电", "a dateline"),
    ("国务院总理作政府工作报告。新华社记者 姚大伟 摄", "a photo credit"),
    ("相关链接 · 新华社受权全文播发", "a release note"),
]


@pytest.mark.parametrize("text, why", NOT_KNOWN, ids=[n[1] for n in NOT_KNOWN])
def test_not_known(text: str, why: str) -> None:
    assert [n for n in names(text) if n != "国务院"] == []


COMMITTEES = [
    ("在中共北京市委直接领导下，", ["中共北京市委"]),
    ("是中共江苏省委带领全省人民奋斗的结果。", ["中共江苏省委"]),
    ("中共上海市普陀区委印发通知。", ["中共上海市普陀区委"]),
    ("中共北京市委宣传部组织开展活动。", ["中共北京市委宣传部"]),
    ("根据《中共广东省委关于制定规划的建议》，", []),  # inside a document title
    ("在市委坚强领导下，区委统筹推进。", []),  # generic referents
    ("中共中央关心支持。", ["中共中央"]),
    ("，河北涞水县委书记王某调研，", ["河北涞水县委"]),  # a province's short name opens it
    ("，区委常委、留史镇党委书记王某，", ["留史镇党委"]),  # the dictionary glues 党委书记
    # the democratic parties, their central committees and their committees of a place
    ("民盟河北省委、民建保定市委会联合调研，", ["民盟河北省委", "民建保定市委会"]),
    ("，农工党湖北省委会主委王某率队，", ["农工党湖北省委会"]),  # 主委 is a title
    ("九三学社中央、致公党和民进开展调研，", ["九三学社中央", "致公党", "民进"]),
]


@pytest.mark.parametrize("text, expected", COMMITTEES, ids=[c[0][:10] for c in COMMITTEES])
def test_party_committees(text: str, expected: list[str]) -> None:
    assert names(text) == expected
    assert all(o.type == "party" for o in find_organizations(text))


SESSIONS = [
    ("——2010年3月5日在第十一届全国人民代表大会第三次会议上", []),
    ("十一届全国人大三次会议关于政府工作报告的决议", []),
    ("在北京市第十六届人民代表大会第四次会议上", []),
    ("提请全国人大常委会审议。", ["全国人大常委会"]),
    ("广东省第十四届人民代表大会常务委员会", ["广东省第十四届人民代表大会常务委员会"]),
]


@pytest.mark.parametrize("text, expected", SESSIONS, ids=[s[0][:12] for s in SESSIONS])
def test_congress_sessions(text: str, expected: list[str]) -> None:
    assert names(text) == expected


TRADE_NAMES = [
    # 石化 companies named by a place or proper word; 集团 after a place-abbreviation noun
    ("推动燕山石化高质量转型发展。", ["燕山石化"]),
    ("，齐鲁石化、大连石化扩能改造。", ["齐鲁石化", "大连石化"]),
    ("推动现代石化、绿色矿业等产业发展。", []),
    ("，洋浦石化新材料成为首个千亿级产业。", []),
    ("，松原石化园区获批。", []),
    ("，首旅集团等市属国企迁入副中心。", ["首旅集团"]),
    ("推动首钢集团转型。", ["首钢集团"]),
    ("组建省港口集团。", []),
    ("深化义务教育集团化办学和城市医疗集团建设。", []),
    # a short place name that is also a common word, alone before 医院
    ("。加快安定医院选址建设。", ["安定医院"]),
    ("。友谊医院、同仁医院扩建。", ["友谊医院", "同仁医院"]),
    ("推进平安校园、平安医院建设。", []),
    ("提升城区医院服务能力。", []),
]


@pytest.mark.parametrize("text, expected", TRADE_NAMES, ids=[t[0][:10] for t in TRADE_NAMES])
def test_trade_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


INDUSTRY_NAMES = [
    # a trade name and an industry word (矿业, 锂业, 化工, 股份 …) names a company
    ("，中信国安锂业电池级碳酸锂工厂跻身全国首批卓越级智能工厂。", ["中信国安锂业"]),
    ("从严调查处置兴华锂盐违法填埋危废问题。", ["兴华锂盐"]),
    ("推进柳工股份“三全”规划和玉柴提质升级。", ["柳工股份"]),
    ("。深刻汲取包钢板材厂爆炸事故教训，", ["包钢板材厂"]),  # a trade name and a product
    ("，蒙牛乳业、伊利实业等企业加快发展。", ["蒙牛乳业", "伊利实业"]),
    ("。鼎丰集团扩建投产。鼎丰影视传媒得到快速发展。", ["鼎丰集团", "鼎丰影视传媒"]),  # two industry words
    ("。鼎创风能获批省级制造业单项冠军。", ["鼎创风能"]),  # an industry word the package lacks
    # a trade name no dictionary knows, right after what it invests; not a project
    ("，引进投资6.5亿元的锐菱机电、投资6亿元的瑞沣再制造产业园，", ["锐菱机电"]),
    # a company listed by its trade name, elsewhere with an industry word; not in a project's name
    ("依托瑞光、泓腾、华钛等头部企业。泓腾信息快速成长，增资瑞光软件，",
     ["瑞光", "泓腾", "华钛", "泓腾信息", "瑞光软件"]),
    ("依托瑞光、泓腾、华钛等头部企业。加快推进泓腾新能源商用车项目。", ["瑞光", "泓腾", "华钛"]),
    # a trade name known from the document, right before a product, names the product or project
    ("鼎丰集团扩产。投资5亿元的鼎丰金属塔筒、鼎丰太阳能电池组件开工。对鼎丰索具等项目加快推进。",
     ["鼎丰集团", "鼎丰索具"]),
    # a place or a kind before it names an industry, unless the sentence lists it among companies
    ("，西部矿业、能源发展集团等6家企业入选。", ["西部矿业"]),
    ("推动青海化工高质量发展。", []),
    ("推动现代石化、绿色矿业等产业发展。", []),
    ("扎实开展盐湖化工企业生态环境问题根治行动。", []),
    ("，宁东现代煤化工、中卫精细化工入选国家产业集群。", []),
    ("优化升级有色冶金、化工、建材等产业。", []),
    ("，省级出让矿业权110宗。", []),
    ("推进城镇污水处理厂提标改造。", []),
    ("。大力发展化工，", []),  # 大力发展 is one dictionary word
    ("新建自来水厂3座，关停小水泥厂。", []),
    ("推进燃煤电厂脱硫改造，建设零碳工厂。", []),
]


@pytest.mark.parametrize("text, expected", INDUSTRY_NAMES, ids=[t[0][:10] for t in INDUSTRY_NAMES])
def test_industry_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected
    assert all(o.type == "enterprise" for o in find_organizations(text))


CLAUSE_NAMES = [
    # a clause opening with a place and a trade word, or a dictionary organization name that
    # opens with a place, then a company verb or a figure: a company
    ("，青海丽豪跻身全球独角兽企业500强。", ["青海丽豪"]),
    ("，青海诺德3.5微米极薄锂电铜箔实现量产，", ["青海诺德"]),
    ("。云南白药建成全球首座“灯塔工厂”。", ["云南白药"]),
    ("。哈电机、龙江广瀚入选国家制造业数字化转型典型案例。", ["哈电机", "龙江广瀚"]),  # and its sibling
    # places, facilities and events opening a clause are not companies
    ("，武隆仙女山获评全国高质量户外运动目的地，", []),
    ("，武隆荆竹村入选世界最佳旅游乡村，", []),
    ("，合肥西站建成运营，", []),
    ("，四平新开区入选首批国家级零碳园区，", []),
    ("。上海特奥会成功举办。", []),
    ("，全年生产钾肥757.5万吨，", []),
]


@pytest.mark.parametrize("text, expected", CLAUSE_NAMES, ids=[t[0][:10] for t in CLAUSE_NAMES])
def test_clause_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected
    assert all(o.type == "enterprise" for o in find_organizations(text))


@pytest.mark.xfail(strict=True, reason="a trade name that is also a common word (梅花) after a place")
def test_common_word_trade_name() -> None:
    assert names("。白城梅花建成世界最大的赖氨酸生产基地。") == ["白城梅花"]


ACRONYMS = [
    # a place and a capitalised abbreviation name a body; a measure or a placeholder does not
    ("，59个产品获得香港STC优质“正”印认证，", ["香港STC"]),
    ("，加快香港STC青海实验室、天文望远镜数据平台建设，", ["香港STC青海实验室"]),
    ("，中国GDP增长5%，", []),
    ("，推动海南RCEP示范项目集聚，", []),
    ("单位名称：上海市XX局", []),
    ("，日本HKT公司与该县签约，", ["日本HKT公司"]),  # with 公司: the company
]


@pytest.mark.parametrize("text, expected", ACRONYMS, ids=[a[0][:12] for a in ACRONYMS])
def test_acronyms(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_declared_alias() -> None:
    text = ("广州市海珠区科学技术协会（以下简称海珠区科协）是区科技工作者的群众组织。"
            "海珠区科协不设内部机构。")
    orgs = find_organizations(text)
    short = [o for o in orgs if o.text == "海珠区科协"]
    assert len(short) == 2
    assert all(o.canonical == "广州市海珠区科学技术协会" for o in short)


def test_place_trimmed_alias() -> None:
    text = "上海市普陀区财政局是区政府工作部门。执行普陀区财政局预算绩效管理办法。"
    found = by_name(text)
    assert found["普陀区财政局"].canonical == "上海市普陀区财政局"
    assert found["上海市普陀区财政局"].canonical is None


def test_head_abbreviated_alias() -> None:
    text = "淮安市洪泽区人民政府发布通知。洪泽区政府召开会议。"
    assert by_name(text)["洪泽区政府"].canonical == "淮安市洪泽区人民政府"


GROUP_SHORT_FORMS = [
    # a group's name without 集团, standing on its own in the same text: a short form of it
    ("中国盐湖集团组建后焕新提质。中国盐湖攻克盐湖提锂难题。",
     [("中国盐湖集团", None), ("中国盐湖", "中国盐湖集团")]),
    ("首旅集团迁入副中心。首旅加快转型。", [("首旅集团", None), ("首旅", "首旅集团")]),
    # one place (白银 is also a city) or places and a kind (北京数据) are not short forms
    ("白银集团开辟新赛道。金昌、白银入选试点。", [("白银集团", None)]),
    ("组建北京数据集团。北京数据基础制度先行区。", [("北京数据集团", None)]),
    # nor an industry word alone (省纺织集团 … 纺织产业)
    ("与宏远集团、纺织集团达成合作。纺织产业增加值增长15%。", [("宏远集团", None), ("纺织集团", None)]),
    # nor the short form before what the group owns or builds (a park, a plant, a project)
    ("鼎丰集团扩产。鼎丰国际产业园开园，鼎丰污水处理厂提标，鼎丰攻克难题。",
     [("鼎丰集团", None), ("鼎丰", "鼎丰集团")]),
    # a company's name without its legal form, or cut after its industry word, with or without
    # its place: a short form of it, even when its trade name is an ordinary word (春风)
    ("签约的春风纺织品有限责任公司开工。在春风纺织的带动下，项目加快。",
     [("春风纺织品有限责任公司", None), ("春风纺织", "春风纺织品有限责任公司")]),
    ("河北青山医疗器械股份有限公司落户。青山医疗器械扩产。",
     [("河北青山医疗器械股份有限公司", None), ("青山医疗器械", "河北青山医疗器械股份有限公司")]),
    # not a kind, not before what it owns or builds
    ("涞源县中小企业服务有限公司成立。扶持中小企业发展。", [("涞源县中小企业服务有限公司", None)]),
    ("春风纺织品有限责任公司开工。春风纺织产业园开园。", [("春风纺织品有限责任公司", None)]),
]


@pytest.mark.parametrize("text, expected", GROUP_SHORT_FORMS, ids=[g[1][0][0] for g in GROUP_SHORT_FORMS])
def test_group_short_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.text, o.canonical) for o in find_organizations(text)] == expected


def test_known_short_form() -> None:
    assert by_name("提请全国人大常委会审议。")["全国人大常委会"].canonical == "全国人民代表大会常务委员会"


ROLES = [
    ("广州市农业科学研究院、广东省标准化研究院入选全国科普教育基地名单。",
     {"广州市农业科学研究院": "awardee", "广东省标准化研究院": "awardee"}),
    ("发动广州市澳米环保科技有限公司、广州远琦医药有限公司等科技企业捐赠防疫物资。",
     {"广州市澳米环保科技有限公司": "donor", "广州远琦医药有限公司": "donor"}),
    ("区科协党支部联合共建单位广州品学党支部、广州方阵路桥党支部开展活动。",
     {"广州品学党支部": "partner", "广州方阵路桥党支部": "partner"}),
    ("纳入部门决算编制范围的单位包括：序号 单位名称 1 上海市普陀区财政局（本级）"
     "2 上海市普陀区国库收付中心 预算不单列",
     {"上海市普陀区财政局": None, "上海市普陀区国库收付中心": "subordinate"}),
    ("加挂上海市普陀区经济委员会牌子。", {"上海市普陀区经济委员会": "plate"}),
    ("请与淮安市洪泽区人民政府办公室联系。", {"淮安市洪泽区人民政府办公室": None}),
]


@pytest.mark.parametrize("text, roles", ROLES, ids=["awardee", "donor", "partner", "subordinate",
                                                    "plate", "no role"])
def test_roles(text: str, roles: dict[str, str | None]) -> None:
    found = by_name(text)
    assert {name: found[name].role for name in roles} == roles


def test_to_dict_keys_and_offsets() -> None:
    text = "在黄埔小学推进项目。"
    (org,) = find_organizations(text)
    assert list(org.to_dict()) == ["text", "start", "end", "type", "canonical", "role"]
    assert text[org.start:org.end] == org.text


def test_given_words_are_used() -> None:
    from pipeline.segment import default_segmenter

    text = "发动广州市澳米环保科技有限公司捐赠"
    spans = default_segmenter().spans(text)
    assert find_organizations(text, words=spans) == find_organizations(text)


TEAMS = [
    # a place before a team word (…队 of a sport, 女足, 男篮 …) names a team
    ("。琼中女足“冲超”成功，", ["琼中女足"]),
    ("，青海冰壶队夺得中国冰壶联赛男子组冠军。", ["青海冰壶队"]),
    ("，铜梁龙足球队冲超成功，", ["铜梁龙足球队"]),
    ("，女足首夺全国冠军，", []),  # no place: which team is in the sentence before
    ("组建志愿服务队和医疗队。", []),  # not a sports team
]


@pytest.mark.parametrize("text, expected", TEAMS, ids=[t[0][:10] for t in TEAMS])
def test_teams(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.xfail(strict=True, reason="引进 inside the name reads as a governing verb")
def test_verb_inside_name() -> None:
    assert names("。全球动植物种质资源引进中转基地服务中心揭牌运行。") == [
        "全球动植物种质资源引进中转基地服务中心"]


_ALPHABET = st.sampled_from(list("广州市海珠区科学技术协会有限公司研究院大学中心局委党支部和与、，。（）《》\n 12在向发动国家全国以下简称"))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=80), st.text(alphabet=_ALPHABET, max_size=80)))
def test_never_raises_and_spans_are_valid(text: str) -> None:
    orgs = find_organizations(text)
    for org in orgs:
        assert 0 <= org.start < org.end <= len(text)
        assert text[org.start:org.end] == org.text
        assert org.type in ORG_TYPES


def test_bad_words_do_not_raise() -> None:
    assert find_organizations("广州市海珠区科学技术协会", words=[(0, 99), (5, 2)]) is not None
    assert find_organizations("") == []


def test_title_wrapped_over_two_lines() -> None:
    text = "中共上海市普陀区委\n社会工作部 2024 年度\n部门决算\n主要职能\n上海市普陀区财政局是区政府工作部门。"
    assert names(text) == ["中共上海市普陀区委\n社会工作部", "上海市普陀区财政局"]


@pytest.mark.parametrize("verb", ["来到", "到达", "参观", "莅临", "看望", "慰问", "进驻", "入驻"])
def test_a_visit_verb_ends_a_left_edge(verb: str) -> None:
    """A verb of visiting governs the body after it: a name never spans it (贫困户某某来到|…合作社)."""
    text = f"，贫困户何永钢{verb}森山养鸡专业合作社务工，"
    assert not any(verb in o.text for o in find_organizations(text))

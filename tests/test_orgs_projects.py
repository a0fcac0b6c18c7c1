"""Companies named by their projects in a list of projects (pipeline/orgs/projects.py): a
company-shaped item of …等N个项目 is a company; a project, a product, a park or a road is not.
Names are invented."""
from __future__ import annotations

import pytest

from pipeline.orgs import find_organizations

PROJECTS = [
    # a trade name and one industry word
    ("，聚焦主导产业，鑫岱电器、澜辉机械等16个项目建成投产。", ["鑫岱电器", "澜辉机械"]),
    ("全年新签约项目69个，赛岚电子、钧沃塑料等新签约项目扎实推进。", ["赛岚电子", "钧沃塑料"]),
    ("，洪珞科技、澜辉机械等14个项目竣工投产。", ["洪珞科技", "澜辉机械"]),  # a kind industry word
    # a trade name the dictionary splits into a word and a character (欧尔|澜)
    ("，澜成国际、欧尔澜陶瓷等7个投资上亿元的大项目成功落户。", ["澜成国际", "欧尔澜陶瓷"]),
    # a place and a word no dictionary knows
    ("，赛岚电子、安徽珞顺等新签约项目扎实推进。", ["赛岚电子", "安徽珞顺"]),
    # a place, a trade name and an industry word
    ("，江西钧沃塑料、澜辉机械等项目加快建设。", ["江西钧沃塑料", "澜辉机械"]),
    # products, technologies, parks, facilities, roads and phases are projects, not companies
    ("，一次性输液器、塑胶模具等9个项目已竣工投产。", []),
    ("，实施量子通信、双千兆网络等项目。", []),
    ("，推进电子信息产业园、物流园二期等重点项目。", []),
    ("，加快某港物流枢纽、北环至南环连接线等项目建设。", []),
    # a company and its product: the company named inside a project's name, not the item
    ("，推进鑫岱建材制品、澜辉肉鸡饲料等项目。", []),
    # one item alone: a list needs two
    ("，鑫岱电器等项目加快建设。", []),
]


@pytest.mark.parametrize("text,names", PROJECTS, ids=[t for t, _ in PROJECTS])
def test_companies_named_by_their_projects(text: str, names: list[str]) -> None:
    found = find_organizations(text)
    assert [o.text for o in found] == names
    assert all(o.type == "enterprise" for o in found)


def test_a_project_list_lends_no_evidence_to_the_items_beside_it() -> None:
    """Coordinated with a company in a list of projects, a project stays a project: the
    company is no anchor for its siblings (鑫岱电器、某某欢乐世界文化创意园等续建项目)."""
    names = [o.text for o in find_organizations("，确保鑫岱电器、澜辉欢乐世界文化创意园等续建项目尽快投产。")]
    assert names == ["鑫岱电器"]


def test_a_name_opening_with_a_stop_character_keeps_it() -> None:
    """非|夕 glued: a one-character remainder is no name (全力加快某某科技 keeps 非)."""
    names = [o.text for o in find_organizations("，全力加快非岚科技、澜辉机械等重点项目进度。")]
    assert names == ["非岚科技", "澜辉机械"]

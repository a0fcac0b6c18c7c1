"""The type of an organization: from its suffix or the known body, refined by what its name
says (中共… is the party, …人民代表大会常务委员会 is congress, 联合国… is international)."""
from __future__ import annotations

import regex

ORG_TYPES = ("government", "party", "congress", "public_institution", "school", "hospital",
             "research", "enterprise", "social_organization", "international", "other")

_RULES: tuple[tuple[regex.Pattern[str], str], ...] = tuple(
    (regex.compile(p), t) for p, t in (
        (r"^(?:中共|中国共产党)|党(?:支部|总支|委|组|工委)$|纪律检查委员会$|纪委$|党群服务中心$", "party"),
        (r"(?:附小|附中|附属小学|附属中学|附属学校)$", "school"),  # 人大附小: a university's school
        (r"人民代表大会|人大|政治协商会议|政协", "congress"),
        (r"^(?:联合国|世界|国际)\p{Han}*(?:组织|银行|基金|机构|联盟|委员会)$", "international"),
        (r"^(?:中国人民银行|人民银行)", "government"),
        (r"(?:人民医院|医院|卫生院|保健院)(?:\p{Han}{1,8}分院)?$", "hospital"),
        (r"(?:研究院|研究所|实验室|科学院)(?:\p{Han}{1,8}分院)?$", "research"),
        (r"(?:协会|学会|研究会|商会|联合会)\p{Han}{1,8}(?:分会|专业委员会)$", "social_organization"),  # its branch
    )
)


def refine(name: str, base: str) -> str:
    """The type of a name whose suffix (or lexicon entry) gives base."""
    for pattern, kind in _RULES:
        if pattern.search(name):
            return kind
    return base if base in ORG_TYPES else "other"

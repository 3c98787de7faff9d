"""Guess a domain from a title's words: the importer's first draft, reviewed by an editor."""

from __future__ import annotations

KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("childcare", ("托育", "婴幼儿", "幼有", "托位", "优孕", "优生")),
    ("veterans", ("退役军人", "优军", "拥军", "优抚")),
    ("elderly", ("养老", "老有", "老年", "护理型床位")),
    ("housing", ("住房", "住有", "安居", "棚户", "老旧小区", "公租房")),
    ("employment", ("就业", "劳有", "创业", "技能")),
    ("health", ("医", "卫生", "健康", "病有", "疫", "护士", "床位", "预期寿命")),
    ("education", ("教育", "学有", "学校", "幼儿园", "入学", "入园", "教")),
    (
        "social-security",
        ("社会保障", "社会保险", "参保", "弱有", "兜底", "救助", "低保", "残疾", "孤儿", "儿童福利", "社会服务"),
    ),
    ("culture-sports", ("文化", "体育", "文体", "旅游", "健身")),
]


def guess_domain(*texts: str) -> str:
    for text in texts:
        for domain, words in KEYWORDS:
            if any(w in text for w in words):
                return domain
    return "general"

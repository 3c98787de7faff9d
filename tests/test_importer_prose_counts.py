"""Counts the prose reader drafts (generator/importer/phrases.py, prose.py): units, numbers in words, figures
around what they size."""

from __future__ import annotations

from typing import Any

from generator.importer.draft import Importer
from generator.importer.phrases import quantities


def _targets(lines: list[str]) -> list[tuple[str, float, str | None]]:
    indicators: list[dict[str, Any]] = Importer(lines).run().indicators
    return [(i["name"], i["target"]["value"], i["unit"]) for i in indicators if i.get("target")]


def test_cases_couples_and_sets_are_counted() -> None:
    """800例 (cases treated), 30万对 (couples), 1500组 and 41副 (sets of a thing) are counts."""
    read = {
        q.text: (q.value, q.unit)
        for c in (
            "实施白内障复明手术800例,为4000对拟孕夫妇进行健康检查",
            "实施路灯照明工程1500组,更新篮球架41副,全省完成复明手术18万例",
        )
        for q in quantities(c)
    }
    assert read["800例"] == (800.0, "例")
    assert read["4000对"] == (4000.0, "对")
    assert read["1500组"] == (1500.0, "组")
    assert read["41副"] == (41.0, "副")
    assert read["18万例"] == (18.0, "万例")


def test_couples_need_what_they_are() -> None:
    """对 after a number is a count of couples only before who they are or at a clause's end (not 对 as "to")."""
    assert not [q for q in quantities("安排资金5对口帮扶") if q.unit.endswith("对")]


def test_what_is_left_to_do_is_no_target() -> None:
    """(2000例复明手术,)还差300多例: the gap left, not a target."""
    assert [q.value for q in quantities("卫生厅的2000例白内障复明手术,还差300多例")] == [2000.0]


def test_cases_drafted_in_a_years_list() -> None:
    lines = ["2023年民生实事项目", "资助白内障患者实施复明手术300例,完成残疾人家庭无障碍改造100户。"]
    assert ("资助白内障患者实施复明手术", 300.0, "例") in [(n, v, u) for n, v, u in _targets(lines)]


def test_tenths_are_a_share() -> None:
    """生态葬比例达5成: five tenths, unit 成 (not 2020成为…, 10个成员)."""
    assert [(q.value, q.unit) for q in quantities("2020年本市生态葬比例达5成")] == [(5.0, "成")]
    assert not [q for q in quantities("有3成员单位参加") if q.unit == "成"]

"""Counts the prose reader drafts (generator/importer/phrases.py, prose.py): units of things, ten thousands of
people, numbers in words, figures around what they size."""

from __future__ import annotations

from typing import Any

from generator.importer.draft import Importer
from generator.importer.phrases import quantities


def _targets(lines: list[str]) -> list[tuple[str, float, str | None]]:
    indicators: list[dict[str, Any]] = Importer(lines).run().indicators
    return [(i["name"], i["target"]["value"], i["unit"]) for i in indicators if i.get("target")]


def _read(*clauses: str) -> dict[str, tuple[float | None, str]]:
    return {q.text: (q.value, q.unit) for c in clauses for q in quantities(c)}


def test_cases_couples_and_sets_are_counted() -> None:
    """800例 (cases treated), 30万对 (couples), 1500组 and 41副 (sets of a thing) are counts."""
    read = _read(
        "实施白内障复明手术800例,为4000对拟孕夫妇进行健康检查",
        "实施路灯照明工程1500组,更新篮球架41副,全省完成复明手术18万例",
    )
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


def test_sessions_handles_stock_bags_volumes_and_townships_are_units() -> None:
    """80期 (sessions), 124把, 2100万头, 65亿袋, 5.2万方, 2.15亿亩, 5万间 and 4乡 are counts with their unit."""
    read = _read(
        "开展文化夜市80期,实施项目化培训不少于5期",
        "将增加124把快慢充电枪,打造2100万头生猪、65亿袋食用菌",
        "继续推进5.2万方公共租赁房建设,建设2.15亿亩口粮战略保障基地",
        "完成5万间护眼教室改造,建设知钦、吉卡、灯塔、赛来塘4乡卫生院",
    )
    assert read["80期"] == (80.0, "期")
    assert read["5期"] == (5.0, "期")
    assert read["124把"] == (124.0, "把")
    assert read["2100万头"] == (2100.0, "万头")
    assert read["65亿袋"] == (65.0, "亿袋")
    assert read["5.2万方"] == (5.2, "万方")
    assert read["2.15亿亩"] == (2.15, "亿亩")
    assert read["5万间"] == (5.0, "万间")
    assert read["4乡"] == (4.0, "乡")


def test_a_phase_is_no_count_of_sessions() -> None:
    """3期学前教育行动计划, 公园1期工程: the phase of a plan or a work, not a count."""
    assert not [q for q in quantities("已连续实施了3期学前教育行动计划,建设公园1期工程") if q.unit == "期"]


def test_ten_thousands_of_people_named_at_length() -> None:
    """189万因灾缺粮农村低保对象, 30万城乡中低收入家庭: up to eight words of who they are after 万."""
    read = _read("对全省189万因灾缺粮农村低保对象开展救助", "解决30万城乡中低收入家庭住房困难")
    assert read["189万"] == (189.0, "万")
    assert read["30万"] == (30.0, "万")


def test_a_count_in_words_after_the_noun_built() -> None:
    """拟新建市政道路两条, 各新建配套初中一所: the count in words closing the clause."""
    assert ("拟新建市政道路", 2.0, "条") in _targets(["2021年拟新建市政道路两条,改善老城区出行条件。"])
    assert ("新城各新建配套初中", 1.0, "所") in _targets(["2010年新城各新建配套初中一所;实施中学校舍改造。"])
    assert not [q for q in quantities("新建第一所公办幼儿园,建成全省第二家") if q.value in (1.0, 2.0)]

"""The reader of tables of places (generator/importer/places.py) on the shapes of their headers."""

from __future__ import annotations

from typing import Any

from generator.importer.draft import Importer

# dev/dazhou-housing-tasks-2011, lines 5 and 10-21: a notice that states the province's tasks, then a
# task table one row a line whose header leaves its corner cell empty and stands over three lines
DAZHOU = [
    "今年省政府下达我市保障性安居工程任务为:新增廉租住房房源5000套,发放廉租住房租赁补贴10000户,"
    "新建经济适用住房1000套,提供公共租赁住房6000套(其中新建4200套),新建限价商品住房400套,实施城市棚户区改造4100户。",
    "附件:",
    "达州市2011年保障性安居工程建设任务分解表",
    "| 总计 | 保障性住房建设(含购改租) | 棚户区改造 | 廉租住房租赁补贴 |",
    "合计 | 廉租住房 | 经济 适用 住房 | 公共租赁住房 | 限价商品 住房 | 城市棚户区 | 当年 发放 总户数 | 当年新进入保户数 |",
    "| 其中 新建 |",
    "通川区 | 2713 | 1980 | 700 | 200 | 1000 | 700 | 80 | 733 | 2000 | 50 |",
    "达县 | 2424 | 1920 | 700 | 150 | 1000 | 700 | 70 | 504 | 1500 | 30 |",
    "合计 | 16500 | 12400 | 5000 | 1000 | 6000 | 4200 | 400 | 4100 | 10000 | 200 |",
]


def _table_targets(lines: list[str]) -> dict[str, tuple[str | None, float, int | None]]:
    indicators: list[dict[str, Any]] = Importer(lines).run().indicators
    return {
        i["name"]: (i["unit"], i["target"]["value"], i["target"]["year"])
        for i in indicators
        if i["origin"] == "table" and i.get("target")
    }


def test_a_header_with_an_empty_corner_whose_groups_span_several_columns() -> None:
    # dev/dazhou-housing-tasks-2011, lines 11-14: no place column's word, the first line's groups
    # (保障性住房建设(含购改租), 棚户区改造, 廉租住房租赁补贴) stand over five, one and two columns of the
    # second line, 总计 over none: each column is named after its group, each cell a 2011 task.
    targets = _table_targets(DAZHOU)
    assert targets["通川区保障性住房建设合计"] == ("套", 1980, 2011)
    assert targets["通川区保障性住房建设限价商品住房"] == ("套", 80, 2011)
    assert targets["达县棚户区改造城市棚户区"] == ("户", 504, 2011)
    assert targets["达县廉租住房租赁补贴当年发放总户数"] == ("户", 1500, 2011)
    assert len([name for name in targets if name.startswith("达县")]) == 10


def test_a_third_header_line_of_which_adds_a_column_after_the_one_the_text_names() -> None:
    # dev/dazhou-housing-tasks-2011, lines 5 and 13: | 其中 新建 | under one of the second line's
    # columns, which line 5 names (公共租赁住房6000套(其中新建4200套)): its column stands right after
    # 公共租赁住房, and the columns after it are read one further on.
    targets = _table_targets(DAZHOU)
    assert targets["通川区保障性住房建设公共租赁住房"] == ("套", 1000, 2011)
    assert targets["通川区保障性住房建设公共租赁住房其中新建"] == ("套", 700, 2011)
    assert targets["合计保障性住房建设公共租赁住房其中新建"] == ("套", 4200, 2011)
    assert targets["达县保障性住房建设限价商品住房"] == ("套", 70, 2011)


def test_a_count_of_households_and_totals_take_their_units_from_their_words_and_the_columns_after() -> None:
    # dev/dazhou-housing-tasks-2011, lines 11-12: 当年新进入保户数 counts households (户) though no
    # bracket gives its unit, and 总计 and 保障性住房建设合计, whose figures the text never writes, take
    # the unit of the columns they sum (廉租住房: 套, as line 5 writes 5000套).
    targets = _table_targets(DAZHOU)
    assert targets["通川区廉租住房租赁补贴当年新进入保户数"] == ("户", 50, 2011)
    assert targets["通川区保障性安居工程建设任务总计"] == ("套", 2713, 2011)
    assert targets["达县保障性住房建设合计"] == ("套", 1920, 2011)


def test_a_bare_total_over_all_columns_is_named_after_what_the_title_counts() -> None:
    # dev/dazhou-housing-tasks-2011, lines 10-11: 总计, the first column, sums all the others; it is
    # named after what the title counts (达州市2011年保障性安居工程建设任务分解表, without its place and
    # year), as a bare 金额 column is, not 总计 alone
    targets = _table_targets(DAZHOU)
    assert targets["达县保障性安居工程建设任务总计"] == ("套", 2424, 2011)
    assert "达县总计" not in targets


# dev/meishan-livelihood-tasks-2021, lines 4-89: a 责任分工表 one cell a line whose empty cells are left
# out; 市本级 holds no cell and 眉山天府新区 (named over two lines) five numbers under seven columns
# (one cell a line, each line's cells here set apart by spaces)
MEISHAN_CELLS = """
地区 组织技能培训 建成投用市公共实训基地 ★组织开展各类补贴性职业技能培训(万人次) 劳务品牌 培训(人)
农村残疾人实用技术培训(人) 妇女居家灵活就业培训(人) 家政从业人员培训(人) 农村青年技能培训(人)
高素质农民培训(人次) 责任 单位 市人力资源社会保障局 市残联 市妇联 市商务局 团市委 市农业农村局
全市 完成年度 目标任务 2.2 2400 2000 1000 2400 400 500 市本级 眉山天府 新区 0.1 150 240 50 40
东坡区 0.7 400 500 200 750 70 120 彭山区 0.23 500 240 150 250 70 70
仁寿县 0.7 750 500 280 750 70 140 洪雅县 0.21 200 280 120 250 50 80
丹棱县 0.13 200 100 100 200 50 40 青神县 0.13 200 140 100 200 50 50
"""
MEISHAN = ["2021年眉山市30件民生实事责任分工表", *MEISHAN_CELLS.split()]


def _new_area(
    targets: dict[str, tuple[str | None, float, int | None]],
) -> dict[str, tuple[str | None, float, int | None]]:
    # 眉山天府新区's cells by their columns' words (the place is named 新区, its second line)
    return {name.removeprefix("新区"): value for name, value in targets.items() if name.startswith("新区")}


def test_a_row_that_leaves_empty_cells_out_is_placed_by_the_column_totals() -> None:
    # dev/meishan-livelihood-tasks-2021, lines 24-41: 眉山天府新区's five numbers add up with the
    # counties' cells to 全市's only in the first four columns and the sixth (0.1 + 0.7 + 0.23 + 0.7 +
    # 0.21 + 0.13 + 0.13 = 2.2; 40 + 70 + 70 + 70 + 50 + 50 + 50 = 400): it holds no 家政 and no
    # 高素质农民 cell, and 市本级 none at all.
    targets = _table_targets(MEISHAN)
    new_area = _new_area(targets)
    assert new_area["组织开展各类补贴性职业技能培训"] == ("万人次", 0.1, 2021)
    assert new_area["妇女居家灵活就业培训"] == ("人", 50, 2021)
    assert new_area["农村青年技能培训"] == ("人", 40, 2021)
    assert len(new_area) == 5 and "家政从业人员培训" not in new_area
    assert not [name for name in targets if name.startswith("市本级")]
    assert targets["青神县高素质农民培训"] == ("人次", 50, 2021)


def test_rows_whose_values_fit_the_totals_in_more_than_one_way_are_not_read() -> None:
    # dev/meishan-livelihood-tasks-2021, lines 24-41, with a 40 for 市本级 and without 眉山天府新区's 50
    # (全市's 妇女居家 total 990): the columns of 妇女居家 and 农村青年 each lack 40, and 市本级's 40 and
    # 眉山天府新区's last fit either, so neither row is read
    lines = list(MEISHAN)
    lines[lines.index("全市") + 6] = "990"
    lines.remove("50")
    lines.insert(lines.index("市本级") + 1, "40")
    targets = _table_targets(lines)
    assert not _new_area(targets) and not [name for name in targets if name.startswith("市本级")]
    assert targets["东坡区妇女居家灵活就业培训"] == ("人", 200, 2021)


# dev/changjiang-farmland-tasks-2025-2030, lines 4 and 12-31: a letter on the district's farmland plan,
# then a task table one cell a line: 单位, two period headings over the same three columns, the 节水
# column empty in every row and its cells left out (four numbers under six columns; 荷塘乡 two)
CHANGJIANG = [
    "关于征求2021-2030年高标准农田建设规划任务意见的函",
    "初步制定了全区2021-2030年高标准农田建设规划任务面积。现将拟下达你乡(镇)的规划任务面积征求意见。",
    "单位 |",
    "到2025年规划指标(万亩) |",
    "到2030年规划指标(万亩) | ||||",
    *[f"{c} |" for c in ["累计建成高标准农田面积", "累计改造提升高标准农田面积", "累计新增高效节水灌溉面积"] * 2],
    *[f"{c} |" for c in ["全区", "5.56", "0.80", "5.56", "0.80", "鲇鱼山镇", "2.70", "0.40", "2.70", "0.40"]],
    *[f"{c} |" for c in ["丽阳镇", "2.76", "0.40", "2.76", "0.40", "荷塘乡", "0.20", "0.20"]],
]


def _targets_by_year(lines: list[str]) -> dict[tuple[str, int | None], tuple[str | None, float]]:
    indicators: list[dict[str, Any]] = Importer(lines).run().indicators
    return {
        (i["name"], i["target"]["year"]): (i["unit"], i["target"]["value"])
        for i in indicators
        if i["origin"] == "table" and i.get("target")
    }


def test_year_groups_whose_rows_leave_out_a_column_the_text_never_names() -> None:
    # dev/changjiang-farmland-tasks-2025-2030, lines 4 and 12-28: each row's four numbers fill, in each
    # period, the two columns the letter writes words of (高标准农田), not 累计新增高效节水灌溉面积;
    # each a target of its heading's year (到2025年, 到2030年) in its unit (万亩), though 累计 opens it.
    targets = _targets_by_year(CHANGJIANG)
    assert targets[("全区累计建成高标准农田面积", 2025)] == ("万亩", 5.56)
    assert targets[("全区累计改造提升高标准农田面积", 2030)] == ("万亩", 0.8)
    assert targets[("丽阳镇累计建成高标准农田面积", 2030)] == ("万亩", 2.76)
    assert not [name for name, _ in targets if "节水" in name]
    assert len([name for name, _ in targets if name.startswith("鲇鱼山镇")]) == 4
    # (荷塘乡's 0.20 | 0.20: the townships' 累计建成 add up to 5.66, not 全区's 5.56, so no sum shows where
    # its two values go, and it is left unread)
    assert not [name for name, _ in targets if name.startswith("荷塘乡")]


def test_year_groups_whose_left_out_column_the_text_does_not_show_are_not_read() -> None:
    # dev/changjiang-farmland-tasks-2025-2030, lines 4 and 12-28, with a letter that names 节水灌溉 too:
    # any column of each period could be the empty one, so no row is read.
    lines = list(CHANGJIANG)
    lines[1] += "新增高效节水灌溉面积另行下达。"
    assert not _targets_by_year(lines)

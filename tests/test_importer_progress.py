"""The importer on progress tables: a year's targets, then what was done by a month of it."""

from __future__ import annotations

from typing import Any

from generator.importer.draft import Importer

# dev/meishan-livelihood-progress-2017 lines 4-15: the table's title and its header one cell a line,
# words split over two lines (工程 / 名称, 市级牵头 / 责任单位, 完成目标 / (%))
HEADER = ["2017年1—11月十大民生工程项目实施进度表", "工程", "名称", "序号", "项 目 内 容", "目标任务"]
HEADER += ["市级牵头", "责任单位", "进度", "完成目标", "(%)", "备注"]


# dev/meishan-livelihood-progress-2017 lines 16-43: the group's label, rows 1 to 4, the office over two
# lines on the first row only
FIRST_ROWS = ["就业促进工程", "1", "促进城乡劳动者就业创业", "城镇新增就业(人)", "26000"]
FIRST_ROWS += ["市人力资源", "社会保障局", "32095", "123.4", "超额完成"]
FIRST_ROWS += ["2", "城镇失业人员再就业(人)", "4000", "4934", "123.4", "超额完成"]
FIRST_ROWS += ["3", "就业困难人员就业(人)", "2000", "2519", "125.9", "超额完成"]
FIRST_ROWS += ["4", "城镇登记失业率低于(%)", "4.3", "4.17", "103.1", "超额完成"]


def _targets(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (i["name"], i["unit"], i["target"]["value"], i["target"]["comparator"], i["observations"][0]["value"])
        for i in found
        if i.get("target")
    ]


def test_a_progress_table_one_cell_a_line_with_header_words_split_and_an_office_over_two_lines() -> None:
    # dev/meishan-livelihood-progress-2017 lines 4-43: a progress table one cell a line, its header words
    # split over two lines; a group's label (就业促进工程) before row 1, a label over several rows
    # (促进城乡劳动者就业创业) before a name, the office over two lines on the group's first row only, then
    # what was done, its share and a remark; a name that ends with its bound (低于) over the value
    lines = [*HEADER, *FIRST_ROWS]
    found = Importer(lines).run().indicators
    assert _targets(found) == [
        ("城镇新增就业(人)", "人", 26000, "=", 32095),
        ("城镇失业人员再就业(人)", "人", 4000, "=", 4934),
        ("就业困难人员就业(人)", "人", 2000, "=", 2519),
        ("城镇登记失业率低于(%)", "%", 4.3, "<", 4.17),
    ]
    shares = [(i["name"], i["observations"][0]["value"]) for i in found if not i.get("target")]
    assert shares[0] == ("城镇新增就业完成目标(%)", 123.4) and len(shares) == 4


def test_a_progress_tables_row_done_in_words_leaves_the_table_open_for_starred_rows() -> None:
    # dev/meishan-livelihood-progress-2017 lines 16-84: row 8 sets no figure (应补尽补) and tells what was
    # done in a sentence (…537万元。); the rows after it, numbered with a star (9*, 10*), are the table's
    lines = [*HEADER, *FIRST_ROWS]
    lines += ["5", "2014级民族地区“9+3”免费教育计划毕业生初次就业率(%)", "95", "100", "105.3", "超额完成"]
    lines += ["6", "劳务品牌培训(人)", "2425", "2425", "100", "已完成"]
    lines += ["7", "青年劳动者技能培训(人)", "3000", "3291", "109.7", "超额完成"]
    lines += ["8", "对创业的在校大学生和毕业5年内的高校毕业生给予创业补贴创业担保贷款等政策扶持", "应补尽补"]
    lines += ["市人力资源社会保障局、市教体局、", "团市委"]
    lines += ["发放一次性创业补贴262万元,争取创业补贴、贷款537万元。", "达到时间进度"]
    lines += ["9*", "促进大学生创业(人)", "260", "市人力资源", "社会保障局", "262", "100.8", "超额完成"]
    lines += ["10*", "促进城乡劳动者就业创业", "妇女居家灵活就业培训(人)", "4000", "市妇联", "4856", "121.4"]
    lines += ["超额完成"]
    found = _targets(Importer(lines).run().indicators)
    assert len(found) == 9 and found[-3:] == [
        ("青年劳动者技能培训(人)", "人", 3000, "=", 3291),
        ("促进大学生创业(人)", "人", 260, "=", 262),
        ("妇女居家灵活就业培训(人)", "人", 4000, "=", 4856),
    ]

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

"""The names the importer gives the targets of plain sentences (generator/importer/phrases.py, prose.py)."""

from __future__ import annotations

from generator.importer.draft import Importer


def _names(sentence: str) -> dict[float, str]:
    """Each drafted target's value and its name."""
    return {i["target"]["value"]: i["name"] for i in Importer([sentence]).run().indicators if i.get("target")}


def test_a_level_changed_to_in_other_words_leaves_the_verb_out_of_the_name() -> None:
    # 提到 (提高到) and 发展到 change a measure to its level: the verb is no part of the name
    assert _names("到2016年底,芗城区农村低保标准提到每人每年3500元。")[3500] == "芗城区农村低保标准"
    assert _names("到2015年,全省养老机构新增床位14万张,总床位数发展到25万张。")[25] == "总床位数"


def test_the_rule_a_figure_is_set_by_opens_after_the_name() -> None:
    # 按照 (不低于…的80%确定), 暂按 (27个班…规划): the rule the figure is set by, no part of its name
    named = _names("今年,特困集中供养标准按照不低于上年度城乡居民人均消费支出的80%确定。")
    assert named[80] == "特困集中供养标准"
    assert _names("项目建成后,小学暂按27个班,1215个在校生规划。")[27] == "小学"


def test_what_the_things_counted_will_do_is_no_part_of_their_name() -> None:
    # 27所幼儿园(将陆续投入使用), 13.8万农村中小学生(吃上可口营养餐): the noun counted, not what it will do or get
    assert _names("2015年年底前,成都市还有27所幼儿园将陆续投入使用。")[27] == "幼儿园"
    assert _names("工程全部完成后,将使13.8万农村中小学生吃上可口营养餐。")[13.8] == "农村中小学生"
    assert _names("今年新建4387所农村双语幼儿园,其中3223所幼儿园分布在南疆四地州。")[3223] == "幼儿园"


def test_a_goal_or_task_of_the_things_counted_leaves_the_name_to_the_things() -> None:
    # (完成6个)镇街的整治任务, (新增300张)床位的规模: the count is of the things, the task or size theirs
    assert _names("全面开展小城镇环境综合整治,完成6个镇街的整治任务。")[6] == "镇街"
    assert _names("项目建成后,形成年新增300张床位的规模。")[300] == "床位"


def test_the_place_that_plans_the_funds_is_no_part_of_the_name() -> None:
    # 该旗(拟投入), 黑龙江省今年(计划投资): the place that plans the funds is the plan's, not the name's
    assert _names("今年,该旗拟投入80万元,为第三幼儿园改造供电线路。")[80] == "拟投入"
    assert _names("据介绍,黑龙江省今年计划投资300亿元,开工建设保障性住房。")[300] == "投资"
    assert _names("此外,莆田市今年还计划投资3600万元,新建榜头镇老年公寓。")[3600] == "新建榜头镇老年公寓投资"

"""Figures before 的 that are themselves a target (the sum a named work costs, its size, a task, the
year's task a share of progress is told against), not a qualifier of the noun after them."""

from __future__ import annotations

from typing import Any

from generator.importer.draft import Importer

URL = "https://example.gov.cn/art/2015/3/1/art_1.html"


def _targets(text: str) -> dict[str, tuple[str | None, float, str, int | None]]:
    indicators: list[dict[str, Any]] = Importer([text], URL).run().indicators
    return {
        i["name"]: (i["unit"], i["target"]["value"], i["target"]["comparator"], i["target"]["year"])
        for i in indicators
        if i.get("target")
    }


def test_the_sum_a_named_work_costs_is_its_investment() -> None:
    # dev/boxing-livelihood-projects-2015, line 5: 总投资…的 names the work the sum is for
    targets = _targets(
        "今年,博兴县总投资13.6亿元的博兴水库将在年内开工建设;总投资9300万元的麻大湖国家湿地公园,年内完成水系修复。"
    )
    assert targets["博兴水库总投资"] == ("亿元", 13.6, "=", 2015)
    assert targets["麻大湖国家湿地公园总投资"] == ("万元", 9300, "=", 2015)


def test_the_count_after_an_investment_stays_its_own_target() -> None:
    # dev/handan-work-report-2022, line 3: the sum and the count of the projects both keyed
    targets = _targets("2022年,将谋划实施总投资1530.5亿元的158个重点项目。")
    assert targets["重点项目总投资"] == ("亿元", 1530.5, "=", 2022)
    assert ("个", 158, "=", 2022) in targets.values()


def test_the_sum_of_a_work_told_done_is_no_target() -> None:
    # dev/tongchuan-rural-happiness-homes-2013, line 3: the sum of works 全部建成 was spent
    targets = _targets("11月25日,投资1952万元的122个农村幸福院全部建成。")
    assert all(unit != "万元" for unit, *_ in targets.values())


def test_the_year_task_a_result_is_a_share_of_is_a_target_of_the_year() -> None:
    # dev/longnan-lixian-labour-export-progress-2015, line 1: 占年任务13.16万人的82.9%
    targets = _targets("至4月底,该县共输转务工人员10.83万人,占年任务13.16万人的82.9%;")
    assert targets["该县共输转务工人员年任务"] == ("万人", 13.16, "=", 2015)
    assert "该县共输转务工人员" not in targets  # the result stays past


def test_a_share_told_of_the_whole_before_its_parts_names_the_task_after_the_whole() -> None:
    # dev/zhenan-social-insurance-enrolment-2012, line 2: the parts after 其中 are not the result
    targets = _targets("参加城镇居民医疗保险33550人,其中成年居民5441人,学生儿童28109人,占年度目标任务20000人的167.75%,")
    assert targets["参加城镇居民医疗保险年度目标任务"] == ("人", 20000, "=", 2015)


def test_the_plan_at_the_year_start_a_result_is_a_share_of() -> None:
    # dev/xinning-disabled-children-rehab-progress, line 3: 为年初计划75人的113%
    targets = _targets("今年来,已完成康复救助对象审批85人,为年初计划75人的113%。")
    assert targets["已完成康复救助对象审批年初计划"] == ("人", 75, "=", 2015)


def test_the_count_of_a_task_to_complete_is_a_target() -> None:
    # dev/qiongzhong-livelihood-projects-2013, line 1: 完成3800人的减贫任务
    targets = _targets("今年计划安排民生工程项目投资11.87亿元,完成3800人的减贫任务,建设950套保障性住房。")
    assert targets["减贫任务"] == ("人", 3800, "=", None)

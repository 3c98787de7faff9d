"""Figures before 的 that are themselves a target (the sum a named work costs, the size of a work to build, a
task, the year's task a share of progress is told against, in its several wordings), not a qualifier of the
noun after them."""

from __future__ import annotations

from typing import Any

from generator.importer import tense
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


def test_the_task_named_after_the_figure_a_share_is_told_of() -> None:
    # dev/guizhou-secondary-vocational-enrolment-2015, line 5: 占全年招生33万人任务的72.2%
    targets = _targets("截至8月28日,今年中职招生23.8万人,占全年招生33万人任务的72.2%。")
    assert targets["中职招生全年招生任务"] == ("万人", 33, "=", 2015)


def test_the_task_count_of_this_year_a_share_is_told_of() -> None:
    # dev/qiandongnan-rural-housing-progress-2011-05, line 3: 占今年88641户任务数的80.26%
    targets = _targets("全州已开工71142户,占今年88641户任务数的80.26%。")
    assert targets["全州已开工任务数"] == ("户", 88641, "=", 2015)


def test_the_area_of_one_centre_to_build_is_a_target() -> None:
    # dev/xiangyin-village-sport-centre-2016, line 10: 新建一个面积约1000平方米的…中心
    targets = _targets("新建一个面积约1000平方米的村级文体活动中心,拥有农家书屋。")
    assert targets["村级文体活动中心"] == ("平方米", 1000, "=", None)


def test_the_length_of_the_pipes_counted_before_it_is_a_target() -> None:
    # dev/tianjin-hangu-livelihood-works-2008, line 10: 完成3條7.5公里的給水管線
    targets = _targets("完成3条7.5公里的给水管线及5片居民区给水管线改造任务。")
    assert targets["给水管线"] == ("公里", 7.5, "=", None)


def test_the_daily_capacity_of_a_facility_is_a_target() -> None:
    # dev/yangzhong-livelihood-projects-2026, line 5: 日处理400吨的生活垃圾转运中心
    targets = _targets("建设综合处置中心一期项目,配套日处理400吨的生活垃圾转运中心、日处理15吨的大件垃圾破碎设施。")
    assert targets["生活垃圾转运中心"] == ("吨", 400, "=", None)
    assert targets["大件垃圾破碎设施"] == ("吨", 15, "=", None)


def test_a_size_that_bounds_a_class_stays_a_qualifier() -> None:
    assert not _targets("建设建筑面积不超过70平方米的小户型。")
    assert not _targets("保障面积在60平方米以下的住房。")


def test_what_a_place_has_in_the_year_written_is_a_figure_now(monkeypatch: Any) -> None:
    # dev/xiangyin-village-sport-centre-2016, line 6: a paragraph opening with the year written
    monkeypatch.setattr(tense, "READS", False)
    text = "2016年,文体广新局对口联点村为鹤龙湖镇东方红村。该村下辖12个村民小组,共有3801人,耕地面积1700亩。"
    indicators = Importer([text], "https://example.gov.cn/art/2016/3/1/art_1.html").run().indicators
    assert indicators and not any(i.get("target") for i in indicators)

"""Figures before 的 that are themselves a target: the size of a work to build, and the year's task a
result is told as a share of in its other wordings (…33万人任务的72.2%)."""

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

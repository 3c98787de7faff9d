"""The importer on the year of a target a text's words tell, where no year is written beside it."""

from __future__ import annotations

from typing import Any

from generator.importer.draft import Importer


def _years(lines: list[str], url: str | None = None) -> dict[str, Any]:
    return {i["name"]: i["target"].get("year") for i in Importer(lines, url).run().indicators if i.get("target")}


def test_the_parts_after_其中_take_the_year_of_a_sentence_that_opens_on_this_year() -> None:
    # 今年新建的3.54万套城镇保障房,重点分布在…。其中,新建公租房2.6万套: the parts are this year's too
    lines = [
        "青海将建设保障房30万套",
        "时间:2012-03-08 13:09:00 来源:中国广播网",
        "今年新建的3.54万套城镇保障房,重点分布在西宁市、海东地区。其中,新建公租房2.6万套、廉租房5000套。",
    ]
    years = _years(lines)
    assert years["新建公租房"] == 2012
    assert years["廉租房"] == 2012

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


def test_a_forum_posts_date_below_the_forums_menus_dates_its_this_year() -> None:
    # 发表于 2013-3-4 11:41:07 | 只看该作者, below a forum's menus: the post is of 2013, its 今年 too
    lines = ["下沙论坛", "找回密码", "注册论坛", "QQ登录", "查看: 1938|回复: 0", "打印 上一主题 下一主题"]
    lines += ["开发区公布今年的十大民生工程", "[复制链接]", "签到天数: 2274 天"]
    lines += ["发表于 2013-3-4 11:41:07 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式"]
    lines += ["今年,开发区将开工建设拆迁安置房12.4万平方米,竣工拆迁安置房37.1万平方米。"]
    years = _years(lines)
    assert years["竣工拆迁安置房"] == 2013


def test_a_meeting_held_on_a_years_work_dates_an_undated_texts_this_year() -> None:
    # 近日,深圳召开2024年全市卫生健康工作会议: a text with no date of its own is of 2024, its 今年 too
    lines = [
        "今年深圳将新增8000张医疗床位",
        "近日,深圳召开2024年全市卫生健康工作会议,为2024年吹响“冲锋号”。",
        "今年深圳将新增医疗床位8000张。",
    ]
    assert set(_years(lines).values()) == {2024}


def test_a_figure_this_year_looks_ahead_to_restated_under_a_year_dates_an_undated_text() -> None:
    # 今年我省将实现城镇新增就业36万人 … 2016年,全省人社部门将…实现城镇新增就业36万人: this year is 2016
    lines = [
        "记者从昨日召开的全省人力资源社会保障工作会上获悉,今年我省将实现城镇新增就业36万人。",
        "我省连续5年城镇新增就业人数在40万以上。2016年,全省人社部门将扎实做好就业托底工作,实现城镇新增就业36万人。",
    ]
    assert set(_years(lines).values()) == {2016}

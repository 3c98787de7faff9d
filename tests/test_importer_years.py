"""The importer on the year of a target a text's words tell, where no year is written beside it: a date line,
a heading, a meeting, a word of the years ahead."""

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


def test_a_short_heading_line_that_names_a_year_dates_the_items_below_it() -> None:
    # 计划2015年开园招生的公办幼儿园 / (一)… / 占地6亩: the items listed under the heading are of 2015, up to
    # the next heading (正在建设的幼儿园), which names none
    lines = [
        "新区将新增幼儿园",
        "2015-04-27 15:41   来源: 新闻网",
        "今天,记者从市教育局获悉,新区将新增幼儿园17所。",
        "计划2015年开园招生的公办幼儿园",
        "(一)新区华阳幼儿园沙河分园",
        "地处沙河小区,占地6亩,建筑面积1500㎡。",
        "正在建设的幼儿园",
        "(一)新区正兴镇幼儿园",
        "地处正兴镇,占地面积12亩,绿化面积3000㎡。",
    ]
    years = _years(lines)
    assert years["占地"] == 2015
    assert years["建筑面积"] == 2015
    assert years["绿化面积"] is None


def test_a_year_that_opens_a_headline_without_年_is_the_texts_one_year() -> None:
    # 2022永宁县新建幼儿园最新消息: the item's year, its 年 left out; the text names no other
    lines = [
        "2022永宁县新建幼儿园最新消息",
        "今年永宁县将有3所新建幼儿园在9月投入使用,共新增990个学位。",
        "永宁县第五幼儿园",
        "位于永红路与宁惠街交汇处,建设两栋教学楼、18个教学班、540个学位,9月份正式开园。",
    ]
    assert Importer(lines).run().period == (2022, 2022)


def test_a_byline_below_the_text_with_its_time_before_a_day_first_date_dates_its_this_year() -> None:
    # 哈尔滨10:16 05.03.2016 新浪黑龙江: the repost's place, time, date (day first) and source, its last line
    lines = [
        "锦江学校位置示意图",
        "记者从道里区教育工作会议上获悉,今年,道里区将新建东湖路学校、锦江学校、博雅学校等5所学校。",
        "此外,还将扩建新康小学;对爱国小学、杨楚珊中学等8所学校进行抗震加固改造。",
        "新晚报记者 杨茉 综合网络资料",
        "道里今年将新建5所学校",
        "图片说明",
        "哈尔滨10:16 05.03.2016 新浪黑龙江",
    ]
    targets = [i["target"] for i in Importer(lines).run().indicators if i.get("target")]
    assert [t["year"] for t in targets if t["value"] == 5] == [2016]


def test_a_sentence_on_届时_takes_the_year_of_the_sentence_before() -> None:
    # “预计明年春季开学,…全面开通校车。”…负责人表示,届时将投入运营校车100辆: 届时 is 明年, 2014 in an item of 2013
    lines = [
        "校车模式有望驶向全市",
        "2013-10-31 来源:中安在线",
        "记者了解到,从本学期开始,该县正式在三个乡镇投入37辆校车参与运营。“预计明年春季开学,计划在符合条件的区域"
        "全面开通校车。”该县相关负责人表示,届时将投入运营校车100辆,乘坐学生4000多人。",
    ]
    assert _years(lines)["乘坐学生"] == 2014

"""The importer on the year a heading, a date line or a word of the years ahead gives the targets below or in it."""

from __future__ import annotations

from typing import Any

from generator.importer.draft import Importer


def _years(lines: list[str], url: str | None = None) -> dict[str, Any]:
    return {i["name"]: i["target"].get("year") for i in Importer(lines, url).run().indicators if i.get("target")}


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

"""The importer on the real seeds, compared with the committed (eye-reviewed) data."""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.importer import tense
from generator.importer.characters import normalised
from generator.importer.command import report, write_draft
from generator.importer.draft import Draft, Importer, is_chrome, join_broken
from generator.importer.notice import (
    PLACEHOLDER_PERIOD,
    Notice,
    address_date,
    own_dates,
    period_found,
    region_of,
    reported_year,
    written_year,
)
from generator.importer.phrases import quantities
from generator.importer.prose import Entry, Found, ProseReader, claimed, dated_by_opening, titled_year
from generator.importer.records import to_indicators
from generator.importer.table import cells_of, header_at
from generator.importer.text import cited_text, read_lines, segments
from generator.importer.years import TARGET_YEAR, just_past, looks_ahead, past_marker, sentence_year, this_year
from generator.messages import t
from generator.model import Chapter, Indicator, Measure, Period
from generator.problems import UsageError
from generator.sitemodel.site import Site
from generator.sitemodel.targets import target_year
from generator.sitemodel.values import number_in_text
from tests.conftest import REPO, SEEDS, run_cli

# measures whose text the importer reproduces exactly (of the committed total), measured;
# Henan joins 6 paragraphs split across lines by hand; Xinxiang (one line per PDF page,
# headings run into text) is a review job the importer only starts.
EXACT_MEASURES = {
    "pingdingshan-2021-2025": 135,
    "henan-2021-2025": 116,
    "anyang-2021-2025": 116,
    "xinyang-2023-2025": 71,
    "xinxiang-2026-2030": 2,
}


@pytest.fixture
def site(real_data: Site) -> Site:
    return real_data


def draft(plan_id: str) -> Draft:
    return Importer(read_lines(REPO / "data/sources" / SEEDS[plan_id])).run()


def measures(chapters: Sequence[Chapter]) -> list[Measure]:
    return [m for c in chapters for m in [*c.measures, *(m for s in c.sections for m in s.measures)]]


@pytest.mark.parametrize("plan_id", [p for p in SEEDS if not p.startswith("xinxiang")])
def test_outline_matches_committed(site: Site, plan_id: str) -> None:
    d, plan = draft(plan_id), site.plan_by_id[plan_id]
    assert [c["number"] for c in d.chapters] == [c.number for c in plan.chapters]
    assert [(c["id"], len(c["sections"])) for c in d.chapters] == [(c.id, len(c.sections)) for c in plan.chapters]
    assert [(b["number"], len(b["items"])) for b in d.boxes] == [(b.number, len(b.items)) for b in plan.boxes]


@pytest.mark.parametrize("plan_id", sorted(SEEDS))
def test_measure_texts_match_committed(site: Site, plan_id: str) -> None:
    d, plan = draft(plan_id), site.plan_by_id[plan_id]
    drafted = {
        m["text"] for c in d.chapters for m in [*c["measures"], *(m for s in c["sections"] for m in s["measures"])]
    }
    assert sum(m.text in drafted for m in measures(plan.chapters)) == EXACT_MEASURES[plan_id]


def test_table_rows_recognised(site: Site) -> None:
    d, plan = draft("pingdingshan-2021-2025"), site.plan_by_id["pingdingshan-2021-2025"]
    committed = [i for i in plan.indicators if i.origin == "table"]
    rows = [x for x in d.indicators if x["origin"] == "table"]
    assert [x["name"] for x in rows] == [i.name for i in committed]
    assert [x["nature"] for x in rows] == [i.nature for i in committed]


def test_unplaced_lines_are_listed_not_dropped() -> None:
    d = draft("anyang-2021-2025")
    unplaced = {n for n, _, _ in d.unplaced}
    assert {94, 96} <= unplaced  # the repeated page header
    assert 416 in unplaced  # the web-page footer
    assert any(n <= 24 for n in unplaced)  # the page header and covering notice
    paged = draft("xinxiang-2026-2030")
    assert any("标题与正文连在一起" in why for _, why, _ in paged.unplaced)


def test_import_command_writes_a_draft_that_validates(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "data/plans").mkdir(parents=True)
    for name in ("domains.yaml", "concepts.yaml"):
        shutil.copy(REPO / "data" / name, root / "data" / name)
    text = REPO / "data/sources" / SEEDS["anyang-2021-2025"]
    result = run_cli(root, "import", str(text), "--plan", "anyang-draft")
    assert result.returncode == 0, result.stderr
    assert "草稿通过校验" in result.stdout
    assert "行未归入规划" in result.stdout
    assert (root / "data/sources" / text.name).read_bytes() == text.read_bytes()
    again = run_cli(root, "import", str(text), "--plan", "anyang-draft")
    assert again.returncode == 1 and "--force" in again.stderr


def test_import_command_takes_the_pages_address_and_notes_it_in_the_draft(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "data/plans").mkdir(parents=True)
    for name in ("domains.yaml", "concepts.yaml"):
        shutil.copy(REPO / "data" / name, root / "data" / name)
    text = tmp_path / "laian-meal-aid.txt"
    text.write_text("来安县计划今年建成1个老年食堂、18个社区老年助餐点。\n", encoding="utf-8")
    url = "http://szbk.chuzhou.cn/czrb/pc/content/202206/23/content_70924.html"
    result = run_cli(root, "import", str(text), "--plan", "laian-2022", "--url", url)
    # a caption names no plan title: the region is the editor's to fill in, and nothing else is wrong
    assert result.returncode == 1 and "草稿还需修改" in result.stderr, result.stderr
    assert result.stderr.count("plan.yaml:") == 1 and "region:" in result.stderr
    plan = (root / "data/plans/laian-2022/plan.yaml").read_text(encoding="utf-8")
    assert url in plan and "2022年6月" in plan


def test_new_plan_skeleton_does_not_publish_until_filled_in(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(REPO / "tests/fixtures/mini/data", root / "data")
    result = run_cli(root, "new-plan", "kaifeng-2026-2030")
    assert result.returncode == 0, result.stderr
    assert "尚不能通过检查" in result.stdout and "还要做的" in result.stdout  # says so, and what is left
    assert "data/plans/kaifeng-2026-2030/plan.yaml:3:" in result.stdout
    check = run_cli(root, "validate")
    assert check.returncode == 1
    plan = "data/plans/kaifeng-2026-2030/plan.yaml"
    assert all(f"{plan}:{n}:" in check.stderr for n in (3, 4, 7)), check.stderr
    assert "仍是 new-plan 生成的占位文字" in check.stderr
    text = (root / plan).read_text(encoding="utf-8")
    for old, new in (
        ("（规划全称）", "开封市规划"),
        ("（简称）", "开封市规划"),
        ("（地区）", "开封市"),
        ("PUT-THE-PLAN-TEXT-IN-data-sources.txt", "demo-city.txt"),
    ):
        text = text.replace(old, new)
    (root / plan).write_text(text, encoding="utf-8")
    check = run_cli(root, "validate")
    assert check.returncode == 0, check.stderr
    bad = run_cli(root, "new-plan", "Kaifeng 2026")
    assert bad.returncode == 1 and "不是网址安全的 id" in bad.stderr


# --- prose targets: each rule on sentences from the seeds and on typical invented ones ---


def targets(*paragraphs: str, start: int = 2021, chapter: str = "") -> list[Found]:
    """What the prose reader finds in paragraphs of one section (line k+1 = paragraph k)."""
    entries = [Entry(k + 1, text, "s1", chapter) for k, text in enumerate(paragraphs)]
    return ProseReader(start).read(entries)


def brief(found: list[Found]) -> list[tuple[object, ...]]:
    return [(f.name, f.value, f.comparator, f.unit, f.year) for f in found]


def test_year_from_the_sentence_the_paragraph_or_the_section_opening() -> None:
    # Xinyang line 86: only the sentence that says 到2025年 gets a year
    seed = (REPO / "data/sources" / SEEDS["xinyang-2023-2025"]).read_text(encoding="utf-8").splitlines()[85]
    years = {f.name: f.year for f in targets(seed)}
    assert years["新生儿访视率"] is None
    assert years["3岁以下儿童系统管理率"] == 2025
    # a section that opens with 到2025年 gives its year to every target in it
    found = targets("到2025年，公共服务制度体系更加完善。", "县域就诊率达到90%左右。")
    assert brief(found) == [("县域就诊率", 90.0, "=", "%", 2025)]
    # a year holds for its own sentence only, where the section does not open with one
    found = targets("推进普惠发展。到2030年，学前教育毛入园率达到94%。普惠性幼儿园覆盖率达到85%以上。", start=2026)
    assert [f.year for f in found] == [2030, None]
    assert targets("到“十四五”末，全市城镇化率达到62%。")[0].year == 2025
    # a paragraph that opens with its own year gives it to its sentences, before the section's
    found = targets("到2023年，托育机构达到10家。", "到2025年，全市养老床位数达到1.7万张。护理型床位占比不低于55%。")
    assert [f.year for f in found] == [2023, 2025, 2025]
    # a paragraph without a year of its own after one that opened with one (实施方案提出,到2020年): its
    # year, until a paragraph opens with another or reports; a date line (2021年11月18日) sets none
    found = targets(
        "2021年11月18日07:50 | 来源:新闻中心",
        "实施方案提出,到2020年,初步建成中医药强省。",
        "中药材种植面积达到300万亩。",
        "截至2015年底,全省中医医院达到200所。",
        "中医医院床位数达到5万张。",
        start=2016,
    )
    assert [(f.value, f.year) for f in found if f.value != 200.0] == [(300.0, 2020), (5.0, 2015)]  # the report goes on
    # a goal's lead (——…提升。) before the year: the paragraph still opens with it
    found = targets("——医疗服务能力大幅提升。到2023年,区域医疗中心作用初步显现。建设60个省级临床重点专科。", start=2023)
    assert [(f.value, f.year) for f in found] == [(60.0, 2023)]


def test_the_reader_assumes_no_year_the_words_do_not_state() -> None:
    """三年期间, 规划期内 and a 主要目标 section without a year look ahead but state no year: the draft
    leaves the year empty, and target_year gives the period's end with a note saying so."""
    found = targets("三年期间，启动1所区域性优抚医院新建或改扩建。", start=2023)
    assert [(f.name, f.value, f.past, f.year) for f in found] == [("区域性优抚医院新建或改扩建", 1.0, False, None)]
    assert [f.year for f in targets("规划期内，新增养老床位2000张。")] == [None]
    # Anyang line 88: a 主要目标 section that names no year
    goals = ProseReader(2021).read([Entry(88, "县域就诊率达到95%左右。", "c2-s4", "", "主要目标")])
    assert [(f.value, f.past, f.year) for f in goals] == [(95.0, False, None)]
    (record,) = to_indicators(goals, 1, {}, (2021, 2025))
    when = target_year(Period(start=2021, end=2025), Indicator.model_validate({**record, "domain": "health"}))
    assert (when.year, when.stated, when.note) == (2025, False, "原文未写目标年份，按规划期末（2025年）计")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新生儿访视率保持在90%以上。", ("新生儿访视率", 90.0, ">=", "%")),
        ("全市社会力量运营的养老床位占比不低于70%。", ("全市社会力量运营的养老床位占比", 70.0, ">=", "%")),
        ("公办养老机构社会化运营的养老床位占比超过50%。", ("公办养老机构社会化运营的养老床位占比", 50.0, ">", "%")),
        ("城镇调查失业率控制在5.5%以内。", ("城镇调查失业率", 5.5, "<=", "%")),
        ("城镇登记失业率控制在4%。", ("城镇登记失业率", 4.0, "<=", "%")),
        ("县域就诊率达到95%左右。", ("县域就诊率", 95.0, "=", "%")),
        ("人均预期寿命约80岁。", ("人均预期寿命", 80.0, "=", "岁")),
        ("每千名老年人养老床位数达到35-40张。", ("每千名老年人养老床位数", 35.0, "=", "张")),
        ("公共租赁住房保障面积不超过60平方米。", ("公共租赁住房保障面积", 60.0, "<=", "平方米")),
        ("全市旅游总收入突破550亿元。", ("全市旅游总收入", 550.0, ">", "亿元")),
        ("人均期望寿命将达到或超过81.29岁。", ("人均期望寿命", 81.29, ">=", "岁")),
        ("院前急救平均反应时间不超过12分钟。", ("院前急救平均反应时间", 12.0, "<=", "分钟")),
        ("每千名老人养老床位不小于50张。", ("每千名老人养老床位", 50.0, ">=", "张")),
        ("开展为老服务活动300场次。", ("开展为老服务活动", 300.0, "=", "场次")),
        ("城镇人均住房建筑面积不大于45平方米。", ("城镇人均住房建筑面积", 45.0, "<=", "平方米")),
    ],
)
def test_value_unit_and_comparator_from_the_words(sentence: str, expected: tuple[object, ...]) -> None:
    assert brief(targets(sentence)) == [(*expected, None)]


# --- the kinds of text the five plans do not show (tests/importer_eval/dev) ---


def test_a_range_keeps_both_ends_and_a_yearly_rate_takes_no_year() -> None:
    found = targets("到2020年，每千名老年人拥有养老床位数达到35-40张。", start=2016)
    assert [(f.value, f.upper, f.comparator, f.year) for f in found] == [(35.0, 40.0, "=", 2020)]
    found = targets("到2025年，全市居民健康素养水平每年提升1～3个百分点。")
    assert [(f.name, f.value, f.upper, f.unit, f.year) for f in found] == [
        ("全市居民健康素养水平", 1.0, 3.0, "个百分点", None)
    ]
    (record,) = to_indicators(targets("床位数达到35-40张。"), 1, {}, (2021, 2025))
    assert record["target"]["upper"] == 40.0 and "notes" not in record


def test_milestones_give_each_value_its_own_year() -> None:
    found = targets("到2022年和2030年，全国居民健康素养水平分别不低于22%和30%。", start=2019)
    assert brief(found) == [
        ("全国居民健康素养水平", 22.0, ">=", "%", 2022),
        ("全国居民健康素养水平", 30.0, ">=", "%", 2030),
    ]
    found = targets("到2022年和2030年，经常参加体育锻炼人数比例达到37%及以上和40%及以上。", start=2019)
    assert [(f.name, f.value, f.year) for f in found] == [
        ("经常参加体育锻炼人数比例", 37.0, 2022),
        ("经常参加体育锻炼人数比例", 40.0, 2030),
    ]


def test_a_report_on_the_past_goes_on_until_the_text_looks_ahead() -> None:
    found = targets(
        "“十三五”以来，城镇新增就业累计达257.49万人。就业结构持续优化，高技能人才达到118.5万人。",
        "从就业质量看，全省居民人均可支配收入年均增长7.1%。",
        "根据规划，到2025年，城镇新增就业200万人以上。",
    )
    assert [(f.value, f.past) for f in found] == [(257.49, True), (118.5, True), (7.1, True), (200.0, False)]
    # 截至2024年 reports the state at that date, even inside the plan's years
    (state,) = targets("截至2024年，学前教育毛入园率达95.86%。")
    assert state.past and state.year == 2024


def test_in_a_chapter_on_the_starting_point_years_report_the_past() -> None:
    found = targets("2015年末，城乡居民基本养老保险参保人数达到3020.4万人。", start=2016, chapter="规划背景")
    assert [(f.value, f.past, f.year) for f in found] == [(3020.4, True, 2015)]
    # the level a result is compared with is of its own year (比2000年的414.13万元), not the result's
    found = targets("全县卫生经费2005年达1803万元,比2000年的414.13万元增长3.4倍。", start=2006, chapter="规划背景")
    assert [(f.value, f.past, f.year) for f in found] == [(1803.0, True, 2005), (414.13, True, 2000), (3.4, True, 2005)]
    # a decimal the extraction broke (457. 3万人) is read whole, never as 3万人
    assert [(f.value, f.unit) for f in targets("累计实现城镇新增就业 457. 3 万人。")] == [(457.3, "万人")]


def test_numbers_that_are_not_targets_in_news_reports() -> None:
    assert targets("这份由国家发展改革委等21个部门印发的规划明确了主要指标。") == []
    assert targets("提供24小时呼叫应急服务。") == []
    # what is done already beside a target
    assert [f.value for f in targets("到2024年，新建老年食堂12个，其中3个点位已完成建设。")] == [12.0]
    assert [f.value for f in targets("2023年，做好已建成13个快检室运营工作，新建快检室8个。")] == [8.0]
    # the size of a list that follows, and a formula's factor
    assert targets("39个为民办实事项目如下:") == []
    assert targets("失业率=年末城镇登记失业人数∕(年末城镇从业人员总数+年末城镇登记失业人数)×100%。") == []
    # a row's cells run into one number, their bars lost (73000, 48290, 66.15%): no share of 730004829066.15%
    assert [(f.value, f.unit) for f in targets("新增就业人数730004829066.15%,到2025年覆盖率达到95%。")] == [(95.0, "%")]
    # a list's works and their parts, counted (20个大项、42个子项); the parts a report tells the progress of are past
    assert targets("2019年民生实事涉及改造老旧小区等20个大项、42个子项。") == []
    found = targets("截至2025年6月底,其余22个子项正在加快推进。")
    assert [(f.value, f.past) for f in found] == [(22.0, True)]
    # counts of the plan's own parts: 7个方面, 4项原则, 5项措施
    assert targets("到2025年，意见从7个方面发力，提出4项原则和5项保障措施。") == []
    found = targets("到2020年，每周参加1次及以上体育锻炼的人数达到50%以上。", start=2016)
    assert [(f.value, f.unit) for f in found] == [(50.0, "%")]


def test_one_indicator_per_target_in_a_sentence() -> None:
    found = targets("到2025年，每千常住人口执业（助理）医师3.2人、注册护士3.8人。")
    assert brief(found) == [
        ("每千常住人口执业（助理）医师", 3.2, "=", "人", 2025),
        ("注册护士", 3.8, "=", "人", 2025),
    ]
    # Henan line 43: 分别 gives each named subject its own value
    found = targets("失业保险、工伤保险参保人数分别达到 1080万人、 1100万人。")
    assert [(f.name, f.value) for f in found] == [("失业保险参保人数", 1080.0), ("工伤保险参保人数", 1100.0)]
    composed = to_indicators(found, 1, {}, (2021, 2025))
    assert [i.get("name_composed", False) for i in composed] == [True, False]
    # two measures sharing one value (Xinyang line 86)
    found = targets("3岁以下儿童系统管理率和7岁以下儿童健康管理率保持在90%以上。")
    assert [f.name for f in found] == ["3岁以下儿童系统管理率", "7岁以下儿童健康管理率"]
    # counted things named after the number; 至少 holds for the whole enumeration (Xinyang line 112)
    found = targets("每个县区至少建设1所有实体依托的示范性社区学院(学校)和1个养教结合的示范性老年教育中心(老年学校)。")
    assert [(f.name, f.comparator) for f in found] == [
        ("有实体依托的示范性社区学院(学校)", ">="),
        ("养教结合的示范性老年教育中心(老年学校)", ">="),
    ]


def test_a_starting_level_is_the_baseline_of_the_target() -> None:
    found = targets("到2025年，每千人口拥有执业（助理）医师数由2020年的2.6人增加到3.2人。")
    [ind] = to_indicators(found, 1, {}, (2021, 2025))
    assert ind["name"] == "每千人口拥有执业（助理）医师数"
    assert (ind["baseline"]["value"], ind["baseline"]["year"]) == (2.6, 2020)
    assert (ind["target"]["value"], ind["target"]["year"], ind["target"]["as_written"]) == (3.2, 2025, "增加到3.2人")
    # in a report on the past both levels are observations
    found = targets("“十三五”时期，学前教育毛入园率由83.2%提高到90.3%。")
    assert [(f.value, f.past, f.baseline) for f in found] == [(83.2, True, None), (90.3, True, None)]


def test_numbers_that_qualify_a_name_are_not_targets() -> None:
    assert [f.value for f in targets("20万人口以上的县(市)各办好1所达标的特殊教育学校。")] == [1.0]
    assert targets("鼓励和支持有条件的幼儿园招收2—3岁幼儿。") == []
    assert targets("100张床位以上的养老机构配备医务室。") == []
    assert [f.value for f in targets("原则上70平方米以下的户型不低于70%。")] == [70.0]
    assert targets("对市级示范性托育机构给予5万元奖励。") == []
    assert targets("依托1所综合实力较强的医院建设县级公共卫生医学中心。") == []  # a means, not a target


def test_counts_in_words() -> None:
    # Anyang line 210
    found = targets("每个县(市、区)建好一所公立综合医院、一所公立中医院和一所公立妇幼保健院。")
    assert [(f.name, f.value) for f in found] == [("公立综合医院", 1.0), ("公立中医院", 1.0), ("公立妇幼保健院", 1.0)]
    assert [(f.name, f.comparator) for f in targets("每个县(市)至少有一所公立三级医疗机构。")] == [
        ("公立三级医疗机构", ">=")
    ]
    # dev/shanxi-education-2021-2025 line 7: 至少 with the verb that has it (拥有, 建立, 设置, 配备)
    assert [(f.name, f.value, f.comparator) for f in targets("每县至少拥有一所优质公办高中。")] == [
        ("优质公办高中", 1.0, ">=")
    ]
    assert targets("建设一个统一的信息平台，推进一网通办。") == []
    assert targets("建立一个统一的信息平台。") == []  # no 至少: a system set up, not a count
    # dev/hebei-fitness-venues-2022-2025 line 11: counts in words listed after what builds them, with 百 and 千
    found = targets("到2025年,建成文体新城(包括大型体育馆)、十座标准体育场馆、一百个体育公园、一千里健身步道。")
    assert [(f.name, f.value, f.unit) for f in found] == [
        ("标准体育场馆", 10.0, "座"),
        ("体育公园", 100.0, "个"),
        ("健身步道", 1000.0, "里"),
    ]
    assert targets("建成文体新城、一个统一的信息平台。") == []  # one count listed: no list of counts


def test_qualitative_targets_are_kept_as_words() -> None:
    found = targets("到2025年，街道综合养老服务中心设施全覆盖，城乡低保对象应保尽保。")
    assert [(f.name, f.as_written, f.value) for f in found] == [
        ("街道综合养老服务中心设施", "全覆盖", None),
        ("城乡低保对象", "应保尽保", None),
    ]
    assert targets("街道综合养老服务中心设施全覆盖。") == []  # no year: a wish, not a target
    # Xinyang line 186: the plan's own span sets a target, its year left to target_year; 2000年之前
    # qualifies, it reports nothing
    found = targets("“三年行动”期间,基本完成全市2000年之前建成的需要改造城镇老旧小区改造任务。", start=2023)
    assert [(f.name, f.as_written, f.year, f.past) for f in found] == [
        ("全市2000年之前建成的需要改造城镇老旧小区改造任务", "基本完成", None, False)
    ]


def test_a_call_to_work_towards_coverage_is_a_task_not_a_target() -> None:
    # Henan line 123, Xinyang line 182: 加快/推进…全覆盖 asks for work; 实现…全覆盖 by a year is a target
    assert targets("到2025年，加快精神卫生社会福利机构市级全覆盖。") == []
    assert targets("到2025年，推进乡镇(街道)社会工作站建设全覆盖。") == []
    found = targets("到2025年实现村（居）社会工作服务全覆盖。")
    assert [(f.name, f.as_written) for f in found] == [("村（居）社会工作服务", "全覆盖")]


def test_the_end_of_a_per_range_is_not_a_target() -> None:
    # Pingdingshan line 262: 每3000—6000人 is what one kindergarten serves
    found = targets("原则上城镇每1万人、农村平原地区每3000—6000人设置1所幼儿园。")
    assert [(f.name, f.value, f.unit) for f in found] == [("幼儿园", 1.0, "所")]


def test_a_building_standard_is_named_for_what_it_is() -> None:
    # Pingdingshan line 402, Anyang line 110: 按(照)每百户不低于…的标准配套建设…
    found = targets("确保新建居住区按照每百户不低于30平方米的标准配套建设社区养老服务设施。")
    assert [(f.name, f.as_written, f.value, f.comparator) for f in found] == [
        ("新建居住区社区养老服务设施配建标准", "每百户不低于30平方米", 30.0, ">=")
    ]
    found = targets("城市新建住宅、居住(小)区按不低于200平方米配建托育服务设施。")
    assert [f.name for f in found] == ["城市新建住宅、居住(小)区托育服务设施配建标准"]


def test_words_and_units_met_in_plans_the_importer_was_not_built_on() -> None:
    # the national plan's indicators as Xinhua reported them, and a city's 一老一小 plan
    assert brief(targets("到2025年，学前教育毛入园率大于90%。")) == [("学前教育毛入园率", 90.0, ">", "%", 2025)]
    assert brief(targets("到2025年，劳动年龄人口平均受教育年限达11.3年。")) == [
        ("劳动年龄人口平均受教育年限", 11.3, "=", "年", 2025)
    ]
    assert [(f.value, f.unit) for f in targets("到2025年，每万人接受公共文化设施服务3.4万次。")] == [(3.4, "万次")]
    assert targets("到2025年，城镇新增就业人数完成2025年目标。") == []  # a year is not a quantity of 年
    found = targets("新建居住区按照人均用地不少于0.1平方米的标准规划配建养老服务设施。")
    assert [(f.name, f.as_written) for f in found] == [("新建居住区养老服务设施配建标准", "人均用地不少于0.1平方米")]
    # 至少 before a verb the reader knows (Anyang line 124)
    found = targets("逐步实现怀孕妇女孕28周前在自愿情况下至少接受1次产前筛查。")
    assert [(f.name, f.value, f.comparator, f.unit) for f in found] == [("产前筛查", 1.0, ">=", "次")]


def test_a_long_clause_before_de_is_left_out_of_the_name() -> None:
    # Pingdingshan line 377, Anyang line 288: the head noun is the name, the quote keeps the rest
    found = targets("每个县（市）有1所满足当地经济社会发展需要的标准化中等职业学校。")
    assert [f.name for f in found] == ["标准化中等职业学校"]
    found = targets("每个县区至少建设1所有实体依托的示范性社区学院(学校)。")
    assert [f.name for f in found] == ["有实体依托的示范性社区学院(学校)"]  # a short one stays


def drafted(*rows: dict[str, Any]) -> list[dict[str, Any]]:
    """Draft indicator records, as the table and prose readers write them, folded."""
    from generator.importer.restated import fold_restatements

    base = {"unit": None, "origin": "text", "quote": "", "lines": [1, 1]}
    return fold_restatements([{**base, **r} for r in rows])


def target(value: float | None, as_written: str, year: int | None = 2025) -> dict[str, Any]:
    return {"value": value, "as_written": as_written, "year": year, "comparator": None if value is None else "="}


def test_a_target_stated_again_is_one_indicator_with_a_note() -> None:
    # Pingdingshan lines 34 and 400: the main goals and the chapter state one target
    out = drafted(
        {
            "name": "养老机构护理型床位占比",
            "unit": "%",
            "target": target(55, "达到55%"),
            "lines": [34, 34],
            "quote": "a",
        },
        {"name": "护理型床位占比", "unit": "%", "target": target(55, "不低于55%"), "lines": [400, 400]},
    )
    assert [i["lines"][0] for i in out] == [34]
    assert out[0]["notes"] == [
        "第400行再次写到这一目标：护理型床位占比不低于55%（导入时已并入本条，请核对是否为同一指标）。"
    ]
    # a table row is kept before the text that restates it, whichever comes first
    out = drafted(
        {"name": "义务教育巩固率", "unit": "%", "target": target(99, "达到99%以上"), "lines": [36, 36], "quote": "a"},
        {"name": "九年义务教育巩固率", "origin": "table", "target": target(99, "≥99％"), "lines": [85, 90]},
    )
    assert [(i["origin"], len(i.get("notes", []))) for i in out] == [("table", 1)]
    # a headline's bare 500万 restates the body's 500万人以上, which is kept
    out = drafted(
        {"name": "技能人才总量", "unit": "万", "target": target(500, "达500万"), "lines": [2, 2], "quote": "a"},
        {"name": "全省技能人才总量", "unit": "万人", "target": target(500, "达到500万人以上"), "lines": [4, 4]},
    )
    assert [(i["unit"], i["lines"][0], len(i.get("notes", []))) for i in out] == [("万人", 4, 1)]


def test_like_targets_that_differ_are_kept_apart() -> None:
    kept = drafted(
        # another insurance, not a restatement
        {"name": "基本医疗保险参保率", "unit": "%", "target": target(97, "达到97%"), "quote": "a"},
        {"name": "基本养老保险参保率", "unit": "%", "target": target(97, "达到97%"), "quote": "b"},
        # a narrower population: 退役军人零就业家庭 is not 零就业家庭
        {"name": "零就业家庭", "target": target(None, "动态清零", None), "quote": "c"},
        {"name": "退役军人零就业家庭", "target": target(None, "动态清零", None), "quote": "d"},
        # another year, another range
        {"name": "市级示范性托育机构", "unit": "家", "target": target(10, "10家", 2023), "quote": "e"},
        {"name": "市级示范性托育机构", "unit": "家", "target": target(10, "10家", 2025), "quote": "f"},
        {"name": "公办中心幼儿园", "unit": "所", "target": target(None, "1—2所"), "quote": "g"},
        {"name": "公办中心幼儿园", "unit": "所", "target": target(None, "2—3所"), "quote": "h"},
        # two items of one sentence (Pingdingshan line 294), and a count of one per place (388/389)
        {
            "name": "省级紧急医学救援基地",
            "unit": "个",
            "target": target(1, "建设1个"),
            "quote": "i",
            "lines": [294, 294],
        },
        {
            "name": "省级中医紧急医学救援基地",
            "unit": "个",
            "target": target(1, "1个"),
            "quote": "i",
            "lines": [294, 294],
        },
        {"name": "公立综合医院", "unit": "所", "target": target(1, "建好1所"), "quote": "市…", "lines": [388, 388]},
        {"name": "公立综合医院", "unit": "所", "target": target(1, "建好1所"), "quote": "每个县…", "lines": [389, 389]},
    )
    assert len(kept) == 12 and not any(i.get("notes") for i in kept)
    # a sentence repeated word for word (Pingdingshan lines 296 and 392) is folded, count or not
    out = drafted(
        {
            "name": "政府举办的乡镇卫生院",
            "unit": "所",
            "target": target(1, "建好一所", None),
            "quote": "每个乡镇…",
            "lines": [296, 296],
        },
        {
            "name": "政府举办的乡镇卫生院",
            "unit": "所",
            "target": target(1, "建好一所", None),
            "quote": "每个乡镇…",
            "lines": [392, 392],
        },
    )
    assert [i["lines"][0] for i in out] == [296]


def test_previous_period_achievements_are_observations() -> None:
    found = targets("“十三五”时期，城镇登记失业率控制在3.5%以内。")
    assert [(f.name, f.past, f.period, f.year) for f in found] == [("城镇登记失业率", True, "“十三五”时期", None)]
    # Henan line 15: two runs of values shared out to the same names, each with its own year
    found = targets("学前教育毛入园率、义务教育巩固率分别由 2015年的83.2%、94%提高到2020年的90.3%、96%。")
    assert [(f.name, f.value, f.year, f.past) for f in found] == [
        ("学前教育毛入园率", 83.2, 2015, True),
        ("义务教育巩固率", 94.0, 2015, True),
        ("学前教育毛入园率", 90.3, 2020, True),
        ("义务教育巩固率", 96.0, 2020, True),
    ]
    found = targets("全省100%的县（市、区）、 97.64%的乡镇（街道）完成基层公共服务平台规范化建设。", chapter="发展基础")
    assert [(f.name, f.value) for f in found] == [
        ("县（市、区）", 100.0),
        ("乡镇（街道）完成基层公共服务平台规范化建设", 97.64),
    ]
    found = targets("2020年全市登记失业率4.5%。")
    assert [(f.past, f.year) for f in found] == [(True, 2020)]
    # a chapter about the starting point reports the previous period, unless a sentence sets a year
    found = targets("社区养老服务设施覆盖率达到88%。预计到“十四五”末全市城镇化率达到62%。", chapter="规划背景")
    assert [(f.name, f.past) for f in found] == [("社区养老服务设施覆盖率", True), ("全市城镇化率", False)]


def test_years_before_the_plan_report_the_past_unless_the_sentence_looks_ahead() -> None:
    found = targets("截至2020年底，全市共有养老机构120家，养老床位2.3万张。")
    assert [(f.value, f.past, f.year) for f in found] == [(120.0, True, 2020), (2.3, True, 2020)]
    # a plan for 2026–2030 still saying 到2025年 (Xinxiang): a target when it looks ahead
    found = targets("到2023年底，全市建成示范性托育机构10家；到2025年底，力争建成不少于20家。", start=2026)
    assert [(f.name, f.value, f.past, f.year) for f in found] == [
        ("全市建成示范性托育机构", 10.0, True, 2023),
        ("全市建成示范性托育机构", 20.0, False, 2025),  # no subject of its own: the thing just named
    ]


def test_names_keep_their_words_and_verbs_go_to_as_written() -> None:
    found = targets("到2025年，人均预期寿命提高1岁，基本养老保险参保率达到95%。")
    assert [(f.name, f.as_written) for f in found] == [("人均预期寿命", "提高1岁"), ("基本养老保险参保率", "达到95%")]
    found = targets("城乡居民基本养老保险基础养老金最低标准提高到每人每月150元。")
    assert [(f.name, f.as_written, f.unit) for f in found] == [
        ("城乡居民基本养老保险基础养老金最低标准", "提高到每人每月150元", "元")
    ]
    # Xinyang line 176: what the number is measured against stays with the number
    found = targets("城乡特困人员基本生活标准分别不低于城乡最低生活保障标准的1.3倍。")
    assert [(f.name, f.as_written, f.comparator) for f in found] == [
        ("城乡特困人员基本生活标准", "分别不低于城乡最低生活保障标准的1.3倍", ">=")
    ]


def test_table_debris_in_running_text_is_not_read_as_prose() -> None:
    assert targets("预期性每千常住人口注册护士数(人)3.8预期性基本医疗保险参保率96%约束性") == []
    # a list that gives each indicator's kind in brackets is prose (shenyang-health-2021-2025 line 7)
    found = targets("新的指标包括:人均期望寿命(预期性≥81.29岁,婴儿死亡率(预期性)≤4.2‰。")
    assert [(f.name, f.value, f.comparator) for f in found] == [
        ("人均期望寿命", 81.29, ">="),
        ("婴儿死亡率", 4.2, "<="),
    ]


def test_a_count_in_ten_thousands_and_the_years_of_a_document_s_title() -> None:
    # hainan-population-2021-2025 lines 3, 4 and 9
    found = targets("预计2025年常住人口为1203万左右。常住型候鸟人口、日平均过夜旅游人口分别为 77万、21万。")
    assert [(f.name, f.value, f.unit) for f in found] == [
        ("常住人口", 1203.0, "万"),
        ("常住型候鸟人口", 77.0, "万"),
        ("日平均过夜旅游人口", 21.0, "万"),
    ]
    assert [(f.value, f.upper, f.unit) for f in targets("人才培养规模达到30万-35万人。")] == [(30.0, 35.0, "万人")]
    told = "2020年6月1日至2020年底,引进人才11万人,完成百万人才进海南行动计划(2018-2025年)初期目标。"
    assert [(f.value, f.past, f.year) for f in ProseReader(2021, written=2021).read([Entry(1, told, "s1", "")])] == [
        (11.0, True, 2020)
    ]


def test_minutes_that_name_a_circle_are_not_a_target() -> None:
    assert targets("到2025年，城市社区建成“15分钟健身圈”，让市民在15分钟内能找到健身场地。") == []


@pytest.mark.parametrize("plan_id", sorted(SEEDS))
def test_every_drafted_value_is_in_its_cited_lines(plan_id: str) -> None:
    lines = read_lines(REPO / "data/sources" / SEEDS[plan_id])
    for ind in draft(plan_id).indicators:
        text = cited_text(lines, *ind["lines"])
        values = [v for v in [ind["target"] or {}, *ind.get("observations", [])] if v.get("value") is not None]
        assert all(number_in_text(v["value"], text) for v in values), ind
        assert ind["quote"].replace(" ", "") in text.replace(" ", "") or ind["origin"] == "table"


def test_score_against_the_committed_plans(capsys: pytest.CaptureFixture[str]) -> None:
    """The scoring script's table, printed; the floors are today's figures, so a rule that
    makes matters worse fails here."""
    done = subprocess.run(
        [sys.executable, "scripts/score_importer.py", *["--quiet"]], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    with capsys.disabled():
        print("\n" + out)
    total = next(line for line in out.splitlines() if line.startswith("all "))
    precision, precision_new, recall = (int(x.rstrip("%")) for x in total.split()[6:9])
    assert recall >= 93 and precision_new >= 96 and precision >= 95
    assert "does not validate" not in out and "not in their cited lines" not in out


# --- metadata and domains ---


def test_metadata_from_the_notice() -> None:
    anyang = draft("anyang-2021-2025").notice
    assert (anyang.issuer, anyang.doc_number, anyang.status) == ("安阳市人民政府", "安政〔2022〕16号", "in-force")
    assert (anyang.issued, anyang.published) == (dt.date(2022, 6, 22), dt.date(2022, 7, 15))
    henan = draft("henan-2021-2025").notice
    assert (henan.issuer, henan.issued, henan.published) == (
        "河南省人民政府",
        dt.date(2021, 12, 31),
        dt.date(2022, 2, 16),
    )
    xinyang = draft("xinyang-2023-2025").notice
    # a news report: the issuer from 信阳市人民政府印发《…》; the 〔2021〕1946号 it cites is not its number
    assert (xinyang.issuer, xinyang.doc_number, xinyang.issued) == ("信阳市人民政府", None, None)
    assert region_of("河南省“十四五”公共服务和社会保障规划") == ("河南省", "province")
    assert region_of("信阳市公共服务和社会保障三年行动方案(2023—2025年)") == ("信阳市", "city")
    assert region_of("固始县养老服务体系建设规划") == ("固始县", "county")


def test_sections_get_their_own_domain() -> None:
    d = draft("xinyang-2023-2025")
    tasks = next(c for c in d.chapters if c["title"] == "重点任务")
    assert tasks["domain"] == "general"
    domains = [d.section_domains[s["id"]] for s in tasks["sections"]]
    assert domains[:2] == ["childcare", "education"]
    nursery = next(i for i in d.indicators if i["name"] == "每千人口3岁以下婴幼儿托位数")
    assert nursery["domain"] == "childcare"


def test_importer_functions_stay_short() -> None:
    for path in (REPO / "generator/importer").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno is not None and node.end_lineno - node.lineno < 40, f"{path.name}: {node.name}"


def test_import_rejects_an_id_that_is_not_a_slug(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="不是网址安全的 id"):
        write_draft(REPO / "data/sources" / SEEDS["anyang-2021-2025"], "Anyang 2025", tmp_path)


def test_import_never_overwrites_another_text_with_the_same_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    other = data / "sources" / "plan.txt"
    other.write_text("另一份规划的原文\n", encoding="utf-8")
    new = tmp_path / "plan.txt"
    new.write_bytes((REPO / "data/sources" / SEEDS["anyang-2021-2025"]).read_bytes())
    with pytest.raises(UsageError, match="已有另一份同名文本“plan.txt”"):
        write_draft(new, "anyang-copy", data)
    assert other.read_text(encoding="utf-8") == "另一份规划的原文\n"
    assert not (data / "plans" / "anyang-copy").exists()


def test_a_text_without_title_or_date_takes_its_period_from_what_it_says() -> None:
    opinion = [
        "在加强养老服务体系建设方面,到2015年,每千名老年人拥有养老床位数达到30张。到2020年,每千名老年人拥有养老床位数达到35-40张。"
    ]
    d = Importer(opinion).run()
    assert d.period == (2015, 2020)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators] == [(30.0, 2015), (35.0, 2020)]
    news = [
        "陕西省将新增城镇就业200万人以上",
        "2021-11-29",
        "本报讯 近日,省政府办公厅印发《陕西省“十四五”就业促进规划》,明确全省就业工作的主要目标。",
    ]
    d = Importer(news).run()
    assert d.period == (2021, 2025)
    assert [i["name"] for i in d.indicators] == ["陕西省将新增城镇就业"]  # the headline is not joined to the next line
    background = ["第一章 规划背景", "“十二五”时期,全省城镇新增就业累计达到457.3万人。"]
    assert Importer(background).run().period == (2016, 2020)  # the plan after the one its background reports on


def test_a_table_whose_cells_stand_on_their_own_lines_without_a_table_label() -> None:
    """As text taken from a web page gives an indicator annex: each cell on its own line, the
    领域 cell only on the first row of its group, a 序号 column, units in a column."""
    cells = ["主要指标", "序号", "领域", "指标", "单位", "2020年", "2025年", "属性"]
    cells += ["1", "幼有所育", "每千人口拥有3岁以下婴幼儿托位数", "个", "1.8", "4.5", "预期性"]
    cells += ["2", "学有所教", "学前教育毛入园率", "%", "88", "≥90", "预期性"]
    cells += ["3", "劳动年龄人口平均受教育年限", "年", "10.8", "11.3", "约束性"]
    d = Importer([*cells, "到2025年，公共服务制度体系更加完善。"]).run()
    rows = [
        (i["name"], i["category"], i["baseline"]["value"], i["target"]["value"], i["target"]["comparator"], i["nature"])
        for i in d.indicators
    ]
    assert rows == [
        ("每千人口拥有3岁以下婴幼儿托位数（个）", "幼有所育", 1.8, 4.5, "=", "expected"),
        ("学前教育毛入园率（%）", "学有所教", 88.0, 90.0, ">=", "expected"),
        ("劳动年龄人口平均受教育年限（年）", "学有所教", 10.8, 11.3, "=", "binding"),
    ]
    assert [i["target"]["year"] for i in d.indicators] == [2025] * 3


def test_a_results_table_with_a_column_of_what_was_reached_beside_its_targets() -> None:
    """nantong-health-2016-2020: 2020年 / 完成情况 and 2020年 / 规划目标, a group's label before a
    row's 序号, a note in brackets after a value, a row without a unit cell, a change from a level in
    brackets."""
    cells = ["类别", "序号", "指标", "单位", "2020年", "完成情况", "2020年", "规划目标"]
    cells += ["健康水平", "1", "人均期望寿命", "83.16", "(市级测算)", "≥80"]
    cells += ["2", "孕产妇死亡率", "1/10万", "2.65", "≤5"]
    cells += ["疾病防控", "3", "过早死亡率", "%", "8.83", "比2015年(24.31)降低10个百分点"]
    d = Importer([*cells, "二、主要成效", "全市卫生健康事业取得明显成效。"]).run()
    rows = [
        (i["name"], i["target"]["value"], i["target"]["comparator"], i["target"]["year"], i["observations"][0]["value"])
        for i in d.indicators
    ]
    assert rows == [
        ("人均期望寿命", 80.0, ">=", 2020, 83.16),
        ("孕产妇死亡率（1/10万）", 5.0, "<=", 2020, 2.65),
        ("过早死亡率比2015年(24.31)降低", 10.0, "=", 2020, 8.83),
    ]
    assert [i["baseline"] for i in d.indicators] == [None] * 3


def test_a_sentence_that_goes_on_with_more_works_takes_the_year_of_the_one_before() -> None:
    """urumqi-shantytown-2012-2015: 今年将建成…。此外,…还将建设…8680套,完成18万平方米…: the works added
    (此外 … 还将) are of the same year; a sentence naming a year of its own keeps it."""
    text = "乌鲁木齐市今年将投资50亿元实施36个棚户区改造项目。今年将建成保障性住房12050套。"
    text += (
        "此外,乌鲁木齐还将建设农村安居富民房8680套,完成18万平方米城市抗震加固工程。预计到2015年,乌鲁木齐将安置6万户。"
    )
    found = ProseReader(2012, 2012).read([Entry(1, text, "s1", "")])
    assert [(f.value, f.year) for f in found if not f.past] == [
        (50.0, 2012),
        (36.0, 2012),
        (12050.0, 2012),
        (8680.0, 2012),
        (18.0, 2012),
        (6.0, 2015),
    ]


def test_a_task_told_done_in_full_reports_what_was_done() -> None:
    """jining-kindergartens-2012-2013: 2012年…推进100所幼儿园建设任务已经全面完成 in a text of 2012 tells the
    year's task done (what was built), not a task ahead; 明年 still looks ahead."""
    text = "情况通报显示,2012年市政府重点推进100所幼儿园建设任务已经全面完成,投入使用项目较多的有金乡13个。"
    text += "明年将新建、改扩建公办幼儿园228所。"
    found = ProseReader(2012, 2012).read([Entry(1, text, "s1", "")])
    assert [(f.value, f.past) for f in found] == [(100.0, True), (13.0, True), (228.0, False)]


def test_a_unit_cell_of_a_rate_per_hundred_thousand_is_the_rows_unit_not_a_value() -> None:
    """longwan-health-2021-2025: a table one row a line whose 单位 column writes a rate per 100,000 as
    statistical tables do (1/10万), beside a bound (<7): the cell is the row's unit, not a value."""
    lines = ["表 1:“十四五”时期卫生健康事业发展主要指标", "类别 | 序号 | 指标名称 | 单位 | 2025年 |"]
    lines += ["健康水平 指标 | 1 | 人均期望寿命 | 岁 | 83 |", "2 | 婴儿死亡率 | ‰ | <5 | |"]
    lines += ["3 | 孕产妇死亡率 | 1/10万 | <7 | |", "4 | 居民健康素养水平 | % | 40 | |"]
    rows = [
        (i["name"], i["unit"], i["target"]["value"], i["target"]["comparator"])
        for i in Importer(lines).run().indicators
    ]
    assert rows[2] == ("孕产妇死亡率（1/10万）", "1/10万", 7.0, "<")
    assert [r[1] for r in rows] == ["岁", "‰", "1/10万", "%"]


def test_a_report_goes_on_over_the_parts_of_its_sentence_and_names_the_targets_it_is_told_against() -> None:
    """A progress report: what the first three quarters did, in ；-parts that name no time of their
    own, is past; the year's target a result is told against (完成年目标任务12500人的98.5%) is a target."""
    found = targets(
        "前三季度共实现城镇新增就业21.89万人；特困人员集中供养率达到100%；新增学位8.8万个。",
        "截止10月底，实现城镇新增就业12314人，完成年目标任务12500人的98.5%。",
        start=2016,
    )
    assert [(f.name, f.value) for f in found if not f.past] == [("城镇新增就业", 12500.0)]
    assert {f.value for f in found if f.past} >= {21.89, 100.0, 8.8, 12314.0}
    # dev/hohhot-rural-labour-transfer-h1-2016: 完成目标任务 (no year word), named as the result in its unit,
    # not as the growth just before the share
    found = targets("今年上半年,首府农村劳动力转移就业26.2万人,同比增长28.4%,完成目标任务27万人的97.15%。", start=2016)
    assert [(f.name, f.value) for f in found if not f.past] == [("首府农村劳动力转移就业", 27.0)]


def test_a_labelled_table_with_column_words_under_its_years_and_five_year_totals() -> None:
    """表1 with 2020年 / 基期值 and 2025年 / 目标值 on lines of their own, [ ] around five-year
    totals, a value in words, and a 类别 cell only on the first row of its group."""
    cells = ["表1 “十四五”时期就业主要指标", "类别", "指标", "2020年", "基期值", "2025年", "目标值", "属性"]
    cells += ["就业规模", "城镇新增就业（万人）", "[380]", "[350]", "预期性"]
    cells += ["城镇调查失业率（%）", "5.2", "＜5.5", "预期性"]
    cells += ["就业质量", "全员劳动生产率增长（%）", "5.8", "高于GDP增长", "预期性"]
    d = Importer([*cells, "注：[ ]内为五年累计数。"]).run()
    rows = [
        (i["name"], i["category"], i["baseline"]["value"], i["target"]["value"], i["target"]["as_written"])
        for i in d.indicators
    ]
    assert rows == [
        ("城镇新增就业（万人）", "就业规模", 380.0, 350.0, "[350]"),
        ("城镇调查失业率（%）", "就业规模", 5.2, 5.5, "＜5.5"),
        ("全员劳动生产率增长（%）", "就业质量", 5.8, None, "高于GDP增长"),
    ]
    assert [(i["baseline"]["year"], i["target"]["year"]) for i in d.indicators] == [(2020, 2025)] * 3


def test_a_header_of_two_lines_over_rows_parted_by_blanks_and_group_headings() -> None:
    """zhejiang-education-2016-2020: 指 标 over 单位 2015年 2020年, no 属性 column, a row a line."""
    lines = ["“十三五”期间教育事业主要预期指标", "指 标", "单位 2015年 2020年", "学前教育"]
    lines += ["幼儿在园人数 万人 181 222", "学前三年入园率 % 97 97", "九年义务教育", "巩固率 % 100 100"]
    d = Importer([*lines, "三、各级各类教育发展任务", "大力加强内涵建设，全面提升教育发展水平。"]).run()
    rows = [(i["name"], i["baseline"]["value"], i["baseline"]["year"], i["target"]["value"]) for i in d.indicators]
    assert rows == [
        ("幼儿在园人数（万人）", 181.0, 2015, 222.0),
        ("学前三年入园率（%）", 97.0, 2015, 97.0),
        ("巩固率（%）", 100.0, 2015, 100.0),
    ]
    assert [i["target"]["year"] for i in d.indicators] == [2020] * 3


def test_a_numbered_table_with_a_header_over_lines_and_a_column_after_its_values() -> None:
    """suqian-sucheng-eldercare-2023-2025: 序号 指标名称 2022年 / 完成情况 / 目标任务 牵头部门 /
    2023年 2024年 2025年, then a row a line ending with the office in charge."""
    lines = ["序号 指标名称 2022年", "完成情况", "目标任务 牵头部门", "2023年 2024年 2025年"]
    lines += [
        "1 基本养老保险参保率 98.06% 98.5% 99% 99% 人社局",
        "2 养老护理专业人才数 / 150 达到市分解任务数 200 民政局",
    ]
    d = Importer(["附件1 主要指标分解表", *lines, "各部门要抓好落实。"]).run()
    rows = [
        (i["name"], i["unit"], i["baseline"]["value"], i["baseline"]["year"], i["target"]["value"], i["target"]["year"])
        for i in d.indicators
    ]
    assert rows == [
        ("基本养老保险参保率", "%", 98.06, 2022, 98.5, 2023),
        ("基本养老保险参保率", "%", 98.06, 2022, 99.0, 2024),
        ("基本养老保险参保率", "%", 98.06, 2022, 99.0, 2025),
        ("养老护理专业人才数", None, None, 2022, 150.0, 2023),
        ("养老护理专业人才数", None, None, 2022, None, 2024),
        ("养老护理专业人才数", None, None, 2022, 200.0, 2025),
    ]


def test_a_table_with_a_milestone_column_gives_each_year_its_own_target() -> None:
    cells = ["| 序号 | 指标 | 单位 | 2020年 | 2023年 | 2025年 | 属性 |", "| --- | --- | --- | --- | --- | --- | --- |"]
    cells += ["| 1 | 每千人口拥有3岁以下婴幼儿托位数 | 个 | 1.5 | 3 | 4.5 | 约束性 |"]
    cells += ["| 2 | 普惠性托位占比 | % | 40 | 50 | 60以上 | 预期性 |"]
    d = Importer(["专栏1 主要指标", *cells, "到2025年，托育服务体系基本建成。"]).run()
    rows = [(i["name"], i["baseline"]["value"], i["target"]["value"], i["target"]["year"]) for i in d.indicators]
    assert rows == [
        ("每千人口拥有3岁以下婴幼儿托位数（个）", 1.5, 3.0, 2023),
        ("每千人口拥有3岁以下婴幼儿托位数（个）", 1.5, 4.5, 2025),
        ("普惠性托位占比（%）", 40.0, 50.0, 2023),
        ("普惠性托位占比（%）", 40.0, 60.0, 2025),
    ]


def test_a_cell_per_line_table_with_an_undated_baseline_column_and_notes_between_its_rows() -> None:
    # 基期水平 has no year: each year column after it holds a target; 说明/计算方法 lines between
    # rows are listed as notes and the table goes on; 倡导性 ends a row that sets no figure; a name
    # written as a sentence (…健康指导。) before its 属性 is a cell
    cells = ["领域", "序号", "指标", "基期水平", "2022年目标值", "2030年目标值", "指标性质", "(一)", "健康知识普及行动"]
    cells += ["1", "居民健康素养水平(%)", "14.18", "≥22", "≥30", "预期性"]
    cells += [
        "说明:健康素养水平是指具备健康素养的人在监测总人群中所占的比例。",
        "计算方法:具备基本健康素养的人数/监测人群总人数×100%。",
    ]
    cells += ["2", "医务人员在诊疗过程主动提供健康指导。", "倡导性"]
    cells += ["3", "中医医院设置治未病科室比例(%)", "60", "80", "90", "预期性"]
    d = Importer(["二、主要指标", *cells]).run()
    rows = [
        (
            i["name"],
            (i["baseline"] or {}).get("value"),
            i["target"]["value"],
            i["target"]["comparator"],
            i["target"]["year"],
        )
        for i in d.indicators
        if i["target"] and i["target"]["value"] is not None
    ]
    assert rows == [
        ("居民健康素养水平(%)", 14.18, 22.0, ">=", 2022),
        ("居民健康素养水平(%)", 14.18, 30.0, ">=", 2030),
        ("中医医院设置治未病科室比例(%)", 60.0, 80.0, "=", 2022),
        ("中医医院设置治未病科室比例(%)", 60.0, 90.0, "=", 2030),
    ]
    notes = [n for n, why, _ in d.unplaced if why == t("unplaced_table_note")]
    assert notes == [17, 18]


def test_shares_of_places_a_service_covers_are_named_by_the_service_and_the_place() -> None:
    found = targets("到2020年，养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村。")
    assert brief(found) == [
        ("养老服务设施覆盖乡镇", 90.0, ">=", "%", 2020),
        ("养老服务设施覆盖村", 60.0, ">=", "%", 2020),
    ]
    found = targets("到2025年，托育服务覆盖80%以上的街道和50%以上的乡镇。")
    assert [(f.name, f.value) for f in found] == [("托育服务覆盖街道", 80.0), ("托育服务覆盖乡镇", 50.0)]
    assert targets("到2025年，家庭医生签约服务覆盖率达到75%以上。")[0].name == "家庭医生签约服务覆盖率"


def test_a_progress_table_gives_its_targets_the_year_and_records_what_was_done() -> None:
    lines = ["2023年3月份暖民心行动各县区进展情况表", "县区 项目名称 年度目标任务 完成进度", "寿县 一、就业促进行动"]
    lines += ["1.募集青年就业见习岗位325个 完成330个,完成率101.54%", "2.新增技能人才4000人 完成736人,完成率18.04%"]
    lines += [
        "3.90%的二级综合医院单独设置口腔科 已完成",
        "4.每万人口口腔执业(助理)医师数达到1.6人,医护比达到1:1 已完成",
    ]
    d = Importer(lines).run()
    targets_ = [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["target"]]
    assert targets_ == [(325.0, 2023), (4000.0, 2023), (90.0, 2023), (1.6, 2023)]  # not 3.90%, not 1:1
    done = [o["value"] for i in d.indicators for o in i.get("observations", [])]
    assert done == [330.0, 101.54, 736.0, 18.04]
    assert {o["period"] for i in d.indicators for o in i.get("observations", [])} == {"2023年3月份"}


def test_a_news_page_s_byline_plan_name_and_goal_headings() -> None:
    lines = ["温州这里将新建改扩建幼儿园25所", "温州之狼 2022-09-07 21:32:31"]
    lines += ["近日,永嘉县人民政府办公室发布《关于印发永嘉县发展学前教育第四轮三年行动计划(2022-2025年)的通知》。"]
    lines += ["以全县2万多名在园幼儿为主要对象,构建学前教育体系。", "总体目标", "到2025年,全县新建改扩建幼儿园25所;"]
    lines += ["县财政性学前教育经费占财政性教育经费比例力争达8%以上。", "年度目标"]
    lines += ["2022年,新改扩建公办幼儿园7所。经费比例力争达7%。", "2023年,新改扩建公办幼儿园7所。经费比例力争达7%。"]
    d = Importer(lines).run()
    assert d.period == (2022, 2025) and d.notice.published == dt.date(2022, 9, 7)
    rows = [(i["lines"][0], i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["target"]]
    assert rows == [(6, 25.0, 2025), (7, 8.0, 2025), (9, 7.0, 2022), (9, 7.0, 2022), (10, 7.0, 2023), (10, 7.0, 2023)]


def test_a_table_whose_rows_hold_groups_of_indicators() -> None:
    # merged cells: each row a group, its names in one cell, its values in one cell a column
    lines = ["指 标 | 2015年 | 2020年 (行业测算数据) | 属性 |"]
    lines += ["学前教育 在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | 159.89 96.01 | 预期性 预期性 |"]
    lines += [
        "高中阶段教育 在校生(万人) 其中:中等职业教育 毛入学率(%) | 124.36 43.78 96.40 | 118.03 47.60 98.00 | 预期性 预期性 约束性 |"
    ]
    lines += ["继续教育 从业人员继续教育(万人) | 1081.81 | 1267.20 | 预期性 |"]
    d = Importer(["专栏1 主要指标", *lines]).run()
    rows = [(i["name"], i["category"], i["baseline"]["value"], i["target"]["value"], i["nature"]) for i in d.indicators]
    assert rows == [
        ("在园幼儿数(万人)", "学前教育", 139.69, 159.89, "expected"),
        ("三年毛入园率(%)", "学前教育", 85.06, 96.01, "expected"),
        ("在校生(万人)", "高中阶段教育", 124.36, 118.03, "expected"),
        ("在校生：中等职业教育(万人)", "高中阶段教育", 43.78, 47.6, "expected"),
        ("毛入学率(%)", "高中阶段教育", 96.4, 98.0, "binding"),
        ("从业人员继续教育(万人)", "继续教育", 1081.81, 1267.2, "expected"),
    ]


def test_counts_listed_by_level_share_the_noun_the_last_names() -> None:
    found = targets("到2023年，建设60个省级、100个市级、120个县级临床重点专科。")
    assert [(f.name, f.value) for f in found] == [
        ("省级临床重点专科", 60.0),
        ("市级临床重点专科", 100.0),
        ("县级临床重点专科", 120.0),
    ]
    found = targets("到2025年，建设20个乡镇、10个街道综合服务中心。")  # not alike: each its own
    assert [f.name for f in found] == ["乡镇", "街道综合服务中心"]
    # a bare 亿 counts what the name ends with; 门 and 堂 count courses and lessons
    assert brief(targets("到2025年，全省文化设施年服务人次达到1.7亿。")) == [
        ("全省文化设施年服务人次", 1.7, "=", "亿人次", 2025)
    ]
    found = targets("到2025年，建设300门义务教育精品课程、600堂义务教育“精彩一课”。")
    assert [(f.value, f.unit) for f in found] == [(300.0, "门"), (600.0, "堂")]


def test_a_fall_to_a_bound_in_a_year_and_a_figure_written_with_yu() -> None:
    found = targets("到2030年,婴儿死亡率从2015年的5.28‰降到2030年的≤5‰、孕产妇死亡率降低到12/10万。")
    assert [(f.name, f.value, f.comparator, f.year) for f in found] == [
        ("婴儿死亡率", 5.0, "<=", 2030),
        ("孕产妇死亡率", 12.0, "=", 2030),
    ]
    assert found[0].baseline == ("从2015年的5.28‰", 5.28)
    assert brief(targets("到2030年，学生体质达标率逾90%。")) == [("学生体质达标率", 90.0, ">", "%", 2030)]


def test_a_group_shared_out_again_for_a_later_year() -> None:
    line = "2015年学前三年毛入园率、高等教育毛入学率和新增劳动力人均受教育年限分别达到90%、45%和13.5年;2020年分别达到98%、60%以上和15年以上。"
    d = Importer(["--实现更高标准的普及教育。", line]).run()
    assert d.period == (2015, 2020)  # a text with no date: the years whose clauses reach figures
    rows = [(i["name"], i["target"]["value"], i["target"]["comparator"], i["target"]["year"]) for i in d.indicators]
    assert rows == [
        ("学前三年毛入园率", 90.0, "=", 2015),
        ("高等教育毛入学率", 45.0, "=", 2015),
        ("新增劳动力人均受教育年限", 13.5, "=", 2015),
        ("学前三年毛入园率", 98.0, "=", 2020),
        ("高等教育毛入学率", 60.0, ">=", 2020),
        ("新增劳动力人均受教育年限", 15.0, ">=", 2020),
    ]


def test_a_bound_before_the_number_names_the_measure_and_a_count_after_he_is_the_next_item_s() -> None:
    found = targets("到2025年，新建居住区单处用房面积不得少于350平方米标准配建社区养老服务设施，服务半径应小于700米。")
    assert brief(found) == [
        ("新建居住区单处用房面积", 350.0, ">=", "平方米", 2025),
        ("服务半径", 700.0, "<", "米", 2025),
    ]
    found = targets("至2020年，新建九年一贯制学校3所和完中1所。")
    assert [(f.name, f.value) for f in found] == [("新建九年一贯制学校", 3.0), ("完中", 1.0)]


def test_a_table_whose_year_columns_name_their_year_in_brackets() -> None:
    lines = ["表1 主要指标", "序号 | 指标名称 | 单位 | 基期值(2020年) | 目标值（2025年） | 属性"]
    lines += ["1 | 每千人口拥有3岁以下婴幼儿托位数 | 个 | 1.5 | 4.5 | 约束性"]
    d = Importer(lines).run()
    (row,) = d.indicators
    assert (row["baseline"]["value"], row["baseline"]["year"]) == (1.5, 2020)
    assert (row["target"]["value"], row["target"]["year"], row["nature"]) == (4.5, 2025, "binding")


def test_a_bracketed_earlier_period_is_a_report_and_the_words_after_it_keep_the_sentence_s_year() -> None:
    line = "到2025年,人均预期寿命达到82.42岁(“十三五”时期,全市居民人均预期寿命达到81.52岁),婴儿死亡率控制在2.8‰以下。"
    found = targets("人民健康水平得到新提高。" + line)
    assert [(f.value, f.year, f.past) for f in found] == [(82.42, 2025, False), (81.52, None, True), (2.8, 2025, False)]
    assert found[1].period == "“十三五”时期"
    # 力争从3个达到4.5个: the start is the baseline; 4万吨/日 is a capacity a day
    found = targets("到2025年，每千人拥有3岁以下托位数力争从3个达到4.5个,城镇垃圾处理能力达到4万吨/日。")
    assert [(f.name, f.value, f.unit, f.baseline) for f in found] == [
        ("每千人拥有3岁以下托位数", 4.5, "个", ("力争从3个", 3.0)),
        ("城镇垃圾处理能力", 4.0, "万吨/日", None),
    ]


def test_a_table_with_a_target_column_for_each_region_and_notes_between_its_rows() -> None:
    lines = ["二、主要指标", "领域 | 序号 | 责任部门 | 指标及计算方法 | 2025年 | 2025 |", "(海南) | (国家) | ||||"]
    lines += ["预防行动 | 1 | 残联 | 重点人群残疾预防知识普及率 | >80% | >70% |"]
    lines += ["计算方法:调查对象能正确回答超过80%题目的人数/调查对象数×100%。 | |||||"]
    lines += [
        "防控行动 | 2 | 卫生健康 | 婚前医学检查率 | >70% | ≥60% |",
        "3 | 卫生健康 | 孕前优生健康检查目标人群覆盖率 | >80% | >80% |",
    ]
    d = Importer(lines).run()
    rows = [(i["name"], i["target"]["value"], i["target"]["comparator"], i["target"]["year"]) for i in d.indicators]
    assert rows == [
        ("重点人群残疾预防知识普及率：海南", 80.0, ">", 2025),
        ("重点人群残疾预防知识普及率：国家", 70.0, ">", 2025),
        ("婚前医学检查率：海南", 70.0, ">", 2025),
        ("婚前医学检查率：国家", 60.0, ">=", 2025),
        ("孕前优生健康检查目标人群覆盖率：海南", 80.0, ">", 2025),
        ("孕前优生健康检查目标人群覆盖率：国家", 80.0, ">", 2025),
    ]  # not the 序号 or the 责任部门 before the name; the note's 80% is no target
    assert all(i["unit"] == "%" and i["baseline"] is None for i in d.indicators)


def test_a_table_with_a_region_over_each_target_column_and_its_weight_after_them() -> None:
    cells = ["类别", "序号", "指标名称", "单位", "苏南", "目标值", "全省", "目标值", "权重", "数据提供部门"]
    cells += ["1", "人均地区生产总值", "元", "180000", "130000", "4", "统计"]
    cells += ["2", "服务业增加值占GDP比重", "%", "60", "55", "3"]  # no office: the cell is merged
    cells += ["3", "城乡基本养老保险覆盖率", "%", "98", "97", "5", "人社、卫生"]
    cells += ["失业保险覆盖率", "%", "96", "95"]  # the row's number, weight and office are merged
    d = Importer(["某省基本实现现代化指标体系", *cells, "二、指标解释"]).run()
    rows = [(i["name"], i["target"]["value"]) for i in d.indicators]
    assert rows == [
        ("人均地区生产总值：苏南（元）", 180000.0),
        ("人均地区生产总值：全省（元）", 130000.0),
        ("服务业增加值占GDP比重：苏南（%）", 60.0),
        ("服务业增加值占GDP比重：全省（%）", 55.0),
        ("城乡基本养老保险覆盖率：苏南（%）", 98.0),
        ("城乡基本养老保险覆盖率：全省（%）", 97.0),
        ("失业保险覆盖率：苏南（%）", 96.0),
        ("失业保险覆盖率：全省（%）", 95.0),
    ]  # not the weights (4, 3, 5), the row numbers or the offices
    assert all(i["target"]["year"] is None and i["baseline"] is None for i in d.indicators)


def test_a_table_run_into_one_line_with_a_weight_column_and_no_year() -> None:
    line = "附件 1: 某市残疾人事业十二五规划 执行评估指标体系 监测指标 单位 权重 目标值 1.贫困残疾人生活补助比例 % 4 ≥50 社"
    line += " 2.重度残疾人护理补贴比例 % 4 ≥30 会 3.城镇残疾人参加基本养老保险比例 % 6 ≥80 1.城镇残疾人家庭人均可支配收入 元 7 ≥13700 - 5 -"
    d = Importer(["某市残疾人事业十二五规划执行评估指标体系", line]).run()
    rows = [(i["name"], i["target"]["value"], i["target"]["comparator"], i["unit"]) for i in d.indicators]
    assert rows == [
        ("贫困残疾人生活补助比例（%）", 50.0, ">=", "%"),
        ("重度残疾人护理补贴比例（%）", 30.0, ">=", "%"),
        ("城镇残疾人参加基本养老保险比例（%）", 80.0, ">=", "%"),
        ("城镇残疾人家庭人均可支配收入（元）", 13700.0, ">=", "元"),
    ]  # not the weights 4, 6, 7; the group's letters (社, 会) and the page number left out
    # a bracket after a figure that says how else it is counted is no noun; 全市每年…: a yearly rate
    found = targets("到2025年，千人均医疗机构床位数力争达到6.3张(按建成可开放床位,可达6.5张)。")
    assert (found[0].name, found[0].value) == ("千人均医疗机构床位数", 6.3)
    assert targets("到2030年，全市每年城镇新增就业规模保持在35万人以上。")[0].year is None
    # 每年 holds for the items listed after it (、), and past a comma for a clause that only adds a count
    found = targets("到2030年,全市每年城镇新增就业规模保持在35万人以上、扶持创业3万人以上,新增高技能劳动者8万人以上。")
    assert [(f.value, f.year) for f in found] == [(35.0, None), (3.0, None), (8.0, None)]
    # …but not for a clause with a total or a share of its own
    found = targets("到2030年,全市每年新增就业35万人以上,累计培训技能人才50万人次,技能人才占比达到30%。")
    assert [(f.value, f.year) for f in found] == [(35.0, None), (50.0, 2030), (30.0, 2030)]
    # a row's name that gives its bound (GDP年均增长10%以上) gives the bound to its cell
    d = Importer(
        ["序号 | 指标 | 单位 | 目标值", "1 | 城镇低保标准年均增长10%以上 | % | 10", "2 | 城乡居民收入 | 元 | 30000"]
    ).run()
    assert [i["target"]["comparator"] for i in d.indicators] == [">=", "="]


def test_a_numbered_table_with_cells_in_words_is_cut_at_its_row_numbers() -> None:
    cells = ["序号 |", "指标名称 |", "单位 |", "2023年 |", "2025年 |", "2027年 |", "牵头单位 |"]
    cells += ["1 |", "人均预期寿命 |", "岁 |", "78.09 |", "≥79.2 |", "≥80 |", "市卫健局 |"]
    cells += ["2 |", "居民健康素养水平 |", "% |", "30.15 |", "每年提升2%左右 |", "每年提升2%左右 |", "市卫健局 |"]
    cells += [
        "3 |",
        "道路交通事故死亡率 |",
        "/10万 |",
        "7.45 |",
        "较2022年 下降3% |",
        "较2025年 下降3% |",
        "市公安局 |",
    ]
    cells += ["4 |", "省级慢性病综合防控示范区 |", "个 |", "0 |", "建成 |", "建成 |", "市卫健局 |"]
    d = Importer(["主要目标任务", *cells]).run()
    rows = [
        (i["name"], i["unit"], i["baseline"]["value"], i["target"]["value"], i["target"]["year"])
        for i in d.indicators
        if i["target"]["value"] is not None
    ]
    assert rows == [
        ("人均预期寿命（岁）", "岁", 78.09, 79.2, 2025),
        ("人均预期寿命（岁）", "岁", 78.09, 80.0, 2027),
        ("居民健康素养水平（%）", "%", 30.15, 2.0, None),  # a yearly rise: no year
        ("居民健康素养水平（%）", "%", 30.15, 2.0, None),
        ("道路交通事故死亡率较2022年下降", "%", 7.45, 3.0, 2025),  # a change, in its own unit
        ("道路交通事故死亡率较2025年下降", "%", 7.45, 3.0, 2027),
    ]


def test_ordinals_a_present_count_before_a_target_and_more_than_written_duo() -> None:
    assert targets("经市人民政府第十八届71次常务会议审议通过。") == []
    found = targets(
        "据统计,目前广东的高技能人才数量约为300万人,而到2025年,广东计划将高技能人才的数量翻一番,达到500万人。"
    )
    assert [(f.value, f.past, f.year) for f in found] == [(300.0, True, None), (500.0, False, 2025)]
    assert brief(targets("到2025年，完成建设总规模100多万平方米，新建社会足球场300片。")) == [
        ("完成建设总规模", 100.0, ">", "万平方米", 2025),
        ("新建社会足球场", 300.0, "=", "片", 2025),
    ]
    assert targets("到2025年，重庆每年还将培训社会体育指导员4500名以上。")[0].year is None


def test_a_year_end_report_records_results_and_finds_the_targets_they_met() -> None:
    lines = ["第A4版:城事", "2019年01月12日 星期六", "2018年10个民生实事项目全面落实"]
    lines += ["据市政府通报,2018年10个民生实事项目全面落实。"]
    lines += [
        "学前教育扩容提质工程。全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务;新开工安置房16768套,超额完成1万套的年度目标任务。"
    ]
    lines += ["中心城区生活垃圾转运设施建设。全年建成生活垃圾中转站共6座并投入运行,完成年度目标任务。"]
    d = Importer(lines).run()
    assert d.notice.published == dt.date(2019, 1, 12) and d.period == (2018, 2018)
    # a repost's source and date after the site's address: http://…【泉州经济网】2016-02-22
    dated = Importer(["首页 »综合»正文", "泉州今年新增床位2000张", "http://m.example.cn【泉州经济网】2016-02-22"]).run()
    assert dated.notice.published == dt.date(2016, 2, 22)
    targets_ = [(i["name"], i["target"]["value"]) for i in d.indicators if i["target"]]
    assert targets_ == [("全年新(改)扩建幼儿园", 40.0), ("新开工安置房", 1.0)]
    done = {o["value"]: o["period"] for i in d.indicators for o in i.get("observations", [])}
    assert done[48.0] == "全年" and 16768.0 in done and 6.0 in done


def test_a_year_end_item_s_clauses_on_an_earlier_year_and_with_a_verb_s_了_report() -> None:
    # dev/hainan-livelihood-results-2024 lines 8-9, dated 2024-12-30
    lines = ["海南2024年十大民生实事项目如期完成", "2024年12月30日 09:53 来源:中新网海南"]
    lines += ["海南省年初计划发放治疗救助金1520.2万元,覆盖768名患者。最终共救助774人,完成率100.78%。"]
    lines += [
        "海南省连续两年将“改善农村出行条件”纳入省级民生实事,2023年完成268公里农村公路安全生命防护工程,2024年又消除了116座危桥、漫水桥,并提升了794公里交通安全设施。"
    ]
    lines += ["到2025年,《规划》确定了95个项目。"]
    d = Importer(lines).run()
    targets_ = {i["target"]["value"] for i in d.indicators if i.get("target")}
    done = {o["value"]: o["year"] for i in d.indicators for o in i.get("observations", [])}
    assert {1520.2, 95.0} <= targets_ and not targets_ & {774.0, 100.78, 268.0, 116.0, 794.0}
    assert done[268.0] == 2023 and done[116.0] == 2024 and done[794.0] == 2024 and 100.78 in done


def test_a_text_whose_headline_says_a_year_s_work_was_done_reports_it() -> None:
    # dev/zhangjiakou-livelihood-results-2022 lines 2-3 and 9
    lines = ["张家口市去年22项民生工程全部完成年度目标任务", "2023-01-31 11:07:12 来源:河北新闻网"]
    lines += ["城乡居住环境大幅改善。实施棚户区改造工程,计划开工3300套,基本建成2400套;改造城镇老旧小区235个。"]
    d = Importer(lines).run()
    targets_ = {i["target"]["value"] for i in d.indicators if i.get("target")}
    done = {o["value"]: o["year"] for i in d.indicators for o in i.get("observations", [])}
    assert targets_ == {3300.0, 2400.0} and done[235.0] == 2022
    # a progress report restates the tasks it tells its progress against: no year's work done
    assert reported_year(["1-11月12件重点民生实事工作落实情况"], 2020) is None
    assert reported_year(["海南2024年十大民生实事项目如期完成"], 2024) == 2024
    assert reported_year(["全市今年将全面完成民生实事"], 2024) is None
    # dev/tieling-county-livelihood-results-2022: a year's 完成情况 told at its end, not in its course
    assert reported_year(["铁岭县2022年民生实事完成情况"], 2022, dt.date(2022, 12, 26)) == 2022
    assert reported_year(["铁岭县2022年民生实事完成情况"], 2022, dt.date(2022, 7, 26)) is None
    head = "2018年全省十项民生工程及20件民生实事完成情况"  # dev/sichuan-livelihood-results-2018
    assert reported_year([head], 2019, dt.date(2019, 1, 11)) == 2018
    # dev/datong-livelihood-results-2022 line 1: the year's works all honoured (兑现) and settled (办结)
    assert reported_year(["三晋传媒网大同讯:大同市10项民生实事已全部如期兑现、办结。"], 2023) == 2023
    assert reported_year(["全县20件民生实事全部办结"], 2023) == 2023


def test_funds_already_allocated_and_their_share_of_the_plan_are_results() -> None:
    # dev/sichuan-livelihood-results-2022 line 7
    found = targets("各级财政已下达预算2067.38亿元,占计划安排的108.8%。", start=2022)
    assert [(f.value, f.past) for f in found] == [(2067.38, True), (108.8, True)]


def test_last_year_s_figures_a_year_s_work_builds_on_are_results() -> None:
    # dev/jiujiang-employment-education-eldercare-2024 line 5
    found = targets("在去年新建26所公办幼儿园、21所义务教育学校的基础上,今年还将实施新改扩建项目32个。", start=2024)
    assert [(f.value, f.past) for f in found] == [(26.0, True), (21.0, True), (32.0, False)]


def test_a_progress_table_one_cell_a_line_each_ending_with_its_bar_keeps_its_empty_cells() -> None:
    # dev/yueyanglou-livelihood-progress-2017 lines 4-38
    lines = ["岳阳楼区2017年1-8月省重点民生实事完成情况表 |", "序号 |", "省重点民生实事项目名称 |", "责任单位 |"]
    lines += ["目标任务 |", "1- 8月实际完成情况 |", "1-8月实际完成率% |", "备注 |"]
    lines += ["1 |", "新增城镇就业 |", "人社局 |", "8950 |", "7356 |", "82% |", "|"]
    lines += ["2 |", "建设农村公办幼儿园(所) |", "教育局 |", "2所 |", "|", "70% |", "两所幼儿园已完成主体建设。 |"]
    lines += ["3 |", "城市棚户区改造(户) |", "房产分局 |", "7699套 |", "4629 |", "60% |", "|"]
    d = Importer(lines).run()
    targets_ = [(i["name"], i["target"]["value"], i["unit"]) for i in d.indicators if i.get("target")]
    assert targets_ == [
        ("新增城镇就业", 8950.0, None),
        ("建设农村公办幼儿园(所)", 2.0, "所"),
        ("城市棚户区改造(户)", 7699.0, "套"),
    ]
    done = [(i["name"], o["value"]) for i in d.indicators for o in i.get("observations", [])]
    assert ("新增城镇就业", 7356.0) in done and all(v != 70.0 or "率" in n for n, v in done)


def test_a_progress_tables_column_of_what_was_done_so_far_is_its_cumulative_count() -> None:
    # dev/qimen-livelihood-progress-2024: 累计完成 names the column of what was done, one cell a line
    cells = ["序号", "项目名称", "目标任务", "牵头单位", "累计完成", "累计进度", "备注"]
    cells += ["1", "促进重点群体稳定就业", "城镇新增就业1100人", "县人社局", "1063", "96.64%", ""]
    cells += ["2", "放心家政行动", "培训家政服务人员600人次", "县商务局", "626", "104%", ""]
    d = Importer(["2024年1-9月祁门县民生实事进展情况"] + [f"{c} |" for c in cells]).run()
    assert [(i["target"] or {}).get("value") for i in d.indicators if i.get("target")] == [1100.0, 600.0]
    # the same header parted by bars, its cells split by the outline onto one line: each cell read by its
    # place in its row, the task's 2450人 a target (dev/huangshan-shexian-livelihood-progress-2024)
    rows = [
        "2024年1-9月歙县民生实事实施进展情况",
        "序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 累计进度 | 备注 | |",
    ]
    rows += ["1 | 促进重点群体稳定就业 | 城镇新增就业2450人 | 县人社局 | 2712 | 110.69% ||"]
    rows += ["2 | 放心家政行动 | 培训家政服务人员1185人次 | 科商经信局 | 1187 | 100% ||"]
    barred = Importer(rows).run()
    assert not any(o["value"] == 2450 for i in barred.indicators for o in i.get("observations") or [])
    assert [(i["target"]["value"], i["target"]["year"]) for i in barred.indicators if i.get("target")] == [
        (2450.0, 2024),
        (1185.0, 2024),
    ]


def test_a_count_whose_progress_the_next_clause_tells_is_the_task() -> None:
    # dev/hefei-kindergartens-progress-2018 line 10: each place's works (新建3所、改扩建1所), then how many are
    # done now (目前完工4所); a work's count after a bare count done is named by its own work
    line = "据悉,…截止到10月底的公办园建设情况,其中,巢湖市新建3所,目前完工3所;肥西县新建4所、改扩建1所,目前完工5所。"
    found = targets(line, start=2018)
    assert [(f.value, f.past) for f in found] == [(3, False), (3, True), (4, False), (1, False), (5, True)]
    assert found[3].name == "改扩建"
    # (a clause told done itself stays done: 已新建3所,目前完工3所)
    assert all(f.past for f in targets("全县已新建3所,目前完工3所。", start=2018))
    # a plan's count, then how far it is done (dev/dezhou-rural-housing-progress-2020 line 6)
    found = targets("截至4月7日,全市列入省危房改造计划1738户,已开工1609户,开工率92.6%。", start=2020)
    assert [(f.value, f.past) for f in found] == [(1738.0, False), (1609.0, True), (92.6, True)]
    # round BW's 漳州: in a report, a task whose progress is 已基本建成 (not only 已建成)
    lines = [
        "棚改开工率达百分百。年度棚改项目12个3022套已全部开工,其中,城市棚户区改造项目7个2962套。",
        "基本建成率超百分百。年度基本建成棚户区改造任务4500套,已基本建成5567套,基本建成率123.71%。",
    ]
    drafted = [i for i in Importer(lines).run().indicators if i["lines"][0] == 2]
    assert [(i["name"], (i.get("target") or {}).get("value")) for i in drafted][:2] == [
        ("年度基本建成棚户区改造任务", 4500),
        ("年度基本建成棚户区改造任务", None),
    ]


def test_a_count_listed_after_what_is_already_done_is_done_too() -> None:
    # dev/yuhang-eldercare-progress-2021 line 14; dev/xiaoxian-livelihood-projects-2025 line 3
    found = targets("已完成8家示范型居家养老服务照料中心,267户适老化改造。", start=2021)
    assert [(f.value, f.past) for f in found] == [(8.0, True), (267.0, True)]
    # dev/chongqing-eldercare-coverage-2020 line 7: a level reached after it, no floor, nothing ahead
    found = targets(
        "全市已建成99个街道养老服务中心和2020个社区养老服务站,全市社区居家养老服务覆盖率提高到69.8%。", start=2020
    )
    assert [(f.value, f.past) for f in found] == [(99.0, True), (2020.0, True), (69.8, True)]
    found = targets("全市已建成99个街道养老服务中心,到2025年覆盖率提高到90%。", start=2020)
    assert [(f.value, f.past) for f in found] == [(99.0, True), (90.0, False)]
    found = targets("剩余8项中,2个嵌入式养老机构建设已完成1个(50%),15个农村幸福院建设已完成8个(53%)。", start=2025)
    assert [(f.value, f.past) for f in found if f.value in (2.0, 15.0)] == [(2.0, False), (15.0, False)]


def test_what_was_done_by_a_date_and_the_named_items_listed_under_it_are_past() -> None:
    # dev/chengde-school-projects-2023 lines 15 to 19: what was planned, done by 8月底 (计划实施的 names
    # what was planned, not a plan ahead), and the schools listed under the report by their names
    found = targets(
        "2023年规划新建、改扩建义务教育学校项目5个,建设面积1.78万平方米,计划年内全部竣工。",
        "计划实施的5个项目已于8月底全部竣工,竣工面积2.25万平方米,提前完成了省、市民生工程建设任务。具体情况如下:",
        "1.兴隆县第一中心小学,建设面积1617.96平方米,投入资金420万元。",
        "2.平泉市四海中学,建设面积8752.2平方米,投入资金1550万元。",
        start=2023,
    )
    assert [(f.value, f.past) for f in found] == [
        (5.0, False),
        (1.78, False),
        (5.0, True),
        (2.25, True),
        (1617.96, True),
        (420.0, True),
        (8752.2, True),
        (1550.0, True),
    ]
    # dev/anshun-livelihood-results-2019 lines 1 to 3: an item that tells a task again sets it again
    found = targets(
        "截止2019年12月31日,安顺市委、市人民政府“十件实事”涉及的16项工作任务全面完成。具体情况如下:",
        "1.减少农村扶贫对象6.76万人。",
        "2.新建、改扩建公办幼儿园8所。",
        start=2019,
    )
    assert [(f.value, f.past) for f in found] == [(6.76, False), (8.0, False)]


def test_a_paragraph_that_opens_with_a_claim_of_what_was_achieved_reports_the_past() -> None:
    # dev/jinan-huaiyin-work-report-results-2025 lines 5 and 6: a report's paragraph opens with a claim
    # (…民生基础不断夯实。), whatever year it names; one that tells an honour received (获评) reports too
    found = targets(
        "报告提到,2025年,槐荫区稳就业促创业,民生基础不断夯实。新增城镇就业2.2万人,新开发城乡公益性岗位325个。",
        "兴教育强体育,民生服务提优升级。新建教育设施5处,新增学位1710个,获评全国群众体育先进单位。",
        start=2021,
    )
    assert [(f.value, f.past) for f in found] == [(2.2, True), (325.0, True), (5.0, True), (1710.0, True)]
    # dev/changchun-health-results-2021-2025 lines 10 and 11: a heading of a claim alone holds for the
    # paragraph below it
    found = targets("医疗服务体系逐步完善", "2024年,长春市医疗卫生机构8980个,卫生专业技术人员9.87万人。", start=2021)
    assert [(f.value, f.past) for f in found] == [(8980.0, True), (9.87, True)]
    # dev/shandong-work-report-results-2018-2022 lines 13 to 16: a heading of a claim holds for each line
    # below it up to the next heading (the estimate of 预计2022年达到 is no target either)
    found = targets(
        "综合经济实力显著跃升——",
        "地区生产总值连续跨上两个万亿大台阶,预计2022年达到8.7万亿元,年均增长5.4%左右;",
        "一般公共预算收入达到7104亿元;",
        "规上工业增加值年均增长5.2%左右,进出口规模突破3万亿元;",
        start=2018,
    )
    assert [(f.value, f.past) for f in found if f.value not in (8.7, 5.4)] == [(7104.0, True), (5.2, True), (3.0, True)]
    assert not [f for f in found if not f.past]
    # dev/shanxi-results-2021-2025 lines 2 and 3: a paragraph under such a heading that estimates what the
    # period reached (预计将达到) reports too
    found = targets(
        "经济发展的质量效益稳步提高",
        "经济总量稳步增长,GDP年均增速预计将达到5%。规上制造业、战略性新兴产业增加值年均分别增长8.1%、8.7%。",
        start=2021,
    )
    assert found and all(f.past for f in found)
    # dev/national-employment-2016-2020 lines 2 to 5: the same words under a lead to a plan's goals set them
    found = targets(
        "规划提出,到2020年,要实现以下目标:",
        "人力资源结构不断优化,劳动者就业创业能力明显提高。劳动年龄人口平均受教育年限达到10.8年。",
        start=2016,
    )
    assert [(f.value, f.past) for f in found] == [(10.8, False)]
    # dev/hebei-health-2023-2027 line 7: …大幅提升。 before a year to reach sets targets
    found = targets("——医疗服务能力和质量大幅提升。到2023年,建设60个省级临床重点专科。", start=2023)
    assert [(f.value, f.past) for f in found] == [(60.0, False)]
    # dev/luxian-work-report-results-2017-2021 line 3: a goal told as met (提前两年完成…减排目标) is no plan's word
    found = targets(
        "过去五年,我们始终坚持绿色低碳,着力守青山、护绿水,生态魅力日益增强。提前两年完成“十三五”减排目标,"
        "空气质量优良天数较2016年增加32天。完成城镇雨污分流改造26.2平方公里,新(改)建场镇污水处理厂27个。",
        start=2016,
    )
    assert found and all(f.past for f in found)
    # a claim in a plan's words (更加, 进一步) is a goal, not a report
    found = targets("公共服务体系不断完善。基本公共服务更加均等,新增托位1200个。", start=2021)
    assert [(f.value, f.past) for f in found] == [(1200.0, False)]


def test_what_was_done_since_or_over_a_time_past_is_past_before_the_clause_that_looks_ahead() -> None:
    # dev/xian-schools-results-2019-2021 lines 6 and 8 (a text of 2021 on a plan to 2022)
    found = targets(
        "记者近日从西安市教育局了解到,2019年以来,西安市连续两年新建、改扩建中小学和幼儿园321所,"
        "其中195所已于2020年秋季开学前投入使用,另外在建的126所将于今年秋季开学前建成并投入使用。",
        "从2019年10月至2020年秋季开学前,西安市共新建、改扩建195所学校,新增学位19.4万个,"
        "今年在建的126所学校还将新增10.8万个学位。",
        "为加强基础教育师资力量,去年全市共招聘7800多名教师,今年还将再招聘7000多名教师。",
        start=2022,
    )
    assert [(f.value, f.past) for f in found] == [
        (321.0, True),
        (195.0, True),
        (126.0, False),
        (195.0, True),
        (19.4, True),
        (126.0, False),
        (10.8, False),
        (7800.0, True),
        (7000.0, False),
    ]
    # dev/wenzhou-home-eldercare-centres-2020 line 7: 今年以来 leads what was done so far, then the year's target
    found = targets("今年以来,全市新增养老机构床位5000张,新增居家养老服务中心40家,到今年底全市将建成中心188家。")
    assert [(f.value, f.past) for f in found] == [(5000.0, True), (40.0, True), (188.0, False)]
    # dev/xian-schools-results-2019-2021 line 3: what was done two years running (连续两年新建…) is past
    found = targets("西安:连续两年新建改扩建中小学幼儿园300余所", start=2022)
    assert [(f.value, f.past) for f in found] == [(300.0, True)]
    # dev/tianjin-hrss-2022 line 4: 行动计划 names a programme, it looks nowhere ahead
    found = targets("“2021年以来,全市城镇新增就业37.62万人,‘海河英才’行动计划全年引进人才7.4万人。", start=2022)
    assert [(f.value, f.past) for f in found] == [(37.62, True), (7.4, True)]


def test_a_level_told_with_its_growth_and_a_share_of_the_task_are_results() -> None:
    # dev/kunming-guandu-plan-execution-2023h1 line 9, dev/xishui-work-report-2022-2023 line 4: a level
    # and its growth on the year before, as a report gives them
    found = targets("城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。", start=2023)
    assert found and all(f.past for f in found)
    found = targets("浠水县持续巩固脱贫成果,脱贫人口人均纯收入达到14976元、增长13.9%。", start=2023)
    assert found and all(f.past for f in found)
    # dev/sichuan-livelihood-results-2018 line 12: a count and the share of its task it is
    found = targets("城镇失业人员再就业30.3万人,占目标任务的137.7%。", start=2018)
    assert found and all(f.past for f in found)
    # dev/hunan-livelihood-projects-assessment line 1: …,为任务的164.5%, the same share told with 为
    found = targets("有9个指标超额完成年度任务,即:改造县乡公路3290公里,为任务的164.5%。", start=2018)
    assert [(f.value, f.past) for f in found] == [(3290.0, True), (164.5, True)]
    # a plan's level to reach and its yearly growth stay targets
    found = targets("到2025年,城乡居民人均可支配收入达到5万元,年均增长7%。", start=2021)
    assert [(f.value, f.past) for f in found] == [(5.0, False), (7.0, False)]


def test_present_counts_the_past_five_years_and_a_forecast_population_are_no_targets() -> None:
    # dev/chongqing-eldercare-stations-2019 line 4, dev/qichun-schools-hospitals-2022 line 8,
    # dev/chongqing-eldercare-coverage-2020 line 6
    found = targets("据介绍,重庆现有养老机构1403个,社区养老服务中心(站)1221个,每千名老人拥有床位30.8张。", start=2019)
    assert [f.past for f in found] == [True, True, True]
    # dev/national-mental-health-2015-2020 line 1: a rise over the present level is a target
    found = targets("到2020年,抑郁症治疗率在现有基础上提高50%。每个省至少开通1条心理援助热线电话。", start=2015)
    assert [f.past for f in found] == [False, False]
    found = targets("过去五年,蕲春县新建学校11所,建成乡镇“四化”卫生院22家。", start=2021)
    assert [f.past for f in found] == [True, True]
    assert targets("到2022年,全市老年人口将达到757万。", start=2020) == []


def test_rows_that_end_with_their_nature_under_no_header_are_a_table() -> None:
    # dev/huadong-county-public-services-2021-2025 lines 1-6: the copy starts inside the table
    lines = ["城镇登记失业率(%) 2.6% ≤ 4% 约束性", "文化体育 城乡居民文化娱乐消费支出占家庭支出比重(%) - ≥12% 预期性"]
    lines += ["全县公共图书馆年流通人次 - 120万 预期性", "注:城镇两项医疗保险指城镇职工基本医疗保险。"]
    lines += ["一、发展目标", "到2025年,新建标准化幼儿园3所。"]
    d = Importer(lines).run()
    rows = [(i["name"], i["unit"], (i.get("baseline") or {}).get("value"), i["target"]) for i in d.indicators]
    assert rows[0][:3] == ("城镇登记失业率(%)", "%", 2.6) and rows[0][3]["comparator"] == "<="
    assert rows[1][3]["value"] == 12.0 and rows[1][3]["comparator"] == ">="
    assert rows[2][1] == "万人次" and rows[2][3]["value"] == 120.0
    # one row alone, or rows under a header of their own, are no such table
    assert cells_of("城镇登记失业率(%) 2.6% ≤ 4% 约束性") == ["城镇登记失业率(%)", "2.6%", "≤4%", "约束性"]
    single = Importer(["城镇登记失业率(%) 2.6% ≤ 4% 约束性", "到2025年,新建标准化幼儿园3所。"]).run()
    assert not any(i.get("baseline") for i in single.indicators)


def test_a_barred_progress_table_with_its_office_after_the_name_and_empty_remarks_dropped() -> None:
    # dev/hunan-yueyanglou-livelihood-progress-2019 lines 1-7 and 11
    lines = ["岳阳楼区2019年1-8月省市重点民生实事项目完成情况 | |||||||"]
    lines += ["序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |", "任务完成率 | 备注 | |"]
    lines += [
        "1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||",
        "2 | 减少义务教育大班额 | 区教育局 | 51个 | 53个 | 104% | ||",
    ]
    lines += ["3 | 孕产妇免费产前筛查 | 区卫健局 | 3600人 | 2969人 | 82% | ||"]
    lines += ["4 | 推行“一村一辅警”全覆盖 | 岳阳楼公安分局 | 18个 | 18个 | 100% | 工作正在推进中。目前已完成18个。 | |"]
    d = Importer(lines).run()
    targets_ = [(i["name"], i["target"]["value"]) for i in d.indicators if i.get("target")]
    assert targets_ == [
        ("新增城镇就业", 8950.0),
        ("减少义务教育大班额", 51.0),
        ("孕产妇免费产前筛查", 3600.0),
        ("推行“一村一辅警”全覆盖", 18.0),
    ]
    done = {(i["name"], o["value"]) for i in d.indicators for o in i.get("observations", [])}
    assert ("新增城镇就业", 7123.0) in done and ("推行“一村一辅警”全覆盖", 18.0) in done


def test_a_report_opened_in_a_paragraph_goes_on_through_its_estimates_whatever_year_it_is_in() -> None:
    # dev/sichuan-luzhou-livelihood-2019-2020 lines 3-4, joined as one paragraph
    lines = ["两会上的那些民生事儿", "2020-01-16 08:30 来源:川江都市报"]
    lines += ["今年的市两会上,代表委员们看到了一张泸州2019年民生“成绩单”——"]
    lines += [
        "一年来,泸州市着力补齐民生短板。民生支出占一般公共预算支出比重达70.3%。预计实现城镇居民人均可支配收入37111元。新建公办幼儿园25所。"
    ]
    lines += ["2020年,新建公办幼儿园19所,普惠性幼儿园覆盖率达80%。"]
    d = Importer(lines).run()
    targets_ = {i["target"]["value"] for i in d.indicators if i.get("target")}
    done = {o["value"] for i in d.indicators for o in i.get("observations", [])}
    assert targets_ == {19.0, 80.0} and done >= {70.3, 37111.0, 25.0}


def test_the_year_so_far_a_quarter_s_end_and_the_year_s_target_a_result_is_told_against() -> None:
    # dev/national-employment-progress-2011 lines 1 and 3
    found = targets("1—6月,全国城镇新增就业655万人,完成全年900万人目标的73%。", start=2011)
    assert [(f.name, f.value, f.past) for f in found] == [
        ("全国城镇新增就业", 655.0, True),
        ("全国城镇新增就业", 900.0, False),
    ]
    found = targets("上半年,全国城镇新增就业655万人。二季度末,全国实有城镇登记失业人数908万人。", start=2011)
    assert [(f.value, f.period) for f in found] == [(655.0, "上半年"), (908.0, "二季度末")]
    # dev/national-disability-2021-2025 lines 4 and 8: what is already reached, and the task a result beat
    assert [f.past for f in targets("中国残疾儿童义务教育入学率已实现97%。", start=2021)] == [True]
    found = targets("困难重度残疾人家庭无障碍改造完成128万户,超额完成110万户的既定任务目标。", start=2021)
    assert [(f.name, f.value, f.past) for f in found] == [
        ("困难重度残疾人家庭无障碍改造", 128.0, True),
        ("困难重度残疾人家庭无障碍改造", 110.0, False),
    ]
    assert [f.name for f in targets("“十四五”规划明确的11项指标,有6项约束性指标、5项预期指标。", start=2021)] == []
    # dev/anhui-shantytown-housing-2021 line 2
    found = targets("今年一季度棚户区改造新开工59028套,建设进度39.56%;公租房新筹集308套。", start=2021)
    assert [(f.value, f.past) for f in found] == [(59028.0, True), (39.56, True), (308.0, True)]
    # dev/dalian-livelihood-progress-2021 line 6: the year's target in brackets a result is told against
    found = targets("截至9月末,开展心理健康培训服务90场,完成年度目标(50场)的180%。", start=2021)
    assert [(f.value, f.past) for f in found] == [(90.0, True), (50.0, False)]
    # a part of the year that does not start with its first month may be a schedule
    assert [f.past for f in targets("3—4月,完成全市50个小区的摸底调查。", start=2011)] == [False]


def test_milestones_shared_out_clause_by_clause_each_from_its_own_starting_level() -> None:
    # dev/national-chronic-disease-2017-2025 line 5
    s = "到2020年和2025年,心脑血管疾病死亡率分别下降10%和15%,总体癌症5年生存率分别提升5%和10%,"
    s += "高血压患者管理人数由目前的8835万人分别提高到1亿人和1.1亿人,15岁以上人群吸烟率由目前的27.7%分别降至25%和20%。"
    found = [(f.name, f.value, f.year) for f in targets(s, start=2017)]
    assert found[2:] == [
        ("总体癌症5年生存率", 5.0, 2020),
        ("总体癌症5年生存率", 10.0, 2025),
        ("高血压患者管理人数", 1.0, 2020),
        ("高血压患者管理人数", 1.1, 2025),
        ("15岁以上人群吸烟率", 25.0, 2020),
        ("15岁以上人群吸烟率", 20.0, 2025),
    ]


def test_a_quoted_task_s_figures_are_its_targets_and_what_is_already_added_is_done() -> None:
    # dev/gansu-lanzhou-livelihood-projects-2022 line 7: a long name without the list of whom it is for
    s = "2022年,面向全市各类企业职工和脱贫人口、登记失业人员、退役军人、残疾人等重点群体开展职业技能培训5万人次以上。"
    assert [f.name for f in targets(s, start=2022)] == ["重点群体开展职业技能培训"]
    # dev/ziyang-livelihood-projects-2011 line 5: an investment named by its verb alone takes the work's name
    s = "2011年,投资2000万元,新建江南休闲主题公园;投资1.5亿元,加快县城北坡、桥沟路棚户区改造,改善居民住房条件。"
    assert [f.name for f in targets(s, start=2011)] == [
        "新建江南休闲主题公园投资",
        "加快县城北坡、桥沟路棚户区改造投资",
    ]
    # dev/hangzhou-livelihood-projects-2022 lines 3-4
    s = "截至11月底,由杭州市卫健委牵头的“新增普惠托位5580个,社区婴幼儿成长驿站100家”项目,"
    s += "已新增普惠托位8358个,社区婴幼儿成长驿站185家。"
    found = targets(s, start=2022)
    assert [(f.name, f.value, f.past) for f in found] == [
        ("新增普惠托位", 5580.0, False),
        ("社区婴幼儿成长驿站", 100.0, False),
        ("已新增普惠托位", 8358.0, True),
        ("社区婴幼儿成长驿站", 185.0, True),
    ]


def test_this_year_s_list_after_the_years_just_past_sets_targets() -> None:
    # dev/ziyang-livelihood-projects-2011 lines 3-5, dated 2011-02-22
    lines = ["紫阳敲定今年城乡20件实事", "作者:余兴福 时间:2011-02-22 16:20 来源:本站原创"]
    lines += [
        "近四年来,紫阳县每年都要组织实施城乡20件实事,今年的20件实事项目已在近日召开的“两会”上敲定,总投资高达11.7亿元。"
    ]
    lines += ["城镇建设10件实事,总投资5.2亿元,分别是:投资2000万元,新建江南休闲主题公园;投资3100万元,新建县城第二小学。"]
    d = Importer(lines).run()
    targets_ = {i["target"]["value"] for i in d.indicators if i.get("target")}
    assert {11.7, 5.2, 2000.0, 3100.0} <= targets_ and not any(i.get("observations") for i in d.indicators)


def test_a_table_of_the_previous_period_s_results_is_no_target() -> None:
    cells = ["嘉兴市老龄事业发展“十二五”规划", "一、“十一五”时期主要成就", "“十一五”主要指标完成情况"]
    cells += [
        "指标",
        "单位",
        "2005年",
        "2010年",
        "社会养老保险参保人数",
        "万人",
        "150",
        "236",
        "老年体育人口比例",
        "%",
        "30",
        "40以上",
    ]
    d = Importer(cells).run()
    assert d.period == (2011, 2015)
    assert [i["target"] for i in d.indicators] == [None, None]
    assert [[o["value"] for o in i["observations"]] for i in d.indicators] == [[150.0, 236.0], [30.0, 40.0]]
    # 在现有100余个…基础上: the level the work starts from; 规划建设 looks ahead
    found = targets("二是文化载体建设行动。在现有100余个博物馆基础上,再规划建设30余个文化场馆。")
    assert [(f.value, f.past) for f in found] == [(30.0, False)]


def test_last_year_s_results_and_a_part_of_the_year_are_reports() -> None:
    lines = ["2026-01-28,", "China.dot.org"]
    lines += [
        "1月27日,记者获悉,今年江苏将新增1万名残疾人就业。 去年,全省各类涉残民生实事取得新成果。全年为3.37万名残疾儿童提供基本康复服务;新增残疾人就业1.85万人。"
    ]
    d = Importer(lines).run()
    assert d.notice.published == dt.date(2026, 1, 28)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["target"]] == [(1.0, 2026)]
    assert sorted(o["year"] for i in d.indicators for o in i.get("observations") or []) == [2025, 2025]
    found = targets("今年全国棚改计划新开工289万套,1—7月已开工约207万套。")
    assert [(f.value, f.past, f.period) for f in found] == [(289.0, False, None), (207.0, True, "1—7月")]


def test_a_span_of_years_a_text_sets_out_is_its_period() -> None:
    lines = ["荆门实施职业技能提升行动", "08-25 22:22"]
    lines += [
        "据了解,2019至2021年,我省将持续推进职业技能提升行动,三年共开展各类补贴性职业技能培训180万人次以上,其中2019年培训 58万人次以上;到2021年底,技能劳动者占就业人员总量的比例达到26%以上。"
    ]
    d = Importer(lines).run()
    assert d.period == (2019, 2021)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators] == [
        (180.0, 2021),
        (58.0, 2019),
        (26.0, 2021),
    ]


def test_this_year_is_the_year_the_text_is_written_in_where_it_looks_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    lead = "刚刚过去的2020年，市委、市政府实施36个为民办实事项目。今年，全市将实施39个具体项目，项目如下:"
    found = targets(lead, "1。新改扩建20所公办幼儿园;", "2。新建10家婴幼儿照护服务机构示范点;")
    assert [(f.value, f.year, f.past) for f in found if f.value in (20.0, 10.0)] == [
        (20.0, 2021, False),
        (10.0, 2021, False),
    ]
    # 今年以来 reports a part of the year; a text whose year is unknown gives 今年 no year
    reader = ProseReader(2021, 2023)
    (so_far,) = reader.read([Entry(1, "今年以来，全市新增城镇就业3.2万人。", "s1", "")])
    assert so_far.year != 2023
    assert targets("今年，全市将新建10家托育机构。")[0].year is None
    # a report of yesterday's meeting of a named year dates a text with no date of its own
    met = "这是记者从昨日下午召开的2021年市政府残工委全体会议上获悉的。今年，全市将新建10家残疾人之家。"
    assert [f.year for f in targets(met)] == [2021]
    # the size of the year's list (今年安排了…55件民生实事, 牵头实施9项) and of a plan's parts (1个总目标)
    # are no targets; the projects done in a year past are kept as its report
    assert targets("今年安排了13类55件民生实事，其中民政部门牵头实施9项民生实事。") == []
    # an aside or an age between a count and its noun; a list number in brackets is no part of a name
    found = targets("2024年，新增10个(每个街道1个)老年人助餐点,为1万名65周岁以上常住居民开展免费筛查。")
    assert [(f.name, f.value) for f in found] == [("老年人助餐点", 10.0), ("常住居民开展免费筛查", 1.0)]
    found = targets(
        "2023年，为全市 16 万名 50~74 周岁本地户籍居民免费开展结直肠癌筛查，为15万名老人发放津贴(每月不少于60元)。"
    )
    assert [(f.name, f.value) for f in found] == [("本地户籍居民免费开展结直肠癌筛查", 16.0), ("老人发放津贴", 15.0)]
    found = targets("2020年，(12)建成“一村一场”体育惠民工程15个、乡镇健身中心2处。")
    assert [(f.name, f.value) for f in found] == [("建成“一村一场”体育惠民工程", 15.0), ("乡镇健身中心", 2.0)]
    assert [f.value for f in targets("2024年，新建公交候车亭100座等31项子内容。")] == [100.0]
    # what is done by then (已完成投资额…), the size of a group each of whose members reaches a value
    # (4所学校均超过8000人), a yearly count (年培训…), a long bracket that lists what a name means, the
    # size of a list (民生实事项目40项): no targets, or not as written
    found = targets("2020年全市计划改造老旧小区440个;预计投资额7.6亿元,已完成投资额2569.96万元。", start=2020)
    assert [(f.value, f.past) for f in found] == [(440.0, False), (7.6, False), (2569.96, True)]
    # (done beyond the plan: dev/fuzhou-livelihood-progress-2012 line 4)
    found = targets("另外,我市计划新建或改造50个农家店,已超额完成58个。", start=2012)
    assert [(f.value, f.past) for f in found] == [(50.0, False), (58.0, True)]
    found = targets(
        "到2015年,11所国家级重点中等职业学校中4所学校均超过8000人。年培训城乡劳动者20万人次以上。", start=2011
    )
    assert [(f.value, f.year) for f in found if f.value in (4.0, 8000.0, 20.0)] == [(8000.0, 2015), (20.0, None)]
    found = targets(
        "到2025年，乡镇(街道)体育工作实现“四个有”(有体育公园、有全民健身活动中心、有定期举办的运动会)的达到50%以上。"
    )
    assert [f.name for f in found] == ["乡镇(街道)体育工作实现“四个有”"]
    assert targets("确定并公布丹阳市2024年政府民生实事项目40项。") == []
    # dev/yueqing-livelihood-projects-2022 line 1, dev/tianjin-school-places-2025: the list, counted
    assert targets("2022年,126项民生实事均全部或超额完成年度目标任务。民心工程20项全部开工。") == []
    assert targets("会议票决产生了10项宝安区2023年度民生实事，在13项候选项目中选出。提出20条具体意见。") == []
    # what is done with the thing counted is no part of its name (对73处路段进行整治, 20个长者食堂、因地制宜…),
    # a list of what a thing is like stays (3-5家功能健全、设施完善、…的示范性机构)
    found = targets(
        "2023年,拟对73处道路安全隐患路段进行整治、提升安全系数,拟建设20个长者食堂、因地制宜解决老年人用餐问题。"
    )
    assert [f.name for f in found] == ["道路安全隐患路段", "长者食堂"]
    found = targets("2025年底前,建立3-5家功能健全、设施完善、承担一定指导功能的示范性婴幼儿照护服务机构。")
    assert [f.name for f in found] == ["示范性婴幼儿照护服务机构"]
    # words around a name are no name: 项目将在…, (户), (以下简称…)
    names = [f.name for f in targets("2022年，海淀区新建学校项目将在20余个,计划开工改造棚户区1250套(户)。")]
    assert "项目将在" not in names and "(户)" not in names
    # a headline's blank parts its phrases: 中医药强县 | 每县(市)至少一所…
    found = targets("河北建设100个中医药强县 每县(市)至少一所公立中医医院")
    assert [(f.name, f.value, f.comparator) for f in found] == [("中医药强县", 100.0, "="), ("公立中医医院", 1.0, ">=")]
    # 为200万中小学生: a count in 万 of the people named after it (not 1亿多居民, a round report)
    found = targets("2025年，为200万中小学生开展心理健康测评。")
    assert [(f.name, f.value, f.unit) for f in found] == [("中小学生开展心理健康测评", 200.0, "万")]
    # dev/ningxia-disability-2011-2015 line 5: 残疾人 and 人员 are people counted in 万 too
    found = targets("“十二五”期间,将帮助8万残疾人得到康复,为2.5万农村残疾人提供技术培训,为40万从业人员提供服务。")
    assert [(f.value, f.unit) for f in found] == [(8.0, "万"), (2.5, "万"), (40.0, "万")]
    # dev/dali-livelihood-projects-2023, dev/shanxi-livelihood-projects-2006: 万多, 农牧民 and 对象 too
    found = targets("2023年,为2.8万多贫困人口发展产业,解决100万农牧民饮水安全问题,10万五保对象应保尽保。")
    assert [(f.value, f.unit) for f in found] == [(2.8, "万"), (100.0, "万"), (10.0, "万")]
    assert targets("2023年,为1亿多居民提供服务。") == []
    assert targets("到2025年，广泛开展5人制、11人制群众性足球活动。提出6个发展目标、19条硬核举措。") == []
    found = targets("到2025年，每年举办“社区运动会”不低于500项次，维修居民楼33栋。")
    assert [(f.value, f.unit) for f in found] == [(500.0, "项次"), (33.0, "栋")]
    # the state now (慢性病已占…70%以上), in a sentence that sets no year; 争取到…资金 was obtained
    assert [f.past for f in targets("目前，慢性病已占我省疾病总负担的70%以上。")] == [True]
    assert [f.past for f in targets("到2025年，覆盖率已达到90%以上。")] == [False]
    found = targets("该省目前已争取到中央财政补助资金9.24亿元,截至7月底,已开工900个小区,开工率48.2%。")
    assert all(f.past for f in found)
    # dev/wusheng-eldercare-results-2014: 向上争取, 共争取, 累计争取: got, no striving
    found = targets("今年以来,新建民办养老机构3个,建成床位340张;向上争取资金800万元,新建乡镇敬老院4个。", start=2014)
    assert [f.past for f in found] == [True, True, True, True]
    # this year's targets beside last year's data (数据显示,2014年,…): the text is written in 2015, its
    # plan is the year's; the report goes on past 超额完成目标任务近8万人 and 低于国家4.6%的控制目标, whose 4.6%
    # is the target the year's result is told against (2014's)
    lines = ["潇湘晨报2月4日报道 2月3日,湖南省人社厅介绍,今年全省就业创业总体目标已经设定,城镇新增就业70万人。"]
    lines += [
        "数据显示,2014年,全省实现新增城镇就业82.68万人,超额完成目标任务近8万人;城镇登记失业率保持在4.14%,低于国家4.6%的控制目标。"
    ]
    # (the rules' reading: the tense model, learnt from the development keys, reads 70万人 here as done,
    # its odds just above 0.8 in a text of results; such misreadings are what its measured cost counts)
    monkeypatch.setattr(tense, "READS", False)
    d = Importer(lines).run()
    assert d.period == (2015, 2015)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["target"]] == [
        (70.0, 2015),
        (4.6, 2014),
    ]
    # a task finished (三年任务圆满收官), and all of something started: a report
    found = targets("国家住房租赁市场发展试点三年任务圆满收官,累计筹集租赁房源15万套。全市204个老旧小区全部开工改造。")
    assert all(f.past for f in found) and len(found) == 2
    # a page's 来源 line dates it; a period's results (超额完成“十三五”…的目标任务) are no year's plan
    lines = [
        "来源:某某日报 2021-02-05 23:17 /",
        "记者近日了解到,2020年,全市公办园在园幼儿11.42万人,超额完成“十三五”和教育补短板的目标任务。",
    ]
    d = Importer(lines).run()
    assert d.notice.published == dt.date(2021, 2, 5)
    assert not [i for i in d.indicators if i["target"] and i["target"].get("value") is not None]
    # this year's target, then the state now (目前已…): a target, then a report
    found = targets("今年拟建132个街道养老服务中心,目前已验收合格4个,正在施工建设52个。")
    assert [(f.value, f.past) for f in found] == [(132.0, False), (4.0, True), (52.0, True)]
    # what a past period did, then what this year is to do, in one sentence
    found = ProseReader(2011, 2012).read(
        [Entry(1, "“十一五”期间,广西共投入近15亿元建设服务体系,今年还将安排财政资金8000万元。", "s1", "")]
    )
    assert [(f.value, f.past, f.year) for f in found] == [(15.0, True, None), (8000.0, False, 2012)]
    # 其中今年计划新增: what the clause before named, in the year 今年 names
    found = ProseReader(2016, 2016).read(
        [Entry(1, "力争五年内新增医疗机构床位1.7万张,其中今年计划新增2000张。", "s1", "")]
    )
    assert [(f.name, f.value, f.year) for f in found][1] == ("五年内新增医疗机构床位", 2000.0, 2016)
    assert targets("规划可以用“1+4+20”概括，即1个总目标、4大主要任务、20项重点工程。") == []
    assert [(f.value, f.past) for f in targets(lead) if f.value == 36.0] == [(36.0, True)]
    # counts of a plan's indicators, by field or kind; 这一指标 is the indicator the paragraph named
    assert targets("规划提出15项民政事业主要发展指标，其中有5项为约束性指标，其中4项目标值为100%。") == []
    found = targets("转而设置“养老机构护理型床位占比”指标。“十四五”期间，这一指标必须达到或超过55%。")
    assert [(f.name, f.value, f.comparator) for f in found] == [("养老机构护理型床位占比", 55.0, ">=")]


def test_what_follows_the_article_on_a_news_page_is_not_read() -> None:
    lines = ["某省卫生与健康规划发布", "近日，省政府印发卫生与健康规划，明确到2020年，全省人均预期寿命达到77.3岁。"]
    lines += ["新闻推荐"]
    lines += ["只需缴纳99元押金，便可免费借书；3个月内读完12本可享返还押金的8%作为奖学金。"]
    d = Importer(lines).run()
    assert [(i["name"], i["target"]["value"]) for i in d.indicators] == [("全省人均预期寿命", 77.3)]
    assert [n for n, why, _ in d.unplaced if "推荐或相关内容" in why] == [3, 4]
    # above the article, such a word is its page's menu
    d = Importer(["某省卫生与健康规划发布", "下一篇", *lines[1:2]]).run()
    assert [i["target"]["value"] for i in d.indicators] == [77.3]


def test_a_headline_after_the_page_s_menu_is_not_read_into_it() -> None:
    """hainan-preschool-2025: menu lines without a full stop, then the headline, then the body."""
    lines = [
        "海南日报报业集团旗下媒体: 海南日报 |南国都市报 |南海网 |南岛晚报 |证券导报 |法制时报 |海南农垦报 返回首页"
    ]
    lines += ["2025年普惠性幼儿园覆盖率达到88%"]
    lines += [
        "本报讯 (记者黎鹏)近日,省教育厅印发行动计划,明确到2025年普惠性幼儿园覆盖率达到88%,公办园在园幼儿占比达到55%。"
    ]
    d = Importer(lines).run()
    assert [i["name"] for i in d.indicators] == ["普惠性幼儿园覆盖率", "公办园在园幼儿占比"]


def test_a_state_at_a_date_then_a_target_in_one_sentence() -> None:
    found = targets("截至2020年底，全市养老床位达到2万张，到2025年养老床位达到3万张。")
    assert [(f.value, f.past, f.year) for f in found] == [(2.0, True, 2020), (3.0, False, 2025)]


def test_a_report_goes_on_through_the_period_it_is_in() -> None:
    found = targets("截至2024年，学前教育毛入园率达95.86%。", "“十四五”时期，新建农村公办幼儿园2634所。")
    assert [(f.value, f.past, f.year, f.period) for f in found] == [
        (95.86, True, 2024, None),
        (2634.0, True, None, "“十四五”时期"),
    ]
    # without a report before it, the same words set a target for the period's end
    assert [(f.past, f.year) for f in targets("“十四五”时期，新建农村公办幼儿园2634所。")] == [(False, 2025)]


def _scored(which: str) -> str:
    """What scripts/score_importer.py prints for an evaluation set, the table only."""
    done = subprocess.run(
        [sys.executable, "scripts/score_importer.py", "--eval", which, "--quiet"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_score_on_texts_the_importer_was_not_built_on(capsys: pytest.CaptureFixture[str]) -> None:
    """The development set (tests/importer_eval/dev): texts from other provinces with keys
    written by hand. The floors are today's figures; the test set is scored by hand, once."""
    out = _scored("dev")
    with capsys.disabled():
        print("\n" + out)
    total = next(line for line in out.splitlines() if line.startswith("all "))
    stated, drafted, held, _again, recall, unmatched, past_as_target, observed = total.split()[1:9]
    # (six tables of places, by county and town, their headers over several lines and empty cells kept
    # as lines, hold 386 targets the reader mostly misses: the set's recall fell from 84% to 78%; seven
    # results reports added after them raised the unmatched share from 10% to 11%: see below)
    # (twenty-eight texts added last, reports that mix results with plans, a statistical bulletin among
    # them, lists, forms and reprints of plans, hold 150 targets and 190 past figures: unmatched rose
    # from 7% to 8%, and the rules made on them since brought it to 6%; nine added after them, past
    # figures beside targets, 35 targets and 116 past figures; twenty-two added after those, results
    # reports, statistical sections and news of results beside targets, 38 targets and 286 past figures:
    # unmatched rose from 6% to 8%; eighteen more, lists, plan notices and reviews followed by targets, 58
    # targets and 128 past figures, to 9%; the rules made on the forty since brought it to 7%; twenty
    # more, results reports, reviews, second-hand reports and plans, 58 targets and 289 past figures, to
    # 9%; the rules made on them, to 8%; the tense model learnt from these keys, to 6%, 8 targets fewer held;
    # twenty-six more, results reports, bulletin sections, year lists and plan news, 67 targets and 299
    # past figures: recall from 85% to 84%, 54 of their 67 targets held; twenty-four more, year lists,
    # progress and results reports, plans and news of them, 116 targets and 209 past figures, 83 of their
    # targets held by the model learnt before them: unmatched to 7%; thirty-three more, statistical
    # sections, results and progress reports, year lists, work-report parts and press conferences, 128
    # targets and 466 past figures, 100 of their targets held by the model learnt before them; sixty more,
    # year lists, progress and results reports, work-report parts, department summaries, plan reviews and
    # press conferences, 196 targets and 527 past figures, 146 held by the model learnt before them; seventy
    # more, by topic (elder care, education, health, employment and insurance, housing and civil affairs,
    # culture and sport), mostly results, 145 targets and 689 past figures, 97 held by the model learnt
    # before them, 51% of its drafts matching none: unmatched to 8%; seventy more, mostly year lists and
    # plans, 368 targets and 540 past figures, 284 held by the model learnt before them: recall to 83%,
    # unmatched to 9%; sixty-four more, year lists, plans and tasks beside progress, 412 targets and 361
    # past figures, 309 held by the model learnt before them: unmatched to 10%; twenty holding tables,
    # 202 targets and 895 past figures, 15 held before they were read, 151 after the rules made on them;
    # thirteen more holding tables, 205 targets and 406 past figures, 5 held before they were read, 62
    # after the rules made on them: recall to 81%; a table run together on one line, 35 more: 82%; twenty-one
    # more, year lists, plan news and progress, 149 targets and 76 past figures, 94 held before they were
    # read, with the rules alone as with the model: recall to 81%; a list issued (11), a span of years
    # as the period (5) and a task-allocation table whose header mixes its value columns with words (49):
    # 82%; a progress table one cell a line, 5 more; sixteen more, plan news, year lists, progress and
    # results, a funds form, 96 targets and 91 past figures, 48 held before they were read, the same by
    # the importer of before the rules made since the twenty-one; twenty more, year lists, work reports'
    # tasks, plan news and results, 90 targets and 111 past figures, 67 held before they were read; a
    # unit cell written 1/10万, 1 more; seventeen more, plan news, year lists, meetings and results, 76
    # targets and 94 past figures, 63 held before they were read; sixteen more, notices, meetings, plan
    # news and results, 54 targets and 61 past figures, 44 held before they were read: unmatched to 11%;
    # a sentence going on with more works of the same year (此外,…还将), 2 more; roads in 万公里, 3 more;
    # 万 counting the 劳动力 named after it, 1 more; fourteen more, year lists, meetings, plan news and
    # results, 61 targets and 66 past figures, 36 held before they were read; twenty-four more, written
    # 2006 to 2015, year lists, meetings and plan news, 191 targets and 104 past figures, 134 held before
    # they were read; an address dated /2011-2-23/, 10 more; twenty-two more, written 2008 to 2015, 185
    # targets and 91 past figures, 141 held before they were read; twenty-one more, written 2006 to 2013,
    # 139 targets and 132 past figures, 86 held before they were read: recall to 81%, unmatched to 12%; a
    # year list whose only year named is a later deadline (2013年底前), of the year it is written, 21 more;
    # twenty more, written 2006 to 2012, 141 targets and 92 past figures, 91 held before they were read:
    # unmatched to 12%)
    # (recall 81% -> 80% with the forty-seven texts of the last two rounds, which it read at 48% and 63%
    # before anything was learnt from them, 56% with the model learnt again; seventy-one more in five
    # rounds, public services plans in news, housing tasks, work reports' targets, statistical pages,
    # standards raised and works to build, 386 targets, read at 51% to 73% before anything was learnt
    # from them: recall stays at 80%; a result against its plan read by the one pattern of a task's share
    # done, 16 more past figures recorded, and with them one text read as done on the whole, 1 fewer held;
    # a notice stored as one line whose 落款 is inside it, 12 more held; 件 and 件套 as units, 5 more;
    # eighteen more, child and elderly care, insurance cover and medical aid, culture and sport, 47
    # targets, read at 57% before anything was learnt from them; seventeen more, skills training, village
    # clinics and hospitals, teachers' housing and school canteens, 64 targets, read at 64%; nineteen
    # more, social assistance, employment tasks, schools and clinics of western regions, 114 targets, read
    # at 54%, 62% with two rules made on them since; seventeen more, disabled people's services, old
    # people's benefits and maternal and child health, 27 targets, read at 63%; seventeen more, enrolment
    # rates, libraries and cultural events, rural homes for the aged, 52 targets, read at 75%; nine more,
    # task tables of places and yearly milestones, 91 targets, read at 47%, 67% with the rules made on
    # them since: 今明两年, 万m2, a year listed before each value, a table header's row of units; nineteen
    # more, district year lists, public health services and community services, 81 targets, read at 60%,
    # 96% with the rules made on them since: addresses dated /2015/01/ and /2012/02-05/, 10个以上的…;
    # fourteen more, statistical bulletins' sections, plans' mid-term reviews and rural public services,
    # 20 targets, read at 35%; addresses dated 2010_6_24_ or 20120410-…, 2 more; an undated text whose
    # last year named is looked ahead to, 2 more; seventeen more, housing security, kindergarten places,
    # employment and labour export, 65 targets, read at 43%, 54% with the rules made on them since;
    # seventeen more, meals and home care for old people, county hospitals, pensions and allowances
    # raised, 56 targets, read at 52%: 18 of their drafts match none, and the set's share, 12.5%, is
    # printed as 13%; sixteen more, social insurance enrolment, resettlement sites, national fitness, 42
    # targets, read at 55%; seventeen more, vocational schools, children's homes, medical aid and serious
    # illness insurance, 151 targets, read at 69%; seventeen more, graduates' jobs, student meals and
    # school buses, family doctors, 58 targets, read at 48%, 29 held with the model learnt again: the set's
    # recall, 79.4%, is printed as 79%; thirteen more, progress tables of livelihood projects, employment
    # news and school and kindergarten building, 67 targets, read at 40%, 27 held with the model learnt
    # again: 79.1%; twelve more, statistical bulletins' social sections and results of livelihood projects,
    # 5 targets, read at 40%, 2 held with the model learnt again; a row's cells run into one share, 4 fewer
    # drafts matching none; 累计完成 as a progress table's column of what was done, and a barred row's cells
    # on one line told apart by their words, 7 more; 目标 right after a count no noun of it, 1 more; twelve
    # more, news of new plans' targets on skills, wages, elderly care, schools, sport and culture, 78
    # targets, read at 69%, 61 held with the rules made on them since (a page's date then its source) and
    # the model learnt again; seventeen more, housing security, social assistance standards, work reports'
    # targets and preschool places, 82 targets, read at 68%, 58 held with the model learnt again; a count
    # whose progress the next clause tells (新建3所,目前完工3所) the task, and a work's count after a bare
    # count done named by its own work, 22 more; 班 a school's classes, 5 more; fifteen more, health plans
    # and hospitals, a year's livelihood lists, funeral services, reading spaces and sport venues, 173
    # targets, read at 62%, 115 held with that rule and the model learnt again; nine more, progress and
    # results of livelihood projects, bureaus' year-end meetings and a plan's review, 30 targets, read at
    # 77%, the same with the model learnt again; a list's works and their parts counted (20个大项、42个子项)
    # no targets, 11 fewer drafts matching none; twelve more, news of employment, skills and social insurance
    # plans, an elderly-care plan and a year's livelihood lists, 135 targets, read at 91%; fourteen more, work
    # reports' results, results of livelihood projects and plans' openings, 49 targets, read at 39%;
    # fourteen more, statistical bulletins, school buildings and housing tasks with their progress, 38
    # targets, read at 53%, 71% with the rules made on them since; 万多, 农牧民 and 对象 as people counted in
    # 万, 3 more; ten more, elderly-care plans, schools and hospitals, 50 targets, read at 54%, 58% with the
    # rules made on them since (后年, and a time word alone no name: 1 fewer in the set, a chance match);
    # sixteen more, year lists of livelihood works, work reports' targets, fitness, culture and skills plans,
    # 118 targets, read at 79%, 86% with the rule made on them since (今年是“十五五”规划开局之年); a unit line
    # giving each value column its unit (单位:人、万元), 28 more; eight more, statistical bulletins and meetings'
    # news, 8 targets, read at 75%; eleven more, livelihood works partway through a year and social security
    # cards, 24 targets, read at 38%, 54% with the rules made on them since (至今年底, 去年…下达…任务, 其中…
    # parts of a plan); 其中 with no comma, 3 more; eight more, public services plans' news and assistance
    # standards, 54 targets, read at 80%; fourteen more, housing tasks, elderly care and schools built, 98
    # targets, read at 53%, 79% with the rules made on them since (items one a line, 时间为:, 个班, 投入使用后
    # 可…); fifteen more, hospitals being built, jobs and training, culture and sport facilities, 55 targets,
    # read at 73%, 76% with the rules made on them since: recall 79.4%; a dated text that names no period
    # read from its date's year to the latest year it names, not as a placeholder's 2021-2025, 32 more, and
    # a title's year of 预期目标 and 预计…将 after results as of a date, 17 more: 79.8%; a measure written
    # straight after a count of works (改造项目67个28682户, 清淤河道5条41公里), 9 more; tasks listed after
    # 目标任务分别为, 4 more; 未来三年 left with no year, as the text leaves it, 7 more (three fewer in the one key
    # that counts the three years from the text's date, doubtfully, to 2022): 8943; a task told against as
    # 完成目标任务27万人的97.15%, 1 more; a report's works by kind, then what they hold (…民生工程共有…三个大类,
    # 包括…), 10 more; a starting level with words between 由 and its figure, or lowered (下调至), 1 fewer (a
    # headline's figure the body restates): 8953; one value each of the things listed holds (…各21万套), 7 more;
    # 等任务 and 确定 after a value no name, 2 more; an undated text whose only year is a raise's base, 3 more;
    # an undated text of the latest year a sentence opens on looking ahead (2015年,…计划新建…), 16 more; a
    # year's work plan's title (…民生实事实施方案) opening the text, its lead paragraph read, 5 more; a table of
    # places whose header leaves its corner empty and sets groups over several columns, 73 more; a work's size
    # before 的 (完善全长2.4公里的健身步道), 3 more; a subsidy fund set aside (安排…补贴资金), 3 more; a progress
    # table one cell a line with its header words split over lines, 14 more: recall 81.2%; a row of a table
    # of places that leaves its empty cells out, placed where the column totals allow one way only, 5 more;
    # this year's task told before its progress (今年…任务共322户,截至目前,已开工46户) no part of a report, 4 more;
    # a table of places under year groups (到2025年规划指标 到2030年规划指标) whose rows leave out a column empty
    # throughout, the one the text never names, 12 more (荷塘乡's shorter row, which no sum places, left unread);
    # a date in the text later than its page's address (the day the page was made) not the text's, 5 more; a
    # sentence that opens on 今年 with no word looking ahead of the text's year, not the period's end, 5 more;
    # cases, couples and sets counted (复明手术800例, 4000对拟孕夫妇, 路灯1500组), 14 more, and tenths (达5成), 1 more;
    # names cut before a level changed to in other words (提到), the rule a figure is set by (按照, 暂按), what the
    # things counted will do (将陆续投入使用), a goal or size of theirs (6个镇街的整治任务) and the place that plans
    # the funds (该旗拟投入), 37 more: 9162, recall 82.0%; sessions, pieces, head, bags, 万方, 亿亩, 万间 and townships
    # counted, a count in words after the noun built (新建市政道路两条) and a bare 万 before a longer group of people,
    # 16 more; the investment before 的 of a named work (总投资13.6亿元的博兴水库), 8 more, the year's task a result is
    # a share of (占年任务13.16万人的82.9%), 7 more, and a task to complete (完成3800人的减贫任务), 1 more: 9194; the
    # year's task of a share in other words (占全年招生33万人任务的72.2%), 2 more, and the size of a work to build
    # before 的 (新建一个面积约1000平方米的…中心, 日处理400吨的…), 6 more; the parts after 其中 of a sentence opening
    # on 今年, 6 more; a forum post's date below its menus, 9 more; a meeting on a year's work dating an undated
    # text, 1 more; an undated text's figure of this year restated under a year, 3 more: 9221, 11.7% matching none;
    # a short heading naming one year dating the items below it (计划2015年开园招生的公办幼儿园), 5 more, a headline's
    # year without 年 (2022永宁县…), 1 more, a byline with the time before a day-first date, 3 more, and a sentence
    # on 届时 taking the year of the one before, 5 more: 9235, 11.6%)
    assert int(stated) >= 11177 and int(recall.rstrip("%")) >= 82 and int(unmatched.rstrip("%")) <= 12
    assert int(held) >= 9235
    # (two task-allocation tables by county whose 242 targets the reader does not place, their empty
    # cells dropped and their header's words run together, are kept as they came; of the twelve texts
    # added after, four budget and self-evaluation forms hold 40 targets the reader mostly misses; of
    # the six progress tables added last, one cell a line under a header of ten lines and with its
    # labels split over lines, 26 targets)
    # seventeen of the older texts: a row's target (30%以上…配备专职口腔医师) on the line whose progress cell says 完成30%, funds
    # 今年…安排…8000万元并于今年3月下达 in a wire item whose year only its address gives, a content farm's
    # 辽宁得GDP野将达到25115.0亿 (the year before's GDP, its words swapped), a county's present count of
    # children (施教区适龄儿童近7539人) in a text with no date of its own, three figures of a progress
    # cell (新增…2家医养结合机构,新增床位近100张) in a task table whose cells stand one a line, two of a
    # quarter's progress cell run into one line (1.完成两批共40个社区的申报、培训工作; 共14个社区通过验收),
    # a city's target in a table of places (目标人群数 1326) whose result on the next line is 1326 too,
    # and a cell of a progress table one row a line whose name holds a count and whose cells run past
    # its columns into prose (新建1500个行政村4G基站 68 68 100.0%), and the two shares (100%) of a
    # barred progress table whose rows' targets are in words (标准不低于3480元/年,…) and read as names, a
    # half-year's result that opens a news item with no comma after 上半年 (上半年全国城镇新增就业655万人),
    # two five-year results a repost gives with no word of the past (全国完成…整改1.95万所,新增…400多万个), a
    # rate told beside its ceiling
    # (城镇登记失业率为3.5%,控制在4.5%的年度目标以内) and a task a half-year report restates as a result;
    # and of the progress and results reports added since, seven of a report whose paragraphs after its
    # opening tell its progress item by item (一是…完成98%), two of a first-quarter report's estimate (预计投入3000万元) and of a finished work's length, two of a
    # work report's results run on after its task, and one of a headline's result repeated in the text;
    # and ten of the texts added last: six levels a task raises from, read as targets in a task table
    # (从每人每月574元、271元分别提高到…609元、300元), three of a yearbook's table whose estimated column
    # equals its targets, and one of a list's earlier standard (提高前); and two of the plans' openings
    # added last, results beside a plan's targets; and ten of the last six: nine of a city's report on the
    # period so far on a page that gives no date (“十四五”以来,…2024年全市婴儿死亡率降至1.7‰), one of a
    # school's rate already reached (项目主体完工率达100%); and six of the fourteen added after: a city's
    # five-year results told in the year of its targets (2011年至2015年,海口共新建…30所), a present count
    # with its 已 inside the name (老年人口已达82.3万), and a count done in 2016 and 2017 told with no year;
    # and seven of the fourteen texts picked last as a new user would meet them: results reports whose
    # results name the year of the period's targets (湖州, 宁夏) or restate a year's three counts as built;
    # and twelve of the thirteen added after: a list whose last year's results open it (2024年…完成…) on a
    # page dated the year before its 今年 (5), a plan's opening that reports the period before (5), two
    # of a results report's figures its 【数据回顾】 subhead does not reach; and two of a province's
    # results so far (列入国家计划的…公租房累计分配31.67万套,分配率达95.3%); and three of two budget
    # self-evaluation forms whose columns of what was done read as targets; and seven of the fourteen
    # results and progress reports added after (a level
    # raised 由2008年底的22703张…增加到目前的46266张 in a sentence that goes on to 到2016年, a rise told as
    # 速度递增近20%, and what a policy has done so far, 今年以来已为9246户…缓缴…12.7亿元, read as targets);
    # and two of the seven texts of results beside targets added last (a count of last year's works
    # still being finished, 正在抓紧收尾6项; last year's task a result exceeded, 超额完成了国家下达的110万人
    # on a page whose headline sets the same 110万人 for this year); and fifty-four of the seven review
    # sections of work reports added last, whose parts open with a claim and tell their year's results
    # with no word of the past ((七)完善公共服务,各项社会事业协调发展。新增中小学学位5550个…), or under a
    # subhead the reader does not take for a review; and sixty of the seven such reviews added after
    # (claims such as 民生基础不断夯实 open their parts; read as a report, they cost a plan's goals in the
    # same shape, 社会保障体系更加完善。…参保率达到95%); and twenty-one of three progress forms and tables
    # added last, their columns of what was done one cell a line; and six of the seven results and
    # progress reports added last: a year's summary whose sentence runs on from its results to what the
    # works will do within the year (…均已完成年度投资计划的85%以上,以上三个项目年内均可实现…) and a
    # half-year's report on a page the site dates five years later (累计完成搬迁安置42.3万人)
    # and eight of the seven results reports added after: a year's summary whose forecasts for the
    # year still running (预计全年举办活动780场) are targets of no year the text gives, a five-year
    # results report on a forum page whose headline (芜湖人均预期寿命超过80岁) and bracket (2019年我国居民人均
    # 预期寿命达到77.3岁) tell results with no word of the past
    # and thirty-one of the seven results reports added after, results told without a word of the past:
    # a press conference's list of schools finished (计划实施的5个项目已于8月底全部竣工: 计划 names the
    # works done), a year's estimate told at its end (全年预计新改造农村公路1.2万公里), a half-year's
    # results told against goals the text never states, a county's results in a repost that inserts
    # words of its own, and five years' results under a headline of counts;
    # and twenty-seven of the fifteen texts added last, results told without a word of the past: a
    # province's 十四五 results at a press conference, whose estimates for the period's last year are
    # results (GDP年均增速预计将达到5%), a work report's five years as a list of figures in traditional
    # characters (進出口規模突破3萬億元), a repost on a province's life expectancy (2025年,…已提高到80.7歲)
    # and two cities' schools built (…建成公办园2所) beside their goals; the rules made since (a paragraph
    # or a heading of a claim reports, what was done since a year is past, a level told with its growth)
    # took 62 of them off the targets; the rules made after them (starting levels in a run, the figure a
    # result is told against, a change that reaches now, a plan's 编制背景, a forum post's date, a report
    # part that foresees the year's targets met, places that still lack something) took 28 more; the
    # months so far before what they count (1-9月城乡居民人均可支配收入26659元), 6 more; a performance
    # form's rows read as cells (a self-evaluation's value reached after its target), 2 more; work
    # being hurried on (6项正在抓紧收尾), 2 more; a plan's figure (下达搬迁计划53.8万人), 3 more; a span up to
    # the year written, told as a total (近年来,…2011年至2015年,海口共新建…), 3 more; work all done that met
    # a goal spelt out at length (已全部建成,完成了100%乡镇、100%建制村通沥青(水泥)路的目标), 4 more; a result
    # told flat against a year before with no year of its own (…382项…,与2021年持平), 3 more; the
    # twenty-eight texts added after brought 35 (28 of them a district's statistical bulletin that names its
    # year only in its title); a programme's 计划 carried out, a claim closing a paragraph, a period ended
    # when the text was written and a headline with a comma, 14 fewer; the nine texts of past figures
    # beside targets added after, 21 more; a statistical bulletin's title telling the year its figures
    # are of, an estimate keeping its year, goals met early counted and a plan named, 31 fewer; a review's
    # 这四年, a year's estimate in a text of that year, a claim closing on 进一步提升 and the bodies taking
    # part in a work, 22 fewer; the twenty-two results texts and news added after, 59 more; the eighteen
    # after them, 46 more; the rules made on the forty since (a plan's indicators told done, a year's task
    # beside results so far, 将 that puts a thing into a place, a cut bulletin title, a date line under a
    # headline, a year's results before 今年, a past year's plan beside what was done …), 63 fewer; the
    # twenty added after them, 72 more; a single month opening a sentence (12月份实施…), 36 fewer;
    # a place's 去年 (河北省去年…), 10 fewer; 其中 after a sentence told done, 6 fewer; 两年多来, 5 fewer;
    # the tense model (generator/importer/tense.py), learnt from these very keys, 78 fewer (learnt
    # without the text it reads, 30 fewer: the test set's README); the twenty-six added after, 51 past
    # figures as targets with the rules alone, 20 with the model learnt before them, 5 with it learnt again;
    # the twenty-four added after, 30 with the rules alone, 16 with the model learnt (on its paragraph's
    # words too) before them; learnt again with them, 48 in the set; a level raised straight on to the next
    # figure with no 由 before it (每人每月80元提高至100元), 3 fewer; the thirty-three added after, 51 with
    # the rules alone, 16 with the model learnt before them, fewer with it learnt again with them; levels
    # raised from one year's to the next year's (分别从2022年…1949元、1313元提高到2023年…), 2 fewer; the sixty
    # added after, 87 with the rules alone, 35 with the model learnt before them, learnt again with them, 62
    # in the set; the seventy added after, 169 with the rules alone, 62 with the model learnt before them,
    # 28 with it learnt again; the seventy after them, 103 with the rules alone, 41 with the model learnt
    # before them, 10 with it learnt again; the sixty-four after them, 60 with the rules alone, 35 with the
    # model learnt before them; the twenty holding tables, 4 before they were read; a yearbook's rows of
    # results observed, 478 more recorded; the thirteen of tables after them, 6 before they were read, none
    # more with the model learnt again with them; the twenty-one after them, 20 before they were read, with
    # the rules alone as with the model; a headline's works all honoured or settled (全部兑现, 办结), 3 fewer;
    # a review's figures reckoned reached (预计…达到) beside goals met (实现预期目标), 21 more recorded; a count
    # told with its share of the task or its rate of progress (…73653套,占全省目标任务的106.66%; 开工率102.33%),
    # 6 fewer, 25 more recorded; a progress table one cell a line, 2 fewer; the sixteen after, 15 before
    # they were read, 3 with the model learnt again with them; the twenty after, 17 before they were
    # read, 5 with the model learnt again with them; the seventeen after, 20 with the rules alone, 1 with
    # the model learnt before them; the sixteen after, 10 with the rules alone, 5 with the model learnt
    # before them, 1 with it learnt again; roads in 万公里, 6 more recorded; the fourteen after, 16 with
    # the rules alone, 8 with the model learnt before them, 3 with it learnt again; the twenty-four after,
    # 22 with the rules alone, 6 with the model learnt before them, 9 with it learnt again: learnt with
    # its targets, one text's figures no longer read as done on the whole, its 8 results stay targets; the
    # twenty-two after, 23 with the rules alone, 16 with the model learnt before them, 6 with it learnt
    # again, 2 more in a text read before; a task told done in full (…任务已经全面完成), 4 fewer with the
    # rules alone; the twenty-one after, 39 with the rules alone, 31 with the model learnt before them, 13
    # with it learnt again; that year list's, 4 fewer; the twenty after, 2 before they were read and
    # after; the twenty after, 38 with the rules alone, 8 with the model learnt before them, 7 with it learnt
    # again; the twenty-four after, 54 with the rules alone, 26 with the model learnt before them, a
    # programme's name with 计划 in it no longer looking ahead, 10, 7 with it learnt again; amounts in words
    # with their hundreds read (四百亿元), 2 more, a year's results so written (二00八年…三百三十亿元); the
    # twenty-three after, 7 with the rules alone and with the model learnt before them, 1 with it learnt again;
    # the twelve after, 13 with the rules alone, 8 with the model learnt before them, 6 with it learnt again;
    # the eleven after, results mostly, 36 with the rules alone, 13 with the model learnt before them, 5 with
    # it learnt again; how many there are (全省约有100万人), a result told against its plan (完成计划的111.4%)
    # and a count done beyond it (已超额完成58个), 17 fewer; the seventy-one of the last five rounds, 31
    # with the model learnt before them, 15 more in the set with it learnt again; the eighteen of the last
    # round, 6 with the model learnt before them, 1 more in the set with it learnt again; a count of a
    # list's items told undone (有2件未达到…进度) no count of things, 1 fewer recorded; the seventeen
    # after, 7 with the rules alone and with the model learnt before them, 6 more in the set with it
    # learnt again; the nineteen after, 15 with the rules alone, 10 with the model learnt before them, 5
    # more in the set with it learnt again; the seventeen after, 13 with the rules alone, 5 with the model
    # learnt before them, 4 more in the set with it learnt again; the seventeen after, mostly results,
    # 42 with the rules alone, 31 with the model learnt before them, 1 more in the set with it learnt again;
    # the nine after, 5 with the rules alone, 4 with the model learnt before them, 3 with the rules made on
    # them since, and 3 more in other texts with the model learnt again; the nineteen after, a yearbook's
    # entries among them, 29 with the rules alone, 6 with the model learnt before them, 2 more in the set
    # with it learnt again; a paragraph that opens on a year dates the results it tells, 16 more recorded;
    # the fourteen after, bulletins and mid-term reviews, 2 with the model learnt before them, 7 with it
    # learnt again, 5 of them in one review of a plan; the seventeen after, 26 with the rules alone, 12
    # with the model learnt before them, 8 with the rules made on them since; with the model learnt again
    # with them, 1 fewer in the set; the seventeen after, 10 with the rules alone, 4 with the model learnt
    # before them, 3 with it learnt again and 4 more in four other texts; the sixteen after, 18 with the
    # rules alone, 11 with the model learnt before them; with it learnt again, 2 fewer in the set; the
    # seventeen after, 20 with the rules alone, 13 with the model learnt before them, 7 more in the set
    # with it learnt again; the seventeen after, 30 with the rules alone, 10 with the model learnt before
    # them, 5 with it learnt again, and 3 more in three other texts; the thirteen after, 11 with the rules
    # alone, 7 with the model learnt before them and with it learnt again, and 3 more in other texts; the
    # twelve after, 25 with the rules alone, 4 with the model learnt before them, 1 with it learnt again;
    # 累计完成 and a barred row's cells told apart, 6 fewer (and 3 fewer recorded: a progress table's cells
    # of what was done hold its counts run into words and shares); the twelve after, none, 2 more in other
    # texts with the model learnt again; the seventeen after, 5 with the rules alone, 3 with the model
    # learnt before them and with it learnt again, and 2 more in other texts; a count whose progress the
    # next clause tells the task, 1 more: a place's 改扩建1所 named after its count under way, 在建1所; the
    # fifteen after, 3 with the rules alone, 2 with the model learnt before them and with it learnt again;
    # the nine after, 6 with the rules alone, 4 with the model learnt before them, 3 with it learnt again,
    # and 2 more in other texts; the twelve after, 1 with the rules alone and with the model learnt before
    # them; the fourteen after, 25 with the rules alone, 3 with the model learnt before them, 2 with it learnt
    # again; a count then 在建 at its clause's end, and 去年 after a comma whatever follows it, 2 fewer; the
    # fourteen after, 10 with the rules alone, 8 with the model learnt before them, 5 with it learnt again;
    # recorded, the three rounds hold 6, 155 and 353 with the model learnt again, and the rules made since
    # add 26 (a share told with 为: 为任务的164.5%), 7 (去年 after a comma) and 7 (共收到…, 向上争取…); people
    # counted in 万 (万多, 对象), 12 more; the ten after, 4 with the rules alone and with the model learnt
    # before them, 1 with the rules made on them since (今年以来 leading what was done), 14 recorded; the
    # sixteen after, none, and 1 more in other texts with the model learnt again; 58 recorded; the
    # fifty-six of the last five rounds, 9 with the model learnt again with them, 16 with it learnt before
    # them and 44 with the rules alone; the texts before them, 253 (a past year's task issued, 去年…下达…,
    # and what was done one after another, 先后达…, among the fewer); 11907 recorded; a dated text that
    # names no period read from its date's year, 1 more (中央财政专项补助资金…增加到4亿元, of that year, read as a
    # target), 9 fewer recorded (a work report's review, 一年来, had taken the name of the five-year period
    # before the placeholder's), and a review with no period to name recorded as 回顾, 56 more: 11954; tasks
    # listed after 目标任务分别为, 1 more (2011年和2012年…建设任务分别为29万套和24.1万套, told in 2012: the key takes
    # the year gone by's task as a past figure), and 2 fewer recorded: 11952; a starting level with words
    # between 由 and its figure (由现在的家庭年人均收入2800元,提高到…) or lowered (由1.5万元下调至1万元), 2 fewer: 262,
    # and 1 more recorded; a subsidy fund set aside (安排…补贴资金) read as a sum, 9 more recorded; a progress
    # table one cell a line whose header words are split over lines, 28 more: 11990; this year's task told
    # before its progress no part of a report, 2 fewer (…开工目标任务分别为…。上半年,…开工率分别达到54.18%…:
    # the shares after the task no longer carried as the report's): 11988; counts of cases, couples and sets
    # and tenths, 25 more, and a sentence that opens on 今年 dated, 14 more: 12027; the new units and the longer
    # groups of people after a bare 万, 18 more, and a named work's investment, 6 more: 12051; a work's size and the
    # figures a place has in a paragraph opening on the year written, 1 more; the year a meeting or a restated
    # figure gives an undated text, 5 more and 5 fewer past figures as targets (a hospital's beds: 257): 12059)
    assert int(past_as_target) <= 257 and int(observed) >= 12059


def test_the_scorer_prints_the_test_set_text_by_text() -> None:
    """The test set (tests/importer_eval/test) is scored by the same script, one row per text; its
    figures are read by hand, once (the suite asserts no floor on them: nothing is tuned to them)."""
    out = _scored("test")
    texts = sorted(p.stem for p in (REPO / "tests/importer_eval/test").glob("*.txt"))
    rows = [line.split()[0] for line in out.splitlines() if line.startswith("test/")]
    assert rows == [f"test/{t}" for t in texts] and any(line.startswith("all ") for line in out.splitlines())
    # and how each target it did not hold was missed, by kind, the kinds adding up to those not held
    total = next(line for line in out.splitlines() if line.startswith("all ")).split()
    kinds = re.findall(r"^  (.+?) (\d+): ", out.split("misses by kind", 1)[1], re.M)
    missed = sum(int(n) for kind, n in kinds if kind != "past figure drafted as a target")
    assert missed == int(total[1]) - int(total[3]) and {k for k, _ in kinds} >= {"not drafted", "drafted as past"}


def test_names_that_are_not_names() -> None:
    assert targets("各县（市、区）要在1个月内出台辖区实施方案。") == []
    found = targets("3.签约服务费用于家庭医生团队的比例不低于70%。")
    assert [f.name for f in found] == ["签约服务费用于家庭医生团队的比例"]
    # dev/liaocheng-livelihood-projects-2023 line 22: an item's number parted by a blank alone
    found = targets("15 新开工棚户区改造3670套。", "3 岁以下婴幼儿托位数达到1200个。", start=2023)
    assert [f.name for f in found] == ["新开工棚户区改造", "3 岁以下婴幼儿托位数"]
    found = targets("到2025年，高中阶段教育毛入学率比2020年提高1.87个百分点。")
    assert [(f.unit, f.name) for f in found] == [("个百分点", "高中阶段教育毛入学率")]


DEV = REPO / "tests/importer_eval/dev"


def test_a_number_in_words_a_duration_and_a_ratio_without_a_unit() -> None:
    # Xi'an employment plan: 两万人 is 2万人, 13 年 a duration (not a calendar year), 2.5 a ratio with no unit
    found = targets(
        "人力资源质量大幅提升,劳动年龄人口平均受教育年限达到 13 年。"
        "全员劳动生产率增速高于 6.5 %,城乡居民人均可支配收入比下降至 2.5。"
        "人力资源服务机构数量稳定在 2000 家以上,人力资源服务业从业人数达到两万人。"
    )
    assert [(f.name, f.value, f.comparator, f.unit) for f in found] == [
        ("劳动年龄人口平均受教育年限", 13.0, "=", "年"),
        ("全员劳动生产率增速", 6.5, ">", "%"),
        ("城乡居民人均可支配收入比", 2.5, "=", None),
        ("人力资源服务机构数量", 2000.0, ">=", "家"),
        ("人力资源服务业从业人数", 2.0, "=", "万人"),
    ]
    assert targets("用3年时间完成改造任务。") == []  # a whole number of years measures nothing here
    # dev/hubei-sport-2022 line 4: a rank among the first ten is at most the tenth
    assert [(f.value, f.comparator) for f in targets("2022年,参赛成绩进入全国前10位。")] == [(10.0, "<=")]
    # dev/chongqing-skills-2025 line 6: a 倍率 is a ratio too, and the bound after it holds
    found = targets("到2025年,全市技术工人求人倍率降低到1.3以下,高技能人才求人倍率降低到1.5以内。")
    assert [(f.value, f.unit, f.comparator) for f in found] == [(1.3, None, "<="), (1.5, None, "<=")]


def test_a_yearly_amount_a_rule_s_step_and_its_condition() -> None:
    # Fuzhou's ten measures for township nursing homes, items 3 and 10
    found = targets(
        "对现有床位数不足40张且收住人数少于10人的乡镇敬老院，可将收住对象安置到毗邻乡镇或区域性中心敬老院。",
        "入住人数少于或等于10人的，安排运行经费（不含人员工资、绩效等经费）不少于2万元/年；"
        "入住人数大于10人的，每增加1人，增加运行经费不少于0.2万元/年。",
    )
    assert [(f.value, f.unit, f.comparator, f.year) for f in found] == [
        (2.0, "万元/年", ">=", None),
        (0.2, "万元/年", ">=", None),
    ]
    assert [f.name for f in found][1] == "增加运行经费"


def test_a_number_without_a_subject_measures_the_work_the_clause_before_names() -> None:
    found = targets(
        "依照《江西省公办养老院适老化改造指南》，对在运营的乡镇敬老院实施适老化改造， 2022年底前完成80%以上，"
        "且全部达到一级或二级养老机构标准。",
        start=2021,
    )
    numbers = [(f.name, f.value, f.comparator, f.year) for f in found if f.value is not None]
    assert numbers == [("适老化改造", 80.0, ">=", 2022)]
    # dev/shaoyang-housing-security-progress-2013 line 7: a clause that is only an area measures the works
    # the clause before counts (新增廉租住房3724户,18.6万平方米)
    found = targets("2013年目标任务为:新增廉租住房3724户,18.6万平方米;新增公共租赁住房11320户,67.9万平方米。")
    assert [(f.name, f.value) for f in found][:2] == [("新增廉租住房", 3724.0), ("新增廉租住房面积", 18.6)]


def test_a_headline_the_body_restates_is_left_to_the_body() -> None:
    # the headline says 将超过500亿元, the report 将达到500亿元以上; a past figure in a headline
    # (湖南在校学生达1407.32万人) is the body's 截至2024年 figure, not a target (both are recorded)
    fujian = Importer(read_lines(DEV / "fujian-fitness-2016.txt")).run().indicators
    spent = [i for i in fujian if i.get("target") and i["target"]["value"] == 500]
    assert [(i["lines"], i["target"]["comparator"]) for i in spent] == [([2, 2], ">=")]
    hunan = Importer(read_lines(DEV / "hunan-education-2025.txt")).run().indicators
    assert [i["target"] for i in hunan if 1407.32 in [o["value"] for o in i.get("observations", [])]] == [None, None]


def test_a_decimal_the_extraction_broke_is_read_whole_and_reported_as_past() -> None:
    # Sichuan's 13th five-year services plan, as its web copy gives it (发展基础)
    found = targets(
        "坚持就业优先战略,“十二五”期间,累计实现城镇新增就业 457. 3 万人。 2015 年末农村劳动力转移输出 2478. 9万人。",
        start=2016,
        chapter="规划背景",
    )
    assert [(f.value, f.unit, f.past) for f in found] == [(457.3, "万人", True), (2478.9, "万人", True)]
    assert all(f.value is not None and number_in_text(f.value, f.as_written) for f in found)
    # a list number before a number is no broken decimal
    assert 1.3 not in [f.value for f in targets("1. 30万人次参加培训。")]
    found = targets("截至2024年共有各级各类学校2.5万所、在校学生1407.32万人。", start=2021)
    assert [(f.value, f.unit, f.past, f.year) for f in found] == [
        (2.5, "万所", True, 2024),
        (1407.32, "万人", True, 2024),
    ]
    assert number_in_text(2, "达到两万人") and number_in_text(3000, "超过三千家")


def test_words_only_targets_from_news_reports_keep_their_names() -> None:
    # Shandong's elderly-care briefing: 健全覆盖城乡 is no 全覆盖; 2025年底前 is no part of the name
    found = targets(
        "“十四五”期间,山东将建立健全覆盖城乡、分布均衡、功能完善的县、乡镇(街道)、村(社区)、家庭四级养老服务设施网络。",
        "2025年底前实现城乡社区日间照料服务全覆盖。",
    )
    assert [(f.name, f.as_written, f.year) for f in found] == [("城乡社区日间照料服务", "全覆盖", 2025)]
    # Shandong's housing plan: 2005年前建成的 qualifies the estates, the deadline is the period's end
    found = targets(
        "到“十四五”末，全面完成2000年前建成的老旧小区改造任务，力争基本完成2005年前建成的老旧小区改造任务。"
    )
    assert [(f.name, f.year) for f in found] == [("2005年前建成的老旧小区改造任务", 2025)]


def test_the_document_s_own_date_tells_its_past_from_its_targets() -> None:
    # Yunnan's elderly-care plan, as a news page gives it: 时间:2022-08-29 on the page's second line
    notice = Importer(read_lines(DEV / "yunnan-eldercare-2022.txt")).run().notice
    assert notice.published == dt.date(2022, 8, 29)
    assert [n["lines"] for n in notice.notes if "发布日期" in str(n["text"])] == [[2, 2]]
    # Jiangxi Fuzhou's notice as a website keeps it: no date at all, so nothing is made up
    fuzhou = Importer(read_lines(DEV / "fuzhou-nursing-homes-2023.txt")).run().notice
    assert (fuzhou.issued, fuzhou.published) == (None, None)
    # a year the text names without looking ahead is past when the document was written after it
    sentence = "2021年，全省新增养老床位1.2万张。"
    assert [(f.past, f.year) for f in ProseReader(2021, 2022).read([Entry(1, sentence, "s1")])] == [(True, 2021)]
    assert [(f.past, f.year) for f in ProseReader(2021).read([Entry(1, sentence, "s1")])] == [(False, 2021)]
    ahead = "到2021年底，全省新增养老床位1.2万张。"  # looking ahead, it stays a target
    assert [(f.past, f.year) for f in ProseReader(2021, 2022).read([Entry(1, ahead, "s1")])] == [(False, 2021)]


def test_a_signature_date_at_the_end_is_the_document_s_date() -> None:
    lines = [
        "关于印发某市养老服务实施方案的通知",
        "到2025年，全市养老机构护理型床位占比达到55%。",
        "某市人民政府",
        "2022年4月19日",
    ]
    notice = Importer(lines).run().notice
    assert notice.issued == dt.date(2022, 4, 19)
    assert [n["lines"] for n in notice.notes if "落款" in str(n["text"])] == [[4, 4]]
    # written in Chinese numerals, as 公文 often write it (二○一一年, 二00八年)
    for written, date in (
        ("二○一一年十一月十九日", dt.date(2011, 11, 19)),
        ("二00八年七月二十五日", dt.date(2008, 7, 25)),
    ):
        assert Importer([*lines[:3], written]).run().notice.issued == date
    # a notice stored as one line: its 落款 (the office's name, a blank, the date) inside the line, and
    # the figures of the table attached after it are of its year
    one_line = (
        "各有关市劳动保障局: 确保500名灾区劳动者9月底前来我省实现就业,将目标任务分解至合肥、芜湖两市。"
        " 附件:任务分解表 安徽省劳动和社会保障厅 二00八年七月二十五日 附件 任务分解表"
    )
    draft = Importer(["|", one_line]).run()
    assert draft.notice.issued == dt.date(2008, 7, 25) and draft.period == (2008, 2008)
    # not a date in the prose (于二○○九年春季) nor one after a word that is no office's
    assert Importer(["|", "确保10所学校于二○○九年三月一日前投入使用。"]).run().notice.issued is None
    assert Importer(["|", "报告会 二○○九年三月一日 召开"]).run().notice.issued is None


def test_the_group_a_target_is_taken_from_is_no_target() -> None:
    # Shandong's housing plan briefing: 100家 names the group, 30家 is the target
    found = targets("2025年底,在100家规模化机构中,争取30家实现3万平方米、1000间的经营规模。")
    assert 100.0 not in [f.value for f in found] and 30.0 in [f.value for f in found]


def test_a_box_whose_cells_stand_one_a_line_between_bars() -> None:
    # the national TCM plan's 专栏2 as a web page gives it: 中医医院(所) | / 3232 | / 3397 | / 1 | / 预期性 |
    drafted = Importer(read_lines(DEV / "national-tcm-2012.txt")).run().indicators
    first = drafted[0]
    assert (first["name"], first["unit"], first["nature"], first["lines"]) == (
        "中医医院(所)",
        "所",
        "expected",
        [8, 12],
    )
    assert (first["baseline"]["value"], first["baseline"]["year"]) == (3232.0, 2010)
    assert (first["target"]["value"], first["target"]["year"]) == (3397.0, 2015)
    assert len(drafted) == 11 and all(i["origin"] == "table" for i in drafted)


def test_a_figure_with_no_subject_reports_on_the_measure_the_clause_before_names() -> None:
    # Shaanxi's employment plan, as a news report restates its 十三五 results
    found = targets(
        "《规划》指出,“十三五”期间,我省坚持把稳就业摆在更加突出位置,顺利完成就业目标任务。"
        "全省城镇新增就业人数持续上升,累计达225.43万人,超额完成“十三五”规划纲要提出的就业指标。"
    )
    assert [(f.name, f.value, f.past, f.period) for f in found] == [("城镇新增就业人数", 225.43, True, "“十三五”时期")]


def test_a_table_with_heading_rows_and_rows_in_parts() -> None:
    """A county's indicator table as a web page gives it: its header cells with blanks inside
    (指  标), 一、发展水平 rows among the cells (not chapters, so the goals before them are plan
    text), list numbers before names, and rows whose name has parts (其中:…) with one value per
    part and column."""
    lines = read_lines(DEV / "huadong-county-education-2021-2025.txt")
    d = Importer(lines).run()
    rows = {i["name"]: i for i in d.indicators}
    first = rows["学前教育毛入园率(%)"]
    assert (first["category"], first["baseline"]["value"], first["target"]["value"]) == ("发展水平", 99.0, 99.0)
    assert (first["target"]["comparator"], first["target"]["year"], first["nature"]) == (">=", 2025, "binding")
    parts = [(i["name"], i["baseline"]["value"], i["target"]["value"]) for i in d.indicators if "：" in i["name"]]
    assert parts[:3] == [
        ("义务教育标准班额比例：小学(%)", 34.52, 80.0),
        ("义务教育标准班额比例：初中(%)", 77.34, 85.0),
        ("幼儿教师专科及以上学历比例：其中本科及以上学历比例(%)", 49.85, 50.0),
    ]
    assert (rows["幼儿教师专科及以上学历比例(%)"]["baseline"]["value"], rows["智慧校园比例(%)"]["category"]) == (
        97.74,
        "优质资源建设",
    )
    assert len(d.indicators) == 18 and not [u for u in d.unplaced if u[0] < 79]
    # the goals' 12.3年以上 (line 1) is the table's row, stated again
    years = rows["劳动年龄人口平均受教育年限(年)"]
    assert years["target"]["value"] == 12.3 and "第1行再次写到这一目标" in years["notes"][0]


def test_a_table_without_a_nature_column() -> None:
    """Rows end where the next row's 序号 or name follows their values."""
    cells = ["序号", "指标", "单位", "2020年", "2025年"]
    cells += ["1", "每千人口拥有3岁以下婴幼儿托位数", "个", "1.8", "4.5"]
    cells += ["2", "学前教育毛入园率", "%", "88", "≥90"]
    cells += ["劳动年龄人口平均受教育年限", "年", "10.8", "11.3"]
    d = Importer([*cells, "到2025年，公共服务制度体系更加完善。"]).run()
    rows = [(i["name"], i["baseline"]["value"], i["target"]["value"], i["nature"]) for i in d.indicators]
    assert rows == [
        ("每千人口拥有3岁以下婴幼儿托位数（个）", 1.8, 4.5, "unspecified"),
        ("学前教育毛入园率（%）", 88.0, 90.0, "unspecified"),
        ("劳动年龄人口平均受教育年限（年）", 10.8, 11.3, "unspecified"),
    ]


def test_a_text_in_traditional_characters() -> None:
    """A Hong Kong report on the national health plan: the rules read it in simplified characters,
    the draft cites it in its own."""
    d = Importer(read_lines(DEV / "national-health-2021-2025.txt")).run()
    rows = [
        (i["name"], i["unit"], (i["target"] or {}).get("as_written"), (i["target"] or {}).get("year"))
        for i in d.indicators
    ]
    assert rows[0] == ("中國的人均預期壽命", "歲", "達到80歲以上", 2035)  # 展望2035年: 80歲以上 ends no age group
    assert ("國家和省級健康縣區比例", "%", "不低於40%", None) in rows
    # 在2015年至2020年，從76.34歲提高至77.93歲: two past levels, each with its year
    past = [(i["name"], o["value"], o["year"]) for i in d.indicators for o in i.get("observations", [])]
    assert past == [("中國人均預期壽命", 76.34, 2015), ("中國人均預期壽命", 77.93, 2020)]
    # 在2020年的基礎上繼續提高1歲左右: the starting point goes to the words, not the name
    assert ("中國的人均預期壽命", "歲", "在2020年的基礎上繼續提高1歲左右", 2025) in rows
    # 兒童青少年達52.7%的總體近視率每年降0.5%以上: the level the yearly fall starts from
    (myopia,) = [i for i in d.indicators if "近視率" in i["name"]]
    assert (myopia["name"], myopia["target"]["value"], myopia["target"]["year"]) == ("兒童青少年總體近視率", 0.5, None)
    assert myopia["baseline"]["value"] == 52.7
    assert all(i["quote"] in "\n".join(read_lines(DEV / "national-health-2021-2025.txt")) for i in d.indicators)
    # a text in simplified characters is read as it is
    assert Importer(["到2025年，人均预期寿命达到80岁以上。"]).run().indicators[0]["name"] == "人均预期寿命"


def test_the_year_a_sentence_opens_with_holds_for_its_parts() -> None:
    # Qinghai's education plan: 到2015年 opens the sentence; its ；-parts state targets for 2015 too
    found = targets(
        "大力发展多层次、灵活多样的学前教育。到2015年,全省学前一年教育幼儿入园率达到85%以上;西宁市、各州(地)政府所在地基本普及学前三年教育;"
        "其他各地幼儿园入园率达到60%以上。全省学前教育幼儿入园率达到90 %以上。",
        start=2011,
    )
    assert [(f.name, f.value, f.year) for f in found if f.value] == [
        ("全省学前一年教育幼儿入园率", 85.0, 2015),
        ("其他各地幼儿园入园率", 60.0, 2015),
        ("全省学前教育幼儿入园率", 90.0, None),  # the next sentence (。) does not take it
    ]


def test_a_change_with_no_subject_is_the_change_of_what_was_just_measured() -> None:
    # Huangnan's education plan (发展基础): 比2015年 is the year compared with, not the year told of
    found = targets(
        "2020年,全州学前三年毛入园率为94.51%,比2015年增加25.51个百分点,高于全省平均水平14.04个百分点;"
        "高中阶段教育毛入学率为84.72%,增加26个百分点,实现基本普及。各类民办教育稳步发展,在校生达3317人,增长47.87%。",
        chapter="发展基础",
    )
    assert [(f.name, f.value, f.unit, f.past, f.year) for f in found][:6] == [
        ("全州学前三年毛入园率", 94.51, "%", True, 2020),
        ("全州学前三年毛入园率比2015年增加", 25.51, "个百分点", True, 2020),
        ("全州学前三年毛入园率高于全省平均水平", 14.04, "个百分点", True, 2020),
        ("高中阶段教育毛入学率", 84.72, "%", True, None),  # the period the chapter reports on
        ("高中阶段教育毛入学率增加", 26.0, "个百分点", True, None),
        ("在校生", 3317.0, "人", True, None),
    ]
    assert (found[6].name, found[6].value, found[6].unit) == ("在校生增长", 47.87, "%")
    # Hunan's report: 截至2024年 holds for the parts after it, whatever year they compare with
    found = targets(
        "截至2024年,湖南省学前教育毛入园率达95.86%,比2020年提高9.94个百分点;"
        "高中阶段教育毛入学率达95.16%,比2020年提高1.87个百分点。"
    )
    assert [(f.value, f.past, f.year) for f in found] == [
        (95.86, True, 2024),
        (9.94, True, 2024),
        (95.16, True, 2024),
        (1.87, True, 2024),
    ]


def test_about_a_number_and_parts_that_share_an_ending() -> None:
    # Guizhou's education plan (its 十二五 results): 3000余所; 农村初中生、小学生寄宿率
    found = targets(
        "建成3000余所寄宿制学校,营养改善计划惠及农村中小学学生400万人,农村初中生、小学生寄宿率分别达70%、30%。",
        start=2016,
        chapter="发展基础",
    )
    assert [(f.name, f.value) for f in found] == [
        ("寄宿制学校", 3000.0),
        ("营养改善计划惠及农村中小学学生", 400.0),
        ("农村初中生寄宿率", 70.0),
        ("小学生寄宿率", 30.0),
    ]


def test_a_table_whose_rows_stand_one_a_line() -> None:
    """Rows whose cells share a line: between bars (a Markdown copy, with the rule under its
    header) or between tabs and blanks (a copy from a spreadsheet or a PDF)."""
    bars = ["| 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |", "|---|---|---|---|---|---|"]
    bars += ["| 1 | 每千人口拥有3岁以下婴幼儿托位数 | 个 | 1.8 | 4.5 | 预期性 |"]
    bars += ["| 2 | 学前教育毛入园率 | % | 88 | ≥90 | 约束性 |", "到2025年，公共服务制度体系更加完善。"]
    tabs = ["指标\t2020年\t2025年\t属性", "一、发展水平", "学前教育毛入园率 (%)\t88\t≥90\t约束性"]
    tabs += ["劳动年龄人口平均受教育年限（年）\t10.8\t11.3\t约束性", "到2025年，公共服务制度体系更加完善。"]
    rows = []
    for lines in (bars, tabs):
        d = Importer(lines).run()
        rows += [(i["name"], i["target"]["value"], i["target"]["comparator"], i["lines"]) for i in d.indicators]
        assert not d.unplaced
    assert rows == [
        ("每千人口拥有3岁以下婴幼儿托位数（个）", 4.5, "=", [3, 3]),
        ("学前教育毛入园率（%）", 90.0, ">=", [4, 4]),
        ("学前教育毛入园率(%)", 90.0, ">=", [2, 3]),
        ("劳动年龄人口平均受教育年限（年）", 11.3, "=", [4, 4]),
    ]
    # a sentence with blanks in it is no row
    assert cells_of("到2025年， 学前教育毛入园率达到 90%。") == ["到2025年， 学前教育毛入园率达到 90%。"]


def test_a_repost_that_glosses_its_characters_with_pinyin() -> None:
    """Reposts gloss characters with their pinyin (城鎮(zhèn), 每(mei)千(qian)): the rules read the
    words without the glosses; the quote keeps the text as it stands."""
    jiangsu = (
        "人民網(wǎng)了解到,“十三五”期間,城鎮(zhèn)累計(jì)新增就業(yè)725.87萬(wàn)人;"
        "城鎮(zhèn)登記失業(yè)率、調(diào)查失業(yè)率分別控制在4%和4.5% 以內(nèi)。"
    )
    issued = (
        "人民網(wǎng)南京11月3日電(李子佩)11月3日,江蘇省政府舉行促進(jìn)高質(zhì)量就業(yè)工作新聞發(fā)布會(huì),"
        "發(fā)布《江蘇省“十四五”高質(zhì)量就業(yè)促進(jìn)規(guī)劃》。"
    )
    d = Importer([issued, jiangsu]).run()
    assert [(i["name"], i["unit"], i["observations"][0]["value"]) for i in d.indicators] == [
        ("城鎮累計新增就業", "萬人", 725.87),
        ("城鎮登記失業率", "%", 4.0),
        ("調查失業率", "%", 4.5),
    ]
    assert all(i["quote"] in jiangsu for i in d.indicators)
    (nursery,) = (
        Importer(["截至2021年(nian)底,我国每(mei)千(qian)人(ren)口(kou)拥有(you)3岁以(yi)下婴幼儿托位数为2.03个。"])
        .run()
        .indicators
    )
    assert (nursery["name"], nursery["observations"][0]["year"]) == (
        "每千人口拥有3岁以下婴幼儿托位数",
        2021,
    )  # 我国: a pronoun, not the name
    assert nursery["quote"].startswith("截至2021年(nian)底")


def test_a_level_with_no_subject_is_the_level_of_what_the_sentence_measured() -> None:
    # Sichuan's 14th five-year employment plan (发展基础): 26522元 is the income whose growth comes first
    found = targets(
        "就业质量显著提高。全省居民人均可支配收入年均增长9%,高于同期地区生产总值(GDP)增速2个百分点,2020年达到26522元。",
        chapter="发展基础",
    )
    assert [(f.name, f.value, f.unit, f.past) for f in found] == [
        ("全省居民人均可支配收入", 9.0, "%", True),
        ("全省居民人均可支配收入高于同期地区生产总值(GDP)增速", 2.0, "个百分点", True),
        ("全省居民人均可支配收入", 26522.0, "元", True),
    ]
    assert found[2].year == 2020


def test_a_figure_that_drives_another_does_not_take_its_subject() -> None:
    # Shaanxi's employment plan, as a news report restates its 十三五 results
    found = targets(
        "“十三五”期间,518个市、县(区)两级创业孵化基地和1.47万个在孵创业实体带动就业11.64万人。",
        start=2021,
    )
    assert [(f.name, f.value, f.past) for f in found] == [
        ("市、县(区)两级创业孵化基地", 518.0, True),
        ("在孵创业实体", 1.47, True),
        ("带动就业", 11.64, True),
    ]


def test_units_with_their_own_parts() -> None:
    """An amount per head or per year (89元/人, 2万元/年), a rate per 100,000 (10/10万, with the
    unit statistical tables give it: 1/10万), housing
    counted in sets or rooms (30万套(间)) or in sets or households (13万套(户)), books (1.2册); a
    subsidy's standard is a target, a subsidy granted is not."""
    found = targets(
        "到2025年，人均基本公共卫生服务经费补助标准提高到89元/人，孕产妇死亡率控制在10/10万以下。",
        "“十四五”期间，全省筹集保障性租赁住房30万套(间)，公共图书馆人均藏书量达到1.2册。",
        "2012年，全省棚户区危旧房改造安置住房13万套(户)。",
    )
    assert [(f.name, f.value, f.unit, f.comparator) for f in found] == [
        ("人均基本公共卫生服务经费补助标准", 89.0, "元/人", "="),
        ("孕产妇死亡率", 10.0, "1/10万", "<="),
        ("全省筹集保障性租赁住房", 30.0, "万套(间)", "="),
        ("公共图书馆人均藏书量", 1.2, "册", "="),
        ("全省棚户区危旧房改造安置住房", 13.0, "万套(户)", "="),
    ]
    # Xinxiang's plan: a standard that qualifies a policy (…为每年200元/人的补助政策) is no target
    assert targets("备案普惠托育机构生均经费进行标准为每年200元/人的补助政策纳入整体解决方案。") == []


def test_a_place_alone_names_the_measure_just_named_for_that_place() -> None:
    # Qinghai's education plan: 城市…平均入学率达到80%以上,农村达到70%以上,牧区达到60%以上
    found = targets(
        "到2011年,全省城市三类残疾儿童少年的平均入学率达到80%以上,农村达到70%以上,牧区达到60%以上。",
        start=2011,
    )
    assert [(f.name, f.value) for f in found] == [
        ("全省城市三类残疾儿童少年的平均入学率", 80.0),
        ("全省农村三类残疾儿童少年的平均入学率", 70.0),
        ("全省牧区三类残疾儿童少年的平均入学率", 60.0),
    ]
    (record,) = to_indicators(found[1:2], 1, {}, (2011, 2020))
    assert record["name_composed"]


def test_a_table_with_one_year_column_gives_its_targets_that_year() -> None:
    cells = ["指标名称", "单位", "2025年", "属性", "学前教育毛入园率", "%", "≥90", "约束性"]
    (row,) = Importer([*cells, "到2025年，公共服务制度体系更加完善。"]).run().indicators
    assert (row["name"], row["baseline"], row["target"]["value"], row["target"]["year"]) == (
        "学前教育毛入园率（%）",
        None,
        90.0,
        2025,
    )


def test_a_value_in_words_is_no_name() -> None:
    """A row read by its columns keeps its 指标 cell as the name, whatever its value cells say."""
    cells = ["指标", "2020年", "2025年", "属性", "城乡居民收入比", "2.5", "持续缩小", "预期性"]
    cells += ["劳动年龄人口平均受教育年限（年）", "10.8", "持续提高", "约束性"]
    rows = Importer([*cells, "到2025年，公共服务制度体系更加完善。"]).run().indicators
    assert [(i["name"], i["baseline"]["value"], i["target"]["as_written"], i["target"]["value"]) for i in rows] == [
        ("城乡居民收入比", 2.5, "持续缩小", None),
        ("劳动年龄人口平均受教育年限（年）", 10.8, "持续提高", None),
    ]


def test_a_text_box_drawn_with_box_characters_before_the_first_chapter() -> None:
    """A copy that starts with a 专栏 box drawn with box characters (┌─┐, │ … │, └─┘): its lines
    are read without the bars, as the plan's text; 专栏二 is numbered in words; a rate per 100,000
    is written 480/10万 or 十万分之十五; 1000人次/年以上 is a yearly amount with its bound."""
    lines = ["┌──────────────┐", "│ 专栏二:“十一五”时期社会公共服务发展主要指标 │", "│ 1、教育 │"]
    lines += ["│ 高中阶段教育入学率保持在98%以上 │", "│ 法定甲乙类传染病发病率低于480/10万 │"]
    lines += ["│ 支援农村中小学教师1000人次/年以上 │", "│ 孕产妇死亡率低于十万分之十五 │"]
    lines += ["│ 交通事故万车死亡率低于6人/万车 │", "└──────────────┘", "第三章 健全社会公共服务体系"]
    d = Importer(lines).run()
    assert [(b["id"], b["number"]) for b in d.boxes] == [("box-2", "二")]
    assert [(i["name"], i["target"]["value"], i["target"]["comparator"], i["unit"]) for i in d.indicators] == [
        ("高中阶段教育入学率", 98.0, ">=", "%"),
        ("法定甲乙类传染病发病率", 480.0, "<", "1/10万"),
        ("支援农村中小学教师", 1000.0, ">=", "人次/年"),
        ("孕产妇死亡率", 15.0, "<", "1/10万"),
        ("交通事故万车死亡率", 6.0, "<", "人/万车"),
    ]
    assert number_in_text(15, "孕产妇死亡率低于十万分之十五")
    # a box whose right bars stand in one column: a line that fills it goes on in the next
    lines = ["┌────────────────────────────────────┐", "│ 专栏二:主要指标                    │"]
    lines += ["│ 每百名60岁以上老人拥有养老服务机构 │", "│ 床位数达到2.3张                    │"]
    lines += ["│ 体育人口达到60%                    │", "└────────────────────────────────────┘", "第三章 健全体系"]
    assert [(i["name"], i["target"]["value"]) for i in Importer(lines).run().indicators] == [
        ("每百名60岁以上老人拥有养老服务机构床位数", 2.3),
        ("体育人口", 60.0),
    ]


def test_a_table_whose_cells_are_padded_apart_with_blanks() -> None:
    """A PDF's table: cells padded apart with runs of blanks on one line, a blank inside a cell
    (指 标, 2025 年); a yearly rate (年均增长) takes no year."""
    lines = ["指 标                                   2025 年        属 性"]
    lines += ["1.残疾人家庭人均收入年均增长(%)                                             >7.5           预期性"]
    lines += ["2.城乡残疾人职业技能培训人数(万人)                                            >4             预期性"]
    lines += ["到2025年，残疾人事业基础保障条件明显改善。"]
    rows = Importer(lines).run().indicators
    assert [(i["name"], i["target"]["value"], i["target"]["comparator"], i["target"]["year"]) for i in rows] == [
        ("残疾人家庭人均收入年均增长(%)", 7.5, ">", None),
        ("城乡残疾人职业技能培训人数(万人)", 4.0, ">", 2025),
    ]
    # a unit wrapped onto a line of its own belongs to the name of the row above
    lines = ["指 标                                   2025 年        属 性"]
    lines += ["1.残疾人家庭人均收入年均增长                                             >7.5           预期性", "(%)"]
    (row,) = Importer([*lines, "到2025年，残疾人事业基础保障条件明显改善。"]).run().indicators
    assert (row["name"], row["unit"], row["lines"]) == ("残疾人家庭人均收入年均增长(%)", "%", [2, 2])
    # without a blank inside a word, every blank parts cells, however many
    assert cells_of("序号 指标  单位 2020年 2025年 属性") == ["序号", "指标", "单位", "2020年", "2025年", "属性"]


def test_more_than_a_number_and_a_span_of_years_before_a_name() -> None:
    """3万余个 is more than 3万个; 2023至2025年 opens the clause and is no part of the name."""
    found = targets("稳定开发建筑、社区服务等岗位,2022年征集3万余个就业岗位,2023至2025年征集就业岗位不少于10万余个。")
    assert brief(found) == [("就业岗位", 3.0, ">", "万个", 2022), ("征集就业岗位", 10.0, ">=", "万个", 2025)]


def test_a_page_s_byline_and_the_count_of_the_plan_s_indicators_are_no_targets() -> None:
    """A news page's byline (来源 … 点击: 762次) is page furniture; 等12项主要指标 counts the plan's
    indicators; the words before a deadline inside a clause (《规划》明确了到2025年) are no name."""
    lines = ["湖北省出台养老服务体系建设“十四五”规划", "来源:原创  时间:2022-04-12  点击: 762次"]
    lines += [
        "《湖北省养老服务体系建设“十四五”规划》明确了到2025年养老床位总数达到50万张、社区日间照料设施覆盖率100%等12项主要指标。"
    ]
    d = Importer(lines).run()
    assert [(i["name"], i["target"]["value"]) for i in d.indicators] == [
        ("养老床位总数", 50.0),
        ("社区日间照料设施覆盖率", 100.0),
    ]
    # a counter alone, a byline in another order, and the count written after the word
    lines = ["浏览次数：1234", "发布日期：2022-04-12  来源：省政府办公厅", "规划共设置主要指标12项。"]
    assert Importer([*lines, "到2025年，养老床位总数达到50万张。"]).run().indicators[0]["name"] == "养老床位总数"
    assert len(Importer([*lines, "到2025年，养老床位总数达到50万张。"]).run().indicators) == 1


def test_lists_shared_out_by_fenbie() -> None:
    """Shares of one group, each reaching one of the things listed after 分别 (a qualifier before
    the first thing holds for each); counts listed with their own verbs that end with one noun; the
    count of those each figure after 分别 is for is no target; subjects of one measure listed
    before it (新建城区、新建居住区…达标率) stay with it under 均."""
    found = targets(
        "到2027年,全省100%、90%、65%的县(市、区)分别建成二甲以上的公立综合医院、中医院和妇幼保健院。",
        "全区5个地级市分别打造1—2家标准化养老机构。结合“四类村庄”发展规划,分别增加400个左右、撤并30个左右农村养老服务设施。",
        "到2025年,新建城区、新建居住区配套建设养老服务设施达标率、社区养老服务设施覆盖率均达到100%。",
    )
    assert [(f.name, f.value) for f in found] == [
        ("建成二甲以上的公立综合医院的县(市、区)比例", 100.0),
        ("建成二甲以上的中医院的县(市、区)比例", 90.0),
        ("建成二甲以上的妇幼保健院的县(市、区)比例", 65.0),
        ("标准化养老机构", 1.0),
        ("增加农村养老服务设施", 400.0),
        ("农村养老服务设施", 30.0),
        ("新建城区、新建居住区配套建设养老服务设施达标率", 100.0),
        ("社区养老服务设施覆盖率", 100.0),
    ]
    # a region's own divisions are counted, not targeted
    assert targets("到2025年,市级和14个区分别建立托育服务综合指导中心。") == []
    # a count reported as what was achieved is the figure itself
    assert [f.value for f in targets("“十三五”期间,5个社区分别被命名为全国示范性老年友好型社区。")] == [5.0]


def test_a_fall_to_a_level_and_a_rate_that_rose_to_a_figure_are_reported() -> None:
    """降至 leads from the starting level to the level reached, as 下降到 does; a rate that rose
    (全员劳动生产率逐年提高) is what the figure without a subject in the next clause measures."""
    found = targets(
        "“十三五”时期,城镇登记失业率由 2015 年的 3.14%降至 2020 年的 2.83%。"
        "全员劳动生产率逐年提高, 2020 年达 118907.5 元。",
        start=2021,
    )
    assert [(f.name, f.value, f.past, f.year) for f in found] == [
        ("城镇登记失业率", 3.14, True, 2015),
        ("城镇登记失业率", 2.83, True, 2020),
        ("全员劳动生产率", 118907.5, True, 2020),
    ]


def test_a_table_drawn_with_box_characters_whose_cells_wrap() -> None:
    """A table drawn with box characters: cells between │ … │; where rules (├──┼──┤) part its rows,
    a cell's words wrapped over lines join, column by column, on the row's first line."""
    lines = ["专栏1 “十四五”时期就业主要指标", "┌──────────────┬──────┬──────┬──────┐"]
    lines += ["│指  标        │2020年│2025年│ 属性 │", "├──────────────┼──────┼──────┼──────┤"]
    lines += ["│城镇调查失业率│ 5.5  │ <5.5 │预期性│", "│(%)           │      │      │      │"]
    lines += ["├──────────────┼──────┼──────┼──────┤", "│劳动年龄人口平│ 10.8 │ 11.3 │约束性│"]
    lines += ["│均受教育年限  │      │      │      │", "│(年)          │      │      │      │"]
    lines += ["└──────────────┴──────┴──────┴──────┘", "到2025年，就业形势总体平稳。"]
    rows = Importer(lines).run().indicators
    assert [
        (i["name"], i["baseline"]["value"], i["target"]["value"], i["target"]["comparator"], i["lines"]) for i in rows
    ] == [
        ("城镇调查失业率(%)", 5.5, 5.5, "<", [5, 5]),
        ("劳动年龄人口平均受教育年限(年)", 10.8, 11.3, "=", [8, 8]),
    ]
    # no rules between rows: a line with words in its first cell only continues a row that fills
    # that cell to its bar, or is a unit alone; a 领域 row stands on its own
    lines = ["专栏1 “十四五”时期就业主要指标", "┌──────────────┬──────┬──────┬──────┐"]
    lines += ["│指  标        │2020年│2025年│ 属性 │", "├──────────────┼──────┼──────┼──────┤"]
    lines += ["│城镇调查失业率│ 5.5  │ <5.5 │预期性│", "│(%)           │      │      │      │"]
    lines += ["│劳动年龄人口平│ 10.8 │ 11.3 │约束性│", "│均受教育年限  │      │      │      │"]
    lines += ["│(年)          │      │      │      │", "│二、就业质量  │      │      │      │"]
    lines += ["│城镇新增就业  │ 50   │ >50  │预期性│", "└──────────────┴──────┴──────┴──────┘"]
    rows = Importer([*lines, "到2025年，就业形势总体平稳。"]).run().indicators
    assert [(i["name"], i["category"], i["target"]["value"]) for i in rows] == [
        ("城镇调查失业率(%)", None, 5.5),
        ("劳动年龄人口平均受教育年限(年)", None, 11.3),
        ("城镇新增就业", "就业质量", 50.0),
    ]
    # a header wrapped above the first rule is one header row (指标 / 属性 → 指标属性)
    lines = ["┌──────────────┬──────┬──────┬──────┐", "│              │      │      │ 指标 │"]
    lines += ["│  指  标      │2020年│2025年│ 属性 │", "├──────────────┼──────┼──────┼──────┤"]
    lines += ["│城镇调查失业率│ 5.5  │ <5.5 │预期性│", "└──────────────┴──────┴──────┴──────┘"]
    (row,) = Importer([*lines, "到2025年，就业形势总体平稳。"]).run().indicators
    assert (row["name"], row["baseline"]["value"], row["target"]["value"], row["nature"]) == (
        "城镇调查失业率",
        5.5,
        5.5,
        "expected",
    )


def test_a_year_in_brackets_after_a_name_dates_the_figure() -> None:
    """城镇化率（2020年）达到58%: the bracket dates the figure (a past one here), not the name; the
    next clause's 到2025年 sets the target."""
    found = targets("全省常住人口城镇化率（2020年）达到58%，到2025年达到63%。", start=2021)
    assert [(f.name, f.value, f.past, f.year) for f in found] == [
        ("全省常住人口城镇化率", 58.0, True, 2020),
        ("全省常住人口城镇化率", 63.0, False, 2025),
    ]


def test_the_period_of_a_report_on_a_plan_s_press_conference() -> None:
    """A news report with no title of its own is about the plan its press conference presents
    (举行《…“十四五”规划》新闻发布会), not the period it reports results for."""
    lines = [
        "广州1月12日电 广东省人民政府新闻办公室12日举行《广东省卫生健康事业发展“十四五”规划》新闻发布会。",
        "朱宏介绍,“十三五”(2016年至2020年)期间,广东居民人均预期寿命由2015年的77.1岁提高到78.4岁。",
        "“十三五”期间,全区城镇实现新增就业220万人以上,平均每年实现新增就业44万人以上;",
    ]
    assert period_found("", lines) == (2021, 2025)
    # a reading of the plan (《…规划》解读) is about it as much
    assert period_found("", ["《广东省卫生健康事业发展“十四五”规划》解读", *lines[1:]]) == (2021, 2025)


def test_a_headline_naming_one_year_s_work_sets_the_period_over_a_plan_named_in_passing() -> None:
    lines = [
        "我市发布2023年十件民生实事",
        "发布时间：2023-02-10 09:30 来源：市政府办公室",
        "为深入贯彻落实“十四五”规划，今年我市将重点办好十件民生实事。",
        "一、新增普惠性托位2000个。",
    ]
    assert period_found("", lines) == (2023, 2023)
    assert period_found("2022年度为民办实事项目", lines[2:]) == (2022, 2022)
    # a headline that aims at a year, or names two, is no year's work
    assert period_found("", ["到2025年民生实事项目全面完成", *lines[2:]]) == (2021, 2025)
    assert period_found("", ["2021—2025年民生工程规划", *lines[2:]]) == (2021, 2025)


def test_of_two_periods_named_as_often_the_later_is_the_text_s() -> None:
    """A text that names the period it reports on as often as the one it looks ahead to is about
    the later one: its past results are no targets."""
    lines = [
        "预计到2025年,广东人均预期寿命将超过79岁,居民主要健康指标达到高收入国家平均水平。",
        "《广东省卫生健康事业发展“十四五”规划》",
        "“十三五”(2016年至2020年)期间,广东居民人均预期寿命由2015年的77.1岁提高到78.4岁。",
    ]
    assert period_found("", lines) == (2021, 2025)
    # the only period named ends before the first year the text aims at: it is reported on
    lines = [
        "计划到2015年,全区所有社区卫生服务中心都能提供中医药服务。",
        "“十一五”期间,广西共投入近15亿元建设服务体系。",
    ]
    assert (period_found("", lines) or (0, 0))[1] == 2015
    assert period_found("", ["到2035年,基本建成技能型社会。", "“十四五”时期末,技能人才占比达到30%以上。"]) == (
        2021,
        2025,
    )


def test_a_range_with_its_measure_word_on_both_ends() -> None:
    """新增2位至3位全职院士: a range, written with its unit on both ends; 2021年至2025年 stays a span."""
    found = targets("计划到2025年,广东省新增2位至3位全职院士、3位至4位双聘院士等,形成“金字塔”式人才雁阵队伍。")
    assert [(f.name, f.value, f.upper, f.unit, f.year) for f in found] == [
        ("全职院士", 2.0, 3.0, "位", 2025),
        ("双聘院士", 3.0, 4.0, "位", 2025),
    ]
    assert quantities("“十四五”(2021年至2025年)期间") == []


def test_a_yearly_rate_named_by_its_subject_takes_no_year() -> None:
    """平均每年实现新增就业44万人以上: the subject says the figure is a yearly rate, so it takes no
    year, though the sentence names the period (“十三五”期间) whose total the clause before gives."""
    found = targets("“十三五”期间,全区城镇实现新增就业220万人以上,平均每年实现新增就业44万人以上;", start=2016)
    assert [(f.name, f.value, f.year) for f in found] == [
        ("全区城镇实现新增就业", 220.0, 2020),
        ("平均每年实现新增就业", 44.0, None),
    ]


def test_the_count_of_a_plan_s_special_actions_is_no_target() -> None:
    """《健康辽宁行动实施方案》确定的19项专项行动: the count of the plan's own parts, as 12项主要指标 is."""
    found = targets(
        "《健康辽宁行动(2021-2030年)》对《健康辽宁行动实施方案》确定的19项专项行动,"
        "分别从个人、社会、政府三个层面,明确了具体工作任务、行动目标及实施路径。"
    )
    assert found == []


def test_what_a_share_is_for_is_no_part_of_its_name() -> None:
    """保留不低于20%的床位用于接收…对象: the beds kept are the name; 用于… says what they are for."""
    found = targets("公建民营协议要明确约定保留不低于20%的床位用于接收政府供养和基本养老服务保障对象，确保公益属性。")
    assert [(f.name, f.value, f.comparator, f.unit) for f in found] == [("床位", 20.0, ">=", "%")]


def test_the_end_of_a_span_of_years_is_no_deadline_once_it_has_passed() -> None:
    """“十三五”(2016年至2020年)期间: 至2020年 closes a span, it sets no deadline; the span's end is the
    year only in a plan whose period it is."""
    span = "“十三五”(2016年至2020年)期间,广东居民人均预期寿命由2015年的77.1岁提高到78.4岁"
    assert TARGET_YEAR.search(span) is None
    assert sentence_year(span, 2016) == 2020
    assert sentence_year(span, 2021) is None
    assert past_marker(span, 2021) == (None, "“十三五”时期")


def test_an_opinion_dated_in_a_metadata_field_aims_at_the_years_its_paragraphs_open_with() -> None:
    """An opinion without a title line or a 到20XX年: its 【公布日期】 field dates it, and the years
    that open its paragraphs from then on are its period, so their figures are targets."""
    lines = [
        "杭州市人民政府关于加快学前教育改革与发展的若干意见(试行)文章属性•【公布日期】2005.02.01•【字号】杭政函[2005]39号",
        "一、明确目标任务,促进学前教育快速发展1、学前三年教育发展目标。",
        "2007年,全市学前三年幼儿入园率达到96%以上,乡镇中心幼儿园建园率达到90%以上。",
        "2010年,每个乡镇都建有1所公办中心幼儿园,全面普及学前三年教育。",
    ]
    d = Importer(lines).run()
    assert d.notice.published == dt.date(2005, 2, 1) and d.period == (2007, 2010)
    drafted = [(i["name"], i["target"]["value"], i["target"]["year"]) for i in d.indicators]
    assert drafted == [
        ("全市学前三年幼儿入园率", 96.0, 2007),
        ("乡镇中心幼儿园建园率", 90.0, 2007),
        ("公办中心幼儿园", 1.0, 2010),
    ]
    # without the date, a year opening a paragraph may be a report: no period from it
    assert period_found("", lines[2:]) is None
    assert period_found("", lines[2:], written=2008) == (2010, 2010)


def test_at_least_before_the_verb_bounds_the_count() -> None:
    """各区、县(市)至少办1所早教中心: 至少 before 办 makes the count a floor."""
    found = targets("2007年,各区、县(市)至少办1所早教中心。", start=2007)
    assert [(f.value, f.comparator, f.unit) for f in found] == [(1.0, ">=", "所")]


def test_a_year_line_ending_in_a_colon_dates_the_rows_after_it() -> None:
    """2030年的主要健康指标,其中: then one row a line: each row takes 2030; a bracket after a figure
    that tells where it stands now (目前29.3%) or stood in a year (2014年为3.6亿人) is past."""
    found = targets(
        "2030年的主要健康指标,其中:",
        "个人卫生支出占卫生总费用的比重 降至25%左右(目前29.3%)",
        "经常参加体育锻炼人数 5.3亿人(2014年为3.6亿人)",
    )
    assert [(f.name, f.value, f.unit, f.year, f.past) for f in found] == [
        ("个人卫生支出占卫生总费用的比重", 25.0, "%", 2030, False),
        ("个人卫生支出占卫生总费用的比重", 29.3, "%", None, True),
        ("经常参加体育锻炼人数", 5.3, "亿人", 2030, False),
        ("经常参加体育锻炼人数", 3.6, "亿人", 2014, True),
    ]


def test_a_rate_per_100000_keeps_its_unit_in_a_text_in_traditional_characters() -> None:
    """孕產婦死亡率 12/10萬: the unit is the one rates are given (1/10万), not the text's characters."""
    d = Importer(["2030年的主要健康指標(biāo),其中:", "孕產(chǎn)婦死亡率 12/10萬(目前20.1/10萬) |"]).run()
    assert [(i["name"], i["unit"]) for i in d.indicators] == [("孕產婦死亡率", "1/10万")] * 2


def test_a_changed_planned_figure_sets_the_new_one_as_target() -> None:
    """每千人均配置执业(助理)医师数从1.84人调整为1.88人: 1.88 is the target, 1.84 its baseline."""
    d = Importer(
        ["到2015年,每千人均配置执业(助理)医师数从1.84人调整为1.88人,每千人均配置注册护士数从2.02人调整为2.07人。"]
    ).run()
    drafted = [(i["name"], i["baseline"]["value"], i["target"]["value"]) for i in d.indicators]
    assert drafted == [("每千人均配置执业(助理)医师数", 1.84, 1.88), ("每千人均配置注册护士数", 2.02, 2.07)]


def test_a_level_raised_straight_to_the_next_figure_is_that_figures_baseline() -> None:
    """每人每月80元提高至100元 (no 由 before the level), 从15000元/人/年提升为20000元/人/年: the level a
    standard is raised from is the baseline of the one it is raised to, not a target of its own."""
    d = Importer(
        [
            "2023年5月1日起,统一城乡残疾人两项补贴标准,困难残疾人生活补贴每人每月80元提高至100元、"
            "重度残疾人护理补贴每人每月80元提高至100元。",
            "2023年起,残疾儿童基本康复训练救助补助标准从15000元/人/年提升为20000元/人/年。",
        ]
    ).run()
    drafted = [((i["baseline"] or {}).get("value"), i["target"]["value"]) for i in d.indicators if i["target"]]
    assert drafted == [(80.0, 100.0), (80.0, 100.0), (15000.0, 20000.0)]


def test_a_standard_named_after_a_subsidy_is_raised_not_given() -> None:
    """补助月人均补差水平由375元、173元分别提高到419元、191元: a standard (水平, 标准 within the words after
    补助), its levels raised; not a sum of money given (给予补助…500元)."""
    d = Importer(
        ["某市2016年政府工作报告", "城镇和农村低保补助月人均补差水平由375元、173元分别提高到419元、191元。"]
    ).run()
    drafted = [(i["name"], i["baseline"]["value"], i["target"]["value"]) for i in d.indicators]
    assert drafted == [("城镇低保补助月人均补差水平", 375.0, 419.0), ("农村低保补助月人均补差水平", 173.0, 191.0)]


def test_levels_raised_from_one_years_to_the_next_years_pair_in_order() -> None:
    """分别从2022年每人每月1949元、1313元提高到2023年2017元、1359元: each level the baseline of the figure
    in its place, named by the words before 分别从, the year of each its own."""
    d = Importer(
        [
            "某县2023年民生实事",
            "集中供养孤儿、散居孤儿基本生活最低养育标准水平分别从2022年每人每月1949元、1313元提高到2023年2017元、1359元。",
        ]
    ).run()
    drafted = [(i["name"], i["baseline"]["value"], i["target"]["value"], i["target"]["year"]) for i in d.indicators]
    assert drafted == [
        ("集中供养孤儿基本生活最低养育标准水平", 1949.0, 2017.0, 2023),
        ("散居孤儿基本生活最低养育标准水平", 1313.0, 1359.0, 2023),
    ]


def test_two_targets_of_one_name_are_told_apart_by_the_work_their_sentences_open_with() -> None:
    """新增学位5万个 for pre-school, 新增学位15万个 for compulsory schooling, in one paragraph."""
    found = targets(
        "将着重推进学前教育普及普惠发展,“十四五”期间新改扩建普惠性幼儿园200所,新增学位5万个。"
        "推进义务教育优质均衡发展,“十四五”期间新改扩建普通中小学校150所,新增学位15万个。"
    )
    assert [(f.name, f.value) for f in found] == [
        ("新改扩建普惠性幼儿园", 200.0),
        ("新增学位(学前教育普及普惠发展)", 5.0),
        ("新改扩建普通中小学校", 150.0),
        ("新增学位(义务教育优质均衡发展)", 15.0),
    ]


def test_a_keyword_line_is_page_furniture() -> None:
    d = Importer(["到2025年,新增学位5万个。", "关键词: 十四五教育事业发展规划 新增学位5万个"]).run()
    assert [i["lines"] for i in d.indicators] == [[1, 1]]
    assert [n for n, _, _ in d.unplaced] == [2]


def test_a_count_placed_after_its_number_a_sign_before_it_and_items_one_a_line() -> None:
    """其中10家在原特区外: a part of the count just named, placed; ≥80%: a floor; lines that open
    with an item's number (2、) are items of their own, not one paragraph broken across lines."""
    d = Importer(
        [
            "到2020年将实现:",
            "1、新建投入使用市级三级公立医院12家,其中10家在原特区外",
            "2、重点人群家庭医生签约服务率≥80%",
            "3、建成10家在全省具有影响力的医疗机构",
        ]
    ).run()
    drafted = [(i["name"], i["target"]["value"], i["target"]["comparator"], i["lines"]) for i in d.indicators]
    assert drafted == [
        ("新建投入使用市级三级公立医院", 12.0, "=", [2, 2]),
        ("新建投入使用市级三级公立医院(原特区外)", 10.0, "=", [2, 2]),
        ("重点人群家庭医生签约服务率", 80.0, ">=", [3, 3]),
        ("在全省具有影响力的医疗机构", 10.0, "=", [4, 4]),  # an item, no headline its body restates
    ]


def test_a_clause_of_who_set_a_count_before_it_names_it() -> None:
    """今年省政府下达我市的18271套保障房中: 下达 is no verb of the figure; the clause before 的
    and the noun after the number name it (省政府下达我市的保障房), 中 (among them) does not."""
    found = targets("今年省政府下达我市的18271套保障房中,保障性住房建设11500套。", start=2011)
    assert [(f.name, f.value) for f in found][:1] == [("省政府下达我市的保障房", 18271.0)]


def test_a_state_as_of_a_time_without_a_year_is_an_observation_of_that_time() -> None:
    """截至5月底,全市已经完成建设任务4139套: past, observed at the time the text writes."""
    assert past_marker("截至5月底,全市已经完成建设任务4139套", 2011) == (None, "截至5月底")
    assert past_marker("截至2024年底,共有5所", 2021) == (2024, None)
    d = Importer(["“十二五”期间,完成保障性安居工程建设71509套。截至5月底,全市已经完成建设任务4139套。"]).run()
    observed = [o for i in d.indicators for o in i.get("observations", [])]
    assert [(o["period"], o["value"]) for o in observed] == [("截至5月底", 4139.0)]


def test_a_share_of_a_whole_after_a_count_is_the_share_of_the_thing_just_counted() -> None:
    """…老年人口达554.22万人,占常住人口的15.59%: 老年人口占常住人口, a past figure like the count."""
    found = targets("截至目前,全省60岁及以上老年人口达554.22万人,占常住人口的15.59%。")
    assert [(f.name, f.value, f.past, f.period) for f in found] == [
        ("全省60岁及以上老年人口", 554.22, True, "截至目前"),
        ("全省60岁及以上老年人口占常住人口", 15.59, True, "截至目前"),
    ]


def test_now_in_a_sentence_that_looks_ahead_is_no_past() -> None:
    """目前 marks a figure of today (目前29.3%), but not in a sentence that looks ahead from it."""
    assert past_marker("目前29.3%", 2021) == (None, "目前")
    found = targets("目前正在推进建设,力争养老机构护理型床位占比达到60%。")
    assert [(f.value, f.past) for f in found] == [(60.0, False)]


def test_an_age_group_s_population_is_foreseen_never_set() -> None:
    """预计…60岁及以上人口占全市人口比重将突破20%: a forecast, no target; a count of it reached
    is still a past figure."""
    ahead = "预计到“十四五”末,武汉市60岁及以上人口占全市人口比重将突破20%,其中65岁及以上人口超过14%。"
    assert targets(ahead) == []
    found = targets("截至目前,全省60岁及以上老年人口达554.22万人。")
    assert [(f.value, f.past) for f in found] == [(554.22, True)]


def test_a_one_year_plan_whose_first_heading_runs_into_its_text() -> None:
    """A repost of a city's one-year plan (甘肃 武威, 2021): 一、目标任务 runs into its paragraph, so
    二、实施步骤 is the first heading seen; the text starts at 一、, and the one year it names is
    its period, so counts without a year of their own are that year's."""
    lines = [
        "武威2021年新建哪些学校?",
        "一、目标任务为进一步扩大城镇教育资源,2021年全市新建公办幼儿园、中小学9所,新增中小学学位4000个。",
        "二、实施步骤",
        "3-4月,凉州区第一幼儿园等6所学校建设项目开复工。",
    ]
    d = Importer(lines).run()
    assert d.period == (2021, 2021)
    assert [(i["target"]["value"], i["lines"][0]) for i in d.indicators] == [(9.0, 2), (4000.0, 2), (6.0, 4)]
    assert period_found("", ["2021年全市新建9所", "2022年新建5所"]) is None  # two years: no one-year plan


def test_a_year_list_whose_only_year_named_is_a_later_deadline_is_of_the_year_it_is_written() -> None:
    """fujian-livelihood-projects-2012: 省委省政府今年将为民办50项实事, dated 2012-01-08, names one year only,
    as a work's deadline (2013年底前基本实现…户户通): the list is 2012's; a year named as a year of
    targets (2020年基本完成) stays the period."""
    lines = [
        "省委省政府今年将为民办50项实事",
        "来源:东南网 2012-01-08",
        "30.推进广播电视村村通,2013年底前基本实现户户通。",
    ]
    lines += ["21.加强基层卫生机构服务能力建设,村卫生室加强建设4850所。"]
    d = Importer(lines).run()
    assert d.period == (2012, 2012)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators] == [(None, 2013), (4850.0, None)]
    assert period_found("", ["今年将新建1家疾控中心,2020年基本完成。"], written=2018) == (2020, 2020)


def test_glosses_of_a_repost_in_any_bracket_and_bare_pinyin_are_read_past() -> None:
    """(读:dà), 《练:xiǎo》, {pinyin:qīng}, (繁体:學), [繁体:鎮] and a bare 2021年nián 全市: the rules
    read the words without them; the quote keeps them."""
    line = "2021年nián 全市新建公办幼儿园、中小《练:xiǎo》学(繁体:學)9所,扩大(读:dà)城镇[繁体:鎮]教育资源。"
    assert normalised(line)[0] == "2021年全市新建公办幼儿园、中小学9所,扩大城镇教育资源。"
    assert normalised("Beijing 2021年")[0] == "Beijing 2021年"  # a word without tone marks stays
    # a blank a gloss leaves before the next word goes with it: 115個(ge) 村, 8萬(wan) 元
    assert (
        normalised("將對115個(ge) 村開展項目,實現村均年增收8萬(wan) 元。")[0]
        == "将对115个村开展项目,实现村均年增收8万元。"
    )


def test_a_year_a_clause_looks_ahead_from_opens_the_period_and_holds_for_the_parts_after_it() -> None:
    """A news report on a three-year action (辽宁, 2023): 到2025年 and 2023年,全省力争实现… give the
    period 2023-2025; 一是…,如2023年,A;B: the year heading its clause holds for the ；-part B."""
    assert period_found("", ["到2025年,全省新增就业138万人。", "2023年,全省力争实现新增专业技术人才11万人。"]) == (
        2023,
        2025,
    )
    lines = [
        "到2025年,全省累计新增城镇就业138万人。",
        "一是实现就业新突破,如2023年,全省城镇新增就业45万人左右;全年开展专场招聘1000场以上。",
        "2023年,全省力争实现新增专业技术人才11万人。",
    ]
    d = Importer(lines).run()
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators] == [
        (138.0, 2025),
        (45.0, 2023),
        (1000.0, 2023),
        (11.0, 2023),
    ]


def test_a_count_of_what_exists_now_beside_a_plan_is_no_target() -> None:
    """重庆现有226个街道,计划建设街道养老服务中心220个: the existing count is a figure of now."""
    found = targets("到2022年,重庆现有804个乡镇、8029个行政村,计划建设乡镇养老服务中心800个。")
    assert [(f.value, f.past, f.period) for f in found] == [
        (804.0, True, "现有"),
        (8029.0, True, "现有"),
        (800.0, False, None),
    ]
    assert [f.past for f in targets("到2025年,现有养老机构护理型床位占比达到60%。")] == [False]
    # how many there are (dev/shaanxi-home-eldercare-2011-2015 line 3, dev/sanya-school-places-2023-2025 line 10);
    # not what each place is to have (dev/harbin-fitness-2011-2015 line 6) nor what a target has 拥有
    found = targets(
        "与此同时,失能半失能老人数量庞大,全省约有100万人。到2015年建成居家养老服务中心500个。",
        "每个社区至少有1处健身设施,配有3名社会体育指导员。",
        "到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
        start=2011,
    )
    assert [(f.value, f.past) for f in found] == [
        (100.0, True),
        (500.0, False),
        (1.0, False),
        (3.0, False),
        (4.5, False),
    ]


def test_trillions_are_a_unit_and_the_count_of_a_plan_s_areas_of_tasks_is_none() -> None:
    """国务院…提出…等8个方面主要任务: the plan's own parts; 总规模达到5万亿元: a target in 万亿元."""
    found = targets("提出推动体育产业高质量发展等8个方面主要任务,到2025年,带动全国体育产业总规模达到5万亿元。")
    assert [(f.name, f.value, f.unit) for f in found] == [("带动全国体育产业总规模", 5.0, "万亿元")]


def test_a_count_of_what_a_text_sets_out_is_no_target() -> None:
    """纲要提出7个发展领域的…, 明确11项…专项行动: a count straight after 提出 or 明确 counts the text's own
    parts; a verb of work between them (提出新建10所) leaves the count a target."""
    assert targets("纲要提出7个发展领域的主要目标和策略措施,涉及儿童与健康等方面。") == []
    assert targets("2023年,将继续实施健康行动,明确11项提升人均预期寿命的专项行动工作年度目标。") == []
    found = targets("方案提出,到2025年新建10所公办幼儿园。")
    assert [(f.name, f.value, f.unit) for f in found] == [("公办幼儿园", 10.0, "所")]


def test_a_starting_level_parted_from_its_change_by_a_comma_is_the_baseline() -> None:
    """将从2015年的76.7岁,提高至2020年的78岁: the comma does not make the starting level a target."""
    found = targets("全市人均预期寿命,将从2015年的76.7岁,提高至2020年的78岁。", start=2016)
    assert brief(found) == [("全市人均预期寿命", 78.0, "=", "岁", 2020)]
    assert found[0].baseline is not None and found[0].baseline[1] == 76.7
    # dev/xiangcheng-rural-dibao-2016 line 5: the level's words between 由 and its figure, then a comma;
    # dev/xian-serious-illness-insurance-2014 line 7: a level lowered (下调至)
    found = targets("芗城区农村低保标准由现在的家庭年人均收入2800元,提高到3500元。", start=2016)
    assert [(f.value, f.baseline[1] if f.baseline else None) for f in found] == [(3500.0, 2800.0)]
    found = targets("将城镇居民大病保险的起付线由1.5万元下调至1万元。", start=2014)
    assert [(f.value, f.baseline[1] if f.baseline else None) for f in found] == [(1.0, 1.5)]


def test_a_count_that_set_a_record_is_told_not_aimed_at() -> None:
    """全省高校毕业生21.9万人,创历史新高: the count is a record set, observed; the targets of the
    sentences after it stay targets, and 创新高地 (a hub of innovation) is no record."""
    found = targets("今年,全省高校毕业生21.9万人,创历史新高。其中,大学生就业见习岗位增加81%。", start=2022)
    assert [(f.name, f.value, f.past) for f in found] == [
        ("全省高校毕业生", 21.9, True),
        ("大学生就业见习岗位", 81.0, False),
    ]
    found = targets("到2025年,建成职业教育基地10个,创新高地建设取得实效。")
    assert [(f.value, f.past) for f in found] == [(10.0, False)]


def test_counts_of_cameras_boats_plants_medals_kinds_and_elevators_are_quantities() -> None:
    """监控500路, 苗木8000株, 金牌1枚, 病种30种, 电梯42部, 亿立方米, 万㎡, 亿册次 are units of targets;
    路段 is no unit, and 等5种 counts the kinds just listed."""
    found = targets(
        "到2025年,新增社会面监控500路,种植苗木8000株,夺取金牌1枚以上,专项救治病种不少于30种,改造老旧电梯42部。",
        "到2025年,海水淡化水年供水量达到1亿立方米,建筑面积4.55万㎡,文献外借8亿册次。",
    )
    assert [(f.value, f.unit) for f in found] == [
        (500.0, "路"),
        (8000.0, "株"),
        (1.0, "枚"),
        (30.0, "种"),
        (42.0, "部"),
        (1.0, "亿立方米"),
        (4.55, "万㎡"),
        (8.0, "亿册次"),
    ]
    assert targets("到2025年,完成苯丙酮尿症、地中海贫血等5种遗传代谢病筛查,推进市区300路段整治。") == []


def test_the_count_of_a_service_does_not_cut_the_name_of_those_who_get_it() -> None:
    """为6万余名中小学生开展1次心理健康测评: the pupils are named with the service they get, and the
    service's own count (1次, 12天) is part of the name, no target."""
    found = targets(
        "2025年,每学年为6万余名中小学生开展1次心理健康测评。", "2025年,为2万名中小学生免费开展12天运动技能培训。"
    )
    assert [(f.name, f.value, f.unit) for f in found] == [
        ("中小学生开展心理健康测评", 6.0, "万名"),
        ("中小学生免费开展运动技能培训", 2.0, "万名"),
    ]


def test_a_share_of_places_that_have_something_is_named_by_what_they_have() -> None:
    """50%的乡镇(街道)建有老年学校: the share is of the places that have a school, 建有老年学校的乡镇(街道)."""
    found = targets("到2025年,50%的乡镇(街道)建有老年学校,30%的行政村(居委会)建有老年学习点。")
    assert [(f.name, f.value) for f in found] == [
        ("建有老年学校的乡镇(街道)", 50.0),
        ("建有老年学习点的行政村(居委会)", 30.0),
    ]


def test_work_under_way_is_told_as_it_stands_now() -> None:
    """目前,11个学位建设项目工程进展顺利,…秋季学期将具备投用条件: the 11 projects are under way, a
    figure of now, though the sentence looks ahead after them; a target to push on stays one."""
    found = targets("目前,11个学位建设项目工程进展顺利,均已实现春节后复工,秋季学期将具备投用条件。")
    assert [(f.value, f.past, f.period) for f in found] == [(11.0, True, "目前")]
    found = targets("到2025年,将新建学校11所,正在推进的项目按期完工。")
    assert [(f.value, f.past) for f in found] == [(11.0, False)]


def test_the_level_now_a_target_is_compared_with_is_observed() -> None:
    """更长远的目标是2025年实现体育场地人均2平米,相对于目前的人均1.46平方米将有提升: 1.46 is the level
    now, not a second target."""
    found = targets("更长远的目标是2025年实现体育场地人均2平方米,相对于目前的人均1.46平方米将有提升。")
    assert [(f.value, f.past) for f in found] == [(2.0, False), (1.46, True)]


def test_a_count_in_words_without_a_magnitude_is_a_quantity() -> None:
    """每万人口全科医生数将达到两人: 2人, as 达到两万人 is 2万人; 不超过三个月 is a time allowed."""
    found = targets("到2020年,每万人口全科医生数将达到两人。", "到2020年,审批时限不超过三个月。", start=2016)
    assert [(f.name, f.value, f.unit) for f in found] == [("每万人口全科医生数", 2.0, "人")]


def test_a_predicate_after_a_share_is_no_noun_it_counts() -> None:
    """主要食品安全抽查99%合格: 合格 says what the share is of, the name is the subject before it."""
    found = targets("到2035年,主要食品安全抽查99%合格……")
    assert [(f.name, f.value) for f in found] == [("主要食品安全抽查", 99.0)]


def test_a_count_inside_a_bracket_is_named_with_what_the_bracket_follows() -> None:
    """每个乡镇配套综合健身场馆(不少于4个体育项目): the count is of the hall's sports, named with both."""
    found = targets("到2025年,每个乡镇配套综合健身场馆(不少于4个体育项目)。")
    assert [(f.name, f.value, f.comparator) for f in found] == [("每个乡镇配套综合健身场馆体育项目", 4.0, ">=")]


def test_a_level_described_after_its_value_is_not_what_is_measured() -> None:
    """城镇调查失业率保持在5.5%左右的合理区间: 合理区间 describes the level of the rate named before."""
    found = targets("到2025年,城镇调查失业率保持在5.5%左右的合理区间。")
    assert [(f.name, f.value) for f in found] == [("城镇调查失业率", 5.5)]


def test_may_reach_is_a_verb_not_part_of_the_name() -> None:
    """计划建设街道养老服务中心220个,覆盖率可达97.3%: 可达 is the verb; 社会认可度 keeps its 可."""
    found = targets("到2022年,计划建设街道养老服务中心220个,覆盖率可达97.3%。", "到2025年,社会认可度达到90%。")
    assert [f.name for f in found] == ["建设街道养老服务中心", "覆盖率", "社会认可度"]


def test_a_floor_before_a_verb_phrase_governs_the_count_it_ends_in() -> None:
    """各级政府每年至少向本级人大及其常委会专题报告1次教育工作: at least once a year."""
    (found,) = targets("各级政府每年至少向本级人大及其常委会专题报告1次教育工作。")
    assert (found.value, found.comparator, found.unit, found.year) == (1.0, ">=", "次", None)


def test_as_of_a_year_is_no_year_aimed_at() -> None:
    """截至2019年11月 reports; only 到2022年 is aimed at."""
    assert period_found("", ["截至2019年11月,老年人口已达516.24万。", "到2022年全部完成。"]) == (2022, 2022)


def test_a_news_byline_dates_the_text_and_a_year_reached_before_it_is_past() -> None:
    """A 2019 news item on 2018 statistics beside a 2016-2020 plan's targets: its byline dates it,
    so 提高到2018年的77.0岁 is what was reached, not a target; the plan's 到2020年 stays a target."""
    notice = Notice()
    own_dates(["国家卫健委发布统计公报", "2019-05-28  来源:新快报", "正文"], notice)
    assert written_year(notice) == 2019
    entries = [
        Entry(1, "统计公报显示,我国居民人均预期寿命由2017年的76.7岁提高到2018年的77.0岁。", "s1", ""),
        Entry(2, "规划提出,到2020年我国人均预期寿命应大于77.3岁。", "s1", ""),
    ]
    found = ProseReader(2016, written_year(notice)).read(entries)
    assert [(f.value, f.year) for f in found if not f.past] == [(77.3, 2020)]
    assert {f.value for f in found if f.past} >= {77.0}
    # without the byline the same sentence still names a target year inside the plan's period
    assert [f.value for f in ProseReader(2016).read(entries[:1]) if not f.past] == [77.0]


def test_the_count_of_the_projects_a_sentence_lists_is_no_target() -> None:
    found = targets("提出了城市阅读服务空间、数字图书馆推广工程等19个具体建设项目。", start=2016)
    assert found == []
    assert brief(targets("到2020年，新建重点项目19个。", start=2016)) == [("新建重点项目", 19.0, "=", "个", 2020)]


def test_a_period_that_ended_before_the_text_was_written_is_one_it_reports_on() -> None:
    """A 2021 news item on a population plan: it names “十三五” most and 至2020年年底, both told."""
    lines = [
        "预计2025年全省常住人口达1203万左右",
        "《规划》指出,“十三五”时期,人口结构调控取得较好成绩。“十三五”期间人口年均增长率为9.2‰。",
        "2018年4月13日至2020年年底,全省共引进人才20.8万人。",
    ]
    assert period_found("", lines) == (2016, 2020)  # undated, the period it names most
    # dated 2021, it names no period of its own (the one it names had ended): the draft's period runs
    # from its date's year to the latest year it names (预计2025年), and the draft says so
    assert period_found("", lines, written=2021) is None
    draft = Importer(["发布时间:2021-03-01", *lines]).run()
    assert draft.period == (2021, 2025) and not draft.period_named
    assert draft.period_note == t("import_period_dated", start=2021, end=2025)
    assert sentence_year(lines[2], 2016, 2021) is None  # a span that had ended: a report
    assert past_marker(lines[2], 2016, 2021) == (2020, None)  # told of: up to the end of 2020


def test_a_period_named_only_as_a_deadline_before_it_starts_is_not_the_text_s() -> None:
    # a January 2015 news item on the year's kindergartens that ends on one aim for the next period
    lines = [
        "今年高新区将新建4所国办幼儿园",
        "05.01.2015  14:05",
        "新建4所国办幼儿园分别为:第四国办幼儿园,建设总投资1455万元,共9个教学班。",
        "到“十三五”末,该区普惠性幼儿园覆盖率达到80%。",
    ]
    draft = Importer(lines).run()
    assert draft.period == (2015, 2015)
    invested = [i["target"] for i in draft.indicators if i["lines"] == [3, 3] and i["target"]["value"] == 1455]
    assert [t["year"] for t in invested] == [None]  # the period's end: the year the text is written in
    # a text of that period's plans (“十三五”期间, not a deadline) keeps it
    assert period_found("", ["“十三五”期间,该区将新建幼儿园20所。"], written=2015) == (2016, 2020)


def test_what_a_year_or_part_of_one_did_is_told_not_aimed_at() -> None:
    """仅2011年,就…, 今年已…, 前11个月 and 去年1至10月 report what was done; a year between a verb
    and its count names a batch (完工2024年9个续建…项目), not the time told of."""
    (only,) = targets("仅2011年,就投入5600万余元,修建公共文化设施。", start=2011)
    assert (only.past, only.year) == (True, 2011)
    (done,) = targets("全县农村电影放映队今年已为村民放映电影3780场。", start=2011)
    assert done.past
    months = targets("2022年前11个月,全国新开工改造城镇老旧小区5.25万个、涉及居民876.01万户。")
    assert [(f.value, f.past, f.period) for f in months] == [
        (5.25, True, "2022年前11个月"),
        (876.01, True, "2022年前11个月"),
    ]
    found = ProseReader(2021, 2023).read([Entry(1, "去年1至10月,各地在改造中,增设停车位61.96万个。", "s1", "")])
    assert [(f.value, f.past, f.year) for f in found] == [(61.96, True, 2022)]
    shown = targets("据2010安庆城区死因监测点数据显示,居民两周患病率12.8%,全市婴儿死亡率7.67‰。", start=2020)
    assert [(f.value, f.past, f.year) for f in shown] == [(12.8, True, 2010), (7.67, True, 2010)]
    # a report goes on past a target it says was met, or whose task it measures (…指导目标的任务完成率)
    told = targets("截至2024年,人均体育场地面积达到3.51平方米。体育公园建设指导目标的任务完成率高达262.5%。")
    assert [(f.value, f.past) for f in told] == [(3.51, True), (262.5, True)]
    batch = targets("完工2024年9个续建老旧小区改造项目,新开工5个老旧小区改造项目。", start=2025)
    assert [(f.value, f.past) for f in batch] == [(9.0, False), (5.0, False)]


def test_names_and_counts_a_news_item_adds() -> None:
    """A byline and 我省 are no part of a name; the counts of a vote that chose a list, and of a
    plan's own work, are no targets; 超30% is more than the number, 控制在5.5%左右 about it."""
    (lead,) = targets("本报讯(记者 李琪)2025年我省人均预期寿命达78.60岁。")
    assert lead.name == "人均预期寿命"
    assert targets("筛选出12项民生实事候选项目,从12个候选项目票选出10个项目。") == []
    assert targets("将抓好8项重点发展任务,开展4个专项工作。") == []
    over, about = targets("到2027年,技能人才占劳动力人口比重超30%,城镇调查失业率控制在5.5%左右。")
    assert (over.comparator, about.comparator) == (">", "=")
    # a year's targets after 目标是 (2014年全省城乡就业目标,是努力实现…): the year the text aims at, no 是 in names
    assert period_found(
        "", ["2013年我省新增城镇就业119.98万人。", "2014年全省城乡就业目标,是努力实现城镇新增就业100万人。"], [], 2014
    ) == (
        2014,
        2014,
    )
    (aim,) = targets("2014年全省城乡就业目标,是努力实现城镇新增就业100万人。", start=2014)
    assert (aim.name, aim.year) == ("城镇新增就业", 2014)
    # the measure a clause names as it rises (人均预期寿命持续提高,) is the subject of the next one's figure
    (life,) = targets("到2030年,人均预期寿命持续提高,达到80岁左右。")
    assert (life.name, life.value, life.year) == ("人均预期寿命", 80.0, 2030)


def test_a_number_alone_in_a_cell_a_line_table_is_left_unplaced_not_an_error() -> None:
    """A city's indicator table whose 序号 cells at times stand alone (their row's cells elsewhere):
    the draft is made (it stopped with an IndexError before), and a row holds its cells only once
    it has a value for each of the two year columns (the last row's 90 is its own, not a number
    left alone)."""
    text = REPO / "tests/importer_eval/dev/nantong-health-2016-2020.txt"
    draft = Importer(text.read_text(encoding="utf-8").splitlines()).run()
    assert any(i["name"] == "人均期望寿命" for i in draft.indicators)
    last = draft.indicators[-1]
    assert (last["name"], last["target"]["value"]) == ("县级以上医院面向基层远程医疗服务比例（%）", 90.0)
    assert not any(why == t("unplaced_table_cell") and cell == "90" for _, why, cell in draft.unplaced)


def test_a_years_results_told_against_its_target_or_the_year_before_are_no_targets() -> None:
    """A bureau's year-end item that states no date of its own: 2021年 is inside the period its
    years suggest, yet 完成…目标任务的130.26% and 与去年相比降低 tell results, and so do the ；-parts
    after them; a plan's sentence of the same year that sets a count stays a target."""
    entries = [
        Entry(
            1,
            "2021年,全市城镇新增就业50801人,与去年同期相比增长20.61%,完成省民生工程目标任务的130.26%;"
            "失业人员再就业12089人,完成目标任务的157%。",
            "s1",
            "",
        ),
        Entry(2, "2021年,城镇登记失业率为3.36%,与去年相比降低0.09个百分点。", "s1", ""),
    ]
    found = ProseReader(2021).read(entries)
    assert found and all(f.past for f in found)
    assert {(f.value, f.year) for f in found} >= {(50801.0, 2021), (12089.0, 2021), (3.36, 2021)}
    assert brief(targets("2021年,全市城镇新增就业5万人。", start=2021)) == [
        ("全市城镇新增就业", 5.0, "=", "万人", 2021)
    ]
    plan = targets("北京市2025年普通高中招生规模8.5万人左右,比上年增加3000人左右。", start=2025)
    assert [f.value for f in plan] == [8.5, 3000.0]  # 比上年增加 alone may set a target


def test_what_a_place_has_now_is_observed_and_a_standard_or_floor_of_the_same_words_is_not() -> None:
    found = ProseReader(2021).read(
        [Entry(1, "保定市建有综合型体育场馆45个,其他小型多样的文体广场744个、户外健身休闲基地13个。", "s1", "")]
    )
    assert [f.value for f in found] == [45.0, 744.0, 13.0] and all(f.past for f in found)
    assert brief(targets("每个乡镇都建有1所公办中心幼儿园。", start=2021)) == [("公办中心幼儿园", 1.0, "=", "所", None)]
    assert [f.value for f in targets("建有体育公园100个以上、全民健身中心1000个以上。", start=2021)] == [100.0, 1000.0]


def test_a_date_line_below_a_pages_leftover_markup_dates_the_text() -> None:
    notice = Notice()
    own_dates(
        ["•", '  • <strike id="q"><menu id="q"></menu></strike>', "网 > 地方", "标题", "标题", "發布時間:2022-10-08"],
        notice,
    )
    assert notice.published is None  # the lines as given: the importer reads them simplified
    own_dates(
        ["•", '  • <strike id="q"><menu id="q"></menu></strike>', "网 > 地方", "标题", "标题", "发布时间:2022-10-08"],
        notice,
    )
    assert written_year(notice) == 2022
    # dali-livelihood-projects-results-2014 line 2: a bare 日期 dates the page, not a 成文日期 of its own
    notice = Notice()
    own_dates(["大荔县十大民生工程完成投资15.8亿元", "作者:[db:作者] 来源:[db:出处] 日期:2014-12-17 浏览"], notice)
    assert written_year(notice) == 2014 and notice.issued is None


@pytest.mark.parametrize(
    ("url", "when"),
    [
        ("http://szbk.chuzhou.cn/czrb/pc/content/202206/23/content_70924.html", (2022, 6)),
        ("http://district.ce.cn/newarea/roll/201403/10/t20140310_2453861.shtml", (2014, 3)),
        ("https://news.sina.com.cn/o/2012-06-21/042924630530.shtml", (2012, 6)),
        ("http://hkwb.net/news/content/2016-01/20/content_2801508.htm", (2016, 1)),
        ("http://jsjr666.com/zixun/2022/0318/42415.html", (2022, 3)),
        ("http://gzxc.todcy.cn/xwfbt/system/2022/06/15/018164150.shtml", (2022, 6)),
        ("http://news.cntv.cn/20120204/103394.shtml", (2012, 2)),
        ("https://m.yybnet.net/anhui/news/201707/6330405.html", (2017, 7)),
        ("https://unjs.com/jiuye/cankao/20100105084757_143023.html", (2010, 1)),
        # a date, its time and a serial run together (dev/gansu-kindergartens-2013)
        ("http://m.xuhongcf.com/news/gansu/2013112506511867272.htm", (2013, 11)),
        # a month and a day with no leading zero, between hyphens (dev/fuzhou-jinan-livelihood-projects-2011)
        ("https://news.fznews.com.cn/fuzhou/2011-2-23/2011223c7Ti6Vco43205538.shtml", (2011, 2)),
        ("http://www.d-black.cn/quanzhou/fengze/2869731.html", None),
        ("http://example.org/2021/list.html", None),
        ("http://example.org/plans/2011-2015/list.html", None),  # (a span of years, no date)
        (None, None),
    ],
)
def test_the_date_a_pages_address_carries(url: str | None, when: tuple[int, int] | None) -> None:
    assert address_date(url) == when


def test_an_undated_text_takes_the_year_of_its_pages_address_and_says_so(tmp_path: Path) -> None:
    """A caption with 计划今年建成 and no date of its own: given the page's address (import --url),
    今年 is the year the address is dated; a date in the text itself comes first; the draft says
    where the year came from, and leaves plan.yaml's dates empty for the editor."""
    caption = ["6月20日,老人们正在助餐服务点用餐。来安县计划今年建成1个老年食堂、18个社区老年助餐点。", "特约摄影"]
    url = "http://szbk.chuzhou.cn/czrb/pc/content/202206/23/content_70924.html"
    text = tmp_path / "laian.txt"
    text.write_text("\n".join(caption) + "\n", encoding="utf-8")
    folder, _ = write_draft(text, "laian-2022", tmp_path / "data", url=url)
    plan = YAML(typ="safe").load((folder / "plan.yaml").read_text(encoding="utf-8"))
    drafted = YAML(typ="safe").load((folder / "indicators.yaml").read_text(encoding="utf-8"))["indicators"]
    assert {(i["target"]["value"], i["target"]["year"]) for i in drafted} == {(1.0, 2022), (18.0, 2022)}
    assert plan["published"] is None and plan["issued"] is None
    assert any("202206" in n["text"] and "2022年6月" in n["text"] for n in plan["source"]["notes"])
    undated = Importer(caption).run()
    assert {i["target"]["year"] for i in undated.indicators} != {2022}
    dated = Importer(["发布时间:2019-05-28", *caption], url).run()
    assert {i["target"]["year"] for i in dated.indicators} == {2019} and dated.notice.addressed is None


def test_a_date_at_a_pages_head_later_than_its_address_is_the_pages_not_the_texts() -> None:
    """A newspaper's item of 2000 reposted with the day the page was made (2023年10月26日) under its title: a
    page is no older than its address (/2000-02/23/), so the year's 年内 works are of 2000, not past;
    the draft says which date it left out. A head date no later than the address stays the text's."""
    item = [
        "西安市政府昨日郑重承诺",
        "2023年10月26日",
        "本报讯 昨日下午,市政府决定,2000年为群众办好以下“十件事”。",
        "——增加公交车辆。年内新购公交车辆248部,改造天然气汽车300部等。",
    ]
    url = "http://szb.sxworker.com/m/content/2000-02/23/330484.html"
    draft = Importer(item, url).run()
    assert {i["target"]["value"] for i in draft.indicators if i.get("target")} == {248.0, 300.0}
    assert not [o for i in draft.indicators for o in i.get("observations") or []]
    assert draft.notice.issued is None and draft.notice.published is None and draft.notice.addressed == (2000, 2)
    assert any("2023-10-26" in str(n["text"]) for n in draft.notice.notes)
    kept = Importer(item, "http://szb.sxworker.com/m/content/2024-02/23/330484.html").run()
    assert dt.date(2023, 10, 26) in (kept.notice.issued, kept.notice.published) and kept.notice.addressed is None


def test_a_sentence_that_opens_on_this_year_dates_its_figures_in_a_text_that_looks_further() -> None:
    """据了解,今年,…新开工建设幼儿园32所,其中…17所 in a text of 2017 that also looks to 2020: both figures are of
    2017, not of the period's end; 今年 that qualifies another clause (该项目是今年…项目,项目总投资…) dates nothing."""
    draft = Importer(
        [
            "漳州今年开建32所幼儿园",
            "2017-09-28 16:09:17 来源:海峡导报",
            "预计到2020年,全区适龄儿童公办园入园率可以达到50%以上。",
            "据了解,今年,漳州全市新开工建设幼儿园32所,其中为民办实事建设公办幼儿园17所。",
            "该项目是今年市区两级重点民生工程项目,项目总投资11499.66万元。",
        ]
    ).run()
    years = {i["target"]["value"]: i["target"]["year"] for i in draft.indicators if i.get("target")}
    assert years == {50.0: 2020, 32.0: 2017, 17.0: 2017, 11499.66: None}


def test_a_forecast_of_the_old_population_is_no_target() -> None:
    """老年人口将达到500万人 foresees; it is no target, whatever the words before it."""
    assert targets("到2025年,北京市老年人口将达到500万人。", start=2021) == []
    assert targets("预计到2015年,合肥市60岁以上老年人口将达到141.2万人。", start=2011) == []
    assert [f.value for f in targets("到2025年,养老机构床位占老年人口比例达到3%。", start=2021)] == [3.0]


def test_the_count_a_work_builds_on_is_no_target() -> None:
    found = targets("2020年,在5个省级试点地区的基础上建设一批国家级社区治理试点地区,新建养老设施221处。", start=2020)
    assert [f.value for f in found] == [221.0]


def test_a_pages_reading_time_is_debris() -> None:
    draft = Importer(
        ["济南今年将新建221处养老设施", "本篇文章354字,读完约1分钟", "2020年,济南将新建221处养老设施。"]
    ).run()
    assert any(text == "本篇文章354字,读完约1分钟" for _, _, text in draft.unplaced)
    assert all(i.get("unit") != "分钟" for i in draft.indicators)


def test_the_count_of_places_a_work_is_done_in_is_no_target() -> None:
    found = targets("下一步,计划在全市规划建设城乡书房100家,在3个街道,规划建设15个城乡书房。", start=2020)
    assert len(found) == 2 and {f.value for f in found} == {15.0, 100.0}
    assert [f.value for f in targets("城镇调查失业率保持在5.5%左右,在21个镇设立分馆。", start=2021)] == [5.5, 21.0]
    listed = targets(
        "到2020年,在全县96个村、3个社区设立文化活动场所,每室宽带接入4兆以上、面积不少于60平方米。", start=2018
    )
    assert brief(listed) == [("每室宽带接入", 4.0, ">=", "兆", 2020), ("面积", 60.0, ">=", "平方米", 2020)]


def test_a_bureaus_reply_is_dated_by_the_day_it_replied() -> None:
    notice = Notice()
    own_dates(
        [
            "群众建议:城市书房",
            "希望政府加大投入。",
            "新泰市文化和旅游局在2020-03-09回复:您好,…今年计划新建10家城乡书房。",
        ],
        notice,
    )
    assert written_year(notice) == 2020


def test_a_quotation_and_who_set_a_target_are_no_part_of_its_name() -> None:
    (found,) = targets("“2019年重庆提出三年内全市开展补贴性职业技能培训150万人次。", start=2019)
    assert "提出" not in found.name and not found.name.startswith("“") and "补贴性职业技能培训" in found.name


def test_a_headline_names_what_its_body_states_with_a_verb_only() -> None:
    lines = [
        "重庆今年将培训技能人才超50万人次",
        "发布时间:2020-07-16",
        "重庆市人力社保局负责人介绍,今年将培训50万人次以上。",
    ]
    drafted = [i for i in Importer(lines).run().indicators if i.get("target")]
    assert [(i["name"], i["target"]["value"], i["target"]["comparator"]) for i in drafted] == [
        ("重庆今年将培训技能人才", 50.0, ">=")
    ]


def test_what_was_done_so_far_is_observed_and_a_cumulative_floor_is_a_target() -> None:
    found = ProseReader(2022).read(
        [Entry(1, "我市深入实施“巴渝工匠”计划,累计培养全国技术能手271人,近年累计开展技术攻关3000余项。", "s1", "")]
    )
    assert [f.value for f in found] == [271.0, 3000.0] and all(f.past for f in found)
    assert [f.value for f in targets("●返乡入乡创业人员累计超过100万人", start=2021)] == [100.0]
    told = ProseReader(2018).read(
        [Entry(1, "据介绍,通过实施两轮“学前教育三年行动计划”,五年来全省累计投入35亿元,新建幼儿园2767所。", "s1", "")]
    )
    assert [f.value for f in told] == [35.0, 2767.0] and all(f.past for f in told)  # 计划 in a name looks nowhere ahead


def test_a_name_that_ends_in_a_yearly_growth_is_a_yearly_rate() -> None:
    (found,) = targets("到2020年,残疾人家庭人均可支配收入年均增速大于7%。", start=2016)
    assert (found.value, found.comparator, found.year) == (7.0, ">", None)


def test_counts_run_together_name_a_set_of_facilities() -> None:
    found = targets("支持各县建成1场1馆1中心1公园,健身设施可开展不少于4个运动项目,新建学校5所。", start=2022)
    assert len(found) == 2 and {f.value for f in found} == {4.0, 5.0}


def test_a_copy_that_starts_with_a_goals_bullet_starts_its_text_there() -> None:
    lines = [
        "--适度扩大高等职业教育规模。全市高等职业技术院校年招生人数达到2.5万人左右,建成1所高级技师学院。",
        "二、整合各类教育资源,优化职业教育布局结构",
        "4.重点发展中等职业学校。",
    ]
    draft = Importer(lines).run()
    assert {i["target"]["value"] for i in draft.indicators if i.get("target")} == {2.5, 1.0}
    assert not draft.unplaced


def test_a_dated_item_that_names_no_year_sets_that_years_tasks_by_its_words() -> None:
    """年内将新建 and 今年还将 in an item dated 2014-02-13 that names no year: 2014's tasks, a one-year
    draft; 三年内 is no 年内."""
    lines = [
        "哈尔滨拟新增养老床位5000张",
        "时间: 2014-02-13   来源: 黑龙江晨报",
        "按照部署,哈市年内将新建日间照料服务中心451个,新增养老床位5000张。",
    ]
    draft = Importer(lines).run()
    assert draft.period == (2014, 2014)
    assert {(i["target"]["value"], i["target"]["year"]) for i in draft.indicators} == {(451.0, 2014), (5000.0, 2014)}
    assert this_year("三年内将新建学校10所", 2014) is None and this_year("年内将新建学校10所", 2014) == 2014


def test_a_years_plan_then_its_progress_to_a_month_of_this_year_are_read_apart() -> None:
    found = ProseReader(2021, 2021).read(
        [
            Entry(1, "江西共有城镇老旧小区8087个,楼栋9.71万栋,建筑总面积1.57亿平方米。", "s1", ""),
            Entry(2, "江西2021年度计划新开工改造小区1277个,截至今年5月底,已开工改造小区695个。", "s1", ""),
        ]
    )
    assert {(f.value, f.unit) for f in found if f.past} >= {(9.71, "万栋"), (1.57, "亿平方米"), (695.0, "个")}
    assert [(f.value, f.year) for f in found if not f.past] == [(1277.0, 2021)]


def test_the_target_a_share_is_called_is_no_noun_it_counts() -> None:
    (found,) = targets("到2020年实现本科层次职业教育在校生占本科教育的50%以上的目标。", start=2016)
    assert found.name != "目标" and "本科层次职业教育在校生" in found.name
    assert targets("到2025年,覆盖90%的目标人群。", start=2021)[0].name == "目标人群"


def test_an_outline_named_before_it_is_issued_names_the_period() -> None:
    lines = ["《福州市儿童发展纲要(2021-2030年)》印发 小学生近视率要降至38%以下", "近视率降至38%以下。"]
    assert period_found("", lines) == (2021, 2030)


def test_about_before_a_level_is_no_part_of_the_name() -> None:
    found = targets("到2020年,学校建设数量和学位数分别约为“十二五”期间的1.6倍、2.5倍。", start=2018)
    assert [(f.name, f.value) for f in found] == [("学校建设数量", 1.6), ("学位数", 2.5)]
    (told,) = [
        f
        for f in ProseReader(2018, 2018).read(
            [Entry(1, "成都市常住人口年均增长25万人左右,约占全省新增人口的18%。", "s1", "")]
        )
        if f.value == 18.0
    ]
    assert told.name == "成都市常住人口占全省新增人口"


def test_a_meetings_demands_and_its_years_plan_are_the_tasks_of_the_year_its_address_gives() -> None:
    """A work conference's item with no year in its words, dated by its page's address: what the
    meeting 要求 and the 全年计划 are that year's targets; what it 指出 was done is past."""
    lines = [
        "观点网讯:2月7日,宁波市住建局召开宁波市住房和城乡建设工作会议。",
        "据悉,会议指出,国家住房租赁市场发展试点三年任务圆满收官,累计筹集租赁房源15万套;"
        "住房保障体系基本建成,全市在保家庭5.53万户。",
        "该会议还要求,加大保障性租赁住房筹建力度,新增保障性租赁住房5万套(间),发放公租房补贴家庭2.26万户。",
        "全年计划改造城中村197个,惠及村民21336户。",
    ]
    draft = Importer(lines, "http://home.example.com/xingye/2023/0207/41390.html").run()
    assert draft.period == (2023, 2023)
    # an empty year is the period's end
    found = {
        (i["target"]["value"], i["target"]["year"] or draft.period[1]) for i in draft.indicators if i.get("target")
    }
    assert found >= {(5.0, 2023), (2.26, 2023), (197.0, 2023), (21336.0, 2023)}
    assert not {15.0, 5.53} & {i["target"]["value"] for i in draft.indicators if i.get("target")}
    assert this_year("全年计划改造城中村197个", 2023) == 2023 and this_year("2022年全年计划完成", 2023) is None


def test_a_sentence_that_opens_with_this_years_work_dates_the_tasks_after_it() -> None:
    """今年,我市将全力以赴做好…工作。 states no figure: the tasks after it in its paragraph are this
    year's; 今年是…的第二年 opens no tasks, and 去年 keeps its own time."""
    found = ProseReader(2021, 2021).read(
        [
            Entry(
                1,
                "到2025年,残疾人基本保障再提升。今年,我市将全力以赴做好开局工作。将培训残疾人2500名,新增残疾人就业创业1320名。",
                "s1",
                "",
            ),
            Entry(2, "今年是实施三年计划的第二年。去年,全市棚户区改造开工626套。", "s1", ""),
        ]
    )
    assert {(f.value, f.year) for f in found if not f.past} == {(2500.0, 2021), (1320.0, 2021)}
    assert [f.value for f in found if f.past] == [626.0]


def test_a_lists_bullets_are_no_part_of_a_name() -> None:
    """Emoji and shape bullets of a page's list (▪️ leaves an invisible variation selector) are
    left out of the names drafted after them."""
    lines = ["某区2026年民生实事项目", "▪️新增普惠托位500个", "🔹新建社区食堂10家", "★开展培训2000人次"]
    draft = Importer(lines).run()
    names = sorted(i["name"] for i in draft.indicators)
    assert names == ["开展培训", "新增普惠托位", "新建社区食堂"]


def test_a_years_results_told_against_their_task_are_past() -> None:
    """完成率105% (beyond the whole task), 超过原定任务数, 全面完工 and a facility opened on a day tell what
    was done; 完成率100% may be a target, and a sentence that looks ahead is no report."""
    assert past_marker("今年完成74户无障碍改造(省定任务70户),完成率105%,满意率100%;", 2021, 2021) is not None
    assert past_marker("共对74户进行了改造,超过原定任务数4户,于8月15日全面完工。", 2021, 2021) is not None
    assert past_marker("园区于9月1日正式投入使用,辐射5个社区。", 2021, 2021) is not None
    assert past_marker("园区将于9月1日投入使用,辐射5个社区。", 2021, 2021) is None
    assert past_marker("项目完成率100%,群众满意率90%以上。", 2021, 2021) is None
    assert past_marker("力争完成率达到120%。", 2021, 2021) is None


def test_what_a_count_found_is_past() -> None:
    """据统计,… tells what a count found (全省失能失智老年人…达133万人), unless it looks ahead."""
    assert past_marker("据统计,全省失能失智老年人和半失能老年人达133万人,专业人才有一定缺口。", 2025, 2025) is not None
    assert past_marker("据统计,预计全省老年人口将达到500万人。", 2025, 2025) is None


def test_a_draft_whose_text_names_no_period_says_its_period_is_a_placeholder() -> None:
    """Nothing is invented without a word: where the text names no years and no period, the draft's
    period is a placeholder and its source notes say so in Chinese; a text that names its period
    gets no such note."""
    unnamed = Importer(["全区计划完成城镇保障性安居工程10万余套。", "其中,计划完成城镇棚户区改造7000套。"]).run()
    notes = [n["text"] for n in unnamed.notice.notes]
    assert unnamed.period == (2021, 2025) and any("没有写明规划期" in str(n) for n in notes)
    assert "没有写明规划期" in report(Path("data/plans/x"), unnamed)  # the import summary says it too
    named = Importer(["到2025年,全区完成城镇保障性安居工程10万余套。"]).run()
    assert not any("没有写明规划期" in str(n["text"]) for n in named.notice.notes)
    assert "没有写明规划期" not in report(Path("data/plans/x"), named)


def test_a_headline_that_opens_with_the_year_it_looks_ahead_to_dates_this_year() -> None:
    """2020年某市将大幅增加…: an undated news item's headline names the year its 今年 is; a headline
    that reports (2019年某市新增…) or a year's end (2020年底前) dates nothing."""
    lines = ["2020年某市将大幅增加基层养老服务机构", "记者从会议上获悉,今年拟建132个街道养老服务中心。"]
    draft = Importer(lines).run()
    assert not draft.this_year_undated
    assert [(i["name"], i["target"]["year"]) for i in draft.indicators] == [("街道养老服务中心", 2020)]
    assert Importer(["2019年某市新增养老服务机构", lines[1]]).run().this_year_undated


def test_a_span_written_without_its_first_year_s_character_is_a_span() -> None:
    """2018到2022年4年间 is the span 2018年到2022年: told in 2023, what it did is past, and its end
    sets no deadline; 预计到2025年 still does."""
    told = "2018到2022年4年间,全市建设公办幼儿园项目100个,新增学位4万个。"
    assert sentence_year(told, 2021, 2023) is None
    assert past_marker(told, 2021, 2023) == (2022, None)
    assert sentence_year("预计到2025年,全市将建设156个幼儿园项目。", 2021, 2023) == 2025


def test_a_season_of_this_year_names_this_year() -> None:
    """今秋开学,…将新增28所: this autumn is the year the text is written in, as 今年 is; 今春以来
    reports."""
    assert this_year("今秋开学,全市将新增28所公办幼儿园。", 2023) == 2023
    assert this_year("今冬将新增供暖面积100万平方米。", 2023) == 2023
    assert this_year("今春以来,全市将继续推进。", 2023) is None


def test_a_year_in_a_part_clause_dates_the_part_not_the_sentence() -> None:
    """计划用三年时间开展培训10万人次以上,其中2019年培训3.5万人次: 2019 dates the part only; the whole
    figure is the plan's, its year left to the period's end."""
    found = targets("计划用三年时间开展各类补贴性职业技能提升培训10万人次以上,其中2019年培训3.5万人次。", start=2019)
    assert [(f.value, f.year) for f in found] == [(10.0, None), (3.5, 2019)]
    assert sentence_year("其中2019年培训3.5万人次。", 2019) == 2019


def test_the_years_of_the_one_programme_a_text_carries_out_are_its_period() -> None:
    """组织实施新一轮学前教育三年行动计划(2014年—2016年): a text that names no period of its own, dated
    2014, carries out that programme; told once it is over, the span names no period."""
    lines = [
        "组织实施新一轮学前教育三年行动计划(2014年—2016年),计划三年内建设300所公办幼儿园。",
        "2014年新增100所公办幼儿园。",
    ]
    assert period_found("", lines, [], 2014) == (2014, 2016)
    assert period_found("", lines, [], 2018) is None


def test_what_the_last_years_did_is_past() -> None:
    """足球场地10年间增加的数量仅7100个, 五年来全省累计投入35亿元: what the last years did is told; a
    sentence that looks ahead is no report, nor a gap of years (10年间隔)."""
    assert past_marker("不过,足球场地10年间增加的数量仅7100个,只有篮球的1/67。", 2021, 2021) is not None
    assert past_marker("五年来全省累计投入35亿元。", 2021, 2021) is not None
    assert past_marker("近5年来全省将继续每年提高0.2个百分点。", 2021, 2021) is None
    assert past_marker("每10年间隔开展1次普查。", 2021, 2021) is None


def test_a_page_s_counters_and_a_download_site_s_note_are_furniture() -> None:
    """阅读量 1.2万, 已有12人评论, 预计阅读时间5分钟 and 下载后只包含1个DOC格式的文档 are the page's, not
    the plan's: none is drafted, and each is listed as unplaced."""
    furniture = [
        "阅读量 1.2万",
        "已有 12 人评论",
        "本文共计1586字,预计阅读时间5分钟",
        "下载后只包含 1 个 DOC 格式的文档,查看文件列表",
        "• 0 条评论",  # dev/quzhou-kecheng-livelihood-projects-2021 line 7
    ]
    draft = Importer(["到2025年,全市新建养老机构10家。", *furniture]).run()
    assert [i["name"] for i in draft.indicators] == ["全市新建养老机构"]
    assert {n for n, _, _ in draft.unplaced} >= {2, 3, 4, 5, 6}


def test_a_draft_that_cannot_date_this_year_says_so() -> None:
    """今年 in a text with no date of its own and no dated address: the draft does not guess the year,
    and its notes and the import summary say so; a date line or a dated address reads it."""
    lines = ["全区今年计划完成城镇棚户区改造7000套。"]
    undated = Importer(lines).run()
    assert any("今年" in str(n["text"]) and "日期" in str(n["text"]) for n in undated.notice.notes)
    assert "不知道“今年”是哪一年" in report(Path("data/plans/x"), undated)
    for dated in (
        Importer(["发布时间:2020-04-20", *lines]).run(),
        Importer(lines, "http://x.cn/2020/0420/1.html").run(),
    ):
        assert not dated.this_year_undated and "不知道“今年”" not in report(Path("data/plans/x"), dated)


def test_the_import_summary_lists_first_the_targets_whose_sentences_read_like_a_report() -> None:
    """A prose target whose sentence has words of a report (累计, 已, 截至, 目前 …) is listed in the
    import summary for the editor to check before anything else; the page never shows that list."""
    flagged = Importer(["到2025年,全市累计建成养老床位5000张。"]).run()
    summary = report(Path("data/plans/x"), flagged)
    assert "报告已做到的情况" in summary and "累计建成养老床位5000张" in summary
    assert not any("报告已做到" in n for i in flagged.indicators for n in i.get("notes", []))
    clean = Importer(["到2025年,全市建成养老床位5000张,为了方便老人就近养老。"]).run()
    assert "报告已做到的情况" not in report(Path("data/plans/x"), clean)


def test_a_ceiling_after_the_last_of_values_shared_out_by_fen_bie_holds_for_each() -> None:
    found = targets("到2030年，新生儿、婴儿和5岁以下儿童死亡率分别保持在3‰、4‰和5‰以下。")
    assert [(f.value, f.comparator, f.year) for f in found] == [(3.0, "<=", 2030), (4.0, "<=", 2030), (5.0, "<=", 2030)]
    # a floor so placed is the last value's only (as the committed plans read it: Anyang line 92)
    found = targets("到2025年，工伤保险、失业保险参保人数分别达到50.2万人、53万人以上。")
    assert [(f.value, f.comparator) for f in found] == [(50.2, "="), (53.0, ">=")]
    # values with a bound of their own before the last keep theirs
    found = targets("到2020年，甲率、乙率、丙率分别达到98%、60%以下和15%以下。")
    assert [(f.value, f.comparator) for f in found] == [(98.0, "="), (60.0, "<="), (15.0, "<=")]


def test_the_year_a_change_is_counted_from_is_no_past_year() -> None:
    # 在2020年基础上: the base of a yearly fall, not a report on 2020; nor for the sentences after it
    found = targets(
        "力争实现儿童青少年总体近视率在2020年基础上每年降低0.5个百分点；0~6岁儿童眼保健和视力检查覆盖率达到90%以上。",
        "每千名儿童拥有儿科执业（助理）医生达1.12名。",
        start=2021,
    )
    assert [(f.value, f.comparator, f.past) for f in found] == [
        (0.5, "=", False),
        (90.0, ">=", False),
        (1.12, "=", False),
    ]


def test_a_table_run_together_into_one_line_is_cut_into_its_cells() -> None:
    from generator.importer.fused import fused_rows

    # a province's 小康 indicator table as a PDF's text gives it: one line, nothing between cells
    text = (REPO / "tests/importer_eval/dev/jiangsu-xiaokang-indicators-2020.txt").read_text(encoding="utf-8")
    cells = [c for _, c, _ in fused_rows([(1, text.strip(), False)])]
    assert cells[1:5] == ["序号", "指标名称", "计量单位", "2020年目标值"]
    rows = [cells[k : k + 4] for k in range(5, len(cells), 4)]
    assert len(rows) == 30 and [r[0] for r in rows] == [str(k) for k in range(1, 31)]
    named = {r[1]: (r[2], r[3]) for r in rows}
    assert named["全省人均GDP"] == ("万元", "≥10")  # 翻一番(全省人均GDP ≥ 10万元): the bracket's figure
    assert named["居民人均可支配收入"] == ("万元", "≥3.4")  # (全省≥ 3.4万元): named by its row
    assert named["种植业 “三品 ”比重"] == ("%", "≥55")  # ≥ 55省农委5: the source, then row 5
    assert named["失业保险参保率"] == ("%", "≥98")  # ≥9818 城镇…: 98, then row 18
    assert named["城镇登记失业率"] == ("%", "<4") and named["城镇调查失业率"] == ("%", "<5.5")
    assert named["农村低收入人口累计脱贫率"] == ("%", "100")  # =100
    assert not [r for r in rows if "局" in r[1] or "厅" in r[1]]  # no source in a name
    # a line that only mentions a header's words is left as it is
    prose = "各地要按指标名称、计量单位和2020年目标值报送数据，合格率≥98%。"
    assert fused_rows([(1, prose, False)]) == [(1, prose, False)]


def test_a_table_of_places_gives_each_place_a_target_and_its_results() -> None:
    """A progress table one cell a line, one row a county, its header over two lines (宫颈癌 and
    乳腺癌 each over 累计完成 and 完成率): the 目标人群数 column holds targets, the others what is done."""
    lines = [
        "发布日期: 2022-09-30",
        "各县市区城镇低保适龄妇女“两癌”免费筛查进度公示",
        *["市县名", "城市低保数(人)", "目标人群数(按33%比例)", "宫颈癌", "乳腺癌"],
        *["累计完成(例)", "完成率(%)", "累计完成(例)", "完成率(%)"],
        *["全市合计", "3973", "1326", "1326", "100.00%", "1334", "100.00%"],
        *["桐城市", "286", "96", "96", "100.00%", "96", "100.00%"],
        *["怀宁县", "277", "93", "93", "100.00%", "101", "100.00%"],
        "注:太湖县2人因未婚未做宫颈癌筛查",
    ]
    draft = Importer(lines).run()
    table = [i for i in draft.indicators if i["origin"] == "table"]
    targets = [(i["name"], i["unit"], i["target"]["value"]) for i in table if i.get("target")]
    assert targets == [
        ("全市合计目标人群数", "人", 1326),
        ("桐城市目标人群数", "人", 96),
        ("怀宁县目标人群数", "人", 93),
    ]
    done = {i["name"]: (i["unit"], i["observations"][0]["value"]) for i in table if not i.get("target")}
    assert done["怀宁县乳腺癌累计完成"] == ("例", 101) and done["桐城市宫颈癌完成率"] == ("%", 100)
    assert done["桐城市城市低保数"] == ("人", 286) and len(done) == 3 * 5
    assert draft.period == (2022, 2022)  # dated 2022, naming no later year: the year's list


def test_a_sentence_of_parts_takes_the_year_of_the_one_before_whatever_follows_its_opening() -> None:
    """dev/yulin-preschool-2017-2020: 其中 with no comma after it (其中新建88所) parts out the figures of the
    sentence before, and takes the year its span ends in."""
    found = ProseReader(2017, 2017).read(
        [Entry(1, "在2017—2020年内,全市新建、改扩建275所幼儿园。其中新建88所,改扩建187所。", "s1", "")]
    )
    assert [(f.value, f.year, f.past) for f in found] == [(275, 2020, False), (88, 2020, False), (187, 2020, False)]


def test_a_list_of_items_one_a_line_each_with_its_figure_on_the_next() -> None:
    """Round BW's 长沙 (2019): each school on a line of its own, its new places on the line after it; two
    schools' lines are the same (新增学位1080个), which is no page header repeated and no target stated
    again: each figure is its school's."""
    lines = ["2019年长沙将新建扩建32所中小学", "芙蓉区", "新安小学", "新增学位1080个", "八一路小学", "新增学位360个"]
    lines += ["开福区", "长沙师范附属天健小学", "新增学位1080个"]
    drafted = [i for i in Importer(lines).run().indicators if i["lines"][0] > 1]
    assert [(i["name"], i["target"]["value"], i["target"]["year"]) for i in drafted] == [
        ("新安小学新增学位", 1080, 2019),
        ("八一路小学新增学位", 360, 2019),
        ("长沙师范附属天健小学新增学位", 1080, 2019),
    ]


def test_what_works_will_give_once_in_use_looks_ahead_after_a_report() -> None:
    """Round BW's 昆明: after a report of how far the works are (…已经做好了开学准备), what they can give once
    in use (投入使用后,可新增…) looks ahead: targets, not the report going on."""
    found = targets(
        "目前,西山区这4所新建的公办幼儿园已经做好了开学准备。",
        "西山区4所公办幼儿园投入使用后,可新增45个班、1000余个学位。",
        start=2021,
    )
    assert [(f.value, f.past) for f in found] == [(4, True), (4, False), (45, False), (1000, False)]


def test_what_was_done_one_after_another_and_a_count_at_a_month_s_end_are_done() -> None:
    """Round BX's 礼县 (2015): 先后达1.5万多人 is done one after another; 至4月底, opening a count so far
    (共输转…), tells what was done by then, over the ；-parts after it; 至6月底 before a task is a deadline."""
    found = targets("召开引导性培训群众大会20多场(次),参训群众先后达1.5万多人。", start=2015)
    assert [(f.value, f.past) for f in found][-1] == (1.5, True)
    text = "至4月底,该县共输转务工人员10.83万人;其中有组织输转6.51万人,创劳务收入4.97亿元。"
    assert [(f.value, f.past) for f in targets(text, start=2015)] == [(10.83, True), (6.51, True), (4.97, True)]
    assert [(f.value, f.past) for f in targets("至6月底,全面完成改造任务500户。", start=2015)] == [(500, False)]


def test_the_task_a_result_is_told_against_with_no_year_word_is_a_target() -> None:
    """Round BX's 文山: 完成任务4万人的95.83% tells the task (4万人) as 完成年度任务… does: a target, named as
    the result before it."""
    found = targets("1至8月,全州农村劳动力新增转移就业3.83万人,完成任务4万人的95.83%。", start=2020)
    assert [(f.name, f.value, f.past) for f in found][:2] == [
        ("全州农村劳动力新增转移就业", 3.83, True),
        ("全州农村劳动力新增转移就业", 4, False),
    ]


def test_classes_counted_in_their_own_unit_are_named_classes() -> None:
    """Round BW's 昆明: 45个班 counts classes in 个班 (the keys' unit), named by the verb (新增班级), not by the
    next count's noun; 45个班级 stays a count of 个 named 班级."""
    found = targets("项目全部建成后,将新增234个班10040个学位。", "今年新增45个班级。", start=2021)
    assert [(f.name, f.value, f.unit) for f in found] == [
        ("新增班级", 234, "个班"),
        ("学位", 10040, "个"),
        ("班级", 45, "个"),
    ]


def test_the_dashes_that_open_an_item_are_no_part_of_its_name() -> None:
    """Round BV's 哈尔滨: an item opened by dashes (——县市(含双城区)城市低保标准提高到500元/人月) is named
    without them."""
    found = ProseReader(2015, 2015).read([Entry(1, "——县市(含双城区)城市低保标准提高到500元/人月。", "s1", "")])
    assert [(f.name, f.value, f.unit) for f in found] == [("县市(含双城区)城市低保标准", 500, "元/人月")]


def test_by_this_years_end_is_a_deadline_and_a_task_issued_last_year_is_last_years() -> None:
    """Round BU's 揭阳 (2013): 至今年底 and 今年底前 set a deadline this year (not 至今, so far), and leave
    the name; a task issued last year (去年…下达…任务90万张) is last year's, told."""
    reader = ProseReader(2013, 2013)
    found = reader.read(
        [
            Entry(1, "今年底前我市发行社会保障卡669万张", "s1", ""),
            Entry(
                2,
                "记者近日从全市社会保障卡发放动员会议上获悉,至今年底,我市社会保障卡发行要达到669万张。"
                "至今,全市已建成社保服务网点120个。",
                "s1",
                "",
            ),
            Entry(3, "去年省人社厅下达我市社会保障卡首批发行任务90万张,全力以赴打好攻坚战。", "s1", ""),
        ]
    )
    assert [(f.name, f.value, f.year, f.past) for f in found] == [
        ("发行社会保障卡", 669, 2013, False),
        ("社会保障卡发行", 669, 2013, False),
        ("全市已建成社保服务网点", 120, None, True),
        ("去年省人社厅下达我市社会保障卡首批发行任务", 90, 2012, True),
    ]
    # the whole text, undated: 至今年底 does not make it a report of what was done so far
    lines = [
        "今年底前我市发行社会保障卡669万张",
        "  记者近日从全市社会保障卡发放动员会议上获悉,至今年底,我市社会保障卡发行要达到669万张。",
        "  去年省人社厅下达我市社会保障卡首批发行任务90万张。截至去年底,我市共发放社会保障卡97万张。",
    ]
    drafted = Importer(lines).run().indicators
    assert [(i["name"], (i.get("target") or {}).get("value")) for i in drafted] == [
        ("社会保障卡发行", 669),
        ("去年省人社厅下达我市社会保障卡首批发行任务", None),
        ("共发放社会保障卡", None),
    ]


def test_a_table_of_places_whose_unit_line_gives_each_value_column_its_unit() -> None:
    """dev/fuzhou-welfare-lottery-funds-2023: a table one cell a line, blank lines between the cells, under
    its title and a unit line with a unit for each value column in turn (单位:人、万元 over 预估人数 and
    金额); its place column's word lost its first kind ((市)区). Each 金额 cell is a target in 万元, named
    after the title's funds; the count of people there are is observed, in 人."""
    cells = ["提前下达2023年市级百岁老人慰问资金情况表", "单位:人、万元", "(市)区", "预估人数", "金额"]
    cells += ["鼓楼区", "80", "7.2", "台江区", "34", "3.06", "合计", "114", "10.26"]
    lines = ["2023年度市级福利彩票公益金分配使用情况公告", ""] + [x for c in cells for x in (c, "")]
    rows = [i for i in Importer(lines).run().indicators if i["origin"] == "table"]
    targets = [(i["name"], i["unit"], i["target"]["value"]) for i in rows if i.get("target")]
    assert targets == [
        ("鼓楼区提前下达2023年市级百岁老人慰问资金", "万元", 7.2),
        ("台江区提前下达2023年市级百岁老人慰问资金", "万元", 3.06),
        ("合计提前下达2023年市级百岁老人慰问资金", "万元", 10.26),
    ]
    counted = [(i["name"], i["unit"], i["observations"][0]["value"]) for i in rows if not i.get("target")]
    assert counted[0] == ("鼓楼区预估人数", "人", 80) and len(counted) == 3


def test_a_table_of_places_whose_header_gives_units_in_its_last_row() -> None:
    """A round's text (吴中区, 2016): a task table one cell a line, its corner cell split (项 目 over 区 域)
    under its title, a bar alone (an empty cell) in its header, whose last row gives each column's unit
    (套 数); the title sets tasks, so each place's cell is a target of its column, in its unit."""
    lines = [
        "2016年吴中区住房保障目标任务",
        *["项 目", "区 域 |", "住 房 保 障 |", "||"],
        *["新建棚户区(危旧房)改造安置住房 |", "新增低收入住房 保障家庭租赁补贴 |", "新建经济 适用住房 |", "|"],
        *["套 数 |", "套(间)数 |", "套 数 |", "|"],
        *["高新区 |", "—— |", "5 |", "35 |"],
        *["木渎镇 |", "3590 |", "2 |", "—— |"],
    ]
    rows = [i for i in Importer(lines).run().indicators if i["origin"] == "table"]
    assert [(i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in rows] == [
        ("高新区新增低收入住房保障家庭租赁补贴", "套", 5, 2016),
        ("高新区新建经济适用住房", "套", 35, 2016),
        ("木渎镇新建棚户区改造安置住房", "套", 3590, 2016),
        ("木渎镇新增低收入住房保障家庭租赁补贴", "套", 2, 2016),
    ]


def test_a_table_of_places_with_no_title_is_a_plan_when_the_sentence_above_sets_its_total() -> None:
    """dev/dezhou-old-communities-2022: the paragraph above a table with no title of its own sets the
    table's total (德州全市计划改造313个小区), the year its plan is named by (2022年…改造计划) is the
    table's: each cell is a target; a lead that states none of the total's figures makes none."""
    lead = [
        "近日,经汇总,组织编制2022年城镇老旧小区改造计划,全省共确定1963个项目。",
        "其中,德州全市计划改造313个小区,涉及1164个楼栋,35305户,建筑面积达377万平米。 陵城区工商局小区、电业局小区"
        "等七个老旧小区进行外墙保温、涂料、落水管等改造工作,涉及住户546户,改造建筑面积为56824平方米。",
    ]
    table = [
        *["县(市、区) |", "小区数 |", "楼栋数 |", "户数 |"],
        *["全市小计: |", "313 |", "1164 |", "35305 |"],
        *["德城区 |", "67 |", "337 |", "10797 |"],
        *["陵城区 |", "7 |", "24 |", "546 |"],
    ]
    draft = Importer([*lead, *table]).run()
    rows = [i for i in draft.indicators if i["origin"] == "table"]
    targets = [(i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in rows if i.get("target")]
    assert targets[:3] == [
        ("全市小计小区数", "个", 313, 2022),
        ("全市小计楼栋数", "个", 1164, 2022),
        ("全市小计户数", "户", 35305, 2022),
    ]
    assert len(targets) == 9 and not [i for i in rows if i.get("observations")]
    # the same table under a sentence that sets none of its total's figures: what is, not a plan
    other = "其中,德州全市计划改造一批老旧小区,涉及住户35300余户,改造内容包括外墙保温、涂料、落水管、屋顶防水、小区道路硬化、公共部位门窗等。"
    assert len(other) > 60  # (a shorter line above a table is its title)
    draft = Importer([lead[0], other, *table]).run()
    rows = [i for i in draft.indicators if i["origin"] == "table"]
    assert rows and not [i for i in rows if i.get("target")]


def test_a_table_of_places_whose_header_groups_its_columns_unevenly() -> None:
    """dev/dazu-rural-housing-funds-2022: one row a line, a header over two lines whose groups hold four,
    three and four columns (小计 opens a group), a 备注 column and a remark ending the first row: the
    year's task and the sums allotted now (应拨付) are targets, what was paid before an observation."""
    lines = [
        "2022年农村危房改造第二批补助资金分配表",
        "镇街 年度任务(户) 第一批已拨付(万元) 本次应拨付补助资金(万元) 备注",
        "小计 C级 D级 无房 C级 D级 无房 小计 C级 D级 无房",
        "棠香街道 8 1 7 0 0.75 0 0 24.5 0 24.5 0 追减“50011122T000002075487-2022年农村危房改造补助资金”22.55万元。",
        "中敖镇 24 10 11 3 0 0 0 36.5 1.5 24.5 10.5",
    ]
    table = [i for i in Importer(lines).run().indicators if i["origin"] == "table"]
    targets = {i["name"]: (i["unit"], i["target"]["value"]) for i in table if i.get("target")}
    assert targets["棠香街道年度任务小计"] == ("户", 8) and targets["中敖镇年度任务无房"] == ("户", 3)
    assert targets["中敖镇本次应拨付补助资金小计"] == ("万元", 36.5) and targets["中敖镇本次应拨付补助资金无房"] == (
        "万元",
        10.5,
    )
    paid = {i["name"]: i["observations"][0]["value"] for i in table if i.get("observations")}
    assert paid["棠香街道第一批已拨付C级"] == 0.75 and len(paid) == 6 and len(targets) == 16


def test_this_years_end_the_places_a_figure_is_set_for_and_the_target_a_count_is() -> None:
    """年底前 and 到年底 in a dated text are this year's end; 福州、厦门、南平3个设区市 names the places
    the rate after it is set for; 乡村书房12处的目标 is a count that is the target."""
    lines = [
        "发布时间:2021-02-24",
        "今年全市民政工作将重点抓好四个方面。年底前,我市将改造提升25个社区综合服务中心。",
        "到年底,福州、厦门、南平3个设区市参保率要达到60%以上,其余6个设区市参保率达到30%以上。",
        "今年我市确定了建设改造城市书房4处、乡村书房12处的目标。",
        "同时被纳入市级重点民生实事项目的还有实施文化公益创投项目40个。",
    ]
    draft = Importer(lines).run()
    found = [(i["target"]["value"], i["unit"], i["target"]["year"]) for i in draft.indicators]
    assert found[:5] == [(25, "个", 2021), (60, "%", 2021), (30, "%", 2021), (4, "处", 2021), (12, "处", 2021)]
    # a livelihood project's count is a target, of no year of its own: the period's, the text's year
    assert found[5:] == [(40, "个", None)] and draft.period == (2021, 2021)


def test_a_report_told_against_its_years_plan_and_a_byline_date() -> None:
    """完成年度计划(120万)的95.8% reports on the year's plan (no look ahead: the part goes on
    reporting, 115.2万人 is done), the plan in brackets a target of the year; 超额完成目标任务 after a count makes it a result; a byline's date (网友投稿 2011-11-02
    互联网) and an address dated /2020/9/15/ date the text."""
    lines = [
        "网友投稿  2011-11-02  互联网",
        "截至9月底,全省城镇新增就业98万人;新增农村劳动力转移就业115.2万人,完成年度计划(120万)的95.8%。",
        "今年全省城镇新增就业将达到117万人。",
        "成功创建38个无障碍社区,超额完成目标任务。",
    ]
    draft = Importer(lines).run()
    assert [(i["target"]["value"], i["target"]["year"]) for i in draft.indicators if i.get("target")] == [
        (120, 2011),
        (117, 2011),
    ]
    observed = [i["observations"][0]["value"] for i in draft.indicators if i.get("observations")]
    assert observed == [98, 115.2, 38]
    assert address_date("http://www.yuhang.gov.cn/art/2020/9/15/art_1229314322_57589880.html") == (2020, 9)
    # a round's texts: a year, then its month-day (/2012/02-05/) or its month alone (/2015/01/)
    assert address_date("http://news.022china.com/2012/02-05/615004_0.html") == (2012, 2)
    assert address_date("http://macsoso.com/html/2015/01/14072.html") == (2015, 1)
    # dev/luzhou-social-assistance-progress-2010 and others: a date parted by _, or one a - follows
    assert address_date("http://m.jnjuyue.cn/new/403_425/2010_6_24_xu60214348551426010214405.shtml") == (2010, 6)
    assert address_date("https://xw.qianzhan.com/regieconomy/detail/198/20120410-f355ecc79b6d717a.html") == (2012, 4)
    assert address_date("https://www.cngy.gov.cn/gongkai/show/20070308162406-024338-00-000.html") == (2007, 3)
    assert address_date("https://yqlvyou.com/cshi/202509-6580.html") == (2025, 9)


def test_next_year_of_a_dated_text_and_the_next_three_years_which_name_no_year() -> None:
    """明年 is the year after the text's date, where the sentence names no year of its own; 未来三年 names
    no calendar year (whether it counts the year written in, the text leaves open: dev/sanya-school-places-
    2023-2025, dev/chengdu-tianfu-kindergartens-2015-2017, dev/sichuan-preschool-three-year-plan-2011-2013),
    and the draft leaves it open too (未来5年 is the plan's period, which the text names)."""
    assert this_year("盐田明年新增1770个公办幼儿园学位", 2019) == 2020
    assert this_year("未来三年盐田区将新增6660个小学学位,新增4200个初中学位。", 2019) is None
    assert this_year("未来5年,我国城镇新增就业4500万人。", 2011) is None
    assert this_year("2015年底老年人口已经达到2.22亿,未来三年将更加严峻。", 2016) is None
    # a floor set some words before a list of values holds for each of them; a value after 、 measures
    # what the one before it measures
    found = brief(targets("到2025年,照料标准不低于当地最低工资标准的2%、30%和60%。"))
    assert [(value, comparator) for _, value, comparator, _, _ in found] == [(2.0, ">="), (30.0, ">="), (60.0, ">=")]
    # a name that lists as many things as there are values: one each, in order
    found = brief(targets("到2025年,特困人员全自理、半自理和全护理照料标准不低于当地最低工资标准的2%、30%和60%。"))
    assert [name for name, *_ in found] == ["特困人员全自理照料标准", "半自理照料标准", "全护理照料标准"]


def test_a_performance_target_table_and_a_forms_year() -> None:
    """A budget's performance-target table (一级指标 二级指标 指标名称 指标值, its group labels only where
    a group starts): each named row a target; a form's (2021年度) on a line of its own is its year."""
    lines = [
        "项目支出绩效目标申报表",
        "(2021年度)",
        *["一级指标", "二级指标", "指标名称", "指标值"],
        *["产出指标", "数量指标", "每千人托位", "4.5"],
        *["质量指标", "应补尽补率", "100%", "补助发放准确率", "100%"],
        *["满意度指标", "满意度指标", "社会公众满意度", "≥90%"],
    ]
    draft = Importer(lines).run()
    rows = [(i["name"], i["target"]["value"], i["target"]["comparator"]) for i in draft.indicators]
    assert rows == [
        ("每千人托位", 4.5, "="),
        ("应补尽补率", 100, "="),
        ("补助发放准确率", 100, "="),
        ("社会公众满意度", 90, ">="),
    ]
    assert draft.period == (2021, 2021) and draft.period_named


def test_results_reported_without_a_date_are_observations() -> None:
    """A share of a year's task reached (完成年度目标任务的101.7%, 完成全年23万人目标任务的95.17%) is a
    result, and 270万人次目标任务 counts the task; a paragraph that counts what was done so far (累计)
    and looks nowhere ahead reports in every sentence; 一季度实现…100套 is a quarter's result."""
    found = targets(
        "截至10月底,城镇新增就业46.78万人,完成年度目标任务的101.7%。",
        "前三季度共实现城镇新增就业21.89万人,完成全年23万人目标任务的95.17%。",
        "为完成今年农村富余劳动力转移就业270万人次目标任务,我区多渠道推进转移就业。",
        "全地区城镇新增就业2341人、失业再就业941人。全地区共建立创业孵化基地8个,累计带动就业11226人。",
        "2022年计划完成公共租赁住房3800套。一季度实现公租房开工100套。",
        start=2021,
    )
    assert [f.value for f in found if f.past] == [46.78, 101.7, 21.89, 95.17, 2341, 941, 8, 11226, 100]
    ahead = [(f.name, f.value) for f in found if not f.past]
    assert ahead[:2] == [("城镇新增就业", 23.0), ("农村富余劳动力转移就业", 270.0)] and ahead[2][1] == 3800


def test_a_table_of_places_one_row_a_line_under_a_title_of_tasks() -> None:
    """A task-allocation table one row a line: every column holds targets, of the year its title names."""
    lines = [
        "2023年各县(市、区)新增托位任务分解表",
        "县(市、区) | 新增托位(个) | 新增养老床位(张)",
        "全市 | 1200 | 3000",
        "甲县 | 300 | 800",
        "乙区 | 900 | 2200",
    ]
    found = [
        (i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in Importer(lines).run().indicators
    ]
    assert found[:2] == [("全市新增托位", "个", 1200, 2023), ("全市新增养老床位", "张", 3000, 2023)]
    assert len(found) == 6


def test_a_numbered_table_of_places_one_row_a_line_whose_place_column_joins_kinds_of_place() -> None:
    """序号 before the place column (乡镇、街道, a word not in any list of column names but made of kinds of
    place) and each row's number before its place: the numbers are no values, the rows are read."""
    lines = [
        "2024年城镇老旧小区改造任务分解表",
        "序号 乡镇、街道 小区(个) 户数(户) 投资(万元)",
        "1 东城街道 12 3400 5600",
        "2 西湖镇 8 2100 3900",
        "3 南山乡 5 900 1200",
        "合计 25 6400 10700",
    ]
    found = [
        (i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in Importer(lines).run().indicators
    ]
    assert found[:3] == [
        ("东城街道小区", "个", 12, 2024),
        ("东城街道户数", "户", 3400, 2024),
        ("东城街道投资", "万元", 5600, 2024),
    ]
    assert ("合计投资", "万元", 10700, 2024) in found and len(found) == 12


def test_a_table_of_places_may_name_its_places_without_their_kind() -> None:
    """成都, 开江: places named without 市 or 县 open rows under a place column's word, one row a line
    or one cell a line; a short name with no value after it stays a header's word."""
    by_lines = ["2024年城镇老旧小区改造任务分解表", "序号 市州 小区(个) 户数(户)", "1 成都 12 3400", "2 自贡 8 2100"]
    by_lines += ["3 攀枝花 5 900"]
    by_cells = ["2011年保障性住房任务分解表", "县(市、区)", "廉租住房(套)", "公共租赁住房(套)", "合计", "100", "200"]
    by_cells += ["通川区", "50", "100", "开江", "20", "40"]
    for lines, first, last in (
        (by_lines, ("成都小区", 12), ("攀枝花户数", 900)),
        (by_cells, ("合计廉租住房", 100), ("开江公共租赁住房", 40)),
    ):
        found = [(i["name"], i["target"]["value"]) for i in Importer(lines).run().indicators]
        assert (found[0], found[-1], len(found)) == (first, last, 6)


def test_a_table_of_sums_shared_out_with_its_columns_side_by_side() -> None:
    """单位 | 金额 set three times side by side, one cell a line, under a 金额单位 line: each place and its
    sum is a row; a bare 金额 column is named after what the title counts, in the unit line's unit;
    其中:市本级 and 杭州市小计 are places, and a …分配表 sets the sums of its year."""
    lines = ["附件", "2018年困难残疾人生活补贴补助资金分配表", "金额单位:万元"]
    lines += ["单位", "金额", "单位", "金额", "单位", "金额"]
    lines += [
        "全省合计",
        "1066",
        "海宁市",
        "32",
        "杭州市小计",
        "1304",
        "杭州市",
        "544",
        "其中:市本级",
        "10",
        "其中:江干区",
    ]
    lines += ["22", "平湖市", "69"]
    found = [
        (i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in Importer(lines).run().indicators
    ]
    assert found[0] == ("全省合计困难残疾人生活补贴补助资金", "万元", 1066, 2018)
    assert [f[0][:5] for f in found] == [
        "全省合计困",
        "海宁市困难",
        "杭州市小计",
        "杭州市困难",
        "市本级困难",
        "江干区困难",
        "平湖市困难",
    ]


def test_a_table_of_sums_shared_out_records_what_was_paid_and_how_many_there_are() -> None:
    """In a …分配表, a column of what was paid before (第一批已拨付) and one of how many there are (残疾人人数,
    the basis of the shares) are observations; the sums shared out now are targets."""
    lines = ["2020年楚门镇、沙门镇残疾人临时困难补助资金分配表", "单位:万元", "乡镇(街道)", "残疾人人数"]
    lines += [
        "第一批已拨付",
        "本次补助",
        "楚门镇",
        "1505",
        "2.8",
        "5",
        "沙门镇",
        "924",
        "2.5",
        "5",
        "合计",
        "2429",
        "5.3",
        "10",
    ]
    found = Importer(lines).run().indicators
    targets = [(i["name"], i["target"]["value"]) for i in found if i["target"]]
    observed = [(i["name"], i["observations"][0]["value"]) for i in found if not i["target"]]
    assert targets == [("楚门镇本次补助", 5), ("沙门镇本次补助", 5), ("合计本次补助", 10)]
    assert observed[:2] == [("楚门镇残疾人人数", 1505), ("楚门镇第一批已拨付", 2.8)] and len(observed) == 6


def test_a_total_shared_out_among_places_in_one_cell() -> None:
    """城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 …: the row's total and each place's share, named after
    the row, targets of the year of the 目标任务分解表 above; no share is read as a unit (张家乡10 is no 10张)."""
    lines = ["附件", "昭化区2017年度民生工程目标任务分解表(一)", "项 目 | 目标 | 分 解 情 况 | 责任单位 |"]
    lines += ["就业促进工程 | 城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 张家乡10 拣银岩街道办8 | 区人社局 |"]
    found = [
        (i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in Importer(lines).run().indicators
    ]
    assert found[:2] == [("城镇新增就业人数", "人", 1300, 2017), ("元坝镇城镇新增就业人数", "人", 280, 2017)]
    assert [f[0][:4] for f in found[2:]] == ["白果乡城", "张家乡城", "拣银岩街"] and found[-1][2] == 8


def test_a_yearbooks_table_of_results_one_row_a_line_is_observed() -> None:
    """A statistical yearbook's table whose bilingual header no reader opens: rows of a label and bare
    numbers, three running, are results, each figure observed in its row's year (1995) or the title's
    ((2006年)), named by its row and the header line with a cell for each figure; a row among a 绩效目标
    form's (满意度 | 90% | 98% | 5 | 5) is none, nor are rows under a title that sets figures."""
    years = ["19-21 卫生事业基本情况(1995—2010年) |", "年 份 Year |", "机构数 | 床位数 | 人员数 |"]
    years += ["1995 | 3182 | 39092 | 71806 |", "1996 | 4171 | 39612 | 71014 |", "1997 | 3571 | 40758 | 70431 |"]
    found = [
        (i["name"], i["target"], i["observations"][0]["value"], i["observations"][0]["year"])
        for i in Importer(years).run().indicators
    ]
    assert found[:2] == [("机构数", None, 3182, 1995), ("床位数", None, 39092, 1995)] and len(found) == 9
    places = ["18-7 各类医院机构、床位数", "(2006年)", "医院总计 131 15729", "综合医院 88 12515", "中医医院 18 1428"]
    named = [(i["name"], i["observations"][0]["year"]) for i in Importer(places).run().indicators]
    assert named[:2] == [("医院总计第1栏", 2006), ("医院总计第2栏", 2006)] and len(named) == 6
    form = [
        "2024年度绩效目标自评表",
        "满意度指标",
        "残疾学生满意度 90% 98% 5 5",
        "教师满意度 90% 98% 5 5",
        "家长满意度 90% 97% 5 5",
    ]
    assert not any(i.get("observations") and i["origin"] == "table" for i in Importer(form).run().indicators)
    tasks = ["2024年城镇老旧小区改造任务分解表", "东城区 12 3400", "西城区 8 2100", "南城区 5 900"]
    assert not any(i.get("observations") for i in Importer(tasks).run().indicators)


def test_tables_of_places_one_after_another_under_a_text_that_allots_funds() -> None:
    """2021年度,…下达…公益金: a text that opens by allotting funds makes its tables of places targets of
    that year; each table under its own title ((二)儿童福利类经费45万元) ends where the next one's header
    opens; 金额 is named after what the title counts, 数量 after the thing the sum is for."""
    lines = ["2021年度,省财政厅、民政厅下达用于社会福利的中央彩票公益金443万元,现将分配使用情况公告如下:"]
    lines += ["(一)农村幸福院经费207万元", "县(市、区)", "数量(个)", "金额(万元)", "蕉城", "7", "27", "霞浦", "6", "24"]
    lines += ["古田", "5", "18", "合计", "18", "69", "(二)儿童福利类经费45万元", "县(市、区)", "金额(万元)", "市本级"]
    lines += ["11.1", "蕉城", "4.9", "霞浦", "4.9", "合计", "20.9"]
    drafted = Importer(lines).run().indicators
    found = [
        (i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in drafted if i["origin"] == "table"
    ]
    assert found[:2] == [("蕉城农村幸福院数量", "个", 7, 2021), ("蕉城农村幸福院经费", "万元", 27, 2021)]
    assert ("市本级儿童福利类经费", "万元", 11.1, 2021) in found and len(found) == 12


def test_a_table_of_places_run_together_at_the_end_of_a_line() -> None:
    """…计划见右图。 城市拆除面积(万平方米)投资额(亿元) 项目(个) 石家庄 400 552 119 承 德 130 98 100 …: a table
    run together on one line, its header's columns told by their brackets, names spaced out joined, read
    as a table of places under the sentence before it; …分配表 县区名称 资金分配额(万元) 备注 合计 4000 …: a
    备注 column holds no figure. Places and figures after a sentence (分别为:甲县 300 乙县 200 …) are no table."""
    line = "今年全省计划拆迁2711万平方米。各市城建项目计划见右图。 城市拆除面积(万平方米)投资额(亿元) 项目(个) "
    line += "石家庄 400 552 119 承 德 130 98 100 张家口 220 420 152"
    found = [
        (i["name"], i["unit"], i["target"]["value"])
        for i in Importer([line]).run().indicators
        if i["origin"] == "table"
    ]
    assert found[:3] == [("石家庄拆除面积", "万平方米", 400), ("石家庄投资额", "亿元", 552), ("石家庄项目", "个", 119)]
    assert found[3] == ("承德拆除面积", "万平方米", 130) and len(found) == 9
    funds = (
        "海东市市级财政扶贫专项资金分配表 县区名称 资金分配额(万元) 备注 合计 4000 乐都区 819 平安区 100 民和县 1226"
    )
    shares = [(i["name"], i["target"]["value"]) for i in Importer([funds]).run().indicators if i["origin"] == "table"]
    assert shares == [
        ("合计资金分配额", 4000),
        ("乐都区资金分配额", 819),
        ("平安区资金分配额", 100),
        ("民和县资金分配额", 1226),
    ]
    prose = "今年各县新增就业分别为:甲县 300 乙县 200 丙县 100 丁县 50"
    assert not [i for i in Importer([prose]).run().indicators if i["origin"] == "table"]


def test_tables_cut_short_are_read_as_far_as_they_go_and_never_fail_the_import() -> None:
    """A 属性 cell left alone after its row (a copy cut between lines), and a table of places whose rows
    hold more values than its header has columns: read as far as they go, the rest listed unplaced,
    never an error that leaves the editor with no draft (both found by importing development texts with
    lines dropped at random)."""
    cut = Importer(["具体指标 |", "2015年 |", "卫生机构中药师(士)(万人) |", "8 |", "预期性 |"]).run()
    assert [(i["name"], i["target"]["value"]) for i in cut.indicators] == [("卫生机构中药师(士)(万人)", 8)]
    assert (5, t("unplaced_table_cell"), "预期性") in cut.unplaced
    wide = Importer(["县(市、区) | 项目数量 | 户数", "甲县 | 1 | 2 | 3", "乙县 | 4 | 5 | 6", "丙县 | 7 | 8 | 9"]).run()
    assert not wide.indicators and (2, t("unplaced_table_cell"), "甲县") in wide.unplaced


def test_a_progress_table_of_the_years_targets_what_was_done_and_its_share() -> None:
    """项目名称 | 年度目标 | 1-7月累计完成 | 完成率, one row a line: each row's target, what was done by
    then as its observation, and the share done as an indicator of its own, observed."""
    lines = [
        "2020年重点民生实事项目进展情况表",
        "序号 | 项目名称 | 年度目标 | 1-7月累计完成 | 完成率",
        "1 | 增加公办幼儿园学位(个) | 2295 | 1095 | 47.7%",
        "2 | 职业技能培训(人次) | 1640 | 628 | 38.3%",
        "3 | 农村转移就业劳动者(人次) | 600 | 537 | 89.5%",
    ]
    found = Importer(lines).run().indicators
    targets = [
        (i["name"], i["unit"], i["target"]["value"], i["observations"][0]["value"]) for i in found if i["target"]
    ]
    assert targets[0] == ("增加公办幼儿园学位(个)", "个", 2295, 1095) and len(targets) == 3
    shares = [
        (i["name"], i["observations"][0]["value"], i["observations"][0]["period"]) for i in found if not i["target"]
    ]
    assert shares[0] == ("增加公办幼儿园学位完成率", 47.7, "1-7月累计完成") and len(shares) == 3


def test_every_answer_key_entry_holds_only_the_fields_the_scorer_reads() -> None:
    """A name with an ASCII comma left unquoted inside a key's {…} splits into a cut name and a
    stray field; every entry of every key holds only the fields the scorer reads."""
    fields = {"lines", "line", "name", "value", "upper", "unit", "comparator", "year", "per_year", "as_written"}
    stray = [
        (key.name, entry)
        for key in sorted((REPO / "tests/importer_eval").glob("*/*.key.yaml"))
        for kind in ("targets", "past")
        for entry in YAML(typ="safe").load(key.read_text(encoding="utf-8")).get(kind) or []
        if set(entry) - fields
    ]
    assert stray == []


def test_a_progress_table_one_row_a_line_parted_by_blanks() -> None:
    """序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注: a header word a blank parts (单 位, 备  注)
    is one cell; 工作目标 is the year's target, 已完成数 what was done, 占年任务之比 its share; a list
    number run into a year (1.2022年度…) is neither."""
    assert cells_of("序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注") == [
        *["序号", "考核指标", "单位", "工作目标", "已完成数", "占年任务之比", "备注"]
    ]
    assert cells_of("指 标 名 称  单 位  2020 年") == ["指 标 名 称", "单位", "2020 年"]
    lines = [
        "2019年岳阳市1-11月12件重点民生实事工作落实情况",
        "序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注",
        "1 城镇新增就业 万人 5.2 7.23  139.1% 人力资源社会保障局",
        "2 自然村通水泥(沥青)路 公里  1360 1361.92  100.1% 交通局",
        "3 新增农村通自来水人口 万人  4.52 5.52  122.0% 水利局",
    ]
    found = Importer(lines).run().indicators
    rows = [(i["name"], i["unit"], i["target"]["value"], i["observations"][0]["value"]) for i in found if i["target"]]
    assert rows[0] == ("城镇新增就业（万人）", "万人", 5.2, 7.23) and len(rows) == 3
    assert quantities("附件: 1.2022年度省政府民生实事项目完成情况") == []


def test_a_table_whose_rows_stand_one_a_line_is_read_a_line_a_row() -> None:
    """A row that lacks its unit and office cells (7 所有县… - - -) does not take the next line's
    name as its office; a count in a name's bracket (平江17、汩罗4, 37个村) is no unit."""
    lines = [
        "岳阳市1-11月12件重点民生实事工作落实情况",
        "序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注",
        "6 提高困难残疾人生活补贴发放标准 元/月/人 不低于60元 60  达到目标60元 民政局",
        "提高重度残疾人护理补贴发放标准 元/月/人 不低于60元 60  达到目标60元",
        "7 所有县(市)实现二甲公立医院全覆盖 - - -",
        "基本消除村卫生室“空白村”(平江17、汩罗4) 21 21 100.0% 卫健委",
        "8 改(新)建农村户用厕所100万户以上 144281 127258 88.2% 农业农村局",
        "10 完成10千伏及以下行政村配电网改造(37个村) 万元 5900 5900 100.0% 岳阳电力公司",
    ]
    found = Importer(lines).run().indicators
    rows = [(i["name"], i["unit"], i["target"]["value"]) for i in found if i["target"] and i["target"]["value"]]
    assert ("基本消除村卫生室“空白村”(平江17、汩罗4)", None, 21) in rows
    assert ("提高重度残疾人护理补贴发放标准（元/月/人）", "元/月/人", 60) in rows
    assert ("改(新)建农村户用厕所100万户以上", None, 144281) in rows
    assert ("完成10千伏及以下行政村配电网改造(37个村)（万元）", "万元", 5900) in rows
    # (and the totals the names set, 100万户 and 37个, as targets of their own)
    assert not any(name in ("卫健委", "民政局") for name, _, _ in rows) and len(rows) == 7


def test_an_opening_that_says_a_years_work_was_done_with_no_figure_makes_a_report() -> None:
    """【概况】 2020年,道县公办幼儿园学位建设超额完成。: the figures after it are what was done that year
    (a year's figure told beside its task, 2014年,全省实现新增城镇就业82.68万人,超额完成目标任务, is not
    such an opening)."""
    lines = [
        "【概况】 2020年,道县公办幼儿园学位建设超额完成。实际完成1695个学位,公办幼儿园在园幼儿在全县在园幼儿中占比达52.03%。"
        "建设增加公办幼儿园学位805个,分别是清塘镇中心小学附属幼儿园120个、寿雁镇一小附属幼儿园140个。"
    ]
    found = Importer(lines).run().indicators
    assert [i["name"] for i in found if i.get("target")] == []
    assert len([i for i in found if i.get("observations")]) >= 4


def test_a_table_of_places_with_a_city_over_its_numbered_districts() -> None:
    """序号 | 城市 | 县(市、区) | …, then 济南市 | 全市小计: | 525 | … and 1 | 其中:1.历下区 | 226 | …: the
    city's row over its districts' total, a district after its list number (其中:1., 2.); 城市, a place
    column's word, is no place; a column with no unit takes the one the text writes after its total."""
    lines = [
        "全省共计划改造老旧小区3898个,其中济南市改造建筑面积755.91万平方米。",
        "2023年城镇老旧小区改造计划表 |",
        *["序号 |", "城市 |", "县(市、区) |", "小区数(个) |", "楼栋数(栋) |", "建筑面积 |", "||"],
        *["济南市 |", "全市小计: |", "525 |", "2440 |", "755.91 |", "|||"],
        *["1 |", "其中:1.历下区 |", "226 |", "1276 |", "402.59 |", "|||"],
        *["2 |", "2.市中区 |", "101 |", "414 |", "107.14 |", "|||"],
    ]
    found = Importer(lines).run().indicators
    cells = {
        (i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in found if i.get("origin") == "table"
    }
    assert ("历下区小区数", "个", 226, 2023) in cells and ("市中区楼栋数", "栋", 414, 2023) in cells
    assert ("全市小计建筑面积", "万平方米", 755.91, 2023) in cells and len(cells) == 9


def test_a_performance_form_one_row_a_line_under_its_year() -> None:
    """绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值, one row a line: each row's name and target, for
    the year the line under the form's title gives ((2020年度) | ||||); a row whose value is in words
    (…显著提升了…。) or a span of dates (2020.1.1-2020.12.31) sets no figure and the form goes on; a
    unit per unit (71.86元/平方米) is the row's."""
    lines = [
        "抗疫特别国债项目绩效目标表(打捆项目) | ||||",
        "(2020年度) | ||||",
        "项目名称 | 2020年非营利性民办园房租补贴 | |||",
        "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "产出指标 | 数量指标 | 补贴非营利性民办幼儿园数量 | 20个 | |",
        "补贴民办园租用面积 | 26970.7平方米 | |||",
        "质量指标 | 补贴覆盖民办幼儿园率 | ≥90.91% | ||",
        "补贴期限 | 2020.1.1-2020.12.31 | |||",
        "成本指标 | 补贴标准 | 71.86元/平方米 | ||",
        "效益指标 | 社会效益指标 | 提升疫情防控期间民办幼儿园扶持力度 | 显著提升了疫情期间对民办幼儿园的扶持力度。 | |",
        "满意度指标 | 服务对象满意度指标 | 受益租户满意度 | ≥95% |",
    ]
    draft = Importer(lines).run()
    rows = [(i["name"], i["unit"], i["target"]["value"], i["target"]["comparator"]) for i in draft.indicators]
    assert rows == [
        ("补贴非营利性民办幼儿园数量", "个", 20, "="),
        ("补贴民办园租用面积", "平方米", 26970.7, "="),
        ("补贴覆盖民办幼儿园率", "%", 90.91, ">="),
        ("补贴标准", "元/平方米", 71.86, "="),
        ("受益租户满意度", "%", 95, ">="),
    ]
    assert draft.period == (2020, 2020)


def test_a_quarter_s_results_and_shares_of_the_year_s_plan_are_reported() -> None:
    """sichuan-employment-q1-2019 line 8: 一季度, opening a clause after a stop typed as . between words,
    tells the year so far; jilin-employment-progress-2023 lines 1-2: a result told as a share of the
    year's plan (完成年计划的107.32%, 超过计划0.69个百分点) is a result, in a text that names no year."""
    found = targets("4月18日,四川省就业局发布一季度就业形势.一季度,全省城镇新增就业25.62万人,失业人员再就业7.14万人。")
    assert [(f.value, f.past, f.period) for f in found] == [(25.62, True, "一季度"), (7.14, True, "一季度")]
    found = targets("农村劳动力转移就业289.77万人,完成年计划的107.32%。")
    assert [(f.value, f.past, f.period) for f in found] == [(289.77, True, "完成情况"), (107.32, True, "完成情况")]
    found = targets("离校未就业高校毕业生帮扶就业去向落实率达到90.69%,超过计划0.69个百分点。")
    assert [(f.value, f.past) for f in found] == [(90.69, True)]
    # neimenggu-employment-progress-2016 line 5: a result told against its goal (低于年初确定的4%的目标)
    # looks nowhere ahead, and the report of 1—9月 goes on after the ；
    found = targets(
        "1—9月,内蒙古城镇新增就业23.55万人,完成自治区年度计划的91%;城镇登记失业率为3.63%,低于年初确定的4%的目标。"
    )
    assert [(f.value, f.past) for f in found][:3] == [(23.55, True), (91, True), (3.63, True)]
    # hainan-housing-progress-2012 line 4: a year's half with 累计 further on reports, whatever the year
    lines = ["海南上半年开工5.15万套保障房", "中央政府门户网站 www.gov.cn 2012年07月10日 17时06分 来源:新华社"]
    lines += ["记者了解到,2012年上半年海南省保障性住房累计开工5.15万套,开工率占全年计划的48.2%,新增入户1.81万户。"]
    lines += ["相关链接", "· 宁夏上半年开工保障房4.29万套 完成计划的72.8%"]
    draft = Importer(lines).run()
    assert not [i for i in draft.indicators if i.get("target")]
    assert [o["value"] for i in draft.indicators for o in i.get("observations") or []] == [5.15, 5.15, 48.2, 1.81]
    # sichuan-employment-q1-2019 line 6: a subhead's 超25万人 restates the body's 25.62万人, rounded down
    # (a result, recorded as the subhead writes it)
    lines = ["四川:今年一季度就业形势总体稳定", "来源:中国网 发布时间:2019-04-19", "城镇新增就业超25万人"]
    lines += ["4月18日,四川省就业局发布一季度就业形势。一季度,全省城镇新增就业25.62万人,失业人员再就业7.14万人。"]
    draft = Importer(lines).run()
    assert [o["value"] for i in draft.indicators for o in i.get("observations") or []] == [25.0, 25.62, 7.14]
    # (gansu-health-2030 line 12: of another name, a headline's 逾90% stands)
    lines = ["健康规划出台", "学生体质达标率逾90%", "到2030年,全省经常参加体育锻炼人数比例达到92%。"]
    draft = Importer(lines).run()
    assert [i["target"]["value"] for i in draft.indicators if i.get("target")] == [90, 92]
    # shanxi-employment-progress-q1 line 3: a share with no 的 (完成全年目标任务32.18%) is no task in brackets
    found = targets("全省农村劳动力转移就业10.62万人,完成全年目标任务32.18%,同比增加0.27万人。")
    assert [(f.value, f.past) for f in found] == [(10.62, True), (32.18, True), (0.27, True)]


def test_a_list_of_works_whose_last_item_is_cut_and_a_page_under_markup() -> None:
    """jinan-shizhong-livelihood-projects-2022: items 一、 to 十一、 end with 。, the cut 十二、 reads as a
    heading: the text starts at 一、, not at 十一、; gangcheng-livelihood-projects-2021: markup left over
    above a page (<abbr id="ymyim"></abbr>) hides neither its headline nor its opening sentence, which
    names the year's works (公布了2021年钢城区为民办十件实事)."""
    lines = ["2022年,市中区办好22件民生实事", "2022-02-24 16:05:30 来源: 大众网 作者: 肖阳"]
    lines += [f"{n}、新建社区养老设施{k}处。" for k, n in enumerate("一二三四五六七八九十", 1)]
    lines += ["十一、建设垃圾分类房12处。", "十二、对八一立交桥下空间进行整治提升,实施景观亮"]
    draft = Importer(lines).run()
    assert [i["target"]["value"] for i in draft.indicators] == [*range(1, 11), 12]
    lines = ['<abbr id="ymyim"></abbr>'] * 8 + ["2024年12月19日 星期四", "钢城区为民办十件实事敲定"]
    lines += ["发布日期:2021-02-02", "近日,在钢城区十八届人大五次会议上,公布了2021年钢城区为民办十件实事。"]
    lines += ["一是完成塑胶操场建设10处。"]
    draft = Importer(lines).run()
    assert draft.period == (2021, 2021) and [i["target"]["value"] for i in draft.indicators] == [10]


def test_a_work_done_in_places_and_a_work_joined_after_it() -> None:
    """shexian-livelihood-projects-2025 lines 3 and 11: the places a work is done in (在17个乡镇(街道办))
    are not part of its name, a work joined by 并 or 及其他 is not the noun the figure before counts, and
    lamps count in 盏."""
    # (xining-chengzhong-livelihood-projects lines 10-11: counts of the list's works of a kind are no
    # targets, and the funds a place will put in are named after the work they pay for)
    found = targets("民生实事项目包括环境改善类4项、公共安全类3项。", "城中区将投资5958万元,完成海绵城市二期建设项目。")
    assert [(f.name, f.value) for f in found] == [("完成海绵城市二期建设项目投资", 5958)]
    # (wuzhou-childcare-2020-2025 line 7: 以…达4.5个为目标 sets the count as the target)
    found = targets("以“十四五”期末每千人口拥有3岁以下婴幼儿托位数达4.5个为目标,支持社区。", start=2021)
    assert [(f.name, f.value, f.year) for f in found] == [("每千人口拥有3岁以下婴幼儿托位数", 4.5, 2025)]
    # (xinjiang-high-skills-2017-2020 line 4: …达58万人目标, the count's 目标 with no 的 before it)
    found = targets("提出至2020年力争使高技能人才总量达58万人目标。", start=2016)
    assert [(f.name, f.value, f.year) for f in found] == [("高技能人才总量", 58, 2020)]
    found = targets("维修更换农村37处的机泵、阀门。", "新建住房建筑面积不超过70平方米的小户型。")
    assert [(f.name, f.value) for f in found] == [("机泵、阀门", 37)]
    found = targets("在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏。", "铺设污水管网348米及其他附属设施。")
    assert [(f.name, f.value, f.unit) for f in found] == [
        ("硬化道路", 10, "万平方米"),
        ("安装太阳能路灯", 1000, "盏"),
        ("铺设污水管网", 348, "米"),
    ]


def test_a_work_report_s_review_under_its_headline_or_subhead_reports() -> None:
    """guan-work-report-results-2024 line 1: a headline that names a year's 工作回顾 makes the text a
    report of that year; guangyuan-zhaohua-work-report-results-2022 line 2: the paragraphs under a
    review's subhead (一年来,我们兜底线、办实事,…) read as under a chapter of 回顾."""
    lines = ["(原标题:《政府工作报告》解读二:2024年工作回顾(二))"]
    lines += ["这一年,我们聚焦三农谋幸福。新增农产品销售额5亿元。新建改造农村电力线路17.24公里。"]
    draft = Importer(lines).run()
    assert not [i for i in draft.indicators if i.get("target")] and len(draft.indicators) == 2
    lines = ["广元市昭化区人民政府工作报告", "一年来,我们兜底线、办实事,民生福祉更加殷实"]
    lines += ["社会事业欣欣向荣。调度疫情防控专项资金1.47亿元,新建村卫生室12个。"]
    draft = Importer(lines).run()
    assert not [i for i in draft.indicators if i.get("target")] and len(draft.indicators) == 2


def test_a_progress_table_one_row_a_line_with_remarks_and_rows_of_a_class() -> None:
    """yueyanglou-livelihood-progress-2022: a row whose last cell is a remark in prose (…,目前累计完成…) is
    still a row; a class's number stands on its first row only (2 特殊群体健康保障 孕产妇… / 新生儿…), each
    line its own row; 占比 is the column of the share done."""
    lines = [
        "1-10月岳阳楼区重点民生实事项目进度表",
        "序 号 考核指标 单位 工作目标 已完成数 占比 备  注",
        "2 特殊群体健康保障 孕产妇免费产前筛查 人次 2800 2539 90.7%",
        "新生儿先天性心脏病免费筛查 人次 2800 2647 94.5%",
        "康复救助残疾儿童 180 284 137% 目标任务是要完成180人*8个月=1440月的康复培训任务,目前累计完成284人",
        "困难残疾人家庭无障碍改造 70 70 100%",
    ]
    found = Importer(lines).run().indicators
    rows = [(i["name"], i["target"]["value"], i["observations"][0]["value"]) for i in found if i.get("target")]
    assert rows == [
        ("孕产妇免费产前筛查（人次）", 2800, 2539),
        ("新生儿先天性心脏病免费筛查（人次）", 2800, 2647),
        ("康复救助残疾儿童", 180, 284),
        ("困难残疾人家庭无障碍改造", 70, 70),
    ]


def test_a_barred_progress_table_and_reports_of_targets_met(monkeypatch: pytest.MonkeyPatch) -> None:
    """序号 | 项目内容 | 年度完成情况 | …: each row's target before the column of what was done, and what
    was done after it; 17项超额完成 and 均提前超额完成了…“十四五”目标 report (the ；-parts after a year's
    report go on reporting); a page's date with its time (2024-02-29 10:27:28) dates it; a unit cell
    per month and head (元/月/人) is the row's unit. The rules' reading, the tense model off: on a text
    of five lines whose title is a 完成情况 the model reads the row's second target (普惠托位685个) as done."""
    monkeypatch.setattr(tense, "READS", False)
    lines = [
        "2024-02-29 10:27:28",
        "2022年度乐清本级民生实事项目完成情况",
        "序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 |",
        "1 | 新增托位1140个,普惠托位685个 | 新增托位1155个,其中新增普惠托位1155个。 | 超额完成 | 市卫健局 |",
        "2 | 新改扩建公办幼儿园3所 | 新建成投用清江幼儿园等3所。 | 完成任务 | 市教育局 |",
    ]
    draft = Importer(lines).run()
    # dev/jishui-livelihood-tasks: a task table whose column of what was done is its 落实情况
    jishui = ["序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |"]
    jishui += ["1 | 增加义务教育学位5000个。 | 毛晓青 | 县教体局 | 已新增义务教育学位5500个。 |"]
    tasks = Importer(jishui).run()
    assert [(i.get("target") or {}).get("value") for i in tasks.indicators] == [5000.0, None]
    # dev/zhaoqing-livelihood-tasks: 落实进展情况, 序号 after a 大类 cell that spans its class's rows
    zhaoqing = ["大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |"]
    zhaoqing += ["一、提高民生保障水平 | 1 | 新增养老床位300张。 | 陈宣群 | 市民政局 | 已完成。已新增养老床位320张。 |"]
    zhaoqing += ["2 | 新建社区食堂20个。 | 陈宣群 | 市民政局 | 已完成。全市已新建社区食堂23个。 |"]
    rows = Importer(zhaoqing).run().indicators
    assert [(i.get("target") or {}).get("value") for i in rows] == [300.0, None, 20.0, None]
    assert [i["observations"][0]["value"] for i in rows if i.get("observations")] == [320.0, 23.0]
    assert draft.notice.published == dt.date(2024, 2, 29)
    assert [(i["target"]["value"]) for i in draft.indicators if i.get("target")] == [1140, 685, 3]
    assert [i["observations"][0]["value"] for i in draft.indicators if i.get("observations")] == [1155, 1155, 3]
    paragraphs = [
        "省级民生实事30项,其中17项超额完成、占比56.67%。",
        "2022年,济南教育资源供给持续扩增;普惠性幼儿园覆盖率超过89%,这项指标提前超额完成了国家确定的“十四五”目标。",
    ]
    found = ProseReader(2021, 2023).read([Entry(k + 1, text, "s1", "") for k, text in enumerate(paragraphs)])
    assert [f.value for f in found if f.past] == [17, 56.67, 89]
    row = Importer(
        [
            "序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注",
            "1 农村低保标准 元/年/人 不低于3700元 3840 达到目标",
        ]
    )
    assert [(i["unit"], i["target"]["value"], i["target"]["comparator"]) for i in row.run().indicators[:1]] == [
        ("元/年/人", 3700, ">=")
    ]


def test_a_headlines_ellipsis_ends_a_name() -> None:
    """今年,万州改扩建5所学校,改造42个老旧小区......还有更多好消息: the ellipsis ends the name."""
    found = brief(targets("今年,万州改扩建5所学校,改造42个老旧小区......还有更多好消息,与你有关!"))
    assert [(name, value) for name, value, *_ in found][-1] == ("老旧小区", 42.0)


def test_a_pages_source_line_and_a_news_items_start_are_not_run_into_the_text() -> None:
    """A page's date, time and source line, and a news item's own start (东南网1月6日讯 (…记者…)),
    are not read as the lines before them going on; 去年 after the byline's bracket, or opening a
    sentence (去年新增…132处), reports; a bracket that compares with last year (比去年提高20元) is no
    noun the figure before it counts."""
    lines = [
        "漳州市今年新建10个城市小广场",
        "zz.fjsen.com  2014-01-06 09:07:58   来源:东南网  我来说两句",
        "今年,漳州市将新开工建设保障性住房8311套,力争建成10500套",
        "东南网1月6日讯 (海峡导报记者 沈华铃 文/图)去年,漳州全市公共财政支出突破260亿元。",
    ]
    draft = Importer(lines).run()
    done = [i["observations"][0]["value"] for i in draft.indicators if i.get("observations")]
    assert done == [260] and 10500 in [i["target"]["value"] for i in draft.indicators if i.get("target")]
    assert [f.past for f in targets("去年新增近邻运动场132处,新开放学校场地设施6所", start=2026)] == [True, True]
    # dev/guangxi-livelihood-results-2014: 去年 after a comma, whatever noun follows it
    assert [f.past for f in targets("据自治区财政厅介绍,去年投入体彩公益金3150万元。", start=2014)] == [True]
    assert brief(targets("城市低保标准提高到每人每月420元(比去年提高20元)。", start=2014))[0][:2] == (
        "城市低保标准",
        420.0,
    )


def test_a_standard_per_head_is_set_and_a_place_counted_among_others_is_not() -> None:
    """每人每月分别补贴100元、200元 sets a standard per head (给予5万元奖励 grants a sum: no target);
    作为全国首批14个…城市 counts what a city is among, no target."""
    found = brief(targets("对80岁、90岁以上低保老人每人每月分别补贴100元、200元。", start=2014))
    assert [(value, unit) for _, value, _, unit, _ in found] == [(100.0, "元"), (200.0, "元")]
    assert targets("对新办企业给予5万元奖励。", start=2014) == []
    assert [f.value for f in targets("温州作为全国首批14个建设国家儿童友好城市,将建设试点单元50个。", start=2025)] == [
        50
    ]


def test_a_shared_floor_does_not_reach_a_value_that_states_its_own_level() -> None:
    """…分别稳定在75%以上和75%左右: 左右 is the second value's own level, not the first one's floor."""
    found = brief(
        targets("到2020年,职工医疗保险、城镇居民医疗保险政策范围内住院费用支付比例分别稳定在75%以上和75%左右。")
    )
    assert [comparator for _, _, comparator, _, _ in found] == [">=", "="]


def test_an_opening_sentence_naming_one_year_s_work_sets_the_period() -> None:
    """xianning-key-work-progress-2021 line 1: no headline, but the first sentence names the year's
    work it reports on; a results report's opening that says the year's tasks were done sets that
    year, on a page dated after it (anshun-livelihood-results-2019 line 1, dated 2020-01-09)."""
    lines = [
        "为切实推进市政府决策部署的贯彻落实,市政府政务督查室近期对《政府工作报告》确定的2021年重点工作上半年"
        "完成情况进行了督办。现将有关情况通报如下:",
        "1.培育互联网融合发展平台2家。",
    ]
    assert period_found("", lines) == (2021, 2021)
    lines = [
        "截止2019年12月31日,安顺市委、市人民政府“十件实事”涉及的16项工作任务全面完成。具体情况如下:",
        "二、解决6万人农村饮水安全问题。",
        "此项工作已完成。截至2019年12月底,全市解决6.007万人的农村饮水安全问题。",
    ]
    assert period_found("", lines, written=2020) == (2019, 2019)
    assert period_found("", lines[1:], written=2020) is None  # (no opening that says so)


def test_a_task_numbered_anew_after_a_report_is_a_target_again() -> None:
    """xianning-key-work-progress-2021 lines 6-7 and ningbo-livelihood-progress-2014 line 1: a report
    told after a paragraph's task (上半年,引进…) does not carry to the next numbered task, nor does a
    share of a task done (已完成年度目标任务的55%, itself a result)."""
    found = targets(
        "1.新开工亿元以上产业项目100个。上半年,新开工亿元及以上产业项目80个。",
        "2.培育互联网融合发展平台2家,省级工业互联网融合发展试点示范企业总数达30家。",
        "实际完成情况:基础管道施工等工作整体进度已完成年度目标任务的55%,项目按预期计划扎实有序推进。"
        "3.新辟公交线路10条,优化调整20条。",
    )
    assert [(f.value, f.past) for f in found] == [
        (100, False),
        (80, True),
        (2, False),
        (30, False),
        (55, True),
        (10, False),
        (20, False),
    ]
    # a paragraph that opens with the report carries it on to the next, but not to a numbered task
    # (anshun-livelihood-results-2019 lines 7-9)
    found = targets("上半年,新开工亿元及以上产业项目80个。", "引进亿元及以上项目107个。")
    assert [f.past for f in found] == [True, True]
    found = targets(
        "此项工作已完成。截至2019年12月底,全市解决6.007万人的农村饮水安全问题。",
        "三、新建、改扩建公办幼儿园8所,中小学校16所。",
        start=2019,
    )
    assert [(f.value, f.past) for f in found if f.lines[0] == 2] == [(8, False), (16, False)]


def test_a_lead_that_tells_progress_makes_a_report_whose_tasks_are_restated_only_where_told() -> None:
    """qingchuan-key-projects-progress-2007, dali-livelihood-projects-results-2014 and
    tianjin-livelihood-progress-2024: a headline or opening that tells progress (进展顺利, 完成投资15.8亿元,
    又有16项具体工作已完成) makes the text a report of the year it is written in; the tasks it is told
    against are targets where a sentence names them (yibin-housing-2011 line 2: 今年省政府下达我市的…;
    guizhou-livelihood-progress-2020 line 2: 十件民生实事包括…; anshun-livelihood-results-2019: a numbered
    item with no word of what was done)."""
    assert reported_year(["青川县一季度重点工程重点项目建设进展顺利", "发布时间: 2007-03-08"], 2007) == 2007
    assert reported_year(["大荔县十大民生工程完成投资15.8亿元"], 2014) == 2014
    opening = "从蓝图到实景,在已过去的第三季度里,我市今年20项民心工程又有16项具体工作已完成。截至目前,…"
    assert reported_year(["稿源:天津日报 2024-10-23 01:47", opening], 2024) == 2024
    assert reported_year(["今年我市将新建公办幼儿园20所", "计划年底前已完成选址"], 2024) is None
    # tianjin-livelihood-progress-autumn line 1: the opening's second sentence tells it (…已经完成66个,
    # 占总建设计划的19.6%), in a paragraph that looks nowhere ahead (实现了10项奋斗目标: met);
    # quanzhou-livelihood-projects-2021 line 1: not where the paragraph turns to this year's list
    autumn = (
        "20项民心工程实施以来,迅速形成了热潮。截至国庆节前,20项民心工程336个子项任务已经完成66个,占总建设计划的19.6%。"
    )
    assert reported_year([autumn + "在国庆节前实现了10项奋斗目标。"], 2010) == 2010
    quanzhou = "民生无小事。刚刚过去的2020年,实施36个为民办实事项目,35个项目顺利完成。今年,将实施39个具体项目。"
    assert reported_year([quanzhou, "1。 新改扩建20所公办幼儿园;"], 2021) is None
    paragraphs = [
        "今年 宜宾已完成4139套保障房建设",
        "记者了解到,今年省政府下达我市的18271套保障房中,保障性住房建设11500套。截至5月底,全市已经完成4139套。",
        "贵州十件民生实事包括建设100所公办幼儿园、新聘和续聘生态护林员15.2万名。",
        "一、减少农村扶贫对象6.76万人。",
        "酒家垭隧道完成投资600万元,上道坑掘进950米。",
    ]
    entries = [Entry(k + 1, text, "s1", "") for k, text in enumerate(paragraphs)]
    found = ProseReader(2011, 2011, 2011).read(entries)
    assert [(f.value, f.past) for f in found] == [
        (4139, True),
        (18271, False),
        (11500, False),
        (4139, True),
        (100, False),
        (15.2, False),
        (6.76, False),
        (600, True),
        (950, True),
    ]


def test_a_numbered_table_of_places_one_cell_a_line_gives_each_place_its_planned_figures() -> None:
    """hunan-old-communities-progress-2021 lines 5-125: a progress table one cell a line, each cell
    ending with its bar, 序号 before the place column (市 州, written with a space) and each row's
    number before its place; 计划完成数 and 计划投资额 are planned, whatever their verbs, and the counts
    started, the investment done and their rates are what was done."""
    header = ["序号", "市 州", "计划完成数", "累计开工数", "开工率", "计划投资额(万元)", "累计完成投资额(万元)"]
    rows = [
        ["1", "长沙市", "150", "143", "95.33%", "86157.25", "36836.13"],
        ["2", "株洲市", "71", "44", "61.97%", "13533.40", "4756.44"],
        ["3", "湘潭市", "87", "71", "81.61%", "19099.87", "6930.72"],
    ]
    lines = ["全省2021年重点民生实事项目完成进度表", "(截至2021年8月底)"]
    lines += [f"{c} |" for c in header + [c for row in rows for c in row]]
    table = [i for i in Importer(lines).run().indicators if i["origin"] == "table"]
    planned = [(i["name"], i["unit"], i["target"]["value"], i["target"]["year"]) for i in table if i.get("target")]
    assert planned[:2] == [("长沙市计划完成数", None, 150, 2021), ("长沙市计划投资额", "万元", 86157.25, 2021)]
    assert len(planned) == 6
    done = {i["name"]: i["observations"][0]["value"] for i in table if not i.get("target")}
    assert done["株洲市累计开工数"] == 44 and done["湘潭市开工率"] == 81.61 and len(done) == 9
    assert not any(i["name"].startswith(("1", "2", "3")) for i in table)
    # the text writes the total of the column with its unit (…开工改造小区308个): the column's unit
    total = [f"{c} |" for c in ["4", "全省", "308", "258", "83.77%", "118791", "48523"]]
    lines = ["2021年目标任务为:开工改造小区308个。", *lines[:-7], *total, *lines[-7:]]
    table = [i for i in Importer(lines).run().indicators if i["origin"] == "table"]
    assert {i["name"]: i["unit"] for i in table if i.get("target")}["长沙市计划完成数"] == "个"


def test_a_headline_s_numbered_works_set_the_year_and_each_task_after_its_progress() -> None:
    """huangshi-livelihood-progress-2022: a repost dated two years after the headline's year of work
    (2022年黄石“十件实事”,最新进展看这里) is that year's list, and a task labelled 实事二: after the
    progress of the one before is set again."""
    lines = ["2022年黄石“十件实事”,最新进展看这里", "时间:2024-05-04 04:21:34 来源:蓝影头条"]
    assert period_found("", lines, written=2024) == (2022, 2022)
    found = targets(
        "截至6月30日,已开工200个,开工率100%;已完工135个,完工率67.5%。",
        "实事二:新改扩建“四好农村路”300公里,加固改造危桥120座。",
        "截至6月30日,120座危桥改造项目已完成87座,完成计划的72.5%。",
    )
    assert [(f.value, f.past) for f in found if f.lines[0] == 2] == [(300, False), (120, False)]


def test_works_scheduled_over_the_years_named_set_the_period() -> None:
    """zhangpu-kindergartens-2017-2019 line 4: a batch built over three years, each year's share named
    (2017年项目有…, 2018年有4所, 2019年有5所), is a plan of those years; years named with no schedule, or
    not one after another, are not."""
    line = "新建公办幼儿园13所。项目规划按三个年度分批推进,2017年项目有县第二实幼分园,2018年有4所,2019年有5所。"
    assert period_found("", [line]) == (2017, 2019)
    assert period_found("", [line.replace("按三个年度分批推进", "已建成")]) is None
    assert period_found("", [line.replace("2018年有4所", "2021年有4所")]) is None


def test_a_year_s_target_a_result_is_told_against_is_a_target_in_brackets_or_after_its_count() -> None:
    """dalian-livelihood-progress-2021 lines 7 and 10: the year's targets inside the brackets a result
    is told against (完成年度目标(维修改造锅炉146台、供热管网改造40公里)的80.8%), each named by its own
    words, and a count done that was the year's target (完成安装100台的年度目标)."""
    found = targets(
        "截至9月底,累计完成维修改造锅炉118台、累计完成供热管网改造23.4公里,"
        "分别完成年度目标(维修改造锅炉146台、供热管网改造40公里)的80.8%、58.5%。",
        "“公共场所布设自动体外除颤器(AED)”项目,于8月份完成安装100台的年度目标,并投入使用。",
        start=2021,
    )
    ahead = [(f.name, f.value) for f in found if not f.past]
    assert ahead == [("维修改造锅炉", 146), ("供热管网改造", 40), ("于8月份完成安装", 100)]
    assert [f.value for f in found if f.past][:2] == [118, 23.4]


def test_stages_one_after_another_set_the_period_and_each_stage_s_year() -> None:
    """tianshui-education-2009-2020 lines 5-7: a plan set in stages (起步发展阶段(2009—2010年), 加快发展
    阶段(2011—2015年), …) is a plan of them all, and each stage's targets are for its last year, in
    every ；-part of its paragraph."""
    lines = [
        "1、起步发展阶段(2009—2010年):学前一年毛入园率达到80%;小学适龄儿童入学率达到98%以上。",
        "2、加快发展阶段(2011—2015年):学前一年毛入园率达到90%;全市高中阶段毛入学率达到75%。",
    ]
    assert period_found("", lines) == (2009, 2015)
    assert period_found("", lines[:1] + ["3、快速发展阶段(2016—2020年):…"]) is None  # (not one after another)
    found = ProseReader(2009).read([Entry(k + 1, text, "s1", "") for k, text in enumerate(lines)])
    assert [(f.value, f.year) for f in found] == [(80, 2010), (98, 2010), (90, 2015), (75, 2015)]


def test_the_year_of_a_meeting_s_name_sets_no_target() -> None:
    """hainan-education-2011-2015-results line 1: a period's results told at a meeting whose name holds
    its year (2016年度…工作会议上获悉,“十二五”期间,…) are results of the period, not targets of that year."""
    found = targets(
        "记者日前从在海口召开的2016年度海南省基础教育暨教研培训工作会议上获悉,“十二五”期间,"
        "海南教育总投入1130多亿元,是“十一五”期间的2.3倍。",
        start=2016,
    )
    assert [(f.value, f.past) for f in found] == [(1130, True), (2.3, True)]
    assert sentence_year("2016年度全省教育工作会议提出,到2020年学前三年毛入园率达到85%。", 2016) == 2020


def test_up_to_now_tells_the_state_reached() -> None:
    """xining-education-results-2011-2015 line 4 (a repost reworded with near-synonyms): 到现在 is
    目前, the state reached by then, whatever year the sentence names after it."""
    found = targets("到现在,西宁市学前三年毛入学率达106.1%、义务教学稳固率达98.13%,已提早5年完结2020年国定方针。")
    assert [(f.value, f.past) for f in found][:2] == [(106.1, True), (98.13, True)]


def test_a_performance_form_row_gives_its_value_after_the_place_left_for_it() -> None:
    """jinzhai-development-zone-performance-targets-2021 lines 13-20: a budget performance form's rows
    (指标1:项目总成本(≤**万元) ≤1125万元): the placeholder is no part of the name, and a count inside
    what a row measures (清算8个安置小区…(≥**%)) is not its value."""
    found = targets(
        "成本指标 指标1:项目总成本(≤**万元) ≤1125万元",
        "效益指标 经济效益指标 指标1:清算8个安置小区本年度物业费和历史的遗留物业费(≥**%)。",
        "满意度指标 服务对象满意度指标 指标1:小区居民满意度(≥**%) ≥90%",
    )
    assert [(f.name, f.value, f.comparator) for f in found] == [
        ("项目总成本", 1125, "<="),
        ("小区居民满意度", 90, ">="),
    ]
    # the row's value after a full stop, on the row's own line (not run into the next row's words)
    row = "效益指标 经济效益指标 指标1:清算8个安置小区本年度物业费和历史的遗留物业费(≥**%)。 ≥95%"
    draft = Importer(
        ["2021年度项目支出绩效目标申报表", row, "社会效益指标 指标1:改善安置小区群众生活质量。 显著改善"]
    ).run()
    assert [(i["name"], i["target"]["value"]) for i in draft.indicators] == [
        ("清算8个安置小区本年度物业费和历史的遗留物业费", 95)
    ]


def test_the_key_year_of_a_work_report_sets_the_period_and_a_reading_counter_leaves_the_date() -> None:
    """baoan-public-services-2020 lines 2 and 5: a news page's source and date before its reading
    counter (深圳新闻网-晶报 2020-01-19 10:51 阅读 1000+) dates it; a report that calls its year the key
    year (2020年是…关键之年。…今年要…) sets that year's targets, where it names no later year."""
    notice = Notice()
    own_dates(["宝安将花更大精力推动公共服务", "深圳新闻网-晶报 2020-01-19 10:51 阅读 1000+"], notice)
    assert notice.published == dt.date(2020, 1, 19)
    # dev/jinan-results-2019-2023 line 3: an author's name with digits, the views and comments after the date
    notice = Notice()
    own_dates(["济南五年新增城镇就业近90万 民生福祉显著提升", "facai369 2024-11-09 体育 2 次浏览 0个评论"], notice)
    assert notice.published == dt.date(2024, 11, 9)
    lines = [
        "郭子平指出,2019年宝安区…较好完成了区六届人大四次会议确定的目标任务。",
        "2020年是深圳经济特区建立40周年,是…纵深推进的关键之年。郭子平表示,今年要…。将建成公办中小学6所。",
    ]
    assert period_found("", lines, written=2020) == (2020, 2020)
    assert period_found("", [*lines, "到2025年,全区建成…"], written=2020) != (2020, 2020)


def test_the_places_a_work_is_done_in_are_no_targets() -> None:
    """gansu-school-projects-2023 line 6: the counts of counties and prefectures a work is done in,
    named after 在 (在全省13个市州61个县区…新建、改扩建食堂400个), are no targets; what is built after
    在 is (在全省建设1000个村卫生室), and so is a count of places with no work counted after it."""
    found = targets(
        "在全省除23个重点帮扶县以外的其他65个县农村义务教育中小学新建、改扩建教师周转宿舍900套;"
        "在全省13个市州61个县区农村义务教育中小学新建、改扩建食堂400个,投入2亿元。",
        "在全省建设1000个村卫生室,投入2亿元。",
    )
    assert [f.value for f in found] == [900, 400, 2, 1000, 2]


def test_two_target_years_hold_for_each_part_of_the_sentence_that_names_them() -> None:
    """jiangxi-maternal-child-health-2022-2030 line 6: 到2022年和2030年 holds for every ；-part of
    its sentence, each 分别 pair one value a year, and 及以下 after each value bounds it."""
    found = targets(
        "《方案》提出,到2022年和2030年,全省婴儿死亡率分别控制在7.5‰及以下和5‰及以下;"
        "5岁以下儿童死亡率分别控制在9.5‰及以下和6‰及以下。",
        "到2025年,孕产妇死亡率下降到12/10万;产前筛查率达到70%。",
    )
    assert brief(found[:4]) == [
        ("全省婴儿死亡率", 7.5, "<=", "‰", 2022),
        ("全省婴儿死亡率", 5, "<=", "‰", 2030),
        ("5岁以下儿童死亡率", 9.5, "<=", "‰", 2022),
        ("5岁以下儿童死亡率", 6, "<=", "‰", 2030),
    ]
    assert [f.year for f in found[4:]] == [2025, 2025]  # (one year named: no pair carried)


def test_a_goal_s_completion_looks_nowhere_ahead() -> None:
    """hebei-sports-parks-2024 line 6: …指导目标完成情况进行了通报,其中…新增数量为133个,指导目标完成率达198.5%:
    the completion of a goal is told, not set."""
    found = targets(
        "日前,国家发展改革委对“十四五”体育公园建设指导目标完成情况进行了通报,其中河北省体育公园新增数量为133个,"
        "指导目标完成率达198.5%。",
        start=2021,
    )
    assert [(f.value, f.past) for f in found] == [(133, True), (198.5, True)]
    assert not looks_ahead("指导目标完成率达198.5%") and looks_ahead("全省体育公园建设的目标为新增100个")


def test_values_named_only_as_these_indicators_take_the_names_before_them() -> None:
    """qinghai-sport-2035 line 12: 这三项指标将分别达到… names the figures its paragraph named before,
    each value the first of its unit not yet taken."""
    found = targets(
        "目前全省人均体育场地面积达到2.01平方米,经常参加体育锻炼人数比例达到34.7%,"
        "到2035年,这两项指标将分别达到45%以上和2.5平方米。"
    )
    ahead = [(f.name, f.value) for f in found if not f.past]
    assert ahead == [("经常参加体育锻炼人数比例", 45), ("全省人均体育场地面积", 2.5)]


def test_a_news_item_s_subhead_tells_what_its_paragraphs_report() -> None:
    """jiangsu-employment-results-2023 lines 2-8: the paragraphs under 【数据回顾】 tell what was done,
    those under 【今年目标】 what is set."""
    lines = [
        "以民生暖色折射发展成色",
        "【数据回顾】",
        "城镇新增就业138.3万人,城乡居民人均可支配收入分别达6.32万元和3.05万元。",
        "【今年目标】",
        "政府工作报告提出,今年城镇新增就业120万人以上。",
    ]
    draft = Importer(lines).run()
    assert [(i["name"], bool(i.get("target"))) for i in draft.indicators] == [
        ("城镇新增就业", False),
        ("城乡居民人均可支配收入", False),
        ("城乡居民人均可支配收入", False),
        ("城镇新增就业", True),
    ]


def test_a_chapter_on_the_situation_faced_reports_the_period_before() -> None:
    """liaoning-disability-2016-2020 lines 2-3: a plan's chapter 残疾人事业面临的形势 reports what the
    period before achieved."""
    found = targets(
        "“十二五”期间,全省残疾人有80%得到不同程度的康复服务,近38万城乡贫困残疾人享受最低生活保障。",
        start=2016,
        chapter="一、残疾人事业面临的形势",
    )
    assert [f.past for f in found] == [True, True]


def test_a_paragraph_that_tells_an_honour_received_reports() -> None:
    """quanzhou-fengze-work-report-results-2023 line 1: a paragraph that tells an honour received
    (东海街道获评全国…) reports in every sentence that looks nowhere ahead; an honour to reach (争取…
    入选), a count of those chosen (入选…2000人以上: chongqing-skills-2025 line 6) or a question (入选了吗?)
    makes no report."""
    review = "打好就业创业组合拳,新增就业2.2万人。东海街道获评全国工作突出基层劳动人事争议调解组织。新建长者食堂3个。"
    found = targets(review)
    assert [(f.name, f.past, f.period) for f in found] == [
        ("新增就业", True, "完成情况"),
        ("新建长者食堂", True, "完成情况"),
    ]
    # what came in, counted (共收到…179条), is done
    found = targets("通过向群众征集,共收到民生实事各类意见建议179条。", start=2019)
    assert [(f.value, f.past) for f in found] == [(179.0, True)]
    # (fuzhou-work-report-results-2015 line 2: a grade or a rank is no count, 获评…国家5A级景区, 排名第3位)
    review = "新建长者食堂3个。三坊七巷获评亚太地区“文化遗产保护奖”和国家5A级景区。"
    assert [f.past for f in targets(review)] == [True]
    # lanzhou-chengguan-work-report-results-2022 line 1: a rank received, not one to hold (位居全国前列)
    review = "城乡低保标准同比提高8%。首次登记100674套,总体登记率60.95%,全市近郊四区排名第一。"
    assert [f.past for f in targets(review)] == [True, True, True]
    assert [f.past for f in targets("全民健身整体水平位居全国前列。经常参加体育锻炼人数比例达到45%。")] == [False]
    for paragraph in (
        "新建长者食堂3个。争取至少1个平台入选省高能级战略平台。",
        "新建长者食堂3个,入选各级党代表、人大代表和政协委员等2000人以上。",
        "新建长者食堂3个。一起来看看你关心的入选了吗?",
        # those a rule rewards (对被命名为…的), a condition, not an honour received
        "兴建孵化园区10家以上。对被命名为省级示范创业基地的给予奖励。",
    ):
        assert [f.past for f in targets(paragraph)][:1] == [False], paragraph


def test_a_headline_of_works_done_ahead_of_time_and_a_chapter_of_a_year_s_summary_report() -> None:
    """xiangtan-livelihood-progress-2019 line 1: a headline that says works were done ahead of time
    (提前完成16项…) makes a report; xianju-civil-affairs-results-2023 line 9: a chapter headed
    今年重点工作总结 reports as one headed 回顾."""
    lines = ["【湘潭市】提前完成16项省市重点民生实事", "湖南省人民政府门户网站 发布时间: 2019-10-25 09:28"]
    lines += ["湘潭市已提前完成16项省、市重点民生实事项目,但仍有8项进展偏慢。"]
    draft = Importer(lines).run()
    assert draft.indicators and not [i for i in draft.indicators if i.get("target")]
    found = targets("今年我局共推进谋划重大专项债项目10项。", chapter="一、今年重点工作总结")
    assert [f.past for f in found] == [True]


def test_a_form_s_cell_under_its_label_of_progress_reports() -> None:
    """fuzhou-greenways-progress-2021 lines 7-12: a form one cell a line, its labels' words spaced
    apart over two lines (进 展 / 情 况): the cell under the label of what was done reports, the task
    under 我市 / 任务 is set."""
    lines = ["2021年为民办实事项目进展情况月报表(11月份)", "时间:2021-12-08 14:50", "我市", "任务"]
    lines += ["新建和改造提升城市绿道130公里", "进 展", "情 况", "项目已完成年度目标任务。城市绿道共计140.01公里。"]
    draft = Importer(lines).run()
    assert [(i["name"], bool(i.get("target"))) for i in draft.indicators] == [
        ("新建和改造提升城市绿道", True),
        ("城市绿道共计", False),
    ]


def test_a_meeting_that_reviews_a_year_s_work_is_held_the_year_after() -> None:
    """anhui-culture-tourism-2023-2024 lines 1-10: an undated item on a meeting that 总结2023年工作,
    its fourth paragraph after three headline lines: the text is written in 2024, so 2023's figures
    are past and 今年 is 2024."""
    lines = [
        "2023安徽文旅成绩单“出炉”",
        "接待国内游客8.48亿人次",
        "2023安徽文旅成绩单“出炉”",
        "发布日期:01-12 10:00:37",
    ]
    lines += ["1月11日,安徽省文化和旅游局长会议召开。会议总结2023年工作,部署2024年重点任务。"]
    lines += ["2023年,安徽全年接待国内游客8.48亿人次。", "今年,安徽省力争旅游总收入突破1万亿元。"]
    draft = Importer(lines).run()
    assert [((i.get("target") or {}).get("year"), bool(i.get("observations"))) for i in draft.indicators] == [
        (None, True),
        (None, True),
        (2024, False),
    ]
    # (a place that aims, 安徽省力争…, is no part of what it aims at: fujian-eldercare-2019, 全省力争完成投资…)
    assert draft.indicators[2]["name"] == "旅游总收入"


def test_a_change_on_the_same_time_the_year_before_is_a_result() -> None:
    """sichuan-culture-tourism-results line 5: a figure told with its change on the year before
    (同比增长14.7%) is a result, an estimate of the year reported (预计全省实现…) too; a sentence that
    looks ahead (力争…同比增长) sets a target."""
    found = targets("预计全省实现旅游总收入11594.32亿元,同比增长14.7%;接待国内旅游人数7.51亿人次,同比增长7%。")
    assert [(f.value, f.past) for f in found] == [(11594.32, True), (14.7, True), (7.51, True), (7.0, True)]
    assert [f.past for f in targets("力争全省旅游总收入同比增长10%以上。")] == [False]
    # kunming-guandu-plan-execution-2023h1 line 9: a result told against its goal (塌目标, 高于目标) looks
    # nowhere ahead
    told = "全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点。规模以上工业增加值同比增长10.1%,高于目标2.1个百分点。"
    assert [f.past for f in targets(told)] == [True] * 5
    # xianning-work-report-results-2020 line 1: a change on the year's start; changle-livelihood-projects-2014
    # line 7: a standard raised on last year's is a list's target
    assert [f.past for f in targets("居民价格消费指数涨幅3.5%以内,比年初回落1.7个百分点。")] == [True, True]
    assert [f.past for f in targets("城市低保标准比去年提高20元。")] == [False]


def test_a_level_already_raised_to_is_a_result() -> None:
    """jiangsu-life-expectancy-results-2021-2025 line 2: a level told as already raised to (已提高到,
    已经提升至) is reached, whatever year the sentence names; a level to be raised to is a target."""
    assert [(f.value, f.past) for f in targets("2025年,江苏人均预期寿命已提高到80.7岁。")] == [(80.7, True)]
    assert [f.past for f in targets("全市森林覆盖率已经提升至35.2%。")] == [True]
    assert [(f.value, f.past) for f in targets("到2025年,人均预期寿命提高到80岁。")] == [(80.0, False)]


def test_a_headline_of_a_year_s_work_summary_makes_a_report_of_that_year() -> None:
    """qianxinan-culture-sports-results-2023 line 1: 文体广旅局2023年工作总结和2024年工作打算: what the
    text tells without looking ahead is 2023's result."""
    lines = ["文体广旅局2023年工作总结和2024年工作打算", "文体广旅局2023年工作总结和2024年工作打算如下。"]
    lines += ["文化服务设施逐步完善。建成基层综合文化站高质量发展试点项目11个、城市主题书房3个。"]
    draft = Importer(lines).run()
    assert draft.indicators and not [i for i in draft.indicators if i.get("target")]


def test_a_headline_of_a_report_on_duties_done_makes_a_report() -> None:
    """qingdao-fitness-2016 lines 1-5: a bureau chief's 述职报告 tells the year's works done (全年总投资
    4000万元,建设…238处); what it says will be so by the year's end (预计至年底,…将拥有…8278处) is set."""
    lines = ["体育局:今年全市将拥有健身设施8278处", "直播:2016政府部门“三民”述职报告会"]
    lines += ["市体育局局长:预计至年底,全市将拥有健身设施8278处。", "全年总投资4000万元,建设全民健身设施238处。"]
    draft = Importer(lines, url="https://qingdaonews.com/wap/2016-12/11/content_11865245.htm").run()
    assert [(i["target"] or {}).get("value") for i in draft.indicators if i.get("target")] == [8278.0]
    assert [i["observations"][0]["value"] for i in draft.indicators if i.get("observations")] == [4000.0, 238.0]


def test_a_share_of_a_plan_reached_looks_nowhere_ahead() -> None:
    """tianjin-livelihood-progress-autumn line 6: in a report, 分别达到治理计划的57%… tells how much of
    a plan was done, not a plan: the works before it are results."""
    told = "国庆节前完成8条市区旧路改造,开工建设7座人行天桥,打通7处卡口路段,分别达到治理计划的57%、37%和70%。"
    found = ProseReader(2010, 2010, 2010).read([Entry(1, told, "s1")])
    assert [(f.value, f.past) for f in found] == [(8.0, True), (7.0, True), (7.0, True)]
    found = ProseReader(2010, 2010, 2010).read([Entry(1, "明年计划新建幼儿园12所。", "s1")])
    assert [(f.value, f.past) for f in found] == [(12.0, False)]


def test_a_task_after_its_row_number_alone_on_a_line_is_set_anew() -> None:
    # dev/hangzhou-xihu-eldercare-tasks-2024 lines 22-27: a table of tasks, one cell a line (序号 / 任务 / 进展情况)
    lines = ["序号", "重点工作任务(民生实事项目)", "进展情况(一季度)", "4", "新增养老机构护理型床位500张"]
    lines += ["目前已在杭州金色年华老年公寓完成500张护理型床位建设。", "5", "开展“金西善养”系列为老服务活动300场次"]
    lines += ["目前已累计开展为老服务活动73场次。"]
    d = Importer(lines).run()
    set_ = {(i["target"]["value"], i["lines"][0]) for i in d.indicators if i.get("target")}
    done = {(o["value"], i["lines"][0]) for i in d.indicators for o in i.get("observations", [])}
    # the task is no headline its progress restates, and the progress before a row does not carry into it
    assert set_ == {(500.0, 5), (300.0, 8)} and done == {(500.0, 6), (73.0, 9)}


def test_starting_levels_with_words_before_them_or_in_a_run_are_baselines() -> None:
    # dev/zhaoqing-livelihood-tasks line 2 and dev/fujian-livelihood-projects-2017 line 5
    lines = [
        "某市民生实事任务",
        "将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。",
    ]
    lines += ["将农村居民最低生活保障省定最低标准由家庭年人均收入2650元提高到3000元。"]
    lines += ["城镇、农村居民人均可支配收入分别由2015年的3万元、1万元提高到2020年的4万元、1.5万元。"]
    lines += ["将最低生活保障标准由每人每月500元提高到600元。"]
    d = Importer(lines).run()
    pairs = [(i["name"], i["target"]["value"], (i.get("baseline") or {}).get("value")) for i in d.indicators]
    assert pairs == [
        ("城镇低保人均最低补差水平", 609.0, 574.0),
        ("农村低保人均最低补差水平", 300.0, 271.0),
        ("农村居民最低生活保障省定最低标准", 3000.0, 2650.0),
        ("城镇居民人均可支配收入", 4.0, 3.0),
        ("农村居民人均可支配收入", 1.5, 1.0),
        ("最低生活保障标准", 600.0, 500.0),
    ]


def test_a_result_told_against_the_figure_it_stays_under_or_goes_beyond_sets_that_target() -> None:
    # dev/neimenggu-employment-progress-2016 lines 1-2 and 5: the figure a result is told against is the target
    lines = ["前三季度 内蒙古城镇新增就业23.55万人", "魅力霍林河 2016-11-01 08:53:00"]
    lines += [
        "据了解,1—9月,内蒙古城镇新增就业23.55万人,完成自治区年度计划的91%;城镇登记失业率为3.63%,低于年初确定的4%的目标。"
    ]
    d = Importer(lines).run()
    set_ = [
        (i["name"], i["target"]["value"], i["target"]["comparator"], i["target"]["year"])
        for i in d.indicators
        if i["target"]
    ]
    done = {o["value"] for i in d.indicators for o in i.get("observations", [])}
    assert ("城镇登记失业率", 4.0, "<=", 2016) in set_ and {23.55, 3.63} <= done and 4.0 not in done
    # dev/neimenggu-employment-2016-2020 lines 3-5 and dev/hainan-education-2011-2015-results line 2: of a
    # period's results, the targets of the period's end
    lines = ["《内蒙古自治区“十四五”就业促进规划》解读", "一、“十三五”时期就业工作成效"]
    lines += ["“十三五”时期,自治区各级人力资源和社会保障部门把就业作为重大政治任务,推动就业工作取得了积极进展。"]
    lines += [
        "一是就业规模保持稳定。城镇新增就业128.4万人,超额完成125万人的目标任务。城镇登记失业率维持在3.8%左右,低于4%以内的预期控制目标。"
    ]
    lines += ["“十三五”期間,學前教育三年毛入園率達76.5%,遠超預定的60%的目標。"]
    d = Importer(lines).run()
    targets_ = [
        (i["target"]["value"], i["target"]["comparator"], i["target"]["year"]) for i in d.indicators if i["target"]
    ]
    done = {o["value"] for i in d.indicators for o in i.get("observations", [])}
    assert targets_ == [(125.0, "=", 2020), (4.0, "<=", 2020), (60.0, "=", 2020)] and done == {128.4, 3.8, 76.5}


def test_a_section_title_s_one_year_dates_its_paragraphs_that_name_none() -> None:
    # dev/xiangxiang-plan-execution-2023 lines 2-5: the year's plan, under 一、2023年计划执行情况
    lines = ["各位代表:", "受市人民政府委托,报告我市2023年国民经济和社会发展计划执行情况与2024年计划(草案),请予审查。"]
    lines += ["一、2023年计划执行情况"]
    lines += [
        "——年计划完成地区生产总值617亿元以上,1—9月完成428.3亿元,同比增长2.2%,全年预计完成600亿元,完成年计划的97%。"
    ]
    d = Importer(lines).run()
    set_ = [(i["target"]["value"], i["target"]["comparator"], i["target"]["year"]) for i in d.indicators if i["target"]]
    assert (617.0, ">=", 2023) in set_
    assert titled_year(Entry(1, "", "s1", "", "二、2021—2025年主要目标"), 2021) is None  # a span names no one year
    assert titled_year(Entry(1, "", "s1", "一、2020年发展基础", ""), 2021) is None  # a year before the plan's


def test_a_count_after_a_work_s_verb_alone_is_named_by_that_verb() -> None:
    # dev/changle-livelihood-projects-2014 line 8, dev/xian-school-building-2019-2022 line 4,
    # dev/gansu-lanzhou-livelihood-projects-2022 line 21
    found = targets("搞好经济适用房等各类保障房建设,建成1233套、新开工652套。", start=2014)
    assert [(f.name, f.value) for f in found] == [("建成", 1233.0), ("新开工", 652.0)]
    found = targets("其中,新建78所、改擴建48所。", "重点养护600公里、新改建100公里。", start=2020)
    assert [(f.name, f.value) for f in found] == [("新建", 78.0), ("改擴建", 48.0), ("养护", 600.0), ("改建", 100.0)]
    # a verb that is no work (达到, 完成) names nothing by itself
    assert targets("达到1233套。", start=2014) == []


def test_a_change_that_reaches_now_and_the_level_it_started_from_are_past() -> None:
    # dev/tianjin-eldercare-beds-2014 line 1: five years' growth to now, then the target for 2016
    lines = ["天津养老床位5年翻一番", "2014-10-02"]
    lines += [
        "近年来,天津不断加快养老基础设施建设,全市养老床位由2008年底的22703张、平均千名老人13张,增加到目前的46266张、"
        "平均千名老人25张,5年间翻了一番,到2016年,全市养老床位将达到7.6万张,平均千名老人32张。"
    ]
    d = Importer(lines).run()
    set_ = [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["target"]]
    done = {(o["value"], o["year"]) for i in d.indicators for o in i.get("observations", [])}
    assert set_ == [(7.6, 2016), (32.0, 2016)]
    assert done == {(22703.0, 2008), (13.0, 2008), (46266.0, None), (25.0, None)}


def test_a_forum_post_s_date_and_a_year_of_the_last_century_date_what_is_past() -> None:
    # dev/wuhu-health-results-2016-2020 lines 1, 2 and 4: a forum post dated by 发表于, its headline's 1949年
    lines = ["芜湖人均预期寿命超过80岁!1949年全国仅35岁,变化从何而来? [复制链接] qrcode"]
    lines += [
        "发表于: 2020-12-23 12:13 | 只看该作者 |只看大图 |倒序浏览",
        "至十三五末,我市人均预期寿命指标达到了80.6岁。",
    ]
    d = Importer(lines).run()
    assert d.notice.published == dt.date(2020, 12, 23)
    done = {(o["value"], o["year"]) for i in d.indicators for o in i.get("observations", [])}
    assert {(35.0, 1949), (80.6, 2020)} <= done
    assert past_marker("1990年代以来,全市新建学校120所。", 2021) is None  # a decade, no year told of


def test_a_chapter_on_the_plan_s_drafting_background_reports_the_starting_point() -> None:
    # dev/hainan-disability-2021-2025 lines 12-15: 一、编制背景 holds the 十三五 review
    found = targets(
        "1.残疾人民生兜底保障明显增强。全面建立残疾人困难生活补贴和重度残疾人护理补贴制度,惠及15.5万名残疾人。",
        start=2021,
        chapter="一、编制背景",
    )
    assert [(f.value, f.past) for f in found] == [(15.5, True)]
    found = targets("到2025年,残疾人基本民生保障水平将稳步提高,惠及20万名残疾人。", start=2021, chapter="一、编制背景")
    assert [(f.value, f.past) for f in found] == [(20.0, False)]  # a sentence that looks ahead still sets targets


def test_a_report_s_last_part_that_foresees_the_year_s_targets_met_still_reports() -> None:
    # dev/qingyang-xifeng-work-report-results-2021 line 10: 前三季度 holds over the ；-parts, up to the last
    found = targets(
        "前三季度,完成地区生产总值192.8亿元,增长8.2%;城镇、农村居民人均可支配收入28204.9元、9106.3元,"
        "增长8.1%和11%,主要经济指标年底均可实现预期目标。",
        start=2021,
    )
    assert [(f.value, f.past) for f in found] == [
        (192.8, True),
        (8.2, True),
        (28204.9, True),
        (9106.3, True),
        (8.1, True),
        (11.0, True),
    ]
    assert looks_ahead("到2025年,主要经济指标均可实现预期目标。")  # a year to reach, not the year reported


def test_places_that_still_lack_something_are_counted_now() -> None:
    # dev/yueqing-kindergartens-2015-2020 line 2 and dev/shaanxi-rural-roads-2019 line 5
    found = targets("在市委市政府的重视下,短短两年多,除了4个乡镇还无公办园外,她的这个目标基本实现。", start=2020)
    assert [(f.value, f.past) for f in found] == [(4.0, True)]
    found = targets("目前,陕西省还有22个行政村不通客车,交通部门正在全力补足相关通车条件。", start=2020)
    assert [(f.value, f.past) for f in found] == [(22.0, True)]
    # 还有 that adds an item to a list of works looks ahead with them
    found = targets("其中年内将有20个中小学项目完工,还有20个幼儿园项目将陆续开建。", start=2018)
    assert [(f.value, f.past) for f in found] == [(20.0, False), (20.0, False)]


def test_a_unit_per_head_per_time_or_both_keeps_its_figure() -> None:
    # dev/chengdu-kindergartens-schools-2018-2035 line 5, dev/tonglu-livelihood-projects-2020
    assert [(q.value, q.upper, q.unit) for q in quantities("千人学位数分别提高至31-33座/千人、60-64座/千人")] == [
        (31.0, 33.0, "座/千人"),
        (60.0, 64.0, "座/千人"),
    ]
    assert [(q.value, q.unit) for q in quantities("低保标准提高到600元/人/月,资助标准1000元/生/年")] == [
        (600.0, "元/人/月"),
        (1000.0, "元/生/年"),
    ]
    assert [(q.value, q.unit) for q in quantities("生均用地指标提高至15㎡/生,收费标准不超过30元/平方米")] == [
        (15.0, "㎡/生"),
        (30.0, "元/平方米"),
    ]
    found = targets(
        "拟将幼儿园、小学和中学的千人学位数分别提高至31-33座/千人、60-64座/千人和62-66座/千人。", start=2018
    )
    assert [(f.name, f.value, f.upper) for f in found] == [
        ("拟将幼儿园千人学位数", 31.0, 33.0),  # (the verb before the first part lends it the last part's ending)
        ("小学的千人学位数", 60.0, 64.0),
        ("中学的千人学位数", 62.0, 66.0),
    ]


def test_a_multiple_of_the_level_now_is_a_target() -> None:
    # a change to a multiple of now (增加到目前的1.5倍) sets a target; a change to a level now reports it
    found = targets("到2025年新建学校10所,使全市学位数增加到目前的1.5倍。", start=2021)
    assert [(f.value, f.past) for f in found] == [(10.0, False), (1.5, False)]


def test_the_months_so_far_before_what_they_count_report_the_year_so_far() -> None:
    # dev/xiangxiang-plan-execution-2023 line 9 and dev/national-employment-progress-2011 line 1
    found = targets(
        "——年计划城乡居民人均可支配收入与经济增长同步,1-9月城乡居民人均可支配收入26659元,同比增长5.2%。", start=2023
    )
    assert [(f.value, f.past) for f in found] == [(26659.0, True), (5.2, True)]
    found = targets("人力资源和社会保障部发言人25日表示,上半年全国城镇新增就业655万人。", start=2011)
    assert [(f.value, f.past) for f in found] == [(655.0, True)]


def test_a_performance_form_s_title_names_the_year_it_is_for() -> None:
    # dev/chengan-centenarian-allowance-self-evaluation-2020: a 2020 form published in 2021
    lines = ["发布日期: 2021.07.14", "预算数 6.84 到位数 6.84 执行数 6.84 100.00"]
    assert period_found("成安县民政局2020年度预算项目绩效自评表", lines, [], 2021) == (2020, 2020)
    assert period_found("金寨经济开发区2021年度项目支出绩效目标申报表", lines, [], 2021) == (2021, 2021)


def test_a_performance_form_s_rows_are_cells_its_budget_in_its_money_unit() -> None:
    # dev/huoshan-special-education-self-evaluation-2024 and dev/guangyuan-zhaohua-family-assistance-2021
    form = [
        "霍山县特殊教育补助资金转移支付整体绩效目标自评表",
        "(2024年度)",
        "项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分",
        "年度资金总额: 28.1 28.1 28.1 28.1 10 100% 10",
        "(一)财政拨款小计 6.30",
        "政府性基金 0.00",
        "二级指标 三级指标 年度指标值 全年实际完成值 分值 得分 未完成原因和改进措施",
        "数量指标 培智教学软件2套 100% 100% 10 10",
        "质量指标 培智教学软件验收合格率 100% 100% 10 10",
        "满意度指标 服务对象满意度指标 残疾学生、家长满意度 >= 90 %(百分比) 98% 5 5",
    ]
    rows = [
        (i["name"], (i.get("target") or i["observations"][0])["value"], i.get("unit"), bool(i.get("target")))
        for i in Importer(form).run().indicators
    ]
    assert rows == [
        ("年度资金总额", 28.1, "万元", True),
        ("财政拨款小计", 6.3, "万元", True),
        ("培智教学软件", 2.0, "套", True),
        ("培智教学软件2套", 100.0, "%", True),
        ("培智教学软件2套实际完成值", 100.0, "%", False),
        ("培智教学软件验收合格率", 100.0, "%", True),
        ("培智教学软件验收合格率实际完成值", 100.0, "%", False),
        ("残疾学生、家长满意度", 90.0, "%", True),
        ("残疾学生、家长满意度实际完成值", 98.0, "%", False),
    ]
    drafted = Importer(form).run()
    assert drafted.period == (2024, 2024)
    cells = [i["target"] for i in drafted.indicators if i.get("target") and i["name"] != "培智教学软件"]
    assert {t["year"] for t in cells} == {2024} and cells[-1]["comparator"] == ">="
    reached = [o for i in drafted.indicators for o in i.get("observations") or []]
    assert {o["year"] for o in reached} == {2024}  # the value reached in the year the form is for


def test_a_form_s_run_together_rows_are_read_one_a_line_without_their_scoring() -> None:
    # dev/xiangxi-special-school-meals-2023 lines 17-18: cells run together, one row a line
    form = [
        "2023年项目支出绩效目标表公开",
        "一级指标二级指标三级指标指标值指标值内容评(扣分标准) 度量单位指标值类型备注",
        "质量指标伙食补助发放率90%以上实际发放伙食补助金额/应发放伙食补助金额9%0得10分,每减少1%扣1分-定量",
        "伙食补助资金到位率90%以上实际收到伙食补助金额/2023年伙食补助预算90%得10分,每减少1%扣1分-定量",
    ]
    rows = [(i["name"], i["target"]["value"], i["target"]["comparator"]) for i in Importer(form).run().indicators]
    assert rows == [("伙食补助发放率", 90.0, ">="), ("伙食补助资金到位率", 90.0, ">=")]


def test_a_year_before_项目_is_no_count() -> None:
    # dev/xiangxi-special-school-meals-2023 line 2
    assert quantities("湘西州特校2023项目支出绩效目标表公开") == []
    assert [q.value for q in quantities("全年实施民生项目20项")] == [20.0]


def test_work_being_hurried_on_is_counted_as_it_stands_now() -> None:
    # dev/beijing-livelihood-projects-2022-2023 line 10 and dev/chongchuan-livelihood-progress-2023 line 26
    found = targets("其中,26项已完成,6项正在抓紧收尾,预计年底前全部完成。", start=2022)
    assert [(f.value, f.past) for f in found] == [(6.0, True)]
    found = targets("已进场施工,第一批451个厢房(亭房)正在加紧制作。", start=2023)
    assert [(f.value, f.past) for f in found] == [(451.0, True)]


def test_a_plan_s_figure_after_计划_is_no_plan_ahead() -> None:
    # dev/chongqing-livelihood-progress-2015 line 6: 搬迁计划53.8万人 counts what the plan set, so far
    found = targets("累计下达搬迁计划53.8万人,累计完成搬迁安置42.3万人,占总计划的84.6%。", start=2015)
    assert [(f.value, f.past) for f in found] == [(53.8, True), (42.3, True), (84.6, True)]
    assert looks_ahead("今年计划新建幼儿园10所") and not looks_ahead("累计下达搬迁计划53.8万人")
    # a date after 计划 is when the plan is to be met, no figure of it
    assert looks_ahead("计划2025年建成养老床位1000张") and looks_ahead("计划12月底前完成改造")


def test_words_that_hedge_or_total_a_figure_are_no_part_of_its_name() -> None:
    # dev/jiangsu-medical-service-system-2017-2020 line 4, dev/shandong-sport-2025 line 6
    found = targets(
        "县办综合性医院床位数一般以500张左右为宜,100万人口以上的县原则上不超过1000张;"
        "市办综合性医院单体规模床位数一般以800张左右为宜,原则上不超过1200张。",
        start=2017,
    )
    assert [(f.name, f.value) for f in found] == [
        ("县办综合性医院床位数", 500.0),
        ("100万人口以上的县", 1000.0),
        ("市办综合性医院单体规模床位数", 800.0),
        ("市办综合性医院单体规模床位数", 1200.0),
    ]
    found = targets("山东省体育公园的建设任务是73个,其中青岛市7个,其他市共66个。", start=2021)
    assert [f.name for f in found][-1] == "其他市"


def test_a_qualifier_after_dui_is_no_name_of_the_things_worked_on() -> None:
    # dev/chongqing-livelihood-projects-2023 line 36: 对 leads to the things counted, the words before the number qualify them
    found = targets("对具备实施条件的15个轨道站点进行步行便捷性提升改造。", start=2023)
    assert [(f.name, f.value) for f in found] == [("轨道站点", 15.0)]
    # (a noun before 的 with no 对 still names the count: 省政府下达我市的18271套保障房)
    assert [f.name for f in targets("省政府下达我市的18271套保障房中,新建11500套。", start=2011)][
        0
    ] == "省政府下达我市的保障房"


def test_funds_are_named_by_the_work_after_them_with_no_comma_too() -> None:
    # dev/suining-fitness-facilities-2020 line 4, dev/boxing-livelihood-projects-2015 line 5
    found = targets("计划投资200万元在新老社区建设社区健身中心10个。", start=2018)
    assert [(f.name, f.value) for f in found] == [("建设社区健身中心投资", 200.0), ("在新老社区建设社区健身中心", 10.0)]
    found = targets("投资1.63亿元完成74个村电网升级改造、65个电力设备技改项目。", start=2015)
    assert found[0].name == "完成74个村电网升级改造、65个电力设备技改项目投资"
    # (a comma before the work, as before)
    assert targets("投资2000万元,新建江南休闲主题公园。", start=2015)[0].name == "新建江南休闲主题公园投资"


def test_a_count_at_another_stage_of_the_building_takes_that_stage() -> None:
    # dev/anhui-shantytown-housing-2021 line 3, dev/zhangjiakou-livelihood-results-2022 line 9
    found = targets("确保年底前实现棚户区改造新开工14.92万套,基本建成12.63万套的年度目标任务。", start=2021)
    assert [f.name for f in found] == ["年底前实现棚户区改造新开工", "年底前实现棚户区改造基本建成"]
    found = targets("今年全市棚户区改造新开工5000套,基本建成3000套。", start=2021)
    assert [f.name for f in found] == ["全市棚户区改造新开工", "全市棚户区改造基本建成"]
    # the stage before what is built (a province's notice: 新开工保障性住房23万套,基本建成18万套)
    found = targets("省人民政府确定全年新开工保障性住房23万套,基本建成18万套,发放廉租住房租赁补贴4万户。", start=2013)
    assert [f.name for f in found][:2] == ["省人民政府确定全年新开工保障性住房", "省人民政府确定全年基本建成保障性住房"]
    # (a count with no stage of its own is of the same thing: 新开工安置房16768套,超额完成1万套)
    assert [f.name for f in targets("新开工安置房16768套,超额完成1万套。", start=2021)] == ["新开工安置房"] * 2


def test_the_years_target_a_figure_is_held_within_is_no_noun_it_counts() -> None:
    # dev/sichuan-livelihood-results-2018 line 12, dev/shandong-employment-progress-2022 line 5
    found = targets("城镇登记失业率为3.5%,控制在4.5%的年度目标以内。", start=2018)
    assert [(f.name, f.value, f.comparator) for f in found] == [
        ("城镇登记失业率", 3.5, "="),
        ("城镇登记失业率", 4.5, "<="),
    ]
    found = targets("城镇调查失业率回落至5.5%的年度控制目标内。", start=2022)
    assert [(f.value, f.comparator) for f in found] == [(5.5, "<=")]


def test_the_plan_before_a_count_is_no_part_of_its_name() -> None:
    # dev/shenyang-health-2021-2025 line 10, dev/jilin-graduate-employment-2022 line 3
    found = targets("加快省传染病医疗救治中心建设,计划建设床位1000张。", start=2021)
    assert [(f.name, f.value) for f in found] == [("建设床位", 1000.0)]
    # (计划 in a noun stays: 计划生育特殊家庭)
    found = targets("计划生育特殊家庭老年人服务覆盖率达到100%。", start=2021)
    assert [f.name for f in found] == ["计划生育特殊家庭老年人服务覆盖率"]


def test_a_share_of_places_with_parts_in_brackets_having_something() -> None:
    # dev/national-civil-affairs-2016-2020 line 8, dev/national-mental-health-2015-2020 line 1
    found = targets("到2020年,70%以上的县(市、区)设有精神障碍社区康复机构。", start=2016)
    assert [f.name for f in found] == ["设有精神障碍社区康复机构的县(市、区)"]
    found = targets("到2020年,70%以上的乡镇(街道)都要建立精神卫生综合管理小组。", start=2015)
    assert [f.name for f in found] == ["建立精神卫生综合管理小组的乡镇(街道)"]


def test_a_name_in_a_rows_cell_is_the_cells_own_words() -> None:
    # dev/xinchang-livelihood-projects-2021 line 15: 项目 | 投资5000万元,提升改造…: the funds' own cell
    found = targets(
        "3.农村道路改造提升项目 | 投资5000万元,提升改造低等级公路40公里。 | 10月 | 交通运输局 |", start=2021
    )
    assert [(f.name, f.value) for f in found] == [("提升改造低等级公路投资", 5000.0), ("提升改造低等级公路", 40.0)]


def test_a_list_ending_a_clause_is_what_the_next_clauses_fenbie_shares_out_to() -> None:
    # dev/shandong-old-communities-news-2023 line 2: 的是A、B、C,分别涉及a、b、c (涉及 a verb, not 涉 and 及)
    found = targets("其中,老旧小区改造数量排名前三的是历下区、市中区、商河县,分别涉及226个、101个、66个。", start=2023)
    assert [(f.name, f.value) for f in found] == [("历下区", 226.0), ("市中区", 101.0), ("商河县", 66.0)]


def test_a_task_issued_for_a_year_states_its_targets() -> None:
    # dev/hebei-housing-security-progress-2018 line 7, dev/huaian-shantytown-progress-2019 line 4 and
    # dev/zhangzhou-shantytown-progress-2019 line 2: the figures of a task issued are that year's targets
    found = targets("据了解,2018年国家下达河北省的城镇保障性安居工程任务为棚改开工23万套,基本建成6.5万套。", start=2019)
    assert [(f.value, f.year, f.past) for f in found] == [(23.0, 2018, False), (6.5, 2018, False)]
    found = targets("2019年省政府下达淮安市棚改新开工11300套、基本建成8600套的目标任务。", start=2020)
    assert [(f.value, f.year, f.past) for f in found][:1] == [(11300.0, 2019, False)]
    found = targets(
        "前三季度全市已开工项目25个,开工率100%;省下达年度基本建成棚户区改造任务3557套,前三季度已建成5073套。"
    )
    assert [(f.value, f.past) for f in found] == [(25.0, True), (100.0, True), (3557.0, False), (5073.0, True)]
    # a share of the task done is a result
    found = targets("2018年全省发放租赁补贴3.1万户,完成国家下达任务的103.3%。", start=2019)
    assert all(f.past for f in found)


def test_a_projects_first_stage_is_no_time_now() -> None:
    # dev/hefei-livelihood-2015 line 11: 项目前期 (a project's first stage) holds no 目前
    found = targets("建立健全以构建项目库、深化项目前期为主要抓手的新机制。新建和改扩建公办幼儿园20所。", start=2015)
    assert [(f.value, f.past) for f in found] == [(20.0, False)]
    found = targets("目前已建成公办幼儿园20所。", start=2015)
    assert [(f.value, f.past) for f in found] == [(20.0, True)]


def test_how_far_a_work_is_done_is_a_result() -> None:
    # dev/shapingba-work-report-tasks-2022 line 10, dev/tianjin-livelihood-progress-autumn: 工程完成70%
    found = targets("清水溪两溪花谷整治工程完成70%。", start=2022)
    assert [(f.value, f.past) for f in found] == [(70.0, True)]
    found = targets("2025年底前,老旧小区改造工程完成80%以上。", start=2022)
    assert [(f.value, f.past) for f in found] == [(80.0, False)]


def test_a_numbered_task_before_its_progress_is_the_task() -> None:
    # dev/shapingba-work-report-tasks-2022 line 9: the item states its task, what follows reports
    found = targets("5.拆除新山路沿线10万平方米违法建筑。累计整治新山路沿线违建22处,整治面积1.48万平方米。", start=2022)
    assert [(f.value, f.past) for f in found] == [(10.0, False), (22.0, True), (1.48, True)]


def test_the_tasks_a_report_lists_after_their_count_are_targets() -> None:
    # dev/xuancheng-work-report-progress-2020 line 14 and dev/xiangtan-livelihood-progress-2019 line 4
    found = targets(
        "截至目前,达到序时进度44项、占比80.0%。未达到序时进度11项、占比20.0%,为完成投资80亿元、普惠性幼儿园覆盖率达80%、新建安置区5个。",
        start=2020,
    )
    assert [f.value for f in found if not f.past] == [80.0, 80.0, 5.0]
    assert (20.0, True) in [(f.value, f.past) for f in found]
    found = targets(
        "截至10月20日,进度偏慢的3项分别是:改建农村户用厕所、4座台站开展省级节目数字化覆盖、新增直播卫星用户。"
    )
    assert [(f.value, f.past) for f in found][-1] == (4.0, False)
    # 为 before a count that is no list of tasks stays a report
    found = targets("截至6月底,免费提供12项国家基本公共卫生服务,为4.77万农村适龄妇女免费提供筛查服务。")
    assert all(f.past for f in found)


def test_a_task_with_its_span_in_brackets_is_a_target_of_the_spans_end() -> None:
    # dev/chongqing-livelihood-progress-2015 lines 2-9: each project opens with its goal and span
    found = targets("2606个撤并村通公路(2013—2017年)。上半年已完成建设4022公里,新解决1075个撤并村通公路。", start=2020)
    assert [(f.value, f.year, f.past) for f in found] == [
        (2606.0, 2017, False),
        (4022.0, None, True),
        (1075.0, None, True),
    ]
    # a span that ended, not in brackets after a task, still reports
    found = targets("2013—2017年,全市累计解决2585个撤并村通公路。", start=2020)
    assert all(f.past for f in found)


def test_a_figure_given_as_the_task_or_goal_is_a_target() -> None:
    # dev/wenzhou-kindergartens-progress-2019 line 9, dev/chongqing-life-expectancy-2016-2020 line 13
    found = targets("目前进度偏慢的是平阳。其中平阳县任务数是11所,已完成5所,开工10所。", start=2019)
    assert [(f.value, f.past) for f in found] == [(11.0, False), (5.0, True), (10.0, True)]
    found = targets("“十二五”规划首次将人均预期寿命纳入主要指标体系,规划目标为74.5岁。", start=2016)
    assert [(f.value, f.year, f.past) for f in found] == [(74.5, 2015, False)]

    # dev/hubei-shantytown-progress-2017-h1 line 7: the tasks listed after 分别为, in a half-year's report
    lines = [
        "湖北:上半年全省棚改开工22.2万套",
        "2017-07-29 08:44 来源: 湖北日报",
        "昨从省住建厅获悉,今年1-6月,湖北省各类棚改已开工22.2113万套,开工率53.95%。",
        "按类别来看,今年全省城市棚户区、国有工矿棚户区、垦区危房改造开工目标任务分别为38.9866万套、0.2234万套和"
        "1.9611万套。上半年,这三类棚户区开工率分别达到54.18%、73.41%和47.04%。",
    ]
    listed = [i for i in Importer(lines).run().indicators if i["lines"] == [4, 4] and i["unit"] == "万套"]
    assert [(i["target"] or {}).get("value") for i in listed] == [38.9866, 0.2234, 1.9611]


def test_a_year_folder_then_a_folder_named_with_month_and_day_dates_a_page() -> None:
    # dev/beijing-preschool-places-2019 and eight more dev pages of one site software
    assert address_date("https://e-chinaedu.cn/html/difang/2019/jydt_0111/32085.shtml") == (2019, 1)
    assert address_date("http://www.tibetol.cn/html/2013/xizangyaowen_0226/49.html") == (2013, 2)
    assert address_date("https://chinajiaoan.cn/guanli/2013/guanli_7665.htm") is None  # (no month: a number)


def test_a_count_in_words_right_after_what_builds_is_a_target() -> None:
    # dev/changzhou-livelihood-2022 line 6, dev/suzhou-health-resources-2020 line 5, dev/taiyuan-school-projects-2017
    found = targets("建设两个市级孕产妇救治指导中心,建立救治网络。", start=2022)
    assert [(f.value, f.unit) for f in found] == [(2.0, "个")]
    found = targets("新建两家三级医院、提升3家医院服务能力。", start=2020)
    assert [(f.value, f.unit) for f in found][0] == (2.0, "家")
    assert targets("建设五项发展改革任务。") == []  # the plan's own parts


def test_a_headline_s_count_is_not_restated_by_the_same_count_of_something_else() -> None:
    # dev/zhangzhou-livelihood-2014 lines 1 and 9: 10个城市小广场 in the headline, 10个农村敬老院 in the body
    lines = ["漳州市今年新建10个城市小广场", "2014-01-06", "今年,漳州市将新建10个农村敬老院,开工建设社会福利中心。"]
    d = Importer(lines).run()
    assert [(i["name"], i["target"]["value"]) for i in d.indicators] == [("城市小广场", 10.0), ("农村敬老院", 10.0)]


def test_a_listed_count_named_by_its_stage_alone_is_a_target() -> None:
    # dev/huaian-shantytown-progress-2019 line 4 (and past ones in anhui-housing-security-2021-2025)
    found = targets("2019年省政府下达淮安市棚改新开工11300套、基本建成8600套的目标任务。", start=2019)
    assert [(f.value, f.unit, f.year) for f in found] == [(11300.0, "套", 2019), (8600.0, "套", 2019)]


def test_a_plan_s_figure_that_opens_a_bracket_is_the_year_s_target() -> None:
    # dev/shandong-employment-progress-2011 line 5: the year's plan in brackets, a share of it done
    found = targets("截至9月底,山东全省城镇新增就业完成年度计划(100万)的98%,同比增长8.2%。", start=2011)
    assert [(f.name, f.value, f.unit, f.past) for f in found][0] == (
        "山东全省城镇新增就业完成年度计划",
        100.0,
        "万",
        False,
    )
    # (a share in brackets after a work under way tells how far it is: no target)
    assert not [f for f in targets("农村供水保障提升工程正在施工中(75%)。", start=2025) if not f.past]


def test_a_result_then_the_goal_it_passed_is_a_result_and_a_target() -> None:
    # dev/huzhou-fitness-results-2019 line 6, dev/sichuan-livelihood-results-2018 line 12,
    # dev/ningxia-livelihood-results-2020 line 8
    found = targets(
        "我市人均体育场地面积2.73平方米,远超省制定的在“十三五”末人均体育场地面积2.1平方米的目标。", start=2016
    )
    assert [(f.value, f.past) for f in found] == [(2.73, True), (2.1, False)]
    found = targets("城镇登记失业率为3.5%,控制在4.5%的年度目标以内。", start=2018)
    assert [(f.value, f.past) for f in found] == [(3.5, True), (4.5, False)]
    found = targets("公办幼儿园在园幼儿占比、普惠性幼儿园覆盖率分别达到57%、89%,均超过预期发展目标。", start=2018)
    assert all(f.past for f in found)


def test_what_a_year_did_before_its_estimate_for_the_whole_year_is_a_result() -> None:
    # dev/qianxinan-culture-sports-results-2023 line 7, dev/ruijin-livelihood-results-2022 line 17
    found = targets(
        "开展群众文化活动652场次,惠及群众154万余人次,预计全年举办活动780场,惠及群众200余万人次。", start=2023
    )
    assert [(f.value, f.past) for f in found] == [(652.0, True), (154.0, True), (780.0, False), (200.0, False)]
    found = targets("完成公厕建设1座,新增厕位10个,公厕工程迅速推进,预计年底将继续投用公厕4座,厕位36个。", start=2022)
    assert [(f.value, f.past) for f in found] == [(1.0, True), (10.0, True), (4.0, False), (36.0, False)]


def test_what_a_review_of_a_time_past_told_is_a_result() -> None:
    # dev/jiangsu-life-expectancy-results-2021-2025 line 2
    found = targets("省政府工作报告在回顾“十四五”时期工作时指出,江苏人均预期寿命超过80岁。", start=2021)
    assert [(f.value, f.past, f.period) for f in found] == [(80.0, True, "“十四五”时期")]
    found = targets("市长在总结2023年工作时表示,全市新建幼儿园12所。", start=2021)
    assert [(f.value, f.past, f.year) for f in found] == [(12.0, True, 2023)]


def test_what_was_done_since_the_year_began_is_a_result() -> None:
    # dev/shandong-employment-progress-2022 line 8
    found = targets("山东还最大范围实施缓缴社会保险费政策,今年以来已为9246户企业缓缴社保费12.7亿元。", start=2022)
    assert [(f.value, f.past) for f in found] == [(9246.0, True)]


def test_a_news_lead_s_figures_closed_by_an_ellipsis_and_a_date_are_results() -> None:
    # dev/hunan-livelihood-projects-2025 line 2
    found = targets(
        "全省建成100所县域普通高中“徐特立项目”;城镇新增就业79.81万人;建设528个老年助餐服务点......截至2024年底,"
        "湖南2024年十大重点民生实事全面完成。",
        start=2025,
    )
    assert [(f.value, f.past) for f in found] == [(100.0, True), (79.81, True), (528.0, True)]


def test_what_was_done_since_a_year_after_a_news_byline_is_a_result() -> None:
    # dev/xian-schools-results-2019-2021 line 6: the byline's 1月18日 comes before the lead
    found = targets(
        "新华社西安1月18日电(记者 李华、许祖华)记者近日从西安市教育局了解到,2019年以来,西安市连续两年新建、改扩建"
        "中小学和幼儿园321所,其中195所已于2020年秋季开学前投入使用,另外在建的126所将于今年秋季开学前建成并投入使用。",
        start=2019,
    )
    assert [(f.value, f.past) for f in found] == [(321.0, True), (195.0, True), (126.0, False)]


def test_what_a_month_of_this_year_already_saw_is_a_result() -> None:
    # dev/yueqing-kindergartens-2015-2020 line 5
    found = targets("今年4月已有16所公办幼儿园举行集中开工仪式,投资总额近3亿元。", start=2018)
    assert [(f.value, f.past) for f in found] == [(16.0, True), (3.0, True)]


def test_a_dated_report_before_this_year_s_estimate_is_a_result() -> None:
    # dev/ningxia-eldercare-facilities-2015 line 5
    found = targets(
        "截至去年底,宁夏60周岁以上老年人口已达82.3万,占总人口的12.4%,预计今年年底将达到86万,2020年将突破百万大关。",
        start=2015,
    )
    assert [f.value for f in found if f.past] == [82.3, 12.4]


def test_a_year_after_an_undated_period_text_was_written_is_ahead() -> None:
    # dev/rongcheng-fitness-centres-2018 lines 2-5: a page of 2017 that names no period
    news = [
        "镇级全民健身中心验收完成",
        "齐鲁晚报 2017-12-13 15:23",
        "2016年建成镇级全民健身中心10处,2017年新建7处,有效提高了体育设施覆盖率。"
        "拟计划于2018年10月底前完成剩余5处镇级全民健身中心的建设,实现全市22个镇级全民健身中心的全覆盖。",
    ]
    d = Importer(news).run()
    assert [(i["target"] or {}).get("value") for i in d.indicators] == [None, None, 5.0, 22.0]


def test_a_count_the_rate_done_is_told_against_is_the_year_s_task() -> None:
    # dev/ruijin-livelihood-results-2022 line 15, dev/hainan-livelihood-results-2024 line 10
    found = targets(
        "2022年全市新增计划1100个停车位,完成投入1008个停车车位,完成年度任务91.63%。"
        "海南省支持市县打造82家老年食堂,实际投入运营的老年食堂已达118家,完成率为144%。",
        start=2022,
    )
    assert [(f.value, f.past) for f in found] == [
        (1100.0, False),
        (1008.0, True),
        (91.63, True),
        (82.0, False),
        (118.0, True),
        (144.0, True),
    ]


def test_a_span_opening_a_clause_from_the_year_written_is_the_period() -> None:
    # dev/linyi-employment-2025-2030 lines 16-20: dated 2025, no verb looking ahead after the span
    notice = [
        "临沂市人民政府关于促进高质量充分就业的若干措施",
        "2025年6月6日",
        "围绕促进高质量充分就业,强化就业优先政策。2025—2030年,全市每年城镇新增就业9万人以上,"
        "离校未就业高校毕业生就业率保持在90%以上。到2035年,基本形成就业机会更加充分的局面。",
    ]
    d = Importer(notice).run()
    assert d.period == (2025, 2035)
    years = {(i["target"] or {}).get("value"): (i["target"] or {}).get("year") for i in d.indicators}
    assert (years[9.0], years[90.0]) == (None, 2030)  # (每年: a yearly figure takes no year)


def test_a_length_named_by_its_measure_alone_is_named_after_the_work_before_it() -> None:
    # dev/shexian-livelihood-projects-2025 line 9, dev/fenghua-livelihood-projects-2024 line 10
    found = targets(
        "铺设将军大道(龙山电厂-状元街段)供热主管网,全长约4.3公里。实施省道提升工程3条,总里程51.4公里。",
        start=2025,
    )
    assert [(f.name, f.value) for f in found] == [
        ("铺设将军大道供热主管网全长", 4.3),
        ("实施省道提升工程", 3.0),
        ("实施省道提升工程总里程", 51.4),
    ]


def test_the_ji_of_a_verb_is_no_mark_between_listed_things() -> None:
    # dev/shandong-old-communities-news-2023 line 2: 涉及 leads to the next count, its 及 parts no list
    found = targets(
        "青岛市列入改造的10个区(市)涉及473个老旧小区。全年新开工改造1062个小区、惠及居民343420户。", start=2023
    )
    assert [(f.name, f.value) for f in found] == [
        ("青岛市列入改造的区(市)", 10.0),
        ("老旧小区", 473.0),
        ("小区", 1062.0),
        ("惠及居民", 343420.0),
    ]


def test_a_link_line_at_the_end_of_a_copy_is_no_part_of_its_last_sentence() -> None:
    # dev/jilin-employment-consumption-2025: the last sentence has no 。 and the link line follows it
    d = Importer(
        [
            "新京报贝壳财经讯4月22日,吉林省人民政府办公厅发布《吉林省提振消费专项行动实施方案》。"
            "力争2025年新增就业岗位18万个以上",
            "链接来源:https://baijiahao.baidu.com/s?id=1830088721806997538&wfr=spider&for=pc",
        ]
    ).run()
    assert [(i["name"], i["target"]["value"]) for i in d.indicators] == [("新增就业岗位", 18.0)]


def test_a_quote_opened_before_the_count_ends_the_name_after_it() -> None:
    # dev/jinjiang-elder-canteens-2025 line 4, dev/yueqing-livelihood-projects-2022 line 3
    found = targets(
        "2025年晋江市将“新建、提升10个长者食堂”列为年度“为民办实事”项目。另,“实施二次供水改造提升8个居民小区”(市综合行政执法局)。",
        start=2025,
    )
    assert [(f.name, f.value) for f in found] == [("长者食堂", 10.0), ("居民小区", 8.0)]


def test_a_rate_named_before_its_share_takes_no_noun_after_it() -> None:
    # dev/national-maternal-safety-2021-2025 line 3: a page's spam word right after the figure
    found = targets("到2025年,全国孕产妇死亡率下降到14.5/10万,全国婴儿死亡率下降到5.2‰月嫂,为如期实现目标奠定基础。")
    assert [(f.name, f.value) for f in found] == [("全国孕产妇死亡率", 14.5), ("全国婴儿死亡率", 5.2)]


def test_a_span_up_to_the_year_written_told_as_a_total_is_a_result() -> None:
    # dev/haikou-preschool-2015 line 7 (written in 2015)
    found = targets(
        "近年来,海口市政府不断加大对学前教育的投入,其中,2011年至2015年,海口共新建、改扩建公办幼儿园30所,"
        "总投资约2.89亿元。2015年至2017年,共新建幼儿园12所。",
        start=2015,
    )
    assert [(f.value, f.past) for f in found] == [(30.0, True), (2.89, True), (12.0, False)]


def test_work_all_done_that_met_a_long_goal_is_a_result() -> None:
    # dev/shaanxi-rural-roads-2019 line 4: the goal met holds its figures, more than 16 characters long
    found = targets(
        "据介绍,陕西省建制村通畅工程已全部建成,完成了100%乡镇、100%建制村通沥青(水泥)路的目标。"
        "全省学校已全部开工,力争实现100%学校年底前建成投用的目标。",
        start=2019,
    )
    assert [(f.value, f.past) for f in found] == [(100.0, True), (100.0, True), (100.0, False)]


def test_a_result_told_flat_against_a_year_before_is_past() -> None:
    # dev/shapingba-work-report-tasks-2022 line 5: no year of its own; a plan's goal told so looks ahead
    found = targets(
        "全年完成技术合同登记382项、交易金额26亿元,与2021年持平。力争全市技术合同登记达到400项,与上年基本持平。",
        start=2022,
    )
    assert [(f.value, f.past) for f in found] == [(382.0, True), (26.0, True), (400.0, False)]


def test_the_task_in_a_bracket_after_a_result_is_a_target() -> None:
    # dev/luxi-disability-tasks-2021 line 1: the province's task given after what the county did
    d = Importer(
        [
            "笔者从泸溪县残联了解到,该县残联今年完成74户困难残疾人家庭无障碍改造(省定民生实事任务70户),"
            "完成率105%;完成残疾儿童抢救性康复救助86名(省定民生实事任务45名),完成率191%,"
            "超额完成了困难残疾人家庭无障碍改造工作和残疾儿童抢救康复工作。"
        ]
    ).run()
    tasks = [(i["name"], i["target"]["value"]) for i in d.indicators if i["target"] and "任务" in i["name"]]
    assert tasks == [("省定民生实事任务", 70.0), ("省定民生实事任务", 45.0)]


def test_a_building_task_with_its_count_after_it_is_a_target() -> None:
    # dev/daoxian-preschool-places-2020 line 1: the task, then what was done against it
    d = Importer(
        [
            "2020年,道县公办幼儿园学位建设超额完成。全县公办园学位建设任务1467个,实际完成1695个学位。"
            "截至5月底,全市已经完成建设任务4139套。"
        ]
    ).run()
    tasks = [(i["name"], i["target"]["value"]) for i in d.indicators if i["target"]]
    assert tasks == [("全县公办园学位建设任务", 1467.0)]


def test_a_sentence_opening_with_qizhong_takes_the_year_of_the_one_before() -> None:
    # dev/xiamen-kindergartens-2015-2020 line 3: the districts' part of the island's count, by 2015
    found = targets(
        "参照此标准,到2015年,岛内规划建设34所幼儿园,可提供学位10170个。其中,思明区建设幼儿园17所,可提供幼儿园学位数4770个;"
        "湖里区建设幼儿园17所。全区计划新建幼儿园30所。",
        start=2012,
    )
    assert [(f.value, f.year) for f in found] == [
        (34.0, 2015),
        (10170.0, 2015),
        (17.0, 2015),
        (4770.0, 2015),
        (17.0, 2015),
        (30.0, None),
    ]


def test_a_year_opening_a_sentence_without_a_comma_holds_for_its_parts() -> None:
    # dev/hebei-housing-security-progress-2018 line 7: the year's task, then its other figures after ；
    found = targets(
        "据了解,2018年国家下达河北省的城镇保障性安居工程任务为棚改开工23万套,基本建成6.5万套;"
        "全省列入国家计划的政府投资公租房分配率达到90%,发放租赁补贴3万户。",
        start=2018,
    )
    assert [(f.value, f.year) for f in found] == [(23.0, 2018), (6.5, 2018), (90.0, 2018), (3.0, 2018)]


def test_a_bound_on_a_bare_value_holds_for_the_values_listed_after_it() -> None:
    # dev/tianjin-health-2021-2025 line 4: 控制在 holds for 5‰ too; a count with its noun shares nothing
    found = targets(
        "到2025年,孕产妇死亡率、婴儿死亡率持续控制在8.5/10万和5‰。城市、农村居民健康素养水平不低于30%和25%。"
        "平潭综合实验区将建成不少于4个托育园、280个托位。",
    )
    assert [(f.value, f.comparator) for f in found] == [
        (8.5, "<="),
        (5.0, "<="),
        (30.0, ">="),
        (25.0, ">="),
        (4.0, ">="),
        (280.0, "="),
    ]


def test_subjects_listed_before_as_many_bare_values_take_one_each() -> None:
    # 甲、乙控制在a和b with no 分别: each value measures one subject, in order
    found = targets(
        "到2025年,孕产妇死亡率、婴儿死亡率控制在8.5/10万和5‰。城乡居民医保参保率、职工医保参保率达到95%和98%。"
    )
    assert [(f.name, f.value) for f in found] == [
        ("孕产妇死亡率", 8.5),
        ("婴儿死亡率", 5.0),
        ("城乡居民医保参保率", 95.0),
        ("职工医保参保率", 98.0),
    ]


def test_a_covered_share_stops_before_the_next_subject_that_covers() -> None:
    # dev/jilin-eldercare-2024-2025 line 5: 、社区老年食堂覆盖… is the next clause, no part of the name
    found = targets(
        "今年,吉林省将建成助老餐厅1300个,并在2025年底前实现综合嵌入式社区居家养老服务中心覆盖60%的街道(乡镇)、"
        "社区老年食堂覆盖所有街道(乡镇)。"
    )
    assert [(f.name, f.value) for f in found][1:] == [("综合嵌入式社区居家养老服务中心覆盖街道(乡镇)", 60.0)]


def test_a_count_of_places_that_have_a_thing_is_named_by_what_they_have() -> None:
    # dev/yueqing-livelihood-projects-2022 line 8: the count of towns with a nursery, as a share of them is named
    found = targets("今年新增2个乡镇(街道)建有托育机构。另外在建的126所将于今年秋季开学前建成并投入使用。")
    assert [f.name for f in found][:1] == ["建有托育机构的乡镇(街道)"]
    assert not found[1].name.startswith("建成")  # (not 建成并投入使用的将于今年秋季开学前)


def test_a_programme_carried_out_does_not_look_ahead() -> None:
    # dev/lanzhou-chengguan-work-report-results-2022 line 1: a review part opened by its claim; the
    # 计划 it names is the programme carried out, the counts after it are results
    found = targets(
        "(五)兜底线、解难题,民生福祉持续增进。深入实施教育资源扩容增量三年行动计划,改扩建一只船小学扬帆分校等5所学校,"
        "新增学位6860个。",
        start=2022,
    )
    assert [(f.value, f.past) for f in found] == [(5.0, True), (6860.0, True)]


def test_what_a_report_says_is_planned_with_ni_is_a_target() -> None:
    # dev/yibin-livelihood-progress-2022 line 2: a half-year's results, then a task still planned (拟)
    found = targets(
        "今年上半年宜宾市减免非民族自治地区6.48万名幼儿保教费,完成计划进度116.6%;"
        "开展普惠托育服务专项行动,全市拟新增普惠性托位310个,目前项目正在建设中。",
        start=2022,
    )
    assert [(f.value, f.past) for f in found] == [(6.48, True), (116.6, True), (310.0, False)]


def test_a_paragraph_that_closes_sentences_with_claims_reports() -> None:
    # dev/xianning-work-report-results-2020 line 1: a work report's review part led like a task; two of
    # its sentences close with a claim of what was achieved (成效初显, 有效缓解)
    found = targets(
        "(六)更大力度办好民生实事。坚持以人民为中心的发展思想,民生支出占比78.2%。"
        "“点对点、一站式”输送30万人外出就业,养老托幼服务体系建设成效初显。"
        "全市新建、改扩建学校155所,新增中小学学位5.32万个,“大班额”“择校热”有效缓解。",
        start=2021,
    )
    assert [(f.value, f.past) for f in found] == [(78.2, True), (30.0, True), (155.0, True), (5.32, True)]


def test_a_five_year_period_ended_when_the_text_was_written_is_reviewed() -> None:
    # dev/national-preschool-2016-2020 line 10: a press conference closing the period, in its last year
    told = "“十三五”期间,我国学前教育强化了公益普惠属性。教育部负责人介绍,全国完成城镇小区配套园整改1.95万所。"
    ahead = "“十三五”期间,全国将完成城镇小区配套园整改2万所。"
    found = ProseReader(2016, written=2020).read([Entry(1, told, "s1", ""), Entry(2, ahead, "s2", "")])
    assert [(f.value, f.past, f.year) for f in found] == [(1.95, True, None), (2.0, False, 2020)]


def test_the_plan_that_names_what_is_counted_does_not_look_ahead() -> None:
    # dev/hebei-housing-security-progress-2018 line 6: the report runs on over its ；-parts
    found = targets(
        "截至今年11月底,全省棚改开工23.5万套,完成年度任务的102.2%;"
        "列入国家计划的政府投资公租房累计分配31.67万套,分配率达95.3%;全省发放租赁补贴3.1万户。",
        start=2018,
    )
    assert [(f.value, f.past) for f in found] == [(23.5, True), (102.2, True), (31.67, True), (95.3, True), (3.1, True)]


def test_a_headline_that_leaves_out_the_counted_persons_is_left_to_the_body() -> None:
    # dev/jinan-results-2019-2023 line 4: the headline's 近90万 is the body's 近90万人, a result (both recorded)
    d = Importer(
        [
            "济南五年新增城镇就业近90万",
            "五年来,济南市就业形势保持稳定,2019年至2023年累计新增城镇就业近90万人。",
        ]
    ).run()
    assert [(i["lines"], i["target"]) for i in d.indicators] == [([1, 1], None), ([2, 2], None)]


def test_a_text_s_first_line_with_a_comma_is_a_headline_its_body_restates() -> None:
    # dev/jinan-huaiyin-work-report-results-2025 line 1: the title of a report on a work report's review
    d = Importer(
        [
            "2025年,槐荫区新建改建体育主题公园、健身场地29处",
            "齐鲁晚报·齐鲁壹点 王贝艺",
            "2月3日上午9时,济南市槐荫区第十九届人民代表大会第五次会议开幕。会上,区长作政府工作报告。",
            "报告提到,2025年,槐荫区稳就业促创业,民生基础不断夯实。新增城镇就业2.2万人。",
            "兴教育强体育,民生服务提优升级。新建教育设施5处,新增学位1710个。新建改建体育主题公园、健身场地29处。",
        ]
    ).run()
    assert not [i for i in d.indicators if i["lines"][0] == 1]


def test_a_task_that_amounts_to_a_count_is_set_not_done() -> None:
    # dev/jiangsu-housing-tasks-2011 line 6: each city's share of the year's task
    found = targets("今年南京将新增公租房22000套(间);常州和镇江公租房的任务也分别达到了12000套和11000套。", start=2011)
    assert [(f.value, f.past) for f in found] == [(22000.0, False), (12000.0, False), (11000.0, False)]


def test_a_labelled_table_without_a_nature_column_reads_its_rows() -> None:
    # dev/yuecheng-13th-plan-indicators-2020 line 22: a PDF's row a line, 2020 年 parted by a blank
    d = Importer(
        [
            "“十三五”规划主要指标完成情况",
            "表1",
            "序号 指标名称 2020 年目标值 2020 年预计值 完成情况",
            "1 全区生产总值(亿元) 1000 1008.5 完成",
            "2 人均生产总值(元) 130000 130913 完成",
        ]
    ).run()
    rows = [(i["unit"], i["target"]["value"], i["observations"][0]["value"]) for i in d.indicators]
    assert rows == [("亿元", 1000.0, 1008.5), ("元", 130000.0, 130913.0)]


def test_a_progress_row_whose_name_sets_a_total_gives_that_total_too() -> None:
    # dev/yueyang-livelihood-progress line 8: the name's 1.4万个以上 beside the row's own target
    d = Importer(
        [
            "岳阳市1-11月12件重点民生实事工作落实情况",
            "序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注",
            "1 城镇新增就业 万人 5.2 7.23  139.1% 人力资源社会保障局",
            "4 减少义务教育大班额1.4万个以上 869 1022 117.6% 教体局",
            "10 每个县市区至少1家定点医疗机构实现跨省直接结算 1 1 100%",
        ]
    ).run()
    found = [(i["target"]["value"], i["target"]["comparator"]) for i in d.indicators if i["target"]]
    assert found == [(5.2, "="), (869.0, "="), (1.4, ">="), (1.0, "=")]


def test_a_boiler_capacity_and_graves_are_counted_in_their_own_units() -> None:
    # dev/gansu-lanzhou-livelihood-projects-2022 line 13, dev/xinchang-livelihood-projects-2021 line 13
    found = targets("低氮改造城区燃气锅炉1610蒸吨,建成天然气管网110公里。", "新建生态公益性墓地15处,新增墓穴10000穴;")
    assert [(f.value, f.unit) for f in found] == [(1610.0, "蒸吨"), (110.0, "公里"), (15.0, "处"), (10000.0, "穴")]


def test_the_last_of_a_work_s_counts_before_its_noun_is_a_target() -> None:
    # dev/neimenggu-rural-eldercare-2011-2015 line 3: 40万人 the second count of what 解决 settles
    found = targets("“十二五”期间,力争解决农村牧区20万户、40万人的养老问题。")
    assert [(f.value, f.unit) for f in found] == [(20.0, "万户"), (40.0, "万人")]


def test_a_line_that_opens_with_the_figure_the_line_before_stops_short_of_is_joined() -> None:
    # dev/wuhan-livelihood-projects-2023 line 8, dev/urumqi-graduate-employment-2023 line 8; a year is no tail
    found = join_broken(
        [
            Entry(1, "●完成特殊困难老年人家庭居家适老化改造", "s1"),
            Entry(2, "2000户以上", "s1"),
            Entry(3, "2023年组织高校毕业生参加就业见习不少", "s1"),
            Entry(4, "于1000名。", "s1"),
            Entry(5, "年度目标", "s1"),
            Entry(6, "2022年,新改扩建公办幼儿园7所。", "s1"),
        ]
    )
    assert [(e.line, e.end_line) for e in found] == [(1, 2), (3, 4), (5, None), (6, None)]


def test_cases_are_counted_in_qi() -> None:
    # dev/fujian-livelihood-projects-2017 line 11; 2021年起 is a start, not a count
    found = targets("全省破获不少于400起食品犯罪案件,2021年起实施。", "全年破获刑事案件2068起。")
    assert [(f.value, f.unit, f.comparator) for f in found] == [(400.0, "起", ">="), (2068.0, "起", "=")]


def test_a_count_in_ten_thousands_of_people_named_after_their_ages() -> None:
    # dev/guizhou-livelihood-progress-2020 line 2: the ages between the count and the people counted
    found = targets("贵州十件民生实事包括建设100所公办幼儿园、为80万农村35岁至64岁妇女免费做“两癌”检查。")
    assert [(f.name, f.value, f.unit) for f in found] == [
        ("公办幼儿园", 100.0, "所"),
        ("农村35岁至64岁妇女免费做“两癌”检查", 80.0, "万"),
    ]


def test_a_statistical_bulletin_titled_with_its_year_tells_the_past() -> None:
    # dev/jingzhou-district-statistics-2022: no date but its title's year; its first paragraph before 十、
    d = Importer(
        [
            "导航菜单",
            "(湖北省)荆州市荆州区2022年国民经济和社会发展统计公报",
            "2022年,全区共有医疗卫生机构15个(不含市直医院),其中医院3个。拥有床位数2050张。",
            "十、人口、居民生活和社会保障",
            "2022年常住人口57.92万人,城镇化率80.02%。",
        ]
    ).run()
    assert not [i for i in d.indicators if i["target"]]
    past = [o["value"] for i in d.indicators for o in i.get("observations") or []]
    assert {15.0, 2050.0, 57.92, 80.02} <= set(past)


def test_a_minus_sign_after_words_makes_a_figure_negative() -> None:
    # dev/jingzhou-district-statistics-2022 line 5, dev/beijing-xicheng-key-work-results-2020 line 8
    values = [(q.value, q.text) for q in quantities("人口自然增长率为-1.69‰,增幅-1.1%,配备2-3人")]
    assert values == [(-1.69, "-1.69‰"), (-1.1, "-1.1%"), (2.0, "2-3人")]


def test_a_notices_lead_dates_what_it_sets_out_below() -> None:
    # dev/wugang-prenatal-screening-2022 lines 1-2: the year is after 现将, not at the lead's start
    d = Importer(
        [
            "按照湖南省统计局《关于建立为民办实事完成情况公示制度的通知》要求,现将武冈市卫生健康局承办的"
            "2022年“孕产妇免费产前筛查”项目工作完成情况公示如下:",
            "省级分配给我市孕产妇免费产前筛查目标数为2300人,我市已完成孕产妇免费产前筛查2804人。",
        ]
    ).run()
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["target"]] == [(2300.0, 2022)]


def test_a_count_of_people_after_what_is_already_done_is_done_too() -> None:
    # dev/wugang-prenatal-screening-2022 line 2: 已完成 holds for the count of people after it
    found = targets("我市已完成孕产妇免费产前筛查2804人,新生儿先心病免费筛查3142人。", start=2022)
    assert [(f.value, f.past) for f in found] == [(2804.0, True), (3142.0, True)]


def test_a_count_of_goals_met_early_is_no_target() -> None:
    # dev/futian-women-children-midterm-2013 lines 11-15: a mid-term review counts the goals met
    counted = [q.value for q in quantities("其中83项提前达到2015年规划目标,有32项已达到规划值,新增就业5000人")]
    assert counted == [5000.0]
    assert [q.value for q in quantities("75 项提前达到")] == []


def test_a_target_form_on_a_later_page_sets_its_years_targets() -> None:
    # dev/guangyuan-zhaohua-leprosy-control-2021: a 2021 target form, its page dated 2022
    d = Importer(
        [
            "发布时间:2022-03-01 10:02:35 来源:广元市昭化区卫生计生局",
            "项目支出绩效目标申报表",
            "(2021年度)",
            "项目名称 麻风病防治",
            "时效指标 项目实施时间 2021年1月-12月",
            "资金拨付到位情况 12月底前100%到位",
        ]
    ).run()
    assert [i["target"]["value"] for i in d.indicators if i["target"]] == [100.0]


def test_a_years_estimate_after_words_of_no_figure_is_that_years() -> None:
    # dev/haidian-plan-targets-2021 line 2: 2020's estimate, told at the start of 2021
    found = targets(
        "2020年,海淀区地区生产总值在上半年实现转正翻红,预计全年地区生产总值达到8500亿元左右,同比增长5.5%以上。",
        start=2021,
    )
    assert [(f.value, f.past, f.year) for f in found] == [(8500.0, True, 2020), (5.5, True, 2020)]


def test_a_number_in_words_after_a_short_verb_is_read() -> None:
    # dev/hainan-skills-2023-2025 line 3: 超 and 达 alone before a number in words
    assert [(q.value, q.unit) for q in quantities("技能人才总量超九十一万人")] == [(91.0, "万人")]
    assert [(q.value, q.unit) for q in quantities("从业人数达两万人")] == [(2.0, "万人")]


def test_an_action_plan_named_does_not_look_ahead() -> None:
    # dev/lanzhou-chengguan-work-report-results-2022 line 1: a review names the plan it carried out
    assert not looks_ahead("深入实施教育资源扩容增量三年行动计划,改扩建一只船小学扬帆分校等5所学校,新增学位6860个")
    assert looks_ahead("计划改扩建5所学校,新增学位6860个")


def test_the_parts_after_a_task_issued_are_tasks_too() -> None:
    # dev/hebei-housing-security-progress-2018 line 7 (its headline: …超额完成年度任务): the year and the task
    # it issues hold for the ；-part after it
    text = (
        "据了解,2018年国家下达河北省的城镇保障性安居工程任务为棚改开工23万套,基本建成6.5万套;"
        "全省列入国家计划的政府投资公租房分配率达到90%,发放租赁补贴3万户。"
    )
    found = ProseReader(2018, written=2018, reports=2018).read([Entry(1, text, "s1", "")])
    assert [(f.value, f.past) for f in found] == [(23.0, False), (6.5, False), (90.0, False), (3.0, False)]


def test_a_page_s_update_date_after_every_year_the_text_names_is_not_its_date() -> None:
    # dev/xining-chengzhong-livelihood-projects line 5: an aggregator's repost, updated in 2024
    d = Importer(
        [
            "城中区民生实事项目出炉",
            "生活 更新时间:2024-08-31 13:28:46",
            "来源:人民网-青海频道",
            "城中区将投资21534万元,对84个老旧小区进行道路地坪、管网等基础设施改造,管网改造完成总工程量的50%,"
            "其余建设内容于2023年前完成。",
        ]
    ).run()
    assert d.notice.published is None
    assert [i["target"] is not None for i in d.indicators] == [True, True, True]


def test_a_sentence_that_opens_on_this_year_ends_the_report_before_it() -> None:
    # dev/jilin-graduate-employment-2022 line 3: 目前已落实 reports; 今年的…人数 tells of this year
    found = targets(
        "省属国有企业计划吸纳1000名,目前已落实554名。同时,今年的公务员和事业单位招录招聘人数约2.2万人,比去年增长10%。",
        start=2022,
    )
    assert [(f.value, f.past) for f in found] == [(1000.0, False), (554.0, True), (2.2, False), (10.0, False)]


def test_the_parts_of_a_sentence_that_sets_targets_are_targets_too() -> None:
    # dev/haidian-plan-targets-2021 line 2: 其中 parts out the 31 targets the year set (their count no target)
    found = targets(
        "2021年,海淀区共设置了31项国民经济和社会发展计划指标。其中,地区生产总值同比增长6%以上,区级一般公共预算收入增长3%。",
        start=2021,
    )
    assert [(f.value, f.past, f.year) for f in found] == [(6.0, False, 2021), (3.0, False, 2021)]


def test_villages_counted_bare_are_a_count() -> None:
    # dev/qinan-livelihood-projects-2015 line 3 and dev/huaibei-rural-culture-performance-targets-2025 line 52
    found = targets(
        "完成陇城上袁等31村扶贫开发整村推进项目建设;实施110村农村公益事业一事一议财政奖补项目。", start=2015
    )
    assert [(f.value, f.unit) for f in found] == [(31.0, "村"), (110.0, "村")]
    assert [(q.value, q.unit) for q in quantities("≥70村")] == [(70.0, "村")]
    assert quantities("受益500村民") == []


def test_a_form_one_cell_a_line_reads_each_row_between_its_bare_bars() -> None:
    # dev/huaibei-rural-culture-performance-targets-2025 lines 10-65: cells end with a bar, rows parted by bars
    form = [
        "项目支出绩效目标表 |",
        "(2025年度) |",
        "||||||",
        "项目来源 |",
        "本级申报项目 |",
        "项目期 |",
        "1年 |",
        "|||",
    ]
    form += ["产出指标 |", "数量指标 |", "开展送戏进万村 |", "≥70村 |", "|||", "质量指标 |", "送戏进万村活动完成率 |"]
    form += ["≥95%", "||||", "成本指标 |", "项目金额 |", "5万元 |", "||||"]
    drafted = Importer(form).run().indicators
    rows = [(i["name"], i["target"]["value"], i["target"]["comparator"], i["target"]["year"]) for i in drafted]
    assert rows == [
        ("开展送戏进万村", 70.0, ">=", 2025),
        ("送戏进万村活动完成率", 95.0, ">=", 2025),
        ("项目金额", 5.0, "=", 2025),
    ]


def test_ten_thousands_of_a_thing_counted_by_its_word() -> None:
    # dev/nanchang-livelihood-projects-2020 line 6, dev/chongqing-work-report-2023-2024 line 15
    found = targets("(6)城市路灯照明节能改造1万盏。", start=2020)
    assert [(f.name, f.value, f.unit) for f in found] == [("城市路灯照明节能改造", 1.0, "万盏")]
    assert [(q.value, q.unit) for q in quantities("新能源汽车产量达到50万辆")] == [(50.0, "万辆")]
    assert [(q.value, q.unit) for q in quantities("建制村招呼站约1.04万处")] == [(1.04, "万处")]


def test_the_count_of_the_projects_a_list_covers_is_its_size() -> None:
    # dev/yongchun-livelihood-projects-2013 line 3 and dev/zhenjiang-livelihood-projects-2025 line 5
    found = targets(
        "43个项目涉及农业农村、基础设施、社会事业和民生保障等四个方面,年度投资9.2088亿元。",
        "40个项目涵盖幼有所育、学有所教等民生领域。其中,开设100个公益暑托服务班点。",
        start=2025,
    )
    assert [f.value for f in found] == [9.2088, 100.0]


def test_a_kind_of_works_counted_before_its_planned_sum_is_no_target() -> None:
    # dev/suqian-city-key-projects-2023 lines 11-12 and dev/fujian-eldercare-projects-2018 line 1
    found = targets(
        "重大基础设施工程3个,计划总投资70.13亿元,年度计划投资23.63亿元。",
        "全省筹划安排养老服务项目47个,计划总投资176.3亿元。拟签约项目18个,总投资54.98亿元。",
        start=2023,
    )
    assert [f.value for f in found] == [70.13, 23.63, 176.3, 18.0, 54.98]


def test_a_plan_s_indicators_met_early_counted_at_a_review_are_no_target() -> None:
    # dev/futian-women-children-midterm-2013 lines 11-19: a mid-term review counts the plan's indicators
    found = targets(
        "其中83项提前达到2015年规划目标,占76.9%。其中,妇女发展规划的38项可监测指标中,有32项提前达到2015年规划值。",
        start=2013,
    )
    assert [f.value for f in found if f.unit == "项"] == []


def test_a_bound_on_a_plant_s_size_names_its_class() -> None:
    # dev/changchun-urban-works-housing-2014 line 4: the boilers counted, the size a class of them
    assert [(q.value, q.unit) for q in quantities("年内淘汰三环路以内840台10吨以下燃散煤锅炉")] == [(840.0, "台")]
    assert quantities("全面淘汰10吨及以下燃煤锅炉") == []


def test_the_works_a_figure_is_taken_from_are_no_target() -> None:
    # dev/hunan-livelihood-projects-2025 line 6 and dev/xiamen-education-2023 line 6
    found = targets("24个项目中,有12个普惠性项目。120个项目中,计划竣工46个。", start=2025)
    assert [f.value for f in found] == [12.0, 46.0]


def test_a_count_of_projects_before_the_fields_they_span_is_the_list_s_size() -> None:
    # dev/quanzhou-livelihood-projects-2021 line 1 and dev/hunan-livelihood-projects-2025 line 6
    found = targets(
        "今年,我市将实施39个具体项目,包括教育、医疗卫生、养老等领域。有12个普惠性项目,涉及教育、就业等多个方面。",
        start=2021,
    )
    assert found == []


def test_the_works_whose_progress_a_notice_tells_counted_are_no_target() -> None:
    # dev/beita-disability-results-2022 line 8: a results notice's lead
    assert quantities("现将我会2022年所承办的2个实事项目完成情况予以公示:") == []
    assert quantities("附件:20件民生大事项目推进情况表") == []


def test_the_fields_a_list_was_drawn_from_counted_are_no_target() -> None:
    # dev/zhenjiang-livelihood-projects-2025 line 4: the fields canvassed for the year's list
    found = targets(
        "我市启动民生实事候选项目编排工作,围绕基本公共服务的13个领域深入走访调研、广泛征集意见。", start=2025
    )
    assert found == []


def test_an_amount_per_village_is_a_standard_in_its_own_unit() -> None:
    # dev/huaibei-rural-culture-performance-targets-2025 line 7
    assert [(q.value, q.unit) for q in quantities("每村4400元,市级需配套704元/村。")] == [
        (4400.0, "元"),
        (704.0, "元/村"),
    ]


def test_a_headline_s_past_figure_the_body_restates_is_recorded_too() -> None:
    # dev/qinghai-life-expectancy-2019 line 4: the headline's 73.12岁 is the body's result, and a past
    # figure of its own line
    lines = [
        "您的位置: 青海省人民政府网 / 新闻动态",
        "青海居民平均期望寿命增至73.12岁",
        "来源: 西宁晚报 发布时间: 2019-12-18",
    ]
    lines += ["全省卫生健康系统扎实推进健康青海建设。其中,居民平均期望寿命从1981年的60.79岁增长到目前的73.12岁。"]
    d = Importer(lines).run()
    assert [(i["lines"], i["target"], i["observations"][0]["value"]) for i in d.indicators][0] == ([2, 2], None, 73.12)


def test_a_year_s_work_review_dates_its_results() -> None:
    # dev/tunchang-work-report-results-2022 line 8: under 一、2022年工作回顾 (the year before the text's),
    # results that name no year of their own are that year's
    e = Entry(
        8,
        "县政府坚持稳中求进。全县地区生产总值达到101.38亿元,跨入“百亿县”行列。",
        "c1",
        "2022年工作回顾",
        "2022年工作回顾",
    )
    found = ProseReader(2023, written=2023).read([e])
    assert [(f.value, f.past, f.year) for f in found] == [(101.38, True, 2022)]


def test_this_year_s_clause_after_a_period_s_task_takes_no_period_end() -> None:
    # dev/ningxia-rural-wubao-2011-2015 line 1: 今年…已安排建设…5所 is this year's, not the period's (2015)
    found = targets(
        "会议透露,“十二五”期间,自治区将新建和改扩建农村敬老院45所,今年已安排建设生态移民等5所敬老院。", start=2011
    )
    assert [(f.value, f.year) for f in found] == [(45.0, 2015), (5.0, None)]


def test_a_sentence_after_a_result_told_by_its_growth_goes_on_with_it() -> None:
    # dev/guizhou-employment-half-year-2024 line 21: the counts after the half-year's new jobs and growth
    found = targets(
        "贵州省2024年上半年经济运行情况新闻发布会公布的数据显示,全省城镇新增就业39.66万人,增长3.1%。"
        "失业人员实现再就业9.74万人,就业困难人员实现就业4.64万人。",
        start=2024,
    )
    assert [(f.value, f.past) for f in found] == [(39.66, True), (3.1, True), (9.74, True), (4.64, True)]


def test_the_years_a_work_report_reviews_by_zhe_si_nian_are_past() -> None:
    # dev/shenyang-hunnan-work-report-2021-2022 line 14: 这四年 opens what the four years did
    found = targets("这四年,浑南区1420项行政许可审批时限压缩80%。全区高新技术企业总数突破1100家。", start=2022)
    assert [(f.value, f.past) for f in found] == [(1420.0, True), (1100.0, True)]


def test_a_year_s_estimate_in_a_text_of_that_year_is_its_result() -> None:
    # dev/shenyang-hunnan-work-report-2021-2022 line 14: a review written in December 2021 estimates
    # what the year reached; the sentences after go on with it
    e = Entry(
        14, "预计2021年浑南区实现地区生产总值630亿元,经济体量增长47%。一般公共预算收入突破100亿元。", "c1", "", ""
    )
    found = ProseReader(2021, written=2021).read([e])
    assert [(f.value, f.past) for f in found] == [(630, True), (47, True), (100, True)]


def test_a_report_paragraph_closing_on_what_rose_further_is_a_claim() -> None:
    # dev/changchun-health-results-2021-2025 lines 8-9: under the heading 健康长春建设稳步推进, a paragraph
    # of results closes on 进一步提升 (what rose further), not a goal's 进一步
    text = (
        "健康长春建设稳步推进。持续巩固3个国家级示范区创建成果。2024年全市婴儿死亡率降至1.7‰,健康长春能级进一步提升。"
    )
    assert claimed(text)
    assert not claimed("健康长春建设稳步推进。进一步提升婴儿健康水平,婴儿死亡率降至1.7‰。")


def test_the_bodies_taking_part_counted_are_no_target() -> None:
    # dev/bishan-livelihood-projects-2025 line 3, dev/zhejiang-livelihood-progress-2017 line 4 and
    # dev/sichuan-fitness-facilities-2021-2025 line 7: who takes part, not what is done
    assert quantities("2025年的10件重点民生实事共38家单位参与,") == []
    assert quantities("由13个省级单位牵头,") == []
    assert quantities("省发展改革委等14个省直部门结合自身实际发言") == []
    assert [q.value for q in quantities("创建100家“明厨亮灶”示范单位")] == [100.0]
    assert [q.value for q in quantities("10个村编制完成并经区级部门审核")] == [10.0]


def test_a_post_s_line_of_counters_is_page_furniture() -> None:
    # dev/jinan-results-2019-2023 line 3: the author, date, category and counters of a post
    assert is_chrome("facai369 2024-11-09 体育 2 次浏览 0个评论")
    assert not is_chrome("全年组织群众文化活动2000场次")


def test_the_births_a_plan_foresees_are_no_target() -> None:
    # dev/anhui-population-2016-2020 line 8: the births foreseen, as the old people foreseen
    found = targets("预计“十三五”时期,新出生人口486万人,其中两孩新出生人口86万人。", start=2016)
    assert found == []


def test_a_task_quoted_as_an_item_of_a_progress_report_is_a_target() -> None:
    # dev/sichuan-livelihood-progress-2015 lines 7-8: in a report of the year's results, the tasks it
    # names in quotes (…一项中, 分别是“…”) keep their figures as targets
    texts = [
        "其中,“为边远贫困地区农村教师建设1万套周转房”一项中,已开工建设的农村教师周转房达9149套,大幅超过目标任务。",
        "20件民生大事中,有2件未达到目标任务进度,分别是“全面实现全省无电村通电”和“全省每个县建成1个残疾人服务中心”。",
    ]
    found = ProseReader(2015, 2015, 2015).read([Entry(k + 7, t, "s1", "") for k, t in enumerate(texts)])
    assert [(f.value, f.past) for f in found if f.value != 20] == [(1, False), (9149, True), (1, False)]


def test_a_part_of_a_count_in_brackets_after_其中_is_named_by_the_count() -> None:
    # dev/city-vocational-education line 2, dev/wenzhou-kindergartens-progress-2019 line 2 and
    # dev/dazhou-housing-tasks-2011 line 5: (其中国家级16所) parts out the count just given
    found = brief(targets("建成30所省级以上重点中等职业学校(其中国家级16所),校均规模达到2500人。"))
    assert ("省级以上重点中等职业学校(其中国家级)", 16.0, "=", "所", None) in found
    assert ("省级以上重点中等职业学校", 30.0, "=", "所", None) in found
    found = brief(targets("全市新(扩)建幼儿园80所(其中公办30所以上)。"))
    assert ("全市新(扩)建幼儿园(其中公办)", 30.0, ">=", "所", None) in found


def test_a_change_in_brackets_after_a_value_is_the_change_of_that_value() -> None:
    # dev/changle-livelihood-projects-2014 line 7: (比去年提高20元) after each standard raised
    found = brief(
        targets("城市低保标准提高到每人每月420元(比去年提高20元),农村低保标准提高到每人每年2500元(比去年提高300元)。")
    )
    assert ("城市低保标准比去年提高", 20.0, "=", "元", None) in found
    assert ("农村低保标准比去年提高", 300.0, "=", "元", None) in found


def test_a_bare_area_or_households_after_a_count_of_works_measures_the_works() -> None:
    # dev/cangxi-old-communities-2021 line 1, dev/shandong-old-communities-news-2023 lines 2-3,
    # dev/chongqing-livelihood-projects-2023 line 12: the area or households of the works counted
    found = brief(targets("2023年全年计划改造城中村197个、1002.6万平方米,惠及村民21336户。"))
    assert ("全年计划改造城中村面积", 1002.6, "=", "万平方米", 2023) in found
    found = brief(targets("2023年全省计划开工改造老旧小区3889个、67.13万户。"))
    assert ("全省计划开工改造老旧小区户数", 67.13, "=", "万户", 2023) in found
    # a count named by its noun: the works are the words before it
    found = brief(targets("2023年完成改造159个小区、827万平方米。", "今年涉及48个小区,116幢房屋、2564户。"))
    assert ("完成改造面积", 827.0, "=", "万平方米", 2023) in found
    assert ("户数", 2564.0, "=", "户", 2023) in found
    # the name the last value takes is no noun the values before it share
    found = brief(targets("2023年济南市共改造2440栋、99891户。"))
    assert ("济南市共改造", 2440.0, "=", "栋", 2023) in found
    # not after a share: 这三项指标将分别达到45%以上、2.5平方米
    assert "这三项指标面积" not in [
        f[0] for f in brief(targets("到2035年,这三项指标将分别达到45%以上、2.5平方米和92%。"))
    ]


def test_a_measure_written_straight_after_a_count_of_works_measures_the_works() -> None:
    # dev/tianshui-livelihood-projects-2020, dev/tianjin-jinghai-minxin-projects-2014, dev/xizang-old-communities-2020:
    # the households, length or dwellings written with no mark after the count of works; and, after a
    # count's area, its households (dev/tianjin-old-communities-2020-2025)
    found = brief(targets("2020年实施城市老旧小区改造项目67个28682户,实施棚户区改造项目54个21900套。"))
    assert ("实施城市老旧小区改造项目户数", 28682.0, "=", "户", 2020) in found
    assert ("实施棚户区改造项目套数", 21900.0, "=", "套", 2020) in found
    found = brief(targets("2014年更新改造扬水站4座,清淤河道5条41公里。"))
    assert ("清淤河道长度", 41.0, "=", "公里", 2014) in found
    found = brief(targets("全市2020年城镇老旧小区改造新开工49个、256万平方米、3.2万户。"))
    assert ("全市2020年城镇老旧小区改造新开工户数", 3.2, "=", "万户", 2020) in found
    # a sum written straight after another is no measure of works (由18000元10000元: a misprint)
    assert 10000.0 not in [f[1] for f in brief(targets("2019年大病保险起付线由18000元10000元。"))]


def test_将_before_what_is_named_is_no_part_of_its_name() -> None:
    # dev/jinan-shizhong-livelihood-projects-2022 line 8, dev/guangdong-employment-2023-2024 line 3,
    # dev/xizang-education-2011-2015 line 1 and twenty more: 将 (will, or the 把 of what is changed)
    assert brief(targets("到2022年,将城乡低保标准提高到995元/月。")) == [("城乡低保标准", 995.0, "=", "元/月", 2022)]
    assert brief(targets("到2025年将新增公办学前教育学位1350个。")) == [
        ("新增公办学前教育学位", 1350.0, "=", "个", 2025)
    ]
    # (not 将军大道, a road's name)
    assert [f.name for f in targets("到2025年,将军大道供热主管网全长达到4.3公里。")] == ["将军大道供热主管网全长"]


def test_the_kinds_a_list_names_counted_are_no_target() -> None:
    # dev/national-child-health-five-2026-2030 line 3, dev/national-technical-schools-2021-2025 line 8 and
    # dev/longnan-community-services-2021-2025 line 11: the count of the problems, programmes or actions just listed
    assert quantities("围绕儿童青少年肥胖、近视、心理行为异常、脊柱弯曲异常和龋齿5个问题加强防治") == []
    assert quantities("将实施优质技工院校建设、校企合作引领、技工教育援助帮扶和技工教育质量提升4个专项计划。") == []
    assert quantities("开展社区固本强基行动、社区养老服务行动等15个新时代新社区新生活质量提升行动;") == []
    assert [q.value for q in quantities("新建第一小学、第二小学等3所学校")] == [3.0]


def test_the_places_a_visit_goes_to_counted_are_no_target() -> None:
    # dev/rongcheng-fitness-centres-2018 line 4 and dev/xian-preschool-2025-2027 line 9: the places
    # visited, counted as they stand
    found = targets("工作组深入到虎山镇、港西镇等7个新增镇级全民健身中心实地察看建设情况。", start=2018)
    assert [(f.value, f.past, f.period) for f in found] == [(7.0, True, "目前")]
    found = targets("参会人员分别前往第二十二幼儿园、第六幼儿园等4所具有代表性的幼儿园,观察孩子们游戏。", start=2025)
    assert [(f.value, f.past) for f in found] == [(4.0, True)]
    found = targets("到2025年,新建第一小学、第二小学等3所学校。", start=2021)
    assert [(f.value, f.past) for f in found] == [(3.0, False)]


def test_the_indicators_a_text_sets_counted_are_no_target() -> None:
    # dev/haidian-plan-targets-2021 line 2, dev/wuhan-health-2035 line 10 and dev/national-education-2021-2025
    # line 16: the count of the text's own indicators or goals, whatever words name them
    assert quantities("2021年,海淀区共设置了31项国民经济和社会发展计划指标。") == []
    assert quantities("规划还设定了100多个精准的“小目标”,") == []
    assert quantities("此次纲要草案20个主要指标中有7个是民生福祉类,") == []
    assert [q.value for q in quantities("设置了100个公益性岗位")] == [100.0]


def test_the_works_under_construction_counted_are_observed_now() -> None:
    # dev/changchun-urban-works-housing-2014 line 2: the stations being built, counted as they stand (a
    # count of them that looks ahead stays a target: 在建的126所将于今年秋季开学前投入使用)
    found = targets(
        "2014年长春市将科学安排城建重点工程,地铁1号线在建的11座车站中,除解放大路换乘站外,基本完成主体工程。", start=2014
    )
    assert [(f.value, f.past, f.period) for f in found if f.value] == [(11.0, True, "目前")]
    found = targets("另外在建的126所将于今年秋季开学前投入使用。", start=2021)
    assert [(f.value, f.past) for f in found] == [(126.0, False)]


def test_a_sentence_that_opens_on_this_year_dates_its_clauses_before_a_later_deadline() -> None:
    # dev/jilin-eldercare-2024-2025 line 5: 今年's count, then a deadline of its own in a later clause
    text = "今年,吉林省将通过新建改建合作方式建成助老餐厅和助餐点1300个,并在2025年底前实现综合嵌入式社区居家养老服务中心覆盖60%的街道(乡镇)。"
    found = ProseReader(2024, written=2024).read([Entry(5, text, "s1", "")])
    assert [(f.value, f.year) for f in found] == [(1300, 2024), (60, 2025)]


def test_a_page_s_date_line_ending_in_a_colon_introduces_no_rows() -> None:
    # dev/jinan-livelihood-results-2014 line 3: 2015年01月23日 来源: is the page's date, not a lead
    texts = ["2015年01月23日 来源:", "开工建设50处农村义务教育学校食堂(餐厅)。"]
    found = ProseReader(2015, 2015).read([Entry(k + 3, t, "s1", "") for k, t in enumerate(texts)])
    assert [(f.value, f.year) for f in found] == [(50, None)]


def test_a_report_on_a_year_gone_by_dates_the_tasks_it_tells() -> None:
    # dev/jinan-livelihood-results-2014 line 13 (去年承诺的15件民生实事全完成了, dated 2015) and
    # dev/qianxinan-culture-sports-results-2023 line 7 (2023年工作总结): a task with no year is the year's
    entry = Entry(13, "为600个行政村配建(更新)健身器材。", "s1", "")
    assert [(f.value, f.year) for f in ProseReader(2015, 2015, 2014).read([entry])] == [(600, 2014)]
    assert [(f.value, f.year) for f in ProseReader(2015, 2015).read([entry])] == [(600, None)]


def test_a_task_item_with_the_body_to_do_it_in_brackets_is_no_heading() -> None:
    # dev/jinan-livelihood-results-2014 lines 8, 13-14: (三)为600个行政村配建(更新)健身器材。(市体育局负责)
    # is a task, not a heading run into its text; the sub-headline 600个行政村配建健身器材 tells the result
    found = Importer(read_lines(DEV / "jinan-livelihood-results-2014.txt")).run().indicators
    tasks = [(i["lines"][0], i["target"]["year"]) for i in found if (i.get("target") or {}).get("value") == 600]
    assert tasks == [(13, 2014)]
    assert [i["lines"][0] for i in found if 600 in [o["value"] for o in i.get("observations", [])]] == [8, 13]


def test_the_plan_s_indicators_told_done_look_nowhere_ahead() -> None:
    # dev/ningxia-entrepreneurship-employment-progress-2010 line 1: 计划指标 names the plan's indicators,
    # whose shares done the half-year's results are told by
    found = targets(
        "2010年上半年,全区共培养小老板4979个,培育小企业1738个,三项民生计划指标分别完成全年目标任务的249%、86.9%、113.7%。",
        start=2010,
    )
    assert [(f.value, f.past) for f in found] == [(4979, True), (1738, True), (249, True), (86.9, True), (113.7, True)]
    assert looks_ahead("今年计划指标为新增就业5万人")


def test_the_year_s_task_a_half_year_s_result_is_told_against_is_a_target() -> None:
    # dev/ningxia-entrepreneurship-employment-progress-2010 line 1: the task is named by the result of
    # its unit, and 控制在全年计划任务4.6%之内 keeps the rate under it; dev/xinjiang-skills-training-
    # progress-2023 line 13: the work the task is of between its count and the share done
    found = targets(
        "截止6月底,全区农村劳动力转移就业70.7万人,实现工资收入24.3亿元,转移人数已经完成了全年70万人的任务。"
        "截止6月底,登记失业率为4.34%,比去年同期降低0.04个百分点,控制在全年计划任务4.6%之内。"
        "截至6月底,全区开展各类职业技能培训193.21万人次,完成全年150万人次培训目标任务的128.8%。",
        start=2010,
    )
    tasks = [(f.name, f.value, f.comparator) for f in found if not f.past]
    assert tasks == [
        ("全区农村劳动力转移就业", 70, "="),
        ("登记失业率", 4.6, "<="),
        ("全区开展各类职业技能培训", 150, "="),
    ]


def test_results_as_of_a_date_then_the_rest_of_the_year_s_aims() -> None:
    # dev/gansu-employment-progress-2007 line 5: the result by 7月底 nears the task set at the year's
    # start (a target), then 下半年要 sets what the year is to reach; the ；-part after is no report
    found = targets(
        "截至7月底,我省城镇新增就业人数13万多人,已接近年初下达的15万人的目标任务,"
        "下半年要确保全年城镇新增就业人数18万人,力争突破20万人;年内各县区都要建立1-2个零就业家庭就业基地。",
        start=2007,
    )
    assert [(f.name, f.value, f.comparator, f.past) for f in found] == [
        ("城镇新增就业人数", 13, ">", True),
        ("城镇新增就业人数", 15, "=", False),
        ("下半年要确保全年城镇新增就业人数", 18, "=", False),
        ("下半年要确保全年城镇新增就业人数", 20, ">", False),
        ("零就业家庭就业基地", 1, "=", False),
    ]


def test_results_as_of_a_date_then_what_is_expected_by_the_year_s_or_a_month_s_end() -> None:
    # dev/shandong-employment-progress-2011 line 2, dev/zhongwei-livelihood-employment-progress line 7:
    # after the results as of a date, 预计…将 tells what is to be reached by the year's or a month's end
    found = targets(
        "截至9月底,山东全省城镇新增就业98万人,新增农村劳动力转移就业115.2万人,预计全年两者合计将达到248万人。",
        start=2011,
    )
    assert [(f.value, f.past) for f in found] == [(98, True), (115.2, True), (248, False)]
    found = targets("截至目前,中卫市本级已发放自主创业补贴175人,预计11月底将累计发放475人,带动就业950人。", start=2021)
    assert [(f.value, f.past) for f in found] == [(175, True), (475, False), (950, False)]


def test_a_title_naming_one_year_s_expected_targets_names_the_period() -> None:
    # dev/zhangzhou-work-report-targets-2010 line 1: the year's 预期目标 (its body's 2009 is a misprint)
    assert period_found("政府工作报告提出:2010年漳州经济社会发展预期目标") == (2010, 2010)
    assert period_found("2010年漳州经济社会发展主要预期目标") == (2010, 2010)


def test_a_headline_s_place_then_a_part_of_the_year_tells_its_result() -> None:
    # dev/xinjiang-skills-training-progress-2023 line 5 (the body gives 193.21万人次, so the headline's
    # rounded figure is read on its own), dev/hainan-housing-progress-2012 line 2 (in simplified characters)
    assert [(f.value, f.past) for f in targets("新疆上半年开展技能培训超过193万人次", start=2023)] == [(193, True)]
    assert [(f.value, f.past) for f in targets("海南上半年开工5.15万套保障房", start=2012)] == [(5.15, True)]
    assert [f.past for f in targets("全省上半年将新开工保障房5万套", start=2012)] == [False]


def test_persons_right_after_households_counted_are_named_by_them() -> None:
    # dev/jingxian-civil-affairs-2022 line 1: each count of households is followed by its persons (265户362人)
    found = [(f.name, f.value, f.unit) for f in targets("1-9月,我县新增城乡低保265户362人,调出532户700人。")]
    assert ("新增城乡低保", 362.0, "人") in found and ("调出", 700.0, "人") in found
    # (persons with a noun of their own after them keep it: 为辖区431户684人低保对象投保…)
    kept = [(f.name, f.value) for f in targets("为辖区431户684人低保对象投保城乡小额人身意外保险。")]
    assert ("低保对象投保城乡小额人身意外保险", 684.0) in kept


def test_将_that_puts_a_thing_into_a_place_does_not_look_ahead() -> None:
    # dev/dalian-disability-2001-2005 line 9 and dev/dali-livelihood-projects-results-2014 line 3: 将 as
    # written Chinese's 把, in a review of the years before or of the year so far
    found = targets(
        "5年来,各级党委、政府将残疾人事业纳入全市经济社会发展大局,投入专款8600余万元直接用于发展残疾人事业。",
        start=2006,
    )
    assert [(f.value, f.past) for f in found] == [(8600.0, True)]
    assert not looks_ahead("今年以来,坚持将新增财力和财政支出的80%用于民生工程建设")
    assert looks_ahead("宁夏今年将安排10亿元用于养老服务设施建设")
    assert looks_ahead("生活污水将全部纳入城市污水处理系统")


def test_a_site_s_page_of_a_bulletin_numbered_and_cut_in_its_title_tells_the_past() -> None:
    # dev/ningxia-social-security-education-2016: the third page of a bulletin, its title cut (统计公(3)),
    # its first paragraphs the end of a section before 十、
    d = Importer(
        [
            "宁夏回族自治区2016年国民经济和社会发展统计公(3)",
            "2017-05-11 宁夏回族自治区统计局",
            "年末全区参加城镇职工基本养老保险人数为196.1万人,比上年末增加17.35万人。",
            "十、教育和科技",
            "年末全区各级各类学校3216所,教职工98868人。学前教育毛入园率77.94%。",
        ]
    ).run()
    assert not [i for i in d.indicators if i["target"]]
    past = [o["value"] for i in d.indicators for o in i.get("observations") or []]
    assert {196.1, 17.35, 3216.0, 98868.0, 77.94} <= set(past)


def test_至目前_opening_a_clause_is_a_state_as_of_now() -> None:
    # dev/lanzhou-education-half-year-progress line 3: a half-year's report, the state of its tasks so far
    told = "至目前,全市农村义务教育阶段学生营养改善计划项目覆盖三县五区共702所学校,受益学生115431人。"
    assert past_marker(told, 2021) == (None, "至目前")
    assert past_marker("全市养老床位增加至目前的4万张以上,到2025年达到5万张。", 2021) is None


def test_a_result_told_by_how_far_it_passed_its_goal_does_not_look_ahead() -> None:
    # dev/jilin-employment-results-2021 line 6: 超目标18.63万人, the margin of a result over its goal
    assert not looks_ahead("农村劳动力转移就业318.63万人,超目标18.63万人")
    assert looks_ahead("农村劳动力转移就业目标300万人")


def test_a_date_line_below_a_page_s_headline_and_source_dates_the_text() -> None:
    # dev/jilin-shanty-towns-2019-2020 line 4: the date and time below a download link, the headline and the source
    notice = Notice()
    own_dates(
        ["下载", "吉林省今年计划改造1.8万套城市棚户区", "政闻   来源:彩练新闻", "2020-06-03 17:00:45", "字体大小:"],
        notice,
    )
    assert written_year(notice) == 2020


def test_a_year_s_results_then_this_year_or_the_next_date_a_text_with_no_date() -> None:
    # dev/yulin-school-building-2015-2016 line 1: 2015's results, then 今年's plan: a text of 2016
    d = Importer(
        ["2015年,玉林市筹措资金13.23亿元,新建成5所中小学校,有效缓解了大班额问题。今年,全市计划新建中小学校19所。"]
    ).run()
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["target"]] == [(19.0, 2016)]
    # dev/national-housing-2014-2015: 2014's results, then 明年's targets: a text of 2014
    lines = [
        "2014年保障性安居工程的任务目标已全面完成,基本建成保障性住房480万套。",
        "明年我国将新开工建设保障性安居工程700万套。",
    ]
    d = Importer(lines).run()
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["target"]][-1] == (700.0, 2015)


def test_this_year_heading_a_sentence_holds_for_its_parts() -> None:
    # dev/jiangsu-civil-affairs-2023-2024 line 7: 江苏今年将…; the ；-part after it is this year's too
    text = "同时,江苏今年将适度提高低保标准;推出关爱服务质量提升三年行动,改造提升120个未成年人保护工作站(关爱之家)。"
    found = ProseReader(2024, 2024).read([Entry(1, text, "s1", "")])
    assert [(f.value, f.year) for f in found] == [(120.0, 2024)]
    # dev/yulin-school-building-2015-2016 line 1: 今年, heading the sentence, holds past its ；
    text = "今年,在新一轮的城区学校建设大会战中,全市计划新建中小学校19所;筹集资金约1.3亿元,新建乡镇中心幼儿园14所。"
    found = ProseReader(2016, 2016).read([Entry(1, text, "s1", "")])
    assert [(f.value, f.year) for f in found] == [(19.0, 2016), (1.3, 2016), (14.0, 2016)]


def test_a_notice_issuing_plans_whose_titles_hold_their_figures_sets_them() -> None:
    # dev/gansu-livelihood-projects-plans-2026 line 2: the titles issued, then the first plan's heading
    lines = [
        "各市、自治州人民政府,省政府各部门:",
        "《中小学“强县中增学位”工程实施方案》《改造建设100个乡镇(街道)综合养老服务中心和300个村级互助幸福院实施方案》"
        "《支持1万名未就业普通高校毕业生到基层就业和城镇新增就业30万人实施方案》《100个社区儿童友好空间建设实施方案》"
        "等10件为民实事方案,已经省政府同意,现印发给你们,请认真组织实施。",
        "甘肃省人民政府办公厅",
        "2026年2月6日",
        "中小学“强县中增学位”工程实施方案",
        "一、目标任务",
    ]
    d = Importer(lines).run()
    found = [(i["name"], i["target"]["value"]) for i in d.indicators if i["target"]]
    assert ("村级互助幸福院", 300.0) in found and ("城镇新增就业", 30.0) in found
    assert ("社区儿童友好空间建设", 100.0) in found
    assert d.notice.issued is not None and d.notice.issued.year == 2026  # (its signature stays the notice's)


def test_the_parts_after_a_part_told_done_clause_by_clause_go_on_with_the_report() -> None:
    # dev/liupanshui-livelihood-progress-2024 line 16: 已建成… , …覆盖率达100%; then parts of bare
    # figures (选派…137名; 开展…2633人次) that go on with what was done
    found = targets(
        "在促进重点群体就业增收方面,已建成村级就业公共服务站1152个,村级就业公共服务覆盖率达100%;"
        "选派农业特色优势产业科技特派员137名;开展农业技能技术培训2633人次。",
        start=2024,
    )
    assert [(f.value, f.past) for f in found] == [(1152, True), (100, True), (137, True), (2633, True)]
    # (a part that looks ahead after it sets a target)
    found = targets("已建成村级就业公共服务站1152个;力争年底前开展农业技能技术培训3000人次。", start=2024)
    assert [(f.value, f.past) for f in found] == [(1152, True), (3000, False)]


def test_a_highlight_line_whose_figures_the_body_says_again_takes_the_body_s_tense() -> None:
    # dev/xizang-livelihood-results-2024 lines 4 and 10: a feature's highlight line, no full stop, over
    # the paragraph that restates its figures as a state reached (现在,西藏…)
    d = Importer(
        [
            "学有所教",
            "普惠性幼儿园达到100%,学前教育毛入园率达到90.43%",
            "西藏义务教育学校共有931所",
            "",
            "拉萨市城关区幼儿园亲子运动会现场。 本报记者 旦增兰泽 摄",
            "学前教育公共服务体系不断构建。现在,西藏共有幼儿园2474所,普惠性幼儿园达到100%,学前教育毛入园率达到90.43%;",
        ]
    ).run()
    on_line_2 = [i for i in d.indicators if i["lines"][0] == 2]
    assert len(on_line_2) == 2 and all(i.get("target") is None for i in on_line_2)


def test_a_past_year_s_plan_told_beside_what_was_done_is_past() -> None:
    # dev/jilin-shanty-towns-2019-2020 line 6 (dated 2020): 2019's plans, each told with what was done
    # and the share of the plan done, are that year's, past; this year's plan after them is a target
    texts = [
        "2019年,全省计划改造各类棚户区3.47万套,实际开工3.61万套,完成计划的104.3%;计划基本建成2.26万套,"
        "实际建成3.82万套,完成年度计划的169%。",
        "今年,全省计划改造城市棚户区1.8万套。",
    ]
    found = ProseReader(2019, 2020).read([Entry(k + 6, t, "s1", "") for k, t in enumerate(texts)])
    assert [(f.value, f.past) for f in found] == [
        (3.47, True),
        (3.61, True),
        (104.3, True),
        (2.26, True),
        (3.82, True),
        (169, True),
        (1.8, False),
    ]


def test_one_month_opening_a_sentence_tells_that_month_s_figures() -> None:
    # dev/liupanshui-zhongshan-social-assistance-results-2022 lines 5 and 9, dev/national-employment-quarter-2024
    # line 7: a month alone before what it counts reports it (12月份实施…, 3月份…失业率5.2%)
    found = targets("12月份实施临时救助24户77人,发放救助资金15.2106万元。", "12月救助52人,发放生活补助1.04万元。")
    assert [f.value for f in found][:4] == [24, 77, 15.2106, 52] and all(f.past for f in found)
    assert all(f.past for f in targets("首季全国城镇新增就业303万人。3月份全国城镇调查失业率5.2%。"))
    # (a month's deadline, or a sentence that looks ahead, sets targets)
    assert not any(f.past for f in targets("12月底前完成改造200户。", "9月份将完成培训500人次。"))


def test_a_month_of_last_year_that_opens_a_quotation_is_a_report() -> None:
    # an official quoted: “去年8月,…就已在20家…建设20所健康小屋…” (a month of last year, after the quote mark)
    found = targets(
        "“去年8月,银川市就已在20家社区卫生服务机构建设20所健康小屋免费向社会开放,社区居民反响很好。”",
        start=2014,
    )
    assert [(f.value, f.past, f.year) for f in found] == [(20, True, None), (20, True, None)]


def test_a_place_s_last_year_opens_a_report_on_that_year() -> None:
    # dev/hebei-work-report-2013-2014 lines 3 and 4: a work report's review quoted in the news, 去年 after
    # the place (河北省去年), then the year's figures over two paragraphs
    texts = [
        "报告称河北省去年民生和社会事业持续发展。全年财政用于民生支出3386亿元,占公共财政预算支出的77.8%。",
        "学前教育三年行动计划深入实施,1000所农村幼儿园改扩建基本完成,改造中小学校舍815万平方米。",
    ]
    found = ProseReader(2014, 2014).read([Entry(k + 3, t, "s1", "") for k, t in enumerate(texts)])
    assert [(f.value, f.past, f.year) for f in found] == [
        (3386, True, 2013),
        (77.8, True, 2013),
        (1000, True, 2013),
        (815, True, 2013),
    ]
    # (去年同期 after a place is the base of a change, 上年度 a standard's base: no report)
    assert not any(f.past for f in targets("全市去年同期的基础上,到2025年新增养老床位500张。", start=2021))


def test_the_parts_after_a_sentence_told_done_are_done_too() -> None:
    # dev/guangxi-housing-progress-2022-h1 line 7: the year's task, what was done by a date, then 其中 the
    # cities' counts and rates in brackets, parts of what was done
    found = targets(
        "2022年,全区保障性租赁住房建设目标任务为6.13万套。截至6月25日,已开工3.29万套,完成年度目标任务的53.73%。"
        "其中,开工总量较大的设区市有:南宁市(12007套)、柳州市(9315套);开工率较高的设区市有:百色市(100%)、玉林市(88.39%)。",
        start=2022,
    )
    assert [(f.value, f.past) for f in found if f.value in (6.13, 100, 88.39)] == [
        (6.13, False),
        (100, True),
        (88.39, True),
    ]
    # (其中 after a sentence that sets targets sets its parts as targets)
    found = targets("到2025年,新建养老床位500张。其中,护理型床位200张。", start=2021)
    assert not any(f.past for f in found)


def test_a_plan_s_years_so_far_told_with_more_than_are_past() -> None:
    # dev/jiangxi-plan-midterm-review-2013 line 5: a mid-term review, 实施两年多来, then the growth of the
    # first two years against the plan's expectation
    found = targets(
        "据介绍,《纲要》实施两年多来,全省经济社会全面发展。前两年,全省生产总值、财政总收入分别平均增长11.8%、29.2%,"
        "均超过规划预期。",
        start=2011,
    )
    assert [(f.value, f.past) for f in found] == [(11.8, True), (29.2, True)]
    # (两年多后, 两年多时间: no years just past)
    assert not any(f.past for f in targets("用两年多时间,新建幼儿园30所。", start=2021))


def test_the_year_of_targets_a_colon_lists_holds_for_its_parts() -> None:
    # dev/jilin-work-report-2025-2026 line 5: the year the targets' lead names before the colon
    found = targets(
        "报告显示,吉林省2026年经济社会发展主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长3.7%,"
        "努力跑赢全国;新能源产业产值增长8%以上,加快构建优势;固定资产投资增长3%,城镇调查失业率控制在5.5%左右。",
        start=2025,
    )
    assert [(f.value, f.year) for f in found] == [(5, 2026), (3.7, 2026), (8, 2026), (3, 2026), (5.5, 2026)]


def test_how_often_a_text_uses_a_word_is_no_target() -> None:
    # dev/jilin-work-report-2025-2026 line 2: a report's word counts; a count of times done stays one
    found = targets(
        "经大数据梳理,2026年政府工作报告中,“发展”出现67次,“建设”出现57次,“民生”一词被提及20次。",
        "2026年,开展送文化下乡演出200次。",
        start=2026,
    )
    assert [f.value for f in found] == [200]


def test_this_year_and_next_reach_the_end_of_next_year() -> None:
    """今明两年 ends with the year after the text's date, where no figure before it in the sentence
    tells of the years before (近四年共投入…,今明两年计划再投资5亿元)."""
    assert this_year("今明两年计划新增公办学位学前教育13万个、义务教育80万个。", 2024) == 2025
    assert this_year("根据计划,四川省体育局在今明兩年,还将投入3.6亿元的资金。", 2014) == 2015
    assert this_year("合肥市近四年共投入70多亿元新建了80多所中小学,今明两年计划再投资5亿元。", 2010) is None


def test_a_schools_classes_count_in_ban() -> None:
    # dev/hangzhou-jianggan-livelihood-projects-2012 line 5, dev/xiamen-kindergartens-2015-2020 line 3: a
    # school's size in classes (18班, 1957班), not 班车 or 班次
    found = targets("今年將投入使用的學校有5所,其中天成小學新建工程辦學規模18班。", "开通校车2班车。", start=2012)
    assert [(f.value, f.unit) for f in found if f.unit == "班"] == [(18.0, "班")]
    assert not any(f.value == 2 for f in found)


def test_values_listed_each_after_its_own_year_in_square_metres() -> None:
    # a round's text (淮安, 2013-2015): 万m2 is a unit, and in a list parted by 、 each value takes the
    # year right before it, not the list's first
    found = targets(
        "三年内,我市将改造校舍275.76万m2,其中,2013年67.81万m2、2014年69.2万m2、2015年138.75万m2。", start=2013
    )
    assert [(f.value, f.unit, f.year) for f in found][1:] == [
        (67.81, "万m2", 2013),
        (69.2, "万m2", 2014),
        (138.75, "万m2", 2015),
    ]
    assert found[0].value == 275.76
    # the plan it names without 《》 (2013-2015全市校安工程规划) gives the text its period
    lines = ["记者了解到,根据最新的2013-2015全市校安工程规划,三年内,我市将改造校舍275.76万m2。"]
    assert period_found("", lines) == (2013, 2015)
    # (not a plan whose carrying out is told: 2011-2015年规划执行情况)
    assert period_found("", ["2011-2015年规划执行情况良好,全市新建学校30所。"]) != (2011, 2015)


def test_values_shared_out_to_years_listed_before_them() -> None:
    # a round's text (济宁, 2014): 2014和2015年 lists two years, the first without its 年; each value
    # 分别 names is of its year, and the years are no names to share out
    found = targets("同时,2014和2015年还将分别新建村级互助养老院100个和55个。", start=2014)
    assert [(f.value, f.year) for f in found] == [(100, 2014), (55, 2015)]
    assert found[0].name == found[1].name and found[0].name.endswith("新建村级互助养老院")
    # dev/neimenggu-low-rent-housing-2009-2011: three years, three values
    found = targets("2009年、2010年、2011年新增廉租住房分别为5万套、5万套、6.5万套。", start=2009)
    assert [(f.value, f.year) for f in found] == [(5, 2009), (5, 2010), (6.5, 2011)]


def test_a_paragraph_that_opens_on_a_year_dates_its_past_figures() -> None:
    # a round's text (吉阳区, a yearbook's entry): the year the entry opens on dates the results of its
    # sentences that name no time of their own
    text = (
        "【基本公卫服务项目建设】2020年,吉阳区逐步完善居民基本公共卫生服务项目建设。(1)居民健康档案建档率达98.43%;"
        "共发放健康教育资料59401份(本),更换宣传栏200次,举办讲座125次、共有3835人次参加;举办宣传咨询80次、共有4698人次咨询。"
        "(2)预防接种建证率100%。(3)老年人健康管理率达34.88%;高血压患者规范管理率达68.05%。"
    )
    seen = {i["name"]: i.get("observations") for i in Importer([text]).run().indicators}
    assert [(o["value"], o["year"]) for o in seen["居民健康档案建档率"] or []] == [(98.43, 2020)]
    # (not where the paragraph sets a target for that year: its results stay undated, for the editor)
    found = [
        Found("新增养老床位", "张", "500张", 500, "=", 2020, None, False, "", (1, 1)),
        Found("建成养老床位", "张", "3000张", 3000, "=", None, None, True, "", (1, 1)),
    ]
    dated_by_opening(found, ["2020年,全县计划新增养老床位500张。全县建成养老床位3000张。"])
    assert found[1].year is None
    dated_by_opening(found[1:], ["2020年,全县新增养老床位500张。全县建成养老床位3000张。"])
    assert found[1].year == 2020


def test_a_count_of_the_thing_after_it_with_yishang_de() -> None:
    # a round's text (攀枝花) and dev/xiamen-education-2023 line 5: a counter right before 以上的, after a
    # verb that builds or has, counts the thing after it; a bound on a measure still names a class of it
    found = targets("到2020年,每个城市社区拥有10个以上的社区社会组织。", "用1到2年时间,改造100所以上的“老破旧”学校。")
    assert [(f.value, f.unit, f.comparator) for f in found] == [(10, "个", ">="), (100, "所", ">=")]
    assert [f.value for f in targets("到2025年,20万人口以上的县建成1所医院。")] == [1]


def test_an_undated_text_is_of_the_last_year_it_names_looking_ahead() -> None:
    # a round's text (德宏, no date): the years before 2011 are told done (至2010年已建设, 2007年至2010年共发放:
    # no years aimed at), and 2011 is looked ahead to: the text's period is 2011
    lines = [
        "今年省政府下达德宏州的各类保障性住房建设任务6718套,德宏州实建6788套。2011年保障性安居工程建设将在年底前完成总投资60%以上。",
        "德宏州自2007年开始建设保障性住房以来,至2010年已建设保障性住房2968套。2007年至2010年共发放补贴资金703.995万元。",
    ]
    assert period_found("", lines) == (2011, 2011)
    # (not where an earlier year is looked ahead to too, nor in a text whose date is known)
    assert period_found("", ["2010年将新建学校5所。2011年将新建学校8所。"]) != (2011, 2011)
    assert period_found("", lines, written=2012) != (2011, 2011)


def test_an_undated_text_is_of_the_year_a_sentence_opens_on_looking_ahead() -> None:
    # dev/xiamen-xiangan-kindergartens-2015 (no date): the year reviewed (仅2014年), the year whose sentence
    # opens on it and sets the works (2015年,…计划新建), and the year some of them end in (预计于2016年完工):
    # the text is of 2015, the year it tells of, not 2016
    lines = [
        "仅2014年,翔安就新建、改扩建幼儿园12所。2015年,翔安区委、区政府继续将幼儿园建设工程纳入为民办实事项目,计划新建、改扩建16所幼儿园。",
        "这些幼儿园将在2年内分批完工,其中2015年完工投入使用6所幼儿园;还有10所幼儿园预计于2016年完工投入使用。",
    ]
    assert period_found("", lines) == (2015, 2015)
    # (a sentence that opens on a year it reports on does not look ahead; a dated text is of its date)
    assert period_found("", ["2014年,全区新建幼儿园12所。还有10所幼儿园预计于2016年完工。"]) == (2016, 2016)
    assert period_found("", lines, written=2016) != (2015, 2015)


def test_the_paragraph_under_a_year_s_work_plan_title_is_its_text() -> None:
    # dev/jingyan-livelihood-projects-2021 lines 4-6: a page's headline and date, the plan's own title (a
    # year's 实施方案), then its lead paragraph before 一、: the lead's funds are the plan's, not front matter
    lines = [
        "四川乐山井研县印发《2021年全县24件民生实事实施方案》",
        "2021-07-15 11:05:33来源:井研县人民政府",
        "2021年全县24件民生实事实施方案",
        "县委、县政府决定2021年突出办好24件民生实事。各级财政共计安排资金25453.66万元,其中县级安排资金3811.41万元。",
        "一、减免非民族自治地区700名幼儿保教费",
        "减免非民族自治地区700名普惠性幼儿园在园家庭经济困难儿童保教费。计划安排资金70万元。",
    ]
    draft = Importer(lines).run()
    assert draft.title == "2021年全县24件民生实事实施方案"
    assert {25453.66, 3811.41, 700, 70} <= {i["target"]["value"] for i in draft.indicators if i.get("target")}


def test_the_size_of_a_work_before_de_is_a_target() -> None:
    # dev/shaowu-weimin-fitness-project-2017 line 5, dev/huayuan-livelihood-works-2014 line 2: a length or an
    # area right after the verb of a work and before 的 (完善全长2.4公里的健身步道) is the size of the work, a
    # target named by what is built; after words that bound it, it still qualifies a class of the thing
    found = targets("2017年完善全长2.4公里的健身步道,年内新增16万平方米的各类学校基础设施建设。")
    assert [(f.name, f.value, f.unit) for f in found] == [
        ("健身步道", 2.4, "公里"),
        ("各类学校基础设施建设", 16, "万平方米"),
    ]
    assert [f.value for f in targets("到2020年,建筑面积不超过70平方米的小户型占比达到80%。")] == [80]


def test_a_subsidy_fund_set_aside_is_a_sum_not_a_grant() -> None:
    # dev/neimenggu-livelihood-projects-2009 line 4, dev/gansu-lanzhou-chengguan-livelihood-2025: a subsidy
    # fund a text sets aside (安排…保险补贴资金6.6亿元, 计划发放…补助资金8000万元) is a sum to reach; a sum
    # granted to each (给予…补助5万元) is still left out
    found = targets("2009年安排农牧业保险补贴资金6.6亿元,计划发放各类创业就业补助资金8000万元。")
    assert [(f.value, f.unit) for f in found] == [(6.6, "亿元"), (8000, "万元")]
    assert targets("2009年对新建的社区养老服务中心给予一次性补助5万元。") == []


def test_this_year_s_task_told_after_a_report_is_a_target() -> None:
    # dev/fuzhou-rural-housing-progress-2017 lines 1-5: a headline that tells the progress so far
    # (截至目前已开工46户), then this year's task (今年我市农村危房改造任务共322户) before the progress again:
    # the task is a target, the progress a past figure (a report does not go on over a task of this year)
    lines = [
        "福州今年改造322户农村危房 截至目前已开工46户",
        "2017-05-10",
        "记者昨日从市建委获悉,今年我市农村危房改造任务共322户,截至目前,已开工46户。",
    ]
    found = {(i["lines"][0], i["name"]): i for i in Importer(lines).run().indicators}
    assert found[(3, "农村危房改造任务")]["target"]["value"] == 322
    assert found[(3, "已开工")]["target"] is None and found[(3, "已开工")]["observations"][0]["value"] == 46


def test_sets_of_equipment_counted_in_tai_jian_tao() -> None:
    # dev/anhui-kindergartens-progress-2018 line 6: 万台件套 (台套 too) counts sets of equipment
    found = targets("2018年计划采购教学生活设备31.96万台件套、图书134.5万册,购置实验设备1200台套。")
    assert [(f.value, f.unit) for f in found] == [(31.96, "万台件套"), (134.5, "万册"), (1200, "台套")]
    # sets of fitness equipment (440件套) and things counted by the piece (1000件); not the count of a
    # year's works (10件民生实事; 列入…为民办实事项目清单共38件, whose 事 comes before, is still read as a count)
    found = targets("2022年为各镇配置全民健身路径器材440件套,发放辅助器具1000件,办好10件民生实事。")
    assert [(f.value, f.unit) for f in found] == [(440, "件套"), (1000, "件")]


def test_roads_counted_in_ten_thousand_kilometres() -> None:
    # dev/hubei-rural-livelihood-projects-2014 line 2: 万公里 counts roads, as 公里 does
    found = targets("2014年新建农村公路1.2万公里,改造农村公路危桥210座,实施农村危险路段安保工程1万公里。")
    assert [(f.value, f.unit) for f in found] == [(1.2, "万公里"), (210, "座"), (1, "万公里")]


def test_a_count_in_ten_thousands_of_the_workers_named_after_it() -> None:
    # dev/chongqing-employment-progress-2008 line 4: 40万 counts the 劳动力 the words after it name
    found = targets("2008年,重庆市提出今年要完成转移40万农村富余劳动力。", start=2008)
    assert [(f.name, f.value, f.unit) for f in found] == [("农村富余劳动力", 40, "万")]


def test_a_bound_on_a_firm_s_size_names_a_class_of_firms() -> None:
    # dev/jiangxi-housing-construction-2021-2025 line 13: the firms counted are those of a size
    found = targets(
        "到2025年,年产值超100亿元企业达到10家以上,主营业务收入2000万元以上工业企业达到500家,营业收入超50亿元。"
    )
    assert [(f.name, f.value, f.unit) for f in found] == [
        ("年产值超100亿元企业", 10, "家"),
        ("主营业务收入2000万元以上工业企业", 500, "家"),
        ("营业收入", 50, "亿元"),
    ]


def test_thousands_set_apart_by_a_blank_are_one_number() -> None:
    # dev/yunnan-preschool-results-2011-2015 line 7: 1 122個, 2 083所; a form's columns stay apart
    clause = "实施新建、扩建幼儿园项目1 122个共176万平方米,在2 083所农村小学增设附属幼儿园"
    assert [(q.value, q.unit) for q in quantities(clause)] == [(1122, "个"), (176, "万平方米"), (2083, "所")]
    assert 10100 not in [q.value for q in quantities("年度资金总额: 28.1 28.1 10 100% 10")]


def test_a_goal_then_what_is_told_of_it_keeps_its_figures() -> None:
    # dev/anhui-plan-midterm-review-2008 line 4: …的目标都有望提前完成 tells of the goal the figures are
    found = targets("《纲要》中提出的地区生产总值1万亿元、财政收入1300亿元的目标都有望提前完成。", start=2008)
    assert [(f.name, f.value) for f in found] == [("《纲要》中提出的地区生产总值", 1), ("财政收入", 1300)]
    assert targets("建设建筑面积不超过70平方米的小户型。") == []


def test_the_year_a_text_reports_a_meeting_or_report_of_is_the_year_it_is_written_in() -> None:
    # dev/haikou-work-report-tasks-2026 line 1 and a meeting's and a report's news: no date of their own
    assert (
        just_past(["本报讯 2026年是“十五五”开局之年,也是海南自由贸易港全面实施封关运作开局之年。今年海口市将…"]) == 2026
    )
    assert just_past(["今(22)日,记者从重庆市2019年卫生健康工作会上获悉,今年,重庆将规划…"]) == 2019
    # dev/zhuhai-xiangzhou-work-report-targets-2026 line 1: this year named as a plan period's first or last
    assert just_past(["1月27日,…介绍工作安排。今年是“十五五”规划开局之年,香洲区提出今年…预期目标"]) == 2026
    assert just_past(["今年是“十四五”规划收官之年,全市将…"]) == 2025
    assert just_past(["近日,天津市市長在會議上,代表天津市人民政府作2014年天津市政府工作報告。"]) == 2014
    assert just_past(["2019年以来,全市新建幼儿园30所。", "在会议上,市长作了工作报告。"]) is None
    # dev/guoluo-work-report-2022-2023 lines 3-5: a report of 2022's results, then its 预期目标 (2023's)
    review = "2022年,果洛州实现地区生产总值53.62亿元,同比增长2.7%。"
    assert just_past([review, "果洛州划定发展预期目标,地区生产总值增长3%。"]) == 2023
    assert just_past([review, "全州圆满完成年度预期目标。"]) is None
    # a round's text (兰州, no date): a check of the progress of a year's work tells that year, under way
    checked = "该局成立了实事任务督查组,对全市2013年农村危房改造工作进展情况进行一次全面督查。"
    assert just_past([checked + "今年省上计划下达全市农村危房改造目标任务是完成6300户。"]) == 2013
    assert just_past(["2013年全市完成了农村危房改造6150户。今年计划完成6300户。"]) == 2014
    lines = ["本报讯 2026年是“十五五”开局之年。今年海口市将重点做好以下工作:新增公办学位8000个以上。"]
    assert [(i["target"]["value"], i["target"]["year"]) for i in Importer(lines).run().indicators] == [(8000.0, 2026)]


def test_a_list_s_items_read_as_headings_are_read_for_their_figures() -> None:
    # dev/shijiazhuang-livelihood-projects-2022 lines 5-9: each item a line of its own, read as a chapter
    lines = ["2022年石家庄市政府十项民生实事项目公布", "在今天召开的会议上,宣布了2022年石家庄市政府十项民生实事项目。"]
    lines += ["一、打通36条城区规划路;", "二、建设200个球类运动场地、70公里健身步道;", "三、持续改善农村生活条件;"]
    d = Importer(lines).run()
    assert [c["title"] for c in d.chapters][:2] == ["打通36条城区规划路;", "建设200个球类运动场地、70公里健身步道;"]
    assert d.period == (2022, 2022) and [i["target"]["value"] for i in d.indicators] == [36.0, 200.0, 70.0]


def test_what_a_result_exceeds_or_falls_short_of_its_task_by_is_told_as_done() -> None:
    # dev/hunan-livelihood-projects-assessment, dev/hebei-labour-security-plan-execution-2004,
    # dev/liaoyang-eldercare-results-2024: a result beside its task, and by how much it passed it
    found = targets(
        "城市低保对象月人均补差185元,超任务17元;",
        "到6月底,全省下岗失业人员实现再就业10.36万人,分别完成了全年计划的69.1%和79.2%。",
        "辽阳14个街道已建成具备综合功能的养老服务机构11个,覆盖率达78.5%,高于省年度目标4.5个百分点。",
    )
    assert [(f.value, f.past) for f in found if f.value in (17.0, 79.2, 4.5)] == [
        (17.0, True),
        (79.2, True),
        (4.5, True),
    ]
    assert all(f.past for f in found)


def test_a_label_before_a_colon_names_the_figure_after_it() -> None:
    # dev/hanzhong-employment-results-2023 line 9: 城镇新增就业人数:2023年达到38156人 (a summary's label)
    found = targets(
        "城镇新增就业人数:达到38156人。",
        "城镇新增就业人数：到2025年达到40000人。",
        "新的指标包括:人均期望寿命达到80岁。",
    )
    assert [(f.name, f.value, f.year) for f in found] == [
        ("城镇新增就业人数", 38156.0, None),
        ("城镇新增就业人数", 40000.0, 2025),
        ("人均期望寿命", 80.0, None),
    ]


def test_a_page_s_date_written_day_first_dates_the_text() -> None:
    # dev/haikou-schools-2020 lines 1-3: 26.05.2020 under the headline; 今年 is 2020
    lines = ["海口加快13所中小学校新改扩建 今年将增加学位1.5万个", "26.05.2020  18:52"]
    lines += ["记者26日从海口市两会了解到,今年海口将推进教育均衡发展,加快13所中小学校新改扩建,增加学位1.5万个。"]
    d = Importer(lines).run()
    assert d.notice.published == dt.date(2020, 5, 26)
    assert {(i["target"]["value"], i["target"]["year"]) for i in d.indicators} >= {(13.0, 2020), (1.5, 2020)}


def test_a_line_ending_on_its_figure_is_not_joined_to_a_paragraph_that_opens_anew() -> None:
    # dev/zhanjiang-livelihood-projects-2020 lines 9-10: a list's line, then the report on last year
    lines = ["2020年十件民生实事“出炉”", "开展粤菜师傅培训1000人次以上,完成家政服务类培训1万人次以上"]
    lines += ["过去一年,湛江市各级人社系统加强部门、行业协会和企业的沟通联系,全面推进“粤菜师傅”培训。"]
    d = Importer(lines).run()
    assert [(i["target"]["value"], i["lines"]) for i in d.indicators] == [(1000.0, [2, 2]), (1.0, [2, 2])]


def test_works_still_being_prepared_or_built_are_counted_as_they_stand() -> None:
    # dev/yulin-ten-things-progress-2023 line 14, dev/qingdao-livelihood-projects-progress-2022-q1
    found = targets(
        "今年榆林市开工新建改扩建中小学幼儿园8所,正在办理开工前手续1个。", "示范型居家养老服务照料中心施工中5家。"
    )
    assert [(f.value, f.past) for f in found] == [(8.0, False), (1.0, True), (5.0, True)]
    # dev/baoding-school-building-2021: a count then 在建 stands now, under way
    found = targets("今年计划新建学校52所,其余50所主体在建。", "今年重点实施120个在建项目。")
    # (dev/hanzhong-livelihood-2011-2012 line 3: projects under way to carry on, a target)
    assert [(f.value, f.past) for f in found] == [(52.0, False), (50.0, True), (120.0, False)]


def test_next_year_and_the_year_after_date_their_clauses() -> None:
    # dev/zhuhai-xiangzhou-kindergartens-2019-2021 line 4: 明年 and 后年 from the page's date, each its clause's,
    # and a time word alone names nothing: the counts are of what the first clause named
    lines = ["发布时间:2019-07-28", "预计香洲区今年将新建幼儿园16所,明年新建10所,后年新建7所。"]
    d = Importer(lines).run()
    found = [(i["name"], i["target"]["value"], i["target"]["year"]) for i in d.indicators]
    assert [(v, y) for _, v, y in found] == [(16.0, 2019), (10.0, 2020), (7.0, 2021)]
    assert all(n.endswith("新建幼儿园") for n, _, _ in found)


def test_a_forum_post_s_author_a_dash_and_its_date_date_the_text() -> None:
    # dev/taiyuan-civil-affairs-plans-2023 lines 1-2: the post's author and date; 今年 is 2023
    lines = ["TUhjnbcbe - 2023/10/31 18:04:00", "今年,市民政局将积极贯彻落实,拟承建省级城镇社区养老幸福工程10个。"]
    d = Importer(lines).run()
    assert d.notice.published == dt.date(2023, 10, 31)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators] == [(10.0, 2023)]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2019-10-14  出处:安徽日报  作者:何珂", dt.date(2019, 10, 14)),  # dev/anhui-housing-progress-2019 line 3
        # dev/urumqi-bilingual-kindergartens-2017 line 5: a bar before the author, in traditional characters
        ("2017年06月23日 15:34 | 作者:石鑫 | 來源:新疆日報", dt.date(2017, 6, 23)),
        ("Xin Lang Cai Jing·2026-02-08 22:43", dt.date(2026, 2, 8)),  # dev/jiangsu-employment-2025-2026 line 2
        ("北京商报·2026-01-25 10:32", dt.date(2026, 1, 25)),  # dev/beijing-work-report-2026 line 2
        ("23/04/2024 13:09", dt.date(2024, 4, 23)),  # dev/national-employment-quarter-2024 line 1
        # the date, then the source with no 来源 before it and its views after (dev/helan-schools-kindergartens-2017
        # line 3; dev/shaanxi-education-2021-2025 line 3)
        ("   2017-05-04 宁夏新闻网1880", dt.date(2017, 5, 4)),
        ("2022-04-26 08:12  西北信息报", dt.date(2022, 4, 26)),
        # a work report's day, as delivered: dev/changzhi-luzhou-work-report-results-2022 line 1,
        # dev/guangyuan-zhaohua-work-report-results-2022 line 1
        ("——2023年4月26日在长治市潞州区第二届人民代表大会第三次会议上", dt.date(2023, 4, 26)),
        ("(四川省)广元市昭化区人民政府工作报告(2023年2月13日)", dt.date(2023, 2, 13)),
        ("2020-08-10 16:22  市住房城乡建设局 [字号: ] 打印", dt.date(2020, 8, 10)),  # dev/city-housing-progress-2020
        (
            "发布:2021-05-26 19:37 | 来源:健康日报网 | 查看:",
            dt.date(2021, 5, 26),
        ),  # dev/jiangxi-maternal-child-health-2022-2030
        ("Post By:2024/2/7 9:27:44", dt.date(2024, 2, 7)),  # dev/jimo-livelihood-projects-2024 line 1
        ("來源時(shí)間(jiān)為(wéi):2018-09-13", dt.date(2018, 9, 13)),  # round BW's 济宁, glossed as stored
        (
            "2021-09-18 17:32来源:金寨县经济开发区",
            dt.date(2021, 9, 18),
        ),  # dev/jinzhai-development-zone-performance-targets-2021
    ],
)
def test_a_page_s_byline_of_its_source_and_date_dates_it(line: str, day: dt.date) -> None:
    d = Importer(["江苏稳就业工作交出亮眼答卷", line, "今年,全省将实现城镇新增就业120万人。"]).run()
    assert d.notice.published == day


def test_a_report_s_item_that_opens_with_its_task_keeps_the_task_as_a_target() -> None:
    # dev/tianjin-jinnan-livelihood-progress-2025-h1 lines 2-7: each item its task, then 目前,… how far it is
    lines = ["津南区上半年民心工程“成绩单”出炉!", "来源:津南好 发布时间:2025-07-17 13:43"]
    lines += ["2025年“进度条”已过半,这份成绩单请您查阅!截至2025年6月底,4个子项已完成,其余22个子项正在加快推进!"]
    lines += ["新增婴幼儿托位460个、学前教育学位540个。目前,鼓励具备托育条件的幼儿园开设托班。"]
    lines += ["全年总投资4000万元,建设全民健身设施238处。目前,工程建设已基本完成。"]
    d = Importer(lines).run()
    assert [(i["target"]["value"] if i["target"] else None) for i in d.indicators if i["lines"][0] >= 4] == [
        460.0,
        540.0,
        None,
        None,
    ]


def test_a_list_of_works_issued_keeps_its_works_as_targets_though_one_counts_so_far() -> None:
    # dev/tianjin-jizhou-livelihood-projects-2019 lines 7-9: the list is issued, then its works; one
    # work's count so far (累计完成3万户) does not make the others done
    lines = ["人民网天津2月26日电 日前,天津市蓟州区新一轮20项民心工程出台,包括大修乡村公路、改善城乡环境等20个大项。"]
    lines += [
        "在改善城乡居住条件方面,硬化、亮化美丽村庄80个,推进清洁取暖“煤改电”工程,累计完成3万户;大修乡村公路85公里。"
    ]
    lines += ["在建设平安蓟州方面,完成20所农村幼儿园基础设施安全提升工程。"]
    d = Importer(lines).run()
    assert [i["target"]["value"] for i in d.indicators if i["target"] and i["lines"][0] >= 2] == [80.0, 85.0, 20.0]


def test_a_span_of_years_told_as_a_time_during_which_work_is_to_be_done_is_the_period() -> None:
    # dev/sanya-tianya-schools-2023-2028 lines 1-3: 2023年至2028年期间…将完成; a school's 2026 is inside it
    lines = ["记者获悉,2023年至2028年期间,天涯区将完成13所学校新建、改扩建项目,新增1.1万个学位。"]
    lines += ["三亚市天涯中学(三期)计划2026年3月完工新增1200个学位"]
    d = Importer(lines).run()
    assert d.period == (2023, 2028)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i["lines"][0] == 2] == [(1200.0, 2026)]


def test_a_table_of_places_whose_header_mixes_value_columns_with_words_is_read_by_its_value_columns() -> None:
    # dev/meishan-livelihood-tasks-2021 lines 4-57, cut: one cell a line; a group's name, a column of
    # words, a name over two lines (劳务品牌 / 培训(人)) and a 责任单位 column head the three value columns;
    # 全市 opens with words (完成年度 / 目标任务); 眉山天府 / 新区 is one place, with one cell left empty
    lines = ["2021年眉山市30件民生实事责任分工表", "地区", "组织技能培训", "建成投用市公共实训基地"]
    lines += ["★组织开展各类补贴性职业技能培训(万人次)", "劳务品牌", "培训(人)", "农村残疾人实用技术培训(人)"]
    lines += ["责任", "单位", "市人力资源社会保障局", "市残联", "全市", "完成年度", "目标任务", "2.2", "2400", "2000"]
    lines += ["眉山天府", "新区", "0.1", "150", "东坡区", "0.7", "400", "500", "彭山区", "0.23", "500", "240"]
    d = Importer(lines).run()
    got = [(i["name"], i["target"]["value"], i["target"]["year"], i["lines"]) for i in d.indicators]
    assert got[:4] == [
        ("全市组织开展各类补贴性职业技能培训", 2.2, 2021, [13, 16]),
        ("全市劳务品牌培训", 2400.0, 2021, [13, 17]),
        ("全市农村残疾人实用技术培训", 2000.0, 2021, [13, 18]),
        ("东坡区组织开展各类补贴性职业技能培训", 0.7, 2021, [23, 24]),
    ]
    assert len(got) == 9 and not any(name.startswith("眉山天府") for name, *_ in got)


def test_the_parts_of_a_year_s_task_told_all_done_are_what_was_done(monkeypatch: pytest.MonkeyPatch) -> None:
    # dev/hunan-school-projects-results-2013 lines 2-6: a notice of the works checked when done; the
    # listed task stays a target, its split by city after 已全部完成建设任务 is what each city did
    monkeypatch.setattr(tense, "READS", False)  # the rules alone (the model learnt this text)
    assert reported_year(["湖南省教育厅关于2013年为民办实事项目评估认定结果公示"], 2013) == 2013
    lines = ["湖南省教育厅关于2013年为民办实事项目评估认定结果公示", "发布时间: 2013-12-16 00:00"]
    lines += ["2013年12月2日至11日,省教育厅对今年为民办实事项目校、项目园进行了评估验收。", "一、 评估认定结果"]
    lines += [
        "1、2013年全省列入为民办实事项目校500所,已全部完成建设任务,达到义务教育合格学校办学标准。其中:长沙市10所,衡阳市45所,已完成投资153940.9万元。"
    ]
    d = Importer(lines).run()
    assert [i["target"]["value"] for i in d.indicators if i.get("target")] == [500.0]
    assert [o["value"] for i in d.indicators for o in i.get("observations", [])] == [10.0, 45.0, 153940.9]


def test_a_review_that_reckons_what_was_reached_and_meets_its_goals_reports_in_every_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # dev/jilin-work-report-results-2013 lines 2-3: a work report's review of the year before; 预计…达到
    # (the subject between) reckons what was reached, 实现预期目标 tells goals met: neither looks ahead
    monkeypatch.setattr(tense, "READS", False)  # the rules alone (the model learnt this text)
    lines = ["吉林省省长在吉林省第十二届人民代表大会第二次会议上,作2014年吉林省政府工作报告。"]
    lines += [
        "报告显示2013年吉林省社会建设取得新成绩。民生继续改善。预计城镇居民人均可支配收入达到22000元以上。"
        "城镇新增就业57万人。开工建设保障性住房37万套。食品放心工程和医疗、文化等设施建设实现预期目标。"
    ]
    d = Importer(lines).run()
    assert not [i for i in d.indicators if i.get("target")]
    assert [o["value"] for i in d.indicators for o in i.get("observations", [])] == [22000.0, 57.0, 37.0]


def test_a_count_its_share_of_the_task_or_its_rate_of_progress_follows_is_a_result() -> None:
    # dev/fujian-shantytown-progress-2017-09 lines 7-8: counts started, each told with its share of the
    # year's task or its rate of progress; a rate to reach (达到50%及以上) stays a target
    found = targets(
        "全省新开工各类棚户区改造项目73653套,占全省目标任务的106.66%。",
        "从各设区市新开工总量与开工率看,漳州市全年新开工15079套,开工率102.33%;福州市14485套,开工率106.47%。",
        "2021年目标任务为:开工改造小区1500个,投资完成率达到50%及以上。",
        start=2017,
    )
    assert [(f.value, f.past) for f in found] == [
        (73653.0, True),
        (106.66, True),
        (15079.0, True),
        (102.33, True),
        (14485.0, True),
        (106.47, True),
        (1500.0, False),
        (50.0, False),
    ]


def test_a_progress_table_one_cell_a_line_sets_its_tasks_and_tells_what_was_done(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # dev/yuyao-livelihood-progress-2025 lines 3-23: a header one cell a line (牵头 / 市领导 over one
    # column), then each row's number, task, leader, office, what was done and how far it is
    monkeypatch.setattr(tense, "READS", False)  # the rules alone (the model learnt this text)
    lines = ["2025年宁波市政府民生实事项目进展情况(截至5月15日)", "序号", "目标任务", "牵头", "市领导", "责任单位"]
    lines += ["进展情况", "形象进度(%)", "1", "新建公用和专用电动汽车充电桩350个,其中农村185个", "吕  乐", "市发改局"]
    lines += ["新建公共充电桩99个,其中农村79个。", "28%", "2", "建设电动自行车“充电驿站”1440个", "吕  乐"]
    lines += ["市消防大队", "已完成方案制定。目前各乡镇街道结合老旧小区改造,进行选址。", "30%"]
    d = Importer(lines).run()
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i.get("target")] == [
        (350.0, 2025),
        (185.0, 2025),
        (1440.0, 2025),
    ]
    assert [o["value"] for i in d.indicators for o in i.get("observations", [])] == [99.0, 79.0]


def test_a_table_one_cell_a_line_each_led_by_its_bar_keeps_its_empty_cells() -> None:
    """guangdong-labour-transfer-targets-2012-2020 lines 11-34: a plan's targets table whose cells
    stand one a line, each led by its bar, a row opening with its name alone (| | 50%以上: an empty
    cell, then 50%以上; a bar alone before the next name closes the row); a “十二五”期间 column beside
    the years makes every column a target of its year (the period's total of its last year)."""
    lines = ["广东省区域劳动力转移规划目标表", "| 指标", "| “十二五”期间", "| 2015年底", "| 2020年底", "|"]
    lines += ["产业转移工业园区吸纳劳动力人数", "|", "| 100万人以上", "| 200万人以上", "|"]
    lines += ["转移到服务业就业劳动力比重", "| | 50%以上", "|", "|"]
    lines += ["累计新增转移农村劳动力", "| 400万人", "| |", "|"]
    table = [i for i in Importer(lines).run().indicators if i["origin"] == "table"]
    found = [(i["name"], i["target"]["value"], i["target"]["comparator"], i["target"]["year"]) for i in table]
    assert found == [
        ("产业转移工业园区吸纳劳动力人数", 100, ">=", 2015),
        ("产业转移工业园区吸纳劳动力人数", 200, ">=", 2020),
        ("转移到服务业就业劳动力比重", 50, ">=", 2015),
        ("累计新增转移农村劳动力", 400, "=", 2015),
    ]
    assert not any(i.get("baseline") for i in table)
    # rows whole between bars under a short title are not cells one a line
    rows = ["主要指标", "| 指标 | 2020年 | 2025年 |", "| 城镇调查失业率(%) | 5 | 5.5 |", "| 参保率(%) | 95 | 98 |"]
    assert [text for _, text, _ in segments(rows)] == [r.strip("| ") for r in rows]


def test_a_group_s_label_over_the_years_opens_a_table_one_cell_a_line() -> None:
    """chongqing-health-action-indicators-2008-2012 lines 8-27: the first group's label (健 康 指 标)
    stands where the 指标 column's word would, over bare years (| 2007 / | 2012): the table's
    header; each row a baseline of the first year and a target of the last. A header's own word
    (监测指标) still needs only one year after it."""
    lines = ["附件:健康重庆卫生行动(2008―2012年)指标表", "健 康 指 标", "| 2007", "| 2012", "|"]
    lines += ["人均期望寿命(岁)", "| 76.05", "| 77", "|", "婴儿死亡率(‰)", "| 8.89", "| 7", "|"]
    table = [i for i in Importer(lines).run().indicators if i["origin"] == "table"]
    rows = [(i["name"], i["baseline"]["value"], i["target"]["value"], i["target"]["year"]) for i in table]
    assert rows == [("人均期望寿命(岁)", 76.05, 77, 2012), ("婴儿死亡率(‰)", 8.89, 7, 2012)]
    assert header_at(["监测指标", "单位", "2025年"], 0) and not header_at(["健康指标", "单位", "2025年"], 0)


def test_wells_ponds_and_pits_are_counted_in_kou() -> None:
    """yueyang-livelihood-projects-2008 line 14 (新建农村沼气池2.2万口) and chongqing-livelihood-
    progress-2015 (完成7.4万口山坪塘整治): 口 counts wells, ponds and pits; not a word 口 opens (口径)."""
    assert [(q.value, q.unit) for q in quantities("新建农村沼气池2.2万口。")] == [(2.2, "万口")]
    assert [(q.value, q.unit) for q in quantities("完成7.4万口山坪塘整治")] == [(7.4, "万口")]
    assert [(q.value, q.unit) for q in quantities("新打机井300口,")] == [(300, "口")]
    assert "万口" not in [q.unit for q in quantities("按10万口径统计")]
    # tianshui-livelihood-projects-2020 line 3: toilets, as bridges and towers, counted in ten thousands of 座
    assert [(q.value, q.unit) for q in quantities("新改建户用卫生厕所9.3万座;")] == [(9.3, "万座")]


def test_the_whole_year_in_a_sentence_that_looks_ahead_is_the_year_written() -> None:
    """shenzhen-employment-meeting-2023-2024 line 1 (深圳力争全年城镇新增就业18.5万人, dated
    2024-04-25): 全年 before the figure it sets is this year; not in an estimate (预计全年…, 全年预计…)."""
    assert this_year("深圳力争全年城镇新增就业18.5万人", 2024) == 2024
    assert this_year("预计全年两者合计将达到248万人", 2011) is None
    assert this_year("全年预计同比增长8.0%,将完成年计划的99%", 2023) is None
    assert this_year("力争全年建成幼儿园3所", 2024) == 2024 and this_year("将全年完成投资12亿元", 2024) is None


def test_a_programme_s_name_with_jihua_looks_nowhere_ahead() -> None:
    """yantai-culture-health-sport-statistics-2015 line 2: a bulletin's 年内…新增千人计划专家12人 is the
    year's result (千人计划, 双百计划: programmes' names), as 计划生育 is a policy's; 今年计划新建 plans."""
    line = "年内全市共引进各类人才3.01万人,其中博士256人,新增千人计划专家12人,市双百计划人才47人。"
    assert this_year(line, 2016) is None
    assert this_year("年内为计划生育家庭发放特别扶助金1.2万人", 2016) is None
    assert this_year("年内计划新建幼儿园3所", 2016) == 2016


def test_amounts_written_in_words_with_their_hundreds_are_read_as_digits() -> None:
    """shaanxi-livelihood-projects-2009 lines 3 and 6 (a news agency's report, every figure in words):
    四百亿元 is 400亿元, 三点七万个 is 3.7万个, 三百五十元 350元, and the loader finds them in the text they cite;
    a count under a hundred in words (十件实事), 百 or 千 alone (千家万户), an ordinal (第十二个) and what a
    rate is per (每十万常住人口) are no amounts."""
    found = quantities("陕西省今年计划投资四百亿元人民币,新增公益性岗位三点七万个以上,生均小学三百五十元")
    assert [(q.value, q.unit, q.text) for q in found] == [
        (400, "亿元", "四百亿元"),
        (3.7, "万个", "三点七万个以上"),
        (350, "元", "三百五十元"),
    ]
    assert number_in_text(1118, "计划投资一千一百一十八亿元") and number_in_text(3.7, "三点七万个")
    for text in ("办好十件实事", "惠及千家万户", "第十二个五年规划", "每十万常住人口拥有图书馆1.8个"):
        assert not [q for q in quantities(text) if q.value in (10, 12, 1000, 100000)], text


def test_a_result_told_against_its_plan_is_past() -> None:
    """完成计划的111.4%, 超出计划目标38.8%, 比目标控制指标低1.62个百分点: how a result stands against
    its plan (dev/ningxia-livelihood-plan-progress-2010 line 3, dev/jiangsu-livelihood-results-2008 line 2,
    dev/wuzhou-employment-progress line 1); a share of a task set with a deadline is a target
    (dev/anhui-shantytown-housing-2021 line 3)."""
    found = targets(
        "保障农村饮水安全完成计划的111.4%,城乡福利机构建设完成计划的128%。",
        "失业保险参保人数达1052.2万人,超出计划目标6.8%。",
        "8月底,城镇登记失业率为2.88%,比目标控制指标低1.62个百分点。",
        "力争6月底前开工率达60%,11月底前完成基本建成目标任务的100%。",
        start=2010,
    )
    assert [(f.value, f.past) for f in found if f.value in (111.4, 128.0, 6.8, 1.62, 100.0)] == [
        (111.4, True),
        (128.0, True),
        (6.8, True),
        (1.62, True),
        (100.0, False),
    ]


def test_a_level_raised_to_with_its_year_is_a_target_ahead() -> None:
    """将由2007年的人均100元增至140元: the year names the level a change ahead starts from, not a
    time told of; 增至 raises it as 提高到 does, and 人均 belongs to the name, not to the verb."""
    found = targets("今年农牧民免费医疗补助标准将由2007年的人均100元增至140元。", start=2008)
    assert [(f.name, f.value, f.past, f.baseline) for f in found] == [
        ("农牧民免费医疗补助标准", 140.0, False, ("100元", 100.0))
    ]


def test_a_year_told_ahead_after_who_says_it_holds_for_the_rest_of_its_paragraph() -> None:
    # dev/fujian-eldercare-results-plans-2022-2023 line 5: the figures after the lead are 2023's
    found = targets(
        "据统计,我省老年人口达到679万,预计至2025年进入中度老龄化社会。省民政厅有关负责人表示,2023年,"
        "我省将着力加快构建幸福养老服务体系。全面抓好条例的贯彻落实,新建长者食堂300个。",
        start=2023,
    )
    assert [(f.value, f.year) for f in found if f.value == 300.0] == [(300.0, 2023)]


def test_a_dated_text_that_names_its_own_year_ahead_is_of_that_year() -> None:
    """dev/mianyang-fucheng-work-report-2018-2019: a report dated 2019 sets 2019年's 主要预期目标 beside
    2018年's results, and names no later year: its period is 2019 (its targets with no year of their
    own are that year's); a work report dated 2023年2月13日 that reviews 2022 is not so read."""
    lines = [
        "【香港商报网讯】2月19日,涪城区第六届人民代表大会第四次会议开幕。来源:香港商报 2019-02-19",
        "2018年涪城全区经济社会发展取得显著成效,地区生产总值增长9.3%。",
        "报告提出了2019年经济社会发展主要预期目标:地区生产总值增长9%,城镇登记失业率控制在4%以内。",
    ]
    d = Importer(lines).run()
    assert d.period == (2019, 2019)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i.get("target")] == [
        (9.0, 2019),
        (4.0, 2019),
    ]


def test_a_dated_text_that_names_no_period_is_read_as_of_its_date_not_a_placeholder() -> None:
    """dev/huanjiang-relocation-school-2019-2020, dev/wuhu-livelihood-progress-2024-05: a news item dated
    2019年01月29日 names no period (2020 only as the year a school opens): its period runs from its date's
    year to the latest year it names, 2019-2020, not a placeholder five-year span (2021-2025, whose end
    its targets with no year would take); a text with no date keeps the placeholder, and each draft says
    which it took. Dated 2024 and naming no other year, a text's period is 2024 alone."""
    lines = [
        "近日,环江县举行重大项目集中开工仪式。",
        "2019年01月29日 来源:环江县委宣传部",
        "毛南家园中、小学项目计划2020年秋季学期投入使用。",
        "项目建成后将新增学位3000个。",
    ]
    d = Importer(lines).run()
    assert d.period == (2019, 2020)
    assert d.period_note == t("import_period_dated", start=2019, end=2020)
    assert [(i["target"]["value"], i["target"]["year"]) for i in d.indicators if i.get("target")] == [(3000.0, None)]
    undated = Importer(lines[:1] + lines[3:]).run()
    assert undated.period == PLACEHOLDER_PERIOD
    assert undated.period_note == t("import_period_unknown", start=2021, end=2025)
    wuhu = ["民生实事工作进展", "发布时间:2024年06月19日", "全市计划新增城镇就业6万人,目前已完成3.1万人。"]
    assert Importer(wuhu).run().period == (2024, 2024)


def test_a_review_in_a_text_whose_period_opens_no_five_year_plan_is_recorded_as_a_review() -> None:
    """dev/guangyuan-zhaohua-work-report-results-2022: a work report of 2023年2月13日, under 一年来,…; its
    results with no year of their own are recorded as observations of the review (回顾), though its
    period (2023) follows no five-year plan whose name they could take."""
    lines = [
        "(四川省)广元市昭化区人民政府工作报告(2023年2月13日)",
        "一年来,我们兜底线、办实事,民生福祉更加殷实",
        "社会事业欣欣向荣。始终坚持人民至上、生命至上,调度疫情防控专项资金1.47亿元。2022年新增公办普惠性学前学位520个。",
        "社会保障坚强有力。坚持政府带头“过紧日子”,民生支出占比持续稳定在65%以上。"
        "统筹4.3亿元解决被征地农民社保难题,连续四年被评为全省农民工服务保障先进县(区)。"
        "高质量承办首届“葭萌木匠”技能竞赛暨广元市第九届职业技能竞赛。新增公益性岗位2237个、城镇就业1691人。",
    ]
    d = Importer(lines).run()
    assert d.period == (2023, 2023)
    on_four = [i for i in d.indicators if i["lines"] == [4, 4]]
    assert [i["target"] for i in on_four] == [None] * 4
    assert [(o["value"], o["year"], o["period"]) for i in on_four for o in i["observations"]] == [
        (65.0, None, "回顾"),
        (4.3, None, "回顾"),
        (2237.0, None, "回顾"),
        (1691.0, None, "回顾"),
    ]


def test_a_report_s_list_of_its_works_by_kind_then_what_they_hold_sets_the_year_s_tasks() -> None:
    """dev/linshui-culture-projects-progress-2017 line 7: in a half-year's progress report whose works are
    done or beyond their task in part, the sentence that says what the county's works hold (…民生工程共有…三个
    大类,包括免费开放1个文化馆…) gives the year's tasks; the progress after it (截至目前,…) is past."""
    text = DEV / "linshui-culture-projects-progress-2017.txt"
    inds = Importer(text.read_text(encoding="utf-8").splitlines()[:9]).run().indicators
    assert {i["target"]["value"] for i in inds if i["lines"] == [7, 7] and i["target"]} >= {1.0, 45.0, 57.0, 5700.0}
    assert all(i["target"] is None for i in inds if i["lines"] == [9, 9])


def test_one_value_that_each_of_the_things_listed_holds_is_a_target_for_each() -> None:
    """dev/sichuan-housing-security-tasks-2013 line 1, dev/shaanxi-livelihood-plan-2021-2025 line 7: 各, 均
    or 分别 before one value that a name listing two things gives each (新开工和基本建成…各21万套)."""
    found = targets("2013年我省将新开工和基本建成各类保障性住房各21万套。", start=2013)
    assert [f.value for f in found] == [21.0, 21.0] and found[0].name.startswith("新开工")
    assert found[1].name == "基本建成各类保障性住房"
    found = targets("到2025年全省公办幼儿园和公办幼儿园在园幼儿占比均达到50%。", start=2021)
    assert [f.value for f in found] == [50.0, 50.0]
    # one value and one thing named: one target
    assert [f.value for f in targets("到2025年全省公办幼儿园在园幼儿占比均达到50%。", start=2021)] == [50.0]
    # dev/yutian-education-2006-2010 line 6: the list before 分别 the name stopped short of
    found = targets("到2010年,初等教育适龄儿童入学率、巩固率分别达到99.9%。", start=2006)
    assert [(f.name, f.value) for f in found] == [("初等教育适龄儿童入学率", 99.9), ("巩固率", 99.9)]


def test_words_after_a_value_that_only_close_a_list_or_a_rule_are_no_name() -> None:
    """dev/jiangxi-housing-tasks-2020 line 2 (…7.5万户等任务), dev/dongying-dibao-tekun-standards-2017 (…600元确定):
    the value is named by the words before it."""
    found = targets("今年全省要新开工保障性住房8088套、发放城镇住房保障家庭租赁补贴7.5万户等任务。", start=2020)
    assert [f.name for f in found] == ["全省要新开工保障性住房", "发放城镇住房保障家庭租赁补贴"]
    found = targets(
        "特困人员照料护理标准按完全不能自理、半自理、能自理人员每人每年2400元、1200元、600元确定。", start=2017
    )
    assert "确定" not in [f.name for f in found] and [f.value for f in found] == [2400.0, 1200.0, 600.0]


def test_an_undated_text_whose_only_year_is_the_base_of_a_raise_is_of_the_year_after() -> None:
    """dev/dongying-dongyingqu-dibao-standards-2023: an item with no date whose only year named is the base
    its standards are raised from (在2022年基础上提高5%以上) sets the next year's standards; a year named
    as itself stays the period."""
    lines = ["东营区城乡低保标准又提高啦!", "城市低保标准由每人每月956元提高到1004元,在2022年基础上提高5%以上。"]
    assert period_found("", lines) == (2023, 2023)
    assert period_found("", ["2022年城市低保标准由每人每月956元提高到1004元。"]) == (2022, 2022)

"""Quantified targets stated in prose → draft indicators (origin: text).

The rules, in the order they apply to one paragraph (the importer joins a paragraph that stops
mid-sentence with the next line of its section, citing both lines):

1. The paragraph is cut into sentences (。；!?) and each sentence into clauses (，,); a sentence
   that reports a state at a date and then sets a target (截至2020年底，…2万张，到2025年…3万张) is
   two, cut before the clause that names the deadline (years.report_then_target). Sentences
   made of table cells (two 约束性/预期性 in one, not in brackets after a name) are skipped.
2. A *quantity* is a number (or a range 35-40, 1—2) followed by a unit (%, 个, 所, 万人, 岁 …; 万元/年
   for a yearly amount; 年 for a 年限 such as 平均受教育年限达到13年; 3万余个 is more than 3万个;
   480/10万 and 十万分之十五 are rates per 100,000, 1/10万), a number in words after a verb
   (达到两万人), a ratio or index with no unit (收入比下降至2.5), or a count in words after
   至少有/建好 (至少有一所; 、一所 and 和一所 continue such a list).
   Not quantities: numbers that qualify a name (3岁以下儿童, 20万人口以上的县, 70平方米以下的户型,
   100张床位以上的养老机构, 每3年, 5G), years, list numbers, sums granted (给予5万元奖励) and
   means (依托1所医院建设…), the step of a rule (每增加1人) and the conditions of one (对现有床位数
   不足40张…的乡镇敬老院).
3. **Year.** The reader records only the year the words state: a target takes the year its own
   sentence names (到2025年, 2025年底前, 到“十四五”末, “十四五”期间; a later clause naming its own
   year, 2025年底覆盖率达100%, takes that one); else the year its paragraph opens with (到2025年，…
   at the start of the paragraph); else the year its section opens with (the section's first
   paragraph begins 到2025年…, as 主要目标 sections do, or a line of it that opens with a year and
   ends with a colon, 2030年的主要健康指标,其中:, dates the rows after it); else none. 三年期间, 规划期内 and a 主要目标
   section that names no year look ahead but state no year: the year stays empty, and
   generator.sitemodel.targets.target_year decides it (the period's end, with a note saying so).
   A year that heads a clause (到2015年，A；B and 一是…,如2023年,A;B) holds for the ；-parts
   after it. Otherwise a year from one sentence does not carry to the next. 到2023年 in a plan starting later is a target only if
   the sentence looks ahead (力争, 预计, 将, 不少于 …); the record then carries a year_caveat.
   今年 in a sentence that looks ahead, or in a lead that introduces a list (…项目如下:), is the
   year the document was written in (its date, or the year after 刚刚过去的2020年), where known.
   A yearly rate (每年提升1～3个百分点, 万元/年, a subject that opens with 平均每年 or 年均) takes
   no year, whatever year the sentence names. The years in brackets after a document's name
   (行动计划(2018-2025年)) name it and set no deadline.
4. **Past or target.** A sentence that sets no target year but names an earlier period
   (“十三五”时期, 以来) or an earlier year (2020年…, 截至2020年底; not 2000年之前建成的) reports
   achievements: its quantities become observations with that period or year, not targets. So
   does every such sentence of a chapter about the starting point (发展基础, 规划背景, 发展现状),
   and a clause whose name a bracketed earlier year dates (城镇化率（2020年）达到58%). A state as of
   a time (截至5月底, 目前 in a sentence that does not look ahead) is past, observed at that time as
   written. A bracket after a figure that gives its level now or in a year (降至25%左右(目前29.3%),
   5.3亿人(2014年为3.6亿人)) is read apart, under the row's name. The population of an age group
   or its share (60岁及以上人口占…比重), and the count of the old (老年人口将达到500万人), are
   foreseen, never targets. A count directly after 现有 (重庆现有226个街道,计划建设…) is a
   figure of now, observed, and so is what a place has
   (保定市建有…45个,…744个) in a sentence that looks nowhere ahead and sets no floor. A year's
   results told against its target or the year before (2021年,…50801人,完成…目标任务的130.26%;
   与去年同期相比增长) are that year's, past, whatever the period; what was done so far (累计培养…271人,
   近年来…) in a sentence that looks nowhere ahead and sets no level (累计达到20万人) is past too.
5. **Name.** If the quantity is followed by a noun (建成1所公办托育中心, 50%的社区建成…), the
   name is that noun phrase; otherwise it is the subject before the verb (新生儿访视率保持在
   90%以上 → 新生儿访视率), with introducers (到2025年, 力争, 确保 …) and verbs (达到, 保持在 …)
   taken off (可达 is a verb: 覆盖率可达97.3% → 覆盖率); words after the value that describe the
   level (保持在5.5%左右的合理区间) leave the name to the subject. Subjects joined by 和/、 that each end like a measure (…率, …数, …比例) share the
   value; 甲、乙参保人数分别达到A、B gives one name per value (and again for a second run of
   values, 由2015年的a、b提高到2020年的c、d, each value with the year its words give); shares of
   one group shared out by 分别 (100%、90%的县分别建成A和B) name a share per thing listed; counts
   listed with their own verbs take the noun the list ends with (增加400个、撤并30个农村养老服务
   设施); 5个地级市分别打造1—2家 counts those each figure is for, no target. A value
   with no subject of its own (…10家；到2025年不少于20家) measures the thing just named, or the work
   or the measure the clause before names (实施适老化改造，2022年底前完成80%以上; 城镇新增就业人数
   持续上升,累计达225.43万人). A share
   with no subject (…达554.22万人,占常住人口的15.59%) is the share of the thing just counted; a part
   of a count placed after its number (…12家,其中10家在原特区外) takes the count's name with the
   place; a clause before 的 joins the noun after the number (省政府下达我市的18271套保障房). Two
   figures of one name, unit and year in sentences of one paragraph are named by the work each
   sentence opens with (推进学前教育普及普惠发展,…新增学位5万个). A name the sentence does not
   write as one phrase gets name_composed: true.
6. **Value, unit, comparator.** The value is the number; a range keeps value and comparator
   empty. as_written is the verb, number, unit and trailing words (保持在90%以上, 不低于城乡
   最低生活保障标准的1.3倍); the comparator is read from those words
   (generator.sitemodel.values.stated_comparator); 至少 holds for a whole list (至少建设1所A和1个B)
   and for the count a verb phrase after it ends in (每年至少向本级人大…专题报告1次).
   由2.6人增加到3.2人 and 从1.84人调整为1.88人 make the first the baseline and the second the
   target. ≥ and ≤ before a number are its comparator.
7. **Words only.** A target clause with a year and no number that says 全覆盖, 应保尽保, 稳定增长,
   全部达到, 基本实现 or 基本完成 is kept as words, value empty; 动态清零 and 高于/不低于全省平均水平
   need no year. A clause that opens with a call to work towards it (加快…全覆盖, 推进…建设全覆盖)
   states a task, not a target.
8. **Once.** A target stated again (主要目标 and its chapter, a 专栏 box and its section, the text
   and the table) is one indicator: see generator.importer.restated. A number a news headline gives
   and its body states again is the body's (generator.importer.draft.restated_in_body).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from generator.importer.phrases import (
    FORM_PLACEHOLDER,
    INTRO,
    LIST_NUMBER,
    LIST_SIZE,
    MEASURE_END,
    NOT_A_NOUN,
    NUM,
    PER_YEAR,
    SHARE_AFTER,
    TASK_OF_SHARE,
    UNITS,
    Quantity,
    complete_parts,
    counted_unit,
    listed_noun,
    name_after,
    name_before,
    quantities,
    split_subjects,
    standard,
)
from generator.importer.years import (
    COMPARED,
    COMPLETED_BY,
    FUTURE,
    LAST_YEAR,
    MET_GOAL,
    PAST,
    PERIOD_ENDS,
    PLAN_SPAN,
    PLANNED_THEN_DONE,
    REPORTED,
    SPAN,
    TARGET_YEAR,
    THIS_YEAR,
    WORKS,
    YEAR,
    dated_year,
    just_past,
    last_year,
    looks_ahead,
    past_marker,
    report_then_target,
    results_then_targets,
    sentence_year,
    this_year,
)
from generator.sitemodel.values import stated_comparator

Told = tuple[int | None, str | None]  # (year, period) a sentence reports on


# 计划基本建成2.26万套,实际建成3.82万套,完成年度计划的169%: a plan told beside its result looks nowhere ahead
PLAN_RESULT = re.compile(r"完成(?:年度|全年)?计划的\s*\d")


def so_far(sentence: str, past: Told | None, report: Told | None, bare: bool) -> tuple[Told | None, Told | None]:
    """A report (前三季度共实现…；…达到100%；…已完工66所。, 超额完成任务的已有10项:…完成率200%；…) goes
    on over the ；-parts of its sentence that name no year (`bare`; not the target a result is told
    against) and do not look ahead: (the part's past, the report the next part carries). A bracket
    after a result that gives the task it was set (…改造(省定民生实事任务70户)) is a target."""
    if TASK_GLOSS.match(sentence):
        return None, None
    told = sentence.replace("计划", "") if PLAN_RESULT.search(sentence) else sentence
    if past is None and report is not None and bare and not sets_ahead(told):
        past = report
    if past is not None:
        report = past
    elif sets_ahead(sentence):
        report = None  # (…13万多人,|下半年要确保…18万人,力争突破20万人;|…都要建立1-2个…: the report stops)
    return past, report if re.search(r"[；;，,]\s*$", sentence) else None  # (，: a part split off)


# (…就业形势.一季度,…: a stop typed as . between words ends a sentence too)
_STOP = r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])"
SENTENCE = re.compile(rf"(?:(?!{_STOP})[^。；;!！?？])+(?:[。；;!！?？]|{_STOP})?")
CLAUSE = re.compile(r"[^，,]+[，,]?")
PAST_CHAPTER = re.compile(
    r"发展基础|规划背景|编制背景|发展现状|发展环境|现实基础|取得成就|发展成就|回顾|工作总结|面临的形势"
)

TABLE_DEBRIS = re.compile(r"(?:约束性|预期性).*(?:约束性|预期性)")
KIND_IN_BRACKETS = re.compile(r"[(（](?:约束性|预期性)[)）]?")  # 婴儿死亡率(预期性)≤4.2‰: a list, not cells
QUALITATIVE = re.compile(
    r"(应保尽保|动态清零|稳定增长|(?<!健)全覆盖|全部达到|基本完成|基本实现|(?:高于|不低于|超过)全(?:国|省|市)(?:平均)?水平)"
)
STANDING = ("动态清零", "高于", "不低于", "超过")
TASK = re.compile(r"^\s*(?:加快|推进|推动|促进|加强|支持|鼓励|探索|逐步)")  # 加快…全覆盖: a task, not a target


@dataclass
class Entry:
    """One paragraph of plan text, with where it sits."""

    line: int
    text: str
    section: str  # id of its section (or chapter, when the chapter has no sections)
    chapter_title: str = ""
    section_title: str = ""
    end_line: int | None = None
    year: int | None = None  # the year its place gives it (a progress table's year)
    reported: str | None = None  # the time a progress cell reports on (2023年3月份): it sets no target
    item: bool = False  # it opens a row of its own, after the row's number alone on the line before (序号)


@dataclass
class Found:
    name: str
    unit: str | None
    as_written: str
    value: float | None
    comparator: str | None
    year: int | None
    period: str | None
    past: bool
    quote: str
    lines: tuple[int, int]
    baseline: tuple[str, float | None] | None = None  # (as_written, value) of 由2.6人 in 由2.6人增加到3.2人
    upper: float | None = None  # the upper end of a range (35-40张)
    change: bool = False  # a change of what the sentence measured before (比2015年增加25.51个百分点)
    by_model: bool = False  # read as done by the tense model (generator/importer/tense.py), not by the rules


# 由2.6人增加到3.2人, 从1.84人调整为1.88人 (a planned figure changed): what follows the first is the target
BASELINE_AFTER = re.compile(
    r"^\s*(?:的水平)?(?:分别)?(?:(?:增加|提高|提升|增长|下降|降低|减少|扩大|缩小|降|升|增)(?:到|至)|(?:调整|上调|下调)(?:到|至|为)|(?:提高|提升|增加)为|达到)"
)
# 将从2015年的76.7岁,提高至2020年的78岁: a comma between a starting level and the change to the
# target does not part them (the level stays the target's baseline)
STARTING_LEVEL_BREAK = re.compile(
    # (由现在的家庭年人均收入2800元,提高到3500元: the level's words between 由 and its figure)
    r"([由从]\s*(?:20\d\d\s*年(?:底|末)?的?)?[^\d，,。；;由从]{0,16}?\s*\d+(?:\.\d+)?\s*[^\d，,。；;]{0,6}?)[，,]\s*"
    r"(?=(?:逐步|进一步)?(?:(?:增加|提高|提升|增长|下降|降低|减少|扩大|缩小|上升)(?:到|至)|(?:上调|下调)(?:到|至|为)))"
)
NOT_A_NAME = re.compile(
    r"^[\d.%％、，,\s]+$|^(?:不少于|不低于|不超过|不高于|以上|以下|以内|左右|超过|达到)|^\d+项(?:目标|指标)"
    r"|^(?:其中)?(?:今年|明年|当年|年内)?(?:计划|预计|拟|将)$"  # 其中今年计划新增2000张: what the clause before named
    r"|^(?:今年|明年|后年)$"  # (…新建幼儿园16所,)明年(新建10所): the time of a count of what the clause before named
    r"|(?<![存所实])[在以将对为把]$|以下简称"  # 项目将在, 州里以, (以下简称…): words around a name
    r"|^(?:分别)?(?:提高|提升|增加|上调|调整)(?:到|至|为)\s*(?:20\d\d\s*年(?:底|末)?的?)?$"  # (…元)提高到2023年(2017元)
)
BRACKET_ONLY = re.compile(r"[(（][^()（）]*[)）]")  # 1250套(户): another unit, not the thing counted
DURING = re.compile(r"[“\"]?(十[一二三四五六七八九]五)[”\"]?(?:时期|期间)")
TOPIC = re.compile(
    r"(?:实施|开展|推进|推行|进行)([\u4e00-\u9fff]{2,12})[，,]?\s*$"  # 实施适老化改造，(…完成80%以上)
    r"|(?:^|[，,])\s*(?:全省|全市|全县|全区)?([\u4e00-\u9fff]{2,12}?(?:人数|数量|规模|总量|率|比例|比重|寿命|年限))"  # 城镇新增就业人数持续上升，(累计达…)
    r"(?:持续|稳步|不断|逐年|大幅)?(?:上升|增长|增加|扩大|提高|提升)[，,]?\s*$"
)
# 每个乡镇配套综合健身场馆(不少于4个体育项目): a count inside a bracket after the thing it is of
BRACKET_OPENED = re.compile(r"([\u4e00-\u9fff]{2,12})[(（][^()（）\d]*$")
SHARE_PREDICATE = re.compile(r"^(?:合格|达标|满意|覆盖|通过)(?=[，,。；;…]|$)")
# 50%的乡镇(街道)建有老年学校: the share of places that have what the words after them say
SHARE_HAVING = re.compile(
    r"^(?P<whose>(?:[^，,。；;、的(（]|[(（][^()（）]{1,8}[)）]){2,12}?)(?:都|均|全部)?(?:要|须|应)?"
    r"(?P<what>(?:建有|建成|设有|设立|建立|具备|配备)[^，,。；;]{2,})$"
)  # 70%以上的县(市、区)设有…, 70%以上的乡镇(街道)都要建立…: a place and its parts, the must before the verb
# 新增2个乡镇(街道)建有托育机构: a count of places that have a thing (建有托育机构的乡镇(街道)), as a share of
# them is counted; not 126所将于…建成并投入使用, a count of works and when they are done
HAVING = re.compile(r"建有|设有|具备")
# 10个(每个街道1个)老年人助餐点, 1万名65周岁以上常住居民: an aside or an age between a count and its noun
ASIDE = re.compile(
    r"^\s*(?:[(（][^()（）]{1,12}[)）]|\d+\s*(?:[-—~～至到]\s*\d+\s*)?周?岁(?:及)?(?:以[上下])?的?)\s*(?=[\u4e00-\u9fff])"
)
HEADING_LINE = re.compile(
    r"^\s*[^。，,；;:：!！?？、]{4,24}\s*$"
)  # 计划2015年开园招生的公办幼儿园: a heading, no sentence
# the year a paragraph opens with: 到2025年, after a goal's lead (——…提升。到2023年) or the words
# that introduce a plan's goals (实施方案提出,到2020年)
PARAGRAPH_YEAR = re.compile(
    r"^\s*(?:——[^。\d]{1,30}。|[\u4e00-\u9fff]{1,8}(?:提出|明确|要求|指出)[，,:：]?)?\s*(?:[到至]\s*)?(20\d\d)\s*年(?!\s*\d{1,2}\s*月)"
)
# 【基本公卫服务项目建设】2020年,吉阳区…: a paragraph (a yearbook's entry, after its heading) that opens on a year
OPENED_ON = re.compile(r"^\s*(?:【[^】]{1,24}】)?\s*(20\d\d)\s*年\s*[,，]")


def dated_by_opening(found: list[Found], lines: list[str]) -> None:
    """The year a paragraph opens on (2020年,吉阳区逐步完善…。(1)居民健康档案建档率达98.43%;…) dates the
    past figures of its sentences that name no time of their own (read so by the rules or the tense
    model), where it sets no target for that year."""
    for n in {f.lines[0] for f in found}:
        opened = OPENED_ON.match(lines[n - 1]) if 0 < n <= len(lines) else None
        here = [f for f in found if f.lines[0] == n]
        year = int(opened.group(1)) if opened else None
        if year is None or any(not f.past and f.year == year for f in here):
            continue
        for f in here:
            if f.past and f.year is None and f.period is None:
                f.year = year


# 1、起步发展阶段(2009—2010年):…: a paragraph that sets a stage's targets, for the stage's last year
STAGE_LEAD = re.compile(
    r"^\s*(?:\d{1,2}\s*[、.．]\s*)?[\u4e00-\u9fff]{0,10}(?:阶段|时期)\s*[(（]\s*20\d\d\s*年?\s*[-—–至到~～]\s*(20\d\d)"
)
# a sentence that opens with this year's work (今年,我市将…; not 今年是…第二年, 今年以来)
THIS_YEARS_LIST = re.compile(r"\s*今年的?[^，,。；;\d]{0,6}(?:\d+件|\d+项)?(?:民生)?(?:实事|项目)")


def issued_year(sentence: str) -> int | None:
    """The year a task issued is for, named before it (2018年国家下达河北省的…任务为…), whatever the text's."""
    issued = ISSUED_TASK.search(sentence)
    year = YEAR.search(sentence[: issued.start()]) if issued else None
    return int(year.group(1)) if year else None


# 今年我市农村危房改造任务共322户, 今年全省招师任务共6000名: this year's task, told before its progress
THIS_YEARS_TASK = re.compile(r"(?:今年|本年度?)[^，,。；;\d]{0,24}?任务(?:数|总数)?(?:共|为|是)?\s*\d")


def sets_ahead(sentence: str) -> bool:
    """Whether a sentence looks ahead (looks_ahead), opens this year's list (今年的20件实事项目…) or
    tells a task issued (省下达年度…任务3557套: ISSUED_TASK) or this year's (THIS_YEARS_TASK), no part of a
    report before it."""
    return bool(
        looks_ahead(sentence)
        or THIS_YEARS_LIST.match(sentence)
        or ISSUED_TASK.search(sentence)
        or THIS_YEARS_TASK.search(sentence)
    )


def carried_on(
    sentence: str, own: int | None, past: Told | None, opens: bool, carried: int | None, issued: bool
) -> tuple[int | None, bool]:
    """(the year the next ；-part takes, whether that part goes on with a task issued): the year a
    sentence opens with holds for its ；-parts (OPENING_YEAR, LEAD_YEAR, THIS_YEAR_HEADS), and so does the task it
    issues: 2018年国家下达…任务为棚改开工23万套,基本建成6.5万套;全省…分配率达到90%,发放租赁补贴3万户."""
    if not re.search(r"[；;]\s*$", sentence) or past is not None:
        return None, False
    heads = THIS_YEAR_HEADS.match(sentence) or TARGETS_LISTED.match(sentence)
    year = own if opens or carried is not None or heads else None
    return year, year is not None and (issued or bool(ISSUED_TASK.search(sentence)))


# 据统计,…。省民政厅有关负责人表示,2023年,我省将…。…确保困难老年人月探访率达到100%: who tells what the year
# ahead holds, then its figures in the sentences after
SAID_AHEAD = re.compile(r"^[^。，,；;\d]{0,16}?(?:表示|指出|介绍|透露|获悉|称)[，,:：]\s*20\d\d\s*年\s*[，,]")


def said_ahead(sentence: str, own: int | None, past: Told | None, opening: int | None) -> int | None:
    """The year the rest of a paragraph takes: that of a sentence in it that tells, after who says it,
    what a year ahead holds (SAID_AHEAD); else the year it opened with."""
    ahead = own is not None and past is None and SAID_AHEAD.match(sentence) and FUTURE.search(sentence)
    return own if ahead else opening


# (我市,今年…; 同时,今年…: a short lead and its comma before the 今年 that opens a sentence)
SHORT_LEAD = r"^\s*(?:[\u4e00-\u9fff]{1,4}[，,])?"
# …目前已落实554名。同时,今年的…招录招聘人数约2.2万人; 今年是我省实施…计划的最后一年,…安排…500所: a sentence
# that opens on this year tells of it, the report before it (目前, 截至…) does not go on (not 今年疫情以来)
THIS_YEAR_OPENS = re.compile(SHORT_LEAD + r"今年(?:的|是|[，,])(?![^，,。；;]*以来)")

# 同时,江苏今年将加强…;推出…,改造提升120个…; 今年,在…中,全市计划…19所;筹集资金约1.3亿元…: this year that heads a
# sentence, after a short lead and its subject, holds for its ；-parts as 2018年, does (LEAD_YEAR)
THIS_YEAR_HEADS = re.compile(
    SHORT_LEAD + r"[\u4e00-\u9fff]{0,6}?今年(?![^，,。；;]*以来)(?:[，,]|[\u4e00-\u9fff]{0,4}?(?:将|要|计划|拟))"
)
# 报告显示,吉林省2026年经济社会发展主要预期目标是:…增长3.7%;新能源产业产值增长8%以上…: the year of the targets a
# colon lists holds for its ；-parts
TARGETS_LISTED = re.compile(r"^[^。；;：:]{0,30}?20\d\d\s*年[^。；;：:，,]{0,20}?(?:目标|任务)(?:是|为)?\s*[：:]")
THIS_YEAR_LEAD = re.compile(r"\s*(?:今年|年内)[，,]?[\u4e00-\u9fff]{0,4}?(?:将|要|计划|拟)")
# 到2015年,岛内规划建设34所幼儿园…。其中,思明区建设幼儿园17所…: a sentence that opens with 其中 parts out
# the figures of the sentence before it, and takes its year
PART_LEAD = re.compile(r"^\s*其中\s*[，,:：]")
# 其中,…南宁市(12007套)…, 其中保华镇2户10人: the parts of the sentence before, whatever follows 其中
PARTS_OF = re.compile(r"^\s*其中(?!的)")
# …今年将建成保障性住房12050套…。此外,乌鲁木齐还将建设农村安居富民房8680套: a sentence that goes on with more
# works of the same time (此外, 另外, 同时, then 还将) takes the year of the targets of the sentence before
# (”…负责人表示,届时将投入运营校车100辆: 届时, the time the sentence before named)
GOES_ON = re.compile(
    r"^\s*(?:此外|另外|同时)[，,]?[^。；;，,]{0,12}?(?:还将|还要|也将|还计划)"
    r"|^\s*[”\"]?(?:[^。；;，,\d]{0,16}?(?:表示|介绍|说|称)[，,:：]?)?\s*(?:届时|屆時)"
)
# 据了解,2018年国家下达河北省的…任务为棚改开工23万套…;全省…分配率达到90%,发放租赁补贴3万户: a year that
# opens a sentence with no comma after it holds for its ；-parts as 2018年, does (OPENING_YEAR); not where the ；
# falls inside a bracket the part leaves open (…有3项(提升…水平;…)
LEAD_YEAR = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,4}[，,])?\s*20\d\d\s*年(?![底末前以内度\d])(?=[\u4e00-\u9fff])(?!.*[(（][^)）]*$)"
)


THIS_YEARS_SENTENCE = re.compile(
    SHORT_LEAD + r"(?:[\u4e00-\u9fff]{0,4}?(?<![是从自在]))?今年(?!以来|起|[前上下一二三四五六七八九十\d])"
)


def this_years(sentence: str, written: int | None) -> int | None:
    """The year of a sentence that opens on 今年 with no word that looks ahead (据了解,今年,漳州全市新开工建设幼儿园
    32所,其中…17所; 今年安排建设敬老院5所): the year the text is written in, for every figure it states (not
    该项目是今年…重点项目,项目总投资…: 今年 qualifies another clause; not 从今年起: a level from then on)."""
    return written if THIS_YEARS_SENTENCE.match(sentence) else None


# 今年,吉林省将…建成助老餐厅和助餐点1300个,并在2025年底前实现…覆盖60%的街道; 今年除了继续推进15个续建项目,…,
# 到2020年完成…53所: a sentence that opens on this year and names a deadline only in a later clause
THIS_YEAR_FIRST = re.compile(SHORT_LEAD + r"今年(?!以来|是|[前上下一二三四五六七八九十\d])[^。；;，,]*[，,]")


def this_year_first(sentence: str, own: int | None, written: int | None) -> int | None:
    """The year of a sentence that opens on this year (THIS_YEAR_FIRST): its clauses up to the one that
    names a deadline are this year's, that clause on takes its own (see _sentence)."""
    lead, deadline = THIS_YEAR_FIRST.match(sentence), TARGET_YEAR.search(sentence)
    if own is None or lead is None or deadline is None or deadline.start() < lead.end():
        return own
    return this_year(sentence, written)


def _headed(sentence: str, own: int | None, carried: int | None, heading: int | None) -> tuple[int | None, int | None]:
    """(the sentence's year, the heading year): 今年,我市将全力以赴做好…工作。将…培训残疾人2500名: the
    tasks that follow a sentence that opens with 今年 and states no figure are this year's."""
    if own is not None and THIS_YEAR_LEAD.match(sentence) and not re.search(r"\d", sentence):
        heading = own
    if own is None and carried is None and heading is not None and not LAST_YEAR.search(sentence):
        own = heading
    return own, heading


YEARLY_LIST = re.compile(r"(?:每年|年均)[^，,；;。累共总]*[、]")  # 每年A…、B…: 每年 holds for the items listed after it
# 平均每年实现…2800人以上,促进…320人以上,促进…370人: the clauses after it that only add counts of
# their own (a verb, a noun, a count; no year, total, share or level) are yearly too
YEARLY_RUN = re.compile(r"^[^，,；;。\d]{0,12}?(?:平均)?(?:每年|年均)")
YEARLY_TOO = re.compile(
    r"^(?![^\d]*(?:累计|共|总|合计|达到|占))[\u4e00-\u9fff]{2,20}\d+(?:\.\d+)?\s*(?:万)?(?:人次|人|户|个|家|所|名|场|次)(?:以上)?$"
)
QUOTED_INDICATOR = re.compile(r"[“\"]([^”\"，,。；;]{2,30})[”\"]\s*指标")
BACK_REFERENCE = re.compile(r"(?:这一|该|此项|这项|这个|上述)指标")


def year_span(sentence: str) -> tuple[int, int] | None:
    """(first, last) of a span of years the sentence names: 2015年至2020年."""
    m = SPAN.search(sentence)
    return (int(m.group(1)), int(m.group(2))) if m else None


WHEN_QUALIFIER = re.compile(r"(?:在|于)?\s*20\d\d\s*年(?:\s*(?:至|到|—|-|–)\s*20\d\d\s*年)?(?:间|期间)?\s*[，,]?\s*$")


LEVEL_OF = re.compile(r"^的([\u4e00-\u9fff]{2,12}?(?:率|比例|比重|占比))(?=每年|年均|逐年|[降升提增下减])")


def level_of(q: Quantity, before: str, after: str, qs: list[Quantity]) -> tuple[str, str, float | None, int] | None:
    """(name, as_written, value, end) of a share that states the level a rate starts from, when the
    clause then states the rate's change: 儿童青少年达52.7%的总体近视率每年降0.5%以上."""
    m = LEVEL_OF.match(after)
    if not m or q.unit != "%" or not any(other.start > q.end for other in qs):
        return None
    name, verb = name_before(before)
    return name + m.group(1), (verb + q.text).strip(), q.value, q.end + m.end()


def subject_only(clause: str) -> str | None:
    """A clause that only names a measure (中国人均预期寿命在2015年至2020年，): the subject of the
    figures the next clause gives without one (从76.34岁提高至77.93岁)."""
    name = INTRO.sub("", WHEN_QUALIFIER.sub("", clause)).strip(" ，,、")
    return (
        name if 2 <= len(name) <= 16 and MEASURE_END.search(name) and re.fullmatch(r"[\u4e00-\u9fff]+", name) else None
    )


CHANGE = re.compile(
    r"(?:(?:比|较)[^，,、]{1,12}?|(?<![由从]))(?:增加|增长|提高|提升|下降|降低|减少)(?!到|至)了?$|(?:高于|低于)[^，,、\d]{2,16}$"
)
# 到2015年，A；B。 and 一是…,如2023年,A;B: a year that heads its clause holds for the ；-parts after it
OPENING_YEAR = re.compile(r"(?:^|[，,])\s*(?:如|在)?\s*(?:[到至]\s*)?20\d\d\s*年(?:底|末)?(?:前)?\s*[，,]")
PARALLEL = ("城市", "城镇", "农村", "乡村", "牧区", "城区", "山区", "男性", "女性", "小学", "初中", "高中")
LEVEL_VERB = re.compile(r"(?:达到|达|为|增至|提高到|提升到|增加到|增长到)$")
# 养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村: the service whose cover the shares measure (a long one
# too: 在2025年底前实现综合嵌入式社区居家养老服务中心覆盖60%的街道, its lead left out by INTRO)
COVERING = re.compile(r"^(?:.*[，,；;])?([^，,；;]{2,30}?)覆盖(?!率)")
# 平均每年实现新增就业(44万人以上), 全市每年…, 重庆每年还将培训…: a yearly rate
# (and 年培训…20万人次: a count a year)
YEARLY_NAME = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:平均)?(?:每年|年均)|^年(?:培训|招生|接待|举办|新增)|年均(?:增速|增长率?|增幅|递增)$"
)  # …人均可支配收入年均增速: a yearly rate, whatever it measures
# a line that opens with a year and ends with a colon introduces the rows after it
# (not a page's date line: 2015年01月23日 来源:)
INTRODUCING_YEAR = re.compile(r"^\s*(?:[到至]\s*)?(20\d\d)\s*年(?!\s*\d{1,2}\s*月)[^。；;]{0,30}[:：]\s*$")
# 现将…承办的2022年“…”项目工作完成情况公示如下:, 现就建立2010年…目标责任制的有关事项通知如下: a notice's
# lead that names the year of what it sets out below (not the year of a document it cites: 《…2021年…》)
SET_OUT_YEAR = re.compile(r"现[将就][^。；;《》]{0,40}?(20\d\d)\s*年[^。；;《》]{0,50}如下\s*[:：]\s*$")
# a bracket after a figure that tells where it stands now or stood in a year: 5.0‰(目前8.1‰)
# or the task it was set, after what was done: 完成74户…无障碍改造(省定民生实事任务70户)
TASK_SET = r"[^()（）\d]{0,12}(?:任务|目标)(?:数|为|是)?\s*\d[^()（）]*[)）]"
TASK_GLOSS = re.compile(rf"[(（]{TASK_SET}")
GLOSS = re.compile(
    r"(?<=[\d%‰])[^\d(（)），,。；;]{0,4}([(（])"
    r"(?=(?:目前|当前|现在|截至|20\d\d\s*年|[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|末))[^()（）]*\d[^()（）]*[)）])"
    rf"|([(（])(?={TASK_SET})"
)


# the population of an age group, or its share: what a plan foresees, never what it sets
AGE_GROUP = re.compile(r"\d+岁及以上(?:老年)?人口(?:占[^，,。；;]{0,10}(?:比重|比例))?$")
# 北京市老年人口将达到500万人, 新出生人口486万人: the count, foreseen
OLD_POPULATION = re.compile(r"(?:\d+岁及?以上|老年|老龄|出生)人口$")
SHARE_OF = re.compile(
    r"^(?:约|大约)?(?:占|为)([^，,。；;的\d]{2,12})的\s*$"
)  # 占常住人口的(15.59%), (新增城镇就业66289人,)为任务的(116.3%): a share of the thing just measured
AMONG = r"(?<![高初集])中$"  # 18271套保障房中,(…11500套): among them, no part of the name
# 其中10家在原特区外: where a part of a count is
PLACE_AFTER = re.compile(r"^\s*(?:位于|在)([\u4e00-\u9fff]{2,10})\s*$")
# the work a sentence opens with: 推进学前教育普及普惠发展,(…新增学位5万个)
WORK = re.compile(r"(?:推进|实施|开展)([\u4e00-\u9fff]{2,12})[，,]")


AT_LEAST_BEFORE = re.compile(r"(?:至少|不少于|不低于|不小于)[^，,。；;\d]{2,20}$")
# 孕产妇死亡率、婴儿死亡率持续控制在8.5/10万和5‰, 不低于22%和30%: a bound on a bare value (no noun after
# it) that the bare values listed right after it take too (not 不少于4个托育园、280个托位: a count and its noun)
BARE_BOUND = re.compile(r"控制在|不低于|不少于|不高于|不超过")
# 分别保持在3‰、4‰和5‰以下: the ceiling after the last value of a run shared out by 分别 holds for
# each (a floor so placed is read with the last value only: 分别达到50.2万人、53万人以上, as the
# committed plans and the keys that say which read it)
SHARED_OUT = re.compile(r"分别[^，,。；;]*$")
SHARED_BOUND = re.compile(rf"^(?:\s*[、和及与]\s*{NUM}\s*(?:{UNITS})?)+\s*(?P<bound>以下|以内)(?!\s*[、和及与]\s*\d)")
# 失业率保持在5.5%左右的合理区间: the words after the value describe the level, not what is measured
LEVEL_AFTER = re.compile(r"^的?(?:合理|较低|较高|适度|正常|稳定)?(?:区间|水平|范围)(?![\u4e00-\u9fff])")
# 同比增长14.7%, 比年初回落1.7个百分点: a change on the same time the year before or on the year's start,
# which only a result is told by (where the sentence looks nowhere ahead but for 预计实现…, an estimate
# of the time reported; not 比去年提高20元, a list's standard raised)
YEAR_ON_YEAR = re.compile(
    r"(?:同比|[比较](?:年初|上年同期|去年同期))(?:分别)?(?:增长|下降|提高|减少|增加|上升|降低|回落)"
)
# …工作整体进度已完成年度目标任务的55%: the share of a task done so far
DONE_SHARE = re.compile(
    r"已(?:经)?完成[^，,。；;]{0,16}?目标任务的\s*\d"
    r"|完成了?(?:全?年度?|全年)(?:目标)?(?:计划|任务)的?\s*\d|超过(?:全?年度?)?计划\s*\d"  # 完成年计划的107.32%, 超过计划0.69个百分点
    r"|超(?:额完成)?(?:全?年度?)?(?:目标)?任务\s*\d"  # 农村低保对象月人均补差70元,超任务5元
    r"|[高低]于[^，,。；;\d]{0,6}?目标\s*\d|比(?:年度)?目标[^，,。；;\d]{0,6}?[高低]\s*\d"  # 高于省年度目标4.5个百分点
    r"|(?:占|(?<=[，,])为)(?:全?年度?|全年)?(?:目标)?任务(?:数)?的\s*\d"  # 再就业30.3万人,占目标任务的137.7%, …,为任务的116.3%
    r"|工程(?:量)?完成\s*\d+(?:\.\d+)?\s*%(?!以上)"  # 清水溪两溪花谷整治工程完成70%: how far a work is
    # 完成计划的111.4%, 分别完成2010年民生计划任务的220%, 超出计划目标38.8%, 比年初计划的多完成了49.59%, 比目标控制指标低
    # 1.62个百分点: a result against its plan
    r"|(?:完成|超出|超过|高于|低于)[^，,；;\d]{0,12}?(?:计划|任务|目标)[^，,；;\d]{0,4}?\s*\d+(?:\.\d+)?\s*(?:%|个百分点)"
    r"|(?:计划|任务|目标)[^，,；;\d]{0,6}?(?:超出|多完成了?|低|高)了?\s*\d+(?:\.\d+)?\s*(?:%|个百分点)"
)
# a clause that still looks ahead (确保完成…任务的100%, 11月底前完成…目标任务的100%), where its sentence's other words may
# name a plan (…民生计划任务的220%)
SHARE_AHEAD = re.compile(r"力争|争取|确保|将|预计|(?:底|末)前")
# 城乡居民人均可支配收入28204.9元、9106.3元,增长8.1%和11%; 达到14976元、增长13.9%: a level and its growth on
# the year before, as a report gives them (a plan gives the level to reach, or the growth a year: 年均增长)
LEVEL_GROWTH = re.compile(r"\d\s*(?:万|亿)?[\u4e00-\u9fff/]{0,3}\s*[，,、]\s*(?:分别)?(?:增长|下降)\s*\d")
# 贵州十件民生实事包括建设100所…, 今年省政府下达我市的18271套保障房中: the tasks a report is told against
# 2018年国家下达河北省的…任务为棚改开工23万套; 2019年省政府下达淮安市…11300套…的目标任务; 省下达年度…任务3557套:
# a task issued for a year, its figures that year's targets (not 完成国家下达任务的103.3%, a share done)
ISSUED_TASK = re.compile(
    r"下达[^，,。；;\d]{0,16}?任务(?:为|是)"
    # (已接近年初下达的15万人的目标任务: a result told against the task, not the task issued)
    r"|(?<!接近)(?<!接近年初)(?<!超过)(?<!超过年初)下达[^，,。；;]{0,30}?\d[^，,。；;]{0,24}?的(?:年度)?目标任务"
    r"|下达的?(?:年度)?[^，,。；;\d]{0,12}?任务\s*\d"
)
TASKS_TOLD = re.compile(
    WORKS
    + r"(?:项目)?(?:包括|是|为|分别是)[:：]?|下达(?:给)?(?:我|全|本)[市省县区]的|"
    + ISSUED_TASK.pattern
    # (该县文化民生工程共有…三个大类,包括免费开放1个文化馆…: the works, by kind, then what they hold)
    + "|"
    + WORKS
    + r"(?:项目)?[^，,。；;\d]{0,30}[，,]\s*包括"
)
# …。目前,…; …。该项目已完成。; …。截至6月底,…: the sentence after a task, telling how far it has come
PROGRESS_AFTER = re.compile(r"\s*(?:目前|截至目前|截止目前|截至\s*\d|截至\s*20\d\d|该项目|該項目)")
ALREADY_DONE = re.compile(r"已|累计|累計")
ALL_DONE = re.compile(r"[^。；;]*已(?:经)?(?:基本|全部)(?:完成|完工|竣工|建成)")
DONE_WORD = re.compile(r"已|完成|建成|实现|累计|竣工|完工|投用|投入使用")
# 新一轮20项民心工程出台,包括…: a list of works issued (not one done): the paragraphs after it are its works
ISSUED_LIST = re.compile(
    r"(?:民心工程|民生实事|实事项目|民生工程|惠民实事)[^。，,；;]{0,8}?(?:出台|出炉|公布|发布|确定|敲定|印发)(?!.*(?:已|完成|建成|竣工|进展|成效))"
)
# 3.新辟公交线路10条, 二、解决6万人…, (三), 实事二:: an item numbered anew
LIST_LEAD = re.compile(r"如下\s*[:：]?\s*$")  # 具体情况如下: the items after it tell what the lead tells
# 1.兴隆县第一中心小学,建设面积…: an item named by what it is about (see _listed_under)
NAMED_ITEM = re.compile(r"^\s*\d{1,2}\s*[、.．](?!\d)[^，,。；;:：\d]{2,30}[，,:：]")
NEW_ITEM = re.compile(
    r"^\s*(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|实事[一二三四五六七八九十\d]{1,3}\s*[:：])"
)
# 已完成投资额…, 其中已完工的小区39: what is done by then; 慢性病已占…总负担的70%以上: the state now
DONE_CLAUSE = re.compile(
    r"^\s*(?:其中)?[\u4e00-\u9fff]{0,4}?(已(?:经)?(?:超额)?(?:完成|建成|开工|完工|开展|投入使用|下达|拨付|发放|新增))"
    r"|^[^，,；;\d]{0,16}?(已(?:经)?(?:占|达到?|超过|突破|实现))"
    r"|^[^，,；;\d]*?(已(?:经)?(?:完成|建成|完工|(?:提高|提升|增长|增加|上升|下降|降低|减少)(?:到|至)))\s*\d"
    r"|^[^，,；;\d]{0,12}?((?:共|累计)?(?:收到|接到|征集到|收集到))"
    r"|^[^，,；;\d]{0,12}?(先后(?:达到?|完成|建成|举办|开展|培训|组织|实施|投入|帮助))"
)  # (…疫苗免费接种服务已完成4769人: the clause's one count, done; 人均预期寿命已提高到80.7岁: a level reached;
# 共收到…意见建议179条, 收到2165份有效问卷: what came in, counted; 参训群众先后达1.5万多人: done one after another)
# 267户适老化改造: a count opens the clause; 社区婴幼儿成长驿站185家: a noun and its count, no verb
# 由…卫健委牵头的“新增普惠托位(5580个): the words before a quote the name opens inside
OPEN_QUOTE = re.compile(r"^[^“”]*“(?=[^“”]{2,}$)")
UNCLOSED_OR_LONG = re.compile(r"[(（][^()（）]*$|[(（][^()（）]{12,}[)）]")  # 津贴(每月不少于, (有体育公园、有…)
# 面向…职工和脱贫人口、登记失业人员、…、残疾人等(重点群体开展职业技能培训): the list of whom a long name is for
LISTED_FOR = re.compile(r"^.*、[^、]*等(?=[\u4e00-\u9fff]{4,}$)")
# 15 新开工棚户区改造3670套: an item's number parted from its words by a blank alone (not 3 岁以下…: a count
# the extraction broke from its unit)
BLANK_NUMBER = re.compile(r"^\s*\d{1,2}\s+(?=[\u4e00-\u9fff])(?![岁年月日周天万亿千百个人所家张名户元])")


def clean_name(name: str) -> str:
    """A name without an item's number (3.签约服务费…, 15 新开工…), a bracket the number cut (津贴(每月不少于) or a long
    one that lists what the name means (实现“四个有”(有体育公园、有…)), the words before a quote it opens
    in, or, in a long name, the list of whom it is for; and without the dashes that open an item (——市区…)."""
    name = BLANK_NUMBER.sub("", LIST_NUMBER.sub("", FORM_PLACEHOLDER.sub("", DASH_LEAD.sub("", name))))
    name = OPEN_QUOTE.sub("", UNCLOSED_OR_LONG.sub("", name))
    placed = PLACES_LEAD.sub("", name)  # 在17个乡镇(街道办)硬化道路: the places the work is done in (see where_done)
    name = placed if len(placed) >= 2 else name
    name = BY_RULE_END.sub("", name) if len(BY_RULE_END.sub("", name)) >= 2 else name
    return LISTED_FOR.sub("", name) if len(name) > 24 else name


def classes(q: Quantity, verb: str) -> str | None:
    """可新增45个班: the classes a count in 个班 gives, named by its verb (新增班级)."""
    return BARE_VERB.sub("", verb) + "班级" if q.unit == "个班" else None


# 特困集中供养标准按照(不低于…的80%确定), 小学暂按(27个班…规划): the rule a figure is set by opens after the
# name, no part of it
BY_RULE_END = re.compile(r"(?:暂|将|拟|均|统一)?(?:按照|按)$")
BARE_VERB = re.compile(r"^(?:可|将|拟|计划)|[\s，,]")  # (可新增: 新增)
DASH_LEAD = re.compile(r"^\s*[—－―]+\s*")  # ——县市(含双城区)城市低保标准提高到500元/人月: an item's dashes
PLACES_LEAD = re.compile(
    r"^在[^，,。；;\d]{0,12}\d+个[\u4e00-\u9fff]{1,6}?(?:[(（][^()（）]{1,8}[)）])?(?=[\u4e00-\u9fff]{2})"
)


def part_year(sentence: str, own: int | None, past: Told | None, written: int | None = None) -> int | None:
    """The year the 其中 sentence after this one parts out (see PART_LEAD): its own, where it sets
    targets, is not cut off at a ；, and does not tell its task all done (…项目校500所,已全部完成建设任务
    …。其中:长沙市10所…: the parts are what was done); or this year, where it opens on 今年 with no
    word that looks ahead (今年新建的3.54万套城镇保障房,重点分布在…。其中,新建公租房2.6万套)."""
    done = re.search(r"[；;]\s*$", sentence) or ALL_DONE.match(sentence)
    own = own if own is not None else this_years(sentence, written)
    return own if past is None and not done else None


def sentence_parts(text: str) -> Iterator[tuple[str, int]]:
    """A paragraph's sentences, each cut at its glosses (see glossed): (part, its place in the sentence);
    a form row's value after a full stop is its row's (…物业费(≥**%)。 ≥95%)."""
    text = FORM_VALUE_AFTER.sub(r"\1 ", text)
    return ((part, k) for sm in SENTENCE.finditer(text) for k, part in enumerate(glossed(sm.group(0))))


FORM_VALUE_AFTER = re.compile(rf"({FORM_PLACEHOLDER.pattern})\s*[。；;]\s*(?=[≥≤<>＞＜]?\s*\d)")


# (…,新生儿先心病免费筛查3142人 after 已完成…2804人: a count of people, done too)
BARE_COUNT = re.compile(
    r"^\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]|^\s*[\u4e00-\u9fff“”]{2,16}?\d+(?:\.\d+)?\s*(?:[个家所张户套处名]|人次?)\s*[，,。；;]?\s*$"
)
LAST_YEAR_BASE = re.compile(r"在(去年|上年)[^，,。；;]{0,40}?\d[^，,。；;]{0,40}?的?基础上")
CLAUSE_ON_YEAR = re.compile(r"^\s*(?:[，,；;]\s*)?(20\d\d)\s*年(?!底前|前|以前|之前)")
# 消除了116座, 提升了794公里: a verb's 了 straight before the count it did (not 为了, 除了)
# (《规划》确定了95个项目, 提出了, 安排了: what a text sets, not what was done; 常州和镇江公租房的任务也
# 分别达到了12000套: the size of a task, set)
PERFECTIVE = re.compile(
    r"(?<!任务)(?<!任务也)(?<!任务分别)(?<!任务也分别)"
    r"((?<![为除到])(?!确定|明确|提出|安排|规划|制定|设定|部署|要求|列入|纳入)[\u4e00-\u9fff]{2}了)\s*(?:约|近|共|达)?\s*\d"
)
# 相对于目前的人均1.46平方米(将有提升), 比现在的…: the level now, that a target is compared with
NOW_BASE = re.compile(r"(?:相对于|相对於|相比于?|比|较)\s*(?:目前|现在|当前)的?[^，,。；;\d]{0,8}\d")
# 11个项目工程进展顺利, 正在施工建设52个, 还有3部正在施工, 6项正在抓紧收尾, 451个厢房正在加紧制作, 地铁1号线
# 在建的11座车站中, 正在办理前期手续1处, 施工中5家: work under way, counted as it stands now (not 在建设…)
UNDER_WAY = re.compile(
    r"进展顺利|顺利推进中|正在(?:抓紧|加紧|加快|全力)?(?:施工|建设|推进|实施|改造|收尾|制作|安装|调试|办理)|在建的?\s*\d"
    r"|(?:施工|建设)中\s*\d"  # 正在办理前期手续1处, 施工中5家: where a work stands
    r"|\d+\s*[个所座家处栋套户项条]?\s*(?:主体)?在建\s*(?=[，,。；;]|$)"  # 其余50所主体在建 (not 实施120个在建项目)
)
# a clause's word before its count that sets no standard (每个乡镇都有1所, 各县至少建有1所: a standard,
# not a count of what is)
NO_STANDARD = r"(?:(?!每|各|都|均|至少)[^，,；;\d])"
# 重庆现有226个街道,计划建设…: a count of what exists now, beside what is planned (现有养老机构
# 护理型床位占比达到60% names what a target measures)
EXISTING = re.compile(
    r"(?<![在比较用托])现有\s*\d|^\s*(?:剩余|其余)\s*\d[^，,；;]{0,6}中"  # 剩余8项中: left now
    # 全省约有100万人, 人均住房面积10平方米以下的困难户有1.17万户: how many there are (not 拥有, 建有, 每个乡镇都有1所)
    rf"|^{NO_STANDARD}*?(?<![拥具建设配占享持没只])(?:约|共|还|尚|仍)?有\s*(?:约|近|超过)?\s*\d"
)
# 保定市建有综合型体育场馆45个,其他…744个, 重庆现有养老机构1403个: what a place has now, in a sentence that
# looks nowhere ahead
# (建有体育公园100个以上: a floor set, not a state)
HAS_NOW = re.compile(
    rf"(?:^|[，,；;]){NO_STANDARD}{{0,12}}(?:建有|共有|(?<![在比较])现有(?!基础|水平))[^，,；;。\d]{{0,16}}?\d"
)
SET_LEVEL = re.compile(r"以上|不少于|不低于|达到|超过|突破")
# 前往…、…等4所具有代表性的幼儿园, 深入到虎山镇、港西镇等7个新增…中心实地察看: the places a visit goes to,
# counted as they stand
VISITED = re.compile(r"(?:前往|深入到?|来到|走进|走访了?|赴)[^，,。；;\d]{0,80}等\s*\d")
AS_IT_STANDS = re.compile(rf"{UNDER_WAY.pattern}|{VISITED.pattern}")  # work under way, places visited
SO_FAR = re.compile(
    r"累计|近年来|近几年|(?:[一二三四五六七八九十两\d]+|多|几)年来"
)  # in a sentence that looks nowhere ahead: what was done so far


# 东海街道获评全国…调解组织, 城东中学入列…, 被评为“全国文明校园”, 全市近郊四区排名第一, 居全市第一: an
# honour or a rank received, which only a report tells (not 入选…代表2000人以上, a count to reach, though
# 获评…国家5A级景区 and 排名第3位 count nothing; nor 争取…入选, ahead, nor 你关心的入选了吗?, a question, nor
# 位居全国前列, a plan's goal as often; 通过…验收 is not one: 通过…评估认定的区达到16个 counts a plan's target;
# nor 对被命名为省级示范创业基地的(给予奖励), 凡获评…的: those the rule rewards, a condition)
AWARDED = re.compile(
    r"(?<![对凡])(?:获评|荣获|被评为|被授予|被命名为|入选|入列|获得[^，,。；;]{0,16}(?:奖|称号|表彰|肯定|批示)|获[^，,。；;]{0,6}报道"
    r"|排名第[一二三四五六七八九十]|[居列][^，,。；;]{0,8}(?:第一|首位))"
    r"(?![^，,。；;]*(?<!第)\d(?![\dA]))"
)


def awarded(text: str) -> bool:
    """Whether a paragraph tells an honour or a rank received (AWARDED) in a sentence that looks
    nowhere ahead and asks nothing: a paragraph of a report."""
    return any(AWARDED.search(s) and not looks_ahead(s) and not re.search(r"[?？]", s) for s in SENTENCE.findall(text))


# 报告提到,2025年,槐荫区稳就业促创业,民生基础不断夯实。 / 健康长春建设稳步推进 / 医疗服务体系逐步完善 /
# 民生福祉持续增进。: a lead of no figure that claims what was achieved, as a report's paragraphs open (a
# plan's goal says 更加完善, 进一步提升, or names the year it is reached by: 到2025年)
CLAIM = re.compile(
    r"(?:不断|持续|稳步|显著|明显|大幅|日益|逐步|有效|全面)(?:夯实|增进|增强|提升|提高|改善|加强|优化|完善|推进|深化|扩大|巩固|健全|缓解)"
    r"|(?:显著|明显|大幅)(?:跃升|迸发|进步|改善)|成效(?:显著|明显|初显)|取得了?(?:明显|显著|重大|积极|新的?)?(?:成效|进展|突破|成绩)"
)
# …,健康长春能级进一步提升。: a report's sentence that closes on what rose further (a goal's 进一步 leads)
FURTHER_RISEN = re.compile(r"(?<=[\u4e00-\u9fff])进一步(?:提升|提高|增强|改善|优化|完善)(?=\s*(?:[。！!]|$))")
# 预计2022年达到8.7万亿元, GDP年均增速预计将达到5%: in a report, the estimate of what the time reported reached
REPORTED_ESTIMATE = re.compile(
    r"预计(?:20\d\d\s*年)?(?:全年)?将?(?=\s*(?:达到|实现|完成|超过|突破)|[^，,。；;\d]{2,16}?(?:达到|实现)\s*\d)"
)  # (预计城镇居民人均可支配收入达到22000元以上: what it is reckoned to have reached, its subject between)

# 全省建成100所…;城镇新增就业79.81万人;……截至2024年底,…全面完成, …各类资金1210.82亿元……2023年,江苏…: a news
# lead's figures, closed by an ellipsis and the time they report on
TEASED = re.compile(r"(?:^|。)([^。]*\d[^。]*?)(?:…{1,2}|\.{3,6})\s*(?:截至|截止到?)?\s*20\d\d\s*年")


def teased(text: str) -> bool:
    """Whether a paragraph leads with figures closed by …… and the year they report (TEASED),
    looking nowhere ahead before it."""
    m = TEASED.search(text)
    return m is not None and not looks_ahead(m.group(1))


def claimed(text: str) -> bool:
    """Whether a paragraph opens with a claim of what was achieved (CLAIM ends its first sentence,
    which holds no figure but a year), or closes two of its sentences with one (…建设成效初显。…
    “择校热”有效缓解。: a review part whose lead, 更大力度办好民生实事, reads like a task), and looks
    nowhere ahead: no word of a plan's goal (——, 更加, 进一步, 目标, 任务) and no year to reach."""
    first = SENTENCE.match(text)
    lead = first.group(0) if first else ""
    text = REPORTED_ESTIMATE.sub("", text)  # (预计将达到5%: what the time reported reached)
    if re.search(r"\d", YEAR.sub("", lead)) or looks_ahead(text) or TARGET_YEAR.search(text):
        return False
    if re.search(
        r"^\s*[—－-]|更加|进一步|目标|任务", FURTHER_RISEN.sub("", MET_GOAL.sub("", text))
    ):  # (提前两年完成…减排目标: one met)
        return False
    closing = [w for w in SENTENCE.findall(text) if re.search(rf"(?:{CLAIM.pattern})\s*[。；;！!—－]*\s*$", w)]
    return lead in closing or len(closing) >= 2


# 已建成99个…中心,…覆盖率提高到69.8%: a level reached, told after what was done
LEVEL_REACHED = re.compile(
    r"(?:提高到|提升到|增至|增加到|达到|达)\s*\d+(?:\.\d+)?\s*[^\d，,；;。以不]{0,3}(?:[，,；;。]|$)"
)


def goes_on_done(clause: str) -> bool:
    """Whether a clause after one of what is already done (已完成, 已建成) tells of it too: a bare count
    (…,267户适老化改造) or a level reached, where it looks nowhere ahead and sets no floor."""
    if FUTURE.search(clause) or TARGET_YEAR.search(clause):
        return False
    return bool(BARE_COUNT.match(clause) or LEVEL_REACHED.search(clause))


# 一年来,…。预计实现城镇居民人均可支配收入37111元, 预计全省实现旅游总收入…: in a report on the time just
# past, 预计 estimates what it reached, and looks nowhere ahead
ESTIMATED = re.compile(r"预计(?=[^，,。；;\d]{0,4}?(?:实现|达到|完成))")
# 预计2021年浑南区实现…630亿元, in a text of 2021 or after: the estimate of what a year not to come reached
YEAR_ESTIMATED = re.compile(r"\s*预计\s*20\d\d\s*年(?:全年)?[^，,。；;\d]{0,8}?(?:实现|达到|完成)")


def result_told(sentence: str) -> Told | None:
    """A result of no time named (not carried on): the share of a task done (DONE_SHARE) in a
    sentence that looks nowhere ahead, or a change on the same time the year before (YEAR_ON_YEAR)
    in one that looks nowhere ahead but for an estimate of the time reported (预计全省实现…)."""
    if DONE_SHARE.search(sentence) and not FUTURE.search(sentence):
        return (None, "完成情况")
    growth = YEAR_ON_YEAR.search(sentence) or LEVEL_GROWTH.search(sentence)
    if growth and not looks_ahead(ESTIMATED.sub("", sentence)):
        return (None, "完成情况")
    return None


def has_now(sentence: str) -> bool:
    """Whether a sentence counts what a place has now (保定市建有…45个)."""
    return bool(HAS_NOW.search(sentence)) and not SET_LEVEL.search(sentence)


# 创历史新高, 再创新高 (not 创新高地, a hub of innovation): the count before it is a record set
RECORD = re.compile(r"^\s*(?:再|又|均)?(创(?:历史)?新高(?!地)|创历史最高|为历史最高)")


# 4个乡镇还无公办园, 还有22个行政村不通客车: places that still lack something, counted now (not 还有20个项目
# 陆续开建: 还有 adds an item)
STILL_LACKING = re.compile(
    r"\d+[^，,。；;\d]{0,8}(?:还|還|仍|尚)(?:无|無|没有|沒有|未)|(?:还|還|仍|尚)有\s*\d+[^，,。；;\d]{0,10}(?:不|未|没|沒|无|無)"
)
# 增加到目前的46266张: a change that reaches now; 由2008年底的22703张: the level it started from
NOW_REACHED = re.compile(
    r"(?:增加|提高|提升|增长|上升|下降|降低|减少|达|扩大)(?:到|至)(?:目前|现在|当前)(?![^，,。；;\d]{0,4}\d+(?:\.\d+)?\s*倍)"
)  # (增加到目前的1.5倍: a multiple of the level now, a target)
FROM_YEAR = re.compile(r"[由从]\s*(20\d\d)\s*年(?:底|末)?的?\s*\d")


# 目前完工4所, 目前已完成54家: how far the works the clause before counts are done now; that clause the task
WORKS_DONE = r"(?:全部|基本)?(?:完工|建成|竣工|开工|完成)\s*\d"  # (完工4所, 已开工1609户, 已基本建成5567套: a count of works done)
TASK_IN_PROGRESS = re.compile(rf"\s*(?:目前|现已|截至目前)\s*已?{WORKS_DONE}")
TOLD_DONE = re.compile(r"已|累计|完工|竣工")  # (已新建3所,目前完工3所: a clause told done itself stays done)
# 截至4月7日,全市列入省危房改造计划1738户,(已开工1609户): a plan's count, then how far it is done
PLAN_COUNT = re.compile(r"(?:计划|任务)\s*\d")
DONE_NEXT = re.compile(rf"\s*已{WORKS_DONE}")


def task_in_progress(clause: str, following: str) -> bool:
    """Whether a clause gives a task whose progress the clause after it tells (巢湖市新建3所、改扩建1所,
    目前完工4所; 列入省危房改造计划1738户,已开工1609户), and is not told done itself."""
    if TOLD_DONE.search(clause):
        return False
    return bool(TASK_IN_PROGRESS.match(following) or PLAN_COUNT.search(clause) and DONE_NEXT.match(following))


def clause_told(clause: str, past: Told | None, now: int, year: int | None = None, following: str = "") -> Told | None:
    """The time a clause of a sentence that may set targets reports on: the year in a bracket after its name
    (城镇化率（2020年）达到58%: 2020), or now for what exists (现有804个乡镇), what is done or under way (已完成投资额…;
    已占…, in a sentence that sets no year; 正在施工; 前往…等4所), a result against its plan (完成计划的111.4%), the level
    now a target is compared with (相对于目前的…) or a record the clause after says was set (…,创历史新高); else the sentence's."""
    if task_in_progress(clause, following):
        return None  # 巢湖市新建3所、改扩建1所,(目前完工4所): the task whose progress the next clause tells
    if past is not None or ISSUED_TASK.search(clause):
        return past  # (2018年国家下达…任务为棚改开工23万套: the year's task, not what it did)
    if (record := RECORD.match(following)) and not FUTURE.search(clause):
        return None, record.group(1)
    dated = dated_year(clause)
    if dated is not None and dated < now:
        return dated, None
    if base := LAST_YEAR_BASE.search(clause):  # 在去年新建26所公办幼儿园…的基础上: last year's, built on
        return None, base.group(1)
    opened = CLAUSE_ON_YEAR.match(clause)  # …,2023年完成268公里…: a clause on a year before the text's
    if opened and int(opened.group(1)) < now and not FUTURE.search(clause):
        return int(opened.group(1)), None
    perfective = PERFECTIVE.search(clause)  # 2024年又消除了116座…: done, in a clause on no later year
    if perfective and not FUTURE.search(clause) and (year is None or year <= now):
        return (year, None) if year is not None else (None, perfective.group(1))
    done = DONE_CLAUSE.match(clause)
    if done and not FUTURE.search(clause) and (done.lastindex != 2 or year is None):
        # 已完成投资额2569.96万元, 其中已完工的小区39, …服务已完成4769人: what is done by then
        return None, done.group(done.lastindex or 1)
    if DONE_SHARE.search(clause) and not SHARE_AHEAD.search(clause):
        return (year, None) if year is not None else (None, "目前")  # 完成计划的111.4%: the share of a task done
    if STILL_LACKING.search(clause) and not FUTURE.search(clause):
        return None, "目前"  # 除了4个乡镇还无公办园外, 还有22个行政村不通客车: how many still lack it now
    since, reached = FROM_YEAR.search(clause), NOW_REACHED.search(clause)
    if since and not reached and NOW_REACHED.search(following) and int(since.group(1)) < now:
        return int(since.group(1)), None  # 由2008年底的22703张,(增加到目前的46266张): the level it started from
    if reached and not since and not FUTURE.search(clause):
        return None, "目前"  # 增加到目前的46266张: a change that reaches now
    if NOW_BASE.search(clause) and len(re.findall(r"\d+(?:\.\d+)?", clause)) == 1:
        return None, "目前"  # 相对于目前的人均1.46平方米将有提升: the level now a target is compared with
    if AS_IT_STANDS.search(clause) and not FUTURE.search(clause):
        return None, "目前"  # 11个学位建设项目工程进展顺利, 正在施工建设52个: how far the work is now
    return (None, "现有") if EXISTING.search(clause) and not FUTURE.search(clause) else None


# 实现城镇新增就业12314人,完成年目标任务12500人的98.5%; 比年目标任务4%低: in a report, the year's
# target a result is told against
# (完成年度计划(100万)的98%: the plan's figure in brackets)
# 完成全年, 比年…, 控制在全年…, 完成任务(4万人的95.83%): what a result is told against
TOLD_AGAINST = r"(?:(?<![已应])完成(?=任务|目标任务)|(?:完成|比|控制在)(?:全|本|今)?年度?)"
# (占计划安排的108.8%, 完成全年900万人目标的73%, 控制在全年计划任务4.6%之内)
TASK_WORD = r"(?:目标(?:任务)?|(?:计划)?任务|计划)(?:数|安排)?"
YEAR_TASK = TOLD_AGAINST + TASK_WORD
# (完成年度目标(50场)的180%, 完成年度目标(维修改造锅炉146台、供热管网改造40公里)的80.8%)
YEAR_TASK_BEFORE = re.compile(rf"{YEAR_TASK}\s*(?:[(（][^()（）]*)?$")
# (…目标任务的95.17%, 完成全年目标任务32.18%: the share of a task reached)
SHARE_OF_TASK = re.compile(rf"{TASK_WORD}[)）]?的\s*$|完成[^，,。；;\d]{{0,8}}{TASK_WORD}\s*$")
YEAR_TASK_NAME = re.compile(
    rf"{YEAR_TASK}\s*[(（]?(\d[^，,；;()（）]*)[)）]?$"
)  # a share's name: 完成年目标任务12500人 (的98.5%)


# “新增普惠托位5580个,社区婴幼儿成长驿站100家”项目(,已新增…8358个), “为…建设1万套周转房”一项中: a task
# named with its figures; 有2件未达到…进度,分别是“全面实现…”和“全省每个县建成1个残疾人服务中心”: tasks named
# after the report counts them
QUOTED_TASK = re.compile(
    r"“([^“”]{4,80})”(?:项目|工程|任务|目标|这?一项)|(?:分别是|分别为)[:：]?\s*((?:“[^“”]{4,80}”[和、]?)+)"
)
# 未达到序时进度11项、占比20.0%,为…完成投资80亿元、普惠性幼儿园覆盖率达80%…; 进度偏慢的3项分别是:…、4座台站…:
# the tasks a report counts, listed by name after the count
LISTED_TASKS = re.compile(
    r"\d+\s*项(?:[、，,]\s*占比\s*\d+(?:\.\d+)?\s*%)?\s*[，,]?\s*(?:分别)?(?:是|为)\s*[:：]?(?=[^。；;]*、)"
)


# 其中平阳县任务数是11所,已完成5所; “十二五”规划…,规划目标为74.5岁: a figure given as the task or goal
# (全县公办园学位建设任务1467个,实际完成1695个: a building task's count, written straight after it; not
# 已经完成建设任务4139套, a result)
GOAL_IS = re.compile(
    r"(?:任务|目标)(?:数|值)?(?:是|为)\s*[:：]?\s*$|(?:^|[，,；;])(?:(?!完成)[^，,。；;])*建设任务\s*$"
    # (…开工目标任务分别为38.9866万套、0.2234万套和1.9611万套: each of the tasks listed)
    r"|(?:任务|目标)(?:数|值)?分别(?:是|为)\s*[:：]?(?:[^，,。；;]*[、和及与])?\s*$"
)
GOAL_NAMED = re.compile(r"(?:任务|目标)(?:数|值)?(?:是|为)?$")  # (…已完成5所: a result its name ran on to)


def quoted_tasks(found: list[Found]) -> None:
    """Figures inside the quoted name of a task a report tells the progress of are that task's
    targets, not results (…牵头的“新增普惠托位5580个,…”项目,已新增普惠托位8358个), and so are those of
    the tasks a report lists by name after their count (LISTED_TASKS) and those given as the goal
    (GOAL_IS; of the period's end, where the report is on a period)."""
    for f in found:
        at = len(words_before(f))
        listed = any(m.end() <= at for m in LISTED_TASKS.finditer(f.quote)) or bool(
            GOAL_IS.search(words_before(f)) and GOAL_NAMED.search(f.name)
        )
        if f.past and (
            listed
            or any(m.start(m.lastindex or 1) <= at < m.end(m.lastindex or 1) for m in QUOTED_TASK.finditer(f.quote))
        ):
            plan = PAST.search(f.period or "")
            f.year = PERIOD_ENDS.get(plan.group(1)) if plan else f.year
            f.past, f.period = False, None


# 对具备实施条件的(15个轨道站点进行…): a 对 before the number leads to the things worked on; the words
# between qualify them, they are no name of their own
WORKED_ON = re.compile(r"(?:^|[，,:：])\s*(?:拟|将|计划|年内)?对(?!于)[^，,。；;\d对]{2,12}的\s*$")


# 投资2000万元,新建江南休闲主题公园: an investment named by its verb alone, and the work it is for
# (城中区将投资5958万元,完成海绵城市二期建设项目: the place and its 将 before the funds)
FUNDS_ONLY = re.compile(r"^(?:即|计划|[\u4e00-\u9fff]{0,4}[市县区镇]?将)?((?:总)?投资)(?:额)?$")
FUNDED_WORK = r"(?:新建|续建|改建|扩建|改扩建|建设|实施|建成|完成|加快|提升改造|改造提升)"
# (计划投资200万元)在新老社区建设社区健身中心10个, (投资1.63亿元)完成…: the work with no comma before it too
WORK_AFTER = re.compile(
    rf"^\s*(?:[，,]\s*|在[^，,。；;]{{2,30}}?(?={FUNDED_WORK})|用于)?({FUNDED_WORK}[^，,。；;]{{2,24}})"
)


# 总投资13.6亿元的博兴水库将…, 总投资1530.5亿元的158个重点项目: the work the sum is for, after 的 (past
# the count of its parts), up to what is told of it
FUNDS_END = re.compile(r"(总投资|投资)(?:约|达|近)?$")
INVESTED_WORK = re.compile(
    r"^的(?:\d+(?:\.\d+)?[个项件所座处条家]+)*([\u4e00-\u9fff“”]{2,16}?)"
    r"(?=将|已|计划|预计|拟|于|年内|今年|投入|开工|建成|完成|正在|[，,。；;\s(（]|$)"
)


def invested_name(name: str, unit: str, after: str) -> str | None:
    """The name of a sum a work costs, named after the work (总投资13.6亿元的博兴水库 →
    博兴水库总投资)."""
    funds = FUNDS_END.search(name) if unit.endswith("元") else None
    work = INVESTED_WORK.match(after) if funds else None
    return work.group(1).strip("“”") + funds.group(1) if funds and work else None


def funded_works(found: list[Found]) -> None:
    """An investment whose name is its verb alone is named after the work the next clause names
    (投资2000万元,新建江南休闲主题公园 → 新建江南休闲主题公园投资)."""
    for f in found:
        funds = FUNDS_ONLY.match(f.name)
        at = f.quote.find(f.as_written)
        work = WORK_AFTER.match(f.quote[at + len(f.as_written) :]) if funds and at >= 0 else None
        if funds and work:
            # (…社区健身中心10个, …公路40公里): the work's own count or length is left out
            f.name = re.sub(r"\d+(?:\.\d+)?(?:个|公里|处|条)$", "", work.group(1)) + funds.group(1)


# 城市道路畅通工程10个,计划总投资7.26亿元; 筹划安排养老服务项目47个,计划总投资…: a kind of works
# counted, then the sum planned for them all (not 拟签约项目18个,总投资…: a count to reach)
COUNTED_WORKS = re.compile(r"(?:项目|工程)\s*(?:共|共计)?\s*$")
PLANNED_SUM_AFTER = re.compile(r"^\s*[,，]\s*(?:计划|预计)总投资")


def works_summed(found: list[Found]) -> list[Found]:
    """Leaves out the count of a kind of works whose planned sum the next clause gives, or the
    fields it spans: it says what the list holds, not what is to be reached (重大基础设施工程3个,
    计划总投资70.13亿元; 将实施39个具体项目,包括教育、医疗卫生…)."""

    def counted(f: Found) -> bool:
        after = words_after(f)
        summed = COUNTED_WORKS.search(words_before(f)) and PLANNED_SUM_AFTER.match(after)
        return f.unit in ("个", "项") and bool(summed or LIST_SIZE.match(after))

    return [f for f in found if not counted(f)]


# 实施省道提升工程3条,总里程51.4公里; 铺设…供热主管网,全长约4.3公里: a length named by its measure
# alone, of the work the clause before names
LENGTH_ONLY = re.compile(r"^(全长|总长|总长度|总里程|全程)约?$")
LENGTH_OF = re.compile(r"([^，,。；;:：]{2,30}?)(?:\d+(?:\.\d+)?\s*(?:个|条|座|处|段))?[，,]\s*$")


def measured_works(found: list[Found]) -> None:
    """A length named by its measure alone is named after the work before it (实施省道提升工程3条,
    总里程51.4公里 → 实施省道提升工程总里程)."""
    for f in found:
        length = LENGTH_ONLY.match(f.name)
        before = re.sub(rf"{re.escape(f.name)}\s*约?\s*$", "", words_before(f))
        work = LENGTH_OF.search(before) if length else None
        if length and work:
            f.name = BRACKET_ONLY.sub("", work.group(1)).strip() + length.group(1)


def words_before(f: Found) -> str:
    """The words of a figure's sentence before its number, with those its as_written holds
    (…,超额完成110万户: …,超额完成; …,占计划安排的108.8%: …,占计划安排的)."""
    at = f.quote.find(f.as_written)
    return f.quote[: max(at, 0)] + re.split(r"\d", f.as_written, maxsplit=1)[0]


def words_after(f: Found) -> str:
    """The words of a figure's sentence after its as_written ("" where the quote does not hold it)."""
    return f.quote[f.quote.find(f.as_written) + len(f.as_written) :] if f.as_written in f.quote else ""


# …项目73653套,占全省目标任务的106.66%, 漳州市全年新开工15079套,开工率102.33%: the count its share of the
# task or its rate of progress follows
SHARE_FOLLOWS = re.compile(r"^\s*[，,]\s*(?:占[^，,。；;\d]{0,16}|[^，,。；;\d]{0,8}率[^，,。；;\d]{0,3})$")
# 开工率102.33%, 完成投资率为89.53%: a rate of progress, which only a result has
# (not 投资完成率达到50%及以上, 到位率90%以上: a rate to reach, bounded)
RATE_REACHED = re.compile(r"(?:完成|开工|建成|竣工|投资完成|完成投资|到位|入住|分配|兑现|办结)率(?:为|是)?\s*$")


def shares_reached(found: list[Found]) -> None:
    """完成全年23万人目标任务的95.17%: the share of a task reached, a result (the task may be a target),
    as is the count it is the share of, told right before it (新开工…73653套,占全省目标任务的106.66%)."""
    for k, f in enumerate(found):
        at = f.quote.find(f.as_written)
        rate = f.comparator == "=" and RATE_REACHED.search(words_before(f)[-12:])
        told = SHARE_OF_TASK.search(words_before(f)[-16:]) or rate
        reached = at > 0 and told and not FUTURE.search(f.quote)
        if not f.past and f.unit == "%" and reached:  # (将完成全年计划的109.1%: foreseen)
            f.past, f.year, f.period = True, None, "完成情况"
            count = found[k - 1] if k else None
            if count and count.quote == f.quote and not count.past and SHARE_FOLLOWS.match(_between(count, f)):
                count.past, count.year, count.period = True, None, "完成情况"


def _between(f: Found, g: Found) -> str:
    """The words of a quote between a figure and the number of the figure after it."""
    after = words_after(f)
    length = len(words_before(g)) - (len(f.quote) - len(after))  # (where g's number stands, from f's end)
    return after[:length] if after and length >= 0 else ""


# 前三季度共实现(城镇新增就业): the words that tell a result's time and that it was reached
REPORT_LEAD = re.compile(
    r"^(?:前[一二三]季度|上半年|\d{1,2}\s*[—\-–~至到]\s*\d{1,2}\s*月份?|今年以来)?\s*(?:共|累计)?\s*(?:实现|完成)"
)
# 完成全年900万人目标, 超额完成110万户的既定任务目标: a task round the count a result is told against
# (…完成安装100台的年度目标: the task round its count)
# (…4.14%,低于国家4.6%的控制目标; 低于4%以内的预期控制目标; 远超预定的60%的目标; 已接近年初下达的15万人的
# 目标任务: a result told against the figure it stays under, goes beyond or nears)
COMPARED_WORDS = r"(低[于於]|高[于於]|超[过過]|[远遠]超|[优優][于於]|好[于於]|接近)[^，,。；;\d]{0,8}"
COMPARED_AGAINST = re.compile(COMPARED_WORDS + r"\s*$")
TASK_AROUND = (
    re.compile(rf"(?:(?:{TOLD_AGAINST}|完成)[\u4e00-\u9fff]{{0,3}}|{COMPARED_WORDS})\s*$"),
    # (完成全年150万人次培训目标任务的128.8%: the work the task is of between its count and the share done)
    re.compile(
        rf"^\s*(?:以内)?(?:的(?:既定|预定|原定|预期)?)?(?:年度|全年|预期)?(?:控制)?{TASK_WORD}"
        rf"|^[\u4e00-\u9fff]{{1,6}}?{TASK_WORD}的\s*\d"
    ),
)


def tasks_told(found: list[Found], first: int) -> None:
    """…实现城镇新增就业21.89万人,完成全年23万人目标任务的95.17%: the year's task a result is told
    against (found[first:], the targets after the result) counts what the result counts."""
    before, after = TASK_AROUND
    for f in found[first:]:
        at = f.quote.find(f.as_written)
        told = at > 0 and before.search(f.quote[:at]) and after.match(f.quote[at + len(f.as_written) :])
        if told and first and found[first - 1].past and not f.past:
            f.name = REPORT_LEAD.sub("", found[first - 1].name) or found[first - 1].name


def reported_tasks(found: list[Found], reports: int | None, written: int | None) -> list[Found]:
    """The targets of a report on a year gone by that name no year: that year's tasks (去年承诺的15件民生实事
    全完成了, on a page of 2015: 为600个行政村配建(更新)健身器材 is 2014's; 2023年…工作总结: 预计全年…780场)."""
    if reports is None or reports == written:
        return found
    return [dataclasses.replace(f, year=reports) if f.year is None and not f.past else f for f in found]


# 控制在全年计划任务4.6%之内: a result kept within the year's task, a ceiling
KEPT_WITHIN = re.compile(rf"控制在[^，,。；;\d]{{0,4}}{TASK_WORD}\s*$")


def within(f: Found) -> bool:
    """Whether the words after a figure bound it from above (…4.6%之内)."""
    at = f.quote.find(f.as_written)
    return at >= 0 and bool(re.match(r"\s*(?:以内|之内|以下)", f.quote[at + len(f.as_written) :]))


def unit_kind(unit: str | None) -> str:
    """What a unit counts, without its magnitude (万人 → 人, 亿元 → 元): units compared as kinds."""
    return re.sub(r"^[万亿]", "", unit or "")


def result_before(found: list[Found], k: int, unit_of_task: str | None = None) -> str:
    """The name of the result a task is told against: the last one before it in its sentence that
    counts in its unit (…转移就业70.7万人,实现工资收入24.3亿元,转移人数已经完成了全年70万人的任务: 70.7万人's;
    a task inside a share's words, 完成目标任务27万人的97.15%, in the unit it is written in), else the figure
    just before it."""
    unit = unit_kind(unit_of_task if unit_of_task is not None else found[k].unit)
    same = (g for g in reversed(found[:k]) if g.quote == found[k].quote and g.past)
    return next((g.name for g in same if unit_kind(g.unit) == unit), found[k - 1].name)


def year_tasks(found: list[Found], year: int | None) -> list[Found]:
    """The targets a report's results are told against (…12314人,完成年目标任务12500人的98.5%): each a
    target of the year, named as the result before it."""
    before, after = TASK_AROUND  # (…655万人,完成全年900万人目标的73%: the task round its count)
    for k, f in reversed(list(enumerate(found))):
        at = f.quote.find(f.as_written)
        around = at >= 0 and before.search(words_before(f)) and after.match(f.quote[at + len(f.as_written) :])
        share = f.unit == "%" and bool(SHARE_OF_TASK.search(words_before(f)[-16:]))  # (…任务32.18%: no task's count)
        bracketed = at >= 0 and not share and bool(YEAR_TASK_BEFORE.search(words_before(f)[-30:]))
        if f.past and (bracketed or around):  # named as the result before it, or by its own words (in brackets:
            named = bracketed and bool(re.search(r"[(（][^()（）]*[\u4e00-\u9fff]{2}$", words_before(f)))
            # (维修改造锅炉146台); 完成安装100台的年度目标)
            name = result_before(found, k) if k and not named else f.name
            # 低于国家4.6%的控制目标: a ceiling, of the time reported; (“十三五”期间,…超额完成125万人的目标任务: 2020)
            against = COMPARED_AGAINST.search(words_before(f))
            plan = PAST.search(f.period or "")
            when = (f.year if against else None) or (PERIOD_ENDS.get(plan.group(1)) if plan else None) or year
            f.name, f.past, f.year, f.period = name, False, when, None
            f.comparator = ("<=" if against.group(1).startswith("低") else "=") if against else f.comparator
            f.comparator = "<=" if KEPT_WITHIN.search(words_before(f)) and within(f) else f.comparator
        task = YEAR_TASK_NAME.search(f.name) if k and f.past else None
        qs = quantities(task.group(1)) if task else []
        if len(qs) == 1 and qs[0].value is not None:
            q, name = qs[0], result_before(found, k, qs[0].unit)
            found.insert(k, Found(name, q.unit, q.text, q.value, "=", year, None, False, f.quote, f.lines))
    return found


def shared_tasks(found: list[Found], year: int | None) -> None:
    """The year's task a result is told as a share of (…输转务工人员10.83万人,占年任务13.16万人的82.9%): a
    target of the year, named after the result and the task's words (输转务工人员年任务); the result and
    the share stay past."""
    for k, f in enumerate(found):
        told = TASK_OF_SHARE.search(words_before(f)) if k and found[k - 1].quote == f.quote else None
        share = SHARE_AFTER.match(words_after(f)) if told else None
        if told and share:
            result = REPORT_LEAD.sub("", _whole_before(found, k))
            task = re.sub(r"^(?:今|本)年", "", told.group(1)) + (share.group(1) or "")  # (今年 tells the year)
            f.name, f.past, f.year, f.period = result + task, False, year, None


def _whole_before(found: list[Found], k: int) -> str:
    """The result a share is told of: the last figure before it in its unit, or the whole its parts
    (其中…) follow (参保33550人,其中成年居民5441人,学生儿童28109人,占…: 参保)."""
    f = found[k]
    for g in reversed(found[:k]):
        between = f.quote[f.quote.find(g.as_written) + len(g.as_written) : f.quote.find(f.as_written)]
        if re.search(r"[；;]", between):
            break
        if g.quote == f.quote and unit_kind(g.unit) == unit_kind(f.unit) and "其中" in between:
            return g.name
    return result_before(found, k)


# …支持市县打造82家老年食堂,实际投入运营的老年食堂已达118家,完成率为144%; …新增计划1100个停车位,完成投入
# 1008个停车车位,完成年度任务91.63%: the rate the count done makes of the count before it
RATE_DONE = re.compile(r"完成率(?:为|是|达到?)?\s*$|完成(?:年度|全年|本年)?(?:目标)?(?:任务|计划)的?\s*$")


def rated_tasks(found: list[Found], year: int | None) -> None:
    """A count, the count done and the rate of one to the other (完成率为144%: 118 of 82): the first
    is the task the report tells its results against, a target of the year."""
    for task, done, rate in zip(found, found[1:], found[2:], strict=False):
        if not (task.past and done.past and rate.unit == "%" and task.unit == done.unit and task.value):
            continue
        if len({task.quote, done.quote, rate.quote}) > 1 or not RATE_DONE.search(words_before(rate)):
            continue
        if done.value is not None and rate.value is not None and abs(done.value / task.value * 100 - rate.value) < 0.6:
            task.past, task.year, task.period = False, task.year or year, None


# 这三项指标将分别达到45%以上、2.5平方米和92%, 上述指标: the figures the paragraph named before
NAMED_BACK = re.compile(r"^(?:这|上述|以上|前述)[一二三四五六七八九十两\d]*(?:项|个)?(?:指标|目标)$")


def named_back(found: list[Found]) -> None:
    """Values named only as 这三项指标 (…人均体育场地面积达到2.01平方米,经常参加体育锻炼人数比例达到34.7%,…,
    到2035年,这三项指标将分别达到45%以上、2.5平方米…): each takes, in order, the name of the first figure
    before it in its paragraph with its unit that no other has taken."""
    taken: set[int] = set()
    for f in found:
        if not NAMED_BACK.match(f.name):
            continue
        earlier = [(k, g) for k, g in enumerate(found) if g is not f and not NAMED_BACK.match(g.name)]
        match = next(((k, g) for k, g in earlier if k not in taken and g.unit == f.unit and g.lines <= f.lines), None)
        if match:
            taken.add(match[0])
            f.name = match[1].name


def same_target_of(f: Found, g: Found) -> bool:
    """Two figures a reader could not tell apart: one name, unit and year."""
    return (f.name, f.unit, f.year) == (g.name, g.unit, g.year)


def told_apart(found: list[Found]) -> None:
    """新增学位5万个 in one sentence of a paragraph, 新增学位15万个 in the next: two targets of one
    name, unit and year, each named by the work its sentence opens with (新增学位(学前教育普及普惠发展))."""
    targets = [f for f in found if not f.past]
    twins = [f for f in targets if any(same_target_of(f, g) and g.quote != f.quote for g in targets)]
    for f in twins:
        work = WORK.search(f.quote)
        if work and work.group(1) not in f.name:
            f.name = f"{f.name}({work.group(1)})"


def glossed(sentence: str) -> list[str]:
    """A sentence, with a bracket after a figure that gives its level now, in a year or in an earlier
    period (降至25%左右(目前29.3%), 5.3亿人(2014年为3.6亿人), 82.42岁(“十三五”时期,…达到81.52岁))
    read apart: its own years and tense decide what it is; so is a bracket giving the task a result was
    set (…改造(省定民生实事任务70户), see so_far)."""
    m = GLOSS.search(sentence)
    if m is None:
        return [sentence]
    at = m.start(m.lastindex or 1)
    close = re.compile(r"[)）]").search(sentence, at)
    end = close.end() if close else len(sentence)
    return [sentence[:at], sentence[at:end], sentence[end:]]  # the words after it: the third


GOALS = re.compile(r"^(?:主要|发展|总体|规划)?目标$|主要目标|发展目标")


# 总体目标, 年度目标 on a line of its own (a news page's subheading): it opens a section of its own
GOAL_HEADING = re.compile(r"^\s*[\u4e00-\u9fff]{0,6}目标\s*$")


def goal_headed(entries: list[Entry]) -> list[Entry]:
    """The entries, those after a goals heading of their own line (总体目标) given a section that
    the heading opens, so that the year its first paragraph opens with (到2025年,…) holds for them."""
    out, opened = [], {}
    for e in entries:
        if GOAL_HEADING.match(e.text):
            opened[e.section] = (f"{e.section}@{e.line}", e.text.strip())
            out.append(e)
            continue
        section, title = opened.get(e.section, (e.section, e.section_title))
        out.append(dataclasses.replace(e, section=section, section_title=title))
    return out


# (其中,2013年67.81万m2、2014年69.2万m2): a year that stands right before a listed value, and is its own;
# (2005年达1803万元,比2000年的414.13万元增长3.4倍): the level a result is compared with, of its own year
LISTED_YEAR = re.compile(r"(?:(?:^|[、和及,，:：])\s*(20\d\d)\s*年|(?:比|较)\s*(20\d\d)\s*年(?:底|末)?的)\s*$")


def listed_year(before: str) -> int | None:
    """The year that stands right before a value listed after others (2014年69.2万m2), its own."""
    m = LISTED_YEAR.search(before)
    return int(m.group(1) or m.group(2)) if m else None


def yearly_listed(clause: str, picks: list[Pick]) -> list[Pick]:
    """Targets listed after 每年 in one clause (每年…35万人以上、扶持创业3万人以上): yearly, no year."""
    return [(q, (t[0], t[1], t[2], None, t[4]) if YEARLY_LIST.search(clause[: q.start]) else t, b) for q, t, b in picks]


def yearly_run(clause: str, picks: list[Pick], after_yearly: bool) -> tuple[list[Pick], bool]:
    """(picks, whether the next clause may be yearly too): after a clause of counts opened by 每年
    (平均每年实现…2800人以上), a clause that only adds a count (促进…再就业320人以上) takes no year."""
    if after_yearly and YEARLY_TOO.match(clause.strip(" ，,。；;")):
        return [(q, (*t[:3], None, t[4]), b) for q, t, b in picks], True
    return picks, bool(picks) and bool(YEARLY_RUN.search(clause)) and all(t[3] is None for _, t, _ in picks)


def sets_shared(as_written: str, before: str, used: int) -> bool:
    """Whether a value's floor or ceiling holds for the values listed right after it (see takes_shared):
    至少建设1所A和1个B, 分别…, 不低于当地最低工资标准的2%、30%和60%, a bare value's (BARE_BOUND)."""
    return bool(
        re.search("至少|分别", as_written)
        or AT_LEAST_BEFORE.search(before)
        or (not used and BARE_BOUND.search(as_written))
    )


def takes_shared(target: Target, before: str) -> bool:
    """Whether a value listed right after another (至少建设1所A和1个B) takes the floor set for the
    first: it states none of its own (not 75%左右 after 75%以上)."""
    return target[2] == "=" and bool(re.fullmatch(r"[、和及与\s]*", before)) and "左右" not in target[1]


def subjects_in_turn(clause: str, picks: list[Pick]) -> list[Pick]:
    """Subjects listed before a run of as many bare values (孕产妇死亡率、婴儿死亡率控制在8.5/10万和5‰,
    with no 分别): each value measures one subject, in order, not every subject the first value."""
    qs = list({id(p[0]): p[0] for p in picks}.values())
    first = [p for p in picks if p[0] is qs[0]]
    if len(first) < 2 or len(qs) != len(first) or len(picks) != 2 * len(qs) - 1:
        return picks
    if not all(re.fullmatch(r"[、和及与\s]*", clause[a.end : b.start]) for a, b in itertools.pairwise(qs)):
        return picks
    rest = [p for p in picks if p[0] is not qs[0]]
    return first[:1] + [(q, (f[1][0], *t[1:]), base) for (q, t, base), f in zip(rest, first[1:], strict=True)]


def listed_names(picks: list[Pick]) -> list[Pick]:
    """One name that lists as many things as the clause has values (特困人员全自理、半自理和全护理照料
    标准不低于…的2%、30%和60%): each value for one of them, in order (半自理照料标准 30%)."""
    names = {p[1][0] for p in picks}
    parts = [part for part in re.split(r"[、和及与]", next(iter(names))) if part] if len(names) == 1 else []
    if len(picks) < 2 or len(parts) != len(picks):
        return picks
    return [
        (q, (part, *target[1:]), base) for (q, target, base), part in zip(picks, complete_parts(parts), strict=True)
    ]


# (入学率、巩固率分别达到99.9%, 新开工和基本建成…各21万套, …占比均达到50%): one value each of the things named hold
EACH_HOLDS = re.compile(r"(?:各|均|分别|都)\s*(?:为|是|达到?|提高到|增加到|不低于|不少于|保持在|稳定在)?\s*$")


def shared_value(clause: str, picks: list[Pick]) -> list[Pick]:
    """One value a name that lists things (甲、乙, 甲和乙) gives each of them (各, 均, 分别 before it): a
    target for each, named as listed_names names them."""
    each = EACH_HOLDS.search(clause[: picks[0][0].start]) if len(picks) == 1 else None
    if each is None:
        return picks
    (q, target, base), name = picks[0], picks[0][1][0]
    head = clause[: each.start()]  # (入学率、巩固率分别…: the list the name stopped short of)
    at = head.find(name)
    name = head[at:] if at >= 0 and re.match(r"[、和及与]", head[at + len(name) :]) else name
    parts = [part for part in re.split(r"[、和及与]", name) if part]
    if len(parts) < 2 or any(len(part) < 2 for part in parts):
        return picks
    return [(q, (part, *target[1:]), base) for part in complete_parts(parts)]


def shared_noun(clause: str, picks: list[Pick]) -> list[Pick]:
    """Counts listed with words alike before the noun the last one names (建设60个省级、100个市级、
    120个县级临床重点专科): each of the earlier ones counts that noun too (省级临床重点专科)."""
    if len(picks) < 2:
        return picks
    names = [p[1][0] for p in picks]
    width, last = len(names[0]), names[-1]
    alike = all(len(n) == width and n[-1] == last[width - 1 : width] for n in names[:-1])
    alike = alike and width <= 3 and all(re.fullmatch(r"[\u4e00-\u9fff]+", n) for n in names[:-1])
    listed = all(re.search(r"[、和及]\s*$", clause[a[0].end : b[0].start]) for a, b in itertools.pairwise(picks))
    # (共改造2440栋、99891户: a name the last value takes from before it, no noun it counts)
    listed = listed and clause[picks[-1][0].end :].lstrip().startswith(last)
    if width < 2 or len(last) <= width or not alike or not listed:
        return picks
    noun = last[width:]
    return [(q, (f"{t[0]}{noun}", *t[1:]), base) for q, t, base in picks[:-1]] + picks[-1:]


Target = tuple[str, str, str | None, int | None, str | None]  # name, as_written, comparator, year, period
Pick = tuple[Quantity, Target, tuple[str, float | None] | None]  # with the baseline (as_written, value)


@dataclass
class Enumeration:
    """甲、乙分别由2015年的a、b提高到2020年的c、d: the names a run of values is shared out to; a
    分别 with no names of its own shares out to the group a sentence before it in the paragraph
    named (2015年甲、乙分别达到a、b;2020年分别达到c、d)."""

    group: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    year: int | None = None

    def names_for(self, name: str, verb: str, year: int | None) -> tuple[list[str], int | None]:
        """The names a value without a noun after it measures, and the year its group states."""
        name = YEARS_LISTED.sub("", name)  # (2014和2015年还将分别新建…100个和55个: the years, not the names, part)
        if "分别" in verb and name:
            self.group = complete_parts([p for p in re.split(r"[、和及与]", name) if p])
            self.pending, self.year = self.group[1:], year
            return self.group[:1], year
        if not name and self.pending:
            return [self.pending.pop(0)], year or self.year
        if not name and self.group and verb:  # the group again, with its next values
            self.pending, self.year = self.group[1:], year
            return self.group[:1], year
        return (split_subjects(name) if name else []), year


SHARES_APART = re.compile(
    rf"(?:{NUM}\s*[%％]\s*[、和及与]\s*)+{NUM}\s*[%％]的(?P<group>[^，,]{{1,12}}?)分别"
    r"(?P<verb>建成|建设|建立|设立|设置|配备|具备|达到|实现|完成)(?P<objs>[^，,。；;]+)$"
)


def shares_apart(clause: str, qs: list[Quantity], year: int | None) -> list[Pick]:
    """全省100%、90%、65%的县(市、区)分别建成二甲以上的公立综合医院、中医院和妇幼保健院: shares of
    one group, each the share that reaches one of the things listed after 分别, in order (a
    qualifier before the first thing, 二甲以上的, holds for each)."""
    m = SHARES_APART.search(clause.rstrip("，,。；; "))
    objs = [p for p in re.split(r"[、和及与]", m["objs"]) if p] if m else []
    if not m or len(objs) != len(qs) or any(q.unit != "%" for q in qs):
        return []
    qualifier = objs[0][: objs[0].rfind("的") + 1]
    objs = [objs[0], *(o if "的" in o else qualifier + o for o in objs[1:])]
    names = [f"{m['verb']}{o}的{m['group']}比例" for o in objs]
    return [
        (q, (n, q.text, stated_comparator(q.text) or "=", year, None), None) for q, n in zip(qs, names, strict=True)
    ]


MILESTONE_YEARS = re.compile(r"20\d\d\s*年?(?:底|末)?(?:\s*(?:和|、|及|与)\s*20\d\d\s*年?(?:底|末)?)+(?<=[年底末])")
YEARS_LISTED = re.compile("^" + MILESTONE_YEARS.pattern)  # the same list of years, opening a name


def milestones(found: list[Found], sentence: str) -> None:
    """到2022年和2030年，…分别不低于22%和30%, 2014和2015年…分别…100个和55个: one name with one value
    per year, in order."""
    m = MILESTONE_YEARS.search(sentence)
    if not m:
        return
    years = [int(y) for y in re.findall(r"20\d\d", m.group(0))]  # (2009年、2010年、2011年…分别为5万套、5万套、6.5万套)
    for name in dict.fromkeys(f.name for f in found):
        same = [f for f in found if f.name == name and f.value is not None]
        if len(same) == len(years):
            for f, y in zip(same, years, strict=True):
                f.year = y


WITHIN_TARGET = re.compile(r"^的(?:年度)?(?:控制)?目标(?:范围)?(?:以内|之内|内)")


def _comparator(q: Quantity, as_written: str, before: str, after: str) -> str | None:
    """The comparator of a quantity: what its words state, or a floor or ceiling the words around
    it set for it (至少…1次, 分别保持在3‰、4‰和5‰以下)."""
    comparator = None if q.value is None else "=" if q.upper else (stated_comparator(as_written) or "=")
    if comparator == "=" and q.unit in ("位", "名") and re.search(r"前\s*$", before):
        comparator = "<="  # 进入全国前10位: a rank, at most the 10th
    if comparator == "=" and not q.upper and AT_LEAST_BEFORE.search(before):
        comparator = ">="  # 每年至少向本级人大…专题报告1次: the floor governs the count its verb phrase ends in
    if comparator == "=" and not q.upper and SHARED_OUT.search(before) and (bound := SHARED_BOUND.match(after)):
        comparator = stated_comparator(bound.group("bound")) or comparator
    if comparator == "=" and WITHIN_TARGET.match(after):
        comparator = "<="  # 回落至5.5%的年度控制目标内: held within the year's target, a ceiling
    return comparator


# 由家庭年人均收入2650元(提高到3000元): the words of a starting level between 由 and its figure
FROM_WORDS = re.compile(r"[由从](?:20\d\d\s*年(?:底|末)?的?)?[^，,。；;\d由从]{0,12}$")  # (从2022年每人每月…)
RAISED_TO = re.compile(r"^\s*(?:提高|提升|增加|上调|增)(?:到|至|为)\s*(?:每人每[月年])?\s*\d")
# 、271元分别提高到: more starting levels, then the change to the values they start from
RUN_THEN_CHANGE = re.compile(
    r"^(?:\s*、\s*(?:20\d\d\s*年(?:底|末)?的?)?\s*\d+(?:\.\d+)?\s*[^\d、，,。；;]{0,6}?)*" + BASELINE_AFTER.pattern[1:]
)


Level = tuple[str, str, float | None]  # (name, as_written, value) of a starting level


def starting_level(
    found: list[tuple[str, str, str | None, int | None, str | None]],
    value: float | None,
    around: tuple[str, str, str],
    bases: list[Level],
) -> Level | None:
    """The starting level a value states, when a change to another value follows it (由2.6人增加到3.2人;
    由家庭年人均收入2650元提高到3000元, named by the words before its 由; 从每人每月574元、271元分别提高到
    609元、300元, each of the first two); not a value the clause shares out (甲、乙分别达到…). `around`:
    the words before the value, after it, and the clause up to it; `bases`: the levels before it not
    yet changed to a value."""
    before, after, head = around
    if not found:
        return None
    name, written = found[0][0], found[0][1]
    # (每人每月80元提高至100元: a level raised straight on to the next figure needs no 由)
    opened = re.search(r"[由从]", written) or FROM_WORDS.search(before) or RAISED_TO.match(after)
    run = bases and re.fullmatch(r"\s*、\s*(?:20\d\d\s*年(?:底|末)?的?)?\s*", before)  # the next of a run of levels
    if not (opened or run) or not RUN_THEN_CHANGE.match(after):
        return None
    if "分别" in head and not (re.search(r"分别\s*[由从]", head) or run):
        return None
    words = FROM_WORDS.search(name)
    named = name[: words.start()] if words and words.start() >= 2 else name
    return (re.sub(r"(?<=..)(?:分别|将)$", "", named), written, value)  # (…标准水平分别从2022年…, …标准将由…)


YEAR_REVIEWED = re.compile(r"20\d\d\s*年(?:度)?工作(?:回顾|总结)")  # 一、2022年工作回顾: one year's work reviewed


def titled_year(e: Entry, start: int) -> int | None:
    """The one year the title of a paragraph's section (else of its chapter) names, from the plan's
    start on (一、2023年计划执行情况 over ——年计划完成地区生产总值617亿元以上: 2023's plan), or the year
    a review of one year's work names, however early."""
    title = e.section_title or e.chapter_title
    years = {int(y) for y in re.findall(r"(?<![\d—\-–~至到])(20\d\d)\s*年(?![\d—\-–~至到])", title)}
    review = YEAR_REVIEWED.search(title)
    return years.pop() if len(years) == 1 and (min(years) >= start or review) else None


# 建成, 新建, 改扩建, 新改建, 基本建成: a work named by its verb alone, the name of the count after it
# (棚改新开工11300套、基本建成8600套: the stage a housing count is at)
WORK_ALONE = re.compile(r"(?:新|续|基本)?(?:改扩建|改建|扩建|建成|建设|新建|开工)")
# 新开工5000套,基本建成3000套: a stage of the building, a count of the same thing at another stage
BUILDING_STAGE = r"(?:新|续)?开工(?:建设)?|(?:基本)?建成|竣工|完工"
STAGE_ALONE = re.compile(BUILDING_STAGE)
# the stage in the name of the count before, at its end or before what is built (新开工保障性住房)
STAGE_IN = re.compile(rf"(?:{BUILDING_STAGE})(?=[\u4e00-\u9fff（）()]{{2,12}}$|$)")


def _restaged(name: str, stage: str) -> str | None:
    """The name of the count before with its stage of the building put to this count's stage
    (新开工保障性住房 → 基本建成保障性住房); None where its name tells no other stage."""
    done = list(STAGE_IN.finditer(name))
    if not done or done[-1].group(0) == stage:
        return None
    return name[: done[-1].start()] + stage + name[done[-1].end() :]


# 城市低保标准提高到每人每月420元(比去年提高20元): the change of the value just given, in brackets
CHANGE_IN_BRACKET = re.compile(r"[(（]\s*((?:比|较)[^()（），,\d]{1,8}?(?:增加|增长|提高|提升|下降|降低|减少))\s*$")
# 建成30所省级以上重点中等职业学校(其中国家级16所): a part of the count just given, in brackets
PART_IN_BRACKET = re.compile(r"[(（]\s*其中\s*[:：]?\s*([\u4e00-\u9fff]{1,8})\s*$")


# 改造城中村197个、1002.6万平方米, 开工改造老旧小区3889个、67.13万户: a bare area or count of
# households listed after a count of another kind measures the works counted (改造城中村面积)
WORKS_MEASURES = {"平方米": "面积", "平米": "面积", "㎡": "面积", "亩": "面积", "公顷": "面积", "户": "户数"}
WORKS_MEASURES |= {"公里": "长度", "千米": "长度", "米": "长度", "套": "套数"}  # (清淤河道5条41公里: 清淤河道长度)


def works_measured(out: list[Pick], q: Quantity, clause: str) -> str | None:
    """The name of a bare area or count of households after the count of works before it (or after
    other measures of them: 新开工49个、256万平方米、3.2万户): the works' name and the measure; after a
    count named by the noun after it (完成改造159个小区、827万平方米, 116幢房屋、2564户) the works are the
    words before that count (完成改造面积), not its noun."""
    n = len(list(itertools.takewhile(lambda p: unit_kind(p[0].unit) in WORKS_MEASURES, reversed(out))))
    last = out[-1 - n] if n < len(out) else out[-1]
    kind, (count, (name, *_), _) = unit_kind(q.unit), last
    measure, works = WORKS_MEASURES.get(kind), unit_kind(count.unit)
    # (not after a share, a sum or a measure: 这三项指标将分别达到45%以上、2.5平方米; 楼栋数20014个、…户)
    counts = re.fullmatch(r"[^元年岁倍%‰]", works) and works != kind
    if measure is None or not counts or MEASURE_END.search(name) or NAMED_BACK.match(name):
        return None
    if clause[count.end :].lstrip("的 ").startswith(name):
        name = name_before(re.split(r"[，,、；;]", clause[: count.start])[-1])[0]
    return name + measure


# (新增廉租住房3724户,)18.6万平方米(;): a clause that is only an area of the works the clause before counts
AREAS = "|".join(unit for unit, measure in WORKS_MEASURES.items() if measure == "面积")
BARE_MEASURE = re.compile(rf"^\s*\d+(?:\.\d+)?\s*[万亿]?(?:{AREAS})\s*$")


def measure_after(found: list[Pick], clause: str, following: list[str]) -> str | None:
    """The name of a clause that is only a measure (新增廉租住房3724户,18.6万平方米): the works the clause
    before counts last, and the measure (新增廉租住房面积)."""
    if not found or not following or not BARE_MEASURE.match(following[0].rstrip("，,；;。")):
        return None
    qs = quantities(following[0])
    return works_measured(found, qs[0], clause) if qs else None


def clause_fallback(
    base: tuple[str, str, float | None] | None,
    out: list[Pick],
    before: str,
    topic: str | None,
    q: Quantity,
    clause: str,
) -> str | None:
    """What a value with no name of its own measures: the level it starts from (由2.6人…), the value
    before it (由83.2%提高到90.3%; 达到37%及以上和40%及以上), the households counted just before it, in
    persons (新增城乡低保265户362人), the works it counts (works_measured), a part in brackets of the count
    before it (…学校(其中国家级16所) → …学校(其中国家级)), or, first in its clause, the clause's topic."""
    if base:
        return base[0]
    if out and not before.strip() and out[-1][0].unit.endswith("户") and q.unit.endswith("人"):
        return out[-1][1][0]
    if out and (part := PART_IN_BRACKET.search(before)):
        return f"{out[-1][1][0]}(其中{part.group(1)})"
    if out and (change := CHANGE_IN_BRACKET.search(before)):
        return out[-1][1][0] + change.group(1)
    listed = out and re.fullmatch(r"\s*[、和及与]\s*", before)
    adjacent = out and not clause[out[-1][0].end : q.start].strip()  # (改造项目67个28682户: listed with no mark)
    if (listed or adjacent) and (measured := works_measured(out, q, clause)):
        return measured
    if out and (BASELINE_AFTER.match(before) or listed):
        return out[-1][1][0]
    return topic if not out else None


# 排名前三的是历下区、市中区、商河县,(分别涉及226个、101个、66个): the names a 分别 after shares out to
LISTED_AT_END = re.compile(r"(?:^|[是为:：])\s*((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})\s*[，,]\s*$")


def shared_to(clause: str, after: list[str]) -> list[str]:
    """The names a clause of words only lists for the 分别 that opens the clause after it."""
    listed = LISTED_AT_END.search(clause) if after and re.match(r"\s*分别", after[0]) else None
    return listed.group(1).split("、") if listed else []


class ProseReader:
    """Reads target sentences from a plan's paragraphs; one instance per plan."""

    def __init__(self, start: int, written: int | None = None, reports: int | None = None) -> None:
        self.start = start
        self.reports = reports  # the year a text whose headline tells results reports on (…如期完成)
        self.now = max(start, written or start)  # a year named without looking ahead is past before this
        self.written = written  # the year 今年 names
        self.group: list[str] = []  # the names the last 分别 of the paragraph shared out to
        self.group_lines = (0, 0)
        self.found: list[Found] = []
        self.section_year: dict[str, int | None] = {}
        self.paragraph_year: dict[str, int] = {}  # the year the section's last paragraph that named one opened with
        self.goal_sections: set[str] = set()  # 主要目标 sections: they look ahead, whatever years they name
        self.led_ahead: set[str] = set()  # sections a lead that looks ahead opened (…要实现以下目标:)
        self.issued_lists: set[str] = set()  # sections that tell a list of works issued (ISSUED_LIST)
        self.claim_heading = ("", "")  # (section, words) of the last short heading (see _reports_in)
        self.lines = (0, 0)  # the paragraph being read
        self.paragraph = ""  # its words
        prev = next((k for k, end in PERIOD_ENDS.items() if end == start - 1), None)
        self.previous_period = f"“{prev}”时期" if prev else None
        self.span: tuple[int, int] | None = None  # 2015年至2020年 in the sentence being read
        self.quote = ""  # the sentence being read
        self.mentioned: tuple[tuple[int, int], str] | None = None  # the paragraph's last “X”指标
        self.changes: set[str] = set()  # names given to a change of what was measured before
        # the past a report is telling of: (section, year, period), carried to its next sentences
        self.telling: tuple[str, int | None, str | None] | None = None
        self.reporting: str | None = None  # what the paragraph tells it reports (累计, an honour): see _reports_in
        self.told_at = (0, 0)  # the paragraph whose sentence set `telling`
        self.listed: str | None = None  # the section whose report led into a list (具体情况如下:)
        self.opened_on: bool | None = None  # whether the paragraph's first figures were past ones
        self.pair_years = ""  # 2022年和2030年, carried to the ；-parts after the one that named them
        self.told_before: Told | None = None  # the time the sentence before told of (see _parts_told)
        # (chapter, year) of the last short heading line; chapter None before the first sentence (a headline)
        self.list_heading: tuple[str | None, int | None] = (None, None)

    def read(self, entries: list[Entry]) -> list[Found]:
        self.written = self.written or just_past([e.text for e in entries])  # (the draft passes it, where known)
        for e in goal_headed(entries):
            if e.section not in self.section_year:
                opening = PARAGRAPH_YEAR.match(e.text)
                year = int(opening.group(1)) if opening and int(opening.group(1)) >= self.start else None
                year = titled_year(e, self.start) if year is None else year
                if GOALS.search(e.section_title):
                    self.goal_sections.add(e.section)  # its year, if it names none, is target_year's to decide
                self.section_year[e.section] = year
            lead = INTRODUCING_YEAR.match(e.text) or SET_OUT_YEAR.search(e.text)
            if lead and int(lead.group(1)) >= self.start:
                self.section_year[e.section] = int(lead.group(1))  # 2030年的主要健康指标,其中: its rows follow
            listed = this_year(e.text, self.written, introduces=bool(re.search(r"[:：]\s*$", e.text)))
            if listed is not None and re.search(r"[:：]\s*$", e.text):
                self.section_year[e.section] = listed  # 今年…项目如下: its items follow
            if re.search(r"[:：]\s*$", e.text) and (looks_ahead(e.text) or TARGET_YEAR.search(e.text)):
                self.led_ahead.add(e.section)  # 规划提出,到2020年,要实现以下目标: the paragraphs below are goals
            if ISSUED_LIST.search(e.text):
                self.issued_lists.add(e.section)  # 新一轮20项民心工程出台,包括…: its works follow
            self._paragraph(e)
        return reported_tasks(self.found, self.reports, self.written)

    def _paragraph(self, e: Entry) -> None:
        first = len(self.found)
        if e.item:  # 4 / 新增…床位500张 / 目前已…完成500张…。/ 5 / 开展…活动300场次: the next row's task is set anew
            self.telling = None
        self.opened_on, self.pair_years = None, ""
        self._sentences(e)
        told_apart(self.found[first:])
        named_back(self.found[first:])
        if self.opened_on is False and self.told_at == self.lines:
            self.telling = None  # 1.引进…不少于3个。上半年,引进…3个。/ 2.培育…平台2家: the next task is set again

    def _opening(self, e: Entry) -> int | None:
        """The year a paragraph opens with (after a lead: ——…提升。到2023年, 实施方案提出,到2020年); else
        that of the last paragraph of its section that opened with one, when no paragraph since
        opened with another year or reported (到2020年…。/ 每千人口…床位数达到0.55张。); else the
        section's."""
        own = PARAGRAPH_YEAR.match(e.text) or STAGE_LEAD.match(e.text)
        if own and int(own.group(1)) >= self.start:
            self.paragraph_year[e.section] = int(own.group(1))
        elif own or re.match(r"^\s*(?:截至|截止|目前|去年|“?十[一二三四五六七八九]五”?)", e.text):
            self.paragraph_year.pop(e.section, None)
        listed = self._list_year(e)
        year = self.paragraph_year.get(e.section, self.section_year.get(e.section))
        return listed if year is None else year

    def _list_year(self, e: Entry) -> int | None:
        """计划2015年开园招生的公办幼儿园 / (一)…幼儿园 / 地处…,占地6亩 / … / 正在建设的幼儿园: the one year, from the
        text's time on, a short heading line of its own names holds for the items below it, up to the next
        such line (or chapter)."""
        if HEADING_LINE.match(e.text) and self.list_heading[0] is not None:
            numbers = re.findall(r"\d+", e.text)  # (its one figure the year)
            year = int(numbers[0]) if len(numbers) == 1 and re.search(r"20\d\d\s*年(?!度)", e.text) else None
            self.list_heading = (e.chapter_title, year if year and year >= (self.written or self.start) else None)
            return None
        if self.list_heading[0] is None and "。" in e.text:
            self.list_heading = (e.chapter_title, None)
        chapter, year = self.list_heading
        return year if chapter == e.chapter_title else None

    def _sentences(self, e: Entry) -> None:
        self.lines, self.paragraph = (e.line, e.end_line or e.line), e.text
        if not NEW_ITEM.match(e.text):
            self.listed = None  # a list goes on only while its items do
        self._reports_in(e.text, e.section)
        opening = e.year if e.year is not None else self._opening(e)
        past_chapter = bool(PAST_CHAPTER.search(e.chapter_title or ""))
        carried: int | None = None  # 到2015年，A；B；C。: the year a sentence opens with holds for its ；-parts
        heading: int | None = None  # the year of a sentence that opens with 今年 and states no figure
        whole: int | None = None  # the year of the sentence before, for one that opens with 其中 (PART_LEAD)
        parts = sentence_parts(e.text)
        lead: int | None = None  # the year of the words before a gloss holds for the words after it
        told_parts = ((told, k) for part, k in parts for told in report_then_target(part))
        report: Told | None = None  # 前三季度共实现…；…；…。: see so_far
        issued = False  # the ；-part carries the year of a task issued (see carried_on)
        for sentence, k, done, met in (
            (w, k, d, j == 1) for told, k in told_parts for j, (w, d) in enumerate(results_then_targets(told))
        ):
            if not sentence.strip() or TABLE_DEBRIS.search(KIND_IN_BRACKETS.sub("", sentence)):
                continue  # cells of a table that ran into the text, not a sentence
            own = this_year_first(sentence, sentence_year(sentence, self.start, self.now), self.written)
            own = this_year(sentence, self.written) or issued_year(sentence) if own is None else own
            own, heading = _headed(sentence, own, carried, heading)
            # (…共设置了31项…计划指标。其中,…增长6%以上; …275所幼儿园。其中新建88所: 其中 parts out the one before)
            part = whole if PARTS_OF.match(sentence) or GOES_ON.match(sentence) else None
            own = (carried or part) if own is None else own
            own, lead = (lead if own is None and k == 2 else own), (own if k == 0 else lead)
            year = own if own is not None else opening if opening is not None else this_years(sentence, self.written)
            reported: Told | None = (None, e.reported or done) if e.reported or done else None
            task = issued and own == carried or part is not None and own == part  # (carried_on; a 其中 part)
            past = reported or (None if task else self._past(sentence, e.section, own, opening, past_chapter))
            past, report = so_far(sentence, past, report, own is None and not met)
            if past is not None and LIST_LEAD.search(sentence):
                self.listed = e.section
            row = self.found[-1].name if sentence[:1] in "(（" and self.found else None  # a gloss: the row's name
            report = self._first_figures(sentence, e, year, past, row) or report
            opens = OPENING_YEAR.search(sentence) or PART_LEAD.match(sentence) or LEAD_YEAR.match(sentence)
            whole = part_year(sentence, own, past, self.written)
            carried, issued = carried_on(sentence, own, past, bool(opens), carried, issued)
            opening = said_ahead(sentence, own, past, opening)

    def _reports_in(self, text: str, section: str) -> None:
        """What a paragraph tells of itself: 全地区城镇新增就业2341人、…。全地区共建立…8个,累计入孵…: a
        paragraph that looks nowhere ahead and counts what was done so far reports in every sentence;
        one that tells an honour received (awarded) or opens with a claim of what was achieved (claimed;
        not under a plan's goals) reports in every sentence that looks nowhere ahead."""
        ahead = FUTURE.search(text) or re.search(r"20\d\d\s*年|任务|目标", text)  # (…建设任务: told against one)
        counted = SO_FAR.search(text) if not ahead else None
        goals = section in self.goal_sections or section in self.led_ahead
        heading = self.claim_heading[1] if self.claim_heading[0] == section else ""
        claim = not goals and (claimed(text) or teased(text) or bool(heading) and claimed(heading + "。" + text))
        self.reporting = counted.group(0) if counted else "完成情况" if awarded(text) or claim else None
        # 健康长春建设稳步推进 / 2024年,全市…; 综合经济实力显著跃升—— / 地区生产总值…; / 一般公共预算收入…: a
        # heading of a claim alone holds for the paragraphs below it, up to the next heading
        if len(text) <= 24 and not re.search(r"[\d。，,；;]", text):
            self.claim_heading = (section, text)

    def _first_figures(
        self, sentence: str, e: Entry, year: int | None, past: Told | None, row: str | None
    ) -> Told | None:
        """Read a sentence, noting whether the paragraph's first figures are past ones (see _paragraph)
        and the pair of years a ；-part names for the parts after it (see milestones); the report the
        next ；-part goes on with where each figure of this one was told done clause by clause (see
        so_far: 已建成…92个,…覆盖率达100%;选派…137名;开展…培训2633人次)."""
        before = len(self.found)
        self._sentence(sentence, e, year, past, row)
        found = self.found[before:]
        if self.opened_on is None and len(self.found) > before:
            self.opened_on = past is not None
        # 到2022年和2030年,A分别…;B分别…: the two years hold for the ；-parts after them
        paired = MILESTONE_YEARS.search(sentence)
        carried = paired.group(0) if paired else self.pair_years
        self.pair_years = carried if re.search(r"[；;]\s*$", sentence) else ""
        self.told_before = past
        done = past is None and found and all(f.past for f in found) and not sets_ahead(sentence)
        return (found[-1].year, found[-1].period) if done and re.search(r"[；;]\s*$", sentence) else None

    def _opened_now(self, sentence: str, own: int | None, opening: int | None) -> bool:
        """Whether the year the paragraph opens with is the year written, and the sentence looks no further
        ahead (2016年,…对口联点村为…村。该村下辖12个村民小组,共有…人: what the place has now)."""
        return own is None and opening is not None and opening == self.written and not sets_ahead(sentence)

    def _past(
        self, sentence: str, section: str, own: int | None, opening: int | None, past_chapter: bool
    ) -> Told | None:
        """(year, period) a sentence reports on, or None for a sentence that may set targets.

        A sentence reports the past when it names an earlier time (rule 4); in a chapter about
        the starting point unless it looks ahead (预计, 将 …); and when it follows such a sentence
        of its section without naming a year, a target or a look ahead of its own (“十三五”期间，
        …累计达225.43万人。…高技能人才达到118.5万人。, 就业39.66万人,增长3.1%。再就业9.74万人: goes on).
        """
        telling = self._told_in(section, sentence)
        during = DURING.search(sentence)
        if telling and during and not (FUTURE.search(sentence) or TARGET_YEAR.search(sentence)):
            own = None  # …截至2024年…。“十四五”时期，新建…2634所: the report goes on, on the period it is in
            telling = (None, f"“{during.group(1)}”时期")
        ahead = own is not None or opening is not None or section in self.goal_sections or section in self.issued_lists
        ahead = ahead or bool(sets_ahead(sentence) or PLAN_SPAN.search(sentence) or TASKS_TOLD.search(sentence))
        past = self._told_of(sentence, own, opening, telling)
        if past is None and self.reports is not None and not self._beyond_report(sentence, own):
            past = (self.reports, None)  # 海南2024年十大民生实事项目如期完成 / …,消除116座危桥: a result
        past = past or self._parts_told(sentence)
        if past_chapter and past is None and (own is None or not FUTURE.search(sentence)):
            told = self.telling[2] if self.telling and self.telling[0] == section else None
            # (a review in a text whose period opens no five-year plan: 回顾, no period named)
            past = (own or opening, None) if own or opening else (None, told or self.previous_period or "回顾")
        elif past is None and telling and self._goes_on(sentence, own, ahead, section):
            past = telling
        elif past is None and self._paragraph_reports(sentence, own, section):
            past = (own, None) if own is not None else (None, self.reporting)
        elif past is None and not (ahead and not self._opened_now(sentence, own, opening)) and has_now(sentence):
            past = (None, "现有")
        elif past is None and not ahead and (so_far := self._counted_so_far(sentence)):
            past = (None, so_far)
        # (…新增就业39.66万人,增长3.1%。失业人员实现再就业9.74万人。: a result, then what goes on with it)
        past = past if past is not None else result_told(sentence)
        if past is not None:
            self.telling, self.told_at = (section, *past), self.lines
        elif ahead:
            self.telling = None
        return past

    def _parts_told(self, sentence: str) -> Told | None:
        """The time a 其中 sentence tells of after one told done (截至6月25日,已开工3.29万套,完成年度目标任务的
        53.73%。其中,开工总量较大的设区市有:南宁市(12007套)…): the parts of that report, where it looks nowhere ahead;
        in a text that reports a year, after a task told all done in words (已全部完成建设任务), the parts done."""
        if not PARTS_OF.match(sentence) or sets_ahead(sentence) or TARGET_YEAR.search(sentence):
            return None
        if self.told_before is None and self.reports is not None:
            # (…列入为民办实事项目校500所,已全部完成建设任务…。其中:长沙市10所,…: the task, told all done in
            # words, then the parts done, in a text that reports the year)
            at = self.paragraph.find(sentence)
            before = re.split(r"[。！!]", self.paragraph[:at].rstrip("。！! "))[-1] if at > 0 else ""
            return (self.reports, None) if ALL_DONE.match(before) else None
        return self.told_before

    def _told_in(self, section: str, sentence: str) -> Told | None:
        """The report of its section a sentence may go on with; none for one that opens on this year
        (THIS_YEAR_OPENS)."""
        if not self.telling or self.telling[0] != section or THIS_YEAR_OPENS.match(sentence):
            return None
        return self.telling[1:]

    def _paragraph_reports(self, sentence: str, own: int | None, section: str) -> bool:
        """Whether a sentence tells what its paragraph reports (an honour received, a lead that claims
        what was achieved: _reports_in), whatever year it or its section opened with: it looks nowhere
        ahead, names no year it is to reach nor one after the text's own, and is no plan's goal."""
        if self.reporting != "完成情况" or section in self.goal_sections or section in self.led_ahead:
            return False
        sentence = REPORTED_ESTIMATE.sub("", sentence)
        if sets_ahead(sentence) or TARGET_YEAR.search(sentence) or PLAN_SPAN.search(sentence):
            return False
        return not TASKS_TOLD.search(sentence) and (own is None or self.written is None or own <= self.written)

    def _listed_under(self, sentence: str, section: str) -> bool:
        """Whether a sentence is an item of the list its section's report led into (…已于8月底全部竣工
        …。具体情况如下: / 1.兴隆县第一中心小学,建设面积…), named by what it is about (not a task told
        again: 1.减少农村扶贫对象6.76万人) and looking nowhere ahead."""
        if self.listed != section or not NAMED_ITEM.match(sentence):
            return False
        return not (FUTURE.search(sentence) or TARGET_YEAR.search(sentence))

    def _goes_on(self, sentence: str, own: int | None, ahead: bool, section: str) -> bool:
        """Whether a sentence goes on with the report before it: it looks nowhere ahead, or the report
        its paragraph opened goes on (see _report_goes_on); not an item numbered anew (…已完成年度目标任务的
        55%。 3.新辟公交线路10条: its task is set again) unless the report led into its list (_listed_under)."""
        if self._listed_under(sentence, section):
            return True
        return not NEW_ITEM.match(sentence) and (not ahead or self._report_goes_on(sentence, own))

    def _report_goes_on(self, sentence: str, own: int | None) -> bool:
        """Whether a sentence that names no year of its own goes on with the report its paragraph
        opened (一年来,泸州市…。民生支出占…比重达70.3%。预计实现…37111元。), whatever year the
        paragraph's section names: it looks nowhere ahead (预计实现 estimates what the time reported reached)."""
        return own is None and self.told_at == self.lines and not sets_ahead(ESTIMATED.sub("", sentence))

    def _beyond_report(self, sentence: str, own: int | None) -> bool:
        """Whether a sentence of a text that reports results looks beyond them: ahead (计划, 将,
        到2025年), to a year after the one reported on, or to the tasks reported against (TASKS_TOLD;
        an item numbered anew with no word of what was done: 一、减少农村扶贫对象6.76万人;…; an item
        that opens with its task, see _task_told_against)."""
        if (NEW_ITEM.match(sentence) and not DONE_WORD.search(sentence)) or self._task_told_against(sentence):
            return True
        return bool(looks_ahead(sentence) or TARGET_YEAR.search(sentence) or TASKS_TOLD.search(sentence)) or (
            own is not None and own > (self.reports or 0)
        )

    def _task_told_against(self, sentence: str) -> bool:
        """A report's item that opens with its task, the sentence after telling how far it has come
        (新增婴幼儿托位460个、…。目前,…; 建成老年友善医疗机构14家。该项目已完成。)."""
        at = self.paragraph.find(sentence)
        if at < 0 or self.paragraph[:at].strip() or ALREADY_DONE.search(sentence):
            return False
        after = self.paragraph[at + len(sentence) :]
        # (…238处。目前,工程建设已基本完成: what the year's account says it did, all but done)
        return bool(PROGRESS_AFTER.match(after)) and not ALL_DONE.match(after)

    def _counted_so_far(self, sentence: str) -> str | None:
        """我市深入实施…,累计培养…10人: what was done so far (not 累计达到20万人, a level set), told by the
        sentence or by its paragraph (see _reports_in)."""
        if SET_LEVEL.search(sentence) or NEW_ITEM.match(sentence) and not DONE_WORD.search(sentence):
            return None  # (5.拆除…10万平方米违法建筑。累计整治…: the item's task, then what was done)
        own = SO_FAR.search(sentence)
        return own.group(0) if own else None if THIS_YEAR.search(sentence) else self.reporting

    def _told_of(self, sentence: str, own: int | None, opening: int | None, telling: Told | None) -> Told | None:
        """The time a sentence tells of by its own words: 去年 (the year before the text's own, where
        known), an earlier time (rule 4), or a year's results told against its target or the year
        before (2021年,全市城镇新增就业50801人,完成…目标任务的130.26%: that year's)."""
        issued = ISSUED_TASK.search(sentence)
        last = LAST_YEAR.search(sentence) if own is None else None
        if issued and not (last and last.start() < issued.start()):
            return None  # 2018年国家下达…任务为…23万套: the year the task is issued for (去年…下达…: last year's)
        if own is not None and self.written is not None and own <= self.written and YEAR_ESTIMATED.match(sentence):
            return (own, None)  # 预计2021年浑南区实现地区生产总值630亿元 (written in 2021): what it reached
        if last:
            return (self.written - 1, None) if self.written else (None, last.group(1) or last.group(2))
        past = None if own is not None else past_marker(sentence, self.start, self.now)
        reported = REPORTED.search(sentence) if past is None else None
        if reported and not FUTURE.search(sentence):
            when = own if own is not None else opening
            # 全年完成…382项…,与2021年持平 with no year of its own: a result as written
            flat = (None, reported.group(0)) if "持平" in reported.group(0) else None
            past = (when, None) if when is not None else telling or flat
        done = COMPLETED_BY.search(sentence) if past is None else None
        if done and not FUTURE.search(PLANNED_THEN_DONE.sub("", sentence)):
            past = (own, None) if own is not None else (None, done.group(0))  # 计划实施的5个项目已于8月底全部竣工
        return past

    def _sentence(
        self,
        sentence: str,
        e: Entry,
        year: int | None,
        past: Told | None,
        topic: str | None = None,
    ) -> None:
        """Each clause in turn; a clause that names its own year (2025年底覆盖率达100%) takes it;
        `topic` names what a first clause without a subject measures."""
        quote = self.quote = sentence.strip()
        lines = (e.line, e.end_line or e.line)
        enum = Enumeration(list(self.group) if self.group_lines == lines else [])  # see Enumeration
        self._mention(sentence, lines)
        first = len(self.found)
        self.span = year_span(sentence)
        yearly = False  # a clause of counts opened by 平均每年 came before (yearly_run)
        done_before: Told | None = None  # what the clause before, in a sentence that may set targets, told of
        clauses = [cm.group(0) for cm in CLAUSE.finditer(STARTING_LEVEL_BREAK.sub(r"\1", sentence))]
        for k, clause in enumerate(clauses):
            year = (self._clause_year(clause) if k and past is None else None) or year
            qs = quantities(clause)
            if not qs:
                enum.pending[:] = shared_to(clause, clauses[k + 1 : k + 2])
                topic = self._words_only(clause, sentence, e, year, past)
                continue
            told = clause_told(clause, past, self.now, year, clauses[k + 1] if k + 1 < len(clauses) else "")
            if told is None and done_before and goes_on_done(clause):
                told = done_before  # 已完成8家…中心,267户适老化改造: the count after goes with the verb before
            done_before = told if past is None and told and (told[1] or "").startswith("已") else None
            found = (None if told else shares_apart(clause, qs, year)) or self._clause(
                clause, qs, enum, year, told, topic
            )
            found, yearly = yearly_run(clause, found, yearly and past is None)
            topic = measure_after(found, clause, clauses[k + 1 : k + 2])  # (the next clause's, if a bare area)
            self._keep(found, told is not None, quote, lines)
        if enum.group:
            self.group, self.group_lines = enum.group, lines
        self._settle(first, sentence, year, past)

    def _words_only(self, clause: str, sentence: str, e: Entry, year: int | None, past: Told | None) -> str | None:
        """A clause with no figure: a target in words where the sentence may set targets; returns
        what it names, the topic of a first clause after it without a subject."""
        if past is None and "是" not in clause:
            # 三年期间, 规划期内, a 主要目标 section: the plan's span, a target though no year is stated
            span = e.section in self.goal_sections or bool(PLAN_SPAN.search(sentence))
            self._qualitative(clause, year, self.quote, (e.line, e.end_line or e.line), span)
        work = TOPIC.search(clause)
        return (work.group(1) or work.group(2)) if work else subject_only(clause)

    def _settle(self, first: int, sentence: str, year: int | None, past: Told | None) -> None:
        """A sentence's figures, once read: the milestones of a sentence that sets targets, the year's
        targets a report tells its results against."""
        self.found[first:] = works_summed(self.found[first:])
        shares_reached(self.found[first:])
        quoted_tasks(self.found[first:])
        funded_works(self.found[first:])
        measured_works(self.found[first:])
        tasks_told(self.found, first)
        shared_tasks(self.found[max(first - 1, 0) :], year if year is not None else self.written)
        if past is None:
            milestones(self.found[first:], f"{self.pair_years} {sentence}")
        else:  # (…完成128万户,|超额完成110万户的既定任务目标: the result told against, in the part before)
            joined = first > 0 and len(self.found) > first and self.found[first - 1].lines == self.found[first].lines
            at = first - 1 if joined and self.found[first - 1].past else first
            self.found[at:] = year_tasks(self.found[at:], year if year is not None else self.written)
            # (2019年,全省计划改造…3.47万套,实际开工3.61万套,完成计划的104.3%, told in 2020: that year's task, past)
            if past[0] is None or self.written is None or past[0] >= self.written:
                rated_tasks(self.found[at:], year if year is not None else self.written or self.reports)

    def _clause_year(self, clause: str) -> int | None:
        """The year a clause after the first names (…1.7万张,其中今年计划新增2000张: 今年's)."""
        return sentence_year(clause, self.start, self.now) or this_year(clause, self.written)

    def _mention(self, sentence: str, lines: tuple[int, int]) -> None:
        """Notes the indicator a sentence names in quotes (转而设置“养老机构护理型床位占比”指标), which
        这一指标 in the paragraph's later sentences stands for."""
        for m in QUOTED_INDICATOR.finditer(sentence):
            self.mentioned = (lines, m.group(1))

    def _keep(self, found: list[Pick], past: bool, quote: str, lines: tuple[int, int]) -> None:
        for q, (n, w, c, y, p), base in found:
            if not past and (AGE_GROUP.search(n) or OLD_POPULATION.search(n) and q.unit.endswith(("人", "万", "亿"))):
                continue  # 预计…60岁及以上人口占全市人口比重将突破20%, 老年人口将达到500万人: foreseen, no target
            if BACK_REFERENCE.fullmatch(n) and self.mentioned and self.mentioned[0] == lines:
                n = self.mentioned[1]  # 这一指标必须达到或超过55%: the indicator the paragraph named
            change = n in self.changes
            unit = counted_unit(q.unit, n)  # 年服务人次达到1.7亿: 亿人次
            self.found.append(Found(n, unit or None, w, q.value, c, y, p, past, quote, lines, base, q.upper, change))

    def _clause(
        self,
        clause: str,
        qs: list[Quantity],
        enum: Enumeration,
        year: int | None,
        past: Told | None,
        topic: str | None = None,
    ) -> list[Pick]:
        """The targets of one clause; a number with no subject of its own and nothing before it in
        the clause measures the work the clause before names (实施适老化改造，2022年底前完成80%以上)."""
        out: list[Pick] = []
        cursor = 0
        shared: str | None = None  # 至少建设1所A和1个B: 至少 holds for B too
        bases: list[Level] = []  # the starting levels not yet changed to a value (由2.6人, 增加到3.2人)
        for q in qs:
            if q.start < cursor:
                continue  # inside the name of the previous quantity
            before, after = clause[cursor : q.start], clause[q.end :]
            level = None if past else level_of(q, before, after, qs)
            if level is not None:
                bases, cursor = [level[:3]], level[3]
                continue  # 达52.7%的总体近视率(每年降0.5%以上): the level the rate starts from
            fallback = clause_fallback(bases[0] if bases else None, out, before, topic, q, clause)
            # a starting level names the values after it (由目前的8835万人分别提高到1亿人), no earlier clause's group
            own = Enumeration() if bases and not enum.pending else enum
            found, used = self._one(q, before, after, own, year, past, fallback, COVERING.match(clause[: q.start]))
            cursor = q.end + used
            start = starting_level(found, q.value, (before, after, clause[: q.start]), bases) if not past else None
            if start is not None:
                bases.append(start)
                continue  # a starting level, the baseline of the value it changes to
            if shared and found and takes_shared(found[0], before):
                found = [(n, w, shared, y, p) for n, w, _, y, p in found]
            elif found and sets_shared(found[0][1], before, used):
                shared = found[0][2]  # 不低于当地最低工资标准的2%、30%和60%: the floor holds for each
            base = bases.pop(0) if bases else None  # 从574元、271元分别提高到609元、300元: each its own
            out += [(q, f, (base[1], base[2]) if base else None) for f in found]
        out = subjects_in_turn(clause, out)
        return shared_value(clause, shared_noun(clause, listed_names(yearly_listed(clause, out) if not past else out)))

    def _one(
        self,
        q: Quantity,
        before: str,
        after: str,
        enum: Enumeration,
        year: int | None,
        past: Told | None,
        fallback: str | None = None,
        covering: re.Match[str] | None = None,
    ) -> tuple[list[tuple[str, str, str | None, int | None, str | None]], int]:
        """(name, as_written, comparator, year, period) for each target one quantity sets."""
        # (其中负压救护车不少于40%): a share in brackets is named by its own words
        part = fallback and q.unit != "%" and PART_IN_BRACKET.search(before)
        name, verb = ("", "") if part else name_before(before)
        names, verb, used = self._named(q, name, verb, after, covering)
        if names and name and not verb and before.rstrip().endswith("的") and not WORKED_ON.search(before):
            names = [f"{name}的{re.sub(AMONG, '', names[0])}"]  # 省政府下达我市的(18271套)保障房(中)
        value_year = last_year(COMPARED.sub("", verb)) or listed_year(before)  # (比2015年增加…: not the value's)
        if not names:
            names, value_year = enum.names_for(name, verb, value_year)
        if not names and not name and (listed := classes(q, verb) or listed_noun(verb, after)):
            names = [listed]  # (45个班: classes;) 分别增加400个左右、撤并30个左右…设施: the noun the list ends with
        names = [clean_name(n) for n in names]  # 3.签约服务费…, 津贴(每月不少于, 由…牵头的“新增普惠托位
        inside = BRACKET_OPENED.search(before)  # 综合健身场馆(不少于4个体育项目): counted inside the bracket
        if inside and names and names[0].endswith((")", "）")):
            names = [inside.group(1) + n.rstrip(")）") for n in names]
        names = [self._parallel(n) for n in names if len(n) >= 2 and not NOT_A_NAME.search(n)]
        names = names or self._owed(q, verb, fallback)
        as_written = (verb + q.text).strip()
        comparator = _comparator(q, as_written, before, after)
        yearly = PER_YEAR.search(verb) or YEARLY_NAME.search(name) or q.unit.endswith("/年")
        if yearly and not past:
            return [(n, as_written, comparator, None, None) for n in names], used  # 每年提升1～3个百分点: no year
        p_year, period = past if past else (None, None)
        # 由2015年的83.2%…提高到2020年的90.3%: each value has the year its own words give
        if past and self.span and re.search(r"[由从]", verb):
            p_year = self.span[0]  # 2015年至2020年，从76.34岁(提高至77.93岁): the level at the span's start
        when = (value_year or p_year) if past else (value_year if value_year and value_year >= self.start else year)
        return [(n, as_written, comparator, when, period) for n in names], used

    def _named(
        self, q: Quantity, name: str, verb: str, after: str, covering: re.Match[str] | None = None
    ) -> tuple[list[str], str, int]:
        """(names, verb, characters of `after` used) of a quantity named by the words after it: a
        standard (…的1.3倍), a place (其中10家在原特区外), or the noun it counts (建成10家…机构); a
        share of places a service covers is named by both (养老服务设施覆盖…60%以上村 →
        养老服务设施覆盖村)."""
        skip = aside.end() if (aside := ASIDE.match(after)) else 0
        follows_noun = bool(re.match(r"^(?:的)?[\u4e00-\u9fff“(（]", after[skip:])) and not NOT_A_NOUN.match(
            after[skip:]
        )
        follows_noun = follows_noun and not LEVEL_AFTER.match(after)
        # 计划投资200万元在…建设社区健身中心: the funds are named by the work, after (funded_works)
        follows_noun = follows_noun and not (FUNDS_ONLY.match(name) and q.unit.endswith("元"))
        # 主要食品安全抽查99%合格, 基层文体设施100%覆盖: a predicate after the share, no noun it counts
        follows_noun = follows_noun and not (q.unit == "%" and SHARE_PREDICATE.match(after))
        # 全国婴儿死亡率下降到5.2‰月嫂: a rate named before its share counts no noun after it (a page's spam)
        follows_noun = follows_noun and not (q.unit in ("%", "‰") and name.endswith("率") and after[:1] != "的")
        # 用房面积不得少于350平方米(标准配建…): a measure bounded before the number is what it measures
        follows_noun = follows_noun and not (MEASURE_END.search(name) and stated_comparator(verb) not in (None, "="))
        names: list[str] = []
        used = 0
        std = standard(name, after)
        if invested := invested_name(name, q.unit, after):
            names, follows_noun = [invested], False  # (the count after 的 stays a figure of its own)
        elif std:
            names, verb, used, follows_noun = [std[0]], std[1] + verb, std[2], False
        elif placed := self._placed(name, after):
            names, used, follows_noun = [placed[0]], placed[1], False
        if follows_noun:
            after_name, used = name_after(after[skip:], whole=q.unit == "%" and after.startswith("的"))
            used += skip if after_name else 0
            subject = INTRO.sub("", covering.group(1)) if covering and q.unit == "%" else ""
            if len(subject) >= 2 and after_name and len(after_name) <= 6:
                after_name = f"{subject}覆盖{after_name}"
            elif (having := SHARE_HAVING.match(after_name)) and (q.unit == "%" or HAVING.match(having["what"])):
                after_name = f"{having['what']}的{having['whose']}"  # 50%的乡镇建有老年学校: 建有老年学校的乡镇
            names = [after_name] if len(after_name) >= 2 and not BRACKET_ONLY.fullmatch(after_name) else []
        return names, verb, used

    def _placed(self, name: str, after: str) -> tuple[str, int] | None:
        """(name, characters used) of a part of the count just named that the words after it place
        (新建…医院12家,其中10家在原特区外: 新建…医院(原特区外))."""
        where = PLACE_AFTER.match(after)
        last = self.found[-1] if self.found else None
        if where is None or name or last is None or last.quote != self.quote or last.past:
            return None
        return f"{last.name}({where.group(1)})", where.end()

    def _parallel(self, name: str) -> str:
        """城市…入学率达到80%以上,农村达到70%以上: a place or a stage alone names the measure just
        named, for that place or stage."""
        if name not in PARALLEL:
            return name
        for f in reversed(self.found):
            if f.quote != self.quote:
                break
            other = next((w for w in PARALLEL if w != name and w in f.name), None)
            if other:
                return f.name.replace(other, name, 1)
        return name

    def _owed(self, q: Quantity, verb: str, fallback: str | None) -> list[str]:
        """The name of a value with no subject of its own: the starting level's (由2.6人增加到3.2人);
        for a change (比2015年增加25.51个百分点, 高于全省平均水平14.04个百分点, 增长47.87%), the change
        of the thing the sentence just measured, named with the change's words; the thing just named,
        later (到2023年…10家；到2025年不少于20家); a level of the thing the sentence measured
        (…年均增长9%,2020年达到26522元); its share of a whole (占常住人口的15.59%)."""
        last = self.found[-1] if self.found and self.found[-1].lines == self.lines else None
        change = CHANGE.search(verb)
        if fallback:
            return [fallback]
        measured = next((f.name for f in reversed(self.found) if f.quote == self.quote and not f.change), None)
        if measured and change:
            self.changes.add(measured + change.group(0))
            return [measured + change.group(0)]
        if measured and (share := SHARE_OF.search(verb)):
            return [f"{measured}占{share.group(1)}"]  # 老年人口达554.22万人,占常住人口的15.59%
        same = last and unit_kind(last.unit) == unit_kind(q.unit)
        stage = STAGE_ALONE.fullmatch(verb.strip(" ，,、"))
        if same and last and stage and (restaged := _restaged(last.name, stage.group(0))):
            return [restaged]  # 棚户区改造新开工…,基本建成2400套; 新开工保障性住房23万套,基本建成18万套
        work = WORK_ALONE.fullmatch(verb.strip(" ，,、"))  # 建成1233套、新开工652套: the work a count is of
        bare = last and (WORK_ALONE.fullmatch(last.name) or STAGE_ALONE.fullmatch(last.name))  # (完工4所)
        if same and last and not (work and bare):
            return [last.name]  # 新开工安置房16768套,超额完成1万套(…): 套 and 万套 count the same thing
        if measured and LEVEL_VERB.search(verb):
            return [measured]  # 人均可支配收入年均增长9%,…,2020年达到26522元: the level of what was measured
        return [work.group(0)] if work else []

    def _qualitative(self, clause: str, year: int | None, quote: str, lines: tuple[int, int], span: bool) -> None:
        """全覆盖, 应保尽保 and the like need a year (or the plan's span) to be a target; 动态清零 and
        高于全省平均水平 do not."""
        m = QUALITATIVE.search(clause)
        if not m or (year is None and not span and not m.group(0).startswith(STANDING)) or TASK.match(clause):
            return
        name, verb = name_before(clause[: m.start()])
        name = re.sub(r"(?:实现|基本|全部)+$", "", name).strip(" ，,、")
        if len(name) < 2:  # 基本完成全市…改造任务: the words come first, then what they are about
            name = clause[m.end() :].strip(" ，,。；;")
        if len(name) < 2 or len(name) > 30:
            return
        as_written = (verb + clause[m.start() : m.end()]).strip()
        self.found.append(Found(name, None, as_written, None, None, year, None, False, quote, lines))

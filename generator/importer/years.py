"""The years a plan sentence names: the target year it sets, or the earlier time it reports on.

Rule 3 and 4 of generator.importer.prose (the reader applies them sentence by sentence).
"""

from __future__ import annotations

import re

from generator.importer.characters import simplified
from generator.sitemodel.vocabulary import FIVE_YEAR_PLANS

YEAR = re.compile(r"(?:到|至|于|在)?\s*(20\d\d)\s*年(?:底|末|前|内)?")
PERIOD_END = re.compile(r"[“\"]?(十[二三四五六七八九]五)[”\"]?(?:末|期末|时期末|期间|时期)")
PAST = re.compile(r"[“\"]?(十[一二三四五六七八九]五)[”\"]?(?:时期|期间|以来)?")
PERIOD_ENDS = {name: end for name, (_, end) in FIVE_YEAR_PLANS.items()}
# 2005年前建成的(老旧小区): a year that qualifies a name, not a deadline; 2018到2022年 is a span (as
# 2018年到2022年 is), its end no deadline by itself
TARGET_YEAR = re.compile(
    r"(?<!截)(?:(?<![年月日\d])(?<![年月日\d]\s)[到至]|力争|争取|预计|确保)\s*(20\d\d)\s*年(?!(?:之?前|以前)(?:建成|建设|建造|竣工|出生))"
    r"|(20\d\d)\s*年(?:底|末)?前(?!建成|建设|建造|竣工|出生)"
)
# 2016年至2020年: a span of years, whose end is no deadline unless the span is still to come
SPAN = re.compile(r"(20\d\d)\s*年?\s*(?:至|到|—|-|–)\s*(20\d\d)\s*年")
PLAN_SPAN = re.compile(r"[三五]年(?:行动)?[”\"]?(?:期间|内)|规划期(?:内|间|末)|本规划期")
# (争取到…资金: got; 超额完成目标任务, 低于国家4.6%的控制目标: a report on a target, not one)
# (目标: not a target met or its task: 控制目标, 完成…规划目标, 指导目标的任务完成率); a meeting's
# demands (会议还要求,…新增…5万套) are its tasks, where what it 指出 reports is done
# (计划, 目标 after 完成年度, 完成全年: the year's plan a result is told against: 完成年度计划(120万)的95.8%)
# (按预期计划扎实推进: progress as planned; 占计划安排的108.8%, 占总建设计划的19.6%, 占全年计划的48.2%: a
# share of it done, as is 达到治理计划的57% (计划 before its share); 超过计划0.69个百分点: a result beyond it)
# (深入实施…三年行动计划,改扩建…5所学校, 实施教育腾飞计划,: a 行动计划 named, or a 计划 that ends its clause, is a
# programme carried out, no plan ahead)
# 拟新增…310个, 今年拟建132个: 拟 plans as 计划 does (not 模拟, 虚拟, 比拟, 拟定, 拟任)
# (三项民生计划指标分别完成全年目标任务的249%: the plan's indicators, done so far)
MET_PLAN = r"(?<!按)(?<!按预期)(?<!完成)(?<!完成年度)(?<!完成年)(?<!完成全年)(?<!完成本年)(?<!完成今年)(?<!超过)(?<!占)(?<!占全年)(?<!占年度)(?<!占总)(?<!占总建设)"
# 民生实事, 实事项目, 民心工程, 重点项目: the works of a year a text lists, sets or reports on
WORKS = r"(?:实事|民心工程|民生工程|重点工程|重点项目)"
# (计划生育, 千人计划专家, 双百计划人才: a policy's or a programme's name, no plan; 全年共争取上级科技项目62个,
# 累计争取, 先后争取, 向上争取中央…资金: funds or projects got, no striving)
FUTURE = re.compile(
    r"力争|(?<![共计后上])争取(?!到(?!\s*20\d\d))|预计|确保|将|(?<![模虚比])拟(?![定任])|(?<![”》\x22])"
    + MET_PLAN
    + r"(?<!行动)计划(?![”》\x22])(?!生育|专家|人才|人选)(?!的?\s*\d+(?:\.\d+)?(?![\d.年月日]))(?!\s*[，,。；;、])(?!指标[^，,。；;]{0,6}?完成)|规划建设"
    r"|(?<!控制)(?<!规划)" + MET_PLAN + r"目标(?!的?任务)(?!完成)|不少于|会议(?:还|并|同时)?要求"
    r"|(?<!已)(?:列入|纳入)[^，,。；;]{0,12}(?:民生实事|实事项目)"  # 被纳入…民生实事项目的还有…40个: the year's work
    r"|(?:建成|投用|投入使用|完工|竣工)后\s*[，,]?\s*(?:可|能)(?!能)"  # 4所幼儿园投入使用后,可新增45个班: what it will give
)
# 均提前超额完成了国家确定的“十四五”目标, 实现了10项奋斗目标, …设施建设实现预期目标: a target met, told of (its
# 目标 looks nowhere ahead; not 均可实现预期目标, foreseen)
# (完成了100%乡镇、100%建制村通沥青(水泥)路的目标: a goal met that spells out its figures)
# (…失业率为3.63%,低于年初确定的4%的目标, 同比增长3.2%,塌目标1.8个百分点, 高于目标2.1个百分点,
# 超目标18.63万人: a result told against its goal)
MET_GOAL = re.compile(
    r"(?:(?:超额|提前)*(?:完成了?|实现了|(?<![可将能要会])实现(?=预期目标|既定目标|年度目标))|低于|优于|高于|塌|超(?=(?:年度|全年)?目标)|(?:年底|年末|全年)[^，,。；;\d]{0,4}?可(?:以)?(?:实现|完成))"
    r"[^，,。；;]{0,30}?目标(?:任务)?"
)  # (…,主要经济指标年底均可实现预期目标: the year reported will meet its targets, foreseen)


# 列入国家计划的政府投资公租房累计分配31.67万套: the plan names which works are counted, no plan ahead
LISTED_IN_PLAN = re.compile(r"(?:列入|纳入)[^，,。；;\d]{0,12}计划的(?=[\u4e00-\u9fff])")


# 5年来,各级党委、政府将残疾人事业纳入…大局, 坚持将新增财力和财政支出的80%用于民生工程建设: 将 that
# puts a thing into a place or a use (the 把 of written Chinese), no look ahead (not 将把…作为, 将力争纳入,
# 将安排10亿元用于, 将全部纳入: 将 before a verb or an adverb)
PUT_INTO = re.compile(
    r"将(?!把|力争|争取|继续|全部|全面|进一步|逐步|安排|投入|会|要|在|于|重点|着力|积极|大力|加大|加快|统筹|陆续)"
    r"(?=[^，,。；;将]{2,24}?(?:纳入|列入|作为|用于|摆在|放在|融入|写入))"
)


def looks_ahead(sentence: str) -> bool:
    """Whether a sentence looks ahead (FUTURE), leaving out the targets it says were met, the
    plan that names what is counted (LISTED_IN_PLAN) and the 将 that puts a thing somewhere (PUT_INTO)."""
    return bool(FUTURE.search(PUT_INTO.sub("", LISTED_IN_PLAN.sub("", MET_GOAL.sub("", sentence)))))


# 比2015年(增加…), 在2020年基础上(每年降低…): the year a change is counted from
LEVEL_THEN = r"(?:[(（]\d+(?:\.\d+)?%?[)）])?"  # 比2015年(24.31): the level the year compared with had
# (将由2007年的人均100元增至140元: the year of the level a change ahead starts from)
COMPARED = re.compile(
    rf"(?:比|较|与|同|相比)\s*20\d\d\s*年(?:底|末)?{LEVEL_THEN}|在\s*20\d\d\s*年(?:底|末)?的?基础上"
    r"|(?<=将)\s*[由从]\s*20\d\d\s*年(?:底|末)?的"
)
# (至目前,全市…覆盖…702所学校: 至目前 opening a clause, not 增加至目前的…, a change that reaches now;
# 至今 but not 至今年底, by this year's end; 至4月底,该县共输转…: a month's end a count so far is told at, not a
# deadline, 至6月底全面完成)
AS_OF = re.compile(
    r"(?:(?:截至|截止到?)(?:目前)?|到(?:目前|现在)(?:为止)?|(?<![^，,。；;:：\s])至目前(?:为止)?|至今(?!年)"
    r"|(?<![到至项項])目前|(?<![^，,。；;:：\s])至(?=\s*\d{1,2}\s*月[底末]?\s*[，,][^，,。；;]{0,12}?(?:共|累计|已)))"
    r"\s*(?:(20\d\d)\s*年(?:底|末)?)?(?:\d{1,2}\s*月(?:底|末)?)?"
)  # 截至2024年: the state at a date (not 深化项目前期: a project's first stage)


# 1—7月, 前三季度, 上半年: a part of a year, reported on
_PART = r"(?:\d{1,2}\s*[—\-–~至到]\s*\d{1,2}\s*月(?:份)?|前[一二三]季度|上半年)"
_DONE = r"(?=[^，,。；;]{0,6}(?:已|累计|完成|实现)|[^，,。；;]{0,12}累计)"  # 1—7月已开工: done by then (a plan's 3-4月,…开工 is a schedule); 上半年海南省…累计开工
ELAPSED = r"(?:^|[，,：:；;\s])((?:20\d\d\s*年)?\s*前\s*\d{1,2}\s*个月)"  # 2022年前11个月: elapsed, whatever the verb
# 一季度实现公租房开工100套: a quarter's result (三季度完成改造 may be a schedule: only 实现, 已, 累计)
QUARTER = r"(?:^|[，,：:；;\s])((?:20\d\d\s*年)?\s*第?[一二三]季度)(?=[^，,。；;]{0,4}(?:已|实现|累计))"
# 1—6月, 上半年, 前三季度, 一季度 opening a clause (alone, or before what it counts: 1-9月城乡居民人均可支配收入26659元),
# 今年一季度 anywhere, whatever the verb: the year so far
# (3—4月 may be a schedule)
_SO_FAR = r"(?:(?:(?:1|一)\s*[—\-–~至到]\s*\d{1,2}\s*月(?:份)?|上半年|前[一二三]季度|第?一季度|首季度?)(?=\s*[，,]|[^，,。；;\d]{2,20}\d)|今年(?:一季度|上半年))"
# 二季度末, 一季度末: the state at a quarter's end
QUARTER_END = r"(?:^|[，,：:；;\s])(第?[一二三四]季度末)"
# 新疆上半年开展技能培训超过193万人次, 海南上半年開工5.15萬套: a news headline's place, then the part of the
# year whose result it tells (not 力争上半年…, 全省上半年将新开工…: ahead)
PLACE_PART = (
    r"^\s*(?!力争|争取|计划|确保|预计)[\u4e00-\u9fff]{2,3}(上半年|前[一二三]季度)"
    r"(?=(?:(?!将|拟|要|力争|确保|计划)[^，,。；;\d]){2,20}\d)"
)
PART_OF_YEAR = re.compile(
    rf"(?:^|[，,：:；;\s])((?:20\d\d\s*年)?\s*{_PART}){_DONE}|{ELAPSED}|{QUARTER}"
    rf"|(?:^|[，,：:；;\s])((?:20\d\d\s*年)?\s*{_SO_FAR})|{QUARTER_END}|{PLACE_PART}"
)
# 12月份实施临时救助24户77人, 12月救助52人, 3月份全国城镇调查失业率5.2%: one month opening a clause, before
# what it counts, in a sentence that looks nowhere ahead: that month's figures (not 12月底前, 9月中旬, 12月到2月,
# nor a schedule's cell: | 11月 | 建设局)
ONE_MONTH = re.compile(
    r"(?:^\s*|[，,：:；;])(\d{1,2}\s*月份?)(?![底末前初中旬上下日号份\d至到—\-–~])(?=[\u4e00-\u9fff]{2,20}\d)"
)
PART_DONE = re.compile(rf"(?<![到至])20\d\d\s*年\s*{_PART}{_DONE}")  # 2012年上半年…累计开工: that part's results
PART_CLAUSE = re.compile(rf"[，,；;]\s*{_PART}{_DONE}")  # the same, as a clause after a target
# 去年，全省…, “去年8月,…就已…: the year before the one the text is written in, reported on
LAST_YEAR = re.compile(
    r"(?:^|[，,。；;\s)）“\"「])(去年|上年|上一年)(?:[，,]|以来|全年|度|(?=\d{1,2}\s*[至到—\-–~]\s*\d{1,2}\s*月|\d{1,2}\s*月份?[，,])"
    r"|(?:(?<=^去年)|(?<=[，,]去年)(?=[\u4e00-\u9fff]))(?!同期|的|基础|水平|底前))"
    # (去年新增近邻运动场132处, …,去年全市共招聘…, …透露,去年生态葬的比例仅占20%)
    # 报告称河北省去年民生和社会事业持续发展, 我市去年新增…: a place, then what it did last year
    r"|(?<=[省市区县州国])(去年)(?!同期|的|基础|水平|底前|度)(?=[\u4e00-\u9fff])"
)  # (…记者…)去年,…: after a byline's bracket too


# 百万人才进海南行动计划(2018-2025年): the years of a document's title name it, they set no deadline
# 2606个撤并村通公路(2013—2017年)。: a task whose sentence ends with its span in brackets
TASK_SPAN = re.compile(r"\d[^。；;()（）]*[(（]\s*20\d\d\s*年?\s*[-—–至到~～]\s*(20\d\d)\s*年?\s*[)）]\s*[。；;]?\s*$")
TITLE_SPAN = re.compile(
    r"(?<=计划|规划|方案|纲要|意见)[”\"》]?\s*[(（]\s*20\d\d\s*年?\s*[-—–至到~～]\s*20\d\d\s*年?\s*[)）]"
)


# 起步发展阶段(2009—2010年): the years of one of the stages a plan sets
STAGE_SPAN = re.compile(r"(?<=阶段|时期)\s*[(（]\s*20\d\d\s*年?\s*[-—–至到~～]\s*20\d\d\s*年?\s*[)）]")


# 五年来, 近两年间, 过去的3年来, 实施两年多来: the years just past
ELAPSED_YEARS = r"(?:近|过去的?)?(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*年多?(?:间(?!隔)|来)"


# 2019年以来, 2021年9月以来: the time since a year (never a year to reach)
SINCE = r"(?<!\d)20\d\d\s*年(?:\s*\d{1,2}\s*月份?)?(?:以来|来)"


# 今年已为村民放映电影3780场, 今年以来已为9246户企业缓缴社保费12.7亿元, 今年4月已有16所…开工; what the last
# years did (10年间仅增加7100个, 五年来累计投入35亿元); a
# year's results told against their task: 完成率105%, 100.78% (beyond the whole task: a result, where 完成率100%
# may be a target), 超过原定任务数4户, 于8月15日全面完工; a facility opened on a day
# (于9月1日正式投入使用,辐射5个社区): what it serves now
DONE_SO_FAR = re.compile(
    r"圆满收官|全部开工|已全部|今年已(?=[\u4e00-\u9fff])|今年以来|今年\d{1,2}月份?(?=[^，,。；;]{0,4}已)"
    rf"|(?<![\d年]){ELAPSED_YEARS}"
    r"|过去的?(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*年(?!内|后|里)"  # 过去五年,…新建学校11所
    r"|(?:^|[，,。])\s*这(?:\d{1,2}|[二三四五六七八九十两]{1,2})\s*年(?=\s*[，,])"  # 这四年,…压缩80%: the years reviewed
    rf"|{SINCE}"  # 2019年以来,西安市…新建…321所: what was done since then
    r"|连续(?:\d|[两二三四五六七八九十])年(?=[^，,。；;]{0,4}?(?:新建|建成|完成|实现|新增|增加|提高|下降|超过|位居|获))"
    r"|完成率\s*(?:达到?|为)?\s*(?:100\.\d*[1-9]|10[1-9]|1[1-9]\d|[2-9]\d\d|\d{4,})(?:\.\d+)?\s*%|超过原定任务|全面完工"
    r"|超额完成(?![^，,。；;]{0,16}(?:目标|任务|指标))"  # 17项超额完成 (not 超额完成4.7万批次的年度目标任务: the target met)
    r"|于\d{1,2}月\d{1,2}日(?:正式)?(?:投入使用|投用|开园|启用|竣工|完工|交付使用)"
)
# 完成省民生工程目标任务的130.26%, 与去年同期相比增长20.61%, 同比下降: a year's results, told against
# its target or the year before (a target is never written so; 比上年增加3000人 may be one)
REPORTED = re.compile(
    r"完成[^，,。；;]{0,16}?目标任务的\s*\d"
    r"|(?:与(?:去年|上年)(?:同期)?相比|(?:比|较)(?:去年|上年)同期)\s*(?:增长|下降|提高|降低|增加|减少)"
    r"|同比(?:增长|下降|提高|降低|增加|减少)"
    r"|与(?:去年|上年|20\d\d\s*年)(?:同期)?(?:基本)?持平"  # 全年完成技术合同登记382项…,与2021年持平
)
# 计划实施的5个项目已于8月底全部竣工: done by a time the text names (what was planned, done); 2012年…推进100所
# 幼儿园建设任务已经全面完成: a task told done in full
COMPLETED_BY = re.compile(
    r"已(?:经)?(?:于|在)[^，,。；;\d]{0,3}\d{0,2}[^，,。；;\d]{0,8}?(?:竣工|完工|建成|完成|投入使用|交付使用)"
    r"|(?:任务|项目|工程)已(?:经)?(?:全面|全部|如期)(?:完成|完工|竣工|建成)"
)
PLANNED_THEN_DONE = re.compile(r"计划(?=[^，,。；;]{0,16}?已(?:经)?(?:于|在))")  # (计划实施的…已于…: no plan ahead)
# 据2010安庆城区死因监测点数据显示,…: what data of a time showed
SHOWN = re.compile(
    r"据[^，,。；;]{0,30}?(?:数据|统计|监测|调查)[^，,。；;]{0,6}?显示|据[^，,。；;]{0,20}?统计(?=[，,：:])"
)  # 据统计,全省…老年人达133万人: what a count found
# 省政府工作报告在回顾“十四五”时期工作时指出,…超过80岁: what a review of a time past told
REVIEWED = re.compile(r"(?:回顾|总结)([^，,。；;]{0,16}?)工作时(?:指出|提到|表示|说)")
ONLY_IN = re.compile(r"仅\s*(20\d\d)\s*年\s*[,，]?\s*(?:就|便)")  # 仅2011年,就投入5600万余元: what one year did
# words of a report (已, 累计, 截至, 目前 …) in a sentence read as a target: the import summary lists it for
# the editor to check first (a past figure drafted as a target is the worst slip a draft can make); 为了
# and 了解 are no 了
REPORT_WORDS = re.compile(r"已(?!经?(?:于|在))|(?<![为除])了(?!解)|累计|共有|现有|全年完成|完成率|截至|目前")
NOW_CLAUSE = re.compile(r"[，,；;]\s*(?=目前|截至目前|到目前为止|截至(?:\d|今年|本年))")
AIMING = re.compile(r"今年|拟|计划|将|力争")  # the words before the state now that set this year's target
# (会议透露,“十二五”期间,…: the period after a short lead of who tells it)
PERIOD_LEAD = re.compile(r"^\s*(?:[^，,。；;\d“\"]{1,8}[，,])?[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间)")
# a news item's byline before its lead: 本报讯(记者 李琪), 新华社北京3月5日电(记者 …)
BYLINE = re.compile(r"^[^，,。；;]{0,24}?[讯电]\s*[(（][^)）]{0,24}?记者[^)）]{0,24}[)）]\s*")
# 近四年来,紫阳县每年都要…,今年的20件实事…总投资高达11.7亿元: the years just past, then this year's
ELAPSED_LEAD = re.compile(rf"^\s*{ELAPSED_YEARS}")
THIS_YEAR_CLAUSE = re.compile(r"[，,；;]\s*(?=今年)")
# 2019年以来,…321所,…,另外在建的126所将于今年…建成 / 从2019年10月至2020年秋季开学前,…195所,…,今年…还将新增… /
# 去年全市共招聘7800多名教师,今年还将再招聘7000多名: what was done since, over or in a time past, then the
# clause that looks ahead (the words before the first figure name that time)
PAST_LEAD = re.compile(
    rf"^[^。；;\d]{{0,60}}?(?:{SINCE}|从\s*20\d\d\s*年[^，,。；;]{{0,12}}?(?:至|到)\s*20\d\d\s*年[^，,。；;]{{0,12}}?(?:前|底|末)"
    r"|(?:^|[，,])去年(?=[，,\u4e00-\u9fff])|(?:^|[，,])今年以来)"  # (今年以来,…新增…40家,到今年底…将建成…188家)
)
LATER_CLAUSE = re.compile(r"[，,；;]\s*(?=今年|[^，,；;。]*?(?:将|拟|力争|提出|到\s*20\d\d\s*年))")
# (…将新建敬老院45所,今年宁夏已安排建设…5所: this year's part of a period's task)
AHEAD_CLAUSE = re.compile(
    r"[，,；;]\s*(?=今年(?:[^，,。；;\d]{0,4}?)(?:还|也)?(?:将|要|计划|拟|已经?安排)|到20\d\d年|力争)"
)


# 截至7月底,…13万多人,已接近年初下达的15万人的目标任务,下半年要确保全年…18万人: the results as of a date,
# then what the rest of the year is to reach (截至9月底,…98万人,…,预计全年两者合计将达到248万人; 截至目前,…已发放…
# 175万元,预计11月底将累计发放475人: what is expected by the year's or a month's end)
REST_OF_YEAR = re.compile(
    r"[，,；;]\s*(?=(?:下半年|全年|年内)[^，,。；;\d]{0,4}?(?:还|也)?(?:将|要|确保|力争)"
    r"|预计(?:全年|年底|年内|今年|\d{1,2}\s*月底)?[^，,。；;\d]{0,8}?将)"
)


def _rest_of_year(sentence: str) -> int | None:
    """Where the clause on the rest of the year (REST_OF_YEAR) opens, after figures told as of a date."""
    ahead = REST_OF_YEAR.search(sentence)
    as_of = AS_OF.search(sentence)
    if ahead is None or as_of is None or as_of.start() > ahead.start():
        return None
    return ahead.start() if re.search(r"\d", sentence[as_of.end() : ahead.start()]) else None


def report_then_target(sentence: str) -> list[str]:
    """A sentence that reports a state at a date, then sets a target (截至2020年底，…达到2万张，到2025年
    达到3万张), as two: the report up to the clause that names the deadline, and the rest."""
    later = PART_CLAUSE.search(sentence)
    if later:  # 今年…计划新开工289万套,1—7月已开工约207万套: a target, then a part of the year's progress
        return [sentence[: later.start() + 1], sentence[later.start() + 1 :]]
    rest = _rest_of_year(sentence)
    if rest is not None:
        return [sentence[: rest + 1], sentence[rest + 1 :]]
    now = NOW_CLAUSE.search(sentence)
    aimed = sentence[: now.start()] if now else ""
    if (
        now and AIMING.search(aimed) and re.search(r"\d", aimed)
    ):  # 今年拟建132个…,目前已验收合格4个: a target, then the state now
        return [sentence[: now.start() + 1], sentence[now.start() + 1 :]]
    ahead = AHEAD_CLAUSE.search(sentence) if PERIOD_LEAD.match(sentence) else None
    ahead = ahead or (THIS_YEAR_CLAUSE.search(sentence) if ELAPSED_LEAD.match(sentence) else None)
    # (新华社西安1月18日电(记者 …)…,2019年以来,…: the lead after a news item's byline)
    byline = BYLINE.match(sentence)
    lead = byline.end() if byline else 0
    since = None if ahead else PAST_LEAD.match(sentence[lead:])
    ahead = ahead or (LATER_CLAUSE.search(sentence, lead + since.end()) if since else None)
    if ahead:  # “十一五”期间,…投入近15亿元…,今年还将…: what a period did, then what this year is to do
        return [sentence[: ahead.start() + 1], sentence[ahead.start() + 1 :]]
    as_of = AS_OF.search(sentence)
    dated = as_of is not None and (as_of.group(1) is not None or as_of.group(0).strip() in ("目前", "当前", "截至目前"))
    t = TARGET_YEAR.search(sentence, as_of.end()) if as_of and dated else None  # 目前…约为300万人,而到2025年…
    if as_of is None or t is None:
        return [sentence]
    cut = max(sentence.rfind(mark, as_of.end(), t.start()) for mark in '，,；;“"')
    if cut < 0 or not re.search(r"\d", sentence[as_of.end() : cut]):
        return [sentence]
    return [sentence[: cut + 1], sentence[cut + 1 :]]


# 全年新建幼儿园48所，超额完成40所的年度目标任务: a result, then the target it met
MET_TARGET = re.compile(
    r"[，,；;]\s*(?:超额|提前)?完成[^，,。；;\d]{0,6}(?:\d[^，,。；;]{0,12}?)?的?(?:年度)?(?:目标任务?|任务)"
)

# …2.73平方米,…,远超省制定的…2.1平方米的目标。, …为3.5%,控制在4.5%的年度目标以内; …分别达到57%、89%,均超过预期
# 发展目标。: a result, then the goal it passed or kept within, ending the sentence
PASSED_GOAL = re.compile(
    r"[，,；;]\s*(?:均|都)?(?:远超|超过|控制在)[^，,。；;\d]{0,24}(?:\d[^，,。；;]{0,12}?)?的?(?:年度|预期|发展)*目标"
    r"(?=(?:以内|以下)?\s*[。；;!！]?\s*$)"
)

# 开展群众文化活动652场次,…,预计全年举办活动780场: what the year did so far, then what it is foreseen to reach
ESTIMATE_AHEAD = re.compile(r"[，,；;]\s*(?=预计(?:全年|年底|到年底|今年))")


def results_then_targets(sentence: str) -> list[tuple[str, str | None]]:
    """A year-end report's sentence as (words, the time they report on): what was done (全年…48所),
    a report on the year, then the target it met (超额完成40所的年度目标任务) or passed, a target; what was
    done before the year's estimate (…652场次,预计全年举办活动780场), a report, then the estimate."""
    estimate = ESTIMATE_AHEAD.search(sentence)
    done, rest = (sentence[: estimate.start() + 1], sentence[estimate.start() + 1 :]) if estimate else ("", "")
    # (截至去年底,…已达82.3万,…,预计今年年底将达到86万: a report dated by its own words, then this year's
    # estimate; 截至9月底,…,预计全年…将达到248万人: left as it is)
    told = None if AS_OF.search(done) else "完成情况"
    # (2020年,…在上半年实现转正翻红,预计全年…: no figure done but the year's own, whose estimate it is)
    figured = re.search(r"\d", re.sub(r"20\d\d\s*年", "", done))
    if figured and not FUTURE.search(done) and (told or re.match(r"\s*预计今年", rest)):
        return [(done, told), *results_then_targets(rest)]
    passed = PASSED_GOAL.search(sentence)
    # (“十三五”期间,…达76.5%,远超预定的60%的目标: a period's results, whose goals year_tasks sets at its end)
    passed = None if passed is None or PAST.search(sentence[: passed.start()]) else passed
    m = MET_TARGET.search(sentence) or passed
    rest = sentence[m.end() :] if m is not None else ""
    if m is not None and not re.search(r"\d|年度", m.group(0)) and re.fullmatch(r"\s*[。；;!！]?\s*", rest):
        return [(sentence, "完成情况")]  # 成功创建38个无障碍社区,超额完成目标任务。: a result, the task it met
    if (
        m is not None
        and re.search("年度|全年", m.group(0))
        and not re.search(r"\d", m.group(0))
        and re.match(r"\s*的?\s*\d[\d.]*\s*[%％]", rest)
    ):
        # 46.78万人,完成年度目标任务的101.7%, 完成全年目标任务32.18%: a result, and the share it reached
        return [(sentence, "完成情况")]
    if m is None or not re.search(r"\d|年度", m.group(0)):
        return [(sentence, None)]  # (超额完成目标任务近8万人: the excess, no target)
    told = "全年" if "全年" in sentence[: m.start()] else "完成情况"
    return [(sentence[: m.start() + 1], told), (sentence[m.start() + 1 :], None)]


def _period_reviewed(named: str, now: int | None, sentence: str) -> bool:
    """Whether a sentence tells of a five-year period (“十三五”期间) that ended by the year the text
    was written, looking nowhere ahead."""
    m = re.search(r"(十[一二三四五六七八九]五)[”\x22]?(?:期间|时期|以来)", named)
    end = PERIOD_ENDS.get(m.group(1)) if m else None
    return end is not None and now is not None and end <= now and not looks_ahead(sentence)


def sentence_year(sentence: str, start: int, now: int | None = None) -> int | None:
    """The target year a sentence names: 到2025年, 2025年底前, 到“十四五”末, the end of a span of
    years that has not passed (“十四五”(2021年至2025年)期间; 2016年至2020年 in a plan starting
    in 2021 reports), or a year at or after the plan's start (and not before `now`, the year the
    document was written, where known). 到2023年 in a plan that starts in 2026 is a target only
    when the sentence looks ahead (力争, 预计, 将, 不少于 …: a draft copied from the previous plan); the indicator then says so
    in its year_caveat. Otherwise it reports the past (截至2020年底, 到2020年全市共有…), as does a
    period that had ended when the text was written (“十三五”期间,…强化了… told in 2020)."""
    # 仅2011年,就投入…, 2022年前11个月…, 2012年上半年…累计开工: what that year, or its part, did (past_marker)
    elapsed = ONLY_IN.search(sentence) or re.search(ELAPSED, sentence) or PART_DONE.search(sentence)
    elapsed = elapsed or REVIEWED.search(sentence)
    if elapsed and not FUTURE.search(sentence):
        return None
    t = TARGET_YEAR.search(sentence)
    if AS_OF.search(sentence) and not t:
        return None  # 截至2024年…达95.86%: what was reached by then, whatever the plan's years
    if t and (int(t.group(1) or t.group(2)) >= start or FUTURE.search(sentence)) and not _reached_before(t, now):
        return int(t.group(1) or t.group(2))
    m = PERIOD_END.search(sentence)
    if m and PERIOD_ENDS.get(m.group(1), 0) >= start and not _period_reviewed(m.group(0), now, sentence):
        return PERIOD_ENDS[m.group(1)]
    sentence = re.sub(SINCE, "", MEETING_YEAR.sub("", TITLE_SPAN.sub("", sentence)))
    task = TASK_SPAN.search(sentence)
    if task:
        return int(task.group(1))  # 2606个撤并村通公路(2013—2017年)。: the task's span, whenever it ends
    # a span that ended before the document was written (2018年4月13日至2020年年底, told in 2021) is a report
    span = next(
        (int(m.group(2)) for m in SPAN.finditer(sentence) if int(m.group(2)) >= max(start, now or start)),
        None,
    )
    if span is not None and _told_to_now(sentence, now):
        return None
    if span is not None:
        return span  # “十四五”(2021年至2025年)期间: the span's end
    whole = PART_OF_WHOLE.sub("", sentence)  # (…10万人次以上),其中2019年培训3.5万人次: the part's year
    years = [int(y) for y in YEAR.findall(whole) if int(y) >= max(start, now or start)]
    return years[0] if years else None


# 近年来,…其中,2011年至2015年,海口共新建…30所 (told in 2015): years up to the text's own, counted
# as done so far (近年来, 累计, 共), in a sentence that looks nowhere ahead
TOTALLED = re.compile(r"近年来|近几年|累计|(?<![一总])共(?=[^，,。；;\d]{0,8}\d)")


def _told_to_now(sentence: str, now: int | None) -> bool:
    """Whether a span that began before the text was written and ends in its year is told as a total
    so far (TOTALLED), looking nowhere ahead."""
    spans = [m for m in SPAN.finditer(sentence) if now and int(m.group(1)) < now == int(m.group(2))]
    return bool(spans) and bool(TOTALLED.search(sentence)) and not FUTURE.search(sentence)


# 在海口召开的2016年度海南省基础教育…工作会议上: the year in a meeting's name sets no target
MEETING_YEAR = re.compile(r"20\d\d\s*年度?[^，,。；;\d]{0,24}?会议")
# 计划用三年时间开展培训10万人次以上,其中2019年培训3.5万人次: a year named in a 其中 clause dates that
# part of the figure before it, not the whole sentence
PART_OF_WHOLE = re.compile(r"[，,；;]\s*其中[^，,。；;]*")


# a change to a year's level (由2017年的76.7岁提高到2018年的77.0岁): a target in a plan, a report
# once the document was written after that year
REACHED_IN = re.compile(r"(?:提高|增加|增长|上升|下降|降低|减少)(?:到|至)\s*$")


def _reached_before(t: re.Match[str], now: int | None) -> bool:
    """The year after 提高到 (…到2018年的…) is the level reached then, told by a text written later."""
    year = int(t.group(1) or t.group(2))
    if now is None or year >= now or not t.group(1):
        return False
    head = t.string[: t.start(1)].rstrip()
    return bool(REACHED_IN.search(head)) and t.string[t.end() : t.end() + 1] == "的"


# a year the sentence tells of; not one that names the batch a verb's object belongs to, its count
# right after it (完工2024年9个续建老旧小区改造项目: this year's work on last year's projects)
TOLD_YEAR = re.compile(
    r"(?<!完工|完成|推进|实施|建成)(20\d\d)\s*年(?!之前|以前)"
    r"|(?<=完工|完成|推进|实施|建成)(20\d\d)\s*年(?!之前|以前|\d+\s*(?:个|所|家|项|件|座|套|户|处|部|条))"
    r"|(?<![\d.])(19[4-9]\d)\s*年(?![代度]|\d)"  # 1949年全国仅35岁: a year of the last century, past (not 1990年代)
)


def past_marker(sentence: str, start: int, now: int | None = None) -> tuple[int | None, str | None] | None:
    """(year, period) of the earlier time a sentence reports on, or None for a target sentence.

    `now` is the year the document was written (its 落款 or its page's date), where known: a year
    it names without looking ahead (2021年全省新增…) and that is before `now` is past, even
    inside the plan's period."""
    only = ONLY_IN.search(sentence)
    if only and not FUTURE.search(sentence):
        return int(only.group(1)), None  # 仅2011年,就投入…: told of, even in the plan's first year
    reviewed = REVIEWED.search(sentence)
    if reviewed and not FUTURE.search(sentence):  # the time reviewed: a period, a year, or as written
        period, year = PAST.search(reviewed.group(1)), YEAR.search(reviewed.group(1))
        return (int(year.group(1)), None) if year else (None, f"“{period.group(1)}”时期" if period else "回顾")
    if sentence_year(sentence, start, now) is not None:
        return None
    as_of = AS_OF.search(sentence)
    if as_of and as_of.group(0).strip() == "目前" and FUTURE.search(sentence):
        as_of = None  # 目前…,力争达到90%: the sentence looks ahead from now
    if as_of:  # 截至2024年底: that year; 截至5月底, 目前: the time as written, where no year is given
        return (int(as_of.group(1)), None) if as_of.group(1) else (None, as_of.group(0).strip())
    part = PART_OF_YEAR.search(sentence) or (None if looks_ahead(sentence) else ONE_MONTH.search(sentence))
    if part:  # 1—7月已开工约207万套: what was done in a part of the year, as written
        return None, next(g for g in part.groups() if g).strip()
    shown = SHOWN.search(sentence)
    if shown and not FUTURE.search(sentence):
        year = re.search(r"20\d\d", shown.group(0))
        return (int(year.group(0)), None) if year else (None, "数据显示")
    done = DONE_SO_FAR.search(sentence)
    if done and not looks_ahead(sentence):  # …三年任务圆满收官,累计…; 已全部建成,完成了…的目标: done so far
        return None, done.group(0)
    for m in PAST.finditer(sentence):
        end = PERIOD_ENDS.get(m.group(1))
        if end is not None and (end < start + 1 or _period_reviewed(m.group(0), now, sentence)):
            return None, f"“{m.group(1)}”时期"
    told = COMPARED.sub("", sentence)  # 比2015年增加…: the year compared with is not the year told of
    years = [int(next(g for g in m if g)) for m in TOLD_YEAR.findall(told)]
    years = [y for y in years if y < max(start, now or start)]
    if years:
        return years[-1], None
    return None


# 今年将实施…, 今年…项目如下: the year the document is written in (not 今年以来, 今年前三季度:
# a part of the year, reported); 刚刚过去的2020年 in a text with no date of its own tells it
THIS_YEAR = re.compile(
    r"今年(?!以来|[前上下一二三四五六七八九十\d])|(?<![\d一二三四五六七八九十两几多今每本])年内|(?<![\d年])(?<!预计)全年(?=计划|(?!预计)(?:(?!完成)[^，,。；;\d]){1,12}\d)"  # 力争全年城镇新增就业18.5万人
    r"|(?<![\d一二三四五六七八九十两几多今明去前每本年截至])年底前?(?![\u4e00-\u9fff])"  # 年底前,我市将…, 到年底,…
    r"|今[春夏秋冬](?!季?以来)"  # 今秋开学,…将新增28所: a season of this year
)
THIS_YEAR_END = re.compile(r"[到至]?今年年?底前|[到至]今年年?[底末]")  # (今年底前, 至今年底: a deadline this year)
# 刚刚过去的2020年, 会议总结2023年工作,部署2024年重点任务: the year before the text's
JUST_PAST = re.compile(r"(?:刚刚|刚)过去的\s*(20\d\d)\s*年|(?:总结|回顾)\s*(20\d\d)\s*年度?工作")


# 明年新增1770个, 今明两年计划新增…13万个: the year after the text's (后年: the one after; 未来三年 names no
# calendar year: which years it counts, the text leaves open, and so does the draft)
YEARS_AHEAD = re.compile(
    r"明年(?!以来)|今明[两兩]年|(?:^|[，,；;\s])后年(?!均)"
)  # (…今年新建16所,明年新建10所,后年新建7所: the year after next)


def this_year(sentence: str, written: int | None, introduces: bool = False) -> int | None:
    """The year 今年 names in a sentence that looks ahead (将, 计划, 力争 …) or introduces a list
    (…项目如下:), the year 年底前 and 到年底 end, and the year 明年 and 后年 name, where the
    document's year is known."""
    m = THIS_YEAR.search(sentence) if written is not None else None
    ahead = YEARS_AHEAD.search(sentence) if written is not None and m is None else None
    ahead = None if re.search(r"20\d\d\s*年", sentence) else ahead  # a sentence's own year rules
    if ahead is not None and ahead.group(0).startswith("今明") and re.search(r"\d", sentence[: ahead.start()]):
        ahead = None  # 近四年共投入70多亿元…,今明两年计划再投资5亿元: the figures before it tell of the years before
    if ahead is not None and written is not None:
        return written + (2 if ahead.group(0).endswith("后年") else 1)
    if m is None:
        return None
    # 到年底,…参保率要达到60%以上, 今年底前…发行…669万张, 至今年底: a deadline looks ahead
    deadline = m.group(0).startswith("年底") or bool(
        THIS_YEAR_END.search(sentence[max(0, m.start() - 1) : m.end() + 3])
    )
    return written if introduces or deadline or FUTURE.search(sentence) or re.search(r"今年拟", sentence) else None


# 从昨日下午召开的2021年市政府残工委全体会议…获悉: a meeting of the year the report is written in
MET_NOW = re.compile(
    r"(?:昨日|昨天|今天|今日|日前|近日)[^。，,]{0,8}(?:召开|举行)的\s*(20\d\d)\s*年"
    # 记者从重庆市2019年卫生健康工作会上获悉, 在2024年全省民政工作会议上, 作2014年天津市政府工作报告
    r"|(?:从|在|作)[^。，,；;]{0,12}?(20\d\d)\s*年(?!以来)[^。，,；;\d]{0,16}?(?:工作会议?|工作报告|工作会商会)"
    # 近日,深圳召开2024年全市卫生健康工作会议: the meeting on a year's work, held as it opens
    r"|(?:召开|举行)了?\s*(20\d\d)\s*年(?!以来)[^。，,；;\d]{0,16}?工作会议?"
    # 2026年是“十五五”开局之年: the year the text is written in, named as the year it opens on
    r"|(?:^|[。！\s])(20\d\d)\s*年是[^。，,；;]{0,24}?之年"
)


# 今年是“十五五”规划开局之年, 今年是“十四五”规划收官之年: this year, named as the first or last of a plan's period
PERIOD_YEAR_NOW = re.compile(r"今年是\s*[“\"]?(十[一二三四五六]五)[”\"]?(?:规划)?的?(开局|起步|收官)之年")
# 2020年重庆将大幅增加基层养老服务机构: a headline that opens with a year it looks ahead to
HEADLINE_AHEAD = re.compile(r"^\s*(20\d\d)\s*年(?![\d底末前以])[^，,。；;]{0,30}?(?:将|拟|力争|计划)")
DATA_SHOWN = re.compile(r"(?:数据显示|统计显示|据统计)\s*[,，:：]?\s*(20\d\d)\s*年")


OPENING_PARAGRAPHS = 5  # (three lines of a headline, repeated, may stand before the lead)

# 2015年,…新建成…5所,…缓解了…。今年,…计划筹措…: a year's results, then a sentence that opens on this year
# (the text is of the year after) or on the next (2014年…目标已全面完成…。明年我国将新开工…: of that year)
REVIEWED_YEAR = re.compile(r"(?<![\d到至])(20\d\d)\s*年(?![底末前内度\d])")
# (…,2022年,全州实现地区生产总值…。全州划定发展预期目标,地区生产总值增长3%: a work report's targets, of the year after
# the year it reviews, not 圆满完成年度预期目标)
NEXT_OPENING = re.compile(
    r"(?:^|[。\n])\s*(今年|明年)(?!以来|[前上下一二三四五六七八九十\d])"
    r"|(?:^|[。\n])(?:(?!完成|实现|超)[^。\n]){0,24}?(?:主要|发展)?(预期目标)"
)


def reviewed_then(texts: list[str]) -> int | None:
    """The year a text is written in, from the year its first paragraphs report (a sentence with words
    of a report, 已, 了 …) followed by a sentence that opens on 今年 and looks ahead, or that sets the
    预期目标 of a work report (the year after), or on 明年 (that year)."""
    text = "\n".join(texts)
    then = NEXT_OPENING.search(text)
    years = list(REVIEWED_YEAR.finditer(text[: then.start()])) if then else []
    if then is None or not years:
        return None
    start = max(text.rfind(stop, 0, years[-1].start()) for stop in "。\n") + 1
    reviewed = text[start : text.find("。", years[-1].end()) + 1 or None]
    ahead = text[then.start() :].lstrip("。\n").split("。", 1)[0]
    after = then.group(1) != "明年"  # 今年 and the targets a report sets are of the year after the one it reviews
    # (a work report's year reviewed with no 已 or 了: 2022年,…实现地区生产总值…,同比增长2.7%)
    told = REPORT_WORDS.search(reviewed) or (then.group(2) and re.search("同比|取得|实现", reviewed))
    if not told or (after and not FUTURE.search(ahead)):
        return None
    # (对全市2013年农村危房改造工作进展情况进行…督查。今年…: that year's work, under way, not the year after)
    ongoing = bool(ONGOING.match(text, years[-1].end()))
    return int(years[-1].group(1)) + (1 if after and not ongoing else 0)


# (2013年农村危房改造工作进展情况): the progress of a year's work, told while it is under way
ONGOING = re.compile(r"[^，,。；;\d]{0,16}?(?:工作)?进展(?:情况)?")


# 36万人, 3200张: a figure with its unit's first character
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[万亿]?[\u4e00-\u9fff]")
YEAR_OPENS = re.compile(r"^\s*(20\d\d)\s*年(?![底末前内度\d]|以来)(?!.*今年)")  # (not 2014年以来…,今年…)


def restated_year(texts: list[str]) -> int | None:
    """The year a sentence that opens on it (2016年,全省人社部门将…实现城镇新增就业36万人) gives a figure that
    a sentence of this year looking ahead gives too (今年我省将实现城镇新增就业36万人): this year is that year."""
    sentences = [s for t in texts for s in re.split(r"[。！\n]", t)]
    ahead = {f for s in sentences if THIS_YEAR.search(s) and FUTURE.search(s) for f in FIGURE.findall(s)}
    return next(
        (int(m.group(1)) for s in sentences for m in [YEAR_OPENS.match(s)] if m and ahead & set(FIGURE.findall(s))),
        None,
    )


def just_past(texts: list[str]) -> int | None:
    """The year a text with no date of its own is written in, from 刚刚过去的2020年 or 总结2020年工作 (2021), from
    the meeting or work report it tells of (昨日下午召开的2021年…会议, 记者从…2019年卫生健康工作会上获悉,
    作2014年…政府工作报告), or the year it says it opens on (2026年是“十五五”开局之年; 今年是“十五五”规划开局之年,
    a plan period's first year, or its 收官之年, the last), from a headline that opens with the
    year it looks ahead to (2020年重庆将大幅增加…: 2020), or from the year whose data it shows beside
    this year's targets (今年…目标已经设定…; 数据显示,2014年,…: 2015), read in its first paragraphs (a
    page's headline lines come first)."""
    texts = [simplified(t) for t in texts[:OPENING_PARAGRAPHS]]  # (a page in traditional characters: 工作報告)
    m = next((m for t in texts for m in [JUST_PAST.search(t)] if m), None)
    if m:
        return int(m.group(1) or m.group(2)) + 1
    met = next((m for t in texts for m in [MET_NOW.search(t)] if m), None)
    if met:
        return int(next(g for g in met.groups() if g))
    period = next((m for t in texts for m in [PERIOD_YEAR_NOW.search(t)] if m), None)
    if period:
        return FIVE_YEAR_PLANS[period.group(1)][0 if period.group(2) in ("开局", "起步") else 1]
    headline = next((m for t in texts for m in [HEADLINE_AHEAD.match(t)] if m and not re.search("[。；;]", t)), None)
    if headline:
        return int(headline.group(1))
    reviewed = reviewed_then(texts) or restated_year(texts)
    if reviewed:
        return reviewed
    shown = next((m for t in texts for m in [DATA_SHOWN.search(t)] if m), None)
    ahead = any(THIS_YEAR.search(t) and FUTURE.search(t) for t in texts)
    return int(shown.group(1)) + 1 if shown and ahead else None  # 今年…目标; 数据显示,2014年,…: 2015


def last_year(text: str) -> int | None:
    years = re.findall(r"(20\d\d)\s*年", text)
    return int(years[-1]) if years else None


# 城镇化率（2020年）达到58%: a year in brackets after a name dates the figure that follows it
DATED = re.compile(r"[(（](20\d\d)\s*年(?:底|末)?[)）]")


def dated_year(clause: str) -> int | None:
    """The year a bracket after a name gives the figure that follows (城镇化率（2020年）达到58%)."""
    m = re.search(DATED.pattern + r"(?=[^，,。；;\d]{0,4}\d)", clause)
    return int(m.group(1)) if m else None

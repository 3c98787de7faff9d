"""Phrases inside a target clause: quantities (number, range, unit) and the name they measure.

Used by generator.importer.prose, whose docstring states the rules these implement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.importer.years import BYLINE, DATED
from generator.sitemodel.values import (
    CN_DIGITS,
    CN_FRACTION,
    CN_NUMERAL,
    COUNT_WORDS,
    FRACTION_UNIT,
    cn_amount,
    cn_number,
    cn_numeral,
    fmt_number,
    unit_key,
)

UNITS = (
    "/10万|/万|个百分点|百分点|万人次|亿人次|亿人|万平方米|平方米|[万亿]?立方米|万?㎡|万?m[2²](?![0-9.])|平米|平方(?!米|公里|千米)|[万亿]?册次|万人|万户|万套|万个|万张|万名|万所|万家|万亿元|亿元|万元|人次|万公里|公里|千米|km(?![a-zA-Z])|小时|分钟(?!内|[^0-9，,。；;]{0,8}圈)|%|％|‰|"
    # 采购教学生活设备31.96万台件套, 购置设备1200台套, 健身路径器材440件套: sets of equipment, counted; 辅助器具
    # 1000件: things by the piece (not 10件民生实事, a count of a year's works, nor 有2件未达到…进度, of its items)
    "个班(?![车次子组主级长])|个|所|家|张|名|位|人|处|座|条|块|倍|项次|项|户|套|支|间|元|岁|栋|幢|班(?![车次子组主])|[万亿]亩|亩|公顷|万次|次|年|万册|册|床|场次|场|台件套|台套|件套|件(?![^，,。；;]{0,8}事|[未没尚已均全])|台|辆|门|堂|米(?!粮)|蒸吨|万吨|吨|片(?!区)|万批次|批次|万场|兆(?=以上|以下|[，,、。；;]|$)|万栋|亿平方米|"  # 宽带接入4兆以上: megabits
    # 打井300口, 沼气池2.2万口, 7.4万口山坪塘: wells, ponds and pits (in ten thousands: TEN_THOUSANDS_OF);
    # 监控500路, 渔船739艘, 苗木8000株, 金牌1枚, 病种30种, 电梯42部, 路灯1000盏, 墓穴10000穴, 送戏≥70村: counts of
    # things (not 部门, 路段, 种植, 村民); 锅炉1610蒸吨: a boiler capacity; 破获400起食品犯罪案件: cases
    # 白内障复明手术800例, 18万例: cases treated; 为30万对待孕夫妇, 4000对拟孕夫妇: couples (not 对 as "to");
    # 路灯照明1500组, 篮球架41副: sets and pairs of a thing; 生态葬比例达5成: tenths
    # 夜市80期, 培训5期175人, 124把充电枪, 2100万头生猪, 65亿袋食用菌: sessions, pieces held by a handle, head of
    # stock, bags (not 3期廉租房, 公园1期工程: a phase); 5.2万方公租房: ten thousands of cubic metres; 赛来塘4乡卫生院,
    # 5乡镇26村: townships
    "期(?=以上|以下|[，,。；;、\\d]|$)|把(?![握关手持])|头(?![条号脑部像等版])|袋|万方(?![面便式案向法针])|"
    "乡镇|乡(?![村级土亲下间里民贤情愁音])|"
    "万?例(?!如)|成(?![为立员功果效本都市长熟绩交])|万?对(?=[\u4e00-\u9fff]{0,6}(?:夫妇|夫妻|育龄|新人|孕)|[，,。；;、]|$)|组(?![织建成团合配])|副(?![食县市省主])|"
    "口(?=[\u4e00-\u9fff]{0,4}(?:塘|井|池|窖)|[，,。；;、]|$)|艘|株|枚|盏|穴(?!位)|起(?=[\u4e00-\u9fff]{0,8}(?:案件|事故|案)|[，,。；;、]|$)|种(?!植|子|类)|村(?!民|级|委|庄|组|落|集体|干部|社区|镇|居|小|卫生|医)|部(?!门|署|分|队|委|长|位)|路(?!段|口|线|面|灯|径|网|况|由|公交|车)|"
    # 1203万左右, 77万、21万, 1.7亿: a count in ten thousands whose noun the sentence names before it
    "[万亿](?=左右|以上|以下|[，,。；;、)）]|$)"
    # 为200万中小学生开展…: a count in ten thousands of the people the words after it name (为80万农村35岁至64岁妇女:
    # after their ages)
    # (为2.8万多贫困人口, 解决100万农牧民饮水安全问题, 10万五保对象: about, farmers and herders, those a rule covers;
    # not 1亿多居民, a round report)
    # (189万因灾缺粮农村低保对象, 30万城乡中低收入家庭: up to eight words of who they are before it)
    "|(?:万|亿(?![多余]))(?=[\u4e00-\u9fff]{0,8}(?:\\d{1,3}周?岁(?:[至到—-]\\d{1,3}周?岁)?(?:以上|以下)?[\u4e00-\u9fff]{0,4})?(?:学生|居民|儿童|老人|老年人|妇女|农民|农牧民|牧民|职工|群众|患者|家庭|人次|人口|残疾人|人员|劳动力|对象))"
)
# 年服务人次达到1.7亿, 常住人口达到300万: what a bare 万 or 亿 counts is the word its name ends with
COUNTED_BY_NAME = re.compile(r"(人次|人|户|册|件|套|张|元)$")


def counted_unit(unit: str, name: str) -> str:
    """A bare 万 or 亿 counts what its name ends with: 年服务人次达到1.7亿 is 亿人次."""
    counted = COUNTED_BY_NAME.search(name) if unit in ("万", "亿") else None
    return unit + counted.group(1) if counted else unit


NUM = r"\d+(?:\.\d+)?"
BOUND = r"(?:及以上|及以下|以上|以下|以内|左右)"  # the words after a number that make it a bound or a round figure
# 元/人, 万元/年, 人/万车; 30万套(间): the unit's own parts, and a bound after them (1000人次/年以上)
# (89元/人, 600元/人/月, 1000元/生/年, 31座/千人, 15㎡/生, 704元/村: a unit per head, per time or both)
PER_WHAT = re.compile(
    rf"(?:(?:/(?:人·?[年月]|人|年|月|日|天|户|村|万车|生|千人|床|平方米|亩))+|[(（][间套户][)）]){BOUND}?"
)
# 路灯1万盏, 汽车50万辆, 电脑30万台, 招呼站1.04万处: ten thousands of a thing counted by its word
TEN_THOUSANDS_OF = r"[盏辆台处株艘座口间头袋]"  # (9.3万座 户用卫生厕所, 2.2万口 沼气池, 5万间 教室)
# 457. 3: a decimal the text extraction broke with a blank; 1 122個, 12 500人: thousands set apart by a blank
# (not 28.1 10 100%: a form's columns)
BROKEN_NUM = r"(?:(?<!\d\s)\d{1,3}(?: \d{3})+(?![\d.%％])(?!\s\d)|\d+(?:\.\s?\d+)?)"
RANGE_SEP = r"\s*(?:—{1,2}|-|–|~|～|至)\s*"
# a range may write its unit on both ends (2位至3位): the same unit twice, never 年 (2021年至2025年 is a span)
QUANTITY = re.compile(
    rf"(?<![\d.A-Za-z第每])(?P<a>{BROKEN_NUM})(?:(?:万(?={RANGE_SEP}{NUM}万))?(?P<u1>(?!年)(?:{UNITS}))?{RANGE_SEP}(?P<b>{NUM}))?"
    rf"\s*(?P<wan>万(?=[余多]|{TEN_THOUSANDS_OF})|亿(?=[头袋]))?(?:余|多)?(?P<unit>(?(u1)(?P=u1)|(?:{UNITS})))"
    rf"(?P<tail>{BOUND}?)"
)
# 建设两个…中心, 改扩建两所村级幼儿园, 新建两家三级医院: a count in words (two or more) right after what builds
CN_COUNT = re.compile(
    rf"(?P<lead>至少(?:有|拥有|建有|建成|建设|建立|设置|设立|配备|建好)?|建好|办好|[、和]|(?:改扩建|新建|建设|建成)(?=[两二三四五六七八九][个所家座处]))"
    rf"(?P<a>[{CN_DIGITS}两]{{1,3}}?)(?P<mag>[百千])?(?P<unit>[{COUNT_WORDS}]|(?<=[百千])里)"
)
# 拟新建市政道路两条, 新建幼儿园两所, 各新建配套初中一所: a count in words after the noun a verb that builds
# names, closing the clause
CN_AFTER_NOUN = re.compile(
    rf"(?:新建|改扩建|建设|建成|创建|新增)[^，,。；;、\d{CN_DIGITS}两第]{{2,12}}?各?(?P<a>[{CN_DIGITS}两]{{1,2}})"
    rf"(?P<unit>[{COUNT_WORDS}条])(?=[，,。；;]|$)"
)
# a number in words after a verb: 从业人数达到两万人 (2万人), 超过三千家 (3000家), 总量超九十一万人 (91万人)
CN_AMOUNT = re.compile(
    rf"(?:达到?|超过?|突破|不少于|不低于|增加到|提高到)(?P<a>[{CN_DIGITS}两]{{1,3}})(?P<mag>万|千|百)?"
    rf"(?P<unit>[人个家所张名户套项])(?!月|[{CN_DIGITS}两])"
)  # 全科医生数将达到两人: a count in words with no magnitude too (not 超过三个月, a time)
# a ratio or an index has no unit: 城乡居民人均可支配收入比下降至2.5, 基尼系数控制在0.4以内
NO_UNIT = re.compile(
    rf"(?:比|比值|系数|指数|倍率)(?P<verb>(?:下降|降低|缩小|控制|保持|提高|稳定)?(?:至|到|在)|为|达到)\s*(?P<a>{NUM})"
    rf"(?![\d.]|\s*(?:{UNITS})|\s*[:：]\s*\d)"  # not 医护比达到1:1: a ratio of two parts
)
# a whole number of years is a duration only where a 年限 (or a life span) is measured: 平均受教育年限达到13年
CHANGE_AFTER = re.compile(
    r"^(?:提高|提升|增加|增长|延长|下降|降低|减少)"
)  # 从76.34岁提高至…: a level, not an age group
YEARS_MEASURED = re.compile(r"(?:年限|寿命)[\u4e00-\u9fff]{0,4}\s*$")

# words between the subject and the number: they belong to as_written, not to the name
# (床位数一般以500张左右为宜, 原则上不超过1200张, 其他市共66个: the hedge or the total too)
VERB = (
    r"(?:由|从|每年|年均|分别|(?<![人生户村])均|各|总体|累计|(?<!公)共|一般以?|原则上|基本|预计|力争|争取|要|将|应当|应该|应|必须|须|继续|超额|提前|(?<![认许])可以?)*"
    r"(?:达到|高达|达|保持在|保持|稳定在|提高到|提高至|提升到|提升至|增至|增加到|增加至|增长到|增长至|降低到|降低至|降至|降到|下降到|下降至|缩小到|缩小至|控制在|"
    # 农村低保标准提到每人每年3500元, 总床位数发展到25万张, 覆盖面扩大到…: a level changed to, in fewer or other words
    r"提到|提至|发展到|发展至|上升到|上升至|扩大到|扩大至|减少到|减少至|"
    r"提高|提升|增长|增加|下降|降低|减少|每人|每月|每年|"
    r"不得少于|不得低于|不得超过|不得高于|不低于|不少于|不高于|不超过|不小于|不大于|超过|突破|逾|超|高于|低于|大于|小于|至少|有|约|近|为|在|建成|建设|新建|建有|创建|培育|打造|"
    r"设置|认定|引入|建好|办好|举办|新增|启动|完成|实现|覆盖|提供|配备|开展|规划建设|重点打造|改扩建|建立|设立|参加|"
    r"配建|扩建|改建|接受|涉及|或|降|升|办|调整为|调整到|调整至|≥|≤|>=|<=)*"
)
TRAILING_VERB = re.compile(VERB + r"\s*$")
# a list's bullets, as pages give them: shapes, ticks and emoji (▪️ leaves its variation selector)
BULLETS = "●•◆■▪◇○◎★☆▶►➢➤√✔✅🔹🔸📌\ufe0f\u200b"
INTRO = re.compile(
    r"^(?:[到至在以]?\s*(?:20\d\d\s*年?\s*(?:至|到|—|-|–)\s*)?20\d\d\s*年(?:底前|末前|底|末|前)?|[到至以]?[“\"]?十[一二三四五六七八九]五[”\"]?(?:末|期末|期间|时期|以来)?|同时|其中|此外|并|"
    r"力争|争取|确保|全面|进一步|推动|推进|促进|实现|使|预计|重点|加快|努力|逐步|持续|继续|目前|当前|[到至]?今年(?:年?底前?|末)?|我[省市区县州国]|是(?=努力|实现|要)|"
    r"为(?:完成|实现)|"  # 为完成今年…270万人次目标任务: the task the work is for
    r"[将將](?![军軍来來乐樂领領士近])|"  # 将新增…学位, 将城乡低保标准提高到…: what will be, not its name (not 将军大道)
    r"计划(?!生育|单列|免疫|内|外|性|[)）])|"  # 计划建设床位1000张: the plan, not what it counts
    # 安徽省力争旅游总收入…; 长泰县计划投资…, 青海省今年将投资…, 该旗拟投入…: who aims, or who plans the funds
    r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州)(?=力争|争取|确保|预计)|"
    r"(?:(?!全)[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|旗|盟)|该[省市县区州旗盟])"
    r"(?=(?:今年|20\d\d\s*年)?[还再也]?(?:将|计划|拟)(?:总)?(?:投资|投入))|"
    r"[还再也](?=(?:将|计划)(?:总)?(?:投资|投入))|"  # 今年还计划投资…: another plan, not the name
    rf"[，,、\s{BULLETS}])+"
)
# 3.签约服务费…, 一、发展水平, (12)建成…, （三）…
LIST_NUMBER = re.compile(
    r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.．、]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）])\s*"
)
PER_YEAR = re.compile(r"每学?年|年均")  # a yearly rate holds every year: it takes no target year
MEASURE_END = re.compile(r"(?:率|数|比例|比重|占比|人数|面积|数量|规模|总量|覆盖率|水平|标准|寿命|年限)$")


REFERENCE = re.compile(
    r"(?:分别|均|基本|总体)*(?:约|大约)?(?:由|从|达到|(?<![下传送表抵])达|不低于|不少于|不高于|不超过|超过|保持在|稳定在|提高到|提升到|增长到|"
    r"提高至|提升至|增长至|增加到|增加至|上升到|上升至|增至|降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|为|占)"
    r"[^，,、]{1,20}的\s*[≤≥<>＜＞]?\s*$"
    r"|比\s*[^，,、]{1,12}?(?:末|年|时期)\s*(?:分别)?(?:增长|提高|下降|减少|增加)了?\s*$"
    r"|(?:分别|均)?(?:不低于|不少于|不高于|不超过|超过|高于|低于)[^，,、\d]{1,6}$"
    r"|(?:分别|均)?(?:高于|低于)[^，,、\d]{1,16}$"  # 高于同期地区生产总值(GDP)增速(2个百分点)
    r"|在[^，,、]{1,12}?的?基础上[^，,、\d]{0,6}$"  # 在2020年的基础上继续提高(1岁): the level it starts from
)
PER_UNIT = re.compile(r"以[^，,]{1,10}为单位\s*$")


SAID_YEAR = re.compile(r"^\s*(?:到|至|在)?\s*20\d\d\s*年(?:底|末)?前?\s*")  # (2023年)达到…: a year, no name
SAID_LEAD = re.compile(r"^20\d\d\s*年[^，,。；;\d]{0,12}?(?:提出|明确|要求)了?")
DEADLINE_INSIDE = re.compile(r"^.*[到至]\s*20\d\d\s*年(?:底|末)?前?")


def name_before(text: str) -> tuple[str, str]:
    """(name, verb) from the words between a clause's start and its number.

    The verb keeps what qualifies the number: 不低于城乡最低生活保障标准的(1.3倍), 以乡镇为单位.
    """
    text = BYLINE.sub("", text)
    cells = [c for c in text.split("|") if re.search(r"[\u4e00-\u9fff]{2}", c)]
    text = cells[-1] if len(cells) > 1 else text  # 农村道路改造提升项目 | 投资(5000万元): a row's cell, its own words
    ref = REFERENCE.search(text)
    if ref:
        text, verb = text[: ref.start()], text[ref.start() :]
    else:
        verb_m = TRAILING_VERB.search(text)
        verb = verb_m.group(0) if verb_m else ""
        text = text[: len(text) - len(verb)] if verb else text
    text = re.sub(DATED.pattern + r"\s*$", "", text)  # 城镇化率（2020年）: the year dates the figure, not the name
    unit_m = PER_UNIT.search(text)
    if unit_m:
        text, verb = text[: unit_m.start()], text[unit_m.start() :] + verb
    name = INTRO.sub("", text).strip(" ，,、和及与的")
    # 《支持1万名…和城镇新增就业(30万人): a title left open holds the name from its 《
    name = name.split("《")[-1] if "》" not in name.split("《")[-1] else name
    # 新的指标包括:人均期望寿命: the name is what the colon opens; 城镇新增就业人数:(达到38156人): a label, the
    # colon opening its figure
    parts = re.split(r"[:：]", name)
    name = parts[-1] if len(parts) == 1 or SAID_YEAR.sub("", parts[-1]).strip(" ，,") else parts[-2]
    name = re.sub(r"[(（](?:约束性|预期性)[)）]?\s*$", "", name)  # 人均期望寿命(预期性≥81.29岁: the kind, not the name
    opened = max(name.rfind("("), name.rfind("（"))
    if opened > max(name.rfind(")"), name.rfind("）")):
        # 以小户型为主(原则上…: the name starts inside the bracket; 完成年度计划(100万): a plan's
        # figure opens it, named by the words before (not 正在施工中(93%): how far a work is)
        planned = not name[opened + 1 :].strip() and re.search(r"(?:目标|任务|计划)数?$", name[:opened])
        name = name[:opened] if planned else name[opened + 1 :]
    deadline = DEADLINE_INSIDE.search(name)  # 《规划》明确了到2025年(养老床位总数): the words before it report
    name = name[deadline.end() :] if deadline and len(name) - deadline.end() >= 2 else name
    if name[:1] in '“"' and not re.search(r"[”\"]", name[1:]):
        name = name[1:]  # “2019年重庆提出…: a quotation the name opens, not a quoted name
    said = SAID_LEAD.match(name)  # 2019年重庆提出(三年内…培训): who set it and when, not the name
    name = name[said.end() :] if said and len(name) - said.end() >= 4 else name
    return INTRO.sub("", name).strip(" ，,、"), verb


# Where a name after a quantity stops: 双聘院士等,: the list's 等 is no part of it; a headline's blank
# parts its phrases (and its …); 对73处路段进行整治,; 建设20个长者食堂、因地制宜解决…: what is done with the
# thing counted is no part of its name; 覆盖60%的街道(乡镇)、社区老年食堂覆盖所有街道(乡镇): the next
# clause's subject and its own 覆盖 neither; 300个村级互助幸福院实施方案》《…: a title's end (and its 实施方案)
NAME_STOP = re.compile(
    r"(?:(?<![平中高初同])等)?[，,。；;]|等$|(?:实施)?方案》|》|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|进行|…|\.{3}|"
    r"、(?=[^、，,。；;)）]{0,2}(?:解决|提升|推进|加强|实现|促进|满足|因地制宜|提高|打造))"
    r"|、(?=[^、，,。；;]{2,12}?覆盖)"
    # 30所…学校(其中国家级16所): a bracket that parts out the count is no part of the name
    r"|[(（]\s*其中"
    # 27所幼儿园将陆续投入使用, 13.8万农村中小学生吃上…营养餐, 15所公办园加入, 10所幼儿园预计于…完工: what
    # the things counted will do or get is no part of their name
    r"|(?<=[\u4e00-\u9fff]{2})(?:[也还均都]?将(?![军来])|预计|陆续|吃上|喝上|用上|住进|住上|加入|入驻|分布在)"
)


def name_after(text: str, whole: bool) -> tuple[str, int]:
    """The noun phrase after a quantity, and how many characters it takes.

    1所政府举办、标准化的妇幼保健机构 → 政府举办、标准化的妇幼保健机构; it stops before the next
    quantity of an enumeration (5个A、10个B和3个C) unless `whole` (50%的县各建成1—2所…), but not at
    the count of a service the people counted get (中小学生开展1次心理健康测评). A
    clause of ten characters or more before 的 is left out of the name (满足当地经济社会发展
    需要的标准化中等职业学校 → 标准化中等职业学校); the quote keeps it.
    """
    service = SERVICE_COUNT.match(text)
    if service:  # (为6万余名)中小学生开展1次心理健康测评: the service's count is no end of its name
        name, end = name_after(text[: service.start(2)] + text[service.end(2) :], whole)
        return name, end + (len(service.group(2)) if end > service.start(2) else 0)
    end = len(text)
    # (an age, 为80万农村35岁至64岁妇女, is part of the name)
    m = re.search(
        r"\d(?!\d*周?岁[\u4e00-\u9fff—\-])|一批|若干|[一两三四五六七八九十]{1,3}[百千]?[所个家处座]|[一两三四五六七八九十][百千]里",
        text,
    )
    if whole and re.search(r"[、和]\s*\d+(?:\.\d+)?\s*[%％](?:以上|以下|左右)?的", text):
        whole = False  # 100%的县、97.64%的乡镇: an enumeration of shares, not one long name
    if m and not whole:
        cut = max((s.start() for s in ENUM_SEP.finditer(text, 0, m.start())), default=-1)
        acts = DRIVES.search(text, 2, m.start())  # 1.47万个在孵创业实体|带动就业11.64万人: the next figure's subject
        end = cut if cut > 0 else acts.start() if acts else m.start()
    stop = NAME_STOP.search(text[:end])
    end = min(stop.start() if stop else end, unquoted_end(text))
    name = re.sub(r"[(（](?:包括|含|如|主要是)[^)）]*[)）]", "", text[:end])
    name = re.sub(r"^的", "", name).strip(" 、，,。；;")
    purpose = PURPOSE.search(name, 2)  # 20%的床位用于接收…对象: what the beds are for is no part of their name
    name = name[: purpose.start()] if purpose else name
    goal = GOAL_OF.match(name)  # 6个镇街的整治任务, 300张床位的规模: the count is of the things, the goal theirs
    name = goal.group(1) if goal else name
    head = name.rsplit("的", 1)
    if not whole and len(head) == 2 and len(head[0]) >= 10 and len(head[1]) >= 4:
        name = head[1]  # 满足当地经济社会发展需要的标准化中等职业学校: a long clause before 的 describes it
    return name, end


GOAL_OF = re.compile(r"^([^的]{2,12})的[\u4e00-\u9fff]{0,6}?(?:目标|任务|要求|规模|标准(?![化件]))")


def unquoted_end(text: str) -> int:
    """Where a quote opened before the count closes: 将“新建、提升10个长者食堂”列为…项目 → 长者食堂."""
    close = text.find("”")
    return close if close > 0 and "“" not in text[:close] else len(text)


MET_TASK = (
    r"(?:的(?:年度|既定|预定|原定)?(?:目标)?任务(?:目标)?|(?:年度)?目标任务)"  # (超额完成40所)的年度目标任务,
    # (超额完成110万户)的既定任务目标, (270万人次)目标任务: no noun
)
# (确定了…乡村书房12处)的目标, 以…托位数达4.5个为目标: the count is the target
# (…1300亿元)的目标都有望提前完成: the goal, then what is told of it; (力争使高技能人才总量达58万人)目标。
THE_TARGET = (
    r"(?:的|为)?(?:年度)?(?:控制)?目标(?:范围)?(?:以内|之内|内)?"
    r"(?:(?![\u4e00-\u9fff])|(?=都|均|已|将|可|能|有望|基本|提前|如期|全面|顺利))"
)
# words after a number that are no noun it counts
NOT_A_NOUN = re.compile(
    r"^(?:以上|以下|以内|左右|为宜|的比例|的水平|的标准|"
    + THE_TARGET
    + "|"
    + MET_TASK
    + r"|[和及与或]\s*\d|[和及与并][\u4e00-\u9fff]{1,12}?\d|及其[他它]|[(（](?:按|含|其中|包括|不含|比|较|同比)|"
    r"分别|均|提高|提升|增长|增加|下降|降低|减少|达到|保持|稳定|[降升增][至到]|调整"
    # (发放…租赁补贴7.5万户等任务; 每人每年600元、1200元、2400元确定: the kind of thing listed, a verb)
    r"|等(?:任务|工作)|确定(?![\u4e00-\u9fff]))"
)
LISTED_AFTER = re.compile(
    rf"^\s*[、和及与]\s*[\u4e00-\u9fff]{{0,4}}?{NUM}\s*(?:余|多)?(?:{UNITS}){BOUND}?(?!的)(?=[\u4e00-\u9fff“(（])"
)  # not 3万平方米、1000间的经营规模: numbers before 的 qualify the noun


def listed_noun(verb: str, after: str) -> str | None:
    """The name of a count with no noun of its own when the counts listed after it end with one:
    分别增加400个左右、撤并30个左右农村养老服务设施 → 增加农村养老服务设施 (its own verb, the shared noun)."""
    m = LISTED_AFTER.match(after)
    noun = name_after(after[m.end() :], whole=False)[0] if m and not NOT_A_NOUN.match(after[m.end() :]) else ""
    return re.sub(r"^(?:分别|均|各)", "", verb).strip() + noun if len(noun) >= 2 else None


DRIVES = re.compile(r"带动|吸纳|惠及|涉及|扶持|帮扶")
# the marks between the items of an enumeration; not the 及 of a verb (改造1062个小区、惠及居民343420户,
# 涉及, 普及: 小区、惠 is no name)
ENUM_SEP = re.compile(r"[、和或]|(?<![惠涉普波顾危触])及")
# 中小学生开展1次心理健康测评, 中小学生免费开展12天运动技能培训: the people counted, then the service
# they get with its own count (how often, how long) and what it is
SERVICE_COUNT = re.compile(r"^([\u4e00-\u9fff]{2,16}?(?:开展|提供))(\d{1,3}\s*(?:次|天|期|项))(?=[\u4e00-\u9fff])")
PURPOSE = re.compile(r"(?:专门|主要)?(?:用于|用来|用作)")
STANDARD_SUBJECT = re.compile(r"^(?P<subject>.{2,}?)(?:按照|按)(?P<per>(?:每|人均)[\u4e00-\u9fff]{0,3})?$")
STANDARD_OBJECT = re.compile(r"^(?:的标准)?(?:规划)?(?:配套建设|配建)(?P<obj>[^，,。；;\d]{0,14})")


def standard(name: str, after: str) -> tuple[str, str, int] | None:
    """(name, per, characters used) of a building standard: 新建居住区按照每百户不低于30平方米的标准
    配套建设社区养老服务设施 → 新建居住区社区养老服务设施配建标准, 每百户; None for other clauses."""
    s, o = STANDARD_SUBJECT.match(name), STANDARD_OBJECT.match(after)
    if not s or not o:
        return None
    return s["subject"] + o["obj"] + "配建标准", s["per"] or "", o.end()


def split_subjects(name: str) -> list[str]:
    """甲率和乙率 → [甲率, 乙率] when the parts end like a measure; a part that does not is one
    more subject of the measure after it (新建城区、新建居住区配套建设养老服务设施达标率、社区养老
    服务设施覆盖率 → two measures); else [name]."""
    pieces = re.split(r"([和、及与])", name)
    parts: list[str] = []
    pending = ""
    for k in range(0, len(pieces), 2):
        pending += pieces[k]
        if len(pending) >= 3 and MEASURE_END.search(pending):
            parts.append(pending)
            pending = ""
        elif k + 1 < len(pieces):
            pending += pieces[k + 1]  # 新建城区、(新建居住区…达标率): the separator stays inside the part
    return parts if len(parts) > 1 and not pending else [name]


def complete_parts(parts: list[str]) -> list[str]:
    """甲、乙参保人数 → [甲参保人数, 乙参保人数]: shorter parts borrow the last one's ending, which
    starts after the last one's word like theirs ends (农村初中生、小学生寄宿率 → 农村初中生寄宿率),
    unless they end as it does."""
    last = parts[-1]
    out = []
    for p in parts:
        ends_alike = last.endswith(p[-2:])  # 常住型候鸟人口、日平均过夜旅游人口: each ends as the other
        like = last.find(p[-1], 0, len(last) - 1)
        if p != last and not MEASURE_END.search(p) and (len(p) < len(last) or like >= 0) and not ends_alike:
            # 将城镇、农村低保…, 拟将幼儿园、小学…: the verb before the first part is none of it
            own = len(re.sub(r"^(?:拟|要|计划)?[将把]", "", p))
            p = p + last[like + 1 if like >= 0 else own :]  # (特困人员全自理、…全护理照料标准: 理)
        out.append(p)
    return out


@dataclass
class Quantity:
    start: int
    end: int
    value: float | None
    unit: str
    text: str
    upper: float | None = None  # the upper end of a range: 35-40张 is value 35, upper 40


QUALIFIER_AFTER = re.compile(r"^(?:口)?[\u4e00-\u9fff]{0,4}?(?:及以上|以上|以下)(?:规模)?的?")
# 拥有10个以上的社区社会组织, 改造100所以上的“老破旧”学校: a counter right before 以上的, after a verb that
# builds or has, counts the thing after it (not 100张床位以上的养老机构, 20万人口以上的县: a class of it)
COUNTED_AFTER = re.compile(r"^(?:及)?以上的$")
COUNTERS = {"个", "所", "家", "处", "座"}
COUNT_VERB = re.compile(r"(?:拥有|建有|建设|建成|新建|改造|改扩建|培育|建立|设立|打造)\s*$")
# (10吨以下)燃散煤锅炉, (30万千瓦及以下)燃煤机组: plant a bound on its size names a class of
SIZED_PLANT = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:锅炉|机组|窑炉)")
# 年产值超100亿元(企业), 主营业务收入2000万元以上(工业企业): firms a bound on their size names a class of
SIZED_FIRMS = re.compile(r"^的?[\u4e00-\u9fff]{0,4}?(?:企业|集团|产业集群)")
# 在100家规模化机构中,(争取30家…); 24个项目中,(有12个…): the group the figure after is taken from
GROUP_AMONG = r"[^，,。；;\d]{1,12}中\s*(?:[，,]|选出|评出|确定|产生)"
WORKS_AMONG = re.compile(r"^[^，,。；;\d]{0,8}(?:项目|实事|工程)中")  # (24个项目中: the list's works)
PER_HEAD_BEFORE = re.compile(r"每(?:人|户)(?:每(?:月|年))?[^，,]{0,12}$")
# 补助标准提高到89元, 补助月人均补差水平由375元(提高到419元): a standard, not a sum given
SUBSIDY_BEFORE = re.compile(r"(?:给予|补贴|奖励|补助|资助)(?![^，,]{0,8}(?:标准|水平))[^，,]{0,8}$")
# 安排农牧业保险补贴资金(6.6亿元), 计划发放各类创业就业补助资金(8000万元): a fund a text sets aside, a sum
FUND_SET_BEFORE = re.compile(r"(?:安排|落实|筹集|发放|投入|下达|拨付)[^，,、。；;\d]{0,12}(?:补贴|补助|奖补)资金\s*$")
PER_RANGE_BEFORE = re.compile(rf"每\s*{NUM}\s*[\u4e00-\u9fff]?{RANGE_SEP}$")
# 依托1所医院, 作为全国首批14个(…城市): a means, or what a place is counted among, not a target
MEANS_BEFORE = re.compile(r"(?:依托|利用|通过|借助|按照|根据)\s*$|作为[^，,。；;\d]{0,8}$")
BROKEN_DECIMAL_BEFORE = re.compile(r"\d\.\s+$")  # 457. 3万人: the tail of a number the extraction broke
CONDITION_OPEN = re.compile(r"^\s*对(?:于)?[^，,。；;]*$")
FORMULA_BEFORE = re.compile(r"[×*＊✕]\s*$")  # …×100%: a factor of a formula
# 做好已建成13个快检室运营, 对已建成的…: what is done already, named as what the work is for
DONE_BEFORE = re.compile(r"(?:对|把|将|好|为|在)已(?:经)?(?:建成|完成|投入使用|通过验收)\s*$")
# 其中83项提前达到2015年规划目标, 有32项已达到规划值: a count of the goals met, told in a review
# (83 项提前达到 / 2015 年规划目标: its goal on the next line)
GOALS_MET_AFTER = re.compile(
    r"^\s*(?:指标)?(?:已经?|均已|均)?(?:提前)?(?:达到|实现)[^，,。；;]{0,16}(?:目标|规划值|目标值)"
    r"|^\s*(?:已经?|均已)?提前(?:达到|实现)\s*$"
)
DONE_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}已(?:经)?(?:完成|建成|开工|投入使用|通过验收)")  # 3个点位已完成建设
SHORT_OF_BEFORE = re.compile(r"(?:还|尚|仍)差\s*$")
PER_STEP_BEFORE = re.compile(r"每(?:增加|新增|减少)\s*$")  # 每增加1人(增加经费…): the step of a rule
# 福州、厦门、南平3个设区市参保率要达到60%, 其余6个设区市…达到30%: the places a figure is set for, counted
PLACES_NAMED_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+|其余|其他|剩余)\s*$")
PLACES_COUNTED_AFTER = re.compile(
    r"^(?:设区的?市|地级市|市|县|区|县[(（]市、区[)）]|乡镇|街道|省份?)[^，,。；;\d]{0,16}\d"
)


# 人口自然增长率为-1.69‰, 增幅-1.1%: a minus sign right after words makes the figure negative (not 2-3人, a range)
MINUS_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])[-－−]$")


def quantities(clause: str) -> list[Quantity]:
    """The target quantities in a clause, leaving out numbers that qualify a name (see _left_out)."""
    out: list[Quantity] = []
    for m in QUANTITY.finditer(clause):
        if _left_out(clause, m):
            continue
        value, upper = _value(m.group("a"), m.group("b"))
        start = m.start() - 1 if upper is None and MINUS_BEFORE.search(clause, 0, m.start()) else m.start()
        value = -value if value is not None and start < m.start() else value
        per = PER_WHAT.match(clause, m.end())  # 不少于2万元/年, 89元/人: an amount per year or head, its unit says so
        if per:
            unit, text = m.group("unit") + BOUND_AFTER.sub("", per.group(0)), clause[start : per.end()]
            out.append(Quantity(start, per.end(), value, unit, text, upper))
            continue
        unit = (m.group("wan") or "") + m.group("unit")  # 3万余个: 3 of the unit 万个
        out.append(Quantity(start, m.end(), value, per_hundred_thousand(unit), clause[start : m.end()], upper))
    out += _in_words(clause, out)
    out += _numerals(clause, out)
    # 、一所 and 和一所 count only after a first 建好一所 in the clause, or two or more listed after a verb that builds
    words = list(CN_COUNT.finditer(clause))
    listed = [m for m in words if m.group("lead") in "、和"]
    counted = len(listed) >= 2 and bool(BUILDS.search(clause, 0, listed[0].start()))
    for m in words:
        if any(q.start <= m.start() < q.end for q in out) or (m.group("lead") in "、和" and not counted):
            continue
        counted = True
        s = m.start("a")
        value = cn_amount(m.group("a"), m.group("mag") or "")
        out.append(Quantity(s, m.end(), value, m.group("unit"), clause[s : m.end()]))
    out += _after_noun(clause, out)
    return sorted(out, key=lambda q: q.start)


def _after_noun(clause: str, found: list[Quantity]) -> list[Quantity]:
    """Counts in words after the noun built (拟新建市政道路两条 → 2条), where no other quantity is."""
    out = []
    for m in CN_AFTER_NOUN.finditer(clause):
        if not any(m.start() <= q.start < m.end() for q in found):
            value = cn_amount(m.group("a"), "")
            out.append(Quantity(m.start("a"), m.end(), value, m.group("unit"), clause[m.start("a") : m.end()]))
    return out


def _numerals(clause: str, found: list[Quantity]) -> list[Quantity]:
    """Numbers in words with their hundreds or a decimal point (投资四百亿元, 三点七万个, 生均三百五十元),
    read as their digits would be (400亿元), with the unit and bound after them."""
    out = []
    for m in CN_NUMERAL.finditer(clause):
        value = cn_numeral(m.group(1), clause[m.end() : m.end() + 1])
        if value is None or any(q.start <= m.start() < q.end for q in found):
            continue
        digits = fmt_number(value)
        q = next((q for q in quantities(digits + clause[m.end() : m.end() + 12]) if q.start == 0), None)
        if q is not None and q.unit:
            end = m.end() + q.end - len(digits)
            out.append(Quantity(m.start(), end, q.value, q.unit, clause[m.start() : end], q.upper))
    return out


BOUND_AFTER = re.compile(rf"{BOUND}$")
BOUND_START = re.compile(BOUND)


def per_hundred_thousand(unit: str) -> str:
    """A rate per 100,000 (or 10,000) written 480/10万 has the unit statistical tables give it, 1/10万."""
    key = unit_key(unit)
    return "1" + key if key.startswith("/") else key


# a share of six whole digits or more is no share: a row's cells run together (73000, 48290 and 66.15% lost
# their bars: 新增就业人数730004829066.15%)
RUN_CELLS = re.compile(r"\d{6,}(?:\.\d+)?")


def _left_out(clause: str, m: re.Match[str]) -> bool:
    """Numbers that qualify a name: 20万人口以上的县, 100张床位以上的养老机构, 1万人以上规模的住宅区,
    70平方米以下的户型 (a number then 以上/以下 and 的 or 规模), 3岁, 每3年, 2025年, the places a figure
    is set for (其余6个设区市参保率达到30%), sums granted
    (给予5万元奖励), the factors of a formula (×100%) and what is done already (3个点位已完成建设)."""
    before, after, a = clause[: m.start()], clause[m.end() :], m.group("a")
    per = PER_WHAT.match(after)
    after = after[per.end() :] if per else after  # 每年200元/人的补助政策: what follows the unit's own parts
    unit = unit_key(m.group("unit"))
    if ". " in m.group("a") and not before.strip():
        return True  # 1. 30万人…: a list number, not a decimal broken by a blank
    if after[:1] in ("年", "/") or (unit == "年" and re.fullmatch(r"\d{1,2}\.(?:19|20)\d\d", a)):
        return True  # (1.2022年度…: a list number run into a year)
    if unit == "项" and re.fullmatch(r"(?:19|20)\d\d", a) and after[:1] == "目":
        return True  # 湘西州特校2023项目支出绩效目标表: a year before 项目, no count of 项
    if FORMULA_BEFORE.search(before) or unit == "%" and RUN_CELLS.fullmatch(a):
        return True  # …×100%: a factor of a formula; 730004829066.15%: a row's cells run into one number
    if DONE_AFTER.match(after) or DONE_BEFORE.search(before) or unit == "项" and GOALS_MET_AFTER.match(after):
        return True  # 其中3个点位已完成建设, 做好已建成13个快检室运营: what is done already, not a target
    if unit in ("人", "万人") and after[:1] == "口":
        return True
    if (
        unit == "年"
        and "." not in m.group("a")
        and (re.fullmatch(r"(?:19|20)\d\d", a) or not (YEARS_MEASURED.search(before) or _years_listed(before, m)))
    ):
        return True  # 2025年 is a year (寿命在2015年至2020年…, too); 平均受教育年限达11.3年 (or 13年) is a quantity
    if unit == "岁" and re.match(r"[\u4e00-\u9fff—\-]", after[:1] or "。") and not CHANGE_AFTER.match(after):
        return True  # 3岁以下儿童, 2—3岁幼儿: an age that names a group; 约80岁, 达到80岁以上 are targets
    if unit != "%" and after[:1] == "的" and not m.group("tail") and _qualifies(before, unit, after):
        return True  # 建筑面积不超过70平方米的小户型
    if unit != "%":
        q = QUALIFIER_AFTER.match(m.group("tail") + after)
        if q and (q.group(0).endswith(("的", "规模")) or after[:1] == "口") and not _counts(before, unit, q.group(0)):
            return True
    if unit in ("元", "万元", "亿元") and _granted(before):
        return True  # (每人每月分别补贴100元: a standard per head, set; not 安排…补贴资金6.6亿元, a fund)
    if PER_RANGE_BEFORE.search(before) or MEANS_BEFORE.search(before) or SHORT_OF_BEFORE.search(before):
        return True  # 每3000—6000人(设置1所): the end of a "per" range; 依托1所医院建设…: a means; 还差300多例: a gap
    return _places_counted(unit, before, after) or not_a_quantity(before, unit, m.group("tail"), after)


def _granted(before: str) -> bool:
    """Whether a sum is granted (给予一次性补助5万元), not a standard per head (每人每月补贴100元) nor a
    fund a text sets aside (安排农牧业保险补贴资金6.6亿元)."""
    return (
        bool(SUBSIDY_BEFORE.search(before))
        and not PER_HEAD_BEFORE.search(before)
        and not FUND_SET_BEFORE.search(before)
    )


def _counts(before: str, unit: str, bound: str) -> bool:
    """Whether a counter right before 以上的, after a verb that builds or has, counts the thing after it
    (拥有10个以上的社区社会组织, 改造100所以上的…学校), not a class of it (100张床位以上的养老机构)."""
    return bool(COUNTED_AFTER.match(bound)) and unit in COUNTERS and bool(COUNT_VERB.search(before))


def _qualifies(before: str, unit: str, after: str) -> bool:
    """Whether a figure before 的 qualifies the noun after it (不超过70平方米的小户型), rather than being
    a target met (超额完成40所的年度目标任务), a standard (…的标准) or what a work counts (维修更换农村37处的机泵)."""
    met = re.match(MET_TASK, after) or re.match(THE_TARGET, after) or after.startswith("的标准")
    counted = unit in ("处", "个", "所", "座", "户", "万户", "人", "万人") and WORK_COUNTS.search(before)
    sized = unit in WORK_SIZES and WORK_SIZED.search(before) or unit in CAPACITIES and CAPACITY_BEFORE.search(before)
    invested = unit in ("元", "万元", "亿元") and INVESTED_BEFORE.search(before) and not BUILT_AFTER.search(after)
    told = (
        SHARE_AFTER.match(after) and TASK_OF_SHARE.search(before) or TASK_DONE.search(before) and WORK_TASK.match(after)
    )
    return not met and not counted and not sized and not invested and not told


# (…10.83万人,)占年任务13.16万人的82.9%, 为年初计划75人的113%, 占资金总额安排1017.9亿元的119.6%: the year's
# task (or plan) a result is a share of, between 占 or 为 and that share
TASK_OF_SHARE = re.compile(
    r"(?:^|[，,、\s])(?:占|为)((?:(?:国家|省上?|市)下达的?)?(?:全|本|今)?(?:年度?|年初)[^，,。；;\d]{0,8}|[^，,。；;\d]{0,8}(?:任务|计划|目标|安排))\s*$"
)
# 完成3800人的减贫任务, 完成4000个的建设任务: the task of a work, its count
TASK_DONE = re.compile(r"完成\s*$")
WORK_TASK = re.compile(r"^的[\u4e00-\u9fff]{2,8}?任务")
# (…13.16万人)的82.9%: the share after the task's figure; 占全年招生33万人任务的72.2%, 占今年88641户任务数的80.26%:
# the task's words after the figure, then the share
SHARE_AFTER = re.compile(r"^(任务数?|计划数?)?的\s*\d+(?:\.\d+)?\s*[%％]")
# 总投资13.6亿元的博兴水库(将在年内开工建设): the sum a named work costs, its target
INVESTED_BEFORE = re.compile(r"(?<!人均)(?:总投资|投资)(?:约|达|近)?\s*$")
# (投资1952万元的122个农村幸福院全部建成: a work told done, its sum spent, no target)
BUILT_AFTER = re.compile(r"^的[^，,。；;将拟]{2,24}?(?:已经?|全部|均)(?:建成|竣工|完工|投用|投入使用)")


# 完善全长2.4公里的健身步道, 新增16万平方米的各类学校基础设施建设, 完成30万亩的…农村土地整治: the size of the
# work a verb does, not a class of the thing (not 建筑面积不超过70平方米的小户型)
WORK_SIZES = {"平方米", "万平方米", "公里", "千米", "米", "亩", "万亩", "㎡", "万㎡", "平米", "万平米"}
# (新建一个面积约1000平方米的…中心, 建有1个面积不低于2000平方米的…, 完成3条7.5公里的给水管线: one work, or a
# count of them, between the verb and its size)
WORK_SIZED = re.compile(
    r"(?:完成|完善|新增|新建|建设|建成|修建|改造|铺设|整治|实施|硬化|绿化|建有)\s*"
    r"(?:(?:\d+|[一二两三四五六七八九十]+)[个座处所条块])?\s*(?:约|近|共|全长|总长|长约|总?面积(?:约|不低于|不少于|不小于)?)?\s*$"
)
# 日处理400吨的生活垃圾转运中心, 日供水2万立方米的水厂: the capacity of the work
CAPACITIES = {"吨", "万吨", "立方米", "万立方米"}
CAPACITY_BEFORE = re.compile(r"(?:日|每日|每天|年)(?:处理|处置|供水|生产)(?:能力)?(?:约|达)?\s*$")
# (维修更换农村|37处的机泵; 解决农村牧区20万户、|40万人的养老问题: the last of a list of its counts)
WORK_COUNTS = re.compile(
    r"(?:维修|更换|解决|改善|建成|新建)[^，,。；;\d]{0,4}(?:\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{1,2}、)*$"
)


def _places_counted(unit: str, before: str, after: str) -> bool:
    """福州、厦门、南平3个设区市参保率要达到60%, 其余6个设区市…达到30%: the places the figure after is set for."""
    return unit == "个" and bool(PLACES_NAMED_BEFORE.search(before) and PLACES_COUNTED_AFTER.match(after))


def _years_listed(before: str, m: re.Match[str]) -> bool:
    """15年以上 at the end of values shared out by 分别 (…分别达到98%、…、60%以上和15年以上): a
    number of years, the 年限 the list before names."""
    return bool(m.group("tail")) and bool(re.search(r"分别[^，,。；;]*[、和]\s*$", before))


def _in_words(clause: str, found: list[Quantity]) -> list[Quantity]:
    """Numbers in words after a verb (达到两万人 → 2万人), rates in words (十万分之十五) and ratios
    without a unit (收入比下降至2.5)."""
    out = []
    for m in CN_AMOUNT.finditer(clause):
        mag, unit = m.group("mag") or "", m.group("unit")
        value, unit = cn_amount(m.group("a"), mag), (mag + unit if mag == "万" else unit)
        out.append(Quantity(m.start("a"), m.end(), value, unit, clause[m.start("a") : m.end()]))
    for m in CN_FRACTION.finditer(clause):  # 低于十万分之十五: 15, per 100,000
        value, unit = float(cn_number(m.group(2))), FRACTION_UNIT[m.group(1)]
        out.append(Quantity(m.start(), m.end(), value, unit, m.group(0)))
    for m in NO_UNIT.finditer(clause):
        if not any(q.start <= m.start("a") < q.end for q in found):
            bound = BOUND_START.match(clause, m.end("a"))  # 求人倍率降低到1.3以下: a ceiling
            end = bound.end() if bound else m.end("a")
            out.append(Quantity(m.start("a"), end, float(m.group("a")), "", clause[m.start("a") : end]))
    return out


def _value(a: str, b: str | None) -> tuple[float | None, float | None]:
    """(value, upper) of a number or a range: 35-40 → (35, 40); a range that does not rise → (None, None)."""
    a = a.replace(" ", "")  # 457. 3
    if b is None:
        return float(a), None
    low, high = float(a), float(b)
    return (low, high) if high > low else (None, None)


# 5个地级市分别打造1—2家 (a figure follows), 14个区分别建立…中心 (the region's own divisions)
EACH_OF = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}(?:分别|均)[^，,。；;\d]*\d|(?:设区的市|地级市|市|县|区|州|盟|旗)分别)")
# 等12项主要指标, 8个方面, 围绕基本公共服务的13个领域: the parts of a plan or of what it covers
PLAN_PARTS = re.compile(
    r"^(?:方面的?)?(?:主要|重点|重大|核心|具体|专项|约束性|预期性|预期|基本|保障|配套|支持|工作|总|发展|政策|可监测的?){0,2}"
    r"(?:指标|任务|工程|行动|举措|措施|原则|方面|领域|环节|阶段|步骤|要求|内容|目标|(?<=专项|重点)工作)"
)
# 15项民政事业主要发展指标, 有5项为约束性指标: counts of a plan's indicators, by field or by kind
KINDS_OF_PARTS = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:主要|核心|重点)(?:发展)?指标|^为(?:约束性|预期性)|^[\u4e00-\u9fff]{0,4}(?:举措|措施|意见)"
)  # (19条硬核举措: the count of a text's own measures)
# (not 公办园学位建设任务1467个: the count a building task sets, no count of tasks)
PARTS_COUNTED = re.compile(r"(?:指标|(?<!建设)(?<!改造)任务|(?:重点|重大|主要)工程)\s*(?:共|共计)?\s*[(（]?\s*$")
# …、数字图书馆推广工程等19个具体建设项目: the count of the projects just listed
LISTED_PROJECTS = re.compile(r"^(?:主要|重点|重大|具体)?(?:建设)?(?:项目|子内容|事项)")
# 实施39个具体项目,包括…; 39个为民办实事项目如下; 43个项目涉及…、…, 40个项目涵盖…: the size of the list that follows
LIST_SIZE = re.compile(r"^[\u4e00-\u9fff]{0,8}项目\s*(?:如下|[,，]?\s*(?:包括|涵盖|涉及)|[:：])")
# 实施9项民生实事, 13类55件民生实事: the size of the year's list of livelihood projects
LIST_ARRANGED = re.compile(
    r"(?:牵头实施|安排了?|确定了?|票决(?:产生|确定|通过)?了?)\s*(?:\d+\s*类)?\s*$"
)  # (not 2018年10个…全面落实)
# 提出7个…, 明确了11项…: a count straight after a verb that says what a text sets out counts its own parts
# 21个部门, 14个省直部门结合…发言, 共38家单位参与, 由13个省级单位牵头: the bodies that take part in the
# work or the text, counted (not 创建100家示范单位: no verb of taking part; not 10个村…经区级部门审核)
BODIES_TAKING_PART = re.compile(
    r"^(?:(?![经并和与在由对])[\u4e00-\u9fff]){0,10}?部门|^[^，,。；;\d]{0,16}?单位[^，,。；;\d]{0,12}?(?:共同)?(?:参与|参加|牵头)"
)
STATED_BEFORE = re.compile(r"(?:提出|明确)了?\s*$")
# 共设置了31项国民经济和社会发展计划指标, 设定了100多个精准的“小目标”, 20个主要指标中有7个是民生福祉类: the
# indicators or goals a text sets, counted whatever words name them (not 设置了100个公益性岗位)
GOALS_SET_BEFORE = re.compile(r"(?:设定|设置|确定|制定)了?\s*(?:共)?\s*$")
GOALS_SET = re.compile(r"^[^，,。；;\d]{0,20}(?:指标|目标)[”\x22]?\s*(?=[，,。；;]|$)")
GOALS_AMONG = re.compile(r"(?:指标|目标)中\s*[，,]?\s*(?:有|共有)?\s*$")
# 肥胖、近视…和龋齿5个问题, …、技工教育质量提升4个专项计划, …关爱行动等15个…提升行动: the kinds a list
# before names, counted (not 新建A、B等3所学校: what is built)
KINDS_LISTED_BEFORE = re.compile(r"、[^，,。；;、\d]{1,30}(?:和|及|与|等)[^，,。；;、\d]{0,30}$")
KINDS_NAMED = re.compile(r"^[\u4e00-\u9fff“”]{0,16}?(?:问题|计划|行动)(?!项目|单列)")
LIVELIHOOD_WORK = re.compile(
    r"^(?:重点|重大|省级|市级|县级|区级)?(?:民生实事|为民办实事|惠民实事|民生工程|民心工程|实事)"
)
# (2个)实事项目完成情况, (20件)民生大事项目推进情况表: the list of works whose progress a report tells
PROGRESS_OF_WORKS = re.compile(r"^[^，,。；;\d]{0,10}(?:项目|实事|工程)的?(?:完成|进展|落实|推进|实施)情况")
LIVELIHOOD_LIST = re.compile(r"^[\u4e00-\u9fff\d]{0,12}?(?:重点|重大)?(?:民生实事|为民办实事|惠民实事|民生工程|实事)")
# 20个大项、42个子项, 10个方面32个小项, 4大类总计60个子项, 68个子项目: a list's works and their parts, counted
# (not 4个子项已完成, 62个分项125个小项中,57个…, 22个子项正在加快推进: the parts a report tells the progress of)
LIST_PARTS = re.compile(r"^(?:大项|小项|子项|分项)(?![^，,。；;]*?(?:已|完成|推进|进度|中\s*[，,]))")


# 1场2馆1中心, 1场1馆1中心1公园: counts run together without a break name a set of facilities
SET_PART = re.compile(r"\d+(?:(?![年月日岁号])[\u4e00-\u9fff]){1,2}")
SET_BEFORE = re.compile(r"(?:\d+(?:(?![年月日岁号])[\u4e00-\u9fff]){1,2})*$")
SET_AFTER = re.compile(r"(?:\d+(?:(?![年月日岁号])[\u4e00-\u9fff]){1,2})*")


def built_on(before: str, after: str) -> bool:
    """Whether a count is the level a work starts from (在现有100余个…基础上, 在5个试点地区的基础上)."""
    if re.search(r"在现有\s*$", before):
        return bool(re.search(r"基础上", after))
    return bool(re.search(r"在\s*$", before) and re.match(r"^[^，,。；;\d]{0,20}基础上", after))


def in_a_set(before: str, after: str) -> bool:
    """Whether a count runs together with two or more others, no word between (1场2馆1中心)."""
    run_before, run_after = SET_BEFORE.search(before), SET_AFTER.match(after)
    runs = (run_before.group(0) if run_before else "") + (run_after.group(0) if run_after else "")
    return len(SET_PART.findall(runs)) >= 2


# 在3个街道, 在全县96个村、(3个社区): the count of the places a work is done in, listed after 在
WHERE_BEFORE = re.compile(r"(?:^|[，,；;\s])在(?:全[省市县区镇乡])?\s*((?:\d+个[\u4e00-\u9fff]{1,8}、\s*)*)$")
# 项目总成本(≤**万元), 小区居民满意度(≥**%): a performance form's place for the value its row gives after it
FORM_PLACEHOLDER = re.compile(r"[(（]\s*[≥≤<>=＞＜]?\s*\*+\s*[^()（）]{0,4}[)）]")
PLACES_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:县区|县市区|县\(市、区\)|县|市州|地市|市|区|乡镇|镇|街道|村|社区)")
# the works a place's count is done in (在全省建设1000个村卫生室), and what builds a list of counts in words
# (建成…、十座标准体育场馆、一百个体育公园、一千里健身步道)
BUILDS = re.compile(r"建设|新建|改扩建|建成|打造|实施|开展|设立|培育|创建")


def where_done(before: str, unit: str, after: str) -> bool:
    """Whether a count is of the places a work is done in: listed after 在 (在3个街道,规划建设15个城乡书房;
    在全县96个村、3个社区…设立), or named after 在 with nothing built between and the work's own
    count after it (在全省13个市州61个县区…新建…食堂400个; not 在全省建设1000个村卫生室)."""
    where = WHERE_BEFORE.search(before)
    if where and (where.group(1) or re.match(r"^[\u4e00-\u9fff]{1,8}[，,、]", after)):
        return True
    placed = re.search(r"在([^，,。；;\d]{0,24}(?:\d+个[^，,。；;\d]{0,12})?)$", before)
    if unit != "个" or not PLACES_AFTER.match(after) or placed is None or BUILDS.search(placed.group(1)):
        return False
    return re.match(r"^[^，,。；;]*\d", after) is not None


# 报告中,“发展”出现67次, “民生”一词被提及20次: how often a text uses a word
WORD_COUNTED = re.compile(r"[”’」\"]\s*(?:一词|二字|这个词)?\s*(?:共|累计)?\s*被?(?:出现|提及|提到)了?\s*$")
TAKEN_AS = re.compile(r"^[^，,。；;\d]{0,12}为(?:主要|重点|服务)?(?:对象|重点|主体|依托|基础|载体|抓手)")


def not_a_quantity(before: str, unit: str, tail: str, after: str) -> bool:
    """Numbers the words around them show are no target: the tail of a decimal the extraction
    broke (457. 3万人), a frequency that qualifies a name (每周参加1次及以上体育锻炼的人数), and
    the count of the bodies that issue a text (国家发展改革委等21个部门印发) or of the plan's own parts
    (等12项主要指标, 主要指标12项, 确定的19项专项行动, 等8个方面主要任务, 环境改善类4项), and the count of those each target after 分别 is for (5个地级市分别打造1—2家, 14个区分别建立…); hours are a target
    only after a bound (至少参加1小时), else they describe a service (24小时呼叫应急服务); 1个月内
    is a time allowed."""
    if BROKEN_DECIMAL_BEFORE.search(before):
        return True
    if built_on(before, after) or in_a_set(before, after):
        return True  # 在现有100余个…基础上; 建成1场2馆1中心: what the work starts from, the set each place has
    if re.search(r"[第届]\s*$", before):
        return True  # 第71次, 第十八届71次常务会议: an ordinal, not a count
    if re.match(r"^\s*[:：]\s*\d", after) or re.search(r"\d\s*[:：]\s*$", before):
        return True  # 医护比达到1:1: a ratio, not a quantity
    if re.search(r"以[^，,。；;]{0,20}$", before) and TAKEN_AS.match(after):
        return True  # 以全市…7600多名持证残疾人为主要对象: whom the work is for, not a target
    if PER_STEP_BEFORE.search(before):
        return True
    if re.match(rf"^[^，,。；;\d]*{FORM_PLACEHOLDER.pattern}", after):
        return True  # 指标1:清算8个安置小区…物业费(≥**%) ≥95%: a count in what a form's row measures, not its value
    if (re.search(r"在\s*$", before) or WORKS_AMONG.match(after)) and re.match(rf"^{GROUP_AMONG}", after):
        return True  # 在100家规模化机构中,争取30家…; 24个项目中,有12个…: the group the figure after is taken from
    if where_done(before, unit, after):
        return True
    if CONDITION_OPEN.match(before) and re.search(r"(?:不足|少于|低于|多于|大于|小于|超过)\s*$", before):
        return True  # 对现有床位数不足40张且…的乡镇敬老院: a condition on what the rule is for
    if unit == "个" and after[:1] == "月":
        return True  # 1个月内出台实施方案: a time allowed, not a count
    if names_a_class(before, unit, tail, after):
        return True
    if unit in ("项", "件") and re.search(r"[\u4e00-\u9fff]类\s*$", before):
        return True  # 民生实事项目包括环境改善类4项、公共安全类3项: the list's works of a kind, counted
    if unit == "小时" and not re.search(r"(?:至少|不少于|不低于|不超过|达到|超过)[\u4e00-\u9fff]{0,2}\s*$", before):
        return True
    if unit == "次" and (tail and re.match(r"[\u4e00-\u9fff]", after[:1]) or WORD_COUNTED.search(before)):
        return True  # 每周参加1次及以上…的人数; “发展”出现67次: how often a word is used, no target
    if unit != "%" and EACH_OF.match(after):
        return True  # 全区5个地级市分别打造1—2家…, 14个区分别建立…: the count of those each target is for
    return counts_parts(before, unit, after)


def names_a_class(before: str, unit: str, tail: str, after: str) -> bool:
    """A number that names a class of things, not a count: the size of a team (5人制、11人制足球),
    a bound on a plant's size (淘汰840台10吨以下燃散煤锅炉) or on a firm's (年产值超100亿元企业)."""
    sized = bool(tail or re.search(r"(?:超|超过|过)\s*$", before))
    firms = sized and unit in ("元", "万元", "亿元", "万亿元") and SIZED_FIRMS.match(after)
    return (unit == "人" and after[:1] == "制") or bool(tail and SIZED_PLANT.match(after)) or bool(firms)


def counts_parts(before: str, unit: str, after: str) -> bool:
    """Counts of a plan's or a list's own parts, not of things to be done: 等12项主要指标, 主要指标12项,
    调控指标(14个), 等19个具体建设项目, 实施39个具体项目,包括…, 牵头实施9项民生实事, 21个部门, what a text
    sets out (提出7个发展领域的…, 明确11项专项行动), and the
    counts of the vote that chose a list (12项候选项目, 票选出10个项目)."""
    if unit in ("项", "个", "条") and (
        PLAN_PARTS.match(after) or PARTS_COUNTED.search(before) or KINDS_OF_PARTS.match(after)
    ):
        return True  # 等12项主要指标, 主要指标12项, 调控指标(14个): counts of the plan's own parts
    if unit in ("项", "个") and re.search(r"等\s*$", before) and LISTED_PROJECTS.match(after):
        return True  # 等19个具体建设项目, 等9个重点项目: the count of the projects the sentence lists
    if unit == "种" and re.search(r"等\s*$", before):
        return True  # 苯丙酮尿症、地中海贫血等5种遗传代谢病: the count of the kinds just listed
    if unit in ("项", "个") and LIST_SIZE.match(after):
        return True  # 实施39个具体项目,包括…: the count of the projects listed after it
    if unit in ("项", "个", "件", "类") and LIVELIHOOD_LIST.match(after) and LIST_ARRANGED.search(before):
        return True  # 牵头实施9项民生实事: the size of the year's list, not one of its targets
    if unit in ("项", "件") and LIVELIHOOD_WORK.match(after):
        return True  # 126项民生实事均全部…完成, 10件民生实事: the list counted
    if unit in ("项", "个", "件") and LIST_PARTS.match(after):
        return True  # 20个大项、42个子项: the list's works and their parts, counted
    if unit in ("项", "个", "件") and PROGRESS_OF_WORKS.match(after):
        return True  # 现将…所承办的2个实事项目完成情况予以公示: the works whose progress is told, counted
    if unit in ("项", "个", "件") and re.search(
        r"(?:民生实事|为民办实事|惠民实事|民生工程|民心工程)(?:项目)?\s*(?:共|共计)?\s*$", before
    ):
        return True  # 公布…2024年政府民生实事项目40项: the list's size
    if unit in ("项", "个", "条") and STATED_BEFORE.search(before):
        return True  # 纲要提出7个发展领域的主要目标, 明确11项…专项行动: what the text sets out, counted
    if unit in ("项", "个", "件") and (
        re.match(r"^[\u4e00-\u9fff]{0,8}候选", after) or re.search(r"(?:票决|票选)出?\s*$", before)
    ):
        return True  # 筛选出12项民生实事候选项目, 从12个候选项目票选出10个项目: how the list was chosen
    if unit in ("项", "个") and (
        GOALS_SET_BEFORE.search(before) and GOALS_SET.match(after) or GOALS_AMONG.search(before)
    ):
        return True  # 设置了31项…计划指标, 20个主要指标中有7个是民生福祉类: the text's own indicators
    if unit in ("个", "项") and KINDS_LISTED_BEFORE.search(before) and KINDS_NAMED.match(after):
        return True  # …和龋齿5个问题, …等15个…提升行动: the kinds just listed, counted
    return unit in ("个", "家") and BODIES_TAKING_PART.match(after) is not None

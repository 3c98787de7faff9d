"""Indicator tables whose cells stand one per line.

A table starts at a 表N line, or at a run of short header cells (序号/领域/指标 … 属性, or
序号/指标/单位/2020年/2025年 when the table has no 属性 column) as text taken from web pages
and PDFs gives it. A blank inside a cell is the page's layout (指  标 is 指标). Rows end with
their 约束性/预期性 cell; in a table without that column, a row ends where the next row's name
(or its 序号) follows its values. A row with one cell per header cell is read by its column
(指标, 单位, 2020年, 2025年, 属性); other rows, and the rows of 表N tables, by their cells' looks:
the name is the last cell that is not a value, cells before it are 领域 labels (一、发展水平).
A row whose name has parts (其中:本科及以上学历比例, or 其中:小学 / 初中) holds one value per part
and column, column by column; each part is an indicator of its own, named after the row.
A list number before a name (1.学前教育毛入园率) is not part of it. A row is read by its
columns only where its cells stand under them (a name under 指标, 约束性/预期性 under 属性); a
column word on its own line under a year (2020年 / 基期值) is that year's column; a value in
brackets ([350], 〔30〕) is a five-year total as the table's note says; a column of years between
the baseline's and the target's (2020年, 2023年, 2025年) holds milestones, each an indicator of its
own with the row's baseline. A header may go on over lines of header words (序号 指标名称 2022年 /
完成情况 / 目标任务 牵头部门 / 2023年 2024年 2025年); the cells a numbered row has after its values
(牵头部门: 人社局) are left out; a row whose name gives no unit takes the one its value cells write
(98.5%). A baseline column with no year (基期水平 before 2022年目标值 2030年目标值) makes every year
column a target's; a row that ends 倡导性 sets no figure; notes between rows (说明:, 计算方法:) leave
the table open (the plan reader lists them). A region over a target's column word (苏南 / 目标值 /
全省 / 目标值) makes a column for that region, each row an indicator for each; a 权重 column after
them holds each row's weight, and a row whose weight and office cells are merged into the row above
ends where the next name follows its values.

A progress table one cell a line (序号 / 项目内容 / 目标任务 / 市级牵头 / 责任单位 / 进度 / 完成目标 / (%) / 备注)
may split its header words over two lines; its rows, cut at their numbers (9* too), hold a label before
a name or not, and an office over two lines or none: each is read by its header from its target on.

A group's label over bare years (健 康 指 标 / | 2007 / | 2012) is the 指标 column's word. A
“十二五”期间 column (what the period is to do in all) beside years makes every column a target's, of
its year (the period's, its last), with no baseline.

Rows that stand one a line (between bars | or │, or cells padded apart with blanks) are cut
into cells first (split_rows); a table drawn with box characters whose rules part its rows has
each row's wrapped lines joined first (grid_rows).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

from generator.importer.domains import guess_domain
from generator.importer.outline import NATURE
from generator.importer.phrases import (
    BOUND,
    LIST_NUMBER,
    MEASURE_END,
    PER_YEAR,
    UNITS,
    counted_unit,
    per_hundred_thousand,
    quantities,
)
from generator.importer.text import BOX_DRAWING, EMPTY_CELL, NO_FIGURE
from generator.importer.years import COMPARED, LEVEL_THEN
from generator.loading.crossref import UNIT_SUFFIX
from generator.messages import t
from generator.sitemodel.values import numbers_in, stated_comparator
from generator.sitemodel.vocabulary import FIVE_YEAR_PLANS

PER = r"(?:/[\u4e00-\u9fff]{1,3})*"  # 71.86元/平方米, 17元/人: a unit per unit
# [350], 〔30〕: a five-year total, as the table's note says ([ ]内为五年累计数)
VALUE_CELL = re.compile(
    rf"^[\[［〔【]?(?:[≥>≤<＞＜]|不低于|不少于|不小于|不超过|不高于|不大于|超过)?\s*\d+(?:\.\d+)?\s*(?:(?:{UNITS}){PER})?\s*{BOUND}?[\]］〕】]?$"
)
VALUE_WORDS = NO_FIGURE | {"/", "稳定增长", "应保尽保", "动态清零"}
# a value in words: 持续提高, 稳步增长, 全覆盖, 基本实现 (a row's name is never only these)
WORDS_CELL = re.compile(
    r"^(?:持续|稳步|逐步|进一步|不断|明显|大幅|稳定|基本)?(?:提高|提升|增长|增加|下降|降低|改善|扩大|减少)$|^(?:基本)?(?:全覆盖|实现|普及)$|^(?:持续|逐步)?减缓$"
    r"|^(?:达到|完成)[\u4e00-\u9fff]{0,10}(?:任务数|任务|要求|标准)$"  # 达到市分解任务数
    r"|^(?:基本)?建成$|^[\u4e00-\u9fff]{0,4}下达[\u4e00-\u9fff]{0,4}$"  # 建成, 省下达目标值
)
HEADER_FIRST = {
    "序号",
    "领域",
    "类别",
    "分类",
    "指标",
    "指标名称",
    "具体指标",
    "监测指标",
    "评价指标",
    "考核指标",
    "一级指标",
    "绩效指标",  # (绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值: a performance-target form's)
}
NATURE_HEADER = {"性质", "属性", "指标属性", "指标性质"}
NAME_HEADER = {
    "指标",
    "指标名称",
    "主要指标",
    "名称",
    "具体指标",
    "监测指标",
    "评价指标",
    "考核指标",
    "项目名称",
    "项目内容",
    "实事项目",
    "三级指标",
}
# (一级指标 二级指标, under 绩效指标: a performance-target table's)
CATEGORY_HEADER = {"领域", "类别", "分类", "一级指标", "二级指标", "绩效指标"}
# columns after a row's values (牵头部门 人社局): not part of its name or its values
TRAILING_HEADER = {
    "牵头部门",
    "责任部门",
    "责任单位",
    "牵头单位",
    "配合单位",
    "数据来源",
    "资料来源",
    "数据提供部门",
    "备注",
}
# a year's column word, under its year or after it (2020年基期值, 2022年 / 完成情况)
# a baseline's column with no year of its own (基期水平 before 2022年目标值 2030年目标值): every year
# column after it holds a target
BASE_WORD = {"基期值", "基期水平", "基期", "现状值", "现状水平", "现状", "基数"}
# a target's column with no year of its own (监测指标 单位 权重 目标值): the plan's end
TARGET_WORD = {"目标值", "规划值", "预期值", "目标", "规划目标", "指标值"}  # (指标值: a performance-target table's)
# a progress table's (项目名称 | 年度目标 | 1-7月累计完成 | 完成率): the year's target, what was done by
# then, the share of the target that is
PROGRESS_TARGET = {"年度目标", "全年目标", "年度任务", "年度计划", "计划数", "目标数", "任务数", "工作目标", "目标任务"}
# (进度 alone, beside a target's column: what was done by then)
DONE_COLUMN = re.compile(r"(?:累计完成|完成数|实际完成(?:情况)?|已完成|^进度)(?:[(（][^()（）]*[)）])?$")
# (完成目标(%): the share of the target done, as its unit says)
SHARE_COLUMN = re.compile(
    r"(?:完成率|完成进度|完成比例|占年任务之比|占年度任务之比|^占比|^完成目标(?=[(（]?%))(?:[(（]%[)）]|%)?$"
)
COLUMN_WORD = BASE_WORD | TARGET_WORD | PROGRESS_TARGET | {"完成情况"}
# an assessment table's column of weights (权重): no figure of the indicator's
WEIGHT_HEADER = {"权重", "分值", "权数"}
HEADER_WORDS = (
    HEADER_FIRST
    | NATURE_HEADER
    | NAME_HEADER
    | TRAILING_HEADER
    | COLUMN_WORD
    | WEIGHT_HEADER
    | CATEGORY_HEADER
    | {"单位", "计量单位", "目标任务"}
)
# 2020年, 2025年目标值, 2020年(行业测算数据), 基期值(2020年), 目标值（2025年）: group 1 is the year
YEAR_HEADER = re.compile(
    r"^(?=[^\d]{0,6}(\d{4}))"
    r"(?:(?:\d{4}年|20[0-4]\d(?=$|[(（]))[\u4e00-\u9fff]{0,4}(?:[(（][\u4e00-\u9fff]{1,10}[)）])*"
    r"|[\u4e00-\u9fff]{1,5}[(（]\d{4}年?[)）])$"
)
# 3182, -144, 38.96: a figure written bare, no unit, no sign of a bound (a statistical table's cells)
BARE_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
UNIT_CELL = re.compile(rf"^(?:1(?=/))?(?:{UNITS})(?:/(?:月|年|人|户|日|天|次))*$")  # 元/月/人: per month and head
# (1/10万: a rate per 100,000 as statistical tables write its unit)
# 2020年完成情况 (a column of what was reached, beside its 2020年规划目标): observations, not targets
# (2020年预计值: a review's estimate of what the year reached)
REACHED_COLUMN = re.compile(r"(?:完成情况|完成值|实际值|实现值|预计值|预计完成值?|预计数)$")
YEAR_PREFIX = re.compile(r"^\d{4}年?")
PART = re.compile(r"^其中\s*[:：]?\s*")
# a row's last cell, its 属性: 约束性/预期性, or 倡导性 (a row that sets no figure)
ROW_NATURE: dict[str, str | None] = {**NATURE, "倡导性": None}
# the office that leads the work (省人社厅, 市民政局), a group's heading with its weight (权重占50%)
NO_ROW = re.compile(r"^(?:省|市|县|区)[\u4e00-\u9fff]{1,6}(?:厅|局|委|办)$|[(（]权重")
CHANGE_CELL = re.compile(rf"^(?:较|比)20\d\d年(?:底|末)?{LEVEL_THEN}(?:下降|降低|减少|提高|提升|增长|增加)")
# (市级测算) after a row's value: a note on it, neither a value nor the next row's name
NOTE_CELL = re.compile(r"^[(（][\u4e00-\u9fff]{1,10}[)）]$")
UNIT_ALONE = re.compile(r"[(（][^()（）]{1,8}[)）]")  # (%): a unit alone
# a note between an indicator table's rows (说明:健康素养是指…, 计算方法:…/…×100%): the table goes on
TABLE_NOTE = re.compile(r"^(?:说明|计算方法|指标解释|指标说明|注\s*\d?)[:：]")
# 指标及计算方法, 指标名称及单位: the 指标 column, with what its cells add to the name
NAME_WITH = re.compile(r"^(?:指标|指标名称)(?:及|和|与)[\u4e00-\u9fff]{1,6}$")
# (海南) (国家) under 2025年 2025年: the regions the columns of one year hold targets for
QUALIFIERS = re.compile(r"^(?:[(（][\u4e00-\u9fff]{1,6}[)）])+$")


# 省重点民生实事项目名称: the name column, its words saying what the names are
NAMED_HEADER = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:项目名称|指标名称)$")


def cell_text(text: str) -> str:
    """A cell's words without the blanks a page's layout puts inside them (指  标)."""
    return re.sub(r"\s+", "", text)


# “十二五”期间: a column of what the period is to do in all, a target of its last year; beside the
# years of its milestones, every column of the table is a target's (no baseline)
PERIOD_COLUMN = re.compile(r"^[“\"]?(十[一二三四五六]五)[”\"]?(?:期间|时期)$")
PERIOD_HEADER = re.compile(r"^\d{4}年[(（]十[一二三四五六]五期间[)）]$")  # as header_word names that column


# 市级牵头责任单位: an office's column, its words saying which offices (the 责任单位 column)
OFFICE_HEADER = re.compile(r"^[\u4e00-\u9fff]{1,6}(责任单位|牵头单位|责任部门|牵头部门)$")


def header_word(text: str) -> str:
    """A header cell as the reader names its column: 指标及计算方法 heads the 指标 column,
    省重点民生实事项目名称 the 项目名称 column, 市级牵头责任单位 the 责任单位 column, “十二五”期间 the
    column of 2015年 (the period's end)."""
    c = cell_text(text)
    if period := PERIOD_COLUMN.match(c):
        return f"{FIVE_YEAR_PLANS[period.group(1)][1]}年({period.group(1)}期间)"
    if office := OFFICE_HEADER.match(c):
        return office.group(1)
    return "指标" if NAME_WITH.match(c) else "项目名称" if NAMED_HEADER.match(c) else c


def is_header_cell(text: str) -> bool:
    c = header_word(text)
    return c in HEADER_WORDS or bool(YEAR_HEADER.match(c) or DONE_COLUMN.search(c) or SHARE_COLUMN.search(c))


def is_value_cell(text: str) -> bool:
    c = cell_text(text)
    return (
        bool(VALUE_CELL.match(c) or WORDS_CELL.match(c) or CHANGE_CELL.match(c))
        or c in VALUE_WORDS
        or c.startswith("不低于")
    )


# 健康指标 | 2007 | 2012: the first group's label standing where the 指标 column's word stands, over
# the years of the table's columns (a group label opens a header only with two years after it)
GROUP_HEADER = re.compile(r"^[\u4e00-\u9fff]{2,4}指标$")


def group_header(text: str) -> bool:
    """Whether a cell is a group's label (健康指标) and not one of the header's own words (监测指标)."""
    c = cell_text(text)
    return bool(GROUP_HEADER.match(c)) and c not in HEADER_WORDS


def header_at(texts: list[str], i: int) -> bool:
    """Whether texts[i] opens a run of short header cells that ends with a 属性/性质 cell, or
    that names the years of its value columns (序号/指标/单位/2020年/2025年); a word split over two
    lines (市级牵头 / 责任单位) is one cell."""
    grouped = group_header(texts[i])
    if cell_text(texts[i]) not in HEADER_FIRST and not grouped:
        return False
    years = 0
    for j in range(i + 1, min(i + 9, len(texts))):
        if len(texts[j]) > 12 or "。" in texts[j]:
            break
        c, following = cell_text(texts[j]), texts[j + 1] if j + 1 < len(texts) else ""
        if c in NATURE_HEADER:
            return True
        if not is_header_cell(c) and not over_column(c, following) and not split_word(c, following):
            break
        years += bool(YEAR_HEADER.match(c)) or c in TARGET_WORD or c in PROGRESS_TARGET
    return years >= 1 + grouped


def split_word(text: str, following: str) -> bool:
    """Whether a short cell that is no header word makes one with the next line, as a header whose
    words a narrow column wraps gives it (市级牵头 / 责任单位: the 责任单位 column; 完成目标 / (%):
    the share of the target done)."""
    c = cell_text(text)
    return len(c) <= 6 and not is_header_cell(c) and is_header_cell(c + cell_text(following))


# 苏南 over 目标值: the region a column of values (a baseline's or a target's with no year) is for
REGION_WORD = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
QUALIFIED = re.compile(r"[(（]([^()（）]+)[)）]$")  # 目标值(苏南): the region a column is for


def over_column(text: str, following: str) -> bool:
    """Whether a short word stands over a baseline's or target's column word on the next line (苏南 /
    目标值 / 全省 / 目标值): the region that column is for, as a header split over two lines gives it."""
    c = cell_text(text)
    return bool(REGION_WORD.match(c)) and not is_header_cell(c) and cell_text(following) in BASE_WORD | TARGET_WORD


def cell_value(text: str, year: int | None) -> dict[str, Any]:
    nums = numbers_in(COMPARED.sub("", text))  # 较2022年下降3%: 3, not 2022
    year = None if PER_YEAR.search(text) else year  # 每年提升2%左右: a yearly rate
    one = len(nums) == 1
    return {
        "year": year,
        "as_written": text,
        "value": nums[0] if one else None,
        "comparator": stated_comparator(text) if one else None,
    }


NAME_BOUND = re.compile(r"(?:不低于|不少于|不高于|不超过|不大于|不小于|低于|高于|少于|小于|大于|超过)$")


def _bounded(name: str, target: dict[str, Any]) -> dict[str, Any]:
    """A target whose row's name gives its bound (GDP年均增长10%以上 over a cell of 10, 城镇登记失业率低于(%)
    over a cell of 4.3): the bound's comparator. A yearly rate (年均增长) takes no year (see _value)."""
    v = target["value"]
    if v is None or target["comparator"] not in (None, "="):
        return target
    # 城镇登记失业率低于(%) over a cell of 4.3: the name's last words bound the value
    if bound := NAME_BOUND.search(UNIT_SUFFIX.sub("", name)):
        return {**target, "comparator": stated_comparator(f"{bound.group(0)}{v}")}
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*[%％]?\s*(以上|以下|以内)", name):
        if float(m.group(1)) == v:
            return {**target, "comparator": stated_comparator(m.group(0))}
    return target


def _unit(name: str) -> str | None:
    """The unit in a row name's last bracket; a count in it (37个村, 平江17、汩罗4) is none."""
    m = UNIT_SUFFIX.search(name)
    if m and re.search(r"\d", m.group(1)) and "/" not in m.group(1):
        return None
    return per_hundred_thousand(m.group(1)) if m else None  # (/10万): 1/10万, as the prose reader writes it


CELL_UNIT = re.compile(rf"\d\s*((?:{UNITS}){PER})\s*{BOUND}?[\]］〕】]?$")


def _cells_unit(vals: list[str]) -> str | None:
    """The unit a row's value cells write after their numbers (98.5%, ≥60%), when they all write
    the same one and its name has none."""
    units = {m.group(1) for v in vals for m in [CELL_UNIT.search(cell_text(v))] if m}
    return units.pop() if len(units) == 1 else None


def _row_unit(name: str, vals: list[str]) -> str | None:
    """A row's unit: the one its value cells write (城市棚户区改造(户) | 7699套: 套), unless the name's
    says more of it (提高农村低保标准(元/年/人) | 不低于3700元: 元/年/人); else the name's."""
    named, written = _unit(name), _cells_unit(vals)
    unit = named if named and (not written or named.startswith(written)) else written or named
    return counted_unit(unit, UNIT_SUFFIX.sub("", name)) if unit else unit  # 年流通人次 | 120万: 万人次


def part_name(row_name: str, part: str) -> str:
    """A part of a row, named after the row: 其中:本科及以上学历比例(%) in 幼儿教师专科及以上学历比例(%)
    → 幼儿教师专科及以上学历比例：其中本科及以上学历比例(%); 其中:小学 → 义务教育标准班额比例：小学(%)."""
    sub = PART.sub("", part)
    unit = UNIT_SUFFIX.search(sub) or UNIT_SUFFIX.search(row_name)
    core, sub_core = UNIT_SUFFIX.sub("", row_name), UNIT_SUFFIX.sub("", sub)
    joined = f"{core}：其中{sub_core}" if MEASURE_END.search(sub_core) else f"{core}：{sub_core}"
    return joined + (unit.group(0) if unit else "")


def _joined(header: list[str]) -> list[str]:
    """Header cells with a year's column word, on a line of its own under it, joined to the year
    (2020年 / 基期值 → 2020年基期值); a region over a column word qualifies it (苏南 / 目标值 →
    目标值(苏南))."""
    out: list[str] = []
    for h in header:
        if out and h in COLUMN_WORD and YEAR_HEADER.match(out[-1]) and YEAR_HEADER.match(out[-1] + h):
            out[-1] += h
        elif out and over_column(out[-1], h):
            out[-1] = f"{h}({out[-1]})"
        elif QUALIFIERS.match(h) and _qualified(out, re.findall(r"[(（][^()（）]+[)）]", h)):
            pass
        else:
            out.append(h)
    return out


def _qualified(out: list[str], qualifiers: list[str]) -> bool:
    """Puts the regions a line under the header names ((海南) (国家)) on the year columns they stand
    under, the last ones without a region of their own; False where there are fewer such columns."""
    bare = [k for k, h in enumerate(out) if YEAR_HEADER.match(h) and not re.search(r"[(（]", h)]
    if len(bare) < len(qualifiers):
        return False
    for k, q in zip(bare[len(bare) - len(qualifiers) :], qualifiers, strict=True):
        out[k] += q
    return True


def _before_name(header: list[str]) -> int:
    """The cells a row has before its name, as its header orders them (a 领域 cell that spans the
    rows below stands in the first row only)."""
    at = next((k for k, h in enumerate(header) if h in NAME_HEADER), 0)
    return at - any(h in CATEGORY_HEADER for h in header[:at])


def regions_of(header: list[str]) -> list[str | None]:
    """For each value column, the region its targets are for, where the last year (or the target's
    column with no year) heads two columns or more, each for a region of its own (2025年(海南),
    2025(国家); 目标值(苏南), 目标值(全省)); else nothing."""
    columns = [h for h in header if value_column(h)]
    years = [m.group(1) if m else QUALIFIED.sub("", h) for h in columns for m in [YEAR_HEADER.match(h)]]
    regions = [m.group(1) if m else None for h in columns for m in [QUALIFIED.search(h)]]
    last = [r for y, r in zip(years, regions, strict=True) if y is not None and y == years[-1]]
    if len(last) < 2 or None in last or len(set(last)) != len(last):
        return []
    return [r if y == years[-1] else None for y, r in zip(years, regions, strict=True)]


def value_column(h: str) -> bool:
    """Whether a header cell heads a column of values: a year's, or a baseline's or target's with no
    year (目标值, or 目标值(苏南) for a region)."""
    return bool(YEAR_HEADER.match(h) or DONE_COLUMN.search(h) or SHARE_COLUMN.search(h)) or QUALIFIED.sub("", h) in (
        BASE_WORD | TARGET_WORD | PROGRESS_TARGET
    )


def _undated_base(header: list[str]) -> bool:
    """Whether a baseline column with no year (基期水平) stands before the first year column."""
    first_year = next((k for k, h in enumerate(header) if YEAR_HEADER.match(h)), len(header))
    return any(h in BASE_WORD for h in header[:first_year])


def split_header(body: list[tuple[int, str]], labelled: bool) -> tuple[list[str], list[tuple[int, str]]]:
    """The header cells (ending with the 属性 cell; else the run of header words) and the cells after."""
    for k, (_, c) in enumerate(body):
        if cell_text(c) in NATURE_HEADER:
            return _joined([header_word(h) for _, h in body[: k + 1]]), body[k + 1 :]
    if labelled and not (body and cell_text(body[0][1]) in HEADER_FIRST):
        return _joined([header_word(h) for _, h in body]), []
    grouped = bool(body) and group_header(body[0][1])  # 健康指标 | 2007 | 2012
    k, words = int(grouped), ["指标"] * grouped
    while k < len(body):
        cell, following = body[k][1], body[k + 1][1] if k + 1 < len(body) else ""
        if split_word(cell, following):
            # 市级牵头 / 责任单位: one header word over two lines
            words.append(header_word(cell + following))
            k += 2
        elif is_header_cell(cell) or QUALIFIERS.match(cell_text(cell)) or over_column(cell, following):
            words.append(header_word(cell))
            k += 1
        else:
            break
    return _joined(words), body[k:]


def table_record(
    k: int,
    name: str,
    unit: str | None,
    values: tuple[dict[str, Any] | None, dict[str, Any] | None],
    row: list[tuple[int, str]],
    category: list[str] | None = None,
    nature: str | None = None,
    label: str | None = None,
) -> dict[str, Any]:
    """The record of an indicator a table's row gives (id i{k}): its (baseline, target), its row's
    cells as its quote and their first and last lines as its lines."""
    baseline, target = values
    return {
        "id": f"i{k}",
        "name": name,
        "concept": None,
        "domain": guess_domain(name, *(category or [])),
        "category": " / ".join(category or []) or None,
        "unit": unit,
        "baseline": baseline,
        "target": target,
        "nature": nature or "unspecified",
        "origin": "table",
        "table": label,
        "quote": " | ".join(c for _, c in row),
        "lines": [row[0][0], row[-1][0]],
    }


def _noted(ind: dict[str, Any], reached: str | None, values: int, year: int | None) -> None:
    """A row's value in a column of what was reached (2020年完成情况): its observation of that year;
    else, a row without a value for each of its two columns: a note saying so."""
    value = cell_value(reached, year)["value"] if reached is not None else None
    if reached is not None and value is not None:
        obs = {"year": year, "period": None, "as_written": reached, "value": value, "lines": ind["lines"]}
        ind["observations"] = [obs]
    elif reached is None and values != 2:
        ind["notes"] = [f"这一行只有{values}个数值单元格，对应两栏；不清楚属于哪一栏。"]


def _office_after_name(header: list[str]) -> bool:
    """Whether the header has its office column (责任单位) straight after its names' (项目名称)."""
    at = next((k for k, h in enumerate(header) if h in NAME_HEADER), None)
    return at is not None and at + 1 < len(header) and header[at + 1] in TRAILING_HEADER


def _padded(row: list[tuple[int, str]], header: list[str]) -> list[tuple[int, str]]:
    """A row that lacks only the cells of its header's last columns after its values (备注, 责任单位:
    empty, so the copy dropped them), given them empty."""
    missing = len(header) - len(row)
    if row and missing > 0 and all(h in TRAILING_HEADER for h in header[-missing:]):
        return row + [(row[-1][0], EMPTY_CELL)] * missing
    return row


def _whole_row(row: list[tuple[int, str]]) -> bool:
    """Whether a line's cells make a row: a name (not a 序号 or a unit) and a value after it."""
    named = [k for k, (_, c) in enumerate(row) if not is_value_cell(c) and not UNIT_CELL.match(c)]
    return len(row) >= 2 and bool(named) and any(is_value_cell(c) for _, c in row[named[0] + 1 :])


def _serials(body: list[tuple[int, str]]) -> list[int]:
    """Where a numbered table's rows have their 序号: cells 1, 2, 3 … in turn, each before a name (a
    star after a number, 9*, marks its row)."""
    out: list[int] = []
    for k, (_, c) in enumerate(body):
        if c.removesuffix("*") == str(len(out) + 1) and k + 1 < len(body) and not is_value_cell(body[k + 1][1]):
            out.append(k)
    return out


def progress_values(row: list[tuple[int, str]], columns: list[str]) -> list[tuple[int, str]] | None:
    """A progress table's row (its number aside) read from its first value on by the header's columns
    from the target's on (目标任务 | 市级牵头责任单位 | 进度 | 完成目标(%) | 备注): the cells before that
    value (a label, 促进城乡劳动者就业创业, and the name, 城镇新增就业(人)) and a value for each value
    column, an office's cells (市人力资源 / 社会保障局, or none where the row above's stands for it) and
    the remarks (超额完成) left out; None for a row with no value (应补尽补: words only)."""
    first = next((k for k, (_, c) in enumerate(row) if is_value_cell(c)), 0)
    out, k = row[:first], first
    for h in columns if first else []:
        if not value_column(h):
            while k < len(row) and not is_value_cell(row[k][1]):
                k += 1
        elif k < len(row) and is_value_cell(row[k][1]):
            out.append(row[k])
            k += 1
        else:
            break
    return out if first else None


class TableReader:
    """Turns the cells of one table into indicator records (ids i1, i2 … across the plan)."""

    def __init__(self, indicators: list[dict[str, Any]], unplaced: list[tuple[int, str, str]]) -> None:
        self.indicators = indicators
        self.unplaced = unplaced
        self.milestones: list[int] = []  # the years of value columns between the baseline's and the target's
        self.columns = 0  # value columns (years, an undated baseline or target)
        self.weighted = False  # a 权重 column before the values: each row's first value is its weight
        self.weight_after = False  # …or after them (苏南目标值 全省目标值 权重): each row's last value
        self.unit_column = False  # a 单位 column: a unit cell is no row's name
        self.numbered = False  # a 序号 column: a row's first cell is its number, no 领域 label
        self.regions: list[str | None] = []  # 2025年(海南) 2025(国家): each value column's region
        self.reached: int | None = None  # 2020年完成情况 beside 2020年规划目标: the value column of what was reached
        self.progress: list[str] = []  # 年度目标 | 1-7月累计完成 | 完成率: a progress table's value columns
        self.target_years: list[int] = []  # “十二五”期间 | 2015年底 | 2020年底: every column a target's, of its year

    def read(self, cells: list[tuple[int, str]]) -> None:
        """Rows of a cell-per-line table: each ends with a 约束性/预期性 cell, or (a table without
        that column) where the next row's name or 序号 follows its values."""
        label = re.match(r"^(表\s*[\d-]+)", cells[0][1])
        header, body = split_header(cells[1:] if label else cells, bool(label))
        years, base_year, target_year = self._years(header, cells)
        self._note_columns(header)
        # (表1 over 序号 指标名称 2020年目标值 …, no 属性 column: its rows end as an unlabelled table's)
        with_nature = (bool(label) and not body) or bool(NATURE_HEADER & set(header))
        numbered = self.numbered = "序号" in header and not with_nature
        if not with_nature and self._by_whole_rows(body, header, base_year, target_year):
            return
        before_name = _before_name(header)  # 领域 序号 责任部门 指标: a row's cells before its name
        named_at = next((k for k, h in enumerate(header) if h in NAME_HEADER), 0)
        after_values = sum(h in TRAILING_HEADER for h in header[named_at + 1 :]) if numbered else 0
        row: list[tuple[int, str]] = []
        tail: list[tuple[int, str]] = []  # a numbered row's cells after its values (牵头部门): left out
        category: list[str] = []
        serials = {body[k] for k in _serials(body)} if numbered else set()
        for n, cell in body:
            named = any(not is_value_cell(c) for _, c in row)
            office = not is_value_cell(cell) and not MEASURE_END.search(cell)  # 统计, 人社、卫生: no name
            if after_values > len(tail) and named and office and self._valued(row, years):
                tail.append((n, cell))
                continue
            ended = tail or (named and is_value_cell(row[-1][1]) and len(row) > before_name)
            if numbered and row and row[-1] in serials and not any(is_value_cell(c) for _, c in row[:-1]):
                ended = False  # 健康水平 / 1: a group's label, then the 序号 of its first row
            if not with_nature and ended and self._starts_row(cell, row, numbered, years):
                self._emit(row, header, category, None, base_year, target_year)
                row, tail = [], []
            row.append((n, cell))
            if cell in ROW_NATURE:
                self._emit(row, header, category, label.group(1) if label else None, base_year, target_year)
                row = []
        if row and not with_nature and is_value_cell(row[-1][1]):
            self._emit(row, header, category, None, base_year, target_year)
            row = []
        for n, cell in row:
            self.unplaced.append((n, t("unplaced_table_cell"), cell))

    def _years(self, header: list[str], cells: list[tuple[int, str]]) -> tuple[list[int], int | None, int | None]:
        """The header's years, the baseline's and the target's: 2020年, 2025年: the baseline and the
        target; 2025年 alone: the target; 2020年, 2023年, 2025年: the years between are milestones,
        each an indicator of its own (as prose gives them); 2025年(海南) 2025(国家): one year."""
        self.regions = regions_of(header)
        years = list(dict.fromkeys(int(m.group(1)) for h in header for m in [YEAR_HEADER.match(h)] if m))
        years = years or [int(y) for _, c in cells for y in re.findall(r"^(\d{4})年$", c)]
        base_year, target_year = (years[0], years[-1]) if len(years) >= 2 else (None, years[0] if years else None)
        self.milestones = years[1:-1]
        if _undated_base(header) and years:
            base_year, self.milestones = None, years[:-1]
        if any(PERIOD_HEADER.match(h) for h in header):  # a period's total beside years: no baseline
            self.target_years = [int(m.group(1)) for h in header for m in [YEAR_HEADER.match(h)] if m]
        return years, base_year, target_year

    def _note_columns(self, header: list[str]) -> None:
        columns = [h for h in header if value_column(h)]
        self.columns = len(columns)
        self.weighted = bool(WEIGHT_HEADER & set(header))
        weight = next((k for k, h in enumerate(header) if h in WEIGHT_HEADER), -1)
        self.weight_after = weight > max((k for k, h in enumerate(header) if value_column(h)), default=len(header))
        self.unit_column = bool({"单位", "计量单位"} & set(header))
        reached = [k for k, h in enumerate(columns) if REACHED_COLUMN.search(h)]
        targets = [h for h in columns if QUALIFIED.sub("", YEAR_PREFIX.sub("", h)) in TARGET_WORD]
        self.reached = reached[0] if len(reached) == 1 and targets and len(columns) == 2 else None
        progress = any(DONE_COLUMN.search(h) or SHARE_COLUMN.search(h) for h in columns)
        self.progress = columns if progress and sum(h in PROGRESS_TARGET for h in columns) == 1 else []

    def _by_numbers(self, body: list[tuple[int, str]], header: list[str], by: int | None, ty: int | None) -> bool:
        """A numbered table whose every row holds a cell for each header cell, 序号 first (1, 2, 3 …
        before a name): its rows cut at their numbers, each read by its columns (cells in words,
        每年提升2%左右…, stay in their column). False, reading nothing, for any other table."""
        cuts = _serials(body)
        rows = [_padded(body[a:b], header) for a, b in itertools.pairwise([*cuts, len(body)])]
        if len(rows) < 3 or cuts[0] != 0 or 3 * sum(len(r) == len(header) for r in rows) < 2 * len(rows):
            return False  # (a row that lacks a cell or holds one more is read by its looks)
        for row in rows:
            self._emit(row, header, [], None, by, ty)
        return True

    def _by_whole_rows(self, body: list[tuple[int, str]], header: list[str], by: int | None, ty: int | None) -> bool:
        """Whether the table's rows were read whole: a line a row, or cut at their numbers (a number
        over the rows of its class, 2 特殊群体健康保障 孕产妇… / 新生儿…, stands on the first line only;
        a progress table's rows, _by_progress_rows)."""
        if self._by_lines(body, header, by, ty):
            return True
        return self.numbered and (self._by_numbers(body, header, by, ty) or self._by_progress_rows(body, header, ty))

    def _by_lines(self, body: list[tuple[int, str]], header: list[str], by: int | None, ty: int | None) -> bool:
        """A table whose rows stand one a line, each a name and its values (cells parted by blanks or
        bars): each line a row, read by its columns where it has a cell for each, else by its
        looks, the cells after its last value (牵头部门, 备注) left out; a line with no figure (补贴期限 |
        2020.1.1-2020.12.31, a value in words) is no row. False, reading nothing, for a table any of
        whose rows goes on over lines, or half of whose lines hold no row."""
        rows = [list(cells) for _, cells in itertools.groupby(body, key=lambda cell: cell[0])]
        whole = [_whole_row(row) for row in rows]
        unnamed = any(all(is_value_cell(c) or UNIT_CELL.match(c) for _, c in row) for row in rows)
        if len(rows) < 3 or unnamed or 2 * sum(whole) < len(rows):
            return False  # (a line of values alone: a row's values wrapped under its name)
        for row, valued in zip(rows, whole, strict=True):
            if not valued:  # (补贴期限 | 2020.1.1-2020.12.31: a row with no figure)
                self.unplaced += [(n, t("unplaced_table_cell"), c) for n, c in row]
                continue
            last = max(k for k, (_, c) in enumerate(row) if is_value_cell(c))
            aligned = len(row) == len(header) and self._columns(row, header, []) is not None
            self._emit(row if aligned else row[: last + 1], header, [], None, by, ty)
        return True

    def _by_progress_rows(self, body: list[tuple[int, str]], header: list[str], ty: int | None) -> bool:
        """A numbered progress table one cell a line whose rows hold more cells or fewer (a label over
        several rows before a name; an office over two lines, 市人力资源 / 社会保障局, on a group's first
        row only): each row cut at its number, read by progress_values. False, reading nothing, for a
        table with no column of what was done, or fewer than three numbered rows."""
        cuts = _serials(body)
        if not self.progress or len(cuts) < 3:
            return False
        at = next(k for k, h in enumerate(header) if value_column(h))
        category: list[str] = []
        self.unplaced += [(n, t("unplaced_table_cell"), c) for n, c in body[: cuts[0]]]
        for a, b in itertools.pairwise([*cuts, len(body)]):
            row = progress_values(body[a + 1 : b], header[at:])
            if row is None:
                self.unplaced += [(n, t("unplaced_table_cell"), c) for n, c in body[a:b]]
                continue
            self._emit(row, header, category, None, None, ty)
        return True

    def _valued(self, row: list[tuple[int, str]], years: list[int], weight: bool = False) -> bool:
        """Whether the row ends with a value for each year column (at least one), or for each value
        column where the header has more (目标值(苏南) 目标值(全省)); `weight`: and its weight."""
        trailing = 0
        for _, c in reversed(row):
            if NOTE_CELL.match(c):
                continue
            if not is_value_cell(c):
                break
            trailing += 1
        return trailing >= max(len(years), self.columns, 1) + weight

    def _starts_row(self, cell: str, row: list[tuple[int, str]], numbered: bool, years: list[int]) -> bool:
        """Whether a cell after a value opens the next row: a name, or a 序号 once the row holds
        its values."""
        if self.unit_column and UNIT_CELL.match(cell):
            return False  # the row's 单位 cell
        if NOTE_CELL.match(cell) and row and is_value_cell(row[-1][1]):
            return False  # (市级测算): a note on the value before it
        if not is_value_cell(cell):
            return True
        return numbered and bool(re.fullmatch(r"\d{1,3}", cell)) and self._valued(row, years, self.weight_after)

    def _emit(
        self,
        row: list[tuple[int, str]],
        header: list[str],
        category: list[str],
        label: str | None,
        by: int | None,
        ty: int | None,
    ) -> None:
        row = [(n, c) for n, c in row if not NOTE_CELL.match(c)]  # (市级测算): a note, left out
        by_column = self._columns(row, header, category)  # else by looks
        named = sum(h in CATEGORY_HEADER for h in header) if by_column else None  # where the 指标 cell is
        if by_column is None and self.numbered and re.fullmatch(r"\d{1,3}", row[0][1]):
            if len(row) == 1:  # a 序号 alone (its cells stand elsewhere): no row to read
                self.unplaced.append((row[0][0], t("unplaced_table_cell"), row[0][1]))
                return
            row = row[1:]  # the row's 序号, not a 领域 label
        if by_column is None and _office_after_name(header) and len(row) > 2 and not is_value_cell(row[1][1]):
            row = [row[0], *row[2:]]  # 新增城镇就业 | 区人社局 | 8950人: the office between a name and its values
        self._row(by_column or row, category, label, by, ty, named)

    @staticmethod
    def _columns(row: list[tuple[int, str]], header: list[str], category: list[str]) -> list[tuple[int, str]] | None:
        """The row's 领域, 指标 and value cells in the order _row reads them, when the row has one
        cell per header cell (or one fewer: its 领域 cell spans the rows above); else None."""
        at = next((k for k, h in enumerate(header) if h in CATEGORY_HEADER), None)
        if len(row) == len(header) - 1 and at is not None and category:
            row = [*row[:at], (row[0][0], category[-1]), *row[at:]]
        if len(row) != len(header) or not NAME_HEADER & set(header):
            return None
        cells = dict(zip(header, row, strict=True))
        name = next(cells[h] for h in header if h in NAME_HEADER)
        unit = cells.get("单位") or cells.get("计量单位")
        if unit and unit[1] not in ("", "—", "——") and not _unit(name[1]):
            name = (name[0], f"{name[1]}（{unit[1]}）")  # the unit column, as the name's bracket
        values = [cells[h] for h in header if value_column(h)]
        kept = [cells[h] for h in header if h in CATEGORY_HEADER]
        nature = [cells[h] for h in header if h in NATURE_HEADER]
        word = cell_text(unit[1]) if unit else ""  # (a name under 单位: the row's cells are shifted)
        misplaced = len(word) > 4 and "/" not in word and not UNIT_CELL.match(word)
        if is_value_cell(name[1]) or any(c not in ROW_NATURE for _, c in nature) or misplaced:
            return None  # the cells do not stand under their header cells: read the row by looks
        return [*kept, name, *values, *nature]

    def _row(
        self,
        row: list[tuple[int, str]],
        category: list[str],
        label: str | None,
        by: int | None,
        ty: int | None,
        named: int | None = None,
    ) -> None:
        """One row (or its parts); `named`: the place of its name when its columns are known (a
        value in words, 持续缩小, is then no name)."""
        cells = [c for _, c in row]
        nature = ROW_NATURE.get(cells[-1])
        values = cells[:-1] if cells[-1] in ROW_NATURE else cells
        unit = next((c for c in values if UNIT_CELL.match(c)), None)  # a 单位 cell: the name's bracket
        values = [c for c in values if c is not unit]
        is_value = [is_value_cell(c) for c in values]
        name_at = named if named is not None else max((i for i, v in enumerate(is_value) if not v), default=0)
        part_at = next((i for i in range(1, name_at + 1) if PART.match(values[i])), None)
        head_at = name_at if part_at is None else part_at - 1
        if head_at > 0:
            category[:] = [LIST_NUMBER.sub("", c) for c in values[:head_at]]
        if head_at >= len(values) or NO_ROW.search(values[head_at]):
            self.unplaced += [(n, t("unplaced_table_cell"), c) for n, c in row]
            return  # 省人社厅 (a 牵头部门 cell), 一、核心指标(2项)(权重占50%), a 属性 cell alone: no indicator's row
        name = LIST_NUMBER.sub("", values[head_at])
        name = f"{name}（{unit}）" if unit and not _unit(name) else name
        vals = values[name_at + 1 :]
        if self.weighted and len(vals) == self.columns + 1:
            vals = vals[:-1] if self.weight_after else vals[1:]  # the row's weight, before or after its values
        parts = values[head_at + 1 : name_at + 1]
        names = [part_name(name, p) for p in parts]
        if parts and len(vals) == 2 * (len(parts) + 1):
            names = [name, *names]  # the row has values of its own, then its parts'
        if parts and len(vals) == 2 * len(names):
            for k, own in enumerate(names):
                self._add(own, category, [vals[k], vals[len(names) + k]], nature, label, by, ty, row)
            return
        self._add(name, category, vals, nature, label, by, ty, row)

    def _add(
        self,
        name: str,
        category: list[str],
        vals: list[str],
        nature: str | None,
        label: str | None,
        by: int | None,
        ty: int | None,
        row: list[tuple[int, str]],
    ) -> None:
        if self._shared_out(name, category, vals, nature, label, by, ty, row):
            return
        if self.milestones and len(vals) == len(self.milestones) + 2:
            for year, between in zip(self.milestones, vals[1:-1], strict=True):
                self._add(name, category, [vals[0], between], nature, label, by, year, row)
            vals = [vals[0], vals[-1]]
        at = self.reached if len(vals) == 2 else None  # what was reached, and the target
        reached, vals = (vals[at], [vals[1 - at]]) if at is not None else (None, vals)
        change = CHANGE_CELL.match(cell_text(vals[-1])) if vals else None  # 较2022年下降3%: a change, in its own unit
        unit = (_cells_unit(vals[-1:]) if change else None) or _row_unit(name, vals)
        name = f"{UNIT_SUFFIX.sub('', name)}{change.group(0)}" if change else name
        baseline = cell_value(vals[0], by) if len(vals) == 2 else None
        target = _bounded(name, cell_value(vals[-1], None if PER_YEAR.search(name) else ty)) if vals else None
        ind = table_record(len(self.indicators) + 1, name, unit, (baseline, target), row, category, nature, label)
        _noted(ind, reached, len(vals), ty)
        self.indicators.append(ind)

    def _shared_out(self, name: str, category: list[str], vals: list[str], *rest: Any) -> bool:
        """Whether the row's values were shared out to indicators of their own: one a region, or a
        progress table's target, what was done and its share (`rest`: as _add takes them)."""
        if self.regions and len(vals) == len(self.regions):
            self._by_region(name, category, vals, *rest)
        elif self.progress and 2 <= len(vals) <= len(self.progress):  # (a share left empty: the columns before it)
            self._by_progress(name, category, vals, *rest)
        elif self.target_years and len(vals) == len(self.target_years):
            years, self.target_years = self.target_years, []
            nature, label, _, _, row = rest
            for v, year in zip(vals, years, strict=True):
                if cell_value(v, year)["value"] is not None:  # (an empty cell: no target that year)
                    self._add(name, category, [v], nature, label, None, year, row)
            self.target_years = years
        else:
            return False
        return True

    def _by_progress(self, name: str, category: list[str], vals: list[str], *rest: Any) -> None:
        """A progress table's row: its target for the year, what was done by then (an observation of
        it, as of the column's words: 1-7月累计完成), and the share of the target that is (an
        indicator of its own, 增加公办幼儿园学位完成率, observed)."""
        nature, label, _, ty, row = rest  # (a progress table's target has no baseline)
        columns, self.progress = self.progress, []
        cells = list(zip(vals, columns[: len(vals)], strict=True))
        target = next((v for v, h in cells if h in PROGRESS_TARGET), vals[0])
        done = next((h for h in columns if DONE_COLUMN.search(h)), None)  # 1-7月累计完成: the time the share is as of
        self._add(name, category, [target], nature, label, None, ty, row)
        for v, h in cells:
            value = cell_value(v, ty)["value"]
            if value is None or h in PROGRESS_TARGET:
                continue
            observed = {
                "year": ty,
                "period": done or h,
                "as_written": v,
                "value": value,
                "lines": [row[0][0], row[-1][0]],
            }
            if DONE_COLUMN.search(h):
                self.indicators[-1].setdefault("observations", []).append(observed)
            else:  # the share of the target done: a measure of its own
                self._add(f"{UNIT_SUFFIX.sub('', name)}{h}", category, [], nature, label, None, ty, row)
                self.indicators[-1].update(unit="%", target=None, observations=[observed])
        # 减少义务教育大班额1.4万个以上: a wider total the row's name sets (not its target again: 至少1家 | 1)
        for q in quantities(name):
            if q.value != cell_value(target, ty)["value"]:
                self._add(name, category, [q.text], nature, label, None, ty, row)
        self.progress = columns

    def _by_region(
        self,
        name: str,
        category: list[str],
        vals: list[str],
        *rest: Any,  # the row's nature, label, years and cells, as _add takes them
    ) -> None:
        """A row with a target for each region (海南, 国家): an indicator for each, named after it
        (婚前医学检查率：国家)."""
        regions, self.regions = self.regions, []
        own = [v for v, r in zip(vals, regions, strict=True) if r is None]  # the baseline's
        suffix = UNIT_SUFFIX.search(name)
        for region, v in zip(regions, vals, strict=True):
            if region is not None:
                named = f"{UNIT_SUFFIX.sub('', name)}：{region}{suffix.group(0) if suffix else ''}"
                self._add(named, category, [*own, v], *rest)
        self.regions = regions


REPORTED_TABLE = re.compile(r"(?:完成|实现|执行|落实)情况")


def reported_columns(indicators: list[dict[str, Any]], start: int, lines: list[str]) -> list[dict[str, Any]]:
    """Rows of a table of results (十一五主要指标完成情况, among the 40 lines above it) whose target
    column's year is before the plan's period (2005年, 2010年 in a 十二五 plan): what was reached,
    kept as observations, not targets."""
    for ind in indicators:
        target = ind.get("target") or {}
        if ind.get("origin") != "table" or not target.get("year") or target["year"] >= start:
            continue
        if ind.get("observations"):
            continue  # its columns say what was reached (完成情况) and what was set (规划目标)
        first = ind["lines"][0]
        if not REPORTED_TABLE.search("".join(lines[max(0, first - 40) : first])):
            continue
        reached = [v for v in (ind.get("baseline"), target) if v and v.get("value") is not None]
        ind["observations"] = [
            {
                "year": v["year"],
                "period": None,
                "as_written": v["as_written"],
                "value": v["value"],
                "lines": ind["lines"],
            }
            for v in reached
        ]
        ind["baseline"] = ind["target"] = None
    return indicators


def done_header(cells: list[tuple[int, str]]) -> bool:
    """Whether a table's header (the run of header words its cells open with: 序号 / 项 目 内 容 /
    目标任务 / 市级牵头 / 责任单位 / 进度 / …) has a column of what was done, whose cells may be sentences."""
    return any(DONE_COLUMN.search(h) for h in split_header(cells, False)[0])


def row_follows(texts: list[str], i: int) -> bool:
    """Whether a value cell follows texts[i] among the short cells after it: a heading-like
    line inside a table (一、发展水平) is a 领域 cell."""
    for j in range(i + 1, min(i + 8, len(texts))):
        if len(texts[j]) > 40 or "。" in texts[j]:
            return False
        if is_value_cell(texts[j]):
            return True
    return False


def inside_table(texts: list[str], i: int) -> bool:
    """Whether texts[i] stands among the cells of a header-led table (short cells back to its header)."""
    for j in range(i - 1, max(-1, i - 300), -1):
        if len(texts[j]) > 40 or "。" in texts[j]:
            return False
        if header_at(texts, j):
            return True
    return False


BARS = re.compile(r"\s*[|｜│┃]\s*")
RULE_LINE = re.compile(r"^[\s|｜:：\-—]+$")  # |---|---|: the rule under a table's header
PROSE_MARK = re.compile(r"[，。；：、,;]")


PADDING = re.compile(r"\s{2,}")
# a header word of two characters a blank parts (单 位, 备  注), never part of a longer one split alike
SPLIT_WORD = re.compile(r"(?<![\u4e00-\u9fff])(单|备|序|属|性)\s+(位|注|号|性|质)(?![\u4e00-\u9fff])")


def cells_of(text: str) -> list[str]:
    """The cells of a line that holds a whole row (between bars, or blanks and tabs): a bracket
    alone after a blank is the unit of the cell before it (城镇调查失业率 (%)). Where runs of
    blanks pad the cells apart (a PDF's columns) and a blank stands inside a word (指 标, 2025 年),
    only the runs part cells."""
    if PROSE_MARK.search(text.replace("、", "")) and not BARS.search(text):
        return _remarked(text)
    text = SPLIT_WORD.sub(lambda m: m.group(1) + m.group(2), text)  # 单 位, 备  注: one header word
    lone = any(re.fullmatch(r"[\u4e00-\u9fff]", w) for w in text.split())  # 指 标: a blank inside a word
    blanks = PADDING if lone and PADDING.search(text) else re.compile(r"\s+")
    parts = [c for c in (BARS.split(text) if BARS.search(text) else blanks.split(text)) if c]
    out: list[str] = []
    for c in parts:
        if out and re.fullmatch(r"[(（][^()（）]{1,8}[)）]", c):
            out[-1] += c
        elif out and re.fullmatch(r"[≤≥<>＜＞]", out[-1]):
            out[-1] += c  # ≤ 4%: a bound and its value, parted by a blank
        elif out and re.fullmatch(r"(?:19|20)\d\d", out[-1]) and c.startswith("年"):
            out[-1] += c  # 2020 年目标值: a year's column word, parted from its year by a blank
        else:
            out.append(c)
    return out


def _remarked(text: str) -> list[str]:
    """A line with prose in it: one cell, unless it is a row whose last cell is a remark (康复救助残疾儿童
    180 284 137% 目标任务是要完成…,目前累计完成…): its cells, the remark one of them."""
    parts = text.split()
    k = next((k for k, p in enumerate(parts) if PROSE_MARK.search(p.replace("、", ""))), len(parts))
    if k >= 3 and any(is_value_cell(p) for p in parts[1:k]):
        return [*parts[:k], " ".join(parts[k:])]
    return [text]


def _unit_to_name(out: list[tuple[int, str, bool]], unit: str) -> bool:
    """Puts a unit wrapped onto a line of its own after the name of the row above, if it has one."""
    for k in range(len(out) - 1, max(-1, len(out) - 8), -1):
        n, cell, tab = out[k]
        if not is_value_cell(cell) and cell not in ROW_NATURE and not UNIT_CELL.match(cell):
            if _unit(cell):
                return False
            out[k] = (n, cell + unit, tab)
            return True
    return False


def _split_header(line: str, following: str) -> bool:
    """Whether a header's first cell stands on a line of its own (指 标) above the rest of it
    (单位 2015年 2020年), as a header of two lines gives it."""
    rest = cells_of(following)
    return (
        cell_text(line) in HEADER_FIRST
        and len(rest) >= 2
        and all(is_header_cell(c) for c in rest)
        and any(YEAR_HEADER.match(cell_text(c)) for c in rest)
    )


def ungrouped(cells: list[str], grouped: bool) -> list[list[str]]:
    """A row that holds a group of indicators, as a table whose cells were merged gives it
    (学前教育 在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | 159.89 96.01 | 预期性 预期性), as one
    row per indicator: the names cell holds the group's label, then a name for each value of a
    values cell; 其中:中等职业教育 is a part of the name before it. `grouped`: an earlier row of
    the table was such a group (a group of one then is one too)."""
    vals = [c.split() for c in cells[1:]]
    k = len(vals[0]) if vals else 0
    natures = [v for v in vals if all(w in ROW_NATURE for w in v)]
    numbers = [v for v in vals if v not in natures]
    if not numbers or k < (1 if grouped else 2) or any(len(v) != k for v in vals):
        return [cells]
    if not all(is_value_cell(w) for v in numbers for w in v):
        return [cells]
    words = cells[0].split()
    if len(words) not in (k, k + 1):
        return [cells]
    label, names = (words[:1], words[1:]) if len(words) == k + 1 else ([], words)
    for i in range(1, k):
        if PART.match(names[i]) and not PART.match(names[i - 1]):
            names[i] = part_name(names[i - 1], names[i])
    return [[*label, name, *(v[i] for v in vals)] for i, name in enumerate(names)]


# 监测指标 单位 权重 目标值 1.贫困残疾人生活补助比例 % 4 ≥50 社 2.…: a table run into one line
RUN_HEADER = re.compile(
    r"(?:监测指标|评价指标|考核指标|指标名称|指\s*标)\s+(?:计量)?单位(?:\s+\S{1,8}){0,5}?\s+(?:目标值|规划值|\d{4}年\S{0,4})(?:\s+(?:属性|指标属性))?(?=\s)"
)
RUN_ROW = re.compile(r"(?<![\d.．])(\d{1,2})[.．、](?=[\u4e00-\u9fff“(（])")
LOOSE_TAIL = re.compile(r"(?:\s+(?:[\u4e00-\u9fff]|-\s*\d+\s*-|-))+\s*$")  # 社 / 会 between rows, - 5 -


def run_rows(segs: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """Segments with a table run into one line (its header, then rows numbered 1., 2. …, cells
    parted by blanks) given one row a segment, as a table whose rows stand one a line; the
    group names a page's layout leaves between rows one character at a time (社 会 保 障) and
    page numbers (- 5 -) are left out."""
    out: list[tuple[int, str, bool]] = []
    for n, text, tab in segs:
        head = RUN_HEADER.search(text) if len(text) > 120 else None
        starts = [m.start() for m in RUN_ROW.finditer(text, head.end())] if head else []
        if head is None or len(starts) < 3:
            out.append((n, text, tab))
            continue
        cuts = [head.start(), head.end(), *starts, len(text)]
        pieces = [text[: head.start()], *(text[a:b] for a, b in itertools.pairwise(cuts))]
        out += [(n, LOOSE_TAIL.sub("", p).strip(), False) for p in pieces if LOOSE_TAIL.sub("", p).strip()]
    return out


# 指标 基期值 目标值 属性: the columns of rows that end with their 属性 under no header (城镇登记失业率(%)
# 2.6% ≤4% 约束性, a header lost with the page before), read as a baseline and a target
HEADLESS = {1: ["指标", "目标值", "属性"], 2: ["指标", "基期值", "目标值", "属性"]}


def _headless(segs: list[tuple[int, str, bool]], k: int) -> list[str] | None:
    """The header of a run of rows from segs[k], each a name, one or two values and its 属性 (two
    rows or more, as many values each), where no header stands above them; else None."""

    def values(text: str) -> int | None:
        cells = cells_of(text)
        if len(cells) < 3 or cells[-1] not in ROW_NATURE or is_value_cell(cells[0]):
            return None
        count = sum(is_value_cell(c) for c in cells[:-1])
        return count if all(is_value_cell(c) for c in cells[-1 - count : -1]) else None

    first = values(segs[k][1])
    later = values(segs[k + 1][1]) if k + 1 < len(segs) else None
    return HEADLESS.get(first or 0) if first == later else None


def split_rows(segs: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """Segments with a table whose rows stand one a line (序号 指标 单位 2020年 2025年 属性, then a
    line per row) given one cell a segment, as the table reader takes them."""
    out: list[tuple[int, str, bool]] = []
    open_table = grouped = False
    for k, (n, text, tab) in enumerate(segs):
        cells = cells_of(text)
        rows = ungrouped(cells, grouped) if open_table and BARS.search(text) else [cells]
        grouped = grouped or len(rows) > 1 or len(rows[0]) != len(cells)
        cells = rows[0]
        if not open_table and _split_header(text, segs[k + 1][1] if k + 1 < len(segs) else ""):
            out.append((n, cell_text(text), False))  # 指 标 over 单位 2015年 2020年: one header
            open_table = True
            continue
        headless = None if open_table or (out and header_at([c for _, c, _ in out[-9:]], 0)) else _headless(segs, k)
        if headless:
            out += [(n, h, False) for h in headless]  # rows under no header: the columns they hold
            open_table = True
        if not open_table and len(cells) >= 3 and header_at(cells, 0):
            open_table = True
        elif open_table and RULE_LINE.match(text):
            continue
        elif open_table and TABLE_NOTE.match(text):
            out.append((n, " ".join(cells), tab))  # 计算方法:… | | |: a note between rows, the table goes on
            continue
        elif open_table and UNIT_ALONE.fullmatch(text) and _unit_to_name(out, text):
            continue  # (%) alone under a row: the unit of the row's name, wrapped
        elif open_table and all(is_header_cell(c) or QUALIFIERS.match(cell_text(c)) for c in cells):
            out += [(n, c, False) for c in cells]  # the header goes on (目标任务 牵头部门, 2023年 2024年, (海南))
            continue
        elif open_table and not (
            len(cells) >= 2 and (BARS.search(text) or any(is_value_cell(c) or c in ROW_NATURE for c in cells))
        ):
            open_table = len(cells) == 1 and len(text) <= 20 and "。" not in text  # a 领域 row goes on
        if open_table and len(cells) >= 2:
            out += [(n, c, False) for row in rows for c in row]
        else:
            out.append((n, text, tab))
    return out


CELL_BARS = "│┃║"


def _drawn_rule(line: str) -> bool:
    """A border or a rule of a table drawn with box characters (┌──┬──┐, ├──┼──┤, └──┴──┘)."""
    text = line.strip()
    return bool(text) and all(c in BOX_DRAWING or c.isspace() for c in text) and not any(c in CELL_BARS for c in text)


def _drawn_cells(line: str) -> list[str]:
    text = line.strip()
    return re.split(f"[{CELL_BARS}]", text[1:-1]) if text[:1] in CELL_BARS and text[-1:] in CELL_BARS else []


def grid_rows(lines: list[str]) -> list[str]:
    """The lines with each row of a table drawn with box characters on one line, where rules
    (├──┼──┤) part its rows: a cell's words wrapped over two lines (│劳动年龄人口平│10.8│ then
    │均受教育年限  │    │) join, column by column, on the row's first line; its other lines
    are left empty; so are the lines of a header above the first rule. In a table whose rows no
    rule parts, a line with words in its first cell
    only continues the row above where that row fills the cell to its bar (see _wrapped)."""
    out = list(lines)
    blocks: list[list[int]] = [[]]
    for i, line in enumerate([*lines, ""]):
        if _drawn_cells(line):
            blocks[-1].append(i)
            continue
        if _drawn_rule(line) and blocks[-1]:
            blocks.append([])  # a rule inside the table: the next row starts
            continue
        if _drawn_rule(line):
            continue
        rows = [b for b in blocks if b]
        parted = len(rows) >= 3  # a header and two rows at least, parted by rules
        for k, block in enumerate(rows):
            head = k == 0 and len(rows) >= 2  # the lines above the first rule: the header, however wrapped
            for group in [block] if parted or head else _wrapped(out, block):
                _join_block(out, group)
        blocks = [[]]
    return out


def _width(text: str) -> int:
    """Columns a line takes in a fixed-width font (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrapped(out: list[str], block: list[int]) -> list[list[int]]:
    """The rows of a drawn table no rule parts: a line whose only words stand in its first cell
    continues the row above when that row's last line fills the cell to its bar (│城镇调查失业│),
    or when the words are a unit alone (│(%)   │). In a text box of one column whose right bars
    stand in one column, a line that fills the box and ends without a stop goes on in the next."""
    groups: list[list[int]] = []
    aligned = len({_width(out[i].rstrip()) for i in block}) == 1
    for i in block:
        cells = _drawn_cells(out[i])
        prev = _drawn_cells(out[groups[-1][-1]]) if groups else []
        filled = bool(prev) and len(prev[0]) - len(prev[0].rstrip()) <= 1
        if len(cells) == len(prev) == 1:
            if aligned and filled and not re.search(r"[。；;：:!！?？]$", prev[0].strip()):
                groups[-1].append(i)
            else:
                groups.append([i])
            continue
        alone = len(cells) == len(prev) >= 2 and bool(cells[0].strip()) and not any(c.strip() for c in cells[1:])
        alone = alone and not LIST_NUMBER.match(cells[0].strip())  # 二、发展质量: a 领域 row of its own
        if alone and (filled or UNIT_ALONE.fullmatch(cells[0].strip())):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _join_block(out: list[str], block: list[int]) -> None:
    rows = [_drawn_cells(out[i]) for i in block]
    if len(block) < 2 or len({len(r) for r in rows}) != 1:
        return
    cells = ["".join(r[k].strip() for r in rows) for k in range(len(rows[0]))]
    out[block[0]] = "│" + "│".join(cells) + "│"
    for i in block[1:]:
        out[i] = ""

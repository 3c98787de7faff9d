"""Tables of places: one row for each county, district or town, one cell a line or one row a line.

A progress or task table that lists its places (市县名 / 城市低保数(人) / 目标人群数 / 宫颈癌 / 乳腺癌 /
累计完成(例) / 完成率(%) …, then 全市合计 / 3973 / 1326 …, 桐城市 / 286 / 96 …) starts at its place
column's word (县(市、区), 乡镇、街道: kinds of place, joined or one in brackets after another; or at 序号
before it, each row's number then standing before its place, one cell a line or one row a line; a place
may be named without its kind, 成都 or 开江, where a value follows it), its header
runs to the first place, and each row is a place followed by one value for each column. A header
with more cells than a row has values stands over two lines: the last cells repeat a group of column
words (累计完成 完成率 累计完成 完成率) once under each of the groups that end the first line (宫颈癌,
乳腺癌), and each of those columns is named after its group (宫颈癌累计完成). Groups of uneven widths
(年度任务(户) 第一批已拨付(万元) 本次应拨付补助资金(万元) over 小计 C级 D级 无房 C级 D级 无房 小计 C级 D级 无房) are
told apart where a total (小计) or a word already in the group opens the next; a 备注 column and the
remarks that end some rows hold no values.

Each cell is an indicator of its own, named after its place and its column (桐城市目标人群数): a
column whose words set a figure (目标, 任务, 计划; one that opens with them whatever its verb, 计划完成数,
not a rate, 计划投资完成率), or any column under a title that does (…任务分解表), holds targets of the
year its header or title gives (or none, for the text's dates to tell); any other column (城市低保数,
累计完成, 完成率) holds what is now or was done, an observation. A column's unit is the one its brackets
give ((人), (%)), or 人 for a count of people (目标人群数), or the one the text writes after the figure
of its total row, or the table's unit line (金额单位:万元) between its title and its header; a row that
does not hold a value for each column is not read, unless its empty cells were left out and the table's
total row (全市, 合计) and other rows, all full, show the one way its values fit: each column's places add
up to its total only with them, in order, in those columns (眉山天府新区's five values under seven columns).
Groups that name a year (到2025年规划指标(万亩) 到2030年规划指标(万亩)), each over the same columns, make each
cell a figure of its group's year, a target where the group looks ahead; where every row holds fewer values, a
column empty throughout, they fill the columns whose words the text writes (高标准农田, not 节水灌溉); a row
shorter still (荷塘乡's two values) is left unread where the totals do not show where its values go.

A table of sums shared out (…补助资金分配表) sets them too, but not a column of what was paid before
(第一批已拨付) nor one of how many there are (残疾人人数, the basis of the shares). A header that sets its
columns side by side more than once (单位 | 金额 | 单位 | 金额) makes each place and its values a row;
a bare 金额 column is named after what the title counts (困难残疾人生活补贴补助资金). 其中:市本级 and
杭州市小计 are places.

A row between bars may share its total out among places in one cell (城镇新增就业人数(人) | 1300 |
元坝镇280 白果乡15 …): the total and each share are indicators named after the row (元坝镇城镇新增就业人数),
targets of the year of the 目标任务分解表 above it. A text that opens by allotting funds (2021年度,…下达…
公益金) makes its tables of places targets of the year it names; such tables one after another, each
under its own title ((二)儿童福利类经费45万元), end where the next one's header opens; a 数量 column is
named after the thing the sum is for (农村幸福院数量 beside 农村幸福院经费). A table of places run together
at the end of a line (…计划见右图。 城市拆除面积(万平方米)投资额(亿元) 项目(个) 石家庄 400 552 119 承 德 130 …)
is cut into its title, header and rows first (unrun). A header one cell a line that mixes its value
columns (those that give a unit in brackets, 培训(人), or a bound, 控制在4.3%以内) with words that hold
no value (a group's name, a column of words, a 责任单位 column and its offices), over rows that mix in
words (完成年度 / 目标任务) and name a place over two lines (眉山天府 / 新区), is given as its value
columns and rows alone first (columned); a 责任分工表 sets its figures as a 任务分解表 does. A header whose
last row gives each column's unit (套 数 | 套(间)数 | 套 数) under the columns' words names each column
with its unit, above the group word over them all (住房保障); a dash alone in a header is an empty cell,
and the corner cell's words split over two lines (项 目 over 区 域) stand between the title and the table.
A header one row a line may leave its corner cell empty and set groups over several columns (| 总计 |
保障性住房建设(含购改租) | 棚户区改造 | … over 合计 | 廉租住房 | … | 城市棚户区 | …): a first cell over no column is a
column (总计), a group opens at a total or at a column repeating its words (城市棚户区), and a third line of
其中 words (其中 新建) adds a column after the one the text writes them under (公共租赁住房6000套(其中新建4200套));
a column of households (当年新进入保户数) counts 户, and a total with no unit takes the unit of the column after it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import combinations, product
from os.path import commonprefix
from typing import Any

from generator.importer.phrases import UNITS
from generator.importer.table import (
    BARE_NUMBER,
    YEAR_HEADER,
    cell_text,
    cell_value,
    cells_of,
    is_value_cell,
    table_record,
)
from generator.importer.text import NO_FIGURE
from generator.messages import t
from generator.sitemodel.values import numbers_in

# the column that names the places (市县名, 县(市、区), 地区 …)
# (the kinds of place joined, or one in brackets after another: 乡镇、街道, 县(市、区), 市(州), 镇(街道);
# (市)区: 县(市)区 whose first word a page's copy lost)
PLACE_KIND = r"(?:省|市|州|盟|县|区|旗|乡|镇|街道|街)"
PLACE_HEADER = re.compile(
    rf"^(?:各?{PLACE_KIND}(?:[、/]?[(（]?{PLACE_KIND}(?:[、/]{PLACE_KIND})*[)）]?)+名?|[(（]{PLACE_KIND}[)）]{PLACE_KIND}|地区|区域"
    r"|单位(?:名称)?|街道|地市|设区市|地级市|城市|省份)(?:名称)?$"
)
# a place: 桐城市, 安庆经开区, 全市合计 (not a number, not a sentence)
PLACE = re.compile(
    r"^(?:全[省市县区]|合计|总计|小计|全[省市县区](?:合计|总计|小计)|[\u4e00-\u9fff]{1,8}"
    r"(?:省|市|县|区|州|盟|旗|镇|乡|街道|开发区|新区|经开区|高新区|管委会)(?:合计|总计|小计)?|[市县区]本级)$"
)
# 其中:1.历下区, 2.市中区, 其中:椒江区, 全市小计: — a place after its list number, a total before its colon
PLACE_MARKS = re.compile(r"^(?:其中\s*[:：]\s*)?(?:\d{1,2}\s*[.．、]\s*)?|\s*[:：]$")
# (本次应拨付补助资金: the sums allotted now; …补助资金分配表: a table of the sums allotted)
SETS_FIGURE = re.compile(r"目标|任务|计划|责任分工|应(?:拨付|下达|安排|分配)|分配(?:表|方案)")
REMARK = "备注"
# 金额, 资金 (数量): a column that names no figure of its own, named after what the table's title counts
# (the count of what the title's sum is for: 农村幸福院经费 → 农村幸福院数量)
BARE_COLUMN = re.compile(r"^(?:金额|数额|资金|补助资金|资金数)$")
BARE_COUNT = re.compile(r"^(?:数量|个数|数)$")
MONEY_WORD = re.compile(r"(?:补助)?(?:经费|资金|金额|公益金)$")
# 2018年困难残疾人…补助资金分配表: what the title counts (困难残疾人…补助资金)
TITLE_FRAME = re.compile(  # (also (二)儿童福利类经费45万元: its list number and its total)
    r"^(?:附件\s*\d*\s*[:：]?\s*)?(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)?(?:20\d\d\s*年度?)?"
    rf"|(?:分配|分解|下达|安排)?(?:情况)?(?:一览)?表$|\d+(?:\.\d+)?(?:{UNITS})?$"
)
TITLE_PLACE_YEAR = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|州|县|区)\s*20\d\d\s*年度?")  # 达州市2011年…
REMARKED = re.compile(r"[。；;]|追加|追减|调整")
TOTALS = r"(?:小计|合计|总计)"
TOTAL_WORD = re.compile(rf"^{TOTALS}$")
TOTAL_END = re.compile(rf"{TOTALS}$")  # 保障性住房建设合计: a column that sums those after it
PLANNED = re.compile(r"^(?:计划|目标|任务)(?![^()（）]*率)")  # a column of what is planned, whatever its verb
TITLE_YEAR = re.compile(r"(20\d\d)\s*年")
REPORTS = re.compile(r"完成|实现|累计|实际|现有|已")  # (第一批已拨付: what was paid before)
UNIT_BRACKET = re.compile(rf"[(（]({UNITS}|例)[)）]")
PEOPLE = re.compile(r"(?:人数|人群数)$")
HOUSEHOLDS = re.compile(r"户数$")  # 当年新进入保户数: a count of households
BRACKETS = re.compile(r"[(（][^()（）]*[)）]")


# 组织编制2022年城镇老旧小区改造计划: the year of the plan a text names
PLAN_YEAR = re.compile(r"(20\d\d)\s*年[^，,。；;\d]{0,16}?(?:计划|任务|目标)")
# 德州全市计划改造313个小区: a sentence that sets figures (not 完成年度目标任务的…, 已完成: a report)
SETS_IN_SENTENCE = re.compile(r"(?<!完成)(?<!年度)(?:计划|任务|目标)(?![^，,。；;]{0,4}完成)")


# 金额单位:万元, 单位:套, 计量单位:人: the unit of a table's every figure, on a line of its own; or of
# its value columns in turn (单位:人、万元 over 预估人数 | 金额)
UNIT_LINE = re.compile(rf"^\s*(?:金额|计量)?单位\s*[:：]\s*((?:{UNITS})(?:\s*[、，,]\s*(?:{UNITS}))*)\s*$")
UNITS_APART = re.compile(r"\s*[、，,]\s*")


CORNER = {"项目", "类别", "指标"}  # a header's corner cell, split (项目\区域): the words over the columns


def title_before(texts: list[str], i: int) -> tuple[str, str | None]:
    """The title of a table that opens at texts[i] with no 表N line (the line before it, where short),
    and the unit a line between them gives its figures (金额单位:万元)."""
    unit = UNIT_LINE.match(texts[i - 1]) if i else None
    at = i - 1 - bool(unit)
    at -= at >= 0 and cell_text(texts[at]) in CORNER  # (项 目 / 区 域: the corner cell's words over the places)
    title = texts[at] if at >= 0 and len(texts[at]) <= 60 else ""
    return title, unit.group(1) if unit else None


# 元坝镇280 白果乡15 拣银岩街道办8: a total shared out among places, in one cell, each place and its share
SHARE = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:街道办事处|街道办|街道|镇|乡|区|县|市))\s*(\d+(?:\.\d+)?)")


def _shares(cell: str) -> list[tuple[str, str]] | None:
    """The places and shares of a cell that lists three or more and nothing else; else None."""
    parts = re.split(r"[\s、，,；;]+", cell.strip())
    found = [SHARE.fullmatch(p) for p in parts if p]
    return [(m.group(1), m.group(2)) for m in found if m] if len(found) >= 3 and all(found) else None


def shares_row(text: str) -> bool:
    """Whether a line is a row between bars one of whose cells shares out its total among places
    (城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 …)."""
    return "|" in text and any(_shares(c) for c in cells_of(text))


def read_shares(n: int, text: str, before: list[str], indicators: list[dict[str, Any]]) -> None:
    """The total of a row that shares it out among places, and each place's share, named after the
    row's name (元坝镇城镇新增就业人数); targets of the year the title above names (…2017年度…目标任务
    分解表), or observations under a title that sets none."""
    cells = cells_of(text)
    at = next(k for k, c in enumerate(cells) if _shares(c))
    total = next((k for k in range(at - 1, -1, -1) if is_value_cell(cells[k])), None)
    named = next((k for k in range((total or at) - 1, -1, -1) if not is_value_cell(cells[k])), None)
    if named is None:
        return
    title = next((b for b in reversed(before) if len(b) <= 60 and TITLE_YEAR.search(b)), "")
    year = int(TITLE_YEAR.findall(title)[-1]) if title else None
    name, unit = cell_text(cells[named]), _unit(cells[named])
    tasks = bool(SETS_FIGURE.search(title))
    whole = [("", cells[total])] if total is not None else []  # (the row's total, named after the row alone)
    for place, share in whole + (_shares(cells[at]) or []):
        k = len(indicators) + 1
        indicators.append(_indicator((n, place), (name, unit), (n, share), year, k, tasks))


def lead_title(before: list[str]) -> str:
    """The words that stand for the title of a table with none of its own: the last sentence of the
    paragraph above it that sets figures (其中,德州全市计划改造313个小区,…), with the year of the plan
    the lines before name (组织编制2022年城镇老旧小区改造计划) where it names none; else nothing."""
    if not before:
        return ""
    sentences: list[str] = [
        s for s in re.findall(r"[^。]+。?", before[-1]) if SETS_IN_SENTENCE.search(s) and not re.search(r"已|累计", s)
    ]
    if not sentences or not re.search(r"\d", sentences[-1]):
        return ""
    years = [m.group(1) for text in before[-3:] for m in PLAN_YEAR.finditer(text)]
    named = TITLE_YEAR.search(sentences[-1])
    return (f"{years[-1]}年" if years and not named else "") + sentences[-1]


def _planned(
    header: list[str], titled: tuple[str, str], rows: list[list[tuple[int, str]]], text: str = ""
) -> tuple[bool, int | None]:
    """Whether a table's title, or the lead that restates its total, or the text's opening that allots
    funds (allots) sets its figures; and the year its header, else that title or lead, else that
    opening (2021年度,…下达…) names."""
    title, lead = titled
    led = _restates_total(lead, rows)
    years = [int(m.group(1)) for h in header for m in [YEAR_HEADER.match(h)] if m]
    years = years or [int(y) for y in TITLE_YEAR.findall(title if not led else lead)]
    allotted = allots(text)
    years = years or ([int(y) for y in TITLE_YEAR.findall(text[:200])][:1] if allotted else [])
    return bool(SETS_FIGURE.search(title)) or led or allotted, years[-1] if years else None


# 福建省财政厅、民政厅下达…公益金443万元…现将分配使用情况公告如下: a text that opens by allotting funds
ALLOTS = re.compile(r"(?<!已)(?:下达|分配)[^。；;]{0,60}?(?:资金|经费|公益金|补助)")


def allots(text: str) -> bool:
    """Whether a text opens (its first 200 characters) by allotting funds: its tables of places share
    them out, each sum a target."""
    return bool(ALLOTS.search(text[:200]))


def _restates_total(lead: str, rows: list[list[tuple[int, str]]]) -> bool:
    """Whether a lead (lead_title) states a figure of the table's total row (全市小计: | 313 |)."""
    total = next((r for r in rows if TOTAL.match(PLACE_MARKS.sub("", cell_text(r[0][1])))), None)
    figures = [cell_text(c) for _, c in total[1:] if numbers_in(c)] if lead and total else []
    return any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d.])", lead) for f in figures)


def place_of(text: str) -> str | None:
    """The place a cell names (see PLACE, PLACE_MARKS), not a place column's word (城市, 地区); else None."""
    place = PLACE_MARKS.sub("", cell_text(text))
    return place if PLACE.match(place) and not place_word(place) else None


# 成都, 开江: a county or city named without its kind, as tables of places often name them (a row's first
# cell, once the table has shown it is one of places)
BARE_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def row_place(text: str) -> str | None:
    """The place a row of a table of places opens with: a place (place_of), or a short name alone."""
    bare = PLACE_MARKS.sub("", cell_text(text))
    return place_of(text) or (bare if BARE_PLACE.match(bare) and not place_word(bare) else None)


def place_word(text: str) -> bool:
    """Whether a cell is a place column's word (市 州 as 市州)."""
    return bool(PLACE_HEADER.match(re.sub(r"\s+", "", cell_text(text))))


def opens(texts: list[str], i: int = 0) -> bool:
    """Whether texts[i] opens a table of places: its place column's word, or 序号 before it."""
    return place_word(texts[i]) or (cell_text(texts[i]) == "序号" and i + 1 < len(texts) and place_word(texts[i + 1]))


def _serial(texts: list[str], j: int) -> bool:
    """Whether texts[j] is a row's number before its place (1 | 长沙市 | 150 |)."""
    return cell_text(texts[j]).isdigit() and j + 1 < len(texts) and bool(row_place(texts[j + 1]))


def _serials(texts: list[str]) -> set[int]:
    """Where the rows' numbers stand: 1, 2, 3 … before places, counting up (a row's last value before
    合计, | 1200 | 合计 |, is no number of a row)."""
    at: set[int] = set()
    for j in range(len(texts)):
        if _serial(texts, j) and int(cell_text(texts[j])) == len(at) + 1:
            at.add(j)
    return at


def header_at(texts: list[str], i: int) -> bool:
    """Whether texts[i] opens a header of short cells (see `opens`), after which a place (after its
    row's number, where the header opens with 序号) is followed by values."""
    if not opens(texts, i):
        return False
    numbered = cell_text(texts[i]) == "序号"
    for j in range(i + 1 + numbered, min(i + 30, len(texts) - 1)):
        c = cell_text(texts[j])
        if numbered and _serial(texts, j) or c in NO_FIGURE:
            continue
        if len(c) > 20 or "。" in c or is_value_cell(c):
            return False
        # a place, or a short name a value follows (济南市 | 全市小计: | 525: a city over its districts)
        if place_of(c) or row_place(c) and is_value_cell(texts[j + 1]):
            after = texts[j + 2] if j + 2 < len(texts) else ""
            valued = is_value_cell(texts[j + 1]) or bool(place_of(texts[j + 1])) and is_value_cell(after)
            # (城市棚户区 / 当年发放总户数: a column's words, not a place)
            worded = TOTAL_WORD.match(c) or not place_of(texts[j + 1])
            if valued or not worded:
                return j > i + 1 + numbered and valued
    return False  # (小计 over a group's columns, not followed by a value, is a header's word)


PLACE_COLUMN_WORD = "地区"  # the place column's word a header leaves out
HEADER_LINES = 3  # the most lines a header whose corner cell is empty stands over


def _cornerless(segs: list[tuple[int, str, bool]], k: int) -> bool:
    """Whether segs[k] opens a table of places one row a line whose header leaves its corner cell
    empty: two or three lines of words (| 总计 | 保障性住房建设(含购改租) | 棚户区改造 | … over 合计 | 廉租住房 |
    … over | 其中 新建 |), the first between bars, then two rows or more of a place and its values
    (通川区 | 2713 | 1980 | …, 达县 | 2424 | …)."""
    first = cells_of(segs[k][1])
    if "|" not in segs[k][1] or len(first) < 2 or opens(first):
        return False
    for h in range(k + 1, min(k + HEADER_LINES, len(segs) - 1) + 1):
        row, after = cells_of(segs[h][1]), cells_of(segs[h + 1][1]) if h + 1 < len(segs) else []
        if _place_row(row, valued=True):
            return h > k + 1 and bool(place_of(row[0])) and _place_row(after, valued=True)
        if any(is_value_cell(c) or len(cell_text(c)) > 20 for c in row) or opens(row):
            return False
    return False


def split_rows(segs: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """Segments with a table of places whose rows stand one a line (县(市、区) | 新增托位(个) | …, then
    全市 | 1200 | …) given one cell a segment, as the reader takes them."""
    out: list[tuple[int, str, bool]] = []
    open_table = False
    for k, (n, text, tab) in enumerate(segs):
        cells = cells_of(text)
        if not open_table and _cornerless(segs, k):
            out.append((n, PLACE_COLUMN_WORD, False))  # (the corner cell left empty: the place column's word)
            open_table = True
        elif not open_table and len(cells) >= 2 and opens(cells) and k + 1 < len(segs):
            row = cells_of(segs[k + 1][1])
            if len(row) >= 2 and not any(is_value_cell(c) for c in row) and k + 2 < len(segs):
                row = cells_of(segs[k + 2][1])  # 小计 C级 D级 无房 …: the header's second line, over the rows
            open_table = _place_row(row, valued=True)
        elif open_table:
            open_table = _place_row(cells)
        if open_table:
            out += [(n, c, False) for c in cells]
        else:
            out.append((n, text, tab))
    return out


NAME_TOKEN = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
COLUMN_WORDS = re.compile(r"[^\s()（）]+(?:[(（][^()（）]*[)）])?")  # 拆除面积(万平方米)投资额(亿元): two columns
PLACE_PREFIX = re.compile(rf"^(?:城市|地区|单位|{PLACE_KIND})(?=.)")  # 城市拆除面积: the place column's word run on
PLACE_COLUMN = re.compile(rf"(?:城市|地区|单位|{PLACE_KIND})+")  # 市, 县区: a place column's word of one kind too


def _groups(tokens: list[str]) -> tuple[int, list[tuple[str, list[str]]]]:
    """From the end of a line's tokens, the rows of a table run together (合 肥 70 芜 湖 70 …, 石家庄
    400 552 119 承 德 130 98 100 …): each a name (one word, or single characters parted by blanks) and
    as many numbers as the last row has; and where the first of them starts."""
    end, rows = len(tokens), list[tuple[str, list[str]]]()
    while end > 0:
        k = end
        while k > 0 and BARE_NUMBER.match(tokens[k - 1]):
            k -= 1
        start = k
        while start > 0 and len(tokens[start - 1]) == 1 and NAME_TOKEN.match(tokens[start - 1]):
            start -= 1
        if start == k and k > 0 and NAME_TOKEN.match(tokens[k - 1]):
            start = k - 1
        figures = tokens[k:end]
        if start == k or not figures or (rows and len(figures) != len(rows[0][1])):
            break
        rows.insert(0, ("".join(tokens[start:k]), figures))
        end = start
    return end, rows


def unrun(segs: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """Segments with a table of places run together at the end of a line (…任务分解表 市 灾区劳动者来皖就业
    人数 合 肥 70 芜 湖 70 …; …计划见右图。 城市拆除面积(万平方米)投资额(亿元) 项目(个) 石家庄 400 552 119 …)
    given as the text before it, its title (the word or sentence before its header), its header and its
    rows one a line, as a table of places one row a line: three rows or more, under a header with a
    column's name for each figure."""
    out: list[tuple[int, str, bool]] = []
    for n, text, tab in segs:
        spans = [m.span() for m in re.finditer(r"[^\s|]+", text)]
        tokens = [text[a:b] for a, b in spans]
        j, rows = _groups(tokens)
        width, words = (len(rows[0][1]) if rows else 0), list[str]()
        while rows and j > 0 and len(words) < width and not re.search(r"[。，,；;：:]", tokens[j - 1]):
            found = [w for w in COLUMN_WORDS.findall(tokens[j - 1]) if w != REMARK]
            if not all(re.search(r"[\u4e00-\u9fff]", w) for w in found):
                break  # (甲县 300 乙县 200 …: a figure before the rows, no header)
            words, j = found + words, j - 1
        if len(rows) < 3 or len(words) != width:
            out.append((n, text, tab))
            continue
        j -= bool(j and (place_word(tokens[j - 1]) or PLACE_COLUMN.fullmatch(tokens[j - 1])))  # (市, 县区名称)
        columns = [PLACE_PREFIX.sub("", words[0]), *words[1:]]
        out += [(n, text[: spans[j - 1][0]], tab)] if j > 1 else []
        out += [(n, tokens[j - 1], False)] if j else []
        out += [(n, " | ".join(["地区", *columns]), False)]
        out += [(n, " | ".join([name, *figures]), False) for name, figures in rows]
    return out


# ★城镇登记失业率控制在4.3%以内: a column headed by its bound, named by what it bounds (城镇登记失业率(%))
BOUND_HEADER = re.compile(r"^(.{2,20}?)(?:控制在|不超过|不高于|不低于)\s*\d+(?:\.\d+)?\s*(%|‰)?\s*(?:以内|以下|以上)?$")
HEAD_MARKS = re.compile(r"^[★◆☆●▲■※\s]+")
SHORT_WORDS = 8  # (完成年度, 目标任务, 应补尽补: words in a row, no value; a longer cell ends the table)


def _value_column(cell: str, before: str | None) -> str | None:
    """The short name of a header cell that heads a value column (培训(人), 控制在4.3%以内, …(亿元)), with
    the cell before it where its own words are too few to name it (劳务品牌 / 培训(人)); else None."""
    c = HEAD_MARKS.sub("", cell_text(cell))
    bound = BOUND_HEADER.match(c)
    if bound:
        return f"{bound.group(1)}({bound.group(2) or '%'})"
    unit = UNIT_BRACKET.search(c)
    if unit is None:
        return None
    words = re.split(r"[，,；;]", c[: unit.start()])[0]  # (◆落实…税收优惠政策,重点为…(亿元): its first words)
    short = len(words) <= 3 and before is not None and UNIT_BRACKET.search(before) is None
    return (HEAD_MARKS.sub("", cell_text(before or "")) if short else "") + words + unit.group(0)


def _columns(head: list[tuple[int, str, bool]]) -> list[tuple[int, str]]:
    """The value columns of a header (see _value_column), each at its line."""
    out = []
    for j, (n, text, _) in enumerate(head):
        name = _value_column(text, head[j - 1][1] if j else None)
        if name:
            out.append((n, name))
    return out


def _body(segs: list[tuple[int, str, bool]], k: int) -> tuple[int, list[tuple[int, str, bool]]]:
    """The rows from segs[k] on, as places and values (a place named over two lines joined, words
    dropped), to the next table's header or a longer cell: (where they end, the cells)."""
    out: list[tuple[int, str, bool]] = []
    while k < len(segs):
        n, text, _ = segs[k]
        c, after = cell_text(text), cell_text(segs[k + 1][1]) if k + 1 < len(segs) else ""
        if place_word(c) or len(c) > 20 or "。" in c:
            break
        if place_of(c) is None and not is_value_cell(c) and place_of(c + after) and not place_of(after):
            out.append((n, c + after, False))  # (眉山天府 / 新区)
            k += 2
            continue
        if is_value_cell(c) or place_of(c) or len(c) > SHORT_WORDS:
            out.append((n, c, False))
        k += 1
    return k, out


def columned(segs: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """Segments with a table of places one cell a line whose header mixes its value columns with words
    that hold no value (a group's name, a column of words, a 责任单位 column and its offices: 地区 / 组织
    技能培训 / 建成投用…基地 / ★…培训(万人次) / 劳务品牌 / 培训(人) / … / 责任 / 单位 / 市残联 …) given as
    a header of its value columns alone and rows without their words (完成年度 / 目标任务, 应补尽补), as
    the reader of tables of places takes them: where three value columns or more are found and two
    rows or more hold a value for each."""
    texts = [text for _, text, _ in segs]
    out: list[tuple[int, str, bool]] = []
    k = 0
    while k < len(segs):
        first = next((j for j in range(k + 1, min(k + 60, len(segs))) if place_of(texts[j])), None)
        numbered = k > 0 and header_at(texts, k - 1)  # (序号 | 乡镇、街道 | …: a header the reader takes)
        if not place_word(texts[k]) or header_at(texts, k) or numbered or first is None:
            out.append(segs[k])
            k += 1
            continue
        columns = _columns(segs[k + 1 : first])
        end, body = _body(segs, first)
        rows = [j for j, (_, c, _) in enumerate(body) if place_of(c)] + [len(body)]
        full = sum(b - a - 1 == len(columns) for a, b in zip(rows, rows[1:], strict=False))
        if len(columns) < 3 or full < 2:
            out.append(segs[k])
            k += 1
            continue
        out += [segs[k], *[(n, name, False) for n, name in columns], *body]
        k = end
    return out


def _place_row(cells: list[str], valued: bool = False) -> bool:
    """Whether a line's cells are a row of places (under a header that shows the table is one): a
    place (row_place; after its row's number, 1 | 东城区 | …), then (`valued`) a value."""
    at = 1 if len(cells) > 2 and cell_text(cells[0]).isdigit() else 0
    return len(cells) >= at + 2 and bool(row_place(cells[at])) and (not valued or is_value_cell(cells[at + 1]))


def _valued(cells: list[tuple[int, str]], k: int) -> bool:
    """Whether the place at cells[k] opens a row: a value follows it (小计 over C级 D级 is a header's
    word), or another place or the end of the cells does (a row whose values are all left empty)."""
    return k + 1 >= len(cells) or is_value_cell(cells[k + 1][1]) or place_of(cells[k + 1][1]) is not None


def _column_names(columns: list[str], title: str) -> dict[str, str]:
    """Each column's name; a bare 金额 is named after what the title counts (…补助资金分配表), and so is a
    bare total over all the columns (总计 in 达州市2011年保障性安居工程建设任务分解表: 保障性安居工程建设任务总计)."""
    counted = TITLE_PLACE_YEAR.sub("", TITLE_FRAME.sub("", title))
    thing = MONEY_WORD.sub("", counted)

    def named(column: str) -> str:
        words = BRACKETS.sub("", column)
        if BARE_COLUMN.match(words):
            return counted
        if BARE_COUNT.match(words) and thing != counted or TOTAL_WORD.match(words) and column == columns[0]:
            return thing + words
        return column

    return {c: named(c) if counted else c for c in columns}


def _unremarked(header: list[str], rows: list[list[tuple[int, str]]]) -> tuple[list[str], list[list[tuple[int, str]]]]:
    """The header and rows without 备注 and the remarks that end some rows (追减…万元。): no values."""
    if REMARK not in header:
        return header, rows
    kept = [r[:-1] if len(r) > 2 and (not numbers_in(r[-1][1]) or REMARKED.search(r[-1][1])) else r for r in rows]
    return [h for h in header if h != REMARK], kept


def _unnumbered(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """序号 | 市 州 | …, then 1 | 长沙市 | …: the cells without 序号 and the rows' numbers (no values)."""
    if cell_text(cells[0][1]) != "序号":
        return cells
    numbers = _serials([c for _, c in cells])
    return [cell for k, cell in enumerate(cells[1:], 1) if k not in numbers]


def _first_row(cells: list[tuple[int, str]], k: int) -> bool:
    """Whether cells[k] opens the first row under the header: a place that opens a row (_valued), or a
    short name (row_place) a value follows."""
    if place_of(cells[k][1]):
        return _valued(cells, k)
    following = cells[k + 1][1] if k + 1 < len(cells) else ""
    # (套数 | — : a header's unit over an empty cell, no row)
    return bool(row_place(cells[k][1])) and is_value_cell(following) and not UNIT_ROW.match(cell_text(cells[k][1]))


def _runs(heads: list[str], subs: list[str]) -> list[str] | None:
    """The columns under groups of uneven widths (年度任务(户) 第一批已拨付(万元) 本次应拨付(万元) over 小计 C级 D级
    无房 C级 D级 无房 小计 C级 D级 无房): a group's columns run until a total (小计, 合计) or a word already in
    them opens the next; None unless they make as many groups as there are heads."""
    runs: list[list[str]] = []
    for sub in subs:
        if not runs or TOTAL_WORD.match(sub) and runs[-1] or sub in runs[-1]:
            runs.append([])
        runs[-1].append(sub)
    if len(runs) != len(heads):
        return None
    return [head + sub for head, run in zip(heads, runs, strict=True) for sub in run]


def _leaves(header: list[str], width: int) -> list[str] | None:
    """The names of the value columns under a header of `width` columns (see the module's text)."""
    if len(header) < width:
        return None  # (a row with more values than the header has columns: no column for some)
    if len(header) == width or header == header[:width] * (len(header) // width):
        return header[:width]  # (单位 | 金额 | 单位 | 金额: the columns set side by side)
    units = [UNIT_ROW.match(c) for c in header[-width:]]
    if len(header) >= 2 * width and all(units):  # (新建经济适用住房 … over 套数 套(间)数 套数: each column's unit)
        return [f"{c}({u.group(1)})" for c, u in zip(header[-2 * width : -width], units, strict=True) if u]
    groups = len(header) - width
    for span in range(2, width + 1):
        under = header[len(header) - groups * span :]
        first = header[: len(header) - groups * span]
        if len(first) < groups or under != under[:span] * groups:
            continue
        heads = first[len(first) - groups :]
        return first[: len(first) - groups] + [g + u for g in heads for u in under[:span]]
    if 2 * width > len(header) > width:
        return _runs(header[: len(header) - width], header[-width:])
    return None


# 到2025年规划指标(万亩), 2030年: a group heading that names a year, over the columns of that year
YEAR_GROUP = re.compile(r"^(?:到|至)?20\d\d\s*年")
# 累计建成高标准农田面积(万亩)(到2025年规划指标): the year group a column stands under (_yearly)
GROUP_BRACKET = re.compile(r"[(（]((?:到|至)?(20\d\d)\s*年[^()（）]*)[)）]$")
GOAL_GROUP = re.compile(r"^(?:到|至)|规划|目标|计划|任务")  # (a group of what is to be done by its year)
NAMED_RUN = 4  # (高标准农田: the fewest characters of a column's words the text writes that name it)


def _shares_run(words: str, text: str, run: int) -> bool:
    """Whether `text` holds `run` characters of `words` running: a column's own words the text writes
    (高标准农田, run 4, in …高标准农田建设规划…), a group's words a column repeats (棚户区 in 城市棚户区, run 2)."""
    return any(words[k : k + run] in text for k in range(len(words) - run + 1))


def _yearly(header: list[str], width: int, text: str) -> list[str] | None:
    """The columns under year groups (到2025年规划指标(万亩) 到2030年规划指标(万亩) over 累计建成高标准农田面积
    累计改造提升高标准农田面积 累计新增高效节水灌溉面积, twice) whose rows hold fewer values, as many in each
    group, a column empty throughout and left out: those the text, outside the header, writes words of
    (高标准农田, not 节水灌溉), in order, each named with its group's unit and year (累计建成高标准农田面积
    (万亩)(到2025年规划指标)); None unless as many as each group's share of the row are named."""
    heads = [h for h in header if YEAR_GROUP.match(h)]
    groups, outside = len(heads), text
    if not groups or width % groups or header[:groups] != heads or (len(header) - groups) % groups:
        return None
    under = header[groups : groups + (len(header) - groups) // groups]
    if header[groups:] != under * groups or len(under) * groups <= width:
        return None
    for h in header:
        outside = outside.replace(h, "")
    words = [BRACKETS.sub("", u) for u in under]
    # the words each column does not share with all the others (累计…面积)
    lead, end = len(commonprefix(words)), len(commonprefix([w[::-1] for w in words]))
    named = [u for u, w in zip(under, words, strict=True) if _shares_run(w[lead : len(w) - end], outside, NAMED_RUN)]
    if len(named) != width // groups:
        return None
    units = [m.group(0) if m else "" for m in (UNIT_BRACKET.search(h) for h in heads)]
    return [f"{u}{unit}({BRACKETS.sub('', h)})" for h, unit in zip(heads, units, strict=True) for u in named]


def _header_lines(cells: list[tuple[int, str]], header: list[str]) -> list[list[str]]:
    """The header's words (`header`: those that name columns) line by line, as the text sets them."""
    lines: dict[int, list[str]] = {}
    for n, c in cells:
        if cell_text(c) in header:
            lines.setdefault(n, []).append(cell_text(c))
    return list(lines.values())


def _repeats(head: str, leaf: str) -> bool:
    """Whether a column's words repeat two characters of a group's (城市棚户区 under 棚户区改造)."""
    return _shares_run(BRACKETS.sub("", head), leaf, 2)


def _spans(heads: list[str], leaves: list[str]) -> list[int] | None:
    """Where each group of a header over two lines opens among the columns under them (保障性住房建设
    棚户区改造 廉租住房租赁补贴 over 合计 廉租住房 经济适用住房 公共租赁住房 限价商品住房 城市棚户区 当年发放总户数
    当年新进入保户数: 0, 5, 6): the first at the first column; each next one at the first column after the
    last group's opening that is a total (合计) or repeats its words (城市棚户区), else right after the
    columns that repeat the last group's words; None where a group finds no column."""
    starts = [0]
    for head, before in zip(heads[1:], heads, strict=False):
        after = range(starts[-1] + 1, len(leaves))
        hit = next((i for i in after if TOTAL_WORD.match(leaves[i]) or _repeats(head, leaves[i])), None)
        run = next((i for i in range(starts[-1], len(leaves)) if not _repeats(before, leaves[i])), len(leaves))
        hit = hit if hit is not None else run if run > starts[-1] else None
        if hit is None or hit >= len(leaves):
            return None
        starts.append(hit)
    return starts


def _sub_after(leaves: list[str], sub: str, text: str) -> int | None:
    """The column a sub-column (其中新建) stands under: the one the text writes right before its words
    (提供公共租赁住房6000套(其中新建4200套)), the nearest where several are; else None."""
    gaps = {}
    for k, leaf in enumerate(leaves):
        m = re.search(rf"{re.escape(leaf)}([^。；;，,]{{0,12}}?){re.escape(sub)}", text)
        if m:
            gaps[k] = len(m.group(1))
    return min(gaps, key=lambda k: gaps[k]) if gaps else None


def _grid(lines: list[list[str]], width: int, text: str) -> list[str] | None:
    """The columns under a header whose groups stand over several columns, over two or three lines (总计
    保障性住房建设(含购改租) 棚户区改造 廉租住房租赁补贴 over 合计 廉租住房 … 当年新进入保户数 over 其中 新建): the
    first cells that stand over no column are columns of their own (总计), as many as the row's width
    leaves; each group names the columns it stands over (see _spans: 保障性住房建设合计); a third line of
    其中 words adds a sub-column right after the column the text writes them under (公共租赁住房其中新建)."""
    if len(lines) not in (2, 3) or len(lines[0]) < 2:
        return None
    top, leaves = lines[0], lines[1]
    subs = [w for w in re.split(r"(?=其中)", "".join(lines[2])) if w] if len(lines) == 3 else []
    lone = width - len(leaves) - len(subs)
    if lone < 0 or not 0 < len(top) - lone <= len(leaves) or any(not w.startswith("其中") for w in subs):
        return None
    starts = _spans(top[lone:], leaves)
    if starts is None:
        return None
    owner = [max(g for g, at in enumerate(starts) if at <= k) for k in range(len(leaves))]
    named = [top[lone + g] + leaf for g, leaf in zip(owner, leaves, strict=True)]
    columns = [[name] for name in named]
    for sub in subs:
        at = _sub_after(leaves, sub, text)
        if at is None:
            return None
        columns[at].append(named[at] + sub)
    return top[:lone] + [name for group in columns for name in group]


def _columns_under(header: list[str], cells: list[tuple[int, str]], width: int, text: str) -> list[str] | None:
    """The names of the value columns under a header (`cells`: its cells, `header`: its words that name
    columns) over rows of `width` values: see _leaves, _yearly and _grid."""
    return _leaves(header, width) or _yearly(header, width, text) or _grid(_header_lines(cells, header), width, text)


# 套数, 套(间)数, 户数, 万元: a cell of a header's last row that gives the unit of the column above it
UNIT_ROW = re.compile(rf"^({UNITS})(?:[(（][\u4e00-\u9fff]{{1,2}}[)）])?数?$")


def _unit(column: str) -> str | None:
    m = UNIT_BRACKET.search(column)
    if m:
        return m.group(1)
    words = BRACKETS.sub("", column)
    return "人" if PEOPLE.search(words) else "户" if HOUSEHOLDS.search(words) else None


def _rows(cells: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The rows after the header: each a place, then its values (a cell of neither stands alone)."""
    rows: list[list[tuple[int, str]]] = []
    for n, c in cells:
        if place_of(c) or not rows or not is_value_cell(c):
            rows.append([(n, place_of(c) or cell_text(c))])
        else:
            rows[-1].append((n, c))
    return rows


TOTAL = re.compile(r"^(?:全[省市县区](?:合计|总计|小计)?|合计|总计)$")


def _column_units(
    columns: list[str], rows: list[list[tuple[int, str]]], text: str, unit: str | None
) -> dict[str, str | None]:
    """Each column's unit: the one its words give, else the one the text writes after the figure of
    its total row (目标任务为:开工改造小区1500个 over 全省 | 1500 |), else the table's (`unit`: one for
    all columns, or one for each in turn, 人、万元)."""
    total = next((r for r in rows if TOTAL.match(r[0][1]) and len(r) == len(columns) + 1), None)
    table = UNITS_APART.split(unit) if unit else []
    units: dict[str, str | None] = {}
    for k, column in enumerate(columns):
        figure = total[k + 1][1].strip() if total else ""
        stated = re.search(rf"(?<![\d.]){re.escape(figure)}\s*({UNITS})", text) if numbers_in(figure) else None
        own = table[k] if len(table) == len(columns) else table[0] if len(table) == 1 else None
        units[column] = _unit(column) or (stated.group(1) if stated else own)
    for column, following in reversed(list(zip(columns, columns[1:], strict=False))):
        if units[column] is None and TOTAL_END.search(column):  # (总计 before 合计 before 廉租住房: their unit)
            units[column] = units[following]
    return units


# 残疾人人数, 户籍人口: how many there are, the basis a sum is shared out by (not 新增就业人数, 培训人数: work to do)
BASIS = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:人数|人口|人口数)$")
WORK_WORDS = re.compile(
    r"新增|培训|转移|就业|安置|改造|建设|救助|资助|补助|补贴|发放|招|录|服务|参保|参加|签约|筛查|接种"
)


def _basis(column: str) -> bool:
    """Whether a column counts those there are (残疾人人数), a basis of what a table shares out."""
    words = BRACKETS.sub("", column)
    return bool(BASIS.match(words)) and not WORK_WORDS.search(words)


def _indicator(
    place: tuple[int, str], words: tuple[str, str | None], cell: tuple[int, str], year: int | None, k: int, tasks: bool
) -> dict[str, Any]:
    """The indicator of one cell (`words`: its column's words and unit): a target in a column that sets a
    figure (or in any column of a table of tasks), else an observation; one under a year group (_yearly)
    is of its year, and a target where the group looks ahead (到2025年, 规划指标)."""
    (_, name), (n, text), (column, unit) = place, cell, words
    name += BRACKETS.sub("", column)
    group = GROUP_BRACKET.search(column)
    year = int(group.group(2)) if group else year
    value = cell_value(text, year)
    # 计划完成数, 计划投资额 (not 计划投资完成率); 累计建成…(到2025年规划指标)
    planned = bool(PLANNED.match(column) or group and GOAL_GROUP.search(group.group(1)))
    target = planned or bool(tasks or SETS_FIGURE.search(column)) and not REPORTS.search(column) and not _basis(column)
    ind = table_record(k, name, unit, (None, value if target else None), [place, (n, column), cell])
    if not target:
        ind["observations"] = [
            {"year": year, "period": None, "as_written": text, "value": value["value"], "lines": [n, n]}
        ]
    return ind


# the most ways of setting the values of rows that leave cells out in their columns that are tried
PLACINGS = 5000


def _fits(left: list[float], short: list[list[float]]) -> list[tuple[tuple[int, ...], ...]]:
    """The ways (at most two) of setting each short row's values, in order, in as many of the columns,
    in order, that make each column's values add up to what its total leaves (`left`: 全市's cell less
    the full rows' cells in its column): for 眉山天府新区's 0.1 | 150 | 240 | 50 | 40 under seven
    columns, only ((0, 1, 2, 3, 5),)."""
    fits: list[tuple[tuple[int, ...], ...]] = []
    for choice in product(*(combinations(range(len(left)), len(values)) for values in short)):
        sums = [0.0] * len(left)
        for at, values in zip(choice, short, strict=True):
            for k, value in zip(at, values, strict=True):
                sums[k] += value
        if all(math.isclose(s, v, abs_tol=1e-6) for s, v in zip(sums, left, strict=True)):
            fits.append(choice)
            if len(fits) > 1:
                break
    return fits


def _placed(rows: list[list[tuple[int, str]]], width: int) -> list[list[tuple[int, str]]]:
    """The rows, each that leaves empty cells out (眉山天府新区 | 0.1 | 150 | 240 | 50 | 40 under seven
    columns) set out in full, an empty cell ("") in each column it leaves out, where a total row (全市,
    合计) and every other row full show the one way its values fit (see _fits: 0.1 + 0.7 + 0.23 + … = 2.2
    of 全市); where no way or more than one does, the rows as they are."""
    total = next((i for i, r in enumerate(rows) if TOTAL.match(r[0][1]) and len(r) == width + 1), None)
    short = [i for i, r in enumerate(rows) if 1 < len(r) <= width]
    tries = math.prod(math.comb(width, len(rows[i]) - 1) for i in short)
    if total is None or not short or any(len(r) > width + 1 for r in rows) or tries > PLACINGS:
        return rows
    # one number in each cell, or no sums to check
    values = [[x for _, c in r[1:] for x in numbers_in(c)] for r in rows]
    if any(len(v) != len(r) - 1 for r, v in zip(rows, values, strict=True)):
        return rows
    full = [v for i, v in enumerate(values) if len(v) == width and i != total]
    left = [v - sum(f[k] for f in full) for k, v in enumerate(values[total])]
    fits = _fits(left, [values[i] for i in short])
    if len(fits) != 1:
        return rows
    out = list(rows)
    for i, at in zip(short, fits[0], strict=True):
        cells = dict(zip(at, rows[i][1:], strict=True))
        out[i] = [rows[i][0], *(cells.get(k, (rows[i][0][0], "")) for k in range(width))]
    return out


def read(
    cells: list[tuple[int, str]],
    indicators: list[dict[str, Any]],
    unplaced: list[tuple[int, str, str]],
    titled: tuple[str, str] = ("", ""),
    text: str = "",
    unit: str | None = None,
) -> None:
    """Indicator records for every place and column of a table of places (cells[0]: the place
    column's word, or 序号 before it); a title that sets figures (2023年各县(市、区)新增托位任务分解表),
    or the sentence before a table with no title that sets a figure of its total row (lead_title:
    德州全市计划改造313个小区 over 全市小计: | 313 |), makes every column but those of what was done hold
    targets, of the year it names; `text`, the whole text, may give a column's unit (see _column_units),
    and `unit` is the table's (title_before). Where the header sets its columns side by side more than
    once (单位 | 金额 | 单位 | 金额), each pair of a place and its value is a row."""
    title, lead = titled
    cells = _unnumbered(cells)
    body_at = next((k for k in range(1, len(cells)) if _first_row(cells, k)), len(cells))
    header = [cell_text(c) for _, c in cells[1:body_at] if not (place_word(c) or cell_text(c) in NO_FIGURE)]
    rows = _rows(cells[body_at:])
    header, rows = _unremarked(header, rows)
    if not rows:  # a header with no place under it: nothing to read
        unplaced.extend((n, t("unplaced_table_cell"), c) for n, c in cells)
        return
    widths = Counter(len(r) - 1 for r in rows if len(r) > 1).most_common(1)
    width = widths[0][0] if widths else 0
    columns = _columns_under(header, cells[1:body_at], width, text) if width else None
    tasks, year = _planned(header, (title, lead), rows, text)
    units = _column_units(columns, rows, text, unit) if columns else {}
    named = _column_names(columns or [], title)
    for row in _placed(rows, width):
        if columns is None or len(row) != width + 1 or not row_place(row[0][1]):
            unplaced.extend((n, t("unplaced_table_cell"), c) for n, c in row)
            continue
        for column, (n, cell) in zip(columns, row[1:], strict=True):
            if numbers_in(cell):
                k = len(indicators) + 1
                indicators.append(_indicator(row[0], (named[column], units[column]), (n, cell), year, k, tasks))
            elif cell:
                unplaced.append((n, t("unplaced_table_cell"), cell))

"""Performance forms (绩效目标申报表, 绩效自评表): a year's budget and the performance targets its
money buys, one row a line (一级指标 二级指标 三级指标 | 指标值), and, in a self-evaluation, what was
reached after each (全年执行数, 实际完成值) and the scores. Their rows are cells, not sentences: a
budget row's bare figure takes the form's money unit (金额单位: 万元, 项目资金(万元)), and a
self-evaluation row's first value is the target, its next the value reached."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from generator.importer.phrases import quantities
from generator.importer.prose import Entry, Found
from generator.importer.table import RULE_LINE
from generator.sitemodel.values import stated_comparator

FORM_TITLE = re.compile(r"绩效(?:目标|自评|评价)[^，,。；;]{0,6}表")
SELF_EVALUATION = re.compile(r"自评|实际完成值|全年执行数")
FORM_YEAR = re.compile(r"(20\d\d)\s*年度")
MONEY = re.compile(r"金额单位\s*[:：]\s*万元|[(（]万元[)）]")
# 产出指标 数量指标 …: the first and second level of the form's targets, cells before the row's own name
CATEGORY = re.compile(
    r"^(?:\s*(?:产出|效益|效果|满意度|成本|数量|质量|时效|(?:社会|经济|生态)效益|可持续影响|服务对象满意度"
    r"|(?:社会|经济|生态环境)成本)指标)+\s*"
)
# 年度资金总额: 28.1, 其中:财政资金 6.84, (一)财政拨款小计 6.30, 项目资金 (万元) 年度资金总额: 1125,
# 主管预算部门 | … | 项目预算金额(万元) | 193.8 |: the year's money, a row or a row's cells
BUDGET = re.compile(
    r"(?:^|[|｜])\s*(?:项目资金\s*[(（]万元[)）])?\s*(?:其中\s*[:：])?\s*(?:[(（][一二三四五][)）]|\d\s*[、.])?\s*"
    r"((?:年度)?资金总额|预算数|项目预算金额|财政拨款(?:小计)?|一般公共预算|(?:中央|省级|市级|县级|财政)资金)"
    r"\s*(?:[(（]万元[)）])?\s*[:：|｜]?\s*(\d+(?:\.\d+)?)(?=[\s|｜]|$)"
)
ROW_VALUE = re.compile(r"^(?:[≥≤<>=＞＜]|>=|<=)?\d+(?:\.\d+)?(?:%|‰)?$")  # 100%, ≥90%, 98, 28.1
COMPARATOR_CELL = re.compile(r"^[≥≤<>=＞＜]+$")  # >= 98 %(百分比): a comparator in a cell of its own
# ≥70村, 5万元: a value cell with its own unit, in a row under a first or second level's label
COUNT_VALUE = re.compile(r"^(?:[≥≤<>=＞＜]|>=|<=)?\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}$")
PERCENT_UNIT = re.compile(r"^[%‰][(（]?[^()（）\d]*[)）]?$")  # %(百分比): the unit of the value before it


@dataclass(frozen=True)
class Form:
    line: int  # the line of its title: its rows follow
    year: int | None
    self_evaluation: bool
    money: str | None  # 万元, where the form says its amounts are in it


def performance_form(lines: list[str]) -> Form | None:
    """The performance form a text is, from its first twelve lines (its title, 2020年度), if any."""
    head = lines[:12]
    at = next((k for k, line in enumerate(head) if FORM_TITLE.search(line)), None)
    if at is None:
        return None
    year = next((int(m.group(1)) for line in head for m in [FORM_YEAR.search(line)] if m), None)
    evaluation = any(SELF_EVALUATION.search(line) for line in lines[:40])
    money = "万元" if any(MONEY.search(line) for line in lines[:40]) else None
    return Form(at + 1, year, evaluation, money)


def budget_targets(lines: list[str], form: Form | None) -> list[Found]:
    """Each budget row's amount (年度资金总额: 28.1), in the form's money unit: a target of its year
    (read from the lines: a row that opens with (一) is no heading here)."""
    if form is None or form.money is None:
        return []
    out = []
    for n, line in enumerate(lines[form.line :], form.line + 1):
        m = BUDGET.search(line)
        if m and float(m.group(2)) > 0:
            out.append(
                Found(m.group(1), form.money, m.group(2), float(m.group(2)), "=", form.year, None, False, line, (n, n))
            )
    return out


def cell_rows(entries: list[Entry], form: Form | None, lines: list[str]) -> list[Entry]:
    """A form extracted one cell a line, each cell ending with a bar and rows parted by a line of
    bare bars (产出指标 | / 数量指标 | / 开展送戏进万村 | / ≥70村 | / |||): each row's cells read as
    one entry, its cells apart, citing its lines. Other entries as they are."""
    if form is None or sum(bool(RULE_LINE.match(line)) for line in lines[form.line :]) < 3:
        return entries
    out: list[Entry] = []
    end = 0  # the last line of the row read last
    for e in entries:
        if e.line <= end:
            continue  # a cell of the row read last
        if e.line <= form.line or not lines[e.line - 1].rstrip().endswith(("|", "｜")):
            out.append(e)
            continue
        end = next((n for n in range(e.line, len(lines)) if RULE_LINE.match(lines[n])), len(lines))
        cells = [line.strip(" |｜") for line in lines[e.line - 1 : end] if line.strip(" |｜")]
        out.append(dataclasses.replace(e, text=" ".join(cells), end_line=end))
    return out


def form_rows(entries: list[Entry], form: Form | None) -> tuple[list[Entry], list[Found]]:
    """A form's rows of cells (受益群众满意度 ≥90%; 培智教学软件验收合格率 100% 100% 10 10): each row's
    name and value read as a target of the form's year, and in a self-evaluation the value after it
    as what was reached; the name alone left to the prose reader (培智教学软件2套: a count it sets).
    Other entries as they are."""
    if form is None:
        return entries, []
    kept: list[Entry] = []
    found: list[Found] = []
    for e in entries:
        in_form = e.line > form.line and "。" not in e.text and not BUDGET.search(e.text)
        row = _row(e) if in_form else None
        if row is None:
            kept.append(dataclasses.replace(e, text=_run_together(e.text)) if in_form else e)
            continue
        name, target, reached = row
        lines = (e.line, e.end_line or e.line)
        found += [dataclasses.replace(target, name=name, year=form.year, quote=e.text, lines=lines)]
        if reached is not None and form.self_evaluation:
            found += [dataclasses.replace(reached, name=f"{name}实际完成值", year=form.year, quote=e.text, lines=lines)]
        if re.search(r"\d", name):
            kept.append(dataclasses.replace(e, text=name))
    return kept, found


# 95%以上, 90%以内: a value and the words that bound it
BOUND = re.compile(r"^\s*(?:以上|以下|以内|及以上)?")


def _run_together(text: str) -> str:
    """A row whose cells run together (质量指标伙食补助发放率90%以上实际发放伙食补助金额/应发放…9%0得10分,每减少
    1%扣1分-定量): its name and value, without the first and second levels' labels before them or the
    value's description and scoring standard after them."""
    qs = quantities(text)
    if not qs or not re.search(r"\d", text[qs[0].end :]) or re.search(r"\s", text.strip()):
        return text  # (一、基本情况 项目名称: 19名百岁老人高龄津贴 …: cells apart, the count's name after it)
    bound = BOUND.match(text[qs[0].end :])
    return CATEGORY.sub("", text[: qs[0].end + (bound.end() if bound else 0)])


def _row(e: Entry) -> tuple[str, Found, Found | None] | None:
    """(name, its target, the value reached) of a row of cells, whose name cells come first."""
    cells = e.text.split()
    counts = bool(CATEGORY.match(e.text))  # (项目期 1年: no target, under no level's label)
    at = next((k for k, c in enumerate(cells) if ROW_VALUE.match(c) or counts and COUNT_VALUE.match(c)), None)
    if at is None or at == 0:
        return None
    own = COMPARATOR_CELL.match(cells[at - 1])
    comparator = (stated_comparator(cells[at - 1]) or "=") if own else None
    name = CATEGORY.sub("", " ".join(cells[: at - 1 if comparator else at])).strip()
    unit_cells = [c for c in cells[at + 1 : at + 2] if PERCENT_UNIT.match(c)]  # 98 %(百分比): 98%
    target = _value(cells[at] + "".join(c[0] for c in unit_cells), comparator, past=False)
    rest = cells[at + 1 + len(unit_cells) :]
    reached = _value(rest[0], None, past=True) if rest and ROW_VALUE.match(rest[0]) else None
    return (name, target, reached) if name and target is not None else None


def _value(cell: str, comparator: str | None, past: bool) -> Found | None:
    """The one quantity of a value cell (≥90%, 100%, 98 %(百分比))."""
    qs = quantities(cell.lstrip("≥≤<>=＞＜"))
    if len(qs) != 1 or qs[0].value is None or not qs[0].unit:
        return None
    q = qs[0]
    stated = stated_comparator(cell)  # ≥90%: the cell's own; 100%: the one a cell before gave, if any
    period = "实际完成值" if past else None
    return Found(
        "",
        q.unit,
        q.text,
        q.value,
        comparator if stated == "=" and comparator else stated or "=",
        None,
        period,
        past,
        cell,
        (0, 0),
    )

"""Words and numbers as readers see them: one place for every label and number format."""

from __future__ import annotations

import datetime as dt
import functools
import re

from generator.model import Chapter, PlanMeta, Section, Value
from generator.sitemodel.targets import value_words
from generator.sitemodel.values import fmt_number

# 十一五 … 十六五: each five-year plan's first and last year
FIVE_YEAR_PLANS = {f"十{n}五": (2006 + 5 * k, 2010 + 5 * k) for k, n in enumerate("一二三四五六")}
# The anchors a plan's own pages (plan, chapter, projects, indicator) give their parts: the
# templates write them from here, and validation refuses a data id that would be one of them
ANCHORS = {
    "top": "top",
    "boxes": "boxes",
    "plan_chapters": "plan-chapters",
    "contents": "contents",
    "source_notes": "source-notes",
    "values": "values",
    "compare": "compare",
    "cite": "cite",
}
# the navigation's section of plans (the build finds a plan's share of the navigation under it)
NAV_PLANS = "规划"
# a figure's role: what a plan starts from and what it aims at (tables, charts, captions)
BASELINE, TARGET = "基期", "目标"
ROLE = {"baseline": BASELINE, "target": TARGET}
LEVEL = {"province": "省级", "city": "市级", "county": "县级"}
KIND = {"five-year-plan": "五年规划", "action-plan": "行动方案"}
STATUS = {"in-force": "现行有效", "draft": "征求意见稿（草案）", "unknown": "未注明"}
NATURE = {"binding": "约束性", "expected": "预期性", "unspecified": "未注明"}
ORIGIN = {"table": "表格", "text": "正文"}
# a city target against the province's (targets.relation); none: the province sets no such target
RELATION = {"above": "高于", "equal": "等于", "below": "低于", "incomparable": "无法比较", "none": "省级未设定"}
UNSTATED = "原文未载明"
UNTITLED_CHAPTER = "（原文无标题）"
LOST_SECTION_HEADING = "（原文此处标题缺失）"
DRAFT_MARK = "（征求意见稿）"
_THEME = re.compile("公共服务和社会保障|公共服务")
_BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")


def lines_text(lines: tuple[int, int]) -> str:
    """A line range as printed, on pages and in messages: 40 or 40–52."""
    return f"{lines[0]}" if lines[0] == lines[1] else f"{lines[0]}–{lines[1]}"


def without_bookmarks(line: str) -> str:
    """A source line for display: word-processor bookmarks ([bookmark: _Toc…]) hidden."""
    return _BOOKMARK.sub("", line) if "[bookmark: " in line else line


def table_cells(quote: str) -> list[str] | None:
    """A quote the extractor wrote as a table row ('a | b | c') as its cells; None for prose."""
    if "\n" in quote or " | " not in quote:
        return None
    cells = [c.strip() for c in quote.split(" | ")]
    return cells if len(cells) >= 2 else None


def plan_name(meta: PlanMeta) -> str:
    """The one display name of a plan: region · plan, draft marked, e.g. 新乡市 · “十五五”规划（征求意见稿）.

    The site's theme (公共服务和社会保障) and the region are dropped from the title, since every
    plan here shares the one and the name puts the other first.
    """
    return _plan_name(meta.region.strip(), meta.title, meta.status == "draft")


@functools.lru_cache(maxsize=4096)  # every page names plans: a province's site asks ~200,000 times
def _plan_name(region: str, title: str, draft: bool) -> str:
    name = _THEME.sub("", title).strip()
    for prefix in (region, region.rstrip("省市县区")):
        if prefix and name.startswith(prefix):
            name = name[len(prefix) :].strip()
            break
    if len(name) < 2:
        name = title
    if draft and "征求意见" not in name:
        name += DRAFT_MARK
    return f"{region} · {name}"


def _titled(meta: PlanMeta, title: str) -> str:
    if meta.region.rstrip("省市县区") not in meta.title:
        title = meta.region + title
    if meta.status == "draft" and "征求意见" not in meta.title:
        title += DRAFT_MARK
    return title


def full_title(meta: PlanMeta) -> str:
    """A plan page's heading: the title, led by the region when the title omits it, draft marked."""
    return _titled(meta, meta.title)


def formal_title(meta: PlanMeta) -> str:
    """The title as cited: 《title as written》, with the region and draft mark outside the quotes."""
    return _titled(meta, f"《{meta.title}》")


def chapter_label(chapter: Chapter) -> str:
    """第三章 幼有所育; a chapter the source gives no heading says so."""
    return " ".join(x for x in (chapter.number, chapter.title or "") if x) or UNTITLED_CHAPTER


def section_label(section: Section) -> str:
    return " ".join(x for x in (section.number, section.title or "") if x) or LOST_SECTION_HEADING


def value_text(v: Value | None) -> str:
    """A baseline or target exactly as written, or what stands in for it."""
    return "（未列出）" if v is None else value_words(v)


OUT_OF_PERIOD = "（规划期外目标）"


def dated_value(year: int | str, text: str, out_of_period: bool = False) -> str:
    """A value with its year as a table cell shows it: 2025年：≥95%; marked when the year lies
    outside the plan's period (the full reason, targets.TargetYear.note, is given beside it)."""
    cell = f"{year}年：{text}" if year != "" else text
    return cell + (OUT_OF_PERIOD if out_of_period else "")


def number_text(x: float | None) -> str:
    """A number as data: 99, 4.5; empty when the text states none."""
    return "" if x is None else fmt_number(x)


def year_of(v: Value | None) -> int | str:
    """The year a value names, or '' (never a guess)."""
    return v.year if v is not None and v.year is not None else ""


def date_text(d: dt.date | None) -> str:
    return d.isoformat() if d is not None else UNSTATED

"""Words and numbers as readers see them: one place for every label and number format."""

from __future__ import annotations

import datetime as dt

from generator.model import Chapter, Section, Value

LEVEL = {"province": "省级", "city": "市级", "county": "县级"}
KIND = {"five-year-plan": "五年规划", "action-plan": "行动方案"}
STATUS = {"in-force": "现行有效", "draft": "征求意见稿（草案）", "unknown": "未注明"}
NATURE = {"binding": "约束性", "expected": "预期性", "unspecified": "未注明"}
ORIGIN = {"table": "表格", "text": "正文"}
UNSTATED = "原文未载明"
UNTITLED_CHAPTER = "（原文无标题）"
LOST_SECTION_HEADING = "（原文此处标题缺失）"


def chapter_label(chapter: Chapter) -> str:
    """第三章 幼有所育; a chapter the source gives no heading says so."""
    return " ".join(x for x in (chapter.number, chapter.title or "") if x) or UNTITLED_CHAPTER


def section_label(section: Section) -> str:
    return " ".join(x for x in (section.number, section.title or "") if x) or LOST_SECTION_HEADING


def lines_text(lines: tuple[int, int]) -> str:
    """A line range as printed: 40 or 40–52."""
    return f"{lines[0]}" if lines[0] == lines[1] else f"{lines[0]}–{lines[1]}"


def value_text(v: Value | None) -> str:
    """A baseline or target exactly as written, or what stands in for it."""
    if v is None:
        return "（未列出）"
    return v.as_written if v.as_written.strip() else "（空白）"


def number_text(x: float | None) -> str:
    """A number as data: 99, 4.5; empty when the text states none."""
    return "" if x is None else f"{x:g}"


def year_of(v: Value | None) -> int | str:
    """The year a value names, or '' (never a guess)."""
    return v.year if v is not None and v.year is not None else ""


def date_text(d: dt.date | None) -> str:
    return d.isoformat() if d is not None else UNSTATED

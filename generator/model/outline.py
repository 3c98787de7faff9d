"""The body of a plan: chapters → sections → measures (paragraphs)."""

from __future__ import annotations

from pydantic import Field

from generator.model.common import Line, Lines, Slug, Strict, Text


class Measure(Strict):
    """One paragraph of the plan."""

    id: Slug = Field(description="Stable anchor, unique within the plan; never renumber.")
    lead: str | None = Field(default=None, description="Lead phrase, e.g. 强化优孕优生服务 (without the full stop).")
    text: Text = Field(description="The paragraph's full text, exactly as written.")
    lines: Lines


class Section(Strict):
    id: Slug
    number: str = Field(description="As written: 第一节, （一）, …; '' when the heading is lost.")
    title: Line | None = Field(default=None, description="As written; null when the source lost the heading.")
    lines: Lines
    measures: list[Measure] = Field(default_factory=list)


class Chapter(Strict):
    id: Slug
    number: str = Field(description="As written: 第一章, 一、, or '' for a preface.")
    title: Line | None = Field(default=None, description="As written; null when the source gives none (a preamble).")
    domain: Slug
    lines: Lines
    measures: list[Measure] = Field(default_factory=list, description="Paragraphs before the first section.")
    sections: list[Section] = Field(default_factory=list)


class Outline(Strict):
    """chapters.yaml."""

    chapters: list[Chapter]

"""Indicators: table rows and quantified targets stated in prose."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from generator.model.common import Line, Lines, NonBlank, Slug, Strict, Text, invalid

Comparator = Literal["=", ">=", ">", "<=", "<"]
# What a figure measures in time: a level at a moment (a rate, a year-end stock), the flow of one
# year (当年新增), or a total over several years (“十三五”累计). Figures of different kinds never
# share a line on a chart.
FigureKind = Literal["level", "year", "cumulative"]
Nature = Literal["binding", "expected", "unspecified"]


class Value(Strict):
    """A baseline or target exactly as written, plus a number only where one is stated."""

    year: int | None = Field(default=None, ge=1949, le=2100)
    as_written: str = Field(description="Text exactly as in the plan: ≥99％, 稳定增长, 应保尽保, ——, or '' if empty.")
    value: float | None = Field(default=None, description="The number in as_written; null when it states none.")
    comparator: Comparator | None = Field(default=None, description="=, >=, >, <=, <; null when there is no number.")
    upper: float | None = Field(
        default=None,
        description="The upper end of a range as written (35-40张: value 35, upper 40, comparator '='); else null.",
    )
    illegible: NonBlank | None = Field(
        default=None,
        description=(
            "Set when the source's cell or phrase is damaged (OCR, garbled) and cannot be read: what it "
            "shows and why. Pages, charts and downloads then say 原文残损 with this note, never a number."
        ),
    )

    @model_validator(mode="after")
    def _illegible(self) -> Value:
        if self.illegible and self.value is not None:
            raise invalid("illegible_number")
        if self.upper is not None and (self.value is None or self.upper <= self.value or self.comparator != "="):
            raise invalid("range_upper")
        return self


class Observation(Strict):
    """An achieved value the plan reports, e.g. 2020年达到83.2%."""

    year: int | None = Field(default=None, ge=1949, le=2100, description="Only when the text states it.")
    period: NonBlank | None = Field(
        default=None, description="The time the text names instead of a year, as written: “十三五”时期."
    )
    as_written: Text
    value: float | None = None
    kind: FigureKind = Field(
        default="level",
        description="level = a rate or stock at a moment; year = one year's flow (当年新增); cumulative = a total over the period.",
    )
    illegible: NonBlank | None = Field(
        default=None, description="Set when the source's phrase is damaged and cannot be read (see Value.illegible)."
    )
    lines: Lines

    @model_validator(mode="after")
    def _when(self) -> Observation:
        if self.year is None and not self.period:
            raise invalid("observation_when")
        if self.illegible and self.value is not None:
            raise invalid("illegible_number")
        return self


class Indicator(Strict):
    id: Slug = Field(description="Stable id, unique within the plan; part of the permalink.")
    name: Line = Field(description="Name exactly as written (with its unit in parentheses).")
    name_composed: bool = Field(
        default=False,
        description=(
            "True when the source has no such phrase and the name was put together from its "
            "sentence or row; the page then says so. Checked against the quote both ways."
        ),
    )
    concept: Slug | None = Field(default=None, description="Concept id (data/concepts.yaml).")
    domain: Slug
    category: str | None = Field(default=None, description="The table's 领域 cell, as written.")
    unit: str | None = None
    baseline: Value | None = None
    target: Value | None = None
    nature: Nature = Field(description="binding = 约束性, expected = 预期性, else unspecified.")
    origin: Literal["table", "text"]
    table: str | None = Field(default=None, description="Table label, e.g. 表2-1.")
    quote: Text = Field(description="The table row or the sentence the indicator came from.")
    lines: Lines
    observations: list[Observation] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="What the source leaves unclear about this row.")
    year_caveat: NonBlank | None = Field(
        default=None,
        description=(
            "Set only when the source's own years contradict the plan period (e.g. a draft "
            "whose table still says 2025); says so on the page and skips the year check."
        ),
    )


class IndicatorList(Strict):
    """indicators.yaml."""

    indicators: list[Indicator]

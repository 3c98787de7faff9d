"""Later figures: the archived sources they come from, the values they report, and
what official evaluations say, each cited by line like the plans."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from generator.model.common import Filled, Lines, NonBlank, Slug, Strict, Text, invalid
from generator.model.indicator import FigureKind

Scope = Literal["region", "national"]
Method = Literal["cumulative"]
URL = re.compile(r"^https?://[^\s<>\"']+$")


def _url(value: str) -> str:
    if not URL.fullmatch(value):
        raise invalid("url")
    return value


Url = Annotated[
    str, StringConstraints(max_length=2000), AfterValidator(_url), Field(json_schema_extra={"pattern": URL.pattern})
]


class ObservationSource(Strict):
    """One archived text in data/sources/observations/: who published it, where it was found."""

    id: Slug = Field(description="Stable id; the source page is observations/sources/<id>/.")
    file: Text = Field(description="File name in data/sources/observations/, e.g. henan-2021-tjgb.txt.")
    publisher: Filled = Field(description="The body that published the figures (原发布机关), as far as known.")
    title: Filled = Field(description="Title of the document or report, as written.")
    date: dt.date | None = Field(default=None, description="Publication date; null when the page does not give it.")
    url: Url | None = Field(default=None, description="Address the text was archived from; null if unknown.")
    reposted_by: str | None = Field(default=None, description="The site that reposted it, when not the publisher.")
    note: NonBlank | None = Field(default=None, description="What was removed, how the date was found, doubts.")


class ObservationSources(Strict):
    """data/sources/observations/sources.yaml."""

    sources: list[ObservationSource]


class ReportedValue(Strict):
    """A figure a later source reports for one indicator of the plan."""

    indicator: Slug = Field(description="Indicator id in this plan (data/plans/<plan>/indicators.yaml).")
    region: Filled = Field(description="The region the figure is for, as the source names it: 河南省, 全国.")
    scope: Scope = Field(
        description=(
            "region = the plan's own region; national = a national figure, shown only as context "
            "(where the plan's target copies the national one), never used for the status."
        )
    )
    year: int | None = Field(default=None, ge=1949, le=2100, description="The year the figure is for, as stated.")
    period: NonBlank | None = Field(default=None, description="When the source names no year: the time it gives.")
    as_written: Text = Field(description="The phrase exactly as in the source (traditional characters kept).")
    value: float = Field(description="The number in as_written, as shown (percent as 92.46, not 0.9246).")
    unit: str | None = Field(default=None, description="Unit as in the source; must match the indicator's.")
    kind: FigureKind = Field(
        default="level",
        description="level = a rate or stock at a moment; year = one year's flow (当年新增); cumulative = a total over several years.",
    )
    source: Slug = Field(description="Source id (data/sources/observations/sources.yaml).")
    lines: Lines
    doubt: NonBlank | None = Field(
        default=None,
        description="Why the figure needs checking; a figure with a doubt is shown but never used for the status.",
    )
    note: NonBlank | None = None

    @model_validator(mode="after")
    def _when(self) -> ReportedValue:
        if self.year is None and not self.period:
            raise invalid("observation_when")
        return self


class OfficialStatus(Strict):
    """What an official evaluation says about progress, in its own words."""

    indicator: Slug | None = Field(default=None, description="Indicator id; null when it judges the plan as a whole.")
    region: Filled
    scope: Scope
    year: int | None = Field(default=None, ge=1949, le=2100, description="The year the evaluation speaks of.")
    status: Text = Field(description="The evaluation's own words: 提前实现, 总体完成, 滞后 … (must occur in quote).")
    quote: Text = Field(description="The sentence exactly as in the source.")
    source: Slug
    lines: Lines
    note: NonBlank | None = Field(default=None, description="What the statement does and does not judge.")


class TargetMethod(Strict):
    """How a target is read when it is not a level: a cumulative target sums yearly figures."""

    indicator: Slug
    method: Method = Field(description="cumulative = the target is a total of the yearly figures over the years.")
    first_year: int = Field(ge=1949, le=2100, description="First year the total counts.")
    last_year: int = Field(ge=1949, le=2100, description="Last year the total counts.")
    reason: NonBlank = Field(description="Where the plan says the target is a total (line, words).")

    @model_validator(mode="after")
    def _ordered(self) -> TargetMethod:
        if self.last_year < self.first_year:
            raise invalid("years_reversed", {"first": self.first_year, "last": self.last_year})
        return self


class PlanObservations(Strict):
    """data/observations/<plan-id>.yaml: later figures and official statements for one plan."""

    plan: Slug = Field(description="The plan id; must equal the file name without .yaml.")
    methods: list[TargetMethod] = Field(default_factory=list, description="Targets that are not levels.")
    observations: list[ReportedValue] = Field(default_factory=list)
    official: list[OfficialStatus] = Field(default_factory=list)
    not_found: list[NonBlank] = Field(
        default_factory=list, description="What was searched for and not found (shown as 未公布 on the pages)."
    )

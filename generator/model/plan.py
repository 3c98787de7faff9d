"""A plan's metadata and what is known about its source text."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from generator.model.common import Filled, Lines, Slug, Strict, Text, invalid

Level = Literal["province", "city", "county"]
Kind = Literal["five-year-plan", "action-plan"]
Status = Literal["in-force", "draft", "unknown"]


class Period(Strict):
    start: int = Field(ge=1949, le=2100, description="First year the plan covers.")
    end: int = Field(ge=1949, le=2100, description="Last year the plan covers.")

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise invalid("period_reversed", {"start": self.start, "end": self.end})
        return self


class Note(Strict):
    """A statement about the source, with the lines that support it (if any)."""

    text: Text
    lines: Lines | None = None


class Source(Strict):
    file: Text = Field(description="File name under data/sources/, unchanged from the seed.")
    origin: str | None = Field(default=None, description="Where the text was published, as the source itself says.")
    completeness: Literal["complete", "partial"] = Field(
        description="'partial' when the text is known to be cut off or to have lost parts."
    )
    missing: list[Note] = Field(default_factory=list, description="What is known to be missing from the source text.")
    notes: list[Note] = Field(
        default_factory=list,
        description="Other facts about the source: debris removed, how metadata was found.",
    )


class PlanMeta(Strict):
    """plan.yaml: everything about a plan except its body."""

    id: Slug = Field(description="Must equal the plan folder's name.")
    title: Filled = Field(description="Full title as the plan writes it.")
    short_title: Filled
    issuer: str | None = Field(default=None, description="Issuing body; null when unknown.")
    level: Level
    region: Filled = Field(description="Province or city the plan covers, e.g. 平顶山市.")
    parent: Slug | None = Field(default=None, description="Id of the plan one level up (a city's province plan).")
    kind: Kind
    status: Status
    period: Period
    issued: dt.date | None = Field(default=None, description="Date the plan was issued (成文).")
    published: dt.date | None = Field(default=None, description="Date it was published.")
    doc_number: str | None = Field(default=None, description="Document number, e.g. 安政〔2022〕16号.")
    source: Source

"""Shared vocabularies: domains (领域) and indicator concepts."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from generator.model.common import Line, Slug, Strict, invalid

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _colour(value: str) -> str:
    if not COLOUR.fullmatch(value):
        raise invalid("colour")
    return value


Colour = Annotated[str, AfterValidator(_colour), Field(json_schema_extra={"pattern": COLOUR.pattern})]


class Domain(Strict):
    """One policy domain, e.g. 教育. Every chapter, indicator and box belongs to exactly one."""

    id: Slug
    name: Line = Field(description="Chinese name shown on the site.")
    colour: Colour = Field(description="Hex colour used in charts, e.g. #1f77b4.")
    description: str = ""


class Concept(Strict):
    """The same measure across plans (e.g. 义务教育巩固率), so plans can be compared."""

    id: Slug
    name: Line = Field(description="Canonical Chinese name of the measure.")
    domain: Slug = Field(description="Domain id (see data/domains.yaml).")
    unit: str | None = Field(default=None, description="Unit shared by the plans, if any.")
    aliases: list[str] = Field(default_factory=list, description="Other wordings of the name used by plans.")


class Taxonomy(Strict):
    domains: list[Domain]


class ConceptList(Strict):
    concepts: list[Concept]

"""Shared vocabularies: domains (领域) and indicator concepts."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from generator.model.common import Slug, Strict, Text

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


class Domain(Strict):
    """One policy domain, e.g. 教育. Every chapter, indicator and box belongs to exactly one."""

    id: Slug
    name: Text = Field(description="Chinese name shown on the site.")
    colour: Colour = Field(description="Hex colour used in charts, e.g. #1f77b4.")
    description: str = ""


class Concept(Strict):
    """The same measure across plans (e.g. 义务教育巩固率), so plans can be compared."""

    id: Slug
    name: Text = Field(description="Canonical Chinese name of the measure.")
    domain: Slug = Field(description="Domain id (see data/domains.yaml).")
    unit: str | None = Field(default=None, description="Unit shared by the plans, if any.")
    aliases: list[str] = Field(default_factory=list, description="Other wordings of the name used by plans.")


class Taxonomy(Strict):
    domains: list[Domain]


class ConceptList(Strict):
    concepts: list[Concept]

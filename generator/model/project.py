"""Flagship projects: the 专栏 boxes and their items."""

from __future__ import annotations

from pydantic import Field

from generator.model.common import Line, Lines, Slug, Strict, Text


class ProjectItem(Strict):
    id: Slug = Field(description="Stable anchor, unique within the plan.")
    number: str | None = Field(default=None, description="As written: 1, 2, …; null if none.")
    title: str | None = Field(default=None, description="Lead phrase; null if none.")
    text: Text
    lines: Lines


class ProjectBox(Strict):
    """A 专栏 box: a titled list of flagship projects inside a chapter."""

    id: Slug
    number: str = Field(description="The box's number as written, e.g. 1.")
    title: Line
    chapter: Slug = Field(description="Id of the chapter the box sits in.")
    section: Slug | None = Field(default=None, description="Id of the section, if inside one.")
    domain: Slug
    lines: Lines
    items: list[ProjectItem]


class ProjectList(Strict):
    """projects.yaml."""

    boxes: list[ProjectBox]

"""Building blocks shared by every model: the strict base, ids, locators."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from generator.messages import CATALOG


def invalid(name: str, ctx: dict[str, Any] | None = None) -> PydanticCustomError:
    """A validation error declared once, in the message catalogue: its type is the catalogue's name
    (what editors read is chosen from it by ``located.message``), its text the catalogue's English."""
    return PydanticCustomError(name, CATALOG[name][1], ctx)


SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

SLUG = re.compile(SLUG_PATTERN)


def _slug(value: str) -> str:
    if not SLUG.fullmatch(value):
        raise invalid("slug")
    return value


Slug = Annotated[
    str,
    StringConstraints(max_length=64),
    AfterValidator(_slug),
    Field(
        description="ASCII slug: lower-case letters, digits and single hyphens; used in URLs.",
        json_schema_extra={"pattern": SLUG_PATTERN},
    ),
]

Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


def _not_blank(value: str) -> str:
    if not value.strip():
        raise invalid("blank")
    return value


NonBlank = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(_not_blank)]


def _no_placeholder(value: str) -> str:
    if re.fullmatch(r"（[^（）]{1,12}）", value.strip()):
        raise invalid("placeholder")
    return value


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise invalid("one_line")
    return value


Line = Annotated[str, StringConstraints(min_length=1, max_length=500), AfterValidator(_one_line)]
Filled = Annotated[
    str, StringConstraints(min_length=1, max_length=500), AfterValidator(_one_line), AfterValidator(_no_placeholder)
]


class Strict(BaseModel):
    """Base for every data model: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def _check_lines(value: tuple[int, int]) -> tuple[int, int]:
    start, end = value
    if start < 1:
        raise invalid("lines_start")
    if end < start:
        raise invalid("lines_reversed", {"start": start, "end": end})
    return value


Lines = Annotated[
    tuple[int, int],
    AfterValidator(_check_lines),
    Field(
        description=(
            "Locator: the first and last line (1-based, inclusive) in the plan's source file "
            "that this item was taken from, e.g. [40, 52]."
        )
    ),
]

"""Building blocks shared by every model: the strict base, ids, locators."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

SLUG = re.compile(SLUG_PATTERN)


def _slug(value: str) -> str:
    if not SLUG.fullmatch(value):
        raise PydanticCustomError(
            "slug",
            "must be a URL-safe id: lower-case ASCII letters, digits and single hyphens (e.g. anyang-2021-2025)",
        )
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
        raise PydanticCustomError("blank", "must not be blank; remove the field instead of leaving it empty")
    return value


NonBlank = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(_not_blank)]


def _no_placeholder(value: str) -> str:
    if re.fullmatch(r"（[^（）]{1,12}）", value.strip()):
        raise PydanticCustomError("placeholder", "is still a placeholder from new-plan; fill in the real text")
    return value


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise PydanticCustomError("one_line", "must be one line: a title or name cannot contain a line break")
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
        raise PydanticCustomError("lines_start", "line numbers start at 1")
    if end < start:
        raise PydanticCustomError(
            "lines_reversed", "the range ends ({end}) before it starts ({start})", {"start": start, "end": end}
        )
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

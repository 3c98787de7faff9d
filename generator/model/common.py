"""Building blocks shared by every model: the strict base, ids, locators."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, max_length=64),
    Field(description="ASCII slug: lower-case letters, digits and single hyphens; used in URLs."),
]

Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


class Strict(BaseModel):
    """Base for every data model: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def _check_lines(value: tuple[int, int]) -> tuple[int, int]:
    start, end = value
    if start < 1:
        raise ValueError("line numbers start at 1")
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
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

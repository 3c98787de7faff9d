"""data/redirects.yaml: old page → where it moved. Only plain site paths and https government
addresses are accepted: the redirect plugin pastes targets into <script> and <meta> unescaped."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from generator.model.common import Strict, invalid

PAGE_PATH = re.compile(r"^(?:[a-z0-9][a-z0-9_-]*/)*index\.md$")
EXTERNAL = re.compile(r"^https://(?:[a-z0-9-]+\.)+gov\.cn(?:/[A-Za-z0-9_./~-]*)?$")


def _page_path(value: str) -> str:
    if not PAGE_PATH.fullmatch(value) or "/../" in f"/{value}":
        raise invalid("redirect_path")
    return value


# folders the build fills with generated files (search index, theme assets, downloads, embeds,
# source texts): no page was ever published there, so no redirect may claim an address in them
GENERATED = ("assets", "pagefind", "data", "embed", "sources", "search", "stylesheets", "javascripts")


def _old_path(value: str) -> str:
    value = _page_path(value)
    folder = value.split("/", 1)[0]
    if folder in GENERATED:
        raise invalid("redirect_generated", {"old": value, "folder": folder})
    return value


def _target(value: str) -> str:
    if EXTERNAL.fullmatch(value):
        return value
    return _page_path(value)


OldPath = Annotated[str, AfterValidator(_old_path)]
Target = Annotated[str, AfterValidator(_target)]


class Redirects(Strict):
    """redirects.yaml."""

    redirects: dict[OldPath, Target] = Field(
        default_factory=dict,
        description="Old page path → new page path (or an https address on a gov.cn host).",
    )

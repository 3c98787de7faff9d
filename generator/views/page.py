"""What the views produce: pages with typed contexts, data files and embeds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, TypeAlias

from generator import urls

NavItem: TypeAlias = dict[str, "str | list[NavItem]"]


class Context:
    """Base of every template context: a frozen dataclass naming its template. No callables."""

    template: ClassVar[str]


@dataclass(frozen=True)
class Page:
    url: str
    title: str
    context: Context

    @property
    def file(self) -> str:
        return urls.page_file(self.url)

    @property
    def template(self) -> str:
        return self.context.template


@dataclass(frozen=True)
class FileOut:
    path: str  # under content/
    data: bytes


@dataclass(frozen=True)
class Embed:
    """A standalone HTML page (not Markdown) for <iframe> embedding."""

    path: str  # under content/
    context: Context


@dataclass
class Part:
    """The output of one family of pages; parts add up to the site view."""

    pages: list[Page] = field(default_factory=list)
    files: list[FileOut] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)

    def __iadd__(self, other: Part) -> Part:
        self.pages += other.pages
        self.files += other.files
        self.embeds += other.embeds
        return self


@dataclass(frozen=True)
class SiteView:
    pages: tuple[Page, ...]
    files: tuple[FileOut, ...]
    embeds: tuple[Embed, ...]
    nav: tuple[NavItem, ...]
    plans: dict[str, tuple[str, ...]] = field(default_factory=dict)  # plan id → its outputs' paths

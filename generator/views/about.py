"""关于本站: where every plan's text comes from, how the site is made, and the tools it is built with
(the footer of every page links here and carries the publisher and the data's licence)."""

from __future__ import annotations

from dataclasses import dataclass

from generator import urls
from generator.sitemodel.site import Site
from generator.sitemodel.vocabulary import plan_name
from generator.views.page import Context, Page


@dataclass(frozen=True)
class PlanSource:
    name: str
    link: str  # the plan's page
    issuer: str  # "" when the plan does not say
    origin: str  # where the text was published, as the source says; "" when unknown
    text_link: str  # the reading view of the archived text


@dataclass(frozen=True)
class Tool:
    name: str
    link: str
    what: str


# The tools the site is built with (credited here rather than in every page's footer).
TOOLS = (
    Tool("MkDocs", "https://www.mkdocs.org/", "由 Markdown 生成网页"),
    Tool("Material for MkDocs", "https://squidfunk.github.io/mkdocs-material/", "网页主题"),
    Tool("Pagefind", "https://pagefind.app/", "站内搜索"),
    Tool("Plotly", "https://plotly.com/javascript/", "图表"),
)


@dataclass(frozen=True)
class AboutContext(Context):
    template = "about.md.j2"
    plans: list[PlanSource]
    tracker: str
    downloads: str
    tools: tuple[Tool, ...]


def about_page(site: Site) -> Page:
    here = urls.about()
    plans = [
        PlanSource(
            name=plan_name(p.meta),
            link=urls.link(here, urls.plan(p.id)),
            issuer=p.meta.issuer or "",
            origin=p.meta.source.origin or "",
            text_link=urls.link(here, urls.source(p.id)),
        )
        for p in site.plans
    ]
    context = AboutContext(
        plans=plans,
        tracker=urls.link(here, urls.observations()),
        downloads=urls.link(here, urls.downloads()),
        tools=TOOLS,
    )
    return Page(here, "关于本站", context)

"""The home page and the site-wide navigation."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from generator import urls
from generator.escape import mkdocs_text
from generator.sitemodel.site import Site
from generator.sitemodel.vocabulary import NAV_PLANS, chapter_label, plan_name
from generator.views import charts
from generator.views.concepts import ConceptIndex
from generator.views.page import Context, NavItem, Page
from generator.views.progress import StatusCounts, plans_counts
from generator.views.rows import PlanCard, plan_card

NAV_PLAN_LIMIT = 30  # plans listed in the site-wide navigation, at most
PALETTE = [
    "#333333",
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
]
TOTALS = ("chapters", "measures", "indicators", "boxes", "box_items")


@dataclass(frozen=True)
class DomainCountRow:
    domain: str
    link: str
    counts: list[int]


@dataclass(frozen=True)
class HomeContext(Context):
    template = "home.md.j2"
    plans: list[PlanCard]
    figure: str | None
    table: list[DomainCountRow]
    series: list[str]
    totals: dict[str, int]
    compare: str
    downloads: str
    shared: int
    status_counts: StatusCounts | None = None
    tracker: str = ""


def home_page(site: Site, concepts: ConceptIndex) -> Page:
    plans = [dataclasses.replace(c, link=urls.link("", c.url)) for c in map(plan_card, site.plans)]
    domains = site.domains
    colours = [PALETTE[i % len(PALETTE)] for i in range(len(site.plans))]
    series = [
        (plan_name(p.meta), colour, [sum(1 for i in p.indicators if i.domain == d.id) for d in domains])
        for p, colour in zip(site.plans, colours, strict=True)
    ]
    figure = charts.stacked_figure([d.name for d in domains], series) if site.plans else None
    table = [
        DomainCountRow(d.name, urls.link("", urls.domain(d.id)), [s[2][k] for s in series])
        for k, d in enumerate(domains)
    ]
    context = HomeContext(
        plans=plans,
        figure=figure,
        table=table,
        series=[s[0] for s in series],
        totals={k: sum(c.counts[k] for c in plans) for k in TOTALS},
        compare=urls.link("", urls.compare()),
        downloads=urls.link("", urls.downloads()),
        shared=len(concepts.shared),
        status_counts=plans_counts(site, ""),
        tracker=urls.link("", urls.observations()),
    )
    return Page("", "首页", context)


def nav(site: Site) -> list[NavItem]:
    """Navigation in each plan's own order. Labels are HTML-escaped: MkDocs prints them raw."""
    out: list[NavItem] = [{"首页": "index.md"}]
    plans: list[NavItem] = []
    for p in site.plans:
        entries: list[NavItem] = [{"概览": urls.page_file(urls.plan(p.id))}]
        entries += [{mkdocs_text(chapter_label(c)): urls.page_file(urls.chapter(p.id, c.id))} for c in p.chapters]
        entries += [
            {"指标": urls.page_file(urls.indicators(p.id))},
            {"专栏项目": urls.page_file(urls.projects(p.id))},
            {"原文": urls.page_file(urls.source(p.id))},
        ]
        plans.append({mkdocs_text(plan_name(p.meta)): entries})
    if len(plans) <= NAV_PLAN_LIMIT:
        out.append({NAV_PLANS: plans})
    # beyond the limit, plans are reached from the home page's list and each plan page's
    # contents: a site-wide nav of every plan would make every page grow with the site
    domains: list[NavItem] = [{"全部领域": urls.page_file(urls.domains())}]
    domains += [{mkdocs_text(d.name): urls.page_file(urls.domain(d.id))} for d in site.domains]
    out.append({"领域": domains})
    out.append({"对比": urls.page_file(urls.compare())})
    out.append({"进展": urls.page_file(urls.observations())})
    out.append({"下载": urls.page_file(urls.downloads())})
    out.append({"最近更新": urls.page_file(urls.changes())})
    out.append({"关于本站": urls.page_file(urls.about())})
    return out

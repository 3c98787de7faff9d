"""Pages across plans: the domains (comparisons holds the comparison pages). Beyond DOMAIN_PLANS plans they page."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from generator import urls
from generator.model import Domain, ProjectItem
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.vocabulary import chapter_label, plan_name
from generator.views.page import Context, Page
from generator.views.progress import StatusCounts, plans_counts
from generator.views.rows import LinkedIndicatorRow, linked_row


@dataclass(frozen=True)
class DomainItem:
    plan: str
    box_number: str
    item: ProjectItem
    link: str


@dataclass(frozen=True)
class DomainChapter:
    plan: str
    label: str
    link: str


@dataclass(frozen=True)
class DomainPlanRow:
    """One plan's share of a domain, on a domain page too long to list every row."""

    plan: str
    plan_id: str
    plan_link: str
    indicators: int
    indicators_link: str
    items: int
    items_link: str
    chapters: int


@dataclass(frozen=True)
class PagerLink:
    number: int
    link: str  # empty on the page itself


@dataclass(frozen=True)
class DomainContext(Context):
    template = "domain.md.j2"
    domain: Domain
    indicators: list[LinkedIndicatorRow]
    items: list[DomainItem]
    chapters: list[DomainChapter]
    status_counts: StatusCounts | None = None
    # with more than DOMAIN_PLANS plans in the domain: counts per plan, in pages
    plan_rows: list[DomainPlanRow] = field(default_factory=list)
    totals: tuple[int, int, int, int] = (0, 0, 0, 0)  # plans, indicators, items, chapters
    pager: list[PagerLink] = field(default_factory=list)


# A domain page lists every plan's indicators, items and chapters up to this many plans;
# beyond, it lists counts per plan, this many plans a page, so no page grows with the site.
DOMAIN_PLANS = 20


@dataclass(frozen=True)
class DomainCard:
    domain: Domain
    indicators: int
    items: int
    link: str


@dataclass(frozen=True)
class DomainsContext(Context):
    template = "domains.md.j2"
    cards: list[DomainCard]


def domain_pages(site: Site) -> list[Page]:
    pages = [page for d in site.domains for page in domain_page(site, d)]
    cards = [
        DomainCard(
            d,
            sum(1 for p in site.plans for i in p.indicators if i.domain == d.id),
            sum(len(b.items) for p in site.plans for b in p.boxes if b.domain == d.id),
            urls.link(urls.domains(), urls.domain(d.id)),
        )
        for d in site.domains
    ]
    return [*pages, Page(urls.domains(), "领域", DomainsContext(cards))]


def domain_page(site: Site, d: Domain) -> list[Page]:
    """The domain's page; when more than DOMAIN_PLANS plans share the domain, its pages."""
    url = urls.domain(d.id)
    rows = [_plan_row(p, d, url) for p in site.plans]
    plans = [p for p, r in zip(site.plans, rows, strict=True) if r.indicators or r.items or r.chapters]
    if len(plans) <= DOMAIN_PLANS:
        return [_full_domain_page(site, d)]
    rows = [r for r in rows if r.indicators or r.items or r.chapters]
    totals = (len(rows), sum(r.indicators for r in rows), sum(r.items for r in rows), sum(r.chapters for r in rows))
    groups = [plans[k : k + DOMAIN_PLANS] for k in range(0, len(plans), DOMAIN_PLANS)]
    addresses = [urls.domain_page(d.id, n) for n in range(1, len(groups) + 1)]
    out = []
    for n, (here, group) in enumerate(zip(addresses, groups, strict=True), start=1):
        # the whole domain's total on every page, its links made from this page's own address
        counts = replace(
            plans_counts(site, here, domain=d.id, plans=group), total=plans_counts(site, here, domain=d.id).total
        )
        pager = [PagerLink(k, "" if a == here else urls.link(here, a)) for k, a in enumerate(addresses, start=1)]
        title = d.name if n == 1 else f"{d.name}（第{n}页）"
        context = DomainContext(d, [], [], [], counts, [_plan_row(p, d, here) for p in group], totals, pager)
        out.append(Page(here, title, context))
    return out


def _plan_row(p: Plan, d: Domain, url: str) -> DomainPlanRow:
    return DomainPlanRow(
        plan=plan_name(p.meta),
        plan_id=p.id,
        plan_link=urls.link(url, urls.plan(p.id)),
        indicators=sum(1 for i in p.indicators if i.domain == d.id),
        indicators_link=urls.link(url, urls.indicators(p.id)),
        items=sum(len(b.items) for b in p.boxes if b.domain == d.id),
        items_link=urls.link(url, urls.projects(p.id)),
        chapters=sum(1 for c in p.chapters if c.domain == d.id),
    )


def _full_domain_page(site: Site, d: Domain) -> Page:
    url = urls.domain(d.id)
    inds = [linked_row(site, p, i, url) for p in site.plans for i in p.indicators if i.domain == d.id]
    items = [
        DomainItem(plan_name(p.meta), b.number, it, urls.link(url, urls.project_item(p.id, it.id)))
        for p in site.plans
        for b in p.boxes
        if b.domain == d.id
        for it in b.items
    ]
    chapters = [
        DomainChapter(plan_name(p.meta), chapter_label(c), urls.link(url, urls.chapter(p.id, c.id)))
        for p in site.plans
        for c in p.chapters
        if c.domain == d.id
    ]
    counts = plans_counts(site, url, domain=d.id) if inds else None
    return Page(url, d.name, DomainContext(d, inds, items, chapters, counts))

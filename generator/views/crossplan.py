"""Pages across plans: domains and comparisons. They grow with the number of plans."""

from __future__ import annotations

from dataclasses import dataclass

from generator import urls
from generator.model import Concept, Domain, ProjectItem
from generator.site import Site
from generator.views.concepts import Cascade, ConceptIndex, ConceptRow, YearChart
from generator.views.labels import chapter_label, plan_name, value_text
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
class DomainContext(Context):
    template = "domain.md.j2"
    domain: Domain
    indicators: list[LinkedIndicatorRow]
    items: list[DomainItem]
    chapters: list[DomainChapter]
    status_counts: StatusCounts | None = None


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


@dataclass(frozen=True)
class Cell:
    text: str
    link: str


@dataclass(frozen=True)
class MatrixRow:
    concept: Concept
    cells: list[list[Cell]]
    link: str


@dataclass(frozen=True)
class CompareContext(Context):
    template = "compare.md.j2"
    plans: list[str]
    matrix: list[MatrixRow]


@dataclass(frozen=True)
class ConceptContext(Context):
    template = "concept.md.j2"
    concept: Concept
    domain: Domain
    rows: list[ConceptRow]
    charts: list[YearChart]
    cascade: list[Cascade]
    has_province: bool
    has_draft: bool
    compare_link: str


def domain_pages(site: Site) -> list[Page]:
    pages = [domain_page(site, d) for d in site.domains]
    cards = [
        DomainCard(
            d,
            len(p.context.indicators),
            len(p.context.items),
            urls.link(urls.domains(), urls.domain(d.id)),
        )
        for d, p in zip(site.domains, pages, strict=True)
        if isinstance(p.context, DomainContext)
    ]
    return [*pages, Page(urls.domains(), "领域", DomainsContext(cards))]


def domain_page(site: Site, d: Domain) -> Page:
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


def compare_pages(site: Site, concepts: ConceptIndex) -> list[Page]:
    here = urls.compare()
    matrix = []
    for cid in concepts.shared:
        cells = [
            [
                Cell(value_text(i.target), urls.link(here, urls.indicator(p.id, i.id)))
                for q, i in concepts.by_concept[cid]
                if q.id == p.id
            ]
            for p in site.plans
        ]
        matrix.append(MatrixRow(site.concept_by_id[cid], cells, urls.link(here, urls.concept(cid))))
    pages = [Page(here, "跨规划对比", CompareContext([plan_name(p.meta) for p in site.plans], matrix))]
    return pages + [concept_page(site, concepts, cid) for cid in concepts.shared]


def concept_page(site: Site, concepts: ConceptIndex, cid: str) -> Page:
    concept = site.concept_by_id[cid]
    url = urls.concept(cid)
    rows = concepts.rows(cid, url)
    context = ConceptContext(
        concept,
        site.domain_by_id[concept.domain],
        rows,
        concepts.figures(cid),
        concepts.cascade(cid),
        any(r.province for r in rows),
        any(r.draft for r in rows),
        urls.link(url, urls.compare()),
    )
    return Page(url, concept.name, context)

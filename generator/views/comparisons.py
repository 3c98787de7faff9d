"""The comparison pages: compare/ (the matrix) and compare/<concept>/ (one concept across plans).

Up to COMPARE_PLANS plans they show everything; beyond, compare/ counts the plans of each
concept instead of a column per plan, and a concept's page keeps the province and a summary
while its cities go in pages of COMPARE_PLANS plans, so no page grows with the site.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from generator import urls
from generator.model import Concept, Domain
from generator.site import Site
from generator.views.concepts import COMPARE_PLANS, Cascade, ConceptIndex, ConceptRow, YearChart, cascade_of
from generator.views.labels import plan_name, value_text
from generator.views.page import Context, Page

# The first page links every page; the others link the first, the last and this many either side.
PAGER_WINDOW = 2


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
class ConceptCount:
    """A shared concept and how many plans measure it, on compare/ when a column per plan is too many."""

    concept: Concept
    plans: int
    link: str


@dataclass(frozen=True)
class CompareContext(Context):
    template = "compare.md.j2"
    plans: list[str]
    matrix: list[MatrixRow]
    counts: list[ConceptCount] = field(default_factory=list)  # instead of the matrix, beyond COMPARE_PLANS
    plans_total: int = 0


@dataclass(frozen=True)
class RelationCount:
    """City targets of one target year, by relation to the province's."""

    year: int | str
    above: int
    equal: int
    below: int
    other: int  # not comparable, or no province target


@dataclass(frozen=True)
class RangeLink:
    number: int
    label: str  # the plans on that page, or the province and summary
    link: str  # empty on the page itself


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
    # beyond COMPARE_PLANS plans: the pages, this page's range, and (first page) the summary
    pager: list[RangeLink] = field(default_factory=list)
    range_label: str = ""
    plans_total: int = 0
    summary: list[RelationCount] = field(default_factory=list)


def compare_pages(site: Site, concepts: ConceptIndex) -> list[Page]:
    here = urls.compare()
    if len(site.plans) > COMPARE_PLANS:
        counts = [
            ConceptCount(
                site.concept_by_id[cid],
                len({p.id for p, _ in concepts.by_concept[cid]}),
                urls.link(here, urls.concept(cid)),
            )
            for cid in concepts.shared
        ]
        context = CompareContext([], [], counts, len(site.plans))
    else:
        context = CompareContext([plan_name(p.meta) for p in site.plans], _matrix(site, concepts, here))
    pages = [Page(here, "跨规划对比", context)]
    return pages + [page for cid in concepts.shared for page in concept_pages(site, concepts, cid)]


def _matrix(site: Site, concepts: ConceptIndex, here: str) -> list[MatrixRow]:
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
    return matrix


def concept_pages(site: Site, concepts: ConceptIndex, cid: str) -> list[Page]:
    """The concept's page; beyond COMPARE_PLANS plans, a first page and one page per group of cities."""
    groups = concepts.city_groups(cid)
    if not groups:
        return [concept_page(site, concepts, cid)]
    everything = concepts.rows(cid, "")
    names = {r.plan_id: r.plan for r in everything}
    labels = ["省级规划与汇总", *(f"{names[g[0]]}—{names[g[-1]]}" for g in groups)]
    addresses = [urls.concept_page(cid, n) for n in range(1, len(labels) + 1)]
    total = len(names)
    pages = []
    for n, here in enumerate(addresses, start=1):
        pager = [
            RangeLink(k, label, "" if a == here else urls.link(here, a))
            for k, (a, label) in enumerate(zip(addresses, labels, strict=True), start=1)
            if n == 1 or k in (1, len(addresses)) or abs(k - n) <= PAGER_WINDOW
        ]
        rows = concepts.rows(cid, here)
        if n == 1:
            context = _context(site, cid, here, [r for r in rows if r.province], [], [])
            context = _paged(context, pager, labels[0], total, _summary(everything))
        else:
            shown = [r for r in rows if r.province or r.plan_id in groups[n - 2]]
            context = _context(
                site, cid, here, [r for r in shown if not r.province], concepts.charts_of(cid, shown), cascade_of(shown)
            )
            context = _paged(context, pager, labels[n - 1], total, [])
        name = site.concept_by_id[cid].name
        pages.append(Page(here, name if n == 1 else f"{name}（第{n}页）", context))
    return pages


def _paged(
    context: ConceptContext, pager: list[RangeLink], label: str, total: int, summary: list[RelationCount]
) -> ConceptContext:
    return replace(context, pager=pager, range_label=label, plans_total=total, summary=summary)


def _context(
    site: Site, cid: str, url: str, rows: list[ConceptRow], charts: list[YearChart], cascade: list[Cascade]
) -> ConceptContext:
    concept = site.concept_by_id[cid]
    return ConceptContext(
        concept,
        site.domain_by_id[concept.domain],
        rows,
        charts,
        cascade,
        any(r.province for r in rows),
        any(r.draft for r in rows),
        urls.link(url, urls.compare()),
    )


def _summary(rows: list[ConceptRow]) -> list[RelationCount]:
    """Per target year of the city rows: how many are above, equal to, below the province's target."""
    counts: dict[int | str, Counter[str]] = defaultdict(Counter)
    for r, c in zip([r for r in rows if not r.province], cascade_of(rows), strict=True):
        counts[r.target_year][c.relation] += 1
    ordered = sorted(counts.items(), key=lambda kv: (kv[0] == "", str(kv[0])))
    return [RelationCount(y, c["above"], c["equal"], c["below"], c["none"] + c["incomparable"]) for y, c in ordered]


def concept_page(site: Site, concepts: ConceptIndex, cid: str) -> Page:
    url = urls.concept(cid)
    rows = concepts.rows(cid, url)
    context = _context(site, cid, url, rows, concepts.figures(cid), concepts.cascade(cid))
    return Page(url, site.concept_by_id[cid].name, context)

"""The comparison pages: compare/ (the matrix) and compare/<concept>/ (one concept across plans).

Up to COMPARE_PLANS plans they show everything; beyond, compare/ counts the plans of each
concept instead of a column per plan, and a concept's page keeps the province and a summary
while its cities go in pages of COMPARE_PLANS plans, so no page grows with the site.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from generator import urls
from generator.model import Concept, Domain
from generator.sitemodel.site import Site
from generator.sitemodel.targets import target_year
from generator.sitemodel.vocabulary import (
    BASELINE,
    RELATION,
    TARGET,
    dated_value,
    number_text,
    plan_name,
    value_text,
    year_of,
)
from generator.views.concepts import COMPARE_PLANS, Cascade, ConceptIndex, ConceptRow, YearChart, cascade_of
from generator.views.encode import csv_bytes, json_bytes
from generator.views.page import Context, FileOut, Page, Part
from generator.views.tilemap import TileMap, tile_map

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
class Downloads:
    """A comparison's table as files: the same cells as the page, then the numbers behind them."""

    csv: str
    json: str


@dataclass(frozen=True)
class CompareContext(Context):
    template = "compare.md.j2"
    plans: list[str]
    matrix: list[MatrixRow]
    counts: list[ConceptCount] = field(default_factory=list)  # instead of the matrix, beyond COMPARE_PLANS
    plans_total: int = 0
    downloads: Downloads | None = None


# A concept's table: the page's columns (the same words in the CSV), then the data behind them.
TABLE_COLUMNS = ["规划", "指标（原文）", BASELINE, TARGET, "层级", "性质", "与省级目标相比"]
DATA_COLUMNS = ["目标年份", "目标数值", "比较符", "区间上限", "单位", "说明", "比较说明", "规划编号", "指标页面"]


@dataclass(frozen=True)
class TableRow:
    """One row of a concept's table: every cell as the page and the downloads show it."""

    plan: str
    draft: bool
    name: str
    link: str
    baseline: str
    target: str
    level: str
    nature: str
    relation: str  # 高于 / 等于 / 低于 / 无法比较 / 省级未设定; empty for a province's own row
    note: str  # why a target is marked (规划期外目标…), or empty
    sentence: str  # the cascade sentence, or empty
    key: str  # plan id/indicator id

    def cells(self) -> list[str]:
        return [self.plan, self.name, self.baseline, self.target, self.level, self.nature, self.relation]


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
    table: list[TableRow]
    downloads: Downloads
    # beyond COMPARE_PLANS plans: the pages, this page's range, and (first page) the summary
    pager: list[RangeLink] = field(default_factory=list)
    range_label: str = ""
    plans_total: int = 0
    summary: list[RelationCount] = field(default_factory=list)
    map: TileMap | None = None  # the cities' targets and statuses on a tile map (one page per concept)


def compare_part(site: Site, concepts: ConceptIndex) -> Part:
    """compare/ and every concept's pages, each with its table as CSV and JSON."""
    here = urls.compare()
    files = _download_links(here, urls.compare_download)
    if len(site.plans) > COMPARE_PLANS:
        counts = [
            ConceptCount(
                site.concept_by_id[cid],
                len({p.id for p, _ in concepts.by_concept[cid]}),
                urls.link(here, urls.concept(cid)),
            )
            for cid in concepts.shared
        ]
        context = CompareContext([], [], counts, len(site.plans), files)
        header = ["指标", "设定该指标的规划数"]
        cells = [[c.concept.name, str(c.plans)] for c in counts]
    else:
        plans = [plan_name(p.meta) for p in site.plans]
        matrix = _matrix(site, concepts, here)
        context = CompareContext(plans, matrix, downloads=files)
        header = ["指标", *plans]
        cells = [[r.concept.name, *("；".join(x.text for x in cell) for cell in r.cells)] for r in matrix]
    part = Part(pages=[Page(here, "跨规划对比", context)])
    part.files += _files(urls.compare_download, header, cells, {"标题": "跨规划对比"})
    for cid in concepts.shared:
        part += concept_part(site, concepts, cid)
    return part


def _download_links(here: str, address: Callable[[str], str]) -> Downloads:
    return Downloads(urls.link(here, address("csv")), urls.link(here, address("json")))


def _files(
    address: Callable[[str], str], header: list[str], cells: list[list[str]], about: dict[str, str]
) -> list[FileOut]:
    """The same table as CSV (Excel opens it) and JSON (the header's names as keys)."""
    records = [dict(zip(header, row, strict=True)) for row in cells]
    return [
        FileOut(address("csv"), csv_bytes(records, header)),
        FileOut(address("json"), json_bytes({**about, "columns": header, "rows": records})),
    ]


def _matrix(site: Site, concepts: ConceptIndex, here: str) -> list[MatrixRow]:
    matrix = []
    for cid in concepts.shared:
        cells = [
            [
                Cell(
                    dated_value(year_of(i.target), value_text(i.target), not target_year(p.meta.period, i).in_period),
                    urls.link(here, urls.indicator(p.id, i.id)),
                )
                for q, i in concepts.by_concept[cid]
                if q.id == p.id
            ]
            for p in site.plans
        ]
        matrix.append(MatrixRow(site.concept_by_id[cid], cells, urls.link(here, urls.concept(cid))))
    return matrix


def concept_part(site: Site, concepts: ConceptIndex, cid: str) -> Part:
    """A concept's pages and its whole table (every plan, whatever page shows it) as CSV and JSON."""
    everything = concepts.rows(cid, "")
    table = _table(everything, cascade_of(everything))
    concept = site.concept_by_id[cid]
    cells = [[*r.cells(), *_data_cells(row, r)] for row, r in zip(everything, table, strict=True)]
    about = {"指标": concept.name, "概念编号": cid, "页面": urls.concept(cid)}
    address = functools.partial(urls.concept_download, cid)
    return Part(
        pages=concept_pages(site, concepts, cid), files=_files(address, TABLE_COLUMNS + DATA_COLUMNS, cells, about)
    )


def _data_cells(row: ConceptRow, r: TableRow) -> list[str]:
    t = row.target_value
    return [
        str(row.target_year),
        number_text(row.value),
        (t.comparator or "") if t is not None else "",
        number_text(t.upper) if t is not None else "",
        row.unit,
        r.note,
        r.sentence,
        row.plan_id,
        urls.indicator(row.plan_id, row.indicator_id),
    ]


def _table(rows: list[ConceptRow], cascade: list[Cascade]) -> list[TableRow]:
    """The rows as the page shows them, each city row with its relation to the province's target."""
    by_link = {c.link: c for c in cascade}
    out = []
    for r in rows:
        c = by_link.get(r.link)
        out.append(
            TableRow(
                plan=r.plan,
                draft=r.draft,
                name=r.name,
                link=r.link,
                baseline=dated_value(r.baseline_year, r.baseline),
                target=dated_value(r.target_year, r.target, bool(r.target_note)),
                level=r.level,
                nature=r.nature,
                relation=RELATION[c.relation] if c else "",
                note=r.target_note,
                sentence=c.text if c else "",
                key=f"{r.plan_id}/{r.indicator_id}",
            )
        )
    return out


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
        _table(rows, cascade),
        _download_links(url, functools.partial(urls.concept_download, cid)),
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
    context = _context(site, cid, url, rows, concepts.figures(cid), cascade_of(rows))
    context = replace(context, map=tile_map(site, context.table))
    return Page(url, site.concept_by_id[cid].name, context)

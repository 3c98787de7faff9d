"""The tracker's own pages: the overview of later figures, one page per archived source
(cited by line, like a plan's source page), and observations.csv. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import urls
from generator.model.observation import OfficialStatus, PlanObservations, ReportedValue
from generator.sitemodel.site import Site
from generator.sitemodel.status import KINDS, LABEL, METHOD_RULES, OFFICIAL_RULE, Kind
from generator.sitemodel.tracking import SourceText
from generator.sitemodel.vocabulary import date_text, lines_text, number_text, plan_name
from generator.views.encode import csv_bytes
from generator.views.page import Context, FileOut, Page
from generator.views.progress import StatusCounts, plans_counts, status_detail, status_list, status_of

OBSERVATION_COLUMNS = [
    "plan_id",
    "indicator",
    "indicator_name",
    "region",
    "scope",
    "year",
    "period",
    "as_written",
    "value",
    "unit",
    "used_for_status",
    "doubt",
    "note",
    "source",
    "source_title",
    "source_publisher",
    "source_date",
    "source_url",
    "source_lines",
    "source_page",
]


@dataclass(frozen=True)
class SourceCard:
    title: str
    publisher: str
    date: str
    url: str
    reposted_by: str
    note: str
    link: str
    count: int


@dataclass(frozen=True)
class ObservationsContext(Context):
    template = "observations.md.j2"
    method: list[str]
    official_rule: str
    status_counts: StatusCounts
    sources: list[SourceCard]
    csv: str
    downloads: str


@dataclass(frozen=True)
class ObservationSourceContext(Context):
    template = "observation_source.md.j2"
    card: SourceCard
    file: str
    lines: list[tuple[int, str]]
    used_by: list[tuple[str, str]]  # (plan · indicator, link)
    index_link: str


@dataclass(frozen=True)
class StatusItem:
    name: str
    link: str
    plan: str
    detail: str


@dataclass(frozen=True)
class StatusGroup:
    anchor: str
    title: str
    link: str  # the plan's or the domain's own page
    items: list[StatusItem]
    parts: list[StatusGroup]  # a plan's indicators by domain

    @property
    def count(self) -> int:
        return len(self.items) + sum(p.count for p in self.parts)


@dataclass(frozen=True)
class StatusListContext(Context):
    """Every indicator with one computed status: by plan (and domain within it), then by domain."""

    template = "status_list.md.j2"
    kind: str
    label: str
    count: int
    by_plan: list[StatusGroup]
    by_domain: list[StatusGroup]
    others: list[tuple[str, int, str]]  # the other statuses: label, count, link
    tracker: str
    method_link: str


def status_list_pages(site: Site) -> list[Page]:
    """One page per computed status, so every count on the site links to exactly what it counts."""
    found: dict[Kind, list[tuple[str, str, StatusItem]]] = {k: [] for k in KINDS}
    for plan in site.plans:
        for ind in plan.indicators:
            s = status_of(site, plan, ind)
            item = StatusItem(ind.name, urls.indicator(plan.id, ind.id), plan_name(plan.meta), status_detail(s))
            found[s.kind].append((plan.id, ind.domain, item))
    pages = []
    for kind in KINDS:
        here = status_list(kind)

        def rel(item: StatusItem, here: str = here) -> StatusItem:
            return StatusItem(item.name, urls.link(here, item.link), item.plan, item.detail)

        entries = found[kind]
        by_plan = []
        for plan in site.plans:
            mine = [(d, i) for p, d, i in entries if p == plan.id]
            if not mine:
                continue
            parts = [
                StatusGroup(
                    f"p-{plan.id}-{d.id}",
                    d.name,
                    urls.link(here, urls.domain(d.id)),
                    [rel(i) for dom, i in mine if dom == d.id],
                    [],
                )
                for d in site.domains
                if any(dom == d.id for dom, _ in mine)
            ]
            by_plan.append(
                StatusGroup(f"p-{plan.id}", plan_name(plan.meta), urls.link(here, urls.plan(plan.id)), [], parts)
            )
        by_domain = [
            StatusGroup(
                f"d-{d.id}",
                d.name,
                urls.link(here, urls.domain(d.id)),
                [rel(i) for _, dom, i in entries if dom == d.id],
                [],
            )
            for d in site.domains
            if any(dom == d.id for _, dom, _ in entries)
        ]
        others = [(LABEL[k], len(found[k]), urls.link(here, status_list(k))) for k in KINDS if k != kind]
        context = StatusListContext(
            kind=kind,
            label=LABEL[kind],
            count=len(entries),
            by_plan=by_plan,
            by_domain=by_domain,
            others=others,
            tracker=urls.link(here, urls.observations()),
            method_link=urls.link(here, urls.observations() + "#method"),
        )
        pages.append(Page(here, f"计算状态：{LABEL[kind]}", context))
    return pages


def _cited(p: PlanObservations) -> list[ReportedValue | OfficialStatus]:
    return [*p.observations, *p.official]


def _card(site: Site, src: SourceText, from_url: str) -> SourceCard:
    m = src.meta
    uses = [o for p in site.tracking.plans for o in _cited(p) if o.source == m.id]
    return SourceCard(
        title=m.title,
        publisher=m.publisher,
        date=date_text(m.date),
        url=m.url or "",
        reposted_by=m.reposted_by or "",
        note=m.note or "",
        link=urls.link(from_url, urls.observation_source(m.id)),
        count=len(uses),
    )


def _used_by(site: Site, src: SourceText, from_url: str) -> list[tuple[str, str]]:
    out = []
    for p in site.tracking.plans:
        plan = site.plan_by_id[p.plan]
        names = {i.id: i.name for i in plan.indicators}
        for o in _cited(p):
            if o.source != src.id:
                continue
            if o.indicator is None:
                out.append((f"{plan_name(plan.meta)} · 规划整体", urls.link(from_url, urls.plan(plan.id))))
            else:
                label = f"{plan_name(plan.meta)} · {names[o.indicator]}"
                out.append((label, urls.link(from_url, urls.indicator(plan.id, o.indicator))))
    return sorted(set(out))


def tracker_pages(site: Site) -> list[Page]:
    here = urls.observations()
    cards = [_card(site, s, here) for s in site.tracking.sources]
    context = ObservationsContext(
        method=list(METHOD_RULES),
        official_rule=OFFICIAL_RULE,
        status_counts=plans_counts(site, here),
        sources=cards,
        csv=urls.link(here, urls.OBSERVATIONS_CSV),
        downloads=urls.link(here, urls.downloads()),
    )
    pages = [Page(here, "实际进展与来源", context), *status_list_pages(site)]
    for src in site.tracking.sources:
        url = urls.observation_source(src.id)
        ctx = ObservationSourceContext(
            card=_card(site, src, url),
            file=src.meta.file,
            lines=list(enumerate(src.lines, start=1)),
            used_by=_used_by(site, src, url),
            index_link=urls.link(url, here),
        )
        pages.append(Page(url, src.meta.title, ctx))
    return pages


def observation_rows(site: Site) -> list[dict[str, Any]]:
    """observations.csv: one row per later figure, with its source."""
    rows = []
    for p in site.tracking.plans:
        plan = site.plan_by_id[p.plan]
        names = {i.id: i.name for i in plan.indicators}
        for o in p.observations:
            src = site.tracking.source_by_id[o.source].meta
            rows.append(
                {
                    "plan_id": plan.id,
                    "indicator": o.indicator,
                    "indicator_name": names[o.indicator],
                    "region": o.region,
                    "scope": o.scope,
                    "year": o.year if o.year is not None else "",
                    "period": o.period or "",
                    "as_written": o.as_written,
                    "value": number_text(o.value),
                    "unit": o.unit or "",
                    "used_for_status": "yes" if o.scope == "region" and o.doubt is None else "no",
                    "doubt": o.doubt or "",
                    "note": o.note or "",
                    "source": src.id,
                    "source_title": src.title,
                    "source_publisher": src.publisher,
                    "source_date": src.date.isoformat() if src.date else "",
                    "source_url": src.url or "",
                    "source_lines": lines_text(o.lines),
                    "source_page": urls.observation_source(src.id, o.lines),
                }
            )
    return rows


def observations_file(site: Site) -> FileOut:
    return FileOut(urls.OBSERVATIONS_CSV, csv_bytes(observation_rows(site), OBSERVATION_COLUMNS))

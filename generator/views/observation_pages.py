"""The tracker's own pages: the overview of later figures, one page per archived source
(cited by line, like a plan's source page), and observations.csv. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import urls
from generator.model.observation import OfficialStatus, PlanObservations, ReportedValue
from generator.progress import METHOD_TEXT
from generator.site import Site
from generator.tracking import SourceText
from generator.views.encode import csv_bytes
from generator.views.labels import date_text, lines_text, number_text
from generator.views.page import Context, FileOut, Page
from generator.views.progress import StatusCounts, plans_counts

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
    method: str
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
                out.append((f"{plan.meta.short_title} · 规划整体", urls.link(from_url, urls.plan(plan.id))))
            else:
                label = f"{plan.meta.short_title} · {names[o.indicator]}"
                out.append((label, urls.link(from_url, urls.indicator(plan.id, o.indicator))))
    return sorted(set(out))


def tracker_pages(site: Site) -> list[Page]:
    here = urls.observations()
    cards = [_card(site, s, here) for s in site.tracking.sources]
    context = ObservationsContext(
        method=METHOD_TEXT,
        status_counts=plans_counts(site, here),
        sources=cards,
        csv=urls.link(here, urls.OBSERVATIONS_CSV),
        downloads=urls.link(here, urls.downloads()),
    )
    pages = [Page(here, "实际进展与来源", context)]
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

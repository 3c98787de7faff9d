"""规划落实情况: one plan's every indicator on one printable page (A4, print.css) — baseline,
target, the latest published figure, the computed status and the source lines. Pure.

Every value is the one the indicator page shows: rows.indicator_row for baseline, target and
status, progress.later_value for the latest figure; nothing is computed here."""

from __future__ import annotations

from dataclasses import dataclass

from generator import urls
from generator.model import Indicator
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.vocabulary import date_text, lines_text
from generator.views.page import Context, Page
from generator.views.progress import LaterValueView, later_value, status_of
from generator.views.rows import PlanBrief, indicator_row, plan_brief

NO_LATER = "未找到"  # no later figure for the plan's own region in the sources searched


@dataclass(frozen=True)
class ReportRow:
    name: str
    link: str
    domain: str
    baseline: str
    target: str
    latest: LaterValueView | None  # the most recent figure for the plan's own region, not in doubt
    status: str  # the computed status's label (progress.LABEL)
    kind: str
    lines: str  # the indicator's lines in the plan's text
    source_link: str


@dataclass(frozen=True)
class ReportContext(Context):
    template = "report.md.j2"
    plan: PlanBrief
    plan_link: str
    rows: list[ReportRow]
    counts: list[tuple[str, int]]  # status label, how many
    as_of: str
    method_link: str
    no_later: str = NO_LATER


def _latest(site: Site, plan: Plan, ind: Indicator, here: str) -> LaterValueView | None:
    usable = [
        o for o in site.tracking.observations(plan.id, ind.id) if o.scope == "region" and o.doubt is None and o.year
    ]
    if not usable:
        return None
    return later_value(site, max(usable, key=lambda o: o.year or 0), here)


def report_page(site: Site, plan: Plan) -> Page:
    here = urls.report(plan.id)
    rows = []
    for ind in plan.indicators:
        row = indicator_row(site, plan, ind)
        rows.append(
            ReportRow(
                name=row["name"],
                link=urls.link(here, row["url"]),
                domain=row["domain_name"],
                baseline=row["baseline_cell"],
                target=row["target_cell"],
                latest=_latest(site, plan, ind, here),
                status=row["computed_status_label"],
                kind=row["computed_status"],
                lines=lines_text(ind.lines),
                source_link=urls.link(here, urls.source(plan.id, ind.lines)),
            )
        )
    labels = [status_of(site, plan, ind).label for ind in plan.indicators]
    counts = [(label, labels.count(label)) for label in dict.fromkeys(labels)]
    context = ReportContext(
        plan=plan_brief(plan),
        plan_link=urls.link(here, urls.plan(plan.id)),
        rows=rows,
        counts=counts,
        as_of=date_text(site.tracking.as_of),
        method_link=urls.link(here, urls.observations() + "#method"),
    )
    return Page(here, f"{plan_brief(plan).name} · 规划落实情况", context)

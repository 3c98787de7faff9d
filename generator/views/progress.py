"""The tracker's views of one indicator and the counts at a glance: later figures with their
sources, computed and official status. Pure.

The computed status comes from generator/sitemodel/status.py; the official status only from what an
official evaluation says, quoted; the two are never mixed. Nothing published → 未公布."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from generator import urls
from generator.model import Indicator
from generator.model.observation import OfficialStatus, ReportedValue
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.status import KINDS, LABEL, RATE_UNITS, Kind, Status, names_plan
from generator.sitemodel.vocabulary import lines_text, number_text, plan_name

UNPUBLISHED = "未公布"


@dataclass(frozen=True)
class LaterValueView:
    when: str
    region: str
    text: str
    number: str
    unit: str
    source: str
    publisher: str
    lines: str
    link: str
    doubt: str
    note: str


@dataclass(frozen=True)
class OfficialView:
    words: str
    quote: str
    region: str
    when: str
    source: str
    publisher: str
    lines: str
    link: str
    note: str


@dataclass(frozen=True)
class IndicatorProgress:
    kind: str
    label: str
    explanation: str
    year_note: str  # how the target year was read, when the text does not state it
    caveats: list[str]  # a single observation; a starting point from the plan itself
    status_list: str  # the list of every indicator with this status
    method: str
    observations: list[LaterValueView]
    national: list[LaterValueView]
    official: list[OfficialView]
    official_national: list[OfficialView]
    official_label: str
    method_link: str


@dataclass(frozen=True)
class CountRow:
    label: str
    link: str
    counts: list[int]
    total: int
    lists: list[str] = field(default_factory=list)  # per status: the list of exactly these indicators


@dataclass(frozen=True)
class StatusCounts:
    """Targets by computed status at a glance, with rows by domain or by plan."""

    headers: list[str]
    kinds: list[str]
    total: CountRow
    rows: list[CountRow]
    by: str  # 领域 or 规划
    official: list[OfficialView]  # statements on the plan as a whole (plan pages only)
    method_link: str
    not_found: list[str]  # what was searched for and not found (plan pages only)


def status_of(site: Site, plan: Plan, ind: Indicator) -> Status:
    return site.statuses[plan.id, ind.id]


def status_list(kind: str, anchor: str = "") -> str:
    """The page listing every indicator with one computed status; anchors narrow it to one plan
    (p-<plan>), one plan's domain (p-<plan>-<domain>) or one domain across plans (d-<domain>)."""
    return f"{urls.observations()}status/{kind}/" + (f"#{anchor}" if anchor else "")


def status_detail(status: Status) -> str:
    """The explanation with the target year's note and the caveats: what a download carries."""
    note = f"{status.year_note}。" if status.year_note and status.year_note not in status.explanation else ""
    return status.explanation + note + "".join(status.caveats)


def _when(year: int | None, period: str | None) -> str:
    return f"{year}年" if year is not None else (period or "")


def later_value(site: Site, o: ReportedValue, from_url: str) -> LaterValueView:
    src = site.tracking.source_by_id[o.source]
    return LaterValueView(
        when=_when(o.year, o.period),
        region=o.region,
        text=o.as_written,
        number=number_text(o.value),
        unit=o.unit or "",
        source=src.meta.title,
        publisher=src.meta.publisher,
        lines=lines_text(o.lines),
        link=urls.link(from_url, urls.observation_source(o.source, o.lines)),
        doubt=o.doubt or "",
        note=o.note or "",
    )


def official_view(site: Site, o: OfficialStatus, from_url: str) -> OfficialView:
    src = site.tracking.source_by_id[o.source]
    return OfficialView(
        words=o.status,
        quote=o.quote,
        region=o.region,
        when=_when(o.year, None),
        source=src.meta.title,
        publisher=src.meta.publisher,
        lines=lines_text(o.lines),
        link=urls.link(from_url, urls.observation_source(o.source, o.lines)),
        note=o.note or "",
    )


def status_columns(site: Site, plan: Plan, ind: Indicator) -> dict[str, str]:
    """The downloads' status columns: computed and official, each with its sources."""
    status = status_of(site, plan, ind)
    used = [o for o in site.tracking.observations(plan.id, ind.id) if o.scope == "region" and o.doubt is None]
    official = official_words(site, plan, ind)
    return {
        "computed_status": status.kind,
        "computed_status_label": status.label,
        "computed_status_detail": status_detail(status),
        "computed_status_sources": "; ".join(f"{o.source}:{lines_text(o.lines)}" for o in used),
        "official_status": "；".join(o.status for o in official) or UNPUBLISHED,
        "official_status_quote": " / ".join(o.quote for o in official),
        "official_status_sources": "; ".join(f"{o.source}:{lines_text(o.lines)}" for o in official),
    }


def official_words(site: Site, plan: Plan, ind: Indicator) -> list[OfficialStatus]:
    """Official statements on this indicator for the plan's own region (never national ones)."""
    return [o for o in site.tracking.official(plan.id, ind.id) if o.scope == "region"]


def plan_official(site: Site, plan: Plan) -> list[OfficialStatus]:
    """Statements on the plan as a whole that evaluate THIS plan (OFFICIAL_RULE)."""
    return [o for o in site.tracking.official(plan.id, None) if names_plan(plan.meta, o.quote)]


def method_text(site: Site, plan: Plan, ind: Indicator) -> str:
    m = site.tracking.method(plan.id, ind.id)
    if m is not None:
        return f"累计目标（{m.first_year}—{m.last_year}年合计）：{m.reason}"
    status = status_of(site, plan, ind)
    if status.kind in ("out-of-period", "not-applicable"):
        return f"{status.label}。"
    per = f"每年变化的{RATE_UNITS[ind.unit or '']}" if (ind.unit or "") in RATE_UNITS else "年均增长率"
    return f"目标水平：最新实际值与目标比较；未达到的，比较起点以来实际与所需的{per}。"


def indicator_progress(site: Site, plan: Plan, ind: Indicator, from_url: str) -> IndicatorProgress:
    status = status_of(site, plan, ind)
    later = site.tracking.observations(plan.id, ind.id)
    official = official_words(site, plan, ind)
    national = [o for o in site.tracking.official(plan.id, ind.id) if o.scope == "national"]
    return IndicatorProgress(
        kind=status.kind,
        label=status.label,
        explanation=status.explanation,
        year_note=status.year_note,
        caveats=list(status.caveats),
        status_list=urls.link(from_url, status_list(status.kind, f"p-{plan.id}")),
        method=method_text(site, plan, ind),
        observations=[later_value(site, o, from_url) for o in later if o.scope == "region"],
        national=[later_value(site, o, from_url) for o in later if o.scope == "national"],
        official=[official_view(site, o, from_url) for o in official],
        official_national=[official_view(site, o, from_url) for o in national],
        official_label="；".join(o.status for o in official) or UNPUBLISHED,
        method_link=urls.link(from_url, urls.observations() + "#method"),
    )


def _row(label: str, link: str, statuses: Iterable[Status], from_url: str, anchor: str) -> CountRow:
    kinds = [s.kind for s in statuses]
    lists = [urls.link(from_url, status_list(k, anchor)) for k in KINDS]
    return CountRow(label, link, [kinds.count(k) for k in KINDS], len(kinds), lists)


def _counts(
    rows: list[CountRow],
    total: CountRow,
    by: str,
    from_url: str,
    official: list[OfficialView],
    not_found: Sequence[str] = (),
) -> StatusCounts:
    return StatusCounts(
        headers=[LABEL[k] for k in KINDS],
        kinds=list(KINDS),
        total=total,
        rows=rows,
        by=by,
        official=official,
        method_link=urls.link(from_url, urls.observations() + "#method"),
        not_found=list(not_found),
    )


def plan_counts(site: Site, plan: Plan, from_url: str) -> StatusCounts:
    """A plan's targets by computed status, per domain; plus statements on the plan as a whole."""
    statuses = [(ind.domain, status_of(site, plan, ind)) for ind in plan.indicators]
    rows = [
        _row(
            d.name,
            urls.link(from_url, urls.domain(d.id)),
            [s for dom, s in statuses if dom == d.id],
            from_url,
            f"p-{plan.id}-{d.id}",
        )
        for d in site.domains
        if any(dom == d.id for dom, _ in statuses)
    ]
    official = [official_view(site, o, from_url) for o in plan_official(site, plan)]
    tracked = site.tracking.of_plan(plan.id)
    not_found = tracked.not_found if tracked else []
    total = _row("合计", "", [s for _, s in statuses], from_url, f"p-{plan.id}")
    return _counts(rows, total, "领域", from_url, official, not_found)


def plans_counts(
    site: Site, from_url: str, domain: str | None = None, plans: Iterable[Plan] | None = None
) -> StatusCounts:
    """Targets by computed status per plan (all domains, or one; all plans, or these)."""
    rows = []
    everything: list[Status] = []
    for plan in site.plans if plans is None else plans:
        statuses = [status_of(site, plan, i) for i in plan.indicators if domain is None or i.domain == domain]
        if statuses:
            anchor = f"p-{plan.id}" + (f"-{domain}" if domain else "")
            rows.append(_row(plan_name(plan.meta), urls.link(from_url, urls.plan(plan.id)), statuses, from_url, anchor))
            everything += statuses
    total = _row("合计", "", everything, from_url, f"d-{domain}" if domain else "all")
    return _counts(rows, total, "规划", from_url, [])


@dataclass(frozen=True)
class StatusLink:
    label: str
    count: int
    link: str


def status_links(site: Site, plan: Plan, from_url: str) -> list[StatusLink]:
    """A plan's indicators by computed status, each count linking to exactly those indicators."""
    kinds: list[Kind] = [status_of(site, plan, i).kind for i in plan.indicators]
    return [
        StatusLink(LABEL[k], kinds.count(k), urls.link(from_url, status_list(k, f"p-{plan.id}")))
        for k in KINDS
        if k in kinds
    ]


# ---- the tracker's own pages and data file ----

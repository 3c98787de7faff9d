"""Pieces several page families share: a plan's card, an indicator's row, a citation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from generator import urls
from generator.model import Indicator
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.targets import target_year
from generator.sitemodel.vocabulary import (
    KIND,
    LEVEL,
    NATURE,
    ORIGIN,
    STATUS,
    UNSTATED,
    date_text,
    dated_value,
    formal_title,
    full_title,
    lines_text,
    number_text,
    plan_name,
    value_text,
    year_of,
)
from generator.views import progress, share

STATUS_COLUMNS = [
    "computed_status",
    "computed_status_label",
    "computed_status_detail",
    "computed_status_sources",
    "official_status",
    "official_status_quote",
    "official_status_sources",
]
INDICATOR_COLUMNS = [
    "plan_id",
    "plan_title",
    "id",
    "name",
    "name_composed",
    "concept",
    "domain",
    "category",
    "unit",
    "baseline_year",
    "baseline",
    "baseline_value",
    "baseline_comparator",
    "target_year",
    "target",
    "target_value",
    "target_comparator",
    "target_upper",
    "target_year_note",
    "nature",
    "origin",
    "source_lines",
    "url",
    *STATUS_COLUMNS,
]


@dataclass(frozen=True)
class PlanCard:
    id: str
    title: str
    short_title: str
    name: str  # region · plan, the one display name (labels.plan_name)
    heading: str
    draft: bool
    issuer: str
    level: str
    region: str
    kind: str
    status: str
    period: str
    doc_number: str
    issued: str
    published: str
    completeness: str
    partial: bool
    counts: dict[str, int]
    url: str
    link: str = ""  # relative to the page that lists the card
    image: str = ""  # the share image's site-relative path (generator/views/share.py); empty: none


@dataclass(frozen=True)
class PlanBrief:
    """What a page inside a plan says about the plan."""

    id: str
    title: str
    short_title: str
    region: str
    name: str
    heading: str
    draft: bool
    issuer: str | None
    doc_number: str | None
    partial: bool
    image: str = ""  # the share image's site-relative path (generator/views/share.py); empty: none


class IndicatorRow(TypedDict):
    """One indicator as a row: the CSV download's columns plus two display names."""

    plan_id: str
    plan_title: str
    plan_short: str
    id: str
    name: str
    name_composed: str
    concept: str
    domain: str
    domain_name: str
    category: str
    unit: str
    baseline_year: int | str
    baseline: str
    baseline_value: str
    baseline_comparator: str
    target_year: int | str
    target: str
    target_value: str
    target_comparator: str
    target_upper: str
    target_year_note: str  # the target's year outside the plan's period, or assumed (targets.target_year)
    baseline_cell: str  # as a table shows them: 2025年：≥95%, marked when outside the period
    target_cell: str
    nature: str
    origin: str
    source_lines: str
    url: str
    computed_status: str
    computed_status_label: str
    computed_status_detail: str
    computed_status_sources: str
    official_status: str
    official_status_quote: str
    official_status_sources: str


class LinkedIndicatorRow(IndicatorRow):
    link: str


def plan_card(plan: Plan) -> PlanCard:
    m = plan.meta
    return PlanCard(
        id=m.id,
        title=m.title,
        short_title=m.short_title,
        name=plan_name(m),
        heading=full_title(m),
        draft=m.status == "draft",
        issuer=m.issuer or UNSTATED,
        level=LEVEL[m.level],
        region=m.region,
        kind=KIND[m.kind],
        status=STATUS[m.status],
        period=f"{m.period.start}—{m.period.end}年",
        doc_number=m.doc_number or UNSTATED,
        issued=date_text(m.issued),
        published=date_text(m.published),
        completeness="完整" if m.source.completeness == "complete" else "不完整（部分缺失）",
        partial=m.source.completeness == "partial",
        counts=plan.counts(),
        url=urls.plan(m.id),
        image=share.image_of(m.id),
    )


def plan_brief(plan: Plan) -> PlanBrief:
    m = plan.meta
    return PlanBrief(
        m.id,
        m.title,
        m.short_title,
        m.region,
        plan_name(m),
        full_title(m),
        m.status == "draft",
        m.issuer,
        m.doc_number,
        m.source.completeness == "partial",
        share.image_of(m.id),
    )


def indicator_row(site: Site, plan: Plan, ind: Indicator) -> IndicatorRow:
    b, t = ind.baseline, ind.target
    status = progress.status_columns(site, plan, ind)
    when = target_year(plan.meta.period, ind)
    return IndicatorRow(
        plan_id=plan.id,
        plan_title=plan.meta.title,
        plan_short=plan_name(plan.meta),
        id=ind.id,
        name=ind.name,
        name_composed="yes" if ind.name_composed else "no",
        concept=ind.concept or "",
        domain=ind.domain,
        domain_name=site.domain_by_id[ind.domain].name,
        category=ind.category or "",
        unit=ind.unit or "",
        baseline_year=year_of(b),
        baseline=value_text(b) if b else "",
        baseline_value=number_text(b.value if b else None),
        baseline_comparator=(b.comparator or "") if b else "",
        target_year=year_of(t),
        target=value_text(t) if t else "",
        target_value=number_text(t.value if t else None),
        target_comparator=(t.comparator or "") if t else "",
        target_upper=number_text(t.upper if t else None),
        target_year_note=when.note if t else "",
        baseline_cell=dated_value(year_of(b), value_text(b)) if b else "",
        target_cell=dated_value(year_of(t), value_text(t), not when.in_period) if t else "",
        nature=NATURE[ind.nature],
        origin=ORIGIN[ind.origin],
        source_lines=lines_text(ind.lines),
        url=urls.indicator(plan.id, ind.id),
        computed_status=status["computed_status"],
        computed_status_label=status["computed_status_label"],
        computed_status_detail=status["computed_status_detail"],
        computed_status_sources=status["computed_status_sources"],
        official_status=status["official_status"],
        official_status_quote=status["official_status_quote"],
        official_status_sources=status["official_status_sources"],
    )


def linked_row(site: Site, plan: Plan, ind: Indicator, from_url: str) -> LinkedIndicatorRow:
    row = indicator_row(site, plan, ind)
    return LinkedIndicatorRow(**row, link=urls.link(from_url, row["url"]))


def gbt_citation(plan: Plan) -> str:
    """The plan as an electronic resource in GB/T 7714-2015 form, up to its access date:
    责任者. 题名：文号[EB/OL]. (发布日期). The reader's access date and the page's address follow
    it (overrides/assets/js/site.js fills in the date a reader copies it). A responsible body or
    a date the source leaves open is left out, not guessed."""
    m = plan.meta
    title = full_title(m) + (f"：{m.doc_number}" if m.doc_number else "") + "[EB/OL]. "
    when = m.published or m.issued
    return (f"{m.issuer}. " if m.issuer else "") + title + (f"({when.isoformat()})" if when else "")


def citation(plan: Plan, what: str) -> str:
    """How to cite a page: issuer, title, number, date, what; the page's address follows it."""
    m = plan.meta
    parts = [m.issuer or "发布机关原文未载明", formal_title(m)]
    if m.doc_number:
        parts.append(m.doc_number)
    if m.issued:
        parts.append(f"{m.issued.year}年{m.issued.month}月{m.issued.day}日")
    parts.append(what)
    return "，".join(parts) + "。"

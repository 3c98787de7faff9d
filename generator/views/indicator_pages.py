"""One indicator: its page (the permalink journalists cite), its downloads and its embed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from generator import charts, urls
from generator.escape import iframe_snippet
from generator.model import Concept, Domain, Indicator, Observation
from generator.model.observation import ReportedValue
from generator.progress import usable
from generator.site import Plan, Site
from generator.targets import value_words
from generator.views.concepts import ConceptIndex
from generator.views.encode import csv_bytes, json_bytes
from generator.views.generations import GenerationView
from generator.views.history import IndicatorHistory
from generator.views.labels import (
    NATURE,
    lines_text,
    number_text,
    plan_name,
    table_cells,
    value_text,
)
from generator.views.page import Context, Embed, FileOut, Page, Part
from generator.views.peers import PeerRow, comparison
from generator.views.progress import IndicatorProgress, indicator_progress
from generator.views.rows import INDICATOR_COLUMNS, IndicatorRow, PlanBrief, citation, indicator_row, plan_brief

Point = tuple[str, float, str]  # (label, number, as written)


@dataclass(frozen=True)
class ObservationView:
    year: int | str
    text: str
    number: str
    lines: str
    link: str
    source: str = ""  # a later source's title; '' for the plan's own text


@dataclass(frozen=True)
class IndicatorContext(Context):
    template = "indicator.md.j2"
    plan: PlanBrief
    ind: Indicator
    row: IndicatorRow
    domain: Domain
    nature: str
    baseline: str
    target: str
    figure: str | None
    quote_cells: list[str] | None  # a quote that is a table row, shown as one
    observations: list[ObservationView]
    source_link: str
    lines: str
    concept: Concept | None
    peers: list[PeerRow]
    compare_link: str | None
    compare_figure: str | None
    citation: str
    address: str  # the page's public address; empty without SITE_URL (the browser fills it in)
    csv: str
    json: str
    embed: str  # the <iframe> code a reader copies, built with escaping
    embed_src: str  # the embed's address in that code: relative without SITE_URL (site.js completes it)
    plan_link: str
    domain_link: str
    indicators_link: str
    progress: IndicatorProgress | None = None
    values_heading: str = "基期、实际与目标"
    edit: str = ""  # 在 GitHub 上修改: the indicator's line in indicators.yaml; empty without REPO_URL
    history: IndicatorHistory = IndicatorHistory(False, [])  # set by views.site_view from git
    generations: list[GenerationView] = field(default_factory=list)  # the same concept in the next/previous plan
    peers_total: int = 0  # other plans' indicators of the concept, when more than PEERS (only PEERS shown)


@dataclass(frozen=True)
class EmbedContext(Context):
    template = "embed.html.j2"
    title: str
    plan: str
    figure: str | None
    points: list[Point]
    page: str
    baseline: str
    target: str
    assets: str


def chart_points(ind: Indicator, later: Sequence[ReportedValue] = ()) -> list[Point]:
    """Only values the text states as numbers are plotted; the rest stay text. Later figures
    (the plan's own region, without a doubt) are plotted after the plan's own ones."""
    points: list[Point] = []
    if ind.baseline and ind.baseline.value is not None:
        points.append((f"{ind.baseline.year or '基期'}年 基期", ind.baseline.value, ind.baseline.as_written))
    for obs in ind.observations:
        if obs.value is not None:
            points.append((f"{obs.year}年 实际" if obs.year else f"{obs.period} 实际", obs.value, obs.as_written))
    for o in sorted(usable(later), key=lambda o: (o.year is None, o.year or 0)):
        label = f"{o.year}年 实际" if o.year else f"{o.period} 实际"
        points.append((label, o.value, f"{number_text(o.value)}{o.unit or ''}"))  # the phrase is in the table
    if ind.target and ind.target.value is not None:
        points.append((f"{ind.target.year or '期末'}年 目标", ind.target.value, ind.target.as_written))
    return points


def indicator_part(
    site: Site, plan: Plan, ind: Indicator, site_url: str, concepts: ConceptIndex, edit: str = ""
) -> Part:
    """The indicator's page, its CSV and JSON downloads and its embeddable chart; ``edit`` is
    the address of its line in indicators.yaml (views/edit.py), or empty."""
    pid = plan.id
    points = chart_points(ind, site.tracking.observations(pid, ind.id))
    colour = site.domain_by_id[ind.domain].colour
    figure = charts.indicator_figure(points, colour, ind.unit or "") if points else None
    row = indicator_row(site, plan, ind)
    embed_path = urls.embed(pid, ind.id)
    page = urls.indicator(pid, ind.id)
    embed = EmbedContext(
        title=ind.name,
        plan=plan_name(plan.meta),
        figure=figure,
        points=points,
        page=f"{site_url}{page}" if site_url else urls.from_file(embed_path, page),
        baseline=value_text(ind.baseline),
        target=value_text(ind.target),
        assets=urls.assets_from(embed_path),
    )
    return Part(
        pages=[indicator_page(site, plan, ind, site_url, concepts, figure, row, edit=edit)],
        files=[
            FileOut(urls.indicator_download(pid, ind.id, "csv"), csv_bytes([row], INDICATOR_COLUMNS)),
            FileOut(urls.indicator_download(pid, ind.id, "json"), json_bytes(_record(site, plan, ind, row))),
        ],
        embeds=[Embed(embed_path, embed)],
    )


def indicator_page(
    site: Site,
    plan: Plan,
    ind: Indicator,
    site_url: str,
    concepts: ConceptIndex,
    figure: str | None,
    row: IndicatorRow,
    *,
    edit: str = "",
) -> Page:
    pid, url = plan.id, urls.indicator(plan.id, ind.id)
    same = comparison(site, plan, ind, concepts)
    embed_src = f"{site_url}{urls.embed(pid, ind.id)}" if site_url else urls.link(url, urls.embed(pid, ind.id))
    context = IndicatorContext(
        concept=same.concept,
        peers=same.peers,
        compare_link=same.link,
        compare_figure=same.figure,
        peers_total=same.total,
        plan=plan_brief(plan),
        ind=ind,
        row=row,
        domain=site.domain_by_id[ind.domain],
        nature=NATURE[ind.nature],
        baseline=value_text(ind.baseline),
        target=value_text(ind.target),
        figure=figure,
        quote_cells=table_cells(ind.quote),
        observations=[_observation(pid, url, o) for o in ind.observations]
        + [_later(site, url, o) for o in usable(site.tracking.observations(pid, ind.id))],
        source_link=urls.link(url, urls.source(pid, ind.lines)),
        lines=lines_text(ind.lines),
        citation=citation(plan, f"指标“{ind.name}”（原文第{lines_text(ind.lines)}行）"),
        address=f"{site_url}{url}" if site_url else "",
        csv=urls.link(url, urls.indicator_download(pid, ind.id, "csv")),
        json=urls.link(url, urls.indicator_download(pid, ind.id, "json")),
        embed=iframe_snippet(embed_src, f"{ind.name}（{plan_name(plan.meta)}）"),
        embed_src=embed_src,
        plan_link=urls.link(url, urls.plan(pid)),
        domain_link=urls.link(url, urls.domain(ind.domain)),
        indicators_link=urls.link(url, urls.indicators(pid)),
        progress=indicator_progress(site, plan, ind, url),
        values_heading=values_heading(ind, site.tracking.observations(pid, ind.id)),
        edit=edit,
    )
    return Page(url, f"{ind.name} · {plan_name(plan.meta)}", context)


def values_heading(ind: Indicator, later: Sequence[ReportedValue]) -> str:
    """The chart's heading names 实际 only when there are achieved values to show."""
    has_actual = any(o.value is not None for o in ind.observations) or bool(usable(later))
    return "基期、实际与目标" if has_actual else "基期与目标"


def _observation(pid: str, url: str, o: Observation) -> ObservationView:
    year = o.year or o.period or ""
    return ObservationView(
        year, value_words(o), number_text(o.value), lines_text(o.lines), urls.link(url, urls.source(pid, o.lines))
    )


def _later(site: Site, url: str, o: ReportedValue) -> ObservationView:
    title = site.tracking.source_by_id[o.source].meta.title
    link = urls.link(url, urls.observation_source(o.source, o.lines))
    return ObservationView(
        o.year or o.period or "", o.as_written, number_text(o.value), lines_text(o.lines), link, title
    )


def _record(site: Site, plan: Plan, ind: Indicator, row: IndicatorRow) -> dict[str, Any]:
    """The indicator's JSON download: its row plus everything the data says about it."""
    sources = site.tracking.source_by_id
    return dict(
        row,
        observations=[o.model_dump() for o in ind.observations],
        later_observations=[
            o.model_dump(mode="json") | {"source_detail": sources[o.source].meta.model_dump(mode="json")}
            for o in site.tracking.observations(plan.id, ind.id)
        ],
        official_statements=[
            o.model_dump(mode="json") | {"source_detail": sources[o.source].meta.model_dump(mode="json")}
            for o in site.tracking.official(plan.id, ind.id)
        ],
        quote=ind.quote,
        notes=list(ind.notes),
        source_file=plan.meta.source.file,
        baseline_detail=ind.baseline.model_dump() if ind.baseline else None,
        target_detail=ind.target.model_dump() if ind.target else None,
    )

"""One indicator: its page (the permalink journalists cite), its downloads and its embed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from generator import urls
from generator.escape import iframe_snippet
from generator.model import Concept, Domain, Indicator, Observation, Period, Value
from generator.model.observation import ReportedValue, TargetMethod
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.status import usable
from generator.sitemodel.targets import target_year, value_words
from generator.sitemodel.vocabulary import (
    BASELINE,
    FIVE_YEAR_PLANS,
    NATURE,
    TARGET,
    lines_text,
    number_text,
    plan_name,
    table_cells,
    value_text,
)
from generator.views import charts
from generator.views.concepts import ConceptIndex
from generator.views.encode import csv_bytes, json_bytes
from generator.views.feed import SITE_NAME
from generator.views.generations import GenerationView
from generator.views.history import IndicatorHistory
from generator.views.page import Context, Embed, FileOut, Page, Part
from generator.views.peers import PeerRow, comparison
from generator.views.progress import IndicatorProgress, indicator_progress
from generator.views.rows import (
    INDICATOR_COLUMNS,
    IndicatorRow,
    PlanBrief,
    citation,
    gbt_citation,
    indicator_row,
    plan_brief,
)

Point = tuple[str, float, str]  # (label, number, as written): a row of the embed's table


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
    gbt_citation: str  # GB/T 7714-2015, up to the access date and address
    address: str  # the page's public address; empty without SITE_URL (the browser fills it in)
    csv: str
    json: str
    embed: str  # the <iframe> code a reader copies, built with escaping
    embed_src: str  # the embed's address in that code: relative without SITE_URL (site.js completes it)
    plan_link: str
    domain_link: str
    indicators_link: str
    progress: IndicatorProgress | None = None
    values_heading: str = f"{BASELINE}、实际与{TARGET}"
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
    note: str
    page: str
    baseline: str
    target: str
    assets: str
    home: str  # the site's home page, from the embed
    site_name: str = SITE_NAME


def chart_points(
    ind: Indicator, period: Period, later: Sequence[ReportedValue] = (), method: TargetMethod | None = None
) -> ChartData:
    """Only values the text states as numbers are plotted; the rest stay text. Later figures
    (the plan's own region, without a doubt) join the plan's own. A figure sits at its year; one
    named by a five-year period (“十三五”时期) spans that period's years; any other is left out of
    the chart (the table keeps it) and the note says so. The target sits at targets.target_year."""
    unit = ind.unit or ""
    points: list[charts.ChartPoint] = []
    rows: list[Point] = []
    left_out: list[str] = []
    spanned: list[str] = []
    b = ind.baseline
    if b and b.value is not None:
        rows.append((f"{b.year}年 {BASELINE}" if b.year else BASELINE, b.value, b.as_written))
        if b.year:
            label = _short(b, unit)
            points.append(
                charts.ChartPoint(
                    "baseline", "level", b.year, b.year, b.value, label, f"{b.year}年 {BASELINE}：{b.as_written}"
                )
            )
        else:
            left_out.append(f"{BASELINE}（原文未写年份）")
    actual = [(o.year, o.period, o.value, o.as_written, o.kind, unit) for o in ind.observations if o.value is not None]
    for r in sorted(usable(later), key=lambda o: (o.year is None, o.year or 0)):
        actual.append((r.year, r.period, r.value, r.as_written, r.kind, r.unit or unit))
    for year, when, value, words, kind, own_unit in actual:
        assert value is not None
        label = f"{number_text(value)}{own_unit}"
        if year:
            rows.append((f"{year}年 实际", value, words))
            hover = f"{year}年 {charts.KIND_NAME[kind]}：{words}"
            points.append(charts.ChartPoint("actual", kind, year, year, value, label, hover))
            continue
        rows.append((f"{when} 实际", value, words))
        years = _period_years(when or "")
        if years is None:
            left_out.append(f"“{when}”的数字")
            continue
        how = {"level": "", "year": "每年", "cumulative": "累计"}[kind]
        name = f"{when}（{how}）" if how else f"{when}"
        hover = f"{when}（{years[0]}–{years[1]}年）{how}：{words}"
        points.append(charts.ChartPoint("actual", kind, years[0], years[1], value, label, hover, name))
        if when not in spanned:
            spanned.append(when or "")
    t = ind.target
    if t and t.value is not None:
        ty = target_year(period, ind)
        rows.append((f"{ty.year}年 {TARGET}" if ty.year else TARGET, t.value, t.as_written))
        if ty.year is None:
            left_out.append(f"{TARGET}（{ty.note}）")
        else:
            name = f"{TARGET}（{method.first_year}–{method.last_year}年累计）" if method else TARGET
            hover = f"{ty.year}年 {name}：{t.as_written}" + (f"（{ty.note}）" if ty.note else "")
            points.append(charts.ChartPoint("target", "level", ty.year, ty.year, t.value, _short(t, unit), hover, name))
    return ChartData(points, rows, _note(left_out, spanned, period, ind))


@dataclass(frozen=True)
class ChartData:
    points: list[charts.ChartPoint]
    rows: list[Point]  # every figure with a number, for the table under an embedded chart
    note: str  # what the chart leaves out or assumes, in words under it


SIGN = {"=": "", ">=": "≥", ">": ">", "<=": "≤", "<": "<"}
FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")


def _short(v: Value, unit: str) -> str:
    """The label beside a point: the number with its comparator and unit (≥99%); the words are in the table."""
    assert v.value is not None
    if v.upper is not None:
        return f"{number_text(v.value)}–{number_text(v.upper)}{unit}"
    return f"{SIGN[v.comparator or '=']}{number_text(v.value)}{unit}"


def _period_years(period: str) -> tuple[int, int] | None:
    """The years of the five-year plan a period names (“十三五”时期: 2016–2020), else None."""
    found = FIVE_YEAR.findall(period)
    return FIVE_YEAR_PLANS.get(found[0]) if len(found) == 1 else None


def _note(left_out: list[str], spanned: list[str], period: Period, ind: Indicator) -> str:
    parts = []
    for when in spanned:
        years = _period_years(when)
        if years:
            parts.append(f"{when}的数字画作横跨{years[0]}–{years[1]}年的横线")
    if left_out:
        parts.append("、".join(left_out) + "没有具体年份，未画入图中，见下表")
    ty = target_year(period, ind)
    if ind.target and ind.target.value is not None and ty.year is not None and ty.note:
        parts.append(f"{TARGET}：{ty.note}")
    return "；".join(parts) + "。" if parts else ""


def indicator_part(
    site: Site, plan: Plan, ind: Indicator, site_url: str, concepts: ConceptIndex, edit: str = ""
) -> Part:
    """The indicator's page, its CSV and JSON downloads and its embeddable chart; ``edit`` is
    the address of its line in indicators.yaml (views/edit.py), or empty."""
    pid = plan.id
    data = chart_points(
        ind, plan.meta.period, site.tracking.observations(pid, ind.id), site.tracking.method(pid, ind.id)
    )
    colour = site.domain_by_id[ind.domain].colour
    figure = charts.indicator_figure(data.points, colour, ind.unit or "", data.note) if data.points else None
    row = indicator_row(site, plan, ind)
    embed_path = urls.embed(pid, ind.id)
    page = urls.indicator(pid, ind.id)
    embed = EmbedContext(
        title=ind.name,
        plan=plan_name(plan.meta),
        figure=figure,
        points=data.rows,
        note=data.note,
        page=f"{site_url}{page}" if site_url else urls.from_file(embed_path, page),
        baseline=value_text(ind.baseline),
        target=value_text(ind.target),
        assets=urls.assets_from(embed_path),
        home=f"{site_url}" if site_url else urls.from_file(embed_path, ""),
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
        gbt_citation=gbt_citation(plan),
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
    return f"{BASELINE}、实际与{TARGET}" if has_actual else f"{BASELINE}与{TARGET}"


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

"""Generations side by side: where one region has two plans whose periods follow each other
(2021–2025 → 2026–2030, same level and kind), an indicator of the same concept shows the
earlier target, what was achieved, and the new target together, on both indicator pages. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from generator import urls
from generator.model import Indicator
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.status import usable
from generator.sitemodel.targets import target_year
from generator.sitemodel.vocabulary import plan_name, value_text

Pair = tuple[Plan, Indicator, Plan, Indicator]  # earlier plan and indicator, later plan and indicator


@dataclass(frozen=True)
class GenerationRow:
    stage: str  # 上期基期, 上期目标, 实际, 新规划所列基期, 新目标
    year: int | str
    text: str  # as written
    where: str  # the plan and indicator, or the later source
    link: str


@dataclass(frozen=True)
class GenerationView:
    earlier: str  # plan display names
    later: str
    here_is_earlier: bool
    rows: list[GenerationRow]


def successions(site: Site) -> list[tuple[Plan, Plan]]:
    """(earlier, later) plans of one region whose periods follow each other (looked up by where
    and when a plan starts: a nation's thousands of plans are not compared pair by pair)."""
    starting: dict[tuple[object, ...], list[Plan]] = {}
    for b in site.plans:
        starting.setdefault((b.meta.region, b.meta.level, b.meta.kind, b.meta.period.start), []).append(b)
    return [
        (a, b)
        for a in site.plans
        for b in starting.get((a.meta.region, a.meta.level, a.meta.kind, a.meta.period.end + 1), ())
    ]


def generation_pairs(site: Site) -> dict[str, list[Pair]]:
    """ "plan/indicator" → the pairs it belongs to (as the earlier or the later one)."""
    out: dict[str, list[Pair]] = {}
    for a, b in successions(site):
        for e in a.indicators:
            for later in b.indicators:
                if e.concept and e.concept == later.concept:
                    pair = (a, e, b, later)
                    out.setdefault(f"{a.id}/{e.id}", []).append(pair)
                    out.setdefault(f"{b.id}/{later.id}", []).append(pair)
    return out


def _value_row(stage: str, plan: Plan, ind: Indicator, here: str, part: str) -> GenerationRow | None:
    v = getattr(ind, part)
    if v is None:
        return None
    year: int | str = v.year or "原文未写"
    if part == "target":  # the target's year as every page reads it: stated, or the period's end, said so
        when = target_year(plan.meta.period, ind)
        year = f"{when.year}（{when.note}）" if when.stated and when.note else when.note or when.year or ""
    link = urls.link(here, urls.indicator(plan.id, ind.id))
    return GenerationRow(stage, year, value_text(v), f"{plan_name(plan.meta)} · {ind.name}", link)


def achieved(site: Site, pair: Pair, here: str) -> list[GenerationRow]:
    """What was achieved in the earlier period: later figures for the earlier indicator (the
    plan's own region, no doubt), and what the later plan itself reports for those years."""
    a, e, b, later = pair
    last = a.meta.period.end
    rows = []
    for o in usable(site.tracking.observations(a.id, e.id)):
        title = site.tracking.source_by_id[o.source].meta.title
        link = urls.link(here, urls.observation_source(o.source, o.lines))
        rows.append(GenerationRow("实际", o.year or o.period or "", o.as_written, title, link))
    cite = f"{plan_name(b.meta)}（原文）"
    for p in later.observations:
        if p.year is not None and p.year <= last:
            link = urls.link(here, urls.source(b.id, p.lines))
            rows.append(GenerationRow("实际（新规划所列）", p.year, p.as_written, cite, link))
    if later.baseline and later.baseline.year and later.baseline.year <= last:
        base = _value_row("实际（新规划所列基期）", b, later, here, "baseline")
        rows += [base] if base else []
    return sorted(rows, key=lambda r: (str(r.year), r.stage))


def generation_view(site: Site, pair: Pair, here: str) -> GenerationView:
    a, e, b, later = pair
    rows = [
        _value_row("上期基期", a, e, here, "baseline"),
        _value_row("上期目标", a, e, here, "target"),
        *achieved(site, pair, here),
        _value_row("新目标", b, later, here, "target"),
    ]
    here_is_earlier = here == urls.indicator(a.id, e.id)
    return GenerationView(plan_name(a.meta), plan_name(b.meta), here_is_earlier, [r for r in rows if r])

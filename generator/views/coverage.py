"""How much of each plan the later figures cover: four counts per plan, from the data.

Per plan: indicators with a numeric target (one that states a number: targets.bounds); indicators
with at least one later figure for the plan's own region (doubtful ones included); indicators with
a computed status (achieved, on track or behind: the status the plan's pages show); and the
searches recorded as not found in data/observations/<plan>.yaml. ``python -m generator coverage``
prints the table. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Indicator
from generator.sitemodel.site import Plan, Site
from generator.sitemodel.status import Kind
from generator.sitemodel.targets import bounds
from generator.sitemodel.vocabulary import plan_name
from generator.views.progress import status_of

COMPUTED: tuple[Kind, ...] = ("achieved", "on-track", "off-track")
HEADERS = ("规划", "有数值目标的指标", "有本地区实际值的指标", "有计算状态的指标", "检索未找到（条）")


@dataclass(frozen=True)
class Coverage:
    plan: str
    name: str
    numeric_targets: int
    local_figures: int
    computed: int
    not_found: int


def numeric_target(ind: Indicator) -> bool:
    """A target that states a number (a point, a floor, a ceiling or a range); a worded or an
    illegible target states none."""
    return bounds(ind.target) is not None


def plan_coverage(site: Site, plan: Plan) -> Coverage:
    tracking = site.tracking
    local = [i for i in plan.indicators if any(o.scope == "region" for o in tracking.observations(plan.id, i.id))]
    computed = [i for i in plan.indicators if status_of(site, plan, i).kind in COMPUTED]
    tracked = tracking.of_plan(plan.id)
    return Coverage(
        plan=plan.id,
        name=plan_name(plan.meta),
        numeric_targets=sum(numeric_target(i) for i in plan.indicators),
        local_figures=len(local),
        computed=len(computed),
        not_found=len(tracked.not_found) if tracked else 0,
    )


def coverage(site: Site) -> list[Coverage]:
    return [plan_coverage(site, p) for p in site.plans]


def table(rows: list[Coverage]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for r in rows:
        cells = (f"{r.name}（{r.plan}）", r.numeric_targets, r.local_figures, r.computed, r.not_found)
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    total = (
        "合计",
        sum(r.numeric_targets for r in rows),
        sum(r.local_figures for r in rows),
        sum(r.computed for r in rows),
        sum(r.not_found for r in rows),
    )
    lines.append("| " + " | ".join(str(c) for c in total) + " |")
    return "\n".join(lines)

"""How much of each plan the later figures cover: four counts per plan, from the data.

    .venv/bin/python scripts/coverage.py [--root DIR]

Per plan: indicators with a numeric target; indicators with at least one later figure for the
plan's own region (doubtful ones included); indicators with a computed status (achieved, on
track or behind, by generator/progress.py); and the searches recorded as not found in
data/observations/<plan>.yaml. Printed as a Markdown table in Chinese.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.loader import load_site  # noqa: E402
from generator.model import Indicator  # noqa: E402
from generator.progress import Kind  # noqa: E402
from generator.site import Plan, Site  # noqa: E402
from generator.views.labels import plan_name  # noqa: E402
from generator.views.progress import status_of  # noqa: E402

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
    """A target with a number and a comparator (a range, an illegible or a worded target has none)."""
    t = ind.target
    return t is not None and t.value is not None and t.comparator is not None and t.upper is None and not t.illegible


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="每部规划的实际值覆盖情况（由数据计算）。")
    parser.add_argument("--root", type=Path, default=REPO, help="仓库根目录（含 data/ 的文件夹）")
    args = parser.parse_args(argv)
    site = load_site(args.root / "data", args.root)
    print(table(coverage(site)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Computed status of a target: achieved, on track, off track, or not enough data. Pure.

The method follows Statistics Canada's progress measure (used by Open SDG): the actual
compound annual growth rate since the starting point is compared with the rate that would
reach the target in the target year; a ratio of at least 0.95 is on track. A cumulative
target (a total over several years) compares the average of the published yearly figures
with the average the total needs. Only figures for the plan's own region count; a target
without a number (稳定增长, 应保尽保) never gets a computed status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from generator.model import Indicator
from generator.model.observation import ReportedValue, TargetMethod
from generator.values import fmt_number

Kind = Literal["achieved", "on-track", "off-track", "no-data", "not-applicable"]
KINDS: tuple[Kind, ...] = ("achieved", "on-track", "off-track", "no-data", "not-applicable")
LABEL: dict[Kind, str] = {
    "achieved": "已达到目标",
    "on-track": "进度正常",
    "off-track": "进度落后",
    "no-data": "数据不足",
    "not-applicable": "不计算（无数值目标）",
}
ON_TRACK_RATIO = 0.95
METHOD_TEXT = (
    "计算方法（参照加拿大统计局、Open SDG 的进度测算）：只用本地区、无疑问的实际值。"
    "最新实际值已达到目标的，为“已达到目标”；否则比较基期以来的实际年均增长率与按期达到目标所需的年均增长率，"
    f"两者之比不低于{ON_TRACK_RATIO:g}为“进度正常”，低于此值或目标年份已过仍未达到为“进度落后”；"
    "“≤”“<”目标及目标低于基期的，以下降为进步。累计目标（如五年累计新增就业）比较已公布年份的年均值与目标所需的年均值。"
    "缺少基期或实际值的为“数据不足”；没有数值的目标（如“稳定增长”“应保尽保”）不计算。全国数据只作参考，不用于计算。"
)


@dataclass(frozen=True)
class Point:
    year: int | None
    value: float


@dataclass(frozen=True)
class Status:
    kind: Kind
    method: Literal["level", "cumulative", "none"]
    explanation: str
    ratio: float | None = None
    latest: Point | None = None

    @property
    def label(self) -> str:
        return LABEL[self.kind]


def direction(comparator: str, start: float | None, target: float) -> int:
    """+1 when higher is better, -1 when lower is: from the comparator, else baseline → target."""
    if comparator in ("<=", "<"):
        return -1
    if comparator in (">=", ">"):
        return 1
    return -1 if start is not None and target < start else 1


def meets(value: float, target: float, comparator: str, d: int) -> bool:
    if comparator == ">":
        return value > target
    if comparator == "<":
        return value < target
    if comparator == "<=" or (comparator == "=" and d < 0):
        return value <= target
    return value >= target


def _rate(first: float, last: float, years: int) -> float:
    """Compound annual growth rate; the plain annual change where a value is not positive."""
    if first > 0 and last > 0:
        return float((last / first) ** (1 / years) - 1)
    return (last - first) / years


def _n(x: float) -> str:
    return fmt_number(round(x, 4))


def level_status(
    target: float, comparator: str, target_year: int | None, start: Point | None, points: Sequence[Point]
) -> Status:
    """A target level (≥99%, 4.5个, 降至…): achieved, on track, off track or not enough data."""
    d = direction(comparator, start.value if start else None, target)
    if not points:
        return Status("no-data", "level", "未找到本地区公布的实际值。")
    dated = [p for p in points if p.year is not None]
    latest = max(dated, key=lambda p: p.year or 0) if dated else points[-1]
    when = f"{latest.year}年" if latest.year is not None else "最新"
    if meets(latest.value, target, comparator, d):
        return Status("achieved", "level", f"{when}实际值{_n(latest.value)}已达到目标{_n(target)}。", latest=latest)
    if latest.year is None:
        return Status("no-data", "level", "实际值没有年份，无法计算进度。", latest=latest)
    if target_year is not None and latest.year >= target_year:
        msg = f"目标年份{target_year}年已到，{when}实际值{_n(latest.value)}未达到目标{_n(target)}。"
        return Status("off-track", "level", msg, latest=latest)
    if start is None or start.year is None or target_year is None or start.year >= latest.year:
        return Status("no-data", "level", "缺少有年份的基期数值或目标年份，无法计算进度。", latest=latest)
    if meets(start.value, target, comparator, d):
        msg = f"基期{start.year}年{_n(start.value)}已达到目标，{when}实际值{_n(latest.value)}未保持。"
        return Status("off-track", "level", msg, latest=latest)
    actual = _rate(start.value, latest.value, latest.year - start.year)
    required = _rate(start.value, target, target_year - start.year)
    ratio = actual / required
    kind: Kind = "on-track" if ratio >= ON_TRACK_RATIO else "off-track"
    msg = (
        f"{start.year}年{_n(start.value)} → {latest.year}年{_n(latest.value)}：实际年均变化{actual:+.2%}；"
        f"{target_year}年达到{_n(target)}需要年均{required:+.2%}；两者之比{ratio:.2f}"
        f"（不低于{ON_TRACK_RATIO:g}为进度正常）。"
    )
    return Status(kind, "level", msg, ratio=ratio, latest=latest)


def cumulative_status(
    target: float, comparator: str, first_year: int, last_year: int, points: Sequence[Point]
) -> Status:
    """A total over first_year–last_year (五年累计30万人): the published yearly figures add up."""
    years = {p.year: p.value for p in points if p.year is not None and first_year <= p.year <= last_year}
    span = f"{first_year}—{last_year}年"
    if not years:
        return Status("no-data", "cumulative", f"未找到{span}本地区公布的年度实际值。")
    total = sum(years.values())
    listed = "、".join(f"{y}年{_n(v)}" for y, v in sorted(years.items()))
    if meets(total, target, comparator, 1):
        return Status("achieved", "cumulative", f"已公布年份（{listed}）合计{_n(total)}，已达到累计目标{_n(target)}。")
    n_years = last_year - first_year + 1
    if max(years) >= last_year:
        if len(years) == n_years:
            return Status("off-track", "cumulative", f"{span}合计{_n(total)}，未达到累计目标{_n(target)}。")
        return Status("no-data", "cumulative", f"{span}缺少部分年份的实际值（已公布：{listed}），无法判断。")
    average, needed = total / len(years), target / n_years
    ratio = average / needed
    kind: Kind = "on-track" if ratio >= ON_TRACK_RATIO else "off-track"
    msg = (
        f"已公布年份（{listed}）年均{_n(average)}；{span}累计{_n(target)}需要年均{_n(needed)}；"
        f"两者之比{ratio:.2f}（不低于{ON_TRACK_RATIO:g}为进度正常）。"
    )
    return Status(kind, "cumulative", msg, ratio=ratio)


def starting_point(ind: Indicator, period_start: int) -> Point | None:
    """The baseline when it has a number and a year; else the latest value the plan itself
    reports for a year up to the start of its period (发展基础: 2020年达到90.3%)."""
    b = ind.baseline
    if b is not None and b.value is not None and b.year is not None:
        return Point(b.year, b.value)
    own = [o for o in ind.observations if o.value is not None and o.year is not None and o.year <= period_start]
    if not own:
        return None
    best = max(own, key=lambda o: o.year or 0)
    return Point(best.year, best.value or 0.0)


def usable(observations: Sequence[ReportedValue]) -> list[ReportedValue]:
    """The figures a status may use: the plan's own region, no open doubt."""
    return [o for o in observations if o.scope == "region" and o.doubt is None]


def indicator_status(
    ind: Indicator,
    period: tuple[int, int],
    observations: Sequence[ReportedValue],
    method: TargetMethod | None = None,
) -> Status:
    """The computed status of one indicator from its target, starting point and later figures."""
    t = ind.target
    if t is None or t.value is None or t.comparator is None:
        return Status("not-applicable", "none", "目标没有数值（或没有目标），不计算进度。")
    points = [Point(o.year, o.value) for o in usable(observations)]
    if not points and observations:
        msg = "只有待核实的数字或全国数据，未找到可用于计算的本地区实际值。"
        return Status("no-data", "cumulative" if method else "level", msg)
    if method is not None:
        return cumulative_status(t.value, t.comparator, method.first_year, method.last_year, points)
    target_year = t.year if t.year is not None else (None if ind.year_caveat else period[1])
    return level_status(t.value, t.comparator, target_year, starting_point(ind, period[0]), points)

"""Computed status of a target: achieved, on track, off track, not enough data, or not computed. Pure.

The method follows Statistics Canada's progress measure (used by Open SDG): the actual annual
change since the starting point is compared with the change that would reach the target in the
target year; a ratio of at least ON_TRACK_RATIO is on track. Rates (% and ‰) change by points a
year, other figures by their compound annual growth. A cumulative target (a total over several
years) compares the average of the published yearly figures with the average the total needs.
Only figures for the plan's own region count; a target without a number (稳定增长, 应保尽保), an
illegible one, or one for a year outside the plan's period never gets a computed status.

METHOD_RULES, which the method page prints, is composed from the same constants the code uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from generator.model import Indicator, Period, PlanMeta
from generator.model.observation import ReportedValue, TargetMethod
from generator.sitemodel.targets import target_year as read_target_year
from generator.sitemodel.values import fmt_number

Kind = Literal["achieved", "on-track", "off-track", "no-data", "out-of-period", "not-applicable"]
KINDS: tuple[Kind, ...] = ("achieved", "on-track", "off-track", "no-data", "out-of-period", "not-applicable")
LABEL: dict[Kind, str] = {
    "achieved": "已达到目标",
    "on-track": "进度正常",
    "off-track": "进度落后",
    "no-data": "数据不足",
    "out-of-period": "规划期外目标，不计算",
    "not-applicable": "不计算（无数值目标）",
}
ON_TRACK_RATIO = 0.95
# rates change by points a year (90.3% → 92.46%: +0.72 个百分点/年), not by relative growth
RATE_UNITS: dict[str, str] = {"%": "百分点", "‰": "千分点"}
PLAN_REPORT = "发展基础"

METHOD_RULES: tuple[str, ...] = (
    "只用本地区、无疑问（未标“待核实”）的实际值；全国数据只作参考，不用于计算。",
    f"目标没有数值（如“稳定增长”“应保尽保”）、是一个区间或原文残损的，为“{LABEL['not-applicable']}”。",
    "目标年份：原文写明的年份；原文未写的按规划期末计算，并在状态旁注明；原文年份与规划期不一致、无法确定目标年份的，不设年份。",
    f"目标年份在本规划期之外的（如2026—2030年规划中写“到2025年”的目标），不是本规划的目标，为“{LABEL['out-of-period']}”。",
    f"最新实际值（有年份的取最近一年）按目标的比较符（≥、>、≤、<、=）已达到目标的，为“{LABEL['achieved']}”。",
    f"目标年份已过——最新实际值的年份已到目标年份，或本站所用最新来源的发布日期已在目标年份之后——而最新实际值仍未达到目标的，为“{LABEL['off-track']}”。",
    f"缺少实际值，或缺少有年份的起点（基期值，或规划原文“{PLAN_REPORT}”部分所写规划期开始前的实际值）的，为“{LABEL['no-data']}”；页面注明起点取自规划本身。",
    f"起点已达到目标、最新实际值却未保持的，为“{LABEL['off-track']}”。",
    "其余比较起点以来的实际年均变化与按期达到目标所需的年均变化："
    f"百分比（%、‰）指标按每年变化的{RATE_UNITS['%']}（千分点）计算，其他指标按年均增长率计算；"
    f"两者之比不低于{ON_TRACK_RATIO:g}为“{LABEL['on-track']}”，低于此值为“{LABEL['off-track']}”。"
    "“≤”“<”目标及目标低于起点的，以下降为进步。只有一个实际值的，页面注明。",
    "累计目标（如五年累计新增就业）比较已公布年份的年均值与目标所需的年均值；期末已过而各年合计未达到的为“进度落后”，缺年份的为“数据不足”。",
)
OFFICIAL_RULE = (
    "官方评价只收录评价本规划的原话：须写到本规划的名称，或评价本规划的某一指标；"
    "对一个地区整个“十四五”规划（国民经济和社会发展规划纲要）的总体评价（如“目标任务总体完成”）不是对本规划的评价，不收录为本规划的官方评价。"
)


def names_plan(meta: PlanMeta, quote: str) -> bool:
    """OFFICIAL_RULE: a statement on a plan as a whole must name this plan (its title, short
    title, or the title without its region); validation and the pages both ask here."""
    title = meta.title
    names = {title, meta.short_title or title, title.removeprefix(meta.region)}
    return any(n and n in quote for n in names)


METHOD_TEXT = "计算方法（参照加拿大统计局、Open SDG 的进度测算）：" + "".join(METHOD_RULES)


@dataclass(frozen=True)
class Point:
    year: int | None
    value: float


@dataclass(frozen=True)
class Start:
    """The starting point and where it comes from: the plan's baseline or its 发展基础 report."""

    point: Point
    origin: Literal["baseline", "plan-report"]


@dataclass(frozen=True)
class Status:
    kind: Kind
    method: Literal["level", "cumulative", "none"]
    explanation: str
    ratio: float | None = None
    latest: Point | None = None
    start: Point | None = None
    target: float | None = None
    target_year: int | None = None
    year_note: str = ""  # how the target year was read (targets.target_year)
    caveats: tuple[str, ...] = ()  # single observation, starting point from the plan itself

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


def _n(x: float) -> str:
    return fmt_number(round(x, 4))


def _v(x: float, unit: str) -> str:
    """A figure with its unit: 90.3%, 15个."""
    return f"{_n(x)}{unit}"


def _growth(first: float, last: float, years: int) -> float:
    """Compound annual growth; the plain annual change where a value is not positive."""
    if first > 0 and last > 0:
        return float((last / first) ** (1 / years) - 1)
    return (last - first) / years


def _change_words(x: float, unit: str, relative: bool) -> str:
    """A yearly change as a reader reads it: 提高0.72个百分点, 增长3.20%, 增加1.5万人."""
    if unit in RATE_UNITS:
        amount = f"{abs(x):.2f}个{RATE_UNITS[unit]}"
        return f"提高{amount}" if x > 0 else f"下降{amount}" if x < 0 else "没有变化"
    if relative:
        return f"增长{x:.2%}" if x > 0 else f"下降{-x:.2%}" if x < 0 else "没有变化"
    return f"增加{_n(abs(x))}{unit}" if x > 0 else f"减少{_n(abs(x))}{unit}" if x < 0 else "没有变化"


def level_status(
    target: float,
    comparator: str,
    target_year: int | None,
    start: Point | Start | None,
    points: Sequence[Point],
    *,
    unit: str = "",
    as_of: dt.date | None = None,
) -> Status:
    """A target level (≥99%, 4.5个, 降至…): achieved, on track, off track or not enough data.

    ``as_of`` is the date of the newest source the site uses: a target year before it has passed."""
    origin = start.origin if isinstance(start, Start) else None
    begin = start.point if isinstance(start, Start) else start
    d = direction(comparator, begin.value if begin else None, target)
    aim = f"目标{_v(target, unit)}" + (f"（{target_year}年）" if target_year is not None else "")
    base: dict[str, Any] = {"target": target, "target_year": target_year, "start": begin}
    if not points:
        return Status("no-data", "level", f"未找到本地区公布的实际值；{aim}。", **base)
    dated = [p for p in points if p.year is not None]
    latest = max(dated, key=lambda p: p.year or 0) if dated else points[-1]
    when = f"{latest.year}年" if latest.year is not None else "来源未写年份的"
    now = f"{when}实际值{_v(latest.value, unit)}"
    one = when if latest.year is not None else "来源未写年份"
    caveats: tuple[str, ...] = (f"只有一个可用的实际值（{one}），没有其他年份可以印证。",) if len(points) == 1 else ()
    base = base | {"latest": latest}
    if meets(latest.value, target, comparator, d):
        return Status("achieved", "level", f"{now}已达到{aim}。", caveats=caveats, **base)
    if latest.year is None:
        return Status("no-data", "level", f"{now}没有年份，未达到{aim}，无法计算进度。", caveats=caveats, **base)
    first = f"{begin.year}年{_v(begin.value, unit)}" if begin is not None and begin.year is not None else ""
    since = f"（起点{first}）" if first else ""
    if target_year is not None and latest.year >= target_year:
        msg = f"目标年份{target_year}年已到，{now}未达到{aim}{since}。"
        return Status("off-track", "level", msg, caveats=caveats, **base)
    if target_year is not None and as_of is not None and as_of.year > target_year:
        msg = (
            f"目标年份{target_year}年已过（本站所用最新来源发布于{as_of.year}年{as_of.month}月{as_of.day}日），"
            f"最新的{now}未达到{aim}{since}。"
        )
        return Status("off-track", "level", msg, caveats=caveats, **base)
    if begin is None or begin.year is None or target_year is None or begin.year >= latest.year:
        msg = f"{now}未达到{aim}；缺少有年份的起点或目标年份，无法计算进度。"
        return Status("no-data", "level", msg, caveats=caveats, **base)
    if origin == "baseline":
        caveats += (f"起点为规划所写的基期值（{begin.year}年{_v(begin.value, unit)}），不是后来来源公布的数字。",)
    elif origin == "plan-report":
        caveats += (
            f"起点取自规划原文“{PLAN_REPORT}”部分所写的{begin.year}年实际值{_v(begin.value, unit)}，"
            "不是后来来源公布的数字。",
        )
    if meets(begin.value, target, comparator, d):
        msg = f"起点{first}已达到{aim}，{now}未保持。"
        return Status("off-track", "level", msg, caveats=caveats, **base)
    rate = unit in RATE_UNITS
    positive = begin.value > 0 and latest.value > 0 and target > 0
    if rate or not positive:
        actual = (latest.value - begin.value) / (latest.year - begin.year)
        required = (target - begin.value) / (target_year - begin.year)
    else:
        actual = _growth(begin.value, latest.value, latest.year - begin.year)
        required = _growth(begin.value, target, target_year - begin.year)
    if required == 0:
        msg = f"{first}与{aim}相同但按比较符未达到，无法计算所需变化。"
        return Status("no-data", "level", msg, caveats=caveats, **base)
    ratio = actual / required
    kind: Kind = "on-track" if ratio >= ON_TRACK_RATIO else "off-track"
    relative = not rate and positive
    msg = (
        f"起点{first} → {now}，实际年均{_change_words(actual, unit, relative)}；"
        f"{target_year}年达到目标{_v(target, unit)}需要年均{_change_words(required, unit, relative)}；"
        f"两者之比{ratio:.2f}（不低于{ON_TRACK_RATIO:g}为进度正常）。"
    )
    return Status(kind, "level", msg, ratio=ratio, caveats=caveats, **base)


def cumulative_status(
    target: float, comparator: str, first_year: int, last_year: int, points: Sequence[Point], *, unit: str = ""
) -> Status:
    """A total over first_year–last_year (五年累计30万人): the published yearly figures add up."""
    years = {p.year: p.value for p in points if p.year is not None and first_year <= p.year <= last_year}
    span = f"{first_year}—{last_year}年"
    base: dict[str, Any] = {"target": target, "target_year": last_year}
    if not years:
        return Status("no-data", "cumulative", f"未找到{span}本地区公布的年度实际值。", **base)
    total = sum(years.values())
    listed = "、".join(f"{y}年{_v(v, unit)}" for y, v in sorted(years.items()))
    caveats: tuple[str, ...] = (f"只有一个可用的实际值（{next(iter(years))}年）。",) if len(years) == 1 else ()
    if meets(total, target, comparator, 1):
        msg = f"已公布年份（{listed}）合计{_v(total, unit)}，已达到累计目标{_v(target, unit)}。"
        return Status("achieved", "cumulative", msg, caveats=caveats, **base)
    n_years = last_year - first_year + 1
    if max(years) >= last_year:
        if len(years) == n_years:
            msg = f"{span}合计{_v(total, unit)}，未达到累计目标{_v(target, unit)}。"
            return Status("off-track", "cumulative", msg, caveats=caveats, **base)
        msg = f"{span}缺少部分年份的实际值（已公布：{listed}），无法判断。"
        return Status("no-data", "cumulative", msg, caveats=caveats, **base)
    average, needed = total / len(years), target / n_years
    ratio = average / needed
    kind: Kind = "on-track" if ratio >= ON_TRACK_RATIO else "off-track"
    msg = (
        f"已公布年份（{listed}）年均{_v(average, unit)}；{span}累计{_v(target, unit)}需要年均{_v(needed, unit)}；"
        f"两者之比{ratio:.2f}（不低于{ON_TRACK_RATIO:g}为进度正常）。"
    )
    return Status(kind, "cumulative", msg, ratio=ratio, caveats=caveats, **base)


def starting_point(ind: Indicator, period_start: int) -> Start | None:
    """The baseline when it has a number and a year; else the latest value the plan itself
    reports for a year up to the start of its period (发展基础: 2020年达到90.3%)."""
    b = ind.baseline
    if b is not None and b.value is not None and b.year is not None:
        return Start(Point(b.year, b.value), "baseline")
    own = [o for o in ind.observations if o.value is not None and o.year is not None and o.year <= period_start]
    if not own:
        return None
    best = max(own, key=lambda o: o.year or 0)
    return Start(Point(best.year, best.value or 0.0), "plan-report")


def usable(observations: Sequence[ReportedValue]) -> list[ReportedValue]:
    """The figures a status may use: the plan's own region, no open doubt."""
    return [o for o in observations if o.scope == "region" and o.doubt is None]


def indicator_status(
    ind: Indicator,
    period: Period | tuple[int, int],
    observations: Sequence[ReportedValue],
    method: TargetMethod | None = None,
    as_of: dt.date | None = None,
) -> Status:
    """The computed status of one indicator from its target, starting point and later figures."""
    if isinstance(period, tuple):
        period = Period(start=period[0], end=period[1])
    year = read_target_year(period, ind)
    t = ind.target
    if t is not None and not year.in_period:
        msg = f"{year.note}，不作为本规划的目标计算进度。"
        return Status("out-of-period", "none", msg, target_year=year.year, year_note=year.note)
    if t is not None and t.illegible:
        return Status("not-applicable", "none", f"目标原文残损（{t.illegible}），没有数值，不计算进度。")
    if t is not None and t.upper is not None:
        return Status("not-applicable", "none", f"目标是一个区间（{t.as_written}），不计算进度。")
    if t is None or t.value is None or t.comparator is None:
        return Status("not-applicable", "none", "目标没有数值（或没有目标），不计算进度。")
    unit = ind.unit or ""
    points = [Point(o.year, o.value) for o in usable(observations)]
    if not points and observations:
        msg = "只有待核实的数字或全国数据，未找到可用于计算的本地区实际值。"
        return Status("no-data", "cumulative" if method else "level", msg, target=t.value, year_note=year.note)
    if method is not None:
        s = cumulative_status(t.value, t.comparator, method.first_year, method.last_year, points, unit=unit)
    else:
        start = starting_point(ind, period.start)
        s = level_status(t.value, t.comparator, year.year, start, points, unit=unit, as_of=as_of)
    return replace(s, year_note=year.note)

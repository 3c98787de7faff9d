"""What a target says, read once for every page: the year it is for and how two targets compare.

Pure rules on the typed models. Comparisons, the tracker, charts and downloads all ask here, so a
page never says more about a target than its words and comparator do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from generator.model import Indicator, Observation, Period, Value

ILLEGIBLE = "原文残损"


# -- the year a target is for ----------------------------------------------------------------


@dataclass(frozen=True)
class TargetYear:
    """The year a target is for, and why: stated by the text, or the period's end when it states none."""

    year: int | None
    stated: bool  # the text writes the year
    in_period: bool  # False when the stated year lies outside the plan's period
    note: str  # for a reader: empty when the text states a year inside the period


def target_year(period: Period, ind: Indicator) -> TargetYear:
    target = ind.target
    if target is not None and target.year is not None:
        inside = period.start <= target.year <= period.end
        note = "" if inside else f"规划期外目标：目标年份{target.year}年不在本规划期（{period.start}–{period.end}年）内"
        return TargetYear(target.year, True, inside, note)
    if ind.year_caveat:  # the source's own years disagree with its period: no year is assumed
        return TargetYear(None, False, True, "原文未写目标年份")
    return TargetYear(period.end, False, True, f"原文未写目标年份，按规划期末（{period.end}年）计")


# -- how a value reads -----------------------------------------------------------------------


def value_words(v: Value | Observation) -> str:
    """A value as a reader sees it: as written, or 原文残损 with its note when the source is damaged."""
    if v.illegible:
        return f"{ILLEGIBLE}（{v.illegible}）"
    return v.as_written if v.as_written.strip() else "（空白）"


# -- comparing two targets -------------------------------------------------------------------

Relation = Literal["above", "equal", "below", "incomparable"]
Shape = Literal["point", "floor", "ceiling", "range"]


@dataclass(frozen=True)
class Bounds:
    """The values a target admits: lo..hi, each end open or closed (≥95: [95, ∞); 超过95: (95, ∞))."""

    lo: float
    lo_open: bool
    hi: float
    hi_open: bool
    shape: Shape


def bounds(v: Value | None) -> Bounds | None:
    """None when the value states no number (稳定增长), or is illegible."""
    if v is None or v.value is None or v.comparator is None or v.illegible:
        return None
    x, inf = v.value, math.inf
    if v.upper is not None:
        return Bounds(x, False, v.upper, False, "range")
    return {
        "=": Bounds(x, False, x, False, "point"),
        ">=": Bounds(x, False, inf, True, "floor"),
        ">": Bounds(x, True, inf, True, "floor"),
        "<=": Bounds(-inf, True, x, False, "ceiling"),
        "<": Bounds(-inf, True, x, True, "ceiling"),
    }[v.comparator]


def _wholly_above(a: Bounds, b: Bounds) -> bool:
    """Every value a admits is higher than every value b admits."""
    return a.lo > b.hi or (a.lo == b.hi and (a.lo_open or b.hi_open))


def _higher_end(x: float, x_open: bool, y: float, y_open: bool, *, floor: bool) -> Relation:
    """Two floors (or two ceilings): the higher bound is the higher target; 超过95 is above ≥95."""
    if x != y:
        return "above" if x > y else "below"
    if x_open == y_open:
        return "equal"
    return "above" if x_open == floor else "below"


def relation(a: Value | None, b: Value | None) -> tuple[Relation, str]:
    """How target ``a`` stands against target ``b``, and why when it cannot be decided.

    Rules (the method page states them): equal only when both admit the same values; above
    (below) when every value ``a`` admits is higher (lower) than every value ``b`` admits;
    two floors or two ceilings compare their bounds; a number inside the other's floor or
    ceiling compares with that bound; anything else is not comparable.
    """
    if any(v is not None and v.illegible for v in (a, b)):
        return "incomparable", f"{ILLEGIBLE}，无法比较"
    x, y = bounds(a), bounds(b)
    if x is None or y is None:
        return "incomparable", "至少一方不是数值目标，无法比较"
    if (x.lo, x.lo_open, x.hi, x.hi_open) == (y.lo, y.lo_open, y.hi, y.hi_open):
        return "equal", ""
    if _wholly_above(x, y):
        return "above", ""
    if _wholly_above(y, x):
        return "below", ""
    if x.shape == y.shape == "floor":
        return _higher_end(x.lo, x.lo_open, y.lo, y.lo_open, floor=True), ""
    if x.shape == y.shape == "ceiling":
        return _higher_end(x.hi, x.hi_open, y.hi, y.hi_open, floor=False), ""
    pair = {x.shape, y.shape}
    if pair in ({"point", "floor"}, {"point", "ceiling"}):
        point, bound = (x, y) if x.shape == "point" else (y, x)
        end = bound.lo if bound.shape == "floor" else bound.hi
        if point.lo != end:
            higher = x.lo > y.lo if bound.shape == "floor" else x.hi > y.hi
            return ("above" if higher else "below"), ""
        return "incomparable", "数值相同，但一方是确定数值、另一方是下限或上限，无法比较高低"
    if "range" in pair:
        return "incomparable", "区间与对方有重叠，无法比较高低"
    return "incomparable", "一方是下限、另一方是上限，无法比较高低"

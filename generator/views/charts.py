"""The one place that imports plotly: figures as JSON for the page's chart initialiser.

Plotly makes the layout every chart starts from (its template, font, margins); the figures are
plain data over it, which Plotly's own validators read in the tests (its figure objects check
every property of every figure, which took most of a fresh build's views). While ``kept`` is
open, a figure drawn by an earlier build with the same arguments is read from that build's record
instead of drawn again: the record is keyed by this module's code and the installed packages
(Plotly's version among them), so changed code or a new Plotly draws every figure again.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar

import plotly.graph_objects as go

from generator.inputs import code_digest
from generator.sitemodel.vocabulary import BASELINE, ROLE, TARGET

FONT = "system-ui, -apple-system, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"
# Marker colours must read on a white page and on a dark one (#1e2129): WCAG 3:1 against both,
# which is a relative luminance between these two.
LUMINANCE = (0.15, 0.29)
BASELINE_COLOUR = "#737373"
TEXT_COLOUR = "#333333"
Role = Literal["baseline", "actual", "target"]
Kind = Literal["level", "year", "cumulative"]
KIND_NAME: dict[str, str] = {"level": "实际", "year": "实际（当年数）", "cumulative": "实际（累计）"}
ROLE_ORDER = {"baseline": 0, "actual": 1, "target": 2}


P = ParamSpec("P")
R = TypeVar("R")
_kept: dict[str, Any] = {}  # an earlier build's figures, by their arguments
_used: dict[str, Any] | None = None  # this build's, while ``kept`` is open


@contextmanager
def kept(record: Path) -> Iterator[None]:
    """Take figures from ``record`` (what the last build drew) while open; on a normal exit,
    write this build's figures there (only those it used: the record does not grow)."""
    global _kept, _used
    code = code_digest(__name__)
    try:
        found = json.loads(record.read_text(encoding="utf-8"))
        old = found["figures"] if found.get("code") == code else {}
    except (OSError, ValueError, KeyError, TypeError):
        old = {}
    _kept, _used = old if isinstance(old, dict) else {}, {}
    try:
        yield
        tmp = record.with_name(record.name + ".tmp")
        tmp.write_text(json.dumps({"code": code, "figures": _used}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, record)
    finally:
        _kept, _used = {}, None


def _drawn_once(draw: Callable[P, R]) -> Callable[P, R]:
    """A figure function whose result (plain JSON data) is kept by its arguments (see ``kept``)."""

    @functools.wraps(draw)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if _used is None:
            return draw(*args, **kwargs)
        key = hashlib.sha256(repr((draw.__name__, args, sorted(kwargs.items()))).encode()).hexdigest()
        if key not in _used:
            _used[key] = _kept[key] if key in _kept else draw(*args, **kwargs)
        result: R = _used[key]
        return result

    return wrapper


class Figure(str):
    """A figure's JSON, and what the chart leaves out or assumes, for the words under it."""

    note: str

    def __new__(cls, text: str, note: str = "") -> Figure:
        self = super().__new__(cls, text)
        self.note = note
        return self


@dataclass(frozen=True)
class ChartPoint:
    """One figure on an indicator's time axis: a year (start == end) or a span of years (“十三五”时期)."""

    role: Role
    kind: Kind
    start: int
    end: int
    value: float
    label: str  # the short text beside it: ≥99%
    hover: str  # the words, in full
    name: str = ""  # the legend entry; empty: from role and kind


def luminance(colour: str) -> float:
    """WCAG relative luminance of #rrggbb."""
    rgb = [int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@functools.cache
def readable(colour: str) -> str:
    """The colour, darkened or lightened just enough to stand 3:1 against white and #1e2129."""
    rgb = [int(colour[k : k + 2], 16) for k in (1, 3, 5)]
    lo, hi = LUMINANCE
    for step in range(0, 101):
        t = step / 100
        for towards in (0, 255):
            mixed = "#" + "".join(f"{round(c + (towards - c) * t):02x}" for c in rgb)
            if lo <= luminance(mixed) <= hi:
                return mixed
    return BASELINE_COLOUR


def _layout(fig: go.Figure) -> go.Figure:
    fig.update_layout(
        template="none",
        height=320,
        margin={"l": 56, "r": 16, "t": 24, "b": 48},
        font={"family": FONT, "size": 13},
        separators=".,",
        showlegend=False,
        yaxis={"title": {"text": ""}, "rangemode": "tozero", "gridcolor": "#e5e5e5"},
        xaxis={"type": "category"},
        hovermode="closest",
    )
    return fig


@functools.cache
@_drawn_once
def _base_layout(trace_type: str) -> str:
    """The layout every chart starts from, as Plotly writes it for a figure of one kind of trace
    (its template names the kind): JSON text, copied for each figure (and kept in the record of
    figures: a build that draws a few figures does not start Plotly)."""
    fig = _layout(go.Figure({"data": [{"type": trace_type}]}))
    return json.dumps(json.loads(fig.to_json())["layout"])


def _merged(base: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``update`` written over it, nested dicts merged key by key (Plotly's
    ``update_layout``); lists and other values replaced whole."""
    out = dict(base)
    for key, value in update.items():
        old = out.get(key)
        out[key] = _merged(old, value) if isinstance(value, dict) and isinstance(old, dict) else value
    return out


def _laid_out(trace_type: str, **update: Any) -> dict[str, Any]:
    """The base layout with the figure's own settings over it. Plotly's figure objects would check
    every property on each figure, which is most of a fresh build's views; the figures are plain
    data instead, and the tests check every figure of the real site with Plotly's validators."""
    return _merged(json.loads(_base_layout(trace_type)), update)


def _trace(trace_type: str, **props: Any) -> dict[str, Any]:
    return {"type": trace_type, **props}


# Plotly reads <br>, <a href>, <b> … in a label as markup. Words from the data are shown as
# written: their <, > and & become entities, which Plotly prints as the characters themselves.
# (hovertemplate and ticktext are the generator's own, with their <br> and %{…}.)
_WORDS = ("text", "hovertext", "name", "x", "y")


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _as_text(figure: dict[str, Any]) -> dict[str, Any]:
    """A copy of the figure whose every label from the data is text, never markup."""
    data = [{k: _plain(v) if k in _WORDS else v for k, v in trace.items()} for trace in figure.get("data", [])]
    layout = dict(figure.get("layout", {}))
    for part in ("annotations", "shapes"):  # their text, and the category they stand on
        if part in layout:
            layout[part] = [
                {k: _plain(v) if k in ("text", "x", "y", "x0", "x1", "y0", "y1") else v for k, v in a.items()}
                for a in layout[part]
            ]
    for axis in ("xaxis", "yaxis"):
        if "categoryarray" in layout.get(axis, {}):
            layout[axis] = layout[axis] | {"categoryarray": _plain(layout[axis]["categoryarray"])}
    return {**figure, "data": data, "layout": layout}


YEAR_TICKS = 8  # up to this many years with figures, each gets its own tick


def indicator_figure(points: Sequence[ChartPoint], colour: str, unit: str, note: str = "") -> Figure:
    """Baseline (open circle), actual figures (filled circles, a line joining only figures of one
    kind) and target (diamond, never joined), on a time axis of years; spans (“十三五”时期) as a
    bar across their years. Labels stay inside the plot: room above the highest and at both ends."""
    colour = readable(colour)
    xs = [x for p in points for x in (p.start, p.end)]
    x0, x1 = min(xs), max(xs)
    pad = max(1.0, (x1 - x0) * 0.12)  # half a year label of room at each end, on a phone too
    top = max([p.value for p in points] + [0.0])
    bottom = min([p.value for p in points] + [0.0])
    span = (top - bottom) or abs(top) or 1.0
    traces: list[dict[str, Any]] = []
    seen: set[str] = set()
    spans = [p for p in points if p.end > p.start]
    singles = [p for p in points if p.end == p.start]
    for key in sorted({(ROLE_ORDER[p.role], p.role, p.kind) for p in singles}):
        _, role, kind = key
        group = sorted((p for p in singles if (p.role, p.kind) == (role, kind)), key=lambda p: p.start)
        traces.append(_points_trace(group, role, kind, colour, x0, x1, seen))
    for p in spans:
        traces.append(_span_trace(p, colour, seen))
    below = any(str(pos).startswith("bottom") for t in traces for pos in t["textposition"])
    layout = dict(_indicator_layout(unit))
    layout["xaxis"] = {
        "type": "linear",
        "range": [x0 - pad, x1 + pad],
        **_year_ticks(sorted(set(xs)), x0, x1, x1 - x0 + 2 * pad),
        "tickformat": "d",
        "ticksuffix": "年",
        "showgrid": False,
        "zeroline": False,
        "automargin": True,
    }
    # a slanted year label under the last tick reaches past the plot: room for it, or Plotly hides it
    layout["margin"] = dict(layout["margin"]) | {"r": 44}
    layout["yaxis"] = dict(layout["yaxis"]) | {
        "range": [min(0.0, bottom) - (span * 0.14 if below else 0.0), top + span * 0.22],
        "rangemode": "normal",
        "automargin": True,
    }
    return Figure(_dumps({"data": traces, "layout": layout}), note)


def _year_ticks(years: list[int], x0: int, x1: int, span: float) -> dict[str, Any]:
    """Ticks at the years that have figures (every one labelled, at any width), or, when
    there are many, every one, two or five years."""
    if len(years) <= YEAR_TICKS:
        return {"tickmode": "array", "tickvals": years, "ticktext": _staggered(years, span), "tickangle": 0}
    return {"tickmode": "linear", "tick0": x0, "dtick": 1 if x1 - x0 <= 6 else 2 if x1 - x0 <= 14 else 5}


def _staggered(years: list[int], span: float) -> list[str]:
    """Year labels, level. On a phone the plot is about 230 px wide and a label about 50 px, so a
    label closer than ``span`` × 0.22 years to the last one on its line drops to the next line."""
    gap = max(2.0, span * 0.22)
    last: list[float] = [-math.inf] * 3  # the last year written on each line
    out = []
    for y in years:
        line = next((n for n, x in enumerate(last) if y - x >= gap), 0)
        last[line] = y
        out.append("<br>" * line + f"{y}年")
    return out


def _name(p: ChartPoint) -> str:
    if p.name:
        return p.name
    return {**ROLE, "actual": KIND_NAME[p.kind]}[p.role]


def _positions(xs: list[int], x0: int, x1: int) -> list[str]:
    """Labels at the ends of the axis run inwards, so they are never cut off at the chart's edge;
    a label close to the one before it (within a quarter of the axis) goes under its point."""
    out: list[str] = []
    for k, x in enumerate(xs):
        side = "center" if x0 == x1 else "right" if x == x0 else "left" if x == x1 else "center"
        crowded = k > 0 and out[-1].startswith("top") and (x - xs[k - 1]) * 4 < (x1 - x0) + 2
        out.append(f"{'bottom' if crowded else 'top'} {side}")
    return out


def _points_trace(
    group: list[ChartPoint], role: str, kind: str, colour: str, x0: int, x1: int, seen: set[str]
) -> dict[str, Any]:
    name = _name(group[0])
    marker: dict[str, Any] = {
        "baseline": {"symbol": "circle-open", "size": 11, "color": BASELINE_COLOUR, "line": {"width": 2}},
        "actual": {"symbol": "circle", "size": 9, "color": colour},
        "target": {"symbol": "diamond", "size": 13, "color": colour, "line": {"width": 1, "color": "#ffffff"}},
    }[role]
    joined = role == "actual" and len(group) > 1
    trace: dict[str, Any] = {
        "type": "scatter",
        "name": name,
        "legendgroup": name,
        "showlegend": name not in seen,
        "x": [p.start for p in group],
        "y": [p.value for p in group],
        "text": [p.label for p in group],
        "hovertext": [p.hover for p in group],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "mode": "lines+markers+text" if joined else "markers+text",
        "marker": marker,
        "textposition": _positions([p.start for p in group], x0, x1),
        "textfont": {"color": TEXT_COLOUR},
        "cliponaxis": False,
    }
    if joined:
        trace["line"] = {"color": colour, "width": 2, "dash": "dot" if kind == "year" else "solid"}
    seen.add(name)
    return trace


def _span_trace(p: ChartPoint, colour: str, seen: set[str]) -> dict[str, Any]:
    """A figure for several years (a period's total or a level stated for the whole period): a bar
    from its first year to its last, ends marked, its label over the middle."""
    name = _name(p)
    mid = (p.start + p.end) / 2
    trace: dict[str, Any] = {
        "type": "scatter",
        "name": name,
        "legendgroup": name,
        "showlegend": name not in seen,
        "x": [p.start, mid, p.end],
        "y": [p.value, p.value, p.value],
        "text": ["", p.label, ""],
        "hovertext": [p.hover] * 3,
        "hovertemplate": "%{hovertext}<extra></extra>",
        "mode": "lines+markers+text",
        "marker": {"symbol": "line-ns-open", "size": [14, 0, 14], "color": colour, "line": {"width": 3}},
        "line": {"color": colour, "width": 4},
        "textposition": "top center",
        "textfont": {"color": TEXT_COLOUR},
        "cliponaxis": False,
    }
    seen.add(name)
    return trace


@functools.cache
def _indicator_layout(unit: str) -> dict[str, Any]:
    """An indicator chart's layout before its axes are fitted to its figures (shared: copy to change)."""
    return _laid_out(
        "scatter",
        height=360,
        yaxis={"title": {"text": unit}},
        margin={"l": 56, "r": 16, "t": 40, "b": 88},
        showlegend=True,
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0, "font": {"size": 12}},
    )


def _dumps(figure: dict[str, Any]) -> str:
    return json.dumps(_as_text(figure), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def value_range(values: Sequence[float]) -> tuple[float, float]:
    """An axis range that shows the differences: padded around the values, not from zero.

    95 and 98.5 get about 94.5–99.2, not 0–100; a lone value gets a band around itself.
    """
    lo, hi = min(values), max(values)
    span = hi - lo or max(abs(hi) * 0.05, 1.0)
    return (lo - span * 0.25, hi + span * 0.25)


Pair = tuple[float, str]  # a number and the words it is written in


@_drawn_once
def dumbbell_figure(
    labels: Sequence[str],
    baselines: Sequence[Pair | None],
    targets: Sequence[Pair],
    colours: Sequence[str],
    unit: str = "",
    reference: Pair | None = None,
) -> str:
    """One row per plan: its baseline (open circle) and target (filled), full labels on the left,
    an axis that shows the differences, and a reference line (the province's target)."""
    ys = list(labels)
    numbers = [t[0] for t in targets] + [b[0] for b in baselines if b] + ([reference[0]] if reference else [])
    lo, hi = value_range(numbers)
    traces = [*_baseline_trace(ys, baselines), _target_trace(ys, targets, [readable(c) for c in colours], (lo, hi))]
    if reference:
        traces.append(_reference_trace(ys, reference))
    shapes = [_segment(y, b[0], t[0]) for y, b, t in zip(ys, baselines, targets, strict=True) if b]
    annotations = [_row_label(y) for y in ys]
    layout = _laid_out(
        "scatter",
        height=112 + 64 * len(ys) + (24 if reference else 0),
        margin={"l": 8, "r": 16, "t": 40, "b": 96 if reference else 72},
        showlegend=True,
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0},
        xaxis={
            "type": "linear",
            "range": [lo, hi],
            "title": {"text": ""},
            "ticksuffix": unit if len(unit) <= 2 else "",
            "gridcolor": "#e5e5e5",
            "rangemode": "normal",
        },
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": ys,
            "showticklabels": False,
            "showgrid": False,
            "title": {"text": ""},
            "range": [len(ys) - 0.4, -0.9],  # first row on top, room for its label
        },
        annotations=annotations,
        **({"shapes": shapes} if shapes else {}),  # (Plotly writes no empty list)
    )
    return _dumps({"data": traces, "layout": layout})


def _baseline_trace(ys: list[str], baselines: Sequence[Pair | None]) -> list[dict[str, Any]]:
    pairs = [(y, b) for y, b in zip(ys, baselines, strict=True) if b]
    if not pairs:
        return []
    return [
        _trace(
            "scatter",
            name=BASELINE,
            y=[y for y, _ in pairs],
            x=[b[0] for _, b in pairs],
            text=[b[1] for _, b in pairs],
            mode="markers",
            marker={"size": 11, "symbol": "circle-open", "color": BASELINE_COLOUR, "line": {"width": 2}},
            hovertemplate=f"%{{y}}<br>{BASELINE}：%{{text}}<extra></extra>",
        )
    ]


def _target_trace(
    ys: list[str], targets: Sequence[Pair], colours: Sequence[str], span: tuple[float, float]
) -> dict[str, Any]:
    """Filled circles; each label runs away from the nearer edge (a long phrase is never cut off)."""
    lo, hi = span
    third = (hi - lo) / 3
    sides = ["right" if t[0] < lo + third else "left" if t[0] > hi - third else "center" for t in targets]
    return _trace(
        "scatter",
        name=TARGET,
        y=ys,
        x=[t[0] for t in targets],
        text=[t[1] for t in targets],
        mode="markers+text",
        textposition=[f"bottom {side}" for side in sides],
        cliponaxis=False,
        marker={"size": 12, "color": list(colours)},
        hovertemplate=f"%{{y}}<br>{TARGET}：%{{text}}<extra></extra>",
    )


def _segment(y: str, x0: float, x1: float) -> dict[str, object]:
    line = {"color": "#bbbbbb", "width": 2}
    return {
        "type": "line",
        "xref": "x",
        "yref": "y",
        "x0": x0,
        "x1": x1,
        "y0": y,
        "y1": y,
        "line": line,
        "layer": "below",
    }


def _row_label(y: str) -> dict[str, object]:
    """The full label above its row, across the whole width: nothing is cut off on a phone."""
    return {
        "x": 0,
        "y": y,
        "xref": "paper",
        "yref": "y",
        "xanchor": "left",
        "yanchor": "bottom",
        "yshift": 10,
        "showarrow": False,
        "align": "left",
        "text": y,
        "font": {"size": 13, "color": "#222222"},
    }


def _reference_trace(ys: list[str], reference: Pair) -> dict[str, Any]:
    """The province's target: a dashed line across all rows, named in the legend (a label above the
    plot would sit under the mode bar)."""
    x, text = reference
    return _trace(
        "scatter",
        name=text,
        x=[x, x],
        y=[ys[0], ys[-1]],
        mode="lines",
        line={"color": BASELINE_COLOUR, "width": 1.5, "dash": "dash"},
        hoverinfo="skip",
    )


@_drawn_once
def stacked_figure(categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[int]]]) -> str:
    """One horizontal stacked bar per category, one coloured series per (name, colour, values).

    Bars lie flat so every category's name is written out whole on the left, at any width."""
    traces = [
        _trace(
            "bar",
            name=name,
            y=list(categories),
            x=list(values),
            orientation="h",
            marker={"color": colour},
            hovertemplate=f"{name} %{{y}}: %{{x}}<extra></extra>",
        )
        for name, colour, values in series
    ]
    layout = _laid_out(
        "bar",
        height=120 + 30 * len(categories) + 22 * len(series),
        barmode="stack",
        showlegend=True,
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0, "traceorder": "normal"},
        margin={"l": 8, "r": 16, "t": 16, "b": 24 + 22 * len(series)},
        xaxis={"type": "linear", "gridcolor": "#e5e5e5", "rangemode": "tozero", "title": {"text": ""}},
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": list(categories),
            "autorange": "reversed",
            "automargin": True,
            "title": {"text": ""},
            "gridcolor": "rgba(0,0,0,0)",
        },
    )
    return _dumps({"data": traces, "layout": layout})

"""The one place that imports plotly: figures as JSON for the page's chart initialiser."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go

FONT = "system-ui, -apple-system, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"


def _layout(fig: go.Figure, *, y_title: str = "", height: int = 320) -> go.Figure:
    fig.update_layout(
        template="none",
        height=height,
        margin={"l": 56, "r": 16, "t": 24, "b": 48},
        font={"family": FONT, "size": 13},
        separators=".,",
        showlegend=False,
        yaxis={"title": {"text": y_title}, "rangemode": "tozero", "gridcolor": "#e5e5e5"},
        xaxis={"type": "category"},
        hovermode="closest",
    )
    return fig


def to_json(fig: go.Figure) -> str:
    """Compact, key-sorted JSON: the same figure gives the same bytes."""
    return json.dumps(json.loads(fig.to_json()), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def indicator_figure(points: Sequence[tuple[str, float, str]], colour: str, unit: str) -> str:
    """Baseline, observations and target: (label, value, text as written) per point.

    One such chart per indicator (hundreds a site): plotly checks the trace's shape once per
    colour, and the figure is then filled in as plain data (the same bytes as plotly's own)."""
    trace = dict(_indicator_trace(colour))
    trace.update(x=[p[0] for p in points], y=[p[1] for p in points], text=[p[2] for p in points])
    return _dumps({"data": [trace], "layout": _indicator_layout(unit)})


@functools.cache
def _indicator_trace(colour: str) -> dict[str, Any]:
    trace = go.Scatter(
        mode="lines+markers+text",
        textposition="top center",
        marker={"size": 10, "color": colour},
        line={"color": colour, "dash": "dot"},
        hovertemplate="%{x}: %{text}<extra></extra>",
    )
    return dict(json.loads(go.Figure(trace).to_json())["data"][0])


@functools.cache
def _indicator_layout(unit: str) -> dict[str, Any]:
    return dict(json.loads(_layout(go.Figure(), y_title=unit).to_json())["layout"])


def _dumps(figure: dict[str, Any]) -> str:
    return json.dumps(figure, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def bars_figure(
    labels: Sequence[str], values: Sequence[float], texts: Sequence[str], colours: Sequence[str], unit: str = ""
) -> str:
    fig = go.Figure(
        go.Bar(
            x=list(labels),
            y=list(values),
            text=list(texts),
            textposition="outside",
            marker={"color": list(colours)},
            hovertemplate="%{x}: %{text}<extra></extra>",
            cliponaxis=False,
        )
    )
    return to_json(_layout(fig, y_title=unit))


def value_range(values: Sequence[float]) -> tuple[float, float]:
    """An axis range that shows the differences: padded around the values, not from zero.

    95 and 98.5 get about 94.5–99.2, not 0–100; a lone value gets a band around itself.
    """
    lo, hi = min(values), max(values)
    span = hi - lo or max(abs(hi) * 0.05, 1.0)
    return (lo - span * 0.25, hi + span * 0.25)


Pair = tuple[float, str]  # a number and the words it is written in


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
    fig = go.Figure([*_baseline_trace(ys, baselines), _target_trace(ys, targets, colours)])
    shapes = [_segment(y, b[0], t[0]) for y, b, t in zip(ys, baselines, targets, strict=True) if b]
    annotations = [_row_label(y) for y in ys]
    if reference:
        shapes.append(_reference_line(reference[0]))
        annotations.append(_reference_label(reference))
    _layout(fig, height=112 + 64 * len(ys))
    fig.update_layout(
        margin={"l": 8, "r": 16, "t": 40, "b": 72},
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
        shapes=shapes,
        annotations=annotations,
    )
    return to_json(fig)


def _baseline_trace(ys: list[str], baselines: Sequence[Pair | None]) -> list[go.Scatter]:
    pairs = [(y, b) for y, b in zip(ys, baselines, strict=True) if b]
    if not pairs:
        return []
    return [
        go.Scatter(
            name="基期",
            y=[y for y, _ in pairs],
            x=[b[0] for _, b in pairs],
            text=[b[1] for _, b in pairs],
            mode="markers",
            marker={"size": 11, "symbol": "circle-open", "color": "#666666", "line": {"width": 2}},
            hovertemplate="%{y}<br>基期：%{text}<extra></extra>",
        )
    ]


def _target_trace(ys: list[str], targets: Sequence[Pair], colours: Sequence[str]) -> go.Scatter:
    return go.Scatter(
        name="目标",
        y=ys,
        x=[t[0] for t in targets],
        text=[t[1] for t in targets],
        mode="markers+text",
        textposition="bottom center",
        cliponaxis=False,
        marker={"size": 12, "color": list(colours)},
        hovertemplate="%{y}<br>目标：%{text}<extra></extra>",
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


def _reference_line(x: float) -> dict[str, object]:
    line = {"color": "#333333", "width": 1.5, "dash": "dash"}
    return {"type": "line", "xref": "x", "yref": "paper", "x0": x, "x1": x, "y0": 0, "y1": 1, "line": line}


def _reference_label(reference: Pair) -> dict[str, object]:
    x, text = reference
    font = {"size": 12, "color": "#333333"}
    return {
        "x": x,
        "y": 1,
        "xref": "x",
        "yref": "paper",
        "yanchor": "bottom",
        "showarrow": False,
        "text": text,
        "font": font,
    }


def stacked_figure(categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[int]]]) -> str:
    """One bar group per category, one coloured series per (name, colour, values)."""
    fig = go.Figure(
        [
            go.Bar(
                name=name,
                x=list(categories),
                y=list(values),
                marker={"color": colour},
                hovertemplate=f"{name} %{{x}}: %{{y}}<extra></extra>",
            )
            for name, colour, values in series
        ]
    )
    _layout(fig, height=360)
    fig.update_layout(barmode="stack", showlegend=True, legend={"orientation": "h", "y": -0.2})
    return to_json(fig)

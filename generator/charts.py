"""The one place that imports plotly: figures as JSON for the page's chart initialiser."""

from __future__ import annotations

import json
from collections.abc import Sequence

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
    """Baseline, observations and target: (label, value, text as written) per point."""
    fig = go.Figure(
        go.Scatter(
            x=[p[0] for p in points],
            y=[p[1] for p in points],
            text=[p[2] for p in points],
            mode="lines+markers+text",
            textposition="top center",
            marker={"size": 10, "color": colour},
            line={"color": colour, "dash": "dot"},
            hovertemplate="%{x}: %{text}<extra></extra>",
        )
    )
    return to_json(_layout(fig, y_title=unit))


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

"""An animated chart as a plotly figure: one frame per time step, play/pause and a time slider.

plotly tweens between frames in the browser; the value axis is pinned to the range of every time
step (as in the video frames), so growth on screen is growth in the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from render.chart import figure_parts
from render.chart_core import value_range as _value_range
from render.data import PIE_LIKE
from render.plan import ChartType

if TYPE_CHECKING:
    import plotly.graph_objects as go


def figure(part: Any) -> go.Figure:
    """plotly frames per time step; plotly tweens between them in the browser. Traces are plain
    dicts and the figure is built in one constructor call: an animated chart costs about what a
    static one does before its first frame shows."""
    import plotly.graph_objects as go

    theme = part.ctx.theme
    ks = part.keyframes()
    parts = [figure_parts(part.chart, part.data_at(t), theme) for t in ks]
    layout: dict[str, Any] = dict(parts[-1][1])
    ms = int(part.scene.step_seconds * 1000)
    horizontal = part.ct == ChartType.horizontal_bar
    value_axis, cat_axis = ("xaxis", "yaxis") if horizontal else ("yaxis", "xaxis")
    pins = []
    if part.value_range is not None and part.ct not in PIE_LIKE:
        pins.append((value_axis, part.value_range))
    if part.x_range is not None:
        pins.append(("xaxis", part.x_range))
    for axis, pinned in pins:
        lo, hi, _ = _value_range([], False, pinned)
        layout[axis] = {**layout.get(axis, {}), "range": [lo, hi], "autorange": False}
    if part.mode == "reveal" and part.ct not in PIE_LIKE and part.ct != ChartType.scatter:
        layout[cat_axis] = {
            **layout.get(cat_axis, {}),
            "categoryorder": "array",
            "categoryarray": list(part.labels),
        }
    frames = [
        {"data": traces, "name": str(n), "layout": _frame_layout(part, traces, t)}
        for n, ((traces, _), t) in enumerate(zip(parts, ks, strict=True))
    ]
    labels = [part.label_at(t) or str(n + 1) for n, t in enumerate(ks)]
    play = {
        "frame": {"duration": ms, "redraw": True},
        "transition": {"duration": int(ms * 0.9), "easing": "linear"},
        "fromcurrent": True,
        "mode": "immediate",
    }
    layout.update(
        margin={**layout.get("margin", {}), "b": 110},
        updatemenus=[
            {
                "type": "buttons",
                "direction": "left",
                "showactive": False,
                "x": 0,
                "y": -0.12,
                "xanchor": "left",
                "yanchor": "top",
                "pad": {"t": 30, "r": 10},
                "buttons": [
                    {"label": "▶ Play", "method": "animate", "args": [None, play]},
                    {
                        "label": "❚❚ Pause",
                        "method": "animate",
                        "args": [
                            [None],
                            {"frame": {"duration": 0, "redraw": False}, "mode": "immediate"},
                        ],
                    },
                ],
            }
        ],
        sliders=[
            {
                "active": 0,
                "x": 0.16,
                "y": -0.12,
                "len": 0.84,
                "xanchor": "left",
                "yanchor": "top",
                "pad": {"t": 30},
                "currentvalue": {
                    "prefix": "",
                    "visible": True,
                    "xanchor": "right",
                    "font": {"size": 20, "color": theme.accent},
                },
                "transition": {"duration": int(ms * 0.9), "easing": "linear"},
                "steps": [
                    {
                        "label": lb,
                        "method": "animate",
                        "args": [
                            [str(n)],
                            {
                                "frame": {"duration": ms, "redraw": True},
                                "mode": "immediate",
                                "transition": {"duration": int(ms * 0.9)},
                            },
                        ],
                    }
                    for n, lb in enumerate(labels)
                ],
            }
        ],
    )
    first = _frame_layout(part, parts[0][0], ks[0])
    layout["annotations"] = first["annotations"]
    if "yaxis" in first:
        layout["yaxis"] = {**layout.get("yaxis", {}), **first["yaxis"]}
    return go.Figure(data=parts[0][0], layout=layout, frames=frames)


def _frame_layout(part: Any, traces: list[dict[str, Any]], t: float) -> dict[str, Any]:
    label = part.label_at(t)
    out: dict[str, Any] = {
        "annotations": [
            {
                "text": label,
                "xref": "paper",
                "yref": "paper",
                "x": 1.0,
                "y": 1.02,
                "xanchor": "right",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 28, "color": part.ctx.theme.accent},
            }
        ]
        if label
        else [],
    }
    if part.ct == ChartType.horizontal_bar and part.mode == "morph":
        cats = list(traces[0].get("y", [])) if traces else []
        out["yaxis"] = {"categoryorder": "array", "categoryarray": cats, "autorange": "reversed"}
    return out

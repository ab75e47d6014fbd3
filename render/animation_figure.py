"""An animated chart as a plotly figure: one frame per time step, play/pause and a time slider.

plotly tweens between frames in the browser; the value axis is pinned to the range of every time
step (as in the video frames), so growth on screen is growth in the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from render.chart import figure_parts, plotly_figure
from render.chart_core import value_range as _value_range
from render.data import PIE_LIKE
from render.plan import ChartType

if TYPE_CHECKING:
    import plotly.graph_objects as go


def figure(part: Any) -> go.Figure:
    """plotly frames per time step; plotly tweens between them in the browser. Traces are plain
    dicts, the figure is built unvalidated like a static chart (`plotly_figure`) and frames carry
    only what changes between time steps: an animated chart costs about what a static one does
    before its first frame shows."""
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
        {"data": changing, "name": str(n), "layout": _frame_layout(part, traces, t)}
        for n, ((traces, _), changing, t) in enumerate(
            zip(parts, _changing([p[0] for p in parts]), ks, strict=True)
        )
    ]
    labels = [part.label_at(t) or str(n + 1) for n, t in enumerate(ks)]
    play = {
        "frame": {"duration": ms, "redraw": True},
        "transition": {"duration": int(ms * 0.9), "easing": "linear"},
        "fromcurrent": True,
        "mode": "immediate",
    }
    layout.update(
        # room for the controls made here: when they fit, plotly draws the plot once, not twice
        margin={**layout.get("margin", {}), "b": 140},
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
                "pad": {"t": 64},  # under the play/pause buttons
                # the frame label is the large annotation over the plot (every frame sets it):
                # a second copy here cost the first frame a text measure in a large page
                "currentvalue": {"visible": False},
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
    return plotly_figure(parts[0][0], layout, frames)


def _changing(steps: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Each time step's traces holding only the properties that differ somewhere between steps.

    plotly.js merges a frame's trace into the trace on screen, so a property the same in every
    step (name, orientation, hover text, styling) is inherited from the figure's own traces, which
    are the first step's. A property that changes is kept in every step, so returning to a step
    restores it. `type` always stays (a frame trace without one would be read as a scatter), and a
    trace missing from some step keeps all its properties."""
    n = min((len(traces) for traces in steps), default=0)
    fixed: list[set[str]] = []
    for i in range(n):
        first = steps[0][i]
        fixed.append(
            {
                k
                for k, v in first.items()
                if k != "type" and all(k in s[i] and s[i][k] == v for s in steps[1:])
            }
        )
    return [
        [
            {k: v for k, v in trace.items() if k not in fixed[i]} if i < n else trace
            for i, trace in enumerate(traces)
        ]
        for traces in steps
    ]


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

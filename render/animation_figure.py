"""An animated chart as a plotly figure: one frame per time step, play/pause and a time slider.

plotly tweens between frames in the browser; the value axis is pinned to the range of every time
step (as in the video frames), so growth on screen is growth in the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from render.chart import figure_from_data
from render.data import PIE_LIKE
from render.plan import ChartType

if TYPE_CHECKING:
    import plotly.graph_objects as go


def figure(part: Any) -> go.Figure:
    """plotly frames per time step; plotly tweens between them in the browser."""
    import plotly.graph_objects as go

    theme = part.ctx.theme
    ks = part.keyframes()
    figs = [figure_from_data(part.chart, part.data_at(t), theme) for t in ks]
    base = figs[-1]
    ms = int(part.scene.step_seconds * 1000)
    horizontal = part.ct == ChartType.horizontal_bar
    value_axis, cat_axis = ("xaxis", "yaxis") if horizontal else ("yaxis", "xaxis")
    layout: dict[str, Any] = {}
    if part.value_range is not None and part.ct not in PIE_LIKE:
        from render.chart import _value_range

        lo, hi, _ = _value_range([], False, part.value_range)
        layout[value_axis] = {"range": [lo, hi], "autorange": False}
    if part.x_range is not None:
        from render.chart import _value_range

        lo, hi, _ = _value_range([], False, part.x_range)
        layout["xaxis"] = {"range": [lo, hi], "autorange": False}
    if part.mode == "reveal" and part.ct not in PIE_LIKE and part.ct != ChartType.scatter:
        layout[cat_axis] = {"categoryorder": "array", "categoryarray": list(part.labels)}
    frames = [
        go.Frame(data=list(f.data), name=str(n), layout=_frame_layout(part, f, t))
        for n, (f, t) in enumerate(zip(figs, ks, strict=True))
    ]
    fig = go.Figure(data=list(figs[0].data), layout=base.layout, frames=frames)
    labels = [part.label_at(t) or str(n + 1) for n, t in enumerate(ks)]
    play = {
        "frame": {"duration": ms, "redraw": True},
        "transition": {"duration": int(ms * 0.9), "easing": "linear"},
        "fromcurrent": True,
        "mode": "immediate",
    }
    fig.update_layout(
        **layout,
        margin={"b": 110},
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
    fig.update_layout(_frame_layout(part, figs[0], ks[0]))
    return fig


def _frame_layout(part: Any, fig: Any, t: float) -> dict[str, Any]:
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
        cats = list(fig.data[0].y) if fig.data else []
        out["yaxis"] = {"categoryorder": "array", "categoryarray": cats, "autorange": "reversed"}
    return out

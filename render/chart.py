"""The chart kind: one resolved `ChartData`, three outputs.

`figure` builds an interactive plotly figure. On a page a chart is a `ChartSlot` holding the plan
and its resolved data; the painters draw it: PowerPoint as an editable native chart
(`render.pptx_chart`), SVG as ordinary page elements lowered by `render.chart_draw`, since the
static preview cannot ask plotly for a picture without a browser. All three read the same
`ChartData`, so they show the same numbers. plotly is imported lazily.
"""

from __future__ import annotations

import functools
import html as htmllib
from typing import TYPE_CHECKING, Any

from render import frame
from render.chart_core import DONUT_HOLE, histogram_titles, legend_names, value_title
from render.data import BAR_LIKE, PIE_LIKE, ChartData
from render.layout import ChartSlot, Context, Element, Layout, Rect
from render.numerals import separators
from render.plan import ChartPlan, ChartType

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from render.theme import Theme


# ------------------------------------------------------------------------------------------- entries


def layout(plan: ChartPlan, ctx: Context) -> Layout:
    """A chart answer as one 16:9 page: the chart (with its own title) filling the margins."""
    page = frame.new_page(ctx, plan.title, plan.answer)
    page.elements.extend(place(plan, frame.content_rect(ctx.theme), ctx))
    return Layout(pages=[page], kind="chart", title=plan.title)


def slot(plan: ChartPlan, rect: Rect, ctx: Context) -> ChartSlot:
    """Resolve the data once and place the chart; both painters then draw the same numbers."""
    return ChartSlot(rect=rect, chart=plan, data=ctx.chart_data(plan))


def place(plan: ChartPlan, rect: Rect, ctx: Context) -> list[Element]:
    """The embed protocol: the chart filling `rect`."""
    return [slot(plan, rect, ctx)]


def check(plan: ChartPlan, ctx: Context) -> None:
    """At `render()`: resolve the data now, so a chart that cannot be drawn (a column that is not
    there, a scatter over text categories) fails here with a message, never later at save. The
    result is cached on `ctx`: drawing reuses it."""
    ctx.chart_data(plan)


def html(result: Any) -> str:
    """The interactive figure for a self-contained HTML page."""
    return result.figure.to_html(full_html=False, include_plotlyjs=True)


def figure(plan: ChartPlan, ctx: Context) -> go.Figure:
    """An interactive plotly figure for the plan (data resolved against `ctx.table`)."""
    return figure_from_data(plan, ctx.chart_data(plan), ctx.theme)


# -------------------------------------------------------------------------------------------- plotly


def _esc(text: str) -> str:
    """plotly reads a small HTML subset in text; escape so user text shows literally."""
    return htmllib.escape(text, quote=False).replace("\n", "<br>")


def figure_from_data(plan: ChartPlan, data: ChartData, theme: Theme) -> go.Figure:
    """Build the figure in one constructor call: repeated update_layout calls cost real time."""
    traces, layout = figure_parts(plan, data, theme)
    return plotly_figure(traces, layout)


def plotly_figure(
    traces: list[dict[str, Any]], layout: dict[str, Any], frames: list[dict[str, Any]] | None = None
) -> go.Figure:
    """A figure from our own dicts, without plotly's per-property validation at build time.

    Validation is most of a figure's cost: the named template alone is expanded and re-validated
    on every build, and an animation's frames are validated one by one (plotly does so even when
    asked not to validate, so they are attached as plain frames here). The dicts come from our
    code, never from a user, and tests check plotly's validation leaves every figure unchanged
    (`go.Figure(fig.to_dict()).to_dict() == fig.to_dict()`). The template is the one plotly
    validated when it registered it, as plotly itself does for its default template. Later edits
    to the figure are validated as usual."""
    import plotly.graph_objects as go

    if isinstance(layout.get("template"), str):
        layout = {**layout, "template": _template(layout["template"])}
    fig = go.Figure(data=traces, layout=layout, _validate=False)
    if frames:
        fig._frame_objs = tuple(go.Frame(f, _validate=False) for f in frames)
    fig._validate = fig.layout._validate = True
    for trace in fig.data:
        trace._validate = True
    return fig


@functools.cache
def _template(name: str) -> dict[str, Any]:
    """A registered plotly template as JSON, once per process (figures copy it, never change it)."""
    import plotly.io as pio

    return pio.templates[name].to_plotly_json()


def figure_parts(
    plan: ChartPlan, data: ChartData, theme: Theme
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The figure's traces and layout as plain dicts (an animation's frames reuse the traces)."""
    ct = plan.chart_type
    unit = f" {_esc(plan.unit)}" if plan.unit else ""
    hover_value = "%{y:,.6~g}" + unit
    palette = list(theme.palette)
    traces: list[dict[str, Any]] = []
    layout: dict[str, Any] = {
        "template": theme.plotly_template,
        "colorway": palette,
        "font": {"family": theme.font_stack, "color": theme.text},
        "paper_bgcolor": theme.background,
        "plot_bgcolor": theme.background,
        "showlegend": len(legend_names(plan, data)) > 1,
        "separators": separators(plan.language),  # hover and labels: "1 410,5" in French
    }
    if plan.title or plan.subtitle:
        layout["title"] = {
            "text": _esc(plan.title),
            "subtitle": {"text": _esc(plan.subtitle)},
            "x": 0.01,
            "xanchor": "left",
        }
        layout["margin"] = {"t": 90 if plan.subtitle else 70}
    x_axis = {"title": {"text": _esc(plan.x_title)}, "automargin": True}
    y_axis = {"title": {"text": _esc(value_title(plan))}, "automargin": True}
    if plan.unit == "%":
        y_axis["ticksuffix"] = "%"

    if ct in BAR_LIKE:
        horizontal = ct == ChartType.horizontal_bar
        for name, values in data.series:
            trace = {"type": "bar", "name": name}
            if horizontal:
                trace.update(x=values, y=data.categories, orientation="h")
                trace["hovertemplate"] = "%{y}: %{x:,.6~g}" + unit + "<extra>%{fullData.name}</extra>"
            else:
                trace.update(x=data.categories, y=values)
                trace["hovertemplate"] = "%{x}: " + hover_value + "<extra>%{fullData.name}</extra>"
            traces.append(trace)
        layout["barmode"] = "stack" if ct == ChartType.stacked_bar else "group"
        if horizontal:
            # plotly draws the first category at the bottom; put the largest (or the first) on top
            reverse = "reversed" if plan.sort != "asc" else True
            x_axis, y_axis = y_axis, x_axis
            y_axis.update(type="category", autorange=reverse)
        else:
            x_axis["type"] = "category"
    elif ct in (ChartType.line, ChartType.area):
        markers = len(data.categories) <= 60
        stacked = ct == ChartType.area and len(data.series) > 1
        for name, values in data.series:
            trace = {
                "type": "scatter",
                "name": name,
                "x": data.categories,
                "y": values,
                "mode": "lines+markers" if markers and ct == ChartType.line else "lines",
                "hovertemplate": "%{x}: " + hover_value + "<extra>%{fullData.name}</extra>",
            }
            if ct == ChartType.area:
                trace.update(stackgroup="one") if stacked else trace.update(fill="tozeroy")
            traces.append(trace)
        x_axis["type"] = "category"
    elif ct in PIE_LIKE:
        name, values = data.series[0] if data.series else ("", [])
        traces.append(
            {
                "type": "pie",
                "name": name,
                "labels": data.categories,
                "values": [0 if v is None else v for v in values],
                "sort": False,
                "direction": "clockwise",
                "hole": DONUT_HOLE if ct == ChartType.donut else 0,
                "marker": {"colors": [theme.color(i) for i in range(len(data.categories))]},
                **(
                    {
                        "texttemplate": "%{value:,.4~g}%",
                        "hovertemplate": "%{label}: %{value:,.6~g}%<extra></extra>",
                    }
                    if plan.shares_given
                    else {
                        "textinfo": "percent",
                        "hovertemplate": "%{label}: %{value:,.6~g}" + unit + " (%{percent})<extra></extra>",
                    }
                ),
            }
        )
        x_axis = y_axis = {}
    elif ct == ChartType.scatter:
        for name, xs, ys in data.xy:
            traces.append(
                {
                    "type": "scattergl" if len(xs) > 5000 else "scatter",
                    "mode": "markers",
                    "name": name,
                    "x": xs,
                    "y": ys,
                    "hovertemplate": "%{x:,.6~g}, " + hover_value + "<extra>%{fullData.name}</extra>",
                }
            )
    elif ct == ChartType.histogram:
        for name, values in data.samples:
            traces.append({"type": "histogram", "name": name, "x": values})
        layout["barmode"] = "overlay" if len(data.samples) > 1 else "relative"
        if len(data.samples) > 1:
            for trace in traces:
                trace["opacity"] = 0.6
        x_title, count_title = histogram_titles(plan)
        x_axis["title"]["text"] = _esc(x_title)
        y_axis = {"title": {"text": _esc(count_title)}, "automargin": True}
    elif ct == ChartType.box:
        for name, values in data.samples:
            traces.append({"type": "box", "name": name, "y": values, "boxpoints": "outliers"})
    elif ct == ChartType.heatmap:
        traces.append(
            {
                "type": "heatmap",
                "x": data.categories,
                "y": [name for name, _ in data.series],
                "z": [values for _, values in data.series],
                "colorscale": [[0.0, theme.surface], [1.0, theme.accent]],
                "hovertemplate": "%{y} · %{x}: %{z:,.6~g}" + unit + "<extra></extra>",
                "colorbar": {"title": {"text": _esc(plan.unit)}},
            }
        )
        x_axis["type"] = "category"
        y_axis.update(type="category", autorange="reversed", title={"text": _esc(plan.y_title)})
    elif ct == ChartType.table:
        columns = list(zip(*data.rows, strict=True)) if data.rows else [() for _ in data.columns]
        traces.append(
            {
                "type": "table",
                "header": {
                    "values": [_esc(c) for c in data.columns],
                    "fill": {"color": theme.accent},
                    "font": {"color": theme.on_accent},
                    "align": "left",
                },
                "cells": {
                    "values": [[_esc(v) for v in col] for col in columns],
                    "fill": {"color": theme.surface},
                    "font": {"color": theme.text},
                    "align": "left",
                },
            }
        )
        x_axis = y_axis = {}
    if x_axis:
        layout["xaxis"] = x_axis
    if y_axis:
        layout["yaxis"] = y_axis
    return traces, layout

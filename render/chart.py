"""The chart kind: one resolved `ChartData`, three outputs.

`figure` builds an interactive plotly figure, `add_native` an editable PowerPoint chart (or a
native table where PowerPoint has no such chart), and `svg` a static drawing for the slide painter,
which cannot ask plotly for a picture without a browser. All three read the same `ChartData`, so
they show the same numbers. plotly and python-pptx are imported lazily: the SVG path needs neither.
"""

from __future__ import annotations

import html as htmllib
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from render import frame
from render import text as textmod
from render.data import BAR_LIKE, PIE_LIKE, ChartData
from render.layout import ChartSlot, Context, Element, Layout, Rect
from render.plan import ChartPlan, ChartType
from render.theme import luminance, mix

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from render.theme import Theme

TABLE_LIKE = {ChartType.box, ChartType.heatmap, ChartType.table}
DONUT_HOLE = 0.5
MAX_SVG_POINTS = 5000


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
    """At `render()`: a chart over a table fails now, with the column names in the message."""
    if plan.uses_table:
        ctx.chart_data(plan)


def html(result: Any) -> str:
    """The interactive figure for a self-contained HTML page."""
    return result.figure.to_html(full_html=False, include_plotlyjs=True)


def figure(plan: ChartPlan, ctx: Context) -> go.Figure:
    """An interactive plotly figure for the plan (data resolved against `ctx.table`)."""
    return figure_from_data(plan, ctx.chart_data(plan), ctx.theme)


def legend_names(plan: ChartPlan, data: ChartData) -> list[str]:
    """What the legend lists: slices for pies, groups for samples, series otherwise."""
    ct = plan.chart_type
    if ct in PIE_LIKE:
        return list(data.categories)
    if ct == ChartType.scatter:
        return [name for name, _, _ in data.xy]
    if ct in (ChartType.histogram, ChartType.box):
        return [name for name, _ in data.samples]
    if ct in (ChartType.heatmap, ChartType.table):
        return []
    return [name for name, _ in data.series]


def value_title(plan: ChartPlan) -> str:
    """The value axis title, with the unit added unless the title already names it."""
    title, unit = plan.y_title, plan.unit
    if unit and unit.casefold() not in title.casefold():
        return f"{title} ({unit})" if title else unit
    return title


# -------------------------------------------------------------------------------------------- plotly


def _esc(text: str) -> str:
    """plotly reads a small HTML subset in text; escape so user text shows literally."""
    return htmllib.escape(text, quote=False).replace("\n", "<br>")


def figure_from_data(plan: ChartPlan, data: ChartData, theme: Theme) -> go.Figure:
    """Build the figure in one constructor call: repeated update_layout calls cost real time."""
    import plotly.graph_objects as go

    traces, layout = figure_parts(plan, data, theme)
    return go.Figure(data=traces, layout=layout)


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
                "textinfo": "percent",
                "hovertemplate": "%{label}: %{value:,.6~g}" + unit + " (%{percent})<extra></extra>",
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
        x_axis["title"]["text"] = _esc(plan.x_title or value_title(plan))
        y_axis = {"title": {"text": "count"}, "automargin": True}
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


# ---------------------------------------------------------------------------------------- numbers


def _nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (1, 2, 2.5, 5 × 10^k steps)."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return [0.0, 1.0]
    if hi < lo:
        lo, hi = hi, lo
    if hi == lo:
        pad = abs(hi) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    raw = (hi - lo) / max(count, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = mag
    for m in (1, 2, 2.5, 5, 10):
        step = m * mag
        if step >= raw * 0.999:
            break
    start = math.floor(lo / step + 1e-9) * step
    stop = math.ceil(hi / step - 1e-9) * step
    n = round((stop - start) / step)
    return [round(start + i * step, 12) for i in range(n + 1)]


def _tick_labels(ticks: Sequence[float], unit: str = "") -> list[str]:
    """Compact labels sharing one scale: 0, 250k, 500k … or 0.25, 0.5 …"""
    if not ticks:
        return []
    big = max(abs(t) for t in ticks)
    div, suffix = 1.0, ""
    if big >= 10_000:
        for d, s in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
            if big >= d:
                div, suffix = d, s
                break
    decimals = next(
        (
            d
            for d in range(7)
            if all(abs(round(t / div, d) - t / div) <= 1e-9 * max(1.0, abs(t / div)) for t in ticks)
        ),
        6,
    )
    tail = "%" if unit == "%" else ""
    sep = "," if big >= 10_000 else ""  # 1990, not 1,990: short numbers read like years
    return [f"{t / div:{sep}.{decimals}f}{suffix}{tail}" if t else f"0{tail}" for t in ticks]


def _fmt_value(v: float | None) -> str:
    if v is None or not math.isfinite(v):
        return ""
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    if abs(v) >= 1:
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{v:.2g}"


def _number_format(values: Sequence[float | None], unit: str = "") -> str:
    """An Excel number format for PowerPoint: integers stay integers, else up to two decimals."""
    present = [v for v in values if v is not None]
    base = "#,##0" if all(float(v).is_integer() for v in present) else "#,##0.0#"
    return base + ('"%"' if unit == "%" else "")


def _axis_format(values: Sequence[float | None], unit: str = "") -> str:
    """Tick labels need fewer decimals than the data: none once values reach the hundreds."""
    present = [abs(v) for v in values if v is not None]
    peak = max(present, default=0.0)
    base = "#,##0" if peak >= 100 or all(float(v).is_integer() for v in present) else "#,##0.0#"
    if 0 < peak < 1:
        base = "0.0##"
    return base + ('"%"' if unit == "%" else "")


# ------------------------------------------------------------------------------------------ colours


def _text_on(fill: str) -> str:
    """Black or white, whichever reads better on `fill`."""
    return "#111111" if luminance(fill) > 0.35 else "#FFFFFF"


def heat_color(value: float | None, lo: float, hi: float, theme: Theme) -> str | None:
    """The heatmap scale shared by all painters: surface colour (low) to accent (high)."""
    if value is None:
        return None
    t = 0.5 if hi == lo else (value - lo) / (hi - lo)
    return mix(theme.surface, theme.accent, t)


def _heat_range(data: ChartData) -> tuple[float, float]:
    present = [v for _, vals in data.series for v in vals if v is not None]
    return (min(present), max(present)) if present else (0.0, 1.0)


# ---------------------------------------------------------------------------------------------- SVG


class _Svg:
    """Accumulates SVG elements; every string that reaches the output passes through escape()."""

    def __init__(self, theme: Theme):
        self.theme = theme
        self.parts: list[str] = []
        self.font = quoteattr(theme.font_stack)

    def rect(self, x: float, y: float, w: float, h: float, fill: str, extra: str = "") -> None:
        if w <= 0 or h <= 0:
            return
        self.parts.append(
            f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" fill="{fill}"{extra}/>'
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, stroke: str, width: float = 1.0) -> None:
        self.parts.append(
            f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" stroke="{stroke}" '
            f'stroke-width="{width:.2f}"/>'
        )

    def text(
        self,
        x: float,
        y: float,
        content: str,
        size: float,
        fill: str,
        anchor: str = "start",
        bold: bool = False,
        rotate: float | None = None,
    ) -> None:
        """Text with its baseline at y; `anchor` is visual (left edge, centre, right edge)."""
        if not content:
            return
        attrs = [
            f'x="{x:.2f}"',
            f'y="{y:.2f}"',
            f"font-family={self.font}",
            f'font-size="{size:.1f}"',
            f'fill="{fill}"',
        ]
        if textmod.is_rtl(content):
            # Browsers flip start/end anchors under direction="rtl" but resvg (our PNG path) does
            # not; a centred anchor means the same in both, so place RTL text by its centre.
            attrs.append('direction="rtl"')
            if anchor != "middle" and rotate is None:
                half = textmod.text_width(content, size, bold) / 2
                attrs[0] = f'x="{x + half if anchor == "start" else x - half:.2f}"'
                anchor = "middle"
        if anchor != "start":
            attrs.append(f'text-anchor="{anchor}"')
        if bold:
            attrs.append('font-weight="bold"')
        if rotate is not None:
            attrs.append(f'transform="rotate({rotate:.1f} {x:.2f} {y:.2f})"')
        self.parts.append(f"<text {' '.join(attrs)}>{escape(content)}</text>")

    def raw(self, element: str) -> None:
        self.parts.append(element)


def _clip(text: str, width: float, size: float, bold: bool = False) -> str:
    """One line of `text` that fits `width`, cut with an ellipsis when needed ('' if nothing fits)."""
    text = " ".join(text.split())
    width += 0.01  # float noise must not cut a label measured to fit exactly
    if textmod.text_width(text, size, bold) <= width:
        return text
    if textmod.text_width(textmod.ELLIPSIS, size, bold) > width:
        return ""
    rough = text[: max(1, int(width / (size * 0.25)) + 1)]  # the ellipsis loop is quadratic
    cut = textmod.truncate_lines([rough], 1, width, size, bold)[0]
    return "" if cut == textmod.ELLIPSIS and width < size else cut


def svg(slot: ChartSlot, theme: Theme) -> str:
    """An SVG <g> drawing the chart inside slot.rect, in absolute page coordinates."""
    plan, data, r = slot.chart, slot.data, slot.rect
    out = _Svg(theme)
    ct = plan.chart_type
    name = escape(slot.name or "chart", {'"': "&quot;"})
    out.raw(f'<g class="chart" data-name="{name}" data-chart-type="{ct.value}">')
    base = max(7.0, min(12.0, min(r.w, r.h) / 28))
    area = _svg_header(out, plan, r, base, theme)
    names = legend_names(plan, data)
    if len(names) > 1:
        area = _svg_legend(out, names, area, base * 0.95, theme)
    area = area.inset(2)
    if data.is_empty:
        out.text(area.x + area.w / 2, area.y + area.h / 2, "No data", base, theme.muted, "middle")
    elif ct in BAR_LIKE:
        _svg_bars(out, plan, data, area, base, theme)
    elif ct in (ChartType.line, ChartType.area):
        _svg_lines(out, plan, data, area, base, theme)
    elif ct in PIE_LIKE:
        _svg_pie(out, plan, data, area, base, theme)
    elif ct == ChartType.scatter:
        _svg_scatter(out, plan, data, area, base, theme)
    elif ct == ChartType.histogram:
        _svg_histogram(out, plan, data, area, base, theme)
    elif ct == ChartType.box:
        _svg_box(out, plan, data, area, base, theme)
    elif ct == ChartType.heatmap:
        _svg_heatmap(out, plan, data, area, base, theme)
    else:
        _svg_table(out, data, area, base, theme)
    out.raw("</g>")
    return "\n".join(out.parts)


def _svg_header(out: _Svg, plan: ChartPlan, r: Rect, base: float, theme: Theme) -> Rect:
    """Title (up to two lines) and a one-line subtitle; returns the space left below them."""
    y = r.y
    if plan.title:
        size = base * 1.35
        fitted = textmod.fit(plan.title, r.w, max(r.h * 0.2, size * 1.3), size, min(size, 8.0), True, 2)
        for line in fitted.lines:
            y += fitted.size * textmod.LINE_HEIGHT
            out.text(r.x, y - fitted.size * 0.25, line, fitted.size, theme.text, bold=True)
    if plan.subtitle:
        size = base * 0.95
        y += size * textmod.LINE_HEIGHT
        out.text(r.x, y - size * 0.25, _clip(plan.subtitle, r.w, size), size, theme.muted)
    if y > r.y:
        y += base * 0.5
    return Rect(r.x, y, r.w, max(r.bottom - y, 1.0))


def _svg_legend(out: _Svg, names: list[str], area: Rect, size: float, theme: Theme) -> Rect:
    """Swatches and names in rows under the plot, at most three rows ('+N more' after that)."""
    sw = size * 0.8
    gap = size * 1.2
    row_h = size * 1.5
    max_label = max(area.w / 3, size * 4)
    rows: list[list[tuple[str, int, float]]] = [[]]
    x = 0.0
    for i, name in enumerate(names):
        label = _clip(name, max_label, size)
        w = sw + size * 0.4 + textmod.text_width(label, size)
        if rows[-1] and x + w > area.w:
            rows.append([])
            x = 0.0
        rows[-1].append((label, i, w))
        x += w + gap
    if len(rows) > 3:
        shown = sum(len(row) for row in rows[:3])
        rows = rows[:3]
        more = f"+{len(names) - shown + 1} more"
        rows[-1][-1] = (more, -1, textmod.text_width(more, size))
    height = len(rows) * row_h
    top = area.bottom - height
    for k, row in enumerate(rows):
        x = area.x
        cy = top + k * row_h + row_h / 2
        for label, i, w in row:
            if i >= 0:
                out.rect(x, cy - sw / 2, sw, sw, theme.color(i), ' rx="1.5"')
                out.text(x + sw + size * 0.4, cy + size * 0.35, label, size, theme.text)
            else:
                out.text(x, cy + size * 0.35, label, size, theme.muted)
            x += w + gap
    return Rect(area.x, area.y, area.w, max(area.h - height - size * 0.4, 1.0))


class _Axes:
    """A value axis (ticks) and the plot rectangle left after axis labels and titles."""

    def __init__(self, lo: float, hi: float, plot: Rect, ticks: list[float], labels: list[str]):
        self.lo, self.hi, self.plot, self.ticks, self.labels = lo, hi, plot, ticks, labels

    def y(self, v: float) -> float:
        return self.plot.bottom - (v - self.lo) / (self.hi - self.lo) * self.plot.h

    def x(self, v: float) -> float:
        return self.plot.x + (v - self.lo) / (self.hi - self.lo) * self.plot.w


def _value_range(
    values: Sequence[float], include_zero: bool, pinned: tuple[float, float] | None = None
) -> tuple[float, float, list[float]]:
    lo = min(values) if values else 0.0
    hi = max(values) if values else 1.0
    if pinned is not None:  # an animation's frames share one scale
        lo, hi = pinned
    if include_zero:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    ticks = _nice_ticks(lo, hi)
    return ticks[0], ticks[-1], ticks


def _vertical_axes(
    out: _Svg,
    plan: ChartPlan,
    area: Rect,
    values: Sequence[float],
    base: float,
    theme: Theme,
    include_zero: bool = True,
    x_title: str | None = None,
    y_title: str | None = None,
    bottom_rows: int = 1,
    pinned: tuple[float, float] | None = None,
) -> _Axes:
    """Lay out a plot with the value axis on the left; draw gridlines, tick labels and titles."""
    size = base * 0.9
    lo, hi, ticks = _value_range(values, include_zero, pinned)
    labels = _tick_labels(ticks, plan.unit)
    y_title = value_title(plan) if y_title is None else y_title
    x_title = plan.x_title if x_title is None else x_title
    left = area.x + max(textmod.text_width(t, size) for t in labels) + size * 0.6
    if y_title:
        left += size * 1.5
    bottom = area.bottom - bottom_rows * size * 1.4
    if x_title:
        bottom -= size * 1.5
    top = area.y + size * 0.6
    plot = Rect(left, top, max(area.right - left - size * 0.5, 1.0), max(bottom - top, 1.0))
    axes = _Axes(lo, hi, plot, ticks, labels)
    for t, label in zip(ticks, labels, strict=True):
        y = axes.y(t)
        out.line(plot.x, y, plot.right, y, theme.line if t else theme.muted, 0.5 if t else 0.9)
        out.text(plot.x - size * 0.4, y + size * 0.35, label, size, theme.muted, "end")
    if y_title:
        cx, cy = area.x + size, plot.y + plot.h / 2
        out.text(cx, cy, _clip(y_title, plot.h, size), size, theme.muted, "middle", rotate=-90)
    if x_title:
        out.text(plot.x + plot.w / 2, area.bottom - size * 0.3, _clip(x_title, plot.w, size), size,
                 theme.muted, "middle")  # fmt: skip
    return axes


def _x_tick(
    out: _Svg, x: float, y: float, label: str, size: float, theme: Theme, area: Rect, after: float = -math.inf
) -> float:
    """A tick label centred under x, slid inwards at the edges so it stays inside the chart; skipped
    if it would overlap the previous label (ending at `after`). Returns where this one ends."""
    width = textmod.text_width(label, size)
    left = min(max(x - width / 2, area.x), area.right - width)
    if left < after + size * 0.3 or not label:
        return after
    out.text(left + width / 2, y, label, size, theme.muted, "middle")
    return left + width


def _category_labels(
    out: _Svg, labels: Sequence[str], plot: Rect, size: float, theme: Theme, area: Rect
) -> None:
    """Labels under each band, thinned and truncated so they never collide or overflow."""
    n = len(labels)
    if not n:
        return
    band = plot.w / n
    widest = max(textmod.text_width(" ".join(lb.split()), size) for lb in labels[:: max(1, n // 200)])
    need = min(widest + size, max(size * 3.5, plot.w / 4))
    step = max(1, math.ceil(need / band))
    width = band * step - size * 0.6
    y = plot.bottom + size * 1.15
    end = -math.inf
    for i in range(0, n, step):
        cx = plot.x + band * (i + 0.5)
        end = _x_tick(out, cx, y, _clip(labels[i], width, size), size, theme, area, end)


def _svg_bars(out: _Svg, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    ct = plan.chart_type
    stacked = ct == ChartType.stacked_bar
    cats = data.categories
    n, k = len(cats), len(data.series)
    if stacked:
        pos = [sum(v for _, vals in data.series if (v := vals[j]) is not None and v > 0) for j in range(n)]
        neg = [sum(v for _, vals in data.series if (v := vals[j]) is not None and v < 0) for j in range(n)]
        values = pos + neg
    else:
        values = [v for _, vals in data.series for v in vals if v is not None]
    size = base * 0.9
    if ct == ChartType.horizontal_bar:
        _svg_hbars(out, plan, data, area, values, size, base, theme)
        return
    axes = _vertical_axes(out, plan, area, values, base, theme, pinned=data.value_range)
    plot = axes.plot
    band = plot.w / max(n, 1)
    inner = band * (0.8 if n < 40 else 0.9)
    zero = axes.y(0.0)
    for j in range(n):
        x0 = plot.x + band * j + (band - inner) / 2
        up = down = 0.0
        for i, (_, vals) in enumerate(data.series):
            v = vals[j]
            if v is None:
                continue
            color = theme.color(i)
            if stacked:
                start = up if v >= 0 else down
                end = start + v
                if v >= 0:
                    up = end
                else:
                    down = end
                y0, y1 = axes.y(start), axes.y(end)
                out.rect(x0, min(y0, y1), inner, abs(y1 - y0), color)
            else:
                w = inner / k
                y1 = axes.y(v)
                out.rect(
                    x0 + i * w, min(zero, y1), max(w - (0.5 if k > 1 else 0), 0.5), abs(zero - y1), color
                )
    _category_labels(out, cats, plot, size, theme, area)


def _svg_hbars(
    out: _Svg,
    plan: ChartPlan,
    data: ChartData,
    area: Rect,
    values: list[float],
    size: float,
    base: float,
    theme: Theme,
) -> None:
    """Horizontal bars: first category on top, labels truncated on the left."""
    cats = data.categories
    n = len(cats)
    top_first = plan.sort != "asc"  # like the figure: the largest value ends up on top
    order = list(range(n)) if top_first else list(range(n - 1, -1, -1))
    label_w = min(max((textmod.text_width(c, size) for c in cats), default=0) + size * 0.6, area.w * 0.3)
    lo, hi, ticks = _value_range(values, True, data.value_range)
    labels = _tick_labels(ticks, plan.unit)
    title = value_title(plan)
    bottom = area.bottom - size * 1.4 - (size * 1.5 if title else 0)
    left = area.x + label_w + (size * 1.5 if plan.x_title else 0)
    plot = Rect(
        left, area.y + size * 0.4, max(area.right - left - size * 1.5, 1.0), max(bottom - area.y, 1.0)
    )
    axes = _Axes(lo, hi, plot, ticks, labels)
    for t, label in zip(ticks, labels, strict=True):
        x = axes.x(t)
        out.line(x, plot.y, x, plot.bottom, theme.line if t else theme.muted, 0.5 if t else 0.9)
        _x_tick(out, x, plot.bottom + size * 1.15, label, size, theme, area)
    if title:
        out.text(plot.x + plot.w / 2, area.bottom - size * 0.3, _clip(title, plot.w, size), size,
                 theme.muted, "middle")  # fmt: skip
    if plan.x_title:
        out.text(area.x + size, plot.y + plot.h / 2, _clip(plan.x_title, plot.h, size), size, theme.muted,
                 "middle", rotate=-90)  # fmt: skip
    band = plot.h / max(n, 1)
    inner = band * 0.8
    k = len(data.series)
    zero = axes.x(0.0)
    label_step = max(1, math.ceil(size * 1.2 / band))
    for row, j in enumerate(order):
        y0 = plot.y + band * row + (band - inner) / 2
        for i, (_, vals) in enumerate(data.series):
            v = vals[j]
            if v is None:
                continue
            h = inner / k
            x1 = axes.x(v)
            out.rect(
                min(zero, x1), y0 + i * h, abs(x1 - zero), max(h - (0.5 if k > 1 else 0), 0.5), theme.color(i)
            )
        if row % label_step == 0:
            out.text(plot.x - size * 0.4, y0 + inner / 2 + size * 0.35, _clip(cats[j], label_w - size * 0.6, size),
                     size, theme.text, "end")  # fmt: skip


def _svg_lines(out: _Svg, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    n = len(data.categories)
    area_chart = plan.chart_type == ChartType.area
    stacked = area_chart and len(data.series) > 1
    tops: list[list[float]] = []
    if stacked:
        running = [0.0] * n
        for _, vals in data.series:
            running = [a + (v or 0.0) for a, v in zip(running, vals, strict=True)]
            tops.append(running)
        values = [v for row in tops for v in row]
    else:
        values = [v for _, vals in data.series for v in vals if v is not None]
    axes = _vertical_axes(
        out, plan, area, values, base, theme, include_zero=area_chart, pinned=data.value_range
    )
    plot = axes.plot
    band = plot.w / max(n, 1)
    xs = [plot.x + band * (j + 0.5) for j in range(n)]
    stride = max(1, n // MAX_SVG_POINTS)
    idx = list(range(0, n, stride))
    if idx and idx[-1] != n - 1:
        idx.append(n - 1)
    if stacked:
        lower = [axes.y(0.0)] * n
        for i, top in enumerate(tops):
            upper = [axes.y(v) for v in top]
            pts = [f"{xs[j]:.2f},{upper[j]:.2f}" for j in idx] + [
                f"{xs[j]:.2f},{lower[j]:.2f}" for j in reversed(idx)
            ]
            out.raw(f'<polygon points="{" ".join(pts)}" fill="{theme.color(i)}" fill-opacity="0.85"/>')
            lower = upper
    else:
        for i, (_, vals) in enumerate(data.series):
            color = theme.color(i)
            runs: list[list[int]] = [[]]
            for j in idx:
                if vals[j] is None:
                    if runs[-1]:
                        runs.append([])
                else:
                    runs[-1].append(j)
            for run in runs:
                if not run:
                    continue
                path = " ".join(
                    f"{'M' if m == 0 else 'L'}{xs[j]:.2f},{axes.y(vals[j]):.2f}" for m, j in enumerate(run)
                )  # type: ignore[arg-type]
                if area_chart:
                    zero = axes.y(0.0)
                    fill = path + f" L{xs[run[-1]]:.2f},{zero:.2f} L{xs[run[0]]:.2f},{zero:.2f} Z"
                    out.raw(f'<path d="{fill}" fill="{color}" fill-opacity="0.3" stroke="none"/>')
                out.raw(
                    f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2" stroke-linejoin="round"/>'
                )
            if not area_chart and n <= 40:
                for j in idx:
                    v = vals[j]
                    if v is not None:
                        out.raw(f'<circle cx="{xs[j]:.2f}" cy="{axes.y(v):.2f}" r="2.6" fill="{color}"/>')
    _category_labels(out, data.categories, plot, base * 0.9, theme, area)


def _arc_point(cx: float, cy: float, r: float, angle: float) -> tuple[float, float]:
    return cx + r * math.cos(angle), cy + r * math.sin(angle)


def _svg_pie(out: _Svg, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    values = [max(v or 0.0, 0.0) for v in (data.series[0][1] if data.series else [])]
    total = sum(values)
    cx, cy = area.x + area.w / 2, area.y + area.h / 2
    radius = max(min(area.w, area.h) / 2 - 2, 1.0)
    inner = radius * DONUT_HOLE if plan.chart_type == ChartType.donut else 0.0
    if total <= 0:
        out.text(cx, cy, "No data", base, theme.muted, "middle")
        return
    angle = -math.pi / 2
    for i, v in enumerate(values):
        if v <= 0:
            continue
        frac = v / total
        color = theme.color(i)
        sweep = frac * 2 * math.pi
        if frac >= 0.99999:
            if inner:
                mid = (radius + inner) / 2
                out.raw(
                    f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{mid:.2f}" fill="none" stroke="{color}" '
                    f'stroke-width="{radius - inner:.2f}"/>'
                )
            else:
                out.raw(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{radius:.2f}" fill="{color}"/>')
        else:
            large = 1 if sweep > math.pi else 0
            x0, y0 = _arc_point(cx, cy, radius, angle)
            x1, y1 = _arc_point(cx, cy, radius, angle + sweep)
            if inner:
                ix0, iy0 = _arc_point(cx, cy, inner, angle)
                ix1, iy1 = _arc_point(cx, cy, inner, angle + sweep)
                d = (
                    f"M{x0:.2f},{y0:.2f} A{radius:.2f},{radius:.2f} 0 {large} 1 {x1:.2f},{y1:.2f} "
                    f"L{ix1:.2f},{iy1:.2f} A{inner:.2f},{inner:.2f} 0 {large} 0 {ix0:.2f},{iy0:.2f} Z"
                )
            else:
                d = (
                    f"M{cx:.2f},{cy:.2f} L{x0:.2f},{y0:.2f} "
                    f"A{radius:.2f},{radius:.2f} 0 {large} 1 {x1:.2f},{y1:.2f} Z"
                )
            out.raw(f'<path d="{d}" fill="{color}" stroke="{theme.background}" stroke-width="1"/>')
        if frac >= 0.05:
            mid = angle + sweep / 2
            lr = (radius + inner) / 2 if inner else radius * 0.62
            tx, ty = _arc_point(cx, cy, lr, mid)
            size = base * 0.9
            out.text(tx, ty + size * 0.35, f"{frac:.0%}", size, _text_on(color), "middle", bold=True)
        angle += sweep


def _svg_scatter(out: _Svg, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    all_x = [x for _, xs, _ in data.xy for x in xs]
    all_y = [y for _, _, ys in data.xy for y in ys]
    size = base * 0.9
    axes = _vertical_axes(out, plan, area, all_y, base, theme, include_zero=False, pinned=data.value_range)
    plot = axes.plot
    lo, hi, ticks = _value_range(all_x, False, data.x_range)
    xaxis = _Axes(lo, hi, plot, ticks, _tick_labels(ticks))
    for t, label in zip(xaxis.ticks, xaxis.labels, strict=True):
        x = xaxis.x(t)
        out.line(x, plot.y, x, plot.bottom, theme.line, 0.4)
        _x_tick(out, x, plot.bottom + size * 1.15, label, size, theme, area)
    r = 2.5 if len(all_x) < 500 else 1.6
    for i, (_, xs, ys) in enumerate(data.xy):
        stride = max(1, len(xs) // MAX_SVG_POINTS)
        color = theme.color(i)
        dots = [
            f'<circle cx="{xaxis.x(x):.1f}" cy="{axes.y(y):.1f}" r="{r}"/>'
            for x, y in zip(xs[::stride], ys[::stride], strict=True)
        ]
        out.raw(f'<g fill="{color}" fill-opacity="0.75">{"".join(dots)}</g>')


def histogram_bins(samples: Sequence[tuple[str, Sequence[float]]]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Shared bin edges for all groups, and the counts per group (between 5 and 40 bins)."""
    pooled = np.concatenate([np.asarray(v, dtype=float) for _, v in samples]) if samples else np.zeros(0)
    if pooled.size == 0:
        return np.array([0.0, 1.0]), [np.zeros(1) for _ in samples]
    bins = int(min(40, max(5, math.ceil(math.sqrt(pooled.size)))))
    lo, hi = float(pooled.min()), float(pooled.max())
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    ticks = _nice_ticks(lo, hi, bins)
    edges = np.array(ticks if 5 <= len(ticks) - 1 <= 60 else np.linspace(lo, hi, bins + 1))
    counts = [np.histogram(np.asarray(v, dtype=float), bins=edges)[0] for _, v in samples]
    return edges, counts


def _svg_histogram(
    out: _Svg, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme
) -> None:
    edges, counts = histogram_bins(data.samples)
    peak = max((float(c.max()) for c in counts if c.size), default=1.0)
    x_title = plan.x_title or value_title(plan)
    axes = _vertical_axes(out, plan, area, [0.0, peak], base, theme, x_title=x_title, y_title="count")
    plot = axes.plot
    size = base * 0.9
    xaxis = _Axes(float(edges[0]), float(edges[-1]), plot, [], [])
    overlay = len(counts) > 1
    for i, c in enumerate(counts):
        for j, count in enumerate(c.tolist()):
            if count <= 0:
                continue
            x0, x1 = xaxis.x(float(edges[j])), xaxis.x(float(edges[j + 1]))
            y = axes.y(float(count))
            extra = ' fill-opacity="0.6"' if overlay else ""
            out.rect(x0 + 0.5, y, max(x1 - x0 - 1, 0.5), axes.y(0.0) - y, theme.color(i), extra)
    ticks = _nice_ticks(float(edges[0]), float(edges[-1]), max(2, min(6, int(plot.w / (size * 6)))))
    ticks = [t for t in ticks if edges[0] - 1e-9 <= t <= edges[-1] + 1e-9]
    for t, label in zip(ticks, _tick_labels(ticks, plan.unit), strict=True):
        _x_tick(out, xaxis.x(t), plot.bottom + size * 1.15, label, size, theme, area)


def box_stats(values: Sequence[float]) -> dict[str, float]:
    """Five-number summary plus Tukey whiskers (1.5 × IQR) for one group."""
    arr = np.asarray(values, dtype=float)
    q1, med, q3 = (float(q) for q in np.percentile(arr, [25, 50, 75]))
    iqr = q3 - q1
    inside = arr[(arr >= q1 - 1.5 * iqr) & (arr <= q3 + 1.5 * iqr)]
    return {
        "n": float(arr.size),
        "min": float(arr.min()),
        "q1": q1,
        "median": med,
        "q3": q3,
        "max": float(arr.max()),
        "low": float(inside.min()) if inside.size else q1,
        "high": float(inside.max()) if inside.size else q3,
        "mean": float(arr.mean()),
    }


def _svg_box(out: _Svg, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    stats = [box_stats(v) for _, v in data.samples]
    values = [s[k] for s in stats for k in ("min", "max")]
    axes = _vertical_axes(out, plan, area, values, base, theme, include_zero=False)
    plot = axes.plot
    n = len(stats)
    band = plot.w / max(n, 1)
    w = min(band * 0.6, 80.0)
    for i, ((_, vals), s) in enumerate(zip(data.samples, stats, strict=True)):
        color = theme.color(i)
        cx = plot.x + band * (i + 0.5)
        out.line(cx, axes.y(s["low"]), cx, axes.y(s["q1"]), theme.muted, 1)
        out.line(cx, axes.y(s["q3"]), cx, axes.y(s["high"]), theme.muted, 1)
        for k in ("low", "high"):
            out.line(cx - w / 4, axes.y(s[k]), cx + w / 4, axes.y(s[k]), theme.muted, 1)
        top, bottom = axes.y(s["q3"]), axes.y(s["q1"])
        out.rect(cx - w / 2, top, w, max(bottom - top, 0.8), color, f' fill-opacity="0.55" stroke="{color}"')
        out.line(cx - w / 2, axes.y(s["median"]), cx + w / 2, axes.y(s["median"]), theme.text, 1.6)
        arr = np.asarray(vals, dtype=float)
        outliers = arr[(arr < s["low"]) | (arr > s["high"])][:200]
        for v in outliers.tolist():
            out.raw(f'<circle cx="{cx:.2f}" cy="{axes.y(v):.2f}" r="1.8" fill="{color}"/>')
    _category_labels(out, [name for name, _ in data.samples], plot, base * 0.9, theme, area)


def _svg_heatmap(out: _Svg, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    size = base * 0.85
    rows = [name for name, _ in data.series]
    cols = data.categories
    label_w = min(max((textmod.text_width(r, size) for r in rows), default=0) + size * 0.6, area.w * 0.25)
    scale_h = size * 1.6
    plot = Rect(area.x + label_w, area.y, max(area.w - label_w, 1.0), max(area.h - size * 1.5 - scale_h, 1.0))
    cw = plot.w / max(len(cols), 1)
    rh = plot.h / max(len(rows), 1)
    lo, hi = _heat_range(data)
    show_values = rh >= size * 1.3
    row_step = max(1, math.ceil(size * 1.2 / rh))
    for i, (name, vals) in enumerate(data.series):
        y = plot.y + i * rh
        for j, v in enumerate(vals):
            fill = heat_color(v, lo, hi, theme)
            x = plot.x + j * cw
            if fill is None:
                out.rect(x, y, cw, rh, theme.background, f' stroke="{theme.line}" stroke-width="0.3"')
                continue
            out.rect(x, y, cw, rh, fill, f' stroke="{theme.background}" stroke-width="0.5"')
            if show_values:
                label = _fmt_value(v)
                if textmod.text_width(label, size) <= cw - 2:
                    out.text(x + cw / 2, y + rh / 2 + size * 0.35, label, size, _text_on(fill), "middle")
        if i % row_step == 0:
            out.text(plot.x - size * 0.4, y + rh / 2 + size * 0.35, _clip(name, label_w - size * 0.6, size), size,
                     theme.text, "end")  # fmt: skip
    _category_labels(out, cols, plot, size, theme, area)
    # colour scale: low → high
    sy = area.bottom - scale_h + size * 0.3
    sw = min(plot.w * 0.4, 160.0)
    sx = area.right - sw - textmod.text_width(_fmt_value(hi), size) - size * 0.4
    steps = 12
    for k in range(steps):
        out.rect(
            sx + k * sw / steps,
            sy,
            sw / steps + 0.3,
            size * 0.7,
            mix(theme.surface, theme.accent, k / (steps - 1)),
        )
    out.text(sx - size * 0.3, sy + size * 0.65, _fmt_value(lo), size, theme.muted, "end")
    out.text(sx + sw + size * 0.3, sy + size * 0.65, _fmt_value(hi), size, theme.muted)


_NUMERIC_CELL = re.compile(r"^[-+]?[\d,.]+%?$")


def _svg_table(out: _Svg, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    size = base * 0.9
    row_h = size * 1.7
    cols = data.columns or [""]
    ncols = len(cols)
    fit_rows = max(int(area.h // row_h) - 1, 1)
    rows = data.rows
    more = 0
    if len(rows) > fit_rows:
        more = len(rows) - (fit_rows - 1)
        rows = rows[: fit_rows - 1]
    widths = _column_widths(cols, rows, size, area.w)
    numeric = [
        c > 0 and sum(bool(_NUMERIC_CELL.match(r[c])) for r in rows if c < len(r)) > len(rows) / 2
        for c in range(ncols)
    ]
    pad = size * 0.4
    y = area.y
    out.rect(area.x, y, area.w, row_h, theme.accent)
    x = area.x
    for c, name in enumerate(cols):
        label = _clip(name, widths[c] - 2 * pad, size, True)
        ty = y + row_h / 2 + size * 0.35
        if numeric[c]:
            out.text(x + widths[c] - pad, ty, label, size, theme.on_accent, "end", bold=True)
        else:
            out.text(x + pad, ty, label, size, theme.on_accent, bold=True)
        x += widths[c]
    for k, row in enumerate(rows):
        y += row_h
        out.rect(area.x, y, area.w, row_h, theme.surface if k % 2 == 0 else theme.background)
        x = area.x
        for c in range(ncols):
            cell = row[c] if c < len(row) else ""
            clipped = _clip(cell, widths[c] - 2 * pad, size)
            if numeric[c]:
                out.text(x + widths[c] - pad, y + row_h / 2 + size * 0.35, clipped, size, theme.text, "end")
            else:
                out.text(x + pad, y + row_h / 2 + size * 0.35, clipped, size, theme.text)
            x += widths[c]
    if more:
        y += row_h
        out.text(area.x + pad, y + row_h / 2 + size * 0.35, f"… {more:,} more rows", size, theme.muted)
    out.line(area.x, area.y + row_h, area.right, area.y + row_h, theme.line, 0.8)


# ------------------------------------------------------------------------------------------ PowerPoint


def add_native(slide: Any, slot: ChartSlot, theme: Theme) -> None:
    """Add an editable native chart (or a native table for box, heatmap and table) at slot.rect."""
    ct = slot.chart.chart_type
    if ct in TABLE_LIKE or slot.data.is_empty:
        _native_table(slide, slot, theme)
        return
    from pptx.chart.data import CategoryChartData, XyChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Pt

    plan, data, r = slot.chart, slot.data, slot.rect
    chart_type = {
        ChartType.bar: XL_CHART_TYPE.COLUMN_CLUSTERED,
        ChartType.grouped_bar: XL_CHART_TYPE.COLUMN_CLUSTERED,
        ChartType.stacked_bar: XL_CHART_TYPE.COLUMN_STACKED,
        ChartType.horizontal_bar: XL_CHART_TYPE.BAR_CLUSTERED,
        ChartType.line: XL_CHART_TYPE.LINE_MARKERS,
        ChartType.area: XL_CHART_TYPE.AREA_STACKED if len(data.series) > 1 else XL_CHART_TYPE.AREA,
        ChartType.pie: XL_CHART_TYPE.PIE,
        ChartType.donut: XL_CHART_TYPE.DOUGHNUT,
        ChartType.scatter: XL_CHART_TYPE.XY_SCATTER,
        ChartType.histogram: XL_CHART_TYPE.COLUMN_CLUSTERED,
    }[ct]
    if ct == ChartType.line and len(data.categories) > 60:
        chart_type = XL_CHART_TYPE.LINE
    chart_data: Any
    all_values: list[float | None]
    if ct == ChartType.scatter:
        chart_data = XyChartData()
        all_values = []
        for name, xs, ys in data.xy:
            series = chart_data.add_series(name or " ")
            for x, y in zip(xs, ys, strict=True):
                series.add_data_point(x, y)
            all_values.extend(ys)
    elif ct == ChartType.histogram:
        edges, counts = histogram_bins(data.samples)
        labels = _tick_labels(edges.tolist(), plan.unit)
        chart_data = CategoryChartData(number_format="#,##0")
        chart_data.categories = [f"{labels[j]}–{labels[j + 1]}" for j in range(len(edges) - 1)]
        for (name, _), c in zip(data.samples, counts, strict=True):
            chart_data.add_series(name or " ", [float(v) for v in c.tolist()])
        all_values = [0.0]
    else:
        all_values = [v for _, vals in data.series for v in vals]
        chart_data = CategoryChartData(number_format=_number_format(all_values, plan.unit))
        chart_data.categories = list(data.categories)
        for name, vals in data.series[: 1 if ct in PIE_LIKE else None]:
            chart_data.add_series(name or " ", vals)
    frame = slide.shapes.add_chart(chart_type, Pt(r.x), Pt(r.y), Pt(r.w), Pt(r.h), chart_data)
    frame.name = slot.name or "chart"
    chart = frame.chart
    size = max(8.0, min(12.0, min(r.w, r.h) / 28))
    # Chart-wide text defaults are what axes and their titles inherit: one setting instead of a
    # proxy round-trip per axis (those dominated the cost of a deck full of charts).
    chart.font.size = Pt(size)
    chart.font.name = theme.font
    chart.font.color.rgb = _pptx_rgb(theme.muted)
    _native_title(chart, plan, size, theme, r.w)
    names = legend_names(plan, data)
    chart.has_legend = len(names) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(size)
        chart.legend.font.color.rgb = _pptx_rgb(theme.text)
    plot = chart.plots[0]
    if ct in PIE_LIKE:
        _native_pie(plot, data, size, theme)
        return
    if ct == ChartType.histogram:
        plot.gap_width = 10
        if len(data.samples) > 1:
            plot.overlap = 0
    elif ct in BAR_LIKE:
        plot.gap_width = 60 if len(data.categories) < 30 else 20
        if ct == ChartType.stacked_bar:
            plot.overlap = 100
    for i, series in enumerate(plot.series):
        color = _pptx_rgb(theme.color(i))
        if ct in (ChartType.line, ChartType.scatter):
            series.smooth = False
            if ct == ChartType.line:
                series.format.line.color.rgb = color
                series.format.line.width = Pt(2.25)
            else:
                series.format.line.fill.background()
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = color
            series.marker.format.line.color.rgb = color
            series.marker.size = 6 if ct == ChartType.line else 5
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = color
    _native_axes(chart, plan, ct, all_values, size, theme)
    _pin_native_axes(chart, data)


def _pin_native_axes(chart: Any, data: ChartData) -> None:
    """A pinned range becomes fixed axis bounds, as in the SVG: slides of one animation share a scale."""
    for axis, pinned, include_zero in (
        (chart.value_axis, data.value_range, False),
        (chart.category_axis, data.x_range, False),
    ):
        if pinned is not None:
            lo, hi, _ = _value_range([], include_zero, pinned)
            axis.minimum_scale, axis.maximum_scale = lo, hi


def _pptx_rgb(color: str) -> Any:
    from render.powerpoint import rgb

    return rgb(color)


def _native_title(chart: Any, plan: ChartPlan, size: float, theme: Theme, width: float) -> None:
    """Title plus subtitle as a second, smaller paragraph; no title at all when the plan has none
    (PowerPoint would otherwise show the series name as a title)."""
    from pptx.util import Pt

    if not (plan.title or plan.subtitle):
        chart.has_title = False
        return
    chart.has_title = True
    tf = chart.chart_title.text_frame
    first = tf.paragraphs[0]
    run = first.add_run()
    title_size = size * 1.4
    fitted = textmod.fit(plan.title or plan.subtitle, width * 0.9, 1e6, title_size, title_size, True, 2)
    run.text = " ".join(fitted.lines)  # at most two lines, so a long title cannot eat the plot
    run.font.size = Pt(title_size)
    run.font.bold = True
    run.font.color.rgb = _pptx_rgb(theme.text)
    if plan.title and plan.subtitle:
        para = tf.add_paragraph()
        sub = para.add_run()
        sub.text = _clip(plan.subtitle, width * 0.9, size)
        sub.font.size = Pt(size)
        sub.font.bold = False
        sub.font.color.rgb = _pptx_rgb(theme.muted)


def _native_axes(
    chart: Any, plan: ChartPlan, ct: ChartType, values: Sequence[float | None], size: float, theme: Theme
) -> None:
    from pptx.util import Pt

    category_axis, value_axis = chart.category_axis, chart.value_axis
    x_title = plan.x_title if ct != ChartType.histogram else plan.x_title or value_title(plan)
    y_title = value_title(plan) if ct != ChartType.histogram else "count"
    for axis, title in ((category_axis, x_title), (value_axis, y_title)):
        axis.format.line.color.rgb = _pptx_rgb(theme.line)
        if title:
            axis.has_title = True
            tf = axis.axis_title.text_frame
            tf.text = title
            tf.paragraphs[0].runs[0].font.bold = False
        else:
            axis.has_title = False
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _pptx_rgb(theme.line)
    value_axis.major_gridlines.format.line.width = Pt(0.5)
    value_axis.tick_labels.number_format = _axis_format(values, plan.unit)
    value_axis.tick_labels.number_format_is_linked = False
    if ct == ChartType.scatter:
        category_axis.has_major_gridlines = False
        category_axis.tick_labels.number_format = _number_format([], "")
        category_axis.tick_labels.number_format_is_linked = False
    if ct == ChartType.horizontal_bar and plan.sort != "asc":
        from pptx.oxml.ns import qn

        category_axis.reverse_order = True  # first (largest when sorted desc) category on top
        crosses = value_axis._element.find(qn("c:crosses"))
        if crosses is not None:  # the value axis crosses at the last category: the bottom again
            crosses.set("val", "max")


def _native_pie(plot: Any, data: ChartData, size: float, theme: Theme) -> None:
    """Wedge colours from the palette; percentage labels in a colour readable on each wedge."""
    from pptx.chart.plot import PiePlot
    from pptx.enum.chart import XL_LABEL_POSITION
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    plot.has_data_labels = True
    labels = plot.data_labels
    labels.show_percentage = True
    labels.show_value = False
    labels.show_category_name = False
    labels.number_format = "0%"
    labels.number_format_is_linked = False
    labels.font.size = Pt(size)
    labels.font.bold = True
    if isinstance(plot, PiePlot):  # doughnuts allow no label position at all
        labels.position = XL_LABEL_POSITION.CENTER
    series = plot.series[0]
    for j in range(len(data.categories)):
        color = theme.color(j)
        point = series.points[j]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = _pptx_rgb(color)
        point.format.line.color.rgb = _pptx_rgb(theme.background)
        label = point.data_label
        label.font.size = Pt(size)
        label.font.bold = True
        label.font.color.rgb = _pptx_rgb(_text_on(color))
        d_lbl = label._dLbl  # a per-point label starts as "show value"; make it a percentage
        if d_lbl is not None:
            d_lbl.find(qn("c:showVal")).set("val", "0")
            d_lbl.find(qn("c:showPercent")).set("val", "1")


def _table_content(
    slot: ChartSlot, theme: Theme
) -> tuple[list[str], list[list[str]], list[list[str | None]]]:
    """Header, body rows and per-cell fills for the chart types PowerPoint draws as a table."""
    plan, data = slot.chart, slot.data
    ct = plan.chart_type
    if ct == ChartType.box:
        header = ["", "n", "min", "Q1", "median", "Q3", "max"]
        rows = []
        for name, values in data.samples:
            s = box_stats(values)
            rows.append(
                [name, f"{int(s['n']):,}", *(_fmt_value(s[k]) for k in ("min", "q1", "median", "q3", "max"))]
            )
        return header, rows, [[None] * len(header) for _ in rows]
    if ct == ChartType.heatmap:
        lo, hi = _heat_range(data)
        header = ["", *data.categories]
        rows = [[name, *(_fmt_value(v) for v in vals)] for name, vals in data.series]
        fills = [[None, *(heat_color(v, lo, hi, theme) for v in vals)] for _, vals in data.series]
        return header, rows, fills
    if data.columns:
        return (
            list(data.columns),
            [list(r) for r in data.rows],
            [[None] * len(data.columns) for _ in data.rows],
        )
    header = [plan.x_title, *(name for name, _ in data.series)]
    rows = [[c, *(_fmt_value(vals[j]) for _, vals in data.series)] for j, c in enumerate(data.categories)]
    return header, rows, [[None] * len(header) for _ in rows]


def _native_table(slide: Any, slot: ChartSlot, theme: Theme) -> None:
    """One native table (box: five-number summary; heatmap: coloured cells; table: the values).

    The title sits in a merged first row so the chart stays one shape, and only as many rows as
    fit are written, the last saying how many more there are.
    """
    from pptx.util import Pt

    plan, r = slot.chart, slot.rect
    header, rows, fills = _table_content(slot, theme)
    ncols = max(min(len(header), 40), 1)  # wider tables are unreadable on a slide
    header = (header + [""] * ncols)[:ncols]
    rows = [(row + [""] * ncols)[:ncols] for row in rows]
    fills = [(f + [None] * ncols)[:ncols] for f in fills]
    size = max(8.0, min(12.0, min(r.w, r.h) / 30))
    pad = size * 0.3
    title_size = size * 1.3
    titled = bool(plan.title or plan.subtitle)
    title_h = 0.0
    if titled:
        title_h = title_size * textmod.LINE_HEIGHT + 2 * pad
        if plan.title and plan.subtitle:
            title_h += size * textmod.LINE_HEIGHT
    row_h = size * textmod.LINE_HEIGHT + 2 * pad + 2
    room = max(int((r.h - title_h) // row_h) - 1, 1)
    more = 0
    if len(rows) > room:
        more = len(rows) - (room - 1)
        rows, fills = rows[: room - 1], fills[: room - 1]
    n_rows = int(titled) + 1 + len(rows) + int(bool(more))
    height = title_h + row_h * (n_rows - int(titled))
    shape = slide.shapes.add_table(n_rows, ncols, Pt(r.x), Pt(r.y), Pt(r.w), Pt(min(height, r.h)))
    shape.name = slot.name or "chart"
    table = shape.table
    table.first_row = True
    table.horz_banding = False
    widths = _column_widths(header, rows, size, r.w)
    for c, w in enumerate(widths):
        table.columns[c].width = Pt(w)
    for k in range(n_rows):
        table.rows[k].height = Pt(title_h if (titled and k == 0) else row_h)

    def put(cell: Any, text: str, fill: str, color: str, bold: bool, font_size: float) -> None:
        cell.fill.solid()
        cell.fill.fore_color.rgb = _pptx_rgb(fill)
        cell.margin_left = cell.margin_right = Pt(pad)
        cell.margin_top = cell.margin_bottom = Pt(pad)
        tf = cell.text_frame
        tf.word_wrap = False
        run = tf.paragraphs[0].add_run()
        run.text = text
        run.font.size = Pt(font_size)
        run.font.bold = bold
        run.font.name = theme.font
        run.font.color.rgb = _pptx_rgb(color)

    k = 0
    if titled:
        cell = table.cell(0, 0)
        if ncols > 1:
            cell.merge(table.cell(0, ncols - 1))
        width = r.w - 2 * pad
        put(cell, _clip(plan.title or plan.subtitle, width, title_size, True), theme.background, theme.text,
            True, title_size)  # fmt: skip
        if plan.title and plan.subtitle:
            run = cell.text_frame.add_paragraph().add_run()
            run.text = _clip(plan.subtitle, width, size)
            run.font.size = Pt(size)
            run.font.name = theme.font
            run.font.color.rgb = _pptx_rgb(theme.muted)
        k = 1
    for c in range(ncols):
        put(table.cell(k, c), _clip(header[c], widths[c] - 2 * pad, size, True), theme.accent, theme.on_accent,
            True, size)  # fmt: skip
    for i, (row, row_fills) in enumerate(zip(rows, fills, strict=True)):
        k += 1
        for c in range(ncols):
            fill = row_fills[c]
            bold = c == 0 and plan.chart_type != ChartType.table
            if fill is None:
                fill, color = (theme.surface if i % 2 == 0 else theme.background), theme.text
            else:
                color = _text_on(fill)
            put(table.cell(k, c), _clip(row[c], widths[c] - 2 * pad, size, bold), fill, color, bold, size)
    if more:
        k += 1
        cell = table.cell(k, 0)
        if ncols > 1:
            cell.merge(table.cell(k, ncols - 1))
        put(cell, f"… {more:,} more rows", theme.background, theme.muted, False, size)


def _column_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], size: float, total: float
) -> list[float]:
    """Widths by content (capped), stretched or squeezed to fill `total` exactly."""
    n = max(len(header), 1)
    widths = []
    for c in range(n):
        texts = [header[c] if c < len(header) else ""] + [row[c] for row in rows[:50] if c < len(row)]
        widest = max((textmod.text_width(t, size) for t in texts), default=0.0)
        widths.append(min(widest + size, total * 0.6))
    used = sum(widths)
    if used > total:
        return [w * total / used for w in widths]
    return [w + (total - used) / n for w in widths]

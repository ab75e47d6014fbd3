"""A chart lowered into the shared shape model: bars, wedges, lines and labels as page elements.

`lower(plan, data, rect, theme)` returns ordinary `render.layout` elements (shapes, text boxes,
connectors, paths), so the SVG painter draws a chart like any other page content, and any painter
that knows the shape model can draw one. PowerPoint does not use this: it writes a native, editable
chart from the same `ChartData` (`render.pptx_chart`). Sizes, ticks and formats come from
`render.chart_core`, which both sides share.

Every label is a one-line `TextBox` exactly as wide as its text, positioned by the baseline point
the drawing code thinks in (`_Draw.text`), so tick labels, legends and titles keep their metrics.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import numpy as np

from render import text as textmod
from render.chart_core import (
    DONUT_HOLE,
    TITLE_SCALE,
    base_font_size,
    box_stats,
    clip,
    column_widths,
    fmt_value,
    heat_color,
    heat_range,
    histogram_bins,
    histogram_titles,
    legend_names,
    nice_ticks,
    tick_labels,
    value_range,
    value_title,
    wedge_label,
)
from render.data import BAR_LIKE, PIE_LIKE, ChartData
from render.layout import (
    Arc,
    ChartSlot,
    Connector,
    Element,
    Geometry,
    Paragraph,
    Path,
    PathStep,
    Rect,
    Shape,
    TextBox,
)
from render.plan import ChartPlan, ChartType
from render.theme import mix, readable_on

if TYPE_CHECKING:
    from render.theme import Theme

MAX_POINTS = 5000
"""Points drawn per line or scatter series; beyond this a stride thins them (a static picture)."""
Anchor = Literal["start", "middle", "end"]
_ALIGN = {"start": "left", "middle": "center", "end": "right"}
_ASCENT = 0.975  # baseline below a one-line box's top, in sizes: where the painters put it


def lower(plan: ChartPlan, data: ChartData, rect: Rect, theme: Theme) -> list[Element]:
    """The chart inside `rect` as page elements, in absolute page coordinates, drawn back to front."""
    out = _Draw()
    ct = plan.chart_type
    base = base_font_size(rect)
    area = _header(out, plan, rect, base, theme)
    names = legend_names(plan, data)
    if len(names) > 1:
        area = _legend(out, names, area, base * 0.95, theme)
    area = area.inset(2)
    if data.is_empty:
        out.text(
            area.x + area.w / 2, area.y + area.h / 2, "No data", base, theme.muted, "middle", name="no-data"
        )
    elif ct in BAR_LIKE:
        _bars(out, plan, data, area, base, theme)
    elif ct in (ChartType.line, ChartType.area):
        _lines(out, plan, data, area, base, theme)
    elif ct in PIE_LIKE:
        _pie(out, plan, data, area, base, theme)
    elif ct == ChartType.scatter:
        _scatter(out, plan, data, area, base, theme)
    elif ct == ChartType.histogram:
        _histogram(out, plan, data, area, base, theme)
    elif ct == ChartType.box:
        _box(out, plan, data, area, base, theme)
    elif ct == ChartType.heatmap:
        _heatmap(out, plan, data, area, base, theme)
    else:
        _table(out, data, area, base, theme)
    return out.elements


def lower_slot(slot: ChartSlot, theme: Theme) -> list[Element]:
    return lower(slot.chart, slot.data, slot.rect, theme)


class _Draw:
    """Collects elements; the drawing code below thinks in points, baselines and anchors."""

    def __init__(self) -> None:
        self.elements: list[Element] = []

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None,
        *,
        name: str = "",
        opacity: float = 1.0,
        stroke: str | None = None,
        stroke_width: float = 0.0,
        geometry: Geometry = "rect",
    ) -> None:
        if w <= 0 or h <= 0:
            return
        self.elements.append(
            Shape(Rect(x, y, w, h), geometry, fill, stroke, stroke_width, name=name, opacity=opacity)
        )

    def dot(self, cx: float, cy: float, r: float, fill: str, *, name: str, opacity: float = 1.0) -> None:
        self.elements.append(
            Shape(Rect(cx - r, cy - r, 2 * r, 2 * r), "ellipse", fill, name=name, opacity=opacity)
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, color: str, width: float, name: str) -> None:
        self.elements.append(Connector([(x1, y1), (x2, y2)], color, width, arrow=False, name=name))

    def polyline(self, points: list[tuple[float, float]], color: str, width: float, name: str) -> None:
        self.elements.append(Connector(points, color, width, arrow=False, name=name))

    def path(
        self,
        steps: list[PathStep],
        fill: str,
        *,
        name: str,
        opacity: float = 1.0,
        stroke: str | None = None,
        stroke_width: float = 0.0,
    ) -> None:
        self.elements.append(Path(steps, fill, stroke, stroke_width, True, opacity, name))

    def text(
        self,
        x: float,
        y: float,
        content: str,
        size: float,
        color: str,
        anchor: Anchor = "start",
        *,
        bold: bool = False,
        rotation: float = 0.0,
        name: str = "",
    ) -> None:
        """One line with its baseline at y, `anchor` saying which end (or the middle) is at x.

        With a rotation the line turns about that same baseline point. Right-to-left text is
        centred in its box: the painter then sets its direction, which needs a centred anchor to
        mean the same in browsers and in resvg.
        """
        if not content:
            return
        w = textmod.text_width(content, size, bold)
        h = size * textmod.LINE_HEIGHT
        left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
        top = y - _ASCENT * size
        if rotation:
            # the painters turn a box about its centre: move the centre where turning about (x, y) puts it
            cx, cy = left + w / 2 - x, top + h / 2 - y
            a = math.radians(rotation)
            nx, ny = x + cx * math.cos(a) - cy * math.sin(a), y + cx * math.sin(a) + cy * math.cos(a)
            left, top = nx - w / 2, ny - h / 2
        align = "center" if textmod.is_rtl(content) else _ALIGN[anchor]
        self.elements.append(
            TextBox(
                Rect(left, top, w, h),
                [Paragraph(content, (content,))],
                size,
                color,
                bold=bold,
                align=align,  # type: ignore[arg-type]
                name=name,
                rotation=rotation,
                wrap=False,
            )
        )


# ------------------------------------------------------------------------------------ frame parts


def _header(out: _Draw, plan: ChartPlan, r: Rect, base: float, theme: Theme) -> Rect:
    """Title (up to two lines) and a one-line subtitle; returns the space left below them."""
    y = r.y
    if plan.title:
        size = base * TITLE_SCALE
        fitted = textmod.fit(plan.title, r.w, max(r.h * 0.2, size * 1.3), size, min(size, 8.0), True, 2)
        height = fitted.size * textmod.LINE_HEIGHT * len(fitted.lines)
        out.elements.append(
            TextBox(
                Rect(r.x, y, r.w, height),
                [Paragraph(plan.title, fitted.lines)],
                fitted.size,
                theme.text,
                bold=True,
                name="title",
                truncated=fitted.truncated,
            )
        )
        y += height
    if plan.subtitle:
        size = base * 0.95
        y += size * textmod.LINE_HEIGHT
        out.text(r.x, y - size * 0.25, clip(plan.subtitle, r.w, size), size, theme.muted, name="subtitle")
    if y > r.y:
        y += base * 0.5
    return Rect(r.x, y, r.w, max(r.bottom - y, 1.0))


def _legend(out: _Draw, names: list[str], area: Rect, size: float, theme: Theme) -> Rect:
    """Swatches and names in rows under the plot, at most three rows ('+N more' after that)."""
    sw = size * 0.8
    gap = size * 1.2
    row_h = size * 1.5
    max_label = max(area.w / 3, size * 4)
    rows: list[list[tuple[str, int, float]]] = [[]]
    x = 0.0
    for i, name in enumerate(names):
        label = clip(name, max_label, size)
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
                out.rect(x, cy - sw / 2, sw, sw, theme.color(i), geometry="rounded", name="legend-swatch")
                out.text(x + sw + size * 0.4, cy + size * 0.35, label, size, theme.text, name="legend-label")
            else:
                out.text(x, cy + size * 0.35, label, size, theme.muted, name="legend-label")
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


def _gridline_style(t: float, theme: Theme) -> tuple[str, float]:
    """The zero line stands out from the other gridlines."""
    return (theme.line, 0.5) if t else (theme.muted, 0.9)


def _vertical_axes(
    out: _Draw,
    plan: ChartPlan,
    area: Rect,
    values: Sequence[float],
    base: float,
    theme: Theme,
    include_zero: bool = True,
    x_title: str | None = None,
    y_title: str | None = None,
    pinned: tuple[float, float] | None = None,
) -> _Axes:
    """Lay out a plot with the value axis on the left; draw gridlines, tick labels and titles."""
    size = base * 0.9
    lo, hi, ticks = value_range(values, include_zero, pinned)
    labels = tick_labels(ticks, plan.unit, plan.language)
    y_title = value_title(plan) if y_title is None else y_title
    x_title = plan.x_title if x_title is None else x_title
    left = area.x + max(textmod.text_width(t, size) for t in labels) + size * 0.6
    if y_title:
        left += size * 1.5
    bottom = area.bottom - size * 1.4
    if x_title:
        bottom -= size * 1.5
    top = area.y + size * 0.6
    plot = Rect(left, top, max(area.right - left - size * 0.5, 1.0), max(bottom - top, 1.0))
    axes = _Axes(lo, hi, plot, ticks, labels)
    for t, label in zip(ticks, labels, strict=True):
        y = axes.y(t)
        out.line(plot.x, y, plot.right, y, *_gridline_style(t, theme), name="gridline")
        out.text(plot.x - size * 0.4, y + size * 0.35, label, size, theme.muted, "end", name="tick-label")
    if y_title:
        out.text(
            area.x + size,
            plot.y + plot.h / 2,
            clip(y_title, plot.h, size),
            size,
            theme.muted,
            "middle",
            rotation=-90,
            name="axis-title",
        )
    if x_title:
        out.text(
            plot.x + plot.w / 2,
            area.bottom - size * 0.3,
            clip(x_title, plot.w, size),
            size,
            theme.muted,
            "middle",
            name="axis-title",
        )
    return axes


def _x_tick(
    out: _Draw,
    x: float,
    y: float,
    label: str,
    size: float,
    theme: Theme,
    area: Rect,
    after: float = -math.inf,
    name: str = "tick-label",
) -> float:
    """A tick label centred under x, slid inwards at the edges so it stays inside the chart; skipped
    if it would overlap the previous label (ending at `after`). Returns where this one ends."""
    width = textmod.text_width(label, size)
    left = min(max(x - width / 2, area.x), area.right - width)
    if left < after + size * 0.3 or not label:
        return after
    out.text(left + width / 2, y, label, size, theme.muted, "middle", name=name)
    return left + width


def _category_labels(
    out: _Draw, labels: Sequence[str], plot: Rect, size: float, theme: Theme, area: Rect
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
        end = _x_tick(out, cx, y, clip(labels[i], width, size), size, theme, area, end, "category-label")


# ------------------------------------------------------------------------------------------- marks


def _bars(out: _Draw, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    ct = plan.chart_type
    stacked = ct == ChartType.stacked_bar
    n, k = len(data.categories), len(data.series)
    if stacked:
        pos = [sum(v for _, vals in data.series if (v := vals[j]) is not None and v > 0) for j in range(n)]
        neg = [sum(v for _, vals in data.series if (v := vals[j]) is not None and v < 0) for j in range(n)]
        values = pos + neg
    else:
        values = [v for _, vals in data.series for v in vals if v is not None]
    if ct == ChartType.horizontal_bar:
        _hbars(out, plan, data, area, values, base * 0.9, theme)
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
            if stacked:
                start = up if v >= 0 else down
                end = start + v
                if v >= 0:
                    up = end
                else:
                    down = end
                y0, y1 = axes.y(start), axes.y(end)
                out.rect(x0, min(y0, y1), inner, abs(y1 - y0), theme.color(i), name="bar")
            else:
                w = inner / k
                y1 = axes.y(v)
                out.rect(
                    x0 + i * w,
                    min(zero, y1),
                    max(w - (0.5 if k > 1 else 0), 0.5),
                    abs(zero - y1),
                    theme.color(i),
                    name="bar",
                )
    _category_labels(out, data.categories, plot, base * 0.9, theme, area)


def _hbars(
    out: _Draw, plan: ChartPlan, data: ChartData, area: Rect, values: list[float], size: float, theme: Theme
) -> None:
    """Horizontal bars: first category on top, labels truncated on the left."""
    cats = data.categories
    n = len(cats)
    top_first = plan.sort != "asc"  # like the figure: the largest value ends up on top
    order = list(range(n)) if top_first else list(range(n - 1, -1, -1))
    label_w = min(max((textmod.text_width(c, size) for c in cats), default=0) + size * 0.6, area.w * 0.3)
    lo, hi, ticks = value_range(values, True, data.value_range)
    labels = tick_labels(ticks, plan.unit, plan.language)
    title = value_title(plan)
    bottom = area.bottom - size * 1.4 - (size * 1.5 if title else 0)
    left = area.x + label_w + (size * 1.5 if plan.x_title else 0)
    plot = Rect(
        left, area.y + size * 0.4, max(area.right - left - size * 1.5, 1.0), max(bottom - area.y, 1.0)
    )
    axes = _Axes(lo, hi, plot, ticks, labels)
    for t, label in zip(ticks, labels, strict=True):
        x = axes.x(t)
        out.line(x, plot.y, x, plot.bottom, *_gridline_style(t, theme), name="gridline")
        _x_tick(out, x, plot.bottom + size * 1.15, label, size, theme, area)
    if title:
        out.text(
            plot.x + plot.w / 2,
            area.bottom - size * 0.3,
            clip(title, plot.w, size),
            size,
            theme.muted,
            "middle",
            name="axis-title",
        )
    if plan.x_title:
        out.text(
            area.x + size,
            plot.y + plot.h / 2,
            clip(plan.x_title, plot.h, size),
            size,
            theme.muted,
            "middle",
            rotation=-90,
            name="axis-title",
        )
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
                min(zero, x1),
                y0 + i * h,
                abs(x1 - zero),
                max(h - (0.5 if k > 1 else 0), 0.5),
                theme.color(i),
                name="bar",
            )
        if row % label_step == 0:
            out.text(
                plot.x - size * 0.4,
                y0 + inner / 2 + size * 0.35,
                clip(cats[j], label_w - size * 0.6, size),
                size,
                theme.text,
                "end",
                name="category-label",
            )


def _thinned(n: int) -> list[int]:
    """Indexes of the points drawn: every one up to MAX_POINTS, then a stride keeping the last."""
    idx = list(range(0, n, max(1, n // MAX_POINTS)))
    if idx and idx[-1] != n - 1:
        idx.append(n - 1)
    return idx


def _lines(out: _Draw, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
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
    idx = _thinned(n)
    if stacked:
        lower = [axes.y(0.0)] * n
        for i, top in enumerate(tops):
            upper = [axes.y(v) for v in top]
            steps: list[PathStep] = [(xs[j], upper[j]) for j in idx] + [
                (xs[j], lower[j]) for j in reversed(idx)
            ]
            out.path(steps, theme.color(i), opacity=0.85, name="area")
            lower = upper
    else:
        zero = axes.y(0.0)
        for i, (_, vals) in enumerate(data.series):
            color = theme.color(i)
            runs: list[list[int]] = [[]]
            for j in idx:
                if vals[j] is None:
                    if runs[-1]:
                        runs.append([])
                else:
                    runs[-1].append(j)
            for run in (r for r in runs if r):
                points = [(xs[j], axes.y(vals[j])) for j in run]  # type: ignore[arg-type]
                if area_chart:
                    out.path(
                        [*points, (xs[run[-1]], zero), (xs[run[0]], zero)], color, opacity=0.3, name="area"
                    )
                out.polyline(points, color, 2.0, name="line")
            if not area_chart and n <= 40:
                for j in idx:
                    v = vals[j]
                    if v is not None:
                        out.dot(xs[j], axes.y(v), 2.6, color, name="marker")
    _category_labels(out, data.categories, plot, base * 0.9, theme, area)


def _pie(out: _Draw, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    values = [max(v or 0.0, 0.0) for v in (data.series[0][1] if data.series else [])]
    total = sum(values)
    cx, cy = area.x + area.w / 2, area.y + area.h / 2
    radius = max(min(area.w, area.h) / 2 - 2, 1.0)
    inner = radius * DONUT_HOLE if plan.chart_type == ChartType.donut else 0.0
    if total <= 0:
        out.text(cx, cy, "No data", base, theme.muted, "middle", name="no-data")
        return
    angle = -90.0  # the first wedge starts at twelve o'clock and they go clockwise, like the figure
    for i, v in enumerate(values):
        if v <= 0:
            continue
        frac = v / total
        color = theme.color(i)
        sweep = frac * 360.0
        if frac >= 0.99999:  # one wedge is the whole disc (or ring)
            if inner:
                mid = (radius + inner) / 2
                out.rect(
                    cx - mid,
                    cy - mid,
                    2 * mid,
                    2 * mid,
                    None,
                    stroke=color,
                    stroke_width=radius - inner,
                    geometry="ellipse",
                    name="wedge",
                )
            else:
                out.dot(cx, cy, radius, color, name="wedge")
        else:
            outer = Arc(cx, cy, radius, angle, sweep)
            steps: list[PathStep] = (
                [outer, Arc(cx, cy, inner, angle + sweep, -sweep)] if inner else [(cx, cy), outer]
            )
            out.path(steps, color, stroke=theme.background, stroke_width=1.0, name="wedge")
        if frac >= 0.05:
            mid_angle = math.radians(angle + sweep / 2)
            lr = (radius + inner) / 2 if inner else radius * 0.62
            tx, ty = cx + lr * math.cos(mid_angle), cy + lr * math.sin(mid_angle)
            size = base * 0.9
            out.text(
                tx,
                ty + size * 0.35,
                wedge_label(v, frac, plan),
                size,
                readable_on(color),
                "middle",
                bold=True,
                name="wedge-label",
            )
        angle += sweep


def _scatter(out: _Draw, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    all_x = [x for _, xs, _ in data.xy for x in xs]
    all_y = [y for _, _, ys in data.xy for y in ys]
    size = base * 0.9
    axes = _vertical_axes(out, plan, area, all_y, base, theme, include_zero=False, pinned=data.value_range)
    plot = axes.plot
    lo, hi, ticks = value_range(all_x, False, data.x_range)
    xaxis = _Axes(lo, hi, plot, ticks, tick_labels(ticks, language=plan.language))
    for t, label in zip(xaxis.ticks, xaxis.labels, strict=True):
        x = xaxis.x(t)
        out.line(x, plot.y, x, plot.bottom, theme.line, 0.4, name="gridline")
        _x_tick(out, x, plot.bottom + size * 1.15, label, size, theme, area)
    r = 2.5 if len(all_x) < 500 else 1.6
    for i, (_, xs, ys) in enumerate(data.xy):
        stride = max(1, len(xs) // MAX_POINTS)
        color = theme.color(i)
        for x, y in zip(xs[::stride], ys[::stride], strict=True):
            out.dot(xaxis.x(x), axes.y(y), r, color, opacity=0.75, name="dot")


def _histogram(out: _Draw, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    edges, counts = histogram_bins(data.samples)
    peak = max((float(c.max()) for c in counts if c.size), default=1.0)
    x_title, count_title = histogram_titles(plan)
    axes = _vertical_axes(out, plan, area, [0.0, peak], base, theme, x_title=x_title, y_title=count_title)
    plot = axes.plot
    size = base * 0.9
    xaxis = _Axes(float(edges[0]), float(edges[-1]), plot, [], [])
    opacity = 0.6 if len(counts) > 1 else 1.0  # overlaid groups show through each other
    for i, c in enumerate(counts):
        for j, count in enumerate(c.tolist()):
            if count <= 0:
                continue
            x0, x1 = xaxis.x(float(edges[j])), xaxis.x(float(edges[j + 1]))
            y = axes.y(float(count))
            out.rect(
                x0 + 0.5,
                y,
                max(x1 - x0 - 1, 0.5),
                axes.y(0.0) - y,
                theme.color(i),
                opacity=opacity,
                name="bar",
            )
    ticks = nice_ticks(float(edges[0]), float(edges[-1]), max(2, min(6, int(plot.w / (size * 6)))))
    ticks = [t for t in ticks if edges[0] - 1e-9 <= t <= edges[-1] + 1e-9]
    end = -math.inf
    for t, label in zip(ticks, tick_labels(ticks, plan.unit, plan.language), strict=True):
        end = _x_tick(out, xaxis.x(t), plot.bottom + size * 1.15, label, size, theme, area, end)


def _box(out: _Draw, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    stats = [box_stats(v) for _, v in data.samples]
    values = [s[k] for s in stats for k in ("min", "max")]
    axes = _vertical_axes(out, plan, area, values, base, theme, include_zero=False)
    plot = axes.plot
    band = plot.w / max(len(stats), 1)
    w = min(band * 0.6, 80.0)
    for i, ((_, vals), s) in enumerate(zip(data.samples, stats, strict=True)):
        color = theme.color(i)
        cx = plot.x + band * (i + 0.5)
        out.line(cx, axes.y(s["low"]), cx, axes.y(s["q1"]), theme.muted, 1.0, name="whisker")
        out.line(cx, axes.y(s["q3"]), cx, axes.y(s["high"]), theme.muted, 1.0, name="whisker")
        for k in ("low", "high"):
            out.line(cx - w / 4, axes.y(s[k]), cx + w / 4, axes.y(s[k]), theme.muted, 1.0, name="whisker")
        top, bottom = axes.y(s["q3"]), axes.y(s["q1"])
        out.rect(
            cx - w / 2,
            top,
            w,
            max(bottom - top, 0.8),
            color,
            opacity=0.55,
            stroke=color,
            stroke_width=1.0,
            name="box",
        )
        out.line(
            cx - w / 2, axes.y(s["median"]), cx + w / 2, axes.y(s["median"]), theme.text, 1.6, name="median"
        )
        arr = np.asarray(vals, dtype=float)
        for v in arr[(arr < s["low"]) | (arr > s["high"])][:200].tolist():
            out.dot(cx, axes.y(v), 1.8, color, name="outlier")
    _category_labels(out, [name for name, _ in data.samples], plot, base * 0.9, theme, area)


def _heatmap(out: _Draw, plan: ChartPlan, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
    size = base * 0.85
    rows = [name for name, _ in data.series]
    cols = data.categories
    label_w = min(max((textmod.text_width(r, size) for r in rows), default=0) + size * 0.6, area.w * 0.25)
    scale_h = size * 1.6
    plot = Rect(area.x + label_w, area.y, max(area.w - label_w, 1.0), max(area.h - size * 1.5 - scale_h, 1.0))
    cw = plot.w / max(len(cols), 1)
    rh = plot.h / max(len(rows), 1)
    lo, hi = heat_range(data)
    show_values = rh >= size * 1.3
    row_step = max(1, math.ceil(size * 1.2 / rh))
    for i, (name, vals) in enumerate(data.series):
        y = plot.y + i * rh
        for j, v in enumerate(vals):
            fill = heat_color(v, lo, hi, theme)
            x = plot.x + j * cw
            if fill is None:  # a missing value: an empty outlined cell
                out.rect(x, y, cw, rh, theme.background, stroke=theme.line, stroke_width=0.3, name="cell")
                continue
            out.rect(x, y, cw, rh, fill, stroke=theme.background, stroke_width=0.5, name="cell")
            label = fmt_value(v, plan.language) if show_values else ""
            if label and textmod.text_width(label, size) <= cw - 2:
                out.text(
                    x + cw / 2,
                    y + rh / 2 + size * 0.35,
                    label,
                    size,
                    readable_on(fill),
                    "middle",
                    name="cell-label",
                )
        if i % row_step == 0:
            out.text(
                plot.x - size * 0.4,
                y + rh / 2 + size * 0.35,
                clip(name, label_w - size * 0.6, size),
                size,
                theme.text,
                "end",
                name="row-label",
            )
    _category_labels(out, cols, plot, size, theme, area)
    # colour scale: low → high
    sy = area.bottom - scale_h + size * 0.3
    sw = min(plot.w * 0.4, 160.0)
    sx = area.right - sw - textmod.text_width(fmt_value(hi, plan.language), size) - size * 0.4
    steps = 12
    for k in range(steps):
        out.rect(
            sx + k * sw / steps,
            sy,
            sw / steps + 0.3,
            size * 0.7,
            mix(theme.surface, theme.accent, k / (steps - 1)),
            name="scale",
        )
    out.text(
        sx - size * 0.3,
        sy + size * 0.65,
        fmt_value(lo, plan.language),
        size,
        theme.muted,
        "end",
        name="scale-label",
    )
    out.text(
        sx + sw + size * 0.3,
        sy + size * 0.65,
        fmt_value(hi, plan.language),
        size,
        theme.muted,
        name="scale-label",
    )


_NUMERIC_CELL = re.compile(r"^[-+]?[\d,.]+%?$")


def _table(out: _Draw, data: ChartData, area: Rect, base: float, theme: Theme) -> None:
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
    widths = column_widths(cols, rows, size, area.w)
    numeric = [
        c > 0 and sum(bool(_NUMERIC_CELL.match(r[c])) for r in rows if c < len(r)) > len(rows) / 2
        for c in range(ncols)
    ]
    pad = size * 0.4

    def cell(x: float, y: float, c: int, content: str, color: str, bold: bool, name: str) -> None:
        label = clip(content, widths[c] - 2 * pad, size, bold)
        ty = y + row_h / 2 + size * 0.35
        if numeric[c]:
            out.text(x + widths[c] - pad, ty, label, size, color, "end", bold=bold, name=name)
        else:
            out.text(x + pad, ty, label, size, color, bold=bold, name=name)

    y = area.y
    out.rect(area.x, y, area.w, row_h, theme.accent, name="header")
    x = area.x
    for c, name in enumerate(cols):
        cell(x, y, c, name, theme.on_accent, True, "header-cell")
        x += widths[c]
    for k, row in enumerate(rows):
        y += row_h
        out.rect(area.x, y, area.w, row_h, theme.surface if k % 2 == 0 else theme.background, name="row")
        x = area.x
        for c in range(ncols):
            cell(x, y, c, row[c] if c < len(row) else "", theme.text, False, "cell")
            x += widths[c]
    if more:
        y += row_h
        out.text(
            area.x + pad,
            y + row_h / 2 + size * 0.35,
            f"… {more:,} more rows",
            size,
            theme.muted,
            name="more-rows",
        )
    out.line(area.x, area.y + row_h, area.right, area.y + row_h, theme.line, 0.8, name="rule")

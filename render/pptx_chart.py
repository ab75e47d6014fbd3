"""Native PowerPoint charts: a `ChartSlot` as an editable chart, or a native table where PowerPoint
has no such chart (box, heatmap, table).

The PowerPoint painter (`render.powerpoint`) calls `add_native` for every chart slot; the SVG side
draws the same `ChartData` through `render.chart_draw`. Sizes, ticks, formats and colours both read
come from `render.chart_core`. Only the PowerPoint painter imports this module, so python-pptx
loads with it and never for the SVG preview.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pptx.chart.plot import PiePlot
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
from pptx.oxml.ns import qn
from pptx.util import Pt

from render import text as textmod
from render.chart_core import (
    TABLE_LIKE,
    TITLE_SCALE,
    axis_format,
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
    number_format,
    tick_labels,
    value_range,
    value_title,
)
from render.plan import ChartPlan, ChartType
from render.theme import hex_digits, readable_on

if TYPE_CHECKING:
    from render.data import ChartData
    from render.layout import ChartSlot
    from render.theme import Theme


def _rgb(color: str) -> RGBColor:
    return RGBColor.from_string(hex_digits(color))


def add_native(slide: Any, slot: ChartSlot, theme: Theme) -> None:
    """Add an editable native chart (or a native table for box, heatmap and table) at slot.rect."""
    ct = slot.chart.chart_type
    if ct in TABLE_LIKE or slot.data.is_empty:
        _native_table(slide, slot, theme)
        return
    from render.data import BAR_LIKE, PIE_LIKE  # loaded already: the slot's data was resolved there

    CategoryChartData, XyChartData = _text_safe_chart_data()

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
        labels = tick_labels(edges.tolist(), plan.unit, plan.language)
        chart_data = CategoryChartData(number_format="#,##0")
        chart_data.categories = [f"{labels[j]}–{labels[j + 1]}" for j in range(len(edges) - 1)]
        for (name, _), c in zip(data.samples, counts, strict=True):
            chart_data.add_series(name or " ", [float(v) for v in c.tolist()])
        all_values = [0.0]
    else:
        all_values = [v for _, vals in data.series for v in vals]
        chart_data = CategoryChartData(number_format=number_format(all_values, plan.unit))
        chart_data.categories = list(data.categories)
        for name, vals in data.series[: 1 if ct in PIE_LIKE else None]:
            chart_data.add_series(name or " ", vals)
    frame = slide.shapes.add_chart(chart_type, Pt(r.x), Pt(r.y), Pt(r.w), Pt(r.h), chart_data)
    frame.name = slot.name or "chart"
    chart = frame.chart
    size = base_font_size(r)
    # Chart-wide text defaults are what axes and their titles inherit: one setting instead of a
    # proxy round-trip per axis (those dominated the cost of a deck full of charts).
    chart.font.size = Pt(size)
    chart.font.name = theme.font
    chart.font.color.rgb = _rgb(theme.muted)
    _native_title(chart, plan, size, theme, r.w)
    names = legend_names(plan, data)
    chart.has_legend = len(names) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(size)
        chart.legend.font.color.rgb = _rgb(theme.text)
    plot = chart.plots[0]
    if ct in PIE_LIKE:
        _native_pie(plot, plan, data, size, theme)
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
        color = _rgb(theme.color(i))
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
    """A pinned range becomes fixed axis bounds, as in the drawing: slides of one animation share a scale."""
    for axis, pinned in ((chart.value_axis, data.value_range), (chart.category_axis, data.x_range)):
        if pinned is not None:
            lo, hi, _ = value_range([], False, pinned)
            axis.minimum_scale, axis.maximum_scale = lo, hi


@functools.cache
def _text_safe_chart_data() -> tuple[type, type]:
    """python-pptx's chart data classes, writing their embedded workbook with every text as text.

    The workbook behind a native chart is what PowerPoint opens for "Edit data". XlsxWriter, which
    python-pptx uses, turns a string starting with "=" into a live formula (DDE included, e.g.
    `=cmd|' /C calc'!A0`) and "http://…" into a link; category labels and series names come from
    plans and table cells, so they must stay strings. Imported here: it brings xlsxwriter.
    """
    from contextlib import contextmanager

    from pptx.chart.data import CategoryChartData, XyChartData
    from pptx.chart.xlsx import CategoryWorkbookWriter, XyWorkbookWriter
    from xlsxwriter import Workbook

    class TextCells:
        @contextmanager
        def _open_worksheet(self, xlsx_file: Any) -> Any:
            workbook = Workbook(xlsx_file, WORKBOOK_OPTIONS)
            yield workbook, workbook.add_worksheet()
            workbook.close()

    class CategoryWriter(TextCells, CategoryWorkbookWriter):
        pass

    class XyWriter(TextCells, XyWorkbookWriter):
        pass

    class TextSafeCategoryData(CategoryChartData):
        @property
        def _workbook_writer(self) -> Any:
            return CategoryWriter(self)

    class TextSafeXyData(XyChartData):
        @property
        def _workbook_writer(self) -> Any:
            return XyWriter(self)

    return TextSafeCategoryData, TextSafeXyData


WORKBOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
"""XlsxWriter options for chart workbooks: strings are written as strings, never formulas or links."""


def _native_title(chart: Any, plan: ChartPlan, size: float, theme: Theme, width: float) -> None:
    """Title plus subtitle as a second, smaller paragraph; no title at all when the plan has none
    (PowerPoint would otherwise show the series name as a title)."""

    if not (plan.title or plan.subtitle):
        chart.has_title = False
        return
    chart.has_title = True
    tf = chart.chart_title.text_frame
    first = tf.paragraphs[0]
    run = first.add_run()
    title_size = size * TITLE_SCALE
    fitted = textmod.fit(plan.title or plan.subtitle, width * 0.9, 1e6, title_size, title_size, True, 2)
    run.text = " ".join(fitted.lines)  # at most two lines, so a long title cannot eat the plot
    run.font.size = Pt(title_size)
    run.font.bold = True
    run.font.color.rgb = _rgb(theme.text)
    if plan.title and plan.subtitle:
        para = tf.add_paragraph()
        sub = para.add_run()
        sub.text = clip(plan.subtitle, width * 0.9, size)
        sub.font.size = Pt(size)
        sub.font.bold = False
        sub.font.color.rgb = _rgb(theme.muted)


def _native_axes(
    chart: Any, plan: ChartPlan, ct: ChartType, values: Sequence[float | None], size: float, theme: Theme
) -> None:

    category_axis, value_axis = chart.category_axis, chart.value_axis
    if ct == ChartType.histogram:
        x_title, y_title = histogram_titles(plan)
    else:
        x_title, y_title = plan.x_title, value_title(plan)
    for axis, title in ((category_axis, x_title), (value_axis, y_title)):
        axis.format.line.color.rgb = _rgb(theme.line)
        if title:
            axis.has_title = True
            tf = axis.axis_title.text_frame
            tf.text = title
            tf.paragraphs[0].runs[0].font.bold = False
        else:
            axis.has_title = False
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _rgb(theme.line)
    value_axis.major_gridlines.format.line.width = Pt(0.5)
    value_axis.tick_labels.number_format = axis_format(values, plan.unit)
    value_axis.tick_labels.number_format_is_linked = False
    if ct == ChartType.scatter:
        category_axis.has_major_gridlines = False
        category_axis.tick_labels.number_format = number_format([], "")
        category_axis.tick_labels.number_format_is_linked = False
    if any(v is not None and v < 0 for v in values) and ct != ChartType.scatter:
        # Labels at the low end of the plot, not at zero where a negative bar would cover them.
        category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    if ct == ChartType.horizontal_bar and plan.sort != "asc":
        category_axis.reverse_order = True  # first (largest when sorted desc) category on top
        crosses = value_axis._element.find(qn("c:crosses"))
        if crosses is not None:  # the value axis crosses at the last category: the bottom again
            crosses.set("val", "max")


def _native_pie(plot: Any, plan: ChartPlan, data: ChartData, size: float, theme: Theme) -> None:
    """Wedge colours from the palette; percentage labels in a colour readable on each wedge."""

    plot.has_data_labels = True
    labels = plot.data_labels
    given = plan.shares_given  # the figures as given, else each wedge's share of the whole
    labels.show_percentage = not given
    labels.show_value = given
    labels.show_category_name = False
    labels.number_format = number_format(data.series[0][1], "%") if given else "0%"
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
        point.format.fill.fore_color.rgb = _rgb(color)
        point.format.line.color.rgb = _rgb(theme.background)
        label = point.data_label
        label.font.size = Pt(size)
        label.font.bold = True
        label.font.color.rgb = _rgb(readable_on(color))
        d_lbl = label._dLbl  # a per-point label starts as "show value"; make it a percentage
        if d_lbl is not None and not given:
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
                [
                    name,
                    fmt_value(s["n"], plan.language),
                    *(fmt_value(s[k], plan.language) for k in ("min", "q1", "median", "q3", "max")),
                ]
            )
        return header, rows, [[None] * len(header) for _ in rows]
    if ct == ChartType.heatmap:
        lo, hi = heat_range(data)
        header = ["", *data.categories]
        rows = [[name, *(fmt_value(v, plan.language) for v in vals)] for name, vals in data.series]
        fills = [[None, *(heat_color(v, lo, hi, theme) for v in vals)] for _, vals in data.series]
        return header, rows, fills
    if data.columns:
        return (
            list(data.columns),
            [list(r) for r in data.rows],
            [[None] * len(data.columns) for _ in data.rows],
        )
    header = [plan.x_title, *(name for name, _ in data.series)]
    rows = [
        [c, *(fmt_value(vals[j], plan.language) for _, vals in data.series)]
        for j, c in enumerate(data.categories)
    ]
    return header, rows, [[None] * len(header) for _ in rows]


def _native_table(slide: Any, slot: ChartSlot, theme: Theme) -> None:
    """One native table (box: five-number summary; heatmap: coloured cells; table: the values).

    The title sits in a merged first row so the chart stays one shape, and only as many rows as
    fit are written, the last saying how many more there are.
    """

    plan, r = slot.chart, slot.rect
    header, rows, fills = _table_content(slot, theme)
    ncols = max(min(len(header), 40), 1)  # wider tables are unreadable on a slide
    header = (header + [""] * ncols)[:ncols]
    rows = [(row + [""] * ncols)[:ncols] for row in rows]
    fills = [(f + [None] * ncols)[:ncols] for f in fills]
    size = base_font_size(r)
    pad = size * 0.3
    title_size = size * TITLE_SCALE
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
    widths = column_widths(header, rows, size, r.w)
    for c, w in enumerate(widths):
        table.columns[c].width = Pt(w)
    for k in range(n_rows):
        table.rows[k].height = Pt(title_h if (titled and k == 0) else row_h)

    def put(cell: Any, text: str, fill: str, color: str, bold: bool, font_size: float) -> None:
        cell.fill.solid()
        cell.fill.fore_color.rgb = _rgb(fill)
        cell.margin_left = cell.margin_right = Pt(pad)
        cell.margin_top = cell.margin_bottom = Pt(pad)
        tf = cell.text_frame
        tf.word_wrap = False
        run = tf.paragraphs[0].add_run()
        run.text = text
        run.font.size = Pt(font_size)
        run.font.bold = bold
        run.font.name = theme.font
        run.font.color.rgb = _rgb(color)

    k = 0
    if titled:
        cell = table.cell(0, 0)
        if ncols > 1:
            cell.merge(table.cell(0, ncols - 1))
        width = r.w - 2 * pad
        put(cell, clip(plan.title or plan.subtitle, width, title_size, True), theme.background, theme.text,
            True, title_size)  # fmt: skip
        if plan.title and plan.subtitle:
            run = cell.text_frame.add_paragraph().add_run()
            run.text = clip(plan.subtitle, width, size)
            run.font.size = Pt(size)
            run.font.name = theme.font
            run.font.color.rgb = _rgb(theme.muted)
        k = 1
    for c in range(ncols):
        put(table.cell(k, c), clip(header[c], widths[c] - 2 * pad, size, True), theme.accent, theme.on_accent,
            True, size)  # fmt: skip
    for i, (row, row_fills) in enumerate(zip(rows, fills, strict=True)):
        k += 1
        for c in range(ncols):
            fill = row_fills[c]
            bold = c == 0 and plan.chart_type != ChartType.table
            if fill is None:
                fill, color = (theme.surface if i % 2 == 0 else theme.background), theme.text
            else:
                color = readable_on(fill)
            put(table.cell(k, c), clip(row[c], widths[c] - 2 * pad, size, bold), fill, color, bold, size)
    if more:
        k += 1
        cell = table.cell(k, 0)
        if ncols > 1:
            cell.merge(table.cell(k, ncols - 1))
        put(cell, f"… {more:,} more rows", theme.background, theme.muted, False, size)

"""The chart kind: plotly figures, native PowerPoint charts and the static SVG, from one ChartData."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from typing import Any

import pandas as pd
import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml.ns import qn
from pptx.util import Pt

from render import chart, pptx_chart
from render import text as textmod
from render.layout import ChartSlot, Context, Rect
from render.plan import ChartPlan, ChartType, parse_plan
from render.svg import element_svg
from render.theme import contrast, get_theme

SVG_NS = "{http://www.w3.org/2000/svg}"
SCRIPT = "<script>alert('x')</script>"
LIGHT = get_theme("light")
DARK = get_theme("dark")
RECT = Rect(40, 60, 880, 440)

INLINE = {"categories": ["Q1", "Q2", "Q3"], "series": [{"name": "2024", "values": [1.0, 2.5, 2.0]}]}
TWO = {
    "categories": ["Q1", "Q2", "Q3"],
    "series": [{"name": "2023", "values": [1.0, None, 3.0]}, {"name": "2024", "values": [2.0, 2.5, 1.0]}],
}
SAMPLES = {"series": [{"name": "a", "values": [1, 2, 3, 4, 5, 30]}, {"name": "b", "values": [2, 3, 3, 4]}]}


def make(chart_type: str, data: dict | None = None, **kw: Any) -> ChartPlan:
    return ChartPlan(chart_type=chart_type, **(data if data is not None else INLINE), **kw)


def every_plan() -> list[ChartPlan]:
    """One plan per chart type, inline data."""
    plans = []
    for ct in ChartType:
        if ct == ChartType.scatter:
            plans.append(make(ct, {"series": [{"name": "p", "values": [1, 2, 3], "x": [3, 1, 2]}]}))
        elif ct in (ChartType.histogram, ChartType.box):
            plans.append(make(ct, SAMPLES))
        elif ct in (ChartType.pie, ChartType.donut):
            plans.append(make(ct, INLINE))
        else:
            plans.append(make(ct, TWO))
    return plans


def place(plan: ChartPlan, table: pd.DataFrame | None = None, theme=LIGHT) -> ChartSlot:
    return chart.slot(plan, RECT, Context(theme=theme, table=table))


def new_slide() -> tuple[Any, Any]:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(960), Pt(540)
    return prs, prs.slides.add_slide(prs.slide_layouts[6])


def reopen(prs: Any) -> Any:
    buf = io.BytesIO()
    prs.save(buf)
    buf.seek(0)
    return Presentation(buf).slides[0]


def native(plan: ChartPlan, table: pd.DataFrame | None = None, theme=LIGHT) -> Any:
    """Add the chart to a fresh slide, save, reopen and return the one shape on it."""
    prs, slide = new_slide()
    pptx_chart.add_native(slide, place(plan, table, theme), theme)
    shapes = list(reopen(prs).shapes)
    assert len(shapes) == 1, "a chart slot is exactly one shape"
    return shapes[0]


def svg_root(
    plan: ChartPlan, theme=LIGHT, rect: Rect = RECT, table: pd.DataFrame | None = None
) -> ET.Element:
    slot = chart.slot(plan, rect, Context(theme=theme, table=table))
    fragment = element_svg(slot, theme, set())
    assert fragment.startswith("<g") and fragment.endswith("</g>")
    return ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{fragment}</svg>')


def texts(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{SVG_NS}text"))


def text_extent(t: ET.Element) -> tuple[float, float]:
    """Horizontal extent of an SVG text element by our own font metrics (anchors are visual)."""
    x = float(t.get("x"))
    w = textmod.text_width(t.text or "", float(t.get("font-size")), t.get("font-weight") == "bold")
    anchor = t.get("text-anchor", "start")
    return {"start": (x, x + w), "middle": (x - w / 2, x + w / 2), "end": (x - w, x)}[anchor]


# ------------------------------------------------------------------------------------------ entries


def test_slot_resolves_once_and_reports_notes() -> None:
    df = pd.DataFrame({"k": ["a", "a", "b"], "v": [1, 2, 3]})
    ctx = Context(theme=LIGHT, table=df)
    s = chart.slot(ChartPlan(x="k", y="v"), RECT, ctx)
    assert isinstance(s, ChartSlot) and s.rect == RECT
    assert s.data.categories == ["a", "b"] and s.data.series[0][1] == [3.0, 3.0]
    assert any("summed" in n for n in ctx.notes)


def test_figure_uses_the_table_and_extends_notes() -> None:
    df = pd.DataFrame({"k": ["a", "b", "c"], "v": [1, "oops", 3]})
    ctx = Context(theme=LIGHT, table=df)
    fig = chart.figure(ChartPlan(x="k", y="v"), ctx)
    assert list(fig.data[0].x) == ["a", "c"] and list(fig.data[0].y) == [1.0, 3.0]
    assert any("non-numeric" in n for n in ctx.notes)


# -------------------------------------------------------------------------------------------- plotly


def fig_of(plan: ChartPlan, theme=LIGHT) -> Any:
    return chart.figure(plan, Context(theme=theme))


def test_bar_figure_structure_and_theme() -> None:
    fig = fig_of(
        make("bar", INLINE, title="Revenue <b>up</b>", subtitle="2024", y_title="Revenue", unit="USD")
    )
    (bar,) = fig.data
    assert bar.type == "bar"
    assert list(bar.x) == ["Q1", "Q2", "Q3"] and list(bar.y) == [1.0, 2.5, 2.0]
    layout = fig.layout
    assert layout.title.text == "Revenue &lt;b&gt;up&lt;/b&gt;"  # shown literally, not as markup
    assert layout.title.subtitle.text == "2024"
    assert layout.yaxis.title.text == "Revenue (USD)"
    assert "USD" in bar.hovertemplate
    assert list(layout.colorway) == list(LIGHT.palette)
    assert layout.font.family == LIGHT.font_stack
    assert layout.paper_bgcolor == LIGHT.background
    assert layout.showlegend is False
    assert layout.xaxis.type == "category"


@pytest.mark.parametrize(
    ("ct", "mode"), [("bar", "group"), ("grouped_bar", "group"), ("stacked_bar", "stack")]
)
def test_multi_series_bars(ct: str, mode: str) -> None:
    fig = fig_of(make(ct, TWO))
    assert [t.type for t in fig.data] == ["bar", "bar"]
    assert [t.name for t in fig.data] == ["2023", "2024"]
    assert list(fig.data[0].y) == [1.0, None, 3.0]
    assert fig.layout.barmode == mode
    assert fig.layout.showlegend is True


def test_horizontal_bar_puts_the_largest_on_top() -> None:
    fig = fig_of(make("horizontal_bar", INLINE, sort="desc"))
    (bar,) = fig.data
    assert bar.orientation == "h"
    assert list(bar.y) == ["Q2", "Q3", "Q1"] and list(bar.x) == [2.5, 2.0, 1.0]
    assert fig.layout.yaxis.autorange == "reversed"
    asc = fig_of(make("horizontal_bar", INLINE, sort="asc"))
    assert asc.layout.yaxis.autorange is True  # ascending data already ends with the largest on top


def test_line_and_area() -> None:
    line = fig_of(make("line", TWO))
    assert [t.type for t in line.data] == ["scatter", "scatter"]
    assert line.data[0].mode == "lines+markers"
    assert list(line.data[1].y) == [2.0, 2.5, 1.0]
    area = fig_of(make("area", TWO))
    assert {t.stackgroup for t in area.data} == {"one"}
    single = fig_of(make("area", INLINE))
    assert single.data[0].fill == "tozeroy"


@pytest.mark.parametrize(("ct", "hole"), [("pie", 0), ("donut", 0.5)])
def test_pie_and_donut(ct: str, hole: float) -> None:
    fig = fig_of(make(ct, INLINE))
    (pie,) = fig.data
    assert pie.type == "pie" and pie.hole == hole
    assert list(pie.labels) == ["Q1", "Q2", "Q3"] and list(pie.values) == [1.0, 2.5, 2.0]
    assert list(pie.marker.colors) == list(LIGHT.palette[:3])
    assert fig.layout.showlegend is True


def test_scatter_histogram_box_heatmap_table_figures() -> None:
    sc = fig_of(make("scatter", {"series": [{"name": "p", "values": [1, 2], "x": [3, 4]}]}))
    assert sc.data[0].mode == "markers" and list(sc.data[0].x) == [3.0, 4.0]
    hist = fig_of(make("histogram", SAMPLES))
    assert [t.type for t in hist.data] == ["histogram", "histogram"] and hist.layout.barmode == "overlay"
    box = fig_of(make("box", SAMPLES))
    assert [t.type for t in box.data] == ["box", "box"] and list(box.data[1].y) == [2.0, 3.0, 3.0, 4.0]
    heat = fig_of(make("heatmap", TWO))
    assert heat.data[0].type == "heatmap"
    assert [list(r) for r in heat.data[0].z] == [[1.0, None, 3.0], [2.0, 2.5, 1.0]]
    assert list(heat.data[0].y) == ["2023", "2024"]
    table = fig_of(make("table", TWO, x_title="Quarter"))
    assert table.data[0].type == "table"
    assert list(table.data[0].header.values) == ["Quarter", "2023", "2024"]
    assert list(table.data[0].cells.values[0]) == ["Q1", "Q2", "Q3"]


def test_dark_theme_figure() -> None:
    fig = fig_of(make("bar", INLINE), DARK)
    assert fig.layout.paper_bgcolor == DARK.background
    assert fig.layout.font.color == DARK.text
    assert fig.layout.template.layout.paper_bgcolor is not None  # plotly_dark was applied


def test_every_type_serialises() -> None:
    for p in every_plan():
        fig = fig_of(p)
        assert fig.to_plotly_json()["data"], p.chart_type


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_figures_are_built_as_plotly_would_validate_them(theme: Any) -> None:
    """`plotly_figure` skips plotly's validation at build time; validating its output must change
    nothing, and it must equal what the validating constructor builds from the same dicts."""
    import plotly.graph_objects as go
    import plotly.io as pio

    for p in every_plan():
        traces, layout = chart.figure_parts(p, Context(theme=theme).chart_data(p), theme)
        fig = chart.plotly_figure(traces, layout)
        d = fig.to_dict()
        assert go.Figure(d).to_dict() == d, p.chart_type
        assert go.Figure(data=traces, layout=layout).to_dict() == d, p.chart_type
        assert d["layout"]["template"] == pio.templates[theme.plotly_template].to_plotly_json()


def test_a_built_figure_still_validates_later_edits() -> None:
    fig = fig_of(make("bar", INLINE))
    with pytest.raises(ValueError):
        fig.update_layout(not_a_property=1)
    with pytest.raises(ValueError):
        fig.data[0].update(not_a_property=1)
    fig.update_layout(height=300)
    assert fig.layout.height == 300


# ------------------------------------------------------------------------------------------- native


@pytest.mark.parametrize(
    ("ct", "expected"),
    [
        ("bar", XL_CHART_TYPE.COLUMN_CLUSTERED),
        ("grouped_bar", XL_CHART_TYPE.COLUMN_CLUSTERED),
        ("stacked_bar", XL_CHART_TYPE.COLUMN_STACKED),
        ("horizontal_bar", XL_CHART_TYPE.BAR_CLUSTERED),
        ("line", XL_CHART_TYPE.LINE_MARKERS),
        ("area", XL_CHART_TYPE.AREA_STACKED),
    ],
)
def test_native_category_charts(ct: str, expected: Any) -> None:
    shape = native(make(ct, TWO, title="Sales", x_title="Quarter", y_title="Revenue", unit="USD"))
    c = shape.chart
    assert c.chart_type == expected
    assert [list(s.values) for s in c.plots[0].series] == [[1.0, None, 3.0], [2.0, 2.5, 1.0]]
    assert list(c.plots[0].categories) == ["Q1", "Q2", "Q3"]
    assert [s.name for s in c.plots[0].series] == ["2023", "2024"]
    assert c.has_legend
    assert c.chart_title.text_frame.text == "Sales"
    assert c.category_axis.axis_title.text_frame.text == "Quarter"
    assert c.value_axis.axis_title.text_frame.text == "Revenue (USD)"
    assert shape.left == Pt(RECT.x) and shape.width == Pt(RECT.w)


def test_native_single_series_has_palette_colour_no_legend_no_title() -> None:
    c = native(make("bar", INLINE)).chart
    assert c.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    assert not c.has_legend and not c.has_title
    assert str(c.plots[0].series[0].format.fill.fore_color.rgb) == LIGHT.palette[0].lstrip("#")
    area = native(make("area", INLINE)).chart
    assert area.chart_type == XL_CHART_TYPE.AREA


def test_native_line_series_colours_follow_the_palette() -> None:
    c = native(make("line", TWO)).chart
    colours = [str(s.format.line.color.rgb) for s in c.plots[0].series]
    assert colours == [LIGHT.palette[0].lstrip("#"), LIGHT.palette[1].lstrip("#")]


@pytest.mark.parametrize(("ct", "expected"), [("pie", XL_CHART_TYPE.PIE), ("donut", XL_CHART_TYPE.DOUGHNUT)])
def test_native_pie_and_donut(ct: str, expected: Any) -> None:
    c = native(make(ct, INLINE)).chart
    assert c.chart_type == expected
    assert [list(s.values) for s in c.plots[0].series] == [[1.0, 2.5, 2.0]]
    assert c.has_legend
    points = c.plots[0].series[0].points
    assert [str(points[j].format.fill.fore_color.rgb) for j in range(3)] == [
        col.lstrip("#") for col in LIGHT.palette[:3]
    ]


def test_native_scatter_uses_xy_data() -> None:
    c = native(make("scatter", {"series": [{"name": "p", "values": [1, 2, 3], "x": [3, 1, 2]}]})).chart
    assert c.chart_type == XL_CHART_TYPE.XY_SCATTER
    assert [list(s.values) for s in c.plots[0].series] == [[1.0, 2.0, 3.0]]
    x_vals = c.plots[0].series[0]._element.xpath("./c:xVal//c:v")
    assert [float(v.text) for v in x_vals] == [3.0, 1.0, 2.0]


def test_native_histogram_is_a_column_chart_of_bins() -> None:
    c = native(make("histogram", SAMPLES)).chart
    assert c.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    series = c.plots[0].series
    assert [sum(s.values) for s in series] == [6.0, 4.0]  # every observation lands in a bin
    cats = list(c.plots[0].categories)
    assert all("–" in label for label in cats)
    assert len(cats) >= 5


def cell_texts(shape: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in shape.table.rows]


def test_native_box_is_a_five_number_table() -> None:
    shape = native(make("box", SAMPLES, title="Spread"))
    assert shape.has_table
    rows = cell_texts(shape)
    assert rows[0][0] == "Spread"  # merged title row
    assert rows[1] == ["", "n", "min", "Q1", "median", "Q3", "max"]
    assert rows[2] == ["a", "6", "1", "2.25", "3.5", "4.75", "30"]
    assert rows[3][:3] == ["b", "4", "2"]


def test_native_heatmap_table_has_scaled_fills_and_readable_text() -> None:
    shape = native(make("heatmap", TWO))
    rows = cell_texts(shape)
    assert rows[0] == ["", "Q1", "Q2", "Q3"]
    assert rows[1] == ["2023", "1", "", "3"]
    table = shape.table
    low = str(table.cell(1, 1).fill.fore_color.rgb)
    high = str(table.cell(1, 3).fill.fore_color.rgb)
    assert low == LIGHT.surface.lstrip("#") and high == LIGHT.accent.lstrip("#")
    text_on_high = table.cell(1, 3).text_frame.paragraphs[0].runs[0].font.color.rgb
    assert str(text_on_high) == "FFFFFF"  # light text on the dark accent


def test_native_table_caps_rows_to_the_slot() -> None:
    df = pd.DataFrame({"name": [f"row {i}" for i in range(500)], "v": range(500)})
    shape = native(ChartPlan(chart_type="table", x="name", y="v"), df)
    rows = cell_texts(shape)
    assert rows[0] == ["name", "v"]
    assert rows[1] == ["row 0", "0"]
    assert re.fullmatch(r"… [\d,]+ more rows", rows[-1][0])
    assert shape.top + shape.height <= Pt(RECT.bottom) + Pt(1)


def test_native_dark_theme_text_is_light() -> None:
    c = native(make("bar", TWO, title="Dark"), theme=DARK).chart
    # axes and axis titles inherit the chart-wide muted colour; the title is full-strength text
    assert str(c.font.color.rgb) == DARK.muted.lstrip("#")
    assert c.value_axis._element.find(qn("c:txPr")) is None  # no per-axis override to drift
    title_run = c.chart_title.text_frame.paragraphs[0].runs[0]
    assert str(title_run.font.color.rgb) == DARK.text.lstrip("#")
    assert contrast(DARK.muted, DARK.background) >= 4.5


def test_native_from_a_table_with_gaps_and_long_title() -> None:
    df = pd.DataFrame({"k": ["a", "b", "a"], "g": ["x", "y", "y"], "v": [1.0, 2.0, float("nan")]})
    plan = ChartPlan(chart_type="grouped_bar", x="k", y="v", color="g", title="Long title " * 150)
    c = native(plan, df).chart
    assert [list(s.values) for s in c.plots[0].series] == [[1.0, None], [None, 2.0]]
    assert len(c.chart_title.text_frame.text) < 300  # truncated to two lines


def test_every_type_exports_natively_in_both_themes() -> None:
    for theme in (LIGHT, DARK):
        prs, slide = new_slide()
        for p in every_plan():
            pptx_chart.add_native(slide, place(p, theme=theme), theme)
        assert len(reopen(prs).shapes) == len(ChartType)


# ---------------------------------------------------------------------------------------------- SVG


def test_every_type_draws_valid_svg_inside_its_rect() -> None:
    for theme in (LIGHT, DARK):
        for p in every_plan():
            root = svg_root(p, theme)
            g = root[0]
            assert g.get("data-chart-type") == p.chart_type.value
            assert len(list(g)) > 3, p.chart_type
            for el in root.iter():
                for attr in ("x", "cx", "x1", "x2"):
                    if el.get(attr) is not None:
                        assert RECT.x - 1 <= float(el.get(attr)) <= RECT.right + 1, (
                            p.chart_type,
                            el.tag,
                            attr,
                        )
                for attr in ("y", "cy", "y1", "y2"):
                    if el.get(attr) is not None:
                        assert RECT.y - 1 <= float(el.get(attr)) <= RECT.bottom + 1, (
                            p.chart_type,
                            el.tag,
                            attr,
                        )
            for t in texts(root):
                assert t.get("font-family") == theme.font_stack
                if t.get("transform"):
                    continue  # rotated axis titles are clipped to the plot height instead
                left, right = text_extent(t)
                assert RECT.x - 1 <= left and right <= RECT.right + 1, (p.chart_type, t.text)


def test_svg_escapes_script_labels() -> None:
    p = make(
        "bar", {"categories": [SCRIPT, "b"], "series": [{"name": SCRIPT, "values": [1, 2]}]}, title=SCRIPT
    )
    for ct in ("bar", "horizontal_bar", "pie", "heatmap", "table", "line"):
        fragment = element_svg(place(p.model_copy(update={"chart_type": ChartType(ct)})), LIGHT, set())
        assert "<script" not in fragment
        root = ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{fragment}</svg>')
        assert not list(root.iter(f"{SVG_NS}script"))
        assert any(SCRIPT in (t.text or "") or (t.text or "").startswith("<script") for t in texts(root)), ct


def test_svg_bars_match_the_data() -> None:
    root = svg_root(make("bar", INLINE))
    bars = [r for r in root.iter(f"{SVG_NS}rect") if r.get("fill") == LIGHT.palette[0]]
    assert len(bars) == 3
    heights = [float(b.get("height")) for b in bars]
    assert heights[1] > heights[2] > heights[0]  # 2.5 > 2.0 > 1.0
    assert heights[1] / heights[0] == pytest.approx(2.5, rel=0.01)
    labels = [t.text for t in texts(root)]
    assert {"Q1", "Q2", "Q3"} <= set(labels)


def test_svg_stacked_and_grouped_bar_counts() -> None:
    for ct in ("stacked_bar", "grouped_bar"):
        root = svg_root(make(ct, TWO))
        drawn = [r for r in root.iter(f"{SVG_NS}rect") if r.get("fill") in LIGHT.palette[:2]]
        assert len(drawn) == 5 + 2  # five values (one missing) plus two legend swatches


def test_svg_pie_and_donut_wedges() -> None:
    for ct in ("pie", "donut"):
        root = svg_root(make(ct, INLINE))
        wedges = [p for p in root.iter(f"{SVG_NS}path") if p.get("fill") in LIGHT.palette]
        assert len(wedges) == 3
        assert all(" A" in w.get("d") for w in wedges)
        assert {"18%", "45%", "36%"} <= {t.text for t in texts(root)}
    single = svg_root(make("pie", {"categories": ["only"], "series": [{"values": [5]}]}))
    assert list(single.iter(f"{SVG_NS}circle"))


GIVEN = {"categories": ["mornings", "evenings"], "series": [{"values": [40, 35]}]}


@pytest.mark.parametrize("ct", ["pie", "donut"])
def test_pie_of_given_percentages_is_labelled_with_them_on_every_painter(ct: str) -> None:
    """'40%, 35%' must not read 53% and 47% (their shares of 75), in the app, the SVG or the deck."""
    plan = make(ct, GIVEN, unit="%")
    data = Context(theme=LIGHT).chart_data(plan)
    assert any("add up to 75%, not 100%" in n for n in data.notes)
    trace = chart.figure(plan, Context(theme=LIGHT)).to_plotly_json()["data"][0]
    assert trace["texttemplate"] == "%{value:,.4~g}%" and "textinfo" not in trace
    assert "%{percent}" not in trace["hovertemplate"]
    words = {t.text for t in texts(svg_root(plan))}
    assert {"40%", "35%"} <= words and not {"53%", "47%"} & words
    labels = native(plan).chart.plots[0].data_labels
    assert labels.show_value and not labels.show_percentage
    assert labels.number_format == '#,##0"%"'
    series = native(plan).chart.plots[0].series[0]._element  # each wedge's own label reads the source
    assert [e.text for e in series.iter(qn("c:formatCode"))] == ['#,##0"%"']
    assert all(d.find(qn("c:showVal")).get("val") == "1" for d in series.iter(qn("c:dLbl")))
    # shares the user did not give as percentages are still each wedge's part of the whole
    counts = make(ct, GIVEN)
    assert {"53%", "47%"} <= {t.text for t in texts(svg_root(counts))}
    assert native(counts).chart.plots[0].data_labels.show_percentage
    assert not Context(theme=LIGHT).chart_data(counts).notes


def test_percentages_of_a_whole_rounded_off_carry_no_note() -> None:
    plan = make("pie", {"categories": list("abc"), "series": [{"values": [33.3, 33.3, 33.3]}]}, unit="%")
    assert not Context(theme=LIGHT).chart_data(plan).notes
    assert {"33.3%"} <= {t.text for t in texts(svg_root(plan))}


def test_svg_heatmap_cells_and_table_rows() -> None:
    heat = svg_root(make("heatmap", TWO))
    cells = [r for r in heat.iter(f"{SVG_NS}rect") if r.get("stroke") == LIGHT.background]
    assert len(cells) == 5  # six cells, one missing
    table = svg_root(make("table", TWO, x_title="Quarter"))
    words = {t.text for t in texts(table)}
    assert {"Quarter", "2023", "2024", "Q1", "2.5"} <= words


def test_svg_long_labels_are_truncated_to_fit() -> None:
    long = "An extremely long category label that would never fit under one bar " * 3
    p = make("bar", {"categories": [long, "short"], "series": [{"values": [1, 2]}]})
    root = svg_root(p, rect=Rect(0, 0, 300, 200))
    labels = [t for t in texts(root) if (t.text or "").startswith("An extremely")]
    assert labels and all(t.text.endswith("…") for t in labels)
    for t in labels:
        assert textmod.text_width(t.text, float(t.get("font-size"))) <= 150  # half the width: one band


def test_svg_rtl_labels_get_direction() -> None:
    p = make("bar", {"categories": ["שלום", "abc"], "series": [{"values": [1, 2]}]})
    root = svg_root(p)
    rtl = [t for t in texts(root) if t.text == "שלום"]
    assert rtl and rtl[0].get("direction") == "rtl"
    assert all(t.get("direction") is None for t in texts(root) if t.text == "abc")


def test_svg_legend_only_with_several_series() -> None:
    one = svg_root(make("line", INLINE))
    assert "2024" not in {t.text for t in texts(one)}
    two = svg_root(make("line", TWO))
    assert {"2023", "2024"} <= {t.text for t in texts(two)}


def test_svg_stays_bounded_for_big_tables() -> None:
    n = 100_000
    df = pd.DataFrame(
        {
            "k": [f"c{i % 10_000}" for i in range(n)],
            "g": [f"g{i % 7}" for i in range(n)],
            "v": [float(i % 97) for i in range(n)],
        }
    )
    for ct in ("bar", "line", "scatter", "histogram", "box", "heatmap", "table"):
        extra = {"color": "g"} if ct == "heatmap" else {}
        x = "v" if ct in ("scatter", "histogram") else "k"
        p = ChartPlan(chart_type=ct, x=x, y="v", **extra)
        fragment = element_svg(place(p, df), LIGHT, set())
        ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{fragment}</svg>')
        assert len(fragment) < 3_000_000


def test_control_characters_never_reach_the_outputs() -> None:
    plan = parse_plan(
        {
            "kind": "chart",
            "title": "bad\x07title",
            "categories": ["a\x00b", "c"],
            "series": [{"values": [1, 2]}],
        }
    )
    fragment = element_svg(place(plan), LIGHT, set())
    assert "\x07" not in fragment and "\x00" not in fragment
    ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{fragment}</svg>')
    shape = native(plan)
    assert list(shape.chart.plots[0].categories) == ["ab", "c"]


def test_layout_is_one_page_with_one_chart_slot() -> None:
    ctx = Context(theme=DARK)
    out = chart.layout(make("bar", INLINE, title="Quarterly revenue", answer="It grew."), ctx)
    assert out.kind == "chart" and out.title == "Quarterly revenue"
    (page,) = out.pages
    (slot,) = page.elements
    assert isinstance(slot, ChartSlot)
    assert page.background == DARK.background and page.notes == "It grew."
    assert Rect(0, 0, page.width, page.height).contains(slot.rect)


def test_table_figure_cells_show_markup_literally() -> None:
    fig = fig_of(make("table", {"categories": [SCRIPT], "series": [{"name": "v", "values": [1]}]}))
    assert list(fig.data[0].cells.values[0]) == ["&lt;script&gt;alert('x')&lt;/script&gt;"]

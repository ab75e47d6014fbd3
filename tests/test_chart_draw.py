"""Charts lowered into the shared shape model, and the shape-model primitives they brought.

The SVG of a chart is the generic element painter's output over `chart_draw.lower(...)`; the
PowerPoint export writes a native chart from the same data and never lowers. Both sides take
their base font size from one function.
"""

from __future__ import annotations

import io
import itertools
import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path as FilePath
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn
from pptx.util import Pt

from render import chart, chart_draw, pptx_chart
from render.chart_core import DONUT_HOLE, TITLE_SCALE, base_font_size, nice_ticks, tick_labels
from render.layout import (
    Arc,
    ChartSlot,
    Connector,
    Context,
    Layout,
    Page,
    Paragraph,
    Path,
    Rect,
    Shape,
    TextBox,
    element_rect,
)
from render.plan import ChartPlan, ChartType
from render.powerpoint import write_deck
from render.svg import element_svg, page_svg
from render.theme import get_theme
from tests.pptx_checks import check_deck
from tests.test_chart import INLINE, TWO, every_plan, make

SVG = "{http://www.w3.org/2000/svg}"
LIGHT = get_theme("light")
DARK = get_theme("dark")
RECT = Rect(40, 60, 880, 440)
ROOT = FilePath(__file__).resolve().parent.parent


def lowered(plan: ChartPlan, rect: Rect = RECT, theme=LIGHT) -> list[Any]:
    slot = chart.slot(plan, rect, Context(theme=theme))
    return chart_draw.lower(slot.chart, slot.data, slot.rect, theme)


def named(elements: list[Any], name: str) -> list[Any]:
    return [e for e in elements if getattr(e, "name", "") == name]


# ----------------------------------------------------------------------------------------- lowering


def test_the_chart_svg_is_the_generic_painter_over_the_lowered_elements() -> None:
    for theme in (LIGHT, DARK):
        for plan in every_plan():
            slot = chart.slot(plan, RECT, Context(theme=theme))
            markers: set[str] = set()
            parts = "".join(element_svg(e, theme, markers) for e in chart_draw.lower_slot(slot, theme))
            fragment = element_svg(slot, theme, set())
            assert fragment.endswith(parts + "</g>"), plan.chart_type
            assert not markers  # chart lines carry no arrow heads
            g = ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{fragment}</svg>')[0]
            assert g.get("class") == "chart" and g.get("data-chart-type") == plan.chart_type.value


def test_every_lowered_element_lies_inside_the_slot() -> None:
    for theme in (LIGHT, DARK):
        for plan in every_plan():
            elements = lowered(plan, theme=theme)
            assert elements, plan.chart_type
            for el in elements:
                assert isinstance(el, Shape | TextBox | Connector | Path), type(el)
                assert RECT.contains(element_rect(el), tol=1.0), (plan.chart_type, el.name, element_rect(el))
                if isinstance(el, TextBox):
                    assert not el.overflows(), (plan.chart_type, el.text)


def test_bars_are_shapes_with_heights_proportional_to_values() -> None:
    elements = lowered(make("bar", INLINE))
    bars = named(elements, "bar")
    assert all(isinstance(b, Shape) and b.geometry == "rect" for b in bars)
    assert [b.fill for b in bars] == [LIGHT.palette[0]] * 3
    heights = [b.rect.h for b in bars]
    assert [h / heights[0] for h in heights] == pytest.approx([1.0, 2.5, 2.0], rel=1e-6)
    assert len({round(b.rect.bottom, 6) for b in bars}) == 1  # one baseline: the zero line
    xs = [b.rect.x for b in bars]
    assert xs == sorted(xs)
    # category labels are text boxes centred under their bars
    labels = {t.text: t for t in named(elements, "category-label")}
    assert set(labels) == {"Q1", "Q2", "Q3"}
    for bar, cat in zip(bars, ("Q1", "Q2", "Q3"), strict=True):
        box = labels[cat]
        assert isinstance(box, TextBox)
        assert box.rect.x + box.rect.w / 2 == pytest.approx(bar.rect.x + bar.rect.w / 2, abs=0.01)
        assert box.rect.y >= bar.rect.bottom


def test_value_ticks_are_text_boxes_on_gridlines() -> None:
    elements = lowered(make("bar", INLINE, unit="USD"))
    ticks = named(elements, "tick-label")
    assert ticks and all(isinstance(t, TextBox) for t in ticks)
    assert (
        [t.text for t in ticks]
        == tick_labels(nice_ticks(0.0, 2.5), "USD")
        == ["0", "0.5", "1.0", "1.5", "2.0", "2.5"]
    )
    lines = named(elements, "gridline")
    assert len(lines) == len(ticks) and all(isinstance(c, Connector) and not c.arrow for c in lines)
    for tick, line in zip(ticks, lines, strict=True):  # each label sits level with its gridline
        assert tick.rect.y < line.points[0][1] < tick.rect.bottom
        assert tick.rect.right <= line.points[0][0]
    assert [line.points[0][1] for line in lines] == sorted(
        (line.points[0][1] for line in lines), reverse=True
    )


def test_negative_bars_hang_from_the_zero_line() -> None:
    elements = lowered(make("bar", {"categories": ["a", "b"], "series": [{"values": [2.0, -1.0]}]}))
    up, down = named(elements, "bar")
    assert down.rect.y == pytest.approx(up.rect.bottom)  # the negative bar starts at zero
    assert down.rect.h == pytest.approx(up.rect.h / 2)


def test_rotated_axis_title_is_a_turned_text_box() -> None:
    elements = lowered(make("bar", INLINE, y_title="Revenue", unit="USD", x_title="Quarter"))
    titles = {t.text: t for t in named(elements, "axis-title")}
    assert set(titles) == {"Revenue (USD)", "Quarter"}
    y_title, x_title = titles["Revenue (USD)"], titles["Quarter"]
    assert y_title.rotation == -90 and x_title.rotation == 0
    turned = element_rect(y_title)
    assert turned.h == pytest.approx(y_title.rect.w) and turned.w == pytest.approx(y_title.rect.h)
    ticks = named(elements, "tick-label")
    assert turned.right <= min(t.rect.x for t in ticks)  # left of the tick labels


@pytest.mark.parametrize("ct", ["pie", "donut"])
def test_pie_wedges_are_paths_whose_angles_match_the_shares(ct: str) -> None:
    values = [1.0, 2.5, 2.0]
    wedges = named(lowered(make(ct, INLINE)), "wedge")
    assert len(wedges) == 3 and all(isinstance(w, Path) and w.closed for w in wedges)
    assert [w.fill for w in wedges] == list(LIGHT.palette[:3])
    arcs = [next(s for s in w.steps if isinstance(s, Arc)) for w in wedges]
    assert [a.sweep / 360 for a in arcs] == pytest.approx([v / sum(values) for v in values])
    assert arcs[0].start == pytest.approx(-90)  # twelve o'clock, then clockwise like the figure
    for a, b in itertools.pairwise(arcs):
        assert b.start == pytest.approx(a.start + a.sweep)
    if ct == "donut":
        inner = [[s for s in w.steps if isinstance(s, Arc)][1] for w in wedges]
        assert all(
            i.r == pytest.approx(a.r * DONUT_HOLE) and i.sweep == -a.sweep
            for i, a in zip(inner, arcs, strict=True)
        )
    else:
        assert all(w.steps[0] == (arcs[0].cx, arcs[0].cy) for w in wedges)  # from the centre
    shares = {t.text for t in named(lowered(make(ct, INLINE)), "wedge-label")}
    assert shares == {"18%", "45%", "36%"}


def test_line_is_one_polyline_per_run_with_markers() -> None:
    elements = lowered(make("line", TWO))
    lines = named(elements, "line")
    # series 2023 has a gap: two runs ([1.0] and [3.0]); 2024 is one run of three points
    assert [len(c.points) for c in lines] == [1, 1, 3]
    assert [c.color for c in lines] == [LIGHT.palette[0], LIGHT.palette[0], LIGHT.palette[1]]
    markers = named(elements, "marker")
    assert len(markers) == 5 and all(m.geometry == "ellipse" and m.rect.w == m.rect.h for m in markers)


def test_area_and_histogram_overlays_are_translucent() -> None:
    areas = named(lowered(make("area", INLINE)), "area")
    assert len(areas) == 1 and isinstance(areas[0], Path) and areas[0].opacity == pytest.approx(0.3)
    hist = named(
        lowered(
            make(
                "histogram",
                {"series": [{"name": "a", "values": [1, 2, 2, 3]}, {"name": "b", "values": [2, 3]}]},
            )
        ),
        "bar",
    )
    assert hist and all(b.opacity == pytest.approx(0.6) for b in hist)


def test_a_lowered_chart_paints_in_powerpoint_too() -> None:
    """The lowering is plain shape model: the PowerPoint painter draws it element for element
    (the export still writes native charts; this proves the elements are general)."""
    plans = every_plan()
    pages = [Page(elements=lowered(p)) for p in plans]
    prs = check_deck(write_deck([(Layout(pages=pages), LIGHT)]), expect_slides=len(plans))
    for plan, page, slide in zip(plans, pages, prs.slides, strict=True):
        assert len(slide.shapes) == len(page.elements), plan.chart_type
        kinds = {s.shape_type for s in slide.shapes}
        if plan.chart_type in (ChartType.pie, ChartType.donut, ChartType.area):
            assert MSO_SHAPE_TYPE.FREEFORM in kinds, plan.chart_type
        turned = [s for s in slide.shapes if s.name == "axis-title" and s.rotation]
        assert all(s.rotation == pytest.approx(270.0) for s in turned)


# ------------------------------------------------------------------------------------ one base size


@pytest.mark.parametrize("rect", [Rect(0, 0, 400, 196), Rect(0, 0, 600, 260), RECT])
def test_both_sides_use_the_same_base_font_size(rect: Rect) -> None:
    base = base_font_size(rect)
    assert 8.0 <= base <= 12.0
    plan = make("bar", TWO, title="Sales", x_title="Quarter")
    elements = lowered(plan, rect)
    ticks, legend = named(elements, "tick-label"), named(elements, "legend-label")
    assert len(ticks) >= 3 and len(legend) == 2
    assert [t.size for t in ticks] == pytest.approx([base * 0.9] * len(ticks))
    assert [t.size for t in legend] == pytest.approx([base * 0.95] * 2)
    (title,) = named(elements, "title")
    assert title.size == pytest.approx(base * TITLE_SCALE)

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    pptx_chart.add_native(slide, chart.slot(plan, rect, Context(theme=LIGHT)), LIGHT)
    native = slide.shapes[0].chart
    assert native.font.size.pt == pytest.approx(base, abs=0.01)  # DrawingML keeps hundredths of a point
    title_run = native.chart_title.text_frame.paragraphs[0].runs[0]
    assert title_run.font.size.pt == pytest.approx(base * TITLE_SCALE, abs=0.01)


def test_the_native_table_uses_the_base_size_too() -> None:
    rect = Rect(0, 0, 500, 240)
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    pptx_chart.add_native(slide, chart.slot(make("table", TWO), rect, Context(theme=LIGHT)), LIGHT)
    run = slide.shapes[0].table.cell(1, 0).text_frame.paragraphs[0].runs[0]
    assert run.font.size.pt == pytest.approx(base_font_size(rect), abs=0.01)


def test_a_pptx_export_never_lowers_a_chart() -> None:
    """Writing a deck with charts neither imports the lowering module nor calls it."""
    code = (
        "import sys\n"
        "from render import render\n"
        "from tests.conftest import EXAMPLES\n"
        "data = render(EXAMPLES['slides']).to_pptx()\n"
        "assert data[:2] == b'PK'\n"
        "print('render.chart_draw' in sys.modules, 'render.svg' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# ----------------------------------------------------------------------------- the new primitives


def primitives_page() -> Page:
    wedge = Path(
        [(200, 200), Arc(200, 200, 80, -90, 135)],
        fill="#0072B2",
        stroke="#FFFFFF",
        stroke_width=1,
        name="wedge",
    )
    ring = Path(
        [Arc(500, 200, 80, -90, 360), Arc(500, 200, 40, 270, -360)], fill="#E69F00", opacity=0.5, name="ring"
    )
    open_line = Path(
        [(100, 400), (300, 350), (500, 420)], stroke="#009E73", stroke_width=2, closed=False, name="open"
    )
    label = TextBox(Rect(600, 300, 120, 15), [Paragraph("Turned", ("Turned",))], 12, "#111111", align="center",
                    name="turned", rotation=-90, wrap=False)  # fmt: skip
    dot = Shape(Rect(700, 100, 20, 20), "ellipse", "#CC79A7", opacity=0.75, name="dot")
    return Page(elements=[wedge, ring, open_line, label, dot], title="primitives")


def test_new_primitives_paint_to_svg() -> None:
    root = ET.fromstring(page_svg(primitives_page(), LIGHT))
    paths = [p for p in root.iter(f"{SVG}path")]
    wedge, ring, open_line = paths
    assert wedge.get("d").startswith("M200,200 L200,120 A80,80 0 0 1 ") and wedge.get("d").endswith("Z")
    assert ring.get("d").count("A") == 4  # each full circle is two half arcs: exact at any zoom
    assert ring.get("fill-opacity") == "0.5"
    assert open_line.get("fill") == "none" and not open_line.get("d").endswith("Z")
    (text,) = root.iter(f"{SVG}text")
    assert text.text == "Turned" and text.get("transform") == "rotate(-90 660 307.5)"
    (circle,) = root.iter(f"{SVG}circle")
    assert circle.get("r") == "10" and circle.get("fill-opacity") == "0.75"


def test_new_primitives_paint_to_pptx() -> None:
    page = primitives_page()
    prs = Presentation(io.BytesIO(write_deck([(Layout(pages=[page]), LIGHT)])))
    shapes = {s.name: s for s in prs.slides[0].shapes}
    for name in ("wedge", "ring", "open"):
        shape = shapes[name]
        assert shape.shape_type == MSO_SHAPE_TYPE.FREEFORM, name
        el = next(e for e in page.elements if e.name == name)
        box = element_rect(el)
        assert shape.left / 12700 == pytest.approx(box.x, abs=1.0) and shape.top / 12700 == pytest.approx(
            box.y, abs=1.0
        )
        assert shape.width / 12700 == pytest.approx(box.w, abs=1.0) and shape.height / 12700 == pytest.approx(
            box.h, abs=1.0
        )
    wedge = shapes["wedge"]
    assert str(wedge.fill.fore_color.rgb) == "0072B2"
    path = wedge._element.spPr.find(qn("a:custGeom")).find(qn("a:pathLst"))[0]
    assert path.find(qn("a:close")) is not None and len(path.findall(qn("a:lnTo"))) >= 135 // 3
    alpha = shapes["ring"]._element.spPr.find(qn("a:solidFill"))[0].find(qn("a:alpha"))
    assert alpha is not None and alpha.get("val") == "50000"
    assert shapes["open"]._element.spPr.find(qn("a:noFill")) is not None
    turned = shapes["turned"]
    assert turned.rotation == pytest.approx(270.0)  # python-pptx reads -90 back as 270, clockwise
    assert turned.text_frame.text == "Turned"
    assert turned.text_frame._txBody.bodyPr.get("wrap") == "none"  # a label is never re-flowed
    assert turned.left == Pt(600) and turned.width == Pt(120)  # the unrotated frame, turned about its centre
    dot_alpha = shapes["dot"]._element.spPr.find(qn("a:solidFill"))[0].find(qn("a:alpha"))
    assert dot_alpha.get("val") == "75000"


def test_arc_geometry() -> None:
    arc = Arc(10, 10, 5, 0, 90)
    assert arc.first == pytest.approx((15, 10)) and arc.last == pytest.approx((10, 15))  # clockwise on screen
    pts = arc.flatten(10)
    assert len(pts) == 10 and all(math.dist(p, (10, 10)) == pytest.approx(5) for p in pts)
    assert element_rect(Path([(10, 10), arc])) == Rect(10, 10, pytest.approx(5), pytest.approx(5))


def test_chart_slot_is_still_what_a_page_holds() -> None:
    (slot,) = chart.place(make("pie", INLINE), RECT, Context(theme=LIGHT))
    assert isinstance(slot, ChartSlot) and slot.chart.chart_type == ChartType.pie

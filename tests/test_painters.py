"""Every kind through every painter: SVG parsed, PNG decoded, PPTX reopened, HTML escaped."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from render import render
from render.layout import ChartSlot, Connector, Picture, Rect, Shape, TextBox, element_rect
from tests.conftest import EXAMPLES, FailingImages, hostile_plan
from tests.pptx_checks import all_text, check_deck

SVG = "{http://www.w3.org/2000/svg}"


def svg_text(svg: str) -> str:
    root = ET.fromstring(svg)
    return " ".join("".join(el.itertext()) for el in root.iter(f"{SVG}text"))


@pytest.mark.parametrize("kind", EXAMPLES)
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_layout_is_clean(kind, theme, fake_images):
    result = render(EXAMPLES[kind], theme=theme, images=fake_images)
    layout = result.layout
    assert layout.pages, "no pages"
    for page in layout.pages:
        assert page.background == result.theme.background
        frame = Rect(0, 0, page.width, page.height)
        for el in page.elements:
            assert frame.contains(element_rect(el)), (
                f"{type(el).__name__} {getattr(el, 'name', '')} outside the page"
            )
        for box in page.text_boxes():
            assert not box.overflows(), f"text overflows: {box.text[:40]!r}"


@pytest.mark.parametrize("kind", [k for k in EXAMPLES if k != "text"])
def test_svg_and_png(kind, fake_images):
    result = render(EXAMPLES[kind], images=fake_images)
    svg = result.to_svg()
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    pages = len(result.layout.pages)
    assert float(root.get("height")) >= 540 * pages
    png = Image.open(io.BytesIO(result.to_png(scale=1)))
    assert png.size[0] == 960 and png.size[1] == int(root.get("height"))
    # not a blank image: more than a handful of colours
    assert len(png.convert("RGB").getcolors(1 << 20) or []) > 20


def test_svg_carries_the_words():
    assert "Sign up" in svg_text(render(EXAMPLES["diagram"]).to_svg())
    assert "Coffee in numbers" in svg_text(render(EXAMPLES["infographic"]).to_svg())
    assert "Highlights" in svg_text(render(EXAMPLES["slides"]).to_svg())


@pytest.mark.parametrize("kind", EXAMPLES)
def test_pptx_reopens_clean(kind, fake_images):
    result = render(EXAMPLES[kind], images=fake_images)
    prs = check_deck(result.to_pptx(), expect_slides=len(result.layout.pages))
    assert prs.core_properties.title


def test_slides_deck_has_native_chart_and_notes(fake_images):
    prs = check_deck(render(EXAMPLES["slides"], images=fake_images).to_pptx())
    charts = [s for slide in prs.slides for s in slide.shapes if s.has_chart]
    assert len(charts) == 1
    assert list(charts[0].chart.plots[0].series[0].values) == [1.2, 1.5, 1.1, 2.0]
    notes = [slide.notes_slide.notes_text_frame.text for slide in prs.slides if slide.has_notes_slide]
    assert "Say hi" in notes
    pictures = [s for slide in prs.slides for s in slide.shapes if s.shape_type == 13]
    assert len(pictures) == 1 and fake_images.calls


def test_chart_kind_exports_a_native_chart():
    prs = check_deck(render(EXAMPLES["chart"]).to_pptx(), expect_slides=1)
    (chart,) = [s.chart for s in prs.slides[0].shapes if s.has_chart]
    assert list(chart.plots[0].categories) == ["Q1", "Q2", "Q3", "Q4"]


def test_diagram_shapes_are_editable_text():
    prs = check_deck(render(EXAMPLES["diagram"]).to_pptx())
    text = all_text(prs)
    for label in ("Sign up", "Verify email", "Verified?", "First login", "yes", "no"):
        assert label in text


def test_one_layout_two_painters_agree(fake_images):
    """Each element of the layout becomes exactly one object in SVG and one in PPTX."""
    result = render(EXAMPLES["infographic"], images=fake_images)
    page = result.layout.pages[0]
    prs = check_deck(result.to_pptx())
    slide = prs.slides[0]
    shapes = [e for e in page.elements if isinstance(e, Shape | TextBox | Picture)]
    labels = sum(1 for e in page.elements if isinstance(e, Connector) and e.label)
    connectors = sum(1 for e in page.elements if isinstance(e, Connector))
    charts = sum(1 for e in page.elements if isinstance(e, ChartSlot))
    assert len(slide.shapes) == len(shapes) + connectors + labels + charts
    for el in shapes:
        match = [
            s
            for s in slide.shapes
            if abs(s.left / 12700 - el.rect.x) < 0.6 and abs(s.top / 12700 - el.rect.y) < 0.6
        ]
        assert match, f"no PPTX shape at {el.rect}"


@pytest.mark.parametrize("kind", EXAMPLES)
def test_hostile_text_is_escaped_and_fits(kind, fake_images):
    result = render(hostile_plan(kind), images=fake_images)
    for page in result.layout.pages:
        for box in page.text_boxes():
            assert not box.overflows()
    svg = result.to_svg()
    ET.fromstring(svg)
    assert "<script" not in svg
    html = result.to_html()
    assert "<script>alert" not in html
    check_deck(result.to_pptx())


def test_failed_image_generation_keeps_the_answer():
    result = render(EXAMPLES["slides"], images=FailingImages())
    assert any("weights for model 'x' not found" in n for n in result.notes)
    prs = check_deck(result.to_pptx())
    assert "weights for model 'x' not found" in all_text(prs)


def test_html_is_self_contained_and_interactive_for_charts():
    html = render(EXAMPLES["chart"]).to_html()
    assert html.startswith("<!doctype html>") and "Plotly.newPlot" in html
    assert 'src="http' not in html  # plotly.js inlined, works offline
    assert "<svg" in render(EXAMPLES["diagram"]).to_html()


@pytest.mark.parametrize("suffix", [".pptx", ".svg", ".png", ".html", ".json", ".md"])
def test_save_by_suffix(tmp_path, suffix):
    path = render(EXAMPLES["chart"]).save(tmp_path / f"out{suffix}")
    data = path.read_bytes()
    assert data
    if suffix == ".json":
        assert json.loads(data)["kind"] == "chart"
    if suffix == ".png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
    if suffix == ".pptx":
        assert data[:2] == b"PK"


def test_unknown_suffix_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match=r"use one of \.pptx"):
        render(EXAMPLES["chart"]).save(tmp_path / "out.docx")


@pytest.mark.parametrize(
    ("word", "script"),
    [("बिक्री", "Devanagari"), ("ยอดขาย", "Thai"), ("বিক্রি", "Bengali"), ("விற்பனை", "Tamil")],
)
def test_scripts_beyond_the_bundled_fonts_are_drawn_not_boxed(word, script, monkeypatch):
    """A Hindi chart's title and labels had been empty boxes: its Noto face (fonts-noto-core) is
    loaded for an SVG with its letters, and only then."""
    from render import svg as svgmod

    plan = {"kind": "chart", "title": word, "categories": [word, "b"], "series": [{"values": [1, 2]}]}
    page = render(plan).to_svg()
    assert any(script in f for f in svgmod._script_fonts(page)), f"install fonts-noto-core for {script}"
    assert not svgmod._script_fonts(render({**plan, "title": "x", "categories": ["a", "b"]}).to_svg())
    drawn = render(plan).to_png(scale=1)
    monkeypatch.setattr(svgmod.textmod, "SCRIPT_FONTS", ())
    boxed = render(plan).to_png(scale=1)
    assert drawn != boxed  # the glyphs, not the fallback's boxes

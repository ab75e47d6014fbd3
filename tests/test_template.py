"""Your own template: a deck built on a .pptx/.potx reopens with the template's layouts, theme fonts
and master shapes, its colours and size drive the layout and the previews, and odd templates work."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from render import export_deck, render
from render.__main__ import main as cli
from render.layout import Rect, element_rect
from render.template import TemplateError, brand_theme, read_template, theme_from_template
from render.theme import contrast
from tests.template_maker import COLORS, MAJOR, MINOR, make_template

DECK = {
    "kind": "slides",
    "title": "Quarterly review",
    "slides": [
        {
            "layout": "bullets",
            "title": "Highlights",
            "bullets": ["Revenue up 40%", "Churn down", "Two launches"],
        },
        {
            "layout": "stats",
            "title": "Headline numbers",
            "stats": [{"value": "$4.8M", "label": "revenue"}, {"value": "112%", "label": "net retention"}],
        },
        {
            "layout": "chart",
            "title": "Revenue by quarter",
            "chart": {"categories": ["Q1", "Q2"], "series": [{"name": "Revenue", "values": [1, 2]}]},
        },
        {"layout": "table", "title": "Owners", "columns": ["Action", "Owner"], "rows": [["Ship", "Ana"]]},
    ],
}


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return make_template(tmp_path / "brand.pptx")


def reopen(data: bytes):
    return Presentation(io.BytesIO(data))


def run_fonts(prs) -> set[str]:
    return {
        r.font.name
        for slide in prs.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
        for r in p.runs
        if r.font.name
    }


def test_the_theme_comes_from_the_template(template: Path) -> None:
    info = read_template(str(template))
    assert (info.width, info.height) == (960.0, 540.0)
    assert (info.major_font, info.minor_font) == (MAJOR, MINOR)
    assert info.colors["accent1"] == "#" + COLORS["accent1"] and info.background == "#" + COLORS["lt1"]
    assert any(box.w > 50 and box.y < 20 for box in info.decorations)  # the logo
    theme = theme_from_template(template)
    assert theme.accent == "#8E2DE2" and theme.palette[:2] == ("#8E2DE2", "#00A6A6")
    assert (theme.font, theme.heading_font, theme.text, theme.background) == (
        MINOR,
        MAJOR,
        "#222222",
        "#FFFDF5",
    )
    assert theme.template == str(template)
    assert contrast(theme.muted, theme.surface) >= 4.5 and contrast(theme.text, theme.background) >= 4.5
    assert theme.margin > 40  # the body keeps clear of the logo in the top band


def test_a_deck_on_a_template_reopens_with_its_layouts_fonts_and_master(template: Path) -> None:
    result = render(DECK, template=template)
    prs = reopen(result.to_pptx())
    assert len(prs.slides) == len(result.layout.pages) == 5  # the template's own slide is gone
    assert {s.slide_layout.name for s in prs.slides} == {"Title Only"}  # the template's layout
    assert "Logo" in [s.name for s in prs.slide_master.shapes]  # its master, so the logo shows
    assert prs.slides[1].shapes.title.text == "Highlights"  # a real title placeholder
    fonts = run_fonts(prs)
    assert MAJOR in fonts and MINOR in fonts
    title_runs = [r for p in prs.slides[1].shapes.title.text_frame.paragraphs for r in p.runs]
    assert {r.font.name for r in title_runs} == {MAJOR}
    theme_xml = next(
        r.target_part for r in prs.slide_master.part.rels.values() if r.reltype.endswith("/theme")
    ).blob.decode()
    assert f'typeface="{MAJOR}"' in theme_xml and COLORS["accent1"] in theme_xml  # the template's theme
    chart = next(s for s in prs.slides[3].shapes if s.has_chart).chart
    assert str(chart.plots[0].series[0].format.fill.fore_color.rgb) == COLORS["accent1"]  # its colours
    table = next(s for s in prs.slides[4].shapes if s.has_table).table
    assert table.cell(0, 0).text == "Action" and table.cell(1, 1).text == "Ana"  # a native table
    numbers = [s for s in prs.slides[1].shapes if s.is_placeholder and "Number" in s.name]
    assert numbers, "the template's slide number placeholder is kept"
    assert not [s for s in prs.slides[1].shapes if s.name == "footer"]  # and replaces ours


def test_a_four_by_three_template_lays_out_for_four_by_three(tmp_path: Path) -> None:
    template = make_template(tmp_path / "square.pptx", wide=False)
    result = render(DECK, template=template)
    page = result.layout.pages[1]
    assert (page.width, page.height) == (720.0, 540.0)
    for p in result.layout.pages:
        bounds = Rect(0, 0, p.width, p.height)
        assert all(bounds.contains(element_rect(el)) for el in p.elements)
        assert not any(box.overflows() for box in p.text_boxes())
    prs = reopen(result.to_pptx())
    assert (Emu(prs.slide_width).pt, Emu(prs.slide_height).pt) == (720.0, 540.0)
    assert 'width="720"' in result.to_svg() or 'viewBox="0 0 720' in result.to_svg()


@pytest.mark.parametrize("potx", [False, True])
def test_odd_templates_and_potx_still_work(tmp_path: Path, potx: bool) -> None:
    """Layouts without any placeholder (no title to fill) and a .potx package."""
    suffix = ".potx" if potx else ".pptx"
    template = make_template(tmp_path / f"odd{suffix}", bare_layouts=True, logo=False, potx=potx)
    prs = reopen(render(DECK, template=template).to_pptx())
    assert len(prs.slides) == 5
    assert all(s.slide_layout.name.startswith("Odd ") for s in prs.slides)
    texts = [s.text_frame.text for s in prs.slides[1].shapes if s.has_text_frame]
    assert "Highlights" in texts  # the title is still there, as a text box


def test_previews_use_the_template_look(template: Path) -> None:
    result = render(DECK, template=template)
    svg = result.to_svg()
    assert 'fill="#FFFDF5"' in svg  # the template's background
    assert f"'{MAJOR}'" in svg and f"'{MINOR}'" in svg  # titles and text in its fonts
    assert result.to_png(scale=0.25).startswith(b"\x89PNG")


def test_export_deck_with_a_template_restyles_every_answer(template: Path) -> None:
    plain = render(DECK)
    prs = reopen(
        export_deck([plain, render({"kind": "text", "answer": "# Note\n\nHello."})], template=template)
    )
    assert {s.slide_layout.name for s in prs.slides} == {"Title Only"}
    assert "Logo" in [s.name for s in prs.slide_master.shapes]


def test_a_brand_without_a_file() -> None:
    theme = brand_theme("#0A66C2, #F5A623, Inter")
    assert (theme.accent, theme.palette[1], theme.font, theme.heading_font) == (
        "#0A66C2",
        "#F5A623",
        "Inter",
        "Inter",
    )
    result = render(DECK, brand="#0A66C2,#F5A623,Inter")
    assert result.theme.accent == "#0A66C2" and "'Inter'" in result.to_svg()
    assert render(DECK, theme="brand:#0A66C2").theme.accent == "#0A66C2"  # a theme string carries it
    with pytest.raises(ValueError):
        brand_theme(",,")


def test_a_file_that_is_not_a_template_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.pptx"
    bad.write_text("not a zip")
    with pytest.raises(TemplateError, match="not a PowerPoint"):
        render(DECK, template=bad)


def test_cli_template_and_brand(tmp_path: Path, template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "deck.json"
    import json

    plan.write_text(json.dumps(DECK))
    out = tmp_path / "deck.pptx"
    assert cli(["make", "--plan", str(plan), "--template", str(template), "-o", str(out)]) == 0
    prs = Presentation(str(out))
    assert "Logo" in [s.name for s in prs.slide_master.shapes]
    svg = tmp_path / "deck.svg"
    assert cli(["make", "--plan", str(plan), "--brand", "#0A66C2,Inter", "-o", str(svg)]) == 0
    assert "#0A66C2" in svg.read_text()
    assert (
        cli(["make", "--plan", str(plan), "--template", str(tmp_path / "missing.pptx"), "-o", str(out)]) == 2
    )
    assert "template file not found" in capsys.readouterr().err


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.soffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; CI installs it")
def test_libreoffice_opens_a_deck_built_on_a_template(tmp_path: Path, template: Path) -> None:
    result = render(DECK, template=make_template(tmp_path / "square.pptx", wide=False))
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(result.to_pptx())
    proc = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(deck)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "deck.pdf"
    assert pdf.is_file(), proc.stderr
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())) == len(result.layout.pages)

"""Slides layout: structure over pixels (geometry, fit, content preserved), for every layout."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import itertools
from typing import Any

import pytest

from render import slides
from render.layout import (
    PAGE_H,
    PAGE_W,
    ChartSlot,
    Context,
    Element,
    Page,
    Picture,
    Rect,
    Shape,
    TextBox,
    element_rect,
    visual_align,
)
from render.plan import Slide, SlidesPlan
from render.text import ELLIPSIS, is_rtl
from render.theme import get_theme

PAGE = Rect(0, 0, PAGE_W, PAGE_H)
HAS_CHART = importlib.util.find_spec("render.chart") is not None
HAS_DIAGRAM = importlib.util.find_spec("render.diagram") is not None
# Names of elements this module draws itself; anything else on a page came from an embedded visual.
OWN = {
    "title",
    "subtitle",
    "footer",
    "accent-rule",
    "accent-band",
    "accent-mark",
    "bullets",
    "column-heading",
    "column-bullets",
    "number",
    "number-label",
    "quote",
    "attribution",
    "quote-mark",
    "caption",
    "placeholder",
    "chart",
}

CHART = {
    "chart_type": "bar",
    "categories": ["Q1", "Q2", "Q3"],
    "series": [{"name": "Revenue", "values": [1, 2, 3]}],
}
DIAGRAM = {
    "nodes": [{"id": "a", "label": "Order"}, {"id": "b", "label": "Pay"}, {"id": "c", "label": "Ship"}],
    "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}],
}
EXAMPLES: dict[str, dict[str, Any]] = {
    "title": {"layout": "title", "title": "Thank you", "subtitle": "Questions welcome"},
    "section": {"layout": "section", "title": "Part 2: the plan", "subtitle": "What we do next"},
    "bullets": {
        "layout": "bullets",
        "title": "Revenue grew in every region",
        "bullets": ["North America up 18%", "EMEA up 12%", "APAC doubled"],
    },
    "two_column": {
        "layout": "two_column",
        "title": "Build or buy",
        "left_title": "Build",
        "bullets": ["Full control", "Slower"],
        "right_title": "Buy",
        "right_bullets": ["Fast", "Licence cost", "Lock-in"],
    },
    "big_number": {
        "layout": "big_number",
        "title": "Onboarding works",
        "number": "87%",
        "number_label": "finish day one",
    },
    "quote": {
        "layout": "quote",
        "title": "What customers say",
        "quote": "The first tool our whole team opens every morning.",
        "attribution": "Head of Operations, Acme",
    },
    "chart": {"layout": "chart", "title": "Revenue by quarter", "chart": CHART},
    "image": {
        "layout": "image",
        "title": "The new office",
        "subtitle": "Opening in September",
        "image": {"prompt": "a bright modern office"},
    },
    "diagram": {"layout": "diagram", "title": "How an order flows", "diagram": DIAGRAM},
}
NEEDS = {"chart": HAS_CHART, "diagram": HAS_DIAGRAM}


def ctx(theme: str = "light") -> Context:
    return Context(theme=get_theme(theme))


def deck(*slide_dicts: dict[str, Any], **kw: Any) -> SlidesPlan:
    return SlidesPlan.model_validate({"title": "Quarterly review", "slides": list(slide_dicts), **kw})


def skip_missing(layout_name: str) -> None:
    if not NEEDS.get(layout_name, True):
        pytest.skip(f"render.{layout_name} is not available")


def blocks(page: Page) -> list[tuple[str, Rect]]:
    """Rects that must not overlap: own elements (backgrounds excluded) plus one union rect for
    everything an embedded visual drew (its internals are that module's business)."""
    own: list[tuple[str, Rect]] = []
    foreign: list[Element] = []
    for el in page.elements:
        name = getattr(el, "name", "")
        if name.startswith("bg"):
            continue
        if name in OWN:
            own.append((name, element_rect(el)))
        else:
            foreign.append(el)
    if foreign:
        rects = [element_rect(e) for e in foreign]
        x0, y0 = min(r.x for r in rects), min(r.y for r in rects)
        x1, y1 = max(r.right for r in rects), max(r.bottom for r in rects)
        own.append(("visual", Rect(x0, y0, x1 - x0, y1 - y0)))
    return own


def check_page(page: Page, theme: str = "light") -> None:
    """Geometry and fit invariants every slide page must satisfy."""
    assert page.width == PAGE_W and page.height == PAGE_H
    assert page.background == get_theme(theme).background
    for el in page.elements:
        assert PAGE.contains(element_rect(el)), (
            f"{getattr(el, 'name', el)} leaves the page: {element_rect(el)}"
        )
        if isinstance(el, Shape) and el.text is not None:
            assert el.rect.contains(el.text.rect), f"text of {el.name} leaves its shape"
    for box in page.text_boxes():
        assert not box.overflows(), f"{box.name!r} overflows: {box.text[:60]!r}"
    for (na, a), (nb, b) in itertools.combinations(blocks(page), 2):
        assert not a.intersects(b), f"{na} {a} overlaps {nb} {b}"


def named(page: Page, name: str) -> list[Element]:
    return [el for el in page.elements if getattr(el, "name", "") == name]


def one_box(page: Page, name: str) -> TextBox:
    found = [el for el in named(page, name) if isinstance(el, TextBox)]
    assert len(found) == 1, f"expected one {name!r} text box, found {len(found)}"
    return found[0]


def all_text(page: Page) -> str:
    return "\n".join(box.text for box in page.text_boxes())


# --------------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("layout_name", list(EXAMPLES))
def test_every_layout_is_clean(layout_name: str, theme: str) -> None:
    skip_missing(layout_name)
    c = ctx(theme)
    example = {**EXAMPLES[layout_name], "notes": f"notes for {layout_name}"}
    result = slides.layout(deck(example), c)
    assert result.kind == "slides" and result.title == "Quarterly review"
    assert len(result.pages) == 2
    cover, pg = result.pages
    check_page(cover, theme)
    check_page(pg, theme)
    assert one_box(cover, "title").text == "Quarterly review"
    assert pg.notes == f"notes for {layout_name}"
    assert pg.title == example["title"]
    assert one_box(pg, "title").text == example["title"]
    assert one_box(pg, "footer").text == "2 / 2"
    assert not named(cover, "footer"), "the cover carries no page number"


def test_section_fills_the_slide_with_accent_and_centres_the_title() -> None:
    c = ctx()
    pg = slides.page(Slide.model_validate(EXAMPLES["section"]), c, 3, 9)
    bg = named(pg, "bg")
    assert len(bg) == 1 and isinstance(bg[0], Shape) and bg[0].fill == c.theme.accent
    title = one_box(pg, "title")
    assert title.align == "center" and title.color == c.theme.on_accent
    assert title.size > c.theme.title_size  # a divider's title is bigger than a content title
    assert abs(title.rect.x + title.rect.w / 2 - PAGE_W / 2) < 1
    assert one_box(pg, "footer").text == "3 / 9"
    check_page(pg)


def test_bullets_use_a_bullet_glyph_and_keep_every_point() -> None:
    pg = slides.page(Slide.model_validate(EXAMPLES["bullets"]), ctx(), 2, 5)
    box = one_box(pg, "bullets")
    assert [p.text for p in box.paragraphs] == EXAMPLES["bullets"]["bullets"]
    assert all(p.bullet == "•" for p in box.paragraphs)
    assert box.rect.y > one_box(pg, "title").rect.bottom


def test_two_column_has_two_headed_columns_at_one_size() -> None:
    pg = slides.page(Slide.model_validate(EXAMPLES["two_column"]), ctx(), 2, 5)
    headings = [el for el in named(pg, "column-heading") if isinstance(el, TextBox)]
    lists = [el for el in named(pg, "column-bullets") if isinstance(el, TextBox)]
    assert [h.text for h in headings] == ["Build", "Buy"]
    assert [b.text.split("\n") for b in lists] == [
        ["Full control", "Slower"],
        ["Fast", "Licence cost", "Lock-in"],
    ]
    assert lists[0].size == lists[1].size
    assert lists[0].rect.right < lists[1].rect.x  # side by side, left column first
    assert len(named(pg, "bg-card")) == 2


def test_big_number_is_huge_and_in_accent() -> None:
    c = ctx()
    pg = slides.page(Slide.model_validate(EXAMPLES["big_number"]), c, 2, 5)
    number = one_box(pg, "number")
    assert number.text == "87%" and number.color == c.theme.accent and number.bold
    assert number.size >= 2.5 * c.theme.title_size
    label = one_box(pg, "number-label")
    assert label.text == "finish day one" and label.rect.y >= number.rect.bottom


def test_quote_has_mark_text_and_attribution() -> None:
    c = ctx()
    pg = slides.page(Slide.model_validate(EXAMPLES["quote"]), c, 2, 5)
    quote = one_box(pg, "quote")
    assert quote.text == EXAMPLES["quote"]["quote"]
    assert quote.size > c.theme.body_size
    assert one_box(pg, "attribution").text == "— Head of Operations, Acme"
    mark = [el for el in named(pg, "quote-mark") if isinstance(el, Shape)]
    assert len(mark) == 1 and mark[0].text is not None and mark[0].text.color == c.theme.accent
    assert mark[0].rect.right <= quote.rect.x  # the mark leads the text


@pytest.mark.skipif(not HAS_CHART, reason="render.chart is not available")
def test_chart_slide_has_exactly_one_chart_slot_with_the_plan() -> None:
    slide = Slide.model_validate(EXAMPLES["chart"])
    pg = slides.page(slide, ctx(), 2, 5)
    slots = [el for el in pg.elements if isinstance(el, ChartSlot)]
    assert len(slots) == 1
    assert slots[0].chart == slide.chart
    title = one_box(pg, "title")
    assert slots[0].rect.y >= title.rect.bottom and slots[0].rect.w >= 800  # it fills the body
    check_page(pg)


def test_chart_slide_takes_the_chart_title_when_the_slide_has_none() -> None:
    chart = {**CHART, "title": "Revenue doubled"}
    slide = Slide.model_validate({"layout": "chart", "chart": chart})
    pg = slides.page(slide, ctx(), 2, 5)
    assert pg.title == "Revenue doubled" and one_box(pg, "title").text == "Revenue doubled"


def test_a_failing_visual_becomes_a_placeholder_and_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: Any) -> Any:
        raise RuntimeError("boom")

    import render.chart

    monkeypatch.setattr(render.chart, "place", broken)  # the kind's embed entry point
    c = ctx()
    pg = slides.page(Slide.model_validate(EXAMPLES["chart"]), c, 2, 5)
    assert not [el for el in pg.elements if isinstance(el, ChartSlot)]
    assert named(pg, "placeholder")
    assert any("boom" in n for n in c.notes)
    check_page(pg)


class FakeImages:
    """An ImageSource that returns fixed bytes and records what it was asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int]] = []

    def generate(self, plan: Any, width: int, height: int) -> bytes:
        self.calls.append((plan.prompt, width, height))
        return b"\x89PNG\r\n\x1a\nfake"


def test_image_slide_places_the_picture_with_one_caption_below() -> None:
    images = FakeImages()
    c = Context(theme=get_theme("light"), images=images)
    data = {**EXAMPLES["image"], "image": {"prompt": "a bright office", "caption": "ignored: subtitle wins"}}
    pg = slides.page(Slide.model_validate(data), c, 2, 5)
    pictures = [el for el in pg.elements if isinstance(el, Picture)]
    assert len(pictures) == 1 and images.calls[0][0] == "a bright office"
    captions = [box for box in pg.text_boxes() if "September" in box.text or "ignored" in box.text]
    assert [b.text for b in captions] == ["Opening in September"]  # drawn once, as real text
    assert captions[0].rect.y >= pictures[0].rect.bottom
    check_page(pg)


def test_image_slide_without_a_generator_shows_a_placeholder() -> None:
    pg = slides.page(Slide.model_validate(EXAMPLES["image"]), ctx(), 2, 5)
    assert not [el for el in pg.elements if isinstance(el, Picture)]
    assert one_box(pg, "caption").text == "Opening in September"
    check_page(pg)


@pytest.mark.skipif(not HAS_DIAGRAM, reason="render.diagram is not available")
def test_diagram_slide_stays_in_the_body() -> None:
    pg = slides.page(Slide.model_validate(EXAMPLES["diagram"]), ctx(), 2, 5)
    title = one_box(pg, "title")
    footer = one_box(pg, "footer")
    drawn = [el for el in pg.elements if getattr(el, "name", "") not in OWN]
    assert drawn, "the diagram drew nothing"
    for el in drawn:
        r = element_rect(el)
        assert r.y >= title.rect.bottom and r.bottom <= footer.rect.y
    shown = "\n".join(p.display_text for box in pg.text_boxes() for p in box.paragraphs)
    assert all(word in shown for word in ("Order", "Pay", "Ship"))  # drawn in full, not cut
    check_page(pg)


def mixed_slides(n: int) -> list[dict[str, Any]]:
    usable = [k for k in EXAMPLES if NEEDS.get(k, True)]
    return [{**EXAMPLES[usable[i % len(usable)]], "notes": f"say {i}"} for i in range(n)]


def test_twenty_slide_deck() -> None:
    c = ctx()
    items = mixed_slides(20)
    result = slides.layout(deck(*items, subtitle="Leadership team"), c)
    assert len(result.pages) == 21  # title page + 20 slides, nothing needs continuing
    assert one_box(result.pages[0], "subtitle").text == "Leadership team"
    for i, (pg, item) in enumerate(zip(result.pages[1:], items, strict=True), start=2):
        check_page(pg)
        assert pg.notes == item["notes"]
        assert pg.title == item["title"]
        assert one_box(pg, "footer").text == f"{i} / 21"


def test_two_thousand_char_title_is_cut_with_an_ellipsis() -> None:
    long_title = ("A very long title that goes on and on " * 60)[:2000]
    for name in ("bullets", "title", "section", "quote"):
        pg = slides.page(Slide.model_validate({**EXAMPLES[name], "title": long_title}), ctx(), 2, 5)
        title = one_box(pg, "title")
        assert title.truncated and title.paragraphs[-1].lines[-1].endswith(ELLIPSIS)
        assert not title.overflows()
        assert pg.title == long_title  # the page keeps the full title (outline, accessibility)
        check_page(pg)


def test_thirty_bullets_continue_without_losing_any() -> None:
    bullets = [f"Point number {i}: something worth saying about the quarter" for i in range(30)]
    slide = Slide.model_construct(layout="bullets", title="Everything we learned", bullets=bullets, notes="n")
    result = slides.layout(SlidesPlan.model_construct(title="Deck", subtitle="", slides=[slide]), ctx())
    pages = result.pages[1:]
    assert len(pages) >= 2
    assert pages[0].title == "Everything we learned"
    assert all(p.title == "Everything we learned (cont.)" for p in pages[1:])
    assert all(one_box(p, "title").text == p.title for p in pages)
    boxes = [one_box(p, "bullets") for p in pages]
    assert [para.text for b in boxes for para in b.paragraphs] == bullets  # in order, none lost
    assert all(not b.truncated and b.size >= slides.BULLET_FLOOR for b in boxes)
    total = len(result.pages)
    assert [one_box(p, "footer").text for p in pages] == [f"{i} / {total}" for i in range(2, total + 1)]
    assert all(p.notes == "n" for p in pages)
    for p in pages:
        check_page(p)


def test_twelve_long_bullets_continue_and_pages_are_balanced() -> None:
    bullets = [
        f"Finding {i}: " + " ".join(["the evidence points the same way across every market we studied"] * 3)
        for i in range(12)
    ]
    result = slides.layout(deck({"layout": "bullets", "title": "Findings", "bullets": bullets}), ctx())
    boxes = [one_box(p, "bullets") for p in result.pages[1:]]
    assert len(boxes) >= 2
    assert [para.text for b in boxes for para in b.paragraphs] == bullets
    counts = [len(b.paragraphs) for b in boxes]
    assert max(counts) - min(counts) <= 1, counts
    assert all(not b.truncated for b in boxes)


def test_single_page_api_never_overflows_even_when_content_needs_more() -> None:
    bullets = [f"Point {i}: " + "more detail " * 12 for i in range(12)]
    slide = Slide.model_validate({"layout": "bullets", "title": "Too much", "bullets": bullets})
    pg = slides.page(slide, ctx(), 4, 7)
    box = one_box(pg, "bullets")
    assert box.truncated and box.size == slides.BULLET_FLOOR
    assert box.paragraphs[-1].lines[-1].endswith(ELLIPSIS)
    assert one_box(pg, "footer").text == "4 / 7"
    check_page(pg)
    many = slides.slide_pages(slide, ctx(), 4, 9)
    assert len(many) >= 2 and [one_box(p, "footer").text for p in many][:2] == ["4 / 9", "5 / 9"]


def test_unicode_and_markup_are_preserved_verbatim() -> None:
    texts = [
        "增长与风险：第一季度",
        "مرحبا بكم في العرض",
        "Launch day 🚀🎉",
        "<script>alert('x')</script> & <b>",
    ]
    result = slides.layout(
        deck(
            {"layout": "bullets", "title": texts[0], "bullets": texts},
            {"layout": "quote", "title": texts[3], "quote": texts[1], "attribution": texts[2]},
            {"layout": "two_column", "title": texts[2], "left_title": texts[3], "bullets": texts[:2]},
        ),
        ctx(),
    )
    for pg in result.pages[1:]:
        check_page(pg)
    first = one_box(result.pages[1], "bullets")
    assert [p.text for p in first.paragraphs] == texts
    assert one_box(result.pages[1], "title").text == texts[0]
    assert one_box(result.pages[2], "quote").text == texts[1]
    assert one_box(result.pages[2], "title").text == texts[3]
    assert "🚀🎉" in one_box(result.pages[2], "attribution").text
    assert texts[3] in all_text(result.pages[3])


def test_rtl_title_and_bullets_read_from_the_right() -> None:
    slide = Slide.model_validate(
        {"layout": "bullets", "title": "مرحبا بكم في العرض", "bullets": ["النقطة الأولى", "النقطة الثانية"]}
    )
    pg = slides.page(slide, ctx(), 2, 3)
    for name in ("title", "bullets"):
        box = one_box(pg, name)
        assert all(visual_align(box.align, is_rtl(p.text)) == "right" for p in box.paragraphs)
    rule = named(pg, "accent-rule")[0]
    assert element_rect(rule).right == pytest.approx(PAGE_W - ctx().theme.margin)  # the rule mirrors too
    quote = slides.page(Slide.model_validate({"layout": "quote", "quote": "الحكمة ضالة المؤمن"}), ctx(), 2, 3)
    mark, text = named(quote, "quote-mark")[0], one_box(quote, "quote")
    assert element_rect(mark).x >= text.rect.right
    check_page(quote)


def test_dark_theme_uses_the_dark_background_and_light_text() -> None:
    c = ctx("dark")
    result = slides.layout(deck(*mixed_slides(6)), c)
    for pg in result.pages:
        assert pg.background == c.theme.background == "#14171C"
    assert one_box(result.pages[0], "title").color == c.theme.text


def test_sparse_slides_still_lay_out() -> None:
    """Optional fields left empty must not produce empty boxes or crash."""
    for data in (
        {"layout": "bullets"},
        {"layout": "two_column", "title": "Only a title"},
        {"layout": "big_number", "number": "3×"},
        {"layout": "quote", "quote": "Short."},
        {"layout": "section"},
        {"layout": "title", "subtitle": "only a subtitle"},
    ):
        pg = slides.page(Slide.model_validate(data), ctx(), 1, 1)
        check_page(pg)
        assert all(box.text.strip() for box in pg.text_boxes())


def test_huge_number_and_quote_are_cut_not_overflowing() -> None:
    huge = "9" * 2000
    pg = slides.page(
        Slide.model_validate({"layout": "big_number", "number": huge, "number_label": huge}), ctx(), 1, 1
    )
    assert one_box(pg, "number").truncated
    check_page(pg)
    pg = slides.page(
        Slide.model_validate({"layout": "quote", "quote": "words " * 330, "attribution": "x" * 500}),
        ctx(),
        1,
        1,
    )
    assert one_box(pg, "quote").truncated
    check_page(pg)


@pytest.mark.skipif(importlib.util.find_spec("resvg_py") is None, reason="resvg not installed")
def test_pages_paint_to_png() -> None:
    svg = pytest.importorskip("render.svg")
    result = slides.layout(deck(*[EXAMPLES[k] for k in ("section", "bullets", "quote", "big_number")]), ctx())
    for pg in result.pages:
        png = svg.to_png(svg.page_svg(pg, get_theme("light")), scale=0.5)
        assert png.startswith(b"\x89PNG")


def test_module_imports_no_painter() -> None:
    """One layout, two painters: the layout module itself imports neither painter."""
    tree = ast.parse(inspect.getsource(slides))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {m for m in imported if "pptx" in m or m.endswith(("svg", "powerpoint"))}


def test_chart_slide_does_not_repeat_its_title_inside_the_chart() -> None:
    chart = {
        "kind": "chart",
        "title": "Revenue by quarter",
        "categories": ["Q1", "Q2"],
        "series": [{"values": [1, 2]}],
    }
    ctx = Context(theme=get_theme("light"))
    same = slides.page(Slide(layout="chart", title="Revenue by quarter", chart=chart), ctx, 2, 3)
    other = slides.page(Slide(layout="chart", title="Revenue doubled", chart=chart), ctx, 2, 3)
    (slot_same,) = [e for e in same.elements if isinstance(e, ChartSlot)]
    (slot_other,) = [e for e in other.elements if isinstance(e, ChartSlot)]
    assert slot_same.chart.title == "" and slot_same.data.series[0][1] == [1.0, 2.0]
    assert slot_other.chart.title == "Revenue by quarter"


def test_continuation_pages_keep_the_cont_suffix_on_overlong_titles() -> None:
    long_title = "A very long slide title about everything " * 20
    slide = Slide.model_construct(
        layout="bullets",
        title=long_title,
        subtitle="",
        bullets=[f"point {i} " * 8 for i in range(30)],
        notes="",
    )
    built = slides.slide_pages(slide, Context(theme=get_theme("light")), 2, 9)
    assert len(built) > 1
    for page in built[1:]:
        (title,) = [b for b in page.text_boxes() if b.name == "title"]
        shown = " ".join(line for p in title.paragraphs for line in p.lines)
        assert shown.endswith("… (cont.)") and not title.truncated and not title.overflows()

"""Infographic layout: structure, not pixels.

Every page must be clean (everything inside the page, no text overflowing its box, nothing
overlapping except elements sitting on their container) and nothing of the plan may be lost,
however hostile the text.
"""

from __future__ import annotations

import itertools

import pytest

from render import infographic, render
from render.layout import (
    Connector,
    Context,
    Element,
    Layout,
    Page,
    Picture,
    Rect,
    Shape,
    TextBox,
    element_rect,
)
from render.plan import InfographicPlan
from render.text import is_rtl
from render.theme import contrast, get_theme

THEMES = ["light", "dark"]

STATS = {
    "type": "stats",
    "title": "At a glance",
    "items": [
        {"value": "5.5B", "label": "people online", "icon": "🌍"},
        {"value": "67%", "label": "of the world"},
        {"value": "2.6B", "label": "still offline", "icon": "📵"},
    ],
}
STEPS = {
    "type": "steps",
    "title": "How it works",
    "items": [
        {"title": "Ask", "text": "Type a question."},
        {"title": "Plan", "text": "The model writes a plan."},
        {"title": "Render", "text": "The plan becomes a visual."},
    ],
}
TIMELINE = {
    "type": "timeline",
    "title": "Milestones",
    "events": [
        {"date": "1969", "title": "ARPANET", "text": "First message sent."},
        {"date": "1991", "title": "The Web", "text": "First website."},
        {"date": "2007", "title": "iPhone"},
        {"date": "2024", "title": "5.5 billion online"},
    ],
}
COMPARISON = {
    "type": "comparison",
    "title": "SQL vs NoSQL",
    "left_title": "SQL",
    "left_items": ["Fixed schema", "Joins", "ACID transactions"],
    "right_title": "NoSQL",
    "right_items": ["Flexible documents", "Scales out", "Eventual consistency"],
}
CHECKLIST = {
    "type": "checklist",
    "title": "Before you ship",
    "items": ["Tests pass", "Docs updated", "Changelog"],
}
CALLOUT = {"type": "callout", "text": "Simple things should be simple.", "attribution": "Alan Kay"}
ALL_BLOCKS = [STATS, STEPS, TIMELINE, COMPARISON, CHECKLIST, CALLOUT]


def make(blocks: list[dict], **extra: object) -> InfographicPlan:
    data = {"title": "Infographic", "subtitle": "A subtitle", "answer": "The answer.", "blocks": blocks}
    data.update(extra)
    return InfographicPlan.model_validate(data)


def run(plan: InfographicPlan, theme: str = "light") -> Layout:
    return infographic.layout(plan, Context(theme=get_theme(theme)))


def _solid(el: Element) -> bool:
    return isinstance(el, Shape | TextBox | Picture) and not infographic.is_container(el)


def assert_clean(lay: Layout, skip: set[int] | None = None) -> None:
    """Inside the page, no overflow, no overlaps (bar containers holding what sits on them)."""
    for page in lay.pages:
        bounds = Rect(0, 0, page.width, page.height)
        for el in page.elements:
            assert bounds.contains(element_rect(el)), (getattr(el, "name", el), element_rect(el))
        for box in page.text_boxes():
            assert not box.overflows(), (box.name, box.size, box.rect, box.text[:60])
        elements = [el for i, el in enumerate(page.elements) if not skip or id(el) not in skip]
        solids = [el for el in elements if _solid(el)]
        for a, b in itertools.combinations(solids, 2):
            assert not element_rect(a).intersects(element_rect(b)), (a.name, b.name)
        containers = [el for el in elements if infographic.is_container(el)]
        for a, b in itertools.combinations(containers, 2):
            assert not a.rect.intersects(b.rect), (a.name, b.name)
        for box in containers:
            for el in elements:
                if el is box:
                    continue
                r = element_rect(el)
                if box.rect.intersects(r):  # whatever touches a card lies wholly on it
                    assert box.rect.contains(r), (box.name, getattr(el, "name", el))
        lines = [el for el in elements if isinstance(el, Connector)]
        texts = [el for el in elements if isinstance(el, TextBox)]
        for line, text in itertools.product(lines, texts):
            assert not element_rect(line).intersects(text.rect), (line.name, text.name)


def texts(lay: Layout) -> str:
    return "\n".join(box.text for page in lay.pages for box in page.text_boxes())


def block_indexes(page: Page) -> set[int]:
    out = set()
    for el in page.elements:
        name = getattr(el, "name", "").removeprefix(infographic.CONTAINER)
        if name.startswith("block["):
            out.add(int(name[6 : name.index("]")]))
    return out


# ---------------------------------------------------------------------------------------------- basics


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("block", ALL_BLOCKS, ids=lambda b: b["type"])
def test_each_block_alone_is_clean(block: dict, theme: str) -> None:
    lay = run(make([block], footer="Source: test"), theme)
    assert lay.kind == "infographic"
    assert lay.title == "Infographic"
    assert len(lay.pages) == 1
    page = lay.pages[0]
    assert (page.width, page.height) == (960, 540)
    assert page.notes == "The answer."
    assert block_indexes(page) == {0}
    assert_clean(lay)


@pytest.mark.parametrize("theme", THEMES)
def test_all_blocks_together(theme: str) -> None:
    lay = run(make(ALL_BLOCKS, footer="Source: test"), theme)
    assert_clean(lay)
    seen = set().union(*(block_indexes(p) for p in lay.pages))
    assert seen == set(range(len(ALL_BLOCKS)))
    for page in lay.pages:
        assert page.notes == "The answer."


def test_blocks_follow_reading_order() -> None:
    lay = run(make(ALL_BLOCKS))
    order: list[tuple[int, float, float, int]] = []
    for p, page in enumerate(lay.pages):
        for i in sorted(block_indexes(page)):
            rects = [
                element_rect(el)
                for el in page.elements
                if getattr(el, "name", "").removeprefix(infographic.CONTAINER).startswith(f"block[{i}]")
            ]
            order.append((p, min(r.y for r in rects), min(r.x for r in rects), i))
    assert [i for *_, i in sorted(order)] == list(range(len(ALL_BLOCKS)))


def test_content_is_preserved() -> None:
    lay = run(make(ALL_BLOCKS))
    found = texts(lay)
    expected = [
        "5.5B", "people online", "🌍", "67%", "of the world", "Ask", "The model writes a plan.", "1969",
        "ARPANET", "First message sent.", "5.5 billion online", "SQL", "NoSQL", "Joins", "Eventual consistency",
        "Tests pass", "Changelog", "Simple things should be simple.", "Alan Kay", "At a glance", "Milestones",
    ]  # fmt: skip
    for text in expected:
        assert text in found, text
    assert not any(box.truncated for page in lay.pages for box in page.text_boxes())


def test_steps_are_numbered_and_linked() -> None:
    page = run(make([STEPS])).pages[0]
    numbers = [el for el in page.elements if isinstance(el, Shape) and ".number[" in el.name]
    assert [n.text.text for n in numbers if n.text] == ["1", "2", "3"]
    assert all(n.geometry == "ellipse" for n in numbers)
    arrows = [el for el in page.elements if isinstance(el, Connector) and el.arrow]
    assert len(arrows) == 2
    assert all(a.points[0][0] < a.points[-1][0] for a in arrows)


def test_stat_values_use_palette_colours_and_share_a_size() -> None:
    theme = get_theme("light")
    page = run(make([STATS])).pages[0]
    values = [el for el in page.elements if isinstance(el, TextBox) and ".value[" in el.name]
    assert len(values) == 3
    assert len({v.size for v in values}) == 1
    assert len({v.color for v in values}) == 3
    assert all(v.bold and v.size > theme.body_size for v in values)
    cards = [el for el in page.elements if infographic.is_container(el)]
    assert len(cards) == 3
    assert all(c.geometry == "rounded" and c.fill == theme.surface for c in cards)


def test_comparison_panels_have_contrasting_headers() -> None:
    page = run(make([COMPARISON])).pages[0]
    headers = [el for el in page.elements if isinstance(el, Shape) and ".header[" in el.name]
    assert len(headers) == 2
    assert headers[0].fill != headers[1].fill
    assert headers[0].rect.right < headers[1].rect.x
    items = [el for el in page.elements if isinstance(el, TextBox) and ".items[" in el.name]
    assert all(p.bullet for box in items for p in box.paragraphs)


def test_checklist_marks_and_two_columns_when_many() -> None:
    theme = get_theme("light")
    items = [f"Item number {i}" for i in range(10)]
    page = run(make([{"type": "checklist", "items": items}])).pages[0]
    marks = [el for el in page.elements if isinstance(el, Shape) and ".check[" in el.name]
    assert len(marks) == 10
    assert all(m.text and m.text.text == "✓" for m in marks)
    assert {m.fill for m in marks} <= set(theme.palette)
    assert len({round(m.rect.x) for m in marks}) == 2
    assert_clean(run(make([{"type": "checklist", "items": items}])))


def test_timeline_alternates_and_goes_vertical_when_many() -> None:
    page = run(make([TIMELINE])).pages[0]
    dots = [el for el in page.elements if isinstance(el, Shape) and ".dot[" in el.name]
    dates = [el for el in page.elements if isinstance(el, TextBox) and ".date[" in el.name]
    axis_y = dots[0].rect.y + dots[0].rect.h / 2
    assert len({round(d.rect.y) for d in dots}) == 1
    above = [d.rect.bottom <= axis_y for d in dates]
    assert above == [True, False, True, False]

    many = {"type": "timeline", "events": [{"date": str(1900 + i), "title": f"Event {i}"} for i in range(16)]}
    page = run(make([many])).pages[0]
    dots = [el for el in page.elements if isinstance(el, Shape) and ".dot[" in el.name]
    assert len(dots) == 16
    assert len({round(d.rect.x) for d in dots}) == 2  # two vertical axes
    assert_clean(run(make([many])))


def test_callout_is_accent_bordered() -> None:
    theme = get_theme("light")
    page = run(make([CALLOUT])).pages[0]
    card = next(el for el in page.elements if infographic.is_container(el))
    assert card.stroke in theme.palette
    bar = next(el for el in page.elements if isinstance(el, Shape) and el.name.endswith(".bar"))
    assert bar.fill == card.stroke
    assert any(isinstance(el, TextBox) and el.italic and el.text == CALLOUT["text"] for el in page.elements)


# ------------------------------------------------------------------------------------ pages and footer


def test_many_blocks_continue_on_further_pages() -> None:
    blocks = ALL_BLOCKS * 2
    lay = run(make(blocks, footer="Source: the test suite"))
    assert len(lay.pages) >= 3
    assert_clean(lay)
    seen = [block_indexes(p) for p in lay.pages]
    assert set().union(*seen) == set(range(len(blocks)))
    assert sum(len(s) for s in seen) == len(blocks)  # no block split or repeated across pages
    total = len(lay.pages)
    for n, page in enumerate(lay.pages[1:], start=2):
        title = next(el for el in page.elements if isinstance(el, TextBox) and el.name == "title")
        assert title.text == f"Infographic ({n}/{total})"
        assert title.line_count == 1
        assert not any(getattr(el, "name", "") == "subtitle" for el in page.elements)


def test_footer_on_last_page_at_the_bottom() -> None:
    lay = run(make(ALL_BLOCKS * 2, footer="Source: World Bank, 2024"))
    footers = [[el for el in p.elements if getattr(el, "name", "") == "footer"] for p in lay.pages]
    assert [len(f) for f in footers] == [0] * (len(lay.pages) - 1) + [1]
    footer = footers[-1][0]
    assert footer.text == "Source: World Bank, 2024"
    assert all(
        element_rect(el).bottom <= footer.rect.y + 0.5 for el in lay.pages[-1].elements if el is not footer
    )


def test_no_footer_when_empty() -> None:
    lay = run(make([STATS]))
    assert not any(getattr(el, "name", "") == "footer" for el in lay.pages[0].elements)


@pytest.mark.parametrize("theme", THEMES)
def test_theme_backgrounds_and_contrast(theme: str) -> None:
    t = get_theme(theme)
    lay = run(make(ALL_BLOCKS, footer="Source"), theme)
    for page in lay.pages:
        assert page.background == t.background
        containers = [el for el in page.elements if isinstance(el, Shape) and el.fill]
        for el in page.elements:
            if isinstance(el, Shape) and el.text:
                pairs = [(el.text, el.fill or page.background)]
            elif isinstance(el, TextBox):
                under = [c for c in containers if c.rect.contains(el.rect) and c.text is None]
                backdrop = under[-1].fill if under else page.background
                pairs = [(el, backdrop)]
            else:
                continue
            for box, back in pairs:
                ratio = contrast(box.color, back or page.background)
                assert ratio >= 3.0, (theme, box.name, box.color, back, round(ratio, 2))
    if theme == "dark":
        cards = [el for p in lay.pages for el in p.elements if infographic.is_container(el)]
        assert cards and all(c.fill == t.surface for c in cards)


def test_readable_keeps_or_darkens_accents() -> None:
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21.0)
    light = get_theme("light")
    for color in light.palette:
        out = infographic._readable(color, light.surface, light.text)
        assert contrast(out, light.surface) >= 3.0


# ------------------------------------------------------------------------------------- hostile input


def test_hostile_markup_is_kept_as_plain_text() -> None:
    evil = "<script>alert('x')</script> & \"quotes\""
    lay = run(make([{**CHECKLIST, "items": [evil]}, {**CALLOUT, "text": evil}], title=evil))
    assert_clean(lay)
    assert texts(lay).count(evil) >= 3


@pytest.mark.parametrize("theme", THEMES)
def test_two_thousand_character_title(theme: str) -> None:
    title = ("A very long headline that never stops " * 60)[:2000]
    lay = run(make(ALL_BLOCKS * 2, title=title, subtitle="S" * 2000, footer="F " * 1000), theme)
    assert_clean(lay)
    first = next(el for el in lay.pages[0].elements if isinstance(el, TextBox) and el.name == "title")
    assert first.truncated and first.line_count <= 2
    assert first.text_height < 100
    for n, page in enumerate(lay.pages[1:], start=2):
        header = next(el for el in page.elements if isinstance(el, TextBox) and el.name == "title")
        assert header.text.endswith(f"({n}/{len(lay.pages)})")
        assert header.line_count == 1


def test_maximal_blocks_stay_clean() -> None:
    long = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 35
    blocks = [
        {"type": "stats", "items": [{"value": f"{i * 7}%", "label": f"metric {i}", "icon": "📈"} for i in range(12)]},
        {"type": "stats", "items": [{"value": long[:300], "label": long, "icon": "🚀"} for _ in range(12)]},
        {"type": "steps", "items": [{"title": f"Step {i}", "text": long[:200]} for i in range(12)]},
        {"type": "steps", "items": [{"title": long, "text": long} for _ in range(5)]},
        {"type": "timeline", "events": [{"date": f"{1900 + i}", "title": long[:40], "text": long} for i in range(16)]},
        {"type": "timeline", "events": [{"date": long, "title": long, "text": long} for _ in range(8)]},
        {"type": "comparison", "left_title": long, "right_title": long, "left_items": [long] * 12, "right_items": [long] * 12},
        {"type": "checklist", "title": long, "items": [long] * 16},
        {"type": "callout", "text": long[:2000], "attribution": long},
    ]  # fmt: skip
    lay = run(make(blocks, title=long[:2000], footer=long))
    assert_clean(lay)
    seen = set().union(*(block_indexes(p) for p in lay.pages))
    assert seen == set(range(len(blocks)))
    found = texts(lay)
    for i in range(12):
        assert f"{i * 7}%" in found and f"metric {i}" in found
    for i in range(16):
        assert str(1900 + i) in found


def test_twelve_stat_cards_make_two_even_rows() -> None:
    block = {"type": "stats", "items": [{"value": str(i), "label": "x"} for i in range(12)]}
    page = run(make([block])).pages[0]
    cards = [el for el in page.elements if infographic.is_container(el)]
    assert len(cards) == 12
    assert len({round(c.rect.y) for c in cards}) == 2
    assert len({round(c.rect.w) for c in cards}) == 1


@pytest.mark.parametrize("theme", THEMES)
def test_cjk_rtl_and_emoji(theme: str) -> None:
    arabic = "البيانات تتحدث بوضوح عندما تكون مرئية"
    cjk = "数据可视化让复杂的信息一目了然，帮助人们更快地理解。" * 3
    blocks = [
        {"type": "stats", "title": "关键数字", "items": [{"value": "42%", "label": cjk, "icon": "📊"}, {"value": "٣٠٠", "label": arabic}]},
        {"type": "steps", "items": [{"title": "步骤一", "text": cjk}, {"title": "خطوة", "text": arabic}]},
        {"type": "timeline", "events": [{"date": "二〇二四年", "title": cjk}, {"date": "٢٠٢٤", "title": arabic}]},
        {"type": "comparison", "left_title": "中文", "left_items": [cjk], "right_title": "العربية", "right_items": [arabic]},
        {"type": "checklist", "items": [arabic, cjk, "🎉🎉🎉 party " * 5]},
        {"type": "callout", "text": arabic, "attribution": "مؤلف"},
    ]  # fmt: skip
    lay = run(make(blocks, title=arabic, subtitle=cjk), theme)
    assert_clean(lay)
    found = texts(lay)
    assert arabic in found and "步骤一" in found and "📊" in found
    rtl_boxes = [
        box for p in lay.pages for box in p.text_boxes() if box.text == arabic and box.align != "center"
    ]
    assert rtl_boxes
    from render.layout import visual_align

    for box in rtl_boxes:  # layouts say "left" for "start"; a right-to-left text starts at the right
        assert visual_align(box.align, is_rtl(box.text)) == "right"
    # Right-to-left checklist items put their mark on the right.
    page = next(p for p in lay.pages if any(".check[" in getattr(el, "name", "") for el in p.elements))
    item = next(
        el for el in page.elements if isinstance(el, TextBox) and el.text == arabic and ".item[" in el.name
    )
    mark = next(el for el in page.elements if isinstance(el, Shape) and el.name.endswith(item.name[-3:]))
    assert mark.rect.x > item.rect.x


@pytest.mark.parametrize("aspect", ["16:9", "1:1", "9:16"])
def test_hero_image_beside_the_title(aspect: str) -> None:
    hero = {"prompt": "a city skyline at dusk", "caption": "Skyline", "aspect_ratio": aspect}
    lay = run(make(ALL_BLOCKS[:2], hero_image=hero))
    page = lay.pages[0]
    title = next(el for el in page.elements if isinstance(el, TextBox) and el.name == "title")
    known = ("title", "subtitle", "title-rule", "footer", "block[", infographic.CONTAINER)
    hero_els = [el for el in page.elements if not getattr(el, "name", "").startswith(known)]
    assert hero_els and any(getattr(el, "text", "") == "Skyline" for el in hero_els)
    rects = [element_rect(el) for el in hero_els]
    x0, y0 = min(r.x for r in rects), min(r.y for r in rects)
    hero_box = Rect(x0, y0, max(r.right for r in rects) - x0, max(r.bottom for r in rects) - y0)
    assert hero_box.x >= title.rect.right  # beside the title, at the end of its line
    blocks = [
        el
        for el in page.elements
        if getattr(el, "name", "").removeprefix(infographic.CONTAINER).startswith("block[")
    ]
    assert all(element_rect(el).y >= hero_box.bottom for el in blocks)
    others = [el for el in page.elements if el not in hero_els]
    assert all(not hero_box.intersects(element_rect(el)) for el in others)
    assert_clean(lay, skip={id(el) for el in hero_els})
    assert set().union(*(block_indexes(p) for p in lay.pages)) == {0, 1}


def test_rtl_title_puts_the_hero_on_the_left() -> None:
    lay = run(make([STATS], title="البيانات تتحدث بوضوح", hero_image={"prompt": "x"}))
    page = lay.pages[0]
    title = next(el for el in page.elements if isinstance(el, TextBox) and el.name == "title")
    hero = next(
        el
        for el in page.elements
        if not getattr(el, "name", "").startswith(("title", "subtitle", "block[", "bg:"))
    )
    assert element_rect(hero).right <= title.rect.x


def test_layout_is_deterministic() -> None:
    a = run(make(ALL_BLOCKS, footer="x"))
    b = run(make(ALL_BLOCKS, footer="x"))
    assert repr(a) == repr(b)


# ------------------------------------------------------------------------------------------- painting


def test_pages_paint_to_svg_and_png() -> None:
    svg = pytest.importorskip("render.svg")
    theme = get_theme("dark")
    lay = infographic.layout(make(ALL_BLOCKS, title="<script>x</script>"), Context(theme=theme))
    doc = svg.page_svg(lay.pages[0], theme)
    assert "<script>" not in doc and "&lt;script&gt;" in doc
    pytest.importorskip("resvg_py")
    png = svg.to_png(doc, scale=0.5)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------------------------- every count


@pytest.mark.parametrize("half", [False, True], ids=["full", "half"])
@pytest.mark.parametrize("n", [1, 2, 3, 5, 6, 7, 8, 9, 12])
def test_every_item_count_is_clean(n: int, half: bool) -> None:
    """Each block at each size, alone (full width) or paired with a callout (half width where allowed)."""
    text = "Some words that wrap over a line or two in a narrow column"
    blocks = [
        {"type": "stats", "items": [{"value": f"{i}.5K", "label": text, "icon": "⭐"} for i in range(n)]},
        {"type": "steps", "items": [{"title": f"Step {i}", "text": text} for i in range(n)]},
        {"type": "timeline", "events": [{"date": f"{2000 + i}", "title": "Launch", "text": text} for i in range(n)]},
        {"type": "timeline", "events": [{"date": f"{2000 + i}", "title": "Launch", "text": text} for i in range(n + 4)]},
        {"type": "comparison", "left_title": "A", "right_title": "B", "left_items": [text] * n, "right_items": [text] * (n // 2)},
        {"type": "checklist", "items": [text] * n},
    ]  # fmt: skip
    for block in blocks:
        plan = make([block, CALLOUT] if half else [block], footer="Source")
        lay = run(plan)
        assert_clean(lay)
        assert set().union(*(block_indexes(p) for p in lay.pages)) == set(range(len(plan.blocks)))


def test_a_question_long_heading_takes_three_readable_lines_not_an_ellipsis():
    """'What changes for support agents who handle conversations that include payment details…' had
    shrunk to 7 pt on two lines and lost its end."""
    heading = (
        "What changes for support agents who handle conversations that include payment details, "
        "identity documents or health information from customers"
    )
    plan = {
        "kind": "infographic",
        "title": "Policy update",
        "blocks": [
            {"type": "text", "title": heading, "paragraphs": ["Agents must redact those fields."]},
            {"type": "text", "title": "Short", "paragraphs": ["Attachments move to cold storage."]},
        ],
    }
    page = render(plan).layout.pages[0]
    box = next(
        e
        for e in page.elements
        if getattr(e, "name", "").endswith(".heading") and "support" in e.paragraphs[0].text
    )
    assert not box.truncated and box.size >= 12
    assert " ".join(line for p in box.paragraphs for line in p.lines).replace("  ", " ") == heading

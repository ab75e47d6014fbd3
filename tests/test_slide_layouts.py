"""Slide layouts that show structure (stat cards, timelines, steps, tables, cards, statements, code):
clean geometry, type at slide sizes (never under 14 pt), continuation instead of cutting, space used."""

from __future__ import annotations

import io
import itertools
from typing import Any

import pytest
from pptx import Presentation

from render import render, slides
from render.layout import Context, Grid, Page, Rect, Shape, TextBox, element_rect
from render.plan import Slide, SlidesPlan
from render.theme import contrast, get_theme

LONG = "the evidence points the same way across every market we studied this quarter"
EXAMPLES: dict[str, dict[str, Any]] = {
    "stats": {
        "layout": "stats",
        "title": "Headline numbers",
        "stats": [
            {"value": "$4.8M", "label": "Revenue, up 18% quarter over quarter"},
            {"value": "112%", "label": "Net revenue retention"},
            {"value": "1.9%", "label": "Gross churn per month"},
            {"value": "214", "label": "new customers"},
        ],
    },
    "timeline": {
        "layout": "timeline",
        "title": "Next quarter",
        "events": [
            {"date": "October", "title": "Ship self-serve SSO"},
            {"date": "November", "title": "Launch the partner program in Europe"},
            {"date": "December", "title": "Decide on pricing", "text": "after the annual-plan experiment"},
        ],
    },
    "steps": {
        "layout": "steps",
        "title": "How we ship",
        "steps": [{"title": "Plan"}, {"title": "Build", "text": "in small slices"}, {"title": "Ship"}],
    },
    "table": {
        "layout": "table",
        "title": "Action items",
        "columns": ["Action", "Owner", "Due"],
        "rows": [
            ["Keep the last 5 gateway images", "Priya (Platform)", "19 March"],
            ["Add a load test", "Tomás", "2 April"],
        ],
    },
    "cards": {
        "layout": "cards",
        "title": "Challenges",
        "bullets": ["Onboarding is slow", "Backlog spiked", "Hiring lags"],
    },
    "statement": {
        "layout": "statement",
        "title": "Goal",
        "text": "Replace the marketing site before spring.",
    },
    "code": {
        "layout": "code",
        "title": "Create an order",
        "code": "import requests\n\nrequests.post(url, json=order)",
    },
}


def ctx(theme: str = "light") -> Context:
    return Context(theme=get_theme(theme))


def pages(*slide_dicts: dict[str, Any], theme: str = "light") -> list[Page]:
    plan = SlidesPlan.model_validate({"title": "Deck", "slides": list(slide_dicts)})
    return slides.layout(plan, ctx(theme)).pages[1:]


def holds(outer: Any, inner: Any) -> bool:
    return isinstance(outer, Shape | Grid) and outer.rect.contains(element_rect(inner))


def check(page: Page, theme: str = "light") -> None:
    """Inside the page, no text overflowing or under 14 pt (but page numbers), nothing overlapping
    except what sits on its card, every text readable on what is behind it."""
    t = get_theme(theme)
    bounds = Rect(0, 0, page.width, page.height)
    for el in page.elements:
        assert bounds.contains(element_rect(el)), getattr(el, "name", el)
    for box in page.text_boxes():
        assert not box.overflows() and not box.truncated, box.name
        if box.name != "footer" and "number-text" not in box.name:
            assert box.size >= 14.0, (box.name, box.size)
    solid = [el for el in page.elements if not (isinstance(el, Shape) and el.name.startswith("bg"))]
    for a, b in itertools.combinations([el for el in page.elements if not hasattr(el, "points")], 2):
        if element_rect(a).intersects(element_rect(b)) and not (holds(a, b) or holds(b, a)):
            assert a not in solid or b not in solid, (a.name, b.name)
    fills = [el for el in page.elements if isinstance(el, Shape) and el.fill]
    for el in page.elements:
        if isinstance(el, TextBox) and el.text.strip():
            under = [f for f in fills if f.rect.contains(el.rect) and f is not el]
            back = min(under, key=lambda s: s.rect.w * s.rect.h).fill if under else t.background
            assert contrast(el.color, back) >= 4.5, (el.name, el.color, back)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", list(EXAMPLES))
def test_each_layout_is_clean(name: str, theme: str) -> None:
    (page,) = pages({**EXAMPLES[name], "notes": "said"}, theme=theme)
    check(page, theme)
    assert page.notes == "said" and page.title == EXAMPLES[name]["title"]
    shown = " ".join(b.text for b in page.text_boxes())
    for field in ("stats", "events", "steps", "rows"):
        for item in EXAMPLES[name].get(field, []):
            for text in item.values() if isinstance(item, dict) else item:
                assert text in shown, text


def test_stat_cards_fill_a_row_and_keep_their_units_whole() -> None:
    (page,) = pages(EXAMPLES["stats"])
    values = [b for b in page.text_boxes() if ".value[" in b.name]
    assert [v.text for v in values] == ["$4.8M", "112%", "1.9%", "214"]
    assert all(len(v.paragraphs[0].lines) == 1 for v in values)  # "$4.8M" never breaks inside
    assert len({v.size for v in values}) == 1 and values[0].size >= 40
    cards = [el for el in page.elements if isinstance(el, Shape) and ".card[" in el.name]
    assert len({round(c.rect.y) for c in cards}) == 1 and sum(c.rect.w for c in cards) > 0.75 * 880


def test_many_items_continue_on_further_pages_with_nothing_lost() -> None:
    events = [{"date": f"{1990 + i}", "title": f"Event {i}: {LONG}"} for i in range(10)]
    steps = [{"title": f"Step {i}", "text": LONG} for i in range(9)]
    rows = [[f"Row {i}", LONG] for i in range(24)]
    for data in (
        {"layout": "timeline", "title": "History", "events": events},
        {"layout": "steps", "title": "Process", "steps": steps},
        {"layout": "table", "title": "Register", "columns": ["Item", "Note"], "rows": rows},
    ):
        built = pages(data)
        assert len(built) >= 2 and all(p.title.endswith("(cont.)") for p in built[1:])
        shown = "\n".join(b.text for p in built for b in p.text_boxes())
        for item in events if data["layout"] == "timeline" else steps if data["layout"] == "steps" else rows:
            key = item["title"] if isinstance(item, dict) else item[0]
            assert key in shown
        for p in built:
            check(p)
    numbers = [b.text for p in pages({"layout": "steps", "title": "P", "steps": steps}) for b in p.text_boxes()
               if "number-text" in b.name]  # fmt: skip
    assert numbers == [str(i) for i in range(1, 10)]  # counting on across pages
    tables = [el for p in pages({"layout": "table", "title": "R", "columns": ["Item", "Note"], "rows": rows})
              for el in p.elements if isinstance(el, Grid)]  # fmt: skip
    assert all(t.cells[0][0].text.text == "Item" for t in tables)  # the header on every page
    counts = [len(t.cells) - 1 for t in tables]
    assert max(counts) - min(counts) <= 1  # rows spread evenly


def test_a_short_list_is_set_large_and_a_diagram_fills_its_slot() -> None:
    (page,) = pages({"layout": "bullets", "title": "Three points", "bullets": ["One", "Two", "Three"]})
    (box,) = [b for b in page.text_boxes() if b.name == "bullets"]
    assert box.size >= 28
    diagram = {
        "nodes": [{"id": "a", "label": "Plan"}, {"id": "b", "label": "Build"}, {"id": "c", "label": "Ship"}],
        "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}],
        "direction": "LR",
    }
    (page,) = pages({"layout": "diagram", "title": "Flow", "diagram": diagram})
    nodes = [el for el in page.elements if isinstance(el, Shape) and el.name.startswith("node-")]
    span = max(n.rect.right for n in nodes) - min(n.rect.x for n in nodes)
    assert span > 0.6 * 880 and min(n.text.size for n in nodes) >= 18  # not a small strip mid-slide
    assert len({round(n.rect.h) for n in nodes}) == 1 and nodes[0].rect.h > 70


def test_right_to_left_cards_and_steps_start_at_the_right() -> None:
    texts = ["اختر زاوية هادئة", "استخدم كرسيًا مريحًا", "اجعل الإضاءة طبيعية"]
    (page,) = pages({"layout": "cards", "title": "مكان العمل", "bullets": texts})
    boxes = sorted((b for b in page.text_boxes() if b.name.startswith("cards.text")), key=lambda b: b.name)
    assert boxes[0].rect.x > boxes[1].rect.x > boxes[2].rect.x
    (page,) = pages({"layout": "steps", "title": "يومك", "steps": [{"title": t} for t in texts]})
    circles = [el for el in page.elements if isinstance(el, Shape) and ".number[" in el.name]
    assert circles[0].rect.x > circles[1].rect.x > circles[2].rect.x


def test_tables_and_code_export_natively() -> None:
    deck = {"kind": "slides", "title": "Deck", "slides": [EXAMPLES["table"], EXAMPLES["code"]]}
    prs = Presentation(io.BytesIO(render(deck).to_pptx()))
    (table,) = [s.table for s in prs.slides[1].shapes if s.has_table]
    assert [table.cell(0, c).text for c in range(3)] == ["Action", "Owner", "Due"]
    assert table.cell(1, 1).text == "Priya (Platform)"
    code = next(s for s in prs.slides[2].shapes if s.name == "code")
    assert [p.text for p in code.text_frame.paragraphs] == [
        "import requests",
        "",
        "requests.post(url, json=order)",
    ]
    assert {r.font.name for p in code.text_frame.paragraphs for r in p.runs} == {"DejaVu Sans Mono"}


def test_validation_names_the_missing_field() -> None:
    for layout, field in (("stats", "stats"), ("timeline", "events"), ("table", "rows"), ("code", "code")):
        with pytest.raises(ValueError, match=f"needs '{field}'"):
            Slide.model_validate({"layout": layout, "title": "x"})

"""Short content uses the space (issue 11 follow-up): a question's own list is laid out by the same
content-aware chooser as a markdown answer's (a roadmap is a timeline, a few principles cards, never
a chart), and an under-filled infographic page grows its blocks' type and lays a short list out as
cards, in both painters."""

from __future__ import annotations

import io

from bench.layout_quality import union_area
from generators.base import PlanRequest
from generators.rules import RulesPlanner
from render import infographic
from render.infographic_blocks import COMPACT, max_scale
from render.layout import Context, Page, Rect, Shape, TextBox
from render.plan import ChecklistBlock, InfographicPlan, SlidesPlan, parse_plan
from render.theme import get_theme

PLANNER = RulesPlanner()
ROADMAP = (
    "Make slides about our roadmap: January hire 2 designers, March open the Berlin office, "
    "June reach 500 customers"
)
PRINCIPLES = "Our 4 principles: start small, measure everything, share early, fix forward"


def plan(question: str):
    result = PLANNER.plan(PlanRequest(question=question)).plan
    assert parse_plan(result.model_dump()) == result
    return result


def slide_words(deck: SlidesPlan) -> str:
    parts: list[str] = []
    for s in deck.slides:
        parts += [s.title, *s.bullets, *(f"{e.date} {e.title} {e.text}" for e in s.events)]
        parts += [f"{st.value} {st.label}" for st in s.stats] + [c for r in s.rows for c in r]
    return " ".join(parts)


def test_a_roadmap_question_is_a_timeline_of_its_three_dated_events_and_no_chart() -> None:
    deck = plan(ROADMAP)
    assert isinstance(deck, SlidesPlan)
    assert [s.layout for s in deck.slides] == ["timeline"]
    assert [(e.date, e.title) for e in deck.slides[0].events] == [
        ("January", "hire 2 designers"),
        ("March", "open the Berlin office"),
        ("June", "reach 500 customers"),
    ]
    assert all(s.chart is None for s in deck.slides)
    assert "Roadmap" in deck.answer  # the answer still lists the slide titles


def test_a_few_short_points_are_cards_and_every_item_is_kept() -> None:
    deck = plan("Slides: " + PRINCIPLES)
    assert [s.layout for s in deck.slides] == ["cards"]
    assert deck.slides[0].bullets == ["Start small", "Measure everything", "Share early", "Fix forward"]
    sections = plan(
        "presentation on our team. Goals: ship v2, cut tickets, hire two. Risks: budget, timeline, churn"
    )
    assert [(s.layout, s.title) for s in sections.slides] == [("cards", "Goals"), ("cards", "Risks")]
    cjk = plan("做一个关于团队的幻灯片：招聘、培训、绩效、文化")
    assert cjk.slides[0].bullets == ["招聘", "培训", "绩效", "文化"]


def test_figures_in_a_written_list_never_become_a_chart() -> None:
    from generators.markdown import list_slides
    from generators.rules.content import supplied
    from generators.rules.slides import content_deck

    q = "slides about our results: North — 58%, South — 41%, East — 33%, West — 12%"
    items = ["North — 58%", "South — 41%", "East — 33%", "West — 12%"]
    assert [s.layout for s in list_slides(items, "Results", "en")] == ["chart"]  # a markdown answer's
    given = supplied(q)
    assert given is not None
    deck = content_deck(q, given, "en")  # the user's own list: laid out, never plotted
    assert all(s.layout != "chart" and s.chart is None for s in deck.slides)
    shown = slide_words(deck)
    for value in ("North", "58%", "South", "41%", "East", "33%", "West", "12%"):
        assert value in shown


def test_an_explicit_count_still_gives_one_item_a_slide_or_shares_them_out() -> None:
    deck = plan(
        "4 slides on the roadmap: January hire 2 designers, March open the Berlin office, June reach 500 customers"
    )
    assert len(deck.slides) == 3  # one slide per item, as asked
    two = plan("make 2 slides about onboarding: accounts, laptop, first week, buddy, badge, wiki, lunch")
    assert len(two.slides) == 1 and len(two.slides[0].bullets) == 7  # all seven on the one slide allowed


# ----------------------------------------------------------------------------------- infographic


def _text_area(page: Page) -> float:
    boxes = [el for el in page.elements if isinstance(el, TextBox) and el.name.startswith("block")]
    return union_area([b.rect for b in boxes])


def _content(theme_name: str = "light") -> Rect:
    theme = get_theme(theme_name)
    return Rect(theme.margin, 0, theme.page_width - 2 * theme.margin, theme.page_height)


def test_a_short_list_on_an_infographic_fills_its_row_as_cards_with_larger_type() -> None:
    info = plan(PRINCIPLES)
    assert isinstance(info, InfographicPlan) and isinstance(info.blocks[0], ChecklistBlock)
    ctx = Context(get_theme("light"))
    (page,) = infographic.layout(info, ctx).pages
    cards = [el for el in page.elements if isinstance(el, Shape) and ".card[" in el.name]
    assert len(cards) == 4
    assert len({round(c.rect.y) for c in cards}) == 1  # one row, side by side
    area = _content()
    assert sum(c.rect.w for c in cards) >= 0.8 * area.w
    assert min(c.rect.h for c in cards) >= 0.3 * area.h
    items = [el for el in page.elements if isinstance(el, TextBox) and ".item[" in el.name]
    assert [b.paragraphs[0].text for b in items] == [
        "Start small",
        "Measure everything",
        "Share early",
        "Fix forward",
    ]
    assert min(b.size for b in items) > COMPACT.item * 1.3  # grown from the compact 15 pt
    assert max(b.size for b in items) <= 1.6 * ctx.theme.body_size + 1e-6  # within the type scale


def test_an_under_filled_page_grows_its_text_and_a_full_one_does_not() -> None:
    ctx = Context(get_theme("light"))
    items = ["Tent", "Sleeping bag", "Headlamp", "Water filter", "Stove", "Map", "First aid kit"]
    short = InfographicPlan(title="Packing", blocks=[ChecklistBlock(items=items)])
    (page,) = infographic.layout(short, ctx).pages
    boxes = [el for el in page.elements if isinstance(el, TextBox) and ".item[" in el.name]
    assert len(boxes) == 7 and min(b.size for b in boxes) > COMPACT.item * 1.3
    heading = InfographicPlan(title="Packing", blocks=[ChecklistBlock(title="Bring", items=items)])
    (page2,) = infographic.layout(heading, ctx).pages
    head = next(el for el in page2.elements if isinstance(el, TextBox) and el.name.endswith(".heading"))
    body = [el for el in page2.elements if isinstance(el, TextBox) and ".item[" in el.name]
    assert head.size > max(b.size for b in body)  # headings stay larger than the items
    assert _text_area(page) > 0.1 * _content().w * _content().h
    full = InfographicPlan(
        title="Long",
        blocks=[
            ChecklistBlock(title=f"Part {k}", items=[f"Point {k}.{i} with a few words" for i in range(12)])
            for k in range(4)
        ],
    )
    sizes = {
        el.size
        for p in infographic.layout(full, ctx).pages
        for el in p.elements
        if isinstance(el, TextBox) and ".item[" in el.name
    }
    assert max(sizes) <= COMPACT.item  # a full document keeps its compact type
    assert max_scale(ctx.theme) <= 1.8


def test_both_painters_draw_the_grown_cards() -> None:
    from xml.etree import ElementTree

    from pptx import Presentation

    from render.powerpoint import write_deck
    from render.svg import page_svg

    theme = get_theme("light")
    layout = infographic.layout(plan(PRINCIPLES), Context(theme))
    words = ["Start small", "Measure everything", "Share early", "Fix forward"]
    tree = ElementTree.fromstring(page_svg(layout.pages[0], theme))
    svg_text = " ".join(" ".join(t.itertext()) for t in tree.iter() if t.tag.endswith("text"))
    prs = Presentation(io.BytesIO(write_deck([(layout, theme)])))
    slide = prs.slides[0]
    ppt_text = " ".join(
        sh.text_frame.text.replace("\n", " ").replace("\v", " ") for sh in slide.shapes if sh.has_text_frame
    )
    for word in words:
        for said in (svg_text, ppt_text):
            assert all(part in said for part in word.split())
    cards = [sh for sh in slide.shapes if ".card[" in sh.name]
    assert len(cards) == 4 and min(sh.height for sh in cards) >= 0.3 * prs.slide_height

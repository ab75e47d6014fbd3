"""Round 15 of the rules planner, with sentences written for this test (none taken from a labelled
set): bullets typed on one line, a bulleted list of values read as the same series typed on a line,
a list under a request titled by the request, a flowchart asked of a plain list drawn in order, and
the story told before an ask set aside. Each mechanism has a case that must keep its old reading."""

from __future__ import annotations

import pytest

from generators.markdown import markdown_to_diagram, markdown_to_slides
from generators.rules import route
from generators.rules.request import inline_bullets, titled_body
from generators.rules.signals import after_backstory
from render.animation import AnimationPlan
from render.plan import ChartPlan, DiagramPlan, InfographicPlan, SlidesPlan, TextPlan
from tests.rules_plans import plan_of

# ------------------------------------------------------------------------- bullets on one line


def test_bullets_typed_on_one_line_become_a_list() -> None:
    assert inline_bullets("Umzug: - Kartons packen - Strom ummelden - Schlüssel abgeben") == (
        "Umzug:\n- Kartons packen\n- Strom ummelden\n- Schlüssel abgeben"
    )
    assert inline_bullets("旅行の準備：・パスポート ・充電器 ・雨傘").splitlines()[1:] == [
        "- パスポート",
        "- 充電器",
        "- 雨傘",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "quick one: - need a cron line - to run at noon",  # two dashes split a sentence: no list
        "freezer log: -18, -19, -17",  # negative numbers
        "season: Q1 - Q4 looked flat",  # a range
        "shares (%): - tea 40 - coffee 45 - juice 15",  # the series reader already reads the line whole
    ],
)
def test_dashes_that_are_no_bullets_stay_as_typed(line: str) -> None:
    assert inline_bullets(line) == line


def test_a_flow_typed_as_inline_bullets_is_drawn_in_order_under_its_name() -> None:
    plan = plan_of("入职流程画个流程图：- 签合同 - 领电脑 - 开通账号 - 见导师")
    assert isinstance(plan, DiagramPlan) and plan.diagram_type == "flowchart"
    assert plan.title == "入职流程"
    assert [n.label for n in plan.nodes] == ["签合同", "领电脑", "开通账号", "见导师"]
    assert len(plan.edges) == 3


def test_a_mind_map_of_inline_bullets_hangs_them_on_the_topic() -> None:
    plan = plan_of("carte mentale de mon déménagement : - cartons - électricité - adresse - clés")
    assert isinstance(plan, DiagramPlan) and plan.diagram_type == "mindmap"
    labels = [n.label for n in plan.nodes]
    assert labels[0] == "Mon déménagement" and sorted(labels[1:]) == [
        "adresse",
        "cartons",
        "clés",
        "électricité",
    ]


# ----------------------------------------------------------------------- a list of values


def test_a_bulleted_list_of_counts_is_the_series_typed_on_a_line() -> None:
    bulleted = plan_of("bird count in the garden today:\n- 6 sparrows\n- 2 robins\n- 9 starlings")
    typed = plan_of("bird count in the garden today: 6 sparrows, 2 robins, 9 starlings")
    for plan in (bulleted, typed):
        assert isinstance(plan, ChartPlan)
        assert plan.categories == ["sparrows", "robins", "starlings"] and plan.series[0].values == [6, 2, 9]


def test_a_typed_list_of_amounts_is_charted_like_the_line_not_as_a_table_of_unnamed_columns() -> None:
    bulleted = plan_of("pie chart of our grocery spend:\n- veg 60\n- bread 25\n- cheese 40")
    typed = plan_of("pie chart of our grocery spend: veg 60, bread 25, cheese 40")
    assert isinstance(bulleted, ChartPlan) and isinstance(typed, ChartPlan)
    assert (bulleted.title, bulleted.answer) == (typed.title, typed.answer)
    assert "label" not in bulleted.title.lower()


def test_a_bulleted_list_without_a_value_each_stays_a_list() -> None:
    assert route("things to pack:\n- 2 towels\n- sun cream\n- a hat").kind != "chart"


def test_an_animation_over_bulleted_years_moves_through_them() -> None:
    plan = plan_of("animate our members year by year:\n- 2021 140\n- 2022 175\n- 2023 230")
    assert isinstance(plan, AnimationPlan)
    chart = plan.scenes[0].visual
    assert isinstance(chart, ChartPlan) and chart.series[0].values == [140, 175, 230]


# ------------------------------------------------------------------ a list under a request


def test_a_list_under_a_request_is_titled_by_the_request() -> None:
    plan = plan_of(
        "Rules for the shared kitchen:\n- label your food\n- wash up the same day\n- bins out on Friday"
    )
    assert isinstance(plan, InfographicPlan) and plan.title == "Rules for the shared kitchen"
    assert titled_body("Make slides from this:\n- a point\n- another") == "- a point\n- another"
    story = "We met last week and talked for hours. Here they are:\n- one\n- two"
    assert titled_body(story) == "- one\n- two"  # a story on the first line is no title


def test_a_list_that_names_nothing_is_not_titled_by_its_first_item() -> None:
    deck = plan_of("Turn these notes into slides:\n- sign the lease\n- book movers\n- change address")
    sheet = plan_of("Make an infographic of this:\n- gloves on\n- mask on\n- wash hands")
    assert isinstance(deck, SlidesPlan) and deck.title == "Overview"
    assert isinstance(sheet, InfographicPlan) and sheet.title == "Overview"
    assert "sign the lease" in deck.slides[0].bullets  # the first item is still an item
    assert (
        "book movers" in deck.answer and "Overview: Overview" not in deck.answer
    )  # the answer names the points
    de = markdown_to_slides("- Kartons packen\n- Strom ummelden", lang="de")
    assert de.title == "Überblick"


def test_a_flat_list_drawn_as_a_diagram_never_repeats_its_first_item() -> None:
    hub = markdown_to_diagram("- wheels\n- frame\n- brakes")
    assert [n.label for n in hub.nodes].count("wheels") == 1 and len(hub.nodes) == 4
    flow = markdown_to_diagram("- wash\n- dry\n- fold", diagram_type="flowchart")
    assert [n.label for n in flow.nodes] == ["wash", "dry", "fold"] and len(flow.edges) == 2


def test_a_slide_count_asked_over_inline_bullets_keeps_every_item_whole() -> None:
    plan = plan_of("4 slides on the club season: - 14 wins - new coach - 60 members - cup final")
    assert isinstance(plan, SlidesPlan)
    text = " ".join(s.title for s in plan.slides)
    assert all(p in text.lower() for p in ("wins", "new coach", "members", "cup final"))


# ------------------------------------------------------------------ the story before the ask


def test_the_story_before_an_ask_is_set_aside() -> None:
    plan = plan_of(
        "My nephew starts his first job on Monday and is nervous about it. Could you reveal his first "
        "week one by one: meet the team, set up the laptop, shadow a colleague, first small task?"
    )
    assert isinstance(plan, AnimationPlan)
    labels = [n.label for n in plan.scenes[0].visual.nodes]
    assert labels == ["meet the team", "set up the laptop", "shadow a colleague", "first small task"]


def test_an_ask_is_never_the_part_set_aside() -> None:
    # the ask comes first: what follows is what it is for, no content to lay out
    plan = plan_of(
        "Could you make me a slide deck on beekeeping? It's for a talk at the village hall — hives, honey"
    )
    assert isinstance(plan, TextPlan)
    cuts = after_backstory("Sales rose 5% this year. We want slides — a deck for the board")
    assert cuts == []  # a number in the first sentence: content, never set aside

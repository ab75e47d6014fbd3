"""Lists whose parts are joined to each other ('then', 'into', 'back to', 'oradan', '然后') are drawn
as a diagram, with the joining words out of the boxes and a return to the first part as a loop;
a word numbered in every item ('baan 1 812') labels its value; an event named after a tool ('quiz
night') or a source ('家計簿から') is neither the tool nor a tracker."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.markdown.diagram import chain_diagram
from generators.rules import RulesPlanner
from generators.rules.extract import extract_data
from generators.rules.router import route


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    "question",
    [
        "so my niece sees how the water moves in the aquarium: pump, then the heater, into the filter, and back to the pump",
        "pour l'électricien : compteur, puis le disjoncteur, ensuite les prises du salon",
        "mutfaktaki su tesisatı: ana vana, sayaç, oradan şofben, sonra evye",
        "给学生看的：电池正极接开关，然后接灯泡，再回到电池",
    ],
)
def test_a_list_of_joined_parts_is_a_diagram(question: str) -> None:
    assert route(question).kind == "diagram"
    plan = _plan(question)
    assert plan.kind == "diagram" and len(plan.nodes) >= 3


def test_joining_words_leave_the_boxes_and_a_return_closes_the_loop() -> None:
    plan = chain_diagram(["pump", "then the heater", "into the filter", "and back to the pump"], "Tank")
    assert [n.label for n in plan.nodes] == ["pump", "the heater", "the filter"]
    assert plan.diagram_type == "cycle"
    assert {(e.source, e.target) for e in plan.edges} == {("n1", "n2"), ("n2", "n3"), ("n3", "n1")}
    # a return to something never named before is a step of its own
    plan = chain_diagram(["battery plus", "switch", "bulb", "back to the minus pole"], "Circuit")
    assert len(plan.nodes) == 4 and plan.diagram_type == "flowchart"


def test_a_plain_list_without_joins_stays_cards() -> None:
    assert route("for the fridge: milk, eggs, bread, butter, apples").kind != "diagram"


def test_a_word_numbered_in_every_item_labels_its_value() -> None:
    data = extract_data("uren per baan vorig seizoen: baan 1 812, baan 2 774, baan 3 690, baan 4 455")
    assert data is not None and data.categories == ["baan 1", "baan 2", "baan 3", "baan 4"]
    assert data.values == [812, 774, 690, 455]
    assert extract_data(
        "voor de clubavond: aantal uren per baan — baan 1 812, baan 2 774, baan 3 690"
    ).metric == ("aantal uren")


def test_an_event_or_a_source_named_like_a_tool_is_no_app() -> None:
    assert _plan("money raised at each quiz night: jan £212, mar £340, may £198, jul £410").kind == "chart"
    assert _plan("家計簿から毎月の電気代（円）：4月 8,300 5月 7,900 6月 6,100 7月 9,200").kind == "chart"


def test_a_pasted_list_of_short_items_is_a_page_and_one_joined_up_is_a_diagram() -> None:
    shopping = "the list for the party, so everyone at home sees it:\n- balloons\n- cake\n- candles\n- music"
    assert route(shopping).kind == "infographic"
    org = "für die Neuen, wer wem unterstellt ist:\nChefin\n- Vertrieb (unter ihr 3 Leute)\n- Finanzen (unter ihr die Buchhaltung)"
    assert route(org).kind == "diagram"
    deck = "Put these notes into a PowerPoint:\n- sales up 12%\n- two new hires\n- office moves in May"
    assert route(deck).kind == "slides"

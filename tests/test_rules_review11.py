"""Review of round 11's rule changes: defects found by probing, each pinned by a request of our own."""

from __future__ import annotations

from generators.base import PlanRequest
from generators.rules.content import split_items
from generators.rules.planner import RulesPlanner
from generators.rules.relations import AFTER_PARENT
from generators.rules.router import route


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def test_a_breakage_word_does_not_outrank_a_visual_asked_for() -> None:
    # "broken down by" is a breakdown, and a visual asked in the same breath is what is wanted
    assert (
        route("Our budget broken down by item: rent 900, food 250, bus 60. Could you make a pie chart?").kind
        == "chart"
    )
    assert (
        route(
            "Die Spülmaschine ist kaputt – mach eine Präsentation über die Kosten: Pumpe 80, Motor 140?"
        ).kind
        == "slides"
    )
    assert route("每周故障次数：第1周3次，第2周5次，第3周4次。能画个柱状图吗？").kind == "chart"
    # a question about the thing that broke stays a repair question
    assert route("My egg timer is broken, can I fix it myself?").kind == "text"


def test_a_piece_written_once_is_no_regular_record() -> None:
    for q in (
        "Write down the story of daily trains in Japan in two paragraphs",
        "हर दिन की आदतों पर एक कविता लिखो",
        "毎朝の運動を続けるコツを教えて。気をつけて頑張りたい",
    ):
        assert route(q).kind != "app", (q, route(q))
    assert route("I note down my blood pressure twice a day").kind == "app"


def test_a_seven_day_trip_is_no_schedule() -> None:
    import re

    from generators.rules.app_cues import RECORDED_REGULARLY

    assert re.search(RECORDED_REGULARLY, "log the stops of our 7 day trip", re.I) is None
    assert re.search(RECORDED_REGULARLY, "I log my sugar 3 times a day", re.I) is not None


def test_the_settle_up_ask_is_not_one_of_the_people() -> None:
    plan = _plan("Split the costs between Mia, Olu and Raj, who owes whom? Mia 90, Olu 60, Raj 0")
    assert plan.kind == "app"
    labels = [i.label for i in plan.inputs]
    assert len(labels) == 3 and all("owes" not in label for label in labels), labels
    share = next(c for c in plan.computed if c.name == "share")
    assert share.formula == "total / 3"


def test_a_run_of_times_named_after_its_last_stays_a_list() -> None:
    assert split_items("7:30, 12:00 and 19:45 walks") == ["7:30", "12:00", "19:45 walks"]
    assert split_items("8am and 6pm insulin, 10pm snack") == ["8am and 6pm insulin", "10pm snack"]


def test_a_hindi_possessive_is_not_split_at_its_ending() -> None:
    # "उनके नीचे" (under them) is one word and a postposition, never "उन" + "के नीचे"
    assert len(AFTER_PARENT.split("उनके नीचे दस कर्मचारी")) == 1
    assert len(AFTER_PARENT.split("प्रबंधक के नीचे दस कर्मचारी")) == 2

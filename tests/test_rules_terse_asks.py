"""Terse asks of the rules planner, with sentences written for this test (none taken from a labelled
set): a form corrected inside the request ("bar chart no wait pie", "slides, actually no just an
email"), where what the user ended on decides and their content is kept; and decks typed as
shorthand ("pres", "pitch to the bank", "toolbox talk", "thesis defense", "for the screen") whose
points follow the deck's name with no colon, each point kept and nothing charted across kinds."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from generators.rules.router import settled


def plan_of(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


# A correction after a form named: the part after the last one decides, in many languages.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("graph, no wait, just list them: Mo 31, Jo 12, Al 25", "text"),
        (
            "deck, actually no just an email summarising: rota changed, parking closed fri, new printer",
            "text",
        ),
        ("timeline, scratch that, checklist for the van: tyres, oil, lights, first aid kit", "infographic"),
        ("a slide deck… I mean a flowchart: order in, pick, pack, dispatch", "diagram"),
        ("Diagramm, nein warte, nur eine Liste: Kim 8, Lou 5, Max 11", "text"),
        ("gráfico, no espera, solo dime: Ana 4, Luis 9, Eva 7", "text"),
        ("图表，不对，只要列出来：小刘8，小陈5，小吴11", "text"),
        ("презентацию, хотя нет, просто перечисли: Оля 7, Петя 3, Вася 9", "text"),
    ],
)
def test_the_form_ended_on_wins(question: str, kind: str) -> None:
    assert route(question).kind == kind
    assert plan_of(question).kind == kind


def test_a_corrected_chart_type_reaches_the_builder() -> None:
    plan = plan_of("line chart no wait pie: rent 800, bills 200, food 250")
    assert plan.kind == "chart" and plan.chart_type == "pie"
    assert plan.categories == ["rent", "bills", "food"]
    assert "wait" not in plan.series[0].name.lower()


def test_a_list_asked_for_in_words_keeps_every_item() -> None:
    plan = plan_of("chart, no wait, just list them in order: Mo 31, Jo 12, Al 25")
    assert plan.kind == "text"
    assert [ln.strip("- ") for ln in plan.answer.splitlines()] == ["Mo 31", "Al 25", "Jo 12"]
    mail = plan_of(
        "slides, actually no just an email about it: rota changed, parking closed fri, new printer"
    )
    assert mail.kind == "text"
    for item in ("rota changed", "parking closed fri", "new printer"):
        assert item in mail.answer


def test_settled_drops_only_the_superseded_form() -> None:
    assert settled("bar chart no wait pie: a 1, b 2, c 3") == "pie: a 1, b 2, c 3"
    assert settled("a chart of sales: north 5, south 7") == "a chart of sales: north 5, south 7"
    # no form named before it: "actually" corrects nothing
    assert settled("I actually need a chart of sales: north 5, south 7").startswith("I actually")
    # a form named, but nothing named or asked after: the message stays whole
    assert settled("a flowchart of how our team actually works: plan, build, ship").startswith("a flowchart")


# Shorthand decks whose points follow the deck's name with no colon.
@pytest.mark.parametrize(
    ("question", "title", "points"),
    [
        (
            "deck h1 recap sales +8%, returns down to 1.4%, 2 new stores, H2 goals app + FR",
            "H1 recap",
            ["Sales +8%", "Returns down to 1.4%", "2 new stores", "H2 goals app + FR"],
        ),
        (
            "school fair pres who runs it, 300 pupils, 40 stalls, raffle, bake sale",
            "School fair",
            ["Who runs it", "300 pupils", "40 stalls", "Raffle", "Bake sale"],
        ),
        (
            "pitch to the council cafe kiosk need 25k footfall 900/day margin 18% payback 2 yrs",
            "Cafe kiosk",
            ["Need 25k", "Footfall 900/day", "Margin 18%", "Payback 2 yrs"],
        ),
        (
            "safety talk forklift 5 mph limit, horn at corners, no passengers, forks down when parked",
            "Forklift",
            ["5 mph limit", "Horn at corners", "No passengers", "Forks down when parked"],
        ),
        (
            "dissertation defense outline context, methods n=64 interviews, findings 4 themes, limits",
            "Dissertation defense",
            ["Context", "Methods n=64 interviews", "Findings 4 themes", "Limits"],
        ),
        (
            "Folien Jahresrückblick Gewinn +9 %, 2 neue Filialen, Ziel 2025 Onlineshop",
            "Jahresrückblick",
            ["Gewinn +9 %", "2 neue Filialen", "Ziel 2025 Onlineshop"],
        ),
        (
            "月度汇报ppt 销量增长8% 新门店2家 下月目标上线小程序",
            "月度汇报",
            ["销量增长8%", "新门店2家", "下月目标上线小程序"],
        ),
        (
            "동아리 발표자료 소개, 활동 횟수 12회, 성과, 계획",
            "동아리",
            ["소개", "활동 횟수 12회", "성과", "계획"],
        ),
    ],
)
def test_terse_deck_keeps_every_point(question: str, title: str, points: list[str]) -> None:
    plan = plan_of(question)
    assert plan.kind == "slides"
    assert plan.title == title
    text = str([s.model_dump() for s in plan.slides]).lower()
    for point in points:
        assert point.lower() in text, (point, text)
    assert not any(s.layout == "chart" for s in plan.slides)  # numbers of different kinds: never one chart


def test_agenda_for_the_screen_is_a_deck() -> None:
    plan = plan_of("club meeting agenda for the screen: welcome, accounts, new kit, any other business")
    assert plan.kind == "slides"
    assert "New kit" in str(plan.model_dump())


@pytest.mark.parametrize(
    "question",
    [
        "talk to my boss about a raise, what do i say",
        "the club pres said we need 3 more volunteers",
        "press release for the reopening: may 3, 40 seats, live music",
        "what's the pitch of a roof at 30 degrees",
        "how do I present myself at an interview",
    ],
)
def test_look_alikes_are_no_deck(question: str) -> None:
    assert route(question).kind != "slides"


def test_a_correction_too_bare_to_build_from_builds_from_the_whole_message() -> None:
    plan = plan_of("a stopwatch no actually a countdown to sat 9am")
    assert route("a stopwatch no actually a countdown to sat 9am").kind == "app"
    assert plan.kind == "app"

"""Requests typed like a search: few words, no punctuation, '>' for arrows, a month and its value.

Terse input has no sentence to lean on, so each check here is about structure the planner must read
from the few words there are, and about what must not be read into them.
"""

from __future__ import annotations

from datetime import date

import pytest

from generators.base import PlanRequest
from generators.rules.app_more import countdown
from generators.rules.planner import RulesPlanner
from generators.rules.request import gt_chain


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    "question",
    [
        "bar chart sales jan 40 feb 52 mar 61 apr 58",
        "ventas por mes ene 40 feb 52 mar 61",
        "sales jan 12 feb 15 mar 11",
    ],
)
def test_a_month_and_its_value_one_after_another_is_a_series_not_dates(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "chart" and len(plan.categories) == len(plan.series[0].values) >= 3
    assert plan.series[0].values[0] in (40, 12)


def test_a_month_with_a_day_beside_an_event_is_still_a_date() -> None:
    plan = _plan("kickoff march 3, beta june 1, launch sept 15")
    assert plan.kind != "chart"


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("flowchart order > pick > pack > ship", ["order", "pick", "pack", "ship"]),
        ("diagrama de flujo: pedido > pago > envío", ["pedido", "pago", "envío"]),
        ("请假流程：申请 > 主管审批 > 人事备案", ["申请", "主管审批", "人事备案"]),
        ("Ablauf Urlaubsantrag: Antrag > Teamleitung > HR > Lohnbuchhaltung", ["Antrag", "Teamleitung", "HR", "Lohnbuchhaltung"]),
    ],
)  # fmt: skip
def test_steps_joined_by_greater_than_signs_are_a_flow(question: str, labels: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "diagram"
    shown = [n.label for n in plan.nodes]
    assert all(any(label.lower() in s.lower() for s in shown) for label in labels), shown
    assert len(plan.edges) == len(labels) - 1


def test_an_org_chart_typed_with_greater_than_signs_keeps_its_branches() -> None:
    plan = _plan("org chart: CEO > CTO, CFO; CTO > 3 devs")
    assert plan.kind == "diagram"
    names = {n.id: n.label for n in plan.nodes}
    edges = {(names[e.source], names[e.target]) for e in plan.edges}
    assert edges == {("CEO", "CTO"), ("CEO", "CFO"), ("CTO", "3 devs")}


@pytest.mark.parametrize("question", ["if x > 5 and y > 3 then alert", "scores 3 > 2 > 1", "a >= b > c"])
def test_a_comparison_is_never_read_as_arrows(question: str) -> None:
    assert gt_chain(question) == question


@pytest.mark.parametrize(
    "question",
    [
        "логотип лиса зелёный золотой",
        "キツネのロゴ 緑と金",
        "여우 로고 초록 금색",
        "लोगो लोमड़ी हरा सुनहरा",
        "logotipo zorro verde",
    ],
)
def test_a_logo_is_a_picture_in_every_language(question: str) -> None:
    assert _plan(question).kind == "image"


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("countdown to christmas", date(2026, 12, 25)),
        ("cuenta atrás para navidad", date(2026, 12, 25)),
        ("クリスマスまでのカウントダウン", date(2026, 12, 25)),
        ("countdown to christmas eve", date(2026, 12, 24)),
        ("countdown to new year's eve", date(2026, 12, 31)),
        ("countdown to new year", date(2027, 1, 1)),
        ("countdown to halloween", date(2027, 10, 31)),
    ],
)
def test_a_day_fixed_in_the_calendar_is_counted_down_to_by_its_name(question: str, day: date) -> None:
    plan = countdown(question, "en", today=date(2026, 12, 2))
    assert plan is not None and f"to {day.isoformat()}" in plan.answer


def test_an_npv_calculator_is_its_definition() -> None:
    from render.interactive_state import evaluate

    plan = _plan("npv calculator")
    assert plan.kind == "app" and plan.title == "Net present value"
    values = evaluate(plan, {"initial": 1000, "cashflow": 500, "years": 3, "rate": 10}).values
    assert values["npv"] == pytest.approx(500 / 1.1 + 500 / 1.1**2 + 500 / 1.1**3 - 1000)


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("tracker for my runs distance and time", ["Date", "Distance", "Time"]),
        ("sleep log hours, quality", ["Date", "Hours", "Quality"]),
        ("bp log", ["Date", "Bp"]),
    ],
)
def test_a_tracker_typed_without_articles_or_colons_keeps_its_fields(
    question: str, fields: list[str]
) -> None:
    plan = _plan(question)
    assert plan.kind == "app" and [f.name for f in plan.views[0].fields] == fields

"""Round 19 of the `app` kind: tools whose rule the user states (a rate, a reference, a threshold, a
count of things), read in the user's language, built only from that rule, with every label in it.

Questions here are written for these tests (none is copied from the labelled sets). Each plan is
checked by computing its formulas with `render.formula` on example values.
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from render.formula import evaluate, parse
from render.interactive_model import AppPlan

PLANNER = RulesPlanner()


def plan_of(question: str) -> Any:
    return PLANNER.plan(PlanRequest(question=question)).plan


def app_of(question: str) -> AppPlan:
    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan.kind, getattr(plan, "answer", "")[:120])
    return plan


def compute(plan: AppPlan, **values: Any) -> dict[str, Any]:
    """Every computed value of the plan, for these inputs (others at their defaults)."""
    env: dict[str, Any] = {i.name: values.get(i.name, i.default) for i in plan.inputs}
    for c in plan.computed:
        env[c.name] = evaluate(parse(c.formula).tree, env)
    return env


def test_hours_to_person_days_in_russian() -> None:
    plan = app_of("сделай утилиту, чтобы переводить часы в человеко-дни (8 часов в дне)")
    assert plan.language == "ru"
    (hours,) = plan.inputs
    assert hours.label == "Часы"
    out = compute(plan, **{hours.name: 40})
    assert out[plan.computed[0].name] == pytest.approx(5.0)
    assert "8 часов в дне" in plan.answer and "по вашему правилу" in plan.answer


def test_a_reference_of_100_percent_in_dutch() -> None:
    plan = app_of(
        "maak iets waar ik mijn uren per week in zet en dan zie welk deeltijdpercentage het is, 36 uur is 100%"
    )
    assert plan.language == "nl"
    (hours,) = plan.inputs
    assert hours.label == "Uren per week"
    assert plan.computed[0].label == "Deeltijdpercentage"
    assert compute(plan, **{hours.name: 18})["pct"] == pytest.approx(50.0)


def test_a_rate_per_km_times_the_counts_named_and_no_return_trip() -> None:
    plan = app_of(
        "maak een rekentool voor de kilometervergoeding: km enkele reis, aantal dagen, € 0,19 per km"
    )
    assert [i.label for i in plan.inputs] == ["Km enkele reis", "Aantal dagen"]
    km, days = (i.name for i in plan.inputs)
    assert compute(plan, **{km: 20, days: 2})["result"] == pytest.approx(7.6)  # 20 × 2 × 0.19, one way
    assert "km enkele reis × aantal dagen × 0,19 €" in plan.answer


def test_the_hour_at_two_dinars_in_arabic() -> None:
    plan = app_of("أبغى شي أحسب فيه وقت كل جهاز بالمحل وكم لازم يدفع، الساعة بدينارين")
    assert plan.language == "ar"
    (time,) = plan.inputs
    assert time.label.startswith("وقت كل جهاز")
    assert compute(plan, **{time.name: 3})["result"] == pytest.approx(6.0)
    assert plan.computed[0].label == "المبلغ المطلوب"


def test_points_of_each_player_at_a_rate_in_german() -> None:
    plan = app_of(
        "Ich will beim Skatabend die Punkte eintragen und sehen, wer wie viel zahlen muss, 3 Spieler, 2 Cent pro Punkt"
    )
    assert plan.language == "de"
    assert [i.label for i in plan.inputs] == [f"Spieler {n} (Punkt)" for n in (1, 2, 3)]
    assert compute(plan, p2=50)["pay2"] == pytest.approx(100.0)
    assert plan.computed[0].label == "Spieler 1: Zu zahlen"


def test_a_count_times_a_quantity_named_in_korean_and_nothing_more() -> None:
    plan = app_of("세트 수랑 무게를 입력하면 총 볼륨을 계산해주는 거 만들어줘")
    assert plan.language == "ko"
    assert [i.label for i in plan.inputs] == ["세트 수", "무게"]
    a, b = (i.name for i in plan.inputs)
    assert compute(plan, **{a: 4, b: 60})["result"] == pytest.approx(240.0)  # no repetitions made up
    assert plan.computed[0].label == "총 볼륨"


def test_a_countdown_to_a_date_typed_says_the_tasks_are_not_given() -> None:
    plan = app_of("algo donde meta la fecha del viaje y me diga cuántos días faltan y qué tareas tengo")
    assert plan.language == "es"
    assert [i.type for i in plan.inputs] == ["date", "date"]
    assert compute(plan, today="2025-01-01", target="2025-01-31")["days"] == 30
    assert "tareas" in plan.answer and "solo los días" in plan.answer


def test_overtime_beyond_the_hours_stated_in_italian() -> None:
    plan = app_of("un piccolo strumento per calcolare le ore di straordinario, oltre le 7 ore al giorno")
    assert plan.language == "it"
    (hours,) = plan.inputs
    assert plan.computed[0].label == "Ore di straordinario"
    assert compute(plan, **{hours.name: 9.5})["over"] == pytest.approx(2.5)
    assert compute(plan, **{hours.name: 6})["over"] == 0


def test_a_rate_per_unit_that_no_typed_quantity_uses_builds_nothing_made_up() -> None:
    plan = plan_of("maak een rekentool: naam, leeftijd, € 0,23 per km")
    assert not (isinstance(plan, AppPlan) and any("0.23" in c.formula for c in plan.computed))


def test_english_converter_at_a_stated_rate_is_unchanged() -> None:
    plan = app_of("convert hours to person-days (7 h a day)")
    (hours,) = plan.inputs
    assert compute(plan, **{hours.name: 35})[plan.computed[0].name] == pytest.approx(5.0)


def test_a_listed_distance_and_count_at_a_rate_in_russian() -> None:
    plan = app_of("калькулятор: километры, количество поездок, 12 рублей за км")
    assert [i.label for i in plan.inputs] == ["Километры", "Количество поездок"]
    km, trips = (i.name for i in plan.inputs)
    assert compute(plan, **{km: 15, trips: 4})["result"] == pytest.approx(720.0)


def test_a_reference_names_the_result_the_user_asks_for_in_french() -> None:
    plan = app_of(
        "un outil où je mets mes heures par semaine et il me donne le pourcentage, 35 heures = 100%"
    )
    assert plan.language == "fr"
    assert plan.computed[0].label == "Pourcentage"
    assert compute(plan, **{plan.inputs[0].name: 28})["pct"] == pytest.approx(80.0)

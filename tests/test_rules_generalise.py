"""Classes of questions the rules planner generalises over, each with examples written for this test
(none taken from a labelled set): motion asked of the visual, tools to play with, writing tasks on
given text, data pasted in odd formats, more languages, and what an attachment is asked about."""

from __future__ import annotations

from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route


def plan_kind(question: str, **kw: object) -> str:
    return RulesPlanner().plan(PlanRequest(question=question, **kw)).plan.kind


# Motion asked of the visual itself ("make the bars grow", "the line drawing itself"), by language;
# describing how data changed ("how did it grow") stays a static chart.
@pytest.mark.parametrize(
    "question",
    [
        "make the bars grow for our donations: 2020 5, 2021 9, 2022 14",
        "watch our subscriber count tick up: Jan 100, Feb 180, Mar 260",
        "a short clip of the line drawing itself: week 1 3, week 2 5, week 3 9",
        "play it through the years: 2019 2, 2020 4, 2021 7",
        "anime les ventes : 2021 10, 2022 20, 2023 35",
        "anima a receita: 2021 10, 2022 12, 2023 18",
        "laat de staven groeien: 2021 4, 2022 7, 2023 9",
        "hareketli bir grafik yap: 2021 3, 2022 6, 2023 8",
        "ارسم مخططاً متحركاً للمبيعات: 2021 10، 2022 20، 2023 25",
        "biểu đồ chạy cho doanh số: 2021 5, 2022 8, 2023 11",
    ],
)
def test_motion_asked_of_the_visual_animates(question: str) -> None:
    assert route(question).kind == "animation"
    assert plan_kind(question) == "animation"


@pytest.mark.parametrize(
    "question",
    [
        "how did our donations grow: 2020 5, 2021 9, 2022 14",
        "revenue rose in each year: 2021 4, 2022 6, 2023 9",
        "the totals by race category: sprint 12, marathon 30, relay 8",
    ],
)
def test_change_described_in_the_data_stays_a_chart(question: str) -> None:
    assert route(question).kind == "chart"


# Tools to play with, asked for by what one wants to do with the numbers ("where I can filter",
# "change X and see", "pouvoir changer", "可以筛选") or by a tool noun in the user's language.
@pytest.mark.parametrize(
    "question",
    [
        "something where my team can sort the open bugs",
        "je veux pouvoir filtrer les commandes et voir le total",
        "做一个可以筛选地区的销售面板",
        "een rekentool voor de huur",
        "kalkulator kosztów podróży",
    ],
)
def test_wanting_to_act_on_the_numbers_asks_for_an_app(question: str) -> None:
    import pandas as pd

    table = pd.DataFrame({"region": ["N", "S", "E"], "amount": [3, 5, 2], "status": ["open", "done", "open"]})
    assert route(question, table=table).kind == "app"


def app_plan(question: str, **kw: object) -> Any:
    plan = RulesPlanner().plan(PlanRequest(question=question, **kw)).plan
    assert plan.kind == "app", getattr(plan, "answer", "")
    return plan


def test_a_factor_the_user_wrote_makes_a_converter() -> None:
    plan = app_plan("a converter for my recipes: 1 tbsp = 15 ml")
    assert "15.0" in plan.computed[0].formula and plan.inputs[0].label == "tbsp"


def test_prices_per_unit_with_a_fixed_fee_make_a_cost_calculator() -> None:
    plan = app_plan("make me a tool for my power bill: 0.30 €/kWh plus 12 € fixed fee")
    assert plan.computed[0].formula.endswith("* 0.3 + 12.0")


@pytest.mark.parametrize(
    ("question", "added"),
    [
        ("VAT calculator: enter the net price, 19% on top", True),
        ("service fee calculator: the amount, 4% of it", False),
    ],
)
def test_one_percentage_and_an_amount_make_a_percent_tool(question: str, added: bool) -> None:
    plan = app_plan(question)
    assert "19.0" in plan.computed[0].formula or "4.0" in plan.computed[0].formula
    assert any(c.name == "total" for c in plan.computed) == added


def test_a_countdown_counts_to_the_date_given() -> None:
    from datetime import date

    from generators.rules.app_more import countdown

    plan = countdown("countdown to my exam on 3 march", "en", today=date(2025, 1, 1))
    assert (
        plan.inputs[1].default == "2025-03-03" and plan.computed[0].formula == "days_between(today, target)"
    )
    plan = countdown("a countdown to the launch on 2030-01-15", "en", today=date(2025, 1, 1))
    assert plan.inputs[1].default == "2030-01-15"


def test_a_price_list_makes_an_order_form() -> None:
    plan = app_plan("snack bar prices: chips 1.50, soda 2.00, candy 0.80 - an order calculator")
    assert [i.label for i in plan.inputs] == ["chips (1.5)", "soda (2)", "candy (0.8)"]
    assert plan.computed[-1].formula == "chips * 1.5 + soda * 2.0 + candy * 0.8"


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("fuel calculator: enter litres and kilometres → litres per 100 km", "litres / kilometres * 100.0"),
        ("paint calculator: wall area and price per m²", "wall_area * price_per_m"),
        ("I want to change the hours and the hourly rate and see what I earn", "hours * hourly_rate"),
    ],
)
def test_named_quantities_combine_as_the_wording_says(question: str, formula: str) -> None:
    assert app_plan(question).computed[0].formula == formula


def test_term_pairs_without_a_separator_make_flashcards() -> None:
    plan = app_plan("flashcards: hund dog, katze cat, haus house")
    assert [(q.question, q.answer) for q in plan.views[0].questions] == [
        ("hund", "dog"),
        ("katze", "cat"),
        ("haus", "house"),
    ]


def test_an_explorer_on_a_column_named_like_a_keyword_is_valid() -> None:
    import pandas as pd

    table = pd.DataFrame(
        {"class": ["7A", "7B"] * 3, "and": ["x", "y", "x"] * 2, "score": [50, 60, 70, 80, 90, 65]}
    )
    plan = app_plan("let me explore the scores by class", table=table)
    assert {f.column for f in plan.filters} >= {"class"}

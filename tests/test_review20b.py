"""Review of round 20's later changes (casual form names, clips of moving scenes, periods at a time, totals
asked in words, a formula the user writes, 'let them play with it'): the near misses those changes
caught, each pinned to the form it had before and the plan fields a user sees."""

from __future__ import annotations

from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner


def _plan(question: str) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


# ------------------------------------------------------------------------- a formula the user writes


@pytest.mark.parametrize(
    ("question", "title", "formula", "labels"),
    [
        # "x" inside a word is no times sign: "taxes" and "box" stay whole
        ("calculator for net pay = gross - taxes", "Net pay", "gross - taxes", ["gross", "taxes"]),
        ("calculator: total = subtotal + tax", "Total", "subtotal + tax", ["subtotal", "tax"]),
        ("calculator where max load = box weight x 4", "Max load", "box_weight * 4", ["box weight"]),
        # the result is named by the words next to '=', not by the ask before them
        (
            "app where people type width and height and area = width x height",
            "Area",
            "width * height",
            ["width", "height"],
        ),
        ("build a tool where tip = bill × 0.15", "Tip", "bill * 0.15", ["bill"]),
        (
            "a little app for kWh per day (kWp × sun hours × 0.8)",
            "kWh per day",
            "kwp * sun_hours * 0.8",
            ["kWp", "sun hours"],
        ),
        ("a calculator for dog years (human years × 7)", "Dog years", "human_years * 7", ["human years"]),
        # a square written as ² is squared
        ("app: bmi = weight / height²", "Bmi", "weight / height ^ 2", ["weight", "height²"]),
    ],
)
def test_a_written_formula_is_built_as_written(
    question: str, title: str, formula: str, labels: list[str]
) -> None:
    plan = _plan(question)
    assert plan.kind == "app", plan
    assert plan.title == title
    assert [c.formula for c in plan.computed] == [formula]
    assert [i.label for i in plan.inputs] == labels


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("BMI calculator (weight / height²)", "BMI calculator"),  # the catalogue's, height squared in metres
        ("loan calculator (house price - deposit)", "Loan calculator"),  # a payment, not a difference
        ("unit converter for my recipes (cups - grams)", "Volume converter"),
    ],
)
def test_brackets_after_a_named_tool_describe_it_and_build_no_formula(question: str, title: str) -> None:
    plan = _plan(question)
    assert plan.kind == "app"
    assert plan.title == title
    assert all(" - " not in c.formula or "deposit" not in c.formula for c in plan.computed)
    assert "=" not in plan.answer.split(":")[0]


def test_prices_in_unclosed_brackets_are_no_formula() -> None:
    plan = _plan(
        "app for our café menu: people tick what they want (tea - 3, cake - 4, juice - 5) and see the total"
    )
    assert not any(c.formula == "tea - 3" for c in getattr(plan, "computed", []))


# ------------------------------------------------------------------------ 'let them play with it'


def test_letting_a_dog_play_with_dogs_is_no_tool() -> None:
    plan = _plan("let the dog play with other dogs at the park or not?")
    assert plan.kind == "text"
    assert "calculators" not in plan.answer


def test_letting_the_students_play_with_a_formula_is_a_tool() -> None:
    plan = _plan("let the students play with it: speed = distance / time")
    assert plan.kind == "app"
    assert [c.formula for c in plan.computed] == ["distance / time"]


# ------------------------------------------------------------------ periods at a time, moving scenes


@pytest.mark.parametrize(
    "question",
    [
        "I save 200 a month, one month at a time — how much after 2 years?",
        "tips for taking recovery one day at a time after surgery",
        "चलता हुआ औसत क्या होता है? समझाओ",  # "what is a moving average? explain"
    ],
)
def test_a_way_of_living_or_a_moving_average_is_no_animation(question: str) -> None:
    assert _plan(question).kind == "text"


def test_bars_that_grow_one_period_at_a_time_still_animate() -> None:
    plan = _plan("members per month Jan 40, Feb 55, Mar 61, Apr 80: bars should come in one month at a time")
    assert plan.kind == "animation"
    assert plan.scenes[0].visual.categories == ["Jan", "Feb", "Mar", "Apr"]


def test_a_moving_scene_in_hindi_is_still_a_clip() -> None:
    plan = _plan("बारिश में चलता हुआ रिक्शा दिखाओ")
    assert plan.kind == "animation"
    assert plan.scenes[0].visual.kind == "image"


# ----------------------------------------------------------------------------- casual form names


@pytest.mark.parametrize(
    ("question", "categories"),
    [
        (
            "Canva seats by team: design 12, marketing 8, sales 3 — bar chart",
            ["design", "marketing", "sales"],
        ),
        (
            "label art costs: design 300, printing 500, stickers 120 — chart",
            ["design", "printing", "stickers"],
        ),
        (
            "just the picture of the data, no text on it: sales Q1 40, Q2 55, Q3 61 bar chart",
            ["Q1", "Q2", "Q3"],
        ),
    ],
)
def test_a_brand_or_picture_word_beside_a_named_chart_stays_a_chart(
    question: str, categories: list[str]
) -> None:
    plan = _plan(question)
    assert plan.kind == "chart", plan
    assert plan.categories == categories


def test_canva_as_a_brand_in_a_question_asks_for_no_infographic() -> None:
    plan = _plan("is canva or figma better for a school newsletter?")
    assert plan.kind == "text"
    assert "infographic" not in plan.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "canva-style poster for the bake sale: Saturday 10am, cakes £2, all money goes to the school library",
            "infographic",
        ),
        ("label art for my homemade hot sauce, chillies and flames, no text on it", "image"),
        ("just the picture please: a red fox curled up in fresh snow", "image"),
    ],
)
def test_the_casual_form_names_still_name_their_forms(question: str, kind: str) -> None:
    assert _plan(question).kind == kind


def test_showing_stages_one_step_at_a_time_still_animates() -> None:
    plan = _plan("show the seasons one step at a time: spring, summer, autumn, winter")
    assert plan.kind == "animation"

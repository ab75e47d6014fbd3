"""Questions about numbers that want words: a yes or no, a quick answer, a number worked out.

"won 7, drew 2, lost 5 — is that a winning record? just yes or no" is a judgment, not a chart of
7, 2 and 5; "12 lessons of 45 minutes, how many hours?" asks for one number, and the offline planner
says which numbers it saw and what it can work out, instead of charting "12 min" against "45 min"."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.arithmetic import word_problem
from generators.rules.signals import unnegated


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    "question",
    [
        "we scored 3, 1 and 4 goals in the last games. is that good for a new team? yes or no",
        "mi hija durmió 9 horas y 10 horas, ¿es suficiente? sí o no",
        "давление 135 и 140 — это нормально? да или нет",
        "her temperature was 37.9 then 38.2 — should I worry? just a quick answer",
    ],
)
def test_a_yes_or_no_about_numbers_is_words(question: str) -> None:
    p = plan(question)
    assert p.kind == "text"
    assert "highest" not in p.answer and "total" not in p.answer  # no chart reading passed off as a judgment


def test_yes_or_no_is_a_choice_not_a_refusal() -> None:
    assert "yes or no and why" in unnegated("just yes or no and why")
    assert "slides" not in unnegated("no slides please")


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("if 8 rooms take 35 minutes each, how many hours is that?", ["8", "35 minutes"]),
        ("если 20 учеников по 150 рублей, сколько всего?", ["20", "150 руб"]),
        ("سعر الكتاب 40 ريالًا واشتريت 3، كم المجموع؟", ["40 ريال", "3"]),
        ("一箱 24 瓶，买了 5 箱，一共多少瓶？", ["24", "5"]),
    ],
)
def test_a_number_asked_for_is_worked_out_or_explained_never_charted(
    question: str, numbers: list[str]
) -> None:
    p = plan(question)
    assert p.kind == "text"
    found = word_problem(question)
    assert found is not None and [n.text for n in found] == numbers
    assert all(n in p.answer for n in numbers)


def test_an_ask_before_the_data_keeps_the_data() -> None:
    assert word_problem("how many visitors per month: jan 40, feb 55, mar 61") is None
    p = plan("how many visitors per month: jan 40, feb 55, mar 61")
    assert p.kind == "chart" and p.series[0].values == [40, 55, 61]
    assert "many" not in p.series[0].name.lower()


@pytest.mark.parametrize(
    "question",
    [
        "write this up as a proper handover note: bed 4 slept well, eating little, obs due at 10",
        "boil these notes down to three bullet points: the heart has four chambers, valves stop backflow",
    ],
)
def test_writing_asked_for_over_a_list_is_words_about_what_offline_can_do(question: str) -> None:
    p = plan(question)
    assert p.kind == "text" and "can't write" in p.answer


def test_a_menu_to_put_up_is_a_card_of_prices_never_totalled() -> None:
    p = plan("la carte du café à afficher : café 1,80 €, crème 3,20 €, chocolat 3,50 €, croissant 1,30 €")
    assert p.kind == "infographic" and "total" not in p.answer

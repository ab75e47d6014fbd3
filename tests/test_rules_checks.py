"""The user's own sums checked in words: a total, an average, a budget. Every figure in the answer
is computed from the items the user wrote; with no stated result there is nothing to check."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.checks import checked


def _answer(question: str) -> str:
    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    assert plan.kind == "text", plan
    return plan.answer


def test_a_total_that_adds_up_and_one_that_does_not() -> None:
    ok = _answer("can you check my shopping receipt is right? bread 2.40, milk 1.10, cheese 4.50, total 8.00")
    assert ok.startswith("Yes") and "8.00" in ok
    off = _answer("check the total is right: rent 900, bills 240, food 410, total 1,600")
    assert "1,550" in off and "50" in off and not off.startswith("Yes")


def test_an_average_is_worked_out_to_the_precision_written() -> None:
    ru = _answer("проверь, правильно ли я посчитала среднее: 3, 4, 4, 5, 5 — у меня вышло 4,2")
    assert ru.startswith("Да") and "4,2" in ru and "4.2" not in ru  # the mean in Russian marks
    en = _answer("is my average right? scores 7, 8, 6, 9, I got 7.75")
    assert "7.5" in en and not en.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is it enough? we have 500 for the party: food 220, drinks 150, cake 60", "Yes"),
        ("¿me alcanza? tengo 1200 para el viaje: vuelo 480, hotel 560, comida 250", "No"),
        ("예산 충분할까? 예산 100만 원: 숙소 60만, 식비 30만, 교통 20만", "부족"),
    ],
)
def test_a_budget_is_enough_or_short_by_the_computed_amount(question: str, first: str) -> None:
    assert _answer(question).startswith(first)


def test_nothing_to_check_without_a_stated_result() -> None:
    assert checked("food 412,000 transport 86,000 shopping 230,000", "en") is None
    assert checked("the average of 3 and 5", "en") is None


def test_a_summary_of_pasted_points_is_words_and_keeps_the_points() -> None:
    answer = _answer(
        "summarise this for my boss in 2 bullet points please: the van is fixed, the new driver starts monday, "
        "fuel went up 8%"
    )
    assert "van is fixed" in answer and "fuel went up 8%" in answer

"""Scores out of a scale and series asked to be seen at a glance.

"out of 20" is the top of the scale the scores sit on, never a bar of its own ("out of" at 20), and
"Amira got 18" names Amira, not "got". One series of four or more values wanted "at a glance" is a
chart; key numbers of different kinds stay cards."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.framing import out_of


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    "question",
    [
        "chart: Amira got 18 out of 20, Ben 12, Chloe 15",
        "maths marks out of 50 for set 3: Noor 41, Sam 37, Li 45, Jo 29 — chart",
        "notes sur 20 : Léa 14, Hugo 11, Inès 17, graphique",
    ],
)
def test_the_top_of_the_scale_is_no_value_and_no_category(question: str) -> None:
    p = plan(question)
    assert p.kind == "chart"
    assert all("out of" not in c and c != "sur" for c in p.categories)
    assert 20 not in p.series[0].values or "Dev" in p.categories
    assert "got" not in " ".join(p.categories)


def test_a_score_out_of_its_scale_keeps_the_score() -> None:
    assert out_of("Amira got 18 out of 20, Ben 12") == "Amira got 18" + " " * 10 + ", Ben 12"
    assert out_of("we won 3 out of 5 games") == "we won 3" + " " * 9 + " games"
    assert out_of("out of the 40 who came, 12 stayed") == "out of the 40 who came, 12 stayed"  # no scale


def test_a_series_seen_at_a_glance_is_a_chart_and_key_numbers_stay_cards() -> None:
    p = plan("I want to see the week at a glance: Mon 42, Tue 38, Wed 51, Thu 47, Fri 60")
    assert p.kind == "chart" and p.categories == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    assert plan("our key numbers at a glance: 40 staff, 3 offices, 12 countries").kind == "infographic"


def test_alternatives_side_by_side_are_compared_never_totalled() -> None:
    p = plan(
        "three quotes for the same roof job: Smiths £4,150, RoofCo £3,890, Jones & Son £4,420. side by side?"
    )
    assert p.kind == "chart" and p.categories == ["Smiths", "RoofCo", "Jones & Son"]
    assert "total" not in p.answer


def test_key_numbers_of_different_things_at_a_glance_stay_cards() -> None:
    p = plan("company at a glance: founded 2012, 300 staff, 12 products, 40k customers")
    assert p.kind == "infographic"

"""An audit by reading outputs: requests written for it (none from the labelled sets), each once
false or lossy, each now held by a test."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner


def plan(question: str, **kw):
    return RulesPlanner().plan(PlanRequest(question=question, **kw)).plan


def test_a_goal_before_the_values_is_no_bar_and_a_monthly_goal_is_no_goal_per_run() -> None:
    p = plan("Goal 100 km a month. So far: Monday 5 km, Wednesday 7.5 km, Saturday 10 km. chart it")
    assert p.kind == "chart" and "Goal" not in p.categories and 100 not in p.series[0].values
    assert "reach" not in p.answer  # each run is not held against the month's goal


def test_a_goal_below_falling_values_is_reached_by_going_down() -> None:
    p = plan("my weight this week: Mon 70.2, Wed 69.8, Fri 69.5 — chart it with a goal of 68")
    assert "0 of 3 reach the goal" in p.answer


def test_clock_times_stay_whole_on_cards_and_as_labels_after_values() -> None:
    p = plan("medication schedule: paracetamol at 8:00, 14:00, 20:00; ibuprofen at 12:00")
    values = [i.value for b in p.blocks for i in getattr(b, "items", []) if hasattr(i, "value")]
    assert "00" not in values and "14:00" in values
    p = plan("chart: we sold 12 boxes at 9:00, 30 at 12:00 and 18 at 15:00")
    assert p.categories == ["9:00", "12:00", "15:00"]


def test_a_cjk_band_keeps_its_range() -> None:
    p = plan("点数分布：90点以上 5人、80-89点 12人、70-79点 8人、70点未満 3人")
    assert "80-89点" in p.categories and "89点" not in p.categories


def test_the_average_of_scores_out_of_a_scale_is_worked_out() -> None:
    p = plan("I scored 14 out of 20, 16 out of 20 and 12 out of 20, what's my average?")
    assert p.kind == "text" and "14" in p.answer and "mean" in p.answer


def test_a_series_then_another_measure_is_not_one_series() -> None:
    p = plan("patients per day: Mon 34, Tue 41, Wed 38; average wait 25 min")
    assert p.kind != "chart"


def test_a_measured_statement_is_no_relation() -> None:
    assert plan("team stats: Lena ran 5 km in 28 minutes, Max ran 8 km in 45 minutes").kind != "diagram"


def test_teams_asked_for_that_cannot_be_made_are_said() -> None:
    p = plan("make 5 teams from Ana, Ben, Cal")
    assert "only 3 names" in p.answer


def test_a_warning_inside_a_countdown_is_no_second_timer() -> None:
    p = plan("timer for the exam: 90 minutes, warn me at 80 minutes")
    assert [x.seconds for x in p.views[0].presets] == [5400] and "warn" in p.answer


def test_a_square_in_a_stated_rule_is_not_a_plain_ratio() -> None:
    p = plan("make me a calculator: BMI is weight in kg divided by height in meters squared")
    assert p.kind == "app" and "²" in p.answer  # the catalogue's BMI, not weight / height


def test_entries_for_today_count_today() -> None:
    p = plan("calorie counter: breakfast 350, lunch 600, snack 150, dinner 700, goal 1800 a day")
    view = p.views[0]
    assert all(row[0] for row in view.rows) and sum(r[-1] for r in view.rows) == 1800


@pytest.mark.parametrize(
    "question",
    [
        "my kitchen timer keeps beeping after it ends, how do I fix it?",
        "the timer on the oven says 20 minutes, is that enough for chicken thighs?",
        "I saw a funny gif of a dog yesterday, it made my day",
        "can you send the gif format specification?",
        "yesterday I went to the market, then met my sister, then we had lunch by the river",
    ],
)
def test_mentions_are_not_requests(question: str) -> None:
    assert plan(question).kind == "text"


def test_numbers_are_never_answered_with_no_numbers() -> None:
    p = plan("脉搏 80，体温 36.8，血压 120/80")
    assert p.kind == "text" and "120/80" in p.answer and "没有数字" not in p.answer


def test_counts_between_two_bounds_are_a_band() -> None:
    p = plan("in my class 5 students are under 150 cm, 12 are between 150 and 160 cm and 7 are over 160 cm")
    assert p.kind == "chart" and p.series[0].values == [5, 12, 7]


def test_a_clip_title_is_its_scene() -> None:
    p = plan("make an animation of a ball bouncing down the stairs")
    assert p.title == "a ball bouncing down the stairs"


@pytest.mark.parametrize(
    ("question", "items"),
    [
        (
            "pick a random student from Ana, Ben, Carla, Dmitri and Eve",
            ["Ana", "Ben", "Carla", "Dmitri", "Eve"],
        ),
        ("zieh einen Namen: Anna, Ben, Clara, David", ["Anna", "Ben", "Clara", "David"]),
        ("sorteie quem vai lavar a louça: João, Maria, Pedro, Ana", ["João", "Maria", "Pedro", "Ana"]),
        ("pick a random day for the party: Friday, Saturday or Sunday", ["Friday", "Saturday", "Sunday"]),
    ],
)
def test_a_draw_from_the_users_list_in_more_wordings(question: str, items: list[str]) -> None:
    p = plan(question)
    assert p.kind == "app" and p.views[0].items == items

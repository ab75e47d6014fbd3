"""Classes of questions the rules planner generalises over, each with examples written for this test
(none taken from a labelled set): motion asked of the visual, tools to play with, writing tasks on
given text, data pasted in odd formats, more languages, and what an attachment is asked about."""

from __future__ import annotations

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

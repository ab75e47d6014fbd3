"""Labels as people write them: clock times, ordinals, age groups, a number naming the class.

"9:00 — 3 200, 10:00 — 5 400" is takings per hour labelled 9:00 and 10:00 (not "00" and "10 00",
and 3 200 is no range end after "9:00 —"); "1-я 3,8" is the first term's 3.8; "under 12" is a
team; "class 7 attendance: Jul 92%…" keeps 7 out of the data."""

from __future__ import annotations

from generators.base import PlanRequest
from generators.rules import RulesPlanner


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def test_clock_times_label_values_over_a_day() -> None:
    for question in (
        "takings by hour on saturday: 9:00 320, 10:00 540, 11:00 610, 12:00 480",
        "выручка по часам: 9:00 — 3 200, 10:00 — 5 400, 11:00 — 6 100, 12:00 — 4 800 руб.",
    ):
        p = plan(question)
        assert p.kind == "chart" and p.categories == ["9:00", "10:00", "11:00", "12:00"], question
        assert len(p.series[0].values) == 4


def test_an_agenda_of_times_stays_a_timeline() -> None:
    assert plan("agenda: 9:00 welcome, 10:30 talks, 12:00 lunch").kind == "infographic"


def test_russian_ordinals_are_labels() -> None:
    p = plan("средний балл по четвертям, график: 1-я 3,8; 2-я 3,9; 3-я 4,1; 4-я 4,2")
    assert p.kind == "chart" and p.categories == ["1-я", "2-я", "3-я", "4-я"]
    assert p.series[0].values == [3.8, 3.9, 4.1, 4.2]


def test_an_age_group_and_a_class_number_name_the_data_not_join_it() -> None:
    p = plan("attendance per week for the under 12 squad: 15, 17, 14, 18, 16")
    assert p.kind == "chart" and 12 not in p.series[0].values and len(p.series[0].values) == 5
    p = plan("presenze per settimana dell'under 12: 15, 17, 14, 18")
    assert p.categories[0] == "Settimana 1"
    p = plan("class 7 attendance by month for parents: July 92%, Aug 88%, Sep 85%, Oct 90%")
    assert p.kind == "chart" and p.series[0].values == [92, 88, 85, 90]

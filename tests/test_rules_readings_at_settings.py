"""Readings taken at settings ('1 V → 0,02 A', '30 s — 12 ml') and times taken ('28:40, 27:55') are
charts of the user's values, labelled by the setting or the attempt, and never added up."""

from __future__ import annotations

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.dates import race_times
from generators.rules.extract import extract_data


def _chart(question: str):
    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    assert plan.kind == "chart", plan
    return plan


def test_values_read_at_settings_joined_by_arrows_or_dashes() -> None:
    data = extract_data("Messwerte: 2 V → 0,1 A, 4 V → 0,2 A, 6 V → 0,3 A, 8 V → 0,4 A")
    assert data is not None and data.categories == ["2 V", "4 V", "6 V", "8 V"]
    assert data.values == [0.1, 0.2, 0.3, 0.4]
    plan = _chart("gas collected for my lab report:\n0 s — 0\n20 s — 9\n40 s — 15\n60 s — 19")
    assert plan.categories == ["0 s", "20 s", "40 s", "60 s"] and plan.series[0].values == [0, 9, 15, 19]
    assert "43" not in plan.answer  # 0 + 9 + 15 + 19 is no amount of anything


def test_a_value_and_its_change_stays_a_change() -> None:
    assert extract_data("Conversion 2.1% -> 3.4%") is None


def test_times_taken_are_minutes_and_seconds_not_times_of_day() -> None:
    assert race_times("my 10k times: 52:10, 51:40, 50:05") == "my 10k times: 52.17 min, 51.67 min, 50.08 min"
    assert race_times("buses at 08:15, 09:30, 10:45") == "buses at 08:15, 09:30, 10:45"
    plan = _chart("mis tiempos en los 5 km, quiero ver si mejoro: 31:20, 30:45, 29:58, 29:30")
    assert plan.series[0].values == [31.33, 30.75, 29.97, 29.5]
    assert "121" not in plan.answer  # times of separate runs are never summed


def test_a_readings_unit_after_its_value_and_times_in_turn_are_kept() -> None:
    data = extract_data("Messwerte: 1 V → 0,02 A, 2 V → 0,04 A, 3 V → 0,06 A")
    assert data is not None and data.unit == "A"
    runs = extract_data("moje czasy z parkrunu na 5 km: 28:40, 27:55, 27:10, 26:48")
    assert runs is not None and runs.metric == "czasy" and runs.time_like  # attempts in turn: a line

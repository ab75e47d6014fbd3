"""Counts per band of a scale are a distribution: the bands are the categories, in the user's order,
and the band's own numbers (20/20, 15-19, "below 10") are never values."""

from __future__ import annotations

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.bands import count_bands


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def test_scores_per_band_are_a_chart_of_counts_in_the_given_order() -> None:
    p = plan("the league table: 6 teams scored 40-50, 9 scored 30-39, 4 scored 20-29, 2 scored below 20")
    assert p.kind == "chart"
    assert p.categories == ["40-50", "30-39", "20-29", "below 20"]
    assert p.series[0].values == [6, 9, 4, 2]


def test_age_bands_with_open_ends() -> None:
    p = plan("ages of the choir: 5 are under 18, 11 are 18-40, 8 are 41-65, 3 are over 65 — chart please")
    assert p.kind == "chart" and p.categories == ["under 18", "18-40", "41-65", "over 65"]
    assert 18 not in p.series[0].values and 65 not in p.series[0].values


def test_only_counts_of_bands_are_read_as_bands() -> None:
    segments = ["3 people got 2 tickets", "4 got 5 tickets", "2 got 1 ticket"]
    assert count_bands(segments, "en") is None  # "2 tickets" is an amount, not a band of a scale
    assert count_bands(["12 kids got 20/20", "8 got 15-19"], "en") is None  # two items: too few
    assert count_bands(["12 kids got 20/20", "8 got 15-19", "8 got 15-19"], "en") is None  # repeated band
    bands = count_bands(["12 kids got 20/20", "8 got 15-19", "5 got 10-14", "2 got below 10"], "en")
    assert bands is not None and [(b, n.value, noun) for b, n, noun, _ in bands] == [
        ("20/20", 12, "kids"),
        ("15-19", 8, "kids"),
        ("10-14", 5, "kids"),
        ("below 10", 2, "kids"),
    ]

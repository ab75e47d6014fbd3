"""Quantities counted in 10,000s as Chinese, Japanese and Korean speakers say them, and labels
written with Korean particles: '1분기 매출이 삼억 2분기가 사억' is a chart of 3억 and 4억 for 1분기 and
2분기, measured in 매출 — not a request without numbers, and not a chart of 3,100,000,000."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.spelled import _big_value, spelled_numbers
from generators.rules.words import without_particle


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("삼억", 300_000_000),
        ("삼억오천", 350_000_000),  # spoken: 천 under 억 counts 천만
        ("일억이천만", 120_000_000),
        ("삼만", 30_000),
        ("三亿五", 350_000_000),  # a bare digit after 亿 counts 千万
        ("三亿五千万", 350_000_000),
        ("一万五", 15_000),
        ("十二万三千", 123_000),
    ],
)
def test_spoken_quantities_in_ten_thousands(run: str, value: int) -> None:
    assert _big_value(run) == value


def test_spoken_quantities_are_rewritten_beside_digits_but_words_are_not() -> None:
    said = spelled_numbers("1분기 매출이 삼억 2분기가 사억 3분기가 삼억오천", "ko")
    assert said == "1분기 매출이 3억 2분기가 4억 3분기가 3.5억"
    assert spelled_numbers("一季度三亿五，二季度四亿", "zh") == "一季度3.5亿，二季度4亿"
    # a magnitude after typed digits is the typist's own ("3억"), and "이만큼" (this much) is a word
    assert spelled_numbers("1분기 3억, 2분기 4억", "ko") == "1분기 3억, 2분기 4억"
    assert spelled_numbers("이만큼 만들어줘 삼억", "ko") == "이만큼 만들어줘 삼억"


def test_dictated_korean_quarters_make_a_chart_in_their_own_magnitude() -> None:
    p = plan("음 그러니까 1분기 매출이 삼억 2분기가 사억 3분기가 삼억오천 그래프로 보여줘")
    assert p.kind == "chart"
    assert p.categories == ["1분기", "2분기", "3분기"]
    assert p.series[0].values == [3.0, 4.0, 3.5] and p.unit == "억"
    assert p.series[0].name == "매출"


def test_typed_magnitudes_are_not_joined_to_the_label_digits() -> None:
    p = plan("매출: 1분기 3억, 2분기 4억")
    assert p.categories == ["1분기", "2분기"] and p.series[0].values == [3.0, 4.0]


def test_the_measure_named_after_the_first_label_names_the_series() -> None:
    p = plan("Q1 revenue 3M, Q2 4M, Q3 3.5M chart please")
    assert p.categories == ["Q1", "Q2", "Q3"] and p.series[0].name.lower() == "revenue"


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("매출이", "매출"),
        ("점수가", "점수"),
        ("사과는", "사과"),
        ("매출은", "매출"),
        ("1분기", "1분기"),
        ("점수이", "점수이"),
    ],
)
def test_subject_and_topic_particles_follow_the_last_syllable(word: str, bare: str) -> None:
    assert without_particle(word) == bare

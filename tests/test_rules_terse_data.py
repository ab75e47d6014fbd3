"""Category/value series typed tersely: short codes and single letters as labels, names and values
paired by 'vs', small numbers spelled after months, two series as 'a/b', a decimal comma before 'k',
Korean labels that begin like a counter, 24-hour clock times as labels.

Each check asserts the labels and values as written (none added, none dropped), and what must stay
text: no chart of numbers that are not one series.
"""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules.extract import extract_data
from generators.rules.numbers import find_numbers
from generators.rules.planner import RulesPlanner
from generators.rules.spelled import spelled_numbers
from generators.rules.terse import clock_labels, slashed_items, versus_pairs


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def _chart(question: str) -> tuple[list[str], list[list[float]]]:
    plan = _plan(question)
    assert plan.kind == "chart", question
    return list(plan.categories), [list(s.values) for s in plan.series]


@pytest.mark.parametrize(
    ("question", "labels", "values"),
    [
        (
            "yield t/ha by field N1 7.2 N2 6.8 S1 8.1 S2 5.9 E 7.7",
            ["N1", "N2", "S1", "S2", "E"],
            [7.2, 6.8, 8.1, 5.9, 7.7],
        ),
        (
            "potholes reported per ward A 34 B 12 C 57 D 21 E 40",
            ["A", "B", "C", "D", "E"],
            [34, 12, 57, 21, 40],
        ),
        ("votes per option X 12 Y 30 Z 18", ["X", "Y", "Z"], [12, 30, 18]),
    ],
)
def test_single_letters_and_short_codes_are_labels_even_e_and_y(
    question: str, labels: list[str], values: list[float]
) -> None:
    cats, series = _chart(question)
    assert cats == labels and series == [values]


def test_a_lowercase_e_or_y_between_items_still_joins_them() -> None:
    data = extract_data("vendite Roma 40 e Milano 30 e Napoli 20")
    assert data is not None and data.categories == ["Roma", "Milano", "Napoli"]
    assert [n.value for n in find_numbers("21e siècle", "fr")] == []  # an ordinal stays no quantity


def test_names_and_values_paired_by_versus() -> None:
    cats, series = _chart("model A vs B vs C accuracy 91% vs 87% vs 89%")
    assert cats == ["A", "B", "C"] and series == [[91, 87, 89]]
    assert versus_pairs("lakers vs celtics 102 vs 99") == "lakers 102, celtics 99"


@pytest.mark.parametrize(
    "question",
    [
        "model A vs B vs C accuracy 91% vs 87%",  # three names, two values: not paired
        "version 3.1 vs 3.2 speed 20 vs 25",  # the names are numbers: two chains of values
        "me vs you 3 vs 5 vs 7",
    ],
)
def test_versus_chains_of_different_lengths_are_not_paired(question: str) -> None:
    assert versus_pairs(question) == question


def test_small_spelled_numbers_after_months_are_a_series() -> None:
    cats, series = _chart("falls on ward 6 jul three aug five sep two oct six nov four dec one")
    assert cats == ["jul", "aug", "sep", "oct", "nov", "dec"] and series == [[3, 5, 2, 6, 4, 1]]
    # one or two, or words not after a period's name, stay words
    assert spelled_numbers("meetings mon two tue one", "en") == "meetings mon two tue one"
    assert spelled_numbers("room 4 has three windows and two doors and one desk", "en").count("three") == 1


def test_two_series_written_with_slashes_after_x_vs_y_without_a_colon() -> None:
    plan = _plan("coffee vs tea cups sold mon 42/18 tue 38/22 wed 45/20 thu 50/25 fri 61/30")
    assert plan.kind == "chart" and list(plan.categories) == ["mon", "tue", "wed", "thu", "fri"]
    assert [(s.name.lower(), list(s.values)) for s in plan.series] == [
        ("coffee", [42, 38, 45, 50, 61]),
        ("tea", [18, 22, 20, 25, 30]),
    ]
    # without an "X vs Y" head a slash is a score or a fraction: nothing is rewritten
    assert slashed_items("scores mon 3/4 tue 2/4") == "scores mon 3/4 tue 2/4"


def test_a_decimal_comma_before_k_is_read_in_any_language() -> None:
    cats, series = _chart("fatturato mensile gen 18k feb 21k mar 19,5k apr 24k grafico a barre")
    assert cats == ["gen", "feb", "mar", "apr"] and series == [[18, 21, 19.5, 24]]


def test_a_korean_label_that_begins_like_a_counter_is_a_label() -> None:
    cats, series = _chart("병동별 낙상 건수 내과 4 외과 7 정형외과 9 소아과 1")
    assert cats == ["내과", "외과", "정형외과", "소아과"] and series == [[4, 7, 9, 1]]
    assert find_numbers("하루 2정 복용", "ko")[0].unit  # glued, 정 is still the tablets' counter


def test_four_digit_clock_times_name_the_values() -> None:
    cats, series = _chart("pt temp q4h 0800 37.2 1200 37.8 1600 38.5 2000 38.1 0000 39.0 plot pls")
    assert cats == ["08:00", "12:00", "16:00", "20:00", "00:00"] and series == [
        [37.2, 37.8, 38.5, 38.1, 39.0]
    ]


@pytest.mark.parametrize(
    "question",
    [
        "revenue 1200 340 1600 380 2000 410",  # no time with a leading zero: could be years, amounts
        "shifts at 0800 0900 1000 and 1100",  # times only, no values
        "0800 0400 1200 0600 1600 0900",  # the "values" are times too
    ],
)
def test_four_digit_numbers_are_not_read_as_clock_times_without_proof(question: str) -> None:
    assert clock_labels(question) == question

"""Numbers as people write them in lists and logs: CJK compounds, values joined by spaced dashes,
versions and quarters as labels, one reading a week, and readings whose sum means nothing."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.extract import extract_data, time_axis
from generators.rules.numbers import find_numbers
from generators.rules.words import language


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("第1四半期は4万8千、第2四半期は5万2千", [48_000, 52_000]),
        ("3분기 매출 3억 5천", [350_000_000]),  # 3억 5천만, as people say it
        ("売上は3億5千万円", [350_000_000]),
        ("1万2千円", [12_000]),
        ("4万と8千", [40_000, 8_000]),  # two numbers with a word between stay two
    ],
)
def test_a_big_cjk_unit_and_a_smaller_one_right_after_are_one_number(text: str, values: list[float]) -> None:
    assert [n.value * n.multiplier for n in find_numbers(text)] == values


def test_values_joined_by_spaced_dashes_are_a_list_not_ranges() -> None:
    assert [n.value for n in find_numbers("78,4 – 78,1 – 77,6 – 77,9", "pt")] == [78.4, 78.1, 77.6, 77.9]
    assert [n.value for n in find_numbers("v5.1 – 140, v5.2 – 95, v5.3 – 120")] == [140, 95, 120]
    assert find_numbers("sleep 7 – 9 hours") == [] and find_numbers("we won 5 - 3") == []


def test_versions_as_labels_make_a_chart_of_their_counts() -> None:
    data = extract_data(
        "tickets after each release: v5.1 – 140, v5.2 – 95, v5.3 – 120, v5.4 – 60. chart please"
    )
    assert data is not None and data.categories == ["v5.1", "v5.2", "v5.3", "v5.4"]
    assert data.values == [140, 95, 120, 60]


@pytest.mark.parametrize(
    ("question", "labels", "axis"),
    [
        ("1분기 매출 3억, 2분기는 4억, 3분기 3억 5천 그래프로", ["1분기", "2분기", "3분기"], "quarter"),
        (
            "第1四半期は4万8千、第2四半期は5万2千、第3四半期は3万9千",
            ["第1四半期", "第2四半期", "第3四半期"],
            "quarter",
        ),
        ("2021년 매출 10억, 2022년 12억, 2023년 15억", ["2021년", "2022년", "2023년"], "year"),
    ],
)
def test_cjk_quarters_and_years_name_their_values(question: str, labels: list[str], axis: str) -> None:
    data = extract_data(question)
    assert data is not None and data.categories == labels and time_axis(data.categories) == axis
    assert data.metric not in ("は", "는")  # a particle names no measure


def test_one_reading_every_monday_is_a_weekly_line_without_a_total() -> None:
    question = (
        "Meu peso toda segunda-feira desde janeiro (kg), transforma isso num gráfico por favor:\n"
        "78,4 – 78,1 – 77,6 – 77,9 – 77,0 – 76,4"
    )
    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    assert plan.kind == "chart" and plan.chart_type == "line"
    assert plan.categories == ["Semana 1", "Semana 2", "Semana 3", "Semana 4", "Semana 5", "Semana 6"]
    assert plan.series[0].values == [78.4, 78.1, 77.6, 77.9, 77.0, 76.4]
    assert plan.series[0].name.lower() == "peso"
    # a body weight summed over weeks is no amount: the answer never gives a total
    assert "468" not in plan.answer and "soma" not in plan.answer.lower()


def test_readings_of_a_level_in_any_language_are_not_summed() -> None:
    for question in ("Gewicht: Mo 81, Di 80, Mi 80,5, Do 79", "мой вес: пн 81, вт 80, ср 79, чт 78"):
        plan = RulesPlanner().plan(PlanRequest(question=question)).plan
        assert plan.kind == "chart"
        total = sum(plan.series[0].values)
        assert f"{total:g}" not in plan.answer, plan.answer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meu peso toda segunda-feira desde janeiro, transforma isso num gráfico", "pt"),
        ("vorrei qualcosa con dei cursori", "it"),
        ("kun je iets maken waar ik mijn uren per week in zet", "nl"),
        ("je veux un graphique de mes ventes", "fr"),
        ("Quiero un gráfico de mis ventas", "es"),
        ("Er hat mir die Zahlen gegeben", "de"),
        ("Doktor günde iki kez şekerimi ölçmemi söyledi, kaydedebileceğim bir şey istiyorum", "tr"),
        ("Können Sie mir die Umsätze für März zeigen?", "de"),
    ],
)
def test_short_questions_are_read_in_their_language(text: str, lang: str) -> None:
    assert language(text) == lang


@pytest.mark.parametrize(
    "question",
    [
        "سجل تمريني: ركضت 8 كم في 45 دقيقة وحرقت 520 سعرة حرارية",
        "이번 시즌 우리 팀: 5승 3패, 총 2,110점",
        "मेरी दौड़: 5 किमी, 31 मिनट, 300 कैलोरी",
    ],
)
def test_facts_in_different_units_in_other_languages_are_never_one_chart(question: str) -> None:
    assert RulesPlanner().plan(PlanRequest(question=question)).plan.kind != "chart"


def test_a_place_in_a_ranking_and_a_year_said_after_are_no_values() -> None:
    assert find_numbers("12팀 중 4위") == [n for n in find_numbers("12팀 중 4위") if n.value == 12]
    assert [n.value for n in find_numbers("1位 田中、2位 佐藤")] == []
    data = extract_data("ग्राफ़ बना दो: हमारी दुकान 2015 में खुली थी, 12 कर्मचारी हैं, रोज़ 300 ग्राहक आते हैं")
    assert data is None or 2015 not in data.values
    # an Arabic word after a number is no unit because it starts with a unit's letter
    spend = extract_data("اعمل لي رسم بياني لمصاريفي: إيجار 3000 أكل 1500 مواصلات 400 ترفيه 600")
    assert spend is not None and spend.values == [3000, 1500, 400, 600]

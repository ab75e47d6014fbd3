"""Lists labelled by different measures are fact sheets: a nurse's handover, a baby's check-up.

Without a unit after any number, the labels alone say that pulse, temperature and sugar are
different quantities; they are never bars of one chart, and readings keep their own form (BP
160/100, a drip at 14:00) on the cards."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.measures import different_measures, measure_of


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    "question",
    [
        "handover bed 4: BP 150/95, pulse 88, temperature 37.4, sugar 7.9, drip at 16:00",
        "сдача смены, палата 5: давление 140/90, пульс 80, температура 37,2, сахар 6,1",
        "ملخص سرير 2: الضغط 120/80، النبض 76، الحرارة 37.1، السكر 140",
        "check-up at 9 months: weight 8.9, height 71, age 9",
    ],
)
def test_readings_of_different_measures_are_never_one_chart(question: str) -> None:
    p = plan(question)
    assert p.kind != "chart"
    if p.kind == "infographic":
        stats = [i for b in p.blocks if getattr(b, "type", "") == "stats" for i in b.items]
        values = [s.value for s in stats]
        assert not any(v.endswith("/") or v == "00" for v in values)
        if "/" in question.split(":", 1)[1]:
            assert any("/" in v for v in values)  # the blood pressure as one reading


def test_a_clock_time_is_one_reading_on_a_card() -> None:
    p = plan("handover bed 4: BP 150/95, pulse 88, temperature 37.4, sugar 7.9, drip at 16:00")
    stats = {i.value: i.label for b in p.blocks if getattr(b, "type", "") == "stats" for i in b.items}
    assert stats.get("150/95") == "BP" and stats.get("16:00") == "drip"


def test_categories_of_one_measure_stay_a_series() -> None:
    assert not different_measures(["apples", "pears", "plums"])
    assert not different_measures(["boy", "girl"])  # one measure name at most: no fact sheet
    assert plan("chart our sales: apples 30, pears 20, plums 25").kind == "chart"


def test_measure_names_across_languages() -> None:
    assert [measure_of(w) for w in ("Pulse", "температура", "血压", "العمر", "Gewicht", "sats")] == [
        "pulse",
        "temperature",
        "pressure",
        "age",
        "weight",
        "oxygen",
    ]
    assert measure_of("the average temperature in the north of the country this year") is None  # prose


@pytest.mark.parametrize(
    ("text", "lang", "seen"),
    [
        ("朝8時 降圧剤1錠", "ja", [("1錠", "tablets")]),  # 8時 is the clock; 8時間 would be a duration
        ("8時間 寝た", "ja", [("8時間", "h")]),
        ("सुबह 10 बजे हल्दी", "hi", []),
        ("um 8 Uhr Training, 90 min", "de", [("90 min", "min")]),
        ("Cumartesi 14 Ekim 11:00 deplasman", "tr", []),  # a Turkish date, not a value
        ("metformin 500mg, 2 tablets, 5 drops, insulin 8 units", "en",
         [("500mg", "mg"), ("2 tablets", "tablets"), ("5 drops", "drops"), ("8 units", "units")]),
    ],
)  # fmt: skip
def test_clock_times_dates_and_doses_are_read_as_what_they_are(text: str, lang: str, seen: list) -> None:
    from generators.rules.numbers import find_numbers

    assert [(n.text, n.unit) for n in find_numbers(text, lang)] == seen


@pytest.mark.parametrize(
    "question",
    [
        "祖母の服薬表を台所に貼りたい：朝8時 降圧剤1錠、朝と夕 糖尿病の薬500mg、寝る前 睡眠薬0.5錠",
        "grandad's pills for the fridge: 8am ramipril 1 tablet, 1pm aspirin 75mg, bedtime eye drops 2 drops",
        "शादी का क्रम: सुबह 10 बजे हल्दी, दोपहर 1 बजे खाना, शाम 6 बजे बारात",
    ],
)
def test_a_medication_schedule_or_a_day_plan_is_never_a_chart(question: str) -> None:
    assert plan(question).kind != "chart"

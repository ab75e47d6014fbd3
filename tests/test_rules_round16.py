"""Round 16 of the offline planner: what the categories are called, the measure's name without the
form's, and numbers read and written in the question's own language. Sentences written for these
tests, not taken from the labelled sets."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.extract import extract_data
from generators.rules.templates import plural


def plan_of(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def chart_in(plan):
    return plan if plan.kind == "chart" else next(s.chart for s in plan.slides if s.chart is not None)


@pytest.mark.parametrize(
    ("question", "title", "axis"),
    [
        ("Slides on revenue by city: Paris 1410, Lyon 980, Nice 1250", "Revenue by city", "City"),
        (
            "Diapositives sur le chiffre d'affaires par ville : Paris 1410, Lyon 980, Nice 1250",
            "par ville",
            "Ville",
        ),
        (
            "Diapositivas sobre las ventas por ciudad: Madrid 1410, Sevilla 980, Bilbao 1100",
            "Ventas por ciudad",
            "Ciudad",
        ),
        (
            "Folien zum Umsatz pro Filiale: Berlin 1410, Hamburg 980, Köln 1100",
            "Umsatz nach Filiale",
            "Filiale",
        ),
    ],
)
def test_the_categories_are_named_as_the_question_names_them(question: str, title: str, axis: str) -> None:
    """Was "Revenue by category", and "Diapositives chiffre affaires" / "Folien Umsatz": the deck's
    own name taken for part of the measure."""
    plan = plan_of(question)
    assert plan.kind == "slides"
    assert title in plan.title, plan.title
    assert not any(w in plan.title.lower() for w in ("diapositiv", "folien", "slides"))
    assert chart_in(plan).x_title == axis


def test_an_english_alt_text_counts_the_categories_in_the_plural() -> None:
    plan = plan_of("cost per person: Alice 20, Bob 30, Carl 25")
    assert plan.kind == "chart" and "3 people" in plan.alt_text
    assert [plural(w) for w in ("city", "branch", "month", "day")] == ["cities", "branches", "months", "days"]


def test_by_far_names_no_axis() -> None:
    plan = plan_of("bar chart of revenue by far the best: a 1, b 2, c 3")
    assert plan.kind == "chart" and plan.x_title == ""


def test_a_year_before_the_colon_is_no_category() -> None:
    """ "in 2024: north 10, …" charted 2024 as a category holding north's value, and named the measure
    "north" ("South has the highest north")."""
    data = extract_data("sales by region in 2024: north 10, south 20, east 5")
    assert data is not None
    assert data.categories == ["north", "south", "east"] and data.values == [10, 20, 5]
    assert data.metric == "sales" and data.axis == "Region"
    plan = plan_of("sales by region in 2024: north 10, south 20, east 5")
    assert "2024" not in plan.categories and "north" not in plan.title.lower()


def test_dutch_thousands_are_read_as_thousands() -> None:
    """Named English, "€ 118.000" was read as 118 and the chart said Den Haag had 141."""
    plan = plan_of("Staafdiagram: omzet vestiging Utrecht € 118.000, Rotterdam € 96.500, Den Haag € 141.000")
    assert plan.kind == "chart"
    assert plan.series[0].values == [118000, 96500, 141000]
    assert "141.000" in plan.answer and "hoogste" in plan.answer


def test_a_magnitude_belongs_to_its_own_count() -> None:
    """ "2 new stores, 18 staff, 5 thousand customers" said "staff is highest at 18 thousand; the 3
    values total 25 thousand": the customers' thousand spread to every count, then compared and summed."""
    plan = plan_of("infographic with the year's numbers: 2 new stores, 18 staff, 5 thousand customers")
    assert plan.kind == "infographic"
    stats = [item.value for block in plan.blocks if block.type == "stats" for item in block.items]
    assert stats == ["2", "18", "5,000"]
    assert "thousand" not in plan.answer and "highest" not in plan.answer and "total" not in plan.answer
    data = extract_data("revenue: Paris 1, Lyon 3, Nice 7 million")  # a list of bare values shares it
    assert data is not None and data.values == [1, 3, 7] and data.unit == "million"


def test_key_numbers_are_written_in_the_questions_language_and_titled_by_its_topic() -> None:
    plan = plan_of("infográfico com os números do ano: 2 lojas novas, 18 funcionários, 5 mil clientes")
    assert (
        plan.kind == "infographic" and plan.title == "Números do ano"
    )  # "infográfico" (accented) is the form
    assert plan.answer == "Números-chave: 2 lojas novas, 18 funcionários, 5.000 clientes."
    plan = plan_of("Infographie : 5 sites, 800 salariés, 1200 clients")
    assert (
        plan.title == "Chiffres clés" and "1\u202f200 clients" in plan.answer
    )  # the form's name is no title


def test_years_dating_events_are_a_timeline_not_numbers() -> None:
    """ "timeline: 2010 founded, 2014 osaka branch, …" had been four stat cards reading "2,010 — 2010"."""
    plan = plan_of(
        "timeline: 2010 founded, 2014 osaka branch, 2019 expanded overseas, 2023 reached 100 employees"
    )
    assert plan.kind == "infographic"
    events = [e for block in plan.blocks if block.type == "timeline" for e in block.events]
    assert [e.date for e in events] == ["2010", "2014", "2019", "2023"]
    assert events[0].title == "Founded" and "2,010" not in plan.answer
    assert extract_data("users: 2021 1200, 2022 1500, 2023 2000").values == [1200, 1500, 2000]


def test_an_infographic_answer_names_its_blocks_in_words_and_its_topic_not_its_form() -> None:
    plan = plan_of(
        "Zeitstrahl unserer Firmengeschichte: 2008 Gründung, 2013 Filiale in Hamburg, 2018 Schritt ins Ausland"
    )
    assert plan.title == "Firmengeschichte"  # was "Zeitstrahl unserer Firmengeschichte"
    assert "dargestellt als Zeitleiste" in plan.answer and "timeline" not in plan.answer + plan.alt_text
    plan = plan_of("timeline pls: 2010 founded, 2014 osaka branch, 2019 expanded overseas")
    assert plan.title == "Summary" and "laid out as a timeline" in plan.answer  # was titled "Pls"


def test_a_count_keeps_its_noun_phrase_and_drops_what_follows_it() -> None:
    """ "2 new stores" was counted as "new"; "2 rabbits adopted from the shelter" stays "rabbits"."""
    data = extract_data("infographic with the year numbers: 2 new stores, 18 staff, 5 thousand customers")
    assert data is not None and data.categories == ["new stores", "staff", "customers"]
    data = extract_data("We had 3 cats, 7 dogs and 2 rabbits adopted from the shelter this month")
    assert data is not None and data.categories == ["cats", "dogs", "rabbits"]

"""Round 18: questions about a table answer what they ask of the rows they pick (a filtered count, an
average of named rows, a most within a year, two asks at once), and a pasted markdown table charts one
measure in one unit."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules.planner import RulesPlanner

EMPLOYEES = pd.DataFrame(
    {
        "name": [
            "Ana Pérez",
            "Ben Okoro",
            "Chloé Martin",
            "Dmitri Ivanov",
            "Emi Tanaka",
            "Farah Khan",
            "Gus Lee",
        ],
        "department": ["Engineering", "Sales", "Engineering", "Support", "Sales", "Marketing", "Support"],
        "salary": [98000, 72000, 105000, 54000, 81000, 69000, 51000],
        "start_date": [
            "2019-03-15",
            "2021-07-01",
            "2017-11-20",
            "2022-02-14",
            "2018-05-30",
            "2020-09-09",
            "2023-01-10",
        ],
        "rating": [4.5, 3.8, 4.8, 4.1, 4.2, 3.9, 3.5],
    }
)
SALES = pd.DataFrame(
    {
        "month": ["2024-01", "2024-01", "2024-02", "2024-02", "2024-03", "2024-03", "2024-04", "2024-04"],
        "region": ["North", "South"] * 4,
        "revenue_usd": [120500, 98000, 131200, 102300, 128900, 115700, 140100, 121000],
        "units": [340, 280, 365, 290, 350, 330, 390, 345],
        "returns_pct": [2.1, 3.4, 1.9, 3.1, 2.4, 2.8, 2.0, 2.6],
    }
)
EMISSIONS = pd.DataFrame(
    {
        "país": ["España"] * 4 + ["Francia"] * 4,
        "año": [2019, 2020, 2021, 2022] * 2,
        "emisiones_mt": [259, 217, 232, 247, 310, 275, 299, 290],
    }
)


def _plan(question: str, table: pd.DataFrame | None = None, markdown: str | None = None) -> Any:
    request = PlanRequest(
        question=question, table=table, table_name="t.csv" if table is not None else "", markdown=markdown
    )
    return RulesPlanner().plan(request).plan


def _first(plan: Any) -> str:
    """The answer's first paragraph: what the question asked (the table summary follows)."""
    return plan.answer.split("\n\n")[0]


def test_how_many_before_a_year_is_a_count_of_the_rows_before_it_in_words() -> None:
    plan = _plan("How many employees started before 2020?", EMPLOYEES)
    assert plan.kind == "text"
    assert _first(plan) == "**3** of 7 rows (Start date < 2020): Ana Pérez, Chloé Martin, Emi Tanaka."
    since = _plan("how many employees started since 2021?", EMPLOYEES)
    assert _first(since).startswith("**3** of 7 rows (Start date ≥ 2021)")
    german = _plan("Wie viele Mitarbeiter haben vor 2020 angefangen?", EMPLOYEES)
    assert german.kind == "text" and _first(german).startswith("**3** von 7 Zeilen")
    french = _plan("Combien d'employés gagnent plus de 80 000 ?", EMPLOYEES)  # a space between thousands
    assert _first(french).startswith("**3** sur 7 lignes (Salary > 80 000)")
    # a comparison over several values listed is a breakdown to draw, not one count
    students = pd.DataFrame(
        {
            "fname": ["Sarah", "Charles", "Ann", "Bo"],
            "city": ["ATL", "PEK", "LON", "ATL"],
            "advisor": [7000, 7300, 8000, 9000],
        }
    )
    question = (
        "What is the average advisor for students in cities ATL, PEK, or LON with advisor 7271 and above?"
    )
    assert _plan(question, students).kind == "chart"


@pytest.mark.parametrize(
    ("question", "count", "where"),
    [
        ("how many employees earn more than 80,000?", 3, "Salary > 80,000"),
        ("how many employees have a rating over 4?", 4, "Rating > 4"),
        ("how many employees have a rating of at least 4.5?", 2, "Rating ≥ 4.5"),
        ("how many rows have 300 units or more?", 6, "Units ≥ 300"),
        ("how many employees started on or before 2019?", 3, "Start date ≤ 2019"),
        ("how many employees have a salary of 70,000 or higher?", 4, "Salary ≥ 70,000"),
    ],
)
def test_how_many_more_or_less_than_a_number_counts_the_rows_of_the_column_compared(
    question: str, count: int, where: str
) -> None:
    table = SALES if "units" in question else EMPLOYEES
    plan = _plan(question, table)
    assert plan.kind == "text"
    assert _first(plan).startswith(f"**{count}** of {len(table)} rows ({where})")


def test_rows_named_by_a_value_answer_the_aggregate_asked_not_a_count() -> None:
    plan = _plan("what was the average return rate in the South?", SALES)
    assert plan.kind == "text"
    assert _first(plan) == "Average returns pct (Region: South, 4 rows): **2.98**."  # (3.4+3.1+2.8+2.6)/4
    total = _plan("what was the total revenue in the North?", SALES)
    assert _first(total) == "**Total revenue usd** (Region: North): 520,700."
    median = _plan("what is the median units in the North?", SALES)
    assert _first(median) == "Median units (Region: North, 4 rows): **357.5**."
    spanish = _plan("¿cuál fue el promedio de units en el South?", SALES)
    assert _first(spanish) == "Promedio de units (Region: South, 4 filas): **311,2**."  # 311.25
    # how many, still a count
    assert _first(_plan("how many rows are in the South?", SALES)).startswith(
        "**4** of 8 rows (Region: South)"
    )


def test_a_value_of_a_time_column_filters_the_most_and_is_said() -> None:
    plan = _plan("¿Qué país emitió más en 2022?", EMISSIONS)
    assert plan.kind == "text"
    assert _first(plan) == "**Valor más alto de emisiones mt** (Año: 2022): Francia (290)."
    least = _plan("which country emitted the least in 2020?", EMISSIONS)
    assert _first(least) == "**Lowest emisiones mt** (Año: 2020): España (217)."
    south = _plan("which month had the highest revenue in the South?", SALES)
    assert _first(south) == "**Highest revenue usd** (Region: South): 2024-04 (121,000)."


def test_two_asks_joined_by_and_are_both_answered() -> None:
    plan = _plan("Who earns the most and who has the best rating?", EMPLOYEES)
    assert plan.kind == "text"
    first, second = plan.answer.split("\n\n")[:2]
    details = " — department Engineering, start date 2017-11-20."
    assert first == "**Highest salary**: Chloé Martin (105,000)" + details
    assert second == "**Highest rating**: Chloé Martin (4.8)" + details


PLANS = "| Plan | Price/month | Storage | Users |\n|---|---|---|---|\n| Free | $0 | 5 GB | 1 |\n| Pro | $12 | 100 GB | 5 |\n| Business | $30 | 1 TB | 25 |\n"


def test_a_pasted_table_of_different_measures_charts_one_and_names_the_others() -> None:
    plan = _plan("make this a chart", markdown=PLANS)
    assert plan.kind == "chart" and plan.chart_type == "bar"
    assert [s.name for s in plan.series] == ["Price/month"]
    assert plan.series[0].values == [0.0, 12.0, 30.0] and plan.unit == "USD"
    assert "Not on this chart (other measures): Storage (GB), Users." in plan.answer


def test_cells_in_several_units_of_one_kind_are_put_in_one_unit() -> None:
    md = "| Plan | Storage |\n|---|---|\n| Free | 5 GB |\n| Pro | 100 GB |\n| Business | 1 TB |\n"
    plan = _plan("make this a chart", markdown=md)
    assert plan.kind == "chart" and plan.unit == "GB"
    assert plan.series[0].values == [5.0, 100.0, 1000.0]
    assert "**Business** has the highest storage (**1,000**)" in plan.answer
    mixed = "| Task | Effort |\n|---|---|\n| A | 5 GB |\n| B | 2 h |\n| C | 3 GB |\n"
    assert _plan("make this a chart", markdown=mixed).kind != "chart"  # no one measure to draw


def test_a_chart_draws_only_the_rows_the_question_picks() -> None:
    from render.data import resolve

    plan = _plan("show emissions by country in 2022", EMISSIONS)
    assert plan.kind == "chart" and plan.chart_type == "bar" and plan.x == "país"
    assert [(f.column, f.op, f.value) for f in plan.filters] == [("año", "==", 2022)]
    assert (
        plan.answer
        == "**Francia** has the highest total emisiones mt (**290**); **España** the lowest (247)."
    )
    drawn = resolve(plan, EMISSIONS)
    assert drawn.categories == ["España", "Francia"] and drawn.series[0][1] == [247.0, 290.0]
    later = _plan("bar chart of salary by name for employees who started after 2019", EMPLOYEES)
    assert [(f.column, f.op, f.value) for f in later.filters] == [("start_date", ">=", "2020-01-01")]
    assert later.answer.startswith("**Ben Okoro** has the highest salary (**72,000**)")  # not Chloé's 105,000
    # "over 3 years" is a span of time, not salaries over 3
    assert _plan("chart how salary changed over 3 years", EMPLOYEES).filters == []


def test_a_summary_names_no_most_common_value_of_a_column_of_names() -> None:
    plan = _plan("How many employees started before 2020?", EMPLOYEES)
    assert "most common Ana Pérez (1 rows)" not in plan.answer
    assert "most common Engineering (2 rows)" in plan.answer


def test_the_most_common_value_is_a_count_by_category_not_the_most_of_a_measure() -> None:
    incidents = pd.DataFrame(
        {
            "service": ["api", "web", "api", "db", "web"],
            "minutes_down": [12, 99, 8, 40, 15],
            "root_cause": ["bad deploy", "database failover", "bad deploy", "network", "bad deploy"],
        }
    )
    plan = _plan("what was the most common root cause?", incidents)
    assert plan.kind == "text"
    assert _first(plan) == "**Most common root cause**: bad deploy (3 of 5 rows)."


def test_a_year_of_the_x_axis_groups_by_the_category_instead() -> None:
    fleet = pd.DataFrame(
        {
            "year": [2022, 2022, 2023, 2023],
            "region": ["North", "South", "North", "South"],
            "parcels": [100, 200, 150, 120],
        }
    )
    plan = _plan("gráfica de paquetes por región en 2023", fleet)
    assert plan.kind == "chart" and plan.chart_type == "bar" and plan.x == "region"
    assert [(f.column, f.value) for f in plan.filters] == [("year", 2023)]
    assert plan.answer.startswith("**North** tiene el valor más alto de total de parcels (**150**)")

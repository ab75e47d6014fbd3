"""One column profiler: the rules planner, the LLM's table summary and the chart resolver agree.

Each case below used to be read three ways: `rules.profile` (chart roles), `render.data._describe_kind`
(the prompt's table summary) and `render.data._to_numeric` (the numbers drawn) disagreed, e.g. "12%"
strings were a category to the planner, text to the summary and numbers to the resolver; "1.200,50"
became 1.2005; a "year" column was a date to the planner and a number to the summary; "Mar 2024"
was a date to the summary and a category to the planner.
"""

from __future__ import annotations

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from render.columns import profile, profile_column, to_numeric
from render.data import resolve, summarize_table
from render.plan import ChartPlan

CASES = [
    # name, cells, kind, unit, numbers (None: not numbers), summary fragment
    ("growth", ["12%", "7%", "30%", "5%"], "numeric", "%", [12, 7, 30, 5], "number (%), range 5 … 30"),
    ("price", ["$1,200", "$30", "$5.50", "$2,000"], "numeric", "USD", [1200, 30, 5.5, 2000], "number (USD)"),
    (
        "amount",
        ["1.200,50", "3,25", "1.000", "7,5"],
        "numeric",
        "",
        [1200.5, 3.25, 1000, 7.5],
        "number, range",
    ),
    ("units", ["12", "unknown", "5", "7"], "numeric", "", [12, None, 5, 7], "number, range 5 … 12"),
    ("year", [2021, 2019, 2020, 2022], "date", "", [2021, 2019, 2020, 2022], "date, from 2019 to 2022"),
    ("launch", ["Mar 2024", "Jan 2024", "Feb 2024", "Apr 2024"], "date", "", None, "date, from 2024-01-01"),
    ("born", ["09/03/1950", "18/09/1951", "10/02/1919", "01/01/1960"], "date", "", None, "date, from 1919"),
    ("region", ["North", "South", "North", "East"], "category", "", None, "text, 3 distinct"),
]


@pytest.mark.parametrize(("name", "cells", "kind", "unit", "numbers", "summary"), CASES)
def test_profile_summary_and_conversion_agree(name, cells, kind, unit, numbers, summary) -> None:
    column = pd.Series(cells, name=name)
    found = profile_column(column)
    assert (found.kind, found.unit) == (kind, unit)
    assert f"- '{name}': {summary}" in summarize_table(pd.DataFrame({name: cells}))
    converted = to_numeric(column).tolist()
    if numbers is None:
        assert all(pd.isna(v) for v in converted)
    else:
        assert [None if pd.isna(v) else v for v in converted] == pytest.approx(numbers)
    # the planner reads the same profile
    assert profile(pd.DataFrame({name: cells}))[0] == found


def test_text_numbers_are_a_measure_to_the_planner_and_to_the_resolver() -> None:
    df = pd.DataFrame({"region": ["North", "South", "North", "East"], "margin": ["12%", "7%", "30%", "5%"]})
    plan = RulesPlanner().plan(PlanRequest("average margin by region", table=df)).plan
    assert isinstance(plan, ChartPlan) and (plan.x, plan.y, plan.aggregate) == ("region", "margin", "mean")
    data = resolve(plan, df)
    assert dict(zip(data.categories, data.series[0][1], strict=True)) == {
        "North": 21.0,
        "South": 7.0,
        "East": 5.0,
    }
    assert (
        "**North** has the highest average margin (**21**)" in plan.answer
    )  # the answer's facts = the chart's
    assert data.notes == []


def test_decimal_commas_are_read_as_written_and_mixed_separators_are_not_guessed() -> None:
    df = pd.DataFrame({"shop": ["a", "b", "a"], "revenue": ["1.200,50", "3,25", "1.000"]})
    plan = RulesPlanner().plan(PlanRequest("total revenue by shop", table=df)).plan
    assert (plan.y, plan.aggregate) == ("revenue", "sum")
    data = resolve(plan, df)
    assert dict(zip(data.categories, data.series[0][1], strict=True)) == {"a": 2200.5, "b": 3.25}
    # "12.5" can only be a decimal point, so "1,200" in the same column is a thousands separator
    assert to_numeric(pd.Series(["1,200", "12.5", "3,5"])).tolist()[:2] == [1200.0, 12.5]


def test_stray_text_among_numbers_is_dropped_with_a_note_not_a_category() -> None:
    df = pd.DataFrame({"k": ["a", "b", "c", "d"], "units": ["12", "unknown", "5", "7"]})
    assert profile_column(df["units"]).kind == "numeric"
    plan = RulesPlanner().plan(PlanRequest("units by k", table=df)).plan
    assert plan.y == "units"
    data = resolve(plan, df)
    assert data.categories == ["a", "c", "d"]
    assert "dropped 1 row with non-numeric 'units' (e.g. ['unknown'])" in data.notes


def test_a_year_column_is_a_time_axis_for_planner_summary_and_resolver() -> None:
    df = pd.DataFrame({"year": [2021, 2019, 2020, 2022], "sales": [5, 3, 4, 6]})
    plan = RulesPlanner().plan(PlanRequest("sales by year", table=df)).plan
    assert (plan.chart_type, plan.x, plan.y) == ("line", "year", "sales")
    assert "'year': date, from 2019 to 2022" in summarize_table(df)
    assert resolve(plan, df).categories == ["2019", "2020", "2021", "2022"]


def test_dates_written_as_text_are_dates_to_planner_summary_and_resolver() -> None:
    df = pd.DataFrame({"launch": ["Mar 2024", "Jan 2024", "Feb 2024"], "users": [30, 10, 20]})
    plan = RulesPlanner().plan(PlanRequest("users per launch", table=df)).plan
    assert (plan.chart_type, plan.x, plan.y) == ("line", "launch", "users")
    assert "'launch': date, from 2024-01-01 to 2024-03-01" in summarize_table(df)
    data = resolve(plan, df)
    assert data.categories == ["Jan 2024", "Feb 2024", "Mar 2024"] and data.series[0][1] == [10, 20, 30]


def test_identifiers_are_described_as_identifiers_not_quantities() -> None:
    df = pd.DataFrame({"postal_code": ["84102", "60316", "98052-8300"], "total": [1.5, 2.0, 3.0]})
    assert profile_column(df["postal_code"]).id_like
    text = summarize_table(df)
    assert "'postal_code': identifier, 3 distinct" in text and "'total': number, range 1.5 … 3" in text


def test_large_columns_are_profiled_from_a_sample_but_converted_in_full() -> None:
    cells = ["n/a" if i % 10 == 0 else f"{i:,}" for i in range(50_000)]
    column = pd.Series(cells, name="visits")
    assert profile_column(column).kind == "numeric"
    numbers = to_numeric(column)
    assert numbers.isna().sum() == 5_000 and numbers.iloc[1234] == 1234.0 and numbers.iloc[49_999] == 49_999.0


def test_dashed_dates_with_the_year_last_are_day_first_when_no_part_decides() -> None:
    import pandas as pd

    from render.columns import parse_dates

    # a week of daily rows, "01-11-2025" … "07-11-2025": the first to the seventh of November, not the
    # eleventh of seven months; slashes keep the month-first reading
    days = parse_dates(pd.Series([f"0{d}-11-2025" for d in range(1, 8)]))
    assert [t.month for t in days] == [11] * 7 and [t.day for t in days] == list(range(1, 8))
    assert parse_dates(pd.Series(["11/01/2025", "11/02/2025"])).tolist()[1].day == 2

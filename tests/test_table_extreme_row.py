"""The row an extreme value sits in, told whole: "which job took the most hours and who did it" was
answered "custom pendant (9)" — the most, but not who. The answer now carries that row's other words
(ticket, date, goldsmith, status) after it, straight from the table; numbers stay out (their units
differ from the measure's), and a total over many rows names no row."""

from __future__ import annotations

from tests.rules_apps import rules_plan


def _answer(question: str, table: str) -> str:
    plan = rules_plan(question, table)
    assert plan.kind == "text", plan.kind
    return plan.answer.split("\n")[0]


def test_the_longest_job_names_who_did_it_and_its_ticket() -> None:
    first = _answer(
        "jeweller jobs attached which job took the most hours and who did it", "v19/jeweller_jobs.csv"
    )
    assert first.startswith("**Highest total hours**: custom pendant (9) — ")
    details = first.split(" — ", 1)[1]
    assert "goldsmith Ines" in details and "ticket J-2214" in details and "status in progress" in details
    assert "640" not in details  # the price is another measure: not listed beside the hours


def test_a_total_over_several_rows_names_no_row() -> None:
    # two routes a day: the busiest day is a sum of two rows, so no single row's details follow
    first = _answer("which day had the most passengers", "v19/ferry_crossings.csv")
    assert first.startswith("**Highest total passengers**: 06/07/2025 (3,938)") and " — " not in first


def test_the_details_follow_in_the_questions_language() -> None:
    first = _answer("quel ticket a coûté le plus cher ?", "v19/jeweller_jobs.csv")
    assert "J-2214" in first and " — " in first and first.endswith(".")


def test_a_date_is_written_as_a_date_and_numbers_and_long_texts_stay_out() -> None:
    import pandas as pd

    from generators.rules.lookup_rows import with_row

    df = pd.DataFrame(
        {
            "name": ["a", "b"],
            "when": pd.to_datetime(["2024-01-02", "2024-03-04"]),
            "n": [1, 2],
            "cost": ["10", "12.5"],  # numbers written as text are numbers too
            "who": ["X", "Y"],
            "note": ["short", "x" * 41],
        }
    )
    assert with_row("**Highest n**: b (2).", df, 1, ("name", "n"), "en") == (
        "**Highest n**: b (2) — when 2024-03-04, who Y."
    )
    assert with_row("**最高**：b（2）。", df, 1, ("name", "n", "when", "who"), "zh") == "**最高**：b（2）。"


def test_the_ranked_lookup_tells_its_row_too() -> None:
    """A numeric label ranked by a measure (`lookup_rows._ranked`, the other path to a most/least)."""
    import pandas as pd

    from generators.base import PlanRequest
    from generators.rules.planner import RulesPlanner

    df = pd.DataFrame(
        {"route": ["4", "7", "12"], "depot": ["North", "East", "West"], "punctuality": [93.3, 88.1, 90.0]}
    )
    plan = RulesPlanner().plan(
        PlanRequest(question="which route is the least punctual?", table=df, table_name="bus.csv")
    )
    assert plan.plan.answer.split("\n")[0] == "**Lowest punctuality**: 7 (88.1) — depot East."


def test_details_are_joined_the_languages_way() -> None:
    import pandas as pd

    from generators.rules.lookup_rows import with_row

    df = pd.DataFrame({"name": ["a"], "who": ["X"], "where": ["Y"]})
    assert with_row("**最高**：a（2）。", df, 0, ("name",), "zh") == "**最高**：a（2） — Who X、Where Y。"

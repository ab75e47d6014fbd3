"""Round 22b: questions over an attached table or markdown answer that were drawn instead of answered.

Lead-ins ("quick one", "from the tour doc", "jobs attached", "من الجدول", "この資料で", "по этой передаче
смены:") hid the question; a search or a pick by someone else ("the girls at the counter can search by
ticket number", "grandpa wants to pick") is the table explorer; several facts of the rows for one sheet
are key-number cards; a picture described by its light stays a picture over a table.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from generators import select_planner
from generators.base import PlanRequest
from generators.rules.passages import passages
from generators.rules.router import route
from generators.rules.signals import without_lead_in

DATA = Path(__file__).parent / "data"
JOBS = pd.DataFrame(
    {
        "ticket": ["J-1", "J-2", "J-3", "J-4"],
        "job": ["ring resize", "engraving", "ring resize", "custom pendant"],
        "goldsmith": ["Maya", "Tom", "Tom", "Ines"],
        "hours": [1.5, 1.0, 2.0, 9.0],
        "price_gbp": [45.0, 35.0, 60.0, 640.0],
        "status": ["done", "done", "waiting", "in progress"],
    }
)
BP = pd.DataFrame(
    {
        "日期": ["2025-03-01", "2025-03-02", "2025-03-03"],
        "早上收缩压": [148, 152, 145],
        "晚上收缩压": [139, 141, None],
    }
)
DOC = (DATA / "v19" / "distillery_tour.md").read_text(encoding="utf-8")


def _plan(question: str, **kw: object) -> object:
    planner, _ = select_planner("rules")
    return planner.plan(PlanRequest(question=question, **kw)).plan  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("quick q from the tour doc what do drivers get", "what do drivers get"),
        ("quick one how much did we make in june", "how much did we make in june"),
        ("jeweller jobs attached which job took the most hours", "which job took the most hours"),
        ("من الجدول اي يوم كان فيه اكثر ركاب", "اي يوم كان فيه اكثر ركاب"),
        ("この見学ツアーの資料で 運転する人には何が出るんだっけ", "運転する人には何が出るんだっけ"),
        ("по этой передаче смены: что делать если холодно", "что делать если холодно"),
        ("show sales by region", "show sales by region"),  # no lead-in: unchanged
    ],
)
def test_lead_in_is_read_past(question: str, rest: str) -> None:
    assert without_lead_in(question) == rest


@pytest.mark.parametrize(
    "question",
    [
        "quick one how much did we make on finished jobs in june",
        "jeweller jobs attached which job took the most hours and who did it",
    ],
)
def test_table_lookup_after_lead_in_is_text(question: str) -> None:
    assert route(question, table=JOBS).kind == "text"


def test_arabic_superlative_over_table_is_text() -> None:
    table = pd.DataFrame({"date": ["01/07", "02/07"], "passengers": [1842, 1905]})
    assert route("من الجدول اي يوم كان فيه اكثر ركاب", table=table).kind == "text"
    assert route("ارسم الركاب لكل يوم", table=table).kind != "text"  # a chart asked stays one


@pytest.mark.parametrize(
    "question",
    [
        "quick q from the tour doc what do drivers get",
        "この見学ツアーの資料で 運転する人には何が出るんだっけ",
        "по этой передаче смены: что делать если в рептилиях ниже 24 градусов",
    ],
)
def test_document_question_is_answered_in_text(question: str) -> None:
    assert route(question, markdown=DOC).kind == "text"


def test_document_plain_deck_ask_stays_slides() -> None:
    assert route("make slides from this", markdown=DOC).kind == "slides"


def test_drivers_lines_are_quoted() -> None:
    found = passages("what do drivers get", DOC)
    assert found and found[0].startswith("Drivers get a green wristband")
    plan = _plan("quick q from the tour doc what do drivers get", markdown=DOC)
    assert plan.kind == "text" and "> Drivers get a green wristband" in plan.answer


def test_search_by_column_gets_a_search_box() -> None:
    plan = _plan(
        "can you turn this into something the girls at the counter can search by ticket number",
        table=JOBS,
        table_name="jobs.csv",
    )
    assert plan.kind == "app"
    first = plan.inputs[0]
    assert first.type == "text" and first.name == "ticket"
    assert any(f.column == "ticket" and f.op == "contains" and f.input == "ticket" for f in plan.filters)


def test_someone_else_picking_rows_is_the_explorer() -> None:
    question = "grandpa wants to pick morning or evening and a few dates and just see those"
    assert route(question, table=BP).kind == "app"
    assert route("plot the morning readings", table=BP).kind == "chart"


def test_facts_for_one_sheet_are_an_infographic() -> None:
    plan = _plan("给社区医生做一张小结 平均多少 最高最低 哪几天没量", table=BP, table_name="bp.csv")
    assert plan.kind == "infographic"
    assert route("平均多少", table=BP).kind != "infographic"  # one fact, no sheet: not cards


def test_picture_with_its_light_over_a_table_is_an_image() -> None:
    question = "can u make me a pic of a goldsmith at the bench resizing a ring warm light for our insta"
    assert route(question, table=JOBS).kind == "image"
    assert route("make a pic of the hours per goldsmith", table=JOBS).kind != "image"

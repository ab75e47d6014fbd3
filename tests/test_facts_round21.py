"""Round 21 mechanisms of the offline planner, asserted on the plans it makes: facts of one thing with
the year it began (a subject before "est", a commissioning word, 建园) are cards even when a chart is
asked; a shop's details with "est 2021" are no series; the part of a document a question names is the
card; questions (a need without "?", advice about an artwork, a total or who has not paid over a table)
are words; bulleted lists keep their names whole and their ask typed after them; Korean week numbers
label a series; two of a table's measures asked side by side are one grouped chart."""

from __future__ import annotations

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.blocks import _stat
from generators.rules.infographic import named_part
from generators.rules.series_guard import founded_item


def _plan(question: str, table=None, markdown: str | None = None):
    return RulesPlanner().plan(PlanRequest(question=question, table=table, markdown=markdown)).plan


def _texts(plan) -> str:
    return plan.model_dump_json()


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("сделай диаграмму: лифт ПП-0411, грузоподъёмность 630 кг, скорость 1,0 м/с, 16 остановок, введён в 2004, "
         "следующее ТО 15.03", ["ПП-0411", "630 кг", "введён в 2004", "15.03"]),
        ("出个图表放首页：茶园海拔 650 米，2008 年建园，年产 3.2 吨，有机认证", ["650 米", "2008 年建园", "3.2 吨", "有机认证"]),
        ("make a graph for the hall noticeboard: club est 1961, 80 members, 3 courts, 12 teams, ph 02 4573 1120",
         ["1961", "80", "3", "12", "02 4573 1120"]),
    ],
)  # fmt: skip
def test_facts_with_the_year_a_thing_began_asked_as_a_chart_are_cards(question, kept) -> None:
    plan = _plan(question)
    assert plan.kind == "infographic"
    dump = _texts(plan)
    assert all(k in dump for k in kept)
    assert "ПП" not in {s.label for b in plan.blocks if b.type == "stats" for s in b.items}


@pytest.mark.parametrize(
    ("item", "founded"),
    [
        ("brigade est 1952", True),
        ("введён в 2004", True),
        ("2008 年建园", True),
        ("est 2021", True),
        ("trenuję od 2018", False),  # how long someone has trained: no place began
        ("26 active members", False),
    ],
)
def test_founded_item(item, founded) -> None:
    assert founded_item(item) is founded


def test_a_shops_details_with_its_opening_year_are_no_series() -> None:
    plan = _plan("door sticker info: est 2019, open 6 days, walk ins welcome, cash only, 0161 496 0321")
    assert plan.kind == "infographic"
    assert "0161 496 0321" in _texts(plan)  # the phone number whole, never "496 0321" under "0161"


def test_an_identifier_and_a_phone_number_stay_whole() -> None:
    assert _stat("лифт ПП-0411").value == "ПП-0411"
    assert _stat("0161 496 0321") is None


_DOC = """# Club notes

## Who is who

- Captain runs the club.

## Kit checklist (before training)

- Boots laced
- Water bottle filled

## Fees

Adults 80 a year.
"""


def test_the_part_of_a_document_named_is_the_card() -> None:
    plan = _plan("can u make the kit bit into a card we can stick inside the locker door", markdown=_DOC)
    assert plan.kind == "infographic"
    dump = _texts(plan)
    assert "Boots laced" in dump and "Captain" not in dump and "Adults" not in dump
    assert named_part(_DOC, "make the whole thing a poster") == _DOC  # no part named: all of it


@pytest.mark.parametrize(
    "question",
    [
        "what boiler size do i need for a 4 bed house with 2 bathrooms",
        "Which mount would you use for a 1890s watercolour, acid-free or ordinary? We disagree.",
        "écris-moi un petit sketch de 3 minutes, deux voisins qui se disputent un parking",
        "write me a short comedy sketch about a queue at the post office",
    ],
)
def test_questions_and_writing_are_words(question) -> None:
    assert _plan(question).kind == "text"


def test_a_picture_of_the_past_asked_as_a_question_stays_a_picture() -> None:
    assert _plan("What might the station have looked like in 1900, with steam and gas lamps?").kind == "image"


_JOBS = pd.DataFrame(
    {
        "job": ["tap", "boiler", "tap", "sink", "boiler"],
        "parts_gbp": [10.0, 50.0, 12.0, None, 40.0],
        "labour_gbp": [48.0, 72.0, 48.0, 96.0, 72.0],
        "paid": ["yes", "yes", None, "yes", "yes"],
    }
)


def test_two_measures_side_by_side_are_one_grouped_chart() -> None:
    plan = _plan("parts vs labour per job side by side pls", table=_JOBS)
    assert plan.kind == "chart" and plan.chart_type == "grouped_bar"
    assert plan.categories == ["tap", "boiler", "sink"]
    assert [s.values for s in plan.series] == [[22.0, 90.0, 0.0], [96.0, 144.0, 96.0]]
    assert "sink" in plan.answer and "0" in plan.answer  # the missing parts figure is said, not hidden


@pytest.mark.parametrize(
    "question", ["who hasnt paid yet", "what's the total labour and how much more than parts?"]
)
def test_lookups_over_a_table_are_words(question) -> None:
    assert _plan(question, table=_JOBS).kind == "text"


def test_a_bulleted_list_keeps_its_names_whole_and_its_ask_apart() -> None:
    plan = _plan("stall takings split\n- cakes 40%\n- tea and coffee 35%\n- raffle 25%\npie chart pls")
    assert plan.kind == "chart" and plan.chart_type == "pie"
    assert plan.categories == ["cakes", "tea and coffee", "raffle"]
    plan = _plan("guests so far:\n- my side 74\n- friends of the couple 38\n- work 20\nshow me who is bigger")
    assert plan.kind == "chart" and plan.categories == ["my side", "friends of the couple", "work"]


def test_korean_week_numbers_label_a_series() -> None:
    plan = _plan("주별 운동시간\n1주 3시간\n2주 4.5\n3주 2\n4주 5\n그래프로")
    assert plan.kind == "chart"
    assert plan.categories == ["1주", "2주", "3주", "4주"]
    assert plan.series[0].values == [3.0, 4.5, 2.0, 5.0]


def test_a_hindi_this_slip_is_the_table_not_an_app() -> None:
    table = pd.DataFrame({"centre": ["A", "B", "A", "B"], "litres": [100.0, 80.0, 120.0, 90.0]})
    plan = _plan("इस पर्ची में सेंटर के हिसाब से चार्ट बना दो", table=table)
    assert plan.kind == "chart" and plan.x == "centre" and plan.y == "litres"  # "सेंटर" names the column

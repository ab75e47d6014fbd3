"""Classes of questions the rules planner generalises over, each with examples written for this test
(none taken from a labelled set): motion asked of the visual, tools to play with, writing tasks on
given text, data pasted in odd formats, more languages, and what an attachment is asked about."""

from __future__ import annotations

import re
from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from generators.rules.templates import template
from generators.rules.words import lang_of


def plan_kind(question: str, **kw: object) -> str:
    return RulesPlanner().plan(PlanRequest(question=question, **kw)).plan.kind


# Motion asked of the visual itself ("make the bars grow", "the line drawing itself"), by language;
# describing how data changed ("how did it grow") stays a static chart.
@pytest.mark.parametrize(
    "question",
    [
        "make the bars grow for our donations: 2020 5, 2021 9, 2022 14",
        "watch our subscriber count tick up: Jan 100, Feb 180, Mar 260",
        "a short clip of the line drawing itself: week 1 3, week 2 5, week 3 9",
        "play it through the years: 2019 2, 2020 4, 2021 7",
        "anime les ventes : 2021 10, 2022 20, 2023 35",
        "anima a receita: 2021 10, 2022 12, 2023 18",
        "laat de staven groeien: 2021 4, 2022 7, 2023 9",
        "hareketli bir grafik yap: 2021 3, 2022 6, 2023 8",
        "ارسم مخططاً متحركاً للمبيعات: 2021 10، 2022 20، 2023 25",
        "biểu đồ chạy cho doanh số: 2021 5, 2022 8, 2023 11",
    ],
)
def test_motion_asked_of_the_visual_animates(question: str) -> None:
    assert route(question).kind == "animation"
    assert plan_kind(question) == "animation"


@pytest.mark.parametrize(
    "question",
    [
        "how did our donations grow: 2020 5, 2021 9, 2022 14",
        "revenue rose in each year: 2021 4, 2022 6, 2023 9",
        "the totals by race category: sprint 12, marathon 30, relay 8",
    ],
)
def test_change_described_in_the_data_stays_a_chart(question: str) -> None:
    assert route(question).kind == "chart"


# Tools to play with, asked for by what one wants to do with the numbers ("where I can filter",
# "change X and see", "pouvoir changer", "可以筛选") or by a tool noun in the user's language.
@pytest.mark.parametrize(
    "question",
    [
        "something where my team can sort the open bugs",
        "je veux pouvoir filtrer les commandes et voir le total",
        "做一个可以筛选地区的销售面板",
        "een rekentool voor de huur",
        "kalkulator kosztów podróży",
    ],
)
def test_wanting_to_act_on_the_numbers_asks_for_an_app(question: str) -> None:
    import pandas as pd

    table = pd.DataFrame({"region": ["N", "S", "E"], "amount": [3, 5, 2], "status": ["open", "done", "open"]})
    assert route(question, table=table).kind == "app"


def app_plan(question: str, **kw: object) -> Any:
    plan = RulesPlanner().plan(PlanRequest(question=question, **kw)).plan
    assert plan.kind == "app", getattr(plan, "answer", "")
    return plan


def test_a_factor_the_user_wrote_makes_a_converter() -> None:
    plan = app_plan("a converter for my recipes: 1 tbsp = 15 ml")
    assert "15.0" in plan.computed[0].formula and plan.inputs[0].label == "tbsp"


def test_prices_per_unit_with_a_fixed_fee_make_a_cost_calculator() -> None:
    plan = app_plan("make me a tool for my power bill: 0.30 €/kWh plus 12 € fixed fee")
    assert plan.computed[0].formula.endswith("* 0.3 + 12.0")


@pytest.mark.parametrize(
    ("question", "added"),
    [
        ("VAT calculator: enter the net price, 19% on top", True),
        ("service fee calculator: the amount, 4% of it", False),
    ],
)
def test_one_percentage_and_an_amount_make_a_percent_tool(question: str, added: bool) -> None:
    plan = app_plan(question)
    assert "19.0" in plan.computed[0].formula or "4.0" in plan.computed[0].formula
    assert any(c.name == "total" for c in plan.computed) == added


def test_a_countdown_counts_to_the_date_given() -> None:
    from datetime import date

    from generators.rules.app_more import countdown

    plan = countdown("countdown to my exam on 3 march", "en", today=date(2025, 1, 1))
    assert (
        plan.inputs[1].default == "2025-03-03" and plan.computed[0].formula == "days_between(today, target)"
    )
    plan = countdown("a countdown to the launch on 2030-01-15", "en", today=date(2025, 1, 1))
    assert plan.inputs[1].default == "2030-01-15"


def test_a_price_list_makes_an_order_form() -> None:
    plan = app_plan("snack bar prices: chips 1.50, soda 2.00, candy 0.80 - an order calculator")
    assert [i.label for i in plan.inputs] == ["chips (1.5)", "soda (2)", "candy (0.8)"]
    assert plan.computed[-1].formula == "chips * 1.5 + soda * 2.0 + candy * 0.8"


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("fuel calculator: enter litres and kilometres → litres per 100 km", "litres / kilometres * 100.0"),
        ("paint calculator: wall area and price per m²", "wall_area * price_per_m"),
        ("I want to change the hours and the hourly rate and see what I earn", "hours * hourly_rate"),
    ],
)
def test_named_quantities_combine_as_the_wording_says(question: str, formula: str) -> None:
    assert app_plan(question).computed[0].formula == formula


def test_term_pairs_without_a_separator_make_flashcards() -> None:
    plan = app_plan("flashcards: hund dog, katze cat, haus house")
    assert [(q.question, q.answer) for q in plan.views[0].questions] == [
        ("hund", "dog"),
        ("katze", "cat"),
        ("haus", "house"),
    ]


def test_an_explorer_on_a_column_named_like_a_keyword_is_valid() -> None:
    import pandas as pd

    table = pd.DataFrame(
        {"class": ["7A", "7B"] * 3, "and": ["x", "y", "x"] * 2, "score": [50, 60, 70, 80, 90, 65]}
    )
    plan = app_plan("let me explore the scores by class", table=table)
    assert {f.column for f in plan.filters} >= {"class"}


# The form named in more languages (nl, tr, pl, vi; Portuguese, Italian and Arabic inflections) and
# in lay wording ("pin it on the fridge", "how an invoice moves around", "a pic of").
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("maak een presentatie over ons jaar: doelen, resultaten, plannen", "slides"),
        ("yarın için bir sunum: hedefler, riskler, bütçe", "slides"),
        ("przygotuj prezentację: wprowadzenie, wyniki, wnioski", "slides"),
        ("làm bài thuyết trình: mục tiêu, tiến độ, kế hoạch", "slides"),
        ("ho bisogno di qualcosa da proiettare in classe: introduzione, esempi, esercizi", "slides"),
        ("tenho que apresentar amanhã: contexto, proposta, custos", "slides"),
        ("أريد عرضاً تقديمياً: الأهداف، الخطة، الميزانية", "slides"),
        ("something to pin on the fridge: water the plants, feed the cat, lock the door", "infographic"),
        ("新人向けに1枚にまとめて：挨拶、勤怠、経費精算", "infographic"),
        ("kontrol listesi: pasaport, bilet, şarj aleti", "infographic"),
        ("stroomschema: aanvraag, controle, goedkeuring, betaling", "diagram"),
        ("müşteri iade süreci: talep, kontrol, onay, ödeme", "diagram"),
        ("vẽ sơ đồ: đặt hàng, thanh toán, giao hàng", "diagram"),
        (
            "how an invoice moves around here: sales raises it, finance checks it, the boss signs it",
            "diagram",
        ),
        ("venn diagram-ish thing for tea, coffee and what they share", "diagram"),
        ("een plaatje van een vuurtoren bij storm", "image"),
        ("bir resim: karlı dağlar ve kulübe", "image"),
        ("obrazek: las jesienią we mgle", "image"),
        ("a pic of a fox reading a newspaper", "image"),
        ("cover art for my mixtape, neon and rain", "image"),
    ],
)
def test_the_form_in_more_languages_and_in_lay_wording(question: str, kind: str) -> None:
    assert route(question).kind == kind


# Writing tasks on text the user gives stay text, even when the text looks like a list.
@pytest.mark.parametrize(
    "question",
    [
        "can you reword this so it sounds friendlier: 'send the report, the slides, the budget by 5pm'",
        "check the grammar: 'she don't like apples, pears and plums'",
        "summarize this in two sentences: sales fell, costs rose, two stores closed, one opened",
        "このメッセージを丁寧に直して：明日、会議、無理です",
        "reformule plus poliment : envoie-moi le fichier, le budget et le planning",
    ],
)
def test_writing_tasks_on_given_text_are_text(question: str) -> None:
    assert route(question).kind == "text"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("fluxo de caixa mensal: jan 10, fev 12, mar 15", "chart"),
        ("cạnh tranh theo quý: Q1 10, Q2 14, Q3 9", "chart"),
        ("how do I go back to the old version?", "text"),
    ],
)
def test_everyday_words_that_look_like_cues_do_not_route(question: str, kind: str) -> None:
    assert route(question).kind == kind


def test_words_inside_a_quoted_passage_are_not_cues() -> None:
    from generators.rules.signals import unquoted

    assert route("translate 'the slides and the chart are ready' into Spanish").kind == "text"
    assert route("make slides titled 'Chart of the month' with three points").kind == "slides"
    assert unquoted("it's Tom's chart") == "it's Tom's chart"  # apostrophes open no quote


LONG_STORY = (
    "Quick context before the ask: our onboarding has grown over the years and nobody remembers how it "
    "fits together any more. The recruiter sends the contract, the new hire signs it, IT orders the laptop, "
    "the office manager books a desk, the team lead plans the first week and HR files the paperwork. "
    "People keep asking me who does what and when, and honestly I have to look it up each time too. "
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the request at the end of a long message
        (LONG_STORY + "Could you turn all of that into a flowchart for the wiki?", "diagram"),
        (LONG_STORY + "Can you make it into a few slides for Monday?", "slides"),
        # a deck named only as where the visual goes
        ("a chart I can paste into my presentation: Q1 10, Q2 14, Q3 12", "chart"),
        ("add these to the deck: north 40, south 25, east 30", "chart"),
        ("make a deck: intro, plan, budget", "slides"),
        # a process told as a story
        ("first the client signs, then legal reviews it, then finance pays. can you draw it", "diagram"),
        ("erst kommt der Antrag, dann die Prüfung, danach die Zahlung", "diagram"),
        # a generic picture of numbers is a chart of them, or key-number cards when units differ
        ("boss wants a picture of this: north 40, south 25, east 30", "chart"),
        ("one image with our stats: 12 offices, 98% uptime, 4.7 rating", "infographic"),
    ],
)
def test_the_shape_of_a_message(question: str, kind: str) -> None:
    assert route(question).kind == kind


def test_prose_holding_one_series_is_data_not_a_document() -> None:
    question = (
        "Some background first: we ran the canteen poll for two weeks and the answers are finally in. "
        "Everyone could pick one thing to change next term. In the end 41% asked for more vegetarian "
        "dishes, 26% for longer opening hours, 19% for cheaper coffee and 14% for more seats. "
        "I'd like something the whole office gets in two seconds."
    )
    assert route(question).kind == "chart"


@pytest.mark.parametrize(
    ("question", "labels", "values"),
    [
        (
            "so q1 was ok at 20k, q2 we hit 31k, q3 dipped to 27k and q4 35k",
            ["q1", "q2", "q3", "q4"],
            [20, 31, 27, 35],
        ),
        ("visits day1 120 day2 140 day3 90", ["day1", "day2", "day3"], [120, 140, 90]),
    ],
)
def test_chatty_series_keep_their_period_labels(
    question: str, labels: list[str], values: list[float]
) -> None:
    from generators.rules.extract import extract_data

    data = extract_data(question)
    assert data is not None and (data.categories, data.values) == (labels, values)


# Data pasted the way a tool gave it: CSV/TSV lines, a markdown table, JSON, "key: value" lines,
# inline assignments. Read as a table, charted by its columns; the rest of the question is the ask.
@pytest.mark.parametrize(
    ("question", "columns", "rows"),
    [
        ("city;rain_mm\nOslo;76\nBergen;220\nTromsø;90\nwhich is wettest", ["city", "rain_mm"], 3),
        ("| fruit | kg |\n|---|---|\n| apples | 12 |\n| pears | 7 |\n| plums | 4 |", ["fruit", "kg"], 3),
        (
            '[{"team":"red","goals":4},{"team":"blue","goals":7},{"team":"green","goals":2}]',
            ["team", "goals"],
            3,
        ),
        ('{"2021": 12, "2022": 18, "2023": 25} yearly signups', ["year", "value"], 3),
        ("Visitors\nMonday: 120\nTuesday: 95\nWednesday: 140", ["weekday", "Visitors"], 3),
        ("x=3; y=9; z=4 plot please", ["label", "value"], 3),
        ("東京:50 大阪:42 名古屋:18 をグラフに", ["label", "value"], 3),
    ],
)
def test_pasted_data_is_read_as_a_table(question: str, columns: list[str], rows: int) -> None:
    from generators.rules.pasted import pasted_table

    found = pasted_table(question)
    assert found is not None
    table, _ = found
    assert list(table.columns) == columns and len(table) == rows
    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    # charted by its columns (pandas computed the values), carried inline: no attachment will follow
    assert plan.kind == "chart" and not plan.uses_table
    assert len(plan.categories) == rows and len(plan.series[0].values) == rows


@pytest.mark.parametrize(
    "question",
    [
        "Uptime: 99.95%\nLatency: 120 ms\nErrors: 14\nmake it look nice for the status page",
        "meet at 9:00, 11:30 and 16:00",
        "rent 1200, food 450, car 300",  # an ordinary list stays with the question's own extraction
        'is this valid json? {"name": "Ana", "age": 31,}',
    ],
)
def test_what_is_not_a_pasted_table(question: str) -> None:
    from generators.rules.pasted import pasted_table

    assert pasted_table(question) is None


RECORDS = "2019 apples 10 pears 12 plums 5; 2020 apples 14 pears 11 plums 9; 2021 apples 20 pears 13 plums 15"


def test_records_per_period_are_one_long_table() -> None:
    """'2019 apples 10 pears 12; 2020 …': a row per (period, item), every number kept."""
    from generators.rules.pasted import pasted_table

    found = pasted_table(f"fruit sales:\n{RECORDS.replace('; ', chr(10))}\nthanks")
    assert found is not None
    table, instruction = found
    assert list(table.columns) == ["year", "item", "value"] and len(table) == 9
    assert table[table.item == "plums"].value.tolist() == [5, 9, 15]
    assert instruction == "fruit sales: thanks"
    # labels that differ between periods, or numbers in different units, are not one table
    assert pasted_table("2019 apples 10 pears 12; 2020 apples 14 figs 11") is None
    assert pasted_table("2019 walked 8 km slept 7 h; 2020 walked 9 km slept 6 h") is None


def test_records_race_every_item_and_chart_a_line_each() -> None:
    race = RulesPlanner().plan(PlanRequest(question=f"bar chart race of fruit sales: {RECORDS}")).plan
    assert race.kind == "animation"
    chart = race.scenes[0].visual
    assert race.scenes[0].frames_from == "series"
    assert chart.categories == ["apples", "pears", "plums"]
    assert [s.name for s in chart.series] == ["2019", "2020", "2021"]
    assert chart.series[2].values == [20, 13, 15]
    static = RulesPlanner().plan(PlanRequest(question=f"chart fruit sales: {RECORDS}")).plan
    assert static.kind == "chart" and static.chart_type == "line"
    assert {s.name: s.values for s in static.series} == {
        "apples": [10, 14, 20],
        "pears": [12, 11, 13],
        "plums": [5, 9, 15],
    }
    assert "Total" not in static.title and "**plums** from 5 (2019) to 15 (2021)" in static.answer


DOC = "# House rules\n\n" + "\n".join(
    f"- Rule {i}: keep the shared kitchen tidy and label food in the fridge." for i in range(12)
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("does this say anything about parking?", "text"),
        ("who signs off on guests staying over?", "text"),
        ("make this into slides", "slides"),
        ("could you turn this into a checklist?", "infographic"),
    ],
)
def test_a_question_about_a_document_is_answered_in_text(question: str, kind: str) -> None:
    assert route(question, markdown=DOC).kind == kind


def test_lookups_on_a_table_are_computed_and_groupings_stay_charts() -> None:
    import pandas as pd

    table = pd.DataFrame({"city": ["Oslo", "Bergen", "Tromsø", "Oslo"], "rain_mm": [76, 220, 90, 80]})
    plan = RulesPlanner().plan(PlanRequest(question="which city got the most rain_mm?", table=table)).plan
    assert plan.kind == "text" and plan.answer.startswith(
        "**Highest total rain mm**: Bergen (220)"
    )  # Oslo: 76 + 80
    plan = RulesPlanner().plan(PlanRequest(question="what's the total rain_mm we logged?", table=table)).plan
    assert plan.kind == "text" and plan.answer.startswith("**Total rain mm**: 466")
    assert route("average rain_mm by city", table=table).kind == "chart"
    assert route("What is the average rain_mm of cities with ids 1 or 2?", table=table).kind == "chart"


def test_practical_facts_in_prose_become_infographic_items() -> None:
    question = (
        "The school fair is next Sunday and parents keep messaging me. Doors open at 10, parking is behind "
        "the gym, bring cash for the stalls, and the raffle is drawn at 3. Could you make a one-pager?"
    )
    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    assert plan.kind == "infographic"
    text = " ".join(str(b.model_dump()) for b in plan.blocks).lower()
    assert all(
        w in text for w in ("doors open at", "parking is behind the gym", "bring cash", "raffle is drawn at")
    )
    assert (
        "parents keep messaging" not in text and "one-pager" not in text
    )  # the lead and the ask are not items


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a chart noun with no number anywhere: the structure the user gave decides
        ("مخطط لخطوات الطلب: اختيار المنتج، الدفع، الشحن", "diagram"),
        ("a chart of the steps: sign up, verify, pay, start", "diagram"),
        ("a chart of my spending", "chart"),  # nothing to lay out: the chart builder says what is missing
        # diagram types named in lay words
        ("draw the refund policy as a flow", "diagram"),
        ("a chart of our team: Ana leads, Ben and Cai report to her", "diagram"),
        # numbers written two ways describe different things, not one series
        ("club facts: 120 members, avg age 34, 9 coaches", "infographic"),
    ],
)
def test_structure_decides_when_a_chart_has_no_series(question: str, kind: str) -> None:
    assert route(question).kind == kind


def test_a_series_listed_in_a_document_is_charted_by_its_heading() -> None:
    doc = (
        "# Shop report\n\n## Footfall by week\n\n- Week 1: 320\n- Week 2: 410\n- Week 3: 380\n\n"
        "## Staff\n\n- Ana: 3 shifts\n- Ben: 5 shifts\n\n## Notes\n\nBusy on Saturdays."
    )
    plan = RulesPlanner().plan(PlanRequest(question="make a graph of the weekly footfall", markdown=doc)).plan
    assert plan.kind == "chart" and plan.categories == ["Week 1", "Week 2", "Week 3"]
    assert plan.series[0].values == [320, 410, 380]


def test_period_labels_win_over_how_items_are_written() -> None:
    from generators.rules.extract import extract_data

    data = extract_data("sales: 10 in Q1, Q2 20, Q3 30")
    assert data is not None and data.categories == ["Q1", "Q2", "Q3"] and data.values == [10, 20, 30]


@pytest.mark.parametrize(
    "message",
    [
        "Hi all,\n\nThe numbers are in. Could you turn them into a flowchart of who approves what?\n\nThanks,\nMo",
        "Hello,\n\nQuick one. Can you draw the approval flow for me?\n\nBest regards\nLena Fischer",
    ],
)
def test_an_email_sign_off_is_not_the_ask(message: str) -> None:
    from generators.rules.signals import last_sentence

    assert last_sentence(message).startswith(("Could you", "Can you"))


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("doanh thu: tuần 1 120, tuần 2 150, tuần 3 170", ["tuần 1", "tuần 2", "tuần 3"]),
        ("ventes : semaine 1 120, semaine 2 150, semaine 3 170", ["semaine 1", "semaine 2", "semaine 3"]),
        ("satışlar: hafta 1 40, hafta 2 55, hafta 3 61", ["hafta 1", "hafta 2", "hafta 3"]),
    ],
)
def test_a_numbered_period_is_a_label_in_every_language(question: str, labels: list[str]) -> None:
    from generators.rules.extract import extract_data

    data = extract_data(question)
    assert data is not None and data.categories == labels and len(data.values) == 3


@pytest.mark.parametrize(
    "question",
    [
        "a little tool where I type the price and it adds 8% tax",
        "a page where people pick a size and see the price",
    ],
)
def test_where_i_type_asks_for_an_app(question: str) -> None:
    assert route(question).kind == "app"


def test_a_story_told_in_order_that_asks_a_question_is_text() -> None:
    assert route("I went to the shop, then to the bank, then home. what did I forget?").kind == "text"
    assert (
        route("the form goes to HR, then to my manager, then to payroll. can you draw that?").kind
        == "diagram"
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("city;rain_mm\nOslo;76\nBergen;220\nTromsø;90\nchart it", "chart"),
        ("year\tmembers\n2021\t40\n2022\t65\n2023\t120\nanimate this", "animation"),
        ("region,amount\nnorth,12\nsouth,30\neast,18\nlet me filter and sort these", "app"),
        (
            "| step | minutes |\n|---|---|\n| wash | 5 |\n| dry | 12 |\n| fold | 7 |\nslides for the team please",
            "slides",
        ),
    ],
)
def test_plans_from_pasted_data_render_without_an_attachment(question: str, kind: str) -> None:
    from render import render
    from render.plan import ChartPlan

    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    assert plan.kind == kind
    result = render(plan)  # no table: the plan carries the pasted data itself
    assert result.to_bytes(".svg")
    charts = [c for c in _walk_charts(plan) if isinstance(c, ChartPlan)]
    assert all(not c.uses_table for c in charts)
    if kind == "chart":
        assert dict(zip(plan.categories, plan.series[0].values, strict=True)) == {
            "Oslo": 76,
            "Bergen": 220,
            "Tromsø": 90,
        }
    if kind == "app":
        assert plan.table is not None and plan.table.rows == [["north", 12], ["south", 30], ["east", 18]]


def _walk_charts(obj: Any) -> list[Any]:
    from pydantic import BaseModel

    from render.plan import ChartPlan

    if isinstance(obj, ChartPlan):
        return [obj]
    if isinstance(obj, BaseModel):
        return [c for name in type(obj).model_fields for c in _walk_charts(getattr(obj, name))]
    if isinstance(obj, list):
        return [c for v in obj for c in _walk_charts(v)]
    return []


def test_dates_written_after_the_item_make_a_timeline() -> None:
    plan = plan_of(
        "timeline of our project: kickoff 3 March, design review 20 March, beta 15 May, launch 1 July"
    )
    assert plan.kind == "infographic"
    (block,) = plan.blocks
    assert block.type == "timeline"
    assert [(e.date, e.title) for e in block.events] == [
        ("3 March", "Kickoff"),
        ("20 March", "Design review"),
        ("15 May", "Beta"),
        ("1 July", "Launch"),
    ]


def test_calendar_dates_are_never_plotted() -> None:
    """'kickoff on May 15, 2025': the day and the year say when, they are not values to compare."""
    plan = plan_of("slides for our plan: kickoff on May 15, 2025; beta in Q3; launch 2026-01-10")
    assert plan.kind == "slides"
    shown = " ".join(
        " ".join([s.title, *s.bullets, *(e.date + " " + e.title for e in s.events)]) for s in plan.slides
    )
    assert not any(s.layout in ("chart", "big_number", "stats") for s in plan.slides)
    for part in ("May 15, 2025", "kickoff", "Q3", "beta", "2026-01-10", "launch"):
        assert part.casefold() in shown.casefold(), part
    # a month-by-month series is still a series
    series = plan_of("sales: April 12, May 15, June 20")
    assert series.kind == "chart" and series.categories == ["April", "May", "June"]


def plan_of(question: str) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def test_two_sides_compared_item_by_item_make_a_table() -> None:
    plan = plan_of("compare iPhone vs Pixel: price $999 vs $899, battery 20 h vs 24 h, weight 187 g vs 210 g")
    assert plan.kind == "infographic" and plan.title == "iPhone vs Pixel"
    (block,) = plan.blocks
    assert block.type == "table" and block.columns == ["", "iPhone", "Pixel"]
    assert block.rows == [
        ["Price", "$999", "$899"],
        ["Battery", "20 h", "24 h"],
        ["Weight", "187 g", "210 g"],
    ]
    sections = plan_of("Plan A vs Plan B: cost: 10k vs 14k; time: 3 weeks vs 2 weeks; risk: low vs medium")
    assert sections.blocks[0].rows[2] == ["Risk", "low", "medium"]
    # sides without values for each ("cats are quiet, dogs are loyal") are not a table
    assert (
        plan_of("cats vs dogs infographic: cats are quiet, dogs are loyal, both shed").blocks[0].type
        != "table"
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("what's 15% of 240", "15% of 240 = **36**"),
        ("what is 12*7+3?", "12*7+3 = **87**"),
        ("how much is 17.5% of $1,240", "17.5% of $1,240 = **$217**"),
        ("calculate (3 + 4) ^ 2", "(3 + 4) ^ 2 = **49**"),
    ],
)
def test_a_sum_is_worked_out_not_charted(question: str, answer: str) -> None:
    plan = plan_of(question)
    assert plan.kind == "text" and plan.answer == answer


def test_what_is_not_a_sum() -> None:
    from generators.rules.arithmetic import arithmetic

    for question in ("what is 15% of revenue", "what is 2/0", "sales 12, 15, 20", "__import__('os')"):
        assert arithmetic(question) is None, question


def test_two_sides_compared_on_a_slide_make_a_table_slide() -> None:
    plan = plan_of("compare iPhone vs Pixel in a slide: price 999 vs 899, battery 20 h vs 24 h")
    assert plan.kind == "slides" and plan.title == "iPhone vs Pixel"
    (slide,) = plan.slides
    assert slide.layout == "table" and slide.columns == ["", "iPhone", "Pixel"]
    assert slide.rows == [["Price", "999", "899"], ["Battery", "20 h", "24 h"]]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Plan A vs Plan B: cost 10 vs 12, speed 3 vs 5, risk low vs high", "infographic"),
        ("slides: Plan A vs Plan B: cost 10 vs 12, speed 3 vs 5, risk low vs high", "slides"),
    ],
)
def test_a_comparison_with_words_among_its_values_is_a_table_not_a_refusal(question, kind) -> None:
    """Items whose values are words ('risk low vs high') still read as rows: the value on the left
    is as many words as its match on the right. Plain numbers of different measures are no chart,
    so the comparison is laid out, not answered with "I need the numbers"."""
    plan = plan_of(question)
    assert plan.kind == kind
    rows = [["Cost", "10", "12"], ["Speed", "3", "5"], ["Risk", "low", "high"]]
    if kind == "slides":
        (slide,) = plan.slides
        assert slide.layout == "table" and (slide.columns, slide.rows) == (["", "Plan A", "Plan B"], rows)
    else:
        (table,) = [b for b in plan.blocks if b.type == "table"]
        assert (table.columns, table.rows) == (["", "Plan A", "Plan B"], rows)
    many = plan_of("Vue vs React: ease of use good vs great, size 30kb vs 40kb, ecosystem smaller vs huge")
    (table,) = [b for b in many.blocks if b.type == "table"]
    assert table.rows[0] == ["Ease of use", "good", "great"]


def test_reading_records_is_linear_in_the_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers are read once per segment, and a page-long segment is no record (a 13,500-character
    question with 300 time words took 26 s when each time word re-read the rest)."""
    from generators.rules import pasted

    calls: list[int] = []
    real = pasted.find_numbers

    def counting(text: str, *args: Any) -> Any:
        calls.append(len(text))
        return real(text, *args)

    monkeypatch.setattr(pasted, "find_numbers", counting)
    assert pasted._period_records("animate Q1 - pros: 1,240 " * 300) is None
    assert calls == []  # one segment, far longer than a record: not read at all
    found = pasted._period_records("; ".join(f"{2000 + k % 20} apples {k} pears {k + 1}" for k in range(300)))
    assert found is None  # a year repeats: not one record per period
    assert len(calls) == 300 and max(calls) <= pasted.RECORD_CHARS


def test_a_line_per_item_is_described_from_the_rows_the_chart_shows() -> None:
    """The answer's first and last values come from the filtered rows, as the chart's do."""
    import pandas as pd

    from generators.rules.table import chart_from_table

    df = pd.DataFrame(
        [
            {"year": y, "item": item, "region": region, "value": base * scale + y - 2019}
            for y in (2019, 2020, 2021)
            for item, base in (("apples", 10), ("pears", 20))
            for region, scale in (("North", 1), ("South", 100))
        ]
    )
    plan = chart_from_table("line chart of value by year and item for North", df)
    assert plan.color == "item" and [(f.column, f.value) for f in plan.filters] == [("region", "North")]
    assert "**apples** from 10 (2019) to 12 (2021)" in plan.answer
    assert "**pears** from 20 (2019) to 22 (2021)" in plan.answer


def full_plan(question: str) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


# Content said rather than typed (generators/rules/spoken.py): a list said aloud after "like" /
# "就是", a topic with its parts in brackets, steps told with sequence words in any language. The
# items are the user's words in order, fillers dropped; nothing is added.
@pytest.mark.parametrize(
    ("question", "kind", "items"),
    [
        (
            "uh so I need slides for the offsite like the agenda the team goals and the travel budget",
            "slides",
            ["agenda", "team goals", "travel budget"],
        ),
        (
            "necesito unas diapositivas para la reunión con el cliente como el contexto la propuesta y el precio",
            "slides",
            ["contexto", "propuesta", "precio"],
        ),
        (
            "做个幻灯片 给新同事培训 内容就是 安全 工具 考勤 报销 谢谢",
            "slides",
            ["安全", "工具", "考勤", "报销"],
        ),
        (
            "slides for the volunteer briefing: safety (gloves, sun cream, water)",
            "slides",
            ["gloves", "sun cream", "water"],
        ),
    ],
)
def test_a_list_said_aloud_becomes_the_deck(question: str, kind: str, items: list[str]) -> None:
    plan = full_plan(question)
    assert plan.kind == kind
    text = plan.model_dump_json(exclude={"answer", "alt_text"}).lower()  # what the slides show
    for item in items:
        assert item.lower() in text, (item, text[:300])
    assert "谢谢" not in text  # a closing "thanks" is no slide


@pytest.mark.parametrize(
    ("question", "steps"),
    [
        (
            "ok the process is that the parcel arrives then we scan it then it goes on the shelf and then the courier picks it up can you draw that",
            ["the parcel arrives", "we scan it", "it goes on the shelf", "the courier picks it up"],
        ),
        (
            "der Ablauf ist so: wir nehmen die Probe dann wird sie beschriftet danach eingefroren und am Ende ins Labor geschickt",
            ["wir nehmen die Probe", "wird sie beschriftet", "eingefroren", "ins Labor geschickt"],
        ),
        (
            "o processo é que o pedido chega depois o estoque confere em seguida embala e finalmente envia",
            None,
        ),
    ],
)
def test_steps_told_aloud_become_a_chain(question: str, steps: list[str] | None) -> None:
    plan = full_plan(question)
    assert plan.kind == "diagram"
    labels = [n.label for n in plan.nodes]
    assert len(labels) >= 3 and len(plan.edges) == len(labels) - 1  # one chain, in order
    if steps is not None:
        assert labels == steps


def test_steps_told_aloud_are_titled_by_their_subject_and_the_ask_is_no_step() -> None:
    plan = full_plan(
        "so the process is we get the order then we pack it then we check the label and finally we ship it, can you draw that"
    )
    assert plan.title == "Process"  # not "Process is"
    plan = full_plan(
        "el proceso es que recibimos el pedido luego lo preparamos luego revisamos la etiqueta y al final lo enviamos, dibújalo"
    )
    assert [n.label for n in plan.nodes][-1] == "lo enviamos"  # "dibújalo" asks, it is no step


def test_a_chatty_sentence_with_a_spoken_list_but_no_visual_asked_stays_text() -> None:
    """Precision: the spoken readers never route; a story with 'like the a the b and the c' and no
    form named is a written answer, and a deck with no list said stays an honest request."""
    from generators.rules.spoken import said

    story = "we went hiking like the whole family the neighbours and the dog, it rained all day"
    assert said(story) is not None  # the shape is there…
    assert route(story).kind == "text" and full_plan(story).kind == "text"  # …but nothing asked to lay it out
    vague = "I need slides for the rebrand, something that looks good"
    assert full_plan(vague).kind == "text"  # no items said: nothing is invented


def test_a_rate_in_units_becomes_a_capped_calculator() -> None:
    """'10 mg/kg, max 500 mg' with the weight typed in kg: weight × rate, capped as written; a ratio of
    words ('pallets per truck') is no unit rate and stays an honest text."""
    from render.interactive_model import AppPlan
    from render.interactive_state import evaluate

    plan = full_plan("calculadora: peso del niño en kg, dosis de 10 mg/kg, máximo 500 mg")
    assert plan.kind == "app"
    app = AppPlan.model_validate(plan.model_dump())
    name = app.inputs[0].name
    assert evaluate(app, {name: 20}).values["result"] == pytest.approx(200)
    assert evaluate(app, {name: 80}).values["result"] == pytest.approx(500)  # the stated maximum
    capped = full_plan("a calculator where I type the dog's weight in kg: 2 ml per kg, at most 1 l")
    app = AppPlan.model_validate(capped.model_dump())
    assert evaluate(app, {app.inputs[0].name: 700}).values["result"] == pytest.approx(1000)  # 1 l in ml
    assert full_plan("pallets per truck calculator from pallet length and trailer length").kind == "text"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("we went out last night, the burgers, the shakes and the fries, what a night", "text"),
        ("make a grpah of sales: Q1 10, Q2 12, Q3 9", "chart"),  # an English form word, swapped
        ("fais une firse de notre histoire : 2019 création, 2021 levée, 2024 rachat", "infographic"),
        ("haz unas diapositvias sobre el plan: contratar, vender, crecer", "slides"),
    ],
)
def test_a_swapped_letter_typo_is_a_form_word_of_the_questions_language_or_english(
    question: str, kind: str
) -> None:
    """'fries' is the French 'frise' (timeline) with two letters swapped, but an English sentence
    means the food: typos are matched against the question's own language's form words and English's."""
    assert route(question).kind == kind


@pytest.mark.parametrize(
    ("question", "items"),
    [
        (
            "our process: get order, pack, check label, ship, can you draw that",
            ["get order", "pack", "check label", "ship"],
        ),
        (
            "der Ablauf: Bestellung annehmen, packen, Etikett prüfen, versenden, zeichne das",
            ["Bestellung annehmen", "packen", "Etikett prüfen", "versenden"],
        ),
        ("nuestro proceso: recibir, preparar, enviar, dibújalo", ["recibir", "preparar", "enviar"]),
        ("launch steps: design, build, test, show the demo", ["design", "build", "test", "show the demo"]),
    ],
)
def test_the_visual_asked_for_after_a_list_is_no_item(question: str, items: list[str]) -> None:
    """'…, ship, can you draw that' asks for the picture: drawing it as a step would put words the
    user said to us into their diagram. An item that merely starts with a verb stays."""
    plan = full_plan(question)
    assert plan.kind == "diagram" and [n.label for n in plan.nodes] == items


def test_a_last_item_that_is_no_ask_for_the_visual_is_kept() -> None:
    text = full_plan("house rules as a checklist: be kind, no phones, please share").model_dump_json()
    assert "Please share" in text or "please share" in text


def test_a_korean_year_is_no_value_and_a_korean_answer_is_not_in_chinese() -> None:
    """'2015년' is a year as '2015年' is: never a bar beside counts of people. Computed answers have
    English and Chinese templates; a Korean or Japanese question gets English, not Chinese grammar."""
    plan = full_plan("그래프로: 우리 매장 오픈 2015년, 직원 12명, 하루 방문객 300명")
    values = [v for s in getattr(plan, "series", []) for v in s.values]
    assert 2015 not in values
    plan = full_plan("2023년 매출: 1분기 120, 2분기 150, 3분기 90, 4분기 200 그래프")
    assert plan.kind == "chart" and plan.categories == [
        "1분기",
        "2분기",
        "3분기",
        "4분기",
    ]
    assert plan.series[0].values == [120, 150, 90, 200]
    assert not re.search(r"最|为|合计", plan.answer) and "200" in plan.answer
    # a quarter's number is its label, never a value (this drew 1, 2, 3 "min" before); the dictated
    # values ("삼억") are read (tests/test_rules_cjk_numbers.py)
    plan = full_plan("음 그러니까 1분기 매출이 삼억 2분기가 사억 3분기가 삼억오천 그래프로 보여줘")
    assert plan.kind == "chart" and plan.series[0].values == [3, 4, 3.5]
    japanese = full_plan("売上をグラフに：東京 120、大阪 90、名古屋 60")
    assert japanese.kind == "chart" and not re.search(r"最高|为|合计", japanese.answer)


@pytest.mark.parametrize(
    "question",
    [
        "crash reports per release: 4.0 212, 4.1 148, 4.2 96, 4.3 51",
        "Abstürze pro Version: 4,0 212, 4,1 148, 4,2 96",
    ],
)
def test_numbers_that_name_the_items_are_labels_never_values_beside_them(question: str) -> None:
    """'4.0 212, 4.1 148': releases and their counts. Plotting 4.0 beside 212 (as a run of eight
    values) charted version numbers as data."""
    plan = full_plan(question)
    assert plan.kind == "chart"
    assert plan.categories[:2] in (["4.0", "4.1"], ["4,0", "4,1"])
    assert plan.series[0].values[:3] == [212, 148, 96]


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("apples 30, bananas 20, cherries 50", True),
        ("average order value by month: Jan 42, Feb 45, Mar 39", False),
        ("my weight: Jan 80 kg, Feb 79 kg, Mar 77 kg", False),
        ("各城市平均房价：北京 6.5万，上海 7万，深圳 5.8万", False),
    ],
)
def test_a_total_is_stated_only_where_adding_up_means_something(question: str, total: bool) -> None:
    """'the 3 values total 236 kg' for three monthly weights states a sum nobody has: levels and
    averages are never added up."""
    plan = full_plan(question)
    assert plan.kind == "chart" and plan.chart_type == "bar"
    assert (("total" in plan.answer) or ("合计" in plan.answer)) is total


def test_a_word_like_share_implies_no_pie_of_prices() -> None:
    """'share price' is a price: a pie would show parts of a whole that does not exist."""
    assert full_plan("share price: Mon 101, Tue 99, Wed 104").chart_type == "bar"
    assert full_plan("market share: Apple 45%, Samsung 30%, others 25%").chart_type == "pie"


@pytest.mark.parametrize(
    "question",
    [
        "그래프로: 사과 30, 바나나 20, 체리 50",
        "als Diagramm: Äpfel 30, Bananen 20, Kirschen 50",
        "画成图：苹果30，香蕉20，樱桃50",
        "como gráfico: manzanas 30, plátanos 20, cerezas 50",
    ],
)
def test_the_ask_for_a_chart_never_names_its_measure(question: str) -> None:
    """'그래프로' (as a graph), 'als' (as), '画成图' (draw into a chart) ask for the form: they are no
    measure, so the axis and title do not say 'Als' or '成'."""
    plan = full_plan(question)
    assert plan.kind == "chart"
    value = template(lang_of(question))["value"]  # "Value", "Wert", "값": the language's word, no measure
    assert value != "Value" or lang_of(question) == "en"
    assert plan.series[0].name == value and plan.y_title == value


def test_a_measure_written_before_the_ask_is_kept() -> None:
    assert full_plan("売上をグラフにして：東京 120、大阪 90、名古屋 60").y_title == "売上"
    assert full_plan("매출 그래프로: 1월 30, 2월 20, 3월 50").y_title == "매출"
    assert full_plan("成本：一月30，二月20，三月50").y_title == "成本"


def test_percentages_that_make_no_whole_are_bars_even_when_a_pie_is_asked_for() -> None:
    """40% and 35% in a pie are drawn as 53% and 47% wedges: shares the user never gave."""
    plan = full_plan("pie chart: mornings 40%, evenings 35%")
    assert plan.chart_type == "bar" and plan.series[0].values == [40, 35]
    assert "75%" in plan.answer and "not to a whole" in plan.answer
    assert full_plan("pie chart: Apple 45%, Samsung 30%, others 25%").chart_type == "pie"

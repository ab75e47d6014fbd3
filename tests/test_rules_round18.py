"""Round 18: budgets stated as income or as a year-like amount are checked, not lost; a histogram's
count axis in the plan's language in every painter; timeline labels over their dots; a sentence
before a list names it; titles that only point at the message name nothing."""

from __future__ import annotations

from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.content import clean_lead
from render import chart_draw
from render.layout import Context, Rect, TextBox
from render.plan import ChartPlan, InfographicPlan
from render.theme import get_theme
from tests.test_chart import fig_of, native


def _plan(question: str) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


# ------------------------------------------------------------------------------------------ budgets


def test_a_budget_asked_with_enough_at_the_end_is_checked_and_the_budget_kept() -> None:
    plan = _plan("i have 800 euros: rent 500 food 200 phone 40 enough?")
    assert plan.kind == "text"  # was a bar chart of the three costs, with the 800 lost
    assert "740" in plan.answer and "800" in plan.answer and plan.answer.startswith("Yes")


def test_a_year_like_budget_is_the_budget_not_a_year() -> None:
    plan = _plan("my budget is 2000 a month: rent 1200, food 400, transport 150, gym 60. is it enough?")
    # was "400 + 150 + 60 come to 610, 590 less than the 1200 you have": rent read as the budget
    assert plan.kind == "text"
    assert "1200 + 400 + 150 + 60" in plan.answer and "1,810" in plan.answer and "190" in plan.answer


@pytest.mark.parametrize(
    ("question", "spent", "budget"),
    [
        (
            "we earn 2400 a month, rent 1100 food 500 car 300 - can we afford a 400 loan payment?",
            "2,300",
            "2400",
        ),
        ("gano 1500 al mes: alquiler 700, comida 300, transporte 80. ¿me alcanza?", "1.080", "1500"),
    ],
)
def test_an_income_is_the_amount_costs_are_held_against(question: str, spent: str, budget: str) -> None:
    plan = _plan(question)
    assert plan.kind == "text" and spent in plan.answer and budget in plan.answer


def test_an_income_before_a_chart_of_costs_is_said_not_lost() -> None:
    plan = _plan("I make 3000 a month. rent 1500 food 600 car 400 fun 300 - chart it")
    assert plan.kind == "chart"  # was "I need the numbers"
    assert plan.categories == ["rent", "food", "car", "fun"]  # the income is no cost bar
    assert "3,000" in plan.answer and "income" in plan.answer


def test_a_year_in_a_real_year_sense_is_still_no_budget() -> None:
    plan = _plan("in 2023 I have spent: rent 500, food 200, phone 40. is that enough?")
    assert "2023" not in plan.answer


# --------------------------------------------------------------------------- the histogram's count axis


def _spanish_histogram() -> ChartPlan:
    return ChartPlan(
        chart_type="histogram",
        language="es",
        x_title="Edad",
        y_title="Frecuencia",
        series=[{"name": "Socios", "values": [23, 25, 31, 34, 35, 41, 42, 44, 47, 52, 55, 61]}],
    )


def test_every_painter_writes_the_plans_count_axis_title() -> None:
    plan = _spanish_histogram()
    fig = fig_of(plan)
    assert fig.layout.xaxis.title.text == "Edad" and fig.layout.yaxis.title.text == "Frecuencia"
    slot_texts = [
        e.text
        for e in chart_draw.lower(*_slot_parts(plan))
        if isinstance(e, TextBox) and e.text in ("Edad", "Frecuencia", "count")
    ]
    assert sorted(slot_texts) == ["Edad", "Frecuencia"]
    c = native(plan).chart
    assert c.value_axis.axis_title.text_frame.text == "Frecuencia"
    assert c.category_axis.axis_title.text_frame.text == "Edad"


def _slot_parts(plan: ChartPlan) -> tuple[Any, ...]:
    from render import chart

    theme = get_theme("light")
    slot = chart.slot(plan, Rect(40, 60, 880, 440), Context(theme=theme))
    return slot.chart, slot.data, slot.rect, theme


def test_a_histogram_without_an_x_title_keeps_the_values_name_on_x() -> None:
    # plans written before the count axis had a title name the values in y_title
    plan = ChartPlan(
        chart_type="histogram", y_title="Age", unit="years", series=[{"name": "a", "values": [1, 2, 3]}]
    )
    fig = fig_of(plan)
    assert fig.layout.xaxis.title.text == "Age (years)" and fig.layout.yaxis.title.text == "count"


def test_a_table_histogram_names_its_count_axis_in_the_questions_language() -> None:
    import pandas as pd

    table = pd.DataFrame({"edad": [23, 25, 31, 34, 35, 41, 42, 44, 47, 52, 55, 61]})
    plan = (
        RulesPlanner()
        .plan(PlanRequest(question="histograma de la edad", table=table, table_name="socios.csv"))
        .plan
    )
    assert plan.kind == "chart" and plan.chart_type == "histogram"
    assert plan.x_title == "Edad" and plan.y_title == "Frecuencia"


# ------------------------------------------------------------------------------------------ timelines


def _label_centres(plan: InfographicPlan) -> tuple[list[float], list[float]]:
    from render import infographic

    pages = infographic.layout(plan, Context(theme=get_theme("light"))).pages
    els = pages[0].elements
    dots = sorted((e for e in els if ".dot[" in getattr(e, "name", "")), key=lambda e: e.name)
    dates = sorted((e for e in els if ".date[" in getattr(e, "name", "")), key=lambda e: e.name)
    return [d.rect.x + d.rect.w / 2 for d in dots], [b.rect.x + b.rect.w / 2 for b in dates]


def test_short_first_and_last_timeline_labels_sit_over_their_dots() -> None:
    plan = InfographicPlan(
        title="Clinic roadmap",
        blocks=[
            {
                "type": "timeline",
                "events": [
                    {"date": "Q1", "title": "Hire 2 nurses"},
                    {"date": "Q2", "title": "Open the new wing"},
                    {"date": "Q3", "title": "Buy x-ray machine"},
                    {"date": "Q4", "title": "Launch"},
                ],
            }
        ],
    )
    dots, labels = _label_centres(plan)
    assert len(dots) == len(labels) == 4
    # the first label was centred 100+ px right of its dot, the last one left of it
    assert abs(labels[0] - dots[0]) < 2 and abs(labels[-1] - dots[-1]) < 2


# ------------------------------------------------------------------------------------------- titles


def test_a_sentence_before_the_list_is_its_title_not_part_of_the_first_item() -> None:
    plan = _plan(
        "slides: our 2025 roadmap. Jan hire 2 designers, Mar open Berlin office, Jun reach 500 customers, "
        "Sep launch app v2, Dec break even"
    )
    assert plan.kind == "slides" and plan.title == "2025 roadmap"  # was "Overview", the year lost too
    slide = plan.slides[0]
    assert slide.layout == "timeline"
    assert [e.date for e in slide.events] == ["Jan", "Mar", "Jun", "Sep", "Dec"]
    assert slide.events[0].title == "hire 2 designers"


def test_a_year_in_a_lead_is_kept_a_count_of_slides_is_not() -> None:
    assert clean_lead("5 slides about our 2025 roadmap") == "2025 roadmap"
    assert clean_lead("the 2024 budget") == "2024 budget"
    assert clean_lead("10 slides on Q3 results") == "Q3 results"


def test_a_lead_that_points_at_the_message_names_nothing() -> None:
    plan = _plan(
        "Put these notes into a PowerPoint: kickoff went well, budget approved at 40k, Sara leads design, "
        "launch moved to May"
    )
    assert plan.kind == "slides" and plan.title != "These notes"
    assert "Budget approved at 40k" in plan.slides[0].bullets


# ------------------------------------------------------------------------------- numbers read right


def test_a_change_across_zero_or_on_an_interval_scale_is_no_percentage() -> None:
    plan = _plan("Temperatures this week: Mon -3°C, Tue -1°C, Wed 2°C, Thu 4°C, Fri 1°C, Sat -2°C, Sun 0°C")
    assert "(+3 °C)" in plan.answer and "%" not in plan.answer  # was "(+100%)"
    plan = _plan("inflation by year: 2021 36.1%, 2022 64.3%, 2023 53.9%, 2024 44.4% line chart")
    assert "(+8.3)" in plan.answer and "+23%" not in plan.answer  # points, not a ratio of rates


def test_thousands_commas_stay_inside_a_chains_names() -> None:
    plan = _plan(
        "Website conversion funnel: 10,000 visitors -> 2,500 signups -> 800 trials -> 120 paid customers"
    )
    assert plan.kind == "diagram"
    assert [n.label for n in plan.nodes] == [
        "10,000 visitors",
        "2,500 signups",
        "800 trials",
        "120 paid customers",
    ]
    assert len(plan.edges) == 3  # was 6 nodes ("10", "000 visitors", …) crossed by 7 edges


def test_lakh_crore_is_one_magnitude() -> None:
    from generators.rules.numbers import find_numbers

    (n,) = find_numbers("GDP ₹145 lakh crore")
    assert n.value * n.multiplier == 145e12
    plan = _plan("India GDP: FY2020 ₹145 lakh crore, FY2021 ₹135 lakh crore, FY2022 ₹147 lakh crore")
    assert "147 lakh crore INR" in plan.answer  # was "147 lakh INR": 10 million times too small


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("rent R$ 1.200,00, food R$ 850,50", 1200.0, "BRL"),  # was 1.2, with 50 a value of its own
        ("rent Rs 12,000, food Rs 8,500", 12000.0, "INR"),
        ("Zurich CHF 2,400, Geneva CHF 2,650", 2400.0, "CHF"),
        ("USD 1,200 and EUR 900", 1200.0, "USD"),
    ],
)
def test_decimal_commas_after_grouping_points_and_iso_codes_before_amounts(
    text: str, value: float, currency: str
) -> None:
    from generators.rules.numbers import find_numbers

    nums = find_numbers(text)
    assert len(nums) == 2 and nums[0].value == value and nums[0].currency == currency


def test_a_lowercase_word_is_no_currency_code() -> None:
    from generators.rules.numbers import find_numbers

    assert [n.currency for n in find_numbers("try 5 times, TRY 300")] == ["", "TRY"]


def test_a_price_range_is_one_key_number() -> None:
    plan = _plan("Price ranges for laptops: budget $300-500, mid $600-1000, premium $1200-2500")
    stats = [(s.value, s.label) for s in plan.blocks[0].items]
    assert stats == [("$300–500", "budget"), ("$600–1000", "mid"), ("$1200–2500", "premium")]


def test_a_span_of_months_is_one_events_date() -> None:
    plan = _plan(
        "Cronograma del proyecto: enero análisis, febrero–marzo diseño, abril a junio desarrollo, julio pruebas"
    )
    events = plan.blocks[0].events
    assert [(e.date, e.title) for e in events][1:3] == [
        ("febrero–marzo", "Diseño"),
        ("abril a junio", "Desarrollo"),
    ]


def test_german_abbreviated_millions_with_a_noun_are_charted_in_german() -> None:
    plan = _plan(
        "Bitte ein Balkendiagramm: Berlin 3,7 Mio. Einwohner, Hamburg 1,9 Mio., München 1,5 Mio., Köln 1,1 Mio."
    )
    assert plan.kind == "chart"  # was "I need the numbers": "Mio." read as a sentence's end
    assert plan.categories == ["Berlin", "Hamburg", "München", "Köln"] and plan.series[0].values == [
        3.7,
        1.9,
        1.5,
        1.1,
    ]
    assert plan.unit == "Mio" and "million" not in plan.answer and "Bitte" not in plan.title


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("fatturato mensile gen 18k feb 21k mar 19,5k apr 24k grafico a barre", "mila"),
        ("выручка по месяцам янв 1,2 млн фев 1,4 млн мар 1,1 млн апр 1,6 млн график", "млн"),
        ("gráfico: España 48,6 millones, Francia 68,2 millones, Italia 58,9 millones", "millones"),
    ],
)
def test_magnitudes_are_named_in_the_answers_language(question: str, word: str) -> None:
    plan = _plan(question)
    assert word in plan.answer and not any(w in plan.answer for w in ("thousand", "million"))


def test_things_compared_by_bracketed_specs_are_a_table() -> None:
    plan = _plan(
        "compare iPhone 15 (799 dollars, 6.1 inch) vs Pixel 8 (699 dollars, 6.2 inch) vs Galaxy S24 (799 dollars, 6.2 inch)"
    )
    assert plan.kind == "infographic" and plan.title == "iPhone 15 vs Pixel 8 vs Galaxy S24"
    (table,) = plan.blocks  # was a one-item checklist titled "iPhone"
    assert table.columns == ["", "iPhone 15", "Pixel 8", "Galaxy S24"]
    assert table.rows == [["Dollars", "799", "699", "799"], ["Inch", "6.1", "6.2", "6.2"]]


def test_specs_that_share_no_word_keep_their_words() -> None:
    from generators.rules.specs import spec_table

    lead, columns, rows = spec_table("laptops: Air (light, quiet) vs Pro (fast, loud)")
    assert lead == "laptops" and columns == ["", "Air", "Pro"]
    assert rows == [["1", "light", "fast"], ["2", "quiet", "loud"]]
    assert spec_table("I like apples (red) and pears") is None


def test_a_lead_of_only_glue_words_names_nothing() -> None:
    plan = _plan(
        "Make an infographic: 3 out of 4 people skip breakfast, 60% drink coffee daily, average sleep is 6.8 hours"
    )
    assert plan.title not in ("An", "an")


def test_a_process_keeps_its_name_in_a_diagrams_title() -> None:
    plan = _plan(
        "Draw a flowchart of our hiring process: application received → CV screening → phone interview → offer"
    )
    assert plan.title == "Our hiring process"  # was "Our hiring"


def test_a_percent_sign_written_first_belongs_to_the_number_after_it() -> None:
    plan = _plan("Türkiye enflasyon oranı: 2021 %36,1, 2022 %64,3, 2023 %64,8, 2024 %44,4 grafik yap")
    assert plan.kind == "chart"  # was a timeline: "2021 %" read as 2021 percent
    assert plan.categories == ["2021", "2022", "2023", "2024"] and plan.series[0].values == [
        36.1,
        64.3,
        64.8,
        44.4,
    ]
    from generators.rules.numbers import find_numbers

    assert [(n.value, n.pct) for n in find_numbers("2022 45% 2023 50%")] == [
        (2022.0, False),
        (45.0, True),
        (2023.0, False),
        (50.0, True),
    ]


def test_kanji_heavy_japanese_is_answered_in_japanese() -> None:
    plan = _plan("東京の月別平均気温：1月 5.4度、2月 6.1度、3月 9.4度、4月 14.3度")
    assert plan.language == "ja" and plan.x_title == "月"  # was English: "Month", "… is highest at …"
    assert "highest" not in plan.answer and "最も高い" in plan.answer


def test_arabic_magnitudes_and_currency_are_kept() -> None:
    plan = _plan("ارسم مخططا لمبيعات الشركة: 2021 ‏120 مليون ريال، 2022 ‏145 مليون ريال، 2023 ‏170 مليون ريال")
    assert plan.kind == "chart" and plan.series[0].values == [120.0, 145.0, 170.0]
    assert "مليون" in plan.unit and "170 مليون ريال" in plan.answer  # was a bare "170"
    assert "مخططا" not in plan.title  # "a chart" is the ask, not the measure


def test_unnamed_positions_are_written_as_positions() -> None:
    plan = _plan("chart the list 5, 3, 8, 1, 4")
    assert plan.categories == ["#1", "#2", "#3", "#4", "#5"]
    assert plan.answer.startswith("**#3** is highest at **8**")  # was "**3** is highest at **8**"


def test_items_are_shared_over_every_slide_asked_for() -> None:
    plan = _plan(
        "make 5 slides on our Q3 results: revenue $4.2M (+12% QoQ), gross margin 61%, 3 new enterprise customers "
        "(Acme, Globex, Initech), churn down to 2.1%, next quarter we focus on EU expansion and hiring 8 engineers"
    )
    assert plan.title_slide and len(plan.slides) == 4  # the title and 4: was 3, in pairs, "fills 4"
    assert [len(s.bullets) for s in plan.slides] == [2, 2, 1, 1]
    assert "asked for" not in plan.answer


@pytest.mark.parametrize(
    "question", ["app to split a restaurant bill between friends", "a tool for tracking my reading"]
)
def test_a_message_that_opens_with_an_app_and_its_purpose_is_an_app(question: str) -> None:
    assert _plan(question).kind == "app"  # was "I see nothing to visualise here"


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        ("app to convert euros to dollars", "euros", "dollars"),
        ("make a currency converter from pounds to euros", "pounds", "euros"),
    ],
)
def test_a_currency_converter_asks_for_the_rate_never_converts_lengths(question: str, a: str, b: str) -> None:
    plan = _plan(question)
    assert (
        plan.kind == "app" and "Length" not in plan.title and "Mass" not in plan.title
    )  # was a length converter
    assert [i.name for i in plan.inputs] == [a, "rate"]
    assert plan.computed[0].formula == f"{a} * rate" and "exchange rate" in plan.answer


def test_answers_after_a_question_are_labelled_branches() -> None:
    plan = _plan(
        "Flowchart: start → is the user logged in? → yes: show dashboard / no: show login page → end"
    )
    labels = {n.id: n.label for n in plan.nodes}
    edges = {(labels[e.source], labels[e.target], e.label) for e in plan.edges}
    # was one box "yes: show dashboard / no: show login page" between the question and the end
    assert edges == {
        ("start", "is the user logged in?", ""),
        ("is the user logged in?", "show dashboard", "yes"),
        ("is the user logged in?", "show login page", "no"),
        ("show dashboard", "end", ""),
        ("show login page", "end", ""),
    }
    assert "show dashboard (yes)" in plan.answer


@pytest.mark.parametrize(
    ("item", "value", "label"),
    [
        ("Our team headcount is 45 people", "45 people", "Our team headcount"),  # was "… is people"
        ("average sleep is 6.8 hours", "6.8 hours", "average sleep"),  # was "average sleep is"
        ("budget de 250 000 €", "250 000 €", "budget"),  # was "budget de"
        ("équipe de 6 personnes", "6 personnes", "équipe"),  # was "équipe de personnes"
        ("120 desks", "120", "desks"),
    ],
)
def test_a_key_numbers_label_is_what_it_measures(item: str, value: str, label: str) -> None:
    from generators.rules.blocks import _stat

    stat = _stat(item)
    assert stat is not None and (stat.value, stat.label) == (value, label)


@pytest.mark.parametrize(
    ("question", "ask", "yes", "no"),
    [
        (
            "Diagramme du processus de commande : le client passe commande, paiement validé ? si oui "
            "préparation puis expédition, sinon annulation",
            "paiement validé ?",
            ("oui", "préparation"),
            ("sinon", "annulation"),
        ),
        (
            "order process flowchart: customer places order, payment ok? if yes pack then ship, otherwise cancel",
            "payment ok?",
            ("yes", "pack"),
            ("otherwise", "cancel"),
        ),
    ],
)
def test_a_question_told_in_a_process_is_a_decision_with_both_ways(
    question: str, ask: str, yes: tuple[str, str], no: tuple[str, str]
) -> None:
    plan = _plan(question)
    assert plan.kind == "diagram"  # the French one was "écrivez les étapes" although they were given
    labels = {n.id: n.label for n in plan.nodes}
    decision = next(n for n in plan.nodes if n.label == ask)
    assert decision.shape == "diamond"
    ways = {(e.label, labels[e.target]) for e in plan.edges if e.source == decision.id}
    assert ways == {yes, no}


def test_a_question_answered_line_by_line_keeps_the_question() -> None:
    plan = _plan("decision tree: is it raining? yes -> take umbrella; no -> wear sunglasses")
    labels = {n.id: n.label for n in plan.nodes}
    # was four nodes, "yes", "take umbrella", "no", "wear sunglasses", and the question lost
    assert sorted(labels.values()) == ["is it raining?", "take umbrella", "wear sunglasses"]
    assert {(labels[e.source], labels[e.target], e.label) for e in plan.edges} == {
        ("is it raining?", "take umbrella", "yes"),
        ("is it raining?", "wear sunglasses", "no"),
    }


def test_a_line_mixing_devanagari_and_latin_names_the_devanagari_face_for_its_runs() -> None:
    import xml.etree.ElementTree as ET

    from render.layout import text_box
    from render.svg import element_svg

    theme = get_theme("light")
    box = text_box("मासिक बिक्री crore (31 crore)", Rect(0, 0, 800, 60), max_size=20, color="#000")
    g = ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{element_svg(box, theme, set())}</svg>')
    spans = [(t.get("font-family") or "", t.text) for t in g.iter("{http://www.w3.org/2000/svg}tspan")]
    # resvg picks one face per span from its first letter: the Latin words or the Devanagari drew as boxes
    assert spans and all(f.startswith("'Noto Sans Devanagari'") for f, _ in spans)
    assert [t for _, t in spans] == ["मासिक बिक्री "]
    text = "".join(next(g.iter("{http://www.w3.org/2000/svg}text")).itertext())
    assert text == "मासिक बिक्री crore (31 crore)"  # nothing lost or reordered


def test_indian_magnitudes_are_named_in_hindi() -> None:
    plan = _plan("मासिक बिक्री: जनवरी 24 करोड़, फरवरी 28 करोड़, मार्च 31 करोड़ — चार्ट बनाइए")
    assert "31 करोड़" in plan.answer and "crore" not in plan.answer

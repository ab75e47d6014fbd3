"""Round 21 mechanisms of the offline planner, each asserted on the plan it makes: options written
as short phrases keep their verbs, a currency sign spaced before its amount is the amount's unit, and
a calculator whose inputs the user lists takes all of them."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.extract import extract_data


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question)).plan


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("chart the options: keep the wall (3k), knock through with a steel beam (12k), open plan with pillars (7k)",
         ["keep the wall", "knock through with a steel beam", "open plan with pillars"]),
        ("bar chart of quotes: paint the house 4k, fix the roof 9k, redo the kitchen 15k",
         ["paint the house", "fix the roof", "redo the kitchen"]),
    ],
)  # fmt: skip
def test_options_written_as_phrases_are_charted_whole(question, labels) -> None:
    plan = _plan(question)
    assert plan.kind == "chart"
    assert [str(c) for c in plan.categories] == labels


@pytest.mark.parametrize(
    "question",
    [
        "sales: in the north 40, in the south 30 and in the east 20",  # leading glue is no part of a name
        "chart our sales: north was 40, south 30, east 20",  # nor the verb before a value
        "Electricity cost per wash: cold cycle €0.18, eco €0.22, hot wash €0.40",  # no glue, nothing to widen
    ],
)
def test_plain_names_stay_short(question) -> None:
    data = extract_data(question)
    assert data is not None
    assert all(len(c.split()) <= 2 for c in data.categories), data.categories
    assert not any(w in " ".join(data.categories).split() for w in ("in", "the", "was"))


def test_a_currency_sign_spaced_before_its_amount_is_its_unit_not_part_of_the_label() -> None:
    data = extract_data(
        "Staafdiagram: omzet vestiging Utrecht € 118.000, Rotterdam € 96.500, Den Haag € 141.000"
    )
    assert data is not None
    assert data.categories[1:] == ["Rotterdam", "Den Haag"] and not any("€" in c for c in data.categories)
    assert data.values == [118000.0, 96500.0, 141000.0] and data.unit == "EUR"


def test_a_calculator_takes_every_input_the_user_lists_beside_a_price_per_unit() -> None:
    plan = _plan(
        "maak een rekentool waarmee collega's hun reiskostenvergoeding uitrekenen: km enkele reis, aantal dagen,"
        " € 0,23 per km"
    )
    assert plan.kind == "app"
    names = [i.name for i in plan.inputs]
    assert len(names) == 2 and any("km" in n for n in names) and any("dagen" in n for n in names)
    formula = plan.computed[-1].formula
    assert all(n in formula for n in names) and "0.23" in formula


@pytest.mark.parametrize(
    ("question", "labels", "values"),
    [
        ("average days on market went 21 in jan, 25 feb, 34 mar, 41 apr, 38 may, 29 jun",
         ["jan", "feb", "mar", "apr", "may", "jun"], [21, 25, 34, 41, 38, 29]),
        ("rainfall 12.5 march, 30 april, 8 may", ["march", "april", "may"], [12.5, 30, 8]),
        ("per month: jan 86 feb 79 mar 102 apr 118 may 131 jun 127",  # month first already: untouched
         ["jan", "feb", "mar", "apr", "may", "jun"], [86, 79, 102, 118, 131, 127]),
    ],
)  # fmt: skip
def test_values_written_before_their_months_are_values_not_dates(question, labels, values) -> None:
    data = extract_data(question)
    assert data is not None and data.categories == labels and data.values == values


def test_due_dates_stay_dates() -> None:
    from generators.rules.numbers import find_numbers, month_first

    text = "rent due 15 jan, 15 feb, 15 mar"
    assert month_first(text) == text and find_numbers(text) == []


@pytest.mark.parametrize(
    ("question", "labels", "values"),
    [
        ("scoops sold in july (pos export)\nvanille 1 240\npistache 980\nstracciatella 1 105\ncitron 760\nbars pls",
         ["vanille", "pistache", "stracciatella", "citron"], [1240, 980, 1105, 760]),
        ("> ridership per line last month\n> L1 84 200\n> L2 61 900\n> L3 22 400\n> L4 9 800\n> thanks, Priya\n"
         "can u visualise this for the depot meeting", ["L1", "L2", "L3", "L4"], [84200, 61900, 22400, 9800]),
        # one word numbering every item: a label, then its value, never "1 612"
        ("cinema tickets per screen: screen 1 612, screen 2 388, screen 3 244, screen 4 170",
         ["screen 1", "screen 2", "screen 3", "screen 4"], [612, 388, 244, 170]),
        ("weaning weights, kg: No. 14 231, No. 22 248, No. 31 219, No. 40 262",
         ["No. 14", "No. 22", "No. 31", "No. 40"], [231, 248, 219, 262]),
    ],
)  # fmt: skip
def test_thousands_grouped_by_a_space_in_an_english_list(question, labels, values) -> None:
    plan = _plan(question)
    assert plan.kind == "chart"
    assert [str(c) for c in plan.categories] == labels
    assert plan.series[0].values == values


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("laundromat prices: wash 4.50 (8 kg), wash 6.50 (15 kg), dryer 1.00 per 10 min, soap 0.80. how much for"
         " two big loads and 40 min drying", ["4.50", "6.50", "0.80", "40 min"]),
        ("podcast workload: kickoff 3 feb, 2 interviews a week, 45 min each, editing takes 6 h per episode. how"
         " many hours a month is that roughly", ["45 min", "6 h"]),
        ("فاتورة السباك: 3 ساعات شغل، 45 دينار للساعة، قطع 22.5 دينار، زيارة يوم 5/3، ضمان 6 أشهر. كم المجموع؟",
         ["45 دينار", "22.5 دينار"]),
    ],
)  # fmt: skip
def test_a_list_of_figures_closed_by_how_much_is_a_sum_to_work_out_not_cards(question, figures) -> None:
    plan = _plan(question)
    assert plan.kind == "text"
    assert all(f in plan.answer for f in figures)  # the figures it would be worked out from, as written


@pytest.mark.parametrize(
    "question",
    ["how many cups in a liter", "how many slides for a 15 min talk at the beekeepers meetup"],
)
def test_how_many_without_figures_to_work_from_is_no_sum(question) -> None:
    from generators.rules.arithmetic import amount_asked

    assert not amount_asked(question)


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("इस टेबल से क्लिनिक के नोटिस बोर्ड के लिए एक पेज का सार बना दो", "v14/vet_clinic.csv"),
        ("سوّي ملخص على صفحة واحدة لجمعية النحالين من هذا الجدول", "v14/beehives.csv"),
    ],
)
def test_a_one_page_summary_of_a_table_is_an_infographic(question, table) -> None:
    from pathlib import Path

    from bench.planner_eval import load_table

    frame = load_table(Path("tests/data") / table)
    plan = RulesPlanner().plan(PlanRequest(question, table=frame, table_name=table)).plan
    assert plan.kind == "infographic"
    assert plan.blocks  # laid out from the table's own figures


@pytest.mark.parametrize(
    "question",
    ["what do we do if someone turns up without their card", "what happens when a volunteer is late",
     "how do we log the kilos handed out"],
)  # fmt: skip
def test_a_what_or_how_question_about_a_document_is_a_lookup_not_a_deck(question) -> None:
    from generators.rules.signals import asks_about_attachment

    assert asks_about_attachment(question, table=False)
    assert not asks_about_attachment("how we onboard new volunteers", table=False)  # a topic, not a question


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("a picture of a cherry pie cooling on a windowsill for the bake sale flyer", "image"),  # food, drawn
        ("make a quick pie of this: rent 40%, food 30%, fun 30%", "chart"),  # the chart's casual name
        ("pie chart: north 40, south 60", "chart"),
    ],
)
def test_a_pie_is_a_chart_unless_it_is_food(question, kind) -> None:
    assert _plan(question).kind == kind


@pytest.mark.parametrize(
    ("question", "title", "edges"),
    [
        ("帮我画一下我们酒庄的家谱：爷爷王建国，两个儿子王强和王伟，王强的女儿王丽，王伟的儿子王磊和王鹏", "我们酒庄的家谱",
         {("王建国", "王强"), ("王建国", "王伟"), ("王强", "王丽"), ("王伟", "王磊"), ("王伟", "王鹏")}),
        ("draw our family tree: grandpa John, his two sons Tom and Bill, Tom's daughter Ann, Bill's sons Max and Leo",
         None, {("John", "Tom"), ("John", "Bill"), ("Tom", "Ann"), ("Bill", "Max"), ("Bill", "Leo")}),
    ],
)  # fmt: skip
def test_a_family_written_as_whose_children_is_a_tree_of_people(question, title, edges) -> None:
    plan = _plan(question)
    assert plan.kind == "diagram" and plan.diagram_type == "tree"
    label = {n.id: n.label for n in plan.nodes}
    assert {(label[e.source], label[e.target]) for e in plan.edges} == edges
    if title:
        assert plan.title == title


def test_how_things_go_from_a_to_b_with_listed_steps_is_a_flow_in_the_users_order() -> None:
    plan = _plan(
        "how finds go from trench to store: bag and label, wash, dry, catalogue, photograph, store - anything"
        " metal goes to conservation before washing"
    )
    assert plan.kind == "diagram"  # "photograph" is a step here, not a picture asked for
    label = {n.id: n.label for n in plan.nodes}
    chain = [label[e.source] for e in plan.edges]
    assert chain[:6] == ["bag", "label", "wash", "dry", "catalogue", "photograph"]
    assert any("conservation" in lb for lb in label.values())  # the remark is kept, not dropped


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("for the ad: photograph of our bakery, warm light, morning", "image"),  # a noun: the picture asked
        ("I want to understand how my paycheck gets from gross to net: gross 4,000, tax 800, pension 240,"
         " health insurance 320", "chart"),  # values from gross to net: a chart, no flow of boxes
    ],
)  # fmt: skip
def test_steps_and_flows_leave_pictures_and_values_alone(question, kind) -> None:
    assert _plan(question).kind == kind


def test_a_form_word_inside_a_chain_of_arrows_is_a_step() -> None:
    plan = _plan(
        "遅延が起きたときの連絡の流れ：運転士→指令所→各駅→車内放送・アプリ通知、折り返し運転は指令長が判断。これを図で"
    )
    assert plan.kind == "diagram"  # "アプリ" (app) names a step of the flow, not the form asked
    label = {n.id: n.label for n in plan.nodes}
    assert [(label[e.source], label[e.target]) for e in plan.edges][:3] == [
        ("運転士", "指令所"),
        ("指令所", "各駅"),
        ("各駅", "車内放送・アプリ通知"),
    ]


def test_a_structure_listed_with_below_him_and_under_x_hangs_each_part_where_it_says() -> None:
    plan = _plan(
        "explain the trust structure visually: board of 7 trustees, managing trustee, below him the temple"
        " manager, under manager the priests, office staff and security"
    )
    assert plan.kind == "diagram" and plan.diagram_type == "tree"
    label = {n.id: n.label for n in plan.nodes}
    edges = {(label[e.source], label[e.target]) for e in plan.edges}
    assert ("managing trustee", "temple manager") in edges
    assert {("temple manager", x) for x in ("priests", "office staff", "security")} <= edges
    assert "board of 7 trustees" in label.values()  # nothing of the list dropped


def test_who_to_contact_for_what_asks_for_a_diagram() -> None:
    plan = _plan(
        "who do residents contact for what - bins and planning go to the district, potholes to the county,"
        " playing field and bus shelter to us"
    )
    assert plan.kind == "diagram"


@pytest.mark.parametrize(
    "question",
    [
        "please make seating chart for henna night, 6 round tables of 10, grandmothers table near the door, bride"
        " table in middle, Can's family right side, our family left side",
        "seating plan for the wedding: 8 round tables of 10, family near the front, kids table by the garden door",
    ],
)
def test_a_seating_chart_is_a_map_of_the_tables_given_not_a_chart_or_a_sequence(question) -> None:
    plan = _plan(question)
    assert plan.kind == "diagram" and plan.diagram_type == "mindmap"
    labels = [n.label for n in plan.nodes]
    assert "8 round tables of 10" in labels or "6 round tables of 10" in labels


def test_things_and_where_each_goes_with_the_verb_said_once_is_a_graph_of_them() -> None:
    plan = _plan(
        "who do residents contact for what - bins and planning go to the district, potholes to the county,"
        " playing field and bus shelter to us. people keep ringing me about bins"
    )
    assert plan.kind == "diagram" and plan.title == "Who do residents contact for what"
    label = {n.id: n.label for n in plan.nodes}
    assert {(label[e.source], label[e.target]) for e in plan.edges} == {
        ("bins", "district"),
        ("planning", "district"),
        ("potholes", "county"),
        ("playing field", "us"),
        ("bus shelter", "us"),
    }


def test_a_title_drops_visually() -> None:
    plan = _plan(
        "explain the trust structure visually: board of 7 trustees, managing trustee, below him the manager"
    )
    assert plan.title == "Trust structure"


def test_a_total_asked_for_named_groups_of_a_table_stays_a_chart() -> None:
    from generators.rules.signals import asks_about_attachment

    # nvBench: "what is the total X for the train names A, B" is a total per name, drawn as bars
    assert not asks_about_attachment(
        "What is the total train number for the train names Kazipet-Nagpur Pass", table=True
    )
    assert asks_about_attachment(
        "c'est quoi le total des charges 2025 et combien de plus que 2024 ?", table=True
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("poster for the shop window, a big waffle cone dripping in the sun, retro 60s style, no text", "image"),
        ("poster for the staff room: wash hands, wear gloves, no text longer than a line", "infographic"),
        ("show the tide coming into the harbour hour by hour, moving", "animation"),
        ("help me present the 3 options to the client: keep the wall (3k), knock through (7k), knock through"
         " with a steel beam (12k)", "slides"),
    ],
)  # fmt: skip
def test_late_round_cues(question, kind) -> None:
    plan = _plan(question)
    assert plan.kind == kind
    if kind == "slides":  # the options whole, one of them already a single phrase
        chart = next(s.chart for s in plan.slides if s.chart is not None)
        assert [str(c) for c in chart.categories] == [
            "keep the wall",
            "knock through",
            "knock through with a steel beam",
        ]

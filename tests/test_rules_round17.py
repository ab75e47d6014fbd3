"""Round 17 of the offline planner: every computed sentence of a chart in the reader's language (several
series, histograms, typed x/y pairs), a small table typed in one line charted as one, titles that keep
a genitive's noun, and no budget read into a count of things."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from generators.rules.numbers import find_numbers
from generators.rules.templates import template


def _plan(question: str) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def test_several_series_are_described_in_the_questions_language() -> None:
    plan = _plan("Umsatz pro Quartal für Nord und Süd: Nord 10, 12, 14, 15; Süd 8, 9, 11, 13")
    assert plan.kind == "chart" and plan.chart_type == "grouped_bar" and plan.language == "de"
    assert "Höchststand" in plan.answer and "peaks" not in plan.answer
    assert "Quartal 4" in plan.answer  # the named axis, never a bare "(4)"
    assert plan.x_title == "Quartal" and plan.categories == [
        "1",
        "2",
        "3",
        "4",
    ]  # positions, no invented names
    assert plan.title.startswith("Nord")


def test_several_series_in_english_name_the_axis_and_start_with_a_capital() -> None:
    plan = _plan("sales by quarter for north and south: north 10, 12, 14, 15; south 8, 9, 11, 13")
    assert plan.answer.startswith("**north** peaks at **15** (quarter 4), total 51")
    assert plan.title == "North has the highest total sales"


def test_an_animated_race_is_described_in_the_questions_language_not_its_cut() -> None:
    plan = _plan("Tore pro Saison animiert als Rennen: Anna 12, 15, 9; Ben 8, 14, 18; Cem 10, 10, 16")
    assert plan.kind == "animation"
    assert "Summe" in plan.answer and "total" not in plan.answer  # was Portuguese: the cut read as pt


@pytest.mark.parametrize(
    ("question", "lang", "word"),
    [
        ("histograma de 3 7 2 8 9 4 6 10", "es", "Distribución"),
        ("Histogramm von 3, 5, 7, 2, 8, 9, 4, 6", "de", "Verteilung"),
        ("гистограмма: 3, 5, 7, 2, 8, 9, 4, 6", "ru", "Распределение"),
    ],
)
def test_a_histogram_of_typed_numbers_is_named_by_its_languages_word(
    question: str, lang: str, word: str
) -> None:
    plan = _plan(question)
    assert plan.kind == "chart" and plan.chart_type == "histogram"
    assert plan.language == lang and word in plan.title
    assert plan.x_title == template(lang)["value"] != "Value"


def test_scatter_pairs_lose_the_charts_name_and_speak_the_language() -> None:
    plan = _plan("scatter hours studied vs exam score - 2h 55, 4h 62, 5h 70, 7h 81")
    assert plan.x_title == "Hours studied" and plan.y_title == "Exam score"
    assert "strong positive" in plan.answer
    fr = _plan("nuage de points heures vs note : 2 55, 4 62, 5 70, 7 81")
    assert fr.x_title == "Heures" and "0,99" in fr.answer and "between" not in fr.answer
    zh = _plan("散点图 学习时间 vs 成绩：2 55, 4 62, 5 70, 7 81")
    assert zh.x_title == "学习时间" and zh.y_title == "成绩" and "强正相关" in zh.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "Zeitstrahl unseres Umzugs: März Wohnung gefunden, April Vertrag, Mai Umzug",
            "Zeitstrahl unseres Umzugs",
        ),
        ("Mindmap meines Studiums: Mathe, Physik, Chemie", "Mindmap meines Studiums"),
        ("схема нашего переезда: найти квартиру, подписать договор, переехать", "Схема нашего переезда"),
        # no genitive to keep: the form's name goes
        (
            "Zeitstrahl unserer Firmengeschichte: 2008 Gründung, 2013 Filiale, 2018 Ausland",
            "Firmengeschichte",
        ),
        (
            "Une infographie des étapes pour planter des tomates : semer, arroser, récolter",
            "Étapes pour planter",
        ),
    ],
)
def test_a_genitive_after_the_forms_name_keeps_the_name(question: str, title: str) -> None:
    assert _plan(question).title.startswith(title)


def test_a_table_typed_in_one_line_is_one_series_per_thing() -> None:
    plan = _plan(
        "- north: 10 apples, 12 pears\n- south: 8 apples, 9 pears\n- east: 5 apples, 14 pears\nchart please"
    )
    assert plan.kind == "chart" and plan.chart_type == "grouped_bar"
    assert plan.categories == ["north", "south", "east"]
    assert [(s.name, s.values) for s in plan.series] == [("Apples", [10, 8, 5]), ("Pears", [12, 9, 14])]


def test_counts_of_different_kinds_are_never_charted_and_never_called_missing() -> None:
    plan = _plan("north 10 stores and 300 staff, south 8 stores and 250 staff, chart")
    assert plan.kind == "text"
    assert "need the numbers" not in plan.answer
    assert "300 staff" in plan.answer and "8 stores" in plan.answer  # every value given is shown


def test_a_count_of_things_after_we_have_is_no_budget() -> None:
    plan = _plan("we have 3 cats and 2 dogs, they have 1 cat and 4 dogs")
    assert not plan.answer.startswith(("No:", "Yes:"))
    budget = _plan("is it enough? we have 500 for the party: food 220, drinks 150, cake 60")
    assert budget.answer.startswith("Yes")


def _table_plan(question: str, table: str) -> Any:
    from bench.planner_eval import load_table

    path = Path(__file__).parent / "data" / table
    return RulesPlanner().plan(PlanRequest(question=question, table=load_table(path), table_name=table)).plan


def test_a_question_naming_rows_by_their_values_is_answered_from_those_rows() -> None:
    plan = _table_plan("how many potholes are still open in Eastside?", "v10/city_requests.csv")
    assert plan.kind == "text"
    assert plan.answer.startswith("**3** of 30 rows (District: Eastside; Type: pothole; Status: open).")
    fee = _table_plan("what was the annual fee in 2019/20", "v10/club_members.csv")
    assert fee.kind == "text" and fee.answer.startswith("Annual fee gbp (Season: 2019/20): **£100**.")
    # the most or least of a column is still the superlative over every row
    most = _table_plan("which invoice is the most overdue and by how many days?", "v4/ap_invoices.csv")
    assert most.answer.startswith(
        "**Highest days overdue**: INV-2316 (70) — vendor Alder Packaging, issue date 2024-09-09, due date "
        "2024-10-09, status disputed."
    )


def test_a_summary_to_write_up_is_words_even_when_it_names_a_column() -> None:
    plan = _table_plan(
        "write a short summary of the harvest for the co-op newsletter", "v10/harvest_plots.csv"
    )
    assert plan.kind == "text" and "16 rows" in plan.answer


@pytest.mark.parametrize(
    "question",
    [
        "league table for our pub quiz after 6 weeks, no graphic, plain text is fine: Bears 54, Ducks 49, Owls 41",
        "a chart, no actually just a table in text, of who's on which shift: mon ana, tue ben, wed ana, thu cleo",
        "بدون رسم، قل لي فقط ما هو المتوسط: 12 و 15 و 18 و 21",
    ],
)
def test_every_visual_refused_after_the_cues_is_a_written_answer(question: str) -> None:
    assert _plan(question).kind == "text"


def test_a_visual_asked_for_after_refusing_graphics_still_wins() -> None:
    assert (
        route("no graphics, make a quiz app: capital of France? Paris. Capital of Spain? Madrid").kind
        == "app"
    )


def test_indian_grouped_numbers_are_one_value_each() -> None:
    plan = _plan("हर दुकान की महीने की बिक्री का चार्ट: करोल बाग 1,20,000 लाजपत नगर 95,000 सरोजिनी 1,45,000")
    assert plan.kind == "chart" and plan.series[0].values == [120000, 95000, 145000]
    assert [n.value for n in find_numbers("scores 1,20,300 and 5,10,15")][:1] != [120300]  # no Indian context


def test_points_listed_for_a_poster_are_laid_out_and_a_scene_is_painted() -> None:
    assert _plan("做一张实验室安全海报：戴护目镜、不准吃东西、废液分类、离开关电").kind == "infographic"
    assert _plan("读书会的海报要一张图：秋天的银杏树下，几个人围坐着看书").kind == "image"
    assert _plan("做一张海报：夕阳下的灯塔").kind == "image"


def test_a_plan_by_period_with_mixed_quantities_is_a_timeline_not_a_refusal() -> None:
    plan = _plan("roadmap for the clinic\nQ1 hire 2 nurses\nQ2 open 3 more rooms\nQ3 new x-ray unit £120,000")
    assert plan.kind == "infographic" and plan.title == "Roadmap for the clinic"
    events = plan.blocks[0].events
    assert [(e.date, e.title) for e in events] == [
        ("Q1", "Hire 2 nurses"),
        ("Q2", "Open 3 more rooms"),
        ("Q3", "New x-ray unit £120,000"),
    ]


def test_several_values_of_one_column_or_a_breakdown_are_still_a_chart() -> None:
    for question in (
        "how many requests are there in Eastside, Riverside or Old Town?",
        "how many open requests are there for each district?",
    ):
        assert _table_plan(question, "v10/city_requests.csv").kind == "chart"


def test_values_listed_together_are_compared_not_looked_up() -> None:
    # nvBench's tables hold a few example rows: one of the listed values may be the only one present
    plan = _table_plan(
        "how many requests were reported in Eastside, Northfield or Southport?", "v10/city_requests.csv"
    )
    assert plan.kind == "chart"


def test_a_named_loan_calculator_keeps_every_figure_given() -> None:
    plan = _plan("Hypothekenrechner: 350.000 € zu 3,8 % über 25 Jahre")
    assert plan.kind == "app" and plan.language == "de"
    defaults = {i.name: i.default for i in plan.inputs}
    assert defaults["principal"] == 350000 and defaults["rate"] == 3.8 and defaults["years"] == 25


def test_key_numbers_typed_one_a_line_keep_every_line() -> None:
    plan = _plan(
        "dados da nossa fazenda pro cartaz da feira\n80 ha\n3 gerações\n1.500 pés de café\nfundada em 1962"
    )
    assert plan.kind == "infographic"
    shown = [(s.value, s.label) for s in plan.blocks[0].items]
    assert ("1962", "fundada em") in shown and ("80 ha", "") in shown and len(shown) == 4


def test_figures_of_different_kinds_are_listed_one_line_each_and_none_dropped() -> None:
    plan = _plan("우리 병원 소개 자료\n개원 2005년\n병상 250개\n의사 48명\n24시간 응급실")
    assert plan.kind == "text"
    assert "- 개원 2005년\n- 병상 250개\n- 의사 48명\n- 24시간 응급실" in plan.answer


def test_items_split_by_spaced_slashes_are_a_series_with_versions_as_labels() -> None:
    plan = _plan("downloads per release: 1.0 3,200 / 1.4 8,900 / 2.0 21,000 / 2.1 26,500 / 3.0 40,100")
    assert plan.kind == "chart"
    assert plan.categories == ["1.0", "1.4", "2.0", "2.1", "3.0"] and plan.series[0].values[-1] == 40100


def test_putting_money_aside_is_a_savings_calculator() -> None:
    plan = _plan(
        "let me play with the numbers: how much would i have if i put aside X a month at Y% for Z years"
    )
    assert plan.kind == "app" and plan.title == "Savings calculator"


def test_unit_names_in_other_languages_pick_the_converter() -> None:
    assert "masse" in _plan("une petite appli pour convertir les recettes des grammes en tasses").title
    assert "Masse" in _plan("ein Umrechner von Gramm in Tassen").title


def test_month_names_of_more_languages_date_a_timeline() -> None:
    plan = _plan("таймлайн нашего стартапа: март 2021 идея, сентябрь 2021 прототип, февраль 2022 раунд")
    assert plan.kind == "infographic" and plan.blocks[0].type == "timeline"


def test_a_goal_tracker_keeps_its_goal_and_is_titled_by_its_lead() -> None:
    plan = _plan("a savings tracker: i type how much i put in each week and it shows how close i am to $1500")
    assert plan.kind == "app" and plan.title == "Savings tracker"
    assert any("1500" in c.formula for c in plan.computed)


def test_a_phone_tree_is_a_diagram_of_the_lines_given() -> None:
    plan = _plan("phone tree for snow closures\nhead 07700 900123\ndeputy 07700 900456\noffice 01632 960001")
    assert plan.kind == "diagram"
    assert {"head 07700 900123", "deputy 07700 900456", "office 01632 960001"} <= {
        n.label for n in plan.nodes
    }

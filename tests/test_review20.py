"""Review of round 20: probes written for the round's mechanisms (a quiz to write, fact cards, slide
counts, corrections, pasted series, what is left to save, everyday pies, orders and pictures), with the
near misses that must not trigger them, in many languages."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner


def _plan(question: str, table: Any = None) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question, table=table)).plan


def _quiz(plan: Any) -> Any:
    assert plan.kind == "app", plan
    (view,) = plan.views
    assert view.type == "quiz"
    return view


# ------------------------------------------------------------------------------------ a quiz to write


@pytest.mark.parametrize(
    ("question", "mode", "count", "lang_word"),
    [
        ("Make me a quiz about the French Revolution", "quiz", None, "write no questions"),
        ("Hazme un cuestionario de 10 preguntas sobre el sistema solar", "quiz", 10, "no invento"),
        ("Erstelle ein Quiz über die Weimarer Republik mit 15 Fragen", "quiz", 15, "erfinde ich keine"),
        ("Zrób quiz z historii Polski, 12 pytań", "quiz", 12, "nie wymyślam"),
        ("한국사 퀴즈 만들어줘 10문제", "quiz", 10, "만들지 않습니다"),
        ("日本の県庁所在地のフラッシュカードを作って", "flashcards", None, "作りません"),
        ("Make a multiple choice quiz on plant cells", "quiz", None, "write no questions"),
        ("Can you make me a quiz on the planets?", "quiz", None, "write no questions"),
    ],
)  # fmt: skip
def test_a_quiz_by_topic_is_an_empty_one_to_write(
    question: str, mode: str, count: int | None, lang_word: str
) -> None:
    plan = _plan(question)
    view = _quiz(plan)
    assert view.questions == [] and view.mode == mode and view.count == count
    assert lang_word in plan.answer


@pytest.mark.parametrize(
    ("question", "mode", "count"),
    [("Сделай викторину по химии на 8 вопросов", "quiz", 8),
     ("Fais-moi des fiches de révision sur la photosynthèse", "flashcards", None)],
)  # fmt: skip
def test_a_quiz_named_in_another_case_or_revision_cards_are_to_write(
    question: str, mode: str, count: int | None
) -> None:
    view = _quiz(
        _plan(question)
    )  # "викторину" (accusative), "fiches de révision" had been a research refusal
    assert view.questions == [] and view.mode == mode and view.count == count


@pytest.mark.parametrize(
    "question",
    [
        "I failed my quiz yesterday, how do I study better next time?",
        "my son has a quiz on fractions tomorrow, how can I help him?",
        "Our pub quiz league: Team A 34, Team B 29, Team C 41 - who is winning?",
        "make me a quiz: what is 2+2? 4; capital of Italy? Rome",
    ],
)
def test_a_quiz_talked_about_or_given_is_no_empty_quiz(question: str) -> None:
    plan = _plan(question)  # was an empty quiz to write, dropping the scores or the questions typed
    assert plan.kind == "text"


@pytest.mark.parametrize(
    ("question", "categories"),
    [
        ("Quiz 1 scores: Ana 8, Ben 6, Cleo 9, Dan 7", ["Ana", "Ben", "Cleo", "Dan"]),
        ("Notas del cuestionario 2: Ana 7, Luis 9, Marta 6, Pedro 8", ["Ana", "Luis", "Marta", "Pedro"]),
        ("Wyniki quizu: Ola 14, Kuba 11, Zosia 17", ["Ola", "Kuba", "Zosia"]),
    ],
)
def test_quiz_scores_are_data_to_chart(question: str, categories: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "chart" and plan.categories == categories


def test_a_times_table_drill_is_still_written_by_the_planner() -> None:
    view = _quiz(_plan("Make a times table drill for the 7s"))
    assert view.questions and all("×" in q.question for q in view.questions)


# ------------------------------------------------------------------------------------------ fact cards


@pytest.mark.parametrize(
    ("question", "founded"),
    [
        ("Make a chart about our town: founded 1847, population 12,400, 3 schools, 2 rivers", "1847"),
        ("Fais un graphique de notre village : fondé en 1230, 950 habitants, 2 églises", "1230"),
        ("Diagramm über unsere Stadt: gegründet 1254, 48.000 Einwohner, 3 Bahnhöfe", "1254"),
        ("Grafiek van ons dorp: gesticht in 1300, 2.100 inwoners, 1 molen", "1300"),
        ("Диаграмма о нашем городе: основан в 1703, 5400 жителей, 3 школы", "1703"),
    ],
)
def test_facts_of_a_place_with_a_founding_year_are_cards(question: str, founded: str) -> None:
    plan = _plan(question)  # a medieval founding year counts too (it had been a "no numbers" refusal)
    assert plan.kind == "infographic"
    stats = [i.value for b in plan.blocks if b.type == "stats" for i in b.items]
    assert founded in stats


@pytest.mark.parametrize(
    ("question", "fact"),
    [("Köyümüz hakkında grafik: 1890'da kuruldu, 640 nüfus, 2 cami", "1890'da kuruldu"),
     ("为我们镇做个图表：建于1958年，人口3万，4所学校", "建于1958年")],
)  # fmt: skip
def test_a_founding_year_said_with_a_suffix_or_before_its_word_is_a_fact(question: str, fact: str) -> None:
    plan = _plan(question)  # the Turkish one had charted "da kuruldu: 1.890" beside 640 people and 2 mosques
    assert plan.kind == "infographic" and fact in plan.answer


def test_a_fact_with_an_abbreviated_multiplier_stays_one_card() -> None:
    plan = _plan("Wykres o naszej gminie: założona w 1410, 6 tys. mieszkańców, 5 szkół")
    items = [(i.value, i.label) for b in plan.blocks if b.type == "stats" for i in b.items]
    assert ("6", "tys. mieszkańców") in items and len(items) == 3  # never "6 / tys" and a lone "Mieszkańców"


def test_a_yearly_series_with_a_founding_year_is_still_a_chart() -> None:
    plan = _plan(
        "Chart our shop's revenue since 2019: 2019 120k, 2020 90k, 2021 150k, 2022 180k, founded 2015"
    )
    assert plan.kind == "chart"  # was a timeline of "120k", "90k" cards
    assert plan.categories == ["2019", "2020", "2021", "2022"]


def test_an_identifier_is_one_figure_on_a_card() -> None:
    plan = _plan("Make a chart about our company: founded 2008, CNPJ 12.345.678/0001-90, 45 employees")
    values = [i.value for b in plan.blocks if b.type == "stats" for i in b.items]
    assert "12.345.678/0001-90" in values


@pytest.mark.parametrize(
    "question",
    ["Chart of my day: walked 8 km, slept 7 h, drank 2 l of water", "Gráfico de mi semana: corrí 20 km, dormí 50 horas, leí 3 libros"],
)  # fmt: skip
def test_personal_stats_in_different_units_stay_honest_text(question: str) -> None:
    assert _plan(question).kind == "text"


# -------------------------------------------------------------------------------- slides and corrections


@pytest.mark.parametrize(
    "question",
    [
        "How many slides should a 10-minute talk have?",
        "¿Cuántas diapositivas debería tener una presentación de 20 minutos?",
        "Wie viele Folien brauche ich für einen Vortrag von 15 Minuten?",
        "Quantos slides devo usar numa apresentação de 5 minutos?",
    ],
)
def test_how_many_slides_is_advice_in_words(question: str) -> None:
    assert _plan(question).kind == "text"


@pytest.mark.parametrize(
    ("question", "count"),
    [("Сделай презентацию из пяти слайдов о вулканах", 5), ("Przygotuj prezentację z sześciu slajdów o recyklingu", 6)],
)  # fmt: skip
def test_a_slide_count_in_words_gives_the_outline(question: str, count: int) -> None:
    plan = _plan(question)
    assert plan.kind == "slides" and str(count) in plan.answer


@pytest.mark.parametrize(
    ("question", "title", "items"),
    [
        ("¿Un diagrama? No, mejor un cartel para la feria del libro: sábado 10h, plaza mayor",
         "Cartel para la feria del libro", ["Sábado 10h", "Plaza mayor"]),
        ("Ein Diagramm? Nein, lieber ein Plakat fürs Sommerfest: Samstag 14 Uhr, Schulhof",
         "Plakat fürs Sommerfest", ["Samstag 14 Uhr", "Schulhof"]),
    ],
)  # fmt: skip
def test_a_correction_after_a_form_asked_settles_it(question: str, title: str, items: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "infographic" and plan.title == title
    assert plan.blocks[0].items == items


# --------------------------------------------------------------------------------------- pasted series


@pytest.mark.parametrize(
    ("question", "name", "values"),
    [
        ("Visitors\n2020;410\n2021;530\n2022;615\n2023;700", "Visitors", [410, 530, 615, 700]),
        ("Ventas\n2021;120\n2022;140\n2023;175", "Ventas", [120, 140, 175]),
    ],
)
def test_periods_and_values_without_a_header_are_a_series(
    question: str, name: str, values: list[float]
) -> None:
    plan = _plan(question)
    assert plan.kind == "chart" and plan.series[0].name == name and plan.series[0].values == values


def test_living_room_nine_is_a_count() -> None:
    plan = _plan("Chairs per room: living room 9, kitchen 4, bedroom 6")
    assert plan.kind == "chart" and plan.categories == ["living room", "kitchen", "bedroom"]
    assert plan.series[0].values == [9, 4, 6]


# ------------------------------------------------------------------------------------ what is left to save


def test_what_is_left_to_save_takes_rent_as_a_cost_and_the_figures_as_defaults() -> None:
    plan = _plan("Make a tool: my income 2400, rent 900, food 400 - what's left to save?")
    assert plan.kind == "app" and [c.formula for c in plan.computed] == ["income - fixed - other"]
    assert [i.default for i in plan.inputs] == [2400, 900, 400]  # was compound interest from 2400


def test_left_to_save_in_chinese_and_compound_interest_kept_apart() -> None:
    saved = _plan("做个计算器：月收入减去开销还能存多少")
    assert saved.kind == "app" and saved.computed[0].formula == "income - fixed - other"
    grow = _plan("Make a calculator for how much my savings grow at 4% a year over 10 years")
    assert grow.kind == "app" and "income" not in [i.name for i in grow.inputs]


def test_kids_points_for_chores_are_a_scoreboard() -> None:
    plan = _plan(
        "My kids earn points for chores: dishes 2 points, trash 1 point, bed 1 point - make a tracker"
    )
    assert plan.kind == "app" and plan.views[0].type == "counter"


# ------------------------------------------------------------------------------------------------- pies


@pytest.mark.parametrize(
    "question",
    [
        "Fammi un grafico come torta delle spese: affitto 800, cibo 300, svago 100",
        "Ponlo como tarta: ventas norte 40, sur 35, centro 25",
        "Zeig das als Torte: Miete 900, Essen 350, Sonstiges 150",
        "Mostra como pizza: vermelho 12, azul 8, verde 5",
    ],
)
def test_a_pie_in_everyday_words_is_a_pie(question: str) -> None:
    plan = _plan(question)  # "como tarta", "als Torte", "como pizza" had been bar charts
    assert plan.kind == "chart" and plan.chart_type == "pie"


@pytest.mark.parametrize(
    "question",
    [
        "Pizza orders: Mon 12, Tue 8, Wed 15",
        "Quanto custa fazer uma pizza em casa? massa 5, queijo 8, molho 3",
    ],
)
def test_pizza_as_a_thing_is_no_pie(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "chart" and plan.chart_type == "bar"


@pytest.mark.parametrize(
    "question",
    ["지역별 평균 매출을 보여줘", "Media delle vendite per regione", "Średnia sprzedaży według regionu"],
)
def test_an_average_named_in_any_language_is_a_mean(question: str) -> None:
    table = pd.DataFrame(
        {
            "region": ["North", "North", "South", "South"],
            "month": ["Jan", "Feb"] * 2,
            "sales": [120, 140, 90, 110],
        }
    )
    plan = _plan(question, table)
    assert plan.kind == "chart" and plan.aggregate == "mean"


def test_meeting_use_alone_is_no_deck() -> None:
    plan = _plan("会議用：部署ごとの残業時間 営業 40、開発 55、総務 20")
    assert plan.kind == "chart" and plan.categories == ["営業", "開発", "総務"]


# ---------------------------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    "question",
    ["Nur Text: Umsatz Jan 120, Feb 140, Mär 160", "Только текстом: продажи янв 120, фев 140, мар 160", "纯文字：一月120，二月140，三月160"],
)  # fmt: skip
def test_just_text_up_front_writes_the_items(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "text" and plan.answer.count("\n- ") == 2


def test_relations_one_a_line_and_dependencies_point_from_what_depends() -> None:
    tree = _plan("Alice reports to Bob\nCarol reports to Bob\nDan reports to Alice")
    labels = {n.id: n.label for n in tree.nodes}
    assert tree.diagram_type == "tree"
    assert {(labels[e.source], labels[e.target]) for e in tree.edges} == {
        ("Bob", "Alice"),
        ("Bob", "Carol"),
        ("Alice", "Dan"),
    }
    deps = _plan("what depends on what\nfrontend depends on API\nAPI depends on database")
    labels = {n.id: n.label for n in deps.nodes}
    assert [(labels[e.source], labels[e.target]) for e in deps.edges] == [
        ("frontend", "API"),
        ("API", "database"),
    ]


@pytest.mark.parametrize(
    ("question", "prompt"),
    [
        ("Show my client what the empty garage could be: a home gym", "the empty garage as a home gym"),
        ("Help the council see what the old car park could become - a small park with trees",
         "the old car park as a small park with trees"),
    ],
)  # fmt: skip
def test_what_a_place_could_be_is_pictured_as_that(question: str, prompt: str) -> None:
    plan = _plan(question)  # the prompt had been "my client what the empty garage could be: a home gym"
    assert plan.kind == "image" and plan.prompt == prompt


@pytest.mark.parametrize(
    "question",
    ["Design an album cover: a lighthouse at night in neon light", "Portada del libro: un bosque bajo la niebla, colores suaves"],
)  # fmt: skip
def test_a_cover_by_its_scene_is_a_picture(question: str) -> None:
    assert _plan(question).kind == "image"


@pytest.mark.parametrize(
    ("question", "steps"),
    [
        ("First sand the wall, then prime it, then paint it", ["sand the wall", "prime it", "paint it"]),
        ("D'abord on coule la dalle, puis les murs, puis le toit", ["on coule la dalle", "les murs", "le toit"]),
        ("What needs to happen before what when moving house: give notice, pack, book a van, move, clean",
         ["give notice", "pack", "book a van", "move", "clean"]),
    ],
)  # fmt: skip
def test_an_order_told_is_a_flowchart(question: str, steps: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "diagram" and [n.label for n in plan.nodes] == steps


def test_change_in_motion_week_by_week_is_an_animation_but_a_weekly_chart_stays() -> None:
    moving = _plan("Show how the tomato plant grows week by week, in motion: sprout, leaves, flowers, fruit")
    assert moving.kind == "animation"
    chart = _plan("Chart the weight of the tomato plant week by week: 10, 25, 60, 120 g")
    assert chart.kind == "chart" and chart.series[0].values == [10, 25, 60, 120]


@pytest.mark.parametrize(
    ("question", "said"),
    [("Haz un vídeo corto de un perro corriendo en la playa", "Un clip corto generado"),
     ("Köpeğin sahilde koştuğu kısa bir video yap", "Kısa, üretilmiş bir klip")],
)  # fmt: skip
def test_a_clip_is_answered_in_the_questions_language(question: str, said: str) -> None:
    plan = _plan(question)
    assert plan.kind == "animation" and plan.answer.startswith(said)


def test_hindi_and_joins_two_routes() -> None:
    plan = _plan("रूट 1: 12,400 और रूट 2: 9,800")
    assert (
        plan.kind == "chart"
        and plan.categories == ["रूट 1", "रूट 2"]
        and plan.series[0].values == [12400, 9800]
    )


@pytest.mark.parametrize(
    "question",
    [
        "How should I write good distractors for multiple choice questions?",
        "The quiz show on TV last night was rigged, wasn't it?",
        "Put the plant under the lamp and the books under the desk",
        "Under him I learned a lot; he was a great manager. How do I thank him?",
        "In what states can I buy a house without state income tax?",
        "Help me write a cover letter for a bakery job",
        "How do I cover the cost of recording an album?",
        "What could the problem be with my boiler? it clicks and stops",
        "Torte backen: 250 g Mehl, 3 Eier, 100 g Zucker - wie lange in den Ofen?",
        "Ayúdame a presentarme mejor en una entrevista de trabajo",
        "Give me key points on dividing chores fairly between my kids",
    ],
)
def test_near_misses_stay_text(question: str) -> None:
    assert _plan(question).kind == "text"

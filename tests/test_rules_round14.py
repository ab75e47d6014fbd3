"""Round 14 of the rules planner, with sentences written for this test (none taken from a labelled
set): "and" that joins items only in its own language, thousands grouped by spaces at the end of a
sentence, series named letter-first ("A takımı"), French told apart by its elisions, tools named by
what they compute ("widget de IMC"), cards said without marks ("Hund ist dog"), a process told after
asking how it works, items named as a sentence in Japanese and Chinese, and a few form words
(concept map, a drone shot, a moving explanation, a support for a meeting). Each mechanism has a
case that must keep its old reading."""

from __future__ import annotations

import pytest

from generators.rules import route
from generators.rules.content import supplied
from generators.rules.extract import extract_data
from generators.rules.numbers import find_numbers
from generators.rules.words import language
from render.plan import ChartPlan, DiagramPlan
from tests.rules_plans import plan_of

# ----------------------------------------------------------------------------------- numbers


def test_dutch_and_joins_counted_items_but_french_en_stays_a_preposition() -> None:
    plan = plan_of("Verkochte fietsen deze week: 4 racefietsen, 9 stadsfietsen en 6 bakfietsen.")
    assert isinstance(plan, ChartPlan)
    assert plan.categories == ["racefietsen", "stadsfietsen", "bakfietsen"]
    assert plan.series[0].values == [4, 9, 6]
    fr = extract_data("Notre chorale a grandi : 12 membres en 2021, 18 en 2022 et 25 en 2023.")
    assert fr is not None and fr.categories == ["2021", "2022", "2023"] and fr.values == [12, 18, 25]


@pytest.mark.parametrize(("text", "values"), [("T3 760, T4 1 410.", [760, 1410]), ("ventes : 2.350.", [2350]),
                                              ("prix 1 250,5.", [1250.5])])  # fmt: skip
def test_thousands_grouped_by_spaces_or_dots_end_a_sentence_whole(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text, "fr")] == values


def test_a_series_named_letter_first_is_its_own_series() -> None:
    data = extract_data("3 hafta boyunca: A grubu 12, 15, 11; B grubu 9, 14, 16")
    assert data is not None and [name for name, _ in data.groups] == ["A grubu", "B grubu"]


# ---------------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("J'aimerais qu'on voie la courbe s'envoler en 2024", "fr"),
        ("Qu'est-ce qu'un taux d'intérêt variable ?", "fr"),
        ("Tengo d'occhio le spese della casa: affitto 700, luce 60", "it"),  # d' is Italian too
    ],
)
def test_french_is_told_by_its_elisions(text: str, lang: str) -> None:
    assert language(text) == lang


# ---------------------------------------------------------------------------------- routes


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "Pour la vitrine, je veux voir les ventes monter en s'animant : 300 en 2022, 450 en 2023",
            "animation",
        ),
        (
            "Graag een bewegende uitleg van het zaaien: grond losmaken, zaadjes strooien, water geven",
            "animation",
        ),
        ("Para el gimnasio quiero una calculadora de IMC con mi altura y mi peso", "app"),
        ("Ich brauche einen BMI-Rechner für meine Patienten", "app"),
        ("Potrzebuję mapy pojęć: układ krążenia, serce, tętnice, żyły", "diagram"),
        ("Một cảnh quay từ trên cao của bến cảng lúc bình minh", "image"),
        ("Il me faut un support pour la réunion de jeudi : budget, planning, risques", "slides"),
    ],
)
def test_form_words_and_tools_named_by_what_they_compute(question: str, kind: str) -> None:
    assert plan_of(question).kind == kind


@pytest.mark.parametrize(
    "question",
    ["¿Qué es el IMC y por qué importa?", "J'ai besoin de support pour installer l'imprimante"],
)
def test_a_question_about_a_measure_or_a_plea_for_help_stays_text(question: str) -> None:
    assert plan_of(question).kind == "text"


# ---------------------------------------------------------------------------------- content


def test_cards_said_without_marks_become_flashcards() -> None:
    plan = plan_of("mach bitte Lernkarten Apfel ist apple Birne ist pear Milch ist milk")
    quiz = plan.views[0]
    assert quiz.mode == "flashcards"
    assert [(q.question, q.answer) for q in quiz.questions] == [
        ("Apfel", "apple"),
        ("Birne", "pear"),
        ("Milch", "milk"),
    ]
    assert route("my name is Ana and my job is design").kind != "app"  # two "is" in a sentence: no cards


def test_a_process_told_after_asking_how_it_works_is_its_flow() -> None:
    plan = plan_of(
        "How does our bike repair service work? The rider books a slot online, we check the bike in, "
        "the mechanic quotes anything above 1,000 kr, and then the rider collects it."
    )
    assert isinstance(plan, DiagramPlan) and plan.diagram_type == "flowchart"
    assert [n.label for n in plan.nodes] == [
        "The rider books a slot online",
        "we check the bike in",
        "the mechanic quotes anything above 1,000 kr",  # the thousands comma is no step boundary
        "the rider collects it",
    ]
    assert plan.title.startswith("How does our bike repair service work")


def test_a_request_with_a_colon_before_its_question_mark_is_not_a_told_process() -> None:
    plan = plan_of("flowchart of packing: order in, in stock? if yes pick and pack, if no reorder, ship")
    assert isinstance(plan, DiagramPlan)
    assert not any(n.label.startswith("if yes pick and pack, if no") for n in plan.nodes)


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("旅行の持ち物リストのインフォグラフィックをお願いします。項目はパスポート、充電器、常備薬、雨具です。",
         ["パスポート", "充電器", "常備薬", "雨具"]),
        ("帮我做一张开学准备的信息图，要点是买文具，交学费，办饭卡。", ["买文具", "交学费", "办饭卡"]),
    ],
)  # fmt: skip
def test_items_named_in_a_sentence_are_laid_out(question: str, items: list[str]) -> None:
    given = supplied(question)
    assert given is not None
    assert [it.strip("。.") for it in given.items] == items
    assert plan_of(question).kind == "infographic"
    assert supplied("项目是我们今年最重要的工作。") is None  # a sentence about a project: no list

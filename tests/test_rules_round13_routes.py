"""Round 13 of the rules planner's routes, with sentences written for this test (none taken from a
labelled set): pictures asked by their style, shot or sheet alone (no "draw"), tools by their noun in
more languages (simulators, study cards), a table to click through or browse oneself, bars seen rising
from one year to the next, a table summarised in Dutch or Polish, a pasted answer that is "too long";
and the other side of each: a question about an art style or a tool is answered in words."""

from __future__ import annotations

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import route
from tests.rules_plans import PLANNER, plan_of

TABLE = pd.DataFrame(
    {
        "team": ["Owls", "Foxes", "Bears", "Hawks", "Wolves"],
        "division": ["north", "north", "south", "south", "south"],
        "points": [21, 18, 30, 9, 14],
    }
)
ADVICE = (
    "# Studying for exams\n\nSome habits that help.\n\n## Before\n- Plan your week\n- Sleep eight hours\n\n"
    "## During\n- Take breaks every hour\n- Test yourself, don't reread\n\n## After\n- Review mistakes\n"
)


def kind_with_table(question: str) -> str:
    return PLANNER.plan(PlanRequest(question=question, table=TABLE, table_name="league.csv")).plan.kind


# ------------------------------------------------------------------ pictures by style, shot, sheet


@pytest.mark.parametrize(
    "question",
    [
        "establishing shot of a foggy harbour town at dawn",
        "turnaround sheet for a tiny robot gardener, side view",
        "character sheet of a knight in copper armour",
        "un gros plan d'une tasse de café fumante, lumière du matin",
        "un pueblo de montaña en invierno: un primer plano de una farola",
        "inquadratura dall'alto di una spiaggia affollata",
        "un primo piano di un vecchio pescatore",
        "ein Dorf im Nebel, Luftaufnahme, filmisch",
        "фонарь на мосту, крупный план, ночь",
        "像素画风格的小镇和一只猫",
        "雨の夜の東京、シネマティックな雰囲気",
        "비 오는 골목, 픽셀아트로",
        "gece yarısı İstanbul sokakları, sinematik",
        "ujęcie z drona na stare miasto",
    ],
)
def test_styles_and_shots_ask_for_a_picture(question: str) -> None:
    assert plan_of(question).kind == "image"


def test_style_words_set_the_pictures_style() -> None:
    """The style named in another language is the one the picture gets."""
    plan = plan_of("un vieux phare sur une falaise, plan de cinéma")
    assert plan.kind == "image" and plan.style == "cinematic"
    plan = plan_of("ピクセルアートで、森の中の小屋")
    assert plan.kind == "image" and plan.style == "pixel_art"


@pytest.mark.parametrize(
    "question",
    [
        "what is pixel art?",
        "what's the difference between gouache and watercolour",
        "history of oil painting in the Netherlands",
        "how do I take a cinematic shot with my phone?",
        "qu'est-ce qu'un gros plan au cinéma ?",
        "¿qué es un primer plano en fotografía?",
        "was ist Pixelkunst?",
        "что такое крупный план?",
        "ドット絵とは？",
        "像素画是什么？",
        "piksel sanatı nedir?",
    ],
)
def test_a_question_about_a_style_is_answered_in_words(question: str) -> None:
    assert plan_of(question).kind == "text"


def test_a_style_question_with_a_request_stays_a_picture() -> None:
    assert plan_of("what is pixel art? draw me a castle in it").kind == "image"
    assert plan_of("what would a pixel art lighthouse look like?").kind == "image"


# ----------------------------------------------------------------------- tools by their noun


@pytest.mark.parametrize(
    "question",
    [
        "simulatore del mutuo per la casa",
        "symulator kredytu hipotecznego",
        "kredi geri ödeme simülatörü yapar mısın",
        "대출 상환 시뮬레이터 좀",
        "Aylık birikim için bir hesap makinesi lazım",
    ],
)
def test_a_simulator_or_calculator_is_a_tool(question: str) -> None:
    assert route(question).kind == "app"


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("word cards for my French: chien = dog, chat = cat, maison = house", 3),
        ("cards to practise my Spanish: perro = dog, gato = cat, casa = house, libro = book", 4),
        ("做几张记单词的卡：apple 苹果，book 书，water 水", 3),
        ("tarjetas de vocabulario: dog = perro, cat = gato, house = casa", 3),
        ("Vokabelkarten bitte: Hund = dog, Katze = cat, Haus = house", 3),
    ],
)
def test_study_cards_with_pairs_become_flashcards(question: str, size: int) -> None:
    plan = plan_of(question)
    assert plan.kind == "app"
    view = plan.views[0]
    assert view.type == "quiz" and view.mode == "flashcards" and len(view.questions) == size


@pytest.mark.parametrize(
    "question",
    [
        "how does a mortgage calculator work?",
        "are flashcards better than rereading?",
        "is a loan simulator accurate?",
        "¿qué es una calculadora de hipoteca?",
        "주택담보대출 계산기란?",
    ],
)
def test_a_question_about_a_tool_is_answered_in_words(question: str) -> None:
    assert plan_of(question).kind == "text"


# ------------------------------------------------------------------- a table worked by hand


@pytest.mark.parametrize(
    "question",
    [
        "I'd like to be able to filter this by division",
        "let me click around the league table",
        "I want to browse these results myself",
        "ich möchte mich selbst durch die Tabelle klicken, selbst durchstöbern",
        "이 표 직접 둘러보고 싶어요",
        "我想自己浏览一下这个表",
    ],
)
def test_browsing_an_attached_table_oneself_is_an_explorer(question: str) -> None:
    assert kind_with_table(question) == "app"


def test_browsing_words_without_a_table_make_no_explorer() -> None:
    """Nothing supplied: no app of rows that do not exist (the app kind answers in words)."""
    assert plan_of("I want to browse these results myself").kind == "text"


def test_a_chart_of_the_table_stays_a_chart() -> None:
    assert kind_with_table("points by team") == "chart"


# ------------------------------------------------------------------------ bars seen rising


@pytest.mark.parametrize(
    "question",
    [
        "je veux voir les ventes grimper d'une année à l'autre : 2020 12, 2021 18, 2022 25",
        "voir les barres grandir : 2019 4, 2020 9, 2021 15",
        "quiero ver cómo van a crecer de un año a otro: 2020 5, 2021 8, 2022 13",
        "voglio vedere salire le vendite da un anno all'altro: 2020 5, 2021 8, 2022 13",
    ],
)
def test_seeing_bars_rise_period_after_period_is_an_animation(question: str) -> None:
    assert plan_of(question).kind == "animation"


def test_values_by_year_alone_stay_a_chart() -> None:
    assert plan_of("ventes par année : 2020 12, 2021 18, 2022 25").kind == "chart"


# ------------------------------------------------------------------- attachments cut down


@pytest.mark.parametrize("question", ["Vat deze tabel samen", "podsumuj tę tabelę", "bu tabloyu özetle"])
def test_summarising_a_table_in_more_languages_is_text(question: str) -> None:
    assert kind_with_table(question) == "text"


@pytest.mark.parametrize("question", ["way too long. just 2 tips only", "c'est trop long", "zu lang, bitte"])
def test_a_pasted_answer_too_long_is_cut_in_words(question: str) -> None:
    plan = PLANNER.plan(PlanRequest(question=question, markdown=ADVICE)).plan
    assert plan.kind == "text"

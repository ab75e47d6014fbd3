"""Round 22, lead's own changes: form words typed without their marks."""

from __future__ import annotations

import pytest

from generators import select_planner
from generators.base import PlanRequest
from generators.rules.words import find_cue

PLANNER, _ = select_planner("rules")


def kind(question: str) -> str:
    return PLANNER.plan(PlanRequest(question=question)).plan.kind


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("apresentacao pro time", "apresentação"),
        ("Prasentation fur die Versammlung", "präsentation"),
        ("Praesentation fuer die Versammlung", "präsentation"),
        ("una presentacion pa la reunion", "presentación"),
        ("bir gorsel lazim", "görsel"),
    ],
)
def test_a_long_form_word_matches_without_its_marks(text: str, cue: str) -> None:
    assert find_cue(text, cue) is not None


@pytest.mark.parametrize(("text", "cue"), [("I've got an essay", "vẽ"), ("semaine par semaine", "şema")])
def test_a_short_word_keeps_its_marks(text: str, cue: str) -> None:
    """Without its marks a short word is another language's word: 'vẽ' (draw) is no "I've"."""
    assert find_cue(text, cue) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Prasentation fur die Hauptversammlung: 214 Mitglieder, neuer Kunstrasen, Jugendmannschaft",
            "slides",
        ),
        ("apresentacao com o plano de ferias da equipa: julho Ana, agosto Rui, setembro Marta", "slides"),
        ("una presentacion pa la reunion de padres: excursion, cuotas, voluntarios", "slides"),
        ("uma ilustracao infantil de uma tartaruga a ler um livro", "image"),
        ("I've got an essay on school uniforms, can you help me structure it?", "text"),
    ],
)
def test_questions_typed_without_marks_get_their_form(question: str, expected: str) -> None:
    assert kind(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "ein ding auf dem handy, das den kammerton a mit 440 oder 443 hz spielt, zum umschalten",
        "la radio suena a 440 o 443 hz",
    ],
)
def test_and_or_with_never_name_an_item(question: str) -> None:
    """ "440 oder 443 hz" is two settings of one thing, not a bar "oder" beside a bar "mit"."""
    plan = PLANNER.plan(PlanRequest(question=question)).plan
    assert plan.kind != "chart"


@pytest.mark.parametrize(
    "question", ["draw a birthday cake with 40 candles", "draw a lighthouse at 1733312345678901234"]
)
def test_a_whole_number_in_a_scene_keeps_the_picture(question: str) -> None:
    """Only an amount (money, a percentage, a magnitude, a decimal) told beside a bare "draw" is a figure
    a picture would have to state; a whole number counts things in the scene."""
    assert kind(question) == "image"


def test_an_amount_told_with_a_bare_draw_is_no_picture() -> None:
    assert kind("今天拍卖会成交总额 86.4 万！能帮我画个图发朋友圈吗") == "text"


def test_slashed_dates_in_a_decimal_comma_file_are_day_first(tmp_path) -> None:
    """'01/07/2025' … '07/07/2025' beside '4,5' and '1.842' is a week of July, not seven months."""
    from render.columns import as_datetime
    from render.tables import load_table

    path = tmp_path / "ferry.csv"
    path.write_text(
        'date,route,passengers,delay\n01/07/2025,A,1.842,"4,5"\n02/07/2025,A,1.905,"6,0"\n07/07/2025,A,2.117,"3,5"\n'
    )
    dates = as_datetime(load_table(path)["date"])
    assert [d.month for d in dates] == [7, 7, 7] and [d.day for d in dates] == [1, 2, 7]
    plain = tmp_path / "us.csv"
    plain.write_text("date,visits\n01/07/2025,12\n02/07/2025,15\n")
    assert [d.month for d in as_datetime(load_table(plain)["date"])] == [1, 2]  # month-first, as before


def test_a_german_ordinal_day_is_a_date_not_a_value() -> None:
    """'Abfahrt am 12. Mai und Rückkehr am 16.' are dates: no chart of 180 EUR beside '12 EUR'."""
    from generators.rules.extract import extract_data

    assert extract_data("Kosten 180 Euro pro Kind und Abfahrt am 12. Mai und Rückkehr am 16.") is None
    data = extract_data("Umsatz Januar 12, Februar 15, März 18")
    assert data is not None and list(data.values) == [12, 15, 18]

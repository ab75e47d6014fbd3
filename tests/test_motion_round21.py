"""Round 21: motion asked without "animate" (a thing to be seen moving, in many languages) is an
animation whose clip uses only the user's words; pictures asked without "draw" (a terse Japanese
scene, a Chinese product main image, a picture OF a playground slide, a picture over a table with
numbers refused) are images."""

from __future__ import annotations

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.motion_seen import seen_in_motion


def _plan(question: str, table: pd.DataFrame | None = None, markdown: str | None = None):
    return RulesPlanner().plan(PlanRequest(question=question, table=table, markdown=markdown)).plan


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("I would like the schoolchildren to watch an ammonite sink into the mud and become a fossil",
         "ammonite sink into the mud"),
        ("que se vea el pistón subiendo y bajando, con las válvulas abriendo y cerrando", "el pistón subiendo y bajando"),
        ("покажи, как работает противовес: чтобы было видно, как кабина едет вверх, а груз вниз",
         "кабина едет вверх, а груз вниз"),
        ("وريني كيف تنعبى الحاوية كرتون ورا كرتون لين تمتلي", "الحاوية كرتون ورا كرتون"),
        ("show how a grass fire runs when the wind swings west, like watching from a chopper", "grass fire runs"),
        ("kolam for the festival, I want to see it being made line by line on a 5x5 dot grid",
         "kolam being made line by line on a 5x5 dot grid"),
    ],
)  # fmt: skip
def test_a_thing_to_be_seen_moving_is_a_clip_of_the_users_words(question, words) -> None:
    plan = _plan(question)
    assert plan.kind == "animation"
    visual = plan.scenes[0].visual
    assert visual.kind == "image"  # a generated clip, no flow of invented steps
    assert words in visual.prompt
    assert not any(w in visual.prompt for w in ("to watch", "que se vea", "видно", "وريني"))


def test_clauses_of_a_scene_seen_moving_are_no_flowchart() -> None:
    plan = _plan(
        "ダイヤが乱れたとき電車がどう詰まっていくか、時間を進めながら見せてほしい。A駅からD駅、4本くらいで"
    )
    assert plan.kind == "animation"
    assert plan.scenes[0].visual.kind == "image"
    assert "4本" in plan.scenes[0].visual.prompt  # the count is the user's, kept as written


def test_listed_steps_seen_moving_still_play_in_order() -> None:
    plan = _plan("I want to see it being made:\n1. fold the paper\n2. cut the corners\n3. glue the flaps")
    assert plan.kind == "animation"
    assert plan.scenes[0].visual.kind in ("diagram", "slides")  # the steps themselves, not a clip


@pytest.mark.parametrize(
    "question",
    [
        "I like watching films about trains",
        "can you see how sales changed last year",
        "explain this code line by line",
        "ver el informe de ventas del mes",
    ],
)
def test_no_motion_is_seen_where_none_is_asked(question) -> None:
    assert seen_in_motion(question) is None


def test_a_table_run_like_a_film_is_animated_over_its_months() -> None:
    table = pd.DataFrame(
        {"monat": ["2025-01", "2025-02", "2025-03", "2025-04"], "strom_kwh": [2180, 1855, 1161, 584]}
    )
    plan = _plan("Lassen Sie den Verbrauch Monat für Monat ablaufen, wie einen kleinen Film.", table=table)
    assert plan.kind == "animation"
    chart = plan.scenes[0].visual
    assert chart.kind == "chart" and chart.y == "strom_kwh"  # the table's column, values computed later


def test_one_after_another_in_french_animates_the_pasted_answer() -> None:
    md = "# Scène 3\n\n## Entrées\n\n- Toinette entre par la droite\n- Angélique entre par le fond\n"
    plan = _plan("les entrées et sorties de la scène 3, une après l'autre", markdown=md)
    assert plan.kind == "animation"
    assert plan.scenes[0].visual.kind == "slides"


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("夜の車両基地で雨に濡れた電車が並んでる、エモい感じのやつ", "車両基地"),
        ("想要一张主图：白瓷盖碗里泡着金黄的茶汤，背景是雾里的茶山", "茶山"),
        (
            "a picture of a slide shaped like an open book for the childrens corner, bright and safe looking",
            "open book",
        ),
    ],
)
def test_pictures_asked_without_draw(question, kept) -> None:
    plan = _plan(question)
    assert plan.kind == "image"
    assert kept in plan.prompt


def test_a_slide_deck_is_still_slides() -> None:
    assert _plan("make me 5 slides about our picture framing shop").kind == "slides"


def test_a_picture_over_a_table_with_numbers_refused_is_a_picture() -> None:
    table = pd.DataFrame({"week_of": ["09/02/2025", "09/09/2025", "09/16/2025"], "volunteers": [39, 41, 37]})
    q = "make a thank you card picture for the volunteers, a big stack of food boxes, warm colors, nothing with numbers"
    plan = _plan(q, table=table)
    assert plan.kind == "image"
    assert "food boxes" in plan.prompt
    # a picture word over the rows' figures stays a chart
    assert _plan("a picture of the volunteers per week", table=table).kind == "chart"


def test_a_total_counting_up_glides_between_the_two_amounts_written() -> None:
    plan = _plan(
        "for the parish meeting can the defib fund total count up on screen from £0 to the £1,650 we raised"
    )
    assert plan.kind == "animation"
    scene = plan.scenes[0]
    chart = scene.visual
    assert scene.frames_from == "series"
    assert [s.values for s in chart.series] == [[0.0], [1650.0]]  # only the amounts written, none between
    assert chart.categories == ["Defib fund total"]
    assert "£1,650" in chart.title


def test_counting_up_needs_two_amounts_in_order() -> None:
    from generators.rules.motion_seen import count_up

    assert count_up("count up from £1,650 to £0") is None
    assert count_up("my kid can count up to 20") is None


def test_the_section_named_is_the_one_animated() -> None:
    md = (
        "# Notes\n\n## Billets\n\n- 22 $ adulte\n- 15 $ aîné\n\n"
        "## Scène 3 (acte 1) : entrées et sorties\n\n1. Argan seul.\n2. Toinette entre.\n3. Argan sort.\n"
    )
    plan = _plan("les entrées et sorties de la scène 3, une après l'autre", markdown=md)
    deck = plan.scenes[0].visual
    assert deck.title.startswith("Scène 3")
    assert "22 $" not in str(deck.model_dump())  # the tickets are not what was asked


@pytest.mark.parametrize(
    "question",
    [
        "ich will sehen, wie der Umsatz steigt: Jan 10, Feb 12, Mär 15, Apr 19",
        "je veux voir les prix monter: jan 10, fév 12, mars 15",
    ],
)
def test_seeing_a_series_of_figures_rise_is_a_chart_not_a_clip(question) -> None:
    assert RulesPlanner().plan(PlanRequest(question)).plan.kind == "chart"


def test_a_count_up_is_told_in_the_questions_language() -> None:
    from generators.rules.motion_seen import count_up_scene
    from generators.rules.numbers import find_numbers

    start, end = find_numbers("von 0 € bis 1.650 €", "de")
    scene = count_up_scene("lass die Summe hochzählen, von 0 € bis 1.650 €", start, end, "")
    assert scene.visual.answer == "Summe zählt von 0 € bis 1.650 € hoch."  # German, the two amounts only


@pytest.mark.parametrize("question", ["von 0 € bis 1.650 € hochzählen", "de 0 € à 1 650 € à l'écran"])
def test_where_a_range_starts_and_ends_names_no_bars(question) -> None:
    from generators.rules.extract import extract_data

    assert extract_data(question) is None  # "von"/"bis", "de"/"à" are no things compared

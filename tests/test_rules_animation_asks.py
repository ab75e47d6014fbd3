"""Animations asked for in words the rules planner used to miss: parts put together step by step,
states joined by arrows, a countdown's range, spelled-out Arabic thousands, a short looping intro
and a scene changing bit by bit. Each plan holds only what the question wrote."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from generators.rules.clip import CLIP_LENGTH
from generators.rules.frames import arrow_states, assembled_in_order, countdown
from generators.rules.spelled import spelled_numbers


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "fai vedere passo dopo passo come si monta: base, pareti, tetto, finestre",
            ["base", "pareti", "tetto", "finestre"],
        ),
        (
            "show step by step how the shelf is assembled: frame, shelves, doors, handles",
            ["frame", "shelves", "doors", "handles"],
        ),
        (
            "Zeig Schritt für Schritt, wie das Regal zusammengebaut wird: Rahmen, Böden, Türen",
            ["Rahmen", "Böden", "Türen"],
        ),
    ],
)
def test_parts_put_together_step_by_step_build_up_in_order(question: str, parts: list[str]) -> None:
    assert route(question).kind == "animation"
    out = plan(question)
    assert out.kind == "animation"
    diagram = out.scenes[0].visual
    assert diagram.kind == "diagram"
    assert [n.label for n in diagram.nodes] == parts
    assert "Schritt für Schritt" not in diagram.title and "passo dopo passo" not in diagram.title


def test_steps_of_a_task_are_no_assembly() -> None:
    question = "step by step how to install python: download, run installer, add to path"
    assert assembled_in_order(question) is None
    assert route(question).kind == "diagram"


@pytest.mark.parametrize(
    "question",
    [
        "zeig Schritt für Schritt, wie der Algorithmus sortiert: 5 3 8 1 → 3 5 8 1 → 3 5 1 8 → 3 1 5 8 → 1 3 5 8",
        "Pokaż po kolei, klatka po klatce, jak algorytm sortuje: 5 3 8 1 → 3 5 8 1 → 3 5 1 8 → 3 1 5 8 → 1 3 5 8",
    ],
)
def test_numbers_joined_by_arrows_are_frames_of_bars(question: str) -> None:
    assert route(question).kind == "animation"
    out = plan(question)
    scene = out.scenes[0]
    assert out.kind == "animation" and scene.visual.kind == "chart"
    assert scene.frames_from == "series"
    assert [s.values for s in scene.visual.series] == [
        [5, 3, 8, 1],
        [3, 5, 8, 1],
        [3, 5, 1, 8],
        [3, 1, 5, 8],
        [1, 3, 5, 8],
    ]
    assert scene.captions[0] == "5 3 8 1" and scene.captions[-1] == "1 3 5 8"


def test_words_joined_by_arrows_are_one_slide_each() -> None:
    out = plan("show step by step: A B C → B A C → B C A → C B A")
    deck = out.scenes[0].visual
    assert out.kind == "animation" and deck.kind == "slides"
    assert [s.text for s in deck.slides] == ["A B C", "B A C", "B C A", "C B A"]


def test_a_flow_of_steps_is_not_states() -> None:
    question = "step by step: collect data → clean data → train model → deploy"
    assert arrow_states(question) is None
    assert route(question).kind == "diagram"


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("countdown animation 10 to 1 for new year's", [str(n) for n in range(10, 0, -1)]),
        ("for new year's eve: an animated countdown from 10 down to 1", [str(n) for n in range(10, 0, -1)]),
        ("cuenta regresiva animada del 5 al 1", ["5", "4", "3", "2", "1"]),
    ],
)
def test_countdown_is_one_big_number_per_frame(question: str, numbers: list[str]) -> None:
    out = plan(question)
    deck = out.scenes[0].visual
    assert out.kind == "animation" and deck.kind == "slides" and not deck.title_slide
    assert [s.number for s in deck.slides] == numbers
    assert all(s.layout == "big_number" and not s.number_label for s in deck.slides)


def test_countdown_needs_both_ends() -> None:
    assert countdown("countdown animation for new year's") is None
    assert countdown("countdown from 1 to 10") is None
    assert countdown("a countdown to the launch") is None


@pytest.mark.parametrize(
    "question",
    [
        "اعرض نمو عدد المستخدمين بشكل متحرك: 2021 ألف، 2022 ثلاثة آلاف، 2023 سبعة آلاف",
        "أبغى رسم متحرك يوضح كيف زاد عدد المستخدمين: 2021 ألف مستخدم، 2022 ثلاثة آلاف، 2023 سبعة آلاف",
    ],
)
def test_arabic_thousands_in_words_are_the_animated_values(question: str) -> None:
    out = plan(question)
    chart = out.scenes[0].visual
    assert out.kind == "animation" and chart.kind == "chart"
    assert chart.categories == ["2021", "2022", "2023"]
    assert chart.series[0].values == [1000, 3000, 7000]
    assert "بشكل" not in chart.title


def test_arabic_thousand_alone_is_no_data() -> None:
    assert spelled_numbers("ألف شكر لك", "ar") == "ألف شكر لك"
    assert spelled_numbers("2022 ثلاثة آلاف، 2023 ألفين", "ar") == "2022 3000، 2023 2000"


def test_looping_intro_of_seconds_is_a_clip_of_that_length() -> None:
    question = (
        "Tengo un canal de pesca en YouTube. Quiero una intro de 3 segundos en bucle: un flotador rojo en el "
        "agua que se hunde de golpe y salen ondas. Nada más, sencillo."
    )
    out = plan(question)
    scene = out.scenes[0]
    assert out.kind == "animation" and scene.visual.kind == "image"
    assert scene.visual.prompt == "flotador rojo en el agua que se hunde de golpe y salen ondas"
    assert scene.frames / scene.fps == pytest.approx(3.0)


def test_intro_of_seconds_without_a_loop_word() -> None:
    question = "a 3-second intro for my cooking channel: a pan flipping a pancake"
    assert CLIP_LENGTH.search(question)
    out = plan(question)
    assert out.kind == "animation"
    assert out.scenes[0].visual.prompt == "pan flipping a pancake"
    assert CLIP_LENGTH.search("wash your hands: wet, soap, rub 20 seconds, rinse") is None


def test_a_room_changing_bit_by_bit_is_a_clip_of_that_change() -> None:
    question = "so my mum can see how the living room would change, the walls going from beige to sage green bit by bit"
    out = plan(question)
    clip = out.scenes[0].visual
    assert out.kind == "animation" and clip.kind == "image"
    assert clip.prompt.startswith("the living room would change, the walls going from beige to sage green")
    assert "mum" not in clip.prompt


def test_explaining_how_still_gets_no_clip() -> None:
    out = plan("animate how photosynthesis works, on a loop")
    assert out.kind != "animation" or out.scenes[0].visual.kind != "image"

"""Something that keeps moving on a screen, asked for in any of the planner's languages, is an
animation: a generated clip of the scene the user describes, with their quoted words (clock times
included) kept whole as its caption and never drawn into the picture."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner


def _clip(question: str):
    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    assert plan.kind == "animation", plan
    visual = plan.scenes[0].visual
    assert visual.kind == "image", visual
    return visual


@pytest.mark.parametrize(
    ("question", "prompt", "caption"),
    [
        (
            "for the telly in the café, something that keeps moving: our cupcake logo and 'open till 6pm'",
            "our cupcake logo",
            "open till 6pm",
        ),
        (
            "für den Monitor am Empfang, was in Dauerschleife läuft: unser Hotelschild und 'Check-in ab 14:00'",
            "unser Hotelschild",
            "Check-in ab 14:00",
        ),
        (
            "per la vetrina, qualcosa che gira in continuazione con la nostra torta e 'aperti la domenica'",
            "la nostra torta",
            "aperti la domenica",
        ),
        (
            "pra tela da loja, algo que fique rodando o tempo todo: 'café fresquinho' com vapor subindo",
            "café fresquinho",
            "café fresquinho",
        ),
    ],
)
def test_a_scene_that_keeps_moving_is_a_clip_with_its_quoted_caption(
    question: str, prompt: str, caption: str
) -> None:
    visual = _clip(question)
    assert visual.prompt.lower().startswith(prompt.lower()), visual.prompt
    assert visual.caption == caption
    assert "'" not in visual.prompt and caption not in visual.prompt.replace(prompt, "", 1)


@pytest.mark.parametrize(
    "question",
    [
        "ekrana sürekli dönen bir şey: kahve fincanımız",
        "на экран в витрине, что-то, что постоянно крутится: наш логотип",
        "お店のモニター用に、ずっと動いてるやつ：うちのロゴ",
    ],
)
def test_continuous_motion_in_other_languages_is_an_animation(question: str) -> None:
    assert RulesPlanner().plan(PlanRequest(question=question)).plan.kind == "animation"


def test_numbers_in_a_loop_still_make_a_chart_that_moves_not_a_clip() -> None:
    plan = (
        RulesPlanner()
        .plan(
            PlanRequest(question="members per year on a loop for the lobby screen: 2021 40, 2022 65, 2023 90")
        )
        .plan
    )
    assert plan.kind == "animation" and plan.scenes[0].visual.kind == "chart"
    assert plan.scenes[0].visual.series[0].values == [40, 65, 90]


def test_yes_and_no_with_numbers_are_answers_and_v_dinamike_is_motion() -> None:
    plan = RulesPlanner().plan(PlanRequest(question="just animate it: yes 60 no 40")).plan
    assert plan.kind == "animation" and plan.scenes[0].visual.categories == ["yes", "no"]
    plan = (
        RulesPlanner()
        .plan(PlanRequest(question="покажи в динамике выручку: 2021 — 80, 2022 — 95, 2023 — 130"))
        .plan
    )
    assert plan.kind == "animation" and plan.scenes[0].visual.series[0].values == [80, 95, 130]

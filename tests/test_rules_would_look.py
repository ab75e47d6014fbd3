"""How something would look, asked in any of the planner's languages, is a picture of it; the asking
words leave the prompt, the camera's place stays; a size ('4 m sur 1,5 m') is never chart data."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.extract import extract_data


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    ("question", "kept", "gone"),
    [
        (
            "ça donnerait quoi notre cuisine en bleu canard avec du laiton ?",
            "cuisine en bleu canard",
            "donnerait",
        ),
        ("jak by wyglądał nasz ogród z oczkiem wodnym?", "ogród z oczkiem wodnym", "wyglądał"),
        ("как бы выглядела наша кухня в скандинавском стиле?", "кухня в скандинавском стиле", "выглядел"),
        ("우리 카페 간판을 빨간색으로 바꾸면 어떤 느낌일지 궁금해", "카페 간판", "느낌일지"),
    ],
)
def test_how_it_would_look_is_a_picture_of_it(question: str, kept: str, gone: str) -> None:
    plan = _plan(question)
    assert plan.kind == "image", plan
    assert kept in plan.prompt and gone not in plan.prompt


def test_the_cameras_place_stays_in_the_prompt_and_makes_a_photo() -> None:
    plan = _plan("for our menu, a plate of pancakes with berries, shot from above")
    assert plan.kind == "image" and "shot from above" in plan.prompt and plan.style == "photo"


def test_a_size_is_no_data_but_numbers_that_would_look_a_way_stay_a_chart() -> None:
    assert extract_data("ça donnerait quoi mon balcon ? il fait 4 m sur 1,5 m") is None
    assert extract_data("the room is 3 x 4 m and the hall 2 by 5 m") is None
    assert _plan("what would our sales look like as a chart: 2022 40, 2023 55, 2024 61").kind == "chart"


def test_where_the_picture_goes_said_first_is_no_part_of_it() -> None:
    plan = _plan("for the bakery's facebook page, a photo of warm croissants in a basket on a wooden table")
    assert plan.kind == "image" and "croissants in a basket on a wooden table" in plan.prompt
    assert "facebook" not in plan.prompt

"""Round 22b: motion and pictures asked the way the blind sets v19/v20 asked them. Hours written '22h'
are labels, a value passing through written amounts glides through exactly those, a scene at '10pm'
is still a scene, things played out lap by lap or lit up piece by piece move, and "how would it look"
typed without umlauts, in Gulf Arabic or in Korean is a picture. Places never given are not drawn on a
map, and photos a game is made of are no picture to generate."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.extract import extract_data
from generators.rules.motion_seen import passes_through
from generators.rules.numbers import clock_hour_labels, find_numbers
from generators.rules.scoring import score


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def test_hours_written_22h_label_the_values_after_them() -> None:
    data = extract_data("club headcount 22h 80 23h 240 00h 510 01h 690 02h 640 03h 380")
    assert data is not None
    assert data.categories == ["22h", "23h", "00h", "01h", "02h", "03h"]
    assert data.values == [80, 240, 510, 690, 640, 380]


def test_hours_of_the_night_animate_without_summing_a_headcount() -> None:
    q = "can the club headcount tick up hour by hour like an animaton 22h 80 23h 240 00h 510 01h 690 02h 640 03h 380"
    plan = _plan(q)
    assert plan.kind == "animation"
    chart = plan.scenes[0].visual
    assert chart.kind == "chart" and chart.categories[0] == "22h"
    assert "total" not in plan.answer.lower()  # people inside at each hour add up to nothing
    assert "tick" not in plan.answer.lower()  # the motion words are no part of the measure's name


def test_hours_alone_or_out_of_order_stay_hours() -> None:
    assert clock_hour_labels("slept 10h 30 and ran 12h 40") == set()
    assert clock_hour_labels("10h 45 14h 80 11h 20") == set()
    assert [n.unit for n in find_numbers("the drive took 10h")] == ["h"]


def test_a_chart_of_hourly_counts_with_h_labels() -> None:
    q = "trampoline park saturday how many jumpers each hour 10h 45 11h 80 12h 112 13h 96 14h 130 make it a graph"
    plan = _plan(q)
    assert plan.kind == "chart"
    assert plan.categories == ["10h", "11h", "12h", "13h", "14h"]


@pytest.mark.parametrize(
    ("question", "values", "name"),
    [
        ("fammi vedere animato il cioccolato che passa da 45 a 27 a 31 gradi sul marmo", [45, 27, 31], "Cioccolato"),
        ("can my a1c go down like a thermometer slowly from 7.9 to 6.8, for my grandkids", [7.9, 6.8], "A1c"),
    ],
)  # fmt: skip
def test_a_value_passing_through_written_amounts_glides_through_them(question, values, name) -> None:
    plan = _plan(question)
    assert plan.kind == "animation"
    scene = plan.scenes[0]
    chart = scene.visual
    assert scene.frames_from == "series"
    assert [s.values[0] for s in chart.series] == values  # the written amounts, in order, nothing between
    assert chart.categories == [name]
    assert plan.answer.startswith(f"{name}: ")


@pytest.mark.parametrize(
    "question",
    [
        "animate revenue from 2019 to 2023",  # years: a span of time, not a value moving
        "animate sales from 10 to 20, then 30 in 2023",  # other numbers written: data
        "animate the price from $5 to €8",  # two currencies
    ],
)
def test_no_glide_over_years_other_numbers_or_mixed_currencies(question) -> None:
    assert passes_through(question) is None


def test_a_meter_likeness_without_motion_or_a_story_is_no_animation_cue() -> None:
    assert "animation" not in score("my a1c went down from 7.9 to 6.8")
    assert "animation" not in score("make a fundraising thermometer, we are at 60% of 5000")


def test_a_scene_at_times_of_day_is_a_clip_of_its_words() -> None:
    q = "for the promo screen can the dance floor fill up as the night goes on, like a timelapse, 10pm empty to 1am packed"
    plan = _plan(q)
    assert plan.kind == "animation"
    prompt = plan.scenes[0].visual.prompt
    assert prompt.startswith("the dance floor fill up")
    assert "10pm empty to 1am packed" in prompt
    assert "promo screen" not in prompt and "like a" not in prompt


def test_played_out_lap_by_lap_moves() -> None:
    plan = _plan("can the zamboni path play out lap by lap so new drivers see the pattern")
    assert plan.kind == "animation"
    prompt = plan.scenes[0].visual.prompt
    assert "zamboni path" in prompt and "drivers" not in prompt


def test_lit_up_piece_by_piece_plays_the_listed_parts_in_order() -> None:
    plan = _plan(
        "Voglio vedere il presepe che si accende pezzo per pezzo: prima le stelle, poi le case, poi la grotta"
    )
    assert plan.kind == "animation"
    diagram = plan.scenes[0].visual
    assert [n.label for n in diagram.nodes] == ["le stelle", "le case", "la grotta"]


def test_explained_piece_by_piece_is_no_motion() -> None:
    assert "animation" not in score("explain the tax return piece by piece")


def test_moves_on_a_map_without_places_ask_for_them() -> None:
    q = "Montrez les déménagements de la famille sur la carte, génération après génération, avec une flèche qui avance."
    plan = _plan(q)
    assert plan.kind == "text"  # no places given: no map, no clauses drawn as steps
    assert "étapes" in plan.answer  # the animation's own "what to give", in French


@pytest.mark.parametrize(
    ("question", "kept", "dropped"),
    [
        ("wie konnte das etikett fur unseren neuen gin aussehen, wacholder, berge, altrosa, so vintage mäßig",
         "das etikett fur unseren neuen gin", "wie konnte"),
        ("كيف راح يبان شاطئ الهدية مع مدرسة ركوب امواج صغيرة والواح ملونة وقت الغروب", "شاطئ الهدية", "يبان"),
        ("새 집 거실 이렇게 하면 어떨지 보여줘: 흰 벽, 원목 소파, 창가에 식물 잔뜩", "원목 소파", "보여줘"),
    ],
)  # fmt: skip
def test_how_it_would_look_is_a_picture(question, kept, dropped) -> None:
    plan = _plan(question)
    assert plan.kind == "image"
    assert kept in plan.prompt and dropped not in plan.prompt


def test_photos_a_game_is_made_of_are_no_picture_to_make() -> None:
    plan = _plan("a memory game for mam on the tablet with photos of the family, she taps the one i say")
    assert plan.kind != "image"
    assert _plan("a picture of a board game with photos of cats").kind == "image"

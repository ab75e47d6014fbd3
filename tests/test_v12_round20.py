"""Round 20, set v12: a picture asked by its scene (a cover or album sleeve described, what a place
could become, a proposal visualised, the light it is in), a hierarchy told with "under him", "sob
ele", "회장 아래", the states a thing can be in, what must come before what, a "first … then" order,
and change shown moving period after period."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.router import route
from generators.rules.signals import told_in_order


def _plan(question: str, table: pd.DataFrame | None = None) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question, table=table)).plan


# ------------------------------------------------------------------------------ pictures by scene


@pytest.mark.parametrize(
    "question",
    [
        "обложка для альбома моей группы: пустой пляж зимой, туман",
        "絵本の表紙：ねこが雨の中で傘をさしている",
        "book cover for my grandad's memoir: a fishing boat at dawn",
        "portada del libro de cuentos: un zorro leyendo bajo un árbol",
    ],
)
def test_cover_described_by_its_scene_is_an_image(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "image"
    scene = question.split(":")[-1].split("：")[-1].strip()
    assert scene in plan.prompt  # the user's scene is kept in the prompt


def test_painted_cover_over_a_table_is_still_a_picture() -> None:
    table = pd.DataFrame({"crop": ["beans", "kale", "leeks"], "kg": [12, 8, 5]})
    question = "cover for our club's season report – a wheelbarrow full of vegetables, painted"
    assert route(question, table=table).kind == "image"
    assert "wheelbarrow full of vegetables" in _plan(question, table).prompt
    # "these crops" over a table with a crop column: the crops the picture cannot know are named
    plan = _plan("cover for the harvest report – a basket of these crops, painted", table)
    assert "these crops (beans, kale, leeks)" in plan.prompt
    # without a medium, a table with numbers is still the chart's
    assert route("chart of the harvest for our report", table=table).kind == "chart"


def test_what_a_place_could_be_is_pictured_as_the_place() -> None:
    plan = _plan(
        "i'd like to show my landlord what the old garage could be: a small pottery studio with shelves"
    )
    assert plan.kind == "image"
    assert plan.prompt == "the old garage as a small pottery studio with shelves"


@pytest.mark.parametrize(
    "question",
    [
        "visualise the proposed library extension for the parish newsletter: glass front, reading garden",
        "come potrebbe essere il nostro garage trasformato in una palestra con specchi",
        "a stone cottage by a lake, soft evening light, mist on the water",
        "एक पहाड़ी गाँव, बर्फ से ढकी छतें, सुबह की रोशनी",
    ],
)
def test_imagined_or_lit_scene_is_an_image(question: str) -> None:
    assert _plan(question).kind == "image"


@pytest.mark.parametrize(
    "question",
    [
        "visualise the new sales figures for the board",  # data, not a place
        "what the next steps could be after the audit",  # no scene shown to anyone
        "the kitchen light switch is broken, who do I call",
    ],
)
def test_not_a_scene(question: str) -> None:
    assert route(question).kind != "image"


# ------------------------------------------------------------------------------ hierarchies and orders


@pytest.mark.parametrize(
    "question",
    [
        "our scout group: the group leader, under him three section leaders, and the treasurer separately",
        "organização do nosso clube: presidente, sob ele o tesoureiro e o secretário",
        "축구 동호회 조직: 회장 아래 총무와 코치, 코치 아래 주장 2명",
        "la chorale : le chef de chœur, sous lui les pupitres (sopranos, altos, ténors)",
    ],
)
def test_someone_under_someone_is_a_diagram(question: str) -> None:
    assert route(question).kind == "diagram"


def test_korean_org_under_the_head_is_a_tree() -> None:
    plan = _plan("축구 동호회 조직: 회장 아래 총무, 코치. 코치 아래 주장 2명")
    assert plan.kind == "diagram"
    labels = {n.id: n.label for n in plan.nodes}
    edges = {(labels[e.source], labels[e.target]) for e in plan.edges}
    assert ("회장", "총무") in edges and ("코치", "주장 2명") in edges


@pytest.mark.parametrize("where", ["under the bridge", "under the table", "under her bed"])
def test_under_a_thing_is_no_hierarchy(where: str) -> None:
    assert route(f"a cat sleeping {where}, watercolour").kind == "image"


def test_states_a_thing_can_be_in_is_a_diagram_over_motion_words() -> None:
    question = (
        "states an order can be in: placed, paid, packed, shipped, delivered. returned goes back to paid. "
        "staff keep moving them to the wrong one"
    )
    plan = _plan(question)
    assert plan.kind == "diagram"
    labels = {n.id: n.label for n in plan.nodes}
    assert list(labels.values())[:5] == ["placed", "paid", "packed", "shipped", "delivered"]
    edges = {(labels[e.source], labels[e.target], e.style) for e in plan.edges}
    assert ("returned", "paid", "dashed") in edges  # the step said after the list is kept, going back
    assert "returned → paid" in plan.answer


def test_before_what_is_a_diagram_even_with_paint_as_a_step() -> None:
    question = "what has to happen before what when we redo the kitchen: rip out, wiring, plaster, then tiles and paint"
    plan = _plan(question)
    assert plan.kind == "diagram"
    assert "paint" in " ".join(n.label for n in plan.nodes)


def test_paint_as_a_step_told_in_order_is_not_a_picture() -> None:
    plan = _plan("pour le salon : d'abord enduit, puis ponçage, puis peinture, puis les plinthes")
    assert plan.kind == "diagram"
    assert [n.label for n in plan.nodes][-2:] == ["peinture", "les plinthes"]


@pytest.mark.parametrize(
    ("text", "ordered"),
    [
        ("पहले बीज भिगोओ, फिर बो दो", True),
        ("d'abord le sable, puis le ciment", True),
        ("first we eat", False),  # no "then" after it
        ("then the rain came", False),  # one sequence word alone
    ],
)
def test_first_then_is_told_in_order(text: str, ordered: bool) -> None:
    assert told_in_order(text) is ordered


def test_how_the_rotation_works_in_spanish_is_a_diagram() -> None:
    assert route("cómo funciona la rotación de cultivos: maíz, frijol, descanso").kind == "diagram"


# ------------------------------------------------------------------------------ moving, period by period


def test_build_week_by_week_in_motion_is_an_animation_of_the_stages() -> None:
    plan = _plan(
        "show the parents how the new school hall went up week by week: walls, roof, windows. in motion"
    )
    assert plan.kind == "animation"
    nodes = [n.label for n in plan.scenes[0].visual.nodes]
    assert nodes == ["walls", "roof", "windows"]  # "in motion" is how it is shown, no stage


def test_seen_moving_day_after_day_is_a_clip_of_the_scene() -> None:
    plan = _plan("montre à ma fille comment une tulipe s'ouvre, qu'on la voie bouger jour après jour")
    assert plan.kind == "animation"
    prompt = plan.scenes[0].visual.prompt
    assert "tulipe s'ouvre" in prompt and "bouger" not in prompt


def test_a_chart_named_still_wins_over_moving_by_period() -> None:
    assert route("bar chart of visitors day by day in motion: mon 10, tue 12, wed 11, thu 14").kind == "chart"


def _edges(plan: Any) -> set[tuple[str, str]]:
    labels = {n.id: n.label for n in plan.nodes}
    return {(labels[e.source], labels[e.target]) for e in plan.edges}


def test_items_said_to_be_under_someone_hang_there() -> None:
    plan = _plan(
        "our orchestra: violins, cellos, brass, all under the conductor, and the board runs the money"
    )
    assert plan.kind == "diagram" and plan.diagram_type == "tree"
    assert {("conductor", "violins"), ("conductor", "cellos"), ("conductor", "brass")} <= _edges(plan)
    plan = _plan(
        "organização do coral: regente, sob ele os chefes de naipe (sopranos, contraltos), e a diretoria à parte"
    )
    assert {("regente", "chefes de naipe"), ("chefes de naipe", "sopranos")} <= _edges(plan)


def test_arabic_caption_under_a_clip_is_no_hierarchy() -> None:
    question = 'نبغى أنيميشن قصير يتكرر: شجرة صغيرة تكبر، ومكتوب تحتها "ازرع شجرة"'
    assert route(question).kind == "animation"

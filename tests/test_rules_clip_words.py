"""Clips asked for as people word them, and only the scene in the prompt.

"a little moving clip of a ball going into the net for the start of our awards video" is a clip of
a ball going into the net: the purpose ("for our awards video", "pour ma page", "を作って") and a
slideshow it is made for are where it goes, not what it shows."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    ("question", "scene"),
    [
        ("a little moving clip of a dog catching a frisbee for our club video", "dog catching a frisbee"),
        (
            "a short clip of snow falling on the school for the start of our christmas slideshow",
            "snow falling",
        ),
        ("une vidéo en boucle d'une bougie qui brûle pour ma page", "bougie qui brûle"),
        ("猫がくるくる回るGIFを作って", "猫がくるくる"),
    ],
)
def test_a_clip_shows_the_scene_and_not_its_purpose(question: str, scene: str) -> None:
    p = plan(question)
    assert p.kind == "animation"
    prompt = p.scenes[0].visual.prompt
    assert scene in prompt
    assert not any(w in prompt for w in ("video", "slideshow", "pour ma", "作って"))


@pytest.mark.parametrize(
    "question",
    [
        "show it growing",
        "can the bars move over time? like those youtube videos",
        "play through the weeks",
        "fais défiler les étapes",
    ],
)
def test_a_chart_or_steps_to_animate_are_never_a_generated_clip(question: str) -> None:
    p = plan(question)
    scenes = getattr(p, "scenes", [])
    assert not any(getattr(s.visual, "kind", "") == "image" for s in scenes)


def test_topics_told_after_a_verb_of_telling_are_the_deck() -> None:
    p = plan(
        "AGM next week. I need to take people through the year in review, money raised £4,380, "
        "what we bought (markings, books), new committee roles and the date of the next meeting"
    )
    assert p.kind == "slides"
    bullets = [b for s in p.slides for b in s.bullets]
    assert "Money raised £4,380" in bullets and len(bullets) == 5

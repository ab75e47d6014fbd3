"""Review of round 19: the new mechanisms must not fire on prose that only mentions their cue words,
and must not state what the user did not say."""

from __future__ import annotations

from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner


def _plan(question: str) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    "question",
    [
        "I listed the pros of the plan in my email and my boss replied with the cons he saw in the budget",
        "my pros are swimming and running, my cons are none really",
        "What are the pros and cons of remote work? I keep hearing pros like flexibility but the cons seem "
        "serious too.",
        "Vorteile Homeoffice, Nachteile Pendeln — was denkst du?",
    ],
)
def test_pros_and_cons_in_a_sentence_are_no_two_sides(question: str) -> None:
    plan = _plan(question)  # was a comparison of fragments ("My boss replied with the", "My")
    assert not any(getattr(b, "type", "") == "comparison" for b in getattr(plan, "blocks", []) or [])


def test_pros_and_cons_listed_bare_still_two_sides() -> None:
    plan = _plan("Pros cheap fast cons ugly loud")
    block = plan.blocks[0]
    assert block.type == "comparison" and block.left_items == ["Cheap fast"]


@pytest.mark.parametrize(
    "question",
    [
        "Make 5 slides for tomorrow",
        "Prepara 5 diapositivas para mañana",
        "Prépare 5 diapos pour demain matin",
        "Mach 4 Folien für morgen",
        "Сделай 5 слайдов на завтра",
        "Zrób 5 slajdów na jutro",
        "Can you make 5 slides? I have no idea what to put on them",
        "I wrote 5 slides yesterday and my boss hated them, how do I handle the feedback conversation?",
        "Make 3 slides about the impact of AI on jobs, and what can we do about it?",
    ],
)
def test_outline_needs_a_topic_not_a_day_or_a_question(question: str) -> None:
    plan = _plan(question)  # was an outline titled "Tomorrow", "Jutro", "? I have idea what to put on them"
    assert plan.kind == "text"


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("5 slides about our Q3 results please", "Q3 results"),
        ("Maak 4 dia's over duurzaamheid", "Duurzaamheid"),
        ("Faça 5 slides sobre energia solar", "Energia solar"),
    ],
)
def test_outline_title_is_the_topic(question: str, title: str) -> None:
    plan = _plan(question)
    assert plan.kind == "slides" and plan.title == title

"""A list of topics for a talk is a deck, whoever says it and however: presenting one's own project,
explaining to parents at an evening, showing it on the board while talking; Arabic "and" glued to
the next name still separates a list."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.content import supplied


@pytest.mark.parametrize(
    "question",
    [
        "présenter mon stage au lycée : l'entreprise, mes missions, ce que j'ai appris",
        "veli bilgilendirme akşamında gezi programını anlatmam gerekiyor: otel, rehber, ücret",
        "for the assembly, something on the screen as I talk: why we recycle, what goes where, our target",
    ],
)
def test_topics_for_a_talk_are_a_deck(question: str) -> None:
    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    assert plan.kind == "slides", plan
    text = " ".join(
        [s.title or "" for s in plan.slides] + [b for s in plan.slides for b in (s.bullets or [])]
    )
    items = [i.strip() for i in question.split(":")[-1].split(",")]
    assert all(item.casefold() in text.casefold() for item in items), text  # every topic laid out


def test_explaining_steps_to_one_person_stays_a_flow() -> None:
    question = "Çırağa işi sırasıyla anlatmam lazım: önce ört, sonra macunla, zımparala, boya"
    assert RulesPlanner().plan(PlanRequest(question=question)).plan.kind != "slides"


def test_arabic_and_glued_to_the_next_name_separates_a_short_list() -> None:
    given = supplied("أبغى عرض عن رحلتي: القاهرة والأقصر وأسوان")
    assert given is not None and given.items == ["القاهرة", "الأقصر", "أسوان"]

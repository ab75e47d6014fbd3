"""Where the answer will be shown, and processes named by what they are.

A meeting, an AGM, a parents' evening or "ik moet … vertellen" is a talk: a list for it becomes
slides, while numbers for it stay a chart. "How we decide…", "il percorso…", "진행 순서",
"stappenplan" name a process: the user's list is drawn as a flow, and a list after "goes to" whose
items are actions ("discussed at the meeting", "then the treasurer pays") is a chain of steps,
not one request with five destinations."""

from __future__ import annotations

import re

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    "question",
    [
        "for the staff meeting on monday: new rota, fire drill results, christmas party, parking",
        "tengo que exponer mi proyecto en clase: problema, solución, costes, conclusiones",
        "ゼミ発表用に：背景、方法、結果、今後の課題",
        "ik moet op de ouderavond vertellen over de schoolreis: bestemming, kosten, wat mee te nemen",
        "je dois animer une formation sur l'hygiène des mains : pourquoi, quand, comment, les erreurs",
    ],
)
def test_a_list_for_a_talk_becomes_slides(question: str) -> None:
    p = plan(question)
    assert p.kind == "slides"
    shown = " ".join(" ".join(s.bullets) + " " + s.title for s in p.slides).casefold()
    items = re.split(r"[,、]", re.split(r"[:：]", question)[-1])
    assert all(item.strip().casefold() in shown for item in items)  # every topic, none invented


def test_numbers_for_a_meeting_stay_a_chart() -> None:
    p = plan("for the parents' evening, average marks per subject: maths 12.4, english 13.1, science 11.8")
    assert p.kind == "chart" and p.categories == ["maths", "english", "science"]


def test_animer_une_formation_is_leading_a_session_not_an_animation() -> None:
    assert plan("je dois animer une formation : accueil, règles, exercices, bilan").kind == "slides"
    assert plan("animer ce graphique : 2021 10, 2022 14, 2023 19").kind == "animation"


@pytest.mark.parametrize(
    ("question", "steps"),
    [
        ("il percorso del paziente: triage, visita, esami, dimissione", 4),
        ("돌잔치 진행 순서: 입장, 인사말, 돌잡이, 식사", 4),
        ("het stappenplan bij een val: melden, controleren, arts bellen", 3),
    ],
)
def test_a_named_process_is_a_flow_of_the_users_steps(question: str, steps: int) -> None:
    p = plan(question)
    assert p.kind == "diagram" and len(p.nodes) == steps and len(p.edges) == steps - 1


def test_actions_after_goes_to_are_steps_in_a_chain() -> None:
    p = plan(
        "how we decide on spending club money: request goes to the secretary, discussed at the monthly meeting, vote, then the treasurer pays"
    )
    assert p.kind == "diagram"
    labels = [n.label for n in p.nodes]
    assert labels[0].startswith("request goes to") and len(labels) == 4
    targets = {e.target for e in p.edges}
    sources = {e.source for e in p.edges}
    assert len(sources) == 3 and len(targets) == 3  # a chain, not a star from "request"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("het stappenplan bij een val: melden, formulier invullen, arts bellen", "diagram"),  # not a form app
        ("un dibujo de un jardinero con su caja de herramientas", "image"),  # a toolbox, not a tool to build
        (
            "scaletta della cena: 19:00 aperitivo, 20:00 cena, 22:00 torta",
            "infographic",
        ),  # dinner, not a scene
    ],
)
def test_words_that_mean_other_things_in_a_neighbour_language(question: str, kind: str) -> None:
    assert plan(question).kind == kind


def test_a_flyer_with_only_a_scene_described_is_that_picture() -> None:
    p = plan("something bright for the school fete flyer, children on a sunny lawn with a coconut shy")
    assert p.kind == "image" and "coconut shy" in p.prompt
    assert plan("poster for the fun run: Saturday 10am, 5km, £5 entry").kind == "infographic"


def test_a_plan_that_builds_up_week_by_week_is_an_animation() -> None:
    p = plan(
        "mein Plan soll sich Woche für Woche aufbauen: Woche 1 Lesen, Woche 2 Schreiben, Woche 3 Prüfung"
    )
    assert p.kind == "animation"


def test_a_process_told_as_a_story_is_a_flow_of_its_clauses_not_a_graph_of_then_it() -> None:
    p = plan(
        "I run a bakery and new staff get lost. An order comes in by phone, whoever answers writes the "
        "ticket, then it goes to Sam who bakes it, then it's boxed, and finally the driver delivers it. "
        "Can you draw that?"
    )
    assert p.kind == "diagram"
    labels = [n.label for n in p.nodes]
    assert len(p.edges) == len(p.nodes) - 1  # a chain
    assert not any(lb.lower().startswith(("then", "and finally")) or lb == "then it" for lb in labels)
    assert any("Sam who bakes it" in lb for lb in labels) and any("driver delivers" in lb for lb in labels)


def test_a_story_with_a_relation_verb_and_no_ask_is_still_a_flow() -> None:
    p = plan(
        "so the way leave works is the request goes to my manager and if it's over ten days it goes to HR too and then payroll updates it"
    )
    assert p.kind == "diagram" and len(p.nodes) == 3


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("un video corto de olas rompiendo en la playa", "animation"),
        ("ein kurzes Video von fallendem Schnee", "animation"),
        ("고양이가 점프하는 움짤", "animation"),
        ("做一张贴在墙上的：洗手、戴口罩、量体温", "infographic"),
        ("памятка, чтобы повесить на дверь: мыть руки, проветривать, не шуметь", "infographic"),
        ("入院の手順：受付、問診、検査、説明", "diagram"),
        ("iade süreci: talep, onay, kargo, ödeme", "diagram"),
    ],
)
def test_the_same_wording_in_more_languages(question: str, kind: str) -> None:
    assert plan(question).kind == kind


def test_a_part_of_the_attachment_named_by_its_kind_is_no_form_asked() -> None:
    from pathlib import Path

    md = (Path(__file__).parent / "data" / "v4" / "incident_review_db_failover.md").read_text(
        encoding="utf-8"
    )
    p = (
        RulesPlanner()
        .plan(PlanRequest(question="chart the error rate from the timeline below", markdown=md))
        .plan
    )
    assert p.kind == "chart" and p.categories[0] == "09:12" and p.series[0].values[3] == 21.2

"""Hierarchies, dependencies, connections and knockout draws told in words become diagrams whose nodes
are the user's own names and whose edges run from the one above (or first) to the one below (or after)."""

from __future__ import annotations

import pytest

from generators import select_planner
from generators.base import PlanRequest


def _plan(question: str):
    planner, _ = select_planner("rules")
    return planner.plan(PlanRequest(question=question)).plan


def _edges(plan) -> set[tuple[str, str]]:
    label = {n.id: n.label for n in plan.nodes}
    return {(label[e.source], label[e.target]) for e in plan.edges}


CASES = [
    (
        "chi risponde a chi nella RSA\ndirettore in cima\ncoordinatrice infermieri sotto il direttore\n"
        "6 infermieri e 12 OSS sotto la coordinatrice\ncucina sotto il direttore",
        {
            ("direttore", "coordinatrice infermieri"),
            ("coordinatrice infermieri", "6 infermieri"),
            ("coordinatrice infermieri", "12 OSS"),
            ("direttore", "cucina"),
        },
    ),
    (
        "wie rapporteert aan wie in ons esports-team\ncoach bovenaan\ncaptain onder de coach\n"
        "4 spelers onder de captain\nanalist rapporteert aan de coach",
        {("coach", "captain"), ("captain", "4 spelers"), ("coach", "analist")},
    ),
    (
        "من يتبع من في مكتب المحاماة\nالمحامي الرئيسي في الأعلى\nتحته محاميان\nتحت كل واحد متدرب\nالسكرتيرة تتبع الرئيسي",
        {("المحامي الرئيسي", "محاميان"), ("محاميان", "متدرب"), ("المحامي الرئيسي", "السكرتيرة")},
    ),
    (
        "画出矿区的安全汇报关系：矿长 → 安全科长 → 班组长 → 工人，调度室直接向矿长汇报",
        {("矿长", "安全科长"), ("安全科长", "班组长"), ("班组长", "工人"), ("矿长", "调度室")},
    ),
    (
        "кто от кого зависит при подготовке свадьбы\nплощадка → кейтеринг → рассадка гостей\n"
        "фотограф после площадки\nторт после кейтеринга",
        {
            ("площадка", "кейтеринг"),
            ("кейтеринг", "рассадка гостей"),
            ("площадка", "фотограф"),
            ("кейтеринг", "торт"),
        },
    ),
    (
        "أحتاج أن أوضح كيف ينتظم مشروعنا الجماعي: سارة هي القائدة، وتوم وعائشة يرفعان تقاريرهما إليها، "
        "ولدى توم طالبان من السنة الأولى يساعدانه في البيانات",
        {("سارة", "توم"), ("سارة", "عائشة"), ("توم", "طالبان من السنة الأولى يساعدانه في البيانات")},
    ),
    (
        "Fammi capire come sono collegati: il router sta in sala, un cavo va allo switch nello studio, "
        "dallo switch partono il PC e la stampante, il ripetitore wifi è in camera e prende il segnale dal router",
        {
            ("router (sala)", "switch (studio)"),
            ("switch (studio)", "PC"),
            ("switch (studio)", "stampante"),
            ("router (sala)", "ripetitore wifi (camera)"),
        },
    ),
    (
        "who reports to whom at the depot\nsite manager on top\nshift lead under the site manager\n"
        "6 pickers under the shift lead\ndriver reports to the site manager",
        {("site manager", "shift lead"), ("shift lead", "6 pickers"), ("site manager", "driver")},
    ),
]


@pytest.mark.parametrize(("question", "edges"), CASES)
def test_relations_one_a_line_are_a_diagram_of_the_users_names(question, edges):
    plan = _plan(question)
    assert plan.kind == "diagram"
    assert _edges(plan) == edges
    assert {n.label for n in plan.nodes} == {x for e in edges for x in e}


def test_an_org_chart_told_line_by_line_is_a_tree_titled_by_its_lead():
    plan = _plan(CASES[1][0])
    assert plan.diagram_type == "tree"
    assert plan.title == "Wie rapporteert aan wie in ons esports-team"


def test_a_two_match_draw_is_a_bracket_into_the_final():
    plan = _plan(
        "ping pong tournement draw: Ana plays Ben, Cat plays Dev, and the two winners play the final"
    )
    assert plan.kind == "diagram" and plan.diagram_type == "tree"
    assert _edges(plan) == {("Ana plays Ben", "final"), ("Cat plays Dev", "final")}


def test_a_four_match_draw_names_its_rounds_from_the_users_words_only():
    plan = _plan(
        "zet het knock-outschema van ons vijf-tegen-vijf toernooi op papier: Lions tegen Tigers, Eagles tegen "
        "Hawks, Sharks tegen Wolves, Bears tegen Foxes, winnaars naar de halve finales en dan de finale"
    )
    assert plan.kind == "diagram"
    labels = [n.label for n in plan.nodes]
    assert labels[:4] == [
        "Lions tegen Tigers",
        "Eagles tegen Hawks",
        "Sharks tegen Wolves",
        "Bears tegen Foxes",
    ]
    semis = [lb for lb in labels if lb.startswith("halve finales")]
    assert len(semis) == 2 and "finale" in labels and len(labels) == 7
    edges = _edges(plan)
    assert ("Lions tegen Tigers", semis[0]) in edges and ("Bears tegen Foxes", semis[1]) in edges
    assert {(s, "finale") for s in semis} <= edges


def test_a_question_with_short_prepositions_is_no_chart():
    plan = _plan(
        "Czy warto iść na aplikację adwokacką po prawie, czy lepiej od razu do kancelarii? Jestem na 5 roku"
    )
    assert plan.kind != "diagram"


def test_pairings_without_a_next_round_are_no_bracket():
    from generators.rules.bracket import bracket_graph

    assert bracket_graph("this week: Ana plays Ben, Cat plays Dev") is None

"""Structures the user writes that are diagrams, and what the diagram holds (`generators.rules`:
relations, connections, decisions, spoken steps; the router's schedule check).

Questions here are written for these tests (none is copied from the labelled sets). Each mechanism is
checked on the plan's nodes and edges — only the user's parts, only the links their wording states —
and on what it must not take: a shopping list, a seating plan by tables, a dated schedule.
"""

from __future__ import annotations

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route

PLANNER = RulesPlanner()


def plan_of(question: str):
    return PLANNER.plan(PlanRequest(question=question)).plan


def links(plan) -> set[tuple[str, str, str]]:
    label = {n.id: n.label for n in plan.nodes}
    return {(label[e.source], label[e.target], e.label) for e in plan.edges}


def pairs(plan) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in links(plan)}


def test_who_reports_to_whom_with_a_leader_and_helpers():
    plan = plan_of(
        "I want to show how our lab team works: Priya leads, Omar and Lena report to her, "
        "and Omar has two interns helping with the samples"
    )
    assert plan.kind == "diagram" and plan.diagram_type == "tree"
    assert {n.label for n in plan.nodes} == {"Priya", "Omar", "Lena", "two interns"}
    assert pairs(plan) == {("Priya", "Omar"), ("Priya", "Lena"), ("Omar", "two interns")}


def test_pronoun_object_is_the_one_named_before():
    plan = plan_of("club committee: Jo leads, Sam and Kim report to her, Ali reports to Sam")
    assert plan.kind == "diagram"
    assert pairs(plan) == {("Jo", "Sam"), ("Jo", "Kim"), ("Sam", "Ali")}
    assert "her" not in {n.label for n in plan.nodes}


def test_who_manages_whom_in_chinese_with_one_each():
    question = "谁管谁：厂长下面有两个副厂长，一个管生产一个管销售"
    assert route(question).kind == "diagram"
    plan = plan_of(question)
    assert plan.kind == "diagram"
    assert pairs(plan) == {("厂长", "副厂长（管生产）"), ("厂长", "副厂长（管销售）")}


def test_elliptic_eaten_by_chain():
    question = (
        "for my niece, the food chain in the garden: aphids get eaten by ladybirds, "
        "ladybirds by spiders and birds, spiders by the birds"
    )
    assert route(question).kind == "diagram"
    plan = plan_of(question)
    assert plan.kind == "diagram"
    assert {n.label for n in plan.nodes} == {"aphids", "ladybirds", "spiders", "birds"}
    assert pairs(plan) == {
        ("aphids", "ladybirds"),
        ("ladybirds", "spiders"),
        ("ladybirds", "birds"),
        ("spiders", "birds"),
    }


def test_from_there_fans_out_from_the_part_before():
    question = "so the plumber knows how the kitchen is plumbed: stopcock, water meter, boiler, from there the sink, dishwasher and tap"
    assert route(question).kind == "diagram"
    plan = plan_of(question)
    assert plan.kind == "diagram" and plan.diagram_type == "tree"
    assert pairs(plan) == {
        ("stopcock", "water meter"),
        ("water meter", "boiler"),
        ("boiler", "sink"),
        ("boiler", "dishwasher"),
        ("boiler", "tap"),
    }


def test_turkish_oradan_chain():
    question = "ustaya göstermek için mutfaktaki tesisat: ana vana, sayaç, oradan evye ve bulaşık makinesi"
    plan = plan_of(question)
    assert plan.kind == "diagram"
    assert pairs(plan) == {("ana vana", "sayaç"), ("sayaç", "evye"), ("sayaç", "bulaşık makinesi")}


def test_numbered_circuits_under_one_part_before_all():
    question = (
        "damit der Elektriker sieht, wie die Werkstatt verkabelt ist: sicherung 1 licht und tor, "
        "sicherung 2 kompressor, und der hauptschalter vor allem"
    )
    assert route(question).kind == "diagram"
    plan = plan_of(question)
    assert plan.kind == "diagram"
    assert pairs(plan) == {
        ("sicherung 1", "licht"),
        ("sicherung 1", "tor"),
        ("sicherung 2", "kompressor"),
        ("hauptschalter", "sicherung 1"),
        ("hauptschalter", "sicherung 2"),
    }


def test_lists_without_connections_stay_what_they_were():
    assert route("our shopping list: eggs, milk, bread, cheese").kind != "diagram"
    # numbered groups without a lead about wiring: a seating plan, not a circuit
    assert route("the wedding seating: table 1 Ann and Bo, table 2 Cy and Di, table 3 Ed").kind != "diagram"


def test_run_on_loop_said_aloud():
    plan = plan_of(
        "ok the way the cooling works is the pump pushes the coolant it goes through the engine "
        "comes out hot goes through the radiator and goes back to the pump can you draw that"
    )
    assert plan.kind == "diagram" and plan.diagram_type == "cycle"
    labels = [n.label for n in plan.nodes]
    assert labels[1:] == ["it goes through the engine", "comes out hot", "goes through the radiator"]
    assert "pump pushes the coolant" in labels[0]
    assert len(plan.edges) == 4 and ("goes through the radiator", labels[0]) in pairs(plan)


def test_decision_tree_from_if_paragraphs():
    plan = plan_of(
        "Can you make a decision tree from our returns policy?\n\n"
        "If the item is unopened, give a full refund. If the item is opened, inspect it first; "
        "if the inspection finds damage, offer store credit. If the item is faulty, send it to the supplier."
    )
    assert plan.kind == "diagram"
    got = links(plan)
    assert ("the item is unopened?", "give a full refund", "yes") in got
    assert ("the item is unopened?", "the item is opened?", "no") in got
    assert ("inspect it first", "the inspection finds damage?", "") in got
    assert ("the inspection finds damage?", "offer store credit", "yes") in got
    assert ("the item is opened?", "the item is faulty?", "no") in got
    diamonds = {n.label for n in plan.nodes if n.shape == "diamond"}
    assert len(diamonds) == 4 and len(plan.nodes) == 8  # four questions, four actions, nothing added


def test_dated_schedule_named_schema_is_a_timeline():
    question = (
        "Ons schema voor het weekend weg, graag overzichtelijk:\n"
        "vr 4/10 – trein Utrecht 17:05 → Maastricht 19:20\n"
        "hotel Maastricht 2 nachten, € 64 per kamer per nacht\n"
        "za 5/10 – fietstocht naar Valkenburg 10:00, lunch bij de grotten\n"
        "camping aan de Geul 1 nacht, € 18 p.p.\n"
        "zo 6/10 – trein terug Maastricht 15:40 → Utrecht 17:55"
    )
    assert route(question).kind == "infographic"
    assert route(question.replace("Ons schema", "Maak een stroomschema van")).kind == "diagram"

"""Families told in prose are a family tree of couples and their children, every person once."""

from __future__ import annotations

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.family import family_graph


def plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def test_couples_and_children_make_one_tree() -> None:
    p = plan(
        "for my grandad's 80th, the family: Joe and May had Rita and Sam; Rita married Ken and had me and Ivy; Sam has twins, Leo and Zoe"
    )
    assert p.kind == "diagram" and p.diagram_type == "tree"
    labels = {n.id: n.label for n in p.nodes}
    edges = {(labels[e.source], labels[e.target]) for e in p.edges}
    assert edges == {
        ("Joe + May", "Rita + Ken"),
        ("Joe + May", "Sam"),
        ("Rita + Ken", "me"),
        ("Rita + Ken", "Ivy"),
        ("Sam", "Leo"),
        ("Sam", "Zoe"),
    }
    assert sorted(labels.values()) == sorted(["Joe + May", "Rita + Ken", "Sam", "me", "Ivy", "Leo", "Zoe"])


def test_anything_but_family_statements_is_not_a_family() -> None:
    assert family_graph("Ann and Bill had Carol; the budget was 40k") is None
    assert family_graph("we had pizza and salad; Tom had cake") is None  # lower-case things are no people
    assert family_graph("Ann had Bob") is None  # one statement


def test_parents_of_they_have_and_kinship_words() -> None:
    p = plan(
        "draw a family tree: Juan and Carmen are the parents of Rosa and Luis; Rosa married Tom and they have Eva"
    )
    labels = {n.id: n.label for n in p.nodes}
    assert {(labels[e.source], labels[e.target]) for e in p.edges} == {
        ("Juan + Carmen", "Rosa + Tom"),
        ("Juan + Carmen", "Luis"),
        ("Rosa + Tom", "Eva"),
    }
    p = plan(
        "our family: my grandma Rosa and my grandpa Paco had my mom Elena and my uncle Pedro; Elena married Jim and had me"
    )
    assert sorted(n.label for n in p.nodes) == sorted(["Rosa + Paco", "Elena + Jim", "Pedro", "me"])

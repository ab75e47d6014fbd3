"""The rules planner reads kinds from the registry: a kind registered with its own rules module
(`CUES` + `build`) is routed to and planned with no edit to `generators/rules/`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from render.kinds import KINDS, Kind, PlannerHooks
from render.plan import TextPlan, parse_plan

QUOTE = Kind(
    name="quote",
    model="tests.quote_kind:QuotePlan",
    module="tests.quote_kind",
    icon="❝",
    label="Quote card",
    planner=PlannerHooks("a memorable quotation on a card.", rules="tests.quote_kind"),
    example={"kind": "quote", "quote": "Less is more", "author": "Mies"},
    formats=(".svg", ".json"),
    priority=55,
)


@pytest.fixture
def quote_kind() -> Iterator[Kind]:
    KINDS.register(QUOTE)
    try:
        yield QUOTE
    finally:
        KINDS.unregister("quote")


def test_a_registered_kind_is_routed_to_and_planned_by_its_own_rules(quote_kind: Kind) -> None:
    question = 'make a quote card: "Less is more" by Mies van der Rohe'
    found = route(question)
    assert (found.kind, found.reason) == ("quote", "mentions 'quote card'")
    plan = RulesPlanner().plan(PlanRequest(question)).plan
    assert type(plan).__name__ == "QuotePlan" and type(plan) is quote_kind.load_model()
    assert (plan.quote, plan.author) == ("Less is more", "Mies van der Rohe")
    assert parse_plan(plan.model_dump()) == plan  # the registry's union validates it
    # its cues in another language, and its builder's own message when the question has no quote
    assert route("une citation de Camus").kind == "quote"
    assert isinstance(RulesPlanner().plan(PlanRequest("a quotation please")).plan, TextPlan)
    # the built-ins still win on their own wording
    assert route("make slides about our results").kind == "slides"


def test_a_registered_kind_renders_through_its_layout_module(quote_kind: Kind) -> None:
    from render import render

    plan = RulesPlanner().plan(PlanRequest('quote card: "Simplicity is the ultimate sophistication"')).plan
    svg = render(plan).to_svg()
    assert "Simplicity is the ultimate" in svg


def test_an_unregistered_kind_is_gone_from_routing_and_planning() -> None:
    KINDS.register(QUOTE)
    KINDS.unregister("quote")
    assert "quote" not in KINDS
    question = 'make a quote card: "Less is more" by Mies'
    assert route(question).kind != "quote"
    assert RulesPlanner().plan(PlanRequest(question, kind="quote")).plan.kind != "quote"


def test_a_forced_kind_without_rules_says_so(quote_kind: Kind) -> None:
    KINDS.register(replace(QUOTE, planner=PlannerHooks("a quotation.")))
    plan = RulesPlanner().plan(PlanRequest('"Less is more"', kind="quote")).plan
    assert isinstance(plan, TextPlan) and "no rules for Quote card" in plan.answer
    assert route('quote card: "Less is more"').kind != "quote"  # no rules module: never routed to

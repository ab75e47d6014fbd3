"""One rules planner and two readers shared by the rules tests, so each test file states only its cases."""

from __future__ import annotations

import json

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from render.plan import Plan

PLANNER = RulesPlanner()


def plan_of(question: str) -> Plan:
    return PLANNER.plan(PlanRequest(question=question)).plan


def dumped(plan: Plan) -> str:
    """The plan as JSON text, for asserting that a word is (or is not) anywhere in it."""
    return json.dumps(plan.model_dump(exclude_none=True), ensure_ascii=False)

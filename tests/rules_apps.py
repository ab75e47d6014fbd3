"""What the app-builder tests share: the rules planner's plan for a question (with a table from
tests/data when one is named), asserted to be an app, and the values an app computes for inputs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generators import get_planner
from generators.base import PlanRequest
from render.data import load_table
from render.interactive_model import AppPlan
from render.interactive_state import evaluate

DATA = Path(__file__).parent / "data"


def rules_plan(question: str, table: str | None = None) -> Any:
    """Whatever plan the rules planner makes (tests that expect another kind check it themselves)."""
    if table is None:
        return get_planner("rules").plan(PlanRequest(question=question)).plan
    request = PlanRequest(question=question, table=load_table(DATA / table), table_name=table)
    return get_planner("rules").plan(request).plan


def app_plan(question: str, table: str | None = None) -> AppPlan:
    plan = rules_plan(question, table)
    assert isinstance(plan, AppPlan), (question, plan)
    return plan


def app_values(plan: AppPlan, **inputs: Any) -> dict:
    """Every value the app shows for these inputs (the others at their defaults)."""
    return evaluate(plan, inputs).values

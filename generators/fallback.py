"""A planner that never leaves the user without a plan: the primary's, else the fallback's.

Falling back is a wrapper, not a feature of each planner: an LLM planner only says why it failed
(`PlanningFailed`), and `FallbackPlanner` decides what the user gets instead and tells them so in
one line. The LLM factories return their planner wrapped this way with the offline rules planner.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from generators.base import Planned, PlanningFailed, plan_with

if TYPE_CHECKING:
    from generators.base import Planner, PlanRequest, TextCallback


class FallbackPlanner:
    """`primary`'s plan; when it raises `PlanningFailed` (unreachable endpoint, timeout, rejected key,
    invalid plan after repair), `fallback`'s plan with the primary's report marked `fell_back` and a
    note saying why. Other exceptions are bugs and propagate.

    `fallback` is meant to be an offline planner that always answers (the rules planner). The LLM
    planners give up at their deadline (`RENDER_LLM_DEADLINE`, see `generators.llm.Deadline`), so
    the user has an answer within the deadline plus the fallback's own (milliseconds) time.
    """

    def __init__(self, primary: Planner, fallback: Planner):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def __repr__(self) -> str:
        return f"FallbackPlanner({self.primary!r}, {self.fallback!r})"

    @property
    def label(self) -> str:
        """Where the primary runs, for the user ("" when it does not say)."""
        return str(getattr(self.primary, "label", "") or "")

    def plan(self, request: PlanRequest, *, on_text: TextCallback | None = None) -> Planned:
        t0 = time.perf_counter()
        try:
            return plan_with(self.primary, request, on_text)
        except PlanningFailed as err:
            why, failed = err.reason, err.report
        sent: list[str] = []

        def relay(chunk: str) -> None:
            sent.append(chunk)
            on_text(chunk)  # type: ignore[misc]

        answer = plan_with(self.fallback, request, relay if on_text else None)
        if on_text and not sent:
            on_text(answer.plan.answer)  # the fallback's answer in one piece
        end = "" if why.endswith(("?", "!")) else "."
        note = f"{why.rstrip('.')}{end} The offline {self.fallback.name} planner answered instead."
        report = replace(
            failed,
            fell_back=True,
            streamed=False,
            notes=[*failed.notes, note, *answer.report.notes],
            seconds=time.perf_counter() - t0,
        )
        return Planned(answer.plan, report)


def with_rules_fallback(primary: Planner) -> FallbackPlanner:
    """`primary` backed by the offline rules planner: what every LLM planner factory returns."""
    from generators.rules import RulesPlanner

    return FallbackPlanner(primary, RulesPlanner())

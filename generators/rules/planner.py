"""The offline planner: keyword routing, then the chosen kind's rule-based builder.

The default when no LLM is configured. Everything is deterministic and explainable: the route names
the cue it acted on; numbers are parsed from the question as written; facts stated in answers are
computed, never guessed; charts on an attached table name columns only (the renderer computes the
values). When the visual asked for cannot be built from what was given, the plan is a TextPlan that
says what is missing and how to provide it.

Kinds come from the registry: the planner loads the chosen kind's rules module
(`Kind.load_rules()`, e.g. `generators.rules.chart`) and calls its `build(RulesInput)`, so a kind
registered with its own rules module is planned with no edit here.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from generators.base import Planned, PlanReport
from generators.rules.long_runs import broken, joined
from generators.rules.noise import tidied
from generators.rules.numbers import number_marks
from generators.rules.request import RulesInput
from generators.rules.router import route, settled
from generators.rules.signals import after_backstory
from generators.rules.words import language, msg, short, text_plan
from render.kinds import KINDS, PlanError, parse_plan

if TYPE_CHECKING:
    from generators.base import PlanRequest, TextCallback
    from render.plan import Plan


class RulesPlanner:
    """The offline planner: keyword routing plus one rule-based builder per kind."""

    name = "rules"

    def plan(self, request: PlanRequest, *, on_text: TextCallback | None = None) -> Planned:
        """A validated plan and its report; never raises. The answer is written whole, so `on_text`
        is not called: it is `Planned.plan.answer`."""
        start = time.perf_counter()
        plan = self._valid_plan(request)
        return Planned(plan, PlanReport(planner=self.name, seconds=time.perf_counter() - start))

    def _valid_plan(self, request: PlanRequest) -> Plan:
        """A validated plan for the request (odd input becomes a TextPlan saying why)."""
        question = getattr(request, "question", "") or ""
        lang = language(question)
        reading = broken(question)  # a pasted blob read in pieces (`long_runs`), whole in the plan
        try:
            plan = self._plan(request if reading == question else replace(request, question=reading))
        except Exception as exc:
            plan = text_plan(
                msg(
                    lang,
                    "failed",
                    what=msg(lang, "what_text"),
                    why=f"{type(exc).__name__}: {short(str(exc), 200)}",
                    hint="",
                )
            )
        try:
            return parse_plan(plan.model_dump() if reading == question else joined(plan.model_dump()))
        except PlanError as exc:
            return parse_plan(
                text_plan(
                    msg(lang, "failed", what=msg(lang, "what_text"), why=short(str(exc), 300), hint="")
                ).model_dump()
            )

    def _plan(self, request: PlanRequest) -> Plan:
        # one reading of the ask for the router and every builder: "٣٬٢٠٠" is 3,200; "hey, …", "… thanks!", a
        # question without its "?", "org chrat" read as the user meant them (`noise.tidied`)
        request = replace(request, question=tidied(number_marks(request.question or "")))
        req = RulesInput.from_request(request)
        kind = (request.kind or "").strip().lower() or None
        if kind not in KINDS:
            kind = None
        if kind is None:
            kind = route(req.question, table=req.table, markdown=req.markdown).kind
        whole = req
        final = settled(request.question or "")
        if final != (request.question or ""):  # "bar chart no wait pie: …": built from what the user ended on
            req = RulesInput.from_request(replace(request, question=final))
        if not req.question.strip() and req.table is None and req.markdown is None:
            return text_plan(msg(req.language, "empty"))
        rules = KINDS[kind].load_rules()
        build = getattr(rules, "build", None)
        if build is None:
            return text_plan(msg(req.language, "no_builder", what=KINDS[kind].label))
        plan = build(req)
        if req is not whole and plan.kind == "text" and kind != "text":
            again = build(whole)  # the corrected words alone too little to build from: the whole message
            plan = again if again.kind != "text" else plan
        if plan.kind == "text" and kind != "text" and request.kind is None:
            plan = self._after_backstory(request, kind, build) or plan
        if req.pasted and req.table is not None:
            from generators.rules.carry import carry

            plan = carry(plan, req.table)  # no attachment will carry the pasted table: the plan does
        return plan

    @staticmethod
    def _after_backstory(request: PlanRequest, kind: str, build: Any) -> Plan | None:
        """The plan built from the ask once the story before it is set aside ("our interns keep pinging
        me about git — a cheat sheet of git commands: …"), when the ask alone asks for the same kind."""
        for told, ask in after_backstory(request.question or ""):
            if (
                re.search(r"[?？]", told)
                or route(ask, table=request.table, markdown=request.markdown).kind != kind
            ):
                continue  # the ask must be in what is left: a question set aside was the ask
            # "Could you animate …: a, b, c?": the last step ends without the ask's question mark
            ask = ask.rstrip(" ?？")
            plan = build(RulesInput.from_request(replace(request, question=ask)))
            scenes = getattr(plan, "scenes", ())
            if plan.kind not in ("text", "image") and not any(s.visual.kind == "image" for s in scenes):
                return plan  # laid out from the user's content; a picture prompted by a fragment is a guess
        return None

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


def app_title(english: str, question: str) -> str:
    """The app title `english` ("Savings calculator") as the rules planner writes it for `question`:
    in the asker's language (`generators.rules.app_texts`)."""
    from generators.rules import app_texts
    from generators.rules.words import lang_of, language

    keys = sorted((not k.endswith("title"), k) for k, text in app_texts.EN.items() if text == english)
    key = keys[0][1]  # a title's key first ("tip.title"), else the one naming it ("counter.tally")
    return app_texts.say(app_texts.text_lang(lang_of(question), language(question)), key)

"""The shared LLM machinery with an in-process fake backend: schema, parsing, streaming, fallback."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.fallback import with_rules_fallback
from generators.llm import (
    AnswerStream,
    LLMError,
    LLMPlanner,
    PlanStream,
    history_messages,
    parse_json,
    plan_schema,
)
from generators.rules import RulesPlanner
from render.plan import KINDS, PlanError, TextPlan


class FakeBackend:
    """Replies from a list; records the messages and schemas it was given."""

    name = "fake"
    label = "the fake backend"

    def __init__(self, *replies: str | Exception):
        self.replies = list(replies)
        self.calls: list[tuple[list[dict], dict]] = []

    def complete(self, messages, schema, *, on_delta=None):
        self.calls.append((messages, schema))
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if on_delta:
            for i in range(0, len(reply), 5):
                on_delta(reply[i : i + 5])
        return reply


TEXT = json.dumps({"kind": "text", "answer": "A mole is 6.022e23 particles.", "alt_text": ""})


def test_schema_requires_kind_and_answer_for_every_kind():
    union = plan_schema()
    for kind in KINDS:
        name = {"chart": "ChartPlan"}.get(kind, kind.capitalize() + "Plan")
        assert (
            union["$defs"][name]["required"][:2] == ["kind", "answer"]
            or "kind" in union["$defs"][name]["required"]
        )
    single = plan_schema("diagram")
    assert single["title"] == "DiagramPlan" and {"kind", "answer", "nodes"} <= set(single["required"])


def test_bounded_grounded_schema_names_only_the_columns():
    s = plan_schema("chart", ["city", "temp"], bounded=True)
    assert s["properties"]["x"]["enum"] == ["city", "temp"] and "x" in s["required"]
    assert "categories" not in s["properties"] and "series" not in s["properties"]
    assert s["$defs"]["Filter"]["properties"]["column"]["enum"] == ["city", "temp"]
    assert s["properties"]["title"]["maxLength"] <= 400 and s["properties"]["filters"]["maxItems"] <= 16


@pytest.mark.parametrize(
    "raw",
    [
        '```json\n{"kind": "text", "answer": "hi"}\n```',
        'Sure:\n{"kind": "text", "answer": "hi"} hope that helps',
        '{"kind": "text", "answer": "h\ni"}',  # a raw newline, as llama.cpp grammars allow
    ],
)
def test_parse_json_tolerates_fences_chatter_and_raw_newlines(raw):
    assert parse_json(raw)["kind"] == "text"


def test_parse_json_says_what_is_wrong():
    with pytest.raises(PlanError, match="not valid JSON"):
        parse_json('{"kind": ')
    with pytest.raises(PlanError, match="not a JSON object"):
        parse_json("I cannot help with that.")


def test_answer_stream_decodes_escapes_split_across_chunks():
    got: list[str] = []
    stream = AnswerStream(got.append)
    raw = json.dumps({"answer": 'Say "hi"\n — ✓ \u00e9', "kind": "text"})
    for i in range(0, len(raw), 3):
        stream.feed(raw[i : i + 3])
    assert "".join(got) == 'Say "hi"\n — ✓ é' and stream.done


def test_history_is_bounded_alternating_and_starts_with_the_user():
    history = [
        {"role": "assistant", "content": "orphan"},
        {"role": "user", "content": "a"},
        {"role": "user", "content": "b"},
        {"role": "tool", "content": "ignored"},
        {"role": "assistant", "content": "x" * 10_000},
        {"role": "user", "content": "c"},
    ]
    out = history_messages(PlanRequest("q", history=history))
    assert [m["role"] for m in out] == ["user", "assistant", "user", "assistant"]
    assert out[0]["content"] == "a\n\nb" and len(out[1]["content"]) == 6000


def test_forced_kind_is_enforced_and_filled_in():
    backend = FakeBackend(json.dumps({"answer": "x", "nodes": [{"id": "a"}]}))
    plan = LLMPlanner(backend).plan(PlanRequest("a flow", kind="diagram")).plan
    assert plan.kind == "diagram"
    assert backend.calls[0][1]["title"] == "DiagramPlan"  # the forced kind's schema only


def test_wrong_kind_for_a_forced_kind_is_sent_for_repair():
    backend = FakeBackend(TEXT, json.dumps({"kind": "diagram", "answer": "x", "nodes": [{"id": "a"}]}))
    p = LLMPlanner(backend)
    out = p.plan(PlanRequest("a flow", kind="diagram"))
    assert out.plan.kind == "diagram"
    assert out.report.repairs == 1 and "asked for a diagram" in backend.calls[1][0][-1]["content"]


def test_backend_errors_fall_back_and_the_fallback_answer_is_streamed_once():
    got: list[str] = []
    p = with_rules_fallback(LLMPlanner(FakeBackend(LLMError("cannot connect"))))
    out = p.plan(PlanRequest("Apples 30, bananas 20 and cherries 50"), on_text=got.append)
    plan = out.plan
    assert plan.kind == "chart" and got == [plan.answer]
    assert out.report.notes == [
        "the fake backend failed: cannot connect. The offline rules planner answered instead."
    ]


def test_two_step_with_an_unusable_kind_uses_the_rules_router():
    backend = FakeBackend('{"kind": "poem"}', TEXT)
    p = LLMPlanner(backend, two_step=True)
    out = p.plan(PlanRequest("what is a mole?"))
    assert out.plan.kind == "text"
    assert out.report.kind == "text" and "rules router chose 'text'" in out.report.notes[0]


def test_grounding_rejects_unknown_columns_with_the_resolver_message():
    table = pd.DataFrame({"city": ["a", "b"], "temp": [1.0, 2.0]})
    bad = {"kind": "chart", "answer": "x", "x": "town", "y": "temp", "aggregate": "mean"}
    p = with_rules_fallback(LLMPlanner(FakeBackend(json.dumps(bad), json.dumps(bad))))
    out = p.plan(PlanRequest("mean temp by town", table=table))
    assert out.report.fell_back and any("town" in e for e in out.report.errors)


def test_plan_stream_yields_the_answer_then_holds_the_plan():
    stream = PlanStream(LLMPlanner(FakeBackend(TEXT)), PlanRequest("what is a mole?"))
    assert "".join(stream) == "A mole is 6.022e23 particles."
    assert isinstance(stream.plan, TextPlan) and stream.report.calls == 1
    rules = PlanStream(RulesPlanner(), PlanRequest("Apples 30, bananas 20"))
    assert "".join(rules) == rules.plan.answer

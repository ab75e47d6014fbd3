"""The `anthropic` planner through the real Anthropic SDK against a scripted loopback server."""

from __future__ import annotations

from generators.base import PlanRequest
from generators.llm_anthropic import AnthropicPlanner
from render.plan import ChartPlan, TextPlan
from tests.fake_llm import FakeLLM, hang, plan, status, text
from tests.test_llm_openai import BAD_CHART, CHART, QUESTION

KEY = "sk-ant-test-0123456789abcdefghijklmnop"


def planner(fake: FakeLLM, **options):
    opts = {"timeout": 2.0, "max_retries": 0, "api_key": KEY, **options}
    return AnthropicPlanner(base_url=fake.url, **opts)


def test_the_plan_schema_is_a_forced_tools_input_schema():
    with FakeLLM(plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert isinstance(result, ChartPlan) and result.series[0].values == [1.2, 1.5, 1.1, 2.0]
    assert (out.report.calls, out.report.repairs, out.report.fell_back) == (1, 0, False)
    (req,) = fake.requests
    assert req.path == "/v1/messages"
    sent_key = req.headers.get("x-api-key") or req.headers.get("authorization", "").removeprefix("Bearer ")
    assert sent_key == KEY
    (tool,) = req.body["tools"]
    assert tool["input_schema"]["type"] == "object" and "plan" in tool["input_schema"]["properties"]
    assert req.body["tool_choice"] == {"type": "tool", "name": tool["name"]}
    assert "infographic:" in req.body["system"]  # the system prompt travels as `system`
    assert req.body["messages"] == [{"role": "user", "content": QUESTION}]


def test_a_plain_text_reply_is_repaired_into_a_tool_call():
    with FakeLLM(text("Sure! Revenue rose."), plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert isinstance(result, ChartPlan) and out.report.repairs == 1
    assert "not a JSON object" in fake.requests[1].body["messages"][-1]["content"]


def test_schema_invalid_then_valid_after_repair():
    with FakeLLM(plan(BAD_CHART), plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert isinstance(result, ChartPlan) and (out.report.calls, out.report.repairs) == (2, 1)
    assert "has 3 values but there are 4 categories" in fake.requests[1].body["messages"][-1]["content"]


def test_429_then_success_is_retried():
    with FakeLLM(status(429, retry_after_ms="10"), plan(CHART)) as fake:
        p = planner(fake, max_retries=2)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert fake.count == 2 and isinstance(result, ChartPlan) and not out.report.fell_back


def test_500_falls_back_with_a_note():
    with FakeLLM(*[status(500, "overloaded", retry_after_ms="5")] * 2) as fake:
        p = planner(fake, max_retries=1)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert fake.count == 2 and result.kind == "chart"
    assert (
        "the Anthropic API at" in out.report.notes[0] and "HTTP 500 after 2 attempts" in out.report.notes[0]
    )


def test_a_hang_past_the_timeout_falls_back():
    with FakeLLM(hang(10)) as fake:
        p = planner(fake, timeout=0.3)
        out = p.plan(PlanRequest(QUESTION))
    assert fake.count == 1 and "timed out" in out.report.notes[0]


def test_a_wrong_key_is_named_without_leaking_it():
    with FakeLLM(status(401, f"invalid x-api-key {KEY}")) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
    assert "the API key was rejected (401); check ANTHROPIC_API_KEY" in out.report.notes[0]
    assert KEY not in out.report.notes[0] and KEY not in repr(p.primary.backend)


def test_streaming_reads_the_answer_from_the_tool_input_as_it_comes():
    chunks: list[str] = []
    answer = {"kind": "text", "answer": 'A "quoted" word,\nthen ünïcode ✓.', "alt_text": ""}
    with FakeLLM(plan(answer)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest("what is a mole?"), on_text=chunks.append)
        result = out.plan
    assert fake.requests[0].body["stream"] is True
    assert isinstance(result, TextPlan) and len(chunks) > 1
    assert "".join(chunks) == answer["answer"] == result.answer and out.report.streamed

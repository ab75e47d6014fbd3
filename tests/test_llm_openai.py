"""The `openai` planner through the real OpenAI SDK against a scripted loopback server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.fallback import FallbackPlanner
from generators.llm import LLMPlanner
from generators.llm_openai import OpenAIBackend, OpenAIPlanner
from render.data import resolve
from render.plan import ChartPlan, DiagramPlan
from tests.fake_llm import FakeLLM, hang, plan, status, text

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk-test-abcdefghijklmnopqrstuvwxyz0123"
QUESTION = "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M"
CHART = {
    "kind": "chart",
    "answer": "Revenue peaked in **Q4** at 2.0M.",
    "alt_text": "Bar chart of revenue per quarter.",
    "chart_type": "bar",
    "title": "Revenue peaked in Q4",
    "categories": ["Q1", "Q2", "Q3", "Q4"],
    "series": [{"name": "Revenue", "values": [1.2, 1.5, 1.1, 2.0]}],
}
BAD_CHART = {**CHART, "series": [{"name": "Revenue", "values": [1.2, 1.5, 1.1]}]}


def planner(fake: FakeLLM, **options) -> FallbackPlanner:
    opts = {"timeout": 2.0, "max_retries": 0, "api_key": KEY, **options}
    return OpenAIPlanner(base_url=f"{fake.url}/v1", **opts)


def test_valid_plan_uses_json_schema_output_and_the_prompt_files():
    with FakeLLM(plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert isinstance(result, ChartPlan) and result.categories == ["Q1", "Q2", "Q3", "Q4"]
    assert result.series[0].values == [1.2, 1.5, 1.1, 2.0]
    assert (out.report.calls, out.report.repairs, out.report.fell_back, out.report.notes) == (1, 0, False, [])
    (req,) = fake.requests
    assert req.path == "/v1/chat/completions"
    assert req.headers["authorization"] == f"Bearer {KEY}"
    fmt = req.body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["schema"]["type"] == "object"
    system, user = req.body["messages"][0], req.body["messages"][-1]
    assert (
        system["role"] == "system"
        and "infographic:" in system["content"]
        and "- text: plain markdown" in system["content"]
    )
    assert user == {"role": "user", "content": QUESTION}


def test_malformed_json_is_repaired_once():
    with FakeLLM(text('{"kind": "chart", "title": '), plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert isinstance(result, ChartPlan) and result.title == "Revenue peaked in Q4"
    assert (out.report.calls, out.report.repairs, out.report.fell_back) == (2, 1, False)
    repair = fake.requests[1].body["messages"]
    assert repair[-2] == {"role": "assistant", "content": '{"kind": "chart", "title": '}
    assert "not valid JSON" in repair[-1]["content"]


def test_schema_invalid_plan_gets_its_field_errors_back_then_is_valid():
    with FakeLLM(plan(BAD_CHART), plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert isinstance(result, ChartPlan) and result.series[0].values[-1] == 2.0
    assert out.report.repairs == 1 and not out.report.fell_back
    sent = fake.requests[1].body["messages"][-1]["content"]
    assert "series[0] ('Revenue') has 3 values but there are 4 categories" in sent


def test_still_invalid_after_repair_falls_back_to_rules_with_a_note():
    with FakeLLM(plan(BAD_CHART), plan(BAD_CHART), plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert fake.count == 2  # one plan, one repair, no third try
    assert out.report.fell_back and out.report.repairs == 1
    (note,) = out.report.notes
    assert "returned an invalid plan even after a repair round" in note
    assert "has 3 values but there are 4 categories" in note
    assert note.endswith("The offline rules planner answered instead.")
    assert isinstance(result, ChartPlan) and result.categories == ["Q1", "Q2", "Q3", "Q4"]  # the rules plan


def test_429_is_retried_by_the_sdk_then_succeeds():
    with FakeLLM(status(429, retry_after_ms="10"), plan(CHART)) as fake:
        p = planner(fake, max_retries=2)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert fake.count == 2 and isinstance(result, ChartPlan)
    assert out.report.calls == 1 and not out.report.fell_back


def test_persistent_500_falls_back_after_the_retries():
    with FakeLLM(*[status(500, "boom", retry_after_ms="5")] * 3) as fake:
        p = planner(fake, max_retries=2)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert fake.count == 3
    (note,) = out.report.notes
    assert "HTTP 500 after 3 attempts" in note and "rules planner answered instead" in note
    assert result.kind == "chart"


def test_a_hang_past_the_timeout_falls_back():
    with FakeLLM(hang(10)) as fake:
        p = planner(fake, timeout=0.3)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert fake.count == 1
    assert "no reply within 0.3 s (timed out)" in out.report.notes[0]
    assert result.kind == "chart"


def test_a_wrong_key_is_named_without_leaking_it():
    with FakeLLM(status(401, f"Incorrect API key provided: {KEY}")) as fake:
        p = planner(fake, max_retries=2)
        out = p.plan(PlanRequest(QUESTION))
    assert fake.count == 1  # a rejected key is not retried
    (note,) = out.report.notes
    assert "the API key was rejected (401); check OPENAI_API_KEY" in note
    assert KEY not in note and KEY not in repr(p.primary.backend)


def test_an_unreachable_endpoint_is_said_plainly():
    with FakeLLM() as fake:
        url = fake.url
    p = OpenAIPlanner(base_url=f"{url}/v1", api_key=KEY, timeout=1.0, max_retries=0)
    out = p.plan(PlanRequest(QUESTION))
    result = out.plan
    assert "cannot connect; is the server running and the base URL right?" in out.report.notes[0]
    assert url in out.report.notes[0] and result.kind == "chart"


def test_streaming_emits_the_written_answer_as_it_comes():
    chunks: list[str] = []
    with FakeLLM(plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION), on_text=chunks.append)
        result = out.plan
    assert fake.requests[0].body["stream"] is True
    assert len(chunks) > 1 and "".join(chunks) == CHART["answer"] == result.answer
    assert out.report.streamed


def test_servers_without_json_schema_get_json_mode_and_the_schema_in_the_prompt():
    with FakeLLM(status(400, "response_format type json_schema is not supported"), plan(CHART)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert isinstance(result, ChartPlan) and fake.count == 2
    second = fake.requests[1].body
    assert second["response_format"] == {"type": "json_object"}
    assert "The JSON schema:" in second["messages"][0]["content"]
    assert p.primary.backend.mode == "json_object"  # remembered for the next request


def test_a_table_is_summarised_and_its_chart_is_grounded():
    table = pd.DataFrame(
        {"region": ["North", "South", "East", "West"] * 25, "sales": [float(i) for i in range(100)]}
    )
    inline = {**CHART, "categories": ["North", "South"], "series": [{"name": "s", "values": [999.0, 1.0]}]}
    columns = {
        "kind": "chart",
        "answer": "West sells most.",
        "chart_type": "bar",
        "title": "Sales by region",
        "x": "region",
        "y": "sales",
        "aggregate": "sum",
    }
    with FakeLLM(plan(inline), plan(columns)) as fake:
        p = planner(fake)
        out = p.plan(PlanRequest("total sales by region", table=table, table_name="sales.csv"))
        result = out.plan
    assert isinstance(result, ChartPlan) and (result.x, result.y, result.aggregate) == (
        "region",
        "sales",
        "sum",
    )
    data = resolve(result, table)
    assert (
        dict(zip(data.categories, data.series[0][1], strict=True))
        == table.groupby("region")["sales"].sum().to_dict()
    )
    first = fake.requests[0].body
    user = first["messages"][-1]["content"]
    assert "'sales': number, range 0 … 99" in user and "sales.csv" in user
    assert "77.0" not in user  # row 78 is not in the prompt: a summary, never the whole table
    chart_schema = first["response_format"]["json_schema"]["schema"]["properties"]["plan"]
    assert chart_schema  # the union is wrapped in an object root
    defs = first["response_format"]["json_schema"]["schema"]["$defs"]["ChartPlan"]["properties"]
    assert defs["x"]["enum"] == ["region", "sales"] and "series" not in defs
    assert (
        "a table is attached, so the chart must name its columns"
        in fake.requests[1].body["messages"][-1]["content"]
    )


def test_history_is_passed_for_follow_ups():
    history = [
        {"role": "user", "content": QUESTION},
        {"role": "assistant", "content": json.dumps(CHART)},
    ]
    pie = {**CHART, "chart_type": "pie"}
    with FakeLLM(plan(pie)) as fake:
        result = planner(fake).plan(PlanRequest("make it a pie chart", history=history)).plan
    assert isinstance(result, ChartPlan) and result.chart_type == "pie"
    sent = fake.requests[0].body["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]
    assert sent[1]["content"] == QUESTION and sent[2]["content"] == json.dumps(CHART)


def test_two_step_planning_chooses_the_kind_then_fills_only_its_schema():
    diagram = {
        "answer": "Sign up, verify, log in.",
        "title": "Sign-up",
        "nodes": [{"id": "a", "label": "Sign up"}, {"id": "b", "label": "Verify"}],
        "edges": [{"source": "a", "target": "b"}],
    }
    with FakeLLM(plan({"kind": "diagram"}), plan(diagram)) as fake:
        backend = OpenAIBackend(base_url=f"{fake.url}/v1", api_key=KEY, timeout=2.0, max_retries=0)
        p = LLMPlanner(backend, two_step=True)
        out = p.plan(PlanRequest("flowchart of signing up"))
        result = out.plan
    assert isinstance(result, DiagramPlan) and [n.label for n in result.nodes] == ["Sign up", "Verify"]
    assert out.report.kind == "diagram" and out.report.calls == 2
    first = fake.requests[0].body["response_format"]["json_schema"]["schema"]
    second = fake.requests[1].body["response_format"]["json_schema"]["schema"]
    assert first["properties"]["kind"]["enum"][0] == "chart"
    assert second["title"] == "DiagramPlan" and "kind" in second["required"]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")} | env
    return subprocess.run(
        [sys.executable, "-m", "render", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full,
        timeout=60,
    )


def test_cli_plans_with_the_openai_endpoint_and_says_why():
    with FakeLLM(plan(CHART)) as fake:
        proc = _cli(
            "plan",
            QUESTION,
            "--planner",
            "openai",
            "--verbose",
            env={"OPENAI_BASE_URL": f"{fake.url}/v1", "RENDER_LLM_TIMEOUT": "2", "RENDER_LLM_RETRIES": "0"},
        )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "Revenue peaked in Q4"
    assert "planner: openai (chosen explicitly (openai))" in proc.stderr
    assert "1 call(s), 0 repair(s)" in proc.stderr


def test_cli_falls_back_with_a_note_when_the_endpoint_fails():
    with FakeLLM(status(500, "down")) as fake:
        proc = _cli(
            "plan",
            QUESTION,
            "--planner",
            "openai",
            env={"OPENAI_BASE_URL": f"{fake.url}/v1", "RENDER_LLM_TIMEOUT": "2", "RENDER_LLM_RETRIES": "0"},
        )
    assert proc.returncode == 0, proc.stderr
    plan_json = json.loads(proc.stdout)
    assert plan_json["kind"] == "chart" and plan_json["categories"] == ["Q1", "Q2", "Q3", "Q4"]
    assert (
        "note: " in proc.stderr
        and "HTTP 500" in proc.stderr
        and "rules planner answered instead" in proc.stderr
    )


@pytest.mark.parametrize("mode", ["json_object", "text"])
def test_json_mode_and_plain_text_replies_with_fences_are_validated(mode):
    fenced = "Here is the plan:\n```json\n" + json.dumps(CHART) + "\n```"
    with FakeLLM(text(fenced)) as fake:
        p = planner(fake, mode=mode)
        out = p.plan(PlanRequest(QUESTION))
        result = out.plan
    assert isinstance(result, ChartPlan) and out.report.repairs == 0
    body = fake.requests[0].body
    assert ("response_format" in body) == (mode == "json_object")

"""The Streamlit app in-process (AppTest): ask, see the answer and the visual, download it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    return at


def _downloads(at: AppTest) -> dict[str, object]:
    return {b.label: b for b in at.get("download_button")}


def test_question_gives_a_chart_and_downloads(app):
    app.chat_input[0].set_value("Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M").run()
    assert not app.exception and not app.error
    (chart,) = app.get("plotly_chart")
    figure = json.loads(chart.proto.spec)
    assert figure["data"][0]["type"] == "bar"
    assert "Q4" in app.chat_message[1].markdown[0].value
    assert set(_downloads(app)) == {"PNG", "SVG", "PPTX", "HTML", "JSON"}


def test_markdown_paste_gives_slides(app):
    app.text_area(key="markdown").set_value(
        "# Plan\n\n## Goals\n\n- grow\n- hire\n\n## Risks\n\n- cost\n- time\n"
    ).run()
    app.button[0].click().run()
    assert not app.exception and not app.error
    assert app.get("image"), "the deck preview is shown"
    plan = json.loads(app.get("code")[0].value)
    assert plan["kind"] == "slides" and [s["title"] for s in plan["slides"]][:2] == ["Goals", "Risks"]


def test_forced_kind(app):
    app.selectbox(key="kind").set_value("diagram").run()
    app.chat_input[0].set_value("sign up -> verify email -> first login").run()
    plan = json.loads(app.get("code")[0].value)
    assert plan["kind"] == "diagram" and len(plan["nodes"]) == 3


def test_planner_failure_is_a_message_not_a_traceback(app, monkeypatch):
    def unreachable(self, request):
        raise ConnectionError("planner endpoint unreachable")

    monkeypatch.setattr("generators.rules.RulesPlanner.plan", unreachable)
    app.chat_input[0].set_value("anything").run()
    assert not app.exception
    assert "planner endpoint unreachable" in app.error[0].value
    # the chat stays usable: the next question is answered once the planner is back
    monkeypatch.undo()
    app.chat_input[0].set_value("Apples 30, bananas 20 and cherries 50").run()
    assert app.get("plotly_chart")

"""The Streamlit app in-process (AppTest): ask, see the visual, change it, export the conversation."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from chat import core
from tests.pptx_checks import all_text

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
REVENUE = "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M"


def _new_app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    assert not at.exception
    return at


@pytest.fixture
def app() -> AppTest:
    return _new_app()


def _turns(at: AppTest) -> list[core.Turn]:
    return at.session_state["turns"]


def _charts(at: AppTest) -> list:
    """The answers' charts (not the hidden warm-up charts that preload the browser's renderer)."""
    return [c for c in at.get("plotly_chart") if not c.key.startswith("warmup-chart")]


def _figure(at: AppTest, i: int = -1) -> dict:
    return json.loads(_charts(at)[i].proto.spec)


def _plan(at: AppTest, i: int = -1) -> dict:
    """The plan JSON each turn shows in its "Plan (JSON)" expander (drawn once it is opened)."""
    return json.loads([t.answer.plan_json for t in _turns(at) if t.answer.plan is not None][i])


def _ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def _images(at: AppTest) -> list:
    return [img for el in at.get("image") for img in el.proto.imgs]


def test_question_gives_a_chart_with_its_answer_and_downloads(app):
    _ask(app, REVENUE)
    assert not app.error
    figure = _figure(app)
    assert figure["data"][0]["type"] == "bar"
    assert figure["data"][0]["y"] == [1.2, 1.5, 1.1, 2.0]
    assert figure["layout"]["paper_bgcolor"].lower() in ("#ffffff", "white")  # our light theme applied
    assert any("Q4" in m.value for m in app.chat_message[1].markdown)
    assert "chart · rules planner" in app.chat_message[1].caption[0].value
    turn = _turns(app)[0]
    assert not [b for b in app.get("download_button") if b.key.startswith("dl-")]  # drawn when opened
    app.session_state[f"dl-{turn.id}-{turn.current}"] = True  # what opening the menu sets
    app.run()
    labels = {b.label for b in app.get("download_button")}
    assert {"PowerPoint", "PNG", "SVG", "HTML", "Plan JSON"} <= labels
    view = turn.answer.view("light")
    assert view.file("pptx")[:2] == b"PK" and view.file("png")[:4] == b"\x89PNG"
    assert view.file("svg").startswith(b"<svg")


def test_history_replays_without_replanning_or_rerendering(app, monkeypatch):
    calls = {"plan": 0, "render": 0}
    from generators.rules import RulesPlanner

    real_plan, real_render = RulesPlanner.plan, core.render

    def counting_plan(self, request, *args, **kw):
        calls["plan"] += 1
        return real_plan(self, request)

    def counting_render(*args, **kw):
        calls["render"] += 1
        return real_render(*args, **kw)

    monkeypatch.setattr(RulesPlanner, "plan", counting_plan)
    monkeypatch.setattr(core, "render", counting_render)
    _ask(app, REVENUE)
    _ask(app, "sign up -> verify email -> first login")
    assert calls == {"plan": 2, "render": 2}
    chart_id = _charts(app)[0].proto.id
    app.run()  # any widget interaction reruns the whole script
    app.run()
    assert calls == {"plan": 2, "render": 2}
    assert _charts(app)[0].proto.id == chart_id  # same element: the chart is not redrawn
    assert len(app.chat_message) == 4


def test_markdown_paste_gives_a_deck_viewer(app):
    app.text_area(key="markdown").set_value(
        "# Plan\n\n## Goals\n\n- grow\n- hire\n\n## Risks\n\n- cost\n- time\n"
    ).run()
    next(b for b in app.button if "Visualise" in b.label).click().run()
    assert not app.exception and not app.error
    plan = _plan(app)
    assert plan["kind"] == "slides" and [s["title"] for s in plan["slides"]][:2] == ["Goals", "Risks"]
    pages = _turns(app)[0].answer.view("light").pages
    assert len(pages) == 3  # title slide + two
    assert any("Slide 1 of 3" in m.value for m in app.markdown)
    key = next(b.key for b in app.button if b.key and b.key.startswith("next-"))
    app.button(key=key).click().run()
    assert any("Slide 2 of 3" in m.value for m in app.markdown)
    assert all(p.startswith("<svg") for p in pages)


def test_attached_table_gives_a_grounded_chart(app):
    app.file_uploader(key="upload").set_value(
        ("orders.csv", (DATA / "rules_orders.csv").read_bytes(), "text/csv")
    ).run()
    assert any("rows ×" in c.value for c in app.sidebar.caption)
    _ask(app, "total sales by region")
    assert not app.error
    plan = _plan(app)
    assert plan["x"] == "region" and plan["y"] == "total_sales" and plan["series"] == []
    expected = pd.read_csv(DATA / "rules_orders.csv").groupby("region")["total_sales"].sum()
    trace = _figure(app)["data"][0]
    shown = dict(zip(trace["x"], trace["y"], strict=True))
    assert shown == pytest.approx(expected.to_dict())  # the numbers come from the table
    assert "📎 orders.csv" in [c.value for c in app.chat_message[0].caption]


def test_oversized_table_is_a_clear_message(monkeypatch):
    monkeypatch.setenv("RENDER_MAX_TABLE_MB", "0.001")
    at = _new_app()
    big = b"a,b\n" + b"1,2\n" * 1000
    at.file_uploader(key="upload").set_value(("big.csv", big, "text/csv")).run()
    assert "tables up to 0.001 MB" in at.sidebar.error[0].value
    _ask(at, "sum of b by a")
    (message,) = at.chat_message[1].error
    assert "can't be used" in message.value and "big.csv" in message.value


def test_show_as_replans_with_the_kind_forced_and_keeps_versions(app):
    _ask(app, REVENUE)
    turn = _turns(app)[0]
    app.selectbox(key=f"showas-{turn.id}").set_value("infographic").run()
    assert not app.exception and not app.error
    assert _plan(app)["kind"] == "infographic"
    assert not _charts(app)
    assert "Shown as infographic" in app.chat_message[1].caption[0].value
    assert [a.plan.kind for a in turn.versions] == ["chart", "infographic"]
    app.get("button_group")[0].set_value(0).run()  # back to v1
    assert _plan(app)["kind"] == "chart" and _charts(app)


def test_sidebar_answer_as_forces_the_kind(app):
    app.selectbox(key="kind").set_value("diagram").run()
    _ask(app, "sign up -> verify email -> first login")
    plan = _plan(app)
    assert plan["kind"] == "diagram" and len(plan["nodes"]) == 3
    assert _images(app), "the diagram is shown as an SVG image"


def test_refine_edits_the_previous_plan(app):
    _ask(app, REVENUE)
    turn = _turns(app)[0]
    app.text_input(key=f"refine-{turn.id}").input("make it a pie chart").run()
    assert not app.exception and not app.error
    figure = _figure(app)
    assert figure["data"][0]["type"] == "pie" and figure["data"][0]["values"] == [1.2, 1.5, 1.1, 2.0]
    app.text_input(key=f"refine-{turn.id}").input("dark theme").run()
    assert turn.answer.theme == "dark"
    assert _figure(app)["layout"]["paper_bgcolor"].lower() not in ("#ffffff", "white")
    assert _figure(app)["data"][0]["type"] == "pie"
    app.text_input(key=f"refine-{turn.id}").input("add a forecast for 2026").run()
    assert "offline planner can't follow" in app.warning[0].value
    assert len(turn.versions) == 3  # an instruction it can't follow changes nothing


def test_regenerate_adds_a_version(app):
    _ask(app, "sign up -> verify email -> first login")
    turn = _turns(app)[0]
    app.button(key=f"regen-{turn.id}").click().run()
    assert [a.label for a in turn.versions] == ["", "Regenerated"]
    assert "Regenerated" in app.chat_message[1].caption[0].value


def test_conversation_exports_to_one_deck(app):
    from pptx import Presentation

    _ask(app, REVENUE)
    _ask(app, "sign up -> verify email -> first login")
    export = app.get("download_button")
    button = next(b for b in export if b.label.startswith("⬇️ Export conversation"))
    assert not button.proto.disabled and button.proto.deferred_file_id  # built only when clicked
    deck = Presentation(io.BytesIO(core.export_conversation(_turns(app), "light")))
    assert len(deck.slides) == 2
    charts = [shape.chart for shape in deck.slides[0].shapes if shape.has_chart]
    assert charts and [list(s.values) for s in charts[0].plots[0].series] == [[1.2, 1.5, 1.1, 2.0]]
    assert "verify email" in all_text(deck)


def test_planner_failure_is_a_message_not_a_traceback(app, monkeypatch):
    def unreachable(self, request, *args, **kw):
        raise ConnectionError("planner endpoint unreachable")

    monkeypatch.setattr("generators.rules.RulesPlanner.plan", unreachable)
    _ask(app, "anything")
    assert not app.exception
    assert "planner endpoint unreachable" in app.error[0].value
    assert "could not be reached" in app.error[0].value
    monkeypatch.undo()  # the chat stays usable: the next question is answered
    _ask(app, "Apples 30, bananas 20 and cherries 50")
    assert _charts(app) and len(app.error) == 1


def test_image_answer_with_the_tiny_model(app, monkeypatch, tmp_path):
    pytest.importorskip("diffusers", reason="image generation needs diffusers (requirements.txt)")
    monkeypatch.setenv("RENDER_CACHE_DIR", str(tmp_path))
    app.selectbox(key="image_model").set_value("tiny")
    app.selectbox(key="image_size").set_value(256).run()
    _ask(app, "A watercolor picture of a lighthouse at dawn")
    assert not app.error
    (picture,) = _images(app)
    turn = _turns(app)[0]
    plan = _plan(app)
    assert plan["kind"] == "image" and plan["seed"] is not None
    assert f"seed {plan['seed']}" in picture.caption and "lighthouse at dawn" in picture.caption
    assert "tiny" in picture.caption and "320×192" in picture.caption  # 16:9 with about 256² pixels
    view = turn.answer.view("light")
    assert view.pictures[0].png[:4] == b"\x89PNG"
    assert any("test model" in c.value for c in app.chat_message[1].caption)  # the honest note
    app.button(key=f"regen-{turn.id}").click().run()  # a fresh seed, a new picture
    assert turn.answer.plan.seed != plan["seed"]


def test_image_server_field_sends_pictures_to_the_service_and_falls_back_when_it_is_down(
    app, monkeypatch, tmp_path
):
    pytest.importorskip("diffusers", reason="the local fallback needs diffusers (requirements.txt)")
    from generators.image_client import ImageClient
    from tests.browser import free_port

    monkeypatch.setenv("RENDER_CACHE_DIR", str(tmp_path))
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there: the service is down
    app.selectbox(key="image_model").set_value("tiny")
    app.text_input(key="image_server").set_value(url).run()
    assert any(url in c.value for c in app.sidebar.caption), "the sidebar says where pictures come from"
    _ask(app, "A watercolor picture of a lighthouse at dawn")
    assert not app.error
    assert len(_images(app)) == 1
    turn = _turns(app)[0]
    assert isinstance(turn.answer.images.generator(), ImageClient)
    assert turn.answer.view("light").pictures[0].png[:4] == b"\x89PNG"  # drawn here by the fallback


def test_a_chart_answer_does_not_import_torch():
    code = (
        "import sys\n"
        "from streamlit.testing.v1 import AppTest\n"
        f"at = AppTest.from_file({str(ROOT / 'app.py')!r}, default_timeout=120).run()\n"
        f"at.chat_input[0].set_value({REVENUE!r}).run()\n"
        "assert any(c.key.startswith('chart-') for c in at.get('plotly_chart')) and not at.exception\n"
        "print('torch' in sys.modules, 'diffusers' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    assert out.stdout.split()[-2:] == ["False", "False"]


def test_plan_json_is_drawn_only_when_its_expander_opens(app):
    """The code highlighter costs every browser ~1 s of script the first time it draws."""
    _ask(app, "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M")
    assert not app.get("code")
    turn = _turns(app)[-1]
    app.session_state[f"plan-{turn.id}-{turn.current}"] = True  # what opening the expander sets
    app.run()
    (code,) = app.get("code")
    assert json.loads(code.value) == json.loads(turn.answer.plan_json)
    assert json.loads(code.value)["kind"] == "chart"


def test_slide_thumbnails_are_drawn_only_when_opened(app):
    _ask(app, "Slides on revenue: Q1 1.2M, Q2 1.5M, Q3 1.1M, Q4 2.0M")
    turn = _turns(app)[-1]
    n = len(turn.answer.view("light").pages)
    assert n > 1 and len(_images(app)) == 1  # the current slide only
    app.session_state[f"thumbs-{turn.id}-{turn.current}-light"] = True
    app.run()
    assert len(_images(app)) == 1 + n


def test_a_failing_warm_up_chart_never_reaches_the_page(monkeypatch):
    """The hidden warm-up charts are a head start for the browser, never an error on the page."""
    import render

    def broken(*args, **kwargs):
        raise RuntimeError("no figures today")

    import streamlit as st

    monkeypatch.setattr(render, "render", broken)
    st.cache_resource.clear()  # the figures are made once per process
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
        at.run()
    finally:
        st.cache_resource.clear()
    assert not at.exception and not at.error
    warm = [c for c in at.get("plotly_chart") if c.key.startswith("warmup-chart")]
    assert len(warm) == 1 and json.loads(warm[0].proto.spec)["data"][0]["type"] == "bar"

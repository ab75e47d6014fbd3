"""The chat logic without Streamlit: versions, refine edits, planner settings, export, errors."""

from __future__ import annotations

import io
import random

import pytest

from chat import core, settings
from chat.images import ImageMaker, Picture
from chat.refine import local_edit
from generators.base import Planned, PlanReport, PlanRequest
from generators.rules import RulesPlanner
from render import parse_plan
from render.plan import ChartPlan
from tests.conftest import CHART
from tests.pptx_checks import all_text

REVENUE = "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M"


class Recorder:
    """A planner double that records what it was asked and answers with a fixed plan."""

    name = "fake"

    def __init__(self, plan: dict):
        self.plan_dict = plan
        self.requests: list = []

    def plan(self, request):
        self.requests.append(request)
        return Planned(parse_plan(self.plan_dict), PlanReport(self.name))


def test_ask_plans_once_and_renders_once_per_theme(monkeypatch):
    calls = []
    real = core.render
    monkeypatch.setattr(core, "render", lambda *a, **k: calls.append(k["theme"]) or real(*a, **k))
    turn = core.ask(RulesPlanner(), core.Inputs(REVENUE), [])
    answer = turn.answer
    assert answer.ok and answer.plan.kind == "chart" and answer.planner == "rules"
    assert answer.view("light") is answer.view("light")
    answer.view("dark")
    assert calls == ["light", "dark"]
    assert answer.view("dark").figure.layout.paper_bgcolor != answer.view("light").figure.layout.paper_bgcolor


def test_history_and_forced_kind_reach_the_planner():
    first = core.ask(RulesPlanner(), core.Inputs(REVENUE), [])
    fake = Recorder(CHART)
    turn = core.ask(fake, core.Inputs("and as slides?"), [first], kind="slides")
    request = fake.requests[0]
    assert request.kind == "slides"
    assert request.history == [
        {"role": "user", "content": REVENUE},
        {"role": "assistant", "content": first.answer.plan.answer},
    ]
    core.regenerate(fake, turn, [first])
    assert fake.requests[-1].kind == "slides"  # a forced kind stays forced
    assert [a.label for a in turn.versions] == ["", "Regenerated"] and turn.current == 1


def test_show_as_adds_a_version_and_keeps_the_old_one():
    turn = core.ask(RulesPlanner(), core.Inputs(REVENUE), [])
    core.show_as(RulesPlanner(), turn, "slides", [])
    assert [a.plan.kind for a in turn.versions] == ["chart", "slides"]
    assert turn.answer.label == "Shown as slides" and len(turn.answer.view("light").pages) >= 2


@pytest.mark.parametrize(
    ("instruction", "field", "value"),
    [
        ("make it a pie chart", "chart_type", "pie"),
        ("as a line chart please", "chart_type", "line"),
        ("horizontal bars, largest first", "sort", "desc"),
        ("top 2", "top_n", 2),
        ("title: Q4 was the best quarter", "title", "Q4 was the best quarter"),
    ],
)
def test_refine_edits_a_chart_plan(instruction, field, value):
    edit = local_edit(parse_plan(CHART), instruction)
    assert edit is not None and not edit.error and edit.complete
    assert getattr(edit.plan, field) == value
    assert edit.plan.series[0].values == [1.2, 1.5, 1.1, 2.0]  # the numbers are never touched


def test_refine_theme_kind_slides_and_refusals():
    chart = parse_plan(CHART)
    assert local_edit(chart, "dark theme").theme == "dark"
    assert local_edit(chart, "turn it into slides").kind == "slides"
    assert local_edit(chart, "add a forecast for 2026") is None
    negative = parse_plan({**CHART, "series": [{"name": "x", "values": [1, -2, 3, 4]}]})
    assert "can't be made" in local_edit(negative, "pie chart").error
    deck = (
        RulesPlanner()
        .plan(PlanRequest(question="x", markdown="# D\n\n## A\n- a\n## B\n- b\n## C\n- c\n"))
        .plan
    )
    assert len(local_edit(deck, "3 slides").plan.slides) == 2  # + the title slide = 3
    one = local_edit(deck, "just 1 slide").plan
    assert len(one.slides) == 1 and one.title_slide is False  # that slide alone
    assert len(local_edit(deck, "fewer slides").plan.slides) == 2
    partial = local_edit(chart, "pie chart and explain the dip in Q3")
    assert partial is not None and not partial.complete  # an LLM would get this one


@pytest.mark.parametrize(
    ("instruction", "period"),
    [("by month", "month"), ("make it quarterly", "quarter"), ("show every date", None)],
)
def test_refine_groups_dates_into_periods(instruction, period):
    plan = ChartPlan(chart_type="line", x="day", y="sales", x_period="week")
    edit = local_edit(plan, instruction)
    assert edit is not None and edit.complete and edit.plan.x_period == period
    inline = local_edit(parse_plan(CHART), "by month")
    assert inline is None  # inline numbers have no dates to group


def test_refine_offline_applies_or_explains_and_llm_gets_the_previous_plan():
    turn = core.ask(RulesPlanner(), core.Inputs(REVENUE), [])
    assert core.refine(RulesPlanner(), turn, "donut", [], offline=True).plan.chart_type == "donut"
    assert core.refine(RulesPlanner(), turn, "make it dark", [], offline=True).theme == "dark"
    assert core.refine(RulesPlanner(), turn, "add a 2026 forecast", [], offline=True) is None
    assert "offline planner can't follow" in turn.notice and len(turn.versions) == 3
    llm = Recorder({**CHART, "chart_type": "line"})
    answer = core.refine(llm, turn, "show the trend and explain the dip", [], offline=False)
    request = llm.requests[0]
    assert request.question == "show the trend and explain the dip"
    assert request.history[-2] == {"role": "user", "content": REVENUE}
    assert '"chart_type": "donut"' in request.history[-1]["content"]  # the plan being refined
    assert answer.plan.chart_type == "line" and answer.theme == "dark"  # the theme choice is kept


def test_planner_errors_become_sentences_without_secrets():
    class Broken:
        name = "openai"

        def plan(self, request):
            raise ConnectionError("connect failed for key sk-secret-123456")

    turn = core.ask(Broken(), core.Inputs("anything"), [], redact=["sk-secret-123456"])
    assert not turn.answer.ok
    assert "could not be reached" in turn.answer.error and "sk-secret" not in turn.answer.error
    assert "rate-limited" in core.friendly_error(type("RateLimitError", (Exception,), {})("slow down"))
    assert "API key was rejected" in core.friendly_error(type("AuthenticationError", (Exception,), {})("no"))


def test_export_conversation_keeps_order_and_skips_failures():
    from pptx import Presentation

    good = core.ask(RulesPlanner(), core.Inputs(REVENUE), [])
    bad = core.Turn(inputs=core.Inputs("x"))
    bad.add(core.Answer(error="nope"))
    flow = core.ask(RulesPlanner(), core.Inputs("sign up -> verify email -> first login"), [good])
    deck = Presentation(io.BytesIO(core.export_conversation([good, bad, flow], "light")))
    assert len(deck.slides) == 2
    assert any(s.has_chart for s in deck.slides[0].shapes)
    assert "verify email" in all_text(deck)
    with pytest.raises(ValueError, match="Nothing to export"):
        core.export_conversation([bad], "light")


def test_images_get_a_seed_and_the_maker_records_what_it_drew(fake_images):
    plan = parse_plan({"kind": "image", "prompt": "a red kite", "aspect_ratio": "1:1"})
    seeded = core._with_seeds(plan, random.Random(1))
    assert seeded.seed is not None and core._with_seeds(seeded, random.Random(2)).seed == seeded.seed
    maker = ImageMaker("fake", steps=3, size=128)
    maker._generator = type(
        "Gen", (), {"generate": lambda self, p, w, h, progress=None: fake_images.generate(p, w, h)}
    )()
    png = maker.generate(seeded, 512, 512)
    assert png[:4] == b"\x89PNG" and fake_images.calls == [("a red kite", 128, 128)]
    (pic,) = maker.pictures
    assert isinstance(pic, Picture) and pic.seed == seeded.seed and pic.steps == 3
    assert f"seed {seeded.seed}" in pic.caption and "128×128" in pic.caption


def test_planner_settings_never_show_the_key(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-abcdef")
    assert settings.key_from("openai") == "sk-env-abcdef"
    assert settings.key_from("openai", {"OPENAI_API_KEY": "sk-sec"}) == "sk-sec"
    assert settings.key_from("openai", environ=False) == ""
    config = settings.PlannerConfig("openai", "m", "", "sk-typed-999999")
    assert "sk-typed" not in repr(config)
    planner, _ = settings.select(settings.PlannerConfig("rules"))
    assert planner.name == "rules" and settings.is_offline(planner)
    assert settings.backends()[0] == "auto" and "rules" in settings.backends()


def test_auto_without_an_llm_says_so(monkeypatch):
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_BASE_URL", "RENDER_PLANNER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OLLAMA_HOST", "127.0.0.1:9")  # nothing listens there
    planner, reason = settings.select(settings.PlannerConfig())
    assert settings.is_offline(planner) and reason == settings.OFFLINE_REASON


def test_a_typed_key_picks_the_matching_backend(monkeypatch):
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_BASE_URL", "RENDER_PLANNER"):
        monkeypatch.delenv(name, raising=False)
    planner, reason = settings.select(settings.PlannerConfig(api_key="sk-ant-abcdefgh"))
    assert planner.name == "anthropic" and "key was given" in reason and "sk-ant" not in reason
    planner, reason = settings.select(settings.PlannerConfig(backend="openai", model="gpt-x"))
    assert planner.name == "openai" and "chosen in the sidebar" in reason


class Slot:
    """A stand-in for a Streamlit `st.empty` slot and the status box it may become."""

    def __init__(self):
        self.calls: list[tuple] = []

    def __getattr__(self, name):
        def call(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            return self

        return call


def test_progress_of_a_quick_answer_is_one_caption_line_not_a_status_box():
    from chat.progress import SlotProgress

    slot = Slot()
    progress = SlotProgress(slot)
    progress.stage("Rendering the chart…")
    assert [c[0] for c in slot.calls] == ["caption", "caption"]
    assert slot.calls[-1][1] == ("⏳ Rendering the chart…",)


def test_progress_opens_a_status_box_once_there_is_text_or_steps_to_show():
    from chat.progress import SlotProgress

    slot = Slot()
    progress = SlotProgress(slot)
    progress.stage("Asking the model…")
    for chunk in ["A short ", "answer."]:
        progress.text(chunk)
    progress.step(1, 4)
    progress.step(4, 4)
    names = [c[0] for c in slot.calls]
    assert names.count("status") == 1 and names.index("status") == 2  # after the two captions
    assert slot.calls[2][1] == ("Asking the model…",)  # the box carries the current stage
    assert ("markdown", ("A short answer.",), {}) in slot.calls
    bars = [c for c in slot.calls if c[0] == "progress" and c[2].get("text")]
    assert bars[-1][1] == (1.0,) and bars[-1][2]["text"].endswith("step 4 of 4")
    progress.stage("Rendering…")  # later stages go into the box, not over it
    assert slot.calls[-2][0] == "update" and slot.calls[-1] == ("write", ("Rendering…",), {})


def test_freeze_heap_hides_loaded_objects_from_the_collector_and_refreezes_only_after_imports(
    monkeypatch,
):
    import gc
    import sys

    monkeypatch.setattr(core, "_frozen_at", 0)
    assert core.freeze_heap() is True
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the loaded modules' objects: what each full collection walked before
    assert core.freeze_heap() is False  # nothing new imported: no second pass
    sys.modules["tests._freeze_probe"] = type(sys)("tests._freeze_probe")
    try:
        assert core.freeze_heap() is True
    finally:
        del sys.modules["tests._freeze_probe"]

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # garbage made after the freeze is still collected
    del a, b
    assert gc.collect() >= 2
    gc.unfreeze()  # leave the test process as it was

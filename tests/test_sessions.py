"""Two app sessions at once: one shared planner and one shared image generator, and still each
session sees only its own progress, remarks, notes and report.

Planners and generators are shared by every session of a process (a loaded model is too costly to
have twice), so nothing a call produces may live on them: these tests run two sessions in two
threads started together and check that nothing crosses over.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from chat import core
from chat.images import ImageMaker
from generators.base import Note, PlanRequest
from generators.fallback import with_rules_fallback
from generators.llm import LLMError, LLMPlanner
from generators.rules import RulesPlanner
from render import render
from render.plan import ImagePlan
from tests.conftest import FakeImages

LIGHTHOUSE = "A watercolor picture of a lighthouse at dawn"
FOX = "A watercolor picture of a red fox in the snow"


def together(*jobs: Callable[[], Any]) -> list[Any]:
    """Run the jobs in threads released at the same instant; their results, or the first error."""
    start = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)
    errors: list[BaseException] = []

    def work(i: int, job: Callable[[], Any]) -> None:
        start.wait()
        try:
            results[i] = job()
        except BaseException as err:  # re-raised in the test's thread
            errors.append(err)

    threads = [threading.Thread(target=work, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a session never finished"
    if errors:
        raise errors[0]
    return results


class SlowImages:
    """One generator for every session. Each call waits inside `generate` until the other session's
    call is inside too, then reports its steps with a pause each, so the two calls truly overlap."""

    def __init__(self, sessions: int = 2) -> None:
        self.meet = threading.Barrier(sessions)

    def generate(self, plan: ImagePlan, width: int, height: int, *, progress=None, status=None) -> bytes:
        steps = plan.steps or 1
        if status is not None:
            status(f"drawing {plan.prompt}")
        self.meet.wait(timeout=30)  # BrokenBarrierError if the calls were made one after the other
        for done in range(steps + 1):
            if progress is not None:
                progress(done, steps)
            time.sleep(0.01)
        if status is not None:
            status(Note(f"drew {plan.prompt} in {steps} steps"))
        return FakeImages().generate(plan, width, height)


class Watch:
    """`chat.core.Progress` that records what one session was shown."""

    def __init__(self) -> None:
        self.stages: list[str] = []
        self.steps: list[tuple[int, int]] = []
        self.texts: list[str] = []

    def stage(self, label: str) -> None:
        self.stages.append(label)

    def step(self, done: int, total: int) -> None:
        self.steps.append((done, total))

    def text(self, chunk: str) -> None:
        self.texts.append(chunk)


# ------------------------------------------------------------------------------------ render layer


def test_two_renders_on_one_generator_keep_their_own_progress_and_notes():
    gen = SlowImages()
    seen: dict[str, list[tuple[int, int]]] = {"a": [], "b": []}
    said: dict[str, list[str]] = {"a": [], "b": []}

    def session(name: str, steps: int):
        plan = {"kind": "image", "prompt": f"picture {name}", "seed": 1, "steps": steps}
        result = render(
            plan,
            images=gen,
            progress=lambda d, t: seen[name].append((d, t)),
            status=said[name].append,
        )
        return result.notes

    notes_a, notes_b = together(lambda: session("a", 4), lambda: session("b", 7))
    assert seen["a"] == [(d, 4) for d in range(5)]
    assert seen["b"] == [(d, 7) for d in range(8)]
    assert said["a"] == ["drawing picture a", "drew picture a in 4 steps"]
    assert said["b"] == ["drawing picture b", "drew picture b in 7 steps"]
    assert notes_a == ["drew picture a in 4 steps"] and notes_b == ["drew picture b in 7 steps"]


def test_one_method_fakes_still_fit():
    fake = FakeImages()
    result = render({"kind": "image", "prompt": "plain"}, images=fake, progress=print, status=print)
    assert result.notes == [] and [c[0] for c in fake.calls] == ["plain"]


# -------------------------------------------------------------------------------------- chat layer


def _session(question: str, maker: ImageMaker) -> core.Turn:
    return core.ask(RulesPlanner(), core.Inputs(question), [], images=lambda: maker)


def test_two_chat_sessions_with_a_shared_generator_see_only_their_own_picture():
    shared = SlowImages()
    a = _session(LIGHTHOUSE, ImageMaker("slow", steps=3, size=128, _generator=shared))
    b = _session(FOX, ImageMaker("slow", steps=6, size=192, _generator=shared))
    watch_a, watch_b = Watch(), Watch()
    view_a, view_b = together(
        lambda: a.answer.view("light", watch_a), lambda: b.answer.view("light", watch_b)
    )
    assert watch_a.steps == [(d, 3) for d in range(4)] and watch_b.steps == [(d, 6) for d in range(7)]
    assert "drawing a lighthouse at dawn" in watch_a.stages and not any("fox" in s for s in watch_a.stages)
    assert "drawing a red fox in the snow" in watch_b.stages and not any(
        "lighthouse" in s for s in watch_b.stages
    )
    assert view_a.notes == ["drew a lighthouse at dawn in 3 steps"]
    assert view_b.notes == ["drew a red fox in the snow in 6 steps"]
    assert [(p.prompt, p.steps) for p in view_a.pictures] == [("a lighthouse at dawn", 3)]
    assert [(p.prompt, p.steps) for p in view_b.pictures] == [("a red fox in the snow", 6)]
    shared.meet = threading.Barrier(1)  # alone now
    dark = a.answer.view("dark")  # a second render of the same answer keeps its own record
    assert len(dark.pictures) == 1 and len(view_a.pictures) == 1


@pytest.fixture
def shared_tiny(monkeypatch, tmp_path):
    """The process-wide `tiny` generator, fresh, with 128² native size so an OOM can fall back."""
    pytest.importorskip("diffusers", reason="image generation needs diffusers (requirements.txt)")
    from generators import diffusion

    monkeypatch.setenv("RENDER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(diffusion, "_SHARED", {})
    tiny = replace(diffusion.IMAGE_MODELS["tiny"], base=128, cpu_base=128)
    monkeypatch.setitem(diffusion.IMAGE_MODELS, "tiny", tiny)
    gen = diffusion.get_image_generator("tiny")
    gen.load()
    return gen


def _oom_once_at(gen: Any, monkeypatch, size: tuple[int, int]) -> None:
    """The first pipeline call at `size` runs out of memory; the generator then retries smaller."""
    import torch

    real_call = gen._call
    failed: list[bool] = []

    def call(torch_, pipe, jobs, at, steps, progress):
        if at == size and not failed:
            failed.append(True)
            raise torch.OutOfMemoryError("CUDA out of memory")
        return real_call(torch_, pipe, jobs, at, steps, progress)

    monkeypatch.setattr(gen, "_call", call)


def test_two_sessions_on_the_real_shared_tiny_generator(shared_tiny, monkeypatch):
    _oom_once_at(shared_tiny, monkeypatch, (128, 128))
    said: dict[str, list[str]] = {"a": [], "b": []}
    seen: dict[str, list[tuple[int, int]]] = {"a": [], "b": []}

    def session(name: str, side: int, steps: int) -> bytes:
        plan = ImagePlan(prompt=f"session {name}", seed=3, steps=steps)
        return shared_tiny.generate(
            plan, side, side, progress=lambda d, t: seen[name].append((d, t)), status=said[name].append
        )

    png_a, png_b = together(lambda: session("a", 128, 1), lambda: session("b", 64, 3))
    assert png_a[:4] == png_b[:4] == b"\x89PNG"
    assert seen["a"] == [(0, 1), (1, 1)]  # the OOM struck before the first step was reported
    assert seen["b"] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    notes = {k: [m for m in v if isinstance(m, Note)] for k, v in said.items()}
    assert "Out of memory at 128×128: generated at 64×64 and upscaled." in notes["a"]
    assert not any("Out of memory" in n for n in notes["b"])
    assert any("at 128×128" in m for m in said["a"]) and not any("128×128" in m for m in said["b"])
    assert shared_tiny.loads == 1


def test_two_app_sessions_make_pictures_at_once_with_the_tiny_model(shared_tiny, monkeypatch):
    _oom_once_at(shared_tiny, monkeypatch, (128, 128))
    a = _session(LIGHTHOUSE, ImageMaker("tiny", steps=1, size=128))
    b = _session(FOX, ImageMaker("tiny", steps=2, size=64))
    assert a.answer.images.generator() is b.answer.images.generator() is shared_tiny
    watch_a, watch_b = Watch(), Watch()
    view_a, view_b = together(
        lambda: a.answer.view("light", watch_a), lambda: b.answer.view("light", watch_b)
    )
    assert {t for _, t in watch_a.steps} == {1} and {t for _, t in watch_b.steps} == {2}
    assert watch_a.steps[-1] == (1, 1) and watch_b.steps[-1] == (2, 2)
    oom = "Out of memory at 128×128: generated at 64×64 and upscaled."
    assert oom in view_a.notes and oom in watch_a.stages
    assert oom not in view_b.notes and oom not in watch_b.stages
    assert any("test model" in n for n in view_a.notes) and any("test model" in n for n in view_b.notes)
    assert [(p.prompt, p.steps) for p in view_a.pictures] == [("a lighthouse at dawn", 1)]
    assert [(p.prompt, p.steps) for p in view_b.pictures] == [("a red fox in the snow", 2)]


# ----------------------------------------------------------------------------------------- planner


class QuestionBackend:
    """A chat backend that fails for questions containing "fail" and answers the rest, slowly."""

    name = "fake"
    label = "the fake backend"

    def complete(self, messages, schema, *, on_delta=None):
        question = messages[-1]["content"]
        time.sleep(0.05)
        if "fail" in question:
            raise LLMError("cannot connect")
        return json.dumps({"kind": "text", "answer": f"About: {question}", "alt_text": ""})


def test_one_planner_two_sessions_each_get_their_own_report():
    planner = with_rules_fallback(LLMPlanner(QuestionBackend()))
    texts: dict[str, list[str]] = {"ok": [], "fail": []}
    ok, failed = together(
        lambda: planner.plan(PlanRequest("what is a mole?"), on_text=texts["ok"].append),
        lambda: planner.plan(PlanRequest("Apples 30, bananas 20 — fail"), on_text=texts["fail"].append),
    )
    assert ok.plan.answer == "About: what is a mole?" and not ok.report.fell_back and ok.report.notes == []
    assert failed.report.fell_back and failed.report.calls == 1
    assert failed.report.notes == [
        "the fake backend failed: cannot connect. The offline rules planner answered instead."
    ]
    assert "".join(texts["ok"]) == ok.plan.answer and texts["fail"] == [failed.plan.answer]
    assert not hasattr(planner, "report") and not hasattr(planner.primary, "report")

"""Turns, answer versions and the four things a user does to them: ask, show as, regenerate, refine.

A turn is one question with its inputs; each action on it adds a version (an `Answer`) so nothing
the user saw is lost. An answer is planned once and rendered once per theme (`View`); files are
built only when first downloaded. Every failure becomes `Answer.error`, a sentence for the user.
"""

from __future__ import annotations

import gc
import itertools
import os
import random
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from generators.base import PlanRequest, plan_with
from render import PlanError, deadline, export_deck, render
from render.plan import ImagePlan, plan_to_json

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

    from chat.images import ImageMaker, Picture
    from generators.base import Planner
    from render import Plan, Result

FORMATS: dict[str, tuple[str, str]] = {
    "pptx": ("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    "png": ("PNG", "image/png"),
    "svg": ("SVG", "image/svg+xml"),
    "html": ("HTML", "text/html"),
    "json": ("Plan JSON", "application/json"),
    "md": ("Markdown", "text/markdown"),
    "gif": ("GIF", "image/gif"),
    "mp4": ("MP4 video", "video/mp4"),
    "webp": ("WebP", "image/webp"),
}
_ids = itertools.count(1)
T = TypeVar("T")

RENDER_SECONDS = float(os.environ.get("RENDER_DEADLINE_S", "60"))
"""How long drawing one answer (or building one download) may take in the app."""
on_worker: Callable[[threading.Thread], object] | None = None
"""Called with each render thread before it starts: the app attaches its session context there, so
progress shown from inside the render reaches the right browser tab."""


def bounded(work: Callable[[], T], seconds: float | None = None) -> T:
    """`work()` in a worker thread, given at most `seconds` (default `RENDER_SECONDS`).

    The caller (a Streamlit session's script) waits at most that long, and the work itself stops at
    its next `render.deadline.check()`, so one heavy request neither stalls its session nor keeps a
    core busy for the others. Past the deadline `RenderFailed` says so in a sentence.
    """
    seconds = RENDER_SECONDS if seconds is None else seconds
    box: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            with deadline.within(seconds):
                box["value"] = work()
        except BaseException as err:  # handed to the waiting caller, whatever it is
            box["error"] = err
        finally:
            done.set()

    thread = threading.Thread(target=run, name="render", daemon=True)
    if on_worker is not None:
        on_worker(thread)
    thread.start()
    if not done.wait(seconds + 2.0):  # the worker stops itself at its next check
        raise RenderFailed(_too_long(seconds))
    err = box.get("error")
    if isinstance(err, deadline.RenderTimeout):
        raise RenderFailed(_too_long(seconds)) from err
    if err is not None:
        raise err
    return box["value"]


_frozen_at = 0  # len(sys.modules) at the last freeze_heap()
_freezing = threading.Lock()


def freeze_heap() -> bool:
    """Take what the server has loaded so far out of the garbage collector's sight, once per import.

    Streamlit collects garbage in full after every script run (`runner.postScriptGC`). With plotly,
    pandas and the planner loaded that walks ~150,000 long-lived objects, 40–130 ms holding the GIL,
    and every other session's run and websocket waits behind it: with eight people asking at once
    this was the largest cost on the server. Frozen objects are still freed when no longer referenced;
    only cycles among them would never be collected, so this runs again only when modules were
    imported since (a few times per process). True when it froze.
    """
    global _frozen_at
    with _freezing:
        if len(sys.modules) == _frozen_at:
            return False
        gc.collect()
        gc.freeze()
        _frozen_at = len(sys.modules)
        return True


def _too_long(seconds: float) -> str:
    return (
        f"Drawing this answer took longer than {seconds:g} seconds, so it was stopped. "
        "Ask for a smaller visual (fewer slides, nodes or data points) or another kind."
    )


def download_info(fmt: str) -> tuple[str, str]:
    """Label and MIME type of a download format."""
    import mimetypes

    return FORMATS.get(fmt) or (
        fmt.upper(),
        mimetypes.guess_type(f"x.{fmt}")[0] or "application/octet-stream",
    )


class Progress(Protocol):
    """Where long work reports itself (a caption line, or a status box with text or a bar, in the app;
    nothing in tests)."""

    def stage(self, label: str) -> None: ...

    def step(self, done: int, total: int) -> None: ...

    def text(self, chunk: str) -> None:
        """The written answer as an LLM streams it."""


class _Silent:
    def stage(self, label: str) -> None:
        pass

    def step(self, done: int, total: int) -> None:
        pass

    def text(self, chunk: str) -> None:
        pass


@dataclass
class Inputs:
    """What the user gave for one turn; kept so any later version re-plans from the same material."""

    question: str
    markdown: str | None = None
    table: pd.DataFrame | None = None
    table_name: str = ""


@dataclass
class View:
    """One answer drawn in one theme: what the screen shows, plus files built on first request."""

    result: Result
    figure: go.Figure | None = None
    pages: list[str] = field(default_factory=list)
    """One standalone SVG per page (slides: one per slide)."""
    page_notes: list[str] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _files: dict[str, bytes] = field(default_factory=dict)

    @property
    def formats(self) -> list[str]:
        """What the download menu offers: the formats the kind declares, in the menu's order."""
        declared = [f.lstrip(".") for f in self.result.formats]
        known = [f for f in FORMATS if f in declared]
        return known + [f for f in declared if f not in known]

    def file(self, fmt: str) -> bytes:
        """The answer as `fmt` bytes, built once (within the render deadline): downloads cost
        nothing until clicked."""
        if fmt not in self._files:
            data = bounded(lambda: self.result.to_bytes(fmt))
            self._files[fmt] = data.encode("utf-8") if isinstance(data, str) else data
        return self._files[fmt]


@dataclass
class Answer:
    """One version of an assistant answer: the plan (or the error) and its views per theme."""

    plan: Plan | None = None
    label: str = ""
    """How this version came about: "" (asked), "Shown as slides", "Regenerated", "Refined: …"."""
    kind: str | None = None
    """The kind the user forced, kept by Regenerate."""
    planner: str = ""
    theme: str | None = None
    """A theme this answer keeps whatever the sidebar says (set by refining with "dark theme")."""
    error: str = ""
    notes: list[str] = field(default_factory=list)
    """What the planner wants the user to know (e.g. the LLM failed and the offline planner answered)."""
    model: str = ""
    seconds: float = 0.0
    images: ImageMaker | None = None
    table: pd.DataFrame | None = None
    _views: dict[str, View] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.plan is not None and not self.error

    @property
    def plan_json(self) -> str:
        return plan_to_json(self.plan) if self.plan is not None else ""

    def theme_for(self, default: str) -> str:
        return self.theme or default

    def has_view(self, theme: str) -> bool:
        return self.theme_for(theme) in self._views

    def view(self, theme: str, progress: Progress | None = None) -> View:
        """Render once per theme; a rendering failure is recorded as the answer's error."""
        theme = self.theme_for(theme)
        if theme in self._views:
            return self._views[theme]
        assert self.plan is not None
        plan = self.plan
        progress = progress or _Silent()
        images = self.images.for_render() if self.images is not None else None  # this render's record

        def draw() -> View:
            result = render(
                plan,
                data=self.table,
                theme=theme,
                images=images,
                clips=_clip_source(plan),
                progress=progress.step,
                status=progress.stage,
            )
            view = View(result=result)
            screen = result.spec.screen
            if screen == "figure" or (screen == "module" and result.has_figure):
                # an animated chart draws like any chart: the same element, no wrapper around it
                view.figure = result.figure
            elif screen == "module":
                result.layout  # noqa: B018 - the kind's own display hook draws it; notes are collected here
            elif screen != "markdown":
                from render.svg import page_svg

                pages = result.layout.pages
                view.pages = [page_svg(p, result.theme) for p in pages]
                view.page_notes = [p.notes for p in pages]
            view.notes = result.notes
            if images is not None:
                view.pictures = list(images.pictures)
            return view

        try:
            progress.stage(f"Rendering the {plan.kind}…")
            view = bounded(draw)  # in a worker, within the deadline: other sessions keep their turn
        except Exception as err:  # shown as a message; the rest of the chat stays intact
            self.error = friendly_error(err)
            raise RenderFailed(self.error) from err
        self._views[theme] = view
        return view


class RenderFailed(Exception):
    """Rendering failed; the message is already a sentence for the user."""


@dataclass
class Turn:
    """One question and every version of its answer; `current` is the version on screen."""

    inputs: Inputs
    versions: list[Answer] = field(default_factory=list)
    current: int = 0
    notice: str = ""
    """A message about the last action that changed nothing (e.g. a refine the planner can't do)."""
    id: int = field(default_factory=lambda: next(_ids))

    @property
    def answer(self) -> Answer:
        return self.versions[self.current]

    def add(self, answer: Answer) -> Answer:
        self.versions.append(answer)
        self.current = len(self.versions) - 1
        self.notice = ""
        return answer


def friendly_error(err: BaseException, redact: Iterable[str] = ()) -> str:
    """One readable sentence for the chat, never a traceback; secrets are cut out of it."""
    name = type(err).__name__
    text = str(err).strip() or name
    if isinstance(err, PlanError):
        msg = "The planner's plan could not be drawn: " + "; ".join(err.errors[:4])
    elif isinstance(err, RenderFailed):
        msg = text
    elif isinstance(err, ConnectionError | TimeoutError) or any(
        s in name for s in ("Connect", "Timeout", "Network")
    ):
        msg = (
            f"The planner could not be reached ({text}). Check the base URL and the network, "
            "or choose the offline planner in the sidebar."
        )
    elif "Authentication" in name or "PermissionDenied" in name or " 401" in text:
        msg = "The API key was rejected. Check it in the sidebar (or the environment) and try again."
    elif "RateLimit" in name or " 429" in text:
        msg = "The planner is rate-limited right now. Wait a moment and press Regenerate."
    elif isinstance(err, ValueError | KeyError | OSError):
        msg = text.strip("'\"")
    else:
        msg = f"Something went wrong while building this answer ({name}: {text})."
    for secret in redact:
        if secret and len(secret) >= 6:
            msg = msg.replace(secret, "•••")
    return msg


def conversation(turns: Iterable[Turn]) -> list[dict[str, str]]:
    """Earlier turns as chat messages for the planner: what was asked and what was answered."""
    out: list[dict[str, str]] = []
    for t in turns:
        if not t.versions or not t.answer.ok:
            continue
        out.append({"role": "user", "content": t.inputs.question or (t.inputs.markdown or "")[:4000]})
        out.append({"role": "assistant", "content": t.answer.plan.answer})  # type: ignore[union-attr]
    return out


def _with_seeds(obj: Any, rng: random.Random) -> Any:
    """Give every picture a seed before drawing, so the seed shown reproduces the picture."""
    from pydantic import BaseModel

    if isinstance(obj, ImagePlan):
        return obj if obj.seed is not None else obj.model_copy(update={"seed": rng.randrange(2**31)})
    if isinstance(obj, list):
        return [_with_seeds(v, rng) for v in obj]
    if isinstance(obj, BaseModel):
        updates = {}
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            if isinstance(value, BaseModel | list):
                new = _with_seeds(value, rng)
                if new is not value and new != value:
                    updates[name] = new
        return obj.model_copy(update=updates) if updates else obj
    return obj


def _clip_source(plan: Any) -> Any:
    """The local diffusers clip generator ($RENDER_CLIP_MODEL, else AnimateDiff) for an animation
    with a clip scene, else None; `generators.clip` is imported only then, torch later still."""
    scenes = getattr(plan, "scenes", None) if getattr(plan, "kind", "") == "animation" else None
    if not scenes or not any(isinstance(s.visual, ImagePlan) for s in scenes):
        return None
    from generators.clip import get_clip_generator

    try:
        return get_clip_generator()
    except ValueError:  # an unknown name in $RENDER_CLIP_MODEL: the scene says no clip was made
        return None


def _has_image(obj: Any) -> bool:
    from pydantic import BaseModel

    if isinstance(obj, ImagePlan):
        return True
    if isinstance(obj, list):
        return any(_has_image(v) for v in obj)
    if isinstance(obj, BaseModel):
        return any(_has_image(getattr(obj, n)) for n in type(obj).model_fields)
    return False


def _plan(
    planner: Planner,
    request: PlanRequest,
    *,
    label: str,
    table: pd.DataFrame | None,
    images: Callable[[], ImageMaker] | None,
    progress: Progress | None,
    redact: Iterable[str] = (),
    rng: random.Random | None = None,
) -> Answer:
    progress = progress or _Silent()
    answer = Answer(label=label, kind=request.kind, planner=getattr(planner, "name", ""), table=table)
    start = time.perf_counter()
    try:
        progress.stage(f"Planning with {answer.planner or 'the planner'}…")
        from render import parse_plan

        planned = plan_with(planner, request, on_text=progress.text)
        answer.plan = _with_seeds(parse_plan(planned.plan), rng or random.Random())
        answer.notes = [friendly_error(RuntimeError(n), redact) for n in planned.report.notes]
        answer.model = planned.report.model
        if images is not None and _has_image(answer.plan):
            answer.images = images()
    except Exception as err:  # the planner's failure is the user's message, not a traceback
        answer.error = friendly_error(err, redact)
    answer.seconds = time.perf_counter() - start
    return answer


def _request(turn: Turn, prior: list[Turn], kind: str | None, question: str | None = None) -> PlanRequest:
    i = turn.inputs
    return PlanRequest(
        question=i.question if question is None else question,
        table=i.table,
        table_name=i.table_name,
        markdown=i.markdown,
        kind=kind,
        history=conversation(prior),
    )


def ask(
    planner: Planner,
    inputs: Inputs,
    prior: list[Turn],
    *,
    kind: str | None = None,
    images: Callable[[], ImageMaker] | None = None,
    progress: Progress | None = None,
    redact: Iterable[str] = (),
) -> Turn:
    """A new turn: plan the question (with the conversation so far) into its first version."""
    turn = Turn(inputs=inputs)
    turn.add(
        _plan(
            planner,
            _request(turn, prior, kind),
            label="",
            table=inputs.table,
            images=images,
            progress=progress,
            redact=redact,
        )
    )
    return turn


def show_as(
    planner: Planner,
    turn: Turn,
    kind: str,
    prior: list[Turn],
    *,
    images: Callable[[], ImageMaker] | None = None,
    progress: Progress | None = None,
    redact: Iterable[str] = (),
) -> Answer:
    """Re-plan the same inputs with the kind forced; the new version becomes current."""
    return turn.add(
        _plan(
            planner,
            _request(turn, prior, kind),
            label=f"Shown as {kind}",
            table=turn.inputs.table,
            images=images,
            progress=progress,
            redact=redact,
        )
    )


def regenerate(
    planner: Planner,
    turn: Turn,
    prior: list[Turn],
    *,
    images: Callable[[], ImageMaker] | None = None,
    progress: Progress | None = None,
    redact: Iterable[str] = (),
) -> Answer:
    """Plan again (images get a fresh seed); a kind the user forced stays forced."""
    previous = turn.answer
    answer = _plan(
        planner,
        _request(turn, prior, previous.kind),
        label="Regenerated",
        table=turn.inputs.table,
        images=images,
        progress=progress,
        redact=redact,
    )
    answer.theme = previous.theme
    return turn.add(answer)


def refine(
    planner: Planner,
    turn: Turn,
    instruction: str,
    prior: list[Turn],
    *,
    offline: bool,
    images: Callable[[], ImageMaker] | None = None,
    progress: Progress | None = None,
    redact: Iterable[str] = (),
) -> Answer | None:
    """Change the current answer as asked. Returns the new version, or None with `turn.notice` set.

    Recognised edits (chart type, theme, sort, top N, title, fewer slides, another kind) are applied
    to the previous plan directly, instantly and faithfully. Anything else goes to an LLM planner
    with the previous plan in the history; the offline planner says what it can do instead.
    """
    from chat.refine import local_edit

    instruction = instruction.strip()
    previous = turn.answer
    if not instruction:
        return None
    label = f"Refined: {instruction}"
    edit = local_edit(previous.plan, instruction) if previous.plan is not None else None
    if edit is not None and edit.error:
        turn.notice = edit.error
        return None
    if edit is not None and (offline or edit.complete):
        if edit.kind is not None:
            answer = _plan(
                planner,
                _request(turn, prior, edit.kind),
                label=label,
                table=turn.inputs.table,
                images=images,
                progress=progress,
                redact=redact,
            )
        else:
            answer = Answer(
                plan=edit.plan,
                label=label,
                kind=previous.kind,
                planner=previous.planner,
                table=previous.table,
                images=previous.images,
            )
        answer.theme = edit.theme or previous.theme
        return turn.add(answer)
    if offline:
        turn.notice = (
            f"The offline planner can't follow “{instruction}”. For this answer it can do: "
            + ", ".join(f"“{v}”" for v in refine_examples(previous.plan))
            + ", or show another kind (“as slides”). Connect an LLM in the sidebar for free-form changes."
        )
        return None
    request = _request(turn, prior, None, question=instruction)
    original = turn.inputs.question or "(the pasted answer)"
    request.history = [
        *request.history,
        {"role": "user", "content": original},
        {
            "role": "assistant",
            "content": f"{previous.plan.answer if previous.plan else ''}\n\nCurrent plan (JSON):\n"
            + previous.plan_json,
        },
    ]
    answer = _plan(
        planner,
        request,
        label=label,
        table=turn.inputs.table,
        images=images,
        progress=progress,
        redact=redact,
    )
    answer.theme = (edit.theme if edit is not None else None) or previous.theme
    return turn.add(answer)


def refine_examples(plan: Any) -> tuple[str, ...]:
    """The refine verbs the answer's kind understands offline (from the registry)."""
    from render.kinds import KINDS

    kind = getattr(plan, "kind", None)
    return KINDS[kind].refine if kind in KINDS else ()


def export_conversation(turns: Iterable[Turn], theme: str) -> bytes:
    """Every answer on screen, in order, as one deck with native charts and shapes."""
    results = []
    for t in turns:
        if t.versions and t.answer.ok:
            try:
                results.append(t.answer.view(theme).result)
            except RenderFailed:
                continue  # that answer shows its own error in the chat; the deck has the rest
    if not results:
        raise ValueError("Nothing to export yet: ask a question first.")
    return bounded(lambda: export_deck(results, title="Conversation"))


def file_name(turn: Turn, fmt: str) -> str:
    """A readable download name: the plan's title, else the question, made file-safe."""
    import re

    plan: Any = turn.answer.plan
    base = (getattr(plan, "title", "") or turn.inputs.question or "answer")[:60]
    slug = re.sub(r"[^\w]+", "-", base, flags=re.UNICODE).strip("-").lower() or "answer"
    return f"{slug}.{fmt}"

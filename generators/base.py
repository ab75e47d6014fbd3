"""The two extension points, one method each, so a fake is a few lines.

Everything a call produces besides its result travels with the call, never on a shared object:
a planner returns its report with the plan (`Planned`), and an image generator reports progress and
remarks through the callbacks it is handed. One planner or generator can then serve many sessions
at once without one reading another's notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from render.layout import Note, Progress, Status, accepts

if TYPE_CHECKING:
    import pandas as pd

    from render.plan import ImagePlan, Plan

__all__ = [
    "ClipGenerator",
    "ImageGenerator",
    "Note",
    "PlanReport",
    "PlanRequest",
    "Planned",
    "Planner",
    "PlanningFailed",
    "Progress",
    "Route",
    "Status",
    "TextCallback",
    "accepts",
    "plan_with",
]

TextCallback = Callable[[str], None]


@dataclass
class PlanRequest:
    """What a planner is asked: a question, optionally with a table, a markdown answer or a forced kind."""

    question: str
    table: pd.DataFrame | None = None
    table_name: str = ""
    markdown: str | None = None
    kind: str | None = None
    history: list[dict[str, str]] = field(default_factory=list)
    """Earlier turns as {"role": "user" | "assistant", "content": ...}, oldest first."""


@dataclass(frozen=True)
class Route:
    kind: str
    reason: str
    strength: int = 3
    """How firmly the wording decided: the winning cue's weight (1 a weak hint, 2 typical wording,
    3+ the kind named), 0 when nothing decided and the route is the default. Attachments and
    computed facts count as firm (3). A second opinion may overrule a route of strength ≤ 1."""


@dataclass
class PlanReport:
    """What happened while planning one request: shown by the CLI (--verbose) and the app."""

    planner: str
    model: str = ""
    calls: int = 0
    """LLM calls made (kind choice, plan, repair)."""
    repairs: int = 0
    """Repair rounds: plans sent back with their validation errors."""
    kind: str | None = None
    """The kind chosen in step one of two-step planning."""
    errors: list[str] = field(default_factory=list)
    """Validation errors seen (the last round's, when the plan fell back)."""
    fell_back: bool = False
    notes: list[str] = field(default_factory=list)
    """Messages for the user, e.g. why the offline planner answered instead."""
    streamed: bool = False
    seconds: float = 0.0


@dataclass(frozen=True)
class Planned:
    """One planning call's outcome: the plan and the report of how it was made."""

    plan: Plan
    report: PlanReport


class PlanningFailed(Exception):
    """A planner could not give a valid plan (endpoint unreachable, timed out, key rejected, plan
    still invalid after repair). The message is one readable line without secrets; `report` says
    what was tried. `generators.fallback.FallbackPlanner` turns it into another planner's answer."""

    def __init__(self, reason: str, report: PlanReport):
        super().__init__(reason)
        self.reason = reason
        self.report = report


@runtime_checkable
class Planner(Protocol):
    name: str

    def plan(self, request: PlanRequest, *, on_text: TextCallback | None = None) -> Planned:
        """A valid plan and its report. `on_text` receives the written answer as it is generated,
        where the planner generates it piece by piece; planners that write it whole (the rules
        planner) leave it to `Planned.plan.answer`."""
        ...


@runtime_checkable
class ImageGenerator(Protocol):
    """Turns an image plan into PNG bytes of exactly width × height pixels.

    `progress(done, total)` receives denoising steps; `status(message)` receives live remarks
    (model loading, expected time, fallbacks taken). Remarks that belong in the answer's notes are
    `Note` instances (a `str`), so one callback carries both and `render.image` keeps the notes of
    one render for that render. Both are optional extras: callers pass them only to generators whose
    `generate` accepts them (`accepts`), so a one-method fake `generate(plan, w, h)` still fits.
    """

    def generate(
        self,
        plan: ImagePlan,
        width: int,
        height: int,
        *,
        progress: Progress | None = None,
        status: Status | None = None,
    ) -> bytes: ...


@runtime_checkable
class ClipGenerator(Protocol):
    """Turns an image plan whose prompt describes motion into `frames` PNG frames of exactly
    width × height pixels: a short generated clip (text-to-video diffusion).

    `progress` and `status` work as for `ImageGenerator` (denoising steps; live remarks, `Note`s kept
    in the answer) and are passed only to generators that accept them, so a one-method fake fits.
    """

    def generate_clip(
        self,
        plan: ImagePlan,
        width: int,
        height: int,
        frames: int,
        *,
        progress: Progress | None = None,
        status: Status | None = None,
    ) -> list[bytes]: ...


def plan_with(planner: Planner, request: PlanRequest, on_text: TextCallback | None = None) -> Planned:
    """`planner.plan(request, on_text=…)`, leaving `on_text` out for planners that do not take it."""
    if on_text is not None and accepts(planner.plan, "on_text"):
        return planner.plan(request, on_text=on_text)
    return planner.plan(request)  # type: ignore[call-arg]

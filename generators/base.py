"""The two extension points, one method each, so a fake is a few lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    import pandas as pd

    from render.plan import ImagePlan, Plan


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


@runtime_checkable
class Planner(Protocol):
    name: str

    def plan(self, request: PlanRequest) -> Plan: ...


@runtime_checkable
class ImageGenerator(Protocol):
    """Turns an image plan into PNG bytes of exactly width × height pixels.

    A generator may also accept a keyword `progress: Callable[[int, int], None]` (steps done, total)
    and offer `drain_notes() -> list[str]`; callers pass and read them only when present, so a
    one-method fake still fits.
    """

    def generate(self, plan: ImagePlan, width: int, height: int) -> bytes: ...

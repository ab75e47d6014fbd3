"""A toy visual kind, added through the registry alone: one module (this one) and one `Kind` entry.

A "badge" is a big emoji over a short label. It proves that a new kind shows up in the schema, the
CLI, the app's menus, the LLM's menu and every format it declares without editing any list
elsewhere.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from render import frame
from render.kinds import Kind, PlannerHooks
from render.layout import Context, Element, Layout, Rect, Shape, text_box
from render.plan import Label, PlanBase


class BadgePlan(PlanBase):
    """A badge: one emoji and a short label, for a single achievement."""

    kind: Literal["badge"] = "badge"
    emoji: Label = Field(default="🏅", max_length=16)
    """One emoji."""
    label: Label = Field(min_length=1)
    """What the badge is for, a few words."""


def place(plan: BadgePlan, rect: Rect, ctx: Context) -> list[Element]:
    theme = ctx.theme
    card = Shape(rect, "rounded", fill=theme.surface, stroke=theme.accent, stroke_width=2, name="badge")
    emoji = text_box(
        plan.emoji,
        Rect(rect.x, rect.y, rect.w, rect.h * 0.6),
        max_size=72,
        color=theme.text,
        align="center",
        valign="bottom",
        max_lines=1,
        name="badge-emoji",
    )
    label = text_box(
        plan.label,
        Rect(rect.x, rect.y + rect.h * 0.62, rect.w, rect.h * 0.3),
        max_size=28,
        color=theme.text,
        bold=True,
        align="center",
        max_lines=2,
        name="badge-label",
    )
    return [card, emoji, label]


def layout(plan: BadgePlan, ctx: Context) -> Layout:
    page, body = frame.open_page(ctx, notes=plan.answer)
    page.elements.extend(place(plan, body, ctx))
    return Layout([page], kind="badge", title=plan.label)


# The planner hooks: the rules planner routes "badge for …" here and builds the plan.
CUES = {"en": [("badge", 5), ("award me", 4)], "fr": [("badge", 5)]}


KIND = Kind(
    name="badge",
    model="tests.toy_kind:BadgePlan",
    module="tests.toy_kind",
    icon="🏅",
    label="Badge",
    planner=PlannerHooks(
        "a badge celebrating one achievement (an emoji and a few words).", rules="tests.toy_kind"
    ),
    example={"kind": "badge", "emoji": "🚀", "label": "First launch", "answer": "You launched!"},
    formats=(".svg", ".png", ".pptx", ".json", ".html"),
    refine=("dark theme",),
)

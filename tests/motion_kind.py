"""A toy kind registered by tests only: "motion", a stand-in for a kind added later (an animation)
with its own routing cues, to show that the router's mechanisms (cue weights, typo tolerance,
numbers in the question, an attached table) work for a kind the rules package never names."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from generators.rules.extract import extract_data
from generators.rules.request import RulesInput
from generators.rules.words import text_plan
from render.layout import PAGE_H, PAGE_W, Context, Element, Layout, Page, Rect, text_box


class MotionPlan(BaseModel):
    """Frames shown one after another."""

    kind: Literal["motion"] = "motion"
    frames: list[str]
    answer: str = ""
    alt_text: str = ""


def place(plan: MotionPlan, rect: Rect, ctx: Context) -> list[Element]:
    return [text_box(" → ".join(plan.frames), rect, max_size=ctx.theme.body_size, color=ctx.theme.text)]


def layout(plan: MotionPlan, ctx: Context) -> Layout:
    page = Page(background=ctx.theme.background, title="Motion", notes=plan.answer)
    page.elements.extend(place(plan, Rect(60, 60, PAGE_W - 120, PAGE_H - 120), ctx))
    return Layout([page], kind="motion", title="Motion")


CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("animate", 4), ("animation", 4), ("bar chart race", 5), ("one by one", 3)],
    "es": [("anima", 4), ("animación", 4)],
}


def build(req: RulesInput) -> MotionPlan:
    data = extract_data(req.question)
    if data is None:
        return text_plan("Give the values per frame.")  # type: ignore[return-value]
    frames = [f"{c}: {v:g}" for c, v in zip(data.categories, data.values, strict=True)]
    return MotionPlan(frames=frames, answer=", ".join(frames))

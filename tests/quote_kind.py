"""A toy kind registered by tests only: a quote card, with its plan model, its layout module and its
rules module in one file, to show that a kind brings everything the project needs to route to it,
plan it offline and draw it."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from generators.rules.request import RulesInput
from generators.rules.words import text_plan
from render.layout import PAGE_H, PAGE_W, Context, Element, Layout, Page, Rect, text_box


class QuotePlan(BaseModel):
    """A quotation on a card, with who said it."""

    kind: Literal["quote"] = "quote"
    quote: str
    author: str = ""
    answer: str = ""
    alt_text: str = ""


# -- layout module: the embed protocol (place) and a page of its own (layout)


def place(plan: QuotePlan, rect: Rect, ctx: Context) -> list[Element]:
    theme = ctx.theme
    body = Rect(rect.x, rect.y, rect.w, rect.h * 0.7)
    by = Rect(rect.x, rect.y + rect.h * 0.75, rect.w, rect.h * 0.2)
    return [
        text_box(f"“{plan.quote}”", body, max_size=theme.title_size, color=theme.text, name="quote"),
        text_box(f"— {plan.author}", by, max_size=theme.body_size, color=theme.muted, name="author"),
    ]


def layout(plan: QuotePlan, ctx: Context) -> Layout:
    page = Page(background=ctx.theme.background, title=plan.author or "Quote", notes=plan.answer)
    page.elements.extend(place(plan, Rect(60, 60, PAGE_W - 120, PAGE_H - 120), ctx))
    return Layout([page], kind="quote", title=page.title)


# -- rules module: routing cues and the offline builder

CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("quote card", 5), ("quotation", 3)],
    "fr": [("citation", 3)],
}


def build(req: RulesInput) -> QuotePlan:
    m = re.search(r"[\"“](.+?)[\"”](?:\s*(?:by|from|—|-)\s*([^,.;]+))?", req.question)
    if m is None:
        return text_plan('Write the quotation in quotes, e.g. quote card: "Less is more" by Mies.')
    author = (m.group(2) or "").strip()
    return QuotePlan(
        quote=m.group(1), author=author, answer=f"“{m.group(1)}”" + (f" — {author}" if author else "")
    )

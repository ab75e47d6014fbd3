"""Honest answers for when the offline planner should not guess: numbers that measure different
things (a chart of 8 km, 7 hours and 2 litres would be false), or content whose form the wording
does not settle. The answer says so in the question's language, repeats what was given (nothing
dropped) and names the forms that would fit, so the user can ask again in one step."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.rules.content import split_items
from generators.rules.words import msg, text_plan

if TYPE_CHECKING:
    from generators.rules.numbers import Num
    from render.plan import TextPlan


def units_of(nums: list[Num]) -> str:
    """'km, hours, litres' as written; counts of things are 'counts'."""
    seen: list[str] = []
    for n in nums:
        written = re.sub(r"[\d.,\s\u00a0\u202f+−-]+", " ", n.text).strip() if n.dim else "counts"
        written = written or n.unit or "counts"
        if written not in seen:
            seen.append(written)
    return ", ".join(seen)


def given_items(question: str, nums: list[Num] | None = None) -> list[str]:
    """The user's own items, as written: the list after a colon, else the whole question split at
    commas and 'and'; only the items holding one of `nums` when given. Typed one a line (three lines or
    more), every line from the first with a figure, whatever `nums` holds: nothing after it is dropped."""
    colon = r"(?<!\d)[:：]|[:：](?!\d)"  # "a las 9:30" is a time of day, no list after it
    body = (
        re.split(colon, question, maxsplit=1)[-1] if re.search(rf"(?:{colon})\s*\S", question) else question
    )
    lines = [ln.strip(" -*•\t") for ln in body.splitlines() if ln.strip(" -*•\t")]
    # one item a line where the user wrote lines ("marzec tynki, 2 ekipy / kwiecień 40 m² płytek / …")
    if len(lines) >= 3:
        first = next((k for k, ln in enumerate(lines) if re.search(r"\d", ln)), 0)
        return lines[first:]  # from the first line with a figure: every line after it is content
    items = split_items(body)
    if nums:
        texts = [n.text for n in nums]
        items = [it for it in items if any(t in it for t in texts)] or items
    return items


def mixed_plan(language: str, question: str, nums: list[Num]) -> TextPlan:
    """Numbers in different units: why there is no chart, the values as given, what to ask for."""
    listing = "\n".join(f"- {it}" for it in given_items(question, nums))
    return text_plan(msg(language, "mixed", units=units_of(nums), listing=listing))


def unsure_plan(language: str, forms: list[str], listing: list[str]) -> TextPlan:
    """Not sure which form: the likely ones, named in the user's language, and what was given."""
    shown = "".join(f"\n- {it}" for it in listing)
    named = ", ".join(msg(language, f"what_{f}") for f in forms)
    return text_plan(msg(language, "unsure", listing=(shown + "\n\n") if shown else "", forms=named))

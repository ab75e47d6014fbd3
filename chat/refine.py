"""Plan edits the refine box can make without an LLM: exact, instant, and faithful to the data.

"make it a pie chart", "dark theme", "largest first", "top 5", "by month", "title: Sales doubled",
"fewer slides", "3 slides", "as an infographic". Each edit is validated by the plan contract, so an edit
that can't apply (a pie chart of negative numbers) comes back as a message, not a broken visual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from render import PlanError, parse_plan
from render.plan import ChartPlan, SlidesPlan

CHART_TYPES: list[tuple[str, str]] = [  # most specific wording first
    (r"horizontal\s+bars?|bar\s*h|ranking", "horizontal_bar"),
    (r"stacked(?:\s+bars?)?", "stacked_bar"),
    (r"grouped(?:\s+bars?)?|side[- ]by[- ]side", "grouped_bar"),
    (r"donut|doughnut|ring", "donut"),
    (r"pie", "pie"),
    (r"line", "line"),
    (r"area", "area"),
    (r"scatter", "scatter"),
    (r"histogram", "histogram"),
    (r"box(?:\s*plot)?", "box"),
    (r"heat\s*map", "heatmap"),
    (r"table", "table"),
    (r"bars?|columns?", "bar"),
]
KIND_WORDS: list[tuple[str, str]] = [
    (r"slides?|deck|presentation|powerpoint|ppt", "slides"),
    (r"infographic|stat cards?", "infographic"),
    (r"diagram|flow\s*chart|mind\s*map|org\s*chart", "diagram"),
    (r"image|picture|illustration|photo", "image"),
    (r"(?:plain|just|only)\s+text|text only|prose", "text"),
    (r"chart|graph|plot", "chart"),
]
PERIOD_WORDS: list[tuple[str, str | None]] = [
    (r"(?:by|per|each)\s+day|daily", "day"),
    (r"(?:by|per|each)\s+week|weekly", "week"),
    (r"(?:by|per|each)\s+month|monthly", "month"),
    (r"(?:by|per|each)\s+quarter|quarterly", "quarter"),
    (r"(?:by|per|each)\s+year|yearly|annual(?:ly)?", "year"),
    (r"(?:every|each)\s+date|ungroup(?:ed)?|all\s+dates", None),
]
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


@dataclass
class Edit:
    """What the instruction asks: a new plan, a theme, or a re-plan with another kind."""

    plan: Any = None
    theme: str | None = None
    kind: str | None = None
    complete: bool = False
    """True when the whole instruction was understood, so even an LLM would add nothing."""
    error: str = ""


def _has(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(rf"\b(?:{pattern})\b", text, re.I)


def _count(text: str) -> int | None:
    m = re.search(r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\b", text, re.I)
    if not m:
        return None
    token = m.group(1).lower()
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def local_edit(plan: Any, instruction: str) -> Edit | None:
    """The edit `instruction` asks of `plan`, or None when nothing in it is understood."""
    text = instruction.strip()
    edit = Edit(plan=plan)
    understood: list[str] = []  # the spans of the instruction that were acted on

    theme = _has(r"dark|light", text)
    if theme and _has(r"theme|mode|background|colou?rs?|version|it|make", text):
        edit.theme = theme.group(0).lower()
        understood.append(theme.group(0))

    updates: dict[str, Any] = {}
    title = re.search(
        r"(?:title|call it|rename(?: it)?(?: to)?|headline)\s*[:=]?\s*[\"“']?(.+?)[\"”']?\s*$", text, re.I
    )
    if title and len(title.group(1)) > 1:
        updates["title"] = title.group(1).strip()
        understood.append(title.group(0))
    body = text[: title.start()] if title else text

    chart_type = next(((m, t) for p, t in CHART_TYPES if (m := _has(p, body))), None)
    kind = next(((m, k) for p, k in KIND_WORDS if (m := _has(p, body))), None)
    if isinstance(plan, ChartPlan):
        if chart_type is not None:
            updates["chart_type"] = chart_type[1]
            understood.append(chart_type[0].group(0))
            kind = None  # "pie chart" names the chart type, not a new kind
        elif kind is not None and kind[1] == "chart":
            kind = None
        sort = _has(r"largest first|descending|biggest first|highest first|rank(?:ed)?|sort(?:ed)?", body)
        asc = _has(r"smallest first|ascending|lowest first", body)
        if asc:
            updates["sort"] = "asc"
            understood.append(asc.group(0))
        elif sort:
            updates["sort"] = "desc"
            understood.append(sort.group(0))
        top = re.search(r"\btop\s+(\d{1,4})\b", body, re.I)
        if top:
            updates["top_n"] = int(top.group(1))
            understood.append(top.group(0))
        if plan.x is not None:  # dates on x grouped into periods: "by month", "weekly", "per quarter"
            period = next(((m, p) for w, p in PERIOD_WORDS if (m := _has(w, body))), None)
            if period is not None:
                updates["x_period"] = period[1]
                understood.append(period[0].group(0))
    elif chart_type is not None and (kind is None or kind[1] == "chart"):
        kind = (chart_type[0], "chart")  # "as a line chart" from slides: re-plan as a chart

    if isinstance(plan, SlidesPlan):
        fewer = _has(r"fewer|shorter|less|condense|shorten", body)
        n = _count(body) if _has(r"slides?", body) else None
        keep = None
        if n is not None and (fewer or _has(r"only|just|to|in", body) or re.search(r"\d+\s+slides?", body)):
            keep = n - 1 if n > 1 else 1  # the title slide is added automatically from `title`
            if n == 1:
                updates["title_slide"] = False  # "1 slide": that slide alone, no title slide
        elif fewer:
            keep = max(1, len(plan.slides) - max(1, len(plan.slides) // 3))
        if keep is not None:
            updates["slides"] = plan.slides[: max(1, keep)]
            understood.append((fewer.group(0) if fewer else "") + " slides")
            kind = None

    if kind is not None and kind[1] != getattr(plan, "kind", None):
        edit.kind = kind[1]
        understood.append(kind[0].group(0))
    if updates:
        try:
            edit.plan = parse_plan({**plan.model_dump(), **_dump(updates)})
        except PlanError as err:
            return Edit(error="That change can't be made to this answer: " + "; ".join(err.errors[:3]))
    if not understood:
        return None
    leftover = text
    for span in understood:
        leftover = leftover.replace(span, " ")
    filler = r"make|it|this|that|a|an|the|to|into|as|please|show|use|turn|change|switch|with|and|in|mode|theme|chart|graph|version|instead|slides?|now|of|by|first|sorted|sort|keep"
    edit.complete = not re.sub(rf"\b(?:{filler})\b|[\s.,!;:]", "", leftover, flags=re.I)
    return edit


def _dump(updates: dict[str, Any]) -> dict[str, Any]:
    return {k: [s.model_dump() for s in v] if k == "slides" else v for k, v in updates.items()}

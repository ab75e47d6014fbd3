"""What frames a question's numbers without being one of them: a target they are held against
("Q4 38 — target is 40") and the whole a share is of ("40% of users are on mobile"). Read before the
numbers are paired with labels, so neither becomes a category of its own."""

from __future__ import annotations

import re

from generators.rules.numbers import find_numbers
from generators.rules.words import language

_SHARE_OF = re.compile(
    r"(?P<pct>\d+(?:[.,]\d+)?\s*%)\s+of\s+(?:the\s+|our\s+|all\s+)?(?P<whole>[^\W\d_][\w\s]{0,30}?)\s+"
    r"(?:are|is|were|was|use|uses|used|prefer|prefers|preferred|chose|choose|say|said|come from|came from)\s+"
    r"(?:on\s+|in\s+|using\s+|from\s+|by\s+)?(?P<label>[^\W\d_][^\d,;]{0,40}?)(?=\s*(?:,|;|$|\band\b))",
    re.I,
)
"""'40% of users are on mobile': the share's label is what comes after the verb ("mobile"), not the
whole it is a share of ("users"); rewritten '40% mobile' like the items after it ('35% desktop')."""
_REFERENCE = re.compile(
    r"(?:^|[—–;,.(]|\s-|\band\b|\bwith\b)\s*(?:(?:the|our|a|my)\s+)?"
    r"(?P<kind>target|goal|objective|budget|benchmark|threshold|limit|baseline|quota|plan|industry average"
    r"|Ziel|objetivo|meta|objectif|obiettivo|цель|目标|目標|목표)"
    r"\s*(?:is|was|of|at|:|=|ist|es|est|è|é)?\s*(?P<num>[$€£¥]?\d[\d,.]*\s*(?:%|[kKmMbB]\b)?)"
    r"(?P<after>[^\d]*)$",
    re.I,
)


_REFERENCE_FIRST = re.compile(
    r"(?:^|[.;:!?]\s*)(?:(?:my|our|the|a)\s+)?(?P<kind>goal|target|budget|objective|income|salary|Ziel|objetivo|meta"
    r"|objectif|obiettivo|цель|目标|目標|목표|(?P<earn>(?:i|we)\s+(?:make|earn|take\s+home|get\s+paid)))"
    r"\s*(?:is|was|of|:|=|ist|es|est|è|é)?\s*(?P<num>[$€£¥]?\d[\d,.]*(?:\s*(?:%|[kKmMbB]\b|km|kg|h|hours|€|\$))?)"
    r"(?P<per>\s+(?:a|per|each|every)\s+(?:day|week|month|year))?",
    re.I,
)


def held_against(text: str) -> tuple[str, tuple[str, float] | None]:
    """ "…, Q4 38 — target is 40" or "Goal 100 km a month. So far: Mon 5 km, …": the target (goal,
    budget, threshold) the values are held against, cut from the text so it is not read as one more
    category ("— target is" as a fifth bar, "Goal" as a run of 100 km)."""
    first = _REFERENCE_FIRST.search(text)
    if first is not None and len(find_numbers(text[first.end() :])) >= 2:
        nums = find_numbers(first.group("num"), language(text))
        if len(nums) == 1:
            blank = " " * (first.end() - first.start("kind"))
            kind = "income" if first.group("earn") else first.group("kind").lower()
            if first.group("per"):  # "goal 100 km a month": the period's total is held against it
                kind = f"{kind} {first.group('per').strip().lower()}"
            return text[: first.start("kind")] + blank + text[first.end() :], (kind, nums[0].value)
    m = _REFERENCE.search(text)
    if m is None or not find_numbers(text[: m.start()]):
        return text, None
    nums = find_numbers(m.group("num"), language(text))
    if len(nums) != 1:
        return text, None
    return text[: m.start()] + " " * (m.end("num") - m.start()) + m.group("after"), (
        m.group("kind").lower(),
        nums[0].value,
    )


def shares_labelled(text: str) -> str | None:
    """Shares of one whole relabelled by what follows their verb ('40% of users are on mobile' →
    '40% mobile'); None when they are shares of different wholes, which no one series holds."""
    wholes = {m.group("whole").strip().lower() for m in _SHARE_OF.finditer(text)}
    if len(wholes) > 1:
        return None
    return _SHARE_OF.sub(lambda m: f"{m.group('pct')} {m.group('label').strip()}", text)


# The top of a scale the scores are out of: "scores out of 20", "notes sur 20", "Punkte von 20", "из 10",
# "满分100". It frames the values (the axis they sit on), it is none of them.
_OUT_OF = re.compile(
    r"\b(?:out of|sur|von|su|de|em|uit|из|üzerinden)\s+(?P<n>\d+)\b(?!\s*[-–]\s*\d)|满分\s*(?P<n2>\d+)|(?P<n3>\d+)\s*点満点",
    re.I,
)


def out_of(text: str) -> str:
    """The scale's top blanked before the scores are read: after a score ('18 out of 20') or before
    the scores it frames ('scores out of 20 for my group: Amira 18, Ben 12')."""
    for m in reversed(list(_OUT_OF.finditer(text))):
        after_score = re.search(r"\d\s*$", text[: m.start()]) is not None
        before_scores = len(find_numbers(text[m.end() :])) >= 2 and not find_numbers(text[: m.start()])
        if after_score or before_scores:
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text

"""The names or things a user lists in a question ('…: mia, leo, sam', '- Ann\\n- Bob', 'between Ann,
Bob and Cid'), for the tools that work on them: a draw, a counter, a tracker's habits, frames.

Its own module so that every tool can read a list without importing another tool's module.
"""

from __future__ import annotations

import re
import unicodedata

from generators.rules.content import split_items, supplied
from generators.rules.words import short

_FROM_LIST = re.compile(
    r"(?:\b(?:between|among|amongst|from|out\s+of|entre|parmi|zwischen|unter|tra|fra|tussen|dentre|среди|arasından)|بين)\s+(.+)$",
    re.I,
)


def clean_item(item: str) -> str:
    """The item without emoji and other symbols ('sam 🎲' → 'sam'); letters and their marks stay."""
    kept = "".join(
        " " if unicodedata.category(ch)[0] == "S" or unicodedata.category(ch) in ("Co", "Cs") else ch
        for ch in item
    )
    return short(re.sub(r"\s+", " ", kept).strip(" .-'’!?"), 80)


_EITHER = re.compile(r"\s+(?:or|o|ou|oder|of|или|oppure)\s+", re.I)


def listed_items(question: str) -> list[str]:
    """The names or things the user listed ('…: mia, leo, sam', '- Ann\\n- Bob', 'between Ann, Bob
    and Cid'), each as written (symbols such as emoji dropped); empty when none were listed. Only
    short items count (a name, a thing), so a sentence after a colon is not mistaken for a list."""
    lines = [ln.strip() for ln in question.strip().splitlines()[1:] if ln.strip()]
    tail = re.split(r"[:：]", question)[-1] if re.search(r"[:：]", question) else ""
    tail = re.split(r"(?<=[^\s\d])[.!?。！？]\s|(?<=\d)\.\s+(?=[^\W\d_][^\W\d_])", tail)[
        0
    ]  # "…: a, b, c. can you pick one?"
    tail = next((ln for ln in tail.splitlines() if ln.strip()), "")  # the list's line, not the ask below it
    m = _FROM_LIST.search(question)
    found = supplied(question)
    candidates = [
        [re.sub(r"^(?:[-*+•]|\d{1,3}[.)])\s+", "", ln) for ln in lines] if len(lines) >= 2 else [],
        split_items(tail) if tail else [],  # every name: no cap on a class list
        list(found.items) if found is not None and not found.sections else [],
        # Arabic glues "and" to the next word: "أحمد وسارة وعلي"
        split_items(re.sub(r"\s\u0648(?=[\u0621-\u064a])", ", ", m.group(1))) if m else [],
    ]
    for items in candidates:
        # "who goes first? pick at random: Ana, Bo, Cy": the words before a colon are the ask, not a name
        items = [c for c in (clean_item(re.split(r"[:：]", it)[-1]) for it in items) if c]
        items = [p for it in items for p in _EITHER.split(it) if p.strip()]  # "Saturday or Sunday": two
        # a remark in brackets ("Spirit Island (only if Ben's there)") is no part of the name's length
        if len(items) >= 2 and all(len(re.sub(r"\s*\([^)]*\)", "", it).split()) <= 4 for it in items):
            return items[:500]
    return []

"""Very long runs without a space: cut for reading, whole again in the plan.

A pasted blob (base64, a long URL, a log line, a CJK paragraph with no punctuation) is one "word" of
thousands of characters to a regular expression, and a pattern that opens with an unanchored run
(`[^\\s,.]+\\s+…`) retries from each of its positions: time grows with the square of the run's length.
Such patterns are many and each is written for words; a 20,000-letter question once took 27 s and an
app-routed question with a 10,000-character blob 20 s. So the planner reads runs of more than
`LONGEST` characters cut into pieces by `MARK`, a space to every pattern (`\\s`, `str.split`), and
`joined` takes the mark out of every string of the plan, so what the user wrote comes back whole. No
question of the evaluation sets has a run this long (the longest is 131 characters).
"""

from __future__ import annotations

import re
from typing import Any

MARK = "\u2009"  # THIN SPACE: whitespace to `re` and `str.split`, and nobody types it by accident
LONGEST = 200
_RUN = re.compile(rf"\S{{{LONGEST + 1},}}")
# a cut falls after a mark of punctuation where one is near, so no word of a CJK sentence is split
_PUNCT = set("，。、；：！？,.;:!?)）」』】》")


def _cut(run: str) -> str:
    pieces = []
    while len(run) > LONGEST:
        at = max((i + 1 for i, ch in enumerate(run[:LONGEST]) if ch in _PUNCT), default=0)
        at = at if at >= LONGEST // 2 else LONGEST
        pieces.append(run[:at])
        run = run[at:]
    return MARK.join([*pieces, run])


def broken(text: str) -> str:
    """The text with each run longer than `LONGEST` cut into pieces by `MARK`; unchanged when it has
    no such run, or already holds the mark (then a cut could not be told from the user's own)."""
    if MARK in text or not _RUN.search(text):
        return text
    return _RUN.sub(lambda m: _cut(m.group(0)), text)


def joined(value: Any) -> Any:
    """A plan's dump (dicts, lists, strings) with every `MARK` taken out of its strings: only for a
    plan read from `broken` text, since the user's own thin spaces stay where they are."""
    if isinstance(value, str):
        return value.replace(MARK, "") if MARK in value else value
    if isinstance(value, dict):
        return {k: joined(v) for k, v in value.items()}
    if isinstance(value, list):
        return [joined(v) for v in value]
    return value

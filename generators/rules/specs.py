"""Things compared by their specs in brackets: "iPhone 15 (799 dollars, 6.1 inch) vs Pixel 8 (699 dollars,
6.2 inch) vs Galaxy S24 (799 dollars, 6.2 inch)" is a table, a column per thing and a row per spec.

Each thing names its specs in the same order; a row is named by the word its specs share ("dollars",
"inch"), so the cells keep only the figures. Nothing is added: a spec whose words differ from thing to
thing keeps them in its cells, under a row named by its position.
"""

from __future__ import annotations

import re

from generators.rules.words import cap, short

_VERSUS = re.compile(
    r"\s+(?:vs\.?|versus|v\.|gegen|contre|contra|против|or|oder|ou|o)\s+|\s*(?:対|对比|对|대)\s*", re.I
)
_THING = re.compile(r"^(?P<name>[^()（）]{1,60}?)\s*[(（](?P<specs>[^()（）]{1,200})[)）]\s*[.!?]?$")
_FIGURE = re.compile(r"^(?P<n>[$€£¥₹]?\s?[-+]?\d[\d.,]*\s?%?)\s*(?P<word>[^\d].{0,30})?$")
_ASK = re.compile(
    r"^(?:(?:please|pls|can you|could you)\s+)?(?:compare|comparing|comparison\s+of|vergleiche?|compar[ae]r?|confronta)\s+",
    re.I,
)


def spec_table(text: str) -> tuple[str, list[str], list[list[str]]] | None:
    """(lead, columns, rows) of things compared by bracketed specs, or None unless there are two or
    more things, each with the same number of specs."""
    flat = re.sub(r"\s+", " ", text).strip()
    lead = ""
    if ":" in flat:  # "phones: A (…) vs B (…)"
        lead, flat = (part.strip() for part in flat.split(":", 1))
    body = _ASK.sub("", flat)
    things = [_THING.match(part.strip(" ,;")) for part in _VERSUS.split(body)]
    if len(things) < 2 or not all(things):
        return None
    names = [m.group("name").strip(" ,;") for m in things if m]
    specs = [
        [s.strip() for s in re.split(r"\s*[,;，]\s+", m.group("specs")) if s.strip()] for m in things if m
    ]
    if len({len(s) for s in specs}) != 1 or not specs[0]:
        return None
    rows = []
    for k in range(len(specs[0])):
        cells = [s[k] for s in specs]
        figures = [_FIGURE.match(c) for c in cells]
        words = {(f.group("word") or "").strip().casefold() for f in figures if f}
        if all(figures) and len(words) == 1 and (word := words.pop()):
            rows.append([cap(short(word, 40)), *(f.group("n").strip() for f in figures if f)])
        else:
            rows.append([str(k + 1), *(short(c, 60) for c in cells)])
    return lead, ["", *(short(n, 40) for n in names)], rows

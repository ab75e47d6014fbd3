"""A small table typed in one line: each item gives the same few counted things ("north 10 apples and 12
pears, south 8 apples and 9 pears"). Read as one series per thing over the items, so the chart shows
every number given and the answer never claims there were none."""

from __future__ import annotations

import re

from generators.rules.numbers import Num, find_numbers
from generators.rules.qdata import QuestionData, short_label
from generators.rules.words import cap

# the thing a number counts: the word right after it ("10 apples")
_NOUN = re.compile(r"\s*([^\W\d_][\w'-]{1,30})")
# what may stand between two counts of one item ("10 apples and 12 pears", "10 apples, 12 pears")
_GLUE = re.compile(
    r"^[\s,;/&+]*(?:(?:and|und|et|y|e|i|и|та|ve|oraz|en|và|dan|plus|with|mit|avec|con|com|和|与|及)\b)?[\s,;/&+、，]*$",
    re.I,
)
# a label: one to four words, no digits
_LABEL = re.compile(r"[^\W\d_][\w'’ -]{0,40}")
# series whose typical values differ more than this count different kinds of thing ("10 stores, 300 staff")
_SPREAD = 10.0


def crossed_rows(text: str, locale: str = "en") -> list[tuple[str, dict[str, Num]]] | None:
    """The items as (label, {thing: number}) when every item counts the same things, else None."""
    found = find_numbers(text, locale)
    nums = [n for n in found if not n.is_year]
    if len(nums) < 4 or len(nums) != len(found):
        return None
    rows: list[tuple[str, dict[str, Num]]] = []
    end = 0
    for n in nums:
        noun = _NOUN.match(text, n.end)
        if noun is None or n.unit or n.currency or n.pct:
            return None  # a unit, a price or a share: not a count of a named thing
        gap = text[end : n.start]
        if not rows or not _GLUE.match(gap):
            pieces = [p.strip(" -–—*•\t") for p in re.split(r"[:：;\n,，、.]", gap)]
            label = next((p for p in reversed(pieces) if p), "")  # "- north: 10 …": the bullet's words
            if not _LABEL.fullmatch(label) or len(label.split()) > 4:
                return None
            rows.append((label, {}))
        thing = noun.group(1).casefold().removesuffix("s")
        if thing in rows[-1][1]:
            return None
        rows[-1][1][thing] = n
        end = noun.end()
    things = [set(cells) for _, cells in rows]
    if len(rows) < 2 or len(things[0]) < 2 or any(t != things[0] for t in things):
        return None
    if len({label.casefold() for label, _ in rows}) != len(rows):
        return None
    return rows


def crossed(text: str, rows: list[tuple[str, dict[str, Num]]]) -> QuestionData | None:
    """Grouped data (one series per counted thing) from `crossed_rows`, when the things are alike in size,
    else None: counts of stores and of staff are different kinds and are never drawn on one axis."""
    order = list(rows[0][1])
    series = [(thing, [cells[thing].value * cells[thing].multiplier for _, cells in rows]) for thing in order]
    means = [sum(v) / len(v) for _, v in series]
    if min(means) <= 0 or max(means) / min(means) > _SPREAD:
        return None
    named = {n.casefold().removesuffix("s"): n for n in re.findall(r"[^\W\d_][\w'-]{1,30}", text)}
    groups = [(cap(named.get(thing, thing)), values) for thing, values in series]
    labels = [short_label(label) for label, _ in rows]
    return QuestionData(labels, groups[0][1], source="groups", groups=groups, counted=True)

"""Counts per band of a scale: "12 kids got 20/20, 8 got 15-19, 5 got 10-14, 2 got below 10".

Each item is a count of people or things and the band of a score, age or size they fall in. The
bands are the categories, in the user's order, and the counts are the values: a distribution. Read
as label-and-value pairs, the band's own numbers (20/20, 15-19, "below 10") would either be plotted
beside the counts or leave the list as a fact sheet.
"""

from __future__ import annotations

import re

from generators.rules.numbers import Num, find_numbers

_NUM = r"\d+(?:[.,]\d+)?"
# a range, a score out of a total, an open band, "30+" / "30 or more"
_BAND = re.compile(
    rf"(?:{_NUM}\s*(?:-|–|—|to|a|à|bis|al|до)\s*{_NUM}|{_NUM}\s*/\s*{_NUM}|"
    rf"(?:below|under|over|above|less than|more than|fewer than|at least|menos de|más de|mas de|moins de|"
    rf"plus de|unter|über|mehr als|weniger als|meno di|più di|mais de|minder dan|meer dan|меньше|больше|"
    rf"свыше|ниже)\s+{_NUM}|{_NUM}\s*\+|{_NUM}\s+(?:or more|or less|or above|or below|and up|and over))"
    r"(?:\s*(?:%|points?|pts|marks|years?|yrs|kg|cm|m|km|hours?|hrs?|h|min(?:utes)?))?",
    re.I,
)
# "12 kids got", "8 got", "5 students scored", "3 people aged", "40% in", "2 were"
_COUNTED = re.compile(
    r"^\s*(?:and\s+|y\s+|et\s+|und\s+|e\s+|и\s+)?(?:(?:[^\W\d_]+\s+){1,4}?(?=\d))?(\d+)\s+((?:[^\W\d_]+\s+){0,2}?)"
    r"(?:got|scored|get|have|had|are|were|was|is|in|at|aged|with|earned|said|chose|picked|voted|answered|bekamen|hatten|sacaron|obtuvieron|"
    r"ont eu|ont obtenu|hanno preso|tiraram|kregen|получили)\s+(.+?)\s*[.!]?$",
    re.I,
)


# "between 150 and 160": one band, written with "and" (which would otherwise split the list)
BETWEEN = re.compile(r"\bbetween\s+(\d+(?:[.,]\d+)?)\s+and\s+(\d+(?:[.,]\d+)?)", re.I)

# What may follow the last band: the ask after a dash or bracket, or a chart word ("… over 65 chart")
_TAIL = re.compile(r"(?:\s*[—–:(-].*|\s+(?:chart|graph|plot|please|pls|thanks)\b.*)?", re.I)


def count_bands(segments: list[str], lang: str) -> list[tuple[str, Num, str, str]] | None:
    """(band, count, counted noun, item) for every item, or None unless every item with a number is a count
    of a band and there are at least three."""
    out: list[tuple[str, Num, str, str]] = []
    noun = ""
    for seg in segments:
        if not re.search(r"\d", seg):
            continue
        m = _COUNTED.match(seg)
        band = _BAND.match(m.group(3)) if m else None
        if m is None or band is None or not _TAIL.fullmatch(m.group(3)[band.end() :]):
            return None  # "3 are over 65 — chart please": the ask after a dash is no part of the band
        count = next((n for n in find_numbers(seg, lang) if n.start == m.start(1)), None)
        if count is None or count.pct or count.currency or count.unit:
            return None
        noun = noun or m.group(2).strip()
        out.append((band.group(0).strip(), count, noun, seg))
    return out if len(out) >= 3 and len({b.casefold() for b, *_ in out}) == len(out) else None

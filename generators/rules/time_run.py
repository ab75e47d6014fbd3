"""A run of times typed inline, each with what happens then: "8am donepezil 10mg 1pm nothing 6pm
memantine 10mg", "3月报名 4月面谈 5月摇号". Each time and its words is one item of a schedule or a
timeline, laid out as written; the numbers inside (10mg) are part of the item, never values to plot."""

from __future__ import annotations

import itertools
import re

from generators.rules.content import Content, clean_lead
from generators.rules.scoring import score
from generators.rules.spoken import _ASK_TAIL as ASK_TAIL

# A time of day ("8am", "1 pm", "18:30", "14h", "14h30", "8 Uhr") or a numbered month ("3月", "4월")
_TIME = re.compile(
    r"(?<![\w.:,/])(?:(?P<h12>1[0-2]|0?[1-9])(?::(?P<m12>[0-5]\d))?\s?(?P<ap>[ap])\.?m\b\.?"
    r"|(?P<h24>[01]?\d|2[0-3])(?::|h|\s?uhr\b\s?)(?P<m24>[0-5]\d)?(?!\d)"
    r"|(?P<month>1[0-2]|0?[1-9])\s?[月월](?!\d))",
    re.I,
)


def _minutes(m: re.Match[str]) -> tuple[str, int]:
    """The time's kind (a clock time, a month) and its place in the day or the year."""
    if m.group("month"):
        return "month", int(m.group("month"))
    if m.group("ap"):
        hour = int(m.group("h12")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
        return "clock", hour * 60 + int(m.group("m12") or 0)
    return "clock", int(m.group("h24")) * 60 + int(m.group("m24") or 0)


def _without_ask(text: str) -> str:
    """The last item without the ask typed after it ("7月报到 做成一张图贴墙上" → "7月报到")."""
    parts = re.split(r"(\s+|[,;，；。]\s*)", text)
    kept = parts[:1]
    for gap, part in zip(parts[1::2], parts[2::2], strict=False):
        if part and score(part):
            break
        kept += [gap, part]
    return "".join(kept).strip(" ,;，；。.")


def time_run(question: str) -> Content | None:
    """Three or more times of one kind, each later than the one before and each followed by words,
    typed on one line: one item per time, the words before the first time the lead. None for a
    series of values ("10h 45 11h 80": a number after each time is a value) or fewer times."""
    if "\n" in question.strip():
        return None  # lines typed one by one are read as lines
    found = list(_TIME.finditer(question))
    if len(found) < 3:
        return None
    kinds, places = zip(*map(_minutes, found), strict=True)
    if len(set(kinds)) != 1 or not all(a < b for a, b in itertools.pairwise(places)):
        return None
    items = []
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        words = question[m.end() : nxt.start() if nxt else len(question)]
        if re.match(r"\s*[-–:=]?\s*\d", words):
            return None  # "10h 45": the time names a value
        item = question[m.start() : m.end()] + words
        items.append(_without_ask(item) if nxt is None else item.strip(" ,;，；。."))
    if any(
        len(re.sub(r"\W", "", it)) <= len(re.sub(r"\W", "", m.group(0)))
        for it, m in zip(items, found, strict=True)
    ):
        return None  # a time with nothing after it: no schedule
    # "mams tablets through the day can you make a big clear sheet …": the name, not the ask after it
    return Content(lead=clean_lead(ASK_TAIL.sub("", question[: found[0].start()])), items=items)

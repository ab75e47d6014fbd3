"""Changes the user states as "from A to B": "we grew from 3 people in 2019 to 45 in 2024, revenue
went from 0.2M to 8M". Each change is a measure's two values (and, when given, their years); changes
of different measures are laid out side by side as key numbers, never put on one axis, and the
answer states the factor each grew by, computed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generators.rules.numbers import Num, find_numbers, fmt_number
from generators.rules.words import cap, short
from render.plan import InfographicPlan, Stat, StatsBlock, TextBlock

_NUM = r"[$€£¥]?\d(?:[\d,.]*\d)?(?:\s*(?:%|[kKmMbB]\b|million|billion|thousand))?"
_YEAR = r"(?:19|20)\d\d"
_VERBS = (
    r"went|grew|rose|fell|dropped|increased|decreased|climbed|jumped|shrank|expanded|moved|changed|"
    r"has grown|have grown|has gone|have gone"
)
# "A to B" needs a "from" or a verb that never takes an amount ("completion went 41% to 63%", unlike
# "prices rose 2 to 3%", by a range); bare ("avg session 3 to 5 min") only right after such a
# change in the same sentence, never alone ("it takes 3 to 5 min").
_CHANGE = re.compile(
    rf"(?P<what>(?:(?<![\w'-])[^\W\d_][\w'-]*\s+){{0,4}}?)"
    rf"(?:(?:{_VERBS})\s+from\s+|from\s+|(?P<verb>went|moved|changed|has gone|have gone)\s+|(?P<bare>))"
    rf"(?P<a>{_NUM})(?P<unit>\s*(?!(?:in|at|to)\b)[^\W\d_]+)?(?:\s+(?:in|at)\s+(?P<t1>{_YEAR}))?"
    rf"\s+to\s+(?P<b>{_NUM})(?P<unit_b>\s*(?!(?:in|by|and|or)\b)[^\W\d_]+)?(?:\s+(?:in|by)\s+(?P<t2>{_YEAR}))?",
    re.I,
)
_PRONOUN = re.compile(r"^(?:we|i|it|they|our|my|the|this|that|and|then|also)$", re.I)
_NOT_UNIT = re.compile(r"^(?:in|at|by|to|and|or|over|per|the|a|an)$", re.I)


@dataclass
class Change:
    what: str
    before: Num
    after: Num
    since: str = ""
    until: str = ""

    @property
    def shown(self) -> str:
        return f"{self.before.text} → {self.after.text}"

    @property
    def factor(self) -> str:
        a, b = self.before.value * self.before.multiplier, self.after.value * self.after.multiplier
        if self.before.pct and self.after.pct:  # 8% → 3% is 5 points down, not "-62%"
            return f"{b - a:+.3g} points"
        if a <= 0 or b <= 0:
            return ""
        ratio = b / a
        return f"{fmt_number(round(ratio, 1))}×" if ratio >= 2 else f"{(ratio - 1) * 100:+.0f}%"


def changes(question: str) -> list[Change]:
    """Every "from A to B" the question states, with what changed (the words before it, or the unit
    written after A: "from 3 people"). Empty when there is none."""
    found: list[Change] = []
    last_end = -1
    for m in _CHANGE.finditer(question or ""):
        if m.group("bare") is not None and (
            last_end < 0
            or not re.fullmatch(
                r"\s*(?:,|,?\s*and)\s*",
                question[last_end : m.start() + len(re.match(r"(?:and\s+)?", m.group("what")).group(0))],
            )
            # "then we hired 3 to 5": someone did something, a range, no measure's change
            or re.search(r"\b(?:we|i|they|it|you|he|she)\b", m.group("what"), re.I)
        ):
            continue
        a, b = find_numbers(m.group("a")), find_numbers(m.group("b"))
        if len(a) != 1 or len(b) != 1:
            continue
        unit = (m.group("unit") or "").strip()
        if not unit and _UNIT_AFTER.match((m.group("unit_b") or "").strip()):
            unit = m.group("unit_b").strip()  # "from 95 to 60 seconds": the unit written once, after B
        words = [w for w in m.group("what").split() if not _PRONOUN.match(w)]
        what = " ".join(words) or ("" if _NOT_UNIT.match(unit) else unit)
        if not what:
            continue
        if unit and not _NOT_UNIT.match(unit) and unit.lower() not in what.lower():
            what = f"{what} ({unit})" if words else what
        found.append(Change(short(what, 60), a[0], b[0], m.group("t1") or "", m.group("t2") or ""))
        last_end = m.end()
    return found


_UNIT_AFTER = re.compile(
    r"^(?:seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|years?|people|users|customers|members"
    r"|staff|employees|visitors|orders|sales|tickets|kg|km|miles?|points?)$",
    re.I,
)
# A change told without figures ("support tickets went down a little"): a fact of its own.
_MOVED = re.compile(
    r"\b(?:went\s+(?:up|down)|dropped|fell|rose|grew|increased|decreased|improved|declined|doubled|halved"
    r"|got\s+(?:better|worse)|(?:is|are|was|were)\s+(?:up|down))\b",
    re.I,
)


def unmeasured(question: str) -> list[str]:
    """The changes stated without a number, each clause as written: kept beside the key numbers so
    no fact the user gave is dropped."""
    clauses = re.split(r"\s*[,;.!?]\s+|\s+and\s+", question or "")
    return [c.strip(" ,.;") for c in clauses if _MOVED.search(c) and not re.search(r"\d", c)][:6]


def changes_infographic(found: list[Change], also: list[str] | None = None) -> InfographicPlan:
    """Key numbers, one card per change: each measure on its own, never on a shared axis; changes
    told without figures (`also`) follow as lines of their own."""
    items = []
    facts = []
    for c in found[:6]:
        when = f"{c.since} → {c.until}" if c.since and c.until else ""
        label = c.what + (f", {when}" if when else "")
        items.append(Stat(value=short(c.shown, 24), label=short(label, 80)))
        grew = f" ({c.factor})" if c.factor else ""
        facts.append(f"**{cap(c.what)}**: {c.shown}{grew}" + (f", {when}" if when else ""))
    spans = {(c.since, c.until) for c in found}
    since, until = next(iter(spans))
    title = f"From {since} to {until}" if len(spans) == 1 and since and until else "What changed"
    blocks: list[StatsBlock | TextBlock] = [StatsBlock(items=items)]
    if also:
        blocks.append(TextBlock(paragraphs=[short(cap(c), 200) for c in also]))
        facts += [cap(c) for c in also]
    return InfographicPlan(
        title=title,
        blocks=blocks,
        answer="; ".join(facts) + ".",
        alt_text=f"Infographic of {len(items)} changes: "
        + "; ".join(f"{c.what} {c.shown}" for c in found[:6]),
    )

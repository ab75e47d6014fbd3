"""Numbers found in a question, aligned with their labels (`QuestionData`), and the rules that keep
one chart to one measure: `comparable` numbers only, put on one scale with one unit (`unify`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generators.rules.cues import MAGNITUDES
from generators.rules.numbers import Num
from generators.rules.words import CJK


@dataclass
class QuestionData:
    """Numbers found in the question, aligned with their category labels."""

    categories: list[str]
    values: list[float]
    unit: str = ""
    percent: bool = False
    metric: str = ""
    axis: str = ""
    time_like: bool = False
    source: str = ""
    groups: list[tuple[str, list[float]]] = field(default_factory=list)
    """Several series over the same categories ("team A (21, 25) and team B (18, 22)"); `values`
    is then the first one's."""
    reference: tuple[str, float] | None = None
    """A value the series is measured against ("target is 40", "budget: 500"): not one of them."""
    counted: bool = False
    """Each label is the noun counted after its number ("12 people, 5 countries, 3 languages"): a
    count of each thing, whose sum is no count of anything unless they are kinds of one thing."""

    @property
    def cue(self) -> str:
        return f"numbers for {len(self.values)} categories in the question"


def unify(nums: list[Num], spread: bool = True) -> tuple[list[float], str, bool]:
    """Values on one scale with one unit: '1, 3, 7 million' shares the last suffix (unless `spread`
    is False: in "2 stores, 18 staff, 5 thousand customers" the thousand is the customers' alone);
    mixed '900K, 1.2M' are converted to the most common magnitude. Returns (values, unit, is_percent)."""
    mags = [n.mag for n in nums]
    if spread and mags[-1] and sum(1 for m in mags if m) == 1:
        mags = [mags[-1]] * len(mags)
    pct = any(n.pct for n in nums) and (all(n.pct for n in nums) or nums[-1].pct)
    currencies = [n.currency for n in nums if n.currency]
    currency = Counter(currencies).most_common(1)[0][0] if currencies else ""
    # bare counts beside "5 thousand" (not spread): every value written out, none scaled
    counts = Counter(m for m in mags if m) if spread or all(mags) else Counter()
    display = max(counts.items(), key=lambda kv: (kv[1], MAGNITUDES[kv[0]][1]))[0] if counts else ""
    scale = MAGNITUDES[display][1] if display else 1.0
    values = [
        n.value * (MAGNITUDES[m][1] if m else (scale if display and not n.mag else 1.0)) / scale
        for n, m in zip(nums, mags, strict=True)
    ]
    word = MAGNITUDES[display][0] if display else ""
    physical = {n.unit for n in nums if n.unit}
    if pct:
        unit = "%"
    elif len(physical) == 1 and not currency:
        unit = f"{word} {next(iter(physical))}".strip()
    elif word and currency and (CJK.match(word) or CJK.match(currency)):
        unit = word + ("元" if currency in ("¥", "元", "CNY", "RMB", "yuan") else currency)
    elif word and currency:
        unit = f"{word} {currency}"
    else:
        unit = word or currency
    return values, unit, pct


_SUM_SIGN = re.compile(r"\d[^\d+\n]{0,24}\s\+\s*[^\W\d]{0,24}\s*\d")


def own_percent(nums: list[Num], text: str) -> bool:
    """A % sign written on some named items only is theirs alone ("borrowed 350 on a ring 4% per month":
    an amount and a rate, never one axis in percent). It is the list's when the values are shares of
    one whole ("male 48 female 50 nonbinary 2 percent"), and a written sum ("… + 2% fees") is left to
    the series guard, which refuses it as a sum."""
    return (
        any(n.pct for n in nums)
        and not all(n.pct for n in nums)
        and abs(sum(n.value for n in nums) - 100) > 1
        and not _SUM_SIGN.search(text)
    )


def comparable(nums: list[Num], counted: list[str]) -> bool:
    """Numbers that may share one axis: one measure. Different units (8 km, 7 hours), or a measure
    next to counts of things (1,800 m² beside 120 desks; 94% beside 4 workshops) are not.
    `counted[i]` is the noun written after number i ("desks"), "" when none."""
    dims = {n.dim for n in nums if n.dim}
    if len(dims) >= 2:
        return False
    if dims:
        bare = [c for n, c in zip(nums, counted, strict=True) if not n.dim]
        if any(bare):
            return False
        marked = [bool(n.dim) for n in nums]
        # a unit written once applies to the list: "$1.2M, 1.5M" (first), "5, 7 and 9%" (last)
        if not (
            all(marked) or marked == [True] + [False] * (len(nums) - 1) or (marked[-1] and sum(marked) == 1)
        ):
            return False
        if marked[0] and not marked[-1] and next(iter(dims)) == "percent":
            return False  # "15% of 200": a share of a total, not a series
    return True


def short_label(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .-'\"")[:60]

"""The units written inside a pasted table's cells ("5 GB", "1 TB", "$12", "42 ms"), so that a chart
draws one measure on one axis.

A table of plans (price, storage, users) holds three measures: drawn on one axis, 1 TB became 1, below
5 GB, and dollars stood beside counts of users. Here a column's cells are read with their units and put
in the column's most common unit (1 TB = 1,000 GB, as storage is sold); a column whose cells mix
kinds of unit (GB beside hours) is no measure. Columns are then grouped by what they measure, and a
chart keeps one group: the other measures are named in the answer, never dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from generators.rules.numbers import parse_number

# unit → (what it measures, its size in the measure's base unit)
# fmt: off
_UNITS: dict[str, tuple[str, float]] = {
    "b": ("data", 1), "kb": ("data", 1e3), "mb": ("data", 1e6), "gb": ("data", 1e9), "tb": ("data", 1e12),
    "pb": ("data", 1e15), "kib": ("data", 2**10), "mib": ("data", 2**20), "gib": ("data", 2**30),
    "tib": ("data", 2**40),
    "ms": ("time", 1e-3), "s": ("time", 1), "sec": ("time", 1), "min": ("time", 60), "h": ("time", 3600),
    "hr": ("time", 3600), "hrs": ("time", 3600), "hours": ("time", 3600), "days": ("time", 86400),
    "mm": ("length", 1e-3), "cm": ("length", 1e-2), "m": ("length", 1), "km": ("length", 1e3),
    "mg": ("mass", 1e-3), "g": ("mass", 1), "kg": ("mass", 1e3), "t": ("mass", 1e6),
    "ml": ("volume", 1e-3), "l": ("volume", 1),
    "w": ("power", 1), "kw": ("power", 1e3), "mw": ("power", 1e6),
}
# fmt: on
_TRAILING = re.compile(r"^\s*[-−]?[$€£¥]?\s?[\d.,]+\s*([A-Za-zµ]{1,5})\s*(?:/\s*\w+)?\s*$")
_HEADER_UNIT = re.compile(r"\(([^)]{1,12})\)\s*$")


@dataclass
class Measure:
    """One numeric column as drawn: its values in one unit, and what it measures."""

    index: int
    values: list[float | None]
    unit: str
    """The unit its cells or header write ("GB", "USD", "%"), "" for bare numbers."""
    converted: bool = False
    """Cells in several units of one kind (5 GB, 1 TB) were put in one."""


def column_measure(index: int, header: str, cells: list[str]) -> Measure | None:
    """The column's numbers in its most common unit; None when its cells mix kinds of unit."""
    read: list[tuple[float, str] | None] = []
    for cell in cells:
        parsed = parse_number(cell) if cell.strip() else None
        if parsed is None:
            read.append(None)
            continue
        value, currency = parsed
        m = _TRAILING.match(cell)
        unit = currency or (m.group(1) if m else "")
        read.append((value, unit))
    units = [u for r in read if r is not None and (u := r[1])]
    header_unit = (_HEADER_UNIT.search(header) or [None, ""])[1] if not units else ""
    if not units:
        return Measure(index, [r[0] if r else None for r in read], header_unit.strip())
    kinds = {_UNITS.get(u.lower(), (u, 1.0))[0] for u in units}
    if len(kinds) > 1:
        return None  # "5 GB" beside "2 h": no one measure
    common = Counter(units).most_common(1)[0][0]
    if len(set(units)) == 1:  # "$1,200, 1,300": a unit written once holds for the column
        return Measure(index, [r[0] if r else None for r in read], common)
    if common.lower() not in _UNITS or len(units) < sum(r is not None for r in read):
        return None  # units of one kind beside bare numbers: which unit a bare number is in is unknown
    base = _UNITS[common.lower()][1]
    values = [r[0] * _UNITS[r[1].lower()][1] / base if r else None for r in read]
    return Measure(index, values, common, converted=True)


def one_measure(
    header: list[str], columns: list[list[str]], numeric: list[int]
) -> tuple[list[Measure], list[str]]:
    """The columns a chart may draw together (the first numeric column's measure, converted to one
    unit), and the headers of those left out: other units, or cells in no one unit."""
    measures = [column_measure(j, header[j], columns[j]) for j in numeric]
    usable = [m for m in measures if m is not None]
    if not usable:
        return [], [header[j] for j in numeric]
    unit = usable[0].unit
    kept = [m for m in usable if m.unit == unit]
    left = [
        header[j] + (f" ({m.unit})" if m is not None and m.unit else "")
        for j, m in zip(numeric, measures, strict=True)
        if m not in kept
    ]
    return kept, left

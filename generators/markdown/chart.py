"""Markdown tables as inline charts: the first text column gives the categories, numeric columns the series."""

from __future__ import annotations

import re

from generators.markdown.parse import Heading, Table, parse
from generators.rules.extract import time_axis
from generators.rules.numbers import fmt_number, parse_number
from generators.rules.table_units import one_measure
from generators.rules.templates import tr
from generators.rules.words import short
from render.plan import ChartPlan, Series


def _is_numeric_col(values: list[str]) -> bool:
    cells = [v for v in values if v.strip() and v.strip() not in ("-", "–", "n/a", "N/A")]
    return bool(cells) and all(parse_number(v) is not None for v in cells)


def cell_unit(cell: str) -> str:
    """The unit a cell writes its number with: '%', a currency sign, or a trailing word ('ms', 'g')."""
    parsed = parse_number(cell) if cell.strip() else None
    if parsed and parsed[1]:
        return {"USD": "$", "EUR": "€", "GBP": "£"}.get(parsed[1], parsed[1])
    rest = re.sub(r"[\d,.\s+\-−]", "", cell)
    return rest.strip("*()")


def comparable(table: Table) -> bool:
    """One series of comparable numbers: every numeric column in one unit and of one order of
    magnitude, so they can share an axis (sales in $ and order counts cannot), and at most one
    text column (the categories): other text would have nowhere to go on a chart."""
    if len(table.rows) < 2 or len(table.header) < 2:
        return False
    cols = list(zip(*table.rows, strict=True))
    numeric = [j for j in range(len(table.header)) if _is_numeric_col(list(cols[j]))]
    if not numeric or len(table.header) - len(numeric) > 1:
        return False
    units = {cell_unit(c) for j in numeric for c in cols[j] if c.strip() not in ("", "-", "–")}
    header_units = {m for j in numeric for m in re.findall(r"\(([^)]{1,12})\)", table.header[j])}
    if len(units) > 1 or len(header_units) > 1:
        return False
    peaks = []
    for j in numeric:
        values = [abs(p[0]) for c in cols[j] if (p := parse_number(c)) is not None]
        peaks.append(max(values, default=0.0))
    positive = [p for p in peaks if p > 0]
    return not positive or max(positive) / min(positive) <= 20


def table_chart(table: Table, title: str = "") -> ChartPlan | None:
    """An inline chart from a markdown table: first text column → categories, numeric columns → series."""
    if len(table.rows) < 2 or len(table.header) < 2:
        return None
    cols = list(zip(*table.rows, strict=True)) if table.rows else []
    numeric = [j for j in range(len(table.header)) if _is_numeric_col(list(cols[j]))]
    label_cols = [j for j in range(len(table.header)) if j not in numeric]
    if not numeric:
        return None
    label_col = label_cols[0] if label_cols else None
    if label_col is None:
        if len(numeric) < 2:
            return None
        label_col, numeric = numeric[0], numeric[1:]
    # one measure on one axis, each column in one unit ("1 TB" is 1,000 GB); the others are named
    measures, left_out = one_measure(list(table.header), [list(c) for c in cols], numeric[:8])
    if not measures:
        return None
    numeric = [m.index for m in measures]
    cell_units = {cell_unit(r[j]) for j in numeric for r in table.rows if r[j].strip()}
    cats = [short(r[label_col] or f"Row {i + 1}", 80) for i, r in enumerate(table.rows)]
    series = [
        Series(name=short(table.header[m.index] or f"Column {m.index + 1}", 80), values=m.values)
        for m in measures
    ]
    units = [m.unit for m in measures if m.unit]
    if not any(v is not None for s in series for v in s.values):
        return None
    unit = max(set(units), key=units.count) if units else ""
    if not unit and len(cell_units) == 1:
        unit = next(iter(cell_units))  # "42 ms": the unit written in the cells
    time_like = bool(time_axis(cats)) or bool(
        re.search(r"year|date|month|quarter|年|月|季度", table.header[label_col], re.I)
    )
    if time_like:
        ctype = "line"
    elif len(series) > 1:
        ctype = "grouped_bar"
    elif unit == "%" and 95 <= sum(v or 0 for v in series[0].values) <= 105 and len(cats) <= 8:
        ctype = "pie"
    elif max(len(c) for c in cats) > 16 or len(cats) > 10:
        ctype = "horizontal_bar"
    else:
        ctype = "bar"
    if ctype == "pie" and any((v or 0) < 0 for v in series[0].values):
        ctype = "bar"
    first = series[0]
    known = [(c, v) for c, v in zip(cats, first.values, strict=True) if v is not None]
    top = max(known, key=lambda cv: cv[1])
    low = min(known, key=lambda cv: cv[1])
    u = "%" if unit == "%" else ""
    answer = (
        f"**{top[0]}** has the highest {first.name.lower()} (**{fmt_number(top[1])}{u}**); "
        f"**{low[0]}** the lowest ({fmt_number(low[1])}{u})."
    )
    if left_out:
        answer += tr("en", "left_out", names=", ".join(left_out))
    chart_title = title or f"{first.name} by {table.header[label_col].lower() or 'category'}"
    return ChartPlan(
        chart_type=ctype,  # type: ignore[arg-type]
        title=short(chart_title, 150),
        x_title=short(table.header[label_col], 80),
        y_title=short(first.name if len(series) == 1 else "", 80),
        unit=unit,
        categories=cats,
        series=series,
        answer=answer,
        alt_text=short(
            f"{ctype.replace('_', ' ').capitalize()} chart of {', '.join(s.name for s in series)} for "
            f"{len(cats)} {table.header[label_col].lower() or 'rows'}; {top[0]} is highest.",
            400,
        ),
    )


def markdown_chart(md: str, title: str | None = None) -> ChartPlan | None:
    """The first chartable markdown table in the answer as an inline chart, or None."""
    heading = ""
    for node in parse(md):
        if isinstance(node, Heading):
            heading = node.inline.text
        if isinstance(node, Table):
            chart = table_chart(node, title or heading)
            if chart is not None:
                return chart
    return None

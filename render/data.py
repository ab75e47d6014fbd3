"""Chart-ready numbers out of a plan and its table.

`resolve` turns a `ChartPlan` into `ChartData`: the exact numbers every painter draws. In table mode
the LLM only names columns; values always come from the table via pandas, so a model can never
invent a number. Anything dropped, grouped or capped is said in `ChartData.notes`, and every plan
mistake is a `PlanError` naming the field, ready to send back to the LLM for repair. Cells become
numbers and dates through `render.columns`, the profiler the planners use too; reading files is
`render.tables` (its names are re-exported here).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from render.columns import as_datetime as _as_datetime
from render.columns import parse_dates as _parse_dates
from render.columns import to_numeric as _to_numeric
from render.plan import MAX_VALUE, Aggregate, ChartPlan, ChartType, Filter, PlanError, clean_text
from render.tables import (  # noqa: F401 - re-exported: `from render.data import load_table` keeps working
    MAX_BYTES,
    MAX_ROWS,
    TableError,
    _describe_kind,
    _fmt_number,
    load_table,
    summarize_table,
)

BAR_CAP = 50  # more bars than this stop being readable
PIE_CAP = 8  # seven slices + "Other"
PIE_ROUNDING = 1.5
"""Percentages of a whole that add up to 98.5–101.5 are rounded figures, not a different whole."""
SERIES_CAP = 12  # colour-split series; the palette repeats beyond this anyway
LINE_CAP = 5000  # points per line / area series
HEAT_CAP = 50  # heatmap rows and columns
BOX_CAP = 30  # box groups
POINT_CAP = 10_000  # scatter points
TABLE_ROWS = 200  # rows shown by a table chart
OTHER = "Other"
MISSING = "(blank)"

BAR_LIKE = {ChartType.bar, ChartType.grouped_bar, ChartType.stacked_bar, ChartType.horizontal_bar}
PIE_LIKE = {ChartType.pie, ChartType.donut}
LINE_LIKE = {ChartType.line, ChartType.area}

KeyKind = Literal["str", "num", "date"]


# ----------------------------------------------------------------------------------------- resolving


@dataclass
class ChartData:
    """What a chart draws after resolution; both painters read only this."""

    categories: list[str] = field(default_factory=list)
    series: list[tuple[str, list[float | None]]] = field(default_factory=list)
    """(name, one value per category); heatmap: one series per row."""
    xy: list[tuple[str, list[float], list[float]]] = field(default_factory=list)
    """Scatter: (name, xs, ys)."""
    samples: list[tuple[str, list[float]]] = field(default_factory=list)
    """Histogram and box: (group name, raw observations)."""
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    value_range: tuple[float, float] | None = None
    """Pins the value axis instead of fitting it to these numbers: frames of one animation share a
    scale, so a bar that grows on screen grew in the data."""
    x_range: tuple[float, float] | None = None
    """Scatter: pins the x axis the same way."""

    @property
    def is_empty(self) -> bool:
        return not (self.series or self.xy or self.samples or self.rows)


def resolve(plan: ChartPlan, table: pd.DataFrame | None) -> ChartData:
    """Resolve a plan's data: inline values, or columns of the attached table computed by pandas."""
    if plan.uses_table:
        if table is None:
            field_name = "x" if plan.x is not None else "y"
            raise PlanError(
                [
                    f"{field_name}: the plan names table columns but no table is attached; attach a "
                    "table or give inline data (categories + series) instead of x/y"
                ]
            )
        return _drawable(_TableResolver(plan, table).run())
    return _drawable(_resolve_inline(plan))


MAX_LABEL = 2000
"""Characters kept of a label that comes from a table cell (the plan's own limit for labels)."""


def _drawable(data: ChartData) -> ChartData:
    """What painters receive is what a plan may hold: text cleaned like plan text (no XML-invalid
    control characters, at most `MAX_LABEL` characters) and only finite values within ±`MAX_VALUE`.

    Table cells reach painters only through here, and sums of large table values can overflow, so
    this is the one boundary where both are made safe; anything left out is noted.
    """
    text = _label
    data.categories = [text(c) for c in data.categories]
    dropped = 0

    def number(v: float | None) -> float | None:
        nonlocal dropped
        if v is None or (math.isfinite(v) and abs(v) <= MAX_VALUE):
            return v
        dropped += 1
        return None

    data.series = [(text(name), [number(v) for v in vals]) for name, vals in data.series]
    xy = []
    for name, xs, ys in data.xy:
        keep = [
            (x, y) for x, y in zip(xs, ys, strict=True) if number(x) is not None and number(y) is not None
        ]
        xy.append((text(name), [x for x, _ in keep], [y for _, y in keep]))
    data.xy = xy
    data.samples = [(text(name), [v for v in vals if number(v) is not None]) for name, vals in data.samples]
    data.columns = [text(c) for c in data.columns]
    data.rows = [[text(c) for c in row] for row in data.rows]
    if dropped:
        data.notes.append(f"left out {dropped:,} values too large to draw (beyond ±{MAX_VALUE:g})")
    return data


def _label(value: object) -> str:
    text = clean_text(value if isinstance(value, str) else str(value))
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


# -------------------------------------------------------------------------------------------- inline


def _series_name(plan: ChartPlan, i: int, name: str) -> str:
    if name:
        return name
    if len(plan.series) == 1:
        return plan.y_title or "Value"
    return f"Series {i + 1}"


def _resolve_inline(plan: ChartPlan) -> ChartData:
    ct = plan.chart_type
    names = [_series_name(plan, i, s.name) for i, s in enumerate(plan.series)]
    data = ChartData()
    if ct == ChartType.scatter:
        for i, (name, s) in enumerate(zip(names, plan.series, strict=True)):
            xs_raw: Sequence[float | None]
            if s.x is not None:
                xs_raw = s.x
            else:
                xs_raw = [_float_or_none(c) for c in plan.categories]
                if any(v is None for v in xs_raw) and any(c.strip() for c in plan.categories):
                    bad = [c for c, v in zip(plan.categories, xs_raw, strict=True) if v is None][:5]
                    raise PlanError(
                        [
                            f"series[{i}].x: a scatter chart needs numeric x values; give series.x "
                            f"(categories such as {bad} are not numbers), or use a bar or line chart"
                        ]
                    )
            pairs = [(x, y) for x, y in zip(xs_raw, s.values, strict=True) if x is not None and y is not None]
            dropped = len(s.values) - len(pairs)
            if dropped:
                data.notes.append(f"dropped {dropped:,} points of {name!r} with a missing x or y")
            if len(pairs) > POINT_CAP:
                step = len(pairs) / POINT_CAP
                pairs = [pairs[int(k * step)] for k in range(POINT_CAP)]
                data.notes.append(f"showing an even sample of {POINT_CAP:,} points of {name!r}")
            data.xy.append((name, [p[0] for p in pairs], [p[1] for p in pairs]))
        return data
    if ct in (ChartType.histogram, ChartType.box):
        for name, s in zip(names, plan.series, strict=True):
            values = [v for v in s.values if v is not None]
            if len(values) < len(s.values):
                data.notes.append(f"ignored {len(s.values) - len(values):,} missing values of {name!r}")
            if values:
                data.samples.append((name, values))
        return data
    categories = list(plan.categories)
    series = [(name, list(s.values)) for name, s in zip(names, plan.series, strict=True)]
    if ct == ChartType.table:
        data.columns = [plan.x_title or "", *names]
        data.rows = [
            [c, *(_fmt_number(v) for _, vals in series for v in vals[j : j + 1])]
            for j, c in enumerate(categories)
        ]
        if len(data.rows) > TABLE_ROWS:
            data.notes.append(f"showing the first {TABLE_ROWS} of {len(data.rows):,} rows")
            data.rows = data.rows[:TABLE_ROWS]
        return data
    if ct == ChartType.heatmap:
        if len(categories) > HEAT_CAP * 2:
            data.notes.append(f"showing the first {HEAT_CAP * 2} of {len(categories):,} heatmap columns")
            categories = categories[: HEAT_CAP * 2]
            series = [(n, v[: HEAT_CAP * 2]) for n, v in series]
        data.categories, data.series = categories, series
        return data
    if ct in PIE_LIKE and len(series) > 1:
        data.notes.append(f"a {ct} chart shows one series; showing {series[0][0]!r} only")
        series = series[:1]
    if ct in PIE_LIKE and plan.shares_given and series:
        given = _total(v for v in series[0][1] if v is not None and v > 0) or 0.0
        if abs(given - 100) > PIE_ROUNDING:
            data.notes.append(
                f"these percentages add up to {given:,.4g}%, not 100%: each wedge is labelled "
                f"with its own figure and sized as its part of {given:,.4g}"
            )
    order = list(range(len(categories)))
    totals = [_total(vals[j] for _, vals in series) for j in order]
    order = _sort_and_top(order, totals, plan.sort, plan.top_n, natural_ranked=True, notes=data.notes)
    other: list[float | None] | None = None
    if ct in PIE_LIKE and len(order) > PIE_CAP:
        ranked = sorted(order, key=lambda j: -(totals[j] or 0.0))
        keep = set(ranked[: PIE_CAP - 1])
        rest = [j for j in order if j not in keep]
        other = [_total(vals[j] for j in rest) for _, vals in series]
        data.notes.append(
            f"showing the {PIE_CAP - 1} largest of {len(order):,} slices; the rest are grouped as {OTHER}"
        )
        order = [j for j in order if j in keep]
    elif ct in BAR_LIKE and len(order) > BAR_CAP:
        ranked = sorted(order, key=lambda j: -(totals[j] or 0.0))
        keep = set(ranked[:BAR_CAP])
        data.notes.append(f"showing the {BAR_CAP} largest of {len(order):,} categories")
        order = [j for j in order if j in keep]
    elif ct in LINE_LIKE and len(order) > LINE_CAP:
        data.notes.append(f"showing the last {LINE_CAP:,} of {len(order):,} points")
        order = order[-LINE_CAP:]
    data.categories = [categories[j] for j in order] + ([OTHER] if other is not None else [])
    data.series = [
        (name, [vals[j] for j in order] + ([other[k]] if other is not None else []))
        for k, (name, vals) in enumerate(series)
    ]
    return data


def _float_or_none(value: Any) -> float | None:
    try:
        number = float(str(value).replace(",", "").strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _total(values: Any) -> float | None:
    present = [v for v in values if v is not None]
    return float(sum(present)) if present else None


def _sort_and_top(
    order: list[Any],
    totals: Sequence[float | None],
    sort: str | None,
    top_n: int | None,
    natural_ranked: bool,
    notes: list[str],
) -> list[Any]:
    """Apply `sort` and `top_n` to positions in `order`; `totals` is indexed like `order`."""
    by_pos = dict(zip(order, totals, strict=True))

    def value(k: Any) -> float:
        v = by_pos[k]
        return -math.inf if v is None else v

    if top_n is not None and top_n < len(order):
        keep = set(sorted(order, key=value, reverse=True)[:top_n])
        notes.append(f"showing the top {top_n} of {len(order):,} categories")
        ranked = [k for k in order if k in keep]
        if sort is None and natural_ranked:
            ranked.sort(key=value, reverse=True)
        order = ranked
    if sort is not None:
        present = [k for k in order if by_pos[k] is not None]
        absent = [k for k in order if by_pos[k] is None]
        order = sorted(present, key=value, reverse=sort == "desc") + absent
    return order


# --------------------------------------------------------------------------------------------- table


@dataclass
class _Key:
    """A grouping column: one key per row (str, float or datetime64) and how to order and label keys."""

    values: pd.Series
    kind: KeyKind
    period: str | None = None
    """Dates floored to the start of this period ("month", "quarter"…): labelled as the period."""

    def order(self, uniques: pd.Index) -> pd.Index:
        """Natural order: chronological for dates, ascending for numbers, first seen for text."""
        return uniques if self.kind == "str" else uniques.sort_values()

    def labels(self, keys: pd.Index | Sequence[Any]) -> list[str]:
        index = pd.Index(keys)
        if self.kind == "date":
            dates = pd.DatetimeIndex(index)
            if self.period is not None:
                return [period_label(d, self.period) for d in dates]
            return list(dates.strftime(_date_format(dates)))
        if self.kind == "num":
            return [_fmt_key(k) for k in index.tolist()]
        return [str(k) for k in index.tolist()]


_PERIODS = {"week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}


def floor_dates(dates: pd.Series, period: str) -> pd.Series:
    """Each date as the first day of its period (weeks start on Monday)."""
    if period == "day":
        return dates.dt.normalize()
    if dates.dt.tz is not None:
        dates = dates.dt.tz_localize(None)
    return dates.dt.to_period(_PERIODS[period]).dt.start_time


def period_label(start: Any, period: str) -> str:
    """A period by its first day as a reader names it: "Jan 2024", "2024 Q1", "week of 2024-01-01"."""
    if period == "quarter":
        return f"{start.year} Q{start.quarter}"
    if period == "week":
        return start.strftime("week of %Y-%m-%d")
    return start.strftime({"month": "%b %Y", "year": "%Y"}.get(period, "%Y-%m-%d"))


def _date_format(index: pd.DatetimeIndex) -> str:
    """The shortest strftime format that still tells these dates apart."""
    if index.empty:
        return "%Y-%m-%d"
    if (index.hour != 0).any() or (index.minute != 0).any():
        return "%Y-%m-%d %H:%M"
    if (index.day != 1).any():
        return "%Y-%m-%d"
    if (index.month != 1).any():
        return "%b %Y"
    return "%Y"


def _fmt_key(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}"


def _rows(n: int) -> str:
    return f"{n:,} row" if n == 1 else f"{n:,} rows"


def _fmt_list(values: Sequence[Any], limit: int = 30) -> str:
    shown = [str(v) for v in values[:limit]]
    more = f" … and {len(values) - limit} more" if len(values) > limit else ""
    return repr(shown)[:-1] + more + "]" if more else repr(shown)


class _TableResolver:
    """One resolution of a table-mode plan; collects notes as it goes."""

    def __init__(self, plan: ChartPlan, table: pd.DataFrame):
        self.plan = plan
        self.ct = plan.chart_type
        self.notes: list[str] = []
        self.df = table
        self.columns = [str(c) for c in table.columns]

    # -- columns and filters

    def _column(self, field_name: str, name: str, errors: list[str]) -> str:
        if name in self.columns:
            return name
        wanted = name.strip().casefold()
        close = [c for c in self.columns if c.strip().casefold() == wanted]
        if len(close) == 1:
            return close[0]
        errors.append(f"{field_name}: unknown column {name!r}; columns are {_fmt_list(self.columns)}")
        return name

    def run(self) -> ChartData:
        plan = self.plan
        errors: list[str] = []
        self.x = self._column("x", plan.x, errors) if plan.x is not None else None
        self.y = self._column("y", plan.y, errors) if plan.y is not None else None
        self.color = self._column("color", plan.color, errors) if plan.color is not None else None
        filter_cols = [
            self._column(f"filters[{i}].column", f.column, errors) for i, f in enumerate(plan.filters)
        ]
        if errors:
            raise PlanError(errors)
        if len(self.df) == 0:
            raise PlanError(["x: the attached table has no rows"])
        df = self.df
        used = list(dict.fromkeys(c for c in (self.x, self.y, self.color, *filter_cols) if c is not None))
        df = df.loc[:, used] if len(used) < df.shape[1] else df
        if df.columns.duplicated().any():
            df = df.loc[:, ~df.columns.duplicated()]
        df = self._filter(df, filter_cols)
        self.df = df
        ct = self.ct
        if ct == ChartType.scatter:
            data = self._scatter()
        elif ct in (ChartType.histogram, ChartType.box):
            data = self._samples()
        elif ct == ChartType.heatmap:
            data = self._heatmap()
        elif ct == ChartType.table and plan.aggregate is None and plan.color is None:
            data = self._raw_table()
        else:
            data = self._categorical()
        data.notes = self.notes + data.notes
        return data

    def _filter(self, df: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
        if not self.plan.filters:
            return df
        mask = pd.Series(True, index=df.index)
        for i, (f, col) in enumerate(zip(self.plan.filters, cols, strict=True)):
            this = _filter_mask(df[col], f, i)
            combined = mask & this
            if not combined.any():
                sample = df[col].dropna().astype(str).unique()[:8].tolist()
                detail = (
                    "no rows match" if not this.any() else "no rows are left after the earlier filters with"
                )
                raise PlanError(
                    [
                        f"filters[{i}]: {detail} {col!r} {f.op} {f.value!r}; some values of {col!r} "
                        f"are {sample}"
                    ]
                )
            mask = combined
        kept = int(mask.sum())
        if kept < len(df):
            self.notes.append(f"filters kept {kept:,} of {len(df):,} rows")
        return df[mask]

    # -- keys and values

    def _key(self, col: str, drop_missing: bool = True, field_name: str = "x") -> _Key:
        """Grouping keys of `col`; rows with a missing key are dropped (and noted) or kept as NaN."""
        s = self.df[col]
        kind: KeyKind
        if ptypes.is_datetime64_any_dtype(s):
            values, kind = _as_datetime(s), "date"
        elif ptypes.is_bool_dtype(s):
            values, kind = s.map({True: "true", False: "false"}), "str"
        elif ptypes.is_numeric_dtype(s):
            values, kind = s.astype(float).where(np.isfinite(s.astype(float))), "num"
        else:
            parsed = _parse_dates(s)
            if parsed is not None:
                values, kind = parsed, "date"
            else:
                values = s.where(s.isna(), s.astype(str).str.strip())
                kind = "str"
        missing = values.isna()
        if drop_missing and missing.any():
            self.notes.append(f"dropped {_rows(int(missing.sum()))} with a missing {col!r}")
            self.df = self.df[~missing]
            values = values[~missing]
            if self.df.empty:
                raise PlanError([f"{field_name}: column {col!r} has no values"])
        period = self.plan.x_period if field_name == "x" else None
        if period is not None:
            if kind != "date":
                raise PlanError([f"x_period: column {col!r} holds no dates to group by {period}"])
            before = int(values.nunique())
            values = floor_dates(values, period)
            after = int(values.nunique())
            if after < before:
                self.notes.append(f"grouped {before:,} dates into {after:,} {period}{'s' * (after != 1)}")
        return _Key(values, kind, period)

    def _numbers(self, col: str, field_name: str = "y") -> pd.Series:
        """The numeric values of `col`, dropping (and noting) rows where it is not a finite number."""
        s = self.df[col]
        if ptypes.is_datetime64_any_dtype(s):
            raise PlanError([f"{field_name}: column {col!r} holds dates, not numbers; use it as x instead"])
        values = _to_numeric(s)
        bad = values.isna()
        if bad.all():
            examples = s.dropna().astype(str).unique()[:5].tolist()
            hint = f" (values such as {examples})" if examples else " (every value is missing)"
            raise PlanError(
                [
                    f"{field_name}: column {col!r} has no numeric values{hint}; choose a numeric column "
                    f"or use aggregate 'count'"
                ]
            )
        if bad.any():
            non_numeric = int((bad & s.notna() & ~_is_inf(s)).sum())
            missing = int(bad.sum()) - non_numeric
            if non_numeric:
                examples = s[bad & s.notna() & ~_is_inf(s)].astype(str).unique()[:3].tolist()
                self.notes.append(f"dropped {_rows(non_numeric)} with non-numeric {col!r} (e.g. {examples})")
            if missing:
                self.notes.append(f"dropped {_rows(missing)} with missing or infinite {col!r}")
            self.df = self.df[~bad]
            values = values[~bad]
        return values

    def _aggregate_name(self, dup: bool) -> str:
        plan = self.plan
        if plan.aggregate is not None:
            return plan.aggregate.value
        if self.y is None:
            self.notes.append(f"counting rows per {self.x!r}")
            return Aggregate.count.value
        if dup:
            by = (f"{plan.x_period} of " if plan.x_period else "") + repr(self.x)
            by += f" and {self.color!r}" if self.color else ""
            self.notes.append(
                f"{self.y!r} is summed per {by} because values repeat (set aggregate to change this)"
            )
        return Aggregate.sum.value

    def _labels(self, col: str, field_name: str) -> tuple[pd.Series, list[str]]:
        """A label per row (missing → '(blank)') and the labels in natural order."""
        key = self._key(col, drop_missing=False, field_name=field_name)
        vals = key.values
        missing = vals.isna()
        ordered = key.order(pd.Index(pd.unique(vals[~missing].to_numpy())))
        labels = key.labels(ordered)
        if key.kind == "str":
            per_row = vals.astype(object)
        else:
            per_row = vals.map(pd.Series(labels, index=ordered)).astype(object)
        per_row = per_row.where(~missing, MISSING).astype(str)
        labels = list(dict.fromkeys(labels))
        if missing.any():
            labels.append(MISSING)
        return per_row, labels

    def _cap_groups(
        self, per_row: pd.Series, labels: list[str], weights: pd.Series | None, cap: int, what: str
    ) -> tuple[pd.Series, list[str]]:
        """Keep the `cap - 1` heaviest groups; the rest become one 'Other' group (noted)."""
        if len(labels) <= cap:
            return per_row, labels
        weight = per_row.value_counts() if weights is None else weights.abs().groupby(per_row).sum()
        keep = set(weight.sort_values(ascending=False, kind="stable").index[: cap - 1])
        self.notes.append(f"showing {cap - 1} of {len(labels):,} {what}; the rest are grouped as {OTHER}")
        return per_row.where(per_row.isin(keep), OTHER), [lb for lb in labels if lb in keep] + [OTHER]

    # -- chart families

    def _categorical(self) -> ChartData:
        """Bars, lines, areas, pies and aggregated tables: categories × series of aggregates."""
        plan, ct = self.plan, self.ct
        agg = plan.aggregate.value if plan.aggregate is not None else None
        values = None
        if self.y is not None and agg != Aggregate.count:
            values = self._numbers(self.y)
        if self.x is not None:
            xkey = self._key(self.x)
        else:  # y only: one bar per row, in table order
            xkey = _Key(pd.Series(np.arange(1.0, len(self.df) + 1), index=self.df.index), "num")
        cs: pd.Series | None = None
        color_order: list[str] = []
        if self.color is not None:
            cs, color_order = self._labels(self.color, "color")
        idx = self.df.index
        xs = xkey.values.loc[idx]
        if values is not None:
            values = values.loc[idx]
        if cs is not None:
            cs, color_order = self._cap_groups(
                cs.loc[idx], color_order, values, SERIES_CAP, f"{self.color!r} series"
            )
        counted = self.df[self.y] if (self.y is not None and agg == Aggregate.count) else None
        if agg is None:
            probe = pd.DataFrame({"x": xs}) if cs is None else pd.DataFrame({"x": xs, "c": cs})
            agg = self._aggregate_name(bool(probe.duplicated().any()))
        measure = values if counted is None else counted

        def pivot(x_keys: pd.Series, mask: pd.Series | None = None) -> pd.DataFrame:
            c = cs if (cs is None or mask is None) else cs[mask]
            m = measure if (measure is None or mask is None) else measure[mask]
            out = _pivot(x_keys, c, m, agg)
            return out.reindex(columns=color_order) if cs is not None else out

        table = pivot(xs)
        if xkey.kind != "str":
            table = table.sort_index()
        table = _sort_top(table, plan.sort, plan.top_n, ranked=xkey.kind == "str", notes=self.notes)
        has_other = False
        cap = {**dict.fromkeys(PIE_LIKE, PIE_CAP), **dict.fromkeys(BAR_LIKE, BAR_CAP)}.get(ct)
        cap = LINE_CAP if ct in LINE_LIKE else TABLE_ROWS if ct == ChartType.table else cap
        if cap is not None and len(table) > cap:
            n = len(table)
            if ct in LINE_LIKE or ct == ChartType.table or (xkey.kind == "date" and plan.sort is None):
                keep_last = ct in LINE_LIKE or (xkey.kind == "date" and plan.sort is None)
                table = table.iloc[-cap:] if keep_last else table.iloc[:cap]
                what = "rows" if ct == ChartType.table else "points" if ct in LINE_LIKE else "categories"
                self.notes.append(f"showing the {'last' if keep_last else 'first'} {cap:,} of {n:,} {what}")
            else:
                score = table.sum(axis=1, min_count=1).fillna(-np.inf).to_numpy()
                top = np.sort(np.argsort(-score, kind="stable")[: cap - 1])
                kept = table.index[top]
                rest = ~xs.isin(kept)
                table = table.iloc[top]
                if rest.any():
                    other = pivot(pd.Series(OTHER, index=xs.index[rest]), rest)
                    table = pd.concat([table.astype(float), other.reindex(columns=table.columns)])
                    has_other = True
                self.notes.append(
                    f"showing top {cap - 1} of {n:,} categories; the rest are grouped as {OTHER}"
                )

        def labels_of(keys: pd.Index) -> list[str]:
            if has_other and len(keys) and keys[-1] == OTHER:
                return [*xkey.labels(keys[:-1]), OTHER]
            return xkey.labels(keys)

        if ct in PIE_LIKE:
            if table.shape[1] > 1:
                self.notes.append(f"a {ct} chart shows one series; showing {str(table.columns[0])!r} only")
                table = table.iloc[:, :1]
            negative = (table.iloc[:, 0] < 0).to_numpy()
            if negative.any():
                bad = [lb for lb, neg in zip(labels_of(table.index), negative, strict=True) if neg][:5]
                raise PlanError(
                    [f"y: a {ct} chart cannot show negative values (at {bad}); use a bar chart instead"]
                )
        labels = labels_of(table.index)
        series_names = color_order if cs is not None else [self._value_name()]
        data = ChartData(categories=labels)
        matrix = table.to_numpy(dtype=float, na_value=np.nan)
        for j, name in enumerate(series_names[: matrix.shape[1]]):
            data.series.append((name, _floats(matrix[:, j])))
        if ct == ChartType.table:
            data.columns = [self.x or "", *series_names]
            data.rows = [
                [label, *(_fmt_number(v) for v in row)]
                for label, row in zip(labels, matrix.tolist(), strict=True)
            ]
        if not data.series or all(v is None for _, vals in data.series for v in vals):
            raise PlanError([f"y: no numbers are left to draw for {self.y!r}"])
        return data

    def _value_name(self) -> str:
        if self.y is None:
            return "count"
        if self.plan.aggregate == Aggregate.count:
            return f"count of {self.y}"
        return self.y

    def _scatter(self) -> ChartData:
        plan = self.plan
        if self.x is None or self.y is None:
            missing = "x" if self.x is None else "y"
            raise PlanError([f"{missing}: a scatter chart needs two numeric columns, x and y"])
        if ptypes.is_datetime64_any_dtype(self.df[self.x]) or _parse_dates(self.df[self.x]) is not None:
            raise PlanError([f"x: column {self.x!r} holds dates; use chart_type 'line' for values over time"])
        xv = self._numbers(self.x, "x")
        yv = self._numbers(self.y, "y")
        both = self.df.index
        xv, yv = xv.loc[both], yv.loc[both]
        cs = pd.Series("", index=both)
        color_order = [""]
        if self.color is not None:
            cs, color_order = self._labels(self.color, "color")
            cs, color_order = self._cap_groups(cs, color_order, None, SERIES_CAP, f"{self.color!r} groups")
        if plan.aggregate is not None:
            grouped = pd.DataFrame({"x": xv, "y": yv, "c": cs}).groupby(["c", "x"], sort=False)["y"]
            out = _agg(grouped, plan.aggregate.value).reset_index().sort_values("x", kind="stable")
            xv, yv, cs = out["x"], out["y"], out["c"]
            self.notes.append(f"{self.y!r} is the {plan.aggregate.value} per {self.x!r}")
        if len(xv) > POINT_CAP:
            pick = np.sort(np.random.default_rng(0).choice(len(xv), POINT_CAP, replace=False))
            self.notes.append(f"showing a random sample of {POINT_CAP:,} of {len(xv):,} points")
            xv, yv, cs = xv.iloc[pick], yv.iloc[pick], cs.iloc[pick]
        frame = pd.DataFrame({"x": xv.to_numpy(float), "y": yv.to_numpy(float), "c": cs.to_numpy(object)})
        groups = dict(list(frame.groupby("c", sort=False)))
        data = ChartData()
        for name in color_order:
            g = groups.get(name)
            if g is not None:
                label = name or plan.y_title or self.y
                data.xy.append((label, g["x"].tolist(), g["y"].tolist()))
        return data

    def _samples(self) -> ChartData:
        """Histogram and box: raw observations of y (or x), grouped by x (box) or color."""
        value_col = self.y or self.x
        assert value_col is not None
        values = self._numbers(value_col, "y" if self.y else "x")
        group_col, group_field = self.color, "color"
        if self.ct == ChartType.box and self.y is not None and self.x is not None:
            group_col, group_field = self.x, "x"
        data = ChartData()
        if group_col is None:
            data.samples.append((self.plan.y_title or value_col, values.tolist()))
            return data
        per_row, order = self._labels(group_col, group_field)
        per_row = per_row.loc[values.index]
        cap = BOX_CAP if self.ct == ChartType.box else SERIES_CAP
        if len(order) > cap:
            sizes = per_row.value_counts()
            keep = set(sizes.index[:cap])
            self.notes.append(f"showing the {cap} largest of {len(order):,} groups of {group_col!r}")
            order = [k for k in order if k in keep]
            mask = per_row.isin(keep)
            per_row, values = per_row[mask], values[mask]
        by_group = dict(list(values.groupby(per_row, sort=False)))
        for label in order:
            vals = by_group.get(label)
            if vals is not None and len(vals):
                data.samples.append((label, vals.astype(float).tolist()))
        return data

    def _heatmap(self) -> ChartData:
        """A matrix: columns are x values, rows are color values (or y values used as categories)."""
        plan = self.plan
        if self.x is None:
            raise PlanError(["x: a heatmap needs an x column (its columns)"])
        row_col = self.color or self.y
        if row_col is None:
            raise PlanError(
                ["color: a heatmap needs a second column for its rows (color, or y as categories)"]
            )
        agg = plan.aggregate.value if plan.aggregate is not None else None
        values = None
        if self.color is not None and self.y is not None and agg != Aggregate.count:
            values = self._numbers(self.y)
        xkey = self._key(self.x)
        rows, row_order = self._labels(row_col, "color" if self.color else "y")
        idx = self.df.index
        xs, rows = xkey.values.loc[idx], rows.loc[idx]
        if values is not None:
            values = values.loc[idx]
        if agg is None:
            if values is None:
                agg = Aggregate.count.value
                self.notes.append(f"cells count rows per {self.x!r} and {row_col!r}")
            else:
                agg = Aggregate.sum.value
                if pd.DataFrame({"x": xs, "r": rows}).duplicated().any():
                    self.notes.append(f"{self.y!r} is summed per {self.x!r} and {row_col!r}")
        table = _pivot(rows, xs, values, agg)
        table = table.reindex(index=row_order, columns=xkey.order(pd.Index(table.columns)))
        for axis, name in ((0, row_col), (1, self.x)):
            n = table.shape[axis]
            if n > HEAT_CAP:
                score = table.abs().sum(axis=1 - axis).to_numpy()
                top = np.sort(np.argsort(-score, kind="stable")[:HEAT_CAP])
                table = table.iloc[top] if axis == 0 else table.iloc[:, top]
                self.notes.append(f"showing the {HEAT_CAP} largest of {n:,} values of {name!r}")
        data = ChartData(categories=xkey.labels(table.columns))
        matrix = table.to_numpy(dtype=float, na_value=np.nan)
        for label, row in zip(table.index, matrix, strict=True):
            data.series.append((str(label), _floats(row)))
        return data

    def _raw_table(self) -> ChartData:
        """A table chart without aggregation: the chosen columns of the (filtered) rows."""
        plan = self.plan
        cols = list(dict.fromkeys(c for c in (self.x, self.y, self.color) if c is not None))
        df = self.df
        if self.y is not None and (plan.sort or plan.top_n):
            df = df.assign(_sort=_to_numeric(df[self.y]))
            df = df.sort_values("_sort", ascending=plan.sort == "asc", na_position="last", kind="stable")
            if plan.top_n and plan.top_n < len(df):
                if plan.sort == "asc":
                    df = df.sort_values("_sort", ascending=False, na_position="last", kind="stable")
                    df = df.head(plan.top_n).iloc[::-1]
                else:
                    df = df.head(plan.top_n)
                self.notes.append(f"showing the top {plan.top_n} rows by {self.y!r}")
        n = len(df)
        if n > TABLE_ROWS:
            self.notes.append(f"showing the first {TABLE_ROWS} of {n:,} rows")
            df = df.head(TABLE_ROWS)
        formatted = []
        for c in cols:
            s = df[c]
            if ptypes.is_numeric_dtype(s) and not ptypes.is_bool_dtype(s):
                formatted.append([_fmt_number(v) for v in s.tolist()])
            elif ptypes.is_datetime64_any_dtype(s):
                dates = _as_datetime(s)
                fmt = _date_format(pd.DatetimeIndex(dates.dropna()))
                formatted.append(["" if pd.isna(d) else d.strftime(fmt) for d in dates])
            else:
                formatted.append(["" if pd.isna(v) else str(v) for v in s.tolist()])
        return ChartData(columns=cols, rows=[list(r) for r in zip(*formatted, strict=True)])


def _floats(values: np.ndarray) -> list[float | None]:
    """Python floats with None for NaN: what painters and python-pptx accept."""
    return [None if math.isnan(v) else v for v in values.tolist()]


def _is_inf(s: pd.Series) -> pd.Series:
    if ptypes.is_numeric_dtype(s) and not ptypes.is_bool_dtype(s):
        return pd.Series(np.isinf(s.astype(float)), index=s.index)
    text = s.astype(str).str.strip().str.lower()
    return text.isin(["inf", "-inf", "+inf", "infinity", "-infinity", "nan"])


def _agg(grouped: Any, agg: str) -> pd.Series:
    if agg == "sum":
        return grouped.sum(min_count=1)
    if agg == "count":
        return grouped.count()
    return getattr(grouped, agg)()


def _pivot(xs: pd.Series, cs: pd.Series | None, values: pd.Series | None, agg: str) -> pd.DataFrame:
    """Rows = x keys in first-seen order, one column per colour key (or 'value'), cells = aggregate."""
    frame = pd.DataFrame({"x": xs.to_numpy()})
    keys = ["x"]
    if cs is not None:
        frame["c"] = cs.to_numpy()
        keys.append("c")
    if values is None:
        result = frame.groupby(keys, sort=False).size().astype(float)
    else:
        frame["y"] = values.to_numpy()
        result = _agg(frame.groupby(keys, sort=False)["y"], agg).astype(float)
    if cs is None:
        return result.to_frame("value")
    table = result.unstack("c")
    return table.reindex(index=pd.unique(frame["x"]))


def _sort_top(
    table: pd.DataFrame, sort: str | None, top_n: int | None, ranked: bool, notes: list[str]
) -> pd.DataFrame:
    """Apply `top_n` (largest row totals) and `sort` (by row total, missing last) to a pivot table."""
    totals = table.sum(axis=1, min_count=1).to_numpy(dtype=float)
    if top_n is not None and top_n < len(table):
        score = np.where(np.isnan(totals), -np.inf, totals)
        top = np.argsort(-score, kind="stable")[:top_n]
        positions = top if (sort is None and ranked) else np.sort(top)
        notes.append(f"showing the top {top_n} of {len(table):,} categories")
        table, totals = table.iloc[positions], totals[positions]
    if sort is not None:
        table = table.iloc[np.argsort(totals if sort == "asc" else -totals, kind="stable")]
    return table


def _filter_mask(col: pd.Series, f: Filter, i: int) -> pd.Series:
    """Boolean mask for one filter; compares as numbers, dates or text depending on the column."""
    op, value = f.op, f.value
    where = f"filters[{i}].value"
    if op in ("in", "not in"):
        items = value if isinstance(value, list) else [value]
        mask = pd.Series(False, index=col.index)
        for item in items:
            mask |= _equals(col, item, where)
        return ~mask if op == "not in" else mask
    if isinstance(value, list):
        raise PlanError([f"{where}: operator {op!r} needs a single value, not a list (use 'in')"])
    if op == "contains":
        if value is None:
            raise PlanError([f"{where}: 'contains' needs some text to look for"])
        return col.astype(str).str.contains(str(value), case=False, regex=False, na=False).fillna(False)
    if op in ("==", "!="):
        mask = col.isna() if value is None else _equals(col, value, where)
        return ~mask if op == "!=" else mask
    if value is None:
        raise PlanError([f"{where}: operator {op!r} needs a number, date or text, not null"])
    compare: Callable[[Any, Any], Any] = {
        ">": lambda a, b: a > b,
        ">=": lambda a, b: a >= b,
        "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b,
    }[op]
    dates = _dates_of(col)
    if dates is not None:
        when = _to_timestamp(value)
        if when is None:
            raise PlanError([f"{where}: column {f.column!r} holds dates; {value!r} is not a date"])
        return compare(dates, when).fillna(False).astype(bool)
    numbers = _to_numeric(col)
    if numbers.notna().sum() >= max(1, col.notna().sum() * 0.8):
        number = _float_or_none(value) if not isinstance(value, bool) else float(value)
        if number is None:
            raise PlanError([f"{where}: column {f.column!r} holds numbers; {value!r} is not a number"])
        return compare(numbers, number).fillna(False).astype(bool)
    return compare(col.astype(str), str(value)).where(col.notna(), False).astype(bool)


def _dates_of(col: pd.Series) -> pd.Series | None:
    if ptypes.is_datetime64_any_dtype(col):
        return _as_datetime(col)
    return _parse_dates(col)


def _to_timestamp(value: Any) -> pd.Timestamp | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if float(value).is_integer() and 1000 <= value <= 9999:
            return pd.Timestamp(year=int(value), month=1, day=1)
        return None
    try:
        ts = pd.Timestamp(str(value))
    except (ValueError, TypeError):
        return None
    if pd.isna(ts):
        return None
    return ts.tz_convert(None) if ts.tzinfo is not None else ts


def _equals(col: pd.Series, value: Any, where: str) -> pd.Series:
    if value is None:
        return col.isna()
    if ptypes.is_bool_dtype(col):
        truthy = value if isinstance(value, bool) else str(value).strip().lower() in {"true", "1", "yes"}
        return (col == truthy).fillna(False).astype(bool)
    if ptypes.is_numeric_dtype(col):
        number = float(value) if isinstance(value, bool | int | float) else _float_or_none(value)
        if number is None:
            return pd.Series(False, index=col.index)
        return (col.astype(float) == number).fillna(False)
    dates = _dates_of(col)
    if dates is not None:
        when = _to_timestamp(value)
        if when is not None:
            return (dates == when).fillna(False).astype(bool)
    text = (
        _fmt_key(float(value))
        if isinstance(value, int | float) and not isinstance(value, bool)
        else str(value)
    )
    strings = col.astype(str).str.strip()
    mask = (strings == text.strip()).where(col.notna(), False).astype(bool)
    if not mask.any() and isinstance(value, int | float) and not isinstance(value, bool):
        numbers = _to_numeric(col)
        mask = (numbers == float(value)).fillna(False)
    return mask

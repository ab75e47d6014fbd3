"""An app at given input values: every computed value, every view's content, by the Python evaluator.

The Streamlit screen recomputes this on each widget change, the snapshot (PNG, PPTX, SVG) uses it
at the default inputs, and the HTML page's JavaScript runtime follows the very same rules (filters,
grouping, formats), so all three show the same numbers.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from render import formula as fm
from render import interactive_tools as tools
from render.interactive_model import (
    MAX_POINTS,
    PLACEHOLDER,
    AppInput,
    AppPlan,
    ChartView,
    CounterView,
    LogField,
    LogView,
    MetricView,
    PickerView,
    Sweep,
    TableView,
    TextView,
    TimerView,
)
from render.interactive_tools import DASH, fmt  # noqa: F401 - painters import both from here
from render.numerals import localize
from render.plan import clean_text

if TYPE_CHECKING:
    import pandas as pd

    from render.plan import ChartPlan

Columns = dict[str, list[Any]]
MAX_HTML_ROWS = 5000  # rows of an attached table carried into the HTML page
MAX_CATEGORIES = 50
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


# -------------------------------------------------------------------------------------------- table


@dataclass
class Table:
    """The app's rows as plain cells (numbers, text, booleans, None): what both runtimes read."""

    columns: list[str]
    rows: list[list[Any]]
    dropped: int = 0
    """Rows of an attached table left out of the HTML page (only its first MAX_HTML_ROWS go)."""

    def as_columns(self, rows: Sequence[Sequence[Any]] | None = None) -> Columns:
        rows = self.rows if rows is None else rows
        return {c: [r[i] for r in rows] for i, c in enumerate(self.columns)}


def cell(value: Any) -> Any:
    """One table cell as JSON-able data: finite numbers, text (dates as ISO), booleans or None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        with contextlib.suppress(ValueError, AttributeError):
            value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if hasattr(value, "isoformat"):
        try:
            text = value.isoformat()
        except ValueError:  # NaT
            return None
        if text == "NaT":
            return None
        return text[:10] if text.endswith("T00:00:00") or len(text) == 10 else text
    text = clean_text(str(value))  # no control characters: they would break SVG and PPTX
    return None if text in ("nan", "NaT", "<NA>") else text


def app_table(plan: AppPlan, frame: pd.DataFrame | None, limit: int | None = None) -> Table | None:
    """The plan's own rows, else the attached table's (the first `limit` rows when given)."""
    if plan.table is not None:
        return Table(list(plan.table.columns), [[cell(v) for v in r] for r in plan.table.rows])
    if frame is None:
        return None
    cut = frame if limit is None else frame.head(limit)
    rows = [[cell(v) for v in r] for r in cut.itertuples(index=False, name=None)]
    return Table([str(c) for c in frame.columns], rows, dropped=len(frame) - len(cut))


def table_cell(v: Any, language: str = "") -> str:
    """A table cell as shown: a number's decimal mark in `language`'s marks ("2,5" in Spanish), no
    thousands marks added (a cell may be a year or a code); the page does the same (app.js cellText)."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return localize(text_of(v), language)
    return text_of(v)


def _log_cell(f: LogField, v: Any, language: str) -> str:
    """A log entry's cell as listed on the page: a number in `language`'s marks ("2,5" in Spanish);
    the CSV export keeps `tools.cell_text`'s plain digits."""
    text = tools.cell_text(f, v, language)
    return localize(text, language) if f.type == "number" and tools.as_number(v) is not None else text


def text_of(v: Any) -> str:
    """A cell as text for equality filters and grouping: 3.0 → "3", True → "true"."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return fm.format_number(v, None)
    return str(v)


def _truthy_cell(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "yes", "y", "1")
    return bool(v)


def _compare(op: str, a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        x, y = a, b
    elif isinstance(a, str) and isinstance(b, str) and _ISO.match(a) and _ISO.match(b):
        x, y = a, b  # type: ignore[assignment]
    else:
        return False
    return {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]


def keep(plan: AppPlan, table: Table, values: Mapping[str, Any]) -> list[list[Any]]:
    """The rows the filters keep for these input values."""
    rows = table.rows
    for flt in plan.filters:
        if flt.column not in table.columns or flt.input not in values:
            continue
        v = values[flt.input]
        inp = plan.input(flt.input)
        if v is None or v == "" or (isinstance(v, str) and v == flt.all_value) or v is False:
            continue
        i = table.columns.index(flt.column)
        if inp is not None and inp.type == "toggle":
            rows = [r for r in rows if _truthy_cell(r[i])]
        elif flt.op in ("==", "!="):
            want = text_of(v)
            rows = [r for r in rows if (text_of(r[i]) == want) == (flt.op == "==")]
        elif flt.op == "contains":
            want = text_of(v).lower()
            rows = [r for r in rows if want in text_of(r[i]).lower()]
        else:
            rows = [r for r in rows if _compare(flt.op, r[i], v)]
    return rows


# ------------------------------------------------------------------------------------------- values


def default(inp: AppInput) -> Any:
    d = inp.default
    if inp.type in ("number", "slider"):
        if isinstance(d, int | float) and not isinstance(d, bool):
            return float(d)
        if inp.min is not None:
            return float(inp.min)
        return float(inp.max) if inp.max is not None and inp.max < 0 else 0.0
    if inp.type == "select":
        return str(d) if d is not None else inp.options[0]
    if inp.type == "toggle":
        return bool(d)
    if inp.type == "date":
        return str(d)
    return "" if d is None else str(d)


def coerce(inp: AppInput, value: Any) -> Any:
    """A widget's value as formulas see it (numbers as floats, dates as YYYY-MM-DD text)."""
    if value is None:
        return default(inp)
    if inp.type in ("number", "slider"):
        return float(value)
    if inp.type == "toggle":
        return bool(value)
    if inp.type == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    return str(value)


@dataclass
class ViewState:
    """One view's content at these inputs."""

    view: Any
    text: str = ""
    error: str = ""
    chart: ChartPlan | None = None
    rows: list[list[Any]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    more: int = 0
    """Rows not shown (the view's max_rows, or the sweep's cap)."""
    items: list[str] = field(default_factory=list)
    """picker: the items to draw from; timer: the presets as "label · 06:00"; counter: the counters."""
    note: str = ""
    """picker, timer, counter: a line under the view (how the draw works, a sequence's length, the
    counter's alert and target)."""
    total: tools.LogTotal | None = None
    """log: the running total (and goal progress) over the given entries as of `State.today`."""
    alert: tools.LogAlert | None = None
    """log: the warning level the user gave, and whether the given entries cross it."""


@dataclass
class State:
    values: dict[str, Any]
    """Inputs and computed values (an EvalError where a formula has no value)."""
    table: Table | None
    rows: list[list[Any]]
    views: list[ViewState]
    today: date = field(default_factory=date.today)
    """The day a log's total per day / week / month is counted against."""

    def shown(self, name: str, plan: AppPlan) -> str:
        return shown(plan, name, self.values.get(name))

    def message(self, name: str) -> str:
        v = self.values.get(name)
        return str(v) if isinstance(v, fm.EvalError) else ""


def shown(plan: AppPlan, name: str, value: Any) -> str:
    c = plan.computed_by_name(name)
    if c is not None:
        return fmt(value, c.decimals, c.prefix, c.unit, plan.language)
    inp = plan.input(name)
    return fmt(value, None, "", inp.unit if inp is not None else "", plan.language)


def evaluate(
    plan: AppPlan,
    inputs: Mapping[str, Any] | None = None,
    table: Table | None = None,
    today: date | None = None,
) -> State:
    """Every value and view of the app for these input values (defaults for those not given);
    `today` (default: the local date) is what a log's total per day, week or month counts against."""
    today = today or date.today()
    values: dict[str, Any] = {}
    given = inputs or {}
    for inp in plan.inputs:
        values[inp.name] = coerce(inp, given.get(inp.name))
    rows = keep(plan, table, values) if table is not None else []
    columns = table.as_columns(rows) if table is not None else None
    env = fm.Env(values, columns)
    trees = plan.program.trees
    index = {c.name: i for i, c in enumerate(plan.computed)}
    for name in plan.program.order:
        try:
            values[name] = fm.evaluate(trees[f"computed[{index[name]}].formula"], env)
        except fm.EvalError as err:
            values[name] = err
    views = [_view(plan, i, v, values, table, rows, columns) for i, v in enumerate(plan.views)]
    for vs in views:
        if isinstance(vs.view, LogView):
            _log_view(vs.view, vs, today, plan.language)
    return State(values, table, rows, views, today)


def _value(tree: fm.Tree, values: Mapping[str, Any], columns: Columns | None) -> Any:
    try:
        return fm.evaluate(tree, fm.Env(values, columns))
    except fm.EvalError as err:
        return err


def sweep_points(
    sweep: Sweep, path: str, plan: AppPlan, values: Mapping[str, Any], columns: Columns | None
) -> tuple[list[float], str]:
    """The sweep variable's values (at most MAX_POINTS), or an error sentence."""
    trees = plan.program.trees
    ends = [_value(trees[f"{path}.{k}"], values, columns) for k in ("start", "stop", "step")]
    bad = next((e for e in ends if isinstance(e, fm.EvalError)), None)
    if bad is not None:
        return [], str(bad)
    if any(isinstance(e, str) for e in ends):
        return [], "start, stop and step must be numbers"
    start, stop, step = (fm.num(e) for e in ends)
    if step <= 0:
        return [], "the step must be positive"
    if stop < start:
        return [], "stop is before start"
    n = math.floor((stop - start) / step + 1e-9) + 1
    if n > MAX_POINTS:
        return [], f"{n:,} points; at most {MAX_POINTS} (use a larger step)"
    return [start + k * step for k in range(n)], ""


def _view(
    plan: AppPlan,
    i: int,
    view: Any,
    values: dict[str, Any],
    table: Table | None,
    rows: list[list[Any]],
    columns: Columns | None,
) -> ViewState:
    out = ViewState(view)
    path = f"views[{i}]"
    if isinstance(view, MetricView):
        v = values.get(view.value)
        out.text = shown(plan, view.value, v)
        out.error = str(v) if isinstance(v, fm.EvalError) else ""
    elif isinstance(view, TextView):
        out.text = PLACEHOLDER.sub(lambda m: shown(plan, m.group(1), values.get(m.group(1))), view.text)
        errs = [values[n] for n in PLACEHOLDER.findall(view.text) if isinstance(values.get(n), fm.EvalError)]
        out.error = str(errs[0]) if errs else ""
    elif isinstance(view, ChartView):
        out.chart, out.error = chart_plan(plan, path, view, values, table, rows, columns)
    elif isinstance(view, TableView):
        _table_view(plan, path, view, values, table, rows, columns, out)
    elif isinstance(view, PickerView):
        out.items = list(view.items)
        out.text = tools.action_label(view, plan.language)
        out.note = tools.picker_note(view, plan.language)
    elif isinstance(view, TimerView):
        run = tools.steps(view)
        out.items = [tools.preset_line(p) for p in view.presets] if view.mode == "countdown" else []
        out.text = tools.clock(run[0].seconds if run else 0)
        out.note = tools.timer_note(view, plan.language)
    elif isinstance(view, CounterView):  # every count starts at 0: the page's presses are its own
        lang = plan.language
        out.items = tools.counter_names(view, lang=lang)
        out.text = tools.counter_lines(view, out.items, tools.Tally.fresh(len(out.items)), lang).total
        out.note = tools.counter_note(view, lang)
    return out


def _log_view(view: LogView, out: ViewState, today: date, lang: str = "") -> None:
    """The given entries as listed, and the total of the period that contains `today`."""
    out.columns = [tools.heading(f) for f in view.fields]
    out.rows = [[_log_cell(f, v, lang) for f, v in zip(view.fields, r, strict=True)] for r in view.rows]
    out.total = tools.log_total(view, view.rows, today, lang)
    out.alert = tools.log_alert(view, view.rows, today, lang)


def _table_view(
    plan: AppPlan,
    path: str,
    view: TableView,
    values: dict[str, Any],
    table: Table | None,
    rows: list[list[Any]],
    columns: Columns | None,
    out: ViewState,
) -> None:
    if view.sweep is not None:
        xs, out.error = sweep_points(view.sweep, f"{path}.sweep", plan, values, columns)
        out.columns = [c.label for c in view.cells]
        trees = [plan.program.trees[f"{path}.cells[{j}].formula"] for j in range(len(view.cells))]
        for x in xs[: view.max_rows]:
            scope = {**values, view.sweep.name: x}
            out.rows.append(
                [
                    fmt(_value(t, scope, columns), c.decimals, c.prefix, c.unit, plan.language)
                    for t, c in zip(trees, view.cells, strict=True)
                ]
            )
        out.more = max(0, len(xs) - view.max_rows)
        return
    if table is None:
        out.error = "no table is attached"
        return
    keep_cols = [c for c in (view.columns or table.columns) if c in table.columns]
    idx = [table.columns.index(c) for c in keep_cols]
    out.columns = keep_cols
    out.rows = [[r[k] for k in idx] for r in rows[: view.max_rows]]
    out.more = max(0, len(rows) - view.max_rows)


# -------------------------------------------------------------------------------------------- charts


def chart_plan(
    plan: AppPlan,
    path: str,
    view: ChartView,
    values: Mapping[str, Any],
    table: Table | None,
    rows: list[list[Any]],
    columns: Columns | None,
) -> tuple[ChartPlan | None, str]:
    """The view at these inputs as an ordinary inline ChartPlan (native in PowerPoint, plotly in
    the app), or None with the reason it cannot be drawn."""
    from render.plan import ChartPlan

    trees = plan.program.trees
    chart_type = view.chart_type
    if view.x is not None:
        if table is None:
            return None, "no table is attached"
        categories, series = group(view, table, rows)
    elif view.sweep is not None:
        xs, error = sweep_points(view.sweep, f"{path}.sweep", plan, values, columns)
        if error:
            return None, error
        categories = [localize(fm.format_number(x, None), plan.language) for x in xs]  # "2,5" in Spanish
        series = []
        for j, s in enumerate(view.series):
            tree = trees[f"{path}.series[{j}].formula"]
            ys = [_value(tree, {**values, view.sweep.name: x}, columns) for x in xs]
            series.append((s.name or f"Series {j + 1}", [_number(y) for y in ys]))
    else:
        categories = list(view.categories)
        series = []
        for j, s in enumerate(view.series):
            ys = [
                _value(trees[f"{path}.series[{j}].values[{k}]"], values, columns)
                for k in range(len(s.values))
            ]
            series.append((s.name or f"Series {j + 1}", [_number(y) for y in ys]))
    if not categories or not any(v is not None for _, vs in series for v in vs):
        return None, "nothing to draw for these inputs"
    if chart_type in ("pie", "donut") and any(v is not None and v < 0 for _, vs in series for v in vs):
        return None, "a pie cannot show negative values for these inputs"
    if chart_type == "scatter":
        chart_type = "line"  # a sweep's points in order; scatter needs numeric x the sweep already gives
    from render.plan import Series

    try:
        return ChartPlan(
            chart_type=chart_type,
            title=view.title,
            x_title=view.x_title,
            y_title=view.y_title,
            unit=view.unit,
            categories=categories,
            series=[Series(name=n, values=vs) for n, vs in series],
            language=plan.language,  # its numbers written the app's language's way
        ), ""
    except ValueError as err:
        return None, str(err).splitlines()[-1][:200]


def _number(v: Any) -> float | None:
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    return v if isinstance(v, float) else None


def _agg(name: str, xs: list[float], count: int) -> float | None:
    if name == "count":
        return float(count)
    if not xs:
        return None
    if name == "sum":
        return math.fsum(xs)
    if name == "mean":
        return math.fsum(xs) / len(xs)
    if name == "min":
        return min(xs)
    if name == "max":
        return max(xs)
    ys = sorted(xs)
    mid = len(ys) // 2
    return ys[mid] if len(ys) % 2 else (ys[mid - 1] + ys[mid]) / 2


def _key_order(keys: list[str], raw: dict[str, Any]) -> list[str]:
    """Numbers ascending, ISO dates ascending, anything else in order of first appearance."""
    if keys and all(isinstance(raw[k], float) for k in keys):
        return sorted(keys, key=lambda k: raw[k])
    if keys and all(isinstance(raw[k], str) and _ISO.match(raw[k]) for k in keys):
        return sorted(keys)
    return keys


def group(view: ChartView, table: Table, rows: list[list[Any]]) -> tuple[list[str], list[tuple[str, list]]]:
    """Rows grouped by x (and split by color), aggregated; the JS runtime groups the same way."""
    xi = table.columns.index(view.x)  # type: ignore[arg-type]
    yi = table.columns.index(view.y) if view.y is not None else None
    ci = table.columns.index(view.color) if view.color is not None else None
    raw: dict[str, Any] = {}
    buckets: dict[str, dict[str, tuple[list[float], list[int]]]] = {}
    series_raw: dict[str, Any] = {}
    for r in rows:
        key = text_of(r[xi])
        raw.setdefault(key, r[xi])
        skey = text_of(r[ci]) if ci is not None else (view.y or "count")
        series_raw.setdefault(skey, r[ci] if ci is not None else skey)
        xs, n = buckets.setdefault(skey, {}).setdefault(key, ([], [0]))
        n[0] += 1
        y = r[yi] if yi is not None else None
        if isinstance(y, float):
            xs.append(y)
    keys = _key_order(list(raw), raw)
    snames = _key_order(list(series_raw), series_raw)
    series = [(name, [_agg(view.aggregate, *_bucket(buckets[name].get(k))) for k in keys]) for name in snames]
    if view.sort or view.top_n:
        totals = [math.fsum(vs[k] or 0.0 for _, vs in series) for k in range(len(keys))]
        order = list(range(len(keys)))
        if view.top_n:  # the N largest, then in the order asked for
            largest = set(sorted(order, key=lambda k: -totals[k])[: view.top_n])
            order = [k for k in order if k in largest]
        if view.sort:
            order.sort(key=lambda k: totals[k], reverse=view.sort == "desc")
        keys = [keys[k] for k in order]
        series = [(n, [vs[k] for k in order]) for n, vs in series]
    keys, series = keys[:MAX_CATEGORIES], [(n, vs[:MAX_CATEGORIES]) for n, vs in series]
    return [k or "(blank)" for k in keys], series


def _bucket(found: tuple[list[float], list[int]] | None) -> tuple[list[float], int]:
    return (found[0], found[1][0]) if found is not None else ([], 0)

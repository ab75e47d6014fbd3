"""The table explorer of the `app` kind: an attached (or typed) table with filters on its categorical
columns, a range on a numeric one, and a chart and a table that follow them.

Moved out of `generators.rules.app` (which was near the line limit); `app.explorer` is this.
"""

from __future__ import annotations

from typing import Any

from generators.rules import app_more as more
from generators.rules import app_texts as texts
from generators.rules.cues import MEAN_LIKE
from generators.rules.words import humanize
from render.columns import profile
from render.numerals import localize
from render.plan import parse_plan


def _plan(data: dict[str, Any]) -> Any:
    return parse_plan({"kind": "app", **data})


def explorer(question: str, table: Any, table_name: str, lang: str) -> Any:
    """Filters on categorical columns, a range on a numeric one, a chart and a table that follow."""
    import math

    cols = profile(table)
    # columns worth filtering on: a few repeated values (not one value per row, like names or ids)
    cats = [
        c for c in cols if c.kind == "category" and c.duplicated and 2 <= c.nunique <= 30 and not c.id_like
    ][:3]
    nums = [c for c in cols if c.kind == "numeric" and not c.id_like]
    inputs: list[dict[str, Any]] = []
    filters: list[dict[str, Any]] = []
    used_names: set[str] = set()

    def ident(base: str) -> str:
        return more.ident(base, used_names)  # never a reserved word: a column named "class" is fine

    def say(key: str, **fields: str) -> str:
        return texts.say(lang, key, **fields)

    every = say("explore.all")

    for c in cats:
        values = sorted({str(v) for v in table[c.name].dropna().tolist()}, key=str.casefold)
        name = ident(c.name)
        inputs.append({"name": name, "label": humanize(c.name), "type": "select", "options": [every, *values],
                       "default": every})  # fmt: skip
        filters.append({"column": c.name, "op": "==", "input": name, "all_value": every})
    measure = nums[0] if nums else None
    if measure is not None:
        series = table[measure.name]
        import pandas as pd

        s = pd.to_numeric(series, errors="coerce").dropna()
        if not s.empty and s.min() < s.max():
            lo, hi = float(s.min()), float(s.max())
            span = hi - lo
            step = 10 ** math.floor(math.log10(span / 100)) if span > 0 else 1
            lo_r, hi_r = math.floor(lo / step) * step, math.ceil(hi / step) * step
            for bound, op, default in (("min", ">=", lo_r), ("max", "<=", hi_r)):
                name = ident(f"{measure.name}_{bound}")
                inputs.append({"name": name, "label": say(f"explore.{bound}", col=humanize(measure.name)), "type": "slider",
                               "min": lo_r, "max": hi_r, "step": step, "default": default})  # fmt: skip
                filters.append({"column": measure.name, "op": op, "input": name})
    views: list[dict[str, Any]] = [{"type": "metric", "value": "rows"}]
    computed = [{"name": "rows", "label": say("explore.rows"), "formula": "count()"}]
    if measure is not None:
        mean = any(w in measure.name.lower() for w in MEAN_LIKE)
        computed.append(
            {"name": "measure", "label": say("explore.average" if mean else "explore.total", col=humanize(measure.name)),
             "formula": f'{"avg" if mean else "sum"}({_quoted(measure.name)})', "decimals": 2 if mean else None}
        )  # fmt: skip
        views.append({"type": "metric", "value": "measure"})
        if cats:
            views.append(
                {"type": "chart", "title": say("explore.average_by" if mean else "explore.total_by", col=humanize(measure.name), by=humanize(cats[0].name)),
                 "chart_type": "bar", "x": cats[0].name, "y": measure.name, "aggregate": "mean" if mean else "sum",
                 "sort": "desc", "top_n": 20}
            )  # fmt: skip
    elif cats:
        views.append({"type": "chart", "title": say("explore.rows_by", by=humanize(cats[0].name)), "chart_type": "bar",
                      "x": cats[0].name, "aggregate": "count", "sort": "desc", "top_n": 20})  # fmt: skip
    views.append({"type": "table", "title": table_name or say("explore.rows"), "max_rows": 100})
    name = table_name.rsplit("/", 1)[-1].rsplit(".", 1)[0] if table_name else ""
    return _plan(
        {
            "title": say("explore.title", name=humanize(name)) if name else say("explore.untitled"),
            "inputs": inputs,
            "computed": computed,
            "filters": filters,
            "views": views,
            "layout": "columns" if inputs else "rows",
            "answer": say("explore.answer", n=localize(f"{len(table):,}", lang)),
        }
    )


def _quoted(column: str) -> str:
    return '"' + column.replace('"', "") + '"' if '"' not in column else "'" + column + "'"

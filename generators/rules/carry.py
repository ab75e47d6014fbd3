"""Plans built on a table pasted into the question carry that table's data.

An attached table travels with the request to the renderer, so a chart may name its columns. A
table the planner read out of the question (`generators.rules.pasted`) travels nowhere: the plan is
all the renderer gets. So every chart that names columns is resolved now, by the same resolver the
renderer uses (`render.data.resolve`, pandas), into inline categories and series; an animation that
plays over a time column becomes one series per time step; an app gets the rows as its own table.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    import pandas as pd


def carry(plan: Any, table: pd.DataFrame) -> Any:
    """The plan with every reference to `table` replaced by the data it resolves to."""
    return _walk(plan, table)


def _walk(obj: Any, table: pd.DataFrame) -> Any:
    from render.animation import Scene
    from render.interactive_model import AppPlan
    from render.plan import ChartPlan

    if isinstance(obj, ChartPlan):
        return _inline(obj, table) if obj.uses_table else obj
    if (
        isinstance(obj, Scene)
        and obj.frame_field
        and isinstance(obj.visual, ChartPlan)
        and obj.visual.uses_table
    ):
        by_step = obj.visual.model_copy(update={"color": obj.frame_field})
        return obj.model_copy(
            update={"visual": _inline(by_step, table), "frame_field": None, "frames_from": "series"}
        )
    if isinstance(obj, AppPlan) and obj.table is None:
        obj = obj.model_copy(update={"table": _app_table(table)})
    if isinstance(obj, BaseModel):
        updates = {}
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            new = _walk(value, table)
            if new is not value:
                updates[name] = new
        return obj.model_copy(update=updates) if updates else obj
    if isinstance(obj, list):
        items = [_walk(v, table) for v in obj]
        return items if any(a is not b for a, b in zip(items, obj, strict=True)) else obj
    return obj


def _inline(plan: Any, table: pd.DataFrame) -> Any:
    """A table chart as the inline chart it draws: the renderer's own resolution, values included."""
    from render.data import resolve
    from render.plan import Series

    data = resolve(plan, table)
    if data.xy:
        series = [Series(name=n, x=list(xs), values=list(ys)) for n, xs, ys in data.xy]
        categories: list[str] = []
    elif data.samples:
        series = [Series(name=n, values=list(v)) for n, v in data.samples]
        categories = []
    elif data.rows:  # a table chart: the first column names the rows, numbers fill the series
        categories = [r[0] for r in data.rows]
        series = [
            Series(name=name, values=[_number(r[k]) for r in data.rows])
            for k, name in enumerate(data.columns[1:], 1)
        ]
    else:
        categories = list(data.categories)
        series = [Series(name=n, values=list(v)) for n, v in data.series]
    return plan.model_copy(
        update={
            "x": None,
            "y": None,
            "color": None,
            "aggregate": None,
            "filters": [],
            "top_n": None,
            "categories": categories,
            "series": series,
        }
    )


def _number(text: str) -> float | None:
    try:
        return float(str(text).replace(",", ""))
    except ValueError:
        return None


def _app_table(table: pd.DataFrame) -> Any:
    from render.interactive_model import AppTable

    def cell(v: Any) -> Any:
        if isinstance(v, bool) or v is None:
            return v
        if isinstance(v, (int, float)):
            return None if isinstance(v, float) and math.isnan(v) else v
        if hasattr(v, "item"):  # numpy scalars
            return cell(v.item())
        return str(v)

    rows = [[cell(v) for v in row] for row in table.itertuples(index=False)]
    return AppTable(columns=[str(c) for c in table.columns], rows=rows)

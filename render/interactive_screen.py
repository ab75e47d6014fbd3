"""The app in the Streamlit chat: real widgets, values recomputed by the Python evaluator on every rerun.

`show(view, st, key)` receives the streamlit module from the app (render/ never imports it). Widget
keys are namespaced by the answer's key, so every answer keeps its own inputs, quiz answers and
ticks; a change reruns the page, which recomputes the formulas and filters — nothing is re-planned.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from render.interactive_model import (
    AppInput,
    AppPlan,
    ChartView,
    ChecklistView,
    MetricView,
    QuizView,
    TableView,
    TextView,
)
from render.interactive_state import Table, ViewState, app_table, default, evaluate

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def escape_md(text: str) -> str:
    """Plan text shown literally in st.markdown: no links, images, HTML or formatting from it."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def show(view: Any, st: Any, key: str) -> None:
    """Draw the app of `view.result` with Streamlit `st`; `key` keeps this answer's state apart."""
    result = view.result
    plan: AppPlan = result.plan
    cache = f"app-table-{key}"
    if cache not in st.session_state:
        st.session_state[cache] = app_table(plan, result.ctx.table)
    table: Table | None = st.session_state[cache]
    if plan.layout == "columns" and plan.inputs:
        left, right = st.columns([1, 2], gap="medium")
        with left:
            values = _inputs(plan, st, key, columns=1)
        with right:
            _views(plan, evaluate(plan, values, table), st, key, result)
        return
    values = _inputs(plan, st, key, columns=min(3, max(1, len(plan.inputs))))
    _views(plan, evaluate(plan, values, table), st, key, result)


def widget_key(key: str, name: str) -> str:
    return f"app-{key}-in-{name}"


def _inputs(plan: AppPlan, st: Any, key: str, columns: int) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if not plan.inputs:
        return values
    slots = st.columns(columns) if columns > 1 else [st.container()]
    for n, inp in enumerate(plan.inputs):
        with slots[n % len(slots)]:
            values[inp.name] = _widget(inp, st, widget_key(key, inp.name))
    return values


def _decimals(step: float | None) -> int:
    if not step or step == math.floor(step):
        return 0
    text = f"{step:.10f}".rstrip("0")
    return min(len(text.split(".")[1]), 10)


def _widget(inp: AppInput, st: Any, k: str) -> Any:
    label = inp.label or inp.name
    if inp.unit and inp.type in ("number", "slider"):
        label = f"{label} ({inp.unit})"
    label = escape_md(label)  # Streamlit reads labels and help as markdown: plan text stays text
    helptext = escape_md(inp.help) if inp.help else None
    d = default(inp)
    if inp.type == "number":
        step = float(inp.step) if inp.step else 1.0
        fmt = f"%.{_decimals(step) if inp.step else (0 if d == math.floor(d) else 2)}f"
        return st.number_input(
            label,
            min_value=float(inp.min) if inp.min is not None else None,
            max_value=float(inp.max) if inp.max is not None else None,
            value=d,
            step=step,
            format=fmt,
            key=k,
            help=helptext,
        )
    if inp.type == "slider":
        step = float(inp.step) if inp.step else None
        return st.slider(
            label, min_value=float(inp.min or 0.0), max_value=float(inp.max or 0.0), value=d, step=step, key=k,
            help=helptext,
        )  # fmt: skip
    if inp.type == "select":
        return st.selectbox(label, inp.options, index=inp.options.index(d), key=k, help=helptext)
    if inp.type == "toggle":
        return st.toggle(label, value=d, key=k, help=helptext)
    if inp.type == "date":
        picked = st.date_input(label, value=date.fromisoformat(d[:10]), key=k, help=helptext)
        return picked.isoformat() if isinstance(picked, date) else d
    return st.text_input(label, value=d, max_chars=200, key=k, help=helptext)


def _views(plan: AppPlan, state: Any, st: Any, key: str, result: Any) -> None:
    views = list(enumerate(state.views))
    if plan.layout == "tabs" and len(views) > 1:
        tabs = st.tabs([escape_md(vs.view.title) or f"Tab {i + 1}" for i, vs in views])
        for tab, (i, vs) in zip(tabs, views, strict=True):
            with tab:
                _one(plan, i, vs, st, key, result)
        return
    run: list[tuple[int, ViewState]] = []
    for i, vs in [*views, (-1, None)]:
        if vs is not None and isinstance(vs.view, MetricView):
            run.append((i, vs))
            continue
        if run:
            for start in range(0, len(run), 4):
                chunk = run[start : start + 4]
                for col, (j, m) in zip(st.columns(len(chunk)), chunk, strict=True):
                    with col:
                        _one(plan, j, m, st, key, result)
            run = []
        if vs is not None:
            _one(plan, i, vs, st, key, result)


def _one(plan: AppPlan, i: int, vs: ViewState, st: Any, key: str, result: Any) -> None:
    view = vs.view
    if isinstance(view, MetricView):
        label = escape_md(view.title or _label(plan, view.value))
        st.metric(label, vs.text, help=escape_md(vs.error) or None, border=True)
        if vs.error or view.caption:
            st.caption(escape_md(vs.error or view.caption))
        return
    if view.title and not isinstance(view, ChartView):
        st.markdown(f"**{escape_md(view.title)}**")
    if isinstance(view, TextView):
        st.markdown(escape_md(vs.text))
        if vs.error:
            st.caption(escape_md(vs.error))
    elif isinstance(view, ChartView):
        if vs.chart is None:
            st.info(f"{view.title or 'Chart'}: {vs.error}", icon="ℹ️")
            return
        from render.chart import figure_from_data
        from render.data import resolve

        figure = figure_from_data(vs.chart, resolve(vs.chart, None), result.theme)
        st.plotly_chart(figure, theme=None, key=f"app-{key}-chart-{i}", config={"displaylogo": False})
    elif isinstance(view, TableView):
        _table(vs, st)
    elif isinstance(view, QuizView):
        _quiz(view, st, f"app-{key}-quiz-{i}")
    elif isinstance(view, ChecklistView):
        done = 0
        for n, item in enumerate(view.items):
            done += bool(st.checkbox(escape_md(item), key=f"app-{key}-check-{i}-{n}"))
        st.progress(done / len(view.items), text=f"{done} of {len(view.items)} done")


def _label(plan: AppPlan, name: str) -> str:
    c = plan.computed_by_name(name)
    inp = plan.input(name)
    return (c.label if c else inp.label if inp else "") or name


def _table(vs: ViewState, st: Any) -> None:
    import pandas as pd

    if vs.error and not vs.rows:
        st.info(vs.error, icon="ℹ️")
        return
    frame = pd.DataFrame(vs.rows, columns=_unique(vs.columns))
    st.dataframe(frame, hide_index=True)
    if vs.more:
        st.caption(f"… {vs.more:,} more rows")


def _unique(columns: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for c in columns:
        seen[c] = seen.get(c, 0) + 1
        out.append(c if seen[c] == 1 else f"{c} ({seen[c]})")
    return out


def _quiz(view: QuizView, st: Any, k: str) -> None:
    checked = f"{k}-checked"
    cards = view.mode == "flashcards"
    right = 0
    for n, q in enumerate(view.questions):
        qk = f"{k}-{n}"
        if not cards and q.choices:
            pick = st.radio(
                escape_md(f"{n + 1}. {q.question}"), q.choices, index=None, key=qk, format_func=escape_md
            )
            if st.session_state.get(checked):
                ok = pick == q.answer
                right += ok
                message = "✅ Right" if ok else f"❌ The answer is {q.answer}"
                st.caption(escape_md(message + (f" — {q.explanation}" if q.explanation else "")))
        else:
            with st.expander(escape_md(f"{n + 1}. {q.question}")):
                st.markdown(f"**{escape_md(q.answer)}**")
                if q.explanation:
                    st.caption(escape_md(q.explanation))
            right += bool(st.checkbox("I knew this", key=qk))
    if cards:
        st.progress(right / len(view.questions), text=f"Known: {right} / {len(view.questions)}")
        return
    cols = st.columns([1, 3], vertical_alignment="center")
    cols[0].button(
        "Check answers", key=f"{k}-check", on_click=st.session_state.__setitem__, args=(checked, True)
    )
    if st.session_state.get(checked):
        cols[1].markdown(f"**Score: {right} / {len(view.questions)}**")

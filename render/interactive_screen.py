"""The app in the Streamlit chat: real widgets, values recomputed by the Python evaluator on every rerun.

`show(view, st, key)` receives the streamlit module from the app (render/ never imports it). Widget
keys are namespaced by the answer's key, so every answer keeps its own inputs, quiz answers and
ticks; a change reruns the page, which recomputes the formulas and filters — nothing is re-planned.
"""

from __future__ import annotations

import math
import random
import re
import time as clock_time
from datetime import date, datetime
from typing import Any

from render import interactive_tools as tools
from render.interactive_model import (
    AppInput,
    AppPlan,
    ChartView,
    ChecklistView,
    CounterView,
    LogField,
    LogView,
    MetricView,
    PickerView,
    QuizView,
    TableView,
    TextView,
    TimerView,
)
from render.interactive_state import Table, ViewState, app_table, default, evaluate
from render.interactive_words import say
from render.numerals import localize

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def escape_md(text: str) -> str:
    """Plan text shown literally in st.markdown: no links, images, HTML or formatting from it."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def show(view: Any, st: Any, key: str, *, today: date | None = None) -> None:
    """Draw the app of `view.result` with Streamlit `st`; `key` keeps this answer's state apart.
    `today` (default: the local date) is the day a log's totals per day, week or month count against."""
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
            _views(plan, evaluate(plan, values, table, today), st, key, result)
        return
    values = _inputs(plan, st, key, columns=min(3, max(1, len(plan.inputs))))
    _views(plan, evaluate(plan, values, table, today), st, key, result)


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
        tabs = st.tabs([escape_md(vs.view.title) or say(plan.language, "tab", n=i + 1) for i, vs in views])
        for tab, (i, vs) in zip(tabs, views, strict=True):
            with tab:
                _one(plan, i, vs, st, key, result, state.today)
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
                        _one(plan, j, m, st, key, result, state.today)
            run = []
        if vs is not None:
            _one(plan, i, vs, st, key, result, state.today)


def _one(plan: AppPlan, i: int, vs: ViewState, st: Any, key: str, result: Any, today: date) -> None:
    view = vs.view
    lang = plan.language
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
            st.info(f"{view.title or say(lang, 'chart')}: {vs.error}", icon="ℹ️")
            return
        from render.chart import figure_from_data
        from render.data import resolve

        figure = figure_from_data(vs.chart, resolve(vs.chart, None), result.theme)
        st.plotly_chart(figure, theme=None, key=f"app-{key}-chart-{i}", config={"displaylogo": False})
    elif isinstance(view, TableView):
        _table(vs, st, lang)
    elif isinstance(view, QuizView):
        _quiz(view, st, f"app-{key}-quiz-{i}", lang)
    elif isinstance(view, PickerView):
        _picker(view, st, f"app-{key}-pick-{i}", lang)
    elif isinstance(view, TimerView):
        _timer(view, st, f"app-{key}-timer-{i}", lang)
    elif isinstance(view, CounterView):
        _counter(view, st, f"app-{key}-count-{i}", lang)
    elif isinstance(view, LogView):
        _log(plan, view, st, f"app-{key}-log-{i}", today)
    elif isinstance(view, ChecklistView):
        done = 0
        for n, item in enumerate(view.items):
            done += bool(st.checkbox(escape_md(item), key=f"app-{key}-check-{i}-{n}"))
        st.progress(done / len(view.items), text=say(lang, "checked", done=done, n=len(view.items)))


def _label(plan: AppPlan, name: str) -> str:
    c = plan.computed_by_name(name)
    inp = plan.input(name)
    return (c.label if c else inp.label if inp else "") or name


def _table(vs: ViewState, st: Any, lang: str = "") -> None:
    import pandas as pd

    if vs.error and not vs.rows:
        st.info(vs.error, icon="ℹ️")
        return
    frame = pd.DataFrame(vs.rows, columns=_unique(vs.columns))
    st.dataframe(frame, hide_index=True)
    if vs.more:
        st.caption(say(lang, "more_rows", n=localize(f"{vs.more:,}", lang)))


def _unique(columns: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for c in columns:
        seen[c] = seen.get(c, 0) + 1
        out.append(c if seen[c] == 1 else f"{c} ({seen[c]})")
    return out


def _quiz(view: QuizView, st: Any, k: str, lang: str = "") -> None:
    checked = f"{k}-checked"
    cards = view.mode == "flashcards"
    right = 0
    questions = view.questions
    if not questions:  # a quiz to write: the user's own questions, typed on the page
        typed = st.text_area(say(lang, "quiz_write"), key=f"{k}-typed", placeholder=say(lang, "quiz_example"))
        questions, skipped = tools.questions_from_text(typed)
        if note := tools.quiz_note(view, len(questions), skipped, lang):
            st.caption(escape_md(note))
        if not questions:
            return
    for n, q in enumerate(questions):
        qk = f"{k}-{n}"
        if not cards and q.choices:
            pick = st.radio(
                escape_md(f"{n + 1}. {q.question}"), q.choices, index=None, key=qk, format_func=escape_md
            )
            if st.session_state.get(checked):
                ok = pick == q.answer
                right += ok
                message = say(lang, "right") if ok else say(lang, "answer_is", answer=q.answer)
                st.caption(escape_md(message + (f" — {q.explanation}" if q.explanation else "")))
        else:
            with st.expander(escape_md(f"{n + 1}. {q.question}")):
                st.markdown(f"**{escape_md(q.answer)}**")
                if q.explanation:
                    st.caption(escape_md(q.explanation))
            right += bool(st.checkbox(say(lang, "knew_this"), key=qk))
    total = len(questions)
    if cards:
        st.progress(right / total, text=say(lang, "known_n", n=right, total=total))
        return
    cols = st.columns([1, 3], vertical_alignment="center")
    cols[0].button(
        say(lang, "check_answers"),
        key=f"{k}-check",
        on_click=st.session_state.__setitem__,
        args=(checked, True),
    )
    if st.session_state.get(checked):
        cols[1].markdown(f"**{say(lang, 'score_n', n=right, total=total)}**")


# ------------------------------------------------------------------------------- picker, timer, log

RNG = random.SystemRandom()  # draws nobody can predict from earlier ones


def _picker(view: PickerView, st: Any, k: str, lang: str = "") -> None:
    """The list (editable), how many, the draw button; the last draw and the rota kept per answer."""
    text = st.text_area(
        say(lang, "items_per_line"), value="\n".join(view.items), key=f"{k}-items",
        height=max(100, min(260, 28 * len(view.items) + 20)), placeholder=say(lang, "name_per_line"),
    )  # fmt: skip
    items = tools.items_from_text(text)
    cols = st.columns([1, 1, 2], vertical_alignment="bottom")
    count = view.count
    if view.mode != "shuffle":
        count = int(
            cols[0].number_input(
                say(lang, "teams" if view.mode == "teams" else "how_many"),
                min_value=1,
                max_value=100,
                value=view.count,
                step=1,
                key=f"{k}-count",
            )
        )
    if cols[1].button(tools.action_label(view, lang), key=f"{k}-draw", type="primary", disabled=not items):
        fingerprint = "\n".join(items)
        kept = st.session_state.get(f"{k}-pool")
        pool = kept[1] if kept and kept[0] == fingerprint else None
        groups, left = tools.draw(items, view.mode, count, RNG, pool, view.no_repeat)
        st.session_state[f"{k}-pool"] = (fingerprint, left)
        st.session_state[f"{k}-result"] = groups
    if view.mode == "pick" and view.no_repeat and cols[2].button(say(lang, "new_round"), key=f"{k}-round"):
        st.session_state.pop(f"{k}-pool", None)
        st.session_state.pop(f"{k}-result", None)
    groups = st.session_state.get(f"{k}-result")
    if not items:
        st.caption(say(lang, "picker_empty"))
    if groups:
        if view.mode == "teams":
            for start in range(0, len(groups), 4):
                for col, (t, team) in zip(
                    st.columns(4), list(enumerate(groups))[start : start + 4], strict=False
                ):
                    head = escape_md(say(lang, "team_n", n=t + 1))
                    col.markdown(f"**{head}**\n\n" + "\n".join(f"- {escape_md(x)}" for x in team))
        elif view.mode == "shuffle":
            st.markdown("\n".join(f"{n}. {escape_md(x)}" for n, x in enumerate(groups[0], 1)))
        else:
            st.success(" · ".join(escape_md(x) for x in groups[0]), icon="🎲")
    kept = st.session_state.get(f"{k}-pool")
    if view.mode == "pick" and view.no_repeat and kept and groups:
        left = len(kept[1])
        st.caption(say(lang, "left_to_draw", n=left) if left else say(lang, "all_drawn"))
    elif view.no_repeat and view.mode == "pick" and not groups and items:
        st.caption(tools.picker_note(view, lang))


def _timer(view: TimerView, st: Any, k: str, lang: str = "") -> None:
    """Preset choice, start/pause/reset and the running clock. The clock is a fragment that reruns
    every second only while the timer runs; when a step ends a short tone plays (st.audio of a WAV
    made here, autoplayed: the user's Start click lets the browser play it)."""
    run: tools.Stopwatch = st.session_state.setdefault(f"{k}-run", tools.Stopwatch())
    ticking = run.running

    @st.fragment(run_every=1.0 if ticking else None, key=f"{k}-face")
    def face() -> None:
        if run.running != ticking:  # started, paused or done in this fragment: redraw with the right pace
            st.rerun()
        choice, typed = 0, None
        if view.mode == "countdown" and view.presets and not view.sequence:
            choice = st.segmented_control(
                say(lang, "duration"), list(range(len(view.presets))), default=0, key=f"{k}-preset", required=True,
                format_func=lambda n: escape_md(tools.preset_line(view.presets[n])), on_change=run.reset,
            )  # fmt: skip
            choice = 0 if choice is None else int(choice)
        elif view.mode == "countdown" and view.sequence:
            st.caption(escape_md(tools.timer_note(view, lang)))
        elif view.mode == "countdown":
            minutes = st.number_input(
                say(lang, "minutes"), min_value=0.0, max_value=7 * 24 * 60.0, value=None, step=1.0,
                key=f"{k}-minutes", on_change=run.reset, placeholder=say(lang, "how_many_minutes"),
            )  # fmt: skip
            typed = minutes * 60 if minutes else None
        run_steps = tools.steps(view, choice, typed)
        now = clock_time.monotonic()
        elapsed = run.elapsed(now)
        pos = tools.position(run_steps, elapsed)
        if pos.ends > run.rang:
            run.rang = pos.ends
            st.session_state[f"{k}-ring"] = now + 4.0
        if pos.done and run.running:
            run.pause(now)
        if view.mode == "stopwatch":
            label, shown = say(lang, "elapsed"), tools.clock(math.floor(elapsed))
        elif pos.done:
            label, shown = say(lang, "done"), tools.clock(0)
        elif run_steps:
            step = run_steps[pos.step]
            parts = [step.label or say(lang, "time_left")]
            if view.sequence and view.rounds > 1:
                parts.append(say(lang, "round_of", n=step.round, total=view.rounds))
            if view.sequence:
                parts.append(say(lang, "step_of", n=pos.step + 1, total=len(run_steps)))
            label, shown = " · ".join(parts), tools.clock(pos.left)
        else:
            label, shown = say(lang, "time_left"), tools.clock(0)
        st.metric(escape_md(label), shown)
        cols = st.columns([1, 1, 3])
        if run.running:
            cols[0].button(
                say(lang, "pause"),
                key=f"{k}-go",
                type="primary",
                on_click=lambda: run.pause(clock_time.monotonic()),
            )
        else:
            can = view.mode == "stopwatch" or bool(run_steps)

            def go() -> None:
                if pos.done:
                    run.reset()
                run.start(clock_time.monotonic())

            cols[0].button(say(lang, "resume" if elapsed > 0 and not pos.done else "start"), key=f"{k}-go",
                           type="primary", on_click=go, disabled=not can)  # fmt: skip
        cols[1].button(say(lang, "reset"), key=f"{k}-reset", on_click=run.reset)
        if view.sound and st.session_state.get(f"{k}-ring", 0.0) > now:
            st.audio(tools.tone_wav(), format="audio/wav", autoplay=True)

    face()


def _counter(view: CounterView, st: Any, k: str, lang: str = "") -> None:
    """A row per counter (name, count, − and +), the total and leader, the alert and the winner, a
    reset, and the names to rename or add to. The counts live in this session, per answer and view."""
    with st.expander(say(lang, "rename_counters")):
        text = st.text_area(say(lang, "counter_names"), value="\n".join(view.items), key=f"{k}-names")
    names = tools.counter_names(view, text, lang)
    tally: tools.Tally = st.session_state.setdefault(f"{k}-tally", tools.Tally.fresh(len(names)))
    tally.fit(len(names))
    step = "" if view.step == 1 else str(view.step)
    for n, name in enumerate(names):
        cols = st.columns([4, 2, 1, 1], vertical_alignment="center")
        cols[0].markdown(escape_md(name))
        cols[1].markdown(f"**{tools.number(tally.counts[n], lang)}**")
        cols[2].button("−" + step, key=f"{k}-minus-{n}", on_click=tally.press, args=(view, n, False))
        cols[3].button(
            "+" + step, key=f"{k}-plus-{n}", type="primary", on_click=tally.press, args=(view, n, True)
        )
    lines = tools.counter_lines(view, names, tally, lang)
    if lines.total or lines.leader:
        st.markdown(" · ".join(escape_md(x) for x in (lines.total, lines.leader) if x))
    if lines.alert:
        st.info(escape_md(lines.alert), icon="🔔")
    if lines.winner:
        st.success(escape_md(lines.winner), icon="🏆")
    st.button(say(lang, "reset"), key=f"{k}-reset", on_click=tally.reset)
    note = tools.counter_note(view, lang)
    if note:
        st.caption(escape_md(note))


def _frame(view: LogView, rows: list[list[Any]]) -> Any:
    """Entries as the editor's table: dates as dates, times as times, numbers as floats."""
    import pandas as pd

    data: dict[str, Any] = {}
    for j, f in enumerate(view.fields):
        cells = [r[j] if j < len(r) else None for r in rows]
        if f.type == "date":
            data[f.name] = pd.Series([tools.as_date(c) for c in cells], dtype="object")
        elif f.type == "time":
            data[f.name] = pd.Series([_as_time(c) for c in cells], dtype="object")
        elif f.type == "number":
            data[f.name] = pd.Series([tools.as_number(c) for c in cells], dtype="float64")
        elif f.type == "toggle":
            data[f.name] = pd.Series([c in (True, "true", "yes", 1) for c in cells], dtype="bool")
        else:
            data[f.name] = pd.Series([None if c is None else str(c) for c in cells], dtype="object")
    return pd.DataFrame(data)


def _as_time(v: Any) -> Any:
    if v is None or hasattr(v, "hour"):
        return v
    try:
        return datetime.strptime(str(v).strip()[:5], "%H:%M").time()
    except ValueError:
        return None


def _columns(view: LogView, cc: Any, today: date, now: datetime) -> dict[str, Any]:
    """One column config per field: dates default to today, times to now, selects to their options."""
    out: dict[str, Any] = {}
    for f in view.fields:
        label = tools.heading(f)
        if f.type == "date":
            out[f.name] = cc.DateColumn(label, default=today, format="YYYY-MM-DD")
        elif f.type == "time":
            out[f.name] = cc.TimeColumn(
                label, default=now.time().replace(second=0, microsecond=0), format="HH:mm"
            )
        elif f.type == "number":
            out[f.name] = cc.NumberColumn(label)
        elif f.type == "toggle":
            out[f.name] = cc.CheckboxColumn(label, default=False)
        elif f.type == "select":
            out[f.name] = cc.SelectboxColumn(label, options=list(f.options), default=f.options[0])
        else:
            out[f.name] = cc.TextColumn(label, max_chars=200)
    return out


def _cells(frame: Any) -> list[list[Any]]:
    """The editor's rows as plain cells (NaN and NaT as None)."""
    import pandas as pd

    return [[None if v is None or (not isinstance(v, str) and pd.isna(v)) else v for v in r]
            for r in frame.itertuples(index=False, name=None)]  # fmt: skip


def _entry(f: LogField, st: Any, k: str, today: date, now: datetime) -> None:
    label = escape_md(tools.heading(f))
    if f.type == "date":
        st.date_input(label, value=today, key=k)
    elif f.type == "time":
        st.time_input(label, value=now.time().replace(second=0, microsecond=0), key=k)
    elif f.type == "number":
        st.number_input(label, value=None, step=1.0, key=k, placeholder="0")
    elif f.type == "toggle":
        st.checkbox(label, key=k)
    elif f.type == "select":
        st.selectbox(label, list(f.options), key=k, format_func=escape_md)
    else:
        st.text_input(label, max_chars=200, key=k)


def _add(st: Any, view: LogView, k: str, lang: str = "") -> None:
    """The form's entry joins the rows as they stand after any edits in the grid, which then starts
    again from them (its own edits are folded in, not applied twice)."""
    row = [st.session_state.get(f"{k}-new-{j}") for j in range(len(view.fields))]
    filled = [
        v for f, v in zip(view.fields, row, strict=True) if f.type not in ("date", "time", "toggle", "select")
    ]
    if filled and all(v is None or v == "" for v in filled):
        st.session_state[f"{k}-problem"] = say(lang, "fill_first")
        return
    st.session_state[f"{k}-problem"] = ""
    rows = _cells(st.session_state.get(f"{k}-edited", st.session_state[f"{k}-rows"]))
    st.session_state[f"{k}-rows"] = _frame(view, [*rows, row])
    st.session_state.pop(f"{k}-editor", None)


def _log(plan: AppPlan, view: LogView, st: Any, k: str, today: date) -> None:
    """An add-entry form (today's date and the time now filled in), the entries in an editable grid
    (change or delete rows, add more), the total of today's period against the goal, a CSV download.
    The entries live in this session, per answer and view."""
    base = f"{k}-rows"
    lang = plan.language
    if base not in st.session_state:
        st.session_state[base] = _frame(view, [list(r) for r in view.rows])
    now = datetime.now()
    with st.form(f"{k}-form", clear_on_submit=True):
        cols = st.columns(min(len(view.fields), 4))
        for j, f in enumerate(view.fields):
            with cols[j % len(cols)]:
                _entry(f, st, f"{k}-new-{j}", today, now)
        st.form_submit_button(say(lang, "add_entry"), type="primary", on_click=_add, args=(st, view, k, lang))
    if st.session_state.get(f"{k}-problem"):
        st.caption(st.session_state[f"{k}-problem"])
    edited = st.data_editor(
        st.session_state[base], num_rows="dynamic", hide_index=True, key=f"{k}-editor",
        column_config=_columns(view, st.column_config, today, now), width="stretch",
    )  # fmt: skip
    st.session_state[f"{k}-edited"] = edited
    rows = _cells(edited)
    if not rows:
        st.caption(say(lang, "no_entries"))
    elif view.search and (q := st.text_input(say(lang, "search_entries"), key=f"{k}-search").strip()):
        found = tools.matching(view, rows, q, lang)  # a guest types their name and sees their row
        if found:
            st.table(
                {
                    tools.heading(f): [tools.cell_text(f, r[j], lang) for r in found]
                    for j, f in enumerate(view.fields)
                }
            )
        else:
            st.caption(escape_md(say(lang, "no_match", q=q)))
    total = tools.log_total(view, rows, today, lang)
    if total is not None:
        st.markdown(f"**{escape_md(total.label)}: {escape_md(total.text)}**")
        if total.share is not None:
            st.progress(total.share, text=escape_md(say(lang, "goal", text=total.goal_text)))
        elif total.goal_text:
            st.caption(escape_md(say(lang, "goal", text=total.goal_text)))
    alert = tools.log_alert(view, rows, today, lang)
    if alert is not None:
        if alert.fired:
            st.warning(escape_md(alert.fired), icon="🔔")
        st.caption(escape_md(say(lang, "on_page", rule=alert.rule)))
    name = re.sub(r"[^\w\- ]+", "", view.title or plan.title).strip()[:60] or "log"
    st.download_button(
        say(lang, "download_csv"), tools.log_csv(view, rows, lang), file_name=f"{name}.csv", mime="text/csv",
        key=f"{k}-csv",
        disabled=not rows,
    )  # fmt: skip

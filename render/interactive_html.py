"""The app as one self-contained HTML page: our JavaScript runtime plus the app as a data block.

No LLM-written HTML or script ever reaches the page. The plan travels as JSON inside
`<script type="application/json">` (which browsers never execute; `<`, `>`, `&`, U+2028 and U+2029
are escaped so no text can close the block), formulas travel as their checked trees, and the
runtime (`assets/js/formula.js`, `tools.js` and `app.js`, written for this project) builds the page
with `textContent` only. A Content-Security-Policy meta allows exactly that one script (by its SHA-256),
inline styles, and nothing from any network.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date
from functools import lru_cache
from typing import Any

from render import formula as fm
from render import interactive_tools as tools
from render.interactive_model import (
    PLACEHOLDER,
    AppPlan,
    ChartView,
    CounterView,
    LogView,
    MetricView,
    PickerView,
    QuizView,
    TableView,
    TextView,
    TimerView,
)
from render.interactive_state import MAX_HTML_ROWS, app_table, default
from render.interactive_words import words
from render.layout import Context
from render.numerals import separators
from render.theme import ASSETS, Theme

JS = ASSETS / "js"


TOOL_VIEWS = ("picker", "timer", "counter", "log")


@lru_cache(maxsize=2)
def runtime(tools: bool = True) -> str:
    """The scripts as one inline script (static text, so its hash is fixed). Pages without a picker,
    timer, counter or log leave out `tools.js` (a third of the runtime)."""
    names = ("formula.js", "tools.js", "app.js") if tools else ("formula.js", "app.js")
    return "\n".join((JS / name).read_text(encoding="utf-8") for name in names)


def uses_tools(plan: AppPlan) -> bool:
    return any(v.type in TOOL_VIEWS for v in plan.views)


def script_hash(tools: bool = True) -> str:
    digest = hashlib.sha256(runtime(tools).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def policy() -> str:
    """The page may run our script (either build of it: a page may hold two apps), inline styles,
    show data: images, and fetch nothing."""
    return (
        f"default-src 'none'; script-src '{script_hash(True)}' '{script_hash(False)}'; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )


def head(theme: Theme) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{policy()}"><style>{_style(theme)}</style>'


def safe_json(data: Any) -> str:
    """JSON that cannot end its <script> block or break a JavaScript string."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def fragment(plan: AppPlan, ctx: Context) -> str:
    """The app's data block and the runtime; the page around it comes from `Result.to_html`."""
    data = payload(plan, ctx)
    return (
        '<div class="va-host">'
        f'<script type="application/json" data-va-app>{safe_json(data)}</script>'
        f"<script>{runtime(uses_tools(plan))}</script>"
        '<noscript><p class="va-note">This app needs JavaScript to run; the PNG or PowerPoint export '
        "shows it at its default values.</p></noscript></div>"
    )


def payload(plan: AppPlan, ctx: Context) -> dict[str, Any]:
    """What the runtime reads: inputs, computed trees in evaluation order, filters, rows, views."""
    table = app_table(plan, ctx.table, limit=MAX_HTML_ROWS)
    if table is not None and table.dropped:
        ctx.notes.append(
            f"the HTML page carries the first {MAX_HTML_ROWS:,} rows of the table ({table.dropped:,} left out)"
        )
    prog = plan.program
    index = {c.name: i for i, c in enumerate(plan.computed)}
    formats: dict[str, list[Any]] = {i.name: [None, "", i.unit] for i in plan.inputs}
    formats.update({c.name: [c.decimals, c.prefix, c.unit] for c in plan.computed})
    t = ctx.theme
    return {
        "title": plan.title,
        "subtitle": plan.subtitle,
        "layout": plan.layout,
        "inputs": [
            {
                "name": i.name,
                "label": i.label,
                "type": i.type,
                "default": default(i),
                "min": i.min,
                "max": i.max,
                "step": i.step,
                "unit": i.unit,
                "options": list(i.options),
                "help": i.help,
            }
            for i in plan.inputs
        ],
        "computed": [{"name": n, "tree": prog.trees[f"computed[{index[n]}].formula"]} for n in prog.order],
        "formats": formats,
        "filters": [f.model_dump() for f in plan.filters],
        "table": {"columns": table.columns, "rows": table.rows} if table is not None else None,
        "views": [_view(plan, i, v) for i, v in enumerate(plan.views)],
        "units": fm.UNITS,
        "words": dict(words(plan.language)),  # the page's own words, in the plan's language
        "marks": separators(plan.language),  # its decimal and thousands marks ("," and " " in French)
        "theme": {
            "palette": list(t.palette),
            "text": t.text,
            "muted": t.muted,
            "line": t.line,
            "background": t.background,
        },
    }


def _label(plan: AppPlan, name: str) -> str:
    c = plan.computed_by_name(name)
    i = plan.input(name)
    return (c.label if c else i.label if i else "") or name


def _sweep(plan: AppPlan, path: str, sweep: Any) -> dict[str, Any]:
    trees = plan.program.trees
    return {"name": sweep.name, **{k: trees[f"{path}.sweep.{k}"] for k in ("start", "stop", "step")}}


def _view(plan: AppPlan, i: int, view: Any) -> dict[str, Any]:
    path = f"views[{i}]"
    trees = plan.program.trees
    lang = plan.language
    out: dict[str, Any] = {"type": view.type, "title": view.title}
    if isinstance(view, MetricView):
        out.update(value=view.value, label=view.title or _label(plan, view.value), caption=view.caption)
    elif isinstance(view, TextView):
        parts: list[list[str]] = []
        last = 0
        for m in PLACEHOLDER.finditer(view.text):
            if m.start() > last:
                parts.append(["t", view.text[last : m.start()]])
            parts.append(["v", m.group(1)])
            last = m.end()
        if last < len(view.text):
            parts.append(["t", view.text[last:]])
        out["parts"] = parts
    elif isinstance(view, ChartView):
        out.update(
            chart_type=view.chart_type,
            x_title=view.x_title,
            y_title=view.y_title,
            unit=view.unit,
            categories=list(view.categories),
        )
        if view.x is not None:
            out.update(mode="table", x=view.x, y=view.y, color=view.color, aggregate=view.aggregate)
        elif view.sweep is not None:
            out.update(mode="sweep", sweep=_sweep(plan, path, view.sweep))
            out["series"] = [
                {"name": s.name, "tree": trees[f"{path}.series[{j}].formula"]}
                for j, s in enumerate(view.series)
            ]
        else:
            out["mode"] = "categories"
            out["series"] = [
                {
                    "name": s.name,
                    "trees": [trees[f"{path}.series[{j}].values[{k}]"] for k in range(len(s.values))],
                }
                for j, s in enumerate(view.series)
            ]
        out.update(sort=view.sort, top_n=view.top_n)
    elif isinstance(view, TableView):
        out.update(columns=list(view.columns), max_rows=view.max_rows)
        if view.sweep is not None:
            out.update(mode="sweep", sweep=_sweep(plan, path, view.sweep))
            out["cells"] = [
                {
                    "label": c.label,
                    "tree": trees[f"{path}.cells[{j}].formula"],
                    "decimals": c.decimals,
                    "prefix": c.prefix,
                    "unit": c.unit,
                }
                for j, c in enumerate(view.cells)
            ]
        else:
            out["mode"] = "table"
    elif isinstance(view, PickerView):
        out.update(view.model_dump(exclude={"type", "title"}))
        out.update(action=tools.action_label(view, lang), note=tools.picker_note(view, lang))
    elif isinstance(view, TimerView):
        out.update(view.model_dump(exclude={"type", "title", "presets"}), note=tools.timer_note(view, lang))
        out["presets"] = [
            {"label": p.label, "seconds": p.seconds, "text": tools.preset_line(p)} for p in view.presets
        ]
    elif isinstance(view, CounterView):
        out.update(view.model_dump(exclude={"type", "title"}))
        out.update(names=tools.counter_names(view, lang=lang), note=tools.counter_note(view, lang))
        out["store"] = tools.counter_store_key(plan.title, view)
    elif isinstance(view, LogView):
        out.update(view.model_dump(exclude={"type", "title"}))
        out.update(headings=[tools.heading(f) for f in view.fields], store=tools.store_key(plan.title, view))
        out["period"] = tools.period(view.per, lang)
        if (alert := tools.log_alert(view, view.rows, date.today(), lang)) is not None:
            out["alert_rule"] = alert.rule  # the JS runtime checks the levels as entries change
            out["alert_what"] = tools.alert_what(view, lang)
    else:  # quiz, checklist: plain data
        out.update(view.model_dump(exclude={"type", "title"}))
        if isinstance(view, QuizView) and not view.questions:  # the user writes it: kept in the browser
            out.update(store=tools.quiz_store_key(plan.title, view), note=tools.quiz_note(view, 0, 0, lang))
    return out


def _style(t: Theme) -> str:
    return (
        ".va-app{display:grid;gap:1.2rem;margin:1rem 0;text-align:left}"
        ".va-layout-columns{grid-template-columns:minmax(200px,1fr) 2fr;align-items:start}"
        f".va-inputs{{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:.8rem 1rem;"
        f"background:{t.surface};border:1px solid {t.line};border-radius:10px;padding:1rem}}"
        ".va-layout-columns .va-inputs{grid-template-columns:1fr}"
        f".va-label{{display:block;font-size:.85rem;color:{t.muted};margin-bottom:.25rem}}"
        ".va-control{display:flex;gap:.5rem;align-items:center}"
        f".va-control input,.va-control select{{flex:1;min-width:0;font:inherit;padding:.35rem .5rem;"
        f"border:1px solid {t.line};border-radius:6px;background:{t.background};color:{t.text}}}"
        ".va-control input[type=checkbox]{flex:0 0 auto;width:1.2rem;height:1.2rem}"
        f".va-control input[type=range]{{padding:0;accent-color:{t.accent}}}"
        f".va-unit,.va-slider-value,.va-help,.va-note,.va-card-note{{color:{t.muted};font-size:.85rem}}"
        ".va-views{display:grid;gap:1rem;min-width:0}"
        ".va-cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:.8rem}"
        f".va-card{{background:{t.surface};border:1px solid {t.line};border-radius:10px;padding:.8rem 1rem}}"
        f".va-card-label{{color:{t.muted};font-size:.85rem}}"
        f".va-card-value{{font-size:1.8rem;font-weight:700;color:{t.accent};overflow-wrap:anywhere}}"
        f".va-error .va-card-value{{color:{t.muted}}}"
        ".va-view-title{font-size:1.05rem;margin:.2rem 0 .5rem}"
        ".va-value{font-weight:700}"
        ".va-chart-svg{width:100%;max-width:720px;height:auto;font-family:inherit}"
        f".va-title{{margin:.5rem 0 .2rem}}.va-subtitle{{color:{t.muted}}}"
        ".va-table-wrap{overflow-x:auto}"
        f".va-table{{border-collapse:collapse;width:100%;font-size:.9rem}}"
        f".va-table th,.va-table td{{border-bottom:1px solid {t.line};padding:.3rem .5rem;text-align:left}}"
        f".va-table th{{background:{t.surface}}}"
        ".va-question{margin:.6rem 0 1rem}.va-q{font-weight:600;margin-bottom:.4rem}"
        ".va-choices{display:flex;flex-wrap:wrap;gap:.4rem}"
        f"button{{font:inherit;padding:.35rem .8rem;border:1px solid {t.line};border-radius:6px;"
        f"background:{t.background};color:{t.text};cursor:pointer}}"
        f".va-picked-right{{border-color:{t.palette[2 % len(t.palette)]};font-weight:700}}"
        f".va-picked-wrong{{border-color:{t.palette[5 % len(t.palette)]};text-decoration:line-through}}"
        f".va-back{{padding:.4rem 0;font-weight:600}}.va-result{{color:{t.muted};margin-top:.3rem}}"
        ".va-score,.va-progress-label{font-weight:600;margin-top:.5rem}"
        ".va-check{display:flex;gap:.5rem;align-items:center;margin:.3rem 0}"
        f".va-progress{{height:.5rem;background:{t.surface};border-radius:4px;overflow:hidden;margin-top:.6rem}}"
        f".va-progress-fill{{height:100%;width:0;background:{t.accent}}}"
        f".va-tabs{{display:flex;gap:.3rem;border-bottom:1px solid {t.line}}}"
        f".va-tab[aria-selected=true]{{background:{t.accent};color:{t.on_accent};border-color:{t.accent}}}"
        ".va-chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:.3rem 0 .6rem}"
        f".va-chip{{border:1px solid {t.line};background:{t.surface};border-radius:999px;padding:.2rem .7rem;"
        "overflow-wrap:anywhere}"
        f".va-chip-on{{border-color:{t.accent};font-weight:700}}"
        f".va-primary{{background:{t.accent};color:{t.on_accent};border-color:{t.accent};font-weight:600}}"
        ".va-row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.4rem 0}"
        f".va-picker textarea,.va-quiz textarea{{width:100%;box-sizing:border-box;min-height:6rem;font:inherit;padding:.4rem .5rem;"
        f"border:1px solid {t.line};border-radius:6px;background:{t.background};color:{t.text}}}"
        f".va-row input,.va-row select{{font:inherit;padding:.3rem .45rem;border:1px solid {t.line};"
        f"border-radius:6px;background:{t.background};color:{t.text};min-width:0}}"
        ".va-row input[type=number]{width:6rem}"
        f".va-picked{{font-size:1.3rem;font-weight:700;color:{t.accent};overflow-wrap:anywhere}}"
        ".va-teams{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.6rem}"
        f".va-team{{background:{t.surface};border:1px solid {t.line};border-radius:8px;padding:.5rem .7rem}}"
        f".va-clock{{font-size:3.2rem;font-weight:700;color:{t.accent};font-variant-numeric:tabular-nums;"
        "line-height:1.1}"
        f".va-step{{color:{t.muted}}}"
        ".va-log-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.4rem 0}"
        f".va-log-form label{{display:flex;flex-direction:column;font-size:.85rem;color:{t.muted};gap:.2rem}}"
        f".va-log-form input,.va-log-form select{{font:inherit;padding:.3rem .45rem;border:1px solid {t.line};"
        f"border-radius:6px;background:{t.background};color:{t.text}}}"
        ".va-total{font-weight:600;margin-top:.5rem}"
        ".va-counters{display:grid;gap:.4rem;margin:.3rem 0 .6rem}"
        f".va-counter-row{{display:flex;align-items:center;gap:.6rem;background:{t.surface};border:1px solid {t.line};"
        "border-radius:8px;padding:.35rem .6rem}"
        ".va-counter-name{flex:1;min-width:0;overflow-wrap:anywhere}"
        f".va-count{{font-size:1.6rem;font-weight:700;color:{t.accent};font-variant-numeric:tabular-nums;"
        "min-width:3ch;text-align:right}"
        ".va-counter-row button{min-width:2.6rem;font-size:1.1rem}"
        f".va-alert{{font-weight:700;color:{t.accent}}}"
        "@media (max-width:700px){.va-layout-columns{grid-template-columns:1fr}}"
    )

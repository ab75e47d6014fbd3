"""Generated app plans for fuzzing: valid by construction, hostile in every text they carry.

Shared by tests/test_app_kind.py (a few dozen examples) and bench/app_kind_bench.py (as many as you
like). Names are consistent (formulas use only inputs and earlier computed values), so every plan
validates and reaches every painter; texts come from a list of injection attempts, wide scripts
and very long strings, so painters and the HTML runtime must show them as text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from render.plan import clean_text

PWNED = "window.__pwned = 1"
HOSTILE = [
    "</script><script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 1">',
    "<svg onload=alert(1)>",
    "{{constructor.constructor('window.__pwned = 1')()}}",
    "${alert(1)}",
    "javascript:alert(1)",
    "\u2028\u2029 line separators",
    "中文 مرحبا 😀 שלום",
    "&lt;b&gt; &amp; \"quotes\" 'single'",
    "{principal}",
    "Very long label " * 40,
    "",
]
TEXT = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=30))
LABEL = st.one_of(
    # a label must survive the plan's cleaning (control characters go): '\x08' alone is no title
    st.sampled_from([h for h in HOSTILE if h]),
    st.text(min_size=1, max_size=30).filter(lambda s: clean_text(s).strip()),
)
NUMBER = st.sampled_from([0, 1, 2.5, 7, 12, 100, 1000, 300000, -3, 0.001])
FUNCS = [("abs", 1), ("round", 2), ("min", 2), ("max", 3), ("sqrt", 1), ("pmt", 3), ("fv", 3), ("clamp", 3)]
OPS = ["+", "-", "*", "/", "^"]


@st.composite
def formula(draw: Any, names: list[str], depth: int = 3) -> str:
    """A formula over `names` (numbers only): operators, functions, divisions that may hit zero."""
    if depth <= 0 or not names or draw(st.integers(0, 3)) == 0:
        return str(draw(NUMBER)) if not names or draw(st.booleans()) else draw(st.sampled_from(names))
    kind = draw(st.integers(0, 2))
    if kind == 0:
        a, b = draw(formula(names, depth - 1)), draw(formula(names, depth - 1))
        op = draw(st.sampled_from(OPS))
        return f"({a} {op} {b})" if op != "^" else f"({a} ^ 2)"  # bounded powers: the point is the painters
    if kind == 1:
        fn, n = draw(st.sampled_from(FUNCS))
        args = [draw(formula(names, depth - 1)) for _ in range(n)]
        if fn in ("pmt", "fv"):  # (1 + rate)^periods past 1e308 is a plan error, not a painter's case
            args[0], args[1] = f"min({args[0]}, 1)", f"min({args[1]}, 100)"
        return f"{fn}({', '.join(args)})"
    return f"if({draw(formula(names, depth - 1))} > 1, {draw(formula(names, depth - 1))}, 0)"


@st.composite
def app_plans(draw: Any) -> dict[str, Any]:
    """A valid app plan with hostile texts, every view type and a table with filters."""
    n_inputs = draw(st.integers(1, 4))
    inputs: list[dict[str, Any]] = []
    numeric: list[str] = []
    for i in range(n_inputs):
        name = f"in{i}"
        kind = draw(st.sampled_from(["number", "slider", "select", "toggle", "date", "text"]))
        inp: dict[str, Any] = {"name": name, "label": draw(TEXT), "type": kind, "help": draw(TEXT)[:300]}
        if kind in ("number", "slider"):
            lo = draw(st.sampled_from([0, -10, 1]))
            inp.update(min=lo, max=lo + draw(st.sampled_from([10, 1000, 500000])), default=lo + 1,
                       unit=draw(st.sampled_from(["", "%", "kg", "€"])))  # fmt: skip
            numeric.append(name)
        elif kind == "select":
            options = list(dict.fromkeys(draw(st.lists(LABEL, min_size=1, max_size=4))))
            inp.update(options=["All", *[o for o in options if o != "All"]], default="All")
        elif kind == "date":
            inp["default"] = "2024-02-29"
        elif kind == "toggle":
            inp["default"] = draw(st.booleans())
        else:
            inp["default"] = draw(TEXT)[:200]
        inputs.append(inp)
    computed: list[dict[str, Any]] = []
    for j in range(draw(st.integers(0, 5))):
        computed.append(
            {"name": f"c{j}", "label": draw(TEXT), "formula": draw(formula(numeric + [c["name"] for c in computed])),
             "decimals": draw(st.sampled_from([None, 0, 2])), "prefix": draw(st.sampled_from(["", "$", "<b>"])),
             "unit": draw(st.sampled_from(["", "%", "/ month", "</script>"]))}
        )  # fmt: skip
    names = [i["name"] for i in inputs] + [c["name"] for c in computed]
    values = numeric + [c["name"] for c in computed]
    cats = [draw(LABEL) for _ in range(3)]
    table = {
        "columns": ["cat", "num", "txt"],
        "rows": [
            [draw(st.sampled_from(cats)), draw(st.one_of(NUMBER, st.none())), draw(TEXT)]
            for _ in range(draw(st.integers(0, 12)))
        ],
    }
    selects = [i for i in inputs if i["type"] == "select"]
    filters = [{"column": "cat", "op": "==", "input": s["name"]} for s in selects[:1]]
    views: list[dict[str, Any]] = []
    for name in draw(st.lists(st.sampled_from(names), max_size=3)):
        views.append({"type": "metric", "value": name, "title": draw(TEXT), "caption": draw(TEXT)})
    placeholders = " ".join("{" + n + "}" for n in draw(st.lists(st.sampled_from(names), max_size=3)))
    prose = draw(TEXT.filter(lambda t: "{" not in t))  # braces around a name are a placeholder
    views.append({"type": "text", "title": draw(TEXT), "text": f"x {prose} {placeholders}"})
    if values:
        cats_n = draw(st.integers(1, 4))
        views.append(
            {"type": "chart", "title": draw(TEXT), "chart_type": draw(st.sampled_from(["bar", "pie", "line", "stacked_bar"])),
             "categories": [draw(LABEL) for _ in range(cats_n)],
             "series": [{"name": draw(TEXT), "values": [draw(formula(values, 2)) for _ in range(cats_n)]}]}
        )  # fmt: skip
        views.append(
            {"type": "chart", "chart_type": "line", "sweep": {"name": "t", "start": "0", "stop": "10", "step": "1"},
             "series": [{"name": draw(TEXT), "formula": draw(formula([*values, "t"], 2))}]}
        )  # fmt: skip
    views.append({"type": "chart", "title": draw(TEXT), "chart_type": "bar", "x": "cat", "y": "num",
                  "aggregate": draw(st.sampled_from(["sum", "mean", "count", "max"]))})  # fmt: skip
    views.append({"type": "table", "title": draw(TEXT), "max_rows": draw(st.integers(1, 20))})
    views.append(
        {"type": "quiz", "mode": draw(st.sampled_from(["quiz", "flashcards"])), "title": draw(TEXT),
         "questions": [{"question": draw(LABEL), "choices": [a := draw(LABEL), draw(LABEL)], "answer": a,
                        "explanation": draw(TEXT)} for _ in range(draw(st.integers(1, 3)))]}
    )  # fmt: skip
    views.append(
        {
            "type": "checklist",
            "title": draw(TEXT),
            "items": [draw(LABEL) for _ in range(draw(st.integers(1, 4)))],
        }
    )
    views += draw(tool_views())
    order = draw(st.permutations(views))
    return {
        "kind": "app",
        "title": draw(LABEL),
        "subtitle": draw(TEXT),
        "inputs": inputs,
        "computed": computed,
        "table": table,
        "filters": filters,
        "views": list(order),
        "layout": draw(st.sampled_from(["rows", "columns", "tabs"])),
        "answer": draw(TEXT),
        "alt_text": draw(TEXT),
    }


@st.composite
def tool_views(draw: Any) -> list[dict[str, Any]]:
    """A picker, a timer, a counter and a log (each maybe), valid, with hostile names, items and labels."""
    out: list[dict[str, Any]] = []
    if draw(st.booleans()):
        items = draw(st.lists(LABEL, max_size=12))
        mode = draw(st.sampled_from(["pick", "shuffle", "teams"]))
        out.append({"type": "picker", "title": draw(TEXT), "items": items, "mode": mode,
                    "count": draw(st.integers(1, max(1, len(items)) if mode == "teams" else 5)),
                    "no_repeat": draw(st.booleans())})  # fmt: skip
    if draw(st.booleans()):
        presets = [{"label": draw(TEXT)[:100], "seconds": draw(st.sampled_from([0.5, 59.5, 360, 5400, 604800]))}
                   for _ in range(draw(st.integers(0, 4)))]  # fmt: skip
        out.append({"type": "timer", "title": draw(TEXT), "mode": draw(st.sampled_from(["countdown", "stopwatch"])),
                    "presets": presets, "sequence": bool(presets) and draw(st.booleans()),
                    "rounds": draw(st.integers(1, 5)), "sound": draw(st.booleans())})  # fmt: skip
    if draw(st.booleans()):
        every = draw(st.sampled_from([None, 1, 7]))
        out.append({"type": "counter", "title": draw(TEXT), "items": list(dict.fromkeys(draw(st.lists(LABEL, max_size=8)))),
                    "step": draw(st.sampled_from([1, 2, 1000])), "every": every,
                    "every_of": draw(st.sampled_from(["total", "each"])), "alert": draw(TEXT)[:80] if every else "",
                    "target": draw(st.sampled_from([None, 1, 21])), "show_total": draw(st.booleans())})  # fmt: skip
    if draw(st.booleans()):
        names = list(
            dict.fromkeys(h[:60] for h in draw(st.lists(LABEL, min_size=1, max_size=4)) if h[:60].strip())
        )
        names = names or ["Entry"]
        fields = [{"name": n, "type": "text"} for n in names]
        fields.append(
            {"name": "On", "type": "date"} if "On" not in names else {"name": "On day", "type": "date"}
        )
        fields.append({"name": "Qty", "type": "number", "unit": draw(st.sampled_from(["", "ml", "</script>"]))}
                      if "Qty" not in names else {"name": "Qty2", "type": "number"})  # fmt: skip
        rows = [[draw(TEXT)[:100] for _ in names] + [draw(st.sampled_from(["2024-02-29", None, "2026-12-02"])),
                 draw(st.one_of(NUMBER, st.none()))] for _ in range(draw(st.integers(0, 6)))]  # fmt: skip
        total = fields[-1]["name"] if draw(st.booleans()) else None
        out.append({"type": "log", "title": draw(TEXT), "fields": fields, "rows": rows, "total": total,
                    "per": draw(st.sampled_from(["all", "day", "week", "month"])),
                    "goal": draw(st.sampled_from([None, 0, 2000])) if total else None})  # fmt: skip
    return out


@st.composite
def schema_plans(draw: Any) -> dict[str, Any]:
    """A calculator whose inputs and views are drawn from the plan's own JSON schema.

    Parts that reference names get names that exist (a schema cannot say that), everything else —
    texts, numbers, options, quiz questions, checklist items, layouts — is whatever the schema allows.
    """
    from hypothesis_jsonschema import from_schema

    from render import interactive_model as m

    def part(model: Any) -> Any:
        data = draw(from_schema(model.model_json_schema()))
        if "type" in model.model_fields and model is not m.AppInput:  # a default the schema may leave out
            data["type"] = model.model_fields["type"].default
        return data

    inputs = []
    for i in range(draw(st.integers(0, 3))):
        inp = part(m.AppInput)
        inp["name"] = f"in{i}"
        inputs.append(inp)
    views = [part(m.QuizView), part(m.ChecklistView)]
    picker, timer = part(m.PickerView), part(m.TimerView)
    if picker.get("mode") == "teams" and picker.get("items"):  # at most one team per item
        picker["count"] = min(picker.get("count", 1), len(picker["items"]))
    if not timer.get("presets"):
        timer["sequence"] = False  # a sequence runs presets
    counter = part(m.CounterView)
    counter["items"] = list(dict.fromkeys(counter.get("items", [])))
    if counter.get("every") is None:
        counter["alert"] = ""
    views += [picker, timer, counter]
    text = part(m.TextView)
    text["text"] = text["text"].replace("{", "(")  # braces around a name are a placeholder
    views.append(text)
    for inp in inputs:
        metric = part(m.MetricView)
        metric["value"] = inp["name"]
        views.append(metric)
    return {
        "kind": "app",
        "title": draw(LABEL),
        "inputs": inputs,
        "views": draw(st.permutations(views)),
        "layout": draw(st.sampled_from(["rows", "columns", "tabs"])),
    }

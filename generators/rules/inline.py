"""Charts from numbers written in the question: the chart type from the wording and the data, and a
takeaway title and answer computed from the numbers, never guessed."""

from __future__ import annotations

from generators.rules.cues import CHART_NAMES_ZH, TEMPLATES
from generators.rules.extract import QuestionData
from generators.rules.numbers import fmt_number, with_unit
from generators.rules.words import cap, chart_type_from_words, lang_of, short
from render.plan import ChartPlan, Series


def _pick_inline_type(question: str, data: QuestionData) -> str:
    values = data.values
    nonneg = all(v >= 0 for v in values)
    worded = chart_type_from_words(question)
    if worded:
        ctype, weight = worded
        if ctype in ("pie", "donut"):
            if nonneg and len(values) <= 12:
                return ctype
            return "bar"
        if ctype in ("scatter", "histogram", "box", "heatmap"):
            return "line" if data.time_like else "bar"
        if ctype == "grouped_bar":
            return "bar"
        if weight >= 2:
            return ctype
    total = sum(values)
    if data.percent and nonneg and 95 <= total <= 105 and len(values) <= 8:
        return "pie"
    if data.time_like and len(values) >= 5:
        return "line"
    if max((len(c) for c in data.categories), default=0) > 16 or len(values) > 10:
        return "horizontal_bar"
    return "bar"


def chart_from_data(question: str, data: QuestionData) -> ChartPlan:
    """An inline chart for numbers written in the question, with a computed takeaway title and answer."""
    lang = lang_of(question)
    t = TEMPLATES[lang]
    ctype = _pick_inline_type(question, data)
    cats, vals, unit = data.categories, data.values, data.unit
    metric = cap(short(data.metric, 40)) if data.metric else ""
    metric_shown = metric or t["value"]
    imax = max(range(len(vals)), key=lambda i: vals[i])
    imin = min(range(len(vals)), key=lambda i: vals[i])
    total = sum(vals)

    def u(v: float) -> str:
        return with_unit(v, unit)

    fields = {
        "metric": metric_shown,
        "metric_l": metric_shown if lang == "zh" else metric_shown.lower(),
        "cmax": cats[imax],
        "vmax": u(vals[imax]),
        "cmin": cats[imin],
        "vmin": u(vals[imin]),
        "total": u(total),
        "n": str(len(vals)),
        "a": u(vals[0]),
        "b": u(vals[-1]),
        "c0": cats[0],
        "c1": cats[-1],
        "axis_l": (data.axis.lower() + ("s" if lang == "en" else "")) if data.axis else t["categories"],
        "ctype": ctype.replace("_", " ").capitalize() if lang == "en" else CHART_NAMES_ZH.get(ctype, ""),
    }
    if ctype in ("line", "area"):
        first, last = vals[0], vals[-1]
        change = f"{(last - first) / abs(first) * 100:+.0f}%" if first != 0 else f"{last - first:+,.6g}"
        fields["change"] = change
        if 0 < imax < len(vals) - 1 and vals[imax] > max(first, last) * 1.05:
            title = t["peak"].format(
                c=cats[imax], v=u(vals[imax]), **{k: v for k, v in fields.items() if k != "c"}
            )
        elif last > first:
            title = t["rise"].format(**fields)
        elif last < first:
            title = t["fall"].format(**fields)
        else:
            title = t["flat"].format(**fields)
        answer = t["line_answer"].format(**fields)
    elif ctype in ("pie", "donut"):
        title = t["share"].format(c=cats[imax], v=u(vals[imax]))
        of_total = "" if data.percent else t["of_total"].format(total=fields["total"])
        answer = t["pie_answer"].format(of_total=of_total, **fields)
    else:
        key = "top" if metric else "top_plain"
        title = t[key].format(c=cats[imax], v=u(vals[imax]), metric_l=fields["metric_l"], metric=metric_shown)
        answer = t["bar_answer"].format(**fields)
    y_title = metric_shown + ((f"（{unit}）" if lang == "zh" else f" ({unit})") if unit else "")
    return ChartPlan(
        chart_type=ctype,  # type: ignore[arg-type]
        title=short(cap(title), 150),
        x_title=data.axis,
        y_title=short(y_title, 80),
        unit=unit,
        categories=[short(c, 80) for c in cats],
        series=[Series(name=short(metric_shown, 80), values=vals)],
        answer=answer,
        alt_text=t["alt"].format(**fields),
    )


def histogram_from_numbers(question: str, values: list[float]) -> ChartPlan:
    """A histogram of a plain list of observations ('distribution of 3, 5, 7, 2, 8, 9')."""
    ordered = sorted(values)
    n = len(ordered)
    median = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    return ChartPlan(
        chart_type="histogram",
        title=f"Distribution of {n} values",
        x_title="Value",
        y_title="Count",
        series=[Series(name="Values", values=values)],
        answer=f"{n} values from **{fmt_number(ordered[0])}** to **{fmt_number(ordered[-1])}**; "
        f"median {fmt_number(median)}, mean {fmt_number(sum(values) / n)}.",
        alt_text=f"Histogram of {n} values ranging from {fmt_number(ordered[0])} to {fmt_number(ordered[-1])}.",
    )

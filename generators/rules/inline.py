"""Charts from numbers written in the question: the chart type from the wording and the data, and a
takeaway title and answer computed from the numbers, never guessed."""

from __future__ import annotations

import re

from generators.rules.dates import clock_hours, time_axis, times_taken
from generators.rules.measures import names_a_level
from generators.rules.numbers import find_numbers, fmt_number, local_unit, with_unit
from generators.rules.qdata import QuestionData
from generators.rules.templates import CASED, axis_word, chart_name, counted_axis, lower, template
from generators.rules.words import cap, chart_type_from_words, lang_of, short
from render.numerals import localize
from render.plan import ChartPlan, Series

# Levels and averages: adding them up says nothing (a week's temperatures, a share price, a monthly
# weight, an average order value), so no total is stated and no pie is implied by a word like "share".
LEVEL = re.compile(
    r"price|average|\bavg|\bmean\b|\brate\b|ratio|score|rating|temperature|\btemps?\b|°|weight|height|\bage\b"
    r"|(?:\b|_)pct\b|percent|punctual|\bnps\b|\bcsat\b|net promoter|satisfaction|funnel|pipeline|retention|conversion"
    r"|level|balance|index|率|价格|平均|评分|温度|体重|年龄|가격|평균|점수|온도|価格|気温|体重|Preis|Durchschnitt"
    r"|Temperatur|precio|promedio|temperatura|prix|moyenne|température|prezzo|media|preço|média|цена|средн|температур",
    re.I,
)


_REACHED = frozenset({"target", "goal", "objective", "quota", "benchmark", "plan", "ziel", "objetivo", "meta",
                      "objectif", "obiettivo", "цель", "目标", "目標", "목표"})  # fmt: skip
_STOCK = re.compile(
    r"\busers?\b|subscri|followers|members|headcount|employees|staff|people|population|inventory|stock\b"
    r"|\bmau\b|\bdau\b"
    r"|用户|员工|人口|会员|粉丝",
    re.I,
)
"""Counts of what exists at a time: over time their sum counts the same users again and again."""
_NEW = re.compile(r"\bnew\s+\w+|新增\w*|신규\s*\S+", re.I)
"""…unless they are the new ones of each period ("new users", "新增用户"): those add up."""


_CHOICES = re.compile(
    r"\bquotes?\b|\bquotations?\b|\boffers?\b|\bbids?\b|\bestimates?\b|\btenders?\b|\boptions?\b|"
    r"presupuestos|cotizaci|devis|\bangebote?\b|preventiv|orçamentos|offertes|teklif|смет|предложени|报价|見積|"
    r"\bmenu\b|\bcarte\b|price ?list|\btarifs?\b|preisliste|listino|cardápio|carta de precios|menukaart|"
    r"fiyat listesi|меню|прайс|价目|菜单|メニュー|料金表|메뉴|가격표",
    re.I,
)
"""Values of alternatives ("three quotes for the same job", a café's menu): one is chosen, so their sum
is nothing."""


def _whole(data: QuestionData) -> bool:
    """False for percentages that do not add up to about 100: 40% and 35% in a pie are drawn as 53%
    and 47% wedges."""
    return not data.percent or 95 <= sum(data.values) <= 105


def _settings(labels: list[str]) -> bool:
    """Every label is itself a quantity in a unit ('160°C', '90 km/h'): the conditions a value was read at."""
    from generators.rules.numbers import find_numbers

    def one(label: str) -> bool:
        nums = find_numbers(label)
        if len(nums) == 1 and re.fullmatch(r"\s*[\d.,]+\s*(?:[^\W\d_]{1,3}|°[CF])\.?\s*", label):
            return True  # "1 V", "5 A", "20 °C": a number and a unit symbol the reader may not know
        return len(nums) == 1 and bool(nums[0].dim) and nums[0].text.strip() == label.strip()

    return bool(labels) and all(one(lb) for lb in labels)


def additive(question: str, data: QuestionData) -> bool:
    """The values' sum means something: amounts and counts, or percentages that make up a whole."""
    if data.percent:
        return _whole(data)
    if all(round(v * 100) % 100 in (49, 95, 99) for v in data.values):
        return False  # 9.99, 19.99, 49.99: price points, whose sum buys nothing
    if data.counted and not data.unit:
        return False  # "12 people, 5 countries, 3 languages": the 20 of them are not a count of anything
    if _CHOICES.search(f"{question} {data.metric}"):
        return False  # three quotes for one job, two offers: alternatives, of which one is taken
    if _settings(data.categories):
        return False  # fuel at 50, 90 and 120 km/h: readings at settings, whose sum is no amount
    said = f"{question} {data.metric} {data.unit}"
    if (data.time_like or clock_hours(data.categories)) and _STOCK.search(_NEW.sub(" ", said)):
        return False  # monthly active users summed over months, a headcount over the hours: no total
    return (
        LEVEL.search(said) is None and not names_a_level(said) and not times_taken(said)
    )  # "meu peso", "mein Gewicht", "мой вес"


def _pick_inline_type(question: str, data: QuestionData, worded: tuple[str, int] | None) -> str:
    values = data.values
    nonneg = all(v >= 0 for v in values)
    if worded:
        ctype, weight = worded
        if ctype in ("pie", "donut"):
            if nonneg and len(values) <= 12 and _whole(data) and (weight >= 3 or additive(question, data)):
                return ctype  # asked by name, or a word like "share" over parts of a whole
            return "bar"
        if ctype in ("scatter", "histogram", "box", "heatmap"):
            return "line" if data.time_like else "bar"
        if ctype == "grouped_bar":
            return "bar"
        if weight >= 2:
            return ctype
    if data.percent and nonneg and _whole(data) and len(values) <= 8:
        return "pie"
    if data.time_like and len(values) >= 5:
        return "line"
    if max((len(c) for c in data.categories), default=0) > 16 or len(values) > 10:
        return "horizontal_bar"
    return "bar"


def chart_from_data(question: str, data: QuestionData, lang: str | None = None) -> ChartPlan:
    """An inline chart for numbers written in the question, with a computed takeaway title and answer
    (in `lang`, else the question's language: a caller passing a cut of the question passes it)."""
    lang = lang or lang_of(question)
    if len(data.groups) >= 2:
        return _multi_series(question, data, lang)
    t = template(lang)
    worded = chart_type_from_words(question)
    ctype = _pick_inline_type(question, data, worded)
    cats, vals, unit = data.categories, data.values, local_unit(data.unit, lang)
    metric = cap(short(data.metric, 40)) if data.metric else ""
    metric_shown = metric or t["value"]
    imax = max(range(len(vals)), key=lambda i: vals[i])
    imin = min(range(len(vals)), key=lambda i: vals[i])
    total = sum(vals)
    summed = additive(question, data)

    def u(v: float) -> str:
        return with_unit(v, unit, lang)

    fields = {
        "metric": metric_shown,
        "metric_l": t["value_l"]  # no measure named: "values" inside a sentence, in the user's language
        if not metric
        else metric_shown
        if lang in CASED or metric_shown.split()[0].isupper()
        else metric_shown.lower(),
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
        "axis_l": t["axis_l"].format(axis=counted_axis(lang, data.axis)) if data.axis else t["categories"],
        # a chart's name starting the alt text starts with a capital ("Horizontal bar chart of …")
        "ctype": cap(chart_name(lang, ctype)) if t["alt"].startswith("{ctype}") else chart_name(lang, ctype),
    }
    if ctype in ("line", "area"):
        first, last = vals[0], vals[-1]
        # a ratio only on a scale with a true zero, both ends above it: -3 °C to 0 °C is no "+100%",
        # 36% to 44% is 8 points, not "+22%"
        ratio = first > 0 and last >= 0 and not data.percent and unit not in ("°C", "°F", "°")
        step = localize(f"{last - first:+,.6g}", lang) + (f" {unit}" if unit.startswith("°") else "")
        change = f"{(last - first) / first * 100:+.0f}%" if ratio else step
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
        of_total = "" if data.percent or not summed else t["of_total"].format(total=fields["total"])
        answer = t["pie_answer"].format(of_total=of_total, **fields)
    else:
        key = "top" if metric else "top_plain"
        title = t[key].format(c=cats[imax], v=u(vals[imax]), metric_l=fields["metric_l"], metric=metric_shown)
        answer = t["bar_answer" if summed else "bar_answer_plain"].format(**fields)
        if not _whole(data) and worded and worded[0] in ("pie", "donut") and worded[1] >= 3:
            answer += t["not_whole"].format(total=fields["total"])  # a pie was asked for: say why not
    if data.reference is not None:  # held against the values, never drawn as one of them
        kind, ref = data.reference
        if kind in _REACHED:
            down = vals[0] > vals[-1] and min(vals) >= ref  # falling towards a goal below: a weight to lose
            k = sum(v <= ref for v in vals) if down else sum(v >= ref for v in vals)
            answer += t["reached"].format(k=k, n=len(vals), kind=kind, v=u(ref))
        else:
            answer += t["reference"].format(kind=kind, v=u(ref))
    if lang == "en" and time_axis(cats) == "weekday":  # "on Mon", where the templates say "in Q1"
        title, answer = (_on_days(text, cats) for text in (title, answer))
    y_title = metric_shown + (t["unit_paren"].format(unit=unit) if unit else "")
    return ChartPlan(
        chart_type=ctype,  # type: ignore[arg-type]
        title=short(cap(title), 150),
        x_title=data.axis,
        y_title=short(y_title, 80),
        unit=unit,
        language=lang,
        categories=[short(c, 80) for c in cats],
        series=[Series(name=short(metric_shown, 80), values=vals)],
        answer=answer,
        alt_text=t["alt"].format(**fields),
    )


def histogram_from_numbers(question: str, values: list[float]) -> ChartPlan:
    """A histogram of a plain list of observations ('distribution of 3, 5, 7, 2, 8, 9')."""
    lang = lang_of(question)
    t = template(lang)
    ordered = sorted(values)
    n = len(ordered)
    median = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    fields = {
        "n": str(n),
        "lo": fmt_number(ordered[0], lang),
        "hi": fmt_number(ordered[-1], lang),
        "med": fmt_number(median, lang),
        "mean": fmt_number(sum(values) / n, lang),
    }
    return ChartPlan(
        chart_type="histogram",
        title=t["hist_title"].format(**fields),
        x_title=t["value"],
        y_title=t["count_axis"],
        language=lang,
        series=[Series(name=t["values_name"], values=values)],
        answer=t["hist_answer"].format(**fields),
        alt_text=t["hist_alt"].format(**fields),
    )


def _multi_series(question: str, data: QuestionData, lang: str) -> ChartPlan:
    """Several series over the same categories: grouped bars, or lines over time when asked for a
    trend. The answer names each series' highest category and total, computed."""
    t = template(lang)
    worded = chart_type_from_words(question)
    ctype = "line" if (worded and worded[0] in ("line", "area")) else "grouped_bar"
    unit = local_unit(data.unit, lang)
    facts = []
    summed = additive(question, data)  # no "total" of temperatures or scores
    numbered = data.axis and all(c.isdigit() for c in data.categories)  # "(quarter 4)", not "(4)"
    for name, values in data.groups:
        top = max(range(len(values)), key=lambda i: values[i])
        where = f"{axis_word(lang, data.axis)} {data.categories[top]}" if numbered else data.categories[top]
        total = t["multi_total"].format(total=with_unit(sum(values), unit, lang)) if summed else ""
        facts.append(t["multi_fact"].format(name=name, v=with_unit(values[top], unit, lang), c=where) + total)
    totals = {name: sum(v) / (1 if summed else len(v)) for name, v in data.groups}
    lead = max(totals, key=lambda k: totals[k])
    metric = cap(short(data.metric, 40)) if data.metric else t["value"]
    metric_l = lower(lang, metric) if data.metric else t["value_l"]
    overall = "total" if summed else "mean"
    title = t[f"multi_lead_{overall}" + ("" if data.metric else "_plain")].format(
        lead=lead, metric_l=metric_l
    )
    names = t["list_sep"].join(n for n, _ in data.groups)
    axis_l = counted_axis(lang, data.axis) if data.axis else t["categories"]
    ctype_name = chart_name(lang, ctype)
    return ChartPlan(
        chart_type=ctype,  # type: ignore[arg-type]
        title=short(cap(title), 150),
        x_title=data.axis,
        y_title=short(metric + (t["unit_paren"].format(unit=unit) if unit else ""), 80),
        unit=unit,
        language=lang,
        categories=[short(c, 80) for c in data.categories],
        series=[Series(name=short(n, 80), values=v) for n, v in data.groups],
        answer=t["sep"].join(facts) + t["stop"],
        alt_text=short(
            t["multi_alt"].format(
                ctype=cap(ctype_name) if t["multi_alt"].startswith("{ctype}") else ctype_name,
                metric_l=metric_l,
                names=names,
                n=len(data.categories),
                axis_l=axis_l,
            ),
            300,
        ),
    )


# the chart's own name before the first axis ("scatter plot of hours vs score", "nuage de points heures vs note")
_SCATTER_WORDS = re.compile(
    r"^(?:scatter(?: ?plot| ?chart| ?graph)?|plot|chart|graph|nuage de points|diagramme de dispersion"
    r"|(?:gráfico|diagrama) de (?:dispersión|dispersão)|streudiagramm|grafico a dispersione|spreidingsdiagram"
    r"|точечная диаграмма|диаграмма рассеяния|saçılım grafiği|wykres (?:punktowy|rozrzutu))\s*"
    r"(?:please|of|de|des|du|der|von|di|del|van|z)?\s+|^(?:散点图|散布図|산점도)\s*",
    re.IGNORECASE,
)


def scatter_from_pairs(question: str) -> ChartPlan | None:
    """'hours studied vs exam score - 2h 55, 4h 62, 5h 70': (x, y) pairs, one per item, when the
    wording asks for a scatter or a relation. The axis titles are the two names around 'vs'."""
    worded = chart_type_from_words(question)
    if not worded or worded[0] != "scatter":
        return None
    body = re.split(r"[:：]|\s[-–—]\s", question)[-1]
    points: list[tuple[float, float]] = []
    for item in re.split(r"[,;，；]\s*", body):
        nums = find_numbers(item)
        if len(nums) != 2:
            continue
        points.append((nums[0].value * nums[0].multiplier, nums[1].value * nums[1].multiplier))
    if len(points) < 3:
        return None
    lang = lang_of(question)
    t = template(lang)
    names = re.search(
        r"([\w ]{2,40}?)\s+(?:vs\.?|versus|against)\s+([\w ]{2,40}?)(?:\s*[-–—:,：，]|$)", question, re.I
    )
    x_name, y_name = (names.group(1).strip(), names.group(2).strip()) if names else ("x", "y")
    x_name = _SCATTER_WORDS.sub("", x_name) or "x"  # "hours vs score": hours along x, score up y
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    n = len(points)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in points)
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    r = sxy / (sxx * syy) ** 0.5 if sxx and syy else 0.0
    strength = "strong" if abs(r) >= 0.7 else "moderate" if abs(r) >= 0.4 else "weak"
    fields = {
        "n": str(n),
        "strength": t[f"corr_{strength}"],
        "direction": t["corr_positive" if r > 0 else "corr_negative"],
        "r": localize(f"{r:.2f}", lang),
        "x": x_name,
        "y": y_name,
    }
    return ChartPlan(
        chart_type="scatter",
        title=short(cap(t["scatter_title"].format(y=y_name, x=x_name)), 150),
        x_title=short(cap(x_name), 80),
        y_title=short(cap(y_name), 80),
        language=lang,
        series=[Series(name=short(cap(y_name), 80), x=xs, values=ys)],
        answer=t["pairs_answer"].format(**fields),
        alt_text=t["pairs_alt"].format(**fields),
    )


def _on_days(text: str, days: list[str]) -> str:
    """English templates say "in {c0}" (every language's templates keep English's placeholders), which
    reads right for a quarter or a year; a day takes "on". A whole label only: "in Monterey" stays."""
    said = "|".join(re.escape(day) for day in sorted(days, key=len, reverse=True))
    return re.sub(rf" in ({said})(?!\w)", r" on \1", text)

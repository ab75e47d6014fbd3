"""Charts over an attached table: which columns play which role, and a takeaway computed with pandas.

The plan names columns only; `render.data.resolve` computes the values the chart draws. The
answer's facts are computed here from the same table, so they match the chart.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generators.rules.column_names import column_mentions
from generators.rules.cues import (
    AGGREGATE_CUES,
    BY_WORDS,
    COLOR_WORDS,
    EN_NUMBER_WORDS,
    MEAN_LIKE,
    SORT_CUES,
    STOPWORDS,
)
from generators.rules.inline import LEVEL
from generators.rules.numbers import cn_int, fmt_number
from generators.rules.table_filters import chart_filters
from generators.rules.templates import AGG_WORDS, CASED, chart_name, lower, template
from generators.rules.words import (
    CJK,
    MAX_QUESTION,
    any_cue,
    cap,
    chart_type_from_words,
    first_of,
    humanize,
    lang_of,
    short,
)
from render.columns import ColumnProfile, as_datetime, profile, to_numeric
from render.data import _filter_mask as filter_mask
from render.data import floor_dates, period_label
from render.numerals import localize
from render.plan import ChartPlan, Filter

if TYPE_CHECKING:
    import pandas as pd


ColumnInfo = ColumnProfile  # the name this module gave column profiles before render.columns


def _top_n(text: str) -> tuple[int | None, str | None]:
    m = re.search(r"\b(top|bottom|first|last|largest|biggest|smallest)[\s-]*(\d{1,3}|[a-z]+)\b", text, re.I)
    if m:
        raw = m.group(2).lower()
        n = int(raw) if raw.isdigit() else EN_NUMBER_WORDS.get(raw)
        if n:
            return n, "asc" if m.group(1).lower() in ("bottom", "smallest") else "desc"
    m = re.search(r"(?<![a-z])(\d{1,3})\s+(?:largest|biggest|highest|most|best|top)\b", text, re.I)
    if m:
        return int(m.group(1)), "desc"
    m = re.search(r"(前|后|倒数)\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:名|个|位|大|项|家)?", text)
    if m:
        n = cn_int(m.group(2))
        if n:
            return n, "asc" if m.group(1) in ("后", "倒数") else "desc"
    return None, None


def _filters(question: str, df: pd.DataFrame, cols: list[ColumnProfile], used: set[str]) -> list[Filter]:
    """'sales by product in Europe' → region == 'Europe' when exactly one value of a column is named."""
    out: list[Filter] = []
    q = question.lower()
    for info in cols:
        if info.name in used or info.kind != "category" or info.nunique > 200 or len(out) >= 3:
            continue
        try:
            values = [
                v for v in df[info.name].dropna().unique().tolist() if isinstance(v, str) and len(v) >= 2
            ]
        except Exception:
            continue
        hits = []
        for v in values:
            lv = v.lower()
            if CJK.search(lv):
                if lv in q:
                    hits.append(v)
            elif re.search(r"(?<![a-z0-9])" + re.escape(lv) + r"(?![a-z0-9])", q):
                hits.append(v)
        if len(hits) == 1 and hits[0].lower() not in STOPWORDS:
            out.append(Filter(column=info.name, op="==", value=hits[0]))
    return out


@dataclass
class TableChoice:
    """The roles chosen for a table chart, and why."""

    chart_type: str
    x: str | None
    y: str | None
    color: str | None
    aggregate: str | None
    sort: str | None
    top_n: int | None
    filters: list[Filter]
    note: str = ""
    x_period: str | None = None
    """Dates on x grouped into weeks, months… (orders on scattered days read as sales per month)."""


def choose_table_roles(question: str, df: pd.DataFrame) -> TableChoice | str:
    """Pick x, y, color, aggregate, chart type, sort and top N for a chart of the table.

    Returns the choice, or a string saying why the table cannot be charted. The steps: a scatter or
    a distribution when the wording asks for one; else the grouping columns (x, color), the
    measure (y and how rows combine), then the chart type, sort, top N and filters.
    """
    if df is None or df.shape[1] == 0:
        return "it has no columns"
    if len(df) == 0:
        return "it has no rows"
    cols = profile(df)
    if all(c.kind == "empty" for c in cols):
        return "every column is empty"
    q = (question or "")[:MAX_QUESTION]
    ask = _Ask(
        q, df, cols, column_mentions(q, [c.name for c in cols if c.kind != "empty"]), chart_type_from_words(q)
    )
    found = _scatter_roles(ask) or _distribution_roles(ask)
    if found is not None:
        return found
    x, color = _group_roles(ask)
    measured = _measure_roles(ask, x, color)
    if not isinstance(measured, tuple):
        return measured
    x, y, aggregate = measured
    return _chart_roles(ask, x, y, color, aggregate)


@dataclass
class _Ask:
    """A question read against a table's columns: what each step of choosing roles looks at."""

    q: str
    df: pd.DataFrame
    cols: list[ColumnProfile]
    mentions: dict[str, tuple[float, int]]
    """Columns the question names: {name: (score, position)}."""
    worded: tuple[str, int] | None
    """The chart type the wording asks for, and how strongly."""

    def __post_init__(self) -> None:
        self.by_name = {c.name: c for c in self.cols}
        self.usable = [c for c in self.cols if c.kind != "empty"]
        self.wtype = self.worded[0] if self.worded else None
        # A chart type named outright ("box plot", "heat map") is honoured even when the columns are
        # identifiers: the user asked for it, and identifier-like numbers still plot.
        self.explicit = self.worded is not None and self.worded[1] >= 3
        self.numeric = [c for c in self.usable if c.kind == "numeric" and not c.id_like]
        self.any_numeric = [c for c in self.usable if c.kind == "numeric"]
        self.groupers = [c for c in self.usable if c.kind in ("category", "date")]
        self.named = [n for n, _ in sorted(self.mentions.items(), key=lambda kv: kv[1][1])]
        """Columns named in the question, in the order they are named."""
        kind = {n: self.by_name[n] for n in self.named}
        self.m_numeric = [n for n in self.named if kind[n].kind == "numeric" and not kind[n].id_like]
        self.m_group = [n for n in self.named if kind[n].kind != "numeric"]
        self.m_any_numeric = [n for n in self.named if kind[n].kind == "numeric"]

    def after_word(self, name: str, positions: list[int]) -> bool:
        """The column is named just after one of the words at `positions` ("by region")."""
        pos = self.mentions[name][1]
        return any(0 <= pos - p <= 25 for p in positions)


_SIDE_BY_SIDE = re.compile(
    r"side\s+by\s+side|nebeneinander|côte\s+à\s+côte|lado\s+a\s+lado|fianco\s+a\s+fianco|naast\s+elkaar"
    r"|yan\s+yana|бок\s+о\s+бок|并排|並べて|나란히",
    re.I,
)


def _scatter_roles(ask: _Ask) -> TableChoice | None:
    """Scatter: two numeric columns and correlation wording (or an explicit scatter)."""
    if ask.wtype != "scatter" or (not ask.explicit and _SIDE_BY_SIDE.search(ask.q)):
        return None  # "parts vs labour per job type side by side": bars next to each other, no scatter
    m_numeric, numeric, mentions, by_name = ask.m_numeric, ask.numeric, ask.mentions, ask.by_name
    pair = (
        m_numeric[:2] if len(m_numeric) >= 2 else [c.name for c in numeric[:2]] if len(numeric) >= 2 else []
    )
    if not pair and ask.explicit and len(ask.any_numeric) >= 2:
        named = [n for n in ask.m_any_numeric if n in {c.name for c in ask.any_numeric}]
        pair = (named + [c.name for c in ask.any_numeric if c.name not in named])[:2]
    worded = ask.worded
    if len(pair) == 2 and (worded and (worded[1] >= 3 or len(m_numeric) >= 2 or len(numeric) == 2)):
        color = next(
            (g for g in ask.m_group if by_name[g].kind == "category" and by_name[g].nunique <= 12), None
        )
        first, second = pair
        between = (
            ask.q[min(mentions[first][1], mentions[second][1]) : max(mentions[first][1], mentions[second][1])]
            if first in mentions and second in mentions
            else ""
        )
        if between and re.search(r"\b(?:vs\.?|versus|against)\b", between, re.I):
            first, second = second, first  # "salary vs experience": salary is plotted against experience
        return TableChoice("scatter", first, second, color, None, None, None, [])
    return None


def _distribution_roles(ask: _Ask) -> TableChoice | None:
    """Distribution of one numeric column: histogram, or box plots per category."""
    if ask.wtype not in ("histogram", "box") or not (
        ask.m_numeric or ask.numeric or (ask.explicit and ask.any_numeric)
    ):
        return None
    col = (
        ask.m_numeric
        or [c.name for c in ask.numeric]
        or ask.m_any_numeric
        or [c.name for c in ask.any_numeric]
    )[0]
    cat = next((g for g in ask.m_group if ask.by_name[g].kind == "category"), None)
    if cat and ask.by_name[cat].nunique <= 30:
        return TableChoice("box", cat, col, None, None, None, None, [])
    if ask.wtype == "box" and ask.explicit:
        # an explicit box plot: one box per group of the best category column, else a single box
        groups = [
            c.name for c in ask.usable if c.kind == "category" and 2 <= c.nunique <= 30 and not c.id_like
        ]
        return TableChoice("box", groups[0] if groups else None, col, None, None, None, None, [])
    if ask.wtype == "histogram" or not cat:
        return TableChoice("histogram", col, None, None, None, None, None, [])
    return None


def _group_roles(ask: _Ask) -> tuple[str | None, str | None]:
    """x: the grouping column named after "by"/"per"/"按", else the first named grouping column,
    else the best date column, else the best category column; color: a second named grouping."""
    q, by_name, m_numeric = ask.q, ask.by_name, ask.m_numeric
    by_positions = [m.end() for m in BY_WORDS.finditer(q)]
    color_positions = [m.end() for m in COLOR_WORDS.finditer(q)]
    x = color = None
    grouping = ask.m_group + [
        n
        for n in m_numeric
        if by_name[n].nunique <= 30 and ask.after_word(n, by_positions) and len(m_numeric) > 1
    ]
    if grouping:
        by_first = sorted(grouping, key=lambda g: (not ask.after_word(g, by_positions), ask.mentions[g][1]))
        color_cands = [g for g in grouping if ask.after_word(g, color_positions)]
        x = next((g for g in by_first if g not in color_cands), by_first[0])
        color = next((g for g in color_cands if g != x), None)
        if color is None:
            others = [g for g in by_first if g != x and ask.after_word(g, by_positions)]
            if others and by_name[others[0]].nunique <= 20:
                color = others[0]
        if color is None and by_name[x].kind == "date":  # "per jaar" over year × city: a line a city
            cats = [
                c
                for c in ask.groupers
                if c.kind == "category" and c.nunique >= 2 and not c.id_like and c.name in ask.named
            ]  # (only a column the question names: "sales by year" alone is the year's total)
            color = _series_column(ask, x, cats)
        return x, color
    dates = [c for c in ask.groupers if c.kind == "date" and c.nunique >= 2]
    cats = sorted(
        (c for c in ask.groupers if c.kind == "category" and c.nunique >= 2 and not c.id_like),
        key=lambda c: (not c.duplicated, c.nunique > 30, ask.cols.index(c)),
    )
    texts = [c for c in ask.usable if c.kind == "text"]
    labels = [c for c in ask.usable if c.kind in ("category", "text") and not c.duplicated and not c.id_like]
    ranking = _top_n(q)[0] is not None or first_of(q, SORT_CUES) is not None
    if ranking and labels and m_numeric and not any_cue(q, [c.name for c in cats]):
        x = labels[0].name  # "top 3 employees by salary": rank the rows by their label column
    elif dates:
        x = dates[0].name
        color = _series_column(ask, x, cats)
    elif cats:
        x = cats[0].name
    elif texts:
        x = texts[0].name
    return x, color


def _series_column(ask: _Ask, x: str, cats: list[ColumnProfile]) -> str | None:
    """A long table keyed by time and one category (year, item, value: one row per pair) holds a
    series per category: colour by it rather than add the series up into one line."""
    if len(cats) != 1 or not 2 <= cats[0].nunique <= 8 or len(ask.numeric) != 1:
        return None
    keys = ask.df[[x, cats[0].name]]
    return cats[0].name if not keys.duplicated().any() and keys[x].nunique() >= 2 else None


# "the number of …" in the languages AGGREGATE_CUES lacks: rows counted, not a measure summed
_COUNTED = re.compile(
    r"(?<![^\W\d_])(?:n[úu]mero\s+d[eio]|nombre\s+d[e']|aantal|количеств\w*|число|liczb\w*|ilość|ilości"
    r"|sayısı\w*)(?![^\W\d_])|개수|건수|عدد|संख्या",
    re.I,
)


def _measure_roles(
    ask: _Ask, x: str | None, color: str | None
) -> tuple[str, str | None, str | None] | TableChoice | str:
    """y and how rows combine (x may still change when only identifiers can group); a histogram or
    a reason when there is nothing to group by."""
    q = ask.q
    y_candidates = [n for n in ask.m_numeric if n not in (x, color)]
    y = y_candidates[0] if y_candidates else None
    aggregate: str | None = first_of(q, AGGREGATE_CUES)
    if (
        aggregate is None
        and not y_candidates
        and x is not None
        and ask.by_name[x].duplicated
        and _COUNTED.search(q)
    ):
        aggregate = "count"  # "ilçelere göre talep sayısı": rows counted in groups of several rows
    if aggregate == "count":
        # "number of orders" where orders is a numeric column means summing it.
        count_cue = re.search(r"(?:number of|how many|count of)\s+([\w ]{1,40})", q, re.I)
        if y and count_cue and y in column_mentions(count_cue.group(1), [y]):
            aggregate = "sum"
        else:
            y = None
    if y is None and aggregate != "count":
        default = [c.name for c in ask.numeric if c.name not in (x, color) and not c.year_like]
        if default:
            y = default[0]
        elif x is not None:
            aggregate = "count"
    if x is None and (ask.explicit or y is None):
        # Only identifiers or numbers to group by (e.g. "a bar chart of store ids"): group by the
        # column the question names, else the first one, and count rows unless a measure is named.
        named = [n for n in ask.named if n != y]
        others = [c.name for c in ask.usable if c.name != y and c.nunique >= 1]
        x = (named or others or [None])[0]
        if x is not None and y is None:
            aggregate = "count"
    if x is None:
        if y is not None:
            return TableChoice("histogram", y, None, None, None, None, None, [], note="no category column")
        return "it has no column to group by and no numeric column"
    if y is not None and x == y:
        return TableChoice("histogram", y, None, None, None, None, None, [])
    unique_pairs = color is not None and not ask.df[[x, color]].duplicated().any()
    if aggregate is None and (ask.by_name[x].duplicated or color is not None) and not unique_pairs:
        name_l = (y or "").lower()
        aggregate = "mean" if any(h in name_l for h in MEAN_LIKE) else "sum"
    if aggregate == "count":
        y = None
    return x, y, aggregate


def _chart_roles(ask: _Ask, x: str, y: str | None, color: str | None, aggregate: str | None) -> TableChoice:
    """Chart type from the wording, then from the column types; sort, top N and filters."""
    pinned = [f for f in chart_filters(ask.q, ask.df) if f.op == "==" and f.column == x]
    unpin = ""
    if pinned:  # "by country in 2022" over year × country: one year, a bar a country
        others = [
            c.name
            for c in ask.usable
            if c.kind == "category" and not c.id_like and c.nunique >= 2 and c.name not in (x, y)
        ]
        if color is not None or others:
            x, color = (color, None) if color is not None else (others[0], None)
            aggregate = aggregate or ("mean" if any(h in (y or "").lower() for h in MEAN_LIKE) else "sum")
        else:
            unpin = x  # nothing else to group by: the whole axis, not one point of it
    q, wtype, worded, xi = ask.q, ask.wtype, ask.worded, ask.by_name[x]
    top_n, top_sort = _top_n(q)
    sort = top_sort or first_of(q, SORT_CUES)
    if xi.kind == "date" and not top_n:
        sort = None
    nonneg = True
    if y is not None:
        try:
            nonneg = bool((to_numeric(ask.df[y]).dropna() >= 0).all())
        except Exception:
            nonneg = True
    ctype = "bar"
    if wtype == "heatmap" and ask.explicit and color is None:
        # a heat map needs a second key for its rows: the next named column, else the next column
        # that groups well (few distinct values), identifiers included
        named = [n for n in ask.named if n not in (x, y)]
        groupable = sorted(
            (c for c in ask.usable if c.name not in (x, y) and c.nunique >= 1 and c.kind != "text"),
            key=lambda c: (c.kind == "numeric" and not c.id_like, c.nunique > 50, ask.cols.index(c)),
        )
        color = (named or [c.name for c in groupable] or [None])[0]
        if color is not None and aggregate is None:
            aggregate = (
                "count" if y is None else ("mean" if any(h in y.lower() for h in MEAN_LIKE) else "sum")
            )
    if wtype == "heatmap" and ask.explicit and color is not None:
        ctype = "heatmap"
    elif wtype in ("pie", "donut") and color is None and nonneg:
        ctype = wtype if xi.nunique <= 8 or top_n else "horizontal_bar"
        if ctype == "horizontal_bar":
            sort = sort or "desc"
    elif wtype in ("line", "area") or (
        xi.kind == "date" and wtype not in ("bar", "stacked_bar", "grouped_bar")
    ):
        ctype = wtype if wtype in ("line", "area") else "line"
    elif (
        wtype in ("stacked_bar", "grouped_bar", "horizontal_bar", "table", "heatmap")
        and worded
        and worded[1] >= 2
    ):
        ctype = wtype
    elif color is not None:
        ctype = "grouped_bar"
    elif xi.nunique > 12:
        ctype = "horizontal_bar"
    if ctype == "heatmap" and color is None:
        ctype = "bar"
    note = ""
    if ctype in ("bar", "horizontal_bar") and xi.nunique > 25 and not top_n:
        top_n, sort = 20, sort or "desc"
        note = "top 20 shown"
    if ctype == "horizontal_bar" and sort is None and xi.kind != "date":
        sort = "desc"
    used = {c for c in (x, y, color) if c}
    filters = _filters(q, ask.df, ask.usable, used)
    filters += [f for f in chart_filters(q, ask.df) if f.column not in {g.column for g in filters} | {unpin}]
    return TableChoice(ctype, x, y, color, aggregate, sort, top_n, filters, note)


def _filtered(df: pd.DataFrame, choice: TableChoice) -> pd.DataFrame:
    """The rows the chart shows: its filters applied, as the renderer applies them."""
    for i, f in enumerate(choice.filters):
        if f.op == "==" and f.column in df.columns and isinstance(f.value, str):
            df = df[df[f.column] == f.value]
        elif f.column in df.columns:
            df = df[filter_mask(df[f.column], f, i)]
    return df


_ASKED_PERIOD = {
    "day": r"\bdaily\b|per day|by day|each day|day by day|täglich|diario|quotidien|每天|每日",
    "week": r"\bweekly\b|per week|by week|each week|week by week|wöchentlich|semanal|hebdomadaire|每周",
    "month": r"\bmonthly\b|per month|by month|each month|month by month|monatlich|mensual|mensuel|每月|按月",
    "quarter": r"\bquarterly\b|per quarter|by quarter|each quarter|quartal|trimestr|每季度|按季度",
    "year": r"\byearly\b|\bannual(?:ly)?\b|per year|by year|each year|year by year|jährlich|anual|annuel|每年|按年",
}


def date_period(column: pd.Series, question: str = "") -> str | None:
    """The period to group a date column into, or None to keep one point per date.

    A period the question names ("monthly", "per week", "按月") is used when the dates are finer.

    Only rows that happen on scattered days are grouped: several rows on one date, or gaps that
    vary more than threefold (orders, tickets, visits). A regular series (daily, monthly) keeps
    its points. The period is the finest that puts two or more rows in a point on average and
    draws at most 36 points.
    """
    dates = as_datetime(column).dropna()
    if len(dates) < 2:
        return None
    days = dates.dt.normalize()
    for period, words in _ASKED_PERIOD.items():
        if re.search(words, question, re.I):
            finer = floor_dates(days, period).nunique() < days.nunique()
            return period if finer else None
    if len(dates) < 6:
        return None
    unique = days.drop_duplicates().sort_values()
    gaps = unique.diff().dropna().dt.days
    scattered = len(unique) < len(days) or (len(gaps) >= 2 and gaps.max() > 3 * max(gaps.min(), 1))
    if not scattered:
        return None
    for period in ("week", "month", "quarter", "year"):
        groups = floor_dates(days, period).nunique()
        if groups <= 36 and len(days) / groups >= 2 and groups * 1.5 <= len(unique):
            return period if groups >= 3 or period == "year" else None
    return None


def _aggregate_frame(df: pd.DataFrame, choice: TableChoice) -> pd.Series | None:
    """The chart's numbers computed with pandas, only to state facts in the answer."""
    data = _filtered(df, choice)
    if choice.x is None or choice.x not in data.columns:
        return None
    if choice.x_period:  # as the chart groups them
        dates = floor_dates(as_datetime(data[choice.x]), choice.x_period)
        data = data.assign(**{choice.x: dates})[dates.notna()]
    if choice.aggregate == "count" or choice.y is None:
        result = data.groupby(choice.x, dropna=True).size()
    else:
        values = to_numeric(data[choice.y])
        keep = values.notna()  # as render.data.resolve does: a row without a number is dropped
        grouped = values[keep].groupby(data[choice.x][keep], dropna=True)
        result = getattr(grouped, choice.aggregate or "sum")()
    result = result.dropna()
    if choice.x_period and not result.empty:  # labelled as the chart labels them, still in time order
        import pandas as pd

        labels = [period_label(d, choice.x_period) for d in result.index]
        result.index = pd.CategoricalIndex(labels, categories=labels, ordered=True)
    return result if not result.empty else None


def _series_answer(df: pd.DataFrame, choice: TableChoice, measure: str) -> str:
    """'Apples went from 10 (2019) to 20 (2021); pears from 12 to 13': each line's first and last."""
    try:
        data = _filtered(df, choice)
        frame = data.assign(_v=to_numeric(data[choice.y])).dropna(subset=["_v"])
        wide = frame.groupby([choice.color, choice.x])["_v"].agg(choice.aggregate or "sum").unstack()
    except Exception:
        return ""
    parts = []
    for name, row in list(wide.iterrows())[:8]:
        row = row.dropna()
        if len(row) >= 2:
            first, last = row.index[0], row.index[-1]
            parts.append(
                f"**{_key(name)}** from {fmt_number(float(row.iloc[0]))} ({_key(first)}) "
                f"to {fmt_number(float(row.iloc[-1]))} ({_key(last)})"
            )
    return f"{cap(measure)}: " + "; ".join(parts) + "." if parts else ""


def _key(value: Any) -> str:
    """A group key as a reader writes it: dates without a midnight time, floats without '.0'."""
    if hasattr(value, "strftime"):
        try:
            if getattr(value, "hour", 0) == 0 and getattr(value, "minute", 0) == 0:
                return value.strftime("%Y-%m-%d")
            return value.strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return str(value)
    if isinstance(value, float):
        return fmt_number(value)
    return str(value)


def chart_from_table(question: str, df: pd.DataFrame, table_name: str = "") -> ChartPlan | str:
    """A chart naming table columns (values are resolved later), with a pandas-computed takeaway.

    Returns the plan, or a string saying why the table cannot be charted.
    """
    choice = choose_table_roles(question, df)
    if isinstance(choice, str):
        return choice
    if choice.chart_type in ("line", "area") and choice.x is not None:
        choice.x_period = date_period(df[choice.x], question)
        if choice.x_period and choice.y and choice.aggregate in (None, "sum") and LEVEL.search(choice.y):
            choice.aggregate = "mean"  # a month of prices or temperatures is their average, not their sum
    lang = lang_of(question)
    t = template(lang)
    aggw = AGG_WORDS.get(lang, AGG_WORDS["en"])
    x_h = humanize(choice.x or "")
    y_h = humanize(choice.y or "")
    rows_word = t["rows_word"]
    answer = ""
    if choice.chart_type == "scatter":
        title = t["scatter_title"].format(y=y_h, x=x_h)
        y_title, x_title = y_h, x_h
        try:
            a = to_numeric(df[choice.x])
            b = to_numeric(df[choice.y])
            r = float(a.corr(b))
            if math.isfinite(r):
                strength = "strong" if abs(r) >= 0.7 else "moderate" if abs(r) >= 0.4 else "weak"
                direction = "positive" if r > 0 else "negative"
                answer = t["corr_answer"].format(
                    y=y_h,
                    x=x_h,
                    strength=t[f"corr_{strength}"],
                    direction=t[f"corr_{direction}"],
                    r=localize(f"{r:.2f}", lang),
                    n=int((a.notna() & b.notna()).sum()),
                )
        except Exception:
            answer = ""
    elif choice.chart_type in ("histogram", "box"):
        col = choice.y if choice.chart_type == "box" else choice.x
        col_h = humanize(col or "")
        title = t["dist_title"].format(col=col_h) + (
            t["dist_by"].format(x=x_h) if choice.chart_type == "box" else ""
        )
        x_title, y_title = (x_h, col_h) if choice.chart_type == "box" else (col_h, t["count_axis"])
        try:
            s = to_numeric(df[col]).dropna()
            if not s.empty:
                answer = t["range_answer"].format(
                    col=col_h,
                    lo=fmt_number(float(s.min()), lang),
                    hi=fmt_number(float(s.max()), lang),
                    med=fmt_number(float(s.median()), lang),
                    n=len(s),
                )
        except Exception:
            answer = ""
    else:
        agg_label = aggw.get(choice.aggregate or "", "")
        if choice.aggregate == "count" or choice.y is None:
            noun = re.search(
                r"\b(?:number of|how many|count of)\s+([a-z][a-z ]{1,30}?)(?=\s+(?:by|per|in|for|across)\b|[?.]|$)",
                question or "",
                re.I,
            )
            counted = noun.group(1).strip() if noun and lang == "en" else rows_word.lower()
            measure = t["count_measure"].format(counted=counted)
        elif agg_label:
            if lang == "en" and re.search(
                rf"\b{re.escape(choice.aggregate or '')}|{re.escape(agg_label.lower())}", y_h.lower()
            ):
                measure = y_h  # "total_sales" summed is "Total sales", not "Total total sales"
            elif lang != "en" and agg_label.lower() in y_h.lower():
                measure = y_h  # "总销售额", "Gesamtumsatz": the column already says it
            else:
                measure = t["agg_measure"].format(agg=agg_label, y_l=lower(lang, y_h))
        else:
            measure = y_h
        measure_l = lower(lang, measure)
        x_l = lower(lang, x_h)
        title = t["by_title"].format(measure=measure, x_l=x_l)
        if choice.color:
            title += t["by_color"].format(color_l=lower(lang, humanize(choice.color)))
        if choice.chart_type in ("line", "area"):
            title = (
                t["per_title"].format(
                    measure=measure, period=t.get(f"period_{choice.x_period}", choice.x_period), x_l=x_l
                )
                if choice.x_period
                else t["over_title"].format(measure=measure, x_l=x_l)
            )
        if choice.top_n:
            title = (
                t["bottom_prefix" if choice.sort == "asc" else "top_prefix"].format(n=choice.top_n) + title
            )
        x_title, y_title = x_h, measure
        if choice.color and choice.chart_type in ("line", "area") and choice.y:
            answer, result = _series_answer(df, choice, measure), None
        else:
            try:
                result = _aggregate_frame(df, choice)
            except Exception:
                result = None
        if result is not None and len(result) >= 1:
            try:
                top_key = _key(result.idxmax())
                low_key = _key(result.idxmin())
                top_v, low_v = float(result.max()), float(result.min())
                if choice.chart_type in ("line", "area"):
                    ordered = result.sort_index()
                    answer = t["agg_line"].format(
                        measure_c=cap(measure),
                        a=fmt_number(float(ordered.iloc[0]), lang),
                        ka=_key(ordered.index[0]),
                        b=fmt_number(float(ordered.iloc[-1]), lang),
                        kb=_key(ordered.index[-1]),
                        vt=fmt_number(top_v, lang),
                        top=top_key,
                    )
                elif choice.top_n and len(result) > choice.top_n:
                    kept = result.sort_values(ascending=choice.sort == "asc").head(choice.top_n)
                    listed = ", ".join(
                        f"**{_key(k)}** ({fmt_number(float(v), lang)})" for k, v in kept.items()
                    )
                    key = "bottomn_answer" if choice.sort == "asc" else "topn_answer"
                    answer = t[key].format(n=choice.top_n, measure_l=measure_l, listed=listed)
                elif top_v == low_v and len(result) > 1:
                    answer = t["same_answer"].format(
                        n=len(result), measure_l=measure_l, v=fmt_number(top_v, lang)
                    )
                else:
                    answer = t["agg_two" if len(result) > 1 else "agg_one"].format(
                        top=top_key,
                        measure_l=measure_l,
                        vt=fmt_number(top_v, lang),
                        low=low_key,
                        vl=fmt_number(low_v, lang),
                    )
                    if choice.chart_type in ("pie", "donut") and result.sum() > 0:
                        answer += t["agg_share"].format(
                            top=top_key, pct=f"{top_v / float(result.sum()) * 100:.0f}"
                        )
            except Exception:
                answer = ""
    if choice.filters:
        cond = ", ".join(
            f"{f.column} {'=' if f.op == '==' else f.op} {_key(f.value)}" for f in choice.filters
        )
        title += f" ({cond})"
    subtitle_parts = [p for p in (humanize(table_name) if table_name else "", choice.note) if p]
    title_l = title if lang in CASED else title[:1].lower() + title[1:]
    alt = t["agg_alt"].format(ctype=chart_name(lang, choice.chart_type), title_l=title_l)
    if answer:
        alt += t["alt_more"].format(first=re.sub(r"\*\*", "", answer).split(";")[0].rstrip(".").rstrip())
    return ChartPlan(
        chart_type=choice.chart_type,  # type: ignore[arg-type]
        title=short(title, 150),
        subtitle=short(" · ".join(subtitle_parts), 150),
        language=lang,
        x_title=short(x_title, 80),
        y_title=short(y_title, 80),
        x=choice.x,
        y=choice.y,
        color=choice.color,
        aggregate=choice.aggregate,  # type: ignore[arg-type]
        filters=choice.filters,
        sort=choice.sort,  # type: ignore[arg-type]
        top_n=choice.top_n,
        x_period=choice.x_period,  # type: ignore[arg-type]
        answer=answer or f"{title}.",
        alt_text=short(alt, 400),
    )

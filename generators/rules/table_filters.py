"""Rows of an attached table picked by what the question writes about them, before anything is counted,
averaged or ranked: a value of a text column ("in the South"), a year of a time column ("en 2022"), or
a comparison ("started before 2020", "earn more than 80,000", "a rating of at least 4.5").

A most, a total or a count over the whole table when the question named a part of it answers another
question; so every builder that answers one value from a table takes its rows from `selection`, and
says the filter (`Selection.where`) next to the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generators.rules.table_words import FINAL_STATUS, concepts, named_by_meaning
from generators.rules.templates import tr
from generators.rules.words import humanize
from render.columns import ColumnProfile, as_datetime, profile, to_numeric
from render.plan import Filter

if TYPE_CHECKING:
    import pandas as pd

# a comparison word, then the number or date it compares with; "<" before, ">" after, "≥" since
_TIME_OPS = (
    ("≤", r"on\s+or\s+before|until|till|through|up\s+to|hasta|jusqu'en|bis(?:\s+einschließlich)?"),
    ("<", r"before|prior\s+to|earlier\s+than|antes\s+de(?:l)?|avant|vor|prima\s+del?|voor|przed|до"),
    (">", r"after|later\s+than|despu[eé]s\s+de(?:l)?|apr[eè]s|nach|dopo(?:\s+il)?|depois\s+de|после"),
    ("≥", r"since|desde|depuis|seit|dal|sinds|od\s+roku|с\s+года"),
)
_SIZE_OPS = (
    ("≥", r"at\s+least|no\s+less\s+than|al\s+menos|au\s+moins|mindestens|almeno|pelo\s+menos|minstens"
          r"|не\s+менее|co\s+najmniej"),
    ("≤", r"at\s+most|no\s+more\s+than|como\s+m[aá]ximo|au\s+plus|h[oö]chstens|al\s+massimo|no\s+m[aá]ximo"
          r"|hoogstens|не\s+более"),
    (">", r"more\s+than|over|above|greater\s+than|higher\s+than|exceeding|m[aá]s\s+de|plus\s+de|mehr\s+als"
          r"|[uü]ber|pi[uù]\s+di|mais\s+de|meer\s+dan|superiores?\s+a|sup[ée]rieure?s?\s+[àa]|больше|более"
          r"|свыше|powyżej|ponad|超过|高于|大于|多于"),
    ("<", r"less\s+than|fewer\s+than|under|below|lower\s+than|menos\s+de|moins\s+de|weniger\s+als|unter"
          r"|meno\s+di|minder\s+dan|inferiores?\s+a|inf[ée]rieure?s?\s+[àa]|меньше|менее|poniżej|低于|少于|不到"),
)  # fmt: skip
_VALUE = (  # a date, a number ("80,000", "80 000", "4.5", "$80k", "12%")
    r"(?P<v>\d{4}-\d{1,2}(?:-\d{1,2})?|[$€£¥]?\s?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*)"
    r"(?:\s?(?:[kK]\b|%))?)"
)
_SUFFIX = re.compile(
    rf"{_VALUE}\s*(?:[^\W\d]+\s+)?(?P<op>or\s+(?:more|higher|greater|above|over)|and\s+(?:above|up|over|higher)"
    r"|or\s+(?:less|fewer|lower|below|under)|and\s+(?:below|under|lower)"
    r"|o\s+m[aá]s|ou\s+plus|oder\s+mehr|o\s+menos|ou\s+moins|oder\s+weniger|以上|以下)(?!\w)",
    re.I,
)
_DURATION = re.compile(
    r"\s*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|quarters?|decades?|a[ñn]os|meses|ans|mois|jahren?"
    r"|monate[n]?|tage[n]?|anni|mesi|anos|jaar|maanden|лет|года?|месяц\w*|年|か月|个月|개월)\b|\b(?:tenure|age|experience)\b",
    re.I,
)
_SUFFIX_OPS = {"以上": "≥", "以下": "≤"}
# A whole number before the word that names a count column ("with 3 rooms", "2-bedroom", "4 Zimmer"): the
# rows with exactly that many (`_condition` keeps it only when a column is so named and holds the number)
_COUNT_OF = re.compile(r"(?<![\w.,$€£¥])(?P<v>\d{1,3})(?![.,]\d)[\s-]*(?P<w>[^\W\d_]{3,})")
_YEAR = re.compile(r"(?<![\d\-/.,])(1[89]\d\d|20\d\d)(?![\d\-/])")
_VERB_COLUMNS = (  # "who earns more than 80k": the column the verb is about
    (re.compile(r"\bearn|\bpaid\b|\bmakes?\b|\bgan[ae]|\bgagn|\bverdien", re.I), ("salar", "wage", "pay", "income")),
    (re.compile(r"\bsell|\bsold\b|\bvend", re.I), ("sale", "revenue", "units")),
    (re.compile(r"\bcost|\bspen[dt]|\bprice", re.I), ("cost", "price", "spend", "amount")),
)  # fmt: skip


@dataclass
class Selection:
    """The rows the question picks: a mask over the table, what picked them (to say next to the
    answer), and the columns used to pick them (they are not the answer's measure or label)."""

    mask: pd.Series
    parts: list[tuple[str, str, list[str]]] = field(default_factory=list)
    """(column, how it is compared: ": " or " < "…, the values written)."""
    columns: set[str] = field(default_factory=set)

    def where(self, lang: str) -> str:
        """'Region: South; Start date < 2020', in `lang`'s separators."""
        return tr(lang, "sep").join(
            f"{humanize(col)}{how}{tr(lang, 'or_word').join(values)}" for col, how, values in self.parts
        )


_MAX_VALUES = 500  # a column with more distinct values is free text or ids to scan, not categories


def named_rows(question: str, df: Any) -> dict[str, list[str]]:
    """{column: [values the question writes]} for the text columns whose values pick some rows, not all;
    a value is written as it is or in another language ("Katzen" for 'cat', `table_words`)."""
    asked = question.casefold()
    found: dict[str, list[str]] = {}
    for col in df.columns:
        cells = df[col].dropna()
        if cells.empty or cells.dtype.kind in "biufcmM":
            continue
        values = {str(v).strip() for v in cells.astype(str)}
        if len(values) > _MAX_VALUES:
            continue
        hits = [
            v
            for v in values
            if len(v) >= 2
            and not re.fullmatch(r"[\d\s.,]{1,3}", v)  # "1", "12": a count, not a name
            and (
                re.search(rf"(?<!\w){re.escape(v.casefold())}(?:e?s)?(?!\w)", asked)
                or named_by_meaning(v, question) >= 0
            )
        ]
        if hits and len(hits) < len(values):
            found[str(col)] = sorted(hits, key=len, reverse=True)
    return found


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans the comparisons read blanked out, positions kept: "earn over 80,000" is
    no "over time", "at least 4.5" no superlative, "before 2020" no year to filter on again."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def selection(
    question: str,
    df: pd.DataFrame,
    skip: tuple[str, ...] = (),
    every: list[ColumnProfile] | None = None,
) -> Selection | None:
    """The rows the question names by text values, years and comparisons, all of them together;
    None when it names none, or only values every row has. `skip`: columns never filtered (the
    column the question ranks by its values); `every`: the table's profile, when the caller has it."""
    import pandas as pd

    every = profile(df) if every is None else every
    cols = [c for c in every if c.name not in skip]
    mask = pd.Series(True, index=df.index)
    parts: list[str] = []
    used: set[str] = set()
    taken: list[tuple[int, int]] = []
    for cond in comparisons(question, df, every):  # "the highest rating of at least 4": the measure too
        mask &= cond[1]
        parts.append((cond[2], f" {cond[0]} ", [cond[4]]))
        used.add(cond[2])
        taken.append(cond[3])
    rest = blanked(question, taken)
    # "the most overdue" over days_overdue: the word names the measure, not rows with status "overdue"
    measure_words = {w for col in skip for w in re.split(r"[\W_]+", str(col).casefold()) if w}
    for col, found in named_rows(rest, df).items():
        hits = [h for h in found if h.casefold() not in measure_words]
        if col in skip or not hits:
            continue
        mask &= df[col].astype(str).str.strip().isin(hits)
        parts.append((col, ": ", hits))
        used.add(col)
    staged = _by_stage(rest, df, cols, used)
    if staged is not None:  # "still open" over statuses none of which is "open": the ones not final
        mask &= staged[1]
        parts.append((staged[0], ": ", staged[2]))
        used.add(staged[0])
    for col, year, picked in _years(rest, df, cols) + _months(rest, df, cols):
        if col in used:
            continue
        mask &= picked
        parts.append((col, ": ", [year]))
        used.add(col)
    if not parts:
        return None
    return Selection(mask, parts, used)


def _by_stage(
    question: str, df: pd.DataFrame, cols: list[ColumnProfile], used: set[str]
) -> tuple[str, pd.Series, list[str]] | None:
    """(status column, rows, their statuses) for a question asking which rows are still open (or
    closed) when no status is named as such: the open ones are those in no final status ('settled',
    'delivered', 'done'…), the closed ones those in one. None when no column holds both kinds."""
    said = concepts(question)
    asked = "open" if "open" in said else "closed" if "closed" in said else None
    if asked is None:
        return None
    for col in cols:
        if col.name in used or col.kind not in ("category", "text") or col.nunique > 12:
            continue
        cells = df[col.name].astype(str).str.strip()
        final = cells.str.fullmatch(FINAL_STATUS.pattern, case=False) & df[col.name].notna()
        if final.any() and (~final & df[col.name].notna()).any():
            rows = (~final & df[col.name].notna()) if asked == "open" else final
            return col.name, rows, sorted(set(cells[rows]))
    return None


def comparisons(
    question: str, df: pd.DataFrame, cols: list[ColumnProfile] | None = None
) -> list[tuple[str, pd.Series, str, tuple[int, int], str]]:
    """Each comparison the question writes, as (operator, rows kept, column, span in the question, the
    value as written)."""
    cols = profile(df) if cols is None else cols
    out = []
    found: list[tuple[str, str, str, tuple[int, int]]] = []  # (op, value text, kind, span)
    for kind, ops in (("time", _TIME_OPS), ("size", _SIZE_OPS)):
        for op, words in ops:
            for m in re.finditer(
                rf"(?<!\w)(?:{words})\s*(?:the\s+year\s+|el\s+año\s+|l'année\s+)?{_VALUE}", question, re.I
            ):
                after = question[m.end() : m.end() + 16]
                found.append((op, m.group("v"), "span" if _DURATION.match(after) else kind, m.span()))
    for m in _SUFFIX.finditer(question):
        word = m.group("op").lower()
        op = _SUFFIX_OPS.get(word) or (
            "≥" if re.search(r"more|above|up|over|higher|greater|m[aá]s|plus|mehr", word) else "≤"
        )
        found.append((op, m.group("v"), "size", m.span()))
    for m in _COUNT_OF.finditer(question):
        found.append(("=", m.group("v"), "count", m.span()))
    for op, text, kind, span in sorted(found, key=lambda f: (f[3][0], f[2] == "count")):
        if any(o[3][0] < span[1] and span[0] < o[3][1] for o in out):
            continue
        if kind == "count":
            cond = _counted(question[span[0] : span[1]], df, cols, int(text))
            if cond is not None:
                out.append((op, cond[0], cond[1], span, text))
            continue
        cond = _condition(question, df, cols, op, text.strip(), kind, span)
        if cond is not None:
            out.append((op, cond[0], cond[1], span, text.strip()))
    return out


def _condition(
    question: str,
    df: pd.DataFrame,
    cols: list[ColumnProfile],
    op: str,
    text: str,
    kind: str,
    at: tuple[int, int],
) -> tuple[pd.Series, str] | None:
    """The rows kept and the column the comparison is about, or None when no column is clearly meant."""
    year = re.fullmatch(r"(1[89]\d\d|20\d\d)", text)
    iso = re.fullmatch(r"\d{4}-\d{1,2}(?:-\d{1,2})?", text)
    if iso or (year and kind == "time"):
        dates = [c for c in cols if c.kind == "date"]
        col = _pick(question, dates, at) or _anywhere(question, dates)
        if col is None:
            return None
        return _time_condition(df, col, op, text, bool(year))
    if kind == "time":
        return None
    value = _number(text)
    if value is None:
        return None
    numeric = [c for c in cols if c.kind == "numeric" and not c.id_like]
    if _identifier(question[max(0, at[0] - 40) : at[0]]):  # "ID values of 2 or less": an identifier column
        ids = [c for c in cols if c.kind == "numeric" and c.id_like]
        return _compare(df, _pick(question, ids, at) or (ids[0] if len(ids) == 1 else None), op, value)
    col = _pick(question, numeric, at) or _by_verb(question, numeric)
    if col is None:
        # one measure only, and the number within its values: nothing else it could be about
        fits = [c for c in numeric if to_numeric(df[c.name]).min() <= value <= to_numeric(df[c.name]).max()]
        col = fits[0] if len(numeric) == 1 and fits else None
    if col is not None and kind == "span" and not _DURATION.search(col.name.replace("_", " ")):
        return None  # "sales over 3 years": a span of time, unless the column counts years
    return _compare(df, col, op, value)


def _counted(
    phrase: str, df: pd.DataFrame, cols: list[ColumnProfile], value: int
) -> tuple[pd.Series, str] | None:
    """'3 rooms' over a rooms column holding 3: the rows with exactly that many; None when no whole-number
    column is named by the word or none of its rows holds the number."""
    from generators.rules.column_names import column_mentions

    word = re.sub(r"^\d+[\s-]*", "", phrase)
    counts = [c.name for c in cols if c.kind == "numeric" and not c.id_like and df[c.name].dtype.kind in "iu"]
    named = [n for n, (score, _pos) in column_mentions(word, counts).items() if score >= 0.8]
    if len(named) != 1:
        return None
    picked = (to_numeric(df[named[0]]) == value).fillna(False)
    return (picked, named[0]) if picked.any() else None


def _compare(
    df: pd.DataFrame, col: ColumnProfile | None, op: str, value: float
) -> tuple[pd.Series, str] | None:
    if col is None:
        return None
    values = to_numeric(df[col.name])
    picked = {"<": values < value, ">": values > value, "≥": values >= value, "≤": values <= value}[op]
    return picked.fillna(False), col.name


def _time_condition(
    df: pd.DataFrame, col: ColumnProfile, op: str, text: str, year: bool
) -> tuple[pd.Series, str]:
    """Dates before, after or since a year or a date; a year column compared as a number. A year
    is a span: "after 2020" starts in 2021, "before 2020" ends in 2019."""
    import pandas as pd

    if col.year_like:
        values = to_numeric(df[col.name])
        bound = float(text[:4])
        picked = {"<": values < bound, ">": values > bound, "≥": values >= bound, "≤": values <= bound}[op]
    else:
        dates = as_datetime(df[col.name])
        start = pd.Timestamp(f"{text}-01-01" if year else text)
        end = pd.Timestamp(f"{int(text) + 1}-01-01") if year else start + pd.Timedelta(days=1)
        picked = {"<": dates < start, ">": dates >= end, "≥": dates >= start, "≤": dates < end}[op]
    return picked.fillna(False), col.name


def _pick(question: str, cols: list[ColumnProfile], span: tuple[int, int] = (0, 0)) -> ColumnProfile | None:
    """The column named at the comparison: inside it ("300 units or more"), just before it (the last
    named: "salary by department for ratings over 4"), or just after it ("3 or fewer tries"); else
    the only one. None when the words before it name an identifier ("ID values of 2 or less") that
    `cols` lacks."""
    from generators.rules.column_names import column_mentions

    if not cols:
        return None
    a, b = span
    names = [c.name for c in cols]
    before = question[max(0, a - 40) : a]
    if _identifier(before) and not any(re.search(r"(?:^|_|\b)(?:id|code)(?:$|_|\b)", n, re.I) for n in names):
        return None
    after = " ".join(question[b:].split()[:3])
    for text, latest in ((question[a:b], True), (before, True), (after, False)):
        named = column_mentions(text, names)
        for c in cols:  # "aged 19": a short column name with an ending
            if c.name not in named and len(c.name) >= 3:
                m = re.search(rf"\b{re.escape(c.name.lower())}(?:d|s|ed)\b", text.lower())
                if m:
                    named[c.name] = (1.0, m.start())
        if named:
            best = (max if latest else min)(named, key=lambda n: named[n][1])
            return next(c for c in cols if c.name == best)
    return cols[0] if len(cols) == 1 else None


def _anywhere(question: str, cols: list[ColumnProfile]) -> ColumnProfile | None:
    """The column the question names best, wherever ("… on or before 2017 … by first rental date")."""
    from generators.rules.column_names import column_mentions

    named = column_mentions(question, [c.name for c in cols])
    best = max(named, key=lambda n: named[n][0], default=None)
    return next((c for c in cols if c.name == best), None)


def _identifier(before: str) -> bool:
    """The last words before a comparison name an identifier ("ID values of 2 or less")."""
    return bool(re.search(r"\b(?:ids?|identifiers?|codes?)\b", " ".join(before.split()[-3:]), re.I))


def _by_verb(question: str, cols: list[ColumnProfile]) -> ColumnProfile | None:
    for verb, fragments in _VERB_COLUMNS:
        if verb.search(question):
            hits = [c for c in cols if any(f in c.name.lower() for f in fragments)]
            if len(hits) == 1:
                return hits[0]
    return None


def _number(text: str) -> float | None:
    """'80,000' → 80000, '4.5' → 4.5, '80k' → 80000, '$1.200' stays ambiguous (None unless read)."""
    t = re.sub(r"[$€£¥%\s]", "", text)
    scale = 1000.0 if t[-1:].lower() == "k" else 1.0
    t = t.rstrip("kK")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
        t = t.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", t):
        t = t.replace(",", ".")
    try:
        return float(t) * scale
    except ValueError:
        return None


def _years(question: str, df: pd.DataFrame, cols: list[ColumnProfile]) -> list[tuple[str, str, Any]]:
    """A year the question writes that is a value of a time column ("en 2022" over an año column of
    2019-2022, or over dates of several years), as (column, year, rows of that year)."""
    out = []
    ops = "|".join(words for _op, words in (*_TIME_OPS, *_SIZE_OPS))
    years = [
        m.group(1)
        for m in _YEAR.finditer(question)
        if not re.search(rf"(?:{ops})\s*(?:the\s+year\s+)?$", question[: m.start()], re.I)
    ]
    if len(years) != 1:  # "from 2019 to 2022": a span to show, not one year
        return out
    year = years[0]
    for col in cols:
        if col.kind != "date":
            continue
        values = to_numeric(df[col.name]) if col.year_like else as_datetime(df[col.name]).dt.year
        picked = (values == int(year)).fillna(False)
        if picked.any() and not picked.all():
            out.append((col.name, year, picked))
            break
    return out


# Months by their full names in the planner's Latin-script languages, and as numbers with 月/월: the month
# a question names ("the average room rate in august", "en agosto", "im August", "8月の平均").
_MONTH_FULL = (
    "january february march april may june july august september october november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
)
_MONTH_OF = {name: k for names in _MONTH_FULL for k, name in enumerate(names.split(), start=1)}
_MONTH_WORD = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + r")(?![^\W\d_])", re.I
)
_MONTH_NUMBER = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s*[月월]")


def _months(question: str, df: pd.DataFrame, cols: list[ColumnProfile]) -> list[tuple[str, str, Any]]:
    """One month the question names that picks some rows of a date column ("in august" over 01/2025 …
    12/2025), as (column, the month as written, rows of that month). "may" is a month only as "May"."""
    found = [
        (m.group(1), _MONTH_OF[m.group(1).casefold()])
        for m in _MONTH_WORD.finditer(question)
        if m.group(1) != "may"
    ] + [(m.group(0), int(m.group(1))) for m in _MONTH_NUMBER.finditer(question)]
    if len({n for _, n in found}) != 1:  # "from march to june": a span, not one month
        return []
    written, month = found[0]
    for col in cols:
        if col.kind != "date" or col.year_like:
            continue
        picked = (as_datetime(df[col.name]).dt.month == month).fillna(False)
        if picked.any() and not picked.all():
            return [(col.name, written, picked)]
    return []


_CHART_OPS = {"<": "<", ">": ">", "≥": ">=", "≤": "<="}


def chart_filters(question: str, df: pd.DataFrame) -> list[Filter]:
    """The comparisons and the year the question writes, as filters of a chart of the table ("salaries
    of those who started after 2020", "emissions by country in 2022"): the rows drawn are the rows
    asked about. A year of the x axis filters it too ("monthly sales in 2023")."""
    cols = profile(df)
    out: list[Filter] = []
    compared = comparisons(question, df, cols)
    for op, mask, column, _span, text in compared:
        if not mask.any():  # a chart of no rows draws nothing: the comparison was misread
            continue
        col = next(c for c in cols if c.name == column)
        year = re.fullmatch(r"1[89]\d\d|20\d\d", text)
        if col.kind == "date" and not col.year_like:
            if year and op in (">", "≤"):  # after 2020: from 2021; until 2020: before 2021
                out.append(
                    Filter(column=column, op=">=" if op == ">" else "<", value=f"{int(text) + 1}-01-01")
                )
            else:
                out.append(Filter(column=column, op=_CHART_OPS[op], value=f"{text}-01-01" if year else text))
        else:
            value = float(text[:4]) if col.year_like else _number(text)
            if value is not None:
                out.append(Filter(column=column, op=_CHART_OPS[op], value=value))
    for column, year, _picked in _years(blanked(question, [c[3] for c in compared]), df, cols):
        col = next(c for c in cols if c.name == column)
        if col.year_like:
            out.append(Filter(column=column, op="==", value=int(year)))
        else:
            out.append(Filter(column=column, op=">=", value=f"{year}-01-01"))
            out.append(Filter(column=column, op="<", value=f"{int(year) + 1}-01-01"))
    return out

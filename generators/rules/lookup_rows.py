"""A question about an attached table that names rows by their values ("how many potholes are still open
in Eastside?", "what was the annual fee in 2019/20"): one computed answer from those rows, in words.

The rows are picked by the cell values the question writes (a category's value, singular or plural, an
id, a season), every column's values joined by "and", a column's several values by "or"; the answer is
their count or the value of the column the question names. Nothing is picked by guesswork: a question
that names no value, or a value in every row, is no lookup.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules.column_names import column_mentions
from generators.rules.inline import LEVEL
from generators.rules.numbers import fmt_number
from generators.rules.table_filters import Selection, blanked, comparisons, named_rows, selection
from generators.rules.table_words import superlative
from generators.rules.templates import AGG_WORDS, lower, tr
from generators.rules.words import humanize
from render.columns import ColumnProfile, profile, to_numeric

# a question that one count or one value answers, a preposition before its word ("in welchem Monat")
_ASK = re.compile(
    r"^\s*¿?(?:(?:in|en|em|no|na|a|à|au|dans|im|am|op|bij|w|we|в|во|на|di|del|nel|nella)\s+)?"
    r"(?:how\s+(?:many|much)|what(?:'s|\s+(?:is|was|were|are))|which|when|who|cu[aá]nt[oa]s?|cu[aá]l(?:es)?|combien"
    r"|qu[eé]|qui[eé]n(?:es)?|qui"
    r"|quel(?:le)?s?|wie\s+viele?|was\s+(?:war|ist)|welche[rsmn]?|quant[ieoa]s?|qual(?:[ei]|is)?|hoeveel"
    r"|wat\s+(?:was|is)|welke?|ile|jak(?:i|a|ie|im)|któr(?:y|a|e|ym|ej)|kto|kaç|hangi(?:si)?|сколько|как(?:ой|ая|ие|ое"
    r"|ую|ом)|котор(?:ый|ая|ые|ом)|кто|ما|من|ماذا|أي|أيّ|أنهي|انهي|كم)(?![^\W\d_])|多少|几|哪|谁|いくつ|何件|どの|誰|몇|어느"
    r"|어떤|누가|كم|कितन|कौन|किस",
    re.I,
)
_HOW_MANY = re.compile(
    r"\bhow\s+many\b|cu[aá]nt[oa]s|combien|wie\s+viele|quant[ie]\b|quant[oa]s|hoeveel|\bile\b|kaç|сколько|多少|几|"
    r"いくつ|何件|몇|كم|कितने",
    re.I,
)
# a breakdown or something to show: a chart of the rows, even when the question names some values
_SHOWN = re.compile(
    r"\b(?:for each|each|every|per|by|group(?:ed)?|across|over time|trend|compare|show|plot|draw|display|list"
    r"|visuali[sz]e|chart|graph|bar|pie|line|distribution|breakdown|proportion)\b",
    re.I,
)


def asks_rows(question: str, df: Any) -> bool:
    """A question (how many, what was, which…) that names rows by their values, a year of a time
    column or a comparison ("started before 2020"), and asks no breakdown."""
    if not _ASK.search(question):
        return False
    cols = profile(df)
    compared = comparisons(question, df, cols)
    rest = blanked(question, [c[3] for c in compared])  # "earn over 80,000": a comparison, not "over time"
    if _SHOWN.search(rest) or _SEVERAL.search(rest):
        return False
    if compared:
        return True
    found = named_rows(question, df)
    # "how many students are in Physics, Marketing or Statistics": several values compared, even where
    # the table holds only some of the values listed
    listed = [_listed(question, hit) for hits in found.values() for hit in hits]
    if found:
        return all(len(hits) == 1 for hits in found.values()) and not any(listed)
    picked = selection(question, df, every=cols)  # a year of a time column: "¿qué país emitió más en 2022?"
    if picked is not None:
        return True
    # "which product categories have the most stock": several ranked, a chart (signals._RANKING)
    return not _PLURAL_RANKING.search(question) and ranked_by(question, df, cols, None) is not None


_PLURAL_RANKING = re.compile(
    r"^\s*which\s+(?:\w+\s+){0,2}\w+s\s+(?:have|are|were|do|did|get|got|sell|make)\b", re.I
)


# "named Sarah, Charles, or Shiela", "in ATL, PEK or LON": three values or more listed, to compare
_SEVERAL = re.compile(
    r"[\w'’]+,\s*[\w'’]+,?\s+(?:or|and|o|y|ou|et|oder|und|e|of|en|или|и|lub|i|veya|ve)\s+[\w'’]+", re.I
)


def _listed(question: str, value: str) -> bool:
    """The value is one of a list the question writes ("'A', 'B', or 'C'", "X and Y")."""
    v = re.escape(value)
    sep = r"(?:,|、|/|\bor\b|\band\b|\bo\b|\bou\b|\boder\b|\bund\b|\by\b|\bet\b)"
    return bool(re.search(rf"(?<!\w){v}(?:e?s)?['\"’]?\s*{sep}|{sep}\s*['\"‘’]?{v}(?!\w)", question, re.I))


def answer_rows(question: str, df: Any, lang: str, named: list[str]) -> str:
    """What the question asks of the rows it names (`named`: the columns it names, first named first):
    the average, total, median, most or least of the column it names when it asks one, their count
    when it asks how many (listing them when few), else that column's values; '' when it is no
    such question."""
    if not _ASK.search(question):
        return ""
    cols = profile(df)
    picked = selection(question, df, every=cols)
    if (ranked := _ranked(question, df, cols, picked, lang)) is not None:
        return ranked
    if picked is None:
        return ""
    rows = df[picked.mask]
    where = picked.where(lang)
    ids = {c.name for c in cols if c.id_like}  # "how many … student IDs": rows, not a measure
    measures = [c for c in named if c not in picked.columns | ids and to_numeric(df[c]).notna().any()]
    agg = asked_aggregate(question)
    if agg and not measures:
        numeric = [c.name for c in cols if c.kind == "numeric" and not c.id_like]
        measures = [c for c in numeric if c not in picked.columns][:1] if len(numeric) == 1 else []
    if agg and measures and not rows.empty:
        values = to_numeric(rows[measures[0]]).dropna()
        if len(values) == 1:  # one row picked ("in august"): its value, no average of one
            return tr(
                lang, "value_for", col=humanize(measures[0]), where=where, v=fmt_number(values.iloc[0], lang)
            )
        if not values.empty:
            words = AGG_WORDS.get(lang, AGG_WORDS["en"])
            measure = tr(lang, "agg_measure", agg=words[agg], y_l=lower(lang, humanize(measures[0])))
            counted = tr(lang, "rows_of", k=len(values))
            return tr(
                lang, "value_for", col=measure, where=f"{where}{counted}", v=fmt_number(values.agg(agg), lang)
            )
    if _HOW_MANY.search(question) and not [c for c in measures if df[c].dtype.kind in "iuf"]:
        return _count(rows, df, cols, lang, where, picked.columns)
    column = next((c for c in named if c not in picked.columns), None)
    if column is None or rows.empty:
        return _count(rows, df, cols, lang, where, picked.columns)
    values = [str(v) for v in rows[column].dropna()]
    if not values or len(values) > 8:
        return ""
    return tr(lang, "value_for", col=humanize(column), where=where, v=tr(lang, "list_sep").join(values))


def ranked_by(
    question: str, df: Any, cols: list[ColumnProfile], picked: Selection | None
) -> tuple[str, str, str] | None:
    """(label column, measure column, 'max' or 'min') for a question asking which row or group has the
    most or the least of a measure ("какая линия в среднем самая пунктуальная?", "in welchem Monat kamen
    die meisten Katzen?"): the label is the first column it names, the measure a numeric column it
    names after, else the only measure, else (rows named by a value: "the most cats") the first count.
    None when it asks no most or least, or names no label."""
    direction = superlative(question)
    if direction is None:
        return None
    used = picked.columns if picked is not None else set()
    named = [
        n
        for n, _ in sorted(column_mentions(question, [c.name for c in cols]).items(), key=lambda kv: kv[1][1])
    ]
    named = distinct_first(question, df, [n for n in named if n not in used])
    by_name = {c.name: c for c in cols}
    if not named or by_name[named[0]].kind == "empty":
        return None
    label = named[0]
    numeric = [
        c for c in cols if c.kind == "numeric" and not c.id_like and not c.year_like and c.name != label
    ]
    measure = next((n for n in named[1:] if n in {c.name for c in numeric}), None)
    if measure is None and len(numeric) == 1:
        measure = numeric[0].name
    if measure is None and picked is not None:  # "the most cats": what counts them, the first whole numbers
        counts = [c.name for c in numeric if _whole(df[c.name])]
        measure = counts[0] if counts else None
    return (label, measure, direction) if measure is not None else None


def _whole(column: Any) -> bool:
    """Whole numbers only (a count), though read as floats where a cell is blank or typed "40.0"."""
    values = to_numeric(column).dropna()
    return column.dtype.kind in "iu" or (not values.empty and bool((values % 1 == 0).all()))


def distinct_first(question: str, df: Any, names: list[str]) -> list[str]:
    """The columns named (first named first), of those named by the same word the one whose values
    do not repeat first: "أنهي يوم" names both 'date' and 'day' (Sat, Sun, … twice over two weeks), and
    the day asked is a date, one row."""
    if len(names) < 2:
        return names
    found = column_mentions(question, names)
    at = found.get(names[0], (0.0, -1))[1]
    tied = [n for n in names if found.get(n, (0.0, -2))[1] == at]
    if len(tied) < 2:
        return names
    tied.sort(key=lambda n: bool(df[n].duplicated().any()))
    return tied + [n for n in names if n not in tied]


def _ranked(
    question: str, df: Any, cols: list[ColumnProfile], picked: Selection | None, lang: str
) -> str | None:
    """The row or group with the most or least of the measure (`ranked_by`), its average when asked or
    when the label repeats over rows of a level (a rate, a score), else its total; over the rows the
    question picks, said next to it. None when it is no such question."""
    ranking = ranked_by(question, df, cols, picked)
    if ranking is None:
        return None
    label, measure, direction = ranking
    shown = (label, measure, *(picked.columns if picked is not None else ()))  # said: not in a row's details
    rows = df[picked.mask] if picked is not None else df
    where = tr(lang, "where_paren", where=picked.where(lang)) if picked is not None else ""
    values = to_numeric(rows[measure])
    keep = values.notna() & rows[label].notna()
    if not keep.any():
        return None
    values, keys = values[keep], rows[label][keep].astype(str)
    col_l = lower(lang, humanize(measure))
    key = "most_of" if direction == "max" else "least_of"
    if keys.duplicated().any():
        agg = asked_aggregate(question)
        agg = agg if agg in ("mean", "sum", "median") else "mean" if LEVEL.search(measure) else "sum"
        groups = values.groupby(keys).agg(agg)
        top = groups.idxmax() if direction == "max" else groups.idxmin()
        words = AGG_WORDS.get(lang, AGG_WORDS["en"])
        what = tr(lang, key, m=lower(lang, tr(lang, "agg_measure", agg=words[agg], y_l=col_l)))
        found = tr(
            lang, "lookup_found", what=what, where=where, row=top, v=fmt_number(float(groups[top]), lang)
        )
        one = keys.index[keys == top]
        return with_row(found, rows, one[0], shown, lang) if len(one) == 1 else found
    i = values.idxmax() if direction == "max" else values.idxmin()
    what = tr(lang, key, m=col_l)
    found = tr(
        lang, "lookup_found", what=what, where=where, row=keys[i], v=fmt_number(float(values[i]), lang)
    )
    return with_row(found, rows, i, shown, lang)


def with_row(found: str, df: Any, i: object, shown: tuple[str, ...], lang: str) -> str:
    """The sentence naming an extreme row, with the rest of that row's words after it ("— goldsmith
    Maya, ticket J-2210"): who, when or which the question may ask beside the most ("which job took
    the longest and who did it"), from the table itself. Numbers stay out: their units differ."""
    import pandas as pd

    parts = []
    for col in df.columns:
        value = df.at[i, col]
        if col in shown or isinstance(value, (int, float)) or pd.isna(value):
            continue
        text = (
            value.strftime("%Y-%m-%d")
            if isinstance(value, pd.Timestamp) and value == value.normalize()
            else str(value).strip()
        )
        if text and len(text) <= 40 and not to_numeric(pd.Series([text])).notna().all():
            parts.append(f"{lower(lang, humanize(str(col)))} {text}")
    if not parts:
        return found
    end = found[-1] if found[-1] in ".。" else ""
    return f"{found.removesuffix(end)} — {tr(lang, 'list_sep').join(parts[:4])}{end}"


_LISTED_ROWS = 8  # rows named in a count when it is at most this many
_CODE = r"\s*[A-Za-z]{0,4}[-_#/]?\d+\s*"


def _count(rows: Any, df: Any, cols: list[ColumnProfile], lang: str, where: str, used: set[str]) -> str:
    """'**3** of 7 rows (Start date < 2020): Ana, Chloé, Emi.': the count, and the rows by their names
    when the table has a column of names (one distinct text value a row) and they are few."""
    labels = [
        c.name
        for c in cols
        if c.kind in ("category", "text")
        and not c.duplicated
        and not c.id_like
        and c.name not in used
        and not df[c.name].astype(str).str.fullmatch(_CODE).any()  # "CR-1003": a code, not a name
    ]
    if labels and 0 < len(rows) <= _LISTED_ROWS and len(rows) < len(df):
        names = tr(lang, "list_sep").join(str(v) for v in rows[labels[0]].dropna())
        if names:
            return tr(lang, "rows_named", k=len(rows), n=len(df), where=where, names=names)
    return tr(lang, "rows_matched", k=len(rows), n=len(df), where=where)


# the aggregate a question asks of a column, in the planner's languages; most and least are asked of
# rows named by a value ("the highest revenue in the South") once no label column is asked for
# fmt: off
_AGGREGATES = {
    "mean": r"average|avg|mean|promedio|media|medio|moyenne?|durchschnitt\w*|mittelwert|m[ée]dia|gemiddeld\w*"
            r"|średni\w*|ortalama|средн\w*|平均|均值|평균|متوسط|औसत",
    "median": r"median[ae]?|médiane|中位数|中央値|중앙값",
    "sum": r"total|sum|altogether|suma|somme|summe|gesamt\w*|totale|soma|totaal|toplam|сумм\w*|всего"
           r"|总和|总计|合计|总额|合計|합계|إجمالي|कुल",
    "max": r"maximum|max|highest|largest|biggest|m[áa]xim[oa]|maximale?|höchst\w*|massim[oa]|maior|hoogste"
           r"|największ\w*|максим\w*|最大|最高|최대|최고",
    "min": r"minimum|min|lowest|smallest|m[íi]nim[oa]|minimale?|niedrigst\w*|menor|laagste|najmniejsz\w*"
           r"|миним\w*|最小|最低|최소|최저",
}
# fmt: on


_CJK_WORD = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


def _cue(words: str) -> re.Pattern[str]:
    """Whole words (not 'min' in 'mining'); CJK words anywhere, as they are written unspaced."""
    alts = words.split("|")
    cjk = [a for a in alts if _CJK_WORD.search(a)]
    spaced = "|".join(a for a in alts if a not in cjk)
    return re.compile(rf"(?<![^\W\d_])(?:{spaced})(?![^\W\d_])" + (f"|{'|'.join(cjk)}" if cjk else ""), re.I)


_AGGREGATE_CUES = {agg: _cue(words) for agg, words in _AGGREGATES.items()}


def asked_aggregate(question: str) -> str | None:
    """The aggregate asked first ("what was the average return rate"), or None."""
    found = [(m.start(), agg) for agg, cue in _AGGREGATE_CUES.items() if (m := cue.search(question))]
    return min(found)[1] if found else None

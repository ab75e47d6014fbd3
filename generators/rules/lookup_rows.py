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

from generators.rules.numbers import fmt_number
from generators.rules.table_filters import blanked, comparisons, named_rows, selection
from generators.rules.templates import AGG_WORDS, lower, tr
from generators.rules.words import humanize
from render.columns import ColumnProfile, profile, to_numeric

# a question that one count or one value answers
_ASK = re.compile(
    r"^\s*¿?(?:how\s+(?:many|much)|what(?:'s|\s+(?:is|was|were|are))|which|when|who|cu[aá]nt[oa]s?|cu[aá]l|combien"
    r"|qu[eé]|qui[eé]n(?:es)?|qui"
    r"|quel(?:le)?s?|wie\s+viele?|was\s+(?:war|ist)|welche[rs]?|quant[ieoa]s?|qual|hoeveel|wat\s+(?:was|is)|ile"
    r"|kaç|сколько|какой|какая|какие)\b|多少|几|いくつ|何件|몇|كم|कितन",
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
    return picked is not None


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

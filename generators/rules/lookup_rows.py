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

from generators.rules.templates import tr
from generators.rules.words import humanize

# a question that one count or one value answers
_ASK = re.compile(
    r"^\s*¿?(?:how\s+(?:many|much)|what(?:'s|\s+(?:is|was|were|are))|which|when|who|cu[aá]nt[oa]s?|cu[aá]l|combien"
    r"|quel(?:le)?s?|wie\s+viele?|was\s+(?:war|ist)|welche[rs]?|quant[ieoa]s?|qual|hoeveel|wat\s+(?:was|is)|ile"
    r"|kaç|сколько|какой|какая|какие)\b|多少|几|いくつ|何件|몇|كم|कितन",
    re.I,
)
_HOW_MANY = re.compile(
    r"\bhow\s+many\b|cu[aá]nt[oa]s|combien|wie\s+viele|quant[ie]\b|quant[oa]s|hoeveel|\bile\b|kaç|сколько|多少|几|"
    r"いくつ|何件|몇|كم|कितने",
    re.I,
)
_MAX_VALUES = 500  # a column with more distinct values is free text or ids to scan, not categories


def named_rows(question: str, df: Any) -> dict[str, list[str]]:
    """{column: [values the question writes]} for the text columns whose values pick some rows, not all."""
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
            and re.search(rf"(?<!\w){re.escape(v.casefold())}(?:e?s)?(?!\w)", asked)
        ]
        if hits and len(hits) < len(values):
            found[str(col)] = sorted(hits, key=len, reverse=True)
    return found


# a breakdown or something to show: a chart of the rows, even when the question names some values
_SHOWN = re.compile(
    r"\b(?:for each|each|every|per|by|group(?:ed)?|across|over time|trend|compare|show|plot|draw|display|list"
    r"|visuali[sz]e|chart|graph|bar|pie|line|distribution|breakdown|proportion)\b",
    re.I,
)


def asks_rows(question: str, df: Any) -> bool:
    """A question (how many, what was, which…) that names rows by their values and asks no breakdown."""
    if not _ASK.search(question) or _SHOWN.search(question):
        return False
    found = named_rows(question, df)
    # "how many students are in Physics, Marketing or Statistics": several values compared, even where
    # the table holds only some of the values listed
    listed = [_listed(question, hit) for hits in found.values() for hit in hits]
    return bool(found) and all(len(hits) == 1 for hits in found.values()) and not any(listed)


def _listed(question: str, value: str) -> bool:
    """The value is one of a list the question writes ("'A', 'B', or 'C'", "X and Y")."""
    v = re.escape(value)
    sep = r"(?:,|、|/|\bor\b|\band\b|\bo\b|\bou\b|\boder\b|\bund\b|\by\b|\bet\b)"
    return bool(re.search(rf"(?<!\w){v}(?:e?s)?['\"’]?\s*{sep}|{sep}\s*['\"‘’]?{v}(?!\w)", question, re.I))


def answer_rows(question: str, df: Any, lang: str, named: list[str]) -> str:
    """The count of the rows the question names, or the value of the column it names (`named`, first
    named first) in them; '' when it is no such question."""
    if not _ASK.search(question):
        return ""
    found = named_rows(question, df)
    if not found:
        return ""
    mask = None
    for col, hits in found.items():
        picked = df[col].astype(str).str.strip().isin(hits)
        mask = picked if mask is None else mask & picked
    rows = df[mask]
    where = tr(lang, "sep").join(
        f"{humanize(col)}: {tr(lang, 'or_word').join(hits)}" for col, hits in found.items()
    )
    if _HOW_MANY.search(question) and not [c for c in named if c not in found and df[c].dtype.kind in "iuf"]:
        return tr(lang, "rows_matched", k=len(rows), n=len(df), where=where)
    column = next((c for c in named if c not in found), None)
    if column is None or rows.empty:
        return tr(lang, "rows_matched", k=len(rows), n=len(df), where=where)
    values = [str(v) for v in rows[column].dropna()]
    if not values or len(values) > 8:
        return ""
    return tr(lang, "value_for", col=humanize(column), where=where, v=tr(lang, "list_sep").join(values))

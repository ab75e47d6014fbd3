"""What a table column holds, decided once for every reader of tables.

The rules planner picks chart roles by column type, the LLM prompt describes each column's type,
and the chart resolver turns cells into numbers and dates. When each of them guessed on its own,
"12%" or "$1,200" strings were text to the planner but numbers to the resolver, and a "year"
column was a time axis to one and a quantity to another. `profile_column` is the one decision;
`to_numeric` and `parse_dates` are the conversions it is based on, so a column called numeric
converts to numbers and one called a date parses as dates.

pandas is imported inside the functions: the rules planner imports this module to route plain
questions, which need no pandas at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pandas as pd

ColumnKind = Literal["numeric", "date", "category", "text", "empty"]

MOSTLY = 0.6
"""Share of a text column's cells that must read as numbers for the column to be numeric; the
resolver drops (and notes) the rest, so a stray "n/a" or "unknown" does not turn numbers into text."""

DATE_NAME_HINTS = ("date", "time", "day", "week", "month", "year", "quarter", "period", "timestamp", "日期", "时间",
                   "月份", "年份", "季度", "日", "月", "年")  # fmt: skip
ID_NAME = re.compile(r"(?:^|[_\s-])(?:id|uuid|key|index|idx|code|zip|phone)$|^id[_\s-]|^(?:no|#)$", re.I)
_PERIOD_NAME = re.compile(
    r"(?:fiscal[ _]?)?(?:year|yr|fy|month|quarter|week|day|weekday|年|月|年份|月份|季度|星期)"
)
_ISO_START = re.compile(r"\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?(?:[ T]\d|$)")
_ISO_DATE_START = re.compile(r"\d{4}[-/]\d")
_DIGIT_START = re.compile(r"\d")
SAMPLE = 1000
_CURRENCY_CHARS = "$€£¥￥"
_CURRENCY_RE = re.compile(f"[{re.escape(_CURRENCY_CHARS)}]")
_CURRENCY_NAMES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "¥", "￥": "¥"}

# Thousands and decimal separators, read per column: "1.200,50" and "12,5" are written with a
# decimal comma, "1,200.50" and "12.5" with a decimal point; "1,200" alone is read the English way.
_DECIMAL_COMMA = re.compile(r"[-+]?(?:\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,(?:\d{1,2}|\d{4,}))")
_DECIMAL_POINT = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d*\.(?:\d{1,2}|\d{4,}))")

DATE_RE = re.compile(
    r"^\s*(?:"
    r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?: \d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[ -](?:[A-Za-z]{3,9})\.?[ -]\d{2,4}"
    r"|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}"
    r"|[A-Za-z]{3,9}\.?[ -]\d{4}"
    r")\s*$"
)
_WORD = re.compile(r"[A-Za-z]+")
MONTH_WORDS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
}  # fmt: skip


@dataclass(frozen=True)
class ColumnProfile:
    """One column's kind and the facts about it that choosing chart roles needs."""

    name: str
    kind: ColumnKind
    nunique: int
    duplicated: bool
    """Some value repeats: rows must be combined (aggregated) to draw one mark per value."""
    id_like: bool = False
    """Identifiers (named like one, or 1, 2, 3… row numbers): numbers that are not quantities."""
    year_like: bool = False
    """A time axis stored as whole numbers: years in a "year" column, or a "month"/"quarter" column."""
    boolean: bool = False
    unit: str = ""
    """"%" or a currency when the cells are written with one ("12%", "$1,200")."""


# "year" in the column's language: a "Jahr" or "Año" column of whole numbers is a time axis too.
_YEAR_NAME = re.compile(
    r"year|年|\baño|\banno\b|\bannée|\bjahr|\bano\b|\bjaar|\bгод|\byıl|\brok\b|연도|السنة|\bवर्ष", re.I
)


def profile_column(s: pd.Series, name: str | None = None) -> ColumnProfile:
    """Decide what the column holds from its values and its name.

    numeric: numbers, also written as text with %, a currency, thousands separators or a decimal
    comma, and mostly-numeric text with a few stray words; date: datetimes, date strings, whole
    numbers in a column named like a period (year, month…); category: repeated labels and booleans;
    text: long or mostly distinct strings; empty: no values.
    """
    import pandas as pd
    from pandas.api import types as ptypes

    if isinstance(s, pd.DataFrame):  # duplicated column names: take the first
        s = s.iloc[:, 0]
    name = str(s.name) if name is None else name
    non_null = s.dropna()
    if non_null.empty:
        return ColumnProfile(name, "empty", 0, False)
    try:
        nunique = int(non_null.nunique())
    except TypeError:  # unhashable cells (lists, dicts)
        return ColumnProfile(name, "text", len(non_null), False)
    duplicated = nunique < len(non_null)
    if ptypes.is_bool_dtype(s):
        return ColumnProfile(name, "category", nunique, duplicated, boolean=True)
    if ptypes.is_datetime64_any_dtype(s) or isinstance(s.dtype, pd.PeriodDtype):
        return ColumnProfile(name, "date", nunique, duplicated)
    if ptypes.is_numeric_dtype(s):
        return _numbers_profile(name, non_null, nunique, duplicated, len(s), ptypes.is_integer_dtype(s))
    # Text cells: the decision is read from a random sample (seeded: the same table, the same answer),
    # so a million-row column costs no more than a thousand-row one; conversion (`to_numeric`,
    # `parse_dates`) always reads every cell.
    cells = non_null if len(non_null) <= SAMPLE else non_null.sample(SAMPLE, random_state=0)
    numbers = to_numeric(cells)
    texts = [str(v).strip() for v in cells]
    if numbers.notna().mean() >= MOSTLY and not _share(texts, _ISO_DATE_START) > 0.5:
        unit = _unit_of([t for t, ok in zip(texts, numbers.notna(), strict=True) if ok])
        return _numbers_profile(name, numbers.dropna(), nunique, duplicated, len(s), False, unit=unit)
    sample = [str(v) for v in non_null.head(50)]
    low = name.lower()
    date_named = any(h in low for h in DATE_NAME_HINTS if h.isascii()) or any(
        h in name for h in DATE_NAME_HINTS if not h.isascii()
    )
    iso = _share(sample, _ISO_START) > 0.8
    if iso or (date_named and _share(sample, _DIGIT_START) > 0.8) or parse_dates(non_null) is not None:
        return ColumnProfile(name, "date", nunique, duplicated)
    if nunique <= max(50, len(s) // 2) or sum(map(len, sample)) / len(sample) <= 40:
        return ColumnProfile(name, "category", nunique, duplicated, id_like=bool(ID_NAME.search(name)))
    return ColumnProfile(name, "text", nunique, duplicated)


def _share(texts: list[str], pattern: re.Pattern[str]) -> float:
    return sum(1 for t in texts if pattern.match(t)) / len(texts) if texts else 0.0


def _numbers_profile(
    name: str, values: pd.Series, nunique: int, duplicated: bool, n: int, integer: bool, unit: str = ""
) -> ColumnProfile:
    """Numbers: a quantity, an identifier, or a period (years, months) that is really a time axis."""
    from pandas.api import types as ptypes

    low = name.lower()
    ints = bool((values % 1 == 0).all()) if ptypes.is_float_dtype(values) else True
    year_like = ints and bool(values.between(1900, 2100).all()) and _YEAR_NAME.search(low) is not None
    if not unit and (year_like or (ints and _PERIOD_NAME.fullmatch(low.strip()))):
        return ColumnProfile(name, "date", nunique, duplicated, year_like=True)
    id_like = bool(ID_NAME.search(name)) or (
        integer
        and nunique == n
        and n > 20
        and bool((values.diff().dropna() == 1).all())
        and "rank" not in low
    )
    return ColumnProfile(name, "numeric", nunique, duplicated, id_like=id_like, unit=unit)


def _unit_of(cells: list[str]) -> str:
    """'%' or the currency most numeric cells are written with; '' when most carry none."""
    if not cells:
        return ""
    if sum(1 for c in cells if "%" in c or "％" in c) > len(cells) / 2:
        return "%"
    symbols = [m.group(0) for c in cells if (m := _CURRENCY_RE.search(c))]
    if len(symbols) > len(cells) / 2:
        return _CURRENCY_NAMES[Counter(symbols).most_common(1)[0][0]]
    return ""


def profile(df: pd.DataFrame) -> list[ColumnProfile]:
    """Every column of the table, in order."""
    return [profile_column(df[col], str(col)) for col in df.columns]


# ------------------------------------------------------------------------------------------ numbers


def to_numeric(s: pd.Series) -> pd.Series:
    """Floats with NaN for anything missing, infinite or not a number.

    Text cells parse as people write numbers: '1,234', '$5', '12%', '(7)' for -7, and with a
    decimal comma ('1.200,50', '12,5') when the column is written that way.
    """
    import numpy as np
    import pandas as pd
    from pandas.api import types as ptypes

    if ptypes.is_bool_dtype(s):
        return s.astype(float)
    if ptypes.is_numeric_dtype(s):
        out = s.astype(float)
    elif ptypes.is_datetime64_any_dtype(s):
        return pd.Series(np.nan, index=s.index)
    else:
        out = pd.to_numeric(s, errors="coerce").astype(float)
        failed = out.isna() & s.notna()
        if failed.any():
            raw = s[failed].astype(str)
            cleaned = {u: _clean(u) for u in raw.unique() if _DIGIT.search(u)}
            if not cleaned:  # no digits, no numbers: words, blanks, "n/a"
                return out.where(np.isfinite(out))
            if any(_DECIMAL_COMMA.fullmatch(c) for c in cleaned.values()):
                is_text = s.map(lambda v: isinstance(v, str)).astype(bool)
                text = s[is_text]
                if not any(_DECIMAL_POINT.fullmatch(_clean(u)) for u in text.unique()):
                    # pandas read this column's "1.200" as 1.2: every text cell is read again
                    cleaned = {u: _clean(u).replace(".", "").replace(",", ".") for u in text.unique()}
                    return _parsed(out, is_text, text, cleaned)
            cleaned = {u: c.replace(",", "") for u, c in cleaned.items()}
            out = _parsed(out, failed, raw, cleaned)
        out = out.astype(float)
    return out.where(np.isfinite(out))


def _parsed(out: pd.Series, rows: pd.Series, raw: pd.Series, cleaned: dict[str, str]) -> pd.Series:
    """`out` with `rows` replaced by their cleaned text read as numbers (one pandas pass over uniques)."""
    import numpy as np
    import pandas as pd

    keys = list(cleaned)
    numbers = pd.to_numeric(pd.Series([cleaned[k] for k in keys], dtype=object), errors="coerce")
    out = out.copy()
    by_text = dict(zip(keys, numbers.astype(float), strict=True))
    out[rows] = raw.map(lambda v: by_text.get(v, np.nan)).to_numpy(dtype=float)
    return out.where(np.isfinite(out))


_DIGIT = re.compile(r"\d")
_PAREN = re.compile(r"^\((.*)\)$")
_NOISE = re.compile(rf"[\s{re.escape(_CURRENCY_CHARS)}%％]")


def _clean(cell: str) -> str:
    """A cell without spaces, currency and percent signs; '(7)' as '-7'."""
    return _NOISE.sub("", _PAREN.sub(r"-\1", cell.strip()))


# -------------------------------------------------------------------------------------------- dates


def parse_dates(s: pd.Series) -> pd.Series | None:
    """Dates stored as text ('2024-01-31', 'Mar 2024'), parsed; None when the column is not dates."""
    import pandas as pd
    from pandas.api import types as ptypes

    if not (ptypes.is_object_dtype(s) or ptypes.is_string_dtype(s)):
        return None
    present = s.dropna()
    if present.empty:
        return None
    sample = [str(v) for v in present.head(200)]
    if not all(DATE_RE.match(v) for v in sample):
        return None
    words = [m.group(0).lower().rstrip(".") for v in sample if (m := _WORD.search(v))]
    if not all(w in MONTH_WORDS for w in words):
        return None
    uniques = pd.Index(present.astype(str).unique())
    dayfirst = _day_first(uniques, s.attrs.get(DAY_FIRST, False))
    parsed = None
    for fmt in ("ISO8601", "mixed"):
        try:
            parsed = pd.to_datetime(uniques, errors="coerce", format=fmt, dayfirst=dayfirst)
        except (ValueError, TypeError, OverflowError):
            continue
        if parsed.notna().mean() >= 0.95:
            break
    if parsed is None or parsed.notna().mean() < 0.95:
        return None
    if getattr(parsed, "tz", None) is not None:
        parsed = parsed.tz_convert(None)
    mapping = pd.Series(parsed, index=uniques)
    return s.astype(str).map(mapping).where(s.notna())


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})([-/.])(\d{1,2})\2\d{2,4}\b")


DAY_FIRST = "day_first"
"""The mark (`DataFrame.attrs`) of a file written the decimal-comma way ('4,5', '1.842'): its undecided
slashed dates are day-first, as the same writer's locale writes them ('01/07/2025' is the 1st of July)."""


def _day_first(cells: pd.Index, locale_day_first: bool = False) -> bool:
    """Whether a column's '13/04/2025'-style dates put the day first, decided from all its cells.

    A first part over 12 is a day (and a second part over 12 says month-first); dotted and dashed dates
    with the year last ('02.05.2025', '01-11-2025') are written day-first wherever they are used (the
    month-first style writes slashes). Otherwise the file's own number style decides (`DAY_FIRST`), and
    without it month-first, as before.
    """
    firsts, seconds, dots = set(), set(), False
    for cell in cells:
        if m := _NUMERIC_DATE.match(cell):
            firsts.add(int(m.group(1)))
            seconds.add(int(m.group(3)))
            dots = dots or m.group(2) in ".-"
    if not firsts or max(seconds) > 12:
        return False
    return max(firsts) > 12 or dots or locale_day_first


def as_datetime(s: pd.Series) -> pd.Series:
    """Datetimes without a time zone: datetime columns as they are, date strings parsed."""
    import pandas as pd
    from pandas.api import types as ptypes

    if ptypes.is_datetime64_any_dtype(s):
        if getattr(s.dt, "tz", None) is not None:
            return s.dt.tz_convert(None)
        return s
    parsed = parse_dates(s)
    # not dates by `parse_dates` ('2025-W10'): each cell on its own, without pandas warning that it must
    return parsed if parsed is not None else pd.to_datetime(s, errors="coerce", format="mixed")

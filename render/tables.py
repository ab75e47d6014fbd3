"""Tables in: what a user attaches, read into a DataFrame, and described for a prompt.

`load_table` reads CSV, TSV, spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) and JSON into a DataFrame with clean, unique column names;
every failure is a `TableError` with one line for the user. `summarize_table` describes a table to
an LLM without sending it, typing each column with the same profiler the rules planner and the
chart resolver use (`render.columns`), so the three never disagree about a column.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from render.columns import DAY_FIRST, ColumnProfile, as_datetime, profile_column, to_numeric
from render.plan import clean_text
from render.textfile import CODE_PAGES, NotText, decode

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_COLUMNS = 1_000
"""Columns kept of a wider table (a chart names two or three; profiling 10,000 costs seconds)."""
MAX_CELL = 10_000
"""Characters kept of one text cell: a label, not a document."""
MAX_UNZIPPED = 300 * 1024 * 1024
"""Unpacked size of a spreadsheet's parts: calamine reads about 28 MB of sheet XML a second (a
50 MB XLSX unpacks to about 300 MB), so this bounds a read to ~10 s."""
BOMB_RATIO = 50
"""Past `BOMB_FLOOR`, parts that unpack to this many times their packed size are a zip bomb, not a
sheet (real ones unpack 5–10×; a few hundred KB of XML can unpack to gigabytes)."""
BOMB_FLOOR = 40 * 1024 * 1024


class TableError(ValueError):
    """An attached file that cannot be read as a table; the message is one line for the user."""


# ------------------------------------------------------------------------------------------- loading

_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".txt": "csv",
    ".xlsx": "spreadsheet",
    ".xlsm": "spreadsheet",
    ".xlsb": "spreadsheet",
    ".xls": "spreadsheet",
    ".ods": "spreadsheet",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
TABLE_TYPES = tuple(suffix.lstrip(".") for suffix in _SUFFIXES)
"""The file types an upload box offers."""


def load_table(source: str | Path | bytes | BinaryIO, name: str = "") -> pd.DataFrame:
    """Read a CSV/TSV/JSON table or a spreadsheet's first sheet from a path, bytes or a binary file object.

    The format comes from the suffix of `name` (or of the path), else from the content. Errors are
    `TableError`s with a one-line message; column names come back stripped, unique strings.
    """
    raw, label = _read_bytes(source, name)
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise TableError(f"{label} is empty")
    suffix = Path(name or label).suffix.lower()
    fmt = _SUFFIXES.get(suffix)
    encoding = ""
    if fmt is None:
        if suffix and suffix not in {".dat", ""}:
            raise TableError(
                f"{label}: unsupported file type '{suffix}'; attach a .csv, .tsv, .xlsx, .xls, .ods or .json table"
            )
        fmt = _sniff_format(raw)
    try:
        if fmt == "spreadsheet":
            df = _read_spreadsheet(raw)
        else:
            text, encoding = _text(raw)
            if fmt in ("json", "jsonl"):
                df = _read_json(text, lines=fmt == "jsonl")
            else:
                df = _read_csv(text, tsv=suffix in {".tsv", ".tab"})
    except TableError as err:
        raise TableError(f"{label}: {err}") from None
    except RecursionError:
        raise TableError(f"{label}: the {fmt.upper()} is nested too deeply to be a table") from None
    except (
        ValueError,
        KeyError,
        IndexError,
        TypeError,
        OSError,
        UnicodeError,
        csv.Error,
        OverflowError,
    ) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise TableError(f"{label}: could not parse as {fmt.upper()}: {first}") from None
    if len(df) > MAX_ROWS:
        raise TableError(f"{label}: too large ({len(df):,} rows; the limit is {MAX_ROWS:,})")
    if df.shape[1] > MAX_COLUMNS:
        df = df.iloc[:, :MAX_COLUMNS]  # render() adds the note to the answer
        df.attrs["notes"] = [f"kept the first {MAX_COLUMNS:,} columns of {label}"]
    if encoding in CODE_PAGES.values():  # a guess from the bytes: say it, so a wrong one is seen
        df.attrs["notes"] = [*df.attrs.get("notes", []), f"read {label} as {encoding} text"]
    df = df.dropna(how="all")
    if df.shape[1] == 0:
        raise TableError(f"{label}: no columns found")
    if len(df) == 0:
        raise TableError(f"{label}: the table has a header but no data rows")
    df.columns = _clean_columns(list(df.columns))
    return _clean_cells(df).reset_index(drop=True)


def _text(raw: bytes) -> tuple[str, str]:
    try:
        return decode(raw)
    except NotText as err:
        raise TableError(str(err)) from None


def _clean_cells(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells as plan text is cleaned: no XML-invalid control characters, at most `MAX_CELL`
    characters. Only text columns are touched, and only when a cell needs it."""
    for i in range(df.shape[1]):
        s = df.iloc[:, i]
        if not (pd.api.types.is_object_dtype(s) or pd.api.types.is_string_dtype(s)):
            continue
        texts = s.map(lambda v: isinstance(v, str)).astype(bool)
        if not texts.any():
            continue
        cells = s[texts]
        bad = cells.str.contains(_XML_BAD, regex=True) | (cells.str.len() > MAX_CELL)
        if bad.any():
            fixed = cells[bad].map(lambda v: _clip(clean_text(v), MAX_CELL))
            df.iloc[fixed.index.map(df.index.get_loc), i] = fixed.to_numpy()
    return df


_XML_BAD = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]"


def _read_bytes(source: str | Path | bytes | BinaryIO, name: str) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        raw = bytes(source)
        label = name or "the attached file"
    elif isinstance(source, str | Path):
        path = Path(source)
        label = name or path.name
        if not path.is_file():
            raise TableError(f"{label}: file not found")
        if path.stat().st_size > MAX_BYTES:
            raise TableError(f"{label}: too large ({path.stat().st_size / 2**20:.0f} MB; the limit is 50 MB)")
        raw = path.read_bytes()
        name = name or path.name
    else:
        label = name or str(getattr(source, "name", "") or "the attached file")
        raw = source.read(MAX_BYTES + 1)
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
    if len(raw) > MAX_BYTES:
        raise TableError(f"{label}: too large (over 50 MB)")
    return raw, label


def _sniff_format(raw: bytes) -> str:
    if raw[:4] == b"PK\x03\x04" or raw[:8] == OLE2:
        return "spreadsheet"
    try:
        head = decode(raw[:4096])[0].lstrip()[:1]
    except NotText:
        return "csv"  # the CSV reader says what is wrong with it
    return "json" if head in ("[", "{") else "csv"


def _read_csv(text: str, tsv: bool) -> pd.DataFrame:
    sep = "\t" if tsv else _sniff_delimiter(text)
    try:
        df = pd.read_csv(
            io.StringIO(text), sep=sep, nrows=MAX_ROWS + 1, skipinitialspace=True, on_bad_lines="error"
        )
    except pd.errors.EmptyDataError:
        raise TableError("no columns found") from None
    except pd.errors.ParserError as err:
        first = str(err).strip().splitlines()[0]
        raise TableError(f"could not parse as CSV: {first}") from None
    df = _european_thousands(df, text, sep)
    if sep == ";" or _writes_decimal_comma(df, per_column=200):
        df.attrs[DAY_FIRST] = True  # "01/07/2025" beside "4,5" and "1.842" is the 1st of July
    return df


def _writes_decimal_comma(df: pd.DataFrame, per_column: int | None = None) -> bool:
    """A text cell only the decimal-comma convention writes ('93,3', '15.352,8', '1.250.000'), looked for
    among the first `per_column` distinct cells of each text column (all of them when None)."""
    return any(
        _DECIMAL_COMMA_CELL.fullmatch(v.strip())
        for i in range(df.shape[1])
        if not pd.api.types.is_numeric_dtype(df.iloc[:, i])
        for v in df.iloc[:, i].dropna().astype(str).unique()[:per_column]
    )


_DOTTED = re.compile(r"\d\.\d{3}(?!\d)")
_THOUSANDS_DOT = re.compile(r"[-+]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)")
"""A whole number written with dots between groups of three ('2.358', '1.250.000') or none ('850')."""
_DECIMAL_COMMA_CELL = re.compile(r"[-+]?(?:\d{1,3}(?:\.\d{3})+,\d+|[1-9]\d{0,2}(?:\.\d{3}){2,}|\d+,\d{1,2})")
"""A cell only the decimal-comma convention writes: '93,3', '15.352,8', '1.250.000'."""


def _european_thousands(df: pd.DataFrame, text: str, sep: str) -> pd.DataFrame:
    """Columns pandas read as decimals ('2.358' as 2.358) that the file writes with dots between
    thousands, read again as whole numbers.

    A number column qualifies when every cell is a whole number with groups of exactly three digits
    after each dot (never '2.5' or '0.125'), and the file says it is written the decimal-comma way:
    it is separated by ';', or another cell reads '93,3', '15.352,8' or '1.250.000'. Anything less
    (a ',' file of '2.358' alone) stays as pandas read it: the dot is then as likely a decimal point.
    """
    floats = [i for i in range(df.shape[1]) if pd.api.types.is_float_dtype(df.iloc[:, i])]
    if not floats or not _DOTTED.search(text):
        return df
    hint = sep == ";" or _writes_decimal_comma(df)
    raw = pd.read_csv(
        io.StringIO(text), sep=sep, nrows=MAX_ROWS + 1, skipinitialspace=True, dtype=str, usecols=floats
    )
    for i in floats:
        cells = raw.iloc[:, floats.index(i)]
        present = cells.dropna().str.strip()
        if not present.map(lambda v: bool(_THOUSANDS_DOT.fullmatch(v))).all():
            continue
        if not present.str.contains(".", regex=False).any():
            continue
        if not (hint or _own_hint(present)):
            continue
        whole = pd.to_numeric(cells.str.strip().str.replace(".", "", regex=False), errors="coerce")
        df.isetitem(i, whole.astype("int64") if whole.notna().all() else whole.astype(float))
    return df


def _own_hint(cells: pd.Series) -> bool:
    """The column says it itself: rents of '930' and '432' beside '1.482' and '1.036'. Read as decimals,
    the dotted cells would be hundreds of times smaller than the plain ones (1.48 beside 930); every
    plain cell has three digits, none four, so a thousand is always written with its dot."""
    plain = [int(v.lstrip("+-")) for v in cells if "." not in v]
    return bool(plain) and all(100 <= n < 1000 for n in plain)


def _sniff_delimiter(text: str) -> str:
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        counts = {d: first.count(d) for d in ",;\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How a legacy .xls file starts (the others are zip archives)."""


def _read_spreadsheet(raw: bytes) -> pd.DataFrame:
    """The first sheet, read by calamine (Rust): 5.6× openpyxl's speed on a 100,000-row sheet, and
    it reads .xls, .xlsb and .ods too. Cached formula results are read, never formulas run."""
    import zipfile

    if raw[:8] != OLE2:
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                unzipped = sum(info.file_size for info in z.infolist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
            raise TableError(
                f"could not read the spreadsheet: not a valid spreadsheet file ({err})"
            ) from None
        if unzipped > MAX_UNZIPPED or (unzipped > BOMB_FLOOR and unzipped > BOMB_RATIO * len(raw)):
            raise TableError(
                f"the spreadsheet unpacks to {unzipped / 2**20:,.0f} MB; the limit is "
                f"{MAX_UNZIPPED / 2**20:.0f} MB, and {BOMB_RATIO}× its file size "
                "(save the sheet as CSV, or keep only the rows and columns needed)"
            )
    try:
        return pd.read_excel(io.BytesIO(raw), engine="calamine", nrows=MAX_ROWS + 1)
    except (ValueError, KeyError, OSError) as err:
        detail = str(err).splitlines()[0] if str(err) else repr(err)
        raise TableError(f"could not read the spreadsheet ({detail})") from None
    except Exception as err:  # calamine raises its own errors of many kinds on corrupt files
        raise TableError(f"could not read the spreadsheet ({type(err).__name__})") from None


def _json(text: str) -> Any:
    """JSON with integers too long for a float read as floats (they become missing, not an error)."""
    return json.loads(text, parse_int=_parse_int)


def _parse_int(digits: str) -> int | float:
    return int(digits) if len(digits) <= 18 else float(digits)


def _read_json(text: str, lines: bool) -> pd.DataFrame:
    if lines:
        return _frame_from_json(_json_lines(text))
    try:
        data = _json(text)
    except json.JSONDecodeError as err:
        try:  # newline-delimited JSON saved as .json
            return _frame_from_json(_json_lines(text))
        except TableError:
            raise TableError(f"invalid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from None
    return _frame_from_json(data)


def _json_lines(text: str) -> list[Any]:
    """One JSON value per non-blank line; an error names the line of the file it is on."""
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(_json(line))
        except json.JSONDecodeError as err:
            raise TableError(f"invalid JSON on line {number:,} ({err.msg} at column {err.colno})") from None
    return records


def _frame_from_json(data: Any) -> pd.DataFrame:
    if isinstance(data, dict):
        lists = {k: v for k, v in data.items() if isinstance(v, list)}
        if len(lists) == 1 and all(isinstance(r, dict) for r in next(iter(lists.values()))):
            data = next(iter(lists.values()))  # {"data": [{...}, ...]}
        elif lists and len(lists) == len(data):
            return pd.DataFrame(data)  # {"col": [...], ...}
        elif all(not isinstance(v, list | dict) for v in data.values()):
            return pd.DataFrame({"key": list(data.keys()), "value": list(data.values())})
    if isinstance(data, list):
        if not data:
            raise TableError("the JSON array is empty")
        if all(isinstance(r, dict) for r in data):
            return pd.json_normalize(data, max_level=1)
        if all(isinstance(r, list) for r in data):
            header, *rows = data
            if all(isinstance(h, str) for h in header):
                return pd.DataFrame(rows, columns=header)
            return pd.DataFrame(data)
    raise TableError("JSON must be a list of records, a dict of columns or {'data': [records]}")


def _clean_columns(columns: list[Any]) -> list[str]:
    """Strip names, name the unnamed, and make duplicates unique ('a', 'a_2')."""
    out: list[str] = []
    seen: set[str] = set()
    for i, col in enumerate(columns):
        name = str(col).strip() if col is not None else ""
        if not name or re.fullmatch(r"Unnamed: \d+(_level_\d+)?", name) or name.lower() == "nan":
            name = f"column_{i + 1}"
        name = re.sub(r"\.(\d+)$", r"_\1", name) if name.rsplit(".", 1)[0] in seen else name
        base, n = name, 2
        while name in seen:
            name = f"{base}_{n}"
            n += 1
        seen.add(name)
        out.append(name)
    return out


def summarize_table(df: pd.DataFrame, max_rows: int = 5) -> str:
    """A compact description of a table for an LLM prompt: never the whole table."""
    lines = [f"{len(df):,} rows × {df.shape[1]} columns"]
    for col in list(df.columns)[:60]:
        s = df[col]
        column = profile_column(s, str(col))
        kind = _describe_kind(s, column)
        detail = ""
        if kind.startswith("number"):
            num = to_numeric(s)
            if num.notna().any():
                detail = f", range {_fmt_number(num.min())} … {_fmt_number(num.max())}"
        elif kind == "date" and column.year_like:
            num = to_numeric(s)
            if num.notna().any():
                detail = f", from {num.min():.0f} to {num.max():.0f}"
        elif kind == "date":
            dates = as_datetime(s)
            if dates.notna().any():
                detail = f", from {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}"
        elif kind != "empty":
            uniques = s.dropna().astype(str).unique()
            shown = ", ".join(repr(_clip(u, 30)) for u in uniques[:6])
            detail = f", {len(uniques):,} distinct (e.g. {shown})"
        missing = int(s.isna().sum())
        if missing:
            detail += f", {missing:,} missing"
        lines.append(f"- {col!r}: {kind}{detail}")
    if df.shape[1] > 60:
        lines.append(f"- … {df.shape[1] - 60} more columns")
    if max_rows > 0 and len(df):
        head = df.head(max_rows).iloc[:, :20].astype(str).map(lambda v: _clip(v, 40))
        lines.append("first rows:")
        lines.append(head.to_csv(index=False).strip())
    return "\n".join(lines)


def _describe_kind(s: pd.Series, column: ColumnProfile | None = None) -> str:
    """The column's kind in the prompt's words: number (with its unit), identifier, date, boolean, text
    or empty."""
    column = column or profile_column(s)
    if column.boolean:
        return "boolean"
    if column.kind == "numeric" and column.id_like:
        return "identifier"  # numbers that name rows (ids, codes): counted or grouped by, never summed
    if column.kind == "numeric":
        return f"number ({column.unit})" if column.unit else "number"
    if column.kind in ("date", "empty"):
        return column.kind
    return "text"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _fmt_number(value: Any) -> str:
    """A number as a table cell: thousands separators, few decimals; '' for missing."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(v):
        return ""
    if v.is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    if abs(v) >= 1:
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{v:.3g}"

"""Tables pasted into the question: CSV or TSV lines, a markdown table, JSON, `key: value` lines and
inline assignments ("a=12; b=30; c=7", "りんご:30 みかん:45").

People paste data the way their tool gave it to them. Read as a table (by `render.tables.load_table`,
the reader attachments go through), every builder treats it like an attachment: charts name its
columns, an explorer filters it, an animation plays over its time column. The rest of the question
is the instruction. Label/value pairs become a table only when the values measure one thing (a
status block of "Uptime: 99.95%, MTTR: 42 min" stays key numbers, see `qdata.comparable`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import TYPE_CHECKING

from generators.rules.extract import TIME_TOKEN, time_axis
from generators.rules.numbers import Num, find_numbers, number_locale
from generators.rules.qdata import comparable
from generators.rules.words import language

if TYPE_CHECKING:
    import pandas as pd

MIN_ROWS = 2
_DELIMS = ("\t", ";", "|", ",")
_NUMBER = re.compile(r"^[-−]?[$€£¥]?\s?\d[\d.,\s]*%?$")


def pasted_table(question: str) -> tuple[pd.DataFrame, str] | None:
    """(table, instruction) when the question holds a pasted table, else None."""
    text = question or ""
    for find in (_json_block, _delimited_block, _period_records, _key_value_lines, _inline_pairs):
        found = find(text)
        if found is None:
            continue
        frame, (start, end) = found
        if frame is not None and len(frame) >= MIN_ROWS and _has_numbers(frame):
            instruction = re.sub(r"\s+", " ", text[:start] + " " + text[end:]).strip(" ,;:")
            return frame, instruction
    return None


def _has_numbers(frame: pd.DataFrame) -> bool:
    from render.columns import profile

    try:
        return any(c.kind == "numeric" for c in profile(frame))
    except Exception:
        return False


def _load(raw: str, name: str) -> pd.DataFrame | None:
    from render.tables import TableError, load_table

    try:
        return load_table(raw.encode("utf-8"), name=name)
    except (TableError, ValueError):
        return None


# ------------------------------------------------------------------------------------------- JSON


def _json_block(text: str) -> tuple[pd.DataFrame | None, tuple[int, int]] | None:
    """A JSON array of flat records or an object of label → number."""
    decoder = json.JSONDecoder()
    for m in re.finditer(r"[\[{]", text):
        try:
            data, end = decoder.raw_decode(text, m.start())
        except ValueError:
            continue
        rows: list[dict[str, object]] | None = None
        if isinstance(data, list) and len(data) >= MIN_ROWS and all(isinstance(r, dict) for r in data):
            flat = all(not isinstance(v, (dict, list)) for r in data for v in r.values())
            rows = data if flat and len({tuple(r) for r in data}) == 1 else None
        elif (
            isinstance(data, dict)
            and len(data) >= MIN_ROWS
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in data.values())
        ):
            axis = time_axis(list(data)) or "label"
            rows = [{axis: k, "value": v} for k, v in data.items()]
        if rows is None:
            return None
        return _load(json.dumps(rows), "pasted.json"), (m.start(), end)
    return None


# ------------------------------------------------------------------------------- delimited blocks


def _delimited_block(text: str) -> tuple[pd.DataFrame | None, tuple[int, int]] | None:
    """Three or more consecutive lines with the same number of one delimiter (a header and rows)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for delim in _DELIMS:
        run: list[int] = []
        for i, line in enumerate([*lines, ""]):
            cells = _cells(line, delim)
            if cells and (not run or len(cells) == len(_cells(lines[run[0]], delim))):
                run.append(i)
                continue
            if len(run) >= MIN_ROWS + 1:
                body = [_cells(lines[k], delim) for k in run]
                body = [r for r in body if not all(re.fullmatch(r":?-{2,}:?", c.strip()) for c in r)]
                if (
                    len(body) >= MIN_ROWS + 1
                    and not _header(body[0])
                    and (named := _periods(body, lines, run[0]))
                ):
                    body = [
                        named,
                        *body,
                    ]  # "2020;410 / 2021;385 / …" under "Ernte in Tonnen:": periods and one value
                if (
                    len(body) > MIN_ROWS
                    and _header(body[0])
                    and any(_NUMBER.match(c.strip()) for r in body[1:] for c in r)
                ):
                    buf = io.StringIO()
                    csv.writer(buf).writerows(body)
                    return _load(buf.getvalue(), "pasted.csv"), (offsets[run[0]], offsets[run[-1] + 1] - 1)
            run = [i] if cells else []
    return None


def _periods(body: list[list[str]], lines: list[str], first: int) -> list[str] | None:
    """A header for rows typed without one when each is a period and one number ("2020;410"): the
    period's kind and the line above the rows as the measure ("Kartoffelernte … in Tonnen")."""
    if any(
        len(r) != 2 or not TIME_TOKEN.fullmatch(r[0].strip()) or not _NUMBER.match(r[1].strip()) for r in body
    ):
        return None
    axis = time_axis([r[0] for r in body])
    above = lines[first - 1].strip().rstrip(":：").strip() if first else ""
    if not axis or not above or len(above) > 80 or re.search(r"\d{3}", above):
        return None
    return [axis, above]


def _cells(line: str, delim: str) -> list[str]:
    stripped = line.strip()
    if delim == "|":
        if not (stripped.startswith("|") and stripped.count("|") >= 3):
            return []
        stripped = stripped.strip("|")
    if stripped.count(delim) < 1:
        return []
    if (
        delim == ","
        and re.search(r",\s", stripped)
        and not re.fullmatch(r"[^,]+(?:,\s?[^,\s][^,]*)+", stripped)
    ):
        return []
    return [c.strip() for c in stripped.split(delim)]


def _header(cells: list[str]) -> bool:
    """A header row names columns: no cell is a number."""
    return all(c and not _NUMBER.match(c) for c in cells)


# -------------------------------------------------------------------------- period records

RECORD_CHARS = 400
"""A period's record is a line ("2019 apples 10 pears 12"), not a page: longer segments are skipped."""
_RECORD = re.compile(r"[^;；\n]+")
_LABEL = re.compile(r"[^\W\d](?:[^\d;:=\n]{0,38}[^\W\d])?")


_Record = tuple[str, int, list[tuple[str, Num]]]
"""(period, where it starts in its segment, [(label, number)])."""


def _record(segment: str) -> _Record | None:
    """'2019 apples 10 pears 12': (period, where it starts, [(label, number)]) for the first time
    token that two or more label–number pairs follow to the end of the segment."""
    if len(segment) > RECORD_CHARS:
        return None
    found = find_numbers(segment)  # once: read per time token, it made long questions quadratic
    for head in TIME_TOKEN.finditer(segment):
        nums = [n for n in found if n.start >= head.end()]
        if len(nums) < 2 or any(n.is_year for n in nums) or segment[nums[-1].end :].strip(" .,"):
            continue
        pairs = []
        before = head.end()
        for n in nums:
            label = segment[before : n.start].strip(" ,:=–—-")
            if not _LABEL.fullmatch(label):
                break
            pairs.append((label, n))
            before = n.end
        else:
            return head.group(0), head.start(), pairs
    return None


def _period_records(text: str) -> tuple[pd.DataFrame | None, tuple[int, int]] | None:
    """'2019 apples 10 pears 12; 2020 apples 14 pears 11': the same labels, each with a number, for
    two or more periods (split by ';' or lines) — a long table (period, item, value), so a bar race
    or a line per item plays over it. Numbers must be one measure (`comparable`)."""
    best: list[tuple[int, int, _Record]] = []
    run: list[tuple[int, int, _Record]] = []
    for seg in _RECORD.finditer(text):
        segment = seg.group(0).rstrip()
        found = _record(segment)
        if found is None or (run and _keys(found) != _keys(run[0][2])):
            run = []
        if found is not None:
            run.append((seg.start(), seg.start() + len(segment), found))
        if len(run) > len(best):
            best = list(run)
    periods = [r[2][0] for r in best]
    if len(best) < MIN_ROWS or len({p.casefold() for p in periods}) != len(periods):
        return None
    nums = [n for r in best for _, n in r[2][2]]
    if not comparable(nums, [""] * len(nums)):
        return None
    # long form (period, label, value): charts colour by the label, an animation races the labels
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([time_axis(periods) or "period", "item", "value"])
    for _, _, (period, _, pairs) in best:
        writer.writerows([period, label, repr(n.value * n.multiplier)] for label, n in pairs)
    return _load(buf.getvalue(), "pasted.csv"), (best[0][0] + best[0][2][1], best[-1][1])


def _keys(record: _Record) -> list[str]:
    return sorted(label.casefold() for label, _ in record[2])


# ------------------------------------------------------------------------- label/value pairs

_KV_LINE = re.compile(
    r"^\s*(?:[-*•]\s+)?([^\W\d][^:=\n–—→;]{0,40}?|\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?|\d{1,2}:\d{2}|(?:19|20)\d\d|\d{1,3}(?=\s*(?:[:=–—→;]|->)))"
    r"\s*(?:[:=–—→;]|->|\s-\s)\s*([-−]?[$€£¥]?\s?\d[\d.,\s]*\s*%?[^\d\n;]{0,12})\s*$"
)
"""'North: 340', 'S28 : 1,2', '01/05/2024 – 120', '- 09:10 → 4', 'abril;18.400': a label (a date
or a clock time too), a separator (a spreadsheet's semicolon too), one value."""
_HEAD_ROW = re.compile(r"^(?P<head>[^\n]*?\S)\s*[;:：]\s+(?P<row>[^;:：\n]+[;\t][^;\t\n]+)$")
"""'kilos por mes; abril;18.400': the heading, then the first row typed on its line."""
_SPACED_LINE = re.compile(
    r"^\s*(?:[-*•]\s+)?([^\W\d][^\W\d]*(?:\s[^\W\d]+){0,2})\s+([-−]?[$€£¥]?\d[\d.,]*\s?%?[^\W\d]{0,6})\s*$"
)
"""'mon 88%', 'Ana 3', 'north 340': a label of one to three words and one value, a space between."""
_INLINE = re.compile(r"([^\W\d][^\s=:：;,，、]{0,20})\s*[=:：]\s*(\d[\d.,]*)(?=$|[\s;,，、])")


def _key_value_lines(text: str) -> tuple[pd.DataFrame | None, tuple[int, int]] | None:
    """'North: 340' on three or more consecutive lines, maybe under a title line ('Sales')."""
    lines = text.split("\n")
    start = pos = 0
    run: list[tuple[str, str]] = []
    span = (0, 0)
    head = ""
    for k, line in enumerate([*lines, ""]):
        m = _KV_LINE.match(line) or _SPACED_LINE.match(line)
        if m:
            if not run:
                start = pos
            run.append((m.group(1).strip(), m.group(2).strip()))
            span = (start, pos + len(line))
        elif len(run) >= 3:
            break
        else:
            run = []
            head = ""
            # "kilos por mes; abril;18.400" above "mayo;26.900": the heading's line holds the first row
            both = _HEAD_ROW.match(line)
            row = _KV_LINE.match(both.group("row")) if both else None
            if both and row and k + 1 < len(lines) and _KV_LINE.match(lines[k + 1]):
                start, head = pos, both.group("head")
                run.append((row.group(1).strip(), row.group(2).strip()))
        pos += len(line) + 1
    if len(run) < 3:
        return None
    numbers = [label for label, _ in run if label.isdigit()]
    if numbers and (
        len(numbers) < len(run) or numbers != [str(int(numbers[0]) + k) for k in range(len(run))]
    ):
        return None  # "1 — 4, 2 — 5, 3 — 5": sessions numbered in order; other bare numbers are no labels
    title = head if head and len(head) <= 60 and not re.search(r"\d", head) else _title_above(text, span[0])
    return _pairs_frame(run, title, language(text)), span


def _inline_pairs(text: str) -> tuple[pd.DataFrame | None, tuple[int, int]] | None:
    """'a=12; b=30; c=7; d=19' or 'りんご:30 みかん:45 ぶどう:12': three or more assignments in a row."""
    found = list(_INLINE.finditer(text))
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in found:
        if run and re.fullmatch(r"[\s;,，、]*", text[run[-1].end() : m.start()]):
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    if len(best) < 3:
        return None
    pairs = [(m.group(1), m.group(2)) for m in best]
    return _pairs_frame(pairs, ""), (best[0].start(), best[-1].end())


def _title_above(text: str, start: int) -> str:
    above = text[:start].rstrip("\n").rsplit("\n", 1)[-1].strip(" :")
    return above if 0 < len(above) <= 40 and not re.search(r"\d", above) else ""


def _pairs_frame(pairs: list[tuple[str, str]], title: str, lang: str | None = None) -> pd.DataFrame | None:
    """Label/value pairs as a two-column table, when the labels differ and the values are comparable;
    values read the way the message's language writes them ("1 600" in French)."""
    nums = []
    lang = number_locale(" ".join(raw for _, raw in pairs), lang)
    for _, raw in pairs:
        found = find_numbers(raw, lang)
        if len(found) != 1:
            return None
        nums.append(found[0])
    if len({label.casefold() for label, _ in pairs}) != len(pairs) or not comparable(nums, [""] * len(nums)):
        return None
    value = re.sub(r"[^\w ]+", "", title).strip() or "value"
    labels = [label for label, _ in pairs]
    axis = time_axis(labels)  # "2021, 2022" are years to plot along, not numbers to count
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([axis or "label", value])
    writer.writerows([label, repr(n.value * n.multiplier)] for (label, _), n in zip(pairs, nums, strict=True))
    frame = _load(buf.getvalue(), "pasted.csv")
    if frame is not None and not axis and all(label.isdigit() for label in labels):
        frame[frame.columns[0]] = [f"#{label}" for label in labels]  # numbered sessions: names, not values
    return frame

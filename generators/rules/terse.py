"""Series typed tersely, rewritten into the list form the data reader knows (`extract.extract_data`).
Each rewrite only moves what the user wrote: no label or value is added, dropped or changed.

- 24-hour clock times as labels: "0800 37.2 1200 37.8 1600 38.5" → "08:00 37.2 12:00 37.8 …"
- labels and values paired by position: "model A vs B vs C accuracy 91% vs 87% vs 89%"
  → "model accuracy: A 91%, B 87%, C 89%"
- two series written "a/b" per item after "X vs Y" without a colon: "coffee vs tea cups sold mon
  42/18 tue 38/22" → "coffee vs tea cups sold: mon 42/18, tue 38/22"
"""

from __future__ import annotations

import itertools
import re

_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_AMOUNT = r"[-−]?\d+(?:[.,]\d+)?\s*%?"
_CLOCK_ITEM = re.compile(rf"(?<![\w.,:/])(?P<t>{_HHMM})\s+(?P<v>{_AMOUNT})(?![\w.,:/])")


def clock_labels(text: str) -> str:
    """'0800 37.2 1200 37.8 1600 38.5': three or more items in a row, each a four-digit time of day
    and then its value, read as times ('08:00'). One time at least must start with 0 (no year, no
    amount is written so), every time is different, and no value looks like a time itself."""
    items = list(_CLOCK_ITEM.finditer(text))
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in items:
        run = [*run, m] if run and re.fullmatch(r"[\s,;]*", text[run[-1].end() : m.start()]) else [m]
        best = run if len(run) > len(best) else best
    times = [m.group("t") for m in best]
    if (
        len(best) < 3
        or not any(t.startswith("0") for t in times)
        or len(set(times)) != len(times)
        or any(re.match(r"0\d", m.group("v")) for m in best)
    ):
        return text
    for m in reversed(best):
        t = m.group("t")
        text = text[: m.start("t")] + f"{t[:2]}:{t[2:]}" + text[m.end("t") :]
    return text


_VS = r"\s+(?:vs\.?|versus)\s+"
_NAME = r"[^\W\d_][\w+.'-]*"
_NAME_CHAIN = re.compile(rf"(?<![\w-]){_NAME}(?:{_VS}{_NAME})+(?![\w-])", re.I)
_VALUE = r"[$€£¥]?\d[\d.,]*(?:\s?(?:%|[kKmMbB]\b|(?!vs?\b)[^\W\d_]{1,3}\b))?"
_VALUE_CHAIN = re.compile(rf"(?<![\w.,]){_VALUE}(?:{_VS}{_VALUE})+", re.I)
_SPLIT_VS = re.compile(_VS, re.I)


def versus_pairs(text: str) -> str:
    """'model A vs B vs C accuracy 91% vs 87% vs 89%': names joined by 'vs' and then as many values
    joined by 'vs' are name/value pairs in that order. Rewritten as a list after the words that
    name the measure; the text as it was unless there is exactly one chain of each, of one length."""
    names = list(_NAME_CHAIN.finditer(text))
    values = list(_VALUE_CHAIN.finditer(text))
    if len(names) != 1 or len(values) != 1 or names[0].end() > values[0].start():
        return text
    labels = _SPLIT_VS.split(names[0].group(0))
    amounts = _SPLIT_VS.split(values[0].group(0))
    if len(labels) != len(amounts) or len({lb.casefold() for lb in labels}) != len(labels):
        return text
    what = text[names[0].end() : values[0].start()].strip(" :：,")
    head = (text[: names[0].start()] + " " + what).strip()
    items = ", ".join(f"{lb} {v}" for lb, v in zip(labels, amounts, strict=True))
    return f"{head}: {items}{text[values[0].end() :]}" if head else items + text[values[0].end() :]


_SLASH_ITEM = re.compile(rf"(?P<label>{_NAME})\s+(?P<pair>{_AMOUNT}\s*/\s*{_AMOUNT})(?![\w/])")
_VERSUS_NAMED = re.compile(rf"(?<![\w-]){_NAME}{_VS}{_NAME}", re.I)


def slashed_items(text: str) -> str:
    """'coffee vs tea cups sold mon 42/18 tue 38/22 wed 45/20': after 'X vs Y' and the words that
    name the measure, two or more items in a row, each a label and two values split by a slash and
    nothing between them. Rewritten with a colon after the head and commas between the items, the
    form `extract._slashed` reads. The text as it was when there is a colon already."""
    head = _VERSUS_NAMED.search(text)
    if head is None or re.search(r"[:：]", text):
        return text
    items = list(_SLASH_ITEM.finditer(text, head.end()))
    if len(items) < 2 or text[items[-1].end() :].strip(" .;!?"):
        return text
    if any(not re.fullmatch(r"[\s,;]*", text[a.end() : b.start()]) for a, b in itertools.pairwise(items)):
        return text
    body = ", ".join(f"{m.group('label')} {m.group('pair')}" for m in items)
    return f"{text[: items[0].start()].rstrip()}: {body}"

"""Records typed in the message, explored as typed: "let me filter and sort these: Rossi, warehouse,
2015; Bianchi, admin, 2019; …". The rows are embedded in the app plan (no attachment needed) and laid
out by the same explorer as an attached table; a column of years is named as one, so it is a time
and never a measure to total."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.words import short
from render.plan import parse_plan

# Acting on rows, in the planner's languages: filtering, sorting, searching, exploring.
_SORTING = re.compile(
    r"\bfilt(?:er|r)\w*|\bsort\w*|\bordin(?:are|a)\b|\bordenar\w*|\btri(?:er|ez)\b|\bsortier\w*|\bsorteer\w*"
    r"|\bexplor\w*|\bsearch\w*|\bbusca[rb]\w*|\bcherch\w*|\bdurchsuch\w*|\bzoek\w*|\bcerca(?:re)?\b"
    r"|(?<![\u0400-\u04ff])(?:фильтр\w*|сортир\w*|искать)|\bsırala\w*|\bfiltrele\w*|\bsortuj\w*|\bprzeszuk\w*"
    r"|筛选|排序|搜索|絞り込|並べ替え|検索|필터|정렬|검색|فلتر|ترتيب|بحث|फ़िल्टर|छांट",
    re.I,
)


def inline_records(question: str, explorer: Callable[[str, Any, str, str], Any]) -> Any | None:
    """Records typed in the message, one a line or parted by semicolons, their fields by commas ('Rossi,
    warehouse, 2015; Bianchi, admin, 2019; …'): the explorer over exactly those rows. Three records or
    more with the same number of fields; the columns are numbered, since the user named none. Only when
    acting on rows is asked (filter, sort, search); `explorer` lays the frame out (`app.explorer`)."""
    if not _SORTING.search(question):
        return None
    import pandas as pd

    from generators.rules.numbers import COMMA_DECIMAL
    from generators.rules.words import lang_of, language

    body = re.split(r"[:：]\s*", question, maxsplit=1)[-1] if re.search(r"[:：]", question) else question
    parts = [p.strip(" .") for p in re.split(r"\s*[;\n]\s*", body) if p.strip(" .")]
    records = [[f.strip() for f in re.split(r"\s*[,，、]\s*", p)] for p in parts]
    if len(records) < 3 or len({len(r) for r in records}) != 1 or not 2 <= len(records[0]) <= 12:
        return None
    if any(not f or len(f) > 60 for r in records for f in r):
        return None
    lang = language(question)
    comma = lang in COMMA_DECIMAL

    def cell(text: str) -> Any:
        plain = text.replace(",", ".") if comma else text
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", plain):
            return text
        return int(plain) if re.fullmatch(r"-?\d+", plain) else float(plain)

    word = texts.say(lang, "records.field")
    columns = [f"{word} {k}" for k in range(1, len(records[0]) + 1)]
    rows = [[cell(f) for f in r] for r in records[:500]]
    for k in range(len(columns)):  # years are when, not amounts: never summed or averaged
        if all(isinstance(r[k], int) and 1900 <= r[k] <= 2100 for r in rows):
            columns[k] = texts.say(lang, "records.year")
    if len(set(columns)) != len(columns):
        columns = [f"{c} {k}" if columns.count(c) > 1 else c for k, c in enumerate(columns, 1)]
    frame = pd.DataFrame(rows, columns=columns)
    said = texts.text_lang(lang_of(question), lang)  # the explorer's words: the answer's language
    plan = explorer(question, frame, "", said)
    data = plan.model_dump()
    data["table"] = {"columns": columns, "rows": rows}
    data["title"] = (
        short(re.split(r"[:：]", question, maxsplit=1)[0], 80) if ":" in question else data["title"]
    )
    data["answer"] = texts.say(said, "records.answer", rows=len(rows), fields=len(columns)) + data["answer"]
    return parse_plan(data)

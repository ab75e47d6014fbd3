"""A rate worked out from the attached table, applied to a figure the user types: "il cliente mette i kg
di olive e vede quanti litri gli tornano, con la resa media di questa tabella", "enter the hours and see
the cost at the average cost per hour of this table".

The rate is the table's own: the sum of the column asked for over the sum of the column typed, on the
rows where both are filled (the rows left out are counted in the answer). The question names both
columns and asks for an average; nothing else is assumed, and the answer shows how the rate was found.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules.words import cap
from render.columns import profile, to_numeric
from render.numerals import localize
from render.plan import parse_plan

# An average or a yield asked of the table: "resa media", "average yield", "rendimiento medio", "平均"
_AVERAGE = re.compile(
    r"\b(?:average|mean|avg|media|medio|médi[oa]|moyen\w*|durchschnitt\w*|mittler\w*|gemiddeld\w*|średni\w*|ortalama)\b"
    r"|(?<![\u0400-\u04ff])средн\w*|平均|평균|औसत|متوسط",
    re.I,
)
# The question's own words that name the table ("this table", "questa tabella"): the rate is read from it
_TABLE = re.compile(
    r"\b(?:table|tabl?ea?u?|tabella|tabla|tabelle|tabel|tablo|spreadsheet|sheet|csv|data)\b|таблиц|表|표|तालिका|جدول",
    re.I,
)


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\W_]+", name.casefold()) if len(t) >= 2 and not t.isdigit()]


def _first_mention(question: str, name: str) -> int | None:
    """Where the question first names the column (any of its words, as a word), or None."""
    q = question.casefold()
    hits = [m.start() for t in _tokens(name) if (m := re.search(rf"(?<!\w){re.escape(t)}", q))]
    return min(hits) if hits else None


def table_rate(question: str, table: Any, lang: str) -> Any | None:
    """The converter by the table's average rate, or None unless an average of the table is asked and
    exactly two of its numeric columns are named (the one typed first, the one seen second)."""
    if table is None or not _AVERAGE.search(question or "") or not _TABLE.search(question or ""):
        return None
    try:
        numeric = [c.name for c in profile(table) if c.kind == "numeric" and not c.id_like]
    except Exception:
        return None
    # the column named beside the average word ("la resa media") is the rate asked, found from the other two
    near = [m.start() for m in _AVERAGE.finditer(question)]
    named = sorted(
        (pos, c)
        for c in numeric
        if (pos := _first_mention(question, c)) is not None and not any(abs(pos - a) <= 12 for a in near)
    )
    if len(named) != 2:
        return None
    (_, given), (_, wanted) = named
    x, y = to_numeric(table[given]), to_numeric(table[wanted])
    both = x.notna() & y.notna() & (x > 0)
    if both.sum() < 2 or float(x[both].sum()) <= 0:
        return None
    rate = float(y[both].sum()) / float(x[both].sum())
    n, total = int(both.sum()), len(table)
    label_in, label_out = cap(given.replace("_", " ")), cap(wanted.replace("_", " "))
    default = float(x[both].median())
    shown = localize(f"{rate:.4g}", lang)
    how = f"{label_out} = {label_in} × {shown} (Σ {wanted} ÷ Σ {given}, n = {n}"
    how += f"/{total})" if n < total else ")"
    return parse_plan(
        {
            "kind": "app",
            "title": f"{label_in} → {label_out}",
            "inputs": [
                {"name": "given", "label": label_in, "default": round(default, 2), "min": 0, "step": 1}
            ],
            "computed": [
                {"name": "result", "label": label_out, "formula": f"given * {rate!r}", "decimals": 1},
            ],
            "views": [{"type": "metric", "value": "result"}],
            "layout": "columns",
            "answer": how,
        }
    )

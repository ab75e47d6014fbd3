"""The table explorer of the `app` kind: an attached (or typed) table with filters on its categorical
columns, a range on a numeric one, and a chart and a table that follow them.

Moved out of `generators.rules.app` (which was near the line limit); `app.explorer` is this.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_more as more
from generators.rules import app_texts as texts
from generators.rules.cues import MEAN_LIKE
from generators.rules.words import humanize
from render.columns import profile
from render.numerals import localize
from render.plan import parse_plan

# Asking what a change of price does, in the planner's languages: "if we raise prices", "Preiserhöhung",
# "가격 올리면", "値上げ", "涨价". Over a table with takings, the explorer gets a what-if on them.
_PRICE_CHANGE = re.compile(
    r"\b(?:raise|raising|increase|increasing|put\s+up|hike|lower|lowering|cut|cutting|drop|change|changing)\s+"
    r"(?:the\s+|our\s+|my\s+)?prices?\b|\bprices?\s+(?:increase|rise|hike|cut|change|went\s+up|go\s+up|goes\s+up)\b"
    r"|\bcharge\s+more\b|\bpreis(?:e)?\s+(?:\w+\s+)?(?:erhöh|anheb|senk|änder)\w*|\bpreis(?:erhöhung|senkung|änderung)\w*"
    r"|\b(?:augment|hauss|baiss|chang)\w*\s+(?:les\s+|nos\s+|des\s+)?prix\b|\b(?:hausse|baisse)\s+des\s+prix\b"
    r"|\b(?:sub|aument|baj|cambi)\w*\s+(?:los\s+|nuestros\s+)?precios?\b|\b(?:subida|aumento|bajada)\s+de\s+precios?\b"
    r"|\b(?:aument|alz|abbass|cambi)\w*\s+(?:i\s+|il\s+)?prezz[oi]\b|\b(?:aument|sub|baix|mud)\w*\s+(?:os\s+|o\s+)?preços?\b"
    r"|\bprij(?:s|zen)\s+(?:\w+\s+)?(?:verhog|omhoog|verlag|aanpass)\w*|\bprijs(?:verhoging|verlaging)\w*"
    r"|\b(?:podnie|podwyższ|obniż|zmieni)\w*\s+cen\w*|\bpodwyżk\w*\s+cen\w*"
    r"|(?<![\u0400-\u04ff])(?:подня|повы|сниз|измени)\w*\s+цен\w*|повышени\w*\s+цен\w*"
    r"|\bfiyat\w*\s+(?:artır|yükselt|düşür|değiştir)\w*|\bzam\s+yap\w*"
    r"|涨价|提价|降价|调价|价格(?:上涨|提高|降低|上调|下调)|値上げ|値下げ|価格を(?:上げ|下げ)"
    r"|가격\s*(?:을|를)?\s*(?:올리|올려|내리|내려|인상|인하)|가격\s*인상|가격\s*인하"
    r"|(?:رفع|زيادة|خفض|تخفيض)\s+(?:ال)?(?:أسعار|سعر)|(?:दाम|कीमत|क़ीमत)\S*\s+(?:बढ़ा|घटा)",
    re.I,
)
# A column of takings: what a price change moves ("revenue_eur", "Umsatz", "매출").
_MONEY = re.compile(
    r"revenue|sales|turnover|income|takings|umsatz|erlös|einnahmen|chiffre|ventas|ingresos|fatturato|ricavi|incass"
    r"|receita|faturamento|omzet|opbrengst|przych|sprzeda|выручк|доход|продаж|ciro|gelir|satış|营收|收入|销售额|営業収益"
    r"|売上|매출|إيراد|مبيعات|राजस्व|बिक्री|(?:^|_|\s)(?:eur|usd|gbp|chf|jpy|krw|cny|inr|try|pln|rub)(?:$|_|\s)|€|\$|£",
    re.I,
)


def _plan(data: dict[str, Any]) -> Any:
    return parse_plan({"kind": "app", **data})


def explorer(question: str, table: Any, table_name: str, lang: str) -> Any:
    """Filters on categorical columns, a range on a numeric one, a chart and a table that follow."""
    import math

    cols = profile(table)
    # columns worth filtering on: a few repeated values (not one value per row, like names or ids)
    cats = [
        c for c in cols if c.kind == "category" and c.duplicated and 2 <= c.nunique <= 30 and not c.id_like
    ][:3]
    nums = [c for c in cols if c.kind == "numeric" and not c.id_like]
    inputs: list[dict[str, Any]] = []
    filters: list[dict[str, Any]] = []
    used_names: set[str] = set()

    def ident(base: str) -> str:
        return more.ident(base, used_names)  # never a reserved word: a column named "class" is fine

    def say(key: str, **fields: str) -> str:
        return texts.say(lang, key, **fields)

    every = say("explore.all")

    for c in cats:
        values = sorted({str(v) for v in table[c.name].dropna().tolist()}, key=str.casefold)
        name = ident(c.name)
        inputs.append({"name": name, "label": humanize(c.name), "type": "select", "options": [every, *values],
                       "default": every})  # fmt: skip
        filters.append({"column": c.name, "op": "==", "input": name, "all_value": every})
    searched = _searched_column(question, table)
    if searched is not None:  # "something they can search by ticket number": a box, rows whose cell holds it
        name = ident(searched)
        inputs.insert(0, {"name": name, "label": humanize(searched), "type": "text", "default": ""})
        filters.insert(0, {"column": searched, "op": "contains", "input": name})
    measure = nums[0] if nums else None
    if measure is not None:
        series = table[measure.name]
        import pandas as pd

        s = pd.to_numeric(series, errors="coerce").dropna()
        if not s.empty and s.min() < s.max():
            lo, hi = float(s.min()), float(s.max())
            span = hi - lo
            step = 10 ** math.floor(math.log10(span / 100)) if span > 0 else 1
            lo_r, hi_r = math.floor(lo / step) * step, math.ceil(hi / step) * step
            for bound, op, default in (("min", ">=", lo_r), ("max", "<=", hi_r)):
                name = ident(f"{measure.name}_{bound}")
                inputs.append({"name": name, "label": say(f"explore.{bound}", col=humanize(measure.name)), "type": "slider",
                               "min": lo_r, "max": hi_r, "step": step, "default": default})  # fmt: skip
                filters.append({"column": measure.name, "op": op, "input": name})
    views: list[dict[str, Any]] = [{"type": "metric", "value": "rows"}]
    computed = [{"name": "rows", "label": say("explore.rows"), "formula": "count()"}]
    if measure is not None:
        mean = any(w in measure.name.lower() for w in MEAN_LIKE)
        computed.append(
            {"name": "measure", "label": say("explore.average" if mean else "explore.total", col=humanize(measure.name)),
             "formula": f'{"avg" if mean else "sum"}({_quoted(measure.name)})', "decimals": 2 if mean else None}
        )  # fmt: skip
        views.append({"type": "metric", "value": "measure"})
        if cats:
            views.append(
                {"type": "chart", "title": say("explore.average_by" if mean else "explore.total_by", col=humanize(measure.name), by=humanize(cats[0].name)),
                 "chart_type": "bar", "x": cats[0].name, "y": measure.name, "aggregate": "mean" if mean else "sum",
                 "sort": "desc", "top_n": 20}
            )  # fmt: skip
    elif cats:
        views.append({"type": "chart", "title": say("explore.rows_by", by=humanize(cats[0].name)), "chart_type": "bar",
                      "x": cats[0].name, "aggregate": "count", "sort": "desc", "top_n": 20})  # fmt: skip
    answer = say("explore.answer", n=localize(f"{len(table):,}", lang))
    money = next((c for c in nums if _MONEY.search(c.name)), None) if _PRICE_CHANGE.search(question) else None
    if money is not None:  # "what if we raise prices": the table's takings, the user sets both changes
        col = humanize(money.name)
        inputs += [
            {"name": ident("price_change"), "label": say("whatif.price"), "type": "slider", "unit": "%",
             "min": -50, "max": 100, "step": 1, "default": 0},
            {"name": ident("volume_change"), "label": say("whatif.volume"), "type": "slider", "unit": "%",
             "min": -100, "max": 100, "step": 1, "default": 0},
        ]  # fmt: skip
        price, volume, now, after = (
            inputs[-2]["name"],
            inputs[-1]["name"],
            ident("money_now"),
            ident("money_after"),
        )
        computed += [
            {"name": now, "label": say("whatif.now", col=col), "formula": f"sum({_quoted(money.name)})",
             "decimals": 0},
            {"name": after, "label": say("whatif.after", col=col), "decimals": 0,
             "formula": f"{now} * (1 + {price} / 100) * (1 + {volume} / 100)"},
        ]  # fmt: skip
        views[1:1] = [{"type": "metric", "value": now}, {"type": "metric", "value": after}]
        answer += say("whatif.answer", col=col)
    views.append({"type": "table", "title": table_name or say("explore.rows"), "max_rows": 100})
    name = table_name.rsplit("/", 1)[-1].rsplit(".", 1)[0] if table_name else ""
    return _plan(
        {
            "title": say("explore.title", name=humanize(name)) if name else say("explore.untitled"),
            "inputs": inputs,
            "computed": computed,
            "filters": filters,
            "views": views,
            "layout": "columns" if inputs else "rows",
            "answer": answer,
        }
    )


def _searched_column(question: str, table: Any) -> str | None:
    """The column a search is asked by ("search by ticket number" → ticket), or None."""
    from generators.rules.column_names import column_mentions
    from generators.rules.table_asks import SEARCH_BY

    found = SEARCH_BY.search(question or "")
    if found is None:
        return None
    named = column_mentions(question[found.end() :], [str(c) for c in table.columns])
    return min(named, key=lambda c: named[c][1]) if named else None  # the first one named after "by"


def _quoted(column: str) -> str:
    return '"' + column.replace('"', "") + '"' if '"' not in column else "'" + column + "'"

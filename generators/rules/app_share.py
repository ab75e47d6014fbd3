"""A share of an amount by the user's own fraction: "taper mes tantièmes et le montant des travaux pour voir
ce que je paie, genre 386/10000 de 186 000 €", "type my share and the bill, e.g. 250/1000 of 4,800".

The rule is the fraction they wrote (a part of a whole, the whole being theirs: 10 000 tantièmes, 1 000
shares), so the tool is exact: their part and the amount are inputs in their words, the whole a constant,
and the answer repeats the rule. Without both quantities named the planner does not guess what is typed.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_own import typed
from generators.rules.words import cap
from render.numerals import localize
from render.plan import parse_plan

_FIG = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+"
# "386/10000 de 186 000 €": the part, the whole, the word "of" in the planner's languages, the amount
_SHARE = re.compile(
    rf"(?<![\d/])(?P<a>{_FIG})\s*/\s*(?P<b>{_FIG})\s+(?:of|de|du|des|di|del|dei|della|von|vom|van|z|ze|из|od)\s+"
    rf"(?:the\s+|la\s+|le\s+|el\s+|los\s+|o\s+|a\s+|l['’])?(?:(?P<pre>[$£€₹¥])\s*)?(?P<x>{_FIG})(?:[.,]\d{{1,2}})?"
    r"(?:\s*(?P<cur>€|\$|£|₹|¥|eur\w*|dollars?|zł|chf)(?!\w))?",
    re.I,
)


def _num(text: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f.,]", "", text))


def share(question: str, lang: str) -> Any | None:
    """The part-of-a-whole calculator, or None unless a fraction of an amount and both typed quantities are given."""
    m = _SHARE.search(question or "")
    names = typed(question or "")
    if m is None or len(names) != 2:
        return None
    part, whole, amount = _num(m["a"]), _num(m["b"]), _num(m["x"])
    if not 0 < part < whole:
        return None
    sign = m["pre"] or m["cur"] or ""
    money = {"prefix": sign} if sign in ("$", "£", "¥", "₹") and sign else {"unit": sign}
    result = texts.say(lang, "calc.result")
    whole_txt = localize(f"{whole:,.0f}", lang)
    rule = f"{result} = {names[1]} × {names[0]} / {whole_txt}"
    return parse_plan(
        {
            "kind": "app",
            "title": cap(names[0]),
            "inputs": [
                {
                    "name": "part",
                    "label": cap(names[0]),
                    "default": part,
                    "min": 0,
                    "max": whole,
                    "step": 1,
                    "unit": f"/ {whole_txt}",
                },
                {"name": "amount", "label": cap(names[1]), "default": amount, "min": 0, "step": 100, **money},
            ],
            "computed": [
                {
                    "name": "result",
                    "label": result,
                    "formula": f"amount * part / {whole:g}",
                    "decimals": 2,
                    **money,
                }
            ],
            "views": [{"type": "metric", "value": "result"}],
            "layout": "columns",
            "answer": rule,
        }
    )


# "300ml usa 200g, 500ml 330g, 700ml 460g": an item (a size or a name), maybe a verb, its amount in a unit
_UNIT = r"(?:mg|g|kg|ml|cl|dl|l|oz|lb|cm|m|kwh|h|min)"
_PER_ITEM = re.compile(
    rf"(?:^|(?<=[\n,;:]))\s*(?P<label>\d+(?:[.,]\d+)?\s?{_UNIT}|[^\W\d]+(?:\s[^\W\d]+){{0,2}}?)\s*(?:[:=]|[^\W\d]+)?"
    rf"\s*(?P<n>\d+(?:[.,]\d+)?)\s?(?P<u>{_UNIT})(?![\w/])",
    re.I,
)
# How many of each is what is typed: "quantos copos de cada tamanho", "how many of each", "cuántos de cada"
_EACH = re.compile(
    r"\b(?:of|for)\s+each\b|\bper\s+(?:size|item|kind|type)\b|\bde\s+cada\b|\bpor\s+(?:tamanho|tamaño)\b|\bde\s+chaque\b"
    r"|\bvon\s+jede[mnr]?\b|\bpro\s+(?:größe|sorte)\b|\bdi\s+ogni\b|\bper\s+(?:ogni|ciascun\w*)\b|\bvan\s+elke?\b"
    r"|\bz\s+każd\w*|\bкаждо\w*|\bher\s+bir\b|各|每种|每個|每个|각\s*",
    re.I,
)


def per_item(question: str, lang: str) -> Any | None:
    """How much of one thing each item uses, counted per item ("quero digitar quantos copos de cada tamanho
    vendi e ver quanto de polpa preciso, 300ml usa 200g, 500ml 330g"): a count per item and the total amount
    by the user's own figures, or None unless two or more items share one unit and the count per item is asked."""
    if not _EACH.search(question or ""):
        return None
    items = [
        (m["label"].strip(), float(m["n"].replace(",", ".")), m["u"]) for m in _PER_ITEM.finditer(question)
    ]
    if (
        len(items) < 2
        or len({u.lower() for _, _, u in items}) != 1
        or len({n.lower() for n, _, _ in items}) != len(items)
    ):
        return None
    unit = items[0][2]
    inputs, terms, shown = [], [], []
    for k, (label, amount, _) in enumerate(items[:30]):
        inputs.append({"name": f"n{k + 1}", "label": label, "default": 0, "min": 0, "step": 1})
        terms.append(f"n{k + 1} * {amount:g}")
        shown.append(f"{label} × {localize(f'{amount:g}', lang)} {unit}")
    total = texts.say(lang, "more.total")
    return parse_plan(
        {
            "kind": "app",
            "title": total,
            "inputs": inputs,
            "computed": [
                {"name": "total", "label": total, "formula": " + ".join(terms), "decimals": 2, "unit": unit}
            ],
            "views": [{"type": "metric", "value": "total"}],
            "layout": "columns",
            "answer": f"{total} = " + " + ".join(shown),
        }
    )

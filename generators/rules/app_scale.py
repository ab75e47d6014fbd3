"""A recipe scaled to the amount the user types: "recipe for 12 l of gelato base: 7.2 l milk, 1.8 l cream,
… make me something where i type the litres i want and it scales everything", "Rezept für 4 Personen:
500 g Mehl, 3 Eier — die Mengen für beliebig viele Personen umrechnen".

Scaling is a definition (each amount × what is wanted ÷ what the recipe makes), so the offline planner
can build it from the user's own recipe: the yield they wrote is the input (its default, in its unit),
each ingredient they listed is a result in its own unit (never converted), and an item listed without
an amount ("salt to taste") is named in the answer as not scaled rather than dropped. Built only when
scaling is asked (scale, umrechnen, recalcular, пересчитать, 換算…); a recipe to lay out is not a tool.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_more import _SPLIT, ident, metrics_app
from generators.rules.numbers import Num, find_numbers
from generators.rules.words import short
from render.numerals import localize

# Asking for the amounts to follow another quantity, in the planner's languages.
_ASK = re.compile(
    r"\bscal(?:e|es|ed|ing|er)\b|\bmultipl\w*|\bresiz\w*|\brecalculat\w*|\bhalve\b|\bdouble\s+(?:it|the)\b"
    r"|\b(?:adjust|work\s+out)\s+(?:all\s+)?(?:the\s+)?(?:amounts|quantities)\b"
    r"|\bskalier\w*|\bumrechn\w*|\bumgerechnet\b|\bhochrechn\w*|\b(?:mengen|zutaten)\s+(?:\w+\s+)?(?:anpass\w*|berechn\w*)"
    r"|\b(?:adapt|ajust|recalcul)\w*\s+(?:toutes\s+)?(?:les\s+)?(?:quantités|proportions|doses)\b|\brecalcul\w*"
    r"|\bescal(?:a|ar|e|ado)\b|\bajust\w*\s+(?:todas\s+)?(?:las\s+|as\s+)?(?:cantidades|quantidades|proporciones|proporções)"
    r"|\briproporzion\w*|\bricalcol\w*|\bscal(?:a|are|i)\b|\badatt\w*\s+(?:le\s+)?(?:dosi|quantità)"
    r"|\bschaal\w*|\bschalen\b|\bomreken\w*|\bom\s+te\s+rekenen\b|\bherbereken\w*|\bhoeveelheden\s+aanpass\w*"
    r"|\bprzelicz\w*|\bprzeskal\w*|(?<![\u0400-\u04ff])(?:пересчит\w*|пересчёт\w*|масштаб\w*)"
    r"|\bölçekle\w*|\boranla\w*|\byeniden\s+hesapla\w*"
    r"|按比例|换算|換算|缩放|用量|分量|倍率|비율|환산|분량|بالتناسب|تحجيم|أعدل\s+الكميات|अनुपात",
    re.I,
)
# The list after what the recipe makes: "…12 l of gelato base: 7.2 l milk, …", "… 4 Personen - 500 g Mehl"
_LEAD = re.compile(r"[:：]|\s[-–—]\s")
# The list ends with its sentence: a full stop not inside a number, or a blank line.
_END = re.compile(r"(?<!\d)[.!?](?=\s|$)|[。！？।]|\n\s*\n")
# Items of the list: the shared list splitter, with Arabic commas and Hindi "and" too
_PARTS = re.compile(r"\s*(?:[،؛]|\s(?:और|तथा)\s)\s*|" + _SPLIT.pattern, re.I)
_GLUE = re.compile(
    r"^(?:of|de|d'|du|des|di|del|della|van|z|ze|der|die|das|the|a|an)\s+|\s+(?:of|de|di)$", re.I
)
_MAX_ITEMS = 20


# Kitchen measures the number reader leaves unread ("50 cl", "2 EL", "1 Prise", "3 cuillères", "2 ст. л.")
_MEASURE = re.compile(
    r"\s*(?P<u>cl|dl|oz|lbs?|tbsp|tsp|cups?|el|tl|ess?l|tsk|cs|cc|cdas?|cditas?|c\.\s?à\s?[sc]\.?|cuill\w*|cucchia\w*"
    r"|tasses?|tazas?|x[ií]caras?|kopjes?|szklank\w*|łyż\w*|pinch(?:es)?|prisen?|pizzic\w*|pizcas?|pitadas?|snufjes?"
    r"|szczypt\w*|щепотк\w*|стакан\w*|ст\.?\s?л\.?|ч\.?\s?л\.?|шт\.?|pcs|stück|stk\.?"
    r"|غ|غرام|جم|كغ|كجم|مل|لتر|ملعقة|ملاعق|كوب|أكواب|मिली|ग्राम|किलो|लीटर|चम्मच|कप|克|毫升|勺|杯|个)(?![^\W\d_])",
    re.I,
)


def _name(part: str, n: Num) -> tuple[str, str]:
    """The ingredient's name and unit: the item without its amount ("7.2 l milk" → "milk", "l"; "Mehl
    500 g" → "Mehl", "g"; "50 cl de lait" → "lait", "cl")."""
    after, unit = part[n.end :], n.unit
    if not unit and (m := _MEASURE.match(after)):
        after, unit = after[m.end() :], m.group("u")
    rest = (part[: n.start] + " " + after).strip(" .,;:-–—()")
    return _GLUE.sub("", re.sub(r"\s+", " ", rest)).strip(" .,;:-–—()"), unit or ""


def _amount(v: float, lang: str) -> str:
    return localize(f"{v:,.0f}" if v == int(v) else f"{v:,.3f}".rstrip("0").rstrip("."), lang)


def _base(head: str) -> tuple[float, str] | None:
    """What the recipe makes: the last amount before the list, with its unit or the word after it
    ("12 l", "4 Personen", "20 cookies"; "pour 6", "на 4" too, which the number reader takes for a rate)."""
    last = None
    for m in re.finditer(r"(?<![0-9A-Za-z_.,\u00c0-\u024f\u0400-\u04ff])\d+(?:[.,]\d+)?(?![\d])", head):
        last = m
    if last is None or (1900 <= float(last.group(0).replace(",", ".")) <= 2100 and "," not in last.group(0)):
        return None
    read = find_numbers(head[last.start() :])
    if read and read[0].start == 0 and (read[0].pct or read[0].currency):
        return None
    value = (
        read[0].value * read[0].multiplier
        if read and read[0].start == 0
        else float(last.group(0).replace(",", "."))
    )
    if read and read[0].start == 0 and read[0].unit:
        return value, read[0].unit
    word = re.match(
        r"\s*([^\s\d.,;:!?()\[\]{}<>\"'+*/=-]{2,20})", head[last.end() :]
    )  # Devanagari's marks too
    return value, word.group(1) if word else ""  # "pancakes for 4": four of what it makes


def scaled(question: str, lang: str) -> Any | None:
    """The recipe as a scaler, or None unless scaling is asked and a yield with a list of amounts is given."""
    if not _ASK.search(question or ""):
        return None
    for lead in _LEAD.finditer(question):
        head = question[max(0, lead.start() - 80) : lead.start()]
        found = _base(head)
        if found is None:
            continue
        body = question[lead.end() :]
        end = _END.search(body)
        parts = [p.strip() for p in _PARTS.split(body[: end.start()] if end else body) if p and p.strip()]
        items: list[tuple[str, str, Num]] = []
        unscaled: list[str] = []
        for part in parts:
            nums = [n for n in find_numbers(part) if not n.pct and not n.currency]
            if len(nums) == 1 and (named := _name(part, nums[0]))[0]:
                items.append((*named, nums[0]))
            elif not nums and len(part.split()) <= 4:
                unscaled.append(part)
            else:
                items = []
                break
        if 2 <= len(items) <= _MAX_ITEMS and len(unscaled) <= len(items) // 2:
            return _plan(found, items, unscaled, lang)
    return None


def _plan(found: tuple[float, str], items: list[tuple[str, str, Num]], unscaled: list[str], lang: str) -> Any:
    b, unit = found
    used = {"amount"}
    computed = []
    for name, unit_of, n in items:
        v = n.value * n.multiplier
        decimals = None if not unit_of else 2 if v < 10 else 1 if v < 100 else 0  # a count: whole when it is
        computed.append(
            {"name": ident(name, used), "label": short(name, 60), "formula": f"{v!r} * amount / {b!r}",
             "decimals": decimals, "unit": short(unit_of, 20)}
        )  # fmt: skip
    base_text = f"{_amount(b, lang)} {unit}".strip()
    answer = texts.say(lang, "scale.answer", base=base_text)
    if unscaled:
        answer += texts.say(lang, "scale.unscaled", items=", ".join(unscaled))
    step = 1.0 if b == int(b) and b >= 4 else 0.5 if b >= 1 else 0.1
    return metrics_app(
        texts.say(lang, "scale.title"),
        [
            {
                "name": "amount",
                "label": texts.say(lang, "scale.make"),
                "default": b,
                "min": 0,
                "step": step,
                "unit": short(unit, 20),
            }
        ],
        computed,
        answer,
    )

"""Calculators whose rule the user states in words, in the planner's languages.

Three shapes of a stated rule, each turned into a formula only from what is written:
- rates by bracket ("5% on the first 10k, 8% between 10k and 25k, 12% above that"): commission, tax
  or fee tiers, applied to the amount typed; the brackets must cover every amount from zero up,
  else nothing is built (a gap would be a rule we made up);
- a date and a number of days from it ("I enter the judgment date and it tells me the deadline at
  30 days", "fecha de entrega + 14 días"): the date typed plus (or minus, "before") those days;
- two quantities joined by a word for times or divided by ("peso por miligramos por kilo",
  "hours times rate", "distance divided by time"): their product or ratio.
Anything less explicit (a pallet count, a drip rate, a water intake) needs a rule the user did not
give, and stays an honest text.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.words import short
from render.numerals import localize
from render.plan import parse_plan


def _plan(data: dict[str, Any]) -> Any:
    return parse_plan({"kind": "app", **data})


def _fmt(v: float, lang: str = "en") -> str:
    return localize(f"{v:,.0f}" if v == int(v) else f"{v:,.2f}", lang)


# ------------------------------------------------------------------------------------------ brackets

_AMT = r"[$€£¥]?\s?(\d+(?:[.,]\d+)?)\s*(k|m|thousand|mil|tausend|mille|миллион\w*|тыс\w*|万|千)?\b"
_PCT = r"(\d+(?:[.,]\d+)?)\s*%"
_FIRST = (
    r"(?:first|primeros?|primeras?|premiers?|premières?|ersten|primi|prime|eerste|первы[ех]|ilk|pierwsz\w*)"
    r"|up\s+to|hasta|jusqu['’]à|bis(?:\s+zu)?|fino\s+a|até|tot"
)
_BETWEEN = r"between|entre|zwischen|tra|fra|tussen|от|arasında"
_AND = r"and|y|et|und|e|en|до|ile|i|a"
_ABOVE = (
    r"above|over|beyond|after|more\s+than|por\s+encima\s+de|más\s+de|au[- ]dessus\s+de|au[- ]delà\s+de|plus\s+de|über"
    r"|darüber|oltre|sopra|acima\s+de|mais\s+de|boven|meer\s+dan|свыше|выше|больше|üzeri|üstü|powyżej"
)
_THAT = r"that|this|it|eso|esto|cela|ça|das|dem|ciò|quello|isso|dat|этого|bunun"
_TIERS = [
    ("first", re.compile(rf"{_PCT}\s+(?:\w+\s+){{0,3}}?(?:{_FIRST})\s+{_AMT}", re.I)),
    (
        "between",
        re.compile(rf"{_PCT}\s+(?:\w+\s+){{0,3}}?(?:{_BETWEEN})\s+{_AMT}\s+(?:{_AND})\s+{_AMT}", re.I),
    ),
    ("above", re.compile(rf"{_PCT}\s+(?:\w+\s+){{0,3}}?(?:{_ABOVE})\s+(?:(?:{_THAT})\b|{_AMT})", re.I)),
]
_MAG = {"k": 1e3, "thousand": 1e3, "mil": 1e3, "tausend": 1e3, "mille": 1e3, "m": 1e6, "千": 1e3, "万": 1e4}
_WHAT = re.compile(
    r"\b(commission|tax|bonus|fee|royalt\w*|comisi[oó]n|impuesto|impôt|provision|steuer|provvigione|tassa|comiss[aã]o"
    r"|imposto|provisie|belasting|комисси\w*|налог\w*|prim\w*)\b",
    re.I,
)


def _amount(num: str, mag: str | None) -> float:
    value = float(num.replace(",", "."))
    key = (mag or "").lower()
    if key.startswith("тыс"):
        return value * 1e3
    if key.startswith("миллион"):
        return value * 1e6
    return value * _MAG.get(key, 1.0)


def brackets(question: str) -> list[tuple[float, float | None, float]] | None:
    """(from, to, rate %) of every bracket, in order, when they cover every amount from 0 up."""
    found: list[tuple[int, float, float | None, float]] = []
    for kind, pattern in _TIERS:
        for m in pattern.finditer(question):
            rate = float(m.group(1).replace(",", "."))
            if kind == "first":
                found.append((m.start(), 0.0, _amount(m.group(2), m.group(3)), rate))
            elif kind == "between":
                found.append(
                    (m.start(), _amount(m.group(2), m.group(3)), _amount(m.group(4), m.group(5)), rate)
                )
            else:
                low = _amount(m.group(2), m.group(3)) if m.group(2) else -1.0  # "above that": the last bound
                found.append((m.start(), low, None, rate))
    if len(found) < 2:
        return None
    found.sort()
    tiers: list[tuple[float, float | None, float]] = []
    for _, low, high, rate in found:
        if low < 0:
            if not tiers or tiers[-1][1] is None:
                return None
            low = tiers[-1][1]
        tiers.append((low, high, rate))
    tiers.sort(key=lambda t: t[0])
    if tiers[0][0] != 0 or tiers[-1][1] is not None:
        return None
    for a, b in pairwise(tiers):
        if a[1] is None or a[1] != b[0] or (b[1] is not None and b[1] <= b[0]):
            return None  # a gap or an overlap: the user's rule is not complete
    return tiers


def tiered(question: str, lang: str) -> Any | None:
    """'5% on the first 10k, 8% between 10k and 25k, 12% above that': the rate of each bracket on
    the part of the amount typed that falls in it, summed."""
    tiers = brackets(question)
    if tiers is None:
        return None
    terms = []
    for low, high, rate in tiers:
        part = f"max(amount - {low!r}, 0)" if high is None else f"clamp(amount - {low!r}, 0, {high - low!r})"
        terms.append(f"{part} * {rate / 100!r}")
    what = _WHAT.search(question)

    def say(key: str, **fields: str) -> str:
        return texts.say(lang, key, **fields)

    label = what.group(1).capitalize() if what else say("stated.result")
    rows = [
        say("stated.above", rate=localize(f"{r:g}", lang), low=_fmt(lo, lang))
        if hi is None
        else say("stated.between", rate=localize(f"{r:g}", lang), low=_fmt(lo, lang), high=_fmt(hi, lang))
        for lo, hi, r in tiers
    ]
    example = max(t[0] for t in tiers) * 1.2 or 1000.0
    return _plan(
        {
            "title": short(say("stated.by_bracket", label=label), 80),
            "inputs": [
                {
                    "name": "amount",
                    "label": say("stated.amount"),
                    "default": round(example, 2),
                    "min": 0,
                    "step": 1,
                }
            ],
            "computed": [
                {"name": "result", "label": label, "formula": " + ".join(terms), "decimals": 2},
                {
                    "name": "rate",
                    "label": say("stated.overall"),
                    "formula": "if(amount > 0, result / amount * 100, 0)",
                    "decimals": 2,
                    "unit": "%",
                },
            ],
            "views": [{"type": "metric", "value": "result"}, {"type": "metric", "value": "rate"}],
            "answer": say("stated.tiers_answer", rows="; ".join(rows)),
        }
    )


# -------------------------------------------------------------------------------------- date + days

_DATE_WORD = re.compile(
    r"\b(?:date|fecha|datum|data|dato)\b|дат[аеуы]|日付|日期|날짜|تاريخ|तारीख|\btarih\w*", re.I
)
_DAYS = re.compile(
    r"(?<![\d.,])(\d{1,4})\s*(?P<u>days?|d[ií]as|jours?|tage?n?|giorni|dias|dagen|дн(?:ей|я|и)|g[üu]n|dni|ngày|hari"
    r"|天|日|일|weeks?|semanas?|semaines?|wochen?|settimane|weken|недел\w*|hafta|tygodni\w*|週間|周|주)(?!\w)",
    re.I,
)
_BEFORE = re.compile(r"\b(?:before|earlier|prior|antes|avant|vor(?:her)?|prima|voor|до|önce)\b|前", re.I)
_RESULT_NOUN = re.compile(
    r"\b(?:(?:the|my|a|an)\s+)?((?:\w+\s+){0,2}?(?:deadline|due\s+date|expiry(?:\s+date)?|expiration(?:\s+date)?|end\s+date"
    r"|return\s+date|last\s+day|date))\b",
    re.I,
)


def date_plus_days(question: str, lang: str, today: date | None = None) -> Any | None:
    """'I enter the judgment date and it tells me the appeal deadline at 30 days': the date typed
    plus the number of days written (weeks are 7 days; months are not a fixed number of days)."""
    if not _DATE_WORD.search(question):
        return None
    hits = list(_DAYS.finditer(question))
    if len(hits) != 1:
        return None
    m = hits[0]
    n = int(m.group(1)) * (7 if re.match(r"w|s[eé]m|set|нед|haf|tyg|週|周|주", m.group("u"), re.I) else 1)
    if n <= 0:
        return None
    sign = -1 if _BEFORE.search(question[m.end() : m.end() + 30]) else 1
    after_verb = re.split(
        r"\b(?:tells?|gives?|shows?|says|works?\s+out)\s+(?:me|us|you)?\b", question, maxsplit=1
    )
    noun = _RESULT_NOUN.search(after_verb[-1]) if len(after_verb) > 1 else None
    label = (
        short(noun.group(1).strip().capitalize(), 60)
        if noun
        else texts.say(lang, "stated.date_minus" if sign < 0 else "stated.date_plus", n=n)
    )
    today = today or date.today()
    return _plan(
        {
            "title": short(label, 80),
            "inputs": [
                {
                    "name": "start",
                    "label": texts.say(lang, "stated.date"),
                    "type": "date",
                    "default": today.isoformat(),
                }
            ],
            "computed": [{"name": "result", "label": label, "formula": f"add_days(start, {sign * n})"}],
            "views": [{"type": "metric", "value": "result"}],
            "answer": texts.say(
                lang,
                "stated.before_answer" if sign < 0 else "stated.after_answer",
                label=texts.lower(label, lang),
                n=n,
            ),
        }
    )


# ------------------------------------------------------------------------------- times / divided by

_TIMES = r"×|\*|\btimes\b|\bmultiplied\s+by\b|\bpor\b|\bmal\b|\bfois\b|\bvezes\b|\bvolte\b|\bkeer\b|\bumnożone\s+przez\b|умножить\s+на"
_DIVIDED = (
    r"\bdivided\s+by\b|\bover\b|\bdividido\s+(?:por|entre)\b|\bdivisé\s+par\b|\bgeteilt\s+durch\b|\bdurch\b|\bdiviso\s+per\b"
    r"|\bgedeeld\s+door\b|разделить\s+на|\bbölü\b"
)
# A bare unit after "por" makes a rate ("precio por kilo"), not a product.
_UNIT_ONLY = re.compile(
    r"^(?:kilo|kg|gramo|hora|horas|d[ií]a|mes|año|semana|persona|unidad|litro|metro|km|minuto|pieza|noche|hour|day|unit|"
    r"hora|dia|m[eê]s|ano|pessoa|unidade)$",
    re.I,
)
_CALC = re.compile(
    r"(?:\b(?:calculate|calculating|work\s+out|compute|calcular|calculer|berechne[n]?|calcolare|berekenen|hesapla\w*)"
    r"|(?<![\u0400-\u04ff])(?:рассчитать|посчитать)|\b(?:calculator|calculadora|calculatrice|rechner|calcolatrice|calcolatore"
    r"|rekenmachine|калькулятор|hesap\s+makinesi)\s+(?:for|para|de|pour|für|per|di|voor|для))\s+(?:(?:the|la|el|le|les|die|den"
    r"|das|il|lo|de|o|a|my|mi|mein\w*)\s+)?([^\W\d][\w-]*)",
    re.I,
)


def _side(text: str) -> str:
    return re.sub(
        r"^(?:the|a|an|el|la|los|las|le|les|der|die|das|il|lo|o|a|de|het)\s+",
        "",
        text.strip(" .,;:"),
        flags=re.I,
    )


def operator_product(question: str, lang: str) -> Any | None:
    """'calcular la dosis: peso del paciente por miligramos por kilo': two quantities the user joins
    with a word for times (or divided by) become two inputs and their product (or ratio)."""
    body = re.split(r"[:：]", question, maxsplit=1)
    if len(body) < 2:
        return None
    text = body[1].strip(" .?!")
    if re.search(
        r"squared|cubed|²|³|al cuadrado|au carré|hoch|quadrat|al quadrato|ao quadrado|в квадрате|平方|제곱",
        text,
        re.I,
    ):
        return None  # "weight divided by height squared": not a plain ratio of the two
    for op, pattern in (("*", _TIMES), ("/", _DIVIDED)):
        m = re.search(pattern, text, re.I)
        if m is None:
            continue
        a, b = _side(text[: m.start()]), _side(text[m.end() :])
        if not a or not b or any(re.search(r"[,;]|\b(?:and|y|et|und|e|en|и)\b|\d", s, re.I) for s in (a, b)):
            return None
        if any(re.search(r"[×*÷/+−]", s) for s in (a, b)):
            return None  # "长 × 宽 × 厚 × 价格": more than two terms, the written formula's (`app_formula`)
        if len(a.split()) > 5 or len(b.split()) > 5 or (op == "*" and _UNIT_ONLY.match(b)):
            return None
        calc = _CALC.search(body[0])
        asked = calc.group(1) if calc else ""
        wh = r"how|what|which|when|where|why|cu[aá]nto|cu[aá]ndo|combien|quand|wie|wann|quanto|quando|hoeveel|wanneer"
        label = (
            short(asked.capitalize(), 60)
            if asked and not re.fullmatch(wh, asked, re.I)
            else texts.say(lang, "stated.result")
        )
        sign = "×" if op == "*" else "÷"
        return _plan(
            {
                "title": short(f"{label}: {a} {sign} {b}", 80),
                "inputs": [
                    {"name": "a", "label": short(a.capitalize(), 60), "default": 1, "min": 0, "step": 0.1},
                    {"name": "b", "label": short(b.capitalize(), 60), "default": 1, "min": 0, "step": 0.1},
                ],
                "computed": [{"name": "result", "label": label, "formula": f"a {op} b", "decimals": 2}],
                "views": [{"type": "metric", "value": "result"}],
                "answer": texts.say(lang, "stated.product_answer", label=label, a=a, sign=sign, b=b),
            }
        )
    return None


def stated(question: str, lang: str) -> Any | None:
    """The first rule the question states in words, or None."""
    return tiered(question, lang) or date_plus_days(question, lang) or operator_product(question, lang)

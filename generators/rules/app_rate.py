"""A converter between two units of the user's own, at the rate the user states.

"convert hours to person-days (7 h a day)" names two units and how many of one make the other; no
built-in converter knows a person-day, and a time or length converter would answer another
question. The rate may be written "1 X = N Y", "N Y a/per X" or "X = N Y"; each of its two words
must be one of the two units asked ("h" is "hours", "day" is in "person-days", "cup" in "cups of
rice"), and the converter runs in the direction asked (hours in, person-days out), with the way
back shown too. A rate that names neither unit asked is left to the other builders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_more import _fmt, _step, ident
from generators.rules.cues import CURRENCIES
from generators.rules.numbers import find_numbers
from generators.rules.words import short
from render.plan import parse_plan

_UNIT = r"[^\W\d][\w'-]*(?:\s+of\s+[^\W\d][\w'-]*)?"
_WORD = r"[^\W\d][\w'-]*"
# "hours to person-days", "from story points into days", "cups of rice → servings"
_PAIR = re.compile(
    rf"(?:\bfrom\s+)?(?P<a>(?:{_WORD}\s+)?{_UNIT})\s+(?:to|into|→|->|in)\s+(?P<b>{_WORD}(?:\s+of\s+{_WORD})?)",
    re.I,
)
_NUM = r"\d+(?:[.,]\d+)?"
# "1 person-day = 7 h", "1 cup = 2 servings", "a day = 7 hours"
_EQUALS = re.compile(
    rf"(?<![\d.,])(?:1|one|an?)\s+(?P<x>{_WORD})\s*(?:=|is|equals|makes)\s*(?P<n>{_NUM})\s*(?P<y>{_WORD})",
    re.I,
)
# "7 h a day", "7 hours per person-day", "3 hours each point"
_PER = re.compile(
    rf"(?<![\d.,])(?P<n>{_NUM})\s*(?P<y>{_WORD})\s+(?:a|an|per|each|every|/|in\s+a|in\s+one)\s+(?P<x>{_WORD})",
    re.I,
)
_ALIAS = {
    "h": "hour", "hr": "hour", "hrs": "hour", "hours": "hour", "min": "minute", "mins": "minute",
    "minutes": "minute", "d": "day", "days": "day", "wk": "week", "wks": "week", "weeks": "week",
    "pts": "point", "pt": "point", "points": "point",
}  # fmt: skip
_CONVERT = re.compile(r"\bconver(?:t\w*|sion)\b", re.I)
_CONNECT = frozenset(
    {"to", "into", "in", "from", "convert", "converter", "conversion", "a", "an", "the", "my", "our"}
)


def _norm(word: str) -> str:
    w = word.casefold().strip(" .'")
    w = _ALIAS.get(w, w)
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return _ALIAS.get(w, w)


def _parts(side: str) -> set[str]:
    """The words a unit is known by: 'person-days' → person-day, person, day; 'cups of rice' → cup."""
    head = re.split(r"\s+of\s+", side, flags=re.I)[0]
    words = [w for w in head.split() if w.casefold() not in _CONNECT]
    out = {_norm(w) for w in words}
    for w in words:
        out |= {_norm(p) for p in w.split("-") if p}
    if words:
        out.add(_norm(words[-1]))
    return out


def _side(word: str, a: str, b: str) -> str | None:
    n = _norm(word)
    ina, inb = n in _parts(a), n in _parts(b)
    return "a" if ina and not inb else "b" if inb and not ina else None


def _clean(side: str) -> str:
    words = side.split()
    while words and words[0].casefold() in _CONNECT:
        words = words[1:]
    return " ".join(words)


def stated_rate(question: str, lang: str) -> Any | None:
    """'hours to person-days (7 h a day)': a converter from the first unit to the second at the
    user's rate, or None when the rate does not join the two units asked."""
    for pair in _PAIR.finditer(question):
        a, b = _clean(pair.group("a")), _clean(pair.group("b"))
        if not a or not b or _norm(a) == _norm(b):
            continue
        for m in [*_EQUALS.finditer(question), *_PER.finditer(question)]:
            if m.start() < pair.end() and m.end() > pair.start():
                continue  # the rate is not the pair itself
            x, y = _side(m.group("x"), a, b), _side(m.group("y"), a, b)
            n = find_numbers(m.group("n"))
            rate = n[0].value * n[0].multiplier if n else 0.0
            if rate <= 0 or x == y:
                continue
            if x == "a" and y is None and _CONVERT.search(question):
                # "story points to days, 1 point = 3 hours": how many hours make a day is not given, so
                # the converter stops at the rate's own unit and says why, never guessing a day's length
                plan = _converter(a, m.group("y"), rate, m.group("x"), rate, m.group("y"), lang)
                note = texts.say(lang, "rate.not_reached", target=b, unit=m.group("y"))
                return plan.model_copy(update={"answer": plan.answer + note})
            if x is None or y is None:
                continue
            # one x-unit is `rate` y-units: from a to b multiply when x is a, else divide
            factor = rate if x == "a" else 1 / rate
            return _converter(a, b, factor, m.group("x"), rate, m.group("y"), lang)
    return None


def _converter(a: str, b: str, factor: float, x: str, rate: float, y: str, lang: str) -> Any:
    used: set[str] = set()
    ia, ib = ident(a, used), ident(b, used)
    forward = f"{ia} * {factor!r}" if factor >= 1 else f"{ia} / {1 / factor!r}"
    back = f"1 / {factor!r}" if factor >= 1 else f"{1 / factor!r}"
    return parse_plan(
        {
            "kind": "app",
            "title": short(f"{a} → {b}", 80),
            "inputs": [{"name": ia, "label": a, "default": 1.0 if factor >= 1 else 1 / factor, "min": 0,
                        "step": _step(1 / factor if factor < 1 else 1.0)}],
            "computed": [
                {"name": ib, "label": b, "formula": forward},
                {"name": f"{ib}_back", "label": f"{b} → {a}", "formula": back, "decimals": 6},
            ],
            "views": [{"type": "metric", "value": ib}],
            "answer": texts.say(lang, "more.factor_answer", source=x, value=_fmt(rate, lang), target=y),
        }
    )  # fmt: skip


def _currency(word: str) -> bool:
    w = word.casefold().strip(" .")
    return w in CURRENCIES or (len(w) > 3 and w.endswith("s") and w[:-1] in CURRENCIES)


_MONEY_TALK = re.compile(
    r"\b(?:currenc\w*|exchange|forex|divisas?|monedas?|devises?|währung\w*|wechselkurs\w*|câmbio|cambio|valut\w*"
    r"|waluty?|döviz|kur)\b|валют\w*|汇率|為替|환율",
    re.I,
)


def _pairs(question: str) -> Iterator[re.Match[str]]:
    """Every "X to Y" starting at a word, overlapping ("app to convert euros to dollars" holds "app to
    convert" and "euros to dollars")."""
    for word in re.finditer(r"(?<![\w'-])[^\W\d]", question):
        if (m := _PAIR.match(question, word.start())) is not None:
            yield m


def _money_pair(m: re.Match[str], money: bool) -> bool:
    """Both sides currencies, or one when the question talks of money ("currency converter from pounds")."""
    a, b = _currency(_clean(m.group("a"))), _currency(_clean(m.group("b")))
    return (a and b) or (money and (a or b))


def currency_rate(question: str, lang: str) -> Any | None:
    """'app to convert euros to dollars' with no rate given: the rate is an input the user types. No
    exchange rate is known offline, and a length converter (the default converter) answers another
    question."""
    money = _MONEY_TALK.search(question) is not None  # "currency converter from pounds to euros"
    pair = next((m for m in _pairs(question) if _money_pair(m, money)), None)
    if pair is None:
        return None
    a, b = _clean(pair.group("a")), _clean(pair.group("b"))
    one = a[:-1] if lang == "en" and len(a) > 3 and a.endswith("s") else a  # "dollars for 1 euro"
    used: set[str] = set()
    ia, ib = ident(a, used), ident(b, used)
    return parse_plan(
        {
            "kind": "app",
            "title": short(f"{a} → {b}", 80),
            "inputs": [
                {"name": ia, "label": a, "default": 100.0, "min": 0, "step": 1.0},
                {"name": "rate", "label": texts.say(lang, "rate.per", a=one, b=b), "default": 1.0, "min": 0,
                 "step": 0.01},
            ],
            "computed": [{"name": ib, "label": b, "formula": f"{ia} * rate", "decimals": 2}],
            "views": [{"type": "metric", "value": ib}],
            "answer": texts.say(lang, "rate.currency", a=one, b=b),
        }
    )  # fmt: skip

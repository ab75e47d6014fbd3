"""Rules the user states as steps, read in the planner's languages.

Each reader here builds only from what is written: a chain of per-unit steps ("personas x 3 porciones,
8 porciones por pizza, cuantas pizzas y cuanta masa a 250 g": people × 3 = slices, ⌈slices / 8⌉ =
pizzas, pizzas × 250 g = dough), a model scale ("real distance in miles and the scale (1:76) → length on
the layout in feet and inches": a unit conversion, a definition, divided by the stated scale), a time
window around a typed time ("lessons only 2h before to 1h after high tide", "2 hour lesson slots"), and
a yes/no game from a list the user gives ("la liste : pomme oui, Nutella non, …"). A figure the reader
cannot place, or a step it cannot link to the one before, gives None: no rule is guessed.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_cues import GAME
from generators.rules.app_cues import NO_WORDS as _NO
from generators.rules.app_cues import YES_WORDS as _YES
from generators.rules.app_more import _fmt, _plan, _r, ident, metrics_app
from generators.rules.app_own import _answer
from generators.rules.words import cap, short

_N = r"\d+(?:[.,]\d+)?"
# a word in any script, with the marks Devanagari and Arabic write inside words
_W = r"(?:[^\W\d_]|[\u0900-\u0963])[\w'’\u0900-\u0963\u064b-\u065f-]*"


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _figures(text: str) -> list[float]:
    return sorted(_num(n) for n in re.findall(r"(?<![\w.,:])\d+(?:[.,]\d+)?(?![\d:])", text))


def _stem(word: str) -> str:
    return re.sub(r"\W", "", word.casefold()).rstrip("s")[:6]


# ------------------------------------------------------------------------------------------- chains

# "personas x 3 porciones": each of the first makes so many of the second
_TIMES = re.compile(rf"(?P<a>{_W})\s*(?:x|×|\*)\s*(?P<n>{_N})\s+(?P<b>{_W})", re.I)
_PER = r"por|per|pro|par|each|a|al|à|je|op|на|için|每"
# "8 porciones por pizza": so many of one thing fill one of the other
_FILL = re.compile(rf"(?<![\d.,])(?P<n>{_N})\s+(?P<b>{_W})\s+(?:{_PER})\s+(?P<c>{_W})", re.I)
# "cuanta masa a 250 g": an amount of something for each of the last thing counted
_EACH = re.compile(
    rf"(?P<w>{_W})\s+(?:a|at|à|de|of|zu|je|da|di)\s+(?P<n>{_N})\s*(?P<u>kg|g|gr|ml|l|cl|oz|lb)\b(?:\s+(?:each|cada\s+una|chacune|pro\s+stück|ciascuna))?",
    re.I,
)
_HOW_MANY = re.compile(
    r"\b(?:how\s+many|how\s+much|cu[aá]nt[oa]s?|combien|wie\s*viele?|quant[ioea]s?|hoeveel|ile|сколько)\b",
    re.I,
)


def chain(question: str, lang: str) -> Any | None:
    """People × slices each, slices a pizza holds → whole pizzas (a count is rounded up: half a pizza
    is not ordered), and the dough for each pizza: every step the user wrote, in their order."""
    first = _TIMES.search(question)
    if first is None or not _HOW_MANY.search(question):
        return None
    used: set[str] = set()
    x = ident(first["a"], used)
    inputs = [{"name": x, "label": cap(first["a"]), "default": 20, "min": 0, "step": 1}]
    n1 = _num(first["n"])
    b = ident(first["b"], used)
    computed = [{"name": b, "label": cap(first["b"]), "formula": f"{x} * {_r(n1)}", "decimals": 0}]
    shown = [f"{cap(first['b'])} = {cap(first['a'])} × {_fmt(n1, lang)}"]
    placed = [n1]
    last, last_word, end = b, first["b"], first.end()
    fill = _FILL.search(question, end)
    if fill is None or _stem(fill["b"]) != _stem(last_word):
        return None
    n2 = _num(fill["n"])
    asked = re.search(rf"(?:{_HOW_MANY.pattern})\s+(?P<w>{_W})", question[fill.end() :], re.I)
    c_word = asked["w"] if asked and _stem(asked["w"]) == _stem(fill["c"]) else fill["c"]
    c = ident(c_word, used)
    # a whole number of what is filled: the asked count ("cuantas pizzas") is rounded up
    computed.append({"name": c, "label": cap(c_word), "formula": f"ceil({last} / {_r(n2)})", "decimals": 0})
    shown.append(f"{cap(c_word)} = ⌈{cap(last_word)} / {_fmt(n2, lang)}⌉")
    placed.append(n2)
    last, last_word, end = c, c_word, fill.end()
    each = _EACH.search(question, end)
    if each is not None:
        n3 = _num(each["n"])
        w = ident(each["w"], used)
        computed.append(
            {
                "name": w,
                "label": cap(each["w"]),
                "formula": f"{last} * {_r(n3)}",
                "decimals": 0,
                "unit": each["u"],
            }
        )
        shown.append(f"{cap(each['w'])} = {cap(last_word)} × {_fmt(n3, lang)} {each['u']}")
        placed.append(n3)
        end = each.end()
    if _figures(question) != sorted(placed):
        return None  # a figure no step holds: another rule
    rule = question[first.start() : end].strip(" ,.;")
    title = " / ".join(c["label"] for c in computed[1:])
    return metrics_app(
        short(title, 80),
        inputs,
        computed,
        _answer(lang, cap(first["b"]), "; ".join(shown)[len(cap(first["b"])) + 3 :], short(rule, 160)),
    )


# -------------------------------------------------------------------------------------------- scale

_SCALE = re.compile(
    r"\b(?:scale|escala|échelle|echelle|maßstab|massstab|scala|schaal|skala|масштаб|ölçek)\b[^0-9]{0,20}?"
    r"(?<![\d.,])1\s*:\s*(?P<n>\d+(?:[.,]\d+)?)",
    re.I,
)
# unit words by the formula language's unit names; a bare "in" is a preposition, never inches
_UNITS = [
    ("mi", r"miles?|millas?|milles?|meilen?|miglia|mijlen?|mil"),
    ("km", r"km|kilomet(?:re|er|ro)s?|kilomètres?|kilómetros?|chilometri"),
    ("ft", r"feet|foot|ft|pies|pieds|fuß|fuss|piedi|voet"),
    ("in", r"inch(?:es)?|pouces?|pulgadas?|zoll|pollici|duim"),
    ("yd", r"yards?|yd"),
    ("cm", r"cm|centimet(?:re|er)s?|centimètres?|centímetros?|centimetri"),
    ("mm", r"mm|millimet(?:re|er)s?|millimètres?|milímetros?|millimetri"),
    ("m", r"m|met(?:re|er)s?|mètres?|metros?|metri"),
]
_UNIT_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{u}>{p})" if u != "in" else f"(?P<inch>{p})" for u, p in _UNITS) + r")\b", re.I
)
_UNIT_NAME = {"mi": "miles", "km": "km", "ft": "ft", "in": "in", "yd": "yd", "cm": "cm", "mm": "mm", "m": "m"}


def _unit_of(m: re.Match[str]) -> str:
    return next(k if k != "inch" else "in" for k, v in m.groupdict().items() if v)


def scale_model(question: str, lang: str) -> Any | None:
    """A real distance typed in one unit, the stated scale 1:N, the length on the model in the unit(s)
    asked: convert(x, from, to) / N, split into feet and inches when both are asked."""
    m = _SCALE.search(question)
    if m is None:
        return None
    units = [_unit_of(u) for u in _UNIT_RE.finditer(question)]
    units = list(dict.fromkeys(units))
    if len(units) < 2 or _figures(question.replace(m.group(0), " ")):
        return None
    src, out = units[0], units[1:]
    if out == ["ft", "in"] or out == ["in", "ft"]:
        out = ["ft", "in"]
    elif len(out) != 1:
        return None
    n = _num(m["n"])
    inputs = [
        {"name": "real", "label": cap(_UNIT_NAME[src]), "default": 1, "min": 0, "step": 0.1},
        {"name": "scale", "label": "1 : N", "default": n, "min": 1, "step": 1},
    ]  # fmt: skip
    if out == ["ft", "in"]:
        computed = [
            {"name": "model_in", "label": "in", "formula": f'convert(real, "{src}", "in") / scale', "decimals": 1,
             "unit": "in"},
            {"name": "feet", "label": "ft", "formula": "floor(model_in / 12)", "decimals": 0, "unit": "ft"},
            {"name": "inches", "label": "in", "formula": "model_in - feet * 12", "decimals": 1, "unit": "in"},
        ]  # fmt: skip
        views = [{"type": "metric", "value": "feet"}, {"type": "metric", "value": "inches"}]
        shown = f"{_UNIT_NAME[src]} → in / {_fmt(n, lang)} = ft + in"
    else:
        computed = [
            {"name": "model", "label": _UNIT_NAME[out[0]], "formula": f'convert(real, "{src}", "{out[0]}") / scale',
             "decimals": 2, "unit": _UNIT_NAME[out[0]]}
        ]  # fmt: skip
        views = [{"type": "metric", "value": "model"}]
        shown = f"{_UNIT_NAME[src]} → {_UNIT_NAME[out[0]]} / {_fmt(n, lang)}"
    label = f"1:{_fmt(n, lang)}"
    return _plan(
        {
            "title": label,
            "inputs": inputs,
            "computed": computed,
            "views": views,
            "layout": "columns",
            "answer": _answer(lang, label, shown, short(f"1:{_fmt(n, lang)}", 160)),
        }
    )


# -------------------------------------------------------------------------------------- time window

_H = r"\s*(?:h|hrs?|hours?|horas?|heures?|stunden?|ore|uur|godz\w*|час\w*|saat)\b"
_BEFORE = r"before|antes(?:\s+de)?|avant|vor(?:her)?|prima(?:\s+del(?:la)?)?|voor|przed|до|önce"
_AFTER = r"after|despu[eé]s(?:\s+de)?|après|nach|dopo|na|depois(?:\s+d[ao])?|po|после|sonra"
_WINDOW = re.compile(
    rf"(?P<b>{_N}){_H}\s+(?:{_BEFORE})\s+(?:to|until|till|and|a|à|bis|fino\s+a|até|tot|do|и|y|e|et|und)\s+"
    rf"(?P<a>{_N}){_H}\s+(?:{_AFTER})\s+(?:the\s+|la\s+|le\s+|el\s+|der\s+|die\s+|il\s+|a\s+|o\s+)?(?P<ev>{_W}(?:\s+{_W})?)",
    re.I,
)
_LENGTH = re.compile(
    rf"(?P<n>{_N})[\s-]*(?:h|hrs?|hours?|horas?|heures?|stunden?|ore|uur)\s+(?P<what>{_W}(?:\s+{_W})?)", re.I
)


def _clock(minutes: str) -> str:
    """A time of day as HH:MM text from minutes after midnight (wrapping past midnight)."""
    t = f"mod({minutes}, 1440)"
    return f'concat(if(floor({t} / 60) < 10, "0", ""), floor({t} / 60), ":", if(mod({t}, 60) < 10, "0", ""), mod({t}, 60))'


def _join(a: str, b: str) -> str:
    return f'concat({a[len("concat(") : -1]}, " – ", {b[len("concat(") : -1]})'


def time_window(question: str, lang: str) -> Any | None:
    """'lessons only 2h before to 1h after high tide', '2 hour lesson slots': the time is typed, the
    window is shown, and with a lesson length the first and last start inside the window."""
    m = _WINDOW.search(question)
    if m is None:
        return None
    before, after = _num(m["b"]), _num(m["a"])
    length = next((x for x in _LENGTH.finditer(question) if not (m.start() <= x.start() < m.end())), None)
    placed = [before, after] + ([_num(length["n"])] if length else [])
    if _figures(question) != sorted(placed):
        return None
    event = re.sub(r"\s+(?:time|hora|heure|zeit|ora)$", "", m["ev"].strip(), flags=re.I)
    inputs = [
        {"name": "event_h", "label": f"{cap(event)} (h)", "default": 12, "min": 0, "max": 23, "step": 1},
        {"name": "event_min", "label": f"{cap(event)} (min)", "default": 0, "min": 0, "max": 59, "step": 1},
    ]
    t = "(event_h * 60 + event_min)"
    opens, closes = f"({t} - {_r(before * 60)})", f"({t} + {_r(after * 60)})"
    window = f"{cap(event)} − {_fmt(before, lang)} h … {cap(event)} + {_fmt(after, lang)} h"
    computed = [{"name": "window", "label": window, "formula": _join(_clock(opens), _clock(closes))}]
    shown = window
    end = m.end()
    if length is not None:
        span = _num(length["n"])
        if span > before + after:
            return None
        # a lesson starts from the window's opening until the last start that ends as the window closes
        last = _clock(f"({closes} - {_r(span * 60)})")
        label = short(f"{cap(length['what'])} ({_fmt(span, lang)} h)", 60)
        computed.append({"name": "starts", "label": label, "formula": _join(_clock(opens), last)})
        late = after - span
        sign = "+" if late >= 0 else "−"
        shown += f"; {label}: {cap(event)} − {_fmt(before, lang)} h … {cap(event)} {sign} {_fmt(abs(late), lang)} h"
        end = max(end, length.end())
    label = cap(event)
    return metrics_app(
        short(label, 80), inputs, computed, _answer(lang, label, shown, short(m.group(0), 160))
    )


# ------------------------------------------------------------------------------------- yes/no games

_ITEM = re.compile(rf"^(?P<item>.{{1,60}}?)\s*[:=-]?\s+(?P<v>{_YES}|{_NO})$", re.I)


def yes_no_game(question: str, lang: str) -> Any | None:
    """'un petit jeu : … la liste : pomme oui, Nutella non, pain oui': each item a question, its own
    yes or no the answer, both choices offered. Every item of the list must carry its yes or no."""
    if not re.search(GAME, question, re.I):
        return None
    body = re.split(r"[:：]", question)[-1]
    parts = [p.strip(" .!?") for p in re.split(r"\s*[,;\n]\s*", body) if p.strip(" .!?")]
    found = [_ITEM.match(p) for p in parts]
    if len(parts) < 3 or not all(found):
        return None
    yes_words = [f["v"] for f in found if f and re.fullmatch(_YES, f["v"], re.I)]
    no_words = [f["v"] for f in found if f and re.fullmatch(_NO, f["v"], re.I)]
    if not yes_words or not no_words:
        return None
    yes, no = yes_words[0], no_words[0]
    questions = [
        {"question": short(f["item"], 300), "choices": [yes, no],
         "answer": yes if re.fullmatch(_YES, f["v"], re.I) else no}
        for f in found if f
    ]  # fmt: skip
    return _plan(
        {
            "title": texts.say(lang, "quiz.title"),
            "views": [{"type": "quiz", "mode": "quiz", "questions": questions}],
            "answer": texts.say(lang, "quiz.answer", n=len(questions)),
        }
    )


def steps(question: str, lang: str) -> Any | None:
    """The first rule of this module the question holds, or None."""
    for make in (chain, scale_model, time_window):
        plan = make(question, lang)
        if plan is not None:
            return plan
    return None

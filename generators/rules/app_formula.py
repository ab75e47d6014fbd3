"""A formula the user writes out: "kWh per day (kWp × hours × 0.8)", "price = cost × 1.3 + 5".

The rule is theirs, so the offline planner can build it exactly: each named term is an input the
user types, each number a constant, the operators as written; nothing about the quantities is
assumed, and the answer repeats the rule so it can be checked.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_more import ident
from generators.rules.words import cap
from render.plan import parse_plan

_TERM = r"(?:[^\W\d_][\w²³]*(?:\s+[^\W\d_][\w²³]*){0,2}|\d+(?:[.,]\d+)?)"
# "x" is a times sign only as a word of its own ("width x height", "3x4"), never inside one ("taxes", "box")
_OP = r"(?:[×*/÷+−-]|(?<=\s)x(?=\s)|(?<=\d)x(?=\d))"
# a term may open or close brackets: "MOD = (1.4 / O2 fraction - 1) x 10"
_PTERM = rf"(?:\(\s*)*{_TERM}(?:\s*\))*"
_EXPR = rf"{_PTERM}(?:\s*{_OP}\s*{_PTERM})+"
# "OUT = A × B × 0.8" or "OUT (A × B × 0.8)": the result named, then the rule
_WRITTEN = re.compile(
    rf"(?P<out>[^\W\d_][\w²³/]*(?:\s+[^\W\d_][\w²³/]*){{0,3}})\s*(?:=|(?P<paren>\())\s*(?P<expr>{_EXPR})"
    rf"\s*(?(paren)\)|\)?)",
    re.I,
)
# "حاسبة خشب: الطول × العرض × السمك × سعر المتر المكعب", "Holzrechner: Länge × Breite × Dicke × Preis pro m³":
# the tool named before a colon, its rule after it, to the end of the line. A term may run to four words
# ("घन मीटर की कीमत"), in scripts whose vowel signs \w does not cover (Devanagari, Arabic marks)
_W = r"(?:[^\W\d_]|[\u0900-\u0963])[\w²³\u0900-\u0963\u064b-\u065f]*"
_LONG_TERM = rf"(?:{_W}(?:\s+{_W}){{0,3}}|\d+(?:[.,]\d+)?)"
_LED = re.compile(
    rf"^(?P<out>[^:：\n]{{1,60}}?)\s*[:：]\s*(?P<expr>{_LONG_TERM}(?:\s*{_OP}\s*{_LONG_TERM})+)\s*[.?!。؟]?\s*$",
    re.M,
)
# The signs that make a list after a colon a rule: a product or a quotient. "+" and "/" also join the items
# of a list ("kit: tent + stove + mat", "tea / coffee"), so alone they are no rule.
_RULE_SIGN = re.compile(r"[×*÷]|(?<=\s)x(?=\s)")
_OPS = {"×": "*", "x": "*", "*": "*", "/": "/", "÷": "/", "+": "+", "−": "-", "-": "-"}
_GLUE = re.compile(
    r"^(?:(?:it|that|and|then|tells?|shows?|gives?|me|us|the|my|a|an|to|which|is|our|your)\s+)+", re.I
)
# The words before the result's name that ask for the tool: "a calculator for [net pay]", "tool where [tip]",
# "width and height and [area]", "check my [pace]"
_ASK_WORDS = re.compile(
    r"^.*\b(?:for|where|when|whereby|so|that|which|then|and|with|happens\s+to|tells?\s+me|shows?\s+me|gives?\s+me"
    r"|check|compute|calculate|work\s+out)\s+",
    re.I,
)
# A tool named before its parenthesis ("BMI calculator (weight / height²)", "currency converter (EUR - USD)"):
# the brackets describe the tool the catalogue knows, they are no rule to build in its place
_TOOL = re.compile(
    r"\b(?:calculator|calc|converter|rechner|umrechner|calculadora|conversor|calculatrice|convertisseur|calcolatrice"
    r"|convertitore|rekenmachine|kalkulator|hesap\s+makinesi|калькулятор|конвертер)\b"
    r"|حاسب[ةه]|آلة\s+حاسبة|कैलकुलेटर|计算器|計算機|計算ツール|계산기|\w*rechner\b",
    re.I,
)


# A calculator named, then its whole rule after a colon: "Rechner für den Waschsalon: Anzahl Wäschen × 4,50 €
# + Trocknerminuten × 0,10 €". The rule runs to the end of its sentence, so no part of it is dropped.
_NAMED_RULE = re.compile(
    rf"(?P<out>(?:{_TOOL.pattern})[^:：\n.?!]{{0,60}}?)\s*[:：]\s*(?P<expr>{_EXPR})\s*(?:[.!?]\s|[.!?]?\s*$)",
    re.I,
)
# A currency sign beside a constant ("4,50 €", "$12"): the result is money in it; the sign is no term.
_MONEY = re.compile(r"(?<=\d)\s*(?P<a>€|\$|£|¥|₹|₺|zł)|(?P<b>€|\$|£|¥|₹)\s*(?=\d)")


def _led(question: str) -> tuple[str, str] | None:
    """The tool named before a colon and the rule after it, when the rule joins named terms with a sign
    of product or quotient ("wood calculator: length × width × thickness × price per m³")."""
    for m in _LED.finditer(question or ""):
        expr = m.group("expr").strip()
        parts = re.split(rf"\s*({_OP})\s*", expr)
        named = [t for t in parts[0::2] if not re.fullmatch(r"\d+(?:[.,]\d+)?", t)]
        if _RULE_SIGN.search(expr) and len(named) >= 2:
            return m.group("out").strip(), expr
    return None


def written(question: str, lang: str) -> Any | None:
    """The user's own formula as a calculator, or None when no rule with a named term is written."""
    said = question or ""
    money = list(_MONEY.finditer(said))
    signs = {g for m in money for g in m.groups() if g}
    taken = {k for m in money for k in range(m.start(), m.end())}
    kept = [k for k in range(len(said)) if k not in taken]
    question = "".join(said[k] for k in kept)  # the signs out, `kept` maps back to what was written
    m = _WRITTEN.search(question) or _NAMED_RULE.search(question)
    led = _led(question) if m is None else None  # "حاسبة خشب: الطول × العرض × …": a rule in any script
    if m is None and led is None:
        return None
    named = (
        m is None or "paren" not in m.groupdict()
    )  # "Rechner für …: rule": the tool is named, not the result
    parts = re.split(rf"\s*({_OP})\s*", m.group("expr").strip() if m is not None else led[1])
    terms, ops = parts[0::2], parts[1::2]
    opens = [t[: len(t) - len(t.lstrip("( "))].count("(") for t in terms]
    closes = [t[len(t.rstrip(") ")) :].count(")") for t in terms]
    depth = 0
    for o, c in zip(opens, closes, strict=True):
        depth += o - c
        if depth < 0:
            return None
    if depth != 0:
        if m is None or depth != 1 or not m.group("paren"):
            return None  # brackets that do not pair: not a rule as written
        closes[-1] += 1  # "OUT (A × B": the bracket the result opened
    terms = [t.strip("() ") for t in terms]
    if any(o.lower() == "x" for o in ops) and not all(t.strip() for t in terms):
        return None
    names = [t for t in terms if not re.fullmatch(r"\d+(?:[.,]\d+)?", t)]
    if not names or len(terms) < 2:
        return None
    if (
        m is not None
        and not named
        and m.group("paren")
        and len(names) == len(terms)
        and (_TOOL.search(m.group("out")) or set(ops) <= {"-"})
    ):
        return None  # "BMI calculator (weight / height²)", "(EUR - USD)": a named tool or a pair, no rule
    used: set[str] = set()
    idents = {t: ident(t.rstrip("²³"), used) for t in dict.fromkeys(names)}
    formula = ""
    for k, term in enumerate(terms):
        power = {"²": " ^ 2", "³": " ^ 3"}.get(term[-1:], "")  # "height²" is the height squared
        formula += "(" * opens[k] + idents.get(term, term.replace(",", ".")) + power + ")" * closes[k]
        if k < len(ops):
            formula += f" {_OPS[ops[k].lower()]} "
    if m is None:  # the tool's name titles it; what it works out is unnamed: the result
        title, out = led[0], texts.say(lang, "calc.result")
        rule = f"{out} = {led[1]}"
    else:
        out = _GLUE.sub("", _ASK_WORDS.sub("", m.group("out").strip())) or "result"
        title, out = (m.group("out").strip(), texts.say(lang, "calc.result")) if named else (out, out)
        expr = m.group("expr").strip()
        start = m.start("expr") + len(m.group("expr")) - len(m.group("expr").lstrip())
        end = kept[start + len(expr) - 1] + 1
        sign_after = re.match(r"\s*(?:€|₺|zł)", said[end:]) if said[end:] else None
        rule = f"{out} = {said[kept[start] : end + (sign_after.end() if sign_after else 0)]}"
    # a term divided by starts at 1, never at a division by zero ("1.4 / O2 fraction")
    divisors = {terms[k + 1] for k, o in enumerate(ops) if o in "/÷"}
    inputs = [
        {
            "name": name,
            "label": term,
            "default": 1 if term in divisors else 0,
            "step": 0.01 if term in divisors else 1,
        }
        for term, name in idents.items()
    ]
    result = ident(out, used)
    sign = next(iter(signs)) if len(signs) == 1 else ""
    money = {"prefix": sign} if sign in "$£¥₹" else {"unit": sign}
    return parse_plan(
        {
            "kind": "app",
            "title": cap(title),
            "inputs": inputs,
            "computed": [{"name": result, "label": out, "formula": formula, "decimals": 2, **money}],
            "views": [{"type": "metric", "value": result}],
            "layout": "columns",
            "answer": rule,
        }
    )

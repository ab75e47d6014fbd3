"""One sum written as the question ("what's 15% of 240", "12 × (7 + 3)"): worked out, not refused.

The expression goes through the app kind's formula grammar (`render.formula`: parsed by lark,
evaluated by walking the tree, never Python's eval), so what the planner computes is bounded and
the numbers are never read as a chart's categories ("is 12, + 3")."""

from __future__ import annotations

import re
from functools import lru_cache

from generators.rules.numbers import fmt_number

_ASK = re.compile(
    r"^\s*(?:what(?:'s| is)|how much is|calculate|compute|work out|solve|cu[aá]nto es|combien (?:font|fait)|"
    r"wie ?viel ist|quanto (?:é|fa)|сколько будет|计算|算一下)?\s*(?P<expr>.*?)\s*(?:=|equals)?\s*[?？]?\s*$",
    re.I,
)
_PERCENT_OF = re.compile(
    r"^(?P<p>[\d.,]+)\s*(?:%|percent|per cent)\s+of\s+(?P<cur>[$€£¥]?)\s*(?P<x>[\d.,]+)$", re.I
)
_EXPR = re.compile(r"^[\d\s.,+\-*/×÷^()]+$")


def _number(text: str) -> str:
    """'1,240' → '1240' (a thousands comma); a lone comma is a decimal mark ('3,5')."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return text.replace(",", "")
    return text.replace(",", ".")


@lru_cache(maxsize=256)  # the router asks, then the text builder answers: one parse
def arithmetic(question: str) -> str | None:
    """'what's 15% of 240', '12 × (7 + 3)': the question is one sum; answered by the formula
    evaluator (a grammar, never Python's eval), so the planner computes instead of refusing."""
    from render.formula import EvalError, FormulaError, evaluate, parse

    asked = _ASK.match((question or "")[:200])
    expr = asked.group("expr").strip() if asked else ""
    pct = _PERCENT_OF.match(expr)
    if pct:
        p, x = _number(pct.group("p")), _number(pct.group("x"))
        formula, shown = f"{p} / 100 * {x}", f"{pct.group('p')}% of {pct.group('cur')}{pct.group('x')}"
        unit = pct.group("cur")
    elif _EXPR.match(expr) and re.search(r"\d\s*[-+*/×÷^]\s*\(?\s*\d", expr):
        formula = re.sub(r"[\d.,]+", lambda m: _number(m.group(0)), expr)
        formula = formula.replace("×", "*").replace("÷", "/")
        shown, unit = expr, ""
    else:
        return None
    try:
        value = evaluate(parse(formula).tree, {})
    except (FormulaError, EvalError, ValueError, OverflowError):
        return None
    if not isinstance(value, float | int) or isinstance(value, bool):
        return None
    return f"{shown} = **{unit}{fmt_number(round(float(value), 6))}**"

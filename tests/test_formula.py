"""Formulas of interactive answers: the grammar, its bounds, the Python evaluator and the JS interpreter.

Every hostile formula the issue names is refused as data (a FormulaError inside a PlanError), quickly
and without touching Python's own evaluator; the same trees give the same values in Python and in
the JavaScript shipped with the HTML page (run under node).
"""

from __future__ import annotations

import json
import math
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from render import formula as fm
from render.kinds import PlanError, parse_plan

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "assets" / "js" / "formula.js"
LOAN = "-pmt(rate / 100 / 12, years * 12, principal)"


def value(text: str, **values: object) -> object:
    return fm.evaluate(fm.parse(text).tree, values)


def app_with(formula: str) -> dict:
    return {
        "kind": "app",
        "title": "T",
        "inputs": [{"name": "principal", "default": 1}, {"name": "rate", "default": 5}, {"name": "years"}],
        "computed": [{"name": "x", "formula": formula}],
        "views": [{"type": "metric", "value": "x"}],
    }


# ------------------------------------------------------------------------------------------ numbers


def test_the_loan_example_pays_1610_46_then_2147_29() -> None:
    assert round(value(LOAN, rate=5.0, years=30.0, principal=300000.0), 2) == 1610.46
    assert round(value(LOAN, rate=5.0, years=30.0, principal=400000.0), 2) == 2147.29
    assert fm.format_number(value(LOAN, rate=5.0, years=30.0, principal=300000.0), 2) == "1,610.46"


def test_finance_follows_excel_signs_and_round_trips() -> None:
    r, n = 0.05 / 12, 360
    payment = fm.pmt(r, n, 300000)
    assert payment == pytest.approx(-1610.4648690364195)  # paid out: negative, as in Excel
    assert fm.pv(r, n, payment) == pytest.approx(300000)
    assert fm.fv(r, n, payment, 300000) == pytest.approx(0, abs=1e-6)
    assert fm.nper(r, payment, 300000) == pytest.approx(360)
    assert fm.rate(n, payment, 300000) == pytest.approx(r, rel=1e-9)
    # savings: 200 a month at 4% for 10 years, nothing at the start (Excel: FV(4%/12,120,-200) = 29,449.96)
    assert fm.fv(0.04 / 12, 120, -200) == pytest.approx(29449.96, abs=0.01)
    assert fm.pmt(0, 10, 1000) == -100  # no interest: a plain split
    assert fm.pmt(r, n, 300000, 0, 1) == pytest.approx(payment / (1 + r))  # payments at the start


def test_rounding_is_half_away_from_zero_and_formatting_groups_thousands() -> None:
    assert value("round(2.5) + round(-2.5)") == 0
    assert value("round(2.5)") == 3 and value("round(-2.5)") == -3
    assert value("round(1234.5678, -2)") == 1200
    assert fm.format_number(-1234567.5, 0) == "-1,234,568"
    assert fm.format_number(0.1 + 0.2, None) == "0.3"


def test_units_dates_and_text() -> None:
    assert value('convert(100, "km/h", "mph")') == pytest.approx(62.1371192237334)
    assert value('convert(100, "C", "F")') == pytest.approx(212)
    assert value('convert(1, "cup", "ml")') == pytest.approx(236.5882365)
    assert value('days_between("2024-01-01", "2024-03-01")') == 60
    assert value('add_days("2024-02-28", 2)') == "2024-03-01"
    assert value('concat("n = ", 3, " ", 1 < 2)') == "n = 3 yes"
    assert value('if(unit == "km", 1, 2)', unit="km") == 1


def test_aggregates_read_the_table() -> None:
    env = fm.Env({}, {"price": [1.0, 2.0, None, "n/a", 4.0], "city": ["a", "b", "", None, "c"]})
    tree = lambda t: fm.parse(t).tree  # noqa: E731
    assert fm.evaluate(tree('sum("price")'), env) == 7
    assert fm.evaluate(tree('avg("price")'), env) == pytest.approx(7 / 3)
    assert fm.evaluate(tree('median("price")'), env) == 2
    assert fm.evaluate(tree('max("price") - min("price")'), env) == 3
    assert fm.evaluate(tree("count()"), env) == 5
    assert fm.evaluate(tree('count("city")'), env) == 3
    with pytest.raises(fm.EvalError, match="no column"):
        fm.evaluate(tree('sum("nope")'), env)


# --------------------------------------------------------------------------------------- security

HOSTILE = [
    ("__import__('os').system('touch /tmp/x')", "dunder"),
    ("().__class__.__bases__[0].__subclasses__()", "dunder"),
    ("principal.__class__", "dunder"),
    ("rate.real", "attribute access"),
    ("lambda: 1", "lambdas"),
    ("(lambda x: x)(1)", "lambdas"),
    ("[x for x in range(9)]", "comprehensions|lists"),
    ("sum(x for x in range(9))", "comprehensions"),
    ("{'a': 1}", "dictionaries"),
    ("9**9**9", "overflows"),
    ("9^9^9", "overflows"),
    ("10 ** 400", "overflows"),
    ("2 ** 1e400", "too large"),
    ("(" * 10_000 + "1" + ")" * 10_000, "characters"),
    ("(" * 45 + "1" + ")" * 45, "nest"),
    ("+".join(["principal"] * 100), "nests deeper"),
    ("'" + "a" * 1_000_000 + "'", "characters"),
    ("x" * 1_000_000, "characters"),
    ("'" + "a" * 300 + "'", "longer than"),
    ("eval('1+1')", "unknown function"),
    ("exec('import os')", "imports|unknown function"),
    ("open('/etc/passwd')", "unknown function"),
    ("getattr(principal, 'real')", "unknown function"),
    ("globals()", "unknown function"),
    ("import os", "imports"),
    ("principal; rate", "one expression"),
    ("principal = 3", None),  # '=' compares (Excel style); never assigns
    ("`id`", "unexpected character"),
    ("principal if rate else years", "unexpected"),
]


@pytest.mark.timeout(20)
@pytest.mark.parametrize(("text", "why"), HOSTILE, ids=[h[0][:24] for h in HOSTILE])
def test_hostile_formulas_are_plan_errors_never_code(text: str, why: str | None) -> None:
    if why is None:  # accepted, and harmless: a comparison
        plan = parse_plan(app_with(text))
        assert plan.program.trees["computed[0].formula"][1] == "=="
        return
    with pytest.raises(PlanError, match=why) as err:
        parse_plan(app_with(text))
    assert all(e.startswith("computed") for e in err.value.errors)


@pytest.mark.timeout(20)
def test_a_plan_full_of_long_formulas_is_refused_before_parsing() -> None:
    plan = app_with("1")
    long = "+".join(["(principal * rate)"] * 50)[:999]
    plan["views"] = [
        {"type": "chart", "categories": [f"c{k}" for k in range(50)], "series": [{"values": [long] * 50}] * 8}
    ] * 40  # 16,000 formulas of 999 characters: minutes of parsing if it were allowed
    with pytest.raises(PlanError, match="at most 500 formulas"):
        parse_plan(plan)


@pytest.mark.timeout(20)
def test_huge_values_at_run_time_are_messages_not_hangs() -> None:
    tree = fm.parse("2 ^ x").tree
    with pytest.raises(fm.EvalError, match="too large"):
        fm.evaluate(tree, {"x": 1e6})
    with pytest.raises(fm.EvalError, match="division by zero"):
        fm.evaluate(fm.parse("1 / x").tree, {"x": 0.0})
    with pytest.raises(fm.EvalError, match="not a real number"):
        fm.evaluate(fm.parse("(-8) ^ x").tree, {"x": 1 / 3})
    with pytest.raises(fm.EvalError, match="too large"):
        fm.evaluate(fm.parse("round(x, 12)").tree, {"x": 1e300})


def test_the_parser_is_a_grammar_not_python() -> None:
    """Python-only syntax is refused; our syntax that Python lacks (^, =, <>) is ours."""
    assert value("2 ^ 3 ^ 2") == 512  # right-associative, like mathematics
    assert value("-2 ^ 2") == -4
    assert value("1 <> 2") is True and value("1 = 1") is True
    assert value("TRUE and not FALSE") is True
    for text in ("1 if 2 else 3", "[1]", "a[0]", "f'{x}'", "x := 1", "*a", "b'1'", "1j", "0x10"):
        with pytest.raises(fm.FormulaError):
            fm.parse(text)


# ------------------------------------------------------------------------------------------ errors


def test_errors_name_the_field_and_the_column() -> None:
    plan = {
        "kind": "app",
        "title": "Loan",
        "inputs": [{"name": "rate"}, {"name": "principal"}, {"name": "years"}],
        "computed": [
            {"name": "a", "formula": "rate / 12"},
            {"name": "b", "formula": "years * 12"},
            {"name": "c", "formula": "principal * (rat / 12)"},
        ],
        "views": [{"type": "metric", "value": "c"}],
    }
    with pytest.raises(PlanError) as err:
        parse_plan(plan)
    (message,) = err.value.errors
    assert message.startswith("computed[2].formula: unknown name 'rat' at column 14; did you mean rate?")
    assert "known: rate, principal, years" in message


def test_cycles_arity_units_and_placeholders_are_reported_together() -> None:
    plan = {
        "kind": "app",
        "title": "T",
        "inputs": [{"name": "x"}],
        "computed": [
            {"name": "a", "formula": "b + 1"},
            {"name": "b", "formula": "a * 2"},
            {"name": "c", "formula": "pmt(x)"},
            {"name": "d", "formula": 'convert(x, "km", "kg")'},
        ],
        "views": [{"type": "text", "text": "a is {a}, e is {e}"}],
    }
    with pytest.raises(PlanError) as err:
        parse_plan(plan)
    text = str(err.value)
    assert "computed: a cycle: a → b → a" in text
    assert "computed[2].formula: pmt() takes 3 to 5 arguments, got 1" in text
    assert "computed[3].formula: cannot convert 'km' (length) to 'kg' (mass)" in text
    assert "views[0].text: unknown placeholder {e} at column 16" in text


# ------------------------------------------------------------------------------- Python = JavaScript

CORPUS = [
    LOAN, "principal * rate / 100", "fv(rate / 100 / 12, years * 12, -200, -1000)", "pv(0.004, 120, -500)",
    "nper(rate / 100 / 12, -2000, principal)", "rate(years * 12, -1610.46, principal) * 12",
    "round(principal / 7, 3)", "round(-principal / 7, -2)", "floor(-2.5) + ceil(2.1)", "sqrt(principal)",
    "ln(principal) + log10(principal) + exp(1)", "mod(-7, 3) + mod(7, -3)", "clamp(rate, 1, 4)",
    "min(rate, years, 3) + max(1, 2)", 'if(rate > 4, "high", "low")', "rate > 4 and years < 10 or not years",
    "1 / (rate - 5)", "0 ^ -1", "(-8) ^ (1 / 3)", "2 ^ 2000", "principal ^ 100", 'convert(rate, "mi", "km")',
    'convert(rate, "F", "C")', 'convert(rate, "c", "k")', 'convert(years, "lb", "kg")',
    'days_between("2024-02-01", "2025-02-01")', 'add_days("2024-12-31", years)', 'year("2024-05-06")',
    'month("2024-05-06") + 1', 'days_between("2024-02-30", "2024-03-01")', 'concat("x", rate, true)',
    'concat(principal / 3)', '"a" == "a"', '"a" == 1', "true + true", '"a" + 1', "pmt(0, 0, 1)",
    "nper(0, 0, 1)", 'sum("price")', 'avg("price") + median("price")', "count()", 'count("name")',
    'min("price") * max("price")', 'sum("name")', 'avg("missing")', "rate(10, -1, 1000)",
    "pi * e", "round(2.675, 2)", "round(1.005, 2)", "-(-(-years))", "+years",
]  # fmt: skip
TABLE = {"price": [1.5, 2.25, None, 10.0, "x"], "name": ["a", "b", "", None, "e"]}
VALUES = [
    {"principal": 300000.0, "rate": 5.0, "years": 30.0},
    {"principal": 1.0, "rate": 0.0, "years": 0.0},
    {"principal": 123456.789, "rate": 12.5, "years": 7.0},
    {"principal": -5.0, "rate": -1.0, "years": 2.5},
]


def _random_formulas(n: int, seed: int = 7) -> list[str]:
    """Random expressions from the grammar: numbers, names, operators, functions, nested."""
    rng = random.Random(seed)
    names = ["principal", "rate", "years"]
    numbers = ["0", "1", "2", "0.5", "3.25", "1e3", "100", "1e-9", "7"]
    ops = ["+", "-", "*", "/", "^", "<", "<=", ">", ">=", "==", "!=", "and", "or"]
    unary = [("abs", 1), ("floor", 1), ("ceil", 1), ("sqrt", 1), ("ln", 1), ("exp", 1), ("round", 2), ("min", 3),
             ("max", 2), ("clamp", 3), ("mod", 2), ("pmt", 3), ("fv", 4), ("pv", 3), ("if", 3)]  # fmt: skip

    def expr(depth: int) -> str:
        r = rng.random()
        if depth <= 0 or r < 0.25:
            return rng.choice(names + numbers)
        if r < 0.6:
            return f"({expr(depth - 1)} {rng.choice(ops)} {expr(depth - 1)})"
        if r < 0.7:
            return f"{rng.choice(['-', 'not '])}{expr(depth - 1)}"
        fn, arity = rng.choice(unary)
        return f"{fn}({', '.join(expr(depth - 1) for _ in range(arity))})"

    return [expr(4) for _ in range(n)]


def _python(tree: fm.Tree, values: dict) -> dict:
    try:
        v = fm.evaluate(tree, fm.Env(values, TABLE))
    except fm.EvalError as err:
        return {"error": str(err)}
    return {"value": v}


def _same(a: dict, b: dict) -> bool:
    if "error" in a or "error" in b:
        return a.get("error") == b.get("error")
    x, y = a["value"], b["value"]
    if isinstance(x, float) and isinstance(y, int | float) and not isinstance(y, bool):
        return math.isclose(x, y, rel_tol=1e-11, abs_tol=1e-12)
    return x == y and type(x) is type(y)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_python_and_javascript_agree_on_every_tree() -> None:
    formulas = CORPUS + _random_formulas(400)
    trees = []
    for text in formulas:
        try:
            trees.append((text, fm.parse(text).tree))
        except fm.FormulaError:
            continue  # e.g. a random constant part that overflows: refused before running
    assert len(trees) > 350
    cases = [{"tree": t, "values": v} for _, t in trees for v in VALUES]
    numbers = [0.0, 0.5, 1.005, 2.675, -2.5, 1610.4648690364195, 1234567.891, 1e15, 1.5e20, -0.0001, 1e-7]
    script = f"""
const F = require({json.dumps(str(JS))});
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
F.units = input.units;
const out = input.cases.map(c => {{
  try {{ return {{value: F.evaluate(c.tree, {{values: c.values, table: input.table}})}}; }}
  catch (e) {{ if (e instanceof F.Fail) return {{error: e.message}}; throw e; }}
}});
const fmt = input.numbers.map(x => [null, 0, 1, 2, 4].map(d => F.formatNumber(x, d)));
process.stdout.write(JSON.stringify({{out, fmt}}));
"""
    data = {"cases": cases, "table": TABLE, "units": fm.UNITS, "numbers": numbers}
    proc = subprocess.run(
        ["node", "-e", script],
        input=json.dumps(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    js = json.loads(proc.stdout)
    mismatches = []
    for case, got in zip(cases, js["out"], strict=True):
        want = _python(case["tree"], case["values"])
        if not _same(want, got):
            mismatches.append((case, want, got))
    assert not mismatches, mismatches[:5]
    errors = sum("error" in _python(c["tree"], c["values"]) for c in cases)
    assert 0 < errors < len(cases), "the corpus must exercise both values and errors"
    py_fmt = [[fm.format_number(x, d) for d in (None, 0, 1, 2, 4)] for x in numbers]
    assert js["fmt"] == py_fmt

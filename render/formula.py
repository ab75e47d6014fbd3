"""Formulas of interactive answers: parsed by a grammar, checked, kept as a small tree, evaluated by us.

A formula is text an LLM wrote, so it is data: `lark` (an LALR grammar, no evaluation of anything)
parses it; the parse tree is checked (every name, function, unit and column known; sizes and
nesting bounded; constant parts that overflow rejected) and turned into a small JSON tree. That
tree, never the text, is what runs: `evaluate` here (the app, the exported snapshot) and the
JavaScript interpreter in `assets/js/formula.js` (the HTML page) walk the same tree with the same
rules, so both show the same numbers.

Tree nodes (JSON lists): ["n", number] ["s", text] ["b", bool] ["v", name] ["u", op, x]
["o", op, a, b] ["f", function, [args]]. `if` is a function whose branches are evaluated lazily.

Financial functions follow Excel's sign convention: money paid out is negative, money received
positive. `pmt(0.05/12, 360, 300000)` is -1610.46 (the borrower receives 300,000 and pays 1,610.46
a month), so a calculator shows `-pmt(...)` or passes the principal as a negative number.
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

MAX_LENGTH = 1000  # characters in one formula
MAX_PARENS = 40  # nesting of parentheses
MAX_DEPTH = 80  # depth of the tree (long left-leaning chains count too)
MAX_STRING = 200  # characters in a string literal
MAX_ARGS = 50
RATE_ITERATIONS = 100

Value = float | str | bool
Tree = list[Any]


class FormulaError(ValueError):
    """A formula that cannot be accepted; `column` is 1-based in the formula text (0: unknown)."""

    def __init__(self, message: str, column: int = 0):
        self.message = message
        self.column = column
        super().__init__(f"{message} at column {column}" if column else message)


class EvalError(ValueError):
    """A formula that cannot produce a value for these inputs (shown as "—" with this message)."""


# --------------------------------------------------------------------------------------- functions

AGGREGATES = ("sum", "avg", "mean", "median", "count", "min", "max")


@dataclass(frozen=True)
class Fn:
    lo: int
    hi: int
    doc: str


FUNCTIONS: dict[str, Fn] = {
    "if": Fn(3, 3, "if(condition, then, otherwise)"),
    "abs": Fn(1, 1, "abs(x)"),
    "min": Fn(1, MAX_ARGS, 'min(a, b, …) or min("column") over the table'),
    "max": Fn(1, MAX_ARGS, 'max(a, b, …) or max("column") over the table'),
    "round": Fn(1, 2, "round(x, digits=0), halves away from zero"),
    "floor": Fn(1, 1, "floor(x)"),
    "ceil": Fn(1, 1, "ceil(x)"),
    "sqrt": Fn(1, 1, "sqrt(x)"),
    "exp": Fn(1, 1, "exp(x)"),
    "ln": Fn(1, 1, "ln(x)"),
    "log10": Fn(1, 1, "log10(x)"),
    "clamp": Fn(3, 3, "clamp(x, low, high)"),
    "mod": Fn(2, 2, "mod(a, b), the sign of b"),
    "pmt": Fn(3, 5, "pmt(rate, periods, present_value, future_value=0, at_start=0)"),
    "fv": Fn(3, 5, "fv(rate, periods, payment, present_value=0, at_start=0)"),
    "pv": Fn(3, 5, "pv(rate, periods, payment, future_value=0, at_start=0)"),
    "nper": Fn(3, 5, "nper(rate, payment, present_value, future_value=0, at_start=0)"),
    "rate": Fn(3, 6, "rate(periods, payment, present_value, future_value=0, at_start=0, guess=0.1)"),
    "convert": Fn(3, 3, 'convert(x, "from_unit", "to_unit")'),
    "sum": Fn(1, 1, 'sum("column") over the table'),
    "avg": Fn(1, 1, 'avg("column") over the table'),
    "mean": Fn(1, 1, 'mean("column") over the table'),
    "median": Fn(1, 1, 'median("column") over the table'),
    "count": Fn(0, 1, 'count() rows of the table, count("column") non-empty cells'),
    "concat": Fn(1, MAX_ARGS, "concat(a, b, …) as text"),
    "days_between": Fn(2, 2, 'days_between("2024-01-01", date_input)'),
    "add_days": Fn(2, 2, "add_days(date, n) as a YYYY-MM-DD date"),
    "year": Fn(1, 1, "year(date)"),
    "month": Fn(1, 1, "month(date)"),
}
CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e}
KEYWORDS = frozenset({"and", "or", "not", "true", "false"})
RESERVED = frozenset(CONSTANTS) | KEYWORDS | {k.lower() for k in keyword.kwlist}

# Units per dimension, as a factor to the dimension's base unit; temperatures are affine.
UNITS: dict[str, dict[str, float]] = {
    "length": {"m": 1, "km": 1000, "cm": 0.01, "mm": 0.001, "mi": 1609.344, "yd": 0.9144, "ft": 0.3048,
               "in": 0.0254, "nmi": 1852},
    "mass": {"kg": 1, "g": 0.001, "mg": 1e-6, "t": 1000, "lb": 0.45359237, "oz": 0.028349523125,
             "st": 6.35029318},
    "volume": {"l": 1, "ml": 0.001, "m3": 1000, "gal": 3.785411784, "qt": 0.946352946, "pt": 0.473176473,
               "cup": 0.2365882365, "fl_oz": 0.0295735295625, "tbsp": 0.01478676478125,
               "tsp": 0.00492892159375},
    "time": {"s": 1, "min": 60, "h": 3600, "day": 86400, "week": 604800, "year": 31557600},
    "speed": {"m/s": 1, "km/h": 1 / 3.6, "mph": 0.44704, "knot": 1852 / 3600},
    "area": {"m2": 1, "km2": 1e6, "ha": 1e4, "acre": 4046.8564224, "ft2": 0.09290304, "mi2": 2589988.110336},
    "energy": {"j": 1, "kj": 1000, "cal": 4.184, "kcal": 4184, "kwh": 3.6e6},
    "temperature": {"c": 1, "f": 1, "k": 1},
}  # fmt: skip
UNIT_DIMENSION = {u: dim for dim, table in UNITS.items() for u in table}


def _unit(name: str) -> str:
    """Units are matched case-insensitively ("KM", "Km/h"), with a few common spellings."""
    u = name.strip().lower().replace("°", "").replace(" ", "")
    return {"kph": "km/h", "kmh": "km/h", "litre": "l", "liter": "l", "kt": "knot", "lbs": "lb"}.get(u, u)


# ----------------------------------------------------------------------------------------- parsing

GRAMMAR = r"""
?start: expr
?expr: or_
?or_: and_ | or_ OR and_ -> binop
?and_: not_ | and_ AND not_ -> binop
?not_: comparison | NOT not_ -> unop
?comparison: sum | sum COMP sum -> binop
?sum: product | sum ADD product -> binop
?product: unary | product MUL unary -> binop
?unary: power | ADD unary -> unop
?power: atom | atom POW unary -> binop
?atom: NUMBER -> number
     | STRING -> string
     | TRUE -> true
     | FALSE -> false
     | NAME -> name
     | NAME "(" [expr ("," expr)*] ")" -> call
     | "(" expr ")"
OR: "or"i
AND: "and"i
NOT: "not"i
TRUE: "true"i
FALSE: "false"i
COMP: "==" | "!=" | "<=" | ">=" | "<>" | "<" | ">" | "="
ADD: "+" | "-"
MUL: "*" | "/"
POW: "^" | "**"
NUMBER: /\d+(\.\d*)?([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?/
STRING: /"[^"\n]*"|'[^'\n]*'/
NAME: /[A-Za-z][A-Za-z0-9_]*/
%ignore /[ \t\n\r]+/
"""
_OPS = {"=": "==", "<>": "!=", "**": "^"}


@lru_cache(maxsize=1)
def _parser() -> Any:
    from lark import Lark

    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=False)


@dataclass
class Formula:
    """A parsed, bounded formula: its tree, and what it refers to (with 1-based columns)."""

    text: str
    tree: Tree
    names: list[tuple[str, int]] = field(default_factory=list)
    columns: list[tuple[str, int]] = field(default_factory=list)
    """Table columns named by string literals in aggregates: sum("Revenue")."""

    def refs(self) -> set[str]:
        return {n for n, _ in self.names}


_FORBIDDEN = (
    (re.compile(r"__"), "double underscores (dunder names) are not allowed"),
    (re.compile(r"\blambda\b"), "lambdas are not allowed: a formula is one expression"),
    (re.compile(r"\bimport\b"), "imports are not allowed: a formula is one expression"),
    (re.compile(r"\bfor\b.*\bin\b"), "comprehensions and loops are not allowed: a formula is one expression"),
    (re.compile(r"(?<=[A-Za-z_)\]])\s*\.\s*[A-Za-z_]"), "attribute access ('.') is not allowed"),
    (re.compile(r"[\[\]{}]"), "lists, indexing and dictionaries are not allowed"),
    (re.compile(r";"), "one expression only: ';' is not allowed"),
)


def parse(text: str, functions: Mapping[str, Fn] = FUNCTIONS) -> Formula:
    """Parse and bound one formula; raise FormulaError (with the column) for anything not allowed."""
    if not isinstance(text, str):
        raise FormulaError("a formula must be text")
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"the formula is {len(text):,} characters; at most {MAX_LENGTH:,} are allowed")
    if not text.strip():
        raise FormulaError("the formula is empty")
    _prescan(text)
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

    try:
        tree = _parser().parse(text)
    except UnexpectedCharacters as err:
        ch = text[err.pos_in_stream] if err.pos_in_stream < len(text) else ""
        raise FormulaError(f"unexpected character {ch!r}", err.column) from None
    except UnexpectedEOF:
        raise FormulaError("the formula ends too early (a missing operand or ')')", len(text)) from None
    except UnexpectedToken as err:
        tok = err.token
        if tok.type == "$END":
            raise FormulaError("the formula ends too early (a missing operand or ')')", len(text)) from None
        raise FormulaError(f"unexpected {str(tok)!r}", tok.column) from None
    except UnexpectedInput as err:  # pragma: no cover - the three above are the concrete kinds
        raise FormulaError("syntax error", getattr(err, "column", 0)) from None
    return _convert(text, tree, functions)


def _prescan(text: str) -> None:
    """Cheap checks before the parser: Python constructs named plainly, nesting and string sizes."""
    # judge the code, not quoted text; blanking keeps every column where it was
    outside = re.sub(r"\"[^\"\n]*\"|'[^'\n]*'", lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', text)
    for pattern, message in _FORBIDDEN:
        m = pattern.search(outside)
        if m:
            raise FormulaError(message, m.start() + 1)
    depth = 0
    for i, ch in enumerate(outside):
        if ch == "(":
            depth += 1
            if depth > MAX_PARENS:
                raise FormulaError(f"parentheses nest deeper than {MAX_PARENS}", i + 1)
        elif ch == ")":
            depth -= 1
    for m in re.finditer(r"\"[^\"\n]*\"|'[^'\n]*'", text):
        if len(m.group(0)) - 2 > MAX_STRING:
            raise FormulaError(f"a text value is longer than {MAX_STRING} characters", m.start() + 1)


def _convert(text: str, root: Any, functions: Mapping[str, Fn]) -> Formula:
    """Lark tree → our JSON tree, without recursion; checks names, arity, depth and constants."""
    from lark import Token
    from lark import Tree as LTree

    out = Formula(text, [])
    done: dict[int, tuple[Tree, int, Any]] = {}  # id(lark node) → (tree, depth, constant value or _VAR)
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        if isinstance(node, LTree) and not expanded:
            stack.append((node, True))
            stack.extend((c, False) for c in node.children if isinstance(c, LTree))
            continue
        if not isinstance(node, LTree):  # pragma: no cover - tokens are read by their parent
            continue
        kids = [done.pop(id(c)) for c in node.children if isinstance(c, LTree)]
        tokens = [c for c in node.children if isinstance(c, Token)]
        depth = 1 + max((k[1] for k in kids), default=0)
        if depth > MAX_DEPTH:
            raise FormulaError(f"the formula nests deeper than {MAX_DEPTH} levels", _col(tokens, kids))
        tree, const = _node(node.data, tokens, kids, out, functions)
        done[id(node)] = (tree, depth, const)
    out.tree = done[id(root)][0]
    return out


class _Var:
    """Marks a subtree whose value depends on inputs (not foldable at parse time)."""


_VAR = _Var()


def _col(tokens: list[Any], kids: list[tuple[Tree, int, Any]]) -> int:
    return tokens[0].column if tokens else 0


def _node(
    kind: str, tokens: list[Any], kids: list[tuple[Tree, int, Any]], out: Formula, functions: Mapping[str, Fn]
) -> tuple[Tree, Any]:
    if kind == "number":
        value = float(tokens[0])
        if not math.isfinite(value):
            raise FormulaError(f"the number {str(tokens[0])[:20]} is too large", tokens[0].column)
        return ["n", value], value
    if kind == "string":
        value = str(tokens[0])[1:-1]
        return ["s", value], value
    if kind in ("true", "false"):
        return ["b", kind == "true"], kind == "true"
    if kind == "name":
        name, col = str(tokens[0]), tokens[0].column
        if name.lower() in KEYWORDS:  # pragma: no cover - the grammar reads these as keywords
            raise FormulaError(f"{name!r} is a keyword", col)
        if name in CONSTANTS:
            return ["v", name], CONSTANTS[name]
        out.names.append((name, col))
        return ["v", name], _VAR
    if kind == "unop":
        op = str(tokens[0]).lower()
        tree: Tree = ["u", op, kids[0][0]]
        return tree, _fold(tree, [kids[0][2]], tokens[0].column)
    if kind == "binop":
        raw = str(tokens[0])
        op = _OPS.get(raw, raw.lower())
        tree = ["o", op, kids[0][0], kids[1][0]]
        return tree, _fold(tree, [kids[0][2], kids[1][2]], tokens[0].column)
    if kind == "call":
        name, col = str(tokens[0]), tokens[0].column
        fn = functions.get(name) or functions.get(name.lower())
        if fn is None:
            close = _closest(name, list(functions))
            raise FormulaError(
                f"unknown function {name!r}" + (f" (did you mean {close}?)" if close else ""), col
            )
        name = name.lower() if name not in functions else name
        args = [k[0] for k in kids]
        if not fn.lo <= len(args) <= fn.hi:
            want = str(fn.lo) if fn.lo == fn.hi else f"{fn.lo} to {fn.hi}"
            raise FormulaError(f"{name}() takes {want} arguments, got {len(args)}: {fn.doc}", col)
        _check_call(name, args, col, out)
        tree = ["f", name, args]
        return tree, _fold(tree, [k[2] for k in kids], col)
    raise FormulaError(f"unsupported construct {kind!r}")  # pragma: no cover


def _check_call(name: str, args: list[Tree], col: int, out: Formula) -> None:
    """Literal arguments checked now: unit names, aggregated columns, rounding digits."""
    if name == "convert":
        units = [a[1] for a in args[1:] if a[0] == "s"]
        for u in units:
            if _unit(u) not in UNIT_DIMENSION:
                raise FormulaError(f"unknown unit {u!r}; known: {', '.join(sorted(UNIT_DIMENSION))}", col)
        if len(units) == 2 and UNIT_DIMENSION[_unit(units[0])] != UNIT_DIMENSION[_unit(units[1])]:
            a, b = (UNIT_DIMENSION[_unit(u)] for u in units)
            raise FormulaError(f"cannot convert {units[0]!r} ({a}) to {units[1]!r} ({b})", col)
    if name in AGGREGATES and len(args) == 1 and args[0][0] == "s":
        out.columns.append((args[0][1], col))
    if name in ("sum", "avg", "mean", "median") and args[0][0] in ("n", "b"):
        raise FormulaError(f"{name}() takes a column name in quotes: {FUNCTIONS[name].doc}", col)


def _fold(tree: Tree, values: list[Any], col: int) -> Any:
    """The value of a constant subtree, so `9**9**9` is refused when written, not when drawn."""
    if any(v is _VAR for v in values):
        return _VAR
    if tree[0] == "f" and tree[1] in AGGREGATES and (not values or any(isinstance(v, str) for v in values)):
        return _VAR  # reads the table
    try:
        return evaluate(tree, {})
    except EvalError as err:
        if "too large" in str(err):
            raise FormulaError(f"a constant part of the formula overflows ({err})", col) from None
        return _VAR  # e.g. 1/0: shown as "—" with its message when drawn


def _closest(name: str, known: Iterable[str]) -> str:
    import difflib

    found = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    return ", ".join(found)


def check_names(formula: Formula, known: Iterable[str]) -> list[str]:
    """Errors for names the formula uses that are not in `known` (inputs, other computed values)."""
    known = list(dict.fromkeys(known))
    errors = []
    for name, col in sorted(formula.names, key=lambda nc: nc[1]):
        if name not in known:
            close = _closest(name, known)
            hint = f"did you mean {close}? " if close else ""
            if name in FUNCTIONS:
                hint = f"{name} is a function: call it as {FUNCTIONS[name].doc}; " + hint
            listed = ", ".join(known[:30]) or "(none)"
            errors.append(f"unknown name {name!r} at column {col}; {hint}known: {listed}")
    return errors


def order(deps: Mapping[str, set[str]]) -> list[str]:
    """Names in evaluation order (dependencies first); raises FormulaError naming a cycle."""
    state: dict[str, int] = {}
    out: list[str] = []
    for start in deps:
        if state.get(start):
            continue
        stack: list[tuple[str, Iterable[str]]] = [(start, iter(sorted(deps.get(start, ()))))]
        path = [start]
        state[start] = 1
        while stack:
            name, it = stack[-1]
            nxt = next((d for d in it if d in deps), None)
            if nxt is None:
                stack.pop()
                path.pop()
                state[name] = 2
                out.append(name)
                continue
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                raise FormulaError("a cycle: " + " → ".join(cycle))
            if not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, iter(sorted(deps.get(nxt, ())))))
    return out


# -------------------------------------------------------------------------------------- evaluation


@dataclass
class Env:
    """What a formula can read: named values (or errors), and the (filtered) table's columns."""

    values: Mapping[str, Value | EvalError]
    table: Mapping[str, Sequence[Any]] | None = None


def evaluate(tree: Tree, env: Env | Mapping[str, Any]) -> Value:
    """The value of a tree; EvalError (a sentence) when it has none for these inputs."""
    if not isinstance(env, Env):
        env = Env(env)
    return _eval(tree, env)


def _eval(t: Tree, env: Env) -> Value:
    tag = t[0]
    if tag in ("n", "s", "b"):
        return t[1]
    if tag == "v":
        if t[1] in env.values:
            v = env.values[t[1]]
            if isinstance(v, EvalError):
                raise EvalError(f"{t[1]} has no value ({v})")
            return v
        if t[1] in CONSTANTS:
            return CONSTANTS[t[1]]
        raise EvalError(f"{t[1]} has no value")
    if tag == "u":
        x = _eval(t[2], env)
        if t[1] == "not":
            return not truthy(x)
        return _finite(-num(x)) if t[1] == "-" else num(x)
    if tag == "o":
        op = t[1]
        if op == "and":
            return truthy(_eval(t[2], env)) and truthy(_eval(t[3], env))
        if op == "or":
            return truthy(_eval(t[2], env)) or truthy(_eval(t[3], env))
        return binary(op, _eval(t[2], env), _eval(t[3], env))
    if tag == "f":
        name, args = t[1], t[2]
        if name == "if":
            return _eval(args[1] if truthy(_eval(args[0], env)) else args[2], env)
        return call(name, [_eval(a, env) for a in args], env.table)
    raise EvalError(f"unknown node {tag!r}")


def truthy(x: Value) -> bool:
    if isinstance(x, str):
        return x != ""
    return bool(x)


def num(x: Value) -> float:
    if isinstance(x, bool):
        return 1.0 if x else 0.0
    if isinstance(x, int | float):
        return float(x)
    raise EvalError(f"expected a number, got the text {_quote(x)}")


def _quote(x: str) -> str:
    return '"' + (x if len(x) <= 30 else x[:29] + "…") + '"'


def _finite(x: float) -> float:
    if math.isnan(x):
        raise EvalError("the result is not a number")
    if math.isinf(x):
        raise EvalError("the result is too large")
    return x


def binary(op: str, a: Value, b: Value) -> Value:
    if op == "==":
        return _same(a, b)
    if op == "!=":
        return not _same(a, b)
    x, y = num(a), num(b)
    if op == "+":
        return _finite(x + y)
    if op == "-":
        return _finite(x - y)
    if op == "*":
        return _finite(x * y)
    if op == "/":
        if y == 0:
            raise EvalError("division by zero")
        return _finite(x / y)
    if op == "^":
        return power(x, y)
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    if op == ">=":
        return x >= y
    raise EvalError(f"unknown operator {op!r}")


def _same(a: Value, b: Value) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and a == b
    return num(a) == num(b)


def power(x: float, y: float) -> float:
    """x^y on floats only (an integer power of a huge integer would never finish)."""
    if x == 0 and y < 0:
        raise EvalError("division by zero")
    if x < 0 and y != math.floor(y):
        raise EvalError("the result is not a real number")
    try:
        return _finite(math.pow(x, y))
    except OverflowError:
        raise EvalError("the result is too large") from None


def round_half_away(x: float, digits: float = 0) -> float:
    """Round like Excel and like the JavaScript interpreter: halves away from zero."""
    d = int(num(digits))
    if d != num(digits) or not -12 <= d <= 12:
        raise EvalError("round() takes whole digits from -12 to 12")
    if not x:
        return 0.0
    a = abs(x)  # exact powers of ten, multiplied or divided: the same steps as the JS interpreter
    scaled = _finite(a * 10.0**d if d >= 0 else a / 10.0**-d)
    r = math.floor(scaled + 0.5) / 10.0**d if d >= 0 else math.floor(scaled + 0.5) * 10.0**-d
    return _finite(-r if x < 0 else r)


def call(name: str, args: list[Value], table: Mapping[str, Sequence[Any]] | None = None) -> Value:
    """One function applied to evaluated arguments (`if` is handled lazily by the caller)."""
    if name in AGGREGATES and (
        (len(args) == 1 and isinstance(args[0], str)) or (name == "count" and not args)
    ):
        return aggregate(name, args[0] if args else None, table)
    if name in ("sum", "avg", "mean", "median", "count"):
        raise EvalError(f"{name}() takes a column name in quotes: {FUNCTIONS[name].doc}")
    if name == "concat":
        return "".join(display(a) for a in args)
    if name in ("days_between", "add_days", "year", "month"):
        return _date_fn(name, args)
    if name == "convert":
        return convert(num(args[0]), args[1], args[2])
    xs = [num(a) for a in args]
    if name == "abs":
        return abs(xs[0])
    if name == "min":
        return min(xs)
    if name == "max":
        return max(xs)
    if name == "round":
        return round_half_away(xs[0], xs[1] if len(xs) > 1 else 0)
    if name == "floor":
        return float(math.floor(xs[0]))
    if name == "ceil":
        return float(math.ceil(xs[0]))
    if name == "sqrt":
        if xs[0] < 0:
            raise EvalError("sqrt() of a negative number")
        return math.sqrt(xs[0])
    if name == "exp":
        return power(math.e, xs[0])
    if name in ("ln", "log10"):
        if xs[0] <= 0:
            raise EvalError(f"{name}() of a number that is not positive")
        return math.log(xs[0]) if name == "ln" else math.log10(xs[0])
    if name == "clamp":
        return min(max(xs[0], xs[1]), xs[2])
    if name == "mod":
        if xs[1] == 0:
            raise EvalError("division by zero")
        return _finite(xs[0] - xs[1] * math.floor(xs[0] / xs[1]))
    if name in ("pmt", "fv", "pv", "nper", "rate"):
        return _finite(FINANCE[name](*xs))
    raise EvalError(f"unknown function {name!r}")


def display(x: Value) -> str:
    """A value as text inside concat(): numbers plainly (no grouping), booleans as yes/no."""
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, str):
        return x
    return format_number(x, None)


# ------------------------------------------------------------------------------- finance (Excel)


def _growth(rate: float, n: float) -> float:
    return power(1 + rate, n)


def _div(a: float, b: float) -> float:
    """Every division in the finance functions: zero is a message, in Python as in JS."""
    if b == 0:
        raise EvalError("division by zero")
    return _finite(a / b)


def pmt(rate: float, n: float, pv: float, fv: float = 0, at_start: float = 0) -> float:
    """The payment per period that pays `pv` down to `fv` (Excel PMT; negative: paid out)."""
    if n == 0:
        raise EvalError("pmt() needs a number of periods other than zero")
    if rate == 0:
        return _div(-(pv + fv), n)
    g = _growth(rate, n)
    if g == 1:
        raise EvalError("the rate is too small for this number of periods")
    return _div(-(rate * (fv + pv * g)), (1 + rate * (1 if at_start else 0)) * (g - 1))


def fv(rate: float, n: float, payment: float, pv: float = 0, at_start: float = 0) -> float:
    """The value after `n` periods (Excel FV)."""
    if rate == 0:
        return _finite(-(pv + payment * n))
    g = _growth(rate, n)
    return _finite(-(pv * g + _div(payment * (1 + rate * (1 if at_start else 0)) * (g - 1), rate)))


def pv(rate: float, n: float, payment: float, fv: float = 0, at_start: float = 0) -> float:
    """The value today of `n` payments and a final `fv` (Excel PV)."""
    if rate == 0:
        return _finite(-(fv + payment * n))
    g = _growth(rate, n)
    return _div(-(fv + _div(payment * (1 + rate * (1 if at_start else 0)) * (g - 1), rate)), g)


def nper(rate: float, payment: float, pv: float, fv: float = 0, at_start: float = 0) -> float:
    """How many periods until `pv` becomes `fv` (Excel NPER)."""
    if rate == 0:
        if payment == 0:
            raise EvalError("nper() with no rate and no payment never ends")
        return _div(-(pv + fv), payment)
    p = payment * (1 + rate * (1 if at_start else 0))
    a, b = p - fv * rate, p + pv * rate
    if b == 0 or _div(a, b) <= 0 or rate <= -1:
        raise EvalError("nper(): the payment never reaches the target")
    return _div(math.log(_div(a, b)), math.log(1 + rate))


def rate(
    n: float, payment: float, pv: float, fv: float = 0, at_start: float = 0, guess: float = 0.1
) -> float:
    """The rate per period (Excel RATE): Newton's method, at most 100 steps, same steps as in JS."""
    typ = 1 if at_start else 0

    def f(r: float) -> float:
        if abs(r) < 1e-12:
            return pv + payment * n + fv
        g = _growth(r, n)
        return _finite(pv * g + payment * (1 + r * typ) * (g - 1) / r + fv)

    r = guess
    for _ in range(RATE_ITERATIONS):
        y = f(r)
        h = 1e-6 * max(abs(r), 1e-3)
        slope = (f(r + h) - y) / h
        if slope == 0 or not math.isfinite(slope):
            break
        step = y / slope
        r -= step
        if r <= -1:
            break
        if abs(step) < 1e-12:
            return r
    raise EvalError("rate() did not converge; try another guess")


FINANCE: dict[str, Callable[..., float]] = {"pmt": pmt, "fv": fv, "pv": pv, "nper": nper, "rate": rate}


def convert(x: float, source: Value, target: Value) -> float:
    if not isinstance(source, str) or not isinstance(target, str):
        raise EvalError("convert() takes unit names as text")
    a, b = _unit(source), _unit(target)
    for u, raw in ((a, source), (b, target)):
        if u not in UNIT_DIMENSION:
            raise EvalError(f"unknown unit {_quote(raw)}")
    if UNIT_DIMENSION[a] != UNIT_DIMENSION[b]:
        raise EvalError(f"cannot convert {_quote(source)} to {_quote(target)}")
    if UNIT_DIMENSION[a] == "temperature":
        kelvin = {"c": x + 273.15, "f": (x - 32) * 5 / 9 + 273.15, "k": x}[a]
        return {"c": kelvin - 273.15, "f": (kelvin - 273.15) * 9 / 5 + 32, "k": kelvin}[b]
    table = UNITS[UNIT_DIMENSION[a]]
    return _finite(x * table[a] / table[b])


# ------------------------------------------------------------------------------------ dates, tables

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _date(x: Value) -> date:
    m = _ISO.match(x) if isinstance(x, str) else None
    if not m:
        raise EvalError(f"expected a date as YYYY-MM-DD, got {_quote(display(x))}")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise EvalError(f"{_quote(str(x))} is not a calendar date") from None


def _date_fn(name: str, args: list[Value]) -> Value:
    if name == "days_between":
        return float((_date(args[1]) - _date(args[0])).days)
    d = _date(args[0])
    if name == "year":
        return float(d.year)
    if name == "month":
        return float(d.month)
    n = num(args[1])
    if n != math.floor(n) or abs(n) > 3_000_000:
        raise EvalError("add_days() takes a whole number of days")
    try:
        return (d + timedelta(days=int(n))).isoformat()
    except OverflowError:
        raise EvalError("the date is out of range") from None


def aggregate(name: str, column: str | None, table: Mapping[str, Sequence[Any]] | None) -> float:
    """An aggregate over the (filtered) table's column; empty cells and text are skipped."""
    if table is None:
        raise EvalError(f"{name}() needs a table, and this app has none")
    if column is None:
        return float(len(next(iter(table.values()), [])))
    if column not in table:
        raise EvalError(f"the table has no column {_quote(column)}")
    cells = table[column]
    if name == "count":
        return float(sum(1 for v in cells if v is not None and v != ""))
    xs = [
        float(v) for v in cells if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
    ]
    try:
        total = math.fsum(xs)
    except OverflowError:
        raise EvalError("the result is too large") from None
    if name == "sum":
        return _finite(total)
    if not xs:
        raise EvalError(f"no numbers in {_quote(column)} for these filters")
    if name in ("avg", "mean"):
        return _finite(total / len(xs))
    if name == "min":
        return min(xs)
    if name == "max":
        return max(xs)
    ys = sorted(xs)
    mid = len(ys) // 2
    return ys[mid] if len(ys) % 2 else (ys[mid - 1] + ys[mid]) / 2


# ------------------------------------------------------------------------------------------ format


def format_number(x: float, decimals: int | None = 2) -> str:
    """Digits with thousands separators, rounded half away from zero; the same in the JS runtime.

    `decimals=None` (plain): up to 10 significant decimals, trailing zeros dropped, no separators.
    """
    if decimals is None:
        if x == math.floor(x) and abs(x) < 1e15:
            return str(int(x))
        text = f"{x:.10f}".rstrip("0").rstrip(".")
        return text if abs(x) < 1e15 else f"{x:.6g}"
    if abs(x) >= 1e15:
        return f"{x:.6g}"
    r = round_half_away(x, decimals)
    text = f"{abs(r):.{decimals}f}"
    whole, _, frac = text.partition(".")
    whole = f"{int(whole):,}"
    sign = "-" if r < 0 else ""
    return sign + whole + ("." + frac if frac else "")

"""Offline rules for the `app` kind: a catalogue of calculators, a table explorer, quizzes from lists.

`CUES` (routing phrases by language, weights 1–5 as in `generators.rules.ROUTE_CUES`) tells the
router when a question asks for something to play with; `build(req)` makes the plan. Calculators
(loan / mortgage, savings with compound interest, break-even and profit, ROI, BMI, tip splitting,
unit conversion) are filled from the numbers in the question ("a mortgage of 300,000 at 5% over 30
years"); an attached table becomes an explorer (filters on its categorical columns, a range on a
numeric one, a chart and a table that follow); questions and answers, or "word = translation"
pairs, become a quiz or flashcards. A random draw, a timer and a tracker come from
`generators.rules.app_tools`, `generators.rules.app_counter` and `generators.rules.app_log`; rules written out in words (brackets,
a date plus days, "a por b") from `generators.rules.app_stated`. Anything else is an honest text
saying what the offline planner can build. Every plan is data checked by
`render.interactive_model.AppPlan`; nothing here runs code.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

from generators.rules import (
    app_counter,
    app_drill,
    app_earn,
    app_formula,
    app_letters,
    app_log,
    app_lookup,
    app_own,
    app_quote,
    app_rate,
    app_records,
    app_save,
    app_scale,
    app_share,
    app_split,
    app_stated,
    app_steps,
    app_yield,
)
from generators.rules import app_everyday as everyday
from generators.rules import app_more as more
from generators.rules import app_texts as texts
from generators.rules import app_tools as tools
from generators.rules.app_cues import _CARDS, _QUIZ, _WORDS, CUES  # noqa: F401  (CUES: the router reads it here)
from generators.rules.app_explore import explorer
from generators.rules.app_quiz_write import asked_for, quiz_to_write
from generators.rules.numbers import Num, find_numbers
from generators.rules.words import cap, find_cue, msg, short, text_plan
from render.formula import UNIT_DIMENSION, UNITS
from render.numerals import localize
from render.plan import parse_plan


def _has(text: str, words: list[str]) -> re.Match[str] | None:
    found = [m for w in words if (m := find_cue(text, w))]
    return min(found, key=lambda m: m.start()) if found else None


# ---------------------------------------------------------------------------------------------- build


_CALCULATOR = re.compile(
    r"calculat(?:or|rice|eur)|\bcalc\b|calculadora|calcolatrice|rechner\b|rekenmachine|калькулятор|hesap makinesi"
    r"|kalkulator|kalkylator|计算器|計算機|계산기|حاسبة|कैलकुलेटर",
    re.I,
)


def build(req: Any) -> Any:
    """The app plan for a request (attributes: question, lang, table, table_name, content, history),
    its words in the request's language (`app_texts.text_lang`), which the plan names for its page."""
    lang = getattr(req, "lang", "en") or "en"
    language = getattr(req, "language", lang) or lang
    lang = texts.text_lang(lang, language)
    plan = _build(req, lang, language)
    code = texts.plan_language(lang)
    return plan.model_copy(update={"language": code}) if plan.kind == "app" and code else plan


def _build(req: Any, lang: str, language: str) -> Any:
    question = (getattr(req, "question", "") or "")[:20_000]
    content = getattr(req, "content", None)
    table = getattr(req, "table", None)
    wants_quiz = bool(_has(question, _QUIZ + _CARDS))
    if table is not None and getattr(table, "shape", (0, 0))[1] > 0 and not wants_quiz:
        drawn = tools.picker(question, language, table)  # "pick a winner from the attached list": its names
        # "mette i kg e vede i litri, con la resa media di questa tabella": the table's rate on a typed figure
        drawn = drawn or app_yield.table_rate(question, table, lang)
        return drawn or explorer(question, table, getattr(req, "table_name", "") or "", lang)
    # "a simple calculator where the customer picks and sees the total" over a price list: never cards
    calculator = not wants_quiz and bool(_CALCULATOR.search(question))
    if content and (wants_quiz or not (_calculator_named(question) or calculator)):
        quiz = quiz_from(content, question, lang)
        if quiz is not None:
            return quiz
    if not wants_quiz and (records := app_records.inline_records(question, explorer)) is not None:
        return records  # "let me filter and sort these: Rossi, warehouse, 2015; Bianchi, admin, 2019; …"
    practice = app_drill.drill(question, language)  # arithmetic: questions the planner can write itself
    if practice is not None:
        return practice
    if not wants_quiz:  # a timer or a random draw is asked by name: its words beat any calculator's
        tool = tools.timer(question, language) or tools.picker(question, language)
        if tool is not None:
            return tool
        tally = app_counter.counter(
            question, language
        )  # a score kept by taps; entries with values: a tracker
        if tally is not None:
            return tally
    settle = None if wants_quiz else app_split.split(question, language)
    if settle is not None:
        return settle  # several payers and who owes whom: the equal split, not a tip calculator
    own_rate = (
        None if wants_quiz else app_rate.stated_rate(question, lang) or app_rate.currency_rate(question, lang)
    )
    if own_rate is not None:
        return (
            own_rate  # "hours to person-days (7 h a day)": their units at their rate, no built-in converter
        )
    recipe = None if wants_quiz else app_scale.scaled(question, lang)
    if recipe is not None:
        return recipe  # "recipe for 12 l: 7.2 l milk, …, type the litres and it scales": their amounts, in proportion
    part = None if wants_quiz else app_share.share(question, lang) or app_share.per_item(question, lang)
    if part is not None:
        return part  # "mes tantièmes et le montant des travaux, genre 386/10000 de 186 000 €": their fraction
    priced = None if wants_quiz else app_quote.quote(question, lang) or app_steps.steps(question, lang)
    if priced is not None:
        return priced  # "Erste Stunde 2 €, jede weitere 1,50 €, Tageshöchstsatz 12 €": their prices and modifiers
    given = None if wants_quiz else (more.explicit(question, lang) or app_stated.stated(question, lang))
    stated_rule = None if wants_quiz else app_own.own(question, lang)
    # the user's own factor or prices beat a catalogue formula, unless it drops some of the user's figures a
    # named loan or savings calculator takes ("Hypothekenrechner: 350.000 € zu 3,8 % über 25 Jahre" is no
    # "3.8 % of an amount")
    if given is not None and not (
        _calculator_named(question) in ("loan", "savings") and _drops(question, given)
    ):
        # "km enkele reis, aantal dagen, € 0,23 per km": the rule naming every input beats the price alone
        if stated_rule is not None and len(stated_rule.inputs) > len(given.inputs):
            return stated_rule
        listed = " ".join(app_own.typed(question)).casefold()  # "naam, leeftijd, € 0,23 per km": no km typed
        priced = all(c.name.startswith("cost_") for c in given.computed)  # a price per unit, applied
        if not (priced and listed) or any(i.label.casefold() in listed for i in given.inputs):
            return given
    if stated_rule is not None:
        return stated_rule  # "36 uur is 100%", "€ 0,23 per km", "oltre le 8 ore": their rule, in their words
    tracker = None if wants_quiz else app_log.log(question, language)
    if tracker is not None:
        return tracker  # "savings tracker", "tip log": entries the user adds, not a catalogue formula
    own_formula = None if wants_quiz else app_formula.written(question, lang)
    if own_formula is not None:
        return own_formula  # "kWh per day (kWp × hours × 0.8)": their rule, as written
    saved = None if wants_quiz else app_save.saving(question, lang)
    if saved is not None:
        return saved  # "what I earn and my fixed costs → what I can save": a difference, no interest
    calc = _calculator_named(question)
    if calc in everyday.CALCULATORS and (own := more.named_formula(question, lang)) is not None:
        return own  # "enter litres and kilometres → litres per 100 km": their own rule first
    if calc is not None:
        plan = CALCULATORS[calc](question, lang)
        if (
            plan.kind == "app"
            and calc not in everyday.CALCULATORS
            and not find_numbers(_SPLIT_NAME.sub(" ", question))
        ):  # no figures
            note = texts.say(lang, "example_note")
            plan = plan.model_copy(update={"answer": note + plan.answer})
        return plan
    if not wants_quiz and (own_rule := app_letters.letters(question, lang)) is not None:
        return own_rule  # "N classes a week with M students at price P, per month?": their letters
    quiz = (
        None if calculator else quiz_from(question, question, lang) or app_steps.yes_no_game(question, lang)
    )
    if quiz is not None:
        return quiz
    tool = (
        None
        if wants_quiz
        else app_earn.earnings(question, lang)
        or app_lookup.lookup(question, lang)
        or app_lookup.roster(question, lang)
        or more.implicit(question, lang)
    )
    if tool is not None:
        return tool
    if (
        wants_quiz
        and table is None
        and not content
        and asked_for(question, lambda t: bool(_has(t, _QUIZ + _CARDS)))
    ):
        cards = bool(_has(question, _CARDS)) and not _has(question, _QUIZ)
        return _plan(quiz_to_write(question, cards, lang))
    return text_plan(msg(language, "no_quiz" if wants_quiz else "app_unknown"))


def _drops(question: str, plan: Any) -> bool:
    """Some number the user wrote appears nowhere in the plan (inputs, constants, options)."""
    held: set[float] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, (int, float)) and not isinstance(node, bool):
            held.add(round(float(node), 6))
        elif isinstance(node, str):  # a figure inside a formula ("1500 - total") or a text
            held.update(round(float(x), 6) for x in re.findall(r"\d+(?:\.\d+)?", node.replace(",", "")))

    walk(plan.model_dump())
    given = [round(n.value * n.multiplier, 6) for n in find_numbers(question) if not n.is_year]
    return any(v not in held for v in given)


def _calculator_named(question: str) -> str | None:
    hits = [
        (m.start(), -len(m.group(0)), name) for name, words in _WORDS.items() if (m := _has(question, words))
    ]
    if len(hits) > 1 and len({UNIT_DIMENSION[u] for u in _units_in(question)}) > 1:
        # "a converter for the pharmacy: mg/kg to a dose in ml": units of several kinds are no one
        # conversion; the other calculator named says what is worked out
        hits = [h for h in hits if h[2] != "convert"]
    return min(hits)[2] if hits else None


def _plan(data: dict[str, Any]) -> Any:
    return parse_plan({"kind": "app", **data})


# ------------------------------------------------------------------------------------------- numbers

_YEARS = re.compile(r"^\s*(?:-\s*)?(?:years?|yrs?|y\b|年|ans?\b|años?|jahre?n?|anni|anos|лет|года?)", re.I)
_MONTHS = re.compile(r"^\s*(?:-\s*)?(?:months?|mos?\b|个月|か月|ヶ月|mois|meses|monate?n?)", re.I)
_PEOPLE = re.compile(
    r"^\s*(?:people|persons?|friends|of us|guests|diners|ways|人|personas|personnes|personen|명)", re.I
)
_KG = re.compile(r"^\s*(?:kg|kilo)", re.I)
_CM = re.compile(r"^\s*cm\b", re.I)
_M = re.compile(r"^\s*(?:m|meters?|metres?|米)\b", re.I)


def _after(question: str, n: Num, pattern: re.Pattern[str]) -> bool:
    """The number is followed by a word `pattern` matches: read into its own unit ("10 years"),
    or written right after it."""
    return bool((n.unit and pattern.match(n.unit)) or pattern.match(question[n.end : n.end + 16]))


def _value(n: Num) -> float:
    return n.value * n.multiplier


def _pick(nums: list[Num], used: set[int], test: Callable[[Num], bool]) -> float | None:
    for i, n in enumerate(nums):
        if i not in used and test(n):
            used.add(i)
            return _value(n)
    return None


def _labelled(question: str, nums: list[Num], used: set[int], words: str) -> float | None:
    """The first unused number within a few words after (or just before) one of `words`."""
    for m in re.finditer(words, question, re.I):
        for i, n in enumerate(nums):
            if i in used:
                continue
            gap = question[m.end() : n.start] if n.start >= m.end() else question[n.end : m.start()]
            if len(gap) <= 24 and not re.search(r"[,;.!?，；。]|\band\b", gap):
                used.add(i)
                return _value(n)
    return None


def _r(value: float) -> float:
    return round(value, 6)


# --------------------------------------------------------------------------------------- calculators

_LABELS = [k.removeprefix("calc.") for k in texts.EN if k.startswith("calc.")]


def _t(lang: str) -> dict[str, str]:
    """The calculators' labels in `lang` (`generators.rules.app_texts`), by their short names."""
    return {k: texts.say(lang, "calc." + k) for k in _LABELS}


def loan(question: str, lang: str) -> Any:
    t = _t(lang)
    nums = [n for n in find_numbers(question) if not n.is_year or _after(question, n, _YEARS)]
    used: set[int] = set()
    rate = _pick(nums, used, lambda n: n.pct)
    years = _pick(nums, used, lambda n: _after(question, n, _YEARS))
    months = _pick(nums, used, lambda n: _after(question, n, _MONTHS)) if years is None else None
    if years is None and months:
        years = months / 12
    rest = [(i, _value(n)) for i, n in enumerate(nums) if i not in used]
    principal = max((v for _, v in rest), default=None)
    mortgage = bool(
        re.search(
            r"mortgage|down\s?payment|hipoteca|hypoth|房贷|按揭|首付|住宅|ипотек|mutuo|immobilier",
            question,
            re.I,
        )
    )
    # "30 yr fixed" alone: the term is theirs, the amount and the rate are examples, and the answer says so
    invented = bool(nums) and (principal is None or rate is None)
    principal = principal or (300_000.0 if mortgage else 20_000.0)
    rate = 5.0 if rate is None else rate
    years = years or (30.0 if mortgage else 5.0)
    ym = max(years, 50.0)
    return _plan(
        {
            "title": texts.say(lang, "mortgage.title" if mortgage else "loan.title"),
            "inputs": [
                {
                    "name": "principal",
                    "label": t["principal"],
                    "default": _r(principal),
                    "min": 0,
                    "step": 1000 if principal >= 10_000 else 100,
                },
                {
                    "name": "rate",
                    "label": t["rate"],
                    "unit": "%",
                    "type": "slider",
                    "default": _r(rate),
                    "min": 0,
                    "max": max(30.0, rate),
                    "step": 0.05,
                },
                {
                    "name": "years",
                    "label": t["years"],
                    "unit": t["years_unit"],
                    "default": _r(years),
                    "min": 1,
                    "max": ym,
                    "step": 1,
                },
                {"name": "extra", "label": t["extra"], "default": 0, "min": 0, "step": 50},
            ],
            "computed": [
                {
                    "name": "payment",
                    "label": t["payment"],
                    "formula": "-pmt(rate / 100 / 12, years * 12, principal)",
                    "decimals": 2,
                },
                {"name": "total", "label": t["total"], "formula": "payment * years * 12", "decimals": 0},
                {"name": "interest", "label": t["interest"], "formula": "total - principal", "decimals": 0},
                {
                    "name": "payoff",
                    "label": t["payoff"],
                    "decimals": 1,
                    "unit": t["years_unit"],
                    "formula": "if(extra > 0, nper(rate / 100 / 12, -(payment + extra), principal) / 12, years)",
                },
            ],
            "views": [
                {"type": "metric", "value": "payment"},
                {"type": "metric", "value": "interest"},
                {"type": "metric", "value": "payoff"},
                {
                    "type": "chart",
                    "title": t["balance"],
                    "chart_type": "area",
                    "x_title": t["year"],
                    "sweep": {"name": "y", "start": "0", "stop": "ceil(years)", "step": "1"},
                    "series": [
                        {
                            "name": t["balance"],
                            "formula": "max(0, -fv(rate / 100 / 12, y * 12, -(payment + extra), principal))",
                        }
                    ],
                },
                {
                    "type": "chart",
                    "chart_type": "donut",
                    "categories": [t["principal"], t["interest"]],
                    "series": [{"values": ["principal", "interest"]}],
                },
            ],
            "layout": "columns",
            "answer": (texts.say(lang, "example_note") if invented else "")
            + texts.say(
                lang,
                "loan.answer",
                principal=_fmt(principal, lang),
                rate=_fmt(rate, lang),
                years=_fmt(years, lang),
            ),
        }
    )


def savings(question: str, lang: str) -> Any:
    t = _t(lang)
    nums = [n for n in find_numbers(question) if not n.is_year or _after(question, n, _YEARS)]
    used: set[int] = set()
    rate = _pick(nums, used, lambda n: n.pct)
    years = _pick(nums, used, lambda n: _after(question, n, _YEARS))
    monthly = _labelled(
        question,
        nums,
        used,
        r"a month|per month|monthly|each month|every month|每月|毎月|al mes|par mois|pro monat|monatlich",
    )
    initial = max((_value(n) for i, n in enumerate(nums) if i not in used), default=None)
    rate, years = 4.0 if rate is None else rate, years or 10.0
    monthly = 200.0 if monthly is None else monthly
    initial = 0.0 if initial is None else initial
    return _plan(
        {
            "title": texts.say(lang, "savings.title"),
            "inputs": [
                {"name": "initial", "label": t["initial"], "default": _r(initial), "min": 0, "step": 100},
                {"name": "monthly", "label": t["monthly"], "default": _r(monthly), "min": 0, "step": 10},
                {
                    "name": "rate",
                    "label": t["rate"],
                    "unit": "%",
                    "type": "slider",
                    "default": _r(rate),
                    "min": 0,
                    "max": max(15.0, rate),
                    "step": 0.1,
                },
                {
                    "name": "years",
                    "label": t["years"],
                    "unit": t["years_unit"],
                    "type": "slider",
                    "default": _r(years),
                    "min": 1,
                    "max": max(50.0, years),
                    "step": 1,
                },
            ],
            "computed": [
                {
                    "name": "final",
                    "label": t["final"],
                    "formula": "fv(rate / 100 / 12, years * 12, -monthly, -initial)",
                    "decimals": 0,
                },
                {
                    "name": "contributed",
                    "label": t["contributed"],
                    "formula": "initial + monthly * years * 12",
                    "decimals": 0,
                },
                {"name": "earned", "label": t["earned"], "formula": "final - contributed", "decimals": 0},
            ],
            "views": [
                {"type": "metric", "value": "final"},
                {"type": "metric", "value": "contributed"},
                {"type": "metric", "value": "earned"},
                {
                    "type": "chart",
                    "chart_type": "line",
                    "x_title": t["year"],
                    "sweep": {"name": "y", "start": "0", "stop": "years", "step": "1"},
                    "series": [
                        {"name": t["final"], "formula": "fv(rate / 100 / 12, y * 12, -monthly, -initial)"},
                        {"name": t["contributed"], "formula": "initial + monthly * y * 12"},
                    ],
                },
            ],
            "answer": texts.say(
                lang,
                "savings.answer",
                monthly=_fmt(monthly, lang),
                rate=_fmt(rate, lang),
                years=_fmt(years, lang),
            ),
        }
    )


def breakeven(question: str, lang: str) -> Any:
    t = _t(lang)
    nums = find_numbers(question)
    used: set[int] = set()
    fixed = _labelled(question, nums, used, r"fixed(?: costs?)?|rent|overheads?|固定成本|固定费用")
    cost = _labelled(question, nums, used, r"costs? per \w+|unit cost|costs?|cost to make|成本")
    price = _labelled(
        question, nums, used, r"price(?: per \w+)?|sell(?:s|ing)? (?:\w+ )?(?:at|for)|charge|售价|单价"
    )
    units = _labelled(question, nums, used, r"sell|units|a month|per month|销量")
    fixed, price, cost = (
        fixed if fixed is not None else 2000.0,
        price or 25.0,
        cost if cost is not None else 10.0,
    )
    units = units if units is not None else 300.0
    if price <= cost:
        price, cost = max(price, cost), min(price, cost)
    return _plan(
        {
            "title": texts.say(lang, "breakeven.title"),
            "inputs": [
                {"name": "fixed", "label": t["fixed"], "default": _r(fixed), "min": 0, "step": 100},
                {"name": "price", "label": t["price"], "default": _r(price), "min": 0, "step": 0.5},
                {"name": "cost", "label": t["cost"], "default": _r(cost), "min": 0, "step": 0.5},
                {"name": "units", "label": t["units"], "default": _r(units), "min": 0, "step": 10},
            ],
            "computed": [
                {"name": "margin", "label": t["margin"], "formula": "price - cost", "decimals": 2},
                {
                    "name": "break_even",
                    "label": t["break_even"],
                    "unit": t["units_unit"],
                    "formula": f'if(margin > 0, ceil(fixed / margin), "{texts.say(lang, "breakeven.never")}")',
                },
                {"name": "profit", "label": t["profit"], "formula": "units * margin - fixed", "decimals": 0},
                {
                    "name": "top",
                    "label": texts.say(lang, "breakeven.range"),
                    "formula": "max(if(margin > 0, 2 * fixed / margin, 0), units * 1.5, 10)",
                },
            ],
            "views": [
                {"type": "metric", "value": "break_even"},
                {"type": "metric", "value": "profit"},
                {"type": "metric", "value": "margin"},
                {
                    "type": "chart",
                    "chart_type": "line",
                    "x_title": t["units"],
                    "sweep": {"name": "q", "start": "0", "stop": "top", "step": "max(1, ceil(top / 40))"},
                    "series": [
                        {"name": t["revenue"], "formula": "q * price"},
                        {"name": t["total_cost"], "formula": "fixed + q * cost"},
                    ],
                },
            ],
            "answer": texts.say(lang, "breakeven.answer"),
        }
    )


def roi(question: str, lang: str) -> Any:
    t = _t(lang)
    nums = [n for n in find_numbers(question) if not n.is_year or _after(question, n, _YEARS)]
    used: set[int] = set()
    years = _pick(nums, used, lambda n: _after(question, n, _YEARS))
    spend = _labelled(question, nums, used, r"spen[dt]|invest(?:ed|ment)?|cost|投入|投资")
    ret = _labelled(question, nums, used, r"revenue|return(?:ed)?|gain|earn(?:ed)?|made|回报|收入")
    rest = [_value(n) for i, n in enumerate(nums) if i not in used]
    spend = spend if spend is not None else (rest.pop(0) if rest else 10_000.0)
    ret = ret if ret is not None else (rest.pop(0) if rest else spend * 1.25)
    return _plan(
        {
            "title": texts.say(lang, "roi.title"),
            "inputs": [
                {"name": "spend", "label": t["spend"], "default": _r(spend), "min": 0, "step": 100},
                {"name": "returned", "label": t["return"], "default": _r(ret), "min": 0, "step": 100},
                {
                    "name": "years",
                    "label": t["years"],
                    "unit": t["years_unit"],
                    "default": _r(years or 1),
                    "min": 0.25,
                    "step": 0.25,
                },
            ],
            "computed": [
                {"name": "gain", "label": t["gain"], "formula": "returned - spend", "decimals": 0},
                {
                    "name": "roi",
                    "label": t["roi"],
                    "formula": "gain / spend * 100",
                    "decimals": 1,
                    "unit": "%",
                },
                {
                    "name": "annual",
                    "label": t["annual"],
                    "formula": "((returned / spend) ^ (1 / years) - 1) * 100",
                    "decimals": 1,
                    "unit": "%",
                },
            ],
            "views": [
                {"type": "metric", "value": "roi"},
                {"type": "metric", "value": "gain"},
                {"type": "metric", "value": "annual"},
                {
                    "type": "chart",
                    "chart_type": "bar",
                    "categories": [t["spend"], t["return"]],
                    "series": [{"values": ["spend", "returned"]}],
                },
            ],
            "answer": texts.say(lang, "roi.answer"),
        }
    )


def bmi(question: str, lang: str) -> Any:
    t = _t(lang)
    nums = find_numbers(question)
    used: set[int] = set()
    weight = _pick(nums, used, lambda n: _after(question, n, _KG))
    height = _pick(nums, used, lambda n: _after(question, n, _CM))
    if height is None:
        metres = _pick(nums, used, lambda n: _after(question, n, _M) and 0.5 < n.value < 2.6)
        height = metres * 100 if metres is not None else None
    weight, height = weight or 70.0, height or 175.0

    def say(key: str, **fields: str) -> str:
        return texts.say(lang, key, **fields)

    return _plan(
        {
            "title": texts.say(lang, "bmi.title"),
            "inputs": [
                {
                    "name": "weight",
                    "label": t["weight"],
                    "unit": "kg",
                    "default": _r(weight),
                    "min": 20,
                    "max": 400,
                    "step": 0.5,
                },
                {
                    "name": "height",
                    "label": t["height"],
                    "unit": "cm",
                    "default": _r(height),
                    "min": 80,
                    "max": 250,
                    "step": 1,
                },
            ],
            "computed": [
                {"name": "bmi", "label": t["bmi"], "formula": "weight / (height / 100) ^ 2", "decimals": 1},
                {
                    "name": "category",
                    "label": t["category"],
                    "formula": f'if(bmi < 18.5, "{say("bmi.under")}", if(bmi < 25, "{say("bmi.healthy")}", '
                    f'if(bmi < 30, "{say("bmi.over")}", "{say("bmi.obese")}")))',
                },
                {
                    "name": "low",
                    "label": say("bmi.low"),
                    "formula": "18.5 * (height / 100) ^ 2",
                    "decimals": 1,
                    "unit": "kg",
                },
                {
                    "name": "high",
                    "label": say("bmi.high"),
                    "formula": "24.9 * (height / 100) ^ 2",
                    "decimals": 1,
                    "unit": "kg",
                },
            ],
            "views": [
                {"type": "metric", "value": "bmi"},
                {"type": "metric", "value": "category"},
                {
                    "type": "text",
                    "text": say("bmi.text"),
                },
            ],
            "answer": say(
                "bmi.answer",
                weight=_fmt(weight, lang),
                height=_fmt(height, lang),
                bmi=localize(f"{weight / (height / 100) ** 2:.1f}", lang),
            ),
        }
    )


# "n분의 1" (one n-th), "1/n": the name of an equal split, no figure of the user's.
_SPLIT_NAME = re.compile(r"\bn\s*분의\s*1|(?<![\d.])1\s*/\s*n\b", re.I)


def tip(question: str, lang: str) -> Any:
    t = _t(lang)
    nums = find_numbers(_SPLIT_NAME.sub(" ", question))
    used: set[int] = set()
    pct = _pick(nums, used, lambda n: n.pct)
    people = _pick(nums, used, lambda n: _after(question, n, _PEOPLE))
    bill = max((_value(n) for i, n in enumerate(nums) if i not in used), default=None)
    bill, pct, people = bill or 120.0, 15.0 if pct is None else pct, people or 4.0
    return _plan(
        {
            "title": texts.say(lang, "tip.title"),
            "inputs": [
                {"name": "bill", "label": t["bill"], "default": _r(bill), "min": 0, "step": 1},
                {
                    "name": "tip",
                    "label": t["tip"],
                    "unit": "%",
                    "type": "slider",
                    "default": _r(pct),
                    "min": 0,
                    "max": max(30.0, pct),
                    "step": 1,
                },
                {
                    "name": "people",
                    "label": t["people"],
                    "default": _r(people),
                    "min": 1,
                    "max": 100,
                    "step": 1,
                },
            ],
            "computed": [
                {
                    "name": "tip_amount",
                    "label": t["tip_amount"],
                    "formula": "bill * tip / 100",
                    "decimals": 2,
                },
                {"name": "with_tip", "label": t["with_tip"], "formula": "bill + tip_amount", "decimals": 2},
                {"name": "each", "label": t["each"], "formula": "with_tip / round(people)", "decimals": 2},
            ],
            "views": [
                {"type": "metric", "value": "each"},
                {"type": "metric", "value": "tip_amount"},
                {"type": "metric", "value": "with_tip"},
            ],
            "answer": texts.say(lang, "tip.answer"),
        }
    )


_UNIT_WORDS = {
    "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "miles": "mi", "mile": "mi",
    "meters": "m", "metres": "m", "feet": "ft", "foot": "ft", "inches": "in", "inch": "in", "yards": "yd",
    "centimeters": "cm", "centimetres": "cm", "kilograms": "kg", "kilos": "kg", "pounds": "lb", "ounces": "oz",
    "grams": "g", "stone": "st", "liters": "l", "litres": "l", "gallons": "gal", "cups": "cup", "milliliters": "ml",
    "millilitres": "ml", "tablespoons": "tbsp", "teaspoons": "tsp", "celsius": "c", "fahrenheit": "f",
    "kelvin": "k", "kph": "km/h", "mph": "mph", "km/h": "km/h", "knots": "knot", "acres": "acre",
    "hectares": "ha", "calories": "kcal", "kcal": "kcal", "kilojoules": "kj", "公里": "km", "英里": "mi",
    "千克": "kg", "公斤": "kg", "磅": "lb", "摄氏": "c", "华氏": "f", "升": "l",
    # the same units in the other Latin-script languages ("des grammes en tasses", "von Gramm in Tassen")
    "grammes": "g", "gramos": "g", "gramm": "g", "grammi": "g", "gramas": "g", "gram": "g",
    "kilogrammes": "kg", "kilogramos": "kg", "kilogramm": "kg", "chilogrammi": "kg", "quilos": "kg",
    "tasses": "cup", "tazas": "cup", "tassen": "cup", "tazze": "cup", "xícaras": "cup", "kopjes": "cup",
    "litros": "l", "litri": "l", "mililitros": "ml", "millilitri": "ml", "milliliter": "ml",
    "cuillères à soupe": "tbsp", "cucharadas": "tbsp", "esslöffel": "tbsp", "cucchiai": "tbsp",
    "cuillères à café": "tsp", "cucharaditas": "tsp", "teelöffel": "tsp", "cucchiaini": "tsp",
    "pieds": "ft", "fuß": "ft", "piedi": "ft", "pés": "ft", "pouces": "in", "pulgadas": "in", "zoll": "in",
    "pollici": "in", "polegadas": "in", "milles": "mi", "millas": "mi", "meilen": "mi", "miglia": "mi",
    "milhas": "mi", "libras": "lb", "libbre": "lb", "onzas": "oz", "unzen": "oz", "galones": "gal",
}  # fmt: skip


def _units_in(question: str) -> list[str]:
    found: list[tuple[int, str]] = []
    low = question.lower()
    for word, unit in _UNIT_WORDS.items():
        for m in re.finditer(rf"(?<![a-z]){re.escape(word)}(?![a-z])", low):
            found.append((m.start(), unit))
    for unit in UNIT_DIMENSION:
        if len(unit) >= 2 or unit in ("m", "g", "l"):
            for m in re.finditer(rf"(?<![a-z/]){re.escape(unit)}(?![a-z/])", low):
                found.append((m.start(), unit))
    out: list[str] = []
    for _, u in sorted(found):
        if u not in out:
            out.append(u)
    return out


def convert(question: str, lang: str) -> Any:
    t = _t(lang)
    units = _units_in(question) or ["km", "mi"]
    dim = UNIT_DIMENSION[units[0]]
    options = list(UNITS[dim])
    to = next((u for u in units[1:] if UNIT_DIMENSION[u] == dim), next(u for u in options if u != units[0]))
    nums = find_numbers(question)
    value = _value(nums[0]) if nums else (100.0 if dim in ("speed", "temperature") else 1.0)
    return _plan(
        {
            "title": cap(texts.say(lang, "convert.title", dim=texts.say(lang, "dim." + dim))),
            "inputs": [
                {"name": "value", "label": t["value"], "default": _r(value), "step": 1},
                {
                    "name": "source",
                    "label": t["from"],
                    "type": "select",
                    "options": options,
                    "default": units[0],
                },
                {"name": "target", "label": t["to"], "type": "select", "options": options, "default": to},
            ],
            "computed": [
                {
                    "name": "result",
                    "label": t["result"],
                    "formula": "convert(value, source, target)",
                    "decimals": 4,
                }
            ],
            "views": [
                {"type": "metric", "value": "result"},
                {"type": "text", "text": "{value} {source} = {result} {target}"},
            ],
            "answer": texts.say(lang, "convert.answer", dim=texts.say(lang, "dim." + dim)),
        }
    )


CALCULATORS: dict[str, Callable[[str, str], Any]] = {
    "loan": loan, "savings": savings, "breakeven": breakeven, "roi": roi, "bmi": bmi, "tip": tip, "convert": convert,
} | {name: (lambda question, lang, name=name: everyday.build(name, question, lang)) for name in everyday.CALCULATORS}  # fmt: skip


def _fmt(v: float, lang: str = "en") -> str:
    """A figure of the user's in an answer: "300,000", "4.5", in `lang`'s marks ("300.000" in German)."""
    return localize(f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip("."), lang)


# --------------------------------------------------------------------------------------------- quiz

_QA = re.compile(r"^\s*(?:q(?:uestion)?|问|題|frage|pregunta)\s*[:：.)]\s*(.+)$", re.I)
_AA = re.compile(r"^\s*(?:a(?:nswer)?|答|答え|antwort|respuesta|réponse)\s*[:：.)]\s*(.+)$", re.I)
_PAIR = re.compile(r"^\s*(.{1,120}?)\s*(?:=|–|—|->|→|:|：| - )\s*(.{1,200}?)\s*$")
_QMARK = re.compile(r"^(.{3,300}?[?？؟])\s*[-–—:：]?\s*(.{1,300})$")


def _pairs_from_lines(lines: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pending: str | None = None
    for raw in lines:
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)、])\s*", "", raw).strip().strip("*_ ")
        if not line:
            continue
        if (m := _QA.match(line)) is not None:
            pending = m.group(1).strip()
            continue
        if (m := _AA.match(line)) is not None and pending:
            out.append((pending, m.group(1).strip()))
            pending = None
            continue
        if (m := _QMARK.match(line)) is not None:
            out.append((m.group(1).strip(), m.group(2).strip(" *_")))
            continue
        if pending is None and line.endswith(("?", "？", "؟")):
            pending = line
            continue
        if pending is not None:
            out.append((pending, line))
            pending = None
            continue
        if (m := _PAIR.match(line)) is not None:
            out.append((m.group(1).strip(), m.group(2).strip()))
    return out


def _inline_pairs(text: str) -> list[tuple[str, str]]:
    """'hola = hello, gracias = thank you' or 'capital of France – Paris, …' or 'apple 苹果，book 书'."""
    # the pairs after a colon: "=" or a dash between, or a Latin word and its CJK gloss ("卡片：dog 狗，…")
    paired = re.search(r"[:：]\s*\S.*(?:[=–—-]|[A-Za-z]\s+[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])", text)
    body = re.split(r"[:：]\s*", text, maxsplit=1)[-1] if paired else text
    items = [s.strip() for s in re.split(r"[,，;；、،\n]+", body) if s.strip()]
    out = []
    for item in items:
        m = re.match(r"^(.{1,80}?)\s*(?:=|–|—|->|→| - )\s*(.{1,120})$", item)
        if m is None:
            m = re.match(
                r"^([A-Za-z][A-Za-z' -]{0,40}?)\s+([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af].{0,40})$", item
            )
        if m is None:  # "Francia-París": a hyphen between two names, no spaces
            m = re.match(r"^([^\W\d_][^\W\d_' ]{1,30}(?: [^\W\d_]+){0,2})-([^\W\d_][\w' ]{1,60})$", item)
        if m is not None:
            out.append((m.group(1).strip(), m.group(2).strip().rstrip(".。")))
    if len(out) < 2:  # said without marks: "Hund ist dog Katze ist cat Baum ist tree" (three or more)
        said = _SAID_PAIR.findall(text)
        out = said if len(said) >= 3 else out
    return out if len(out) >= 2 else []


# One word, "is" in the planner's languages, one word: a card said aloud or typed without marks.
_SAID_PAIR = re.compile(
    r"(?<![\w'])([^\W\d_]{2,})\s+(?:is|ist|es|est|è|é|означает|significa|means|heißt|betekent|znaczy)\s+([^\W\d_]{2,})(?![\w'])"
)


def quiz_from(content: str, question: str, lang: str) -> Any | None:
    """A quiz (or flashcards) from questions with answers; None when there are fewer than two."""
    from generators.markdown.parse import Table, parse

    pairs: list[tuple[str, str]] = []
    if "\n" in content.strip():
        for node in parse(content):
            if isinstance(node, Table) and len(node.header) >= 2:
                pairs.extend((r[0], r[1]) for r in node.rows if len(r) >= 2 and r[0].strip() and r[1].strip())
        if not pairs:
            pairs = _pairs_from_lines(content.splitlines())
    if len(pairs) < 2:
        pairs = _inline_pairs(content)
    if len(pairs) < 2 and (_has(question, _QUIZ) or _has(question, _CARDS)):
        pairs = more.term_pairs(content)  # "perro dog, gato cat": a term and its answer
    pairs = [(short(q, 300), short(a, 200)) for q, a in pairs if q.strip() and a.strip()][:100]
    if len(pairs) < 2:
        return None
    cards = bool(_has(question, _CARDS)) or not bool(_has(question, _QUIZ))
    if cards and all(len(a) <= 60 for _, a in pairs) and _has(question, _QUIZ):
        cards = False
    questions = []
    answers = list(dict.fromkeys(a for _, a in pairs))
    for n, (q, a) in enumerate(pairs):
        entry: dict[str, Any] = {"question": q, "answer": a}
        if not cards and len(answers) >= 3 and len(a) <= 80:
            others = [x for x in answers if x != a]
            others.sort(key=lambda x: hashlib.sha256(f"{n}|{x}".encode()).hexdigest())
            choices = [a, *others[:3]]
            choices.sort(key=lambda x: hashlib.sha256(f"{q}|{x}".encode()).hexdigest())
            entry["choices"] = choices
        questions.append(entry)
    mode = "flashcards" if cards else "quiz"
    title = texts.say(lang, "cards.title" if cards else "quiz.title")
    return _plan(
        {
            "title": title,
            "views": [{"type": "quiz", "mode": mode, "questions": questions}],
            "answer": texts.say(lang, "cards.answer" if cards else "quiz.answer", n=len(questions)),
        }
    )

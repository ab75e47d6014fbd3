"""The plan of the `app` kind: a small interactive page described as data, never as code.

Inputs are widgets, computed values are formulas (`render.formula`: parsed by a grammar, checked
against the names here, run by our own interpreters), views show them. Validation gathers every
mistake with its field path and the column inside the formula, e.g.
`computed[2].formula: unknown name 'rat' at column 14; did you mean rate? known: …`, so an LLM can
repair a plan in one round. The parsed trees are kept on the plan (`AppPlan.program`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PrivateAttr, model_validator

from render import formula as fm
from render.numerals import language_code
from render.plan import Label, PlanBase, Text, _Model, clean_text

Identifier = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,39}$")]
# No max_length here: the formula parser refuses long text first, with a message naming the limit.
FormulaText = Annotated[str, BeforeValidator(clean_text), Field(min_length=1)]
Cell = Text | float | bool | None

MAX_TABLE_ROWS = 2000
MAX_POINTS = 500  # points of one sweep (chart or table rows)
PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9_]{0,39})\}")


class AppInput(_Model):
    name: Identifier
    """The name formulas use, e.g. `principal`: letters, digits and _, starting with a letter."""

    label: Label = ""
    """What the user sees next to the widget, e.g. "Loan amount"."""

    type: Literal["number", "slider", "select", "toggle", "date", "text"] = "number"
    """number: a typed number; slider: a number dragged between min and max; select: one of
    `options` (text in formulas); toggle: on/off (true/false in formulas); date: a calendar date
    (text YYYY-MM-DD in formulas); text: a short text."""

    default: float | bool | Text | None = None
    """The starting value: a number, true/false, one of the options, YYYY-MM-DD or a text. Omitted:
    min (or 0), the first option, false, or empty text. Dates need one."""

    min: float | None = None
    """number / slider: the smallest value (sliders need it)."""

    max: float | None = None
    """number / slider: the largest value (sliders need it)."""

    step: float | None = Field(default=None, gt=0)
    """number / slider: the increment, e.g. 1, 0.25, 1000."""

    unit: Label = Field(default="", max_length=20)
    """Shown after the value: "%", "years", "kg"."""

    options: list[Label] = Field(default_factory=list, max_length=200)
    """select only: the choices, as shown."""

    help: Label = Field(default="", max_length=300)
    """Optional one-line hint under the widget."""


class Computed(_Model):
    name: Identifier
    """The name other formulas and views use, e.g. `monthly_payment`."""

    label: Label = ""
    """What the user sees, e.g. "Monthly payment"."""

    formula: FormulaText
    """An expression over inputs and other computed values: + - * / ^, comparisons (== != < <= >
    >=), and/or/not, "text" in quotes, and functions: if(cond, a, b), min, max, round(x, digits),
    abs, floor, ceil, sqrt, exp, ln, log10, clamp(x, lo, hi), mod(a, b); Excel-style finance with
    Excel's signs (money paid is negative): pmt(rate, periods, pv), fv(rate, periods, pmt, pv),
    pv(rate, periods, pmt), nper(rate, pmt, pv), rate(periods, pmt, pv); convert(x, "km", "mi");
    over the table: sum("column"), avg("column"), median, min, max, count(); dates:
    days_between(a, b), add_days(d, n), year(d), month(d); concat(a, b). A monthly loan payment:
    `-pmt(rate / 100 / 12, years * 12, principal)`."""

    decimals: int | None = Field(default=None, ge=0, le=10)
    """Digits after the decimal point when shown; omitted: 0 for whole numbers, else 2."""

    prefix: Label = Field(default="", max_length=8)
    """Shown before the number, e.g. "$"."""

    unit: Label = Field(default="", max_length=20)
    """Shown after the number, e.g. "/ month", "%", "kg"."""


class AppFilter(_Model):
    column: Label = Field(min_length=1)
    """A column of the table."""

    op: Literal["==", "!=", ">", ">=", "<", "<=", "contains"] = "=="
    """How the column compares with the input's value (`contains`: case-insensitive text)."""

    input: Identifier
    """The input whose value filters the rows. A select whose value is `all_value`, an empty text
    or a toggle that is off filters nothing; a toggle that is on keeps rows whose cell is true."""

    all_value: Label = "All"
    """select inputs: the option that means "every row"."""


class AppTable(_Model):
    columns: list[Label] = Field(min_length=1, max_length=40)
    """Column names."""

    rows: list[list[Cell]] = Field(default_factory=list, max_length=MAX_TABLE_ROWS)
    """Rows of cells (numbers, text, true/false or null), one cell per column."""


class Sweep(_Model):
    name: Identifier
    """The variable that runs from `start` to `stop`, e.g. `year`; usable in the series formulas."""

    start: FormulaText = "0"
    """First value (a formula over the inputs)."""

    stop: FormulaText
    """Last value (a formula over the inputs), e.g. `years`."""

    step: FormulaText = "1"
    """Increment (a formula over the inputs); at most 500 points."""


class FormulaSeries(_Model):
    name: Label = ""
    """Legend name."""

    values: list[FormulaText] = Field(default_factory=list, max_length=50)
    """With `categories`: one formula per category (e.g. ["principal", "total_interest"])."""

    formula: FormulaText | None = None
    """With `sweep`: the y value as a formula of the sweep variable and the inputs."""


class _View(_Model):
    title: Label = ""
    """Optional heading of the view (the tab's name in the tabs layout)."""


class MetricView(_View):
    type: Literal["metric"] = "metric"
    value: Identifier
    """The name of a computed value (or an input) shown big on a card."""
    caption: Label = ""
    """Optional small text under the number."""


class TextView(_View):
    type: Literal["text"] = "text"
    text: Text = Field(min_length=1, max_length=4000)
    """Plain text with {name} placeholders filled with current values, e.g. "You pay {payment}
    a month, {total_interest} in interest overall."."""


class ChartView(_View):
    type: Literal["chart"] = "chart"
    chart_type: Literal[
        "bar", "horizontal_bar", "grouped_bar", "stacked_bar", "line", "area", "pie", "donut", "scatter"
    ] = "bar"
    """How to draw it (pie/donut: shares of one whole; line/area: a curve over a sweep)."""

    categories: list[Label] = Field(default_factory=list, max_length=50)
    """Formula mode: the category labels; each series gives one formula per category."""

    sweep: Sweep | None = None
    """Curve mode: x runs over a range; each series gives `formula` of the sweep variable."""

    series: list[FormulaSeries] = Field(default_factory=list, max_length=8)
    """Formula and curve modes: the series."""

    x: Label | None = None
    """Table mode: the column along x; rows are grouped by it (after the app's filters)."""

    y: Label | None = None
    """Table mode: the numeric column to aggregate (omit with aggregate=count)."""

    aggregate: Literal["sum", "mean", "count", "min", "max", "median"] = "sum"
    """Table mode: how rows sharing an x value combine."""

    color: Label | None = None
    """Table mode: optional column splitting the rows into series."""

    sort: Literal["asc", "desc"] | None = None
    """Sort categories by value."""

    top_n: int | None = Field(default=None, ge=1, le=50)
    """Keep only the N largest categories."""

    x_title: Label = ""
    y_title: Label = ""
    unit: Label = Field(default="", max_length=20)
    """Unit of the values."""


class TableCell(_Model):
    label: Label = Field(min_length=1)
    """Column heading."""
    formula: FormulaText
    """The cell's value, a formula of the sweep variable and the inputs."""
    decimals: int | None = Field(default=None, ge=0, le=10)
    prefix: Label = Field(default="", max_length=8)
    unit: Label = Field(default="", max_length=20)


class TableView(_View):
    type: Literal["table"] = "table"
    columns: list[Label] = Field(default_factory=list, max_length=40)
    """Table mode: the columns to show (empty: all), rows following the app's filters."""
    max_rows: int = Field(default=100, ge=1, le=MAX_TABLE_ROWS)
    """At most this many rows."""
    sweep: Sweep | None = None
    """Formula mode: one row per value of the sweep (e.g. each year of a loan)."""
    cells: list[TableCell] = Field(default_factory=list, max_length=12)
    """Formula mode: the columns, one formula each."""


class Question(_Model):
    question: Label = Field(min_length=1)
    """The question (quiz) or the front of the card (flashcards)."""
    choices: list[Label] = Field(default_factory=list, max_length=8)
    """Quiz: the choices (the answer among them). Empty: the answer is revealed, not picked."""
    answer: Label = Field(min_length=1)
    """The correct choice, or the back of the card."""
    explanation: Label = ""
    """Shown after answering: why it is right."""


class QuizView(_View):
    type: Literal["quiz"] = "quiz"
    mode: Literal["quiz", "flashcards"] = "quiz"
    """quiz: pick a choice, check, see the score; flashcards: reveal the back, count what you knew."""
    questions: list[Question] = Field(default_factory=list, max_length=100)
    """Empty only when the user names a topic but gives no questions and none can be written for
    them: the page then starts with a box where they type their own, one per line ("question =
    answer"), and asks those. Never invent questions to fill it."""
    count: int | None = Field(default=None, ge=1, le=100)
    """Empty quiz only: how many questions the user asked for (e.g. 20), shown as the target."""


class ChecklistView(_View):
    type: Literal["checklist"] = "checklist"
    items: list[Label] = Field(min_length=1, max_length=50)
    """Things to do; the page shows progress as they are ticked."""


class PickerView(_View):
    """A random draw the user starts with a button: who pays for coffee, whose turn, teams, an order."""

    type: Literal["picker"] = "picker"
    items: list[Label] = Field(default_factory=list, max_length=500)
    """The names or things to draw from, exactly as the user gave them (the user can edit the list on
    the page). Empty: the page starts with an empty box to type them into, one per line."""
    mode: Literal["pick", "shuffle", "teams"] = "pick"
    """pick: draw `count` items; shuffle: put every item in a random order (a rota, a running order);
    teams: split the items at random into `count` teams of (nearly) equal size."""
    count: int = Field(default=1, ge=1, le=100)
    """pick: how many to draw at once; teams: how many teams."""
    no_repeat: bool = False
    """pick: an item drawn is set aside until every item has been drawn once (a fair rota)."""


class TimerPreset(_Model):
    label: Label = ""
    """What the duration is for, e.g. "soft-boiled", "work", "rest"."""
    seconds: float = Field(gt=0, le=7 * 86400)
    """The duration in seconds, e.g. 360 for 6 minutes."""


class TimerView(_View):
    """A countdown or stopwatch that runs on the page, with a sound at the end."""

    type: Literal["timer"] = "timer"
    mode: Literal["countdown", "stopwatch"] = "countdown"
    """countdown: from a preset down to zero; stopwatch: counts up from zero (presets unused)."""
    presets: list[TimerPreset] = Field(default_factory=list, max_length=20)
    """countdown: the durations to choose from, as the user gave them (e.g. 3, 6 and 9 minutes). Empty:
    the user types a duration."""
    sequence: bool = False
    """countdown: run the presets one after another instead of choosing one (work / rest intervals,
    a pomodoro), `rounds` times."""
    rounds: int = Field(default=1, ge=1, le=100)
    """With `sequence`: how many times the whole sequence runs."""
    sound: bool = True
    """Play a short tone when a countdown ends (and at each step of a sequence)."""


class CounterView(_View):
    """A tally or scoreboard: one counter per item, each with + and − buttons (never below 0), a reset,
    and a line with the total and who leads. Keeps score of a game, counts birds by species, laps,
    chores per person. Counts stay on the user's device (the page's local storage, the app session)."""

    type: Literal["counter"] = "counter"
    items: list[Label] = Field(default_factory=list, max_length=50)
    """The names of the counters, exactly as the user gave them (teams, players, species, chores,
    people), each once; the user can rename or add them on the page. Empty: one counter."""
    step: int = Field(default=1, ge=1, le=1000)
    """How much + adds and − takes away, e.g. 1 point, 2 for a basket, 10 for a bonus."""
    every: int | None = Field(default=None, ge=1, le=1_000_000)
    """Only when the user gives the number: an alert each time the counted value reaches a multiple
    of it, e.g. 7 for "switch sides every 7 points". What is counted is `every_of`."""
    every_of: Literal["total", "each"] = "total"
    """total: the sum of all counters reaches the multiple (points of both teams together, as in
    side changes); each: any one counter reaches it (every 10 laps of a runner)."""
    alert: Label = Field(default="", max_length=80)
    """What the alert says, in the user's words, e.g. "Switch sides"; empty: "<N> reached"."""
    target: int | None = Field(default=None, ge=1, le=1_000_000)
    """Only when the user gives the number: first to reach it wins (e.g. 21); the page names who
    reached it first."""
    show_total: bool = True
    """Show the sum of all counters (with several counters)."""


class LogField(_Model):
    name: Label = Field(min_length=1, max_length=60)
    """The column's heading, e.g. "Plant", "Watered on", "Calories"."""
    type: Literal["text", "number", "date", "time", "toggle", "select"] = "text"
    """What an entry holds: text, a number, a date (today by default), a time of day (now by
    default), yes/no, or one of `options`."""
    unit: Label = Field(default="", max_length=20)
    """number: shown after the value, e.g. "ml", "kcal"."""
    options: list[Label] = Field(default_factory=list, max_length=50)
    """select only: the choices."""


class LogView(_View):
    """A tracker: the user adds entries (a row each), sees them listed and, optionally, a running total
    against a goal. Entries stay on the user's device (the page's local storage, the app session)."""

    type: Literal["log"] = "log"
    fields: list[LogField] = Field(min_length=1, max_length=12)
    """What each entry records, in order, e.g. plant (text) and watered on (date)."""
    rows: list[list[Cell]] = Field(default_factory=list, max_length=MAX_TABLE_ROWS)
    """Entries the user already gave, one cell per field (dates as YYYY-MM-DD). Usually empty."""
    total: Label | None = None
    """The name of a number field to add up (e.g. "Calories"); omit for no total."""
    per: Literal["all", "day", "week", "month"] = "all"
    """The total over all entries or per day / week / month of the first date field (today's day,
    this week, this month are shown)."""
    goal: float | None = None
    """A target for the total (per `per`), shown as progress, e.g. 2000 for 2,000 ml of water a day."""
    watch: Label | None = None
    """Only when the user asks to be warned at a level they give: the number field checked. When it
    is `total`, the total of the period is checked ("tell me when I pass 500"), else the latest
    entry ("warn me when boxes left drop below 10")."""
    below: float | None = None
    """Warn while the watched value is below this, e.g. 10."""
    above: float | None = None
    """Warn while the watched value is above this, e.g. 38.5."""
    search: bool = False
    """A search box above the entries: only those with a cell containing what is typed are listed (a
    guest typing their name finds their table, a box is found by its contents)."""


AppView = Annotated[
    MetricView
    | TextView
    | ChartView
    | TableView
    | QuizView
    | ChecklistView
    | PickerView
    | TimerView
    | CounterView
    | LogView,
    Field(discriminator="type"),
]


@dataclass
class Program:
    """The checked plan, ready to run: parsed trees by path, computed values in evaluation order."""

    order: list[str] = field(default_factory=list)
    trees: dict[str, fm.Tree] = field(default_factory=dict)
    """Formula trees by field path ("computed[0].formula", "views[2].series[0].values[1]"…)."""
    columns: list[tuple[str, str]] = field(default_factory=list)
    """(path, column) of every table column the plan names, checked against the table at render."""


class AppPlan(PlanBase):
    """A small interactive page: a calculator, a table explorer, a quiz or flashcards, a checklist,
    a random picker, a timer, a tally counter or scoreboard, a log of entries.
    Inputs are widgets; computed values are formulas over them; views show the results and follow
    every change. Everything is data: no code of any language."""

    kind: Literal["app"] = "app"

    title: Label = Field(min_length=1)
    """What the app does, e.g. "Mortgage calculator"."""

    subtitle: Label = ""
    """Optional one-line context."""

    inputs: list[AppInput] = Field(default_factory=list, max_length=30)
    """The widgets, in order."""

    computed: list[Computed] = Field(default_factory=list, max_length=100)
    """Named formulas; each may use inputs and other computed values (no cycles)."""

    table: AppTable | None = None
    """Rows to explore or aggregate. Omit to use the table the user attached."""

    filters: list[AppFilter] = Field(default_factory=list, max_length=20)
    """Rows of the table kept by the inputs' values; charts, tables and aggregates follow them."""

    views: list[AppView] = Field(min_length=1, max_length=40)
    """What the page shows, in order: metric cards, text, charts, tables, quizzes, checklists,
    pickers, timers, counters, logs."""

    layout: Literal["rows", "columns", "tabs"] = "rows"
    """rows: inputs on top, views below; columns: inputs in a left column, views on the right;
    tabs: inputs on top, each view in its own tab (named by its title)."""

    language: Annotated[str, BeforeValidator(language_code)] = ""
    """ISO 639-1 code of the language the app's texts are written in ("fr", "de"): the page's own
    words (buttons, notes, "Score") follow it (`render.interactive_words`). Empty: English."""

    _program: Program | None = PrivateAttr(default=None)

    @property
    def program(self) -> Program:
        if self._program is None:  # pragma: no cover - set by validation
            self._program = _compile(self)
        return self._program

    def names(self) -> list[str]:
        return [i.name for i in self.inputs] + [c.name for c in self.computed]

    def input(self, name: str) -> AppInput | None:
        return next((i for i in self.inputs if i.name == name), None)

    def computed_by_name(self, name: str) -> Computed | None:
        return next((c for c in self.computed if c.name == name), None)

    @model_validator(mode="after")
    def _check(self) -> AppPlan:
        self._program = _compile(self)
        return self


# ----------------------------------------------------------------------------------------- checking


class _Errors(list):
    """Errors with their field paths; at most a dozen are reported, the first ones."""

    def add(self, path: str, message: str) -> None:
        self.append(f"{path}: {message}")


MAX_FORMULAS = 500
MAX_FORMULA_CHARS = 20_000  # all formulas together: validation stays well under a second
MAX_SWEPT = 40  # formulas run at every point of a sweep (≤ 500 points): ≤ 20,000 evaluations a change


def _formula_texts(plan: AppPlan) -> list[str]:
    out = [c.formula for c in plan.computed]
    for v in plan.views:
        sweep = getattr(v, "sweep", None)
        if sweep is not None:
            out += [sweep.start, sweep.stop, sweep.step]
        for s in getattr(v, "series", None) or []:
            out += [*s.values, *([s.formula] if s.formula else [])]
        out += [c.formula for c in getattr(v, "cells", None) or []]
    return out


def _compile(plan: AppPlan) -> Program:
    errors = _Errors()
    program = Program()
    texts = _formula_texts(plan)
    size = sum(min(len(t), fm.MAX_LENGTH + 1) for t in texts)  # an overlong one is refused by itself
    if len(texts) > MAX_FORMULAS or size > MAX_FORMULA_CHARS:
        raise ValueError(
            f"formulas: the app has {len(texts):,} formulas of {size:,} characters in all; at most {MAX_FORMULAS} "
            f"formulas and {MAX_FORMULA_CHARS:,} characters: simplify it"
        )
    swept = sum(
        len(getattr(v, "series", []) or getattr(v, "cells", []))
        for v in plan.views
        if getattr(v, "sweep", None)
    )
    if swept > MAX_SWEPT:
        raise ValueError(f"views: {swept} series and cells run over sweeps; at most {MAX_SWEPT} in all")
    names = _check_names(plan, errors)
    for i, inp in enumerate(plan.inputs):
        _check_input(inp, f"inputs[{i}]", errors)

    def compile_at(path: str, text: str, known: list[str]) -> fm.Formula | None:
        try:
            f = fm.parse(text)
        except fm.FormulaError as err:
            errors.add(path, str(err))
            return None
        for message in fm.check_names(f, known):
            errors.add(path, message)
        program.trees[path] = f.tree
        program.columns.extend((path, col) for col, _ in f.columns)
        return f

    deps: dict[str, set[str]] = {}
    for i, c in enumerate(plan.computed):
        f = compile_at(f"computed[{i}].formula", c.formula, names)
        deps[c.name] = (f.refs() if f else set()) & {c.name for c in plan.computed}
    try:
        program.order = fm.order(deps)
    except fm.FormulaError as err:
        errors.add("computed", str(err))
    inputs = {i.name for i in plan.inputs}
    for i, flt in enumerate(plan.filters):
        if flt.input not in inputs:
            errors.add(f"filters[{i}].input", f"unknown input {flt.input!r}; inputs: {', '.join(inputs)}")
        program.columns.append((f"filters[{i}].column", flt.column))
    for i, view in enumerate(plan.views):
        _check_view(view, f"views[{i}]", plan, names, compile_at, program, errors)
    if plan.table is not None:
        cols = plan.table.columns
        if len(set(cols)) != len(cols):
            errors.add("table.columns", "column names must be unique")
        for r, row in enumerate(plan.table.rows):
            if len(row) != len(cols):
                errors.add(f"table.rows[{r}]", f"has {len(row)} cells but there are {len(cols)} columns")
                break
        for path, col in program.columns:
            if col not in cols:
                errors.add(path, f"the table has no column {col!r}; columns: {', '.join(cols[:30])}")
    if errors:
        raise ValueError("; ".join(errors[:12]))
    return program


def _check_names(plan: AppPlan, errors: _Errors) -> list[str]:
    seen: dict[str, str] = {}
    items = [(f"inputs[{i}].name", x.name) for i, x in enumerate(plan.inputs)]
    items += [(f"computed[{i}].name", x.name) for i, x in enumerate(plan.computed)]
    for path, name in items:
        if name.lower() in fm.RESERVED:
            errors.add(path, f"{name!r} is a reserved word; choose another name")
        elif name in seen:
            errors.add(path, f"the name {name!r} is already used by {seen[name]}")
        else:
            seen[name] = path.rsplit(".", 1)[0]
    return list(seen)


def _check_input(inp: AppInput, path: str, errors: _Errors) -> None:
    d = inp.default
    if inp.type in ("number", "slider"):
        if inp.type == "slider" and (inp.min is None or inp.max is None):
            errors.add(path, "a slider needs min and max")
        if inp.min is not None and inp.max is not None and inp.min > inp.max:
            errors.add(path, f"min ({inp.min:g}) is greater than max ({inp.max:g})")
        if d is not None and (isinstance(d, bool) or not isinstance(d, int | float)):
            errors.add(f"{path}.default", f"a {inp.type} input needs a number, got {d!r}")
        elif d is not None and (
            (inp.min is not None and d < inp.min) or (inp.max is not None and d > inp.max)
        ):
            errors.add(f"{path}.default", f"{d:g} is outside min..max")
    elif inp.type == "select":
        if not inp.options:
            errors.add(f"{path}.options", "a select input needs options")
        elif d is not None and str(d) not in inp.options:
            errors.add(f"{path}.default", f"{d!r} is not one of the options")
    elif inp.type == "toggle":
        if d is not None and not isinstance(d, bool):
            errors.add(f"{path}.default", f"a toggle needs true or false, got {d!r}")
    elif inp.type == "date":
        try:
            date.fromisoformat(str(d))
        except ValueError:
            errors.add(f"{path}.default", f"a date input needs a default date as YYYY-MM-DD, got {d!r}")
    elif inp.type == "text" and d is not None and (not isinstance(d, str) or len(d) > 200):
        errors.add(f"{path}.default", "a text input needs a short text (at most 200 characters)")


def _check_view(
    view: Any, path: str, plan: AppPlan, names: list[str], compile_at: Any, program: Program, errors: _Errors
) -> None:
    if isinstance(view, MetricView):
        if view.value not in names:
            errors.add(f"{path}.value", f"unknown name {view.value!r}; known: {', '.join(names[:30])}")
    elif isinstance(view, TextView):
        for m in PLACEHOLDER.finditer(view.text):
            if m.group(1) not in names:
                errors.add(
                    f"{path}.text",
                    f"unknown placeholder {{{m.group(1)}}} at column {m.start() + 1}; "
                    f"known: {', '.join(names[:30])}",
                )
    elif isinstance(view, ChartView):
        _check_chart(view, path, names, compile_at, program, errors)
    elif isinstance(view, TableView):
        if view.sweep is not None or view.cells:
            if view.sweep is None or not view.cells:
                errors.add(path, "a formula table needs both `sweep` and `cells`")
                return
            inner = _check_sweep(view.sweep, f"{path}.sweep", names, compile_at, errors)
            for j, cell in enumerate(view.cells):
                compile_at(f"{path}.cells[{j}].formula", cell.formula, inner)
        else:
            program.columns.extend((f"{path}.columns", c) for c in view.columns)
    elif isinstance(view, LogView):
        _check_log(view, path, errors)
    elif isinstance(view, PickerView):
        if view.mode == "teams" and view.items and view.count > len(view.items):
            errors.add(f"{path}.count", f"{view.count} teams but only {len(view.items)} items")
    elif isinstance(view, CounterView):
        if view.alert and view.every is None:
            errors.add(f"{path}.alert", "an alert needs `every` (the number it comes at)")
    elif isinstance(view, TimerView):
        if view.sequence and not view.presets:
            errors.add(f"{path}.presets", "a sequence needs presets to run one after another")
    elif isinstance(view, QuizView):
        for j, q in enumerate(view.questions):
            if q.choices and q.answer not in q.choices:
                errors.add(
                    f"{path}.questions[{j}].answer", f"{q.answer!r} is not one of the choices {q.choices}"
                )


def _check_log(view: LogView, path: str, errors: _Errors) -> None:
    names = [f.name for f in view.fields]
    if len(set(names)) != len(names):
        errors.add(f"{path}.fields", "field names must be unique")
    for j, f in enumerate(view.fields):
        if f.type == "select" and not f.options:
            errors.add(f"{path}.fields[{j}].options", "a select field needs options")
    by_name = {f.name: f for f in view.fields}
    if view.total is not None:
        f = by_name.get(view.total)
        if f is None or f.type != "number":
            numbers = [f.name for f in view.fields if f.type == "number"]
            errors.add(f"{path}.total", f"{view.total!r} is not a number field; number fields: {numbers}")
    if view.per != "all" and not any(f.type == "date" for f in view.fields):
        errors.add(f"{path}.per", f"a total per {view.per} needs a date field")
    if view.goal is not None and view.total is None:
        errors.add(f"{path}.goal", "a goal needs a total")
    if view.watch is not None:
        f = by_name.get(view.watch)
        if f is None or f.type != "number":
            numbers = [f.name for f in view.fields if f.type == "number"]
            errors.add(f"{path}.watch", f"{view.watch!r} is not a number field; number fields: {numbers}")
        if view.below is None and view.above is None:
            errors.add(f"{path}.watch", "a watched field needs `below` or `above`")
    elif view.below is not None or view.above is not None:
        errors.add(f"{path}.watch", "`below` and `above` need `watch` (the number field they are for)")
    for r, row in enumerate(view.rows):
        if len(row) != len(view.fields):
            errors.add(f"{path}.rows[{r}]", f"has {len(row)} cells but there are {len(view.fields)} fields")
            break


def _check_sweep(sweep: Sweep, path: str, names: list[str], compile_at: Any, errors: _Errors) -> list[str]:
    if sweep.name in names or sweep.name.lower() in fm.RESERVED:
        errors.add(f"{path}.name", f"{sweep.name!r} is already a name; choose another")
    for part in ("start", "stop", "step"):
        compile_at(f"{path}.{part}", getattr(sweep, part), names)
    return [*names, sweep.name]


def _check_chart(
    view: ChartView, path: str, names: list[str], compile_at: Any, program: Program, errors: _Errors
) -> None:
    modes = [m for m, on in (("table", view.x is not None), ("sweep", view.sweep is not None)) if on]
    if view.categories:
        modes.append("categories")
    if len(modes) != 1:
        errors.add(
            path,
            "give exactly one data mode: `categories` with series values, a `sweep` with series "
            f"formulas, or table columns `x` (and `y`); got {', '.join(modes) or 'none'}",
        )
        return
    if modes == ["table"]:
        program.columns.extend(
            (f"{path}.{k}", getattr(view, k)) for k in ("x", "y", "color") if getattr(view, k) is not None
        )
        if view.y is None and view.aggregate != "count":
            errors.add(f"{path}.y", f"a column is needed for aggregate {view.aggregate!r} (or use count)")
        return
    if not view.series:
        errors.add(f"{path}.series", "the chart needs at least one series")
    known = names
    if view.sweep is not None:
        known = _check_sweep(view.sweep, f"{path}.sweep", names, compile_at, errors)
    for j, s in enumerate(view.series):
        sp = f"{path}.series[{j}]"
        if view.sweep is not None:
            if s.formula is None:
                errors.add(f"{sp}.formula", "a sweep chart needs one formula per series")
            else:
                compile_at(f"{sp}.formula", s.formula, known)
        else:
            if len(s.values) != len(view.categories):
                errors.add(
                    f"{sp}.values",
                    f"has {len(s.values)} formulas but there are {len(view.categories)} categories",
                )
            for k, text in enumerate(s.values):
                compile_at(f"{sp}.values[{k}]", text, known)

"""The app as still pages (SVG, PNG, PPTX): a snapshot at the default inputs, values computed.

The inputs sit in a panel on the left with their default values; the views flow on the right —
metric cards in rows, text with its placeholders filled, charts as `ChartSlot`s with inline data (so
PowerPoint gets native charts), tables as grids, quizzes with their choices, checklists with boxes.
What does not fit continues on a "(cont.)" page; the tabs layout gives each view its own page. The
speaker notes list the inputs, every formula with its value, and the quiz answers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from render import frame
from render import interactive_tools as tools
from render.interactive_model import (
    AppPlan,
    ChartView,
    ChecklistView,
    CounterView,
    LogView,
    MetricView,
    PickerView,
    QuizView,
    TableView,
    TextView,
    TimerView,
)
from render.interactive_state import DASH, State, ViewState, evaluate, fmt, shown, table_cell
from render.interactive_words import say
from render.layout import ChartSlot, Context, Element, Grid, Layout, Page, Rect, Shape, text_box
from render.numerals import localize

PANEL_W = 250.0
CHIP_H = 26.0
CHIP_W = 150.0
CHIP_ROWS = 5  # rows of chips before "+ N more"
BUTTON_H = 30.0
CARD_H = 92.0
CARDS_PER_ROW = 4
ROW_H = 22.0
HEAD_H = 24.0
CONTINUED = " (cont.)"
LETTERS = "ABCDEFGH"


@dataclass
class _Flow:
    """Pages being filled top to bottom."""

    plan: AppPlan
    ctx: Context
    pages: list[Page] = field(default_factory=list)
    rect: Rect = field(default_factory=lambda: Rect(0, 0, 1, 1))
    y: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def room(self) -> float:
        return self.rect.bottom - self.y

    @property
    def fresh(self) -> bool:
        return self.y <= self.rect.y + 0.5

    def new_page(self, subtitle: str = "", first: bool = False) -> None:
        title = self.plan.title if first or subtitle else self.plan.title + CONTINUED
        page, body = frame.open_page(self.ctx, title, subtitle if not first else self.plan.subtitle)
        self.pages.append(page)
        self.rect, self.y = body, body.y

    def add(self, el: Element) -> None:
        self.pages[-1].add(el)

    def need(self, h: float) -> None:
        """Start a continuation page unless `h` points fit (or the page is still empty)."""
        if h > self.room + 0.5 and not self.fresh:
            self.new_page()


def layout(plan: AppPlan, ctx: Context) -> Layout:
    """The snapshot pages at the default inputs."""
    from render.interactive_state import app_table

    state = evaluate(plan, table=app_table(plan, ctx.table))
    flow = _Flow(plan, ctx)
    flow.new_page(first=True)
    if plan.inputs:
        _inputs_panel(flow, state)
    groups = _groups(plan)
    for n, group in enumerate(groups):
        if plan.layout == "tabs" and n > 0:
            flow.new_page(subtitle=group[0][1].title or say(plan.language, "tab", n=n + 1))
        for kind, items in _runs(group):
            if kind == "metric":
                _metrics(flow, state, items)
            elif kind == "chart":
                _charts(flow, state, items)
            else:
                for i, view in items:
                    _view(flow, state, i, view)
    flow.pages[0].notes = _notes(plan, state)
    for page, extra in zip(flow.pages[1:], _page_notes(flow), strict=False):
        page.notes = extra
    return Layout(flow.pages, kind="app", title=plan.title)


def place(plan: AppPlan, rect: Rect, ctx: Context) -> list[Element]:
    """The embed protocol: the snapshot's first page, scaled into `rect`."""
    return frame.scaled_pages(layout(plan, ctx), rect, ctx, "app")


# --------------------------------------------------------------------------------------------- parts


def _groups(plan: AppPlan) -> list[list[tuple[int, Any]]]:
    """Tabs: one group per view; otherwise all views in one flow."""
    views = list(enumerate(plan.views))
    return [[v] for v in views] if plan.layout == "tabs" else [views]


def _runs(group: list[tuple[int, Any]]) -> list[tuple[str, list[tuple[int, Any]]]]:
    """Consecutive metric views form one run (a row of cards), consecutive charts pair up side by
    side; every other view is its own run."""
    out: list[tuple[str, list[tuple[int, Any]]]] = []
    for i, view in group:
        kind = (
            "metric" if isinstance(view, MetricView) else "chart" if isinstance(view, ChartView) else "view"
        )
        if kind != "view" and out and out[-1][0] == kind and (kind == "metric" or len(out[-1][1]) < 2):
            out[-1][1].append((i, view))
        else:
            out.append((kind, [(i, view)]))
    return out


def _inputs_panel(flow: _Flow, state: State) -> None:
    theme = flow.ctx.theme
    body = flow.rect
    plan = flow.plan
    natural = 12 + 24 + 40.0 * len(plan.inputs) + 12
    panel = Rect(body.x, body.y, min(PANEL_W, body.w * 0.32), min(body.h, natural))
    flow.add(Shape(panel, "rounded", fill=theme.surface, stroke=theme.line, stroke_width=1, name="bg:inputs"))
    inner = panel.inset(14, 12)
    flow.add(
        text_box(say(plan.language, "inputs"), Rect(inner.x, inner.y, inner.w, 20), max_size=theme.small_size + 1, min_size=8,
                 color=theme.muted, bold=True, max_lines=1, name="inputs-heading")
    )  # fmt: skip
    y, row = inner.y + 24, 40.0
    fits = max(int((inner.bottom - y) // row), 1)
    shown_inputs = plan.inputs if len(plan.inputs) <= fits else plan.inputs[: fits - 1]
    for inp in shown_inputs:
        value = shown(plan, inp.name, state.values.get(inp.name))
        flow.add(
            text_box(inp.label or inp.name, Rect(inner.x, y, inner.w, 16), max_size=theme.small_size,
                     min_size=8, color=theme.muted, max_lines=1, name=f"input-label:{inp.name}")
        )  # fmt: skip
        flow.add(
            text_box(value, Rect(inner.x, y + 16, inner.w, 20), max_size=theme.body_size - 3, min_size=8,
                     color=theme.text, bold=True, max_lines=1, name=f"input-value:{inp.name}")
        )  # fmt: skip
        y += row
    if len(shown_inputs) < len(plan.inputs):
        more = len(plan.inputs) - len(shown_inputs)
        flow.add(
            text_box(say(plan.language, "more_inputs" if more > 1 else "more_input", n=more), Rect(inner.x, y, inner.w, 18),
                     max_size=theme.small_size, min_size=8, color=theme.muted, max_lines=1, name="inputs-more")
        )  # fmt: skip
    gap = theme.gap
    flow.rect = Rect(panel.right + gap, body.y, body.right - panel.right - gap, body.h)


def _heading(flow: _Flow, title: str) -> None:
    if not title.strip():
        return
    theme = flow.ctx.theme
    box = frame.fit(
        title, Rect(flow.rect.x, flow.y, flow.rect.w, HEAD_H), max_size=theme.small_size + 3, min_size=9,
        color=theme.text, bold=True, max_lines=1, name="view-title",
    )  # fmt: skip
    flow.add(box)
    flow.y = box.rect.bottom + 6


def _metrics(flow: _Flow, state: State, items: list[tuple[int, MetricView]]) -> None:
    theme = flow.ctx.theme
    for start in range(0, len(items), CARDS_PER_ROW):
        row = items[start : start + CARDS_PER_ROW]
        flow.need(CARD_H)
        gap = 12.0
        w = (flow.rect.w - gap * (len(row) - 1)) / len(row)
        for k, (i, view) in enumerate(row):
            vs = state.views[i]
            r = Rect(flow.rect.x + k * (w + gap), flow.y, w, min(CARD_H, max(flow.room, 40.0)))
            flow.add(
                Shape(r, "rounded", fill=theme.surface, stroke=theme.line, stroke_width=1, name="bg:metric")
            )
            inner = r.inset(12, 8)
            label = view.title or _label(flow.plan, view.value)
            flow.add(
                text_box(label, Rect(inner.x, inner.y, inner.w, 16), max_size=theme.small_size, min_size=7,
                         color=theme.muted, max_lines=1, name=f"metric-label:{view.value}")
            )  # fmt: skip
            flow.add(
                text_box(vs.text, Rect(inner.x, inner.y + 18, inner.w, inner.h * 0.5), max_size=28,
                         min_size=9, color=theme.accent if not vs.error else theme.muted, bold=True,
                         max_lines=1, name=f"metric-value:{view.value}")
            )  # fmt: skip
            note = vs.error or view.caption
            if note:
                flow.add(
                    text_box(note, Rect(inner.x, inner.bottom - 15, inner.w, 15), max_size=theme.small_size - 1,
                             min_size=7, color=theme.muted, max_lines=1, name=f"metric-note:{view.value}")
                )  # fmt: skip
        flow.y += CARD_H + theme.gap * 0.75


def _charts(flow: _Flow, state: State, items: list[tuple[int, ChartView]]) -> None:
    """One chart across the area, or two side by side; each as a ChartSlot (native in PowerPoint)."""
    theme = flow.ctx.theme
    flow.need(200.0)
    h = max(flow.room if flow.room < 360 else 300.0, 60.0)
    w = (flow.rect.w - theme.gap * (len(items) - 1)) / len(items)
    for k, (i, view) in enumerate(items):
        vs = state.views[i]
        r = Rect(flow.rect.x + k * (w + theme.gap), flow.y, w, h)
        if vs.chart is None:
            title = view.title or say(flow.plan.language, "chart")
            flow.add(frame.placeholder(r, f"{title}: {vs.error or DASH}", theme))
        else:
            flow.add(ChartSlot(r, vs.chart, flow.ctx.chart_data(vs.chart), name="app-chart"))
    flow.y += h + theme.gap


def _label(plan: AppPlan, name: str) -> str:
    c = plan.computed_by_name(name)
    inp = plan.input(name)
    return (c.label if c else inp.label if inp else "") or name


def _view(flow: _Flow, state: State, i: int, view: Any) -> None:
    theme = flow.ctx.theme
    vs = state.views[i]
    if isinstance(view, TextView):
        probe = text_box(vs.text, Rect(0, 0, flow.rect.w, 400), max_size=theme.body_size - 2, min_size=11,
                         color=theme.text)  # fmt: skip
        h = min(probe.text_height + 4, 200.0)
        flow.need(h + (HEAD_H if view.title else 0))
        _heading(flow, view.title)
        box = frame.fit(vs.text, Rect(flow.rect.x, flow.y, flow.rect.w, min(h, flow.room)),
                        max_size=theme.body_size - 2, min_size=9, color=theme.text, name="app-text")  # fmt: skip
        flow.add(box)
        flow.y = box.rect.bottom + theme.gap * 0.75
    elif isinstance(view, TableView):
        _table(flow, view, vs)
    elif isinstance(view, QuizView):
        _quiz(flow, view)
    elif isinstance(view, ChecklistView):
        _checklist(flow, view)
    elif isinstance(view, PickerView):
        _picker(flow, view, vs)
    elif isinstance(view, TimerView):
        _timer(flow, view, vs)
    elif isinstance(view, CounterView):
        _counter(flow, view, vs)
    elif isinstance(view, LogView):
        _log(flow, view, vs)


def _table(flow: _Flow, view: TableView, vs: Any) -> None:
    theme = flow.ctx.theme
    flow.need(HEAD_H + ROW_H * 3)
    _heading(flow, view.title)
    if vs.error and not vs.rows:
        r = Rect(flow.rect.x, flow.y, flow.rect.w, min(60.0, flow.room))
        flow.add(frame.placeholder(r, vs.error, theme))
        flow.y = r.bottom + theme.gap
        return
    cols = vs.columns[:8]
    w = flow.rect.w / max(len(cols), 1)
    # a number's decimal mark in the app's marks, as the page shows it (app.js cellText)
    lang = flow.plan.language
    rows = [[c if isinstance(c, str) else table_cell(c, lang) for c in r[:8]] for r in vs.rows]
    fits = max(int((flow.room - ROW_H) // ROW_H) - 1, 1)
    shown_rows = rows[:fits]
    head = Rect(flow.rect.x, flow.y, flow.rect.w, ROW_H)
    flow.add(Shape(head, "rect", fill=theme.surface, name="bg:table-head"))
    for k, col in enumerate(cols):
        flow.add(_cell(col, Rect(head.x + k * w, head.y, w, ROW_H), theme, bold=True))
    y = head.bottom
    for row in shown_rows:
        for k, value in enumerate(row):
            flow.add(_cell(value, Rect(flow.rect.x + k * w, y, w, ROW_H), theme))
        y += ROW_H
    more = len(rows) - len(shown_rows) + vs.more
    if more:
        flow.add(
            text_box(say(lang, "more_rows", n=localize(f"{more:,}", lang)), Rect(flow.rect.x, y, flow.rect.w, ROW_H - 4),
                     max_size=theme.small_size, min_size=7, color=theme.muted, max_lines=1, name="table-more")
        )  # fmt: skip
        y += ROW_H
    flow.y = y + theme.gap * 0.75


def _cell(text: str, r: Rect, theme: Any, bold: bool = False) -> Any:
    return text_box(text or " ", r.inset(4, 3), max_size=theme.small_size, min_size=theme.small_size, color=theme.text,
                    bold=bold, max_lines=1, valign="middle", name="table-cell")  # fmt: skip


def _quiz(flow: _Flow, view: QuizView) -> None:
    """Questions with their choices, in two columns on a wide area; answers go to the notes."""
    theme = flow.ctx.theme
    flow.need(HEAD_H + 60)
    noun = "n_cards" if view.mode == "flashcards" else "n_questions"
    if not view.questions:
        _quiz_to_write(flow, view, noun)
        return
    count = say(flow.plan.language, noun, n=len(view.questions))
    _heading(flow, f"{view.title} · {count}" if view.title else count)
    size = theme.small_size + 2
    cols = 2 if flow.rect.w >= 560 else 1
    gap = theme.gap
    col, top, bottom = 0, flow.y, flow.y
    for n, q in enumerate(view.questions, 1):
        col_w = (flow.rect.w - gap * (cols - 1)) / cols
        choices = [] if view.mode == "flashcards" else [f"{LETTERS[k]}. {c}" for k, c in enumerate(q.choices)]
        head = text_box(f"{n}. {q.question}", Rect(0, 0, col_w, size * 2.6), max_size=size, min_size=8,
                        color=theme.text, bold=True, max_lines=2)  # fmt: skip
        h = min(head.text_height + 2 + len(choices) * (size - 1) * 1.6 + 10, 200.0)
        if flow.y + h > flow.rect.bottom and flow.y > top + 0.5:  # this column is full
            col += 1
            if col >= cols:
                flow.new_page()
                col, top, bottom = 0, flow.y, flow.y
                col_w = (flow.rect.w - gap * (cols - 1)) / cols
            flow.y = top
        x = flow.rect.x + col * (col_w + gap)
        q_box = frame.fit(f"{n}. {q.question}", Rect(x, flow.y, col_w, min(size * 2.6, flow.room)),
                          max_size=size, min_size=8, color=theme.text, bold=True, max_lines=2, name="quiz-question")  # fmt: skip
        flow.add(q_box)
        flow.y = q_box.rect.bottom + 2
        if choices:
            c_box = frame.fit(choices, Rect(x + 16, flow.y, col_w - 16, max(min(h, flow.room), 12.0)),
                              max_size=size - 1, min_size=7, color=theme.text, name="quiz-choices")  # fmt: skip
            flow.add(c_box)
            flow.y = c_box.rect.bottom
        flow.y += 8
        bottom = max(bottom, flow.y)
        flow.notes.append(
            f"{len(flow.pages)}|{n}. {q.question} → {q.answer}"
            + (f" ({q.explanation})" if q.explanation else "")
        )
    flow.y = max(bottom, flow.y) + theme.gap * 0.5


def _quiz_to_write(flow: _Flow, view: QuizView, noun: str) -> None:
    """A quiz the user writes: what to write, and numbered lines to write it on (up to 24, in two
    columns past 12)."""
    theme, lang = flow.ctx.theme, flow.plan.language
    head = view.title or say(lang, "flashcards" if view.mode == "flashcards" else "quiz")
    _heading(flow, f"{head} · {say(lang, noun, n=view.count)}" if view.count else head)
    note = tools.quiz_note(view, 0, 0, lang) if view.count else say(lang, "quiz_write")
    size = theme.small_size + 2
    box = frame.fit(note, Rect(flow.rect.x, flow.y, flow.rect.w, size * 2), max_size=size, min_size=7,
                    color=theme.text, max_lines=2, name="quiz-to-write")  # fmt: skip
    flow.add(box)
    flow.y = box.rect.bottom + 6
    blanks = [f"{n}. ______________ = ________" for n in range(1, min(view.count or 5, 24) + 1)]
    cols = 2 if len(blanks) > 12 else 1
    per = -(-len(blanks) // cols)
    col_w = (flow.rect.w - theme.gap) / 2 if cols == 2 else flow.rect.w
    bottom = flow.y
    for c in range(cols):
        part = blanks[c * per : (c + 1) * per]
        box = frame.fit(part, Rect(flow.rect.x + c * (col_w + theme.gap), flow.y, col_w,
                        max(min(flow.room, 24.0 * len(part)), 12.0)), max_size=size, min_size=7,
                        color=theme.text, name="quiz-to-write")  # fmt: skip
        flow.add(box)
        bottom = max(bottom, box.rect.bottom)
    flow.y = bottom + theme.gap * 0.5


def _checklist(flow: _Flow, view: ChecklistView) -> None:
    theme = flow.ctx.theme
    size = theme.body_size - 3
    flow.need(HEAD_H + size * 2)
    lang = flow.plan.language
    _heading(
        flow, f"{view.title or say(lang, 'checklist')} · {say(lang, 'checked', done=0, n=len(view.items))}"
    )
    for item in view.items:
        flow.need(size * 1.4)
        box = frame.fit("☐ " + item, Rect(flow.rect.x, flow.y, flow.rect.w, min(size * 2.6, max(flow.room, 12.0))),
                        max_size=size, min_size=8, color=theme.text, max_lines=2, name="checklist-item")  # fmt: skip
        flow.add(box)
        flow.y = box.rect.bottom + 4
    flow.y += theme.gap * 0.5


# ------------------------------------------------------------------------------- picker, timer, log


def _chips(flow: _Flow, items: list[str], name: str, first_marked: bool = False) -> None:
    """Items as rounded chips in equal columns; what does not fit in CHIP_ROWS rows is counted."""
    theme = flow.ctx.theme
    gap = 8.0
    cols = max(1, int((flow.rect.w + gap) // (CHIP_W + gap)))
    w = (flow.rect.w - gap * (cols - 1)) / cols
    rows = max(1, min(CHIP_ROWS, int((flow.room - 24 + gap) // (CHIP_H + gap))))
    fits = cols * rows
    shown_items = items if len(items) <= fits else items[: fits - 1]
    for k, item in enumerate(shown_items):
        r = Rect(flow.rect.x + (k % cols) * (w + gap), flow.y + (k // cols) * (CHIP_H + gap), w, CHIP_H)
        marked = first_marked and k == 0
        label = text_box(item or " ", r.inset(10, 4), max_size=theme.small_size + 1, min_size=7,
                         color=theme.text, bold=marked, max_lines=1, valign="middle", name=f"{name}-text")  # fmt: skip
        flow.add(Shape(r, "rounded", fill=theme.surface, stroke=theme.accent if marked else theme.line,
                       stroke_width=2 if marked else 1, text=label, name=name))  # fmt: skip
    n = len(shown_items)
    if len(shown_items) < len(items):
        k = n
        r = Rect(flow.rect.x + (k % cols) * (w + gap), flow.y + (k // cols) * (CHIP_H + gap), w, CHIP_H)
        flow.add(
            text_box(f"+ {len(items) - n:,} more", r.inset(10, 4), max_size=theme.small_size, min_size=7,
                     color=theme.muted, max_lines=1, valign="middle", name=f"{name}-more")
        )  # fmt: skip
        n += 1
    flow.y += math.ceil(n / cols) * (CHIP_H + gap) + 4


def _buttons(flow: _Flow, labels: list[str], name: str) -> None:
    """Button shapes as the page draws them (the first one in the accent colour)."""
    theme = flow.ctx.theme
    x = flow.rect.x
    for k, label in enumerate(labels):
        w = min(max(90.0, 22 + 7.5 * len(label)), flow.rect.w - (x - flow.rect.x))
        if w < 60:
            break
        r = Rect(x, flow.y, w, BUTTON_H)
        text = text_box(label, r.inset(8, 4), max_size=theme.small_size + 1, min_size=7, bold=k == 0,
                        color=theme.on_accent if k == 0 else theme.text, align="center", valign="middle",
                        max_lines=1, name=f"{name}-label")  # fmt: skip
        flow.add(Shape(r, "rounded", fill=theme.accent if k == 0 else theme.background,
                       stroke=theme.accent if k == 0 else theme.line, stroke_width=1, text=text, name=name))  # fmt: skip
        x = r.right + 10
    flow.y += BUTTON_H + 6


def _line(flow: _Flow, text: str, name: str, color: str | None = None) -> None:
    if not text:
        return
    theme = flow.ctx.theme
    flow.need(18)
    box = frame.fit(text, Rect(flow.rect.x, flow.y, flow.rect.w, min(36.0, max(flow.room, 12.0))),
                    max_size=theme.small_size, min_size=7, color=color or theme.muted, max_lines=2, name=name)  # fmt: skip
    flow.add(box)
    flow.y = box.rect.bottom + 4


def _picker(flow: _Flow, view: PickerView, vs: ViewState) -> None:
    """The items as chips and the draw button; no winner: a snapshot draws nothing."""
    theme = flow.ctx.theme
    flow.need(HEAD_H + CHIP_H * 2 + BUTTON_H)
    _heading(flow, view.title)
    if vs.items:
        _chips(flow, vs.items, "picker-item")
    else:
        r = Rect(flow.rect.x, flow.y, flow.rect.w, min(60.0, max(flow.room - BUTTON_H, 24.0)))
        flow.add(
            Shape(r, "rounded", fill=theme.background, stroke=theme.line, stroke_width=1, name="picker-empty")
        )
        flow.y = r.bottom + 8
    flow.need(BUTTON_H)
    _buttons(flow, [vs.text], "picker-button")
    _line(flow, vs.note, "picker-note")
    flow.y += theme.gap * 0.5


def _timer(flow: _Flow, view: TimerView, vs: ViewState) -> None:
    """The time a start would count down from, big; the presets to choose from; the buttons."""
    theme = flow.ctx.theme
    flow.need(HEAD_H + 70 + BUTTON_H)
    _heading(flow, view.title)
    big = text_box(vs.text, Rect(flow.rect.x, flow.y, flow.rect.w, min(64.0, max(flow.room, 20.0))),
                   max_size=48, min_size=12, color=theme.accent, bold=True, max_lines=1, name="timer-clock")  # fmt: skip
    flow.add(big)
    flow.y += big.rect.h + 6
    if vs.items:
        flow.need(CHIP_H)
        _chips(flow, vs.items, "timer-preset", first_marked=not view.sequence)
    flow.need(BUTTON_H)
    _buttons(flow, [say(flow.plan.language, "start"), say(flow.plan.language, "reset")], "timer-button")
    _line(flow, vs.note, "timer-note")
    flow.y += theme.gap * 0.5


def _counter(flow: _Flow, view: CounterView, vs: ViewState) -> None:
    """One row per counter at 0 with its − and + buttons (what fits; the rest counted), the total,
    the reset button and the rules (alert, target)."""
    theme = flow.ctx.theme
    flow.need(HEAD_H + CHIP_H * 2 + BUTTON_H)
    _heading(flow, view.title)
    step = "" if view.step == 1 else str(view.step)
    w = min(flow.rect.w, 460.0)
    fits = max(1, int((flow.room - BUTTON_H - 40) // (CHIP_H + 6)))
    names = vs.items if len(vs.items) <= fits else vs.items[: max(fits - 1, 1)]
    for name in names:
        r = Rect(flow.rect.x, flow.y, w, CHIP_H + 2)
        flow.add(
            Shape(r, "rounded", fill=theme.surface, stroke=theme.line, stroke_width=1, name="counter-row")
        )
        flow.add(text_box(name, Rect(r.x + 10, r.y, r.w - 170, r.h), max_size=theme.small_size + 1, min_size=7,
                          color=theme.text, max_lines=1, valign="middle", name="counter-name"))  # fmt: skip
        flow.add(text_box("0", Rect(r.right - 160, r.y, 50, r.h), max_size=theme.small_size + 5, min_size=8,
                          color=theme.accent, bold=True, align="right", valign="middle", max_lines=1,
                          name="counter-count"))  # fmt: skip
        for k, label in enumerate(("−" + step, "+" + step)):
            b = Rect(r.right - 100 + k * 48, r.y + 3, 42, r.h - 6)
            text = text_box(label, b.inset(2, 1), max_size=theme.small_size + 1, min_size=7, bold=k == 1,
                            color=theme.on_accent if k else theme.text, align="center", valign="middle",
                            max_lines=1, name="counter-button-label")  # fmt: skip
            flow.add(Shape(b, "rounded", fill=theme.accent if k else theme.background,
                           stroke=theme.accent if k else theme.line, stroke_width=1, text=text, name="counter-button"))  # fmt: skip
        flow.y = r.bottom + 6
    if len(names) < len(vs.items):
        _line(
            flow,
            say(flow.plan.language, "more_counters", n=f"{len(vs.items) - len(names):,}"),
            "counter-more",
        )
    _line(flow, vs.text, "counter-total", color=theme.text)
    flow.need(BUTTON_H)
    _buttons(flow, [say(flow.plan.language, "reset")], "counter-reset")
    _line(flow, vs.note, "counter-note")
    flow.y += theme.gap * 0.5


def _log(flow: _Flow, view: LogView, vs: ViewState) -> None:
    """The entries as a native table (the given ones, or a hint for an empty log), then the total
    against the goal."""
    theme = flow.ctx.theme
    flow.need(HEAD_H + ROW_H * 3)
    _heading(flow, view.title)
    cols = vs.columns[:8]
    w = flow.rect.w / max(len(cols), 1)
    room = flow.room - (56 if vs.total is not None else 0) - (44 if vs.alert is not None else 0)
    fits = max(int(room // ROW_H) - 2, 1)
    rows = [r[:8] for r in vs.rows[:fits]]
    cells = []
    y = flow.y
    for r, row in enumerate([cols, *rows]):
        fill = theme.surface if r == 0 else theme.background
        cells.append(
            [
                Shape(
                    Rect(flow.rect.x + k * w, y, w, ROW_H),
                    "rect",
                    fill=fill,
                    text=_cell(value, Rect(flow.rect.x + k * w, y, w, ROW_H), theme, bold=r == 0),
                    name=f"log.cell[{r},{k}]",
                )
                for k, value in enumerate(row)
            ]
        )
        y += ROW_H
    flow.add(
        Grid(Rect(flow.rect.x, flow.y, w * len(cols), y - flow.y), cells, rule=theme.line, name="log-table")
    )
    flow.y = y + 6
    more = len(vs.rows) - len(rows)
    if not vs.rows:
        _line(flow, say(flow.plan.language, "no_entries_listed"), "log-empty")
    elif more:
        _line(flow, say(flow.plan.language, "more_entries", n=f"{more:,}"), "log-more")
    total = vs.total
    if total is not None:
        flow.need(44)
        _line(flow, f"{total.label}: {total.text}", "log-total", color=theme.text)
        if total.share is not None:
            bar = Rect(flow.rect.x, flow.y, flow.rect.w, 10)
            flow.add(
                Shape(
                    bar, "rounded", fill=theme.surface, stroke=theme.line, stroke_width=1, name="log-goal-bar"
                )
            )
            if total.share > 0:
                flow.add(Shape(Rect(bar.x, bar.y, max(bar.w * total.share, 10.0), bar.h), "rounded",
                               fill=theme.accent, name="log-goal-fill"))  # fmt: skip
            flow.y = bar.bottom + 4
        _line(flow, total.goal_text and say(flow.plan.language, "goal", text=total.goal_text), "log-goal")
    if vs.alert is not None:
        flow.need(22 * (1 + bool(vs.alert.fired)))
        if vs.alert.fired:
            _line(flow, f"🔔 {vs.alert.fired}", "log-alert", color=theme.accent)
        _line(flow, vs.alert.rule, "log-alert-rule")
    flow.y += theme.gap * 0.5


# -------------------------------------------------------------------------------------------- notes


def _notes(plan: AppPlan, state: State) -> str:
    """Speaker notes of the first page: the written answer, the inputs, every formula and its value."""
    parts = [plan.answer.strip()] if plan.answer.strip() else []
    if plan.inputs:
        parts.append(
            "Inputs (defaults): "
            + "; ".join(
                f"{i.label or i.name} ({i.name}) = {shown(plan, i.name, state.values[i.name])}"
                for i in plan.inputs
            )
        )
    if plan.computed:
        lines = []
        for c in plan.computed:
            v = state.values.get(c.name)
            value = fmt(v, c.decimals, c.prefix, c.unit)
            lines.append(f"{c.name} = {c.formula}  →  {value}" + (f" ({v})" if value == DASH else ""))
        parts.append("Formulas:\n" + "\n".join(lines))
    quiz = [n.split("|", 1)[1] for n in _quiz_notes(plan)]
    if quiz:
        parts.append("Answers:\n" + "\n".join(quiz))
    return "\n\n".join(parts)


def _quiz_notes(plan: AppPlan) -> list[str]:
    out = []
    for view in plan.views:
        if isinstance(view, QuizView):
            for n, q in enumerate(view.questions, 1):
                out.append(
                    f"0|{n}. {q.question} → {q.answer}" + (f" ({q.explanation})" if q.explanation else "")
                )
    return out


def _page_notes(flow: _Flow) -> list[str]:
    """Continuation pages: the answers of the quiz questions they show."""
    out = []
    for page_no in range(2, len(flow.pages) + 1):
        lines = [n.split("|", 1)[1] for n in flow.notes if n.split("|", 1)[0] == str(page_no)]
        out.append("Answers:\n" + "\n".join(lines) if lines else "")
    return out

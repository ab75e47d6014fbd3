"""The everyday views of the app kind — picker, timer, counter, log, a quiz the user writes — as plain
functions over plain data.

One definition of every number and word they show: the state (`render.interactive_state`), the
Streamlit screen and the snapshot call these, and the JS runtime (`assets/js/tools.js`) follows them
rule for rule (clock text, draws, the walk through a timer's sequence, totals per period). Time and
chance come in as arguments (`today`, `now`, `rng`) so tests can fix them; nothing here reads the
clock or a global random generator.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import struct
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Protocol

from render import formula as fm
from render.interactive_model import (
    CounterView,
    LogField,
    LogView,
    PickerView,
    Question,
    QuizView,
    TimerPreset,
    TimerView,
)
from render.interactive_words import say
from render.numerals import localize

DASH = "—"
PERIODS = ("all", "day", "week", "month")


def period(per: str, lang: str = "") -> str:
    """ "Total", "Today", "This week", "This month" in `lang` (the page's words, `AppPlan.language`)."""
    return say(lang, f"period_{per}")


def fmt(value: Any, decimals: int | None = None, prefix: str = "", unit: str = "", language: str = "") -> str:
    """A value as shown on a card or in text, its digits in `language`'s marks ("1 610,46" in French);
    the JS runtime formats the same way (`fmt` in app.js, with the page's `marks`)."""
    if isinstance(value, fm.EvalError) or value is None:
        return DASH
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        text = value
    else:
        d = decimals if decimals is not None else (0 if value == math.floor(value) else 2)
        text = localize(fm.format_number(value, d), language)
        if prefix and text.startswith("-"):
            return "-" + prefix + text[1:] + unit_text(unit)
    return prefix + text + unit_text(unit)


def unit_text(unit: str) -> str:
    """ "5%", "20°C", but "12 kg" and "1,610.46 / month"."""
    if not unit:
        return ""
    return unit if unit[0] in "%‰°" else " " + unit


# ------------------------------------------------------------------------------- a quiz to write

# "question = answer", a tab, an arrow or a spaced dash between them; else the first "?" ends the question.
_QA_SEP = re.compile(r"\s*(?:=|\t|→|->|\s[–—-]\s)\s*")
_QA_LEAD = re.compile(r"^(?:[-•*·]\s*|\d{1,3}[.)]\s+)")


def questions_from_text(text: str) -> tuple[list[Question], int]:
    """The questions a user typed into an empty quiz, one a line, and how many lines had no answer
    (they are reported, never guessed). The JS runtime (`typedQuestions` in app.js) reads the same."""
    out: list[Question] = []
    skipped = 0
    for raw in (text or "").splitlines():
        line = _QA_LEAD.sub("", raw.strip()).strip()
        if not line:
            continue
        m = _QA_SEP.search(line)
        if m is not None:
            q, a = line[: m.start()], line[m.end() :]
        else:
            k = min((i for i in (line.find("?"), line.find("？")) if i > 0), default=-1)
            q, a = (line[: k + 1], line[k + 1 :]) if k > 0 else (line, "")
        q, a = q.strip(), a.strip()
        if q and a and len(out) < 100:
            out.append(Question(question=q[:300], answer=a[:200]))
        elif not (q and a):
            skipped += 1
    return out, skipped


def quiz_note(view: QuizView, written: int, skipped: int, lang: str = "") -> str:
    """Under the box: the target when the user asked for a number, the lines without an answer."""
    parts = []
    if view.count:
        parts.append(say(lang, "quiz_target", n=written, total=view.count))
    elif not written:
        parts.append(say(lang, "quiz_empty"))
    if skipped:
        parts.append(say(lang, "quiz_skipped", n=skipped))
    return " ".join(parts)


def quiz_store_key(title: str, view: QuizView) -> str:
    """The browser's local-storage key of the questions typed into an empty quiz."""
    raw = "\x1f".join([title, view.title, view.mode, str(view.count or "")])
    return "va-quiz-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


# -------------------------------------------------------------------------------------------- picker


class Random(Protocol):
    def randrange(self, n: int) -> int: ...


def items_from_text(text: str) -> list[str]:
    """The list a user typed, one item per line; blank lines dropped, repeats kept (two Anas)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def action_label(view: PickerView, lang: str = "") -> str:
    """The draw button's words."""
    if view.mode == "shuffle":
        return say(lang, "shuffle")
    if view.mode == "teams":
        return say(lang, "make_teams", n=view.count)
    return say(lang, "pick_one") if view.count == 1 else say(lang, "pick_n", n=view.count)


def picker_note(view: PickerView, lang: str = "") -> str:
    if not view.items:
        return say(lang, "picker_empty")
    if view.mode == "pick" and view.no_repeat:
        return say(lang, "no_repeat")
    return ""


def _shuffled(xs: list[int], rng: Random) -> list[int]:
    """Fisher–Yates with the given generator (the same walk the JS runtime does)."""
    out = list(xs)
    for i in range(len(out) - 1, 0, -1):
        j = rng.randrange(i + 1)
        out[i], out[j] = out[j], out[i]
    return out


def draw(
    items: Sequence[str],
    mode: str,
    count: int,
    rng: Random,
    pool: Sequence[int] | None = None,
    no_repeat: bool = False,
) -> tuple[list[list[str]], list[int]]:
    """One draw: groups of items (one group for pick and shuffle, one per team), and the rota's
    remaining positions (pick with `no_repeat`: positions not drawn yet this round)."""
    n = len(items)
    if n == 0:
        return [], []
    if mode == "shuffle":
        return [[items[k] for k in _shuffled(list(range(n)), rng)]], []
    if mode == "teams":
        teams = max(1, min(count, n))
        order = _shuffled(list(range(n)), rng)
        return [[items[k] for k in order[t::teams]] for t in range(teams)], []
    want = max(1, min(count, n))
    if not no_repeat:
        return [[items[k] for k in _shuffled(list(range(n)), rng)[:want]]], []
    left = [k for k in (pool or []) if 0 <= k < n] or list(range(n))
    picked = _shuffled(left, rng)[:want]
    left = [k for k in left if k not in picked]
    if len(picked) < want:  # the round ends inside this draw: start the next without these
        fresh = _shuffled([k for k in range(n) if k not in picked], rng)
        extra = fresh[: want - len(picked)]
        picked += extra
        left = [k for k in range(n) if k not in extra]
    return [[items[k] for k in picked]], left


# --------------------------------------------------------------------------------------------- timer


def clock(seconds: float) -> str:
    """Seconds as a countdown shows them: 06:00, 1:30:00 (whole seconds, rounded up)."""
    s = max(0, math.ceil(seconds - 1e-6))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def preset_line(p: TimerPreset) -> str:
    return f"{p.label} · {clock(p.seconds)}" if p.label else clock(p.seconds)


@dataclass
class Step:
    label: str
    seconds: float
    round: int
    """1-based round of the sequence."""


def steps(view: TimerView, choice: int = 0, typed: float | None = None) -> list[Step]:
    """What a start runs: every preset `rounds` times (a sequence), the chosen preset, or the typed
    duration; a stopwatch runs open-ended (no steps)."""
    if view.mode == "stopwatch":
        return []
    if view.sequence and view.presets:
        return [Step(p.label, p.seconds, r + 1) for r in range(view.rounds) for p in view.presets]
    if view.presets:
        p = view.presets[max(0, min(choice, len(view.presets) - 1))]
        return [Step(p.label, p.seconds, 1)]
    return [Step("", typed, 1)] if typed and typed > 0 else []


@dataclass
class Position:
    """Where a run is after `elapsed` seconds."""

    step: int
    """Index of the running step (len(steps) once done)."""
    left: float
    """Seconds left in that step (0 once done)."""
    ends: int
    """Step ends passed so far: each one sounds the tone once."""
    done: bool


def position(run: Sequence[Step], elapsed: float) -> Position:
    t = elapsed
    for k, s in enumerate(run):
        if t < s.seconds - 1e-9:
            return Position(k, s.seconds - t, k, False)
        t -= s.seconds
    return Position(len(run), 0.0, len(run), bool(run))


def timer_total(run: Sequence[Step]) -> float:
    return math.fsum(s.seconds for s in run)


def timer_note(view: TimerView, lang: str = "") -> str:
    if view.mode == "stopwatch":
        return say(lang, "stopwatch_note")
    if not view.presets:
        return say(lang, "timer_typed_note")
    if view.sequence:
        run = steps(view)
        chain = " → ".join(preset_line(p) for p in view.presets)
        total = clock(timer_total(run))
        if view.rounds > 1:
            return say(lang, "sequence_rounds_note", n=view.rounds, chain=chain, total=total)
        return say(lang, "sequence_note", chain=chain, total=total)
    return ""


@dataclass
class Stopwatch:
    """A start/pause/reset clock over a caller's `now` (seconds): what the Streamlit screen keeps in
    its session state between reruns."""

    started: float | None = None
    before: float = 0.0
    """Seconds run before the last pause."""
    rang: int = 0
    """Step ends already sounded."""

    def elapsed(self, now: float) -> float:
        return self.before + (now - self.started if self.started is not None else 0.0)

    @property
    def running(self) -> bool:
        return self.started is not None

    def start(self, now: float) -> None:
        if self.started is None:
            self.started = now

    def pause(self, now: float) -> None:
        if self.started is not None:
            self.before += now - self.started
            self.started = None

    def reset(self) -> None:
        self.started, self.before, self.rang = None, 0.0, 0


@lru_cache(maxsize=1)
def tone_wav(freq: float = 880.0, beeps: int = 3, rate: int = 22050) -> bytes:
    """A short alarm as a WAV file: three 0.18 s beeps with soft edges (no clicks)."""
    frames = bytearray()
    beep, gap = int(0.18 * rate), int(0.12 * rate)
    edge = int(0.01 * rate)
    for _ in range(beeps):
        for n in range(beep):
            env = min(1.0, n / edge, (beep - n) / edge)
            frames += struct.pack("<h", int(0.5 * 32767 * env * math.sin(2 * math.pi * freq * n / rate)))
        frames += b"\0\0" * gap
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out.getvalue()


# ------------------------------------------------------------------------------------------- counter


def counter_names(view: CounterView, typed: str | None = None, lang: str = "") -> list[str]:
    """The counters' names: as typed on the page (one per line, repeats dropped), else the plan's
    items, else one counter."""
    names = items_from_text(typed) if typed is not None else list(view.items)
    names = list(dict.fromkeys(names))[:50]
    return names or [say(lang, "count")]


def number(n: float, language: str = "") -> str:
    """A count as the page shows it, in `language`'s marks ("1.234" in Spanish)."""
    return localize(fm.format_number(float(n), 0), language)


@dataclass
class Tally:
    """The counts of a counter view and what the last press did: what the Streamlit screen keeps in
    its session state (the JS runtime keeps the same three things in the browser's storage)."""

    counts: list[int]
    last: int | None = None
    """The counter the last + went to; None after a −, a reset or before any press."""
    winner: int | None = None
    """The counter that reached the target first."""

    @classmethod
    def fresh(cls, n: int) -> Tally:
        return cls([0] * max(1, n))

    def fit(self, n: int) -> None:
        """Counters added or removed on the page: counts kept by position, new ones at 0."""
        n = max(1, n)
        self.counts = (self.counts + [0] * n)[:n]
        if self.last is not None and self.last >= n:
            self.last = None
        if self.winner is not None and self.winner >= n:
            self.winner = None

    def press(self, view: CounterView, k: int, up: bool) -> None:
        if not 0 <= k < len(self.counts):
            return
        if up:
            self.counts[k] += view.step
            self.last = k
            if view.target is not None and self.winner is None and self.counts[k] >= view.target:
                self.winner = k
        else:
            self.counts[k] = max(0, self.counts[k] - view.step)
            self.last = None
            if self.winner == k and view.target is not None and self.counts[k] < view.target:
                self.winner = None  # a mistake taken back

    def reset(self) -> None:
        self.counts = [0] * len(self.counts)
        self.last = self.winner = None


@dataclass
class CounterLines:
    total: str = ""
    """"Total: 14" (several counters, `show_total`)."""
    leader: str = ""
    """"Leading: Team 1 (8)", "Tied: Team 1, Team 2 (7)"; "" with one counter or none above 0."""
    alert: str = ""
    """"Switch sides · total 14" right after a + that reaches a multiple of `every`."""
    winner: str = ""
    """"Team 1 reached 21 first and wins"."""


def counter_lines(view: CounterView, names: Sequence[str], tally: Tally, lang: str = "") -> CounterLines:
    """What the page says under the counters; the JS runtime says the same."""
    out = CounterLines()
    counts = tally.counts
    total = sum(counts)
    if view.show_total and len(names) > 1:
        out.total = say(lang, "total_n", n=number(total, lang))
    top = max(counts) if counts else 0
    if len(names) > 1 and top > 0:
        lead = [names[k] for k, c in enumerate(counts) if c == top]
        out.leader = (
            say(lang, "leading", name=lead[0], n=number(top, lang))
            if len(lead) == 1
            else say(lang, "tied", names=", ".join(lead), n=number(top, lang))
        )
    if view.every is not None and tally.last is not None:
        value = total if view.every_of == "total" else counts[tally.last]
        if value > 0 and value % view.every == 0:
            said = view.alert or say(lang, "every_n", n=number(view.every, lang))
            where = (
                say(lang, "at_total", n=number(value, lang))
                if view.every_of == "total"
                else say(lang, "at_name", name=names[tally.last], n=number(value, lang))
            )
            out.alert = f"{said} · {where}"
    if view.target is not None and tally.winner is not None:
        who = names[tally.winner]
        out.winner = (
            say(lang, "wins", name=who, n=number(view.target, lang))
            if len(names) > 1
            else say(lang, "reached", n=number(view.target, lang))
        )
    return out


def counter_note(view: CounterView, lang: str = "") -> str:
    """The rules the page follows, as given: step, alerts, target."""
    parts = []
    if view.step != 1:
        parts.append(say(lang, "step_note", n=number(view.step, lang)))
    if view.every is not None:
        said = say(lang, "alert_of", alert=view.alert) if view.alert else say(lang, "an_alert")
        of = "every_total" if view.every_of == "total" or len(view.items) <= 1 else "every_any"
        parts.append(say(lang, of, said=said, n=number(view.every, lang)))
    if view.target is not None:
        parts.append(
            say(lang, "first_to", n=number(view.target, lang))
            if len(view.items) > 1
            else say(lang, "target", n=number(view.target, lang))
        )
    return " ".join(parts)


def counter_store_key(title: str, view: CounterView) -> str:
    """The browser's local-storage key of a counter (its app, its title and names)."""
    raw = "\x1f".join([title, view.title, *view.items])
    return "va-count-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


# ----------------------------------------------------------------------------------------------- log


def as_date(v: Any) -> date | None:
    """A cell as a calendar date: date objects, timestamps, or text starting YYYY-MM-DD."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if hasattr(v, "date") and callable(v.date):  # pandas Timestamp
        try:
            return v.date()
        except (ValueError, TypeError):
            return None
    try:
        return date.fromisoformat(str(v).strip()[:10])
    except ValueError:
        return None


def as_number(v: Any) -> float | None:
    """A cell as a number: numbers, or text that reads as one ("250", "1,250"); else None."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        return float(v) if math.isfinite(v) else None
    try:
        x = float(str(v).replace(",", "").strip())
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def heading(f: LogField) -> str:
    return f"{f.name} ({f.unit})" if f.unit and f.type == "number" else f.name


def cell_text(f: LogField, v: Any, lang: str = "") -> str:
    """One entry's cell as the page lists it."""
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return ""
    if f.type == "toggle" or isinstance(v, bool):
        return say(lang, "yes" if v in (True, "true", "yes", 1) else "no")
    if f.type == "number":
        x = as_number(v)
        return fm.format_number(x, None) if x is not None else str(v)
    if f.type == "date":
        d = as_date(v)
        return d.isoformat() if d is not None else str(v)
    if f.type == "time" and isinstance(v, time):
        return v.strftime("%H:%M")
    return str(v)


def matching(view: LogView, rows: Sequence[Sequence[Any]], query: str, lang: str = "") -> list[Sequence[Any]]:
    """The entries with a cell containing `query` (case-insensitive), as the page's search box lists them."""
    q = query.strip().casefold()
    return [
        r
        for r in rows
        if not q or any(q in cell_text(f, v, lang).casefold() for f, v in zip(view.fields, r, strict=False))
    ]


def in_period(d: date | None, per: str, today: date) -> bool:
    """Whether an entry of date `d` counts for `per` as of `today` (weeks start on Monday)."""
    if per == "all":
        return True
    if d is None:
        return False
    if per == "day":
        return d == today
    if per == "week":
        return d - timedelta(days=d.weekday()) == today - timedelta(days=today.weekday())
    return (d.year, d.month) == (today.year, today.month)


@dataclass
class LogTotal:
    """The running total of a log: over all entries or over today's day, week or month."""

    label: str
    """"Total", "Today", "This week", "This month"."""
    value: float
    text: str
    """The total as shown, with its unit: "1,250 ml"."""
    entries: int
    """Entries counted."""
    goal: float | None = None
    share: float | None = None
    """Progress towards the goal, 0…1 (None without a positive goal)."""
    goal_text: str = ""
    """"1,250 of 2,000 ml (63%)", or "" without a goal."""
    period: str = "all"


def log_total(view: LogView, rows: Sequence[Sequence[Any]], today: date, lang: str = "") -> LogTotal | None:
    """The total of `view.total` over the rows of the period `view.per` (as of `today`)."""
    if view.total is None:
        return None
    names = [f.name for f in view.fields]
    ti = names.index(view.total)
    unit = view.fields[ti].unit
    di = next((k for k, f in enumerate(view.fields) if f.type == "date"), None)
    xs: list[float] = []
    for row in rows:
        if len(row) <= ti:
            continue
        d = as_date(row[di]) if di is not None and len(row) > di else None
        x = as_number(row[ti])
        if x is not None and in_period(d, view.per, today):
            xs.append(x)
    value = math.fsum(xs)
    out = LogTotal(
        period(view.per, lang), value, fmt(value, None, "", unit), len(xs), view.goal, period=view.per
    )
    if view.goal is not None:
        goal = fmt(float(view.goal), None, "", unit)
        if view.goal > 0:
            out.share = min(1.0, max(0.0, value / view.goal))
            pct = localize(fm.format_number(100 * value / view.goal, 0), lang)
            out.goal_text = say(lang, "of_goal", value=fmt(value, None), goal=goal, pct=pct)
        else:
            out.goal_text = say(lang, "goal_plain", total=out.text, goal=goal)
    return out


@dataclass
class LogAlert:
    """A log's warning level, as a rule the page always states and a warning while it is crossed."""

    rule: str
    """"Warns when Boxes left is below 10"."""
    value: float | None
    """The watched value now: the latest entry's, or the period's total; None before any entry."""
    fired: str = ""
    """"Boxes left is 8, below 10" while crossed, else ""."""


def _as_typed(x: float, unit: str) -> str:
    """A level as the user typed it: 38.5 (not 38.50), 1,200; at most 3 decimals."""
    digits = f"{x:.12g}".partition(".")[2]
    return fmt(x, min(len(digits), 3) if "e" not in digits else 3, "", unit)


def alert_what(view: LogView, lang: str = "") -> str:
    """What a log's alert watches, as the page names it: "Boxes left", or "Amount (this month)"."""
    assert view.watch is not None
    return f"{view.watch} ({period(view.per, lang).lower()})" if view.watch == view.total else view.watch


def log_alert(view: LogView, rows: Sequence[Sequence[Any]], today: date, lang: str = "") -> LogAlert | None:
    """The latest entry of `view.watch` (or, when it is the total, the period's total) against the
    levels the user gave. Checked on the page only: nothing is sent anywhere."""
    if view.watch is None:
        return None
    k = [f.name for f in view.fields].index(view.watch)
    unit = view.fields[k].unit
    what = alert_what(view, lang)
    if view.watch == view.total:
        total = log_total(view, rows, today, lang)
        value = total.value if total is not None and total.entries else None
    else:
        latest = [x for row in rows if len(row) > k and (x := as_number(row[k])) is not None]
        value = latest[-1] if latest else None
    levels = [(w, x) for w, x in (("below", view.below), ("above", view.above)) if x is not None]
    said = say(lang, "or").join(say(lang, w, x=_as_typed(x, unit)) for w, x in levels)
    out = LogAlert(say(lang, "warns", what=what, levels=said), value)
    for w, x in levels:
        if value is not None and (value < x if w == "below" else value > x):
            out.fired = say(lang, f"fired_{w}", what=what, value=_as_typed(value, unit), x=_as_typed(x, unit))
    return out


def store_key(title: str, view: LogView) -> str:
    """The browser's local-storage key of a log: its app's title, its own title and field names, so
    two apps (or two logs) keep their entries apart and a re-exported page finds them again."""
    raw = "\x1f".join([title, view.title, *(f"{f.name}:{f.type}" for f in view.fields)])
    return "va-log-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def log_csv(view: LogView, rows: Sequence[Sequence[Any]], lang: str = "") -> str:
    """The entries as CSV; text that a spreadsheet would run as a formula (=, +, -, @) is quoted."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow([f.name for f in view.fields])
    for row in rows:
        cells = [cell_text(f, v, lang) for f, v in zip(view.fields, row, strict=False)]
        w.writerow(["'" + c if c[:1] in ("=", "+", "-", "@") and as_number(c) is None else c for c in cells])
    return out.getvalue()

"""The app kind's everyday views — picker, timer, log — in every place an app shows: plan checks,
the state's numbers (with a fixed "today"), the snapshot (SVG text, reopened PPTX), the Streamlit
screen (AppTest), the HTML page's data and its runtime in a real browser."""

from __future__ import annotations

import copy
import csv
import io
import json
import random
import re
import textwrap
import time
import wave
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime
from itertools import chain
from pathlib import Path

import pytest

from render import interactive_tools as tools
from render import render
from render.interactive_html import runtime
from render.interactive_state import evaluate
from render.kinds import PlanError, parse_plan
from tests import browser
from tests.conftest import EXAMPLES
from tests.pptx_checks import all_text, check_deck, iter_shapes

TOOLS = EXAMPLES["app-tools"]
SVG = "{http://www.w3.org/2000/svg}"
WED = date(2026, 12, 2)  # a Wednesday: its week runs Mon 30 Nov – Sun 6 Dec


def app(*views: dict, title: str = "Helpers") -> dict:
    return {"kind": "app", "title": title, "views": list(views)}


WATER = {
    "type": "log",
    "title": "Water",
    "fields": [
        {"name": "Day", "type": "date"},
        {"name": "Amount", "type": "number", "unit": "ml"},
        {"name": "Note"},
    ],
    "rows": [
        ["2026-11-29", 900, "last Sunday"],
        ["2026-11-30", 400, "Monday"],
        ["2026-12-01", 250, ""],
        ["2026-12-02", 300, "today"],
        ["2026-12-02", "450", "typed as text"],
        ["2026-12-06", 100, "Sunday"],
        ["2026-12-07", 700, "next Monday"],
        [None, 5000, "no date"],
    ],
    "total": "Amount",
    "per": "day",
    "goal": 2000,
}


def log_state(per: str, today: date = WED, **extra):
    view = {**WATER, "per": per, **extra}
    plan = parse_plan(app(view))
    return evaluate(plan, today=today).views[0]


# ----------------------------------------------------------------------------------------- checks


@pytest.mark.parametrize(
    ("view", "path", "words"),
    [
        ({"type": "picker", "items": ["a", "b"], "mode": "teams", "count": 3}, "views[0].count", "3 teams"),
        ({"type": "timer", "sequence": True}, "views[0].presets", "a sequence needs presets"),
        ({**WATER, "total": "Note"}, "views[0].total", "not a number field"),
        ({**WATER, "fields": WATER["fields"][1:], "rows": []}, "views[0].per", "needs a date field"),
        ({**WATER, "total": None}, "views[0].goal", "a goal needs a total"),
        ({**WATER, "rows": [["2026-12-01", 1]]}, "views[0].rows[0]", "has 2 cells but there are 3"),
        (
            {"type": "log", "fields": [{"name": "Kind", "type": "select"}]},
            "views[0].fields[0].options",
            "options",
        ),
        ({"type": "log", "fields": [{"name": "A"}, {"name": "A"}]}, "views[0].fields", "unique"),
    ],
)
def test_plan_mistakes_name_their_field(view, path, words) -> None:
    with pytest.raises(PlanError) as err:
        parse_plan(app(view))
    assert any(e.startswith(path) and words in e for e in err.value.errors), err.value.errors


# ------------------------------------------------------------------------------------------- state


def test_log_totals_per_day_week_month_count_against_the_given_today() -> None:
    day = log_state("day")
    assert (day.total.label, day.total.value, day.total.text, day.total.entries) == (
        "Today",
        750,
        "750 ml",
        2,
    )
    assert day.total.goal_text == "750 of 2,000 ml (38%)" and day.total.share == pytest.approx(0.375)
    week = log_state("week")  # Monday 30 Nov to Sunday 6 Dec; last Sunday and next Monday stay out
    assert (week.total.label, week.total.value) == ("This week", 400 + 250 + 300 + 450 + 100)
    month = log_state("month", goal=None)
    assert (month.total.value, month.total.goal_text, month.total.share) == (
        250 + 300 + 450 + 100 + 700,
        "",
        None,
    )
    everything = log_state("all", goal=None)
    assert (everything.total.label, everything.total.value) == ("Total", 8100)  # the undated row too
    assert log_state("day", today=date(2026, 12, 6)).total.value == 100
    assert log_state("week", today=date(2026, 12, 7)).total.value == 700  # a new week began
    over = log_state("day", goal=500)
    assert over.total.share == 1.0 and over.total.goal_text == "750 of 500 ml (150%)"


def test_log_lists_the_given_rows_with_unit_headings() -> None:
    vs = log_state("day")
    assert vs.columns == ["Day", "Amount (ml)", "Note"]
    assert vs.rows[4] == ["2026-12-02", "450", "typed as text"] and vs.rows[7][0] == ""


def test_picker_and_timer_state_show_what_the_plan_gives_and_draw_nothing() -> None:
    plan = parse_plan(TOOLS)
    views = evaluate(plan).views
    picker, eggs, pomodoro = views[0], views[1], views[2]
    assert picker.items == ["Ana", "Ben", "Chen", "Dana", "Eli"] and picker.text == "Pick one"
    assert "drawn twice" in picker.note
    assert eggs.text == "06:00" and eggs.items == ["soft-boiled · 06:00", "medium · 08:00", "hard · 10:00"]
    assert (
        pomodoro.text == "25:00"
        and pomodoro.note == "4 rounds of work · 25:00 → rest · 05:00 · 2:00:00 in all"
    )
    assert [tools.clock(s) for s in (0, 0.2, 59.2, 60, 3599, 3600, 5400, 604800)] == [
        "00:00", "00:01", "01:00", "01:00", "59:59", "1:00:00", "1:30:00", "168:00:00"
    ]  # fmt: skip
    watch = parse_plan(app({"type": "timer", "mode": "stopwatch", "presets": [{"seconds": 60}]}))
    assert evaluate(watch).views[0].text == "00:00" and evaluate(watch).views[0].items == []


def test_draws_are_fair_rotas_teams_and_orders() -> None:
    rng = random.Random(7)
    names = ["Ana", "Ben", "Chen", "Dana", "Eli"]
    pool = None
    seen: list[str] = []
    for _ in range(5):  # a rota: each once before anyone twice
        groups, pool = tools.draw(names, "pick", 1, rng, pool, no_repeat=True)
        seen += groups[0]
    assert sorted(seen) == sorted(names) and pool == []
    groups, pool = tools.draw(names, "pick", 3, rng, [1, 4], no_repeat=True)  # round ends mid-draw
    assert len(set(groups[0])) == 3 and {"Ben", "Eli"} <= set(groups[0]) and len(pool) == 4
    teams, _ = tools.draw(names, "teams", 2, rng)
    assert sorted(len(t) for t in teams) == [2, 3] and sorted(chain.from_iterable(teams)) == sorted(names)
    order, _ = tools.draw(["Ana", "Ana", "Ben"], "shuffle", 1, rng)
    assert Counter(order[0]) == Counter(["Ana", "Ana", "Ben"])  # a repeated name stays two people
    firsts = Counter(tools.draw(names, "pick", 1, rng)[0][0][0] for _ in range(5000))
    assert set(firsts) == set(names) and min(firsts.values()) > 850  # ~1000 each
    assert tools.items_from_text(" Ana \n\n Ben\r\n") == ["Ana", "Ben"]


def test_a_timer_sequence_walks_its_steps_and_the_stopwatch_pauses() -> None:
    view = parse_plan(TOOLS).views[2]  # work 25:00 / rest 05:00, 4 rounds
    run = tools.steps(view)
    assert len(run) == 8 and tools.timer_total(run) == 7200
    at = tools.position(run, 1500 + 60)
    assert (at.step, round(at.left), at.ends, at.done) == (1, 240, 1, False)
    assert tools.position(run, 7200).done and tools.position(run, 7200).ends == 8
    sw = tools.Stopwatch()
    sw.start(100.0)
    sw.pause(130.0)
    sw.start(200.0)
    assert sw.elapsed(210.0) == 40.0 and sw.running
    sw.reset()
    assert sw.elapsed(500.0) == 0.0 and not sw.running


def test_the_tone_is_a_real_short_wav() -> None:
    with wave.open(io.BytesIO(tools.tone_wav())) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
        assert 0.5 < w.getnframes() / w.getframerate() < 1.5
        frames = w.readframes(w.getnframes())
    assert max(frames[1::2]) > 0x30  # not silence


def test_log_csv_keeps_spreadsheet_formulas_as_text() -> None:
    view = parse_plan(
        app({"type": "log", "fields": [{"name": "Note"}, {"name": "n", "type": "number"}]})
    ).views[0]
    text = tools.log_csv(view, [['=HYPERLINK("x")', -3.5], ["plain, with comma", 2]])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["Note", "n"], ['\'=HYPERLINK("x")', "-3.5"], ["plain, with comma", "2"]]


def test_store_keys_follow_the_app_and_the_fields() -> None:
    view = parse_plan(app(WATER)).views[0]
    other = parse_plan(app({**WATER, "fields": [*WATER["fields"][:2], {"name": "Where"}]})).views[0]
    assert tools.store_key("Helpers", view) == tools.store_key("Helpers", view)
    assert (
        len(
            {
                tools.store_key("Helpers", view),
                tools.store_key("Other", view),
                tools.store_key("Helpers", other),
            }
        )
        == 3
    )


# ---------------------------------------------------------------------------------------- snapshot


def svg_texts(svg: str) -> list[str]:
    return ["".join(t.itertext()) for t in ET.fromstring(svg).iter(f"{SVG}text")]


def test_the_snapshot_shows_chips_a_button_the_clock_and_the_log_table() -> None:
    plan = copy.deepcopy(TOOLS)
    plan["views"][3]["per"] = "all"  # the snapshot counts against the real today; "all" does not
    result = render(plan)
    words = " ".join(svg_texts(result.to_svg()))
    for text in ("Ana", "Eli", "Pick one", "06:00", "soft-boiled · 06:00", "25:00", "Start", "Reset",
                 "Amount (ml)", "2026-12-01", "Total: 250 ml", "Goal: 250 of 2,000 ml (13%)"):  # fmt: skip
        assert text in words, text
    names = [el.name for page in result.layout.pages for el in page.elements]
    assert names.count("picker-item") == 5 and "picker-button" in names and "log-goal-fill" in names
    prs = check_deck(result.to_pptx(), expect_slides=len(result.layout.pages))
    tables = [s for slide in prs.slides for s in iter_shapes(slide.shapes) if s.has_table]
    assert len(tables) == 1
    cells = [[c.text for c in row.cells] for row in tables[0].table.rows]
    assert cells[0] == ["Day", "Time", "Amount (ml)", "Drink"] and cells[1] == [
        "2026-12-01",
        "08:15",
        "250",
        "water",
    ]
    assert "Pick one" in all_text(prs) and "Chen" in all_text(prs)


def test_a_snapshot_never_states_a_draw_and_an_empty_log_says_so() -> None:
    plan = app(
        {"type": "picker", "items": [], "mode": "teams", "count": 2},
        {"type": "log", "fields": [{"name": "Plant"}, {"name": "Watered", "type": "date"}]},
    )
    words = " ".join(svg_texts(render(plan).to_svg()))
    assert "Make 2 teams" in words and "Team 1" not in words and "one per line" in words
    assert "No entries yet" in words and "Plant" in words and "Watered" in words


# -------------------------------------------------------------------------------------------- HTML


def _data_block(html: str) -> dict:
    m = re.search(r'<script type="application/json" data-va-app>(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_the_page_carries_the_views_and_the_runtime_under_its_hash() -> None:
    html = render(TOOLS).to_html()
    data = _data_block(html)
    picker, eggs, pomodoro, log = data["views"]
    assert picker["items"][0] == "Ana" and picker["action"] == "Pick one" and picker["no_repeat"] is True
    assert eggs["presets"][0] == {"label": "soft-boiled", "seconds": 360.0, "text": "soft-boiled · 06:00"}
    assert pomodoro["sequence"] is True and pomodoro["rounds"] == 4
    assert (
        log["headings"][2] == "Amount (ml)"
        and log["period"] == "Today"
        and log["store"].startswith("va-log-")
    )
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert (
        scripts == [runtime(tools=True)]
        and "window.VAViews" in scripts[0]
        and "getRandomValues" in scripts[0]
    )
    calculator = render(EXAMPLES["app"]).to_html()  # no picker, timer or log: the smaller build
    assert re.findall(r"<script>(.*?)</script>", calculator, re.S) == [runtime(tools=False)]
    assert "getRandomValues" not in calculator and len(calculator) < len(html) - 15_000
    code = re.sub(r"/\*.*?\*/|(?<![:\"])//[^\n]*", "", scripts[0], flags=re.S)
    assert "innerHTML" not in code and "eval(" not in code and "Math.random" not in code


# ------------------------------------------------------------------------------------- the browser


def _page(context, html: str, path: Path):
    path.write_text(html, encoding="utf-8")
    page = context.new_page()
    watch = browser.Watch(page)
    page.goto(path.as_uri())
    return page, watch


@pytest.mark.slow
def test_browser_a_page_with_both_builds_mounts_each_app_once(chromium, tmp_path: Path) -> None:
    from render.interactive_html import fragment, head

    calc, helpers = render(EXAMPLES["app"]), render(TOOLS)
    for first, second in ((calc, helpers), (helpers, calc)):
        body = fragment(first.plan, first.ctx) + fragment(second.plan, second.ctx)
        html = f"<!doctype html><html><head>{head(calc.theme)}</head><body>{body}</body></html>"
        page, watch = _page(chromium.new_context(), html, tmp_path / "two.html")
        assert page.locator(".va-app").count() == 2 and page.locator("[data-va-metric=payment]").count() == 1
        assert page.locator("[data-va-clock]").count() == 2 and page.locator("[data-va-picked]").count() == 0
        assert watch.clean(), watch


@pytest.mark.slow
def test_browser_picker_draws_a_fair_rota_and_teams(chromium, tmp_path: Path) -> None:
    context = chromium.new_context()
    page, watch = _page(context, render(TOOLS).to_html(), tmp_path / "tools.html")
    seen = []
    for _ in range(5):
        page.click("[data-va-draw]")
        seen += page.locator("[data-va-picked]").all_text_contents()
    assert sorted(seen) == ["Ana", "Ben", "Chen", "Dana", "Eli"]
    assert "Everyone has been drawn" in page.locator(".va-picker .va-note").text_content()
    page.fill("[data-va-items]", "X\n\nY\n")
    page.click("[data-va-draw]")
    assert page.locator("[data-va-picked]").text_content() in ("X", "Y")
    teams = render(app({"type": "picker", "items": list("abcdefg"), "mode": "teams", "count": 3}))
    page, _ = _page(context, teams.to_html(), tmp_path / "teams.html")
    page.click("[data-va-draw]")
    sizes = [page.locator(f"[data-va-team='{t}'] li").count() for t in (1, 2, 3)]
    assert sorted(sizes) == [2, 2, 3]
    assert sorted(page.locator(".va-team li").all_text_contents()) == list("abcdefg")
    assert watch.clean(), watch


@pytest.mark.slow
def test_browser_log_entries_persist_per_app_and_total_today(chromium, tmp_path: Path) -> None:
    context = chromium.new_context()  # one origin for every file: the keys must keep apps apart
    page, watch = _page(context, render(TOOLS).to_html(), tmp_path / "a.html")
    assert page.locator(".va-log").get_attribute("data-va-entries") == "1"
    given = 250 if date.today() == date(2026, 12, 1) else 0  # the example's one entry is dated 1 Dec 2026
    assert page.locator("[data-va-total]").text_content() == f"Today: {given} ml"
    assert page.locator("[data-va-field=Day]").input_value() == page.evaluate(
        "() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0')"
        " + '-' + String(d.getDate()).padStart(2, '0'); }"
    )  # today's date filled in
    assert re.fullmatch(r"\d\d:\d\d", page.locator("[data-va-field=Time]").input_value())
    page.fill("[data-va-field=Amount]", "300")
    page.select_option("[data-va-field=Drink]", "tea")
    page.click("[data-va-add]")
    page.fill("[data-va-field=Amount]", "450")
    page.click("[data-va-add]")
    assert page.locator("[data-va-total]").text_content() == f"Today: {given + 750} ml"
    assert page.locator("[data-va-goal]").text_content().startswith(f"Goal: {given + 750} of 2,000 ml")
    page.reload()
    assert page.locator(".va-log").get_attribute("data-va-entries") == "3"
    assert page.locator("[data-va-total]").text_content() == f"Today: {given + 750} ml"
    assert page.locator(".va-log tbody tr").nth(1).locator("td").nth(3).text_content() == "tea"
    page.click("[data-va-delete='1']")
    page.reload()
    assert page.locator("[data-va-total]").text_content() == f"Today: {given + 450} ml"
    other = copy.deepcopy(TOOLS)
    other["title"] = "Someone else's helpers"
    page2, _ = _page(context, render(other).to_html(), tmp_path / "b.html")
    assert page2.locator(".va-log").get_attribute("data-va-entries") == "1"  # its own, untouched
    page.click("[data-va-add]")  # nothing typed
    assert page.locator(".va-log").get_attribute("data-va-entries") == "2"  # refused
    assert "Fill in" in page.locator(".va-log > .va-note").last.text_content()
    assert watch.clean(), watch


@pytest.mark.slow
def test_browser_totals_follow_the_python_rules(chromium, tmp_path: Path) -> None:
    page, _ = _page(chromium.new_context(), render(app(WATER)).to_html(), tmp_path / "w.html")
    spec = _data_block(render(app(WATER)).to_html())["views"][0]
    for per in ("day", "week", "month", "all"):
        for today in (WED, date(2026, 12, 6), date(2026, 12, 7), date(2026, 11, 30)):
            js = page.evaluate(
                "([v, today]) => window.VAViews._test.logTotal(v, v.rows, {F: window.VAFormula,"
                " fmt: (x, d, p, u) => window.VAFormula.formatNumber(x, null) + (u ? ' ' + u : '')}, today)",
                [{**spec, "per": per}, today.isoformat()],
            )
            py = log_state(per, today)
            assert js["value"] == py.total.value, (per, today)


@pytest.mark.slow
def test_browser_timer_counts_down_rings_and_pauses(chromium, tmp_path: Path) -> None:
    plan = app(
        {"type": "timer", "presets": [{"label": "blink", "seconds": 1}, {"seconds": 90}]},
        {"type": "timer", "presets": [{"label": "go", "seconds": 1}, {"label": "rest", "seconds": 1}],
         "sequence": True, "rounds": 2},
        {"type": "timer", "mode": "stopwatch"},
    )  # fmt: skip
    page, watch = _page(chromium.new_context(), render(plan).to_html(), tmp_path / "t.html")
    timers = page.locator(".va-timer")
    one, seq, sw = timers.nth(0), timers.nth(1), timers.nth(2)
    assert one.locator("[data-va-clock]").text_content() == "00:01"
    one.locator("[data-va-preset='1']").click()
    assert one.locator("[data-va-clock]").text_content() == "01:30"
    one.locator("[data-va-preset='0']").click()
    one.locator("[data-va-start]").click()
    page.wait_for_function("() => document.querySelector('.va-timer').getAttribute('data-va-timer') === 'done'",
                           timeout=5000)  # fmt: skip
    assert (
        one.locator("[data-va-clock]").text_content() == "00:00" and one.get_attribute("data-va-beeps") == "1"
    )
    seq.locator("[data-va-start]").click()
    page.wait_for_timeout(1400)
    assert (
        "rest" in seq.locator(".va-step").text_content()
        and "round 1 of 2" in seq.locator(".va-step").text_content()
    )
    page.wait_for_function(
        "() => document.querySelectorAll('.va-timer')[1].getAttribute('data-va-timer') === 'done'",
        timeout=6000,
    )
    assert seq.get_attribute("data-va-beeps") == "4"  # each step's end
    sw.locator("[data-va-start]").click()
    page.wait_for_timeout(1200)
    sw.locator("[data-va-start]").click()  # pause
    paused = sw.locator("[data-va-clock]").text_content()
    page.wait_for_timeout(1200)
    assert paused == sw.locator("[data-va-clock]").text_content() == "00:01"
    assert sw.get_attribute("data-va-timer") == "paused"
    assert watch.clean(), watch


# --------------------------------------------------------------------------------- the Streamlit screen


def _screen(plan: dict, keys: tuple[str, ...] = ("a",), today: date = WED):
    from streamlit.testing.v1 import AppTest

    script = textwrap.dedent(
        f"""
        import json
        from datetime import date
        import streamlit as st
        from render import render
        from render.interactive_screen import show

        class View:
            result = render(json.loads({json.dumps(json.dumps(plan))}))

        for key in {list(keys)!r}:
            show(View, st, key, today=date.fromisoformat({today.isoformat()!r}))
        """
    )
    at = AppTest.from_string(script, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def test_screen_picker_draws_from_the_edited_list_and_keeps_a_rota_per_answer() -> None:
    at = _screen(TOOLS, keys=("a", "b"))
    seen = []
    for _ in range(5):
        at.button(key="app-a-pick-0-draw").click().run()
        seen.append(at.success[0].value)
    assert sorted(seen) == ["Ana", "Ben", "Chen", "Dana", "Eli"]  # a fair rota
    assert "app-b-pick-0-result" not in at.session_state  # the other answer drew nothing
    at.text_area(key="app-b-pick-0-items").set_value("Zoë\nYusuf").run()
    at.button(key="app-b-pick-0-draw").click().run()
    assert at.session_state["app-b-pick-0-result"][0][0] in ("Zoë", "Yusuf")
    teams = _screen(app({"type": "picker", "items": list("abcde"), "mode": "teams", "count": 2}))
    teams.button(key="app-a-pick-0-draw").click().run()
    groups = teams.session_state["app-a-pick-0-result"]
    assert sorted(len(g) for g in groups) == [2, 3] and sorted(chain.from_iterable(groups)) == list("abcde")
    assert any("**Team 2**" in m.value for m in teams.markdown)


def test_screen_timer_starts_counts_down_and_rings() -> None:
    at = _screen(app({"type": "timer", "presets": [{"label": "blink", "seconds": 1}, {"seconds": 90}]}))
    assert [(m.label, m.value) for m in at.metric] == [("blink", "00:01")]
    at.button(key="app-a-timer-0-go").click().run()
    assert at.button(key="app-a-timer-0-go").label == "Pause" and not at.get("audio")
    time.sleep(1.2)
    at.run()
    assert [(m.label, m.value) for m in at.metric] == [("Done", "00:00")]
    assert len(at.get("audio")) == 1 and at.button(key="app-a-timer-0-go").label == "Start"
    at.button(key="app-a-timer-0-reset").click().run()
    assert [(m.label, m.value) for m in at.metric] == [("blink", "00:01")]


def test_screen_log_adds_entries_totals_today_and_keeps_answers_apart() -> None:
    plan = app({**WATER, "rows": WATER["rows"][:4]})
    at = _screen(plan, keys=("a", "b"))
    assert [m.value for m in at.markdown if "Today" in m.value] == ["**Today: 300 ml**", "**Today: 300 ml**"]
    assert at.date_input(key="app-a-log-0-new-0").value == WED  # the injected today is the default
    at.number_input(key="app-a-log-0-new-1").set_value(450.0)
    at.text_input(key="app-a-log-0-new-2").set_value("<b>evening</b>")
    at.button(key="FormSubmitter:app-a-log-0-form-Add entry").click().run()
    assert not at.exception
    assert [m.value for m in at.markdown if "Today" in m.value] == ["**Today: 750 ml**", "**Today: 300 ml**"]
    frame = at.data_editor[0].value
    assert (
        len(frame) == 5 and frame.iloc[-1]["Note"] == "<b>evening</b>" and len(at.data_editor[1].value) == 4
    )
    assert at.get("progress")[0].proto.text.startswith("Goal\\: 750 of 2,000 ml")
    at.button(key="FormSubmitter:app-a-log-0-form-Add entry").click().run()  # an empty entry is refused
    assert len(at.data_editor[0].value) == 5 and any("Fill in" in c.value for c in at.caption)
    at.run()
    assert len(at.data_editor[0].value) == 5  # kept across reruns


def test_screen_log_columns_default_to_today_and_now() -> None:
    import streamlit as st

    from render.interactive_screen import _columns

    view = parse_plan(TOOLS).views[3]
    now = datetime(2026, 12, 2, 8, 30, 15)
    cols = _columns(view, st.column_config, WED, now)
    assert cols["Day"]["type_config"]["type"] == "date" and cols["Day"]["default"] == "2026-12-02"
    assert cols["Time"]["default"] in ("08:30:00", "08:30") and cols["Drink"]["type_config"]["options"] == [
        "water",
        "tea",
    ]
    assert cols["Amount"]["label"] == "Amount (ml)"

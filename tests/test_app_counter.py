"""The app kind's counter (tally, scoreboard): plan checks, the presses and lines of the state, the
snapshot, the HTML page (data and runtime, in a real browser when there is one), the Streamlit screen,
and the rules planner that builds it from a request in several languages, with only the user's names."""

from __future__ import annotations

import json
import re
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from render import interactive_tools as tools
from render import render
from render.interactive_html import runtime
from render.interactive_state import evaluate
from render.kinds import PlanError, parse_plan
from tests import browser

SVG = "{http://www.w3.org/2000/svg}"
GAME = {"type": "counter", "title": "Beach volleyball", "items": ["Us", "Them"], "every": 7,
        "alert": "Switch sides", "target": 21}  # fmt: skip


def app(*views: dict, title: str = "Score") -> dict:
    return {"kind": "app", "title": title, "views": list(views)}


def view_of(data: dict):
    return parse_plan(app(data)).views[0]


# ----------------------------------------------------------------------------------------- model


def test_the_counter_is_checked_and_its_mistakes_name_their_field() -> None:
    view = view_of({"type": "counter"})
    assert view.items == [] and view.step == 1 and view.every is None and view.target is None
    assert view.every_of == "total" and view.show_total is True
    for bad, path in (
        ({"step": 0}, "views.0.counter.step"),
        ({"every": 0}, "views.0.counter.every"),
        ({"every_of": "both"}, "views.0.counter.every_of"),
        ({"target": -3}, "views.0.counter.target"),
    ):
        with pytest.raises(PlanError) as err:
            parse_plan(app({"type": "counter", **bad}))
        assert any(path in e for e in err.value.errors), err.value.errors
    with pytest.raises(PlanError) as err:
        parse_plan(app({"type": "counter", "alert": "Switch sides"}))
    assert any(e.startswith("views[0].alert") and "every" in e for e in err.value.errors)


# ----------------------------------------------------------------------------------------- state


def test_presses_never_go_below_zero_and_the_lines_follow_them() -> None:
    view = view_of(GAME)
    names = tools.counter_names(view)
    t = tools.Tally.fresh(len(names))
    t.press(view, 0, up=False)
    assert t.counts == [0, 0]
    for k in (0, 1, 0, 1, 0, 1):
        t.press(view, k, up=True)
    lines = tools.counter_lines(view, names, t)
    assert (lines.total, lines.leader, lines.alert, lines.winner) == (
        "Total: 6",
        "Tied: Us, Them (3)",
        "",
        "",
    )
    t.press(view, 0, up=True)  # 7 points in all: switch sides
    lines = tools.counter_lines(view, names, t)
    assert lines.alert == "Switch sides · total 7" and lines.leader == "Leading: Us (4)"
    t.press(view, 0, up=False)  # taken back: no alert
    assert tools.counter_lines(view, names, t).alert == ""
    t.counts = [20, 19]
    t.press(view, 1, up=True)
    t.press(view, 1, up=True)  # Them reach 21 first
    t.press(view, 0, up=True)
    assert tools.counter_lines(view, names, t).winner == "Them reached 21 first and wins"
    t.reset()
    assert t.counts == [0, 0] and t.winner is None and t.last is None


def test_each_counter_alerts_on_its_own_and_a_step_counts_in_steps() -> None:
    view = view_of({"type": "counter", "items": ["Ana", "Ben"], "every": 10, "every_of": "each", "step": 5})
    t = tools.Tally.fresh(2)
    t.press(view, 1, up=True)
    t.press(view, 0, up=True)
    assert tools.counter_lines(view, ["Ana", "Ben"], t).alert == ""  # total 10, but each is at 5
    t.press(view, 0, up=True)
    assert (
        t.counts == [10, 5] and tools.counter_lines(view, ["Ana", "Ben"], t).alert == "Every 10 · Ana at 10"
    )
    t.press(view, 1, up=False)
    t.press(view, 1, up=False)
    assert t.counts == [10, 0]
    t.fit(3)
    assert t.counts == [10, 0, 0]
    t.fit(1)
    assert t.counts == [10]


def test_the_state_starts_every_counter_at_zero_with_the_rules_as_a_note() -> None:
    vs = evaluate(parse_plan(app(GAME))).views[0]
    assert vs.items == ["Us", "Them"] and vs.text == "Total: 0"
    assert "multiple of 7" in vs.note and "First to 21 wins" in vs.note and "Switch sides" in vs.note
    one = evaluate(parse_plan(app({"type": "counter"}))).views[0]
    assert one.items == ["Count"] and one.text == "" and one.note == ""
    assert tools.counter_names(view_of({"type": "counter"}), "  Ana\n\nBen\nAna\n") == ["Ana", "Ben"]


# ------------------------------------------------------------------------------------- snapshot


def test_the_snapshot_draws_a_row_per_counter_with_its_buttons() -> None:
    result = render(app(GAME, {"type": "counter", "items": [f"bird {k}" for k in range(40)]}))
    words = " ".join("".join(t.itertext()) for t in ET.fromstring(result.to_svg()).iter(f"{SVG}text"))
    for text in ("Us", "Them", "Total: 0", "Reset", "Switch sides", "First to 21 wins", "more counters"):
        assert text in words, text
    names = [el.name for page in result.layout.pages for el in page.elements]
    assert names.count("counter-button") >= 2 * 2 and names.count("counter-count") >= 2
    assert result.to_png(scale=0.5)[:8] == b"\x89PNG\r\n\x1a\n"


# ----------------------------------------------------------------------------------------- HTML


def _data_block(html: str) -> dict:
    m = re.search(r'<script type="application/json" data-va-app>(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_the_page_carries_the_counter_and_the_tools_runtime() -> None:
    html = render(app(GAME)).to_html()
    spec = _data_block(html)["views"][0]
    assert spec["type"] == "counter" and spec["names"] == ["Us", "Them"] and spec["every"] == 7
    assert spec["alert"] == "Switch sides" and spec["target"] == 21 and spec["store"].startswith("va-count-")
    assert re.findall(r"<script>(.*?)</script>", html, re.S) == [runtime(tools=True)]
    code = runtime(tools=True)
    assert "counter: counterView" in code and "data-va-plus" in code and "data-va-counter-reset" in code
    assert spec["store"] != _data_block(render(app(GAME, title="Other")).to_html())["views"][0]["store"]


@pytest.mark.slow
def test_browser_counter_counts_alerts_names_the_winner_and_keeps_the_counts(
    chromium, tmp_path: Path
) -> None:
    path = tmp_path / "c.html"
    path.write_text(render(app(GAME)).to_html(), encoding="utf-8")
    context = chromium.new_context()
    page = context.new_page()
    watch = browser.Watch(page)
    page.goto(path.as_uri())
    page.click("[data-va-minus='0']")
    assert page.locator("[data-va-count='0']").text_content() == "0"
    for k in (0, 1, 0, 1, 0, 1, 0):
        page.click(f"[data-va-plus='{k}']")
    assert page.locator("[data-va-alert]").text_content() == "Switch sides · total 7"
    assert page.locator("[data-va-leader]").text_content() == "Leading: Us (4)"
    page.reload()  # the counts stay on this device
    assert page.locator("[data-va-count='0']").text_content() == "4"
    assert page.locator("[data-va-counter-total]").text_content() == "Total: 7"
    page.click(".va-counter summary")  # the names sit folded under "Rename or add counters"
    page.fill("[data-va-names]", "Ana\nBen\nCy")
    assert (
        page.locator(".va-counter-row").count() == 3
        and page.locator("[data-va-count='2']").text_content() == "0"
    )
    assert page.locator(".va-counter-name").first.text_content() == "Ana"
    for _ in range(21):
        page.click("[data-va-plus='2']")
    assert page.locator("[data-va-winner]").text_content() == "Cy reached 21 first and wins"
    page.click("[data-va-counter-reset]")
    assert page.locator("[data-va-counter-total]").text_content() == "Total: 0"
    js = page.evaluate(
        "() => { const v = {step: 1, target: 3, every: 2, every_of: 'each', alert: '', show_total: true};"
        " const t = {counts: [0, 0], last: null, winner: null}; const P = window.VAViews._test;"
        " P.press(v, t, 1, true); P.press(v, t, 1, true);"
        " return P.counterLines(v, ['a', 'b'], t, {F: window.VAFormula}); }"
    )
    view = view_of({"type": "counter", "items": ["a", "b"], "target": 3, "every": 2, "every_of": "each"})
    t = tools.Tally.fresh(2)
    t.press(view, 1, True)
    t.press(view, 1, True)
    py = tools.counter_lines(view, ["a", "b"], t)
    assert js == {"total": py.total, "leader": py.leader, "alert": py.alert, "winner": py.winner}
    assert watch.clean(), watch


# ------------------------------------------------------------------------------- Streamlit screen


def test_screen_counter_presses_alerts_and_resets_per_answer() -> None:
    from streamlit.testing.v1 import AppTest

    script = textwrap.dedent(
        f"""
        import json
        import streamlit as st
        from render import render
        from render.interactive_screen import show

        class View:
            result = render(json.loads({json.dumps(json.dumps(app(GAME)))}))

        for key in ("a", "b"):
            show(View, st, key)
        """
    )
    at = AppTest.from_string(script, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    for k in (0, 1, 0, 1, 0, 1, 0):
        at.button(key=f"app-a-count-0-plus-{k}").click().run()
    assert not at.exception, at.exception
    assert at.session_state["app-a-count-0-tally"].counts == [4, 3]
    assert at.session_state["app-b-count-0-tally"].counts == [0, 0]  # the other answer counts apart
    assert [i.value for i in at.info] == ["Switch sides · total 7"]
    assert any("Leading" in m.value and "(4" in m.value for m in at.markdown), [m.value for m in at.markdown]
    at.button(key="app-a-count-0-minus-1").click().run()
    assert at.session_state["app-a-count-0-tally"].counts == [4, 2] and not at.info
    at.button(key="app-a-count-0-reset").click().run()
    assert at.session_state["app-a-count-0-tally"].counts == [0, 0]


# ----------------------------------------------------------------------------------------- planner


def plan_of(question: str):
    return RulesPlanner().plan(PlanRequest(question)).plan


def counter_of(question: str):
    plan = plan_of(question)
    assert plan.kind == "app", (question, plan.kind, getattr(plan, "answer", ""))
    assert [v.type for v in plan.views] == ["counter"], (question, plan.views)
    return plan, plan.views[0]


def test_planner_counts_the_species_listed_and_nothing_else() -> None:
    q = (
        "going to the big garden birdwatch this weekend. Species I expect:\nblackbird, robin, blue tit, great tit,"
        " house sparrow, starling, wood pigeon, magpie, goldfinch\nmake me a counter with a + button for each so"
        " I can tally during the hour"
    )
    _, view = counter_of(q)
    assert view.items == ["blackbird", "robin", "blue tit", "great tit", "house sparrow", "starling",
                          "wood pigeon", "magpie", "goldfinch"]  # fmt: skip
    assert view.every is None and view.target is None and view.step == 1


@pytest.mark.parametrize(
    ("question", "items", "every", "alert"),
    [
        ("something to keep score for beach volleyball, warn us to switch sides every 7 points",
         ["Team 1", "Team 2"], 7, "Switch sides"),
        ("algo no celular pra marcar os pontos do vôlei de praia, avisando a troca de lado a cada 7 pontos",
         ["Equipe 1", "Equipe 2"], 7, "Trocar de lado"),
        ("计分板，每5分换边", ["队 1", "队 2"], 5, "换边"),
    ],
)  # fmt: skip
def test_planner_a_two_sided_game_gets_two_sides_to_rename_and_the_written_alert(
    question, items, every, alert
) -> None:
    plan, view = counter_of(question)
    assert view.items == items and view.every == every and view.every_of == "total" and view.alert == alert
    assert (
        any(w in plan.answer for w in ("rename", "renomeie")) and view.target is None
    )  # in the asker's language


def test_planner_names_and_targets_only_as_written() -> None:
    _, view = counter_of("keep score for Ana vs Ben, first to 21 wins")
    assert view.items == ["Ana", "Ben"] and view.target == 21 and view.every is None
    _, view = counter_of("marcador de ping pong hasta 11 puntos")
    assert view.items == ["Equipo 1", "Equipo 2"] and view.target == 11
    plan, view = counter_of("something for the house where each of us ticks off our chores and it keeps score for the month, loser buys pizza")  # fmt: skip
    assert view.items == ["Player 1", "Player 2"] and "named nobody" in plan.answer and view.target is None
    plan, view = counter_of(
        "was, das beim skat die punkte mitschreibt und am ende sagt wer wem wie viel schuldet"
    )
    assert (
        view.items == ["Spieler 1", "Spieler 2"] and "wer wem was schuldet" in plan.answer
    )  # said in German


@pytest.mark.parametrize(
    "question",
    ["a tally counter for laps", "contador de pontos", "Punkte mitschreiben", "compteur de points", "счётчик",
     "カウンター", "عداد", "गिनती", "un contatore", "een teller voor de rondjes", "licznik", "sayaç", "카운터", "计数器"],
)  # fmt: skip
def test_planner_one_counter_when_nothing_is_listed(question) -> None:
    assert route(question).kind == "app", question
    _, view = counter_of(question)
    assert view.items == [] and view.every is None and view.target is None


def test_planner_leaves_trackers_charts_and_timers_alone() -> None:
    assert plan_of("calorie counter: I enter food, it shows the total per day").views[0].type == "log"
    assert plan_of("my step counter says mon 8000, tue 6500, wed 9000").kind == "chart"
    assert plan_of("a tally of votes: A 12, B 9, C 4").kind == "chart"
    timer = plan_of("egg timer 3, 6 or 9 minutes and keep score")
    assert timer.kind == "app" and timer.views[0].type == "timer"
    draw = plan_of("random picker for who keeps score: mia, leo, sam")
    assert draw.views[0].type == "picker"

"""A tracker's warning level ("…; warn me below 10"): the planner reads it, every painter states the
rule, and the page, the exported HTML and the Streamlit screen warn while the latest entry (or the
period's total, when that is what is watched) crosses it. Nothing is ever sent anywhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generators import get_planner
from generators.base import PlanRequest
from generators.rules import app_texts
from generators.rules.words import lang_of, language
from render import interactive_tools as tools
from render import render
from render.interactive_model import AppPlan, LogView
from render.interactive_state import evaluate
from render.interactive_words import say
from render.kinds import PlanError, parse_plan
from tests.pptx_checks import all_text, check_deck
from tests.test_app_views import WED, _data_block, _page, _screen, app, svg_texts

STOCK = {
    "type": "log",
    "title": "Pipette tips",
    "fields": [{"name": "Date", "type": "date"}, {"name": "Boxes left", "type": "number"}],
    "rows": [["2026-11-30", 14], ["2026-12-01", 9]],
    "watch": "Boxes left",
    "below": 10,
}
SPEND = {
    "type": "log",
    "title": "Spending",
    "fields": [{"name": "Date", "type": "date"}, {"name": "Amount", "type": "number", "unit": "€"}],
    "rows": [["2026-12-01", 400], ["2026-12-02", 350.5], ["2026-11-03", 900]],
    "total": "Amount",
    "per": "month",
    "watch": "Amount",
    "above": 700,
}


def _alert(view: dict, today: date = WED) -> tools.LogAlert | None:
    return evaluate(parse_plan(app(view)), today=today).views[0].alert


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"watch": "Date"}, "not a number field"),
        ({"watch": "Stock"}, "not a number field"),
        ({"below": None}, "needs `below` or `above`"),
        ({"watch": None}, "need `watch`"),
    ],
)
def test_a_watch_names_a_number_field_and_a_level(change: dict, words: str) -> None:
    with pytest.raises(PlanError) as err:
        parse_plan(app({**STOCK, **change}))
    assert any(e.startswith("views[0].watch") and words in e for e in err.value.errors), err.value.errors


def test_the_latest_entry_is_checked_not_the_lowest_or_a_sum() -> None:
    alert = _alert(STOCK)
    assert alert is not None and alert.value == 9
    assert alert.rule == "Warns when Boxes left is below 10"
    assert alert.fired == "Boxes left is 9, below 10"
    restocked = _alert({**STOCK, "rows": [*STOCK["rows"], ["2026-12-02", 30]]})
    assert (
        restocked is not None and restocked.value == 30 and restocked.fired == ""
    )  # 9 earlier: no warning now
    empty = _alert({**STOCK, "rows": []})
    assert empty is not None and empty.value is None and empty.fired == ""  # nothing entered, nothing crossed


def test_a_watched_total_is_the_periods_total() -> None:
    alert = _alert(SPEND)  # December: 400 + 350.5; November's 900 is another month
    assert alert is not None and alert.value == 750.5
    assert alert.rule == "Warns when Amount (this month) is above 700 €"
    assert alert.fired == "Amount (this month) is 750.5 €, above 700 €"
    assert _alert(SPEND, today=date(2026, 11, 20)).fired == "Amount (this month) is 900 €, above 700 €"
    both = _alert({**STOCK, "above": 12.5})
    assert both is not None and both.rule == "Warns when Boxes left is below 10 or above 12.5"


def test_the_snapshot_and_the_deck_state_the_rule_and_the_crossing() -> None:
    result = render(app(STOCK, title="Lab stock"))
    words = " ".join(svg_texts(result.to_svg()))
    assert "Boxes left is 9, below 10" in words and "Warns when Boxes left is below 10" in words
    names = [el.name for page in result.layout.pages for el in page.elements]
    assert "log-alert" in names and "log-alert-rule" in names
    prs = check_deck(result.to_pptx(), expect_slides=len(result.layout.pages))
    assert "Warns when Boxes left is below 10" in all_text(prs)
    calm = render(app({**STOCK, "rows": [["2026-12-01", 25]]}))
    calm_names = [el.name for page in calm.layout.pages for el in page.elements]
    assert "log-alert" not in calm_names and "log-alert-rule" in calm_names  # the rule, no warning


def test_the_screen_warns_once_an_entry_crosses_the_level() -> None:
    at = _screen(app({**STOCK, "rows": [["2026-12-01", 25]]}))
    assert not at.warning and any("Warns when Boxes left is below 10" in c.value for c in at.caption)
    at.number_input(key="app-a-log-0-new-1").set_value(4.0)
    at.button(key="FormSubmitter:app-a-log-0-form-Add entry").click().run()
    assert [w.value for w in at.warning] == ["Boxes left is 4, below 10"]


def test_the_exported_page_carries_the_rule_for_its_runtime() -> None:
    spec = _data_block(render(app(STOCK)).to_html())["views"][0]
    assert spec["watch"] == "Boxes left" and spec["below"] == 10 and spec["above"] is None
    assert spec["alert_rule"] == "Warns when Boxes left is below 10" and spec["alert_what"] == "Boxes left"


@pytest.mark.slow
def test_browser_the_page_warns_as_entries_are_added(chromium, tmp_path: Path) -> None:
    page, watch = _page(
        chromium.new_context(), render(app(STOCK, title="Alert test")).to_html(), tmp_path / "s.html"
    )
    alert = page.locator("[data-va-alert]")
    assert alert.text_content() == "🔔 Boxes left is 9, below 10"
    page.fill("[data-va-field='Boxes left']", "40")
    page.click("[data-va-add]")
    assert alert.is_hidden() and alert.text_content() == ""
    page.fill("[data-va-field='Boxes left']", "3")
    page.click("[data-va-add]")
    assert alert.text_content() == "🔔 Boxes left is 3, below 10"
    assert "Warns when Boxes left is below 10" in page.locator(".va-log").text_content()
    spend = _data_block(render(app(SPEND)).to_html())["views"][0]
    js = page.evaluate(
        "([v, today]) => window.VAViews._test.logAlert(v, v.rows, {F: window.VAFormula,"
        " fmt: (x, d, p, u) => window.VAFormula.formatNumber(x, d) + (u ? ' ' + u : '')}, today)",
        [spend, WED.isoformat()],
    )
    py = _alert(SPEND)
    assert (
        py is not None
        and js["value"] == py.value
        and js["fired"] == py.fired.replace("€", " €").replace("  ", " ")
    )
    assert watch.clean(), watch


# ------------------------------------------------------------------------------------------ planner


def _said(question: str) -> str:
    """The language the planner answers `question` in (`app_texts.text_lang`)."""
    return app_texts.text_lang(lang_of(question), language(question))


def _log(question: str) -> tuple[AppPlan, LogView]:
    plan = get_planner("rules").plan(PlanRequest(question=question)).plan
    assert isinstance(plan, AppPlan), (question, plan)
    view = plan.views[0]
    assert isinstance(view, LogView)
    return plan, view


@pytest.mark.parametrize(
    ("question", "watch", "levels"),
    [
        ("supplies tracker for the lab's pipette tips: date, boxes left; warn me below 6", "Boxes left",
         {"below": 6}),
        ("una app para registrar guantes: fecha, cajas restantes; avísame si baja de 3", "Cajas restantes",
         {"below": 3}),
        ("glucose log: date, glucose; warn me below 70 or above 180", "Glucose", {"below": 70, "above": 180}),
        ("fever log for my son: time, temperature; alert me above 38.5", "Temperature", {"above": 38.5}),
        ("spending tracker: groceries 120, fuel 60, let me know when over 900", "Amount", {"above": 900}),
    ],
)  # fmt: skip
def test_the_planner_reads_the_level_and_the_field_it_is_for(question: str, watch: str, levels: dict) -> None:
    plan, view = _log(question)
    assert view.watch == watch
    assert {k: v for k, v in (("below", view.below), ("above", view.above)) if v is not None} == levels
    lang = _said(
        question
    )  # said in the asker's language: "Warns when … on this page (it sends no messages)."
    assert app_texts.say(lang, "log.alert_rule", rule="").strip() in plan.answer
    assert say(lang, "warns", what="\0", levels="").split("\0")[0] in plan.answer  # "Warns when "
    assert not any(str(v) in str(row) for row in view.rows for v in levels.values())  # a level, no entry


def test_an_alert_without_a_clear_field_or_level_is_only_reported() -> None:
    """Two number fields and an alert naming neither: which one is unclear, so nothing is watched
    and the answer says the alert is not honoured, rather than guess."""
    plan, view = _log("training log: date, reps, minutes; tell me when I hit 100")
    assert view.watch is None and "no alerts" in plan.answer and "tell me when I hit 100" in plan.answer


def test_a_fields_log_named_by_its_colon_is_a_tracker() -> None:
    """'fever log: …', 'a log for the kiln: …': a log named with its fields, read as a tracker
    whatever it logs; a reading of a measure (temperature) is a number field."""
    _, view = _log("a log for the kiln: date, peak temperature, cone")
    assert [(f.name, f.type) for f in view.fields] == [
        ("Date", "date"),
        ("Peak temperature", "number"),
        ("Cone", "text"),
    ]
    text = get_planner("rules").plan(PlanRequest(question="what goes in a ship's log: position, speed?")).plan
    assert text.kind == "text"


def test_a_rating_on_a_scale_is_a_number_field_never_totalled_and_no_field_is_lost() -> None:
    """'mood (1-5)' had made the whole list unreadable (its digits), so 'note' was dropped unsaid; a
    rating is a level: no total of moods."""
    _, view = _log("mood log: date, mood (1-5), note")
    assert [(f.name, f.type) for f in view.fields] == [
        ("Date", "date"),
        ("Mood (1-5)", "number"),
        ("Note", "text"),
    ]
    assert view.total is None
    _, pain = _log("pain diary: date, pain (0-10), where, medication; warn me above 7")
    assert [f.name for f in pain.fields] == ["Date", "Pain (0-10)", "Where", "Medication"]
    assert (pain.watch, pain.above, pain.total) == ("Pain (0-10)", 7, None)


def test_entries_given_after_the_fields_start_the_log_and_the_alert_checks_them() -> None:
    """'pantry tracker: item, boxes left; entries: rice 12, pasta 8; warn me below 10' had made one
    field 'Pantry' and no entries: the listed fields, the given entries and the level all hold, and
    the latest entry (pasta 8) is already below the level."""
    plan, view = _log("pantry tracker: item, boxes left; entries: rice 12, pasta 8; warn me below 10")
    assert [(f.name, f.type) for f in view.fields] == [
        ("Date", "date"),
        ("Item", "text"),
        ("Boxes left", "number"),
    ]
    assert view.rows == [[None, "rice", 12], [None, "pasta", 8]]
    assert (view.watch, view.below, view.total) == ("Boxes left", 10, None)  # what is left: no sum
    alert = tools.log_alert(view, view.rows, date.today())
    assert alert is not None and alert.fired == "Boxes left is 8, below 10"
    assert "starts with the 2 you gave" in plan.answer
    _, spend = _log("expense tracker: item, amount; rent 800, food 300")  # no label before the entries
    assert spend.rows == [[None, "rent", 800], [None, "food", 300]] and spend.total == "Amount"


def test_entries_that_fit_no_single_number_field_are_reported_not_dropped() -> None:
    plan, view = _log("run log: date, distance (km), minutes; so far: Mon 5, Tue 3")
    said = app_texts.say(_said(plan.subtitle), "log.not_added", entries="Mon 5, Tue 3")
    assert view.rows == [] and said in plan.answer  # "The entries you gave (“Mon 5, Tue 3”) are not added"

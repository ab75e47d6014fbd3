"""The `app` kind end to end: plan checks, snapshot pages, the offline HTML page in a real browser,
the Streamlit widgets, the rules planner's catalogue, and fuzzed plans through every painter."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from render import KINDS, render
from render.interactive_state import evaluate
from render.kinds import PlanError, parse_plan
from render.layout import ChartSlot, Rect, element_rect
from tests import browser
from tests.app_specs import PWNED, app_plans, schema_plans
from tests.pptx_checks import all_text, check_deck

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
LOAN = dict(KINDS["app"].example)
CATALOGUE = DATA / "v2" / "trail_gear_catalogue.csv"


def texts(result) -> list[str]:
    return [box.text for page in result.layout.pages for box in page.text_boxes()]


def explorer_plan() -> tuple[object, pd.DataFrame]:
    table = pd.read_csv(CATALOGUE)
    plan = (
        RulesPlanner()
        .plan(PlanRequest("let me explore this catalogue", table=table, table_name="gear.csv"))
        .plan
    )
    assert plan.kind == "app"
    return plan, table


# ------------------------------------------------------------------------------------- plan, state


def test_the_example_computes_the_loan_at_its_defaults_and_at_new_inputs() -> None:
    plan = parse_plan(LOAN)
    state = evaluate(plan)
    assert state.shown("payment", plan) == "1,610.46"
    assert evaluate(plan, {"principal": 400000}).shown("payment", plan) == "2,147.29"
    assert plan.program.order == ["payment", "interest"]
    assert plan.program.trees["computed[0].formula"][0] == "u"  # the kept tree: -pmt(...)


def test_a_division_by_zero_is_a_dash_with_a_message() -> None:
    plan = parse_plan(
        {
            "kind": "app",
            "title": "Split",
            "inputs": [{"name": "bill", "default": 90}, {"name": "people", "default": 0}],
            "computed": [{"name": "each", "formula": "bill / people", "decimals": 2}],
            "views": [{"type": "metric", "value": "each"}, {"type": "text", "text": "Each pays {each}."}],
        }
    )
    state = evaluate(plan)
    assert state.views[0].text == "—" and state.views[0].error == "division by zero"
    assert state.views[1].text == "Each pays —."
    result = render(plan)
    assert "—" in texts(result) and "division by zero" in texts(result)
    assert evaluate(plan, {"people": 3}).views[0].text == "30.00"


def test_plan_mistakes_are_precise_enough_to_repair() -> None:
    bad = json.loads(json.dumps(LOAN))
    bad["computed"][0]["formula"] = "-pmt(rat / 100 / 12, years * 12, principal)"
    bad["views"].append({"type": "chart", "categories": ["a"], "series": [{"values": ["1", "2"]}]})
    bad["inputs"][1]["default"] = 99
    with pytest.raises(PlanError) as err:
        parse_plan(bad)
    text = str(err.value)
    assert "computed[0].formula: unknown name 'rat' at column 6; did you mean rate?" in text
    assert "views[3].series[0].values: has 2 formulas but there are 1 categories" in text
    assert "inputs[1].default: 99 is outside min..max" in text


def test_columns_are_checked_against_the_attached_table() -> None:
    plan, table = explorer_plan()
    render(plan, data=table)  # fine with its table
    with pytest.raises(PlanError, match="no table is attached"):
        render(plan)
    with pytest.raises(PlanError, match="the attached table has no column 'category'"):
        render(plan, data=table.rename(columns={"category": "kind"}))


# ---------------------------------------------------------------------------------------- snapshot


def test_the_snapshot_shows_values_and_lists_formulas_in_the_notes() -> None:
    result = render(LOAN)
    page = result.layout.pages[0]
    assert "1,610.46" in texts(result) and "279,767" in texts(result) and "300,000" in texts(result)
    (slot,) = [el for el in page.elements if isinstance(el, ChartSlot)]
    assert slot.data.series[0][1] == pytest.approx([300000, 279767.35], abs=0.01)
    assert "payment = -pmt(rate / 100 / 12, years * 12, principal)  →  1,610.46" in page.notes
    prs = check_deck(result.to_pptx(), expect_slides=1)
    (chart,) = [s.chart for s in prs.slides[0].shapes if s.has_chart]  # a native, editable chart
    assert list(chart.plots[0].categories) == ["Principal", "Interest"]
    assert "-pmt(rate / 100 / 12" in prs.slides[0].notes_slide.notes_text_frame.text
    assert "1,610.46" in all_text(prs)


def test_tabs_give_each_view_a_page_and_quiz_answers_go_to_the_notes() -> None:
    plan = dict(LOAN, layout="tabs")
    plan["views"] = [
        *LOAN["views"][:1],
        {"type": "quiz", "title": "Check yourself", "questions": [
            {"question": "Does a longer term lower the payment?", "choices": ["yes", "no"], "answer": "yes"}]},
        {"type": "checklist", "title": "Before you sign", "items": ["Compare offers", "Read the fees"]},
    ]  # fmt: skip
    result = render(plan)
    assert [p.title for p in result.layout.pages] == ["Mortgage calculator"] * 3
    assert "Does a longer term lower the payment? → yes" in result.layout.pages[1].notes
    assert "☐ Compare offers" in texts(result)


def test_the_explorer_snapshot_draws_the_filtered_table() -> None:
    plan, table = explorer_plan()
    result = render(plan, data=table)
    slots = [el for p in result.layout.pages for el in p.elements if isinstance(el, ChartSlot)]
    assert slots and slots[0].data.categories[0] == "tents"  # average price, largest first
    assert "TG-101" in texts(result)


# -------------------------------------------------------------------------------------------- HTML


def _data_block(html: str) -> dict:
    m = re.search(r'<script type="application/json" data-va-app>(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


def test_the_html_page_carries_a_strict_policy_and_only_our_script() -> None:
    html = render(LOAN).to_html()
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy and "http" not in policy
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 1  # the runtime; the plan is a JSON data block, never executed
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy
    assert not re.search(r"\b(?:src|href)=\"?(?:https?:)?//", html)
    code = re.sub(r"/\*.*?\*/|(?<![:\"])//[^\n]*", "", scripts[0], flags=re.S)  # without comments
    assert "innerHTML" not in code and "eval(" not in code and "Function(" not in code
    data = _data_block(html)
    assert data["computed"][0]["tree"][0] == "u" and "formula" not in json.dumps(data["computed"])
    size = len(html.encode())
    assert size < 100_000, f"a calculator page is {size:,} bytes"


def test_hostile_text_cannot_leave_the_data_block() -> None:
    plan = json.loads(json.dumps(LOAN))
    plan["title"] = "</script><script>alert(1)</script>"
    plan["inputs"][0]["label"] = '<img src=x onerror="alert(1)">\u2028'
    html = render(plan).to_html()
    assert "<script>alert" not in html and "<img src=x" not in html and "\u2028" not in html
    assert _data_block(html)["title"] == plan["title"]  # intact as data, shown with textContent


# ------------------------------------------------------------------------------------ the browser


def _open(chromium, html: str, tmp_path: Path):
    path = tmp_path / f"page{abs(hash(html)) % 10**8}.html"
    path.write_text(html, encoding="utf-8")
    page = chromium.new_page()
    watch = browser.Watch(page)
    page.goto(path.as_uri())
    return page, watch


@pytest.mark.slow
def test_browser_recomputes_the_loan_offline(chromium, tmp_path: Path) -> None:
    page, watch = _open(chromium, render(LOAN).to_html(), tmp_path)
    payment = page.locator("[data-va-metric=payment]")
    assert payment.text_content() == "1,610.46"
    page.fill("[data-va-input=principal]", "400000")
    assert payment.text_content() == "2,147.29"
    assert page.locator("[data-va-metric=interest]").text_content() == "373,023"
    slices = page.locator("svg path[data-va-cat]")
    assert slices.first.get_attribute("data-va-val") == "400000"
    page.locator("[data-va-input=rate]").fill("6")  # the slider
    assert payment.text_content() == "2,398.20"
    assert watch.clean(), watch


@pytest.mark.slow
def test_browser_explorer_filter_changes_its_chart_and_table(chromium, tmp_path: Path) -> None:
    plan, table = explorer_plan()
    page, watch = _open(chromium, render(plan, data=table).to_html(), tmp_path)
    bars = page.locator("svg rect[data-va-cat]")
    assert bars.count() == 5
    page.select_option("[data-va-input=category]", "tents")
    assert [b.get_attribute("data-va-cat") for b in bars.all()] == ["tents"]
    assert float(bars.first.get_attribute("data-va-val")) == pytest.approx(
        table[table.category == "tents"].price_eur.mean()
    )
    assert page.locator("[data-va-metric=rows]").text_content() == "3"
    assert page.locator(".va-table tbody tr").count() == 3
    assert watch.clean(), watch


@pytest.mark.slow
def test_browser_quiz_scores_and_hostile_text_stays_text(chromium, tmp_path: Path) -> None:
    evil = '</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">'
    plan = {
        "kind": "app",
        "title": evil,
        "views": [
            {"type": "quiz", "questions": [
                {"question": evil, "choices": ["{{constructor.constructor('window.__pwned=1')()}}", "b"],
                 "answer": "b", "explanation": evil}]},
            {"type": "checklist", "items": [evil, "two"]},
        ],
    }  # fmt: skip
    page, watch = _open(chromium, render(plan).to_html(), tmp_path)
    page.get_by_role("button", name="B. b").click()
    assert page.locator(".va-score").text_content() == "Score: 1 / 1"
    page.locator(".va-check input").first.check()
    assert page.locator(".va-progress-label").text_content() == "1 of 2 done"
    assert evil in page.locator(".va-title").text_content()
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("img").count() == 0
    assert watch.clean(), watch


# ----------------------------------------------------------------------------------------- the app


def _new_app():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    assert not at.exception
    return at


def _metric(at, label: str, i: int = 0) -> str:
    return [m.value for m in at.metric if m.label == label][i]


def test_app_widgets_recompute_without_replanning_and_answers_keep_their_state(monkeypatch) -> None:
    at = _new_app()
    at.chat_input[0].set_value("mortgage calculator: 300,000 at 5% over 30 years").run()
    at.chat_input[0].set_value("mortgage calculator: 300,000 at 5% over 30 years").run()
    assert not at.exception
    assert [m.value for m in at.metric if m.label == "Monthly payment"] == ["1,610.46", "1,610.46"]
    calls = []
    monkeypatch.setattr(RulesPlanner, "plan", lambda self, req: calls.append(req))  # must not be asked again
    first = next(w for w in at.number_input if w.key and w.key.endswith("-in-principal"))
    first.set_value(400000.0).run()
    assert not at.exception
    assert [m.value for m in at.metric if m.label == "Monthly payment"] == ["2,147.29", "1,610.46"]
    at.run()
    assert _metric(at, "Monthly payment", 0) == "2,147.29" and not calls


def test_app_quiz_checks_answers_and_scores() -> None:
    at = _new_app()
    at.chat_input[0].set_value("quiz me: 2 + 2 = 4, capital of France = Paris, H2O = water").run()
    radios = [r for r in at.radio if r.key and "-quiz-" in r.key]
    assert len(radios) == 3
    for r in radios:
        r.set_value(next(o for o in r.options if o in ("4", "Paris", "water")))
    at.run()
    at.button(key=next(b.key for b in at.button if b.key and b.key.endswith("-check"))).click().run()
    assert any("Score: 3 / 3" in m.value for m in at.markdown)


def test_app_explorer_filter_changes_the_chart_figure() -> None:
    at = _new_app()
    at.file_uploader(key="upload").set_value(("gear.csv", CATALOGUE.read_bytes(), "text/csv")).run()
    at.chat_input[0].set_value("let me explore this catalogue").run()
    assert not at.exception

    def bars() -> dict:
        chart = next(c for c in at.get("plotly_chart") if c.key and c.key.startswith("app-"))
        trace = json.loads(chart.proto.spec)["data"][0]
        return dict(zip(trace["x"], trace["y"], strict=True))

    assert set(bars()) == {"tents", "backpacks", "sleeping bags", "accessories", "cookware"}
    at.selectbox(key=next(s.key for s in at.selectbox if s.key and s.key.endswith("-in-category"))).select(
        "tents"
    ).run()
    assert bars() == pytest.approx({"tents": 352.3333333333333})
    assert _metric(at, "Rows") == "3"


# ------------------------------------------------------------------------------------------ planner


@pytest.mark.parametrize(
    ("question", "title", "metric", "value"),
    [
        (
            "how much would my mortgage be on 300,000 at 5% over 30 years",
            "Mortgage calculator",
            "payment",
            "1,610.46",
        ),
        ("savings calculator: 200 a month at 4% for 10 years", "Savings calculator", "final", "29,450"),
        (
            "break-even calculator: fixed costs 3000, price 12, cost 4",
            "Break-even calculator",
            "break_even",
            "375 units",
        ),
        ("ROI calculator: we spent 5000 and made 8000", "ROI calculator", "roi", "60.0%"),
        ("BMI calculator, I'm 1.78 m and 82 kg", "BMI calculator", "bmi", "25.9"),
        ("tip splitter: 180 bill, 18% tip, 6 people", "Tip splitter", "each", "35.40"),
        ("unit converter: 100 km/h to mph", "Speed converter", "result", "62.1371"),
    ],
)
def test_the_rules_catalogue_fills_calculators_from_the_question(question, title, metric, value) -> None:
    assert route(question).kind == "app"
    plan = RulesPlanner().plan(PlanRequest(question)).plan
    assert plan.kind == "app" and plan.title == title
    assert evaluate(plan).shown(metric, plan) == value


def test_the_rules_planner_makes_quizzes_and_flashcards_from_lists() -> None:
    md = "# Capitals\n\n- What is the capital of France? Paris\n- What is the capital of Japan? Tokyo\n" \
         "- What is the capital of Kenya? Nairobi\n"  # fmt: skip
    plan = RulesPlanner().plan(PlanRequest("quiz me on this", markdown=md)).plan
    (quiz,) = plan.views
    assert quiz.mode == "quiz" and [q.answer for q in quiz.questions] == ["Paris", "Tokyo", "Nairobi"]
    assert all(q.answer in q.choices and len(q.choices) == 3 for q in quiz.questions)
    cards = (
        RulesPlanner().plan(PlanRequest("flashcards: hola = hello, gracias = thank you, perro = dog")).plan
    )
    assert cards.views[0].mode == "flashcards" and cards.views[0].questions[1].answer == "thank you"
    none = RulesPlanner().plan(PlanRequest("quiz me on the planets")).plan  # the user writes them
    assert none.kind == "app" and none.views[0].questions == [] and "write no questions" in none.answer


# ----------------------------------------------------------------------------------------------- fuzz


def _every_painter(result) -> None:
    ET.fromstring(result.to_svg())
    from PIL import Image

    assert Image.open(io.BytesIO(result.to_png(scale=0.5))).size[0] == 480
    check_deck(result.to_pptx(), expect_slides=len(result.layout.pages))
    assert parse_plan(result.to_json()) == result.plan
    for page in result.layout.pages:
        edge = Rect(0, 0, page.width, page.height)
        assert all(edge.contains(element_rect(el)) for el in page.elements), "an element leaves the page"
        for box in page.text_boxes():
            assert not box.overflows()
    html = result.to_html()
    assert "<script>window" not in html and "<img src=x" not in html
    return html


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(app_plans())
def test_fuzzed_plans_render_in_every_painter(plan: dict) -> None:
    _every_painter(render(plan))


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.data())
def test_schema_generated_plans_are_either_plan_errors_or_render(data) -> None:
    """Whole plans from the JSON schema (names rarely agree: PlanErrors), and calculators whose inputs
    and views come from the schema (mostly valid: every painter)."""
    from hypothesis_jsonschema import from_schema

    from render.interactive_model import AppPlan

    for raw in (data.draw(from_schema(AppPlan.model_json_schema())), data.draw(schema_plans())):
        try:
            plan = parse_plan({**raw, "kind": "app"})
        except PlanError:
            continue
        _every_painter(render(plan))


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(plan=app_plans())
def test_fuzzed_plans_run_in_the_browser_without_a_trace(chromium, tmp_path_factory, plan: dict) -> None:
    html = _every_painter(render(plan))
    page, watch = _open(chromium, html, tmp_path_factory.mktemp("fuzz"))
    try:
        first = page.locator("[data-va-input]").first
        if first.count() and first.get_attribute("type") in ("number", "text"):
            first.fill("3")
        assert page.evaluate("() => window.__pwned") is None and PWNED
        assert page.locator(".va-app").count() == 1
        assert watch.clean(), watch
    finally:
        page.close()

"""Round 18 of the `app` kind: calculators named in every language, tracker fields that are no
amounts (clock times, phone numbers, ages), trackers titled by what they keep, converters at the
user's own rate, random teams from a list, and the page's figures in the language's marks.

Questions here are written for these tests (none is copied from the labelled sets).
"""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from render.interactive_model import AppPlan, LogView

PLANNER = RulesPlanner()


def plan_of(question: str):
    return PLANNER.plan(PlanRequest(question=question)).plan


def log_of(question: str) -> tuple[AppPlan, LogView]:
    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan.kind, getattr(plan, "answer", ""))
    views = [v for v in plan.views if isinstance(v, LogView)]
    assert views, (question, [v.type for v in plan.views])
    return plan, views[0]


# ------------------------------------------------------------------------------ BMI by its local name


@pytest.mark.parametrize(
    "question",
    [
        "vücut kitle indeksi hesaplayıcı yap, boy ve kilo girilsin",
        "VKİ hesaplama aracı yap",
        "calcolatore dell'indice di massa corporea",
        "calculadora de índice de massa corporal",
        "калькулятор индекса массы тела",
        "kalkulator wskaźnika masy ciała",
        "체질량지수 계산기 만들어줘",
        "حاسبة مؤشر كتلة الجسم",
        "बॉडी मास इंडेक्स कैलकुलेटर",
        "máy tính chỉ số khối cơ thể",
        "Körpermasseindex-Rechner",
    ],
)
def test_bmi_named_in_its_language_is_the_bmi_calculator(question: str) -> None:
    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan.kind, plan.answer[:80])
    names = {i.name for i in plan.inputs}
    assert {"weight", "height"} <= names, (question, names)
    assert any("weight" in c.formula and "height" in c.formula for c in plan.computed)


def test_bmi_in_turkish_takes_the_users_figures() -> None:
    plan = plan_of("vücut kitle indeksimi hesapla: 1,70 m boy, 65 kg")
    defaults = {i.name: i.default for i in plan.inputs}
    assert defaults["weight"] == 65 and defaults["height"] == 170


# ------------------------------------------------------------------ tracker fields that are no amount


def test_salon_time_is_a_clock_time_and_the_price_is_the_total() -> None:
    _, view = log_of("make a tracker for appointments at my salon: date, time, client, service, price")
    types = {f.name: f.type for f in view.fields}
    assert types["Time"] == "time"
    assert types["Price"] == "number"
    assert view.total == "Price"


def test_salon_time_without_a_price_is_never_totalled() -> None:
    _, view = log_of("make a tracker for appointments at my salon: date, time, client, service")
    assert {f.name: f.type for f in view.fields}["Time"] == "time"
    assert view.total is None


def test_phone_numbers_and_ages_are_never_the_total() -> None:
    _, view = log_of("tracker for my customers: date, customer, phone number, age, amount")
    types = {f.name: f.type for f in view.fields}
    assert types["Phone number"] == "text"
    assert types["Age"] == "number"
    assert view.total == "Amount"


def test_spanish_salon_hour_is_a_clock_time() -> None:
    plan, view = log_of(
        "app para registrar las citas de mi peluquería: fecha, hora, cliente, servicio, precio"
    )
    types = {f.name: f.type for f in view.fields}
    assert types["Hora"] == "time"
    assert view.total == "Precio"
    assert plan.title == "Registro: citas de mi peluquería"


def test_time_of_a_run_stays_a_duration() -> None:
    _, view = log_of("log my runs: date, distance, time")
    assert {f.name: f.type for f in view.fields}["Time"] == "number"


def test_price_of_one_thing_followed_is_no_total() -> None:
    from generators.rules import app_fields

    fields = [{"name": "Station", "type": "text"}]
    assert not app_fields.charged("Price", fields, "track the price of petrol: date, station, price")
    assert app_fields.charged("Price", fields, "track my salon: date, client, price")


# --------------------------------------------------------------------------------- tracker titles


def test_tracker_titled_by_what_it_keeps_not_by_the_question() -> None:
    question = "make an app to track appointments for my salon: date, time, client, service, price"
    plan, view = log_of(question)
    assert plan.title == "Salon appointments"
    assert [f.name for f in view.fields] == ["Date", "Time", "Client", "Service", "Price"]


def test_tracker_fields_listed_after_with_are_kept() -> None:
    plan, view = log_of(
        "I want to keep track of my salon appointments with date, time, client, phone, service and price"
    )
    assert plan.title == "Salon appointments"
    types = {f.name: f.type for f in view.fields}
    assert types == {
        "Date": "date",
        "Time": "time",
        "Client": "text",
        "Phone": "text",
        "Service": "text",
        "Price": "number",
    }
    assert view.total == "Price"


def test_deliveries_at_the_warehouse() -> None:
    plan, view = log_of(
        "I need a simple app where I can record every delivery we get at the warehouse with supplier, boxes and cost"
    )
    assert plan.title == "Warehouse delivery"
    assert [f.name for f in view.fields] == ["Date", "Supplier", "Boxes", "Cost"]
    assert view.total == "Cost"


# ------------------------------------------------------------------------- a converter at their rate


def _converter(question: str) -> tuple[AppPlan, dict[str, float]]:
    """The plan, and what its first computed figure is for 10 of the input (the page's arithmetic)."""
    from render.interactive_state import evaluate

    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan.kind, getattr(plan, "answer", ""))
    state = evaluate(plan, {plan.inputs[0].name: 10.0})
    return plan, {c.label: state.values[c.name] for c in plan.computed}


def test_hours_to_person_days_at_the_users_rate() -> None:
    plan, out = _converter("convert hours to person-days (7 h a day)")
    assert plan.inputs[0].label == "hours" and plan.computed[0].label == "person-days"
    assert out["person-days"] == pytest.approx(10 / 7)
    assert "convert(" not in " ".join(c.formula for c in plan.computed)  # no built-in converter
    assert "7" in plan.answer


def test_rate_written_per_unit_or_with_equals_either_way_round() -> None:
    _, out = _converter("converter from hours to person-days, 7 hours per day")
    assert out["person-days"] == pytest.approx(10 / 7)
    _, out = _converter("convert person-days to hours, 1 person-day = 7 hours")
    assert out["hours"] == pytest.approx(70)


def test_cups_of_rice_to_servings() -> None:
    plan, out = _converter("cups of rice to servings, 1 cup = 2 servings")
    assert plan.inputs[0].label == "cups of rice"
    assert out["servings"] == pytest.approx(20)


def test_story_points_to_days_says_the_day_length_is_missing() -> None:
    plan, out = _converter("convert story points to days, 1 point = 3 hours")
    assert out["hours"] == pytest.approx(30)
    assert "days" in plan.answer and "not given" in plan.answer
    assert not any("day" in c.label for c in plan.computed)  # never a guessed day length


def test_a_named_unit_converter_without_a_rate_stays_built_in() -> None:
    from generators.rules.app_rate import stated_rate

    assert stated_rate("convert km to miles", "en") is None
    assert stated_rate("loan from 2020 to 2025 at 5% a year", "en") is None


# ------------------------------------------------------------------------------------ random teams


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("random team generator: Ana, Ben, Carl, Dee, Eva, Finn, 2 teams", 2),
        ("pick teams randomly for Ana, Ben, Carl, Dee, Eva and Finn (two teams)", 2),
        ("shuffle Ana, Ben, Carl, Dee, Eva, Finn into three groups", 3),
        ("split the players randomly into two teams: Ana, Ben, Carl, Dee, Eva, Finn, Gus, Hana", 2),
    ],
)
def test_random_teams_from_the_names_given(question: str, count: int) -> None:
    from render.interactive_model import PickerView

    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan.kind)
    view = plan.views[0]
    assert isinstance(view, PickerView)
    assert view.mode == "teams" and view.count == count
    assert view.items[:6] == ["Ana", "Ben", "Carl", "Dee", "Eva", "Finn"]
    assert not any(ch.isdigit() for it in view.items for ch in it)
    assert f"{len(view.items)} " in plan.answer


# ---------------------------------------------------------------------------- figures in the marks


def _spanish_explorer():
    """A Spanish app over 1,500 rows of an attached table: a table of 5 rows, a chart of a sum."""
    import pandas as pd

    from render import render

    frame = pd.DataFrame({"zona": ["norte", "sur", "este"] * 500, "importe": [1234.5] * 1500})
    plan = {
        "kind": "app",
        "title": "Ventas",
        "language": "es",
        "inputs": [{"name": "base", "label": "Base", "type": "number", "default": 12345.5}],
        "views": [
            {"type": "table", "columns": ["zona", "importe"], "max_rows": 5},
            {"type": "chart", "chart_type": "bar", "x": "zona", "y": "importe", "aggregate": "sum"},
        ],
    }
    return render(plan, data=frame)


def test_snapshot_more_rows_and_counts_in_spanish_marks() -> None:
    from render import interactive_tools as tools
    from render.interactive_model import CounterView

    svg = _spanish_explorer().to_svg()
    assert "1.495" in svg and "1,495" not in svg  # "… 1.495 filas más"
    assert "1234,5" in svg and "1234.5" not in svg  # a table cell's decimal mark
    counter = CounterView(items=["A", "B"], show_total=True)
    lines = tools.counter_lines(counter, ["A", "B"], tools.Tally([1200, 300]), "es")
    assert lines.total.endswith("1.500")


def test_table_cells_take_the_decimal_mark() -> None:
    from render.interactive_state import table_cell

    assert table_cell(2.5, "es") == "2,5"
    assert table_cell(2015, "es") == "2015"  # a year, never grouped
    assert table_cell("v1.2", "es") == "v1.2"  # the user's own text is left as written


# ------------------------------------------------------------------------------------- the browser


@pytest.mark.slow
def test_browser_spanish_page_reads_and_writes_spanish_figures(chromium, tmp_path) -> None:
    from tests import browser

    path = tmp_path / "es.html"
    path.write_text(_spanish_explorer().to_html(), encoding="utf-8")
    page = chromium.new_context().new_page()
    watch = browser.Watch(page)
    page.goto(path.as_uri())
    box = page.locator("[data-va-input=base]")
    assert box.get_attribute("type") == "text" and box.input_value() == "12.345,5"
    box.fill("2,5")
    box.dispatch_event("change")
    assert box.input_value() == "2,5"
    box.fill("1.234.567,25")
    box.dispatch_event("change")
    assert box.input_value() == "1.234.567,25"
    assert "1.495" in page.locator(".va-table-wrap .va-note").first.text_content()
    cells = page.locator(".va-table td").all_text_contents()
    assert "1234,5" in cells and "1234.5" not in cells
    tips = " ".join(page.locator(".va-chart-svg title").all_text_contents())
    assert "617.250" in tips and "617,250" not in tips
    assert watch.clean(), watch


@pytest.mark.slow
def test_browser_teams_page_makes_two_teams(chromium, tmp_path) -> None:
    from render import render

    path = tmp_path / "teams.html"
    plan = plan_of("split the players randomly into two teams: Ana, Ben, Carl, Dee, Eva, Finn, Gus, Hana")
    path.write_text(render(plan).to_html(), encoding="utf-8")
    page = chromium.new_context().new_page()
    page.goto(path.as_uri())
    page.click("[data-va-draw]")
    teams = page.locator("[data-va-team]")
    assert teams.count() == 2
    names = sorted(n for t in range(2) for n in teams.nth(t).locator("li").all_text_contents())
    assert names == ["Ana", "Ben", "Carl", "Dee", "Eva", "Finn", "Gus", "Hana"]


def test_chinese_bmi_answer_has_no_english_words() -> None:
    plan = plan_of("BMI指数计算器")
    assert "体重" in plan.answer and "weight" not in plan.answer and " at " not in plan.answer


def test_log_of_orders_with_ids_and_phones() -> None:
    plan, view = log_of("make an app to log customer orders: order ID, date, customer, phone number, amount")
    assert plan.title == "Customer orders"
    types = {f.name: f.type for f in view.fields}
    assert types["Order ID"] == "text" and types["Phone number"] == "text"
    assert view.total == "Amount"
    plan, _ = log_of("log my runs: date, distance, time")
    assert plan.title == "Tracker: runs"  # one word tracked keeps the usual title


@pytest.mark.parametrize(
    ("question", "inputs"),
    [
        ("kalkulator napiwków", {"bill", "people"}),
        ("kalkulator procentu składanego", {"rate", "years"}),
        ("калькулятор сложных процентов", {"rate", "years"}),
        ("kalkulator stawki godzinowej", {"hours"}),
    ],
)
def test_calculators_named_with_inflected_words(question: str, inputs: set[str]) -> None:
    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan.kind, plan.answer[:80])
    names = {i.name for i in plan.inputs}
    assert inputs <= names, (question, names)


def test_calculator_words_have_no_glob_inside() -> None:
    """A '*' only ends a plain cue (a word's stem); inside one it would be matched as a star."""
    from generators.rules.app_cues import _WORDS

    inner = [w for ws in _WORDS.values() for w in ws if not w.startswith("re:") and "*" in w[:-1]]
    assert inner == []


def test_event_times_readings_and_activity_durations() -> None:
    _, view = log_of("tracker for the kids' bedtimes: date, child, bedtime")
    assert {f.name: f.type for f in view.fields}["Bedtime"] == "time" and view.total is None
    _, view = log_of("blood pressure log: date, time, systolic, diastolic, pulse")
    types = {f.name: f.type for f in view.fields}
    assert types["Time"] == "time" and types["Systolic"] == types["Diastolic"] == "number"
    assert view.total is None  # readings are levels, never added up
    _, view = log_of("log my study sessions: date, subject, time")
    assert {f.name: f.type for f in view.fields}["Time"] == "number" and view.total == "Time"

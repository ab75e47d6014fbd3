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

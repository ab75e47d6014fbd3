"""Round 22b apps: rules stated as steps or price lists. A chain of per-unit steps with a count rounded up
(people × slices, slices per pizza, dough per pizza), a model scale 1:N in feet and inches, a time window
around a typed time with lesson starts, a quote from a price list with VAT on top, and a yes/no game from
the user's own list. Each test evaluates the page's formulas on inputs and checks the numbers."""

from __future__ import annotations

import pytest

from generators.rules import app_steps
from tests.rules_apps import app_plan as _plan
from tests.rules_apps import app_values as _values


def test_pizza_catering_chain_rounds_the_pizzas_up_and_weighs_the_dough() -> None:
    plan = _plan(
        "calculadora pa el catering de pizzas: personas x 3 porciones, 8 porciones por pizza, me dice cuantas "
        "pizzas y cuanta masa a 250 g"
    )
    assert [i.name for i in plan.inputs] == ["personas"]
    v = _values(plan, personas=20)
    assert (v["porciones"], v["pizzas"], v["masa"]) == (60, 8, 2000)  # 60 / 8 = 7.5 → 8 pizzas
    v = _values(plan, personas=16)
    assert (v["porciones"], v["pizzas"], v["masa"]) == (48, 6, 1500)
    assert "⌈Porciones / 8⌉" in plan.answer


def test_a_chain_with_an_unplaced_figure_is_not_guessed() -> None:
    q = "personas x 3 porciones, 8 porciones por pizza, cuantas pizzas, y 12 invitados extra"
    assert app_steps.chain(q, "es") is None


def test_model_railway_scale_gives_feet_and_inches_on_the_layout() -> None:
    plan = _plan(
        "A little calculator: I give it a real distance in miles and the scale (1:76), and it tells me the "
        "length on the layout in feet and inches."
    )
    v = _values(plan, real=1, scale=76)
    total_in = 63360 / 76
    assert v["feet"] == 69 and v["inches"] == pytest.approx(total_in - 69 * 12)
    v = _values(plan, real=0.5, scale=76)
    assert v["feet"] * 12 + v["inches"] == pytest.approx(31680 / 76)


def test_tide_window_and_the_starts_of_two_hour_lessons() -> None:
    plan = _plan(
        "something where i put the tide time and it tells me which 2 hour lesson slots work, lessons only 2h "
        "before to 1h after high tide"
    )
    v = _values(plan, event_h=14, event_min=30)
    assert v["window"] == "12:30 – 15:30"
    assert v["starts"] == "12:30 – 13:30"  # a 2 h lesson must end by 15:30
    v = _values(plan, event_h=1, event_min=5)
    assert v["window"] == "23:05 – 02:05"  # across midnight


def test_studio_quote_from_a_price_list_with_vat_on_top() -> None:
    plan = _plan(
        "studio quote thing: hours x 65, half day 250, full day 450, mixing per song 80, add vat 20%"
    )
    v = _values(plan, hours=3, half_day=1, full_day=0, mixing_song=4)
    assert v["net"] == pytest.approx(3 * 65 + 250 + 4 * 80)
    assert v["gross"] == pytest.approx((3 * 65 + 250 + 4 * 80) * 1.2)


def test_yes_no_game_from_the_users_list() -> None:
    plan = _plan(
        "un petit jeu pour Léo : je montre un aliment et il dit s'il peut le manger. la liste : pomme oui, "
        "Nutella non, pain oui, M&M's cacahuete non, yaourt oui"
    )
    quiz = plan.views[0]
    got = {q.question: q.answer for q in quiz.questions}
    assert got == {"pomme": "oui", "Nutella": "non", "pain": "oui", "M&M's cacahuete": "non", "yaourt": "oui"}
    assert all(q.choices == ["oui", "non"] for q in quiz.questions)

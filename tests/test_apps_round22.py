"""Round 22 apps: prices the user states with their modifiers (first and further hours with a daily cap,
a price per option and day with a discount from a quantity on, a price per 100 g with another from 1 kg,
seats × months with a discount and a tax on top, pieces per m² plus breakage at a price per piece, a size
with add-ons, shares of an amount), a formula written with brackets, a countdown with a tally, a wheel to
spin and a roster to fill. Each test evaluates the page's formulas on inputs and checks the numbers."""

from __future__ import annotations

import pytest

from generators.rules import app_quote
from tests.rules_apps import app_plan as _plan
from tests.rules_apps import app_values as _values

PARKING = (
    "Könntest du vielleicht was bauen, wo ich Ankunft und Abfahrt eintippe und es die Parkgebühr ausrechnet? "
    "Erste Stunde 2 €, jede weitere 1,50 €, Tageshöchstsatz 12 €"
)


def test_parking_fee_first_hour_each_further_started_hour_and_the_daily_cap() -> None:
    plan = _plan(PARKING)
    names = [i.name for i in plan.inputs]
    assert names == ["ankunft_h", "ankunft_min", "abfahrt_h", "abfahrt_min"]

    def fee(ah: int, am: int, dh: int, dm: int) -> float:
        return _values(plan, ankunft_h=ah, ankunft_min=am, abfahrt_h=dh, abfahrt_min=dm)["fee"]

    assert fee(8, 0, 8, 40) == pytest.approx(2.0)  # within the first hour
    assert fee(8, 0, 9, 0) == pytest.approx(2.0)
    assert fee(8, 0, 9, 1) == pytest.approx(3.5)  # a further hour started
    assert fee(8, 0, 11, 30) == pytest.approx(2 + 3 * 1.5)
    assert fee(8, 0, 20, 0) == pytest.approx(12.0)  # 2 + 11 × 1.50 = 18.50, capped
    assert fee(8, 0, 8, 0) == pytest.approx(0.0)
    assert plan.title == "Parkgebühr" and "12 €" in plan.answer


def test_car_rental_price_by_category_and_days_with_ten_percent_off_from_seven_days() -> None:
    plan = _plan(
        "mi servirebbe una cosina dove il cliente sceglie la categoria e i giorni e vede il prezzo: utilitaria "
        "35 €/giorno, berlina 55 €, SUV 70 €, sconto 10% da 7 giorni"
    )
    category = plan.inputs[0]
    assert category.type == "select" and category.options == ["utilitaria", "berlina", "SUV"]
    assert _values(plan, categoria="utilitaria", giorni=3)["net"] == pytest.approx(105.0)
    assert _values(plan, categoria="berlina", giorni=6)["net"] == pytest.approx(330.0)
    assert _values(plan, categoria="SUV", giorni=7)["net"] == pytest.approx(7 * 70 * 0.9)
    assert plan.computed[-1].unit == "€"


def test_cheese_price_per_100_g_switches_to_the_lower_price_from_one_kilo() -> None:
    plan = _plan(
        "un petit outil pour le magasin : on tape le poids en grammes et ça donne le prix, 3.20 les 100 g, "
        "2.90 dès 1 kg"
    )
    (weight,) = plan.inputs
    assert weight.label == "Poids (g)"
    assert _values(plan, poids=250)["net"] == pytest.approx(8.0)
    assert _values(plan, poids=999)["net"] == pytest.approx(9.99 * 3.2)
    assert _values(plan, poids=1000)["net"] == pytest.approx(29.0)


def test_coworking_quote_discounts_from_six_months_then_adds_gst() -> None:
    plan = _plan(
        "make something where a member types no of seats and months and it gives the quote — 8,500 per seat, "
        "10% off if 6+ months, then 18% GST on top"
    )
    assert [i.name for i in plan.inputs] == ["seats", "months"]
    short = _values(plan, seats=2, months=3)
    assert short["net"] == pytest.approx(51_000) and short["gross"] == pytest.approx(60_180)
    long = _values(plan, seats=2, months=6)
    assert long["net"] == pytest.approx(91_800) and long["gross"] == pytest.approx(108_324)
    assert "GST" in plan.computed[-1].label and "18 %" in plan.answer


def test_roof_tiles_per_square_metre_plus_breakage_at_a_price_per_tile() -> None:
    plan = _plan(
        "perdona, otra cosa: quiero algo donde pongo los metros cuadrados del tejado y me calcula las tejas, "
        "10 tejas por m² más un 8 % de roturas, y el precio a 1,20 € la teja"
    )
    (area,) = plan.inputs
    values = _values(plan, **{area.name: 50})
    assert values["count"] == pytest.approx(540.0)
    assert values["net"] == pytest.approx(648.0)
    assert [c.label for c in plan.computed] == ["Tejas", "A pagar"]


def test_bubble_tea_size_with_add_ons_ticked() -> None:
    plan = _plan(
        "queria uma coisinha onde o cliente monta o chá: tamanho (M R$ 14, G R$ 18), + pérolas R$ 3, + pudim "
        "R$ 4, e vê o total. pode ser?"
    )
    size, pearls, pudding = plan.inputs
    assert size.type == "select" and size.options == ["M", "G"]
    assert pearls.type == pudding.type == "toggle"
    assert _values(plan, tamanho="M")["total"] == pytest.approx(14.0)
    both = {size.name: "G", pearls.name: True, pudding.name: True}
    assert _values(plan, **both)["total"] == pytest.approx(25.0)
    assert plan.computed[0].prefix == "R$"


def test_sugar_and_dextrose_as_shares_of_the_base_with_grams_per_litre_shown() -> None:
    plan = _plan(
        "un coso dove metto i litri di base e mi dice quanti grammi di zucchero e destrosio, 18% e 4%"
    )
    litres, per_litre = plan.inputs
    assert per_litre.default == 1000 and per_litre.label == "g / l"  # the density is an input, never hidden
    values = _values(plan, **{litres.name: 5})
    assert values["zucchero"] == pytest.approx(900.0) and values["destrosio"] == pytest.approx(200.0)


def test_a_formula_with_brackets_is_built_as_written() -> None:
    plan = _plan(
        "could i have a little calculator where divers type their oxygen % and it gives the max depth? "
        "MOD = (1.4 / O2 fraction - 1) x 10 metres"
    )
    (o2,) = plan.inputs
    assert o2.label == "O2 fraction" and o2.default == 1  # a divisor never starts at 0
    (mod,) = plan.computed
    assert _values(plan, **{o2.name: 0.32})[mod.name] == pytest.approx((1.4 / 0.32 - 1) * 10)
    assert _values(plan, **{o2.name: 0.21})[mod.name] == pytest.approx((1.4 / 0.21 - 1) * 10)


def test_unpaired_brackets_are_no_rule() -> None:
    from generators.rules.app_formula import written

    assert written("total = (a + b * 2", "en") is None
    plan = written("total = (a + b) * 2", "en")
    assert plan is not None and plan.computed[0].formula == "(a + b) * 2"


def test_a_countdown_with_a_duration_and_a_hint_tally() -> None:
    plan = _plan("a countdown for the screen in the room, 60 minutes, hint count at the bottom")
    timer, counter = plan.views
    assert timer.type == "timer" and [p.seconds for p in timer.presets] == [3600]
    assert counter.type == "counter" and counter.items == ["Hint"]
    wedding = _plan("countdown to our wedding on 14 june")
    assert all(v.type != "timer" for v in wedding.views)  # a date is still days to go


def test_a_wheel_to_spin_is_an_empty_picker_to_fill() -> None:
    plan = _plan("a wheel i can spin on stream to pick the next game from chat suggestions")
    (view,) = plan.views
    assert view.type == "picker" and view.items == []


def test_a_roster_of_guards_and_sites_is_a_searchable_list_to_fill() -> None:
    plan = _plan(
        "a roster thing where i put guards and sites in and it shows who is on night shift this week"
    )
    (view,) = plan.views
    assert view.type == "log" and view.search and view.rows == []
    assert [f.name for f in view.fields] == ["Guards", "Sites", "Shift", "Date"]
    assert [f.type for f in view.fields][-1] == "date"


def test_a_price_rule_that_leaves_a_figure_unplaced_is_not_built() -> None:
    # "3 colours" is no part of any price rule: the quote reader gives way rather than drop it
    assert (
        app_quote.priced("type the seats and months — 8,500 per seat, 3 colours, 10% off if 6+ months", "en")
        is None
    )
    # a discount with no quantity it starts from is not guessed
    assert app_quote.priced("type the seats and it gives the quote — 8,500 per seat, 10% off", "en") is None
    # no first price: no first/further rule
    assert app_quote.first_further("jede weitere Stunde 1,50 €, Tageshöchstsatz 12 €", "de") is None

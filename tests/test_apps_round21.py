"""Round 21 apps: a recipe scaled to what is typed, a rule written after a calculator's colon, what named
quantities earn, a price what-if over a table with takings, and a searchable list the user fills in (a
guest finds their table). Every figure on these pages is the user's own; none is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from generators.rules import app_texts
from render import interactive_tools as tools
from render import render
from render.interactive_model import LogView
from render.interactive_state import evaluate
from tests.rules_apps import app_plan as _plan
from tests.rules_apps import app_values as _values
from tests.test_app_views import _data_block, _page, _screen, app

ROOT = Path(__file__).resolve().parent


# ----------------------------------------------------------------------------------------- recipe


def test_the_gelato_recipe_scales_each_amount_in_its_own_unit() -> None:
    plan = _plan(
        "recipe for 12 l of gelato base: 7.2 l milk, 1.8 l cream, 2.1 kg sugar, 480 g milk powder, 36 egg yolks. "
        "make me something where i type the litres i want and it scales everything"
    )
    (amount,) = plan.inputs
    assert amount.default == 12 and amount.unit == "l"
    units = {c.label: c.unit for c in plan.computed}
    assert units == {"milk": "l", "cream": "l", "sugar": "kg", "milk powder": "g", "egg yolks": ""}
    at_5 = {c.label: _values(plan, amount=5)[c.name] for c in plan.computed}
    assert at_5["milk"] == pytest.approx(3.0) and at_5["milk powder"] == pytest.approx(200.0)
    assert at_5["egg yolks"] == pytest.approx(15.0) and at_5["sugar"] == pytest.approx(0.875)
    assert "12 l" in plan.answer and len(plan.views) == 5


@pytest.mark.parametrize(
    ("question", "base", "names"),
    [
        ("Rezept für 4 Personen: 500 g Mehl, 250 ml Milch, 3 Eier, 1 Prise Salz. Mach mir einen Rechner, der die "
         "Mengen für beliebig viele Personen umrechnet", 4, ["Mehl", "Milch", "Eier", "Salz"]),
        ("recette pour 6 personnes : 300 g de farine, 4 œufs, 50 cl de lait. fais-moi un outil pour adapter les "
         "quantités au nombre de personnes", 6, ["farine", "œufs", "lait"]),
        ("рецепт на 4 порции: 500 г муки, 300 мл молока, 2 яйца. сделай калькулятор, который пересчитает на "
         "нужное количество порций", 4, ["муки", "молока", "яйца"]),
        ("冰淇淋基底12升的配方：牛奶7.2升，奶油1.8升，糖2.1公斤。做个工具，输入想要的升数就按比例换算", 12, ["牛奶", "奶油", "糖"]),
        ("4 लोगों के लिए रेसिपी: 500 ग्राम आटा, 300 मिली दूध, 2 अंडे। एक कैलकुलेटर बनाओ जो लोगों की संख्या के अनुपात में "
         "मात्रा निकाले", 4, ["आटा", "दूध", "अंडे"]),
    ],
)  # fmt: skip
def test_recipes_scale_in_the_askers_language(question: str, base: float, names: list[str]) -> None:
    plan = _plan(question)
    assert plan.inputs[0].default == base and [c.label for c in plan.computed] == names
    doubled = _values(plan, amount=2 * base)
    assert doubled[plan.computed[0].name] == pytest.approx(
        2 * float(plan.computed[0].formula.split(" * ")[0])
    )


def test_an_item_without_an_amount_is_named_not_scaled_nor_dropped() -> None:
    plan = _plan("a recipe scaler please: pancakes for 4: 200 g flour, 300 ml milk, 2 eggs, salt")
    assert [c.label for c in plan.computed] == ["flour", "milk", "eggs"]
    assert plan.answer.endswith("Not scaled (no amount given): salt.")


# ---------------------------------------------------------------------------------------- formula


def test_a_rule_after_a_calculators_colon_is_built_with_its_currency() -> None:
    plan = _plan("Rechner für den Waschsalon: Anzahl Wäschen × 4,50 € + Trocknerminuten × 0,10 €")
    assert plan.title == "Rechner für den Waschsalon" and [i.label for i in plan.inputs] == [
        "Anzahl Wäschen",
        "Trocknerminuten",
    ]
    (result,) = plan.computed
    assert result.unit == "€" and result.label == "Ergebnis"
    assert _values(plan, **{plan.inputs[0].name: 3, plan.inputs[1].name: 40})[result.name] == pytest.approx(
        17.5
    )
    assert plan.answer == "Ergebnis = Anzahl Wäschen × 4,50 € + Trocknerminuten × 0,10 €"


def test_a_dollar_sign_before_a_constant_is_the_results_prefix() -> None:
    plan = _plan("calculator for my stall: cups × $2.50 + cookies × $1")
    (result,) = plan.computed
    assert (
        result.prefix == "$" and result.unit == "" and plan.answer == "Result = cups × $2.50 + cookies × $1"
    )


# --------------------------------------------------------------------------------------- earnings


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("let me play with the ski school prices, group size and season and see what we'd earn",
         ["ski school prices", "group size", "Times per season"]),
        ("ich will mit den Preisen, der Gruppengröße und der Saison spielen und sehen, was wir verdienen",
         ["Preisen", "Gruppengröße", "Mal pro Saison"]),
        ("quiero jugar con los precios, el tamaño del grupo y la temporada y ver cuánto ganaríamos",
         ["precios", "tamaño del grupo", "Veces por temporada"]),
        ("価格とグループの人数とシーズンを変えていくら稼げるか見たい",
         ["価格", "グループの人数", "シーズンあたりの回数"]),
        ("가격, 그룹 인원이랑 시즌을 바꿔 보면서 얼마 벌 수 있는지 보고 싶어", ["가격", "그룹 인원", "시즌당 횟수"]),
    ],
)  # fmt: skip
def test_named_quantities_earn_their_product_from_zero(question: str, labels: list[str]) -> None:
    plan = _plan(question)
    assert [i.label for i in plan.inputs] == labels and all(i.default == 0 for i in plan.inputs)
    values = _values(plan, **{i.name: v for i, v in zip(plan.inputs, (40, 6, 20), strict=True)})
    assert values["earnings"] == pytest.approx(4800) and _values(plan)["earnings"] == 0
    assert " × ".join(labels) in plan.answer


def test_a_cost_among_the_quantities_is_no_earnings_what_if() -> None:
    from generators.rules.app_earn import earnings

    assert earnings("let me play with the prices, costs and group size and see what we'd earn", "en") is None
    assert (
        earnings("let me play with the prices, group size and 12 weeks and see what we'd earn", "en") is None
    )


# ------------------------------------------------------------------------------------- price what-if


def test_a_price_what_if_over_the_carwash_takings() -> None:
    plan = _plan("가격 올리면 어떻게 될지 내가 숫자 바꿔볼 수 있게 만들어줘", "v14/carwash_days.csv")
    names = [i.name for i in plan.inputs]
    assert "price_change" in names and "volume_change" in names and plan.language == "ko"
    import sys

    sys.path.insert(0, str(ROOT.parent / "bench"))
    import planner_eval

    from render.interactive_state import app_table

    frame = planner_eval.load_table(ROOT / "data" / "v14/carwash_days.csv")
    table = app_table(plan, frame)
    now = evaluate(plan, {}, table).values
    after = evaluate(plan, {"price_change": 10, "volume_change": -5}, table).values
    kept = frame[frame["cars"].notna()]  # the explorer's default range on cars keeps the rows that have one
    assert now["money_now"] == pytest.approx(kept["revenue_eur"].sum())
    assert now["money_after"] == pytest.approx(now["money_now"])
    assert after["money_after"] == pytest.approx(now["money_now"] * 1.1 * 0.95)


def test_no_price_asked_leaves_the_explorer_as_it_was() -> None:
    plan = _plan("let me filter this by site", "v14/carwash_days.csv")
    assert not {"price_change", "volume_change"} & {i.name for i in plan.inputs}


# ------------------------------------------------------------------------------------------ lookup


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("something where a guest types their name and it tells them their table", ["Name", "Table"]),
        ("ein Tool, wo der Gast seinen Namen eingibt und es zeigt ihm seinen Tisch", ["Namen", "Tisch"]),
        ("quiero algo donde el invitado escribe su nombre y le dice su mesa", ["Nombre", "Mesa"]),
        ("гость вводит своё имя и видит свой стол — сделай такое", ["Имя", "Стол"]),
        ("손님이 이름을 입력하면 테이블 번호가 나오게 만들어줘", ["이름", "테이블 번호"]),
        ("引っ越しの段ボールに番号を振って、中身で検索できるようにしたい。なにか作れる？", ["番号", "中身"]),
    ],
)
def test_a_lookup_is_a_searchable_list_the_user_fills(question: str, fields: list[str]) -> None:
    plan = _plan(question)
    (view,) = plan.views
    assert isinstance(view, LogView) and view.search and view.rows == []
    assert [f.name for f in view.fields] == fields and view.total is None


def test_a_quantity_typed_is_no_lookup_and_a_list_given_is_not_dropped() -> None:
    from generators.rules.app_lookup import lookup

    assert lookup("need a widget where i type my weight and it tells me my water", "en") is None
    assert (
        lookup("a guest types their name and it tells them their table: Anna 1, Ben 2, Carla 3", "en") is None
    )


SEATS = {
    "type": "log",
    "title": "Seats",
    "fields": [{"name": "Name"}, {"name": "Table"}],
    "rows": [["Anna Weber", "3"], ["Ben Koch", "7"], ["Annika Lund", "12"]],
    "search": True,
}


def test_the_search_matches_any_cell_ignoring_case() -> None:
    view = LogView.model_validate(SEATS)
    assert [r[0] for r in tools.matching(view, view.rows, "ann")] == ["Anna Weber", "Annika Lund"]
    assert [r[0] for r in tools.matching(view, view.rows, " 7 ")] == ["Ben Koch"]
    assert tools.matching(view, view.rows, "zoe") == [] and len(tools.matching(view, view.rows, "")) == 3


def test_the_page_carries_the_search_flag_and_its_words() -> None:
    spec = _data_block(render(app(SEATS)).to_html())
    assert spec["views"][0]["search"] is True


def test_the_screen_lists_what_the_search_finds() -> None:
    at = _screen(app(SEATS))
    at.text_input(key="app-a-log-0-search").set_value("koch").run()
    assert [t.value for t in at.table] and "Ben Koch" in str(at.table[0].value)
    at.text_input(key="app-a-log-0-search").set_value("zoe").run()
    assert any("No entry matches “zoe”" in c.value for c in at.caption)


@pytest.mark.slow
def test_browser_typing_a_name_shows_its_row(chromium, tmp_path: Path) -> None:
    page, watch = _page(
        chromium.new_context(), render(app(SEATS, title="Seat test")).to_html(), tmp_path / "s.html"
    )
    rows = page.locator(".va-log tbody tr")
    assert rows.count() == 3
    page.fill("[data-va-search]", "ANN")
    assert rows.count() == 2 and "Annika Lund" in page.locator(".va-log tbody").text_content()
    page.fill("[data-va-search]", "zoe")
    assert rows.count() == 0 and "No entry matches “zoe”." in page.locator(".va-log").text_content()
    page.fill("[data-va-search]", "")
    assert rows.count() == 3
    assert watch.clean(), watch


def test_the_new_texts_exist_in_every_language() -> None:
    for lang, table in app_texts.APP_TEXTS.items():
        for key in ("scale.answer", "earn.answer", "whatif.answer", "lookup.answer"):
            assert key in table, (lang, key)

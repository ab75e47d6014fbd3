"""Arithmetic practice and everyday calculators, built offline from the wording alone.

A drill's questions are generated, so every one is checked: its answer is the sum it shows, within
the range the user named, among four choices. A calculator's formula is a definition, so its outputs
are checked against the arithmetic, with the user's figures bound to the inputs their units name.
"""

from __future__ import annotations

import math
import re

import pytest

from generators.base import PlanRequest
from generators.rules import router
from generators.rules.app_drill import drill, wants_drill
from generators.rules.app_everyday import build
from generators.rules.planner import RulesPlanner
from render.interactive_state import evaluate
from tests.rules_plans import app_title

_SUM = re.compile(r"^(\d+) ([×+−÷]) (\d+) = \?$")
_DO = {"×": lambda a, b: a * b, "+": lambda a, b: a + b, "−": lambda a, b: a - b, "÷": lambda a, b: a / b}


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def _sums(plan) -> list[tuple[int, str, int, str, list[str]]]:
    out = []
    for q in plan.views[0].questions:
        m = _SUM.match(q.question)
        assert m, q.question
        out.append((int(m.group(1)), m.group(2), int(m.group(3)), q.answer, q.choices))
    return out


@pytest.mark.parametrize(
    ("question", "ops", "limit", "count"),
    [
        ("мне нужна викторина по таблице умножения для второклассников, чтобы они сами нажимали ответы и видели счёт", {"×"}, 100, 20),
        ("给孩子练口算的，出20以内加减法，点答案马上告诉对不对，最后给个分数", {"+", "−"}, 20, 20),
        ("ejercicios de sumas y restas hasta 100 para mi hijo, 30 preguntas", {"+", "−"}, 100, 30),
        ("kid's division practice", {"÷"}, 100, 20),
    ],
)  # fmt: skip
def test_a_drill_asks_only_the_named_operations_in_range_with_right_answers(
    question, ops, limit, count
) -> None:
    plan = _plan(question)
    assert plan.kind == "app" and plan.views[0].type == "quiz"
    sums = _sums(plan)
    assert len(sums) == count and len({(a, op, b) for a, op, b, *_ in sums}) == count  # no repeats
    assert {op for _, op, _, _, _ in sums} == ops
    for a, op, b, answer, choices in sums:
        value = _DO[op](a, b)
        assert value == int(value) >= 0 and answer == str(int(value))
        assert answer in choices and len(set(choices)) == 4 and all(int(c) >= 0 for c in choices)
        if op in "+−":
            assert max(a, b, int(value)) <= limit
        if op in "×÷":
            assert max(a, b, int(value)) <= limit


def test_the_tables_named_are_the_only_tables_asked() -> None:
    sums = _sums(_plan("Einmaleins üben für meinen Sohn, die 7er-Reihe"))
    assert {a for a, *_ in sums} == {7} and sorted(b for _, _, b, *_ in sums) == list(range(1, 11))
    sums = _sums(drill("tabla del 7 y del 8, 15 preguntas", "es"))
    assert len(sums) == 15 and {a for a, *_ in sums} == {7, 8}  # 15 is the count, not a table
    assert {a for a, *_ in _sums(drill("quiz on the 2, 5 and 10 times tables", "en"))} == {2, 5, 10}
    assert {a for a, *_ in _sums(drill("7단과 8단 퀴즈", "ko"))} == {7, 8}


def test_a_drill_names_its_range_and_how_to_change_it() -> None:
    plan = _plan("给孩子练口算的，出20以内加减法，点答案马上告诉对不对，最后给个分数")
    assert "20 以内" in plan.answer and "100以内" in plan.answer
    plan = drill("times tables quiz for my daughter", "en")
    assert "tables 1–10" in plan.answer and "30 questions" in plan.answer


def test_tapping_a_number_shows_its_times_table_not_a_test() -> None:
    plan = _plan(
        "something for the whiteboard where the kids tap a number and it shows them that times table"
    )
    assert plan.kind == "app" and [v.type for v in plan.views] == ["table"]
    state = evaluate(plan, {"n": 7})
    assert state.views[0].rows == [["7", str(i), str(7 * i)] for i in range(1, 11)]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how do I teach my son the 7 times table?", "text"),  # advice, not a quiz
        ("a poster of the times tables for the classroom wall", "infographic"),  # something to print
        ("çocuğum için çarpım tablosu alıştırması", "app"),  # "tablosu" is a table here, not a painting
        ("tabuada do 8 para treinar", "app"),
        ("九九の練習ドリルを作って", "app"),
        # times tables as one item of the user's own list, after the question: their content, not a drill
        (
            "what could go on the classroom wall so they stop asking me what to do when they finish early? read, "
            "times tables, tidy your tray, help a friend, draw on the back of your sheet",
            "infographic",
        ),
    ],
)
def test_arithmetic_practice_is_routed_to_an_app_only_when_asked_for(question: str, kind: str) -> None:
    assert router.route(question).kind == kind


def test_an_operation_without_practice_is_no_drill() -> None:
    assert not wants_drill("a calculator that multiplies price by quantity")
    assert not wants_drill("chart of my kids' scores: amy 7, bo 9")
    assert wants_drill("multiplication practice for year 3, 30 questions")
    assert not wants_drill(
        "for the child: the dose at 15 mg/kg plus the ml of the syrup"
    )  # "plus" in passing
    assert wants_drill("addition for my kids, up to 10")  # the operation's name with learners


def _values(plan) -> dict[str, float]:
    return {k: v for k, v in evaluate(plan).values.items() if isinstance(v, (int, float))}


def test_fuel_cost_takes_each_figure_by_its_unit() -> None:
    plan = build("fuel", "fuel cost for 350 km, my car does 6.5 l/100km, diesel 1,79 €")
    v = _values(plan)
    assert (v["distance"], v["consumption"], v["price"]) == (350, 6.5, 1.79)
    assert v["cost"] == pytest.approx(350 * 6.5 / 100 * 1.79)
    assert "Example values" not in plan.answer and "litres = distance × consumption ÷ 100" in plan.answer


def test_tiles_read_sizes_written_with_an_x_and_say_which_values_are_examples() -> None:
    plan = build("tiles", "tiles for a 4 m x 3,5 m kitchen, tiles 60x30 cm")
    v = _values(plan)
    assert (v["length"], v["width"], v["tile_l"], v["tile_w"]) == (4, 3.5, 60, 30)
    assert v["tiles"] == math.ceil(14 / 0.18 * 1.1)
    assert "Example values, not yours, for: spare for cuts;" in plan.answer


@pytest.mark.parametrize(
    ("question", "title", "output", "expected"),
    [
        ("ein Rechner für meinen Stundenlohn: 3.200 € im Monat, 38 Stunden pro Woche", "Hourly wage", "hourly", 3200 * 12 / (38 * 52)),
        ("ich will selber an den Zahlen drehen: Preis, Menge, Rabatt — und sehen, was unterm Strich bleibt", "Price after discount", "total", 80),
        ("つまみを動かして、単価と数量を変えたら粗利が見られるものがほしい", "Gross margin", "profit", 1000),
        ("калькулятор скорости капельницы: объём, время, капли в мл", "IV drip rate", "drops", 500 * 20 / 240),
        ("paint calculator: walls 16 m long, 2.6 m high, 2 coats", "Paint for a room", "litres", (16 * 2.6 - 4) * 2 / 10),
        ("a calculator for my rent increase: rent €1.150, up 2,5 % next year", "New amount after a percentage increase", "new", 1150 * 1.025),
        ("dose calculator 20 mg/kg, child 18 kg, max 300 mg", "Weight-based dose", "dose", 300),  # capped: 360 > 300
        ("dose calculator 20 mg/kg, child 12 kg, max 300 mg", "Weight-based dose", "dose", 240),
        ("feed calculator: 40 cows, 14 kg/head a day, 21 days", "Feed needed", "total", 40 * 14 * 21),
        ("calculadora de fertilizante: 160 kg/ha en 8 ha con urea al 46 %", "Fertiliser needed", "product", 160 * 8 / 0.46),
    ],
)  # fmt: skip
def test_everyday_calculators_are_their_definitions(
    question: str, title: str, output: str, expected: float
) -> None:
    plan = _plan(question)
    assert plan.kind == "app" and plan.title == app_title(title, question)  # in the asker's language
    assert _values(plan)[output] == pytest.approx(expected)


def test_a_rule_the_user_writes_beats_the_catalogue() -> None:
    plan = _plan("fuel calculator: enter litres and kilometres → litres per 100 km")
    assert plan.kind == "app" and plan.title != "Fuel cost"


def test_rates_written_one_after_another_convert_the_result_by_its_unit() -> None:
    """15 mg/kg gives mg; 120 mg/5 ml turns mg into ml: the user's own rates, chained by their units."""
    question = (
        "For the night shift, could we have a small calculator? Enter the child's weight in kg and it gives the "
        "paracetamol dose at 15 mg/kg plus how many ml that is of the 120mg/5ml suspension."
    )
    plan = _plan(question)
    assert plan.kind == "app" and [c.label for c in plan.computed] == ["mg", "ml"]
    values = evaluate(plan, {plan.inputs[0].name: 20}).values
    assert (values["result"], values["result_1"]) == (300, 12.5)


def test_a_rate_that_does_not_follow_from_the_result_is_no_chain() -> None:
    from generators.rules.app_more import unit_rate

    assert unit_rate("enter the weight in kg: 15 mg/kg, and the lawn needs 30 g/m2", "en") is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a schedule's items hold the word "photos": what happens at 11:00, not a picture asked for
        ("the wedding day so everyone knows where to be: 11:00 photos at the house, 12:30 cars leave, "
         "13:00 ceremony, 16:00 meal", "infographic"),
        ("как объяснить новичкам, как проходит заявка? пишешь заявку, согласует руководитель, потом отдел "
         "кадров, потом бухгалтерия", "text"),  # "отдел кадров" is HR, not a film frame (кадр)
        ("اشتريت سيارة بـ 85,000 ريال، دفعت 15,000 مقدم والباقي على 60 شهر بقسط 1,350", "text"),  # money and months
    ],
)  # fmt: skip
def test_words_inside_the_users_content_are_not_requests(question: str, kind: str) -> None:
    assert _plan(question).kind == kind


def test_an_events_details_are_laid_out_line_by_line_not_two_prices_charted() -> None:
    question = (
        "what do we hand out at the door?\nsaturday 10:00-17:00\nfree entry\ntea 1 €, cake 3 €\nno parking"
    )
    plan = _plan(question)
    assert plan.kind == "infographic"
    shown = plan.model_dump_json()
    assert all(part in shown for part in ("10:00-17:00", "free entry", "tea 1 €, cake 3 €", "no parking"))


def test_a_price_list_with_sizes_and_a_sign_before_the_price_is_an_order_form() -> None:
    question = (
        "Tabela da minha confeitaria:\n- Bolo 1kg: R$ 90\n- Bolo 2kg: R$ 160\n- Docinho: R$ 1,80 a unidade\n"
        "Quero uma calculadora simples onde a cliente escolhe e vê o total."
    )
    plan = _plan(question)
    assert plan.kind == "app" and [i.label for i in plan.inputs] == [
        "Bolo 1kg (90)",
        "Bolo 2kg (160)",
        "Docinho (1,8)",  # the price written the Portuguese way, as the question wrote it
    ]
    assert evaluate(plan, {"bolo_1kg": 1, "docinho": 10}).values["total"] == pytest.approx(108)


def test_a_label_arrow_value_list_written_right_to_left_is_a_series() -> None:
    question = "عدد البلاغات بعد كل تحديث:\n2.0 ← 85\n2.1 ← 60\n2.2 ← 72\n2.3 ← 40\nأبي رسم يوضح التحسن"
    plan = _plan(question)
    assert plan.kind == "chart" and plan.categories == ["2.0", "2.1", "2.2", "2.3"]
    assert plan.series[0].values == [85, 60, 72, 40]

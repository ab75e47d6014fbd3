"""Round 21b apps: a share of an amount by the user's fraction, a total per item by their amounts, a
discount that starts at their quantity, the table's own rate on a typed figure, a quiz whose questions
the user will write, a mortgage asked by its down payment, and a calculator's result to check in words.
Every figure on these pages is the user's own or is said to be an example."""

from __future__ import annotations

import pytest

from render.interactive_model import QuizView
from tests.rules_apps import app_plan as _plan
from tests.rules_apps import app_values as _values
from tests.rules_apps import rules_plan as _any


def test_share_of_an_amount_by_the_users_fraction() -> None:
    plan = _plan(
        "je voudrais pouvoir taper mes tantièmes et le montant des travaux pour voir ce que je paie, "
        "genre 386/10000 de 186 000 €, et tester avec d'autres montants"
    )
    labels = [i.label for i in plan.inputs]
    assert labels == ["Tantièmes", "Montant des travaux"]
    assert _values(plan)["result"] == pytest.approx(186_000 * 386 / 10_000)
    assert _values(plan, part=500, amount=20_000)["result"] == pytest.approx(1000)
    assert plan.computed[0].unit == "€" and "10" in plan.answer


def test_share_needs_both_typed_quantities_named() -> None:
    from generators.rules.app_share import share

    assert share("what is 386/10000 of 186 000 €?", "en") is None


def test_total_per_item_by_the_users_amounts() -> None:
    plan = _plan(
        "quero digitar quantos copos de cada tamanho vendi e ver quanto de polpa preciso pro dia seguinte, "
        "300ml usa 200g, 500ml 330g, 700ml 460g"
    )
    assert [i.label for i in plan.inputs] == ["300ml", "500ml", "700ml"]
    assert plan.computed[0].unit == "g"
    assert _values(plan, n1=10, n2=5, n3=2)["total"] == pytest.approx(10 * 200 + 5 * 330 + 2 * 460)
    assert "460" in plan.answer


def test_discount_starts_at_the_users_quantity() -> None:
    plan = _plan(
        "algo donde el turista ponga cuántas botellas quiere y le diga cuánto paga, con 10% de descuento "
        "desde 6 botellas"
    )
    few = _values(plan, price=10, discount=10, quantity=5)
    many = _values(plan, price=10, discount=10, quantity=6)
    assert few["total"] == pytest.approx(50)
    assert many["total"] == pytest.approx(54)
    assert "6" in plan.answer and "ejemplo" in plan.answer.lower()  # the price is an example, said so


def test_discount_without_a_threshold_applies_to_one() -> None:
    plan = _plan("discount calculator 15% off")
    assert _values(plan, price=100, discount=15, quantity=1)["total"] == pytest.approx(85)


def test_table_rate_on_a_typed_figure() -> None:
    plan = _plan(
        "fammi una cosa dove il cliente mette i kg di olive e vede quanti litri gli tornano, con la resa "
        "media di questa tabella",
        "v16/olive_pressings.csv",
    )
    # the rows with both kg and litres filled: the litres over the kilos, the blank row left out and counted
    kg = [4200, 960, 1480, 850, 3650, 1250, 3100, 2300, 2300, 5400, 2300, 2620, 640, 960]
    litres = [628.2, 161.4, 211.7, 160.0, 470.2, 221.0, 511.6, 382.3, 448.9, 825.3, 339.1, 366.1, 90.1, 165.6]
    rate = sum(litres) / sum(kg)
    assert _values(plan, given=1000)["result"] == pytest.approx(1000 * rate)
    assert "14/15" in plan.answer


@pytest.mark.parametrize(
    "question",
    [
        "The children could try a little game where they match fossils to their era. I will write the questions.",
        "子どもたちが漢字を見て読み方を入力して練習できるものがほしいです。問題は私が入れます",
        "un petit jeu pour réviser les capitales, je mettrai les questions moi-même",
    ],
)
def test_quiz_the_user_will_write(question: str) -> None:
    plan = _plan(question)
    quiz = plan.views[0]
    assert isinstance(quiz, QuizView) and quiz.questions == []


def test_mortgage_by_down_payment_says_its_examples() -> None:
    plan = _plan("let my clients try different down payments and rates and see the monthly, 30 yr fixed")
    assert next(i for i in plan.inputs if i.name == "years").default == 30
    assert plan.answer.startswith("Example values")


def test_calculator_result_to_check_is_text() -> None:
    plan = _any("calculator says 20% vat on £1,240 is £248 customer says its less?? am i wrong")
    assert plan.kind == "text"
    assert _any("I need a VAT calculator: 20% on any amount").kind == "app"
    # the calculator named in the tool's own description, no doubt about a figure: still the tool
    assert (
        _any("build a loan calculator. the calculator shows the monthly payment and total interest").kind
        == "app"
    )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("calculator says 20% vat on £1,240 is £248 customer says its less?? am i wrong", ["Yes", "£248"]),
        ("el 21% de 300 € son 60 €, ¿está bien?", ["No exactamente", "63", "60"]),
    ],
)
def test_percentage_claim_checked_in_words(question: str, words: list[str]) -> None:
    plan = _any(question)
    assert plan.kind == "text"
    for word in words:
        assert word in plan.answer

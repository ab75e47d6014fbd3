"""Round 22: numbers typed the ways people paste them (Swiss apostrophes, Arabic number marks, a
spreadsheet's semicolons and tabs, names joined by 'y'), fact lists asked as signs, and texts to
write or questions asked after facts, which stay words."""

from __future__ import annotations

from generators import select_planner
from generators.base import PlanRequest
from generators.rules.checks import checked
from generators.rules.numbers import find_numbers
from generators.rules.words import language

PLANNER, _ = select_planner("rules")


def _plan(question: str) -> dict:
    return PLANNER.plan(PlanRequest(question=question)).plan.model_dump(exclude_none=True)


def test_swiss_apostrophe_thousands() -> None:
    assert [n.value for n in find_numbers("Omega 1'240, Tissot 2’180.5")] == [1240.0, 2180.5]


def test_arabic_digits_and_marks() -> None:
    assert [n.value for n in find_numbers("fuel ٣٬٢٠٠ and ١٢٫٥")] == [3200.0, 12.5]
    assert language("where my money went (EGP)\nfuel ٣٬٢٠٠\ncar rent ٦٬٠٠٠") == "en"


def test_euro_decimal_comma_alone() -> None:
    assert [n.value for n in find_numbers("patatas bravas 4,50 €")] == [4.5]


def test_arabic_marks_pie() -> None:
    d = _plan("where my money went (EGP)\nfuel ٣٬٢٠٠\ncar rent ٦٬٠٠٠\nphone ٣٥٠\nfood ١٬٤٠٠\npie chart")
    assert d["kind"] == "chart" and d["chart_type"] == "pie"
    assert d["categories"] == ["fuel", "car rent", "phone", "food"]
    assert d["series"][0]["values"] == [3200.0, 6000.0, 350.0, 1400.0]


def test_semicolon_rows_with_heading_line() -> None:
    d = _plan(
        "kilos de cereza recogidos por mes; abril;18.400\nmayo;26.900\njunio;31.200\njulio;12.700\nen línea porfa"
    )
    assert d["kind"] == "chart"
    assert d["categories"] == ["abril", "mayo", "junio", "julio"]  # the row on the heading's line kept
    assert d["series"][0]["values"] == [18400.0, 26900.0, 31200.0, 12700.0]


def test_tab_rows_swiss_thousands() -> None:
    d = _plan(
        "litres livrés par paysan :\nBapst\t48'200\nPython\t39'750\nOverney\t52'100\nun graphique en barres"
    )
    assert d["kind"] == "chart"
    assert d["series"][0]["values"] == [48200.0, 39750.0, 52100.0]


def test_numbered_labels_semicolon() -> None:
    d = _plan(
        "нарушения ТБ по участкам:\nучасток 1;14\nучасток 2;9\nучасток 3;21\nпроходка;17\nстолбчатую диаграмму"
    )
    assert d["kind"] == "chart"
    assert d["categories"] == ["участок 1", "участок 2", "участок 3", "проходка"]
    assert d["series"][0]["values"] == [14.0, 9.0, 21.0, 17.0]


def test_name_joined_by_y_is_one_item() -> None:
    d = _plan(
        "gastos: materia prima 38%, gasoil y generador 12%, licencias 9%, sueldos 31%, otros 10%, en quesito"
    )
    assert d["kind"] == "chart" and d["chart_type"] == "pie"
    assert "gasoil y generador" in d["categories"]
    assert sum(d["series"][0]["values"]) == 100


def test_sign_with_facts_is_infographic() -> None:
    d = _plan(
        "sign for the scale house:\nHours 6am-9pm during harvest\nMoisture over 15.5% gets docked\nTest weight 60 lb/bu"
    )
    assert d["kind"] == "infographic"


def test_translation_and_caption_stay_text() -> None:
    assert _plan("帮我把这句翻成英文发给客户：译稿周五前交，如需加急请另付 30% 费用")["kind"] == "text"
    assert (
        _plan("ok next thing: need an insta caption for friday's karaoke night, something cheesy")["kind"]
        == "text"
    )


def test_question_after_facts_is_text() -> None:
    q = "the balloon is 6,000 m³, we fly up to 3,000 ft, 2 hours of propane, 6 passengers max 120 kg. is 3,000 ft like, high? 😅"
    d = _plan(q)
    assert d["kind"] == "text"
    assert "over the limit" not in d["answer"]  # cubic metres, feet and hours are never summed


def test_limit_check_needs_one_measure() -> None:
    assert checked("the balloon is 6,000 m³, 2 hours of propane, max 120 kg", "en") is None

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


def test_user_digits_kept_in_text() -> None:
    assert [n.text for n in find_numbers("الفندق ١٦٠٠، الأكل ٧٠٠")] == ["١٦٠٠", "٧٠٠"]


def test_cubic_metres_are_volume() -> None:
    area, volume = find_numbers("园区面积80万平方米 用冰25万立方米")
    assert (area.dim, volume.dim) == ("area", "volume")


def test_price_and_part_paid_is_balance() -> None:
    d = _plan(
        "the revision of Mr Keller's Omega is CHF 1'150.–, he paid CHF 300.– already. can you make a chart for the invoice?"
    )
    assert d["kind"] == "text" and "850" in d["answer"]
    d = _plan("PO 4471 value is USD 86,400, 50% advance received. make it visual")
    assert d["kind"] == "text" and "43,200" in d["answer"]


def test_facts_with_year_and_phone_asked_as_chart_are_cards() -> None:
    d = _plan(
        "¿me haces un gráfico con esto para la feria? taller abierto en 1998, 3 encuadernadoras, "
        "cursos de 120 €, grupos de 6, teléfono 91 555 12 34"
    )
    assert d["kind"] == "infographic"
    shown = str(d["blocks"])
    for fact in ("1998", "120 €", "91 555 12 34"):
        assert fact in shown  # every fact kept, the phone number whole
    d = _plan(
        "we have 14 tanks, 6 BCDs, 1 compressor from 2011, service due 03/2026 — make it a bar chart for the owner"
    )
    assert d["kind"] == "infographic" and "03/2026" in str(d["blocks"])


def test_korean_bullets_with_opening_year_are_cards() -> None:
    d = _plan(
        "사장님이 이걸로 그래프 만들어 달래요:\n- 방 12개\n- 24시간 영업\n- 1곡 500원, 30분 5,000원\n- 2018년 오픈\n- 주차 2시간 무료"
    )
    assert d["kind"] == "infographic"


def test_chinese_spelled_facts_are_cards_not_area_vs_volume() -> None:
    d = _plan(
        "把这些做成图表放门口 开园时间十二月二十日 票价三百二十八元 园区面积八十万平方米 用冰二十五万立方米 咨询电话0451-8888-1234"
    )
    assert d["kind"] == "infographic"
    assert "0451-8888-1234" in str(d["blocks"])


def test_menu_note_is_its_own_block() -> None:
    d = _plan(
        "hazme la carta para la pizarra:\n- bocata de calamares 6,50 €\n- patatas bravas 4,50 €\n- caña 2,50 €\nalérgenos: gluten, moluscos, huevo"
    )
    assert d["kind"] == "infographic"
    stats = next(b for b in d["blocks"] if b["type"] == "stats")
    assert [i["value"] for i in stats["items"]] == ["6,50 €", "4,50 €", "2,50 €"]
    assert all("alérgenos" not in i["label"] for i in stats["items"])
    assert "alérgenos: gluten, moluscos, huevo" in str(d["blocks"])


def test_wall_board_and_boat_rules_are_infographics() -> None:
    d = _plan(
        "quero um quadro pra parede da sauna com isso:\n✅ tomar banho antes\n✅ toalha sempre embaixo\n✅ silêncio"
    )
    assert d["kind"] == "infographic"
    d = _plan("لوحة للقارب فيها قواعد الغوص:\n- لا تغوص لحالك\n- افحص الهواء\n- لا تلمس المرجان")
    assert d["kind"] == "infographic"


def test_spanish_question_with_question_word_is_text() -> None:
    assert (
        _plan("pregunta rápida: ¿cómo animo a la gente a venir al karaoke los lunes? mi jefe me pide ideas")[
            "kind"
        ]
        == "text"
    )
    # a request written as a question is still a request
    q = "¿me lo pasas a algo que pueda colgar en la puerta? horario: lunes a viernes 9:00–14:00, sábados 10:00–14:00, domingos cerrado"
    assert _plan(q)["kind"] == "infographic"

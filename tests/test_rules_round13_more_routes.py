"""More of round 13's routes, with sentences written for this test (none taken from a labelled set):
art media and sheets named in Swedish, Turkish, Dutch, Indonesian and more (concept art, character
design, a front view, an impressionist style, "what would it look like"); a flowchart asked in Dutch,
Swedish, Indonesian or Vietnamese; bars seen rising each year in more languages; a table summarised
in Swedish, Indonesian or Vietnamese; two measures side by side in a chart; savings, loans and daily
calories by name in more languages; figures the user wants to set themselves; a what-if with letters
for its figures. And the other side of each: a question about the thing stays words, and nothing the
user did not give becomes a chart or a tool."""

from __future__ import annotations

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import route
from generators.rules.app_letters import letters
from tests.rules_plans import PLANNER, app_title, plan_of

TABLE = pd.DataFrame(
    {
        "shop": ["North", "Centre", "Harbour", "Station"],
        "sales": [120, 340, 210, 90],
        "returns": [12, 20, 31, 4],
    }
)
GUIDE = (
    "# Opening the café\n\n1. Unlock the back door and switch off the alarm.\n2. Turn on the espresso machine.\n"
    "3. Put out the pastries.\n4. Count the float.\n5. Flip the sign to open.\n"
)


def kind_of(question: str) -> str:
    return plan_of(question).kind


def kind_with_table(question: str) -> str:
    return PLANNER.plan(PlanRequest(question=question, table=TABLE, table_name="shops.csv")).plan.kind


def kind_with_markdown(question: str) -> str:
    return PLANNER.plan(PlanRequest(question=question, markdown=GUIDE)).plan.kind


# ------------------------------------------------------------ art media and sheets, more languages


@pytest.mark.parametrize(
    "question",
    [
        "konceptkonst av en flytande stad över molnen",
        "karaktärsdesign: en gammal fyrvaktare med lykta",
        "karakter tasarımı: yaşlı bir denizci, yandan görünüm",
        "konsept sanatı: çölde terk edilmiş bir uzay istasyonu",
        "conceptkunst van een bibliotheek onder water",
        "stel je een vuurtoren in de storm voor",
        "een molen bij zonsondergang, in impressionistische stijl",
        "desain karakter: penjaga hutan dengan burung hantu",
        "seni konsep kota terapung di atas laut",
        "thiết kế nhân vật: một cô bé phù thủy với con mèo đen",
        "arte conceitual de uma cidade no deserto",
        "diseño de personaje: una detective robot, vista frontal",
        "art conceptuel d'une gare sous la neige",
        "Konzeptkunst einer Stadt auf Stelzen",
        "концепт-арт заброшенной станции метро",
        "角色设计：一个拿着灯笼的小狐狸",
        "キャラクターデザイン：森の魔法使いの少女",
        "a harbour at dawn, impressionist style",
        "अगर दिल्ली बर्फ से ढकी होती तो कैसी दिखती",
        "hur skulle Stockholm se ut om det låg under vatten",
        "kalau Jakarta tertutup salju, akan terlihat seperti apa?",
    ],
)
def test_art_media_and_looks_are_pictures(question: str) -> None:
    assert kind_of(question) == "image"


@pytest.mark.parametrize(
    "question",
    [
        "vad är konceptkonst?",
        "apa itu desain karakter?",
        "thiết kế nhân vật là gì?",
        "what is impressionism?",
        "karakter tasarımı nedir?",
        "wat is conceptkunst?",
    ],
)
def test_a_question_about_the_medium_stays_text(question: str) -> None:
    assert kind_of(question) == "text"


# ------------------------------------------------------------------- flowcharts, more languages


@pytest.mark.parametrize(
    "question",
    [
        "maak er een stroomdiagram van",
        "gör ett flödesschema av det här",
        "buatkan diagram alur dari langkah ini",
        "vẽ sơ đồ luồng cho các bước này",
    ],
)
def test_a_flowchart_of_the_attached_steps(question: str) -> None:
    assert kind_with_markdown(question) == "diagram"


# ------------------------------------------------------------------------- bars rising each year


@pytest.mark.parametrize(
    "question",
    [
        "I'd like to watch the bars go up each year: 2019 12, 2020 30, 2021 41",
        "quiero ver cómo suben las barras cada año: 2019 12, 2020 30, 2021 41",
        "ik wil de staven elk jaar zien groeien: 2019 12, 2020 30, 2021 41",
        "chcę zobaczyć, jak słupki rosną co roku: 2019 12, 2020 30, 2021 41",
        "jag vill se staplarna växa år för år: 2019 12, 2020 30, 2021 41",
        "aku mau lihat batangnya naik tiap tahun: 2019 12, 2020 30, 2021 41",
        "tôi muốn xem các cột tăng dần qua từng năm: 2019 12, 2020 30, 2021 41",
        "хочу видеть, как столбцы растут каждый год: 2019 12, 2020 30, 2021 41",
    ],
)
def test_bars_seen_rising_are_an_animation(question: str) -> None:
    assert kind_of(question) == "animation"


@pytest.mark.parametrize(
    "question",
    [
        "quiero ver cómo subieron las ventas: 2019 12, 2020 30, 2021 41",
        "I want to see how sales rose: 2019 12, 2020 30, 2021 41",
        "ik wil zien hoe de omzet groeide: 2019 12, 2020 30, 2021 41",
    ],
)
def test_a_change_told_in_the_past_stays_a_chart(question: str) -> None:
    assert kind_of(question) == "chart"


# --------------------------------------------------------------- tables: summaries, side by side


@pytest.mark.parametrize(
    "question",
    ["sammanfatta tabellen, tack", "kan du ge en kort sammanfattning av tabellen?", "rangkum tabel ini dong",
     "buat ringkasan dari tabel ini", "tóm tắt bảng này giúp tôi"],
)  # fmt: skip
def test_a_table_summarised_is_text(question: str) -> None:
    assert kind_with_table(question) in ("text", "infographic")
    assert kind_with_table(question) != "chart"


@pytest.mark.parametrize(
    "question",
    [
        "put sales and returns side by side for each shop in a chart",
        "show sales and returns side by side per shop as a bar chart",
    ],
)
def test_side_by_side_in_a_chart_is_a_chart(question: str) -> None:
    assert kind_with_table(question) == "chart"


@pytest.mark.parametrize(
    "question", ["put my own numbers in and see the total", "put in my sales and see the bonus"]
)
def test_putting_figures_in_is_still_routed_to_a_tool(question: str) -> None:
    assert route(question).kind == "app"


def test_side_by_side_without_a_chart_stays_an_infographic() -> None:
    assert kind_of("compare the two gym plans side by side: Basic 20 euro, Plus 35 euro") == "infographic"


# --------------------------------------------------------------------- calculators by their name


@pytest.mark.parametrize(
    "question, title",
    [
        ("bikin kalkulator tabungan dong", "Savings calculator"),
        ("kalkulator bunga majemuk untuk deposito", "Savings calculator"),
        ("tạo máy tính lãi kép", "Savings calculator"),
        ("gör en sparkalkylator", "Savings calculator"),
        ("build a SIP calculator for my mutual fund", "Savings calculator"),
        ("म्यूचुअल फंड SIP कैलकुलेटर बनाओ", "Savings calculator"),
        ("bikin kalkulator cicilan KPR", "Loan calculator"),
        ("gör en bolånekalkylator", "Loan calculator"),
    ],
)
def test_savings_and_loans_named_in_more_languages(question: str, title: str) -> None:
    plan = plan_of(question)
    assert plan.kind == "app"
    assert plan.title == app_title(title, question)  # in the asker's language


@pytest.mark.parametrize(
    "question",
    [
        "a calorie calculator where I put in my weight and height",
        "Kalorienrechner: 80 kg, 180 cm, 40 Jahre",
        "calculadora de calorías diarias",
        "kalkulator kalori harian",
        "TDEE calculator please",
    ],
)
def test_daily_calories_is_a_calculator(question: str) -> None:
    plan = plan_of(question)
    assert plan.kind == "app"
    assert "Mifflin" in plan.title


@pytest.mark.parametrize(
    "question", ["calculadora de calorías para mis recetas", "a calorie calculator for the dishes on my menu"]
)
def test_a_recipes_calories_are_no_daily_need(question: str) -> None:
    plan = plan_of(question)
    assert "Mifflin" not in (getattr(plan, "title", "") or "")


def test_calories_the_user_gives_keep_their_figures() -> None:
    plan = plan_of("calorie calculator: I'm 40 years, 80 kg, 180 cm")
    defaults = {i.name: i.default for i in plan.inputs}
    assert (defaults["weight"], defaults["height"], defaults["age"]) == (80, 180, 40)


@pytest.mark.parametrize(
    "question",
    [
        "calories per meal: breakfast 400, lunch 700, dinner 600",
        "how does a calorie calculator work?",
        "what is a calorie?",
        "take a sip of water every hour",
        "lãi kép là gì?",
        "vad är en bolånekalkylator?",
    ],
)
def test_no_calculator_without_one_asked(question: str) -> None:
    assert kind_of(question) != "app"


# ---------------------------------------------------------- figures the user sets, letters for them


@pytest.mark.parametrize(
    "question",
    [
        "I want to tweak the inputs myself: X lessons a week with Y pupils each at price Z, what do I earn a month?",
        "quiero cambiar yo mismo los valores: X cafés al día a precio Y, ¿cuánto gano al mes?",
        "let me play with the numbers: if I bake N cakes a day and sell them at price P, what do I make per month?",
    ],
)
def test_a_what_if_with_letters_is_a_tool(question: str) -> None:
    plan = plan_of(question)
    assert plan.kind == "app"
    assert len(plan.inputs) >= 2


def test_letters_multiply_and_turn_weeks_into_months() -> None:
    plan = letters(
        "if I run N classes a week with M students each at price P, what do I make per month?", "en"
    )
    assert plan is not None
    assert [i.label for i in plan.inputs] == ["classes (N)", "students (M)", "price (P)"]
    assert plan.computed[0].formula == "classes * students * price * 4.33333"


@pytest.mark.parametrize(
    "question",
    [
        "Plan B or plan C: which is better per year?",
        "if I sell X coffees a day at price Y with cost Z, what's my monthly profit?",  # a cost: per what?
        "X and Y: what do they do?",
        "if I sell X cups at price Y, what do I make?",  # no period to turn into another
    ],
)
def test_letters_without_a_rule_make_nothing(question: str) -> None:
    assert letters(question, "en") is None


@pytest.mark.parametrize(
    "question",
    [
        "jag vill ändra värdena själv",
        "je veux changer les valeurs moi-même",
        "ich will die Werte selbst ändern",
        "aku mau ubah angkanya sendiri",
    ],
)
def test_wanting_to_set_figures_with_none_given_makes_no_tool(question: str) -> None:
    assert kind_of(question) == "text"

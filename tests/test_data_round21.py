"""Round 21 data mechanisms of the offline planner, each asserted on the plan or the value it makes:
superlatives that name their measure ("busiest day?"), a month or a count that picks rows, an effect
asked over a table, a definition asked over pasted figures, a question about a document answered with
its own lines, a formula written after a colon in any script, a list to tick, labels such as "3-day"
and "90+", a heading that names the measure, and thousands a column writes with a dot."""

from __future__ import annotations

from pathlib import Path

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.app_more import ident
from generators.rules.extract import extract_data
from generators.rules.router import route
from generators.rules.table_words import measured_superlative
from render.data import load_table

DATA = Path(__file__).parent / "data"


def _plan(question: str, table: str | None = None, markdown: str | None = None):
    df = load_table(DATA / table) if table else None
    md = (DATA / markdown).read_text(encoding="utf-8") if markdown else None
    return RulesPlanner().plan(PlanRequest(question, table=df, table_name=table or "", markdown=md)).plan


# ------------------------------------------------------------------------------------ table lookups


@pytest.mark.parametrize(
    ("question", "row", "value"),
    [
        ("busiest day?", "15.03.", "181"),
        ("quietest day?", "03.03.", "118"),
        ("which day was busiest?", "15.03.", "181"),
    ],
)
def test_a_superlative_that_names_its_measure_is_answered_with_the_row(question, row, value) -> None:
    plan = _plan(question, "v15/climbing_gym_days.csv")
    assert plan.kind == "text"
    first = plan.answer.split("\n\n")[0]
    assert row in first and value in first and "checkins" in first


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("¿el día más concurrido?", "max"), ("le jour le plus chargé ?", "max"), ("drukste dag?", "max"),
        ("最忙的一天？", "max"), ("가장 바쁜 날은?", "max"), ("सबसे व्यस्त दिन?", "max"), ("самый загруженный день?", "max"),
        ("le fournisseur le moins cher", "min"), ("teuerste Artikel?", "max"), ("en ucuz tedarikçi", "min"),
        ("الأرخص", "min"),
    ],
)  # fmt: skip
def test_measured_superlatives_are_read_in_the_planners_languages(text, direction) -> None:
    found = measured_superlative(text)
    assert found is not None and found[1] == direction


def test_a_terse_superlative_asks_for_a_row_and_a_top_n_does_not() -> None:
    from generators.rules.signals import asks_about_attachment

    assert asks_about_attachment("busiest day?", table=True)
    assert asks_about_attachment("¿el día más concurrido?", table=True)
    assert not asks_about_attachment("top 3 days?", table=True)
    assert not asks_about_attachment("busiest day per month and by gym, over the whole season?", table=True)


def test_a_month_named_picks_its_row_and_the_column_is_named_by_all_its_words() -> None:
    plan = _plan("what was the average room rate in august", "v13/hotel_rooms.csv")
    assert plan.kind == "text"
    assert plan.answer.startswith("Avg rate eur (Month: august): **152.3**")


def test_a_count_before_a_column_word_picks_rows_and_the_price_is_compared() -> None:
    plan = _plan("which listing is cheapest with 3 rooms?", "v12/rental_listings.csv")
    assert plan.answer.startswith("**Lowest rent eur** (Rooms = 3): L-115 (948)")


def test_a_condition_it_cannot_read_gives_no_row_rather_than_a_wrong_one() -> None:
    plan = _plan("qual o imóvel mais barato com 3 quartos? só me diz", "v12/rental_listings.csv")
    assert plan.kind == "text" and "L-112" not in plan.answer


def test_just_tell_me_over_a_table_is_words_with_the_effect_side_by_side() -> None:
    plan = _plan("does rain actually hurt sales? just tell me", "v15/foodtruck_days.csv")
    assert plan.kind == "text"
    # revenue on the 5 rainy days (1,904 + 1,489.5 + 1,057.5 + 1,566 + 1,836.25) / 5 and on the 9 dry ones
    assert "**1,570.7** on the 5 rows with rain mm above 0" in plan.answer
    assert "**2,172.2** on the 9 rows with rain mm at 0" in plan.answer
    assert "2 rows have no rain mm" in plan.answer


def test_a_column_that_writes_its_thousands_with_a_dot_says_so_itself() -> None:
    df = load_table(DATA / "v12/rental_listings.csv")
    assert df["rent_eur"].tolist()[:3] == [1482, 930, 432]
    kept = load_table(b"name,km\na,1.482\nb,2.5\nc,930\n", name="t.csv")
    assert kept["km"].tolist() == [1.482, 2.5, 930.0]  # a decimal elsewhere: the dots are decimal points


# ------------------------------------------------------------------------------ words and documents


@pytest.mark.parametrize(
    "question",
    [
        "weighbridge ticket\ngross 18,420 kg\ntare 11,950 kg\nnet 6,470 kg\nwhat does tare mean here",
        "Wiegeschein: brutto 18.420 kg, Tara 11.950 kg, netto 6.470 kg. Was bedeutet Tara?",
        "facture : total HT 1 200 €, TVA 240 €, que veut dire HT ?",
        "皮重 11950 kg 净重 6470 kg 皮重是什么意思",
    ],
)
def test_what_a_word_means_is_a_definition_even_with_figures_pasted(question) -> None:
    found = route(question)
    assert found.kind == "text" and "mentions" in found.reason
    assert _plan(question).kind == "text"


def test_the_definition_answer_sums_no_pasted_figures() -> None:
    plan = _plan(
        "weighbridge ticket\ngross 18,420 kg\ntare 11,950 kg\nnet 6,470 kg\nwhat does tare mean here"
    )
    assert "36,840" not in plan.answer and "general knowledge" in plan.answer


def test_a_question_about_a_document_quotes_the_lines_that_hold_its_words() -> None:
    plan = _plan("how much do they still owe after the deposit", markdown="v15/wedding_runsheet.md")
    assert plan.kind == "text"
    quoted = [ln for ln in plan.answer.splitlines() if ln.startswith("> ")]
    assert quoted == ["> Total 21.000 €, deposit 30% paid, the rest due 10 days before."]


# ------------------------------------------------------------------------------------------- apps


@pytest.mark.parametrize(
    ("question", "labels", "result"),
    [
        ("حاسبة خشب: الطول × العرض × السمك × سعر المتر المكعب", ["الطول", "العرض", "السمك", "سعر المتر المكعب"], "النتيجة"),
        ("लकड़ी कैलकुलेटर: लंबाई × चौड़ाई × मोटाई × घन मीटर की कीमत", ["लंबाई", "चौड़ाई", "मोटाई", "घन मीटर की कीमत"], "परिणाम"),
        ("Holzrechner: Länge × Breite × Dicke × Preis pro Kubikmeter", ["Länge", "Breite", "Dicke", "Preis pro Kubikmeter"], "Ergebnis"),
        ("木材计算器：长 × 宽 × 厚 × 每立方米价格", ["长", "宽", "厚", "每立方米价格"], None),
    ],
)  # fmt: skip
def test_a_rule_written_after_a_colon_is_the_users_formula_in_any_script(question, labels, result) -> None:
    plan = _plan(question)
    assert plan.kind == "app"
    assert [i.label for i in plan.inputs] == labels
    names = [i.name for i in plan.inputs]
    assert plan.computed[0].formula == " * ".join(names) and "__" not in plan.computed[0].formula
    if result:
        assert plan.computed[0].label == result


def test_a_list_joined_by_plus_after_a_colon_is_no_formula() -> None:
    from generators.rules.app_formula import written

    assert written("packing list: tent + stove + mat", "en") is None


def test_repeated_names_never_make_dunder_identifiers() -> None:
    used: set[str] = set()
    names = [ident(label, used) for label in ("الطول", "العرض", "السمك")]
    assert names == ["value", "value2", "value3"]


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("somewhere to tick these off as my class learns them:\nbox step\ncross body lead\nright turn\ncopa\nsombrero",
         ["box step", "cross body lead", "right turn", "copa", "sombrero"]),
        ("Putzplan für unsere 4er-WG zum Abhaken, mit Sternchen wer am meisten gemacht hat 😅 Bad, Küche, Flur, Müll",
         ["Bad", "Küche", "Flur", "Müll"]),
    ],
)  # fmt: skip
def test_a_list_to_tick_off_is_a_checklist_of_the_users_items(question, items) -> None:
    plan = _plan(question)
    assert plan.kind == "app"
    checklists = [v for v in plan.views if v.type == "checklist"]
    assert checklists and checklists[0].items == items


# ------------------------------------------------------------------------------------------ series


def test_a_number_glued_to_its_word_names_the_item() -> None:
    data = extract_data(
        "ski passes sold this winter\nday 12,480\n3-day 4,910\nweek 2,305\nseason 880\nshare of each?"
    )
    assert data is not None and data.categories == ["day", "3-day", "week", "season"]
    assert data.values == [12480.0, 4910.0, 2305.0, 880.0] and data.metric == "ski passes sold this winter"
    stars = extract_data("ratings: 1-star 12, 2-star 5, 3-star 20, 4-star 41, 5-star 88")
    assert stars is not None and stars.categories[0] == "1-star" and stars.values[-1] == 88.0


def test_shares_of_one_count_are_a_pie_titled_by_the_heading() -> None:
    plan = _plan(
        "ski passes sold this winter\nday 12,480\n3-day 4,910\nweek 2,305\nseason 880\nshare of each?"
    )
    assert plan.kind == "chart" and plan.chart_type == "pie"
    assert plan.y_title == "Ski passes sold this winter"


def test_a_quoted_email_of_one_series_is_a_chart_named_by_its_heading() -> None:
    question = (
        "> ridership per line last month\n> L1 84 200\n> L2 61 900\n> L3 22 400\n> L4 9 800\n> thanks, Priya\n"
        "can u visualise this for the depot meeting"
    )
    plan = _plan(question)
    assert plan.kind == "chart" and plan.categories == ["L1", "L2", "L3", "L4"]
    assert plan.series[0].values == [84200.0, 61900.0, 22400.0, 9800.0] and plan.y_title == "Ridership"


def test_a_heading_that_is_a_message_names_no_measure() -> None:
    data = extract_data("最近の体温です。グラフにしてもらえますか？\n11/20 36.4\n11/21 36.9\n11/22 37.8")
    assert data is not None and "グラフ" not in data.metric


def test_an_open_top_band_is_a_label_not_a_sum() -> None:
    plan = _plan("AR aging 0-30d 42k 31-60 18k 61-90 9.5k 90+ 6k bar pls")
    assert plan.kind == "chart" and plan.categories == ["0-30d", "31-60", "61-90", "90+"]
    assert plan.series[0].values == [42.0, 18.0, 9.5, 6.0]

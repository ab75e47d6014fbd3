"""Mechanisms of the fifth tuning round of the rules planner, each with sentences written for this
test (none taken from a labelled set): refused forms and corrections, form words of more languages,
apps told by what goes in and what comes out, change watched period after period, scenes described
for a purpose, and numbers as people dictate or write them."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from generators.rules.extract import extract_data
from generators.rules.signals import corrected, unnegated
from generators.rules.spelled import spelled_numbers
from generators.rules.words import language


def plan_kind(question: str) -> str:
    return RulesPlanner().plan(PlanRequest(question=question)).plan.kind


# A form named only to be refused is no cue; after a correction the form named last wins.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "not a deck — a single sheet I can print for the night shift: wash hands, check ID, log it",
            "infographic",
        ),
        ("no slides, just one picture: a lighthouse in a storm at dusk", "image"),
        ("kein Foliensatz, ein Schaubild: Antrag, Prüfung, Freigabe, Auszahlung", "diagram"),
        ("pas de graphique, une image : un phare sous la tempête", "image"),
        ("sin diapositivas, un diagrama de flujo: pedido, pago, envío", "diagram"),
        ("make me a chart… actually no, a flowchart: intake, triage, treatment, discharge", "diagram"),
        ("haz unas diapositivas… no, mejor dicho un diagrama: solicitud, revisión, firma", "diagram"),
        ("no visuals please, just tell me how depreciation differs from amortisation", "text"),
        ("no more than 4 slides on our onboarding: accounts, laptop, buddy, first week", "slides"),
    ],
)
def test_refused_and_corrected_forms(question: str, kind: str) -> None:
    assert route(question).kind == kind


def test_refusals_blank_only_the_refused_words() -> None:
    text = "no slides, a diagram of the flow"
    assert "slides" not in unnegated(text) and "diagram" in unnegated(text)
    assert len(unnegated(text)) == len(text)  # positions hold
    assert unnegated("No. 14 231") == "No. 14 231"  # an id is no refusal
    assert corrected("slides… non, en fait un schéma").strip() == "un schéma"
    assert corrected("a chart of sales: north 5, south 7") is None


# Form words of the newer languages and the audience of a deck.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("maak een staafdiagram van de verkoop: noord 12, zuid 9, oost 15", "chart"),
        ("satışların çubuk grafiği: kuzey 12, güney 9, doğu 15", "chart"),
        ("zrób wykres sprzedaży: północ 12, południe 9, wschód 15", "chart"),
        ("vẽ biểu đồ cột doanh số: miền bắc 12, miền nam 9, miền trung 15", "chart"),
        ("buatkan grafik penjualan: utara 12, selatan 9, timur 15", "chart"),
        ("buatkan presentasi untuk pelatihan kasir: salam, pembayaran, tutup kasir", "slides"),
        ("gambar seekor kucing tidur di atas buku", "image"),
        ("bagan alir pengajuan cuti: isi formulir → atasan setuju → HR mencatat", "diagram"),
        ("lecture for first-year students on cell division: interphase, mitosis, cytokinesis", "slides"),
        ("мне нужна схема: приём → осмотр → реанимация → перевод", "diagram"),
    ],
)
def test_form_words_of_more_languages(question: str, kind: str) -> None:
    assert route(question).kind == kind


def test_indonesian_is_read_with_decimal_commas() -> None:
    q = "tolong buatkan grafik hasil panen per kebun dalam ton: kebun A 3,4, kebun B 2,9, kebun C 4,1"
    assert language(q) == "id"
    data = extract_data(q)
    assert data is not None and data.values == [3.4, 2.9, 4.1]


# Apps told by what goes in and what comes out.
@pytest.mark.parametrize(
    "question",
    [
        "something where the nurse types the age and it shows the right vaccine schedule",
        "a page where staff enter the start date and see when probation ends",
        "let me set the interest rate myself and watch the repayment",
        "ich möchte die Stunden eingeben und sehen, was netto übrig bleibt",
        "een tool waar ik de kilometers invul en de vergoeding krijg",
        "让我自己筛选一下不同门店",
    ],
)
def test_apps_told_by_input_and_output(question: str) -> None:
    assert route(question).kind == "app"


# Watching a change happen period after period is an animation; asking how it changed is a chart.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I'd like to watch the branch totals change week by week: w1 4, w2 6, w3 9", "animation"),
        ("no static graph, I want them to move: 2021 3, 2022 5, 2023 8", "animation"),
        ("quiero ver cómo crecen las ventas mes a mes: enero 5, febrero 8, marzo 11", "animation"),
        ("how did the totals change year by year: 2021 3, 2022 5, 2023 8", "chart"),
    ],
)
def test_change_watched_animates(question: str, kind: str) -> None:
    assert route(question).kind == kind


# A scene described for a purpose, with no data, is an image; 'for the fridge' is only where it goes.
@pytest.mark.parametrize(
    "question",
    [
        "for the class newsletter: two owls reading a book under a tree",
        "something for the fridge door: a cartoon dog holding a toothbrush",
        "a photo of our bakery at sunrise, for the cover of the annual report",
    ],
)
def test_scenes_are_images(question: str) -> None:
    assert route(question).kind == "image"
    assert plan_kind(question) == "image"


def test_a_list_for_the_fridge_stays_an_infographic() -> None:
    assert route("for the fridge: feed the cat, water the plants, lock the door").kind == "infographic"


# Numbers dictated in words, and numbers written with ids or spaced magnitudes.
def test_spelled_numbers_are_read_only_in_dictated_data() -> None:
    assert spelled_numbers("votes were sixty two percent yes and thirty eight percent no", "en") == (
        "votes were 62 percent yes and 38 percent no"
    )
    assert spelled_numbers("een grafiek van drie komma vijf miljoen en vier komma één miljoen", "nl") == (
        "een grafiek van 3,5 miljoen en 4,1 miljoen"
    )
    assert spelled_numbers("売上は東京が三百、大阪が百五十", "ja") == "売上は東京が300、大阪が150"
    assert spelled_numbers("make one page with two columns", "en") == "make one page with two columns"
    assert (
        spelled_numbers("forty percent of 12 people", "en") == "forty percent of 12 people"
    )  # digits: as written


def test_dictated_numbers_chart() -> None:
    q = "chart the tickets: monday forty two, tuesday fifty, wednesday thirty one"
    data = extract_data(q)
    assert data is not None and data.values == [42.0, 50.0, 31.0]
    assert plan_kind(q) == "chart"


def test_ids_and_spaced_magnitudes() -> None:
    data = extract_data("milk yield per cow, litres: No. 5 28, No. 12 31, No. 19 26")
    assert (
        data is not None and data.categories == ["No. 5", "No. 12", "No. 19"] and data.values == [28, 31, 26]
    )
    data = extract_data("fais un graphique des ventes par trimestre : 1,4 M€, 1,9 M€, 2,3 M€")
    assert data is not None and data.values == [1.4, 1.9, 2.3] and "million" in data.unit


def test_precision_kept() -> None:
    # a phone number, a year and counts of different things are still no chart of one measure
    q = "our shop: opened 2012, 9 staff, phone 020 7946 0018"
    assert route(q).kind != "chart"

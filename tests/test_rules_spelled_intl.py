"""Numbers dictated in words in Spanish, Portuguese, Italian, French, German, Polish, Russian and spoken
Arabic: read by one lexicon per language and one parser, so a series said aloud becomes a chart, while
everyday words that are also numbers ("sei", "un", "ein") and ordinals used as labels stay words."""

from __future__ import annotations

import pytest

from generators.rules import route
from generators.rules.extract import extract_data
from generators.rules.spelled import spelled_numbers
from generators.rules.words import language


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Spanish: "y" joins tens and units; hundreds are words of their own
        (
            "ingresos enero dos mil cuatrocientos, febrero treinta y cinco, marzo doscientos, abril quinientos",
            "es",
            "ingresos enero 2400, febrero 35, marzo 200, abril 500",
        ),
        ("pedidos ciento veinte y novecientos noventa y nueve", "es", "pedidos 120 y 999"),
        # Portuguese: "e" joins every part
        (
            "clientes duzentos e trinta, trezentos, mil e quinhentos, vinte e um",
            "pt",
            "clientes 230, 300, 1500, 21",
        ),
        # Italian writes a number as one word
        (
            "iscritti ottomilacento, seimilanovecento, settemilaottocento, centottanta, ventotto",
            "it",
            "iscritti 8100, 6900, 7800, 180, 28",
        ),
        ("abbonati duemilaventi, milleduecento e trentatré", "it", "abbonati 2020, 1200 e 33"),
        # French counts by twenties
        (
            "visites huit mille cent, quatre-vingt-dix, soixante-dix, deux cent quarante, soixante et onze",
            "fr",
            "visites 8100, 90, 70, 240, 71",
        ),
        ("appels quatre-vingt-dix-sept et vingt et un", "fr", "appels 97 et 21"),
        # German: one word, units before tens
        (
            "Besucher zweitausendvierhundertfünfzig und einundzwanzig und hundertfünfzig",
            "de",
            "Besucher 2450 und 21 und 150",
        ),
        ("Anrufe siebenunddreißig, achtzehnhundert", "de", "Anrufe 37, 1800"),
        # Polish and Russian: hundreds are words of their own, thousands decline
        (
            "sprzedaż dwieście dziesięć, sto dziewięćdziesiąt, tysiąc, dwa tysiące, pięć tysięcy dwieście",
            "pl",
            "sprzedaż 210, 190, 1000, 2000, 5200",
        ),
        (
            "заказы сто двадцать, двести, тысяча, две тысячи пятьсот, пять тысяч",
            "ru",
            "заказы 120, 200, 1000, 2500, 5000",
        ),
        # spoken Arabic hundreds, joined to the thousand by و
        (
            "الزوار ألف ومية، تسعمية، ألف وثلاثمية، ألف وخمسمية، ميتين، تلتمية، تمنمية",
            "ar",
            "الزوار 1100، 900، 1300، 1500، 200، 300، 800",
        ),
        ("المبيعات خمسة وعشرين وخمسمية وستمية", "ar", "المبيعات 25 و500 و600"),
        # two numbers said one after the other are two numbers, not their sum
        ("ventas diez veinte treinta", "es", "ventas 10 20 30"),
        ("visite cento cento duecento", "it", "visite 100 100 200"),
    ],
)
def test_a_series_dictated_in_words_becomes_digits(text: str, lang: str, expected: str) -> None:
    assert spelled_numbers(text, lang) == expected


@pytest.mark.parametrize(
    ("question", "categories", "values"),
    [
        (
            "muéstrame las reservas por trimestre: primero dos mil cuatrocientos, segundo tres mil cien, "
            "tercero dos mil novecientos",
            ["primero", "segundo", "tercero"],
            [2400, 3100, 2900],
        ),
        (
            "faz um gráfico das matrículas: janeiro duzentos e trinta, fevereiro trezentos, março mil e quinhentos",
            ["janeiro", "fevereiro", "março"],
            [230, 300, 1500],
        ),
        (
            "fais un graphique des inscriptions : lundi quatre-vingt-dix, mardi soixante-dix, mercredi deux cent quarante",
            ["lundi", "mardi", "mercredi"],
            [90, 70, 240],
        ),
        (
            "mach ein Diagramm der Anrufe: Montag einundzwanzig, Dienstag dreiunddreißig, Mittwoch fünfundvierzig",
            ["Montag", "Dienstag", "Mittwoch"],
            [21, 33, 45],
        ),
        (
            "pokaż wykres zgłoszeń w kwartałach pierwszy sto dwadzieścia drugi dwieście dziesięć trzeci tysiąc dwieście",
            ["pierwszy", "drugi", "trzeci"],
            [120, 210, 1200],
        ),
        (
            "покажи продажи по кварталам: первый сто двадцать, второй двести, третий тысяча пятьсот",
            ["первый", "второй", "третий"],
            [120, 200, 1500],
        ),
        (
            "fammi un grafico delle presenze: primo milleduecento, secondo novecento, terzo duemilacento",
            ["primo", "secondo", "terzo"],
            [1200, 900, 2100],
        ),
        (
            "أبغى أشوف عدد الطلبات كل شهر مارس تسعمية أبريل ألف ومية مايو ألف وثلاثمية",
            ["مارس", "أبريل", "مايو"],
            [900, 1100, 1300],
        ),
    ],
)
def test_dictated_series_is_read_as_data_with_ordinals_and_names_as_labels(
    question: str, categories: list[str], values: list[float]
) -> None:
    data = extract_data(question)
    assert data is not None
    assert data.categories == categories and data.values == values


def test_spelled_values_beside_typed_years_are_read() -> None:
    """Years typed as digits, values said as one-word numbers: each spelled value is a quantity."""
    said = "allora fammi vedere gli abbonamenti 2020 cinquemilacento 2021 seimilaquattrocento"
    assert spelled_numbers(said, "it") == "allora fammi vedere gli abbonamenti 2020 5100 2021 6400"
    data = extract_data(said)
    assert data is not None and data.categories == ["2020", "2021"] and data.values == [5100, 6400]
    german = "Mitglieder 2022 dreitausendeinhundert, 2023 viertausendzweihundert"
    assert spelled_numbers(german, "de") == "Mitglieder 2022 3100, 2023 4200"
    # one spelled quantity beside digits, or small words beside them, stay as written
    assert spelled_numbers("nel 2021 erano duemila", "it") == "nel 2021 erano duemila"
    assert (
        spelled_numbers("in 2022 waren es zwei und 2023 drei", "de") == "in 2022 waren es zwei und 2023 drei"
    )


def test_a_polish_quarter_series_said_aloud_routes_to_a_chart() -> None:
    question = (
        "potrzebuję pokazać ile było zgłoszeń w każdym kwartale pierwszy trzysta dwadzieścia "
        "drugi dwieście pięćdziesiąt trzeci czterysta czwarty trzysta dziesięć"
    )
    assert language(question) == "pl"
    assert route(question).kind == "chart"
    data = extract_data(question)
    assert data is not None and data.values == [320, 250, 400, 310]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("sei sicuro che il grafico sia giusto? fammi vedere una slide e un grafico", "it"),
        ("fammi tre slide e quattro grafici", "it"),
        ("hazme un gráfico con una barra por mes y un título", "es"),
        ("faz um resumo em uma página com um título", "pt"),
        ("fais un graphique avec une barre et un titre", "fr"),
        ("mach mir ein Diagramm mit einer Linie und ein Bild", "de"),
        ("pokaż mi wykres i tabelę i jeden obraz", "pl"),
        ("покажи график и таблицу и один слайд", "ru"),
        ("make three slides about the launch", "en"),
        # "per cento" is a percent, not a hundred: one quantity alone stays a word
        ("circa trenta per cento", "it"),
    ],
)
def test_ordinary_sentences_keep_their_words(text: str, lang: str) -> None:
    assert spelled_numbers(text, lang) == text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an everyday word right after a listed number would be read as one of the list
        ("sono venti, sei sicuro? e poi trenta", "it", "sono 20, sei sicuro? e poi 30"),
        ("tenemos treinta, una más que ayer, y cuarenta", "es", "tenemos 30, una más que ayer, y 40"),
        ("foram trinta, um a mais, depois quarenta", "pt", "foram 30, um a mais, depois 40"),
        ("il y en a trente, une de plus, puis quarante", "fr", "il y en a 30, une de plus, puis 40"),
        ("es waren zwanzig, ein Rekord, dann dreißig", "de", "es waren 20, ein Rekord, dann 30"),
        ("było dwadzieścia i trzydzieści", "pl", "było 20 i 30"),
        ("было двадцать и тридцать", "ru", "было 20 и 30"),
        # ordinals are the labels of the values
        ("pierwszy dwieście drugi trzysta", "pl", "pierwszy 200 drugi 300"),
        ("primo trecento secondo quattrocento", "it", "primo 300 secondo 400"),
        ("primero cuarenta segundo cincuenta", "es", "primero 40 segundo 50"),
        # words that hold number words inside them, or a name that is one
        ("eventi venti, concerti trenta", "it", "eventi 20, concerti 30"),
        ("Einheiten zwanzig, Dreiecke dreißig, Elfen vierzig", "de", "Einheiten 20, Dreiecke 30, Elfen 40"),
        ("Mila ha venti anni e trenta amici", "it", "Mila ha 20 anni e 30 amici"),
    ],
)
def test_words_beside_a_dictated_series_stay_words(text: str, lang: str, expected: str) -> None:
    assert spelled_numbers(text, lang) == expected


def test_a_weak_word_after_a_number_is_not_its_units() -> None:
    """'venti sei' is 20 then 'you are', and 'zwanzig ein' is no 21 (German says 'einundzwanzig')."""
    assert spelled_numbers("venti sei trenta", "it") == "20 sei 30"
    assert spelled_numbers("zwanzig ein dreißig", "de") == "20 ein 30"
    # while a joiner makes a whole number of it
    assert spelled_numbers("vinte e um, trinta e dois", "pt") == "21, 32"


def test_percent_said_in_words_is_data_and_not_a_hundred() -> None:
    assert spelled_numbers("treinta por ciento y veinte por ciento", "es") == "30 por ciento y 20 por ciento"
    assert spelled_numbers("trenta per cento e venti per cento", "it") == "30 per cento e 20 per cento"
    assert spelled_numbers("dos coma cinco millones y tres millones", "es") == "2,5 million y 3 million"

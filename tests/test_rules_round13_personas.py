"""Round 13, personas: questions said the way a non-native writer, a polite letter writer, a teen
or a grandparent says them (none taken from a labelled set). A survey's "yes/no" answers are
labels, a numbered word ("1분단") is no unit, a year's value after a dash may group its thousands
("2019 – 1 100"), a hierarchy given after "draw" is a diagram, and a closing emoji is no part of
the last item. Each mechanism has negative cases that must keep their old reading."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules.extract import extract_data
from generators.rules.numbers import find_numbers
from tests.rules_plans import PLANNER, dumped, plan_of

# ------------------------------------------------------------------- yes / no answers as labels


@pytest.mark.parametrize(
    ("question", "labels", "values"),
    [
        ("pie chart of the poll please: Yes 48, No 40, Not sure 12", ["Yes", "No", "Not sure"], [48, 40, 12]),
        ("donut of who wants the trip: yes 17, no 9", ["yes", "no"], [17, 9]),
        ("gráfico circular de la votación: sí 70, no 25, no sé 5", ["sí", "no", "no sé"], [70, 25, 5]),
        ("camembert du sondage : oui 55, non 35, sans avis 10", ["oui", "non", "sans avis"], [55, 35, 10]),
    ],
)
def test_yes_no_answers_are_labels(question: str, labels: list[str], values: list[float]) -> None:
    plan = plan_of(question)
    assert plan.kind == "chart"
    assert plan.categories == labels
    assert plan.series[0].values == values


def test_no_alone_is_still_a_rank() -> None:
    # without a "yes" in the list, "No 7" is a number's rank, not an answer
    assert [n.value for n in find_numbers("room No 7 costs 90", "en")] == [90]
    assert extract_data("No 5 is the best room, No 7 is 20 m2") is None


# ------------------------------------------------------------------- Korean numbered words


def test_numbered_korean_word_is_no_unit() -> None:
    plan = plan_of("반별 우유 남은 개수 비교해줘 1분단 9개, 2분단 4개, 3분단 11개 ㅎㅎ")
    assert plan.kind == "chart"
    assert plan.categories == ["1분단", "2분단", "3분단"]
    assert plan.series[0].values == [9, 4, 11]
    assert "ㅎㅎ" not in dumped(plan)


@pytest.mark.parametrize(("text", "unit"), [("회의 30분에 끝남", "min"), ("산책 10분씩 3번", "min")])
def test_korean_unit_before_a_particle_stays_a_unit(text: str, unit: str) -> None:
    assert find_numbers(text, "ko")[0].unit == unit


# ------------------------------------------------------------------- a year, a dash, a grouped value


@pytest.mark.parametrize(
    ("question", "values"),
    [
        (
            "Bonjour, pourriez-vous me faire une animation de la croissance de nos adhérents ? "
            "2019 – 1 200, 2020 – 2 100, 2021 – 3 400. Merci d'avance.",
            [1200, 2100, 3400],
        ),
        (
            "Добрый день! Сделайте, пожалуйста, анимацию роста числа подписчиков: "
            "2020 – 4 500, 2021 – 7 800, 2022 – 12 300. Спасибо!",
            [4500, 7800, 12300],
        ),
    ],
)
def test_year_dash_grouped_value(question: str, values: list[float]) -> None:
    plan = plan_of(question)
    assert plan.kind == "animation"
    assert values == [int(v) for v in plan.scenes[-1].visual.series[0].values]


def test_year_range_stays_a_range() -> None:
    # "2019 - 21" is a span of years, not 21 in 2019
    assert [n.value for n in find_numbers("saison 2019 - 21 : 45 points", "fr")] == [45]


# ------------------------------------------------------------------- a hierarchy to draw


@pytest.mark.parametrize(
    ("question", "nodes"),
    [
        (
            "dibuja la estructura de mi web en forma de árbol: Inicio > Ropa (Camisas, Pantalones), "
            "Zapatos (Botas, Sandalias), Contacto",
            ["Inicio", "Ropa", "Camisas", "Pantalones", "Zapatos", "Botas", "Sandalias", "Contacto"],
        ),
        (
            "okul sitemizi ağaç olarak çiz: Ana sayfa > Dersler (Matematik, Fizik), Duyurular 📢",
            ["Ana sayfa", "Dersler", "Matematik", "Fizik", "Duyurular"],
        ),
        (
            "narysuj moją stronę w formie drzewa: Start > Sklep (Kubki, Koszulki), Kontakt",
            ["Start", "Sklep", "Kubki", "Koszulki", "Kontakt"],
        ),
    ],
)
def test_draw_a_given_hierarchy_is_a_tree(question: str, nodes: list[str]) -> None:
    plan = plan_of(question)
    assert plan.kind == "diagram"
    assert plan.diagram_type == "tree"
    assert [n.label for n in plan.nodes] == nodes


@pytest.mark.parametrize(
    "question",
    [
        "dibuja un árbol con manzanas rojas al atardecer",
        "ağaç çiz, sonbaharda, yaprakları sarı",
        "narysuj kota w kapeluszu",
    ],
)
def test_draw_without_a_structure_stays_an_image(question: str) -> None:
    assert plan_of(question).kind == "image"


# ------------------------------------------------------------------- a process question answered by its steps


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        (
            "How, in short, does our leave request work? An employee fills in the form, the team lead "
            "signs it, HR checks the balance, and the request is either granted or returned with a note.",
            "An employee fills in the form",
            "the request is either granted or returned with a note",
        ),
        (
            "How does the library's interlibrary loan work? The reader orders the book online, the desk "
            "contacts the partner library, the book arrives by courier, and the reader collects it.",
            "The reader orders the book online",
            "the reader collects it",
        ),
    ],
)
def test_process_question_with_own_steps_is_a_flow(question: str, first: str, last: str) -> None:
    plan = plan_of(question)
    assert plan.kind in ("diagram", "infographic")  # a flow or a steps block, the steps whole and in order
    text = dumped(plan).casefold()
    assert first.casefold() in text
    assert last.casefold() in text
    assert text.index(first.casefold()) < text.index(last.casefold())


def test_what_question_with_a_long_sentence_is_no_flow() -> None:
    # the longer item limit is for steps of a process; a "what" question keeps the short one
    plan = plan_of(
        "What should I pack for the lake trip? A tent, two sleeping bags, the small gas stove, and "
        "whatever warm clothes we can still fit in the back of the car this time."
    )
    assert plan.kind != "diagram"


# ------------------------------------------------------------------- facts after asking for a powerpoint


@pytest.mark.parametrize(
    ("question", "title", "facts"),
    [
        (
            "Could you do a slideshow for the choir's AGM? We sang at 9 concerts, membership grew to 41, "
            "the Christmas show sold out, and ticket income was €2,300.",
            "Choir's AGM",
            [
                "We sang at 9 concerts",
                "Membership grew to 41",
                "The Christmas show sold out",
                "Ticket income was €2,300",
            ],
        ),
        (
            "Can you make a PowerPoint about the allotment's year? 14 plots let, the shed was rebuilt, "
            "the plant sale raised $1,480, and two new beehives arrived.",
            "Allotment's year",
            [
                "14 plots let",
                "The shed was rebuilt",
                "The plant sale raised $1,480",
                "Two new beehives arrived",
            ],
        ),
    ],
)
def test_powerpoint_then_facts_is_a_deck_of_them(question: str, title: str, facts: list[str]) -> None:
    plan = plan_of(question)
    assert plan.kind == "slides"
    assert plan.title == title
    assert [b for s in plan.slides for b in s.bullets] == facts


def test_thousands_comma_is_no_clause_end_but_a_question_is_no_deck() -> None:
    # a question about slides with sentences after it asks nothing to be made
    assert (
        plan_of("Why do slides need titles? Mine are long, they have pictures, and the fonts are small.").kind
        == "text"
    )


# ------------------------------------------------------------------- "render of" in other languages


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("render de una casa de madera en los Pirineos, nevando, para la portada", "casa de madera"),
        ("Rendering von Hamburg im Jahr 2300 im Sci-Fi-Stil", "Hamburg"),
        ("render di una piazza di Napoli nel 2200, stile fantascienza", "piazza di Napoli"),
    ],
)
def test_render_of_is_an_image(question: str, subject: str) -> None:
    plan = plan_of(question)
    assert plan.kind == "image"
    assert plan.prompt.startswith(subject)


@pytest.mark.parametrize(
    "question",
    ["el render tarda mucho, ¿cómo acelero Blender?", "render strony trwa 3 s, 4 s i 5 s, co poprawić?"],
)
def test_render_talk_is_no_image(question: str) -> None:
    assert plan_of(question).kind != "image"


# ------------------------------------------------------------------- changes told without "from"


def test_changes_without_from_after_went() -> None:
    plan = plan_of(
        "need something for the team tmrw lol: retention went 22% to 35%, load time 4 to 2 s "
        "and NPS 31 to 44. no idea what format"
    )
    assert plan.kind in ("infographic", "slides")
    text = dumped(plan)
    for shown in ("22% → 35%", "4 → 2", "31 → 44"):
        assert shown in text


@pytest.mark.parametrize(
    "text",
    [
        "it takes 3 to 5 min, costs 10 to 20 dollars",
        "prices rose 2 to 3 percent, wages 1 to 2 percent",
        "sales went 10 to 14, then we hired 3 to 5 people",
    ],
)
def test_ranges_are_no_changes(text: str) -> None:
    from generators.rules.changes import changes

    assert [c.what for c in changes(text)] == (["sales"] if text.startswith("sales") else [])


# ------------------------------------------------------------------- "samen te vatten": summarise, split in Dutch

_BUDGET = __import__("pandas").DataFrame(
    {"month": ["Jan", "Feb", "Mar"], "groceries": [410, 385, 432], "energy": [120, 135, 98]}
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Dag, zou je zo lief willen zijn om dit overzicht even samen te vatten? Dank je wel!", "text"),
        ("Kun je deze tabel voor mij samenvatten?", "text"),
        ("Kun je van deze tabel een staafdiagram maken?", "chart"),
    ],
)
def test_dutch_split_summarise_with_a_table(question: str, kind: str) -> None:
    plan = PLANNER.plan(PlanRequest(question=question, table=_BUDGET, table_name="budget.csv")).plan
    assert plan.kind == kind


def test_keynote_ish_is_no_form_name() -> None:
    # "keynote-ish": a word built on the form's name, kept whole in the title
    plan = plan_of("a keynote-ish recap for the all hands: wins – new app, 10k users; ask – referrals")
    assert "keynote-ish" in dumped(plan).casefold()

"""Round 13 of the rules planner: content the user supplies is laid out even offline, with
sentences written for this test (none taken from a labelled set): facts given as a sentence after
a request for a deck, changes told "from A to B", numbers said as words in a list, pros/cons under
"good/bad" headings in many languages, do/don't and cheat sheets, relation verbs between services,
swimlanes, and ring charts. Each mechanism has negative cases that must keep their old reading."""

from __future__ import annotations

import pytest

from generators.rules import route
from generators.rules.content import supplied
from generators.rules.relations import relation_graph
from generators.rules.spelled import spelled_numbers
from generators.rules.spoken import stated
from tests.rules_plans import dumped, plan_of

# ------------------------------------------------------------------- facts written as a sentence


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        (
            "Could you make some slides about the allotment season? We grew 40 kg of potatoes, "
            "the shed got a new roof, and two plots went to new families.",
            ["We grew 40 kg of potatoes", "the shed got a new roof", "two plots went to new families"],
        ),
        (
            "¿Puedes hacer unas diapositivas sobre el año del coro? Dimos ocho conciertos, "
            "grabamos un disco y vinieron doce voces nuevas.",
            ["Dimos ocho conciertos", "grabamos un disco", "vinieron doce voces nuevas"],
        ),
        (
            "Peux-tu préparer une présentation sur notre trimestre ? Nous avons ouvert deux magasins, "
            "le chiffre d'affaires a augmenté et l'équipe a recruté trois vendeurs.",
            [
                "Nous avons ouvert deux magasins",
                "le chiffre d'affaires a augmenté",
                "l'équipe a recruté trois vendeurs",
            ],
        ),
    ],
)
def test_deck_lays_out_facts_given_as_a_sentence(question: str, facts: list[str]) -> None:
    plan = plan_of(question)
    assert plan.kind == "slides", (question, plan.kind)
    text = dumped(plan).casefold()
    for fact in facts:
        assert fact.casefold() in text, (fact, text[:400])
    assert "can't research" not in text and "no puede investigar" not in text


def test_stated_keeps_every_fact_and_the_topic() -> None:
    got = stated(
        "Can you put together a deck on the swim club's summer? We had 31 swimmers, won 4 medals, "
        "and the pool reopened in July."
    )
    assert got is not None
    assert got.items == ["We had 31 swimmers", "won 4 medals", "the pool reopened in July"]
    assert "swim club" in got.lead.casefold()


@pytest.mark.parametrize(
    "question",
    [
        # instructions about the deck are not facts to lay out
        "Can you make slides about the history of Rome? It should be engaging, include images, and keep it short.",
        # a question after the request is asked, not stated
        "Could you make a presentation on our move? Where do we start, what do we pack, who drives?",
        # what the deck is for, then its topics: context, not facts
        "Could you put together a deck on beekeeping? It's for a talk at my school — hives, honey, and stings.",
        # a chatty message with no visual asked for
        "We had 22 members, ran 5 author talks, the bake sale made £410, and we got a new room.",
    ],
)
def test_stated_refuses_instructions_questions_and_no_request(question: str) -> None:
    assert stated(question) is None


def test_and_inside_a_fact_stays_whole() -> None:
    got = stated("Can you make slides on the fair? We sold jam and honey, raised £300, met the mayor.")
    assert got is not None
    assert "We sold jam and honey" in got.items


# ------------------------------------------------------------------ changes from one value to another


def test_changes_with_no_form_named_become_key_numbers_and_keep_unmeasured_facts() -> None:
    question = (
        "boss wants proof the new checkout helps, conversion went from 2.1% to 3.4% and load time "
        "dropped from 8 to 3 seconds and refunds went down a bit"
    )
    assert route(question).kind == "infographic"
    plan = plan_of(question)
    text = dumped(plan)
    assert plan.kind == "infographic"
    assert "2.1% → 3.4%" in text and "8 → 3" in text
    assert "seconds" in text
    assert "Refunds went down a bit" in text  # the change told without a number is not dropped


def test_a_question_about_changes_stays_text() -> None:
    assert route("why did conversion go from 2.1% to 3.4% and load time drop from 8 to 3?").kind == "text"


# ------------------------------------------------------------------- numbers written as words


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "the shelter took in five rabbits seven cats and two ferrets last week",
            "5 rabbits, 7 cats and 2 ferrets",
        ),
        ("we planted eight oaks, six birches and four maples", "8 oaks, 6 birches and 4 maples"),
        (
            "sales were three hundred ten in march three twenty five in april and three forty in may",
            "310 in march, 325 in april and 340 in may",
        ),
    ],
)
def test_spelled_quantities_in_a_list_become_digits(question: str, expected: str) -> None:
    assert expected in spelled_numbers(question, "en")


@pytest.mark.parametrize(
    "question",
    [
        "one of the three options is best",
        "make three slides with two columns and one chart",
        "it costs two ninety nine",  # no hundreds anywhere else: not 299
        "we have two dogs and a fish",
    ],
)
def test_spelled_words_that_are_no_list_stay_words(question: str) -> None:
    assert spelled_numbers(question, "en") == question


def test_spelled_counts_chart_reads_the_values() -> None:
    plan = plan_of("the shelter took in five rabbits seven cats and two ferrets last week")
    assert plan.kind == "chart"
    assert plan.categories == ["rabbits", "cats", "ferrets"]
    assert plan.series[0].values == [5.0, 7.0, 2.0]


def test_spoken_hundreds_chart_reads_the_values() -> None:
    plan = plan_of(
        "visitors were three hundred ten in march three twenty five in april and three forty in may"
    )
    assert plan.kind == "chart"
    assert plan.series[0].values == [310.0, 325.0, 340.0]


# ------------------------------------------------------------------ pros and cons, good and bad


@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        (
            "Working from home: good vs bad. Good: no commute, quiet. Bad: lonely, blurry hours.",
            "no commute",
            "lonely",
        ),
        (
            "Vivir en Madrid. Lo bueno: el clima, la comida. Lo malo: el alquiler, el ruido.",
            "clima",
            "alquiler",
        ),
        ("Umzug nach Wien. Vorteile: Kultur, Cafés. Nachteile: Mieten, Bürokratie.", "Kultur", "Mieten"),
        ("Переезд в Казань. Плюсы: цены, еда. Минусы: зима, пробки.", "цены", "зима"),
        ("Istanbul'a taşınmak. Artılar: yemek, deniz. Eksiler: trafik, kira.", "yemek", "trafik"),
    ],
)
def test_two_sides_become_a_comparison(question: str, left: str, right: str) -> None:
    plan = plan_of(question)
    assert plan.kind == "infographic", (question, plan.kind)
    block = plan.blocks[0]
    assert block.type == "comparison"
    assert any(left.casefold() in it.casefold() for it in block.left_items + block.right_items)
    assert any(right.casefold() in it.casefold() for it in block.left_items + block.right_items)


def test_clause_naming_the_sides_is_the_title_not_a_section() -> None:
    got = supplied("Working from home: good vs bad. Good: no commute, quiet. Bad: lonely, blurry hours.")
    assert got is not None and got.sided
    assert [h for h, _ in got.sections] == ["Good", "Bad"]
    assert got.lead.startswith("Working from home")


def test_two_sections_that_are_not_sides_are_not_sided() -> None:
    got = supplied("Trip plan. Morning: museum, lunch. Evening: concert, dinner.")
    assert got is not None and not got.sided


# ------------------------------------------------------------------ do/don't and cheat sheets


def test_do_dont_sheet_is_a_comparison_titled_by_its_topic() -> None:
    plan = plan_of(
        "Make a do/don't sheet for new baristas: do greet every guest, do wipe the steam wand; don't rush the milk"
    )
    assert plan.kind == "infographic"
    block = plan.blocks[0]
    assert block.type == "comparison"
    assert block.left_items == ["Greet every guest", "Wipe the steam wand"]
    assert block.right_items == ["Rush the milk"]
    assert plan.title == "New baristas"


@pytest.mark.parametrize(
    "question",
    [
        "Git kopya kağıdı: git add – dosya ekle, git commit – kaydet, git push – gönder",
        "Шпаргалка по vim: dd – удалить строку, yy – копировать, p – вставить",
        "cheatsheet for tmux: ctrl-b c – new window, ctrl-b n – next window, ctrl-b d – detach",
    ],
)
def test_cheat_sheets_are_infographics(question: str) -> None:
    plan = plan_of(question)
    assert plan.kind == "infographic", (question, plan.kind)


def test_asking_what_a_cheat_sheet_is_stays_text() -> None:
    assert route("what is a cheat sheet?").kind == "text"


# ------------------------------------------------------------------ relation verbs


def test_services_calling_each_other_are_a_network() -> None:
    question = "how do these pieces fit together? web calls api and auth; api uses postgres and redis; auth sends to mailer"
    assert route(question).kind == "diagram"
    plan = plan_of(question)
    assert plan.kind == "diagram"
    labels = [n.label for n in plan.nodes]
    assert labels == ["web", "api", "auth", "postgres", "redis", "mailer"]
    assert len(plan.edges) == 5


@pytest.mark.parametrize(
    ("question", "nodes"),
    [
        ("la web llama a la api; la api usa postgres y redis; la api envía a colas", 5),
        ("die App sendet an den Server; der Server verwendet die Datenbank", 3),
        ("фронтенд обращается к серверу; сервер использует базу", 3),
        ("web wywołuje api; api używa bazy", 3),
    ],
)
def test_relation_verbs_in_other_languages(question: str, nodes: int) -> None:
    graph = relation_graph(question)
    assert graph is not None and graph.statements >= 2
    assert len(graph.labels) == nodes, graph.labels


def test_a_declined_russian_name_is_one_node() -> None:
    graph = relation_graph("Анна руководит Олегом и Мариной; Олег руководит Петром")
    assert graph is not None
    assert graph.labels == ["Анна", "Олегом", "Мариной", "Петром"]


# ------------------------------------------------------------------ swimlanes and ring charts


@pytest.mark.parametrize(
    "question",
    [
        "Диаграмма с дорожками для закупки: отдел запрашивает, финансы одобряют, склад принимает",
        "diagrama de carriles para compras: el equipo pide, finanzas aprueba, almacén recibe",
        "swim-lane chart for hiring: HR posts the job, manager interviews, IT sets up the laptop",
    ],
)
def test_swimlanes_are_diagrams(question: str) -> None:
    assert plan_of(question).kind == "diagram"


def test_ring_chart_is_a_donut_not_an_org_chart() -> None:
    plan = plan_of("ring chart of our staff by contract: permanent 70%, fixed term 20%, freelance 10%")
    assert plan.kind == "chart"
    assert plan.chart_type == "donut"
    assert plan.series[0].values == [70.0, 20.0, 10.0]


def test_chart_of_our_staff_without_a_chart_type_is_still_an_org_chart() -> None:
    assert route("chart of our staff: Ana leads, Ben and Cy report to her").kind == "diagram"


def test_swimlane_steps_with_a_bare_sends_stay_steps() -> None:
    plan = plan_of(
        "swimlane of returns: shop sends parcel, warehouse checks item, finance refunds, customer gets email"
    )
    assert plan.kind == "diagram"
    assert [n.label for n in plan.nodes][:2] == ["shop sends parcel", "warehouse checks item"]

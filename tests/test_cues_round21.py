"""Round 21 cues of the offline planner, each asserted on the plan it makes: terse image prompts and art
styles named by a studio, a picture described over an attached table, the states of a thing listed, a
screen behind the speaker, prose to write from given facts, 'is this normal?' in other languages, and
form words typed with a letter dropped."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.content import supplied
from generators.rules.router import route
from generators.rules.scene_words import terse_scene
from generators.rules.words import typo_cue


def _plan(question: str, table: pd.DataFrame | None = None, table_name: str = ""):
    return RulesPlanner().plan(PlanRequest(question, table=table, table_name=table_name)).plan


@pytest.mark.parametrize(
    ("question", "prompt"),
    [
        ("esports arena crowd, neon", "esports arena crowd, neon"),
        ("vineyard at sunrise, mist", "vineyard at sunrise, mist"),
        ("cabaña en la nieve, acogedora", "cabaña en la nieve, acogedora"),
        ("маяк в тумане", "маяк в тумане"),
        ("夜の屋台でラーメンを作る猫、ジブリっぽく", "夜の屋台でラーメンを作る猫、ジブリっぽく"),
        ("a fox in a library, ghibli-style", "a fox in a library, ghibli-style"),
    ],
)
def test_a_terse_scene_or_a_named_style_is_an_image_prompt(question, prompt) -> None:
    plan = _plan(question)
    assert plan.kind == "image"
    assert plan.prompt == prompt


@pytest.mark.parametrize(
    "question",
    [
        "sales by region pie",
        "onboarding steps pls",
        "helium, neon, argon",
        "tent, lanterns, sleeping bags, stove",
        "rainy day activities for kids",
        "night shift rota, nurses",
        "storm damage claims",
        "pastel de nata, pastel de queso",
        "sunset times by month",
    ],
)
def test_short_data_or_topic_requests_are_no_scene(question) -> None:
    assert terse_scene(question) is None
    assert _plan(question).kind != "image"


def test_a_picture_described_over_a_table_is_the_picture_not_a_chart() -> None:
    rooms = pd.DataFrame(
        {"room": ["Pharaoh's Tomb", "The Lab", "Pirate Cove"], "players": [4, 5, 3], "minutes": [52, 60, 47]}
    )
    plan = _plan("pic for the website: the pharaohs tomb room, dusty gold, torches", rooms, "escape_rooms")
    assert plan.kind == "image"
    assert (
        plan.prompt == "the pharaohs tomb room, dusty gold, torches"
    )  # the lead is where it goes, not the scene
    # a picture word over the rows' figures stays the rows' chart
    assert _plan("a picture of minutes by room", rooms, "escape_rooms").kind == "chart"


def test_a_quoted_passage_is_the_prompt_of_the_picture_asked_for_it() -> None:
    plan = _plan(
        'Begin van mijn reisverslag: "Op de derde dag reden we over de Trollstigen, twaalf haarspeldbochten, '
        'met watervallen aan alle kanten en mist die over de weg kroop." Kun je daar een sfeerbeeld bij maken?'
    )
    assert plan.kind == "image"
    assert plan.prompt.startswith("Op de derde dag reden we over de Trollstigen")
    assert "sfeerbeeld" not in plan.prompt


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("states of a ticket: reserved, paid, printed, scanned, refunded",
         ["reserved", "paid", "printed", "scanned", "refunded"]),
        ("estados de un pedido: pendiente, pagado, enviado, entregado", ["pendiente", "pagado", "enviado", "entregado"]),
        ("Status eines Auftrags: offen, bezahlt, versandt, geliefert", ["offen", "bezahlt", "versandt", "geliefert"]),
        ("статусы заказа: новый, оплачен, отправлен, доставлен", ["новый", "оплачен", "отправлен", "доставлен"]),
        ("チケットの状態：予約済み、支払い済み、発券済み、使用済み", ["予約済み", "支払い済み", "発券済み", "使用済み"]),
        ("주문 상태: 접수, 결제, 배송, 완료", ["접수", "결제", "배송", "완료"]),
    ],
)  # fmt: skip
def test_the_states_of_a_thing_listed_are_a_chain_of_states(question, labels) -> None:
    plan = _plan(question)
    assert plan.kind == "diagram"
    assert [n.label for n in plan.nodes] == labels
    ids = [n.id for n in plan.nodes]
    assert [(e.source, e.target) for e in plan.edges] == list(itertools.pairwise(ids))


@pytest.mark.parametrize(
    "question", ["United States: Texas, Ohio, Utah", "the states of the US: Texas, Ohio, Utah"]
)
def test_states_of_a_country_are_no_state_flow(question) -> None:
    assert _plan(question).kind != "diagram"


@pytest.mark.parametrize(
    "question",
    [
        "fundraiser talk next week, i want something on the screen behind me while i speak:\n"
        "1 our story (started 2009 in a church hall)\n2 the tour to Vienna\n3 how to give",
        "Spendenabend nächste Woche, ich will etwas auf der Leinwand hinter mir, während ich rede: "
        "unsere Geschichte, die Reise, wie man spendet",
        "cena benéfica, quiero algo en la pantalla detrás de mí mientras hablo: nuestra historia, el viaje, cómo donar",
        "我讲话的时候身后的屏幕上放点东西：我们的故事、维也纳之行、如何捐款",
    ],
)
def test_something_on_the_screen_behind_the_speaker_is_a_deck(question) -> None:
    plan = _plan(question)
    assert plan.kind == "slides"
    assert len(plan.slides) == 1 and len(plan.slides[0].steps or plan.slides[0].bullets) == 3
    assert not any(
        w in plan.title.casefold() for w in ("screen", "leinwand", "pantalla")
    )  # the ask is no title


def test_a_talk_outline_numbered_without_dots_is_three_points_titled_by_the_talk() -> None:
    plan = _plan(
        "fundraiser talk next week, i want something on the screen behind me while i speak:\n"
        "1 our story (started 2009 in a church hall)\n2 the tour to Vienna\n3 how to give"
    )
    assert plan.title == "Fundraiser talk next week"
    assert [s.title for s in plan.slides[0].steps] == [
        "Our story (started 2009 in a church hall)",
        "The tour to Vienna",
        "How to give",
    ]
    given = supplied("ski passes\n1 X: 12\n8 X: 15\n15 X: 9")  # numbers that are no running count stay
    assert given is None or all(not i.startswith(("X:", "12")) for i in given.items)


def test_my_screen_flickering_when_i_talk_is_no_deck() -> None:
    assert route("my screen keeps flickering when i talk on zoom, why?").kind != "slides"


@pytest.mark.parametrize(
    "question",
    [
        "신랑 민수랑 대학 동기, 10년 친구\n- 군대 같이 감\n- 캠핑 좋아함\n- 신부 지은씨는 소개로 만남\n"
        "이걸로 결혼식 축사 3분짜리 써줘",
        "met at uni, friends for 10 years, we love camping:\nwrite a 3-minute wedding speech from this",
        "schreib mir eine kurze Dankesrede für unseren Trainer: 12 Jahre im Verein, zwei Aufstiege",
        "escríbeme un brindis para la boda: se conocieron en Lisboa, viajan mucho, tienen un perro",
        "帮我写一篇婚礼致辞：新郎是我大学同学，认识十年，一起当过兵",
    ],
)
def test_prose_to_write_from_given_facts_is_text(question) -> None:
    plan = _plan(question)
    assert plan.kind == "text"


def test_notes_for_a_speech_are_shown_with_a_line_that_no_speech_was_written() -> None:
    plan = _plan(
        "신랑 민수랑 대학 동기, 10년 친구\n- 군대 같이 감\n- 캠핑 좋아함\n이걸로 결혼식 축사 3분짜리 써줘"
    )
    assert plan.answer.startswith("_") and "LLM" in plan.answer  # says it writes no prose
    assert "군대 같이 감" in plan.answer  # and drops none of the notes


def test_help_me_write_slides_is_still_a_deck_ask() -> None:
    assert route("write slides for my speech: intro, results, thanks").kind == "slides"


@pytest.mark.parametrize(
    "question",
    [
        "> Estimado cliente: su póliza de hogar no cubre objetos robados del interior de vehículos.\n"
        "> Atentamente, Seguros Miramar\npregunta rápida, ¿esto es normal? me robaron el móvil del coche",
        "Der Vermieter behält 300 € Kaution für die Reinigung ein, Küche, Bad, Flur. Ist das erlaubt?",
        "房东扣了押金：清洁费、换锁费、油漆费。这正常吗",
    ],
)
def test_whether_something_is_normal_or_allowed_is_answered_in_words(question) -> None:
    assert _plan(question).kind == "text"


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("flowchrat", "diagram"),
        ("flowchat", "diagram"),
        ("presentaion", "slides"),
        ("infogrphic", "infographic"),
    ],
)
def test_form_words_typed_with_two_letters_swapped_or_one_left_out(word, kind) -> None:
    assert route(f"{word}: plan, build, ship, review").kind == kind


@pytest.mark.parametrize("word", ["explore", "sides", "roster", "photography", "looking", "record"])
def test_real_words_near_a_form_word_are_no_typo(word) -> None:
    from generators.rules.scoring import route_cues

    cues = [c for kind_cues in route_cues().values() for c in kind_cues]
    assert typo_cue(f"the {word} of the team", cues) is None


def test_a_picture_told_after_the_quoted_text_to_print_is_the_prompt() -> None:
    plan = _plan(
        'Flyer text: "Read with Me — volunteers needed to listen to children read, one hour a week, at Oakfield '
        'Primary." Need the picture for the top: an older volunteer and a child reading a book together, warm colours.'
    )
    assert plan.kind == "image"
    assert plan.prompt.startswith("an older volunteer and a child reading")
    assert "volunteers needed" not in plan.prompt


def test_the_look_asked_beside_a_quoted_passage_stays_in_the_prompt() -> None:
    plan = _plan(
        "For our allotment newsletter I wrote this intro. Could you make a picture to go with it? Something warm, "
        'painterly.\n\n"As the first frost settles on the brassicas, the scarecrow keeps watch over a quiet site '
        'in the late afternoon."'
    )
    assert plan.kind == "image"
    assert plan.prompt.startswith("As the first frost settles")
    assert plan.prompt.endswith("Something warm, painterly")  # the look is kept, the ask and the lead are not
    assert "newsletter" not in plan.prompt and "Could you" not in plan.prompt

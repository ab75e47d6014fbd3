"""Round 20 mends: one reader of slide counts (digits, counters and number words in any case), one
"word N" series reader, one list of motion words, plain-text asks stated up front, decimal commas
before a multiplier, ask lines kept out of a typed plan, and generated-clip answers in the question's
language."""

from __future__ import annotations

from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.bare_list import asked_count, slide_count
from generators.rules.slides import requested_count


def _plan(question: str) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


# ------------------------------------------------------------------------------ one reader of slide counts


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Сделай презентацию из пяти слайдов о нашем клубе", "ru", 5),
        ("Сделай презентацию из 5 слайдов о нашем клубе", "ru", 5),
        ("презентация с тремя слайдами", "ru", 3),
        ("Przygotuj prezentację z pięciu slajdów o naszej firmie", "pl", 5),
        ("スライドを5枚で新製品の紹介", "ja", 5),
        ("발표 자료 4장", "ko", 4),
        ("a 5-slide deck", "en", 5),
        ("make a single slide about our roadmap", "en", 1),
        ("cinco diapositivas sobre el club", "es", 5),
        ("ابغى عرض تقديمي من ثلاث شرائح", "ar", 3),
        ("a slide about our roadmap", "en", None),  # an article, no count
    ],
)
def test_slides_asked_for_are_read_by_one_reader(text: str, lang: str, count: int | None) -> None:
    assert slide_count(text, lang) == count
    assert requested_count(text) == count
    assert asked_count(text, lang, slides=True) == count


def test_counts_in_other_cases_count_steps_too() -> None:
    assert asked_count("покажи процесс из пяти шагов", "ru") == 5
    assert asked_count("proces w czterech etapach", "pl") == 4


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Сделай презентацию из пяти слайдов о нашем клубе", "Сделай презентацию из 5 слайдов о нашем клубе"),
        (
            "Przygotuj prezentację z pięciu slajdów o naszej firmie",
            "Przygotuj prezentację z 5 slajdów o naszej firmie",
        ),
    ],
)
def test_a_count_in_words_gets_the_deck_the_digits_get(words: str, digits: str) -> None:
    said, typed = _plan(words), _plan(digits)
    assert said.kind == typed.kind == "slides"
    assert said.title == typed.title
    assert len(said.slides) == len(typed.slides) == 4  # and the title slide


def test_slides_counted_about_a_topic_are_titled_with_the_topic() -> None:
    plan = _plan("Сделай презентацию из 5 слайдов о нашем клубе")
    assert "слайд" not in plan.title.lower()
    assert "клуб" in plan.title.lower()


# ------------------------------------------------------------------------------ one "word N" series reader


def test_a_numbered_word_is_read_in_any_script_and_case() -> None:
    from generators.rules.numbered import numbered_head, numbered_word

    hindi = "रूट 1: 12,400 / रूट 2: 9,800 / रूट 3: 15,100"
    assert numbered_head(hindi, hindi.index(":"))
    mixed = "Daily riders Route 1: 12,400, route 2: 9,800, route 3: 15,100"
    assert numbered_head(mixed, mixed.index(":"))
    assert numbered_word("baan", "Baan 1 812, baan 2 774")
    assert not numbered_word("total", "total 12 of 30")


@pytest.mark.parametrize(
    "question",
    [
        "Daily riders Route 1: 12,400, route 2: 9,800, route 3: 15,100",
        "Route 1: 12,400 and route 2: 9,800",
        "रूट 1: 12,400 / रूट 2: 9,800 / रूट 3: 15,100",
    ],
)
def test_a_series_of_numbered_items_with_colons_is_charted_whole(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "chart"
    assert [c.casefold() for c in plan.categories][:2] in (["route 1", "route 2"], ["रूट 1", "रूट 2"])
    assert plan.series[0].values[:2] == [12400.0, 9800.0]


# ------------------------------------------------------------------------------ one list of motion words


@pytest.mark.parametrize(
    "text",
    [
        "step by step, che si muova",
        "paso a paso, que se mueva",
        "Schritt für Schritt, bewegend",
        "adım adım canlandır",
    ],
)
def test_stages_shown_moving_read_every_motion_word(text: str) -> None:
    import re

    from generators.rules.animation import _IN_MOTION

    assert re.search(_IN_MOTION, text, re.I)


def test_a_scene_shown_moving_in_any_language_is_a_clip_without_the_motion_word() -> None:
    assert _plan("show how a lock works, 动起来").kind == "animation"
    plan = _plan("zeig den Wasserkreislauf Schritt für Schritt, bewegend")
    assert plan.kind == "animation"
    assert "bewegend" not in plan.title.lower()


# ------------------------------------------------------------------------------ "just text" said up front


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Solo texto: ventas enero 120, febrero 140, marzo 160", "ventas enero 120"),
        ("just text: sales january 120, february 140, march 160", "sales january 120"),
        ("nur Text: Umsatz Januar 120, Februar 140, März 160", "Umsatz Januar 120"),
        ("только текстом: продажи январь 120, февраль 140, март 160", "продажи январь 120"),
        ("纯文字：销售 一月120，二月140，三月160", "一月120"),
        ("texte seulement : ventes janvier 120, février 140, mars 160", "ventes janvier 120"),
    ],
)
def test_a_plain_text_ask_up_front_writes_the_values_out(question: str, first: str) -> None:
    plan = _plan(question)
    assert plan.kind == "text"
    assert first in plan.answer
    assert "160" in plan.answer  # every value written, none dropped


# ------------------------------------------------------------------------------ a decimal comma is one number


def test_a_decimal_comma_is_no_list_separator_in_a_calculator() -> None:
    from generators.rules.app_more import _SPLIT, _items

    assert _SPLIT.split("horas, tarifa, 1,5 veces") == ["horas", "tarifa", "1,5 veces"]
    assert _items("calculadora: horas y tarifa") == ["horas", "tarifa"]
    assert (
        _items("calculadora: horas y tarifa, las horas extra a 1,5 veces") == []
    )  # a rule stated, not dropped


@pytest.mark.parametrize(
    "question",
    [
        "calculadora de precio: precio = costo × 1,5",
        "calculadora: horas y tarifa, las horas extra a 1,5 veces",
    ],
)
def test_a_factor_with_a_decimal_comma_is_never_two_inputs(question: str) -> None:
    plan = _plan(question)
    labels = [i.label for i in plan.inputs] if plan.kind == "app" else []
    assert "5" not in labels and not any(label.endswith(" 1") for label in labels)
    assert not (plan.kind == "app" and labels == ["Horas", "Tarifa"])  # the overtime rule silently dropped


# ------------------------------------------------------------------------------ an ask line under a typed plan


@pytest.mark.parametrize(
    ("question", "periods"),
    [
        (
            "Plan by month\nJanuary: hire two designers\nFebruary: launch beta\nMarch: marketing push\n"
            "April: public launch\nmake it a chart",
            ["January", "February", "March", "April"],
        ),
        (
            "Plan por mes\nenero: contratar\nfebrero: beta\nmarzo: lanzamiento\nhazlo un gráfico",
            ["enero", "febrero", "marzo"],
        ),
    ],
)
def test_the_ask_line_under_a_plan_by_period_is_no_item(question: str, periods: list[str]) -> None:
    from generators.rules.content import supplied

    given = supplied(question)
    assert given is not None and len(given.items) == len(periods)
    assert not any("chart" in it or "gráfico" in it for it in given.items)
    plan = _plan(question)
    events = [e for b in plan.blocks if b.type == "timeline" for e in b.events]
    assert [e.date for e in events] == periods


# ------------------------------------------------------------------------------ a clip answered in the question's language


@pytest.mark.parametrize(
    ("question", "opening", "subject"),
    [
        (
            "laat zien hoe een sluis werkt met een binnenvaartschip erin, bewegend",
            "Een korte gegenereerde clip",
            "sluis",
        ),
        ("montre comment une abeille danse, que ça bouge", "Un court clip généré", "abeille"),
        ("покажи как работает шлюз, в движении", "Короткий сгенерированный ролик", "шлюз"),
        ("水循环一步一步动起来", "一段生成的短片", "水循环"),
    ],
)
def test_a_generated_clip_is_answered_in_the_language_asked(
    question: str, opening: str, subject: str
) -> None:
    plan = _plan(question)
    assert plan.kind == "animation"
    assert plan.answer.startswith(opening) and subject in plan.answer
    assert "Generated clip" not in plan.scenes[0].visual.alt_text


# ------------------------------------------------------------------------------ units kept as cased, months numbered


def test_a_unit_cased_on_purpose_keeps_its_case_in_a_calculator() -> None:
    plan = _plan("calculator: 300 kWh is 100%")
    assert plan.kind == "app"
    assert [i.label for i in plan.inputs] == ["kWh"]


@pytest.mark.parametrize(
    "question",
    [
        "412 bệnh nhân tháng 1, 380 tháng 2, 450 tháng 3, 500 tháng 4",
        "vẽ biểu đồ 412 bệnh nhân tháng 1, 380 tháng 2, 450 tháng 3, 500 tháng 4",
    ],
)
def test_a_value_said_before_its_numbered_month_is_a_series(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "chart"
    assert plan.categories == ["tháng 1", "tháng 2", "tháng 3", "tháng 4"]
    assert plan.series[0].values == [412.0, 380.0, 450.0, 500.0]


@pytest.mark.parametrize(
    ("question", "periods", "counted"),
    [
        ("visits: 120 week 1, 140 week 2, 160 week 3", ["week 1", "week 2", "week 3"], ""),
        ("412 patients month 1, 380 month 2, 450 month 3", ["month 1", "month 2", "month 3"], "patients"),
    ],
)
def test_a_period_numbered_after_a_value_names_it_and_is_no_unit(
    question: str, periods: list[str], counted: str
) -> None:
    from generators.rules.numbers import find_numbers

    assert all(n.dim == "" for n in find_numbers(question))  # "120 week" is no duration here
    plan = _plan(question)
    assert plan.kind == "chart"
    assert plan.categories == periods
    assert plan.series[0].values[:2] in ([120.0, 140.0], [412.0, 380.0])
    assert plan.unit == counted


def test_a_duration_written_in_two_units_is_still_one_duration() -> None:
    from generators.rules.numbers import find_numbers

    assert [n.dim for n in find_numbers("took 3 weeks 2 days")] == ["duration", "duration"]


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("रूट 1: 12,400 और रूट 2: 9,800", ["रूट 1", "रूट 2"]),
        ("दिल्ली 40 और मुंबई 35 और चेन्नई 38", ["दिल्ली", "मुंबई", "चेन्नई"]),
    ],
)
def test_hindi_and_joins_the_items_of_a_series(question: str, labels: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "chart"
    assert plan.categories == labels  # "और मुंबई": the "and" is no part of the label

"""Tools asked for by what they do, not by name: "something that counts down", "qualcosa che
sceglie per noi", "タップしたら", "세 주는 거". A thing that does a job on the user's input is an app;
a tap is what one does to a tool. Words that only look like a catalogue calculator's name ("units
sold", "wer wem was schuldet") never make one up."""

from __future__ import annotations

from datetime import date

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.app_more import countdown


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    ("question", "month_day"),
    [
        ("for the club website, something that counts down to our open day on 3 october", "10-03"),
        ("qualcosa per il telefono che conti i giorni alla laurea di mia sorella, il 21 luglio", "07-21"),
        ("어린이날(5월 5일)까지 며칠 남았는지 세어 주는 거 있으면 좋겠어", "05-05"),
        ("夏祭り(8月2日)まであと何日か数えてくれるものがほしい", "08-02"),
    ],
)
def test_something_that_counts_the_days_to_a_date_is_a_countdown(question: str, month_day: str) -> None:
    plan = _plan(question)
    assert plan.kind == "app", plan
    target = next(i for i in plan.inputs if i.name == "target")
    assert str(target.default).endswith(month_day)


def test_the_days_left_to_a_date_written_in_cjk_are_read() -> None:
    today = date(2026, 12, 2)
    plan = countdown("수능(11월 14일)까지 며칠 남았는지", "ko", today=today)
    assert plan is not None and plan.inputs[1].default == "2027-11-14"
    assert countdown("6月14日の結婚式まであと何日", "ja", today=today).inputs[1].default == "2027-06-14"


@pytest.mark.parametrize(
    ("question", "items"),
    [
        (
            "never agree on a film, something that picks for us: dune, barbie, up, coco",
            ["dune", "barbie", "up", "coco"],
        ),
        ("algo que elija por nosotros el postre: flan, helado, fruta", ["flan", "helado", "fruta"]),
    ],
)
def test_something_that_chooses_for_us_draws_from_our_list(question: str, items: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "app" and plan.views[0].type == "picker"
    assert [i.lower() for i in plan.views[0].items] == items


@pytest.mark.parametrize(
    "question",
    [
        "a tiny thing for the classroom where the kids tap a card and it says the answer",
        "for the quiz night, something people press and it tells them who answers first",
        "algo para el móvil para marcar los puntos del pádel",
    ],
)
def test_tapping_pressing_and_keeping_score_are_asked_of_a_tool(question: str) -> None:
    from generators.rules.router import route

    assert route(question).kind == "app"


@pytest.mark.parametrize(
    "question",
    [
        "a looping video of a tap dripping for my plumbing page",
        "quantos dias faltam até o natal se hoje é 3 de outubro",  # a number to work out, once: words
        "not slides: one page with the steps: go to the portal, click forgot password, set a new one",
    ],
)
def test_a_tap_a_click_or_a_days_left_question_alone_is_no_tool(question: str) -> None:
    assert _plan(question).kind != "app"


def test_words_that_look_like_a_catalogue_calculator_never_make_one_up() -> None:
    skat = _plan("was, das beim skat die punkte mitschreibt und am ende sagt wer wem wie viel schuldet")
    assert "loan" not in (getattr(skat, "title", "") or "").lower() and "20,000" not in skat.answer
    profit = _plan(
        "a thing my team can play with to try numbers: price, units sold, cost per unit, and it shows the profit"
    )
    assert profit.kind == "app" and "convert" not in (profit.title or "").lower()
    assert "profit" in profit.answer.lower()


@pytest.mark.parametrize(
    "question",
    [
        "хочу записывать, сколько воды я выпила за день, и видеть, сколько набегает за неделю",
        "um app pra controlar gastos: eu coloco o que comprei e ele mostra o total do mês",
        "I want to log every sale at the stall and see how much I've made so far today",
    ],
)
def test_writing_things_down_and_seeing_their_sum_is_a_tracker(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "app" and plan.views[0].type == "log", plan
    names = [f.name for f in plan.views[0].fields]
    # fields are things to type, never a clause of the request ("он вводит", "o que")
    assert not any(n.lower().split()[0] in ("он", "eu", "ele", "que", "i", "and") for n in names), names


def test_a_calculator_asked_without_figures_says_its_values_are_examples() -> None:
    plain = _plan("a savings calculator please")
    assert plain.kind == "app" and plain.answer.startswith("Example values, not yours")
    given = _plan("mortgage calculator for 300,000 at 5% over 30 years")
    assert "Example" not in given.answer and "300,000" in given.answer

"""Round 22: the noise people add to an ask changes no plan. A greeting before the ask, a thank-you
after it, a question typed without its '?' and a form word typed with two letters swapped are read
once where the rules planner starts (`generators.rules.noise`), so router and builders agree; the
user's content is never cut."""

from __future__ import annotations

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.noise import question_marked, tidied, typos_fixed, without_greeting, without_thanks


def _plan(question: str, **kw):
    return RulesPlanner().plan(PlanRequest(question, **kw)).plan


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("hey, who hasnt paid yet", "who hasnt paid yet"),
        ("Hi team, quick one: sketch the flow", "quick one: sketch the flow"),
        ("hello Sam, a pie of this", "a pie of this"),
        ("ok so a poster for the agm", "a poster for the agm"),
        ("привет, сколько это стоит", "сколько это стоит"),
        ("你好，画个图", "画个图"),
    ],
)
def test_greeting_is_taken_off(typed, meant) -> None:
    assert without_greeting(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("average of these yields t/ha 7.8 8.4 6.9 thanks!", "average of these yields t/ha 7.8 8.4 6.9"),
        (
            "darf mein Vermieter mir den Hund verbieten? thanks!",
            "darf mein Vermieter mir den Hund verbieten?",
        ),
        ("org chart pls", "org chart"),
        ("合计多少？ 谢谢", "合计多少？"),
        ("bar chart of sales, merci beaucoup !", "bar chart of sales"),
    ],
)
def test_thank_you_is_taken_off(typed, meant) -> None:
    assert without_thanks(typed) == meant


@pytest.mark.parametrize(
    "content",
    [
        "write a card to say thanks",  # what the card says
        "flashcards pls: hola hello, gracias thank you, por favor please",  # a word and its translation
        "no thanks",
        "thanks!",
    ],
)
def test_thank_you_that_is_content_stays(content) -> None:
    assert without_thanks(content) == content


@pytest.mark.parametrize(
    ("typed", "marked"),
    [
        ("what's the notice period for the break in this memo", "what's the notice period for the break in this memo?"),
        ("lease started 1 March 2021 — when's the last day to give notice",
         "lease started 1 March 2021 — when's the last day to give notice?"),
        ("预算加起来对吗", "预算加起来对吗？"),
        ("水道工事：部品 8,200円、税10%。合計いくら", "水道工事：部品 8,200円、税10%。合計いくら？"),
        ("prices: wash 4.50, dryer 1.00 per 10 min how much for two loads",
         "prices: wash 4.50, dryer 1.00 per 10 min how much for two loads?"),
        ("which of these is cheaper over a year\n\nPlan A: £12/month\nPlan B: £0",
         "which of these is cheaper over a year?\n\nPlan A: £12/month\nPlan B: £0"),
        ("Which frame would you use, glass or ordinary The trustees are arguing about it",
         "Which frame would you use, glass or ordinary? The trustees are arguing about it"),
    ],
)  # fmt: skip
def test_question_without_its_mark_is_marked(typed, marked) -> None:
    assert question_marked(typed) == marked


@pytest.mark.parametrize(
    "text",
    [
        "4 slides — where we are, what went wrong in Q2, the fix",  # topics, not a question
        "who's who from these notes, as a chart of the team",  # names a form: a request
        "can you make me a chart of sales",  # a request
        "how to make sourdough",  # a title
        "is it raining? where's my umbrella",  # the user types '?': nothing added
        "Omzet per dag:\nma 612\nwo 644\ndo 701",  # data lines whose labels look like question words
        "lisbon 142, porto 118, seville 131. which city ate the budget",  # which of the figures: the chart's point
        "show how many people came by month: jan 4, feb 5",  # an amount shown, not asked
        "quiero ver cuánto ha subido el precio de la luz desde 2015",
        "how we onboard new patients",  # a topic: "how" before its subject
        "what the Vault room should look like after the refit — brushed steel, red laser light",
    ],
)
def test_no_question_mark_where_no_question(text) -> None:
    assert question_marked(text) == text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("org chrat of the crew", "org chart of the crew"),
        ("aniamte it: yes 60 no 40", "animate it: yes 60 no 40"),
        ("converetr km to miles", "converter km to miles"),
        ("6 sildes for the agm", "6 slides for the agm"),
    ],
)
def test_swapped_form_word_is_set_right(typed, meant) -> None:
    assert typos_fixed(typed) == meant


@pytest.mark.parametrize(
    "text",
    [
        "a dairy farm chart of milk per cow: a 20, b 25",  # dairy is a word, not 'diary'
        "three tiers, mint green, gold sprinkles",  # tiers stays tiers
        "animacja jak działa przekładnia planetarna",  # a Polish word no slide cue
        "reception registers them, nurse takes vitals",
        "HP vs lease for the combine",
    ],
)
def test_real_words_are_not_typos(text) -> None:
    assert typos_fixed(text) == text


def test_tidied_keeps_the_content() -> None:
    assert (
        tidied("hey, bus etiquette poster for the school run thanks!")
        == "bus etiquette poster for the school run"
    )


@pytest.mark.parametrize(
    ("plain", "noisy"),
    [
        ("who does reception report to?", "hey, who does reception report to"),
        ("what was the annual fee in 2019/20?", "hey, what was the annual fee in 2019/20 thanks!"),
        ("average of these yields t/ha 7.8 8.4 6.9 9.1 8.0", "average of these yields t/ha 7.8 8.4 6.9 9.1 8.0 thanks!"),
        ("show the tide coming into the harbour hour by hour, moving",
         "show the tide coming into the harbour hour by hour, moving thanks!"),
        ("org chart Chief Nurse - Matron A: wards 5, 6, 7 - Matron B: ICU, HDU",
         "org chrat Chief Nurse - Matron A: wards 5, 6, 7 - Matron B: ICU, HDU"),
        ("just animate it: yes 60 no 40", "just aniamte it: yes 60 no 40"),
    ],
)  # fmt: skip
def test_noise_changes_no_plan(plain, noisy) -> None:
    a, b = _plan(plain), _plan(noisy)
    assert a.kind == b.kind
    assert a.model_dump().get("title") == b.model_dump().get("title")


def test_lookup_over_table_without_question_mark_stays_an_answer() -> None:
    table = pd.DataFrame({"guest": ["Ann", "Bo", "Cy"], "paid": ["yes", "no", "no"]})
    with_mark = _plan("who hasnt paid yet?", table=table, table_name="guests.csv")
    bare = _plan("hey, who hasnt paid yet", table=table, table_name="guests.csv")
    assert with_mark.kind == bare.kind == "text"
    assert bare.answer == with_mark.answer


def test_org_chart_typo_builds_the_same_tree() -> None:
    typed = _plan("org chrat of the crew: Skipper Ana; Mate Ben reports to Ana; Deckhand Cal reports to Ben")
    meant = _plan("org chart of the crew: Skipper Ana; Mate Ben reports to Ana; Deckhand Cal reports to Ben")
    assert typed.kind == meant.kind == "diagram"
    assert [n.label for n in typed.nodes] == [n.label for n in meant.nodes]
    assert [(e.source, e.target) for e in typed.edges] == [(e.source, e.target) for e in meant.edges]

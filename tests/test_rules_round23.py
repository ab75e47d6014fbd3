"""Round 23: a form word that a cue pattern holds as a whole word ("…\\bslide\\b") is mended when two of its
letters are swapped, as the plain cue words already were; real words stay as typed."""

from __future__ import annotations

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.noise import typos_fixed


def test_a_swapped_whole_word_of_a_cue_pattern_is_read_as_meant() -> None:
    assert typos_fixed("put this on a silde: open 9-5") == "put this on a slide: open 9-5"
    assert typos_fixed("Silde one: the goals") == "Slide one: the goals"
    plan = (
        RulesPlanner()
        .plan(PlanRequest(question="can you make one silde with our goals: grow, hire, ship"))
        .plan
    )
    assert plan.kind == "slides"


def test_real_words_and_the_cue_itself_stay_as_typed() -> None:
    for text in ("a water slide in the garden", "the trial starts in the dairy", "three slides, please"):
        assert typos_fixed(text) == text

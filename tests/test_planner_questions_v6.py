"""The sixth planner question set (v6) is well formed, covers its angle and keeps its split.

v6 was written blind (before reading the planner or any earlier set's questions) from the side of
people at work and school who are not tech people and ask for help with a real task, often without
naming a form: teachers, nurses and carers, shop and café owners, club secretaries, event
organisers, students, tradespeople and parents' committees, plus precision, honest and knowledge
items. Its held-out half is only meaningful while the file is frozen, so this module recomputes the
split and checks the coverage the README claims.
Run as a script to print the counts: `python -m tests.test_planner_questions_v6`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.question_sets import FORMS, asked_once, offline_labels, precision_pairs, well_formed
from tests.test_planner_questions_v2 import BALANCED_BY, balance_gaps, counts, stratified_split
from tests.test_planner_questions_v3 import load, tag

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "planner_questions_v6.jsonl"
DOMAINS = ("teacher", "care", "shop", "club", "event", "study", "trade", "committee")
TAGS = (*DOMAINS, "precision", "honest", "knowledge")
LANGS = ("en", "es", "fr", "de", "zh", "ja", "pt", "it", "ru", "ko", "ar", "hi", "nl", "tr")


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed(ITEMS, "v6", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_knowledge_items_accept_text_and_honest_items_want_only_text() -> None:
    offline_labels(ITEMS)


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs lists that must not be one chart with similar lists that are one."""
    precision_pairs(ITEMS, charts=15, others=40)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


def test_coverage() -> None:
    n = len(ITEMS)
    assert n >= 320
    langs = Counter(i["lang"] for i in ITEMS)
    assert 0.3 * n <= langs["en"] <= 0.4 * n, langs
    assert all(langs[lang] >= 14 for lang in LANGS), langs
    first = Counter(i["forms"][0] for i in ITEMS)
    shares = {"chart": 0.16, "text": 0.17, "infographic": 0.13, "diagram": 0.13}
    shares |= {"slides": 0.12, "app": 0.10, "animation": 0.09, "image": 0.10}
    assert all(abs(first[form] / n - share) <= 0.02 for form, share in shares.items()), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 15 for t in TAGS), tags
    assert 0.17 * n <= tags["precision"] <= 0.22 * n
    assert 0.08 * n <= tags["honest"] <= 0.12 * n
    assert 0.05 * n <= tags["knowledge"] <= 0.08 * n
    assert sum(len(i["forms"]) > 1 for i in ITEMS) >= 0.3 * n


@pytest.mark.parametrize("form", FORMS)
def test_every_form_is_asked_in_several_languages(form: str) -> None:
    assert len({i["lang"] for i in ITEMS if i["forms"][0] == form}) >= 8


@BALANCED_BY
def test_halves_are_balanced(key: Any) -> None:
    assert balance_gaps(ITEMS, key) == []


@pytest.mark.parametrize("name", TAGS)
def test_every_tag_has_items_in_both_halves(name: str) -> None:
    assert {i["split"] for i in ITEMS if tag(i) == name} == {"dev", "heldout"}


if __name__ == "__main__":
    out = counts(ITEMS)
    out["tag"] = {f"{t}/{s}": n for (t, s), n in sorted(Counter((tag(i), i["split"]) for i in ITEMS).items())}
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()

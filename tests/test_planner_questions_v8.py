"""The eighth planner question set (v8) is well formed, covers its angle and keeps its split.

v8 was written blind (before reading the planner or any earlier set's questions) from the side of
people who say what the result is *for* and never name the form: something for the fridge, for an
8-year-old, to convince the landlord, to present on Monday, for the lock screen, to hand out at the
door, to revise on the bus, for the club's Instagram, something to tap to keep score, something
that keeps moving in the shop window. About a third just ask a question and let the assistant pick;
about half give the content (lists, steps, numbers, agendas) inline. Its held-out half is only
meaningful while the file is frozen, so this module recomputes the split and checks the coverage
the README claims.
Run as a script to print the counts: `python -m tests.test_planner_questions_v8`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.question_sets import FORMS, asked_once, offline_labels, precision_pairs, well_formed
from tests.test_planner_questions_v2 import BALANCED_BY, balance_gaps, counts, stratified_split
from tests.test_planner_questions_v3 import load, tag

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "planner_questions_v8.jsonl"
DOMAINS = ("teaching", "home", "sport", "food", "work", "science", "community", "personal")
TAGS = (*DOMAINS, "precision", "honest", "knowledge")
LANGS = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "tr", "ru", "zh", "ja", "ko", "ar", "hi")
# the names of the forms (and their usual synonyms) an English v8 question never uses: it says what
# the result is for, not what it is
FORM_WORDS = re.compile(
    r"\b(charts?|graphs?|slides?|slideshow|powerpoint|infographics?|diagrams?|flow ?charts?|mind ?maps?"
    r"|animations?|animated|gifs?|apps?|presentation|timeline|visual|visuali[sz]e)\b",
    re.IGNORECASE,
)
QUESTION_MARK = re.compile(r"[?？؟]")
LIST_LINE = re.compile(r"^\s*(- |\d+\. )", re.MULTILINE)


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed(ITEMS, "v8", LANGS, TAGS)
    assert all(i["question"] == i["question"].strip() for i in ITEMS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_knowledge_items_accept_text_and_honest_items_want_only_text() -> None:
    offline_labels(ITEMS)


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=20, others=38)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


def test_coverage() -> None:
    n = len(ITEMS)
    assert n >= 330
    langs = Counter(i["lang"] for i in ITEMS)
    assert 0.3 * n <= langs["en"] <= 0.4 * n, langs
    assert all(langs[lang] >= 16 for lang in LANGS), langs
    first = Counter(i["forms"][0] for i in ITEMS)
    shares = {"chart": 0.16, "text": 0.17, "infographic": 0.14, "diagram": 0.13}
    shares |= {"slides": 0.12, "app": 0.10, "animation": 0.09, "image": 0.09}
    assert all(abs(first[form] / n - share) <= 0.02 for form, share in shares.items()), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(20 <= tags[t] <= 35 for t in DOMAINS), tags  # the domains are spread evenly
    assert 0.16 * n <= tags["precision"] <= 0.20 * n
    assert 0.08 * n <= tags["honest"] <= 0.12 * n
    assert 0.06 * n <= tags["knowledge"] <= 0.09 * n
    assert sum(len(i["forms"]) > 1 for i in ITEMS) >= 0.3 * n


def test_the_angle_purpose_not_form_is_really_there() -> None:
    """v8 names the use, not the form; a third are questions; some paste a list over several lines."""
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    assert [q for q in english if FORM_WORDS.search(q)] == []
    questions = [i["question"] for i in ITEMS]
    n = len(questions)
    assert sum(bool(QUESTION_MARK.search(q)) for q in questions) >= 0.3 * n
    assert all(
        sum(bool(QUESTION_MARK.search(i["question"])) for i in ITEMS if i["lang"] == lang) >= 5
        for lang in LANGS
    )
    assert 0.18 * n <= sum("\n" in q for q in questions) <= 0.3 * n
    assert len({i["lang"] for i in ITEMS if "\n" in i["question"]}) == len(LANGS)
    assert sum(bool(LIST_LINE.search(q)) for q in questions) >= 15


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
    out["multi_line"] = sum("\n" in i["question"] for i in ITEMS)
    out["questions"] = sum(bool(QUESTION_MARK.search(i["question"])) for i in ITEMS)
    out["list_lines"] = sum(bool(LIST_LINE.search(i["question"])) for i in ITEMS)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()

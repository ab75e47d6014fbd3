"""The seventh planner question set (v7) is well formed, covers its angle and keeps its split.

v7 was written blind (before reading the planner or any earlier set's questions) from the side of
people who already have text and want it turned into something to look at: a pasted AI answer,
meeting notes, an email or chat thread, a report paragraph, a recipe, an itinerary, release notes,
an incident timeline, lecture notes, a list copied from a spreadsheet or WhatsApp, often with
markdown, often long, with the ask first, last, in the middle or missing. Its held-out half is only
meaningful while the file is frozen, so this module recomputes the split and checks the coverage
the README claims.
Run as a script to print the counts: `python -m tests.test_planner_questions_v7`.
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
QUESTIONS = DATA / "planner_questions_v7.jsonl"
DOMAINS = ("hobby", "money", "health", "travel", "civic", "business", "study", "software", "media")
TAGS = (*DOMAINS, "precision", "honest", "knowledge")
LANGS = ("en", "es", "fr", "de", "zh", "ja", "pt", "it", "ru", "ko", "ar", "hi", "nl", "tr", "pl")
# markdown a user keeps when pasting: headings, bold, pipe tables (lists are counted apart)
MARKDOWN = re.compile(r"^(#{1,3} |\|)|\*\*[^*\n]+\*\*", re.MULTILINE)
LIST_LINE = re.compile(r"^\s*(- |\d+\. )", re.MULTILINE)


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed(ITEMS, "v7", LANGS, TAGS)
    assert all(i["question"] == i["question"].strip() for i in ITEMS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_knowledge_items_accept_text_and_honest_items_want_only_text() -> None:
    offline_labels(ITEMS)


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs pastes that must not be one chart with similar pastes that are one."""
    precision_pairs(ITEMS, charts=18, others=40)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


def test_coverage() -> None:
    n = len(ITEMS)
    assert n >= 340
    langs = Counter(i["lang"] for i in ITEMS)
    assert 0.3 * n <= langs["en"] <= 0.4 * n, langs
    assert all(langs[lang] >= 16 for lang in LANGS), langs
    first = Counter(i["forms"][0] for i in ITEMS)
    shares = {"chart": 0.17, "text": 0.17, "infographic": 0.13, "diagram": 0.13}
    shares |= {"slides": 0.12, "app": 0.10, "animation": 0.09, "image": 0.09}
    assert all(abs(first[form] / n - share) <= 0.02 for form, share in shares.items()), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 15 for t in TAGS), tags
    assert 0.17 * n <= tags["precision"] <= 0.22 * n
    assert 0.08 * n <= tags["honest"] <= 0.12 * n
    assert 0.05 * n <= tags["knowledge"] <= 0.08 * n
    assert sum(len(i["forms"]) > 1 for i in ITEMS) >= 0.3 * n


def test_the_angle_pasted_text_is_really_there() -> None:
    """v7 is about pasted material: multi-line pastes, long messages and markdown must be common."""
    questions = [i["question"] for i in ITEMS]
    assert sum("\n" in q for q in questions) >= 0.7 * len(questions)
    long = [q for q in questions if 600 <= len(q) <= 1500 and "\n" in q]
    assert len(long) >= 8, len(long)
    assert len({i["lang"] for i in ITEMS if len(i["question"]) >= 600}) >= 4
    assert sum(bool(MARKDOWN.search(q)) for q in questions) >= 10
    assert sum(bool(LIST_LINE.search(q)) for q in questions) >= 60


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
    out["long_600_plus"] = sum(len(i["question"]) >= 600 for i in ITEMS)
    out["multi_line"] = sum("\n" in i["question"] for i in ITEMS)
    out["markdown"] = sum(bool(MARKDOWN.search(i["question"])) for i in ITEMS)
    out["list_lines"] = sum(bool(LIST_LINE.search(i["question"])) for i in ITEMS)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()

"""The fifth planner question set (v5) is well formed, covers its angle and keeps its split.

v5 was written blind (before reading the planner or any earlier set's questions) from the side of
people typing into a chat app: phone shorthand, follow-ups, requests inside a story, hobby domains,
uncommon names of a form and honest-text questions. Its held-out half is only meaningful while the
file is frozen, so this module recomputes the split and checks the coverage the README claims.
Run as a script to print the counts: `python -m tests.test_planner_questions_v5`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.test_planner_questions_v2 import BALANCED_BY, balance_gaps, counts, stratified_split
from tests.test_planner_questions_v3 import load, tag

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "planner_questions_v5.jsonl"
FORMS = ("chart", "slides", "infographic", "diagram", "image", "text", "animation", "app")
KEYS = {"id", "question", "forms", "lang", "split", "note"}
TAGS = ("phone", "followup", "context", "hobby", "synonym", "honest", "precision", "knowledge")
LANGS = ("en", "es", "fr", "de", "zh", "ja", "pt", "it", "ru", "ko", "ar", "hi", "nl", "tr")


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    assert [i["id"] for i in ITEMS] == [f"v5-{n:04d}" for n in range(1, len(ITEMS) + 1)]
    for item in ITEMS:
        assert set(item) == KEYS, item["id"]
        assert item["question"].strip() and item["note"].strip(), item["id"]
        assert item["forms"] and len(set(item["forms"])) == len(item["forms"]), item["id"]
        assert set(item["forms"]) <= set(FORMS), item["id"]
        assert item["lang"] in LANGS and tag(item) in TAGS, item["id"]


def test_no_question_is_asked_twice() -> None:
    assert [q for q, n in Counter(i["question"] for i in ITEMS).items() if n > 1] == []


def test_knowledge_items_accept_text_and_honest_items_want_only_text() -> None:
    """Offline rule: missing facts make text always right; honest items ask for words, not a visual."""
    assert all("text" in i["forms"] for i in ITEMS if tag(i) == "knowledge")
    assert all(i["forms"] == ["text"] for i in ITEMS if tag(i) == "honest")


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


def test_coverage() -> None:
    n = len(ITEMS)
    assert n >= 300
    langs = Counter(i["lang"] for i in ITEMS)
    assert langs["en"] <= 0.45 * n and sum(langs[lang] >= 8 for lang in LANGS) >= 13
    first = Counter(i["forms"][0] for i in ITEMS)
    assert all(0.08 * n <= first[form] <= 0.2 * n for form in FORMS), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 15 for t in TAGS), tags
    assert 0.15 * n <= tags["precision"] <= 0.22 * n


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

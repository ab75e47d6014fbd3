"""The ninth planner question set (v9) is well formed, covers its angle and keeps its split.

v9 was written blind (before reading the planner or any earlier set's questions) from the side of
terse and messy input: what people type into a search box ("q3 churn by plan", "tip calc 4 ppl",
"photosynthesis steps kid", "logo fox green gold") or dictate to a phone without punctuation ("ok so
can you like show me how the sales went each month jan was 40k feb 52 …"), by specialists (medicine,
law, logistics, farming, engineering, finance, research, the public sector) and by everyone. Some
correct themselves mid-question, some compare X vs Y, some ask for two things of which one is
primary, numbers come as words, with glued units or in Arabic-Indic digits. Its held-out half is
only meaningful while the file is frozen, so this module recomputes the split and checks the
coverage the README claims.
Run as a script to print the counts: `python -m tests.test_planner_questions_v9`.
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
QUESTIONS = DATA / "planner_questions_v9.jsonl"
DOMAINS = (
    "medicine", "law", "logistics", "farming", "engineering",
    "finance", "research", "public", "everyday",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "honest", "knowledge")
LANGS = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "tr", "ru", "zh", "ja", "ko", "ar", "hi")
NO_SPACES = ("zh", "ja", "ko")  # counted in characters, not words
# a sentence ends: . ! ? (and their CJK, Arabic and Devanagari forms) before a space or the end;
# "1.2M", "4.1%" or "d. 2023" inside a line do not make a terse query a sentence unless spaced
SENTENCE_END = re.compile(r"[.!?。！？؟।](\s|$)")
# dictation leaves no punctuation at all
PUNCTUATION = re.compile(r"[,.:;!?،，、。：；！？]")
# the names of the forms a terse English user may type ("bar chart", "flowchart", "slides", "quiz app")
FORM_WORDS = re.compile(
    r"\b(charts?|graphs?|slides?|slideshow|powerpoint|ppt|deck|infographics?|diagrams?|flow ?charts?"
    r"|mind ?maps?|animations?|animated|animate|gifs?|apps?|presentation|timeline|visual|visuali[sz]e)\b",
    re.IGNORECASE,
)


ITEMS = load(QUESTIONS)


def terse(item: dict[str, Any]) -> bool:
    """A search-box query: one line, no sentence end, at most 12 words (25 characters in CJK)."""
    q = item["question"]
    if "\n" in q or SENTENCE_END.search(q):
        return False
    return len(q) <= 25 if item["lang"] in NO_SPACES else len(q.split()) <= 12


def dictated(item: dict[str, Any]) -> bool:
    """Voice-to-text: one long line with no punctuation (15+ words, 35+ characters in zh/ja)."""
    q = item["question"]
    if "\n" in q or PUNCTUATION.search(q):
        return False
    return len(q) >= 35 if item["lang"] in ("zh", "ja") else len(q.split()) >= 15


def test_every_line_is_a_well_formed_item() -> None:
    well_formed(ITEMS, "v9", LANGS, TAGS)
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
    assert all(20 <= tags[t] <= 40 for t in DOMAINS), tags  # the domains are spread evenly
    assert 0.16 * n <= tags["precision"] <= 0.20 * n
    assert 0.08 * n <= tags["honest"] <= 0.12 * n
    assert 0.06 * n <= tags["knowledge"] <= 0.09 * n
    assert sum(len(i["forms"]) > 1 for i in ITEMS) >= 0.3 * n


def test_the_angle_terse_and_dictated_input_is_really_there() -> None:
    """v9 is typed into a search box or dictated: terse queries in every language, long unpunctuated
    dictation, some multi-line pastes, and form names in about a third of the English questions."""
    n = len(ITEMS)
    assert sum(terse(i) for i in ITEMS) >= 0.4 * n
    assert all(sum(terse(i) for i in ITEMS if i["lang"] == lang) >= 4 for lang in LANGS)
    assert sum(dictated(i) for i in ITEMS) >= 0.2 * n
    assert all(sum(dictated(i) for i in ITEMS if i["lang"] == lang) >= 2 for lang in LANGS)
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.15 * n <= len(multi_line) <= 0.25 * n
    assert {i["lang"] for i in multi_line} == set(LANGS)
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.25 * len(english) <= named <= 0.4 * len(english), named


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
    out["terse"] = sum(terse(i) for i in ITEMS)
    out["terse_by_lang"] = dict(Counter(i["lang"] for i in ITEMS if terse(i)))
    out["dictated"] = sum(dictated(i) for i in ITEMS)
    out["multi_line"] = sum("\n" in i["question"] for i in ITEMS)
    out["english_form_words"] = sum(
        bool(FORM_WORDS.search(i["question"])) for i in ITEMS if i["lang"] == "en"
    )
    out["precision_first"] = dict(Counter(i["forms"][0] for i in ITEMS if tag(i) == "precision"))
    out["knowledge_text_only"] = sum(i["forms"] == ["text"] for i in ITEMS if tag(i) == "knowledge")
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()

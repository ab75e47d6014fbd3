"""The twentieth planner question set (v20) is well formed, covers its angle and keeps its split.

v20 was written blind (before reading the planner or any earlier set's questions) for the same user
population as v2 — half English, the rest in 11 languages — as a sixth re-take of v2's own angle, with
v2's categories of items in v2's proportions (every form in v2's shares, precision items where numbers
must not be one chart beside lists that are charts, wrong-way words, forms asked without their keyword,
offline-knowledge items, items over an attached table or markdown answer). It was written by imagining
30 particular people with ordinary lives — patients, tenants, parents, students, retirees, hobbyists and
volunteers — and writing about ten questions as each would type them in the middle of their week. Its
held-out half is only meaningful while the file is frozen, so this module recomputes the split and
checks the coverage the README claims. Run as a script to print the counts:
`python -m tests.test_planner_questions_v20`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.question_sets import (
    ATTACHMENTS,
    FORMS,
    asked_once,
    attachments_read,
    first_in,
    halves_of,
    offline_labels,
    precision_pairs,
    summary,
    well_formed_attached,
)
from tests.test_planner_questions_v2 import BALANCED_BY, balance_gaps, stratified_split
from tests.test_planner_questions_v3 import load, tag

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "planner_questions_v20.jsonl"
# one tag per person's domain (30 people; a few domains reach the set only through an attachment)
DOMAINS = (
    "diabetes", "tenancy", "homeschool", "dementia", "modelrail", "studyabroad", "menshed", "dialysis",
    "quinceanera", "flatshare", "allergy", "genealogy", "cardiacrehab", "parentcouncil", "renovation",
    "presepe", "choir", "erasmus", "mortgage", "physicsolymp", "bloodpressure", "tutoring", "jobhunt",
    "neighbourhood", "moving", "civilexam", "selfhelpgroup", "boardexam", "pregnancy", "literacy",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "knowledge", *ATTACHMENTS)
LANGS = ("en", "es", "zh", "fr", "de", "ja", "ko", "ru", "pt", "it", "hi", "ar")
PER_LANG = {"en": 150, **dict.fromkeys(("es", "zh", "fr", "de", "ja", "ko", "ru"), 14)}
PER_LANG |= dict.fromkeys(("pt", "it", "hi", "ar"), 13)
# the names of the forms an English user may type, casual names and verbs of drawing included
FORM_WORDS = re.compile(
    r"\b(charts?|gr[ap]+h?s?|plot|pie|donut|bars?|line it|slides?|slideshow|deck|presentat\w*|pptx?|"
    r"screens|infog\w*|poster|sign|one.?pager|one page|cheat sheet|summary card|card|sheet|graphics?|visual|"
    r"diagrams?|flow\w*|mind.?map|boxes|arrows|org chart|tree|timeline|draw|picture|pic|illustration|"
    r"image|painting|cartoon|shot|watercolou?r|pixel.art|photo|logo|mural|animat\w*|gif|film|"
    r"moving|one by one|one after (the )?other|apps?|calculator|countdown|tracker|quiz|flashcards|timer|game|"
    r"clock|board|something where|thing where|let me)\b",
    re.IGNORECASE,
)
# words that point the wrong way, and the form a careful person makes of them
WRONG_WAY = {
    "Can you make a chart for my daughter": "infographic",
    "make a graph i can send the citizens advice woman": "infographic",
    "chore chart for 4 kids": "infographic",
    "can u make a graph for the co-op newsletter": "text",
    "home help 10 hours. make a pie": "text",
    "started in 1987. Make it a chart.": "infographic",
    "make a graph for my sop mentor": "infographic",
    "need a chart for the grant form": "infographic",
    "haceme un gráfico para la nueva compañera": "infographic",
    "mach ein diagramm für den elternbrief": "infographic",
    "kannst du ein diagramm daraus machen": "text",
    "bitte als Diagramm": "chart",
    "me lo metti in un grafico?": "text",
    "faz um gráfico? kkk": "infographic",
    "нарисуй диаграмму": "text",
    "帮我画个图": "infographic",
    "これグラフにできる？": "infographic",
    "그래프로 만들어줘": "infographic",
    "इसका ग्राफ बना दो": "text",
    "سوّيلي رسم بياني": "infographic",
    "بدي رسم بياني": "text",
}
# a correction is labelled with what the user ended on
CORRECTIONS = {"was going to ask for a diagram of the respite options but honestly": "text"}
# the user says not to draw; the answer is words
NEGATIONS = ("no pictures needed",)


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v20", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_half_english_and_the_rest_spread_over_eleven_languages() -> None:
    assert Counter(i["lang"] for i in ITEMS) == PER_LANG


def test_knowledge_items_accept_text_and_missing_numbers_are_text_only() -> None:
    offline_labels(ITEMS)
    knowledge = [i for i in ITEMS if tag(i) == "knowledge"]
    assert len(knowledge) == 27
    assert sum(i["forms"] == ["text"] for i in knowledge) == 10  # numbers nobody gave
    assert all(i["forms"][1:] == ["text"] for i in knowledge if i["forms"] != ["text"])  # qualitative


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=43, others=41)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v20", 6 if field == "table" else 3, least_rows=12)
    if field == "table":  # real tables have blanks
        assert all(any(cell == "" for row in csv.reader(t.splitlines()) for cell in row) for t in texts)


def test_attached_items_ask_for_many_kinds_of_answer() -> None:
    tables = [i for i in ITEMS if i.get("table")]
    notes = [i for i in ITEMS if i.get("markdown")]
    assert len(tables) == 30 and len(notes) == 18
    assert {i["forms"][0] for i in tables} == set(FORMS) - {"diagram"}
    assert {i["forms"][0] for i in notes} == set(FORMS)
    assert sum(i["forms"][0] == "text" for i in tables) >= 6  # lookups and totals stay words
    assert sum(i["forms"][0] == "text" for i in notes) >= 3
    for field in ATTACHMENTS:  # every attachment is asked about several times
        assert min(Counter(i[field] for i in ITEMS if i.get(field)).values()) >= 5


def test_coverage_mirrors_v2s_form_mix() -> None:
    n = len(ITEMS)
    assert n == 300
    first = Counter(i["forms"][0] for i in ITEMS)
    share = {"text": 0.20, "chart": 0.17, "diagram": 0.12, "image": 0.12, "infographic": 0.12}
    share |= {"slides": 0.11, "app": 0.08, "animation": 0.08}
    assert all(abs(first[form] / n - s) <= 0.01 for form, s in share.items()), first
    tags = Counter(tag(i) for i in ITEMS)
    assert tags["precision"] == 84 and tags["table"] == 30 and tags["markdown"] == 18
    assert all(tags[t] >= 1 for t in DOMAINS), tags
    assert 0.10 * n <= sum(len(i["forms"]) > 1 for i in ITEMS) <= 0.13 * n


def test_the_angle_wrong_way_words_and_forms_without_keywords() -> None:
    """Wrong-way words, a correction, a negation, needs with no form word, pastes, chat style."""
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.55 * len(english) <= named <= 0.8 * len(english), named  # and 20-45% name no form
    for phrase, form in {**WRONG_WAY, **CORRECTIONS}.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
        assert form == "chart" or "chart" not in hits[0]["forms"], phrase
    for phrase in NEGATIONS:
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"] == ["text"], phrase
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.12 * len(ITEMS) <= len(multi_line) <= 0.16 * len(ITEMS)
    assert {i["lang"] for i in multi_line} == set(LANGS)
    assert sum("\t" in i["question"] for i in multi_line) >= 3  # pasted from a spreadsheet
    assert sum(";" in i["question"] for i in multi_line) >= 2  # and from a semicolon export
    lower = sum(q == q.lower() and not q.rstrip().endswith((".", "?", "!")) for q in english)
    assert lower >= 0.75 * len(english), lower


@pytest.mark.parametrize("form", FORMS)
def test_every_form_is_first_in_every_language(form: str) -> None:
    assert first_in(ITEMS, form) == set(LANGS)


@BALANCED_BY
def test_halves_are_balanced(key: Any) -> None:
    assert balance_gaps(ITEMS, key) == []


@pytest.mark.parametrize("name", ["precision", "knowledge", *ATTACHMENTS])
def test_every_stratum_tag_has_items_in_both_halves(name: str) -> None:
    """Domain tags are not strata, so only these are checked (see the README)."""
    assert halves_of(ITEMS, name) == {"dev", "heldout"}


if __name__ == "__main__":
    json.dump(summary(ITEMS, FORM_WORDS), sys.stdout, indent=1, ensure_ascii=False)
    print()

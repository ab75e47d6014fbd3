"""The eighteenth planner question set (v18) is well formed, covers its angle and keeps its split.

v18 was written blind (before reading the planner or any earlier set's questions) as a fourth re-take
of v2's own angle, in v2's proportions: every form, 30% precision items (numbers that must not be one
chart beside lists that are one chart), wrong-way form words, forms asked without their keyword,
offline-knowledge items and 15% items over an attached CSV table or markdown answer. It was written by
imagining 30 particular people — a funeral director in Kumasi, a coworking manager in Bengaluru, a
shearing contractor in Hawke's Bay, a wind technician near Malmö, a gelato maker in Bologna, a potter
in Mashiko, a fish-auction clerk in Busan, a cheesemaker in Gruyère, a tailor in Dakar, a saree
wholesaler in Surat, a ride-hailing driver in Cairo, a ballet teacher in St Petersburg, an ice-festival
organiser in Harbin and seventeen more — each typing about ten questions in their language or in
English, with local number styles (lakhs, `1'240`, `18 450 000`, Arabic-Indic and Devanagari digits,
numbers in Chinese, Japanese and Korean characters). Its held-out half is only meaningful while the
file is frozen, so this module recomputes the split and checks the coverage the README claims. Run as
a script to print the counts: `python -m tests.test_planner_questions_v18`.
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
QUESTIONS = DATA / "planner_questions_v18.jsonl"
# one domain per imagined person
DOMAINS = (
    "funeral", "coworking", "shearing", "windfarm", "nails", "diving", "sportsgoods", "grain",
    "streaming", "security", "bubbletea", "escaperoom", "gelato", "pottery", "snowremoval", "fishery",
    "cheese", "tailoring", "watchrepair", "pianotuning", "textiles", "rideshare", "spices", "mining",
    "ballet", "phonerepair", "icefestival", "coffee", "foodtruck", "tiles",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "knowledge", *ATTACHMENTS)
LANGS = ("en", "zh", "es", "ja", "fr", "de", "ru", "ko", "pt", "it", "hi", "ar")
PER_LANG = {"en": 150, "zh": 20, "es": 20, "ja": 17, "fr": 16, "de": 16, "ru": 11, "ko": 11}
PER_LANG |= {"pt": 10, "it": 10, "ar": 10, "hi": 9}
# the words by which an English user names a form, in any sense (wrong-way ones included)
FORM_WORDS = re.compile(
    r"\b(charts?|gr[ap]+h?s?|plot|pie|bars?|line|slides?|deck|presentat\w*|pptx?|infog\w*|poster|"
    r"one.?pager|card|sign|panel|diagrams?|flow\w*|mind.?map|map it out|draw\w*|picture|pic|image|"
    r"painting|photo\w*|shot|logo|emote|animat\w*|clip|gif|loop|apps?|calculator|countdown|timer|wheel|"
    r"tool)\b",
    re.IGNORECASE,
)
# form words that point the wrong way, and the form a careful person makes of them
WRONG_WAY = {
    "can u graph that": "text",
    "이거 그래프로 만들어줄래": "text",
    "make a chart for the directors": "text",
    "um quadro em azulejo": "image",
    "can you chart that for the newsletter": "text",
    "دير ليا رسم بياني عليه": "text",
    "can you make a chart for the invoice": "text",
    "me lo metti in un grafico": "text",
    "нарисуй график для планёрки": "text",
    "can you do a graph of it for their file": "text",
    "hazme la carta": "infographic",
    "make graph of it so my sister": "text",
    "since january, make graph": "text",
    "kannst du ein diagramm daraus machen": "text",
    "把这些做成图表放门口": "infographic",
    "帮我做成图表发朋友圈": "text",
    "faz-me um gráfico disto": "text",
    "tu peux me faire un graphique de ça": "text",
    "I need a chart for our notice board": "infographic",
    "mach mal ein diagramm draus": "chart",
    "un tableau à la manière": "image",
    "me hace un gráfico para mandarle": "text",
    "これグラフにして": "text",
    "इसका ग्राफ बना दो ताकि": "text",
    "make graph for the IG": "text",
    "रेट चार्ट": "infographic",
    "chart my follower count": "text",
    "сделай диаграмму для стенда": "infographic",
    "a soviet style poster picture": "image",
    "只要画面不要字": "image",
    "make it visual": "text",
}
# the user says not to draw; the answer is words
NEGATIONS = ("no visual", "ohne bild")
# local number styles the people type, and how many questions use each at least
NUMBER_STYLES = {
    r"lakh|लाख|\d,\d\d,\d\d,\d{3}": 4,  # Indian grouping
    r"\d'\d{3}": 5,  # Swiss thousands
    r"\d \d{3} \d{3}|\d \d{3}\b": 10,  # French / Russian spaced thousands
    r"[٠-٩]": 8,  # Arabic-Indic digits
    r"[०-९]": 5,  # Devanagari digits
    r"[一二三四五六七八九十]+[万千百]": 4,  # numbers in Chinese or Japanese characters
    r"\d만": 1,  # Korean 만
}


ITEMS = load(QUESTIONS)


def knowledge_kind(item: dict[str, Any]) -> str:
    """`numbers` (values not given: only words are right) or `qualitative` (a visual an LLM can fill)."""
    return item["note"].split(":", 1)[1].split("—", 1)[0].strip()


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v18", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_half_english_and_the_rest_spread_over_eleven_languages() -> None:
    assert Counter(i["lang"] for i in ITEMS) == PER_LANG


def test_knowledge_items_accept_text_and_only_text_for_missing_numbers() -> None:
    offline_labels(ITEMS)
    knowledge = [i for i in ITEMS if tag(i) == "knowledge"]
    assert Counter(knowledge_kind(i) for i in knowledge) == {"numbers": 11, "qualitative": 7}
    assert all(i["forms"] == ["text"] for i in knowledge if knowledge_kind(i) == "numbers")
    qualitative = [i for i in knowledge if knowledge_kind(i) == "qualitative"]
    assert all(i["forms"][0] != "text" and "text" in i["forms"] for i in qualitative)


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=43, others=48)
    first = Counter(i["forms"][0] for i in ITEMS if tag(i) == "precision")
    assert first == {"chart": 43, "infographic": 26, "text": 22}


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v18", 7 if field == "table" else 4, least_rows=12)
    if field == "table":  # real tables have blanks
        assert all(any(cell == "" for row in csv.reader(t.splitlines()) for cell in row) for t in texts)


def test_attached_items_ask_for_many_kinds_of_answer() -> None:
    tables = [i for i in ITEMS if i.get("table")]
    notes = [i for i in ITEMS if i.get("markdown")]
    assert len(tables) == 28 and len(notes) == 16
    assert {i["forms"][0] for i in tables} == set(FORMS) - {"diagram"}  # the tables hold no process
    assert {i["forms"][0] for i in notes} == set(FORMS)
    assert sum(i["forms"][0] == "text" for i in tables) >= 6  # lookups and totals stay words
    assert sum(i["forms"][0] == "text" for i in notes) >= 4
    for field in ATTACHMENTS:  # every attachment is asked about four times
        assert set(Counter(i[field] for i in ITEMS if i.get(field)).values()) == {4}


def test_coverage_mirrors_v2s_form_mix() -> None:
    n = len(ITEMS)
    assert n == 300
    first = Counter(i["forms"][0] for i in ITEMS)
    share = {"text": 0.195, "chart": 0.175, "diagram": 0.125, "image": 0.12, "infographic": 0.118}
    share |= {"slides": 0.113, "app": 0.077, "animation": 0.077}
    assert all(abs(first[form] / n - s) <= 0.01 for form, s in share.items()), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 2 for t in DOMAINS), tags
    assert tags["precision"] == 91 and tags["knowledge"] == 18
    assert sum(len(i["forms"]) > 1 for i in ITEMS) == 15


def test_the_angle_people_typing_in_their_own_way() -> None:
    """Wrong-way words, needs without form words, negations, pastes, number styles, chat style."""
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.55 * len(english) <= named <= 0.75 * len(english), named  # a third name no form at all
    for phrase, form in WRONG_WAY.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
    for phrase in NEGATIONS:
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"] == ["text"], phrase
    for pattern, least in NUMBER_STYLES.items():
        assert sum(bool(re.search(pattern, i["question"])) for i in ITEMS) >= least, pattern
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.12 * len(ITEMS) <= len(multi_line) <= 0.16 * len(ITEMS)
    assert {i["lang"] for i in multi_line} == set(LANGS)
    assert sum("\t" in i["question"] for i in multi_line) >= 5  # pasted from a spreadsheet
    assert sum(";" in i["question"] for i in multi_line) >= 4  # and from a semicolon export
    lower = sum(q == q.lower() and not q.rstrip().endswith((".", "?", "!")) for q in english)
    assert lower >= 0.7 * len(english), lower


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


def test_knowledge_items_of_both_kinds_are_in_both_halves() -> None:
    for kind in ("numbers", "qualitative"):
        halves = {i["split"] for i in ITEMS if tag(i) == "knowledge" and knowledge_kind(i) == kind}
        assert halves == {"dev", "heldout"}, kind


if __name__ == "__main__":
    out = summary(ITEMS, FORM_WORDS)
    out["knowledge"] = dict(Counter(knowledge_kind(i) for i in ITEMS if tag(i) == "knowledge"))
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()

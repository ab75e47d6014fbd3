"""The thirteenth planner question set (v13) is well formed, covers its angle and keeps its split.

v13 was written blind (before reading the planner or any earlier set's questions) for the same user
population as v2 — half English, the rest in 11 languages — with a new angle: everyday requests typed
on a phone in the middle of a task. People name a form casually or by a synonym or brand word ("make
a quick pie of this", "put it in a ppt", "one of those flow things", "a little poster for the
fridge", "mind-map", "gif of", "canva-style", "excel-style chart", "keynote style", "als Torte",
"gráfico de pizza"), describe the need with no form word at all, or follow up on an attached CSV
table or markdown answer. The domains are new to the earlier sets: pharmacies, dentists, hotels,
airports, call centres, photography, tattoo studios, yoga, grooming, bakeries, breweries, bike shops,
cinemas, radio, newspapers, tax, recruiting, cleaning, camping, sailing, astronomy, chess, knitting,
board games, language and driving schools, dog training, aquariums, solar, online shops, fundraising,
hackathons and film making. Its held-out half is only meaningful while the file is frozen, so this
module recomputes the split and checks the coverage the README claims. Run as a script to print the
counts: `python -m tests.test_planner_questions_v13`.
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
    honest_items,
    honest_kind,
    precision_pairs,
    summary,
    well_formed_attached,
)
from tests.test_planner_questions_v2 import BALANCED_BY, balance_gaps, stratified_split
from tests.test_planner_questions_v3 import load, tag

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "planner_questions_v13.jsonl"
DOMAINS = (
    "pharmacy", "dental", "hotel", "airport", "callcentre", "photo", "tattoo", "yoga", "grooming",
    "bakery", "brewery", "bikeshop", "cinema", "radio", "newspaper", "tax", "recruiting", "cleaning",
    "camping", "sailing", "astronomy", "chess", "knitting", "boardgames", "langschool", "driving",
    "dogtraining", "aquarium", "solar", "ecommerce", "fundraising", "hackathon", "film",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "honest", *ATTACHMENTS)
LANGS = ("en", "es", "zh", "fr", "de", "ja", "ko", "ru", "pt", "it", "hi", "ar")
PER_LANG = {"en": 150, **dict.fromkeys(("es", "zh", "fr", "de", "ja", "ko", "ru"), 14)}
PER_LANG |= dict.fromkeys(("pt", "it", "hi", "ar"), 13)
# the names of the forms an English user may type, casual names, synonyms and brand words included
FORM_WORDS = re.compile(
    r"\b(charts?|gr[ap]+h?s?|plot|pie|donut|bars?|line it|slides?|deck|presentat\w*|pptx?|keynote|"
    r"googleslides|screens|infog\w*|poster|one.?pager|cheat sheet|summary card|card|graphics?|visual|"
    r"diagrams?|flow\w*|mind.?map|boxes and arrows|arrows|org chart|map out|picture|pic|illustration|"
    r"watercolou?r|oil painting|pixel.art|photo.realistic|product shot|logo|mascot|cover art|album cover|"
    r"mural|label art|animat\w*|gif|timelapse|moving|apps?|calculator|tracker|quiz|flashcards|timer|"
    r"picker|searchable list)\b",
    re.IGNORECASE,
)
# casual names, synonyms and brand words, and the form every question using them gets first
CASUAL = {
    "make a quick pie": "chart",
    "quick excel-style chart of prescriptions": "chart",
    "excel-style chart of my pharmacys": "infographic",
    "put it in a ppt": "slides",
    "one of those flow things": "diagram",
    "a little poster for the": "infographic",
    "mind-map": "diagram",
    "gif of": "animation",
    "like a gif": "animation",
    "canva-style thing": "infographic",
    "canva-style but just the picture": "image",
    "a picture of": "image",
    "donut": "chart",
    "keynote style": "slides",
    "googleslides thing": "slides",
    "a pptx": "slides",
    "like a timelapse": "animation",
    "little moving thing": "animation",
    "boxes and arrows": "diagram",
    "one of those fun summary graphics": "infographic",
    "una tarta rápida": "chart",
    "als Torte": "chart",
    "Präsi": "slides",
    "gráfico de pizza": "chart",
}
# words that point the wrong way, and the form a careful person makes of them
WRONG_WAY = {
    "can u make a chart of our hotel": "infographic",
    "put it in a chart": "infographic",
    "can u make a graph for the newsletter": "text",
    "deadline 31 jan\nmake a pie": "text",
    "org chart of the team": "diagram",
    "a poster for the film night but just the picture": "image",
    "做成图表": "infographic",
    "開館 1989 年。グラフにして": "infographic",
    "그래프로 만들어줘": "infographic",
    "сделай гистограмму": "infographic",
    "faz um gráfico?": "infographic",
    "इसका भी ग्राफ बना दो": "infographic",
    "سوّيها رسم بياني": "infographic",
    "ein Diagramm daraus machen": "text",
    "als Diagramm bitte": "chart",
    "¿me haces un gráfico?": "text",
    "сделай график для поста": "text",
}
# corrections: the label is what the user ended on
CORRECTIONS = {
    "was going to ask for a flow thing": "text",
    "ok so a poster... actually no": "slides",
    "j'allais demander un schéma": "text",
    "un poster ? non, plutôt 4 diapos": "slides",
    "flashcards? no": "app",
}
# the user says not to draw; the answer is words
NEGATIONS = ("no slides pls", "no diagram needed", "不用图", "그림 없이", "niente slide")


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v13", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_half_english_and_the_rest_spread_over_eleven_languages() -> None:
    assert Counter(i["lang"] for i in ITEMS) == PER_LANG


def test_honest_items_say_so_in_text_unless_the_user_supplied_the_content() -> None:
    honest = honest_items(ITEMS)
    assert sum(honest_kind(i) == "not given" for i in honest) == 18
    assert sum(honest_kind(i) == "supplied" for i in honest) == 9


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=34, others=24)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v13", 6 if field == "table" else 3, least_rows=12)
    if field == "table":  # real tables have blanks
        assert all(any(cell == "" for row in csv.reader(t.splitlines()) for cell in row) for t in texts)


def test_attached_items_ask_for_many_kinds_of_answer() -> None:
    tables = [i for i in ITEMS if i.get("table")]
    notes = [i for i in ITEMS if i.get("markdown")]
    assert len(tables) == 33 and len(notes) == 18
    assert {i["forms"][0] for i in tables} == set(FORMS) - {"diagram"}
    assert {i["forms"][0] for i in notes} == set(FORMS)
    assert sum(i["forms"][0] == "text" for i in tables) >= 6  # lookups and totals stay words
    assert sum(i["forms"][0] == "text" for i in notes) >= 3
    for field, least in (("table", 5), ("markdown", 6)):  # every attachment is asked about several times
        assert min(Counter(i[field] for i in ITEMS if i.get(field)).values()) >= least


def test_coverage_mirrors_v2s_form_mix() -> None:
    n = len(ITEMS)
    assert n == 300
    first = Counter(i["forms"][0] for i in ITEMS)
    share = {"text": 0.20, "chart": 0.17, "diagram": 0.12, "image": 0.12, "infographic": 0.12}
    share |= {"slides": 0.11, "app": 0.08, "animation": 0.08}
    assert all(abs(first[form] / n - s) <= 0.01 for form, s in share.items()), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 2 for t in DOMAINS), tags
    assert tags["precision"] == 58 and tags["honest"] == 27
    assert 0.10 * n <= sum(len(i["forms"]) > 1 for i in ITEMS) <= 0.12 * n


def test_the_angle_casual_names_and_needs_without_form_words() -> None:
    """Forms named casually or by brand words, needs with no form word, traps, pastes, chat style."""
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.55 * len(english) <= named <= 0.8 * len(english), named  # and 20-45% name no form
    for phrase, form in CASUAL.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert hits and all(i["forms"][0] == form for i in hits), phrase
    for phrase, form in {**WRONG_WAY, **CORRECTIONS}.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
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


@pytest.mark.parametrize("name", ["precision", "honest", *ATTACHMENTS])
def test_every_stratum_tag_has_items_in_both_halves(name: str) -> None:
    """Domain tags are not strata, so only these are checked (see the README)."""
    assert halves_of(ITEMS, name) == {"dev", "heldout"}


def test_honest_items_of_both_kinds_are_in_both_halves() -> None:
    for kind in ("not given", "supplied"):
        assert halves_of(ITEMS, "honest", kind) == {"dev", "heldout"}, kind


if __name__ == "__main__":
    json.dump(summary(ITEMS, FORM_WORDS), sys.stdout, indent=1, ensure_ascii=False)
    print()

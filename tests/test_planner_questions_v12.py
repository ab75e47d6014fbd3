"""The twelfth planner question set (v12) is well formed, covers its angle and keeps its split.

v12 was written blind (before reading the planner or any earlier set's questions) for the same user
population as v2 — about half English, the rest in 11 languages — with a new angle: people who
describe their **need** ("my team keeps mixing up…", "my kid doesn't get how…", "help me present…",
"I want my husband to SEE it") far more often than they name a form, in domains new to the earlier
sets: farming, real estate, hospital admin, schools, restaurants and cafés, software teams, local
councils, amateur sport, charities, travel, household budgets, gardening, building trades, retail,
bands and choirs, parenting, moving house, volunteering, science classes and cooking. A fifth are
precision items (numbers of different kinds that must not become one chart, beside look-alikes that
are one chart), some are honest items (content that cannot be known offline, beside content the user
supplies), and 53 ask about an attached table or markdown answer. Its held-out half is only
meaningful while the file is frozen, so this module recomputes the split and checks the coverage the
README claims. Run as a script to print the counts: `python -m tests.test_planner_questions_v12`.
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
QUESTIONS = DATA / "planner_questions_v12.jsonl"
DOMAINS = (
    "farm", "realestate", "hospital", "school", "restaurant", "software", "council", "sport",
    "charity", "travel", "budget", "garden", "building", "retail", "music", "parenting", "moving",
    "volunteer", "science", "cooking",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "honest", *ATTACHMENTS)
LANGS = ("en", "es", "zh", "fr", "de", "ja", "ko", "ru", "pt", "it", "hi", "ar")
PER_LANG = {"en": 150, **dict.fromkeys(("es", "zh", "fr", "de", "ja", "ko", "ru"), 14)}
PER_LANG |= dict.fromkeys(("pt", "it", "hi", "ar"), 13)
# the names of the forms an English user may type, typos included
FORM_WORDS = re.compile(
    r"\b(charts?|chrat|gr[ap]+h?s?|plot|pie|bars?|slides?|sldies|deck|dekc|presentat\w*|presentaiton|"
    r"powerpoint|ppt|infog\w*|poster|one.?pager|cheat sheet|checklist|diagrams?|flow\w*|mind map|"
    r"timeline|picture|illustration|watercolou?r|pixel art|visuali[sz]e|animat\w*|gif|apps?|"
    r"calculator|tracker|quiz|flashcards|timer|tool)\b",
    re.IGNORECASE,
)
TYPOS = ("chrat it pls", "6 sldies", "pitch dekc", "presentaiton for")
# words that point the wrong way, and the form a careful person makes of them
WRONG_WAY = {
    "poster picture for the kids science fair": "image",
    "could do it as a bar graph?": "infographic",
    "3 hotfixes\nmake it a chart": "infographic",
    "can you make a graph of that for the newsletter": "text",
    "make me a graph to show the doctor": "text",
    "hazlo con un gráfico de barras": "infographic",
    "做成柱状图发群里": "infographic",
    "Diagramm: Mitglieder": "chart",
    "kannst du ein Balkendiagramm machen?": "text",
    "19:00\nグラフにして": "infographic",
    "막대그래프로 만들어줘": "infographic",
    "сделай гистограмму для сайта": "infographic",
    "grafico a barre?": "infographic",
    "इसका ग्राफ बनाओ": "infographic",
    "اعملها رسم بياني للمعرض": "infographic",
}
# corrections: the label is what the user ended on
CORRECTIONS = {
    "actually no, bars": "chart",
    "was going to ask for a flowchart": "text",
    "¿un diagrama? no, mejor un cartel": "infographic",
    "本来想要个图，算了": "text",
    "non en fait je dois la présenter": "slides",
    "pensavo a un volantino, anzi no": "slides",
}
# the user says not to draw; the answer is words (11 of the 12 languages)
NEGATIONS = (
    "no diagrams please", "so no pictures", "nada de esquemas", "pas de schéma", "kein Diagramm",
    "グラフはいらない", "차트 말고", "не надо схем", "sem gráfico", "चार्ट नहीं चाहिए", "بدون رسم",
)  # fmt: skip


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v12", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_half_english_and_the_rest_spread_over_eleven_languages() -> None:
    assert Counter(i["lang"] for i in ITEMS) == PER_LANG


def test_honest_items_say_so_in_text_unless_the_user_supplied_the_content() -> None:
    honest = honest_items(ITEMS)
    assert sum(honest_kind(i) == "not given" for i in honest) == 17
    assert sum(honest_kind(i) == "supplied" for i in honest) == 7


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=29, others=31)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v12", 7 if field == "table" else 4, least_rows=12)
    if field == "table":  # real tables have blanks
        assert all(any(cell == "" for row in csv.reader(t.splitlines()) for cell in row) for t in texts)


def test_attached_items_ask_for_many_kinds_of_answer() -> None:
    tables = [i for i in ITEMS if i.get("table")]
    notes = [i for i in ITEMS if i.get("markdown")]
    assert len(tables) == 35 and len(notes) == 18
    assert {i["forms"][0] for i in tables} == set(FORMS) - {"diagram"}
    assert {i["forms"][0] for i in notes} == set(FORMS)
    assert sum(i["forms"][0] == "text" for i in tables) >= 8  # summaries and lookups stay words
    assert sum(i["forms"][0] == "text" for i in notes) >= 3
    for field, least in (("table", 4), ("markdown", 3)):  # every attachment is asked about more than once
        assert min(Counter(i[field] for i in ITEMS if i.get(field)).values()) >= least


def test_coverage_mirrors_v2s_form_mix() -> None:
    n = len(ITEMS)
    assert n == 300
    first = Counter(i["forms"][0] for i in ITEMS)
    share = {"text": 0.20, "chart": 0.17, "diagram": 0.12, "image": 0.12, "infographic": 0.12}
    share |= {"slides": 0.11, "app": 0.08, "animation": 0.08}
    assert all(abs(first[form] / n - s) <= 0.01 for form, s in share.items()), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 4 for t in DOMAINS), tags
    assert tags["precision"] == 60 and tags["honest"] == 24
    assert 0.04 * n <= sum(len(i["forms"]) > 1 for i in ITEMS) <= 0.08 * n


def test_the_angle_needs_described_more_than_forms_named() -> None:
    """Most English users describe a need; typos, wrong-way words, corrections, negations, pastes."""
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.3 * len(english) <= named <= 0.5 * len(english), named
    everything = "\n".join(i["question"] for i in ITEMS)
    assert all(typo in everything for typo in TYPOS)
    for phrase, form in {**WRONG_WAY, **CORRECTIONS}.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
    for phrase in NEGATIONS:
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"] == ["text"], phrase
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.12 * len(ITEMS) <= len(multi_line) <= 0.16 * len(ITEMS)
    assert {i["lang"] for i in multi_line} == set(LANGS)
    assert sum("\t" in i["question"] for i in multi_line) >= 2  # pasted from a spreadsheet
    lower = sum(q == q.lower() and not q.rstrip().endswith((".", "?", "!")) for q in english)
    assert lower >= 0.5 * len(english), lower


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

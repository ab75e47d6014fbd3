"""The eleventh planner question set (v11) is well formed, covers its angle and keeps its split.

v11 was written blind (before reading the planner or any earlier set's questions) for the same user
population as v2, in domains new to the earlier sets: logistics (only in precision and table items), insurance, law offices, libraries,
vets, fitness coaching, weddings, theatre, fishing, mining, hairdressing, public transport, religious
communities, esports, museums, beekeeping, car repair, student unions, elderly care and podcasts —
20 questions in each of 15 languages. It aims at the situations a planner gets wrong: image requests
that never say "draw" (a mascot, a book cover, a mood board, "what would … look like"), a given number
of slides, checklists, cheat sheets, side-by-side comparisons, who-reports-to-whom and what-depends-on-
what, processes with a decision, content the user supplies, motion and apps asked for in everyday
words, and traps (form words pointing the wrong way, negations, corrections, questions about a form,
advice and poems). A quarter are precision items (numbers of different kinds that must not become one
chart, beside look-alikes that are one chart), some are honest items (content that cannot be known
offline, beside content the user supplies), and 55 ask about an attached table or markdown answer.
Its held-out half is only meaningful while the file is frozen, so this module recomputes the split
and checks the coverage the README claims.
Run as a script to print the counts: `python -m tests.test_planner_questions_v11`.
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
QUESTIONS = DATA / "planner_questions_v11.jsonl"
DOMAINS = (
    "insurance", "law", "library", "vet", "fitness", "wedding", "theatre", "fishing",
    "mining", "salon", "transport", "faith", "esports", "museum", "bees", "garage", "union", "care",
    "podcast",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "honest", *ATTACHMENTS)
LANGS = ("en", "es", "fr", "de", "pt", "it", "zh", "ja", "ko", "ru", "ar", "hi", "nl", "tr", "pl")
# the names of the forms an English user may type, typos included
FORM_WORDS = re.compile(
    r"\b(charts?|gr[ap]+g?hs?|plot|pie|slides?|sildes|deck|presentat\w*|powerpoint|ppt|infog\w*|"
    r"poster|one.?pager|cheat sheet|diagrams?|flow\w*|mind map|org chart|timeline|picture|"
    r"illustration|watercolou?r|render|logo|animat\w*|gif|apps?|calculator|tracker|quiz)\b",
    re.IGNORECASE,
)
TYPOS = ("sildes", "flowchrat", "grapgh", "plot hony", "presentacion de 5")
# words that point the wrong way, and the form a careful person makes of them
WRONG_WAY = {
    "draw a crowd": "text",
    "make a grapgh of it": "infographic",
    "poster picture for the play": "image",
    "cuadro comparativo": "infographic",
    "Diagramm: verkaufte": "chart",
    "bitte als Balkendiagramm": "infographic",
    "做成柱状图": "text",
    "4月済み。グラフにして": "text",
    "차트 말고 그냥 말로": "text",
    "اعملها رسم بياني": "infographic",
    "इसका ग्राफ बनाओ": "infographic",
    "maak er een staafdiagram van": "text",
    "trenuję od 2018 — zrób wykres": "text",
}
# corrections: the label is what the user ended on
CORRECTIONS = {
    "no actually just tell me": "text",
    "ou plutôt non, une affiche": "infographic",
    "euh non, plutôt une petite animation": "animation",
    "nee, lieber 3 Folien": "slides",
    "やっぱり壁に貼る一枚もの": "infographic",
    "아 아니다 그냥 글로": "text",
    "нет, просто текст": "text",
    "anzi no, dimmi solo": "text",
    "yok, düz liste yeterli": "text",
}
# the user says not to draw; the answer is words (13 languages; English and Spanish ask about a
# form or correct themselves instead)
NEGATIONS = (
    "pas de schéma", "kein Diagramm", "sem slides",
    "不要图表", "グラフはいらない", "차트 말고", "не надо схем", "بدون رسم", "चार्ट नहीं चाहिए",
    "geen grafiek", "grafik olmasın", "bez wykresów",
)  # fmt: skip


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v11", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_twenty_questions_in_each_language() -> None:
    assert Counter(i["lang"] for i in ITEMS) == dict.fromkeys(LANGS, 20)


def test_honest_items_say_so_in_text_unless_the_user_supplied_the_content() -> None:
    honest = honest_items(ITEMS)
    assert sum(honest_kind(i) == "not given" for i in honest) == 18
    assert sum(honest_kind(i) == "supplied" for i in honest) == 6


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=36, others=40)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v11", 6 if field == "table" else 4, least_rows=12)
    if field == "table":  # real tables have blanks
        assert all(any(cell == "" for row in csv.reader(t.splitlines()) for cell in row) for t in texts)


def test_attached_items_ask_for_every_kind_of_answer() -> None:
    tables = [i for i in ITEMS if i.get("table")]
    notes = [i for i in ITEMS if i.get("markdown")]
    assert len(tables) == 35 and len(notes) == 20
    assert {i["forms"][0] for i in tables} == set(FORMS)
    assert {i["forms"][0] for i in notes} == set(FORMS)
    assert sum(i["forms"][0] == "text" for i in tables) >= 8  # summaries and lookups stay words
    assert sum(i["forms"][0] == "text" for i in notes) >= 3
    for field in ATTACHMENTS:  # every attachment is asked about more than once
        assert min(Counter(i[field] for i in ITEMS if i.get(field)).values()) >= 4


def test_coverage() -> None:
    n = len(ITEMS)
    assert n == 300
    first = Counter(i["forms"][0] for i in ITEMS)
    assert first.most_common(1)[0][0] == "text", first
    assert all(first[form] >= 40 for form in ("chart", "infographic")), first
    assert all(first[form] >= 25 for form in ("slides", "diagram", "image")), first
    assert all(first[form] >= 20 for form in ("animation", "app")), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 3 for t in DOMAINS), tags
    assert 70 <= tags["precision"] <= 80
    assert tags["honest"] == 24
    assert 0.08 * n <= sum(len(i["forms"]) > 1 for i in ITEMS) <= 0.15 * n


def test_the_angle_chat_box_users_is_really_there() -> None:
    """Named and unnamed forms, typos, wrong-way words, corrections, negations, pasted lists."""
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.35 * len(english) <= named <= 0.65 * len(english), named
    everything = "\n".join(i["question"] for i in ITEMS)
    assert all(typo in everything for typo in TYPOS)
    for phrase, form in {**WRONG_WAY, **CORRECTIONS}.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
    for phrase in NEGATIONS:
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"] == ["text"], phrase
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.12 * len(ITEMS) <= len(multi_line) <= 0.18 * len(ITEMS)
    assert {i["lang"] for i in multi_line} == set(LANGS)
    lower = sum(q == q.lower() and not q.rstrip().endswith((".", "?", "!")) for q in english)
    assert lower >= 0.6 * len(english), lower


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

"""The fifteenth planner question set (v15) is well formed, covers its angle and keeps its split.

v15 was written blind (before reading the planner or any earlier set's questions) for the same user
population as v2 — half English, the rest in 11 languages — with a new angle: the two extremes of
length. About two in five questions are terse one-liners of two to eight words, often without a verb
("sales by region pie", "q3 numbers slides 5", "dragon on castle watercolor for panto poster",
"compare iphone vs pixel", "haz un chart de esto", "bitte ein flowchart for deploy", "ek pie chart
bana do"); about three in ten paste long content with a short ask on top or at the bottom (meeting
notes, emails quoted with `>`, bullet lists of steps, pros and cons, tab- and semicolon-separated
rows from a spreadsheet, a chat log, a numbered plan); the rest are ordinary questions, a fifth of
the set being ones whose honest answer is plain text even where a form word appears (how-tos,
advice, a quick question, an opinion, a poem, a definition, numbers in mixed units, "just tell
me"). Form words are sometimes misspelt (grpah, slidse, infografic, diagarm, animaton). The domains
are new to the earlier sets: beekeeping, wineries, florists, plumbing, libraries, museums, theatre,
choirs, dance schools, climbing gyms, skiing, fishing, dairy farms, pottery, woodwork, weddings, real
estate, insurance, law offices, vets, coffee, food trucks, escape rooms, esports, podcasts,
recycling, public transport, phones and coworking. Its held-out half is only meaningful while the
file is frozen, so this module recomputes the split and checks the coverage the README claims. Run as
a script to print the counts: `python -m tests.test_planner_questions_v15`.
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
QUESTIONS = DATA / "planner_questions_v15.jsonl"
DOMAINS = (
    "beekeeping", "winery", "florist", "plumbing", "library", "museum", "theatre", "choir", "dance",
    "climbing", "skiing", "fishing", "dairy", "pottery", "woodwork", "wedding", "realestate",
    "insurance", "legal", "vet", "coffee", "foodtruck", "escaperoom", "esports", "podcast",
    "recycling", "transit", "phones", "coworking", "misc",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "honest", *ATTACHMENTS)
LANGS = ("en", "es", "zh", "fr", "de", "ja", "ko", "ru", "pt", "it", "hi", "ar")
PER_LANG = {"en": 150, **dict.fromkeys(("es", "zh", "fr", "de", "ja", "ko", "ru"), 14)}
PER_LANG |= dict.fromkeys(("pt", "it", "hi", "ar"), 13)
# the names of the forms an English user may type, misspelt ones included (for the printed summary)
FORM_WORDS = re.compile(
    r"\b(charts?|gr[ap]+h?s?|plot|pie|donut|bars?|line|slid\w*|deck|presentai?t?\w*|pptx?|infog\w*|"
    r"poster|one.?pager|cheat sheet|card|visualise|diag\w*|flow\w*|mind.?map|boxes and arrows|arrows|"
    r"org chart|sketch|pic|picture|watercolou?r|oil painting|pixel.art|cinematic|product shot|logo|"
    r"mascot|album cover|label|animat\w*|gif|moving|apps?|calc\w*|timer|picker|quiz|flashcards|"
    r"tick (?:these|them) off)\b",
    re.IGNORECASE,
)
# misspelt form words, and the form every question using them gets first
TYPOS = {
    "grpah": "chart",
    "slidse": "slides",
    "infografic": "infographic",
    "diagarm": "diagram",
    "animaton": "animation",
    "presentaion": "slides",
    "flowchrat": "diagram",
}
# code-switching: an English form word inside another language, and the form it gets
CODE_SWITCH = {
    "haz un chart de esto": "chart",
    "bitte ein flowchart for deploy": "diagram",
    "ek pie chart bana do": "chart",
    "合唱团年会slidse": "slides",
    "ke liye pitch deck": "slides",
    "के लिए quiz": "app",
    "भुगतान, flowchart": "diagram",
    "शनि 31 bar graph": "chart",
    "प्रक्रिया animate करो": "animation",
}
# words that point the wrong way, and the form a careful person makes of them
WRONG_WAY = {
    "make a chart for the website": "infographic",
    "7 yrs updates graph it": "infographic",
    "chart for the noticeboard": "infographic",
    "since 1956\ngraph?": "infographic",
    "which graph shows this best": "infographic",
    "student loan plan 2 — pie?": "text",
    "graph for the newsletter?": "text",
    "make a bar graph": "text",
    "for panto poster": "image",
    "hazme una gráfica": "infographic",
    "kannst du ein Diagramm draus machen": "infographic",
    "als Diagramm bitte": "chart",
    "これグラフにできる": "text",
    "그래프로 만들어줘": "infographic",
    "сделай гистограмму": "infographic",
    "сделай график для поста": "text",
    "graphique pour le journal": "text",
    "0571 555 210\nfammi un grafico": "infographic",
    "dal meccanico": "text",
    "इसका ग्राफ बना दो": "infographic",
    "juste l'image": "image",
}
# terse one-liners that look like a request for one form and are labelled what a careful reader makes
TERSE = {
    "sales by region pie": ["text"],
    "q3 numbers slides 5": ["slides", "text"],
    "compare iphone vs pixel": ["infographic", "text"],
    "esports prize pools by year graph": ["text"],
    "graph of our podcast downloads": ["text"],
    "busiest day?": ["text"],
    "salmon life cycle": ["diagram", "text"],
}
CJK = ("zh", "ja")


def terse(item: dict[str, Any]) -> bool:
    """One line of at most eight words (sixteen characters in Chinese and Japanese, which use no spaces)."""
    question = item["question"]
    if "\n" in question:
        return False
    return len(question) <= 16 if item["lang"] in CJK else len(question.split()) <= 8


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v15", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_half_english_and_the_rest_spread_over_eleven_languages() -> None:
    assert Counter(i["lang"] for i in ITEMS) == PER_LANG


def test_honest_items_say_so_in_text_unless_the_user_supplied_the_content() -> None:
    honest = honest_items(ITEMS)
    assert sum(honest_kind(i) == "not given" for i in honest) == 19
    assert sum(honest_kind(i) == "supplied" for i in honest) == 8


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=33, others=24)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v15", 7 if field == "table" else 3, least_rows=12)
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
    for field, least in (("table", 4), ("markdown", 6)):  # every attachment is asked about several times
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
    assert tags["precision"] == 57 and tags["honest"] == 27
    assert sum(len(i["forms"]) > 1 for i in ITEMS) == 50


def test_the_angle_terse_one_liners_and_long_pastes() -> None:
    """About 40% terse one-liners, about 30% pasted multi-line content, in every language."""
    short = [i for i in ITEMS if terse(i)]
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.38 * len(ITEMS) <= len(short) <= 0.46 * len(ITEMS), len(short)
    assert 0.27 * len(ITEMS) <= len(multi_line) <= 0.33 * len(ITEMS), len(multi_line)
    assert {i["lang"] for i in short} == {i["lang"] for i in multi_line} == set(LANGS)
    assert sum("\t" in i["question"] for i in multi_line) >= 3  # rows pasted from a spreadsheet
    assert sum(";" in i["question"] for i in multi_line) >= 2  # and from a semicolon export
    quoted = [i for i in multi_line if any(line.startswith(">") for line in i["question"].splitlines())]
    assert len(quoted) >= 3  # emails quoted with `>`
    for question, forms in TERSE.items():
        hits = [i for i in ITEMS if i["question"] == question]
        assert len(hits) == 1 and hits[0]["forms"] == forms and terse(hits[0]), question


def test_the_angle_typos_code_switching_wrong_way_words_and_plain_answers() -> None:
    for phrase, form in {**TYPOS, **CODE_SWITCH}.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert hits and all(i["forms"][0] == form for i in hits), phrase
    for phrase, form in WRONG_WAY.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
    told = [i for i in ITEMS if "just tell me" in i["question"]]
    assert len(told) >= 4 and all(i["forms"] == ["text"] for i in told)
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
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
    out = summary(ITEMS, FORM_WORDS)
    out["terse"] = dict(Counter(i["lang"] for i in ITEMS if terse(i)))
    out["multi_line_by_lang"] = dict(Counter(i["lang"] for i in ITEMS if "\n" in i["question"]))
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()

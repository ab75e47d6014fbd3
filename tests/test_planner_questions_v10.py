"""The tenth planner question set (v10) is well formed, covers its angle and keeps its split.

v10 was written blind (before reading the planner or any earlier set's questions) for the same user
population as v2, in new domains and new words: people in a chat box who often name the form they
want ("bar chart", "deck", "infogrphic", "flwochart", "Diagramm", "幻灯片", "رسم بياني"), as often
leave it to be inferred ("imagine…", "let me play with the numbers", "make it move"), and use words
that point the wrong way ("chore chart", "org chart", "seating plan", "chart a course", "draw
conclusions"). A quarter are precision items (numbers of different kinds that must not become one
chart, beside look-alikes that are one chart), some are honest items (content that cannot be known
offline, beside content the user supplies), and 57 ask about an attached table or markdown answer.
Its held-out half is only meaningful while the file is frozen, so this module recomputes the split
and checks the coverage the README claims.
Run as a script to print the counts: `python -m tests.test_planner_questions_v10`.
"""

from __future__ import annotations

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
    honest_items,
    honest_kind,
    precision_pairs,
    well_formed_attached,
)
from tests.test_planner_questions_v2 import BALANCED_BY, balance_gaps, counts, stratified_split
from tests.test_planner_questions_v3 import load, tag

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "planner_questions_v10.jsonl"
DOMAINS = (
    "retail", "ngo", "sport", "school", "health", "farm", "software", "home",
    "travel", "building", "food", "music", "science", "city", "money", "hobby",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "honest", *ATTACHMENTS)
LANGS = ("en", "es", "fr", "de", "pt", "it", "zh", "ja", "ko", "ru", "ar", "hi", "nl", "tr", "pl")
# the names of the forms an English user may type, typos included
FORM_WORDS = re.compile(
    r"\b(charts?|gr[ap]+hs?|plot|pie|slides?|deck|presentai?tion|powerpoint|ppt|infog\w*|poster|"
    r"one.?pager|cheat sheet|diagrams?|fl\w*chart|mind map|org chart|timeline|picture|illustration|"
    r"watercolor|render|logo|animat\w*|gif|apps?|calculator|tracker|quiz)\b",
    re.IGNORECASE,
)
TYPOS = ("grpah", "presentaion", "infogrphic", "flwochart", "presentasion", "infografia")
# words that point the wrong way, and the form a careful person makes of them
WRONG_WAY = {
    "chore chart": "app",
    "org chart for our ward": "diagram",
    "seating plan": "diagram",
    "poster of a wolf": "image",
    "chart a course": "text",
    "conclusions can we draw": "text",
    "map out my week": "text",
    "usual timeline for renewing": "text",
    "Diagramm: Umsatz": "chart",
    "Zeitstrahl": "text",
    "tracer les grandes lignes": "text",
    "tracciare un confine": "text",
}


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v10", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_honest_items_say_so_in_text_unless_the_user_supplied_the_content() -> None:
    honest = honest_items(ITEMS)
    assert sum(honest_kind(i) == "supplied" for i in honest) >= 5


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=40, others=42)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v10", 8 if field == "table" else 5, least_rows=10)
    assert texts


def test_attached_items_ask_for_every_kind_of_answer() -> None:
    tables = [i for i in ITEMS if i.get("table")]
    notes = [i for i in ITEMS if i.get("markdown")]
    assert len(tables) >= 33 and len(notes) >= 18
    assert len({i["forms"][0] for i in tables}) >= 7  # summaries, lookups, charts, decks, apps, motion…
    assert len({i["forms"][0] for i in notes}) >= 7
    assert sum(i["forms"][0] == "text" for i in tables) >= 8  # summaries and lookups stay words
    assert sum(i["forms"][0] == "text" for i in notes) >= 2


def test_coverage() -> None:
    n = len(ITEMS)
    assert 340 <= n <= 360
    langs = Counter(i["lang"] for i in ITEMS)
    assert 0.33 * n <= langs["en"] <= 0.40 * n, langs
    assert all(langs[lang] >= 15 for lang in LANGS), langs
    first = Counter(i["forms"][0] for i in ITEMS)
    assert [form for form, _ in first.most_common(2)] == ["text", "chart"], first
    assert all(first[form] >= 25 for form in ("slides", "infographic", "diagram", "image")), first
    assert all(first[form] >= 15 for form in ("animation", "app")), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 5 for t in DOMAINS), tags
    assert 80 <= tags["precision"] <= 95
    assert 25 <= tags["honest"] <= 35
    assert 0.10 * n <= sum(len(i["forms"]) > 1 for i in ITEMS) <= 0.20 * n


def test_the_angle_chat_box_users_is_really_there() -> None:
    """Named and unnamed forms in about equal measure, typos, wrong-way words, pasted lists."""
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.4 * len(english) <= named <= 0.65 * len(english), named
    everything = "\n".join(i["question"] for i in ITEMS)
    assert all(typo in everything for typo in TYPOS)
    for phrase, form in WRONG_WAY.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.12 * len(ITEMS) <= len(multi_line) <= 0.18 * len(ITEMS)
    assert {i["lang"] for i in multi_line} == set(LANGS)
    lower = sum(q == q.lower() and not q.rstrip().endswith((".", "?", "!")) for q in english)
    assert lower >= 0.3 * len(english), lower


@pytest.mark.parametrize("form", FORMS)
def test_every_form_is_first_in_every_language(form: str) -> None:
    assert {i["lang"] for i in ITEMS if i["forms"][0] == form} == set(LANGS)


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
    out["english_form_words"] = sum(
        bool(FORM_WORDS.search(i["question"])) for i in ITEMS if i["lang"] == "en"
    )
    out["precision_first"] = dict(Counter(i["forms"][0] for i in ITEMS if tag(i) == "precision"))
    out["honest"] = dict(Counter(honest_kind(i) for i in ITEMS if tag(i) == "honest"))
    out["table_first"] = dict(Counter(i["forms"][0] for i in ITEMS if i.get("table")))
    out["markdown_first"] = dict(Counter(i["forms"][0] for i in ITEMS if i.get("markdown")))
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()

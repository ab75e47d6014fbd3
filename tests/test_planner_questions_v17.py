"""The seventeenth planner question set (v17) is well formed, covers its angle and keeps its split.

v17 was written blind (before reading the planner or any earlier set's questions) as a third re-take
of v2's own angle — every form, about 30% precision items (numbers that must not be one chart next to
lists that are charts), wrong-way words, forms asked without their keyword and offline-knowledge
items, for v2's population (half English, the rest in 11 languages) — written as the messages people
really send an assistant in the middle of a task: a line of backstory before the ask ("so my boss
wants…", "ok next thing:"), the ask at the end or buried in the middle, hedging ("could you maybe…",
"not sure if this makes sense but"), emoji, voice-dictation artefacts ("comma", "full stop"), and
fragments pasted from emails, spreadsheets and WhatsApp with the question typed around them. The 30
domains are new to the earlier sets: tailors, locksmiths, funeral homes, bowling, karaoke, mushroom
farms, bookbinding, translation agencies, roofing, pest control, bubble tea, thrift shops, makerspaces,
drone surveying, glassblowing, piano tuning, perfume, candles, vending, parking, self-storage,
watchmakers, circus schools, arborists, upholstery, hot-air balloons, auctions, saunas, car rental and
scuba diving. Its held-out half is only meaningful while the file is frozen, so this module recomputes
the split and checks the coverage the README claims. Run as a script to print the counts:
`python -m tests.test_planner_questions_v17`.
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
QUESTIONS = DATA / "planner_questions_v17.jsonl"
DOMAINS = (
    "tailor", "locksmith", "funeral", "bowling", "karaoke", "mushroom", "bookbinding", "translation",
    "roofing", "pestcontrol", "bubbletea", "thrift", "makerspace", "drones", "glass", "piano",
    "perfume", "candles", "vending", "parking", "storage", "watchmaker", "circus", "arborist",
    "upholstery", "balloon", "auction", "sauna", "carrental", "dive",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "knowledge", *ATTACHMENTS)
LANGS = ("en", "es", "zh", "fr", "de", "ja", "ko", "ru", "pt", "it", "hi", "ar")
PER_LANG = {"en": 150, **dict.fromkeys(("es", "zh", "fr", "de", "ja", "ko", "ru"), 14)}
PER_LANG |= dict.fromkeys(("pt", "it", "hi", "ar"), 13)
# the names of the forms an English user may type, casual names and wrong-way words included
FORM_WORDS = re.compile(
    r"\b(charts?|gr[ap]+h\w*|plot|pie|donut|bars?|lines?|slides?|deck|presenta\w*|keynote|screens?|"
    r"projector|infog\w*|poster|sheet|cheat sheet|card|timeline|checklist|side by side|visual\w*|"
    r"diagrams?|flow|loop|decision trees?|boxes and arrows|map( it| that)? out|draw\w*|picture|pic|"
    r"image|shot|illustration|watercolou?r|oil painting|pixel.art|album.cover|mascot|animat\w*|"
    r"timelapse|moving|calculator|converter|timer|quiz|tracker)\b",
    re.IGNORECASE,
)
# words that point the wrong way (or both ways), and the form a careful person makes of them
WRONG_WAY = {
    "could you make a chart for the bowling alley's website": "infographic",
    "so my boss wants a graph for the van door": "infographic",
    "they said 'send a graph' but its just facts": "infographic",
    "'service chart' for the counter": "infographic",
    "could you make a key chart for the new staff": "infographic",
    "can u make a graph of that for the facebook post": "text",
    "can you make a chart of it": "text",
    "my boss wants a graph of this lol": "text",
    "could u do an org chart for the roofing firm": "diagram",
    "seating chart for the makerspace dinner": "diagram",
    "autumn sale but just the picture": "image",
    "big inflatable slide": "image",
    "¿me haces un gráfico con esto para la feria?": "infographic",
    "¿me haces una gráfica para el grupo de WhatsApp?": "text",
    "¿cómo animo a la gente": "text",
    "ein Diagramm für den Flyer": "infographic",
    "mach mir dazu eine Grafik?": "text",
    "Könntest du vielleicht ein Diagramm draus machen?": "chart",
    "una torta a forma di birillo": "image",
    "dá pra fazer um gráfico com isso pro insta?": "infographic",
    "faz um gráfico disso": "text",
    "сделай диаграмму пожалуйста, для отчёта": "chart",
    "老板让我做个图表放门口": "infographic",
    "能帮我画个图发朋友圈吗": "text",
    "사장님이 이걸로 그래프 만들어 달래요": "infographic",
    "그림으로 보여줄 수 있어요?": "diagram",
    "इसका ग्राफ बना दो व्हाट्सऐप ग्रुप के लिए": "text",
    "ممكن تسوي له رسم بياني؟": "text",
    "サーカス教室の持ち物リスト": "infographic",
}
# corrections: the label is what the user ended on
CORRECTIONS = {
    "was going to ask for a pie but actually just tell me": "text",
    "ok so a poster for the agm... actually no": "slides",
    "tu peux me faire un camembert ? en fait dis-moi juste le total": "text",
    "그래프로 그려줄 수 있어요? 아 그냥": "text",
}
# the user says not to draw; the answer is words
NEGATIONS = ("no slides pls", "график не нужен", "без графиков", "그림 말고 글로만요", "dont need a visual")
# how people write to an assistant in the middle of a task
BACKSTORY = re.compile(
    r"(my boss|my manager|boss wants|owner wants|ok next thing|next thing|ok so|so my|not sure if this "
    r"makes sense|could you maybe|quick one|quick favour|sorry|bear with me|lol|mein chef|mi jefe|"
    r"mon patron|ma patronne|la titolare|meu gerente|начальник|老板|领导|上司|사장님|팀장님|मालिक|المدير)",
    re.IGNORECASE,
)
POLITE = re.compile(
    r"(could you|could u|can u|can you|pls|please|maybe|not sure|por favor|bitte|stp|per favore|grazie|"
    r"пожалуйста|お願い|부탁|帮|请|لو سمحت|🙏)",
    re.IGNORECASE,
)
EMOJI = re.compile("[\U0001f300-\U0001faff\u2705\u2600-\u27bf]")
DICTATION = ("comma", "full stop", "period", "voice")
PASTED = re.compile(r"(^> |\[\d{1,2}:\d{2}|\t|;)", re.MULTILINE)


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v17", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_half_english_and_the_rest_spread_over_eleven_languages() -> None:
    assert Counter(i["lang"] for i in ITEMS) == PER_LANG


def test_knowledge_items_accept_text_and_missing_numbers_are_text_only() -> None:
    offline_labels(ITEMS)
    knowledge = [i for i in ITEMS if tag(i) == "knowledge"]
    kinds = Counter(i["note"].split(":", 1)[1].split("—", 1)[0].strip() for i in knowledge)
    assert kinds == {"numbers": 15, "qualitative": 9}, kinds
    for item in knowledge:
        if "numbers —" in item["note"]:
            assert item["forms"] == ["text"], item["id"]
        else:  # an LLM planner can fill a qualitative visual; text stays right
            assert item["forms"][0] != "text" and "text" in item["forms"], item["id"]


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=40, others=51)
    assert sum(tag(i) == "precision" for i in ITEMS) == 91  # 30% of the set


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v17", 6 if field == "table" else 3, least_rows=12)
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
    share = {"text": 0.195, "chart": 0.175, "diagram": 0.125, "image": 0.12, "infographic": 0.118}
    share |= {"slides": 0.113, "app": 0.077, "animation": 0.077}
    assert all(abs(first[form] / n - s) <= 0.01 for form, s in share.items()), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[t] >= 2 for t in DOMAINS), tags
    assert 0.09 * n <= sum(len(i["forms"]) > 1 for i in ITEMS) <= 0.12 * n


def test_the_angle_messages_sent_in_the_middle_of_a_task() -> None:
    """Backstory and hedging, emoji, dictation, pastes; wrong-way words, corrections, negations."""
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.55 * len(english) <= named <= 0.8 * len(english), named  # and 20-45% name no form
    assert sum(bool(BACKSTORY.search(i["question"])) for i in ITEMS) >= 0.25 * len(ITEMS)
    assert sum(bool(POLITE.search(i["question"])) for i in ITEMS) >= 0.3 * len(ITEMS)
    assert sum(bool(EMOJI.search(i["question"])) for i in ITEMS) >= 30
    assert sum(any(w in i["question"] for w in DICTATION) for i in ITEMS if i["lang"] == "en") >= 2
    for phrase, form in {**WRONG_WAY, **CORRECTIONS}.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
    for phrase in NEGATIONS:
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"] == ["text"], phrase
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.13 * len(ITEMS) <= len(multi_line) <= 0.17 * len(ITEMS)
    assert {i["lang"] for i in multi_line} == set(LANGS)
    assert sum("\t" in i["question"] for i in multi_line) >= 5  # pasted from a spreadsheet
    assert sum(";" in i["question"] for i in multi_line) >= 3  # and from a semicolon export
    assert sum(bool(re.search(r"\[\d{1,2}:\d{2}", i["question"])) for i in multi_line) >= 3  # WhatsApp
    assert sum(bool(re.search(r"^> ", i["question"], re.M)) for i in ITEMS) >= 4  # quoted emails
    assert sum(bool(PASTED.search(i["question"])) for i in multi_line) >= 15
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
    out = summary(ITEMS, FORM_WORDS)
    out["backstory"] = sum(bool(BACKSTORY.search(i["question"])) for i in ITEMS)
    out["polite"] = sum(bool(POLITE.search(i["question"])) for i in ITEMS)
    out["emoji"] = sum(bool(EMOJI.search(i["question"])) for i in ITEMS)
    out["multi_form"] = sum(len(i["forms"]) > 1 for i in ITEMS)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()

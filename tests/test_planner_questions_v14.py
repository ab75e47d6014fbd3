"""The fourteenth planner question set (v14) is well formed, covers its angle and keeps its split.

v14 was written blind (before reading the planner or any earlier set's questions beyond v13's first
three lines) for the same user population as v2 — half English, the rest in 11 languages — as a
re-take of v2's own angle with fresh people and domains: 30% precision items (lists of numbers that
must not be plotted together — mixed units, years, versions, phone numbers, dates, durations, prices,
roadmaps, personal day logs, one product's specs, recipe quantities — next to lists that are one chart,
with local thousands separators such as `1.300`, `1 240`, `120.000 €`, `412 000`), 15% words that
point the wrong way (a chore chart, an org chart, a seating chart, "Diagramm" meaning a chart, a poster
that is a picture, a timeline as a wall sheet or as slides, a map of who knows whom, a haiku, a
"graph" of a family tree, "apps" for guests, a "plot" for a game, a "pie", a "slide", a "bar" and a
"deck" to picture, "cuadro", "animer", "Folie", "quadro", "grafica"), every form asked with and without
its keyword, 30 questions over an attached table and 18 over an attached markdown answer. The domains
are new to v2 and v13: beekeeping, wineries, fire brigades, libraries, theatre, choirs, pottery,
florists, vets, museums, dairies, fishing, escape rooms, weddings, car washes, coworking, ice cream,
podcasts, mountain huts, ski schools, laundromats, recycling, councils, parishes, plumbers, estate
agents, game studios, stables, food banks, salons and archaeology. Its held-out half is only
meaningful while the file is frozen, so this module recomputes the split and checks the coverage the
README claims. Run as a script to print the counts: `python -m tests.test_planner_questions_v14`.
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
QUESTIONS = DATA / "planner_questions_v14.jsonl"
DOMAINS = (
    "beekeeping", "winery", "firebrigade", "library", "theatre", "choir", "pottery", "florist", "vet",
    "museum", "dairy", "fishing", "escaperoom", "wedding", "carwash", "coworking", "icecream", "podcast",
    "mountainhut", "skischool", "laundromat", "recycling", "council", "parish", "plumber", "realestate",
    "gamedev", "stable", "foodbank", "salon", "archaeology",
)  # fmt: skip
TAGS = (*DOMAINS, "precision", "honest", *ATTACHMENTS)
LANGS = ("en", "es", "zh", "fr", "de", "ja", "ko", "ru", "pt", "it", "hi", "ar")
PER_LANG = {"en": 150, "es": 15, "zh": 15, **dict.fromkeys(("ja", "fr", "de"), 14)}
PER_LANG |= dict.fromkeys(("ru", "ko", "pt", "it", "hi", "ar"), 13)
# the names of the forms an English user may type, synonyms included
FORM_WORDS = re.compile(
    r"\b(charts?|gra?phs?|plot|pie|donut|bars?|slides?|deck|presentat\w*|keynote|screens|projector|"
    r"infog\w*|poster|one.?pager|cheat sheet|card|sheet|timeline|diagrams?|flow|mind map|boxes and arrows|"
    r"org chart|map out|cycle|family tree|picture|pic|image|watercolou?r|oil painting|pixel art|"
    r"photo realistic|logo|mascot|cover art|look like|imagine|animat\w*|gif|moving|movie|apps?|calculator|"
    r"timer|quiz|flashcards|picker|visual)\b",
    re.IGNORECASE,
)
# each form's own words in the twelve languages: every form but text is asked with and without them
KEYWORDS = {
    "chart": r"chart|graph|\bpie\b|\bbars?\b|donut|gráfico|grafico|camembert|diagramm|диаграмм|график|"
    r"图表|折线图|饼图|柱状图|グラフ|그래프|파이|istogramma|ग्राफ|चार्ट|رسم بياني",
    "slides": r"slides?|deck|presentat|keynote|diapo|präsentation|слайд|ppt|幻灯片|スライド|प्रेजेंटेशन|"
    r"स्लाइड|شرائح|عرض تقديمي|presentazione",
    "infographic": r"infogra|poster|card|sheet|one-pager|timeline|fiche|ficha|памятк|카드|포스터|कार्ड|ملخص|"
    r"بطاقة|steckbrief|チェックリスト|quadro|afficher|appendere|सार",
    "diagram": r"diagram|flow|map|tree|org chart|cycle|esquema|schéma|schema|схем|流程图|家谱|組織図|"
    r"席次表|조직도|관계도|흐름도|Stammbaum|वंश वृक्ष|फ्लो|خريطة|مخطط|graph",
    "image": r"picture|image|photo|painting|watercolou?r|art\b|logo|mascot|poster|imagin|look like|"
    r"cuadro|海报|想象|見せて|浮世絵|à quoi ressemblerait|plakat|картинк|как бы выглядела|그려줘|"
    r"como ficaria|retrato|immagine|grafica|तस्वीर|लोगो|كيف سيبدو|cómo quedaría",
    "animation": r"animat|gif|moving|movimiento|动起来|アニメーション|en animation|animazione|"
    r"в движении|움직이는|em movimento|धीरे-धीरे|تتحرك|متحرك",
    "app": r"\bapps?\b|calculator|timer|quiz|flashcards?|picker|calculadora|小工具|タイマー|quiz|rechner|"
    r"приложение|табличку|cronômetro|flashcard|आला|آلة حاسبة|اختبار",
}
# words that point the wrong way (or a correction), and the form a careful person makes of them
WRONG_WAY = {
    "make a chart of my day lol": "text",
    "12 staff. graph it?": "infographic",
    "can u make a graph of that": "infographic",
    "can u graph that": "diagram",
    "seating chart for the reception": "diagram",
    "org chart for the theatre club": "diagram",
    "org chart of the crew from this": "diagram",
    "map out who knows who": "diagram",
    "write a haiku": "text",
    "describe the view from the hut": "text",
    "need apps for 80 wedding guests": "text",
    "need a plot for our new escape room": "text",
    "how to run the raffle draw": "text",
    "how do you read a nautical chart": "text",
    "chore chart for the station": "infographic",
    "timeline of the theatre for the lobby wall": "infographic",
    "timeline of the games development as slides": "slides",
    "poster for the shop window": "image",
    "a picture of a cherry pie": "image",
    "a kids slide shaped like a dragon": "image",
    "picture of the bar at the wedding barn": "image",
    "the deck of our boat at dawn": "image",
    "was gonna ask for a poster but slides are better": "slides",
    "un cuadro de la bodega": "image",
    "hazlo en gráfico para la pared": "infographic",
    "¿me haces un gráfico?": "text",
    "做成图表": "text",
    "帮我做个图贴在门口": "infographic",
    "宣传海报，只要画面": "image",
    "これグラフにできる？": "infographic",
    "席次表": "diagram",
    "tu peux en faire un diagramme ?": "text",
    "comment animer la soirée": "text",
    "Mach mir ein Diagramm": "chart",
    "ein Diagramm mit den Konsultationen": "chart",
    "Kannst du daraus ein Diagramm machen?": "text",
    "aber nur das Bild": "image",
    "welche Folie": "text",
    "сделай диаграмму": "chart",
    "сделай график": "text",
    "그래프로 만들어줘": "text",
    "dá pra fazer um gráfico disso?": "text",
    "quadro de tarefas": "infographic",
    "una grafica per la festa": "image",
    "una timeline da appendere": "infographic",
    "इसका चार्ट बना दो": "text",
    "خريطة العلاقات": "diagram",
}
# local thousands separators in lists that are one chart
LOCAL_NUMBERS = ("48.200", "1 240", "1 410", "1.300", "18.000 €", "120.000 €", "412 000", "4.200", "41.500")


ITEMS = load(QUESTIONS)


def test_every_line_is_a_well_formed_item() -> None:
    well_formed_attached(ITEMS, "v14", LANGS, TAGS)


def test_no_question_is_asked_twice() -> None:
    asked_once(ITEMS)


def test_half_english_and_the_rest_spread_over_eleven_languages() -> None:
    assert Counter(i["lang"] for i in ITEMS) == PER_LANG


def test_honest_items_say_so_in_text_unless_the_user_supplied_the_content() -> None:
    honest = honest_items(ITEMS)
    assert sum(honest_kind(i) == "not given" for i in honest) == 12
    assert sum(honest_kind(i) == "supplied" for i in honest) == 8


def test_precision_items_are_not_all_charts_and_not_all_other() -> None:
    """Precision pairs numbers of different kinds with look-alikes that are one measure in one unit."""
    precision_pairs(ITEMS, charts=43, others=47)
    first = Counter(i["forms"][0] for i in ITEMS if tag(i) == "precision")
    assert first == {"chart": 43, "text": 22, "infographic": 16, "slides": 5, "app": 2, "animation": 2}


def test_local_thousands_separators_are_read_as_one_chart() -> None:
    for number in LOCAL_NUMBERS:
        hits = [i for i in ITEMS if number in i["question"] and tag(i) == "precision"]
        assert hits and all(i["forms"][0] == "chart" for i in hits), number


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ATTACHMENTS)
def test_attachments_exist_and_read(field: str) -> None:
    texts = attachments_read(ITEMS, field, DATA / "v14", 7 if field == "table" else 3, least_rows=12)
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
    assert tags["precision"] == 90 and tags["honest"] == 20
    assert 0.15 * n <= sum(len(i["forms"]) > 1 for i in ITEMS) <= 0.18 * n  # about 50


def test_every_form_is_asked_with_and_without_its_own_word() -> None:
    """In English and over all languages, each visual form is first for questions naming it and not."""
    for form, words in KEYWORDS.items():
        pattern = re.compile(words, re.IGNORECASE)
        for langs in ({"en"}, set(LANGS)):
            asked = [i["question"] for i in ITEMS if i["forms"][0] == form and i["lang"] in langs]
            named = sum(bool(pattern.search(q)) for q in asked)
            assert named >= 2 and len(asked) - named >= 2, (form, sorted(langs), named, len(asked))


def test_the_angle_wrong_way_words_chat_style_and_pastes() -> None:
    english = [i["question"] for i in ITEMS if i["lang"] == "en"]
    named = sum(bool(FORM_WORDS.search(q)) for q in english)
    assert 0.6 * len(english) <= named <= 0.85 * len(english), named  # and 15-40% name none
    assert len(WRONG_WAY) >= 0.15 * len(ITEMS)
    for phrase, form in WRONG_WAY.items():
        hits = [i for i in ITEMS if phrase in i["question"]]
        assert len(hits) == 1 and hits[0]["forms"][0] == form, phrase
    assert {i["lang"] for i in ITEMS if any(p in i["question"] for p in WRONG_WAY)} == set(LANGS)
    hits = [i for i in ITEMS if "no slides, just tell me" in i["question"]]
    assert len(hits) == 1 and hits[0]["forms"] == ["text"]
    multi_line = [i for i in ITEMS if "\n" in i["question"]]
    assert 0.13 * len(ITEMS) <= len(multi_line) <= 0.15 * len(ITEMS)
    assert {i["lang"] for i in multi_line} == set(LANGS)
    assert sum("\t" in i["question"] for i in multi_line) >= 4  # pasted from a spreadsheet
    assert sum(";" in i["question"] for i in multi_line) >= 3  # and from a semicolon export
    lower = sum(q == q.lower() and not q.rstrip().endswith((".", "?", "!")) for q in english)
    assert lower >= 0.85 * len(english), lower


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

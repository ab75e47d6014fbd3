"""The fourth planner question set (v4) is well formed, covers its angle and keeps v2's split rule.

v4 was written without reading the planner or its results, from professionals' jargon, dictation,
stated audiences, corrections and underspecified asks. Its held-out half only means something if the
split cannot drift, so the split is recomputed here with v2's `stratified_split` and compared.
Run from the repository root to print the counts: `python -m tests.test_planner_questions_v4`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.test_planner_questions_v2 import (
    BALANCED_BY,
    DATA,
    FORMS,
    KEYS,
    OPTIONAL,
    assert_attachment_reads,
    balance_gaps,
    load,
    stratified_split,
)
from tests.test_planner_questions_v2 import counts as v2_counts

QUESTIONS = DATA / "planner_questions_v4.jsonl"
ATTACHMENTS = DATA / "v4"
LANGS = (
    "en", "zh", "es", "ja", "fr", "de", "ru", "ko", "pt", "it",
    "hi", "ar", "tr", "nl", "pl", "vi", "id",
)  # fmt: skip
ANGLES = ("jargon", "voice", "audience", "negation", "ambiguous", "precision", "content", "indirect")
TAGS = (*ANGLES, "knowledge", "table", "markdown")

ITEMS = load(QUESTIONS)


def tag(item: dict[str, Any]) -> str:
    return item["note"].split(":", 1)[0]


def test_every_line_is_a_well_formed_item() -> None:
    assert [i["id"] for i in ITEMS] == [f"v4-{n:04d}" for n in range(1, len(ITEMS) + 1)]
    for item in ITEMS:
        assert KEYS <= set(item) <= KEYS | OPTIONAL, item["id"]
        assert isinstance(item["question"], str) and item["question"].strip(), item["id"]
        assert item["forms"] and len(set(item["forms"])) == len(item["forms"]), item["id"]
        assert set(item["forms"]) <= set(FORMS), item["id"]
        assert item["lang"] in LANGS, item["id"]
        assert item["split"] in ("dev", "heldout"), item["id"]
        assert tag(item) in TAGS and item["note"].split(":", 1)[1].strip(), item["id"]
        assert not (item.get("table") and item.get("markdown")), item["id"]
        # the attachment tags and the attachments agree both ways
        assert (tag(item) in ("table", "markdown")) == bool(item.get("table") or item.get("markdown")), item[
            "id"
        ]
        assert tag(item) not in ("table", "markdown") or item.get(tag(item)), item["id"]


def test_no_question_is_asked_twice() -> None:
    asked = Counter(i["question"].strip().casefold() for i in ITEMS)
    assert [q for q, n in asked.items() if n > 1] == []


def test_honest_text_is_accepted_where_the_facts_are_missing() -> None:
    """Offline rule: missing facts → text accepted; an ask with nothing to show → text first."""
    knowledge = [i for i in ITEMS if tag(i) == "knowledge"]
    assert len(knowledge) >= 15
    assert all("text" in i["forms"] for i in knowledge)
    ambiguous = [i for i in ITEMS if tag(i) == "ambiguous"]
    assert len(ambiguous) >= 10
    assert all(i["forms"][0] == "text" for i in ambiguous)


def test_split_follows_the_v2_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field,suffix", [("table", ".csv"), ("markdown", ".md")])
def test_attachments_exist_read_and_are_all_used(field: str, suffix: str) -> None:
    names = sorted({i[field] for i in ITEMS if i.get(field)})
    on_disk = sorted(f"v4/{p.name}" for p in ATTACHMENTS.glob(f"*{suffix}"))
    assert names == on_disk and len(names) >= 4
    for name in names:
        path = DATA / name
        assert path.is_file() and path.parent == ATTACHMENTS, name
        assert_attachment_reads(path, field)


def test_coverage() -> None:
    n = len(ITEMS)
    assert n >= 320
    langs = Counter(i["lang"] for i in ITEMS)
    assert len(langs) >= 10 and langs["en"] <= 0.45 * n
    assert sum(count >= 8 for lang, count in langs.items() if lang != "en") >= 10
    first = Counter(i["forms"][0] for i in ITEMS)
    assert all(0.07 * n <= first[form] <= 0.21 * n for form in FORMS), first
    tags = Counter(tag(i) for i in ITEMS)
    assert all(tags[angle] >= 10 for angle in ANGLES), tags
    assert tags["precision"] >= 0.15 * n
    tabled = [i for i in ITEMS if i.get("table")]
    marked = [i for i in ITEMS if i.get("markdown")]
    assert len(tabled) >= 20 and len(marked) >= 12
    assert len({i["forms"][0] for i in tabled}) >= 6  # attached tables are not all charts
    assert len({i["forms"][0] for i in marked}) >= 5


@BALANCED_BY
def test_halves_are_balanced(key: Any) -> None:
    assert balance_gaps(ITEMS, key) == []


def counts(items: list[dict[str, Any]]) -> dict[str, Any]:
    """v2's figures plus the angle tags."""
    return {**v2_counts(items), "tag": dict(Counter(tag(i) for i in items).most_common())}


if __name__ == "__main__":
    json.dump(counts(load(Path(QUESTIONS))), sys.stdout, indent=1, ensure_ascii=False)
    print()

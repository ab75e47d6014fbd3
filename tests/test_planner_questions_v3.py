"""The third planner question set (v3) is well formed and covers the angle it claims.

v3 was written before reading the rules planner, from the side of people who do not know the
tool's vocabulary; it is a development set (every item `split: "dev"`). A silent drift (a missing
attachment, a form that vanished, a language that shrank) would make its figures meaningless.
Run as a script to print the counts: `python tests/test_planner_questions_v3.py`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.test_planner_questions_v2 import assert_attachment_reads

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "planner_questions_v3.jsonl"
FORMS = ("chart", "slides", "infographic", "diagram", "image", "text", "animation", "app")
KEYS = {"id", "question", "forms", "lang", "split", "note"}
OPTIONAL = {"table", "markdown"}
TAGS = (
    "plain", "lay", "chat", "short", "long", "mixed", "pasted",
    "knowledge", "precision", "table", "markdown",
)  # fmt: skip


def load(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


ITEMS = load()


def tag(item: dict[str, Any]) -> str:
    return item["note"].split(":", 1)[0]


def test_every_line_is_a_well_formed_item() -> None:
    assert [i["id"] for i in ITEMS] == [f"v3-{n:04d}" for n in range(1, len(ITEMS) + 1)]
    for item in ITEMS:
        assert KEYS <= set(item) <= KEYS | OPTIONAL, item["id"]
        assert item["question"].strip(), item["id"]
        assert item["forms"] and len(set(item["forms"])) == len(item["forms"]), item["id"]
        assert set(item["forms"]) <= set(FORMS), item["id"]
        assert item["split"] == "dev", item["id"]
        assert tag(item) in TAGS, item["id"]
        assert not (item.get("table") and item.get("markdown")), item["id"]
        assert tag(item) not in ("table", "markdown") or item.get(tag(item)), item["id"]


def test_no_question_is_asked_twice_about_the_same_attachment() -> None:
    keys = Counter((i["question"], i.get("table"), i.get("markdown")) for i in ITEMS)
    assert [k for k, n in keys.items() if n > 1] == []


def test_knowledge_items_accept_text() -> None:
    knowledge = [i for i in ITEMS if tag(i) == "knowledge"]
    assert len(knowledge) >= 25
    assert all("text" in i["forms"] for i in knowledge)


@pytest.mark.parametrize("field", ["table", "markdown"])
def test_attachments_exist_and_read(field: str) -> None:
    names = sorted({i[field] for i in ITEMS if i.get(field)})
    assert len(names) >= 4
    for name in names:
        path = DATA / name
        assert path.is_file() and path.parent.name == "v3", name
        assert_attachment_reads(path, field)


def test_coverage() -> None:
    n = len(ITEMS)
    assert n >= 300
    langs = Counter(i["lang"] for i in ITEMS)
    assert len(langs) >= 10 and langs["en"] <= 0.55 * n
    first = Counter(i["forms"][0] for i in ITEMS)
    assert all(0.06 * n <= first[form] <= 0.22 * n for form in FORMS), first
    tags = Counter(tag(i) for i in ITEMS)
    for name in ("lay", "chat", "short", "long", "mixed", "pasted", "precision"):
        assert tags[name] >= 8, (name, tags[name])
    assert sum(bool(i.get("table")) for i in ITEMS) >= 20
    assert sum(bool(i.get("markdown")) for i in ITEMS) >= 12
    assert sum("\n" in i["question"] for i in ITEMS) >= 8  # pasted blocks keep their lines


def counts(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures the README reports."""
    return {
        "items": len(items),
        "first_form": dict(Counter(i["forms"][0] for i in items).most_common()),
        "any_form": dict(Counter(f for i in items for f in i["forms"]).most_common()),
        "lang": dict(Counter(i["lang"] for i in items).most_common()),
        "tag": dict(Counter(tag(i) for i in items).most_common()),
        "multi_form": sum(len(i["forms"]) > 1 for i in items),
        "with_table": sum(bool(i.get("table")) for i in items),
        "with_markdown": sum(bool(i.get("markdown")) for i in items),
    }


if __name__ == "__main__":
    json.dump(counts(ITEMS), sys.stdout, indent=1, ensure_ascii=False)
    print()

"""The independent planner question set (v2) is well formed, covers what it claims and keeps its split.

The set measures how the planners generalise, so a silent drift (a relabelled split, a missing
attachment, a language that shrank) would make its figures meaningless. Run as a script to print
the counts: `python tests/test_planner_questions_v2.py`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "planner_questions_v2.jsonl"
FORMS = ("chart", "slides", "infographic", "diagram", "image", "text", "animation", "app")
CORE_LANGS = ("zh", "es", "fr", "de", "ja")
EXTRA_LANGS = ("pt", "it", "ko", "ru", "ar", "hi")
KEYS = {"id", "question", "forms", "lang", "split", "note"}
OPTIONAL = {"table", "markdown"}
TAGS = ("precision", "knowledge")


def load(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def stratum(item: dict[str, Any]) -> str:
    """The kind of item the split balances on besides form and language."""
    if item.get("table"):
        return "table"
    if item.get("markdown"):
        return "markdown"
    tag = item["note"].split(":", 1)[0]
    return tag if tag in TAGS else "plain"


def stratified_split(items: list[dict[str, Any]]) -> list[str]:
    """Deterministic dev/heldout split, balanced on first form, language and stratum.

    Cells (first form, lang, stratum) are visited in sorted order; inside a cell items are ordered by
    the sha256 of the question (then id) and alternate between the halves. A cell starts on the half
    that is behind on its form's + 2 x its language's + its stratum's dev-minus-heldout counts so far
    (dev on a tie; languages weigh double because their groups are the smallest). No planner output
    is involved, so nothing here can be tuned towards a planner.
    """
    cells: dict[tuple[str, str, str], list[int]] = {}
    for i, item in enumerate(items):
        cells.setdefault((item["forms"][0], item["lang"], stratum(item)), []).append(i)
    lead: Counter[tuple[str, str]] = Counter()
    out = [""] * len(items)
    for key in sorted(cells):
        order = sorted(
            cells[key],
            key=lambda i: (hashlib.sha256(items[i]["question"].encode("utf-8")).hexdigest(), items[i]["id"]),
        )
        marks = (("form", key[0]), ("lang", key[1]), ("stratum", key[2]))
        behind = lead[marks[0]] + 2 * lead[marks[1]] + lead[marks[2]]
        first, second = ("heldout", "dev") if behind > 0 else ("dev", "heldout")
        for n, i in enumerate(order):
            out[i] = first if n % 2 == 0 else second
            for m in marks:
                lead[m] += 1 if out[i] == "dev" else -1
    return out


def balance_gaps(items: list[dict[str, Any]], key: Any) -> list[tuple[str, int, int]]:
    """Groups whose dev and held-out counts differ by more than 2 items and 10% (none, when balanced)."""
    counts = Counter((key(i), i["split"]) for i in items)
    gaps = []
    for group in sorted({key(i) for i in items}):
        dev, held = counts[(group, "dev")], counts[(group, "heldout")]
        if abs(dev - held) > max(2, 0.1 * (dev + held)):
            gaps.append((group, dev, held))
    return gaps


ITEMS = load()


def test_every_line_is_a_well_formed_item() -> None:
    ids = [item["id"] for item in ITEMS]
    assert ids == [f"v2-{n:04d}" for n in range(1, len(ITEMS) + 1)]
    for item in ITEMS:
        assert KEYS <= set(item) <= KEYS | OPTIONAL, item["id"]
        assert isinstance(item["question"], str) and item["question"].strip(), item["id"]
        assert item["forms"] and len(set(item["forms"])) == len(item["forms"]), item["id"]
        assert set(item["forms"]) <= set(FORMS), item["id"]
        assert item["lang"] in ("en", *CORE_LANGS, *EXTRA_LANGS), item["id"]
        assert item["split"] in ("dev", "heldout"), item["id"]
        assert item["note"].strip(), item["id"]
        assert not (item.get("table") and item.get("markdown")), item["id"]


def test_no_question_is_asked_twice_about_the_same_attachment() -> None:
    keys = Counter((i["question"], i.get("table"), i.get("markdown")) for i in ITEMS)
    assert [k for k, n in keys.items() if n > 1] == []


def test_knowledge_items_accept_text() -> None:
    """The offline rule: without the facts, saying so in text must always count as right."""
    knowledge = [i for i in ITEMS if i["note"].startswith("knowledge:")]
    assert len(knowledge) >= 15
    assert all("text" in i["forms"] for i in knowledge)


def test_split_follows_the_documented_rule() -> None:
    assert [i["split"] for i in ITEMS] == stratified_split(ITEMS)


@pytest.mark.parametrize("field", ["table", "markdown"])
def test_attachments_exist_and_read(field: str) -> None:
    names = sorted({i[field] for i in ITEMS if i.get(field)})
    assert names
    for name in names:
        path = DATA / name
        assert path.is_file() and path.parent.name == "v2", name
        assert_attachment_reads(path, field)


def assert_attachment_reads(path: Path, field: str) -> None:
    """A table loads with enough rows and columns to ask about; a markdown answer has a title and body."""
    from render.data import load_table

    if field == "table":
        table = load_table(path)
        assert len(table) >= 5 and len(table.columns) >= 3, path.name
    else:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ") and len(text) > 500, path.name


def test_coverage() -> None:
    n = len(ITEMS)
    assert n >= 340
    langs = Counter(i["lang"] for i in ITEMS)
    assert langs["en"] <= 0.55 * n
    assert all(langs[lang] >= 15 for lang in CORE_LANGS)
    assert sum(langs[lang] >= 8 for lang in EXTRA_LANGS) >= 2
    first = Counter(i["forms"][0] for i in ITEMS)
    assert all(0.06 * n <= first[form] <= 0.22 * n for form in FORMS), first
    assert sum(i["note"].startswith("precision:") for i in ITEMS) >= 40
    assert sum(bool(i.get("table")) for i in ITEMS) >= 20
    assert sum(bool(i.get("markdown")) for i in ITEMS) >= 12
    assert len({i["forms"][0] for i in ITEMS if i.get("table")}) >= 5  # attached tables are not all charts


BALANCED_BY = pytest.mark.parametrize(
    "key",
    [lambda i: i["lang"], lambda i: i["forms"][0], stratum, lambda i: "all"],
    ids=["lang", "form", "stratum", "all"],
)
"""What the halves of a stratified set balance: language, first form, stratum, and size."""


@BALANCED_BY
def test_halves_are_balanced(key: Any) -> None:
    assert balance_gaps(ITEMS, key) == []


def counts(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures the README reports."""

    def by(key: Any) -> dict[str, dict[str, int]]:
        table: dict[str, dict[str, int]] = {}
        for item in items:
            row = table.setdefault(key(item), {"dev": 0, "heldout": 0})
            row[item["split"]] += 1
        return dict(sorted(table.items(), key=lambda kv: -sum(kv[1].values())))

    return {
        "items": len(items),
        "split": dict(Counter(i["split"] for i in items)),
        "first_form": by(lambda i: i["forms"][0]),
        "any_form": dict(Counter(f for i in items for f in i["forms"]).most_common()),
        "lang": by(lambda i: i["lang"]),
        "stratum": by(stratum),
        "multi_form": sum(len(i["forms"]) > 1 for i in items),
        "with_table": sum(bool(i.get("table")) for i in items),
        "with_markdown": sum(bool(i.get("markdown")) for i in items),
    }


if __name__ == "__main__":
    json.dump(counts(ITEMS), sys.stdout, indent=1, ensure_ascii=False)
    print()

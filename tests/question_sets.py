"""Checks every blind question set (v6 on) makes of itself: each set's test module calls these with
its own id prefix, languages, tags and thresholds, so a new set states only what is its own."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.test_planner_questions_v3 import tag

KEYS = {"id", "question", "forms", "lang", "split", "note"}
FORMS = ("chart", "slides", "infographic", "diagram", "image", "text", "animation", "app")


def well_formed(
    items: list[dict[str, Any]], prefix: str, langs: tuple[str, ...], tags: tuple[str, ...]
) -> None:
    assert [i["id"] for i in items] == [f"{prefix}-{n:04d}" for n in range(1, len(items) + 1)]
    for item in items:
        assert set(item) == KEYS, item["id"]
        assert item["question"].strip() and item["note"].split(":", 1)[1].strip(), item["id"]
        assert item["forms"] and len(set(item["forms"])) == len(item["forms"]), item["id"]
        assert set(item["forms"]) <= set(FORMS), item["id"]
        assert item["lang"] in langs and tag(item) in tags, item["id"]
        assert item["split"] in ("dev", "heldout"), item["id"]


def asked_once(items: list[dict[str, Any]]) -> None:
    assert [q for q, n in Counter(i["question"] for i in items).items() if n > 1] == []


def offline_labels(items: list[dict[str, Any]]) -> None:
    """Missing facts make text always right; honest items ask for words, not a visual."""
    assert all("text" in i["forms"] for i in items if tag(i) == "knowledge")
    assert all(i["forms"] == ["text"] for i in items if tag(i) == "honest")


def precision_pairs(items: list[dict[str, Any]], charts: int, others: int) -> None:
    """Lists that must not be one chart beside similar lists that are one; the first never accept a chart."""
    first = Counter(i["forms"][0] for i in items if tag(i) == "precision")
    assert first["chart"] >= charts and sum(first.values()) - first["chart"] >= others, first
    mixed = [i for i in items if tag(i) == "precision" and i["forms"][0] != "chart"]
    assert all("chart" not in i["forms"] for i in mixed)

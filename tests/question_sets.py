"""Checks every blind question set (v6 on) makes of itself: each set's test module calls these with
its own id prefix, languages, tags and thresholds, so a new set states only what is its own."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
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


ATTACHMENTS = ("table", "markdown")


def honest_kind(item: dict[str, Any]) -> str:
    """`not given` (content unknown offline: say so in text) or `supplied` (lay it out)."""
    return item["note"].split(":", 1)[1].split("—", 1)[0].strip()


def well_formed_attached(
    items: list[dict[str, Any]], prefix: str, langs: tuple[str, ...], tags: tuple[str, ...]
) -> None:
    """`well_formed` for sets with attachments (v10 on): a table or markdown item says so in its tag."""
    assert [i["id"] for i in items] == [f"{prefix}-{n:04d}" for n in range(1, len(items) + 1)]
    for item in items:
        assert KEYS <= set(item) <= KEYS | set(ATTACHMENTS), item["id"]
        assert item["question"].strip() == item["question"], item["id"]
        assert item["note"].split(":", 1)[1].strip(), item["id"]
        assert item["forms"] and len(set(item["forms"])) == len(item["forms"]), item["id"]
        assert set(item["forms"]) <= set(FORMS), item["id"]
        assert item["lang"] in langs and tag(item) in tags, item["id"]
        assert item["split"] in ("dev", "heldout"), item["id"]
        attached = [field for field in ATTACHMENTS if item.get(field)]
        assert attached == ([tag(item)] if tag(item) in ATTACHMENTS else []), item["id"]


def honest_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Content not given is text only; content the user supplies is never text."""
    honest = [i for i in items if tag(i) == "honest"]
    assert {honest_kind(i) for i in honest} == {"not given", "supplied"}
    assert all(i["forms"] == ["text"] for i in honest if honest_kind(i) == "not given")
    assert all("text" not in i["forms"] for i in honest if honest_kind(i) == "supplied")
    return honest


def attachments_read(
    items: list[dict[str, Any]], field: str, folder: Path, count: int, least_rows: int
) -> list[str]:
    """Tables are rectangular CSV with `least_rows`-40 rows and 3+ columns; markdown answers have a title
    and a body. The attachments' texts, for a set's own further checks."""
    names = sorted({i[field] for i in items if i.get(field)})
    assert len(names) == count
    texts = []
    for name in names:
        path = folder.parent / name
        assert path.is_file() and path.parent.name == folder.name, name
        text = path.read_text(encoding="utf-8")
        if field == "table":
            rows = list(csv.reader(text.splitlines()))
            assert least_rows <= len(rows) - 1 <= 40 and len(rows[0]) >= 3, name
            assert {len(row) for row in rows} == {len(rows[0])}, name
        else:
            assert text.startswith("# ") and len(text) > 1000, name
        texts.append(text)
    return texts


# ------------------------------------------------------------------ the split and the summary a set prints


def first_in(items: list[dict[str, Any]], form: str) -> set[str]:
    """The languages in which `form` is some item's first form (every form should be first everywhere)."""
    return {i["lang"] for i in items if i["forms"][0] == form}


def halves_of(items: list[dict[str, Any]], name: str, kind: str | None = None) -> set[str]:
    """The halves holding items tagged `name` (and, for honest items, of `kind`)."""
    return {i["split"] for i in items if tag(i) == name and (kind is None or honest_kind(i) == kind)}


def summary(items: list[dict[str, Any]], form_words: Any) -> dict[str, Any]:
    """What a set module prints when run as a script: counts by language, form and half, tags by half,
    multi-line items, English items naming a form or typed lower-case, and what comes first per stratum."""
    from tests.test_planner_questions_v2 import counts

    english = [i["question"] for i in items if i["lang"] == "en"]
    out = counts(items)
    out["tag"] = {f"{t}/{s}": n for (t, s), n in sorted(Counter((tag(i), i["split"]) for i in items).items())}
    out["multi_line"] = sum("\n" in i["question"] for i in items)
    out["english_form_words"] = sum(bool(form_words.search(q)) for q in english)
    out["english_lower"] = sum(q == q.lower() and not q.rstrip().endswith((".", "?", "!")) for q in english)
    out["precision_first"] = dict(Counter(i["forms"][0] for i in items if tag(i) == "precision"))
    out["honest"] = dict(Counter(honest_kind(i) for i in items if tag(i) == "honest"))
    out["table_first"] = dict(Counter(i["forms"][0] for i in items if i.get("table")))
    out["markdown_first"] = dict(Counter(i["forms"][0] for i in items if i.get("markdown")))
    out["per_attachment"] = dict(
        Counter(i.get("table") or i.get("markdown") for i in items if set(i) & {"table", "markdown"})
    )
    return out

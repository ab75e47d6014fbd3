"""Shared fixtures: one example plan per kind and a fake image generator."""

from __future__ import annotations

import copy
import io
import zlib
from pathlib import Path

import pytest

from render.kinds import KINDS
from render.plan import ImagePlan

SCRIPT = "<script>alert('x')</script>"


class FakeImages:
    """An ImageGenerator test double: a deterministic gradient, and a record of what was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int]] = []

    def generate(self, plan: ImagePlan, width: int, height: int) -> bytes:
        from PIL import Image

        self.calls.append((plan.prompt, width, height))
        seed = zlib.crc32(plan.prompt.encode()) & 0xFF
        img = Image.linear_gradient("L").resize((width, height)).convert("RGB")
        img = Image.merge(
            "RGB", (img.getchannel(0), img.getchannel(1).point(lambda v: (v + seed) % 256), img.getchannel(2))
        )
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        return buf.getvalue()


class FailingImages:
    def generate(self, plan: ImagePlan, width: int, height: int) -> bytes:
        raise RuntimeError("weights for model 'x' not found")


@pytest.fixture
def fake_images() -> FakeImages:
    return FakeImages()


CHART = {
    "kind": "chart",
    "chart_type": "bar",
    "title": "Revenue by quarter",
    "y_title": "Revenue",
    "unit": "M USD",
    "categories": ["Q1", "Q2", "Q3", "Q4"],
    "series": [{"name": "2024", "values": [1.2, 1.5, 1.1, 2.0]}],
    "answer": "Revenue peaked in **Q4** at 2.0M.",
    "alt_text": "Bar chart of revenue per quarter, highest in Q4.",
}
DIAGRAM = {
    "kind": "diagram",
    "diagram_type": "flowchart",
    "title": "Sign-up flow",
    "nodes": [
        {"id": "a", "label": "Sign up", "shape": "ellipse"},
        {"id": "b", "label": "Verify email"},
        {"id": "c", "label": "Verified?", "shape": "diamond"},
        {"id": "d", "label": "First login", "shape": "ellipse"},
    ],
    "edges": [
        {"source": "a", "target": "b"},
        {"source": "b", "target": "c"},
        {"source": "c", "target": "d", "label": "yes"},
        {"source": "c", "target": "b", "label": "no"},
    ],
    "answer": "Users sign up, verify, then log in.",
}
IMAGE = {"kind": "image", "prompt": "a lighthouse at dusk", "caption": "A lighthouse", "seed": 7}
SLIDES = {
    "kind": "slides",
    "title": "Quarterly review",
    "subtitle": "2024",
    "slides": [
        {
            "layout": "bullets",
            "title": "Highlights",
            "bullets": ["Revenue up 40%", "Churn down", "两个新市场"],
            "notes": "Say hi",
        },
        {"layout": "chart", "title": "Revenue grew", "chart": CHART},
        {"layout": "big_number", "title": "Growth", "number": "40%", "number_label": "year on year"},
        {
            "layout": "two_column",
            "title": "Pros and cons",
            "left_title": "Pros",
            "bullets": ["fast"],
            "right_title": "Cons",
            "right_bullets": ["costly"],
        },
        {
            "layout": "quote",
            "quote": "Simplicity is the soul of efficiency.",
            "attribution": "Austin Freeman",
        },
        {"layout": "section", "title": "Next steps"},
        {"layout": "diagram", "title": "The flow", "diagram": DIAGRAM},
        {"layout": "image", "title": "Our lighthouse", "image": IMAGE},
    ],
    "answer": "A short review deck.",
}
INFOGRAPHIC = {
    "kind": "infographic",
    "title": "Coffee in numbers",
    "subtitle": "Why the world runs on beans",
    "blocks": [
        {
            "type": "stats",
            "items": [
                {"value": "2.25B", "label": "cups a day", "icon": "☕"},
                {"value": "70%", "label": "arabica"},
            ],
        },
        {
            "type": "steps",
            "title": "From bean to cup",
            "items": [{"title": "Harvest"}, {"title": "Roast"}, {"title": "Brew"}],
        },
        {
            "type": "callout",
            "text": "Coffee is the second most traded commodity.",
            "attribution": "folk wisdom",
        },
    ],
    "footer": "Source: ICO 2024",
    "answer": "Coffee is huge.",
}
TEXT = {"kind": "text", "answer": "# Paris\n\nThe capital of France is **Paris**."}
APP_TOOLS = {
    "kind": "app",
    "title": "Kitchen helpers",
    "views": [
        {"type": "picker", "title": "Who makes coffee?", "items": ["Ana", "Ben", "Chen", "Dana", "Eli"],
         "no_repeat": True},
        {"type": "timer", "title": "Eggs", "presets": [{"label": "soft-boiled", "seconds": 360},
                                                      {"label": "medium", "seconds": 480},
                                                      {"label": "hard", "seconds": 600}]},
        {"type": "timer", "title": "Pomodoro", "presets": [{"label": "work", "seconds": 1500},
                                                          {"label": "rest", "seconds": 300}],
         "sequence": True, "rounds": 4},
        {"type": "log", "title": "Water",
         "fields": [{"name": "Day", "type": "date"}, {"name": "Time", "type": "time"},
                    {"name": "Amount", "type": "number", "unit": "ml"},
                    {"name": "Drink", "type": "select", "options": ["water", "tea"]}],
         "rows": [["2026-12-01", "08:15", 250, "water"]], "total": "Amount", "per": "day", "goal": 2000},
    ],
    "answer": "A coffee rota, an egg timer, a pomodoro and a water log.",
}  # fmt: skip
EXAMPLES = {
    "chart": CHART,
    "slides": SLIDES,
    "infographic": INFOGRAPHIC,
    "diagram": DIAGRAM,
    "image": IMAGE,
    "text": TEXT,
}
# Every other registered kind is exercised through the example its registry entry carries.
EXAMPLES.update({name: dict(KINDS[name].example) for name in KINDS if name not in EXAMPLES})
EXAMPLES["app-tools"] = APP_TOOLS  # the app kind's everyday views (picker, timer, log) in every painter


def hostile_plan(kind: str) -> dict:
    """The example plan of `kind` with 2,000-character titles, script tags, CJK, RTL and emoji."""
    plan = copy.deepcopy(EXAMPLES[kind])
    long = "Very long title " * 125  # 2,000 characters
    if kind == "chart":
        plan["title"] = long[:2000]
        plan["categories"] = [SCRIPT, "中文", "مرحبا", "😀\x07"]
    elif kind == "slides":
        plan["title"] = long[:2000]
        plan["slides"][0]["bullets"] = [SCRIPT, "中文" * 40, "שלום עולם", "😀" * 30]
    elif kind == "infographic":
        plan["title"] = long[:2000]
        plan["blocks"][0]["items"][0]["label"] = SCRIPT
    elif kind == "diagram":
        plan["title"] = long[:2000]
        plan["nodes"][0]["label"] = SCRIPT + " 中文 مرحبا 😀"
    elif kind == "image":
        plan["caption"] = SCRIPT + long[:1000]
    elif kind == "app-tools":
        picker, eggs, pomodoro, log = plan["views"]
        plan["title"] = long[:200]
        picker["items"] = [
            SCRIPT,
            "中文" * 40,
            "שלום עולם",
            "مرحبا",
            "😀" * 30,
            long[:2000],
            *map(str, range(60)),
        ]
        picker["title"] = "😀 " + long[:300]
        eggs["presets"][0]["label"] = SCRIPT + " 中文 مرحبا 😀" + long[:500]
        pomodoro["presets"][1]["label"] = "שלום " * 40
        log["fields"][0]["name"] = SCRIPT[:60]
        log["fields"][2]["name"] = "中文 مرحبا 😀 " * 4
        log["fields"][2]["unit"] = "<b>ml</b>"
        log["fields"][3]["options"] = [SCRIPT, "😀"]
        log["total"] = log["fields"][2]["name"]
        log["rows"] = [["2026-12-01", "08:15", 250, SCRIPT]] + [
            ["2026-12-02", "09:00", n, "😀"] for n in range(40)
        ]
    else:
        plan["answer"] = f"# {SCRIPT}\n\n" + "中文 مرحبا 😀 " * 300
    return plan


@pytest.fixture
def offline_hub(tmp_path, monkeypatch) -> Path:
    """An empty Hugging Face cache and no way to download."""
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return tmp_path / "hf"


@pytest.fixture(scope="module")
def chromium():
    """A headless Chromium for the browser tests, one per module; skipped where none is installed."""
    from tests import browser

    why = browser.missing()
    if why:
        pytest.skip(why)
    with browser.chromium() as b:
        yield b

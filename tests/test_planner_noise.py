"""The noise benchmark adds the noise it says, never reads a held-out item, and counts flips."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import planner_noise  # noqa: E402


def test_each_kind_of_noise_is_what_it_says() -> None:
    rng = random.Random(1)
    assert planner_noise.NOISE["hey"]("chart this", rng) == "hey, chart this"
    assert planner_noise.NOISE["thanks"]("chart this ", rng) == "chart this thanks!"
    assert planner_noise.NOISE["lost_mark"]("which day sold most?", rng) == "which day sold most"
    assert planner_noise.NOISE["lost_mark"]("no mark here", rng) is None  # nothing to take away: not tried
    assert planner_noise.NOISE["no_accents"]("présentation für слайды", rng) == "presentation fur слайды"
    swapped = planner_noise.NOISE["swap"]("make a flowchart please", rng)
    assert swapped != "make a flowchart please" and sorted(swapped) == sorted("make a flowchart please")


def test_held_out_items_are_never_planned_and_flips_are_counted(tmp_path: Path) -> None:
    items = [
        {
            "id": "n-1",
            "question": "bar chart: apples 30, pears 20, plums 12",
            "forms": ["chart"],
            "split": "dev",
        },
        {"id": "n-2", "question": "a watercolor of a fox in the snow", "forms": ["chart"], "split": "dev"},
        {"id": "n-3", "question": "bar chart: a 1, b 2, c 3", "forms": ["chart"], "split": "heldout"},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    report = planner_noise.run([path], ["hey", "thanks"], verbose=True)
    # n-2 is answered as a picture already (not an accepted form), so it is not tried; n-3 is held out
    assert report["hey"] == {"tried": 1, "flips": 0, "ids": []}
    assert report["thanks"]["tried"] == 1

"""The long-input benchmark builds the shapes it names, at the sizes it says, and reports a growth."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import planner_long_input as bench  # noqa: E402


def test_each_shape_is_one_long_run_of_what_it_says() -> None:
    rng = random.Random(1)
    base64 = bench.SHAPES["base64"](1000, rng).split()[-1]
    assert len(base64) == 1000 and re.fullmatch(r"[A-Za-z0-9+/]+", base64)
    assert bench.SHAPES["letters"](1000, rng).endswith(" " + "a" * 1000)
    prose = bench.SHAPES["cjk_prose"](1000, rng)
    assert " " not in prose and "，" in prose and "。" in prose and len(prose) >= 1000
    run = bench.SHAPES["cjk_run"](1000, rng)
    assert not re.search(r"[\s，。]", run.split("：", 1)[1])  # no space and no mark: one run
    assert len(bench.SHAPES["words"](1000, rng).split()) == 201  # "explain" and 200 words


def test_a_run_plans_both_sizes_and_reports_their_growth() -> None:
    (row,) = bench.run(["url"], 200, 1)
    small, large = row["chars"]
    assert row["shape"] == "url" and large - small == 600  # four times the blob, the same ask around it
    assert all(s > 0 for s in row["seconds"])
    assert row["growth"] == pytest.approx(
        row["seconds"][1] / row["seconds"][0], rel=0.02
    )  # from unrounded times

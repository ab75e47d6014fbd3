"""Question → visible chart, in a real browser: our app against a minimal Streamlit chat app.

Both apps run under `streamlit run` in this one process tree and are driven by the same headless
Chromium. Each measurement opens a fresh session, submits the question, and stops the clock when
the plotly bars are drawn. Runs alternate between the apps; medians are compared. Also reported:
each app's cold start (process start → chat input on screen) and our first answer in a fresh
process (imports included). Ends with one JSON line.

`--first-frame` instead asks our app the same numbers twice, as a static chart and as an animation,
alternating: question → first frame's bars visible, animated against static (issue 9: an
animation's first frame shows as fast as a static chart of the same data), with a bootstrap
interval of the ratio and the gap in milliseconds.

Times are clocked inside the page (`tests.browser.STOPWATCH`: the Enter keydown to the DOM change
that draws the bars), not by playwright's waits, which poll and rounded single answers up by as
much as 0.1 s.

    python bench/app_bench.py [--runs 7] [--first-frame]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import browser  # noqa: E402

QUESTION = "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M"
ANIMATED = "animate it: Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M"
REFERENCE_APP = """
import plotly.express as px
import streamlit as st

question = st.chat_input("Ask")
if question:
    with st.chat_message("user"):
        st.write(question)
    with st.chat_message("assistant"):
        st.plotly_chart(px.bar(x=["Q1", "Q2", "Q3", "Q4"], y=[1.2, 1.5, 1.1, 2.0]))
"""
MESSAGE = '[data-testid="stChatMessage"]'
PLOT_BARS = ".js-plotly-plot .bars path"
BARS = f"{MESSAGE} {PLOT_BARS}"


def _open(chromium: Any, url: str) -> tuple[Any, float]:
    """A fresh session (new page), and the seconds until its chat input is on screen."""
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    start = time.perf_counter()
    page.goto(url)
    page.get_by_test_id("stChatInputTextArea").wait_for(state="visible", timeout=120_000)
    return page, time.perf_counter() - start


def answer_seconds(chromium: Any, url: str, question: str = QUESTION) -> float:
    """Seconds from pressing Enter to the chart's bars being drawn, clocked in the page."""
    page, _ = _open(chromium, url)
    try:
        box = page.get_by_test_id("stChatInputTextArea")
        box.fill(question)
        page.evaluate(browser.STOPWATCH, [MESSAGE, 1, PLOT_BARS])  # message 1: the answer
        box.press("Enter")
        page.locator(BARS).first.wait_for(state="visible", timeout=120_000)
        return float(page.evaluate(browser.VISUAL_SECONDS))
    finally:
        page.close()


def cold_start(chromium: Any, script: Path) -> tuple[float, float, Any]:
    """Process start → chat input visible, and the first answer in that fresh process."""
    start = time.perf_counter()
    server = browser.serve(script)
    url = server.__enter__()
    page, _ = _open(chromium, url)
    cold = time.perf_counter() - start
    page.close()
    first = answer_seconds(chromium, url)
    return cold, first, (server, url)


def ratio_interval(a: list[float], b: list[float], draws: int = 2000) -> list[float]:
    """95% bootstrap interval of median(a) / median(b): single answers vary by ±50% here, so a
    ratio of medians alone says little about whether two paths differ."""
    rng = random.Random(0)
    ratios = sorted(
        statistics.median(rng.choices(a, k=len(a))) / statistics.median(rng.choices(b, k=len(b)))
        for _ in range(draws)
    )
    return [round(ratios[int(0.025 * draws)], 3), round(ratios[int(0.975 * draws) - 1], 3)]


def first_frame(chromium: Any, runs: int) -> dict[str, Any]:
    """Our app: the same numbers as a static chart and as an animation, alternating."""
    with browser.serve(ROOT / "app.py") as url:
        answer_seconds(chromium, url)  # warm-up: imports, plotly.js in the browser cache
        answer_seconds(chromium, url, ANIMATED)
        static: list[float] = []
        animated: list[float] = []
        for i in range(runs):
            pair = [(static, QUESTION), (animated, ANIMATED)]
            for out, question in pair if i % 2 == 0 else pair[::-1]:
                out.append(answer_seconds(chromium, url, question))
            print(f"run {i + 1}: static {static[-1]:.3f} s, animated {animated[-1]:.3f} s", file=sys.stderr)
    return {
        "bench": "app_first_frame",
        "runs": runs,
        "static_median_s": round(statistics.median(static), 3),
        "animated_median_s": round(statistics.median(animated), 3),
        "ratio": round(statistics.median(animated) / statistics.median(static), 3),
        "ratio_95ci": ratio_interval(animated, static),
        "gap_ms": round((statistics.median(animated) - statistics.median(static)) * 1000, 1),
        "ratio_per_run": [round(a / b, 3) for a, b in zip(animated, static, strict=True)],
        "static_s": [round(v, 3) for v in static],
        "animated_s": [round(v, 3) for v in animated],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured answers per app (after one warm-up)")
    parser.add_argument("--first-frame", action="store_true", help="animated vs static answer in our app")
    args = parser.parse_args()
    why = browser.missing()
    if why:
        print(json.dumps({"bench": "app", "skipped": why}))
        return
    if args.first_frame:
        with browser.chromium() as chromium:
            print(json.dumps(first_frame(chromium, args.runs)))
        return
    with tempfile.TemporaryDirectory() as tmp, browser.chromium() as chromium:
        ref_script = Path(tmp) / "reference_app.py"
        ref_script.write_text(REFERENCE_APP, encoding="utf-8")
        ours_cold, ours_first, (ours_srv, ours_url) = cold_start(chromium, ROOT / "app.py")
        ref_cold, ref_first, (ref_srv, ref_url) = cold_start(chromium, ref_script)
        try:
            ours: list[float] = []
            ref: list[float] = []
            for i in range(args.runs):
                pair = [(ours, ours_url), (ref, ref_url)]
                for out, url in pair if i % 2 == 0 else pair[::-1]:  # alternate who goes first
                    out.append(answer_seconds(chromium, url))
                print(f"run {i + 1}: ours {ours[-1]:.3f} s, reference {ref[-1]:.3f} s", file=sys.stderr)
        finally:
            ours_srv.__exit__(None, None, None)
            ref_srv.__exit__(None, None, None)
    figures = {
        "bench": "app",
        "question": QUESTION,
        "runs": args.runs,
        "ours_median_s": round(statistics.median(ours), 3),
        "reference_median_s": round(statistics.median(ref), 3),
        "ratio": round(statistics.median(ours) / statistics.median(ref), 3),
        "goal_ratio": 1.2,
        "ours_s": [round(v, 3) for v in ours],
        "reference_s": [round(v, 3) for v in ref],
        "ours_cold_start_s": round(ours_cold, 3),
        "reference_cold_start_s": round(ref_cold, 3),
        "ours_first_answer_s": round(ours_first, 3),
        "reference_first_answer_s": round(ref_first, 3),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

"""The `app` kind measured: page sizes, recomputation time in a real browser, and a long fuzz.

    python bench/app_kind_bench.py                     # sizes, browser timing, 200 + 50 fuzzed plans
    python bench/app_kind_bench.py --fuzz 1000 --browser-fuzz 200 --schema-fuzz 500

1. Sizes of the self-contained HTML pages (calculator, explorer, quiz), runtime included.
2. Browser: a page with 50 chained formulas (all shown) and a sweep chart; the time from an input
   event to every output updated (the runtime recomputes synchronously inside the event), and with
   the browser's style and layout of the changed page forced as well. Target: ≤ 16 ms (one frame).
3. Python: the same 50 formulas recomputed per Streamlit rerun (`evaluate`).
4. Fuzz: generated plans (tests/app_specs.py) through SVG, PNG, PPTX, JSON and HTML; some opened in
   headless Chromium (no dialog, no request, no console error, no injected script ran); plans
   generated from the JSON schema either validate and render or are PlanErrors.
The last line is one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from render import KINDS, render  # noqa: E402
from render.kinds import PlanError, parse_plan  # noqa: E402


def fifty_formulas() -> dict:
    """Three inputs, 50 computed values (finance, chains, conditions), all shown, and a sweep chart."""
    computed = [
        {"name": "r", "formula": "rate / 100 / 12"},
        {"name": "n", "formula": "years * 12"},
        {"name": "payment", "formula": "-pmt(r, n, principal)", "decimals": 2},
    ]
    kinds = [
        "f{i} * 1.01 + 1",
        "round(f{i} / 3, 2)",
        "if(f{i} > principal / 100, f{i} - 1, f{i} + 1)",
        "max(f{i}, payment) - min(f{i}, 10)",
        "-fv(r, {k}, -payment, principal)",
    ]
    prev = "payment"
    for i in range(len(computed), 50):
        text = kinds[i % len(kinds)].replace("f{i}", prev).replace("{k}", str(i))
        computed.append({"name": f"v{i}", "formula": text, "decimals": 2})
        prev = f"v{i}"
    return {
        "kind": "app",
        "title": "Fifty formulas",
        "inputs": [
            {"name": "principal", "default": 300000, "min": 0, "step": 1000},
            {"name": "rate", "default": 5, "min": 0, "max": 30, "step": 0.05},
            {"name": "years", "default": 30, "min": 1, "max": 40},
        ],
        "computed": computed,
        "views": [  # every value on screen: ten cards and five texts of ten placeholders each
            *({"type": "metric", "value": c["name"]} for c in computed[-10:]),
            *(
                {"type": "text", "text": " · ".join("{" + c["name"] + "}" for c in computed[k : k + 10])}
                for k in range(0, 50, 10)
            ),
            {
                "type": "chart",
                "chart_type": "line",
                "sweep": {"name": "y", "start": "0", "stop": "years", "step": "1"},
                "series": [{"name": "Balance", "formula": "max(0, -fv(r, y * 12, -payment, principal))"}],
            },
        ],
    }


def sizes() -> dict:
    import pandas as pd

    from generators.base import PlanRequest
    from generators.rules import RulesPlanner

    table = pd.read_csv(ROOT / "tests" / "data" / "v2" / "trail_gear_catalogue.csv")
    explorer = RulesPlanner().plan(
        PlanRequest("let me explore this catalogue", table=table, table_name="gear.csv")
    )
    quiz = RulesPlanner().plan(
        PlanRequest("quiz me: " + ", ".join(f"capital of country {i} = city {i}" for i in range(10)))
    )
    from render.interactive_html import runtime

    return {
        "calculator_html_bytes": len(render(KINDS["app"].example).to_html().encode()),
        "explorer_html_bytes": len(render(explorer, data=table).to_html().encode()),
        "quiz_html_bytes": len(render(quiz).to_html().encode()),
        "runtime_js_bytes": len(runtime().encode()),
    }


MEASURE = """async ([runs]) => {
  const input = document.querySelector('[data-va-input=principal]');
  const sync = [], frame = [];
  const nextFrame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (let i = 0; i < runs; i++) {
    await nextFrame();
    const t0 = performance.now();
    input.value = String(300000 + 1000 * (i + 1));
    input.dispatchEvent(new Event('input', {bubbles: true}));
    const t1 = performance.now();
    void document.body.getBoundingClientRect();  // style and layout of everything that changed
    const t2 = performance.now();
    sync.push(t1 - t0);
    frame.push(t2 - t0);
  }
  const last = document.querySelector('[data-va-metric=v49]').textContent;
  return {sync, frame, last};
}"""


def browser_timing(runs: int) -> dict:
    from tests import browser

    if browser.missing():
        return {"browser": browser.missing()}
    html = render(fifty_formulas()).to_html()
    with tempfile.TemporaryDirectory() as tmp, browser.chromium() as chromium:
        path = Path(tmp) / "fifty.html"
        path.write_text(html, encoding="utf-8")
        page = chromium.new_page()
        watch = browser.Watch(page)
        page.goto(path.as_uri())
        out = page.evaluate(MEASURE, [runs])
        sync, frame = sorted(out["sync"]), sorted(out["frame"])

        def p95(xs: list[float]) -> float:
            return xs[min(len(xs) - 1, int(len(xs) * 0.95))]

        return {
            "fifty_html_bytes": len(html.encode()),
            "update_ms_median": round(statistics.median(sync), 3),
            "update_ms_p95": round(p95(sync), 3),
            "update_and_layout_ms_median": round(statistics.median(frame), 3),
            "update_and_layout_ms_p95": round(p95(frame), 3),
            "browser_clean": watch.clean(),
        }


def python_timing(runs: int) -> dict:
    from render.interactive_state import evaluate

    plan = parse_plan(fifty_formulas())
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        evaluate(plan, {"principal": 300000 + i})
        times.append((time.perf_counter() - t0) * 1000)
    return {"python_recompute_ms_median": round(statistics.median(times), 3)}


def fuzz(n: int, browser_n: int, schema_n: int) -> dict:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tests import browser
    from tests.app_specs import app_plans, schema_plans
    from tests.test_app_kind import _every_painter

    counts = {"fuzz_plans": 0, "fuzz_failures": 0, "browser_plans": 0, "browser_failures": 0}
    failures: list[str] = []

    @settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(app_plans())
    def painters(plan: dict) -> None:
        counts["fuzz_plans"] += 1
        try:
            _every_painter(render(plan))
        except Exception:
            counts["fuzz_failures"] += 1
            failures.append(traceback.format_exc(limit=2)[-400:])

    t0 = time.perf_counter()
    painters()
    counts["fuzz_seconds"] = round(time.perf_counter() - t0, 1)

    if browser_n and not browser.missing():
        with tempfile.TemporaryDirectory() as tmp, browser.chromium() as chromium:

            @settings(
                max_examples=browser_n, deadline=None, suppress_health_check=list(HealthCheck), database=None
            )
            @given(app_plans())
            def in_browser(plan: dict) -> None:
                counts["browser_plans"] += 1
                path = Path(tmp) / f"p{counts['browser_plans']}.html"
                path.write_text(render(plan).to_html(), encoding="utf-8")
                page = chromium.new_page()
                watch = browser.Watch(page)
                try:
                    page.goto(path.as_uri())
                    first = page.locator("[data-va-input]").first
                    if first.count() and first.get_attribute("type") in ("number", "text"):
                        first.fill("3")
                    ok = watch.clean() and page.evaluate("() => window.__pwned") is None
                except Exception as err:
                    ok = False
                    watch.errors.append(str(err)[:200])
                finally:
                    page.close()
                if not ok:
                    counts["browser_failures"] += 1
                    failures.append(repr(watch))

            in_browser()

    schema = {"schema_plans": 0, "schema_valid": 0, "schema_plan_errors": 0, "schema_other_errors": 0}

    @settings(max_examples=schema_n, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.data())
    def from_schema(data) -> None:
        from hypothesis_jsonschema import from_schema as gen

        from render.interactive_model import AppPlan

        whole = data.draw(st.booleans())  # whole plans, or a calculator with schema-drawn parts
        raw = data.draw(gen(AppPlan.model_json_schema())) if whole else data.draw(schema_plans())
        schema["schema_plans"] += 1
        try:
            plan = parse_plan({**raw, "kind": "app"})
            _every_painter(render(plan))
            schema["schema_valid"] += 1
        except PlanError:
            schema["schema_plan_errors"] += 1
        except Exception:
            schema["schema_other_errors"] += 1
            failures.append(traceback.format_exc(limit=2)[-400:])

    if schema_n:
        from_schema()
    for f in failures[:5]:
        print("FAILURE:", f, file=sys.stderr)
    return {**counts, **schema}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="input events timed in the browser")
    parser.add_argument("--fuzz", type=int, default=200, help="generated plans through every painter")
    parser.add_argument("--browser-fuzz", type=int, default=50, help="generated plans opened in Chromium")
    parser.add_argument("--schema-fuzz", type=int, default=200, help="plans generated from the JSON schema")
    args = parser.parse_args()
    figures = {**sizes(), **python_timing(args.runs), **browser_timing(args.runs)}
    for k, v in figures.items():
        print(f"{k:28} {v}")
    figures.update(fuzz(args.fuzz, args.browser_fuzz, args.schema_fuzz))
    for k in (
        "fuzz_plans",
        "fuzz_failures",
        "browser_plans",
        "browser_failures",
        "schema_plans",
        "schema_valid",
    ):
        print(f"{k:28} {figures[k]}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

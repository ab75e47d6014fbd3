"""Planner benchmark: form choice on a labelled question set, chart choice on nvBench 2.0 dev.

    python bench/planner_eval.py                       # the rules planner, both sets
    python bench/planner_eval.py --planner openai --planner rules --limit 100
    RENDER_LOCAL_MODEL=/path/model.gguf python bench/planner_eval.py --planner local --limit 50
    python bench/planner_eval.py --skip-nvbench --questions tests/data/planner_questions_v2.jsonl --split dev

Sets with a `split` field (the independent v2 set: "dev" / "heldout") are reported per half, over
all questions and over the questions whose accepted forms include a registered kind (animation and
app items count once their kinds exist), with the dev − held-out gap. Tune on `--split dev` only;
`--verbose` never lists held-out questions.

(a) tests/data/planner_questions.jsonl: questions across all six forms and plain text (a fifth and
more not in English), each with the forms a good answer may take, and optional attachments
(a table or markdown file in tests/data/). Form accuracy = the plan's kind is an accepted form.
(b) ../shared/nvbench2/dev.json: chart requests over tables; a small CSV is built from each item's
column examples. Chart-type accuracy = the plan's chart maps to a gold mark (bar, line, arc,
rect, point, boxplot); column accuracy = the plan's x/y/color columns equal a gold chart's fields.

Also: valid-plan rate (validates, and a table chart resolves against its table), repair rate
(plans that needed a repair round), fallback rate and median latency. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generators import select_planner  # noqa: E402
from generators.base import PlanRequest  # noqa: E402
from render.data import load_table, resolve  # noqa: E402
from render.plan import ChartPlan, PlanError, parse_plan  # noqa: E402

QUESTIONS = ROOT / "tests" / "data" / "planner_questions.jsonl"
NVBENCH = ROOT / ".." / "shared" / "nvbench2" / "dev.json"
MARKS = {
    "bar": "bar",
    "grouped_bar": "bar",
    "stacked_bar": "bar",
    "horizontal_bar": "bar",
    "histogram": "bar",
    "line": "line",
    "area": "line",
    "pie": "arc",
    "donut": "arc",
    "heatmap": "rect",
    "scatter": "point",
    "box": "boxplot",
}
EXAMPLE_ROWS = 6


class Tally:
    """Per-item outcomes of one planner on one set."""

    def __init__(self) -> None:
        self.n = 0
        self.hits = 0
        self.columns = 0
        self.valid = 0
        self.repaired = 0
        self.fell_back = 0
        self.seconds: list[float] = []

    def figures(self, hit_name: str) -> dict[str, Any]:
        n = max(self.n, 1)
        out = {
            "n": self.n,
            hit_name: round(self.hits / n, 4),
            "valid_plan_rate": round(self.valid / n, 4),
            "repair_rate": round(self.repaired / n, 4),
            "fallback_rate": round(self.fell_back / n, 4),
            "median_latency_s": round(statistics.median(self.seconds), 4) if self.seconds else None,
        }
        if hit_name == "chart_type_accuracy":
            out["column_accuracy"] = round(self.columns / n, 4)
        return out


def _timed_plan(planner: Any, request: PlanRequest, tally: Tally) -> Any:
    t0 = time.perf_counter()
    planned = planner.plan(request)
    tally.seconds.append(time.perf_counter() - t0)
    tally.n += 1
    tally.repaired += planned.report.repairs > 0
    tally.fell_back += planned.report.fell_back
    return planned.plan


def _valid(plan: Any, table: Any) -> bool:
    try:
        plan = parse_plan(plan.model_dump())
        if isinstance(plan, ChartPlan):
            resolve(plan, table)
    except (PlanError, ValueError, TypeError, KeyError):
        return False
    return True


def _registered(forms: list[str]) -> bool:
    """The item accepts at least one kind the registry knows (animation and app may not be yet)."""
    from render.kinds import KINDS

    return any(f in KINDS for f in forms)


def _rate(hits: list[bool]) -> float | None:
    return round(sum(hits) / len(hits), 4) if hits else None


def eval_questions(
    planner: Any, path: Path, limit: int | None, verbose: bool, split: str = "all"
) -> dict[str, Any]:
    """Form accuracy over a labelled set, per split when the set has one ("dev" / "heldout").

    Misses are listed (verbose) for dev items and unsplit sets only: held-out questions are never
    printed, so nobody tunes on them by accident.
    """
    tally = Tally()
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if split != "all":
        items = [i for i in items if i.get("split", "dev") == split]
    by_lang: dict[str, list[bool]] = {}
    by_split: dict[str, list[tuple[bool, bool]]] = {}
    for item in items[:limit]:
        table = load_table(path.parent / item["table"]) if item.get("table") else None
        markdown = (
            (path.parent / item["markdown"]).read_text(encoding="utf-8") if item.get("markdown") else None
        )
        request = PlanRequest(
            question=item["question"], table=table, table_name=item.get("table", ""), markdown=markdown
        )
        plan = _timed_plan(planner, request, tally)
        hit = plan.kind in item["forms"]
        tally.hits += hit
        tally.valid += _valid(plan, table)
        by_lang.setdefault(item.get("lang", "en"), []).append(hit)
        part = item.get("split", "")
        by_split.setdefault(part, []).append((hit, _registered(item["forms"])))
        if verbose and not hit and part != "heldout":
            print(
                f"  miss: {plan.kind:<11} want {'/'.join(item['forms']):<18} "
                f"{item.get('id', '')} {item['question'][:90]!r}"
            )
    out = tally.figures("form_accuracy")
    foreign = [h for lang, hs in by_lang.items() if lang != "en" for h in hs]
    out["form_accuracy_non_english"] = round(sum(foreign) / len(foreign), 4) if foreign else None
    if any(by_split):
        splits: dict[str, Any] = {}
        for name, rows in sorted(by_split.items()):
            reg = [h for h, r in rows if r]
            splits[name or "none"] = {
                "n": len(rows),
                "form_accuracy": _rate([h for h, _ in rows]),
                "n_registered": len(reg),
                "form_accuracy_registered": _rate(reg),
            }
        out["splits"] = splits
        if "dev" in splits and "heldout" in splits:
            for key in ("form_accuracy", "form_accuracy_registered"):
                dev, held = splits["dev"][key], splits["heldout"][key]
                if dev is not None and held is not None:
                    out[f"gap_{key}"] = round(dev - held, 4)
    return out


def nvbench_table(item: dict[str, Any]) -> Any:
    """A small table from the item's column examples, read the way a user's CSV is read."""
    schema = json.loads(item["table_schema"])
    examples = schema.get("column_examples", {})
    columns = schema["table_columns"]
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for i in range(EXAMPLE_ROWS):
        writer.writerow(
            [(examples.get(c) or [""])[i % max(1, len(examples.get(c) or [""]))] for c in columns]
        )
    return load_table(buf.getvalue().encode("utf-8"), name=item.get("csv_file") or "table.csv")


def _gold_fields(chart: dict[str, Any]) -> set[str]:
    return {
        str(ch["field"]).lower()
        for ch in chart.get("encoding", {}).values()
        if isinstance(ch, dict) and ch.get("field")
    }


def eval_nvbench(planner: Any, path: Path, limit: int | None, verbose: bool) -> dict[str, Any]:
    tally = Tally()
    items = json.loads(path.read_text(encoding="utf-8"))
    for item in items[:limit]:
        table = nvbench_table(item)
        gold = json.loads(item["gold_answer"])
        plan = _timed_plan(planner, PlanRequest(question=item["nl_query"], table=table), tally)
        tally.valid += _valid(plan, table)
        mark = MARKS.get(str(getattr(plan, "chart_type", ""))) if isinstance(plan, ChartPlan) else None
        hit = mark is not None and mark in {g.get("mark") for g in gold}
        tally.hits += hit
        if isinstance(plan, ChartPlan):
            named = {str(c).lower() for c in (plan.x, plan.y, plan.color) if c}
            tally.columns += any(named == _gold_fields(g) for g in gold)
        if verbose and not hit:
            print(
                f"  miss: {mark or plan.kind:<8} want {sorted({g.get('mark') for g in gold})} {item['nl_query'][:70]!r}"
            )
    return tally.figures("chart_type_accuracy")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--planner", action="append", help="planner name (repeatable; default: rules)")
    parser.add_argument(
        "--questions",
        type=Path,
        action="append",
        help=f"labelled question set (JSONL; repeatable; default {QUESTIONS.name})",
    )
    parser.add_argument(
        "--split",
        choices=("dev", "heldout", "all"),
        default="all",
        help="for sets with a split field: evaluate only that half (tune on dev; held-out is run at the end)",
    )
    parser.add_argument("--nvbench", type=Path, default=NVBENCH, help="nvBench 2.0 dev.json")
    parser.add_argument("--limit", type=int, help="evaluate only the first N items of each set")
    parser.add_argument("--skip-questions", action="store_true")
    parser.add_argument("--skip-nvbench", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    figures: dict[str, Any] = {}
    for name in args.planner or ["rules"]:
        planner, reason = select_planner(name)
        print(f"== {planner.name}: {reason}")
        figures[name] = {}
        for qpath in [] if args.skip_questions else args.questions or [QUESTIONS]:
            f = eval_questions(planner, qpath, args.limit, args.verbose, args.split)
            figures[name]["questions" if qpath == QUESTIONS else qpath.stem] = f
            print(
                f"{qpath.stem}  n={f['n']:<4} form accuracy {f['form_accuracy']:.1%} "
                f"(non-English {f['form_accuracy_non_english'] or 0:.1%}), valid {f['valid_plan_rate']:.1%}, "
                f"repaired {f['repair_rate']:.1%}, fell back {f['fallback_rate']:.1%}, "
                f"median {f['median_latency_s']:.3f} s"
            )
            for part, sf in f.get("splits", {}).items():
                reg = sf["form_accuracy_registered"]
                print(
                    f"  {part:<8} n={sf['n']:<4} form accuracy {sf['form_accuracy']:.1%}; over the "
                    f"{sf['n_registered']} accepting a registered kind {reg if reg is None else format(reg, '.1%')}"
                )
            if "gap_form_accuracy" in f:
                print(
                    f"  gap dev - heldout {f['gap_form_accuracy']:+.1%} "
                    f"(registered kinds {f.get('gap_form_accuracy_registered', 0):+.1%})"
                )
        if not args.skip_nvbench:
            if not args.nvbench.is_file():
                print(f"nvbench    skipped: {args.nvbench} not found")
            else:
                f = figures[name]["nvbench"] = eval_nvbench(planner, args.nvbench, args.limit, args.verbose)
                print(
                    f"nvbench    n={f['n']:<4} chart type {f['chart_type_accuracy']:.1%}, "
                    f"columns {f['column_accuracy']:.1%}, valid {f['valid_plan_rate']:.1%}, "
                    f"repaired {f['repair_rate']:.1%}, fell back {f['fallback_rate']:.1%}, "
                    f"median {f['median_latency_s']:.3f} s"
                )
    print(json.dumps({"benchmark": "planner_eval", "planners": figures}, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Long input: does the rules planner's time grow with the length of what is pasted, or with its square?

    python bench/planner_long_input.py                  # every shape at 2,500 and 10,000 characters
    python bench/planner_long_input.py --size 5000 --shapes letters,cjk_prose

People paste long things into a question: a base64 blob, a long URL, a log line, a Chinese or Japanese
paragraph (which has no spaces, so to a regular expression it is one long "word"). A pattern that opens
with an unanchored run (`[^\\s,.]+\\s+…`, `\\S+\\s*…`) retries from every position of such a run and
costs the square of its length; one such pattern took a 20,000-letter question to 27 s. Each shape is
planned at the base size and at four times it, in this process, and the report is the growth ratio
t(4n) / t(n): about 4 when the time grows with the length, about 16 when it grows with its square. The
figure compares shapes and code versions run here, never a time against a threshold.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generators import select_planner  # noqa: E402
from generators.base import PlanRequest  # noqa: E402

_ZH = ["今年公司的销售额比去年增长了很多", "我们需要在下个月之前完成这个项目", "客户的反馈总体上是积极的"]
_JA = ["今年の売上は去年より大きく伸びました", "来月までにこのプロジェクトを終える必要があります"]


def _repeat(pieces: list[str], n: int, rng: random.Random) -> str:
    out = ""
    while len(out) < n:
        out += rng.choice(pieces)
    return out[:n]


SHAPES: dict[str, Callable[[int, random.Random], str]] = {
    "letters": lambda n, rng: "make a chart of " + "a" * n,
    "base64": lambda n, rng: (
        "what is this? " + "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))
    ),
    "url": lambda n, rng: "summarise https://example.com/" + "x" * n + " please",
    "cjk_run": lambda n, rng: "请把这个做成图表：" + _repeat(_ZH, n, rng),
    "cjk_prose": lambda n, rng: (
        "请总结一下：" + _repeat([s + "，" for s in _ZH] + [s + "。" for s in _ZH], n, rng)
    ),
    "ja_prose": lambda n, rng: (
        "要約して：" + _repeat([s + "、" for s in _JA] + [s + "。" for s in _JA], n, rng)
    ),
    "words": lambda n, rng: (
        "explain " + " ".join(rng.choice(["sales", "grew", "in", "the", "north"]) for _ in range(n // 5))
    ),
}


def timed(planner: object, question: str, repeats: int) -> float:
    """The fastest of `repeats` plans of one question (the least disturbed by other programs)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        planner.plan(PlanRequest(question=question))  # type: ignore[attr-defined]
        best = min(best, time.perf_counter() - start)
    return best


def run(shapes: list[str], size: int, repeats: int) -> list[dict[str, object]]:
    planner, _ = select_planner("rules")
    planner.plan(PlanRequest(question="make a chart of sales 1 2 3"))  # load the cue tables first
    rows = []
    for name in shapes:
        small = SHAPES[name](size, random.Random(1))
        large = SHAPES[name](4 * size, random.Random(1))
        t_small, t_large = timed(planner, small, repeats), timed(planner, large, repeats)
        rows.append(
            {
                "shape": name,
                "chars": [len(small), len(large)],
                "seconds": [round(t_small, 4), round(t_large, 4)],
                "growth": round(t_large / t_small, 2) if t_small > 0 else None,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES), help=f"comma-separated, of {', '.join(SHAPES)}")
    parser.add_argument("--size", type=int, default=2500, help="base length; each shape also runs at 4×")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shape(s) {', '.join(unknown)}; use {', '.join(SHAPES)}")
    rows = run(shapes, args.size, args.repeats)
    print(f"{'shape':<10} {'chars':>13} {'seconds':>17} {'growth ×4':>9}")
    for r in rows:
        chars, secs = r["chars"], r["seconds"]
        print(
            f"{r['shape']:<10} {chars[0]:>6}→{chars[1]:<6} {secs[0]:>8.3f}→{secs[1]:<8.3f} {r['growth']:>9}"
        )  # type: ignore[index]
    print(json.dumps({"bench": "planner_long_input", "size": args.size, "rows": rows}))


if __name__ == "__main__":
    main()

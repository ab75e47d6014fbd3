"""Planner noise benchmark: does the form stay right when a question gets the noise real people type?

    python bench/planner_noise.py                                  # every dev half, every kind of noise
    python bench/planner_noise.py --questions tests/data/planner_questions_v2.jsonl --noise hey,lost_mark

Takes each dev item (never a held-out one) the planner already answers in an accepted form and plans it
again with one kind of noise added: a greeting before the ask ("hey, "), a thank-you after it
(" thanks!"), its closing "?"/"!"/"." taken away, everything lowercased, the marks of accented letters
dropped ("présentation" → "presentation"), or two neighbouring letters of one word swapped (the word
and the pair drawn from a generator seeded by the item's id, so a run is repeatable). Reports, per
kind of noise, how many items it was tried on and how many left every accepted form ("flips"), with
the flipped ids under `--verbose`. The figure to watch is the flip rate; it compares the same code
with and without a change, run in one process, never against a time or another machine.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generators import select_planner  # noqa: E402
from generators.base import PlanRequest  # noqa: E402
from render.data import load_table  # noqa: E402


def load_questions(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _greeting(q: str, _: random.Random) -> str | None:
    return "hey, " + q


def _thanks(q: str, _: random.Random) -> str | None:
    return q.rstrip() + " thanks!"


def _lost_mark(q: str, _: random.Random) -> str | None:
    out = re.sub(r"[?!.。？！]+(\s|$)", r"\1", q).strip()
    return out if out != q.strip() else None


def _lower(q: str, _: random.Random) -> str | None:
    return q.lower() if q.lower() != q else None


def _no_accents(q: str, _: random.Random) -> str | None:
    """Latin letters without their marks, as typed on a keyboard of another language ('fur', 'apresentacao');
    other scripts stay as they are ('й' is its own letter)."""
    out = "".join(
        base if (base := unicodedata.normalize("NFD", ch)[0]).isascii() and base.isalpha() else ch for ch in q
    )
    return out if out != q else None


def _swap(q: str, rng: random.Random) -> str | None:
    words = list(re.finditer(r"[A-Za-z]{5,}", q))
    if not words:
        return None
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(1, len(w) - 2)
    return q[: m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2 :] + q[m.end() :]


NOISE: dict[str, Callable[[str, random.Random], str | None]] = {
    "hey": _greeting,
    "thanks": _thanks,
    "lost_mark": _lost_mark,
    "lower": _lower,
    "no_accents": _no_accents,
    "swap": _swap,
}


def run(files: list[Path], kinds: list[str], verbose: bool = False) -> dict[str, Any]:
    planner, _ = select_planner("rules")
    tried = dict.fromkeys(kinds, 0)
    flips: dict[str, list[str]] = {k: [] for k in kinds}
    for path in files:
        for item in load_questions(path):
            if item.get("split", "dev") != "dev":
                continue  # held-out halves are never looked at
            table = load_table(path.parent / item["table"]) if item.get("table") else None
            markdown = (
                (path.parent / item["markdown"]).read_text(encoding="utf-8") if item.get("markdown") else None
            )

            def kind_of(
                question: str, item: dict[str, Any] = item, table: Any = table, md: Any = markdown
            ) -> str:
                request = PlanRequest(
                    question=question, table=table, table_name=item.get("table", ""), markdown=md
                )
                return planner.plan(request).plan.kind

            if kind_of(item["question"]) not in item["forms"]:
                continue
            for name in kinds:
                rng = random.Random(zlib.crc32(f"{item.get('id', item['question'])}:{name}".encode()))
                noisy = NOISE[name](item["question"], rng)
                if noisy is None:
                    continue
                tried[name] += 1
                if kind_of(noisy) not in item["forms"]:
                    flips[name].append(str(item.get("id", item["question"][:40])))
    report = {k: {"tried": tried[k], "flips": len(flips[k])} for k in kinds}
    if verbose:
        for k in kinds:
            report[k]["ids"] = flips[k]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", action="append", type=Path, help="a question set (default: all)")
    parser.add_argument("--noise", default=",".join(NOISE), help=f"comma-separated, of {', '.join(NOISE)}")
    parser.add_argument("--verbose", action="store_true", help="list the flipped ids")
    args = parser.parse_args(argv)
    data = ROOT / "tests" / "data"
    files = args.questions or sorted(data.glob("planner_questions*.jsonl"))
    kinds = [k for k in args.noise.split(",") if k]
    unknown = [k for k in kinds if k not in NOISE]
    if unknown:
        parser.error(f"unknown noise: {', '.join(unknown)}")
    report = run(files, kinds, args.verbose)
    for name, row in report.items():
        share = row["flips"] / row["tried"] if row["tried"] else 0.0
        print(f"{name:<11} tried {row['tried']:>5}  flips {row['flips']:>4}  ({share:.1%})")
    print(json.dumps({"benchmark": "planner_noise", "noise": report}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

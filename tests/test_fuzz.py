"""A few hundred fuzz cases in CI (`bench/fuzz.py` runs 10,000 plans and 200+ files as a bench).

Plans drawn from the published schema and from mutators, and hostile table and markdown files,
must each end as a rendered answer or a clean refusal: no crash, no blank or invalid output.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bench import fuzz
from bench.fuzz_cases import file_jobs, hostile_files, plans, questions

BAD = ("crash", "hang", "blank", "invalid")


def _summary(outcomes: list[tuple[str, dict]]) -> str:
    return "\n".join(
        f"{src}: {o['outcome']} {o.get('where', '')} {o.get('detail', '')}" for src, o in outcomes
    )


def test_fuzzed_plans_render_or_fail_cleanly() -> None:
    cases = plans(110, seed=13, schema_share=0.2)
    counts: Counter[str] = Counter()
    bad = []
    for i, (source, plan) in enumerate(cases):
        formats = None if i % 5 == 0 else (".svg", ".pptx", ".html", ".json", ".md")  # PNG for one in five
        outcome = fuzz.run_plan(plan, formats=formats)
        counts[outcome["outcome"]] += 1
        if outcome["outcome"] in BAD:
            bad.append((f"{source} #{i}", outcome))
    assert not bad, _summary(bad)
    assert counts["rendered"] >= 40, counts  # the cases reach the painters, not only validation
    assert counts["plan_error"] >= 10, counts  # and hostile ones are refused with a PlanError


def test_fuzzed_questions_get_a_plan_that_renders() -> None:
    """Random runs of the notations the offline planner reads, some repeated into pages."""
    asked = questions(120, seed=7)
    assert any(len(q) >= 5_000 for q in asked)  # the long ones are in the sample
    bad = []
    for i, question in enumerate(asked):
        outcome = fuzz.run_question(question)
        if outcome["outcome"] != "rendered":
            bad.append((f"question #{i} ({len(question):,} chars)", outcome))
    assert not bad, _summary(bad)


def test_hostile_files_render_or_fail_cleanly(tmp_path) -> None:
    paths = hostile_files(tmp_path / "files", seed=5, count=0, big=False)
    rng = random.Random(5)
    jobs = file_jobs(paths)
    heavy = ("md_10000", "md_huge_line", "wide_10000", "long_cell", "bomb", "deep")
    chosen = [j for j in jobs if j[0].startswith(heavy)][:6] + rng.sample(jobs, 80)
    bad = []
    counts: Counter[str] = Counter()
    for k, (name, args) in enumerate(chosen):
        outcome = fuzz.run_file(args, tmp_path, ".svg" if k % 2 else ".pptx")
        counts[outcome["outcome"]] += 1
        if outcome["outcome"] in BAD:
            bad.append((name, outcome))
    assert not bad, _summary(bad)
    assert counts["rendered"] >= 20 and counts["user_error"] >= 8, counts


@pytest.mark.slow
def test_fuzz_runner_counts_a_hang() -> None:
    """The bench's worker pool sees a case that never answers as a hang and carries on."""
    import tempfile
    from pathlib import Path

    results = {}
    pool = fuzz.Pool(1, timeout=3.0, scratch=Path(tempfile.mkdtemp()))
    try:
        pool.run(
            [(0, "sleep", 30.0, None), (1, "plan", {"kind": "text", "answer": "x"}, None)],
            lambda i, o: results.__setitem__(i, o["outcome"]),
        )
    finally:
        pool.close()
    assert results[1] == "rendered"
    assert results[0] == "hang"

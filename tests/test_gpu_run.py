"""`bench/gpu_run.sh`, the one script a lent GPU runs: its steps resolve and its budget holds.

GPU time comes by the minute, so a typo in a step name or a step started past the budget would waste
the only run a session gets; both are checked here without a GPU (every step is skipped at budget 0).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "gpu_run.sh"


def run(tmp_path: Path, budget: int, steps: str | None = None) -> str:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    if steps is not None:
        env["STEPS"] = steps
    proc = subprocess.run(
        ["bash", str(SCRIPT), str(tmp_path / "out"), str(budget)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    return proc.stdout


def test_every_default_step_exists_and_none_starts_without_budget(tmp_path):
    out = run(tmp_path, 0)
    assert "no such step" not in out
    skipped = re.findall(r"^== (\S+): skipped, 0s of the budget left$", out, re.M)
    assert skipped == [
        "env",
        "gpu_tests",
        "serve_bench",
        "diffusion_ablation",
        "serve_tests",
        "diffusion_sd_turbo",
        "diffusion_sdxl_turbo",
        "diffusion_compiled",
    ]
    assert not list((tmp_path / "out").iterdir()), "a skipped step writes no log"


def test_chosen_steps_run_in_the_given_order_and_unknown_ones_are_said(tmp_path):
    out = run(tmp_path, 0, "serve_bench bogus gpu_tests")
    assert re.findall(r"^== (\S+):", out, re.M) == ["serve_bench", "bogus", "gpu_tests"]
    assert "== bogus: no such step" in out


def test_the_ablation_adds_ours_changes_one_at_a_time_then_times_our_generator(tmp_path):
    """`diffusion_bench.py --ablate` on the CPU with the tiny model: every change a row, in order."""
    import json
    import sys

    proc = subprocess.run(
        [sys.executable, "bench/diffusion_bench.py", "--tiny", "--ablate", "--iters", "1", "--warmup", "0",
         "--batches", "1,2"],
        capture_output=True, text=True, cwd=ROOT, timeout=240, check=True,
    )  # fmt: skip
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    assert figures["bench"] == "diffusion_ablation" and figures["device"] == "cpu"
    variants = list(dict.fromkeys(r["variant"] for r in figures["rows"]))
    # on the CPU the precision and cuDNN steps do not apply: fp32 stays, there is no cuDNN
    assert variants == [
        "diffusers' call", "+ channels_last", "+ fused QKV", "+ CPU generator each", "our generator"
    ]  # fmt: skip
    assert [r["batch"] for r in figures["rows"]] == [1, 2] * len(variants)
    assert all(r["ms_per_call"] > 0 for r in figures["rows"])

"""Image generation speed: diffusers' plain pipeline against our generator, in one run.

Models are built from the *real* architectures' configs (`generators/image_models/<model>/*.json`)
with random weights, so they cost the same FLOPs and memory traffic as the released checkpoints
while no weights need downloading. For each model and batch size it times:

- baseline:   the pipeline with diffusers' defaults in fp16 (the model card's call: 1 step, no
              guidance), nothing else; on CPU fp32, since fp16 is not a CPU default;
- ours:       `DiffusionGenerator` (auto precision, channels_last, fused QKV, optional compile);
- ours+taesd: the same with the TAESD tiny decoder ("fast" mode).

Each row gives latency, images/second, counted TFLOP per image, the compute floor (TFLOP ÷ the
measured bf16 matmul peak; fp32 on CPU) and the fraction of it reached. Goals on one H200: ≤ 10 ms per
SD-Turbo image with TAESD at batch 1, ≥ 150 images/s batched, ≥ 2× the baseline.

    python bench/diffusion_bench.py                 # GPU: sd-turbo and sdxl-turbo at 512², batch 1 and 8
    python bench/diffusion_bench.py --tiny          # CPU smoke run in seconds: the tiny test model at 64²
    python bench/diffusion_bench.py --ablate        # which of ours' changes costs or pays, one at a time

`--ablate` starts from diffusers' own call and adds ours' changes one at a time, cumulatively, on one
pipeline (precision, cuDNN autotuning and TF32, channels_last, fused QKV, a CPU generator per
picture), then times our generator itself: a row slower than the one above it is the change to blame.

The last line is one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generators import diffusion
from generators.diffusion import IMAGE_MODELS, DiffusionGenerator

PROMPT = "a lighthouse on a cliff at dusk, waves, warm light"
GOAL_MS_FAST_B1 = 10.0
GOAL_IMAGES_PER_S = 150.0
GOAL_SPEEDUP = 2.0


def measure_peak(torch: Any, device: str) -> float:
    """Dense matmul TFLOP/s actually reached here (bf16 on GPU, fp32 on CPU): the floor's divisor."""
    n, dtype = (8192, torch.bfloat16) if device.startswith("cuda") else (512, torch.float32)
    a = torch.randn(n, n, device=device, dtype=dtype)
    b = torch.randn(n, n, device=device, dtype=dtype)
    for _ in range(3):
        a @ b
    sync(torch, device)
    reps, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < 0.5:
        a @ b
        reps += 1
        if reps % 10 == 0:
            sync(torch, device)
    sync(torch, device)
    elapsed = time.perf_counter() - start
    return 2 * n**3 * reps / elapsed / 1e12


def sync(torch: Any, device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def count_flops(torch: Any, fn: Any) -> float:
    from torch.utils.flop_counter import FlopCounterMode

    with FlopCounterMode(display=False) as counter:
        fn()
    return float(counter.get_total_flops())


def timed(torch: Any, device: str, fn: Any, warmup: int, iters: int) -> float:
    """Median seconds per call after warm-up (compile, cuDNN autotune, allocator)."""
    for _ in range(warmup):
        fn()
    sync(torch, device)
    times = []
    for _ in range(iters):
        start = time.perf_counter()
        fn()
        sync(torch, device)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def diffusers_call(torch: Any, pipe: Any, args: argparse.Namespace, batch: int, generator: Any = None) -> Any:
    """The model card's call: the prompt `batch` times, no guidance, PIL images out."""
    with torch.inference_mode():
        return pipe(
            prompt=[PROMPT] * batch,
            num_inference_steps=args.steps,
            guidance_scale=0.0,
            height=args.size,
            width=args.size,
            generator=generator,
            output_type="pil",
        )


def bench_model(args: argparse.Namespace, torch: Any, device: str, model: str, peak: float) -> list[dict]:
    spec = replace(IMAGE_MODELS[model], base=args.size, cpu_base=args.size)
    arch = spec.arch or model
    half = torch.float16 if device.startswith("cuda") else torch.float32
    from render.plan import ImagePlan

    plan = ImagePlan(prompt=PROMPT, steps=args.steps, seed=0)

    base = diffusion.build_random_pipeline(arch, device=device)
    base.to(device, half)
    base.set_progress_bar_config(disable=True)  # cosmetic: a bar per call would flood the table

    def run_base(batch: int) -> Any:
        return diffusers_call(torch, base, args, batch)

    # FLOPs per image, counted on the uncompiled baseline: whole call, then VAE vs TAESD decode.
    latent = torch.randn(1, 4, args.size // base.vae_scale_factor, args.size // base.vae_scale_factor)
    latent = latent.to(device, half)
    taesd = diffusion.build_random_taesd(arch, device=device).to(device, half)
    with torch.inference_mode():
        total = count_flops(torch, lambda: run_base(1))
        vae = count_flops(torch, lambda: base.vae.decode(latent))
        tiny = count_flops(torch, lambda: taesd.decode(latent))
    flops = {"baseline": total, "ours": total, "ours+taesd": total - vae + tiny}

    variants: dict[str, Any] = {"baseline": run_base}
    for name, fast in (("ours", False), ("ours+taesd", True)):
        gen = DiffusionGenerator(
            spec,
            pipeline=diffusion.build_random_pipeline(arch, device=device),
            device=device,
            fast=fast,
            compile=args.compile,
            cache_dir=None,
        )
        gen.load()
        variants[name] = lambda batch, gen=gen: gen.generate_images([plan] * batch, args.size, args.size)
        precision = gen.dtype

    rows = []
    for batch in args.batches:
        base_ms = None
        for name, fn in variants.items():
            seconds = timed(torch, device, lambda fn=fn, batch=batch: fn(batch), args.warmup, args.iters)
            ms = seconds * 1e3
            base_ms = ms if name == "baseline" else base_ms
            floor_ms = flops[name] / (peak * 1e12) * 1e3
            rows.append(
                {
                    "model": model,
                    "batch": batch,
                    "variant": name,
                    "dtype": str(half).removeprefix("torch.") if name == "baseline" else precision,
                    "ms_per_call": round(ms, 3),
                    "ms_per_image": round(ms / batch, 3),
                    "images_per_s": round(batch / seconds, 2),
                    "gflop_per_image": round(flops[name] / 1e9, 3),
                    "floor_ms_per_image": round(floor_ms, 4),
                    "fraction_of_floor": round(floor_ms / (ms / batch), 4),
                    "speedup_vs_baseline": round(base_ms / ms, 3) if base_ms else 1.0,
                }
            )
    variants.clear()  # free this model's pipelines before the next one is built
    gc.collect()
    if device.startswith("cuda"):
        torch.cuda.empty_cache()
    return rows


def ablate(args: argparse.Namespace, torch: Any, device: str, model: str) -> list[dict]:
    """diffusers' call, then ours' changes added one at a time (cumulative), then our generator."""
    spec = replace(IMAGE_MODELS[model], base=args.size, cpu_base=args.size)
    arch = spec.arch or model
    cuda = device.startswith("cuda")
    pipe = diffusion.build_random_pipeline(arch, device=device)
    pipe.to(device, torch.float16 if cuda else torch.float32)
    pipe.set_progress_bar_config(disable=True)
    seeded = False

    def call(batch: int) -> Any:
        seeds = [torch.Generator("cpu").manual_seed(i) for i in range(batch)] if seeded else None
        return diffusers_call(torch, pipe, args, batch, seeds)

    def bf16() -> None:
        pipe.to(device, torch.bfloat16)

    def autotune() -> None:
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
        torch.backends.cudnn.benchmark = True

    def channels_last() -> None:
        pipe.unet.to(memory_format=torch.channels_last)
        pipe.vae.to(memory_format=torch.channels_last)

    def seed() -> None:
        nonlocal seeded
        seeded = True

    changes = [("diffusers' call", lambda: None)]
    if cuda:
        changes += [("+ bf16", bf16), ("+ cudnn autotune, tf32", autotune)]
    changes += [
        ("+ channels_last", channels_last),
        ("+ fused QKV", lambda: pipe.fuse_qkv_projections()),
        ("+ CPU generator each", seed),
    ]
    rows = []
    for label, change in changes:
        change()
        for batch in args.batches:
            ms = timed(torch, device, lambda batch=batch: call(batch), args.warmup, args.iters) * 1e3
            rows.append({"model": model, "batch": batch, "variant": label, "ms_per_call": round(ms, 3)})
    gen = DiffusionGenerator(
        spec, pipeline=diffusion.build_random_pipeline(arch, device=device), device=device, fast=False,
        cache_dir=None,
    )  # fmt: skip
    gen.load()
    from render.plan import ImagePlan

    plan = ImagePlan(prompt=PROMPT, steps=args.steps, seed=0)
    for batch in args.batches:
        fn = lambda batch=batch: gen.generate_images([plan] * batch, args.size, args.size)  # noqa: E731
        ms = timed(torch, device, fn, args.warmup, args.iters) * 1e3
        rows.append({"model": model, "batch": batch, "variant": "our generator", "ms_per_call": round(ms, 3)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="the tiny test model on the CPU, in seconds")
    parser.add_argument("--models", default=None, help="comma-separated (default: sd-turbo,sdxl-turbo)")
    parser.add_argument("--batches", default="1,8", help="comma-separated batch sizes")
    parser.add_argument("--size", type=int, default=None, help="image side in pixels (default 512; tiny 64)")
    parser.add_argument("--steps", type=int, default=1)
    parser.add_argument("--iters", type=int, default=None, help="timed calls per row (default 20; tiny 5)")
    parser.add_argument("--warmup", type=int, default=None, help="untimed calls first (default 3; tiny 1)")
    parser.add_argument("--compile", default="", help="ours: '' (off), regional or full torch.compile")
    parser.add_argument("--device", default=None, help="default: cuda when present, else cpu")
    parser.add_argument("--peak-tflops", type=float, default=None, help="instead of the measured matmul peak")
    parser.add_argument(
        "--threads", type=int, default=None, help="CPU threads (default: tiny 1, else torch's)"
    )
    parser.add_argument("--ablate", action="store_true", help="ours' changes one at a time (see above)")
    args = parser.parse_args()

    diffusion._quiet_imports()
    import torch

    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cpu" and not args.tiny:
        print(
            "no GPU here: the real architectures would take minutes per row on CPU; use --tiny",
            file=sys.stderr,
        )
        sys.exit(2)
    models = (args.models or ("tiny" if args.tiny else "sd-turbo,sdxl-turbo")).split(",")
    args.batches = [int(b) for b in args.batches.split(",")]
    args.size = args.size or (64 if args.tiny else 512)
    args.iters = args.iters or (5 if args.tiny else 20)
    args.warmup = args.warmup if args.warmup is not None else (1 if args.tiny else 3)
    if args.threads or (args.tiny and device == "cpu"):
        torch.set_num_threads(
            args.threads or 1
        )  # same for both sides; tiny tensors gain nothing from threads
    gpu = torch.cuda.get_device_name(0) if device.startswith("cuda") else "cpu"
    if args.ablate:
        rows = [r for model in models for r in ablate(args, torch, device, model.strip())]
        for r in rows:
            print(f"{r['model']:<11} {r['batch']:>5} {r['variant']:<24} {r['ms_per_call']:>9.2f} ms/call")
        print(json.dumps({"bench": "diffusion_ablation", "device": gpu, "size": args.size, "rows": rows}))
        return
    peak = args.peak_tflops or measure_peak(torch, device)

    rows: list[dict] = []
    for model in models:
        rows += bench_model(args, torch, device, model.strip(), peak)

    print(
        f"device {gpu} · {args.size}×{args.size} · {args.steps} step(s) · peak {peak:.2f} TFLOP/s "
        f"({'measured' if not args.peak_tflops else 'given'}) · torch {torch.__version__}"
    )
    head = (
        f"{'model':<11} {'batch':>5} {'variant':<11} {'dtype':<9} {'ms/call':>9} {'ms/image':>9} "
        f"{'images/s':>9} {'GFLOP/img':>10} {'floor ms':>9} {'of floor':>8} {'vs base':>8}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r['model']:<11} {r['batch']:>5} {r['variant']:<11} {r['dtype']:<9} {r['ms_per_call']:>9.2f} "
            f"{r['ms_per_image']:>9.2f} {r['images_per_s']:>9.1f} {r['gflop_per_image']:>10.2f} "
            f"{r['floor_ms_per_image']:>9.4f} {r['fraction_of_floor']:>8.1%} {r['speedup_vs_baseline']:>7.2f}×"
        )
    figures: dict[str, Any] = {
        "bench": "diffusion",
        "device": gpu,
        "tiny": args.tiny,
        "size": args.size,
        "steps": args.steps,
        "compile": args.compile or "off",
        "peak_tflops": round(peak, 3),
        "rows": rows,
    }
    sd = [r for r in rows if r["model"] == "sd-turbo"]
    if sd:
        fast_b1 = min(
            (r["ms_per_image"] for r in sd if r["variant"] == "ours+taesd" and r["batch"] == 1), default=None
        )
        best_ips = max(r["images_per_s"] for r in sd if r["variant"] != "baseline")
        speedup = max(r["speedup_vs_baseline"] for r in sd)
        figures["goals"] = {
            "ms_per_image_taesd_b1": fast_b1,
            "ms_goal_met": fast_b1 is not None and fast_b1 <= GOAL_MS_FAST_B1,
            "best_images_per_s": best_ips,
            "images_per_s_goal_met": best_ips >= GOAL_IMAGES_PER_S,
            "best_speedup": speedup,
            "speedup_goal_met": speedup >= GOAL_SPEEDUP,
        }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

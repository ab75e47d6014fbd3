"""Many people, many pictures: the image service under N concurrent clients against one-by-one local calls.

In one run, on this machine:
- local:   the same requests made one by one against our `DiffusionGenerator` in this process (what
           a single-process app does when people ask one after another);
- service: `generators.serve` (Ray Serve, started here) with N = 1, 4, 8, 16 concurrent clients, each
           asking for pictures one after another through `ImageClient` (HTTP, streamed progress).

Every request is a new prompt (no cache hits; disk caches are off on both sides). The rows are
measured in interleaved rounds (local, then each N, again and again) and the median round is
reported, so load from other programs on a shared machine falls on both sides alike. Per row:
throughput (images/s), p50/p95 latency per picture, and the service's mean batch size (its /stats). Goal on CPU with `tiny`: the service beats one-by-one throughput at 8 clients.
On a GPU (when CUDA is present): SD-Turbo's architecture at 512², 1 step, random weights (the same
cost as the real weights, nothing to download), against the local generator one by one and batched.

    python bench/serve_bench.py                  # CPU: tiny at 64²; GPU: sd-turbo at 512²
    python bench/serve_bench.py --requests 64 --clients 1,4,8,16

The last line is one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generators.image_client import ImageClient  # noqa: E402
from render.plan import ImagePlan  # noqa: E402
from tests.browser import free_port  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def plans(prefix: str, n: int, steps: int | None) -> list[ImagePlan]:
    stamp = time.time_ns()
    return [ImagePlan(prompt=f"{prefix} {stamp} {i}", seed=i, steps=steps) for i in range(n)]


def local_rows(gen: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    """One by one (and, on a GPU, batched by 8) in this process."""
    times = []
    start = time.perf_counter()
    for plan in plans("local", args.requests, args.steps):
        t = time.perf_counter()
        gen.generate(plan, args.size, args.size)
        times.append(time.perf_counter() - t)
    wall = time.perf_counter() - start
    rows = [row("local one-by-one", 1, args.requests, wall, times, 1.0)]
    if args.gpu:
        batch = plans("local batch", args.requests, args.steps)
        start = time.perf_counter()
        for i in range(0, len(batch), 8):
            gen.generate_batch(batch[i : i + 8], args.size, args.size)
        wall = time.perf_counter() - start
        rows.append(row("local batched (8)", 1, args.requests, wall, [wall / args.requests * 8], 8.0))
    return rows


def service_row(url: str, clients: int, args: argparse.Namespace) -> dict[str, Any]:
    client = ImageClient(url, cache_dir=None, timeout=600)
    before = client.stats()
    todo = plans(f"service {clients}", max(args.requests, clients), args.steps)
    times: list[float] = []
    lock = threading.Lock()
    gate = threading.Barrier(clients)

    def work(mine: list[ImagePlan]) -> None:
        client = ImageClient(url, cache_dir=None, timeout=600)  # each client its own, as on N machines
        client.info()
        gate.wait()
        for plan in mine:
            t = time.perf_counter()
            client.generate(plan, args.size, args.size)
            with lock:
                times.append(time.perf_counter() - t)

    threads = [threading.Thread(target=work, args=(todo[i::clients],)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    after = client.stats()
    sizes = {int(k): v - before["batch_sizes"].get(k, 0) for k, v in after["batch_sizes"].items()}
    count = sum(sizes.values())
    mean = sum(k * v for k, v in sizes.items()) / count if count else 0.0
    return row("service", clients, len(todo), wall, times, mean)


def median_row(candidates: list[dict[str, Any]]) -> dict[str, Any]:
    """The round with the median throughput (its own latencies and batch size, not a mix)."""
    ordered = sorted(candidates, key=lambda r: r["images_per_s"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["images_per_s_rounds"] = [r["images_per_s"] for r in candidates]
    return chosen


def row(name: str, clients: int, n: int, wall: float, times: list[float], batch: float) -> dict[str, Any]:
    return {
        "path": name,
        "clients": clients,
        "images": n,
        "seconds": round(wall, 3),
        "images_per_s": round(n / wall, 2),
        "p50_s": round(statistics.median(times), 4),
        "p95_s": round(percentile(times, 0.95), 4),
        "mean_batch": round(batch, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="default: sd-turbo on a GPU (random weights), tiny on CPU")
    parser.add_argument("--clients", default="1,4,8,16")
    parser.add_argument("--requests", type=int, default=48, help="pictures per row")
    parser.add_argument("--size", type=int, help="square side (default: 512 on GPU, 64 on CPU)")
    parser.add_argument("--steps", type=int, help="denoising steps (default: the model's; 1 on GPU)")
    parser.add_argument("--max-batch-size", type=int, default=8)
    parser.add_argument(
        "--batch-wait",
        type=float,
        help="seconds a batch waits for more pictures after its first (default: the service's)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the median is reported")
    parser.add_argument("--num-cpus", type=int, default=2)
    args = parser.parse_args()
    try:
        import ray

        from generators import serve
    except Exception as err:  # not installed, or installed broken: said, never a traceback
        print(
            json.dumps(
                {"bench": "serve", "skipped": f"Ray Serve could not be imported: {type(err).__name__}: {err}"}
            )
        )
        return
    from generators import diffusion
    from generators.random_models import build_random_pipeline

    diffusion._quiet_imports()
    import torch

    args.gpu = torch.cuda.is_available()
    args.model = args.model or ("sd-turbo" if args.gpu else "tiny")
    args.size = args.size or (512 if args.gpu else 64)
    args.steps = args.steps or (1 if args.gpu else None)
    random = diffusion.IMAGE_MODELS.get(args.model) is not None and args.model != "tiny"
    device = "cuda" if args.gpu else "cpu"

    spec = diffusion.resolve_model(args.model)
    pipeline = build_random_pipeline(spec.arch, device=device) if random and spec.arch else None
    local = diffusion.DiffusionGenerator(spec, cache_dir=None, device=device, pipeline=pipeline)
    local.load()
    local.generate(plans("warm-up", 1, args.steps)[0], args.size, args.size)
    if args.gpu:  # and at the batched row's shape: cuDNN autotunes each new shape at its first call
        local.generate_batch(plans("warm-up batch", 8, args.steps), args.size, args.size)

    settings = {
        "model": args.model,
        "cache_dir": "none",
        "device": device,
        "random_weights": random,
        "max_batch_size": args.max_batch_size,
        "batch_wait_timeout_s": serve.BATCH_WAIT_S if args.batch_wait is None else args.batch_wait,
        "gpus_per_replica": 1 if args.gpu else 0,
        "max_replicas": 1,
    }
    url = serve.start(settings, port=free_port(), num_cpus=args.num_cpus)
    rounds: list[list[dict[str, Any]]] = []
    try:
        client = ImageClient(url, cache_dir=None)
        for plan in plans("service warm-up", 2, args.steps):
            client.generate(plan, args.size, args.size)
        # the batch sizes each row makes, once (torch's first call at a new shape is slow; on an H200,
        # with only the largest warmed, round 1 ran at a third to half speed), as the local side: not measured
        once = argparse.Namespace(**{**vars(args), "requests": 1})  # a wave of one picture per client
        for n in [int(c) for c in args.clients.split(",")]:
            service_row(url, n, once)
        service_row(url, max(int(c) for c in args.clients.split(",")), args)
        for r in range(args.rounds):
            got = local_rows(local, args)
            for n in [int(c) for c in args.clients.split(",")]:
                got.append(service_row(url, n, args))
            rounds.append(got)
            print(
                f"round {r + 1}: "
                + ", ".join(f"{g['path']} ×{g['clients']} {g['images_per_s']}/s" for g in got),
                file=sys.stderr,
            )
    finally:
        serve.stop()
    rows = [median_row([got[i] for got in rounds]) for i in range(len(rounds[0]))]

    where = torch.cuda.get_device_name(0) if args.gpu else f"cpu ({torch.get_num_threads()} threads)"
    print(f"{args.model} at {args.size}² · steps {args.steps or 'default'} · {where} · ray {ray.__version__}")
    head = f"{'path':<18} {'clients':>7} {'images':>6} {'images/s':>9} {'p50 s':>8} {'p95 s':>8} {'batch':>6}"
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r['path']:<18} {r['clients']:>7} {r['images']:>6} {r['images_per_s']:>9.2f} "
            f"{r['p50_s']:>8.3f} {r['p95_s']:>8.3f} {r['mean_batch']:>6.2f}"
        )
    one_by_one = rows[0]["images_per_s"]
    at8 = next((r for r in rows if r["path"] == "service" and r["clients"] == 8), None)
    figures: dict[str, Any] = {
        "bench": "serve",
        "model": args.model,
        "random_weights": random,
        "size": args.size,
        "steps": args.steps,
        "device": where,
        "rows": rows,
        "goal": {
            "local_one_by_one_images_per_s": one_by_one,
            "service_8_clients_images_per_s": at8["images_per_s"] if at8 else None,
            "speedup_8_clients": round(at8["images_per_s"] / one_by_one, 3) if at8 else None,
            "met": bool(at8 and at8["images_per_s"] > one_by_one),
            "speedup_8_clients_per_round": [
                round(svc / loc, 3)
                for loc, svc in zip(rows[0]["images_per_s_rounds"], at8["images_per_s_rounds"], strict=True)
            ]
            if at8
            else [],
        },
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

"""Pictures as a service: a Ray Serve deployment around our diffusers generator.

    python -m generators.serve --model tiny --port 8000        # this machine, CPU or its GPUs
    serve run generators/serve_config.yaml                      # the same app from a config file
    serve deploy generators/serve_config.yaml                   # onto a running Ray cluster

Why it looks like this:
- Batching is Ray Serve's own (`@serve.batch`): requests that arrive within the batch wait go
  through the pipeline in one call, so eight people asking at once share GPU batches. Batch size
  and wait are settings (and `user_config`, so `serve deploy` retunes them live). Ray closes a
  batch on a timer started by its first request, busy pipeline or not, so the wait (30 ms) is
  what fills batches when eight clients come back at slightly different times (README, "Scale
  out": 10 ms made batches of ~3, 30 ms full ones).
- One replica per GPU (`num_gpus=1` when the cluster has GPUs) with an autoscaling config; the same
  code runs on one CPU-only machine and on a cluster.
- Pictures are cached under the same keys as the local generator (`generators.image_common`): with a
  shared `RENDER_CACHE_DIR` a picture made here is a hit for a local generator and the other way round.
- Each request streams its own events (NDJSON): accepted, progress of *its* batch's denoising
  steps, remarks, then its pictures; heartbeats while it waits, so a client can tell a slow
  service from a dead one. Bad input gets a 4xx with a sentence saying what to fix, before any work.
- Ray Serve's own path costs more CPU per request than a small picture: a request body is one more
  call from replica to proxy, a stream more messages than one response. So a small request may
  come as a GET with its JSON in the URL, and one that does not watch the steps gets its events
  in one plain response (a stream only if it outlasts a heartbeat): ~8 → ~4.5 ms of CPU each.

Routes: GET / (what this service is), GET /health, GET /stats (queue, batch sizes, images made),
POST /generate (NDJSON events), POST /generate.png (one picture, plain PNG; errors as HTTP codes),
and both as GET with the JSON body URL-encoded in `?request=`.
Ray Serve's own `/-/healthz` and `/-/routes` answer on the same port.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import inspect
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    from ray import serve
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
except Exception as err:  # not installed, or installed broken (a grpcio its generated code refuses)
    if __name__ == "__main__":  # the command says what is wrong, in one sentence, not a traceback
        sys.exit(
            f"python -m generators.serve needs Ray Serve, which could not be imported here "
            f"({type(err).__name__}: {err}). Install it with: pip install 'ray[serve]==2.60.0'"
        )
    raise

from generators.base import Note

MAX_BATCH_SIZE = 8
BATCH_WAIT_S = 0.03
"""How long a batch waits for more pictures after its first arrives: long enough for a round of
clients to come back, short beside a picture."""
MAX_PROMPTS = 64
"""Pictures in one request; more is a 413 that says to split them."""
MIN_SIDE, MAX_SIDE = 64, 2048
MAX_BODY = 1 << 20
MAX_WAITING = 256
"""Pictures waiting for a batch in one replica before it answers 503 (busy) instead of queueing."""
HEARTBEAT_S = 2.0
NDJSON = "application/x-ndjson"
ROUTES = {
    "GET /": "what this service is: model, device, batching, limits",
    "GET /health": "ready or not",
    "GET /stats": "queue length, batch sizes, images made, cache hits, errors (this replica)",
    "POST /generate": 'NDJSON events; body {"plans": [ImagePlan, …], "width": W, "height": H}',
    "POST /generate.png": 'one picture as image/png; body {"plan": ImagePlan, "width": W, "height": H}',
    "GET /generate?request=…": "as POST /generate, the body URL-encoded in `request` (small requests)",
    "GET /generate.png?request=…": "as POST /generate.png, the body URL-encoded in `request`",
}
QUERY = "request"
"""The query parameter that carries a request's JSON in a GET: Ray Serve's proxy hands a replica
the request body through one more call back to the proxy (~1.5–2.5 ms of CPU on 2 cores, a
quarter of the service's cost per request), and a GET has no body."""


class BadRequest(Exception):
    """A request the service refuses; `status` is the HTTP code, the message says what to fix."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Limits:
    max_prompts: int = MAX_PROMPTS
    min_side: int = MIN_SIDE
    max_side: int = MAX_SIDE
    max_body: int = MAX_BODY


def parse_request(body: bytes, limits: Limits, *, single: bool = False) -> tuple[list[Any], int, int, bool]:
    """The plans, size and whether progress is wanted, or `BadRequest` naming the first problem.

    Checked before anything is queued, so a bad request never costs the GPU anything.
    """
    from pydantic import ValidationError

    from render.plan import ImagePlan

    if len(body) > limits.max_body:
        raise BadRequest(413, f"request body is {len(body):,} bytes; at most {limits.max_body:,}")
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise BadRequest(400, f"request body is not JSON ({err})") from None
    if not isinstance(data, dict):
        raise BadRequest(400, f"request body must be a JSON object, not {type(data).__name__}")
    raw = [data["plan"]] if "plan" in data else data.get("plans")
    if not isinstance(raw, list) or not raw:
        raise BadRequest(422, 'give "plan": {…} or "plans": [{…}, …] (image plans with at least a prompt)')
    if single and len(raw) != 1:
        raise BadRequest(422, f"/generate.png makes one picture; got {len(raw)} (use /generate)")
    if len(raw) > limits.max_prompts:
        raise BadRequest(
            413, f"{len(raw):,} pictures in one request; at most {limits.max_prompts} — split them"
        )
    sides = {}
    for name in ("width", "height"):
        value = data.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadRequest(422, f"invalid size: {name} must be an integer number of pixels, got {value!r}")
        if not limits.min_side <= value <= limits.max_side:
            raise BadRequest(
                422,
                f"invalid size: {name} {value} is outside {limits.min_side}–{limits.max_side} pixels",
            )
        sides[name] = value
    plans = []
    for i, item in enumerate(raw):
        try:
            plans.append(ImagePlan.model_validate(item))
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "plan"
            raise BadRequest(422, f"plan {i}: {where}: {first['msg']}") from None
    return plans, sides["width"], sides["height"], data.get("progress", True) is not False


def error_status(err: BaseException) -> tuple[int, str]:
    """An HTTP code and one sentence for a failure while drawing; the replica keeps serving."""
    from generators.diffusion import MissingWeightsError

    text = str(err).strip() or type(err).__name__
    if isinstance(err, MemoryError) or "OutOfMemory" in type(err).__name__ or "out of memory" in text.lower():
        return 503, f"the image service ran out of memory ({text}); ask for fewer or smaller pictures"
    if isinstance(err, MissingWeightsError):
        return 503, f"the image service cannot load its model: {text}"
    if isinstance(err, ValueError):
        return 422, text
    return 500, f"the image service failed while drawing ({type(err).__name__}: {text})"


@dataclass
class _Job:
    """One picture of one request: where its events go (that request's queue, on the replica's loop)."""

    index: int
    plan: Any
    width: int
    height: int
    key: str
    events: asyncio.Queue[dict[str, Any]]
    loop: asyncio.AbstractEventLoop
    progress: bool = True
    """Whether its request listens to denoising steps (a client without a progress bar does not)."""

    def emit(self, event: dict[str, Any]) -> None:
        """Thread-safe: the pipeline runs in a worker thread, the request on the event loop."""
        self.loop.call_soon_threadsafe(self.events.put_nowait, {"index": self.index, **event})


@dataclass
class Figures:
    """This replica's counters, read by GET /stats."""

    started: float = field(default_factory=time.time)
    requests: int = 0
    images: int = 0
    images_made: int = 0
    cache_hits: int = 0
    waiting: int = 0
    running: int = 0
    batches: int = 0
    batch_sizes: Counter[int] = field(default_factory=Counter)
    errors: Counter[int] = field(default_factory=Counter)
    seconds_drawing: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        sizes = self.batch_sizes
        total = sum(sizes.values())
        return {
            "uptime_s": round(time.time() - self.started, 1),
            "requests": self.requests,
            "images": self.images,
            "images_made": self.images_made,
            "cache_hits": self.cache_hits,
            "queue": self.waiting,
            "running": self.running,
            "batches": self.batches,
            "batch_sizes": {str(k): v for k, v in sorted(sizes.items())},
            "mean_batch_size": round(sum(k * v for k, v in sizes.items()) / total, 3) if total else 0.0,
            "max_batch_size_seen": max(sizes, default=0),
            "seconds_drawing": round(self.seconds_drawing, 3),
            "errors": {str(k): v for k, v in sorted(self.errors.items())},
        }


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def _line(event: dict[str, Any]) -> bytes:
    return (json.dumps(event, separators=(",", ":")) + "\n").encode()


_DONE = _line({"event": "done"})[:-2]
"""How the last line of a request's events begins (b'{"event":"done"')."""


class ImageService:
    """One replica: a loaded `DiffusionGenerator` behind Ray Serve's batching."""

    def __init__(
        self,
        model: str = "sd-turbo",
        *,
        cache_dir: str | None = None,
        device: str | None = None,
        max_batch_size: int = MAX_BATCH_SIZE,
        batch_wait_timeout_s: float = BATCH_WAIT_S,
        max_prompts: int = MAX_PROMPTS,
        max_waiting: int = MAX_WAITING,
        random_weights: bool = False,
    ) -> None:
        """`cache_dir`: a folder, "none" for no disk cache, None for $RENDER_CACHE_DIR / the default.
        `random_weights` (benchmarks): the model's architecture with random weights, no download.

        The model loads here, so a replica that cannot draw fails at start with the reason instead
        of at someone's first picture.
        """
        from generators.diffusion import DiffusionGenerator, resolve_model

        cache: str | bool = True if cache_dir is None else (False if cache_dir == "none" else cache_dir)
        device = device or _replica_device()
        pipeline = None
        if random_weights and (arch := resolve_model(model).arch):
            import torch

            from generators.random_models import build_random_pipeline

            device = device or ("cuda" if torch.cuda.is_available() else "cpu")
            pipeline = build_random_pipeline(arch, device=device)
        self.gen = DiffusionGenerator(model, device=device, cache_dir=cache, pipeline=pipeline)
        self.gen.load()
        self.figures = Figures()
        self.limits = Limits(max_prompts=max_prompts)
        self.max_waiting = max_waiting
        self.batching: dict[str, Any] = {}
        self.reconfigure({"max_batch_size": max_batch_size, "batch_wait_timeout_s": batch_wait_timeout_s})
        try:
            self.replica = serve.get_replica_context().replica_id.unique_id
        except Exception:  # constructed outside Serve (unit tests)
            self.replica = "local"

    def reconfigure(self, config: dict[str, Any]) -> None:
        """`user_config` in a Serve config file: batching and limits change without a restart."""
        if "max_batch_size" in config:
            if int(config["max_batch_size"]) < 1:
                raise ValueError(f"max_batch_size must be at least 1, got {config['max_batch_size']}")
            self.batching["max_batch_size"] = int(config["max_batch_size"])
            self.handle_batch.set_max_batch_size(self.batching["max_batch_size"])
        if "batch_wait_timeout_s" in config:
            if float(config["batch_wait_timeout_s"]) < 0:
                raise ValueError(f"batch_wait_timeout_s must be ≥ 0, got {config['batch_wait_timeout_s']}")
            self.batching["batch_wait_timeout_s"] = float(config["batch_wait_timeout_s"])
            self.handle_batch.set_batch_wait_timeout_s(self.batching["batch_wait_timeout_s"])
        if "max_prompts" in config:
            self.limits = Limits(max_prompts=int(config["max_prompts"]))
        if "max_waiting" in config:
            self.max_waiting = int(config["max_waiting"])

    # ------------------------------------------------------------------------------------- HTTP

    async def __call__(self, request: Request) -> Response:
        route = f"{request.method} {request.url.path.rstrip('/') or '/'}"
        try:
            if route == "GET /":
                return _json(self.info())
            if route == "GET /health":
                return _json({"status": "ready", "model": self.gen.name, "device": self.gen.device})
            if route == "GET /stats":
                return _json({"replica": self.replica, "model": self.gen.name, **self.figures.as_dict()})
            query = request.query_params.get(QUERY) if request.method == "GET" else None
            if route in ("POST /generate", "POST /generate.png") or (
                query is not None and route in ("GET /generate", "GET /generate.png")
            ):
                single = route.endswith(".png")
                body = await request.body() if query is None else query.encode()
                plans, width, height, steps = parse_request(body, self.limits, single=single)
                live = steps and not single
                events = self._submit(plans, width, height, progress=live)
                if single:
                    return await self._png(events)
                if live:
                    return StreamingResponse(events, media_type=NDJSON)
                return await self._whole(events)
            known = {r.split(" ", 1)[1].split("?")[0] for r in ROUTES}
            status = 405 if request.url.path.rstrip("/") in known | {""} else 404
            raise BadRequest(status, f"no route {route}; this service answers {', '.join(ROUTES)}")
        except BadRequest as err:
            self.figures.errors[err.status] += 1
            return _json({"error": str(err), "status": err.status}, err.status)

    def info(self) -> dict[str, Any]:
        from generators.image_common import CACHE_VERSION

        gen = self.gen
        return {
            "service": "visual-answers image service",
            "model": gen.name,
            "label": gen.spec.label,
            "key_model": gen.key_model,
            "default_steps": gen.spec.steps,
            "cache_version": CACHE_VERSION,
            "device": gen.device,
            "dtype": gen.dtype,
            "fast": gen.fast,
            **self.batching,
            "max_prompts": self.limits.max_prompts,
            "sides": [self.limits.min_side, self.limits.max_side],
            "replica": self.replica,
            "routes": ROUTES,
        }

    async def _whole(self, events: AsyncIterator[bytes]) -> Response:
        """Nobody watches the steps: the answer in one plain response when it is ready before the
        first heartbeat, else a stream that starts with that heartbeat. A plain response costs Ray
        Serve's proxy and replica about a third less CPU than a stream (measured on 2 cores)."""
        first = await anext(events)
        if first.endswith(b"\n") and first.rsplit(b"\n", 2)[-2].startswith(_DONE):
            return Response(first, media_type=NDJSON)

        async def rest() -> AsyncIterator[bytes]:
            yield first
            async for chunk in events:
                yield chunk

        return StreamingResponse(rest(), media_type=NDJSON)

    async def _png(self, events: AsyncIterator[bytes]) -> Response:
        async for chunk in events:
            for line in chunk.splitlines():
                event = json.loads(line)
                if event["event"] == "image":
                    return Response(base64.b64decode(event["png"]), media_type="image/png")
                if event["event"] == "error":
                    return _json({"error": event["message"], "status": event["status"]}, event["status"])
        return _json({"error": "no picture came back", "status": 500}, 500)

    # --------------------------------------------------------------------------------- drawing

    def _submit(
        self, plans: list[Any], width: int, height: int, *, progress: bool = True
    ) -> AsyncIterator[bytes]:
        """Queue the pictures that are not cached; the events of this request, as NDJSON lines."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        jobs = [
            _Job(i, p, width, height, self.gen.cache_key(p, width, height), queue, loop, progress)
            for i, p in enumerate(plans)
        ]
        hits = {j.index: png for j in jobs if (png := self.gen.cached(j.plan, width, height)) is not None}
        todo = [j for j in jobs if j.index not in hits]
        if self.figures.waiting + len(todo) > self.max_waiting:
            raise BadRequest(
                503,
                f"the image service is busy ({self.figures.waiting} pictures waiting); try again shortly",
            )
        self.figures.requests += 1
        self.figures.cache_hits += len(hits)
        self.figures.waiting += len(todo)
        for job in todo:
            task = asyncio.ensure_future(self.handle_batch(job))
            task.add_done_callback(lambda t, job=job: self._check(t, job))
        return self._events(jobs, hits, queue, len(todo), live=progress)

    def _check(self, task: asyncio.Future[None], job: _Job) -> None:
        """A batch call that died outside the pipeline (cancelled, a bug) still answers its job."""
        err = None if task.cancelled() else task.exception()
        if task.cancelled() or err is not None:
            status, message = error_status(err or RuntimeError("cancelled"))
            job.events.put_nowait(
                {"index": job.index, "event": "error", "status": status, "message": message}
            )

    async def _events(
        self,
        jobs: list[_Job],
        hits: dict[int, bytes],
        queue: asyncio.Queue[dict[str, Any]],
        queued: int,
        *,
        live: bool = True,
    ) -> AsyncIterator[bytes]:
        """Events as they come, several to a chunk when several are ready — or, when nobody watches
        the steps (`live` off), one chunk at the end plus a heartbeat every few seconds: every chunk
        is a message from replica to proxy, the service's main cost per picture when pictures are cheap."""
        start = time.perf_counter()
        out = [
            _line(
                {
                    "event": "accepted",
                    "count": len(jobs),
                    "cached": len(hits),
                    "queued": queued,
                    "queue": self.figures.waiting,
                    "model": self.gen.name,
                    "replica": self.replica,
                }
            )
        ]
        for job in jobs:
            if job.index in hits:
                self.figures.images += 1
                png = base64.b64encode(hits[job.index]).decode()
                out.append(
                    _line({"index": job.index, "event": "image", "key": job.key, "png": png, "cached": True})
                )
        done: set[int] = set(hits)
        while len(done) < len(jobs):
            try:
                events = [await asyncio.wait_for(queue.get(), HEARTBEAT_S)]
            except TimeoutError:
                out.append(_line({"event": "waiting", "queue": self.figures.waiting}))
                yield b"".join(out)
                out.clear()
                continue
            while not queue.empty():
                events.append(queue.get_nowait())
            for event in events:
                if event["event"] in ("image", "error"):
                    if event["index"] in done:
                        continue  # a job answers once, even if a failure is reported twice
                    done.add(event["index"])
                    if event["event"] == "image":
                        self.figures.images += 1
                    else:
                        self.figures.errors[event["status"]] += 1
                out.append(_line(event))
            if live and len(done) < len(jobs):
                yield b"".join(out)
                out.clear()
        out.append(_line({"event": "done", "seconds": round(time.perf_counter() - start, 3)}))
        yield b"".join(out)

    @serve.batch(max_batch_size=MAX_BATCH_SIZE, batch_wait_timeout_s=BATCH_WAIT_S)
    async def handle_batch(self, jobs: list[_Job]) -> list[None]:
        """Ray Serve hands over every job that arrived within the wait (up to the batch size)."""
        figures = self.figures
        figures.waiting -= len(jobs)
        figures.running += len(jobs)
        figures.batches += 1
        figures.batch_sizes[len(jobs)] += 1
        for job in jobs:
            job.emit({"event": "batch", "size": len(jobs)})
        groups: dict[tuple[int, int], list[_Job]] = {}
        for job in jobs:  # one pipeline call per picture size (and per step count, inside it)
            groups.setdefault((job.width, job.height), []).append(job)
        try:
            for group in groups.values():
                start = time.perf_counter()
                try:
                    await asyncio.to_thread(self._draw, group)
                except Exception as err:
                    status, message = error_status(err)
                    for job in group:
                        job.emit({"event": "error", "status": status, "message": message})
                figures.seconds_drawing += time.perf_counter() - start
        finally:
            figures.running -= len(jobs)

    def _draw(self, group: list[_Job]) -> None:
        """In a worker thread: the pipeline call, with this group's progress sent to each of its jobs."""
        gen = self.gen
        width, height = group[0].width, group[0].height
        misses = {j.key for j in group if gen.cached(j.plan, width, height) is None}

        listeners = [j for j in group if j.progress]

        def progress(step: int, total: int) -> None:
            for job in listeners:
                job.emit({"event": "progress", "step": step, "total": total})

        def status(message: str) -> None:
            for job in group:
                job.emit({"event": "status", "message": str(message), "note": isinstance(message, Note)})

        plans = [j.plan for j in group]
        pngs = gen.generate_batch(
            plans, width, height, progress=progress if listeners else None, status=status
        )
        self.figures.images_made += len(misses)
        for job, png in zip(group, pngs, strict=True):
            job.emit({"event": "image", "key": job.key, "png": base64.b64encode(png).decode()})


def _replica_device() -> str | None:
    """ "cpu" for a replica Ray gave no GPU on a machine that has CUDA GPUs, else None (automatic).

    Ray counts GPUs to place replicas; one asked with `gpus_per_replica: 0` that still took a GPU would
    share it with the replicas Ray did give it to (on an H200 the CPU tests' replica ran on CUDA)."""
    import ray

    if not ray.is_initialized() or ray.get_gpu_ids():
        return None
    import torch

    return "cpu" if torch.cuda.is_available() else None


# ------------------------------------------------------------------------------------ the app


def deployment_options(
    *,
    gpus_per_replica: float | None = None,
    cpus_per_replica: float = 1.0,
    min_replicas: int = 1,
    max_replicas: int | None = None,
    target_ongoing_requests: float | None = None,
    max_batch_size: int = MAX_BATCH_SIZE,
) -> dict[str, Any]:
    """Ray Serve options: a GPU per replica where the cluster has GPUs, autoscaling between
    `min_replicas` and `max_replicas` (default: one per GPU), about one batch in flight per replica."""
    import ray

    cluster_gpus = ray.cluster_resources().get("GPU", 0) if ray.is_initialized() else 0
    gpus = (1 if cluster_gpus >= 1 else 0) if gpus_per_replica is None else gpus_per_replica
    most = max_replicas or (max(1, int(cluster_gpus // gpus)) if gpus else 1)
    return {
        "ray_actor_options": {"num_gpus": gpus, "num_cpus": cpus_per_replica},
        "autoscaling_config": {
            "min_replicas": min(min_replicas, most),
            "max_replicas": most,
            "target_ongoing_requests": target_ongoing_requests or max_batch_size,
        },
        # a replica must hold a full batch (and the next one filling up) at once for batching to work
        "max_ongoing_requests": max(4 * max_batch_size, 32),
        "max_queued_requests": 1000,
        "health_check_period_s": 10,
        "max_constructor_retry_count": 2,  # a model that cannot load says so, not twenty times
    }


def build_app(args: dict[str, Any]) -> Any:
    """The Serve application (`serve run generators.serve:build_app model=tiny`, or a config file's
    `import_path` with `args`): keys are `ImageService` and `deployment_options` keywords."""
    args = dict(args)
    service_keys = set(inspect.signature(ImageService.__init__).parameters) - {"self"}
    option_keys = set(inspect.signature(deployment_options).parameters)
    unknown = set(args) - service_keys - option_keys
    if unknown:
        raise ValueError(f"unknown image service settings: {', '.join(sorted(unknown))}")
    numbers = {"max_batch_size": int, "max_prompts": int, "max_waiting": int, "min_replicas": int}
    numbers |= {"max_replicas": int, "batch_wait_timeout_s": float, "gpus_per_replica": float}
    numbers |= {"cpus_per_replica": float, "target_ongoing_requests": float}
    for name, kind in numbers.items():  # `serve run … key=value` passes strings
        if args.get(name) is not None:
            args[name] = kind(args[name])
    if isinstance(args.get("random_weights"), str):
        args["random_weights"] = args["random_weights"].strip().lower() in {"1", "true", "yes", "on"}
    options = deployment_options(**{k: v for k, v in args.items() if k in option_keys})
    kwargs = {k: v for k, v in args.items() if k in service_keys}
    return DEPLOYMENT.options(**options).bind(**kwargs)


DEPLOYMENT = serve.deployment(name="ImageService")(ImageService)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generators.serve", description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("RENDER_IMAGE_MODEL") or "sd-turbo")
    parser.add_argument("--host", default="127.0.0.1", help="0.0.0.0 to answer other machines")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--address", help="an existing Ray cluster (default: start one here)")
    parser.add_argument("--num-cpus", type=int, help="CPUs for the Ray started here (default: all)")
    parser.add_argument("--cache-dir", help='picture cache folder, or "none" (default: $RENDER_CACHE_DIR)')
    parser.add_argument("--device", help="cuda, cuda:1, mps, cpu (default: the replica's GPU, else CPU)")
    parser.add_argument("--max-batch-size", type=int, default=MAX_BATCH_SIZE)
    parser.add_argument(
        "--batch-wait",
        type=float,
        default=BATCH_WAIT_S,
        help=f"seconds a batch waits for more pictures after its first (default {BATCH_WAIT_S})",
    )
    parser.add_argument(
        "--gpus-per-replica", type=float, help="default: 1 where the cluster has GPUs, else 0"
    )
    parser.add_argument("--min-replicas", type=int, default=1)
    parser.add_argument("--max-replicas", type=int, help="default: one per GPU (1 without GPUs)")
    parser.add_argument("--target-ongoing", type=float, help="requests per replica before scaling up")
    args = parser.parse_args(argv)

    settings: dict[str, Any] = {
        "model": args.model,
        "cache_dir": args.cache_dir,
        "device": args.device,
        "max_batch_size": args.max_batch_size,
        "batch_wait_timeout_s": args.batch_wait,
        "gpus_per_replica": args.gpus_per_replica,
        "min_replicas": args.min_replicas,
        "max_replicas": args.max_replicas,
        "target_ongoing_requests": args.target_ongoing,
    }
    try:
        start(settings, host=args.host, port=args.port, address=args.address, num_cpus=args.num_cpus)
    except Exception as err:  # e.g. the model's weights are missing: the replica said why
        print(f"error: the image service did not start: {err}", file=sys.stderr)
        stop()
        return 1
    url = f"http://{args.host}:{args.port}/"
    print(f"image service ready at {url} (model {args.model}); Ctrl-C stops it", flush=True)
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    done.wait()
    stop()
    return 0


def start(
    settings: dict[str, Any],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    address: str | None = None,
    num_cpus: int | None = None,
) -> str:
    """Ray (a local one unless `address` names a cluster), Serve's HTTP proxy on host:port, and the
    image app; returns its URL once a replica is ready. Used by `main`, the tests and the benchmark."""
    import ray

    if not ray.is_initialized():
        if not address:  # replicas import this checkout's packages, wherever their worker starts
            root = str(Path(__file__).resolve().parent.parent)
            path = os.environ.get("PYTHONPATH", "")
            os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (root, path) if p and p != root)
        ray.init(
            address=address,
            num_cpus=None if address else num_cpus,
            include_dashboard=False,
            logging_level="WARNING",
        )
    quiet = {"enable_access_log": False, "log_level": "WARNING"}  # a log line per picture costs CPU
    serve.start(http_options={"host": host, "port": port}, logging_config=quiet)
    serve.run(
        build_app({k: v for k, v in settings.items() if v is not None}), name="images", logging_config=quiet
    )
    return f"http://{host}:{port}"


def stop() -> None:
    """The app, Serve and the Ray this process started (a cluster it joined keeps running)."""
    import ray

    with contextlib.suppress(Exception):
        serve.shutdown()
    ray.shutdown()


if __name__ == "__main__":
    sys.exit(main())

"""Pictures from a real diffusers pipeline, on the user's GPU (or CPU when there is none).

Why it looks like this:
- `import` costs nothing: torch and diffusers load at the first image that is not in the cache,
  so `import render`, the app and the CLI stay fast for the five kinds that need no pixels.
- One pipeline per process, loaded once under a lock; concurrent requests queue on the same lock
  instead of loading twice or interleaving scheduler state. Progress and remarks are per call
  (`progress=`, `status=` arguments), never attributes of the shared generator, so two sessions
  drawing at once each see only their own steps and notes.
- A content-addressed disk cache (prompt, negative prompt, style, model, seed, steps, size) returns
  a stored PNG without importing torch at all.
- Failures are honest: missing weights raise `MissingWeightsError` whose one-line message names the
  model, where it was looked for and how to get it; `render.image` turns it into a placeholder and a
  note while the rest of the answer renders. Out of memory retries in smaller pieces and says so.
- `tiny` is a test model built in code from `image_models/tiny/*.json` (random weights, an offline
  toy tokenizer), so CI runs the real pipeline path without downloads. The same builder makes the
  real architectures with random weights from `image_models/<model>/*.json` for the benchmark.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import io
import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from generators.base import Note, Progress, Status
from generators.image_common import (  # the cache's names stay importable from here
    CACHE_ENV,  # noqa: F401
    CACHE_SWITCH_ENV,  # noqa: F401
    CACHE_VERSION,  # noqa: F401
    DEFAULT_SEED,
    MODEL_ENV,
    SERVER_ENV,
    cache_key,
    default_cache_dir,
    image_plans,
)
from generators.random_models import (  # noqa: F401 - importable from here as before
    CONFIG_DIR,
    build_random_pipeline,
    build_random_taesd,
    component_config,
    toy_tokenizer,
)

if TYPE_CHECKING:
    from PIL import Image

    from generators.image_client import ImageClient
    from render.plan import ImagePlan


def _silent(message: str) -> None:
    """The status callback of a caller who wants no remarks."""


DEFAULT_IMAGE_MODEL = "sd-turbo"
DEVICE_ENV = "RENDER_IMAGE_DEVICE"  # cuda | cuda:1 | mps | cpu
DTYPE_ENV = "RENDER_IMAGE_DTYPE"  # float16 | bfloat16 | float32
FAST_ENV = "RENDER_IMAGE_FAST"  # 1: TAESD tiny decoder, 0: full VAE; unset: fast on CPU only
COMPILE_ENV = "RENDER_IMAGE_COMPILE"  # 1 | regional: compile repeated blocks; full: the whole denoiser
MIN_SIDE = 64

STYLE_WORDS = {
    "photo": "photograph, natural light, sharp focus, high detail",
    "illustration": "digital illustration, clean lines, rich colour",
    "flat": "flat vector illustration, simple shapes, solid colours",
    "watercolor": "watercolor painting, soft washes, paper texture",
    "3d": "3d render, soft global illumination, studio lighting",
    "sketch": "pencil sketch, hand drawn, cross-hatching",
    "pixel_art": "pixel art, 16-bit, crisp pixels",
    "cinematic": "cinematic still, dramatic lighting, shallow depth of field",
}
NO_TEXT = "text, letters, words, watermark, signature, blurry, low quality"


@dataclass(frozen=True)
class ModelSpec:
    """A named model and the defaults that suit it (turbo models: 1 step, no guidance)."""

    name: str
    source: str
    """Hugging Face repo id or local folder; empty when the pipeline is built in code (`tiny`)."""
    label: str
    steps: int | None = None
    """Default denoising steps; None: the pipeline's own default."""
    guidance: float | None = None
    base: int = 512
    """Native side in pixels: generation uses at most base² pixels, then resizes to the request."""
    cpu_base: int = 512
    """Smaller on CPU, where every pixel costs seconds."""
    taesd: str | None = None
    """Repo of the tiny decoder used in fast mode."""
    arch: str | None = None
    """Folder under image_models/ with the component configs (random-weight builds)."""
    gflop: tuple[float, float, float] | None = None
    """Denoiser per step, VAE decode, TAESD decode, in GFLOP at 512², for the CPU time estimate."""
    call_kwargs: tuple[tuple[str, Any], ...] = ()
    download_gb: float | None = None
    test_model: bool = False


IMAGE_MODELS: dict[str, ModelSpec] = {
    "sd-turbo": ModelSpec(
        "sd-turbo",
        "stabilityai/sd-turbo",
        "SD-Turbo (default): 1 step at 512², fast everywhere",
        steps=1,
        guidance=0.0,
        base=512,
        cpu_base=384,
        taesd="madebyollin/taesd",
        arch="sd-turbo",
        gflop=(804.0, 2515.0, 141.0),
        download_gb=2.6,
    ),
    "sdxl-turbo": ModelSpec(
        "sdxl-turbo",
        "stabilityai/sdxl-turbo",
        "SDXL-Turbo: 1 step at 512², better composition, ~2× SD-Turbo's cost",
        steps=1,
        guidance=0.0,
        base=512,
        cpu_base=512,
        taesd="madebyollin/taesdxl",
        arch="sdxl-turbo",
        gflop=(1589.0, 2515.0, 141.0),
        download_gb=7.0,
    ),
    "flux-schnell": ModelSpec(
        "flux-schnell",
        "black-forest-labs/FLUX.1-schnell",
        "FLUX.1-schnell: 4 steps at 1024², best quality, needs a large GPU",
        steps=4,
        guidance=0.0,
        base=1024,
        cpu_base=512,
        taesd="madebyollin/taef1",
        gflop=(17367.0, 2620.0, 141.0),
        call_kwargs=(("max_sequence_length", 256),),
        download_gb=34.0,
    ),
    "tiny": ModelSpec(
        "tiny",
        "",
        "tiny (test model: random weights, draws noise; for tests and smoke runs)",
        steps=2,
        guidance=0.0,
        base=64,
        cpu_base=64,
        arch="tiny",
        gflop=(0.01, 0.01, 0.01),
        test_model=True,
    ),
}


class MissingWeightsError(RuntimeError):
    """The model's weights are not on this machine and cannot be fetched; the message says how."""


# ------------------------------------------------------------------------------------- the registry

_SHARED: dict[str, DiffusionGenerator] = {}
_SHARED_CLIENTS: dict[tuple[str, str | None], ImageClient] = {}
_SHARED_LOCK = threading.Lock()


def get_image_generator(
    name: str | None = None, *, server: str | None = None
) -> DiffusionGenerator | ImageClient:
    """The process-wide generator for `name`, else $RENDER_IMAGE_MODEL, else sd-turbo.

    Cheap (no torch import); the same name returns the same object, so its pipeline loads once.
    `name` is a registry name, a Hugging Face repo id ("owner/name") or a local pipeline folder.

    `server` (else $RENDER_IMAGE_SERVER), an image service's URL, returns its HTTP client instead:
    pictures come from the service, and `name` becomes the local model it falls back to when the
    service is down (when that model is usable here). "" or "none" means local, whatever the env says.
    """
    server = (os.environ.get(SERVER_ENV, "") if server is None else server).strip()
    if server and server.lower() not in {"none", "off", "local"}:
        from generators.image_client import ImageClient

        with _SHARED_LOCK:
            key = (server.rstrip("/"), name)
            if key not in _SHARED_CLIENTS:
                _SHARED_CLIENTS[key] = ImageClient(server, model=name, local=local_generator)
            return _SHARED_CLIENTS[key]
    spec = resolve_model(name or os.environ.get(MODEL_ENV) or DEFAULT_IMAGE_MODEL)
    with _SHARED_LOCK:
        if spec.name not in _SHARED:
            _SHARED[spec.name] = DiffusionGenerator(spec)
        return _SHARED[spec.name]


def local_generator(name: str | None) -> tuple[DiffusionGenerator | None, str]:
    """The shared local generator for `name` (else $RENDER_IMAGE_MODEL, else sd-turbo) when it can
    make pictures here, else None and why not: the image client's fallback when its service is down.

    Decided without importing torch and without downloading: a model whose weights are not already
    on this machine does not count (a multi-gigabyte download is no quick fallback).
    """
    import importlib.util

    name = name or os.environ.get(MODEL_ENV) or DEFAULT_IMAGE_MODEL
    missing = [m for m in ("torch", "diffusers", "transformers") if importlib.util.find_spec(m) is None]
    if missing:
        return None, f"{', '.join(missing)} not installed here"
    try:
        spec = resolve_model(name)
    except ValueError as err:
        return None, str(err)
    path = Path(spec.source)
    if spec.source and path.is_absolute() and not (path / "model_index.json").is_file():
        return None, f"{path} is not a diffusers pipeline folder"
    if spec.source and not path.is_absolute():
        cached = hf_cache_dir() / ("models--" + spec.source.replace("/", "--"))
        if not cached.is_dir():
            return None, f"the weights of {spec.name} ({spec.source}) are not in {hf_cache_dir()}"
    return get_image_generator(spec.name, server=""), ""  # type: ignore[return-value]


def resolve_model(name: str) -> ModelSpec:
    """A registry entry, a local folder or a repo id; ValueError for anything else."""
    name = name.strip()
    key = name.lower()
    if key in IMAGE_MODELS:
        return IMAGE_MODELS[key]
    path = Path(name).expanduser()
    if name.startswith((".", "/", "~")) or (os.sep in name and path.exists()):
        return ModelSpec(str(path.resolve()), str(path.resolve()), f"local pipeline folder {path}")
    parts = name.split("/")
    if len(parts) == 2 and all(parts):
        return ModelSpec(name, name, f"Hugging Face model {name}")
    raise ValueError(
        f"unknown image model {name!r}; choose one of {', '.join(IMAGE_MODELS)}, "
        "a Hugging Face repo id (owner/name) or a local pipeline folder"
    )


def describe_models() -> str:
    return "; ".join(f"{k}: {s.label}" for k, s in IMAGE_MODELS.items())


# ------------------------------------------------------------------------------------ small helpers


def prompt_text(plan: ImagePlan) -> str:
    """The prompt as the model reads it: the subject, then style words (style is a plan field)."""
    return f"{plan.prompt.strip()}, {STYLE_WORDS.get(plan.style, plan.style)}"


def generation_size(width: int, height: int, base: int) -> tuple[int, int]:
    """The request's shape with at most base² pixels, sides multiples of 64 as the latents need."""
    scale = min(1.0, (base * base / (width * height)) ** 0.5)
    return (
        max(MIN_SIDE, round(width * scale / 64) * 64),
        max(MIN_SIDE, round(height * scale / 64) * 64),
    )


def hf_cache_dir() -> Path:
    """Where huggingface_hub keeps downloads, read now (not at its import) so HF_HOME changes count."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "huggingface" / "hub"


def _offline() -> bool:
    return any(
        os.environ.get(v, "").strip().lower() in {"1", "true", "yes", "on"}
        for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "DIFFUSERS_OFFLINE")
    )


def _hub_reachable(timeout: float = 3.0) -> bool:
    """A TCP connect to the hub: seconds at worst, instead of a long stall inside a download."""
    url = urlparse(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    try:
        with socket.create_connection((url.hostname or "huggingface.co", url.port or 443), timeout=timeout):
            return True
    except OSError:
        return False


def _fast_setting(value: bool | None) -> bool | None:
    if value is not None:
        return value
    raw = os.environ.get(FAST_ENV, "").strip().lower()
    return None if raw in {"", "auto"} else raw in {"1", "true", "yes", "on"}


def _human_seconds(s: float) -> str:
    if s < 1:
        return "under a second"
    return f"about {s:.1f} s" if s < 10 else f"about {s:.0f} s" if s < 120 else f"about {s / 60:.0f} min"


def _quiet_imports() -> None:
    """Library warnings (torchvision missing, deprecated configs) are noise for our users."""
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("DIFFUSERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


# ------------------------------------------------------------------------------------ the generator


@dataclass(frozen=True)
class _Job:
    key: str
    prompt: str
    negative: str
    seed: int
    steps: int | None


class DiffusionGenerator:
    """`ImageGenerator` over a diffusers text-to-image pipeline, with cache, progress and fallbacks."""

    def __init__(
        self,
        model: str | ModelSpec | None = None,
        *,
        device: str | None = None,
        dtype: str | None = None,
        fast: bool | None = None,
        compile: str | bool | None = None,
        cache_dir: str | Path | bool | None = True,
        pipeline: Any = None,
    ) -> None:
        """`device`/`dtype`/`fast`/`compile` default to their env vars, then to automatic choices.

        `cache_dir=True` uses `default_cache_dir()`, None/False disables the disk cache. `pipeline`
        injects a ready pipeline (the benchmark's random-weight models).
        """
        self.spec = model if isinstance(model, ModelSpec) else resolve_model(model or DEFAULT_IMAGE_MODEL)
        self.name = self.spec.name
        self._device_req = device or os.environ.get(DEVICE_ENV) or None
        self._dtype_req = dtype or os.environ.get(DTYPE_ENV) or None
        self._fast_req = _fast_setting(fast)
        raw_compile = os.environ.get(COMPILE_ENV, "") if compile is None else compile
        self._compile = {True: "regional", False: ""}.get(raw_compile, str(raw_compile).strip().lower())  # type: ignore[call-overload]
        if self._compile in {"0", "false", "no", "off"}:
            self._compile = ""
        if cache_dir is True:
            self.cache_dir: Path | None = default_cache_dir()
        else:
            self.cache_dir = Path(cache_dir).expanduser() if cache_dir else None
        self.loads = 0
        """How many times a pipeline was loaded (tests: a cache hit must not load)."""
        self.device: str | None = None
        self.dtype: str | None = None
        self.fast = False
        self.offloaded = False
        self._pipe = pipeline
        self._injected = pipeline is not None
        self._ready = False
        self._load_error: Exception | None = None
        self._lock = threading.RLock()  # one load, one generation at a time: requests queue
        self._memo: dict[str, bytes] = {}

    # ---------------------------------------------------------------- public API

    def generate(
        self,
        plan: ImagePlan,
        width: int,
        height: int,
        *,
        progress: Progress | None = None,
        status: Status | None = None,
    ) -> bytes:
        """PNG bytes of exactly width × height: from the cache when this exact picture was made.

        `progress` gets this call's denoising steps and `status` its remarks (loading, expected time,
        fallbacks; `Note`s belong in the answer): per call, so concurrent callers never mix them.
        """
        return self.generate_batch([plan], width, height, progress=progress, status=status)[0]

    def generate_batch(
        self,
        plans: Sequence[ImagePlan],
        width: int,
        height: int,
        *,
        progress: Progress | None = None,
        status: Status | None = None,
    ) -> list[bytes]:
        """Several pictures of one size in as few pipeline calls as possible (one per step count)."""
        say = status or _silent
        keys = [self.cache_key(p, width, height) for p in plans]
        found = {k: self._cache_get(k) for k in dict.fromkeys(keys)}
        if any(v is None for v in found.values()):
            with self._lock:
                todo = {k: p for k, p in zip(keys, plans, strict=True) if found[k] is None}
                for k in list(todo):  # another thread may have made it while we queued
                    if (hit := self._cache_get(k)) is not None:
                        found[k] = hit
                        del todo[k]
                if todo:
                    images = self._generate_locked(
                        [self._job(k, p) for k, p in todo.items()], width, height, progress, say
                    )
                    for k, png in zip(todo, _pngs(images), strict=True):
                        found[k] = self._cache_put(k, png, say)
        if self.spec.test_model:
            say(
                Note(
                    f"'{self.name}' is a test model with random weights: the picture is noise, not the prompt."
                )
            )
        return [found[k] for k in keys]  # type: ignore[misc]

    def generate_images(
        self,
        plans: Sequence[ImagePlan],
        width: int,
        height: int,
        *,
        progress: Progress | None = None,
        status: Status | None = None,
    ) -> list[Image.Image]:
        """PIL images, no cache and no PNG encoding: the benchmark's measure of the pipeline path."""
        with self._lock:
            jobs = [self._job("", p) for p in plans]
            return self._generate_locked(jobs, width, height, progress, status or _silent)

    def prefetch(self, plan: Any, *, progress: Progress | None = None, status: Status | None = None) -> int:
        """Generate every picture a plan needs, batched by size, so rendering then hits the cache.

        Returns how many pictures there are. Failures propagate; render turns them into notes.
        """
        from render.image import pixel_size

        groups: dict[tuple[int, int], list[ImagePlan]] = {}
        for p in image_plans(plan):
            groups.setdefault(pixel_size(p.aspect_ratio), []).append(p)
        for (w, h), plans in groups.items():
            self.generate_batch(plans, w, h, progress=progress, status=status)
        return sum(len(v) for v in groups.values())

    def cache_key(self, plan: ImagePlan, width: int, height: int) -> str:
        """sha256 of everything that decides the pixels a user asked for (the image service's
        client computes the same key from `key_model` and the default steps)."""
        return cache_key(plan, width, height, model=self.key_model, default_steps=self.spec.steps)

    @property
    def key_model(self) -> str:
        """The model as cache keys name it: its source, or its name when it is built in code."""
        return self.spec.source or self.spec.name

    def cached(self, plan: ImagePlan, width: int, height: int) -> bytes | None:
        """The stored picture, if this exact one was made before (memory, then disk); no torch."""
        return self._cache_get(self.cache_key(plan, width, height))

    def expected_seconds(
        self, width: int, height: int, steps: int | None = None, count: int = 1
    ) -> float | None:
        """A CPU time estimate from the model's FLOPs and this machine's measured matmul speed."""
        if self.spec.gflop is None:
            return None
        unet, vae, taesd = self.spec.gflop
        gw, gh = generation_size(width, height, self._base())
        pixels = gw * gh / (512 * 512)
        gflop = (unet * (steps or self.spec.steps or 1) + (taesd if self.fast else vae)) * pixels * count
        return gflop / (_cpu_gflops() * 0.5)  # convolutions reach about half the matmul rate

    def load(self, *, status: Status | None = None) -> Any:
        """The pipeline, loading it on first use (thread-safe: concurrent callers wait for one load).

        Loading remarks go to the `status` of the call that loads; the loaded model is shared.
        """
        say = status or _silent
        with self._lock:
            if self._ready:
                return self._pipe
            if self._load_error is not None:
                raise self._load_error  # one honest failure per process, not one per picture
            try:
                if self._injected:
                    self._prepare(self._pipe, say)
                else:
                    self._load(say)
            except Exception as err:
                self._load_error = err
                raise
            self._ready = True
            return self._pipe

    # ---------------------------------------------------------------- internals

    def _job(self, key: str, plan: ImagePlan) -> _Job:
        negative = plan.negative_prompt.strip()
        return _Job(
            key=key,
            prompt=prompt_text(plan),
            negative=f"{negative}, {NO_TEXT}" if negative else NO_TEXT,
            seed=DEFAULT_SEED if plan.seed is None else plan.seed,
            steps=plan.steps or self.spec.steps,
        )

    def _base(self) -> int:
        return self.spec.cpu_base if self.device in (None, "cpu") else self.spec.base

    def _load(self, say: Status) -> None:
        _quiet_imports()
        import torch

        self.device = self._device_req or _auto_device(torch)
        self.dtype = str(_dtype(torch, self.device, self._dtype_req)).removeprefix("torch.")
        if self.spec.arch and not self.spec.source:
            say(f"building the {self.name} test model (random weights) on {self.device}")
            pipe = build_random_pipeline(self.spec.arch)
            if self.device == "cpu":
                # Its tensors are too small for threads to pay, and on a busy CPU every OpenMP
                # region waits ~10 ms for a descheduled worker: one thread is ~20x faster here.
                torch.set_num_threads(1)
        else:
            say(f"loading image model {self.name} on {self.device} ({self.dtype})…")
            pipe = self._load_pretrained(torch, getattr(torch, self.dtype), say)
        self._prepare(pipe, say)
        self.loads += 1

    def _prepare(self, pipe: Any, say: Status) -> None:
        """Decoder choice, device move (with CPU offload when it does not fit) and GPU speed-ups."""
        _quiet_imports()
        import torch

        if self.device is None:  # an injected pipeline: its own device unless one was asked for
            self.device = self._device_req or pipe.device.type
            # and the device's automatic precision, as a loaded model gets: random-weight pipelines
            # are built in fp32, which on an H200 kept "ours" at 0.65x the fp16 baseline
            self.dtype = str(_dtype(torch, self.device, self._dtype_req)).removeprefix("torch.")
        dtype = getattr(torch, self.dtype or "float32")
        fast = self._fast_req if self._fast_req is not None else self.device == "cpu"
        if fast and not isinstance(pipe.vae, _autoencoder_tiny()):
            try:
                pipe.vae = self._load_taesd(torch)
            except (MissingWeightsError, OSError, ValueError) as err:
                say(Note(f"Fast mode is off: {err}"))
        self.fast = isinstance(pipe.vae, _autoencoder_tiny())
        pipe.set_progress_bar_config(disable=True)
        self._pipe = pipe
        try:
            pipe.to(self.device, dtype)
        except Exception as err:
            if not _is_oom(torch, err):
                raise
            pipe.to("cpu")
            _free(torch)
            self._offload(pipe)
            say(
                Note(
                    f"{self.name} does not fit in GPU memory: model parts move to the GPU only while "
                    "used (CPU offload), slower but it works."
                )
            )
        if self.device.startswith("cuda"):
            self._speed_up(torch, pipe, say)

    def _speed_up(self, torch: Any, pipe: Any, say: Status) -> None:
        """SDPA attention (diffusers' default on torch 2), channels_last, fused QKV, optional compile."""
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
        torch.backends.cudnn.benchmark = True
        denoiser = getattr(pipe, "unet", None) or getattr(pipe, "transformer", None)
        if getattr(pipe, "unet", None) is not None:
            pipe.unet.to(memory_format=torch.channels_last)
        pipe.vae.to(memory_format=torch.channels_last)
        fuse = getattr(pipe, "fuse_qkv_projections", None)
        if fuse is not None:  # one matmul for Q, K and V; TAESD has no attention to fuse
            kwargs = {"vae": False} if self.fast and "vae" in inspect.signature(fuse).parameters else {}
            with contextlib.suppress(ValueError, NotImplementedError, AttributeError):
                fuse(**kwargs)  # unfused is still correct, only a little slower
        if self._compile and denoiser is not None and not self.offloaded:
            if self._compile == "full" or not hasattr(denoiser, "compile_repeated_blocks"):
                denoiser.compile(fullgraph=True, mode="max-autotune-no-cudagraphs")
            else:
                denoiser.compile_repeated_blocks(fullgraph=True)
            say(f"compiling {self.name} ({self._compile}): the first image takes longer")

    def _offload(self, pipe: Any) -> None:
        pipe.enable_model_cpu_offload(device=self.device)
        self.offloaded = True

    def _load_pretrained(self, torch: Any, dtype: Any, say: Status) -> Any:
        from diffusers import DiffusionPipeline

        src = self.spec.source
        half = dtype in (torch.float16, torch.bfloat16)
        path = Path(src)
        if path.is_absolute():
            if not (path / "model_index.json").is_file():
                raise MissingWeightsError(
                    f"image model folder {src} is not a diffusers pipeline (no model_index.json there); "
                    f"save one with pipe.save_pretrained({src!r}) or run `hf download OWNER/NAME --local-dir {src}`"
                )
            return _from_pretrained(DiffusionPipeline, src, half, dtype=dtype)
        cache = hf_cache_dir()
        try:
            return _from_pretrained(
                DiffusionPipeline, src, half, dtype=dtype, cache_dir=cache, local_files_only=True
            )
        except (OSError, ValueError) as err:
            local_err = err
        why = "HF_HUB_OFFLINE is set" if _offline() else "" if _hub_reachable() else "there is no network"
        if not why:
            size = f" (~{self.spec.download_gb:g} GB)" if self.spec.download_gb else ""
            say(f"downloading {src}{size} into {cache} (first use only)…")
            try:
                return _from_pretrained(DiffusionPipeline, src, half, dtype=dtype, cache_dir=cache)
            except (OSError, ValueError) as err:
                why = f"the download failed ({err})"
        raise MissingWeightsError(self._missing_message(src, cache, why)) from local_err

    def _missing_message(self, repo: str, cache: Path, why: str) -> str:
        home = os.environ.get("HF_HOME")
        where = f"the Hugging Face cache {cache}" + (
            f" (HF_HOME={home})" if home else " (set HF_HOME to look elsewhere)"
        )
        return (
            f"image model '{self.name}' ({repo}) is not on this machine and {why}. Looked in {where}. "
            f"To get it, run `hf download {repo}` on a machine with network and copy that cache here, "
            f"or pass --image-model (or {MODEL_ENV}) a local folder saved with save_pretrained()."
        )

    def _load_taesd(self, torch: Any) -> Any:
        if (
            self.spec.arch
            and (not self.spec.source or self._injected)
            and component_config(self.spec.arch, "taesd")
        ):
            return build_random_taesd(self.spec.arch)
        if not self.spec.taesd:
            raise ValueError(f"{self.name} has no tiny decoder (TAESD) to use")
        from diffusers import AutoencoderTiny

        try:
            return AutoencoderTiny.from_pretrained(
                self.spec.taesd, cache_dir=hf_cache_dir(), local_files_only=True
            )
        except (OSError, ValueError):
            if _offline() or not _hub_reachable():
                raise MissingWeightsError(
                    f"the tiny decoder {self.spec.taesd} is not in {hf_cache_dir()}; "
                    f"run `hf download {self.spec.taesd}` to enable it. Using the full VAE."
                ) from None
            return AutoencoderTiny.from_pretrained(self.spec.taesd, cache_dir=hf_cache_dir())

    def _generate_locked(
        self, jobs: list[_Job], width: int, height: int, progress: Progress | None, say: Status
    ) -> list[Image.Image]:
        pipe = self.load(status=say)
        import torch

        out: list[Image.Image] = []
        by_steps: dict[int | None, list[_Job]] = {}
        for job in jobs:
            by_steps.setdefault(job.steps, []).append(job)
        for steps, group in by_steps.items():
            size = generation_size(width, height, self._base())
            if self.device == "cpu":
                eta = self.expected_seconds(width, height, steps, len(group))
                what = f"{len(group)} images" if len(group) > 1 else "one image"
                say(
                    f"no GPU: {self.name} runs on the CPU here; expect "
                    + (_human_seconds(eta) if eta is not None else "minutes")
                    + f" for {what} at {size[0]}×{size[1]}"
                )
            images = self._run_with_fallbacks(torch, pipe, group, size, steps, progress, say)
            out.extend(img if img.size == (width, height) else _resize(img, width, height) for img in images)
        return out

    def _run_with_fallbacks(
        self,
        torch: Any,
        pipe: Any,
        jobs: list[_Job],
        size: tuple[int, int],
        steps: int | None,
        progress: Progress | None,
        say: Status,
    ) -> list[Image.Image]:
        """Out of memory: one at a time, then CPU offload, then smaller sizes — each said in a note."""
        while True:
            try:
                return self._call(torch, pipe, jobs, size, steps, progress)
            except Exception as err:
                if not _is_oom(torch, err):
                    raise
            _free(torch)
            if len(jobs) > 1:
                say(Note(f"Out of memory for a batch of {len(jobs)} pictures: made them one at a time."))
                return [
                    img
                    for job in jobs
                    for img in self._run_with_fallbacks(torch, pipe, [job], size, steps, progress, say)
                ]
            if self.device and self.device.startswith("cuda") and not self.offloaded:
                self._offload(pipe)
                say(
                    Note(
                        f"Out of GPU memory at {size[0]}×{size[1]}: retried with CPU offload "
                        "(slower, less memory)."
                    )
                )
                continue
            smaller = (max(MIN_SIDE, size[0] * 3 // 4 // 64 * 64), max(MIN_SIDE, size[1] * 3 // 4 // 64 * 64))
            if smaller == size:
                raise MemoryError(
                    f"out of memory even at {size[0]}×{size[1]} with {self.name} on {self.device}; "
                    "close other GPU programs or choose a smaller model (--image-model sd-turbo)"
                )
            say(
                Note(
                    f"Out of memory at {size[0]}×{size[1]}: generated at {smaller[0]}×{smaller[1]} and upscaled."
                )
            )
            size = smaller

    def _call(
        self,
        torch: Any,
        pipe: Any,
        jobs: list[_Job],
        size: tuple[int, int],
        steps: int | None,
        progress: Progress | None,
    ) -> list[Image.Image]:
        params = _call_params(type(pipe))
        total = steps or params.get("num_inference_steps") or 1
        kwargs: dict[str, Any] = {
            "prompt": [j.prompt for j in jobs],
            "width": size[0],
            "height": size[1],
            # CPU generators: the same seed gives the same picture on every device
            "generator": [torch.Generator("cpu").manual_seed(j.seed) for j in jobs],
            "output_type": "pil",
        }
        if steps:
            kwargs["num_inference_steps"] = steps
        if self.spec.guidance is not None:
            kwargs["guidance_scale"] = self.spec.guidance
        guidance = self.spec.guidance if self.spec.guidance is not None else params.get("guidance_scale") or 0
        if guidance > 1 and "negative_prompt" in params:  # without guidance a negative prompt is unused
            kwargs["negative_prompt"] = [j.negative for j in jobs]
        kwargs.update(dict(self.spec.call_kwargs))
        if progress is not None and "callback_on_step_end" in params:

            def on_step_end(_pipe: Any, step: int, _t: Any, tensors: dict[str, Any]) -> dict[str, Any]:
                progress(step + 1, total)
                return tensors

            kwargs["callback_on_step_end"] = on_step_end
            progress(0, total)
        with torch.inference_mode():
            return list(pipe(**{k: v for k, v in kwargs.items() if k in params}).images)

    def _cache_path(self, key: str) -> Path | None:
        return self.cache_dir / key[:2] / f"{key}.png" if self.cache_dir is not None else None

    def _cache_get(self, key: str) -> bytes | None:
        if key in self._memo:
            return self._memo[key]
        path = self._cache_path(key)
        if path is not None and path.is_file():
            with contextlib.suppress(OSError):
                return path.read_bytes()
        return None

    def _cache_put(self, key: str, png: bytes, say: Status) -> bytes:
        self._memo[key] = png
        if len(self._memo) > 64:
            self._memo.pop(next(iter(self._memo)))
        path = self._cache_path(key)
        if path is not None:
            try:  # write then rename: a reader never sees half a PNG
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
                with os.fdopen(fd, "wb") as f:
                    f.write(png)
                os.replace(tmp, path)
            except OSError as err:
                say(Note(f"Image cache {self.cache_dir} is not writable ({err}); pictures are not kept."))
        return png


# ---------------------------------------------------------------------------------- torch helpers


def _auto_device(torch: Any) -> str:
    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


DTYPES = {
    "fp16": "float16",
    "float16": "float16",
    "half": "float16",
    "bf16": "bfloat16",
    "bfloat16": "bfloat16",
    "fp32": "float32",
    "float32": "float32",
    "float": "float32",
}


def _dtype(torch: Any, device: str, requested: str | None) -> Any:
    """bf16 on GPUs that have it (fp16's range overflows in SDXL's VAE), fp16 otherwise, fp32 on CPU."""
    if requested:
        name = DTYPES.get(requested.strip().lower())
        if name is None:
            raise ValueError(f"unknown dtype {requested!r}; use one of float16, bfloat16, float32")
        return getattr(torch, name)
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device == "mps":
        return torch.float16
    return torch.float32


def _from_pretrained(cls: Any, src: str, half: bool, **kwargs: Any) -> Any:
    """fp16 weight files when they exist (half the download), else the full-precision ones."""
    err: Exception | None = None
    for variant in ("fp16", None) if half else (None,):
        try:
            return cls.from_pretrained(src, variant=variant, **kwargs)
        except (OSError, ValueError) as e:
            err = e
    assert err is not None
    raise err


def _autoencoder_tiny() -> type:
    from diffusers import AutoencoderTiny

    return AutoencoderTiny


@functools.cache
def _call_params(pipe_type: type) -> dict[str, Any]:
    """The pipeline's call parameters with their defaults (pipelines differ: Flux has no negative)."""
    sig = inspect.signature(pipe_type.__call__)
    return {
        name: (None if p.default is inspect.Parameter.empty else p.default)
        for name, p in sig.parameters.items()
    }


def _is_oom(torch: Any, err: BaseException) -> bool:
    if isinstance(err, torch.OutOfMemoryError | MemoryError):
        return True
    text = str(err).lower()
    return isinstance(err, RuntimeError) and ("out of memory" in text or "can't allocate memory" in text)


def _free(torch: Any) -> None:
    import gc

    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


_GFLOPS: list[float] = []


def _cpu_gflops() -> float:
    """fp32 matmul speed of this CPU, measured once (~0.1 s) for the expected-time note."""
    if not _GFLOPS:
        import torch

        a = torch.randn(512, 512)
        a @ a  # warm up
        n, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < 0.1:
            a @ a
            n += 1
        _GFLOPS.append(max(1.0, 2 * 512**3 * n / elapsed / 1e9))
    return _GFLOPS[0]


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=4)
    return buf.getvalue()


def _pngs(images: Sequence[Image.Image]) -> list[bytes]:
    """A batch's PNGs encoded side by side: Pillow's encoder releases the GIL, and on a GPU the
    encoding, one picture after another on one core (~25 ms for a 512² picture of noise), bounded the
    image service below what the GPU drew (bench/RESULTS.md). Same bytes as one by one."""
    if len(images) < 2:
        return [_png(img) for img in images]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(len(images), os.cpu_count() or 1)) as pool:
        return list(pool.map(_png, images))


def _resize(img: Image.Image, width: int, height: int) -> Image.Image:
    from PIL import Image

    return img.resize((width, height), Image.Resampling.LANCZOS)


def iter_models() -> Iterable[tuple[str, str]]:
    """(name, label) pairs for pickers: the test model says it is one."""
    return ((k, s.label) for k, s in IMAGE_MODELS.items())

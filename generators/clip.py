"""Short generated clips from a real text-to-video diffusion pipeline (diffusers' AnimateDiff).

The video twin of `generators.diffusion`, kept in its own module so the image side stays as it is:
- `import` costs nothing: torch and diffusers load at the first clip that is not in the cache.
- A registry of named models: `animatediff` (an SD1.5-class base plus the AnimateDiff motion
  adapter, loaded only from the local Hugging Face cache — never downloaded behind the user's back)
  and `tiny`, a test model built in code from `image_models/tiny/*.json` with random weights, so
  tests run the real `AnimateDiffPipeline` on a CPU in well under a second.
- One pipeline per process and model, loaded once under a lock; progress (one call per denoising
  step) and remarks are arguments of each call, never attributes, so sessions never mix them.
- A content-addressed disk cache (prompt, style, seed, steps, size, frame count, model): a clip
  made twice is read back without importing torch.
- Failures are honest: missing weights raise `MissingWeightsError` naming the repos and the cache
  looked in; `render.animation_clips` turns any failure into a captioned card with the prompt and
  a note, never into invented motion.

The image service (`generators.serve`) serves pictures only; clips are made in-process.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generators.base import Note, Progress, Status
from generators.diffusion import (
    DEVICE_ENV,
    DTYPE_ENV,
    NO_TEXT,
    MissingWeightsError,
    _png,
    _resize,
    generation_size,
    hf_cache_dir,
    prompt_text,
)
from generators.image_common import CACHE_ENV, DEFAULT_SEED, default_cache_dir, key_fields

if TYPE_CHECKING:
    from PIL import Image

    from render.plan import ImagePlan

CLIP_MODEL_ENV = "RENDER_CLIP_MODEL"
DEFAULT_CLIP_MODEL = "animatediff"
CACHE_VERSION = 1

# AnimateDiff's recommended sampler: DDIM, linear betas, "linspace" spacing (the diffusers docs).
DDIM = {
    "beta_start": 0.00085,
    "beta_end": 0.012,
    "beta_schedule": "linear",
    "clip_sample": False,
    "timestep_spacing": "linspace",
    "steps_offset": 1,
}


@dataclass(frozen=True)
class ClipModel:
    """A named text-to-video model: where its parts come from and the defaults that suit it."""

    name: str
    label: str
    base: str = ""
    """Hub repo of the SD1.5-class text-to-image pipeline; empty when built in code (`tiny`)."""
    adapter: str = ""
    """Hub repo of the AnimateDiff motion adapter."""
    steps: int = 25
    guidance: float = 7.5
    side: int = 512
    """Native side in pixels (generation uses at most side² pixels, then resizes to the request)."""
    cpu_side: int = 256
    max_frames: int = 32
    """The adapter's longest sequence (motion_max_seq_length)."""
    download_gb: float | None = None
    test_model: bool = False


CLIP_MODELS: dict[str, ClipModel] = {
    "animatediff": ClipModel(
        "animatediff",
        "AnimateDiff v1-5-2 on epiCRealism (SD1.5): 16 frames at 512², needs a GPU",
        base="emilianJR/epiCRealism",
        adapter="guoyww/animatediff-motion-adapter-v1-5-2",
        download_gb=5.6,
    ),
    "tiny": ClipModel(
        "tiny",
        "tiny (test model: random weights, draws noise; for tests and smoke runs)",
        steps=2,
        guidance=1.0,
        side=64,
        cpu_side=64,
        test_model=True,
    ),
}

_SHARED: dict[str, AnimateDiffGenerator] = {}
_SHARED_LOCK = threading.Lock()


def get_clip_generator(name: str | None = None) -> AnimateDiffGenerator:
    """The process-wide clip generator for `name`, else $RENDER_CLIP_MODEL, else animatediff.

    Cheap (no torch import); the same name returns the same object, so its pipeline loads once.
    """
    model = resolve_clip_model(name or os.environ.get(CLIP_MODEL_ENV) or DEFAULT_CLIP_MODEL)
    with _SHARED_LOCK:
        if model.name not in _SHARED:
            _SHARED[model.name] = AnimateDiffGenerator(model)
        return _SHARED[model.name]


def resolve_clip_model(name: str) -> ClipModel:
    key = name.strip().lower()
    if key in CLIP_MODELS:
        return CLIP_MODELS[key]
    raise ValueError(f"unknown video model {name!r}; choose one of {', '.join(CLIP_MODELS)} or none")


def clip_cache_key(plan: ImagePlan, width: int, height: int, frames: int, *, model: str, steps: int) -> str:
    """sha256 of everything that decides a clip's pixels: a picture's fields, the frame count, and
    a mark that keeps a clip's key apart from a picture's."""
    fields = {
        **key_fields(plan, width, height, model=model, default_steps=steps),
        "what": "clip",
        "frames": frames,
    }
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def _silent(message: str) -> None:
    """The status callback of a caller who wants no remarks."""


class AnimateDiffGenerator:
    """`generators.base.ClipGenerator` over diffusers' AnimateDiffPipeline, with cache and progress."""

    def __init__(
        self,
        model: str | ClipModel | None = None,
        *,
        device: str | None = None,
        dtype: str | None = None,
        cache_dir: str | Path | bool | None = True,
    ) -> None:
        """`device`/`dtype` default to the image generator's env vars, then to automatic choices
        (CUDA, then MPS, then CPU; bf16/fp16 on GPUs, fp32 on CPU). `cache_dir=True` uses "clips"
        in $RENDER_CACHE_DIR, else beside the image cache; None/False (or $RENDER_IMAGE_CACHE=0)
        disables the disk cache."""
        self.model = (
            model if isinstance(model, ClipModel) else resolve_clip_model(model or DEFAULT_CLIP_MODEL)
        )
        self.name = self.model.name
        self._device_req = device or os.environ.get(DEVICE_ENV) or None
        self._dtype_req = dtype or os.environ.get(DTYPE_ENV) or None
        if cache_dir is True:
            root = default_cache_dir()  # $RENDER_CACHE_DIR/clips, else beside the images folder
            if root is not None and not os.environ.get(CACHE_ENV):
                root = root.parent
            self.cache_dir: Path | None = root / "clips" if root is not None else None
        else:
            self.cache_dir = Path(cache_dir).expanduser() if cache_dir else None
        self.loads = 0
        """How many times a pipeline was loaded (tests: a cache hit must not load)."""
        self.runs = 0
        """How many clips the pipeline denoised (tests: a cache hit must not run it)."""
        self.device: str | None = None
        self.dtype: str | None = None
        self.offloaded = False
        self.seconds = 0.0
        """How long the last clip took to denoise and decode."""
        self._pipe: Any = None
        self._load_error: Exception | None = None
        self._lock = threading.RLock()
        self._memo: dict[str, list[bytes]] = {}

    # ---------------------------------------------------------------- public API

    def generate_clip(
        self,
        plan: ImagePlan,
        width: int,
        height: int,
        frames: int,
        *,
        progress: Progress | None = None,
        status: Status | None = None,
    ) -> list[bytes]:
        """`frames` PNG frames of exactly width × height, from the cache when this clip was made.

        `progress(done, total)` gets this call's denoising steps; `status` its remarks (loading,
        expected time, fallbacks; `Note`s belong in the answer)."""
        if not 1 <= frames <= self.model.max_frames:
            raise ValueError(f"{self.name} makes 1 to {self.model.max_frames} frames, not {frames}")
        say = status or _silent
        key = self.cache_key(plan, width, height, frames)
        found = self._cache_get(key)
        if found is None:
            with self._lock:
                found = self._cache_get(key)  # another thread may have made it while we queued
                if found is None:
                    images = self._generate_locked(plan, width, height, frames, progress, say)
                    found = self._cache_put(key, [_png(im) for im in images], say)
        if self.model.test_model:
            say(
                Note(
                    f"'{self.name}' is a test video model with random weights: the clip is noise, not the prompt."
                )
            )
        return found

    def cache_key(self, plan: ImagePlan, width: int, height: int, frames: int) -> str:
        source = f"{self.model.base}+{self.model.adapter}" if self.model.base else self.name
        return clip_cache_key(plan, width, height, frames, model=source, steps=self.model.steps)

    def cached(self, plan: ImagePlan, width: int, height: int, frames: int) -> list[bytes] | None:
        """The stored clip, if this exact one was made before (memory, then disk); no torch."""
        return self._cache_get(self.cache_key(plan, width, height, frames))

    def weights_missing(self) -> str:
        """Why the model cannot load here ("" when it can), decided without importing torch."""
        if not self.model.base:
            return ""
        cache = hf_cache_dir()
        absent = [r for r in (self.model.base, self.model.adapter) if not _in_cache(cache, r)]
        if not absent:
            return ""
        size = f" (~{self.model.download_gb:g} GB)" if self.model.download_gb else ""
        fetch = " and ".join(f"`hf download {r}`" for r in absent)
        return (
            f"video model '{self.name}' needs {' and '.join(absent)}{size}, which "
            f"{'is' if len(absent) == 1 else 'are'} not in the Hugging Face cache {cache} "
            f"(set HF_HOME to look elsewhere). Run {fetch} on a machine with network and copy that "
            f"cache here, or choose --clip-model none."
        )

    def load(self, *, status: Status | None = None) -> Any:
        """The pipeline, loaded on first use; one honest failure per process, not one per clip."""
        say = status or _silent
        with self._lock:
            if self._pipe is not None:
                return self._pipe
            if self._load_error is not None:
                raise self._load_error
            try:
                self._pipe = self._load(say)
            except Exception as err:
                self._load_error = err
                raise
            self.loads += 1
            return self._pipe

    # ---------------------------------------------------------------- internals

    def _load(self, say: Status) -> Any:
        missing = self.weights_missing()
        if missing:
            raise MissingWeightsError(missing)
        from generators.diffusion import _auto_device, _dtype, _quiet_imports

        _quiet_imports()
        import torch

        self.device = self._device_req or _auto_device(torch)
        dtype = _dtype(torch, self.device, self._dtype_req)
        self.dtype = str(dtype).removeprefix("torch.")
        if self.model.test_model:
            say(f"building the {self.name} test video model (random weights) on {self.device}")
            pipe = build_tiny_clip_pipeline()
            if self.device == "cpu":
                torch.set_num_threads(1)  # toy tensors: threads cost more than they give on a busy CPU
        else:
            say(f"loading video model {self.name} on {self.device} ({self.dtype})…")
            pipe = self._load_pretrained(torch, dtype)
        pipe.set_progress_bar_config(disable=True)
        try:
            pipe.to(self.device, dtype)
        except Exception as err:
            from generators.diffusion import _free, _is_oom

            if not _is_oom(torch, err):
                raise
            pipe.to("cpu")
            _free(torch)
            pipe.enable_model_cpu_offload(device=self.device)
            self.offloaded = True
            say(Note(f"{self.name} does not fit in GPU memory: CPU offload is on (slower, but it works)."))
        if hasattr(pipe, "enable_vae_slicing"):
            pipe.enable_vae_slicing()  # decode frame by frame: 16 frames at once is a memory spike
        return pipe

    def _load_pretrained(self, torch: Any, dtype: Any) -> Any:
        from diffusers import AnimateDiffPipeline, DDIMScheduler, MotionAdapter

        cache = hf_cache_dir()
        half = dtype in (torch.float16, torch.bfloat16)
        try:
            adapter = _from_cache(MotionAdapter, self.model.adapter, cache, dtype, half)
            pipe = _from_cache(
                AnimateDiffPipeline, self.model.base, cache, dtype, half, motion_adapter=adapter
            )
            pipe.scheduler = DDIMScheduler.from_config(pipe.scheduler.config, **DDIM)
        except (OSError, ValueError) as err:
            raise MissingWeightsError(
                f"video model '{self.name}' could not be loaded from the Hugging Face cache {cache}: {err}"
            ) from err
        return pipe

    def _generate_locked(
        self,
        plan: ImagePlan,
        width: int,
        height: int,
        frames: int,
        progress: Progress | None,
        say: Status,
    ) -> list[Image.Image]:
        pipe = self.load(status=say)
        import torch

        from generators.diffusion import _free, _is_oom

        side = self.model.cpu_side if self.device == "cpu" else self.model.side
        size = generation_size(width, height, side)
        steps = plan.steps or self.model.steps
        if self.device == "cpu" and not self.model.test_model:
            say(
                f"no GPU: {self.name} runs on the CPU here; expect many minutes for {frames} frames "
                f"at {size[0]}×{size[1]}"
            )
        negative = plan.negative_prompt.strip()
        kwargs: dict[str, Any] = {
            "prompt": prompt_text(plan),
            "negative_prompt": f"{negative}, {NO_TEXT}" if negative else NO_TEXT,
            "num_frames": frames,
            "width": size[0],
            "height": size[1],
            "num_inference_steps": steps,
            "guidance_scale": self.model.guidance,
            "output_type": "pil",
        }
        if self.model.guidance <= 1:
            del kwargs["negative_prompt"]  # without guidance a negative prompt is unused
        if progress is not None:

            def on_step_end(_pipe: Any, step: int, _t: Any, tensors: dict[str, Any]) -> dict[str, Any]:
                progress(step + 1, steps)
                return tensors

            kwargs["callback_on_step_end"] = on_step_end
            progress(0, steps)
        while True:
            seed = DEFAULT_SEED if plan.seed is None else plan.seed
            generator = torch.Generator("cpu").manual_seed(seed)  # one seed, one clip on every device
            try:
                start = time.perf_counter()
                with torch.inference_mode():
                    out = pipe(**kwargs, generator=generator).frames[0]
                self.runs += 1
                self.seconds = time.perf_counter() - start
                break
            except Exception as err:
                if not _is_oom(torch, err) or self.offloaded or not str(self.device).startswith("cuda"):
                    raise
                _free(torch)
                pipe.enable_model_cpu_offload(device=self.device)
                self.offloaded = True
                say(Note(f"Out of GPU memory for {frames} frames: retried with CPU offload (slower)."))
        images = list(out)
        return [im if im.size == (width, height) else _resize(im, width, height) for im in images]

    def _cache_file(self, key: str) -> Path | None:
        return self.cache_dir / key[:2] / f"{key}.zip" if self.cache_dir is not None else None

    def _cache_get(self, key: str) -> list[bytes] | None:
        if key in self._memo:
            return self._memo[key]
        path = self._cache_file(key)
        if path is None or not path.is_file():
            return None
        with contextlib.suppress(OSError, zipfile.BadZipFile, KeyError), zipfile.ZipFile(path) as z:
            names = sorted(n for n in z.namelist() if n.endswith(".png"))
            return [z.read(n) for n in names] or None
        return None

    def _cache_put(self, key: str, pngs: list[bytes], say: Status) -> list[bytes]:
        self._memo[key] = pngs
        if len(self._memo) > 16:
            self._memo.pop(next(iter(self._memo)))
        path = self._cache_file(key)
        if path is None:
            return pngs
        try:  # write then rename: a reader never sees half a clip
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_STORED) as z:
                for i, png in enumerate(pngs):
                    z.writestr(f"{i:03d}.png", png)
            os.replace(tmp, path)
        except OSError as err:
            say(Note(f"Clip cache {self.cache_dir} is not writable ({err}); clips are not kept."))
        return pngs


def build_tiny_clip_pipeline(seed: int = 0) -> Any:
    """The `tiny` AnimateDiff pipeline from `image_models/tiny/*.json`, random weights, offline:
    the image test model's UNet, VAE, CLIP text encoder and toy tokenizer plus a toy motion adapter."""
    import torch
    from diffusers import (
        AnimateDiffPipeline,
        AutoencoderKL,
        DDIMScheduler,
        MotionAdapter,
        UNet2DConditionModel,
    )
    from transformers import CLIPTextConfig, CLIPTextModel

    from generators.random_models import component_config, toy_tokenizer

    parts = {p: component_config("tiny", p) for p in ("unet", "vae", "text_encoder", "motion_adapter")}
    missing = [p for p, cfg in parts.items() if cfg is None]
    if missing:
        raise ValueError(f"no tiny component configs for {missing}")
    torch.manual_seed(seed)
    pipe = AnimateDiffPipeline(
        vae=AutoencoderKL.from_config(parts["vae"]),
        text_encoder=CLIPTextModel(CLIPTextConfig.from_dict(parts["text_encoder"])),
        tokenizer=toy_tokenizer(),
        unet=UNet2DConditionModel.from_config(parts["unet"]),
        motion_adapter=MotionAdapter.from_config(parts["motion_adapter"]),
        scheduler=DDIMScheduler(**DDIM),
        feature_extractor=None,
        image_encoder=None,
    )
    for module in (pipe.unet, pipe.vae, pipe.text_encoder):
        module.eval().requires_grad_(False)
    return pipe


def _in_cache(cache: Path, repo: str) -> bool:
    return (cache / ("models--" + repo.replace("/", "--"))).is_dir()


def _from_cache(cls: Any, repo: str, cache: Path, dtype: Any, half: bool, **kwargs: Any) -> Any:
    """From the local cache only: fp16 weight files when they are there, else the full ones."""
    err: Exception | None = None
    for variant in ("fp16", None) if half else (None,):
        try:
            return cls.from_pretrained(
                repo, variant=variant, torch_dtype=dtype, cache_dir=cache, local_files_only=True, **kwargs
            )
        except (OSError, ValueError) as e:
            err = e
    assert err is not None
    raise err


def describe_clip_models() -> str:
    return "; ".join(f"{k}: {m.label}" for k, m in CLIP_MODELS.items())

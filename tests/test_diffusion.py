"""Image generation through the real diffusers pipeline, with the in-code `tiny` model (CPU, offline)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from generators import diffusion
from generators.base import Note
from generators.diffusion import IMAGE_MODELS, DiffusionGenerator, MissingWeightsError
from render import render
from render.layout import Picture
from render.plan import ImagePlan
from tests.conftest import INFOGRAPHIC, SLIDES
from tests.pptx_checks import check_deck, iter_shapes

ROOT = Path(__file__).resolve().parent.parent
PLAN = ImagePlan(prompt="a lighthouse at dusk", seed=7)


def notes(said: list[str]) -> list[str]:
    """The remarks a generator meant for the answer (`Note`s), out of everything it said."""
    return [m for m in said if isinstance(m, Note)]


def pixels(png: bytes) -> np.ndarray:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.float32)


@pytest.fixture(scope="module")
def tiny() -> DiffusionGenerator:
    """One loaded tiny pipeline shared by the tests that only need pictures (no disk cache); on the
    CPU everywhere, so pictures compare across machines (a GPU draws in bf16)."""
    gen = DiffusionGenerator("tiny", cache_dir=None, device="cpu")
    gen.load()
    return gen


# ------------------------------------------------------------------------------ the pipeline itself


def test_generates_a_png_of_the_requested_size(tiny):
    img = pixels(tiny.generate(PLAN, 96, 64))
    assert img.shape == (64, 96, 3)
    assert img.std() > 1, "the pipeline painted something, not a flat fill"
    assert tiny.device == "cpu" and tiny.dtype == "float32"


def test_same_seed_same_picture_and_another_seed_differs(tiny):
    again = DiffusionGenerator("tiny", cache_dir=None, device="cpu")
    assert tiny.generate(PLAN, 64, 64) == again.generate(PLAN, 64, 64)
    other = tiny.generate(PLAN.model_copy(update={"seed": 8}), 64, 64)
    assert np.abs(pixels(other) - pixels(tiny.generate(PLAN, 64, 64))).mean() > 1


def test_progress_reports_every_step(tiny):
    seen: list[tuple[int, int]] = []
    tiny.generate(
        PLAN.model_copy(update={"prompt": "progress"}), 64, 64, progress=lambda s, t: seen.append((s, t))
    )
    assert seen == [(0, 2), (1, 2), (2, 2)]  # tiny defaults to 2 steps
    seen.clear()
    one = PLAN.model_copy(update={"prompt": "progress, one step", "steps": 1})
    tiny.generate(one, 64, 64, progress=lambda s, t: seen.append((s, t)))
    assert seen == [(0, 1), (1, 1)]


def test_batch_gives_one_picture_per_plan(tiny):
    plans = [PLAN.model_copy(update={"prompt": f"boat {i}", "seed": i}) for i in range(3)]
    batch = tiny.generate_batch(plans, 64, 64)
    assert len(batch) == 3 and len(set(batch)) == 3
    single = pixels(tiny.generate(plans[1], 64, 64))
    assert np.abs(pixels(batch[1]) - single).mean() < 2, "a batch draws what single calls draw"


def test_fast_mode_swaps_in_the_tiny_decoder():
    from diffusers import AutoencoderKL, AutoencoderTiny

    fast = DiffusionGenerator("tiny", cache_dir=None, fast=True)
    full = DiffusionGenerator("tiny", cache_dir=None, fast=False)
    assert isinstance(fast.load().vae, AutoencoderTiny) and fast.fast
    assert isinstance(full.load().vae, AutoencoderKL) and not full.fast
    assert pixels(full.generate(PLAN, 64, 64)).shape == (64, 64, 3)


def test_test_model_says_so(tiny):
    said: list[str] = []
    tiny.generate(PLAN, 64, 64, status=said.append)
    assert any("test model" in n for n in notes(said))
    assert "test model" in IMAGE_MODELS["tiny"].label


# ---------------------------------------------------------------------------------------- the cache


def test_cache_hit_returns_without_loading_the_pipeline(tmp_path):
    first = DiffusionGenerator("tiny", cache_dir=tmp_path)
    png = first.generate(PLAN, 64, 64)
    assert first.loads == 1 and len(list(tmp_path.rglob("*.png"))) == 1
    second = DiffusionGenerator("tiny", cache_dir=tmp_path)
    assert second.generate(PLAN, 64, 64) == png
    assert second.loads == 0 and second._pipe is None


def test_cache_hit_does_not_even_import_torch(tmp_path):
    DiffusionGenerator("tiny", cache_dir=tmp_path).generate(PLAN, 64, 64)
    code = (
        "import sys\n"
        "from generators.diffusion import DiffusionGenerator\n"
        "from render.plan import ImagePlan\n"
        f"png = DiffusionGenerator('tiny', cache_dir={str(tmp_path)!r}).generate("
        "ImagePlan(prompt='a lighthouse at dusk', seed=7), 64, 64)\n"
        "print(png[:4] == b'\\x89PNG', 'torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", "False"]


@pytest.mark.parametrize(
    "change",
    [
        {"prompt": "a lighthouse at dawn"},
        {"negative_prompt": "fog"},
        {"style": "photo"},
        {"seed": 8},
        {"steps": 3},
    ],
)
def test_cache_key_covers_what_decides_the_pixels(change):
    gen = DiffusionGenerator("tiny", cache_dir=None)
    key = gen.cache_key(PLAN, 64, 64)
    assert gen.cache_key(PLAN.model_copy(update=change), 64, 64) != key
    assert gen.cache_key(PLAN, 128, 64) != key
    assert DiffusionGenerator("sd-turbo", cache_dir=None).cache_key(PLAN, 64, 64) != key
    assert gen.cache_key(PLAN.model_copy(update={"caption": "other"}), 64, 64) == key  # captions are text


def test_env_var_chooses_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("RENDER_CACHE_DIR", str(tmp_path))
    assert DiffusionGenerator("tiny").cache_dir == tmp_path
    monkeypatch.setenv("RENDER_IMAGE_CACHE", "0")
    assert DiffusionGenerator("tiny").cache_dir is None


# ---------------------------------------------------------------------------------- concurrency


def test_two_threads_share_one_load(monkeypatch):
    built: list[str] = []
    real = diffusion.build_random_pipeline

    def slow_build(arch: str, **kw):
        built.append(arch)
        threading.Event().wait(0.3)  # hold the load open so the second thread arrives mid-load
        return real(arch, **kw)

    monkeypatch.setattr(diffusion, "build_random_pipeline", slow_build)
    gen = DiffusionGenerator("tiny", cache_dir=None)
    start = threading.Barrier(2)
    out: dict[int, bytes] = {}

    def work(i: int) -> None:
        start.wait()
        out[i] = gen.generate(PLAN.model_copy(update={"seed": i}), 64, 64)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert built == ["tiny"] and gen.loads == 1
    assert len(out) == 2 and out[0] != out[1]


# ---------------------------------------------------------------------------------- honest failure


def test_missing_weights_message_says_what_where_and_how(offline_hub):
    gen = DiffusionGenerator("sd-turbo", cache_dir=None)
    with pytest.raises(MissingWeightsError) as info:
        gen.load()
    msg = str(info.value)
    for needed in ("sd-turbo", "stabilityai/sd-turbo", str(offline_hub / "hub"), "HF_HOME", "hf download"):
        assert needed in msg, needed
    assert "\n" not in msg
    with pytest.raises(MissingWeightsError) as again:  # remembered: no second slow attempt
        gen.generate(PLAN, 64, 64)
    assert again.value is info.value


def test_no_network_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(diffusion, "_hub_reachable", lambda timeout=3.0: False)
    with pytest.raises(MissingWeightsError, match="no network"):
        DiffusionGenerator("stabilityai/sdxl-turbo", cache_dir=None).load()


def test_missing_local_folder_is_named(tmp_path):
    folder = tmp_path / "my-model"
    folder.mkdir()
    with pytest.raises(MissingWeightsError) as info:
        DiffusionGenerator(str(folder), cache_dir=None).load()
    assert str(folder) in str(info.value) and "model_index.json" in str(info.value)


def test_missing_weights_leave_the_rest_of_the_answer(offline_hub):
    result = render(SLIDES, images=DiffusionGenerator("sd-turbo", cache_dir=None))
    pages = result.layout.pages
    assert len(pages) == len(SLIDES["slides"]) + 1  # title page + every slide still there
    names = [e.name for p in pages for e in p.elements]
    assert "image-placeholder" in names and not any(isinstance(e, Picture) for p in pages for e in p.elements)
    (note,) = [n for n in result.notes if "sd-turbo" in n]
    assert note.startswith("Image generation failed: image model 'sd-turbo'") and "hf download" in note
    assert result.to_png()[:4] == b"\x89PNG"


def out_of_memory_once(gen: DiffusionGenerator, monkeypatch) -> list[tuple[int, int]]:
    """The generator's first pipeline call fails as CUDA does when out of memory; the sizes each call
    was asked for are recorded in the list returned."""
    import torch

    real_call = gen._call
    sizes: list[tuple[int, int]] = []

    def flaky(torch_, pipe, jobs, size, steps, progress):
        sizes.append(size)
        if len(sizes) == 1:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real_call(torch_, pipe, jobs, size, steps, progress)

    monkeypatch.setattr(gen, "_call", flaky)
    return sizes


def test_out_of_memory_retries_smaller_and_says_so(monkeypatch):
    spec = replace(IMAGE_MODELS["tiny"], base=128, cpu_base=128)
    gen = DiffusionGenerator(spec, cache_dir=None, device="cpu")  # on a GPU, offload comes first
    sizes = out_of_memory_once(gen, monkeypatch)
    said: list[str] = []
    png = gen.generate(PLAN, 128, 128, status=said.append)
    assert sizes == [(128, 128), (64, 64)]
    assert pixels(png).shape == (128, 128, 3)
    assert "Out of memory at 128×128: generated at 64×64 and upscaled." in notes(said)


def test_out_of_memory_in_a_batch_goes_one_at_a_time(monkeypatch):
    import torch

    gen = DiffusionGenerator("tiny", cache_dir=None)
    real_call = gen._call
    batch_sizes: list[int] = []

    def no_batches(torch_, pipe, jobs, size, steps, progress):
        batch_sizes.append(len(jobs))
        if len(jobs) > 1:
            raise torch.OutOfMemoryError("CUDA out of memory")
        return real_call(torch_, pipe, jobs, size, steps, progress)

    monkeypatch.setattr(gen, "_call", no_batches)
    plans = [PLAN.model_copy(update={"seed": i}) for i in range(3)]
    said: list[str] = []
    assert len(gen.generate_batch(plans, 64, 64, status=said.append)) == 3
    assert batch_sizes == [3, 1, 1, 1]
    assert any("one at a time" in n for n in notes(said))


# ------------------------------------------------------------------------------ inside the answers


def test_image_inside_a_slide_and_an_infographic(tiny):
    deck = render(SLIDES, images=tiny)
    pictures = [e for p in deck.layout.pages for e in p.elements if isinstance(e, Picture)]
    assert len(pictures) == 1 and pixels(pictures[0].png).std() > 1
    assert not [n for n in deck.notes if "failed" in n]
    prs = check_deck(deck.to_pptx(), expect_slides=len(deck.layout.pages))
    assert any(s.shape_type == 13 for slide in prs.slides for s in iter_shapes(slide.shapes))  # PICTURE

    hero = dict(INFOGRAPHIC, hero_image={"kind": "image", "prompt": "coffee beans", "caption": "Beans"})
    info = render(hero, images=tiny)
    (page,) = info.layout.pages
    assert [e for e in page.elements if isinstance(e, Picture)]
    assert "Beans" in [tb.text for tb in page.text_boxes()], "the caption is real text, not diffusion"
    assert info.to_png()[:4] == b"\x89PNG"


def test_render_passes_progress_through(tiny):
    seen: list[tuple[int, int]] = []
    plan = {"kind": "image", "prompt": "progress through render", "seed": 1}
    render(plan, images=tiny, progress=lambda s, t: seen.append((s, t))).layout  # noqa: B018
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)


def test_prefetch_batches_then_rendering_hits_the_cache(tmp_path):
    gen = DiffusionGenerator("tiny", cache_dir=tmp_path)
    two = dict(
        SLIDES, slides=[*SLIDES["slides"], {"layout": "image", "title": "Again", "image": {"prompt": "x"}}]
    )
    result = render(two, images=gen)
    assert gen.prefetch(result.plan) == 2
    calls: list[int] = []
    real_call = gen._call
    gen._call = lambda *a: calls.append(1) or real_call(*a)  # type: ignore[method-assign]
    assert len([e for p in result.layout.pages for e in p.elements if isinstance(e, Picture)]) == 2
    assert calls == []


# ------------------------------------------------------------------------------ registry and wiring


def test_registry_names_and_resolution(monkeypatch):
    monkeypatch.delenv("RENDER_IMAGE_MODEL", raising=False)
    assert diffusion.DEFAULT_IMAGE_MODEL == "sd-turbo"
    assert {"sd-turbo", "sdxl-turbo", "flux-schnell", "tiny"} <= set(IMAGE_MODELS)
    assert diffusion.get_image_generator().name == "sd-turbo"
    monkeypatch.setenv("RENDER_IMAGE_MODEL", "tiny")
    assert diffusion.get_image_generator() is diffusion.get_image_generator("tiny")
    assert diffusion.resolve_model("someone/their-model").source == "someone/their-model"
    with pytest.raises(ValueError, match="sd-turbo"):
        diffusion.resolve_model("no-such-model")


def test_device_and_precision_are_overridable(monkeypatch):
    import torch

    assert diffusion._dtype(torch, "cpu", None) == torch.float32
    assert diffusion._dtype(torch, "cpu", "bf16") == torch.bfloat16
    monkeypatch.setenv("RENDER_IMAGE_DTYPE", "bfloat16")
    gen = DiffusionGenerator("tiny", cache_dir=None, device="cpu")
    gen.load()
    assert gen.dtype == "bfloat16" and gen._pipe.unet.dtype == torch.bfloat16


def test_cpu_estimate_is_shown_and_fast_mode_is_cheaper():
    gen = DiffusionGenerator("sd-turbo", cache_dir=None)
    full = gen.expected_seconds(512, 512)
    gen.fast = True
    assert full is not None and 0 < gen.expected_seconds(512, 512) < full
    said: list[str] = []
    tiny = DiffusionGenerator("tiny", cache_dir=None, device="cpu")
    tiny.generate(PLAN, 64, 64, status=said.append)
    assert any(m.startswith("no GPU: tiny runs on the CPU here; expect") for m in said)


def test_imports_stay_free_of_torch():
    code = (
        "import sys, render, generators, generators.diffusion\n"
        "print(sorted(m for m in ('torch', 'diffusers', 'transformers') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_draws_with_the_tiny_model(tmp_path):
    out = tmp_path / "out.png"
    env = dict(os.environ, RENDER_CACHE_DIR=str(tmp_path / "cache"), RENDER_IMAGE_DEVICE="cpu")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "render",
            "make",
            "draw a lighthouse at dusk",
            "--image-model",
            "tiny",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert "image: 2/2 steps" in proc.stderr and "test model" in proc.stderr
    assert "expect" in proc.stderr  # the expected time on CPU
    assert "failed" not in proc.stderr


def test_cli_rejects_an_unknown_image_model(tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "render",
            "make",
            "draw a cat",
            "--image-model",
            "nope",
            "-o",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 2 and "unknown image model 'nope'" in proc.stderr


# ------------------------------------------------------------------------------------------ GPU


def _cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


@pytest.mark.gpu
@pytest.mark.skipif(not _cuda(), reason="needs a CUDA GPU")
def test_gpu_uses_half_precision_and_the_speed_ups():
    import torch

    gen = DiffusionGenerator("tiny", cache_dir=None)
    pipe = gen.load()
    assert gen.device == "cuda" and gen.dtype in {"bfloat16", "float16"}
    assert pipe.unet.conv_in.weight.is_contiguous(memory_format=torch.channels_last)
    assert pixels(gen.generate(PLAN, 64, 64)).shape == (64, 64, 3)
    assert not gen.fast, "full VAE on GPU unless fast mode is asked for"


def test_an_injected_pipeline_gets_the_devices_precision():
    """Random-weight pipelines are built in fp32 (or any dtype a caller had): the generator moves them
    to its device's automatic precision, as it does a loaded model — fp32 on the CPU, bf16 on a GPU."""
    import torch

    from generators.random_models import build_random_pipeline

    pipe = build_random_pipeline("tiny").to(torch.bfloat16)
    gen = DiffusionGenerator("tiny", cache_dir=None, device="cpu", pipeline=pipe)
    gen.load()
    assert gen.dtype == "float32" and gen._pipe.unet.dtype == torch.float32
    asked = DiffusionGenerator("tiny", cache_dir=None, device="cpu", dtype="bfloat16", pipeline=pipe)
    asked.load()
    assert asked.dtype == "bfloat16" and asked._pipe.unet.dtype == torch.bfloat16


@pytest.mark.gpu
@pytest.mark.skipif(not _cuda(), reason="needs a CUDA GPU")
def test_gpu_injected_random_pipeline_runs_in_half_precision():
    import torch

    from generators.random_models import build_random_pipeline

    gen = DiffusionGenerator("tiny", cache_dir=None, device="cuda", pipeline=build_random_pipeline("tiny"))
    gen.load()
    assert gen.dtype in {"bfloat16", "float16"} and gen._pipe.unet.dtype == getattr(torch, gen.dtype)
    assert pixels(gen.generate(PLAN, 64, 64)).shape == (64, 64, 3)


@pytest.mark.gpu
@pytest.mark.skipif(not _cuda(), reason="needs a CUDA GPU")
def test_gpu_out_of_memory_retries_with_cpu_offload_first(monkeypatch):
    gen = DiffusionGenerator("tiny", cache_dir=None)
    sizes = out_of_memory_once(gen, monkeypatch)
    said: list[str] = []
    png = gen.generate(PLAN, 64, 64, status=said.append)
    assert sizes == [(64, 64), (64, 64)] and gen.offloaded
    assert pixels(png).shape == (64, 64, 3)
    assert any(n.startswith("Out of GPU memory at 64×64: retried with CPU offload") for n in notes(said))


def test_a_batch_encodes_its_pngs_off_the_calling_thread_with_the_same_bytes(monkeypatch):
    """On a GPU the PNG encoding of a batch, one after another, bounded the image service: a batch's
    pictures are encoded by worker threads (Pillow releases the GIL), to the same bytes."""
    rng = np.random.default_rng(0)
    images = [Image.fromarray(rng.integers(0, 255, (64, 64, 3), dtype=np.uint8)) for _ in range(5)]
    serial = [diffusion._png(im) for im in images]
    where: list[int] = []
    real = diffusion._png
    monkeypatch.setattr(diffusion, "_png", lambda im: where.append(threading.get_ident()) or real(im))
    assert diffusion._pngs(images) == serial
    assert len(where) == 5 and threading.get_ident() not in where
    where.clear()
    assert diffusion._pngs(images[:1]) == serial[:1] and where == [threading.get_ident()]  # one: no pool

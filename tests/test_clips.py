"""Generated clips: animation scenes whose visual is an image plan, played from the frames of a real
diffusers AnimateDiff pipeline (the in-code `tiny` model, on the CPU, offline)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pydantic import ValidationError

from generators.base import ClipGenerator, Note, PlanRequest
from generators.clip import CLIP_MODELS, AnimateDiffGenerator, MissingWeightsError, get_clip_generator
from generators.rules import RulesPlanner
from render import parse_plan, plan_json_schema, render
from render.animation import AnimationPlan, Scene
from render.plan import ChartPlan, ImagePlan, plan_to_json

ROOT = Path(__file__).resolve().parent.parent
PLAN = ImagePlan(prompt="rain drops running down a window pane", seed=3, aspect_ratio="1:1")
FRAMES = 4


def animation(frames: int = FRAMES, **scene: object) -> AnimationPlan:
    return AnimationPlan(title="Rain", scenes=[Scene(visual=PLAN, frames=frames, **scene)])


def svg_words(svg: str) -> str:
    """The SVG's text as one line (wrapped lines joined), read with an XML parser."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(svg)
    texts = [" ".join(t.itertext()) for t in root.iter() if t.tag.endswith("}text")]
    return " ".join(" ".join(texts).split())


def size_of(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(png)).size


@pytest.fixture(scope="module")
def tiny() -> AnimateDiffGenerator:
    """One loaded tiny AnimateDiff pipeline shared by tests that only need frames (no disk cache)."""
    gen = AnimateDiffGenerator("tiny", cache_dir=None)
    gen.load()
    return gen


# ----------------------------------------------------------------------------- the pipeline itself


def test_the_tiny_pipeline_is_a_real_animatediff_pipeline(tiny):
    from diffusers import AnimateDiffPipeline, UNetMotionModel

    pipe = tiny.load()
    assert isinstance(pipe, AnimateDiffPipeline)
    assert isinstance(pipe.unet, UNetMotionModel), "the motion adapter is inserted into the UNet"
    assert isinstance(tiny, ClipGenerator)


def test_a_clip_has_the_asked_frames_at_the_asked_size_with_progress_per_step(tiny):
    steps: list[tuple[int, int]] = []
    said: list[str] = []
    frames = tiny.generate_clip(
        PLAN, 64, 64, FRAMES, progress=lambda d, t: steps.append((d, t)), status=said.append
    )
    assert len(frames) == FRAMES
    assert all(size_of(f) == (64, 64) for f in frames)
    total = CLIP_MODELS["tiny"].steps
    assert steps == [(i, total) for i in range(total + 1)]
    assert any(isinstance(m, Note) and "random weights" in m for m in said)
    pixels = [np.asarray(Image.open(io.BytesIO(f)).convert("RGB"), dtype=np.float32) for f in frames]
    assert max(float(np.abs(p - pixels[0]).mean()) for p in pixels[1:]) > 0.5, (
        "frames differ: a clip, not a still"
    )


def test_other_sizes_and_frame_counts(tiny):
    frames = tiny.generate_clip(PLAN, 128, 64, 2)
    assert len(frames) == 2 and all(size_of(f) == (128, 64) for f in frames)
    with pytest.raises(ValueError, match="frames"):
        tiny.generate_clip(PLAN, 64, 64, 100)


def test_a_clip_made_twice_is_a_cache_hit(tmp_path):
    gen = AnimateDiffGenerator("tiny", cache_dir=tmp_path)
    first = gen.generate_clip(PLAN, 64, 64, 3)
    assert gen.runs == 1
    assert gen.generate_clip(PLAN, 64, 64, 3) == first and gen.runs == 1
    assert gen.cached(PLAN, 64, 64, 3) == first
    other = AnimateDiffGenerator("tiny", cache_dir=tmp_path)  # another process: the disk cache
    assert other.generate_clip(PLAN, 64, 64, 3) == first
    assert other.loads == 0 and other.runs == 0
    assert other.cached(PLAN, 64, 64, 2) is None, "the frame count is part of the key"
    assert gen.cached(PLAN.model_copy(update={"seed": 4}), 64, 64, 3) is None


def test_shared_generators_are_cheap_and_named():
    assert get_clip_generator("tiny") is get_clip_generator("TINY")
    with pytest.raises(ValueError, match="unknown video model"):
        get_clip_generator("no-such-model")
    real = CLIP_MODELS["animatediff"]
    assert real.base and real.adapter and not real.test_model


def test_missing_weights_say_what_to_download(offline_hub):
    gen = AnimateDiffGenerator("animatediff", cache_dir=None)
    why = gen.weights_missing()
    assert CLIP_MODELS["animatediff"].adapter in why and CLIP_MODELS["animatediff"].base in why
    assert str(offline_hub) in why and "hf download" in why
    with pytest.raises(MissingWeightsError, match="not in the Hugging Face cache"):
        gen.generate_clip(PLAN, 64, 64, FRAMES)
    assert gen.loads == 0


# ------------------------------------------------------------------------------------ rendering


def test_the_gif_plays_the_clip_frame_by_frame(tiny):
    result = render(animation(fps=4, hold_seconds=0.0), clips=tiny)
    gif = Image.open(io.BytesIO(result.to_bytes(".gif")))
    assert gif.n_frames == FRAMES
    durations = []
    for i in range(gif.n_frames):
        gif.seek(i)
        durations.append(gif.info["duration"])
    assert all(abs(d - 250) <= 10 for d in durations), durations
    assert any("random weights" in n for n in result.notes)


def test_a_fake_clip_source_plays_its_frames_in_order():
    """A one-method source (no progress/status keywords) fits, and frame k is shown at step k."""
    colours = [(200, 30, 30), (30, 200, 30), (30, 30, 200)]

    class Fake:
        def generate_clip(self, plan, width, height, frames):
            out = []
            for c in colours[:frames]:
                buf = io.BytesIO()
                Image.new("RGB", (width, height), c).save(buf, format="PNG")
                out.append(buf.getvalue())
            return out

    result = render(animation(frames=3, hold_seconds=0.0), clips=Fake())
    gif = Image.open(io.BytesIO(result.to_bytes(".gif")))
    assert gif.n_frames == 3
    seen = []
    for i in range(3):
        gif.seek(i)
        rgb = np.asarray(gif.convert("RGB"), dtype=np.int32)
        centre = rgb[rgb.shape[0] // 2, rgb.shape[1] // 2]
        seen.append(int(np.argmax(centre)))
    assert seen == [0, 1, 2]
    player = result.to_bytes(".html")
    assert player.count('class="va-frame') == 3


def test_video_frames_paste_the_clip_where_the_svg_painter_draws_it():
    """The video's fast path (the page drawn once, each frame pasted) matches resvg's own drawing."""
    from render.animation import track
    from render.animation_video import _with_clip_frames
    from render.layout import Picture
    from render.svg import page_svg, to_png

    class Gradient:
        def generate_clip(self, plan, width, height, frames):
            ramp = np.linspace(0, 255, width, dtype=np.uint8)
            img = np.stack([np.tile(ramp, (height, 1))] * 3, axis=-1)
            buf = io.BytesIO()
            Image.fromarray(img).save(buf, format="PNG")
            return [buf.getvalue()] * frames

    result = render(animation(frames=2, caption="A ramp"), clips=Gradient())
    page = track(result.plan, result.ctx).steps()[0].page
    clips = [el for el in page.elements if isinstance(el, Picture) and el.name == "clip"]
    fast = np.asarray(
        Image.open(io.BytesIO(_with_clip_frames(page, clips, result.theme, 1.0, {}))), dtype=float
    )
    slow = np.asarray(
        Image.open(io.BytesIO(to_png(page_svg(page, result.theme), scale=1.0))).convert("RGB"), dtype=float
    )
    assert fast.shape == slow.shape
    assert np.abs(fast - slow).mean() < 2.0


def test_stills_deck_and_player(tiny):
    from pptx import Presentation

    result = render(animation(caption="Rain on glass"), clips=tiny)
    png = result.to_bytes(".png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Rain on glass" in svg_words(result.to_bytes(".svg"))
    deck = Presentation(io.BytesIO(result.to_bytes(".pptx")))
    assert len(deck.slides) == 1, "one slide holds the clip"
    pictures = [s for s in deck.slides[0].shapes if s.shape_type == 13]
    assert len(pictures) == 1 and pictures[0].image.content_type == "image/gif"
    clip = Image.open(io.BytesIO(pictures[0].image.blob))
    assert clip.n_frames == FRAMES, "PowerPoint gets the whole clip as an animated GIF"
    texts = [s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame]
    assert "Rain on glass" in texts


def test_no_clip_source_gives_the_prompt_as_a_card_and_a_note():
    result = render(animation())
    assert any("No video model is configured" in n and PLAN.prompt in n for n in result.notes)
    svg = result.to_bytes(".svg")
    assert "Prompt: rain drops running down a window pane" in svg_words(svg) and "<image" not in svg
    assert Image.open(io.BytesIO(result.to_bytes(".gif"))).n_frames == 1, "no invented motion"


def test_missing_weights_render_a_card_not_a_traceback(offline_hub):
    result = render(animation(), clips=AnimateDiffGenerator("animatediff", cache_dir=None))
    assert any("Clip generation failed" in n and "hf download" in n for n in result.notes)
    assert "Prompt: rain drops running down" in svg_words(result.to_bytes(".svg"))
    assert result.to_bytes(".pptx")[:2] == b"PK"


def test_a_clip_beside_a_chart_scene(tiny):
    chart = ChartPlan(
        chart_type="bar", title="Rainfall", categories=["Mon", "Tue"], series=[{"values": [3, 5]}]
    )
    plan = AnimationPlan(scenes=[Scene(visual=chart), Scene(visual=PLAN, frames=2)])
    result = render(plan, clips=tiny)
    gif = Image.open(io.BytesIO(result.to_bytes(".gif")))
    assert gif.n_frames > 2
    assert len(result.layout.pages) == 3, "two time-step slides, then the clip's slide"


# ------------------------------------------------------------------------------------ the plan


def test_plan_validation_names_the_field():
    chart = ChartPlan(chart_type="bar", categories=["a", "b"], series=[{"values": [1, 2]}])
    with pytest.raises(ValidationError, match="only a clip"):
        Scene(visual=chart, frames=8)
    with pytest.raises(ValidationError, match="fps: 5 does not divide 12"):
        Scene(visual=PLAN, fps=5)
    with pytest.raises(ValidationError, match="build steps"):
        Scene(visual=PLAN, captions=["one", "two"])
    with pytest.raises(ValidationError, match="less than or equal to 32"):
        Scene(visual=PLAN, frames=40)
    with pytest.raises(ValidationError, match="greater than or equal to 2"):
        Scene(visual=PLAN, frames=1)


def test_a_clip_plan_round_trips_and_is_in_the_schema():
    plan = animation(fps=12)
    again = parse_plan(json.loads(plan_to_json(plan)))
    assert again == plan
    text = json.dumps(plan_json_schema())
    assert "generated clip" in text and "Clips (image visuals) only" in text
    scene_schema = next(v for k, v in plan_json_schema()["$defs"].items() if k == "Scene")
    mapping = scene_schema["properties"]["visual"]["discriminator"]["mapping"]
    assert "image" in mapping


# ----------------------------------------------------------------------------- the rules planner

CLIPS = [
    ("a looping gif of snow falling on a pine forest", "en", "snow falling on a pine forest"),
    ("animate a paper boat drifting down a stream", "en", "paper boat drifting down a stream"),
    ("make a short video of fireflies blinking in a meadow", "en", "fireflies blinking in a meadow"),
    ("a gif of waves that come and go on a sandy beach", "en", "waves that come and go on a sandy beach"),
    ("动图：一只猫在窗台上伸懒腰", "zh", "猫在窗台上伸懒腰"),
    ("金鱼在鱼缸里游来游去的动画", "zh", "金鱼在鱼缸里游来游去"),
    ("雪が静かに降るアニメーション", "ja", "雪が静かに降る"),
    ("gif van een zeilboot op de golven", "nl", "zeilboot op de golven"),
    ("animación de un faro girando en la noche", "es", "faro girando en la noche"),
    ("une animation d'un moulin qui tourne au vent", "fr", "moulin qui tourne au vent"),
    ("Animation von fallenden Blättern im Herbstwind", "de", "fallenden Blättern im Herbstwind"),
    ("uçan kuşların animasyonu", "tr", "uçan kuşların"),
    ("رسم متحرك لفراشة تطير فوق الزهور", "ar", "فراشة تطير فوق الزهور"),
]


@pytest.mark.parametrize(("question", "lang", "words"), CLIPS)
def test_a_moving_scene_becomes_one_clip(question, lang, words):
    plan = RulesPlanner().plan(PlanRequest(question)).plan
    assert plan.kind == "animation", (question, plan)
    assert len(plan.scenes) == 1
    visual = plan.scenes[0].visual
    assert isinstance(visual, ImagePlan)
    assert words in visual.prompt, visual.prompt
    assert plan.scenes[0].hold_seconds == 0, "a generated clip loops without a pause"


NOT_CLIPS = [
    ("animate our revenue: 2021 10, 2022 14, 2023 19, 2024 25", "animation", ChartPlan),
    ("animate the steps of brewing coffee: grind, bloom, pour, wait", "animation", "diagram"),
    ("做一个各省人口数量变化的动画", "text", None),
    ("make an animated bar chart", "text", None),
    ("animate how a vaccine works", "text", None),
    ("countdown animation from 5 to 1", "animation", "slides"),  # its own numbers, one per frame
    ("a watercolor picture of a windmill", "image", None),
    ("animate it", "text", None),
]


@pytest.mark.parametrize(("question", "kind", "visual"), NOT_CLIPS)
def test_data_steps_and_explanations_are_not_clips(question, kind, visual):
    plan = RulesPlanner().plan(PlanRequest(question)).plan
    assert plan.kind == kind, (question, plan)
    if kind == "animation":
        shown = plan.scenes[0].visual
        assert not isinstance(shown, ImagePlan)
        assert isinstance(shown, visual) if isinstance(visual, type) else shown.kind == visual


def test_a_table_animation_is_still_a_chart():
    import pandas as pd

    table = pd.DataFrame({"year": [2020, 2021, 2022], "members": [10, 20, 35]})
    plan = RulesPlanner().plan(PlanRequest("animate it", table=table)).plan
    assert plan.kind == "animation" and isinstance(plan.scenes[0].visual, ChartPlan)


# ------------------------------------------------------------------------------------ the edges


def test_importing_render_and_the_clip_module_loads_no_torch():
    code = (
        "import sys, render, generators.clip, generators.rules.clip, render.animation_clips; "
        "print(sorted(m for m in ('torch', 'diffusers', 'transformers') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_makes_a_gif_with_the_tiny_clip_model(tmp_path):
    plan = tmp_path / "clip.json"
    plan.write_text(plan_to_json(animation()), encoding="utf-8")
    out = tmp_path / "clip.gif"
    env = {**os.environ, "RENDER_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "render", "make", "--plan", str(plan), "-o", str(out), "--clip-model", "tiny"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert Image.open(out).n_frames == FRAMES
    assert "random weights" in proc.stderr
    assert list((tmp_path / "cache" / "clips").rglob("*.zip")), "the clip was cached"


def _cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


@pytest.mark.gpu
@pytest.mark.skipif(not _cuda(), reason="needs a CUDA GPU")
def test_gpu_makes_the_clip_in_half_precision():
    gen = AnimateDiffGenerator("tiny", cache_dir=None)
    frames = gen.generate_clip(PLAN, 64, 64, FRAMES)
    assert gen.device == "cuda" and gen.dtype in {"bfloat16", "float16"}
    assert len(frames) == FRAMES and all(size_of(f) == (64, 64) for f in frames)

"""Clip scenes: the frames of a generated clip played as the scene's steps.

A scene whose visual is an `ImagePlan` asks the context's clip source (`Context.clips`, diffusers'
AnimateDiff in `generators.clip`) for `scene.frames` PNG frames. Each frame becomes one page (the
frame fitted to the plan's aspect ratio, the caption as real text below it), so the video formats,
the player, the stills and `place` read a clip exactly like any other scene.

For the slide show the scene is one slide holding the clip as an animated GIF picture: PowerPoint
plays an animated GIF in the slide show, so the deck moves as the video does, in one editable
picture instead of sixteen auto-advancing slides.

With no clip source, or when generation fails, the scene is one card that says why and shows the
prompt, and a note says so: a still is never passed off as motion.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from render import frame
from render.animation_scenes import FPS, Shot, Step
from render.image import collect_notes, fit_aspect, pixel_size
from render.layout import ClipSource, Context, Page, Picture, Progress, Rect, Status, accepts
from render.plan import ImagePlan

CLIP_BASE = 512
"""Pixels per side (for a square; other shapes keep the area) asked of the clip source, which may
denoise smaller and resize."""


def generate(plan: ImagePlan, frames: int, ctx: Context) -> tuple[list[bytes], str]:
    """PNG frames from the context's clip source, or none with the reason (also kept as a note)."""
    if ctx.clips is None:
        return [], "No video model is configured, so the clip was not generated."
    width, height = pixel_size(plan.aspect_ratio, base=CLIP_BASE)
    notes, status = collect_notes(ctx)
    try:
        pngs = generate_with(ctx.clips, plan, width, height, frames, progress=ctx.progress, status=status)
        if not pngs or not all(isinstance(p, bytes) and p for p in pngs):
            raise ValueError("the clip source returned no frames")
        return list(pngs), ""
    except Exception as err:  # any generator failure must leave the rest of the answer intact
        return [], f"Clip generation failed: {err}".strip()
    finally:  # fallbacks the generator took (CPU offload…), the test model's remark
        ctx.notes.extend(n for n in notes if n not in ctx.notes)


def generate_with(
    source: ClipSource,
    plan: ImagePlan,
    width: int,
    height: int,
    frames: int,
    *,
    progress: Progress | None = None,
    status: Status | None = None,
) -> list[bytes]:
    """`source.generate_clip(…)` with the extras it accepts: one-method fakes fit."""
    extra: dict[str, Any] = {}
    for name, value in (("progress", progress), ("status", status)):
        if value is not None and accepts(source.generate_clip, name):
            extra[name] = value
    return source.generate_clip(plan, width, height, frames, **extra)


def gif(pngs: list[bytes], fps: int, *, loop: bool = True) -> bytes:
    """The frames as one animated GIF (Pillow), each shown 1/fps seconds, with one shared palette."""
    from PIL import Image

    frames = [Image.open(io.BytesIO(p)).convert("RGB") for p in pngs]
    # one palette for the clip, from a few frames side by side: per-frame palettes cost seconds
    sample = frames[:: max(1, len(frames) // 4)][:4]
    w, h = sample[0].size
    montage = Image.new("RGB", (w * len(sample), h))
    for k, im in enumerate(sample):
        montage.paste(im, (k * w, 0))
    montage.thumbnail((1024, 1024))
    palette = montage.quantize(colors=255, method=Image.Quantize.MEDIANCUT)
    images = [im.quantize(palette=palette, dither=Image.Dither.NONE) for im in frames]
    out = io.BytesIO()
    images[0].save(
        out,
        format="GIF",
        save_all=True,
        append_images=images[1:],
        duration=round(1000 / fps),
        disposal=1,
        **({"loop": 0} if loop else {}),
    )
    return out.getvalue()


class ClipPart:
    """A clip scene: one page per generated frame, or one honest card when there are none."""

    def __init__(self, scene: Any, ctx: Context, where: str):
        self.scene, self.ctx, self.where = scene, ctx, where
        self.image: ImagePlan = scene.visual
        self.fps: int = scene.fps
        self.pngs, reason = generate(self.image, scene.frames, ctx)
        if reason:
            note = f"{where}: {reason} Its prompt is shown instead: “{self.image.prompt}”."
            if note not in ctx.notes:
                ctx.notes.append(note)
        self.pages = [self._page(Picture(Rect(0, 0, 0, 0), png)) for png in self.pngs] or [
            self._placeholder(reason)
        ]

    @property
    def caption(self) -> str:
        return self.scene.caption or self.image.caption

    def _areas(self) -> tuple[Page, Rect, Rect | None]:
        theme = self.ctx.theme
        page = frame.new_page(self.ctx, self.caption or self.image.prompt[:80], self.image.answer)
        rect = frame.content_rect(theme)
        if not self.caption:
            return page, rect, None
        cap_h = frame.caption_height(theme, rect.h)
        return (
            page,
            Rect(rect.x, rect.y, rect.w, rect.h - cap_h),
            Rect(rect.x, rect.bottom - cap_h + 6, rect.w, cap_h - 6),
        )

    def _page(self, picture: Picture) -> Page:
        page, area, cap = self._areas()
        picture.rect = fit_aspect(area, self.image.aspect_ratio)
        picture.alt = picture.alt or self.image.alt_text or self.image.prompt
        picture.name = "clip"
        page.add(picture)
        if cap is not None:
            page.add(frame.caption(self.caption, cap, self.ctx.theme))
        return page

    def _placeholder(self, reason: str) -> Page:
        page, area, cap = self._areas()
        box = fit_aspect(area, self.image.aspect_ratio)
        page.add(
            frame.placeholder(
                box, f"{reason}\nPrompt: {self.image.prompt}", self.ctx.theme, "clip-placeholder"
            )
        )
        if cap is not None:
            page.add(frame.caption(self.caption, cap, self.ctx.theme))
        return page

    def _hold(self) -> float:
        return self.scene.hold_seconds

    def deck_pages(self) -> list[Page]:
        """One slide: the clip as an animated GIF picture (PowerPoint plays it), or the card."""
        if not self.pngs:
            return [self.pages[0]]
        page = self._page(Picture(Rect(0, 0, 0, 0), gif(self.pngs, self.fps)))
        page.advance_after = len(self.pngs) / self.fps + self._hold()
        return [page]

    def steps(self) -> list[Step]:
        if not self.pngs:
            return [Step(self.pages[0], max(self.scene.hold_seconds, 2.0))]
        last = len(self.pages) - 1
        return [
            Step(page, 1 / self.fps + (self._hold() if i == last else 0.0), f"{i + 1}/{len(self.pages)}")
            for i, page in enumerate(self.pages)
        ]

    def shots(self) -> Iterator[Shot]:
        if not self.pngs:
            yield Shot(self.pages[0], max(round(self.scene.hold_seconds * FPS), 2 * FPS))
            return
        ticks = FPS // self.fps
        hold = round(self._hold() * FPS)
        last = len(self.pages) - 1
        for i, page in enumerate(self.pages):
            yield Shot(page, ticks + (hold if i == last else 0))

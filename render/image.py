"""The image kind: a generated picture with its caption set as real text.

Pixels come from whatever `ImageSource` the context carries (diffusers in `generators/`); this
module only places them. With no generator, or when generation fails, the slot becomes a labelled
frame that says so and shows the prompt: the rest of the answer still renders.
"""

from __future__ import annotations

from typing import Any

from render import frame
from render.layout import (
    Context,
    Element,
    ImageSource,
    Layout,
    Note,
    Picture,
    Progress,
    Rect,
    Status,
    accepts,
)
from render.plan import ImagePlan


def pixel_size(aspect_ratio: str, base: int = 512) -> tuple[int, int]:
    """Width and height with about base² pixels, multiples of 64 as diffusion models need."""
    a, b = (int(v) for v in aspect_ratio.split(":"))
    scale = (base * base / (a * b)) ** 0.5
    return max(64, round(a * scale / 64) * 64), max(64, round(b * scale / 64) * 64)


def fit_aspect(rect: Rect, aspect_ratio: str) -> Rect:
    """The largest rect of the plan's aspect ratio centred in `rect`."""
    a, b = (int(v) for v in aspect_ratio.split(":"))
    w = min(rect.w, rect.h * a / b)
    h = w * b / a
    return Rect(rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2, w, h)


def generate(plan: ImagePlan, ctx: Context) -> tuple[bytes | None, str]:
    """PNG bytes from the context's generator, or None with the reason.

    The generator's remarks reach `ctx.status` live; its `Note`s also land in `ctx.notes`, the notes
    of this render only, however many renders share the generator.
    """
    if ctx.images is None:
        return None, "No image model is configured, so the picture was not generated."
    width, height = pixel_size(plan.aspect_ratio)
    notes, status = collect_notes(ctx)
    try:
        return generate_with(ctx.images, plan, width, height, progress=ctx.progress, status=status), ""
    except Exception as err:  # any generator failure must leave the rest of the answer intact
        reason = f"Image generation failed: {err}".strip()
        ctx.notes.append(reason)
        return None, reason
    finally:  # fallbacks the generator took (smaller size, CPU offload…)
        ctx.notes.extend(notes)


def collect_notes(ctx: Context) -> tuple[list[str], Status]:
    """A status callback for a generator: every remark reaches `ctx.status` live, and its `Note`s are
    kept in the returned list, to land in this render's notes only."""
    notes: list[str] = []

    def status(message: str) -> None:
        if isinstance(message, Note):
            notes.append(str(message))
        if ctx.status is not None:
            ctx.status(message)

    return notes, status


def generate_with(
    source: ImageSource,
    plan: ImagePlan,
    width: int,
    height: int,
    *,
    progress: Progress | None = None,
    status: Status | None = None,
) -> bytes:
    """`source.generate(plan, width, height, …)` with the extras it accepts: one-method fakes fit."""
    extra: dict[str, Any] = {}
    for name, value in (("progress", progress), ("status", status)):
        if value is not None and accepts(source.generate, name):
            extra[name] = value
    return source.generate(plan, width, height, **extra)


def place(plan: ImagePlan, rect: Rect, ctx: Context) -> list[Element]:
    """The picture (or an honest placeholder) inside `rect`, caption below it as text."""
    theme = ctx.theme
    caption_h = frame.caption_height(theme, rect.h) if plan.caption else 0.0
    area = Rect(rect.x, rect.y, rect.w, rect.h - caption_h)
    box = fit_aspect(area, plan.aspect_ratio)
    png, reason = generate(plan, ctx)
    elements: list[Element] = []
    if png is not None:
        elements.append(Picture(box, png, alt=plan.alt_text or plan.prompt, name="image"))
    else:
        elements.append(
            frame.placeholder(box, f"{reason}\nPrompt: {plan.prompt}", theme, "image-placeholder")
        )
    if plan.caption:
        cap = Rect(rect.x, box.bottom + 6, rect.w, max(caption_h - 6, 12))
        elements.append(frame.caption(plan.caption, cap, theme))
    return elements


def layout(plan: ImagePlan, ctx: Context) -> Layout:
    page = frame.new_page(ctx, plan.caption or plan.prompt[:80], plan.answer)
    page.elements.extend(place(plan, frame.content_rect(ctx.theme), ctx))
    return Layout([page], kind="image", title=page.title)

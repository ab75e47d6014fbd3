"""The image source the app hands to `render`: sidebar settings, live progress, and a record of
what was drawn (prompt, seed, steps) so every picture can be shown with what reproduces it.

`generators.diffusion` is imported on the first picture only; torch loads later still, inside it,
and not at all when the picture is already in its disk cache.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from render.plan import ImagePlan

ProgressFn = Callable[[int, int], None]
StatusFn = Callable[[str], None]


@dataclass
class Picture:
    """One generated picture and everything needed to make it again."""

    png: bytes
    prompt: str
    seed: int | None
    steps: int | None
    model: str
    width: int
    height: int

    @property
    def caption(self) -> str:
        steps = f" · {self.steps} step{'s' if self.steps != 1 else ''}" if self.steps else ""
        return f"“{self.prompt}” · seed {self.seed} · {self.model}{steps} · {self.width}×{self.height}"


@dataclass
class ImageMaker:
    """`ImageSource` over `generators.diffusion` with the sidebar's model, steps and size — or over
    the image service at `server` (then `model` is the local fallback when the service is down).

    Progress and remarks are arguments of each `generate` call, never attributes: the generator
    under it is shared by every session of the process. `pictures` records what this maker drew;
    `for_render()` gives each render its own record.
    """

    model: str
    steps: int | None = None
    """Denoising steps when the plan does not say; None: the model's default."""
    size: int | None = None
    """Side of a square picture in pixels (other aspect ratios keep the same area); None: the plan's."""
    server: str | None = None
    """The image service's URL; None: $RENDER_IMAGE_SERVER when set, else this process's model."""
    pictures: list[Picture] = field(default_factory=list)
    """Pictures drawn (or fetched from cache) by this maker, in order."""
    _generator: Any = None

    def generator(self) -> Any:
        if self._generator is None:
            from generators.diffusion import get_image_generator

            self._generator = get_image_generator(self.model, server=self.server)
        return self._generator

    def for_render(self) -> ImageMaker:
        """The same settings and generator with an empty record: one per render, so pictures of
        concurrent or repeated renders never mix."""
        return replace(self, pictures=[])

    def generate(
        self,
        plan: ImagePlan,
        width: int,
        height: int,
        *,
        progress: ProgressFn | None = None,
        status: StatusFn | None = None,
    ) -> bytes:
        from render.image import generate_with, pixel_size

        gen = self.generator()
        if plan.steps is None and self.steps:
            plan = plan.model_copy(update={"steps": self.steps})
        if self.size:
            width, height = pixel_size(plan.aspect_ratio, base=self.size)
        png = generate_with(gen, plan, width, height, progress=progress, status=status)
        spec_steps = getattr(getattr(gen, "spec", None), "steps", None)
        self.pictures.append(
            Picture(png, plan.prompt, plan.seed, plan.steps or spec_steps, self.model, width, height)
        )
        return png


def image_models() -> tuple[list[str], str]:
    """The registry's model names and the default one (no torch import)."""
    try:
        from generators import diffusion
    except ImportError:
        return [], ""
    import os

    chosen = (os.environ.get(diffusion.MODEL_ENV) or "").strip().lower()
    return list(
        diffusion.IMAGE_MODELS
    ), chosen if chosen in diffusion.IMAGE_MODELS else diffusion.DEFAULT_IMAGE_MODEL


def model_label(name: str) -> str:
    try:
        from generators.diffusion import IMAGE_MODELS
    except ImportError:
        return name
    spec = IMAGE_MODELS.get(name)
    return spec.label if spec is not None else name


def device_line(model: str, server: str = "") -> str:
    """Where pictures are made, said without importing torch (or asking the service) before the
    first picture."""
    if server:
        client = None
        if "generators.diffusion" in sys.modules:
            client = sys.modules["generators.diffusion"]._SHARED_CLIENTS.get((server.rstrip("/"), model))
        device = getattr(client, "device", None)
        on = f" ({client.name} on {device})" if client is not None and device else ""
        return f"Images: from the image service {server}{on}; {model} here if it is down."
    gen = None
    if "generators.diffusion" in sys.modules:
        gen = sys.modules["generators.diffusion"]._SHARED.get(model)
    device = getattr(gen, "device", None)
    if device:
        extra = " (CPU offload)" if getattr(gen, "offloaded", False) else ""
        return f"Images: {model} on {device}{extra}."
    return f"Images: {model}; the device (GPU when there is one) is chosen at the first picture."

"""What the local generator, the image service and its client share: cache keys and files, settings'
names, and the pictures a plan asks for.

Why a module of its own: a picture the service made must be a cache hit for a local generator and
the other way round, so both sides compute one key with one function. The client reaches it without
importing `generators.diffusion` (which imports the client to hand it out) or anything heavy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from render.plan import ImagePlan

MODEL_ENV = "RENDER_IMAGE_MODEL"
SERVER_ENV = "RENDER_IMAGE_SERVER"  # http://host:port of `python -m generators.serve`
CACHE_ENV = "RENDER_CACHE_DIR"
CACHE_SWITCH_ENV = "RENDER_IMAGE_CACHE"  # 0 disables the disk cache
CACHE_VERSION = 1
DEFAULT_SEED = 0


def cache_key(plan: ImagePlan, width: int, height: int, *, model: str, default_steps: int | None) -> str:
    """sha256 of everything that decides the pixels a user asked for.

    `model` is the model's source (repo id or folder; the registry name for models built in code)
    and `default_steps` the steps it uses when the plan names none.
    """
    fields = key_fields(plan, width, height, model=model, default_steps=default_steps)
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def key_fields(
    plan: ImagePlan, width: int, height: int, *, model: str, default_steps: int | None
) -> dict[str, Any]:
    """What decides a generated picture's pixels (a clip adds its frame count to these)."""
    return {
        "v": CACHE_VERSION,
        "model": model,
        "prompt": plan.prompt,
        "negative": plan.negative_prompt,
        "style": plan.style,
        "seed": DEFAULT_SEED if plan.seed is None else plan.seed,
        "steps": plan.steps or default_steps,
        "size": [width, height],
    }


def default_cache_dir() -> Path | None:
    """$RENDER_CACHE_DIR, else the user cache folder; None when $RENDER_IMAGE_CACHE=0."""
    if os.environ.get(CACHE_SWITCH_ENV, "").strip().lower() in {"0", "false", "no", "off"}:
        return None
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "visual-answers" / "images"


def cache_file(cache_dir: Path, key: str) -> Path:
    """Where the picture with this key lives: two-character shards keep folders small."""
    return cache_dir / key[:2] / f"{key}.png"


def read_cached(cache_dir: Path | None, key: str) -> bytes | None:
    if cache_dir is None:
        return None
    path = cache_file(cache_dir, key)
    with contextlib.suppress(OSError):
        if path.is_file():
            return path.read_bytes()
    return None


def write_cached(cache_dir: Path, key: str, png: bytes) -> None:
    """Write then rename, so a reader (another process, another machine on a shared folder) never
    sees half a PNG. Raises OSError when the folder is not writable."""
    path = cache_file(cache_dir, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(png)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def image_plans(plan: Any) -> list[ImagePlan]:
    """Every picture a plan will ask for (image answers, image slides, infographic heroes)."""
    from pydantic import BaseModel

    from render.plan import ImagePlan

    found: list[ImagePlan] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, ImagePlan):
            found.append(obj)
        elif isinstance(obj, BaseModel):
            for field_name in type(obj).model_fields:
                if field_name == "image" and getattr(obj, "layout", "image") != "image":
                    continue  # a slide only draws its picture in the image layout
                walk(getattr(obj, field_name))
        elif isinstance(obj, list | tuple):
            for item in obj:
                walk(item)

    walk(plan)
    return found


def size_groups(plan: Any) -> dict[tuple[int, int], list[ImagePlan]]:
    """A plan's pictures by pixel size: each group is one batched call (`prefetch`)."""
    from render.image import pixel_size

    groups: dict[tuple[int, int], list[ImagePlan]] = {}
    for p in image_plans(plan):
        groups.setdefault(pixel_size(p.aspect_ratio), []).append(p)
    return groups

"""Themes are data (`assets/themes/*.json`); this module only loads them.

The default palette is Okabe–Ito, which stays distinguishable under the common colour-vision
deficiencies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
THEMES = ASSETS / "themes"


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    surface: str
    text: str
    muted: str
    line: str
    accent: str
    on_accent: str
    palette: tuple[str, ...]
    font: str
    font_fallbacks: tuple[str, ...]
    title_size: float
    heading_size: float
    body_size: float
    small_size: float
    plotly_template: str

    @property
    def font_stack(self) -> str:
        """CSS font-family list: our measured font first, then fonts covering CJK, Arabic, emoji."""
        names = [self.font, *self.font_fallbacks]
        return ", ".join(n if n in {"sans-serif", "serif"} else f"'{n}'" for n in names)

    def color(self, i: int) -> str:
        return self.palette[i % len(self.palette)]


def available_themes() -> list[str]:
    return sorted(p.stem for p in THEMES.glob("*.json"))


@lru_cache(maxsize=16)
def get_theme(name: str | Theme = "light") -> Theme:
    """Load a theme by name (`light`, `dark`) or from a JSON file path."""
    if isinstance(name, Theme):
        return name
    path = Path(name) if str(name).endswith(".json") else THEMES / f"{name}.json"
    if not path.is_file():
        raise ValueError(f"unknown theme {name!r}; available: {', '.join(available_themes())}")
    raw = json.loads(path.read_text(encoding="utf-8"))
    known = {f.name for f in fields(Theme)}
    missing = known - raw.keys()
    if missing:
        raise ValueError(f"theme {path.name} lacks {sorted(missing)}")
    raw = {k: v for k, v in raw.items() if k in known}
    raw["palette"] = tuple(raw["palette"])
    raw["font_fallbacks"] = tuple(raw["font_fallbacks"])
    return Theme(**raw)

"""Themes are data (`assets/themes/*.json`); this module only loads them.

The default palette is Okabe–Ito, which stays distinguishable under the common colour-vision
deficiencies.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, dataclass, fields
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
    # Spacing tokens shared by every page layout (points on a 960 × 540 page). A theme file may set
    # them; older theme files without them get these defaults.
    margin: float = 40.0
    """Page margin on the left and right, and above the header."""
    margin_bottom: float = 28.0
    """Space below the last content (and below the footer band)."""
    gap: float = 20.0
    """Between blocks of a page."""
    header_gap: float = 20.0
    """Between the page header (title band) and the body."""
    footer_band: float = 32.0
    """Reserved at the bottom of pages that carry a footer (page number, source)."""
    page_width: float = 960.0
    """Page size in points: 960 × 540 is a 16:9 slide; a 4:3 template gives 720 × 540. Every layout
    reads the page size from here, so a deck lays out for the slides it will be painted on."""
    page_height: float = 540.0
    heading_font: str = ""
    """Font of titles and headings (a template's major font); empty: the body `font`."""
    template: str = ""
    """A .pptx/.potx file whose master and layouts the PowerPoint export builds on (logo, footers);
    empty: a plain presentation. See `render.template`."""

    @property
    def font_stack(self) -> str:
        """CSS font-family list: our measured font first, then fonts covering CJK, Arabic, emoji."""
        return self.stack(self.font)

    @property
    def title_font(self) -> str:
        return self.heading_font or self.font

    def stack(self, font: str) -> str:
        """CSS font-family list for `font`, then the theme's fallbacks (our measured font among them)."""
        names = list(dict.fromkeys([font, self.font, *self.font_fallbacks, "DejaVu Sans"]))
        if "sans-serif" in names:  # the generic family goes last
            names = [n for n in names if n != "sans-serif"] + ["sans-serif"]
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
    required = {f.name for f in fields(Theme) if f.default is MISSING}
    missing = required - raw.keys()
    if missing:
        raise ValueError(f"theme {path.name} lacks {sorted(missing)}")
    raw = {k: v for k, v in raw.items() if k in known}
    raw["palette"] = tuple(raw["palette"])
    raw["font_fallbacks"] = tuple(raw["font_fallbacks"])
    return Theme(**raw)


# Colour arithmetic shared by every renderer (tints, readable text colours, heat scales).


def to_rgb(color: str) -> tuple[float, float, float]:
    """'#RRGGBB' or '#RGB' as channels in 0…1."""
    c = color.lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    return int(c[0:2], 16) / 255, int(c[2:4], 16) / 255, int(c[4:6], 16) / 255


def to_hex(rgb: tuple[float, float, float] | list[float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02X}" for v in rgb)


def hex_digits(color: str) -> str:
    """'#abc' or '#AABBCC' as the six upper-case digits DrawingML and python-pptx's RGBColor take."""
    return to_hex(to_rgb(color))[1:]


def mix(a: str, b: str, t: float) -> str:
    """The colour `t` of the way from `a` to `b` (0 → a, 1 → b)."""
    t = max(0.0, min(1.0, t))
    return to_hex([x + (y - x) * t for x, y in zip(to_rgb(a), to_rgb(b), strict=True)])


def luminance(color: str) -> float:
    """WCAG relative luminance."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in to_rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable_on(fill: str) -> str:
    """Black or white, whichever reads better as text on `fill`."""
    return "#111111" if luminance(fill) > 0.35 else "#FFFFFF"


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 … 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

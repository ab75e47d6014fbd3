"""Your own look: a PowerPoint template (.pptx/.potx) or a brand (colours + a font) as a `Theme`.

A template gives the theme colours (its colour scheme, through the master's colour map), the fonts
(major for titles, minor for body), the slide size (a 4:3 template lays out for 4:3) and the room its
master decorations take (a logo, a footer), which the page margins keep clear. The PowerPoint export
then builds every slide on the template's own layouts (`render.pptx_template`), so the master's logo
and footers appear, while the SVG/PNG previews paint with the same colours and fonts.

Only the standard library reads the file here: `import render` stays free of python-pptx.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree as ET

from render.theme import Theme, contrast, get_theme, mix, readable_on, to_hex, to_rgb

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
EMU_PER_PT = 12700
SCHEME = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6")
FOOTER_TYPES = ("dt", "ftr", "sldNum")


class TemplateError(ValueError):
    """The file is not a PowerPoint presentation or template we can read."""


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class TemplateInfo:
    """What a template says about the look of a deck (points, '#RRGGBB' colours)."""

    path: str
    width: float
    height: float
    colors: dict[str, str]
    """The colour scheme by slot (dk1, lt1, dk2, lt2, accent1…accent6)."""
    text: str
    background: str
    major_font: str
    minor_font: str
    decorations: tuple[Box, ...] = field(default_factory=tuple)
    """Where the master draws things of its own (a logo, a band, footer placeholders)."""
    slide_number: bool = False
    """The master has a slide-number placeholder: the export shows the template's page numbers."""


def _read(z: zipfile.ZipFile, name: str) -> ET.Element:
    try:
        return ET.fromstring(z.read(name))
    except KeyError:
        raise TemplateError(f"the template lacks {name}") from None
    except ET.ParseError as err:
        raise TemplateError(f"the template's {name} is not valid XML: {err}") from None


def _rels(z: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship type (last word) → target part name, for one part."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    if rels_name not in z.namelist():
        return {}
    out: dict[str, str] = {}
    for rel in _read(z, rels_name).iter(_REL):
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        out.setdefault(kind, posixpath.normpath(posixpath.join(folder, target)).lstrip("/"))
    return out


def _color(el: ET.Element | None, scheme: dict[str, str] | None = None) -> str | None:
    """The colour of a DrawingML colour choice (srgbClr, sysClr, schemeClr through `scheme`)."""
    if el is None:
        return None
    for child in el.iter():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "srgbClr" and child.get("val"):
            return "#" + child.get("val", "").upper()
        if tag == "sysClr":
            last = child.get("lastClr") or ("FFFFFF" if child.get("val") == "window" else "000000")
            return "#" + last.upper()
        if tag == "schemeClr" and scheme is not None:
            return scheme.get(child.get("val", ""))
    return None


def _emu_box(xfrm: ET.Element | None) -> Box | None:
    if xfrm is None:
        return None
    off, ext = xfrm.find("a:off", NS), xfrm.find("a:ext", NS)
    if off is None or ext is None:
        return None
    try:
        x, y = int(off.get("x", 0)), int(off.get("y", 0))
        w, h = int(ext.get("cx", 0)), int(ext.get("cy", 0))
    except ValueError:
        return None
    return Box(x / EMU_PER_PT, y / EMU_PER_PT, w / EMU_PER_PT, h / EMU_PER_PT)


def _decorations(master: ET.Element) -> tuple[list[Box], bool]:
    """Boxes of what the master draws on every slide: pictures and shapes that are not
    placeholders, plus footer placeholders (date, footer, slide number) that hold text or fields."""
    tree = master.find("p:cSld/p:spTree", NS)
    boxes: list[Box] = []
    slide_number = False
    if tree is None:
        return boxes, slide_number
    for shape in tree:
        tag = shape.tag.rsplit("}", 1)[-1]
        if tag not in ("sp", "pic", "grpSp", "graphicFrame", "cxnSp"):
            continue
        ph = shape.find(".//p:nvPr/p:ph", NS)
        found = (shape.find(q, NS) for q in ("p:spPr/a:xfrm", "p:grpSpPr/a:xfrm", "p:xfrm"))
        box = _emu_box(next((x for x in found if x is not None), None))
        if ph is None:
            if box is not None:
                boxes.append(box)
            continue
        kind = ph.get("type", "")
        if kind in FOOTER_TYPES and box is not None:
            if kind == "sldNum":
                slide_number = True
            boxes.append(box)
    return boxes, slide_number


@lru_cache(maxsize=8)
def read_template(path: str) -> TemplateInfo:
    """Read colours, fonts, slide size and master decorations from a .pptx or .potx file."""
    file = Path(path)
    if not file.is_file():
        raise TemplateError(f"template file not found: {path}")
    try:
        z = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError) as err:
        raise TemplateError(f"{file.name} is not a PowerPoint file (.pptx/.potx): {err}") from None
    with z:
        pres = _read(z, "ppt/presentation.xml")
        size = pres.find("p:sldSz", NS)
        width = int(size.get("cx", 12192000)) / EMU_PER_PT if size is not None else 960.0
        height = int(size.get("cy", 6858000)) / EMU_PER_PT if size is not None else 540.0
        master_name = _rels(z, "ppt/presentation.xml").get("slideMaster") or next(
            (n for n in z.namelist() if n.startswith("ppt/slideMasters/")), None
        )
        if master_name is None:
            raise TemplateError(f"{file.name} has no slide master")
        master = _read(z, master_name)
        theme_name = _rels(z, master_name).get("theme") or "ppt/theme/theme1.xml"
        theme = _read(z, theme_name)
    scheme_el = theme.find("a:themeElements/a:clrScheme", NS)
    raw = {}
    if scheme_el is not None:
        for slot in SCHEME:
            c = _color(scheme_el.find(f"a:{slot}", NS))
            if c:
                raw[slot] = c
    raw.setdefault("dk1", "#000000")
    raw.setdefault("lt1", "#FFFFFF")
    # The master's colour map says which slots are the text and background (a dark template maps
    # bg1 to dk1); scheme colours elsewhere are resolved through it.
    cmap_el = master.find("p:clrMap", NS)
    cmap = dict(cmap_el.attrib) if cmap_el is not None else {}
    resolved = dict(raw)
    for alias, default in (("bg1", "lt1"), ("tx1", "dk1"), ("bg2", "lt2"), ("tx2", "dk2")):
        resolved[alias] = raw.get(cmap.get(alias, default), raw.get(default, ""))
    text = resolved["tx1"] or "#000000"
    background = resolved["bg1"] or "#FFFFFF"
    bg = master.find("p:cSld/p:bg", NS)
    if bg is not None:
        fill = bg.find("p:bgPr/a:solidFill", NS)
        ref = bg.find("p:bgRef", NS)
        found = _color(fill, resolved) if fill is not None else _color(ref, resolved)
        if found:
            background = found
    fonts = theme.find("a:themeElements/a:fontScheme", NS)

    def typeface(kind: str) -> str:
        el = fonts.find(f"a:{kind}/a:latin", NS) if fonts is not None else None
        name = (el.get("typeface", "") if el is not None else "").strip()
        return "" if name.startswith("+") else name

    boxes, slide_number = _decorations(master)
    return TemplateInfo(
        path=str(file),
        width=round(width, 2),
        height=round(height, 2),
        colors=raw,
        text=text,
        background=background,
        major_font=typeface("majorFont"),
        minor_font=typeface("minorFont"),
        decorations=tuple(boxes),
        slide_number=slide_number,
    )


# ----------------------------------------------------------------------------------------- to a theme


def _legible(color: str, background: str, toward: str, ratio: float) -> str:
    """`color` moved toward `toward` until it reaches `ratio` against `background`."""
    out = color
    for step in range(1, 21):
        if contrast(out, background) >= ratio:
            return out
        out = mix(color, toward, step / 20)
    return out


def _vivid(color: str) -> bool:
    r, g, b = to_rgb(color)
    return max(r, g, b) - min(r, g, b) > 0.15


def _derive(base: Theme, text: str, background: str, accents: list[str], **extra: object) -> Theme:
    """A complete theme from a text colour, a background and brand accents: surfaces, lines and
    muted text are mixed from the two, and kept readable (WCAG 4.5:1 for text)."""
    surface = mix(background, text, 0.05)
    muted = _legible(mix(text, background, 0.38), surface, text, 4.6)
    line = mix(text, background, 0.78)
    accents = [a for a in accents if a] or [base.accent]
    accent = accents[0]
    on_accent = max((background, text, "#FFFFFF", "#111111"), key=lambda c: contrast(c, accent))
    palette = list(dict.fromkeys(accents + [c for c in base.palette if c not in accents]))
    # Marks must stand out from the page: a palette colour too close to the background goes last.
    palette.sort(key=lambda c: contrast(c, background) < 1.5)
    return replace(
        base,
        text=text,
        background=background,
        surface=surface,
        muted=muted,
        line=line,
        accent=accent,
        on_accent=on_accent,
        palette=tuple(palette[:8]),
        plotly_template="plotly_dark" if contrast(background, "#000000") < 7 else "plotly_white",
        **extra,  # type: ignore[arg-type]
    )


def _margins(info: TemplateInfo, base: Theme) -> dict[str, float]:
    """Margins that keep content clear of the master's decorations near the page edges (a logo in
    a corner, a footer strip). Large shapes (bands, full-page art) are backgrounds, not kept clear."""
    margin, bottom = base.margin, base.margin_bottom
    page_area = info.width * info.height
    for box in info.decorations:
        if box.w * box.h > 0.25 * page_area or box.w <= 0 or box.h <= 0:
            continue
        centre = box.y + box.h / 2
        if centre > info.height * 0.75:  # bottom strip: the body ends above it
            bottom = max(bottom, info.height - box.y + 6)
        elif centre < info.height * 0.2:  # top strip: the title starts below it
            margin = max(margin, box.bottom + 8)
    margin = min(margin, info.height * 0.25)
    bottom = min(bottom, info.height * 0.25)
    return {"margin": round(margin, 1), "margin_bottom": round(bottom, 1)}


def theme_from_template(path: str | Path, base: str | Theme = "light") -> Theme:
    """The theme a template implies: its colours, fonts, slide size and clear margins."""
    info = read_template(str(Path(path).resolve()))
    start = get_theme(base)
    accents = [info.colors[k] for k in SCHEME[4:] if k in info.colors]
    vivid = [a for a in accents if _vivid(a)] or accents
    extra: dict[str, object] = {
        "name": f"template:{Path(info.path).stem}",
        "page_width": info.width,
        "page_height": info.height,
        "template": info.path,
        **_margins(info, start),
    }
    if info.minor_font:
        extra["font"] = info.minor_font
    if info.major_font:
        extra["heading_font"] = info.major_font
    # A 4:3 slide is narrower: scale the title down a step so titles keep their line count.
    if info.width / max(info.height, 1) < 1.5:
        extra["title_size"] = min(start.title_size, 28.0)
    return _derive(start, info.text, info.background, vivid, **extra)


_HEX = re.compile(r"^#?(?:[0-9a-fA-F]{3}){1,2}$")


def brand_theme(spec: str, base: str | Theme = "light") -> Theme:
    """A brand without a template: 'PRIMARY,SECONDARY…,FONT' (e.g. '#0A66C2,#F5A623,Inter').

    Colours become the accent and palette (the first is the accent), a name that is not a colour is
    the font of titles and text. The rest comes from `base`.
    """
    parts = [p.strip() for p in spec.split(",") if p.strip()]
    colors = [to_hex(to_rgb(p if p.startswith("#") else "#" + p)) for p in parts if _HEX.match(p)]
    fonts = [p for p in parts if not _HEX.match(p)]
    if not colors and not fonts:
        raise ValueError(f"brand {spec!r}: give colours like '#0A66C2' and/or a font name, comma-separated")
    start = get_theme(base)
    extra: dict[str, object] = {"name": f"brand:{spec[:40]}"}
    if fonts:
        extra["font"] = fonts[0]
        extra["heading_font"] = fonts[1] if len(fonts) > 1 else fonts[0]
    accent = colors[0] if colors else start.accent
    # A light brand colour still marks shapes; text in it is darkened where it needs to be read.
    accents = [accent, *colors[1:]]
    theme = _derive(start, start.text, start.background, accents, **extra)
    return replace(theme, on_accent=readable_on(theme.accent))

"""SVG painter: draws `Layout` pages exactly as laid out (screen preview, PNG, HTML).

Text arrives wrapped and sized by `render.layout.text_box`; this painter only positions lines.
Every string is XML-escaped here, at the one place text becomes markup.
"""

from __future__ import annotations

import base64
import math
import re
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

from render import deadline
from render import text as textmod
from render.layout import (
    Arc,
    ChartSlot,
    Connector,
    Element,
    Grid,
    Layout,
    Page,
    Path,
    PathStep,
    Picture,
    Rect,
    Shape,
    TextBox,
    bullet_indent,
    geometry_inset,
    polygon,
    visual_align,
)
from render.theme import Theme

SVG_NS = "http://www.w3.org/2000/svg"
PAGE_GAP = 24.0


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def geometry_path(rect: Rect, geometry: str) -> tuple[str, dict[str, str]]:
    """SVG element name and attributes for a shape outline."""
    x, y, w, h = rect.x, rect.y, rect.w, rect.h
    if geometry in ("rect", "rounded"):
        attrs = {"x": _num(x), "y": _num(y), "width": _num(w), "height": _num(h)}
        if geometry == "rounded":
            attrs["rx"] = _num(geometry_inset(geometry, w, h))
        return "rect", attrs
    if geometry == "ellipse" and abs(w - h) < 0.01:
        return "circle", {"cx": _num(x + w / 2), "cy": _num(y + h / 2), "r": _num(w / 2)}
    if geometry == "ellipse":
        return "ellipse", {"cx": _num(x + w / 2), "cy": _num(y + h / 2), "rx": _num(w / 2), "ry": _num(h / 2)}
    pts = polygon(rect, geometry)
    if pts is None:
        raise ValueError(f"unknown geometry {geometry!r}")
    return "polygon", {"points": " ".join(f"{_num(px)},{_num(py)}" for px, py in pts)}


_NEEDS_QUOTING = re.compile('[&<>"\n\r\t]')


def _attrs(attrs: dict[str, str]) -> str:
    """Attributes, escaped. Most values are numbers and colours: writing those as they are keeps a
    chart with thousands of marks quick to paint."""
    return " ".join(
        f"{k}={quoteattr(v)}" if _NEEDS_QUOTING.search(v) else f'{k}="{v}"' for k, v in attrs.items()
    )


_ANCHOR = {"left": "start", "center": "middle", "right": "end"}


def text_svg(box: TextBox, font_stack: str) -> str:
    """Lines of a TextBox as <text> elements, positioned like the PowerPoint painter places them.

    Each <text> carries its own font, size, colour and rotation, so a line read on its own (by a
    test, a screen reader, a copy-paste) says how it is drawn.
    """
    lh = box.size * textmod.LINE_HEIGHT
    height = box.text_height
    top = box.rect.y
    if box.valign == "middle":
        top += (box.rect.h - height) / 2
    elif box.valign == "bottom":
        top += box.rect.h - height
    attrs = f'font-family={quoteattr(font_stack)} font-size="{_num(box.size)}" fill="{box.color}"'
    if box.bold:
        attrs += ' font-weight="bold"'
    if box.italic:
        attrs += ' font-style="italic"'
    if box.rotation:
        r = box.rect
        attrs += f' transform="rotate({_num(box.rotation)} {_num(r.x + r.w / 2)} {_num(r.y + r.h / 2)})"'
    out = []
    y = top
    for i, para in enumerate(box.paragraphs):
        if i:
            y += 0.35 * lh  # PARA_GAP, as in layout.TextBox.text_height
        rtl = textmod.is_rtl(para.text)
        align = visual_align(box.align, rtl)
        indent = para.indent(box.size)
        # Anchors are visual (left/right edge); the bidi algorithm orders the glyphs. `direction`
        # flips start/end anchors in browsers but not in resvg, so only a centred right-to-left line
        # gets it: the middle means the same in both, and the line's base direction is right.
        direction = ' direction="rtl"' if rtl and align == "center" else ""
        for j, line in enumerate(para.lines):
            baseline = y + lh / 2 + box.size * 0.35
            left, right = box.rect.x, box.rect.right
            if rtl:
                right -= indent
            else:
                left += indent
            if para.bullet and j == 0:
                step = bullet_indent(box.size) * para.level
                bx = box.rect.right - step if rtl else box.rect.x + step
                anchor = "end" if rtl else "start"
                out.append(
                    f'<text x="{_num(bx)}" y="{_num(baseline)}" text-anchor="{anchor}" {attrs}>'
                    f"{escape(para.bullet)}</text>"
                )
            x = {"left": left, "center": (left + right) / 2, "right": right}[align]
            out.append(
                f'<text x="{_num(x)}" y="{_num(baseline)}" text-anchor="{_ANCHOR[align]}" {attrs}{direction}'
                f' xml:space="preserve">{_runs(line, font_stack)}</text>'
            )
            y += lh
    return "".join(out)


def _runs(line: str, font_stack: str) -> str:
    """The line's text, its runs of a script only a Noto face draws (`render.text.SCRIPT_FONTS`) in a
    tspan naming that face, when Latin letters share the line: resvg picks one face per span from its
    first letter, so "मासिक बिक्री (crore)" drew its Latin or its Devanagari as empty boxes."""
    found = next(((rx, name) for rx, name in textmod.SCRIPT_FONTS if rx.search(line)), None)
    if found is None or not re.search(r"[A-Za-z]", line):
        return escape(line)
    letters, name = found
    family = escape(f"'Noto Sans {name}', {font_stack}", {'"': "&quot;"})
    out, run, script = [], "", False
    for ch in line:
        mine = bool(letters.match(ch)) or (script and not re.match(r"[A-Za-z0-9]", ch))
        if mine != script and run:
            out.append(f'<tspan font-family="{family}">{escape(run)}</tspan>' if script else escape(run))
            run = ""
        script, run = mine, run + ch
    out.append(f'<tspan font-family="{family}">{escape(run)}</tspan>' if script else escape(run))
    return "".join(out)


def path_d(steps: list[PathStep], closed: bool) -> str:
    """SVG path data: straight steps as lines, arcs as SVG arcs of at most 180° each (a whole
    circle is two), so the outline is exact at any zoom."""
    parts: list[str] = []

    def to(point: tuple[float, float]) -> None:
        parts.append(f"{'L' if parts else 'M'}{_num(point[0])},{_num(point[1])}")

    for step in steps:
        if not isinstance(step, Arc):
            to(step)
            continue
        to(step.first)
        pieces = max(1, math.ceil(abs(step.sweep) / 180 - 1e-9))
        flag = 1 if step.sweep > 0 else 0
        for k in range(1, pieces + 1):
            x, y = step.at(step.start + step.sweep * k / pieces)
            parts.append(f"A{_num(step.r)},{_num(step.r)} 0 0 {flag} {_num(x)},{_num(y)}")
    if closed and parts:
        parts.append("Z")
    return " ".join(parts)


def _paint(attrs: dict[str, str], fill: str | None, opacity: float, stroke: str | None, width: float) -> None:
    attrs["fill"] = fill or "none"
    if fill and opacity < 1:
        attrs["fill-opacity"] = _num(opacity)
    if stroke and width > 0:
        attrs["stroke"] = stroke
        attrs["stroke-width"] = _num(width)


def _marker_id(color: str) -> str:
    return "arrow-" + color.lstrip("#").lower()


def element_svg(el: Element, theme: Theme, markers: set[str]) -> str:
    if isinstance(el, Shape):
        tag, attrs = geometry_path(el.rect, el.geometry)
        _paint(attrs, el.fill, el.opacity, el.stroke, el.stroke_width)
        body = f"<{tag} {_attrs(attrs)}/>"
        return body + (text_svg(el.text, theme.stack(el.text.font or theme.font)) if el.text else "")
    if isinstance(el, Grid):
        out = "".join(element_svg(cell, theme, markers) for row in el.cells for cell in row)
        if el.rule:
            for row in el.cells[1:]:
                y, r = row[0].rect.y, el.rect
                out += (
                    f'<line x1="{_num(r.x)}" y1="{_num(y)}" x2="{_num(r.right)}" y2="{_num(y)}" '
                    f'stroke="{el.rule}" stroke-width="0.75"/>'
                )
        return f'<g class="table" data-name={quoteattr(el.name)}>{out}</g>'
    if isinstance(el, Path):
        attrs = {"d": path_d(el.steps, el.closed)}
        _paint(attrs, el.fill, el.opacity, el.stroke, el.stroke_width)
        attrs["stroke-linejoin"] = "round"
        return f"<path {_attrs(attrs)}/>"
    if isinstance(el, TextBox):
        return text_svg(el, theme.stack(el.font or theme.font))
    if isinstance(el, Connector):
        d = "M" + " L".join(f"{_num(x)},{_num(y)}" for x, y in el.points)
        attrs = {
            "d": d,
            "fill": "none",
            "stroke": el.color,
            "stroke-width": _num(el.width),
            "stroke-linejoin": "round",
        }
        if el.dashed:
            attrs["stroke-dasharray"] = f"{_num(el.width * 4)},{_num(el.width * 3)}"
        if el.arrow:
            markers.add(el.color)
            attrs["marker-end"] = f"url(#{_marker_id(el.color)})"
        out = f"<path {_attrs(attrs)}/>"
        if el.label:
            r = el.label.rect
            out += (
                f'<rect x="{_num(r.x)}" y="{_num(r.y)}" width="{_num(r.w)}" height="{_num(r.h)}" '
                f'rx="3" fill="{theme.background}" fill-opacity="0.92"/>'
            )
            out += text_svg(el.label, theme.font_stack)
        return out
    if isinstance(el, Picture):
        data = base64.b64encode(el.png).decode("ascii")
        r = el.rect
        return (
            f'<image x="{_num(r.x)}" y="{_num(r.y)}" width="{_num(r.w)}" height="{_num(r.h)}" '
            f'preserveAspectRatio="xMidYMid slice" href="data:{_mime(el.png)};base64,{data}">'
            f"<title>{escape(el.alt)}</title></image>"
        )
    if isinstance(el, ChartSlot):
        # The chart as ordinary elements, in a group that says which chart they draw.
        from render.chart_draw import lower_slot

        body = "".join(element_svg(part, theme, markers) for part in lower_slot(el, theme))
        attrs = {
            "class": "chart",
            "data-name": el.name or "chart",
            "data-chart-type": el.chart.chart_type.value,
        }
        return f"<g {_attrs(attrs)}>{body}</g>"
    raise TypeError(f"cannot paint {type(el).__name__}")


def _defs(markers: set[str]) -> str:
    if not markers:
        return ""
    parts = [
        f'<marker id="{_marker_id(c)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
        for c in sorted(markers)
    ]
    return "<defs>" + "".join(parts) + "</defs>"


def page_group(page: Page, theme: Theme, dy: float = 0.0) -> str:
    markers: set[str] = set()
    parts = []
    for el in page.elements:
        deadline.check()
        parts.append(element_svg(el, theme, markers))
    body = "".join(parts)
    bg = f'<rect x="0" y="0" width="{_num(page.width)}" height="{_num(page.height)}" fill="{page.background}"/>'
    transform = f' transform="translate(0,{_num(dy)})"' if dy else ""
    return f"<g{transform}>{_defs(markers)}{bg}{body}</g>"


def page_svg(page: Page, theme: Theme, title: str = "") -> str:
    """One page as a standalone SVG document."""
    return _document([page], theme, title or page.title)


def layout_svg(layout: Layout, theme: Theme) -> str:
    """All pages of a layout stacked vertically in one SVG document."""
    return _document(layout.pages, theme, layout.title)


def _document(pages: list[Page], theme: Theme, title: str) -> str:
    width = max(p.width for p in pages)
    height = sum(p.height for p in pages) + PAGE_GAP * (len(pages) - 1)
    groups, y = [], 0.0
    for p in pages:
        groups.append(page_group(p, theme, y))
        y += p.height + PAGE_GAP
    head = (
        f'<svg xmlns="{SVG_NS}" viewBox="0 0 {_num(width)} {_num(height)}" '
        f'width="{_num(width)}" height="{_num(height)}" role="img">'
    )
    return head + (f"<title>{escape(title)}</title>" if title else "") + "".join(groups) + "</svg>"


SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",  # code on slides (fonts-dejavu-core)
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
)


def _script_fonts(svg: str) -> list[str]:
    """The Noto faces of the scripts in the SVG that neither the bundled font nor Noto CJK draws
    (`render.text.SCRIPT_FONTS`), loaded only when it has their letters: a Hindi chart's labels had
    been empty boxes."""
    from pathlib import Path

    files = []
    for letters, name in textmod.SCRIPT_FONTS:
        if letters.search(svg):
            files += [
                str(f) for f in (textmod.script_font(name, "Regular"), textmod.script_font(name, "Bold"))
            ]
    return [f for f in files if Path(f).is_file()]


@lru_cache(maxsize=1)
def _font_files() -> list[str]:
    """Our bundled font plus the CJK and emoji fonts when installed (fonts-noto-cjk, fonts-noto-color-emoji).

    Loading only these, not every system font, keeps glyph fallback deterministic: otherwise resvg
    may pick a serif CJK face for a sans-serif page.
    """
    from pathlib import Path

    return [str(p) for p in sorted(textmod.FONTS.glob("*.ttf"))] + [
        f for f in SYSTEM_FONTS if Path(f).is_file()
    ]


MAX_PIXELS = 40_000_000
"""Pixels in one PNG (160 MB of RGBA): a long deck is drawn at a smaller zoom instead of taking
gigabytes (100 slides at the default zoom of 2 would be 215 million pixels)."""
_SIZE = re.compile(r'<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"')


def png_scale(svg: str, scale: float) -> float:
    """The zoom `to_png` uses: `scale`, lowered so the picture stays within `MAX_PIXELS`."""
    m = _SIZE.match(svg)
    if m is None:
        return scale
    area = float(m.group(1)) * float(m.group(2))
    if area * scale * scale <= MAX_PIXELS:
        return scale
    return math.sqrt(MAX_PIXELS / max(area, 1.0))


@lru_cache(maxsize=32)
def font_file(family: str) -> str | None:
    """The installed font file of `family` (fontconfig), or None: a template's or brand's font is
    drawn in the PNG preview when the machine has it, else the bundled fallbacks draw the text."""
    import shutil
    import subprocess

    if not family or not shutil.which("fc-match"):
        return None
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{family}|%{file}", family], capture_output=True, text=True, timeout=5
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    names, _, path = found.partition("|")
    if family.casefold() in (n.strip().casefold() for n in names.split(",")) and path:
        return path
    return None


def _mime(data: bytes) -> str:
    """A picture's type from its first bytes: PNG, or the animated GIF of a clip's slide."""
    return "image/gif" if data[:6] in (b"GIF87a", b"GIF89a") else "image/png"


def to_png(svg: str, scale: float = 2.0, families: tuple[str, ...] = ()) -> bytes:
    """Rasterise with resvg (text shaping, bidi and glyph fallback included; no browser needed).

    `families` names fonts the SVG asks for beyond the bundled ones (a template's fonts)."""
    import resvg_py

    scale = png_scale(svg, scale)
    files = _font_files()
    extra = [f for f in dict.fromkeys(font_file(name) for name in families) if f and f not in files]
    extra += _script_fonts(svg)
    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg, font_files=files + extra, skip_system_fonts=len(files) > 2, zoom=scale
        )
    )

"""The shape model: one layout, two painters.

Slides, infographics, diagrams and image answers are computed once into `Layout` pages of
positioned elements (points, origin top-left; 960 × 540 = a 16:9 slide by default, the theme's
`page_width` × `page_height` in general: a 4:3 template gives 720 × 540). `render.svg` and
`render.powerpoint` paint the very same elements, so the preview is what the deck exports.
Text in a `TextBox` is already wrapped and sized by `render.text`: painters never re-flow it.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, Protocol

from render import text as textmod

if TYPE_CHECKING:
    import pandas as pd

    from render.data import ChartData
    from render.plan import ChartPlan, ImagePlan
    from render.theme import Theme

PAGE_W = 960.0
PAGE_H = 540.0
Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]
PARA_GAP = 0.35  # space between paragraphs, in lines
Geometry = Literal["rect", "rounded", "ellipse", "diamond", "hexagon", "parallelogram", "chevron"]


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, max(self.w - 2 * dx, 1.0), max(self.h - 2 * dy, 1.0))

    def intersects(self, other: Rect, tol: float = 0.01) -> bool:
        return (
            self.x < other.right - tol
            and other.x < self.right - tol
            and self.y < other.bottom - tol
            and other.y < self.bottom - tol
        )

    def contains(self, other: Rect, tol: float = 0.5) -> bool:
        return (
            other.x >= self.x - tol
            and other.y >= self.y - tol
            and other.right <= self.right + tol
            and other.bottom <= self.bottom + tol
        )


@dataclass
class Paragraph:
    """One paragraph: its source text and the lines it was wrapped into."""

    text: str
    lines: tuple[str, ...]
    bullet: str | None = None
    level: int = 0
    """Outline level of a bulleted paragraph: each level indents by one more bullet indent."""

    def indent(self, size: float) -> float:
        return bullet_indent(size) * (self.level + 1) if self.bullet else 0.0

    @property
    def display_text(self) -> str:
        """The text as drawn (after any truncation), lines re-joined for a painter that wraps."""
        out = ""
        for line in self.lines:
            if out and not (textmod.is_wide(out[-1]) or textmod.is_wide(line[:1])):
                out += " "
            out += line
        return out


@dataclass
class TextBox:
    """Laid-out text inside `rect`. All paragraphs share one size, as in a PowerPoint text frame."""

    rect: Rect
    paragraphs: list[Paragraph]
    size: float
    color: str
    bold: bool = False
    italic: bool = False
    align: Align = "left"
    valign: VAlign = "top"
    name: str = ""
    truncated: bool = False
    rotation: float = 0.0
    """Degrees clockwise about the centre of `rect`, which is the unrotated frame (a vertical axis
    title is a horizontal box turned by -90). Painters rotate; layout code measures unrotated."""
    wrap: bool = True
    """False for labels laid out as single lines in a box exactly their width: a painter whose
    renderer re-flows text (PowerPoint) must not break them, even where its font runs wider."""
    font: str = ""
    """Font family; empty: the theme's body font. Titles name the theme's heading font."""

    @property
    def line_count(self) -> int:
        return sum(len(p.lines) for p in self.paragraphs)

    @property
    def text_height(self) -> float:
        """Height the painters give the text, paragraph spacing included."""
        gaps = PARA_GAP * max(len(self.paragraphs) - 1, 0)
        return (self.line_count + gaps) * self.size * textmod.LINE_HEIGHT

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def text_width(self) -> float:
        """Widest line, bullet indent included, by our own measure."""
        widest = 0.0
        mono = textmod.is_mono(self.font)
        for p in self.paragraphs:
            indent = p.indent(self.size)
            for line in p.lines:
                widest = max(widest, indent + textmod.text_width(line, self.size, self.bold, mono))
        return widest

    def overflows(self, tol: float = 0.5) -> bool:
        return self.text_height > self.rect.h + tol or self.text_width() > self.rect.w + tol


@dataclass
class Shape:
    rect: Rect
    geometry: Geometry = "rect"
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0
    text: TextBox | None = None
    name: str = ""
    opacity: float = 1.0
    """Opacity of the fill (0…1): overlapping marks stay visible through each other."""


@dataclass
class Connector:
    """A polyline from points[0] to points[-1], optionally with an arrow head at the end."""

    points: list[tuple[float, float]]
    color: str
    width: float = 1.5
    arrow: bool = True
    dashed: bool = False
    label: TextBox | None = None
    name: str = ""


@dataclass(frozen=True)
class Arc:
    """A circular arc step of a `Path`: centre (cx, cy), radius r, from `start` degrees through `sweep`
    degrees. Angles are as on screen: 0° points right and positive sweeps turn clockwise (y grows
    downwards), as in SVG and DrawingML."""

    cx: float
    cy: float
    r: float
    start: float
    sweep: float

    def at(self, degrees: float) -> tuple[float, float]:
        a = math.radians(degrees)
        return self.cx + self.r * math.cos(a), self.cy + self.r * math.sin(a)

    @property
    def first(self) -> tuple[float, float]:
        return self.at(self.start)

    @property
    def last(self) -> tuple[float, float]:
        return self.at(self.start + self.sweep)

    def flatten(self, max_degrees: float = 5.0) -> list[tuple[float, float]]:
        """Points along the arc, start and end included, at most `max_degrees` apart: for painters
        and measures that only know straight segments."""
        n = max(1, math.ceil(abs(self.sweep) / max_degrees))
        return [self.at(self.start + self.sweep * k / n) for k in range(n + 1)]


PathStep = tuple[float, float] | Arc


@dataclass
class Path:
    """A free outline: straight steps and circular arcs, open (a polyline) or closed (a polygon, a
    pie wedge, the area under a line), filled and/or stroked.

    A point step draws a straight line to it; an `Arc` step draws a line to the arc's first point,
    then the arc. The first step is where the pen starts.
    """

    steps: list[PathStep]
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0
    closed: bool = True
    opacity: float = 1.0
    """Opacity of the fill (0…1)."""
    name: str = ""

    def points(self, max_degrees: float = 5.0) -> list[tuple[float, float]]:
        """The outline as vertices only, arcs flattened."""
        out: list[tuple[float, float]] = []
        for step in self.steps:
            out.extend(step.flatten(max_degrees) if isinstance(step, Arc) else [step])
        return out


@dataclass
class Picture:
    rect: Rect
    png: bytes
    alt: str = ""
    name: str = ""


@dataclass
class ChartSlot:
    """A chart placed on a page. PowerPoint writes it as a native chart (`render.pptx_chart`); the
    SVG painter draws the page elements `render.chart_draw.lower` makes of it.

    `data` is resolved once at layout time (from inline values or the attached table), so both
    painters show the same numbers.
    """

    rect: Rect
    chart: ChartPlan
    data: ChartData
    name: str = "chart"


@dataclass
class Grid:
    """A table: `cells[row][col]` are rectangles with a fill and their text, edge to edge.

    The SVG painter draws the cells; PowerPoint writes one native, editable table with the same
    column widths, row heights, fills and text sizes. `rule` colours the lines between rows.
    """

    rect: Rect
    cells: list[list[Shape]]
    rule: str | None = None
    header: bool = True
    """The first row is a header row (PowerPoint's "header row" table option)."""
    name: str = "table"

    def texts(self) -> list[TextBox]:
        return [c.text for row in self.cells for c in row if c.text is not None]


Element = Shape | TextBox | Connector | Picture | ChartSlot | Path | Grid


@dataclass
class Page:
    elements: list[Element] = field(default_factory=list)
    background: str = "#FFFFFF"
    notes: str = ""
    title: str = ""
    width: float = PAGE_W
    height: float = PAGE_H
    builds: list[list[str]] = field(default_factory=list)
    """Optional build, one list per click: the names of the elements that appear at that step
    ("name#2": paragraph 2 of that element's text). Elements no step names are there from the start.
    PowerPoint writes them as entrance animations; frame painters reveal them step by step."""
    build_effect: Literal["appear", "fade", "wipe"] = "fade"
    """How built elements enter: at once, fading in, or wiped on from the left (a "draw on")."""
    transition: Literal["fade", "morph"] | None = None
    """How this page replaces the previous one in a slide show; morph moves same-named shapes."""
    transition_seconds: float = 0.7
    advance_after: float | None = None
    """Seconds after which a slide show moves on by itself (None: on click)."""

    def add(self, element: Element) -> Element:
        self.elements.append(element)
        return element

    def text_boxes(self) -> list[TextBox]:
        """Every TextBox on the page, including those inside shapes and on connectors."""
        out: list[TextBox] = []
        for el in self.elements:
            if isinstance(el, TextBox):
                out.append(el)
            elif isinstance(el, Shape | Connector) and (el.text if isinstance(el, Shape) else el.label):
                out.append(el.text if isinstance(el, Shape) else el.label)  # type: ignore[arg-type]
            elif isinstance(el, Grid):
                out.extend(el.texts())
        return out


Progress = Callable[[int, int], None]
"""Called with (steps done, total steps): (0, total) before the first step, then after each."""
Status = Callable[[str], None]
"""Called with one-line live remarks; those that are `Note`s also belong in the answer's notes."""


class Note(str):
    """A remark an image generator makes that the answer should keep (a fallback taken, a test
    model's noise), as opposed to a passing one ("loading the model…"). Sent through the same
    per-call `status` callback, so printing callers need not tell them apart."""

    __slots__ = ()


class ImageSource(Protocol):
    """What layout code needs from an image generator (see `generators.base.ImageGenerator`).

    Optional keywords `progress` and `status` (see `Progress`, `Status`) are passed only to a
    source whose `generate` accepts them, so a one-method fake fits.
    """

    def generate(self, plan: ImagePlan, width: int, height: int) -> bytes: ...


class ClipSource(Protocol):
    """What the animation kind needs from a clip generator (see `generators.base.ClipGenerator`):
    PNG frames of a generated clip. `progress` and `status` are passed as for `ImageSource`."""

    def generate_clip(self, plan: ImagePlan, width: int, height: int, frames: int) -> list[bytes]: ...


def accepts(fn: Callable[..., Any], name: str) -> bool:
    """True when `fn` takes the keyword `name` (or any keyword): how optional extras such as
    `progress` reach real generators and planners but not one-method fakes."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


@dataclass
class Context:
    """Everything a renderer needs besides the plan: one object, so every kind's entry point is
    `layout(plan, ctx)` or `figure(plan, ctx)`."""

    theme: Theme
    table: pd.DataFrame | None = None
    images: ImageSource | None = None
    clips: ClipSource | None = None
    """Makes the generated clips of animation scenes (None: a captioned card says none was made)."""
    notes: list[str] = field(default_factory=list)
    """Warnings collected while rendering (dropped rows, failed images…), shown to the user."""
    progress: Progress | None = None
    """Per-step image-generation progress (step, total), passed to the image source when set."""
    status: Status | None = None
    """Live remarks from the image source (loading, fallbacks), for this render only."""
    _charts: dict[int, tuple[ChartPlan, ChartData]] = field(default_factory=dict, repr=False)

    def chart_data(self, plan: ChartPlan) -> ChartData:
        """The chart's numbers, resolved against the table once per plan: validating at the
        boundary, the plotly figure and the exported page all reuse one pandas pass."""
        hit = self._charts.get(id(plan))
        if hit is None or hit[0] is not plan:
            from render.data import resolve

            hit = (plan, resolve(plan, self.table))
            self._charts[id(plan)] = hit
            self.notes.extend(n for n in hit[1].notes if n not in self.notes)
        return hit[1]


@dataclass
class Layout:
    pages: list[Page]
    kind: str = ""
    title: str = ""


def geometry_inset(geometry: str, w: float, h: float) -> float:
    """Corner radius or slant depth of a geometry: one number both painters use for the outline."""
    return {
        "rounded": min(min(w, h) * 0.16, 14.0),
        "hexagon": min(w * 0.25, h * 0.5),
        "parallelogram": min(w * 0.2, h * 0.5),
        "chevron": min(w * 0.3, h * 0.5),
    }.get(geometry, 0.0)


def polygon(rect: Rect, geometry: str) -> list[tuple[float, float]] | None:
    """The outline of a polygonal geometry (None for rect, rounded and ellipse)."""
    x, y, w, h = rect.x, rect.y, rect.w, rect.h
    d = geometry_inset(geometry, w, h)
    if geometry == "diamond":
        return [(x + w / 2, y), (x + w, y + h / 2), (x + w / 2, y + h), (x, y + h / 2)]
    if geometry == "hexagon":
        return [
            (x + d, y),
            (x + w - d, y),
            (x + w, y + h / 2),
            (x + w - d, y + h),
            (x + d, y + h),
            (x, y + h / 2),
        ]
    if geometry == "parallelogram":
        return [(x + d, y), (x + w, y), (x + w - d, y + h), (x, y + h)]
    if geometry == "chevron":
        return [
            (x, y),
            (x + w - d, y),
            (x + w, y + h / 2),
            (x + w - d, y + h),
            (x, y + h),
            (x + d, y + h / 2),
        ]
    return None


def element_rect(el: Element) -> Rect:
    """The page area an element covers (a rotated text box: the bounds of its turned frame)."""
    if isinstance(el, Connector | Path):
        pts = el.points if isinstance(el, Connector) else el.points(max_degrees=2.0)
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    if isinstance(el, TextBox) and el.rotation % 180:
        r, a = el.rect, math.radians(el.rotation)
        w = abs(r.w * math.cos(a)) + abs(r.h * math.sin(a))
        h = abs(r.w * math.sin(a)) + abs(r.h * math.cos(a))
        cx, cy = r.x + r.w / 2, r.y + r.h / 2
        return Rect(cx - w / 2, cy - h / 2, w, h)
    return el.rect


def wrap_width(width: float) -> float:
    """Wrap a little short of the box: other renderers (LibreOffice, PowerPoint) kern and hint
    differently, and a line that fits exactly here could re-wrap there and overflow."""
    return width * 0.96


def visual_align(align: Align, rtl: bool) -> Align:
    """Layouts say left for "start": a right-to-left paragraph starts at the right edge."""
    if rtl and align != "center":
        return "right" if align == "left" else "left"
    return align


def bullet_indent(size: float) -> float:
    return size * 1.1


def text_box(
    text: str | list[str],
    rect: Rect,
    *,
    max_size: float,
    min_size: float = 9.0,
    color: str,
    bold: bool = False,
    italic: bool = False,
    align: Align = "left",
    valign: VAlign = "top",
    bullet: str | None = None,
    max_lines: int | None = None,
    name: str = "",
    font: str = "",
    levels: list[int] | None = None,
    sub_bullet: str = "–",
) -> TextBox:
    """Fit one text, or a list of paragraphs (bulleted when `bullet` is set), into `rect`.

    Paragraphs share one size; the size shrinks until all of them fit, then the last ones are cut
    with an ellipsis. This is the only place layout code turns strings into TextBoxes. `levels`
    (one per paragraph) indents sub-points of a bulleted list, marked with `sub_bullet`.
    """
    items = [text] if isinstance(text, str) else [t for t in text if t is not None]
    depth = [max(0, min(int(v), 4)) for v in (levels or [])][: len(items)]
    depth += [0] * (len(items) - len(depth))
    mono = textmod.is_mono(font)
    size = max_size
    indent = 0.0
    while True:
        wrapped = []
        for t, d in zip(items, depth, strict=True):
            indent = bullet_indent(size) * (d + 1) if bullet else 0.0
            wrapped.append(textmod.wrap(t, wrap_width(rect.w) - indent, size, bold, mono))
        total = sum(len(w) for w in wrapped) + PARA_GAP * max(len(items) - 1, 0)
        limit = rect.h / (size * textmod.LINE_HEIGHT)
        fits = total <= limit + 1e-6 and (max_lines is None or sum(len(w) for w in wrapped) <= max_lines)
        if fits or size <= min_size:
            break
        size = max(min_size, round(size * 0.9, 1))
    truncated = not fits
    if truncated:
        budget = rect.h / (size * textmod.LINE_HEIGHT)
        if max_lines is not None:
            budget = min(budget, max_lines)
        budget = max(budget, 1.0)
        kept: list[list[str]] = []
        used = 0.0
        for w in wrapped:
            spacing = PARA_GAP if kept else 0.0
            room = int(budget - used - spacing + 1e-6)
            if room <= 0:
                break
            take = w[:room]
            kept.append(take)
            used += spacing + len(take)
            if len(take) < len(w):
                break
        indent = bullet_indent(size) * (depth[len(kept) - 1] + 1) if bullet else 0.0
        kept[-1] = textmod.truncate_lines(
            kept[-1], len(kept[-1]), wrap_width(rect.w) - indent, size, bold, mono
        )
        wrapped = kept
        items = items[: len(kept)]
    paragraphs = [
        Paragraph(t, tuple(w), (sub_bullet if d and bullet else bullet), d if bullet else 0)
        for t, w, d in zip(items, wrapped, depth, strict=False)
    ]
    box = TextBox(
        rect=rect,
        paragraphs=paragraphs,
        size=size,
        color=color,
        bold=bold,
        italic=italic,
        align=align,
        valign=valign,
        name=name,
        truncated=truncated,
        font=font,
    )
    return box


_SCALED_NUMBERS = frozenset({"size", "stroke_width", "width"})


def scaled(obj: Any, s: float, dx: float, dy: float) -> Any:
    """A copy of an element (or rect) scaled by `s` about the origin, then moved by (dx, dy).

    Text keeps its wrapping: line widths scale with the font size. Works for any element type made
    of rects, point lists and nested elements, so a kind added later scales without changes here.
    """
    if isinstance(obj, Rect):
        return Rect(obj.x * s + dx, obj.y * s + dy, obj.w * s, obj.h * s)
    if not is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, Rect) or (is_dataclass(value) and hasattr(value, "rect")):
            changes[f.name] = scaled(value, s, dx, dy)
        elif f.name == "points" and isinstance(value, list):
            changes[f.name] = [(x * s + dx, y * s + dy) for x, y in value]
        elif f.name == "cells" and isinstance(value, list):  # a grid's rows of cells
            changes[f.name] = [[scaled(c, s, dx, dy) for c in row] for row in value]
        elif f.name in _SCALED_NUMBERS and isinstance(value, int | float) and not isinstance(value, bool):
            changes[f.name] = value * s
    return replace(obj, **changes)

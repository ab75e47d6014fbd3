"""The diagram's natural model: nodes sized from their labels, edges as polylines, shared geometry."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from render import text as textmod
from render.layout import (
    Geometry,
    Rect,
    polygon,
    wrap_width,
)
from render.plan import DiagramNode, DiagramPlan
from render.theme import Theme, contrast, mix

Point = tuple[float, float]

NOMINAL = 14.0  # natural node text size; the final size is NOMINAL × scale
READABLE = 9.0  # below this the caller is warned that the diagram is too big to read
COMFORTABLE = 12.5  # styles are tried in order until text reaches this size
MAX_SCALE = 2.0  # small diagrams grow to fill their slot, at most this much (28 pt text)
LABEL_RATIO = 0.8  # edge labels are this much smaller than node text
_GEOMETRY: dict[str, Geometry] = {
    "rounded": "rounded",
    "box": "rect",
    "ellipse": "ellipse",
    "circle": "ellipse",
    "diamond": "diamond",
    "hexagon": "hexagon",
    "parallelogram": "parallelogram",
}


# ------------------------------------------------------------------------------------ natural model


@dataclass(frozen=True)
class _Style:
    """One attempt at a layout: how wide labels wrap and how airy the spacing is."""

    wrap_em: float = 9.0
    gap: float = 1.0
    max_lines: int = 4
    stack: int = 0
    """Trees: stack a parent's leaf children in a column once it has this many (0: never)."""


def _styles(n: int, kind: str = "flowchart") -> list[_Style]:
    """Styles to try, best-looking first; big graphs try fewer because grandalf is not free."""
    if kind == "tree":
        return [
            _Style(9.0, 1.0),
            _Style(6.5, 1.0),
            _Style(9.0, 1.0, stack=4),
            _Style(6.5, 0.8, stack=3),
            _Style(6.5, 0.6, stack=2),
            _Style(4.5, 0.55, stack=2),
            _Style(9.0, 0.55, 3, stack=1),
        ][: 7 if n <= 100 else 2 if n <= 250 else 1]
    styles = [
        _Style(9.0, 1.0),
        _Style(6.5, 1.0),
        _Style(12.0, 1.0),
        _Style(6.5, 0.6),
        _Style(4.5, 0.55),
        _Style(12.0, 0.55, 3),
    ]
    if n > 250:
        return [_Style(6.0, 0.5, 3)]
    if n > 100:
        return [_Style(6.5, 0.6, 3), _Style(9.0, 0.5, 3)]
    return styles


@dataclass
class _Node:
    """A node in natural units: centre, outer size, and the inner rect its text needs."""

    id: str
    label: str
    geometry: Geometry
    w: float
    h: float
    tw: float
    th: float
    size: float
    max_lines: int
    fill: str
    stroke: str
    color: str
    bold: bool = False
    cx: float = 0.0
    cy: float = 0.0

    @property
    def rect(self) -> Rect:
        return Rect(self.cx - self.w / 2, self.cy - self.h / 2, self.w, self.h)

    def outline(self) -> list[Point]:
        return _outline(self.rect, self.geometry)


@dataclass
class _Edge:
    points: list[Point]
    color: str
    width: float = 1.5
    arrow: bool = True
    dashed: bool = False
    label: str = ""
    label_size: float = NOMINAL * LABEL_RATIO
    label_w: float = 0.0
    label_h: float = 0.0
    label_at: Point | None = None

    @property
    def label_rect(self) -> Rect | None:
        if not self.label or self.label_at is None:
            return None
        x, y = self.label_at
        return Rect(x - self.label_w / 2, y - self.label_h / 2, self.label_w, self.label_h)


@dataclass
class _Drawing:
    nodes: list[_Node] = field(default_factory=list)
    edges: list[_Edge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What the reader should know about this drawing (e.g. edges not routed around nodes)."""

    def bbox(self) -> Rect:
        xs: list[float] = []
        ys: list[float] = []
        for n in self.nodes:
            r = n.rect
            xs += [r.x, r.right]
            ys += [r.y, r.bottom]
        for e in self.edges:
            xs += [p[0] for p in e.points]
            ys += [p[1] for p in e.points]
            lr = e.label_rect
            if lr is not None:
                xs += [lr.x, lr.right]
                ys += [lr.y, lr.bottom]
        if not xs:
            return Rect(0, 0, 1, 1)
        return Rect(min(xs), min(ys), max(max(xs) - min(xs), 1.0), max(max(ys) - min(ys), 1.0))


# ---------------------------------------------------------------------------------------- geometry


def _outline(r: Rect, geometry: Geometry) -> list[Point]:
    """The shape's outline as a polygon, matching how the painters draw each geometry."""
    x, y, w, h = r.x, r.y, r.w, r.h
    if geometry == "ellipse":
        cx, cy = x + w / 2, y + h / 2
        return [
            (cx + w / 2 * math.cos(2 * math.pi * k / 64), cy + h / 2 * math.sin(2 * math.pi * k / 64))
            for k in range(64)
        ]
    return polygon(r, geometry) or [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]


def _inside(p: Point, poly: Sequence[Point]) -> bool:
    x, y = p
    inside = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _seg_hit(p: Point, q: Point, a: Point, b: Point) -> float | None:
    """Parameter t along p→q where it crosses segment a–b, or None."""
    rx, ry = q[0] - p[0], q[1] - p[1]
    sx, sy = b[0] - a[0], b[1] - a[1]
    den = rx * sy - ry * sx
    if abs(den) < 1e-12:
        return None
    t = ((a[0] - p[0]) * sy - (a[1] - p[1]) * sx) / den
    u = ((a[0] - p[0]) * ry - (a[1] - p[1]) * rx) / den
    if -1e-9 <= t <= 1 + 1e-9 and -1e-9 <= u <= 1 + 1e-9:
        return t
    return None


def _boundary(outside: Point, inside: Point, poly: Sequence[Point]) -> Point:
    """First point of the outline met walking from `outside` towards `inside`."""
    if _inside(outside, poly):
        return outside
    best: float | None = None
    for i in range(len(poly)):
        t = _seg_hit(outside, inside, poly[i], poly[(i + 1) % len(poly)])
        if t is not None and (best is None or t < best):
            best = t
    if best is None:
        return inside
    return (outside[0] + (inside[0] - outside[0]) * best, outside[1] + (inside[1] - outside[1]) * best)


def _clip_ends(points: list[Point], src: Sequence[Point] | None, dst: Sequence[Point] | None) -> list[Point]:
    """Cut a polyline so it starts on `src`'s outline and ends on `dst`'s."""
    pts = list(points)
    if src is not None:
        i = 0
        while i < len(pts) - 1 and _inside(pts[i + 1], src):
            i += 1
        if i < len(pts) - 1:
            pts = [_boundary(pts[i + 1], pts[i], src), *pts[i + 1 :]]
    if dst is not None:
        j = len(pts) - 1
        while j > 0 and _inside(pts[j - 1], dst):
            j -= 1
        if j > 0:
            pts = [*pts[:j], _boundary(pts[j - 1], pts[j], dst)]
    return _dedupe(pts)


def _dedupe(points: list[Point]) -> list[Point]:
    """Drop repeated and collinear points so painters get a clean polyline."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 0.01 and abs(out[-1][1] - p[1]) < 0.01:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            cross = (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)
            dot = (bx - ax) * (p[0] - bx) + (by - ay) * (p[1] - by)
            if abs(cross) < 1e-6 * max(
                1.0, math.hypot(bx - ax, by - ay) * math.hypot(p[0] - bx, p[1] - by)
            ) and (dot > 0):
                out[-1] = p
                continue
        out.append(p)
    if len(out) == 1:
        out.append(out[0])
    return out


def _bezier(p0: Point, p1: Point, p2: Point, p3: Point, steps: int = 10) -> list[Point]:
    out = []
    for k in range(steps + 1):
        t = k / steps
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        out.append(
            (a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])
        )
    return out


def _point_at(points: list[Point], t: float) -> Point:
    """The point at fraction t of the polyline's length."""
    lengths = [math.dist(points[i], points[i + 1]) for i in range(len(points) - 1)]
    total = sum(lengths)
    if total <= 0:
        return points[0]
    goal = total * t
    for i, seg in enumerate(lengths):
        if goal <= seg or i == len(lengths) - 1:
            f = goal / seg if seg else 0.0
            (ax, ay), (bx, by) = points[i], points[i + 1]
            return (ax + (bx - ax) * f, ay + (by - ay) * f)
        goal -= seg
    return points[-1]


# ----------------------------------------------------------------------------------------- colours


def _readable(fill: str, theme: Theme) -> str:
    """The theme's text colour when it reads on `fill` (WCAG AA), else the best of the candidates."""
    candidates = [theme.text, theme.background, theme.on_accent, "#000000", "#FFFFFF"]
    for c in candidates[:3]:
        if contrast(c, fill) >= 4.5:
            return c
    return max(candidates, key=lambda c: contrast(c, fill))


def _colors(theme: Theme, strong: str, tint: float = 0.22) -> tuple[str, str, str]:
    """(fill, stroke, text) for a node of colour `strong`."""
    fill = mix(theme.background, strong, tint)
    return fill, strong, _readable(fill, theme)


def _group_colors(plan: DiagramPlan, theme: Theme) -> dict[str, tuple[str, str, str]]:
    """Node id → colours: one palette colour per group, the accent when there are no groups."""
    groups: dict[str, int] = {}
    for n in plan.nodes:
        if n.group and n.group not in groups:
            groups[n.group] = len(groups)
    neutral = (theme.surface, theme.muted, _readable(theme.surface, theme))
    out = {}
    for n in plan.nodes:
        if n.group:
            out[n.id] = _colors(theme, theme.color(groups[n.group]))
        elif groups:
            out[n.id] = neutral
        else:
            out[n.id] = _colors(theme, theme.accent)
    return out


# ---------------------------------------------------------------------------------------- node size


def _word_width(word: str, size: float, bold: bool) -> float:
    """Width of the narrowest unbreakable piece: CJK text may break between any two characters."""
    if any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in word):
        return max(textmod.text_width(ch, size, bold) for ch in word)
    return textmod.text_width(word, size, bold)


def _balanced(label: str, width: float, size: float, bold: bool, max_lines: int) -> tuple[list[str], float]:
    """Wrap at `width`, then narrow the width as far as the line count allows (no ragged boxes)."""
    words = max((_word_width(w, size, bold) for w in label.split()), default=0.0)
    width = max(width, min(words, size * 14))  # break inside a word only when it is huge
    lines = textmod.wrap(label, width, size, bold)
    if len(lines) > max_lines:
        return textmod.truncate_lines(lines, max_lines, width, size, bold), width
    widest = max(textmod.text_width(line, size, bold) for line in lines)
    if len(lines) == 1:
        return lines, widest
    lo, hi = max(widest / len(lines), min(words, width)), widest  # never narrower than a word
    if lo >= hi:
        return lines, widest
    for _ in range(12):
        mid = (lo + hi) / 2
        if len(textmod.wrap(label, mid, size, bold)) <= len(lines):
            hi = mid
        else:
            lo = mid
    lines = textmod.wrap(label, hi, size, bold)
    return lines, max(textmod.text_width(line, size, bold) for line in lines)


def _make_node(
    node: DiagramNode,
    colors: tuple[str, str, str],
    style: _Style,
    size: float = NOMINAL,
    bold: bool = False,
    shape: str | None = None,
) -> _Node:
    """Size a node from its label: the inner text rect must fit the inscribed area of the geometry."""
    label = (node.label or node.id).strip() or node.id
    kind = shape or node.shape
    geometry = _GEOMETRY.get(kind, "rounded")
    wrap = style.wrap_em * size * (0.75 if geometry in ("diamond", "ellipse") else 1.0)
    lines, tw = _balanced(label, wrap, size, bold, style.max_lines)
    tw = _box_width(max(tw, size * 1.2))
    th = len(lines) * size * textmod.LINE_HEIGHT + 0.5
    px, py = size * 0.75, size * 0.45
    if geometry == "ellipse" and kind == "circle":
        w = h = math.hypot(tw + px, th + py)
    elif geometry == "ellipse":
        w, h = (tw + px) * math.sqrt(2), (th + py) * math.sqrt(2)
    elif geometry == "diamond":
        w, h = 2 * tw + 2 * px, 2 * th + 2 * py
    elif geometry in ("hexagon", "parallelogram"):
        ratio = 0.25 if geometry == "hexagon" else 0.2
        h = th + 2 * py
        w = tw + 2 * px + h  # side insets of h/2 each …
        if w * ratio < h / 2:  # … unless the width-based inset is the smaller one
            w = (tw + 2 * px) / (1 - 2 * ratio)
    else:
        w, h = tw + 2 * px, th + 2 * py
        w = max(w, h * 1.3, size * 5)
    fill, stroke, color = colors
    return _Node(node.id, label, geometry, w, h, tw, th, size, style.max_lines, fill, stroke, color, bold)


def _box_width(text_w: float) -> float:
    """Width a TextBox needs so `text_box` (which wraps a little short of the box) keeps the lines."""
    return text_w / wrap_width(1.0) + 0.5


def _label_size(label: str, size: float) -> tuple[float, float]:
    lines, tw = _balanced(label, size * 10, size, False, 2)
    return _box_width(tw) + size * 0.6, len(lines) * size * textmod.LINE_HEIGHT + size * 0.3 + 0.5

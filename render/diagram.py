"""Whiteboard diagrams: flowcharts, trees, networks, cycles and mind maps as positioned shapes.

Everything is computed once here into `render.layout` elements, so the SVG preview and the native
PowerPoint deck show the same picture. The pipeline is: size every node from its wrapped label,
lay the graph out in "natural" points (nominal 14 pt text), then scale uniformly into the target
rect. When the scale would make text unreadably small, other wrap widths and spacings are tried
and the one giving the largest text wins.

Layered kinds use grandalf's Sugiyama layout. Edges leave and enter nodes through vertical stubs
inside the node's own column and bend only in the empty gaps between layers (long edges pass
through grandalf's dummy vertices), so an edge never crosses another node.
"""

from __future__ import annotations

import itertools
import math
import sys
import unicodedata
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from render import text as textmod
from render.layout import (
    PAGE_H,
    PAGE_W,
    Connector,
    Context,
    Element,
    Geometry,
    Layout,
    Page,
    Rect,
    Shape,
    TextBox,
    polygon,
    text_box,
    wrap_width,
)
from render.plan import DiagramEdge, DiagramNode, DiagramPlan
from render.theme import Theme, contrast, mix

Point = tuple[float, float]

NOMINAL = 14.0  # natural node text size; the final size is NOMINAL × scale
READABLE = 9.0  # below this the caller is warned that the diagram is too big to read
COMFORTABLE = 12.5  # styles are tried in order until text reaches this size
MAX_SCALE = 1.35  # small diagrams grow at most this much (≈19 pt text)
LABEL_RATIO = 0.8  # edge labels are this much smaller than node text
PAGE_MARGIN = 28.0
_GEOMETRY: dict[str, Geometry] = {
    "rounded": "rounded",
    "box": "rect",
    "ellipse": "ellipse",
    "circle": "ellipse",
    "diamond": "diamond",
    "hexagon": "hexagon",
    "parallelogram": "parallelogram",
}


# ------------------------------------------------------------------------------------------- public


def layout(plan: DiagramPlan, ctx: Context) -> Layout:
    """One 16:9 page: the title on top (shrunk to fit) and the diagram filling the rest."""
    theme = ctx.theme
    page = Page(background=theme.background, notes=plan.answer, title=plan.title)
    top = PAGE_MARGIN
    if plan.title.strip():
        title = text_box(
            plan.title,
            Rect(PAGE_MARGIN, PAGE_MARGIN, PAGE_W - 2 * PAGE_MARGIN, 80),
            max_size=min(theme.title_size, 28.0),
            min_size=14.0,
            color=theme.text,
            bold=True,
            max_lines=2,
            name="title",
        )
        title.rect = Rect(title.rect.x, title.rect.y, title.rect.w, title.text_height + 1.0)
        page.add(title)
        top = title.rect.bottom + 12.0
    area = Rect(PAGE_MARGIN, top, PAGE_W - 2 * PAGE_MARGIN, PAGE_H - PAGE_MARGIN - top)
    for el in place(plan, area, ctx):
        page.add(el)
    return Layout(pages=[page], kind="diagram", title=plan.title)


def place(plan: DiagramPlan, rect: Rect, ctx: Context) -> list[Element]:
    """The diagram scaled uniformly and centred inside `rect`; nothing is placed outside it."""
    theme = ctx.theme
    area = rect.inset(min(8.0, rect.w * 0.02), min(8.0, rect.h * 0.02))
    best: tuple[float, float, _Drawing] | None = None
    for style in _styles(len(plan.nodes), plan.diagram_type):
        drawing = _draw(plan, theme, style, area)
        font = NOMINAL * _scale_for(drawing, area)
        score = min(font, COMFORTABLE)  # above this, the earlier (airier) style wins
        if best is None or score > best[0] + 0.05:
            best = (score, font, drawing)
        if font >= COMFORTABLE:
            break
    assert best is not None
    _, font, drawing = best
    if font < READABLE:
        ctx.notes.append(
            f"diagram: {len(plan.nodes)} nodes only fit with {font:.1f} pt text; "
            "split it into smaller diagrams to make it readable"
        )
    return _emit(drawing, area, theme)


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


def _draw(plan: DiagramPlan, theme: Theme, style: _Style, area: Rect) -> _Drawing:
    kind = plan.diagram_type
    if kind == "cycle":
        return _cycle(plan, theme, style, area.w / area.h)
    if kind == "mindmap":
        return _mindmap(plan, theme, style)
    if kind == "tree":
        drawing = _tree(plan, theme, style, area.w / area.h)
        if drawing is not None:
            return drawing
    return _layered(plan, theme, style, area.w / area.h)


def _scale_for(drawing: _Drawing, area: Rect) -> float:
    box = drawing.bbox()
    return min(area.w / box.w, area.h / box.h, MAX_SCALE)


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


# --------------------------------------------------------------------------------------- layered


@dataclass
class _View:
    """What grandalf reads and writes on a vertex."""

    w: float
    h: float
    xy: Point = (0.0, 0.0)


@dataclass
class _Frame:
    """Maps the layout frame (layers go down, 'across' goes right) to page coordinates."""

    direction: str

    @property
    def swap(self) -> bool:
        return self.direction in ("LR", "RL")

    def size(self, w: float, h: float) -> tuple[float, float]:
        return (h, w) if self.swap else (w, h)

    def point(self, p: Point) -> Point:
        a, b = p
        return {"TB": (a, b), "BT": (a, -b), "LR": (b, a), "RL": (-b, a)}[self.direction]

    def inverse(self, p: Point) -> Point:
        x, y = p
        return {"TB": (x, y), "BT": (x, -y), "LR": (y, x), "RL": (y, -x)}[self.direction]


def _feedback_edges(n: int, edges: list[tuple[int, int]], order: list[int]) -> set[int]:
    """Indices of edges to reverse so the graph is acyclic: DFS back edges, sources first."""
    out_edges: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for k, (u, v) in enumerate(edges):
        out_edges[u].append((k, v))
    state = [0] * n  # 0 new, 1 on stack, 2 done
    back: set[int] = set()
    for start in order:
        if state[start]:
            continue
        state[start] = 1
        stack = [(start, iter(out_edges[start]))]
        while stack:
            node, it = stack[-1]
            for k, v in it:
                if state[v] == 1:
                    back.add(k)
                elif state[v] == 0:
                    state[v] = 1
                    stack.append((v, iter(out_edges[v])))
                    break
            else:
                state[node] = 2
                stack.pop()
    return back


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for u, v in pairs:
        parent[find(u)] = find(v)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


@dataclass
class _Part:
    """One laid-out component in frame coordinates, before packing."""

    nodes: list[int]
    centres: dict[int, Point]
    paths: dict[int, list[Point]]  # edge index → frame polyline (ends at node centres)
    labels: dict[int, Point]  # edge index → label centre (frame)
    box: Rect


def _layered(plan: DiagramPlan, theme: Theme, style: _Style, aspect: float) -> _Drawing:
    """Flowchart, tree and network: Sugiyama layers via grandalf, one component at a time."""
    frame = _Frame(plan.direction)
    colors = _group_colors(plan, theme)
    nodes = [_make_node(n, colors[n.id], style) for n in plan.nodes]
    index = {n.id: i for i, n in enumerate(plan.nodes)}
    tree = plan.diagram_type == "tree"
    label_size = NOMINAL * LABEL_RATIO
    edges = [
        _Edge(
            [],
            theme.muted,
            arrow=True,
            dashed=e.style == "dashed",
            label=e.label.strip(),
            label_size=label_size,
        )
        for e in plan.edges
    ]
    for e in edges:
        if e.label:
            e.label_w, e.label_h = _label_size(e.label, label_size)
    ends = [(index[e.source], index[e.target]) for e in plan.edges]
    gap_x = NOMINAL * 1.8 * style.gap
    gap_y = NOMINAL * 2.8 * style.gap
    label_along = max((frame.size(e.label_w, e.label_h)[1] for e in edges if e.label), default=0.0)
    if label_along:
        gap_y = max(gap_y, label_along + NOMINAL * 1.6)
    loop = NOMINAL * 1.2

    real = [k for k, (u, v) in enumerate(ends) if u != v]
    loops = [k for k, (u, v) in enumerate(ends) if u == v]
    loop_pad = {
        u: loop + max((frame.size(edges[k].label_w, 0)[0] for k in loops if ends[k][0] == u), default=0)
        for u, _ in (ends[k] for k in loops)
    }
    frame_aspect = aspect if not frame.swap else 1 / aspect
    parts = []
    for comp in _components(len(nodes), [ends[k] for k in real]):
        members = set(comp)
        comp_edges = [k for k in real if ends[k][0] in members]
        parts.append(
            _layer_component(
                comp, comp_edges, ends, nodes, frame, gap_x, gap_y, tree, loop_pad, edges, frame_aspect
            )
        )
    offsets = _pack([p.box for p in parts], gap_x * 1.5, frame_aspect)

    drawing = _Drawing(nodes=nodes, edges=edges)
    _place_parts(parts, offsets, nodes, edges, frame)
    for k, (u, v) in enumerate(ends):
        e = edges[k]
        if u == v:
            e.points, e.label_at = _self_loop(nodes[u], frame, loop, e)
            continue
        e.points = _clip_ends(e.points, nodes[u].outline(), nodes[v].outline())
    return drawing


def _self_loop(node: _Node, frame: _Frame, loop: float, edge: _Edge) -> tuple[list[Point], Point | None]:
    """A small rectangular loop on the node's 'across' side (right in TB, below in LR)."""
    aw, ah = frame.size(node.w, node.h)
    ca, cb = frame.inverse((node.cx, node.cy))
    edge_a = ca + aw / 2
    pts_frame = [
        (ca, cb - ah / 4),
        (edge_a + loop, cb - ah / 4),
        (edge_a + loop, cb + ah / 4),
        (ca, cb + ah / 4),
    ]
    pts = [frame.point(p) for p in pts_frame]
    outline = node.outline()
    pts = _clip_ends(pts, outline, outline)
    label = None
    if edge.label:
        la, _ = frame.size(edge.label_w, edge.label_h)
        label = frame.point((edge_a + loop + la / 2 + 2, cb))
    return pts, label


def _layer_component(
    comp: list[int],
    comp_edges: list[int],
    ends: list[tuple[int, int]],
    nodes: list[_Node],
    frame: _Frame,
    gap_x: float,
    gap_y: float,
    tree: bool,
    loop_pad: dict[int, float],
    edges: list[_Edge],
    aspect: float,
) -> _Part:
    """Lay out one connected component in frame coordinates and route its edges.

    `aspect` is the frame width / height of the target area: a layout much wider than that gets
    taller gaps between layers, which costs no scale and makes the edges easier to follow."""
    sizes = {i: frame.size(nodes[i].w, nodes[i].h) for i in comp}
    if len(comp) == 1:
        i = comp[0]
        aw, ah = sizes[i]
        pad = loop_pad.get(i, 0.0)
        return _Part(comp, {i: (0.0, 0.0)}, {}, {}, Rect(-aw / 2, -ah / 2, aw + pad, ah))

    from grandalf.graphs import Edge as GEdge
    from grandalf.graphs import Graph, Vertex
    from grandalf.layouts import SugiyamaLayout

    local = {i: j for j, i in enumerate(comp)}
    verts = [Vertex(i) for i in comp]
    for i, v in zip(comp, verts, strict=True):
        aw, ah = sizes[i]
        v.view = _View(aw + 2 * loop_pad.get(i, 0.0), ah)
    gedges = {k: GEdge(verts[local[ends[k][0]]], verts[local[ends[k][1]]]) for k in comp_edges}
    graph = Graph(verts, list(gedges.values()))
    core = graph.C[0]
    order = sorted(range(len(comp)), key=lambda j: (any(ends[k][1] == comp[j] for k in comp_edges), j))
    pairs = [(local[ends[k][0]], local[ends[k][1]]) for k in comp_edges]
    back = _feedback_edges(len(comp), pairs, order)
    inverted = [gedges[k] for n, k in enumerate(comp_edges) if n in back]
    has_in = {local[ends[k][1]] if n not in back else local[ends[k][0]] for n, k in enumerate(comp_edges)}
    roots = [verts[j] for j in range(len(comp)) if j not in has_in]

    sug = SugiyamaLayout(core)
    sug.xspace, sug.yspace = gap_x, gap_y
    sug.dw, sug.dh = max(gap_x * 0.3, 2.0), 2.0
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))
    try:
        sug.init_all(roots=roots, inverted_edges=inverted)
        sug.draw(N=1.5 if len(comp) <= 150 else 0.5)
    finally:
        sys.setrecursionlimit(limit)

    # grandalf's balanced x can violate the minimum spacing; push apart layer by layer.
    bands: list[tuple[float, float]] = []
    for layer in sug.layers:
        items = sorted(layer, key=lambda v: v.view.xy[0])
        for prev, cur in itertools.pairwise(items):
            need = (
                prev.view.xy[0] + (prev.view.w + cur.view.w) / 2 + gap_x * (0.3 if _dummy(cur, prev) else 1)
            )
            if cur.view.xy[0] < need:
                cur.view.xy = (need, cur.view.xy[1])
        b = layer[0].view.xy[1]
        half = max((v.view.h / 2 for v in layer), default=1.0)
        bands.append((b - half, b + half))
    across = [
        x
        for layer in sug.layers
        for v in layer
        for x in (v.view.xy[0] - v.view.w / 2, v.view.xy[0] + v.view.w / 2)
    ]
    along = bands[-1][1] - bands[0][0]
    if len(bands) > 1:
        extra = min(max(0.0, ((max(across) - min(across)) / aspect - along) / (len(bands) - 1)), gap_y * 3)
        for r, layer in enumerate(sug.layers):
            for v in layer:
                v.view.xy = (v.view.xy[0], v.view.xy[1] + r * extra)
            bands[r] = (bands[r][0] + r * extra, bands[r][1] + r * extra)
    rank = {v: sug.grx[v].rank for layer in sug.layers for v in layer}
    centres = {i: verts[local[i]].view.xy for i in comp}

    # Chains of frame x per layer for each edge, from source rank to target rank.
    chains: dict[int, list[tuple[int, float]]] = {}
    for k in comp_edges:
        ge = gedges[k]
        u, v = verts[local[ends[k][0]]], verts[local[ends[k][1]]]
        ru, rv = rank[u], rank[v]
        step = 1 if rv > ru else -1
        ctrl = sug.ctrls.get(ge, {})
        chain = [(ru, u.view.xy[0])]
        chain += [(r, ctrl[r].view.xy[0]) for r in range(ru + step, rv, step)]
        chain.append((rv, v.view.xy[0]))
        chains[k] = chain

    ports = _ports(comp_edges, ends, chains, nodes, sizes, tree)
    paths: dict[int, list[Point]] = {}
    labels: dict[int, Point] = {}
    placed: list[Rect] = []
    for k in comp_edges:
        chain = chains[k]
        u, v = ends[k]
        xs = [ports[(k, 0)]] + [x for _, x in chain[1:-1]] + [ports[(k, 1)]]
        ranks = [r for r, _ in chain]
        step = 1 if ranks[-1] > ranks[0] else -1
        pts: list[Point] = [(xs[0], centres[u][1])]
        first_gap: list[Point] = []
        for j in range(len(chain) - 1):
            r0, r1 = ranks[j], ranks[j + 1]
            y0 = bands[r0][1] if step > 0 else bands[r0][0]
            y1 = bands[r1][0] if step > 0 else bands[r1][1]
            if j > 0:  # pass straight through a dummy's layer
                pts.append((xs[j], bands[r0][0] if step > 0 else bands[r0][1]))
            seg = _gap_route((xs[j], y0), (xs[j + 1], y1), tree)
            pts += seg
            if j == 0:
                first_gap = seg
        pts.append((xs[-1], centres[v][1]))
        paths[k] = pts
        if edges[k].label:
            labels[k] = _place_label(edges[k], first_gap, frame, placed, tree)
    box = _part_box(comp, centres, sizes, paths, labels, edges, frame, loop_pad)
    return _Part(comp, centres, paths, labels, box)


def _dummy(a: object, b: object) -> bool:
    from grandalf.layouts import DummyVertex

    return isinstance(a, DummyVertex) or isinstance(b, DummyVertex)


def _ports(
    comp_edges: list[int],
    ends: list[tuple[int, int]],
    chains: dict[int, list[tuple[int, float]]],
    nodes: list[_Node],
    sizes: dict[int, tuple[float, float]],
    tree: bool,
) -> dict[tuple[int, int], float]:
    """Spread the edges leaving one side of a node along that side, ordered by where they go."""
    sides: dict[tuple[int, int], list[tuple[float, int, int]]] = {}
    for k in comp_edges:
        chain = chains[k]
        u, v = ends[k]
        down = 1 if chain[-1][0] > chain[0][0] else -1
        sides.setdefault((u, down), []).append((chain[1][1], k, 0))
        sides.setdefault((v, -down), []).append((chain[-2][1], k, 1))
    out: dict[tuple[int, int], float] = {}
    for (i, _), items in sides.items():
        items.sort()
        centre_x = _centre_x(i, chains, ends)
        spread = 0.55 if nodes[i].geometry in ("rect", "rounded", "hexagon", "parallelogram") else 0.3
        span = sizes[i][0] * spread
        n = len(items)
        step = 0.0 if tree or n == 1 else min(span / (n - 1), NOMINAL * 1.4)
        for j, (_, k, end) in enumerate(items):
            out[(k, end)] = centre_x + (j - (n - 1) / 2) * step
    return out


def _centre_x(i: int, chains: dict[int, list[tuple[int, float]]], ends: list[tuple[int, int]]) -> float:
    for k, chain in chains.items():
        if ends[k][0] == i:
            return chain[0][1]
        if ends[k][1] == i:
            return chain[-1][1]
    return 0.0


def _gap_route(a: Point, b: Point, tree: bool) -> list[Point]:
    """How an edge crosses the empty gap between two layers: an elbow (trees) or an S-curve."""
    if abs(a[0] - b[0]) < 0.5:
        return [a, (a[0], b[1])]
    mid = (a[1] + b[1]) / 2
    if tree:
        return [a, (a[0], mid), (b[0], mid), b]
    return _bezier(a, (a[0], mid), (b[0], mid), b, 12)


def _place_label(edge: _Edge, gap: list[Point], frame: _Frame, placed: list[Rect], tree: bool) -> Point:
    """Centre of an edge label on the gap part of its route, avoiding labels already placed."""
    lw, lh = frame.size(edge.label_w, edge.label_h)
    candidates = [0.5, 0.35, 0.65, 0.2, 0.8] if not tree else [0.8, 0.65, 0.9]
    best = None
    for t in candidates:
        x, y = _point_at(gap, t)
        r = Rect(x - lw / 2 - 2, y - lh / 2 - 2, lw + 4, lh + 4)
        if not any(r.intersects(p) for p in placed):
            best = (x, y)
            placed.append(r)
            break
    if best is None:
        best = _point_at(gap, 0.5)
    return best


def _part_box(
    comp: list[int],
    centres: dict[int, Point],
    sizes: dict[int, tuple[float, float]],
    paths: dict[int, list[Point]],
    labels: dict[int, Point],
    edges: list[_Edge],
    frame: _Frame,
    loop_pad: dict[int, float],
) -> Rect:
    xs: list[float] = []
    ys: list[float] = []
    for i in comp:
        (a, b), (aw, ah) = centres[i], sizes[i]
        xs += [a - aw / 2, a + aw / 2 + loop_pad.get(i, 0.0) * 1.3]
        ys += [b - ah / 2, b + ah / 2]
    for pts in paths.values():
        xs += [p[0] for p in pts]
        ys += [p[1] for p in pts]
    for k, (a, b) in labels.items():
        lw, lh = frame.size(edges[k].label_w, edges[k].label_h)
        xs += [a - lw / 2, a + lw / 2]
        ys += [b - lh / 2, b + lh / 2]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _place_parts(
    parts: list[_Part], offsets: list[Point], nodes: list[_Node], edges: list[_Edge], frame: _Frame
) -> None:
    """Move each packed component's node centres, edge paths and label anchors to its offset."""
    for part, (ox, oy) in zip(parts, offsets, strict=True):
        for i in part.nodes:
            a, b = part.centres[i]
            nodes[i].cx, nodes[i].cy = frame.point((a + ox, b + oy))
        for k, path in part.paths.items():
            edges[k].points = [frame.point((a + ox, b + oy)) for a, b in path]
        for k, (a, b) in part.labels.items():
            edges[k].label_at = frame.point((a + ox, b + oy))


def _pack(boxes: list[Rect], gap: float, aspect: float) -> list[Point]:
    """Offsets placing component boxes in rows (shelves), choosing the row width that best fits
    an area of the given aspect ratio (frame width / frame height)."""
    if len(boxes) == 1:
        return [(-boxes[0].x, -boxes[0].y)]
    total = sum(b.w for b in boxes) + gap * (len(boxes) - 1)
    widest = max(b.w for b in boxes)
    best: tuple[float, list[Point]] | None = None
    tries = 40
    for k in range(tries + 1):
        limit = widest + (total - widest) * k / tries
        offsets, x, y, row_h, width = [], 0.0, 0.0, 0.0, 0.0
        for b in boxes:
            if x > 0 and x + b.w > limit + 1e-6:
                y += row_h + gap
                x, row_h = 0.0, 0.0
            offsets.append((x - b.x, y - b.y))
            x += b.w + gap
            row_h = max(row_h, b.h)
            width = max(width, x - gap)
        height = y + row_h
        score = min(aspect / width, 1 / height)
        if best is None or score > best[0]:
            best = (score, offsets)
    assert best is not None
    return best[1]


# ------------------------------------------------------------------------------------------- tree


def _forest(plan: DiagramPlan) -> tuple[list[int], list[list[int]]] | None:
    """Roots and children when the edges form a forest (one parent each, no cycle), else None."""
    n = len(plan.nodes)
    index = {nd.id: i for i, nd in enumerate(plan.nodes)}
    parent = [-1] * n
    children: list[list[int]] = [[] for _ in range(n)]
    for e in plan.edges:
        u, v = index[e.source], index[e.target]
        if u == v or parent[v] != -1:
            return None
        parent[v] = u
        children[u].append(v)
    roots = [i for i in range(n) if parent[i] == -1]
    seen = 0
    stack = list(roots)
    while stack:
        seen += 1
        stack += children[stack.pop()]
    return (roots, children) if seen == n else None


def _tree(plan: DiagramPlan, theme: Theme, style: _Style, aspect: float) -> _Drawing | None:
    """A tidy org chart: parents centred over their children, and (per style) a parent's leaf
    children stacked in an indented column so wide levels stay readable. None if not a forest."""
    forest = _forest(plan)
    if forest is None:
        return None
    roots, children = forest
    n = len(plan.nodes)
    frame = _Frame(plan.direction)
    colors = _group_colors(plan, theme)
    nodes = [_make_node(nd, colors[nd.id], style) for nd in plan.nodes]
    size = {i: frame.size(nodes[i].w, nodes[i].h) for i in range(n)}
    label_size = NOMINAL * LABEL_RATIO
    edges = []
    for e in plan.edges:
        edge = _Edge(
            [], theme.muted, dashed=e.style == "dashed", label=e.label.strip(), label_size=label_size
        )
        if edge.label:
            edge.label_w, edge.label_h = _label_size(edge.label, label_size)
        edges.append(edge)
    edge_of = {(e.source, e.target): k for k, e in enumerate(plan.edges)}
    gap_x = NOMINAL * 1.8 * style.gap
    gap_y = NOMINAL * 2.4 * style.gap
    label_along = max((frame.size(e.label_w, e.label_h)[1] for e in edges if e.label), default=0.0)
    if label_along:
        gap_y = max(gap_y, label_along + NOMINAL * 1.2)
    index = {nd.id: i for i, nd in enumerate(plan.nodes)}
    indent = [gap_x * 1.2] * n  # a stacked column leaves room for its edges' labels
    for k, e in enumerate(plan.edges):
        if edges[k].label:
            u = index[e.source]
            indent[u] = max(indent[u], gap_x * 0.8 + frame.size(edges[k].label_w, edges[k].label_h)[0])
    stacked = [  # in LR/RL, siblings already form a column
        not frame.swap
        and style.stack > 0
        and len(children[i]) >= style.stack
        and all(not children[c] for c in children[i])
        for i in range(n)
    ]

    depth = [0] * n
    order: list[int] = []
    stack = list(reversed(roots))
    while stack:
        cur = stack.pop()
        order.append(cur)
        for c in reversed(children[cur]):
            depth[c] = depth[cur] + 1
            stack.append(c)
    width = [0.0] * n
    for i in reversed(order):
        kids = children[i]
        if stacked[i]:
            width[i] = max(size[i][0], indent[i] + max(size[c][0] for c in kids))
        elif kids:
            width[i] = max(size[i][0], sum(width[c] for c in kids) + gap_x * (len(kids) - 1))
        else:
            width[i] = size[i][0]
    in_row = [i for i in range(n) if not (i not in roots and stacked[_parent_of(i, children)])]
    rows: dict[int, float] = {}
    for i in in_row:
        rows[depth[i]] = max(rows.get(depth[i], 0.0), size[i][1])
    row_top = {0: 0.0}
    for d in range(1, max(rows) + 1):
        row_top[d] = row_top[d - 1] + rows.get(d - 1, 0.0) + gap_y

    parts: list[_Part] = []
    for root in roots:
        centres: dict[int, Point] = {}
        paths: dict[int, list[Point]] = {}
        labels: dict[int, Point] = {}
        members: list[int] = []
        todo = [(root, 0.0)]
        while todo:
            i, left = todo.pop()
            members.append(i)
            aw, ah = size[i]
            d = depth[i]
            cx = left + aw / 2 if stacked[i] else left + width[i] / 2
            if i not in centres:
                centres[i] = (cx, row_top[d] + rows[d] / 2)
            cx, cy = centres[i]
            kids = children[i]
            if stacked[i]:
                spine = cx - aw / 2 + min(gap_x * 0.6, aw * 0.3)
                y = cy + ah / 2 + gap_y * 0.5
                for c in kids:
                    cw, ch = size[c]
                    centres[c] = (cx - aw / 2 + indent[i] + cw / 2, y + ch / 2)
                    k = edge_of[(plan.nodes[i].id, plan.nodes[c].id)]
                    leaf = centres[c]
                    paths[k] = [(spine, cy), (spine, leaf[1]), leaf]
                    if edges[k].label:
                        labels[k] = ((spine + leaf[0] - cw / 2) / 2, leaf[1])
                    todo.append((c, 0.0))
                    y += ch + gap_y * 0.35
                continue
            x = left + (width[i] - (sum(width[c] for c in kids) + gap_x * max(len(kids) - 1, 0))) / 2
            for c in kids:
                todo.append((c, x))
                ccx = x + width[c] / 2 if not stacked[c] else x + size[c][0] / 2
                centres[c] = (ccx, row_top[depth[c]] + rows[depth[c]] / 2)
                k = edge_of[(plan.nodes[i].id, plan.nodes[c].id)]
                mid = row_top[depth[c]] - gap_y / 2
                gap = [(cx, cy + ah / 2), (cx, mid), (ccx, mid), (ccx, row_top[depth[c]])]
                paths[k] = [(cx, cy), *gap[1:3], centres[c]]
                if edges[k].label:
                    labels[k] = _point_at(gap, 0.85)
                x += width[c] + gap_x
        box = _part_box(members, centres, size, paths, labels, edges, frame, {})
        parts.append(_Part(members, centres, paths, labels, box))

    frame_aspect = aspect if not frame.swap else 1 / aspect
    offsets = _pack([p.box for p in parts], gap_x * 1.5, frame_aspect)
    _place_parts(parts, offsets, nodes, edges, frame)
    for k, e in enumerate(plan.edges):
        u, v = index[e.source], index[e.target]
        edges[k].points = _clip_ends(edges[k].points, nodes[u].outline(), nodes[v].outline())
    return _Drawing(nodes, edges)


def _parent_of(i: int, children: list[list[int]]) -> int:
    for p, kids in enumerate(children):
        if i in kids:
            return p
    return -1


# ------------------------------------------------------------------------------------------ cycle


def _cycle_order(plan: DiagramPlan) -> list[int]:
    """Node order around the circle: follow the edges when they form one ring, else node order."""
    n = len(plan.nodes)
    index = {nd.id: i for i, nd in enumerate(plan.nodes)}
    succ: dict[int, int] = {}
    for e in plan.edges:
        u, v = index[e.source], index[e.target]
        if u != v and u not in succ:
            succ[u] = v
    order, seen, cur = [0], {0}, 0
    while cur in succ and succ[cur] not in seen:
        cur = succ[cur]
        order.append(cur)
        seen.add(cur)
    if len(order) == n:
        return order
    return list(range(n))


def _cycle(plan: DiagramPlan, theme: Theme, style: _Style, aspect: float) -> _Drawing:
    """Stages on an ellipse, clockwise from the top, with arcs between consecutive stages."""
    n = len(plan.nodes)
    groups = any(nd.group for nd in plan.nodes)
    gcolors = _group_colors(plan, theme)
    order = _cycle_order(plan)
    nodes = []
    for i, nd in enumerate(plan.nodes):
        colors = gcolors[nd.id] if groups else _colors(theme, theme.color(order.index(i)))
        nodes.append(_make_node(nd, colors, style))
    pos = {node_i: k for k, node_i in enumerate(order)}
    index = {nd.id: i for i, nd in enumerate(plan.nodes)}
    stretch = max(1.0, min(aspect, 2.0))
    gap = NOMINAL * 1.2 * style.gap

    given: dict[tuple[int, int], DiagramEdge] = {}
    extra: list[DiagramEdge] = []
    for e in plan.edges:
        u, v = index[e.source], index[e.target]
        if n > 1 and pos[v] == (pos[u] + 1) % n and (u, v) not in given:
            given[(u, v)] = e
        else:
            extra.append(e)
    ring = [(order[k], order[(k + 1) % n]) for k in range(n)] if n > 1 else []

    def angle(k: float) -> float:
        return -math.pi / 2 + 2 * math.pi * k / max(n, 1)

    def arc(k: int, radius_x: float, radius_y: float) -> list[Point]:
        steps = max(8, 48 // max(n, 1))
        return [
            (radius_x * math.cos(angle(k + s / steps)), radius_y * math.sin(angle(k + s / steps)))
            for s in range(steps + 1)
        ]

    radius = max(max(nd.w, nd.h) for nd in nodes) * 0.6 if n > 1 else 0.0
    for _ in range(60):
        rx, ry = radius * stretch, radius
        for k, i in enumerate(order):
            nodes[i].cx, nodes[i].cy = rx * math.cos(angle(k)), ry * math.sin(angle(k))
        if n <= 1 or _cycle_ok(nodes, order, ring, gap, lambda k, rx=rx, ry=ry: arc(k, rx, ry)):
            break
        radius *= 1.12
    rx, ry = radius * stretch, radius

    edges: list[_Edge] = []
    label_size = NOMINAL * LABEL_RATIO
    for k, (u, v) in enumerate(ring):
        e = given.get((u, v))
        pts = _clip_ends(arc(k, rx, ry), nodes[u].outline(), nodes[v].outline())
        edge = _Edge(pts, theme.muted, width=2.0, arrow=True, dashed=bool(e and e.style == "dashed"))
        if e is not None and e.label.strip():
            edge.label = e.label.strip()
            edge.label_size = label_size
            edge.label_w, edge.label_h = _label_size(edge.label, label_size)
            mx, my = _point_at(pts, 0.5)
            norm = math.hypot(mx / max(rx, 1e-6), my / max(ry, 1e-6)) or 1.0
            ux, uy = mx / (rx or 1) / norm, my / (ry or 1) / norm
            off = abs(ux) * edge.label_w / 2 + abs(uy) * edge.label_h / 2 + 4
            edge.label_at = (mx + ux * off, my + uy * off)
        edges.append(edge)
    for e in extra:
        u, v = index[e.source], index[e.target]
        if u == v:
            edge = _Edge([], theme.muted, arrow=True, dashed=e.style == "dashed", label=e.label.strip())
            if edge.label:
                edge.label_w, edge.label_h = _label_size(edge.label, label_size)
            edge.points, edge.label_at = _self_loop(nodes[u], _Frame("TB"), NOMINAL * 1.2, edge)
            edges.append(edge)
            continue
        pts = _clip_ends(
            [(nodes[u].cx, nodes[u].cy), (nodes[v].cx, nodes[v].cy)], nodes[u].outline(), nodes[v].outline()
        )
        edge = _Edge(pts, theme.muted, arrow=True, dashed=e.style == "dashed")
        if e.label.strip():
            edge.label = e.label.strip()
            edge.label_w, edge.label_h = _label_size(edge.label, label_size)
            edge.label_at = _point_at(pts, 0.5)
        edges.append(edge)
    return _Drawing(nodes, edges)


def _cycle_ok(
    nodes: list[_Node],
    order: list[int],
    ring: list[tuple[int, int]],
    gap: float,
    arc: Callable[[int], list[Point]],
) -> bool:
    """No two stages closer than `gap`, and no arc crossing a stage it does not connect."""
    rects = [nodes[i].rect.inset(-gap / 2) for i in order]
    for a in range(len(rects)):
        for b in range(a + 1, len(rects)):
            if rects[a].intersects(rects[b]):
                return False
    if len(order) <= 2:
        return True
    for k, (u, v) in enumerate(ring):
        pts = arc(k)
        for i in order:
            if i in (u, v):
                continue
            r = nodes[i].rect.inset(-2)
            if any(_segment_hits_rect(pts[j], pts[j + 1], r) for j in range(len(pts) - 1)):
                return False
    return True


def _segment_hits_rect(p: Point, q: Point, r: Rect) -> bool:
    """Liang–Barsky: does segment p–q enter rect r?"""
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for pk, qk in ((-dx, p[0] - r.x), (dx, r.right - p[0]), (-dy, p[1] - r.y), (dy, r.bottom - p[1])):
        if abs(pk) < 1e-12:
            if qk < 0:
                return False
            continue
        t = qk / pk
        if pk < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


# ---------------------------------------------------------------------------------------- mindmap


def _mindmap_tree(plan: DiagramPlan) -> tuple[list[int], list[list[int]]]:
    """Parent and children of each node: BFS from the centre over undirected edges; ideas not
    connected to it hang off the centre with their own subtrees."""
    n = len(plan.nodes)
    index = {nd.id: i for i, nd in enumerate(plan.nodes)}
    adj: list[list[int]] = [[] for _ in range(n)]
    for e in plan.edges:
        u, v = index[e.source], index[e.target]
        if u != v:
            adj[u].append(v)
            adj[v].append(u)
    parent = [-2] * n
    parent[0] = -1
    children: list[list[int]] = [[] for _ in range(n)]
    for start in range(n):
        if parent[start] == -2:
            parent[start] = 0
            children[0].append(start)
        queue = deque([start]) if start == 0 or parent[start] == 0 else deque()
        while queue:
            cur = queue.popleft()
            for nb in adj[cur]:
                if parent[nb] == -2:
                    parent[nb] = cur
                    children[cur].append(nb)
                    queue.append(nb)
    return parent, children


def _mindmap(plan: DiagramPlan, theme: Theme, style: _Style) -> _Drawing:
    """The first node in the centre; branches to the right and left, children further out."""
    n = len(plan.nodes)
    index = {nd.id: i for i, nd in enumerate(plan.nodes)}
    parent, children = _mindmap_tree(plan)
    depth = [0] * n
    branch = [0] * n
    for b, child in enumerate(children[0]):
        stack = [(child, 1)]
        while stack:
            cur, d = stack.pop()
            depth[cur], branch[cur] = d, b
            stack += [(c, d + 1) for c in children[cur]]

    nodes: list[_Node] = []
    for i, nd in enumerate(plan.nodes):
        if i == 0:
            colors = (theme.accent, theme.accent, _readable(theme.accent, theme))
            nodes.append(_make_node(nd, colors, style, NOMINAL * 1.25, bold=True))
            continue
        strong = theme.color(branch[i] + 1)
        tint = 0.38 if depth[i] == 1 else 0.16
        nodes.append(_make_node(nd, _colors(theme, strong, tint), style, NOMINAL, bold=depth[i] == 1))

    label_size = NOMINAL * LABEL_RATIO
    given: dict[tuple[int, int], DiagramEdge] = {}
    for e in plan.edges:
        u, v = index[e.source], index[e.target]
        given.setdefault((u, v), e)
        given.setdefault((v, u), e)
    widest_label = max(
        (_label_size(e.label.strip(), label_size)[0] for e in plan.edges if e.label.strip()), default=0.0
    )
    gap_x = NOMINAL * 2.6 * style.gap + widest_label
    gap_y = NOMINAL * 0.6 * style.gap

    # Block height of each subtree, leaves first (iterative: a 500-node chain must not recurse).
    heights = [0.0] * n
    post: list[int] = []
    stack = [0]
    while stack:
        cur = stack.pop()
        post.append(cur)
        stack += children[cur]
    for i in reversed(post):
        kids = children[i]
        inner = sum(heights[c] for c in kids) + gap_y * max(len(kids) - 1, 0)
        heights[i] = max(nodes[i].h, inner)

    branches = children[0]
    total = sum(heights[b] for b in branches)
    right: list[int] = []
    left: list[int] = []
    acc = 0.0
    for b in branches:
        if acc < total / 2 or not right:
            right.append(b)
            acc += heights[b]
        else:
            left.append(b)
    if len(branches) >= 2 and not left:
        left.append(right.pop())
    left.reverse()  # read clockwise: right side top→bottom, left side bottom→top

    centre = nodes[0]
    centre.cx = centre.cy = 0.0
    edges: list[_Edge] = []
    for side, sign in ((right, 1), (left, -1)):
        members: list[int] = []
        stack = list(side)
        while stack:
            cur = stack.pop()
            members.append(cur)
            stack += children[cur]
        col_w: dict[int, float] = {}
        for i in members:
            col_w[depth[i]] = max(col_w.get(depth[i], 0.0), nodes[i].w)
        col_x = {1: centre.w / 2 + gap_x}
        for d in range(2, max(col_w, default=1) + 1):
            col_x[d] = col_x[d - 1] + col_w[d - 1] + gap_x
        height = sum(heights[b] for b in side) + gap_y * 2 * max(len(side) - 1, 0)
        tops = []
        top = -height / 2
        for b in side:
            tops.append((b, top))
            top += heights[b] + gap_y * 2
        while tops:  # place each node centred in its block, children stacked inside it
            i, top = tops.pop()
            node = nodes[i]
            node.cy = top + heights[i] / 2
            node.cx = sign * (col_x[depth[i]] + node.w / 2)
            inner = sum(heights[c] for c in children[i]) + gap_y * max(len(children[i]) - 1, 0)
            y = top + (heights[i] - inner) / 2
            for c in children[i]:
                tops.append((c, y))
                y += heights[c] + gap_y
        for i in members:
            p = parent[i]
            pn, cn = nodes[p], nodes[i]
            if p == 0:
                sy = pn.cy + max(-pn.h * 0.3, min(pn.h * 0.3, (cn.cy - pn.cy) * 0.25))
                start_x = pn.cx + sign * pn.w / 2
            else:
                sy = pn.cy
                start_x = sign * (col_x[depth[p]] + col_w[depth[p]])
            end_x = cn.cx - sign * cn.w / 2
            mid = (start_x + end_x) / 2
            curve = _bezier((start_x, sy), (mid, sy), (mid, cn.cy), (end_x, cn.cy), 12)
            pts = _clip_ends([(pn.cx, sy), *curve, (cn.cx, cn.cy)], pn.outline(), cn.outline())
            e = given.get((p, i))
            edge = _Edge(
                pts,
                theme.color(branch[i] + 1),
                width=2.5 if depth[i] == 1 else 1.75,
                arrow=False,
                dashed=bool(e and e.style == "dashed"),
            )
            if e is not None and e.label.strip():
                edge.label = e.label.strip()
                edge.label_size = label_size
                edge.label_w, edge.label_h = _label_size(edge.label, label_size)
                edge.label_at = _point_at(curve, 0.5)
            edges.append(edge)

    tree_pairs = {(parent[i], i) for i in range(1, n)} | {(i, parent[i]) for i in range(1, n)}
    for e in plan.edges:  # cross-links beyond the tree: dashed straight lines
        u, v = index[e.source], index[e.target]
        if u == v or (u, v) in tree_pairs:
            continue
        pts = _clip_ends(
            [(nodes[u].cx, nodes[u].cy), (nodes[v].cx, nodes[v].cy)], nodes[u].outline(), nodes[v].outline()
        )
        edges.append(_Edge(pts, theme.muted, arrow=False, dashed=True))
    return _Drawing(nodes, edges)


# ------------------------------------------------------------------------------------------- emit


def _emit(drawing: _Drawing, area: Rect, theme: Theme) -> list[Element]:
    """Scale the natural drawing into `area` and turn it into layout elements (edges under nodes)."""
    box = drawing.bbox()
    scale = _scale_for(drawing, area)
    ox = area.x + (area.w - box.w * scale) / 2 - box.x * scale
    oy = area.y + (area.h - box.h * scale) / 2 - box.y * scale

    def pt(p: Point) -> Point:
        return (ox + p[0] * scale, oy + p[1] * scale)

    def rect(r: Rect) -> Rect:
        x, y = pt((r.x, r.y))
        return Rect(x, y, r.w * scale, r.h * scale)

    line_scale = min(1.0, max(scale, 0.35))
    out: list[Element] = []
    for k, e in enumerate(drawing.edges):
        label: TextBox | None = None
        lr = e.label_rect
        if lr is not None:
            size = e.label_size * scale
            inner = rect(lr).inset(e.label_size * 0.3 * scale, e.label_size * 0.15 * scale)
            label = text_box(
                e.label,
                inner,
                max_size=size,
                min_size=size,
                color=theme.muted,
                align="center",
                valign="middle",
                max_lines=2,
                name=f"edge-label-{k}",
            )
        out.append(
            Connector(
                points=[pt(p) for p in e.points],
                color=e.color,
                width=round(e.width * line_scale, 2),
                arrow=e.arrow,
                dashed=e.dashed,
                label=label,
                name=f"edge-{k}",
            )
        )
    for node in drawing.nodes:
        r = rect(node.rect)
        size = node.size * scale
        tw, th = node.tw * scale, node.th * scale
        inner = Rect(r.x + (r.w - tw) / 2, r.y + (r.h - th) / 2, tw, th)
        box_ = text_box(
            node.label,
            inner,
            max_size=size,
            min_size=size,
            color=node.color,
            bold=node.bold,
            align="center",
            valign="middle",
            max_lines=node.max_lines,
            name=f"label-{node.id}",
        )
        out.append(
            Shape(
                rect=r,
                geometry=node.geometry,
                fill=node.fill,
                stroke=node.stroke,
                stroke_width=round(1.5 * line_scale, 2),
                text=box_,
                name=f"node-{node.id}",
            )
        )
    return out

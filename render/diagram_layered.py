"""Layered (Sugiyama) layout of flowcharts and networks with grandalf; edges bend only between layers."""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from grandalf.layouts import SugiyamaLayout

from render import deadline
from render.diagram_model import (
    LABEL_RATIO,
    NOMINAL,
    Point,
    _bezier,
    _clip_ends,
    _Drawing,
    _Edge,
    _group_colors,
    _label_size,
    _make_node,
    _Node,
    _point_at,
    _Style,
)
from render.layout import (
    Rect,
)
from render.plan import DiagramPlan
from render.theme import Theme

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
    notes: list[str] = []
    comps = _components(len(nodes), [ends[k] for k in real])
    comp_of = {i: c for c, comp in enumerate(comps) for i in comp}
    edges_of: list[list[int]] = [[] for _ in comps]
    for k in real:
        edges_of[comp_of[ends[k][0]]].append(k)
    for comp, comp_edges in zip(comps, edges_of, strict=True):
        deadline.check()
        parts.append(
            _layer_component(
                comp, comp_edges, ends, nodes, frame, gap_x, gap_y, tree, loop_pad, edges, frame_aspect, notes
            )
        )
    offsets = _pack([p.box for p in parts], gap_x * 1.5, frame_aspect)

    drawing = _Drawing(nodes=nodes, edges=edges, notes=notes)
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
    notes: list[str],
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

    local = {i: j for j, i in enumerate(comp)}
    verts = [Vertex(i) for i in comp]
    for i, v in zip(comp, verts, strict=True):
        aw, ah = sizes[i]
        v.view = _View(aw + 2 * loop_pad.get(i, 0.0), ah)
    gedges = {k: GEdge(verts[local[ends[k][0]]], verts[local[ends[k][1]]]) for k in comp_edges}
    has_target = {ends[k][1] for k in comp_edges}
    order = sorted(range(len(comp)), key=lambda j: (comp[j] in has_target, j))
    pairs = [(local[ends[k][0]], local[ends[k][1]]) for k in comp_edges]
    back = _feedback_edges(len(comp), pairs, order)
    ranks = _ranks(len(comp), pairs, back)
    dummies = sum(max(abs(ranks[b] - ranks[a]) - 1, 0) for a, b in pairs)
    if dummies > DUMMY_BUDGET:
        sug: Any = _Plain(verts, ranks, [gedges[k] for k in comp_edges], gap_x, gap_y)
        long = sum(1 for a, b in pairs if abs(ranks[b] - ranks[a]) > 1)
        notes.append(
            f"diagram: {long:,} of {len(pairs):,} connections span several layers and are drawn "
            "across them, not around the nodes: the graph is too dense to route"
        )
    else:
        from grandalf.layouts import SugiyamaLayout

        inverted = [gedges[k] for n, k in enumerate(comp_edges) if n in back]
        has_in = {local[ends[k][1]] if n not in back else local[ends[k][0]] for n, k in enumerate(comp_edges)}
        roots = [verts[j] for j in range(len(comp)) if j not in has_in]
        sug = SugiyamaLayout(Graph(verts, list(gedges.values())).C[0])
        sug.xspace, sug.yspace = gap_x, gap_y
        sug.dw, sug.dh = max(gap_x * 0.3, 2.0), 2.0
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20000))
        try:
            sug.init_all(roots=roots, inverted_edges=inverted)
            if sum(len(layer) for layer in sug.layers) <= FAST_XY_ABOVE:
                sug.draw(N=1.5 if len(comp) <= 150 else 0.5)
            else:  # grandalf's Brandes-Köpf pass is super-linear: tens of seconds at a few hundred nodes
                for _ in sug.ordering_step(oneway=True):
                    pass
                _fast_xy(sug)
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
        chain += [(r, ctrl[r].view.xy[0]) for r in range(ru + step, rv, step) if r in ctrl]
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


FAST_XY_ABOVE = 250
"""Vertices (dummies included) above which coordinates come from `_fast_xy`, not grandalf's setxy."""
DUMMY_BUDGET = 3000
"""Dummy vertices (one per layer a long edge crosses) grandalf may make for one component. A random
500-node, 2,000-edge graph needs ~180,000 of them and minutes of work; past this budget `_Plain`
lays the graph out in linear passes and long edges are drawn straight across the layers."""


def _ranks(n: int, pairs: list[tuple[int, int]], back: set[int]) -> list[int]:
    """Longest-path layer of each vertex once the `back` edges are reversed (what grandalf computes)."""
    succ: list[list[int]] = [[] for _ in range(n)]
    indeg = [0] * n
    for k, (a, b) in enumerate(pairs):
        if k in back:
            a, b = b, a
        succ[a].append(b)
        indeg[b] += 1
    rank = [0] * n
    ready = [i for i in range(n) if indeg[i] == 0]
    while ready:
        u = ready.pop()
        for v in succ[u]:
            rank[v] = max(rank[v], rank[u] + 1)
            indeg[v] -= 1
            if not indeg[v]:
                ready.append(v)
    return rank


class _Rank:
    def __init__(self, rank: int) -> None:
        self.rank = rank


class _Plain:
    """A layered layout without dummy vertices, in linear passes, shaped like the parts of grandalf's
    `SugiyamaLayout` the routing reads (`layers`, `grx`, `ctrls`, `g.sE`, spacing): longest-path
    layers, a few barycentre sweeps for the order in each layer, then `_fast_xy` coordinates."""

    def __init__(self, verts: list[Any], ranks: list[int], edges: list[Any], xspace: float, yspace: float):
        self.xspace, self.yspace = xspace, yspace
        self.ctrls: dict[Any, dict[int, Any]] = {}
        self.g = type("Edges", (), {"sE": edges})()
        self.grx = {v: _Rank(r) for v, r in zip(verts, ranks, strict=True)}
        self.layers: list[list[Any]] = [[] for _ in range(max(ranks, default=0) + 1)]
        for v, r in zip(verts, ranks, strict=True):
            self.layers[r].append(v)
        above: dict[Any, list[Any]] = {v: [] for v in verts}
        below: dict[Any, list[Any]] = {v: [] for v in verts}
        for e in edges:
            a, b = e.v
            if self.grx[a].rank > self.grx[b].rank:
                a, b = b, a
            below[a].append(b)
            above[b].append(a)
        pos = {v: k / len(layer) for layer in self.layers for k, v in enumerate(layer)}
        for sweep in range(4):
            down = sweep % 2 == 0
            near = above if down else below
            for layer in self.layers[1:] if down else self.layers[-2::-1]:
                wish = {v: sum(pos[u] for u in near[v]) / len(near[v]) if near[v] else pos[v] for v in layer}
                layer.sort(key=wish.__getitem__)
                pos.update((v, k / len(layer)) for k, v in enumerate(layer))
        _fast_xy(self)


def _fast_xy(sug: SugiyamaLayout) -> None:
    """Linear-time coordinates for big layered graphs: layers packed in their computed order, then
    two sweeps pulling each vertex toward the mean x of its neighbours in the previous layer
    (order and minimum spacing kept). Less balanced than Brandes-Köpf, but bounded work, and a
    graph this big is read by its structure, not its symmetry."""
    gap = sug.xspace
    nbrs: dict[int, dict[object, list[object]]] = {-1: {}, 1: {}}  # neighbours one layer up / down
    for e in sug.g.sE:
        u, w = e.v
        ru, rw = sug.grx[u].rank, sug.grx[w].rank
        if ru > rw:
            u, w, ru, rw = w, u, rw, ru
        ctrl = sug.ctrls.get(e, {})
        chain = [u, *(ctrl[r] for r in range(ru + 1, rw) if r in ctrl), w]
        for a, b in itertools.pairwise(chain):
            nbrs[1].setdefault(a, []).append(b)
            nbrs[-1].setdefault(b, []).append(a)
    y = 0.0
    for layer in sug.layers:
        half = max(v.view.h / 2 for v in layer)
        total = sum(v.view.w for v in layer) + gap * (len(layer) - 1)
        x = -total / 2
        for v in layer:
            v.view.xy = (x + v.view.w / 2, y + half)
            x += v.view.w + gap
        y += 2 * half + sug.yspace
    for direction, layers in ((-1, sug.layers[1:]), (1, list(reversed(sug.layers[:-1])))):
        for layer in layers:
            want = []
            for v in layer:
                near = [u.view.xy[0] for u in nbrs[direction].get(v, ())]
                want.append(sum(near) / len(near) if near else v.view.xy[0])
            # keep the order: each vertex at its wish, pushed right of its left neighbour as needed
            placed: list[float] = []
            for k, v in enumerate(layer):
                x = want[k]
                if placed:
                    prev = layer[k - 1]
                    x = max(x, placed[-1] + (prev.view.w + v.view.w) / 2 + gap)
                placed.append(x)
            shift = (sum(want) - sum(placed)) / len(placed)  # recentre on the wishes
            for v, x in zip(layer, placed, strict=True):
                v.view.xy = (x + shift, v.view.xy[1])


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

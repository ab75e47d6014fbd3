"""Trees, cycles and mind maps: layouts that follow the graph's own shape."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable

from render.diagram_layered import (
    _Frame,
    _pack,
    _Part,
    _part_box,
    _place_parts,
    _self_loop,
)
from render.diagram_model import (
    LABEL_RATIO,
    NOMINAL,
    Point,
    _bezier,
    _clip_ends,
    _colors,
    _Drawing,
    _Edge,
    _group_colors,
    _label_size,
    _make_node,
    _Node,
    _point_at,
    _readable,
    _Style,
)
from render.layout import (
    Rect,
)
from render.plan import DiagramEdge, DiagramPlan
from render.theme import Theme

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
    pos = {node_i: k for k, node_i in enumerate(order)}
    nodes = []
    for i, nd in enumerate(plan.nodes):
        colors = gcolors[nd.id] if groups else _colors(theme, theme.color(pos[i]))
        nodes.append(_make_node(nd, colors, style))
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
    if n > NEAR_ONLY:  # start where the stages can fit around the ring, not 60 growth steps below it
        radius = max(radius, sum(max(nd.w, nd.h) + gap for nd in nodes) / (2 * math.pi * stretch))
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


NEAR_ONLY = 40
"""Rings with more stages than this check collisions between ring neighbours only (linear)."""


def _cycle_ok(
    nodes: list[_Node],
    order: list[int],
    ring: list[tuple[int, int]],
    gap: float,
    arc: Callable[[int], list[Point]],
) -> bool:
    """No two stages closer than `gap`, and no arc crossing a stage it does not connect.

    Big rings compare each stage only with its `NEAR_ONLY` neighbours on either side: stages are
    placed in ring order on an ellipse, so far ones cannot touch, and the test stays linear."""
    n = len(order)
    rects = [nodes[i].rect.inset(-gap / 2) for i in order]
    reach = n if n <= NEAR_ONLY else 3
    for a in range(n):
        for b in range(a + 1, min(a + 1 + reach, n)):
            if rects[a].intersects(rects[b]):
                return False
        if n > NEAR_ONLY and rects[a].intersects(rects[(a + 1) % n]):
            return False
    if n <= 2:
        return True
    for k, (u, v) in enumerate(ring):
        pts = arc(k)
        near = order if n <= NEAR_ONLY else [order[(k + d) % n] for d in range(-reach, reach + 2)]
        for i in near:
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

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

from render import deadline, frame
from render.diagram_layered import (
    _layered,
)
from render.diagram_model import (
    COMFORTABLE,
    MAX_SCALE,
    NOMINAL,
    READABLE,
    Point,
    _Drawing,
    _Style,
    _styles,
)
from render.diagram_radial import (
    _cycle,
    _mindmap,
    _tree,
)
from render.layout import (
    Connector,
    Context,
    Element,
    Layout,
    Rect,
    Shape,
    TextBox,
    text_box,
)
from render.plan import DiagramPlan
from render.theme import Theme

# ------------------------------------------------------------------------------------------- public


def layout(plan: DiagramPlan, ctx: Context) -> Layout:
    """One 16:9 page: the page frame's title band and the diagram filling the body."""
    page, body = frame.open_page(ctx, plan.title, notes=plan.answer)
    page.elements.extend(place(plan, body, ctx))
    return Layout(pages=[page], kind="diagram", title=plan.title)


def place(plan: DiagramPlan, rect: Rect, ctx: Context) -> list[Element]:
    """The diagram scaled uniformly and centred inside `rect`; nothing is placed outside it."""
    theme = ctx.theme
    area = rect.inset(min(8.0, rect.w * 0.02), min(8.0, rect.h * 0.02))
    best: tuple[float, float, _Drawing] | None = None
    # A big slot deserves big text: the styles are tried until text reaches a size in proportion to
    # the slot (a slide's body asks for about 20 pt), the earlier (airier) style winning ties.
    comfortable = COMFORTABLE
    if len(plan.nodes) <= 8 and plan.diagram_type != "tree":
        comfortable = max(COMFORTABLE, min(20.0, area.h / 19))
    for style in _styles(len(plan.nodes), plan.diagram_type):
        deadline.check()
        drawing = _draw(plan, theme, style, area)
        font = NOMINAL * _scale_for(drawing, area)
        score = min(font, comfortable)
        if best is None or score > best[0] + 0.05:
            best = (score, font, drawing)
        if font >= comfortable:
            break
    assert best is not None
    _, font, drawing = best
    ctx.notes.extend(n for n in drawing.notes if n not in ctx.notes)
    if font < READABLE:
        ctx.notes.append(
            f"diagram: {len(plan.nodes)} nodes only fit with {font:.1f} pt text; "
            "split it into smaller diagrams to make it readable"
        )
    return _emit(drawing, area, theme)


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


# ------------------------------------------------------------------------------------------- emit


def _row_height(drawing: _Drawing, area: Rect, scale: float) -> float:
    """For a single row of nodes joined by straight horizontal edges (a short left-to-right process),
    the height every node grows to: one height for all, taller than the text needs, so a three-step
    process fills a wide slot instead of sitting in it as a thin strip. 0 for any other drawing."""
    if len(drawing.nodes) < 2:
        return 0.0
    centres = {round(n.rect.y + n.rect.h / 2, 1) for n in drawing.nodes}
    flat = all(len({round(p[1], 1) for p in e.points}) == 1 for e in drawing.edges)
    if len(centres) != 1 or not flat or any(e.label_rect is not None for e in drawing.edges):
        return 0.0
    tallest = max(n.rect.h for n in drawing.nodes) * scale
    return min(max(tallest * 1.7, tallest), area.h * 0.45)


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
    row_h = _row_height(drawing, area, scale)
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
        if row_h > r.h:  # a single row of steps: cards of one height that fill the slot better
            r = Rect(r.x, r.y + (r.h - row_h) / 2, r.w, row_h)
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

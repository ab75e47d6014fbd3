"""Infographic layout: an `InfographicPlan` becomes positioned `Layout` pages.

Blocks (stats, steps, timeline, comparison, checklist, callout, table, text, visual) flow in reading order through a
grid of full- and half-width rows on pages of the theme's size, so every page is also a slide. Nothing here
paints: the SVG and PowerPoint painters draw the same elements. Every string goes through
`text_box`, which shrinks and, as a last resort, ellipsises it, so hostile input (2,000-character
titles, twelve stat cards, CJK, Arabic, emoji) still yields boxes that fit.

Shapes whose name starts with `CONTAINER` are backgrounds that hold other elements (cards,
panels); they are the only elements meant to overlap others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from render import frame
from render import text as textmod
from render.infographic_blocks import (
    CONTAINER,
    _callout,
    _callout_height,
    _checklist,
    _checklist_height,
    _hues,
    _readable,
    _stats,
    _stats_height,
    _steps,
    _steps_height,
    _Style,
    _visual,
    _visual_height,
    grown_sizes,
    is_container,
    max_scale,
)
from render.infographic_table import table_block, table_block_height, text_height, text_panel
from render.infographic_timeline import _comparison, _comparison_height, _timeline, _timeline_height
from render.layout import Context, Element, Layout, Page, Rect, Shape, TextBox, text_box
from render.plan import (
    Block,
    CalloutBlock,
    ChecklistBlock,
    ComparisonBlock,
    ImagePlan,
    InfographicPlan,
    StatsBlock,
    StepsBlock,
    TableBlock,
    TextBlock,
    TimelineBlock,
    VisualBlock,
)
from render.theme import Theme

__all__ = ["CONTAINER", "_readable", "is_container", "layout", "place"]

# Infographics are dense one-pagers: a tighter top and bottom than the theme's page margin.
TOP_FACTOR = 0.7
ROW_GAP = 22.0
COL_GAP = 32.0
FOOTER_H = 22.0
HERO_H = 112.0
COMPACT_HEADER_H = 30.0


@dataclass(frozen=True)
class _Grid:
    """The page grid from the theme's spacing tokens."""

    x: float
    top: float
    bottom: float
    w: float

    @classmethod
    def of(cls, theme: Theme) -> _Grid:
        m = theme.margin
        return cls(
            m, round(m * TOP_FACTOR), theme.page_height - theme.margin_bottom, theme.page_width - 2 * m
        )


def _natural_height(block: Block, w: float, theme: Theme) -> float:
    if isinstance(block, StatsBlock):
        return _stats_height(block, w, theme)
    if isinstance(block, StepsBlock):
        return _steps_height(block, w, theme)
    if isinstance(block, TimelineBlock):
        return _timeline_height(block, w, theme)
    if isinstance(block, ComparisonBlock):
        return _comparison_height(block, w, theme)
    if isinstance(block, ChecklistBlock):
        return _checklist_height(block, w, theme)
    if isinstance(block, VisualBlock):
        return _visual_height(block, w, theme)
    if isinstance(block, TableBlock):
        return table_block_height(block.title, block.columns, block.rows, w, theme)
    if isinstance(block, TextBlock):
        return text_height(block.title, block.paragraphs, w, 14.0)
    return _callout_height(block, w, theme)


def _draw(block: Block, rect: Rect, ctx: Context, index: int, scale: float = 1.0) -> list[Element]:
    """Elements of one block, all inside `rect`, its type grown by `scale` (see `_page_scale`)."""
    theme = ctx.theme
    hues = _hues(theme)
    style = _Style(theme, hues[index % len(hues)], grown_sizes(theme, scale))
    name = f"block[{index}].{block.type}"
    if isinstance(block, StatsBlock):
        return _stats(block, rect, style, name, index)
    if isinstance(block, StepsBlock):
        return _steps(block, rect, style, name)
    if isinstance(block, TimelineBlock):
        return _timeline(block, rect, style, name)
    if isinstance(block, ComparisonBlock):
        return _comparison(block, rect, style, name)
    if isinstance(block, ChecklistBlock):
        return _checklist(block, rect, style, name)
    if isinstance(block, VisualBlock):
        return _visual(block, rect, style, name, ctx)
    if isinstance(block, TableBlock):
        return table_block(block.title, block.columns, block.rows, rect, style, name)
    if isinstance(block, TextBlock):
        return text_panel(block.title, block.paragraphs, rect, style, name, max_size=14.0 * style.sizes.scale)
    return _callout(block, rect, style, name)


def _half_width(block: Block) -> bool:
    """Blocks that read well in half a page, so two of them can share a row."""
    if isinstance(block, CalloutBlock):
        return True
    if isinstance(block, ChecklistBlock):
        return len(block.items) <= 6
    if isinstance(block, StatsBlock):
        return len(block.items) <= 2
    if isinstance(block, VisualBlock):
        return block.visual.kind in ("chart", "image")
    if isinstance(block, TextBlock):
        return sum(len(p) for p in block.paragraphs) <= 500
    if isinstance(block, TableBlock):
        return len(block.columns or block.rows[0]) <= 2 and sum(len(c) for r in block.rows for c in r) <= 300
    return False


@dataclass
class _Row:
    blocks: list[int]
    natural: float
    minimum: float
    w: float = 0.0
    height: float = 0.0
    y: float = 0.0


@dataclass
class _PageFlow:
    top: float
    rows: list[_Row] = field(default_factory=list)


def _rows(plan: InfographicPlan, theme: Theme, room: float) -> list[_Row]:
    """Group blocks into rows in reading order: consecutive half-width blocks pair up."""
    g = _Grid.of(theme)
    half_w = (g.w - COL_GAP) / 2
    out: list[_Row] = []
    i = 0
    blocks = plan.blocks
    while i < len(blocks):
        if _half_width(blocks[i]) and i + 1 < len(blocks) and _half_width(blocks[i + 1]):
            members, w = [i, i + 1], half_w
            i += 2
        else:
            members, w = [i], g.w
            i += 1
        natural = min(max(_natural_height(blocks[m], w, theme) for m in members), room)
        out.append(_Row(members, natural, min(natural, max(natural * 0.72, 60.0)), w))
    return out


def _paginate(rows: list[_Row], first_top: float, next_top: float, bottom: float) -> list[_PageFlow]:
    """Greedy page filling on each row's minimum height, then hand out the spare height."""
    pages = [_PageFlow(first_top)]
    used = 0.0
    for row in rows:
        page = pages[-1]
        need = row.minimum + (ROW_GAP if page.rows else 0.0)
        if page.rows and used + need > bottom - page.top:
            page = _PageFlow(next_top)
            pages.append(page)
            used, need = 0.0, row.minimum
        page.rows.append(row)
        used += need
    for page in pages:
        _fit(page, bottom)
    return pages


def _fit(page: _PageFlow, bottom: float) -> None:
    """Row heights and positions on one page: minimum heights, then the spare height handed out."""
    room = bottom - page.top
    gaps = ROW_GAP * (len(page.rows) - 1)
    for row in page.rows:
        row.height = row.minimum
    spare = room - gaps - sum(r.height for r in page.rows)
    if spare < 0:  # a single row taller than a page: squeeze it (text shrinks to fit)
        for row in page.rows:
            row.height = max(row.height + spare / len(page.rows), 40.0)
        spare = 0.0
    want = sum(r.natural - r.minimum for r in page.rows)
    if want > 0:
        share = min(1.0, spare / want)
        for row in page.rows:
            row.height += (row.natural - row.minimum) * share
        spare -= want * share
    grow = sum(r.natural * 0.2 for r in page.rows)
    if spare > 0 and grow > 0:
        share = min(1.0, spare / grow)
        for row in page.rows:
            row.height += row.natural * 0.2 * share
        spare -= grow * share
    gap = ROW_GAP + (min(spare / (len(page.rows) - 1), 18.0) if len(page.rows) > 1 and spare > 0 else 0.0)
    spare -= (gap - ROW_GAP) * (len(page.rows) - 1)
    y = page.top + max(spare, 0.0) / 2  # a short page sits in the middle, not stuck to the header
    for row in page.rows:
        row.y = y
        y += row.height + gap


def _page_scale(flows: list[_PageFlow], blocks: list[Block], theme: Theme, bottom: float) -> float:
    """How much the blocks may grow so that under-filled pages use their space: the largest scale
    (up to the theme's limit) at which every page's rows, at their grown natural heights, still fit.
    A block at scale s takes s times the height it needs at width w/s (type, marks and gaps all grow
    alike), so the same height functions measure it. One scale for the whole infographic, so type
    sizes agree across its pages; a full page keeps it at 1."""

    def fits(s: float) -> bool:
        for flow in flows:
            need = ROW_GAP * (len(flow.rows) - 1)
            for row in flow.rows:
                need += max(s * _natural_height(blocks[m], row.w / s, theme) for m in row.blocks)
            if need > bottom - flow.top:
                return False
        return True

    high = max_scale(theme)
    if high <= 1.0 or not fits(1.05):
        return 1.0
    if fits(high):
        return high
    low = 1.05
    for _ in range(6):
        mid = (low + high) / 2
        low, high = (mid, high) if fits(mid) else (low, mid)
    return low


def _row_rects(row: _Row, grid: _Grid) -> list[Rect]:
    if len(row.blocks) == 1:
        return [Rect(grid.x, row.y, grid.w, row.height)]
    half_w = (grid.w - COL_GAP) / 2
    return [
        Rect(grid.x, row.y, half_w, row.height),
        Rect(grid.x + half_w + COL_GAP, row.y, half_w, row.height),
    ]


def _text_fit(flows: list[_PageFlow], plan: InfographicPlan, ctx: Context, scale: float) -> dict[str, tuple]:
    """Each block text's (size, truncated) at `scale` (visual blocks, whose type does not grow and
    which may be costly to draw, left out)."""
    grid = _Grid.of(ctx.theme)
    out: dict[str, tuple] = {}
    for flow in flows:
        for row in flow.rows:
            for idx, rect in zip(row.blocks, _row_rects(row, grid), strict=True):
                if not isinstance(plan.blocks[idx], VisualBlock):
                    for el in _draw(plan.blocks[idx], rect, ctx, idx, scale):
                        if isinstance(el, TextBox):
                            out[el.name] = (el.size, el.truncated)
    return out


def _grow(flows: list[_PageFlow], plan: InfographicPlan, ctx: Context, bottom: float) -> float:
    """Grow the blocks of under-filled pages (`_page_scale`) and lay their rows out again; kept
    only when no text comes out smaller or cut where it was whole at the compact size (a height
    estimate that caps its lines can promise more room than a block gets)."""
    blocks, theme = plan.blocks, ctx.theme
    scale = _page_scale(flows, blocks, theme, bottom)
    if scale <= 1.0:
        return 1.0
    before = _text_fit(flows, plan, ctx, 1.0)
    saved = [[(r.natural, r.minimum, r.height, r.y) for r in flow.rows] for flow in flows]
    for flow in flows:
        for row in flow.rows:
            grown = max(scale * _natural_height(blocks[m], row.w / scale, theme) for m in row.blocks)
            row.natural = row.minimum = grown
        _fit(flow, bottom)
    after = _text_fit(flows, plan, ctx, scale)
    if all(
        name in after and after[name][0] >= size - 1e-6 and (cut or not after[name][1])
        for name, (size, cut) in before.items()
    ):
        return scale
    for flow, rows in zip(flows, saved, strict=True):
        for row, (natural, minimum, height, y) in zip(flow.rows, rows, strict=True):
            row.natural, row.minimum, row.height, row.y = natural, minimum, height, y
    return 1.0


# ------------------------------------------------------------------------------------------ header


def _hero_rect(image: ImagePlan, rtl: bool, g: _Grid) -> Rect:
    """Where the hero picture goes: beside the title (at the end of the line it starts), sized to
    the picture's aspect ratio so `render.image.place` fills it rather than letterboxing."""
    a, b = (int(v) for v in image.aspect_ratio.split(":"))
    caption = min(40.0, HERO_H * 0.15) if image.caption else 0.0
    w = min((HERO_H - caption) * a / b, g.w * 0.42)
    if image.caption:
        w = max(w, 160.0)
    return Rect(g.x if rtl else g.x + g.w - w, g.top, w, HERO_H)


def _header(
    plan: InfographicPlan, theme: Theme, ctx: Context, measure_only: bool = False
) -> tuple[list[Element], float]:
    """The first page's header: title, subtitle, accent rule and the optional hero picture beside
    them. Returns its elements and where the blocks may start."""
    g = _Grid.of(theme)
    out: list[Element] = []
    rtl = textmod.is_rtl(plan.title)
    hero = _hero_rect(plan.hero_image, rtl, g) if plan.hero_image is not None else None
    x, w = g.x, g.w
    if hero is not None:
        w = g.w - hero.w - 28
        x = hero.right + 28 if rtl else g.x
    y = g.top
    title = frame.fit(
        plan.title,
        Rect(x, y, w, frame.lines_h(2, theme.title_size)),
        max_size=theme.title_size,
        min_size=18,
        color=theme.text,
        bold=True,
        max_lines=2,
        name="title",
    )
    out.append(title)
    y = title.rect.bottom + 4
    if plan.subtitle:
        sub_size = min(theme.body_size, 16)
        sub = frame.fit(
            plan.subtitle,
            Rect(x, y, w, frame.lines_h(2, sub_size)),
            max_size=sub_size,
            min_size=10,
            color=theme.muted,
            max_lines=2,
            name="subtitle",
        )
        out.append(sub)
        y = sub.rect.bottom + 2
    rule_x = x + w - 56 if rtl else x
    out.append(Shape(Rect(rule_x, y + 8, 56, 4), "rect", fill=theme.accent, name="title-rule"))
    y += 8 + 4 + 16
    if hero is not None and plan.hero_image is not None:
        if not measure_only:
            page = frame.new_page(ctx)
            frame.embed(page, plan.hero_image, hero, ctx)
            out.extend(page.elements)
        y = max(y, hero.bottom + 18)
    return out, y


def _compact_header(plan: InfographicPlan, theme: Theme, number: int, total: int) -> list[Element]:
    """Continuation pages repeat the title on one line with the page count."""
    g = _Grid.of(theme)
    size = min(theme.heading_size, 20)
    suffix = f" ({number}/{total})"
    room = g.w - textmod.text_width(suffix, size, True) - 2
    lines = textmod.wrap(plan.title, room, size, True)
    title = lines[0] if len(lines) == 1 else textmod.truncate_lines(lines, 1, room, size, True)[0]
    rect = Rect(g.x, g.top, g.w, COMPACT_HEADER_H)
    box = text_box(
        title + suffix,
        rect,
        max_size=size,
        min_size=10,
        color=theme.text,
        bold=True,
        valign="middle",
        max_lines=1,
        name="title",
    )
    rule = Shape(Rect(g.x, rect.bottom + 6, g.w, 1.0), "rect", fill=theme.line, name="title-rule")
    return [box, rule]


def _footer(plan: InfographicPlan, theme: Theme) -> TextBox:
    g = _Grid.of(theme)
    return text_box(
        plan.footer,
        Rect(g.x, g.bottom - FOOTER_H + 4, g.w, FOOTER_H - 4),
        max_size=min(theme.small_size, 11),
        min_size=7,
        color=theme.muted,
        valign="bottom",
        max_lines=1,
        name="footer",
    )


# --------------------------------------------------------------------------------------------- api


def layout(plan: InfographicPlan, ctx: Context) -> Layout:
    """Lay out an infographic on as many pages as its blocks need, never dropping one."""
    theme = ctx.theme
    g = _Grid.of(theme)
    _, first_top = _header(plan, theme, ctx, measure_only=True)
    next_top = g.top + COMPACT_HEADER_H + 22
    bottom = g.bottom - (FOOTER_H + 8 if plan.footer else 0.0)
    rows = _rows(plan, theme, bottom - next_top)
    flows = _paginate(rows, first_top, next_top, bottom)
    scale = _grow(flows, plan, ctx, bottom)
    total = len(flows)
    pages: list[Page] = []
    for number, flow in enumerate(flows, start=1):
        notes = "\n\n".join(t for t in (plan.answer, plan.notes if number == 1 else "") if t)
        page = frame.new_page(ctx, plan.title, notes)
        if number == 1:
            header, _ = _header(plan, theme, ctx)
        else:
            header = _compact_header(plan, theme, number, total)
            page.title = f"{plan.title} ({number}/{total})"
        page.elements.extend(header)
        for row in flow.rows:
            for idx, rect in zip(row.blocks, _row_rects(row, g), strict=True):
                page.elements.extend(_draw(plan.blocks[idx], rect, ctx, idx, scale))
        pages.append(page)
    if plan.footer:
        pages[-1].elements.append(_footer(plan, theme))
    return Layout(pages=pages, kind="infographic", title=plan.title)


def place(plan: InfographicPlan, rect: Rect, ctx: Context) -> list[Element]:
    """The embed protocol: the infographic's first page scaled into `rect` (a later page is named
    in a note, never dropped silently)."""
    return frame.scaled_pages(layout(plan, ctx), rect, ctx, "infographic")

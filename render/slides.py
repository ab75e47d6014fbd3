"""Slides: a deck of pages (16:9, or the template's size), laid out once and painted by both the SVG
and PowerPoint painters.

Every slide shares one grid (the theme's margins, a header of accent rule + title, a body, a
page-number footer) so a deck reads as designed rather than assembled. Type is scaled to the box it
gets within the theme's type scale: short lists are set large, long ones shrink to a floor and then
continue on a "(cont.)" page, so body text stays at 20 pt where it fits and never under 14 pt. Text
always goes through `layout.text_box`, so nothing overflows. Text alignment is given as "left"
meaning *start*; painters mirror it for right-to-left paragraphs (`layout.visual_align`), and the
decorative shapes here mirror to match. Stat cards, timelines, steps and tables are drawn by
`render.slides_blocks` with the infographic's block drawers at slide sizes.
"""

from __future__ import annotations

import math
from typing import Any

from render import frame, slides_blocks
from render.layout import (
    Align,
    Context,
    Element,
    Layout,
    Page,
    Rect,
    Shape,
    TextBox,
    element_rect,
    text_box,
)
from render.plan import Slide, SlidesPlan
from render.text import LINE_HEIGHT
from render.theme import Theme

BULLET_FLOOR = 14.0  # below this, bullets continue on a follow-up page instead
COLUMN_POINTS = 7
"""From this many short points on, a bullet slide sets them in two columns."""
CONTINUED = slides_blocks.CONTINUED
_Built = slides_blocks.Built


def bullet_max(theme: Theme) -> float:
    """Bullets on a slide read larger than document body text: up to a step under the title size."""
    return max(theme.body_size + 6, round(theme.title_size * 0.875))


# ------------------------------------------------------------------------------------------ public API


def layout(plan: SlidesPlan, ctx: Context) -> Layout:
    """The whole deck: an automatic title page (unless `title_slide` is off), then each slide (plus
    any continuation pages)."""
    built = [_title_page(plan.title, plan.subtitle, "", ctx, footer=False)] if plan.title_slide else []
    for slide in plan.slides:
        built.extend(_slide_pages(slide, ctx, split=True))
    pages = _number(built, 1, len(built), ctx)
    return Layout(pages=pages, kind="slides", title=plan.title)


def page(slide: Slide, ctx: Context, number: int, total: int) -> Page:
    """One slide as exactly one page (for exporters that place slides one by one).

    Content that would need a continuation page is shrunk to the floor and cut with an ellipsis;
    use `slide_pages` to keep every bullet.
    """
    built = _slide_pages(slide, ctx, split=False)[:1]
    return _number(built, number, total, ctx)[0]


def slide_pages(slide: Slide, ctx: Context, number: int, total: int) -> list[Page]:
    """One slide as one or more pages: overlong bullet lists continue on "(cont.)" pages."""
    built = _slide_pages(slide, ctx, split=True)
    return _number(built, number, total, ctx)


# ------------------------------------------------------------------------------------------- helpers


def _new_page(slide_title: str, notes: str, ctx: Context) -> Page:
    return frame.new_page(ctx, slide_title, notes)


def _number(built: list[_Built], first: int, total: int, ctx: Context) -> list[Page]:
    """Add the small "n / total" footer; numbering counts every page, continuation pages included."""
    out = []
    for i, b in enumerate(built):
        if b.footer is not None:
            theme = ctx.theme
            size = theme.small_size
            h = math.ceil(size * LINE_HEIGHT) + 2
            y = theme.page_height - theme.margin_bottom - (theme.footer_band + h) / 2
            rect = Rect(theme.page_width - theme.margin - 160, y, 160, h)
            b.page.add(
                text_box(
                    f"{first + i} / {max(total, first + i)}",
                    rect,
                    max_size=size,
                    min_size=8,
                    color=b.footer,
                    align="right",
                    valign="middle",
                    max_lines=1,
                    name="footer",
                )
            )
        out.append(b.page)
    return out


_fit = frame.fit
_lines_h = frame.lines_h
_rtl = frame.rtl_block


def _shift(el: TextBox | Shape, y: float) -> None:
    el.rect = Rect(el.rect.x, el.rect.y + y, el.rect.w, el.rect.h)
    if isinstance(el, Shape) and el.text is not None:
        _shift(el.text, y)


_continued = slides_blocks.continued


def _header(pg: Page, title: str, subtitle: str, ctx: Context) -> float:
    return frame.header(pg, title, subtitle, ctx.theme)


def _body(top: float, ctx: Context) -> Rect:
    return frame.body(top, ctx.theme)


# ------------------------------------------------------------------------------------------- layouts


def _slide_pages(slide: Slide, ctx: Context, split: bool) -> list[_Built]:
    kind = slide.layout
    if kind == "title":
        return [_title_page(slide.title, slide.subtitle, slide.notes, ctx, footer=True)]
    if kind == "section":
        return [_section(slide, ctx)]
    if kind == "bullets":
        return _bullets(slide, ctx, split)
    if kind == "two_column":
        return [_two_column(slide, ctx)]
    if kind == "big_number":
        return [_big_number(slide, ctx)]
    if kind == "quote":
        return [_quote(slide, ctx)]
    if kind in ("chart", "image", "diagram", "visual"):
        return [_visual_slide(slide, ctx)]
    if kind in slides_blocks.LAYOUTS:
        return slides_blocks.LAYOUTS[kind](slide, ctx, split)
    raise ValueError(f"unknown slide layout {kind!r}")


def _title_page(title: str, subtitle: str, notes: str, ctx: Context, footer: bool) -> _Built:
    """Opening slide: an accent band on the leading edge, a large title and a muted subtitle,
    vertically centred as a group slightly above the middle."""
    theme = ctx.theme
    page_w, page_h = theme.page_width, theme.page_height
    pg = _new_page(title, notes, ctx)
    rtl = _rtl([title or subtitle])
    band_w = 14.0
    pg.add(
        Shape(
            Rect(page_w - band_w if rtl else 0.0, 0.0, band_w, page_h),
            geometry="rect",
            fill=theme.accent,
            name="accent-band",
        )
    )
    x = min(88.0, page_w * 0.09 + band_w)
    w = page_w - 2 * x
    big = round(theme.title_size * 1.4)
    blocks: list[TextBox | Shape] = []
    rule = Shape(Rect(page_w - x - 64 if rtl else x, 0.0, 64.0, 6.0), fill=theme.accent, name="accent-rule")
    blocks.append(rule)
    gaps = [28.0]
    if title.strip():
        blocks.append(
            _fit(
                title,
                Rect(x, 0.0, w, _lines_h(3, big)),
                max_size=big,
                min_size=24,
                bold=True,
                color=theme.text,
                max_lines=3,
                name="title",
                font=theme.heading_font,
            )
        )
        gaps.append(18.0)
    if subtitle.strip():
        size = theme.heading_size + 2
        blocks.append(
            _fit(
                subtitle,
                Rect(x, 0.0, w, _lines_h(3, size)),
                max_size=size,
                min_size=13,
                color=theme.muted,
                max_lines=3,
                name="subtitle",
            )
        )
    _stack(pg, blocks, gaps, top=0.0, height=page_h * 0.92)
    return _Built(pg, theme.muted if footer else None)


def _stack(pg: Page, blocks: list[TextBox | Shape], gaps: list[float], top: float, height: float) -> None:
    """Place blocks one under another, the group centred vertically in [top, top + height]."""
    total = sum(b.rect.h for b in blocks) + sum(gaps[: len(blocks) - 1])
    y = top + max((height - total) / 2, 0.0)
    for i, b in enumerate(blocks):
        _shift(b, y - b.rect.y)
        pg.add(b)
        y += b.rect.h + (gaps[i] if i < len(gaps) else 0.0)


def _section(slide: Slide, ctx: Context) -> _Built:
    """Divider: the whole slide in the accent colour, a big centred title in `on_accent`."""
    theme = ctx.theme
    page_w, page_h = theme.page_width, theme.page_height
    pg = _new_page(slide.title, slide.notes, ctx)
    pg.add(Shape(Rect(0.0, 0.0, page_w, page_h), geometry="rect", fill=theme.accent, name="bg"))
    x = min(96.0, page_w * 0.1)
    w = page_w - 2 * x
    big = round(theme.title_size * 1.4)
    blocks: list[TextBox | Shape] = [
        Shape(Rect(page_w / 2 - 32, 0.0, 64.0, 5.0), fill=theme.on_accent, name="accent-rule")
    ]
    gaps = [28.0]
    if slide.title.strip():
        blocks.append(
            _fit(
                slide.title,
                Rect(x, 0.0, w, _lines_h(3, big)),
                max_size=big,
                min_size=24,
                bold=True,
                color=theme.on_accent,
                align="center",
                max_lines=3,
                name="title",
                font=theme.heading_font,
            )
        )
        gaps.append(16.0)
    if slide.subtitle.strip():
        size = theme.heading_size + 2
        blocks.append(
            _fit(
                slide.subtitle,
                Rect(x, 0.0, w, _lines_h(3, size)),
                max_size=size,
                min_size=13,
                color=theme.on_accent,
                align="center",
                max_lines=3,
                name="subtitle",
            )
        )
    _stack(pg, blocks, gaps, top=0.0, height=page_h)
    return _Built(pg, theme.on_accent)


SUB = "– "  # a sub-point is written "– text" (one dash per level) in `Slide.bullets`


def outline(items: list[str]) -> tuple[list[str], list[int]]:
    """Bullets written with leading "– " per level as texts and outline levels."""
    texts, levels = [], []
    for item in items:
        level = 0
        while item.startswith(SUB) and level < 4:
            item, level = item[len(SUB) :], level + 1
        texts.append(item)
        levels.append(level)
    return texts, levels


def _bullet_box(items: list[str], rect: Rect, ctx: Context, max_size: float | None = None) -> TextBox:
    """A bulleted list at the largest size that fits (a short list reads large), sub-points indented."""
    texts, levels = outline(items)
    return text_box(
        texts,
        rect,
        max_size=max_size or bullet_max(ctx.theme),
        min_size=BULLET_FLOOR,
        color=ctx.theme.text,
        bullet="•",
        name="bullets",
        levels=levels,
    )


def _chunks(items: list[str], rect: Rect, ctx: Context) -> list[list[str]]:
    """Split bullets into pages that each fit at or above the floor size, as evenly as possible.

    Greedy packing gives the fewest pages; an even split into that many pages is preferred when it
    fits, so a deck does not end on a lonely bullet set at a different size.
    """

    def fits(chunk: list[str]) -> bool:
        return not _bullet_box(chunk, rect, ctx).truncated

    greedy: list[list[str]] = []
    i = 0
    while i < len(items):
        k = 1
        while i + k < len(items) and fits(items[i : i + k + 1]):
            k += 1
        greedy.append(items[i : i + k])
        i += k
    n = len(greedy)
    if n <= 1:
        return greedy or [[]]
    base, extra = divmod(len(items), n)
    even, i = [], 0
    for j in range(n):
        size = base + (1 if j < extra else 0)
        even.append(items[i : i + size])
        i += size
    return even if all(fits(c) for c in even) else greedy


def _bullets(slide: Slide, ctx: Context, split: bool) -> list[_Built]:
    """Title + bulleted list; too many bullets shrink to the floor, then continue on "(cont.)" pages."""
    probe = _new_page(slide.title, slide.notes, ctx)
    top = _header(probe, slide.title, slide.subtitle, ctx)
    body = _body(top, ctx)
    items = [b for b in slide.bullets if b.strip()]
    chunks = _chunks(items, body, ctx) if split and items else [items]
    out: list[_Built] = []
    for n, chunk in enumerate(chunks):
        if n == 0:
            pg = probe
        else:
            title = _continued(slide.title, ctx) if slide.title.strip() else ""
            pg = _new_page(title, slide.notes, ctx)
            body = _body(_header(pg, title, "", ctx), ctx)
        columns = _bullet_columns(chunk, body, ctx)
        if columns:
            for box in columns:
                pg.add(box)
        elif chunk:
            short_list = len(chunk) <= 3 and len(" ".join(chunk)) <= 240
            box = _bullet_box(chunk, body, ctx, max_size=ctx.theme.title_size if short_list else None)
            # Balanced whitespace: a short list sits a little above the middle of the body, not
            # stuck under the title with the lower half of the slide empty.
            h = min(body.h, math.ceil(box.text_height + 0.5))
            y = body.y + max(body.h - h, 0.0) * 0.3
            box.rect = Rect(body.x, y, body.w, h)
            pg.add(box)
        out.append(_Built(pg, ctx.theme.muted))
    return out


def _bullet_columns(items: list[str], body: Rect, ctx: Context) -> list[TextBox]:
    """Seven or more short points (an ingredient list, a checklist) as two columns, each point on
    one line at one shared size: one long column would set them smaller, or leave half the slide
    empty beside them. Empty when the points are too few, nested or too long for half the width."""
    if len(items) < COLUMN_POINTS or any(outline(items)[1]):
        return []
    gap = 36.0
    half = (body.w - gap) / 2
    n = math.ceil(len(items) / 2)
    parts = [items[:n], items[n:]]
    if _rtl(items):
        parts.reverse()  # the first column is where a right-to-left reader starts
    rects = [Rect(body.x + i * (half + gap), body.y, half, body.h) for i in range(2)]
    size = min(_bullet_box(part, rect, ctx).size for part, rect in zip(parts, rects, strict=True))
    boxes = [_bullet_box(part, rect, ctx, max_size=size) for part, rect in zip(parts, rects, strict=True)]
    if any(box.truncated or box.line_count > len(part) for box, part in zip(boxes, parts, strict=True)):
        return []  # a point would wrap: one column reads better
    h = min(body.h, math.ceil(max(box.text_height for box in boxes) + 0.5))
    y = body.y + max(body.h - h, 0.0) * 0.3  # like a one-column list: a little above the middle
    for box, rect in zip(boxes, rects, strict=True):
        box.rect = Rect(rect.x, y, rect.w, h)
    return boxes


def _two_column(slide: Slide, ctx: Context) -> _Built:
    """Two cards side by side, each a heading, a short rule and a list; both lists share one size."""
    theme = ctx.theme
    pg = _new_page(slide.title, slide.notes, ctx)
    body = _body(_header(pg, slide.title, slide.subtitle, ctx), ctx)
    gap, pad = 24.0, 22.0
    col_w = (body.w - gap) / 2
    columns = [(slide.left_title, slide.bullets), (slide.right_title, slide.right_bullets)]
    rtl = _rtl([slide.title, slide.left_title, *slide.bullets])
    if rtl:
        columns.reverse()  # the first column is where a right-to-left reader starts
    lists: list[tuple[Rect, list[str]]] = []
    for i, (heading, items) in enumerate(columns):
        card = Rect(body.x + i * (col_w + gap), body.y, col_w, body.h)
        pg.add(Shape(card, geometry="rounded", fill=theme.surface, name="bg-card"))
        pg.add(
            Shape(
                Rect(card.right - 5.0 if rtl else card.x, card.y + 20, 5.0, 26.0),
                fill=theme.accent,
                name="accent-mark",
            )
        )
        inner = card.inset(pad)
        y = inner.y
        if heading.strip():
            box = _fit(
                heading,
                Rect(inner.x, y, inner.w, _lines_h(2, theme.heading_size)),
                max_size=theme.heading_size,
                min_size=13,
                bold=True,
                color=theme.text,
                max_lines=2,
                name="column-heading",
            )
            pg.add(box)
            y = box.rect.bottom + 14
        lists.append(
            (Rect(inner.x, y, inner.w, max(inner.bottom - y, 20.0)), [b for b in items if b.strip()])
        )
    boxes = [_bullet_box(items, rect, ctx, max_size=bullet_max(theme) - 4) for rect, items in lists]
    shared = min((b.size for b, (_, items) in zip(boxes, lists, strict=True) if items), default=0.0)
    for box, (rect, items) in zip(boxes, lists, strict=True):
        if not items:
            continue
        if box.size > shared:
            box = _bullet_box(items, rect, ctx, max_size=shared)
        box.name = "column-bullets"
        pg.add(box)
    return _Built(pg, theme.muted)


def _big_number(slide: Slide, ctx: Context) -> _Built:
    """One striking figure in the accent colour with its label underneath, centred in the body."""
    theme = ctx.theme
    pg = _new_page(slide.title, slide.notes, ctx)
    body = _body(_header(pg, slide.title, slide.subtitle, ctx), ctx)
    big = 120.0
    number = _fit(
        slide.number,
        Rect(body.x, 0.0, body.w, min(_lines_h(2, big), body.h * 0.62)),
        max_size=big,
        min_size=28,
        bold=True,
        color=theme.accent,
        align="center",
        max_lines=2,
        name="number",
    )
    blocks: list[TextBox | Shape] = [number]
    gaps = [10.0]
    if slide.number_label.strip():
        room = body.h - number.rect.h - gaps[0]
        blocks.append(
            _fit(
                slide.number_label,
                Rect(body.x + 60, 0.0, body.w - 120, max(room, 20.0)),
                max_size=theme.heading_size + 4,
                min_size=12,
                color=theme.muted,
                align="center",
                max_lines=4,
                name="number-label",
            )
        )
    _stack(pg, blocks, gaps, top=body.y, height=body.h)
    return _Built(pg, theme.muted)


def _quote(slide: Slide, ctx: Context) -> _Built:
    """A large quotation beside a large accent quote mark, attribution underneath, on a panel."""
    theme = ctx.theme
    pg = _new_page(slide.title, slide.notes, ctx)
    outer = _body(_header(pg, slide.title, slide.subtitle, ctx), ctx)
    panel_at = len(pg.elements)
    body = outer.inset(28.0, 28.0)
    rtl = _rtl([slide.quote])
    badge = 72.0  # width of the quote-mark column, on the side the text starts
    text_w = body.w - badge - 28 - 40
    text_x = body.x + (0.0 if rtl else badge + 28)
    attribution_h = _lines_h(2, theme.heading_size) + 16 if slide.attribution.strip() else 0.0
    quote = _fit(
        slide.quote,
        Rect(text_x, 0.0, text_w, body.h - attribution_h),
        max_size=max(theme.title_size, 30.0),
        min_size=14,
        color=theme.text,
        name="quote",
    )
    blocks: list[TextBox | Shape] = [quote]
    gaps = [16.0]
    if slide.attribution.strip():
        attribution = slide.attribution.strip()
        if not attribution.startswith(("—", "-", "–")):
            attribution = "— " + attribution
        blocks.append(
            _fit(
                attribution,
                Rect(text_x, 0.0, text_w, _lines_h(2, theme.heading_size)),
                max_size=theme.heading_size,
                min_size=12,
                color=theme.muted,
                max_lines=2,
                name="attribution",
            )
        )
    _stack(pg, blocks, gaps, top=body.y, height=body.h)
    # A big accent quote glyph; it sits high in its line box, so the box starts above the text to
    # line the glyph up with the quote's first line.
    size = badge * 4 / 3
    mark = Rect(body.right - badge if rtl else body.x, quote.rect.y - size * 0.15, badge, size * 1.25)
    pg.add(
        Shape(
            mark,
            geometry="rect",
            text=text_box(
                "“" if not rtl else "”",
                mark,
                max_size=size,
                bold=True,
                color=theme.accent,
                align="center",
                max_lines=1,
                name="quote-mark",
            ),
            name="quote-mark",
        )
    )
    top = max(min(mark.y, quote.rect.y) - 24.0, outer.y)
    bottom = min(max(b.rect.bottom for b in blocks) + 28.0, outer.bottom)
    panel = Shape(
        Rect(outer.x, top, outer.w, bottom - top), geometry="rounded", fill=theme.surface, name="bg-quote"
    )
    pg.elements.insert(panel_at, panel)
    return _Built(pg, theme.muted)


def _embedded(slide: Slide) -> tuple[Any, str]:
    """The visual a visual slide shows, and the slide's title (the visual's own title if the slide
    has none). The Slide validator guarantees the field its layout names is filled."""
    plan = {"chart": slide.chart, "diagram": slide.diagram, "image": slide.image}.get(
        slide.layout, slide.visual
    )
    return plan, slide.title or getattr(plan, "title", "")


def _visual_slide(slide: Slide, ctx: Context) -> _Built:
    """Title + any kind's visual filling the body, placed through the embed protocol (native chart
    in PowerPoint, shapes for diagrams, a picture…). A caption, if any, is real text below it."""
    theme = ctx.theme
    plan, title = _embedded(slide)
    caption = ""
    if plan.kind == "image":
        caption = (slide.subtitle or plan.caption).strip()
        plan = plan.model_copy(update={"caption": ""})  # the caption is drawn once, here
    pg = _new_page(title, slide.notes, ctx)
    body = _body(_header(pg, title, "" if caption else slide.subtitle, ctx), ctx)
    if getattr(plan, "title", "").strip() and plan.title.strip() == title.strip():
        plan = plan.model_copy(update={"title": ""})  # the slide already says it: don't print it twice
    cap_h = frame.lines_h(2, theme.small_size + 2) if caption else 0.0
    gap = 10.0 if caption else 0.0
    slot = Rect(body.x, body.y, body.w, body.h - cap_h - gap)
    placed = frame.embed(pg, plan, slot, ctx, what=plan.kind)
    if caption:
        rects = [element_rect(e) for e in placed]
        bottom = min(max((r.bottom for r in rects), default=slot.bottom), slot.bottom)
        x0 = min((r.x for r in rects), default=slot.x)
        x1 = max((r.right for r in rects), default=slot.right)
        align: Align = "center" if x1 - x0 < slot.w - 1 else "left"
        pg.add(frame.caption(caption, Rect(body.x, bottom + gap, body.w, cap_h), theme, align))
    return _Built(pg, theme.muted)


def place(plan: SlidesPlan, rect: Rect, ctx: Context) -> list[Element]:
    """The embed protocol: the deck's first page scaled into `rect` (decks hold visuals, they are
    not usually held by one: the registry marks slides as not embeddable)."""
    return frame.scaled_pages(layout(plan, ctx), rect, ctx, "deck")

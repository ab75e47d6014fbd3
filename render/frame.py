"""The page frame every layout shares: margins from the theme, a title band, a body, a footer band.

Slides, diagrams, text pages, infographics, charts and images all open their pages here, so a deck
mixing kinds reads as one design, and the pieces every kind needs around a visual — an honest
placeholder when it cannot be drawn, a caption under it — are built once.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from render import deadline
from render.layout import Context, Element, Page, Rect, Shape, TextBox, text_box
from render.text import LINE_HEIGHT, is_rtl

if TYPE_CHECKING:
    from render.theme import Theme

RULE_W, RULE_H = 48.0, 5.0
RULE_TO_TITLE = 13.0  # accent rule → title top


def new_page(ctx: Context, title: str = "", notes: str = "") -> Page:
    theme = ctx.theme
    return Page(
        background=theme.background,
        notes=notes,
        title=title,
        width=theme.page_width,
        height=theme.page_height,
    )


def content_rect(theme: Theme) -> Rect:
    """The page inside its margins (the page size is the theme's: 16:9, or a template's 4:3)."""
    m = theme.margin
    return Rect(m, m, theme.page_width - 2 * m, theme.page_height - m - theme.margin_bottom)


def lines_h(n: int, size: float) -> float:
    return n * size * LINE_HEIGHT


def fit(text: str | list[str], rect: Rect, **kw: Any) -> TextBox:
    """text_box, then shrink the rect's height to the text so following blocks stack tightly."""
    box = text_box(text, rect, **kw)
    box.rect = Rect(rect.x, rect.y, rect.w, min(rect.h, math.ceil(box.text_height + 0.5)))
    return box


def rtl_block(texts: list[str]) -> bool:
    """A block reads right-to-left when most of its non-empty paragraphs do."""
    texts = [t for t in texts if t.strip()]
    return bool(texts) and sum(is_rtl(t) for t in texts) * 2 > len(texts)


def title_top(theme: Theme) -> float:
    return theme.margin + RULE_H + RULE_TO_TITLE


def title_box(title: str, theme: Theme, *, x: float | None = None, w: float | None = None) -> TextBox:
    """The page title: at most two lines at the theme's title size, shrinking to a floor."""
    area = content_rect(theme)
    return fit(
        title,
        Rect(
            area.x if x is None else x,
            title_top(theme),
            area.w if w is None else w,
            lines_h(2, theme.title_size),
        ),
        max_size=theme.title_size,
        min_size=min(22.0, theme.title_size),
        bold=True,
        color=theme.text,
        max_lines=2,
        name="title",
        font=theme.heading_font,
    )


def header(
    page: Page,
    title: str,
    subtitle: str,
    theme: Theme,
    *,
    x: float | None = None,
    w: float | None = None,
    title_maker: Callable[[str], TextBox] | None = None,
) -> float:
    """Accent rule, title and optional subtitle at the top; returns where the body starts.

    A page with neither title nor subtitle gets no band and its body starts at the margin.
    """
    area = content_rect(theme)
    x = area.x if x is None else x
    w = area.w if w is None else w
    if not title.strip() and not subtitle.strip():
        return area.y
    rtl = rtl_block([title or subtitle])
    rule_x = x + w - RULE_W if rtl else x
    page.add(
        Shape(
            Rect(rule_x, theme.margin, RULE_W, RULE_H), geometry="rect", fill=theme.accent, name="accent-rule"
        )
    )
    y = title_top(theme)
    if title.strip():
        box = title_maker(title) if title_maker is not None else title_box(title, theme, x=x, w=w)
        page.add(box)
        y = box.rect.bottom + 6
    if subtitle.strip():
        box = fit(
            subtitle,
            Rect(x, y, w, lines_h(2, theme.heading_size)),
            max_size=theme.heading_size,
            min_size=min(13.0, theme.heading_size),
            color=theme.muted,
            max_lines=2,
            name="subtitle",
        )
        page.add(box)
        y = box.rect.bottom
    return y + theme.header_gap


def body(top: float, theme: Theme, *, footer: bool = True) -> Rect:
    """The body under a header: to the margins, above the footer band when the page has one."""
    area = content_rect(theme)
    bottom = theme.page_height - theme.margin_bottom - (theme.footer_band if footer else 0.0)
    return Rect(area.x, top, area.w, max(bottom - top, 40.0))


def open_page(
    ctx: Context, title: str = "", subtitle: str = "", *, notes: str = "", footer: bool = False
) -> tuple[Page, Rect]:
    """A new page with its title band drawn; returns the page and the body rectangle."""
    deadline.check()
    page = new_page(ctx, title, notes)
    top = header(page, title, subtitle, ctx.theme)
    return page, body(top, ctx.theme, footer=footer)


def placeholder(rect: Rect, message: str, theme: Theme, name: str = "placeholder") -> Shape:
    """A visible frame where a visual could not be drawn: the answer still exports, the user is told."""
    return Shape(
        rect,
        geometry="rounded",
        fill=theme.surface,
        stroke=theme.line,
        stroke_width=1.0,
        text=text_box(
            message,
            rect.inset(min(16.0, rect.w * 0.1), min(16.0, rect.h * 0.1)),
            max_size=theme.body_size,
            min_size=8,
            color=theme.muted,
            align="center",
            valign="middle",
            name=name,
        ),
        name=name,
    )


def caption_height(theme: Theme, rect_h: float) -> float:
    """Room a caption under a visual takes: two lines of small text, at most 15% of the slot."""
    return min(lines_h(2, theme.small_size + 2), rect_h * 0.15)


def caption(text: str, rect: Rect, theme: Theme, align: str = "center") -> TextBox:
    return fit(
        text,
        rect,
        max_size=theme.small_size + 2,
        min_size=8,
        color=theme.muted,
        align=align,  # type: ignore[arg-type]
        max_lines=2,
        name="caption",
    )


def embed(page: Page, plan: Any, rect: Rect, ctx: Context, what: str = "") -> list[Element]:
    """Place any kind's plan inside `rect` of `page` (the embed protocol); if its renderer fails, a
    placeholder says so and a note says why, and the rest of the page stands."""
    from render.kinds import place

    what = what or plan.kind
    deadline.check()
    try:
        elements = place(plan, rect, ctx)
    except Exception as err:  # one broken visual must not lose the whole deck
        title = page.title or getattr(plan, "title", "") or what
        ctx.notes.append(f"{title[:60]!r}: the {what} could not be drawn ({type(err).__name__}: {err})")
        page.add(placeholder(rect, f"The {what} could not be drawn.", ctx.theme))
        return []
    page.elements.extend(elements)
    return elements


def scaled_pages(layout: Any, rect: Rect, ctx: Context, what: str) -> list[Element]:
    """A multi-page kind embedded in `rect`: its first page scaled uniformly and centred, on its own
    background when that differs from the host's. Later pages are named in a note, not dropped
    silently."""
    from render.layout import scaled

    if not layout.pages:
        return []
    first = layout.pages[0]
    s = min(rect.w / first.width, rect.h / first.height)
    w, h = first.width * s, first.height * s
    dx, dy = rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2
    out: list[Element] = []
    if first.background != ctx.theme.background:
        out.append(Shape(Rect(dx, dy, w, h), fill=first.background, name=f"bg:{what}"))
    out.extend(scaled(el, s, dx, dy) for el in first.elements)
    if len(layout.pages) > 1:
        ctx.notes.append(
            f"{what} {layout.title[:60]!r}: only its first of {len(layout.pages)} pages fits in the slot; "
            "export it on its own to see every page"
        )
    return out

"""Slide layouts that show structured content: stat cards, a timeline, a process, a table.

They reuse the infographic's block drawers (`render.infographic_blocks`, `_timeline`, `_table`) at
slide type sizes (`slide_sizes`: body 20 pt where it fits, never under 14 pt), placed in the slide's
body under the shared header. Content that would not fit at the floor continues on "(cont.)" pages
— more stat cards than a slide holds, a long process, a long table — so nothing is cut or dropped.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from render import frame
from render.infographic_blocks import CONTAINER, _hues, _stats, _steps, _Style, _uniform, slide_sizes
from render.infographic_table import grid, table_fit
from render.infographic_timeline import _timeline
from render.layout import Context, Page, Rect, Shape, TextBox, text_box
from render.plan import Slide, StatsBlock, Step, StepsBlock, TimelineBlock

CONTINUED = " (cont.)"
STATS_PER_SLIDE = 6
EVENTS_PER_SLIDE = 6
STEPS_PER_SLIDE = 8
TABLE_MIN = 16.0  # a table continues on the next slide rather than go smaller than this


@dataclass
class Built:
    """A laid-out page before numbering; `footer` is the page-number colour, or None for none."""

    page: Page
    footer: str | None


def continued(title: str, ctx: Context) -> str:
    """ "<title> (cont.)", shortening the title, not the suffix, when the two lines run out."""
    full = title + CONTINUED
    if not frame.title_box(full, ctx.theme).truncated:
        return full
    lo, hi = 0, len(title)
    while lo < hi:  # the longest prefix that still fits with "… (cont.)"
        mid = (lo + hi + 1) // 2
        if frame.title_box(title[:mid].rstrip() + "…" + CONTINUED, ctx.theme).truncated:
            hi = mid - 1
        else:
            lo = mid
    return title[:lo].rstrip() + "…" + CONTINUED


def balanced(n: int, most: int) -> list[tuple[int, int]]:
    """(start, end) of as few pages as hold `n` items at `most` a page, as even as possible."""
    pages = max(1, math.ceil(n / most))
    base, extra = divmod(n, pages)
    out, i = [], 0
    for k in range(pages):
        size = base + (1 if k < extra else 0)
        out.append((i, i + size))
        i += size
    return out


def _page(slide: Slide, ctx: Context, k: int) -> tuple[Page, Rect]:
    """The k-th page of a slide: the title (continued after the first), subtitle on the first."""
    title = slide.title if k == 0 or not slide.title.strip() else continued(slide.title, ctx)
    page = frame.new_page(ctx, title, slide.notes if k == 0 else "")
    top = frame.header(page, title, slide.subtitle if k == 0 else "", ctx.theme)
    return page, frame.body(top, ctx.theme)


def _style(ctx: Context, first: int = 0) -> _Style:
    sizes = replace(slide_sizes(ctx.theme), first=first)
    return _Style(ctx.theme, _hues(ctx.theme)[0], sizes)


def _optical(body: Rect, h: float) -> Rect:
    """A block of height `h` placed a little above the middle of the body: balanced whitespace."""
    h = min(h, body.h)
    return Rect(body.x, body.y + (body.h - h) * 0.4, body.w, h)


# ------------------------------------------------------------------------------------------- stats


def _stats_slide(slide: Slide, ctx: Context, split: bool) -> list[Built]:
    """Stat cards: up to four in a row, five or six in two rows; more continue on another page."""
    spans = balanced(len(slide.stats), STATS_PER_SLIDE) if split else [(0, len(slide.stats))]
    out = []
    for k, (a, b) in enumerate(spans):
        page, body = _page(slide, ctx, k)
        items = slide.stats[a:b]
        n = len(items)
        gap = 24.0
        per_row = min(n, 4, max(1, int((body.w + gap) // (190 + gap))))  # cards at least 190 pt wide
        if n > per_row:
            per_row = math.ceil(n / math.ceil(n / per_row))  # rows as even as possible
        rows = math.ceil(n / per_row)
        card_w = (body.w - gap * (per_row - 1)) / per_row
        card_h = min(max(card_w * 1.15, 250.0), (body.h - gap * (rows - 1)) / rows)
        rect = _optical(body, rows * card_h + (rows - 1) * gap)
        page.elements.extend(_stats(StatsBlock(items=items), rect, _style(ctx), "stats", a, per_row=per_row))
        out.append(Built(page, ctx.theme.muted))
    return out


# ---------------------------------------------------------------------------------------- timeline


def fitted(n: int, most: int, fits: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Pages of at most `most` items each, as few as let every page's items fit (`fits(a, b)`:
    items a…b-1 drawn on one page lose no text), as even as possible."""
    for pages in range(max(1, math.ceil(n / most)), n + 1):
        spans = balanced(n, math.ceil(n / pages))
        if all(fits(a, b) for a, b in spans):
            return spans
    return balanced(n, 1)


def _clean(elements: list) -> bool:
    """No text cut or shrunk under 16 pt: the page reads from across a room."""
    boxes = [e for e in elements if isinstance(e, TextBox)]
    return all(not b.truncated and b.size >= 15.9 for b in boxes if "number-text" not in b.name)


def _timeline_slide(slide: Slide, ctx: Context, split: bool) -> list[Built]:
    """A horizontal timeline, labels alternating above and below the axis, each on a card; as many
    events a page (up to six) as keep every label whole at 16 pt or more."""
    probe_page, probe = _page(slide, ctx, 0)
    style = _style(ctx)

    def draw(a: int, b: int, body: Rect) -> list:
        return _timeline(TimelineBlock(events=slide.events[a:b]), body, style, "timeline")

    n = len(slide.events)
    spans = fitted(n, EVENTS_PER_SLIDE, lambda a, b: _clean(draw(a, b, probe))) if split else [(0, n)]
    out = []
    for k, (a, b) in enumerate(spans):
        page, body = (probe_page, probe) if k == 0 else _page(slide, ctx, k)
        page.elements.extend(draw(a, b, body))
        out.append(Built(page, ctx.theme.muted))
    return out


# ------------------------------------------------------------------------------------------- steps


def _steps_slide(slide: Slide, ctx: Context, split: bool) -> list[Built]:
    """A process: numbered steps on cards in a row (up to four), else a two-column numbered list;
    as many a page as keep every step whole at 16 pt or more, counting on across pages."""
    probe_page, probe = _page(slide, ctx, 0)
    n = len(slide.steps)
    wordy = sum(len(st.text) + max(len(st.title) - 30, 0) for st in slide.steps) / max(n, 1) > 60
    as_list = [wordy]

    def draw(a: int, b: int, body: Rect) -> list:
        steps: list[Step] = slide.steps[a:b]
        style = _style(ctx, first=a)
        if as_list[0]:  # long steps read as a numbered list on every page, not a row on some
            style = _Style(style.theme, style.hue, replace(style.sizes, steps_row=0))
        rect = body
        if len(steps) <= style.sizes.steps_row:
            rect = _optical(body, min(body.h, max(body.h * 0.7, 240.0)))
        return _steps(StepsBlock(items=steps), rect, style, "steps")

    if not as_list[0] and not _clean(draw(0, min(n, _style(ctx).sizes.steps_row), probe)):
        as_list[0] = True  # a row of these steps would not keep them whole: the list does
    spans = fitted(n, STEPS_PER_SLIDE, lambda a, b: _clean(draw(a, b, probe))) if split else [(0, n)]
    out = []
    for k, (a, b) in enumerate(spans):
        page, body = (probe_page, probe) if k == 0 else _page(slide, ctx, k)
        page.elements.extend(draw(a, b, body))
        out.append(Built(page, ctx.theme.muted))
    return out


# ------------------------------------------------------------------------------------------- table


def _table_slide(slide: Slide, ctx: Context, split: bool) -> list[Built]:
    """A native table at the largest size that fits (a word never broken inside a cell); rows that
    do not fit at 16 pt continue, spread evenly, on further pages under the same header row."""
    style = _style(ctx)
    cols, rows = slide.columns, [list(r) for r in slide.rows]
    first_page, first = _page(slide, ctx, 0)
    if split:
        size = table_fit(cols, rows, first.w, first.h, style.sizes.item, TABLE_MIN).size

        def fits(a: int, b: int) -> bool:
            return table_fit(cols, rows[a:b], first.w, first.h, size, size).rows >= b - a

        spans = fitted(len(rows), len(rows), fits)
    else:
        size, spans = table_fit(cols, rows, first.w, first.h, style.sizes.item, 6.0).size, [(0, len(rows))]
    out: list[Built] = []
    for k, (a, b) in enumerate(spans):
        page, body = (first_page, first) if k == 0 else _page(slide, ctx, k)
        chunk = rows[a:b]
        fit = table_fit(cols, chunk, body.w, body.h, size, size if split else 4.0)
        if fit.rows < len(chunk):  # one page asked for (no continuation): the rows that fit, said
            ctx.notes.append(
                f"{slide.title[:60]!r}: {len(chunk) - fit.rows} table rows did not fit the slide"
            )
            chunk = chunk[: max(fit.rows, 1)]
        fit.rows = len(chunk)
        height = sum(fit.heights)
        rect = Rect(body.x, body.y, body.w, min(body.h, max(height, min(body.h, height * 1.25))))
        page.add(grid(cols, chunk, rect, style, "table", fit=fit))
        out.append(Built(page, ctx.theme.muted))
    return out


# ------------------------------------------------------------------------------------------- cards

CARDS_PER_SLIDE = 6


def _cards_slide(slide: Slide, ctx: Context, split: bool) -> list[Built]:
    """A few points of equal weight, each on its own card: three in a row, four as two by two, five
    or six as three by two; the text shares one size, as large as the fullest card allows."""
    theme = ctx.theme
    items = [b for b in slide.bullets if b.strip()]
    spans = balanced(len(items), CARDS_PER_SLIDE) if split else [(0, len(items))]
    out = []
    for k, (a, b) in enumerate(spans):
        page, body = _page(slide, ctx, k)
        chunk = items[a:b]
        n = len(chunk)
        cols = n if n <= 3 else (2 if n == 4 else 3)
        rows = math.ceil(n / cols)
        gap, pad, bar = 20.0, 20.0, 5.0
        cw = (body.w - gap * (cols - 1)) / cols
        room = (body.h - gap * (rows - 1)) / rows
        inner_h = max(room - 2 * pad - bar, 20.0)

        def maker(text: str, i: int, w: float, h: float) -> Callable[[float], TextBox]:
            return lambda size: text_box(
                text,
                Rect(0.0, 0.0, w, h),
                max_size=size,
                min_size=14.0,
                color=theme.text,
                name=f"cards.text[{i}]",
            )

        largest = theme.title_size if max(len(t) for t in chunk) <= 40 else max(theme.body_size + 6, 24.0)
        boxes = _uniform([maker(t, a + i, cw - 2 * pad, inner_h) for i, t in enumerate(chunk)], largest)
        text_h = max(bx.text_height for bx in boxes)
        card_h = min(room, max(text_h + 2 * pad + bar, min(room, cw * 0.42)))
        block_h = rows * card_h + (rows - 1) * gap
        top = body.y + (body.h - block_h) * 0.4
        rtl = frame.rtl_block(chunk)
        for i, box in enumerate(boxes):
            r, c = divmod(i, cols)
            in_row = min(cols, n - r * cols)
            c = in_row - 1 - c if rtl else c  # the first card where the reader starts
            x0 = body.x + (body.w - (in_row * cw + (in_row - 1) * gap)) / 2 + c * (cw + gap)
            y0 = top + r * (card_h + gap)
            card = Rect(x0, y0, cw, card_h)
            page.add(Shape(card, "rounded", fill=theme.surface, name=f"{CONTAINER}cards.card[{a + i}]"))
            page.add(
                Shape(
                    Rect(
                        x0 + cw - pad - min(48.0, cw / 4) if rtl else x0 + pad,
                        y0 + pad * 0.6,
                        min(48.0, cw / 4),
                        bar,
                    ),
                    "rect",
                    fill=theme.accent,
                    name=f"cards.mark[{a + i}]",
                )
            )
            box.rect = Rect(
                x0 + pad,
                y0 + pad * 0.6 + bar + pad * 0.7,
                cw - 2 * pad,
                min(box.text_height + 1, card_h - pad * 1.3 - bar - pad * 0.6),
            )
            page.add(box)
        out.append(Built(page, theme.muted))
    return out


# --------------------------------------------------------------------------------------- statement


def _statement_slide(slide: Slide, ctx: Context, split: bool) -> list[Built]:
    """One key message, set large on a panel beside an accent bar, a little above the middle."""
    theme = ctx.theme
    page, body = _page(slide, ctx, 0)
    rtl = frame.rtl_block([slide.text])
    bar_w, gap, pad = 6.0, 24.0, 32.0
    text_w = body.w - 2 * pad - bar_w - gap
    box = frame.fit(
        slide.text,
        Rect(body.x + pad if rtl else body.x + pad + bar_w + gap, body.y, text_w, body.h - 2 * pad),
        max_size=theme.title_size + 4,
        min_size=14.0,
        color=theme.text,
        name="statement",
    )
    h = box.rect.h
    y = body.y + max(body.h - h - 2 * pad, 0.0) * 0.4 + pad
    box.rect = Rect(box.rect.x, y, box.rect.w, h)
    page.add(
        Shape(Rect(body.x, y - pad, body.w, h + 2 * pad), "rounded", fill=theme.surface, name="bg-statement")
    )
    bar_x = body.right - pad - bar_w if rtl else body.x + pad
    page.add(Shape(Rect(bar_x, y, bar_w, h), "rect", fill=theme.accent, name="accent-mark"))
    page.add(box)
    return [Built(page, theme.muted)]


# -------------------------------------------------------------------------------------------- code

MONO = "DejaVu Sans Mono"


def _code_slide(slide: Slide, ctx: Context, split: bool) -> list[Built]:
    """Code in a monospaced panel, lines kept; as many lines a page as read at 14 pt or more."""
    theme = ctx.theme
    lines = slide.code.expandtabs(4).split("\n") or [""]
    pad = 22.0

    def box(chunk: list[str], body: Rect, floor: float) -> TextBox:
        return text_box(
            [line or " " for line in chunk],  # one paragraph a line: no painter joins two
            body.inset(pad, pad),
            max_size=20.0,
            min_size=floor,
            color=theme.text,
            name="code",
            font=MONO,
        )

    probe_page, probe = _page(slide, ctx, 0)
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(lines) or not spans:
        end = len(lines)
        while split and end - start > 1 and box(lines[start:end], probe, 14.0).truncated:
            end = start + max(1, (end - start) * 3 // 4)
        spans.append((start, end))
        start = end
    out = []
    for k, (a, b) in enumerate(spans):
        page, body = (probe_page, probe) if k == 0 else _page(slide, ctx, k)
        code = box(lines[a:b], body, 14.0 if split else 6.0)
        h = min(code.text_height + 2 * pad + 1, body.h)
        panel = Rect(body.x, body.y, body.w, h)
        code.rect = Rect(code.rect.x, code.rect.y, code.rect.w, min(code.rect.h, h - 2 * pad))
        page.add(
            Shape(panel, "rounded", fill=theme.surface, stroke=theme.line, stroke_width=0.75, name="bg-code")
        )
        page.add(code)
        out.append(Built(page, theme.muted))
    return out


LAYOUTS: dict[str, Callable[[Slide, Context, bool], list[Built]]] = {
    "code": _code_slide,
    "statement": _statement_slide,
    "cards": _cards_slide,
    "stats": _stats_slide,
    "timeline": _timeline_slide,
    "steps": _steps_slide,
    "table": _table_slide,
}

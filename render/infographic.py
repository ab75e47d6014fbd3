"""Infographic layout: an `InfographicPlan` becomes positioned `Layout` pages.

Blocks (stats, steps, timeline, comparison, checklist, callout) flow in reading order through a
grid of full- and half-width rows on 960 × 540 pages, so every page is also a slide. Nothing here
paints: the SVG and PowerPoint painters draw the same elements. Every string goes through
`text_box`, which shrinks and, as a last resort, ellipsises it, so hostile input (2,000-character
titles, twelve stat cards, CJK, Arabic, emoji) still yields boxes that fit.

Shapes whose name starts with `CONTAINER` are backgrounds that hold other elements (cards,
panels); they are the only elements meant to overlap others.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from render import text as textmod
from render.layout import (
    PAGE_H,
    PAGE_W,
    Connector,
    Context,
    Element,
    Layout,
    Page,
    Rect,
    Shape,
    TextBox,
    bullet_indent,
    text_box,
)
from render.plan import (
    Block,
    CalloutBlock,
    ChecklistBlock,
    ComparisonBlock,
    ImagePlan,
    InfographicPlan,
    StatsBlock,
    StepsBlock,
    TimelineBlock,
)
from render.theme import Theme, contrast, mix, to_rgb

MARGIN_X = 40.0
MARGIN_TOP = 28.0
MARGIN_BOTTOM = 22.0
CONTENT_W = PAGE_W - 2 * MARGIN_X
ROW_GAP = 22.0
COL_GAP = 32.0
FOOTER_H = 22.0
HEADING_H = 26.0
HERO_H = 112.0
COMPACT_HEADER_H = 30.0
CONTAINER = "bg:"
"""Name prefix of container shapes (cards, panels) that intentionally sit under other elements."""

MAX_TIMELINE_ROW = 8  # more events than this read better as a vertical, two-column timeline
MAX_STEPS_ROW = 6  # more steps than this become a two-column numbered list
MAX_STATS_ROW = 6


# ------------------------------------------------------------------------------------------ colour


def _readable(color: str, background: str, toward: str, ratio: float = 3.0) -> str:
    """`color`, pulled toward `toward` (the theme's text colour) until it reads on `background`.

    Okabe-Ito orange or sky blue on white, or dark blue on a dark surface, keep their hue but gain
    the contrast a coloured number or date needs.
    """
    out = color
    for step in range(1, 11):
        if contrast(out, background) >= ratio:
            return out
        out = mix(color, toward, step / 10)
    return out


def _ink(fill: str, theme: Theme) -> str:
    """The theme's light or dark text colour, whichever reads better on `fill`."""
    return max((theme.text, theme.background), key=lambda c: contrast(c, fill))


def _hues(theme: Theme) -> list[str]:
    """The palette's chromatic colours: black and white make poor accents."""
    out = [c for c in theme.palette if max(to_rgb(c)) - min(to_rgb(c)) > 0.2] or [theme.accent]
    # Colours that barely stand out from the page (yellow on white) are left out while enough remain.
    visible = [c for c in out if contrast(c, theme.background) >= 1.8]
    return visible if len(visible) >= 4 else out


# ------------------------------------------------------------------------------------------- helpers


def _lines(text: str, width: float, size: float, bold: bool = False, cap: int = 99) -> int:
    """Lines `text` wraps into at `size`: used to estimate natural block heights."""
    if not text:
        return 0
    return min(len(textmod.wrap(text, max(width, 1.0), size, bold)), cap)


def _lh(size: float) -> float:
    return size * textmod.LINE_HEIGHT


def is_container(el: Element) -> bool:
    """True for background shapes (cards, panels) that other elements sit on by design."""
    return isinstance(el, Shape) and el.name.startswith(CONTAINER)


@dataclass
class _Style:
    """Colours and sizes one block draws with."""

    theme: Theme
    hue: str

    @property
    def hue_text(self) -> str:
        return _readable(self.hue, self.theme.surface, self.theme.text)

    @property
    def hue_on_bg(self) -> str:
        return _readable(self.hue, self.theme.background, self.theme.text)


def _heading(title: str, rect: Rect, style: _Style, name: str) -> tuple[list[Element], Rect]:
    """An optional block heading with a short accent bar; returns its elements and the body rect."""
    if not title:
        return [], rect
    h = min(HEADING_H, rect.h * 0.3)
    rtl = textmod.is_rtl(title)
    bar_x = rect.right - 4 if rtl else rect.x
    bar = Shape(Rect(bar_x, rect.y + h * 0.2, 4, h * 0.6), "rect", fill=style.hue, name=f"{name}.heading-bar")
    text_rect = Rect(rect.x if rtl else rect.x + 12, rect.y, rect.w - 12, h)
    box = text_box(
        title,
        text_rect,
        max_size=min(style.theme.heading_size, 18),
        min_size=10,
        color=style.theme.text,
        bold=True,
        valign="middle",
        max_lines=1,
        name=f"{name}.heading",
    )
    gap = min(10.0, rect.h * 0.05)
    body = Rect(rect.x, rect.y + h + gap, rect.w, max(rect.h - h - gap, 1.0))
    return [bar, box], body


def _heading_h(title: str) -> float:
    return HEADING_H + 10 if title else 0.0


def _uniform(make: list[Callable[[float], TextBox]], max_size: float) -> list[TextBox]:
    """Lay out sibling texts at one shared size (the smallest any of them needs), so a row of
    cards or two panels don't show the same role at different sizes."""
    first = [m(max_size) for m in make]
    size = min((b.size for b in first), default=max_size)
    if all(b.size == size for b in first):
        return first
    return [m(size) for m in make]


# ------------------------------------------------------------------------------------------- stats


def _stats_grid(n: int, w: float) -> tuple[int, int]:
    per_row = n if n <= MAX_STATS_ROW else math.ceil(n / math.ceil(n / MAX_STATS_ROW))
    if w < 500:  # a half-width column holds at most two cards a row
        per_row = min(per_row, 2)
    return per_row, math.ceil(n / per_row)


def _stats_height(b: StatsBlock, w: float, theme: Theme) -> float:
    per_row, rows = _stats_grid(len(b.items), w)
    cw = (w - 16 * (per_row - 1)) / per_row - 24
    icon = 34 if any(s.icon for s in b.items) else 0
    value = max(_lines(s.value, cw, 34, True, 2) for s in b.items) * _lh(34)
    label = max(_lines(s.label, cw, 13, False, 3) for s in b.items) * _lh(13)
    card = max(24 + icon + value + 14 + label, 96)
    return _heading_h(b.title) + rows * card + (rows - 1) * 14


def _stats(b: StatsBlock, rect: Rect, style: _Style, name: str, hue_offset: int) -> list[Element]:
    theme = style.theme
    out, body = _heading(b.title, rect, style, name)
    per_row, rows = _stats_grid(len(b.items), rect.w)
    gap_x, gap_y = 16.0, min(14.0, body.h * 0.06)
    cw = (body.w - gap_x * (per_row - 1)) / per_row
    ch = (body.h - gap_y * (rows - 1)) / rows
    hues = _hues(theme)
    has_icon = any(s.icon for s in b.items)
    cards: list[Rect] = []
    for i in range(len(b.items)):
        r, c = divmod(i, per_row)
        in_row = min(per_row, len(b.items) - r * per_row)
        offset = (body.w - (in_row * cw + (in_row - 1) * gap_x)) / 2  # centre a short last row
        cards.append(Rect(body.x + offset + c * (cw + gap_x), body.y + r * (ch + gap_y), cw, ch))
    pad = min(12.0, ch * 0.1)
    inner = [card.inset(pad, pad) for card in cards]
    ih = inner[0].h
    icon_h = min(32.0, ih * 0.24) if has_icon else 0.0
    value_h = (ih - icon_h) * 0.48
    pill_gap = min(14.0, ih * 0.1)
    label_h = max(ih - icon_h - value_h - pill_gap, 1.0)
    colors = [
        _readable(hues[(hue_offset + i) % len(hues)], theme.surface, theme.text) for i in range(len(cards))
    ]

    def value_maker(i: int) -> Callable[[float], TextBox]:
        rr = inner[i]
        return lambda size: text_box(
            b.items[i].value,
            Rect(rr.x, rr.y + icon_h, rr.w, value_h),
            max_size=size,
            min_size=12,
            color=colors[i],
            bold=True,
            align="center",
            valign="bottom",
            max_lines=2,
            name=f"{name}.value[{i}]",
        )

    def label_maker(i: int) -> Callable[[float], TextBox]:
        rr = inner[i]
        return lambda size: text_box(
            b.items[i].label,
            Rect(rr.x, rr.y + icon_h + value_h + pill_gap, rr.w, label_h),
            max_size=size,
            min_size=8,
            color=theme.muted,
            align="center",
            valign="top",
            name=f"{name}.label[{i}]",
        )

    values = _uniform([value_maker(i) for i in range(len(cards))], min(40.0, max(ch * 0.3, 14.0)))
    labels = _uniform([label_maker(i) for i in range(len(cards)) if b.items[i].label], 14.0)
    label_iter = iter(labels)
    for i, (card, stat) in enumerate(zip(cards, b.items, strict=True)):
        out.append(
            Shape(
                card,
                "rounded",
                fill=theme.surface,
                stroke=theme.line,
                stroke_width=0.75,
                name=f"{CONTAINER}{name}.card[{i}]",
            )
        )
        rr = inner[i]
        if stat.icon:
            out.append(
                text_box(
                    stat.icon,
                    Rect(rr.x, rr.y, rr.w, icon_h),
                    max_size=min(24.0, icon_h * 0.75),
                    min_size=6,
                    color=theme.text,
                    align="center",
                    valign="middle",
                    max_lines=1,
                    name=f"{name}.icon[{i}]",
                )
            )
        out.append(values[i])
        pill_w = min(28.0, rr.w * 0.3)
        pill_y = rr.y + icon_h + value_h + pill_gap * 0.35
        out.append(
            Shape(
                Rect(rr.x + (rr.w - pill_w) / 2, pill_y, pill_w, max(min(3.0, pill_gap * 0.3), 1.0)),
                "rect",
                fill=hues[(hue_offset + i) % len(hues)],
                name=f"{name}.pill[{i}]",
            )
        )
        if stat.label:
            out.append(next(label_iter))
    return out


# ------------------------------------------------------------------------------------------- steps


def _steps_height(b: StepsBlock, w: float, theme: Theme) -> float:
    n = len(b.items)
    if n > MAX_STEPS_ROW:
        col_w = (w - COL_GAP) / 2 - 44
        rows = math.ceil(n / 2)
        row = max(
            _lh(14) + _lines(s.text, col_w, 12, False, 2) * _lh(12) for s in b.items
        )  # title line + up to two of detail
        return _heading_h(b.title) + rows * max(row + 8, 36)
    col_w = w / n - 16
    d = min(48.0, w / n * 0.45)
    title = max(_lines(s.title, col_w, 15, True, 2) for s in b.items) * _lh(15)
    text = max(_lines(s.text, col_w, 12.5, False, 5) for s in b.items) * _lh(12.5)
    return _heading_h(b.title) + d + 12 + title + 6 + text + 4


def _number(i: int, rect: Rect, style: _Style, name: str) -> Shape:
    """A filled circle holding a step number."""
    fill = style.hue
    label = text_box(
        str(i + 1),
        rect,
        max_size=rect.h * 0.5,
        min_size=5,
        color=_ink(fill, style.theme),
        bold=True,
        align="center",
        valign="middle",
        max_lines=1,
        name=f"{name}.number-text[{i}]",
    )
    return Shape(rect, "ellipse", fill=fill, text=label, name=f"{name}.number[{i}]")


def _steps(b: StepsBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme = style.theme
    out, body = _heading(b.title, rect, style, name)
    n = len(b.items)
    if n > MAX_STEPS_ROW:
        return out + _steps_list(b, body, style, name)
    col_w = body.w / n
    d = min(48.0, col_w * 0.45, body.h * 0.32)
    cy = body.y + d / 2
    title_y = body.y + d + min(12.0, body.h * 0.06)
    rest = body.bottom - title_y
    has_text = any(s.text for s in b.items)
    title_h = rest * (0.36 if has_text else 1.0)
    text_gap = min(6.0, rest * 0.03)
    pad = min(8.0, col_w * 0.06)

    def title_maker(i: int) -> Callable[[float], TextBox]:
        x = body.x + i * col_w
        return lambda size: text_box(
            b.items[i].title,
            Rect(x + pad, title_y, col_w - 2 * pad, title_h),
            max_size=size,
            min_size=8,
            color=theme.text,
            bold=True,
            align="center",
            valign="top",
            name=f"{name}.title[{i}]",
        )

    def text_maker(i: int) -> Callable[[float], TextBox]:
        x = body.x + i * col_w
        return lambda size: text_box(
            b.items[i].text,
            Rect(x + pad, title_y + title_h + text_gap, col_w - 2 * pad, max(rest - title_h - text_gap, 1.0)),
            max_size=size,
            min_size=7,
            color=theme.muted,
            align="center",
            valign="top",
            name=f"{name}.text[{i}]",
        )

    titles = _uniform([title_maker(i) for i in range(n)], 15.0)
    texts = _uniform([text_maker(i) for i in range(n) if b.items[i].text], 12.5)
    text_iter = iter(texts)
    for i, step in enumerate(b.items):
        cx = body.x + (i + 0.5) * col_w
        out.append(_number(i, Rect(cx - d / 2, cy - d / 2, d, d), style, name))
        if i + 1 < n:
            x0, x1 = cx + d / 2 + 8, cx + col_w - d / 2 - 8
            if x1 - x0 > 10:
                out.append(Connector([(x0, cy), (x1, cy)], theme.muted, width=2.0, name=f"{name}.arrow[{i}]"))
        out.append(titles[i])
        if step.text:
            out.append(next(text_iter))
    return out


def _steps_list(b: StepsBlock, body: Rect, style: _Style, name: str) -> list[Element]:
    """Many steps: a two-column numbered list, read down the left column first."""
    theme = style.theme
    n = len(b.items)
    rows = math.ceil(n / 2)
    col_w = (body.w - COL_GAP) / 2
    row_h = body.h / rows
    d = min(30.0, row_h * 0.8)
    out: list[Element] = []
    makers_t, makers_x, cells = [], [], []
    for i in range(n):
        c, r = divmod(i, rows)
        x, y = body.x + c * (col_w + COL_GAP), body.y + r * row_h
        cells.append((x, y))
        step = b.items[i]
        tx, tw = x + d + 12, col_w - d - 12
        title_h = min(_lh(14) + 2, row_h * 0.5) if step.text else row_h - 4
        makers_t.append(
            lambda size, tx=tx, tw=tw, y=y, th=title_h, s=step, i=i: text_box(
                s.title,
                Rect(tx, y, tw, th),
                max_size=size,
                min_size=7,
                color=theme.text,
                bold=True,
                valign="top" if s.text else "middle",
                max_lines=1 if s.text else None,
                name=f"{name}.title[{i}]",
            )
        )
        if step.text:
            makers_x.append(
                lambda size, tx=tx, tw=tw, y=y, th=title_h, s=step, i=i: text_box(
                    s.text,
                    Rect(tx, y + th, tw, max(row_h - th - 4, 1.0)),
                    max_size=size,
                    min_size=7,
                    color=theme.muted,
                    name=f"{name}.text[{i}]",
                )
            )
    titles = _uniform(makers_t, 14.0)
    texts = iter(_uniform(makers_x, 12.0))
    for i, (x, y) in enumerate(cells):
        out.append(_number(i, Rect(x, y + min(2.0, row_h * 0.05), d, d), style, name))
        if i + 1 < n and (i + 1) % rows != 0:  # thread the circles of one column together
            y0, y1 = y + d + 4, y + row_h - 2
            if y1 - y0 > 4:
                out.append(
                    Connector(
                        [(x + d / 2, y0), (x + d / 2, y1)],
                        theme.line,
                        width=1.5,
                        arrow=False,
                        name=f"{name}.link[{i}]",
                    )
                )
        out.append(titles[i])
        if b.items[i].text:
            out.append(next(texts))
    return out


# ---------------------------------------------------------------------------------------- timeline


def _event_stack(w: float, e, sizes: tuple[float, float, float]) -> list[float]:
    """Natural heights of an event's date, title and detail boxes at `sizes`."""
    sd, st, sx = sizes
    return [
        _lines(e.date, w, sd, True, 2) * _lh(sd),
        _lines(e.title, w, st, True, 2) * _lh(st),
        _lines(e.text, w, sx, False, 3) * _lh(sx),
    ]


_EVENT_SIZES = (14.0, 13.0, 11.5)


def _timeline_label_w(n: int, w: float) -> float:
    slot = w / n
    return min(2 * slot - 16, 250.0, w)


def _timeline_height(b: TimelineBlock, w: float, theme: Theme) -> float:
    n = len(b.events)
    if n > MAX_TIMELINE_ROW:
        rows = math.ceil(n / 2)
        cw = (w - COL_GAP) / 2
        tw = cw - min(110.0, cw * 0.3) - 36
        row = max(_lh(13) + _lines(e.text, tw, 11, False, 2) * _lh(11) for e in b.events)
        return _heading_h(b.title) + rows * max(row + 6, 30)
    lw = _timeline_label_w(n, w)
    stack = max(sum(_event_stack(lw, e, _EVENT_SIZES)) for e in b.events)
    return _heading_h(b.title) + 2 * stack + 56 if n > 1 else _heading_h(b.title) + stack + 40


def _fit_stack(heights: list[float], room: float) -> list[float]:
    total = sum(heights)
    if total <= room or total <= 0:
        return heights
    return [h * room / total for h in heights]


def _event_boxes(e, rect: Rect, above: bool, style: _Style, name: str, i: int) -> list[TextBox]:
    """Date, title and detail of one event stacked against the axis side of `rect`."""
    theme = style.theme
    heights = _fit_stack(_event_stack(rect.w, e, _EVENT_SIZES), rect.h)
    total = sum(heights)
    y = rect.bottom - total if above else rect.y
    specs = [
        (e.date, _EVENT_SIZES[0], style.hue_on_bg, True, "date"),
        (e.title, _EVENT_SIZES[1], theme.text, True, "title"),
        (e.text, _EVENT_SIZES[2], theme.muted, False, "text"),
    ]
    out = []
    for (txt, size, color, bold, part), h in zip(specs, heights, strict=True):
        if txt and h > 0:
            out.append(
                text_box(
                    txt,
                    Rect(rect.x, y, rect.w, h),
                    max_size=size,
                    min_size=6,
                    color=color,
                    bold=bold,
                    align="center",
                    name=f"{name}.{part}[{i}]",
                )
            )
        y += h
    return out


def _label_span(i: int, n: int, slot: float, lw: float, body: Rect) -> tuple[float, float]:
    """Horizontal extent of event i's label: centred on its dot, kept inside the block, and clear
    of the labels two dots away that share its side of the axis."""
    x = body.x + slot * (i + 0.5)
    left, right = x - lw / 2, x + lw / 2
    lo = body.x if i < 2 else body.x + slot * (i - 1.5) + lw / 2 + 16
    hi = body.right if i + 2 >= n else body.x + slot * (i + 2.5) - lw / 2 - 16
    if left < body.x:
        left, right = body.x, min(body.x + lw, hi)
    if right > body.right:
        left, right = max(body.right - lw, lo), body.right
    return left, right


def _timeline(b: TimelineBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme = style.theme
    out, body = _heading(b.title, rect, style, name)
    n = len(b.events)
    if n > MAX_TIMELINE_ROW:
        return out + _timeline_vertical(b, body, style, name)
    slot = body.w / n
    lw = _timeline_label_w(n, body.w)
    dot = min(16.0, slot * 0.3, body.h * 0.15)
    axis_y = body.y + body.h / 2 if n > 1 else body.bottom - dot / 2 - 6
    gap = max(min(22.0, body.h * 0.1), dot / 2 + 4)  # labels stay clear of the dots
    out.append(
        Connector(
            [(body.x, axis_y), (body.right - 1, axis_y)],
            theme.line,
            width=3.0,
            arrow=True,
            name=f"{name}.axis",
        )
    )
    for i, e in enumerate(b.events):
        x = body.x + slot * (i + 0.5)
        above = i % 2 == 0
        left, right = _label_span(i, n, slot, lw, body)
        region = (
            Rect(left, body.y, right - left, max(axis_y - gap - body.y, 1.0))
            if above
            else Rect(left, axis_y + gap, right - left, max(body.bottom - axis_y - gap, 1.0))
        )
        boxes = _event_boxes(e, region, above, style, name, i)
        if boxes:
            edge = boxes[-1].rect.bottom if above else boxes[0].rect.y
            y0 = axis_y - dot / 2 - 2 if above else axis_y + dot / 2 + 2
            y1 = edge + 3 if above else edge - 3
            if (y0 - y1 if above else y1 - y0) > 3:
                out.append(
                    Connector(
                        [(x, y0), (x, y1)], theme.line, width=1.25, arrow=False, name=f"{name}.tick[{i}]"
                    )
                )
        out.extend(boxes)
        out.append(
            Shape(
                Rect(x - dot / 2, axis_y - dot / 2, dot, dot),
                "ellipse",
                fill=style.hue,
                stroke=theme.background,
                stroke_width=2.5,
                name=f"{name}.dot[{i}]",
            )
        )
    return out


def _timeline_vertical(b: TimelineBlock, body: Rect, style: _Style, name: str) -> list[Element]:
    """Many events: two vertical timelines, read down the left one first."""
    theme = style.theme
    n = len(b.events)
    rows = math.ceil(n / 2)
    cw = (body.w - COL_GAP) / 2
    row_h = body.h / rows
    date_w = min(110.0, cw * 0.3)
    dot = min(12.0, row_h * 0.5)
    out: list[Element] = []
    for c in range(2):
        idx = list(range(c * rows, min((c + 1) * rows, n)))
        if not idx:
            continue
        x0 = body.x + c * (cw + COL_GAP)
        axis_x = x0 + date_w + 18
        first_line = min(_lh(13), row_h)
        first_y = body.y + first_line / 2
        last_y = body.y + (len(idx) - 1) * row_h + first_line / 2
        if len(idx) > 1:
            out.append(
                Connector(
                    [(axis_x, first_y), (axis_x, last_y)],
                    theme.line,
                    width=2.5,
                    arrow=False,
                    name=f"{name}.axis[{c}]",
                )
            )
        for r, i in enumerate(idx):
            e = b.events[i]
            y = body.y + r * row_h
            out.append(
                text_box(
                    e.date,
                    Rect(x0, y, date_w, first_line if e.title or e.text else row_h),
                    max_size=13,
                    min_size=6,
                    color=style.hue_on_bg,
                    bold=True,
                    align="right",
                    valign="middle",
                    max_lines=1,
                    name=f"{name}.date[{i}]",
                )
            )
            cy = y + first_line / 2
            out.append(
                Shape(
                    Rect(axis_x - dot / 2, cy - dot / 2, dot, dot),
                    "ellipse",
                    fill=style.hue,
                    stroke=theme.background,
                    stroke_width=2.0,
                    name=f"{name}.dot[{i}]",
                )
            )
            tx, tw = axis_x + 18, x0 + cw - axis_x - 18
            if e.title:
                out.append(
                    text_box(
                        e.title,
                        Rect(tx, y, tw, first_line),
                        max_size=13,
                        min_size=6,
                        color=theme.text,
                        bold=True,
                        valign="middle",
                        max_lines=1,
                        name=f"{name}.title[{i}]",
                    )
                )
            if e.text and row_h - first_line > 4:
                top = y + first_line if e.title else y
                out.append(
                    text_box(
                        e.text,
                        Rect(tx, top, tw, max(y + row_h - top - 3, 1.0)),
                        max_size=11,
                        min_size=6,
                        color=theme.muted,
                        name=f"{name}.text[{i}]",
                    )
                )
    return out


# -------------------------------------------------------------------------------------- comparison

_VS_GAP = 52.0


def _comparison_height(b: ComparisonBlock, w: float, theme: Theme) -> float:
    pw = (w - _VS_GAP) / 2 - 36 - bullet_indent(15)
    side = []
    for title, items in ((b.left_title, b.left_items), (b.right_title, b.right_items)):
        lines = sum(_lines(t, pw, 15) for t in items) + 0.35 * max(len(items) - 1, 0)
        side.append((_lines(title, pw, 18, True, 2), lines))
    head = max(44.0, max(s[0] for s in side) * _lh(18) + 14)
    body = max(s[1] for s in side) * _lh(15)
    return _heading_h(b.title) + head + 14 + body + 18


def _comparison(b: ComparisonBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme = style.theme
    out, body = _heading(b.title, rect, style, name)
    hues = _hues(theme)
    pw = (body.w - _VS_GAP) / 2
    head_h = min(max(44.0, body.h * 0.18), body.h * 0.4)
    sides = [
        (b.left_title, b.left_items, Rect(body.x, body.y, pw, body.h), hues[0]),
        (
            b.right_title,
            b.right_items,
            Rect(body.right - pw, body.y, pw, body.h),
            hues[1 % len(hues)],
        ),
    ]
    pad = min(18.0, pw * 0.06)
    item_top = min(14.0, body.h * 0.05)

    def items_maker(k: int) -> Callable[[float], TextBox]:
        _, items, panel, _ = sides[k]
        r = Rect(
            panel.x + pad,
            panel.y + head_h + item_top,
            panel.w - 2 * pad,
            max(panel.h - head_h - item_top - pad, 1.0),
        )
        return lambda size: text_box(
            list(items),
            r,
            max_size=size,
            min_size=7,
            color=theme.text,
            bullet="•",
            name=f"{name}.items[{k}]",
        )

    def head_maker(k: int) -> Callable[[float], TextBox]:
        title, _, panel, hue = sides[k]
        r = Rect(panel.x, panel.y, panel.w, head_h)
        return lambda size: text_box(
            title,
            r.inset(12, 4),
            max_size=size,
            min_size=7,
            color=_ink(hue, theme),
            bold=True,
            align="center",
            valign="middle",
            max_lines=2,
            name=f"{name}.header-text[{k}]",
        )

    heads = _uniform([head_maker(k) for k in range(2)], 18.0)
    with_items = [k for k in range(2) if sides[k][1]]
    lists = dict(zip(with_items, _uniform([items_maker(k) for k in with_items], 15.0), strict=True))
    for k, (_, _, panel, hue) in enumerate(sides):
        out.append(
            Shape(
                panel,
                "rounded",
                fill=theme.surface,
                stroke=theme.line,
                stroke_width=0.75,
                name=f"{CONTAINER}{name}.panel[{k}]",
            )
        )
        out.append(
            Shape(
                Rect(panel.x, panel.y, panel.w, head_h),
                "rounded",
                fill=hue,
                text=heads[k],
                name=f"{name}.header[{k}]",
            )
        )
        if k in lists:
            out.append(lists[k])
    d = min(38.0, head_h * 0.9, _VS_GAP - 10)
    cx, cy = body.x + body.w / 2, body.y + head_h / 2
    vs_rect = Rect(cx - d / 2, cy - d / 2, d, d)
    vs = text_box(
        "VS",
        vs_rect,
        max_size=d * 0.34,
        min_size=5,
        color=theme.muted,
        bold=True,
        align="center",
        valign="middle",
        max_lines=1,
        name=f"{name}.vs-text",
    )
    out.append(
        Shape(
            vs_rect,
            "ellipse",
            fill=theme.background,
            stroke=theme.line,
            stroke_width=1.5,
            text=vs,
            name=f"{name}.vs",
        )
    )
    return out


# --------------------------------------------------------------------------------------- checklist


def _check_cols(b: ChecklistBlock, w: float) -> int:
    return 2 if len(b.items) > 5 and w > 560 else 1


def _checklist_height(b: ChecklistBlock, w: float, theme: Theme) -> float:
    cols = _check_cols(b, w)
    rows = math.ceil(len(b.items) / cols)
    tw = (w - COL_GAP * (cols - 1)) / cols - 34
    per_row = []
    for r in range(rows):
        cells = [b.items[c * rows + r] for c in range(cols) if c * rows + r < len(b.items)]
        per_row.append(max(_lines(t, tw, 15, False, 3) for t in cells) * _lh(15) + 10)
    return _heading_h(b.title) + sum(max(h, 28.0) for h in per_row)


def _checklist(b: ChecklistBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme = style.theme
    out, body = _heading(b.title, rect, style, name)
    cols = _check_cols(b, rect.w)
    n = len(b.items)
    rows = math.ceil(n / cols)
    col_w = (body.w - COL_GAP * (cols - 1)) / cols
    row_h = body.h / rows
    cs = min(22.0, row_h * 0.75)
    makers, cells = [], []
    for i, item in enumerate(b.items):
        c, r = divmod(i, rows)
        x, y = body.x + c * (col_w + COL_GAP), body.y + r * row_h
        rtl = textmod.is_rtl(item)
        tx = x if rtl else x + cs + 12
        cells.append((x, y, rtl))
        makers.append(
            lambda size, tx=tx, y=y, item=item, i=i: text_box(
                item,
                Rect(tx, y, col_w - cs - 12, max(row_h - min(8.0, row_h * 0.2), 1.0)),
                max_size=size,
                min_size=7,
                color=theme.text,
                name=f"{name}.item[{i}]",
            )
        )
    boxes = _uniform(makers, 15.0)
    ink = _ink(style.hue, theme)
    for i, ((x, y, rtl), box) in enumerate(zip(cells, boxes, strict=True)):
        line = _lh(box.size)
        ms = min(cs, max(line * 1.15, 12.0))  # a mark in proportion to its (perhaps shrunk) text
        slot_x = x + col_w - cs if rtl else x
        mark_rect = Rect(slot_x + (cs - ms) / 2, max(y, y + line / 2 - ms / 2), ms, ms)
        mark = text_box(
            "✓",
            mark_rect,
            max_size=ms * 0.62,
            min_size=4,
            color=ink,
            bold=True,
            align="center",
            valign="middle",
            max_lines=1,
            name=f"{name}.check-text[{i}]",
        )
        out.append(Shape(mark_rect, "ellipse", fill=style.hue, text=mark, name=f"{name}.check[{i}]"))
        out.append(box)
    return out


# ----------------------------------------------------------------------------------------- callout


def _callout_height(b: CalloutBlock, w: float, theme: Theme) -> float:
    tw = w - 110
    text = _lines(b.text, tw, 20, False, 8) * _lh(20)
    attribution = 26 if b.attribution else 0
    return max(text + attribution + 40, 96.0)


def _callout(b: CalloutBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme = style.theme
    rtl = textmod.is_rtl(b.text)
    out: list[Element] = [
        Shape(
            rect,
            "rounded",
            fill=theme.surface,
            stroke=style.hue,
            stroke_width=1.25,
            name=f"{CONTAINER}{name}.card",
        )
    ]
    pad = min(18.0, rect.h * 0.15)
    bar_w = 5.0
    bar_x = rect.right - pad - bar_w if rtl else rect.x + pad
    out.append(
        Shape(Rect(bar_x, rect.y + pad, bar_w, rect.h - 2 * pad), "rect", fill=style.hue, name=f"{name}.bar")
    )
    quote_w = min(40.0, rect.w * 0.1)
    quote_x = bar_x - 10 - quote_w if rtl else bar_x + bar_w + 10
    quote_h = min(48.0, rect.h - 2 * pad)
    out.append(
        text_box(
            "”" if rtl else "“",
            Rect(quote_x, rect.y + pad - 4 if rect.h > 60 else rect.y + pad, quote_w, quote_h),
            max_size=min(48.0, quote_h * 0.8),
            min_size=6,
            color=style.hue_text,
            bold=True,
            align="center",
            valign="top",
            max_lines=1,
            name=f"{name}.mark",
        )
    )
    tx = rect.x + pad if rtl else quote_x + quote_w + 8
    tw = (quote_x - 8) - tx if rtl else rect.right - pad - tx
    inner_h = rect.h - 2 * pad
    attr_h = min(24.0, inner_h * 0.3) if b.attribution else 0.0
    out.append(
        text_box(
            b.text,
            Rect(tx, rect.y + pad, tw, max(inner_h - attr_h, 1.0)),
            max_size=20,
            min_size=7,
            color=theme.text,
            italic=True,
            valign="middle",
            name=f"{name}.text",
        )
    )
    if b.attribution:
        out.append(
            text_box(
                "— " + b.attribution,
                Rect(tx, rect.bottom - pad - attr_h, tw, attr_h),
                max_size=13,
                min_size=6,
                color=theme.muted,
                bold=True,
                valign="bottom",
                max_lines=1,
                name=f"{name}.attribution",
            )
        )
    return out


# ------------------------------------------------------------------------------------------- flow


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
    return _callout_height(block, w, theme)


def _draw(block: Block, rect: Rect, theme: Theme, index: int) -> list[Element]:
    """Elements of one block, all inside `rect`."""
    hues = _hues(theme)
    style = _Style(theme, hues[index % len(hues)])
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
    return _callout(block, rect, style, name)


def _half_width(block: Block) -> bool:
    """Blocks that read well in half a page, so two of them can share a row."""
    if isinstance(block, CalloutBlock):
        return True
    if isinstance(block, ChecklistBlock):
        return len(block.items) <= 6
    if isinstance(block, StatsBlock):
        return len(block.items) <= 2
    return False


@dataclass
class _Row:
    blocks: list[int]
    natural: float
    minimum: float
    height: float = 0.0
    y: float = 0.0


@dataclass
class _PageFlow:
    top: float
    rows: list[_Row] = field(default_factory=list)


def _rows(plan: InfographicPlan, theme: Theme, room: float) -> list[_Row]:
    """Group blocks into rows in reading order: consecutive half-width blocks pair up."""
    half_w = (CONTENT_W - COL_GAP) / 2
    out: list[_Row] = []
    i = 0
    blocks = plan.blocks
    while i < len(blocks):
        if _half_width(blocks[i]) and i + 1 < len(blocks) and _half_width(blocks[i + 1]):
            members, w = [i, i + 1], half_w
            i += 2
        else:
            members, w = [i], CONTENT_W
            i += 1
        natural = min(max(_natural_height(blocks[m], w, theme) for m in members), room)
        out.append(_Row(members, natural, min(natural, max(natural * 0.72, 60.0))))
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
    return pages


# ------------------------------------------------------------------------------------------ header


def _hero_rect(image: ImagePlan, rtl: bool) -> Rect:
    """Where the hero picture goes: beside the title (at the end of the line it starts), sized to
    the picture's aspect ratio so `render.image.place` fills it rather than letterboxing."""
    a, b = (int(v) for v in image.aspect_ratio.split(":"))
    caption = min(40.0, HERO_H * 0.15) if image.caption else 0.0
    w = min((HERO_H - caption) * a / b, CONTENT_W * 0.42)
    if image.caption:
        w = max(w, 160.0)
    return Rect(MARGIN_X if rtl else PAGE_W - MARGIN_X - w, MARGIN_TOP, w, HERO_H)


def _header(
    plan: InfographicPlan, theme: Theme, ctx: Context, measure_only: bool = False
) -> tuple[list[Element], float]:
    """The first page's header: title, subtitle, accent rule and the optional hero picture beside
    them. Returns its elements and where the blocks may start."""
    out: list[Element] = []
    rtl = textmod.is_rtl(plan.title)
    hero = _hero_rect(plan.hero_image, rtl) if plan.hero_image is not None else None
    x, w = MARGIN_X, CONTENT_W
    if hero is not None:
        w = CONTENT_W - hero.w - 28
        x = hero.right + 28 if rtl else MARGIN_X
    y = MARGIN_TOP
    title = text_box(
        plan.title,
        Rect(x, y, w, _lh(theme.title_size) * 2),
        max_size=theme.title_size,
        min_size=18,
        color=theme.text,
        bold=True,
        max_lines=2,
        name="title",
    )
    title.rect = Rect(x, y, w, title.text_height)
    out.append(title)
    y = title.rect.bottom + 4
    if plan.subtitle:
        sub_size = min(theme.body_size, 16)
        sub = text_box(
            plan.subtitle,
            Rect(x, y, w, _lh(sub_size) * 2),
            max_size=sub_size,
            min_size=10,
            color=theme.muted,
            max_lines=2,
            name="subtitle",
        )
        sub.rect = Rect(x, y, w, sub.text_height)
        out.append(sub)
        y = sub.rect.bottom + 2
    rule_x = x + w - 56 if rtl else x
    out.append(Shape(Rect(rule_x, y + 8, 56, 4), "rect", fill=theme.accent, name="title-rule"))
    y += 8 + 4 + 16
    if hero is not None and plan.hero_image is not None:
        if not measure_only:
            from render import image  # the image kind owns picture generation and placeholders

            out.extend(image.place(plan.hero_image, hero, ctx))
        y = max(y, hero.bottom + 18)
    return out, y


def _compact_header(plan: InfographicPlan, theme: Theme, number: int, total: int) -> list[Element]:
    """Continuation pages repeat the title on one line with the page count."""
    size = min(theme.heading_size, 20)
    suffix = f" ({number}/{total})"
    room = CONTENT_W - textmod.text_width(suffix, size, True) - 2
    lines = textmod.wrap(plan.title, room, size, True)
    title = lines[0] if len(lines) == 1 else textmod.truncate_lines(lines, 1, room, size, True)[0]
    rect = Rect(MARGIN_X, MARGIN_TOP, CONTENT_W, COMPACT_HEADER_H)
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
    rule = Shape(Rect(MARGIN_X, rect.bottom + 6, CONTENT_W, 1.0), "rect", fill=theme.line, name="title-rule")
    return [box, rule]


def _footer(plan: InfographicPlan, theme: Theme) -> TextBox:
    return text_box(
        plan.footer,
        Rect(MARGIN_X, PAGE_H - MARGIN_BOTTOM - FOOTER_H + 4, CONTENT_W, FOOTER_H - 4),
        max_size=min(theme.small_size, 11),
        min_size=7,
        color=theme.muted,
        valign="bottom",
        max_lines=1,
        name="footer",
    )


# --------------------------------------------------------------------------------------------- api


def layout(plan: InfographicPlan, ctx: Context) -> Layout:
    """Lay out an infographic on as many 960 × 540 pages as its blocks need, never dropping one."""
    theme = ctx.theme
    _, first_top = _header(plan, theme, ctx, measure_only=True)
    next_top = MARGIN_TOP + COMPACT_HEADER_H + 22
    bottom = PAGE_H - MARGIN_BOTTOM - (FOOTER_H + 8 if plan.footer else 0.0)
    rows = _rows(plan, theme, bottom - next_top)
    flows = _paginate(rows, first_top, next_top, bottom)
    total = len(flows)
    pages: list[Page] = []
    half_w = (CONTENT_W - COL_GAP) / 2
    for number, flow in enumerate(flows, start=1):
        page = Page(background=theme.background, notes=plan.answer, title=plan.title)
        if number == 1:
            header, _ = _header(plan, theme, ctx)
        else:
            header = _compact_header(plan, theme, number, total)
            page.title = f"{plan.title} ({number}/{total})"
        page.elements.extend(header)
        for row in flow.rows:
            if len(row.blocks) == 1:
                rects = [Rect(MARGIN_X, row.y, CONTENT_W, row.height)]
            else:
                rects = [
                    Rect(MARGIN_X, row.y, half_w, row.height),
                    Rect(MARGIN_X + half_w + COL_GAP, row.y, half_w, row.height),
                ]
            for idx, rect in zip(row.blocks, rects, strict=True):
                page.elements.extend(_draw(plan.blocks[idx], rect, theme, idx))
        pages.append(page)
    if plan.footer:
        pages[-1].elements.append(_footer(plan, theme))
    return Layout(pages=pages, kind="infographic", title=plan.title)

"""Infographic blocks: each block type drawn inside the rectangle the page flow gives it.

`render.infographic` decides where blocks go (rows, pages, header); this module and
`render.infographic_timeline` draw them. Every string goes through `text_box`, which shrinks and, as a
last resort, ellipsises it, so hostile input still yields boxes that fit. Shapes whose name starts
with `CONTAINER` are backgrounds that hold other elements (cards, panels); they are the only elements
meant to overlap others.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from render import frame
from render import text as textmod
from render.layout import (
    Connector,
    Context,
    Element,
    Rect,
    Shape,
    TextBox,
    text_box,
)
from render.plan import (
    CalloutBlock,
    ChecklistBlock,
    StatsBlock,
    StepsBlock,
    VisualBlock,
)
from render.theme import Theme, contrast, mix, to_rgb

HEADING_H = 26.0
COL_GAP = 32.0
CONTAINER = "bg:"
"""Name prefix of container shapes (cards, panels) that intentionally sit under other elements."""

MAX_TIMELINE_ROW = 8  # more events than this read better as a vertical, two-column timeline
MAX_STEPS_ROW = 6  # more steps than this become a two-column numbered list
MAX_STATS_ROW = 6

# ------------------------------------------------------------------------------------------ colour


def _readable(color: str, background: str, toward: str, ratio: float = 4.5) -> str:
    """`color`, pulled toward `toward` (the theme's text colour) until it reads on `background`.

    Okabe-Ito orange or sky blue on white, or dark blue on a dark surface, keep their hue but gain
    the contrast a coloured number or date needs (WCAG AA's 4.5:1 for text, whatever its size).
    """
    out = color
    for step in range(1, 21):
        if contrast(out, background) >= ratio:
            return out
        out = mix(color, toward, step / 20)
    return out


def _ink(fill: str, theme: Theme) -> str:
    """The theme's light or dark text colour, whichever reads better on `fill`; pure black or white
    where neither reaches WCAG's 4.5:1 (white on Okabe-Ito vermilion, for one)."""
    best = max((theme.text, theme.background), key=lambda c: contrast(c, fill))
    if contrast(best, fill) >= 4.5:
        return best
    return max(("#000000", "#FFFFFF"), key=lambda c: contrast(c, fill))


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


@dataclass(frozen=True)
class Sizes:
    """The largest type size of each role in a block, the floor text may shrink to, and the scale of
    the block's marks (number circles, dots, checks). An infographic page is compact; a slide showing
    the same block reads from across a room (`slide_sizes`)."""

    value: float = 40.0
    """Stat numbers."""
    label: float = 14.0
    """Stat labels, attributions."""
    title: float = 15.0
    """Step and event titles."""
    text: float = 12.5
    """Step and event detail."""
    date: float = 14.0
    item: float = 15.0
    """Checklist items, comparison points, table cells, text blocks."""
    heading: float = 18.0
    """Block headings."""
    quote: float = 20.0
    floor: float = 6.0
    """No text is set smaller than this."""
    scale: float = 1.0
    """Marks and gaps grow by this much."""
    steps_row: int = MAX_STEPS_ROW
    """More steps than this become a two-column numbered list."""
    first: int = 0
    """Number of the first step (a slide continuing a process counts on)."""
    cards: bool = False
    """Steps and events sit on cards (on a slide, where they group what belongs together)."""

    def least(self, size: float) -> float:
        """A role's smallest size: its usual floor, never under the block's floor."""
        return max(size, self.floor)


COMPACT = Sizes()

MAX_GROW = 1.8
"""The most an under-filled infographic page grows its blocks' type, marks and gaps."""


def grown_sizes(theme: Theme, scale: float) -> Sizes:
    """Compact block type grown by `scale` (capped at `MAX_GROW`, and so that list text stays within
    1.6× the theme's body size): a page holding one or two short blocks fills its space rather than
    leaving two thirds of it empty. Every role grows alike, so headings stay larger than items."""
    s = max(1.0, min(scale, max_scale(theme)))
    if s == 1.0:
        return COMPACT
    c = COMPACT
    return replace(
        c,
        value=c.value * s,
        label=c.label * s,
        title=c.title * s,
        text=c.text * s,
        date=c.date * s,
        item=c.item * s,
        heading=c.heading * s,
        quote=c.quote * s,
        scale=s,
    )


def max_scale(theme: Theme) -> float:
    """The growth limit for `theme`: `MAX_GROW`, or less where the theme's body type is small."""
    return max(1.0, min(MAX_GROW, 1.6 * theme.body_size / COMPACT.item))


def slide_sizes(theme: Theme) -> Sizes:
    """Block type on a slide: body text at least 20 pt where it fits, never under 14 pt."""
    body = max(theme.body_size + 4, 20.0)
    return Sizes(
        value=max(theme.title_size * 2, 56.0),
        label=body - 2,
        title=body + 2,
        text=body - 2,
        date=body + 2,
        item=body + 2,
        heading=theme.heading_size + 4,
        quote=theme.title_size - 2,
        floor=14.0,
        scale=1.45,
        steps_row=4,
        cards=True,
    )


@dataclass
class _Style:
    """Colours and sizes one block draws with."""

    theme: Theme
    hue: str
    sizes: Sizes = COMPACT

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
    lines = _heading_lines(title, rect.w)  # a long heading wraps rather than losing words
    h = min(HEADING_H * max(style.sizes.heading / 18.0, 1.0) * _LINES_H[lines], rect.h * 0.3)
    rtl = textmod.is_rtl(title)
    bar_x = rect.right - 4 if rtl else rect.x
    bar = Shape(Rect(bar_x, rect.y + h * 0.2, 4, h * 0.6), "rect", fill=style.hue, name=f"{name}.heading-bar")
    text_rect = Rect(rect.x if rtl else rect.x + 12, rect.y, rect.w - 12, h)
    box = text_box(
        title,
        text_rect,
        max_size=min((style.theme.heading_size + 4) * max(style.sizes.scale, 1.0), style.sizes.heading),
        min_size=style.sizes.least(10),
        color=style.theme.text,
        bold=True,
        valign="middle",
        max_lines=lines,
        name=f"{name}.heading",
        font=style.theme.heading_font,
    )
    gap = min(10.0 * style.sizes.scale, rect.h * 0.05)
    body = Rect(rect.x, rect.y + h + gap, rect.w, max(rect.h - h - gap, 1.0))
    return [bar, box], body


def _heading_h(title: str, w: float) -> float:
    if not title:
        return 0.0
    return HEADING_H * _LINES_H[_heading_lines(title, w)] + 10


_LINES_H = {1: 1.0, 2: 1.8, 3: 2.6}
"""A heading's height per number of lines, in `HEADING_H` units."""


HEADING_READABLE = 13.0
"""The size a heading's line count is chosen for: a long one takes up to three lines at this size
rather than shrinking to 7 pt on two and losing its end."""


def _heading_lines(title: str, width: float) -> int:
    """The lines the heading needs at a readable size across the block's width (one to three)."""
    return max(1, _lines(title, width - 12, HEADING_READABLE, True, 3))


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
    return _heading_h(b.title, w) + rows * card + (rows - 1) * 14


def _stats(
    b: StatsBlock, rect: Rect, style: _Style, name: str, hue_offset: int, per_row: int | None = None
) -> list[Element]:
    theme, sz = style.theme, style.sizes
    out, body = _heading(b.title, rect, style, name)
    if per_row is None:
        per_row, rows = _stats_grid(len(b.items), rect.w)
    else:
        rows = math.ceil(len(b.items) / per_row)
    gap_x, gap_y = 16.0 * sz.scale, min(14.0 * sz.scale, body.h * 0.06)
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
    pad = min(12.0 * sz.scale, ch * 0.1, cw * 0.08)
    inner = [card.inset(pad, pad) for card in cards]
    ih = inner[0].h
    icon_h = min(32.0 * sz.scale, ih * 0.24) if has_icon else 0.0
    value_room = (ih - icon_h) * 0.5
    pill_gap = min(14.0 * sz.scale, ih * 0.1)
    colors = [
        _readable(hues[(hue_offset + i) % len(hues)], theme.surface, theme.text) for i in range(len(cards))
    ]
    label_color = _readable(theme.muted, theme.surface, theme.text)

    def value_maker(i: int) -> Callable[[float], TextBox]:
        rr = inner[i]
        return lambda size: text_box(
            b.items[i].value,
            Rect(rr.x, rr.y + icon_h, rr.w, value_room),
            max_size=size,
            min_size=sz.least(12),
            color=colors[i],
            bold=True,
            align="center",
            valign="bottom",
            max_lines=2 if " " in b.items[i].value.strip() else 1,  # "$2.4M" never breaks inside
            name=f"{name}.value[{i}]",
            font=theme.heading_font,
        )

    values = _uniform([value_maker(i) for i in range(len(cards))], min(sz.value, max(ch * 0.3, 14.0)))
    value_h = min(max(v.text_height for v in values), value_room)
    label_h = max(ih - icon_h - value_h - pill_gap, 1.0)

    def label_maker(i: int) -> Callable[[float], TextBox]:
        rr = inner[i]
        return lambda size: text_box(
            b.items[i].label,
            Rect(rr.x, rr.y + icon_h + value_h + pill_gap, rr.w, label_h),
            max_size=size,
            min_size=sz.least(8),
            color=label_color,
            align="center",
            valign="top",
            name=f"{name}.label[{i}]",
        )

    labels = _uniform([label_maker(i) for i in range(len(cards)) if b.items[i].label], sz.label)
    used = (
        icon_h + value_h + (pill_gap + max((lb.text_height for lb in labels), default=0.0) if labels else 0.0)
    )
    drop = max((ih - used) / 2, 0.0)  # the card's content, centred as one group (values stay in line)
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
        top = rr.y + drop
        if stat.icon:
            out.append(
                text_box(
                    stat.icon,
                    Rect(rr.x, top, rr.w, icon_h),
                    max_size=min(24.0 * sz.scale, icon_h * 0.75),
                    min_size=6,
                    color=theme.text,
                    align="center",
                    valign="middle",
                    max_lines=1,
                    name=f"{name}.icon[{i}]",
                )
            )
        value = values[i]
        value.rect = Rect(rr.x, top + icon_h, rr.w, value_h)
        out.append(value)
        pill_w = min(28.0 * sz.scale, rr.w * 0.3)
        pill_y = top + icon_h + value_h + pill_gap * 0.35
        out.append(
            Shape(
                Rect(
                    rr.x + (rr.w - pill_w) / 2, pill_y, pill_w, max(min(3.0 * sz.scale, pill_gap * 0.3), 1.0)
                ),
                "rect",
                fill=hues[(hue_offset + i) % len(hues)],
                name=f"{name}.pill[{i}]",
            )
        )
        if stat.label:
            label = next(label_iter)
            label.rect = Rect(rr.x, top + icon_h + value_h + pill_gap, rr.w, min(label_h, label.rect.h))
            label.rect.h = min(label.rect.h, rr.bottom - label.rect.y)
            out.append(label)
    return out


# ------------------------------------------------------------------------------------------- steps


def _steps_height(b: StepsBlock, w: float, theme: Theme) -> float:
    n = len(b.items)
    if n > MAX_STEPS_ROW or (
        n > 3 and sum(len(st.text) + max(len(st.title) - 30, 0) for st in b.items) / n > 45
    ):
        col_w = (w - COL_GAP) / 2 - 44
        rows = math.ceil(n / 2)
        row = max(
            _lines(s.title, col_w, 14, True, 3) * _lh(14) + _lines(s.text, col_w, 12, False, 8) * _lh(12)
            for s in b.items
        )  # the title's lines and the detail's
        return _heading_h(b.title, w) + rows * max(row + 8, 36)
    col_w = w / n - 16
    d = min(48.0, w / n * 0.45)
    title = max(_lines(s.title, col_w, 15, True, 2) for s in b.items) * _lh(15)
    text = max(_lines(s.text, col_w, 12.5, False, 5) for s in b.items) * _lh(12.5)
    return _heading_h(b.title, w) + d + 12 + title + 6 + text + 4


def _number(i: int, rect: Rect, style: _Style, name: str) -> Shape:
    """A filled circle holding a step number."""
    fill = style.hue
    label = text_box(
        str(i + 1 + style.sizes.first),
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
    theme, sz = style.theme, style.sizes
    out, body = _heading(b.title, rect, style, name)
    n = len(b.items)
    wordy = sum(len(st.text) + max(len(st.title) - 30, 0) for st in b.items) / n
    if n > sz.steps_row or (n > 3 and wordy > 45) or (sz.cards and n > 1 and wordy > 60):
        return out + _steps_list(b, body, style, name)  # many steps, or long ones: a numbered list
    col_w = body.w / n
    rtl = frame.rtl_block([st.title for st in b.items])

    def col_x(i: int) -> float:
        """A step's column: first step at the reading start (the right in Arabic or Hebrew)."""
        return body.x + ((n - 1 - i) if rtl else i) * col_w

    d = min(48.0 * sz.scale, col_w * 0.45, body.h * 0.32)
    cy = body.y + d / 2
    title_y = body.y + d + min(12.0 * sz.scale, body.h * 0.06)
    rest = body.bottom - title_y
    has_text = any(s.text for s in b.items)
    title_h = rest * (0.36 if has_text else 1.0)
    text_gap = min(6.0 * sz.scale, rest * 0.03)
    pad = min(8.0 * sz.scale, col_w * 0.06)

    def title_maker(i: int) -> Callable[[float], TextBox]:
        x = col_x(i)
        return lambda size: text_box(
            b.items[i].title,
            Rect(x + pad, title_y, col_w - 2 * pad, title_h),
            max_size=size,
            min_size=sz.least(8),
            color=theme.text,
            bold=True,
            align="center",
            valign="top",
            name=f"{name}.title[{i}]",
        )

    def text_maker(i: int) -> Callable[[float], TextBox]:
        x = col_x(i)
        return lambda size: text_box(
            b.items[i].text,
            Rect(x + pad, title_y + title_h + text_gap, col_w - 2 * pad, max(rest - title_h - text_gap, 1.0)),
            max_size=size,
            min_size=sz.least(7),
            color=theme.muted,
            align="center",
            valign="top",
            name=f"{name}.text[{i}]",
        )

    titles = _uniform([title_maker(i) for i in range(n)], sz.title)
    texts = _uniform([text_maker(i) for i in range(n) if b.items[i].text], sz.text)
    text_iter = iter(texts)
    if sz.cards:  # one card per step, all one height, from the title to the longest text
        by_step = iter(texts)
        for i, step in enumerate(b.items):
            t = titles[i]
            t.rect = Rect(t.rect.x, t.rect.y, t.rect.w, min(t.rect.h, t.text_height + 1))
            if step.text:
                x = next(by_step)
                y = t.rect.bottom + text_gap
                x.rect = Rect(x.rect.x, y, x.rect.w, min(x.text_height + 1, body.bottom - y))
        bottoms = [t.rect.bottom for t in [*titles, *texts]]
        bottom = min(max(bottoms, default=title_y) + 12.0 * sz.scale, body.bottom)
        top = title_y - min(10.0 * sz.scale, (title_y - body.y - d) * 0.8)
        for i in range(n):
            x = col_x(i)
            out.append(
                Shape(
                    Rect(x + pad * 0.35, top, col_w - pad * 0.7, bottom - top),
                    "rounded",
                    fill=theme.surface,
                    name=f"{CONTAINER}{name}.card[{i}]",
                )
            )
    for i, step in enumerate(b.items):
        cx = col_x(i) + col_w / 2
        out.append(_number(i, Rect(cx - d / 2, cy - d / 2, d, d), style, name))
        if i + 1 < n:
            x0, x1 = cx + d / 2 + 8, cx + col_w - d / 2 - 8
            if rtl:  # toward the next step, on the left
                x0, x1 = cx - d / 2 - 8, cx - col_w + d / 2 + 8
            if abs(x1 - x0) > 10:
                out.append(
                    Connector(
                        [(x0, cy), (x1, cy)], theme.muted, width=2.0 * sz.scale, name=f"{name}.arrow[{i}]"
                    )
                )
        out.append(titles[i])
        if step.text:
            out.append(next(text_iter))
    return out


def _steps_list(b: StepsBlock, body: Rect, style: _Style, name: str) -> list[Element]:
    """Many steps: a two-column numbered list, read down the left column first (on cards on a
    slide). A step's title takes the lines it needs and its detail starts right under it."""
    theme, sz = style.theme, style.sizes
    n = len(b.items)
    cols = 1 if sz.cards and n <= 3 else 2
    rows = math.ceil(n / cols)
    col_w = (body.w - COL_GAP * (cols - 1)) / cols
    row_h = body.h / rows
    gap = min(12.0, row_h * 0.08) if sz.cards else 0.0
    inset = min(12.0 * sz.scale, row_h * 0.12) if sz.cards else 0.0
    d = min(30.0 * sz.scale, (row_h - gap - 2 * inset) * 0.8)
    out: list[Element] = []
    rtl = frame.rtl_block([st.title for st in b.items])
    cells = []
    for i in range(n):
        c, r = divmod(i, rows)
        c = cols - 1 - c if rtl else c  # the first column where the reader starts
        cells.append((body.x + c * (col_w + COL_GAP), body.y + r * row_h))
    inner_h = row_h - gap - 2 * inset
    tw = col_w - 2 * inset - d - 12
    text_dx = inset if rtl else inset + d + 12  # the number sits at the start of the line
    number_dx = col_w - inset - d if rtl else inset

    def title_maker(i: int) -> Callable[[float], TextBox]:
        x, y = cells[i]
        s = b.items[i]
        cap = inner_h * (0.5 if s.text else 1.0)
        return lambda size: text_box(
            s.title,
            Rect(x + text_dx, y + inset, tw, max(cap, 1.0)),
            max_size=size,
            min_size=sz.least(7),
            color=theme.text,
            bold=True,
            valign="top" if s.text else "middle",
            max_lines=None if sz.cards or not s.text else 1,
            name=f"{name}.title[{i}]",
        )

    titles = _uniform([title_maker(i) for i in range(n)], sz.title - 1)
    for i, t in enumerate(titles):
        if b.items[i].text:
            t.rect = Rect(t.rect.x, t.rect.y, t.rect.w, min(t.rect.h, t.text_height + 1))

    def text_maker(i: int) -> Callable[[float], TextBox]:
        x, y = cells[i]
        top = titles[i].rect.bottom + 2
        return lambda size: text_box(
            b.items[i].text,
            Rect(x + text_dx, top, tw, max(y + inset + inner_h - top, 1.0)),
            max_size=size,
            min_size=sz.least(7),
            color=theme.muted,
            name=f"{name}.text[{i}]",
        )

    texts = iter(_uniform([text_maker(i) for i in range(n) if b.items[i].text], sz.text - 0.5))
    for i, (x, y) in enumerate(cells):
        if sz.cards:
            out.append(
                Shape(
                    Rect(x, y, col_w, row_h - gap),
                    "rounded",
                    fill=theme.surface,
                    name=f"{CONTAINER}{name}.card[{i}]",
                )
            )
        out.append(_number(i, Rect(x + number_dx, y + inset + min(2.0, row_h * 0.05), d, d), style, name))
        if i + 1 < n and (i + 1) % rows != 0 and not sz.cards:  # thread one column's circles
            y0, y1 = y + d + 4, y + row_h - 2
            if y1 - y0 > 4:
                out.append(
                    Connector(
                        [(x + number_dx + d / 2, y0), (x + number_dx + d / 2, y1)],
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


# --------------------------------------------------------------------------------------- checklist


def _check_cols(b: ChecklistBlock, w: float) -> int:
    return 2 if len(b.items) > 5 and w > 560 else 1


CARD_PAD = 18.0
CARD_GAP = 16.0


def _check_cards(b: ChecklistBlock, w: float) -> int:
    """Cards a row when a short list of short items spans the page (three or four a row; five or
    six as three by two), else 0: a few points side by side fill a row a narrow list leaves empty."""
    n = len(b.items)
    if not 3 <= n <= 6 or w <= 560:
        return 0
    if any(len(t) > 60 or any(len(word) > 22 for word in t.split()) for t in b.items):
        return 0
    per_row = n if n <= 4 else 3
    # never at the cost of a page: cards only where they take no more height than the list
    return per_row if _cards_height(b, w, per_row) <= 1.15 * _list_height(b, w) else 0


def _cards_height(b: ChecklistBlock, w: float, per_row: int) -> float:
    rows = math.ceil(len(b.items) / per_row)
    tw = (w - CARD_GAP * (per_row - 1)) / per_row - 2 * CARD_PAD
    lines = max(_lines(t, tw, 15, False, 3) for t in b.items)
    card = max(2 * CARD_PAD + 22 + 10 + lines * _lh(15), 96.0)
    return _heading_h(b.title, w) + rows * card + (rows - 1) * CARD_GAP


def _checklist_height(b: ChecklistBlock, w: float, theme: Theme) -> float:
    per_row = _check_cards(b, w)
    return _cards_height(b, w, per_row) if per_row else _list_height(b, w)


def _list_height(b: ChecklistBlock, w: float) -> float:
    cols = _check_cols(b, w)
    rows = math.ceil(len(b.items) / cols)
    tw = (w - COL_GAP * (cols - 1)) / cols - 34
    per_row = []
    for r in range(rows):
        cells = [b.items[c * rows + r] for c in range(cols) if c * rows + r < len(b.items)]
        per_row.append(max(_lines(t, tw, 15, False, 3) for t in cells) * _lh(15) + 10)
    return _heading_h(b.title, w) + sum(max(h, 28.0) for h in per_row)


def _check_mark(rect: Rect, style: _Style, name: str, i: int) -> Shape:
    mark = text_box(
        "✓",
        rect,
        max_size=rect.h * 0.62,
        min_size=4,
        color=_ink(style.hue, style.theme),
        bold=True,
        align="center",
        valign="middle",
        max_lines=1,
        name=f"{name}.check-text[{i}]",
    )
    return Shape(rect, "ellipse", fill=style.hue, text=mark, name=f"{name}.check[{i}]")


def _checklist_cards(b: ChecklistBlock, body: Rect, style: _Style, name: str, per_row: int) -> list[Element]:
    """The items on a row (or two) of cards, each with its check mark above its text."""
    theme, sz = style.theme, style.sizes
    n = len(b.items)
    rows = math.ceil(n / per_row)
    gap = CARD_GAP * sz.scale
    cw = (body.w - gap * (per_row - 1)) / per_row
    card_h = (body.h - gap * (rows - 1)) / rows
    pad = min(CARD_PAD * sz.scale, card_h * 0.15, cw * 0.1)
    cs = min(22.0 * sz.scale, card_h * 0.25)
    text_y = pad + cs + min(10.0 * sz.scale, card_h * 0.05)
    text_h = max(card_h - text_y - pad, 1.0)
    makers = [
        lambda size, i=i, item=item: text_box(
            item,
            Rect(0.0, 0.0, cw - 2 * pad, text_h),
            max_size=size,
            min_size=sz.least(7),
            color=theme.text,
            name=f"{name}.item[{i}]",
        )
        for i, item in enumerate(b.items)
    ]
    out: list[Element] = []
    for i, box in enumerate(_uniform(makers, sz.item)):
        r, c = divmod(i, per_row)
        in_row = min(per_row, n - r * per_row)
        rtl = textmod.is_rtl(b.items[i])
        c = in_row - 1 - c if frame.rtl_block(b.items) else c
        x = body.x + (body.w - (in_row * cw + (in_row - 1) * gap)) / 2 + c * (cw + gap)
        y = body.y + r * (card_h + gap)
        out.append(
            Shape(Rect(x, y, cw, card_h), "rounded", fill=theme.surface, name=f"{CONTAINER}{name}.card[{i}]")
        )
        mark_x = x + cw - pad - cs if rtl else x + pad
        out.append(_check_mark(Rect(mark_x, y + pad, cs, cs), style, name, i))
        box.rect = Rect(x + pad, y + text_y, cw - 2 * pad, text_h)
        out.append(box)
    return out


def _checklist(b: ChecklistBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme, sz = style.theme, style.sizes
    out, body = _heading(b.title, rect, style, name)
    per_row = _check_cards(b, rect.w)
    if per_row:
        return out + _checklist_cards(b, body, style, name, per_row)
    cols = _check_cols(b, rect.w)
    n = len(b.items)
    rows = math.ceil(n / cols)
    col_w = (body.w - COL_GAP * (cols - 1)) / cols
    row_h = body.h / rows
    cs = min(22.0 * sz.scale, row_h * 0.75)
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
                min_size=sz.least(7),
                color=theme.text,
                name=f"{name}.item[{i}]",
            )
        )
    boxes = _uniform(makers, sz.item)
    for i, ((x, y, rtl), box) in enumerate(zip(cells, boxes, strict=True)):
        line = _lh(box.size)
        ms = min(cs, max(line * 1.15, 12.0))  # a mark in proportion to its (perhaps shrunk) text
        slot_x = x + col_w - cs if rtl else x
        out.append(
            _check_mark(Rect(slot_x + (cs - ms) / 2, max(y, y + line / 2 - ms / 2), ms, ms), style, name, i)
        )
        out.append(box)
    return out


# ----------------------------------------------------------------------------------------- callout


def _callout_height(b: CalloutBlock, w: float, theme: Theme) -> float:
    tw = w - 110
    text = _lines(b.text, tw, 20, False, 8) * _lh(20)
    attribution = 26 if b.attribution else 0
    return max(text + attribution + 40, 96.0)


def _callout(b: CalloutBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme, sz = style.theme, style.sizes
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
    attr_h = min(_lh(sz.label) + 6, inner_h * 0.3) if b.attribution else 0.0
    out.append(
        text_box(
            b.text,
            Rect(tx, rect.y + pad, tw, max(inner_h - attr_h, 1.0)),
            max_size=sz.quote,
            min_size=sz.least(7),
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
                max_size=sz.label - 1,
                min_size=sz.least(6),
                color=_readable(theme.muted, theme.surface, theme.text),
                bold=True,
                valign="bottom",
                max_lines=1,
                name=f"{name}.attribution",
            )
        )
    return out


# ------------------------------------------------------------------------------------------ visual

VISUAL_RATIO = 0.5  # a visual block is this tall for its width (a chart or diagram reads well so)


def _visual_height(b: VisualBlock, w: float, theme: Theme) -> float:
    return (_heading_h(b.title, w) if b.title else 0.0) + max(w * VISUAL_RATIO, 160.0)


def _visual(b: VisualBlock, rect: Rect, style: _Style, name: str, ctx: Context) -> list[Element]:
    """Any kind's plan in the block, through the embed protocol, under an optional heading."""
    out: list[Element] = []
    body = rect
    if b.title:
        out, body = _heading(b.title, rect, style, name)
    page = frame.new_page(ctx)
    frame.embed(page, b.visual, body, ctx)
    return out + page.elements

"""Infographic timelines and comparisons (see `render.infographic_blocks` for the other blocks)."""

from __future__ import annotations

import math
from collections.abc import Callable

from render.infographic_blocks import (
    COL_GAP,
    CONTAINER,
    MAX_TIMELINE_ROW,
    _heading,
    _heading_h,
    _hues,
    _ink,
    _lh,
    _lines,
    _Style,
    _uniform,
)
from render.layout import Connector, Element, Rect, Shape, TextBox, bullet_indent, text_box, wrap_width
from render.plan import ComparisonBlock, TimelineBlock
from render.theme import Theme

# ---------------------------------------------------------------------------------------- timeline


def _event_stack(w: float, e, sizes: tuple[float, float, float], cap: int = 0) -> list[float]:
    """Natural heights of an event's date, title and detail boxes at `sizes` (lines capped at two,
    two and three unless `cap` says otherwise)."""
    sd, st, sx = sizes
    w = wrap_width(w)
    return [
        _lines(e.date, w, sd, True, cap or 2) * _lh(sd),
        _lines(e.title, w, st, True, cap or 2) * _lh(st),
        _lines(e.text, w, sx, False, cap or 3) * _lh(sx),
    ]


_EVENT_SIZES = (14.0, 13.0, 11.5)


def _timeline_label_w(n: int, w: float, scale: float = 1.0) -> float:
    """Label width: at most two slots (labels alternate sides), and narrow enough that labels
    pushed in from the page's edges stay clear of the ones two dots away (`_label_span`)."""
    slot = w / n
    clear = [(2.5 * slot - 16) / 1.5] if n >= 3 else []
    if n == 3:  # the first and last labels both pushed in, towards each other
        clear.append((3 * slot - 16) / 2)
    return min(2 * slot - 16, 250.0 * scale, w, *clear)


def _timeline_height(b: TimelineBlock, w: float, theme: Theme) -> float:
    n = len(b.events)
    if n > MAX_TIMELINE_ROW:
        rows = math.ceil(n / 2)
        cw = (w - COL_GAP) / 2
        tw = cw - min(110.0, cw * 0.3) - 36
        row = max(_lh(13) + _lines(e.text, tw, 11, False, 2) * _lh(11) for e in b.events)
        return _heading_h(b.title, w) + rows * max(row + 6, 30)
    lw = _timeline_label_w(n, w)
    stack = max(sum(_event_stack(lw, e, _EVENT_SIZES)) for e in b.events)
    return _heading_h(b.title, w) + 2 * stack + 56 if n > 1 else _heading_h(b.title, w) + stack + 40


def _fit_stack(heights: list[float], room: float) -> list[float]:
    total = sum(heights)
    if total <= room or total <= 0:
        return heights
    return [h * room / total for h in heights]


def _sizes_of(style: _Style) -> tuple[float, float, float]:
    sz = style.sizes
    return (sz.date, sz.title - 2, sz.text - 1)


def _shared_sizes(events: list, regions: list[Rect], style: _Style) -> tuple[float, float, float]:
    """One date, title and detail size for every event (the largest at which all of them fit their
    regions), so a timeline never shows the same role at different sizes."""
    base = _sizes_of(style)
    floor = style.sizes.least(6)
    f = 1.0
    while True:
        sizes = (max(base[0] * f, floor), max(base[1] * f, floor), max(base[2] * f, floor))
        if all(
            sum(_event_stack(r.w, e, sizes, cap=99)) <= r.h + 0.5
            for e, r in zip(events, regions, strict=True)
        ):
            return sizes
        if min(sizes) <= floor and max(sizes) <= floor:
            return sizes
        f *= 0.93


def _event_boxes(
    e, rect: Rect, above: bool, style: _Style, name: str, i: int, sizes: tuple[float, float, float]
) -> list[TextBox]:
    """Date, title and detail of one event stacked against the axis side of `rect`."""
    theme = style.theme
    heights = _fit_stack(_event_stack(rect.w, e, sizes, cap=99), rect.h)
    total = sum(heights)
    y = rect.bottom - total if above else rect.y
    specs = [
        (e.date, sizes[0], style.hue_text if style.sizes.cards else style.hue_on_bg, True, "date"),
        (e.title, sizes[1], theme.text, True, "title"),
        (e.text, sizes[2], theme.muted, False, "text"),
    ]
    out = []
    for (txt, size, color, bold, part), h in zip(specs, heights, strict=True):
        if txt and h > 0:
            out.append(
                text_box(
                    txt,
                    Rect(rect.x, y, rect.w, h),
                    max_size=size,
                    min_size=style.sizes.least(6),
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


def _on_dot(region: Rect, boxes: list[TextBox], x: float, body: Rect, pad: float) -> Rect:
    """The label's region narrowed to its text and centred on its dot as far as the page allows.
    A region is pushed in from the page's edge at its full width, and text centred in it sits off
    its dot ("Q1" right of the first dot); the narrowed one keeps what its widest line needs, with
    the margin `wrap_width` leaves, so the lines do not change."""
    need = max(b.text_width() for b in boxes) / wrap_width(1.0) + 2
    if need >= region.w - 1 or abs(region.x + region.w / 2 - x) < 1:
        return region
    left = min(max(x - need / 2, body.x + pad), body.right - pad - need)
    return Rect(left, region.y, need, region.h)


def _timeline(b: TimelineBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme = style.theme
    out, body = _heading(b.title, rect, style, name)
    n = len(b.events)
    if n > MAX_TIMELINE_ROW:
        return out + _timeline_vertical(b, body, style, name)
    slot = body.w / n
    lw = _timeline_label_w(n, body.w, style.sizes.scale)
    dot = min(16.0 * style.sizes.scale, slot * 0.3, body.h * 0.15)
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
    regions = []
    pad = 10.0 * style.sizes.scale if style.sizes.cards else 0.0
    for i in range(n):
        above = i % 2 == 0
        left, right = _label_span(i, n, slot, lw, body)
        region = (
            Rect(left, body.y, right - left, max(axis_y - gap - body.y, 1.0))
            if above
            else Rect(left, axis_y + gap, right - left, max(body.bottom - axis_y - gap, 1.0))
        )
        regions.append(region.inset(pad) if pad else region)
    sizes = _shared_sizes(list(b.events), regions, style)
    for i, e in enumerate(b.events):
        x = body.x + slot * (i + 0.5)
        above = i % 2 == 0
        region = regions[i]
        boxes = _event_boxes(e, region, above, style, name, i, sizes)
        if boxes and (narrow := _on_dot(region, boxes, x, body, pad)) is not region:
            region = narrow  # a short label pushed in from the page's edge, put back over its dot
            boxes = _event_boxes(e, region, above, style, name, i, sizes)
        if boxes and pad:  # on a slide each event sits on a card
            top = boxes[0].rect.y - pad
            bottom = boxes[-1].rect.y + boxes[-1].text_height + pad
            out.append(
                Shape(
                    Rect(region.x - pad, top, region.w + 2 * pad, bottom - top),
                    "rounded",
                    fill=theme.surface,
                    name=f"{CONTAINER}{name}.card[{i}]",
                )
            )
        if boxes:
            if pad:
                edge = (boxes[-1].rect.y + boxes[-1].text_height + pad) if above else boxes[0].rect.y - pad
            else:
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
    theme, sz = style.theme, style.sizes
    n = len(b.events)
    rows = math.ceil(n / 2)
    cw = (body.w - COL_GAP) / 2
    row_h = body.h / rows
    date_w = min(110.0 * sz.scale, cw * 0.3)
    dot = min(12.0 * sz.scale, row_h * 0.5)
    out: list[Element] = []
    for c in range(2):
        idx = list(range(c * rows, min((c + 1) * rows, n)))
        if not idx:
            continue
        x0 = body.x + c * (cw + COL_GAP)
        axis_x = x0 + date_w + 18
        first_line = min(_lh(sz.date - 1), row_h)
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
                    max_size=sz.date - 1,
                    min_size=sz.least(6),
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
                        max_size=sz.title - 2,
                        min_size=sz.least(6),
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
                        max_size=sz.text - 1.5,
                        min_size=sz.least(6),
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
    return _heading_h(b.title, w) + head + 14 + body + 18


def _comparison(b: ComparisonBlock, rect: Rect, style: _Style, name: str) -> list[Element]:
    theme, sz = style.theme, style.sizes
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
            min_size=sz.least(7),
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
            min_size=sz.least(7),
            color=_ink(hue, theme),
            bold=True,
            align="center",
            valign="middle",
            max_lines=2,
            name=f"{name}.header-text[{k}]",
        )

    heads = _uniform([head_maker(k) for k in range(2)], sz.heading)
    with_items = [k for k in range(2) if sides[k][1]]
    lists = dict(zip(with_items, _uniform([items_maker(k) for k in with_items], sz.item), strict=True))
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

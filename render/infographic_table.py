"""Tables and text panels: drawn for infographic blocks and for slides, at either's type sizes.

A table is one `Grid` element (PowerPoint writes it as a native table) whose cells wrap their text:
columns are as wide as their content asks (within limits), all cells share one size, the largest that
lets every row fit, and a header row carries the accent. When rows cannot all fit at the floor size,
`table_fit` says how many do, so a slide continues the rest on a following page.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from render import text as textmod
from render.infographic_blocks import _heading, _heading_h, _lh, _Style
from render.layout import PARA_GAP, Element, Grid, Rect, Shape, text_box, wrap_width
from render.theme import Theme, contrast

_NUMERIC = re.compile(r"^[\s$€£¥+\-−–~≈]*[\d.,]+\s*(?:%|[kKmMbB]|ms|s|h|GB|MB|pts?)?\s*$")
CELL_PAD = 0.45  # cell padding, in ems of the cell text


def _cells(columns: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]], int]:
    n = max(1, len(columns), *(len(r) for r in rows))
    head = (list(columns) + [""] * n)[:n] if any(c.strip() for c in columns) else []
    body = [(list(r) + [""] * n)[:n] for r in rows]
    return head, body, n


def _numeric_columns(body: list[list[str]], n: int) -> list[bool]:
    return [
        c > 0 and sum(bool(_NUMERIC.match(r[c])) for r in body if r[c].strip()) > max(len(body), 1) / 2
        for c in range(n)
    ]


def column_widths(head: list[str], body: list[list[str]], n: int, total: float, size: float) -> list[float]:
    """Widths by content: each column asks for its longest line (capped), the page shares the rest
    so that a long text column gets the room and a short number column stays narrow."""
    pad = 2 * CELL_PAD * size
    asks, words = [], []
    for c in range(n):
        cells = ([head[c]] if head else []) + [r[c] for r in body[:60]]
        widest = max((textmod.text_width(t, size, bold=(c == 0)) for t in cells), default=0.0)
        asks.append(min(widest + pad + 2, total * 0.7))
        longest = max((textmod.text_width(w, size, True) for t in cells for w in t.split()), default=0.0)
        words.append(min(longest / 0.96 + pad + 2, total * 0.45))  # no word broken inside a cell
    least = [min(a, max(total / n * 0.45, 3 * size + pad, w)) for a, w in zip(asks, words, strict=True)]
    if sum(asks) <= total:
        spare = total - sum(asks)
        return [a + spare * a / sum(asks) for a in asks]
    # Shrink what asked for more than its least share, in proportion to the excess.
    extra = sum(a - m for a, m in zip(asks, least, strict=True))
    room = max(total - sum(least), 0.0)
    return [m + (a - m) * (room / extra if extra else 0.0) for a, m in zip(asks, least, strict=True)]


@dataclass
class TableFit:
    size: float
    widths: list[float]
    heights: list[float]
    """Row heights, the header's first when there is one."""
    rows: int
    """Body rows that fit."""


def _row_height(row: list[str], widths: list[float], size: float, bold_first: bool, head: bool) -> float:
    lines = 1
    for c, cell in enumerate(row):
        inner = wrap_width(widths[c] - 2 * CELL_PAD * size)
        lines = max(lines, len(textmod.wrap(cell, max(inner, size), size, head or (bold_first and c == 0))))
    return lines * _lh(size) + 2 * CELL_PAD * size


def _breaks_words(head: list[str], body: list[list[str]], widths: list[float], size: float) -> bool:
    """Whether some word is wider than its column (it would be cut mid-word)."""
    for c, width in enumerate(widths):
        inner = wrap_width(width - 2 * CELL_PAD * size)
        cells = ([head[c]] if head else []) + [r[c] for r in body[:60]]
        if any(textmod.text_width(word, size, True) > inner for t in cells for word in t.split()):
            return True
    return False


def table_fit(
    columns: list[str], rows: list[list[str]], w: float, h: float, max_size: float, min_size: float
) -> TableFit:
    """The largest size (≤ max_size, ≥ min_size) at which every row fits `h`; at the floor, how many
    rows fit."""
    head, body, n = _cells(columns, rows)
    size = max_size
    while True:
        widths = column_widths(head, body, n, w, size)
        heights = ([_row_height(head, widths, size, True, True)] if head else []) + [
            _row_height(r, widths, size, True, False) for r in body
        ]
        broken = _breaks_words(head, body, widths, size)
        if (sum(heights) <= h + 0.5 and not broken) or size <= min_size:
            break
        size = max(min_size, round(size * 0.92, 1))
    used, fit = (heights[0] if head else 0.0), 0
    for hh in heights[1 if head else 0 :]:
        if used + hh > h + 0.5:
            break
        used += hh
        fit += 1
    return TableFit(size, widths, heights, fit)


def table_height(columns: list[str], rows: list[list[str]], w: float, size: float) -> float:
    fit = table_fit(columns, rows, w, 1e9, size, size)
    return sum(fit.heights)


def grid(
    columns: list[str],
    rows: list[list[str]],
    rect: Rect,
    style: _Style,
    name: str,
    *,
    fit: TableFit | None = None,
    stretch: bool = True,
) -> Grid:
    """A table inside `rect`: the header in the accent colour, banded rows, the first column bold.

    `fit` (from `table_fit`) fixes the size and says how many rows to draw; rows beyond it are the
    caller's to continue. With `stretch`, spare height is shared among the rows.
    """
    theme, sz = style.theme, style.sizes
    head, body, n = _cells(columns, rows)
    fit = fit or table_fit(columns, rows, rect.w, rect.h, sz.item, sz.least(7))
    body = body[: fit.rows] if fit.rows else body[:1]
    heights = fit.heights[: (1 if head else 0) + len(body)]
    size = fit.size
    spare = rect.h - sum(heights)
    if stretch and spare > 0:
        grow = min(spare / max(len(heights), 1), size * 0.9)  # airy rows, not stretched ones
        heights = [hh + grow for hh in heights]
    numeric = _numeric_columns(body, n)
    header_fill = theme.accent
    header_ink = max((theme.on_accent, theme.background, theme.text), key=lambda c: contrast(c, header_fill))
    cells: list[list[Shape]] = []
    y = rect.y
    all_rows = ([head] if head else []) + body
    for r, row in enumerate(all_rows):
        is_head = bool(head) and r == 0
        band = r - (1 if head else 0)
        fill = header_fill if is_head else (theme.surface if band % 2 == 0 else theme.background)
        ink = header_ink if is_head else theme.text
        x = rect.x
        out_row: list[Shape] = []
        for c in range(n):
            cell = Rect(x, y, fit.widths[c], heights[r])
            inner = cell.inset(CELL_PAD * size, CELL_PAD * size)
            box = text_box(
                row[c],
                inner,
                max_size=size,
                min_size=size,
                color=ink,
                bold=is_head or c == 0,
                align="right" if numeric[c] else "left",
                valign="middle" if is_head else "top",
                name=f"{name}.cell[{r},{c}]",
            )
            out_row.append(Shape(cell, "rect", fill=fill, text=box, name=f"{name}.cell[{r},{c}]"))
            x += fit.widths[c]
        cells.append(out_row)
        y += heights[r]
    return Grid(
        Rect(rect.x, rect.y, rect.w, y - rect.y), cells, rule=theme.line, header=bool(head), name=name
    )


# ------------------------------------------------------------------------------------ infographic block


def table_block_height(
    title: str, columns: list[str], rows: list[list[str]], w: float, theme: Theme
) -> float:
    return _heading_h(title, w) + table_height(columns, rows, w, 13.0) + 4


def table_block(
    title: str, columns: list[str], rows: list[list[str]], rect: Rect, style: _Style, name: str
) -> list[Element]:
    """An infographic table block: an optional heading, then the table at the size that fits."""
    out, body = _heading(title, rect, style, name)
    sz = style.sizes
    fit = table_fit(columns, rows, body.w, body.h, sz.item, sz.least(7))
    if fit.rows < len(rows):  # the page flow gave too little room: squeeze rather than drop rows
        fit = table_fit(columns, rows, body.w, body.h, fit.size, 4.0)
    out.append(grid(columns, rows, body, style, name, fit=fit, stretch=False))
    return out


# -------------------------------------------------------------------------------------- text panel


def text_height(title: str, paragraphs: list[str], w: float, size: float) -> float:
    lines = sum(len(textmod.wrap(p, wrap_width(w - 20), size)) for p in paragraphs)
    gaps = PARA_GAP * max(len(paragraphs) - 1, 0)
    return _heading_h(title, w) + (lines + gaps) * _lh(size) + 8


def text_panel(
    title: str, paragraphs: list[str], rect: Rect, style: _Style, name: str, max_size: float | None = None
) -> list[Element]:
    """Prose as written: an optional heading and the paragraphs beside a thin accent rule."""
    theme, sz = style.theme, style.sizes
    out, body = _heading(title, rect, style, name)
    rtl = textmod.is_rtl(" ".join(paragraphs[:1]))
    bar_w = 3.0 * sz.scale
    gap = 10.0 * sz.scale
    tx = body.x if rtl else body.x + bar_w + gap
    box = text_box(
        [p for p in paragraphs if p.strip()],
        Rect(tx, body.y, body.w - bar_w - gap, body.h),
        max_size=max_size or sz.item,
        min_size=sz.least(7),
        color=theme.text,
        name=f"{name}.text",
    )
    box.rect = Rect(box.rect.x, box.rect.y, box.rect.w, min(box.rect.h, math.ceil(box.text_height + 0.5)))
    bar_x = body.right - bar_w if rtl else body.x
    out.append(
        Shape(
            Rect(bar_x, body.y + 2, bar_w, max(box.rect.h - 4, 4.0)),
            "rect",
            fill=style.hue,
            name=f"{name}.rule",
        )
    )
    out.append(box)
    return out

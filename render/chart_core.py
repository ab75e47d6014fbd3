"""Chart decisions both painters share: sizes, scales, labels, formats, statistics.

The static drawing (`render.chart_draw`) and the native PowerPoint chart (`render.pptx_chart`) read
their font sizes, tick values, number formats, heat colours, box statistics and histogram bins from
here, so the preview and the export cannot drift apart. This module imports neither painter.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from render import text as textmod
from render.numerals import localize
from render.plan import ChartType
from render.theme import mix

if TYPE_CHECKING:
    from render.data import ChartData
    from render.layout import Rect
    from render.plan import ChartPlan
    from render.theme import Theme

TABLE_LIKE = frozenset({ChartType.box, ChartType.heatmap, ChartType.table})
"""Chart types PowerPoint has no chart for: the export writes them as a native table."""
DONUT_HOLE = 0.5
TITLE_SCALE = 1.4
"""Chart title size as a multiple of the base size, on both sides."""


def base_font_size(rect: Rect) -> float:
    """The chart's base text size for a slot: the one number the drawing and the native chart share.

    Between 8 pt (smaller is unreadable on a projected slide) and 12 pt, growing with the slot.
    """
    return max(8.0, min(12.0, min(rect.w, rect.h) / 28))


def legend_names(plan: ChartPlan, data: ChartData) -> list[str]:
    """What the legend lists: slices for pies, groups for samples, series otherwise."""
    from render.data import PIE_LIKE

    ct = plan.chart_type
    if ct in PIE_LIKE:
        return list(data.categories)
    if ct == ChartType.scatter:
        return [name for name, _, _ in data.xy]
    if ct in (ChartType.histogram, ChartType.box):
        return [name for name, _ in data.samples]
    if ct in (ChartType.heatmap, ChartType.table):
        return []
    return [name for name, _ in data.series]


def value_title(plan: ChartPlan, title: str | None = None) -> str:
    """The value axis title, with the unit added unless the title already names it."""
    title, unit = plan.y_title if title is None else title, plan.unit
    if unit and unit.casefold() not in title.casefold():
        return f"{title} ({unit})" if title else unit
    return title


def histogram_titles(plan: ChartPlan) -> tuple[str, str]:
    """A histogram's (value axis, count axis) titles, the same in every painter. With `x_title` set,
    `y_title` names the counts ("Frecuencia": a Spanish chart must not say "count"); without it,
    `y_title` names the values, as plans written before the count axis had a title do."""
    if plan.x_title:
        return value_title(plan, plan.x_title), plan.y_title or "count"
    return value_title(plan), "count"


# ------------------------------------------------------------------------------------------ numbers


def value_range(
    values: Sequence[float], include_zero: bool, pinned: tuple[float, float] | None = None
) -> tuple[float, float, list[float]]:
    """The axis bounds and ticks for `values`; `pinned` fixes the range (an animation's frames
    share one scale, in the drawing and in the native chart alike)."""
    lo = min(values) if values else 0.0
    hi = max(values) if values else 1.0
    if pinned is not None:
        lo, hi = pinned
    if include_zero:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    ticks = nice_ticks(lo, hi)
    return ticks[0], ticks[-1], ticks


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (1, 2, 2.5, 5 × 10^k steps), at any finite scale.

    Ticks are whole multiples of the step, so they stay distinct from 1e-300 to 1e300; a range too
    narrow to tell apart from its own magnitude (or from zero) is padded into a band around it.
    """
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return [0.0, 1.0]
    if hi < lo:
        lo, hi = hi, lo
    scale = max(abs(lo), abs(hi))
    if hi / 2 - lo / 2 <= scale * 1e-9 or hi / 2 - lo / 2 < TINY:
        pad = scale * 0.1 if scale >= TINY else 1.0
        lo, hi = lo - pad, hi + pad
    raw = (hi / max(count, 1)) - (lo / max(count, 1))  # halves first: hi - lo may overflow
    mag = 10.0 ** math.floor(math.log10(raw))
    step = mag
    for m in (1, 2, 2.5, 5, 10):
        step = m * mag
        if step >= raw * 0.999:
            break
    first = math.floor(lo / step + 1e-9)
    last = math.ceil(hi / step - 1e-9)
    return [float(f"{(first + i) * step:.15g}") for i in range(last - first + 1)]


TINY = 1e-300
"""Smaller magnitudes than this are zero to a chart (their differences cannot be drawn)."""
SCIENTIFIC = 1e15
"""From this magnitude on (and below 1e-4) numbers are written 2.5e15, not with 16 digits."""


def _sci(value: float, digits: int = 3) -> str:
    return f"{value:.{digits}g}".replace("e+", "e")


def tick_labels(ticks: Sequence[float], unit: str = "", language: str = "") -> list[str]:
    """Compact labels sharing one scale: 0, 250k, 500k … or 0.25, 0.5 …; 1e300 for the extreme;
    written `language`'s way (0,25 in French)."""
    return [localize(label, language) for label in _tick_labels(ticks, unit)]


def _tick_labels(ticks: Sequence[float], unit: str) -> list[str]:
    if not ticks:
        return []
    big = max(abs(t) for t in ticks)
    tail = "%" if unit == "%" else ""
    if big >= SCIENTIFIC or 0 < big < 1e-4:
        for digits in range(3, 16):  # enough digits for every tick to read differently
            labels = [_sci(t, digits) + tail if t else f"0{tail}" for t in ticks]
            if len(set(labels)) == len(labels):
                break
        return labels
    div, suffix = 1.0, ""
    if big >= 10_000:
        for d, s in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
            if big >= d:
                div, suffix = d, s
                break
    decimals = next(
        (
            d
            for d in range(7)
            if all(abs(round(t / div, d) - t / div) <= 1e-9 * max(1.0, abs(t / div)) for t in ticks)
        ),
        6,
    )
    sep = "," if big >= 10_000 else ""  # 1990, not 1,990: short numbers read like years
    return [f"{t / div:{sep}.{decimals}f}{suffix}{tail}" if t else f"0{tail}" for t in ticks]


def fmt_value(v: float | None, language: str = "") -> str:
    """A data value as a cell or label shows it, written `language`'s way."""
    return localize(_fmt_value(v), language)


def _fmt_value(v: float | None) -> str:
    if v is None or not math.isfinite(v):
        return ""
    if abs(v) >= SCIENTIFIC or 0 < abs(v) < 1e-4:
        return _sci(v, 4)
    if float(v).is_integer():
        return f"{int(v):,}"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    if abs(v) >= 1:
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{v:.2g}"


def wedge_label(value: float, frac: float, plan: ChartPlan) -> str:
    """The text on a wedge: the given percentage, or the wedge's share of the whole."""
    return f"{fmt_value(value, plan.language)}%" if plan.shares_given else f"{frac:.0%}"


def number_format(values: Sequence[float | None], unit: str = "") -> str:
    """An Excel number format for PowerPoint: integers stay integers, else up to two decimals."""
    present = [v for v in values if v is not None]
    if _extreme(present):
        return "0.0##E+00" + ('"%"' if unit == "%" else "")
    base = "#,##0" if all(float(v).is_integer() for v in present) else "#,##0.0#"
    return base + ('"%"' if unit == "%" else "")


def _extreme(values: Sequence[float]) -> bool:
    """Values PowerPoint would write with dozens of digits (or zeros): shown in E notation."""
    peak = max((abs(v) for v in values), default=0.0)
    return peak >= SCIENTIFIC or 0 < peak < 1e-4


def axis_format(values: Sequence[float | None], unit: str = "") -> str:
    """Tick labels need fewer decimals than the data: none once values reach the hundreds."""
    present = [abs(v) for v in values if v is not None]
    peak = max(present, default=0.0)
    if _extreme(present):
        return "0.0#E+00" + ('"%"' if unit == "%" else "")
    base = "#,##0" if peak >= 100 or all(float(v).is_integer() for v in present) else "#,##0.0#"
    if 0 < peak < 1:
        base = "0.0##"
    return base + ('"%"' if unit == "%" else "")


# ------------------------------------------------------------------------------------- statistics


def histogram_bins(samples: Sequence[tuple[str, Sequence[float]]]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Shared bin edges for all groups, and the counts per group (between 5 and 40 bins)."""
    pooled = np.concatenate([np.asarray(v, dtype=float) for _, v in samples]) if samples else np.zeros(0)
    if pooled.size == 0:
        return np.array([0.0, 1.0]), [np.zeros(1) for _ in samples]
    bins = int(min(40, max(5, math.ceil(math.sqrt(pooled.size)))))
    lo, hi = float(pooled.min()), float(pooled.max())
    if hi / 2 - lo / 2 <= max(abs(lo), abs(hi)) * 1e-9:  # one value (to float precision): a band around it
        pad = 0.5 if abs(hi) < 1e8 else abs(hi) * 0.05
        lo, hi = lo - pad, hi + pad
    ticks = nice_ticks(lo, hi, bins)
    edges = np.array(ticks if 5 <= len(ticks) - 1 <= 60 else np.linspace(lo, hi, bins + 1))
    counts = [np.histogram(np.asarray(v, dtype=float), bins=edges)[0] for _, v in samples]
    return edges, counts


def box_stats(values: Sequence[float]) -> dict[str, float]:
    """Five-number summary plus Tukey whiskers (1.5 × IQR) for one group."""
    arr = np.asarray(values, dtype=float)
    q1, med, q3 = (float(q) for q in np.percentile(arr, [25, 50, 75]))
    iqr = q3 - q1
    inside = arr[(arr >= q1 - 1.5 * iqr) & (arr <= q3 + 1.5 * iqr)]
    return {
        "n": float(arr.size),
        "min": float(arr.min()),
        "q1": q1,
        "median": med,
        "q3": q3,
        "max": float(arr.max()),
        "low": float(inside.min()) if inside.size else q1,
        "high": float(inside.max()) if inside.size else q3,
        "mean": float(arr.mean()),
    }


# ----------------------------------------------------------------------------------- colours, text


def heat_color(value: float | None, lo: float, hi: float, theme: Theme) -> str | None:
    """The heatmap scale shared by all painters: surface colour (low) to accent (high)."""
    if value is None:
        return None
    t = 0.5 if hi == lo else (value - lo) / (hi - lo)
    return mix(theme.surface, theme.accent, t)


def heat_range(data: ChartData) -> tuple[float, float]:
    present = [v for _, vals in data.series for v in vals if v is not None]
    return (min(present), max(present)) if present else (0.0, 1.0)


def clip(text: str, width: float, size: float, bold: bool = False) -> str:
    """One line of `text` that fits `width`, cut with an ellipsis when needed ('' if nothing fits)."""
    text = textmod.BREAKING_SPACE.sub(" ", text).strip()
    width += 0.01  # float noise must not cut a label measured to fit exactly
    if textmod.text_width(text, size, bold) <= width:
        return text
    if textmod.text_width(textmod.ELLIPSIS, size, bold) > width:
        return ""
    rough = text[: max(1, int(width / (size * 0.25)) + 1)]  # the ellipsis loop is quadratic
    cut = textmod.truncate_lines([rough], 1, width, size, bold)[0]
    return "" if cut == textmod.ELLIPSIS and width < size else cut


def column_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], size: float, total: float
) -> list[float]:
    """Table column widths by content (capped), stretched or squeezed to fill `total` exactly."""
    n = max(len(header), 1)
    widths = []
    for c in range(n):
        texts = [header[c] if c < len(header) else ""] + [row[c] for row in rows[:50] if c < len(row)]
        widest = max((textmod.text_width(t, size) for t in texts), default=0.0)
        widths.append(min(widest + size, total * 0.6))
    used = sum(widths)
    if used > total:
        return [w * total / used for w in widths]
    return [w + (total - used) / n for w in widths]

"""What an animation shows at every moment: chart time steps and tweens, build steps and pages.

A `Track` is computed once per plan and context and read by every output: the slide-show pages
(`deck_pages`), the steps of the player and the stills (`steps`), the frames of a video (`shots`),
and the plotly figure (`figure`). Charts resolve their numbers once per time step (inline values,
or the attached table split by pandas on the frame field) and tween between them; builds reveal the
named elements of the visual's own pages. Limits are enforced here, each with a note.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from render import frame
from render.data import BAR_LIKE, PIE_LIKE, ChartData
from render.layout import (
    ChartSlot,
    Context,
    Page,
    Rect,
    text_box,
)
from render.plan import ChartPlan, ChartType

if TYPE_CHECKING:
    import plotly.graph_objects as go

FPS = 12
MAX_KEYFRAMES = 300  # time steps kept per chart scene (evenly sampled beyond)
MAX_FRAMES = 300  # distinct chart frames drawn per animation, tweens included
MAX_STEPS = 40  # build steps per page (more are grouped)
MAX_SLIDES = 60  # time-step slides per chart scene in the deck
MAX_BARS = 30  # categories a chart frame shows (the largest over time)
BAND = 44.0  # the caption and time-label band under a visual
FADE_SECONDS = 0.5  # a build step's entrance; the step holds for the rest of step_seconds
SCENE_FADE_TICKS = 4
MORPHABLE = {"bar", "grouped_bar", "stacked_bar", "horizontal_bar", "line", "area", "pie", "donut", "scatter"}
STATIC_NAMES = {
    "title",
    "subtitle",
    "accent-rule",
    "accent-band",
    "title-rule",
    "footer",
    "bg",
    "bg-card",
    "accent-mark",
    "caption",
    "page-number",
}
EFFECTS = {"fade": "fade", "appear": "appear", "draw": "wipe"}


# --------------------------------------------------------------------------------------------- model


@dataclass
class Step:
    """One still of the animation: what the player shows for `seconds`, and the stills' index."""

    page: Page
    seconds: float
    label: str = ""


@dataclass
class Shot:
    """One frame of a video held for `ticks` frames; a blend eases from `prev` into `page`."""

    page: Page
    ticks: int = 1
    prev: Page | None = None
    alpha: float = 1.0
    wipe: Rect | None = None


def check_scene(scene: Any, ctx: Context, where: str) -> None:
    """Fail at the boundary, naming the field: a frame field that is not a column of the table."""
    chart = scene.visual
    if not isinstance(chart, ChartPlan):
        return
    if scene.frame_field is not None:
        table = ctx.table
        if table is None:
            raise ValueError(
                f"{where}.frame_field: names column {scene.frame_field!r} but no table is attached"
            )
        if scene.frame_field not in table.columns:
            cols = [str(c) for c in table.columns][:20]
            raise ValueError(f"{where}.frame_field: no column {scene.frame_field!r}; the columns are {cols}")
    elif chart.uses_table:
        ctx.chart_data(chart)


# -------------------------------------------------------------------------------------------- charts


def _label(value: Any) -> str:
    """A time value as people write it: 2021, not 2021.0; a date without a midnight time."""
    if hasattr(value, "strftime"):
        if getattr(value, "hour", 0) == 0 and getattr(value, "minute", 0) == 0:
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value)


def _sample(n: int, cap: int) -> list[int]:
    """`cap` evenly spread indices of range(n), first and last kept."""
    if n <= cap:
        return list(range(n))
    return sorted({round(i * (n - 1) / (cap - 1)) for i in range(cap)})


class ChartPart:
    """A chart scene: time steps (keyframes) of one chart and the tweens between them."""

    def __init__(self, scene: Any, ctx: Context, where: str, budget: int):
        self.scene, self.ctx, self.where = scene, ctx, where
        self.chart: ChartPlan = scene.visual
        self.ct = self.chart.chart_type
        self.notes: list[str] = []
        self.mode = "still"  # reveal | morph | stepped | still
        self.labels: list[str] = []
        self.datas: list[ChartData] = []  # stepped and still: one resolved chart per time step
        self.base: ChartData | None = None  # reveal: the whole chart
        self.counts: list[int] = []  # reveal: categories shown at each keyframe
        self.cats: list[str] = []
        self.names: list[str] = []
        self.values = np.zeros((0, 0, 0))  # morph: (time step, series, category); scatter: (t, entity, xy)
        self.value_range: tuple[float, float] | None = None
        self.x_range: tuple[float, float] | None = None
        self._resolve()
        if len(self.labels) > MAX_KEYFRAMES:
            keep = _sample(len(self.labels), MAX_KEYFRAMES)
            self.notes.append(
                f"{len(self.labels):,} time steps: playing {len(keep)} of them, evenly sampled "
                "(the first and last kept)"
            )
            self._keep(keep)
        k = len(self.labels)
        self.ticks = max(1, round(scene.step_seconds * FPS))
        if k > 1 and (k - 1) * self.ticks + 1 > budget:
            self.ticks = max(1, (budget - 1) // (k - 1))
            if (k - 1) * self.ticks + 1 > budget:
                keep = _sample(k, max(budget, 2))
                self.notes.append(
                    f"{k:,} time steps: playing {len(keep)} of them to stay within {budget} frames"
                )
                self._keep(keep)
        if len(self.labels) <= 1 and self.mode != "still":
            when = f" ({self.labels[0]})" if self.labels else ""
            self.notes.append(
                f"only one time step{when}: nothing to animate, so it is shown as a still chart"
            )
            self.datas = [self.data_at(0.0)] if self.labels else [ChartData()]
            self.mode = "still"
        ctx.notes.extend(f"{where}: {n}" for n in self.notes if f"{where}: {n}" not in ctx.notes)

    # -- resolution

    def _resolve(self) -> None:
        scene, chart = self.scene, self.chart
        ct = self.ct.value
        if scene.frame_field is not None and scene.frame_field != chart.x:
            self._resolve_field(scene.frame_field)
        elif ct not in MORPHABLE:
            self.notes.append(f"a {ct} chart does not play over time; it is shown as a still")
            self.datas, self.labels = [self.ctx.chart_data(chart)], [""]
        elif scene.frames_from == "series" and not chart.uses_table:
            self._resolve_series()
        else:
            self._resolve_reveal()

    def _resolve_reveal(self) -> None:
        data = self.ctx.chart_data(self.chart)
        self.base = data
        self.mode = "reveal"
        if self.ct == ChartType.scatter:
            n = max((len(xs) for _, xs, _ in data.xy), default=0)
            self.labels = [str(i + 1) for i in range(n)]
            xs = [x for _, xs_, _ in data.xy for x in xs_]
            ys = [y for _, _, ys_ in data.xy for y in ys_]
            self.x_range = (min(xs), max(xs)) if xs else None
            self.value_range = (min(ys), max(ys)) if ys else None
        else:
            self.labels = list(data.categories)
            self.value_range = self._range([[v for v in vals] for _, vals in data.series])
        self.counts = list(range(1, len(self.labels) + 1))

    def _resolve_series(self) -> None:
        chart = self.chart
        self.mode = "morph"
        self.labels = [s.name or str(i + 1) for i, s in enumerate(chart.series)]
        if self.ct == ChartType.scatter:
            n = len(chart.series[0].values)
            self.cats = (
                [c for c in chart.categories]
                if len(chart.categories) == n
                else [f"Point {j + 1}" for j in range(n)]
            )
            arr = np.full((len(chart.series), n, 2), np.nan)
            for k, s in enumerate(chart.series):
                xs = s.x if s.x is not None else [None] * len(s.values)
                for j in range(min(n, len(s.values))):
                    arr[k, j] = (_num(xs[j]), _num(s.values[j]))
            self.values = arr
        else:
            self.cats = list(chart.categories)
            self.names = [chart.y_title or "Value"]
            arr = np.array([[[_num(v) for v in s.values]] for s in chart.series], dtype=float)
            self.values = arr
        self._fill_gaps()
        self._cap_categories()
        self._set_ranges()

    def _resolve_field(self, column: str) -> None:
        from render.data import resolve

        table = self.ctx.table
        assert table is not None
        keys = table[column].dropna()
        try:
            uniq = sorted(keys.unique())
        except TypeError:
            uniq = list(dict.fromkeys(keys.tolist()))
        if len(uniq) > MAX_KEYFRAMES:
            self.notes.append(
                f"{len(uniq):,} time steps: playing {MAX_KEYFRAMES} of them, evenly sampled (the first and last kept)"
            )
            uniq = [uniq[i] for i in _sample(len(uniq), MAX_KEYFRAMES)]
        datas, labels = [], []
        for value in uniq:
            part = resolve(self.chart, table[table[column] == value])  # pandas computes each step
            datas.append(part)
            labels.append(_label(value))
            self.notes.extend(n for n in part.notes if n not in self.notes and len(self.notes) < 20)
        self.labels = labels
        if self.ct.value not in MORPHABLE:
            self.mode, self.datas = "stepped", datas
            return
        self.mode = "morph"
        if self.ct == ChartType.scatter:
            ents: dict[tuple[str, int], int] = {}
            for d in datas:
                for name, xs, _ in d.xy:
                    for j in range(min(len(xs), 50)):
                        ents.setdefault((name, j), len(ents))
            self.cats = [n if j == 0 else f"{n} {j + 1}" for n, j in ents]
            arr = np.full((len(datas), len(ents), 2), np.nan)
            for k, d in enumerate(datas):
                for name, xs, ys in d.xy:
                    for j in range(min(len(xs), 50)):
                        arr[k, ents[(name, j)]] = (xs[j], ys[j])
            self.values = arr
        else:
            cats = list(dict.fromkeys(c for d in datas for c in d.categories))
            names = list(dict.fromkeys(n for d in datas for n, _ in d.series))
            ci, si = {c: i for i, c in enumerate(cats)}, {n: i for i, n in enumerate(names)}
            arr = np.full((len(datas), len(names), len(cats)), np.nan)
            for k, d in enumerate(datas):
                for name, vals in d.series:
                    for c, v in zip(d.categories, vals, strict=False):
                        if v is not None:
                            arr[k, si[name], ci[c]] = v
            self.cats, self.names, self.values = cats, names, arr
        self._fill_gaps()
        self._cap_categories()
        self._set_ranges()

    def _fill_gaps(self) -> None:
        """Missing values between two time steps are interpolated, after the last one held; before
        the first a category is simply not there yet. Said in a note."""
        arr = self.values
        if arr.size == 0:
            return
        flat = arr.reshape(arr.shape[0], -1)
        interpolated = held = 0
        steps = np.arange(flat.shape[0])
        for col in range(flat.shape[1]):
            v = flat[:, col]
            known = ~np.isnan(v)
            if known.all() or not known.any():
                continue
            first, last = np.argmax(known), len(v) - 1 - np.argmax(known[::-1])
            inside = ~known & (steps > first) & (steps < last)
            after = ~known & (steps > last)
            if inside.any():
                v[inside] = np.interp(steps[inside], steps[known], v[known])
                interpolated += int(inside.sum())
            if after.any():
                v[after] = v[last]
                held += int(after.sum())
        self.values = flat.reshape(arr.shape)
        if interpolated or held:
            parts = []
            if interpolated:
                parts.append(f"{interpolated:,} missing between time steps were interpolated")
            if held:
                parts.append(f"{held:,} after a last known value were held at it")
            self.notes.append("gaps in the data: " + " and ".join(parts))

    def _cap_categories(self) -> None:
        if self.ct == ChartType.scatter or len(self.cats) <= MAX_BARS:
            return
        peak = np.nan_to_num(self.values, nan=-np.inf).max(axis=(0, 1))
        keep = sorted(np.argsort(-peak, kind="stable")[:MAX_BARS].tolist())
        self.notes.append(f"showing the {MAX_BARS} largest of {len(self.cats):,} categories over time")
        self.cats = [self.cats[j] for j in keep]
        self.values = self.values[:, :, keep]

    def _set_ranges(self) -> None:
        if self.ct == ChartType.scatter:
            xs, ys = self.values[..., 0], self.values[..., 1]
            if np.isfinite(xs).any():
                self.x_range = (float(np.nanmin(xs)), float(np.nanmax(xs)))
            if np.isfinite(ys).any():
                self.value_range = (float(np.nanmin(ys)), float(np.nanmax(ys)))
            return
        per_step = [
            [[None if math.isnan(v) else float(v) for v in row] for row in step] for step in self.values
        ]
        ranges = [self._range(step) for step in per_step]
        present = [r for r in ranges if r is not None]
        if present:
            self.value_range = (min(r[0] for r in present), max(r[1] for r in present))

    def _range(self, series: list[list[float | None]]) -> tuple[float, float] | None:
        """The value axis a whole chart needs: stacked bars by their sums, bars and areas from zero."""
        ct = self.ct
        if ct in PIE_LIKE:
            return None
        if ct == ChartType.stacked_bar or (ct == ChartType.area and len(series) > 1):
            n = max((len(s) for s in series), default=0)
            pos = [
                sum(v for s in series if j < len(s) and (v := s[j]) is not None and v > 0) for j in range(n)
            ]
            neg = [
                sum(v for s in series if j < len(s) and (v := s[j]) is not None and v < 0) for j in range(n)
            ]
            vals = pos + neg
        else:
            vals = [v for s in series for v in s if v is not None]
        if not vals:
            return None
        lo, hi = min(vals), max(vals)
        if ct in BAR_LIKE or ct == ChartType.area:
            lo, hi = min(lo, 0.0), max(hi, 0.0)
        return lo, hi

    def _keep(self, idx: list[int]) -> None:
        self.labels = [self.labels[i] for i in idx]
        if self.mode == "morph":
            self.values = self.values[idx]
        elif self.mode == "reveal":
            self.counts = [self.counts[i] for i in idx]
        elif self.datas:
            self.datas = [self.datas[i] for i in idx]

    # -- frames

    def data_at(self, t: float) -> ChartData:
        """The chart's numbers at time t (0 = first time step; fractions lie between two)."""
        k = len(self.labels)
        t = min(max(t, 0.0), max(k - 1, 0))
        i = min(math.floor(t), max(k - 2, 0))
        f = t - i if k > 1 else 0.0
        if self.mode in ("still", "stepped"):
            return self.datas[min(math.floor(t + 1e-9), len(self.datas) - 1)]
        if self.mode == "reveal":
            return self._reveal(self.counts[i] + f * (self.counts[min(i + 1, k - 1)] - self.counts[i]))
        return self._morph(i, f)

    def _reveal(self, shown: float) -> ChartData:
        base = self.base
        assert base is not None
        full, frac = math.floor(shown + 1e-9), shown - math.floor(shown + 1e-9)
        if self.ct == ChartType.scatter:
            n = full + (1 if frac >= 0.5 else 0)
            xy = [(name, xs[:n], ys[:n]) for name, xs, ys in base.xy]
            return ChartData(xy=xy, value_range=self.value_range, x_range=self.x_range)
        lines = self.ct in (ChartType.line, ChartType.area)
        series = []
        for name, vals in base.series:
            out: list[float | None] = list(vals[:full]) + [None] * (len(vals) - full)
            if frac > 1e-6 and full < len(vals) and vals[full] is not None:
                v = vals[full]
                prev = vals[full - 1] if full > 0 else None
                out[full] = prev + frac * (v - prev) if lines and prev is not None else v * frac
            series.append((name, out))
        return ChartData(categories=list(base.categories), series=series, value_range=self.value_range)

    def _morph(self, i: int, f: float) -> ChartData:
        a, b = self.values[i], self.values[min(i + 1, len(self.values) - 1)]
        now = a + f * (b - a)
        now = np.where(np.isnan(a), np.where(f >= 0.5, b, np.nan), now)  # a category arriving
        if self.ct == ChartType.scatter:
            xy = [
                (name, [float(now[j, 0])], [float(now[j, 1])])
                for j, name in enumerate(self.cats)
                if not np.isnan(now[j]).any()
            ]
            return ChartData(xy=xy, value_range=self.value_range, x_range=self.x_range)
        order = list(range(len(self.cats)))
        totals = np.nansum(np.abs(now), axis=0)
        chart = self.chart
        if chart.sort is not None:
            order.sort(key=lambda j: totals[j], reverse=chart.sort == "desc")
        if chart.top_n is not None and chart.top_n < len(order):
            top = set(sorted(order, key=lambda j: -totals[j])[: chart.top_n])
            order = [j for j in order if j in top]
        order = [j for j in order if not np.isnan(now[:, j]).all()] or order[:1]
        series = [
            (name, [None if math.isnan(now[s, j]) else float(now[s, j]) for j in order])
            for s, name in enumerate(self.names)
        ]
        return ChartData(
            categories=[self.cats[j] for j in order], series=series, value_range=self.value_range
        )

    def label_at(self, t: float) -> str:
        if not self.labels:
            return ""
        return self.labels[min(math.floor(t + 0.5), len(self.labels) - 1)]

    def caption_at(self, t: float) -> str:
        caps = self.scene.captions
        k = min(math.floor(t + 0.5), max(len(self.labels) - 1, 0))
        return caps[k] if k < len(caps) and caps[k] else self.scene.caption

    def page_at(self, t: float, name_prefix: str = "!!") -> Page:
        """One frame: the chart above a band holding the caption (left) and the time label (right).
        Names start with "!!" so PowerPoint's Morph pairs the same shape across slides."""
        theme = self.ctx.theme
        page = frame.new_page(self.ctx, self.chart.title, self.chart.answer)
        area = frame.content_rect(theme)
        chart_rect = Rect(area.x, area.y, area.w, area.h - BAND - 6)
        page.add(ChartSlot(chart_rect, self.chart, self.data_at(t), name=f"{name_prefix}chart"))
        band = Rect(area.x, area.bottom - BAND, area.w, BAND)
        label = self.label_at(t) if self.mode != "still" or self.labels[:1] != [""] else ""
        label_w = min(area.w * 0.3, 260.0)
        if label:
            page.add(
                text_box(
                    label,
                    Rect(band.right - label_w, band.y, label_w, band.h),
                    max_size=28,
                    min_size=12,
                    color=theme.accent,
                    bold=True,
                    align="right",
                    valign="middle",
                    max_lines=1,
                    name=f"{name_prefix}frame-label",
                )
            )
        caption = self.caption_at(t)
        if caption:
            cap = frame.caption(
                caption, Rect(band.x, band.y, band.w - label_w - 12, band.h), theme, align="left"
            )
            cap.name = f"{name_prefix}caption"
            cap.valign = "middle"
            cap.rect = Rect(band.x, band.y, band.w - label_w - 12, band.h)
            page.add(cap)
        return page

    def keyframes(self) -> list[float]:
        return [float(k) for k in range(max(len(self.labels), 1))]

    def deck_pages(self) -> list[Page]:
        """One slide per time step (sampled to MAX_SLIDES), Morph between them, auto-advancing."""
        ks = self.keyframes()
        idx = _sample(len(ks), MAX_SLIDES)
        if len(idx) < len(ks) and not any("slides" in n for n in self.notes):
            note = f"{self.where}: the deck shows {len(idx)} of {len(ks):,} time steps as slides"
            if note not in self.ctx.notes:
                self.ctx.notes.append(note)
        per = self.scene.step_seconds * (len(ks) - 1) / max(len(idx) - 1, 1)
        pages = []
        for n, i in enumerate(idx):
            page = self.page_at(ks[i])
            if n:
                page.transition, page.transition_seconds = "morph", min(per, 2.0)
            if n < len(idx) - 1:
                page.advance_after = per
            pages.append(page)
        return pages

    def steps(self) -> list[Step]:
        ks = self.keyframes()
        return [
            Step(
                self.page_at(t),
                self.scene.hold_seconds if n == len(ks) - 1 else self.scene.step_seconds,
                self.label_at(t),
            )
            for n, t in enumerate(ks)
        ]

    def shots(self) -> Iterator[Shot]:
        k = len(self.labels)
        hold = max(1, round(self.scene.hold_seconds * FPS))
        if self.mode == "still" or k <= 1:
            yield Shot(self.page_at(0.0), max(hold, 2 * FPS))
            return
        for i in range(k - 1):
            for j in range(self.ticks):
                yield Shot(self.page_at(i + j / self.ticks))
        yield Shot(self.page_at(float(k - 1)), hold)

    def figure(self) -> go.Figure:
        """plotly frames per time step; plotly tweens between them in the browser."""
        from render.animation_figure import figure

        return figure(self)


def _num(v: Any) -> float:
    return float("nan") if v is None else float(v)

"""Builds: a diagram, infographic or deck appearing step by step on its own pages.

The visual is laid out by its own kind; this module names what appears at each step
(`Page.builds`): diagram nodes following the arrows (an edge with the later of its two ends),
infographic cards item by item, bullets paragraph by paragraph, anything else together first.
`reveal` gives the page after any number of steps, for the frames and the player.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from render import frame
from render.animation_scenes import BAND, FADE_SECONDS, FPS, MAX_STEPS, STATIC_NAMES, Shot, Step
from render.layout import (
    Connector,
    Context,
    Element,
    Page,
    Paragraph,
    Rect,
    Shape,
    TextBox,
    element_rect,
    scaled,
)
from render.plan import DiagramPlan

_ITEM = re.compile(r"^(?:bg:)?block\[(\d+)\]\.[^\[\]]*?(?:\[(\d+)\])?$")


class BuildPart:
    """A diagram, infographic or deck appearing step by step: its own pages, with `Page.builds`."""

    def __init__(self, scene: Any, ctx: Context, effect: str, where: str):
        self.scene, self.ctx, self.effect, self.where = scene, ctx, effect, where
        visual = scene.visual
        from render.kinds import KINDS

        layout = KINDS[visual.kind].load_module().layout(visual, ctx)
        self.pages: list[Page] = []
        grouped = 0
        for src in layout.pages:
            page = self._with_band(src) if (scene.caption or scene.captions) else _copy(src)
            _unique_names(page)
            units = _units(page, visual, scene.order)
            steps = _chunks(units, scene.per_step)
            if len(steps) > MAX_STEPS:
                grouped = max(grouped, len(steps))
                size = math.ceil(len(steps) / MAX_STEPS)
                steps = _chunks(steps, size)
            page.builds = steps
            page.build_effect = effect  # type: ignore[assignment]
            self.pages.append(page)
        if grouped:
            note = f"{where}: {grouped} build steps are grouped into at most {MAX_STEPS} steps per page"
            if note not in ctx.notes:
                ctx.notes.append(note)
        n = sum(len(p.builds) for p in self.pages)
        caps = [c for c in scene.captions if c]
        if caps:
            lines = "\n".join(f"Step {i + 1}: {c}" for i, c in enumerate(scene.captions[:n]) if c)
            self.pages[0].notes = "\n\n".join(t for t in (self.pages[0].notes, lines) if t)

    def _with_band(self, src: Page) -> Page:
        """The visual scaled into the space above a caption band, centred; the band holds the caption."""
        theme = self.ctx.theme
        s = (src.height - BAND - theme.margin_bottom * 0.5) / src.height
        dx = src.width * (1 - s) / 2
        page = replace(src, elements=[scaled(el, s, dx, 0.0) for el in src.elements])
        m = frame.content_rect(theme)
        rect = Rect(m.x, src.height - BAND - theme.margin_bottom * 0.5, m.w, BAND)
        cap = frame.caption(self.scene.caption or " ", rect, theme)
        cap.rect, cap.valign = rect, "middle"
        page.add(cap)
        return page

    def deck_pages(self) -> list[Page]:
        return self.pages

    def _states(self) -> Iterator[tuple[Page, int, int, list[str]]]:
        """(page, state, global step number, refs new in this state) for every state of every page."""
        n = 0
        for page in self.pages:
            yield page, 0, n, []
            for s, refs in enumerate(page.builds, start=1):
                n += 1
                yield page, s, n, refs

    def _caption(self, step: int) -> str:
        caps = self.scene.captions
        return caps[step - 1] if 0 < step <= len(caps) and caps[step - 1] else self.scene.caption

    def state(self, page: Page, s: int, step: int) -> Page:
        out = reveal(page, s)
        if self.scene.caption or self.scene.captions:
            text = self._caption(step)
            for i, el in enumerate(out.elements):
                if isinstance(el, TextBox) and el.name == "caption":
                    box = frame.caption(text or " ", el.rect, self.ctx.theme)
                    box.rect, box.valign = el.rect, "middle"
                    out.elements[i] = box
        return out

    def steps(self) -> list[Step]:
        out = []
        states = list(self._states())
        for k, (page, s, step, _) in enumerate(states):
            last = k == len(states) - 1
            seconds = self.scene.hold_seconds if last else self.scene.step_seconds
            out.append(Step(self.state(page, s, step), seconds if s or not page.builds else 0.6, ""))
        return out

    def shots(self) -> Iterator[Shot]:
        step_ticks = max(1, round(self.scene.step_seconds * FPS))
        fade = 0 if self.effect == "appear" else min(max(1, round(FADE_SECONDS * FPS)), step_ticks)
        prev: Page | None = None
        states = list(self._states())
        for k, (page, s, step, refs) in enumerate(states):
            now = self.state(page, s, step)
            last = k == len(states) - 1
            if prev is not None and s > 0 and fade:
                box = _bbox([el for el in page.elements if _names_of(el) & {r.split("#")[0] for r in refs}])
                for j in range(1, fade):
                    a = _ease(j / fade)
                    yield Shot(now, 1, prev=prev, alpha=a, wipe=box if self.effect == "wipe" else None)
            rest = step_ticks - (fade - 1 if s > 0 and fade else 0)
            if s == 0:
                rest = max(1, round(0.6 * FPS))
            if last:
                rest = max(rest, round(self.scene.hold_seconds * FPS), 1)
            yield Shot(now, max(rest, 1))
            prev = now


def _chunks(units: list[list[str]], size: int) -> list[list[str]]:
    """Consecutive units joined `size` at a time into steps."""
    return [[ref for unit in units[i : i + size] for ref in unit] for i in range(0, len(units), size)]


def _ease(a: float) -> float:
    return a * a * (3 - 2 * a)


def _copy(page: Page) -> Page:
    return replace(page, elements=list(page.elements), builds=[])


def _names_of(el: Element) -> set[str]:
    names = {el.name}
    if isinstance(el, Connector) and el.label is not None:
        names.add(el.label.name)
    return names


def _unique_names(page: Page) -> None:
    """Builds address elements by name, so every element on a built page gets its own."""
    seen: dict[str, int] = {}
    for i, el in enumerate(page.elements):
        name = el.name or f"element-{i}"
        if name in seen:
            seen[name] += 1
            name = f"{name}~{seen[name]}"
        else:
            seen[name] = 1
        if name != el.name:
            page.elements[i] = replace(el, name=name)


def _units(page: Page, visual: Any, order: list[str]) -> list[list[str]]:
    """The page's elements in the order they should appear, one group (list of names) per unit:
    diagram nodes following the arrows (each edge with the later of its two ends), infographic
    cards item by item, bullets paragraph by paragraph, anything else together at first."""
    units: list[list[str]] = []
    blocks: dict[tuple[int, int], list[str]] = {}
    nodes: dict[str, Shape] = {}
    edges: list[Connector] = []
    others: list[str] = []
    others_at: int | None = None
    for el in page.elements:
        base = el.name.split("~")[0]
        if base in STATIC_NAMES or base.startswith("page-"):
            continue
        m = _ITEM.match(el.name)
        if base.startswith("node-") and isinstance(el, Shape):
            nodes[base[5:]] = el
        elif base.startswith("edge-") and isinstance(el, Connector):
            edges.append(el)
        elif m:
            key = (int(m.group(1)), int(m.group(2)) if m.group(2) is not None else -1)
            blocks.setdefault(key, []).append(el.name)
        elif isinstance(el, TextBox) and len(el.paragraphs) > 1:
            units.extend([f"{el.name}#{p}"] for p in range(len(el.paragraphs)))
        else:
            if others_at is None:
                others_at = len(units)
                units.append(others)
            others.append(el.name)
    if blocks:
        for b in sorted({k[0] for k in blocks}):
            items = sorted(k[1] for k in blocks if k[0] == b)
            head = blocks.get((b, -1), [])
            for n, i in enumerate(i for i in items if i >= 0):
                units.append((head if n == 0 else []) + blocks[(b, i)])
            if items == [-1]:
                units.append(head)
    if nodes:
        units.extend(_node_units(nodes, edges, visual, order))
    return [u for u in units if u]


def _node_units(
    nodes: dict[str, Shape], edges: list[Connector], visual: Any, given: list[str]
) -> list[list[str]]:
    """Diagram nodes in build order, each with the edges that now have both ends on the page."""
    order = list(nodes)
    if isinstance(visual, DiagramPlan):
        ids = [n.id for n in visual.nodes if n.id in nodes]
        if given:
            order = [i for i in given if i in nodes] + [i for i in ids if i not in given]
        elif visual.diagram_type in ("cycle", "mindmap"):
            order = ids
        else:
            incoming = {e.target for e in visual.edges if e.source != e.target}
            roots = [i for i in ids if i not in incoming] or ids[:1]
            nexts: dict[str, list[str]] = {}
            for e in visual.edges:
                nexts.setdefault(e.source, []).append(e.target)
            order, queue, seen = [], list(roots), set(roots)
            while queue:
                cur = queue.pop(0)
                order.append(cur)
                for t in nexts.get(cur, []):
                    if t in nodes and t not in seen:
                        seen.add(t)
                        queue.append(t)
            order += [i for i in ids if i not in seen]
    rank = {nid: k for k, nid in enumerate(order)}
    units: list[list[str]] = [[nodes[nid].name] for nid in order]
    for edge in edges:
        ends = [_nearest(nodes, p) for p in (edge.points[0], edge.points[-1])]
        at = max(rank[e] for e in ends)
        units[at].extend(sorted(_names_of(edge)))
    return units


def _nearest(nodes: dict[str, Shape], p: tuple[float, float]) -> str:
    """The node an edge end touches: inside its box (with a margin), else the closest centre."""

    def dist(r: Rect) -> float:
        dx = max(r.x - p[0], 0.0, p[0] - r.right)
        dy = max(r.y - p[1], 0.0, p[1] - r.bottom)
        return math.hypot(dx, dy) + 1e-3 * math.hypot(r.x + r.w / 2 - p[0], r.y + r.h / 2 - p[1])

    return min(nodes, key=lambda nid: dist(nodes[nid].rect))


def _bbox(elements: list[Element]) -> Rect | None:
    rects = [element_rect(el) for el in elements]
    if not rects:
        return None
    x0, y0 = min(r.x for r in rects) - 4, min(r.y for r in rects) - 4
    x1, y1 = max(r.right for r in rects) + 4, max(r.bottom for r in rects) + 4
    return Rect(x0, y0, x1 - x0, y1 - y0)


def reveal(page: Page, state: int) -> Page:
    """The page as it stands after `state` build steps: later elements (and paragraphs) hidden.
    Hidden paragraphs keep their lines, emptied, so what is shown never moves."""
    built: set[str] = set()
    paras: set[str] = set()
    for step in page.builds:
        for ref in step:
            name, _, p = ref.partition("#")
            (paras if p.isdigit() else built).add(name)
    shown: set[str] = set()
    shown_paras: dict[str, set[int]] = {}
    for step in page.builds[:state]:
        for ref in step:
            name, _, p = ref.partition("#")
            if p.isdigit():
                shown_paras.setdefault(name, set()).add(int(p))
            else:
                shown.add(name)
    out: list[Element] = []
    for el in page.elements:
        if el.name in built and el.name not in shown:
            continue
        if el.name in paras:
            keep = shown_paras.get(el.name, set())
            if not keep:
                continue
            el = _blank(el, keep)
        out.append(el)
    return replace(page, elements=out, builds=[])


def _blank(el: Element, keep: set[int]) -> Element:
    def fix(box: TextBox) -> TextBox:
        paras = [
            p if i in keep else Paragraph(p.text, tuple("" for _ in p.lines), None)
            for i, p in enumerate(box.paragraphs)
        ]
        return replace(box, paragraphs=paras)

    if isinstance(el, TextBox):
        return fix(el)
    if isinstance(el, Shape) and el.text is not None:
        return replace(el, text=fix(el.text))
    return el

"""Layout quality of markdown answers made into slides and infographics, from geometry alone (no judge).

Each file of `bench/layout_corpus/` (realistic LLM answers; the first line is an HTML comment saying
what a designer would do with it, removed before planning) goes through the rules planner's markdown
path twice, as a slide deck and as an infographic, is rendered with `render()`, and is measured on
its `Layout` pages:

- overlaps: element pairs whose rects intersect, unless a shape (card, badge, node, container) wholly
  holds the other; a shape's own text is part of the shape; full-page backgrounds are ignored; a
  connector counts when one of its segments crosses a text box other than its own label;
- overflow: text boxes that `overflows()`, a shape's text leaving its shape, elements off the page;
- small text: share of characters set under 14 pt (footers and page numbers excluded);
- page use: union of content rects (text by its real extent: widest line × lines) over the page's
  grid area (page minus margins), median over content pages (not title or section slides);
- alignment: share of content left edges within ±2 pt of another element's left edge on the page;
- contrast: WCAG ratio of every text on its backdrop (its own shape's fill, else the smallest filled
  shape under it, else the page background);
- words kept: share of the source's words (lowercased letter/digit runs, one CJK character each)
  found in the rendered text (text boxes as drawn, chart labels, speaker notes), counted as multisets;
- truncated: text boxes cut with an ellipsis.

PNGs of every page (and a contact sheet per file) go to `--out` for a human look. The last line is one JSON object of the figures
and targets (0 overlaps, 0 overflow, ≤ 5% small text on slides, median page use ≥ 0.45 on content
slides, contrast ≥ 4.5:1, ≥ 97% of words kept).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from render.layout import (
    ChartSlot,
    Connector,
    Element,
    Grid,
    Layout,
    Page,
    Rect,
    Shape,
    TextBox,
    element_rect,
    visual_align,
)
from render.text import is_rtl
from render.theme import Theme, contrast

if TYPE_CHECKING:
    from render.result import Result

CORPUS = Path(__file__).resolve().parent / "layout_corpus"
TOL = 0.5  # points: rects touching within this do not intersect
ALIGN_TOL = 2.0
SMALL_PT = 14.0
MIN_CONTRAST = 4.5
FOOTER_NAMES = ("footer", "page-number")
DECOR_NAMES = ("accent-rule", "accent-band", "accent-mark", "title-rule")
CONTAINER_PREFIX = "bg"  # slides' "bg", "bg-card"; infographic containers "bg:…"
TARGETS = {
    "overlaps": 0,
    "overflow": 0,
    "slides_small_text_share_max": 0.05,
    "slides_page_use_median_min": 0.45,
    "contrast_min": MIN_CONTRAST,
    "words_kept_min": 0.97,
}
QUESTIONS = {"slides": "Turn this answer into slides", "infographic": "Turn this answer into an infographic"}


# ------------------------------------------------------------------------------------------ geometry


def _name(el: Element) -> str:
    return getattr(el, "name", "") or type(el).__name__


def is_footer(el: Element) -> bool:
    return _name(el).startswith(FOOTER_NAMES)


def is_page_background(el: Element, page: Page) -> bool:
    """A shape covering (almost) the whole page is the page's colour, not an element on it."""
    if not isinstance(el, Shape):
        return False
    r = el.rect
    return r.w * r.h >= 0.9 * page.width * page.height


def is_decoration(el: Element, page: Page) -> bool:
    """Rules, bands, page backgrounds and footers: drawn, but not content a reader looks for."""
    return is_footer(el) or _name(el).startswith(DECOR_NAMES) or is_page_background(el, page)


def _holds(outer: Element, inner: Element) -> bool:
    """A shape (card, panel, badge, node) may carry what lies wholly on it; nothing else may."""
    return isinstance(outer, Shape) and outer.rect.contains(element_rect(inner), tol=TOL)


def _segment_hits(p: tuple[float, float], q: tuple[float, float], r: Rect) -> bool:
    """Whether the segment p→q passes through the rectangle r (Liang–Barsky clipping)."""
    (x0, y0), (x1, y1) = p, q
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for pk, qk in ((-dx, x0 - r.x), (dx, r.right - x0), (-dy, y0 - r.y), (dy, r.bottom - y0)):
        if pk == 0:
            if qk < 0:
                return False
            continue
        t = qk / pk
        if pk < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def _texts_on(el: Element) -> list[TextBox]:
    if isinstance(el, TextBox):
        return [el]
    if isinstance(el, Shape) and el.text is not None:
        return [el.text]
    if isinstance(el, Grid):
        return el.texts()
    return []


def overlaps(page: Page) -> list[tuple[str, str]]:
    """Pairs of elements drawn over each other (see the module docstring for the rule)."""
    elements = [el for el in page.elements if not is_page_background(el, page)]
    found: list[tuple[str, str]] = []
    boxes = [el for el in elements if not isinstance(el, Connector)]
    for a, b in itertools.combinations(boxes, 2):
        if not element_rect(a).intersects(element_rect(b), tol=TOL):
            continue
        if _holds(a, b) or _holds(b, a):
            continue
        found.append((_name(a), _name(b)))
    texts = [t for el in boxes for t in _texts_on(el)]
    for con in (el for el in elements if isinstance(el, Connector)):
        for text in texts:
            inner = text.rect.inset(TOL)
            if any(_segment_hits(p, q, inner) for p, q in itertools.pairwise(con.points)):
                found.append((_name(con), _name(text)))
    return found


def overflow(page: Page) -> list[str]:
    """Text that does not fit its box or leaves its shape, and elements off the page."""
    out: list[str] = []
    bounds = Rect(0.0, 0.0, page.width, page.height)
    for el in page.elements:
        if not bounds.contains(element_rect(el), tol=TOL):
            out.append(f"{_name(el)} leaves the page")
        if isinstance(el, Shape) and el.text is not None and not el.rect.contains(el.text.rect, tol=TOL):
            out.append(f"text of {_name(el)} leaves its shape")
        if isinstance(el, Grid):
            cells = [c for row in el.cells for c in row]
            out += [f"{_name(c)} leaves its table" for c in cells if not el.rect.contains(c.rect, tol=TOL)]
            out += [
                f"text of {_name(c)} leaves its cell"
                for c in cells
                if c.text is not None and not c.rect.contains(c.text.rect, tol=TOL)
            ]
    out.extend(f"{_name(box)} overflows" for box in page.text_boxes() if box.overflows())
    return out


def _chars(box: TextBox) -> int:
    return sum(len(re.sub(r"\s", "", p.display_text)) for p in box.paragraphs)


def small_text(pages: list[Page], floor: float = SMALL_PT) -> tuple[int, int]:
    """(characters under `floor` pt, all characters), footers and page numbers left out."""
    small = total = 0
    for page in pages:
        for box in page.text_boxes():
            if is_footer(box):
                continue
            n = _chars(box)
            total += n
            if box.size < floor - 1e-6:
                small += n
    return small, total


def text_extent(box: TextBox) -> Rect:
    """Where the ink of a text box is: its widest line by its lines' height, placed as aligned."""
    w, h = min(box.text_width(), box.rect.w), min(box.text_height, box.rect.h)
    rtl = bool(box.paragraphs) and is_rtl(box.paragraphs[0].text)
    align = visual_align(box.align, rtl)
    x = {"left": box.rect.x, "center": box.rect.x + (box.rect.w - w) / 2, "right": box.rect.right - w}[align]
    y = {"top": box.rect.y, "middle": box.rect.y + (box.rect.h - h) / 2, "bottom": box.rect.bottom - h}[
        box.valign
    ]
    return Rect(x, y, w, h)


def content_rect(el: Element) -> Rect:
    """The area an element visibly takes: a text's ink, a shape's outline (or its text if invisible)."""
    if isinstance(el, TextBox):
        return text_extent(el)
    if isinstance(el, Shape) and el.text is not None and not el.fill and not el.stroke_width:
        return text_extent(el.text)
    return element_rect(el)


def _clip(r: Rect, to: Rect) -> Rect | None:
    x0, y0 = max(r.x, to.x), max(r.y, to.y)
    x1, y1 = min(r.right, to.right), min(r.bottom, to.bottom)
    return Rect(x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None


def union_area(rects: list[Rect]) -> float:
    """Area covered by the union of rectangles (sweep over x slabs, merged y intervals)."""
    rects = [r for r in rects if r.w > 0 and r.h > 0]
    xs = sorted({v for r in rects for v in (r.x, r.right)})
    area = 0.0
    for x0, x1 in itertools.pairwise(xs):
        spans = sorted((r.y, r.bottom) for r in rects if r.x <= x0 and r.right >= x1)
        covered, top, bottom = 0.0, None, None
        for y0, y1 in spans:
            if bottom is None or y0 > bottom:
                if bottom is not None and top is not None:
                    covered += bottom - top
                top, bottom = y0, y1
            else:
                bottom = max(bottom, y1)
        if bottom is not None and top is not None:
            covered += bottom - top
        area += covered * (x1 - x0)
    return area


def page_use(page: Page, grid: Rect) -> float:
    """Share of the grid area (page minus margins) that content covers."""
    rects = [content_rect(el) for el in page.elements if not is_decoration(el, page)]
    clipped = [c for r in rects if (c := _clip(r, grid)) is not None]
    return union_area(clipped) / (grid.w * grid.h)


def is_content_slide(page: Page) -> bool:
    """Not the title page (accent band on the edge) nor a section divider (accent background)."""
    names = {_name(el) for el in page.elements}
    return "accent-band" not in names and not any(is_page_background(el, page) for el in page.elements)


def alignment(page: Page, tol: float = ALIGN_TOL) -> tuple[int, int]:
    """(left edges shared with another element within `tol`, left edges), lines and decoration left out."""
    lefts = [
        element_rect(el).x
        for el in page.elements
        if not is_decoration(el, page) and not isinstance(el, Connector)
    ]
    aligned = sum(
        1 for i, x in enumerate(lefts) if any(abs(x - y) <= tol for j, y in enumerate(lefts) if j != i)
    )
    return aligned, len(lefts)


def is_large(box: TextBox) -> bool:
    """WCAG "large text" (18 pt, or 14 pt bold), for which AA asks only 3:1."""
    return box.size >= 18.0 or (box.bold and box.size >= 14.0)


def contrasts(page: Page) -> list[tuple[str, float, bool]]:
    """(text name, WCAG ratio on its backdrop, large text?) for every non-empty text on the page."""
    filled = [(i, el) for i, el in enumerate(page.elements) if isinstance(el, Shape) and el.fill]

    def backdrop(rect: Rect, index: int) -> str:
        under = [el for i, el in filled if i < index and el.rect.contains(rect, tol=TOL)]
        return min(under, key=lambda s: s.rect.w * s.rect.h).fill if under else page.background  # type: ignore[return-value]

    pairs: list[tuple[TextBox, str]] = []
    for i, el in enumerate(page.elements):
        if isinstance(el, TextBox):
            pairs.append((el, backdrop(el.rect, i)))
        elif isinstance(el, Shape) and el.text is not None:
            pairs.append((el.text, el.fill or backdrop(el.text.rect, i)))
        elif isinstance(el, Connector) and el.label is not None:
            pairs.append((el.label, page.background))  # painters put labels on a page-coloured chip
        elif isinstance(el, Grid):  # a table: each cell's text on the cell's fill
            pairs.extend(
                (c.text, c.fill or backdrop(c.rect, i)) for row in el.cells for c in row if c.text is not None
            )
    return [(_name(box), contrast(box.color, back), is_large(box)) for box, back in pairs if _chars(box)]


def truncated(pages: list[Page]) -> int:
    return sum(1 for page in pages for box in page.text_boxes() if box.truncated)


# ------------------------------------------------------------------------------------------- words

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_COMMENT = re.compile(r"\A\s*<!--.*?-->\s*", re.S)


def strip_comment(md: str) -> str:
    """The answer without the corpus file's leading `<!-- kind: …; notes: … -->` line."""
    return _COMMENT.sub("", md, count=1)


def tokens(text: str) -> list[str]:
    """Lowercased runs of letters and digits; each CJK character is a token of its own."""
    return _TOKEN.findall(text.lower())


def source_text(md: str) -> str:
    """The words a reader sees in the markdown: inline text, link and image text, code; no syntax."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    parts: list[str] = []
    for tok in parser.parse(strip_comment(md)):
        if tok.type == "inline":
            words = []
            for child in tok.children or []:
                if child.type in ("text", "code_inline", "image"):
                    words.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    words.append(" ")
            parts.append(re.sub(r"^\[[ xX]\]\s+", "", "".join(words)))  # a task box is not a word
        elif tok.type in ("fence", "code_block"):
            parts.append(tok.content)
        elif tok.type == "html_block":
            parts.append(re.sub(r"<[^>]+>", " ", tok.content))
    return "\n".join(parts)


def _chart_text(slot: ChartSlot, theme: Theme) -> str:
    """The words a chart shows: its slot lowered to page elements, as the SVG painter draws it."""
    from render.chart_draw import lower_slot

    parts: list[str] = []
    for el in lower_slot(slot, theme):
        parts.extend(p.display_text for box in _texts_on(el) for p in box.paragraphs)
        if isinstance(el, Connector) and el.label is not None:
            parts.extend(p.display_text for p in el.label.paragraphs)
    return "\n".join(parts)


def rendered_text(layout: Layout, theme: Theme) -> str:
    """Everything the answer shows or says: text as drawn (after any cut), chart labels, notes."""
    parts: list[str] = []
    notes: list[str] = []
    for page in layout.pages:
        for box in page.text_boxes():
            parts.extend(p.display_text for p in box.paragraphs)
        parts.extend(_chart_text(el, theme) for el in page.elements if isinstance(el, ChartSlot))
        if page.notes and page.notes not in notes:
            notes.append(page.notes)
    return "\n".join(parts + notes)


def words_kept(source: str, rendered: str) -> tuple[float, Counter[str]]:
    """Share of source word occurrences that the rendered text still has, and the missing ones."""
    src, out = Counter(tokens(source)), Counter(tokens(rendered))
    missing = Counter({t: c - out[t] for t, c in src.items() if c > out[t]})
    total = sum(src.values())
    return (1.0 - sum(missing.values()) / total if total else 1.0), missing


# ------------------------------------------------------------------------------------------ running


@dataclass
class Measure:
    """One rendered answer's figures."""

    file: str
    kind: str
    pages: int = 0
    overlaps: list[str] = field(default_factory=list)
    overflow: list[str] = field(default_factory=list)
    small_chars: int = 0
    chars: int = 0
    page_use: list[float] = field(default_factory=list)
    aligned: int = 0
    edges: int = 0
    contrast_min: float = 21.0
    low_contrast: list[str] = field(default_factory=list)
    low_but_large: int = 0
    """Texts under 4.5:1 that are large and reach 3:1 (WCAG AA's rule for large text)."""
    words_kept: float = 1.0
    missing: list[str] = field(default_factory=list)
    truncated: int = 0
    error: str = ""

    @property
    def small_share(self) -> float:
        return self.small_chars / self.chars if self.chars else 0.0

    @property
    def use_median(self) -> float | None:
        return statistics.median(self.page_use) if self.page_use else None

    @property
    def align_share(self) -> float:
        return self.aligned / self.edges if self.edges else 1.0


def grid_of(kind: str, page: Page) -> Rect:
    """The page minus the theme's margins: the grid every layout draws within (render.frame)."""
    from render.frame import content_rect
    from render.theme import get_theme

    return content_rect(get_theme("light"))


def plan_and_render(md: str, kind: str) -> Result:
    """The rules planner's markdown path, as the app takes it when an answer is turned into `kind`."""
    from generators.base import PlanRequest
    from generators.rules import RulesPlanner
    from render import render

    plan = RulesPlanner().plan(PlanRequest(question=QUESTIONS[kind], markdown=md, kind=kind)).plan
    if plan.kind != kind:
        raise ValueError(f"the planner answered with a {plan.kind} plan: {getattr(plan, 'answer', '')[:120]}")
    return render(plan)


def measure_layout(name: str, kind: str, layout: Layout, theme: Theme, md: str) -> Measure:
    m = Measure(name, kind, pages=len(layout.pages))
    for n, page in enumerate(layout.pages, start=1):
        m.overlaps += [f"p{n}: {a} × {b}" for a, b in overlaps(page)]
        m.overflow += [f"p{n}: {what}" for what in overflow(page)]
        if kind != "slides" or is_content_slide(page):
            m.page_use.append(page_use(page, grid_of(kind, page)))
        a, e = alignment(page)
        m.aligned, m.edges = m.aligned + a, m.edges + e
        for text, ratio, large in contrasts(page):
            m.contrast_min = min(m.contrast_min, ratio)
            if ratio < MIN_CONTRAST - 1e-9:
                m.low_contrast.append(f"p{n}: {text} {ratio:.2f}")
                m.low_but_large += large and ratio >= 3.0
    m.small_chars, m.chars = small_text(layout.pages)
    m.words_kept, missing = words_kept(source_text(md), rendered_text(layout, theme))
    m.missing = [t for t, _ in missing.most_common(12)]
    m.truncated = truncated(layout.pages)
    return m


def save_pngs(result: Result, folder: Path, kind: str) -> None:
    from render.svg import page_svg, to_png

    folder.mkdir(parents=True, exist_ok=True)
    for n, page in enumerate(result.layout.pages, start=1):
        (folder / f"{kind}-{n:02d}.png").write_bytes(to_png(page_svg(page, result.theme), scale=1.0))


def contact_sheet(folder: Path, columns: int = 3, width: int = 480) -> None:
    """All of a file's pages, slides then infographic, on one image: the whole answer at a glance."""
    from PIL import Image

    pngs = sorted(folder.glob("slides-*.png")) + sorted(folder.glob("infographic-*.png"))
    if not pngs:
        return
    height, gap = round(width * 9 / 16), 8
    rows = -(-len(pngs) // columns)
    sheet = Image.new("RGB", (columns * (width + gap), rows * (height + gap)), "#8A8A8A")
    for i, png in enumerate(pngs):
        with Image.open(png) as im:
            thumb = im.convert("RGB").resize((width, height), Image.Resampling.LANCZOS)
        sheet.paste(thumb, ((i % columns) * (width + gap), (i // columns) * (height + gap)))
    sheet.save(folder / "sheet.png")


def run_file(path: Path, out: Path | None) -> list[Measure]:
    md = path.read_text(encoding="utf-8")
    answer = strip_comment(md)
    results = []
    for kind in ("slides", "infographic"):
        try:
            result = plan_and_render(answer, kind)
            m = measure_layout(path.stem, kind, result.layout, result.theme, answer)
            if out is not None:
                save_pngs(result, out / path.stem, kind)
        except Exception as err:  # one broken file is a finding to report, not the end of the run
            m = Measure(path.stem, kind, error=f"{type(err).__name__}: {err}")
        results.append(m)
    if out is not None:
        contact_sheet(out / path.stem)
    return results


def _pct(v: float) -> str:
    return f"{v * 100:5.1f}%"


def table(measures: list[Measure]) -> str:
    head = f"{'file':34} {'kind':5} {'pg':>3} {'ovl':>4} {'ovf':>4} {'<14pt':>6} {'use':>5} {'align':>6} {'cmin':>5} {'c<4.5':>5} {'kept':>6} {'trunc':>5}"
    rows = [head, "-" * len(head)]
    for m in measures:
        if m.error:
            rows.append(f"{m.file[:34]:34} {m.kind[:5]:5} ERROR {m.error[:90]}")
            continue
        use = f"{m.use_median:5.2f}" if m.use_median is not None else "    -"
        rows.append(
            f"{m.file[:34]:34} {m.kind[:5]:5} {m.pages:3d} {len(m.overlaps):4d} {len(m.overflow):4d} "
            f"{_pct(m.small_share):>6} {use} {_pct(m.align_share):>6} {m.contrast_min:5.2f} "
            f"{len(m.low_contrast):5d} {_pct(m.words_kept):>6} {m.truncated:5d}"
        )
    return "\n".join(rows)


def aggregate(measures: list[Measure], kind: str) -> dict[str, Any]:
    ms = [m for m in measures if m.kind == kind and not m.error]
    uses = [u for m in ms for u in m.page_use]
    small, chars = sum(m.small_chars for m in ms), sum(m.chars for m in ms)

    def worst(key: Any, low: bool = False, counted: bool = True) -> str:
        """The file scoring worst on `key` (lowest when `low`), or "" when no file has a count."""
        if not ms:
            return ""
        pick = (min if low else max)(ms, key=key)
        return pick.file if not counted or key(pick) else ""

    worst_files = {
        "overlaps": worst(lambda m: len(m.overlaps)),
        "overflow": worst(lambda m: len(m.overflow)),
        "small_text": worst(lambda m: m.small_share),
        "page_use": worst(
            lambda m: m.use_median if m.use_median is not None else 1.0, low=True, counted=False
        ),
        "alignment": worst(lambda m: m.align_share, low=True, counted=False),
        "contrast": worst(lambda m: m.contrast_min, low=True, counted=False),
        "words_kept": worst(lambda m: m.words_kept, low=True, counted=False),
        "truncated": worst(lambda m: m.truncated),
    }
    return {
        "files": len(ms),
        "errors": sum(1 for m in measures if m.kind == kind and m.error),
        "pages": sum(m.pages for m in ms),
        "overlaps": sum(len(m.overlaps) for m in ms),
        "overflow": sum(len(m.overflow) for m in ms),
        "small_text_share": round(small / chars, 4) if chars else 0.0,
        "page_use_median": round(statistics.median(uses), 3) if uses else None,
        "page_use_p10": round(statistics.quantiles(uses, n=10)[0], 3) if len(uses) >= 2 else None,
        "alignment_share": round(sum(m.aligned for m in ms) / max(sum(m.edges for m in ms), 1), 3),
        "contrast_min": round(min((m.contrast_min for m in ms), default=21.0), 2),
        "contrast_below_4_5": sum(len(m.low_contrast) for m in ms),
        "contrast_below_4_5_large_ge_3": sum(m.low_but_large for m in ms),
        "words_kept_min": round(min((m.words_kept for m in ms), default=1.0), 4),
        "words_kept_mean": round(statistics.mean(m.words_kept for m in ms), 4) if ms else None,
        "truncated": sum(m.truncated for m in ms),
        "worst": worst_files,
    }


def verdict(agg: dict[str, Any], kind: str) -> dict[str, bool]:
    """Which targets a kind meets (small text and page use are slide targets)."""
    met = {
        "overlaps": agg["overlaps"] <= TARGETS["overlaps"],
        "overflow": agg["overflow"] <= TARGETS["overflow"],
        "contrast": agg["contrast_min"] >= TARGETS["contrast_min"],
        "words_kept": agg["words_kept_min"] >= TARGETS["words_kept_min"],
        "no_errors": agg["errors"] == 0,
    }
    if kind == "slides":
        met["small_text"] = agg["small_text_share"] <= TARGETS["slides_small_text_share_max"]
        met["page_use"] = (agg["page_use_median"] or 0.0) >= TARGETS["slides_page_use_median_min"]
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=Path("out/layout_quality"))
    parser.add_argument("--no-png", action="store_true", help="measure only; write no page images")
    parser.add_argument("--only", default="", help="substring of the file names to run")
    parser.add_argument(
        "--details", action="store_true", help="list every overlap, overflow and low contrast"
    )
    args = parser.parse_args()

    files = sorted(p for p in args.corpus.glob("*.md") if args.only in p.stem)
    start = time.perf_counter()
    measures = [m for f in files for m in run_file(f, None if args.no_png else args.out)]
    elapsed = time.perf_counter() - start
    print(table(measures))
    if args.details:
        for m in measures:
            for label, items in (
                ("overlap", m.overlaps),
                ("overflow", m.overflow),
                ("contrast", m.low_contrast),
            ):
                for item in items:
                    print(f"{m.file} {m.kind} {label}: {item}")
            if m.words_kept < TARGETS["words_kept_min"]:
                print(f"{m.file} {m.kind} missing words: {', '.join(m.missing)}")
    figures: dict[str, Any] = {"files": len(files), "seconds": round(elapsed, 1)}
    for kind in ("slides", "infographic"):
        agg = aggregate(measures, kind)
        figures[kind] = agg
        figures[f"{kind}_targets_met"] = verdict(agg, kind)
        print(
            f"{kind}: {agg['pages']} pages, {agg['overlaps']} overlaps, {agg['overflow']} overflow, "
            f"small text {agg['small_text_share']:.1%}, page use median {agg['page_use_median']}, "
            f"contrast min {agg['contrast_min']}, words kept min {agg['words_kept_min']:.1%}, "
            f"{agg['truncated']} truncated; worst: {agg['worst']}"
        )
    figures["targets"] = TARGETS
    if not args.no_png:
        print(
            f"page images: {args.out}/<file>/<kind>-NN.png, all of a file's pages: {args.out}/<file>/sheet.png"
        )
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()

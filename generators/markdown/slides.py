"""Markdown answers as slides: headings become slide titles, lists bullets (or a flow diagram), tables
charts, bold numbers big-number slides, blockquotes quote slides."""

from __future__ import annotations

import math

from generators.markdown.chart import table_chart
from generators.markdown.diagram import chain_diagram
from generators.markdown.parse import (
    SOURCE,
    Code,
    Heading,
    ListBlock,
    Para,
    Quote,
    Table,
    document_title,
    flat_items,
    item_text,
    parse,
    sentences,
    stat_of,
)
from generators.rules.words import lang_of, short
from render.plan import Slide, SlidesPlan

MAX_BULLETS = 6
BULLET_CHARS = 180
MAX_SLIDES = 100


class _Deck:
    """Accumulates slides section by section; bullets wait until a heading or a visual flushes them."""

    def __init__(self, lang: str):
        self.lang = lang
        self.slides: list[Slide] = []
        self.title = ""
        self.bullets: list[str] = []
        self.notes: list[str] = []
        self.emitted_for_title = True

    def set_title(self, title: str) -> None:
        self.flush()
        if not self.emitted_for_title and self.title:
            self.slides.append(Slide(layout="section", title=short(self.title, 150)))
        self.title = title
        self.emitted_for_title = False

    def fallback_title(self) -> str:
        return self.title or ("Overview" if self.lang == "en" else "概览")

    def add(self, slide: Slide) -> None:
        self.flush()
        self.slides.append(slide)
        self.emitted_for_title = True

    def flush(self) -> None:
        if not self.bullets:
            if self.notes and self.slides:
                last = self.slides[-1]
                self.slides[-1] = last.model_copy(
                    update={"notes": (last.notes + "\n\n" + "\n\n".join(self.notes)).strip()}
                )
            self.notes = []
            return
        # balanced pages: 8 bullets become 4 + 4, not 6 + 2
        per_page = math.ceil(len(self.bullets) / math.ceil(len(self.bullets) / MAX_BULLETS))
        chunks = [self.bullets[i : i + per_page] for i in range(0, len(self.bullets), per_page)]
        for k, chunk in enumerate(chunks):
            title = self.fallback_title()
            if k:
                title += " (cont.)" if self.lang == "en" else "（续）"
            self.slides.append(
                Slide(
                    layout="bullets",
                    title=short(title, 150),
                    bullets=chunk,
                    notes="\n\n".join(self.notes) if not k else "",
                )
            )
        self.bullets, self.notes = [], []
        self.emitted_for_title = True


def _bullet(text: str) -> str:
    return short(text, BULLET_CHARS)


def markdown_to_slides(md: str, title: str | None = None) -> SlidesPlan:
    """Slides from a markdown answer: h1 → deck title, h2/h3 → slide titles, lists → bullets (≤6 a
    slide), short ordered lists → a flow diagram, tables → charts, bold numbers → big-number slides,
    blockquotes → quote slides, paragraphs → sentence bullets. Raises ValueError on empty markdown."""
    nodes = parse(md)
    if not nodes:
        raise ValueError("the markdown has no content")
    lang = lang_of(md)
    deck_title, rest = document_title(nodes, title, md)
    subtitle = ""
    if (
        rest
        and isinstance(rest[0], Para)
        and len(rest[0].inline.text) <= 160
        and stat_of(rest[0].inline) is None
    ):
        subtitle = rest.pop(0).inline.text
    deck = _Deck(lang)
    sources: list[str] = []
    for idx, node in enumerate(rest):
        if isinstance(node, Heading):
            nxt = rest[idx + 1] if idx + 1 < len(rest) else None
            deck.set_title(node.inline.text)
            if isinstance(nxt, Heading) and nxt.level > node.level:
                deck.add(Slide(layout="section", title=short(node.inline.text, 150)))
        elif isinstance(node, Para):
            text = node.inline.text
            if SOURCE.match(text):
                sources.append(text)
                continue
            stat = stat_of(node.inline) if node.inline.bold and len(text) <= 160 else None
            if stat is not None:
                deck.add(
                    Slide(
                        layout="big_number",
                        title=short(deck.fallback_title(), 150),
                        number=stat.value,
                        number_label=stat.label,
                        notes=text,
                    )
                )
                continue
            parts = sentences(text)
            deck.bullets.extend(_bullet(s) for s in parts)
            if any(len(s) > BULLET_CHARS for s in parts):
                deck.notes.append(text)
        elif isinstance(node, ListBlock):
            flat = flat_items(node)
            simple = all(d == 0 for d, _ in flat)
            labels = [it.inline.text for _, it in flat]
            if node.ordered and simple and 3 <= len(labels) <= 8 and all(len(lb) <= 60 for lb in labels):
                diagram = chain_diagram(labels, deck.fallback_title())
                deck.add(
                    Slide(
                        layout="diagram",
                        title=short(deck.fallback_title(), 150),
                        diagram=diagram,
                        notes="\n".join(f"{k + 1}. {lb}" for k, lb in enumerate(labels)),
                    )
                )
                continue
            for k, (depth, it) in enumerate(flat):
                text = item_text(it)
                if not text:
                    continue
                if node.ordered and depth == 0:
                    text = f"{sum(1 for d, _ in flat[: k + 1] if d == 0)}. {text}"
                deck.bullets.append(_bullet(("– " * depth) + text))
        elif isinstance(node, Table):
            chart = table_chart(node, deck.title)
            if chart is not None:
                deck.add(
                    Slide(
                        layout="chart",
                        title=short(deck.fallback_title(), 150),
                        chart=chart,
                        notes=chart.answer,
                    )
                )
            elif len(node.header) == 2:
                deck.add(
                    Slide(
                        layout="two_column",
                        title=short(deck.fallback_title(), 150),
                        left_title=short(node.header[0], 80),
                        right_title=short(node.header[1], 80),
                        bullets=[_bullet(r[0]) for r in node.rows if r[0]][:12],
                        right_bullets=[_bullet(r[1]) for r in node.rows if r[1]][:12],
                    )
                )
            else:
                for r in node.rows:
                    cells = [f"{h}: {c}" for h, c in zip(node.header[1:], r[1:], strict=True) if c]
                    deck.bullets.append(
                        _bullet(f"{r[0]} — " + "; ".join(cells) if r[0] else "; ".join(cells))
                    )
                deck.flush()
        elif isinstance(node, Quote):
            if node.text:
                deck.add(
                    Slide(
                        layout="quote",
                        title=short(deck.title, 150),
                        quote=short(node.text, 600),
                        attribution=short(node.attribution, 120),
                    )
                )
        elif isinstance(node, Code):
            deck.notes.append(node.text)
    deck.flush()
    if not deck.emitted_for_title and deck.title:
        deck.slides.append(Slide(layout="section", title=short(deck.title, 150)))
    slides = deck.slides[:MAX_SLIDES]
    if not slides:
        points = (
            [_bullet(p) for p in sentences(subtitle)][:MAX_BULLETS] if subtitle else [_bullet(deck_title)]
        )
        slides = [Slide(layout="bullets", title=deck_title, bullets=points)]
        subtitle = ""
    if sources:  # sources are said, not shown as a bullet: they go to the last slide's notes
        last = slides[-1]
        slides[-1] = last.model_copy(update={"notes": (last.notes + "\n\n" + "\n".join(sources)).strip()})
    titles = [s.title for s in slides if s.title]
    listed = ", ".join(dict.fromkeys(titles[:6]))
    answer = (
        f"A {len(slides)}-slide deck on “{deck_title}”" + (f": {listed}." if listed else ".")
        if lang == "en"
        else f"共 {len(slides)} 页幻灯片，主题“{deck_title}”" + (f"：{listed}。" if listed else "。")
    )
    return SlidesPlan(
        title=deck_title,
        subtitle=short(subtitle, 200),
        slides=slides,
        answer=answer,
        alt_text=short(
            f"Slide deck “{deck_title}” with {len(slides)} slides" + (f": {listed}" if listed else ""), 600
        ),
    )

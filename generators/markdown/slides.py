"""Markdown answers as slides, the layout following the content (`generators.markdown.content`).

Headings become slide titles. A list of headline figures becomes stat cards, dated items a timeline,
term–explanation pairs (and FAQ questions with their answers) a table, an ordered process steps (a
short one a flow diagram), figures ranked by a percentage a bar chart, other lists bullets (nested
ones indented). A table becomes a chart when its numbers are one comparable series, two lists side
by side when it is two short text columns, else a table as written. A short paragraph built around
a bold figure becomes a big number, blockquotes quote slides, other paragraphs sentence bullets.
Nothing is invented and nothing is dropped: what a slide cannot show (code, sources) is in its notes.
"""

from __future__ import annotations

import math
import re
import unicodedata

from generators.markdown.chart import comparable, table_chart
from generators.markdown.content import (
    Pairs,
    Sides,
    classify_list,
    group_pairs,
    paragraph_stats,
    sentence_stats,
    table_kind,
    table_text,
)
from generators.markdown.diagram import chain_diagram
from generators.markdown.facts import facts_line
from generators.markdown.parse import (
    SOURCE,
    Code,
    Heading,
    Inline,
    Item,
    ListBlock,
    Para,
    Quote,
    Table,
    clip_columns,
    document_title,
    flat_items,
    item_text,
    parse,
    sentences,
)
from generators.rules.templates import template, tr
from generators.rules.words import lang_of, short
from render.markdown import plain
from render.plan import ChartPlan, Series, Slide, SlidesPlan

_INTRO = frozenset({"cards", "stats", "table", "timeline", "steps", "chart", "diagram", "two_column"})
MAX_BULLETS = 6
MAX_SHORT_BULLETS = 12
"""Short points (an ingredient list, a checklist) stay on one slide up to this many: the slide sets
them in two columns. Eight of them split 4 + 4 left two slides mostly empty."""
SHORT_BULLET = 28
"""Display width (a CJK character counts two) of a point that fits half a slide's width on one line."""
CODE_LINES = 24  # longer code is said in the notes, not shown
BULLET_CHARS = 400  # longer points are cut on the slide and kept whole in the notes
MAX_SLIDES = 100
TITLE_CHARS = 150


class _Deck:
    """Accumulates slides section by section; bullets wait until a heading or a visual flushes them."""

    def __init__(self, lang: str):
        self.lang = lang
        self.slides: list[Slide] = []
        self.title = ""
        self.bullets: list[str] = []
        self.notes: list[str] = []
        self.emitted_for_title = True
        self.paragraphs = 0
        """How many paragraphs (and nothing else) the pending bullets came from."""
        self.code: list[str] = []
        """Code of this section: shown when it is all the section has, else said in the notes."""
        self.default = ""
        """The deck's title: the title of slides before any heading."""

    def end_section(self) -> None:
        code, self.code = self.code, []
        if not code:
            return
        if self.emitted_for_title or self.bullets or not self.title:
            self.notes.extend(code)
            return
        for text in code:
            if len(text.splitlines()) <= CODE_LINES:
                self.add(Slide(layout="code", title=self.slide_title(), code=text))
            else:
                self.notes.append(text)

    def set_title(self, title: str) -> None:
        self.end_section()
        self.flush()
        if not self.emitted_for_title and self.title:
            self.slides.append(Slide(layout="section", title=short(self.title, TITLE_CHARS)))
        self.title = title
        self.emitted_for_title = False

    def fallback_title(self) -> str:
        return self.title or self.default or tr(self.lang, "overview")

    def slide_title(self) -> str:
        return short(self.fallback_title(), TITLE_CHARS)

    def add(self, slide: Slide) -> None:
        intro = " ".join(self.bullets)
        if self.paragraphs == 1 and len(intro) <= 200 and not slide.subtitle and slide.layout in _INTRO:
            # "By the end of the lesson, students can:" introduces the list: it is its subtitle
            slide = slide.model_copy(update={"subtitle": intro})
            self.bullets, self.paragraphs = [], 0
        self.flush()
        if self.notes:
            slide = slide.model_copy(update={"notes": "\n\n".join([slide.notes, *self.notes]).strip()})
            self.notes = []
        self.slides.append(slide)
        self.emitted_for_title = True

    def flush(self) -> None:
        paragraphs, self.paragraphs = self.paragraphs, 0
        if len(self.bullets) == 1 and paragraphs == 1 and len(self.bullets[0]) >= 24:
            # one sentence said on its own: a statement
            self.slides.append(
                Slide(
                    layout="statement",
                    title=short(self.fallback_title(), TITLE_CHARS),
                    text=self.bullets[0],
                    notes="\n\n".join(self.notes),
                )
            )
            self.bullets, self.notes = [], []
            self.emitted_for_title = True
            return
        if not self.bullets:
            if self.notes and self.slides and self.emitted_for_title:
                last = self.slides[-1]
                self.slides[-1] = last.model_copy(
                    update={"notes": (last.notes + "\n\n" + "\n\n".join(self.notes)).strip()}
                )
                self.notes = []
            return
        # balanced pages: 8 bullets become 4 + 4, not 6 + 2
        most = MAX_SHORT_BULLETS if all(_short_point(b) for b in self.bullets) else MAX_BULLETS
        per_page = math.ceil(len(self.bullets) / math.ceil(len(self.bullets) / most))
        chunks = [self.bullets[i : i + per_page] for i in range(0, len(self.bullets), per_page)]
        for k, chunk in enumerate(chunks):
            title = self.fallback_title()
            if k:
                title += tr(self.lang, "cont")
            self.slides.append(
                Slide(
                    layout="bullets",
                    title=short(title, TITLE_CHARS),
                    bullets=chunk,
                    notes="\n\n".join(self.notes) if not k else "",
                )
            )
        self.bullets, self.notes = [], []
        self.emitted_for_title = True


def _short_point(text: str) -> bool:
    return (
        not text.startswith("– ")
        and sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text) <= SHORT_BULLET
    )


def _bullet(text: str, notes: list[str]) -> str:
    if len(text) > BULLET_CHARS:
        notes.append(text)  # the whole point, for the presenter
    return short(text, BULLET_CHARS)


_CLAUSE = re.compile(
    r"\s+(?=(?:and why|and how|that|which|who|whose|where|when|if|after|before|such as|so that|"
    r"because|while|for|from|across|with|in)\s)"
)
_PUNCT = re.compile(r"(?<=[:;,?—–])\s+")
LONG_TITLE = 70


def split_heading(text: str) -> tuple[str, str]:
    """A long heading as a short title and the rest for the subtitle, cut between clauses
    ("What happens to attachments such as screenshots…" | "after a conversation has been…")."""
    if len(text) <= LONG_TITLE:
        return text, ""
    cuts = [m.start() for m in _CLAUSE.finditer(text) if 12 <= m.start() <= LONG_TITLE + 12]
    if not cuts:
        cuts = [m.start() for m in _PUNCT.finditer(text) if 12 <= m.start() <= LONG_TITLE]
    if not cuts:
        cuts = [m.start() for m in re.finditer(r"\s+", text) if m.start() <= LONG_TITLE] or [LONG_TITLE]
    at = min(cuts, key=lambda c: abs(c - 48))
    return text[:at].rstrip(" ,;:—–"), text[at:].strip()


def _short_titles(slides: list[Slide], lang: str) -> list[Slide]:
    """Slides titled by a long heading get its first clause as the title and the rest as the
    subtitle of the first of them (continuations keep the short title)."""
    cont = tr(lang, "cont")
    said: set[str] = set()
    out = []
    for slide in slides:
        base = slide.title[: -len(cont)] if slide.title.endswith(cont) else slide.title
        head, rest = split_heading(base)
        if not rest:
            out.append(slide)
            continue
        update: dict[str, str] = {"title": head + (cont if base != slide.title else "")}
        if base not in said and slide.layout not in ("section", "title"):
            update["subtitle"] = (rest + (" · " + slide.subtitle if slide.subtitle else "")).strip()
            said.add(base)
        elif slide.layout == "section" and not slide.subtitle:
            update["subtitle"] = rest
            said.add(base)
        out.append(slide.model_copy(update=update))
    return out


def _cards(labels: list[str]) -> bool:
    """Points that read well each on a card: three or four of up to a few lines, or five or six
    short ones; no word so long (an address, a URL) that a narrow card would break it."""
    if not 3 <= len(labels) <= 6 or any(len(w) > 22 for t in labels for w in t.split()):
        return False
    longest = max(len(t) + sum(1 for ch in t if ord(ch) > 0x2E80) for t in labels)
    return longest <= (200 if len(labels) <= 4 else 60)


def _short_label(text: str) -> bool:
    """Short enough for a node of a flow diagram (wide CJK characters count double)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0x2E80) <= 24  # a left-to-right flow


def _ranked_chart(ranked: list[tuple[str, float, str]], title: str) -> ChartPlan:
    unit = ranked[0][2]
    return ChartPlan(
        chart_type="horizontal_bar",
        title="",
        unit=unit,
        categories=[label for label, _, _ in ranked],
        series=[Series(name=short(title, 80) or "value", values=[v for _, v, _ in ranked])],
        answer="; ".join(f"{label} {v:g}{unit}" for label, v, _ in ranked),
        alt_text=short(
            f"Bar chart of {title}: " + ", ".join(f"{lb} {v:g}{unit}" for lb, v, _ in ranked), 600
        ),
    )


def _list(
    node: ListBlock, deck: _Deck, dates: list[tuple[str, str]] | None = None, charts: bool = True
) -> None:
    """A list as the layout its content calls for (`classify_list` for `dates` and `charts`)."""
    flat = flat_items(node)
    labels = [it.inline.text for _, it in flat]
    simple = all(d == 0 for d, _ in flat)
    kind = classify_list(node, dates=dates, ranked=charts)
    if kind.kind == "timeline":
        deck.add(Slide(layout="timeline", title=deck.slide_title(), events=kind.events))
        return
    if kind.kind == "stats":
        deck.add(Slide(layout="stats", title=deck.slide_title(), stats=kind.stats))
        return
    if kind.kind == "ranked":
        chart = _ranked_chart(kind.ranked, deck.fallback_title())
        deck.add(Slide(layout="chart", title=deck.slide_title(), chart=chart, notes=plain(chart.answer)))
        return
    if kind.kind == "pairs":
        deck.add(Slide(layout="table", title=deck.slide_title(), rows=kind.rows))
        return
    if node.ordered and simple and 3 <= len(labels) <= 5 and all(_short_label(lb) for lb in labels):
        diagram = chain_diagram(labels, deck.fallback_title())
        deck.add(
            Slide(
                layout="diagram",
                title=deck.slide_title(),
                diagram=diagram,
                notes="\n".join(f"{k + 1}. {lb}" for k, lb in enumerate(labels)),
            )
        )
        return
    if kind.kind == "steps":
        deck.add(Slide(layout="steps", title=deck.slide_title(), steps=kind.steps))
        return
    if not node.ordered and simple and all(it.checked is None for _, it in flat) and _cards(labels):
        deck.add(
            Slide(layout="cards", title=deck.slide_title(), bullets=[_bullet(t, deck.notes) for t in labels])
        )
        return
    if not simple:  # an outline: a page per few top-level points with all their sub-points
        _outline(flat, node.ordered, deck)
        return
    for k, (depth, it) in enumerate(flat):
        text = item_text(it)
        if not text:
            continue
        if node.ordered and depth == 0:
            text = f"{sum(1 for d, _ in flat[: k + 1] if d == 0)}. {text}"
        deck.bullets.append(_bullet(("– " * min(depth, 4)) + text, deck.notes))
    deck.paragraphs = -len(flat)  # a list's points, not an introduction


def list_slides(
    items: list[str],
    title: str,
    lang: str,
    *,
    ordered: bool = False,
    dates: list[tuple[str, str]] | None = None,
    charts: bool = True,
) -> list[Slide]:
    """A flat list of plain-text items under the heading `title`, laid out as a markdown answer's
    list would be (timeline, stat cards, table, flow, steps, cards or bullets): one chooser for the
    lists of both planners. The rules planner passes the dates it read and `charts=False`."""
    deck = _Deck(lang)
    deck.title, deck.emitted_for_title = title, False
    _list(ListBlock(ordered, [Item(Inline(t)) for t in items if t]), deck, dates=dates, charts=charts)
    deck.flush()
    return deck.slides


OUTLINE_LINES = 10


def _outline(flat: list, ordered: bool, deck: _Deck) -> None:
    """Nested points as indented bullets; pages break between top-level points where they can, so
    a point stays with its sub-points (up to ten lines a page)."""
    groups: list[list[str]] = []
    number = 0
    for depth, it in flat:
        text = item_text(it)
        if not text:
            continue
        if depth == 0:
            number += 1
            text = f"{number}. {text}" if ordered else text
        line = _bullet(("– " * min(depth, 4)) + text, deck.notes)
        if depth == 0 or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    pages: list[list[str]] = []
    for group in groups:
        for k in range(0, len(group), OUTLINE_LINES):
            part = group[k : k + OUTLINE_LINES]
            if pages and len(pages[-1]) + len(part) <= OUTLINE_LINES and (k == 0 or not pages[-1]):
                pages[-1].extend(part)
            else:
                pages.append(list(part))
    cont = tr(deck.lang, "cont")
    for k, page in enumerate(pages):
        title = deck.slide_title() + (cont if k else "")
        deck.add(Slide(layout="bullets", title=short(title, TITLE_CHARS), bullets=page))


def _table(node: Table, deck: _Deck) -> None:
    node, left_out = clip_columns(node)
    chart = table_chart(node, deck.title) if comparable(node) else None
    kind = table_kind(node, chart is not None)
    if kind == "chart" and chart is not None:
        notes = chart.answer + "\n\n" + table_text(node)  # the numbers as written, for the presenter
        deck.add(Slide(layout="chart", title=deck.slide_title(), chart=chart, notes=notes))
    elif kind == "two_column":
        deck.add(
            Slide(
                layout="two_column",
                title=deck.slide_title(),
                left_title=short(node.header[0], 80),
                right_title=short(node.header[1], 80),
                bullets=[r[0] for r in node.rows if r[0]][:12],
                right_bullets=[r[1] for r in node.rows if r[1]][:12],
            )
        )
        rest = [r for r in node.rows[12:] if any(r)]
        if rest:
            deck.add(Slide(layout="table", title=deck.slide_title(), columns=node.header, rows=rest))
    elif node.rows:
        deck.add(
            Slide(
                layout="table", title=deck.slide_title(), columns=node.header, rows=node.rows, notes=left_out
            )
        )
        return
    if left_out:
        deck.slides[-1] = deck.slides[-1].model_copy(
            update={"notes": (deck.slides[-1].notes + "\n\n" + left_out).strip()}
        )


def _paragraph(node: Para, deck: _Deck) -> None:
    text = node.inline.text
    said = sentence_stats(node.inline)
    stats = [s for _, s in said if s is not None]
    rest = [t for t, s in said if s is None]
    if stats and len(said) <= 4:
        first = next(k for k, (_, s) in enumerate(said) if s is not None)
        before = " ".join(t for t, s in said[:first] if s is None)
        after = " ".join(t for t, s in said[first:] if s is None)
        if len(stats) == 1 and len(stats[0].label) + len(after) <= 200:
            # the figure, then what the paragraph says about it, in reading order
            label = (stats[0].label + ". " + after).strip() if after else stats[0].label
            deck.add(
                Slide(
                    layout="big_number",
                    title=deck.slide_title(),
                    subtitle=before if len(before) <= 200 else "",
                    number=stats[0].value,
                    number_label=label,
                    notes=text,
                )
            )
            if len(before) > 200:
                deck.bullets.extend(_bullet(t, deck.notes) for t, s in said[:first] if s is None)
            return
        others = " ".join(rest)
        subtitle = short(others, 200) if len(others) <= 200 else ""
        if len(stats) == 1:
            slide = Slide(
                layout="big_number",
                title=deck.slide_title(),
                subtitle=subtitle,
                number=stats[0].value,
                number_label=stats[0].label,
                notes=text,
            )
        else:
            slide = Slide(
                layout="stats", title=deck.slide_title(), subtitle=subtitle, stats=stats, notes=text
            )
        deck.add(slide)
        if others and not subtitle:
            deck.bullets.extend(_bullet(s, deck.notes) for s in rest)
        return
    deck.paragraphs = (
        deck.paragraphs + 1 if (deck.paragraphs >= 0 and deck.bullets) or not deck.bullets else -1
    )
    deck.bullets.extend(_bullet(s, deck.notes) for s in sentences(text))


def markdown_to_slides(md: str, title: str | None = None, *, lang: str | None = None) -> SlidesPlan:
    """Slides from a markdown answer, each slide's layout chosen by its content (see the module
    docstring). Raises ValueError on empty markdown.
    `lang`: the language of the texts computed around the user's (answer, alt text, default titles);
    by default the markdown's own (`lang_of`)."""
    nodes = parse(md)
    if not nodes:
        raise ValueError("the markdown has no content")
    lang = lang or lang_of(md)
    deck_title, rest = document_title(nodes, title, md)
    deck_title = deck_title or tr(lang, "overview")  # a list with no name is not titled by its first item
    subtitle = ""
    if rest and isinstance(rest[0], Para) and len(rest[0].inline.text) <= 160:
        first = rest[0].inline
        if not paragraph_stats(first)[0] or facts_line(first.text):
            subtitle = rest.pop(0).inline.text
    deck = _Deck(lang)
    deck.default = deck_title
    sources: list[str] = []
    units = group_pairs(rest)
    for idx, node in enumerate(units):
        if isinstance(node, Heading):
            nxt = units[idx + 1] if idx + 1 < len(units) else None
            deck.set_title(node.inline.text)
            if isinstance(nxt, Heading) and nxt.level > node.level:
                deck.add(Slide(layout="section", title=short(node.inline.text, TITLE_CHARS)))
        elif isinstance(node, Pairs):
            # sections merged into one table are named by what they compare, not by the heading before them
            title = short(node.heading, TITLE_CHARS) if node.heading else deck.slide_title()
            deck.add(Slide(layout="table", title=title, columns=node.header, rows=node.rows))
        elif isinstance(node, Sides):
            deck.add(
                Slide(
                    layout="two_column",
                    title=deck.slide_title(),
                    left_title=short(node.left_title, 80),
                    bullets=[_bullet(t, deck.notes) for t in node.left],
                    right_title=short(node.right_title, 80),
                    right_bullets=[_bullet(t, deck.notes) for t in node.right],
                )
            )
        elif isinstance(node, Para):
            if SOURCE.match(node.inline.text):
                sources.append(node.inline.text)
                continue
            _paragraph(node, deck)
        elif isinstance(node, ListBlock):
            _list(node, deck)
        elif isinstance(node, Table):
            _table(node, deck)
        elif isinstance(node, Quote):
            if node.text:
                deck.add(
                    Slide(
                        layout="quote",
                        title=short(deck.title, TITLE_CHARS),
                        quote=short(node.text, 600),
                        attribution=short(node.attribution, 120),
                        notes=node.text if len(node.text) > 600 else "",
                    )
                )
        elif isinstance(node, Code):
            deck.code.append(node.text)
    deck.end_section()
    deck.flush()
    if not deck.emitted_for_title and deck.title:
        deck.slides.append(Slide(layout="section", title=short(deck.title, TITLE_CHARS)))
    if deck.notes and deck.slides:  # code at the very end of a section that showed nothing else
        last = deck.slides[-1]
        deck.slides[-1] = last.model_copy(update={"notes": "\n\n".join([last.notes, *deck.notes]).strip()})
    slides = _short_titles(deck.slides, lang)
    if len(slides) > MAX_SLIDES:  # said, not silently dropped
        dropped = slides[MAX_SLIDES - 1 :]
        said = "\n\n".join(f"{s.title}: " + "; ".join(s.bullets) for s in dropped)
        slides = [
            *slides[: MAX_SLIDES - 1],
            Slide(
                layout="bullets",
                title="More",
                bullets=[f"{len(dropped)} more slides did not fit a 100-slide deck: see the notes"],
                notes=said,
            ),
        ]
    if not slides:
        points = [p for p in sentences(subtitle)][:MAX_BULLETS] if subtitle else [deck_title]
        slides = [Slide(layout="bullets", title=deck_title, bullets=points)]
        subtitle = ""
    if sources:  # sources are said, not shown as a bullet: they go to the last slide's notes
        last = slides[-1]
        slides[-1] = last.model_copy(update={"notes": (last.notes + "\n\n" + "\n".join(sources)).strip()})
    titles = [s.title for s in slides if s.title]
    if set(titles) <= {deck_title}:  # slides named only after the deck: the answer names their points
        points = (b.lstrip("–-•· ").rstrip(" .。!！") for s in slides for b in s.bullets if b != deck_title)
        titles = [p for p in points if p] or titles
    listed = ", ".join(dict.fromkeys(titles[:6]))
    t = template(lang)
    answer = t["md_deck"].format(n=len(slides), title=deck_title) + (
        t["md_deck_list"].format(listed=listed) if listed else t["md_deck_end"]
    )
    return SlidesPlan(
        title=deck_title,
        subtitle=short(subtitle, 200),
        slides=slides,
        answer=answer,
        alt_text=short(
            t["md_deck_alt"].format(title=deck_title, n=len(slides))
            + (t["md_deck_alt_list"].format(listed=listed) if listed else ""),
            600,
        ),
    )

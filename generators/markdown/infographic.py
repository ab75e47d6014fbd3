"""Markdown answers as infographics, each block chosen by what its part of the answer is
(`generators.markdown.content`).

Headline figures become stat cards (each with the label of its own sentence; figures pulled from
different sections share a row without borrowing one section's heading); dated items a timeline;
ordered lists steps; term–explanation pairs, FAQs and text tables a table kept as written; a table
of one comparable series a chart (shares of a whole a pie); two short text columns or "X vs Y"
sections a comparison; task lists and other bullets a checklist; blockquotes a callout; prose a
text block; "Source:" the footer. A block carries its section's heading once. What the page does not
show (code, blocks beyond the page limit) is named in the
notes, with its text, so nothing disappears silently.
"""

from __future__ import annotations

import re
from typing import Any

from generators.markdown.chart import comparable, table_chart
from generators.markdown.content import (
    Pairs,
    Sides,
    classify_list,
    group_pairs,
    item_stat,
    paragraph_stats,
    table_kind,
    table_text,
)
from generators.markdown.diagram import list_tree
from generators.markdown.parse import (
    SOURCE,
    VS,
    Code,
    Heading,
    ListBlock,
    Para,
    Quote,
    Table,
    clip_columns,
    document_title,
    flat_items,
    parse,
    sentences,
)
from generators.rules.templates import block_name, template, tr
from generators.rules.words import lang_of, short
from render.plan import (
    CalloutBlock,
    ChartPlan,
    ChecklistBlock,
    ComparisonBlock,
    InfographicPlan,
    Series,
    Stat,
    StatsBlock,
    StepsBlock,
    TableBlock,
    TextBlock,
    TimelineBlock,
    VisualBlock,
)

KEY_STATS = 6
MAX_BLOCKS = 24
CHECKLIST = 16
EVENTS = 16
STEPS = 12
TREE_NODES = 40


class _Page:
    """The blocks in reading order, the key figures, and what is said in the notes instead."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.blocks: list[Any] = []
        self.stats: list[Stat] = []
        self.stats_at: int | None = None
        self.stats_sections: set[str] = set()
        self.heading = ""
        self.heading_used = True
        self.prose: list[str] = []
        self.notes: list[str] = []
        self.empty: list[str] = []
        self.untitled: list[str] = []
        """Headings whose content is on the page in a block that carries no heading (a callout)."""

    def set_heading(self, text: str) -> None:
        self.flush()
        if not self.heading_used and self.heading:
            self.empty.append(self.heading)
        self.heading, self.heading_used = text, False

    def title(self) -> str:
        """The section heading for the section's first block only: never a heading twice."""
        if self.heading_used:
            return ""
        self.heading_used = True
        return self.heading

    def add(self, block: Any) -> None:
        self.flush()
        if "title" not in type(block).model_fields and not self.heading_used and self.heading:
            self.untitled.append(self.heading)
            self.heading_used = True
        self.blocks.append(block)

    def add_stat(self, stat: Stat) -> bool:
        if len(self.stats) >= KEY_STATS or any(
            s.value == stat.value and s.label == stat.label for s in self.stats
        ):
            return False
        if self.stats_at is None:
            self.flush()
            self.stats_at = len(self.blocks)
        self.stats.append(stat)
        self.stats_sections.add(self.heading)
        self.heading_used = self.heading_used or (
            len(self.stats_sections) == 1 and self.stats_at == len(self.blocks)
        )
        return True

    def flush(self) -> None:
        if self.prose:
            self.blocks.append(TextBlock(title=self.title(), paragraphs=self.prose[:12]))
            if len(self.prose) > 12:
                self.blocks.append(TextBlock(paragraphs=self.prose[12:24]))
            self.prose = []


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def _list(node: ListBlock, page: _Page, vs_state: dict[str, Any]) -> None:
    flat = flat_items(node)
    items = [it for _, it in flat]
    texts = [it.inline.text for it in items if it.inline.text]
    if not texts:
        return
    if _vs_side(node, texts, page, vs_state):
        return
    kind = classify_list(node)
    if kind.kind == "timeline":
        for k, part in enumerate(_chunks(kind.events, EVENTS)):
            page.add(TimelineBlock(title=page.title() if not k else "", events=part))
        return
    if kind.kind == "stats":
        page.add(StatsBlock(title=page.title(), items=kind.stats[:12]))
        for part in _chunks(kind.stats[12:], 12) if len(kind.stats) > 12 else []:
            page.add(StatsBlock(items=part))
        return
    if kind.kind == "ranked":
        unit = kind.ranked[0][2]
        title = page.title()
        chart = ChartPlan(
            chart_type="horizontal_bar",
            unit=unit,
            categories=[lb for lb, _, _ in kind.ranked],
            series=[
                Series(
                    name=short(title or page.heading, 80) or "value", values=[v for _, v, _ in kind.ranked]
                )
            ],
        )
        page.add(VisualBlock(title=title, visual=chart))
        page.notes.append(f"The chart{' “' + title + '”' if title else ''}, as numbers: " + "; ".join(texts))
        return
    if kind.kind == "pairs":
        page.add(TableBlock(title=page.title(), rows=kind.rows))
        return
    if kind.kind == "steps":
        for k, part in enumerate(_chunks(kind.steps, STEPS)):
            page.add(StepsBlock(title=page.title() if not k else "", items=part))
        return
    depth_of = {id(it): d for d, it in flat}
    if max(depth_of.values()) >= 2 and len(items) <= TREE_NODES:  # a hierarchy: drawn as one
        tree = list_tree(node, page.heading, page.lang)
        page.add(VisualBlock(title=page.title(), visual=tree))
        return
    leftover: list[str] = []
    unordered = not node.ordered and all(d == 0 for d, _ in flat)
    stats = [
        item_stat(it.inline.text, it.inline.bold, it.inline.code) if it.checked is None else None
        for it in items
    ]
    pull = unordered and sum(1 for s in stats if s) * 2 >= len(items)
    for it, stat in zip(items, stats, strict=True):
        if pull and stat is not None and page.add_stat(stat):
            continue
        if it.inline.text:
            leftover.append(("– " * min(depth_of[id(it)], 4)) + it.inline.text)
    for k, part in enumerate(_chunks(leftover, CHECKLIST) if leftover else []):
        page.add(ChecklistBlock(title=page.title() if not k else "", items=part))


def _vs_side(node: ListBlock, texts: list[str], page: _Page, state: dict[str, Any]) -> bool:
    """Lists under "X vs Y": each side's list, by its heading or in order, becomes one comparison."""
    vs = state.get("vs")
    if vs is None:
        return False
    sides: dict[str, list[str]] = state.setdefault("sides", {})
    heading = page.heading
    if heading:
        open_sides = [s for s in vs if s not in sides]
        key = next((s for s in open_sides if s.casefold() == heading.casefold()), None) or next(
            (s for s in open_sides if s.lower() in heading.lower() or heading.lower() in s.lower()), None
        )
        if key is not None:
            sides[key] = texts
            page.heading_used = True
            if len(sides) == 2:
                page.add(_comparison(vs, sides[vs[0]], sides[vs[1]]))
                state["vs"] = None
            return True
    lists: list[list[str]] = state.setdefault("lists", [])
    if not node.ordered and len(lists) < 2 and not sides:
        lists.append(texts)
        if len(lists) == 2:
            page.add(_comparison(vs, lists[0], lists[1], title=page.title()))
            state["vs"] = None
        return True
    return False


def _comparison(vs: tuple[str, str], left: list[str], right: list[str], title: str = "") -> ComparisonBlock:
    return ComparisonBlock(
        title=title,
        left_title=short(vs[0], 80),
        left_items=left[:12],
        right_title=short(vs[1], 80),
        right_items=right[:12],
    )


def _table(node: Table, page: _Page) -> None:
    node, left_out = clip_columns(node)
    if left_out:
        page.notes.append(left_out)
    chart = table_chart(node, page.heading) if comparable(node) else None
    kind = table_kind(node, chart is not None)
    title = page.title()
    if kind == "chart" and chart is not None:
        values = chart.series[0].values
        if len(node.header) == 2 and len(node.rows) <= 6 and chart.chart_type != "pie":
            page.add(
                StatsBlock(
                    title=title, items=[Stat(value=r[1], label=r[0]) for r in node.rows if r[1].strip()]
                )
            )
            return
        chart = chart.model_copy(update={"title": "", "answer": "", "alt_text": chart.alt_text})
        if chart.chart_type == "pie" and sum(v or 0 for v in values) < 95:
            chart = chart.model_copy(update={"chart_type": "bar"})
        page.add(VisualBlock(title=title, visual=chart))
        page.notes.append(f"The chart{' “' + title + '”' if title else ''}, as numbers:\n{table_text(node)}")
    elif kind == "two_column":
        page.add(
            ComparisonBlock(
                title=title,
                left_title=short(node.header[0] or "A", 80),
                left_items=[r[0] for r in node.rows if r[0]][:12],
                right_title=short(node.header[1] or "B", 80),
                right_items=[r[1] for r in node.rows if r[1]][:12],
            )
        )
    elif node.rows:
        for k, part in enumerate(_chunks(node.rows, 40)):
            page.add(TableBlock(title=title if not k else "", columns=node.header[:12], rows=part))


def markdown_to_infographic(md: str, title: str | None = None, *, lang: str | None = None) -> InfographicPlan:
    """An infographic from a markdown answer, each block chosen by its content (see the module
    docstring). Raises ValueError when the markdown has no content.
    `lang`: the language of the texts computed around the user's (answer, alt text, default titles);
    by default the markdown's own (`lang_of`)."""
    nodes = parse(md)
    if not nodes:
        raise ValueError("the markdown has no content")
    lang = lang or lang_of(md)
    info_title, rest = document_title(nodes, title, md)
    info_title = info_title or tr(lang, "overview")  # a list with no name is not titled by its first item
    page = _Page(lang)
    subtitle = ""
    footer: list[str] = []
    state: dict[str, Any] = {"vs": None}
    m = VS.match(info_title)
    if m:
        state["vs"] = (m.group(1).strip(), m.group(2).strip())
    for idx, node in enumerate(group_pairs(rest)):
        if isinstance(node, Heading):
            page.set_heading(node.inline.text)
            hm = VS.match(node.inline.text)
            if hm:
                state.update(vs=(hm.group(1).strip(), hm.group(2).strip()), sides={}, lists=[])
        elif isinstance(node, Pairs):
            page.add(TableBlock(title=node.heading or page.title(), columns=node.header, rows=node.rows))
        elif isinstance(node, Sides):
            page.add(_comparison((node.left_title, node.right_title), node.left, node.right, page.title()))
        elif isinstance(node, Para):
            text = node.inline.text
            if SOURCE.match(text):
                footer.append(text)
                continue
            stats, others = paragraph_stats(node.inline)
            if idx == 0 and not subtitle and len(text) <= 160 and not stats:
                subtitle = text
                continue
            if stats and len(stats) + len(others) <= 4:
                kept = [s for s in stats if page.add_stat(s)]
                others = others + [f"{s.value} — {s.label}" for s in stats if s not in kept]
                page.prose.extend([" ".join(others)] if others else [])
            else:
                page.prose.append(text)
        elif isinstance(node, ListBlock):
            _list(node, page, state)
        elif isinstance(node, Table):
            _table(node, page)
        elif isinstance(node, Quote) and node.text:
            page.add(CalloutBlock(text=node.text, attribution=short(node.attribution, 120)))
        elif isinstance(node, Code):
            where = f" under “{page.heading}”" if page.heading else ""
            page.notes.append(f"Code{where}, not drawn on the page:\n{node.text}")
    page.flush()
    if not page.heading_used and page.heading:
        page.empty.append(page.heading)
    blocks = page.blocks
    if page.stats:
        single = len(page.stats_sections) == 1
        heading = next(iter(page.stats_sections)) if single else ""
        blocks.insert(page.stats_at or 0, StatsBlock(title=short(heading, 200), items=page.stats))
    if blocks and all(isinstance(b, TextBlock) for b in blocks):
        said = [s for b in blocks for p in b.paragraphs for s in sentences(p)]
        if len(said) <= 2:  # a thought or two: one key message
            blocks = [CalloutBlock(text=" ".join(said))]
    if not blocks and subtitle:
        blocks.append(CalloutBlock(text=subtitle))
        subtitle = ""
    if not blocks:
        blocks.append(CalloutBlock(text=info_title))
    notes = list(page.notes)
    if page.empty:
        notes.append("Headings with nothing under them: " + "; ".join(page.empty))
    if page.untitled:
        notes.append("Shown without their section heading: " + "; ".join(page.untitled))
    if len(blocks) > MAX_BLOCKS:
        extra = blocks[MAX_BLOCKS:]
        blocks = blocks[:MAX_BLOCKS]
        notes.append(
            f"{len(extra)} more blocks did not fit the {MAX_BLOCKS}-block limit: "
            + " | ".join(_describe(b) for b in extra)
        )
    kinds = [block_name(lang, b.type) for b in blocks]
    t = template(lang)
    answer = t["md_info"].format(title=info_title, kinds=t["list_sep"].join(kinds))
    shown = [s for b in blocks if isinstance(b, StatsBlock) for s in b.items]
    if shown:
        answer += t["key_numbers"].format(items="; ".join(f"{s.value} {s.label}".strip() for s in shown[:4]))
    return InfographicPlan(
        title=info_title,
        subtitle=short(subtitle, 300),
        blocks=blocks,
        footer=short(" · ".join(footer), 600),
        notes="\n\n".join(notes),
        answer=answer,
        alt_text=short(t["info_alt"].format(title=info_title, types=t["list_sep"].join(kinds)), 600),
    )


def _describe(block: Any) -> str:
    """A block's words, for the notes when it cannot be shown."""
    parts = [getattr(block, "title", "")]
    data = block.model_dump()
    for value in data.values():
        if isinstance(value, list):
            parts.extend(re.sub(r"[{}\[\]']", "", str(v)) for v in value)
        elif isinstance(value, str) and value not in parts:
            parts.append(value)
    return " ".join(p for p in parts if p)

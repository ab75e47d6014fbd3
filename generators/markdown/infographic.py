"""Markdown answers as infographics: stats from numeric facts, steps from ordered lists, a timeline from
dated items, a comparison from two columns or "X vs Y" sections, a checklist, a callout, a footer."""

from __future__ import annotations

from typing import Any

from generators.markdown.chart import table_chart
from generators.markdown.parse import (
    DATE_LEAD,
    SOURCE,
    VS,
    Heading,
    ListBlock,
    Para,
    Quote,
    Table,
    document_title,
    flat_items,
    parse,
    sentences,
    split_title,
    stat_of,
)
from generators.rules.numbers import fmt_number
from generators.rules.words import lang_of, short
from render.plan import (
    CalloutBlock,
    ChecklistBlock,
    ComparisonBlock,
    Event,
    InfographicPlan,
    Stat,
    StatsBlock,
    Step,
    StepsBlock,
    TimelineBlock,
)


def markdown_to_infographic(md: str, title: str | None = None) -> InfographicPlan:
    """An infographic from a markdown answer: stats from numeric facts, steps from ordered lists,
    a timeline from dated items, a comparison from a two-column table or 'X vs Y' sections, a
    checklist from bullets or task lists, a callout from a blockquote, the footer from 'Source:'.
    Raises ValueError when the markdown has no content."""
    nodes = parse(md)
    if not nodes:
        raise ValueError("the markdown has no content")
    lang = lang_of(md)
    info_title, rest = document_title(nodes, title, md)
    subtitle = ""
    footer = ""
    blocks: list[Any] = []
    stats: list[Stat] = []
    stats_at: int | None = None
    stats_title = ""
    paragraphs: list[str] = []
    heading = ""
    vs: tuple[str, str] | None = None
    m = VS.match(info_title)
    if m:
        vs = (m.group(1).strip(), m.group(2).strip())
    sides: dict[str, list[str]] = {}
    side_lists: list[list[str]] = []

    def add_stat(stat: Stat) -> None:
        nonlocal stats_at, stats_title
        if len(stats) >= 6 or any(s.value == stat.value and s.label == stat.label for s in stats):
            return
        if stats_at is None:
            stats_at = len(blocks)
            stats_title = heading
        stats.append(stat)

    for idx, node in enumerate(rest):
        if isinstance(node, Heading):
            heading = node.inline.text
            hm = VS.match(heading)
            if hm:
                vs = (hm.group(1).strip(), hm.group(2).strip())
                sides, side_lists = {}, []
        elif isinstance(node, Para):
            text = node.inline.text
            src = SOURCE.match(text)
            if src:
                footer = short(text, 300)
                continue
            if idx == 0 and not subtitle and len(text) <= 160 and stat_of(node.inline) is None:
                subtitle = text
                continue
            stat = stat_of(node.inline)
            if stat is not None:
                add_stat(stat)
            else:
                paragraphs.append(text)
        elif isinstance(node, ListBlock):
            items = [it for _, it in flat_items(node)]
            texts = [it.inline.text for it in items if it.inline.text]
            if not texts:
                continue
            if vs is not None and heading:
                open_sides = [s for s in vs if s not in sides]
                key = next((s for s in open_sides if s.casefold() == heading.casefold()), None) or next(
                    (s for s in open_sides if s.lower() in heading.lower() or heading.lower() in s.lower()),
                    None,
                )
                if key is not None:
                    sides[key] = texts
                    if len(sides) == 2:
                        blocks.append(
                            ComparisonBlock(
                                left_title=short(vs[0], 80),
                                left_items=[short(t, 150) for t in sides[vs[0]][:12]],
                                right_title=short(vs[1], 80),
                                right_items=[short(t, 150) for t in sides[vs[1]][:12]],
                            )
                        )
                        vs = None
                    continue
            if vs is not None and not node.ordered and len(side_lists) < 2 and not sides:
                side_lists.append(texts)
                if len(side_lists) == 2:
                    blocks.append(
                        ComparisonBlock(
                            left_title=short(vs[0], 80),
                            left_items=[short(t, 150) for t in side_lists[0][:12]],
                            right_title=short(vs[1], 80),
                            right_items=[short(t, 150) for t in side_lists[1][:12]],
                        )
                    )
                    vs = None
                continue
            dated = [DATE_LEAD.match(t) for t in texts]
            if len(texts) >= 2 and all(dated):
                events = [
                    Event(
                        date=short(d.group("date"), 40),
                        title=split_title(d.group("rest"))[0][:80],
                        text=short(split_title(d.group("rest"))[1], 200),
                    )
                    for d in dated[:16]
                    if d
                ]
                blocks.append(TimelineBlock(title=short(heading, 80), events=events))
                continue
            if node.ordered:
                steps = []
                for t in texts[:12]:
                    head, detail = split_title(t)
                    steps.append(Step(title=short(head, 80), text=short(detail, 200)))
                blocks.append(StepsBlock(title=short(heading, 80), items=steps))
                continue
            leftover: list[str] = []
            for it in items:
                stat = stat_of(it.inline) if it.checked is None else None
                if stat is not None and len(stats) < 6:
                    add_stat(stat)
                elif it.inline.text:
                    leftover.append(it.inline.text)
            if leftover:
                blocks.append(
                    ChecklistBlock(title=short(heading, 80), items=[short(t, 150) for t in leftover[:16]])
                )
        elif isinstance(node, Table):
            chartable = table_chart(node)
            if len(node.header) == 2 and chartable is None and node.rows:
                blocks.append(
                    ComparisonBlock(
                        title=short(heading, 80),
                        left_title=short(node.header[0] or "A", 80),
                        left_items=[short(r[0], 150) for r in node.rows if r[0]][:12],
                        right_title=short(node.header[1] or "B", 80),
                        right_items=[short(r[1], 150) for r in node.rows if r[1]][:12],
                    )
                )
            elif len(node.header) == 3 and chartable is None and node.rows:
                blocks.append(
                    ComparisonBlock(
                        title=short(heading or node.header[0], 80),
                        left_title=short(node.header[1] or "A", 80),
                        left_items=[short(f"{r[0]}: {r[1]}", 150) for r in node.rows if r[1]][:12],
                        right_title=short(node.header[2] or "B", 80),
                        right_items=[short(f"{r[0]}: {r[2]}", 150) for r in node.rows if r[2]][:12],
                    )
                )
            elif chartable is not None and len(node.header) == 2 and len(node.rows) <= 6:
                s = chartable.series[0]
                for cat, v in list(zip(chartable.categories, s.values, strict=True))[:6]:
                    if v is not None:
                        unit = chartable.unit
                        add_stat(
                            Stat(
                                value=fmt_number(v) + ("%" if unit == "%" else ""), label=short(f"{cat}", 60)
                            )
                        )
        elif isinstance(node, Quote) and node.text:
            blocks.append(CalloutBlock(text=short(node.text, 600), attribution=short(node.attribution, 120)))
    if stats:
        blocks.insert(stats_at or 0, StatsBlock(title=short(stats_title, 80), items=stats))
    if not blocks and paragraphs:
        first = sentences(paragraphs[0])
        if len(paragraphs) + len(first) >= 3:
            points = [s for p in paragraphs for s in sentences(p)][:8]
            blocks.append(ChecklistBlock(items=[short(p, 150) for p in points]))
        else:
            blocks.append(CalloutBlock(text=short(paragraphs[0], 600)))
    if not blocks and subtitle:
        blocks.append(CalloutBlock(text=short(subtitle, 600)))
        subtitle = ""
    if not blocks:
        blocks.append(CalloutBlock(text=info_title))
    blocks = blocks[:12]
    kinds = [b.type for b in blocks]
    answer = (
        f"An infographic on “{info_title}” with " + ", ".join(kinds) + " blocks."
        if lang == "en"
        else f"关于“{info_title}”的信息图，包含：" + "、".join(kinds) + "。"
    )
    if stats:
        answer += " Key numbers: " + "; ".join(f"{s.value} {s.label}".strip() for s in stats[:4]) + "."
    return InfographicPlan(
        title=info_title,
        subtitle=short(subtitle, 200),
        blocks=blocks,
        footer=footer,
        answer=answer,
        alt_text=short(f"Infographic “{info_title}”: " + ", ".join(kinds) + ".", 600),
    )

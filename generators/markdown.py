"""Markdown answers → slides, infographics and diagrams, from markdown-it-py tokens.

The structure an author already wrote is the plan: headings become slide titles, lists become
bullets or steps, tables become charts, bold numbers become stat cards, blockquotes become quotes.
Nothing is invented, so the offline result is faithful to the answer it was given.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from generators.rules import (
    _cap,
    find_numbers,
    fmt_number,
    lang_of,
    parse_number,
    short,
)
from render.plan import (
    CalloutBlock,
    ChartPlan,
    ChecklistBlock,
    ComparisonBlock,
    DiagramEdge,
    DiagramNode,
    DiagramPlan,
    Event,
    InfographicPlan,
    Series,
    Slide,
    SlidesPlan,
    Stat,
    StatsBlock,
    Step,
    StepsBlock,
    TimelineBlock,
)

MAX_BULLETS = 6
BULLET_CHARS = 180
NODE_CHARS = 60
MAX_SLIDES = 100

# ------------------------------------------------------------------------------------------ document


@dataclass
class Inline:
    """Inline text flattened to plain text, with the bold spans kept (they mark key numbers)."""

    text: str
    bold: list[str] = field(default_factory=list)


@dataclass
class Heading:
    level: int
    inline: Inline


@dataclass
class Para:
    inline: Inline


@dataclass
class Item:
    inline: Inline
    children: list[Any] = field(default_factory=list)
    checked: bool | None = None


@dataclass
class ListBlock:
    ordered: bool
    items: list[Item]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


@dataclass
class Quote:
    text: str
    attribution: str = ""


@dataclass
class Code:
    text: str


Node = Heading | Para | ListBlock | Table | Quote | Code


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _inline(token: Any) -> Inline:
    parts: list[str] = []
    bold: list[str] = []
    depth = 0
    current: list[str] = []
    for child in token.children or []:
        t = child.type
        if t in ("text", "code_inline", "html_inline"):
            content = child.content if t != "html_inline" else ""
            parts.append(content)
            if depth:
                current.append(content)
        elif t in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif t == "image":
            parts.append(child.content or "")
        elif t == "strong_open":
            depth += 1
            current = []
        elif t == "strong_close":
            depth = max(0, depth - 1)
            if "".join(current).strip():
                bold.append("".join(current).strip())
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    return Inline(text, bold)


def _blocks(tokens: list[Any], i: int, stop: str | None) -> tuple[list[Node], int]:
    out: list[Node] = []
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if stop and t == stop:
            return out, i + 1
        if t == "heading_open":
            out.append(Heading(int(tok.tag[1]), _inline(tokens[i + 1])))
            i += 3
        elif t == "paragraph_open":
            inline = _inline(tokens[i + 1])
            if inline.text:
                out.append(Para(inline))
            i += 3
        elif t in ("bullet_list_open", "ordered_list_open"):
            close = t.replace("_open", "_close")
            items: list[Item] = []
            i += 1
            while i < len(tokens) and tokens[i].type != close:
                if tokens[i].type == "list_item_open":
                    children, i = _blocks(tokens, i + 1, "list_item_close")
                    items.append(_item(children))
                else:
                    i += 1
            i += 1
            out.append(ListBlock(t.startswith("ordered"), items))
        elif t == "blockquote_open":
            children, i = _blocks(tokens, i + 1, "blockquote_close")
            out.append(_quote(children))
        elif t == "table_open":
            table, i = _table(tokens, i + 1)
            out.append(table)
        elif t in ("fence", "code_block"):
            out.append(Code(tok.content.rstrip()))
            i += 1
        elif t == "html_block":
            text = re.sub(r"<[^>]+>", " ", tok.content).strip()
            if text:
                out.append(Para(Inline(re.sub(r"\s+", " ", text))))
            i += 1
        else:
            i += 1
    return out, i


def _item(children: list[Node]) -> Item:
    if children and isinstance(children[0], Para):
        inline, rest = children[0].inline, children[1:]
    else:
        inline, rest = Inline(""), children
    checked = None
    m = re.match(r"^\[([ xX])\]\s*", inline.text)
    if m:
        checked = m.group(1) != " "
        inline = Inline(inline.text[m.end() :], inline.bold)
    return Item(inline, list(rest), checked)


def _quote(children: list[Node]) -> Quote:
    lines: list[str] = []
    for c in children:
        if isinstance(c, Para):
            lines.append(c.inline.text)
        elif isinstance(c, ListBlock):
            lines.extend(it.inline.text for it in c.items)
        elif isinstance(c, Heading):
            lines.append(c.inline.text)
    text = " ".join(lines).strip()
    attribution = ""
    m = re.search(r"(?:^|\s)(?:—|–|--|~|―)\s*([^—–~]{2,80})$", text)
    if m:
        attribution = m.group(1).strip()
        text = text[: m.start()].strip()
    return Quote(text.strip(' "“”'), attribution)


def _table(tokens: list[Any], i: int) -> tuple[Table, int]:
    header: list[str] = []
    rows: list[list[str]] = []
    row: list[str] = []
    in_head = False
    while i < len(tokens) and tokens[i].type != "table_close":
        t = tokens[i].type
        if t == "thead_open":
            in_head = True
        elif t == "thead_close":
            in_head = False
        elif t == "tr_open":
            row = []
        elif t == "tr_close":
            if in_head:
                header = row
            else:
                rows.append(row)
        elif t == "inline":
            row.append(_inline(tokens[i]).text)
        i += 1
    width = len(header)
    rows = [(r + [""] * width)[:width] for r in rows]
    return Table(header, rows), i + 1


def parse(md: str) -> list[Node]:
    """The markdown as a list of block nodes (headings, paragraphs, lists, tables, quotes, code)."""
    tokens = _parser().parse(md or "")
    nodes, _ = _blocks(tokens, 0, None)
    return nodes


# ------------------------------------------------------------------------------------------- helpers

_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+(?=[A-Z0-9\"“\u4e00-\u9fff])|(?<=[。！？])")
_SOURCE = re.compile(r"^\s*(?:sources?|data|fuente|quelle|来源|数据来源|资料来源|出典)\s*[:：]\s*(.+)$", re.I)
_VS = re.compile(r"^(.{1,60}?)\s+(?:vs\.?|versus|v\.s\.|对比|对阵|與|与|和)\s+(.{1,60})$", re.I)
_DATE_LEAD = re.compile(
    r"^\s*(?P<date>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:1[5-9]|20)\d\d(?:s|年代)?"
    r"(?:年(?:\d{1,2}月)?)?|(?:1[5-9]|20)\d\d[-/]\d{1,2}(?:[-/]\d{1,2})?)\s*(?:[:：\-–—)]\s*|\s+)(?P<rest>.+)$",
    re.I,
)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (English and CJK punctuation)."""
    parts = [p.strip() for p in _SENTENCE.split(text or "") if p and p.strip()]
    return parts or ([text.strip()] if text and text.strip() else [])


def _node_label(text: str) -> str:
    """A few words for a node: the part before a colon or dash when the item is long."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > NODE_CHARS:
        head = re.split(r"\s*(?::|：| — | – | - |\. )\s*", text, maxsplit=1)[0]
        if 2 <= len(head) <= NODE_CHARS:
            return head
    return short(text, NODE_CHARS)


def _split_title(text: str) -> tuple[str, str]:
    """'Plan: agree the scope' → ('Plan', 'agree the scope'); a step's short name and its detail."""
    m = re.match(r"^(.{1,60}?)\s*(?::|：| — | – | - )\s*(.+)$", text)
    if m:
        return m.group(1).strip(" *"), m.group(2).strip()
    first = sentences(text)
    if len(text) <= 60:
        return text, ""
    if first and len(first[0]) <= 60:
        return first[0].rstrip("."), text[len(first[0]) :].strip()
    words = text.split()
    return " ".join(words[:6]) + "…", text


def _stat(inline: Inline) -> Stat | None:
    """A numeric fact as a stat card: '**42%** of users…' or '3 million downloads in a week'."""
    text = inline.text
    if len(text) > 220 or not re.search(r"\d", text):
        return None
    for b in inline.bold:
        if re.search(r"\d", b) and len(b) <= 24:
            rest = text.replace(b, " ", 1)
            return Stat(value=b, label=_stat_label(rest))
    for n in find_numbers(text):
        if n.is_year:
            continue
        strong = n.pct or n.mag or n.currency or re.match(r"\s*(?:x|×|times)\b", text[n.end :], re.I)
        after = text[n.end :]
        if not strong and not (n.value >= 2 and re.match(r"\s+[A-Za-z\u4e00-\u9fff]", after)):
            continue
        if re.search(r"(?:step|phase|stage|chapter|part|version|v|no\.?|#|第)\s*$", text[: n.start], re.I):
            continue
        value = n.text
        if re.match(r"\s*(?:x|×)(?![A-Za-z])", after):
            value += "×"
        label = _stat_label(text[: n.start] + " " + after)
        if label:
            return Stat(value=short(value, 24), label=label)
    return None


def _stat_label(text: str) -> str:
    text = re.sub(r"\*\*|__", "", text)
    text = re.sub(r"^\s*(?:×|x(?![A-Za-z])|times)\s*", "", text)
    text = re.sub(r"\s+", " ", text).strip(" :：,，.;-–—()")
    text = re.sub(r"^(?:of|in|for|are|were|is|was|have|has|more|the)\s+", "", text, flags=re.I)
    words = text.split()
    if len(words) > 9:
        text = " ".join(words[:9]) + "…"
    return short(text, 80)


def _is_numeric_col(values: list[str]) -> bool:
    cells = [v for v in values if v.strip() and v.strip() not in ("-", "–", "n/a", "N/A")]
    return bool(cells) and all(parse_number(v) is not None for v in cells)


def table_chart(table: Table, title: str = "") -> ChartPlan | None:
    """An inline chart from a markdown table: first text column → categories, numeric columns → series."""
    if len(table.rows) < 2 or len(table.header) < 2:
        return None
    cols = list(zip(*table.rows, strict=True)) if table.rows else []
    numeric = [j for j in range(len(table.header)) if _is_numeric_col(list(cols[j]))]
    label_cols = [j for j in range(len(table.header)) if j not in numeric]
    if not numeric:
        return None
    label_col = label_cols[0] if label_cols else None
    if label_col is None:
        if len(numeric) < 2:
            return None
        label_col, numeric = numeric[0], numeric[1:]
    numeric = numeric[:8]
    cats = [short(r[label_col] or f"Row {i + 1}", 80) for i, r in enumerate(table.rows)]
    series: list[Series] = []
    units: list[str] = []
    for j in numeric:
        vals: list[float | None] = []
        for r in table.rows:
            parsed = parse_number(r[j]) if r[j].strip() else None
            vals.append(parsed[0] if parsed else None)
            if parsed and parsed[1]:
                units.append(parsed[1])
        series.append(Series(name=short(table.header[j] or f"Column {j + 1}", 80), values=vals))
    if not any(v is not None for s in series for v in s.values):
        return None
    unit = max(set(units), key=units.count) if units else ""
    from generators.rules import _time_axis

    time_like = bool(_time_axis(cats)) or bool(
        re.search(r"year|date|month|quarter|年|月|季度", table.header[label_col], re.I)
    )
    if time_like:
        ctype = "line"
    elif len(series) > 1:
        ctype = "grouped_bar"
    elif unit == "%" and 95 <= sum(v or 0 for v in series[0].values) <= 105 and len(cats) <= 8:
        ctype = "pie"
    elif max(len(c) for c in cats) > 16 or len(cats) > 10:
        ctype = "horizontal_bar"
    else:
        ctype = "bar"
    if ctype == "pie" and any((v or 0) < 0 for v in series[0].values):
        ctype = "bar"
    first = series[0]
    known = [(c, v) for c, v in zip(cats, first.values, strict=True) if v is not None]
    top = max(known, key=lambda cv: cv[1])
    low = min(known, key=lambda cv: cv[1])
    u = "%" if unit == "%" else ""
    answer = (
        f"**{top[0]}** has the highest {first.name.lower()} (**{fmt_number(top[1])}{u}**); "
        f"**{low[0]}** the lowest ({fmt_number(low[1])}{u})."
    )
    chart_title = title or f"{first.name} by {table.header[label_col].lower() or 'category'}"
    return ChartPlan(
        chart_type=ctype,  # type: ignore[arg-type]
        title=short(chart_title, 150),
        x_title=short(table.header[label_col], 80),
        y_title=short(first.name if len(series) == 1 else "", 80),
        unit=unit,
        categories=cats,
        series=series,
        answer=answer,
        alt_text=short(
            f"{ctype.replace('_', ' ').capitalize()} chart of {', '.join(s.name for s in series)} for "
            f"{len(cats)} {table.header[label_col].lower() or 'rows'}; {top[0]} is highest.",
            400,
        ),
    )


def markdown_chart(md: str, title: str | None = None) -> ChartPlan | None:
    """The first chartable markdown table in the answer as an inline chart, or None."""
    heading = ""
    for node in parse(md):
        if isinstance(node, Heading):
            heading = node.inline.text
        if isinstance(node, Table):
            chart = table_chart(node, title or heading)
            if chart is not None:
                return chart
    return None


def _doc_title(nodes: list[Node], title: str | None, md: str) -> tuple[str, list[Node]]:
    """The deck/infographic title (argument, first h1, else first heading or line) and the rest."""
    rest = list(nodes)
    found = ""
    if rest and isinstance(rest[0], Heading) and rest[0].level == 1:
        found = rest.pop(0).inline.text
    elif not title:
        h1 = next((n for n in rest if isinstance(n, Heading) and n.level == 1), None)
        if h1 is not None and sum(1 for n in rest if isinstance(n, Heading) and n.level == 1) == 1:
            found = h1.inline.text
            rest.remove(h1)
    if title and title.strip():
        return short(title, 150), rest
    if found:
        return short(found, 150), rest
    heading = next((n for n in rest if isinstance(n, Heading)), None)
    if heading is not None:
        return short(heading.inline.text, 150), rest
    first_line = next((ln.strip(" #>*-:：") for ln in (md or "").splitlines() if ln.strip(" #>*-:：")), "")
    return short(first_line, 80) or "Summary", rest


def _item_text(item: Item) -> str:
    text = item.inline.text
    if item.checked is not None:
        text = ("☑ " if item.checked else "☐ ") + text
    return text


def _flat_items(lst: ListBlock, depth: int = 0) -> list[tuple[int, Item]]:
    out: list[tuple[int, Item]] = []
    for it in lst.items:
        out.append((depth, it))
        for child in it.children:
            if isinstance(child, ListBlock):
                out.extend(_flat_items(child, depth + 1))
    return out


# -------------------------------------------------------------------------------------------- slides


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


def _chain_diagram(labels: list[str], title: str, dtype: str = "flowchart") -> DiagramPlan:
    nodes = [
        DiagramNode(id=f"n{i + 1}", label=_node_label(lb), shape=_shape(lb)) for i, lb in enumerate(labels)
    ]
    edges = [DiagramEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(1, len(labels))]
    if dtype == "cycle" and len(labels) > 2:
        edges.append(DiagramEdge(source=f"n{len(labels)}", target="n1"))
    short_labels = all(len(n.label) <= 24 for n in nodes)
    return DiagramPlan(
        diagram_type=dtype,  # type: ignore[arg-type]
        title=short(title, 150),
        direction="LR" if len(nodes) <= 5 and short_labels and dtype == "flowchart" else "TB",
        nodes=nodes,
        edges=edges,
        answer=" → ".join(n.label for n in nodes),
        alt_text=short(
            f"{_cap(dtype)} of {len(nodes)} steps: " + ", ".join(n.label for n in nodes) + ".", 600
        ),
    )


def _shape(label: str) -> str:
    if label.rstrip().endswith(("?", "？")):
        return "diamond"
    if re.fullmatch(r"(?:start|begin|end|finish|done|开始|结束|完成)", label.strip().lower()):
        return "ellipse"
    return "rounded"


def markdown_to_slides(md: str, title: str | None = None) -> SlidesPlan:
    """Slides from a markdown answer: h1 → deck title, h2/h3 → slide titles, lists → bullets (≤6 a
    slide), short ordered lists → a flow diagram, tables → charts, bold numbers → big-number slides,
    blockquotes → quote slides, paragraphs → sentence bullets. Raises ValueError on empty markdown."""
    nodes = parse(md)
    if not nodes:
        raise ValueError("the markdown has no content")
    lang = lang_of(md)
    deck_title, rest = _doc_title(nodes, title, md)
    subtitle = ""
    if (
        rest
        and isinstance(rest[0], Para)
        and len(rest[0].inline.text) <= 160
        and _stat(rest[0].inline) is None
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
            if _SOURCE.match(text):
                sources.append(text)
                continue
            stat = _stat(node.inline) if node.inline.bold and len(text) <= 160 else None
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
            flat = _flat_items(node)
            simple = all(d == 0 for d, _ in flat)
            labels = [it.inline.text for _, it in flat]
            if node.ordered and simple and 3 <= len(labels) <= 8 and all(len(lb) <= 60 for lb in labels):
                diagram = _chain_diagram(labels, deck.fallback_title())
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
                text = _item_text(it)
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


# --------------------------------------------------------------------------------------- infographic


def markdown_to_infographic(md: str, title: str | None = None) -> InfographicPlan:
    """An infographic from a markdown answer: stats from numeric facts, steps from ordered lists,
    a timeline from dated items, a comparison from a two-column table or 'X vs Y' sections, a
    checklist from bullets or task lists, a callout from a blockquote, the footer from 'Source:'.
    Raises ValueError when the markdown has no content."""
    nodes = parse(md)
    if not nodes:
        raise ValueError("the markdown has no content")
    lang = lang_of(md)
    info_title, rest = _doc_title(nodes, title, md)
    subtitle = ""
    footer = ""
    blocks: list[Any] = []
    stats: list[Stat] = []
    stats_at: int | None = None
    stats_title = ""
    paragraphs: list[str] = []
    heading = ""
    vs: tuple[str, str] | None = None
    m = _VS.match(info_title)
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
            hm = _VS.match(heading)
            if hm:
                vs = (hm.group(1).strip(), hm.group(2).strip())
                sides, side_lists = {}, []
        elif isinstance(node, Para):
            text = node.inline.text
            src = _SOURCE.match(text)
            if src:
                footer = short(text, 300)
                continue
            if idx == 0 and not subtitle and len(text) <= 160 and _stat(node.inline) is None:
                subtitle = text
                continue
            stat = _stat(node.inline)
            if stat is not None:
                add_stat(stat)
            else:
                paragraphs.append(text)
        elif isinstance(node, ListBlock):
            items = [it for _, it in _flat_items(node)]
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
            dated = [_DATE_LEAD.match(t) for t in texts]
            if len(texts) >= 2 and all(dated):
                events = [
                    Event(
                        date=short(d.group("date"), 40),
                        title=_split_title(d.group("rest"))[0][:80],
                        text=short(_split_title(d.group("rest"))[1], 200),
                    )
                    for d in dated[:16]
                    if d
                ]
                blocks.append(TimelineBlock(title=short(heading, 80), events=events))
                continue
            if node.ordered:
                steps = []
                for t in texts[:12]:
                    head, detail = _split_title(t)
                    steps.append(Step(title=short(head, 80), text=short(detail, 200)))
                blocks.append(StepsBlock(title=short(heading, 80), items=steps))
                continue
            leftover: list[str] = []
            for it in items:
                stat = _stat(it.inline) if it.checked is None else None
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


# ------------------------------------------------------------------------------------------- diagram

ARROW = re.compile(
    r"\s*(?:-{1,2}>\s*\|([^|]{1,60})\|\s*|--\s*([^<>|\-]{1,60}?)\s*-->|-{1,2}>|→|⟶|➡️?|=>|⇒|->)\s*"
)


class _Graph:
    """Nodes keyed by label (case-insensitive) and edges, for diagrams built from text."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.nodes: list[DiagramNode] = []
        self.edges: list[DiagramEdge] = []
        self.seen: set[tuple[str, str]] = set()

    def node(self, label: str, group: str | None = None) -> str:
        key = label.casefold()
        if key not in self.ids:
            nid = f"n{len(self.nodes) + 1}"
            self.ids[key] = nid
            self.nodes.append(DiagramNode(id=nid, label=_node_label(label), shape=_shape(label), group=group))
        return self.ids[key]

    def new_node(self, label: str, group: str | None = None) -> str:
        """A node even when the label repeats (tree leaves with the same text are different things)."""
        nid = f"n{len(self.nodes) + 1}"
        self.nodes.append(DiagramNode(id=nid, label=_node_label(label), shape=_shape(label), group=group))
        return nid

    def edge(self, a: str, b: str, label: str = "") -> None:
        if a != b and (a, b) not in self.seen:
            self.seen.add((a, b))
            self.edges.append(DiagramEdge(source=a, target=b, label=short(label, 60)))


def _names(stage: str) -> list[str]:
    parts = (
        re.split(r"\s*(?:,|，|、|\s&\s|\band\b|/)\s*", stage)
        if "," in stage or "，" in stage or "、" in stage
        else [stage]
    )
    return [p.strip(" .;:\"'“”*`") for p in parts if p.strip(" .;:\"'“”*`")]


def arrow_graph(lines: list[str]) -> _Graph | None:
    """'A -> B, C' lines (also →, =>, A -->|yes| B) as a graph; comma lists fan out."""
    graph = _Graph()
    for line in lines:
        if not ARROW.search(line):
            continue
        pieces: list[str] = []
        labels: list[str] = []
        pos = 0
        for m in ARROW.finditer(line):
            pieces.append(line[pos : m.start()])
            labels.append((m.group(1) or m.group(2) or "").strip())
            pos = m.end()
        pieces.append(line[pos:])
        stages = [_names(p) for p in pieces]
        if len(stages) < 2 or not all(stages):
            continue
        ids = [[graph.node(n) for n in stage] for stage in stages]
        for k in range(len(ids) - 1):
            for a in ids[k]:
                for b in ids[k + 1]:
                    graph.edge(a, b, labels[k])
    return graph if graph.edges else None


def _statements(text: str) -> list[str]:
    """Lines and ';'-separated statements, with list markers and a leading 'flowchart:' prefix removed."""
    out: list[str] = []
    for line in re.split(r"[\n;；]|。(?!$)", text):
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line).strip()
        if line:
            out.append(line)
    return out


def _strip_prefix(statement: str) -> tuple[str, str]:
    """'org chart: CEO -> CTO' → ('org chart', 'CEO -> CTO'); the prefix hints the title."""
    first_arrow = ARROW.search(statement)
    limit = first_arrow.start() if first_arrow else len(statement)
    colon = max(statement.rfind(":", 0, limit), statement.rfind("：", 0, limit))
    if colon >= 0:
        return statement[:colon].strip(), statement[colon + 1 :].strip()
    return "", statement


_DIAGRAM_WORDS = re.compile(
    r"\b(?:please|can you|could you|make|create|draw|build|generate|show|give me|me|us|a|an|the|simple|quick|"
    r"flow ?charts?|flow diagram|diagrams?|org(?:anization|anisation|anizational)? charts?|mind ?maps?|"
    r"hierarchy|tree|process|workflow|of|for|showing|about|with|steps)\b|"
    r"请|帮我|画一个|画个|画|做一个|做|生成|一个|的|流程图|组织结构图|组织架构图|思维导图|脑图|示意图|结构图|关系图",
    re.I,
)
DEFAULT_TITLES = {
    "en": {
        "flowchart": "Process",
        "tree": "Hierarchy",
        "mindmap": "Mind map",
        "cycle": "Cycle",
        "network": "Network",
    },
    "zh": {
        "flowchart": "流程",
        "tree": "层级结构",
        "mindmap": "思维导图",
        "cycle": "循环",
        "network": "关系网络",
    },
}


def _title_from_prefix(prefix: str, dtype: str, lang: str) -> str:
    cleaned = re.sub(r"\s+", " ", _DIAGRAM_WORDS.sub(" ", prefix)).strip(" ,.:-")
    if cleaned and len(cleaned) <= 80:
        return _cap(cleaned)
    return DEFAULT_TITLES[lang].get(dtype, "Diagram")


def _graph_plan(graph: _Graph, title: str, dtype: str, lang: str) -> DiagramPlan:
    nodes, edges = graph.nodes[:500], graph.edges[:2000]
    known = {n.id for n in nodes}
    edges = [e for e in edges if e.source in known and e.target in known]
    linear = all(sum(1 for e in edges if e.source == n.id) <= 1 for n in nodes)
    labels = [n.label for n in nodes]
    direction = "LR" if dtype == "flowchart" and linear and len(nodes) <= 5 else "TB"
    answer_edges = "; ".join(
        f"{graph.nodes[int(e.source[1:]) - 1].label} → {graph.nodes[int(e.target[1:]) - 1].label}"
        for e in edges[:8]
    )
    return DiagramPlan(
        diagram_type=dtype,  # type: ignore[arg-type]
        title=short(title, 150),
        direction=direction,  # type: ignore[arg-type]
        nodes=nodes,
        edges=edges,
        answer=(" → ".join(labels) if linear and dtype in ("flowchart", "cycle") else answer_edges)
        + ("." if lang == "en" else "。"),
        alt_text=short(
            f"{_cap(dtype)} “{title}” with {len(nodes)} nodes: " + ", ".join(labels[:12]) + ".", 600
        ),
    )


def text_to_diagram(
    text: str, title: str | None = None, diagram_type: str | None = None
) -> DiagramPlan | None:
    """A diagram from plain text in a question: arrows ('A -> B, C; B -> D'), a numbered list
    ('1. plan 2. build 3. ship'), 'first … then … finally …', or a list after a colon
    ('mind map of habits: sleep, diet, exercise'). None when the text has no such structure."""
    text = (text or "")[:20_000]
    lang = lang_of(text)
    statements = _statements(text)
    prefixes: list[str] = []
    cleaned: list[str] = []
    for s in statements:
        prefix, rest = _strip_prefix(s)
        if prefix:
            prefixes.append(prefix)
        cleaned.append(rest)
    graph = arrow_graph(cleaned)
    if graph is not None:
        dtype = diagram_type or _guess_type(graph)
        name = title or _title_from_prefix(prefixes[0] if prefixes else "", dtype, lang)
        return _graph_plan(graph, name, dtype, lang)
    flat = re.sub(r"\s+", " ", text).strip()
    flat = re.sub(  # a trailing request ("…, then fold — draw a flowchart") is not a step
        r"\s*(?:[—–-]+|[,;，；。.])\s*(?:(?:please|and|now)\s+)?(?:draw|make|create|show|render|turn|put|"
        r"visuali[sz]e|as)\b[^.]*$|[，,。]?\s*(?:请)?(?:画成|做成|画一个|生成|画出).*$",
        "",
        flat,
        flags=re.I,
    )
    # inline numbered steps: "1. plan 2. build 3. ship" / "1、计划 2、开发"
    marks = list(re.finditer(r"(?:(?<=\s)|(?<=^)|(?<=[:：]))(\d{1,2})\s*[.)、．](?!\d)\s*", flat))
    if len(marks) >= 2 and [int(m.group(1)) for m in marks] == list(range(1, len(marks) + 1)):
        steps = [
            flat[m.end() : (marks[k + 1].start() if k + 1 < len(marks) else len(flat))].strip(" ,;，；.")
            for k, m in enumerate(marks)
        ]
        steps = [s for s in steps if s]
        if len(steps) >= 2:
            prefix = flat[: marks[0].start()].strip(" :：")
            dtype = diagram_type if diagram_type in ("flowchart", "cycle") else "flowchart"
            name = title or _title_from_prefix(prefix, dtype, lang)
            return _chain_diagram(steps, name, dtype)
    # "first X, then Y, finally Z" / "先…然后…最后…"
    seq = re.split(
        r"\s*(?:,?\s*\b(?:then|and then|after that|afterwards|next|finally|lastly)\b|然后|接着|之后|再|最后)\s*",
        flat,
        flags=re.I,
    )
    if len(seq) >= 3:
        first = re.sub(r"^.*?(?:\bfirst(?:ly)?\b|\bstart by\b|首先|先)\s*", "", seq[0], flags=re.I)
        steps = [s.strip(" ,;，；.。") for s in [first, *seq[1:]] if s.strip(" ,;，；.。")]
        if len(steps) >= 3 and all(len(s) <= 80 for s in steps):
            prefix_m = re.match(r"^(.*?)[:：]", seq[0])
            dtype = diagram_type if diagram_type in ("flowchart", "cycle") else "flowchart"
            name = title or _title_from_prefix(prefix_m.group(1) if prefix_m else "", dtype, lang)
            steps[0] = re.sub(r"^.*[:：]\s*", "", steps[0])
            return _chain_diagram(steps, name, dtype)
    # "mind map of X: a, b, c" / "flowchart: plan, build, ship"
    m = re.match(r"^(.{1,120}?)[:：]\s*(.+)$", flat)
    if m and diagram_type:
        items = [
            p.strip(" .。")
            for p in re.split(r"\s*(?:,|，|、|;|；|\band\b|和)\s*", m.group(2))
            if p.strip(" .。")
        ]
        if len(items) >= 2 and all(len(p) <= 60 for p in items):
            name = title or _title_from_prefix(m.group(1), diagram_type, lang)
            if diagram_type in ("mindmap", "tree"):
                graph = _Graph()
                root = graph.node(name)
                for p in items:
                    graph.edge(root, graph.new_node(p))
                return _graph_plan(graph, name, diagram_type, lang)
            return _chain_diagram(
                items, name, diagram_type if diagram_type in ("flowchart", "cycle") else "flowchart"
            )
    return None


def _guess_type(graph: _Graph) -> str:
    """Tree when every node has one parent and something fans out; cycle when a chain closes; else flowchart."""
    parents: dict[str, int] = {}
    out_deg: dict[str, int] = {}
    for e in graph.edges:
        parents[e.target] = parents.get(e.target, 0) + 1
        out_deg[e.source] = out_deg.get(e.source, 0) + 1
    if any(v > 1 for v in parents.values()):
        return "network" if len(graph.edges) > len(graph.nodes) else "flowchart"
    roots = [n.id for n in graph.nodes if n.id not in parents]
    if not roots and all(v == 1 for v in out_deg.values()):
        return "cycle"
    if len(roots) == 1 and any(v > 1 for v in out_deg.values()):
        return "tree"
    return "flowchart"


def markdown_to_diagram(md: str, title: str | None = None, diagram_type: str | None = None) -> DiagramPlan:
    """A diagram from a markdown answer: 'A -> B' lines → edges; an ordered list → a flowchart
    chain; nested bullets → a tree (or mind map) under the title; headings with lists → a tree.
    Raises ValueError when the markdown has no structure to draw."""
    nodes = parse(md)
    if not nodes:
        raise ValueError("the markdown has no content")
    lang = lang_of(md)
    doc_title, rest = _doc_title(nodes, title, md)
    arrow_lines = [
        ln for ln in (md or "").splitlines() if ARROW.search(ln) and re.search(r"\w", ARROW.split(ln)[-1])
    ]
    if arrow_lines:
        plan = text_to_diagram("\n".join(arrow_lines), title=doc_title, diagram_type=diagram_type)
        if plan is not None:
            return plan
    lists = [n for n in rest if isinstance(n, ListBlock)]
    ordered = next((n for n in lists if n.ordered), None)
    if ordered is not None and diagram_type not in ("tree", "mindmap", "network") and len(ordered.items) >= 2:
        labels = [it.inline.text for it in ordered.items if it.inline.text]
        if len(labels) >= 2:
            dtype = diagram_type if diagram_type in ("flowchart", "cycle") else "flowchart"
            return _chain_diagram(labels, doc_title, dtype)
    headings = [n for n in rest if isinstance(n, Heading)]
    graph = _Graph()
    root = graph.node(doc_title)
    if headings:
        stack: list[tuple[int, str]] = [(0, root)]
        for node in rest:
            if isinstance(node, Heading):
                while stack and stack[-1][0] >= node.level:
                    stack.pop()
                parent = stack[-1][1] if stack else root
                nid = graph.new_node(node.inline.text)
                graph.edge(parent, nid)
                stack.append((node.level, nid))
            elif isinstance(node, ListBlock):
                _attach(graph, stack[-1][1] if stack else root, node)
    else:
        for node in lists:
            _attach(graph, root, node)
    if len(graph.nodes) < 2:
        raise ValueError("the markdown has no list, arrows or headings to draw as a diagram")
    nested = any(isinstance(c, ListBlock) for lst in lists for it in lst.items for c in it.children) or bool(
        headings
    )
    dtype = diagram_type or ("tree" if nested else "mindmap")
    if dtype in ("flowchart", "cycle"):
        dtype = "tree"
    return _graph_plan(graph, doc_title, dtype, lang)


def _attach(graph: _Graph, parent: str, lst: ListBlock, depth: int = 0) -> None:
    for it in lst.items:
        if not it.inline.text or len(graph.nodes) >= 500:
            continue
        nid = graph.new_node(it.inline.text)
        graph.edge(parent, nid)
        for child in it.children:
            if isinstance(child, ListBlock) and depth < 6:
                _attach(graph, nid, child, depth + 1)


__all__ = [
    "markdown_chart",
    "markdown_to_diagram",
    "markdown_to_infographic",
    "markdown_to_slides",
    "parse",
    "table_chart",
    "text_to_diagram",
]

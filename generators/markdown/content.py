"""What a block of a markdown answer is, so slides and infographics can pick the layout it calls for.

A list can be dated items (a timeline), headline figures (stat cards), term–explanation pairs (a
table), figures ranked by a percentage (a bar chart), an ordered process (steps) or plain points;
a table can be one comparable series (a chart), two lists side by side, or rows of attributes (a
table kept as written). Paragraphs run of "**Problem:** … Fix: …" and FAQ sections of question
headings are pairs too. Both planners read these decisions from here, so a slide deck and a
one-pager of the same answer agree on what each part is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generators.markdown.facts import dated, item_stat, pair_of, split_event
from generators.markdown.parse import (
    Heading,
    Inline,
    Item,
    ListBlock,
    Node,
    Para,
    Table,
    flat_items,
    sentences,
)
from generators.rules.signals import linked
from render.plan import Event, Stat, Step

MIN_STATS = 3  # fewer figures read as well in a sentence as on cards


@dataclass
class Pairs:
    """Rows of two cells that belong together (term → definition, problem → fix, question → answer)."""

    header: list[str]
    rows: list[list[str]]
    heading: str = ""


@dataclass
class Sides:
    """Two lists under opposite headings (pros / cons, advantages / disadvantages, do / don't): one
    comparison, each side under its own heading."""

    left_title: str
    left: list[str]
    right_title: str
    right: list[str]


# Headings that name the two sides of one judgement, in the planners' languages.
_SIDES = (
    (
        r"pros?|advantages?|benefits?|upsides?|strengths?|for|do'?s|do|yes|"
        r"ventajas?|pros|avantages?|points? forts?|vorteile?|stärken|vantagens?|pr[oó]s|vantaggi|punti di forza|"
        r"voordelen|плюсы|преимущества|artıları|avantajlar|zalety|plusy|优点|优势|好处|利点|メリット|장점"
    ),
    (
        r"cons?|disadvantages?|drawbacks?|downsides?|weaknesses?|against|don'?ts|don'?t|no|"
        r"desventajas?|contras|inconvénients?|points? faibles?|nachteile?|schwächen|desvantagens?|contras|"
        r"svantaggi|punti deboli|nadelen|минусы|недостатки|eksileri|dezavantajlar|wady|minusy|缺点|劣势|坏处|欠点|デメリット|단점"
    ),
)
_SIDE_RX = tuple(re.compile(rf"^\W*(?:the\s+)?(?:{rx})\W*$", re.I) for rx in _SIDES)


def _side(text: str) -> int | None:
    return next((k for k, rx in enumerate(_SIDE_RX) if rx.match(text.strip())), None)


@dataclass
class ListKind:
    kind: str
    """timeline | stats | pairs | ranked | steps | bullets"""
    events: list[Event] = field(default_factory=list)
    stats: list[Stat] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    ranked: list[tuple[str, float, str]] = field(default_factory=list)


_RANKED = re.compile(
    r"^(?P<label>[^\d—–:]{2,60}?)\s*[—–:\-]\s*(?P<value>[$€£¥]?\d[\d,.]*\s?(?:%|[kKmMbB])?)\s*$"
)


def _ranked(texts: list[str]) -> list[tuple[str, float, str]] | None:
    """'Slow code review — 58%' items: labels with one figure each, in one unit."""
    out = []
    for t in texts:
        m = _RANKED.match(t)
        if not m:
            return None
        raw = m.group("value").strip()
        unit = "%" if raw.endswith("%") else ("$" if raw.startswith("$") else "")
        try:
            value = float(re.sub(r"[^\d.]", "", raw))
        except ValueError:
            return None
        out.append((m.group("label").strip(), value, unit))
    units = {u for _, _, u in out}
    return out if len(units) == 1 else None


def event_of(date: str, rest: str) -> Event:
    title, text = split_event(rest)
    return Event(date=date[:80], title=title, text=text)


def step_of(text: str) -> Step:
    """A step's name and detail: a short step is all name; a long one is cut after its first
    sentence or clause, and the detail is the rest (nothing is repeated or dropped)."""
    m = re.match(r"^([^:：]{1,60}?)\s*(?::|：| — | – )\s*(\S.+)$", text)
    if m:
        return Step(title=m.group(1).strip(" *"), text=m.group(2).strip())
    title, detail = split_event(text)
    return Step(title=title, text=detail)


def classify_list(
    node: ListBlock, *, dates: list[tuple[str, str]] | None = None, ranked: bool = True
) -> ListKind:
    """What a list is, from all of its items (nested lists are outlines: bullets). `dates`: the
    (date, event) of every item when the caller has read them already (the rules planner reads
    dates in more languages); `ranked=False` never makes figures a chart (content the user wrote
    as a list, where "June: 500 customers" is a milestone, not a value to plot)."""
    flat = flat_items(node)
    nested = any(d for d, _ in flat)
    items: list[Item] = [it for _, it in flat]
    texts = [it.inline.text for it in items]
    if nested or not texts or any(not t for t in texts):
        return ListKind("bullets")
    if any(it.checked is not None for it in items):
        return ListKind("bullets")
    when = dates if dates and len(dates) == len(texts) else [dated(t) for t in texts]
    if len(texts) >= 2 and all(when):
        return ListKind("timeline", events=[event_of(d, r) for d, r in when if d])  # type: ignore[misc]
    figures = _ranked(texts) if ranked and len(texts) >= 4 else None
    if figures:
        return ListKind("ranked", ranked=figures)
    stats = [item_stat(it.inline.text, it.inline.bold, it.inline.code) for it in items]
    if len(texts) >= MIN_STATS and all(stats):
        return ListKind("stats", stats=[s for s in stats if s])
    pairs = [pair_of(it.inline.text, it.inline.bold) for it in items]
    if not node.ordered and not all(pairs):  # "Goblet squat: 3×10", "Cost: about $40k": plain key: value
        keyed = [re.match(r"^([^:：.!?]{1,40}?)\s*[:：]\s+(\S.*)$", t) for t in texts]
        if all(keyed):
            pairs = [(m.group(1).strip(), m.group(2).strip()) for m in keyed if m]
    if len(texts) >= 2 and all(pairs) and not (node.ordered and _named_steps(texts)):
        return ListKind("pairs", rows=[[a, b] for a, b in (p for p in pairs if p)])
    if node.ordered:
        return ListKind("steps", steps=[step_of(t) for t in texts])
    return ListKind("bullets")


_DO = re.compile(
    r"^(?:install|create|activate|deactivate|open|click|go|add|remove|set|run|download|check|choose|select|enter|type"
    r"|press|save|restart|update|connect|sign|log|wait|make|mix|put|take|cut|heat|bake|cook|pour|stir|fill|write|send"
    r"|call|book|pay|start|stop|turn|use|configure|copy|paste|test|deploy|review|plan|build|ship|prepare|measure|wash"
    r"|rinse|dry|apply|place|insert|attach|tighten|move|clean|print|upload|share|invite|confirm|verify|register|read"
    r"|define|draft|agree|launch|collect|gather|sort|pack|load|close|lock|unplug|plug|reset|boot|enable|disable)\b",
    re.I,
)


def _named_steps(texts: list[str]) -> bool:
    """'1. **Install Python** – download it…': numbered items each named by what to do and then how, a
    process whose order matters (a table would lose the numbers). Named by a thing instead ('1. **Data
    conversion** — the rehearsal found…', a top three), they stay term and explanation."""
    named = [re.match(r"^([^:：]{1,60}?)\s*(?::|：| — | – | - )\s*\S", t) for t in texts]
    return all(named) and sum(bool(_DO.match(m.group(1).strip(" *"))) for m in named if m) * 2 >= len(texts)


def sentence_stats(inline: Inline) -> list[tuple[str, Stat | None]]:
    """A paragraph's sentences in order, each with the figure it states in bold (if any)."""
    out: list[tuple[str, Stat | None]] = []
    for sentence in sentences(inline.text):
        bold = [b for b in inline.bold if b in sentence and re.search(r"\d", b)]
        stat = item_stat(sentence, bold, inline.code) if bold else None
        if stat is not None and not any(stat.value.split()[0].lstrip("+") in b for b in bold):
            stat = None
        out.append((sentence, stat))
    return out


def paragraph_stats(inline: Inline) -> tuple[list[Stat], list[str]]:
    """Figures a paragraph states in bold, one a sentence, and its other sentences."""
    said = sentence_stats(inline)
    return [s for _, s in said if s is not None], [t for t, s in said if s is None]


# ------------------------------------------------------------------------------------------ tables


def table_text(table: Table) -> str:
    """A table as plain lines, for notes beside a chart drawn from it (the numbers as written)."""
    lines = [" | ".join(table.header)] if any(table.header) else []
    lines += [" | ".join(r) for r in table.rows]
    return "\n".join(lines)


def table_kind(table: Table, chartable: bool) -> str:
    """chart | two_column | table: a chart only for comparable numbers; two text columns of about
    the same length are two lists side by side (pros | cons); other text tables stay tables."""
    if chartable:
        return "chart"
    if len(table.header) == 2 and table.rows:
        left = sum(len(r[0]) for r in table.rows) / len(table.rows)
        right = sum(len(r[1]) for r in table.rows) / len(table.rows)
        if max(left, right) <= 2.2 * max(min(left, right), 1) and max(left, right) <= 60:
            return "two_column"
    return "table"


# ----------------------------------------------------------------------------- paragraph pairs


_LABELLED = re.compile(r"^\s*([A-Z][\w ]{0,20}?)\s*[:：]\s*(\S.*)$")


def labelled_pair(inline: Inline) -> tuple[str, str, str, str] | None:
    """'**Problem: X.** Fix: Y' as ('Problem', 'X.', 'Fix', 'Y')."""
    text = inline.text
    lead = inline.bold[0] if inline.bold else ""
    if not lead or not text.startswith(lead):
        return None
    first, second = _LABELLED.match(lead), _LABELLED.match(text[len(lead) :])
    if not first or not second:
        return None
    return first.group(1).strip(), first.group(2).strip(), second.group(1).strip(), second.group(2).strip()


def group_pairs(nodes: list[Node]) -> list[Node | Pairs | Sides]:
    """Runs of "**Problem:** … Fix: …" paragraphs, and runs of question headings each followed by
    its answer (an FAQ), become one `Pairs` node: rows that keep each question with its answer.
    Two lists under opposite headings ("Pros", "Cons") become one `Sides` node."""
    out: list[Node | Pairs | Sides] = []
    i = 0
    while i < len(nodes):
        node = nodes[i]
        if isinstance(node, Para) and (first := labelled_pair(node.inline)):
            run = [first]
            j = i + 1
            while j < len(nodes) and isinstance(nodes[j], Para):
                nxt = labelled_pair(nodes[j].inline)  # type: ignore[union-attr]
                if nxt is None or (nxt[0], nxt[2]) != (first[0], first[2]):
                    break
                run.append(nxt)
                j += 1
            if len(run) >= 2:
                out.append(Pairs([first[0], first[2]], [[p[1], p[3]] for p in run]))
                i = j
                continue
        matrix = _matrix(nodes, i)
        if matrix is not None:
            out.append(matrix[0])
            i = matrix[1]
            continue
        if (
            isinstance(node, Heading)
            and i + 3 < len(nodes)
            and isinstance(nodes[i + 1], ListBlock)
            and isinstance(nodes[i + 2], Heading)
            and nodes[i + 2].level == node.level  # type: ignore[union-attr]
            and isinstance(nodes[i + 3], ListBlock)
            and {_side(node.inline.text), _side(nodes[i + 2].inline.text)} == {0, 1}  # type: ignore[union-attr]
        ):
            left, right = nodes[i + 1], nodes[i + 3]
            out.append(
                Sides(
                    node.inline.text,
                    [it.inline.text for _, it in flat_items(left) if it.inline.text],  # type: ignore[arg-type]
                    nodes[i + 2].inline.text,  # type: ignore[union-attr]
                    [it.inline.text for _, it in flat_items(right) if it.inline.text],  # type: ignore[arg-type]
                )
            )
            i += 4
            continue
        if isinstance(node, Heading) and _question(node):
            run_rows: list[list[str]] = []
            j = i
            while (
                j + 1 < len(nodes)
                and isinstance(nodes[j], Heading)
                and nodes[j].level == node.level  # type: ignore[union-attr]
                and _question(nodes[j])  # type: ignore[arg-type]
                and isinstance(nodes[j + 1], Para)
            ):
                answer = [nodes[j + 1].inline.text]  # type: ignore[union-attr]
                k = j + 2
                while k < len(nodes) and isinstance(nodes[k], Para):
                    answer.append(nodes[k].inline.text)  # type: ignore[union-attr]
                    k += 1
                run_rows.append([nodes[j].inline.text, " ".join(answer)])  # type: ignore[union-attr]
                j = k
            if len(run_rows) >= 3:
                out.append(Pairs(["Question", "Answer"], run_rows))
                i = j
                continue
        out.append(node)
        i += 1
    return out


def _labelled_items(node: Node) -> list[tuple[str, str]] | None:
    if not isinstance(node, ListBlock) or any(d for d, _ in flat_items(node)):
        return None
    pairs = [pair_of(it.inline.text, it.inline.bold) for it in node.items]
    return pairs if pairs and all(pairs) else None  # type: ignore[return-value]


def _matrix(nodes: list[Node], i: int) -> tuple[Pairs, int] | None:
    """Sections that each say the same few things ("## Scalability" then "**SQL**: … **NoSQL**: …",
    "## Cost" then the same two): one table, a row per section and a column per thing compared,
    read across as the author compared them. Returns the table and the index after the run."""
    rows: list[list[str]] = []
    labels: list[str] = []
    j = i
    while j + 1 < len(nodes) and isinstance(nodes[j], Heading):
        items = _labelled_items(nodes[j + 1])
        if items is None or not 2 <= len(items) <= 4:
            break
        keys = [a.casefold() for a, _ in items]
        if len(set(keys)) != len(keys) or (labels and keys != [lb.casefold() for lb in labels]):
            break
        if rows and nodes[j].level != nodes[i].level:  # type: ignore[union-attr]
            break
        labels = labels or [a for a, _ in items]
        aspect = re.sub(r"^\s*\d+[.)]\s*", "", nodes[j].inline.text)  # type: ignore[union-attr]
        rows.append([aspect, *[b for _, b in items]])
        j += 2
    cells = [c for r in rows for c in r[1:]]
    if len(rows) < 2 or sum(map(len, cells)) > 60 * len(cells):
        return None  # a paragraph per cell reads better section by section than squeezed into a grid
    aspects = [r[0] for r in rows]
    named = (
        ", ".join(aspects[:-1]) + " & " + aspects[-1] if len(aspects) <= 4 else ", ".join(aspects[:3]) + "…"
    )
    return Pairs(["", *labels], rows, heading=named), j


def _question(node: Heading) -> bool:
    return node.inline.text.rstrip().endswith(("?", "？"))


def answer_shape(md: str) -> tuple[str, str] | None:
    """The form a pasted answer's own shape calls for when no form was named, with the reason: one
    comparable table a chart; one list of steps a flow (short names) or numbered steps on a page
    (steps with detail); two opposite sides or a dated list a one-page infographic; sections (two
    or more headings) a deck. None when the shape says nothing (prose, mixed blocks)."""
    from generators.markdown.chart import markdown_chart
    from generators.markdown.parse import document_title, parse

    nodes = parse(md)
    if not nodes:
        return None
    _, rest = document_title(nodes, None, md)
    units = group_pairs(rest)
    blocks = [u for u in units if not isinstance(u, Para)]
    headings = [u for u in units if isinstance(u, Heading)]
    if len(headings) >= 2 and len(blocks) > len(headings):
        return "slides", "an answer in sections: a deck, a slide per section"
    if len(blocks) != 1:
        return None
    only = blocks[0]
    if isinstance(only, Table):
        return ("chart", "one table of comparable numbers") if markdown_chart(md) is not None else None
    if isinstance(only, Sides):
        return "infographic", f"two sides compared ({only.left_title} / {only.right_title}): one page"
    if isinstance(only, Pairs):
        return "infographic", "things compared row by row: a table on one page"
    if isinstance(only, ListBlock):
        kind = classify_list(only)
        if kind.kind == "timeline":
            return "infographic", "a dated list: a timeline on one page"
        if kind.kind == "steps":
            if all(not s.text and len(s.title) <= 40 for s in kind.steps):
                return "diagram", "numbered steps: a flow"
            return "infographic", "numbered steps with details: steps on one page"
        if linked(md):  # "- sales director (under him 3 reps)", "- then the boxes": parts joined up
            return "diagram", "a list of things joined to each other: a diagram"
        titled = bool(re.search(r"^#{1,6}\s", md, re.M))  # "# Plan" over its list keeps the deck it had
        if (
            not titled
            and len(only.items) >= 2
            and all(len(i.inline.text) <= 80 and not i.children for i in only.items)
        ):
            return "infographic", "one list of short items: a page to keep, not a deck"
    return None

"""Markdown answers as a small document model, from markdown-it-py tokens, and the facts the planners
read from it: sentences, titles, stat-worthy numbers, sources, dated items, "X vs Y" headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from generators.rules.chatter import is_sign_off, lead_in_topic, without_opener
from generators.rules.content import LIST_ITEM
from generators.rules.numbers import find_numbers
from generators.rules.words import short
from render.plan import Stat

# ------------------------------------------------------------------------------------------ document


@dataclass
class Inline:
    """Inline text flattened to plain text, with the bold spans kept (they mark key numbers)."""

    text: str
    bold: list[str] = field(default_factory=list)
    code: list[str] = field(default_factory=list)
    """Inline code spans: identifiers, never statistics."""


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


MAX_COLUMNS = 12
"""Columns a table slide or block holds (the plan's limit); wider tables keep their first ones."""


def clip_columns(table: Table) -> tuple[Table, str]:
    """The table with at most `MAX_COLUMNS` columns, and a note naming the columns left out ("" when
    none were): a 1,000-column table must not become a 1,000-column grid, nor vanish silently."""
    width = max([len(table.header), *(len(r) for r in table.rows)])
    if width <= MAX_COLUMNS:
        return table, ""
    names = table.header[MAX_COLUMNS:] or [f"column {i + 1}" for i in range(MAX_COLUMNS, width)]
    shown = ", ".join(names[:30]) + (f" and {len(names) - 30} more" if len(names) > 30 else "")
    note = f"Columns left out (a table shows at most {MAX_COLUMNS}): {shown}."
    return Table(table.header[:MAX_COLUMNS], [r[:MAX_COLUMNS] for r in table.rows]), note


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
    code: list[str] = []
    depth = 0
    current: list[str] = []
    for child in token.children or []:
        t = child.type
        if t in ("text", "code_inline", "html_inline"):
            content = child.content if t != "html_inline" else ""
            parts.append(content)
            if t == "code_inline" and content.strip():
                code.append(content.strip())
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
    return Inline(text, bold, code)


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
        inline = Inline(inline.text[m.end() :], inline.bold, inline.code)
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
    """The markdown as a list of block nodes (headings, paragraphs, lists, tables, quotes, code),
    without an assistant's opener and sign-off (`chatter`) and with label paragraphs as headings."""
    tokens = _parser().parse(md or "")
    nodes, _ = _blocks(tokens, 0, None)
    return _labels_as_headings(_without_chatter(nodes))


def _without_chatter(nodes: list[Node]) -> list[Node]:
    """ "Sure!" before the answer and "Let me know if…" after it are the conversation's, not the
    content's (`generators.rules.chatter`)."""
    out = list(nodes)
    if out and isinstance(out[0], Para):
        text = without_opener(out[0].inline.text)
        if text != out[0].inline.text:
            if text:
                out[0] = Para(Inline(text, out[0].inline.bold, out[0].inline.code))
            else:
                out.pop(0)
    while len(out) > 1 and isinstance(out[-1], Para):
        said = sentences(out[-1].inline.text)
        keep = list(said)
        while keep and is_sign_off(keep[-1]):
            keep.pop()
        if len(keep) == len(said):
            break
        if keep:
            last = out[-1].inline
            out[-1] = Para(Inline(" ".join(keep), last.bold, last.code))
            break
        out.pop()
    return out


_LABEL = re.compile(r"^(.{1,60}?)\s*[:：]?$")


def _labels_as_headings(nodes: list[Node]) -> list[Node]:
    """A paragraph that is only a bold label ("**Pros**", "**What you need:**") heads what follows
    it, as a heading one level below the headings before it."""
    out: list[Node] = []
    level = 1
    for k, node in enumerate(nodes):
        if isinstance(node, Heading):
            level = node.level
        nxt = nodes[k + 1] if k + 1 < len(nodes) else None
        if (
            isinstance(node, Para)
            and isinstance(nxt, (ListBlock, Para, Table))
            and len(node.inline.bold) == 1
            and (m := _LABEL.match(node.inline.text))
            and m.group(1).strip(" *") == node.inline.bold[0].strip(" :：*")
        ):
            out.append(Heading(min(level + 1, 6), Inline(m.group(1).strip(" *"))))
            continue
        out.append(node)
    return out


# ------------------------------------------------------------------------------------------- helpers

_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+(?=[A-Z0-9\"“\u4e00-\u9fff])|(?<=[。！？])")
SOURCE = re.compile(r"^\s*(?:sources?|data|fuente|quelle|来源|数据来源|资料来源|出典)\s*[:：]\s*(.+)$", re.I)
VS = re.compile(r"^(.{1,60}?)\s+(?:vs\.?|versus|v\.s\.|对比|对阵|與|与|和)\s+(.{1,60})$", re.I)
DATE_LEAD = re.compile(
    r"^\s*(?P<date>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:1[5-9]|20)\d\d(?:s|年代)?"
    r"(?:年(?:\d{1,2}月)?)?|(?:1[5-9]|20)\d\d[-/]\d{1,2}(?:[-/]\d{1,2})?)\s*(?:[:：\-–—)]\s*|\s+)(?P<rest>.+)$",
    re.I,
)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (English and CJK punctuation)."""
    parts = [p.strip() for p in _SENTENCE.split(text or "") if p and p.strip()]
    return parts or ([text.strip()] if text and text.strip() else [])


def split_title(text: str) -> tuple[str, str]:
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


def stat_of(inline: Inline) -> Stat | None:
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


def document_title(nodes: list[Node], title: str | None, md: str) -> tuple[str, list[Node]]:
    """The deck/infographic title (argument, first h1, else first heading or line) and the rest; "" when
    the markdown opens with a list and names nothing."""
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
    topic = lead_in_topic(rest[0].inline.text) if rest and isinstance(rest[0], Para) else None
    if topic and len(rest) > 1:  # "Here's how to set up a Python virtual environment:" names it
        return short(topic, 150), rest[1:]
    heading = next((n for n in rest if isinstance(n, Heading)), None)
    if heading is not None:
        return short(heading.inline.text, 150), rest
    raw = next((ln for ln in (md or "").splitlines() if ln.strip()), "")
    if LIST_ITEM.match(raw):
        return "", rest  # a list's first item is no title: the caller names it by its kind, in its language
    lines = (re.sub(r"\*\*|__|`", "", ln).strip(" #>*-:：") for ln in (md or "").splitlines())
    first_line = next((ln for ln in lines if ln), "")
    return short(first_line, 80) or "Summary", rest


def item_text(item: Item) -> str:
    text = item.inline.text
    if item.checked is not None:
        text = ("☑ " if item.checked else "☐ ") + text
    return text


def flat_items(lst: ListBlock, depth: int = 0) -> list[tuple[int, Item]]:
    out: list[tuple[int, Item]] = []
    for it in lst.items:
        out.append((depth, it))
        for child in it.children:
            if isinstance(child, ListBlock):
                out.extend(flat_items(child, depth + 1))
    return out

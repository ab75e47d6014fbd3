"""The text kind: markdown shown as markdown, exported as safe HTML or as text slides.

markdown-it-py parses; raw HTML in the answer is escaped, never passed through.
"""

from __future__ import annotations

from functools import lru_cache

from render import deadline, frame
from render.layout import Context, Element, Layout, Page, Rect, TextBox, text_box
from render.plan import TextPlan
from render.text import LINE_HEIGHT

MIN_BODY = 14.0
MAX_PAGES = 100
"""Text slides per answer, as many as a slide deck may have: a book-length answer is read as text."""


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def to_html(markdown: str) -> str:
    """An HTML fragment; any HTML in the markdown is escaped as text."""
    return _parser().render(markdown)


def blocks(markdown: str) -> list[tuple[str, str]]:
    """The markdown as (role, text) paragraphs: role is "heading", "bullet" or "text"."""
    tokens = _parser().parse(markdown)
    out: list[tuple[str, str]] = []
    role = "text"
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            role = "heading"
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            role = "bullet"
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            role = "text"
        elif tok.type == "inline":
            text = "".join(
                c.content for c in tok.children or [] if c.type in ("text", "code_inline", "softbreak")
            )
            text = text.strip() or tok.content.strip()
            prev = tokens[i - 1].type if i else ""
            out.append(("heading" if prev == "heading_open" else role, text))
        elif tok.type == "fence" or tok.type == "code_block":
            out.append(("text", tok.content.rstrip()))
    return [(r, t) for r, t in out if t]


def plain(markdown: str) -> str:
    """The markdown's words without its marks, for text fields that show characters as written
    (a callout, speaker notes): "**June** is highest" reads "June is highest", not with asterisks."""
    return "\n".join(text for _, text in blocks(markdown))


def _body_box(items: list[str], rect: Rect, ctx: Context, min_size: float = MIN_BODY) -> TextBox:
    return text_box(
        items,
        rect,
        max_size=ctx.theme.body_size,
        min_size=min_size,
        color=ctx.theme.text,
        bullet="•" if len(items) > 1 else None,
        name="body",
    )


def place(plan: TextPlan, rect: Rect, ctx: Context) -> list[Element]:
    """The embed protocol: the answer's paragraphs in one text box filling `rect`."""
    items = [t for _, t in blocks(plan.answer)] or [plan.answer]
    box = _body_box(items, rect, ctx, min_size=min(MIN_BODY, ctx.theme.small_size))
    if box.truncated:
        ctx.notes.append("text: the answer was cut to fit its box; the full text is in the answer")
    return [box]


def layout(plan: TextPlan, ctx: Context) -> Layout:
    """Text slides: the first heading (or sentence) as title, paragraphs and list items as body,
    continued on further pages rather than shrunk below a readable size."""
    parts = blocks(plan.answer)
    title = next((t for r, t in parts if r == "heading"), "")
    if title:
        parts.remove(("heading", title))
    title = title or "Answer"
    pages: list[Page] = []
    remaining = [t for _, t in parts] or [plan.answer]
    while remaining:
        deadline.check()
        if len(pages) == MAX_PAGES:
            ctx.notes.append(
                f"text: showing the first {MAX_PAGES} pages; the rest of the answer "
                f"({len(remaining):,} paragraphs) is in the written answer"
            )
            break
        heading = title if not pages else f"{title} (cont.)"
        page, body = frame.open_page(ctx, heading, notes=plan.answer if not pages else "")
        page.title = title
        # A page holds at most this many paragraphs at the floor size: trying more is wasted work,
        # and bounding it keeps a 10,000-heading answer linear instead of quadratic.
        take = min(len(remaining), int(body.h / (MIN_BODY * LINE_HEIGHT)) + 1)
        while True:
            box = _body_box(remaining[:take], body, ctx)
            if not box.truncated or take == 1:
                break
            take = max(1, take * 2 // 3)
        page.add(box)
        pages.append(page)
        remaining = remaining[take:]
    return Layout(pages, kind="text", title=title)


def html(result: object) -> str:
    """A text answer's HTML is its markdown, shown by the page already: no separate visual."""
    return ""

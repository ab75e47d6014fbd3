"""The text kind: markdown shown as markdown, exported as safe HTML or as text slides.

markdown-it-py parses; raw HTML in the answer is escaped, never passed through.
"""

from __future__ import annotations

from functools import lru_cache

from render.layout import PAGE_H, PAGE_W, Context, Layout, Page, Rect, text_box
from render.plan import TextPlan

MARGIN = 48.0
MIN_BODY = 14.0


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


def layout(plan: TextPlan, ctx: Context) -> Layout:
    """Text slides: the first heading (or sentence) as title, paragraphs and list items as body,
    continued on further pages rather than shrunk below a readable size."""
    theme = ctx.theme
    parts = blocks(plan.answer)
    title = next((t for r, t in parts if r == "heading"), "")
    if title:
        parts.remove(("heading", title))
    title = title or "Answer"
    body = Rect(MARGIN, MARGIN + 80, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN - 80)
    pages: list[Page] = []
    remaining = [t for _, t in parts] or [plan.answer]
    while remaining:
        page = Page(background=theme.background, title=title, notes=plan.answer if not pages else "")
        heading = title if not pages else f"{title} (cont.)"
        page.add(
            text_box(
                heading,
                Rect(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, 64),
                max_size=theme.title_size,
                min_size=14,
                color=theme.text,
                bold=True,
                max_lines=2,
                name="title",
            )
        )
        take = len(remaining)
        while True:
            box = text_box(
                remaining[:take],
                body,
                max_size=theme.body_size,
                min_size=MIN_BODY,
                color=theme.text,
                bullet="•" if take > 1 else None,
                name="body",
            )
            if not box.truncated or take == 1:
                break
            take = max(1, take * 2 // 3)
        page.add(box)
        pages.append(page)
        remaining = remaining[take:]
    return Layout(pages, kind="text", title=title)

"""Markdown answers → slides, infographics and diagrams, from markdown-it-py tokens.

The structure an author already wrote is the plan: headings become slide titles, lists become
bullets or steps, tables become charts, bold numbers become stat cards, blockquotes become quotes.
Nothing is invented, so the offline result is faithful to the answer it was given.

    parse.py        the document model and the facts read from it
    chart.py        markdown tables as inline charts
    slides.py       markdown → slides
    infographic.py  markdown → infographic blocks
    diagram.py      text and markdown → diagrams

Shared text and number utilities come from the rules package's utility modules
(`generators.rules.words`, `.numbers`, `.extract`); nothing here imports a rules builder or the
rules planner, which import this package.
"""

from __future__ import annotations

from generators.markdown.chart import markdown_chart, table_chart
from generators.markdown.diagram import arrow_graph, markdown_to_diagram, text_to_diagram
from generators.markdown.infographic import markdown_to_infographic
from generators.markdown.parse import parse, sentences
from generators.markdown.slides import list_slides, markdown_to_slides

__all__ = [
    "arrow_graph",
    "list_slides",
    "markdown_chart",
    "markdown_to_diagram",
    "markdown_to_infographic",
    "markdown_to_slides",
    "parse",
    "sentences",
    "table_chart",
    "text_to_diagram",
]

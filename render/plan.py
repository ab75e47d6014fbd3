"""The plan: the typed contract between planners and renderers.

A plan is data, never code. Each visual kind is one pydantic model; `Plan` is their discriminated
union on `kind`, built by the registry in `render.kinds` (which also validates at the boundary).
Field docstrings are the instructions an LLM reads in the JSON schema, so they are written to the
model, not to the programmer.
"""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from render.kinds import KINDS, EmbeddedPlan, PlanError, parse_plan, plan_json_schema
from render.numerals import language_code

__all__ = [
    "KINDS",
    "Label",
    "Plan",
    "PlanBase",
    "PlanError",
    "Text",
    "parse_plan",
    "plan_json_schema",
    "plan_to_json",
]

# XML 1.0 forbids these; they would corrupt a PPTX or an SVG, so they never enter a plan.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: Any) -> Any:
    """Drop XML-invalid control characters and normalise newlines; leave non-strings to pydantic."""
    if isinstance(value, str):
        return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value


Text = Annotated[str, BeforeValidator(clean_text)]
Label = Annotated[str, BeforeValidator(clean_text), Field(max_length=2000)]
TableRow = Annotated[list[Label], Field(max_length=12)]
"""One row of a table slide or block: at most 12 cells, like its columns."""


MAX_VALUE = 1e300
"""The largest magnitude a chart value may have. Painters add values up (stacks, pie totals, the
"Other" slice, axis ranges): 200 series of 100,000 values this big still sum to a finite number,
while values near the float limit (1.8e308) overflow to infinity, which nothing can draw."""
MAX_VALUES = 1_000_000
MAX_NODES = 500
"""Diagram nodes in one answer: laid out in about two seconds; far past readable (see the note)."""
MAX_EDGES = 2000
"""Numbers in one chart plan (all series together): more than a picture can show, parsed in seconds."""


def _finite_or_none(value: Any) -> Any:
    """NaN and infinities are missing values, not numbers a chart can draw; numbers too large to
    draw are refused, so the plan fails at `render()` with a message instead of at save."""
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > MAX_VALUE:
            raise ValueError(f"{_BEYOND}; got a number with {len(str(abs(value)))} digits")
        value = float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, float) and abs(value) > MAX_VALUE:
        raise ValueError(f"{_BEYOND}; got {value:.3g}")
    if isinstance(value, str):
        stripped = value.strip().replace(",", "")
        if stripped.lower() in {"", "nan", "null", "none", "inf", "-inf", "infinity"}:
            return None
        try:
            number = float(stripped)
        except ValueError:
            return value  # let pydantic report it precisely
        return _finite_or_none(number)
    return value


_BEYOND = (
    "values beyond ±1e300 cannot be drawn; give them in a larger unit (e.g. billions, and say so in `unit`)"
)


Number = Annotated[float | None, BeforeValidator(_finite_or_none)]


class _Model(BaseModel):
    # Built on first use, not at import: containers hold `EmbeddedPlan`, whose kinds are known only
    # once every kind module can be imported.
    model_config = ConfigDict(
        extra="forbid", use_attribute_docstrings=True, str_strip_whitespace=True, defer_build=True
    )


class PlanBase(_Model):
    answer: Text = ""
    """A short written answer in markdown (one to four sentences) shown next to the visual. It must
    stand on its own for a reader who cannot see the visual."""

    alt_text: Text = ""
    """One sentence describing the visual for screen readers: what it shows and its main takeaway."""


# ---------------------------------------------------------------------------------------------- chart


class ChartType(StrEnum):
    bar = "bar"
    grouped_bar = "grouped_bar"
    stacked_bar = "stacked_bar"
    horizontal_bar = "horizontal_bar"
    line = "line"
    area = "area"
    pie = "pie"
    donut = "donut"
    scatter = "scatter"
    histogram = "histogram"
    box = "box"
    heatmap = "heatmap"
    table = "table"


class Aggregate(StrEnum):
    sum = "sum"
    mean = "mean"
    count = "count"
    min = "min"
    max = "max"
    median = "median"


class Series(_Model):
    name: Label = ""
    """Legend name of this series, e.g. "Revenue 2024"."""

    values: list[Number] = Field(default_factory=list, max_length=100_000)
    """The numbers, one per category in the same order (for scatter: the y values; for histogram
    and box: the raw observations). Use null for a missing value."""

    x: list[Number] | None = Field(default=None, max_length=100_000)
    """Scatter only: the x value of each point, same length as `values`."""


class Filter(_Model):
    column: Label
    """Column of the attached table to filter on."""

    op: Literal["==", "!=", ">", ">=", "<", "<=", "in", "not in", "contains"] = "=="
    """Comparison operator."""

    value: str | float | int | bool | list[str | float | int] | None = None
    """Value to compare against (a list for `in` / `not in`)."""


class ChartPlan(PlanBase):
    """A chart: numbers compared, over time, as parts of a whole, distributed or correlated."""

    kind: Literal["chart"] = "chart"

    chart_type: ChartType = ChartType.bar
    """bar: compare a few categories; grouped_bar: several series per category; stacked_bar: parts
    adding to totals; horizontal_bar: long category names or rankings; line: a trend over ordered
    time; area: cumulative or volume over time; pie / donut: shares of one whole (at most ~7 parts,
    non-negative); scatter: relation between two numeric variables; histogram: distribution of one
    variable; box: distributions compared; heatmap: a matrix of values; table: exact values."""

    title: Label = ""
    """Chart title stating the takeaway, e.g. "Revenue doubled in Q4"."""

    subtitle: Label = ""
    """Optional one-line context: period, source or unit."""

    x_title: Label = ""
    """Axis title for x (categories or x values)."""

    y_title: Label = ""
    """Axis title for y (values; a histogram's counts, e.g. "Number of orders", with `x_title`
    naming the measured values)."""

    unit: Label = ""
    """Unit of the values, e.g. "USD", "%", "million people"."""

    language: Annotated[str, BeforeValidator(language_code)] = ""
    """ISO 639-1 code of the language the title and answer are written in ("fr", "de"): the chart
    writes its numbers that language's way ("1 410,5" in French). Empty: English style."""

    categories: list[Label] = Field(default_factory=list, max_length=100_000)
    """Inline data: category labels along x (bars, lines, pie slices; heatmap columns; table
    rows). Leave empty when the chart uses an attached table."""

    series: list[Series] = Field(default_factory=list, max_length=200)
    """Inline data: one or more named series aligned with `categories` (heatmap: one series per
    row, named by the row label). Leave empty when the chart uses an attached table."""

    x: Label | None = None
    """Attached table only: the column for x (categories, dates or numbers)."""

    y: Label | None = None
    """Attached table only: the numeric column for y. May be omitted with aggregate=count."""

    color: Label | None = None
    """Attached table only: optional column whose values split the data into series."""

    aggregate: Aggregate | None = None
    """Attached table only: how to combine the rows that share an x (and color) value."""

    x_period: Literal["day", "week", "month", "quarter", "year"] | None = None
    """Attached table only, x holding dates: group them into periods before aggregating (orders
    on scattered days become sales per month). Omit for one point per date."""

    filters: list[Filter] = Field(default_factory=list, max_length=20)
    """Attached table only: row filters applied before aggregating."""

    sort: Literal["asc", "desc"] | None = None
    """Sort categories by value (asc or desc); omit to keep the natural order."""

    top_n: int | None = Field(default=None, ge=1, le=1000)
    """Keep only the N largest categories (after sorting by value)."""

    @property
    def uses_table(self) -> bool:
        return self.x is not None or self.y is not None

    @property
    def shares_given(self) -> bool:
        """A pie of percentages is labelled with the figures the user gave, not each wedge's share of
        the disc: "40%, 35%" must not read 53% and 47% (their shares of 75) on any painter."""
        return self.unit == "%"

    @model_validator(mode="after")
    def _check_data(self) -> ChartPlan:
        if self.uses_table:
            if self.series or self.categories:
                raise ValueError(
                    "give either inline data (categories + series) or table columns (x, y), not both"
                )
            if (
                self.y is None
                and self.aggregate not in (None, Aggregate.count)
                and (self.chart_type not in (ChartType.histogram, ChartType.table))
            ):
                raise ValueError(f"y: a column is required for aggregate '{self.aggregate}'")
            return self
        if not self.series:
            raise ValueError(
                "series: the chart has no data; give categories + series, or name table columns x and y"
            )
        total = sum(len(s.values) for s in self.series)
        if total > MAX_VALUES:
            raise ValueError(
                f"series: {total:,} values in all; a chart plan holds at most {MAX_VALUES:,} "
                "(attach the data as a table and let the chart aggregate it)"
            )
        if not any(v is not None for s in self.series for v in s.values):
            raise ValueError("series: every value is missing (null/NaN); a chart needs numbers")
        raw = self.chart_type in (ChartType.histogram, ChartType.box)
        for i, s in enumerate(self.series):
            if self.chart_type == ChartType.scatter:
                if s.x is not None and len(s.x) != len(s.values):
                    raise ValueError(
                        f"series[{i}] ({s.name!r}): x has {len(s.x)} values but values has {len(s.values)}"
                    )
                if s.x is None and len(s.values) != len(self.categories):
                    raise ValueError(
                        f"series[{i}] ({s.name!r}): scatter needs x values (series.x) or one category per value"
                    )

            elif not raw and len(s.values) != len(self.categories):
                raise ValueError(
                    f"series[{i}] ({s.name!r}) has {len(s.values)} values but there are "
                    f"{len(self.categories)} categories; give exactly one value per category"
                )
        if self.chart_type in (ChartType.pie, ChartType.donut):
            negative = [
                self.categories[j]
                for s in self.series
                for j, v in enumerate(s.values)
                if v is not None and v < 0
            ]
            if negative:
                raise ValueError(
                    f"series: a {self.chart_type} chart cannot show negative values (at {negative[:5]}); "
                    "use a bar chart instead"
                )
        return self


# --------------------------------------------------------------------------------------------- image


class ImagePlan(PlanBase):
    """A picture generated by a diffusion model: scenes, objects, moods, illustrations."""

    kind: Literal["image"] = "image"

    prompt: Text = Field(min_length=1, max_length=2000)
    """What to draw, in concrete visual terms (subject, setting, lighting, composition). Never ask for
    written words: real text is added separately."""

    negative_prompt: Text = Field(default="", max_length=2000)
    """What to avoid, e.g. "blurry, text, watermark"."""

    style: Literal[
        "photo", "illustration", "flat", "watercolor", "3d", "sketch", "pixel_art", "cinematic"
    ] = "illustration"
    """Overall visual style."""

    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] = "16:9"
    """Shape of the picture."""

    seed: int | None = Field(default=None, ge=0, le=2**32 - 1)
    """Random seed; the same seed and prompt give the same picture."""

    steps: int | None = Field(default=None, ge=1, le=100)
    """Denoising steps; omit to use the model's default."""

    caption: Label = ""
    """Optional caption drawn as real text beside the picture."""


# -------------------------------------------------------------------------------------------- diagram


class DiagramNode(_Model):
    id: Label = Field(min_length=1, max_length=200)
    """Unique identifier referenced by edges, e.g. "n1" or "start"."""

    label: Label = ""
    """Text shown in the node (a few words). Defaults to the id."""

    shape: Literal["rounded", "box", "ellipse", "circle", "diamond", "hexagon", "parallelogram"] = "rounded"
    """rounded: a step; diamond: a decision; ellipse: start/end; parallelogram: input/output;
    box, circle, hexagon: anything else."""

    group: Label | None = None
    """Optional group name; nodes of one group share a colour."""


class DiagramEdge(_Model):
    source: Label
    """id of the node the edge starts at."""

    target: Label
    """id of the node the edge points to."""

    label: Label = ""
    """Optional short label on the edge, e.g. "yes" or "calls"."""

    style: Literal["solid", "dashed"] = "solid"
    """dashed for optional or indirect relations."""


class DiagramPlan(PlanBase):
    """A whiteboard diagram: processes, hierarchies, cycles, mind maps and networks."""

    kind: Literal["diagram"] = "diagram"

    diagram_type: Literal["flowchart", "tree", "cycle", "mindmap", "network"] = "flowchart"
    """flowchart: a process with steps and decisions; tree: a hierarchy or org chart (edges go
    parent → child); cycle: a repeating loop of stages in order; mindmap: ideas around one central
    topic (the first node); network: arbitrary relations."""

    title: Label = ""
    """Diagram title."""

    direction: Literal["TB", "LR", "BT", "RL"] = "TB"
    """Flow direction for flowcharts and trees: TB top→bottom, LR left→right."""

    nodes: list[DiagramNode] = Field(min_length=1, max_length=MAX_NODES)
    """All nodes. Keep labels short; 3–25 nodes read best."""

    edges: list[DiagramEdge] = Field(default_factory=list, max_length=MAX_EDGES)
    """Connections between node ids."""

    @model_validator(mode="before")
    @classmethod
    def _default_labels(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("nodes"), list):
            data = dict(data)
            data["nodes"] = [
                {**n, "label": n.get("label") or n.get("id", "")} if isinstance(n, dict) else n
                for n in data["nodes"]
            ]
        return data

    @model_validator(mode="after")
    def _check_graph(self) -> DiagramPlan:
        ids = [n.id for n in self.nodes]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"nodes: duplicate node ids {dupes[:10]}; every id must be unique")
        known = set(ids)
        for i, e in enumerate(self.edges):
            for end in ("source", "target"):
                ref = getattr(e, end)
                if ref not in known:
                    raise ValueError(
                        f"edges[{i}].{end}: unknown node id {ref!r}; known ids are {sorted(known)[:20]}"
                    )
        return self


# --------------------------------------------------------------------------------------- infographic


class Stat(_Model):
    value: Label = Field(min_length=1)
    """The big number as written, e.g. "42%", "$1.2M", "3×"."""

    label: Label = ""
    """What the number means, a few words."""

    icon: Label | None = Field(default=None, max_length=16)
    """Optional single emoji illustrating the stat, e.g. "📈"."""


class StatsBlock(_Model):
    type: Literal["stats"] = "stats"
    title: Label = ""
    """Optional heading above the cards."""
    items: list[Stat] = Field(min_length=1, max_length=12)
    """Two to six stat cards read best."""


class Step(_Model):
    title: Label = Field(min_length=1)
    """Short step name."""
    text: Label = ""
    """One sentence of detail."""


class StepsBlock(_Model):
    type: Literal["steps"] = "steps"
    title: Label = ""
    """Optional heading."""
    items: list[Step] = Field(min_length=1, max_length=12)
    """Ordered steps, first to last."""


class Event(_Model):
    date: Label = Field(min_length=1)
    """When, as written, e.g. "1969" or "March 2024"."""
    title: Label = ""
    """What happened, a few words."""
    text: Label = ""
    """Optional detail."""


class TimelineBlock(_Model):
    type: Literal["timeline"] = "timeline"
    title: Label = ""
    """Optional heading."""
    events: list[Event] = Field(min_length=1, max_length=16)
    """Events in chronological order."""


class ComparisonBlock(_Model):
    type: Literal["comparison"] = "comparison"
    title: Label = ""
    """Optional heading."""
    left_title: Label = Field(min_length=1)
    """Name of the first side, e.g. "SQL"."""
    left_items: list[Label] = Field(default_factory=list, max_length=12)
    """Points about the first side."""
    right_title: Label = Field(min_length=1)
    """Name of the second side."""
    right_items: list[Label] = Field(default_factory=list, max_length=12)
    """Points about the second side."""


class ChecklistBlock(_Model):
    type: Literal["checklist"] = "checklist"
    title: Label = ""
    """Optional heading."""
    items: list[Label] = Field(min_length=1, max_length=16)
    """Things to do or check."""


class CalloutBlock(_Model):
    type: Literal["callout"] = "callout"
    text: Label = Field(min_length=1)
    """A key message or quote."""
    attribution: Label = ""
    """Who said it, for quotes."""


class TableBlock(_Model):
    type: Literal["table"] = "table"
    title: Label = ""
    """Optional heading."""
    columns: list[Label] = Field(default_factory=list, max_length=12)
    """Column headings; leave empty for a table without a header row (e.g. term → definition)."""
    rows: list[TableRow] = Field(min_length=1, max_length=200)
    """The rows, one cell per column, as written (keep units: "$2.4M", "450 g")."""


class TextBlock(_Model):
    type: Literal["text"] = "text"
    title: Label = ""
    """Optional heading."""
    paragraphs: list[Label] = Field(min_length=1, max_length=12)
    """Short paragraphs of prose, as written."""


class VisualBlock(_Model):
    type: Literal["visual"] = "visual"
    title: Label = ""
    """Optional heading."""
    visual: EmbeddedPlan
    """A chart, diagram, picture or any other visual that fits in a block (its `kind` says which)."""


Block = Annotated[
    StatsBlock
    | StepsBlock
    | TimelineBlock
    | ComparisonBlock
    | ChecklistBlock
    | CalloutBlock
    | TableBlock
    | TextBlock
    | VisualBlock,
    Field(discriminator="type"),
]


class InfographicPlan(PlanBase):
    """A one-glance summary: key numbers, steps, timelines, comparisons, checklists."""

    kind: Literal["infographic"] = "infographic"

    title: Label = Field(min_length=1)
    """Headline of the infographic."""

    subtitle: Label = ""
    """Optional one-line context."""

    blocks: list[Block] = Field(min_length=1, max_length=24)
    """Content blocks in reading order; two to five read best (more continue on further pages).
    Pick the block by what the content is: numbers with labels → stats; ordered actions → steps;
    dated items → timeline; two sides → comparison; rows of attributes → table; to-dos → checklist;
    a key message or quote → callout; prose → text."""

    hero_image: ImagePlan | None = None
    """Optional decorative picture at the top (its prompt must not ask for text)."""

    footer: Label = ""
    """Source or footnote shown at the bottom, e.g. "Source: World Bank, 2024"."""

    notes: Text = ""
    """Speaker notes: what the page leaves out (code, long prose) and why, so nothing is lost."""

    @model_validator(mode="after")
    def _check_size(self) -> InfographicPlan:
        _check_totals(self)
        return self


# --------------------------------------------------------------------------------------------- slides


class Slide(_Model):
    layout: Literal[
        "title",
        "bullets",
        "two_column",
        "big_number",
        "quote",
        "section",
        "chart",
        "image",
        "diagram",
        "visual",
        "stats",
        "timeline",
        "steps",
        "table",
        "cards",
        "statement",
        "code",
    ] = "bullets"
    """Choose by what the content is. title: opening slide; section: a divider; bullets: a list of
    points; two_column: two lists side by side; big_number: one striking figure; stats: two to six
    figures with labels as cards (set `stats`); quote: a quotation; timeline: dated events (set
    `events`); steps: an ordered process (set `steps`); cards: three to six points of equal weight,
    each on its own card (set `bullets`); statement: one key sentence set large (set `text`); code:
    a code example in a monospaced panel (set `code`);
    table: rows of attributes or pairs such as
    problem → fix (set `columns` and `rows`); chart / image / diagram: a visual with a title; visual:
    any other kind of visual (set `visual`)."""

    title: Label = ""
    """Slide title: a short takeaway sentence, not a topic label."""

    subtitle: Label = ""
    """Optional subtitle (title and section slides) or caption."""

    bullets: list[Label] = Field(default_factory=list, max_length=12)
    """bullets and cards: the points, 3–6 short ones (a sub-point starts with "– "); two_column:
    the left column."""

    left_title: Label = ""
    """two_column: heading of the left column."""

    right_title: Label = ""
    """two_column: heading of the right column."""

    right_bullets: list[Label] = Field(default_factory=list, max_length=12)
    """two_column: the right column."""

    number: Label = ""
    """big_number: the figure as written, e.g. "87%"."""

    number_label: Label = ""
    """big_number: what the figure means."""

    stats: list[Stat] = Field(default_factory=list, max_length=12)
    """stats: the figures, each a value as written ("$4.8M", "47 min") and what it measures."""

    events: list[Event] = Field(default_factory=list, max_length=16)
    """timeline: the events in order."""

    steps: list[Step] = Field(default_factory=list, max_length=12)
    """steps: the steps in order."""

    columns: list[Label] = Field(default_factory=list, max_length=12)
    """table: column headings (empty for a table without a header row)."""

    rows: list[TableRow] = Field(default_factory=list, max_length=200)
    """table: the rows, one cell per column, as written."""

    text: Label = ""
    """statement: the message, one or two sentences."""

    code: Text = Field(default="", max_length=20_000)
    """code: the code, as written (lines kept)."""

    quote: Label = ""
    """quote: the quotation."""

    attribution: Label = ""
    """quote: who said it."""

    chart: ChartPlan | None = None
    """chart slides: the chart to show."""

    image: ImagePlan | None = None
    """image slides: the picture to generate."""

    diagram: DiagramPlan | None = None
    """diagram slides: the diagram to draw."""

    visual: EmbeddedPlan | None = None
    """visual slides: a plan of any kind that fits on a page (its own `kind` says which)."""

    notes: Text = ""
    """Speaker notes: what the presenter says on this slide."""

    @model_validator(mode="after")
    def _check_layout(self) -> Slide:
        needs = {"chart": self.chart, "image": self.image, "diagram": self.diagram, "visual": self.visual}
        if self.layout in needs and needs[self.layout] is None:
            raise ValueError(f"layout '{self.layout}' needs the '{self.layout}' field filled in")
        if self.layout == "big_number" and not self.number:
            raise ValueError("layout 'big_number' needs 'number'")
        if self.layout == "quote" and not self.quote:
            raise ValueError("layout 'quote' needs 'quote'")
        wants = {
            "stats": self.stats,
            "timeline": self.events,
            "steps": self.steps,
            "table": self.rows,
            "cards": self.bullets,
            "statement": self.text,
            "code": self.code,
        }
        field_of = {
            "stats": "stats",
            "timeline": "events",
            "steps": "steps",
            "table": "rows",
            "cards": "bullets",
            "statement": "text",
            "code": "code",
        }
        if self.layout in wants and not wants[self.layout]:
            raise ValueError(f"layout '{self.layout}' needs '{field_of[self.layout]}'")
        return self


class SlidesPlan(PlanBase):
    """A slide deck: a talk, a briefing, a lesson, or a long answer split into digestible slides."""

    kind: Literal["slides"] = "slides"

    title: Label = Field(min_length=1)
    """Deck title."""

    subtitle: Label = ""
    """Deck subtitle, e.g. the audience or date."""

    slides: list[Slide] = Field(min_length=1, max_length=100)
    """The slides in order. A title slide is added automatically from `title`; don't repeat it."""

    title_slide: bool = True
    """False when one slide is asked for ("a one-slide summary"): the deck is its slides alone."""

    @model_validator(mode="after")
    def _check_size(self) -> SlidesPlan:
        _check_totals(self)
        return self


def _check_totals(plan: BaseModel) -> None:
    """A container's visuals together must stay as drawable as one: 100 slides each holding a
    500-node diagram would take minutes, so nodes, edges and chart values are limited per plan,
    whatever the nesting."""
    nodes = edges = values = 0
    stack: list[Any] = [plan]
    while stack:
        obj = stack.pop()
        if isinstance(obj, DiagramPlan):
            nodes, edges = nodes + len(obj.nodes), edges + len(obj.edges)
        elif isinstance(obj, ChartPlan):
            values += sum(len(s.values) for s in obj.series)
        if isinstance(obj, BaseModel):
            stack.extend(getattr(obj, name) for name in type(obj).model_fields)
        elif isinstance(obj, list):
            stack.extend(v for v in obj if isinstance(v, BaseModel | list))
    for what, n, limit in (
        ("diagram nodes", nodes, MAX_NODES),
        ("diagram edges", edges, MAX_EDGES),
        ("chart values", values, MAX_VALUES),
    ):
        if n > limit:
            raise ValueError(
                f"the plan holds {n:,} {what} in all; one answer draws at most {limit:,}. "
                "Split it into several answers or simplify the visuals"
            )


# ----------------------------------------------------------------------------------------------- text


class TextPlan(PlanBase):
    """Plain markdown, for answers where a visual adds nothing (definitions, yes/no, short facts)."""

    kind: Literal["text"] = "text"

    @model_validator(mode="after")
    def _needs_answer(self) -> TextPlan:
        # after the model, not on the field: a missing answer (the default) is checked too, so a
        # plan that validates also validates again from its own JSON
        if not self.answer.strip():
            raise ValueError("answer: a text plan needs a non-empty markdown answer")
        return self


# ----------------------------------------------------------------------------------------------- union

# Type hints only: the live union is built by the registry (`render.kinds`) from every registered kind.
Plan = Annotated[
    ChartPlan | SlidesPlan | InfographicPlan | DiagramPlan | ImagePlan | TextPlan,
    Field(discriminator="kind"),
]


def plan_to_json(plan: Any, indent: int | None = 2) -> str:
    return plan.model_dump_json(indent=indent, exclude_defaults=False)

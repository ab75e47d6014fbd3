"""The registry of visual kinds: the one list every part of the project reads.

A kind is one module plus one `Kind` entry here. The entry names the plan model, the module that lays
it out (`layout(plan, ctx) -> Layout` and `place(plan, rect, ctx) -> list[Element]`), its icon and
label, the formats it saves to, its planner hooks and its refine verbs. The plan union and its JSON
schema, the CLI's `--kind` choices, the app's menus, the LLM's menu of forms and the rules router are
all derived from it, so a kind that is registered is everywhere and one that is not is nowhere.

Models and modules are named by "module:attribute" strings and imported on first use: this module
imports nothing else of the project's, so any module may import it without a cycle, and
`import render` stays cheap.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Union

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic_core import CoreSchema

ALL_FORMATS = (".pptx", ".svg", ".png", ".html", ".json", ".md")


@dataclass(frozen=True)
class PlannerHooks:
    """How planners learn about a kind."""

    prompt: str
    """One line for the LLM's menu of forms: when this kind is the right answer."""

    rules: str = ""
    """Module of the offline rules planner for this kind: `CUES` (routing phrases by language, with
    weights) and `build(request) -> Plan`. Empty: the rules planner never chooses the kind itself."""


@dataclass(frozen=True)
class Kind:
    """One visual kind. Strings are "module:attribute" (model) or "module" (the kind's module)."""

    name: str
    model: str
    module: str
    icon: str
    label: str
    planner: PlannerHooks
    example: Mapping[str, Any]
    """A small valid plan: shown to LLMs as a sample and rendered by the tests in every format."""
    formats: tuple[str, ...] = ALL_FORMATS
    """File suffixes a result of this kind saves to."""
    refine: tuple[str, ...] = ()
    """Refine verbs this kind understands offline, as examples shown to the user."""
    embeddable: bool = True
    """Can be placed inside a page of another kind (a slide, an infographic block)."""
    priority: int = 50
    """Tie-break when the router finds equally strong cues for two kinds: the higher wins."""
    screen: str = "pages"
    """How the app shows it: "figure" (interactive plotly), "pages" (SVG pages), "pictures", "markdown"
    or "module" (the kind's module has `show(view, st, key)`)."""

    def load_model(self) -> type[BaseModel]:
        return _resolve(self.model)

    def load_module(self) -> Any:
        return importlib.import_module(self.module)

    def load_rules(self) -> Any | None:
        return importlib.import_module(self.planner.rules) if self.planner.rules else None


def _resolve(path: str) -> Any:
    module, _, attr = path.partition(":")
    return getattr(importlib.import_module(module), attr)


class PlanError(ValueError):
    """A plan that failed validation; `errors` are precise enough to send back to an LLM for repair."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("invalid plan: " + "; ".join(errors))


class Registry(Mapping[str, Kind]):
    """Kinds by name, in registration order. Iterating yields names, so `kind in KINDS`,
    `list(KINDS)` and argparse `choices=KINDS` all read the live registry."""

    def __init__(self) -> None:
        self._kinds: dict[str, Kind] = {}
        self._lock = threading.RLock()
        self._adapter: TypeAdapter[Any] | None = None
        self._embed: Any = None
        self._models: dict[str, type[BaseModel]] | None = None

    def __getitem__(self, name: str) -> Kind:
        return self._kinds[name]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._kinds))

    def __len__(self) -> int:
        return len(self._kinds)

    def __repr__(self) -> str:
        return f"Registry({', '.join(self._kinds)})"

    def register(self, kind: Kind) -> Kind:
        """Add (or replace) a kind; the plan union and every container model are rebuilt."""
        with self._lock:
            self._kinds[kind.name] = kind
            self._invalidate()
        return kind

    def unregister(self, name: str) -> None:
        with self._lock:
            self._kinds.pop(name, None)
            self._invalidate()

    @contextlib.contextmanager
    def without(self, name: str) -> Iterator[None]:
        """Leave a kind out for a while (tests standing in for it), then put it back in its place."""
        with self._lock:
            saved = dict(self._kinds)
            self.unregister(name)
        try:
            yield
        finally:
            with self._lock:
                self._kinds = saved
                self._invalidate()

    def _invalidate(self) -> None:
        stale = self._models is not None
        self._adapter = self._embed = self._models = None
        if stale:
            _rebuild(self.models().values())

    def models(self) -> dict[str, type[BaseModel]]:
        """Plan model per kind name."""
        with self._lock:
            if self._models is None:
                self._models = {name: k.load_model() for name, k in self._kinds.items()}
            return dict(self._models)

    def embeddable(self) -> list[str]:
        return [name for name, k in self._kinds.items() if k.embeddable]

    def union(self, names: list[str] | None = None) -> Any:
        models = self.models()
        chosen = tuple(models[n] for n in (names if names is not None else list(models)))
        return Annotated[Union[chosen], Field(discriminator="kind")]  # noqa: UP007 - a runtime tuple

    def adapter(self) -> TypeAdapter[Any]:
        with self._lock:
            if self._adapter is None:
                self._adapter = TypeAdapter(self.union())
            return self._adapter

    def embed_union(self) -> Any:
        with self._lock:
            if self._embed is None:
                self._embed = self.union(self.embeddable())
            return self._embed

    def by_priority(self) -> list[Kind]:
        """Kinds from the strongest tie-break to the weakest."""
        return sorted(self._kinds.values(), key=lambda k: -k.priority)


def _rebuild(models: Any) -> None:
    """Force-rebuild every model reachable from `models`, innermost first, so containers that hold
    an `EmbeddedPlan` see the kinds registered since they were first built."""
    seen: set[type] = set()
    order: list[type[BaseModel]] = []

    def visit(tp: Any) -> None:
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            if tp in seen:
                return
            seen.add(tp)
            for f in tp.model_fields.values():
                visit(f.annotation)
            order.append(tp)
            return
        for arg in getattr(tp, "__args__", ()) or ():
            visit(arg)
        for meta in getattr(tp, "__metadata__", ()) or ():
            visit(meta)

    for m in models:
        visit(m)
    for m in order:
        m.model_rebuild(force=True)


KINDS = Registry()


class EmbeddedPlan:
    """A field type meaning "a plan of any embeddable kind": slides and infographics hold one without
    naming kinds, so a kind registered later can be placed on their pages too."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return handler.generate_schema(KINDS.embed_union())

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: CoreSchema, handler: GetJsonSchemaHandler) -> Any:
        return handler(schema)


# ------------------------------------------------------------------------------------ plan boundary


def _format(err: ValidationError) -> list[str]:
    out = []
    for e in err.errors(include_url=False):
        parts = list(e["loc"])
        if parts and parts[0] in KINDS:  # the union's tag adds nothing for the reader
            parts = parts[1:]
        loc = ".".join(str(p) for p in parts)
        msg = e["msg"].removeprefix("Value error, ")
        out.append(f"{loc}: {msg}" if loc else msg)
    return out


def parse_plan(data: Any) -> Any:
    """Validate a plan given as a model, dict or JSON text; raise PlanError with field paths."""
    if isinstance(data, BaseModel) and type(data) in KINDS.models().values():
        return data
    try:
        if isinstance(data, str | bytes):
            return KINDS.adapter().validate_json(data)
        return KINDS.adapter().validate_python(data)
    except ValidationError as err:
        raise PlanError(_format(err)) from None


def plan_json_schema() -> dict[str, Any]:
    """The JSON schema an LLM is given to write a plan."""
    return KINDS.adapter().json_schema()


def kind_of(plan: Any) -> Kind:
    return KINDS[plan.kind]


def place(plan: Any, rect: Any, ctx: Any) -> list[Any]:
    """The embed protocol: any kind's plan laid out inside `rect` of a page."""
    return kind_of(plan).load_module().place(plan, rect, ctx)


# ------------------------------------------------------------------------------------------ built-ins

_EXAMPLE_CHART = {
    "kind": "chart",
    "chart_type": "bar",
    "title": "Revenue by quarter",
    "unit": "M USD",
    "categories": ["Q1", "Q2", "Q3", "Q4"],
    "series": [{"name": "2024", "values": [1.2, 1.5, 1.1, 2.0]}],
    "answer": "Revenue peaked in **Q4** at 2.0M.",
    "alt_text": "Bar chart of revenue per quarter, highest in Q4.",
}
_EXAMPLE_DIAGRAM = {
    "kind": "diagram",
    "title": "Sign-up flow",
    "nodes": [
        {"id": "a", "label": "Sign up", "shape": "ellipse"},
        {"id": "b", "label": "Verify email"},
        {"id": "c", "label": "First login", "shape": "ellipse"},
    ],
    "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}],
    "answer": "Users sign up, verify, then log in.",
}
_EXAMPLE_IMAGE = {"kind": "image", "prompt": "a lighthouse at dusk", "caption": "A lighthouse", "seed": 7}

BUILT_INS = (
    Kind(
        name="slides",
        model="render.plan:SlidesPlan",
        module="render.slides",
        icon="🖼️",
        label="Slides",
        planner=PlannerHooks(
            "a talk, briefing, lesson or a long answer split into slides; when slides or a deck are asked for.",
            rules="generators.rules.slides",
        ),
        example={
            "kind": "slides",
            "title": "Quarterly review",
            "slides": [
                {"layout": "bullets", "title": "Highlights", "bullets": ["Revenue up 40%", "Churn down"]},
                {"layout": "chart", "title": "Revenue grew", "chart": _EXAMPLE_CHART},
            ],
            "answer": "A short review deck.",
        },
        refine=("fewer slides", "3 slides", "dark theme"),
        embeddable=False,
        priority=60,
    ),
    Kind(
        name="infographic",
        model="render.plan:InfographicPlan",
        module="render.infographic",
        icon="🧾",
        label="Infographic",
        planner=PlannerHooks(
            "a one-glance summary: key numbers, steps, a timeline, a comparison, a checklist.",
            rules="generators.rules.infographic",
        ),
        example={
            "kind": "infographic",
            "title": "Coffee in numbers",
            "blocks": [
                {
                    "type": "stats",
                    "items": [
                        {"value": "2.25B", "label": "cups a day"},
                        {"value": "70%", "label": "arabica"},
                    ],
                },
                {"type": "steps", "items": [{"title": "Harvest"}, {"title": "Roast"}, {"title": "Brew"}]},
            ],
            "answer": "Coffee is huge.",
        },
        refine=("dark theme", "title: …"),
        priority=50,
    ),
    Kind(
        name="diagram",
        model="render.plan:DiagramPlan",
        module="render.diagram",
        icon="🔀",
        label="Diagram",
        planner=PlannerHooks(
            "processes, flowcharts, hierarchies and org charts, cycles, mind maps, networks.",
            rules="generators.rules.diagram",
        ),
        example=_EXAMPLE_DIAGRAM,
        refine=("dark theme", "title: …"),
        priority=40,
    ),
    Kind(
        name="chart",
        model="render.plan:ChartPlan",
        module="render.chart",
        icon="📊",
        label="Chart",
        planner=PlannerHooks(
            "numbers compared, over time, as parts of a whole, distributed or correlated; a data table.",
            rules="generators.rules.chart",
        ),
        example=_EXAMPLE_CHART,
        refine=("make it a pie chart", "largest first", "top 5", "title: …", "dark theme", "by month"),
        priority=30,
        screen="figure",
    ),
    Kind(
        name="image",
        model="render.plan:ImagePlan",
        module="render.image",
        icon="🎨",
        label="Image",
        planner=PlannerHooks(
            "a picture of a scene, object, person or mood (illustration, photo, painting).",
            rules="generators.rules.image",
        ),
        example=_EXAMPLE_IMAGE,
        refine=("dark theme",),
        priority=20,
        screen="pictures",
    ),
    Kind(
        name="animation",
        model="render.animation:AnimationPlan",
        module="render.animation",
        icon="🎬",
        label="Animation",
        planner=PlannerHooks(
            "change over time played frame by frame (a bar-chart race, a line drawing itself year by year) "
            "or a diagram, infographic or deck built up step by step, or a short generated clip of a moving "
            "scene (rain on a window, a turning windmill); only when motion helps or is asked for.",
            rules="generators.rules.animation",
        ),
        example={
            "kind": "animation",
            "title": "How the race was run",
            "scenes": [
                {
                    "visual": {
                        "kind": "chart",
                        "chart_type": "horizontal_bar",
                        "title": "Cloud revenue by vendor",
                        "unit": "B USD",
                        "sort": "desc",
                        "categories": ["Atlas", "Borealis", "Cirrus"],
                        "series": [
                            {"name": "2021", "values": [10, 14, 6]},
                            {"name": "2022", "values": [15, 16, 11]},
                            {"name": "2023", "values": [21, 17, 19]},
                        ],
                    },
                    "frames_from": "series",
                    "captions": ["Borealis leads", "Atlas closes in", "Atlas takes the lead"],
                },
                {"visual": _EXAMPLE_DIAGRAM, "caption": "How a customer signs up"},
            ],
            "answer": "Atlas overtook Borealis in 2023; the sign-up flow has three steps.",
            "alt_text": "Animated bar race of cloud revenue 2021-2023, then a sign-up flow built step by step.",
        },
        formats=(".gif", ".mp4", ".webp", ".html", ".pptx", ".png", ".svg", ".json", ".md"),
        refine=("dark theme",),
        priority=25,
        screen="module",
    ),
    Kind(
        name="app",
        model="render.interactive_model:AppPlan",
        module="render.interactive",
        icon="🧮",
        label="App",
        planner=PlannerHooks(
            "something to play with: a calculator or converter, a table to explore with filters, a quiz "
            "or flashcards, a checklist, a random picker (whose turn, teams), a timer, a log to track "
            "entries; inputs, formulas and views, never code.",
            rules="generators.rules.app",
        ),
        example={
            "kind": "app",
            "title": "Mortgage calculator",
            "inputs": [
                {"name": "principal", "label": "Loan amount", "default": 300000, "min": 0, "step": 1000},
                {
                    "name": "rate",
                    "label": "Interest rate",
                    "unit": "%",
                    "default": 5,
                    "min": 0,
                    "max": 30,
                    "step": 0.05,
                    "type": "slider",
                },
                {"name": "years", "label": "Term", "unit": "years", "default": 30, "min": 1, "max": 40},
            ],
            "computed": [
                {
                    "name": "payment",
                    "label": "Monthly payment",
                    "formula": "-pmt(rate / 100 / 12, years * 12, principal)",
                    "decimals": 2,
                },
                {
                    "name": "interest",
                    "label": "Total interest",
                    "formula": "payment * years * 12 - principal",
                    "decimals": 0,
                },
            ],
            "views": [
                {"type": "metric", "value": "payment"},
                {"type": "metric", "value": "interest"},
                {
                    "type": "chart",
                    "title": "Where the money goes",
                    "chart_type": "donut",
                    "categories": ["Principal", "Interest"],
                    "series": [{"values": ["principal", "interest"]}],
                },
            ],
            "answer": "At 5% over 30 years, 300,000 costs **1,610.46 a month**.",
        },
        formats=(".html", ".pptx", ".png", ".svg", ".json", ".md"),
        refine=("dark theme", "title: …"),
        priority=45,
        screen="module",
    ),
    Kind(
        name="text",
        model="render.plan:TextPlan",
        module="render.markdown",
        icon="📝",
        label="Text",
        planner=PlannerHooks(
            "plain markdown when a visual adds nothing (definitions, yes/no, short facts, explanations).",
            rules="generators.rules.text",
        ),
        example={"kind": "text", "answer": "# Paris\n\nThe capital of France is **Paris**."},
        priority=0,
        screen="markdown",
    ),
)


MENU_ORDER = (
    "chart",
    "slides",
    "infographic",
    "diagram",
    "image",
    "animation",
    "app",
    "text",
)  # the order menus list them
for _name in MENU_ORDER:
    KINDS.register(next(k for k in BUILT_INS if k.name == _name))

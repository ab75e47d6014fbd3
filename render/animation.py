"""The animation kind: other kinds' plans played over time — animated charts and step-by-step builds.

An `AnimationPlan` is data, never code: scenes, each holding the plan of what is shown (a chart,
diagram, infographic or slide deck, exactly as those kinds define it) plus timing — what plays as
time for a chart, the build order for the rest, durations and captions.

One computation (`render.animation_scenes.Track`, made once per result) feeds every output:
- `layout` gives the slide-show pages: one native chart slide per time step with the Morph
  transition (shapes named alike, so bars slide in PowerPoint), and one page per build with its
  steps as entrance animations (`Page.builds`). `.pptx` is therefore the ordinary deck painter.
- `.gif`, `.mp4` and `.webp` are frames drawn by our SVG painter and rasterised by resvg: chart
  values tweened between time steps, builds revealed step by step (`render.animation_video`).
- `.png` and `.svg` give one still: the last frame, or the step `still` names; `place` puts that
  still inside a rectangle, so an animation can sit on a slide.
- A clip scene (an `ImagePlan` whose prompt describes motion) plays the frames of a generated
  clip (`render.animation_clips`, frames from the context's clip source: diffusers' AnimateDiff);
  its slide holds the clip as an animated GIF picture, which PowerPoint plays in the slide show.
- `.html` and the app: an animated plotly figure (play, pause, slider) for a single chart scene,
  otherwise our own small player over inline SVG steps (`render.animation_player`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from render import animation_builds as builds
from render import animation_clips as clips
from render import animation_scenes as scenes
from render.layout import Context, Element, Layout, Page, Rect, scaled
from render.plan import ChartPlan, DiagramPlan, ImagePlan, InfographicPlan, Label, PlanBase, SlidesPlan

if TYPE_CHECKING:
    import plotly.graph_objects as go


class _Part(BaseModel):
    model_config = ConfigDict(
        extra="forbid", use_attribute_docstrings=True, str_strip_whitespace=True, defer_build=True
    )


Shown = Annotated[
    ChartPlan | DiagramPlan | InfographicPlan | SlidesPlan | ImagePlan, Field(discriminator="kind")
]


class Scene(_Part):
    visual: Shown
    """What this scene shows: a complete chart, diagram, infographic, slides or image plan (its
    `kind` says which). A chart plays over time; diagrams, infographics and slides are built up step
    by step; an image plan is a generated clip: its prompt describes the scene AND its motion in
    concrete visual terms ("rain drops running down a window pane, city lights blurred behind"),
    never numbers, steps or written words to show (those are a chart, diagram or slides)."""

    frames_from: Literal["categories", "series"] = "categories"
    """Charts with inline data: what plays as time. categories: the x categories are the time steps
    and the chart draws itself along x (a line year by year, bars one by one). series: each series
    is one time step, named by its time label (e.g. "2021"), every series giving one value per
    category; values glide from one step to the next (a bar-chart race: horizontal_bar with sort
    "desc"; bubbles moving: scatter with series.x)."""

    frame_field: Label | None = None
    """Charts on an attached table: the column holding the time steps (e.g. "year"). Each frame is
    the chart computed on that step's rows. Leave empty to play the chart's own x column."""

    order: list[Label] = Field(default_factory=list, max_length=500)
    """Diagram builds: node ids in the order they appear (default: following the arrows)."""

    per_step: int = Field(default=1, ge=1, le=50)
    """Builds: how many elements (nodes, cards, bullets) appear at each step."""

    captions: list[Label] = Field(default_factory=list, max_length=300)
    """Optional caption for each step of a build or each time step of a chart, in order."""

    caption: Label = ""
    """Optional caption shown through the whole scene (steps without their own caption show it)."""

    step_seconds: float = Field(default=1.0, ge=0.1, le=20.0)
    """Seconds per step or per time step; charts glide between time steps during it."""

    hold_seconds: float = Field(default=1.5, ge=0.0, le=30.0)
    """Seconds the finished scene stays on screen before the next scene (or the loop). For a clip
    that loops seamlessly (rain, a turning wheel) use 0."""

    frames: int = Field(default=16, ge=2, le=32)
    """Clips (image visuals) only: how many frames the generated clip has; 16 suits most models."""

    fps: int = Field(default=6, ge=1, le=12)
    """Clips only: frames per second the clip plays at; one of 1, 2, 3, 4, 6 or 12."""

    @model_validator(mode="after")
    def _check(self) -> Scene:
        is_chart = isinstance(self.visual, ChartPlan)
        is_clip = isinstance(self.visual, ImagePlan)
        fields = type(self).model_fields
        clip_only = [n for n in ("frames", "fps") if getattr(self, n) != fields[n].default]
        if clip_only and not is_clip:
            raise ValueError(f"{', '.join(clip_only)}: only a clip (an image visual) has frames and fps")
        if 12 % self.fps:
            raise ValueError(f"fps: {self.fps} does not divide 12; use one of 1, 2, 3, 4, 6 or 12")
        if is_clip:
            steps = [n for n in ("order", "captions") if getattr(self, n)]
            steps += ["per_step"] * (self.per_step != 1) + ["frame_field"] * (self.frame_field is not None)
            if steps:
                raise ValueError(
                    f"{', '.join(steps)}: a clip (an image visual) plays generated frames; it has no "
                    "build steps or time field. Use caption for text under it"
                )
        if self.frame_field is not None and not (is_chart and self.visual.uses_table):
            raise ValueError("frame_field: only a chart on an attached table (x/y columns) has a frame field")
        if self.order and not isinstance(self.visual, DiagramPlan):
            raise ValueError("order: only diagram builds take a node order")
        if self.order:
            known = {n.id for n in self.visual.nodes}  # type: ignore[union-attr]
            unknown = [i for i in self.order if i not in known]
            if unknown:
                raise ValueError(
                    f"order: unknown node ids {unknown[:10]}; known ids are {sorted(known)[:20]}"
                )
        if is_chart and self.frames_from == "series" and not self.visual.uses_table:
            chart: ChartPlan = self.visual  # type: ignore[assignment]
            if chart.chart_type.value not in scenes.MORPHABLE:
                raise ValueError(
                    f"frames_from: a {chart.chart_type.value} chart cannot glide between series; use "
                    f"one of {sorted(scenes.MORPHABLE)} or frames_from 'categories'"
                )
        return self


class AnimationPlan(PlanBase):
    """An animation: change over time played frame by frame, a visual built up step by step, or a
    short generated clip of a moving scene.

    Use it only when motion helps or is asked for ("animate", "bar chart race", "one by one",
    "build up", "a gif of"): a chart whose data has a time field plays with smooth tweening and a
    visible time label; a diagram, infographic or deck appears node by node, card by card or bullet
    by bullet, each step with an optional caption; an image visual becomes a generated clip (rain
    on a window, a turning windmill, sand running through an hourglass) when the user asks for a
    moving scene with no data, steps or structure to show. Several scenes in a row make a short
    explainer video. Each scene's `visual` is a complete plan of its own kind; the animation adds
    only timing."""

    kind: Literal["animation"] = "animation"

    title: Label = ""
    """Title of the animation (file names, the player); each scene's visual keeps its own title."""

    scenes: list[Scene] = Field(min_length=1, max_length=20)
    """The scenes in playing order; most animations need one."""

    effect: Literal["fade", "appear", "draw"] = "fade"
    """How build steps enter: fade in, appear at once, or draw on from the left like a whiteboard."""

    loop: bool = True
    """Play again from the start when the end is reached (GIF, player)."""

    still: int = Field(default=-1, ge=-1, le=10_000)
    """Which step the still pictures (.png, .svg, an animation placed on a slide) show, counted over
    all scenes: -1 the last (the finished animation), 0 the first."""


# --------------------------------------------------------------------------------------------- track


class Track:
    """Every scene of one plan in one context, as the outputs read it."""

    def __init__(self, plan: Any, ctx: Context):
        self.plan, self.ctx = plan, ctx
        self.effect = scenes.EFFECTS[plan.effect]
        charts = sum(isinstance(s.visual, ChartPlan) for s in plan.scenes) or 1
        self.parts: list[scenes.ChartPart | builds.BuildPart | clips.ClipPart] = []
        for i, scene in enumerate(plan.scenes):
            if isinstance(scene.visual, ImagePlan):
                self.parts.append(clips.ClipPart(scene, ctx, f"scene {i + 1}"))
            elif isinstance(scene.visual, ChartPlan):
                self.parts.append(scenes.ChartPart(scene, ctx, f"scene {i + 1}", scenes.MAX_FRAMES // charts))
            else:
                self.parts.append(builds.BuildPart(scene, ctx, self.effect, f"scene {i + 1}"))

    def deck_pages(self) -> list[Page]:
        return [p for part in self.parts for p in part.deck_pages()]

    def steps(self) -> list[scenes.Step]:
        return [s for part in self.parts for s in part.steps()]

    def still_page(self, index: int = -1) -> Page:
        steps = self.steps()
        return steps[index if -len(steps) <= index < len(steps) else -1].page

    def still_svg(self, index: int = -1) -> str:
        from render.svg import page_svg

        return page_svg(self.still_page(index), self.ctx.theme, self.plan.title)

    def shots(self) -> Iterator[scenes.Shot]:
        """Every frame of the video in order; consecutive identical frames come merged."""
        last: Page | None = None
        for part in self.parts:
            first = True
            for shot in part.shots():
                if first and last is not None and shot.prev is None:
                    for k in range(1, scenes.SCENE_FADE_TICKS + 1):  # a short crossfade between scenes
                        yield scenes.Shot(shot.page, 1, prev=last, alpha=k / (scenes.SCENE_FADE_TICKS + 1))
                first = False
                yield shot
                last = shot.page

    def figure(self, index: int) -> go.Figure:
        part = self.parts[index]
        assert isinstance(part, scenes.ChartPart)
        return part.figure()


# -------------------------------------------------------------------------------------------- cache

_LOCK = threading.Lock()


def track(plan: AnimationPlan, ctx: Context) -> Track:
    """The plan's track in this context, computed on first use. It is kept on the context itself
    (a Context is not hashable), so it lives exactly as long as the rendered result does."""
    with _LOCK:
        tracks: dict[int, tuple[AnimationPlan, Track]] = ctx.__dict__.setdefault("_animation_tracks", {})
        hit = tracks.get(id(plan))
        if hit is not None and hit[0] is plan:
            return hit[1]
    made = Track(plan, ctx)
    with _LOCK:
        tracks[id(plan)] = (plan, made)
    return made


# ---------------------------------------------------------------------------------------- protocol


def check(plan: AnimationPlan, ctx: Context) -> None:
    """At `render()`: table columns named by a scene fail now, with the column names."""
    for i, scene in enumerate(plan.scenes):
        scenes.check_scene(scene, ctx, f"scenes[{i}]")


def layout(plan: AnimationPlan, ctx: Context) -> Layout:
    """The slide-show pages: time steps of charts as Morph slides, builds as pages with steps."""
    return Layout(pages=track(plan, ctx).deck_pages(), kind="animation", title=_title(plan))


def place(plan: AnimationPlan, rect: Rect, ctx: Context) -> list[Element]:
    """The embed protocol: the still frame scaled into `rect` (a slide cannot play a video)."""
    page = track(plan, ctx).still_page(plan.still)
    s = min(rect.w / page.width, rect.h / page.height)
    dx, dy = rect.x + (rect.w - page.width * s) / 2, rect.y + (rect.h - page.height * s) / 2
    return [scaled(el, s, dx, dy) for el in page.elements]


def has_figure(plan: AnimationPlan) -> bool:
    """An interactive plotly figure exists for a single chart scene; builds play in our player."""
    return len(plan.scenes) == 1 and isinstance(plan.scenes[0].visual, ChartPlan)


def figure(plan: AnimationPlan, ctx: Context) -> go.Figure:
    """The chart scene as plotly animation frames, with play/pause buttons and a time slider."""
    if not has_figure(plan):
        raise ValueError(
            "only an animation of one chart scene has a plotly figure; builds play in the player"
        )
    return track(plan, ctx).figure(0)


def html(result: Any) -> str:
    """Self-contained and offline: plotly.js inlined for a chart, else our player over inline SVG."""
    if result.has_figure:
        return result.figure.to_html(full_html=False, include_plotlyjs=True, auto_play=True)
    from render import animation_player

    return animation_player.player_html(track(result.plan, result.ctx), result.theme)


def write(result: Any, suffix: str) -> bytes | str | None:
    """Video and still formats; None leaves .pptx, .html, .json and .md to the defaults."""
    t = track(result.plan, result.ctx)
    if suffix == ".svg":
        return t.still_svg(result.plan.still)
    if suffix == ".png":
        from render.svg import to_png

        return to_png(t.still_svg(result.plan.still), scale=2.0)
    if suffix in (".gif", ".mp4", ".webp"):
        from render import animation_video

        return animation_video.encode(t, suffix, loop=result.plan.loop)
    return None


def show(view: Any, st: Any, key: str) -> None:
    """The app's display hook (`screen="module"`) for builds: our player. An animated chart has a
    figure (`has_figure`) and is drawn as a chart, with plotly's own player, never through here.
    `st` is the streamlit module, passed in so render/ never imports it."""
    result = view.result
    from render import animation_player

    t = track(result.plan, result.ctx)
    page = animation_player.player_page(t, result.theme)
    height = animation_player.frame_height(720) + 70
    if hasattr(st, "iframe"):  # Streamlit ≥ 1.5x: our own trusted HTML, scripts allowed
        st.iframe(page, height=height)
    else:
        st.components.v1.html(page, height=height, scrolling=False)


def _title(plan: AnimationPlan) -> str:
    return plan.title or next((getattr(s.visual, "title", "") for s in plan.scenes if s.visual), "")

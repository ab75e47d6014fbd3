"""The rendering API: a plan in, a `Result` out that saves itself in any format by suffix."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from render.kinds import ALL_FORMATS, KINDS, Kind, parse_plan
from render.layout import ClipSource, Context, ImageSource, Layout, Progress, Status
from render.plan import Plan, plan_to_json
from render.theme import Theme, get_theme

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

FORMATS = ALL_FORMATS  # what every kind can be asked for; a kind's entry may declare more or fewer


class Result:
    """A rendered answer. Work happens lazily, once per format, so asking for JSON costs nothing."""

    def __init__(self, plan: Plan, ctx: Context):
        self.plan = plan
        self.ctx = ctx
        # Per result, not functools.cached_property: on Python 3.11 its lock is shared by every
        # instance, so one session's slow picture would hold up every other session's layout.
        self._lock = threading.RLock()
        self._layout: Layout | None = None
        self._figure: go.Figure | None = None

    @property
    def kind(self) -> str:
        return self.plan.kind

    @property
    def spec(self) -> Kind:
        """The kind's registry entry."""
        return KINDS[self.plan.kind]

    @property
    def module(self) -> Any:
        """The kind's module: `layout`, `place`, and the optional `figure`, `html` and `write` hooks."""
        return self.spec.load_module()

    @property
    def formats(self) -> tuple[str, ...]:
        return self.spec.formats

    @property
    def theme(self) -> Theme:
        return self.ctx.theme

    @property
    def notes(self) -> list[str]:
        """Honest remarks made while rendering (rows dropped, image not generated…)."""
        self.layout  # noqa: B018 - notes are collected while laying out
        return list(dict.fromkeys(self.ctx.notes))

    @property
    def layout(self) -> Layout:
        """The pages, computed once (pictures are generated here)."""
        with self._lock:
            if self._layout is None:
                self._layout = self.module.layout(self.plan, self.ctx)
            return self._layout

    @property
    def has_figure(self) -> bool:
        """Whether `figure` exists; a kind whose plans differ here answers per plan (`has_figure(plan)`)."""
        module = self.module
        if not hasattr(module, "figure"):
            return False
        per_plan = getattr(module, "has_figure", None)
        return per_plan is None or bool(per_plan(self.plan))

    @property
    def figure(self) -> go.Figure:
        """The interactive plotly figure (kinds whose module has `figure`: charts), built once."""
        if not self.has_figure:
            raise ValueError(f"a {self.plan.kind} plan has no plotly figure")
        with self._lock:
            if self._figure is None:
                self._figure = self.module.figure(self.plan, self.ctx)
            return self._figure

    def to_svg(self) -> str:
        from render.svg import layout_svg

        return layout_svg(self.layout, self.theme)

    def to_png(self, scale: float = 2.0) -> bytes:
        from render.svg import to_png

        theme = self.theme
        return to_png(self.to_svg(), scale=scale, families=(theme.font, theme.title_font))

    def to_pptx(self) -> bytes:
        return export_deck([self])

    def restyled(self, theme: Theme) -> Result:
        """The same answer laid out again with another theme (a template's page size and colours)."""
        ctx = Context(
            theme=theme,
            table=self.ctx.table,
            images=self.ctx.images,
            progress=self.ctx.progress,
            status=self.ctx.status,
        )
        return Result(self.plan, ctx)

    def to_json(self) -> str:
        return plan_to_json(self.plan)

    def to_markdown(self) -> str:
        """The written answer; a plan without one is described by its title and alt text."""
        return self.plan.answer or "\n\n".join(t for t in (f"# {_title(self)}", self.plan.alt_text) if t)

    def to_html(self, full: bool = True) -> str:
        """Self-contained HTML: the written answer, then the visual (interactive for charts)."""
        from render.markdown import to_html

        hook = getattr(self.module, "html", None)
        # A kind with its own page head (an app: its Content-Security-Policy, its styles) is an
        # interactive page: a region whose controls stay reachable, not an image.
        head_hook = getattr(self.module, "html_head", None)
        visual = hook(self) if hook is not None else self.to_svg()
        alt = html.escape(self.plan.alt_text)
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in self.notes)
        if head_hook is None:
            shown = f'<figure role="img" aria-label="{alt}">{visual}<figcaption>{alt}</figcaption></figure>'
        else:
            shown = (
                f'<section class="visual" aria-label="{alt or html.escape(_title(self))}">{visual}</section>'
            )
        body = f'<div class="answer">{to_html(self.plan.answer)}</div>{shown}' + (
            f'<ul class="notes">{notes}</ul>' if notes else ""
        )
        if not full:
            return body
        t = self.theme
        title = html.escape(_title(self))
        style = (
            f"body{{background:{t.background};color:{t.text};font-family:{t.font_stack};"
            "max-width:1000px;margin:2rem auto;padding:0 1rem}"
            "figure{margin:1rem 0}svg{max-width:100%;height:auto}"
            f"figcaption,.notes{{color:{t.muted};font-size:.9rem}}"
        )
        return (
            f'<!doctype html><html><head><meta charset="utf-8">{head_hook(self) if head_hook else ""}'
            f"<title>{title}</title>"
            f"<style>{style}</style></head><body>{body}</body></html>"
        )

    def _repr_html_(self) -> str:
        if self.has_figure:  # plotly knows how to load itself in each notebook frontend
            from render.markdown import to_html

            return to_html(self.plan.answer) + self.figure._repr_html_()
        return self.to_html(full=False)

    def to_bytes(self, suffix: str) -> bytes | str:
        """The answer in the format `suffix` names ('.png', 'pptx'…), if its kind declares it."""
        suffix = "." + suffix.lower().lstrip(".")
        if suffix not in self.formats:
            raise ValueError(
                f"a {self.kind} answer cannot be saved as {suffix}: use one of {', '.join(self.formats)}"
            )
        writers: dict[str, Any] = {
            ".pptx": self.to_pptx,
            ".svg": self.to_svg,
            ".png": self.to_png,
            ".html": self.to_html,
            ".json": self.to_json,
            ".md": self.to_markdown,
        }
        write = getattr(self.module, "write", None)  # a kind's own formats (an animation's .gif, .mp4)
        if write is not None and (data := write(self, suffix)) is not None:
            return data
        if suffix not in writers:
            raise ValueError(f"the {self.kind} kind declares {suffix} but has no writer for it")
        return writers[suffix]()

    def save(self, path: str | Path) -> Path:
        """Write the format named by the suffix (.pptx .svg .png .html .json .md, and what the kind adds)."""
        path = Path(path)
        data = self.to_bytes(path.suffix or "(none)")
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        return path


def _title(result: Result) -> str:
    plan = result.plan
    return getattr(plan, "title", "") or result.layout.title or plan.kind


def render(
    plan: Plan | dict[str, Any] | str | bytes,
    *,
    data: pd.DataFrame | str | Path | None = None,
    theme: str | Theme = "light",
    images: ImageSource | None = None,
    clips: ClipSource | None = None,
    progress: Progress | None = None,
    status: Status | None = None,
    template: str | Path | None = None,
    brand: str | None = None,
) -> Result:
    """Validate `plan` (a model, dict or JSON text) and bind it to its data, theme and image source.

    `template` (a .pptx/.potx) gives the look: its colours, fonts and slide size for every format,
    and its master and layouts for the PowerPoint export. `brand` ("#0A66C2,#F5A623,Inter") gives
    colours and a font without a file. Either starts from `theme`.

    `images` makes the pictures (e.g. `generators.diffusion.get_image_generator()`); `progress` is
    called with (step, total) while it denoises and `status` with its live remarks (loading,
    fallbacks), for this render only: one generator can serve many renders at once. `clips` makes
    the generated clips of animation scenes (e.g. `generators.clip.get_clip_generator()`; the CLI
    and the app pass the local diffusers one by default); without it a clip scene is a card with
    its prompt and a note. Raises
    `PlanError` for an invalid plan and `TableError` for an unreadable table, each with a message
    precise enough to show a user or send back to an LLM.
    """
    parsed = parse_plan(plan)
    table = data
    if isinstance(data, str | Path):
        from render.data import load_table

        table = load_table(data)
    ctx = Context(
        theme=styled(theme, template=template, brand=brand),
        table=table,  # type: ignore[arg-type]
        images=images,
        clips=clips,
        progress=progress,
        status=status,
    )
    if table is not None:  # what the loader cut (columns beyond its limit) belongs to the answer
        ctx.notes.extend(getattr(table, "attrs", {}).get("notes", []))
    result = Result(parsed, ctx)
    check = getattr(result.module, "check", None)
    if check is not None:
        check(parsed, ctx)  # fail now, at the boundary, with a message naming what is wrong
    return result


def styled(
    theme: str | Theme = "light", *, template: str | Path | None = None, brand: str | None = None
) -> Theme:
    """A theme by name or file, then a brand's colours and font, then a template's look.

    `theme` may itself be a template file ("deck.pptx") or a brand ("brand:#0A66C2,Inter"), so a
    single string can carry a look through code that passes themes by name (the app, the CLI)."""
    if isinstance(theme, str) and theme.lower().endswith((".pptx", ".potx")):
        template, theme = template or theme, "light"
    elif isinstance(theme, str) and theme.startswith("brand:"):
        brand, theme = brand or theme[len("brand:") :], "light"
    out = get_theme(theme)
    if brand:
        from render.template import brand_theme

        out = brand_theme(brand, base=out)
    if template:
        from render.template import theme_from_template

        out = theme_from_template(template, base=out)
    return out


def export_deck(results: Iterable[Result], title: str = "", *, template: str | Path | None = None) -> bytes:
    """Several answers, in order, as one .pptx (native charts, tables and shapes). With `template`,
    every answer is laid out again in the template's look and the deck is built on its layouts."""
    from render.powerpoint import write_deck

    results = list(results)
    if not results:
        raise ValueError("nothing to export: no answers")
    if template:
        from render.template import theme_from_template

        results = [r.restyled(theme_from_template(template, base=r.theme)) for r in results]
    return write_deck([(r.layout, r.theme) for r in results], title or _title(results[0]))


def save_deck(
    results: Iterable[Result], path: str | Path, title: str = "", *, template: str | Path | None = None
) -> Path:
    path = Path(path)
    path.write_bytes(export_deck(results, title, template=template))
    return path

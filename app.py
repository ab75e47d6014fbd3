"""Streamlit chat: ask a question (or paste markdown, or attach a table), get the visual answer.

Thin by design: turns, versions, refining and exporting live in `chat`, planning in `generators`,
drawing in `render`. Each answer is planned once and rendered once per theme, so a rerun replays the
history from session state; charts keep stable keys so plotly never flickers.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from chat import core, settings
from chat.images import ImageMaker, device_line, image_models, model_label
from chat.progress import SlotProgress
from render import KINDS
from render.tables import TABLE_TYPES

MAX_TABLE_MB = float(os.environ.get("RENDER_MAX_TABLE_MB", "25"))
EXAMPLES = {
    "📊 A chart": "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M",
    "🔀 A diagram": "sign up -> verify email -> first login -> invite team",
    "🖼️ Slides": "Slides on revenue: Q1 1.2M, Q2 1.5M, Q3 1.1M, Q4 2.0M",
    "🧾 An infographic": "An infographic of our launch: 1. plan 2. build 3. test 4. ship",
}
SIZES = [0, 256, 384, 512, 768, 1024]
CSS = """<style>
[data-testid="stChatMessage"] [data-testid="stImage"] img {
  border: 1px solid rgba(128,128,128,.25); border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.08);
}
.block-container { max-width: 1180px; }
.st-key-warmup { display: none; }
[data-testid="stMain"] { flex-direction: column-reverse; }
[data-testid="stMain"] > [data-testid="stBottom"] { order: -1; }
[data-testid="stMain"] > [data-testid="stMainBlockContainer"] { order: 1; }
</style>"""


@dataclass
class Setup:
    """What the sidebar decided for this run."""

    planner: Any
    reason: str
    offline: bool
    theme: str
    images: Callable[[], ImageMaker] | None
    redact: tuple[str, ...]
    controls: Any  # the sidebar's slot for the conversation's own buttons


def _kind_label(name: str) -> str:
    kind = KINDS[name]
    return f"{kind.icon} {kind.label}"


# ------------------------------------------------------------------------------------------- sidebar


def _secrets() -> Any:
    try:
        return dict(st.secrets)
    except Exception:  # no secrets file: that is fine
        return {}


def _planner_settings() -> tuple[Any, str, bool, tuple[str, ...]]:
    with st.expander("🧠 Planner", expanded=False):
        backend = st.selectbox("Backend", settings.backends(), key="backend")
        model = st.text_input("Model", key="llm_model", placeholder="the backend's default")
        base_url = st.text_input("Base URL", key="base_url", placeholder="for OpenAI-compatible servers")
        secrets = _secrets()
        found = settings.key_from(backend, secrets)
        typed = st.text_input(
            "API key",
            type="password",
            key="api_key",
            placeholder="found in env/secrets" if found else "or set it in the environment",
        )
    config = settings.PlannerConfig(backend, model.strip(), base_url.strip(), typed.strip())
    secret = settings.key_from(backend, secrets, environ=False)
    cache_key = (config.backend, config.model, config.base_url, hash(config.api_key), hash(secret))
    cached = st.session_state.get("_planner")
    if cached is None or cached[0] != cache_key:
        try:
            planner, reason = settings.select(config, secret)
        except Exception as err:  # a bad setting falls back offline and says why
            planner, _ = settings.select(settings.PlannerConfig("rules"))
            reason = f"{core.friendly_error(err, [config.api_key])} Using the offline rules planner."
        cached = (cache_key, planner, reason)
        st.session_state["_planner"] = cached
    _, planner, reason = cached
    return planner, reason, settings.is_offline(planner), (config.api_key, secret, found)


def _image_settings() -> Callable[[], ImageMaker] | None:
    names, default = image_models()
    if not names:
        st.caption("Images: not available (the image generator is not installed).")
        return None
    with st.expander("🎨 Images", expanded=False):
        name = st.selectbox(
            "Image model",
            names,
            index=names.index(default) if default in names else 0,
            key="image_model",
            format_func=model_label,
        )
        steps = st.number_input("Steps (0: the model's default)", 0, 50, 0, key="image_steps")
        size = st.selectbox(
            "Size",
            SIZES,
            key="image_size",
            format_func=lambda s: f"about {s}² pixels" if s else "the model's default",
            help="The picture keeps its aspect ratio with about this many pixels.",
        )
        server = st.text_input(
            "Image server",
            value=os.environ.get("RENDER_IMAGE_SERVER", ""),
            key="image_server",
            placeholder="http://gpu-box:8000 (python -m generators.serve)",
            help="Pictures come from this image service, batched with everyone else's; the model "
            "above makes them here when the service is down. Empty: this machine.",
        ).strip()
    st.caption(device_line(name, server))
    return lambda: ImageMaker(name, int(steps) or None, int(size) or None, server=server or "none")


def _table() -> tuple[Any, str, str]:
    """The attached table (parsed once per upload), its name, and an error sentence if unusable."""
    upload = st.file_uploader("📎 Attach a table", type=list(TABLE_TYPES), key="upload")
    if upload is None:
        return None, "", ""
    cached = st.session_state.get("_table")
    if cached is None or cached[0] != upload.file_id:
        table, error = None, ""
        if upload.size > MAX_TABLE_MB * 1024 * 1024:
            error = (
                f"{upload.name} is {upload.size / 1024 / 1024:.1f} MB; tables up to {MAX_TABLE_MB:g} MB "
                "can be attached. Filter or aggregate it first."
            )
        else:
            try:
                from render.data import load_table

                table = load_table(io.BytesIO(upload.getvalue()), name=upload.name)
            except Exception as err:
                error = core.friendly_error(err)
        cached = (upload.file_id, table, upload.name, error)
        st.session_state["_table"] = cached
    _, table, name, error = cached
    if error:
        st.error(error, icon="⚠️")
    else:
        st.caption(f"{name}: {len(table):,} rows × {table.shape[1]} columns — questions now use it.")
        st.dataframe(table.head(50), height=150, hide_index=True)
    return table, name, error


def _look(theme: str) -> str:
    """Your own look: a PowerPoint template (its colours, fonts, slide size, and in exported decks
    its master and layouts) or brand colours and a font. The theme string carries it to rendering:
    the template's saved path, or "brand:…"."""
    import hashlib
    import tempfile
    from pathlib import Path

    from render.template import TemplateError, brand_theme, read_template

    with st.expander("🎨 Your template or brand"):
        upload = st.file_uploader("PowerPoint template", type=["pptx", "potx"], key="template")
        brand = st.text_input(
            "…or brand colours and a font", key="brand", placeholder="#0A66C2, #F5A623, Inter"
        )
    if upload is not None:
        data = upload.getvalue()
        suffix = Path(upload.name).suffix.lower()
        path = Path(tempfile.gettempdir()) / f"visual-answers-{hashlib.sha1(data).hexdigest()[:16]}{suffix}"
        if not path.exists():
            path.write_bytes(data)
        try:
            info = read_template(str(path))
        except TemplateError as err:
            st.sidebar.error(str(err))
            return theme
        st.sidebar.caption(
            f"🎨 {upload.name}: {info.width:g} × {info.height:g} pt, {info.major_font or 'theme'} fonts"
        )
        return str(path)
    if brand.strip():
        try:
            brand_theme(brand)
        except ValueError as err:
            st.sidebar.error(str(err))
            return theme
        return "brand:" + brand.strip()
    return theme


def sidebar() -> tuple[Setup, Any, str, str, str | None]:
    with st.sidebar:
        st.markdown("## 📊 Visual answers")
        theme = st.segmented_control(
            "Theme", ["light", "dark"], default="light", key="theme", format_func=str.capitalize
        )
        theme = _look(theme or "light")
        forced = st.selectbox(
            "Answer as",
            ["auto", *KINDS],
            key="kind",
            format_func=lambda k: "Auto (best fit)" if k == "auto" else _kind_label(k),
        )
        planner, reason, offline, redact = _planner_settings()
        st.caption(f"{'🔌' if offline else '🟢'} {reason}")
        images = _image_settings()
        st.divider()
        table, table_name, table_error = _table()
        markdown = st.text_area(
            "…or paste a markdown answer to visualise",
            key="markdown",
            height=140,
            placeholder="# Plan\n\n## Goals\n- grow\n- hire",
        )
        if st.button("✨ Visualise this answer", disabled=not markdown.strip(), width="stretch"):
            st.session_state["pending"] = {"verb": "ask", "question": "", "markdown": markdown}
        st.divider()
        conversation_slot = st.container()  # export and new chat: the conversation fragment fills it
    setup = Setup(planner, reason, offline, theme or "light", images, redact, conversation_slot)
    return setup, table, table_name, table_error, None if forced == "auto" else forced


# ---------------------------------------------------------------------------------------------- turns


def _pend(turn_id: int, verb: str, arg: str = "", widget: str = "") -> None:
    """Widget callback: remember the action; the script runs it inside the turn it belongs to."""
    if widget:
        arg = str(st.session_state.get(widget) or "").strip()
        st.session_state[widget] = None if verb == "show_as" else ""
        if not arg:
            return
    st.session_state["pending"] = {"verb": verb, "turn": turn_id, "arg": arg}


def _user_bubble(inputs: core.Inputs) -> None:
    with st.chat_message("user"):
        st.markdown(inputs.question or "Visualise this answer")
        if inputs.markdown:
            with st.expander("Pasted answer"):
                st.markdown(inputs.markdown)
        if inputs.table_name:
            st.caption(f"📎 {inputs.table_name}")


def _meta(answer: core.Answer) -> str:
    kind = answer.plan.kind if answer.plan is not None else "error"
    parts = [
        f"{KINDS[kind].icon if kind in KINDS else '⚠️'} {kind}",
        answer.planner and f"{answer.planner} planner" + (f" ({answer.model})" if answer.model else ""),
        answer.seconds >= 0.005 and f"{answer.seconds:.2f} s",
    ]
    if answer.label:
        parts.append(answer.label)
    return " · ".join(p for p in parts if p)


@st.fragment
def _deck(view: core.View, key: str) -> None:
    """Slides one at a time with prev/next (a fragment: paging reruns only the viewer)."""
    n = len(view.pages)
    state = f"slide-{key}"
    i = min(st.session_state.get(state, 0), n - 1)
    st.image(view.pages[i], width="stretch")
    left, mid, right = st.columns([1, 4, 1], vertical_alignment="center")
    left.button(
        "◀ Prev",
        key=f"prev-{key}",
        disabled=i == 0,
        on_click=st.session_state.__setitem__,
        args=(state, i - 1),
        width="stretch",
    )
    mid.markdown(f"<div style='text-align:center'>Slide {i + 1} of {n}</div>", unsafe_allow_html=True)
    right.button(
        "Next ▶",
        key=f"next-{key}",
        disabled=i >= n - 1,
        on_click=st.session_state.__setitem__,
        args=(state, i + 1),
        width="stretch",
    )
    if view.page_notes[i]:
        st.caption(f"🗣️ {view.page_notes[i]}")
    thumbs = st.expander(f"All {n} slides", key=f"thumbs-{key}", on_change="rerun")
    if thumbs.open:  # lazy: n more pictures for the browser to decode only when someone looks
        with thumbs:
            for start in range(0, n, 4):
                cols = st.columns(4)
                for col, j in zip(cols, range(start, min(start + 4, n)), strict=False):
                    col.image(view.pages[j], caption=f"{j + 1}", width="stretch")


def _visual(turn: core.Turn, view: core.View, theme: str) -> None:
    key = f"{turn.id}-{turn.current}-{theme}"
    if view.figure is None and view.result.spec.screen == "module":  # an app's widgets, a player
        # keyed by answer and version, not theme: inputs keep their values when the theme changes
        st.fragment(view.result.module.show)(view, st, f"{turn.id}-{turn.current}")
        return
    if view.figure is not None:
        st.plotly_chart(
            view.figure,
            theme=None,  # our theme, not Streamlit's
            key=f"chart-{key}",
            config={
                "displaylogo": False,
                "toImageButtonOptions": {"filename": core.file_name(turn, "")[:-1]},
            },
        )
    elif view.pictures:
        for pic in view.pictures:
            st.image(pic.png, caption=pic.caption, width="stretch", output_format="PNG")
    elif len(view.pages) > 1:
        _deck(view, key)
    elif view.pages:
        st.image(view.pages[0], width="stretch")  # vector: crisp at any zoom


def _toolbar(turn: core.Turn, view: core.View | None) -> None:
    answer = turn.answer
    kind = answer.plan.kind if answer.plan is not None else None
    cols = st.columns([1.4, 1.1, 1.1, 2.4], vertical_alignment="center")
    cols[0].selectbox(
        "Show as",
        [k for k in KINDS if k != kind],
        index=None,
        placeholder="🔁 Show as…",
        key=f"showas-{turn.id}",
        label_visibility="collapsed",
        format_func=_kind_label,
        on_change=_pend,
        args=(turn.id, "show_as", "", f"showas-{turn.id}"),
    )
    cols[1].button(
        "↻ Regenerate", key=f"regen-{turn.id}", on_click=_pend, args=(turn.id, "regenerate"), width="stretch"
    )
    if view is not None:
        # lazy, like the plan below: a closed popover's buttons are still drawn, on every answer
        menu = cols[2].popover(
            "⬇️ Download", width="stretch", key=f"dl-{turn.id}-{turn.current}", on_change="rerun"
        )
        with menu:
            for fmt in view.formats if menu.open else ():
                label, mime = core.download_info(fmt)
                st.download_button(
                    label,
                    data=lambda v=view, f=fmt: v.file(f),
                    file_name=core.file_name(turn, fmt),
                    mime=mime,
                    on_click="ignore",
                    key=f"dl-{fmt}-{turn.id}-{turn.current}",
                    width="stretch",
                )
    if len(turn.versions) > 1:
        cols[3].segmented_control(
            "Version",
            list(range(len(turn.versions))),
            default=turn.current,
            format_func=lambda i: f"v{i + 1}",
            key=f"ver-{turn.id}-{len(turn.versions)}",
            on_change=_pick_version,
            args=(turn, f"ver-{turn.id}-{len(turn.versions)}"),
            label_visibility="collapsed",
        )
    if answer.plan is not None:
        st.text_input(
            "Refine",
            key=f"refine-{turn.id}",
            placeholder="Refine: "
            + ", ".join(f"“{v}”" for v in core.refine_examples(answer.plan)[:4])
            + "… then Enter",
            label_visibility="collapsed",
            on_change=_pend,
            args=(turn.id, "refine", "", f"refine-{turn.id}"),
        )


def _pick_version(turn: core.Turn, widget: str) -> None:
    choice = st.session_state.get(widget)
    if choice is not None:
        turn.current = int(choice)
        turn.notice = ""


def show_turn(
    inputs: core.Inputs,
    turn: core.Turn | None,
    setup: Setup,
    work: Callable[[core.Progress], core.Turn] | None = None,
) -> None:
    """One exchange. `work` (planning a new question or an action) runs here, inside its own turn,
    with live progress; replays only draw what is already cached."""
    _user_bubble(inputs)
    with st.chat_message("assistant"):
        slot = st.empty()  # same position live and on replay: nothing below it re-mounts
        view = None
        fresh = turn is None or work is not None or (turn.answer.ok and not turn.answer.has_view(setup.theme))
        if fresh:
            progress = SlotProgress(slot)
            if work is not None:
                turn = work(progress)
            assert turn is not None
            if turn.answer.ok:
                with contextlib.suppress(core.RenderFailed):
                    view = turn.answer.view(setup.theme, progress)
        assert turn is not None
        answer = turn.answer
        if view is None and answer.ok:
            try:
                view = answer.view(setup.theme)
            except core.RenderFailed:
                view = None
        slot.caption(_meta(answer))
        if answer.error:
            st.error(answer.error, icon="⚠️")
        elif answer.plan is not None:
            if answer.plan.answer:
                st.markdown(answer.plan.answer)
            for note in answer.notes:
                st.warning(note, icon="🔌")
            if view is not None:
                _visual(turn, view, answer.theme_for(setup.theme))
                for note in view.notes:
                    st.caption(f"ℹ️ {note}")
        if turn.notice:
            st.warning(turn.notice, icon="💡")
        _toolbar(turn, view if answer.ok else None)
        if answer.plan is not None:
            # lazy: the code highlighter costs a browser ~1 s of script the first time it draws, in
            # every session; most people never open this
            plan_box = st.expander("Plan (JSON)", key=f"plan-{turn.id}-{turn.current}", on_change="rerun")
            if plan_box.open:
                with plan_box:
                    st.code(answer.plan_json, language="json")


def _action(
    setup: Setup, turns: list[core.Turn], turn: core.Turn, pending: dict[str, str]
) -> Callable[[core.Progress], core.Turn]:
    prior = turns[: turns.index(turn)]
    common: dict[str, Any] = {"images": setup.images, "redact": setup.redact}

    def run(progress: core.Progress) -> core.Turn:
        verb, arg = pending["verb"], pending.get("arg", "")
        if verb == "show_as":
            core.show_as(setup.planner, turn, arg, prior, progress=progress, **common)
        elif verb == "regenerate":
            core.regenerate(setup.planner, turn, prior, progress=progress, **common)
        elif verb == "refine":
            core.refine(setup.planner, turn, arg, prior, offline=setup.offline, progress=progress, **common)
        return turn

    return run


def welcome() -> None:
    st.markdown(
        "### Ask in words, get a picture\n"
        "Charts, slides, infographics, diagrams and images — every answer exports to an **editable "
        "PowerPoint**. Attach a table or paste a markdown answer in the sidebar, or try one of these:"
    )
    cols = st.columns(len(EXAMPLES))
    for col, (label, question) in zip(cols, EXAMPLES.items(), strict=True):
        col.button(
            label,
            key=f"example-{label}",
            help=question,
            width="stretch",
            on_click=st.session_state.__setitem__,
            args=("pending", {"verb": "ask", "question": question}),
        )


def _attach_session(thread: Any) -> None:
    """Render threads (see `chat.core.bounded`) write progress into this session's page."""
    from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

    add_script_run_ctx(thread, get_script_run_ctx())


def main() -> None:
    core.on_worker = _attach_session
    st.set_page_config(page_title="Visual answers", page_icon="📊", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)  # frames for slide previews; a readable line length
    setup, table, table_name, table_error, forced = sidebar()
    conversation(setup, Attached(table, table_name, table_error), forced)
    warm_up()
    core.freeze_heap()


@dataclass
class Attached:
    """The sidebar's table, as the conversation receives it."""

    table: Any
    name: str
    error: str


@st.fragment
def conversation(setup: Setup, attached: Attached, forced: str | None) -> None:
    """The chat: its input, every turn and the conversation's buttons in the sidebar.

    A fragment, so a question (or a turn's button) reruns only this: the sidebar and the hidden
    warm-up charts are neither rebuilt on the server nor redrawn in the browser. With eight people
    asking at once, that redrawing had been about half of every answer's work on a 2-core machine
    (`bench/app_load.py`). Settings changed in the sidebar rerun the whole page, and this with it.
    """
    # Placed in `st.bottom` explicitly: pinned there by itself, Streamlit keeps the chat at its end
    # by polling the page's height every 17 ms, a fifth of a browser's work per answer; the CSS's
    # reversed column keeps the newest answer in view instead, for free.
    question = st.bottom.chat_input("Ask for a chart, slides, an infographic, a diagram or an image…")
    turns: list[core.Turn] = st.session_state.setdefault("turns", [])
    pending: dict[str, str] | None = st.session_state.pop("pending", None)
    if question is not None:
        pending = {"verb": "ask", "question": question}
    if not turns and pending is None:
        welcome()
    for turn in turns:
        if pending is not None and pending.get("turn") == turn.id:
            show_turn(turn.inputs, turn, setup, _action(setup, turns, turn, pending))
        else:
            show_turn(turn.inputs, turn, setup)
    if pending is not None and pending["verb"] == "ask":
        markdown = pending.get("markdown") or None
        text = pending.get("question", "").strip() or ("Visualise this answer" if markdown else "")
        table = None if attached.error else attached.table
        inputs = core.Inputs(text, markdown, table, attached.name if table is not None else "")

        def ask(progress: core.Progress) -> core.Turn:
            if attached.error:
                turn = core.Turn(inputs=inputs)
                turn.add(core.Answer(error=f"The attached table can't be used: {attached.error}"))
            else:
                prior = list(turns)
                turn = core.ask(
                    setup.planner,
                    inputs,
                    prior,
                    kind=forced,
                    images=setup.images,
                    progress=progress,
                    redact=setup.redact,
                )
            turns.append(turn)
            return turn

        show_turn(inputs, None, setup, ask)
    conversation_buttons(setup, turns)
    core.freeze_heap()


def conversation_buttons(setup: Setup, turns: list[core.Turn]) -> None:
    """Export and new chat, in the sidebar, drawn by the conversation so they follow its turns."""
    with setup.controls:
        ready = any(t.versions and t.answer.ok for t in turns)
        st.download_button(
            "⬇️ Export conversation (.pptx)",
            data=lambda: core.export_conversation(list(turns), setup.theme),
            file_name="conversation.pptx",
            mime=core.FORMATS["pptx"][1],
            on_click="ignore",
            disabled=not ready,
            key="export",
            width="stretch",
            help="Every answer on screen, in order, in one editable deck.",
        )
        if st.button("🧹 New chat", disabled=not turns, width="stretch"):
            turns.clear()
            st.rerun()


def warm_up() -> None:
    """Hidden charts, last on the page, so the browser loads its chart renderer and runs its drawing
    code once while the user reads and types, instead of at the first answer (about a second on a
    small machine). One is animated: its player (buttons, slider, frames) is code a static chart
    never runs, so without it an animation's first frame would come later than a static chart's."""
    with st.sidebar, st.container(key="warmup"):
        for i, figure in enumerate(_warm_up_figures()):
            st.plotly_chart(figure, theme=None, key=f"warmup-chart-{i}")


@st.cache_resource
def _warm_up_figures() -> list[Any]:
    from generators.rules.words import preload
    from render import render

    preload()  # the offline planner's language model (half a second), once per server

    chart = KINDS["chart"].example
    animated = {"kind": "animation", "scenes": [{"visual": chart, "frames_from": "categories"}]}
    try:
        return [render(chart).figure, render(animated).figure]
    except Exception:  # only a head start: never worth an error on the page
        return [{"data": [{"type": "bar", "x": [], "y": []}]}]


main()

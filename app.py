"""Streamlit chat: ask a question (or paste markdown, or attach a table), get the visual answer.

Thin by design: planning lives in `generators`, rendering in `render`. Each answer is rendered
once and its outputs kept in session state, so reruns replay history without re-planning.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from generators import PLANNERS, get_planner
from generators.base import PlanRequest
from render import KINDS, PlanError, render
from render.plan import plan_to_json
from render.theme import available_themes

MAX_TABLE_MB = 25
MIME = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "png": "image/png",
    "svg": "image/svg+xml",
    "html": "text/html",
    "json": "application/json",
}


@dataclass
class Turn:
    question: str
    answer: str = ""
    kind: str = ""
    plan_json: str = ""
    figure: Any = None
    svg: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    error: str = ""


def _load_table(upload) -> tuple[Any, str]:
    if upload is None:
        return None, ""
    if upload.size > MAX_TABLE_MB * 1024 * 1024:
        raise ValueError(f"{upload.name} is {upload.size / 1e6:.0f} MB; the limit is {MAX_TABLE_MB} MB")
    from render.data import load_table

    return load_table(io.BytesIO(upload.getvalue()), name=upload.name), upload.name


def answer(
    question: str, *, table, table_name: str, markdown: str | None, kind: str | None, theme: str
) -> Turn:
    """Plan, render every format once, and keep the bytes: a failure becomes a readable message."""
    turn = Turn(question=question)
    try:
        planner = get_planner(st.session_state.get("planner"))
        plan = planner.plan(
            PlanRequest(question=question, table=table, table_name=table_name, markdown=markdown, kind=kind)
        )
        result = render(plan, data=table, theme=theme)
        turn.answer, turn.kind, turn.plan_json = plan.answer, plan.kind, plan_to_json(plan)
        if plan.kind == "chart":
            turn.figure = result.figure
        if plan.kind != "text":
            turn.svg = result.to_svg()
            turn.files["png"] = result.to_png()
            turn.files["svg"] = turn.svg.encode("utf-8")
        turn.files["pptx"] = result.to_pptx()
        turn.files["html"] = result.to_html().encode("utf-8")
        turn.files["json"] = turn.plan_json.encode("utf-8")
        turn.notes = result.notes
    except (PlanError, ValueError, OSError) as err:
        turn.error = str(err)
    except Exception as err:  # the UI never shows a traceback; the message keeps the chat usable
        turn.error = f"Something went wrong while building this answer ({type(err).__name__}: {err})."
    return turn


def show(turn: Turn, key: int) -> None:
    with st.chat_message("user"):
        st.markdown(turn.question or "_(markdown answer)_")
    with st.chat_message("assistant"):
        if turn.error:
            st.error(turn.error)
            return
        if turn.answer:
            st.markdown(turn.answer)
        if turn.figure is not None:
            st.plotly_chart(
                turn.figure, width="stretch", theme=None, key=f"chart-{key}"
            )  # our theme, not Streamlit's
        elif turn.svg:
            st.image(turn.svg, width="stretch")  # vector: crisp at any zoom
        for note in turn.notes:
            st.caption(f"ℹ️ {note}")
        cols = st.columns(len(turn.files))
        for col, (fmt, data) in zip(cols, turn.files.items(), strict=True):
            col.download_button(
                fmt.upper(), data, file_name=f"answer-{key + 1}.{fmt}", mime=MIME[fmt], key=f"dl-{fmt}-{key}"
            )
        with st.expander("Plan (JSON)"):
            st.code(turn.plan_json, language="json")


def main() -> None:
    st.set_page_config(page_title="Visual answers", page_icon="📊", layout="wide")
    history: list[Turn] = st.session_state.setdefault("history", [])
    with st.sidebar:
        st.header("Visual answers")
        st.selectbox("Planner", sorted(PLANNERS), key="planner")
        st.caption(
            "No LLM configured: the offline rules planner charts numbers and tables and turns pasted markdown into visuals."
        )
        themes = sorted(available_themes(), key=lambda t: t != "light")  # light first: the default
        theme = st.radio("Theme", themes, horizontal=True, key="theme")
        forced = st.selectbox("Show as", ["auto", *KINDS], key="kind")
        upload = st.file_uploader("Attach a table", type=["csv", "tsv", "xlsx", "json"])
        markdown = st.text_area("…or paste a markdown answer to visualise", key="markdown", height=160)
        if st.button("Visualise the markdown", disabled=not markdown.strip()):
            st.session_state["pending"] = ""
    question = st.chat_input("Ask for a chart, slides, an infographic, a diagram or an image…")
    pending = st.session_state.pop("pending", None)
    if question is not None or pending is not None:
        try:
            table, table_name = _load_table(upload)
        except ValueError as err:
            history.append(Turn(question=question or "", error=str(err)))
        else:
            with st.spinner("Planning and rendering…"):
                history.append(
                    answer(
                        question or "Visualise this answer",
                        table=table,
                        table_name=table_name,
                        markdown=markdown if pending is not None and markdown.strip() else None,
                        kind=None if forced == "auto" else forced,
                        theme=theme,
                    )
                )
    if not history:
        st.markdown(
            "### Ask in words, get a picture\n"
            "Try *“Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M”*, attach a CSV and ask *“average price by region”*, "
            "or paste a markdown answer in the sidebar to turn it into slides."
        )
    for i, turn in enumerate(history):
        show(turn, i)


main()

"""The slides kind of the rules planner: a deck from markdown (given, pasted or the answer referred
back to), from an attached table, or from numbers in the question."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.markdown import markdown_to_slides
from generators.rules.cues import TEMPLATES
from generators.rules.extract import QuestionData, extract_data
from generators.rules.inline import chart_from_data
from generators.rules.numbers import with_unit
from generators.rules.request import RulesInput
from generators.rules.table import chart_from_table
from generators.rules.words import cap, humanize, lang_of, msg, research_fallback, short, text_plan
from render.columns import profile
from render.plan import ChartPlan, Slide, SlidesPlan

if TYPE_CHECKING:
    import pandas as pd

    from render.plan import Plan

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("slides", 4), ("slide deck", 4), ("deck", 3), ("presentation", 4), ("powerpoint", 4), ("ppt", 4),
           ("pptx", 4), ("keynote", 3), ("slideshow", 4), ("pitch deck", 4), ("present this", 3),
           ("talk outline", 2)],
    "zh": [("幻灯片", 4), ("演示文稿", 4), ("演示", 3), ("简报", 3), ("汇报材料", 3), ("课件", 3), ("胶片", 3)],
    "es": [("diapositivas", 4), ("presentación", 4)],
    "fr": [("diapositives", 4), ("présentation", 4), ("diaporama", 4)],
    "de": [("folien", 4), ("präsentation", 4), ("foliensatz", 4)],
    "ja": [("スライド", 4), ("プレゼン", 4)],
}
# fmt: on


def build(req: RulesInput) -> Plan:
    question, lang, table = req.question, req.lang, req.table
    content = req.source()
    if content:
        return markdown_to_slides(content, title=None)
    if table is not None:
        chart = chart_from_table(question, table, req.table_name)
        if isinstance(chart, str):
            return text_plan(msg(lang, "bad_table", why=chart))
        return table_deck(question, table, req.table_name, chart)
    data = extract_data(question)
    if data is not None:
        return slides_from_data(question, data)
    return research_fallback(lang, "slides")


def slides_from_data(question: str, data: QuestionData) -> SlidesPlan:
    """A short deck for numbers in the question: the chart, the headline figure and computed facts."""
    chart = chart_from_data(question, data)
    lang = lang_of(question)
    vals, cats = data.values, data.categories
    imax = max(range(len(vals)), key=lambda i: vals[i])
    imin = min(range(len(vals)), key=lambda i: vals[i])
    metric = cap(data.metric) or TEMPLATES[lang]["value"]
    facts = [
        f"{cats[imax]}: {with_unit(vals[imax], data.unit)} (highest)"
        if lang == "en"
        else f"{cats[imax]}：{with_unit(vals[imax], data.unit)}（最高）",
        f"{cats[imin]}: {with_unit(vals[imin], data.unit)} (lowest)"
        if lang == "en"
        else f"{cats[imin]}：{with_unit(vals[imin], data.unit)}（最低）",
    ]
    if not data.percent:
        facts.append(
            f"Total: {with_unit(sum(vals), data.unit)}"
            if lang == "en"
            else f"合计：{with_unit(sum(vals), data.unit)}"
        )
    facts.append(
        f"Average: {with_unit(sum(vals) / len(vals), data.unit)}"
        if lang == "en"
        else f"平均：{with_unit(sum(vals) / len(vals), data.unit)}"
    )
    slides = [
        Slide(layout="chart", title=chart.title, chart=chart, notes=chart.answer),
        Slide(
            layout="big_number",
            title=chart.title,
            number=with_unit(vals[imax], data.unit),
            number_label=f"{metric}, {cats[imax]}" if lang == "en" else f"{metric}（{cats[imax]}）",
        ),
        Slide(layout="bullets", title="Key figures" if lang == "en" else "关键数据", bullets=facts),
    ]
    deck_title = short(
        f"{metric} by {data.axis.lower() or 'category'}" if lang == "en" else f"{metric}概览", 120
    )
    return SlidesPlan(
        title=deck_title,
        slides=slides,
        answer=chart.answer,
        alt_text=f"A {len(slides)}-slide deck: {chart.alt_text}",
    )


def table_deck(question: str, df: pd.DataFrame, table_name: str, chart: ChartPlan) -> SlidesPlan:
    """A deck over an attached table: the chart (columns, not values) and an overview of the table."""
    lang = lang_of(question)
    cols = profile(df)
    overview = [
        f"{len(df):,} rows × {df.shape[1]} columns" if lang == "en" else f"{len(df):,} 行 × {df.shape[1]} 列",
        ("Columns: " if lang == "en" else "列：") + short(", ".join(c.name for c in cols), 200),
    ]
    if chart.answer and chart.answer != f"{chart.title}.":
        overview.append(re.sub(r"\*\*", "", chart.answer))
    title = humanize(table_name) if table_name else chart.title
    return SlidesPlan(
        title=short(title, 120),
        slides=[
            Slide(layout="bullets", title="The data" if lang == "en" else "数据概览", bullets=overview),
            Slide(layout="chart", title=chart.title, chart=chart, notes=chart.answer),
        ],
        answer=chart.answer,
        alt_text=f"A 2-slide deck on the attached table: {chart.alt_text}",
    )

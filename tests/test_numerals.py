"""Numbers written the way the answer's language writes them: a French reader takes "1,410" for
1.41, so an answer, its chart and its deck must not say "1,410" in a French sentence."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from pptx import Presentation

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.numbers import fmt_number, with_unit
from render import chart, chart_draw, render
from render.layout import Context, Rect
from render.numerals import NNBSP, language_code, localize, separators
from render.plan import ChartPlan, parse_plan
from render.result import export_deck
from render.theme import get_theme


def plan_of(question: str, table: pd.DataFrame | None = None):
    return RulesPlanner().plan(PlanRequest(question=question, table=table)).plan


def test_marks_per_language() -> None:
    assert localize("1,234.5", "en") == "1,234.5"
    assert localize("1,234.5", "de") == "1.234,5"
    assert localize("1,234.5", "fr") == f"1{NNBSP}234,5"
    assert localize("-0.25", "es") == "-0,25"
    assert localize("1,234.5", "zh") == "1,234.5"  # Chinese writes numbers the English way
    assert fmt_number(1234567.891, "it") == "1.234.567,9"
    assert with_unit(45.5, "%", "pt") == "45,5%"
    assert separators("fr") == f",{NNBSP}" and separators("en") == ".," and separators("") == ".,"


@pytest.mark.parametrize(
    ("given", "code"), [("fr-FR", "fr"), ("pt_BR", "pt"), ("DE", "de"), ("French", ""), (None, ""), ("", "")]
)
def test_a_plans_language_is_read_leniently(given: object, code: str) -> None:
    assert language_code(given) == code
    plan = parse_plan({"kind": "chart", "categories": ["a"], "series": [{"values": [1]}], "language": given})
    assert plan.language == code  # an odd value never fails the plan: it renders in English style


@pytest.mark.parametrize(
    ("question", "lang", "shown", "wrong"),
    [
        (
            "Graphique des ventes : Paris 1410, Lyon 980.5, Nice 1250",
            "fr",
            [f"1{NNBSP}410", "980,5"],
            "1,410",
        ),
        (
            "Umsatz als Balkendiagramm: Berlin 1.410, Hamburg 980, München 1.250",
            "de",
            ["1.410", "3.640"],
            "1,410",
        ),
        (
            "Diapositivas sobre ventas: Madrid 12500, Sevilla 9800, Bilbao 10100",
            "es",
            ["12.500", "32.400"],
            "12,500",
        ),
        ("sales by city: Paris 1410, Lyon 980.5, Nice 1250", "en", ["1,410", "980.5"], "1 410"),
    ],
)
def test_answers_write_numbers_in_their_own_language(
    question: str, lang: str, shown: list[str], wrong: str
) -> None:
    plan = plan_of(question)
    text = plan.answer + " " + plan.alt_text
    for number in shown:
        assert number in text, (number, text)
    assert wrong not in text.replace(NNBSP, " ") if lang != "en" else wrong not in text
    if lang == "fr":  # the title is cut to length without losing its no-break space
        assert f"1{NNBSP}410" in plan.title, plan.title
    charts = [plan] if plan.kind == "chart" else [s.chart for s in plan.slides if s.chart is not None]
    assert charts and all(c.language == lang for c in charts)


def test_the_interactive_chart_and_its_drawing_use_the_plans_marks() -> None:
    plan = ChartPlan(
        categories=["a", "b", "c"], series=[{"values": [0.25, 0.5, 0.75]}], language="de", title="Anteile"
    )
    fig = render(plan).figure
    assert fig.layout.separators == ",."  # plotly's hover and tick numbers: 0,25
    theme = get_theme("light")
    slot = chart.slot(plan, Rect(0, 0, 800, 450), Context(theme=theme))
    ticks = [
        e.text for e in chart_draw.lower(slot.chart, slot.data, slot.rect, theme) if e.name == "tick-label"
    ]
    assert "0,25" in ticks or "0,2" in ticks, ticks
    assert not any(re.fullmatch(r"0\.\d+", t) for t in ticks), ticks
    english = ChartPlan(categories=["a", "b"], series=[{"values": [0.25, 0.5]}])
    assert render(english).figure.layout.separators == ".,"


def test_a_table_chart_in_french_is_summed_and_written_french_style() -> None:
    df = pd.DataFrame({"ville": ["Paris", "Lyon", "Paris"], "ventes": [1000.5, 980.0, 410.0]})
    plan = plan_of("Graphique des ventes par ville", df)
    assert plan.kind == "chart" and plan.language == "fr"
    assert f"1{NNBSP}410,5" in plan.answer, plan.answer  # Paris: 1000.5 + 410


def test_a_native_table_in_the_deck_writes_cells_in_the_plans_marks() -> None:
    plan = ChartPlan(
        chart_type="heatmap",
        categories=["x", "y"],
        series=[{"name": "r1", "values": [1234.5, 2.5]}, {"name": "r2", "values": [3.0, 4.0]}],
        language="fr",
    )
    deck = Presentation(io.BytesIO(export_deck([render(plan)])))
    cells = [
        cell.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
        for cell in row.cells
    ]
    assert f"1{NNBSP}234" in cells or f"1{NNBSP}234,5" in cells, cells
    assert "2,5" in cells, cells

"""Render overhead against the libraries we translate to, measured in one process.

1. Chart: `render(plan).figure` (validation + theme + figure) vs `plotly.express.bar` for the same bars.
2. Deck: `render(plan).to_pptx()` for a 20-slide deck (layout, text fitting, native charts) vs a bare
   python-pptx script that builds the same slides by hand.

Runs alternate A/B so machine noise hits both; medians are compared. Targets: ≤ 1.1× and ≤ 1.2×.
The last line is one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CATEGORIES = ["North", "South", "East", "West", "Central", "Overseas"]
VALUES = [12.5, 9.1, 14.2, 7.8, 11.0, 5.4]


def chart_plan() -> dict:
    return {
        "kind": "chart",
        "chart_type": "bar",
        "title": "Sales by region",
        "x_title": "Region",
        "y_title": "Sales (M USD)",
        "categories": CATEGORIES,
        "series": [{"name": "Sales", "values": VALUES}],
    }


def deck_plan(n_slides: int = 20) -> dict:
    """A title page plus n-1 content slides: mostly bullets, every fourth a native chart."""
    slides = []
    for i in range(1, n_slides):
        if i % 4 == 0:
            slides.append({"layout": "chart", "title": f"Slide {i}: sales by region", "chart": chart_plan()})
        else:
            slides.append(
                {
                    "layout": "bullets",
                    "title": f"Slide {i}: what we learned this quarter",
                    "bullets": [
                        f"Point {j} about the results and what they mean for us" for j in range(1, 5)
                    ],
                    "notes": f"Speaker notes for slide {i}",
                }
            )
    return {"kind": "slides", "title": "Quarterly review", "subtitle": "Benchmark deck", "slides": slides}


def ours_chart() -> None:
    from render import render

    render(chart_plan()).figure  # noqa: B018


def px_chart() -> None:
    import plotly.express as px

    fig = px.bar(
        x=CATEGORIES, y=VALUES, title="Sales by region", labels={"x": "Region", "y": "Sales (M USD)"}
    )
    fig.update_layout(showlegend=False)


def ours_deck() -> None:
    from render import render

    render(deck_plan()).to_pptx()


def bare_deck() -> None:
    """What a person writes with python-pptx alone for the same 20 slides."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Pt

    plan = deck_plan()
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(960), Pt(540)
    blank = prs.slide_layouts[6]

    def textbox(slide, text, x, y, w, h, size, bold=False):
        tb = slide.shapes.add_textbox(Pt(x), Pt(y), Pt(w), Pt(h))
        tf = tb.text_frame
        tf.word_wrap = True
        run = tf.paragraphs[0].add_run()
        run.text = text
        run.font.size, run.font.bold = Pt(size), bold
        run.font.color.rgb = RGBColor(0x1B, 0x1F, 0x24)
        return tf

    slide = prs.slides.add_slide(blank)
    textbox(slide, plan["title"], 60, 200, 840, 80, 44, bold=True)
    textbox(slide, plan["subtitle"], 60, 290, 840, 40, 22)
    for n, s in enumerate(plan["slides"], 2):
        slide = prs.slides.add_slide(blank)
        bar = slide.shapes.add_shape(1, Pt(48), Pt(40), Pt(48), Pt(5))
        bar.fill.solid()
        bar.fill.fore_color.rgb = RGBColor(0x00, 0x72, 0xB2)
        textbox(slide, s["title"], 48, 52, 864, 60, 32, bold=True)
        if s["layout"] == "chart":
            data = CategoryChartData()
            data.categories = CATEGORIES
            data.add_series("Sales", VALUES)
            chart = slide.shapes.add_chart(
                XL_CHART_TYPE.COLUMN_CLUSTERED, Pt(48), Pt(130), Pt(864), Pt(360), data
            ).chart
            chart.has_title = True
            chart.chart_title.text_frame.text = s["chart"]["title"]
        else:
            tf = textbox(slide, s["bullets"][0], 48, 130, 864, 360, 24)
            for b in s["bullets"][1:]:
                p = tf.add_paragraph()
                p.text = b
                p.font.size = Pt(24)
        textbox(slide, f"{n} / {len(plan['slides']) + 1}", 800, 500, 112, 24, 12)
        if s.get("notes"):
            slide.notes_slide.notes_text_frame.text = s["notes"]
    prs.save(io.BytesIO())


def compare(a, b, rounds: int) -> tuple[float, float]:
    a(), b()  # warm imports, font metrics and caches for both sides
    ta, tb = [], []
    for _ in range(rounds):
        for fn, out in ((a, ta), (b, tb)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    ours_c, px_c = compare(ours_chart, px_chart, args.rounds)
    ours_d, bare_d = compare(ours_deck, bare_deck, max(5, args.rounds // 3))
    figures = {
        "chart_ours_ms": round(ours_c * 1000, 2),
        "chart_plotly_express_ms": round(px_c * 1000, 2),
        "chart_ratio": round(ours_c / px_c, 3),
        "deck20_ours_ms": round(ours_d * 1000, 1),
        "deck20_bare_pptx_ms": round(bare_d * 1000, 1),
        "deck20_ratio": round(ours_d / bare_d, 3),
        "targets": {"chart_ratio": 1.1, "deck20_ratio": 1.2},
    }
    print(
        f"chart  : ours {figures['chart_ours_ms']} ms vs plotly express {figures['chart_plotly_express_ms']} ms"
        f" → {figures['chart_ratio']}× (target ≤ 1.1×)"
    )
    print(
        f"deck 20: ours {figures['deck20_ours_ms']} ms vs bare python-pptx {figures['deck20_bare_pptx_ms']} ms"
        f" → {figures['deck20_ratio']}× (target ≤ 1.2×)"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

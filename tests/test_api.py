"""The Python rendering API: plans in any form, tables, several answers in one deck."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from render import PlanError, export_deck, parse_plan, render
from tests.conftest import EXAMPLES
from tests.pptx_checks import check_deck, iter_shapes


def test_render_accepts_model_dict_and_json():
    as_dict = render(EXAMPLES["chart"])
    as_json = render(json.dumps(EXAMPLES["chart"]))
    as_model = render(parse_plan(EXAMPLES["chart"]))
    assert as_dict.plan == as_json.plan == as_model.plan


def test_invalid_plan_raises_plan_error():
    with pytest.raises(PlanError, match="series"):
        render({"kind": "chart"})


def test_table_chart_from_csv_path(tmp_path):
    csv = tmp_path / "sales.csv"
    csv.write_text("region,sales\nNorth,10\nSouth,5\nNorth,7\nEast,3\n")
    plan = {
        "kind": "chart",
        "chart_type": "bar",
        "x": "region",
        "y": "sales",
        "aggregate": "sum",
        "sort": "desc",
    }
    result = render(plan, data=csv)
    bar = result.figure.data[0]
    assert list(bar.x) == ["North", "South", "East"] and list(bar.y) == [17, 5, 3]


def test_unknown_column_fails_at_the_boundary(tmp_path):
    csv = tmp_path / "t.csv"
    csv.write_text("a,b\n1,2\n")
    with pytest.raises(PlanError) as info:
        render({"kind": "chart", "x": "a", "y": "revenue"}, data=csv)
    assert "revenue" in str(info.value) and "'a'" in str(info.value) and "'b'" in str(info.value)


def test_several_answers_in_one_deck_in_order(fake_images):
    results = [render(EXAMPLES[k], images=fake_images) for k in ("chart", "diagram", "text")]
    prs = check_deck(export_deck(results), expect_slides=sum(len(r.layout.pages) for r in results))
    assert any(s.has_chart for s in prs.slides[0].shapes)
    assert "Sign up" in "".join(
        s.text_frame.text for s in iter_shapes(prs.slides[1].shapes) if s.has_text_frame
    )


def test_repr_html_for_notebooks():
    html = render(EXAMPLES["diagram"])._repr_html_()
    assert "<svg" in html and "<html" not in html


def test_import_render_stays_light():
    code = "import sys, render; print(sorted(m for m in ('torch', 'diffusers', 'plotly', 'pptx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_each_answer_keeps_its_theme_in_a_shared_deck():
    dark, light = render(EXAMPLES["chart"], theme="dark"), render(EXAMPLES["chart"], theme="light")
    prs = check_deck(export_deck([dark, light]))
    for slide, result in zip(prs.slides, (dark, light), strict=True):
        (chart,) = [s.chart for s in slide.shapes if s.has_chart]
        title = chart.chart_title.text_frame.paragraphs[0].runs[0]
        assert str(title.font.color.rgb) == result.theme.text.lstrip("#")
        assert str(slide.background.fill.fore_color.rgb) == result.theme.background.lstrip("#")


def test_a_table_chart_is_resolved_once_per_result(tmp_path, monkeypatch):
    from render import data as datamod

    csv = tmp_path / "sales.csv"
    csv.write_text("region,sales\nNorth,10\nSouth,5\nNorth,x\n")
    calls = []
    real = datamod.resolve
    monkeypatch.setattr(datamod, "resolve", lambda plan, table: calls.append(1) or real(plan, table))
    result = render({"kind": "chart", "x": "region", "y": "sales", "aggregate": "sum"}, data=csv)
    result.figure  # noqa: B018
    result.to_pptx()
    result.to_svg()
    assert len(calls) == 1
    assert result.notes == ["dropped 1 row with non-numeric 'sales' (e.g. ['x'])"]

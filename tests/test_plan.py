"""The plan contract: validation messages precise enough to send back to an LLM."""

from __future__ import annotations

import json

import pytest

from render.plan import KINDS, PlanError, parse_plan, plan_json_schema, plan_to_json
from tests.conftest import EXAMPLES


@pytest.mark.parametrize("kind", KINDS)
def test_examples_roundtrip_through_json(kind):
    plan = parse_plan(EXAMPLES[kind])
    assert plan.kind == kind
    again = parse_plan(plan_to_json(plan))
    assert again == plan


def _errors(data) -> list[str]:
    with pytest.raises(PlanError) as info:
        parse_plan(data)
    return info.value.errors


def test_mismatched_series_length_names_the_series():
    errs = _errors(
        {"kind": "chart", "categories": ["a", "b", "c"], "series": [{"name": "s", "values": [1, 2]}]}
    )
    assert errs == [
        "series[0] ('s') has 2 values but there are 3 categories; give exactly one value per category"
    ]


def test_negative_pie_values_rejected_with_advice():
    (err,) = _errors(
        {"kind": "chart", "chart_type": "pie", "categories": ["a", "b"], "series": [{"values": [3, -1]}]}
    )
    assert "negative" in err and "['b']" in err and "bar chart" in err


def test_empty_chart_data():
    (err,) = _errors({"kind": "chart", "chart_type": "bar"})
    assert err.startswith("series: the chart has no data")


def test_all_nan_values_are_missing_not_numbers():
    (err,) = _errors({"kind": "chart", "categories": ["a"], "series": [{"values": [float("nan")]}]})
    assert "every value is missing" in err


def test_nan_and_inf_become_missing_values():
    plan = parse_plan(
        {"kind": "chart", "categories": ["a", "b", "c"], "series": [{"values": [1, float("inf"), "NaN"]}]}
    )
    assert plan.series[0].values == [1.0, None, None]


def test_non_numeric_value_names_its_path():
    errs = _errors({"kind": "chart", "categories": ["a"], "series": [{"values": ["lots"]}]})
    assert errs[0].startswith("series.0.values.0:")


def test_unknown_edge_target_lists_known_ids():
    (err,) = _errors(
        {"kind": "diagram", "nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "z"}]}
    )
    assert err == "edges[0].target: unknown node id 'z'; known ids are ['a', 'b']"


def test_duplicate_node_ids():
    (err,) = _errors({"kind": "diagram", "nodes": [{"id": "a"}, {"id": "a"}]})
    assert "duplicate node ids ['a']" in err


def test_node_label_defaults_to_id():
    plan = parse_plan({"kind": "diagram", "nodes": [{"id": "Start"}]})
    assert plan.nodes[0].label == "Start"


def test_unknown_kind_and_extra_fields():
    assert "does not match any of the expected tags" in _errors({"kind": "poem"})[0]
    assert _errors({"kind": "text", "answer": "x", "colour": "red"}) == [
        "colour: Extra inputs are not permitted"
    ]


def test_slide_layout_needs_its_visual():
    errs = _errors({"kind": "slides", "title": "t", "slides": [{"layout": "chart", "title": "x"}]})
    assert errs == ["slides.0: layout 'chart' needs the 'chart' field filled in"]


def test_table_mode_and_inline_data_are_exclusive():
    (err,) = _errors(
        {"kind": "chart", "x": "region", "y": "sales", "categories": ["a"], "series": [{"values": [1]}]}
    )
    assert "not both" in err


def test_table_mode_chart_keeps_columns_top_level():
    plan = parse_plan({"kind": "chart", "chart_type": "line", "x": "month", "y": "sales", "aggregate": "sum"})
    dumped = json.loads(plan_to_json(plan))
    assert (dumped["x"], dumped["y"], dumped["aggregate"], dumped["chart_type"]) == (
        "month",
        "sales",
        "sum",
        "line",
    )


def test_control_characters_are_removed():
    plan = parse_plan({"kind": "text", "answer": "bell\x07 and nul\x00 gone\r\nok"})
    assert plan.answer == "bell and nul gone\nok"


def test_invalid_json_text():
    (err,) = _errors('{"kind": "chart", ')
    assert err.startswith("Invalid JSON")


def test_overlong_title_is_a_field_error():
    errs = _errors({"kind": "slides", "title": "x" * 2001, "slides": [{"title": "a"}]})
    assert errs[0].startswith("title: Value should have at most 2000 items")


def test_schema_carries_field_docs_as_instructions():
    schema = plan_json_schema()
    assert set(schema["discriminator"]["mapping"]) == set(KINDS)
    chart = schema["$defs"]["ChartPlan"]["properties"]
    assert "pie / donut: shares of one whole" in chart["chart_type"]["description"]
    assert "Attached table only" in chart["x"]["description"]

"""Render typed visual plans to charts, decks, SVG, PNG, HTML and native PowerPoint.

    from render import render
    render({"kind": "chart", "categories": ["Q1", "Q2"], "series": [{"values": [1, 2]}]}).save("q.pptx")

Importing this package is cheap: plotly, python-pptx and pandas load when first needed, and torch
or diffusers only when an image is generated.
"""

from render.plan import KINDS, Plan, PlanError, parse_plan, plan_json_schema
from render.result import Result, export_deck, render, save_deck

__all__ = [
    "KINDS",
    "Plan",
    "PlanError",
    "Result",
    "export_deck",
    "parse_plan",
    "plan_json_schema",
    "render",
    "save_deck",
]

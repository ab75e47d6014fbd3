"""`python -m render`: the exact forms later issues rely on, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "render", *args], capture_output=True, text=True, cwd=ROOT)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_schema():
    schema = json.loads(cli("schema").stdout)
    assert set(schema["discriminator"]["mapping"]) == {
        "chart",
        "slides",
        "infographic",
        "diagram",
        "image",
        "animation",
        "app",
        "text",
    }


def test_route():
    out = json.loads(cli("route", "Plot revenue by quarter: Q1 10, Q2 12, Q3 9, Q4 15").stdout)
    assert out["kind"] == "chart" and out["reason"]


def test_plan_from_numbers_in_question():
    plan = json.loads(cli("plan", "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M").stdout)
    assert plan["kind"] == "chart" and plan["categories"] == ["Q1", "Q2", "Q3", "Q4"]


def test_plan_with_table_keeps_columns_top_level(tmp_path):
    csv = tmp_path / "sales.csv"
    csv.write_text("region,sales\nNorth,10\nSouth,5\nNorth,7\n")
    plan = json.loads(cli("plan", "total sales by region", "--data", str(csv)).stdout)
    assert (plan["kind"], plan["x"], plan["y"], plan["aggregate"]) == ("chart", "region", "sales", "sum")


def test_plan_forced_kind_from_markdown(tmp_path):
    md = tmp_path / "a.md"
    md.write_text("# Deck\n\n## One\n\n- a\n- b\n\n## Two\n\n- c\n")
    plan = json.loads(cli("plan", "make slides", "--markdown", str(md), "--kind", "slides").stdout)
    assert plan["kind"] == "slides" and [s["title"] for s in plan["slides"]][:2] == ["One", "Two"]


@pytest.mark.parametrize("suffix", [".pptx", ".png", ".svg", ".html", ".json"])
def test_make_from_plan(tmp_path, suffix):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(EXAMPLES["diagram"]))
    out = tmp_path / f"out{suffix}"
    cli("make", "--plan", str(plan), "-o", str(out))
    assert out.stat().st_size > 100


def test_make_from_question(tmp_path):
    out = tmp_path / "q.pptx"
    cli("make", "Apples 30, bananas 20 and cherries 50", "-o", str(out))
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    "args, message",
    [
        (["make", "--plan", "missing.json", "-o", "x.png"], "plan file not found"),
        (["make", "x", "--data", "missing.csv", "-o", "x.png"], "data file not found"),
        (["make", "--plan", "{plan}", "-o", "x.docx"], "suffix must be one of"),
        (["make", "--plan", "{bad}", "-o", "x.png"], "series"),
        (["plan", "x", "--planner", "nope"], "unknown planner 'nope'"),
    ],
)
def test_user_errors_are_one_line(tmp_path, args, message):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(EXAMPLES["chart"]))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"kind": "chart", "categories": ["a"], "series": [{"values": [1, 2]}]}))
    args = [a.replace("{plan}", str(good)).replace("{bad}", str(bad)) for a in args]
    proc = cli(*args, check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]

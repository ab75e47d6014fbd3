"""The animation kind: frames decoded from real files, PowerPoint XML reopened, the player played."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from render import KINDS, PlanError, render
from render import animation_video as video
from render.animation import track
from render.animation_scenes import FPS, MAX_KEYFRAMES, MAX_STEPS
from render.svg import page_svg
from tests.pptx_checks import check_deck

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"
RACE = {
    "kind": "animation",
    "title": "Race",
    "scenes": [
        {
            "visual": {
                "kind": "chart",
                "chart_type": "horizontal_bar",
                "title": "Revenue",
                "sort": "desc",
                "categories": ["A", "B", "C"],
                "series": [
                    {"name": "2021", "values": [10, 40, 5]},
                    {"name": "2022", "values": [30, 35, 15]},
                    {"name": "2023", "values": [60, 20, 45]},
                ],
            },
            "frames_from": "series",
            "step_seconds": 0.5,
            "hold_seconds": 0.5,
        }
    ],
}
BUILD = {
    "kind": "animation",
    "scenes": [{"visual": KINDS["diagram"].example, "captions": ["Start here", "Then verify"]}],
    "effect": "draw",
}


def texts(svg: str) -> str:
    return " ".join("".join(el.itertext()) for el in ET.fromstring(svg).iter(f"{SVG}text"))


def gif_frames(data: bytes) -> list[np.ndarray]:
    im = Image.open(io.BytesIO(data))
    out = []
    for i in range(im.n_frames):
        im.seek(i)
        out.append(np.asarray(im.convert("RGB")))
    return out


def mp4_frames(data: bytes) -> list[np.ndarray]:
    import av

    with av.open(io.BytesIO(data)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


# ------------------------------------------------------------------------------------------- video


def test_gif_and_mp4_decode_to_the_expected_frames_and_they_differ() -> None:
    result = render(RACE)
    ticks, hold = round(0.5 * FPS), round(0.5 * FPS)
    gif = gif_frames(result.to_bytes(".gif"))
    assert len(gif) == 2 * ticks + 1  # every tween frame, the last one held
    assert all(np.any(a != b) for a, b in itertools.pairwise(gif))
    mp4 = mp4_frames(result.to_bytes(".mp4"))
    assert len(mp4) == 2 * ticks + hold
    assert mp4[0].shape == (540, 960, 3)
    assert np.abs(mp4[0].astype(int) - mp4[-1].astype(int)).mean() > 1.0
    for frame in (gif[0], mp4[len(mp4) // 2]):  # never a blank video
        assert len(np.unique(frame.reshape(-1, 3), axis=0)) > 10


def test_the_time_label_is_drawn_and_values_glide_between_steps() -> None:
    result = render(RACE)
    part = track(result.plan, result.ctx).parts[0]
    assert "2022" in texts(page_svg(part.page_at(1.0), result.theme))
    assert "2021" in texts(page_svg(part.page_at(0.2), result.theme))
    mid = dict(zip(part.data_at(0.5).categories, part.data_at(0.5).series[0][1], strict=True))
    assert mid == {"A": 20.0, "B": 37.5, "C": 10.0}
    assert part.data_at(2.0).categories == ["A", "C", "B"]  # the race: sorted by the values of the moment
    assert part.data_at(0.0).value_range == part.data_at(2.0).value_range == (0.0, 60.0)


def test_webp_and_still_formats() -> None:
    result = render(RACE)
    webp = Image.open(io.BytesIO(result.to_bytes(".webp")))
    assert webp.format == "WEBP" and getattr(webp, "n_frames", 1) > 1
    still = result.to_bytes(".svg")
    assert "2023" in texts(still)  # the last frame by default
    first = render({**RACE, "still": 0}).to_bytes(".svg")
    assert "2021" in texts(first) and "2023" not in texts(first)
    png = Image.open(io.BytesIO(result.to_bytes(".png")))
    assert png.size == (1920, 1080)


def test_a_build_reveals_nodes_one_by_one_with_captions() -> None:
    result = render(BUILD)
    (page,) = result.layout.pages
    names = [[r for r in step if r.startswith("node-")] for step in page.builds]
    assert names == [["node-a"], ["node-b"], ["node-c"]]
    assert any(r.startswith("edge-") for r in page.builds[1])  # an edge comes with its later end
    steps = track(result.plan, result.ctx).steps()
    assert len(steps) == 4
    first, second = texts(page_svg(steps[1].page, result.theme)), texts(page_svg(steps[2].page, result.theme))
    assert "Sign up" in first and "Verify email" not in first and "Start here" in first
    assert "Verify email" in second and "Then verify" in second
    gif = gif_frames(result.to_bytes(".gif"))
    assert len(gif) > 6 and np.any(gif[0] != gif[-1])


def test_pptx_has_morph_slides_and_entrance_animations() -> None:
    result = render(KINDS["animation"].example)
    prs = check_deck(result.to_bytes(".pptx"), expect_slides=len(result.layout.pages))
    xml = [slide._element.xml for slide in prs.slides]
    charts = [slide for slide in prs.slides if any(s.has_chart for s in slide.shapes)]
    assert len(charts) == 3  # one native chart per time step
    assert all("morph" in x and "AlternateContent" in x and "fade" in x for x in xml[1:3])
    assert "<p:timing" in xml[3]
    names = {s.name for s in charts[0].shapes}
    assert {"!!chart", "!!frame-label"} <= names and names == {s.name for s in charts[2].shapes}
    values = [list(next(s for s in c.shapes if s.has_chart).chart.plots[0].series[0].values) for c in charts]
    assert values[0] == [14.0, 10.0, 6.0] and values[2] == [21.0, 19.0, 17.0]
    spids = re.findall(r'spTgt spid="(\d+)"', xml[3])
    assert len(set(spids)) >= 5  # three nodes and two edges enter one click at a time
    assert len(re.findall(r'delay="indefinite"', xml[3])) == 3


def test_bullets_build_paragraph_by_paragraph_in_powerpoint() -> None:
    deck = {
        "kind": "slides",
        "title": "Plan",
        "slides": [{"title": "Steps", "bullets": ["one", "two", "three"]}],
    }
    result = render({"kind": "animation", "scenes": [{"visual": deck}]})
    page = result.layout.pages[1]
    assert page.builds == [["bullets#0"], ["bullets#1"], ["bullets#2"]]
    prs = check_deck(result.to_pptx())
    xml = prs.slides[1]._element.xml
    assert sorted(set(re.findall(r'pRg st="(\d+)"', xml))) == ["0", "1", "2"] and 'build="p"' in xml
    assert len(re.findall(r'delay="indefinite"', xml)) == 3


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_animated_deck(tmp_path: Path) -> None:
    result = render(KINDS["animation"].example)
    deck = result.save(tmp_path / "anim.pptx")
    proc = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(deck)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "anim.pdf"
    assert pdf.is_file(), proc.stderr
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())) == len(result.layout.pages)


# -------------------------------------------------------------------------------------------- html


def test_html_player_is_self_contained() -> None:
    page = render(KINDS["animation"].example).to_html()
    assert 'class="va-player"' in page and "va-play" in page and "va-slider" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page and page.count("<svg") == len(track_steps(KINDS["animation"].example))


def track_steps(plan: dict) -> list:
    result = render(plan)
    return track(result.plan, result.ctx).steps()


def test_a_single_chart_animation_is_a_plotly_figure_with_frames() -> None:
    result = render(RACE)
    assert result.has_figure and not render(BUILD).has_figure
    fig = result.figure.to_plotly_json()
    assert len(fig["frames"]) == 3
    assert [s["label"] for s in fig["layout"]["sliders"][0]["steps"]] == ["2021", "2022", "2023"]
    assert fig["layout"]["xaxis"]["range"] == [0, 60]  # one scale for every frame
    page = result.to_html()
    assert "Plotly.newPlot" in page and "addFrames" in page
    assert not re.search(r"""src\s*=\s*["']https?://""", page)
    with pytest.raises(ValueError, match="no plotly figure"):
        render(BUILD).figure  # noqa: B018


LINE_REVEAL = {
    "kind": "animation",
    "scenes": [
        {
            "visual": {
                "kind": "chart",
                "chart_type": "line",
                "title": "Revenue",
                "categories": [str(2015 + i) for i in range(10)],
                "series": [{"name": "Revenue", "values": [3, 5, 4, 8, 9, 7, 12, 15, 14, 18]}],
            }
        }
    ],
}


@pytest.mark.parametrize("plan", [RACE, LINE_REVEAL], ids=["race", "line-reveal"])
def test_animated_figure_frames_carry_only_what_changes(plan: dict) -> None:
    """Frames hold only the data that changes between time steps (plotly.js inherits the rest from
    the figure's traces); merged onto the figure's traces they give every time step's full chart,
    the first frame is the figure itself, and plotly's validation leaves the figure unchanged."""
    import plotly.graph_objects as go

    from render.chart import figure_parts

    result = render(plan)
    fig = result.figure
    d = fig.to_dict()
    assert go.Figure(d).to_dict() == d
    part = track(result.plan, result.ctx).parts[0]
    full = [figure_parts(part.chart, part.data_at(t), result.theme)[0] for t in part.keyframes()]
    assert len(d["frames"]) == len(full) == len(d["layout"]["sliders"][0]["steps"]) > 1
    assert [f["name"] for f in d["frames"]] == [str(n) for n in range(len(full))]
    base = d["data"]
    assert base == full[0]  # the figure shows the first time step
    for frame, traces in zip(d["frames"], full, strict=True):
        assert len(frame["data"]) == len(base)
        for slim, trace, first in zip(frame["data"], traces, base, strict=True):
            assert slim["type"] == first["type"]
            assert {**first, **slim} == trace  # what plotly.js shows at this step
            assert set(slim) < set(trace)  # name, hover text and styling are not repeated
            assert "hovertemplate" not in slim and "name" not in slim
    first = d["frames"][0]["data"]
    assert all(first[i][k] == base[i][k] for i in range(len(base)) for k in first[i])
    changing = {k for f in d["frames"] for t in f["data"] for k in t} - {"type"}
    assert changing == ({"x", "y"} if plan is RACE else {"y"})
    assert [b["label"] for b in d["layout"]["updatemenus"][0]["buttons"]] == ["▶ Play", "❚❚ Pause"]
    slider = d["layout"]["sliders"][0]
    # the frame label is shown once, large, by every frame's annotation (not again by the slider)
    assert slider["currentvalue"]["visible"] is False
    shown = [f["layout"]["annotations"][0]["text"] for f in d["frames"]]
    assert shown == [step["label"] for step in slider["steps"]]
    assert d["layout"]["annotations"][0]["text"] == shown[0]
    # the controls sit in a margin made for them (below the buttons), not pushed in by plotly
    assert d["layout"]["margin"]["b"] >= 140 and slider["pad"]["t"] > 30


def test_streamlit_ships_the_animated_figure_with_its_frames() -> None:
    """`st.plotly_chart`'s own plotly calls, on our figure: frames and slider survive the trip."""
    import json

    import plotly.io
    import plotly.tools

    fig = render(RACE).figure
    spec = json.loads(
        plotly.io.to_json(plotly.tools.return_figure_from_figure_or_data(fig, validate_figure=True))
    )
    assert len(spec["frames"]) == 3 and spec["frames"][2]["data"][0]["x"] == [60.0, 45.0, 20.0]
    assert spec["layout"]["template"]["layout"]  # the named template travels resolved
    assert spec == json.loads(plotly.io.to_json(fig))


# ---------------------------------------------------------------------------------------- bad input


def test_one_time_step_is_a_still_chart_with_a_note() -> None:
    plan = {**RACE, "scenes": [{**RACE["scenes"][0], "visual": {**RACE["scenes"][0]["visual"],
            "series": RACE["scenes"][0]["visual"]["series"][:1]}}]}  # fmt: skip
    result = render(plan)
    assert any("only one time step (2021)" in n for n in result.notes)
    gif = gif_frames(result.to_bytes(".gif"))
    assert len(gif) == 1 and len(np.unique(gif[0].reshape(-1, 3), axis=0)) > 10


def test_ten_thousand_time_steps_are_sampled_with_a_note() -> None:
    table = pd.DataFrame({"t": np.arange(10_000), "v": np.arange(10_000) % 97})
    plan = {
        "kind": "animation",
        "scenes": [{"visual": {"kind": "chart", "chart_type": "line", "x": "t", "y": "v"}}],
    }
    result = render(plan, data=table)
    assert any("10,000" in n or "playing" in n for n in result.notes), result.notes
    part = track(result.plan, result.ctx).parts[0]
    assert len(part.labels) <= MAX_KEYFRAMES
    assert sum(s.ticks for s in part.shots()) <= MAX_KEYFRAMES + round(part.scene.hold_seconds * FPS)
    assert len(result.layout.pages) <= 60


def test_gaps_between_time_steps_are_interpolated_or_held_and_said() -> None:
    plan = {**RACE, "scenes": [{**RACE["scenes"][0], "visual": {**RACE["scenes"][0]["visual"], "series": [
        {"name": "2021", "values": [10, 40, 5]}, {"name": "2022", "values": [None, 35, 15]},
        {"name": "2023", "values": [30, 20, None]}]}}]}  # fmt: skip
    result = render(plan)
    note = next(n for n in result.notes if "gaps" in n)
    assert "1 missing between time steps were interpolated" in note and "1 after a last known" in note
    part = track(result.plan, result.ctx).parts[0]
    now = dict(zip(part.data_at(1.0).categories, part.data_at(1.0).series[0][1], strict=True))
    last = dict(zip(part.data_at(2.0).categories, part.data_at(2.0).series[0][1], strict=True))
    assert now["A"] == 20.0 and last["C"] == 15.0


def test_five_hundred_build_steps_are_grouped() -> None:
    nodes = [{"id": f"n{i}", "label": f"{i}"} for i in range(500)]
    edges = [{"source": f"n{i}", "target": f"n{i + 1}"} for i in range(0, 499, 5)]
    diagram = {"kind": "diagram", "diagram_type": "network", "nodes": nodes, "edges": edges}
    result = render({"kind": "animation", "scenes": [{"visual": diagram}]})
    (page,) = result.layout.pages
    assert len(page.builds) <= MAX_STEPS
    assert sum(r.startswith("node-") for step in page.builds for r in step) == 500
    assert any("grouped" in n for n in result.notes)


def test_a_missing_codec_names_the_format_and_gif_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(video, "MP4_CODEC", "no-such-h264")
    result = render(RACE)
    with pytest.raises(ValueError, match=r"\.mp4.*no-such-h264"):
        result.to_bytes(".mp4")
    assert result.to_bytes(".gif")[:6] == b"GIF89a"


def test_invalid_plans_name_the_field() -> None:
    with pytest.raises(PlanError, match=r"scenes\.0: order: unknown node ids"):
        render({"kind": "animation", "scenes": [{"visual": KINDS["diagram"].example, "order": ["zz"]}]})
    with pytest.raises(PlanError, match="scenes"):
        render({"kind": "animation", "scenes": []})
    table = pd.DataFrame({"year": [1, 2], "x": ["a", "b"], "y": [1, 2]})
    chart = {"kind": "chart", "x": "x", "y": "y"}
    with pytest.raises(ValueError, match=r"scenes\[0\]\.frame_field: no column 'yr'"):
        render({"kind": "animation", "scenes": [{"visual": chart, "frame_field": "yr"}]}, data=table)


def test_an_animation_sits_on_a_slide_as_its_still() -> None:
    deck = render(
        {"kind": "slides", "title": "T", "slides": [{"layout": "visual", "title": "Race", "visual": RACE}]}
    )
    names = [el.name for el in deck.layout.pages[1].elements]
    assert "!!chart" in names and "!!frame-label" in names


# ------------------------------------------------------------------------------------------ planning


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("animate our revenue: 2021 10, 2022 14, 2023 19", "animation"),
        ("how did revenue change: 2021 10, 2022 14, 2023 19", "chart"),
        ("step by step: plan, build, test, ship one by one", "animation"),
        ("explain step by step how to set up a router", "diagram"),  # "step by step" alone: a static diagram
        ("make a bar chart race of these numbers", "animation"),
        ("把销售额做成动画：2021年 10，2022年 14，2023年 19", "animation"),
        ("gráfico animado de ventas 2021 10, 2022 14, 2023 19", "animation"),
        ("Zeige die Umsätze animiert: 2021 10, 2022 14, 2023 19", "animation"),
    ],
)
def test_routing(question: str, kind: str) -> None:
    assert route(question).kind == kind


def test_rules_planner_animates_numbers_in_the_question() -> None:
    plan = RulesPlanner().plan(PlanRequest(question="animate our revenue: 2021 10, 2022 14, 2023 19")).plan
    assert plan.kind == "animation"
    chart = plan.scenes[0].visual
    assert chart.categories == ["2021", "2022", "2023"] and chart.series[0].values == [10, 14, 19]
    assert "animate" not in chart.title.lower()


def test_rules_planner_builds_listed_steps() -> None:
    plan = RulesPlanner().plan(PlanRequest(question="step by step: plan, build, test, ship one by one")).plan
    assert plan.kind == "animation"
    assert [n.label for n in plan.scenes[0].visual.nodes] == ["plan", "build", "test", "ship"]
    assert len(render(plan).layout.pages[0].builds) == 4


def test_rules_planner_animates_a_table_by_its_year_column() -> None:
    table = pd.DataFrame(
        {"year": [2020, 2020, 2021, 2021, 2022, 2022], "region": ["N", "S"] * 3, "sales": [1, 2, 3, 4, 5, 9]}
    )
    plan = (
        RulesPlanner()
        .plan(PlanRequest(question="animate sales by year", table=table, table_name="s.csv"))
        .plan
    )
    assert plan.kind == "animation"
    chart = plan.scenes[0].visual
    assert (chart.x, chart.y) == ("year", "sales") and not chart.series  # columns named, no numbers invented
    result = render(plan, data=table)
    part = track(result.plan, result.ctx).parts[0]
    sums = table.groupby("year")["sales"].sum()
    final = part.data_at(float(len(part.labels) - 1))
    assert [float(v) for v in final.series[0][1]] == [float(v) for v in sums.values]
    race = RulesPlanner().plan(PlanRequest(question="bar chart race of sales by region", table=table)).plan
    assert race.scenes[0].frame_field == "year" and race.scenes[0].visual.x == "region"
    last = track(render(race, data=table).plan, render(race, data=table).ctx).parts[0]
    assert last.labels == ["2020", "2021", "2022"]


def test_cli_makes_a_gif(tmp_path: Path) -> None:
    from render.__main__ import main

    out = tmp_path / "rev.gif"
    assert (
        main(["make", "animate revenue: 2021 10, 2022 14, 2023 19", "--kind", "animation", "-o", str(out)])
        == 0
    )
    assert Image.open(out).n_frames > 5


# ------------------------------------------------------------------------------------------------ app


def test_the_app_shows_the_player_and_the_animated_chart() -> None:
    import json

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.chat_input[0].set_value("step by step: plan, build, test, ship one by one").run()
    assert not at.exception
    frames = [e for e in at.get("iframe") if "va-player" in str(e.proto)]
    assert frames, "no animation player"
    at.chat_input[0].set_value("animate our revenue: 2021 10, 2022 14, 2023 19").run()
    assert not at.exception
    answers = [e for e in at.get("plotly_chart") if not e.key.startswith("warmup-chart")]
    assert len(answers) == 1 and '"frames"' in answers[0].proto.spec, "no animated plotly chart"
    # the browser ran an animated chart's code while the page loaded (its first frame is not slower)
    warm = [json.loads(e.proto.spec) for e in at.get("plotly_chart") if e.key.startswith("warmup-chart")]
    assert [bool(w.get("frames")) for w in warm] == [False, True]
    assert warm[1]["layout"]["sliders"] and warm[1]["layout"]["updatemenus"]


# -------------------------------------------------------------------------------------- real browser


@pytest.mark.slow
def test_a_real_browser_plays_the_exported_html(tmp_path: Path) -> None:
    from tests.browser import chromium, missing

    if missing():
        pytest.skip(missing())
    player = render(KINDS["animation"].example).save(tmp_path / "player.html")
    chart = render(RACE).save(tmp_path / "chart.html")
    with chromium() as browser:
        page = browser.new_page()
        page.goto(player.as_uri())
        page.wait_for_function("document.querySelector('.va-player').dataset.index > 1", timeout=15_000)
        page.click(".va-play")  # pause
        assert page.eval_on_selector(".va-player", "el => el.dataset.playing") == "0"
        page.goto(chart.as_uri())
        page.wait_for_function(
            "(() => { const g = document.querySelector('.js-plotly-plot');"
            " return g && g._fullLayout && g._fullLayout.sliders[0].active > 0; })()",
            timeout=20_000,
        )


@pytest.mark.slow
def test_plotly_js_shows_each_time_step_from_the_slim_frames(tmp_path: Path) -> None:
    """In a real browser: jumping to a frame puts that step's values on screen and keeps what the
    frames leave out (orientation, name, hover text) from the figure's own trace."""
    from tests.browser import chromium, missing

    if missing():
        pytest.skip(missing())
    chart = render(RACE).save(tmp_path / "chart.html")
    show = """async (name) => {
      const g = document.querySelector('.js-plotly-plot');
      await Plotly.animate(g, [name], {frame: {duration: 0, redraw: true}, transition: {duration: 0},
                                       mode: 'immediate'});
      const t = g._fullData[0];
      return [Array.from(t.x), Array.from(t.y), t.orientation, t.name, t.hovertemplate,
              g.querySelectorAll('.bars path').length];
    }"""
    with chromium() as browser:
        page = browser.new_page()
        page.goto(chart.as_uri())
        page.wait_for_function("document.querySelector('.js-plotly-plot')?._fullLayout", timeout=20_000)
        page.evaluate(
            "Plotly.animate(document.querySelector('.js-plotly-plot'), [null], {frame: {duration: 0}, mode: 'immediate'})"
        )
        last = page.evaluate(show, "2")
        first = page.evaluate(show, "0")
    assert last[:2] == [[60, 45, 20], ["A", "C", "B"]]
    assert first[:2] == [[40, 10, 5], ["B", "A", "C"]]
    for got in (first, last):
        assert got[2] == "h" and got[3] == "Value" and "%{x" in got[4] and got[5] == 3

"""Animation benchmark: a bar-chart race at 960 × 540 as GIF and MP4, ours against matplotlib.

Each case runs in a fresh process (same data, same frames, same size), so its peak memory (max RSS)
is its own. Ours: render → frames from the SVG painter through resvg (each distinct frame drawn once)
→ Pillow GIF / PyAV MP4. matplotlib: `FuncAnimation` redrawing a `barh` per frame, saved with
`PillowWriter` (GIF) and `FFMpegWriter` on imageio-ffmpeg's FFmpeg binary (MP4, libx264). The MP4
encoders are also compared on identical frames (PyAV in-process vs imageio-ffmpeg's pipe), which is
how PyAV was picked.

First frame: what the app pays before an animated chart (its plotly figure) can show, against a
static chart of the same data: building the figure, Streamlit shipping it (`st.plotly_chart`'s own
plotly calls) and the browser drawing it (plotly.js in headless Chromium), animated and static
interleaved, median and range of the per-repetition ratios (a measurement, not a timed test).
Ends with one JSON line.

    python bench/animation_bench.py [--frames-per-step 12] [--steps 6] [--reps 15] [--first-frame-only]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CATEGORIES = [f"Country {chr(65 + i)}" for i in range(10)]


def race_values(steps: int) -> list[list[float]]:
    import numpy as np

    rng = np.random.default_rng(7)
    return np.cumsum(rng.uniform(1, 10, (steps, len(CATEGORIES))), axis=0).round(1).tolist()


def race_plan(steps: int, per_step: int) -> dict[str, Any]:
    from render.animation_scenes import FPS

    values = race_values(steps)
    return {
        "kind": "animation",
        "title": "Bar race",
        "scenes": [
            {
                "visual": {
                    "kind": "chart",
                    "chart_type": "horizontal_bar",
                    "title": "GDP race",
                    "sort": "desc",
                    "categories": CATEGORIES,
                    "series": [{"name": str(2000 + k), "values": v} for k, v in enumerate(values)],
                },
                "frames_from": "series",
                "step_seconds": per_step / FPS,
                "hold_seconds": 0.0,
            }
        ],
    }


def frame_times(steps: int, per_step: int) -> list[float]:
    """The time of every frame, as our track plays it: tweens, then the last step once."""
    return [i + j / per_step for i in range(steps - 1) for j in range(per_step)] + [float(steps - 1)]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours(fmt: str, steps: int, per_step: int) -> dict[str, Any]:
    from render import render

    t0 = time.perf_counter()
    result = render(race_plan(steps, per_step))
    data = result.to_bytes(fmt)
    seconds = time.perf_counter() - t0
    from render.animation import track
    from render.animation_video import film

    f = film(track(result.plan, result.ctx))
    return {
        "seconds": seconds,
        "frames": f.ticks,
        "drawn": len(f.pngs),
        "bytes": len(data),
        "peak_mb": _peak_mb(),
    }


def matplotlib_case(fmt: str, steps: int, per_step: int) -> dict[str, Any]:
    import imageio_ffmpeg
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.animation import FFMpegWriter, FuncAnimation, PillowWriter

    from render.animation_scenes import FPS

    plt.rcParams["animation.ffmpeg_path"] = imageio_ffmpeg.get_ffmpeg_exe()
    values = np.array(race_values(steps))
    times = frame_times(steps, per_step)
    hi = values.max()
    t0 = time.perf_counter()
    fig, ax = plt.subplots(figsize=(9.6, 5.4), dpi=100)

    def draw(k: int) -> None:
        t = times[k]
        i = min(int(t), steps - 2)
        f = t - i
        now = values[i] * (1 - f) + values[i + 1] * f
        order = np.argsort(now)
        ax.clear()
        ax.barh([CATEGORIES[j] for j in order], now[order], color="#0072B2")
        ax.set_xlim(0, hi * 1.05)
        ax.set_title("GDP race", loc="left", fontweight="bold")
        ax.text(1.0, -0.12, str(2000 + int(t + 0.5)), transform=ax.transAxes, ha="right", size=22)

    out = Path(f"/tmp/mpl-race{fmt}")
    writer = PillowWriter(fps=FPS) if fmt == ".gif" else FFMpegWriter(fps=FPS, codec="libx264")
    FuncAnimation(fig, draw, frames=len(times)).save(str(out), writer=writer)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "frames": len(times), "bytes": out.stat().st_size, "peak_mb": _peak_mb()}


def encoders(steps: int, per_step: int) -> dict[str, Any]:
    """PyAV (in process) against imageio-ffmpeg (a pipe to FFmpeg) on the same decoded frames."""
    import imageio_ffmpeg

    from render import render
    from render.animation import track
    from render.animation_scenes import FPS
    from render.animation_video import MP4_OPTIONS, film, frames, mp4_from

    result = render(race_plan(steps, per_step))
    f = film(track(result.plan, result.ctx))
    arrays = [arr for arr, ticks in frames(f) for _ in range(ticks)]
    t0 = time.perf_counter()
    mp4_from(((arr, 1) for arr in arrays), f.size)
    pyav = time.perf_counter() - t0
    t0 = time.perf_counter()
    h, w = arrays[0].shape[:2]
    gen = imageio_ffmpeg.write_frames(
        "/tmp/iio-race.mp4",
        (w, h),
        fps=FPS,
        codec="libx264",
        pix_fmt_out="yuv420p",
        macro_block_size=1,
        output_params=["-crf", MP4_OPTIONS["crf"], "-preset", MP4_OPTIONS["preset"], "-tune", "animation"],
    )
    gen.send(None)
    for arr in arrays:
        gen.send(arr.tobytes())
    gen.close()
    iio = time.perf_counter() - t0
    return {"pyav_s": pyav, "imageio_ffmpeg_s": iio, "frames": len(arrays)}


def first_frame_cases(steps: int, per_step: int) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """(animated plan, static chart of the same data): the race against its last year, and
    10-step line and bar animations (drawn point by point) against the finished chart."""
    race = race_plan(steps, per_step)
    race_static = dict(race["scenes"][0]["visual"])
    race_static["series"] = race_static["series"][-1:]
    cases = {"race": (race, race_static)}
    years = [str(2015 + i) for i in range(10)]
    for ct in ("line", "bar"):
        visual = {
            "kind": "chart",
            "chart_type": ct,
            "title": "Revenue",
            "categories": years,
            "series": [{"name": "Revenue", "values": race_values(10)[-1]}],
        }
        cases[f"{ct}10"] = ({"kind": "animation", "scenes": [{"visual": visual}]}, visual)
    return cases


def _stats(values: list[float], digits: int = 2) -> dict[str, Any]:
    return {
        "median": round(statistics.median(values), digits),
        "range": [round(min(values), digits), round(max(values), digits)],
    }


def first_frame(steps: int, per_step: int, reps: int = 15) -> dict[str, Any]:
    """What the app pays before an animated chart's first frame can show, against a static chart
    of the same data, stage by stage: (a) `render(plan).figure`; (b) what `st.plotly_chart` does to
    ship it (plotly's `return_figure_from_figure_or_data(fig, validate_figure=True)` then
    `plotly.io.to_json(..., validate=False)`, its exact calls); bytes sent. Animated and static
    alternate (who goes first too) in this one process; ratios are per repetition."""
    import plotly.io
    import plotly.tools

    from render import render

    def one(plan: dict[str, Any]) -> tuple[float, float, str]:
        t0 = time.perf_counter()
        fig = render(plan).figure
        t1 = time.perf_counter()
        spec = plotly.io.to_json(
            plotly.tools.return_figure_from_figure_or_data(fig, validate_figure=True), validate=False
        )
        return t1 - t0, time.perf_counter() - t1, spec

    out: dict[str, Any] = {}
    for name, (anim, static) in first_frame_cases(steps, per_step).items():
        one(anim), one(static)  # warm imports and caches
        got: dict[str, list[tuple[float, float, str]]] = {"animated": [], "static": []}
        for i in range(reps):
            order = [("animated", anim), ("static", static)]
            for who, plan in order if i % 2 == 0 else order[::-1]:
                got[who].append(one(plan))
        row: dict[str, Any] = {}
        for stage, k in (("build", 0), ("ship", 1)):
            a = [r[k] * 1000 for r in got["animated"]]
            s = [r[k] * 1000 for r in got["static"]]
            row[stage] = {
                "animated_ms": _stats(a),
                "static_ms": _stats(s),
                "ratio": _stats([x / y for x, y in zip(a, s, strict=True)]),
            }
        a = [(r[0] + r[1]) * 1000 for r in got["animated"]]
        s = [(r[0] + r[1]) * 1000 for r in got["static"]]
        row["server_total"] = {
            "animated_ms": _stats(a),
            "static_ms": _stats(s),
            "ratio": _stats([x / y for x, y in zip(a, s, strict=True)]),
        }
        row["bytes"] = {"animated": len(got["animated"][0][2]), "static": len(got["static"][0][2])}
        row["frames"] = len(json.loads(got["animated"][0][2]).get("frames", []))
        row["_specs"] = [got["animated"][0][2], got["static"][0][2]]
        out[name] = row
    return out


BROWSER_PLOT = """async ([spec, n]) => {
  const box = document.getElementById('box');
  const div = document.createElement('div');
  div.style.width = '960px'; div.style.height = '540px';
  box.appendChild(div);
  const t0 = performance.now();
  const fig = JSON.parse(spec);
  await Plotly.newPlot(div, fig);
  await new Promise((r) => requestAnimationFrame(() => r()));
  const ms = performance.now() - t0;
  const drawn = div.querySelectorAll('.trace').length;
  Plotly.purge(div); box.removeChild(div);
  return [ms, drawn];
}"""


def browser_first_frame(specs: dict[str, list[str]], reps: int = 15) -> dict[str, Any]:
    """(c) The browser: from the figure's JSON arriving to the first plot drawn (JSON.parse, then
    `Plotly.newPlot` with its frames, as Streamlit hands them over, until the next paint), in
    headless Chromium on a static page with plotly.js from the installed plotly package."""
    from tests import browser

    why = browser.missing()
    if why:
        return {"skipped": why}
    import plotly

    js = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    out: dict[str, Any] = {}
    with browser.chromium() as chromium:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.set_content("<html><body><div id='box'></div></body></html>")
        page.add_script_tag(path=str(js))
        for name, (anim, static) in specs.items():
            for _ in range(3):  # warm plotly.js's code paths
                page.evaluate(BROWSER_PLOT, [anim, 0]), page.evaluate(BROWSER_PLOT, [static, 0])
            got: dict[str, list[float]] = {"animated": [], "static": []}
            for i in range(reps):
                order = [("animated", anim), ("static", static)]
                for who, spec in order if i % 2 == 0 else order[::-1]:
                    ms, drawn = page.evaluate(BROWSER_PLOT, [spec, i])
                    assert drawn > 0, f"{name}/{who}: nothing drawn"
                    got[who].append(ms)
            out[name] = {
                "animated_ms": _stats(got["animated"]),
                "static_ms": _stats(got["static"]),
                "ratio": _stats([x / y for x, y in zip(got["animated"], got["static"], strict=True)]),
            }
        page.close()
    return out


def first_frame_section(steps: int, per: int, reps: int) -> dict[str, Any]:
    """Server side in one fresh process, then the browser side on the specs it shipped."""
    ff = isolated("first_frame", steps, per, reps)
    specs = {name: row.pop("_specs") for name, row in ff.items()}
    seen = isolated("browser", specs, reps)
    if "skipped" in seen:
        ff["browser_skipped"] = seen["skipped"]
    for name, row in seen.items():
        if name in ff and isinstance(row, dict):
            ff[name]["browser"] = row
    for name, row in ff.items():
        print(f"first frame {name}: {json.dumps(row)}", file=sys.stderr)
    return ff


CASES = {"ours": ours, "matplotlib": matplotlib_case}


def _run(queue: Any, name: str, args: tuple[Any, ...]) -> None:
    fn = {**CASES, "encoders": encoders, "first_frame": first_frame, "browser": browser_first_frame}[name]
    queue.put(fn(*args))


def isolated(name: str, *args: Any) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run, args=(queue, name, args))
    proc.start()
    out = queue.get(timeout=900)
    proc.join()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=6, help="time steps (years) in the race")
    parser.add_argument("--frames-per-step", type=int, default=12)
    parser.add_argument("--reps", type=int, default=15, help="first frame: repetitions per case")
    parser.add_argument("--first-frame-only", action="store_true", help="only the first-frame section")
    args = parser.parse_args()
    steps, per = args.steps, args.frames_per_step
    if args.first_frame_only:
        print(json.dumps({"first_frame": first_frame_section(steps, per, args.reps)}))
        return
    figures: dict[str, Any] = {"size": "960x540", "frames": len(frame_times(steps, per))}
    for fmt in (".gif", ".mp4"):
        mine = isolated("ours", fmt, steps, per)
        theirs = isolated("matplotlib", fmt, steps, per)
        key = fmt.lstrip(".")
        figures[key] = {
            "ours_s": round(mine["seconds"], 2),
            "matplotlib_s": round(theirs["seconds"], 2),
            "ratio": round(mine["seconds"] / theirs["seconds"], 2),
            "ours_fps": round(mine["frames"] / mine["seconds"], 1),
            "matplotlib_fps": round(theirs["frames"] / theirs["seconds"], 1),
            "ours_drawn": mine["drawn"],
            "ours_peak_mb": round(mine["peak_mb"]),
            "matplotlib_peak_mb": round(theirs["peak_mb"]),
            "ours_kb": round(mine["bytes"] / 1024),
            "matplotlib_kb": round(theirs["bytes"] / 1024),
        }
        print(f"{key}: {figures[key]}", file=sys.stderr)
    enc = isolated("encoders", steps, per)
    figures["mp4_encoder"] = {k: round(v, 3) if isinstance(v, float) else v for k, v in enc.items()}
    figures["first_frame"] = first_frame_section(steps, per, args.reps)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

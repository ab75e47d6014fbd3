"""Animation benchmark: a bar-chart race at 960 × 540 as GIF and MP4, ours against matplotlib.

Each case runs in a fresh process (same data, same frames, same size), so its peak memory (max RSS)
is its own. Ours: render → frames from the SVG painter through resvg (each distinct frame drawn once)
→ Pillow GIF / PyAV MP4. matplotlib: `FuncAnimation` redrawing a `barh` per frame, saved with
`PillowWriter` (GIF) and `FFMpegWriter` on imageio-ffmpeg's FFmpeg binary (MP4, libx264). The MP4
encoders are also compared on identical frames (PyAV in-process vs imageio-ffmpeg's pipe), which is
how PyAV was picked. Also: how long the app waits for the first frame of an animated chart (its
plotly figure) against a static chart of the same data. Ends with one JSON line.

    python bench/animation_bench.py [--frames-per-step 12] [--steps 6]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
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


def first_frame(steps: int, per_step: int) -> dict[str, Any]:
    """The app shows an animated chart as its plotly figure: time to build it vs a static chart."""
    from render import render

    plan = race_plan(steps, per_step)
    static = dict(plan["scenes"][0]["visual"])
    static["series"] = static["series"][-1:]

    def best(make: Any) -> float:
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            make()
            times.append(time.perf_counter() - t0)
        return min(times)

    render(static).figure  # noqa: B018 - warm the imports
    return {
        "animated_ms": best(lambda: render(plan).figure) * 1000,
        "static_ms": best(lambda: render(static).figure) * 1000,
    }


CASES = {"ours": ours, "matplotlib": matplotlib_case}


def _run(queue: Any, name: str, args: tuple[Any, ...]) -> None:
    fn = {**CASES, "encoders": encoders, "first_frame": first_frame}[name]
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
    args = parser.parse_args()
    steps, per = args.steps, args.frames_per_step
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
    ff = isolated("first_frame", steps, per)
    figures["first_frame"] = {k: round(v, 1) for k, v in ff.items()}
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

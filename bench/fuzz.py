"""Fuzz every painter and format with generated plans and hostile input files, and count outcomes.

    python bench/fuzz.py --plans 10000 --files 200 --questions 2000 --workers 2 --out /tmp/fuzz

Plans (`bench/fuzz_cases.py`: the published schema via hypothesis-jsonschema, plus mutators) go
through `render()` and every format their kind declares; files go through the CLI (`--data` and
`--markdown`), as a user would run it; questions go through the offline planner and the plan it
returns through `render()` (SVG and PPTX). Each case runs in a worker process with a time limit, so a
hang is seen as one and a crash cannot take the run down. Outcomes:

- rendered: every format written and valid;
- plan_error / user_error: a clean refusal (PlanError at `render()`, exit 2 with a one-line message);
- crash: any other exception (also a PlanError raised only at save, and a nested visual replaced
  by a placeholder because of a bug), or exit 1 ("internal error") from the CLI;
- hang: no answer within `--timeout` seconds (60 by default);
- blank: an SVG with nothing drawn, a single-colour PNG, a deck without slides;
- invalid: SVG not well-formed or holding unescaped markup (a script element, an `on…` attribute,
  a marker string from the plan, NaN/inf coordinates), HTML with an unescaped marker, a PPTX that
  does not reopen or whose chart workbook holds a formula.

A sample of the decks is converted by LibreOffice (`--soffice N`). The last line printed is one JSON
object of the counts; `--out` keeps the failing cases (plan JSON or file name, with the traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing as mp
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fuzz_cases import MARKERS, file_jobs, hostile_files, plans, questions

OUTCOMES = ("rendered", "plan_error", "user_error", "crash", "hang", "blank", "invalid")
_NUM_ATTRS = re.compile(
    r'\s(?:x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|width|height|d|points|transform|font-size)="[^"]*\b(?:nan|inf)', re.I
)


class _Images:
    """A deterministic image source, so image plans exercise the page code without a model."""

    def generate(self, plan: Any, width: int, height: int) -> bytes:
        from PIL import Image

        img = Image.new("RGB", (max(1, min(width, 2048)), max(1, min(height, 2048))), (40, 90, 160))
        img.paste((220, 180, 60), (0, 0, img.width // 2, img.height // 2))
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        return buf.getvalue()


# ------------------------------------------------------------------------------------------ checks


def check_output(suffix: str, data: bytes | str) -> tuple[str, str] | None:
    """(outcome, detail) when an output is blank or invalid, else None."""
    if suffix == ".svg":
        text = data if isinstance(data, str) else data.decode("utf-8")
        return _check_svg(text)
    if suffix == ".png":
        from PIL import Image

        raw = data if isinstance(data, bytes) else data.encode()
        try:
            img = Image.open(io.BytesIO(raw))
            img.load()
        except Exception as err:
            return "invalid", f"PNG does not decode: {err}"
        small = img.convert("RGB").resize((min(img.width, 256), min(img.height, 256)))
        if len(small.getcolors(1 << 16) or [0, 0]) <= 1:
            return "blank", "PNG is a single colour"
        return None
    if suffix == ".html":
        text = data if isinstance(data, str) else data.decode("utf-8")
        for m in MARKERS:
            if m in text:
                return "invalid", f"HTML holds unescaped markup {m!r}"
        if "<figure" not in text and "<div" not in text:
            return "blank", "HTML without content"
        return None
    if suffix == ".pptx":
        return _check_pptx(data if isinstance(data, bytes) else data.encode())
    if suffix == ".json":
        from render import parse_plan

        try:
            parse_plan(data)
        except Exception as err:
            return "invalid", f"JSON plan does not parse back: {err}"
    return None


def _check_svg(text: str) -> tuple[str, str] | None:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        return "invalid", f"SVG not well-formed: {err}"
    for m in MARKERS:
        if m in text:
            return "invalid", f"SVG holds unescaped markup {m!r}"
    drawn = 0
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in ("script", "foreignObject"):
            return "invalid", f"SVG has a <{tag}> element"
        if any(k.lower().startswith("on") for k in el.attrib):
            return "invalid", "SVG has an event attribute"
        drawn += tag in ("text", "path", "polygon", "circle", "ellipse", "image", "line") or (
            tag == "rect" and el.get("x") not in (None, "0")
        )
    if _NUM_ATTRS.search(text):
        return "invalid", "SVG has NaN or infinite coordinates"
    if not drawn:
        return "blank", "SVG draws nothing but the background"
    return None


def _check_pptx(raw: bytes) -> tuple[str, str] | None:
    from pptx import Presentation

    try:
        prs = Presentation(io.BytesIO(raw))
        slides = list(prs.slides)
    except Exception as err:
        return "invalid", f"PPTX does not reopen: {type(err).__name__}: {err}"
    if not slides:
        return "blank", "deck without slides"
    from openpyxl import load_workbook

    for n, slide in enumerate(slides, 1):
        ids = [int(i) for i in slide.shapes._spTree.xpath("//p:cNvPr/@id")]
        if len(ids) != len(set(ids)):
            return "invalid", f"slide {n}: duplicate shape ids"
        for shape in slide.shapes:
            if getattr(shape, "has_chart", False) and shape.has_chart:
                blob = shape.chart.part.chart_workbook.xlsx_part.blob
                wb = load_workbook(io.BytesIO(blob))
                for ws in wb:
                    for row in ws.iter_rows():
                        for cell in row:
                            if cell.data_type == "f" or cell.hyperlink is not None:
                                return (
                                    "invalid",
                                    f"slide {n}: chart workbook cell {cell.coordinate} is a formula/link",
                                )
    return None


# ------------------------------------------------------------------------------------------- cases


def describe(plan: Any) -> str:
    """A few words on a plan's kind and size, for the slowest-cases list."""
    if not isinstance(plan, dict):
        return type(plan).__name__
    kind = plan.get("kind", "?")
    sizes = []
    for key in ("slides", "nodes", "edges", "categories", "series", "blocks"):
        if isinstance(plan.get(key), list):
            sizes.append(f"{len(plan[key])} {key}")
    if kind == "text" and isinstance(plan.get("answer"), str):
        sizes.append(f"{len(plan['answer']):,} chars")
    extra = plan.get("chart_type") or plan.get("diagram_type") or ""
    return " ".join(x for x in (kind, extra, ", ".join(sizes)) if x)


def run_plan(plan: Any, formats: tuple[str, ...] | None = None, keep: Path | None = None) -> dict[str, Any]:
    """One plan through `render()` and each format; the outcome with what was learned."""
    from render import PlanError, render
    from render.data import TableError

    start = time.perf_counter()
    try:
        result = render(plan, images=_Images())
    except (PlanError, TableError) as err:
        return {"outcome": "plan_error", "detail": str(err)[:300]}
    except Exception as err:
        return _crash("render()", err)
    wrote = []
    for suffix in formats or result.formats:
        if suffix not in result.formats:
            continue
        try:
            data = result.to_bytes(suffix)
        except Exception as err:  # a PlanError here is a defect too: plans must fail at render()
            return _crash(f"save {suffix}", err)
        problem = check_output(suffix, data)
        if problem is not None:
            return {"outcome": problem[0], "format": suffix, "detail": problem[1]}
        wrote.append(suffix)
        if keep is not None and suffix == ".pptx":
            keep.write_bytes(data if isinstance(data, bytes) else data.encode())
    hidden = [
        n
        for n in result.notes
        if "could not be drawn (" in n and not re.search(r"\((PlanError|TableError)", n)
    ]
    if hidden:
        return {"outcome": "crash", "where": "nested visual", "detail": hidden[0][:400]}
    return {"outcome": "rendered", "formats": wrote, "seconds": round(time.perf_counter() - start, 2)}


def run_question(question: str) -> dict[str, Any]:
    """One question through the offline planner, then its plan through `render()`: any exception,
    and any plan that does not render, is a defect (the planner validates what it returns)."""
    from generators.base import PlanRequest
    from generators.rules import RulesPlanner

    start = time.perf_counter()
    try:
        plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    except Exception as err:
        return _crash("planner", err)
    outcome = run_plan(plan, formats=(".svg", ".pptx"))
    if outcome["outcome"] == "plan_error":
        return {"outcome": "crash", "where": "planner's plan", "detail": outcome["detail"]}
    outcome["seconds"] = round(time.perf_counter() - start, 2)
    return outcome


def run_file(args: list[str], out_dir: Path, suffix: str) -> dict[str, Any]:
    """One CLI run (`python -m render make …`) on a hostile file; exit codes and output checked."""
    from render.__main__ import main

    out = out_dir / f"out{suffix}"
    if out.exists():
        out.unlink()
    err = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            rc = main([*args, "-o", str(out), "--image-model", "none"])
        except SystemExit as exit_:
            rc = int(exit_.code or 0)
        except Exception as error:
            return _crash("cli", error)
    message = err.getvalue().strip().splitlines()
    last = next((m for m in reversed(message) if m.startswith(("error:", "internal error:"))), "")
    if rc == 1 or last.startswith("internal error"):
        return {"outcome": "crash", "where": "cli", "detail": last[:400]}
    if rc != 0:
        return {"outcome": "user_error", "detail": last[:300]}
    if not out.is_file():
        return {"outcome": "blank", "detail": "exit 0 but no output file"}
    problem = check_output(suffix, out.read_bytes())
    if problem is not None:
        return {"outcome": problem[0], "format": suffix, "detail": problem[1]}
    return {"outcome": "rendered", "seconds": round(time.perf_counter() - start, 2)}


def _crash(where: str, err: BaseException) -> dict[str, Any]:
    tb = traceback.format_exception(type(err), err, err.__traceback__)
    return {
        "outcome": "crash",
        "where": where,
        "detail": f"{type(err).__name__}: {err}"[:400],
        "trace": "".join(tb[-6:]),
    }


# ------------------------------------------------------------------------------------------ workers


def _worker(conn: Any, out_dir: str) -> None:
    scratch = Path(out_dir)
    while True:
        job = conn.recv()
        if job is None:
            return
        case_id, kind, payload, extra = job
        try:
            if kind == "plan":
                keep = Path(extra) if extra else None
                outcome = run_plan(payload, keep=keep)
            elif kind == "question":
                outcome = run_question(payload)
            elif kind == "sleep":  # the runner's own check: a case that never answers is a hang
                time.sleep(payload)
                outcome = {"outcome": "rendered"}
            else:
                outcome = run_file(payload, scratch, extra)
        except BaseException as err:  # the worker must answer whatever happens
            outcome = _crash("worker", err)
        outcome["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        conn.send((case_id, outcome))


class Pool:
    """Worker processes with a per-case time limit: a worker past it is killed and replaced."""

    def __init__(self, n: int, timeout: float, scratch: Path):
        self.timeout, self.scratch = timeout, scratch
        self.ctx = mp.get_context("fork")
        self.workers: list[Any] = [self._spawn(i) for i in range(n)]

    def _spawn(self, i: int) -> Any:
        folder = self.scratch / f"w{i}"
        folder.mkdir(parents=True, exist_ok=True)
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child, str(folder)), daemon=True)
        proc.start()
        return {"proc": proc, "conn": parent, "job": None, "since": 0.0, "i": i, "done": 0}

    def run(self, jobs: list[tuple[int, str, Any, Any]], on_result: Any) -> None:
        todo = list(reversed(jobs))
        busy = 0
        while todo or busy:
            for w in self.workers:
                if w["job"] is None and todo:
                    job = todo.pop()
                    w["conn"].send(job)
                    w["job"], w["since"] = job, time.monotonic()
                    busy += 1
            conns = [w["conn"] for w in self.workers if w["job"] is not None]
            ready = mp.connection.wait(conns, timeout=1.0)
            now = time.monotonic()
            for k, w in enumerate(self.workers):
                if w["job"] is None:
                    continue
                if w["conn"] in ready:
                    try:
                        case_id, outcome = w["conn"].recv()
                    except (EOFError, OSError):
                        case_id, outcome = (
                            w["job"][0],
                            {"outcome": "crash", "where": "worker", "detail": "worker died"},
                        )
                        self.workers[k] = self._replace(w)
                        w = self.workers[k]
                    else:
                        w["done"] += 1
                    outcome["wall"] = round(now - w["since"], 2)
                    on_result(case_id, outcome)
                    w["job"] = None
                    busy -= 1
                elif now - w["since"] > self.timeout:
                    on_result(w["job"][0], {"outcome": "hang", "detail": f"no answer in {self.timeout:g} s"})
                    self.workers[k] = self._replace(w)
                    busy -= 1

    def _replace(self, w: dict[str, Any]) -> dict[str, Any]:
        w["proc"].kill()
        w["proc"].join(5)
        return self._spawn(w["i"])

    def close(self) -> None:
        for w in self.workers:
            with contextlib.suppress(Exception):
                w["conn"].send(None)
            w["proc"].join(5)
            if w["proc"].is_alive():
                w["proc"].kill()


# ---------------------------------------------------------------------------------------- soffice


def soffice_sample(decks: list[Path], work: Path) -> dict[str, int]:
    """Convert each deck to PDF with LibreOffice; count the ones that convert with pages."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    counts = Counter()
    if soffice is None:
        return {"skipped": len(decks)}
    for deck in decks:
        try:
            subprocess.run(
                [soffice, "--headless", f"-env:UserInstallation=file://{work}/lo-profile", "--convert-to", "pdf",
                 "--outdir", str(work), str(deck)],
                capture_output=True, timeout=180, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            counts["timeout"] += 1
            continue
        pdf = work / (deck.stem + ".pdf")
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())) if pdf.is_file() else 0
        counts["converted" if pages else "failed"] += 1
    return dict(counts)


# ------------------------------------------------------------------------------------------- main


def fuzz(
    n_plans: int,
    n_files: int,
    *,
    n_questions: int = 0,
    workers: int = 2,
    timeout: float = 60.0,
    seed: int = 0,
    soffice: int = 0,
    out: Path | None = None,
    big_files: bool = True,
    log: Any = print,
) -> dict[str, Any]:
    scratch = Path(tempfile.mkdtemp(prefix="fuzz-"))
    keep_dir = scratch / "decks"
    keep_dir.mkdir()
    start = time.perf_counter()
    cases = plans(n_plans, seed)
    log(f"{len(cases)} plans generated in {time.perf_counter() - start:.0f} s")
    jobs: list[tuple[int, str, Any, Any]] = []
    meta: dict[int, dict[str, Any]] = {}
    # about three decks kept per one converted: many sampled plans are refused before they render
    every = max(1, n_plans // max(3 * soffice, 1)) if soffice else 0
    for i, (source, plan) in enumerate(cases):
        keep = str(keep_dir / f"plan{i}.pptx") if every and i % every == 0 else None
        jobs.append((i, "plan", plan, keep))
        meta[i] = {"kind": "plan", "source": source, "what": describe(plan)}
    paths = hostile_files(scratch / "files", seed, n_files, big=big_files) if n_files else []
    for name, args in file_jobs(paths):
        for suffix in (".svg", ".pptx"):
            i = len(jobs)
            jobs.append((i, "file", args, suffix))
            meta[i] = {"kind": "file", "source": name, "args": args[1:]}
    for k, question in enumerate(questions(n_questions, seed)):
        i = len(jobs)
        jobs.append((i, "question", question, None))
        meta[i] = {"kind": "question", "source": f"question {k}", "what": f"{len(question):,}-char question"}
    counts = {"plan": Counter(), "file": Counter(), "question": Counter()}
    failures: list[dict[str, Any]] = []
    slowest: list[tuple[float, int]] = []
    peak = [0, -1]
    done = [0]

    def on_result(case_id: int, outcome: dict[str, Any]) -> None:
        m = meta[case_id]
        counts[m["kind"]][outcome["outcome"]] += 1
        slowest.append((outcome.get("wall", 0.0), case_id))
        if outcome.get("rss_mb", 0) > peak[0]:
            peak[:] = [outcome["rss_mb"], case_id]
        if outcome["outcome"] in ("crash", "hang", "blank", "invalid"):
            failures.append({"case": case_id, **m, **outcome})
            if out is not None and m["kind"] == "plan":
                (out / f"fail_{case_id}.json").write_text(
                    json.dumps(cases[case_id][1], default=str)[:2_000_000]
                )
            if out is not None and m["kind"] == "question":
                (out / f"fail_{case_id}.txt").write_text(jobs[case_id][2], encoding="utf-8")
        done[0] += 1
        if done[0] % 250 == 0:
            log(
                f"{done[0]}/{len(jobs)} {dict(counts['plan'])} {dict(counts['file'])} {time.perf_counter() - start:.0f} s"
            )
            if out is not None:  # partial results survive a run that is stopped
                progress = {
                    "done": done[0],
                    "of": len(jobs),
                    "plans": counts["plan"],
                    "files": counts["file"],
                }
                (out / "progress.json").write_text(json.dumps(progress, default=dict))
                (out / "failures.json").write_text(json.dumps(failures, indent=1, default=str))

    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    pool = Pool(workers, timeout, scratch)
    try:
        pool.run(jobs, on_result)
    finally:
        pool.close()
    decks = sorted(keep_dir.glob("*.pptx"), key=lambda p: int(p.stem[4:]))[:soffice] if soffice else []
    lo = soffice_sample(decks, scratch) if decks else {}
    slowest.sort(reverse=True)
    report = {
        "plans": dict(counts["plan"]),
        "files": dict(counts["file"]),
        "questions": dict(counts["question"]),
        "file_inputs": len(paths),
        "libreoffice": lo,
        "failures": len(failures),
        "peak_rss_mb": peak[0],
        "peak_rss_case": meta.get(peak[1], {}).get("source"),
        "slowest_s": [(s, meta[c].get("what") or meta[c]["source"]) for s, c in slowest[:8]],
        "seconds": round(time.perf_counter() - start),
    }
    if out is not None:
        (out / "failures.json").write_text(json.dumps(failures, indent=1, default=str))
        (out / "report.json").write_text(json.dumps(report, indent=1, default=str))
    shutil.rmtree(scratch, ignore_errors=True)
    report["failure_sample"] = [
        {k: f[k] for k in ("case", "kind", "source", "outcome", "detail") if k in f} for f in failures[:10]
    ]
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=10_000)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument(
        "--questions", type=int, default=2000, help="random questions through the offline planner"
    )
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before a case counts as a hang")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--soffice", type=int, default=20, help="decks converted by LibreOffice")
    ap.add_argument("--no-big", action="store_true", help="skip the 50 MB files")
    ap.add_argument("--out", type=Path, help="folder for failing cases and the report")
    args = ap.parse_args(argv)
    report = fuzz(
        args.plans,
        args.files,
        n_questions=args.questions,
        workers=args.workers,
        timeout=args.timeout,
        seed=args.seed,
        soffice=args.soffice,
        out=args.out,
        big_files=not args.no_big,
        log=lambda m: print(m, file=sys.stderr, flush=True),
    )
    print(json.dumps(report, default=str))
    bad = sum(
        report[part].get(k, 0)
        for part in ("plans", "files", "questions")
        for k in ("crash", "hang", "blank", "invalid")
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

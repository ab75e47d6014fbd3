"""Command line: `python -m render schema | route | plan | make`.

User mistakes (bad plan, unreadable table, unknown kind) print one line to stderr and exit 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from render.plan import KINDS, PlanError

EXIT_USAGE = 2


class UserError(Exception):
    """A mistake the user can fix; shown as one line, never a traceback."""


MAX_TEXT_BYTES = 50 * 1024 * 1024
"""A markdown answer or plan file larger than this is refused (the limit of an attached table)."""


def _read(path: str, what: str) -> str:
    """A text file in any encoding a table may have (UTF-8/16/32, Latin-1), read the same way."""
    from render.textfile import NotText, decode

    try:
        file = Path(path)
        if file.stat().st_size > MAX_TEXT_BYTES:
            raise UserError(
                f"{what} file {path} is {file.stat().st_size / 2**20:.0f} MB; the limit is "
                f"{MAX_TEXT_BYTES // 2**20} MB"
            )
        return decode(file.read_bytes())[0]
    except FileNotFoundError:
        raise UserError(f"{what} file not found: {path}") from None
    except NotText as err:
        raise UserError(f"cannot read {what} file {path}: {err}") from None
    except OSError as err:
        raise UserError(f"cannot read {what} file {path}: {err}") from None


def _table(path: str | None):
    if not path:
        return None
    from render.data import load_table

    if not Path(path).is_file():
        raise UserError(f"data file not found: {path}")
    return load_table(path)


def _request(args: argparse.Namespace):
    from generators.base import PlanRequest

    table = _table(args.data)
    markdown = _read(args.markdown, "markdown") if getattr(args, "markdown", None) else None
    return PlanRequest(
        question=args.question or "",
        table=table,
        table_name=Path(args.data).name if args.data else "",
        markdown=markdown,
        kind=getattr(args, "kind", None),
    )


def _planner(name: str | None) -> tuple[Any, str]:
    """The planner --planner names (else $RENDER_PLANNER, else the best available) and why."""
    from generators import select_planner

    try:
        return select_planner(name)
    except KeyError as err:
        raise UserError(str(err.args[0])) from None


def cmd_schema(args: argparse.Namespace) -> None:
    from render.plan import plan_json_schema

    print(json.dumps(plan_json_schema(), indent=2, ensure_ascii=False))


def cmd_route(args: argparse.Namespace) -> None:
    from generators.rules import route

    request = _request(args)
    r = route(request.question, table=request.table, markdown=request.markdown)
    print(json.dumps({"kind": r.kind, "reason": r.reason}, ensure_ascii=False))


def _plan(args: argparse.Namespace) -> Any:
    planner, reason = _planner(args.planner)
    if args.verbose:
        print(f"planner: {planner.name} ({reason})", file=sys.stderr)
    planned = planner.plan(_request(args))
    report = planned.report
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    if args.verbose and report.calls:  # LLM planners: calls, repairs and whether they fell back
        print(
            f"planner: {report.calls} call(s), {report.repairs} repair(s), {report.seconds:.1f} s"
            + (", fell back to the rules planner" if report.fell_back else ""),
            file=sys.stderr,
        )
    return planned.plan


def cmd_plan(args: argparse.Namespace) -> None:
    from render.plan import plan_to_json

    print(plan_to_json(_plan(args)))


def cmd_make(args: argparse.Namespace) -> None:
    from render import render

    if args.plan:
        plan: Any = _read(args.plan, "plan")
    elif args.question is not None or args.markdown:
        plan = _plan(args)
    else:
        raise UserError("give a QUESTION or --plan FILE.json")
    suffix = Path(args.output).suffix.lower()
    formats = list(dict.fromkeys(f for kind in KINDS.values() for f in kind.formats))
    if suffix not in formats:
        raise UserError(f"cannot write {args.output!r}: the suffix must be one of {', '.join(formats)}")
    data = args.data
    if data and not Path(data).is_file():
        raise UserError(f"data file not found: {data}")
    images, status, said = _image_source(args.image_model, args.image_server)
    clips = _clip_source(args.clip_model)
    if clips is not None and status is None:
        status = _printer(said)
    progress = _ProgressBar() if images is not None or clips is not None else None
    if args.template and not Path(args.template).is_file():
        raise UserError(f"template file not found: {args.template}")
    result = render(
        plan,
        data=data,
        theme=args.theme,
        images=images,
        clips=clips,
        progress=progress,
        status=status,
        template=args.template,
        brand=args.brand,
    )
    if images is not None and result.plan.kind in {"image", "slides", "infographic"}:
        # every picture in one batched call; rendering below reads them from the cache. A failure is
        # not lost: rendering asks again and turns the same (remembered) error into a note.
        with contextlib.suppress(Exception):
            images.prefetch(result.plan, progress=progress, status=status)
    path = result.save(args.output)
    for note in result.notes:
        if note not in said:
            print(f"note: {note}", file=sys.stderr)
    print(str(path))


def _image_source(name: str | None, server: str | None = None) -> tuple[Any, Any, set[str]]:
    """The generator --image-model / $RENDER_IMAGE_MODEL names (None for "none") — or the image
    service's client for --image-server / $RENDER_IMAGE_SERVER, falling back on that model — the
    status callback that prints remarks live, and the set of messages printed, so the closing notes
    do not repeat them."""
    from generators.diffusion import MODEL_ENV, get_image_generator

    name = name or os.environ.get(MODEL_ENV)
    if name and name.strip().lower() in {"none", "off"}:
        return None, None, set()
    try:
        images = get_image_generator(name, server=server)
    except ValueError as err:
        raise UserError(str(err)) from None
    said: set[str] = set()
    return images, _printer(said), said


def _printer(said: set[str]) -> Any:
    """A status callback that prints each remark once, live, and records it in `said`."""

    def status(message: str) -> None:
        if message not in said:
            said.add(message)
            print(f"note: {message}", file=sys.stderr, flush=True)

    return status


def _clip_source(name: str | None) -> Any:
    """The clip generator --clip-model / $RENDER_CLIP_MODEL names (None for "none"): the local
    diffusers AnimateDiff by default. Cheap: torch loads only when a clip scene is rendered."""
    from generators.clip import CLIP_MODEL_ENV, get_clip_generator

    name = name or os.environ.get(CLIP_MODEL_ENV)
    if name and name.strip().lower() in {"none", "off"}:
        return None
    try:
        return get_clip_generator(name)
    except ValueError as err:
        raise UserError(str(err)) from None


class _ProgressBar:
    """Denoising progress on stderr: a redrawn bar on a terminal, one summary line otherwise."""

    WIDTH = 24

    def __init__(self) -> None:
        self.start = time.perf_counter()

    def __call__(self, step: int, total: int) -> None:
        if step == 0:
            self.start = time.perf_counter()
        elapsed = time.perf_counter() - self.start
        if sys.stderr.isatty():
            filled = round(self.WIDTH * step / max(total, 1))
            bar = "#" * filled + "." * (self.WIDTH - filled)
            end = "\n" if step >= total else ""
            print(
                f"\rimage [{bar}] {step}/{total} steps {elapsed:.1f} s", end=end, file=sys.stderr, flush=True
            )
        elif step >= total:
            print(f"image: {step}/{total} steps in {elapsed:.1f} s", file=sys.stderr, flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m render", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("schema", help="print the plan JSON schema").set_defaults(func=cmd_schema)

    p = sub.add_parser("route", help="print which kind of visual suits a question")
    p.add_argument("question")
    p.add_argument("--data", help="attached table (CSV, TSV, JSON, or a spreadsheet: XLSX, XLS, XLSB, ODS)")
    p.add_argument("--markdown", help="an existing markdown answer to visualise")
    p.set_defaults(func=cmd_route)

    for name, helptext, func in (
        ("plan", "print the plan JSON for a question", cmd_plan),
        ("make", "plan (or load a plan) and write the visual", cmd_make),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("question", nargs="?" if name == "make" else None)
        p.add_argument(
            "--data", help="attached table (CSV, TSV, JSON, or a spreadsheet: XLSX, XLS, XLSB, ODS)"
        )
        p.add_argument("--markdown", help="an existing markdown answer to visualise")
        p.add_argument("--kind", choices=KINDS, help="force the kind of visual")
        p.add_argument("--planner", help="planner backend (default: the best available)")
        p.add_argument("--verbose", "-v", action="store_true", help="say which planner is used")
        if name == "make":
            p.add_argument("--plan", help="render this plan JSON file instead of planning")
            p.add_argument(
                "-o",
                "--output",
                required=True,
                help="output file: .pptx .svg .png .html .json .md (animations: .gif .mp4 .webp too)",
            )
            p.add_argument("--theme", default="light", help="light, dark or a theme JSON file")
            p.add_argument(
                "--template",
                metavar="FILE",
                help="your PowerPoint template (.pptx or .potx): its colours, fonts, slide size, and "
                "for .pptx output its master (logo, footers) and layouts",
            )
            p.add_argument(
                "--brand",
                metavar="COLOURS,FONT",
                help='brand colours and a font without a template, e.g. "#0A66C2,#F5A623,Inter"',
            )
            p.add_argument(
                "--image-model",
                metavar="NAME",
                help="image model: sd-turbo (default), sdxl-turbo, flux-schnell, tiny (test model, "
                "random weights), a Hugging Face repo id or a local folder; none skips pictures "
                "(default: $RENDER_IMAGE_MODEL, else sd-turbo)",
            )
            p.add_argument(
                "--clip-model",
                metavar="NAME",
                help="video model for generated clips in animations: animatediff (default; its weights "
                "must be in the Hugging Face cache), tiny (test model, random weights); none skips "
                "clips (default: $RENDER_CLIP_MODEL, else animatediff)",
            )
            p.add_argument(
                "--image-server",
                metavar="URL",
                help="make pictures on an image service (python -m generators.serve), e.g. "
                "http://gpu-box:8000; --image-model is then the local fallback when it is down "
                "(default: $RENDER_IMAGE_SERVER)",
            )
        p.set_defaults(func=func)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except (UserError, PlanError, ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # a bug, not a user mistake: still one line unless asked for detail
        if os.environ.get("RENDER_DEBUG"):
            raise
        print(
            f"internal error: {type(err).__name__}: {err} (set RENDER_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Command line: `python -m render schema | route | plan | make`.

User mistakes (bad plan, unreadable table, unknown kind) print one line to stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from render.plan import KINDS, PlanError

EXIT_USAGE = 2


class UserError(Exception):
    """A mistake the user can fix; shown as one line, never a traceback."""


def _read(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{what} file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as err:
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


def _planner(name: str | None):
    from generators import get_planner

    try:
        return get_planner(name)
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
    planner = _planner(args.planner)
    if args.verbose:
        print(f"planner: {planner.name}", file=sys.stderr)
    return planner.plan(_request(args))


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
    from render.result import FORMATS

    if suffix not in FORMATS:
        raise UserError(f"cannot write {args.output!r}: the suffix must be one of {', '.join(FORMATS)}")
    data = args.data
    if data and not Path(data).is_file():
        raise UserError(f"data file not found: {data}")
    result = render(plan, data=data, theme=args.theme)
    path = result.save(args.output)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    print(str(path))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m render", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("schema", help="print the plan JSON schema").set_defaults(func=cmd_schema)

    p = sub.add_parser("route", help="print which kind of visual suits a question")
    p.add_argument("question")
    p.add_argument("--data", help="attached table (CSV, XLSX, JSON)")
    p.add_argument("--markdown", help="an existing markdown answer to visualise")
    p.set_defaults(func=cmd_route)

    for name, helptext, func in (
        ("plan", "print the plan JSON for a question", cmd_plan),
        ("make", "plan (or load a plan) and write the visual", cmd_make),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("question", nargs="?" if name == "make" else None)
        p.add_argument("--data", help="attached table (CSV, XLSX, JSON)")
        p.add_argument("--markdown", help="an existing markdown answer to visualise")
        p.add_argument("--kind", choices=KINDS, help="force the kind of visual")
        p.add_argument("--planner", help="planner backend (default: the best available)")
        p.add_argument("--verbose", "-v", action="store_true", help="say which planner is used")
        if name == "make":
            p.add_argument("--plan", help="render this plan JSON file instead of planning")
            p.add_argument(
                "-o", "--output", required=True, help="output file: .pptx .svg .png .html .json .md"
            )
            p.add_argument("--theme", default="light", help="light, dark or a theme JSON file")
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

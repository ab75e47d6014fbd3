"""The `app` kind: small interactive answers (calculators, explorers, quizzes, checklists, tools).

One kind, four faces, all from the same checked plan (`render.interactive_model.AppPlan`):
- still pages (`layout`, `place`): a snapshot at the default inputs, formulas in the notes
  (`render.interactive_snapshot`);
- an offline HTML page (`html`, `html_head`): our JavaScript runtime and the plan as data
  (`render.interactive_html`);
- the chat (`show`): real Streamlit widgets (`render.interactive_screen`);
- `check`: at `render()`, the columns the plan names are checked against the attached table.
Formulas are parsed by a grammar and run by our own interpreters (`render.formula`); nothing an
LLM wrote is ever executed.
"""

from __future__ import annotations

from typing import Any

from render.interactive_html import fragment, head
from render.interactive_model import AppPlan
from render.interactive_screen import show
from render.interactive_snapshot import layout, place
from render.kinds import PlanError
from render.layout import Context

__all__ = ["AppPlan", "check", "html", "html_head", "layout", "place", "show"]


def check(plan: AppPlan, ctx: Context) -> None:
    """Columns named by filters, charts, tables and aggregates must exist in the table used."""
    named = plan.program.columns
    if not named or plan.table is not None:
        return
    if ctx.table is None:
        paths = ", ".join(dict.fromkeys(p for p, _ in named[:5]))
        raise PlanError(
            [
                f"{paths}: the app names table columns but no table is attached; attach one or give `table` rows"
            ]
        )
    columns = [str(c) for c in ctx.table.columns]
    errors = [
        f"{path}: the attached table has no column {col!r}; columns: {', '.join(columns[:30])}"
        for path, col in named
        if col not in columns
    ]
    if errors:
        raise PlanError(errors)


def html(result: Any) -> str:
    """The interactive page body (the data block and the runtime)."""
    return fragment(result.plan, result.ctx)


def html_head(result: Any) -> str:
    """The page's Content-Security-Policy (our one script, no network) and styles."""
    return head(result.theme)

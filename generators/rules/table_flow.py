"""The course rows take through a status column, drawn as a flowchart ("draw how a shipment goes through
the statuses in this table"): the table holds no transitions, only each row's present status, so the
stages are ordered by what their names say of a lifecycle (reported before in progress before closed),
holds ('delayed', 'blocked') drawn off the working stage and back, the final ones ('delivered',
'rejected') at the end. Each stage shows how many rows are in it now, the one fact the rows give.
A hold is a stage a row waits in, not a decision: present statuses show no branch taken, so no stage
is drawn as a decision diamond.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from generators.rules.table_words import FINAL_STATUS, concepts
from generators.rules.templates import lower, tr
from generators.rules.words import cap, humanize, short
from render.plan import DiagramEdge, DiagramNode, DiagramPlan

# a stage's place in a lifecycle, by the words of its name; names none of these match sit in the middle
_STAGES = (
    (
        0.0,
        r"new|reported|backlog|to\s*do|draft|planned|filed|submitted|ordered|requested|created|booked|received",
    ),
    (0.5, r"open|pending|awaiting.*|assigned|triaged|queued|scheduled"),
    (1.0, r"in\s+progress|processing|in\s+transit|shipped|dispatched|active|investigating|working|ongoing"),
    (1.5, r"(?:under\s+)?review|testing|qa|verification|checking"),
)
_HOLD = re.compile(
    r"^(?:blocked|delayed|on\s+hold|.*\bhold|waiting|stuck|escalated|paused|suspended"
    r"|retrasad[oa]s?|en\s+espera|retenid[oa]s?|bloquead[oa]s?|retardée?s?|bloquée?s?|suspendue?s?|verzögert"
    r"|angehalten|blockiert|pausiert|atrasad[oa]s?|em\s+espera|in\s+ritardo|bloccat[oa]|sospes[oa]|vertraagd"
    r"|geblokkeerd|gepauzeerd|задержан\w*|приостановлен\w*|заблокирован\w*|wstrzyman\w*|opóźnion\w*"
    r"|zablokowan\w*|gecikm\w*|beklemede|askıda|延误|延迟|暂停|搁置|遅延|保留中?|停止中|지연|보류|متأخر\w*|معلق\w*"
    r"|रुका\s+हुआ|विलंबित)$",
    re.I,
)
_MAX_STAGES = 12


def _rank(status: str) -> float:
    for rank, words in _STAGES:
        if re.fullmatch(words, status, re.I):
            return rank
    return 1.2


def status_column(df: Any) -> str | None:
    """The column of statuses: named a status in any language, or holding final and other statuses."""
    best = None
    for col in df.columns:
        cells = df[col].dropna().astype(str).str.strip()
        if cells.empty or not 2 <= cells.nunique() <= _MAX_STAGES or df[col].dtype.kind in "biufcmM":
            continue
        if "status" in concepts(humanize(str(col)), strict=True):
            return str(col)
        final = cells.str.fullmatch(FINAL_STATUS.pattern, case=False)
        if best is None and final.any() and not final.all():
            best = str(col)
    return best


def status_flow(question: str, df: Any, table_name: str, lang: str) -> DiagramPlan | None:
    """A flowchart of the stages of the table's status column, rows counted in each; None when the
    table has no status column."""
    col = status_column(df)
    if col is None:
        return None
    counts = df[col].dropna().astype(str).str.strip().value_counts()
    order = {s: i for i, s in enumerate(dict.fromkeys(df[col].dropna().astype(str).str.strip()))}
    stages = sorted(counts.index, key=lambda s: (_rank(s), order[s]))
    finals = [s for s in stages if FINAL_STATUS.match(s)]
    holds = [s for s in stages if _HOLD.match(s) and s not in finals]
    main = [s for s in stages if s not in finals and s not in holds]
    ids = {s: f"s{i}" for i, s in enumerate(stages)}
    nodes = [
        DiagramNode(
            id=ids[s],
            label=short(f"{s} ({counts[s]})", 80),
            shape="ellipse" if s in finals else "rounded",
        )
        for s in main + holds + finals
    ]
    edges = [DiagramEdge(source=ids[a], target=ids[b]) for a, b in pairwise(main)]
    working = next((s for s in main if _rank(s) >= 1.0), main[-1] if main else None)
    for s in holds:
        if working is not None:
            edges.append(DiagramEdge(source=ids[working], target=ids[s], style="dashed"))
            edges.append(DiagramEdge(source=ids[s], target=ids[working], style="dashed"))
    last = main[-1] if main else None
    for s in finals:
        if last is not None:
            edges.append(DiagramEdge(source=ids[last], target=ids[s]))
    name = humanize(table_name) if table_name else ""
    col_l = humanize(col) if lang == "en" else lower(lang, humanize(col))
    title = tr(lang, "stages_named", name=name, col=col_l) if name else cap(tr(lang, "stages_of", col=col_l))
    chain = " → ".join([*main, " / ".join(finals)] if finals else main)
    listed = tr(lang, "list_sep").join(f"{s} {counts[s]}" for s in main + holds + finals)
    return DiagramPlan(
        diagram_type="flowchart",
        title=short(title, 150),
        direction="LR",
        nodes=nodes,
        edges=edges,
        answer=short(f"{humanize(col)}: {chain}. {cap(tr(lang, 'rows_word'))}: {listed}.", 600),
        alt_text=short(f"{title}: {chain}", 400),
    )

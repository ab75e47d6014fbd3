"""Two or more of a table's measures shown next to each other per category ("parts vs labour per job type
side by side"): a table chart has one measure, so the totals per category are computed here and drawn as
one grouped chart, each measure its own series, rather than a scatter of one against the other or a chart
that keeps the first measure and drops the rest."""

from __future__ import annotations

import re
from typing import Any

from generators.rules.column_names import column_mentions
from generators.rules.qdata import QuestionData
from generators.rules.words import humanize
from render.columns import profile, to_numeric

# the measures asked next to each other: "side by side", or one set against the other ("A vs B")
_BESIDE = re.compile(
    r"side\s+by\s+side|nebeneinander|côte\s+à\s+côte|lado\s+a\s+lado|fianco\s+a\s+fianco|naast\s+elkaar"
    r"|yan\s+yana|бок\s+о\s+бок|并排|並べて|나란히",
    re.I,
)
_MAX_CATEGORIES = 15


def measures_side_by_side(question: str, table: Any) -> tuple[QuestionData, list[str]] | None:
    """Each named measure's total per category of the one category column named, as series of one
    chart, and the cells no row gave a value for ("radiator replace: parts gbp"), drawn as 0 and said so;
    None unless the question asks for them side by side and names two measures and a category."""
    if not _BESIDE.search(question or ""):
        return None
    cols = profile(table)
    mentions = column_mentions(question, [str(c) for c in table.columns], meaning=False)
    by_name = {c.name: c for c in cols}
    measures = [m for m in mentions if by_name[m].kind == "numeric" and not by_name[m].id_like]
    groups = [
        m for m in mentions if by_name[m].kind == "category" and 2 <= by_name[m].nunique <= _MAX_CATEGORIES
    ]
    if len(measures) < 2 or len(groups) != 1:
        return None
    units = {by_name[m].unit for m in measures}
    if len(units) > 1:
        return None  # a share beside an amount: not one axis
    measures.sort(key=lambda m: mentions[m][1])  # in the order the question names them
    frame = table[[groups[0], *measures]].copy()
    for m in measures:
        frame[m] = to_numeric(frame[m])
    sums = frame.groupby(groups[0], sort=False, dropna=True)[measures].sum(min_count=1)
    sums = sums.dropna(how="all")
    if len(sums) < 2:
        return None
    missing = [f"{c}: {humanize(m)}" for m in measures for c, v in sums[m].items() if v != v]
    series = [(f"{humanize(m)} (total)", [float(v) if v == v else 0.0 for v in sums[m]]) for m in measures]
    data = QuestionData(
        categories=[str(c) for c in sums.index],
        values=series[0][1],
        unit=next(iter(units)),
        axis=humanize(groups[0]),
        source="table",
        groups=series,
    )
    return data, missing

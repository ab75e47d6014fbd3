"""The offline rules planner, one module per job.

    cues.py       keyword tables, per language
    messages.py   the messages users read, in every language `words.language` answers in
    words.py      language (script, then py3langid's model for Latin text), cue matching, typos, labels
    numbers.py    numbers as written in each language: found, parsed, formatted; codes, phone
                  numbers, ranks, versions and dates are not quantities
    units.py      units of measure by dimension (8 km, 7 hours, 2 litres measure different things)
    extract.py    data written in the question (pairs, runs, ranges, series, several series), only
                  when comparable: one measure, one value per item
    naming.py     what the words around numbers call them: the axis ("by city"), a count's noun phrase
    qdata.py      `QuestionData`, and `comparable`/`unify`: one chart holds one measure on one scale
    ranges.py     ranges of periods (Q1-Q4, 2019-2023, Jan-Mar, weeks 1-5) as categories
    terse.py      series typed tersely rewritten as lists: '0800 37.2 1200 37.8', 'A vs B 91% vs 87%',
                  'X vs Y mon 42/18 tue 38/22'
    content.py    content the user wrote to be laid out: lists, sections, pros/cons, dated items
    relations.py  relations written in prose as a graph ("A manages B", "X is used by Y")
    connections.py  parts told as connected ("a, b, c, from there d and e"; numbered circuits)
    decisions.py  "if …, do …" paragraphs as a decision tree
    blocks.py     infographic blocks from that content
    unsure.py     honest text: numbers that are not one chart, forms that are likely
    signals.py    the shape of a message: the ask at the end of a long one, quoted passages, a deck
                  named only as where a visual goes, steps told with "then", questions about an attachment
    pasted.py     tables pasted into the question (CSV/TSV lines, markdown, JSON, key: value, a=12; b=30)
    inline.py     charts from numbers in the question
    table.py      chart roles and charts over an attached table
    router.py     the router: which kind, and why (kinds and cues from the registry)
    request.py    `RulesInput`, what every builder is given
    planner.py    `RulesPlanner`: route, then the chosen kind's `build`
    app_cues.py, app_more.py
                  the app kind's routing phrases, and tools built from rules the user writes
    chart.py, slides.py, infographic.py, diagram.py, image.py, text.py, animation.py, app.py
                  one builder per kind: `CUES` (routing phrases by language, with weights) and
                  `build(req: RulesInput) -> Plan`; the registry names them (`Kind.planner.rules`)

Names are imported on first use (PEP 562): `from generators.rules import RulesPlanner` keeps working,
and importing a utility module (as `generators.markdown` does) loads no builder. The builders import
`generators.markdown`, which imports only the utility modules (words, numbers, extract) back, so no
import goes both ways. The router module is `router.py`, not `route.py`: a submodule named `route`
would shadow the `route` function on the package.
"""

from __future__ import annotations

import importlib
from typing import Any

_NAMES: dict[str, str] = {
    "AGG_WORDS": "generators.rules.cues",
    "AGGREGATE_CUES": "generators.rules.cues",
    "ASPECT_CUES": "generators.rules.cues",
    "BY_WORDS": "generators.rules.cues",
    "CHART_NAMES_ZH": "generators.rules.cues",
    "CHART_TYPE_CUES": "generators.rules.cues",
    "CN_DIGITS": "generators.rules.cues",
    "COLOR_WORDS": "generators.rules.cues",
    "COMMAND_PREFIX": "generators.rules.cues",
    "CURRENCIES": "generators.rules.cues",
    "DIAGRAM_TYPE_CUES": "generators.rules.cues",
    "EN_NUMBER_WORDS": "generators.rules.cues",
    "GENERIC_TOKENS": "generators.rules.cues",
    "IMAGE_NEGATIVE": "generators.rules.cues",
    "IMAGE_STYLE_CUES": "generators.rules.cues",
    "MAGNITUDES": "generators.rules.cues",
    "MEAN_LIKE": "generators.rules.cues",
    "MESSAGES": "generators.rules.cues",
    "MONTHS_EN": "generators.rules.cues",
    "MONTHS_EN_FULL": "generators.rules.cues",
    "SORT_CUES": "generators.rules.cues",
    "STOPWORDS": "generators.rules.cues",
    "STOPWORDS_CJK": "generators.rules.cues",
    "STOPWORDS_INTL": "generators.rules.cues",
    "TABLE_CUES": "generators.rules.cues",
    "TEMPLATES": "generators.rules.cues",
    "WEEKDAYS_EN": "generators.rules.cues",
    "WEEKDAYS_EN_FULL": "generators.rules.cues",
    "WEEKDAYS_ZH": "generators.rules.cues",
    "LABEL_MAX": "generators.rules.words",
    "MAX_QUESTION": "generators.rules.words",
    "cap": "generators.rules.words",
    "chart_type_from_words": "generators.rules.words",
    "find_cue": "generators.rules.words",
    "humanize": "generators.rules.words",
    "lang_of": "generators.rules.words",
    "short": "generators.rules.words",
    "text_plan": "generators.rules.words",
    "NUMBER_RE": "generators.rules.numbers",
    "Num": "generators.rules.numbers",
    "find_numbers": "generators.rules.numbers",
    "fmt_number": "generators.rules.numbers",
    "parse_number": "generators.rules.numbers",
    "with_unit": "generators.rules.numbers",
    "AXIS_NAMES": "generators.rules.ranges",
    "ENUMERATION_RE": "generators.rules.extract",
    "QuestionData": "generators.rules.qdata",
    "RANGE_PATTERNS": "generators.rules.ranges",
    "bare_numbers": "generators.rules.extract",
    "expand_range": "generators.rules.ranges",
    "extract_data": "generators.rules.extract",
    "time_axis": "generators.rules.extract",
    "chart_from_data": "generators.rules.inline",
    "histogram_from_numbers": "generators.rules.inline",
    "ColumnInfo": "generators.rules.table",
    "TableChoice": "generators.rules.table",
    "chart_from_table": "generators.rules.table",
    "choose_table_roles": "generators.rules.table",
    "column_mentions": "generators.rules.column_names",
    "profile": "render.columns",
    "route": "generators.rules.router",
    "route_cues": "generators.rules.router",
    "RulesInput": "generators.rules.request",
    "RulesPlanner": "generators.rules.planner",
    "slides_from_data": "generators.rules.slides",
    "infographic_from_data": "generators.rules.infographic",
    "steps_infographic": "generators.rules.infographic",
    "image_from_question": "generators.rules.image",
    "DATE_NAME_HINTS": "render.columns",
    "ID_NAME": "render.columns",
}
_ALIASES = {"_cap": "cap", "_time_axis": "time_axis"}  # private names the markdown planner used to import

__all__ = [
    "AGGREGATE_CUES",
    "AGG_WORDS",
    "ASPECT_CUES",
    "AXIS_NAMES",
    "BY_WORDS",
    "CHART_NAMES_ZH",
    "CHART_TYPE_CUES",
    "CN_DIGITS",
    "COLOR_WORDS",
    "COMMAND_PREFIX",
    "CURRENCIES",
    "DATE_NAME_HINTS",
    "DIAGRAM_TYPE_CUES",
    "ENUMERATION_RE",
    "EN_NUMBER_WORDS",
    "GENERIC_TOKENS",
    "ID_NAME",
    "IMAGE_NEGATIVE",
    "IMAGE_STYLE_CUES",
    "KIND_PRIORITY",
    "LABEL_MAX",
    "MAGNITUDES",
    "MAX_QUESTION",
    "MEAN_LIKE",
    "MESSAGES",
    "MONTHS_EN",
    "MONTHS_EN_FULL",
    "NUMBER_RE",
    "RANGE_PATTERNS",
    "ROUTE_CUES",
    "SORT_CUES",
    "STOPWORDS",
    "STOPWORDS_CJK",
    "STOPWORDS_INTL",
    "TABLE_CUES",
    "TEMPLATES",
    "WEEKDAYS_EN",
    "WEEKDAYS_EN_FULL",
    "WEEKDAYS_ZH",
    "ColumnInfo",
    "Num",
    "QuestionData",
    "RulesInput",
    "RulesPlanner",
    "TableChoice",
    "bare_numbers",
    "cap",
    "chart_from_data",
    "chart_from_table",
    "chart_type_from_words",
    "choose_table_roles",
    "column_mentions",
    "expand_range",
    "extract_data",
    "find_cue",
    "find_numbers",
    "fmt_number",
    "histogram_from_numbers",
    "humanize",
    "image_from_question",
    "infographic_from_data",
    "lang_of",
    "parse_number",
    "profile",
    "route",
    "route_cues",
    "short",
    "slides_from_data",
    "steps_infographic",
    "text_plan",
    "time_axis",
    "with_unit",
]


def __getattr__(name: str) -> Any:
    if name in _ALIASES:
        return __getattr__(_ALIASES[name])
    if name == "ROUTE_CUES":  # routing cues by kind and language, as the registry has them now
        kinds = importlib.import_module("render.kinds").KINDS
        return {k.name: k.load_rules().CUES for k in kinds.by_priority() if k.planner.rules}
    if name == "KIND_PRIORITY":
        return tuple(k.name for k in importlib.import_module("render.kinds").KINDS.by_priority())
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__

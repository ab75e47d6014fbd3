"""Whether one column goes with another, asked in words over a table ("does rain actually hurt sales?",
"¿la lluvia afecta a las ventas?", "beeinflusst der Regen den Umsatz?").

The answer is the table's own figures side by side, never a verdict: the measure's average on the rows
where the other column is above zero and where it is zero (rain or no rain), or, when it is rarely zero,
on the rows above and below its median. Whether that is "hurting" is the reader's call; rows where the
other column is blank are counted out and said to be.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.rules.numbers import fmt_number
from generators.rules.words import humanize
from render.columns import profile, to_numeric

if TYPE_CHECKING:
    import pandas as pd

# A question of influence: one thing doing something to another, in the planner's languages
EFFECT = re.compile(
    r"\b(?:does|do|did|is|are|was|were|will)\b.{0,50}?\b(?:affect|hurt|harm|help|impact|influence|reduce|increase|lower"
    r"|raise|boost|drive|dent|kill|change|matter|make\s+a\s+difference|relate|link|correlate|go\s+with)\w*"
    r"|\b(?:related|linked|correlated|connected)\s+(?:to|with)\b|\beffect\s+of\b|\bimpact\s+of\b"
    r"|\b(?:afecta|perjudica|influye|influencia|afeta|prejudica|influencia|influi|influisce|incide)\w*"
    r"|\b(?:influence|affecte|impacte|nuit|joue)\w*|\b(?:beeinflusst|schadet|wirkt\s+sich|hängt\s+\w+\s+zusammen)"
    r"|\b(?:beïnvloedt|invloed|heeft\s+\w+\s+effect)|\bwpływa\w*|\bвлия\w*|\betkil\w*|影响|影響|영향|يؤثر|تأثير|असर|प्रभाव",
    re.I,
)

_TEXTS = {
    "en": (
        "**{y}** averaged **{a}** on the {na} rows with {x} above 0 and **{b}** on the {nb} rows with {x} at 0.",
        "**{y}** averaged **{a}** on the {na} rows with {x} above its median ({m}) and **{b}** on the {nb} rows at or below it.",
        " {k} rows have no {x} and are left out.",
    ),
    "es": (
        "**{y}**: media de **{a}** en las {na} filas con {x} mayor que 0 y de **{b}** en las {nb} filas con {x} en 0.",
        "**{y}**: media de **{a}** en las {na} filas con {x} por encima de su mediana ({m}) y de **{b}** en las {nb} restantes.",
        " {k} filas no tienen {x} y quedan fuera.",
    ),
    "fr": (
        "**{y}** : moyenne de **{a}** sur les {na} lignes où {x} dépasse 0 et de **{b}** sur les {nb} lignes où {x} vaut 0.",
        "**{y}** : moyenne de **{a}** sur les {na} lignes où {x} dépasse sa médiane ({m}) et de **{b}** sur les {nb} autres.",
        " {k} lignes n'ont pas de {x} et sont écartées.",
    ),
    "de": (
        "**{y}**: im Schnitt **{a}** in den {na} Zeilen mit {x} über 0 und **{b}** in den {nb} Zeilen mit {x} bei 0.",
        "**{y}**: im Schnitt **{a}** in den {na} Zeilen mit {x} über dem Median ({m}) und **{b}** in den übrigen {nb}.",
        " {k} Zeilen haben keinen Wert für {x} und bleiben außen vor.",
    ),
    "pt": (
        "**{y}**: média de **{a}** nas {na} linhas com {x} acima de 0 e de **{b}** nas {nb} linhas com {x} em 0.",
        "**{y}**: média de **{a}** nas {na} linhas com {x} acima da mediana ({m}) e de **{b}** nas outras {nb}.",
        " {k} linhas não têm {x} e ficam de fora.",
    ),
    "it": (
        "**{y}**: media di **{a}** nelle {na} righe con {x} sopra 0 e di **{b}** nelle {nb} righe con {x} a 0.",
        "**{y}**: media di **{a}** nelle {na} righe con {x} sopra la mediana ({m}) e di **{b}** nelle altre {nb}.",
        " {k} righe non hanno {x} e restano fuori.",
    ),
}


def effect_answer(question: str, df: pd.DataFrame, lang: str, named: list[str], measure: str | None) -> str:
    """The measure's average where the other column named is above zero and where it is zero (or above
    and below its median); '' unless the question asks whether one thing affects another and names two
    numeric columns (`named`, first named first; `measure`: the column its verb is about, "sales")."""
    if not EFFECT.search(question):
        return ""
    numeric = {c.name for c in profile(df) if c.kind == "numeric" and not c.id_like}
    cols = [c for c in named if c in numeric]
    if measure and measure in numeric and measure not in cols:
        cols.append(measure)
    if len(cols) < 2:
        return ""
    x_name, y_name = cols[0], cols[1]
    x, y = to_numeric(df[x_name]), to_numeric(df[y_name])
    known = x.notna() & y.notna()
    if known.sum() < 4:
        return ""
    texts = _TEXTS.get(lang, _TEXTS["en"])
    zero = known & (x == 0)
    if zero.sum() >= 2 and (known & (x > 0)).sum() >= 2:
        high, low, line, median = known & (x > 0), zero, texts[0], None
    else:
        median = float(x[known].median())
        high, low, line = known & (x > median), known & (x <= median), texts[1]
        if high.sum() < 2 or low.sum() < 2:
            return ""
    words = {"x": humanize(x_name).lower(), "y": humanize(y_name)}
    out = line.format(
        a=fmt_number(float(y[high].mean()), lang),
        b=fmt_number(float(y[low].mean()), lang),
        na=int(high.sum()),
        nb=int(low.sum()),
        m=fmt_number(median, lang) if median is not None else "",
        **words,
    )
    missing = int((x.isna() & y.notna()).sum())
    return out + (texts[2].format(k=missing, x=words["x"]) if missing else "")

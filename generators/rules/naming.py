"""What the words around a question's numbers call them: the categories' name ("revenue by city")
and the noun phrase a count counts ("2 new stores"). Read by `generators.rules.extract`."""

from __future__ import annotations

import re

from generators.rules.cues import STOPWORDS, STOPWORDS_INTL

_NAMED_AXIS = re.compile(
    r"\b(?:by|per|par|por|pro|nach|je)\s+([^\W\d_]{3,20})(?=\s*(?:[:：,;(–—-]|$|\s(?:in|en|im|em|for|pour|para|für|voor)\b))",
    re.I,
)
_NOT_AXES = frozenset(
    {"far", "hand", "heart", "default", "capita", "cent", "chance", "now", "then", "way", "the"}
)


# periods are stopwords elsewhere ("every month"), but "by month" names the categories
_PERIODS = frozenset({"day", "week", "month", "quarter", "year", "hour", "season", "semester", "term"})


def named_axis(text: str) -> str:
    """What the categories are, where the words before the numbers say ("revenue by city: Paris …",
    "ventes par ville :", "Umsatz pro Filiale:"): the axis title, never the generic "category"."""
    head = re.split(r"\d", text, maxsplit=1)[0]
    found = _NAMED_AXIS.search(head)
    word = found.group(1).lower() if found else ""
    if not word or word in _NOT_AXES or (word in STOPWORDS and word not in _PERIODS):
        return ""
    word = found.group(1)
    return word[:1].upper() + word[1:]


_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing)")
_WHEN = frozenset(
    {
        "last",
        "this",
        "next",
        "past",
        "today",
        "yesterday",
        "tonight",
        "ago",
        "week",
        "month",
        "year",
        "weekend",
    }
)


def noun_phrase(label: str, size: int) -> str:
    """The words after a number that name what it counts: cut where glue starts ("rabbits in the
    garden" → "rabbits"), else at the others' length; two or three words with no glue stay whole
    ("2 new stores" is no count of "new")."""
    words = label.split()
    if len(words) <= size:
        return label
    glue = next(  # glue words, or an English participle after the noun ("7 dogs adopted")
        (
            i
            for i, w in enumerate(words)
            if i and (w.lower() in STOPWORDS | STOPWORDS_INTL | _WHEN or _PARTICIPLE.fullmatch(w))
        ),
        None,
    )
    if glue is not None:
        return " ".join(words[:glue])
    return label if len(words) <= 3 else " ".join(words[:size])

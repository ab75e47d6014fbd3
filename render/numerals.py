"""How each language writes a number, shared by the planner's sentences and every chart painter.

A French or German reader takes "1,410" for one point four one: an answer that says "1,410" in a
French sentence states the wrong number. Formatting code writes numbers the English way (Python's
`,` format); `localize` then swaps the marks for the plan's language, so the answer, the plotly
figure (`separators`) and the static drawing agree. PowerPoint charts need nothing: their Excel
number formats are shown in the viewer's own locale.
"""

from __future__ import annotations

import re

NNBSP = "\u202f"
"""Narrow no-break space: the French (and ISO) thousands mark, which never breaks a number."""

_DOT_GROUPS = frozenset(["de", "es", "it", "nl", "pt", "id", "tr", "vi", "da", "el", "ro", "hr", "sl"])
"""Languages that write 1.234,5."""
_SPACE_GROUPS = frozenset(
    ["fr", "pl", "ru", "uk", "cs", "sk", "sv", "fi", "nb", "nn", "no", "bg", "hu", "et", "lt", "lv"]
)
"""Languages that write 1 234,5 (with a narrow no-break space)."""
DECIMAL_COMMA = _DOT_GROUPS | _SPACE_GROUPS
"""Languages whose decimal mark is a comma: how their numbers are written here and read by the planner."""


def language_code(value: object) -> str:
    """'fr-FR', 'pt_BR', 'FR' → 'fr'; '' for anything that is not a language code (English style).

    Lenient on purpose: a plan whose language field is odd still renders, in English style."""
    if not isinstance(value, str):
        return ""
    head = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    return head if re.fullmatch(r"[a-z]{2,3}", head) else ""


def marks(language: str) -> tuple[str, str]:
    """(decimal mark, thousands mark) for a language code; English style for any other code."""
    code = language_code(language)
    if code in _DOT_GROUPS:
        return ",", "."
    if code in _SPACE_GROUPS:
        return ",", NNBSP
    return ".", ","


def separators(language: str) -> str:
    """plotly's `layout.separators`: the decimal mark, then the thousands mark."""
    return "".join(marks(language))


def localize(number: str, language: str) -> str:
    """A number formatted the English way ('1,234.5', '-0.25', '2.5k') written `language`'s way.

    Only for text a formatter wrote: a user's own "v1.2" or "3.11" is never passed through here."""
    decimal, group = marks(language)
    if decimal == ".":
        return number
    return number.translate({ord(","): group, ord("."): decimal})

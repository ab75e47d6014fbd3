"""Words numbered in a series of items ("route 1 — 12,400, route 2 — 9,800", "रूट 3"): the number is
part of the item's name, so a dash after it joins the name to its value (no range from 1 to 12,400)
and a colon after it is the item's own, not the end of a lead."""

from __future__ import annotations

import re

# A letter of a word, with the vowel signs of the Indic scripts ("रूट": "ू" is a mark, not a letter to `\w`).
LETTER = r"(?:[^\W\d_]|[\u0900-\u0dff])"


_DASHED_LABEL = re.compile(r"(?<![^\s,;:：，、])([^\s\d,;:：，、.—–-]{2,}\s*\d{1,2})\s+[-–—]\s+(?=\d)")


def dashed_labels(body: str) -> str:
    """'route 1 — 12,400, route 2 — 9,800': a dash after a word numbered in two or more items joins the
    label to its value (read as "route 1: 12,400"), never a range from 1 to 12,400."""
    found = list(_DASHED_LABEL.finditer(body))
    words = [re.sub(r"\s*\d+$", "", m.group(1)).casefold() for m in found]
    if len(found) < 2 or len(set(words)) != 1:
        return body
    return _DASHED_LABEL.sub(lambda m: m.group(1) + ": ", body)


def numbered_word(before: str, body: str) -> bool:
    """The word that ends `before` ('route', 'रूट', 'Baan') numbers two or more items of `body`
    ('route 1 … Route 2'): one letter class (Indic vowel signs included) and any case, for every reader
    of a series of numbered items."""
    word = re.search(rf"({LETTER}{{2,}})\s*$", before)
    return (
        word is not None
        and len(re.findall(rf"(?<!{LETTER}){re.escape(word.group(1))}\s*\d{{1,2}}\b", body, re.I)) >= 2
    )


def numbered_head(text: str, colon: int) -> bool:
    """A colon right after a word numbered in two or more items ('route 1:' beside 'route 2:')."""
    number = re.search(r"\d{1,2}\s*$", text[:colon])
    return number is not None and numbered_word(text[: number.start()], text)

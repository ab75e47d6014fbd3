"""The lines of a document that hold a question's words ("how much do they still owe after the deposit" →
"Total 21.000 €, deposit 30% paid, the rest due 10 days before.").

Offline, the planner cannot answer a question about a document; it can show where the document speaks
of what was asked. The lines are quoted as written, never reworded, and only lines that share the
question's rarest words with it: a word every line has points at nothing.
"""

from __future__ import annotations

import re

from generators.rules.cues import STOPWORDS, STOPWORDS_INTL

_UNIT = re.compile(r"(?<=[.!?。！？])\s+(?=[A-Z0-9\u0400-\u04ff\u00c0-\u00de])")  # sentences in a paragraph
_WORD = re.compile(r"[^\W\d_]{4,}")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,}")
_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,2}[.)]\s+|>\s*)")
# Words of asking, not of the document: "does", "happen", "still"
_ASKING_WORDS = (
    "does happen happens still tell know want need much many long often anything something there here "
    "what which when where about into just only really after before with without then also even"
)
_ASKING = frozenset(_ASKING_WORDS.split())


def _stem(word: str) -> str:
    return word.casefold()[:5]


def _keys(question: str) -> set[str]:
    """The question's content words (their first five letters: 'rains' finds 'rain'), and CJK pairs."""
    words = {
        _stem(w)
        for w in _WORD.findall(question)
        if w.casefold() not in STOPWORDS
        and w.casefold() not in STOPWORDS_INTL
        and w.casefold() not in _ASKING
    }
    for run in _CJK_RUN.findall(question):
        words |= {run[k : k + 2] for k in range(len(run) - 1)}
    return words


def _found(unit: str, keys: set[str]) -> set[str]:
    own = {_stem(w) for w in _WORD.findall(unit)}
    return {k for k in keys if k in own or (not k.isascii() and len(k) == 2 and k in unit)}


def passages(question: str, document: str, most: int = 3) -> list[str]:
    """Up to `most` lines (list items, table rows, sentences) of the document holding the most of the
    question's words, in the document's order; [] when none holds a word that is rare in it."""
    keys = _keys(question)
    if not keys:
        return []
    units: list[str] = []
    for line in (document or "").splitlines():
        if re.match(r"\s*#{1,6}\s", line):
            continue  # a heading names a part; the answer is in its lines
        line = _MARKS.sub("", line).strip()
        if not line or re.fullmatch(r"[|:\-\s]+", line):
            continue
        units.extend(
            u.strip() for u in (_UNIT.split(line) if not line.startswith("|") else [line]) if u.strip()
        )
    if not units:
        return []
    found = [_found(u, keys) for u in units]
    # how many units hold each word: a word in most of the document tells nothing
    spread = {k: sum(k in f for f in found) for k in keys}
    # a word in a handful of lines still points at them ("drivers" in three lines of a tour's notes)
    rare = {k for k, n in spread.items() if 0 < n <= max(3, len(units) // 8)}
    scores = [len(f & rare) * 2 + len(f - rare) for f in found]
    best = max(scores)
    if best < 2:  # no rare word anywhere
        return []
    picked = [k for k, s in enumerate(scores) if s == best][:most]
    return [units[k] for k in picked]


def quoted(question: str, document: str) -> str:
    """The passages as a quote block ('> …' a line), or ''."""
    found = passages(question, document)
    return "\n".join(f"> {p}" for p in found)

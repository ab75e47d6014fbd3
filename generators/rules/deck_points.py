"""A deck typed tersely: the points written straight after the deck's name, with no colon and no list
marks ("deck q3 review rev +12%, churn down to 2.1%, 3 new hires", "farm open day pres who we are,
400 acres, 120 cows", "Folien Teammeeting Q3 Umsatz +12 %, 3 Neueinstellungen", "季度汇报ppt 营收增长12%
新客户3家", "pitch to bank bakery 2nd site need 80k rev 310k/yr margin 14%"). Every point is kept as
the user wrote it; the words before the deck's name, or those leading the first point, are its title.
Nothing is computed or charted here: the numbers are of different kinds."""

from __future__ import annotations

import re

from generators.rules.content import ITEM_CHARS, MAX_ITEMS, Content, clean_lead, split_items
from generators.rules.words import find_cue, short

# Words that join the deck's name to its points ("outline", "on", "about", "zu", "sobre"): not a point.
_GLUE = re.compile(
    r"^(?:outline|on|about|re|for|of|covering|with|zu|über|zum|sobre|sur|su|sul|o|об|про|over|hakkında|dla|:|：|-|–|—)\s+",
    re.I,
)
# A number as a point's value ("+12%", "80k", "310k/yr", "2.1%", "3"), not a label holding a digit
# ("q3", "v2", "2nd", "n=212").
_NUMBER = re.compile(r"^[+\-−~≈]?[$€£¥₹]?\d[\d.,]*(?:k|m|bn|x|%)?(?:/\w+)?%?$", re.I)
# A unit after its number ("3 yrs", "+12 %", "400 acres"): still that number's point.
_UNIT = re.compile(
    r"^(?:%|k|m|bn|yrs?|years?|months?|mos?|days?|d|wks?|weeks?|hrs?|h|mins?|pts?|ppl|people|acres|ha|kg|t|km|mi"
    r"|€|\$|£|eur|usd|gbp|jahre?|monate?|tage?|años|meses|ans|mois|anni|mesi|anos)$",
    re.I,
)


def _numeric(token: str) -> bool:
    return bool(_NUMBER.match(token))


def _by_values(text: str) -> list[str]:
    """'bakery 2nd site need 80k rev 310k/yr margin 14% payback 3 yrs' → points ending at each value
    ('bakery 2nd site need 80k', 'rev 310k/yr', 'margin 14%', 'payback 3 yrs'): figures typed one
    after another with no comma."""
    tokens = text.split()
    out: list[list[str]] = [[]]
    for k, tok in enumerate(tokens):
        out[-1].append(tok)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        ends = _numeric(tok) or (_UNIT.match(tok) and k and _numeric(tokens[k - 1]))
        if ends and nxt and not (_UNIT.match(nxt) and _numeric(tok)) and not _numeric(nxt):
            out.append([])
    return [" ".join(p) for p in out if p]


def _split_first(first: str, typical: int) -> tuple[str, str]:
    """(title words, point) of the first chunk when it opens with the deck's topic: 'q3 review rev
    +12%' → ('q3 review', 'rev +12%'); 'ladder safety 3 pts contact' → ('ladder safety', '3 pts
    contact'); 'ERP rollout phases pilot jan' → ('ERP rollout phases', 'pilot jan')."""
    tokens = first.split()
    at = next((k for k, tok in enumerate(tokens) if _numeric(tok)), None)
    if at is not None:
        if at == 0:
            return "", first
        rest = tokens[at + 1 :]
        cut = at - 1 if all(_UNIT.match(t) for t in rest) else at  # "rev +12%": the value and its name
        return " ".join(tokens[:cut]), " ".join(tokens[cut:])
    if len(tokens) > typical + 1:
        return " ".join(tokens[:-typical]), " ".join(tokens[-typical:])
    return "", first


def terse_points(question: str, cues: list[tuple[str, int]]) -> Content | None:
    """The points typed after the deck's name (`cues`: the slides cues), three or more; None when
    the message holds no such run."""
    named = None
    for cue, weight in cues:
        if weight < 2:
            continue
        m = find_cue(question, cue)
        if m and (
            named is None or weight > named[0] or (weight == named[0] and m.start() < named[1].start())
        ):
            named = (weight, m)
    if named is None:
        return None
    m = named[1]
    before = question[: m.start()].strip(" ,;:.-–—")
    after = question[m.end() :].strip(" ,;:.-–—：")
    while (glue := _GLUE.match(after)) is not None:
        after = after[glue.end() :]
    if re.search(r"[?？]|\n|[.!。！]\s", after):  # a question or sentences after it: no run of points
        return None
    chunks = split_items(after)
    if len(chunks) < 3:
        chunks = _spaced_points(after) or _by_values(after)
    if len(chunks) < 3:
        return None
    sizes = sorted(len(c.split()) for c in chunks[1:])
    typical = sizes[len(sizes) // 2]
    if not clean_lead(before):
        lead, first = _split_first(chunks[0], typical)
    elif len(chunks[0].split()) > typical + 2:  # "board pres ERP rollout phases pilot jan, finance mar"
        lead, first = " ".join(chunks[0].split()[:-typical]), " ".join(chunks[0].split()[-typical:])
    else:
        lead, first = "", chunks[0]
    title = " ".join(p for p in (before, lead) if p)
    title = clean_lead(title) if title else clean_lead(m.group(0))
    items = [short(c, ITEM_CHARS) for c in (first, *chunks[1:]) if c]
    return Content(title, items[:MAX_ITEMS])


def _spaced_points(text: str) -> list[str]:
    """'营收增长12% 新客户3家 下季度目标开华东仓': Chinese and Japanese points separated by spaces."""
    chunks = [c for c in re.split(r"[ \u3000]+", text.strip()) if c]
    if len(chunks) >= 3 and all(re.search(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]", c) for c in chunks):
        return chunks
    return []

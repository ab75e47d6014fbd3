"""The columns a question names: shared by the table planner and the row filters, which both need it
(one module each would import the other)."""

from __future__ import annotations

import difflib
import re

from generators.rules.cues import GENERIC_TOKENS
from generators.rules.table_words import meaning_score
from generators.rules.words import CJK


def _tokens(text: str) -> list[str]:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    return re.findall(r"[a-z0-9]+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+", text.lower())


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s"):
        if len(word) > 3 + len(suffix) and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def column_mentions(
    question: str, columns: list[str], *, meaning: bool = True
) -> dict[str, tuple[float, int]]:
    """Columns the question names, as {column: (score 0-1, position)}; fuzzy on words split on _ and case.

    'total sales' finds 'total_sales'; 'revenue' finds 'Revenue (USD)'; '销售额' finds '销售额'; and by
    meaning in any of the planner's languages: "miel" finds 'honey_kg', "линия" 'route' (`table_words`),
    unless `meaning` is False.
    """
    q = question.lower()
    q_tokens = [(m.group(0), m.start()) for m in re.finditer(r"[a-z0-9]+", q)]
    q_stems = {}
    for tok, pos in q_tokens:
        q_stems.setdefault(_stem(tok), pos)
    out: dict[str, tuple[float, int]] = {}
    for col in columns:
        name = str(col)
        low = name.lower().strip()
        if not low:
            continue
        if CJK.search(low):
            cjk = "".join(CJK.findall(low))
            pos = q.find(cjk)
            if pos >= 0:
                out[name] = (1.0, pos)
                continue
            # 销售额 vs 销售: a long enough shared prefix still names the column
            for k in range(len(cjk) - 1, 1, -1):
                pos = q.find(cjk[:k])
                if pos >= 0:
                    out[name] = (0.6, pos)
                    break
            continue
        toks = _tokens(name)
        if not toks:
            continue
        phrase = re.compile(
            r"(?<![a-z0-9])" + r"[\s_\-]*".join(map(re.escape, toks)) + r"(?:s|es)?(?![a-z0-9])"
        )
        m = phrase.search(q)
        if m:
            out[name] = (1.0, m.start())
            continue
        weight_total = 0.0
        matched = 0.0
        first_pos = -1
        head = next((t for t in reversed(toks) if t not in GENERIC_TOKENS and len(t) >= 3), "")
        for tok in toks:
            w = 0.3 if tok in GENERIC_TOKENS or len(tok) < 3 else 1.0 if tok == head else 0.5
            weight_total += w
            pos = q_stems.get(_stem(tok), -1)
            if pos < 0 and len(tok) >= 3:  # "pop" in "population", "qty" is too short to guess
                pos = next(
                    (p for t, p in q_stems.items() if len(t) >= len(tok) + 2 and t.startswith(tok)), -1
                )
            if pos < 0 and len(tok) >= 4:
                close = difflib.get_close_matches(_stem(tok), list(q_stems), n=1, cutoff=0.85)
                if close:
                    pos = q_stems[close[0]]
            if pos >= 0:
                matched += w
                first_pos = pos if first_pos < 0 else min(first_pos, pos)
        if weight_total and matched / weight_total >= 0.5 and matched >= 0.5:
            out[name] = (0.9 * matched / weight_total, first_pos)
    meant = {str(c): found for c in columns if meaning and (found := meaning_score(str(c), question))}
    for name, found in meant.items():
        # "日期" names both 'ship_date' and 'delivered_date' by their last word: neither, as it is unclear
        shared = [n for n, f in meant.items() if f[0] < 1.0 and f[1] == found[1]]
        if out.get(name, (0.0,))[0] < found[0] and (found[0] == 1.0 or len(shared) == 1):
            out[name] = found
    return out

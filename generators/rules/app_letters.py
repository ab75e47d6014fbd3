"""A what-if the user writes with letters for its figures: "if I run N yoga classes a week with M
students each at price P, what do I make per month?", "si vendo X cafés al día a precio Y, ¿cuánto
gano al mes?".

The letters are the inputs (the user leaves the figures to set), the words beside each letter name
it, and the rule is theirs: the letters multiplied, turned from the period they are counted in (a
day, a week) to the period asked about (a month, a year). Nothing else is assumed: a cost among the
letters (a profit needs to know what the cost is per) or no period to convert leaves it to the
catalogue or an honest text.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_more import ident
from render.numerals import localize
from render.plan import parse_plan

# A capital letter standing alone as a word, not the pronoun "I" nor a word "A"/"O"/"E" (a, o, e).
_LETTER = re.compile(r"(?<![\w'’.-])([B-DF-HJ-NP-Z])(?![\w'’-])")
_STOP_WORDS = (
    "a an the of at with each per for and or to in on by is are my our if i we run sell do make get "
    "un una el la los las de del con cada por para y o en al le les des du avec et à par ein eine der die das "
    "mit je pro für und zu im am il lo di con ogni e een het van met elke en voor per op bir ve ile her "
    "jeden z na za dan dengan setiap per mỗi với và en ett med varje och på för om jag styck"
)
_STOP = set(_STOP_WORDS.split())
_PERIODS = {
    "day": (r"day|días?|dias?|jours?|tag(?:e|en)?|giorn[oi]|dag(?:en)?|gün|dzie[ńn]|dni|hari|ngày|день|дня", 365.0),
    "week": (r"week|weeks|semanas?|semaines?|wochen?|settiman[ae]|weken|hafta|tydzie[ńn]|tygodni\w*|minggu|tuần"
             r"|veckan?|недел\w*", 52.0),
    "month": (r"month|months|mes|meses|mois|monat\w*|mes[ei]|maand(?:en)?|ay|miesi[aą]c\w*|bulan|tháng"
              r"|månad(?:en)?|месяц\w*", 12.0),
    "year": (r"year|years|años?|anos?|ans?|année|jahr(?:e|en)?|ann[oi]|jaar|yıl|rok|tahun|năm|år(?:et)?|год\w*", 1.0),
}  # fmt: skip
_EACH = r"(?:a|an|per|each|every|al|por|cada|par|pro|im|am|je|ogni|in\s+de|başına|her|na|w|mỗi|setiap|i|om|в)"
# What the rule counts in: "N classes a week" (the first letter's period).
_IN = re.compile(rf"\b{_EACH}\s+(?P<p>{'|'.join(p for p, _ in _PERIODS.values())})\b", re.I)
# What is asked: "per month", "monthly", "what do I make a year", "¿cuánto gano al mes?".
_OUT = re.compile(
    r"\b(?:monthly|yearly|annual(?:ly)?|weekly|daily|mensual(?:mente)?|anual(?:mente)?|semanal|mensuel(?:le)?"
    r"|annuel(?:le)?|monatlich|jährlich|mensile|annuale|maandelijks|jaarlijks|aylık|yıllık|miesięczn\w*|roczn\w*"
    r"|bulanan|tahunan|hàng\s+tháng|hàng\s+năm|månadsvis|årlig\w*)\b",
    re.I,
)
_OUT_WORD = {
    "month": r"month|mensual|mensuel|monatlich|mensile|maandelijks|aylık|miesięczn|bulanan|tháng|månad",
    "year": r"year|annual|anual|annuel|jährlich|annuale|jaarlijks|yıllık|roczn|tahunan|năm|årlig",
    "week": r"week|semanal",
    "day": r"daily|day",
}
# A cost among the letters: the profit needs to know what it is counted per, which the letters don't say.
_COST = re.compile(
    r"\b(?:cost|costs|expense|expenses|coste|costo|gasto|coût|kosten|kost|maliyet|koszt|biaya|chi\s+phí)\b",
    re.I,
)
# What the user asks to be worked out: a question about the result.
_ASKED = re.compile(
    r"\b(?:what|how\s+much|how\s+many|cu[aá]nt[oa]s?|combien|wie\s*viel\w*|quant[oie]|hoeveel|ne\s+kadar|berapa"
    r"|bao\s+nhiêu|hur\s+mycket|ile\s+(?:zarobi\w*|zarabia\w*|wyniesie|mam)|сколько|que\s+gano|was\s+verdien\w*)\b"
    r"|[?？]",
    re.I,
)


_MONEY = re.compile(
    r"(?:euros?|dollars?|pounds?|pesos?|reais|lira|złotych|zł|rupees?|rupiah|đồng|kronor|kr|рубл\w*|€|\$|£)$",
    re.I,
)


def _label(question: str, m: re.Match[str]) -> str:
    """The words naming a letter: the noun after it ('N yoga classes'), else before it ('price P')."""
    after_text = re.split(r"[,;:.?!¿¡()]", question[m.end() : m.end() + 40], maxsplit=1)[0]
    before_text = re.split(r"[,;:.?!¿¡()]", question[max(0, m.start() - 30) : m.start()])[-1]
    words: list[str] = []
    for w in re.findall(r"[^\W\d_]+", after_text):
        if w.lower() in _STOP or _LETTER.fullmatch(w) or _period(w) or len(words) == 3:
            break
        words.append(w)
        if _MONEY.match(w):
            break
    if words and not _MONEY.match(words[0]):
        return " ".join(words)
    before: list[str] = []
    for w in reversed(re.findall(r"[^\W\d_]+", before_text)):
        if w.lower() in _STOP or len(before) == 2:
            break
        before.insert(0, w)
    return " ".join(before) or " ".join(words)


def _period(text: str) -> str | None:
    return next((name for name, (pat, _) in _PERIODS.items() if re.fullmatch(pat, text, re.I)), None)


def letters(question: str, lang: str) -> Any | None:
    """Inputs for the letters and their product per period asked, or None (see the module doc)."""
    found = list(_LETTER.finditer(question))
    names = [m.group(1) for m in found]
    if len(found) < 2 or len(set(names)) != len(names) or len(found) > 6 or not _ASKED.search(question):
        return None
    if _COST.search(question):
        return None
    first = _IN.search(question, found[0].end())
    rate = _period(first.group("p")) if first else None
    tail = question[found[-1].end() :]
    out_m = _OUT.search(tail) or _IN.search(tail)
    if rate is None or out_m is None:
        return None
    if "p" in out_m.groupdict():
        out = _period(out_m.group("p"))
    else:
        out = next((name for name, pat in _OUT_WORD.items() if re.search(pat, out_m.group(0), re.I)), None)
    if out is None or out == rate:
        return None
    labels = [_label(question, m) for m in found]
    if not all(labels):
        return None
    used: set[str] = set()
    idents = [ident(lb, used) for lb in labels]
    factor = _PERIODS[rate][1] / _PERIODS[out][1]
    formula = " * ".join(idents) + f" * {factor:.6g}"
    result = texts.say(lang, f"letters.per.{out}")
    inputs = [
        {"name": n, "label": f"{lb} ({letter})"[:60], "default": 1, "min": 0, "step": 1}
        for n, lb, letter in zip(idents, labels, names, strict=True)
    ]
    many, within = texts.say(lang, f"letters.many.{rate}"), texts.say(lang, f"letters.in.{out}")
    rule = " × ".join(names) + f" × {localize(f'{factor:.4g}', lang)} ({many} {within})"
    return parse_plan(
        {
            "kind": "app",
            "title": f"{result}: " + " × ".join(names),
            "inputs": inputs,
            "computed": [{"name": "result", "label": result, "formula": formula, "decimals": 2}],
            "views": [{"type": "metric", "value": "result"}],
            "answer": texts.say(lang, "letters.answer", rule=rule),
        }
    )

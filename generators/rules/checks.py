"""Checking the user's own sums in words: "is the total right? food 412,000 … total 783,000", "check my
average: 4, 5, 3, 5, 4, 4 — I got 4.5", "is 3,000 enough? hotel 1,600, food 700 …".

The user wrote the items and the result they expect; the planner adds the items up (or averages
them) and says whether the result holds, with the computed figure, in the words of
`generators.rules.messages` (keys `check_*`). Nothing is assumed: without a
stated total, average or budget there is nothing to check and `checked` returns None.
"""

from __future__ import annotations

import re

from generators.rules.cues import MESSAGES, STOPWORDS, STOPWORDS_INTL
from generators.rules.numbers import Num, find_numbers, fmt_number, with_unit
from generators.rules.qdata import comparable
from generators.rules.words import msg

_TOTAL = re.compile(
    r"\b(?:total|sum|in all|altogether|gesamt\w*|summe|somme|suma|totale|totaal|итого|всего|toplam|razem|łącznie)\b"
    r"|합계|총액|合計|合计|总计|共计|المجموع|الإجمالي|कुल",
    re.I,
)
_MEAN = re.compile(
    r"average|\bmean\b|moyenne|durchschnitt|\bmedia\b|média|promedio|gemiddelde|średni\w*|средн\w*|ortalama"
    r"|平均|평균|متوسط|औसत",
    re.I,
)
_GOT = re.compile(
    r"\bi\s+(?:got|get|make\s+it|calculated|worked\s+out)\b|у\s+меня\s+(?:вышло|получилось)|\bme\s+(?:sali[óo]|da|dio)\b"
    r"|\bho\s+ottenuto\b|\bmi\s+(?:viene|è\s+venuto)\b|\bj['’]ai\s+trouvé\b|\bje\s+trouve\b|\bich\s+komme\s+auf\b"
    r"|\bmir\s+kommt\b|\bik\s+kom\s+(?:op|uit)\b|\bwyszło\s+mi\b|\bbuldum\b|\bçıktı\b|我算(?:出|的是)|になった|나왔"
    r"|طلع\s+معي|आया",
    re.I,
)
_HAVE = re.compile(
    r"\b(?:i|we)\s+(?:have|earn|make|take\s+home|get\s+paid)\b|\b(?:budget|income|salary)\s+(?:is|of)\b"
    r"|\b(?:gano|ganamos|je\s+gagne|ich\s+verdiene|wir\s+verdienen|guadagno|ganho|ik\s+verdien)\b|\bj['’]ai\b|\btengo\b|\btenemos\b|\bho\b|\babbiamo\b|\bich\s+habe\b"
    r"|\bwir\s+haben\b|\bik\s+heb\b|\bmam\b|\bmamy\b|у\s+меня\s+есть|\belimde\b|\bbütçe\w*|عندي|عندنا|मेरे\s+पास"
    r"|予算|예산|预算",
    re.I,
)


_LIMIT = re.compile(r"\b(?:limit|allowance|max(?:imum)?|limite|límite|grenze|höchst\w*|лимит)\b", re.I)


def _counts_things(question: str, n: Num) -> bool:
    """'totale 3 bancali da 212,50': the number after the word counts things, it is no total."""
    return not (n.currency or n.dim or n.mag) and bool(re.match(r"\s+[^\W\d]", question[n.end :]))


def _counts_noun(question: str, n: Num) -> bool:
    """'we have 3 cats': a count of things, no budget; 'we have 500 for the party' is one."""
    word = re.match(r"\s+([^\W\d]+)", question[n.end :])
    return (
        _counts_things(question, n) and bool(word) and word.group(1).lower() not in STOPWORDS | STOPWORDS_INTL
    )


_RATE_AFTER = re.compile(
    r"\s*(?:a|an|per|each|every|/|al|por|par|pro|im|au|ao|a\s+la|in\s+the)\s*"
    r"(?:month|week|year|day|mo|yr|wk|mes|mois|monat|jahr|año|semana|semaine|woche|mese|anno|settimana|ano)\b",
    re.I,
)
"""'2000 a month' is a rate, not the year 2000."""


def _said_after(have: re.Match[str] | None, n: Num, question: str) -> bool:
    """'my budget is 2000': a year-like number right after the word that states a budget is the budget."""
    return have is not None and 0 <= n.start - have.end() <= 4 and not question[have.end() : n.start].strip()


def _value(n: Num) -> float:
    return n.value * n.multiplier


def _after(nums: list[Num], pos: int, within: int = 24) -> Num | None:
    """The first number written just after a word (the stated total, the budget)."""
    return next((n for n in nums if 0 <= n.start - pos <= within), None)


def _same(a: float, b: float, shown: str) -> bool:
    """Equal at the precision the user wrote ('4,5' is checked to one decimal)."""
    digits = len(re.split(r"[.,]", shown)[-1]) if re.search(r"[.,]\d{1,2}$", shown) else 0
    return round(a, digits) == round(b, digits)


# A percentage of an amount and the result the user was given: "20% vat on £1,240 is £248", "el 21% de 300 €
# son 63 €", "19 % von 80 € sind 15,20 €". Checked by the sum itself.
_PCT_CLAIM = re.compile(
    r"(?P<p>\d+(?:[.,]\d+)?)\s*%\s*(?:[^\W\d]+\s+){0,3}?(?:on|of|de|du|sur|von|auf|di|su|van|op|z|od|от|на)\s+"
    r"(?P<cx>[$€£¥₹]|R\$)?\s*(?P<x>\d[\d.,]*\d|\d)\s*(?:€|eur\w*|reais|dollars?|pounds?|zł|tl)?\s*"
    r"(?:is|=|are|comes\s+to|makes|es|son|da|dá|é|são|est|font|fait|ist|sind|macht|è|sono|fa|wynosi|to|это)\s+"
    r"(?P<cz>[$€£¥₹]|R\$)?\s*(?P<z>\d[\d.,]*\d|\d)(?:\s*(?P<az>€|zł|tl|reais))?",
    re.I,
)


def _read(text: str) -> float:
    """ "1,240" and "1.240,50" and "15,20" as people write them."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))


def percent_checked(question: str, lang: str) -> str | None:
    """ "calculator says 20% vat on £1,240 is £248 … am i wrong": the percentage worked out and the
    user's figure said right or not, in words; None when no such claim is written."""
    m = _PCT_CLAIM.search(question or "")
    if m is None:
        return None
    p, x, z = _read(m["p"]), _read(m["x"]), _read(m["z"])
    value = p * x / 100
    sign = m["cx"] or m["cz"] or ""
    after = "" if sign else (" " + m["az"] if m["az"] else "")

    def money(v: float) -> str:
        return f"{sign}{fmt_number(round(v, 2), lang if lang in MESSAGES else 'en')}{after}"

    fields = {"p": m["p"], "x": money(x), "v": money(value)}
    if abs(value - z) <= max(0.005, abs(value) * 1e-4):
        return msg(lang, "check_pct_ok", **fields)
    return msg(lang, "check_pct_off", stated=money(z), **fields)


def checked(question: str, lang: str) -> str | None:
    """The user's total, average or budget checked against their own items, in words; None when the
    question states no result to check."""

    def num(value: float) -> str:  # in the sentence's marks: English where the language has no messages
        return fmt_number(value, lang if lang in MESSAGES else "en")

    have = _HAVE.search(question)
    nums = [
        n
        for n in find_numbers(question)
        if not n.pct
        and (not n.is_year or _RATE_AFTER.match(question, n.end) or _said_after(have, n, question))
    ]
    if len(nums) < 3:
        return None
    if _MEAN.search(question) and (got := _GOT.search(question)):
        stated = _after(nums, got.end())
        values = [n for n in nums if n.end <= got.start()]
        if stated is None or len(values) < 2:
            return None
        avg = sum(map(_value, values)) / len(values)
        fields = {"n": str(len(values)), "items": ", ".join(n.text for n in values), "mean": num(avg)}
        if _same(avg, _value(stated), stated.text):
            return msg(lang, "check_mean_ok", **fields)
        return msg(lang, "check_mean_off", stated=stated.text, **fields)
    # the total is the number written right after its word ("total 1,600", "합계 783,000"), the last one
    stated = next(
        (
            n
            for m in reversed(list(_TOTAL.finditer(question)))
            if (n := _after(nums, m.end(), 8))
            and not _counts_things(question, n)
            and not re.match(r"\s*[+＋]", question[n.end :])  # "the total: 120 + 45 + 80" asks for it
        ),
        None,
    )
    if stated is not None:
        values = [n for n in nums if n is not stated]
        if len(values) < 2:
            return None
        got_sum = sum(map(_value, values))
        items = " + ".join(n.text for n in values)
        if _same(got_sum, _value(stated), stated.text):
            return msg(lang, "check_sum_ok", items=items, total=stated.text)
        diff = num(abs(got_sum - _value(stated)))
        return msg(lang, "check_sum_off", items=items, sum=num(got_sum), stated=stated.text, diff=diff)
    limit = _LIMIT.search(question)
    cap = next((n for n in reversed(nums) if 0 <= limit.start() - n.end <= 12), None) if limit else None
    cap = cap or (_after(nums, limit.end(), 12) if limit else None)
    if (
        cap is not None
        and len(costs := [n for n in nums if n is not cap]) >= 2
        and comparable([*costs, cap], [""] * (len(costs) + 1))  # "6,000 m³ + 3,000 ft + 2 hours": no sum
    ):
        spent = sum(map(_value, costs))
        fields = {"items": " + ".join(n.text for n in costs), "sum": num(spent), "limit": cap.text}
        key = "check_within" if spent <= _value(cap) else "check_over"
        return msg(lang, key, diff=num(abs(_value(cap) - spent)), **fields)
    budget = _after(nums, have.end()) if have else None
    if budget is not None and not _counts_noun(question, budget):  # "we have 3 cats and 2 dogs": no budget
        costs = [n for n in nums if n is not budget]
        if len(costs) < 2:
            return None
        spent = sum(map(_value, costs))
        fields = {"items": " + ".join(n.text for n in costs), "sum": num(spent), "budget": budget.text}
        key = "check_enough" if spent <= _value(budget) else "check_short"
        return msg(lang, key, diff=num(abs(_value(budget) - spent)), **fields)
    return None


# What was paid or received of a price ("he paid CHF 300 already", "50% advance received"): a part of
# the other figure, never a bar beside it
_PAID = re.compile(
    r"\b(?:paid|advance|deposit|down\s+payment|received|anzahlung|bezahlt|acompte|versé|payé|anticipo|adelanto"
    r"|pagó|pagado|sinal|entrada|pago|acconto|caparra|pagato|aanbetaling|betaald|предоплат\w*|аванс\w*|оплатил\w*"
    r"|kapora|peşinat|zaliczk\w*)\b|已付|定金|预付|首付|前払|手付|선금|계약금|مقدم|عربون|दफ़ा|अग्रिम|एडवांस",
    re.I,
)


def part_paid(text: str) -> bool:
    """Two figures, money or a share of it, one of them said to be paid or received already ('the
    revision is CHF 1'150, he paid CHF 300 already', 'PO value USD 86,400, 50% advance received')."""
    nums = [n for n in find_numbers(text) if not n.is_year]
    amounts = [n for n in nums if n.dim in ("money", "percent")]
    return (
        len(amounts) == 2
        and not any(n.dim for n in nums if n not in amounts)  # "PO 4471": a number naming the order
        # "38 kinder, 4 begleiter, 289 € pro kind, anzahlung 80 €": a sheet of facts, not one deal's two
        and len(nums) - len(amounts) <= 1
        and any(n.dim == "money" for n in amounts)
        and _PAID.search(text) is not None
    )


def paid_balance(question: str, lang: str) -> str | None:
    """'the revision is CHF 1'150, he paid CHF 300 already': what is still to pay, worked out from the
    two figures (a share paid is a share of the price), never a chart of a price beside its deposit."""
    if not part_paid(question):
        return None
    paid_at = _PAID.search(question)
    assert paid_at is not None
    amounts = [n for n in find_numbers(question) if n.dim in ("money", "percent") and not n.is_year]
    part = min(amounts, key=lambda n: min(abs(n.start - paid_at.end()), abs(paid_at.start() - n.end)))
    total = next(n for n in amounts if n is not part)
    if total.dim != "money" or (part.currency and part.currency != total.currency):
        return None
    paid = _value(total) * part.value / 100 if part.pct else _value(part)
    if paid > _value(total):
        return None
    shown = part.text if not part.pct else f"{part.text} ({with_unit(paid, total.currency, lang)})"
    left = with_unit(_value(total) - paid, total.currency, lang)
    return msg(lang, "check_balance", total=total.text, paid=shown, left=left)


# The sum asked as well as the part: "… and the total", "y el total", "et le total", "und die Summe"
_AND_TOTAL = re.compile(
    r"\b(?:and|y|e|et|und|en|i|и)\s+(?:the|el|o|le|la|die|de|il|het)?\s*(?:total|totale|totaal|summe|gesamt\w*|итог)\b",
    re.I,
)


def share_of(question: str, lang: str) -> str | None:
    """'cuánto me toca si el alquiler es $ 480.000 y … paga el 40%': how much a share of one amount is,
    asked in words, worked out (a percent of the only sum written); None for anything else."""
    from generators.rules.arithmetic import HOW_MUCH

    if not HOW_MUCH.search(question):
        return None
    nums = [n for n in find_numbers(question) if not n.is_year]
    if len(nums) != 2 or {n.dim for n in nums} != {"money", "percent"}:
        return None
    pct, total = sorted(nums, key=lambda n: n.dim != "percent")
    if not 0 < pct.value <= 100 or total.mag:
        return None
    # in the sign the user wrote: "$ 480.000" in Santiago is pesos, never read as dollars
    part = round(total.value * pct.value / 100, 2)

    def written(v: float) -> str:
        shown = fmt_number(v, lang if lang in MESSAGES else "en")
        return re.sub(r"\d(?:[\d.,'’ \u00a0\u202f]*\d)?", lambda _: shown, total.text, count=1)

    answer = f"{pct.text} × {total.text} = **{written(part)}**"
    if _AND_TOTAL.search(question):  # "el IVA del 21% sobre 2.350 € y el total": the sum asked too
        answer += f"; {total.text} + {written(part)} = **{written(round(total.value + part, 2))}**"
    return answer

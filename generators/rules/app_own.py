"""Tools whose rule the user states, read in every language the planner knows.

"hours in person-days (7 hours a day)", "36 uur is 100%", "€ 0,23 per km", "الساعة بدينارين", "5 Cent
pro Punkt", "oltre le 8 ore al giorno": a rate, a reference or a threshold written out is a rule the
planner may compute without knowing anything about the world. The readers here find that rule, the
quantities the user says they will type ("waar ik … in zet", "입력하면", "أحسب فيه", "km enkele reis,
aantal dagen") and the result they name ("deeltijdpercentage", "총 볼륨"), and build only from those:
nothing is multiplied in that the user did not name (no return trip, no repetitions), and the answer
writes the formula out so the user can see it. Without a stated rule every reader gives None and the
other builders (or the honest list of calculators) answer. English wordings already read by
`app_rate` and `app_more` reach those first; these readers only see what they left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_more import _COUNTDOWN, _date_in, _fmt, _step, ident, metrics_app
from generators.rules.app_stated import _DATE_WORD
from generators.rules.words import cap, short
from render.plan import parse_plan

_N = r"\d+(?:[.,]\d+)?"
_W = r"[^\W\d][\w'’-]*"
_CUR = r"[€$£¥₺₽₹]|R\$"


def _num(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        return float(re.sub(r"[.,]", "", text))  # "1.000": a thousand, never one
    return float(text.replace(",", "."))


def _plan(data: dict[str, Any]) -> Any:
    return parse_plan({"kind": "app", **data})


# ------------------------------------------------------------------------------------- unit words

# A unit is known by the start of its word in any of the planner's languages (declensions differ:
# "часов" / "часы", "дне" / "дни"); a word of no such group is known by its own first letters.
_GROUPS = {
    "hour": r"hours?|hrs?|h|hora|heure|ora|ore|stunde|uur|uren|godzin|час|saat|時間|小时|小時|시간|ساع|घंट|giờ|jam",
    "day": r"days?|d[ií]a|jour|tag|dag|giorn|dzie|dni|ден|дн|gün|日|天|일|يوم|أيام|ايام|दिन|ngày|hari",
    "week": r"weeks?|semana|semaine|woche|week|settiman|tydzie|tygodn|недел|hafta|週|周|주",
    "minute": r"min|минут|dakika|分|분|دقيق|मिनट|phút|menit",
    "km": r"km|kilom|kilóm|километр|км|公里|킬로|كيلو|किलोमीटर",
    "point": r"points?|pts?|punt|punkt|punkte|очк|puan|点|점|نقط|अंक",
    "time": r"time|tiempo|temps|zeit|tijd|tempo|czas|время|süre|时间|時間|시간|وقت|समय",
}


def _group(word: str) -> str:
    w = word.casefold().strip(" .,'’()")
    for name, pattern in _GROUPS.items():
        if re.match(rf"(?:{pattern})", w) and (len(w) <= 12 or name != "hour"):
            return name
    return re.sub(r"\W", "", w)[:5]


def _same(a: str, b: str) -> bool:
    """Two words for one unit: the same group, or either one among the other's words."""
    ga = _group(a)
    return any(_group(w) == ga for w in re.split(r"[\s-]+", b) if w)


# ------------------------------------------------------------------------------------------ rates


@dataclass
class Rate:
    value: float
    what: str  # what one unit is worth in: a currency, "часов", "Cent"
    unit: str  # the unit it is per: "km", "дне", "Punkt", "ساعة"
    text: str
    start: int
    end: int

    @property
    def money(self) -> bool:
        return bool(re.fullmatch(_CUR, self.what)) or bool(re.match(_MONEY, self.what, re.I))


_MONEY = (
    r"(?:euros?|eur|cents?|dollars?|usd|pounds?|pence|francs?|yen|yuan|won|rubl|руб|коп|lira|lir|zł|złot|grosz|reais"
    r"|real|pesos?|dinar|dirham|riyal|rial|dinares|دينار|دولار|ريال|درهم|جنيه|يورو|लीर|रुपय|रुपए|円|元|块|원|€|\$|£)"
)
_PER = (
    r"per|pro|par|por|pour|je|op|za|na|a|an|al|à|au|ao|em|in|la|il|all['’]|à\s+l['’]|a\s+la|por\s+cada|each|every|ogni"
    r"|cada|chaque|по|за|на|в|во|в\s+одн\w*|на\s+одн\w*|başına"
)
_RATES = [
    # "€ 0,23 per km", "5 Cent pro Punkt", "7 часов в дне", "2 € die Stunde", "0,18 €/kWh"
    re.compile(
        rf"(?P<c>{_CUR})?\s?(?P<n>{_N})\s*(?P<w>{_CUR}|{_W})?(?:\s*/\s*|\s+(?:{_PER})\s+(?:(?:the|la|le|el|il|l['’]|de"
        rf"|der|die|das|het|each|ogni|cada|chaque)\s*)?)(?P<u>{_W})",
        re.I,
    ),
    # "die Stunde 2 €", "la hora a 3 €", "l'heure à 5 €", "the hour at $4"
    re.compile(
        rf"\b(?:the|la|l['’]|die|de|het|el|a)\s*(?P<u>hour|hora|heure|ora|stunde|uur|godzina)\s+(?:at|a|à|zu|für|kost\w*"
        rf"|cuesta|coûte|costa|custa|is|es|est|ist)?\s*(?P<c>{_CUR})?\s?(?P<n>{_N})\s*(?P<w>{_CUR}|{_W})?",
        re.I,
    ),
    re.compile(rf"(?P<u>[\w가-힣]+?)당\s*(?P<n>{_N})\s*(?P<w>[가-힣]+|{_CUR})?"),  # "시간당 5000원"
    re.compile(
        rf"(?:1|一)?(?P<u>[^\s\d]+?)(?:あたり|当たり|につき)\s*(?P<n>{_N})\s*(?P<w>円|\S)?"
    ),  # "1時間あたり500円"
    re.compile(
        rf"每(?:一)?(?:个|個)?(?P<u>小时|小時|天|公里|分钟|次|人|个|点|分)\s*(?P<n>{_N})\s*(?P<w>元|块|\S)?"
    ),
    # "2 دينار لكل ساعة", "५० रुपये प्रति घंटा"
    re.compile(rf"(?P<n>{_N})\s*(?P<w>\S+)\s+(?:لكل|في\s+ال|प्रति|हर)\s*(?P<u>\S+)"),
    re.compile(rf"(?:प्रति|हर)\s+(?P<u>\S+)\s+(?P<n>{_N})\s*(?P<w>\S+)?"),
]
# "الساعة بدينارين" (the hour for two dinars), "الساعة بدينار", "الساعة ب 3 دنانير"
_AR_RATE = re.compile(
    r"(?:ال)?(?P<u>ساعة|ساعه|كيلو|دقيقة|نقطة|يوم)\s+(?:ب|بـ)\s*(?:(?P<n>\d+(?:[.,]\d+)?)\s*(?P<w>\S+)"
    r"|(?P<dual>دينار|دولار|ريال|درهم|جنيه|يورو)(?P<two>ين|ان)?)"
)


def rates(question: str) -> list[Rate]:
    """Every rate written in the question: a value, what it is worth in, and the unit it is per."""
    out: list[Rate] = []
    for m in _AR_RATE.finditer(question):
        if m["dual"]:
            out.append(Rate(2.0 if m["two"] else 1.0, m["dual"], m["u"], m.group(0), m.start(), m.end()))
        else:
            out.append(Rate(_num(m["n"]), m["w"], m["u"], m.group(0), m.start(), m.end()))
    for pattern in _RATES:
        for m in pattern.finditer(question):
            if any(r.start <= m.start() < r.end for r in out):
                continue
            groups = m.groupdict()
            what = groups.get("c") or groups.get("w") or ""
            unit = m["u"]
            if _same(what, unit) or re.fullmatch(_N, unit) or not _num(m["n"]):
                continue
            text = m.group(0).strip()
            out.append(Rate(_num(m["n"]), what, unit, text, m.start(), m.end()))
    return sorted(out, key=lambda r: r.start)


# --------------------------------------------------------------------------- what the user types

_AND = r"\s*(?:[,;、،]|\s(?:and|en|und|et|y|e|i|и|ve|và|dan|or|oder|of|o|ou)\s|(?:이?랑|와|과|하고)(?=\s)|\sو)\s*"
_TYPES = [
    r"\bwaar(?:in)?\s+(?:ik|je|we|jij)\s+(?P<x>.{2,60}?)\s+(?:in\s*(?:zet|vul|typ|voer|geef)|invul|intyp|invoer)\w*\b",
    rf"\b(?:ich|man|wir)\s+(?:\w+\s+){{0,3}}?(?P<x>(?:die|den|das|meine|unsere)\s+{_W}(?:\s+{_W})?)\s+(?:eingeben|eintragen"
    r"|eintrage|eingebe)\b",
    r"\b(?:ich\s+gebe|ich\s+trage|man\s+gibt)\s+(?P<x>.{2,60}?)\s+ein\b",
    r"\boù\s+(?:je|on)\s+(?:mets|rentre|saisis|entre|tape|note)\s+(?P<x>.{2,60}?)(?=\s+et\b|[,.?!]|$)",
    r"\b(?:donde|onde|dove)\s+(?:yo\s+|eu\s+)?(?:meta|meto|ponga|pongo|escriba|escribo|introduzca|coloco|ponho|digito"
    r"|coloque|digite|metto|inserisco|scrivo|inserisca)\s+(?P<x>.{2,60}?)(?=\s+(?:y|e)\s|[,.?!]|$)",
    # "pouvoir taper mes tantièmes et le montant des travaux pour voir": what is typed, up to seeing the result
    r"\b(?:taper|saisir|rentrer|digitar|inserir|teclear|digitare)\s+(?P<x>.{2,60}?)(?=\s+(?:pour|para|pra|per)\s+"
    r"(?:voir|savoir|ver|saber|vedere|sapere)\b|\s+(?:et|e|y)\s+(?:voir|ver|vedere)\b|[,.?!]|$)",
    r"\bgdzie\s+(?:wpiszę|wpisuję|podam|wprowadzę)\s+(?P<x>.{2,60}?)(?=\s+i\s|[,.?!]|$)",
    r"(?:куда|где)\s+(?:я\s+)?(?:ввожу|введу|вписываю|впишу|вбиваю)\s+(?P<x>.{2,60}?)(?=\s+и\s|[,.?!]|$)",
    r"\b(?:where|in which)\s+(?:i|we|you)\s+(?:can\s+)?(?:enter|type|put(?:\s+in)?|fill\s+in)\s+(?P<x>.{2,60}?)"
    r"(?=\s+and\s|[,.?!]|$)",
    r"(?<![^\s,.!?])(?P<x>[^\s,.!?]+(?:\s[^\s,.!?]+){0,4}?)(?<![을를])(?:을|를)?\s*입력하면",
    r"(?<![^\s、。,])(?P<x>[^\s、。,]+?)を入力(?:すると|したら|して)",
    r"输入(?P<x>[^\s，,。]+?)(?:就|后|，|,|然后)",
    r"(?:أحسب|نحسب|أدخل|ادخل|أكتب|اكتب|أسجل)\s+(?:فيه|فيها|فيه\s+)\s*(?P<x>.{2,40}?)(?=\s+(?:و|ب|في)|\s+\S*(?:بال|بـ)|[،,.؟]|$)",
    r"(?P<x>.{2,40}?)\s+(?:डालूं|डालूँ|डालें|लिखूं|लिखूँ|भरूं)",
]
_LEAD = re.compile(
    r"^(?:the|my|our|your|a|an|de|het|een|mijn|onze|die|der|das|den|meine|le|la|les|l['’]|mes|el|los|las|mi|mis|il|lo"
    r"|i|gli|o|os|as|meu|minha|moje|мои)\s+",
    re.I,
)


def typed(question: str) -> list[str]:
    """The quantities the user says they will type, in their words: after an input verb, or listed
    after a colon ('km enkele reis, aantal dagen, € 0,23 per km': the rate itself is no input)."""
    found = ""
    for pattern in _TYPES:
        if (m := re.search(pattern, question, re.I)) is not None:
            found = m["x"]
            break
    if not found and re.search(r"[:：]", question):
        found = re.split(r"[:：]", question, maxsplit=1)[1]
    items = []
    for part in re.split(_AND, found):
        part = _LEAD.sub("", part.strip(" .?!()"))
        if part and not re.search(r"\d|%", part) and len(part.split()) <= 5:
            items.append(short(part, 60))
    return items


# ------------------------------------------------------------------------------- what is computed

_NAMED = [
    r"\b(?:zie|krijg|zien|krijgen)\s+(?:welk(?:e)?|het|de|hoeveel|mijn)\s+(?P<y>[^\W\d][\w-]{3,})",
    r"\b(?:het|de|mijn|je)\s+(?P<y>[^\W\d][\w-]{3,})\s+(?:krijg|zie|krijgen|zien)\b",
    r"\b(?:hun|mijn|de|het|je)\s+(?P<y>[^\W\d][\w-]{3,})\s+(?:uit)?(?:rekenen|berekenen|uitrekent|berekent)\b",
    r"\bcalcolare\s+(?:le|il|la|i|gli|l['’])?\s*(?P<y>[^\W\d][\w']*(?:\s+di\s+[^\W\d]\w*)?)",
    r"\b(?:calcular|me\s+diga|me\s+dé|calcule)\s+(?:el|la|los|las|o|a|os|as)?\s*(?P<y>[^\W\d]\w{3,}"
    r"(?:\s+(?:de\s+)?(?!(?:al|a|del|de|en|para|por|con|y|que)\b)[^\W\d]\w+)?)",
    r"\b(?:donne|affiche|montre|calcule)\s+(?:le|la|les|l['’])\s*(?P<y>[^\W\d][\w-]{3,})",
    r"\b(?:see|shows?|gives?|get|calculates?|works?\s+out)\s+(?:me\s+)?(?:the|my)\s+(?P<y>[^\W\d][\w-]{3,})",
    r"\b(?:berechnen|ausrechnen|sehen)\s+(?:die|den|das|meine)?\s*(?P<y>[A-ZÄÖÜ]\w{3,})",
    r"(?P<y>[^\s,.]+(?:\s[^\s,.]+)?)[을를]\s*(?:계산|알려|보여)",
    r"(?P<y>[^\s、。,を]+)を(?:計算|出し|表示)",
]
_PAY = re.compile(
    r"\b(?:pay|pays|paid|zahlen|zahlt|pagar|paga|pague|payer|paie|pagare|betalen|betaalt|płaci\w*|zapłac\w*)\b"
    r"|(?<![\u0400-\u04ff])(?:плати\w*|заплат\w*)|يدفع|تدفع|ندفع|دفع|भुगतान|देना|払|付|내야|支付|付款",
    re.I,
)
_WH = re.compile(r"^(?:how|what|who|cu[aá]nt\w*|qu[eé]|combien|wie\w*|wer|welk\w*|quant\w*|ile)$", re.I)


def named_result(question: str, lang: str, money: bool) -> str:
    """The result in the user's words ('deeltijdpercentage', '총 볼륨'), else what it is (to pay)."""
    for pattern in _NAMED:
        if (m := re.search(pattern, question)) is not None:
            y = _LEAD.sub("", m["y"].strip(" .?!"))
            if y and not _WH.match(y.split()[0]):
                return short(y[:1].upper() + y[1:], 60)
    if money and _PAY.search(question):
        return texts.say(lang, "own.to_pay")
    return texts.say(lang, "stated.result")


# ---------------------------------------------------------------------------------------- builders

_CONVERT = re.compile(
    r"(?:пересчит\w*|перев\w*|конверт\w*|umrechn\w*|umwandeln|umrechnen|omreken\w*|omzet\w*|convert\w*|conver\w*"
    r"|przelicz\w*|zamie[nń]\w*|çevir\w*|dönüştür\w*|chuyển\s+đổi|konversi)\s+(?:(?:the|my|die|de|les|los|le|la|moje)\s+)?"
    rf"(?P<a>(?:{_W}\s+)?{_W})\s+(?:в|во|in|en|naar|na|to|em|into|a|ke|sang|in\s+die)\s+(?P<b>{_W})",
    re.I,
)


def converter(question: str, lang: str) -> Any | None:
    """'пересчитывать рабочие часы в человеко-дни (7 часов в дне)': the user's two units at their rate."""
    if (pair := _CONVERT.search(question)) is None:
        return None
    a, b = pair["a"], pair["b"]
    for r in rates(question):
        if r.start < pair.end():
            continue
        if _same(r.what, a) and _same(r.unit, b):
            factor, sign = f"/ {r.value!r}", "÷"  # 7 hours a day: hours / 7 = days
        elif _same(r.what, b) and _same(r.unit, a):
            factor, sign = f"* {r.value!r}", "×"
        else:
            continue
        used: set[str] = set()
        ia, ib = ident(a, used), ident(b, used)
        formula = f"{ia} {factor}"
        return _plan(
            {
                "title": short(f"{cap(a)} → {b}", 80),
                "inputs": [
                    {"name": ia, "label": cap(a), "default": r.value, "min": 0, "step": _step(r.value)}
                ],
                "computed": [{"name": ib, "label": cap(b), "formula": formula, "decimals": 2}],
                "views": [{"type": "metric", "value": ib}],
                "answer": _answer(lang, cap(b), f"{a} {sign} {_fmt(r.value, lang)}", r.text),
            }
        )
    return None


def _answer(lang: str, label: str, formula: str, rule: str) -> str:
    return texts.say(lang, "own.answer", label=label, formula=formula, rule=rule)


_HUNDRED = re.compile(
    rf"(?P<n>{_N})\s*(?P<u>{_W})\s*(?:=|is|equals|ist|est|es|è|é|to|jest|это|—|-|:)\s*100\s*%"
    rf"|100\s*%\s*(?:=|is|equals|ist|est|es|è|é|to|jest|это|—|-|:)\s*(?P<n2>{_N})\s*(?P<u2>{_W})",
    re.I,
)


def reference(question: str, lang: str) -> Any | None:
    """'36 uur is 100%': what the user types as a percentage of the amount they call 100%."""
    if (m := _HUNDRED.search(question)) is None:
        return None
    n, unit = _num(m["n"] or m["n2"]), m["u"] or m["u2"]
    if n <= 0:
        return None
    items = [i for i in typed(question) if _same(unit, i)] or [unit]
    label = items[0]
    result = named_result(question, lang, money=False)
    used: set[str] = set()
    x = ident(label, used)
    return _plan(
        {
            "title": short(f"{result}: {label}", 80),
            "inputs": [{"name": x, "label": cap(label), "default": n, "min": 0, "step": _step(n)}],
            "computed": [{"name": "pct", "label": result, "formula": f"{x} / {n!r} * 100", "decimals": 1,
                          "unit": "%"}],
            "views": [{"type": "metric", "value": "pct"}],
            "answer": _answer(lang, result, f"{label} ÷ {_fmt(n, lang)} × 100", m.group(0).strip()),
        }
    )  # fmt: skip


_BEYOND = re.compile(
    r"(?:\bbeyond|\bover|\babove|\bmore\s+than|\boltre|\bsopra|\büber|\bmehr\s+als|\bmás\s+de|\bpor\s+encima\s+de"
    r"|\bau[- ]del[àa]\s+de|\bplus\s+de|\bboven|\bmeer\s+dan|\bna\s+|\bpowyżej|\bponad|\bacima\s+de|\bmais\s+de"
    r"|свыше|сверх|больше|\bfazla)\s+(?:(?:the|le|i|die|de|las|los|les|os|as)\s+)?"
    rf"(?P<n>{_N})\s*(?P<u>{_W})(?:\s+(?P<per>(?:al|a|per|pro|par|por|in|am|op|in\s+der|w|в|за|a\s+la)\s+{_W}))?",
    re.I,
)


def threshold(question: str, lang: str) -> Any | None:
    """'le ore di straordinario, oltre le 8 ore al giorno': what the user types beyond the limit they
    state (never below zero); under the limit there is nothing over."""
    m = next(
        (m for m in _BEYOND.finditer(question) if _group(m["u"]) in ("hour", "minute", "day", "point")), None
    )
    if m is None:
        return None
    n = _num(m["n"])
    result = named_result(question, lang, money=False)
    if result == texts.say(lang, "stated.result"):
        result = texts.say(lang, "own.over", n=_fmt(n, lang), unit=m["u"])
    label = m["u"] + (f" ({m['per']})" if m["per"] else "")
    used: set[str] = set()
    x = ident(m["u"], used)
    return _plan(
        {
            "title": short(cap(result), 80),
            "inputs": [{"name": x, "label": cap(label), "default": n + 1, "min": 0, "step": 0.25}],
            "computed": [{"name": "over", "label": cap(result), "formula": f"max({x} - {n!r}, 0)", "decimals": 2}],
            "views": [{"type": "metric", "value": "over"}],
            "answer": _answer(lang, cap(result), f"max({m['u']} − {_fmt(n, lang)}, 0)", m.group(0).strip()),
        }
    )  # fmt: skip


_PLAYERS = re.compile(
    r"(?P<n>\d{1,2})\s*(?P<w>players?|spieler\w*|jugador\w*|joueurs?|giocator\w*|jogador\w*|spelers?|graczy|gracze"
    r"|игрок\w*|oyuncu\w*|people|personen|personas|personnes|persone|pessoas|osób|человек|人|명|لاعب\w*|खिलाड़ी)",
    re.I,
)


def per_player(question: str, lang: str) -> Any | None:
    """'4 Spieler, 5 Cent pro Punkt': each player's points typed, each one's points × the rate."""
    if (p := _PLAYERS.search(question)) is None:
        return None
    count = int(p["n"])
    rate = next((r for r in rates(question) if _group(r.unit) == "point" and r.money), None)
    if rate is None or not 2 <= count <= 12:
        return None
    who = p["w"][:1].upper() + p["w"][1:]
    who = re.sub(r"(?<=\w)(?:s|n|en|es|ers)$", "", who) if lang in ("en", "fr", "es", "pt", "nl") else who
    owe = texts.say(lang, "own.to_pay")
    inputs, computed = [], []
    for i in range(1, count + 1):
        inputs.append(
            {"name": f"p{i}", "label": f"{who} {i} ({rate.unit})", "default": 0, "min": 0, "step": 1}
        )
        computed.append({"name": f"pay{i}", "label": f"{who} {i}: {owe}", "formula": f"p{i} * {rate.value!r}",
                         "decimals": 2, "unit": rate.what})  # fmt: skip
    return metrics_app(
        short(f"{owe}: {_fmt(rate.value, lang)} {rate.what} / {rate.unit}", 80),
        inputs,
        computed,
        _answer(lang, owe, f"{rate.unit} × {_fmt(rate.value, lang)} {rate.what}", rate.text),
    )


# Words that make an input a count of something ("aantal dagen", "세트 수", "number of trips"): a count
# multiplies a per-item amount, which is how a total of the two is made.
_COUNT = re.compile(
    r"\b(?:aantal|number\s+of|no\.?\s+of|anzahl|nombre\s+de|número\s+de|numero\s+di|quantidade\s+de|liczba|ilość"
    r"|количество|кол-во|sayısı|jumlah|số)\b|\s수$|\s수\b|回数|数$|次数|عدد|संख्या"
    r"|^(?:days?|dagen|tage|jours|d[ií]as|giorni|dni|дней|sets?|reps?|trips?|ritten|fahrten)$",
    re.I,
)


def rate_times(question: str, lang: str) -> Any | None:
    """'km enkele reis, aantal dagen, € 0,23 per km', 'الساعة بدينارين': the quantity the rate is per
    (named by the user or the rate's own unit), times any counts they named, times the rate."""
    items = typed(question)
    money = [r for r in rates(question) if r.money]
    if len(money) != 1 or not items:
        return (
            None  # tariffs to compare are `app_more.rate_costs`'; nothing named typed: no quantity to price
        )
    for r in money:
        base = next((i for i in items if _same(r.unit, i)), None)
        if (
            base is None
            and len(items) == 1
            and _group(items[0].split()[0]) == "time"
            and _group(r.unit) == "hour"
        ):
            base = f"{items[0]} ({r.unit})"  # "وقت كل طاولة" at so much the hour: the time, in hours
            items = [base]
        if base is None:
            continue
        counts = [i for i in items if i != base]
        if any(not _COUNT.search(c) for c in counts):
            continue  # another quantity the rule does not say how to use
        result = named_result(question, lang, money=True)
        used: set[str] = set()
        names = [ident(base, used)] + [ident(c, used) for c in counts]
        formula = " * ".join([*names, repr(r.value)])
        shown = " × ".join([base, *counts, f"{_fmt(r.value, lang)} {r.what}".strip()])
        return _plan(
            {
                "title": short(cap(result), 80),
                "inputs": [
                    {"name": n, "label": cap(lbl), "default": 10 if i == 0 else 1, "min": 0, "step": 1}
                    for i, (n, lbl) in enumerate(zip(names, [base, *counts], strict=True))
                ],
                "computed": [
                    {
                        "name": "result",
                        "label": cap(result),
                        "formula": formula,
                        "decimals": 2,
                        "unit": r.what,
                    }
                ],
                "views": [{"type": "metric", "value": "result"}],
                "answer": _answer(lang, cap(result), shown, r.text),
            }
        )
    return None


def count_times(question: str, lang: str) -> Any | None:
    """'세트 수랑 무게를 입력하면 총 볼륨': two quantities typed, one a count, and the total named:
    the count times the other, and nothing else (what the user did not name is not multiplied in)."""
    items = typed(question)
    if len(items) != 2 or sum(bool(_COUNT.search(i)) for i in items) != 1:
        return None
    result = named_result(question, lang, money=False)
    if result == texts.say(lang, "stated.result"):
        return None  # no total named: the two may be meant otherwise
    used: set[str] = set()
    a, b = ident(items[0], used), ident(items[1], used)
    return _plan(
        {
            "title": short(result, 80),
            "inputs": [{"name": a, "label": cap(items[0]), "default": 1, "min": 0, "step": 1},
                       {"name": b, "label": cap(items[1]), "default": 1, "min": 0, "step": 1}],
            "computed": [{"name": "result", "label": result, "formula": f"{a} * {b}", "decimals": 2}],
            "views": [{"type": "metric", "value": "result"}],
            "answer": texts.say(lang, "more.formula_answer", label=result, formula=f"{items[0]} × {items[1]}"),
        }
    )  # fmt: skip


_UNKNOWN = re.compile(
    r"\b(?:tasks?|to-?dos?|tareas|tâches|aufgaben|taken|compiti|tarefas|zadani\w*|görev\w*)\b|задач\w*|任务|タスク|할\s*일|مهام|काम",
    re.I,
)


def date_countdown(question: str, lang: str, today: date | None = None) -> Any | None:
    """'algo donde meta la fecha de la boda y me diga cuántos días faltan': a date the user types and
    the days to it. What else is asked of that date (the tasks of its week) is not given, and is said."""
    if not (_COUNTDOWN.search(question) and _DATE_WORD.search(question)):
        return None
    today = today or date.today()
    if _date_in(question, today) is not None:
        return None  # a date written out: `app_more.countdown` counts to it
    answer = texts.say(lang, "own.countdown_answer")
    if (unknown := _UNKNOWN.search(question)) is not None:
        answer += texts.say(lang, "own.not_given", what=unknown.group(0))
    return _plan(
        {
            "title": short(question, 80),
            "inputs": [
                {"name": "today", "label": texts.say(lang, "more.today"), "type": "date", "default": today.isoformat()},
                {"name": "target", "label": texts.say(lang, "more.date"), "type": "date", "default": today.isoformat()},
            ],
            "computed": [{"name": "days", "label": texts.say(lang, "more.days_to_go"),
                          "formula": "days_between(today, target)"}],
            "views": [{"type": "metric", "value": "days"}],
            "answer": answer,
        }
    )  # fmt: skip


def own(question: str, lang: str) -> Any | None:
    """The first tool built from a rule the user stated, or None."""
    for make in (converter, reference, threshold, per_player, rate_times, count_times, date_countdown):
        plan = make(question, lang)
        if plan is not None:
            return plan
    return None

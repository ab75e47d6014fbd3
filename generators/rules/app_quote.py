"""Prices the user states with their modifiers, read in the planner's languages.

A quote is a price per unit and what changes it, each written out by the user: a first unit and each
further one with a cap ("Erste Stunde 2 €, jede weitere 1,50 €, Tageshöchstsatz 12 €"), a price per
unit for each of several options ("utilitaria 35 €/giorno, berlina 55 €"), a discount from a quantity
on ("sconto 10% da 7 giorni", "10% off if 6+ months"), another price from a quantity on ("3.20 les
100 g, 2.90 dès 1 kg"), a tax on top ("18% GST on top"), a share added for waste ("más un 8 % de
roturas"), a base with add-ons ("tamanho (M R$ 14, G R$ 18), + pérolas R$ 3"), or shares of an amount
typed ("zucchero e destrosio, 18% e 4%"). Only what is written is computed; a reader that cannot
place every figure it found gives None, and the other builders (or the honest list) answer.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_more import _fmt, _plan, _r, ident, metrics_app
from generators.rules.app_own import _answer
from generators.rules.words import cap, short

_N = r"\d+(?:[.,]\d+)*"
_CUR = r"R\$|US\$|[€$£¥₹₺₽]|\b(?:EUR|USD|GBP|INR|CHF|Rs\.?|rs\.?|reais|euros?|dollars?|rupees?)\b"
# A sum of money: "2 €", "€ 2", "R$ 14", "8,500"; the sign on either side (or none)
_MONEY = rf"(?:(?P<c1>{_CUR})\s?)?(?P<n>{_N})(?:\s?(?P<c2>{_CUR}))?"


def _num(text: str) -> float:
    """'8,500' and '1.000' are thousands; '1,50' and '3.20' decimals."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


def _money(m: re.Match[str]) -> tuple[float, str]:
    return _num(m["n"]), (m["c1"] or m["c2"] or "").strip()


# ------------------------------------------------------------------------------- first / further / cap

_FIRST = r"first|erste[nr]?|primer[ao]?|premi[eè]re?|prim[oa]|primeir[oa]|eerste|pierwsz\w*|перв\w+|ilk"
_UNIT_WORD = (
    r"(?P<u>hours?|stunde|hora|heure|ora|uur|godzin\w*|час\w*|saat|days?|tag|d[ií]a|jour|giorno|dag|minutes?|minuten?"
    r"|minutos?|minutes?|minuti)"
)
_FURTHER = (
    r"(?:each|every|jede[rs]?|cada|chaque|ogni|elke|każd\w*|кажд\w*|her)?\s*(?:further|additional|extra|subsequent"
    r"|following|next|weitere|folgende|adicional|siguiente|suivante|supplémentaire|successiv[ao]|ulteriore|seguinte"
    r"|volgende|kolejn\w*|следующ\w*|sonraki)"
)
_CAP = (
    r"daily\s+(?:max(?:imum)?|cap)|max(?:imum)?\s+(?:per|a)\s+day|day\s+cap|\w*höchst\w*|tagesmaximum|m[aá]ximo\s+diari[oa]"
    r"|tope\s+diario|plafond(?:\s+journalier)?|maximum\s+journalier|massimo\s+giornaliero|tetto(?:\s+giornaliero)?"
    r"|dagmaximum|max(?:imum)?|cap"
)
_FIRST_RE = re.compile(rf"\b(?:{_FIRST})\s+{_UNIT_WORD}\b\s*(?:[:=]|at|a|à|zu|für|kost\w*)?\s*{_MONEY}", re.I)
_FURTHER_RE = re.compile(rf"\b{_FURTHER}\b(?:\s+\w+)?\s*(?:[:=]|at|a|à|zu|für|kost\w*)?\s*{_MONEY}", re.I)
_CAP_RE = re.compile(rf"\b(?:{_CAP})\b\s*(?:[:=]|of|de|di|von|at)?\s*{_MONEY}", re.I)
_ARRIVE = re.compile(
    r"\b(?P<a>arrival|arrive|ankunft|einfahrt|llegada|entrada|arrivée|arrivo|chegada|aankomst|entry|check-?in)\b",
    re.I,
)
_LEAVE = re.compile(
    r"\b(?P<d>departure|leave|leaving|abfahrt|ausfahrt|salida|départ|sortie|partenza|uscita|saída|vertrek|exit"
    r"|check-?out)\b",
    re.I,
)
# The fee named by the user before the verb that works it out ("die Parkgebühr ausrechnet")
_FEE = re.compile(
    r"\b(?:die|den|das|the|la|le|el|il|o|a|de)\s+(?P<y>[^\W\d]{4,})\s+(?:aus)?(?:rechnet|berechnet|calcula|calcule|calcola"
    r"|works\s+out)\b|\b(?:calculates?|works\s+out|gives?|shows?)\s+(?:me\s+)?(?:the|my)\s+(?P<y2>[^\W\d]{4,})",
    re.I,
)


def _fee_name(question: str, lang: str) -> str:
    m = _FEE.search(question)
    return cap(m["y"] or m["y2"]) if m else texts.say(lang, "own.to_pay")


def first_further(question: str, lang: str) -> Any | None:
    """'Erste Stunde 2 €, jede weitere 1,50 €, Tageshöchstsatz 12 €': the first unit at its price, each
    further (started) unit at the other, never above the cap. With arrival and departure named, the
    two times are typed (hours and minutes) and the time between them is what is charged."""
    first = _FIRST_RE.search(question)
    if first is None:
        return None
    further = _FURTHER_RE.search(question, first.end())
    if further is None:
        return None
    capped = _CAP_RE.search(question, further.end())
    p1, c1 = _money(first)
    p2, c2 = _money(further)
    sign = c1 or c2 or (_money(capped)[1] if capped else "")
    unit = first["u"]
    per_min = 1 if re.match(r"min", unit, re.I) else 1440 if re.match(r"d|t|j|g", unit, re.I) else 60
    label = _fee_name(question, lang)
    used: set[str] = {"fee", "units", "elapsed"}
    if _ARRIVE.search(question) and _LEAVE.search(question) and per_min <= 60:
        a, d = _ARRIVE.search(question)["a"], _LEAVE.search(question)["d"]
        ah, am, dh, dm = (ident(x, used) for x in (a + " h", a + " min", d + " h", d + " min"))
        inputs = [
            {"name": ah, "label": f"{cap(a)} (h)", "default": 8, "min": 0, "max": 23, "step": 1},
            {"name": am, "label": f"{cap(a)} (min)", "default": 0, "min": 0, "max": 59, "step": 1},
            {"name": dh, "label": f"{cap(d)} (h)", "default": 11, "min": 0, "max": 23, "step": 1},
            {"name": dm, "label": f"{cap(d)} (min)", "default": 30, "min": 0, "max": 59, "step": 1},
        ]
        # a departure before the arrival is on the next day (the clock turned over midnight)
        elapsed = f"mod(({dh} * 60 + {dm}) - ({ah} * 60 + {am}), 1440)"
        spent = f"{cap(d)} − {cap(a)}"
    else:
        x = ident(unit, used)
        inputs = [{"name": x, "label": cap(unit), "default": 3, "min": 0, "step": 1}]
        elapsed = f"{x} * {per_min}"
        spent = cap(unit)
    fee = f"if(units <= 0, 0, {_r(p1)} + {_r(p2)} * max(units - 1, 0))"
    shown = f"{_fmt(p1, lang)} + {_fmt(p2, lang)} × ({unit} − 1)"
    if capped is not None:
        fee = f"min({fee}, {_r(_money(capped)[0])})"
        shown = f"min({shown}, {_fmt(_money(capped)[0], lang)})"
    computed = [
        {"name": "elapsed", "label": spent, "formula": elapsed, "unit": "min"},
        {"name": "units", "label": cap(unit), "formula": f"ceil(elapsed / {per_min})"},
        {"name": "fee", "label": label, "formula": fee, "decimals": 2, "unit": sign},
    ]
    rule = question[first.start() : (capped or further).end()].strip(" ,.;")
    return _plan(
        {
            "title": short(label, 80),
            "inputs": inputs,
            "computed": computed,
            "views": [{"type": "metric", "value": "fee"}, {"type": "metric", "value": "units"}],
            "layout": "columns",
            "answer": _answer(lang, label, f"{shown}; {unit} = ⌈{spent}⌉", rule),
        }
    )


# ----------------------------------------------------------------------------------------- add-ons

# "tamanho (M R$ 14, G R$ 18)": a choice, each option with its price
_CHOICE = re.compile(rf"(?P<what>[^\W\d][\w-]*)\s*\((?P<opts>[^()]*?{_N}[^()]*)\)", re.I)
_NAME = r"(?!R\$|US\$)[^\W\d][\w'-]*(?:\s+(?!R\$|US\$)[^\W\d][\w'-]*)?"
_OPTION = re.compile(rf"(?P<name>{_NAME})\s*[:=]?\s*{_MONEY}", re.I)
# "+ pérolas R$ 3": an add-on with its price
_ADDON = re.compile(rf"\+\s*(?P<name>{_NAME})\s*[:=]?\s*{_MONEY}", re.I)


def add_ons(question: str, lang: str) -> Any | None:
    """'tamanho (M R$ 14, G R$ 18), + pérolas R$ 3, + pudim R$ 4, e vê o total': the option picked
    plus each add-on ticked."""
    choice = next((m for m in _CHOICE.finditer(question)), None)
    extras = list(_ADDON.finditer(question))
    if choice is None or not extras:
        return None
    options = [(o["name"].strip(), *_money(o)) for o in _OPTION.finditer(choice["opts"])]
    if len(options) < 2 or len(options) != len(re.findall(_N, choice["opts"])):
        return None
    signs = {s for _, _, s in options} | {_money(e)[1] for e in extras}
    sign = next(iter(signs - {""}), "")
    used: set[str] = {"total"}
    pick = ident(choice["what"], used)
    price = f'if({pick} == "{options[-1][0]}", {_r(options[-1][1])}, 0)'
    for name, value, _ in reversed(options[:-1]):
        price = f'if({pick} == "{name}", {_r(value)}, {price})'
    inputs: list[dict[str, Any]] = [
        {"name": pick, "label": cap(choice["what"]), "type": "select", "options": [o[0] for o in options],
         "default": options[0][0]}
    ]  # fmt: skip
    terms = [price]
    shown = [cap(choice["what"])]
    for e in extras:
        name, value = e["name"].strip(), _money(e)[0]
        t = ident(name, used)
        money = (
            f"{sign} {_fmt(value, lang)}"
            if sign in ("$", "£", "R$", "US$", "₹")
            else f"{_fmt(value, lang)} {sign}"
        )
        inputs.append({"name": t, "label": f"+ {name} ({money.strip()})", "type": "toggle"})
        terms.append(f"if({t}, {_r(value)}, 0)")
        shown.append(f"{name} {_fmt(value, lang)}")
    label = texts.say(lang, "own.to_pay")
    rule = question[choice.start() : extras[-1].end()].strip(" ,.;")
    prefix = {"prefix": sign} if sign in ("$", "£", "R$", "US$", "₹") else {"unit": sign}
    return _plan(
        {
            "title": short(label, 80),
            "inputs": inputs,
            "computed": [
                {"name": "total", "label": label, "formula": " + ".join(terms), "decimals": 2, **prefix}
            ],
            "views": [{"type": "metric", "value": "total"}],
            "answer": _answer(lang, label, " + ".join(shown), rule),
        }
    )


# ------------------------------------------------------------------------------------ priced quotes

_PER = r"/|per|pro|par|por|les|le|la|el|al|a|à|the|each|a\s+l['’]|for|je|op|за"
_UNIT = r"[^\W\d][\w²³]*"
# "8,500 per seat", "35 €/giorno", "3.20 les 100 g", "1,20 € la teja"; never "10% …"
_RATE = re.compile(rf"{_MONEY}(?!\s*%)\s*(?:/|(?:{_PER})\b)\s*(?P<per>\d+\s*)?(?P<u>{_UNIT})", re.I)
# "10 tejas por m²": so many of a thing per unit typed
_COUNT_RATE = re.compile(
    rf"(?<![\d.,])(?P<n>{_N})\s+(?P<w>{_UNIT})\s+(?:per|por|par|pro|each|a|al|à)\s+(?P<u>{_UNIT})", re.I
)
# what is typed or picked: "types no of seats and months and it gives", "sceglie la categoria e i giorni e vede"
_TYPED = re.compile(
    r"\b(?:types?|enters?|puts?\s+in|picks?|chooses?|selects?|sceglie|scegli|sceglio|inserisce|metto|mette|escoge|elige"
    r"|pongo|pone|meto|mete|escolhe|digita|tape|tapes|saisit|choisit|mets|wählt|gibt|eintippe|eingebe|tippt)\s+"
    r"(?P<x>.{2,80}?)\s*(?=\b(?:and|e|et|y|und)\s+(?:it|that|then|sees?|vede|vedo|mi|gli|ça|il|voit|me|le|ve|es|dann)\b"
    r"|[,.:;—–]|$)",
    re.I,
)
_AND = r"\s*(?:,|\band\b|\be\b|\bet\b|\by\b|\bund\b|\bi\b)\s*"
_ARTICLE = re.compile(
    r"^(?:(?:the|no\.?\s+of|number\s+of|la|il|i|le|les|los|las|el|o|os|a|as|die|den|das|der|un|una|des|du|de|del|dei|degli)\s+)+",
    re.I,
)
_OFF = r"off|discount|sconto|descuento|desconto|rabais|remise|réduction|rabatt|nachlass|korting|скидк\w*|indirim|rabat"
_DISCOUNT = re.compile(
    rf"(?:\b(?:{_OFF})\s+(?:of\s+|del\s+|de\s+|di\s+|von\s+)?(?P<p1>{_N})\s*%|(?P<p2>{_N})\s*%\s*(?:de\s+|di\s+)?(?:{_OFF})\b)",
    re.I,
)
_FROM = r"if|from|when|for|da|dal|dai|dès|des|à\s+partir\s+de|ab|desde|a\s+partir\s+de|vanaf|od|от|con|with|per|si|wenn|se"
_WHEN = re.compile(
    rf"\s*(?:(?:{_FROM})\s+)?(?:(?:at\s+least|min\.?|minimum|almeno|al\s+menos|au\s+moins|mindestens)\s+)?(?P<n>\d+)"
    rf"\s*(?P<plus>\+|or\s+more)?\s*(?P<u>{_UNIT})?",
    re.I,
)
_TAX = re.compile(
    rf"(?P<p1>{_N})\s*%\s*(?P<t1>GST|VAT|IVA|TVA|MwSt\.?|USt\.?|BTW|KDV|НДС|tax|taxes|impuesto|imposta|imposto|taxe)\b"
    rf"|\b(?P<t2>GST|VAT|IVA|TVA|MwSt\.?|USt\.?|BTW|KDV|НДС)\s*(?:of\s+|de\s+|di\s+|von\s+)?(?P<p2>{_N})\s*%",
    re.I,
)
# "más un 8 % de roturas", "plus 10% waste", "+ 5 % Verschnitt": a share added to the count
_EXTRA = re.compile(
    rf"(?:\b(?:más|plus|più|mais|extra|add|dazu|zzgl\.?|and)|\+)\s+(?:(?:un|una|a|um|uma|den)\s+)?(?P<p>{_N})\s*%\s*"
    rf"(?:(?:de|of|di|d['’]|für|for|para|por|per)\s+)?(?P<w>{_UNIT})",
    re.I,
)
# "2.90 dès 1 kg": another price from a quantity on
_FROM_RATE = re.compile(rf"{_MONEY}(?!\s*%)\s*(?:{_FROM})\s+(?P<t>{_N})\s*(?P<u>{_UNIT})", re.I)
_SCALE = {"g": ("mass", 1.0), "kg": ("mass", 1000.0), "ml": ("vol", 1.0), "l": ("vol", 1000.0), "cl": ("vol", 10.0),
          "m": ("len", 1.0), "km": ("len", 1000.0), "cm": ("len", 0.01)}  # fmt: skip


def _stem(word: str) -> str:
    return re.sub(r"\W", "", word.casefold())[:4]


def _same(a: str, b: str) -> bool:
    """One unit by two words ('seats' and 'seat', 'giorni' and 'giorno', 'months' and 'month')."""
    return bool(a and b) and (_stem(a) == _stem(b) or _stem(b) in re.sub(r"\W", " ", a.casefold()).split())


def _typed(question: str) -> list[str]:
    m = _TYPED.search(question)
    if m is None:
        return []
    return [_ARTICLE.sub("", p.strip()) for p in re.split(_AND, m["x"]) if p.strip()]


def _options(question: str) -> list[tuple[str, float, str]]:
    """'utilitaria 35 €/giorno, berlina 55 €, SUV 70 €': named prices listed after a colon."""
    body = re.split(r"[:：]", question, maxsplit=1)
    if len(body) < 2:
        return []
    found = []
    for part in re.split(r"\s*[,;]\s*", body[1]):
        m = re.fullmatch(
            rf"(?P<name>{_NAME})\s+{_MONEY}(?:\s*(?:{_PER})\s*{_UNIT})?", part.strip(" .!?"), re.I
        )
        if m is None:
            continue
        if re.fullmatch(_OFF, m["name"], re.I) or (not (m["c1"] or m["c2"]) and not found):
            continue
        found.append((m["name"], *_money(m)))
    return found if len(found) >= 2 else []


def _figures(question: str) -> list[float]:
    return [_num(n) for n in re.findall(r"(?<![\w.,])\d+(?:[.,]\d+)*", question)]


def priced(question: str, lang: str) -> Any | None:
    """A price per unit (or per option picked) times what is typed, with the discount from a quantity
    on, the other price from a quantity on, the share added and the tax on top that are written."""
    options = _options(question)
    rate = next((m for m in _RATE.finditer(question) if not _TAX.match(question, m.start())), None)
    count_rate = _COUNT_RATE.search(question)
    if count_rate is not None and rate is not None and count_rate.start() <= rate.start() < count_rate.end():
        count_rate = None
    if rate is None and not options:
        return None
    typed = _typed(question)
    used_figs: list[float] = []
    used: set[str] = {"base", "total", "net", "gross", "count", "price"}
    inputs: list[dict[str, Any]] = []
    sign = ""
    # the quantity the price is per
    unit = (count_rate["u"] if count_rate else rate["u"] if rate else "") or ""
    per_n = _num(rate["per"].strip()) if rate is not None and rate["per"] else 1.0
    if rate is not None and rate["per"]:
        used_figs.append(per_n)
    qty_label = next((t for t in typed if _same(t, unit)), None)
    in_grams = re.search(
        r"\b(?:en|in|em|w)\s+(?P<u>grammes?|gramos?|grams?|grammi|gramas|gramm)\b", question, re.I
    )
    if qty_label is None:
        rest = [t for t in typed if not (options and re.fullmatch(r"\w+", t) and not _same(t, unit))]
        linked = count_rate is not None or (in_grams is not None and unit.casefold() == "g")
        if len(rest) != 1 or not linked:
            return None  # what is typed is not what the price is per: another rule, not this reader's
        qty_label = rest[0]
    qty_unit = "g" if in_grams else ""
    said_label = qty_label
    if in_grams:
        qty_label = re.sub(rf"\s*{re.escape(in_grams.group(0))}", "", qty_label) or qty_label
    q = ident(qty_label, used)
    inputs.append({"name": q, "label": cap(qty_label) + (f" ({qty_unit})" if qty_unit else ""), "default": 10,
                   "min": 0, "step": 1})  # fmt: skip
    # the price, or the option picked
    shown_rate = ""
    if options:
        what = next(
            (t for t in typed if not _same(t, unit) and t != qty_label), texts.say(lang, "stated.result")
        )
        pick = ident(what, used)
        inputs.insert(0, {"name": pick, "label": cap(what), "type": "select", "options": [o[0] for o in options],
                          "default": options[0][0]})  # fmt: skip
        price = f'if({pick} == "{options[-1][0]}", {_r(options[-1][1])}, 0)'
        for name, value, _ in reversed(options[:-1]):
            price = f'if({pick} == "{name}", {_r(value)}, {price})'
        used_figs += [o[1] for o in options]
        sign = next((s for _, _, s in options if s), "")
        shown_rate = cap(what)
    else:
        value, sign = _money(rate)
        used_figs.append(value)
        price = _r(value)
        shown_rate = _fmt(value, lang)
        second = _FROM_RATE.search(question, rate.end())
        if second is not None:
            v2, t = _money(second)[0], _num(second["t"])
            scale_t = _SCALE.get(second["u"].casefold())
            scale_q = _SCALE.get((qty_unit or rate["u"]).casefold())
            if scale_t and scale_q and scale_t[0] == scale_q[0]:
                t = t * scale_t[1] / scale_q[1]
            elif scale_t or scale_q:
                return None
            used_figs += [v2, _num(second["t"])]
            price = f"if({q} >= {_r(t)}, {_r(v2)}, {_r(value)})"
            shown_rate = f"{_fmt(value, lang)} ({_fmt(v2, lang)} ≥ {_fmt(t, lang)})"
    factors = [q]
    shown = [cap(qty_label)]
    counts = [
        t
        for t in typed
        if t not in (qty_label, said_label) and (not options or _same(t, unit) or t.casefold().endswith("s"))
    ]
    counts = [t for t in counts if not (options and t == (inputs[0]["label"].casefold()))]
    computed: list[dict[str, Any]] = []
    if count_rate is not None:
        # "10 tejas por m² más un 8 % de roturas": how many of the thing, then its price
        n = _num(count_rate["n"])
        used_figs.append(n)
        how_many = f"{q} * {_r(n)}"
        shown_count = f"{cap(qty_label)} × {_fmt(n, lang)}"
        if (extra := _EXTRA.search(question)) is not None:
            used_figs.append(_num(extra["p"]))
            how_many = f"{how_many} * {_r(1 + _num(extra['p']) / 100)}"
            shown_count += f" × (1 + {_fmt(_num(extra['p']), lang)} %)"
        computed.append({"name": "count", "label": cap(count_rate["w"]), "formula": how_many, "decimals": 0})
        if rate is None or not _same(rate["u"], count_rate["w"]):
            return None
        factors, shown = ["count"], [cap(count_rate["w"])]
    else:
        for c in counts:
            name = ident(c, used)
            inputs.append({"name": name, "label": cap(c), "default": 1, "min": 0, "step": 1})
            factors.append(name)
            shown.append(cap(c))
    if per_n != 1:
        factors = [f"{factors[0]} / {_r(per_n)}", *factors[1:]]
        shown[0] = f"{shown[0]} / {_fmt(per_n, lang)}"
    base = (
        " * ".join([*factors, f"({price})"]) if options or "if(" in price else " * ".join([*factors, price])
    )
    label = _fee_name(question, lang) if _FEE.search(question) else texts.say(lang, "own.to_pay")
    formula_shown = " × ".join([*shown, shown_rate])
    formula = base
    if (d := _DISCOUNT.search(question)) is not None:
        pct = _num(d["p1"] or d["p2"])
        used_figs.append(pct)
        cond = _WHEN.match(question, d.end())
        if cond is None:
            before = question[max(0, d.start() - 30) : d.start()]
            cond = re.search(
                rf"(?:{_FROM})\s+(?P<n>\d+)\s*(?P<plus>\+)?\s*(?P<u>{_UNIT})?\s*[,:]?\s*$", before, re.I
            )
        if cond is None:
            return None
        least = float(cond["n"])
        used_figs.append(least)
        target = q
        if cond["u"]:
            match = [i for i in inputs if i.get("type") != "select" and _same(i["label"], cond["u"])]
            if not match and not _same(unit, cond["u"]):
                return None
            target = match[0]["name"] if match else q
        formula = f"({formula}) * (1 - if({target} >= {_r(least)}, {_r(pct / 100)}, 0))"
        formula_shown = f"{formula_shown} − {_fmt(pct, lang)} % (≥ {_fmt(least, lang)})"
    steps = [{"name": "net", "label": label, "formula": formula, "decimals": 2}]
    if (tax := _TAX.search(question)) is not None:
        pct = _num(tax["p1"] or tax["p2"])
        used_figs.append(pct)
        name = tax["t1"] or tax["t2"]
        steps.append({"name": "gross", "label": f"{label} + {name}", "formula": f"net * {_r(1 + pct / 100)}",
                      "decimals": 2})  # fmt: skip
        formula_shown = f"({formula_shown}) × (1 + {_fmt(pct, lang)} % {name})"
    if sorted(round(v, 6) for v in _figures(question)) != sorted(round(v, 6) for v in used_figs):
        return None  # a figure the rule did not place: not this reader's
    money = {"prefix": sign} if sign in ("$", "£", "R$", "US$", "₹") else {"unit": sign} if sign else {}
    for s in steps:
        s.update(money)
    computed += steps
    rule = question[min(m.start() for m in (rate, count_rate, d if d else None) if m is not None) :].strip(
        " .!?"
    )
    if options:
        rule = re.split(r"[:：]", question, maxsplit=1)[1].strip(" .!?")
    return metrics_app(
        short(label, 80), inputs, computed, _answer(lang, label, formula_shown, short(rule, 160))
    )


# ----------------------------------------------------------------------------------- shares of an amount

_SHARES = re.compile(
    rf"(?P<a>[^\W\d][\w'-]*)\s+(?:and|e|et|y|und|i)\s+(?P<b>[^\W\d][\w'-]*)\s*[,;:]?\s*(?P<p>{_N})\s*%\s*"
    rf"(?:and|e|et|y|und|i|,)\s*(?P<q>{_N})\s*%",
    re.I,
)
_GRAMS = re.compile(r"\b(?:grams?|grammi|gramos|grammes?|gramas|gramm)\b", re.I)
_LITRES = re.compile(r"\b(?:lit(?:re|er)s?|litri|litros|litres|liter)\b", re.I)


def shares(question: str, lang: str) -> Any | None:
    """'metto i litri di base e mi dice quanti grammi di zucchero e destrosio, 18% e 4%': each named part
    its percentage of the amount typed. Litres typed and grams asked: the grams per litre are an input
    shown with the page (1,000 g for 1 l until changed), never a density assumed in silence."""
    m = _SHARES.search(question)
    typed = _typed(question) or [
        t
        for t in re.findall(
            r"\b(?:metto|pongo|put\s+in|tape|meto)\s+(.{2,40}?)\s+(?:e|y|and|et)\b", question, re.I
        )
    ]
    if m is None or not typed:
        return None
    if sorted(_figures(question)) != sorted([_num(m["p"]), _num(m["q"])]):
        return None
    amount = _ARTICLE.sub("", typed[0])
    used: set[str] = set()
    x = ident(amount, used)
    inputs: list[dict[str, Any]] = [{"name": x, "label": cap(amount), "default": 10, "min": 0, "step": 0.5}]
    scale = x
    shown = cap(amount)
    if _LITRES.search(amount) and _GRAMS.search(question):
        inputs.append({"name": "g_per_l", "label": "g / l", "default": 1000, "min": 0, "step": 10})
        scale = f"{x} * g_per_l"
        shown = f"{cap(amount)} × g/l"
    unit = "g" if _GRAMS.search(question) else ""
    computed = [
        {"name": ident(part, used), "label": cap(part), "formula": f"{scale} * {_r(_num(p) / 100)}", "decimals": 0,
         "unit": unit}
        for part, p in ((m["a"], m["p"]), (m["b"], m["q"]))
    ]  # fmt: skip
    formula = f"{shown} × {_fmt(_num(m['p']), lang)} % / {_fmt(_num(m['q']), lang)} %"
    title = " / ".join(c["label"] for c in computed)
    return metrics_app(short(title, 80), inputs, computed, _answer(lang, title, formula, m.group(0).strip()))


# ------------------------------------------------------------------------------------------ price list

_QUOTE_WORD = re.compile(
    r"\b(?:quote|quotation|estimate|presupuesto|cotizaci[oó]n|devis|angebot|kostenvoranschlag|preventivo|or[cç]amento"
    r"|offerte|wycena|смета|teklif)\b",
    re.I,
)
_BY = r"x|×|\*|@"
_ITEM_BY = re.compile(rf"^(?P<name>{_NAME})\s*(?:{_BY})\s*{_MONEY}$", re.I)  # "hours x 65"
_ITEM_PER = re.compile(
    rf"^(?P<name>{_NAME}?)\s+(?:{_PER})\s+(?P<u>{_UNIT})\s*{_MONEY}$", re.I
)  # "mixing per song 80"
_ITEM = re.compile(rf"^(?P<name>{_NAME})\s*[:=]?\s*{_MONEY}$", re.I)  # "half day 250"
_ADD_TAX = re.compile(rf"^(?:(?:add|plus|\+|más|mais|più|plus|zzgl\.?|dazu)\s+)?(?:{_TAX.pattern})$", re.I)


def price_list(question: str, lang: str) -> Any | None:
    """'studio quote: hours x 65, half day 250, full day 450, mixing per song 80, add vat 20%': how many
    of each priced item is typed, their sum is the quote, the tax written is added on top. Every part
    after the colon must be a priced item or the tax, and one at least priced by a unit ("x", "per")."""
    if not _QUOTE_WORD.search(question):
        return None
    body = re.split(r"[:：]", question, maxsplit=1)
    if len(body) < 2:
        return None
    used: set[str] = {"net", "gross"}
    inputs: list[dict[str, Any]] = []
    terms, shown, signs = [], [], set()
    tax = None
    by_unit = False
    for part in (p.strip(" .!?") for p in re.split(r"\s*[,;]\s*", body[1])):
        if not part:
            continue
        if (t := _ADD_TAX.match(part)) is not None and tax is None:
            tax = t
            continue
        m = _ITEM_BY.match(part) or _ITEM_PER.match(part)
        if m is not None:
            by_unit = True
            what = f"{m['name'].strip()} ({m['u']})" if "u" in m.groupdict() and m["u"] else m["name"]
        elif (m := _ITEM.match(part)) is not None:
            what = m["name"]
        else:
            return None
        value, sign = _money(m)
        signs.add(sign)
        x = ident(what, used)
        inputs.append({"name": x, "label": cap(what), "default": 1 if not inputs else 0, "min": 0, "step": 1})
        terms.append(f"{x} * {_r(value)}")
        shown.append(f"{cap(what)} × {_fmt(value, lang)}")
    if len(terms) < 2 or not by_unit:
        return None
    sign = next(iter(signs - {""}), "")
    label = texts.say(lang, "own.to_pay")
    money = {"prefix": sign} if sign in ("$", "£", "R$", "US$", "₹") else {"unit": sign} if sign else {}
    computed = [{"name": "net", "label": label, "formula": " + ".join(terms), "decimals": 2, **money}]
    formula_shown = " + ".join(shown)
    if tax is not None:
        pct, name = _num(tax["p1"] or tax["p2"]), tax["t1"] or tax["t2"]
        computed.append({"name": "gross", "label": f"{label} + {name}", "formula": f"net * {_r(1 + pct / 100)}",
                         "decimals": 2, **money})  # fmt: skip
        formula_shown = f"({formula_shown}) × (1 + {_fmt(pct, lang)} % {name})"
    return metrics_app(
        short(cap(body[0].strip()), 80),
        inputs,
        computed,
        _answer(lang, label, formula_shown, short(body[1].strip(" .!?"), 160)),
    )


def quote(question: str, lang: str) -> Any | None:
    """The first stated price rule of this module the question holds, or None."""
    for make in (first_further, add_ons, priced, price_list, shares):
        plan = make(question, lang)
        if plan is not None:
            return plan
    return None

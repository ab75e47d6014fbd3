"""More offline apps, each built only from what the question itself states.

The calculator catalogue in `generators.rules.app` knows a few formulas by name (loans, savings,
BMI…). People also ask for tools whose rule they write down themselves, and those need no world
knowledge: a conversion with its factor ("1 cup = 120 g", "rate 25.000 dong"), tariffs with their
prices ("0,18 €/kWh, the other 0,15 €/kWh plus 5 € fixed"), a rate in units of measure applied to a
quantity typed in its unit ("the weight in kg, 15 mg/kg, max 1 g"), a percentage of an amount ("VAT: amount,
21% on top"), a quantity times its price per unit ("area in m² and price per m²"), one quantity per
another ("distance and time → min per km"), an order form from a price list, a countdown to a date
given, and a quiz from "term translation" pairs. Anything less explicit stays an honest text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_cues import DAYS_LEFT
from generators.rules.numbers import Num, find_numbers
from generators.rules.words import short
from render.formula import RESERVED, UNIT_DIMENSION, UNITS
from render.numerals import localize
from render.plan import parse_plan

PER = r"(?:per|pro|par|por|al|je|za|na|за|на|/|每|あたり|당|لكل|प्रति|başına|mỗi|trên)"
# Items of a list; a comma between digits is a decimal comma ("1,5 veces"), one number, not two items
_SPLIT = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d)|[;，；、\n]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bvà\b|\bve\b|\ben\b|\bи\b|\bو|和|と|及び|및)\s*",
    re.I,
)
_INPUT_VERB = re.compile(
    r"\b(?:enter|input|type(?: in)?|eingeben|eintragen|invoeren|saisir|entrer|inserire|ingresar|introducir|"
    r"introduzir|digitar|ввожу|ввести|вводить|podaję|wpisz|nhập|gir)\b|أدخل|入力|输入|입력",
    re.I,
)


def _plan(data: dict[str, Any]) -> Any:
    return parse_plan({"kind": "app", **data})


def metrics_app(title: str, inputs: list[dict[str, Any]], computed: list[dict[str, Any]], answer: str,
                layout: str | None = "columns") -> Any:  # fmt: skip
    """A calculator's plan: its inputs, and each computed value shown as a metric (side by side, unless
    `layout` is None: the plan's default)."""
    views = [{"type": "metric", "value": c["name"]} for c in computed]
    data = {"title": title, "inputs": inputs, "computed": computed, "views": views, "answer": answer}
    return _plan(data | ({"layout": layout} if layout else {}))


def _r(v: float) -> str:
    """A figure as a formula literal, rounded past float noise (0.1 + 0.2 is written 0.3)."""
    return repr(round(v, 10))


def ident(label: str, used: set[str]) -> str:
    """An ASCII formula name for a label, never a reserved word ('class', 'and') nor a repeat."""
    name = re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9]", "_", label)).strip("_").lower()[:30] or "value"
    if not name[0].isalpha():
        name = "v_" + name
    if name in RESERVED:
        name += "_"
    base, k = name, 2
    while name in RESERVED or name in used:  # "value2", "value3": labels in a script with no ASCII letter
        name, k = f"{base}{k}", k + 1
    used.add(name)
    return name


def _fmt(v: float, lang: str = "en") -> str:
    return localize(f"{v:,.0f}" if v == int(v) else f"{v:,.4f}".rstrip("0").rstrip("."), lang)


def _step(v: float) -> float:
    return 1.0 if v >= 10 or v == 0 else 0.01 if v < 1 else 0.1


# ------------------------------------------------------------------------------------ conversions

_FACTOR = re.compile(
    r"(?<![\d.,])(?P<per>1|\d+(?=\s*[^\W\d][^=\d]{0,20}?\s*[=≈]))\s*([^\W\d][^=\d]{0,20}?)\s*"
    r"(?:=|≈|is|equals|son|sont|sind|это)\s*(?=\d)",
    re.I,
)
"""'1 cup = 120 g', '1 EUR = 1.08 USD', '100円 = 905ウォン' (a rate written per 100: divided out)."""
_RATE_WORDS = re.compile(
    r"exchange rate|\brate\b|tỷ giá|tipo de cambio|taux de change|wechselkurs|\bkurs\b|cambio|câmbio|курс|"
    r"سعر الصرف|汇率|為替|환율|döviz kuru|wisselkoers",
    re.I,
)


def factor_converter(question: str, lang: str) -> Any | None:
    """'1 cup = 120 g' or 'exchange rate 25.000 đồng': a converter with the factor as written."""
    nums = find_numbers(question)
    m = _FACTOR.search(question)
    if m is not None:
        after = [n for n in nums if n.start >= m.end()]
        if not after:
            return None
        factor = after[0]
        source = m.group(2).strip()
        target = factor.unit or factor.currency or _word_after(question, factor.end)
        per = float(m.group("per"))
    else:
        rate = _RATE_WORDS.search(question)
        if rate is None:
            return None
        near = [n for n in nums if 0 <= n.start - rate.end() <= 12 and n.value * n.multiplier > 0]
        if not near:
            return None
        factor = near[0]
        target = factor.unit or factor.currency or _word_after(question, factor.end)
        source = _input_label(question, exclude=factor) or texts.say(lang, "more.amount_word")
        per = 1.0
    value = factor.value * factor.multiplier / per
    if not source or not target or value <= 0:
        return None
    used: set[str] = set()
    a, b = ident(source, used), ident(target, used)
    return _plan(
        {
            "title": short(f"{source} → {target}", 80),
            "inputs": [{"name": a, "label": source, "default": per, "min": 0, "step": _step(per)}],
            "computed": [
                {"name": b, "label": target, "formula": f"{a} * {value!r}"},
                {
                    "name": f"{b}_back",
                    "label": f"{target} → {source}",
                    "formula": f"1 / {value!r}",
                    "decimals": 6,
                },
            ],
            "views": [{"type": "metric", "value": b}],
            "answer": (
                texts.say(lang, "more.factor_answer", source=source, value=_fmt(value, lang), target=target)
                if per == 1
                else texts.say(
                    lang,
                    "more.factor_answer_per",
                    per=_fmt(per, lang),
                    source=source,
                    total=_fmt(value * per, lang),
                    target=target,
                    value=_fmt(value, lang),
                )
            ),
        }
    )


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\s,;.()!?]{1,20})", text[pos:])
    return m.group(1) if m else ""


def _input_label(question: str, exclude: Num | None = None) -> str:
    """The thing the user types, named after an input verb ('enter the amount', 'nhập số đô la')."""
    m = _INPUT_VERB.search(question)
    if m is None:
        return ""
    rest = _SPLIT.split(question[m.end() :].strip(" :"), maxsplit=1)[0]
    if exclude is not None and exclude.text in rest:
        return ""
    rest = re.sub(
        r"^(?:the|a|an|my|your|der|die|das|le|la|les|el|los|o|a|il|lo|het|de|een)\s+", "", rest, flags=re.I
    )
    return short(rest.strip(" .:"), 40)


# --------------------------------------------------------------------------------------- tariffs

_FIXED = re.compile(
    r"fixed|flat|standing charge|fij[oa]s?|fixe?s?|fest|grundgebühr|fiss[oi]|fixo|abono|base|vast|sabit|stał[aey]|"
    r"cố định|固定|基本料|기본료|ثابت|फिक्स्ड",
    re.I,
)


def rate_costs(question: str, lang: str) -> Any | None:
    """Prices per unit written in the question ('0,18 €/kWh', '$2 per kg'), maybe with a fixed fee:
    type the quantity, see each tariff's cost (and the difference between two)."""
    nums = find_numbers(question)
    rates: list[tuple[Num, str]] = []
    for n in nums:
        m = re.match(rf"\s*{PER}\s*([^\W\d][\w²³]{{0,12}})", question[n.end :], re.I)
        if m and (n.currency or n.dim == "money"):
            rates.append((n, m.group(1)))
    if not rates or len({u.lower() for _, u in rates}) != 1:
        return None
    unit = rates[0][1]
    fixed: dict[int, float] = {}
    for n in nums:
        if any(n is r for r, _ in rates) or not (n.currency or n.dim == "money"):
            continue
        if _FIXED.search(question[n.end : n.end + 16]) or _FIXED.search(
            question[max(0, n.start - 16) : n.start]
        ):
            before = [i for i, (r, _) in enumerate(rates) if r.start < n.start]
            if before:
                fixed[before[-1]] = n.value * n.multiplier
    used: set[str] = set()
    qty = ident(unit, used)
    cur = rates[0][0].currency or ""
    computed = []
    for i, (r, _) in enumerate(rates):
        price = r.value * r.multiplier
        formula = f"{qty} * {price!r}" + (f" + {fixed[i]!r}" if i in fixed else "")
        label = f"{_fmt(price, lang)} {cur}/{unit}" + (
            f" + {_fmt(fixed[i], lang)} {cur}" if i in fixed else ""
        )
        computed.append({"name": f"cost_{i + 1}", "label": label, "formula": formula, "decimals": 2})
    if len(rates) == 2:
        computed.append(
            {
                "name": "difference",
                "label": texts.say(lang, "more.difference"),
                "formula": "cost_2 - cost_1",
                "decimals": 2,
            }
        )
    return metrics_app(
        short(texts.say(lang, "more.cost_per", unit=unit), 80),
        [{"name": qty, "label": unit, "type": "number", "default": 100, "min": 0, "step": 1}],
        computed,
        texts.say(lang, "more.rates_answer", unit=unit),
        layout=None,
    )


# ------------------------------------------------------------------------------------- unit rates

# "15 mg/kg", "6 l/100 km", "30 g per m2": an amount of one unit per (a number of) another unit.
_UNIT_RATE = re.compile(
    r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)\s*(?P<top>[a-zA-Z]{1,5}[23²³]?)\s*(?:/|\s(?:per|pro|par|por|je|pour)\s)"
    r"\s*(?:(?P<scale>\d+)\s*)?(?P<bottom>[a-zA-Z]{1,5}[23²³]?)(?![\w/])",
    re.I,
)
# A ceiling on the result: "max 1 g", "maximum of 4 g", "höchstens 2 g", "máximo 1 g", "不超过 1 g".
_CAP = re.compile(
    r"(?:\bmax(?:imum)?\.?(?:\s+of)?|\bup to|\bno more than|\bat most|höchstens|maximal|máximo|maximum|massimo"
    r"|не более|максимум|不超过|最多|上限)\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>[a-zA-Z]{1,5})\b",
    re.I,
)


def _canon(unit: str) -> str:
    return unit.lower().replace("²", "2").replace("³", "3")


def unit_rate(question: str, lang: str) -> Any | None:
    """A rate in units of measure written in the question ('the dose at 15 mg/kg, max 1 g',
    'fertiliser at 30 g per m2'), with the quantity it applies to named in its own unit ('the weight
    in kg'): type the quantity, see quantity × rate, capped where a maximum is stated. Both units
    must be known units of measure, so a ratio of words ('pallets per truck') never becomes one."""
    rates = [m for m in _UNIT_RATE.finditer(question) if _canon(m["top"]) in UNIT_DIMENSION]
    rates = [
        m for m in rates if _canon(m["bottom"]) in UNIT_DIMENSION and _canon(m["bottom"]) != _canon(m["top"])
    ]
    if not 1 <= len(rates) <= 3:
        return None
    rate, more = rates[0], rates[1:]
    top, bottom = _canon(rate["top"]), _canon(rate["bottom"])
    outside = question[: rate.start()] + " " + question[rate.end() :]
    for other in more:
        outside = outside.replace(other.group(0), " ")
    named = re.search(
        rf"(?:(?P<what>[^\W\d]{{2,20}})\s+)?(?:in|en|in|em|на|в|als)\s+{re.escape(rate['bottom'])}\b",
        outside,
        re.I,
    )
    if named is None and not (
        _INPUT_VERB.search(question) and re.search(rf"\b{re.escape(rate['bottom'])}\b", outside, re.I)
    ):
        return None  # the quantity the rate applies to is not something the user types
    value = float(rate["n"].replace(",", ".")) / float(rate["scale"] or 1)
    used: set[str] = set()
    what = (named["what"] if named and named["what"] else "") or bottom
    qty = ident(what, used)
    formula = f"{qty} * {value!r}"
    label = f"{_fmt(float(rate['n'].replace(',', '.')), lang)} {top}/{(rate['scale'] + ' ') if rate['scale'] else ''}{bottom}"
    note = ""
    cap = _CAP.search(outside)
    if cap is not None and UNIT_DIMENSION.get(_canon(cap["unit"])) == UNIT_DIMENSION[top]:
        dim = UNITS[UNIT_DIMENSION[top]]
        limit = float(cap["n"].replace(",", ".")) * dim[_canon(cap["unit"])] / dim[top]
        limit = float(f"{limit:.12g}")  # 1 g / 0.001 is 1000.0000000000001 in binary
        formula = f"min({formula}, {limit!r})"
        note = texts.say(lang, "more.at_most", limit=_fmt(limit, lang), unit=top)
    # Further rates convert the result by its unit: "… 15 mg/kg and how many ml of the 120 mg/5 ml"
    computed = [{"name": "result", "label": top, "formula": formula, "decimals": 2}]
    unit = top
    for k, other in enumerate(more, 1):
        o_top, o_bottom = _canon(other["top"]), _canon(other["bottom"])
        o_value = float(other["n"].replace(",", ".")) / float(other["scale"] or 1)
        prev = computed[-1]["name"]
        if o_top == unit:
            step, unit = f"{prev} / {o_value!r}", o_bottom
        elif o_bottom == unit:
            step, unit = f"{prev} * {o_value!r}", o_top
        else:
            return None  # a rate that does not follow from the result: not a chain the user wrote
        computed.append({"name": f"result_{k}", "label": unit, "formula": step, "decimals": 2})
        label += f" → {other.group(0).strip()}"
    return metrics_app(
        short(f"{label}{note}", 80),
        [
            {
                "name": qty,
                "label": short(f"{what} ({bottom})", 60),
                "type": "number",
                "default": 10,
                "min": 0,
                "step": 1,
            }
        ],
        computed,
        texts.say(lang, "more.unit_rate_answer", what=what, unit=bottom, rule=label, cap=note),
        layout=None,
    )


# ------------------------------------------------------------------------------------ percentages

_ADD = re.compile(
    r"on top|added|\badds?\b|plus|incl|\bwith\b|erbij|bovenop|dazu|zzgl|zuzüglich|\bmit\b|en plus|\bmás\b|\bcon\b|"
    r"\bcom\b|ekle|doliczy|cộng|加上|加|込み|포함|\+",
    re.I,
)
_AMOUNT = re.compile(
    r"amount|bedrag|betrag|montant|importe|monto|valor|importo|сумм|المبلغ|राशि|金额|金額|금액|số tiền|kwot|tutar|price|prijs|preis|prix|precio",
    re.I,
)


def percent_tool(question: str, lang: str) -> Any | None:
    """One percentage and an amount to type: the share, and the total when it is added on top."""
    pcts = [n for n in find_numbers(question) if n.pct]
    if len(pcts) != 1:
        return None
    p = pcts[0].value
    label_m = _AMOUNT.search(question)
    label = _input_label(question, exclude=pcts[0]) or (
        label_m.group(0) if label_m else texts.say(lang, "more.amount")
    )
    adds = bool(_ADD.search(question[max(0, pcts[0].start - 12) : pcts[0].end + 16]))
    pct = _fmt(p, lang)
    computed = [{"name": "share", "label": f"{pct}%", "formula": f"amount * {p!r} / 100", "decimals": 2}]
    if adds:
        computed.append(
            {"name": "total", "label": f"{label} + {pct}%", "formula": "amount + share", "decimals": 2}
        )
    return metrics_app(
        short(f"{label} · {pct}%", 80),
        [{"name": "amount", "label": label, "default": 100, "min": 0, "step": 1}],
        computed,
        texts.say(
            lang,
            "more.percent_answer_added" if adds else "more.percent_answer",
            label=texts.lower(label, lang),
            pct=pct,
        ),
        layout=None,
    )


# ------------------------------------------------------------------------------------- countdowns

_COUNTDOWN = re.compile(
    r"countdown|counts?\s+down|counting\s+down|days (?:until|till|to|left)|cuenta (?:atrás|regresiva)|compte à rebours|"
    r"conto alla rovescia|contagem regressiva|обратный отсчёт|倒计时|カウントダウン|카운트다운|aftellen|aftelklok|geri sayım|odliczani|đếm ngược"
    + r"|"
    + DAYS_LEFT,
    re.I,
)
_MONTHS = {
    1: "jan|january|januar|janvier|enero|gennaio|janeiro|januari|ocak|stycz",
    2: "feb|february|februar|février|febrero|febbraio|fevereiro|februari|şubat|lut",
    3: "mar|march|märz|mars|marzo|março|maart|mart|marz",
    4: "apr|april|avril|abril|aprile|nisan|kwie",
    5: "may|mai|mayo|maggio|maio|mei|mayıs|maj",
    6: "jun|june|juni|juin|junio|giugno|junho|haziran|czerw",
    7: "jul|july|juli|juillet|julio|luglio|julho|temmuz|lip",
    8: "aug|august|août|agosto|augustus|ağustos|sierp",
    9: "sep|sept|september|septembre|septiembre|settembre|setembro|eylül|wrze",
    10: "oct|october|oktober|octobre|octubre|ottobre|outubro|ekim|paźdz",
    11: "nov|november|novembre|noviembre|novembro|kasım|listop",
    12: "dec|december|dezember|décembre|diciembre|dicembre|dezembro|aralık|grud",
}


# Days with a fixed place in the calendar, named instead of dated ("countdown to christmas"): (month, day).
_FIXED_DAYS: dict[tuple[int, int], str] = {
    (
        12,
        24,
    ): r"christmas\s+eve|nochebuena|heiligabend|heiligen\s+abend|vigilia\s+di\s+natale|wigili\w*|véspera\s+de\s+natal",
    (
        12,
        31,
    ): r"new\s+year'?s\s+eve|nochevieja|silvester|saint-sylvestre|san\s+silvestro|réveillon|oudejaars\w*|sylwester\w*",
    (
        12,
        25,
    ): r"christmas|xmas|navidad|noël|noel|weihnacht\w*|natale|natal|kerstmis|kerst|boże\s+narodzenie|圣诞|聖誕|クリスマス|크리스마스|क्रिसमस",
    (
        1,
        1,
    ): r"new\s+year'?s?(?:\s+day)?|año\s+nuevo|nouvel\s+an|neujahr|capodanno|ano\s+novo|nieuwjaar|новый\s+год|nowy\s+rok|yılbaşı|元旦|新年|お正月|正月|새해|신정",
    (10, 31): r"halloween",
    (
        2,
        14,
    ): r"valentine'?s?(?:\s+day)?|san\s+valent[ií]n|saint-valentin|valentinstag|san\s+valentino|dia\s+dos\s+namorados|valentijn\w*|walentynki|情人节|バレンタイン|발렌타인",
}


def _date_in(question: str, today: date) -> date | None:
    for (month, day), names in _FIXED_DAYS.items():  # "christmas eve" before "christmas"
        if re.search(rf"(?<![A-Za-z])(?:{names})(?![A-Za-z])", question, re.I):
            return _next(today, month, day, question)
    if (m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", question)) is not None:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if (m := re.search(r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]", question)) is not None:
        return _next(today, int(m[1]), int(m[2]), question)  # "6月14日", "11월 14일"
    for month, names in _MONTHS.items():
        m = re.search(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:{names})\w*|\b(?:{names})\w*\s+(\d{{1,2}})\b",
            question,
            re.I,
        )
        if m is None:
            continue
        return _next(today, month, int(m.group(1) or m.group(2)), question)
    return None


def _next(today: date, month: int, day: int, question: str) -> date | None:
    """The day and month given, in the year written or else the next time it comes round."""
    year = int(y.group(1)) if (y := re.search(r"(?<!\d)(20\d\d)(?!\d)", question)) else today.year
    try:
        when = date(year, month, day)
        return when if when >= today or y else date(year + 1, month, day)
    except ValueError:
        return None


def countdown(question: str, lang: str, today: date | None = None) -> Any | None:
    """'a countdown to our wedding on 14 june': days from today to the date given."""
    if not _COUNTDOWN.search(question):
        return None
    today = today or date.today()
    target = _date_in(question, today)
    if target is None:
        return None

    def say(key: str, **fields: str) -> str:
        return texts.say(lang, key, **fields)

    return _plan(
        {
            "title": short(question, 80),
            "inputs": [
                {"name": "today", "label": say("more.today"), "type": "date", "default": today.isoformat()},
                {"name": "target", "label": say("more.date"), "type": "date", "default": target.isoformat()},
            ],
            "computed": [
                {"name": "days", "label": say("more.days_to_go"), "formula": "days_between(today, target)"}
            ],
            "views": [{"type": "metric", "value": "days"}],
            "answer": say(
                "more.countdown_answer",
                days=(target - today).days,
                today=today.isoformat(),
                target=target.isoformat(),
            ),
        }
    )


# ------------------------------------------------------------------------------------ order forms

# "coffee 3.20", "cake: €4.50", one item per line or comma; a label of one to four words
# "coffee 3.20", "- Bolo 1kg: R$ 90": a name (a size like "1kg" may be part of it), then its price
_PRICED = re.compile(
    r"(?:^|(?<=[\n,;，；:]))\s*(?:[-*•]\s*)?([^\W\d][^\W\d]*(?:[ '-](?:[^\W\d]+|\d+(?:[.,]\d+)?\s?(?:kg|g|l|ml|cl|cm)\b)){0,3})"
    r"\s*[:=]?\s*(?:R\$|[$€£₹₺₽])?\s?(\d+(?:[.,]\d{1,2})?)(?![\d.,]?\d)",
    re.M,
)


def order_form(question: str, lang: str) -> Any | None:
    """A price list ('coffee 3.20, tea 2.80, cake 4.50'): a quantity per item and the total."""
    items: list[tuple[str, float]] = []
    for m in _PRICED.finditer(question):
        items.append((m.group(1).strip(), float(m.group(2).replace(",", "."))))
    if len(items) < 2 or len({n.lower() for n, _ in items}) != len(items):
        return None
    used: set[str] = set()
    inputs, terms = [], []
    for name, price in items[:30]:
        key = ident(name, used)
        inputs.append(
            {
                "name": key,
                "label": f"{name} ({_fmt(price, lang)})",
                "default": 0,
                "min": 0,
                "max": 100,
                "step": 1,
            }
        )
        terms.append(f"{key} * {price!r}")
    return _plan(
        {
            "title": texts.say(lang, "more.order"),
            "inputs": inputs,
            "computed": [
                {
                    "name": "items",
                    "label": texts.say(lang, "more.items"),
                    "formula": " + ".join(i["name"] for i in inputs),
                },
                {
                    "name": "total",
                    "label": texts.say(lang, "more.total"),
                    "formula": " + ".join(terms),
                    "decimals": 2,
                },
            ],
            "views": [{"type": "metric", "value": "total"}, {"type": "metric", "value": "items"}],
            "layout": "columns",
            "answer": texts.say(lang, "more.order_answer"),
        }
    )


# --------------------------------------------------------------------- named quantities and ratios

_DIMS: dict[str, str] = {
    "time": r"time|duration|tijd|zeit|dauer|tiempo|temps|durée|tempo|durata|время|时间|時間|시간|süre|czas|thời gian"
    r"|hours?|stunden|horas|heures|ore\b|часы|uren|saat|godzin\w*|giờ|min(?:utes?)?\b",
    "length": r"distance|afstand|strecke|entfernung|distancia|distância|distanza|расстояни\w*|距离|距離|거리|mesafe"
    r"|dystans|odległość|quãng đường|\bkm\b|kilomet\w*|miles?\b",
    "volume": r"lit(?:er|re|r)\w*|\bl\b|gallons?|galon",
    "area": r"\barea\b|fläche|superficie|surface|área|площадь|面积|面積|면적|\balan\b|powierzchni\w*|diện tích|oppervlakte|m²|m2\b",
}
_PRICE = r"price|cost|rate|tarif\w*|prix|precio|preço|prezzo|цена|价格|単価|가격|fiyat|cena|giá|prijs|preis|kosten|stundensatz"


def _dim_of(text: str) -> str:
    for dim, pattern in _DIMS.items():
        if re.search(pattern, text, re.I):
            return dim
    return ""


_CHANGE_AND_SEE = re.compile(
    r"\b(?:change|try|adjust|tweak|vary|move|drag|enter|type)\s+(?:the\s+|my\s+|our\s+)?(.{3,80}?)\s+(?:and|to)\s+see\b",
    re.I,
)


def _items(question: str) -> list[str]:
    """The quantities the user will type: listed after a colon or an input verb, or between 'change'
    and 'and see', before '→'."""
    head = re.split(r"→|->|=>", question)[0]
    if (m := _CHANGE_AND_SEE.search(head)) is not None:
        head = ":" + m.group(1)
    m = _INPUT_VERB.search(head)
    body = (
        head[m.end() :] if m and len(head) - m.end() > 6 else head.split(":", 1)[-1] if ":" in head else head
    )
    parts = [
        re.sub(r"^(?:the|my|our|your|a|an)\s+", "", p.strip(" ."), flags=re.I) for p in _SPLIT.split(body)
    ]
    if any(re.search(r"\d", p) and not re.search(r"\bper\s+\d", p, re.I) for p in parts):
        return []  # "horas y tarifa, las horas extra a 1,5 veces": a figure stated is a rule not read here
    return [p for p in parts if 1 <= len(p.split()) <= 5]


def named_formula(question: str, lang: str) -> Any | None:
    """Two quantities named in the question and how they combine, read from the wording alone: one
    has a price per the other ('area in m² and price per m²', 'hours and my rate') → their product;
    the result is one per the other ('distance and time → min per km') → their ratio."""
    items = _items(question)
    out = re.search(
        rf"([^\W\d]{{1,12}})\s+{PER}\s+(\d+\s*)?([^\W\d][\w²]{{0,10}})",
        question.split(":")[-1] if "→" not in question else question.split("→")[-1],
        re.I,
    )
    used: set[str] = set()
    if out and len(items) >= 2 and not re.search(_PRICE, out.group(1), re.I):
        top, bottom = (
            _dim_of(out.group(1)) or out.group(1).lower(),
            _dim_of(out.group(3)) or out.group(3).lower(),
        )
        scale = float(out.group(2)) if out.group(2) else 1.0
        num = next((i for i in items if (_dim_of(i) or i.lower()) == top), None)
        den = next((i for i in items if (_dim_of(i) or i.lower()) == bottom and i != num), None)
        if num and den:
            a, b = ident(num, used), ident(den, used)
            label = f"{out.group(1)} / {_fmt(scale, lang) + ' ' if scale != 1 else ''}{out.group(3)}"
            formula = f"{a} / {b}" + (f" * {scale!r}" if scale != 1 else "")
            return _two_inputs(num, a, den, b, label, formula, lang)
    priced = [i for i in items if re.search(_PRICE, i, re.I)]
    others = [i for i in items if i not in priced]
    if len(priced) == 1 and len(others) == 1:
        a, b = ident(others[0], used), ident(priced[0], used)
        return _two_inputs(others[0], a, priced[0], b, texts.say(lang, "more.total"), f"{a} * {b}", lang)
    return None


def _two_inputs(la: str, a: str, lb: str, b: str, label: str, formula: str, lang: str) -> Any:
    return _plan(
        {
            "title": short(label, 80),
            "inputs": [
                {"name": a, "label": short(la, 60), "default": 10, "min": 0, "step": 1},
                {"name": b, "label": short(lb, 60), "default": 1, "min": 0, "step": 0.1},
            ],
            "computed": [{"name": "result", "label": short(label, 60), "formula": formula, "decimals": 2}],
            "views": [{"type": "metric", "value": "result"}],
            "answer": texts.say(
                lang, "more.formula_answer", label=label, formula=formula.replace("*", "×").replace("/", "÷")
            ),
        }
    )


# ----------------------------------------------------------------------------------- quiz pairs


def term_pairs(text: str) -> list[tuple[str, str]]:
    """'perro dog, gato cat, casa house' or 'H2O water, NaCl salt': a term and its answer, written
    with a space between them, when every item of the list has that shape."""
    body = re.split(r"[:：]\s*", text, maxsplit=1)[-1]
    parts = [p.strip(" .") for p in re.split(r"[,，;；、،\n]+", body) if p.strip(" .")]
    pairs = []
    for p in parts:
        words = p.split()
        if not 2 <= len(words) <= 4:
            return []
        pairs.append((words[0], " ".join(words[1:])))
    return pairs if len(pairs) >= 3 else []


def explicit(question: str, lang: str) -> Any | None:
    """Rules written out in the question, which win over a catalogue calculator of the same name."""
    return (
        budget_left(question, lang)  # "he gets $20/week… sees what's left": a budget, not a weekly tariff
        or factor_converter(question, lang)
        or rate_costs(question, lang)
        or unit_rate(question, lang)
        or period_log(question, lang)  # "a savings tracker where I type each week…": sums, not interest
    )


# ------------------------------------------------------------------------------------- checklists

# Ticking things off, in the planner's languages: what one does with a checklist, never with a picture.
_TICK = re.compile(
    r"\b(?:tick|check|cross|mark)(?:ed|ing|s)?\s+(?:them\s+|it\s+|things\s+|th[eo]se\s+|(?:the|my|our)\s+\w+\s+)?off\b"
    r"|\bcheck\s?box|\btick\s?box|"
    r"\bto-?do\b|\bmark\s+(?:it\s+|them\s+|each\s+)?(?:as\s+)?done\b|abhak|ankreuz|cocher|coche[rz]?\b|"
    r"marcar|tachar|spuntar|отмеча|отметить|вычерк|afvink|aanvink|işaretle|打勾|勾选|打钩|チェックを?(?:入れ|つけ)|"
    r"체크(?:하|할)|تأشير|टिक",
    re.I,
)


def _lines_after_colon(question: str) -> tuple[str, list[str]] | None:
    """A line ending in a colon, then one short item a line with no mark before it ("box step", "copa"):
    the user's list, a line an item; None when a line reads as a sentence (it ends in . ? !)."""
    lines = [ln.strip() for ln in question.splitlines() if ln.strip()]
    if len(lines) < 3 or not lines[0].endswith((":", "：")):
        return None
    items = [re.sub(r"^(?:[-*+•]|\d{1,2}[.)])\s+", "", ln) for ln in lines[1:]]
    if any(len(it) > 80 or re.search(r"[.?!。？！]$", it) for it in items):
        return None
    from generators.rules.content import clean_lead

    return clean_lead(lines[0]), items


# The last run of a message after a pause (an emoji, a colon, a dash): "…wer am meisten gemacht hat 😅 Bad,
# Küche, Flur, Müll"
_LAST_RUN = re.compile(
    r"(?:[:：—–]|\s[-]\s|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)\s*(?P<run>[^:：—–\n\U0001F300-\U0001FAFF]+?)[\s.!]*$"
)


def _listed_last(question: str) -> tuple[str, list[str]] | None:
    """Three short items or more, comma-separated, after the message's last pause: the things to tick
    ("Putzplan … zum Abhaken 😅 Bad, Küche, Flur, Müll"), the words before them its name."""
    m = _LAST_RUN.search(question)
    if m is None:
        return None
    items = [it.strip() for it in re.split(r"\s*[,;、，]\s*", m.group("run")) if it.strip()]
    if len(items) < 3 or any(len(it.split()) > 3 or len(it) > 40 for it in items):
        return None
    from generators.rules.content import clean_lead

    return clean_lead(question[: m.start()]), items


def checklist(question: str, lang: str) -> Any | None:
    """'something where I can tick off my packing list: passport, charger, meds': the user's own
    items as a checklist that shows progress as they are ticked. Only the items given, none added."""
    if not _TICK.search(question):
        return None
    from generators.rules.content import supplied

    given = supplied(question)
    if given is not None and len(given.items) >= 2 and not given.sections:
        lead, listed = given.lead, given.items
    elif (lined := _lines_after_colon(question) or _listed_last(question)) is not None:
        lead, listed = lined  # "somewhere to tick these off as my class learns them:\nbox step\ncopa"
    else:
        return None
    items = [short(it, 80) for it in listed[:50]]
    return _plan(
        {
            "title": short(lead or question, 80),
            "views": [{"type": "checklist", "items": items}],
            "answer": texts.say(lang, "more.checklist_answer", n=len(items), items="; ".join(items)),
        }
    )


# ------------------------------------------------------------------------------------ period logs

# "type each day's sales", "log how much I put in every week", "chaque mois", "每天": one value per period.
_EACH_PERIOD = re.compile(
    r"\b(?:each|every)\s+(?P<en>day|week|month)|\bcada\s+(?P<es>d[ií]a|semana|m[eê]s)|"
    r"\bchaque\s+(?P<fr>jour|semaine|mois)|\bjede[nrs]?\s+(?P<de>tag|woche|monat)|\bogni\s+(?P<it>giorno|settimana|mese)|"
    r"(?P<zh>每天|每日|每周|每月)|(?P<ja>毎日|毎週|毎月)",
    re.I,
)
_LOG_VERB = re.compile(
    r"\b(?:type[sd]?|enter(?:s|ed)?|input|log(?:s|ged)?|put in|puts in|fill in|add|eingeben|eintragen|saisir|entrer|noter|anotar|apuntar|introducir|"
    r"inserire|segnare|digitar|registrar|apunto|anoto|meto|pongo|escribo|note|tape|saisis|rentre|trage|gebe|"
    r"coloco|digito|segno|inserisco)\b|输入|记录|入力|記録",
    re.I,
)
_SUMMED = re.compile(
    r"\b(?:total|sum|add(?:s|ed)? up|in all|average|mean|how close|goal|target|suma|promedio|somme|moyenne|summe|"
    r"durchschnitt|ziel|objetivo|meta|objectif|totale|media)\b|合计|总共|总和|平均|目标|合計|目標",
    re.I,
)
_GOAL = re.compile(
    r"(?:\b(?:goal|target|objetivo|meta|objectif|ziel|obiettivo)\b[^\d]{0,20}|\b(?:close|closer|near)\b[^\d]{0,20}"
    r"\bto\s+|目标[^\d]{0,6}|目標[^\d]{0,6})(?P<n>[$€£¥]?\s?\d[\d,.]*\s?[kK]?)",
    re.I,
)
_PERIOD_SLOTS = {"day": 7, "week": 4, "month": 12}
_PERIOD_OF = {
    "día": "day", "dia": "day", "jour": "day", "tag": "day", "giorno": "day", "每天": "day", "每日": "day", "毎日": "day",
    "semana": "week", "semaine": "week", "woche": "week", "settimana": "week", "每周": "week", "毎週": "week",
    "mes": "month", "mês": "month", "mois": "month", "monat": "month", "mese": "month", "每月": "month", "毎月": "month",
}  # fmt: skip


def _lead_title(question: str) -> str:
    """The words before the colon, as a title ("a savings tracker: i type …" → "Savings tracker"); the
    question itself, shortened, where it has no such lead."""
    from generators.rules.content import topic_of

    lead = re.split(r"[:：]", question, maxsplit=1)[0] if re.search(r"[:：]", question) else ""
    return short(topic_of(lead) or question, 80)


def period_log(question: str, lang: str) -> Any | None:
    """'a dashboard where I type each day's sales and it shows the week total', 'I put in money every
    week and it shows how close I am to $2000': one input per period, their total and average, and
    the distance to a goal when the user names one. Only sums of what is typed: no formula assumed."""
    each = _EACH_PERIOD.search(question)
    if each is None or not _SUMMED.search(question):
        return None
    verbs = list(_LOG_VERB.finditer(question[max(0, each.start() - 40) : each.start()]))
    gap = question[max(0, each.start() - 40) : each.start()][verbs[-1].end() :] if verbs else ""
    if not verbs or re.search(r"\b(?:and|then|it|y|et|und|e|que|qui|dann)\b|[,;:]", gap, re.I):
        return None  # what is typed is each period's value ("I put in … each week"), not a loan amount
    word = next(g for g in each.groups() if g).lower()
    period = _PERIOD_OF.get(word, word)

    def say(key: str, **fields: object) -> str:
        return texts.say(lang, key, **fields)

    n = _PERIOD_SLOTS[period]
    names = {"day": say("more.weekdays").split("|"), "month": say("more.months").split("|")}.get(period) or [
        say("more.week", n=i) for i in range(1, n + 1)
    ]
    inputs = [
        {"name": f"p{i + 1}", "label": label, "default": 0, "min": 0, "step": 1}
        for i, label in enumerate(names)
    ]
    computed = [
        {
            "name": "total",
            "label": say("more.total"),
            "formula": " + ".join(i["name"] for i in inputs),
            "decimals": 2,
        },
        {"name": "average", "label": say(f"more.average.{period}"), "formula": f"total / {n}", "decimals": 2},
    ]
    goal_m = _GOAL.search(question)
    goal = find_numbers(goal_m.group("n")) if goal_m else []
    answer = say(f"more.period_answer.{period}")
    if goal:
        g = goal[0].value * goal[0].multiplier
        computed += [
            {"name": "to_go", "label": say("more.left_to", goal=_fmt(g, lang)), "formula": f"max({g!r} - total, 0)",
             "decimals": 2},
            {"name": "progress", "label": say("more.progress"), "formula": f"min(total / {g!r} * 100, 100)",
             "decimals": 0, "unit": "%"},
        ]  # fmt: skip
        answer += say("more.period_goal", goal=_fmt(g, lang))
    return metrics_app(_lead_title(question), inputs, computed, answer + ".")


# ------------------------------------------------------------------------------------ what is left

_LEFT = re.compile(
    r"\b(?:what'?s|what is|how much(?: is)?|how much (?:he|she|i|we|they) ha(?:s|ve))\s+left\b|\bremaining\b|"
    r"\b(?:lo que|cu[aá]nto)\s+(?:le|me|nos)\s+queda|\bce qui (?:lui|me|nous) reste|\bcombien il (?:lui|me) reste|"
    r"\bwas (?:ihm|ihr|mir|uns) (?:noch )?übrig|\bquanto (?:lhe|me) sobra|\bquanto (?:gli|le|mi) resta|还剩|剩下|残り"
    # what is still missing to a goal ("quanto falta pra meta", "how far we are from the goal")
    r"|\b(?:quanto|cu[aá]nto)\s+(?:nos\s+|me\s+)?falta|\bcombien il (?:nous |me )?manque|\bwie\s*viel (?:uns |mir )?(?:noch )?fehlt"
    r"|\bquanto (?:ci |mi )?manca|\bhoeveel er nog|\bile (?:nam |mi )?brakuje|сколько (?:нам |мне )?(?:ещё )?не хватает"
    r"|\bhow (?:much|far)\s+(?:is\s+)?(?:left|(?:we|i)\s+(?:still\s+)?(?:need|are|am)\s+(?:from|to))",
    re.I,
)
_GOAL_WORD = re.compile(
    r"\b(?:goal|target|meta|objetivo|ziel\w*|objectif|obiettivo|traguardo|doel|cel|hedef|цел[ьи])\b|目标|目標|목표|هدف|लक्ष्य",
    re.I,
)


def budget_left(question: str, lang: str) -> Any | None:
    """'he gets $20/week: something where he types what he spends and sees what's left': the one
    amount given is the budget; each purchase typed is taken off it. Nothing but a subtraction."""
    if not _LEFT.search(question) or not _LOG_VERB.search(question):
        return None
    nums = [n for n in find_numbers(question) if not n.is_year]
    if len(nums) != 1 or nums[0].pct:
        return None
    budget = nums[0].value * nums[0].multiplier

    def say(key: str, **fields: str) -> str:
        return texts.say(lang, key, **fields)

    money = nums[0].dim == "money"
    sign = nums[0].text[0] if nums[0].text[:1] in ("$", "€", "£", "¥", "₹", "₩", "₽") else ""
    unit = (nums[0].currency if not sign else "") if money else nums[0].unit
    shown = f"{sign}{_fmt(budget, lang)}" + (f" {unit}" if unit else "")
    goal = _GOAL_WORD.search(question) is not None  # donations towards a goal: what is still missing
    if goal and re.search(
        r"\b(?:each|every|per|a)\s+(?:week|month|day)\b|\bweekly\b|\bmonthly\b", question, re.I
    ):
        return None  # "each week I enter what I put away": a log by period (`period_log`) shows the goal too
    item, total = (
        (say("more.entry"), say("save.goal_in"))
        if goal
        else (say("more.purchase"), say("more.spent"))
        if money
        else (say("more.entry"), say("more.used"))
    )
    inputs = [
        {"name": f"spent{i}", "label": f"{item} {i}", "default": 0, "min": 0, "step": 1} for i in range(1, 6)
    ]
    computed = [
        {"name": "spent", "label": total, "formula": " + ".join(i["name"] for i in inputs), "decimals": 2,
         "prefix": sign, "unit": unit},
        {"name": "left", "label": say("save.goal_left" if goal else "more.left_of", budget=shown),
         "formula": f"max({budget!r} - spent, 0)" if goal else f"{budget!r} - spent", "decimals": 2,
         "prefix": sign, "unit": unit},
    ]  # fmt: skip
    return _plan(
        {
            "title": say("save.goal_left", budget=shown) if goal else _lead_title(question),
            "inputs": inputs,
            "computed": computed,
            "views": [{"type": "metric", "value": "left"}, {"type": "metric", "value": "spent"}],
            "layout": "columns",
            "answer": say(
                "save.goal_answer" if goal else "more.budget_answer_money" if money else "more.budget_answer",
                budget=shown,
            ),
        }
    )


def implicit(question: str, lang: str) -> Any | None:
    """Tools read from the wording when no catalogue calculator fits."""
    for make in (checklist, countdown, percent_tool, order_form, named_formula):
        plan = make(question, lang)
        if plan is not None:
            return plan
    return None

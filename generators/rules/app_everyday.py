"""Everyday calculators whose formula is a definition, not a fact: fuel for a trip, an hourly wage
from a salary, tiles or paint for a room, a price after a discount, a gross margin, an IV drip rate,
a rent or a wage after a percentage increase, a dose by body weight, feed for a herd, fertiliser for
a field, a one-rep max by Epley's estimate.

People ask for these without writing the rule ("ich gebe km und verbrauch ein und er sagt mir die
spritkosten", "a calculator for how many tiles I need"), and the rule is arithmetic anyone can check:
litres = km × l/100 km ÷ 100, hourly = monthly × 12 ÷ (hours a week × 52). Nothing about the user is
assumed: every figure is an input, its default is a number the user wrote in that input's unit, or
else an example the answer says is one. Each calculator is a row of data (`CALCULATORS`), built the
same way, so a new one is a new row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generators.rules import app_texts as texts
from render.plan import parse_plan


@dataclass(frozen=True)
class In:
    """An input; its label is `app_texts` "<calculator>.<name>"."""

    name: str
    example: float
    unit: str = ""
    after: str = ""
    """What follows the user's figure for this input: its unit ("km", "l/100 km", "%", "coats")."""
    money: bool = False
    """Or the figure is an amount of money (a currency sign or word before or after it)."""
    step: float = 1.0


@dataclass(frozen=True)
class Out:
    """A result; its label is `app_texts` "<calculator>.<name>"."""

    name: str
    formula: str
    decimals: int = 2
    unit: str = ""


@dataclass(frozen=True)
class Calc:
    """A calculator; its title is `app_texts` "<calculator>.title" and its formula in words, shown in
    the answer so the user can check it, "<calculator>.rule"."""

    inputs: tuple[In, ...]
    outputs: tuple[Out, ...]


_PERCENT = r"\s*(?:%|percent|per cent|prozent|por ?ciento|pour ?cent|per ?cento|procent)"  # after a rate
_L100 = r"\s*(?:l|litres?|liters?)\s*/\s*100\s*km|\s*l/100"
CALCULATORS: dict[str, Calc] = {
    "fuel": Calc(
        (
            In("distance", 100, "km", r"\s*(?:km|kilomet\w*|км)\b", step=10),
            In("consumption", 7, "l/100 km", after=_L100, step=0.1),
            In("price", 1.8, "", money=True, step=0.01),
        ),
        (
            Out("litres", "distance * consumption / 100", 1, "l"),
            Out("cost", "litres * price", 2),
        ),
    ),
    "hourly": Calc(
        (
            In("salary", 3000, "", money=True, step=50),
            In(
                "hours",
                40,
                "h",
                r"\s*(?:h|hrs?|hours?|stunden|std|horas?|heures?|ore|uur|saat|godzin\w*|час\w*|小时|時間|시간|घंटे)",
                step=0.5,
            ),
        ),
        (Out("hourly", "salary * 12 / (hours * 52)", 2),),
    ),
    "tiles": Calc(
        (
            In(
                "length",
                4,
                "m",
                r"\s*(?:m\b(?!²|2)|(?:x|×|by)\s*\d+(?:[.,]\d+)?\s*m\b(?!²|2))",
                step=0.1,
            ),
            In("width", 3, "m", r"\s*(?:m|meters?|metres?|metr\w*|м)\b(?!²|2)", step=0.1),
            In("tile_l", 30, "cm", r"\s*(?:cm|(?:x|×|by)\s*\d+\s*cm)", step=1),
            In("tile_w", 30, "cm", r"\s*(?:cm|см)\b", step=1),
            In(
                "spare",
                10,
                "%",
                _PERCENT,
                step=1,
            ),
        ),
        (
            Out("area", "length * width", 2, "m²"),
            Out("tiles", "ceil(area / (tile_l * tile_w / 10000) * (1 + spare / 100))", 0),
        ),
    ),
    "paint": Calc(
        (
            In(
                "walls",
                14,
                "m",
                r"\s*(?:m|meters?|metres?|metr\w*|м)\b(?!²|2)",
                step=0.5,
            ),
            In("height", 2.5, "m", r"\s*(?:m|meters?|metres?|metr\w*|м)\b(?!²|2)", step=0.1),
            In("openings", 4, "m²", r"\s*(?:m²|m2|sq ?m)", step=0.5),
            In(
                "coats",
                2,
                "",
                after=r"\s*(?:coats?|couches?|capas?|anstriche?|mani|слоя|слоёв|kat)",
                step=1,
            ),
            In(
                "coverage",
                10,
                "m²/l",
                after=r"\s*(?:m²|m2)\s*(?:/|per|pro)\s*(?:l\b|lit)",
                step=0.5,
            ),
        ),
        (
            Out("area", "max(0, walls * height - openings)", 1, "m²"),
            Out("litres", "area * coats / coverage", 1, "l"),
        ),
    ),
    "discount": Calc(
        (
            In("price", 100, "", money=True, step=1),
            In(
                "discount",
                20,
                "%",
                _PERCENT,
                step=1,
            ),
            In(
                "quantity",
                1,
                "",
                after=r"\s*(?:x\b|pcs|pieces|units|items|stück|st\.|шт|個|개|件)",
                step=1,
            ),
        ),
        (
            Out("unit_price", "price * (1 - discount / 100)", 2),
            Out("total", "unit_price * quantity", 2),
            Out("saved", "price * quantity - total", 2),
        ),
    ),
    "margin": Calc(
        (
            In("price", 25, "", money=True, step=0.5),
            In("cost", 15, "", money=True, step=0.5),
            In(
                "quantity",
                100,
                "",
                after=r"\s*(?:units|pcs|pieces|items|stück|шт|個|개|件)",
                step=1,
            ),
        ),
        (
            Out("revenue", "price * quantity", 2),
            Out("profit", "(price - cost) * quantity", 2),
            Out("margin", "if(price > 0, (price - cost) / price * 100, 0)", 1, "%"),
        ),
    ),
    "drip": Calc(
        (
            In("volume", 500, "ml", r"\s*(?:ml|мл|毫升)\b(?!\s*/)", step=50),
            In(
                "hours",
                4,
                "h",
                r"\s*(?:h|hrs?|hours?|stunden|std|horas?|heures?|ore|uur|saat|godzin\w*|час\w*|小时|時間|시간|घंटे)",
                step=0.25,
            ),
            In(
                "factor",
                20,
                "drops/ml",
                after=r"\s*(?:drops?|gtt|tropfen|gotas|gouttes|gocce|капел\w*|滴)",
                step=1,
            ),
        ),
        (
            Out("ml_h", "volume / hours", 1, "ml/h"),
            Out("drops", "volume * factor / (hours * 60)", 0, "drops/min"),
        ),
    ),
    "npv": Calc(
        (
            In("initial", 10000, "", money=True, step=100),
            In("cashflow", 3000, "", money=True, step=100),
            In(
                "years",
                5,
                "",
                r"\s*(?:years?|yrs?|jahre?n?|años|ans|anni|anos|jaar|lat|yıl|лет|года?|年)",
                step=1,
            ),
            In("rate", 8, "%", r"\s*%", step=0.5),
        ),
        (
            Out("npv", "pv(rate / 100, years, -cashflow) - initial", 0),
            Out("total", "cashflow * years", 0),
        ),
    ),
    "increase": Calc(
        (
            In("amount", 1000, "", money=True, step=10),
            In(
                "percent",
                3,
                "%",
                _PERCENT,
                step=0.1,
            ),
        ),
        (
            Out("change", "amount * percent / 100", 2),
            Out("new", "amount + change", 2),
        ),
    ),
    "dose": Calc(
        (
            In("weight", 70, "kg", r"\s*(?:kg|kilo\w*|кг)\b(?!\s*/)", step=0.5),
            In("per_kg", 10, "mg/kg", r"\s*mg\s*/\s*kg", step=0.5),
            In("cap", 1000, "mg", r"\s*mg\b(?!\s*/)", step=10),
        ),
        (Out("dose", "min(weight * per_kg, cap)", 1, "mg"),),
    ),
    "feed": Calc(
        (
            In(
                "head",
                50,
                "",
                r"\s*(?:head|animals?|cows?|sheep|pigs?|cabezas?|animales|vacas|têtes|tiere|kühe|dieren|koeien|sztuk)\b",
                step=1,
            ),
            In(
                "ration",
                12,
                "kg",
                r"\s*kg\s*/\s*(?:head|day|día|dia|tag|jour|dag)",
                step=0.5,
            ),
            In("days", 30, "days", r"\s*(?:days?|días|dias|tage|jours|dagen|dni|gün)\b", step=1),
        ),
        (Out("total", "head * ration * days", 0, "kg"),),
    ),
    "fertiliser": Calc(
        (
            In("rate", 120, "kg/ha", r"\s*kg\s*/\s*ha", step=5),
            In("area", 10, "ha", r"\s*(?:ha|hectares?|hektar\w*|hectáreas?)\b(?!\s*/)", step=0.5),
            In("content", 27, "%", r"\s*%", step=0.5),
        ),
        (Out("product", "if(content > 0, rate * area / (content / 100), 0)", 0, "kg"),),
    ),
    "one_rm": Calc(
        (
            In("weight", 60, "kg", r"\s*(?:kg|kilos?|lbs?|pounds?)\b", step=2.5),
            In(
                "reps",
                5,
                "",
                r"\s*(?:reps?|repetitions?|herhalingen|wiederholungen|repeticiones|repetições|ripetizioni|répétitions"
                r"|повтор\w*|tekrar\w*|powtórze\w*|回|회|次)",
            ),
        ),
        (Out("one_rm", "weight * (1 + reps / 30)", 1),),
    ),
    # Daily calories by the Mifflin-St Jeor estimate: every factor of it is an input the user sets
    "calorie": Calc(
        (
            In("weight", 70, "kg", r"\s*(?:kg|kilos?|кг)\b", step=0.5),
            In("height", 170, "cm", r"\s*(?:cm|см)\b", step=1),
            In(
                "age",
                35,
                "years",
                r"\s*(?:years?|yrs?|y/o|jahre?|años|anos|ans|anni|jaar|år|tahun|tuổi|лет|yaş|lat|歳|岁|살)\b",
            ),
            In("male", 1, ""),
            In("activity", 1.4, "", step=0.05),
        ),
        (
            Out(
                "bmr",
                "10 * weight + 6.25 * height - 5 * age + if(male >= 1, 5, -161)",
                0,
                "kcal",
            ),
            Out("tdee", "bmr * activity", 0, "kcal"),
        ),
    ),
    "zakat": Calc(
        (
            In("wealth", 20000, "", money=True, step=100),
            In("debts", 0, "", step=100),
            In("nisab", 6000, "", step=100),
        ),
        (
            Out("net", "max(0, wealth - debts)", 2),
            Out("zakat", "if(net >= nisab, net * 0.025, 0)", 2),
        ),
    ),
}


# A figure: "1,80" and "3.5" are decimals, "1,200" and "1.200" thousands (three digits after the mark).
_NUMBER = re.compile(r"(?<![\w.,])\d{1,9}(?:[.,]\d{3})*(?:[.,]\d{1,2}(?!\d))?")
_BY = re.compile(r"(?<=\d)\s*[x×]\s*(?=\d)")
_CURRENCY = r"€|\$|£|¥|₹|₺|₽|eur|euros?|dollars?|usd|gbp|chf|zł|zl|tl|lira|руб\w*|元|円|원|rs\.?|reais|r\$|pesos?|dh|sar|aed|ريال|درهم|रुपये"
_MONEY_AFTER = re.compile(rf"\s*(?:{_CURRENCY})(?!\w)", re.I)
_MONEY_BEFORE = re.compile(rf"(?:{_CURRENCY})\s*$", re.I)


def _value(m: re.Match[str]) -> float:
    raw = m.group(0)
    head, _, tail = raw.replace(",", ".").rpartition(".")
    if head and len(tail) <= 2:
        return float(head.replace(".", "") + "." + tail)
    return float(raw.replace(",", "").replace(".", ""))


def build(name: str, question: str, lang: str = "en") -> Any:
    """The calculator `name` with the user's numbers where their unit tells which input they are,
    its words in `lang`."""
    calc = CALCULATORS[name]

    def say(key: str, **fields: str) -> str:
        return texts.say(lang, key, **fields)

    question = _BY.sub(" x ", question)  # "60x30 cm": two figures
    nums = list(_NUMBER.finditer(question))
    used: set[int] = set()
    inputs, examples = [], []
    for spec in calc.inputs:
        value = None
        for i, n in enumerate(nums):
            rest = question[n.end() :]
            if i not in used and (
                (spec.after and re.match(spec.after, rest, re.I))
                or (spec.money and (_MONEY_AFTER.match(rest) or _MONEY_BEFORE.search(question[: n.start()])))
            ):
                value, _ = _value(n), used.add(i)
                break
        label = say(f"{name}.{spec.name}")
        if value is None:
            examples.append(texts.lower(label, lang))
        inputs.append(
            {
                "name": spec.name,
                "label": label,
                "default": value if value is not None else spec.example,
                "min": 0,
                "step": spec.step,
                "unit": _unit(spec.unit, lang),
            }
        )
    note = say("everyday.examples", names=", ".join(examples)) if examples else ""
    outputs = list(calc.outputs)
    rule = say(f"{name}.rule")
    if name == "discount" and (least := _threshold(question)) is not None:
        # "10% de descuento desde 6 botellas": the discount only from their quantity on, never on one bottle
        outputs = [
            Out(o.name, f"price * (1 - if(quantity >= {least:g}, discount, 0) / 100)", o.decimals, o.unit)
            if o.name == "unit_price"
            else o
            for o in outputs
        ]
        rule += f" ({say('discount.discount')}: {texts.lower(say('discount.quantity'), lang)} ≥ {least:g})"
    return parse_plan(
        {
            "kind": "app",
            "title": say(f"{name}.title"),
            "inputs": inputs,
            "computed": [
                {
                    "name": o.name,
                    "label": say(f"{name}.{o.name}"),
                    "formula": o.formula,
                    "decimals": o.decimals,
                    "unit": _unit(o.unit, lang),
                }
                for o in outputs
            ],
            "views": [{"type": "metric", "value": o.name} for o in outputs],
            "answer": note + say("everyday.answer", rule=rule),
        }
    )


# The least quantity a discount starts at: "from 6 bottles", "desde 6 botellas", "à partir de 6", "ab 6
# Flaschen", "6 or more", "at least 6", "6本以上", "满6瓶". Never a percentage or an amount of money.
_LEAST = re.compile(
    r"(?:\b(?:from|desde|a\s+partir\s+de|à\s+partir\s+de|dès|ab|vanaf|od|at\s+least|al\s+menos|pelo\s+menos|au\s+moins"
    r"|mindestens|almeno|minstens|en\s+az|не\s+менее|от)\s+|满|滿)(\d{1,4})(?![\d.,%])(?!\s*(?:%|"
    + _CURRENCY
    + r"))"
    r"|(?<![\d.,])(\d{1,4})\s*(?:\+|\s(?:or|o|ou|oder|of)\s+(?:more|más|mais|plus|mehr|più|meer)\b|[^\W\d]{0,3}以上)",
    re.I,
)


def _threshold(question: str) -> float | None:
    """The quantity a discount starts at, if the user wrote one."""
    m = _LEAST.search(question)
    return float(m.group(1) or m.group(2)) if m else None


def _unit(unit: str, lang: str) -> str:
    """A unit written in words ("days", "drops/ml") in `lang`; symbols ("km", "%") as they are."""
    return texts.say(lang, "unit." + unit) if "unit." + unit in texts.EN else unit

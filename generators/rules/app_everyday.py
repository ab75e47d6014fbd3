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

from render.plan import parse_plan


@dataclass(frozen=True)
class In:
    name: str
    label: str
    example: float
    unit: str = ""
    after: str = ""
    """What follows the user's figure for this input: its unit ("km", "l/100 km", "%", "coats")."""
    money: bool = False
    """Or the figure is an amount of money (a currency sign or word before or after it)."""
    step: float = 1.0


@dataclass(frozen=True)
class Out:
    name: str
    label: str
    formula: str
    decimals: int = 2
    unit: str = ""


@dataclass(frozen=True)
class Calc:
    title: str
    inputs: tuple[In, ...]
    outputs: tuple[Out, ...]
    rule: str
    """The formula in words, shown in the answer so the user can check it."""


_PERCENT = r"\s*(?:%|percent|per cent|prozent|por ?ciento|pour ?cent|per ?cento|procent)"  # after a rate
_L100 = r"\s*(?:l|litres?|liters?)\s*/\s*100\s*km|\s*l/100"
CALCULATORS: dict[str, Calc] = {
    "fuel": Calc(
        "Fuel cost",
        (
            In("distance", "Distance", 100, "km", r"\s*(?:km|kilomet\w*|км)\b", step=10),
            In("consumption", "Consumption", 7, "l/100 km", after=_L100, step=0.1),
            In("price", "Fuel price per litre", 1.8, "", money=True, step=0.01),
        ),
        (
            Out("litres", "Fuel needed", "distance * consumption / 100", 1, "l"),
            Out("cost", "Cost", "litres * price", 2),
        ),
        "litres = distance × consumption ÷ 100; cost = litres × price per litre",
    ),
    "hourly": Calc(
        "Hourly wage",
        (
            In("salary", "Monthly pay", 3000, "", money=True, step=50),
            In(
                "hours",
                "Hours per week",
                40,
                "h",
                r"\s*(?:h|hrs?|hours?|stunden|std|horas?|heures?|ore|uur|saat|godzin\w*|час\w*|小时|時間|시간|घंटे)",
                step=0.5,
            ),
        ),
        (Out("hourly", "Hourly wage", "salary * 12 / (hours * 52)", 2),),
        "hourly = monthly pay × 12 ÷ (hours a week × 52 weeks)",
    ),
    "tiles": Calc(
        "Tiles for a floor",
        (
            In(
                "length",
                "Room length",
                4,
                "m",
                r"\s*(?:m\b(?!²|2)|(?:x|×|by)\s*\d+(?:[.,]\d+)?\s*m\b(?!²|2))",
                step=0.1,
            ),
            In("width", "Room width", 3, "m", r"\s*(?:m|meters?|metres?|metr\w*|м)\b(?!²|2)", step=0.1),
            In("tile_l", "Tile length", 30, "cm", r"\s*(?:cm|(?:x|×|by)\s*\d+\s*cm)", step=1),
            In("tile_w", "Tile width", 30, "cm", r"\s*(?:cm|см)\b", step=1),
            In(
                "spare",
                "Spare for cuts",
                10,
                "%",
                _PERCENT,
                step=1,
            ),
        ),
        (
            Out("area", "Floor area", "length * width", 2, "m²"),
            Out("tiles", "Tiles to buy", "ceil(area / (tile_l * tile_w / 10000) * (1 + spare / 100))", 0),
        ),
        "tiles = floor area ÷ one tile's area, plus the spare for cuts, rounded up",
    ),
    "paint": Calc(
        "Paint for a room",
        (
            In(
                "walls",
                "Total wall length",
                14,
                "m",
                r"\s*(?:m|meters?|metres?|metr\w*|м)\b(?!²|2)",
                step=0.5,
            ),
            In("height", "Wall height", 2.5, "m", r"\s*(?:m|meters?|metres?|metr\w*|м)\b(?!²|2)", step=0.1),
            In("openings", "Doors and windows", 4, "m²", r"\s*(?:m²|m2|sq ?m)", step=0.5),
            In(
                "coats",
                "Coats",
                2,
                "",
                after=r"\s*(?:coats?|couches?|capas?|anstriche?|mani|слоя|слоёв|kat)",
                step=1,
            ),
            In(
                "coverage",
                "Coverage per litre",
                10,
                "m²/l",
                after=r"\s*(?:m²|m2)\s*(?:/|per|pro)\s*(?:l\b|lit)",
                step=0.5,
            ),
        ),
        (
            Out("area", "Area to paint", "max(0, walls * height - openings)", 1, "m²"),
            Out("litres", "Paint needed", "area * coats / coverage", 1, "l"),
        ),
        "litres = (walls × height − doors and windows) × coats ÷ coverage per litre",
    ),
    "discount": Calc(
        "Price after discount",
        (
            In("price", "Price", 100, "", money=True, step=1),
            In(
                "discount",
                "Discount",
                20,
                "%",
                _PERCENT,
                step=1,
            ),
            In(
                "quantity",
                "Quantity",
                1,
                "",
                after=r"\s*(?:x\b|pcs|pieces|units|items|stück|st\.|шт|個|개|件)",
                step=1,
            ),
        ),
        (
            Out("unit_price", "Price each after discount", "price * (1 - discount / 100)", 2),
            Out("total", "Total", "unit_price * quantity", 2),
            Out("saved", "You save", "price * quantity - total", 2),
        ),
        "total = price × (1 − discount ÷ 100) × quantity",
    ),
    "margin": Calc(
        "Gross margin",
        (
            In("price", "Selling price per unit", 25, "", money=True, step=0.5),
            In("cost", "Cost per unit", 15, "", money=True, step=0.5),
            In(
                "quantity",
                "Units sold",
                100,
                "",
                after=r"\s*(?:units|pcs|pieces|items|stück|шт|個|개|件)",
                step=1,
            ),
        ),
        (
            Out("revenue", "Revenue", "price * quantity", 2),
            Out("profit", "Gross profit", "(price - cost) * quantity", 2),
            Out("margin", "Gross margin", "if(price > 0, (price - cost) / price * 100, 0)", 1, "%"),
        ),
        "gross profit = (price − cost) × units; margin = (price − cost) ÷ price",
    ),
    "drip": Calc(
        "IV drip rate",
        (
            In("volume", "Volume", 500, "ml", r"\s*(?:ml|мл|毫升)\b(?!\s*/)", step=50),
            In(
                "hours",
                "Time",
                4,
                "h",
                r"\s*(?:h|hrs?|hours?|stunden|std|horas?|heures?|ore|uur|saat|godzin\w*|час\w*|小时|時間|시간|घंटे)",
                step=0.25,
            ),
            In(
                "factor",
                "Drop factor",
                20,
                "drops/ml",
                after=r"\s*(?:drops?|gtt|tropfen|gotas|gouttes|gocce|капел\w*|滴)",
                step=1,
            ),
        ),
        (
            Out("ml_h", "Rate", "volume / hours", 1, "ml/h"),
            Out("drops", "Drops per minute", "volume * factor / (hours * 60)", 0, "drops/min"),
        ),
        "drops per minute = volume × drop factor ÷ minutes; ml/h = volume ÷ hours",
    ),
    "npv": Calc(
        "Net present value",
        (
            In("initial", "Investment today", 10000, "", money=True, step=100),
            In("cashflow", "Cash in per year", 3000, "", money=True, step=100),
            In(
                "years",
                "Years",
                5,
                "",
                r"\s*(?:years?|yrs?|jahre?n?|años|ans|anni|anos|jaar|lat|yıl|лет|года?|年)",
                step=1,
            ),
            In("rate", "Discount rate", 8, "%", r"\s*%", step=0.5),
        ),
        (
            Out("npv", "Net present value", "pv(rate / 100, years, -cashflow) - initial", 0),
            Out("total", "Cash in, undiscounted", "cashflow * years", 0),
        ),
        "net present value = the yearly cash in, each year discounted at the rate, minus the investment today",
    ),
    "increase": Calc(
        "New amount after a percentage increase",
        (
            In("amount", "Current amount", 1000, "", money=True, step=10),
            In(
                "percent",
                "Increase",
                3,
                "%",
                _PERCENT,
                step=0.1,
            ),
        ),
        (
            Out("change", "Increase", "amount * percent / 100", 2),
            Out("new", "New amount", "amount + change", 2),
        ),
        "new amount = current amount × (1 + increase ÷ 100)",
    ),
    "dose": Calc(
        "Weight-based dose",
        (
            In("weight", "Body weight", 70, "kg", r"\s*(?:kg|kilo\w*|кг)\b(?!\s*/)", step=0.5),
            In("per_kg", "Dose per kg", 10, "mg/kg", r"\s*mg\s*/\s*kg", step=0.5),
            In("cap", "Maximum dose", 1000, "mg", r"\s*mg\b(?!\s*/)", step=10),
        ),
        (Out("dose", "Dose", "min(weight * per_kg, cap)", 1, "mg"),),
        "dose = body weight × dose per kg, never above the maximum dose",
    ),
    "feed": Calc(
        "Feed needed",
        (
            In(
                "head",
                "Animals",
                50,
                "",
                r"\s*(?:head|animals?|cows?|sheep|pigs?|cabezas?|animales|vacas|têtes|tiere|kühe|dieren|koeien|sztuk)\b",
                step=1,
            ),
            In(
                "ration",
                "Ration per animal per day",
                12,
                "kg",
                r"\s*kg\s*/\s*(?:head|day|día|dia|tag|jour|dag)",
                step=0.5,
            ),
            In("days", "Days", 30, "days", r"\s*(?:days?|días|dias|tage|jours|dagen|dni|gün)\b", step=1),
        ),
        (Out("total", "Feed needed", "head * ration * days", 0, "kg"),),
        "feed = animals × ration per animal per day × days",
    ),
    "fertiliser": Calc(
        "Fertiliser needed",
        (
            In("rate", "Nutrient rate", 120, "kg/ha", r"\s*kg\s*/\s*ha", step=5),
            In("area", "Area", 10, "ha", r"\s*(?:ha|hectares?|hektar\w*|hectáreas?)\b(?!\s*/)", step=0.5),
            In("content", "Nutrient content of the fertiliser", 27, "%", r"\s*%", step=0.5),
        ),
        (Out("product", "Fertiliser needed", "if(content > 0, rate * area / (content / 100), 0)", 0, "kg"),),
        "fertiliser = nutrient rate × area ÷ the fertiliser's nutrient content",
    ),
    "one_rm": Calc(
        "One-rep max (Epley)",
        (
            In("weight", "Weight lifted", 60, "kg", r"\s*(?:kg|kilos?|lbs?|pounds?)\b", step=2.5),
            In(
                "reps",
                "Repetitions",
                5,
                "",
                r"\s*(?:reps?|repetitions?|herhalingen|wiederholungen|repeticiones|repetições|ripetizioni|répétitions"
                r"|повтор\w*|tekrar\w*|powtórze\w*|回|회|次)",
            ),
        ),
        (Out("one_rm", "Estimated one-rep max", "weight * (1 + reps / 30)", 1),),
        "1RM ≈ weight × (1 + reps ÷ 30), Epley's estimate (for sets of up to about 10 reps)",
    ),
    # Daily calories by the Mifflin-St Jeor estimate: every factor of it is an input the user sets
    "calorie": Calc(
        "Daily calories (Mifflin-St Jeor)",
        (
            In("weight", "Weight", 70, "kg", r"\s*(?:kg|kilos?|кг)\b", step=0.5),
            In("height", "Height", 170, "cm", r"\s*(?:cm|см)\b", step=1),
            In(
                "age",
                "Age",
                35,
                "years",
                r"\s*(?:years?|yrs?|y/o|jahre?|años|anos|ans|anni|jaar|år|tahun|tuổi|лет|yaş|lat|歳|岁|살)\b",
            ),
            In("male", "Sex (1 = male, 0 = female)", 1, ""),
            In("activity", "Activity factor (1.2 sitting … 1.9 very active)", 1.4, "", step=0.05),
        ),
        (
            Out(
                "bmr",
                "Calories at rest (BMR)",
                "10 * weight + 6.25 * height - 5 * age + if(male >= 1, 5, -161)",
                0,
                "kcal",
            ),
            Out("tdee", "Calories a day at this activity", "bmr * activity", 0, "kcal"),
        ),
        "calories at rest = 10 × kg + 6.25 × cm − 5 × age, + 5 for men or − 161 for women (Mifflin-St Jeor);"
        " a day's calories = that × the activity factor (1.2 sitting, 1.375 light, 1.55 moderate, 1.725 active,"
        " 1.9 very active)",
    ),
    "zakat": Calc(
        "Zakat",
        (
            In("wealth", "Wealth held for a lunar year", 20000, "", money=True, step=100),
            In("debts", "Debts due now", 0, "", step=100),
            In("nisab", "Nisab (threshold, today's value)", 6000, "", step=100),
        ),
        (
            Out("net", "Zakatable wealth", "max(0, wealth - debts)", 2),
            Out("zakat", "Zakat due", "if(net >= nisab, net * 0.025, 0)", 2),
        ),
        "zakat = 2.5% of the wealth held for a lunar year, less debts due, when it reaches the nisab",
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


def build(name: str, question: str) -> Any:
    """The calculator `name` with the user's numbers where their unit tells which input they are."""
    calc = CALCULATORS[name]
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
        if value is None:
            examples.append(spec.label.lower())
        inputs.append(
            {
                "name": spec.name,
                "label": spec.label,
                "default": value if value is not None else spec.example,
                "min": 0,
                "step": spec.step,
                "unit": spec.unit,
            }
        )
    note = f"Example values, not yours, for: {', '.join(examples)}; put in your own. " if examples else ""
    return parse_plan(
        {
            "kind": "app",
            "title": calc.title,
            "inputs": inputs,
            "computed": [
                {
                    "name": o.name,
                    "label": o.label,
                    "formula": o.formula,
                    "decimals": o.decimals,
                    "unit": o.unit,
                }
                for o in calc.outputs
            ],
            "views": [{"type": "metric", "value": o.name} for o in calc.outputs],
            "answer": f"{note}How it is worked out: {calc.rule}.",
        }
    )

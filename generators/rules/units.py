"""Units of measure as people write them after a number, in the languages the planner reads.

A number's unit says what it measures: 8 km is a distance, 7 hours a duration, 2 litres a volume.
Numbers measuring different things never share a chart axis (`qdata.comparable`), so the words
below are grouped by dimension, not translated one by one. Matching is on the token right after the
number (or glued to it: "62mm", "10km", "7小时"), case-insensitive, longest first.
"""

from __future__ import annotations

import re
from functools import cache

# fmt: off
UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    # dimension → canonical unit → surface forms
    "length": {
        "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilómetros", "kilómetro",
               "kilomètres", "kilomètre", "kilometri", "kilometro", "quilômetros", "quilómetros", "км",
               "километр", "километров", "километра", "किमी", "किलोमीटर", "公里", "千米", "킬로미터", "キロメートル",
               "كم", "كيلومتر", "كيلومترات"),
        "m": ("metre", "metres", "meter", "meters", "metros", "mètres", "metri", "метр", "метров", "मीटर", "米",
              "미터", "メートル", "متر", "أمتار", "م"),
        "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters", "centímetros", "см", "厘米",
               "센티미터", "センチ"),
        "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters", "milímetros", "мм", "毫米", "밀리미터",
               "ミリ"),
        "mi": ("mi", "mile", "miles", "millas", "milles", "meilen", "миль"),
        "ft": ("ft", "feet", "foot", "pies"),
        "in": ("inch", "inches", "pulgadas"),
    },
    "area": {
        "m²": ("m²", "m2", "sqm", "sq m", "square metres", "square meters", "metros cuadrados", "м²", "㎡", "平方米",
               "平米"),
        "km²": ("km²", "km2", "square kilometres", "square kilometers"),
        "sq ft": ("sq ft", "sqft", "square feet"),
        "ha": ("ha", "hectare", "hectares", "hectáreas", "hektar", "ettari", "ettaro", "hektary", "hektarów", "га",
               "гектар", "гектара", "гектаров", "公顷", "헥타르", "ヘクタール", "हेक्टेयर", "هكتار", "هكتارات"),
        "acres": ("acre", "acres"),
    },
    "mass": {
        "kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilogramos",
               "chilogrammi", "кг", "килограмм", "किलो", "公斤", "千克", "킬로그램", "キロ"),
        "g": ("g", "gram", "grams", "gramme", "grammes", "gramos", "grammi", "г", "грамм", "ग्राम", "克", "그램",
              "グラム"),
        "mg": ("mg", "milligram", "milligrams", "milligramme", "milligrammes", "miligramos", "milligrammi", "мг",
               "मिलीग्राम", "毫克", "밀리그램", "ミリグラム", "ملغ"),
        "µg": ("µg", "mcg", "microgram", "micrograms", "мкг"),
        "lb": ("lb", "lbs", "pound weight"),
        "t": ("tonne", "tonnes", "ton", "tons", "toneladas", "тонн", "吨"),
    },
    "volume": {
        "l": ("l", "litre", "litres", "liter", "liters", "litros", "litro", "litri", "литр", "литра", "литров",
              "लीटर", "升", "리터", "リットル"),
        "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters", "мл", "毫升"),
        "gal": ("gal", "gallon", "gallons", "galones"),
        # cubic metres of ice, water or gas: a volume, never the area "平方米" beside it
        "m³": ("m³", "m3", "㎥", "cubic metres", "cubic meters", "metros cúbicos", "mètres cubes", "kubikmeter",
               "metri cubi", "м³", "куб. м", "кубометров", "立方米", "立方", "세제곱미터", "立方メートル", "متر مكعب"),
    },
    "duration": {
        "h": ("h", "hr", "hrs", "hour", "hours", "horas", "hora", "heures", "heure", "stunden", "stunde", "std",
              "ore", "ora", "час", "часа", "часов", "घंटे", "घंटा", "小时", "个小时", "時間", "시간", "ساعة", "ساعات",
              "ساعتان", "ساعتين", "saat",
              # Swedish, Indonesian, Vietnamese
              "timmar", "timme", "jam", "giờ"),
        "min": ("min", "mins", "minute", "minutes", "minutos", "minuto", "minuten", "minuti", "минут", "минуты",
                "мин", "मिनट", "分钟", "分間", "분", "دقيقة", "دقائق", "dakika", "dk",
                "minuter", "menit", "phút"),
        "s": ("sec", "secs", "second", "seconds", "segundos", "secondes", "sekunden", "secondi", "секунд", "सेकंड",
              "秒", "초", "sekunder", "detik", "giây"),
        "days": ("day", "days", "días", "dias", "jours", "tage", "tagen", "giorni", "дней", "дня", "दिन", "天",
                 "日間", "일간", "يوم", "يومًا", "يوما", "أيام", "gün", "dni", "dagen", "dagar", "hari", "ngày"),
        "weeks": ("week", "weeks", "semanas", "semaines", "wochen", "settimane", "недель", "सप्ताह", "週間", "주", "أسبوع", "أسابيع", "hafta", "tygodni", "tygodnie", "weken", "veckor"),
        "months": ("month", "months", "meses", "mois", "monate", "monaten", "mesi", "месяцев", "महीने", "个月",
                   "ヶ月", "か月", "개월", "شهر", "شهرًا", "شهرا", "أشهر", "شهور", "miesięcy", "miesiące", "maanden", "månader"),
        "years": ("year", "years", "yrs", "años", "ans", "jahre", "jahren", "anni", "лет", "года", "साल", "年间", "سنة", "سنوات", "عام", "أعوام", "yıl", "lat", "jaar"),
    },
    "energy": {
        "kcal": ("kcal", "cal", "calorie", "calories", "calorías", "calorie", "kalorien", "калорий", "ккал",
                 "कैलोरी", "卡路里", "大卡", "千卡", "칼로리", "キロカロリー", "سعرة حرارية", "سعرة", "سعرات حرارية",
                 "سعرات", "kalori"),
        "kWh": ("kwh", "kw h"),
    },
    "temperature": {
        "°C": ("°c", "ºc", "°", "degrees", "degree", "grados", "degrés", "grad", "gradi", "градусов", "градуса",
               "डिग्री", "度", "도"),
        "°F": ("°f", "ºf", "fahrenheit"),
    },
    "data": {
        "GB": ("gb", "gigabytes", "gigabyte", "гб"), "MB": ("mb", "megabytes"), "TB": ("tb", "terabytes"),
        "KB": ("kb", "kilobytes"), "Mbps": ("mbps", "mbit/s"),
    },
    # doses counted in tablets, drops or insulin units: never one axis with milligrams, times or each other
    "tablets": {
        "tablets": ("tablet", "tablets", "pill", "pills", "capsule", "capsules", "comprimé", "comprimés",
                    "tablette", "tabletten", "comprimido", "comprimidos", "compressa", "compresse", "pastilla",
                    "pastillas", "таблетка", "таблетки", "таблеток", "गोली", "गोलियां", "قرص", "أقراص", "錠", "粒",
                    "片", "알", "정", "tablet", "hap"),
    },
    "drops": {
        "drops": ("drop", "drops", "gotas", "gouttes", "tropfen", "gocce", "капли", "капель", "滴", "방울", "damla"),
    },
    "insulin units": {
        "units": ("units", "unità", "unidades", "unités", "einheiten", "единиц", "единицы", "ünite", "eenheden",
                  "यूनिट", "وحدات", "单位", "単位", "단위"),
    },
    "speed": {"km/h": ("km/h", "kmh", "kph", "km/u", "км/ч", "كم/س", "كم/ساعة", "km/sa"), "mph": ("mph",), "m/s": ("m/s",)},
    "pressure": {"psi": ("psi",), "kPa": ("kpa",), "mmHg": ("mmhg",)},  # not "bar": a bar chart
    # a game's record: wins, losses, points and a place are four different things, never one axis
    "wins": {"wins": ("wins", "win", "승", "勝", "胜", "galibiyet", "победы", "побед", "victorias", "victoires", "siege")},
    "losses": {"losses": ("losses", "loss", "패", "敗", "负", "mağlubiyet", "поражения", "поражений", "derrotas",
                          "défaites", "niederlagen")},
    "points": {"points": ("points", "pts", "점", "点", "ポイント", "puan", "очков", "очка", "puntos", "punkte", "punti")},
}
# fmt: on

PERCENT = "percent"
MONEY = "money"


_HANGUL = re.compile(r"[\uac00-\ud7af]")
# What may follow a Korean unit in one word: a particle or a duration ending ("30분에", "2시간반", "10분씩").
_KO_AFTER_UNIT = re.compile(r"[이가은는을를도의에씩만부까동정쯤간과와로으째반짜]")


@cache
def _unit_regex() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    lookup: dict[str, tuple[str, str]] = {}
    for dim, units in UNITS.items():
        for canon, forms in units.items():
            for form in forms:
                lookup.setdefault(form.lower(), (dim, canon))
    alts = sorted(lookup, key=len, reverse=True)
    latin_end = (
        r"(?![A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff²/\d])"  # "week2" after a number is the next label
    )
    parts = []
    for form in alts:
        esc = re.escape(form).replace(r"\ ", r"\s?")
        # "1500 مواصلات" is transport, not metres: a letter word ends where its letters end
        parts.append(esc + (latin_end if re.search(r"[a-z\u0400-\u04ff\u0600-\u06ff]$", form) else ""))
    return re.compile(r"\s?(?:" + "|".join(parts) + ")", re.I), lookup


def unit_after(text: str, pos: int) -> tuple[str, str, int] | None:
    """(dimension, canonical unit, end) of a unit written at `pos` (right after a number), or None."""
    rx, lookup = _unit_regex()
    m = rx.match(text, pos)
    if not m:
        return None
    form = re.sub(r"\s+", " ", m.group(0).strip().lower())
    found = lookup.get(form) or lookup.get(form.replace(" ", ""))
    if found is None:
        return None
    if m.group(0)[:1].isspace() and _HANGUL.match(form) and _HANGUL.match(text, m.end()):
        return None  # "외과 7 정형외과 9": a word after the space that begins like a counter (정), not one
    if _HANGUL.match(form) and _HANGUL.match(text, m.end()) and not _KO_AFTER_UNIT.match(text, m.end()):
        return None  # "1분단 12그릇": a numbered word (row 1) that begins like a unit (분), not 1 minute
    if found[1] in ("days", "weeks", "months", "years") and _NUMBERED_PERIOD.match(text, m.end()):
        return None  # "120 week 1, 140 week 2": the period numbered after the value names it, no unit
    return found[0], found[1], m.end()


# A period's number right after its noun and nothing after it but the list going on ("week 1,", "month 2 and")
_NUMBERED_PERIOD = re.compile(r"\s+\d{1,2}(?=\s*(?:[,;/)]|$|\n|\s(?:and|or|y|et|und|e|и|và)\s))", re.I)


def dimension_words(dim: str) -> str:
    """A dimension as a reader names it."""
    return {"duration": "time", "money": "money", "percent": "percentages"}.get(dim, dim)


# A size written as two lengths ("4 m sur 1,5 m", "3 x 4 m", "2 by 3 ft", "4 на 2 м"): one thing's
# measurements, never two values to compare.
SIZE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:mm|cm|m|km|ft|in|inch(?:es)?|мм|см|м|метр\w*)?\s*"
    r"(?:x|×|by|sur|par|mal|por|per|bij|op|на|na|乘)\s*\d+(?:[.,]\d+)?\s*(?:mm|cm|m|km|ft|in|inch(?:es)?|мм|см|м|метр\w*)\b",
    re.I,
)

"""Names of measures, so a list labelled by them reads as a fact sheet, never as one series.

"pulse 92, temperature 36.9, sugar 8.4" has no units after its numbers, yet each label names a
different quantity: plotted together they would put beats per minute beside degrees. Labels that
name two or more different measures (below, grouped by what they measure, in the planner's
languages) make the list key facts. Categories of one measure ("apples 30, pears 20") are not here.
"""

from __future__ import annotations

import re
from functools import cache

# fmt: off
MEASURES: dict[str, tuple[str, ...]] = {
    "temperature": ("temperature", "temp", "température", "temperatur", "temperatura", "температура", "темп",
                    "体温", "温度", "気温", "체온", "온도", "الحرارة", "درجة الحرارة", "حرارة", "तापमान", "sıcaklık",
                    "ateş", "temperatuur", "temperatures", "températures", "temperaturen", "temperaturas", "температуры"),
    "pressure": ("blood pressure", "bp", "pressure", "tension", "blutdruck", "presión", "pressão", "pressione",
                 "давление", "ад", "血压", "血圧", "혈압", "الضغط", "ضغط الدم", "रक्तचाप", "बीपी", "bloeddruk",
                 "tansiyon"),
    "pulse": ("pulse", "heart rate", "hr", "pouls", "fréquence cardiaque", "puls", "herzfrequenz", "pulso",
              "frecuencia cardiaca", "frequência cardíaca", "polso", "frequenza cardiaca", "пульс", "чсс", "脉搏",
              "心率", "脈拍", "心拍数", "心拍", "맥박", "심박수", "النبض", "نبض", "नाड़ी", "धड़कन", "nabız",
              "hartslag"),
    "glucose": ("sugar", "blood sugar", "glucose", "bg", "glycémie", "blutzucker", "glucosa", "glicemia",
                "glicose", "сахар", "глюкоза", "血糖", "혈당", "السكر", "سكر الدم", "शुगर", "शर्करा", "şeker",
                "kan şekeri", "bloedsuiker"),
    "oxygen": ("sats", "spo2", "o2 sats", "saturation", "sättigung", "saturación", "saturação", "saturazione",
               "сатурация", "血氧", "酸素飽和度", "산소포화도", "الأكسجين", "ऑक्सीजन", "satürasyon", "saturatie"),
    "breathing": ("resp rate", "respiratory rate", "breathing rate", "rr", "чдд", "呼吸", "呼吸数", "호흡",
                  "التنفس", "श्वसन", "solunum", "ademhaling"),
    "weight": ("weight", "poids", "gewicht", "peso", "вес", "体重", "重量", "몸무게", "체중", "الوزن", "वज़न", "वजन",
               "kilo"),
    "height": ("height", "taille", "größe", "körpergröße", "altura", "altezza", "statura", "рост", "身高", "身長",
               "키", "신장", "الطول", "लंबाई", "boy", "lengte"),
    "age": ("age", "âge", "alter", "edad", "idade", "età", "возраст", "年龄", "年齢", "나이", "العمر", "उम्र",
            "yaş", "leeftijd"),
    "speed": ("speed", "vitesse", "geschwindigkeit", "velocidad", "velocidade", "velocità", "скорость", "速度",
              "속도", "السرعة", "गति", "hız", "snelheid"),
    "distance": ("distance", "entfernung", "distanz", "distancia", "distância", "distanza", "расстояние",
                 "дистанция", "距离", "距離", "거리", "المسافة", "दूरी", "mesafe", "afstand"),
    "energy": ("calories", "kcal", "kalorien", "calorías", "calorie", "calorias", "калории", "卡路里", "热量",
               "カロリー", "칼로리", "السعرات", "कैलोरी", "kalori", "calorieën"),
}
# fmt: on
# Measures of a state at a moment, whose values are never summed (a weight, a temperature); the others
# (calories, distance) are amounts that add up.
LEVELS = frozenset(
    {"weight", "height", "temperature", "pressure", "pulse", "glucose", "oxygen", "breathing", "age", "speed"}
)


@cache
def _lookup() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {w: dim for dim, ws in MEASURES.items() for w in ws}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.I), words


def measure_of(label: str) -> str | None:
    """The measure a label names when the label is (little more than) a measure's name."""
    pattern, words = _lookup()
    m = pattern.search(label)
    if m is None or len(label.strip()) > len(m.group(0)) + 12:
        return None
    return words.get(m.group(0).casefold()) or words.get(m.group(0).lower())


def different_measures(labels: list[str]) -> bool:
    """Two or more labels name different measures: the list is a fact sheet, not a series."""
    return len({d for d in map(measure_of, labels) if d}) >= 2


def names_a_level(text: str) -> bool:
    """The text names a measure of a state (weight, temperature, pulse…) in any of the planner's
    languages: values of it over time are readings, and their sum is no amount."""
    pattern, words = _lookup()
    return any(words.get(m.group(0).casefold()) in LEVELS for m in pattern.finditer(text))


def measure_named(text: str) -> str:
    """The first word of the text that names a measure, as the user wrote it ('peso', 'Gewicht')."""
    pattern, _ = _lookup()
    for m in pattern.finditer(text):
        if not (m.group(0).isascii() and len(m.group(0)) <= 3):  # "hr", "bp", "rr": too often other words
            return m.group(0)
    return ""

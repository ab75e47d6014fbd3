"""Offline trackers: an app where the user adds entries ("which plants I watered and when", "how much
water I drink", "calorie counter: I enter food, it shows the total per day", "habit tracker").

The plan is a `log` view whose fields come from the user's words: a date (entries of a tracker are
dated; today by default), the thing tracked (a number when an amount is asked — "how much", a counter,
calories, spending — else a text), the thing typed when named ("I enter food"), a yes/no for habits;
a total when an amount is tracked, per day / week / month when the user says so ("per day", "a day",
"today", "每天"), and a goal only when the user gives its number ("goal 2 litres": 2, in litres — the
user's unit, never converted). No entry is made up: the log starts empty.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from generators.rules import app_fields as kinds
from generators.rules import app_texts as texts
from generators.rules.app_cues import RECORDED_REGULARLY, REGULAR, TICK, TICKED_DAILY
from generators.rules.app_more import _dim_of
from generators.rules.app_tools import CALCULATOR as _CALCULATOR
from generators.rules.content import split_items
from generators.rules.extract import extract_data, time_axis
from generators.rules.inline import LEVEL
from generators.rules.listed import listed_items
from generators.rules.measures import LEVELS, measure_named, measure_of
from generators.rules.numbers import find_numbers
from generators.rules.qdata import QuestionData
from generators.rules.words import short
from render import interactive_tools as tools
from render.numerals import localize
from render.plan import parse_plan

# A tracker or a log the user keeps, in the planner's languages. "log scale", "log in", "error log" are not.
_NOT_LOG = r"(?!\s*(?:scale|axis|in\b|on\b|out\b|file|files|level|levels|entries\s+from))"
_KEEP = (
    r"\btracker\b|\btrack(?:ing)?\s+(?:of\s+)?(?:how\s+(?:much|many|often|long)|what|which|when|my|our|the|each|every|daily|all)\b"
    # "track appointments for my salon", "record every delivery we get at the warehouse"
    r"|\b(?:track|record|log)(?:ing)?\s+(?:every\s+|each\s+|all\s+)?[^\W\d][\w-]*\s+(?:(?:we|i)\s+\w+\s+)?(?:for|at|in)\s+(?:my|our)\b"
    r"|\bkeep(?:ing)?\s+(?:a\s+)?(?:track|record|log|tally)\b|\blog\s?book\b|\blog\s+(?:my|our|each|every|all\s+my)\b"
    rf"|\b(?:reading|expense|expenses|spending|workout|exercise|training|food|meal|mood|sleep|water|run|running"
    rf"|study|habit|symptom|symptoms|weight|medication|medicine|feeding|baby|plant|plants|watering|time|hours"
    rf"|practice|fitness|gym|diet|walk|walking|steps|blood\s+pressure|sugar|glucose|fuel|mileage|calorie|calories"
    rf"|bp|push-?ups?|pain|migraine|headaches?|overtime|invoices?|bills?|homework|piano|cycling|rides?|swims?|lifting)"
    rf"\s+(?:log|diary|journal|counter|tracker){_NOT_LOG}"
    r"|\b(?:note|record|log|write\s+down|jot\s+down)\s+(?:down\s+)?(?:which|what|when|how\s+(?:much|many)|each|every)\b"
    r"|\bcalorie\s+count\w*|\bcount(?:ing)?\s+(?:my\s+)?calories\b"
    # "fever log: time, temperature", "a log for the kiln: date, peak °C": any log, its fields after a colon
    r"|\blog\s+(?:for\s+(?:my|our|the)\s+[^\W\d]+(?:'s)?\s*)?[:：]\s*[^\W\d][^\d:]{0,40},"
    # "log customer orders: order ID, date, amount", "track repairs for the vans: date, van, cost"
    r"|\b(?:log|track|record)\s+(?:[^\W\d][\w'-]*\s+){0,4}?[^\W\d][\w'-]*\s*[:：]\s*[^\W\d][^\d:]{0,40},"
    # es / pt / it / fr
    r"|\b(?:registrar|apuntar|anotar|llevar\s+(?:la\s+)?(?:cuenta|registro|control))\b|\bseguimiento\b|\bcontador\s+de\b"
    r"|\bcontrol\s+de\s+gastos\b|\bdiario\s+de\b|\bregistro\s+de\b|\bcontrolar\b|\bacompanhar\b|\bdiário\s+de\b"
    r"|\btenere\s+traccia\b|\bannotare\b|\bsegnare\b|\bcontatore\s+di\b|\bdiario\s+(?:di|delle|dei)\b"
    r"|\bsuivi\s+(?:de|des|du)\b|\bsuivre\s+(?:mes|ma|mon|les|combien|ce\s+que)\b|\bnoter\s+(?:mes|ce\s+que|quelles?|quand|combien|les)\b"
    r"|\bjournal\s+(?:de|des|du)\b|\bcarnet\s+de\b|\bcompteur\s+de\b"
    # de / nl
    r"|[\w-]*tracker\b|\bfesthalten\b|\bnotieren\b|\bmitschreiben\b|\bprotokoll\w*|\btagebuch\b|\bbuch\s+führen\b"
    r"|\bbijhouden\b|\bbij\s+te\s+houden\b|\blogboek\b|\bnoteren\b|\bteller\b"
    # ru / tr / pl / vi / id
    r"|(?<![\u0400-\u04ff])(?:отслежива\w*|учёт\w*|учет\w*|записыва\w*|записать|дневник\w*|трекер\w*|считать\s+калори\w*)"
    r"|\btakip\b|\bkaydet\w*|\bkayded\w*|\bkayıt\b|\bgünlüğü\b|\bdziennik\w*|\bśledz\w*|\bzapisyw\w*|\btheo dõi\b|\bghi lại\b"
    r"|\bnhật ký\b|\bcatat\w*|\bmelacak\b|\bpelacak\b"
    # zh / ja / ko / ar / hi
    r"|记录|記錄|打卡|追踪|跟踪|记账|記帳|日志|日记|記録|トラッカー|家計簿|日記|기록|트래커|가계부|일지"
    r"|تتبع|تسجيل|سجل|ट्रैक|रिकॉर्ड|हिसाब|दर्ज"
)
KEEP = re.compile(f"{_KEEP}|{TICKED_DAILY}|{RECORDED_REGULARLY}", re.I)
# Entering something and seeing a sum per day ("I enter food, it shows the total per day"): a log.
_ENTER = re.compile(
    r"\b(?:enter|type|add|input|put\s+in|log|eingeben|eintragen|trage|saisis|saisir|entre|tape|ajoute|meto|pongo"
    r"|escribo|introduzco|anoto|apunto|digito|coloco|inserisco|metto|scrivo|vul|typ|voer)\b"
    r"|(?<![\u0400-\u04ff])(?:ввожу|ввести|вношу|добавляю|записываю|вводит|вносит|записывает|записывать|отмечать)"
    r"|\b(?:coloca|colocar|insere|inserir|anota|anotar|registra|invult|invul|invullen|vult|trägt|einträgt|wpisuj\w*|wpisze)\b"
    r"|输入|入力|입력|أدخل|डालूं|डालें|दर्ज|girip|giriyorum|kaydet\w*|kayded\w*",
    re.I,
)
_PER = {
    "day": r"\bper\s+day\b|\bfor\s+the\s+day\b|\bdo\s+dia\b|\bdel\s+d[ií]a\b|\bdu\s+jour\b|\bdes\s+tages\b|\bdel\s+giorno\b|\bvan\s+de\s+dag\b|दिन\s+में|\bchaque\s+jour\b|\bcada\s+d[ií]a\b|\bjeden\s+tag\b|\bogni\s+giorno\b|\belke\s+dag\b"
    r"|каждый\s+день|\bher\s+gün\b|\btages\w*|\b(?:every|each|per|a)\s+night\b|\bnightly\b|\ba\s+day\b|\beach\s+day\b|\bevery\s+day\b|\bdaily\b|\btoday\b|\bday\s+by\s+day\b"
    r"|\bpor\s+d[ií]a\b|\bal\s+d[ií]a\b|\bdiari[oa]s?\b|\bhoy\b|\bao\s+dia\b|\bdiári[oa]s?\b|\bhoje\b"
    r"|\bpar\s+jour\b|\bquotidien\w*|\baujourd['’]hui\b|\bpro\s+tag\b|\bam\s+tag\b|\btäglich\w*|\bheute\b"
    r"|\bal\s+giorno\b|\bgiornalier\w*|\boggi\b|\bper\s+dag\b|\bdagelijks\b|\bvandaag\b|\bper\s+gün\b"
    r"|\bgünlük\b|\bgünde\b|\bbugün\b|\bdziennie\b|\bmỗi ngày\b|\bhôm nay\b|\bper\s+hari\b|\bhari ini\b"
    r"|в\s+день|за\s+день|ежедневн\w*|сегодня|每天|每日|一天|今天|当天|一日|1日|毎日|今日|하루|매일|오늘"
    r"|يوميا|في\s+اليوم|اليوم|रोज़|रोज|प्रतिदिन|आज",
    "week": r"\bper\s+week\b|\bfor\s+the\s+week\b|\bchaque\s+semaine\b|\bcada\s+semana\b|\bjede\s+woche\b|\bogni\s+settimana\b"
    r"|\belke\s+week\b|каждую\s+неделю|\bwochen\w*|\ba\s+week\b|\bweekly\b|\bthis\s+week\b|\bpor\s+semana\b|\ba\s+la\s+semana\b|\bsemanal\w*"
    r"|\bpar\s+semaine\b|\bhebdo\w*|\bpro\s+woche\b|\bwöchentlich\b|\ba\s+settimana\b|\bsettimanal\w*|\bper\s+week\b"
    r"|\bwekelijks\b|\bhaftalık\b|в\s+неделю|за\s+неделю|每周|每週|本周|毎週|今週|매주|이번\s*주|أسبوعيا|हफ्ते",
    "month": r"\bper\s+month\b|\bfor\s+the\s+month\b|\bchaque\s+mois\b|\bcada\s+m[eê]s\b|\bjeden\s+monat\b|\bogni\s+mese\b|\belke\s+maand\b"
    r"|каждый\s+месяц|\bmonats\w*|\bdel\s+mes\b|\bdo\s+m[eê]s\b|\bdu\s+mois\b|\bdel\s+mese\b|\bvan\s+de\s+maand\b|\ba\s+month\b|\bmonthly\b|\bthis\s+month\b|\bpor\s+mes\b|\bal\s+mes\b|\bmensual\w*"
    r"|\bpor\s+mês\b|\bmensa\w*|\bpar\s+mois\b|\bpro\s+monat\b|\bim\s+monat\b|\bmonatlich\b|\bal\s+mese\b"
    r"|\bper\s+maand\b|\bmaandelijks\b|\baylık\b|в\s+месяц|за\s+месяц|每月|本月|毎月|今月|매달|월간|شهريا|महीने",
}
_AMOUNT = re.compile(
    r"\bhow\s+(?:much|many|long|far|often)\b|\bcu[aá]nt[oa]s?\b|\bcombien\b|\bwie\s*viele?\b|\bquant[oaie]s?\b"
    r"|\bhoeveel\b|\bne\s+kadar\b|\bkaç\b|\bile\b|\bbao nhiêu\b|\bberapa\b|сколько|多少|どのくらい|どれくらい|何杯|얼마나|كم\b|कितन\w*"
    r"|\btotal\b|\bsum\b|\badd(?:s|ed)?\s+up\b|\bsuma\b|\bsomme\b|\bsumme\b|\btotale\b|\btotaal\b|сумм\w*|итог\w*"
    r"|[\u4e00-\u9fff]量|(?<!\S)양(?!\S)|合计|总共|总和|合計|합계|المجموع|कुल|\btoplam\b|\bcounter\b|\bcontador\b|\bcompteur\b|\bzähler\b|\bcontatore\b"
    r"|\bteller\b|счётчик|счетчик",
    re.I,
)
# Money and energy tracked: always an amount, even without "how much".
_MONEY = re.compile(
    r"\bsavings?\b|\bahorros?\b|\bépargne\b|\bersparnis\w*|\bexpens\w*|\bspending\b|\bspend\b|\bbudget\b|\bgastos?\b|\bdespesas?\b|\bdépenses?\b|\bausgaben\b|\bspese\b"
    r"|\buitgaven\b|\bharcama\w*|\bwydatk\w*|\bchi tiêu\b|\bpengeluaran\b|расход\w*|трат\w*|支出|花费|开销|记账|記帳|家計簿"
    r"|지출|가계부|مصروف\w*|مصاريف|खर्च",
    re.I,
)
_ENERGY = re.compile(
    r"\bcalori\w*|\bkcal\b|\bcalorías\b|\bkalori\w*|\bkalorien\b|калори\w*|卡路里|热量|熱量|カロリー|칼로리|سعرات|कैलोरी",
    re.I,
)
_HABIT = re.compile(
    r"\bhabits?\b|\bhábitos?\b|\bhabitudes?\b|\bgewohnheit\w*|\babitudin\w*|\bgewoonte\w*|\balışkanlık\w*|\bnawyk\w*"
    r"|\bthói quen\b|\bkebiasaan\b|привыч\w*|习惯|打卡|習慣|습관|عادة|عادات|आदत|" + TICK,
    re.I,
)
_GOAL = re.compile(
    r"(?:\b(?:goal|target|aim|objetivo|meta|objectif|ziel|obiettivo|doel|hedef|cel|mục tiêu|target)\b|цель\w*|目标|目標|목표|هدف|लक्ष्य)"
    r"\D{0,24}?(?P<n>\d[\d.,]*)\s*(?P<unit>[^\W\d][\w.]{0,14})?",
    re.I,
)
# the day as a field's name, by language: English "tag" and "data" are fields of their own
_DAY = {"en": "day", "es": "día", "fr": "jour", "de": "tag", "it": "giorno", "nl": "dag", "tr": "gün"}


# The thing tracked, right after the words that ask for it: "which plants", "how much water", "X tracker".
_STOP = (
    r"(?:i|we|you|he|she|they|my|our|the|a|an|and|when|each|every|per|a\s+day|today|daily|in|on|at|to|for|with"
    r"|that|so|it|or|y|e|et|und|ik|je|yo|eu|io|я|de|di|du|del|des|la|le|el|il|lo|les|los|las|mes|mis|meus|minhas)"
)
_SUBJECT = [
    re.compile(r"\b(?:which|what)\s+([^\W\d][\w-]*)", re.I),
    re.compile(r"\bhow\s+(?:much|many)\s+([^\W\d][\w-]*)", re.I),
    re.compile(
        r"\b([^\W\d][\w-]*)\s+(?:tracker|log|logbook|counter|diary|journal|intake)\b" + _NOT_LOG, re.I
    ),
    re.compile(
        r"\b(?:track(?:ing)?|log)\s+(?:of\s+)?(?:my|our|the|all\s+(?:my|the))\s+([^\W\d][\w-]*)", re.I
    ),
    # the object of a verb of writing down: "apuntar los vasos de agua", "noter les heures", "segnare i giri"
    re.compile(
        r"\b(?:apuntar|anotar|registrar|noter|relever|annotare|segnare|registrare|notieren|eintragen|noteren|bijhouden"
        r"|write\s+down|note\s+down|jot\s+down)\s+(?:(?:los|las|el|la|les|le|l['’]|the|my|our|mes|mis|meus|minhas|i|gli"
        r"|die|den|meine|de|mijn|onze)\s*)?([^\W\d][\w-]*(?:\s+(?:de|of|d['’]|di)\s*(?:(?:mi|mis|my|our|mon|ma|mes|mio|mia"
        r"|miei|mie|meu|minha|il|la|le|los|las|el|del|della|dei)\s+)?[^\W\d][\w-]*)?)",
        re.I,
    ),
    re.compile(
        r"\b(?:qu[ée]|cu[aá]nt[oa]s?|quant[oaie]s?|quais|quels?|quelles?|combien\s+d['e’]\s*|welche[nrs]?|wie\s*viele?"
        r"|quali|hoeveel|welke|сколько|какие|каких)\b\s*([^\W\d][\w-]*)",  # a whole word: not "quanti" in "quantidade"
        re.I,
    ),
    re.compile(
        r"\b(?:contador|registro|control|diario|diário|suivi|journal|carnet|compteur|contatore)\s+(?:de|des|du|di|dei|delle)\s+"
        r"(?:l['’]\s*|la\s+|las\s+|los\s+|mes\s+|mis\s+|ma\s+|mon\s+|mi\s+|mia\s+|mio\s+|miei\s+|mie\s+|minha\s+|meu\s+)?([^\W\d][\w-]*)",
        re.I,
    ),
    re.compile(r"([^\W\d][\w-]*?)-?tracker\b", re.I),
    re.compile(
        r"(?<![\u0400-\u04ff])(?:считать|учёт|учет|отслеживать|записывать)\s+([\u0400-\u04ff]+)", re.I
    ),
    re.compile(r"(?<![\u0400-\u04ff])(?:трекер|журнал|дневник|учёт|учет)\w*\s+([\u0400-\u04ff]+)", re.I),
    re.compile(r"([\u3400-\u9fff\u30a0-\u30ff\uac00-\ud7af]{1,6}?)\s*(?:を|の|을|를)?\s*(?:記録|记录|기록)"),
    re.compile(
        r"(?:记录|記録|追踪|跟踪|기록)(?:我|一下)?(?:每天|每日|毎日)?(?:的)?([\u3400-\u9fff\u30a0-\u30ff]{1,6}?)(?:的|量|了|和|、|，|。|を|の|$)"
    ),
]
_ENTERED = re.compile(
    r"\b(?:enter|type|add|input|put\s+in|log|saisis|entre|tape|ajoute|meto|pongo|escribo|anoto|apunto|digito|coloco"
    r"|inserisco|metto|scrivo|eintragen|trage|gebe)\s+(?:in\s+)?(?:(?:the|my|a|an|each|every|la|el|le|les|mi|mis|o|den|die"
    r"|das|il|cada|chaque|jede[nrs]?|ogni)\s+)*([^\W\d][\w-]*)"
    r"|(?<![\u0400-\u04ff])(?:ввожу|вношу|добавляю|записываю)\s+([\u0400-\u04ff]+)",
    re.I,
)
_NOT_THING = re.compile(rf"^(?:{_STOP}|it|them|things?|stuff|something|entries|entry|data|numbers?|values?|amounts?"
                        r"|what|which|how|when|where|much|many|time|times|app|tool|widget|page|day|week|month"
                        r"|que|qué|quoi|ce|was|cosa|wat|что|comi|comí|ate)$", re.I)  # fmt: skip


def wants_log(question: str) -> bool:
    """A tracker is asked for: its words, or entering something and seeing a sum per period."""
    if _CALCULATOR.search(question):
        return False
    if KEEP.search(question):
        return True
    return bool(_ENTER.search(question) and _AMOUNT.search(question) and _period(question) != "all")


def _period(question: str) -> str:
    hits = [(m.start(), per) for per, pattern in _PER.items() if (m := re.search(pattern, question, re.I))]
    return min(hits)[1] if hits else "all"


def _subject(question: str) -> str:
    for pattern in _SUBJECT:
        for m in pattern.finditer(question):
            word = m.group(1).strip()
            if word and not _NOT_THING.match(word) and not KEEP.fullmatch(word):
                return word
    return ""


def _entered(question: str, subject: str) -> str:
    for m in _ENTERED.finditer(question):
        word = (m.group(1) or m.group(2) or "").strip()
        if word and not _NOT_THING.match(word) and word.lower() != subject.lower():
            return word
    return ""


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def log(question: str, lang: str) -> Any | None:
    """A log of entries the user adds, with the fields, total, period and goal read from the words."""
    if not wants_log(question):
        return None
    alert = _ALERT.search(question)
    if alert is None:
        return _log(question, lang)
    plan = _log(question[: alert.start()].rstrip(" ,;"), lang)  # its level is no entry and no field
    if plan is None:
        return None
    said = alert.group(0).strip(" ,;.")
    view = plan.views[0]
    levels = _levels(said)
    if levels and (watch := _watched(said, [f.name for f in view.fields if f.type == "number"])):
        watched = view.model_copy(update={"watch": watch, **levels})
        rule = tools.log_alert(watched, [], date.today(), texts.plan_language(lang))
        assert rule is not None
        answer = plan.answer + texts.say(lang, "log.alert_rule", rule=rule.rule)
        return parse_plan(
            plan.model_copy(
                update={"subtitle": short(question, 100), "answer": answer, "views": [watched]}
            ).model_dump()
        )
    answer = plan.answer + texts.say(lang, "log.no_alerts", said=said)
    return plan.model_copy(update={"subtitle": short(question, 100), "answer": answer})


# The side of a level an alert names: "below 10", "baja de 3", "über 500", "ab 500" (from 500 on).
_BELOW = (
    r"below|under|less\s+than|fewer\s+than|lower\s+than|runs?\s+low(?:er)?\s+than|baj[ae]\s+de|menos\s+de"
    r"|por\s+debajo\s+de|inferior\s+a|en\s+dessous\s+de|moins\s+de|sous|unter|weniger\s+als|sotto|meno\s+di"
    r"|onder|minder\s+dan|ниже|меньше|менее|altına|altında|poniżej|mniej\s+niż|abaixo\s+de|baixar\s+de"
)
_ABOVE = (
    r"above|over|more\s+than|higher\s+than|exceeds?|pass(?:es)?|hits?|reach(?:es)?|m[áa]s\s+de|supera|por\s+encima\s+de"
    r"|au-dessus\s+de|plus\s+de|d[ée]passe|über|mehr\s+als|ab|sopra|più\s+di|boven|meer\s+dan|выше|больше|более"
    r"|превыс\w*|üstüne|üzerine|fazla|powyżej|więcej\s+niż|przekroczy|acima\s+de|mais\s+de|passar\s+de"
)
_LEVEL = re.compile(
    rf"(?:^|(?<=\W))(?P<side>(?P<below>{_BELOW})|{_ABOVE})\s+(?P<n>[^\s;,]*\d[\d.,]*\s*[kK]?)", re.I
)


def _watched(said: str, numbers: list[str]) -> str:
    """The number field an alert is about: the one it names, else the one reading of a level
    (a temperature, what is left), else the only number; "" when that stays unclear."""
    for pick in (
        [n for n in numbers if n.casefold() in said.casefold()],
        [n for n in numbers if measure_of(n) in LEVELS or _REMAINING.search(n)],
        numbers,
    ):
        if len(pick) == 1:
            return pick[0]
    return ""


def _levels(said: str) -> dict[str, float]:
    """{"below": 10} for "warn me below 10": each side the alert names with its number; {} when
    it names none (then the alert is only reported, never guessed)."""
    out: dict[str, float] = {}
    for m in _LEVEL.finditer(said):
        nums = find_numbers(m.group("n"))
        if len(nums) == 1:
            out["below" if m.group("below") else "above"] = nums[0].value * nums[0].multiplier
    return out


def _log(question: str, lang: str) -> Any | None:
    subject = _subject(question)
    amount = bool(_AMOUNT.search(question))
    if re.search(RECORDED_REGULARLY, question, re.I):  # a reading on a schedule: "体重を毎朝記録"
        subject = _subject(re.sub(REGULAR, " ", question, flags=re.I))
        if subject and measure_of(subject):
            amount = True  # a reading of a measure is a number
        elif named := measure_named(question):
            subject, amount = named, True
    money = bool(_MONEY.search(question))
    energy = bool(_ENERGY.search(question))
    period = _period(question)
    goal_m = _GOAL.search(question)
    goal = None
    unit = ""
    if goal_m is not None:
        nums = find_numbers(goal_m.group("n"))
        goal = nums[0].value * nums[0].multiplier if nums else None
        word = goal_m.group("unit") or ""
        if word and not re.fullmatch(
            r"(?:a|an|per|each|every|and|by|in|of|the|al|por|par|pro|y|e|et|und|en|i|ve|и|o|ou|or|to|que|with|con|avec"
            r"|mit|com|met|and|dan|va)",
            word,
            re.I,
        ):
            unit = word
    fields: list[dict[str, Any]] = [{"name": texts.say(lang, "log.date"), "type": "date"}]
    habits = listed_items(question) if _HABIT.search(question) else []
    if habits:  # "habit tracker: read, run, meditate": which habit (the user's own), done or not
        fields += [
            {
                "name": short(_cap(subject or texts.say(lang, "log.habit")), 60),
                "type": "select",
                "options": habits[:50],
            },
            {"name": texts.say(lang, "log.done"), "type": "toggle"},
        ]
        return _log_plan(question, lang, subject, fields, "", period, None, "")
    # the user's own "date" among the fields is the tracker's date field, not a second one
    dated = {texts.say(lang, "log.date").casefold(), _DAY.get(lang, "day"), "date", "day"}
    head, entries, given = _entries_clause(question)
    listed = [f for f in _listed_fields(head) if f["name"].casefold() not in dated]
    if listed:
        fields += listed
        # the one amount among the numbers is totalled: an age, a year or a rating beside it is none
        numbers = [
            f["name"]
            for f in listed
            if f["type"] == "number" and not kinds.not_summed(f["name"]) and not kinds.reading(f["name"])
        ]
        number = numbers[0] if len(numbers) == 1 else ""
        rows = _given(given, fields, number, lang)
        plan = _log_plan(question, lang, subject, fields, number, period, goal, unit, rows)
        if plan is not None and entries and not rows:  # never dropped unsaid
            answer = plan.answer + texts.say(lang, "log.not_added", entries=short(entries, 80))
            plan = plan.model_copy(update={"answer": answer})
        return plan
    after = re.search(rf"\b{re.escape(subject)}\s+({_UNIT_WORDS})\b", question, re.I) if subject else None
    if after is not None:
        unit = unit or after.group(1)
        amount = True
    entered = _entered(question, subject)
    number_name = ""
    if energy:
        number_name = texts.say(lang, "log.calories")
        unit = unit or ("kcal" if re.search(r"\bkcal\b", question, re.I) else "")
    elif money:
        number_name = texts.say(lang, "log.amount")
    if entered:
        fields.append({"name": short(_cap(entered), 60), "type": "text"})
    if number_name:
        if (
            subject
            and subject.lower() not in (entered.lower(), number_name.lower())
            and not (_ENERGY.fullmatch(subject) or _MONEY.fullmatch(subject))
        ):
            fields.append({"name": short(_cap(subject), 60), "type": "text"})
        fields.append({"name": number_name, "type": "number", "unit": unit})
    elif subject and subject.lower() != entered.lower():
        numeric = amount or goal is not None or bool(_MEASURE.fullmatch(subject))
        fields.append({"name": short(_cap(subject), 60), "type": "number" if numeric else "text"})
        if numeric:
            fields[-1]["unit"] = unit
            number_name = fields[-1]["name"]
    elif goal is not None or (amount and not entered):
        number_name = texts.say(lang, "log.amount")
        fields.append({"name": number_name, "type": "number", "unit": unit})
    if _HABIT.search(question):
        if len(fields) == 1:  # what is ticked: a habit, or a task when things are ticked off
            thing = subject or texts.say(lang, "log.task" if re.search(TICK, question, re.I) else "log.habit")
            fields.append({"name": short(_cap(thing), 60), "type": "text"})
        fields.append({"name": texts.say(lang, "log.done"), "type": "toggle"})
    if len(fields) == 1:
        fields.append({"name": texts.say(lang, "log.note"), "type": "text"})
    return _log_plan(
        question,
        lang,
        subject,
        fields,
        number_name,
        period,
        goal,
        unit,
        _given(extract_data(question), fields, number_name, lang),
    )


# "…: item, boxes left; entries: rice 12, pasta 8" (or "; so far: …", or just "; rice 12, pasta 8"):
# the entries the user already has, in the last clause after the fields, its own short label optional.
_ENTRIES = re.compile(
    r"[;；]\s*(?:[^\W\d][^\W\d ]*(?:\s+[^\W\d]+){0,2}\s*[:：]\s*)?(?P<rows>[^;；:：]*\d[^;；:：]*)$"
)


def _entries_clause(question: str) -> tuple[str, str, QuestionData | None]:
    """(the question without it, the entries as written, what they read as) when a last clause holds
    label–number pairs; else (question, "", None)."""
    m = _ENTRIES.search(question.strip())
    entries = m.group("rows").strip(" .") if m else ""
    data = extract_data(entries) if entries else None
    if m is None or data is None:
        return question, "", None
    return question.strip()[: m.start()].rstrip(" ,"), entries, data


def _given(
    data: QuestionData | None, fields: list[dict[str, Any]], number_name: str, lang: str
) -> list[list[Any]]:
    """Entries the user already wrote ("track my expenses: rent 800, food 300", read by
    `extract_data`): each one a row, its label in a text field (one is added when there is none) and
    its value in the number field; the date stays empty, since none was given. Nothing the user
    typed is dropped from the tracker."""
    if data is None or not number_name or not data.values:
        return []
    text = next((f for f in fields if f["type"] == "text"), None)
    if text is None:
        day = time_axis(data.categories) == "weekday"
        text = {"name": texts.say(lang, "log.day" if day else "log.item"), "type": "text"}
        fields.insert(1, text)
    rows = []
    for label, value in zip(data.categories, data.values, strict=True):
        cells = {text["name"]: short(label, 60), number_name: value}
        rows.append([cells.get(f["name"]) for f in fields])
    return rows


_UNIT_WORDS = (
    r"hours?|hrs?|minutes?|mins?|km|kms|miles?|pages?|glasses|cups?|ml|litres?|liters?|l|steps|kg|lbs?|pounds"
    r"|kcal|calories|reps|sets|horas|minutos|páginas|vasos|pasos|heures|pages|verres|pas|stunden|seiten|gläser|schritte"
    r"|ore|pagine|bicchieri|passi|uur|glazen|stappen|часов|часа|минут|страниц|стаканов|шагов"
)
# What is left (in stock, on hand): a count a field holds, and a level, never added up (`_REMAINING`).
_LEFT = r"left|remaining|in\s+stock|on\s+hand"
_LEFT_INTL = r"restantes?|übrig|rimast[ie]|resterend"
# Quantities a field holds as a number, in the planner's languages.
_MEASURE = re.compile(
    rf"\b(?:amount|price|cost|sum|weight|quantity|qty|count|number|score|pages|reps|{_LEFT}|{_LEFT_INTL}"
    rf"|{_UNIT_WORDS}|importe|cantidad"
    r"|precio|peso|montant|prix|poids|quantité|betrag|preis|menge|gewicht|anzahl|importo|prezzo|quantità|bedrag|prijs"
    r"|aantal|gewicht|valor|preço|quantidade)\b|сумм\w*|цен\w*|вес\w*|количеств\w*|金额|价格|数量|重量|体重|체중|몸무게|金額|値段|금액|가격|수량",
    re.I,
)
# A clause, not a field's name: it starts with a person or a question word ("он вводит", "и видит", "what").
_CLAUSE_START = re.compile(
    r"(?:and\s+|und\s+|et\s+|y\s+|e\s+|en\s+|и\s+)?(?:i|he|she|we|they|you|it|what|how|ich|er|sie|wir|je|il|elle|on|nous"
    r"|yo|él|ella|eu|ele|ela|io|lui|lei|ik|hij|zij|ben|o|он|она|мы|они|я|что|как|сколько|на\s+что)\b",
    re.I,
)
# "…; warn me below 10", "alert when fewer than 5", "avísame si baja de 3": an alert at a level the
# user gives. A log has no alerts, so the clause is kept out of its fields and its entries and the
# answer says it is not honoured, rather than dropping it unsaid.
_ALERT = re.compile(
    r"(?:[;,.]\s*|\s+(?:and|y|e|et|und|en|и|ve|i)\s+)?(?:"
    r"(?:warn|alert|notify|remind|ping|tell)(?:\s+(?:me|us))?|let\s+(?:me|us)\s+know"
    r"|av[ií]same|al[ée]rtame|notif[ií]came|me\s+avise|avise-me|me\s+avisa|avisa-me|pr[ée]viens-moi|alerte-moi"
    r"|warne\s+mich|benachrichtige\s+mich|sag\s+(?:mir\s+)?bescheid|avvisami|avvertimi|waarschuw\s+(?:me|mij)"
    r"|ostrze[żz]\s+mnie|powiadom\s+mnie|предупреди|уведоми|сообщи|uyar|haber\s+ver"
    r")\b[^;.!?。！？\d]{0,40}\d(?:[^;.!?。！？]|(?<=\d)[.,](?=\d)){0,30}[.!]?$",
    re.I,
)
_LIST = re.compile(r"[:：]\s*([^:：.?!。？！]{3,160})$")
_REMAINING = re.compile(rf"\b(?:{_LEFT})\b|{_LEFT_INTL}", re.I)
# typed without a colon: "tracker for my runs distance and time", "sleep log hours, quality"
_TERSE_LIST = re.compile(
    r"\b(?:tracker|log)\b(?:\s+(?:for|of)\s+(?:my|our|the)\s+[^\W\d]+)?\s+([^\W\d][^\d:.?!]{2,80}(?:,|\band\b)[^\d:.?!]{2,80})$"
    # "…appointments with date, time, client and price": the fields after "with", three or more
    r"|\b(?:with|including)\s+([^\W\d][^\d:.?!,]{1,30}(?:,\s*[^\W\d][^\d:.?!,]{1,30}){1,7}(?:,?\s+and\s+[^\W\d][^\d:.?!,]{1,30}))$"
)


# A field asked as a yes/no ("paid or not", "pagado sí/no", "ödendi mi ödenmedi mi", "bezahlt?"): a toggle.
_YES_NO = re.compile(
    r"(?P<name>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)\s*(?:\?|\s+(?:mi|mı|mu|mü)(?:\s+\S+\s+(?:mi|mı|mu|mü))?\??"
    r"|\s*\(?(?:y/n|yes/no|s[ií]/no|oui/non|ja/nein|sim/não|sì/no|ja/nee|tak/nie|да/нет|evet/hayır)\)?"
    r"|\s+(?:or\s+not|o\s+no|ou\s+não|ou\s+non|oder\s+nicht|o\s+meno|of\s+niet|czy\s+nie|или\s+нет|ya\s+da\s+değil))",
    re.I,
)


_SCALE = re.compile(r"[^\W\d][^\d()]{0,30}\(\s*\d{1,2}\s*(?:-|–|to|/)\s*\d{1,3}\s*\)")


def _listed_fields(question: str) -> list[dict[str, Any]]:
    """'log my runs: distance, time and how it felt': the fields the user listed after a colon, a
    number for a measured quantity (a duration, a distance, an amount), else text."""
    m = _LIST.search(question.strip()) or _TERSE_LIST.search(question.strip())
    if m is None:
        return []
    items = [it.strip(" .") for it in split_items(m.group(1) or m.group(2))]
    asked = {it: yes_no.group("name") for it in items if (yes_no := _YES_NO.fullmatch(it))}
    scaled = {it for it in items if _SCALE.fullmatch(it)}  # "mood (1-5)": a rating, its scale in its name
    if not 2 <= len(items) <= 8 or any(
        it not in asked and it not in scaled and (len(it.split()) > 3 or re.search(r"\d", it)) for it in items
    ):
        return []
    if any(_CLAUSE_START.match(it) or _ENTER.search(it) for it in items):
        return []  # "he enters what he spent, and sees what's left": a sentence, not a list of fields
    out = []
    for it in items:
        if it in asked:  # "paid or not", "ödendi mi ödenmedi mi": a yes/no, ticked
            out.append({"name": short(_cap(asked[it]), 60), "type": "toggle"})
            continue
        if kinds.clock_field(it, items, question):  # a salon's "time" beside its "date": when, not how long
            out.append({"name": short(_cap(it), 60), "type": "time"})
            continue
        if kinds.identifier(it):  # a phone number, an order ID: digits that are a label
            out.append({"name": short(_cap(it), 60), "type": "text"})
            continue
        numeric = bool(
            it in scaled
            or kinds.reading(it)
            or _dim_of(it)
            or _AMOUNT.search(it)
            or _MONEY.search(it)
            or _ENERGY.search(it)
            or _MEASURE.search(it)
            or measure_of(it)  # a reading: temperature, pulse, glucose
        )
        out.append({"name": short(_cap(it), 60), "type": "number" if numeric else "text"})
    return out


def _log_plan(
    question: str,
    lang: str,
    subject: str,
    fields: list[dict[str, Any]],
    number_name: str,
    period: str,
    goal: float | None,
    unit: str,
    rows: list[list[Any]] | None = None,
) -> Any | None:
    names = [f["name"].casefold() for f in fields]
    if len(set(names)) != len(names):
        return None
    if (
        rows and period != "all" and fields[0]["type"] == "date"
    ):  # "calorie counter: breakfast 350, lunch 600…"
        today = date.today().isoformat()  # entries written now, per day: today's, or the day total says 0
        rows = [[today if k == 0 and cell is None else cell for k, cell in enumerate(row)] for row in rows]
    view: dict[str, Any] = {"type": "log", "fields": fields, "rows": rows or []}
    if number_name and (
        measure_of(number_name) in LEVELS
        or (LEVEL.search(f"{number_name} {subject}") and not kinds.charged(number_name, fields, question))
        or _REMAINING.search(number_name)
        or _SCALE.fullmatch(number_name)
    ):
        number_name = (
            ""  # a weight, a temperature, what is left, a 1–5 rating: levels, whose sum is no amount
        )
    if number_name:
        view["total"] = number_name
        view["per"] = period
        if goal is not None and goal > 0:
            view["goal"] = goal
    named = kinds.tracked_name(question) if lang == "en" else ""  # "Salon appointments", not the question
    title = named or texts.say(lang, "log.title") + (f": {subject}" if subject else "")
    what = ", ".join(f["name"] for f in fields)
    answer = texts.say(lang, "log.answer", fields=what)
    if rows:
        answer += texts.say(lang, "log.starts", n=len(rows))
    if number_name and view.get("goal"):
        shown = localize(f"{goal:g}", lang) + (" " + unit if unit else "")
        answer += texts.say(lang, f"log.goal.{period}", name=number_name, goal=shown)
    elif number_name:
        answer += texts.say(lang, f"log.total.{period}", name=number_name)
    return parse_plan(
        {"kind": "app", "title": title, "subtitle": short(question, 100), "views": [view], "answer": answer}
    )

"""Calendar dates in a question: when something happens, never a value to plot.

"May 15, 2025", "due 3 March" and the days of "kickoff march 3, beta june 1" are blanked out (same
length, so positions hold) before numbers are read as data.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from generators.rules.cues import (
    MONTH_NAMES,
    MONTHS_EN,
    MONTHS_EN_FULL,
    WEEKDAY_NAMES,
    WEEKDAYS_EN,
    WEEKDAYS_EN_FULL,
    WEEKDAYS_ZH,
)
from generators.rules.words import cap

MONTH_EN = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_MONTH_DE = r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sept?|okt|nov|dez)\.?"
_DATE_WRITTEN = re.compile(
    rf"\b{MONTH_EN}\s+\d{{1,2}}{_ORD},?\s+(?:19|20)\d\d\b"  # May 15, 2025
    rf"|\b\d{{1,2}}{_ORD}\.?\s+{MONTH_EN}\s+(?:19|20)\d\d\b"  # 15 May 2025
    rf"|\b(?:on|by|until|till|due|since|before|after)\s+(?P<d>{MONTH_EN}\s+\d{{1,2}}{_ORD}|\d{{1,2}}{_ORD}\s+{MONTH_EN})(?:,?\s+(?:19|20)\d\d)?\b"
    # German writes the day as an ordinal with a dot: "am 12. Mai", "bis 3. Okt.", and "am 16." alone
    rf"|\b\d{{1,2}}\.\s?{_MONTH_DE}(?![^\W\d_])|\b(?:am|vom|bis|ab|zum)\s+\d{{1,2}}\.(?!\d)",
    re.I,
)


def mask_dates(text: str) -> str:
    """Calendar dates blanked out (same length, so positions hold): the day and year of "May 15,
    2025" or "due 3 March" are when something happens, never values to plot."""

    def blank(m: re.Match[str]) -> str:
        start, end = (m.start("d"), m.end()) if m.group("d") else m.span()
        return m.group(0)[: start - m.start()] + " " * (end - start) + m.group(0)[end - m.start() :]

    return _event_days(_DATE_WRITTEN.sub(blank, text))


_MONTH_DAY = re.compile(rf"\b{MONTH_EN}\s+(?P<d>\d{{1,2}}){_ORD}\b(?![.,]\d|\s*%)", re.I)
_SEGMENT = re.compile(r"[^,;:\n]+")
_FILLER = frozenset({"and", "the", "then", "was", "were", "are", "is", "in", "on", "at", "of", "for"})


def _event_days(text: str) -> str:
    """The day of "kickoff march 3, beta june 1" blanked: when every month-and-number shares its
    item with other words (an event), the numbers are days, not values of the months. A list of
    months alone ("sales: March 12, April 15") or with a unit keeps its values."""
    from generators.rules.units import unit_after

    found: list[tuple[int, int]] = []
    for seg in _SEGMENT.finditer(text):
        days = list(_MONTH_DAY.finditer(seg.group()))
        if not days:
            continue
        between = [seg.group()[a.end() : b.start()] for a, b in itertools.pairwise(days)]
        if any(int(d.group("d")) > 31 for d in days) or (len(days) >= 3 and not any(map(str.strip, between))):
            return text  # "jan 40 feb 52 mar 61": a value per month, told one after another, not days
        rest = _MONTH_DAY.sub(" ", seg.group())
        words = [w for w in re.findall(r"[^\W\d_]{3,}", rest) if w.lower() not in _FILLER]
        if not words or any(unit_after(" " + w, 0) for w in words):
            return text  # a month with only its value (or a unit): the months are the categories
        found += [(seg.start() + d.start("d"), seg.start() + d.end("d")) for d in days]
    if len(found) < 2:
        return text
    out = list(text)
    for start, end in found:
        out[start:end] = " " * (end - start)
    return "".join(out)


# A period naming an item: quarters, months, weekdays and years, in the planner's languages.
TIME_TOKEN = re.compile(
    r"(?<![\w])(?:q[1-4]|t[1-4]|(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?"
    r"|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![\w])"
    r"|\d{1,2}月|周[一二三四五六日天]|星期[一二三四五六日天]"
    r"|(?:第\s*)?[1-4一二三四]\s*(?:四半期|季度)|[1-4]\s*분기|\d{1,2}월|\d{1,2}주차?(?=[ \t]*\d)|(?:19|20)\d\d\s*[年년]"  # quarters, months, years
    r"|(?<!\w)tháng\s+(?:1[0-2]|0?[1-9])(?!\d)",  # Vietnamese numbers its months: "tháng 1" is January
    re.I,
)


def time_axis(labels: list[str]) -> str:
    """'year', 'quarter', 'month' or 'weekday' when every label is one; else ''."""
    low = [lb.strip().lower().rstrip(".") for lb in labels]
    if len(low) >= 2 and low[-1] in (
        "now",
        "today",
        "this year",
        "currently",
        "jetzt",
        "ahora",
        "maintenant",
    ):
        low = low[:-1]  # "2015 …, 2020 …, now …": years up to the present
    if all(re.fullmatch(r"(?:19|20)\d\d\s*[年년]?", x) for x in low):
        return "year"
    if all(
        re.fullmatch(r"q[1-4](?:\s*(?:19|20)\d\d)?|(?:第\s*)?[1-4一二三四]\s*(?:四半期|季度)|[1-4]\s*분기", x)
        for x in low
    ):
        return "quarter"
    months = {m.lower() for m in MONTHS_EN} | {m.lower() for m in MONTHS_EN_FULL} | MONTH_NAMES
    if all(x in months or re.fullmatch(r"\d{1,2}[月월]|tháng\s+\d{1,2}", x) for x in low):
        return "month"
    days = {d.lower() for d in WEEKDAYS_EN} | {d.lower() for d in WEEKDAYS_EN_FULL} | set(WEEKDAYS_ZH)
    if all(x in days for x in low) or (len(low) >= 3 and all(x in days or x in WEEKDAY_NAMES for x in low)):
        return "weekday"
    return ""


# An hour of the day as a label: "22h", "10pm", "1 a.m.", "22:00".
_CLOCK_HOUR = re.compile(
    r"(?:[01]?\d|2[0-3])\s*h|(?:1[0-2]|0?\d)\s*[ap]\.?m\.?|(?:[01]?\d|2[0-3])[:.][0-5]\d", re.I
)


def clock_hours(labels: list[str]) -> bool:
    """Three or more labels, every one an hour of the day ('22h', '23h', '00h'; '10pm', '11pm'): a time axis."""
    return len(labels) >= 3 and all(_CLOCK_HOUR.fullmatch(lb.strip()) for lb in labels)


def period_label(noun: str) -> str:
    """'weeks' → 'Week', 'sprints' → 'Sprint', 'semanas' → 'Semana': a numbered period's label."""
    low = noun.lower()
    english = {"matches": "Match", "days": "Day", "weeks": "Week", "quarters": "Quarter"}
    if low in english:
        return english[low]
    if re.fullmatch(r"[a-z]+s", low) and not low.endswith("ss"):
        low = low[:-1]
    return cap(low)


def is_weekday(word: str) -> bool:
    """A day of the week, written out or abbreviated, in the planner's languages."""
    low = word.casefold().strip(".")
    return low in WEEKDAY_NAMES or low in {d.lower() for d in WEEKDAYS_EN_FULL}


_MIN_SEC = re.compile(r"(?<![\d:.,])(\d{1,3}):([0-5]\d)(?![\d:]|\s?[ap]\.?m\b)", re.I)
# Words for a time taken, not a time of day: "my parkrun times", "czasy", "Zeiten", "lap", "pace".
_TAKEN = re.compile(
    r"\b(?:times?|lap|laps|split|splits|pace|finish(?:ing)?\s+time|czas\w*|tiempos?|temps|zeit(?:en)?|tempi|tempos?"
    r"|tijd(?:en)?|süre\w*|derece\w*)\b|врем\w*|タイム|기록|성적|ラップ|用时|成绩|أوقات|زمن|समय",
    re.I,
)


def race_times(text: str) -> str:
    """Three or more minutes:seconds ("28:40, 27:55, 27:10") read as decimal minutes ("28.67 min") when
    they cannot be times of day (a minute part of 24 or more) or the text calls them times taken;
    otherwise the text is returned as it was."""
    found = list(_MIN_SEC.finditer(text))
    if len(found) < 3:
        return text
    if not (any(int(m.group(1)) >= 24 for m in found) or _TAKEN.search(text)):
        return text
    return _MIN_SEC.sub(lambda m: f"{int(m.group(1)) + int(m.group(2)) / 60:.2f} min", text)


def times_taken(text: str) -> bool:
    """The text writes times taken as minutes ("28.67 min" from "28:40") or calls its numbers times:
    results of separate attempts, which are compared, never added up."""
    return bool(_TAKEN.search(text)) and bool(
        re.search(
            r"\d\s?min\b|(?<![\d:])\d{1,3}:[0-5]\d(?![\d:])"
            r"|\d\s?(?:s|secs?|seconds?|segundos?|secondes?|sekunden?|secondi|сек\w*|秒|초)(?![A-Za-z])",
            text,
        )
    )


def taken_word(text: str) -> str:
    """The user's word for times taken ("czasy", "Zeiten", "my 10k times"), or ""."""
    m = _TAKEN.search(text)
    return m.group(0) if m else ""


# A year followed by "in" where languages put it after: "2015 में", "2015年に", "2015년에", "2015'te", "2015 roku".
DATE_AFTER = re.compile(
    r"\s*(?:में|से|को|年に?|年から|年|년에?|년부터|(?:'|’)?(?:te|ta|de|da|den|dan)\b|roku\b|году\b|года\b|г\.|عام)"
)
DATE_BEFORE = re.compile(
    r"(?:\b(?:in|since|founded|established|opened|started|from|until|by|en|desde|depuis|seit|dal|dès|em|с|в|с\s+года)"
    r"|成立于|始于|于|创立)\s*$",
    re.I,
)


CLOCK = re.compile(r"(?<![\d:.,])[012]?\d[:.][0-5]\d(?![\d:.,])")


def clock_outside(text: str, categories: list[Any]) -> bool:
    """A clock time written beside a short series and not one of its labels ("saturday 10:00-17:00,
    tea 10 TL, gözleme 60 TL"): the details of an event, of which the series is only one line."""
    return any(not any(c.group(0) in str(cat) for cat in categories) for c in CLOCK.finditer(text))


# A time of day written after a value ("500mg 8am", "5mg 早上", "100mg 저녁"): a dose or a task at a time.
TIME_OF_DAY = re.compile(
    r"^\s*(?:[+/]\s*)?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|h\b|uhr)|\d{1,2}:\d\d|morning|evening|night|nightly|bedtime|noon"
    r"|breakfast|lunch|dinner|daily|twice|mañana|noche|matin|soir|morgens|abends|mattina|sera|manhã|noite|ochtend|avond"
    r"|rano|wieczor\w*|sabah|akşam|утр\w*|вечер\w*|早上|早晨|晚上|中午|睡前|三餐|饭后|朝|夜|昼|寝る前|아침|저녁|점심|자기\s*전"
    r"|صباح\w*|مساء\w*|सुबह|शाम|रात)",
    re.I,
)


def timed_values(text: str, ends: list[int]) -> bool:
    """Most values followed by a time of day: a regimen or a timetable (doses and when), not a series."""

    def at_time(end: int) -> bool:  # "500mg 8am+6pm", not "200, 10:00 150" (the next item's label)
        m = TIME_OF_DAY.match(text[end : end + 24])
        return (
            m is not None
            and "\n" not in m.group(0)
            and not re.match(r"\s*[—–-]?\s*\d", text[end + m.end() :])
        )

    timed = sum(at_time(end) for end in ends)
    return len(ends) >= 2 and timed * 2 >= len(ends)

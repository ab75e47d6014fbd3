"""Ranges of periods written as two ends ("Q1-Q4", "2019-2023", "Jan-Mar", "周一到周五", "weeks 1-5"):
the categories they stand for and the name of their axis, by language."""

from __future__ import annotations

import re

from generators.rules.cues import MONTHS_EN, MONTHS_EN_FULL, WEEKDAYS_EN, WEEKDAYS_EN_FULL, WEEKDAYS_ZH
from generators.rules.cues import PERIOD_NOUNS as _PERIOD_NOUNS
from generators.rules.dates import MONTH_EN as _MONTH_EN
from generators.rules.dates import period_label
from generators.rules.numbers import cn_int
from generators.rules.templates import TEMPLATES, template
from generators.rules.words import LATIN

_SEP = r"\s*(?:-|–|—|~|～|to|through|thru|until|till|至|到)\s*"
WEEKDAY_EN = r"(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_CN_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
# Numbered periods or occasions whose number is a label ("week 3", "sprint 2", "match 5").
RANGE_PATTERNS: dict[str, re.Pattern[str]] = {
    "quarter": re.compile(rf"(?<![{LATIN}])Q([1-4]){_SEP}Q([1-4])(?![{LATIN}])", re.I),
    "quarter_zh": re.compile(rf"第?([一二三四1-4])(?:季度|季)?{_SEP}第?([一二三四1-4])(?:季度|季)"),
    "year": re.compile(rf"(?<![\d.])((?:19|20)\d\d)\s*年?{_SEP}((?:19|20)\d\d)\s*年?(?![\d])"),
    "month": re.compile(rf"(?<![{LATIN}]){_MONTH_EN}{_SEP}{_MONTH_EN}(?![{LATIN}])", re.I),
    "month_zh": re.compile(rf"{_CN_NUM}月?份?{_SEP}{_CN_NUM}月"),
    "weekday": re.compile(rf"(?<![{LATIN}]){WEEKDAY_EN}{_SEP}{WEEKDAY_EN}(?![{LATIN}])", re.I),
    "weekday_zh": re.compile(
        r"(?:周|星期|礼拜)([一二三四五六日天])\s*(?:-|–|—|~|～|到|至)\s*(?:周|星期|礼拜)?([一二三四五六日天])"
    ),
    # "weeks 1-5", "sprints 1 to 4", "semanas 1 a 6": numbered periods as categories
    "ordinal": re.compile(
        rf"(?<![{LATIN}])({_PERIOD_NOUNS})\s*(\d{{1,2}})\s*(?:-|–|—|to|through|a|à|al|bis|до)\s*(\d{{1,2}})(?!\d)",
        re.I,
    ),
}
AXIS_NAMES = {  # the axis a time range names, by language (`templates`: "axis_month" …)
    lang: {k: template(lang)[f"axis_{k}"] for k in ("quarter", "year", "month", "weekday", "ordinal")}
    for lang in TEMPLATES
}


def _cyclic(names: tuple[str, ...], a: int, b: int) -> list[str]:
    n = len(names)
    out = [names[a % n]]
    i = a
    while i % n != b % n and len(out) <= n:
        i += 1
        out.append(names[i % n])
    return out


def _month_index(token: str) -> int:
    return [m.lower() for m in MONTHS_EN].index(token[:3].lower())


def _weekday_index(token: str) -> int:
    return [d.lower() for d in WEEKDAYS_EN].index(token[:3].lower())


def expand_range(match: re.Match[str], kind: str) -> list[str]:
    """Category labels for a matched range: Q1-Q4 → Q1..Q4, 2019-2023 → 2019..2023, Jan-Mar, 1月-12月…"""
    a, b = match.group(1), match.group(2)
    if kind in ("quarter", "quarter_zh"):
        lo, hi = cn_int(a), cn_int(b)
        return [f"Q{i}" for i in range(lo, hi + 1)] if 1 <= lo < hi <= 4 else []
    if kind == "year":
        lo, hi = int(a), int(b)
        return [str(y) for y in range(lo, hi + 1)] if lo < hi and hi - lo <= 60 else []
    if kind == "month":
        full = len(a.rstrip(".")) > 3 and len(b.rstrip(".")) > 3
        names = MONTHS_EN_FULL if full else MONTHS_EN
        out = _cyclic(names, _month_index(a), _month_index(b))
        return out if len(out) >= 2 else []
    if kind == "month_zh":
        lo, hi = cn_int(a), cn_int(b)
        return [f"{i}月" for i in range(lo, hi + 1)] if 1 <= lo < hi <= 12 else []
    if kind == "weekday":
        full = len(a) > 3 and len(b) > 3
        names = WEEKDAYS_EN_FULL if full else WEEKDAYS_EN
        out = _cyclic(names, _weekday_index(a), _weekday_index(b))
        return out if len(out) >= 2 else []
    if kind == "weekday_zh":
        idx = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
        out = _cyclic(WEEKDAYS_ZH, idx[a], idx[b])
        return out if len(out) >= 2 else []
    if kind == "ordinal":
        lo, hi = int(match.group(2)), int(match.group(3))
        noun = period_label(match.group(1))
        return [f"{noun} {i}" for i in range(lo, hi + 1)] if lo < hi and hi - lo <= 60 else []
    return []

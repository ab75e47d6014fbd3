"""Numbers as people write them: found in text with their magnitude, currency and percent sign,
parsed from cells, and formatted back for titles and answers."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass

from generators.rules.cues import CN_DIGITS, CURRENCIES, MAGNITUDES, PERIOD_NOUNS
from generators.rules.units import MONEY, PERCENT, unit_after
from generators.rules.words import CJK, language
from render.numerals import DECIMAL_COMMA, localize

_MAG_WORDS = (
    r"thousands?|millions?|billions?|trillions?|mio\.?|mrd\.?|millionen|milliarden?|millones|millón|milioni"
    r"|milione|miliardi|milhões|milhão|miljoen|miljard|тыс\.?|млн\.?|млрд\.?|lakh\s+crores?|lakhs?|crores?|लाख\s+करोड़|लाख|करोड़|ملايين|مليون|مليارات|مليار|آلاف|ألف"
)
_CUR_WORDS = (
    r"usd|eur|gbp|cny|rmb|dollars?|euros?|yuan|rupees?|руб\.?|рублей|рубля|रुपये|€|\$|£|₽|₹|₩|円|원|美元|欧元|人民币|元|块"
    r"|ريالات|ريال|دراهم|درهم|جنيه|دينار|ليرة|₺|tl|złotych|zł|reais|inr|chf|aud|cad|jpy|aed|sgd|hkd|nzd|sek|nok|dkk"
    r"|mxn|brl|zar|francs?|kr"
)


# ISO codes written before the amount ("CHF 80", "INR 1,200", "Rs. 500"): capitals only, so "try 5" is no lira
_CODES = r"USD|EUR|GBP|INR|Rs|CHF|AUD|CAD|JPY|CNY|AED|SAR|SGD|HKD|NZD|SEK|NOK|DKK|MXN|BRL|ZAR|TRY|PLN|RUB|KRW"


def _number_re(digits: str, mag_extra: str = "") -> re.Pattern[str]:
    return re.compile(
        rf"""
    (?<![A-Za-z0-9_.\-−/:#№])                          # not inside a word (Q1, FY2020), decimal, range or date
    (?P<ppct>[%％](?=\d))?                              # "%62": Turkish writes the sign first
    (?P<sign>[-−](?=[$€£¥￥₽₹₩]?\d))?
    (?P<cur>R\$\s?|[$€£¥￥₽₹₩](?:\s(?=\d))?|(?-i:{_CODES})\.?\s?)?   # "R$ 90", "€ 118.000": a sign spaced
    (?P<num>{digits})
    (?!\d|/\d)                                        # "3/4" is a date or a fraction; "$20/week" a rate
    (?P<mag>\s?(?:{_MAG_WORDS}{mag_extra})(?![A-Za-z\u0400-\u04ff])|(?:mn|bn|k|m|b|t)(?![A-Za-z²])
        |\s(?:mn|bn|k|m|b)(?=\s?[€$£₽₹])                 # "2,1 M€": a short magnitude spaced before its currency
        |\s?(?:百万|千万|十亿|千|万|亿|億|만|억|천))?
    (?P<cur2>\s?(?:{_CUR_WORDS})(?![A-Za-z])(?!\d))?     # "2021 $1,450": a sign before digits is the next number's
    (?P<pct>\s?(?:[%％](?!\d)|percent\b|per\scent\b|pct\b|por\sciento|pour\s?cent|prozent|per\scento|процент\w*))?
    (?!e\b)                                          # "21e": an ordinal; "21 e 40", "D 21 E 40": a value
    (?!\s?(?:月|年|日|号|季度|季|周(?![一二三四五六日天末])|(?<!2[5-9])(?<![3-9]\d)(?<!\d\d\d)点|个月|년|월|일|분기|주차|주(?=[ \t]*\d)|st\b|nd\b|rd\b|th\b|er\b|ère\b|ème\b|de\b|ste\b|º|ª|:\d
        |時(?!間)|시(?!간)|बजे|uhr\b|o'?clock\b|-(?:я|й|е|го|ая|ый|ой|ий)\b))                   # a clock time ("8時", "10 बजे", "8 Uhr"), not 8 hours
                                                     # ("58点" is past any hour: a score's points)
    """,
        re.I | re.X,
    )


# Swiss thousands, an apostrophe between groups ("1'240", "48’200.50"), read in every language: no
# other writing puts an apostrophe between digits
_SWISS = r"\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])"
# Digits of other scripts (Arabic-Indic, Persian, Devanagari) and the Arabic thousands and decimal
# marks, as ASCII: one character for one, so positions in the text hold
NATIVE_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९٬٫", "0123456789" * 3 + ",.")

_NUMBER_MARKS = str.maketrans("٬٫", ",.")


def number_marks(text: str) -> str:
    """The Arabic thousands and decimal marks ("٣٬٢٠٠", "١٢٫٥") as the comma and point every reader
    knows; they mark nothing else, and the digits around them are read as they are."""
    return text.translate(_NUMBER_MARKS)


# English-style numbers: 1,200.5 — the default, as before.
NUMBER_RE = _number_re(rf"{_SWISS}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?")
# Indian grouping ("1,20,000" is one lakh twenty thousand), read where the text is Indian: Devanagari,
# rupees, lakh or crore
NUMBER_RE_IN = _number_re(
    _SWISS + r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
INDIAN = re.compile(r"[\u0900-\u097f]|₹|\bRs\.?\s?\d|\bINR\b|\blakhs?\b|\bcrores?\b", re.I)
# English-style numbers whose thousands are grouped with spaces (a till's export, SI style): "vanille 1 240"
NUMBER_RE_SPACED = _number_re(
    _SWISS
    + r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,]|\.\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
# An item that ends with a number grouped that way: "pistache 980\nvanille 1 240\n", "L1 84 200, L2 61 900"
_SPACED_ITEM = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)(?=[ \t]*(?:$|[,;)\n]))", re.M
)


def spaced_thousands(text: str) -> bool:
    """'vanille 1 240\npistache 980': in a language that writes decimal points, items that end with a
    number grouped by a space group thousands that way, unless commas group them elsewhere or one word
    numbers the items ('screen 1 612, screen 2 388', 'No. 14 231, No. 22 248': a label, then a value)."""
    found = list(_SPACED_ITEM.finditer(text))
    if not found or re.search(r"\d,\d{3}(?!\d)", text):
        return False
    words = Counter(
        w.group(1).casefold()
        for m in found
        if (w := re.search(r"([^\W\d_]+)\.?\s*$", text[max(0, m.start() - 24) : m.start()]))
    )
    return not words or max(words.values()) < 2


# Where a comma is the decimal mark (de, es, fr, it, pt, ru, nl, tr, pl, vi, id): 1.200 / 1 200 thousands, 3,6 decimals.
NUMBER_RE_COMMA = _number_re(
    # a full stop after the number ends the sentence ("… T4 1 410."): only one before a digit continues it
    _SWISS + r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d|\.\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d|\.\d)"
    r"|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?",
    mag_extra=r"|mil|mila|mille",
)
_LABEL_NUMBER = re.compile(
    rf"((?<![^\W\d_])(?:{PERIOD_NOUNS})\s*\d{{1,3}})[ \u00a0\u202f](?=\d{{3}}(?!\d))", re.I
)
_NUMBERED = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})\.?\s*(\d{1,2})[ \u00a0\u202f](?=\d{3}(?!\d))")


def numbered_labels(text: str) -> str:
    """'baan 1 812, baan 2 774, baan 3 690': one word numbered 1, 2, 3 before each value is a label
    ('baan 1'), not the start of '1 812' written with a thousands space. Positions hold."""
    found = list(_NUMBERED.finditer(text))
    words = Counter(m.group(1).casefold() for m in found)
    if not found or max(words.values()) < 2:
        return text
    out = text
    for m in found:
        if words[m.group(1).casefold()] >= 2:
            out = out[: m.end(2)] + "\t" + out[m.end(2) + 1 :]
    return out


# Talk of software releases, in the planner's languages: there "Ubuntu 22.04" names a release.
VERSION_TALK = re.compile(
    r"\b(?:versions?|versión|versiones|versão|versões|versione|versioni|versies?|versionen|wersj\w*|sürüm\w*"
    r"|releases?|release\s+notes)\b|(?<![\u0400-\u04ff])верси\w*|バージョン|版本|버전|संस्करण|إصدار",
    re.I,
)
_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Za-z][\w+#-]*\s+$")


def _version(text: str, m: re.Match[str], talk: list[re.Match[str]]) -> bool:
    """A bare number with a decimal point right after a name ('PostgreSQL 15.4', 'iOS 17.2'), no unit
    after it ('app 2.3 MB' is a size), in the same run of words as the talk of versions: a heading
    before a colon ('ratings since the new version: Mon 4.5, Tue 4.2') speaks of the list, whose
    numbers stay values."""
    bare = not (m.group("mag") or m.group("cur") or m.group("cur2") or m.group("pct") or m.group("ppct"))
    return (
        bare
        and "." in m.group("num")
        and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
        and unit_after(text, m.end()) is None
        and any(not _APART.search(text[min(t.end(), m.start()) : max(t.start(), m.end())]) for t in talk)
    )


_APART = re.compile(r"[:：;\n]")


_LETTERED = re.compile(r"(?<![\w.,])(\d{1,2})([^\W\d_])(?!\w)")


def lettered_labels(text: str) -> set[int]:
    """Start positions of class or section names ('6a 3,8; 6b 4,1; 6c 3,5', '7А, 7Б'): one number with
    two or more letters that follow each other in the alphabet names groups, never '6 billion'.
    Letters far apart ('5k … 5m') stay magnitudes."""
    return {m.start() for m in _lettered(text)}


def lettered_names(text: str) -> set[str]:
    """The class names themselves ('6a', '6b'), as `lettered_labels` finds them."""
    return {m.group(0) for m in _lettered(text)}


def _lettered(text: str) -> list[re.Match[str]]:
    found = list(_LETTERED.finditer(text))
    letters: dict[str, set[str]] = {}
    named: set[str] = set()  # digits with a letter no unit or magnitude could be ("6a", "5б")
    for m in found:
        letters.setdefault(m.group(1), set()).add(m.group(2).casefold())
        if m.group(2).casefold() not in "kmbt" and unit_after(text, m.start(2)) is None:
            named.add(m.group(1))
    runs = {
        digits
        for digits, seen in letters.items()
        if digits in named  # "slept 8h, ate 8g of salt": hours and grams, letters in a row by chance
        and len(seen) >= 2
        and (codes := sorted(map(ord, seen)))[-1] - codes[0] == len(codes) - 1
    }
    # "5a 5b 6a 6b 7b": a grade with one class in the list takes a letter the runs use, so it is a
    # class name too; a lone letter no run uses ("7k") stays a magnitude
    # class names, next to the grades the runs name ("5a … 6b, 7b"; "revenue 3b" far off stays billions)
    used = {letter for digits in runs for letter in letters[digits]}
    grades = [int(d) for d in runs]
    return [
        m
        for m in found
        if m.group(1) in runs
        or (
            m.group(2).casefold() in used
            and min(grades) - 1 <= int(m.group(1)) <= max(grades) + 1
            and unit_after(text, m.start(2)) is None
        )
    ]


# "10h", "14h30", "00h": a clock hour as French, German and Spanish speakers (and many others) write it
_CLOCK_H = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])h([0-5]\d)?(?![^\W\d_])(?=[ \t]*[:=–-]?[ \t]*\d)")


def clock_hour_labels(text: str) -> set[int]:
    """Start positions of clock hours that name the values after them ('10h 45 11h 80 12h 112',
    '22h 80 23h 240 00h 510'): three or more, each right before a value, each hour later than the one
    before (past midnight too). 'slept 8h' or '3h 20 min' alone stay durations."""
    found = list(_CLOCK_H.finditer(text))
    if len(found) < 3:
        return set()
    minutes = [int(m.group(1)) * 60 + int(m.group(2) or 0) for m in found]
    if not all(0 < (b - a) % 1440 <= 12 * 60 for a, b in itertools.pairwise(minutes)):
        return set()
    return {m.start() for m in found}


COMMA_DECIMAL = (*sorted(DECIMAL_COMMA), "comma")
"""Languages that write a decimal comma; "comma" is any text whose own numbers show one (`comma_decimals`)."""

# Spans that hold digits but no quantity: phone numbers, and marks that make the next number an
# identifier, a rank or a rate's denominator ("top 4", "#3", "No. 5", "version 2", "第3", "per 100 km").
PHONE_RE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?(?:\(?\d{1,5}\)?[\s.-]?){2,5}\d{2,5}"
    r"|\(?0\d{1,4}\)?(?:[\s.-]\d{2,5}){2,4}"
    # an area code with its leading zero, then the line ("030 19240", "0800/111 0111"): a quantity never
    # starts with 0
    r"|\(?0\d{2,4}\)?[\s/-]\d{4,8})(?![\w.,]?\d)"
)
_RANK_BEFORE = re.compile(
    r"(?:\b(?:top|bottom|first|last|best|worst|no|nr|num|version|ver|step|page|ext|extension|"
    # a room by its number ("room 9"), not a room of a home counted ("living room 9")
    r"(?<!living )(?<!dining )(?<!sitting )(?<!family )(?<!utility )(?<!laundry )(?<!guest )(?<!spare )(?<!play )(?<!drawing )room|gate|under|"
    r"platform|line|route|bus|flight|level|chapter|top-|per|por|pour|pro|ogni|на)\.?\s*[-]?\s*|[#№]\s*|第\s*|前\s*|后\s*"
    r"|倒数\s*|每\s*)$",
    re.I,
)
# A range word stands apart from the digits ("5 a 7"); a letter glued on ("6a 3,8") names a class.
_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|~|～|至|到)\s*\d|\s+(?:to|bis|a|à|al|до)\s*\d", re.I)
_RANGE_BEFORE = re.compile(r"\d\s*(?:-|–|—|~|～|至|到)\s*$|\d\s+(?:to|bis|a|à|al|до)\s*$", re.I)
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}:\d{2}\s*(?:—|–|-)\s*$")
_MONTH_WORDS = (
    r"jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|f[ée]vrier|mar(?:ch|s)?|m[äa]rz|apr(?:il)?|avril|may|mai|jun[ei]?"
    r"|juin|jul[iy]?|juillet|aug(?:ust)?|ao[ûu]t|sep(?:t(?:ember)?)?|septembre|oct(?:ober)?|octobre|okt(?:ober)?"
    r"|nov(?:ember)?|novembre|dec(?:ember)?|d[ée]cembre|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|se(?:p)?tiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio"
    r"|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
    r"|novembro|dezembro|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
    r"|januari|februari|maart|mei|augustus|oktober"
)
_DAY_MONTH = re.compile(rf"\.?\s?(?:de\s+)?(?:{_MONTH_WORDS})\b", re.I)  # "12 May", "12. Mai", "12 de mayo"
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_WORDS})\.?\s*$", re.I)
_MONTH_VALUE = re.compile(rf"\b(?:{_MONTH_WORDS})\.?\s+\d", re.I)
_VALUE_MONTH = re.compile(rf"(?<![\d.,:/])(\d{{1,6}}(?:[.,]\d+)?)\s?(?:in\s+)?((?:{_MONTH_WORDS}))\b", re.I)


def month_first(text: str) -> str:
    """'21 in jan, 25 feb, 34 mar, 41 apr' written month first ('jan 21, feb 25, …'): a value before
    each month of a run of three or more, each month once, one of them a number no day can be (34,
    12.5), so none is a date. Unchanged otherwise ("15 jan, 15 feb, 15 mar" are due dates)."""
    found = list(_VALUE_MONTH.finditer(text)) if _DAY_MONTH.search(text) else []
    if len(found) < 3 or len({m.group(2).casefold() for m in found}) != len(found):
        return text
    days = [m.group(1).isdigit() and int(m.group(1)) <= 31 for m in found]
    if all(days) or not any(days):
        return text  # all could be days ("15 jan, 15 feb": due dates), or none is read as one
    if len(_MONTH_VALUE.findall(text)) >= len(found):
        return text  # "jan 86 feb 79 mar 102": month first already, each number after its month
    # same length, so positions read in the new text hold in the question
    return _VALUE_MONTH.sub(lambda m: f"{m.group(2)} {m.group(1)}".ljust(len(m.group(0))), text)


@dataclass(frozen=True)
class Num:
    """A number as written in text: its digits, magnitude suffix, currency, percent sign and unit."""

    value: float
    text: str
    start: int
    end: int
    mag: str = ""
    currency: str = ""
    pct: bool = False
    plain_int: bool = False
    unit: str = ""
    """Unit of measure written after it ("km", "h", "°C"), canonical; "" for none."""
    dim: str = ""
    """What it measures: "percent", "money", a dimension of `units.UNITS` ("length", …), or ""."""

    @property
    def is_year(self) -> bool:
        return self.plain_int and not (self.mag or self.currency or self.pct) and 1900 <= self.value <= 2100

    @property
    def multiplier(self) -> float:
        return MAGNITUDES[self.mag][1] if self.mag else 1.0


def _value(raw: str, comma_decimal: bool) -> float:
    if re.search(r"\d['’]\d", raw):  # "1'240.5": Swiss thousands, a decimal point
        return float(re.sub(r"['’]", "", raw))
    if comma_decimal:
        if re.fullmatch(r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?", raw):
            raw = re.sub(r"[. \u00a0\u202f]", "", raw)
        return float(raw.replace(",", "."))
    return float(re.sub(r"[, \u00a0\u202f]", "", raw))


_YES = re.compile(r"\b(?:yes|sí|si|oui|ja|sim|sì|tak|evet|да)\b", re.I)
_ITEM_NAMED = re.compile(r"(?:^|[,;:：，；])\s*pro\s*$", re.I)
"""'basic 9.99, pro 19.99': 'pro' (German for 'per') is the item's name, a plan tier, when the item
starts with it."""
_CLOCK = re.compile(r"\s?[ap]\.?m\b\.?", re.I)


_DASH_BEFORE = re.compile(r"([^\W\d_]*)(\d[\d.,]*)\s+[-–—]\s+$")
# the number after the dash may be an ordinal label ("1ª 6,2 – 2ª 6,8"): the next item, no range end
_DASH_AFTER = re.compile(r"\s+[-–—]\s+([^\W\d_]*)(\d[\d.,]*)([ªº]|(?:st|nd|rd|th|er|e|ème|ste|te)\b)?")


def _dash_list(text: str, start: int, end: int) -> bool:
    """Numbers joined by spaced dashes that are not a range's two ends: three or more in a chain
    ('78,4 – 78,1 – 77,6') or a label before the dash ('v5.1 – 140') or after it. Two bare numbers
    stay a range or a score ('we won 5 - 3')."""
    before = _DASH_BEFORE.search(text, max(0, start - 40), start)
    after = _DASH_AFTER.match(text, end)
    if before is None and after is None:
        return False
    if before is not None and after is not None:
        return True
    if before is not None:
        return bool(before.group(1) or _DASH_BEFORE.search(text, max(0, before.start() - 40), before.start()))
    assert after is not None
    return bool(after.group(1) or after.group(3) or _DASH_AFTER.match(text, after.end()))


_SHEETS_ASKED = re.compile(
    r"\s?(?:枚|页|頁|張|张|장)(?:の|的|짜리|으로|로)?\s*(?:図|グラフ|スライド|資料|紙|ポスター|PPT|ppt|幻灯片|图|圖|表|슬라이드|그래프|자료"
    r"|포스터|にまとめ|で|に|으로|로)"
)


# A number glued by a hyphen to the word it qualifies ("3-day pass", "2-bed", "5-star", "10-km run",
# "3-Tages-Pass"): one word with it, naming a kind of thing; "5-7" (a range) and "-5" (a sign) are not this.
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]+(?![\d.,]?\d)")


def _not_a_quantity(text: str, m: re.Match[str], raw: str) -> bool:
    """Codes (091), versions (3.11.2), ranks (top 4, #3, 第3), range ends (1-5), day-month dates
    (12 May) and times of day (10pm) are written with digits but measure nothing."""
    start, end = m.start("num"), m.end()
    if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
        return True
    if re.match(r"\.\d|\+(?!\d)", text[m.end("num") :]):
        return True  # a version (3.11.2), an open range or a threshold (45+, 3+ days)
    if m.end() == m.end("num") and _COMPOUND_AFTER.match(text, m.end("num")):
        return True  # "3-day 4,910", "2-bed 14", "5-star", "3-Tages-Pass": a name's part, not how many
    if re.match(
        r"\s?点\s?(?:以上|以下|未満|超|まで|台)|\s?点\s*[:：]?\s*\d+\s*(?:人|名)", text[m.end("num") :]
    ):
        return True  # "90点以上", "80点台", "80点 12人": a band's bound or a score counted, the band's label
    if _SHEETS_ASKED.match(text, m.end("num")):
        return True  # "1枚の図にまとめて", "8 页的 PPT", "슬라이드 4장으로": the sheets asked for, no data
    if re.match(r"\s?(?:位|위)(?![\w])|\s?위\b", text[m.end("num") :]):
        return True  # "4위", "1位": a place in a ranking, not an amount
    before = text[max(0, m.start() - 14) : m.start()]
    rank = _RANK_BEFORE.search(before) if not (m.group("cur") or m.group("sign")) else None
    if (
        rank
        and re.fullmatch(r"no\s*", rank.group(0), re.I)
        and _YES.search(text[max(0, m.start() - 40) : m.start()])
    ):
        rank = None  # "yes 60 no 40": the answer "no", not "No. 40"
    if rank and not _ITEM_NAMED.search(text[max(0, m.start() - 20) : m.start()]):
        # "per 100 km" is a rate's denominator; "Per 69" at the end of an item is Thursday's value (tr)
        return not (
            re.fullmatch(r"per\s*", rank.group(0), re.I) and re.match(r"\s*(?:[,;]|$)", text[m.end() :])
        )

    bare = not (m.group("mag") or m.group("cur") or m.group("cur2") or m.group("pct") or m.group("ppct"))
    # the range's start is just before ("5-7"): a short window, not the whole text (quadratic)
    window = text[max(0, start - 40) : start]
    if bare and _dash_list(text, start, m.end("num")):
        pass  # "78,4 – 78,1 – 77,6", "v5.1 – 140": values in a list, not a range's ends
    elif bare and (
        _RANGE_AFTER.match(text, m.end("num"))
        or (_RANGE_BEFORE.search(window) and not _CLOCK_BEFORE.search(window))
    ):
        return True  # "9:00 — 3 200": a value at a time of day, not the end of a range
    if bare and raw.isdigit() and 1 <= int(raw) <= 12 and _CLOCK.match(text, m.end("num")):
        return True  # a time of day ("after 10pm", "at 6 a.m.") is when, not how much
    if bare and raw.isdigit() and 1 <= int(raw) <= 31 and _DAY_MONTH.match(text, end):
        return not _MONTH_BEFORE.search(text[max(0, start - 12) : start])
    return False


# Weekdays as people abbreviate them, Monday first: 'ma 3 di 5 wo 2 do 6', 'Mo 3 Di 5 Mi 2'. "di", "do",
# "mi" are also glue words elsewhere; a run of them in the week's order is days.
WEEKDAY_ABBR = (
    ("ma", "di", "wo", "do", "vr", "za", "zo"),
    ("mo", "di", "mi", "do", "fr", "sa", "so"),
    ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    ("lun", "mar", "mie", "jue", "vie", "sab", "dom"),
    ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
    ("seg", "ter", "qua", "qui", "sex", "sáb", "dom"),
    ("pon", "wt", "śr", "czw", "pt", "sob", "nd"),
    ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
    ("pzt", "sal", "çar", "per", "cum", "cmt", "paz"),
    ("pon", "wt", "śr", "czw", "pt", "sob", "niedz"),
)


def weekday_run(labels: list[str]) -> bool:
    """Three or more labels that are one language's weekday abbreviations, in the week's order."""
    words = [lb.strip(" .:,").casefold() for lb in labels]
    if len(words) < 3:
        return False
    for week in WEEKDAY_ABBR:
        if all(w in week for w in words):
            idx = [week.index(w) for w in words]
            if all(a < b for a, b in itertools.pairwise(idx)):
                return True
    return False


_TOKEN = re.compile(r"[^\W\d_]+|\d[\d.,]*")


def _weekday_labels(text: str) -> set[int]:
    """Start positions of weekday abbreviations that label the numbers after them ('Mo 3 Di 5 Mi 2'):
    there "Mi" is Wednesday, not miles, and "mar" Tuesday, not March."""
    tokens = list(_TOKEN.finditer(text))
    out: set[int] = set()
    k = 0
    while k < len(tokens):
        run: list[re.Match[str]] = []
        j = k
        while (
            j + 1 < len(tokens)
            and not tokens[j].group(0)[0].isdigit()
            and tokens[j + 1].group(0)[0].isdigit()
        ):
            run.append(tokens[j])
            j += 2
        if weekday_run([t.group(0) for t in run]):
            out.update(t.start() for t in run)
        k = max(j, k + 1)
    return out


# "2020 — 100, 2021 — 140": a year, a spaced dash, then its value. A range of years ends in a year
# ("2019 - 2023", "2019-23"); a bigger or decimal number after the dash is the year's value.
# "2019 – 1 100": the value may group its thousands with spaces (pl, fr, ru)
_YEAR_DASH = re.compile(
    r"(?<![\d.,])((?:19|20)\d\d)(\s+)([-–—])(?=\s+(\d[\d.,]*(?:[ \u00a0\u202f]\d{3}(?!\d))*))"
)


# A date as German, Russian, Polish or Dutch speakers write it: "30.06.", "14.–18.09.", "1.3.2025"
_DOTTED_DATE = re.compile(
    r"(?<![\w.,])(?:\d{1,2}\.\s?[–-]\s?)?(\d{1,2})\.(\d{1,2})\.(?:(?:19|20)?\d\d(?!\d))?(?!\d)"
)


def _is_day_month(m: re.Match[str]) -> bool:
    return 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12


def _year_and_value(m: re.Match[str]) -> str:
    value = m.group(4).rstrip(".,")
    year = value.isdigit() and 1900 <= int(value) <= 2100
    if year or (len(value) < 3 and not re.search(r"[.,]", value) and m.group(3) != "—"):
        return m.group(0)  # "2019 - 23" is a range of years; "2021 — 80" (an em dash) a year's value
    return m.group(1) + m.group(2) + ":"


_TIGHT_COMMA = re.compile(r"(?<![\d,.])\d+,\d{1,2}(?!\d|[,.]\d)")
# "19,5k", "4,50 €": no thousands comma has fewer than three digits after it; the euro, rouble, lira,
# złoty and real are written with a decimal comma where they are spent
_TIGHT_SCALED = re.compile(
    r"(?<![\d,.])\d+,\d{1,2}(?:[kKmM%％]|mn|bn|\s?[€₽₺]|\s?(?:zł|TL|EUR)\b)(?![^\W\d_])"
)


def number_locale(text: str, lang: str | None) -> str | None:
    """How to read the text's numbers: its language's way, or "comma" when the numbers themselves
    show decimal commas (`comma_decimals`) in a language taken to write decimal points."""
    return "comma" if lang not in COMMA_DECIMAL and comma_decimals(text) else lang


# A value, and the arrow that joins it to the next: "Conversion 2.1% -> 3.4%", "2k → 3.5k → 6k".
VALUE = r"[$€£¥]?\d[\d.,]*\s*(?:[%kKmM]|[A-Za-zµΩ°/²³]{1,4}\b)?"  # "2.1%", "€38", "1 V", "20 °C"
TO = r"(?:→|->|⇒)"
# Any arrow that joins two steps or states, spaces round it included: "a → b", "a => b", "a ➜ b".
ARROW_SPLIT = re.compile(rf"\s*(?:{TO}|⟶|=>|➜|➔)\s*")


def comma_decimals(text: str) -> bool:
    """'LeBron 25,7, AD 24,1, Reaves 15,9': two or more numbers with one or two digits after a comma
    and no point decimal or thousands comma anywhere are decimal commas, whatever the language was
    taken to be (a thousands comma has three digits after it)."""
    # "1.200,00": points grouping thousands before a decimal comma say so on their own
    if re.search(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d]|[.,]\d)", text) and not re.search(
        r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d", text
    ):
        return True
    if re.search(r"\d\.\d|\d,\d{3}(?!\d)", text):
        return False
    # one is enough when a magnitude or percent sign is glued to it ("19,5k"): no thousands comma
    # has fewer than three digits after it, and no list runs its items together
    return len(_TIGHT_COMMA.findall(text)) >= 2 or _TIGHT_SCALED.search(text) is not None


def find_numbers(text: str, lang: str | None = None, spaced: bool | None = None) -> list[Num]:
    """Every quantity in the text with its suffixes and unit, read the way `lang` writes numbers (the
    text's own language when not given). Q1, FY2020, 3月, 2019-2023, phone numbers, codes, versions,
    ranks and dates are labels or identifiers, not numbers."""
    shown = text  # a number's text as the user wrote it, digits of their script and all
    text = text.translate(NATIVE_DIGITS)  # "٣٬٢٠٠" is 3,200
    text = PHONE_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = _YEAR_DASH.sub(_year_and_value, text)  # same length: positions hold
    lang = lang or language(text)
    comma = number_locale(text, lang) in COMMA_DECIMAL
    if comma:  # "14.–18.09.", "bis 30.06.": a day and month where a point never marks decimals
        text = _DOTTED_DATE.sub(lambda m: " " * len(m.group(0)) if _is_day_month(m) else m.group(0), text)
    # "vanille 1 240": thousands grouped by a space; `spaced` says so for one item of a list read whole
    spaced = not comma and (spaced_thousands(text) if spaced is None else spaced)
    if comma or spaced:  # "semaine 1 120", "tháng 1 120": the label's number ends at the space, no "1 120"
        text = _LABEL_NUMBER.sub(lambda m: m.group(1) + "\t", text)
        text = numbered_labels(text)
    out: list[Num] = []
    days = _weekday_labels(text) if _TOKEN.search(text) else set()
    classes = lettered_labels(text) | clock_hour_labels(text)  # "6b 4,1", "10h 45": names, not values
    versions = list(VERSION_TALK.finditer(text))
    pattern = (
        NUMBER_RE_COMMA
        if comma
        else NUMBER_RE_SPACED
        if spaced
        else NUMBER_RE_IN
        if INDIAN.search(text)
        else NUMBER_RE
    )
    for m in pattern.finditer(text):
        raw = m.group("num")
        if m.start() in classes:  # "6b 4,1": the class's name, then its value
            continue
        label_next = re.match(r"\s*", text[m.end() :]).end() + m.end() in days
        before = re.search(r"([^\W\d_]+)[\s.:]*$", text[max(0, m.start() - 16) : m.start()])
        day_before = before is not None and max(0, m.start() - 16) + before.start(1) in days
        if versions and not day_before and _version(text, m, versions):  # "Ubuntu 22.04": which release
            continue
        if not label_next and not day_before and _not_a_quantity(text, m, raw):  # "Per 69": Thursday's
            continue
        if label_next and _not_a_quantity(text, m, raw) and not _DAY_MONTH.match(text, m.end()):
            continue
        try:
            value = _value(raw, comma)
        except ValueError:
            continue
        if not math.isfinite(value):
            continue
        if m.group("sign"):
            value = -value
        mag = re.sub(r"\s+", " ", (m.group("mag") or "").strip().lower())
        cur = (m.group("cur") or m.group("cur2") or "").strip().lower()
        currency = CURRENCIES.get(cur, "")
        pct = bool(m.group("pct") or m.group("ppct"))
        end = m.end()
        unit = dim = ""
        if pct:
            dim = PERCENT
        elif currency:
            dim = MONEY
        elif not label_next:  # "5 Mi" in "Di 5 Mi 2" is Wednesday's label, not miles
            found = unit_after(text, end)
            if found is not None:
                dim, unit, end = found
        out.append(
            Num(
                value=value,
                text=shown[m.start() : end].strip(),
                start=m.start(),
                end=end,
                mag=mag if mag in MAGNITUDES else "",
                currency=currency,
                pct=pct,
                plain_int=raw.isdigit(),
                unit=unit,
                dim=dim,
            )
        )
    return _compose_cjk(out, text)


_CJK_MAGS = {
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
    "만": 1e4,
    "亿": 1e8,
    "億": 1e8,
    "억": 1e8,
    "千": 1e3,
    "천": 1e3,
}


def _compose_cjk(nums: list[Num], text: str) -> list[Num]:
    """'4万8千' is 48,000 and '3억 5천' (for 3억 5천만, as people say it) 350,000,000: a number with a big
    CJK unit and, right after it, one with a smaller unit are one number. After 億/억 a part below
    万 counts in 万, the unit people leave out."""
    out: list[Num] = []
    for n in nums:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.mag in _CJK_MAGS
            and n.mag in _CJK_MAGS
            and _CJK_MAGS[n.mag] < _CJK_MAGS[prev.mag]
            and not (prev.currency or prev.pct or n.pct)
            and re.fullmatch(r" ?", text[prev.end : n.start])
        ):
            scale = _CJK_MAGS[n.mag]
            if _CJK_MAGS[prev.mag] >= 1e8 and scale < 1e4:
                scale *= 1e4  # "3억 5천" and "3억 5천만" (its 만 read as the won after it) alike
            value = prev.value + n.value * scale / _CJK_MAGS[prev.mag]
            out[-1] = Num(
                value=value,
                text=text[prev.start : n.end],
                start=prev.start,
                end=n.end,
                mag=prev.mag,
                currency=n.currency,
                pct=False,
                plain_int=False,
                unit=n.unit,
                dim=n.dim or prev.dim,
            )
            continue
        out.append(n)
    return out


def parse_number(text: str) -> tuple[float, str] | None:
    """A table cell or stat as (value with magnitude applied, unit); None unless it is mostly a number."""
    nums = find_numbers(text.strip())
    if len(nums) != 1:
        return None
    n = nums[0]
    rest = (text[: n.start] + text[n.end :]).strip()
    if len(re.sub(r"[\s*_~()]", "", rest)) > 3:
        return None
    unit = "%" if n.pct else (n.currency or "")
    return n.value * n.multiplier, unit


def fmt_number(value: float, lang: str = "en") -> str:
    """12000 → '12,000', 1.5 → '1.5', 0.1234 → '0.123': readable, not falsely precise; in `lang`'s
    marks ('12.000' in German), as the sentence around it is written."""
    return localize(_english_number(value), lang)


def _english_number(value: float) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    if abs(value - round(value)) < 1e-9 and abs(value) < 1e15:
        return f"{round(value):,}"
    if abs(value) >= 100:
        return f"{value:,.1f}".rstrip("0").rstrip(".")
    if abs(value) >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


# fmt: off
_MAGNITUDE_NAMES: dict[str, tuple[str, str, str, str]] = {  # thousand, million, billion, trillion
    "de": ("Tsd", "Mio", "Mrd", "Bio"), "es": ("mil", "millones", "mil millones", "billones"),
    "fr": ("mille", "millions", "milliards", "billions"), "it": ("mila", "milioni", "miliardi", "bilioni"),
    "pt": ("mil", "milhões", "bilhões", "trilhões"), "nl": ("duizend", "miljoen", "miljard", "biljoen"),
    "tr": ("bin", "milyon", "milyar", "trilyon"), "pl": ("tys", "mln", "mld", "bln"),
    "ru": ("тыс", "млн", "млрд", "трлн"), "id": ("ribu", "juta", "miliar", "triliun"),
    "vi": ("nghìn", "triệu", "tỷ", "nghìn tỷ"), "ar": ("ألف", "مليون", "مليار", "تريليون"),
    "hi": ("हज़ार", "मिलियन", "अरब", "खरब"), "zh": ("千", "百万", "十亿", "万亿"),
    "ja": ("千", "百万", "十億", "兆"), "ko": ("천", "백만", "십억", "조"),
}
# fmt: on
_MAGNITUDE_WORD = re.compile(r"\b(thousand|million|billion|trillion)\b")


def local_unit(unit: str, lang: str) -> str:
    """The unit with its magnitude word in the reader's language ("Mio EUR", not "million EUR", in a
    German answer): magnitudes are read in every language but named in English."""
    names = _MAGNITUDE_NAMES.get(lang)
    if not names or not unit:
        return unit
    order = ("thousand", "million", "billion", "trillion")
    unit = _MAGNITUDE_WORD.sub(lambda m: names[order.index(m.group(1))], unit)
    if lang == "hi":  # the Indian magnitudes have Hindi names of their own
        unit = re.sub(r"\bcrore\b", "करोड़", re.sub(r"\blakh\b", "लाख", unit))
    return unit


def with_unit(value: float, unit: str, lang: str = "en") -> str:
    """A value and its unit the way people write them: '45%', '$3', '2 million', '120万元'."""
    text = fmt_number(value, lang)
    unit = local_unit(unit, lang)
    if not unit:
        return text
    if unit == "%":
        return text + "%"
    if CJK.match(unit):
        return text + unit
    return f"{text} {unit}"


def cn_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS.get(text[1:], 0)
    if text.endswith("十"):
        return CN_DIGITS.get(text[:-1], 0) * 10
    if "十" in text:
        a, b = text.split("十", 1)
        return CN_DIGITS.get(a, 0) * 10 + CN_DIGITS.get(b, 0)
    return CN_DIGITS.get(text, 0)

"""What a markdown answer's sentences say: statistics, dated items, pairs and key facts.

A number becomes a statistic only when it measures something: a percentage, an amount of money, a
multiple ("3× faster"), a magnitude ("3 million"), a count of things ("9,000 users") or a duration
the author put in bold ("**47 minutes**"). Version numbers ("v4.2", "PostgreSQL 16"), ordinals
("2nd", "Step 2", "Day 1"), either end of a range ("4–5 days"), dates and times ("30 June",
"14:02"), identifiers (phone numbers, ticket and PR numbers, HTTP codes, ports, IP addresses),
recipe quantities ("2 tbsp") and specifications ("16 vCPU") are not. A statistic keeps its unit
("47 minutes", "$4.8M") and its label comes from its own sentence, never from another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generators.rules.numbers import Num, find_numbers
from render.plan import Stat

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
# Words that make the number after them a name, an ordinal or an identifier.
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:version|release|build|step|phase|stage|part|chapter|section|sprint|day|week|month|"
    r"year|grade|level|round|room|port|ports|http|status|code|error|pin|ticket|issue|pr|cve|no|"
    r"number|model|series|tier|plan|gen|generation|rev|revision|iteration|episode|season|volume|"
    r"vol|page|line|item|task|option|figure|fig|table|appendix|route|bus|gate|floor|station|q|h|"
    rf"fy|top|{MONTHS}|{DAYS}|第)|[#№@]|\bv)\.?\s*$",
    re.I,
)
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*)\s$")
_RANGE_AFTER = re.compile(r"^\s*(?:–|—|-|to|~|〜|～|and)\s*[$€£¥]?\d", re.I)
_RANGE_BEFORE = re.compile(r"\d\s*(?:–|—|-|~|〜|～|to)\s*[$€£¥]?$", re.I)
_FROM_TO = re.compile(r"^\s*(?:[%a-zA-Z°µ]+\s*)?to\s+[$€£¥]?\d", re.I)
_DATE_AFTER = re.compile(rf"^\s*(?:{MONTHS})\b|^\s*(?:st|nd|rd|th)\b|^(?::\d|\.\d+\.\d)", re.I)
_DATE_BEFORE = re.compile(rf"(?:{MONTHS})\.?\s*$|(?:{DAYS})\.?\s*$", re.I)
_ID_AFTER = re.compile(r"^(?:[-/.]\d|\.\d+\.)")
_TIMES_AFTER = re.compile(r"^\s*(?:×|x)\s*\d", re.I)
_MULTIPLE = re.compile(r"^\s*(?:×|x(?![A-Za-z])|times\b)", re.I)
_FRACTION_AFTER = re.compile(r"^\s+(?:of|in|out of|/)\s+\d", re.I)
# Units that are part of a measurement's value ("47 minutes", "310 ms").
MEASURE = (
    r"milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|"
    r"points?|pts?|pp|percentage points?|x|bps|km|miles?|kg|tonnes?|tons?|kwh|mwh|gwh|tb|gb|mb|"
    r"users?|customers?|people|members?|employees?|countries|downloads?|visitors?|"
    r"分钟|小时|天|周|个月|年|万人|人|秒|点"
)
_MEASURE_AFTER = re.compile(rf"^\s?(?:{MEASURE})(?![A-Za-z])", re.I)
# Units that make a number a quantity or a specification, not a statistic (unless in bold).
_SPEC_AFTER = re.compile(
    r"^\s?(?:g|mg|kg|ml|l|cl|dl|oz|lb|lbs|tbsp|tsp|cups?|cloves?|tins?|cans?|slices?|pinch|°\s?[cf]|"
    r"°|ghz|mhz|khz|hz|vcpus?|cpus?|cores?|threads?|gb|mb|tb|kb|px|pt|mm|cm|m|in|inch(?:es)?|"
    r"mp|mah|w|kw|v|a|fps|dpi|bit|bits|人份|克|毫升|勺|个)(?![A-Za-z])",
    re.I,
)
_NEVER_AFTER = re.compile(r"^\s?(?:人份|servings?|portions?|serves)", re.I)  # a serving size
_NOUN_AFTER = re.compile(
    r"^\s+(?:new\s+|more\s+|active\s+|paying\s+)?([a-z\u00c0-\u024f][a-z\u00c0-\u024f\-]+)"
)
_LINK = re.compile(
    r"\s*\b(?:reached|hit|was|were|is|are|stood at|came to|totall?ed|lasted|took|of|at|to|now|about|"
    r"around|roughly|nearly|almost|approximately)(?:\s+(?:about|around|roughly|nearly|almost))?\s*$",
    re.I,
)
_TRAILING = " :：,，.;；-–—()·"


@dataclass(frozen=True)
class Found:
    """A statistic found in a text: its value as written (unit included) and where it is."""

    value: str
    start: int
    end: int


_FUNCTION = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "and",
        "or",
        "the",
        "a",
        "an",
        "to",
        "in",
        "on",
        "at",
        "of",
        "for",
        "with",
        "by",
        "from",
        "as",
        "than",
        "that",
        "this",
        "it",
        "its",
        "per",
        "during",
        "since",
        "after",
        "before",
        "into",
        "over",
        "under",
        "up",
        "down",
    ]
)
_COMPARATIVE = re.compile(
    r"^\s+(?:fewer|more|less|faster|slower|cheaper|higher|lower|better|worse|smaller|larger|bigger|"
    r"quicker|shorter|longer)\b",
    re.I,
)
_PREP_END = re.compile(
    r"\b(?:to|by|of|at|for|from|than|under|over|above|below|with|about|around|in|across|into|on)\s*$", re.I
)
_CJK_LINK = re.compile(r"(?:达到|达|为|是|突破|超过|约|共|实现|至)\s*$")
_CJK_FROM_TO = re.compile(r"^\s*(?:[^\d，。；]{0,6}?)(?:缩短至|降至|升至|增至|减至|提高到|降低到|至|到)\s*\d")
_COUNT = re.compile(
    r"^\s?(?:users?|customers?|people|members?|employees?|countries|downloads?|visitors?)", re.I
)


def _noun_after(after: str) -> bool:
    m = _NOUN_AFTER.match(after)
    return bool(m) and m.group(1).lower() not in _FUNCTION


def _unit_word(n: Num) -> str:
    """The unit the number finder read into the number ("47 minutes" → "minutes"), if any."""
    if not getattr(n, "unit", ""):
        return ""
    return re.sub(r"^[^\d]*[\d.,]+\s?", "", n.text).strip()


def _after(text: str, n: Num) -> str:
    """What follows the number's digits: its unit (when the finder took it in) and the rest."""
    unit = _unit_word(n)
    return (" " + unit if unit else "") + text[n.end :]


def _ok_number(text: str, n: Num, bold: bool) -> bool:
    """Whether the number at `n` measures something, by what stands around it."""
    before, after = text[: n.start], _after(text, n)
    if n.is_year or _LABEL_BEFORE.search(before) or _DATE_BEFORE.search(before.rstrip(" ,")):
        return False
    if before.endswith("+") and re.match(r"^[\s\-]?\d", after):
        return False  # "+1 415 555 0132": a phone number
    if _RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before) or _TIMES_AFTER.match(after):
        return False
    if re.search(r"[×x]\s*$", before) or _DATE_AFTER.match(after) or _ID_AFTER.match(after):
        return False
    if re.search(r"[\d.]$", before):
        return False
    if re.match(r"^\s*[A-Z][a-z]", after) and not (n.pct or n.currency or n.mag):
        return False  # "401 Unauthorized", "7 Series": a code or a name
    if _FROM_TO.match(after) or _CJK_FROM_TO.match(after):
        return False  # the "from" side of "from 310 ms to 95 ms": the figure is where it went
    if n.mag in ("b", "m", "k") and re.match(r"^\s*(?:models?|param|parameters?|tokens?)\b", after, re.I):
        return False  # "a 7B model": a model's size is its name
    strong = n.pct or n.currency or n.mag or _MULTIPLE.match(after)
    name = _NAME_BEFORE.search(before)
    if not strong and name:
        word = name.group(1)
        branded = any(ch.isupper() or ch.isdigit() for ch in word[1:])  # PostgreSQL, iPhone, PIN
        opens = name.start(1) == 0 and _noun_after(after)  # "Hired 40 engineers"
        if branded or not (_MEASURE_AFTER.match(after) or opens):
            return False  # "PostgreSQL 16", "iPhone 16", "PIN 7781": names with numbers
    if (_SPEC_AFTER.match(after) and not bold) or _NEVER_AFTER.match(after):
        return False
    return not (not strong and _FRACTION_AFTER.match(after) and not bold)


def _value(text: str, n: Num) -> tuple[str, int, int]:
    """The value as written — a leading '+', the number, '×' or a unit of measure — and its span.

    A count's noun ("9,000 users") stays in the value only where the sentence ends with it."""
    start, end = n.start, n.end
    value = n.text
    if start > 0 and text[start - 1] == "+":
        value, start = "+" + value, start - 1
    if _unit_word(n):
        return value, start, end  # the unit is already part of what the finder read
    after = text[end:]
    m = _MULTIPLE.match(after)
    if m and not n.pct:
        return value + "×", start, end + m.end()
    m = _MEASURE_AFTER.match(after)
    if m and not (n.pct or n.currency):
        rest = after[m.end() :]
        if _COUNT.match(m.group(0)) and (rest.strip(_TRAILING + " *") or _PREP_END.search(text[:start])):
            return value, start, end  # "9,000 · users in June": the noun belongs to the label
        return value + m.group(0), start, end + m.end()
    return value, start, end


def find_stat(text: str, bold: list[str] | None = None, code: list[str] | None = None) -> Found | None:
    """The statistic a sentence states, if any: a number in bold first, else a strong number."""
    spans = [(m.start(), m.end()) for c in code or [] for m in re.finditer(re.escape(c), text)]
    numbers = [n for n in find_numbers(text) if not any(a <= n.start < b for a, b in spans)]
    for b in bold or []:
        at = text.find(b)
        if at < 0 or not re.search(r"\d", b):
            continue
        for n in numbers:
            if at <= n.start < at + len(b) and _ok_number(text, n, True):
                value, start, end = _value(text, n)
                return Found(value, start, end)
    for n in numbers:
        if not _ok_number(text, n, False):
            continue
        after = _after(text, n)
        strong = n.pct or n.currency or n.mag or _MULTIPLE.match(after)
        if strong or _MEASURE_AFTER.match(after) or _noun_after(after):
            value, start, end = _value(text, n)
            return Found(value, start, end)
    return None


def _tidy(label: str, lead: bool = False) -> str:
    """Spacing and dangling punctuation cleaned; a closing bracket stays when it closes one. After a
    figure that opened the sentence, a leading "of" goes ("87% of customers" → "customers…")."""
    label = re.sub(r"\*\*|__", "", label)
    label = re.sub(r"\s+([,.;:!?，。；：])", r"\1", re.sub(r"\s+", " ", label))
    label = label.strip(_TRAILING.replace(")", "") + " ")
    while label.endswith(")") and label.count(")") > label.count("("):
        label = label[:-1].rstrip(_TRAILING + " ")
    if lead:
        label = re.sub(r"^(?:of|in|for|are|were|is|was|have|has)\s+", "", label)
    return label


def label_of(text: str, found: Found) -> str:
    """What the statistic measures, in the sentence's own words. The value is taken out where the
    sentence still reads ("Revenue reached $4.8M, up 18%" → "Revenue, up 18%"; "3× faster after
    the move" → "faster after the move"); where it would not ("fell to 1.9% per month"), the
    sentence stays whole. Nothing of another sentence ever joins it."""
    before, after = text[: found.start], text[found.end :]
    before = re.sub(r"(?:\*\*|__)\s*$", "", before)
    after = re.sub(r"^\s*(?:\*\*|__)", "", after)
    if not before.strip(_TRAILING + " *"):
        return _tidy(after, lead=True)
    if not after.strip(_TRAILING + " *") or re.match(r"^\s*[,;:.(—–，。；：、）]", after):
        head = _CJK_LINK.sub("", _LINK.sub("", before)).rstrip(_TRAILING + " ")
        if not head:
            return _tidy(text)
        return _tidy(head + after)
    if _COMPARATIVE.match(after):  # "led to 40% fewer errors" → "led to fewer errors"
        return _tidy(before.rstrip() + after)
    if _PREP_END.search(before) or re.match(r"^\s+(?:of|per|in)\b", after, re.I):
        return _tidy(text)
    if re.search(r"\d$", found.value) and _noun_after(after):
        return _tidy(text)  # "We passed 9,000 users in June": a count reads only in its sentence
    if _LINK.search(before):
        return _tidy(_LINK.sub("", before).rstrip() + after)
    if re.search(r"[A-Za-z]\s*$", before) and re.match(r"^\s+[a-z]", after):
        return _tidy(before.rstrip() + after)
    return _tidy(text)


def stat_from(text: str, bold: list[str] | None = None, code: list[str] | None = None) -> Stat | None:
    found = find_stat(text, bold, code)
    if found is None:
        return None
    return Stat(value=found.value, label=label_of(text, found))


def item_stat(text: str, bold: list[str], code: list[str] | None = None) -> Stat | None:
    """A list item (or a short sentence) as a stat card: a bold figure, a strong one (%, money, ×,
    million) in a short item, or a count in a few words ("Hired 40 engineers"). A plain count that
    opens the item ("6 eggs") is a quantity, not a statistic."""
    found = find_stat(text, bold, code)
    if found is None:
        return None
    in_bold = any(re.sub(r"^\+", "", found.value.split()[0]) in b for b in bold)
    words = len(text.split())
    number = next((n for n in find_numbers(text) if n.start >= found.start - 1), None)
    strong = (number is not None and bool(number.pct or number.currency or number.mag)) or "×" in found.value
    if not (in_bold or (strong and words <= 16) or (words <= 6 and not re.match(r"^\d", text))):
        return None
    return Stat(value=found.value, label=label_of(text, found))


# ----------------------------------------------------------------------------------- facts lines

_FACT = re.compile(r"^\s*([^:：·|]{1,30}?)\s*[:：]\s*([^·|;]{1,40}?)\s*$")


def facts_line(text: str) -> list[tuple[str, str]] | None:
    """'Prep: 10 minutes · Cook: 25 minutes · Serves: 4' as (key, value) pairs; None otherwise."""
    parts = [p for p in re.split(r"\s*[·|•]\s*", text) if p.strip()]
    if len(parts) < 2:
        return None
    out = []
    for part in parts:
        m = _FACT.match(part)
        if not m:
            return None
        out.append((m.group(1).strip(" *"), m.group(2).strip(" *")))
    return out


# ------------------------------------------------------------------------------------------- dates

_CLOCK = r"\d{1,2}[:：.]\d{2}(?:\s?(?:am|pm|utc))?"
DATED = re.compile(
    r"^\s*(?P<date>"
    rf"(?:(?:day|week|month|phase|sprint)\s+\d+(?:\s*[,，]\s*{_CLOCK})?)"  # Day 1, 9:00 · Week 2
    rf"|(?:\d{{1,2}}\s+(?:{MONTHS})\.?(?:\s+\d{{4}})?)"  # 14 May (2025)
    rf"|(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)"  # May 14(, 2025)
    rf"|(?:(?:{MONTHS})\.?(?:\s+\d{{4}})?)"  # October · March 2024
    r"|(?:q[1-4]\s*(?:\d{4}|'\d{2})?)|(?:h[12]\s+\d{4})"  # Q1 2025 · H1 2024
    r"|(?:(?:1[5-9]|20)\d\d(?:s|年代)?(?:年(?:\d{1,2}月)?)?)"  # 1969 · 1990s · 2024年3月
    r"|(?:(?:1[5-9]|20)\d\d[-/]\d{1,2}(?:[-/]\d{1,2})?)"  # 2024-03
    rf"|(?:{_CLOCK})"  # 13:55
    r"|(?:\d{1,2}\s?月(?:\d{1,2}\s?日)?)|(?:\d+\s?日目)|(?:第\s?\d+\s?[天周])"  # 10月 · 1日目
    rf"|(?:(?:{DAYS})\.?(?:\s+\d{{1,2}}\s+(?:{MONTHS}))?)"  # Monday · Fri 14 Mar
    r")"
    r"\s*(?:[:：\-–—)]\s*|\s+[-–—]\s+)(?P<rest>\S.*)$",
    re.I,
)


_CLOCK_LEAD = re.compile(rf"^\s*(?P<date>{_CLOCK})\s+(?P<rest>\S.*)$", re.I)


def dated(text: str) -> tuple[str, str] | None:
    """'1969 — ARPANET sends its first message' as ('1969', 'ARPANET sends its first message');
    a time needs no separator ('10:00 京都駅に到着')."""
    m = DATED.match(text) or _CLOCK_LEAD.match(text)
    if not m:
        return None
    return m.group("date").strip(), m.group("rest").strip()


# ------------------------------------------------------------------------------------------- pairs

_PAIR_SEP = re.compile(r"\s*(?:→|->|=>|⇒|—|–|:|：)\s*")


def pair_of(text: str, bold: list[str]) -> tuple[str, str] | None:
    """A term and what goes with it: '**Term** — definition', '**Problem** → fix', 'Name: role'.

    The left side is short (a term, a name, a problem); the right side explains it."""
    lead = bold[0] if bold else ""
    if lead and text.startswith(lead):
        rest = text[len(lead) :]
        m = re.match(r"^\s*(?:→|->|=>|⇒|—|–|-|:|：)\s*", rest)
        if m and rest[m.end() :].strip():
            return lead.rstrip(" :："), rest[m.end() :].strip()
        if lead.rstrip().endswith((":", "：")) and rest.strip():
            return lead.rstrip(" :："), rest.strip()
    m = re.match(r"^(.{2,60}?)\s*(?:→|->|=>|⇒)\s*(\S.*)$", text)
    if m:
        return m.group(1).strip(), m.group(2).strip()
    m = re.match(r"^(.{2,40}?)\s+(?:—|–)\s+(\S.*)$", text)
    if m and len(m.group(2)) > len(m.group(1)):
        return m.group(1).strip(), m.group(2).strip()
    return None


def split_event(rest: str) -> tuple[str, str]:
    """An event's title and detail: the whole text when short; else cut at the first sentence, colon
    or semicolon — never cut mid-phrase, never repeated as the detail."""
    rest = rest.strip()
    if len(rest) <= 90:
        return rest, ""
    m = re.match(r"^(.{8,90}?)(?:[.;:：。；]\s+|\s+[—–]\s+|\s*\()(.+)$", rest)
    if m:
        head = m.group(1).strip()
        tail = rest[len(m.group(1)) :].strip()
        tail = tail.lstrip(".;:：。；—– ") if not tail.startswith("(") else tail
        return head, tail
    return rest, ""

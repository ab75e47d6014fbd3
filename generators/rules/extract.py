"""Data written in the question: category/value pairs, ranges with values ("Q1-Q4 … 1.2M, 1.5M"),
parallel lists, plain lists of observations, and content pasted under an instruction."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from generators.rules.cues import (
    MAGNITUDES,
    MONTHS_EN,
    MONTHS_EN_FULL,
    STOPWORDS,
    STOPWORDS_CJK,
    WEEKDAYS_EN,
    WEEKDAYS_EN_FULL,
    WEEKDAYS_ZH,
)
from generators.rules.numbers import Num, cn_int, find_numbers
from generators.rules.words import CJK, LATIN, MAX_QUESTION, lang_of

ENUMERATION_RE = re.compile(
    r"(?:^|[\s:：])1\s*[.)、．](?!\d)\s*\S.*?(?:\s|[,;，；])2\s*[.)、．](?!\d)\s*\S", re.S
)


@dataclass
class QuestionData:
    """Numbers found in the question, aligned with their category labels."""

    categories: list[str]
    values: list[float]
    unit: str = ""
    percent: bool = False
    metric: str = ""
    axis: str = ""
    time_like: bool = False
    source: str = ""

    @property
    def cue(self) -> str:
        return f"numbers for {len(self.values)} categories in the question"


_SEP = r"\s*(?:-|–|—|~|～|to|through|thru|until|till|至|到)\s*"
_MONTH_EN = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_EN = r"(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_CN_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
RANGE_PATTERNS: dict[str, re.Pattern[str]] = {
    "quarter": re.compile(rf"(?<![{LATIN}])Q([1-4]){_SEP}Q([1-4])(?![{LATIN}])", re.I),
    "quarter_zh": re.compile(rf"第?([一二三四1-4])(?:季度|季)?{_SEP}第?([一二三四1-4])(?:季度|季)"),
    "year": re.compile(rf"(?<![\d.])((?:19|20)\d\d)\s*年?{_SEP}((?:19|20)\d\d)\s*年?(?![\d])"),
    "month": re.compile(rf"(?<![{LATIN}]){_MONTH_EN}{_SEP}{_MONTH_EN}(?![{LATIN}])", re.I),
    "month_zh": re.compile(rf"{_CN_NUM}月?份?{_SEP}{_CN_NUM}月"),
    "weekday": re.compile(rf"(?<![{LATIN}]){_WEEKDAY_EN}{_SEP}{_WEEKDAY_EN}(?![{LATIN}])", re.I),
    "weekday_zh": re.compile(
        r"(?:周|星期|礼拜)([一二三四五六日天])\s*(?:-|–|—|~|～|到|至)\s*(?:周|星期|礼拜)?([一二三四五六日天])"
    ),
}
AXIS_NAMES = {
    "en": {"quarter": "Quarter", "year": "Year", "month": "Month", "weekday": "Day"},
    "zh": {"quarter": "季度", "year": "年份", "month": "月份", "weekday": "星期"},
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
    return []


def _unify(nums: list[Num]) -> tuple[list[float], str, bool]:
    """Values on one scale with one unit: '1, 3, 7 million' shares the last suffix; mixed '900K, 1.2M'
    are converted to the most common magnitude. Returns (values, unit, is_percent)."""
    mags = [n.mag for n in nums]
    if mags[-1] and sum(1 for m in mags if m) == 1:
        mags = [mags[-1]] * len(mags)
    pct = any(n.pct for n in nums) and (all(n.pct for n in nums) or nums[-1].pct)
    currencies = [n.currency for n in nums if n.currency]
    currency = Counter(currencies).most_common(1)[0][0] if currencies else ""
    counts = Counter(m for m in mags if m)
    display = max(counts.items(), key=lambda kv: (kv[1], MAGNITUDES[kv[0]][1]))[0] if counts else ""
    scale = MAGNITUDES[display][1] if display else 1.0
    values = [
        n.value * (MAGNITUDES[m][1] if m else (scale if display and not n.mag else 1.0)) / scale
        for n, m in zip(nums, mags, strict=True)
    ]
    word = MAGNITUDES[display][0] if display else ""
    if pct:
        unit = "%"
    elif word and currency and (CJK.match(word) or CJK.match(currency)):
        unit = word + ("元" if currency in ("¥", "元", "CNY", "RMB", "yuan") else currency)
    elif word and currency:
        unit = f"{word} {currency}"
    else:
        unit = word or currency
    return values, unit, pct


def _metric_from(text: str) -> str:
    """The measure named in a fragment like 'revenue was' or 'Plot sales': command and glue words dropped."""
    text = re.sub(r"[\(\)\[\]\"'“”‘’:：,，。.!?？！=]+", " ", text)
    if CJK.search(text):
        frag = re.sub(r"\s+", "", text)
        changed = True
        while changed and frag:
            changed = False
            for w in STOPWORDS_CJK:
                if frag.startswith(w):
                    frag, changed = frag[len(w) :], True
                if frag.endswith(w):
                    frag, changed = frag[: -len(w)], True
        frag = re.sub(r"[A-Za-z0-9]+$", "", frag)
        return frag[:20]
    words = [w for w in re.findall(r"[\w'’&+-]+", text) if w.lower() not in STOPWORDS and not w.isdigit()]
    return " ".join(words[-4:])


def _label_before(text: str) -> str:
    """The category label just before a number: 'Our sales were apples ' → 'apples'."""
    text = text.rstrip(" \t:=：-–—'\"“”(")
    if not text:
        return ""
    tail = re.search(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff·A-Za-z0-9]+)$", text)
    if tail and CJK.search(tail.group(1)):
        frag = tail.group(1)
        changed = True
        while changed and frag:
            changed = False
            for w in STOPWORDS_CJK:
                if len(frag) > len(w) and frag.startswith(w):
                    frag, changed = frag[len(w) :], True
                if len(frag) > len(w) and frag.endswith(w):
                    frag, changed = frag[: -len(w)], True
        return frag
    words = re.findall(r"[^\s,;:()]+", text)
    label: list[str] = []
    for w in reversed(words):
        if w.lower().strip(".'\"") in STOPWORDS or len(label) >= 4:
            break
        label.insert(0, w)
    return " ".join(label).strip(" .-'\"")


def _label_after(text: str) -> str:
    """The category label just after a number: ' of users on chrome' → 'users on chrome'."""
    text = text.strip(" \t:=：-–—)")
    if not text:
        return ""
    head = re.match(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff·]+)", text)
    if head:
        return head.group(1)
    words = re.findall(r"[^\s,;:()]+", text)
    label: list[str] = []
    for w in words:
        lw = w.lower().strip(".'\"")
        if lw in STOPWORDS:
            if label:
                break
            continue
        if len(label) >= 4:
            break
        label.append(w)
    return " ".join(label).strip(" .-'\"")


_SEGMENT_SPLIT = re.compile(
    r"\s*(?:[;；、\n]|,(?!\d{3}(?!\d))|，|\.\s+|。|\band\b|\bor\b|\by\b|\bet\b|\bund\b|&|以及|还有|和|与|及)\s*",
    re.I,
)


def _pairs(text: str) -> QuestionData | None:
    """'Apples 30, bananas 20 and cherries 50' / '45% chrome, 30% safari' / '苹果30，香蕉20' as pairs."""
    nums = find_numbers(text)
    if len(nums) < 2:
        return None
    first = nums[0].start
    colon = max(text.rfind(":", 0, first), text.rfind("：", 0, first))
    preamble, body = (text[:colon], text[colon + 1 :]) if colon >= 0 else ("", text)
    rows: list[tuple[str, str, Num]] = []
    for seg in _SEGMENT_SPLIT.split(body):
        seg_nums = find_numbers(seg)
        if not seg_nums:
            continue
        if len(seg_nums) >= 2 and (
            seg_nums[0].is_year
            or seg[seg_nums[0].end : seg_nums[1].start].strip() in (":", "：", "=", "-", "–")
        ):
            rows.append((seg_nums[0].text, "", seg_nums[1]))
            continue
        values = [n for n in seg_nums if not n.is_year]
        if not values:
            continue
        n = values[0]
        rows.append((_label_before(seg[: n.start]), _label_after(seg[n.end :]), n))
    if len(rows) < 2:
        return None
    before_mode = sum(1 for r in rows if r[0]) >= sum(1 for r in rows if r[1])
    labels = [(b or a) if before_mode else (a or b) for b, a, _ in rows]
    if not all(labels) or len({lb.casefold() for lb in labels}) != len(labels):
        return None
    if any(len(lb) > 60 for lb in labels):
        return None
    values, unit, pct = _unify([r[2] for r in rows])
    metric = _metric_from(preamble) if preamble else ""
    if not metric and before_mode:
        first_seg = body[: rows[0][2].start] if rows else ""
        lead = first_seg[: max(0, first_seg.lower().rfind(labels[0].lower()))]
        metric = _metric_from(lead)
    return QuestionData(labels, values, unit, pct, metric=metric, source="pairs")


def time_axis(labels: list[str]) -> str:
    """'year', 'quarter', 'month' or 'weekday' when every label is one; else ''."""
    low = [lb.strip().lower().rstrip(".") for lb in labels]
    if all(re.fullmatch(r"(?:19|20)\d\d年?", x) for x in low):
        return "year"
    if all(re.fullmatch(r"q[1-4](?:\s*(?:19|20)\d\d)?", x) for x in low):
        return "quarter"
    months = {m.lower() for m in MONTHS_EN} | {m.lower() for m in MONTHS_EN_FULL} | {"sept"}
    if all(x in months or re.fullmatch(r"\d{1,2}月", x) for x in low):
        return "month"
    days = {d.lower() for d in WEEKDAYS_EN} | {d.lower() for d in WEEKDAYS_EN_FULL} | set(WEEKDAYS_ZH)
    if all(x in days for x in low):
        return "weekday"
    return ""


def extract_data(question: str) -> QuestionData | None:
    """Category/value pairs written in the question, or None.

    Tried in order: a range with a list of values ("Q1-Q4 … 1.2M, 1.5M, 1.1M, 2.0M"); label/value
    pairs ("apples 30, bananas 20"); parallel lists ("2019, 2020, 2021 … 5, 7, 9"). A numbered list
    ("1. plan 2. build") is steps, not data.
    """
    text = (question or "")[:MAX_QUESTION]
    if ENUMERATION_RE.search(text) and not re.search(r"\d\s*[%％]|\d[kmb]\b", text, re.I):
        return None
    lang = lang_of(text)
    for kind, pattern in RANGE_PATTERNS.items():
        for m in pattern.finditer(text):
            cats = expand_range(m, kind)
            if len(cats) < 2:
                continue
            rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
            nums = find_numbers(rest)
            after = [n for n in nums if n.start >= m.end()]
            chosen = after if len(after) == len(cats) else (nums if len(nums) == len(cats) else None)
            if chosen is None and len(after) > len(cats):
                chosen = after[: len(cats)]
                if any(n.is_year for n in chosen):
                    chosen = None
            if not chosen:
                continue
            values, unit, pct = _unify(chosen)
            gap = text[m.end() : chosen[0].start] if chosen[0].start >= m.end() else ""
            metric = _metric_from(gap) or _metric_from(text[: m.start()])
            axis_key = kind.removesuffix("_zh")
            axis = AXIS_NAMES[lang].get(axis_key, "")
            return QuestionData(
                cats, values, unit, pct, metric=metric, axis=axis, time_like=True, source="range"
            )
    data = _pairs(text)
    if data is None:
        data = _parallel(text)
    if data is not None:
        axis_key = time_axis(data.categories)
        if axis_key:
            data.time_like = True
            data.axis = AXIS_NAMES[lang][axis_key]
    return data


def _parallel(text: str) -> QuestionData | None:
    """'for 2019, 2020, 2021 revenue was 5, 7, 9': years first, then as many values."""
    nums = find_numbers(text)
    years = [n for n in nums if n.is_year]
    values = [n for n in nums if not n.is_year]
    if len(years) >= 2 and len(years) == len(values) and years[-1].end <= values[0].start:
        vals, unit, pct = _unify(values)
        metric = _metric_from(text[years[-1].end : values[0].start]) or _metric_from(text[: years[0].start])
        return QuestionData([y.text for y in years], vals, unit, pct, metric=metric, source="parallel")
    return None


def bare_numbers(question: str) -> list[float]:
    """All numbers in the question when they are a plain list (for a histogram of observations)."""
    nums = [n for n in find_numbers(question or "") if not n.is_year]
    return [n.value * n.multiplier for n in nums] if len(nums) >= 5 else []


def content_body(question: str) -> str | None:
    """Pasted content inside the question ('Make slides from this:\n# Title…'), usable as markdown."""
    text = question or ""
    if "\n" in text.strip():
        first, rest = text.strip().split("\n", 1)
        if re.search(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)", rest, re.M) or len(rest) > 200:
            return rest.strip() if len(first) < 300 else text.strip()
    m = re.search(r"[:：]\s*", text)
    if m and len(text) - m.end() > 300 and len(re.findall(r"[.!?。！？]", text[m.end() :])) >= 2:
        return text[m.end() :].strip()
    return None

"""Data written in the question: category/value pairs, ranges with values ("Q1-Q4 … 1.2M, 1.5M"),
parallel lists, plain lists of observations, and content pasted under an instruction."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from generators.rules.bands import BETWEEN, count_bands
from generators.rules.content import bare_ranks
from generators.rules.cues import (
    FOR_PURPOSE,
    STOPWORDS,
    STOPWORDS_CJK,
    STOPWORDS_INTL,
)
from generators.rules.cues import (
    PERIOD_NOUNS as _PERIOD_NOUNS,
)
from generators.rules.dates import (
    DATE_AFTER,
    DATE_BEFORE,
    TIME_TOKEN,
    is_weekday,
    mask_dates,
    period_label,
    race_times,
    taken_word,
    time_axis,
)
from generators.rules.dates import MONTH_EN as _MONTH_EN
from generators.rules.framing import held_against, out_of, shares_labelled
from generators.rules.labels import (
    CLOCK_AFTER,
    CLOCK_LABEL,
    PERSON,
    SAID_FILLER,
    is_glue,
    item_label,
    joined_names,
    label_after,
    label_before,
    said_label,
)
from generators.rules.measures import different_measures, measure_named
from generators.rules.naming import named_axis, noun_phrase
from generators.rules.numbered import dashed_labels, numbered_head, numbered_word
from generators.rules.numbers import (
    COMMA_DECIMAL,
    INDIAN,
    TO,
    VALUE,
    Num,
    find_numbers,
    lettered_names,
    month_first,
    number_locale,
    numbered_labels,
    spaced_thousands,
    weekday_run,
)
from generators.rules.qdata import QuestionData, comparable, own_percent, short_label, unify
from generators.rules.ranges import AXIS_NAMES, RANGE_PATTERNS, WEEKDAY_EN, expand_range
from generators.rules.runs import named_runs
from generators.rules.spelled import spelled_numbers
from generators.rules.templates import template
from generators.rules.terse import clock_labels, slashed_items, versus_pairs
from generators.rules.units import MONEY, PERCENT, SIZE
from generators.rules.words import CJK, LATIN, MAX_QUESTION, cap, lang_of, language, without_particle

ENUMERATION_RE = re.compile(
    r"(?:^|[\s:：])1\s*[.)、．](?!\d)\s*\S.*?(?:\s|[,;，；])2\s*[.)、．](?!\d)\s*\S", re.S
)


def _metric_from(text: str) -> str:
    """The measure named in a fragment like 'revenue was' or 'Plot sales': command and glue words dropped."""
    text = re.sub(r"[\(\)\[\]\"'“”‘’:：,，。.!?？！=]+", " ", re.sub(r"(?<=\w)['’]s\b", "", text))
    # "ring chart of …": the chart's kind, not part of the measure
    text = re.sub(r"\bring\s+(?=(?:chart|graph)s?\b)", " ", text, flags=re.I)
    # "help me present the 3 options to the client": the ask and who it is for, not the measure
    text = re.sub(
        r"\bhelp\s+(?:me|us)\s+(?:to\s+)?(?:present|show|explain)\b|\bto\s+the\s+(?:client|board|team|boss)\b",
        " ",
        text,
        flags=re.I,
    )
    text = re.sub(r"[\u3131-\u318e]{2,}", " ", text)  # "ㅋㅋ", "ㅎㅎ": laughter typed in jamo, no word
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
        if re.fullmatch(r"[はがのをにもでと]", frag):
            return ""  # a Japanese particle alone names nothing
        return without_particle(frag[:20])
    text = _WHEN_SAID.sub(" ", re.sub(r"\bhow\s+(?:many|much)\b", " ", text, flags=re.I))
    cut = _PER.search(text)
    if cut and re.search(r"[^\W\d_]{3,}", text[: cut.start()]):
        text = text[: cut.start()]  # "Umsätze pro Quartal" measures Umsätze; the quarters are the labels
    tokens = re.findall(r"[\w\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff'’&+-]+", text)

    def content(w: str) -> bool:
        return w.lower() not in STOPWORDS and w.lower() not in STOPWORDS_INTL and not w.isdigit()

    words = [
        w
        for i, w in enumerate(tokens)
        if content(w)
        # "population of Tokyo": an "of" between two words of the measure stays
        or (
            w.lower() == "of"
            and 0 < i < len(tokens) - 1
            and content(tokens[i - 1])
            and content(tokens[i + 1])
        )
    ]
    return re.sub(
        r"^(?:(?:ok|okay|so|well|like|um+|uh+)\s+)+", "", " ".join(words[-4:]), flags=re.I
    ).removeprefix("of ")


_IN_UNITS = {"minute": "min", "hour": "h", "second": "s", "day": "days", "km": "km", "mile": "miles",
             "kg": "kg", "lb": "lbs", "euro": "€", "dollar": "$"}  # fmt: skip
_UNIT_WORDS = r"minutes|hours|seconds|days|km|miles|kg|lbs|euros?|dollars?"
_IN_UNIT = re.compile(rf"\bin\s+({_UNIT_WORDS})\b", re.I)
_PER = re.compile(r"\b(?:per|by|each|pro|je|nach|par|por|для каждого|по)\b", re.I)
_WHEN_SAID = re.compile(
    r"\b(?:(?:has\s+|have\s+)?(?:changed|evolved|developed|grown|grew)(?:\s+over\s+(?:time|the\s+years))?|"
    r"over\s+(?:time|the\s+years)|"
    r"(?:last|this|next|past|previous)\s+(?:week|month|year|quarter|days?|weekend)|today|yesterday|"
    rf"in\s+(?:{_UNIT_WORDS}|percent))\b",
    re.I,
)


_SEGMENT_SPLIT = re.compile(
    r"\s*(?:[;；、،\n]|(?<=\S)\s/\s(?=\S)|,(?!\d{3}(?!\d))|，|(?<!\bno)(?<!\bnr)(?<!\bnum)(?<!\bvs)(?<!\bca)(?<!\bmio)(?<!\bmrd)(?<!\btsd)(?<!\bmln)(?<!\bмлн)(?<!\bтыс)(?:\.\s+(?!\d)|(?<=\d)\.\s+|(?<=\w{6})\.\s+)|[?？!！]\s*|。|\band\b|\bor\b|(?-i:\by\b)|\bet\b|\bund\b|(?-i:\be\b)|\bи\b|\boch\b|\bvà\b|&(?!\s*(?:sons?|co\b|partners|daughters?|friends)\b)|以及|还有|和|与|及)\s*",
    re.I,
)
# where "1,20,000" groups in lakhs (`numbers.NUMBER_RE_IN`), its commas split nothing
_SEGMENT_SPLIT_IN = re.compile(
    _SEGMENT_SPLIT.pattern.replace(",(?!\\d{3}(?!\\d))", ",(?!\\d{3}(?!\\d)|\\d{2},\\d)", 1), re.I
)


@dataclass
class _Row:
    before: str
    after: str
    num: Num
    seg: str
    counts: str = ""  # what a band's value counts ("kids"): the unit of a distribution


_SEGMENT_SPLIT_COMMA = re.compile(_SEGMENT_SPLIT.pattern.replace(r",(?!\d{3}(?!\d))", r",(?!\d)"), re.I)


# "and" in languages where the word means something else elsewhere ("en" is "in" in French and
# Spanish: "1 000 en 2019"), so it joins items only in its own language.
_AND_OF = {"nl": re.compile(r"\s+en\s+"), "tr": re.compile(r"\s+ve\s+"), "pl": re.compile(r"\s+i\s+"),
           "id": re.compile(r"\s+dan\s+"), "hi": re.compile(r"\s+(?:और|तथा)\s+")}  # fmt: skip


_BULLET_LINE = re.compile(r"^[ \t]*[-*•–][ \t]+\S", re.M)


def _segments(body: str, locale: str = "en") -> list[str]:
    """List items; where a comma is the decimal mark ("3,6 Mio") only a comma before a space splits.
    A bulleted line with one figure is one item, its "and" part of the name ("- police and security 8%")."""
    if len(_BULLET_LINE.findall(body)) >= 2:
        return [
            part
            for line in body.split("\n")
            for part in (
                [re.sub(r"^[ \t]*[-*•–][ \t]+", "", line)]
                if _BULLET_LINE.match(line) and len(re.findall(r"\d+(?:[.,]\d+)*", line)) == 1
                else _split_segments(line, locale)
            )
            if part.strip()
        ]
    return _split_segments(body, locale)


def _split_segments(body: str, locale: str) -> list[str]:
    """Items split at commas, semicolons, line breaks and the words that join them."""
    split = _SEGMENT_SPLIT_COMMA if number_locale(body, locale) in COMMA_DECIMAL else _SEGMENT_SPLIT
    split = _SEGMENT_SPLIT_IN if split is _SEGMENT_SPLIT and INDIAN.search(body) else split
    segments = [seg for seg in joined_names(body, split) if seg and seg.strip()]
    joiner = _AND_OF.get(locale[:2])
    return [part for seg in segments for part in joiner.split(seg) if part.strip()] if joiner else segments


def _numbered_label(seg: str, first: Num, body: str = "") -> bool:
    """The number is part of a label: glued to a word ('1반', '2組', '3F'), one of a run of class names
    ('6a, 6b, 6c': the 'b' no billion) or after a period noun ('day 1', 'week 3', 'sprint 2')."""
    glued = _glued(seg, first) or seg[first.start : first.end] in lettered_names(body)
    period = re.search(
        rf"(?<![{LATIN}])(?:{_PERIOD_NOUNS}|team|group|class|room|level|zone|line)\s*$",
        seg[: first.start],
        re.I,
    )
    return glued or period is not None


def _glued(seg: str, first: Num) -> bool:
    return re.match(r"[^\W\d_]", seg[first.end : first.end + 1]) is not None and not first.unit


_SETTING_TO = re.compile(r"\s*(?:[^\W\d_]{1,4}\s*)?(?P<to>→|->|⇒|(?<=\s)[-–—](?=\s))\s*")


def _series_label(seg: str, first: Num, body: str) -> bool:
    """'baan 1 812, baan 2 774': a word numbered in two or more items ('baan 1', 'baan 2') is a label."""
    return first.plain_int and first.value <= 99 and numbered_word(seg[: first.start], body)


def _age_label(seg: str, n: Num, nxt: Num | None) -> bool:
    """'1か月4.0kg', '3个月5.9公斤', '6 mo: 7.5 kg': a duration written right before a value of another
    measure is when the value was taken (an age, a time point), the item's label, not a value; so is
    a number glued into a CJK label word right before the value ('1週目20km')."""
    gap = seg[n.end : nxt.start] if nxt is not None else ""
    if nxt is not None and not n.dim and re.fullmatch(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4}", gap):
        return True  # '1週目20km', '2주차25km': a number glued into the label's word, the value right after
    if n.dim != "duration":
        return False
    return (
        nxt is not None
        and bool(nxt.dim)
        and nxt.dim != n.dim
        and re.fullmatch(r"\s*[:：=]?\s*|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4}", gap) is not None
    )  # '1주차25km': the week's ordinal ending (차, 目) sits between the duration and the value


# A Korean particle after a numbered label ("2분기가", "3반은"): grammar, not part of the name.
_numbered_particle = re.compile(
    r"(?<=\d[가-힣])(?:이|가|은|는|을|를|도|의)$|(?<=\d[가-힣]{2})(?:이|가|은|는|을|를|도|의)$"
)


_GAP = " \t\n\r\u3000\u00a0:=：-–—"


def _times_after(seg: str, values: list[Num], between: list[str]) -> list[_Row] | None:
    """'sold 120 croissants monday 95 tuesday 130 wednesday': each value said before its day or
    month, the counted thing after the first; three or more periods, each named once."""
    tail = SAID_FILLER.sub("", seg[values[-1].end :].strip(" ,.;")).split()[:1]
    labels = [b.split()[-1] for b in between] + tail
    if len(labels) != len(values) or len(labels) < 3:
        return None
    labels = [lb.strip(".,") for lb in labels]
    if not all(TIME_TOKEN.fullmatch(lb) for lb in labels) or len({lb.casefold() for lb in labels}) < len(
        labels
    ):
        return None
    return [_Row("", lb, n, seg) for lb, n in zip(labels, values, strict=True)]


def _run_rows(seg: str, nums: list[Num]) -> list[_Row] | None:
    """'Q1 31 Q2 35 Q3 29' / 'mon 5 tue 0 wed 7' / '周一 6500 周二 8200': a label before every number,
    no separators. The first label takes as many words as the others have."""
    # each number and the one after it (in order of position): one pass, long pastes stay linear
    values = [
        n
        for n, nxt in zip(nums, [*nums[1:], None], strict=True)
        if not n.is_year and not _age_label(seg, n, nxt)
    ]
    if len(values) < 2:
        return None
    # any whitespace is a gap: a pasted sheet puts a tab between a label and its value ("7b\t305 €")
    between = [seg[values[k - 1].end : values[k].start].strip(_GAP) for k in range(1, len(values))]
    if not all(between) or any(len(b.split()) > 3 or len(b) > 30 for b in between):
        return None
    if (timed := _times_after(seg, values, between)) is not None:
        return timed
    days = weekday_run(
        [seg[: values[0].start].split()[-1:][0] if seg[: values[0].start].split() else "", *between]
    )
    if not days and any(all(is_glue(w) for w in b.split()) and not PERSON.fullmatch(b) for b in between):
        return None  # "15% of 200": glue words, not labels ("jake 112 me 98": "me" is a person)
    between = [said_label(_numbered_particle.sub("", b)) for b in between]
    if not all(between):
        return None
    size = max(len(b.split()) for b in between)
    head = said_label(seg[: values[0].start]).split()
    first = head[-size:]
    if not first:
        return None
    shapes = {re.sub(r"\d+", "#", b) for b in between}
    if size == 1 and len(shapes) == 1 and "#" in next(iter(shapes)):
        # "1분기 매출이 3억 2분기가 4억": the first label is the word shaped like the others, and the
        # words after it name the measure
        same = [w for w in head if re.sub(r"\d+", "#", _numbered_particle.sub("", w)) in shapes]
        first = [_numbered_particle.sub("", same[-1])] if same else first
    labels = [" ".join(first), *between]
    return [_Row(lb, "", n, seg) for lb, n in zip(labels, values, strict=True)]


def _named_by_numbers(body: str, lang: str, spaced: bool | None = None) -> list[_Row] | None:
    """'4.0 212, 4.1 148, 4.2 96': every item a bare number naming it (a release, a version, a plot
    number) or a setting in one unit ('160°C 18 min, 175°C 13 min'), then its value. The names rise
    from item to item; they are labels, never plotted beside the values. None unless every item is
    such a pair."""
    rows: list[_Row] = []
    names: list[float] = []
    units: set[str] = set()
    for k, seg in enumerate(_segments(body, lang)):
        nums = find_numbers(seg, lang, spaced)
        if not nums and re.fullmatch(r"\W*(?:and|or|y|et|und|e|и)?\W*", seg, re.I):
            continue
        if len(nums) != 2:
            return None
        name, value = nums
        # a bare number, or a setting in a unit of its own ("160°C 18 min": the time at each temperature)
        plain = not (name.currency or name.pct or name.mag) and (not name.unit or name.dim != value.dim)
        units.add(name.unit)
        lead = seg[: name.start].strip(" :")
        if not plain or seg[name.end : value.start].strip() or seg[value.end :].strip(" .;!?"):
            return None
        if k and lead and not re.fullmatch(r"(?:and|or|y|et|und|e|и|&)", lead, re.I):
            return None
        rows.append(_Row(name.text, "", value, seg))
        names.append(name.value)
    rising = all(a < b for a, b in itertools.pairwise(names))
    return rows if len(rows) >= 2 and rising and len(units) == 1 else None


def _fact_item(seg: str, lang: str, spaced: bool | None = None) -> bool:
    """An item written with digits that hold no quantity: a phone number, a year or date with its
    counter ('2015년', '8月3日'), a code. Beside values, such items make the list a set of facts."""
    return bool(re.search(r"\d", seg)) and not find_numbers(seg, lang, spaced)


_ANSWER_NO = re.compile(r"\s*(?:no|non|nein|nee|nie|não|нет|hayır)\s+\d", re.I)
_ANSWER_YES = re.compile(r"(?<!\w)(?:yes|sí|si|oui|ja|sim|sì|tak|evet|да)\s+\d", re.I)


def _rows(body: str, lang: str) -> list[_Row] | None:
    """One labelled number per list item; None when an item holds several numbers that are not a
    run of labelled values, or when an item between two numbered ones has no number (a roadmap, a
    list of facts: the numbers are details of the items, not a series)."""
    spaced = spaced_thousands(body)  # read the list whole: "No. 14 231" alone would be 14 231
    named = _named_by_numbers(body, lang, spaced)
    if named is not None:
        return named
    if (bands := count_bands(_segments(BETWEEN.sub(r"\1-\2", body), lang), lang)) is not None:
        return [
            _Row(band, noun, count, seg, counts=noun) for band, count, noun, seg in bands
        ]  # "8 got 15-19"
    rows: list[_Row] = []
    gap = False
    if number_locale(body, lang) in COMMA_DECIMAL or spaced:
        body = numbered_labels(body)  # "baan 1 812, baan 2 774": "baan 1", then 812
    segments = _segments(body, lang)
    bulleted = len(_BULLET_LINE.findall(body)) >= 2
    answered = _ANSWER_YES.search(body) is not None  # "yes 61, no 33": "no" is an answer, not "No."
    facts = sum(
        _fact_item(seg, lang, spaced) and not (answered and _ANSWER_NO.match(seg)) for seg in segments
    )
    if len(segments) >= 3 and facts * 3 >= len(segments):
        return None  # "open 2015년, staff 12명, visitors 300명, phone 02-555-1234": a fact sheet
    for seg in segments:
        seg_nums = find_numbers(seg, lang, spaced)
        if not seg_nums and answered and _ANSWER_NO.match(seg):
            seg_nums = [
                replace(n, start=n.start - 4, end=n.end - 4) for n in find_numbers("yes " + seg, lang)
            ]
        if not seg_nums:
            if (
                rows
                and re.search(r"\w{3,}", seg)
                and not re.fullmatch(r"\W*(?:and|or|y|et|und|e|и)\W*", seg, re.I)
            ):
                gap = True
            continue
        if gap:
            return None
        if len(seg_nums) == 2 and (
            seg_nums[0].is_year
            or seg[seg_nums[0].end : seg_nums[1].start].strip() in (":", "：", "=", "-", "–", "—")
        ):
            label = seg_nums[0].text
            if not seg_nums[0].is_year and (
                _numbered_label(seg, seg_nums[0], body) or _series_label(seg, seg_nums[0], body)
            ):  # "week 1: 28", "sem 1 : 28": the word numbered is part of the label
                label = " ".join(seg[: seg_nums[0].end].split()[-2:])
            rows.append(_Row(label, "", seg_nums[1], seg))
            continue
        if len(seg_nums) == 2 and (arrow := _SETTING_TO.fullmatch(seg, seg_nums[0].end, seg_nums[1].start)):
            # "1 V → 0,02 A": a reading at a setting, the setting (with its unit) names it
            unit = re.fullmatch(
                r"\s*([^\W\d_]{1,3})\.?\s*", seg[seg_nums[1].end :]
            )  # "0,02 A": read in amperes
            rows.append(
                _Row(
                    seg[seg_nums[0].start : arrow.start("to")].strip(),
                    unit.group(1) if unit else "",
                    seg_nums[1],
                    seg,
                )
            )
            continue
        if (
            len(seg_nums) == 2
            and seg_nums[1].dim in (MONEY, PERCENT)
            and seg_nums[0].dim not in ("", MONEY, PERCENT)
            and not seg[seg_nums[0].end : seg_nums[1].start].strip()
            and not re.search(
                r"\w", seg[: seg_nums[0].start]
            )  # "P 300 g R$ 18": a menu's line, size and price
        ):  # "40° €0.35", "500ml £1.20": a setting or a size alone names the price after it
            rows.append(_Row(seg[: seg_nums[1].start].strip(" \t:=：-–"), "", seg_nums[1], seg))
            continue
        if len(seg_nums) == 2 and (
            _numbered_label(seg, seg_nums[0], body) or _series_label(seg, seg_nums[0], body)
        ):
            # "day 1 40 points", "1반 78", "Team 3: 12": the first number names the item; a name
            # glued into one word ("6a") is that word, not the lead before it ("in classes: 6a")
            label = seg[: seg_nums[1].start].strip(" \t:=：-–").split()
            one = seg[seg_nums[0].start : seg_nums[0].end] in lettered_names(body)
            rows.append(_Row(" ".join(label[-1:] if one else label[-3:]), "", seg_nums[1], seg))
            continue
        if (
            len(seg_nums) == 2
            and not seg[seg_nums[1].end :].strip(" .")
            and _numbered_label(seg, seg_nums[1], body)
            and not _numbered_label(seg, seg_nums[0], body)
        ):  # "412 bệnh nhân tháng 1", "380 visits week 2": the period numbered last names the value before it
            n, period = seg_nums[0], " ".join(seg[: seg_nums[1].end].split()[-2:])
            counted = label_after(" ".join(seg[n.end : seg_nums[1].start].split()[:-1]))  # "bệnh nhân"
            rows.append(_Row(label_before(seg[: n.start]), period, n, seg, counts=counted))
            continue
        values = [n for n in seg_nums if not n.is_year]
        if not values:
            if DATE_BEFORE.search(seg[: seg_nums[0].start]) or DATE_AFTER.match(seg, seg_nums[0].end):
                continue  # "founded 2009", "2015 में खुली": a date among the facts, not a value
            values = seg_nums[:1]  # "electricity 2000" is a value
        if len(values) >= 2:
            run = _run_rows(seg, seg_nums)
            if run is None:
                return None
            rows.extend(run)
            continue
        n = values[0]
        clock = CLOCK_LABEL.search(seg[: n.start])  # "9:00 — 3 200", "06:00 180": the time names the value
        at = CLOCK_AFTER.match(seg[n.end :])  # "30 at 12:00"
        before = clock.group(1) if clock else "" if at else label_before(seg[: n.start])
        whole = seg[: n.start].strip(" \t:=：-–—")
        if (
            bulleted
            and before
            and not seg[n.end :].strip()
            and len(whole.split()) <= 6
            and whole.endswith(before)
        ):
            before = whole  # "- police and security 8%", "- friends of the couple 38": a line's name whole
        rows.append(_Row(before, at.group(1) if at else label_after(seg[n.end :]), n, seg))
    if len(rows) < 2 or all(r.num.is_year for r in rows):
        return None  # "born in 1990 and moved in 2005": dates, not values
    for r in rows:  # the tab that cut "baan 1" from its value is no part of a label
        r.before, r.after = r.before.replace("\t", " ").strip(), r.after.replace("\t", " ").strip()
    return rows


def _time_labels(rows: list[_Row]) -> list[str] | None:
    """The one time word in every item ('412 patients in January'), when each has exactly one."""
    seen: dict[str, list[str]] = {}  # rows of one run share their segment: read it once
    labels = []
    for r in rows:
        found = seen.get(r.seg)
        if found is None:
            found = seen[r.seg] = TIME_TOKEN.findall(r.seg)
        if len(found) != 1:
            return None
        labels.append(found[0])
    return labels


# What the visual is for, before a colon ("voor de ledenvergadering van de tennisclub: …"): not the measure.
_PURPOSE_LEAD = re.compile(rf"\s*(?:{FOR_PURPOSE}|so\s+that|damit|afin\s+de|zodat|so)\b", re.I)


# where a range starts and ends, as written lower-case ("A" and "do" stay a team and a Thursday)
_RANGE_WORD = re.compile(r"from|to|von|bis|de|à|desde|hasta|até|van|tot|od|от|до|从|到|から|まで|부터|까지")


def _pairs(text: str, lang: str) -> QuestionData | None:
    """'Apples 30, bananas 20 and cherries 50' / '45% chrome, 30% safari' / '苹果30，香蕉20' as pairs;
    also 'Q1 31 Q2 35' runs. None unless every item has one value and the values are comparable."""
    text = dashed_labels(text)
    nums = find_numbers(text, lang)
    if len(nums) < 2:
        return None
    first = nums[0].start
    colons = [
        m.start()
        for m in re.finditer(r"(?<!\d):|：|:(?!\d)", text[:first])  # not a clock's "9:00"
        if not numbered_head(text, m.start())  # "route 1: 12,400, route 2: 9,800": the first item's own
    ]
    colon = colons[-1] if colons else -1
    later = re.search(r"(?<!\d):|:(?!\d)|：", text[first:])  # "in 2024: north 10": a colon, no clock
    if (
        colon < 0
        and later
        and len(nums) >= 3
        and nums[1].start > first + later.start()
        and len(re.findall(r"(?<!\d):|:(?!\d)|：", text[first:]))
        == 1  # "week 1: 28, week 2: 25": every item's own
    ):
        colon = first + later.start()  # "class 7 attendance: Jul 92%, Aug 88%": the 7 names the class
    head = re.match(r"[ \t]*([^\n\d]+?)[ \t]*\n(?=[ \t]*[-*•–][ \t]+\S)", text)
    if colon < 0 and head and len(_BULLET_LINE.findall(text)) >= 2 and not _BULLET_LINE.match(text):
        colon = (
            head.end() - 1
        )  # "repair calls last quarter\n- leaks 48\n- …": the line above the list names it
    preamble, body = (text[:colon], text[colon + 1 :]) if colon >= 0 else ("", text)
    rows = _rows(body, lang)
    if rows is None:
        return None
    before_mode = sum(1 for r in rows if r.before) >= sum(1 for r in rows if r.after)
    labels = [(r.before or r.after) if before_mode else (r.after or r.before) for r in rows]
    timed = _time_labels(rows)
    if timed is not None and any(r.num.is_year and t == r.num.text for t, r in zip(timed, rows, strict=True)):
        return None  # "2010 founded, 2014 osaka branch": years dating events, no value to chart
    if timed is not None and len({t.casefold() for t in timed}) == len(timed):
        labels = timed  # "q1 we did 48k, q2 52k, q3 was bad 39k": the period names each item
    elif any(r.before and not r.after for r in rows) and any(r.after and not r.before for r in rows):
        return None  # "42 employees, avg age 31": items written two ways describe different things
    elif (
        before_mode
        and len(labels) >= 2
        and labels[0]
        and not (
            colon >= 0
            and len(labels[0].split()) <= 2
            and re.match(r"\w", labels[0])
            and _metric_from(preamble)
        )
    ):  # after a colon that follows the measure's name the list starts clean: "Electricity cost per
        # wash: cold cycle €0.18, eco €0.22" keeps "cold cycle"; "Balkendiagramm: Umsatz Nord …" does not
        size = max(len(lb.split()) for lb in labels[1:])
        labels[0] = " ".join(labels[0].split()[-size:])
    if before_mode and colon >= 0 and timed is None:
        whole = [item_label(r.seg[: r.num.start], lb) for r, lb in zip(rows, labels, strict=True)]
        if all(whole) and any(w != lb for w, lb in zip(whole, labels, strict=True)):
            labels = whole  # "options: keep the wall (3k), knock through (12k)": each option whole
    if not before_mode:
        timed = _time_labels(rows)
        if timed is not None and len({t.casefold() for t in timed}) == len(timed):
            labels = timed
        else:  # the first item's noun phrase is as long as the others' ("3 cats", "7 dogs")
            size = sorted(len(lb.split()) for lb in labels)[len(labels) // 2]
            labels = [noun_phrase(lb, size) if lb else lb for lb in labels]
    if not all(labels) or len({lb.casefold() for lb in labels}) != len(labels):
        return None
    if any(_RANGE_WORD.fullmatch(lb) for lb in labels):
        return None  # "von 0 € bis 1.650 €", "de 0 € à 1 650 €": where a range starts and ends, no things
    if any(not re.search(r"\w", lb) for lb in labels):
        # "weg: 1,6 / 1,4 bar": a value after a slash belongs to the one before, no label of its own
        return None
    if len(labels) >= 3 and time_axis(labels[:-1]) and not time_axis(labels):
        return None  # "Mon 34, Tue 41, Wed 38; average wait 25 min": the last is another measure
    if any(len(lb) > 60 for lb in labels):
        return None
    if not before_mode and len(rows) < 3:
        return None  # "3 offices and 45 people": two counts of different things, not a comparison
    counted = [r.after if before_mode else "" for r in rows]
    if not before_mode:
        counted = [lb for lb in labels]
        if any(re.fullmatch(r"[a-zA-Z]{1,2}\.?", lb) for lb in labels):
            return None  # "depth 620 m, 340 workers, 1.2 million t": a unit's symbol, not a thing counted
    if not comparable([r.num for r in rows], counted) or different_measures(labels):
        return None  # "pulse 92, temperature 36.9": no units, yet different measures
    if before_mode and own_percent([r.num for r in rows], text):
        return None  # "borrowed 350 on a ring 4% per month": an amount and a rate, no percent axis
    values, unit, pct = unify([r.num for r in rows], spread=before_mode)  # "5 thousand customers": its own
    after = {r.after.casefold() for r in rows}
    unit = (
        unit or rows[0].counts or (rows[0].after if before_mode and len(after) == 1 and rows[0].after else "")
    )
    metric = _metric_from(preamble) if preamble and not _PURPOSE_LEAD.match(preamble) else ""
    if not metric and before_mode:
        first_seg = rows[0].seg[: rows[0].num.start]
        at = max(0, first_seg.lower().rfind(labels[0].lower()))
        # "1분기 매출이 3억 2분기가 4억": the words between the first label and its value name the measure
        mid = [without_particle(w) for w in first_seg[at + len(labels[0]) :].split()]
        metric = _metric_from(" ".join(mid)) or _metric_from(first_seg[:at])
    if not metric and before_mode and colon < 0:
        # "ski passes sold this winter\nday 12,480\n…": the heading names the measure, its words as written
        heading = _heading(body, rows[0].seg)
        metric = _metric_from(heading)
        if metric and metric.casefold() not in heading.casefold():
            metric = heading
    return QuestionData(labels, values, unit, pct, metric=metric, source="pairs", counted=not before_mode)


def _heading(body: str, first_item: str) -> str:
    """The line above a list typed a line an item, when it holds no number: what the values measure
    ("ridership per line last month" over "L1 84 200", "L2 61 900"); '' for anything else."""
    at = body.find(first_item)
    above = body[:at] if at > 0 else ""
    lines = [ln.strip(" >:：") for ln in above.splitlines() if ln.strip(" >")]
    if len(lines) != 1 or not above.rstrip(" \t").endswith("\n") or re.search(r"\d|[.!?。！？؟]", lines[0]):
        return ""  # "最近の体温です。グラフにしてもらえますか？": a message, not a heading
    line = re.sub(r"\s*[(（][^()（）]*[)）]", "", lines[0]).strip(" ,")  # "(litres)", "(pos export)": asides
    return line if len(line) <= 60 else ""


_CHAIN_ARROW = re.compile(rf"\s*{TO}\s*")
_VALUE_CHAIN = re.compile(rf"{VALUE}(?:\s*{TO}\s*{VALUE}){{2,}}")


def extract_data(question: str) -> QuestionData | None:
    """Category/value pairs written in the question, or None.

    Tried in order: several series in brackets ("team A (21, 25) and team B (18, 22)"); a range
    with a list of values ("Q1-Q4 … 1.2M, 1.5M, 1.1M, 2.0M", "weeks 1-5 … 2cm, 5cm"); label/value
    pairs ("apples 30, bananas 20", "Q1 31 Q2 35"); parallel lists ("2019, 2020, 2021 … 5, 7, 9");
    a plain series ("were 14 17 9 21"). Only comparable numbers are data: one measure, every item
    one value (see `comparable`). Numbers are read in the question's language ("1.200" is 1200 in
    German, "3,6 Mio" is 3.6 million). A numbered list ("1. plan 2. build") is steps, not data.
    """
    text = SIZE.sub(lambda m: " " * len(m.group(0)), mask_dates((question or "")[:MAX_QUESTION]))
    if re.search(r"[\u0590-\u08ff]", text):
        text = text.replace("←", "→")  # "2.0 ← 85" read right to left: the label's arrow to its value
    text = _VALUE_CHAIN.sub(lambda m: _CHAIN_ARROW.sub(", ", m.group(0)), text)  # "2k → 3.5k → 6k": a series
    text = slashed_items(versus_pairs(clock_labels(text)))  # typed tersely: '0800 37.2', 'A vs B 91% vs 87%'
    text = spelled_numbers(text, language(text))  # dictated: "forty percent", "twee komma één miljoen"
    text = race_times(text)  # "28:40, 27:55, 27:10": minutes and seconds, not times of day
    text = month_first(text)  # "21 in jan, 25 feb, 34 mar": values before their months, no dates
    text, reference = held_against(out_of(text))
    text = shares_labelled(text)
    if text is None:
        return None  # "70% of the earth is water, 3% of water is fresh": shares of different wholes
    data = _extract(text)
    if data is not None and reference is not None:
        data.reference = reference
    return data


_PERIOD_LABEL = re.compile(
    rf"^(?:(?P<p1>q[1-4]|(?:19|20)\d\d|{_MONTH_EN}|{WEEKDAY_EN})\s+(?P<m1>\D+)"
    rf"|(?P<m2>\D+?)\s+(?P<p2>q[1-4]|(?:19|20)\d\d|{_MONTH_EN}|{WEEKDAY_EN}))$",
    re.I,
)


def _by_period(data: QuestionData) -> QuestionData:
    """'Q1 revenue 1.2M and Q1 costs 0.9M; Q2 revenue 1.5M and costs 1.0M': labels that are a
    period and a measure make one series per measure over the periods (a label without a period,
    "costs", is in the one named before it), not four bars of which one is just "costs"."""
    if data.groups or len(data.categories) < 4:
        return data
    cells: dict[tuple[str, str], float] = {}
    periods: list[str] = []
    measures: list[str] = []
    period = ""
    for label, value in zip(data.categories, data.values, strict=True):
        m = _PERIOD_LABEL.match(label.strip())
        if m:
            period = (m.group("p1") or m.group("p2")).strip()
            measure = (m.group("m1") or m.group("m2")).strip()
        elif period and re.fullmatch(r"[^\W\d_][\w\s'-]*", label.strip()):
            measure = label.strip()
        else:
            return data
        key = (period.casefold(), measure.casefold())
        if key in cells:
            return data
        cells[key] = value
        if period not in periods:
            periods.append(period)
        if measure.casefold() not in [x.casefold() for x in measures]:
            measures.append(measure)
    if len(periods) < 2 or len(measures) < 2 or len(cells) != len(periods) * len(measures):
        return data
    groups = [(cap(m), [cells[(p.casefold(), m.casefold())] for p in periods]) for m in measures]
    return QuestionData(
        periods, groups[0][1], data.unit, data.percent, metric=data.metric, source=data.source, groups=groups
    )


def _same_noun_before(text: str, noun: str, nums: list[Num]) -> bool:
    """A number right after the range's own period noun ("day 5" beside "day 6-7") is one more label of
    the same kind, not a value for the range's items."""
    stem = re.escape(noun.casefold().removesuffix("s"))
    return any(
        re.search(rf"(?<![^\W\d_]){stem}s?\.?\s*$", text[max(0, n.start - 24) : n.start], re.I) for n in nums
    )


def _extract(text: str) -> QuestionData | None:
    if ENUMERATION_RE.search(text) and not re.search(r"\d\s*[%％]|\d[kmb]\b", text, re.I):
        return None
    if bare_ranks(" ".join(text.split())) is not None:
        return None  # "priorities: 1 security, 2 performance, 3 new features": an order, not values
    lang = lang_of(text)
    locale = number_locale(text, language(text))  # "LeBron 25,7, AD 24,1": decimal commas, item by item
    groups = _groups(text, locale) or _slashed(text, locale)
    if groups is not None:
        return groups
    for kind, pattern in RANGE_PATTERNS.items():
        for m in pattern.finditer(text):
            cats = expand_range(m, kind)
            if len(cats) < 2:
                continue
            rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
            nums = find_numbers(rest, locale)
            after = [n for n in nums if n.start >= m.end()]
            chosen = after if len(after) == len(cats) else (nums if len(nums) == len(cats) else None)
            if chosen is None and len(after) > len(cats):
                chosen = after[: len(cats)]
                if any(n.is_year for n in chosen):
                    chosen = None
            if not chosen or not comparable(chosen, [""] * len(chosen)):
                continue
            if kind == "ordinal" and _same_noun_before(text, m.group(1), chosen):
                continue  # "day 1 Tokyo, day 2-4 Kyoto, day 5 Nara, day 6-7 Osaka": days named, no values
            values, unit, pct = unify(chosen)
            gap = text[m.end() : chosen[0].start] if chosen[0].start >= m.end() else ""
            metric = _metric_from(gap) or _metric_from(text[: m.start()])
            axis_key = kind.removesuffix("_zh")
            axis = AXIS_NAMES[lang].get(axis_key, "")
            return QuestionData(
                cats, values, unit, pct, metric=metric, axis=axis, time_like=True, source="range"
            )
    data = _timed(text, locale) or _pairs(text, locale) or _parallel(text, locale) or _series(text, locale)
    if (
        data is None and "\n" in text.strip()
    ):  # "息子の50m走のタイム / 1年 11.8秒 / 2年 10.9秒 …": a heading's
        head, _, rest = text.strip().partition("\n")  # number names the event, it is no item
        if find_numbers(head, locale) and len(rest.strip().splitlines()) >= 2:
            data = _pairs(rest, locale)
            if data is not None and not data.metric:
                data.metric = _metric_from(head)
    if data is not None:
        data = _by_period(data)
        said = _IN_UNIT.search(text)
        if said and not data.unit and not data.percent:  # "screen time in minutes — Emma 320, …"
            data.unit = _IN_UNITS[said.group(1).lower().rstrip("s")]
    if data is not None and not data.time_like:
        axis_key = time_axis(data.categories)
        if axis_key:
            data.time_like = True
            data.axis = AXIS_NAMES[lang][axis_key]
    if data is not None and not data.axis:
        data.axis = named_axis(text)
    return data


_WHEN = re.compile(
    r"\s*(?:in|for|during|by|en|im|nel|nell'|em|no|na|в|во|dans|au|in the year)\s+(?:the\s+)?("
    + TIME_TOKEN.pattern
    + ")",
    re.I,
)


def _timed(text: str, locale: str) -> QuestionData | None:
    """'10k in 2019 to 14k in 2020, 21k in 2021': every value followed by the time it belongs to."""
    nums = [n for n in find_numbers(text, locale) if not n.is_year]
    if len(nums) < 2:
        return None
    when: list[str] = []
    for n in nums:
        m = _WHEN.match(text, n.end)
        if not m:
            return None
        when.append(m.group(1))
    if len({w.casefold() for w in when}) != len(when) or not comparable(nums, [""] * len(nums)):
        return None
    values, unit, pct = unify(nums)
    metric = _metric_from(text[: nums[0].start])
    return QuestionData(when, values, unit, pct, metric=metric, source="timed")


def _parallel(text: str, locale: str) -> QuestionData | None:
    """'for 2019, 2020, 2021 revenue was 5, 7, 9': years first, then as many values."""
    nums = find_numbers(text, locale)
    years = [n for n in nums if n.is_year]
    values = [n for n in nums if not n.is_year]
    if (
        len(years) >= 2
        and len(years) == len(values)
        and years[-1].end <= values[0].start
        and comparable(values, [""] * len(values))
    ):
        vals, unit, pct = unify(values)
        metric = _metric_from(text[years[-1].end : values[0].start]) or _metric_from(text[: years[0].start])
        return QuestionData([y.text for y in years], vals, unit, pct, metric=metric, source="parallel")
    return None


_SERIES_GAP = re.compile(
    r"(?:\s*[(（][^()（）\d]{1,30}[)）])?"  # "520 (Derby!), 301": an aside on a value, no value of its own
    r"[\s,;，；、،]*(?:[-–—]\s+)?(?:(?:and|then|y|luego|e|et|puis|und|dann|en|dan|и|和)[\s,]*)?"
)
_PERIOD = re.compile(
    rf"(?<![{LATIN}])(?:per |each |every |a |por |par |pro |al |в )?({_PERIOD_NOUNS})(?![{LATIN}])|(daily|weekly|monthly)",
    re.I,
)


_EVERY_WEEKDAY = re.compile(
    r"(?:every|each|toda|todas?\s+(?:las|os|as)|todos\s+los|cada|jeden|jede|chaque|tous\s+les|ogni|elke|iedere"
    r"|her|каждый|каждую|każdy|każdą|w\s+każdy)\s+([^\W\d_]+)",
    re.I,
)


def _series(text: str, locale: str) -> QuestionData | None:
    """A plain run of three or more values in one measure ('deploys per week … 14 17 9 21 25'), put
    on numbered categories named after the period the question counts in ('Week 1', 'Match 1')."""
    nums = [n for n in find_numbers(text, locale) if not n.is_year]
    best: list[Num] = []
    run: list[Num] = []
    for n in nums:
        if run and _SERIES_GAP.fullmatch(text[run[-1].end : n.start]):
            run.append(n)
        else:
            run = [n]
        if len(run) > len(best):
            best = list(run)
    if len(best) < 3 or not comparable(best, [""] * len(best)):
        return None
    dim = best[0].dim
    # a number of another measure beside the series ("my 5 km times: 28.67 min, …") is its context
    chosen = {id(n) for n in best}  # by identity: comparing numbers field by field is quadratic
    others = [n for n in nums if id(n) not in chosen and not (dim and n.dim and n.dim != dim)]
    if len(others) > 1 or any(n.value != len(best) for n in others):
        return None  # other numbers in the question: not clearly one series
    found = _PERIOD.search(text[: best[0].start]) or _PERIOD.search(text)
    noun = ""
    every = _EVERY_WEEKDAY.search(text[: best[0].start])
    if found is None and every and is_weekday(every.group(1).split("-")[0]):
        noun = cap(template(lang_of(text))["period_week"])  # "toda segunda-feira": one value a week
    elif found:
        noun = period_label(
            found.group(1) or {"daily": "day", "weekly": "week", "monthly": "month"}[found.group(2).lower()]
        )
    # without a period the labels are positions: "#3 is highest at 8", never "3 is highest at 8"
    cats = [f"{noun} {i}" if noun else f"#{i}" for i in range(1, len(best) + 1)]
    values, unit, pct = unify(best)
    if not unit:
        unit = _unit_in_brackets(text[: best[0].start])
    # "Meu peso toda segunda-feira…", "moje czasy z parkrunu": the user's word for what is measured
    named = measure_named(text[: best[0].start]) or (
        taken_word(text[: best[0].start]) if best[0].unit == "min" else ""
    )
    metric = named or _metric_from(
        text[: found.start() if found and found.start() < best[0].start else best[0].start]
    )
    ordered = bool(noun) or bool(named and best[0].unit == "min")  # times of runs in turn: a line
    return QuestionData(cats, values, unit, pct, metric=metric, axis=noun, time_like=ordered, source="series")


def _unit_in_brackets(text: str) -> str:
    """'Daily temperatures (°C)' → '°C'."""
    from generators.rules.units import unit_after

    for m in re.finditer(r"[(（]", text):
        found = unit_after(text, m.end())
        if found is not None:
            return found[1]
    return ""


_GROUP = re.compile(r"([^,;:()（）]{1,40}?)\s*[(（]\s*([^()（）]*\d[^()（）]*)[)）]")


def _groups(text: str, locale: str) -> QuestionData | None:
    """Several series, each a label and its values in brackets: 'team A (21, 25, 19, 30) and team B
    (18, 22, 27, 26) over sprints 1 to 4', or each a name before its run ('firsts 34, 41, 29 and
    seconds 27, 30, 33'). Categories come from a range of the same length."""
    found: list[tuple[str, list[Num]]] = []
    for m in _GROUP.finditer(text):
        inner = m.group(2)
        nums = find_numbers(inner, locale)
        if len(nums) < 2 or re.sub(r"[\d\s,;.%€$£kKmM-]", "", inner):
            continue
        name = label_before(m.group(1)) or m.group(1).strip()
        found.append((name, nums))
    if len(found) < 2:
        found = named_runs(text, locale)
    if len(found) < 2 or len({len(v) for _, v in found}) != 1:
        return None
    size = len(found[0][1])
    flat = [n for _, v in found for n in v]
    if not comparable(flat, [""] * len(flat)):
        return None
    cats = [str(i) for i in range(1, size + 1)]
    axis, time_like = named_axis(text), False  # "by quarter": positions 1–4 of quarters, never guessed names
    for kind, pattern in RANGE_PATTERNS.items():
        rm = pattern.search(text)
        if rm and len(expand_range(rm, kind)) == size:
            cats, axis, time_like = (
                expand_range(rm, kind),
                AXIS_NAMES["en"].get(kind.removesuffix("_zh"), ""),
                True,
            )
            break
    series = []
    unit = ""
    for name, nums in found:
        values, unit, _ = unify(nums)
        series.append((short_label(name), values))
    metric = _metric_from(text[: text.find(found[0][0])]) if found[0][0] in text else ""
    return QuestionData(
        cats,
        series[0][1],
        unit,
        False,
        metric=metric,
        axis=axis,
        time_like=time_like,
        source="groups",
        groups=series,
    )


_VERSUS_HEAD = re.compile(
    r"(?<![^\s:：,])(?P<a>[^\s:：,]+)\s+(?:vs\.?|versus|v\.?|contre|contra|gegen|против|对比|对|대)\s+"
    r"(?P<b>(?:(?:my|our|the|mi|mis|mon|ma|mes|mein|meine|meu|minha|il\s+mio|la\s+mia)\s+)?[^\s:：,]+)"
    r"(?:,?\s+(?P<what>[^:：,]{1,30}))?\s*[:：]",  # "me vs my sister, push-ups: …": what is compared may follow
    re.I,
)
_SLASHED_ITEM = re.compile(r"^(?P<label>.*?\S)\s*[:：=]?\s+(?P<x>\S*\d\S*?)\s*/\s*(?P<y>\S*\d\S*)$")


def _slashed(text: str, locale: str) -> QuestionData | None:
    """'my bill 2023 vs 2024: jan 80/72, feb 75/70, mar 60/58': two series named before the colon,
    each item a label and the two values split by a slash, in the named order. Without the 'A vs B'
    head a slash is a score or a fraction ('20/20'), never two series."""
    head = _VERSUS_HEAD.search(text)
    if head is None:
        return None
    labels: list[str] = []
    pairs: list[list[Num]] = []
    segments = _segments(text[head.end() :], locale)
    for k, seg in enumerate(segments):
        m = _SLASHED_ITEM.match(seg.strip(" .;"))
        if m is None and len(pairs) >= 2 and not re.search(r"\d", "".join(segments[k:])):
            break  # "…, oct 13/17, compare les deux": the ask after the pairs, no item
        if m is None:
            return None
        x, y = find_numbers(m.group("x"), locale), find_numbers(m.group("y"), locale)
        if len(x) != 1 or len(y) != 1:
            return None
        labels.append(short_label(m.group("label")))
        pairs.append([x[0], y[0]])
    if len(pairs) < 2 or len({lb.casefold() for lb in labels}) != len(labels):
        return None
    flat = [n for pair in pairs for n in pair]
    if not comparable(flat, [""] * len(flat)):
        return None
    first, unit, pct = unify([p[0] for p in pairs])
    second, _, _ = unify([p[1] for p in pairs])
    metric = _metric_from(head.group("what") or "") or _metric_from(text[: head.start()])
    series = [(short_label(head.group("a")), first), (short_label(head.group("b")), second)]
    return QuestionData(labels, first, unit, pct, metric=metric, source="groups", groups=series)


def mixed_numbers(question: str) -> list[Num] | None:
    """Quantities in the question that must not share a chart: two or more units (8 km, 7 hours,
    2 litres), or a measure beside counts of things (1,800 m², 120 desks). None when there are
    fewer than two, when they form a series, or when nothing marks them as different."""
    text = (question or "")[:MAX_QUESTION]
    locale = language(text)
    nums = [n for n in find_numbers(text, locale) if not n.is_year]
    if len(nums) < 2 or extract_data(text) is not None:
        return None
    dims = {n.dim for n in nums if n.dim}
    if len(dims) >= 2:
        return nums
    if dims and any(label_after(text[n.end : n.end + 40]) for n in nums if not n.dim):
        return nums
    return None


def bare_numbers(question: str) -> list[float]:
    """All numbers in the question when they are a plain list (for a histogram of observations)."""
    nums = [n for n in find_numbers(question or "") if not n.is_year]
    return [n.value * n.multiplier for n in nums] if len(nums) >= 5 else []

"""Numbers spelled out in words, as voice dictation writes them: "forty percent", "thirty five",
"twee komma één miljoen", "百二十". Rewritten as digits so the ordinary number reader sees them.

Only a message written without a single digit is rewritten, and only when it holds two or more
spelled quantities that look like data (10 or more, or with a percent, a decimal or a magnitude):
"one page, two columns" or "make three slides" stay words.
"""

from __future__ import annotations

import re

from generators.rules.dates import TIME_TOKEN

# fmt: off
_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_NL_UNITS = {
    "nul": 0, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30,
    "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}
# fmt: on
_LANGS: dict[str, tuple[dict[str, int], str, str, str, str]] = {
    # units, hundred, thousand, decimal point word, words kept as the magnitude after the number
    "en": (_EN_UNITS, "hundred", "thousand", "point", "million|billion"),
    "nl": (_NL_UNITS, "honderd", "duizend", "komma", "miljoen|miljard"),
}
_CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK_RUN = re.compile(
    r"[一二两三四五六七八九]?[千][一二两三四五六七八九十百]*|[一二两三四五六七八九]?[百十][一二两三四五六七八九十]*"
)


def _cjk_value(run: str) -> int:
    """'百二十' → 120, '二百' → 200, '三千五百' → 3500, '八十' → 80."""
    total, digit = 0, None
    for ch in run:
        if ch in _CJK_DIGITS:
            digit = _CJK_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * {"十": 10, "百": 100, "千": 1000}[ch]
            digit = None
    return total + (digit or 0)


# Counting in 10,000s (Chinese, Japanese, Korean): a run holds a 万/억-sized magnitude, so it is a
# quantity even beside digits ("1분기 매출이 삼억"). Korean writes Sino-Korean digits in Hangul.
_KO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000, "십": 10, "백": 100, "천": 1000}
_BIG = {
    "万": 10**4,
    "萬": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "兆": 10**12,
    "만": 10**4,
    "억": 10**8,
    "조": 10**12,
}
_BIG_RUN = {
    "ko": re.compile(
        r"(?<![\d.,가-힣])[일이삼사오육륙칠팔구십백천]+[만억조][일이삼사오육륙칠팔구십백천만억조]*"
    ),
    "zh": re.compile(
        r"(?<![\d.,])[一二两三四五六七八九十百千]+[万萬亿億兆][一二两三四五六七八九十百千万萬亿億兆]*"
    ),
}
_BIG_RUN["ja"] = _BIG_RUN["zh"]
# After a Korean number only a particle or a counter may follow; "이만큼" (this much) is a word.
_KO_AFTER = re.compile(r"(?![가-힣])|(?=[이가은는을를원에으로도씩정쯤명개의과와])")


def _big_value(run: str) -> int:
    """'삼억오천' → 350,000,000 and '三亿五' → 350,000,000: spoken money drops the magnitude of the last
    part, which is the one just below the previous magnitude (천만 under 억, 千万 under 亿)."""
    total, part, digit, last_big = 0, 0, None, 0
    for ch in run:
        if ch in _CJK_DIGITS or ch in _KO_DIGITS:
            digit = _CJK_DIGITS.get(ch, _KO_DIGITS.get(ch))
        elif ch in _SMALL:
            part += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        else:
            total += (part + (digit or 0) or 1) * _BIG[ch]
            part, digit, last_big = 0, None, _BIG[ch]
    if last_big and (part or digit):
        below = last_big // 10**4  # 천만 is 1,000 × 만: what a bare 천 / 五 after 억 / 亿 counts in
        if part and part < 10**4 and below >= 10**4:
            return total + part * below
        if digit and not part:
            return total + digit * last_big // 10
    return total + part + (digit or 0)


# Arabic thousands and millions in words ("ألف", "ثلاثة آلاف", "ألفين", "سبعة ملايين"): a magnitude
# word, with the number of them before it, is a quantity even beside digits ("2022 ثلاثة آلاف").
# fmt: off
_AR_UNITS = {
    "واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5,
    "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9,
    "تسع": 9, "عشرة": 10, "عشر": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "أربعين": 40,
    "أربعون": 40, "خمسين": 50, "خمسون": 50, "مئة": 100, "مائة": 100, "مية": 100,
}
_AR_MAGS = {
    "ألف": 10**3, "الف": 10**3, "آلاف": 10**3, "الاف": 10**3, "ألفين": 2 * 10**3, "ألفان": 2 * 10**3,
    "مليون": 10**6, "ملايين": 10**6, "مليونين": 2 * 10**6, "مليار": 10**9, "مليارات": 10**9,
}
# fmt: on
_AR_RUN = re.compile(
    rf"(?<![\w\d])(?:({'|'.join(sorted(_AR_UNITS, key=len, reverse=True))})\s+)?"
    rf"({'|'.join(sorted(_AR_MAGS, key=len, reverse=True))})(?![\w])"
)


def _ar_runs(text: str) -> list[tuple[int, int, str, bool]]:
    out = []
    for m in _AR_RUN.finditer(text):
        count = _AR_UNITS.get(m.group(1) or "", 1)
        out.append((m.start(), m.end(), str(count * _AR_MAGS[m.group(2)]), True))
    return out


def _big_runs(text: str, lang: str) -> list[tuple[int, int, str, bool]]:
    if lang == "ar":
        return _ar_runs(text)
    if lang not in _BIG_RUN:
        return []
    out = []
    for m in _BIG_RUN[lang].finditer(text):
        if lang == "ko" and not _KO_AFTER.match(text, m.end()):
            continue
        mag = max((c for c in m.group(0) if c in _BIG), key=_BIG.__getitem__)
        digits = f"{_big_value(m.group(0)) / _BIG[mag]:.4f}".rstrip("0").rstrip(".")
        out.append((m.start(), m.end(), digits + mag, True))  # 삼억오천 → 3.5억, as a typist writes it
    return out


def _word_runs(text: str, lang: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, digits, looks like data) for every run of number words in `lang`."""
    units, hundred, thousand, point, mags = _LANGS[lang]
    word = "|".join(sorted(units, key=len, reverse=True))
    token = rf"(?:{word}|{hundred}|{thousand})"
    run = re.compile(
        rf"(?<![\w-])(?:a\s+)?{token}(?:[\s-]+(?:(?<={hundred} )(?:and|en)\s+)?{token})*"
        rf"(?:\s+{point}(?:\s+(?:{word}))+)?(?:\s+(?:{mags}))?(?![\w-])",
        re.I,
    )
    out = []
    for m in run.finditer(text):
        words = re.findall(r"[^\W\d_]+", m.group(0).lower())
        whole, part, decimals, in_decimals, mag = 0, 0, "", False, ""
        for w in words:
            if w in ("a", "and", "en"):
                continue
            if w == point:
                in_decimals = True
            elif re.fullmatch(mags, w):
                mag = w
            elif in_decimals:
                decimals += str(units[w] % 10)
            elif w == hundred:
                part = max(part, 1) * 100
            elif w == thousand:
                whole, part = (whole + max(part, 1)) * 1000, 0
            else:
                part += units[w]
        value = whole + part
        digits = str(value) + (("," if lang == "nl" else ".") + decimals if decimals else "")
        data = (
            value >= 10
            or bool(decimals or mag)
            or bool(re.match(r"\s*(?:percent|procent|%)", text[m.end() :]))
        )
        out.append((m.start(), m.end(), digits + (" " + mag if mag else ""), data))
    return out


_TIME_BEFORE = re.compile(rf"(?:{TIME_TOKEN.pattern})\.?[\s:=]*$", re.I)


def _time_labelled(text: str, lang: str) -> list[tuple[int, int, str, bool]]:
    """'jul three aug five sep two': three or more spelled numbers in a row, each right after a
    period's name, are a series however small they are, and whatever digits the text holds
    elsewhere ("ward 6"). The runs, or [] when there is no such series."""
    chain: list[tuple[int, int, str, bool]] = []
    best: list[tuple[int, int, str, bool]] = []
    for run in _word_runs(text, lang):
        head = _TIME_BEFORE.search(text[max(0, run[0] - 16) : run[0]])
        if head is None:
            chain = []
            continue
        gap = text[chain[-1][1] : run[0] - len(head.group(0))] if chain else ""
        chain = [*chain, run] if chain and re.fullmatch(r"[\s,;]*", gap) else [run]
        best = chain if len(chain) > len(best) else best
    return best if len(best) >= 3 else []


def spelled_numbers(text: str, lang: str) -> str:
    """The text with spelled numbers as digits, when it is dictation of data (see the module); else
    the text unchanged."""
    if not text:
        return text
    big = _big_runs(text, lang)
    if len(big) >= 2:  # two 万/억-sized quantities are data, digits or not
        for start, end, digits, _ in reversed(big):
            text = text[:start] + digits + text[end:]
        return text
    if lang in _LANGS and (labelled := _time_labelled(text, lang)):
        for start, end, digits, _ in reversed(labelled):
            text = text[:start] + digits + text[end:]
        return text
    if re.search(r"\d", text):
        return text
    if lang in ("ja", "zh"):
        runs = [(m.start(), m.end(), str(_cjk_value(m.group(0))), True) for m in _CJK_RUN.finditer(text)]
    elif lang in _LANGS:
        runs = _word_runs(text, lang)
    else:
        return text
    if sum(1 for r in runs if r[3]) < 2:
        return text
    # a small number in the list of the others ("fourteen, nine and twenty") is data too; "one page" is not
    listed = re.compile(r"[\s,;、，]*(?:(?:and|en|then|dan)\s+)?")
    keep = [
        data
        or (k > 0 and listed.fullmatch(text[runs[k - 1][1] : start]) is not None)
        or (k + 1 < len(runs) and listed.fullmatch(text[end : runs[k + 1][0]]) is not None)
        for k, (start, end, _, data) in enumerate(runs)
    ]
    for (start, end, digits, _), kept in reversed(list(zip(runs, keep, strict=True))):
        if kept:
            text = text[:start] + digits + text[end:]
    return text

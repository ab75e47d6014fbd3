"""Numbers spelled out in words, as voice dictation writes them: "forty percent", "thirty five",
"twee komma één miljoen", "dos mil cuatrocientos", "ottomilacento", "quatre-vingt-dix", "dwieście
dziesięć", "ألف ومية", "百二十". Rewritten as digits so the ordinary number reader sees them.

Words are read with one lexicon per language (`spelled_words`) by one additive parser: a word that
cannot go on the number ends it ("diez veinte" are two numbers, "treinta y cinco" one), and words
of languages that write a number as one word are split into number words, longest first
("zweitausendvierhundertfünfzig", "تسعمية"); a word that does not split through and through is no
number. Ordinals ("primo", "drugi") are in no lexicon: they stay words, the labels of the values.

Only a message written without a single digit is rewritten, and only when it holds two or more
spelled quantities that look like data (10 or more, or with a percent, a decimal or a magnitude):
"one page, two columns" or "make three slides" stay words, and everyday words that are also numbers
("un", "sei", "ein", "a") are numbers only inside a bigger one. Beside digits, only a series after
periods' names ("jul three aug five sep two") or two or more quantities that cannot be words
(a thousand or more, a number of several number words in one word, 万/억 sizes) are rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from generators.rules.cues import MONTH_NAMES, WEEKDAY_NAMES
from generators.rules.dates import TIME_TOKEN
from generators.rules.spelled_words import ANY, HUNDREDS, LEXICONS, TENS, THOUSANDS, UNIT, Lexicon

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


class _Run(NamedTuple):
    """A spelled number found in the text, and the digits it is written as."""

    start: int
    end: int
    digits: str
    data: bool  # looks like data: 10 or more, or with a percent, decimals or a magnitude
    big: bool = False  # a quantity even beside digits: 1000 or more, or one word of several number words


def _big_runs(text: str, lang: str) -> list[_Run]:
    if lang not in _BIG_RUN:
        return []
    out = []
    for m in _BIG_RUN[lang].finditer(text):
        if lang == "ko" and not _KO_AFTER.match(text, m.end()):
            continue
        mag = max((c for c in m.group(0) if c in _BIG), key=_BIG.__getitem__)
        digits = f"{_big_value(m.group(0)) / _BIG[mag]:.4f}".rstrip("0").rstrip(".")
        out.append(_Run(m.start(), m.end(), digits + mag, True))  # 삼억오천 → 3.5억, as a typist writes it
    return out


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_Token = tuple[str, str, int]  # (word, kind, value): add, hundred, scale, or join (1 when inside a word)


@cache
def _lexicon_keys(lang: str) -> tuple[dict[str, tuple[str, int]], tuple[str, ...], re.Pattern[str]]:
    keys = LEXICONS[lang].keys()
    by_length = tuple(sorted(keys, key=len, reverse=True))
    return keys, by_length, re.compile(f"(?:{'|'.join(map(re.escape, by_length))})+")


@lru_cache(maxsize=4096)
def _split(piece: str, lang: str) -> tuple[str, ...] | None:
    """'ottomilacento' → (otto, mila, cento): the longest number word first, and the next longest where
    the rest does not split ("centottanta" is cent + ottanta, not cento + …); None when no split
    covers the whole word."""
    if not piece:
        return ()
    for key in _lexicon_keys(lang)[1]:
        if piece.startswith(key) and (rest := _split(piece[len(key) :], lang)) is not None:
            return (key, *rest)
    return None


def _tokens(word: str, lang: str) -> list[_Token] | None:
    """The number words `word` is made of, or None when it is not a number word through and through.
    Hyphens part the pieces ("quatre-vingt-dix", "twenty-five"); one-word languages split each piece."""
    lex = LEXICONS[lang]
    keys, _, whole = _lexicon_keys(lang)
    out: list[_Token] = []
    for piece in word.split("-"):
        if lex.compound:  # (a word too long for a number is none: no splitting it)
            parts = _split(piece, lang) if len(piece) < 64 and whole.fullmatch(piece) else None
        else:
            parts = (piece,) if piece in keys else None
        if not parts:
            return None
        out += [(w, *keys[w]) for w in parts]
    if len(out) == 1 and out[0][0] in lex.inner:
        return None  # "vent", "und", "تلت": only inside a number's one word
    joins = [k for k, t in enumerate(out) if t[1] == "join"]
    if len(out) > 1 and joins and (not lex.units_first or (joins[0] == 0 and not lex.and_prefix)):
        return None  # "eventi" is no "e venti": joiners inside a word are "einundzwanzig", "ومية"
    return [(w, kind, 1) if kind == "join" and len(out) > 1 else (w, kind, v) for w, kind, v in out]


@dataclass
class _Num:
    """A number being read, word by word: what is done above the last scale, and what may come next."""

    total: int = 0  # the thousands (and more) read
    part: int = 0  # what is read below the last scale
    last: int = 0  # the last value read: what may follow it
    scale: int = 0  # the last scale read: only smaller ones may follow
    join: tuple[str, ...] = ()  # a joiner read, waiting for its number: where it may stand
    size: int = 0  # number words read


def _place(value: int, lex: Lexicon) -> int:
    """Words below this may follow `value` in the same number: units after tens, tens after hundreds."""
    if value >= 100:
        return 100 if value < 1000 else value
    if value >= 20:
        return 1 if lex.units_first else 10  # "zwanzig", "عشرين": the units came before
    return 10 if value == 10 and lex.vigesimal else 1


def _stands(join: tuple[str, ...], last: int) -> bool:
    """Whether a joiner may stand after `last` ("treinta y", "mil e", "cento e")."""
    return (
        ANY in join
        or (TENS in join and 20 <= last < 100 and last % 10 == 0)
        or (HUNDREDS in join and 100 <= last < 1000 and last % 100 == 0)
        or (THOUSANDS in join and last >= 1000)
    )


def _feed(n: _Num, token: _Token, lex: Lexicon) -> bool:
    """Read one number word into `n`; False (n then spoilt) when it cannot go on this number."""
    word, kind, value = token
    if kind == "join":
        if not n.size or n.join:
            return False
        n.join = lex.joiners[word] + ((UNIT,) if value else ())  # in a word: "vijfentwintig"
        return True
    join, n.join, n.size = n.join, (), n.size + 1
    if kind == "scale":
        count = lex.scales[word][1]
        if (n.scale and n.scale <= value) or (join and not (count and _stands(join, n.last))):
            return False
        if count:  # "ألفين": the count is in the word
            if n.part:
                return False
            n.total += count * value
        elif (n.part and word not in lex.single) or (n.size == 1 and word not in lex.counted):
            n.total += (n.part or 1) * value
        else:
            return False  # "mila", "тысяч" with no count: no number
        n.part, n.last, n.scale = 0, value, value
        return True
    if kind == "hundred" and not join and 0 < n.part < 20 and n.part == n.last:
        n.part, n.last = n.part * 100, 100  # "ottocento", "deux cents", "تسعمية", "nineteen hundred"
        return True
    last = n.last
    if n.size == 1:
        pass
    elif lex.units_first and 1 <= last <= 9 and 20 <= value < 100 and value % 10 == 0 and join:
        if UNIT not in join and ANY not in join:
            return False
        n.part, n.last = n.part + value, 1  # "einundzwanzig", "خمسة وعشرين": nothing smaller after
        return True
    elif lex.unit_teens and not join and 1 <= last <= 9 and value == 10:
        n.part, n.last = n.part + 10, 1  # "خمسة عشر"
        return True
    elif lex.vigesimal and not join and last == 4 and value == 20 and n.part % 100 == 4:
        n.part, n.last = n.part + 76, 80  # "quatre-vingt"
        return True
    elif lex.vigesimal and last in (60, 80) and 10 <= value < 20 and (not join or _stands(join, last)):
        pass  # "soixante-dix", "quatre-vingt-dix-neuf", "soixante et onze"
    elif value >= _place(last, lex) or (join and not _stands(join, last)):
        return False
    n.part += value
    n.last = value
    return True


def _feed_word(n: _Num, tokens: list[_Token], lex: Lexicon) -> bool:
    """Read a word's number words into `n`: all of them, ending on a number (not a joiner)."""
    return all(_feed(n, t, lex) for t in tokens) and not n.join


def _word_runs(text: str, lang: str) -> list[_Run]:
    """Every run of number words in `lang`, read with its lexicon (`spelled_words`): a run ends where
    the next word cannot go on the number ("diez veinte" are two, "treinta y cinco" one)."""
    lex = LEXICONS[lang]
    blocked = [m.span() for m in re.finditer(lex.percent, text, re.I)] if lex.percent else []
    words = [
        (m.start(), m.end(), m.group(0).lower())
        for m in _WORD.finditer(text)
        if not any(s <= m.start() < e for s, e in blocked)  # "per cento": no hundred in a percent
    ]

    def next_to(k: int) -> bool:  # word k follows word k - 1 with nothing but spaces between
        return 0 < k < len(words) and not text[words[k - 1][1] : words[k][0]].strip()

    runs: list[_Run] = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        tokens = _tokens(word, lang)
        if tokens and tokens[0][1] == "join":  # "وستمية": the "and" before a number stays a word
            start += len(tokens[0][0])
            tokens = tokens[1:]
        n = _Num()
        if not tokens or not _feed_word(n, tokens, lex):
            i += 1
            continue
        weak = len(tokens) == 1 and tokens[0][0] in lex.weak
        compound = sum(t[1] != "join" for t in tokens) >= 2
        j = i + 1
        while next_to(j) and (more := _tokens(words[j][2], lang)):
            trial, took = replace(n), 1
            if more == [(words[j][2], "join", 0)]:  # a joiner said as a word: only if the number goes on
                if not (next_to(j + 1) and (after := _tokens(words[j + 1][2], lang))):
                    break
                more, took = more + after, 2
            elif len(more) == 1 and more[0][0] in lex.weak:
                break  # "venti sei", "zwanzig ein": a word of its own there
            if not _feed_word(trial, more, lex):
                break
            n, end, j = trial, words[j + took - 1][1], j + took
            weak, compound = False, compound or sum(t[1] != "join" for t in more[took - 1 :]) >= 2
        decimals = ""
        if next_to(j) and words[j][2] in lex.point:
            k = j + 1
            while next_to(k) and (d := _tokens(words[k][2], lang)) and len(d) == 1:
                if d[0][1] != "add" or d[0][2] > 9 or d[0][0] in lex.weak:
                    break
                decimals, k = decimals + str(d[0][2]), k + 1
            if decimals:
                end, j = words[k - 1][1], k
        mag = ""
        if next_to(j) and words[j][2] in lex.mags:
            mag, end, j = lex.mags[words[j][2]], words[j][1], j + 1
        value = n.total + n.part
        digits = str(value) + (("," if lex.comma else ".") + decimals if decimals else "")
        percent = bool(re.match(rf"\s*(?:%|{lex.percent or '%'})", text[end:], re.I))
        data = value >= 10 or bool(decimals or mag) or percent
        if data or not weak:
            runs.append(
                _Run(start, end, digits + (" " + mag if mag else ""), data, value >= 1000 or compound)
            )
        i = j
    return runs


# A month or weekday named in any of the planner's Latin- or Cyrillic-script languages (full names).
_PERIOD_NAME = "|".join(
    sorted((w for w in MONTH_NAMES | WEEKDAY_NAMES if len(w) >= 4), key=len, reverse=True)
)
_TIME_BEFORE = re.compile(rf"(?:{TIME_TOKEN.pattern}|(?<!\w)(?:{_PERIOD_NAME}))\.?[\s:=]*$", re.I)


def _time_labelled(text: str, runs: list[_Run]) -> list[_Run]:
    """'jul three aug five sep two': three or more spelled numbers in a row, each right after a
    period's name, are a series however small they are, and whatever digits the text holds
    elsewhere ("ward 6"). The runs, or [] when there is no such series."""
    chain: list[_Run] = []
    best: list[_Run] = []
    for run in runs:
        head = _TIME_BEFORE.search(text[max(0, run.start - 16) : run.start])
        if head is None:
            chain = []
            continue
        gap = text[chain[-1].end : run.start - len(head.group(0))] if chain else ""
        chain = [*chain, run] if chain and re.fullmatch(r"[\s,;]*", gap) else [run]
        best = chain if len(chain) > len(best) else best
    if len(best) >= 3:
        return best
    return _time_after(text, runs)


_TIME_AFTER = re.compile(
    rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{TIME_TOKEN.pattern}|(?<!\w)(?:{_PERIOD_NAME})(?!\w))\.?", re.I
)
_JOIN = re.compile(r"[\s,;]*(?:(?:and|y|e|et|und|en|i|и|ve)\s+)?", re.I)


def _time_after(text: str, runs: list[_Run]) -> list[_Run]:
    """'doce libros en enero, ocho en febrero, quince en marzo': each spelled number said before
    its period's name; three or more in a row are a series, as in `_time_labelled`."""
    chain: list[_Run] = []
    best: list[_Run] = []
    last_end = -1
    for run in runs:
        tail = _TIME_AFTER.match(text, run.end)
        if tail is None:
            chain, last_end = [], -1
            continue
        joined = chain and _JOIN.fullmatch(text[last_end : run.start]) is not None
        chain = [*chain, run] if joined else [run]
        last_end = tail.end()
        best = chain if len(chain) > len(best) else best
    return best if len(best) >= 3 else []


def _rewrite(text: str, runs: list[_Run]) -> str:
    for start, end, digits, *_ in reversed(runs):
        text = text[:start] + digits + text[end:]
    return text


# Typed digits right before a magnitude word ("12 mil"), unless they are a year labelling it ("2022 ثلاثة آلاف").
_AFTER_DIGITS = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\s*$)\d[\d.,]*\s*$")


def spelled_numbers(text: str, lang: str) -> str:
    """The text with spelled numbers as digits, when it is dictation of data (see the module); else
    the text unchanged."""
    if not text:
        return text
    big = _big_runs(text, lang)
    if len(big) >= 2:  # two 万/억-sized quantities are data, digits or not
        return _rewrite(text, big)
    words = _spoken_hundreds(text, _word_runs(text, lang)) if lang in LEXICONS else []
    if labelled := _time_labelled(text, words):
        return _rewrite(text, _with_commas(text, labelled, set(), LEXICONS[lang].listing))
    if re.search(r"\d", text):
        # "2019 ottomilacento 2020 seimilanovecento", "2022 ثلاثة آلاف، 2023 ألفين": thousands, or
        # numbers of several words in one, are quantities beside the typed years
        # "12 mil", "3 mille": a magnitude after typed digits is theirs (read by `find_numbers`)
        sized = [r for r in words if r.big and not _AFTER_DIGITS.search(text[: r.start])]
        return _rewrite(text, sized) if len(sized) >= 2 else text
    counted: set[int] = set()  # ends of numbers followed by what they count
    if lang in ("ja", "zh"):
        runs = [_Run(m.start(), m.end(), str(_cjk_value(m.group(0))), True) for m in _CJK_RUN.finditer(text)]
    elif words:
        listing = LEXICONS[lang].listing if lang in LEXICONS else ""
        runs, counted = _counted_list(text, words, listing)
    else:
        return text
    if sum(1 for r in runs if r.data) < 2:
        return text
    # a small number in the list of the others ("fourteen, nine and twenty") is data too; "one page" is not
    listing = LEXICONS[lang].listing if lang in LEXICONS else ""
    listed = re.compile(rf"[\s,;、，]*(?:(?:{listing or 'and'})\s*)?", re.I)
    keep = [
        run
        for k, run in enumerate(runs)
        if run.data
        or (k > 0 and listed.fullmatch(text[runs[k - 1].end : run.start]) is not None)
        or (k + 1 < len(runs) and listed.fullmatch(text[run.end : runs[k + 1].start]) is not None)
    ]
    return _rewrite(text, _with_commas(text, keep, counted, listing))


def _spoken_hundreds(text: str, runs: list[_Run]) -> list[_Run]:
    """'two hundred fifty one in june, two forty four in july': a digit said right before a tens
    number is its hundreds ('two forty four' = 244), as people say figures aloud, but only where
    another figure of the text is in the hundreds too; alone ('two ninety nine') it stays two."""
    if not any(100 <= _value(r) <= 999 for r in runs):
        return runs
    out: list[_Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and 1 <= _value(prev) <= 9
            and 10 <= _value(run) <= 99
            and not text[prev.end : run.start].strip()
        ):
            out[-1] = _Run(prev.start, run.end, str(_value(prev) * 100 + _value(run)), True)
            continue
        out.append(run)
    return out


def _value(run: _Run) -> int:
    return int(run.digits) if run.digits.isdigit() else -1


# Words after a number that make it no count of things: "one of", "three times", "two slides".
_NOT_COUNTED = re.compile(
    r"^(?:of|or|the|a|an|more|less|times|ways?|slides?|pages?|columns?|rows?|charts?|sections?|bullets?|points?"
    r"|options?|words?|sentences?|paragraphs?|lines?|steps?|things?|ones?|others?|each|per)$",
    re.I,
)


def _counted_list(text: str, runs: list[_Run], listing: str) -> tuple[list[_Run], set[int]]:
    """'homes for six dogs four cats and three hamsters': three or more small spelled numbers, each
    followed by what it counts (a different word each time) and nothing else but a comma or "and",
    are a list of quantities, data however small (with the ends of those numbers). "one of the three options", "two slides, three
    columns" and numbers with nothing counted after them stay words."""
    glue = rf"[\s,;]*(?:(?:{listing or 'and'})\s+)?"
    best: list[int] = []
    chain: list[int] = []
    nouns: list[str] = []
    for k, run in enumerate(runs):
        if run.data:  # a figure of ten or more is data already; "pierwszy 210 drugi 190" has labels first
            chain, nouns = [], []
            continue
        after = re.match(r"\s+([^\W\d_]{3,})", text[run.end :])
        counted = after is not None and not _NOT_COUNTED.match(after.group(1))
        joined = (
            bool(chain)
            and counted
            and re.fullmatch(rf"\s+[^\W\d_]{{3,}}{glue}", text[runs[k - 1].end : run.start], re.I) is not None
            and after.group(1).lower() not in nouns
        )
        if joined:
            chain.append(k)
            nouns.append(after.group(1).lower())
        elif counted:
            chain, nouns = [k], [after.group(1).lower()]
        else:
            chain, nouns = [], []
        best = chain if len(chain) > len(best) else best
    if len(best) < 3:
        return runs, set()
    return [r._replace(data=True) if k in best else r for k, r in enumerate(runs)], {
        runs[k].end for k in best
    }


# A number said before the period it counts: "230 visits in may", "251 in june".
_IN_PERIOD = re.compile(
    rf"\s+(?:[^\W\d_]+\s+)?(?:in|en|im|au|à|a|em|no|na|w|в|во|di|nel|op|on|at|during)\s+"
    rf"(?:{TIME_TOKEN.pattern}|(?<!\w)(?:{_PERIOD_NAME})(?!\w))",
    re.I,
)


def _with_commas(text: str, runs: list[_Run], counted: set[int], listing: str) -> list[_Run]:
    """Dictation writes no commas: "230 visits in may 251 in june" is two items, so a comma goes
    before each number of a list of three or more that follows a number said before what it labels
    ("… in may", "six dogs"); "drugi 190 trzeci 240" is the other way round and stays as it is."""
    if len(runs) < 3:
        return runs
    first = [_IN_PERIOD.match(text, r.end) is not None or r.end in counted for r in runs]
    return [
        r._replace(start=r.start - 1, digits=", " + r.digits)
        if k
        and first[k - 1]
        and not re.search(rf"[,;.:]|\b(?:{listing or 'and'})\s*$", text[runs[k - 1].end : r.start], re.I)
        and text[r.start - 1 : r.start] == " "
        else r
        for k, r in enumerate(runs)
    ]

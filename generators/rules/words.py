"""Words of the offline planner: language, cue matching, labels and the messages users read.

Shared by every builder of the rules package and by the markdown planner (`generators.markdown`),
which is why nothing here imports a builder or the planner.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generators.rules.cues import CHART_TYPE_CUES, MESSAGES
from generators.rules.langid import OTHER_LATIN as OTHER_LATIN
from generators.rules.langid import identifier, latin_language
from generators.rules.templates import TEMPLATES
from render.plan import TextPlan
from render.text import BREAKING_SPACE

MAX_QUESTION = 20_000  # longer questions are cut before parsing: regexes stay fast, answers stay short
LABEL_MAX = 120

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
LATIN = r"A-Za-z0-9\u00c0-\u024f"


def lang_of(text: str) -> str:
    """The language computed texts (titles, answers, alt texts) are written in: the question's
    language (`language`) where templates exist for it (`templates.TEMPLATES`), else English.

    Chinese is chosen as it always was: mostly Chinese characters and no kana or hangul. A question
    mostly in Latin letters around a few Chinese words stays English, and so do languages without
    templates. Korean and Japanese get their own templates, never Chinese grammar."""
    cjk = len(CJK.findall(text or ""))
    latin = len(re.findall(r"[A-Za-z]", text or ""))
    if cjk and cjk * 2 >= latin and not re.search(r"[\uac00-\ud7af\u3040-\u30ff]", text):
        return "zh"
    code = language(text)
    if code == "zh" and re.search(r"[\u3040-\u30ff]", text):
        # "東京の月別平均気温：1月 5.4度…": kanji-heavy Japanese still has its kana, Chinese never
        return "ja"
    return code if code in TEMPLATES and code != "zh" else "en"


_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    # digits and number marks left out: "fuel ٣٬٢٠٠" in English text is English
    ("ar", re.compile(r"[\u0600-\u065f\u066e-\u06ef\u06fa-\u06ff\u0750-\u077f]")),
    ("hi", re.compile(r"[\u0900-\u0965\u0970-\u097f]")),
)


@lru_cache(maxsize=256)
def language(text: str) -> str:
    """The question's language: one of en, zh, ja, ko, ru, ar, hi, es, fr, de, pt, it, nl, tr, pl, vi, id,
    or a Latin-script language recognised so it is not mistaken for another (`OTHER_LATIN`: Swedish
    was answered in German). Messages fall back to English where a language has none; numbers are
    read its way.

    Scripts decide first (kana means Japanese even among Chinese characters). Latin-script text goes
    to `langid.latin_language`: py3langid's character n-grams (limited to the languages above) over
    the words that carry language (no figures, units, day abbreviations or borrowed English chart
    words), weighed with the frequent words of each language. On the 4,654 labelled dev questions it
    names 99.3%; the identifier over the whole text, with the word lists deciding below p 0.5, named
    99.0%, the word lists alone 95.6%. Cached: builders ask it of the same question some twenty
    times a plan.
    """
    text = text or ""
    counts = {code: len(rx.findall(text)) for code, rx in _SCRIPTS}
    latin = len(re.findall(r"[A-Za-z\u00c0-\u024f]", text))
    if counts["ja"] and counts["ja"] * 4 >= counts["zh"] // 2:
        counts["ja"] += counts["zh"]
    code, n = max(counts.items(), key=lambda kv: kv[1])
    if n and n * 4 >= latin:
        return code
    if len(set(m.lower() for m in _HINGLISH.findall(text))) >= 2:
        # Hindi typed in Latin letters: our Hindi texts are in Devanagari, English reads better
        return "en"
    return latin_language(text) if latin else "en"


_HINGLISH = re.compile(
    r"\b(?:hai|hain|kya|kaise|kitna|kitne|chahiye|bana|banao|karo|dikhao|samjha|samjhao|mein|mera|meri|"
    r"mere|hamare|humare|hamari|aur|nahi|nahin|wala|wali|bhai|yaar|liye|dono|farak|farq|kharcha|kahan|"
    r"kaunsi|kaunsa)\b",
    re.I,
)


def preload() -> None:
    """Load the language model in a background thread, so an app's first question does not wait."""
    import threading

    threading.Thread(target=identifier, name="language-model", daemon=True).start()


def msg(lang: str, key: str, **kw: str) -> str:
    """A message in `lang` (any code `language` gives), else in English."""
    table = MESSAGES.get(lang, MESSAGES["en"])
    return table.get(key, MESSAGES["en"][key]).format(**kw)


def short(text: str, limit: int = LABEL_MAX) -> str:
    """Collapse whitespace and cut at a word boundary with an ellipsis: labels must stay labels."""
    text = BREAKING_SPACE.sub(" ", text or "").strip()  # "1 410" keeps its no-break space
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def humanize(name: str) -> str:
    """'total_sales' → 'Total sales', 'unitPrice' → 'Unit price': column names as axis titles."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(name))
    text = re.sub(r"[_\s]+", " ", text).strip()
    if not text:
        return str(name)
    return text[0].upper() + text[1:] if not text.isupper() else text


ARABIC = re.compile(r"[\u0621-\u064a]")
_HARAKAT = "[\u064b-\u0652\u0640]*"  # short vowels, tanween, shadda, sukun, tatweel


def _arabic_regex(cue: str) -> str:
    """Arabic is written with optional short vowels ("حرّك" = "حرك"), words take an accusative ending
    ("عرضاً تقديمياً" is "عرض تقديمي") and glue clitics in front ("والعرض"): a cue matches them all."""
    words = []
    for word in cue.split():
        letters = "".join(re.escape(ch) + _HARAKAT for ch in word)
        words.append(f"(?:[وفبل]?(?:ال)?)?{letters}(?:ا{_HARAKAT})?")
    return r"\s+".join(words)


# Letters people type without their marks on a keyboard of another language or in a hurry ("presentacao",
# "Prasentation fur", "a quoi ressemblerait", "gorsel", "sema"): a cue's marked letter also matches the plain one
# (and German umlauts the "ae" spelling); a plain letter in a cue never requires a mark. Only words of six
# letters or more: a short word without its marks is too often another word ("vẽ" is "I've", "şema" "semaine").
_FOLDED = {"ä": "(?:ä|ae|a)", "ö": "(?:ö|oe|o)", "ü": "(?:ü|ue|u)", "ß": "(?:ß|ss)", "ı": "[ıi]", "ł": "[łl]"}


def _unaccented(escaped: str) -> str:
    """An escaped cue whose marked Latin letters also match unmarked."""
    out = []
    for ch in escaped:
        low = ch.lower()
        if low in _FOLDED:
            out.append(_FOLDED[low])
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(f"[{ch}{base}]" if base != ch and base.isascii() and base.isalpha() else ch)
    return "".join(out)


@lru_cache(maxsize=4096)
def _cue_regex(cue: str) -> re.Pattern[str]:
    if cue.startswith("re:"):
        return re.compile(cue[3:], re.I)
    if ARABIC.search(cue):
        return re.compile(_arabic_regex(cue))
    if re.search(r"[\u0400-\u04ff]", cue):  # a Cyrillic stem starts a word: "анимаци" is not in "реанимация"
        return re.compile(rf"(?<![\u0400-\u04ff]){re.escape(cue)}", re.I)
    if CJK.search(cue) or not re.search(r"[A-Za-z]", cue):
        return re.compile(re.escape(cue), re.I)
    prefix = cue.endswith("*")
    core = cue[:-1] if prefix else cue
    body = r"[\s\-_]*".join(
        _unaccented(re.escape(part)) if len(part) >= 6 else re.escape(part) for part in core.split(" ")
    )
    tail = rf"[{LATIN}]*" if prefix else "(?:s|es)?"
    return re.compile(rf"(?<![{LATIN}]){body}{tail}(?![{LATIN}])", re.I)


def cue_regex(cue: str) -> re.Pattern[str]:
    """The compiled pattern of one cue, as `find_cue` matches it."""
    return _cue_regex(cue)


def find_cue(text: str, cue: str) -> re.Match[str] | None:
    """First match of one cue in the text, honouring word boundaries for Latin words."""
    return _cue_regex(cue).search(text)


def best_cue(text: str, cues: list[tuple[str, int]]) -> tuple[int, str, int] | None:
    """(weight, matched text, position) of the strongest cue; earlier wins among equals."""
    best: tuple[int, str, int] | None = None
    for cue, weight in cues:
        m = find_cue(text, cue)
        if m and (best is None or weight > best[0] or (weight == best[0] and m.start() < best[2])):
            best = (weight, m.group(0).strip(), m.start())
    return best


def _transposed(word: str, target: str) -> bool:
    """`word` is `target` with two neighbouring letters swapped ('grpah' for 'graph')."""
    if len(word) != len(target) or word == target:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == target[diff[1]]
        and word[diff[1]] == target[diff[0]]
    )


def _dropped(word: str, target: str) -> bool:
    """`word` is `target` with one letter left out, not its first ('flowchat' for 'flowchart',
    'infogrphic' for 'infographic'). Only for targets of nine letters or more: a shorter word less a
    letter is too often another real word ('explore' is 'explorer' less one, 'sides' is 'slides')."""
    if len(target) < 9 or len(word) != len(target) - 1 or word[0] != target[0]:
        return False
    k = next((i for i, (a, b) in enumerate(zip(word, target, strict=False)) if a != b), len(word))
    return word[k:] == target[k + 1 :]


def typo_cue(text: str, cues: list[tuple[str, int]]) -> tuple[int, str, int] | None:
    """The strongest one-word cue (5+ letters, weight 3+) typed with two letters swapped: 'grpah',
    'slidse', 'diagarm', 'flowchrat'; or, for a cue of nine letters or more, with one letter left out:
    'flowchat', 'presentaion'. Swaps and dropped letters are the commonest typos and, so restricted,
    rarely make another word; a wrong or an extra letter often does ('roster' for 'poster',
    'photography' for 'photograph'), so those are not read as typos."""
    words = [(m.group(0).lower(), m.start()) for m in re.finditer(rf"[{LATIN}]{{5,}}", text or "")]
    if not words:
        return None
    best: tuple[int, str, int] | None = None
    for cue, weight in cues:
        if weight < 3 or cue.startswith("re:") or not re.fullmatch(r"[a-zà-ÿ]{5,}", cue):
            continue
        for word, pos in words:
            swapped = _transposed(word, cue) or (word.endswith("s") and _transposed(word[:-1], cue))
            swapped = swapped or _dropped(word, cue) or (word.endswith("s") and _dropped(word[:-1], cue))
            if swapped and (best is None or weight > best[0]):
                best = (weight, word, pos)
    return best


def first_of(text: str, table: dict[str, list[str]]) -> str | None:
    """The key of the earliest cue found (longest wins at one position), or None."""
    found: list[tuple[int, int, str]] = []
    for key, cues in table.items():
        for cue in cues:
            m = find_cue(text, cue)
            if m:
                found.append((m.start(), -len(m.group(0)), key))
    return min(found)[2] if found else None


def any_cue(text: str, cues: list[str]) -> bool:
    return any(find_cue(text, c) for c in cues)


def without_particle(word: str) -> str:
    """A Korean noun without the subject or topic particle Korean grammar picks by the last syllable:
    이/은 after a final consonant ("매출이" → "매출"), 가/는 after a vowel ("점수가" → "점수")."""
    if len(word) < 3 or not "\uac00" <= word[-2] <= "\ud7a3":
        return word
    coda = (ord(word[-2]) - 0xAC00) % 28 != 0
    return word[:-1] if word[-1] in ("이은" if coda else "가는") else word


def cap(text: str) -> str:
    """First letter up, unless the first word is cased on purpose ('iPhone', 'eBay', 'macOS')."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if any(ch.isupper() for ch in first[1:]):
        return text
    return text[:1].upper() + text[1:] if text else text


def chart_type_from_words(text: str) -> tuple[str, int] | None:
    best: tuple[str, int, int] | None = None
    for ctype, cues in CHART_TYPE_CUES.items():
        found = best_cue(text, cues)
        if found and (best is None or found[0] > best[1] or (found[0] == best[1] and found[2] < best[2])):
            best = (ctype, found[0], found[2])
    return (best[0], best[1]) if best else None


def text_plan(answer: str, alt: str = "") -> TextPlan:
    """A text plan; the answer is what the user reads, so it says what to do next."""
    return TextPlan(answer=answer.strip() or "No answer.", alt_text=alt)


def research_fallback(lang: str, kind: str) -> TextPlan:
    """What to do when the answer needs knowledge the offline planner does not have."""
    return text_plan(msg(lang, "research", what=msg(lang, f"what_{kind}")))

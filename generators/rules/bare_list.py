"""Lists typed with no separators at all: "3 slides for the kickoff: goals tasks deadlines",
"presentación de cuatro diapositivas sobre nuestro plan de marketing objetivos público canales
presupuesto", "docker ps docker build docker run docker logs".

Chat users and dictation leave the commas out; the words are still the user's items. Where the
items end is only known from what the user said besides: the number of slides or steps asked for
(four slides, nine words after "sobre": the last four are the slides, the rest the topic), or a
word that opens every item. Without either, a short run after a colon whose words are all content
words (no article, preposition or verb of asking) is one item a word; anything else is left whole,
so a phrase ("no shoes inside quiet after 10 pm") is never cut into words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from generators.rules.cues import STOPWORDS, STOPWORDS_INTL
from generators.rules.spelled_words import LEXICONS

# What a count asked for counts: slides, steps, points, parts — in the planner's languages.
SLIDE_NOUNS = r"slides?|diapos?|diapositiv[aei]s?|diapositives|folien|slajd\w*|slayt\w*|dia's|слайд\w*|شرائح|شريحة|स्लाइड"
_COUNTED = (
    rf"{SLIDE_NOUNS}|steps?|stages?|phases?|points?|parts?|sections?|items?|tips?|rules?|ideas?|topics?"
    r"|pillars?|values?|pasos|etapas|puntos|partes|secciones|temas|reglas|consejos|passos|pontos|dicas|regras"
    r"|étapes|parties|règles|conseils|thèmes|schritte|punkte|teile|phasen|regeln|tipps|themen"
    r"|passi|fasi|punti|parti|regole|consigli|stappen|punten|delen|fases|regels|tips"
    r"|kroki|kroków|etap\w*|punkt\w*|części|zasad\w*|adım\w*|aşama\w*|madde\w*|bölüm\w*"
    r"|шаг\w*|этап\w*|пункт\w*|част\w*|правил\w*|خطوات|مراحل|نقاط|أقسام|قواعد"
)


def _count_of(nouns: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.,])(\d{{1,2}}|[^\W\d_]+)[\s-]+(?:{nouns})(?!\w)", re.I)


_COUNT = _count_of(_COUNTED)
# Slides counted: spaced ("5 slides", "cinco diapositivas", "из пяти слайдов") or written close to
# the digits ("5-slide", "スライドを5枚", "4장", "10页")
_SLIDE_COUNT = re.compile(
    rf"{_count_of(SLIDE_NOUNS).pattern}|(?<![\d.,])(\d{{1,2}})\s*-?\s*(?:{SLIDE_NOUNS}|枚|장|页|張)", re.I
)
_ONE = frozenset({"one", "single"})  # "one slide", "a single slide"; "a"/"una" are articles elsewhere
# Articles, prepositions and verbs of asking: a run holding one is a phrase, not a list of words.
GLUE = (
    STOPWORDS
    | STOPWORDS_INTL
    | frozenset(
        """no not without after before inside outside into onto over under all every everything nothing
    sin sans ohne senza sem без بدون عن في من على إلى مع لل ال da na ze do od po przez dla ile için
    het de een van voor op aan uit""".split()  # noqa: SIM905
    )
)
# The count at the head of what follows a deck's name: "de cuatro diapositivas", "من ثلاث شرائح", "of 4 slides".
_COUNT_HEAD = re.compile(
    rf"^(?:(?:de|of|with|with only|from|mit|aus|di|da|com|van|met|z|ze|из|من|en|à)\s+)?{_COUNT.pattern}\s*",
    re.I,
)
_SPACED_SCRIPT = re.compile(r"[\uac00-\ud7af\u3040-\u30ff\u3400-\u9fff]")
MAX_WORDS = 24  # a longer run is a sentence
MAX_PER_ITEM = 3  # words an item may take when the count shares the run out


def _word_count(word: str, lang: str) -> int | None:
    """'cinco', 'пяти', 'pięciu', 'five': a count of 2 to 12 said in words, in the language asked or English."""
    lex = LEXICONS.get(lang, LEXICONS["en"])
    n = lex.words.get(word) or lex.cases.get(word) or LEXICONS["en"].words.get(word)
    return n if n and 2 <= n <= 12 else None


def _counts(text: str, lang: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    for m in pattern.finditer(text or ""):
        raw = m.group(1).casefold()
        n = int(raw) if raw.isdigit() else _word_count(raw, lang)
        if n and 2 <= n <= 12:
            yield n, m


def slide_count(question: str, lang: str) -> int | None:
    """The one reader of slides asked for: '5 slides', '5-slide', 'スライドを5枚', '4장', 'من 3 شرائح',
    'cinco diapositivas', 'из пяти слайдов', 'three slides', 'a single slide' (1 to 40 in digits, 2
    to 12 in words, or one)."""
    for m in _SLIDE_COUNT.finditer(question or ""):
        raw = (m.group(1) or m.group(2)).casefold()
        if raw.isdigit():
            if 1 <= int(raw) <= 40:
                return int(raw)
        elif raw in _ONE:
            return 1
        elif n := _word_count(raw, lang):
            return n
    return None


def asked_count(question: str, lang: str, slides: bool = False) -> int | None:
    """'3 slides', 'cuatro diapositivas', 'ثلاث شرائح', 'five steps': how many items (or, with
    `slides`, slides: see slide_count) the user asked for."""
    if slides:
        return slide_count(question, lang)
    return next((n for n, _ in _counts(question, lang, _COUNT)), None)


def counted_run(text: str, lang: str) -> list[str]:
    """'show the five steps sign contract get laptop meet team first ticket first deploy': the run
    after the count, shared out as the count says; [] unless it comes out even."""
    found = next(_counts(text, lang, _COUNT), None)
    return bare_items(text[found[1].end() :], found[0]) if found else []


def drop_counts(text: str, keep_noun: bool = False) -> str:
    """The text without the counts asked for ("5 dia's", "three steps"): a count is no figure of the
    content. `keep_noun`: only the number goes ("maak dia's voor …"), so the form stays named."""
    if keep_noun:
        return _COUNT.sub(lambda m: m.group(0)[m.end(1) - m.start() :].lstrip(" -"), text or "")
    return _COUNT.sub(" ", text or "")


def without_count(text: str) -> str:
    """'de cuatro diapositivas sobre …' → 'sobre …': the count is the ask's, not an item."""
    return _COUNT_HEAD.sub("", text, count=1)


def _content_word(word: str) -> bool:
    w = word.casefold().strip(".,;:!?")
    return bool(w) and not re.search(r"\d", w) and w not in GLUE and len(w) > 1


def bare_items(body: str, count: int | None = None, loose: bool = False) -> list[str]:
    """The items of a run typed with no separators (see the module); [] when it cannot be told where
    they end. `loose`: with no count, a short run of content words is one item a word (only where
    the user named the visual just before the run)."""
    words = body.strip(" .!。").split()
    if (
        not 3 <= len(words) <= MAX_WORDS
        or re.search(r"[,;:，、；：?？؟]", body)  # separated after all, or a question asked
        or _SPACED_SCRIPT.search(body)  # Korean spaces words, not items; Chinese and Japanese have their own
    ):
        return []
    led = _led(words)
    if led:
        return led
    if count and len(words) % count == 0 and len(words) // count <= MAX_PER_ITEM:
        per = len(words) // count
        if all(_content_word(w) for w in words[::per]):  # each item starts on a word of its own
            return [" ".join(words[k : k + per]) for k in range(0, len(words), per)]
    if loose and count is None and len(words) <= 8 and all(_content_word(w) for w in words):
        return words
    return []


def _led(words: list[str]) -> list[str]:
    """'docker ps docker build docker run': the word that opens every item, three times or more."""
    first = words[0].casefold()
    starts = [k for k, w in enumerate(words) if w.casefold() == first]
    if len(starts) < 3 or not _content_word(first):
        return []
    cuts = [*starts, len(words)]
    items = [" ".join(words[a:b]) for a, b in pairwise(cuts)]
    return items if all(1 < len(it.split()) <= 4 for it in items) else []


def counted_tail(text: str, count: int) -> tuple[str, list[str]] | None:
    """'nuestro plan de marketing objetivos público canales presupuesto', four asked: the last four
    words are the items and the words before them the topic. Only one word an item, only content
    words, and only with a topic of one to six words left that names something."""
    words = text.strip(" .!?。").split()
    if not count or len(words) <= count or len(words) - count > 6:
        return None
    topic, items = words[:-count], words[-count:]
    if not all(_content_word(w) for w in items) or not any(_content_word(w) for w in topic):
        return None
    return " ".join(topic), items

"""A quiz (or flashcards) asked for by topic alone: the page to write it on, never invented questions.

"quiz capitali europee 20 domande", "um quiz de 10 perguntas sobre segurança na mina", "карточки по
теме «аэропорт»": the offline planner knows no questions for a topic, and an answer of "I can't"
leaves the user with nothing. The quiz view starts empty instead: the user types each question with
its answer on the page (one a line, `question = answer`), the page asks them and keeps the score,
and the number asked for is shown as the target. The answer says plainly that no questions were
written for them, in 17 languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.words import short

# "20 domande", "8 pytań", "10 multiple choice questions", "5 câu hỏi", "20問", "10문제", "10道题"
_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,3})\s*(?:[^\W\d_]+[\s-]+){0,2}?(?:questions?|qs\b|cards?|flashcards?|domande|preguntas|"
    r"perguntas|fragen|karten|vragen|kaarten|pyta(?:ń|nia|n)|fiszek|fiszki|soru\w*|kart\b|вопрос\w*|карточ\w*|"
    r"câu(?: hỏi)?|pertanyaan|kartu|tarjetas|cartes|cartões|carte\b|flashcard|سؤال|أسئلة|بطاقات|सवाल|प्रश्न|"
    r"問|問題|枚|문제|문항|개의? 문제|道题|道|题|张)",
    re.I,
)
# The topic after its preposition (in the question's language), up to a comma, a full stop or the
# words saying who it is for. "o" and "su" are prepositions only in Polish and Italian.
_PREPS = {
    "en": "on|about", "es": "sobre|acerca de", "pt": "sobre", "fr": "sur", "de": "über|zum|zur|zu",
    "it": "su|sul|sulla|sui|sugli|sulle|sull'", "nl": "over", "pl": "o|na temat", "ru": "по теме|про|по|об|о",
    "ar": "عن|حول",
}  # fmt: skip
_FOR = re.compile(
    r"\s+(?:for|para|pra|pras|pros|pour|für|per|voor|dla|для|to|so|that|que|damit|чтобы|"
    r"with|con|com|avec|mit|met|z|с)(?![^\W_]).*$",
    re.I,
)


# A clause asking something else ("I failed my quiz, how do I study better?", "my son has a quiz
# tomorrow, how can I help him?", "… - who is winning?"): a question about a quiz, not one asked for.
_WH_CLAUSE = re.compile(
    r"(?:^|[,.;:!?\n]|\s[-–—]\s)\s*(?:how|who|why|when|where|which|what|c[oó]mo|qui[eé]n\w*|por\s?qu[eé]|cu[aá]ndo|"
    r"comment|qui|pourquoi|quand|wie|wer|warum|wann|come|chi|perch[eé]|como|quem|hoe|wie|waarom|jak|kto|dlaczego|"
    r"kiedy|как|кто|почему|когда|nasıl|kim|neden)\b[^,.;:!?\n]*\?",
    re.I,
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_ANSWERED = re.compile(r"\?\s*[^\s?;,.\n][^?;\n]*?(?:[;\n]|$)")


def asked_for(question: str, names_quiz: Callable[[str], bool]) -> bool:
    """A quiz to write is asked for, not talked about and not given: no clause asks something else
    (how, who, why… without the quiz word), and no figures or answered questions are the user's own
    content ("Team A 34, Team B 29, Team C 41", "what is 2+2? 4; capital of Italy? Rome"), which an
    empty quiz would drop."""
    q = question or ""
    for m in _WH_CLAUSE.finditer(q):
        if not names_quiz(m.group(0)):
            return False
    count = _COUNT.search(q)
    rest = q[: count.start()] + q[count.end() :] if count else q
    return len(_DIGITS.findall(rest)) < 3 and len(_ANSWERED.findall(q)) < 2


def asked_count(question: str) -> int | None:
    """How many questions or cards were asked for ("20 domande"), if a number names them."""
    m = _COUNT.search(question or "")
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 100 else None


def title_of(question: str, cards: bool, lang: str) -> str:
    """ "Quiz on the planets", "Карточки по теме «аэропорт»": the form's word and the user's own
    topic with its preposition, or the form's word alone where no topic is named that way."""
    head = texts.say(lang, "cards.title" if cards else "quiz.title")
    preps = _PREPS.get(lang, _PREPS["en"])
    m = re.search(rf"(?<![^\W_])({preps})\s+(?P<topic>[^,.;:!?\n()]{{3,70}})", question or "", re.I)
    if m is None:
        return head
    topic = _FOR.sub("", m.group("topic")).strip(" '\"")
    if len(topic) < 3 or asked_count(topic):
        return head
    return short(f"{head} {m.group(1).lower()} {topic}", 120)


def quiz_to_write(question: str, cards: bool, lang: str) -> dict[str, Any]:
    """The plan of an empty quiz (or flashcards) for the user to write, as `app._plan` takes it."""
    view: dict[str, Any] = {"type": "quiz", "mode": "flashcards" if cards else "quiz", "questions": []}
    if (n := asked_count(question)) is not None:
        view["count"] = n
    return {
        "title": title_of(question, cards, lang),
        "views": [view],
        "answer": texts.say(lang, "cards.write" if cards else "quiz.write"),
    }

"""Which Latin-script language a question is in: a trained identifier told only the words that carry
language, its probabilities weighed with the frequent words of each language.

Questions are short and full of things that belong to no language: figures and units ("25 min",
"3,6 Mio"), day and month abbreviations ("Mon 5" is no French "mon"), acronyms, and the English
words of charts and apps that every language borrows ("un dashboard", "eine Timeline"). Given whole,
they made "minuteur pomodoro 25 min pause 5" English and a run log French. And where the identifier
was unsure (p < 0.5) the word lists alone used to decide, discarding its close second guess.
`words.language` decides the script first and asks `latin_language` for the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

OTHER_LATIN = ("sv", "da", "no", "fi", "cs", "ro", "hu")
"""Languages recognised but not answered in (no messages or templates): their questions get English
texts, with numbers read their way (a decimal comma), instead of the texts of a language they resemble."""
_IDENTIFIED = ("en", "es", "fr", "de", "pt", "it", "nl", "tr", "pl", "vi", "id", *OTHER_LATIN)

MARK_WEIGHT = 0.1
"""What one frequent word, marked letter or day abbreviation of a language adds to the identifier's
probability for it: two or three such words decide a close call between neighbours (Spanish or
Portuguese, p 0.47 against 0.44), while a confident identifier (p > 0.8) is seldom overruled."""
SURE = 0.5
"""The identifier's probability at which a language without a word list (`OTHER_LATIN`) is named."""
ENGLISH_PRIOR = 0.3
"""Added to English's probability unless another language has more marks: most questions are
English, and English carries the fewest marks (no accents, short words shared with its neighbours),
so a text with no evidence either way ("org chart pls", "tip calc 4 ppl") stays English instead of
going to whichever neighbour the n-grams happen to favour, while "histograma de 3 7 2" does not."""

SHORT_PRIOR = 0.3
SHORT_LETTERS = 30
"""Up to `SHORT_PRIOR` more for English when the words the identifier reads are short of
`SHORT_LETTERS` letters in all and hold a capitalised word other than the text's first (a name,
mostly; a first word's capital says nothing: "Gewicht 82,5 kg"): a name's n-grams then weigh as much
as the words' ("Team Puffin revenue" read as French, p 0.55), and the fewer letters, the less the
rest says. Not for short texts in general: builders ask the language of fragments too ("9,4 km
recorridos"), where English would read the decimal comma wrong."""

# Frequent short words and letters that tell the Latin-script languages apart.
_LATIN_MARKS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "en": (
        (
            "the of and to is are with for my our me please what how this that it a i you your "
            "can show make draw give would like per"
        ),
        "",
        ("ing", "ly"),
    ),
    "es": (
        (
            "el la los las de del que y en con por para una un es mi mis nuestro nuestra nuestros "
            "cómo qué haz hazme quiero esta este estos sobre muy dibuja muestra crea dame"
        ),
        "ñ¿¡",
        ("ción", "ciones", "dad"),
    ),
    "fr": (
        (
            "le la les des du de et est une un pour par avec sur nos notre mes je c'est quel quelle à stp svp "
            "fais moi ces dans au aux et sous j'ai ai dessine montre crée donne peux veux voudrais "
            "mon ma nous vous chaque aussi pas"
        ),
        "çœ",
        ("tion", "eux", "eau", "ée", "és"),
    ),
    "de": (
        (
            "der die das und ist mit für von zu ein eine einen einem den dem wie ich mir dir unsere "
            "unser mach nicht auf aus diese dieser zusammen bitte vor im zum zur über würde"
        ),
        "ßäöü",
        ("ung", "ungen", "keit", "heit", "lich", "isch"),
    ),
    "pt": (
        (
            "o a os as de do da dos das e em com por para um uma é não nossa nosso faz faça meu minha "
            "esta este sobre ao mostre crie desenhe isso isto num numa pra pro pros você vc eu seu sua "
            "quero queria preciso mais também então aqui tem gente mês "
            "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro"
        ),
        "ãõ",
        ("ção", "ções", "dade"),
    ),
    "it": (
        (
            "il lo la gli le di del della e è con per un una che mi nostro nostra fammi fai dei "
            "delle quale più nel nella sono questo questa come ho ha hai disegna mostra dammi "
            "vorrei voglio anche perché sul sulla degli alla allo ogni mio mia tutti"
        ),
        "",
        ("zione", "zioni", "ggio"),
    ),
    "nl": (
        (
            "de het een van en is met voor op zijn wij mijn onze maak laat ik je niet dit deze wat hoe "
            "hoeveel graag kun kunt jij ons bij naar ook wordt heb hebben maar om wil zou elke"
        ),
        "",
        ("heid", "lijk", "tje", "tjes"),
    ),
    "tr": (
        "bir ve bu için ile ne nasıl gibi daha çok yap göster benim bana bize şu da de mı mi",
        "ğşı",
        ("ları", "leri", "ımız", "imiz"),
    ),
    "pl": (
        "i w na z do się jest nie to co jak dla mój moja nasz nasza zrób pokaż proszę mi od po",
        "ąęłńśźż",
        ("ość", "ania", "enie"),
    ),
    "id": (
        "yang dan di ke dari untuk dengan ini itu saya kami kita tolong buat buatkan tunjukkan dalam pada adalah "
        "bisa akan tidak atau juga besok biar supaya agar sudah belum ada",
        "",
        ("nya", "kan"),
    ),
    "vi": (
        "của và là cho các một những tôi bạn này với trong theo được không có",
        "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
        (),
    ),
}

_MARK_WORDS = {lang: frozenset(marks.split()) for lang, (marks, _, _) in _LATIN_MARKS.items()}
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+(?:['’][A-Za-z\u00c0-\u024f]+)*")
# Units, currencies and the like: the same in every language, and "min" or "pause" is no sign of one.
_UNITS = frozenset(
    re.findall(
        r"\S+",
        "km m cm mm kg g mg lb lbs t ha l ml h hr hrs min mins sec s ms kwh wh kw w mb gb tb px pt "
        "k mio mrd bn mn usd eur gbp rpm bpm kcal cal x vs etc",
    )
)
# Day and month abbreviations before a figure ("Mon 5", "Di 3 km", "jan 4.1%"): labels of a data
# list, left out of what the identifier reads (the same letters are words elsewhere: "mon" is French,
# "mar" Spanish) and counted as a mark of each language that writes them.
_DATES: dict[str, frozenset[str]] = {
    lang: frozenset(abbreviations.split())
    for lang, abbreviations in {
        "en": "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr may jun jul aug sep sept oct nov dec",
        "de": "mo di mi do fr sa so jan feb mär apr mai jun jul aug sep okt nov dez",
        "fr": "lun mar mer jeu ven sam dim janv fév févr mars avr mai juin juil août sept oct nov déc",
        "es": "lun mar mié jue vie sáb dom ene feb mar abr may jun jul ago sep oct nov dic",
        "pt": "seg ter qua qui sex sáb dom jan fev mar abr mai jun jul ago set out nov dez",
        "it": "lun mar mer gio ven sab dom gen feb mar apr mag giu lug ago set ott nov dic",
        "nl": "ma di wo do vr za zo jan feb mrt apr mei jun jul aug sep okt nov dec",
        "tr": "pzt sal çar per cum cmt paz oca şub mar nis may haz tem ağu eyl eki kas ara",
        "pl": "pon wt śr czw pt sob nie sty lut mar kwi maj cze lip sie wrz paź lis gru",
    }.items()
}
_DATE_WORDS = frozenset().union(*_DATES.values())
# The English words of charts, slides and apps that questions in every language borrow.
_LOANWORDS = frozenset(
    re.findall(
        r"\S+",
        "dashboard dashboards timeline timelines chart charts pie bar slide slides deck quiz quizzes timer "
        "tracker app apps log logo pitch meeting kick off layout template flowchart mindmap kpi kpis "
        "roadmap workflow feedback team marketing online startup pomodoro poster infographic "
        "infographics heatmap scatter plot storyboard sprint backlog checklist todo",
    )
)


# What follows a name labelling a figure: "São Paulo 12.3", "Lyon 420k", "Rome: 3".
_LABEL = re.compile(r"(?:[\s-]+[A-ZÀ-Þ][\w\u00c0-\u024f]*)*\s*[:=-]?\s*[\d€$£]")


@lru_cache(maxsize=1)
def identifier() -> Any:
    """py3langid's model, loaded on first use (about 0.5 s: it is stored xz-compressed)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(list(_IDENTIFIED))
    return model


def _content(text: str) -> tuple[list[str], list[str], list[str]]:
    """The words that carry language (no figures, units or acronyms), the capitalised words within a
    sentence (names, mostly) and the day and month abbreviations in front of a figure."""
    if not re.search(r"[a-zß-ÿ]", text) and len(re.findall(r"[A-ZÀ-Þ]{2,}", text)) >= 2:
        text = text.lower()  # a question in capitals has no acronyms to tell apart
    kept: list[str] = []
    dates: list[str] = []
    names: list[str] = []
    for m in _WORD.finditer(text):
        word, low = m.group(0), m.group(0).lower()
        if (
            low in _UNITS
            or (word.isupper() and not re.match(r" [a-zß-ÿ]", text[m.end() : m.end() + 2]))
            or text[m.end() : m.end() + 1].isdigit()
        ):
            continue  # "kg", "KPI", "A -> B", "Q1", "12k" (its letters right against the figure)
        if low in _DATE_WORDS and re.match(r"\.?\s*\d", text[m.end() : m.end() + 3]):
            dates.append(low)
            continue
        if m.start() and text[m.start() - 1].isdigit():
            continue  # "35mm", "2jt"
        if word[0].isupper() and m.start() and _LABEL.match(text, m.end()):
            names.append(word)
            continue
        kept.append(word)
    return kept, names, dates


def _marks(words: list[str], text: str, dates: list[str]) -> dict[str, float]:
    """How many frequent short words, marked letters and endings of each language the text has."""
    low = text.lower()
    lows = [w.lower() for w in words]
    scores: dict[str, float] = {
        lang: sum(w in _MARK_WORDS[lang] for w in lows)
        + 2 * sum(low.count(c) for c in letters)
        + sum(len(w) > len(x) + 2 and w.endswith(x) for w in lows for x in suffixes)
        for lang, (marks, letters, suffixes) in _LATIN_MARKS.items()
    }
    # French elides before a vowel ("j'aimerais", "qu'il", "s'animant"): each one a sign ("d'" and
    # "l'" are Italian too: "d'occhio")
    scores["fr"] += len(re.findall(r"(?<![a-zà-ÿ])(?:j|qu|s|n)['’][a-zà-ÿ]", low))
    if re.search(r"[ğşı]", low):  # Turkish alone writes these; its ö and ü are then no sign of German
        scores["de"] -= 2 * (low.count("ö") + low.count("ü"))
    for lang, abbreviations in _DATES.items():
        scores[lang] += sum(d in abbreviations for d in dates)
    return scores


def latin_language(text: str) -> str:
    """The language of a question in Latin letters: py3langid's character n-grams over its content
    words, borrowed English chart words and names left out where two other words remain, plus
    `MARK_WEIGHT` for each frequent word of a language and `ENGLISH_PRIOR` for English, so that
    a close call between neighbours goes to the words, and a guess at a text with no evidence to
    English."""
    words, names, dates = _content(text)
    own = [w for w in words if w.lower() not in _LOANWORDS]
    if words and not own and not names:
        return "en"  # nothing but English chart words: "pie chart", "pomodoro timer 25/5"
    chosen = next((c for c in (own, own + names, words + names) if len(c) >= 2), words + names)
    if not chosen:
        return "en"  # figures and units only: "25 min", "Q1 12k"
    ranked = dict(identifier().rank(" ".join(chosen)))
    if chosen is own and names:  # names count half: "Lisboa" is a sign of Portuguese, "São Paulo" is no
        with_names = dict(identifier().rank(" ".join(own + names)))
        ranked = {lang: (p + with_names[lang]) / 2 for lang, p in ranked.items()}
    marks = _marks(chosen, " ".join(chosen), dates)
    if marks["en"] >= max(marks.values()):
        ranked["en"] += ENGLISH_PRIOR
        first = m.group(0) if (m := _WORD.search(text)) else ""
        if any(w != first and w[0].isupper() and w[1:].islower() for w in chosen):  # a name
            ranked["en"] += SHORT_PRIOR * max(0.0, 1 - sum(len(w) for w in chosen) / SHORT_LETTERS)
    for lang in OTHER_LATIN:  # no word list confirms them: named only when the identifier is sure
        if ranked[lang] < SURE:
            ranked[lang] = 0.0
    return max(ranked, key=lambda lang: ranked[lang] + MARK_WEIGHT * marks.get(lang, 0))

"""The noise people add to an ask, taken off once where the rules planner starts, so the router and
every builder read the same ask: a greeting before it ("hey, …"), a thank-you after it ("… thanks!"),
a question typed without its question mark ("what's the notice period in this memo") and a form word
typed with two letters swapped ("org chrat", "sldies", "aniamte").

Nothing of the content goes: a greeting or a thank-you is only cut at the very start or end, never
when it is what the ask is about ("a card to say thanks"); the question mark is added, never a word
taken; and a swapped-letter word is set right only when it is no cue as typed and exactly one swap
of two neighbouring letters makes it a cue word, and it is not itself a real word a cue is a swap
of ('dairy' is no 'diary', 'trail' no 'trial').
"""

from __future__ import annotations

import re
from functools import lru_cache

# "hey, ", "hi all!", "hello Sam,", "ok so", "hallo!", "привет,", "你好，": a greeting before the ask.
_GREETING = re.compile(
    r"^\s*(?:(?:hey|hi|hello|hiya|heya|yo|howdy|morning|good\s+(?:morning|afternoon|evening)|hallo|moin|servus"
    r"|hej|hola|buenas|buenos\s+d[ií]as|bonjour|salut|coucou|ciao|salve|ol[áa]|oi|hoi|cze[śs][ćc]|merhaba|selam"
    r"|привет|здравствуйте|добрый\s+день)(?:\s+(?:there|all|team|guys|everyone|folks|y'?all|[A-Z][\w'-]{1,20}))?"
    r"\s*[,!.:;—–-]+(?:\s+(?:so|um+|well)\b,?)?|(?:ok(?:ay)?|so|right|um+|uh+|well)\s*,?\s+so\s*,?)\s+(?=\S)"
    r"|^\s*(?:你好|您好|こんにちは|안녕하세요|مرحبا|नमस्ते)[，,！!。\s]+(?=\S)",
    re.I,
)

_THANKS = (
    r"(?:thanks|thank\s+you|thx|tx|ty|tysm|tia|cheers|pls|plz|please|danke(?:\s+schön)?|merci(?:\s+beaucoup)?|gracias"
    r"|grazie|obrigad[oa]|bedankt|dank\s+je(?:\s+wel)?|dzięki|dziękuję|teşekkürler|sağ\s?ol|спасибо|благодарю"
    r"|谢谢|謝謝|多谢|ありがとう(?:ございます)?|감사합니다|고마워|شكرا|شكراً|धन्यवाद)"
)
# "… thanks!", "…, thx", "… ty 🙏", "… merci beaucoup !": a thank-you after the ask.
_SIGN_OFF = re.compile(
    rf"(?P<cut>(?:[\s,;.!—–-]+){_THANKS}(?:\s+(?:a\s+lot|so\s+much|in\s+advance|again|mate|all))?[\s.!:)🙏]*)$",
    re.I,
)
# "a card to say thanks", "dire merci", "no thanks": the word is what the ask is about.
_SAID = re.compile(
    r"(?:\b(?:say|saying|said|says|a|an|the|of|for|to|and|or|with|many|big|special|my|our|your|no|words?|note|card"
    r"|express|give|giving|sincere|heartfelt|dire|decir|dizer|sagen|dire|un|une|le|la|el|de|des|per|для|сказать)"
    r"|说|說)\s*$",
    re.I,
)


# "por favor please", "gracias thank you": a word and its translation, content of a vocabulary list
_THANKS_LAST = re.compile(
    rf"(?:{_THANKS}|por\s+favor|bitte|per\s+favore|s'il\s+(?:te|vous)\s+plaît|пожалуйста|proszę|lütfen)\s*[,:;=–—-]?\s*$",
    re.I,
)


_PLEASE = re.compile(r"\b(?:pls|plz|please)\b", re.I)


def _form_weights(text: str) -> dict[str, int]:
    from generators.rules.scoring import score

    return {kind: weight for kind, (weight, _, _) in score(text).items()}


def without_greeting(text: str) -> str:
    """The ask without a greeting before it; unchanged when the greeting is all there is."""
    rest = _GREETING.sub("", text, count=1)
    return rest if rest.strip() else text


def without_thanks(text: str) -> str:
    """The ask without a thank-you after it; unchanged when the word is what the ask is about."""
    m = _SIGN_OFF.search(text)
    if m is None:
        return text
    head = text[: m.start()]
    one_word = len(head.split()) < 2 and not re.search(r"[^\x00-\x7f]", head)  # "chart pls" stays as typed
    if not head.strip() or one_word or _SAID.search(head) or _THANKS_LAST.search(head):
        return text
    # the sentence's own mark stays: "… verbieten? thanks!" is "… verbieten?"
    end = re.match(r"[.!?？！。]*", m.group("cut").lstrip(" ,;—–-"))
    out = head.rstrip() + (end.group(0) if end else "")
    if _PLEASE.search(m.group("cut")) and _form_weights(out) != _form_weights(text):
        return text  # "arrows pls", "chart please": the cue is worded with it
    return out


# An opening that asks: a wh-word, or a verb before its subject ("is it", "do i need"). Not a request
# ("can you make …") and not a title ("how to …", "what to pack").
_WH_EN = r"what(?:'s|’s|s)?|which|who(?:'s|’s|s)?|whose|whom|when(?:'s|’s)?|where(?:'s|’s)?|why|how(?:'s|’s)?"
_ASKS_EN = (
    r"(?:(?:what|who|when|where|why|how)\b"
    # "how we onboard new patients", "what we shipped", "where the money went": a topic, not a question
    r"(?!\s+(?:we|i|you|they|he|she|it|our|my|your|their|the|an?|this|these|those|people)\b)"
    r"|what(?:'s|’s|s)|which|who(?:'s|’s|s)|whose|whom|when(?:'s|’s)|where(?:'s|’s)|how(?:'s|’s)"
    r"|is|are|was|were|does|do|did|has|have|should|shall|will|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t"
    r"|(?:can|could|may|might)\s+(?:i|we|it|they|he|she|this|that|these)|what\s+if|and\s+if)\b(?!\s+to\b)"
)
_ASKS_OTHER = (
    r"(?:qué|cu[áa]l(?:es)?|cu[áa]nt[oa]s?|qui[ée]n(?:es)?|cu[áa]ndo|d[óo]nde|c[óo]mo|por\s+qu[ée]|y\s+si"
    r"|quel(?:le)?s?|combien|quand|o[ùu]|comment|pourquoi|est-ce\s+que|et\s+si|qu['’]est-ce"
    r"|welche[rsnm]?|wer|wann|wo|wie|warum|wieso|weshalb|was|ist|sind|gibt\s+es|muss|darf|kann\s+ich|und\s+wenn"
    r"|cosa|che\s+cosa|qual[ei]?|quant[oaie]|chi|quando|dove|perch[ée]|e\s+se"
    r"|o\s+que|quais|quem|onde|por\s+que"
    r"|wat|welke|wanneer|waar|hoe|waarom|hoeveel"
    r"|co|jak[iae]?|ile|kto|kiedy|gdzie|dlaczego|czy"
    r"|что|какой|какая|какое|какие|сколько|кто|когда|где|как|почему|зачем)(?![\w-])"
)
_ASK_OPENS = re.compile(rf"^[\s¿\"'“«(]*(?:{_ASKS_EN}|{_ASKS_OTHER})(?!\s*,)", re.I)
# "where we are, what went wrong, the fix": topics listed, each opening like a question
_TOPICS = re.compile(
    rf"[,;]\s*(?:and\s+|y\s+|et\s+|und\s+|e\s+|i\s+|и\s+)?(?:{_WH_EN}|{_ASKS_EN}|{_ASKS_OTHER})", re.I
)
# "which city ate the budget" under the figures: which of them stands out, the chart's point
_WHICH = re.compile(
    r"[\s¿]*(?:which|welche[rsnm]?|quel(?:le)?s?|cu[áa]l(?:es)?|qual[ei]?|quais|welke|какой|какая|какие|który|która|które)\b",
    re.I,
)
# Chinese, Japanese, Korean: the question is in its closing particle or question word.
_CJK_ASK_ENDS = re.compile(
    r"(?:吗|嗎|呢|多少|几个|什么|哪个|哪里|谁|对吗|是否|いくら|ですか|ますか|でしょうか|何|どこ|誰|いつ|どう|까|나요|가요|얼마|뭐|어디|누구|언제)\s*$"
)
_AMOUNT = re.compile(r"how\s+(?:much|many)|quant[oaie]|cu[áa]nt|combien|wie\s+viel|сколько|hoeveel", re.I)
_CLAUSE_START = re.compile(r"(?:^|[\n.!?。！—–])\s*$")  # nothing before, or a sentence ended
_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
# Where a sentence ends though its mark is missing: a line, a dash between clauses, or a capitalised
# word that opens sentences ("… or ordinary The trustees …").
_CLAUSE = re.compile(
    r"\n|\s+[—–]\s+|(?<=[.!。！])\s+|(?<=[。！])(?=\S)|(?<=[a-z0-9])\s+(?=(?:The|This|That|It|We|They|He|She|My|Our|So|But)\s)"
    # "… soap 0.80 how much for two loads": an amount asked after the figures, unless shown ("show how many")
    # (a figure at most three words before it: "… 6 h per episode how many hours"; not "… overdue and by how many")
    r"|(?<=\d)(?:\s+[^\W\d_]+){0,3}?(?<!\bshow)(?<!\bsee)(?<!\bknow)(?<!\btell)(?<!\bme)(?<!\bus)(?<!\bplot)"
    r"(?<!\bchart)(?<!\bgraph)(?<!\bcount)(?<!\btrack)(?<!\bcompare)(?<!\bmostra)(?<!\bmuestra)(?<!\bmontre)(?<!\bzeig)"
    r"(?<!\bzeige)\s+(?=(?:how\s+(?:much|many)|quanto|quanta|quanti|quante|cu[áa]nto|cu[áa]ntos|combien|wie\s+viele?|сколько|hoeveel)\b)"
)


def _names_form(text: str) -> bool:
    """The sentence names a form ("… as a chart", "スライドにしてもらえますか"): a request, whatever its opening."""
    from generators.rules.scoring import score

    return any(kind != "text" and weight >= 3 for kind, (weight, _, _) in score(text).items())


def question_marked(text: str) -> str:
    """A message typed with no question mark at all, its asking sentences marked as asked: where
    the planner reads '?' as 'a question', an opening that asks says it as well."""
    if re.search(r"[?？؟]", text) or "```" in text:
        return text
    out: list[str] = []
    marked = False
    last = 0
    for m in [*_CLAUSE.finditer(text), None]:
        end = m.start() if m else len(text)
        part = text[last:end]
        bare = part.rstrip()
        core = bare.rstrip(".!。！")
        if (
            core.strip()
            and len(core) <= 300
            and not re.search(r"[.!。！]$", bare)
            and not re.search(r"[:：]", core)
            and not _TOPICS.search(core)
            and (
                len(core.split()) >= 3 or len(_CJK.findall(core)) >= 4
            )  # "wo 644", "do 701": a data line's label, no question
            and not re.match(r"\s*(?:[-*+•]|\d{1,2}[.)])\s", core)  # a list's item
            and not (
                _WHICH.match(core) and len(re.findall(r"\d+", text[:last])) >= 3
            )  # "… madrid 155. which city"
            and (
                not _AMOUNT.match(core) or _CLAUSE_START.search(text[:last]) or re.search(r"\d", text[:last])
            )
            and (_ASK_OPENS.match(core) or "¿" in core or (_CJK.search(core) and _CJK_ASK_ENDS.search(core)))
        ):
            mark = "？" if _CJK.search(core[-1:]) else "?"
            part = core + mark + part[len(bare) :]
            marked = True
        out.append(part)
        if m is not None:
            out.append(m.group(0))
            last = m.end()
    # a form named: a request, however its sentences open (asked only when a mark would be added: reading
    # the cues is the costly part)
    return "".join(out) if marked and not _names_form(text) else text


# Real words that a cue word is a swap of: a word the user meant as typed.
_REAL = frozenset(
    {"dairy", "trail", "fries", "crate", "gironi", "sliver", "angel", "untied", "sacred", "causal", "martial",
     "calvary", "resmi"}
)  # fmt: skip
# Openings of real words a cue stem is a swap of: Polish "przek…" (przekładnia, przekaz) is no "prezk…".
_REAL_OPENINGS = ("przek", "przed", "przez")
_WORD = re.compile(r"(?<![A-Za-z\u00c0-\u024f])[A-Za-z\u00c0-\u024f]{5,}(?![A-Za-z\u00c0-\u024f])")


_OPENING_STEM = re.compile(r"(?:\(\?<!(?:[^()]|\([^()]*\))*\))*\\b([a-zà-ɏ]{5,})(?:\\w\*|\(\?!)")
# A top-level alternative that is one whole word ("(?<!\\bwater\\s)\\bslide\\b", "\\bbeamers?\\b")
_WHOLE_WORD = re.compile(r"(?:\(\?<!(?:[^()]|\([^()]*\))*\))*\\b([a-zà-ɏ]{5,})(?:e?s\?)?\\b")


def _pattern_stems(pattern: str) -> list[str]:
    """The stems a cue pattern's top-level alternatives open with ("\\banimat(?!ors?\\b)…" → animat)."""
    return [
        m.group(1)
        for alt in _alternatives(pattern)
        if (m := _OPENING_STEM.fullmatch(alt) or _OPENING_STEM.match(alt))
    ]


def _pattern_words(pattern: str) -> list[str]:
    """The whole words among a cue pattern's top-level alternatives ("…\\bslide\\b" → slide)."""
    return [m.group(1) for alt in _alternatives(pattern) if (m := _WHOLE_WORD.fullmatch(alt))]


def _alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives (split at the "|" outside every group)."""
    alts, depth, start = [], 0, 0
    for k, ch in enumerate(pattern):
        if ch == "\\":
            continue
        if k and pattern[k - 1] == "\\":
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            alts.append(pattern[start:k])
            start = k + 1
    alts.append(pattern[start:])
    return alts


@lru_cache(maxsize=64)
def _cue_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The one-word form cues (weight 3+) of a language and of English, lowercase: whole words (and an
    English word's plural) and stems ("animat…", "slajd*")."""
    from generators.rules.scoring import cues_by_lang

    words: set[str] = set()
    stems: set[str] = set()
    for by_lang in cues_by_lang().values():
        for code in dict.fromkeys((lang, "en")):
            for cue, weight in by_lang.get(code, []):
                if weight < 3:
                    continue
                low = cue.lower()
                if low.startswith(
                    "re:"
                ):  # "\\banimat(?!…)\\w*": the stem a pattern opens with; "\\bslide\\b"
                    stems.update(_pattern_stems(low[3:]))
                    whole = _pattern_words(low[3:])
                    words.update(
                        w + end for w in whole for end in (("", "s", "es") if code == "en" else ("",))
                    )
                    continue
                if re.fullmatch(r"[a-zà-ɏ]{5,}\*?", low):
                    if low.endswith("*"):
                        stems.add(low[:-1])
                    else:
                        words.update({low, low + "s", low + "es"} if code == "en" else {low})
    return frozenset(words), tuple(sorted(stems))


def _is_cue(word: str, lang: str, at: int = 0) -> bool:
    """The word is a cue; with `at`, a stem's only when the letters swapped at `at` lie inside it
    ("aniamte" is "animat…" mistyped; "s'animatn" is no fix of "s'animant")."""
    words, stems = _cue_words(lang)
    return word in words or any(word.startswith(s) and at + 1 < len(s) for s in stems)


def _swapped(word: str, lang: str) -> str | None:
    """The one cue word a swap of two neighbouring letters makes of a word that is no cue itself."""
    low = word.lower()
    if low in _REAL or low.startswith(_REAL_OPENINGS) or _is_cue(low, lang):
        return None
    found = {
        low[:i] + low[i + 1] + low[i] + low[i + 2 :]
        for i in range(len(low) - 1)
        if low[i] != low[i + 1] and _is_cue(low[:i] + low[i + 1] + low[i] + low[i + 2 :], lang, i)
    }
    if len(found) != 1:
        return None
    fixed = found.pop()
    return fixed.capitalize() if word[0].isupper() else fixed


def typos_fixed(text: str) -> str:
    """The text with each form word typed with two letters swapped set right ("org chrat" → "org
    chart"), so the builders read the word the router reads."""
    from generators.rules.words import language

    lang = language(text)
    return _WORD.sub(lambda m: _swapped(m.group(0), lang) or m.group(0), text)


def tidied(question: str) -> str:
    """The ask as the router and the builders read it: without the greeting before it and the
    thank-you after it, its question marked as asked, its swapped-letter form words set right."""
    text = without_thanks(without_greeting(question))
    return typos_fixed(question_marked(text))

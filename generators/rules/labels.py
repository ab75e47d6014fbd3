"""Reading the label of one value in a list: the words just before it ('apples 30') or just after it
('30% of users on chrome'), with the verbs, glue words and clock times that name nothing dropped."""

from __future__ import annotations

import re

from generators.rules.cues import STOPWORDS, STOPWORDS_CJK
from generators.rules.dates import TIME_TOKEN
from generators.rules.words import CJK


def label_before(text: str) -> str:
    """The category label just before a number: 'Our sales were apples ' → 'apples'."""
    text = text.rstrip(" \t:=：-–—'\"“”(")
    # "Utrecht € 118.000": the sign is the value's
    text = re.sub(r"\s*[€$£¥₹₽₩]$", "", text).rstrip(" \t:=：-–—(")
    if not text:
        return ""
    tail = re.search(r"((?:\d+[-–~])?[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff·A-Za-z0-9]+)$", text)
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
    if person := person_label(text):
        return person
    words = re.findall(r"[^\s,;:()]+", text)
    while len(words) > 1 and SCORED.fullmatch(words[-1]):
        words.pop()  # "Amira got 18", "jan was 40k": the verb between a name and its value is neither
    if len(words) >= 2 and words[-1].lower() in ("on", "at") and re.search(r"\w['’]s$", words[-2]):
        words = [*words[:-2], words[-2][:-2]]  # "Ana's on 14 goals": Ana is on 14
    label: list[str] = []
    for w in reversed(words):
        if is_glue(w) or len(label) >= 4:
            break
        label.insert(0, w)
    if not label and words and re.search(r"(?:^|[,;:：，；])\s*" + re.escape(words[-1]) + r"\s*$", text):
        return words[-1]  # "design 2 weeks, build 6 weeks": a whole item is a name even if it reads as a verb
    return " ".join(label).strip(" .-'\"")


CLOCK_LABEL = re.compile(r"(?<![\d:])(\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)\s*[—–=-]?\s*$", re.I)
CLOCK_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:at|à|um|a las|alle|om|в)\s+(\d{1,2}:\d{2}(?:\s?[ap]m)?)\b", re.I
)
SCORED = re.compile(
    r"got|gets|scored|scores|earned|made|hit|sold|ran|sacó|tiene|hat|ha|tem|получил[аи]?"
    r"|was|were|is|are|reached|fue|fueron|era|war|waren|était|étaient|foi|foram|è|erano|была?|было|были",
    re.I,
)


def is_glue(word: str) -> bool:
    """A stopword, unless it is a month or weekday ('May', 'Sun') or a one-letter name ('team A')."""
    if re.fullmatch(r"[A-Z]", word) or TIME_TOKEN.fullmatch(word.strip(".")):
        return False
    return word.lower().strip(".'\"") in STOPWORDS


# The speaker among named people: "jake 112 me 98 sam 131", "yo 640, Ana 480", "moi 12, Léa 9".
PERSON = re.compile(r"me|myself|us|moi|yo|ich|io|eu|mim|ik|ben|я|мы|我|我们", re.I)


def person_label(text: str) -> str:
    """'me' standing alone as an item's label (after a value, a separator or nothing): the person
    speaking, a category like the names beside it. Elsewhere ('show me 5') it stays a glue word."""
    m = re.search(r"(?:^|[\d%,;:，；、]\s*|\s)(\S+)\s*$", text)
    if m is None or not PERSON.fullmatch(m.group(1).strip(".'\"")):
        return ""
    head = text[: m.start(1)].rstrip()
    return m.group(1) if not head or re.search(r"[\d%,;:，；、]$", head) else ""


def label_after(text: str) -> str:
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
        if is_glue(w):
            if label:
                break
            continue
        if len(label) >= 4:
            break
        label.append(w)
    return " ".join(label).strip(" .-'\"")


_AND = re.compile(r"^(?:and|or|then|plus|y|o|und|oder|et|ou|e|en|of|i|ve|и|или)\s+", re.I)
_SPEAKER = re.compile(r"(?:i|we|you|our|my|your|me|us|it|they|their)", re.I)


def item_label(text: str, label: str) -> str:
    """The whole item when the label read backwards stopped at a glue word inside it: 'keep the wall'
    and 'knock through with a steel beam' are the options, not 'wall' and 'steel beam'. Empty when the
    item is a sentence (a speaker, a verb of scoring, a number) or longer than a short name."""
    text = _AND.sub("", text.strip(" \t:=：-–—'\"“”(•*\n"))
    words = re.findall(r"[^\s,;:()]+", text)
    while words and SCORED.fullmatch(words[-1]):
        words.pop()
    while words and is_glue(words[0]):
        words.pop(0)
    if not 2 <= len(words) <= 6 or not label or not " ".join(words).endswith(label):
        return ""
    cut = len(words) - len(label.split())
    if cut == 0:
        return label  # "knock through": the label is the whole item already
    if cut < 1 or not is_glue(words[cut - 1]):
        return ""  # the label was cut by its own length or a lead ("omzet vestiging Utrecht"), not by glue
    if is_glue(words[-1]) or any(
        _SPEAKER.fullmatch(w) or SCORED.fullmatch(w) or re.search(r"\d", w) for w in words
    ):
        return ""
    return " ".join(words)


_CONJUNCTION = re.compile(r"\s*(?:[^\W\d_]+|&)\s*")


def joined_names(body: str, split: re.Pattern[str]) -> list[str]:
    """List items split at `split`, except at a joining word with no number before it and one after:
    'gasoil y generador 12%' is one item named by two words, not 'gasoil' with no value."""
    out: list[str] = []
    start, glue = 0, ""
    for m in [*(m for m in split.finditer(body) if m.end() > m.start()), None]:
        seg = body[start : m.start() if m else len(body)]
        if glue and out and not re.search(r"\d", out[-1]) and re.search(r"\d", seg):
            out[-1] += glue + seg
        else:
            out.append(seg)
        if m is not None:
            glue = m.group(0) if _CONJUNCTION.fullmatch(m.group(0)) else ""
            start = m.end()
    return out


SAID_FILLER = re.compile(r"^(?:(?:um+|uh+|erm|er|and|then|also|ähm|äh|euh|eh|ehm|y|e|und|et)\s+)+", re.I)


def said_label(words: str) -> str:
    """A label as said aloud, without the filler before it or the verb after it ('um april' →
    'april', 'jan was' → 'jan')."""
    words = SAID_FILLER.sub("", words.strip())
    parts = words.split()
    while len(parts) > 1 and SCORED.fullmatch(parts[-1]):
        parts.pop()
    return " ".join(parts)

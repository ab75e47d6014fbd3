"""A deck typed tersely: the points written straight after the deck's name, with no colon and no list
marks ("deck q3 review rev +12%, churn down to 2.1%, 3 new hires", "farm open day pres who we are,
400 acres, 120 cows", "Folien Teammeeting Q3 Umsatz +12 %, 3 Neueinstellungen", "季度汇报ppt 营收增长12%
新客户3家", "pitch to bank bakery 2nd site need 80k rev 310k/yr margin 14%"). Every point is kept as
the user wrote it; the words before the deck's name, or those leading the first point, are its title.
Nothing is computed or charted here: the numbers are of different kinds."""

from __future__ import annotations

import re

from generators.rules.bare_list import asked_count, bare_items, counted_tail, drop_counts, without_count
from generators.rules.content import (
    ASK_YOU,
    HAN_KANA,
    ITEM_CHARS,
    MAX_ITEMS,
    Content,
    clean_lead,
    split_items,
)
from generators.rules.spoken import FILLER
from generators.rules.words import find_cue, language, short

# Words that join the deck's name to its points ("outline", "on", "about", "zu", "sobre"), one or more: no point.
_GLUE = re.compile(
    r"^(?:(?:outline|on|about|re|for|of|covering|with|zu|über|zum|sobre|sur|su|sul|o|об|про|over|hakkında|dla|عن|حول|:|：|-|–|—)\s+)+",
    re.I,
)
# A number as a point's value ("+12%", "80k", "310k/yr", "2.1%", "3"), not a label holding a digit
# ("q3", "v2", "2nd", "n=212").
_NUMBER = re.compile(r"^[+\-−~≈]?[$€£¥₹]?\d[\d.,]*(?:k|m|bn|x|%)?(?:/\w+)?%?$", re.I)
# A unit after its number ("3 yrs", "+12 %", "400 acres"): still that number's point.
_UNIT = re.compile(
    r"^(?:%|k|m|bn|yrs?|years?|months?|mos?|days?|d|wks?|weeks?|hrs?|h|mins?|pts?|ppl|people|acres|ha|kg|t|km|mi"
    r"|€|\$|£|eur|usd|gbp|jahre?|monate?|tage?|años|meses|ans|mois|anni|mesi|anos)$",
    re.I,
)


def _numeric(token: str) -> bool:
    return bool(_NUMBER.match(token))


def _by_values(text: str) -> list[str]:
    """'bakery 2nd site need 80k rev 310k/yr margin 14% payback 3 yrs' → points ending at each value
    ('bakery 2nd site need 80k', 'rev 310k/yr', 'margin 14%', 'payback 3 yrs'): figures typed one
    after another with no comma."""
    tokens = text.split()
    out: list[list[str]] = [[]]
    for k, tok in enumerate(tokens):
        out[-1].append(tok)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        ends = _numeric(tok) or (_UNIT.match(tok) and k and _numeric(tokens[k - 1]))
        if ends and nxt and not (_UNIT.match(nxt) and _numeric(tok)) and not _numeric(nxt):
            out.append([])
    return [" ".join(p) for p in out if p]


def _split_first(first: str, typical: int) -> tuple[str, str]:
    """(title words, point) of the first chunk when it opens with the deck's topic: 'q3 review rev
    +12%' → ('q3 review', 'rev +12%'); 'ladder safety 3 pts contact' → ('ladder safety', '3 pts
    contact'); 'ERP rollout phases pilot jan' → ('ERP rollout phases', 'pilot jan')."""
    tokens = first.split()
    at = next((k for k, tok in enumerate(tokens) if _numeric(tok)), None)
    if at is not None:
        if at == 0:
            return "", first
        rest = tokens[at + 1 :]
        cut = at - 1 if all(_UNIT.match(t) for t in rest) else at  # "rev +12%": the value and its name
        return " ".join(tokens[:cut]), " ".join(tokens[cut:])
    if len(tokens) > typical + 1:
        return " ".join(tokens[:-typical]), " ".join(tokens[-typical:])
    return "", first


def terse_points(question: str, cues: list[tuple[str, int]]) -> Content | None:
    """The points typed after the deck's name (`cues`: the slides cues), three or more; None when
    the message holds no such run."""
    named = None
    for cue, weight in cues:
        if weight < 2:
            continue
        m = find_cue(question, cue)
        if m and (
            named is None or weight > named[0] or (weight == named[0] and m.start() < named[1].start())
        ):
            named = (weight, m)
    if named is None:
        return None
    m = named[1]
    before = question[: m.start()].strip(" ,;:.-–—")
    after = _GLUE.sub("", question[m.end() :].strip(" ,;:.-–—："))
    after = _without_closing_ask(after)  # "…, 3 new hires can you put that together": no point
    if re.search(r"[?？]|\n|[.!。！]\s", after):  # a question or sentences after it: no run of points
        return None
    chunks = split_items(after)
    if len(chunks) < 3:
        chunks = _spaced_points(after) or _by_values(after)
    if len(chunks) < 3:
        return _bare(question, before, after)
    sizes = sorted(len(c.split()) for c in chunks[1:])
    typical = sizes[len(sizes) // 2]
    if not clean_lead(before):
        lead, first = _split_first(chunks[0], typical)
    elif len(chunks[0].split()) > typical + 2:  # "board pres ERP rollout phases pilot jan, finance mar"
        lead, first = " ".join(chunks[0].split()[:-typical]), " ".join(chunks[0].split()[-typical:])
    else:
        lead, first = "", chunks[0]
    title = " ".join(p for p in (before, lead) if p)
    title = clean_lead(title) if title else clean_lead(m.group(0))
    items = [short(c, ITEM_CHARS) for c in (first, *chunks[1:]) if c]
    return Content(title, items[:MAX_ITEMS])


def _bare(question: str, before: str, after: str) -> Content | None:
    """'4 diapositivas sobre nuestro plan de marketing objetivos público canales presupuesto': the
    points typed without commas, told apart by the number of slides asked (`bare_list`)."""
    count = asked_count(question, language(question))
    after = _GLUE.sub("", without_count(after).strip(" ,;:.-–—："))
    tail = counted_tail(after, count) if count else None
    if tail is not None:
        return Content(clean_lead(tail[0]), tail[1])  # (the words before the deck's name are the ask)
    items = bare_items(after, count)  # (no count: a topic typed bare is no list of points)
    return Content(clean_lead(before), items) if len(items) >= 3 else None


def _spaced_points(text: str) -> list[str]:
    """'营收增长12% 新客户3家 下季度目标开华东仓': Chinese and Japanese points separated by spaces."""
    chunks = [c for c in re.split(r"[ \u3000]+", text.strip()) if c]
    if len(chunks) >= 3 and all(HAN_KANA.search(c) for c in chunks):
        return chunks
    return []


# Asking for the deck around its name, said rather than typed ("hazme unas diapos", "mach mir da ein
# paar Folien", "zrób slajdy", "slayt hazırlar mısın", "queria uns slides bonitos", "can you put
# that together"): the ask, not a point.
_ASK_WORDS = re.compile(
    r"^(?:(?:and|so|y|e|und|i|и|ve|en|et)\s+)?(?:(?:can|could|would)\s+you|please|pls|make|do|prepare|put|create|build|i\s+need"
    r"|i\s+want|we\s+need|need|want|hazme|haz|prepárame|prepara(?:me)?|necesito|quiero|quería|mach(?:e|st)?|erstell\w*"
    r"|brauche|ich\s+brauche|fais|fais-moi|prépare|préparez|fammi|fai|preparami|voglio|vorrei|faz|faça|faria|queria|quero"
    r"|preciso|maak|kun\s+je|zrób|zrobisz|zrobić|przygotuj|potrzebuję|сделай(?:те)?|подготовь(?:те)?|нужн[оы]"
    r"|hazırla\w*|yap\w*|lütfen|bana)\b|^(?:اعمل\w*|سوي\w*|جهز\w*|حضر\w*|ممكن|بدي|أبغى|ابغى|أريد|बना\w*|तैयार)(?:\s|$)",
    re.I,
)
_DETERMINERS = re.compile(
    r"^(?:me|mir|da|ein|eine|paar|ein\s+paar|some|a\s+few|a|the|unas|unos|uns|umas|des|quelques|delle|qualche|een"
    r"|mi|le|la|los|las|so|also|bitte|now|then|up|out|this|that|it)$",
    re.I,
)
# A clause is said to end where "and", "then" or a pause word falls, in the planner's languages.
_PAUSE = (
    r"\s*(?:[,;!]|(?<!\d)\.)\s+|\s+(?:and|und|y|e|et|en|ve|и|(?-i:i)|а|और|तथा|sonra|ayrıca|bir de)\s+"
    r"|(?<=[\u3040-\u9fff])(?:それから|そして|あと|然后|还有)"
)
_THEN = (
    r"\s+(?:then|dann|luego|poi|потом|daarna|puis|depois|also|plus|además|außerdem|ainda|inoltre|также)\s+"
)
# Who or what a new clause is about, said first: "then we …", "also the …" end a clause; "the scale
# then arrives", "we also hired" do not (the subject stays with its verb).
_SUBJECT = (
    r"(?:i|we|you|they|he|she|it|the|a|an|our|my|their|this|there|ich|wir|sie|er|es|die|der|das|ein|eine|unser\w*"
    r"|yo|nosotros|ellos|ella|el|la|los|las|un|una|nuestr\w+|je|nous|ils|elle|on|le|les|une|notre|nos|io|noi|loro"
    r"|il|lo|gli|eu|nós|eles|ele|o|os|as|um|uma|noss\w+|ik|wij|ze|hij|het|de|een|ons|onze|я|мы|они|он|она|наш\w*)\b"
)
_CLAUSE_CUT = re.compile(rf"{_PAUSE}|{_THEN}(?={_SUBJECT})", re.I)
_ASK_CUT = re.compile(f"{_PAUSE}|{_THEN}", re.I)  # after an ask, any "then" starts what is told next
# Verbs of telling that open what is to be told ("trzeba omówić ochronniki …", "I need to explain
# price pooling"): a clause ends after them.
_TELLING = re.compile(
    r"\b(?:explain|cover|go\s+over|talk\s+about|erklären|besprechen|expliquer|présenter|explicar|hablar\s+de|spiegare"
    r"|falar\s+(?:de|sobre)|uitleggen|bespreken|omówić|omowic|przedstawić|objaśnić|объяснить|рассказать\s+(?:о|об|про)"
    r"|обсудить|anlatmak|anlataca\w*|açıklamak)\b\s*",
    re.I,
)
# Magnitudes and units said after a number ("30 por cento", "400 mil", "1,2 Millionen"): part of its value.
_SAID_UNIT = re.compile(
    r"^(?:%|percent|per\s+cent|por\s+cento|por\s+ciento|pour\s+cent|prozent|per\s+cento|procent|процент\w*|yüzde"
    r"|k|m|bn|mil|mille|mila|million\w*|millones|milioni|milhões|miljoen|миллион\w*|тысяч\w*|milyon|bin|tysi[ęe]c\w*"
    r"|mln|mld|billion\w*|euros?|dollars?|reais|€|\$|£|kg|t|tonnes?|tons?|km|m²|metres?|meters?|метр\w*|metr\w*"
    r"|hours?|days?|weeks?|months?|years?|jahre?|monate?|años|meses|anni|mesi|anos|ans|mois)\b"
    r"|^(?:بالمية|بالمئة|في المئة|प्रतिशत|फीसदी)",
    re.I,
)


# What the ask points back at, and joining words, heading what is said after it ("… slides about it
# and also mention the rota"): the ask's, not a point.
_AFTER_ASK = re.compile(
    r"^(?:(?:about|on|of|for|from|with|over|sobre|de|con|über|zu|sur|avec|su|com|van)\s+)?"
    r"(?:it|that|this|these|those|them|eso|esto|das|dies|ça|cela|questo|isso|isto|dat|dit)\b[\s,]*"
    r"|^(?:and|also|then|plus|y|und|et|e|и|ve|en)\s+",
    re.I,
)


def _without_ask(text: str, cue: re.Match[str]) -> str:
    """The message with the ask for the deck taken out: the deck's name, the request words and
    determiners said just before it, and up to three words after it when the message ends there.
    What was said before the ask and what after it stay apart: one clause ends where the ask was."""
    before = text[: cue.start()].split()
    after = text[cue.end() :].split()
    keep = len(before)
    for k in range(len(before) - 1, max(-1, len(before) - 7), -1):
        if _DETERMINERS.match(before[k]) or _ASK_WORDS.match(" ".join(before[k:])):
            keep = k
        elif not (k and _ASK_WORDS.match(" ".join(before[k - 1 :]))):
            break  # ("can you make": "you" is the ask's when "can" before it is)
    if keep == len(before) and len(after) > 3:
        return text  # the deck named in passing ("presenting my progress …"): no ask to take out
    rest = " ".join(after) if len(after) > 3 else ""
    while (head := _AFTER_ASK.match(rest)) is not None and head.end():
        rest = rest[head.end() :]
    return ", ".join(p for p in (" ".join(before[:keep]), rest) if p)


def _without_closing_ask(body: str) -> str:
    """'… can you put that together': the ask closing the message taken out, as far as its clause
    goes ('… can you put that together and add the rota' keeps 'add the rota')."""
    ask = re.search(rf"\b(?:{ASK_YOU})\b([^,.;]*)$", body, re.I)  # (no white space before: a long run
    if ask is None:  # of it would be tried at each of its places, each way)
        return body
    told = _ASK_CUT.split(re.sub(r"\s+", " ", ask.group(1)), maxsplit=1)
    return body[: ask.start()].rstrip(" \t\n,") + (", " + told[1] if len(told) > 1 else "")


def _at_values(clause: str) -> list[str]:
    """A long clause cut after each figure said in it ('reduziu as paradas em 30 por cento economia
    de 400 mil' → two), the figure's unit or magnitude kept with it."""
    words = clause.split()
    out: list[list[str]] = [[]]
    k = 0
    while k < len(words):
        out[-1].append(words[k])
        if re.fullmatch(r"[+\-−]?[$€£]?\d[\d.,]*(?:%|k|m|bn)?", words[k], re.I):
            unit = _SAID_UNIT.match(" ".join(words[k + 1 : k + 3]))
            # its unit, or else the word after it: what is counted ("14 matchs", "10 بالمية")
            taken = len(unit.group(0).split()) if unit else min(1, len(words) - k - 1)
            out[-1].extend(words[k + 1 : k + 1 + taken])
            k += taken
            per = re.match(
                r"(?:per|pro|por|par|je|each|a|an|за|на)\s+\S+", " ".join(words[k + 1 : k + 3]), re.I
            )
            if per:  # "180 Euro pro Kind", "4 € per head": what the figure is counted by
                out[-1].extend(words[k + 1 : k + 3])
                k += 2
            if k + 1 < len(words):
                out.append([])
        k += 1
    return [" ".join(p) for p in out if p]


_CJK_ASK = re.compile(
    r"^(?:帮我|给我|请|麻烦)?(?:做|弄|整理|准备)?(?:一?[个份套])?|(?:を|に)?(?:作って|まとめて|して)\S*$"
)


def _spaced_cjk(text: str, cues: list[tuple[str, int]]) -> Content | None:
    """'明天要跟老板汇报季度情况 销售涨了12% 新开了两家店 还有成本降了 帮我做个PPT': Chinese or Japanese
    said in pauses, which a transcript writes as spaces: each pause ends a point; the piece
    naming the deck is the ask; the first piece, when it says the occasion, is the title."""
    pieces = [p for p in re.split(r"[\s，,。；;、]+|(?:还有|然后|以及|それから|そして)", text) if p]
    kept = []
    for piece in pieces:
        if re.fullmatch(r"\d*\s*[页頁張张枚장]?的?", piece):
            continue  # "做一个 8 页的 PPT": the count asked for, no point
        cue = next((m for c, w in cues if w >= 2 and (m := find_cue(piece, c))), None)
        if cue is not None:
            rest = _CJK_ASK.sub("", (piece[: cue.start()] + piece[cue.end() :]).strip())
            if len(rest) <= 2:
                continue  # "帮我做个PPT": the ask
        kept.append(piece)
    if len(kept) < 3:
        return None
    return Content(clean_lead(kept[0]), [short(p, ITEM_CHARS) for p in kept[1:]][:MAX_ITEMS])


def _clauses(body: str) -> list[str]:
    """Where the clauses of a message said in one breath end: pauses and joining words, a verb of
    telling, and (in a long clause) each figure said."""
    out: list[str] = []

    def cut(m: re.Match[str]) -> str:  # after an occasion told first, not after "I need to explain"
        said_before = len(re.split(r"[,;.]|\b(?:and|und|y|e|et|i|и|ve)\b", body[: m.start()])[-1].split())
        return m.group(0).rstrip() + ("\x00" if said_before >= 5 else " ")

    for piece in _TELLING.sub(cut, body).split("\x00"):
        for clause in _CLAUSE_CUT.split(piece):
            clause = clause.strip(" ,;:-–—")
            if clause:
                verb_last = language(clause) in ("hi", "tr", "ja", "ko")  # the verb comes after the figure
                out.extend(_at_values(clause) if len(clause.split()) > 10 and not verb_last else [clause])
    return out


def _counted_ask(part: str) -> bool:
    """'maak een presentatie van 5 dia's': the ask with its count, a few words besides, is no point."""
    return bool(asked_count(part, language(part), slides=True)) and len(drop_counts(part).split()) <= 4


def dictated_points(question: str, cues: list[tuple[str, int]]) -> Content | None:
    """A deck asked for in one breath, its points said before or after the ask ("ok also ich muss
    morgen vor dem Gemeinderat das neue Radwegekonzept vorstellen drei Strecken Kosten so 1,2
    Millionen und Bauzeit zwei Jahre mach mir da ein paar Folien"): the occasion first, as the
    title, then every other word in order, cut where a clause ends ("and", "then", a pause, a verb
    of telling, a figure). None when nothing but a topic is left (no figure and fewer than two
    points): a topic alone is no content."""
    text = FILLER.sub("", re.sub(r"\s+", " ", question or "").strip(" ?？.。!"))
    if "\n" in (question or "").strip() or re.search(r"[?？]", text):
        return None  # a typed list, or a question asked on the way: other readers'
    if language(text) in ("zh", "ja"):  # (a Chinese name in an English message is no pause-split text)
        return _spaced_cjk(text, cues)
    if len(text.split()) < 12:
        return None  # a short ask: the terse readers'
    named = None
    for cue, weight in cues:
        m = find_cue(text, cue) if weight >= 2 else None
        if m and (named is None or m.end() > named.end()):
            named = m
    if named is None:
        return None
    body = _without_ask(text, named)  # "… hazme unas diapos", "and I need slides tonnage is up …"
    body = _without_closing_ask(body)  # "… can you put that together"
    parts = [p for p in _clauses(body) if not _ASK_WORDS.fullmatch(p) and not _counted_ask(p)]
    if len(parts) < 2 or any(len(p) > ITEM_CHARS for p in parts):
        return None
    title, points = parts[0], parts[1:]
    if len(title.split()) > 10 or re.search(r"\d", title):  # no short occasion first: titled by its kind
        title, points = "", parts
    if not (len(points) >= 2 or re.search(r"\d", drop_counts(body))):  # ("5 slides" is no figure)
        return None
    return Content(clean_lead(title) if title else "", [short(p, ITEM_CHARS) for p in points][:MAX_ITEMS])

"""Content said rather than typed: lists and steps without the punctuation a written list has.

Dictated and chatty requests carry their content in the rhythm of speech: "a pitch deck like intro
the problem the new logo and the budget" (items separated by repeated articles), "大概就是 背景 方案
报价" (short words between pauses, which a transcript writes as spaces), "the process is we get the
order then we pack it then we check it" (steps separated by sequence words in any language), or a
topic with its parts in brackets ("スライド：褥瘡予防（体位変換、栄養、皮膚観察）"). A typed list is
read by `content.supplied`; these readers take over only when it finds nothing, and only inside
the builder of a kind the router already chose from its own cues: they never route by themselves,
so a chatty sentence with no visual asked for stays text. Items are the user's words, in order:
nothing is added or dropped beyond filler words ("um", "basically", "嗯").
"""

from __future__ import annotations

import re

from generators.rules.content import (
    ASK_YOU,
    CLOSING,
    DRAW_IT,
    ITEM_CHARS,
    MAX_ITEMS,
    Content,
    clean_lead,
    plain_lines,
    split_items,
    without_greeting,
)
from generators.rules.signals import SEQUENCE
from generators.rules.words import CJK, language, short

MAX_STEP_CHARS = 90

# Fillers of speech, dropped at the edges of a lead or an item: they are never content.
FILLER = re.compile(
    r"^(?:(?:um+|uh+|erm|er|hmm+|so|okay|ok|well|basically|like|you know|i mean|right|bueno|pues|a ver|o sea"
    r"|alors|bon|euh|genre|also|ähm|äh|naja|allora|cioè|tipo|ehm|então|tá|olha|entonces|oye|słuchaj|no to|dus"
    # words that are also names ("Mira checks the invoice", "Vale"): fillers only in lower case
    r"|(?-i:mira|vale|nou|yani)"
    r"|şimdi|значит|ну вот|ну|короче|вот|يعني|طيب|देखो|अच्छा|嗯|呃|那个|就是|然后"
    r"|えっと|あの|まあ|음|어|그러니까)[\s,，、]+)+",
    re.I,
)

# Words that open a list said aloud ("like", "such as", "就是", "比如"): what follows is the list.
_INTRO = re.compile(
    r"(?<![\w'])(?:like|such as|including|covering|namely|things like|stuff like|with|como|tipo|incluyendo"
    r"|comme|genre|notamment|avec|wie|etwa|mit|come|cioè|con|como|com|вроде|типа|например|включая)\s+"
    r"|(?:大概就是|就是|比如|包括|分别是|主要是|有)\s*",
    re.I,
)

# Articles that a speaker repeats in front of each item of a list ("the problem the logo and the budget").
_ARTICLES = {
    "en": r"the|our|my|a|an",
    "es": r"el|la|los|las|un|una|nuestro|nuestra",
    "fr": r"le|la|les|l'|un|une|notre|nos",
    "de": r"der|die|das|den|dem|ein|eine|unser|unsere",
    "it": r"il|lo|la|i|gli|le|un|una|il nostro|la nostra",
    "pt": r"o|a|os|as|um|uma|nosso|nossa",
}
_AND = r"and|y|e|et|und|и|en|ve|i|và|dan"


def spoken_list(question: str) -> Content | None:
    """Items said aloud after a list opener: separated by repeated articles ("like intro the problem
    the logo and the budget") or, in Chinese and Japanese, by pauses written as spaces ("就是 背景
    方案 报价"). None unless three items or more read that way with no punctuation among them."""
    text = re.sub(r"\s+", " ", question or "").strip()
    for m in _INTRO.finditer(text):
        lead, rest = text[: m.start()], text[m.end() :]
        items = _paused(rest) if CJK.search(rest[:2]) else _articled(rest)
        if items:
            return Content(_lead(lead), [short(it, ITEM_CHARS) for it in items][:MAX_ITEMS])
    return None


def _articled(run: str) -> list[str]:
    """'intro the problem the new logo and the budget' → ['intro', 'problem', 'new logo', 'budget'].
    The run stops at the first punctuation; the last item must be joined by 'and' + article, the
    mark of a spoken enumeration (a sentence rarely repeats one article three times before 'and')."""
    run = re.split(r"[.,;:!?]", run, maxsplit=1)[0].strip()
    for arts in _ARTICLES.values():
        last = re.search(rf"\s(?:{_AND})\s+(?:{arts})\s+(?P<tail>\S.*)$", run, re.I)
        if last is None:
            continue
        parts = re.split(rf"\s+(?:(?:{_AND})\s+)?(?:{arts})\s+", " " + run, flags=re.I)
        parts = [p.strip() for p in parts if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
            return parts
    return []


def _paused(run: str) -> list[str]:
    """'背景 方案 报价 时间表 帮我弄成…' → ['背景', '方案', '报价', '时间表']: short words between
    spaces, until a longer clause (the rest of the request) starts."""
    items: list[str] = []
    for token in run.split(" "):
        token = token.strip("，,、。")
        if not token or not CJK.search(token) or len(token) > 6 or re.search(r"[，,。！？?!]", token):
            break
        if CLOSING.match(token):  # "…报销 谢谢": thanks or a request, not an item
            break
        items.append(token)
    return items if len(items) >= 3 else []


def _lead(text: str) -> str:
    """The title from the words before the list, fillers and request words removed."""
    text = FILLER.sub("", text.strip())
    if CJK.search(text):  # "下周的会议 帮我做个": the request said after the topic is no title
        text = " ".join(t for t in text.split(" ") if not re.match(r"(?:帮我|给我|请|麻烦)", t))
    text = re.sub(r"^(?:i|we)\s+(?:need|want|have to make|gotta make)\s+", "", text, flags=re.I)
    return clean_lead(text)


# Where a spoken description of a process starts: after "first" (by language) or after "the process
# is (that)" / "el proceso es que" / "so the way it works is".
_FIRST = re.compile(
    r"^(?P<lead>.*?)(?:\b(?:first(?:ly)?|start by|zuerst|erst(?:mal)?|d'abord|premièrement|primero|primeiro|prima"
    r"|innanzitutto|сначала|eerst|önce|najpierw|trước tiên|dulu)\b|首先|先|まず|먼저)\s*,?\s*",
    re.I,
)
# "is (that)" / "es que" / "ist, dass": what joins "the process" to its steps, and no part of the title.
_COPULA = r"\b(?:is|es|est|ist|è|é|это|jest|is dat)\b(?:\s+(?:that|que|dass|che|like|como|so))?\s*"
_PROCESS_IS = re.compile(
    r"^.{0,80}?\b(?:process|procedure|flow|way (?:it|this|that|\w+(?: \w+)?) works|\w+ thing|proceso|procedimiento"
    r"|processus|procédure|prozess|ablauf|processo|procedimento|процесс|proces|süreç)\b.{0,30}?" + _COPULA,
    re.I,
)
_COPULA_END = re.compile(rf"\s*{_COPULA}$", re.I)
# A request said after the steps ("can you draw that", "¿me lo dibujas?"): not a step.
_ASK_TAIL = re.compile(
    rf"\s*[,.;—–-]?\s*(?:(?:so|and|now|ok(?:ay)?)\s+)?(?:{ASK_YOU}|please|pls|me lo|tu peux|puoi|pode"
    r"|请|帮我|能不能)\b.*$|\s*[,.;—–-]?\s*(?:draw|sketch|map|diagram) (?:that|this|it)\b.*$"
    rf"|\s*[,.;—–-]\s*{DRAW_IT}\b[^.]*$"
    r"|\s*(?:[—–-]+|[,;.])\s*(?:(?:please|and|now)\s+)?(?:draw|make|create|show|render|turn|put|visuali[sz]e|as)\b[^.]*$",
    re.I,
)
# The last step's words ("and at the end", "y al final") besides the sequence words of `signals`.
_LAST = (
    r"\b(?:in the end|at the end|lastly|al final|por último|zum schluss|am ende|à la fin|alla fine|no final"
    r"|в конце)\b"
)
_SEQ_SPLIT = re.compile(rf"\s*,?\s*(?:\b(?:{_AND})\s+)?(?:{SEQUENCE.pattern}|{_LAST})\s*,?\s*", re.I)


# Inside a long step told in one breath: its clauses ("a customer emails or walks in, whoever is at
# the counter writes the ticket", "the request goes to my manager and if it's over 5k it goes to …").
_CLAUSES = re.compile(r"\s*,\s*|\s+and\s+(?=(?:if|when|once|otherwise|after)\b)", re.I)


# Where a step said without punctuation starts: "it"/"they" and a verb, or a verb of moving on its own
# (the subject said once for all the steps), after the step before.
_RUN_ON = re.compile(
    r"\s+(?:and\s+)?(?=(?:it|they|then\s+it)\s+\w+s?\b(?<!\bis)(?<!\bare))"
    r"|(?<=\w)(?<!\bit)(?<!\bthey)\s+(?:and\s+)?(?=(?:goes|go|comes|come|flows|flow|returns|return|moves|move|passes|pass|travels|travel"
    r"|runs|run|heads|head|drains|ends\s+up|gets\s+(?:sent|pumped|pushed|taken))\b)",
    re.I,
)


def spoken_steps(question: str) -> Content | None:
    """Steps told in order without numbers or arrows ("recibimos el pedido luego se prepara luego se
    revisa"), split at the sequence words of any of the planner's languages. None unless three
    steps or more, each short enough to be one step."""
    text = re.sub(r"\s+", " ", question or "").strip()
    text = _ASK_TAIL.sub("", text).strip(" ?？.。")
    told = [t for t in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if SEQUENCE.search(t)]
    story = len(told) == 1 and told[0] != text and not re.search(r"[:：]", text)
    if story:  # "I run a print shop… A customer emails, …, then …": the sentence that tells the steps
        text = told[0].strip(" ?？.。")
    parts = [p.strip(" ,;，；.。") for p in _SEQ_SPLIT.split(text)]
    if story or not re.search(r"[:：,]", text):  # a long step told in one breath: its clauses
        parts = [c for p in parts for c in (_CLAUSES.split(p) if len(p) > MAX_STEP_CHARS else [p])]
    said = _PROCESS_IS.match(text)
    if len(parts) == 1 and said and not re.search(r"[,;:]", text[said.end() :]):
        # "the way the heating works is the boiler heats the water it goes round the radiators comes
        # back cooler and goes back to the boiler": said in one breath, a new step at each verb of motion
        parts = [
            text[: said.end()] + p if k == 0 else p for k, p in enumerate(_RUN_ON.split(text[said.end() :]))
        ]
    if len(parts) < 3:
        return None
    head = parts[0]
    lead = ""
    first = _FIRST.match(head)
    cut = first or _PROCESS_IS.match(head)
    if cut is not None:
        lead, head = (first.group("lead") if first else head[: cut.end()]), head[cut.end() :]
        lead = _COPULA_END.sub("", lead)  # "the process is that" titles the steps "Process"
    elif ":" in head or "：" in head:
        lead, head = re.split(r"[:：]", head, maxsplit=1)
    steps = [FILLER.sub("", p.strip(" ,;，；.。:：")).strip(" ,;，；.。:：") for p in [head, *parts[1:]]]
    steps = [s for s in steps if s]
    if len(steps) < 3 or any(len(s) > MAX_STEP_CHARS for s in steps):
        return None
    return Content(_lead(lead), steps[:MAX_ITEMS], ordered=True)


# Between the clauses of a process told after asking about it: commas (not in "1,000"), semicolons,
# full stops; "and" at a clause's start is no part of it. The sequence words split as `_SEQ_SPLIT`.
_TOLD_CLAUSE = re.compile(r"\s*(?:,(?!\d)|;|\.\s+)\s*(?:(?:and|und|et|y|e|en)\s+)?", re.I)


def told_steps(told: str) -> list[str] | None:
    """The steps of a process the user told after asking about it: three to twelve clauses of a few
    words each ("the customer requests a return, we email a label, the parcel arrives …, and then
    …"); None when it reads as anything else (a long sentence, a single clause, one-word items).
    Unlike `spoken_steps`, commas always part steps here: the question before said it is a process."""
    parts = [c.strip(" .!") for p in _SEQ_SPLIT.split(told.strip()) for c in _TOLD_CLAUSE.split(p)]
    parts = [p for p in parts if p]
    if not 3 <= len(parts) <= 12 or not all(2 <= len(p.split()) <= 14 for p in parts):
        return None
    return [short(p, 80) for p in parts]


def bracketed(question: str) -> Content | None:
    """A topic with its parts in brackets after a colon ("slides: onboarding (paperwork, tour, first
    task)"): the topic is the title, the parts are the items. None unless two parts or more."""
    text = re.sub(r"\s+", " ", question or "").strip()
    m = re.search(r"[:：]\s*(?P<topic>[^:：()（）]{1,60}?)\s*[(（](?P<inner>[^()（）]+)[)）]\s*[.。]?$", text)
    if m is None:
        return None
    items = split_items(m.group("inner"))
    if len(items) < 2:
        return None
    return Content(clean_lead(m.group("topic")), items[:MAX_ITEMS])


def said(question: str) -> Content | None:
    """The content of a request that is spoken, bracketed or typed a line at a time rather than
    listed with marks: one item a line, a list said aloud, a topic with its parts in brackets, then
    steps told in order, then topics told after a verb of telling ("I need to take people through
    the year in review, money raised, …")."""
    return (
        plain_lines(question)
        or bracketed(question)
        or spoken_list(question)
        or spoken_steps(question)
        or told_through(question)
        or stated(question)
    )


# Words that direct the visual rather than state a fact ("it should be short", "keep it simple",
# "include a photo", "bitte kurz"): a message holding them is instructions, not content to lay out.
_INSTRUCTION = re.compile(
    r"\b(?:should|must|make\s+it|keep\s+it|include|add|please|pls|need(?:s)?\s+to|want|ideally|maybe|"
    r"(?:it|this)(?:['’]s|\s+is)\s+for|"  # "It's for a talk at my garden club": what the deck is for
    r"debe|deber[ií]a|incluye|incluir|añade|por\s+favor|que\s+sea|doit|devrait|inclu(?:re|s|ez)|ajoute|"
    r"s'il\s+te\s+pla[iî]t|soll(?:te)?|muss|bitte|füge|dovrebbe|deve|includi|aggiungi|per\s+favore|deveria|"
    r"inclua|adicione|moet|zou\s+moeten|voeg|powin\w+|musi|dodaj|proszę|должн\w*|нужно|добавь|пожалуйста)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+")
_AND_CLAUSE = re.compile(r"\s+(?:and|y|e|et|und|и|i|ve|oraz)\s+", re.I)
_AND_NL = re.compile(r"\s+(?:en)\s+", re.I)  # Dutch "and" only in Dutch: Spanish "en" is "in"


def stated(question: str) -> Content | None:
    """'Can you put together a few slides on the book club's year? We had 22 members, ran 5 author
    talks, the bake sale made £410, and we got a new meeting room.': a request, then the user's own
    facts written as a sentence, each clause a statement (a verb and what it did, two words or more).
    The clauses are the items, as written; "and" parts two clauses only when each side is one (three
    words or more), so "users and payments" stays whole. None when fewer than three facts, when a
    clause is a question, or when the sentences direct the visual ("it should be short") instead."""
    text = re.sub(r"\s+", " ", question or "").strip()
    text = without_greeting(text)  # "Hallo!", "Hi there!", "Xin chào!": a greeting before the request
    sentences = [x.strip() for x in _SENTENCE.split(text) if x.strip()]
    if len(sentences) < 2 or not _KIND_ASKED.search(sentences[0]) or not _MADE.search(sentences[0]):
        return None  # "des astuces pour soigner la présentation de mes assiettes ?": no deck asked to be made
    items: list[str] = []
    for sentence in sentences[1:]:
        if re.search(r"[?？]$", sentence):
            return None
        # "raised £1,150": a comma between digits groups thousands, no clause ends there
        for clause in re.split(r"\s*(?:[;，；]|,(?!\d)|(?<!\d),)\s*", sentence.strip(" .!。！")):
            clause = re.sub(r"^(?:and|y|et|und|e|en|и|ve)\s+", "", clause, flags=re.I).strip()
            parts = (_AND_NL if language(text) == "nl" else _AND_CLAUSE).split(clause)
            if len(parts) == 2 and all(len(p.split()) >= 3 for p in parts):
                items += parts
            elif clause:
                items.append(clause)
    if (
        len(items) < 3
        or len(items) > MAX_ITEMS
        or any(len(it.split()) < 2 or len(it.split()) > 16 for it in items)
        or any(_INSTRUCTION.search(it) or re.search(ASK_YOU, it, re.I) for it in items)
    ):
        return None
    ask = re.sub(r"^[¿¡]", "", sentences[0]).rstrip(" ?？.!")
    return Content(clean_lead(ask), [short(it, ITEM_CHARS) for it in items])


# Asking for it to be made, in the planner's languages ("put together", "¿me preparas…?", "mach mir").
_MADE = re.compile(
    r"\b(?:put\s+together|pull\s+together|make|create|build|prepare|draft|design|whip\s+up|need|want|turn|do"
    r"|prepar\w*|hac\w*|haz\w*|crea\w*|cré\w*|arm\w*|mont\w*|fais|faire|fazer|faz|fai|fare|mach\w*"
    r"|erstell\w*|bau\w*|maak|maken|zrób\w*|przygotuj\w*|сдела\w*|подготов\w*|собер\w*|hazır\w*)\b"
    r"|作って|作成|做|制作|만들",
    re.I,
)
# A visual named in the opening sentence: the request the facts after it are for.
_KIND_ASKED = re.compile(
    r"\b(?:slides?|deck|presentation|infographic|one[- ]pager|poster|power\s?points?(?!-)|pptx?(?!-)|keynote(?!-)|slide\s?show"
    r"|diaporama|diapositivas?|diapos?|presentación|"
    r"présentation|folien|präsentation|apresentação|presentazione|presentatie|слайд\w*|презентаци\w*|"
    r"sunum\w*|prezentacj\w*|infograf\w*|инфографик\w*)\b|スライド|幻灯片|演示文稿|슬라이드|발표\s?자료|"
    r"شرائح|عرض تقديمي|स्लाइड|प्रेजेंटेशन",
    re.I,
)


# Telling someone about things, in the planner's languages: what follows is the list of topics.
_TELL = re.compile(
    r"\b(?:take|walk|talk)\s+(?:\w+\s+){0,2}?through\s+|\bgo\s+(?:over|through)\s+|\bcover(?:ing)?\s+"
    r"|\btalk\s+about\s+|\btell\s+(?:them|people|everyone|parents|staff|the\s+\w+)\s+about\s+"
    r"|\bvertellen\s+over\s+|\bparler\s+(?:de|des|du)\s+|\bhablar\s+(?:de|sobre)\s+|\bberichten\s+über\s+"
    r"|\berzählen\s+über\s+|\bparlare\s+(?:di|del|della)\s+|\bfalar\s+(?:de|sobre)\s+|\bрассказать\s+(?:о|об|про)\s+"
    r"|\btelling\s+(?:\w+\s+)?about\s+|\bcontando\s+(?:de\s+|sobre\s+)?|\braccontando\s+|\berzähl(?:e|en)\s+(?:\w+\s+)?von\s+|\bрассказ\w*\s+(?:о|об|про)\s+"
    # a deck named, then what it is on: "slides to click through on FIFO, picking, …", "Folien zu …"
    r"|\b(?:slides?|deck|presentation|talk|folien|präsentation|vortrag|diapositivas|presentación|charla|diapos?"
    r"|présentation|exposé|apresentação|presentazione|diapositive|presentatie|dia'?s|слайд\w*|презентаци\w*"
    r"|sunum\w*|prezentacj\w*)\s+(?:\w+\s+){0,3}?(?:on|about|covering|zu|über|zum thema|sobre|sur|su|sul|sulla"
    r"|over|о|об|про|hakkında|o)\s+"
    r"|\b(?:something|zoiets|etwas|algo|quelque chose|qualcosa)\s+(?:like|als|wie|como|comme|come)\s+"
    r"|\b(?:slides?|deck|folien|diapositivas|diapos?|apresentação|presentazione|presentatie|слайд\w*)\s*[?:？：]\s+",
    re.I,
)


def told_through(question: str) -> Content | None:
    """'AGM next week. I need to take people through the year in review, money raised £4,380, new
    roles and the date of the next meeting': the topics after the verb of telling, up to the end of
    that sentence; at least three, each as the user wrote it."""
    m = _TELL.search(question)
    if m is None:
        return None
    body = re.split(r"[.?!。？！](?:\s|$)", question[m.end() :], maxsplit=1)[0]
    items = split_items(body)
    if len(items) < 3 or any(len(it) > ITEM_CHARS for it in items):
        return None
    lead = re.split(r"(?<=[.?!。？！])\s+", question[: m.start()].strip())[0]
    return Content(clean_lead(lead), items[:MAX_ITEMS])

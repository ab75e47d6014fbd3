"""Structure told without the usual separators, as voice or phone typing gives it: steps after a
diagram word with only spaces between them ("フローチャートで 予約確認 ワクチン証明 体重測定"), a path
told as "mic to preamp to interface to daw", and a hierarchy told with the verbs between its members
("members elect the committee, committee has a president, …", "la abuela tiene 2 hijos marta y leo",
"المدير تحته مشرف الحلبة ومشرف الكافيه"). Its own module so the router and the diagram builder share it."""

from __future__ import annotations

import re
from itertools import pairwise

from generators.rules.content import clean_lead, split_items
from generators.rules.graph import Graph
from generators.rules.words import cap

# fmt: off
# Words that join the words on both sides into one step ("chiamata al cliente", "sms au client"), and
# articles, that join the word after them.
_PREP = {
    "al", "allo", "alla", "ai", "agli", "alle", "del", "dello", "della", "dei", "degli", "delle", "di", "da", "dal",
    "dalla", "in", "nel", "nella", "con", "per", "su", "sul", "sulla", "au", "aux", "du", "de", "des", "à", "en",
    "pour", "avec", "sur", "para", "por", "ao", "do", "dos", "das", "em", "no", "na", "com", "to", "of", "for",
    "on", "with", "at", "from", "into", "zum", "zur", "mit", "für", "auf", "im", "zu", "vom", "van", "op", "naar",
}
_ARTICLE = {"il", "lo", "la", "le", "les", "l'", "un", "una", "uno", "une", "el", "los", "las", "the", "a", "an",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "het", "o", "os", "as", "um", "uma"}
# Words that make a run of words a sentence, not steps: pronouns, helpers, questions, conjunctions.
_SENTENCE_WORDS = re.compile(
    r"\b(?:i|we|you|they|he|she|it|my|our|your|how|what|why|when|which|who|is|are|was|do|does|can|could|would|"
    r"should|will|and|or|but|if|then|that|this|these|please|pls|je|nous|vous|il|est|et|ou|comment|que|qui|"
    r"yo|nosotros|es|y|o|cómo|como|qué|io|noi|è|e|che|come|ich|wir|ist|und|oder|wie|was|eu|nós|é|ou|"
    r"gets?|got|goes|go|has|have|had|been|being|done|made)\b",
    re.I,
)
# Asks around the steps in the languages that write them without commas: "बना दो", "만들어줘", "作って"
_ASK_WORD = re.compile(
    r"^(?:बना|बनाओ|बनाइए|बनाएं|दो|दीजिए|दें|दिखाओ|दिखा|करो|만들어\S*|그려\S*|부탁\S*|해줘|해주세요|作って\S*|"
    r"描いて\S*|にして\S*|して|ください|お願い\S*|做\S*|画\S*|请)$"
)
# fmt: on
_DRAW = re.compile(
    r"^(?:(?:mi|me|tu\s+peux|can\s+(?:you|u)|could\s+(?:you|u)|pls|please)\s+)*(?:disegn\w*|dessin\w*|dibuj\w*|desenh\w*"
    r"|draw|sketch|zeichne\w*)\s+(?:(?:me|us|out)\s+)?",
    re.I,
)
# The form named, so what follows it can be its steps: a flowchart or diagram word, or a path drawn
_FORM = re.compile(
    r"flow\s?chart|diagram|다이어그|다이아그램|순서도|흐름도|플로우차트|डायग्राम|डायाग्राम|फ्लोचार्ट|フローチャート|流れ図|流程图"
    r"|^(?:disegn|dessin|dibuj|desenh)",
    re.I,
)
# The form word taken "as" the form, in the languages that mark it on the word: "フローチャートで", "다이어그렘으로"
_AS_FORM = re.compile(r"(?:で|に|として|으로|로|:|：)$")
_TRAILING_PARTICLE = re.compile(r"\s*(?:का|की|के|को|を|の|で|に|은|는|을|를|으로|로|的)$")


def spaced_steps(question: str, cue: str) -> tuple[str, list[str]] | None:
    """The steps written after the diagram word `cue` with only spaces between them, and the topic
    before it: ('猫ホテルのチェックインの流れ', ['予約確認', 'ワクチン証明', …]). A step of several words is
    kept whole where a preposition or article joins them ("chiamata al cliente"). None unless four
    steps or more follow and nothing there reads as a sentence (a separator, a number, 'how we …')."""
    at = question.casefold().find(cue.casefold())
    if at < 0 or not _FORM.search(cue):
        return None
    word_end = at + len(cue)
    while word_end < len(question) and not question[word_end].isspace():
        word_end += 1  # the rest of the word the cue sits in ("フローチャートで", "다이어그렘으로")
    tail = question[word_end:].strip()
    if not tail or re.search(r"[,，、;；:：.。!?？؟\d()\n]|->|→", tail.rstrip(".。!！")):
        return None
    words = tail.rstrip(".。!！").split()
    asked = False
    while words and _ASK_WORD.match(words[0]):
        words.pop(0)
        asked = True
    latin = bool(re.search(r"[A-Za-zÀ-ÿ]", " ".join(words)))
    if not latin and not asked and not _AS_FORM.search(question[at:word_end]):
        return None  # "대진표 어떻게 되는지 …": what follows the form is no list unless asked "as" it
    while words and _ASK_WORD.match(words[-1]):
        words.pop()
    if len(set(words)) < len(words) or len(words) > 16:
        return None
    if latin and _SENTENCE_WORDS.search(" ".join(words)):
        return None
    chunks: list[str] = []
    joined = False
    lead_more = ""
    for word in words:
        low = word.casefold()
        if latin and (low in _PREP or low in _ARTICLE):
            if chunks and (low in _PREP or joined):
                chunks[-1] += f" {word}"
            else:
                chunks.append(word)
            joined = True
            continue
        if joined and chunks:
            chunks[-1] += f" {word}"
        else:
            chunks.append(word)
        joined = False
    if (
        chunks
        and latin
        and len(chunks[0].split()) > 1
        and chunks[0].split()[0].casefold() in _PREP | _ARTICLE
    ):
        lead_more = chunks.pop(0)  # "il giro | di una scarpa in riparazione": more of the topic
    if len(chunks) < 4 or any(len(c.split()) > 4 for c in chunks):
        return None
    if latin and sum(len(c.split()) == 1 for c in chunks) * 2 < len(chunks):
        return None  # mostly phrases: a sentence, read word by word
    before = question[:word_end] if latin else question[:at]
    topic = _TRAILING_PARTICLE.sub("", clean_lead(f"{before} {lead_more}".strip()))
    topic = _DRAW.sub("", topic)
    return cap(topic.strip()), chunks


# "mic to preamp to interface to daw to monitors": three links or more, each a word or two
_PART = r"[^\W\d_][\w'’-]*(?:\s+(?!to\b|and\b)[^\W\d_][\w'’-]*)?"
_TO_CHAIN = re.compile(
    rf"(?<![\w'’])(?P<chain>[^\W\d_][\w'’-]*(?:\s+(?:to|into)\s+{_PART}){{3,}})(?=\s*(?:[,.;!?]|$|\s+and\b))",
    re.I,
)
_OFF = re.compile(
    r"\b(?:and|plus|with)\s+(?:an?\s+|the\s+)?(?P<part>[^\W\d_][\w'’ -]{1,40}?)\s+(?:off|from|out\s+of)\s+(?:the\s+)?(?P<at>[^\W\d_][\w'’-]*)",
    re.I,
)
_NOT_A_PART = re.compile(
    r"^(?:go|get|come|walk|drive|want|need|have|has|had|going|up|down|back|listen|talk|add|send)$", re.I
)


def to_chain(question: str) -> Graph | None:
    """A path told as 'a to b to c to d' (and a branch 'and a headphone mix off the interface'): its
    parts joined in order. None unless four parts are named and none is a verb ('want to go to …')."""
    m = _TO_CHAIN.search(question)
    if m is None:
        return None
    parts = [p.strip() for p in re.split(r"\s+(?:to|into)\s+", m.group("chain"), flags=re.I)]
    if len(parts) < 4 or any(_NOT_A_PART.match(p.split()[0]) for p in parts) or len(set(parts)) < len(parts):
        return None
    if re.fullmatch(r"\w+ing", parts[0], re.I) or sum(bool(_ART.match(p)) for p in parts) * 2 >= len(parts):
        return None  # "a dog running to the park to the lake to the beach": a way walked, a scene
    graph = Graph()
    nodes = [graph.node(p) for p in parts]
    for a, b in pairwise(nodes):
        graph.edge(a, b)
    for off in _OFF.finditer(question, m.end()):
        found = graph._found(off.group("at"))
        if found is not None:
            graph.edge(found, graph.node(off.group("part")))
    graph.families.add("flow")
    graph.statements = len(graph.edges)
    lead = re.sub(r"\s+(?:in|of|for|from|is|goes)$", "", question[: m.start()].strip(" ,:"), flags=re.I)
    lead = _DRAW.sub("", lead)
    graph.lead = lead if 0 < len(lead.split()) <= 14 else ""
    return graph


# fmt: off
# Verbs with the one above before them and those below after: "committee has a president", "members
# elect the committee", "la abuela tiene 2 hijos", "المدير تحته مشرف" (under him).
_HOLDS = (
    r"(?<!\S)(?P<v>has|have|elects?|appoints?|tiene|tienen|eligen?|hat|haben|wählen|wählt|ha|hanno|eleggono|elegge"
    r"|tem|têm|elegem|elege|تحته|تحتها|تحتهم|لديه|لديها|عنده|عندها)(?!\S)"
    r"(?!\s+(?:been|to|got|gone|had|done|made|sido|estado|gehabt|gemacht|fatto|avuto|\w+(?:ed|en|ado|ido|to|ta)\b))"
    # the one above after the verb: "وتحت مشرف الحلبة 4 مدربين" (and under the rink supervisor, 4 coaches)
    r"|(?<!\S)(?P<u>وتحت|تحت)(?!\S)"
)
_LABELLED = {"elect": "elect", "elects": "elects", "appoint": "appoint", "appoints": "appoints",
             "elige": "elige", "eligen": "eligen", "wählen": "wählen", "wählt": "wählt", "eleggono": "eleggono",
             "elegge": "elegge", "elegem": "elegem", "elege": "elege"}
_COUNTED_KIN = re.compile(
    r"^(?:(?:\d+|two|three|four|dos|tres|cuatro|deux|trois|zwei|drei|due|tre)\s+(?:hij[oa]s|kids|children|sons|daughters|"
    r"enfants|kinder|figli[oe]?|filhos|filhas)\s*[,:]?\s+"
    r"|(?:an?\s+|one\s+)?(?:twins|son|daughter|kids|children|gemel[oa]s|mellizos)\s*[,:]\s*)(?=\S)", re.I)
# fmt: on
_ART = re.compile(r"^(?:the|a|an|el|la|los|las|un|una|le|les|der|die|das|il|o|a)\s+", re.I)


def _strip(text: str) -> str:
    return _ART.sub("", text.strip(" ,.;:")).strip()


def held_graph(question: str) -> Graph | None:
    """A hierarchy told in prose with the verb between its members, in one run or with commas: who is
    above (before 'has', 'elect', 'tiene', 'تحته'; after 'تحت') and who below. None unless two such
    statements or more are read, with three edges."""
    body = re.split(r"[:：]", question, maxsplit=1)[-1] if re.search(r"[:：]", question) else question
    body = (
        re.split(r"[.?!؟](?:\s|$)", body.strip())[0] if len(re.findall(r"[.?!؟](?:\s|$)", body)) > 1 else body
    )
    pieces = re.split(_HOLDS, body, flags=re.I)
    # re.split with two groups: [text, v, u, text, v, u, text, …]
    texts = pieces[0::3]
    verbs = [(pieces[i] or "", pieces[i + 1] or "") for i in range(1, len(pieces) - 1, 3)]
    if len(verbs) < 2:
        return None
    graph = Graph()
    subject = _subject(texts[0], graph, first=True)
    if subject is None:
        return None
    lead = texts[0].strip(" ,")
    graph.lead = lead[: lead.casefold().rfind(graph.labels[subject].casefold())].strip(" ,")
    if re.search(r"[,，、،;；\n]", graph.lead):
        return None  # "الجد محمد أبناؤه أحمد وخالد وفاطمة، أحمد عنده …": more told before, read another way
    below_of: set[int] = set()
    deeper = False
    graph.lead = re.sub(r"\s+(?:el|la|los|las|the|le|les|der|die|das|il)$", "", graph.lead, flags=re.I)
    for k, (verb, under) in enumerate(verbs):
        seg = texts[k + 1].strip()
        last = k == len(verbs) - 1
        nxt_under = not last and bool(verbs[k + 1][1])
        if under:  # "وتحت مشرف الحلبة 4 مدربين": a named one first, then those below it
            top = _known_prefix(seg, graph)
            if top is None:
                return None
            subject, seg = top
        deeper = deeper or subject in below_of
        nxt = None
        if not last and not nxt_under:
            cut = _next_subject(seg, graph)
            if cut is None:
                return None
            seg, nxt = cut
        below = _objects(seg)
        if not below:
            return None
        for item in below:
            lead = _known_prefix(item, graph) if len(item.split()) > 2 else None
            if lead is not None and lead[1]:  # "safety officer signs off new members": its own relation
                graph.edge(lead[0], graph.node(lead[1]))
                continue
            b = graph.node(item)
            graph.edge(subject, b)
            below_of.add(b)
            if verb.casefold() in _LABELLED:
                graph.verbs[(subject, b)] = verb
        graph.statements += 1
        if nxt is not None:
            subject = graph.node(nxt)
    graph.families.add("org")
    # a hierarchy has depth: one below is above others ("committee has …" after "elect the committee");
    # "mammals have fur, birds have feathers" are things with their parts, side by side
    return graph if deeper and graph.statements >= 2 and len(graph.edges) >= 3 else None


def _subject(text: str, graph: Graph, *, first: bool = False) -> int | None:
    """The one a statement starts from: the last piece after a comma, else the last word (with its
    article, dropped: 'la abuela' → 'abuela')."""
    text = text.strip(" ,")
    if not text:
        return None
    piece = re.split(r"[,，،]\s*", text)[-1]
    words = piece.split()
    if first and len(words) > 2:
        words = words[-1:]
    return graph.node(_strip(" ".join(words)))


def _known_prefix(text: str, graph: Graph) -> tuple[int, str] | None:
    """A node named at the start of `text`, and what follows it."""
    words = text.split()
    for n in range(min(4, len(words)), 0, -1):
        found = graph._found(_strip(" ".join(words[:n])))
        if found is not None and len(" ".join(words[:n])) >= 3:
            return found, " ".join(words[n:])
    return None


def _next_subject(seg: str, graph: Graph) -> tuple[str, str] | None:
    """A segment between two verbs split into the first one's objects and the next one's subject: the
    last comma piece ('the committee, committee'), else a name said twice ('marta y leo marta'), else
    the last word ('gemelos leo')."""
    for mark in (";", "；", ",", "،", "，"):
        if mark in seg:
            head, _, tail = seg.rpartition(mark)
            return (head, tail.strip()) if head.strip() and tail.strip() else None
    words = seg.split()
    if len(words) < 2:
        return None
    return " ".join(words[:-1]), words[-1]


def _objects(seg: str) -> list[str]:
    """Those below: 'a president, treasurer and safety officer', '2 hijos marta y leo' (the names,
    the count dropped), 'مشرف الحلبة ومشرف الكافيه' (Arabic 'and' written on the next word)."""
    seg = _COUNTED_KIN.sub("", seg.strip(" ,"))
    seg = re.sub(r"\s+و(?=[\u0600-\u06ff]{3,})", ", ", seg)
    return [_strip(item) for item in split_items(seg) if _strip(item)]

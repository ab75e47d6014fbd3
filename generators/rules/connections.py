"""Physical parts told as connected, as a graph: "ana vana, sayaç, kombi, oradan lavabo, duş ve çamaşır
makinesi" (a chain, then what is fed from there), "sicherung 1 küche und flur, sicherung 2 bad, …, und
der FI-schalter vor allem" (numbered parts, each with what hangs on it, and one part before them all).

Read only after a colon, from the user's own list: the nodes are the parts they named, in their words;
the links are the ones their wording states (the order of a chain, "from there", a numbered part's
members, "before all of it"). Nothing else is added.
"""

from __future__ import annotations

import re

from generators.rules.relations import Graph
from generators.rules.signals import SEQUENCE

# The lead says how things are wired, plumbed or connected: a list after it is a picture of connections.
WIRED = re.compile(
    r"\b(?:wired|wiring|plumb(?:ed|ing)|hooked\s+up|connected|verkabelt|verdrahtet|verkabelung|angeschlossen"
    r"|leitungen|verrohrt|câblé\w*|branché\w*|cablead\w*|cablat\w*|bedraad|aangesloten|bekabeling|leidingen"
    r"|tesisat\w*|kablolama|elektrik\s+hatt\w*|okablowanie|instalacj\w*)\b|проводк\w*|подключен\w*|接线|布线|管道|配線|配管|배선|배관",
    re.I,
)
# "from there", "oradan", "von dort": what follows is fed from the part named just before.
FROM_THERE = re.compile(
    r"^(?:(?:and|und|en|et|y|e|ve|i)\s+)?(?:from\s+there(?:\s+(?:to|on))?|von\s+d(?:ort|a)(?:\s+aus)?(?:\s+(?:zu[mr]?|in|an))?"
    r"|de\s+là|desde\s+ahí|de\s+ahí|da\s+lì|daí|vandaar|daarvandaan|оттуда|oradan|stamtąd|从那里|从那儿|そこから|거기서)\b\s*",
    re.I,
)
# "…, and the RCD before all of it": one part upstream of every other.
BEFORE_ALL = re.compile(
    r"\s+(?:vor\s+(?:allem|allen|alles)|davor|before\s+(?:all|everything|them\s+all)(?:\s+of\s+(?:it|them))?"
    r"|ahead\s+of\s+(?:all|everything)|upstream(?:\s+of\s+(?:all|everything))?|avant\s+tout|antes\s+de\s+todo"
    r"|hepsinden\s+önce|en\s+başta|voor\s+alles)\s*$",
    re.I,
)
# "sicherung 1 küche und flur", "circuit 2: bathroom": a numbered part and what hangs on it.
NUMBERED = re.compile(r"^(?P<head>[^\W\d_][\w-]*\s*(?:nr\.?\s*)?\d{1,2})\b[\s:：=–-]*(?P<rest>\S.*)?$", re.I)
_AND = re.compile(r"\s*(?:,|，|、|;|\s(?:and|und|en|et|y|e|ve|i|и|und\s+auch)\s)\s*", re.I)
_LEAD_AND = re.compile(r"^(?:and|und|en|et|y|e|ve|i|и)\s+", re.I)
_ARTICLE = re.compile(r"^(?:the|der|die|das|de|het|le|la|les|el|los|las|il|lo)\s+", re.I)


# How things named in a list connect: "how obs, streamlabs, twitch and my bot connect", "cómo se conectan",
# "wie … zusammenhängen", "как связаны", "كيف ترتبط": the links between them, a diagram
HOW_LINKED = re.compile(
    r"\bhow\s+(?:\S+\s+){1,12}?(?:connect|link|fit\s+together|work\s+together|talk\s+to\s+each\s+other|hook\s+up"
    r"|are\s+(?:connected|linked|wired))\b|\bc[oó]mo\s+se\s+(?:conectan|relacionan|comunican)\b"
    r"|\bcomment\s+(?:\S+\s+){0,8}?se\s+(?:connectent|relient|parlent)\b|\bwie\s+(?:\S+\s+){1,10}?"
    r"(?:zusammenhängen|zusammenspielen|verbunden\s+sind|zusammenarbeiten)\b|\bcome\s+si\s+(?:collegano|connettono)\b"
    r"|\bcomo\s+se\s+(?:conectam|ligam)\b|как\s+(?:\S+\s+){0,8}?(?:связаны|соединены|подключены)"
    r"|كيف\s+(?:ترتبط|تتصل|يتصل|يرتبط)|(?:怎么|如何)(?:连接|连在一起)|どう(?:つなが|繋が)|어떻게\s*연결",
    re.I,
)


def linked_things(question: str) -> tuple[str, list[str]] | None:
    """The things whose links are asked about ("how obs, streamlabs, twitch and my discord bot connect"):
    the sentence that asks, as the hub's label, and the things it names; None unless three or more.
    Their links are not told, so none is drawn between them."""
    found = HOW_LINKED.search(question)
    if found is None:
        return None
    sentence = re.split(
        r"[.!?\n,，]\s*(?=(?:draw|sketch|show|can|could|please|so)\b)|[.!?\n]", question[found.start() :]
    )[0]
    inner = re.sub(r"^how\s+", "", sentence.strip(), flags=re.I)
    inner = re.sub(
        r"\s+(?:connect|link|fit\s+together|work\s+together|talk\s+to\s+each\s+other|hook\s+up|are\s+(?:connected|linked|wired))\s*$",
        "",
        inner,
        flags=re.I,
    )
    from generators.rules.content import split_items

    items = [i.strip() for i in split_items(inner) if i.strip()]
    return (sentence.strip(), items) if len(items) >= 3 else None


def _clauses(text: str) -> list[str]:
    return [c.strip(" .。") for c in re.split(r"\s*[,，;；]\s*", text) if c.strip(" .。")]


def _name(text: str) -> str:
    return _ARTICLE.sub("", _LEAD_AND.sub("", text.strip())).strip()


def connection_graph(question: str) -> Graph | None:
    """The connections told after the colon: a wired list (`_wired`) or devices placed and linked
    (`told_links`)."""
    return _wired(question) or told_links(question)


def _wired(question: str) -> Graph | None:
    """The connections in the list after the colon, or None unless the wording states some: a
    'from there' after a chain, a part before all, or numbered parts with what hangs on them under
    a lead that says how things are wired or plumbed.
    Needs three links or more."""
    if not re.search(r"[:：]", question):
        return None
    lead, body = re.split(r"[:：]", re.sub(r"\s+", " ", question), maxsplit=1)
    clauses = _clauses(body)
    if len(clauses) < 3 or len(clauses) > 20 or any(len(c) > 60 or SEQUENCE.search(c) for c in clauses):
        return None
    graph = Graph(families={"link"})
    chain: list[int] = []  # the parts told one after another
    groups: list[int] = []  # numbered parts: siblings
    fan_from: int | None = None
    root: int | None = None
    stated = False
    for clause in clauses:
        name = _name(clause)
        there = FROM_THERE.match(name)
        if there:
            if not chain:
                return None
            fan_from, name = chain[-1], name[there.end() :]
            stated = True
        top = BEFORE_ALL.search(name)
        if top:
            root, stated = graph.node(_name(name[: top.start()])), True
            continue
        numbered = NUMBERED.match(name)
        if numbered and numbered.group("rest") and fan_from is None:
            head = graph.node(numbered.group("head"))
            groups.append(head)
            for part in _AND.split(numbered.group("rest")):
                if _name(part):
                    graph.edge(head, graph.node(_name(part)))
            continue
        parts = [_name(p) for p in _AND.split(name) if _name(p)] if fan_from is not None else [name]
        for part in parts:
            node = graph.node(part)
            if fan_from is not None:
                graph.edge(fan_from, node)
            else:
                if chain:
                    graph.edge(chain[-1], node)
                chain.append(node)
    if len(groups) >= 2 and WIRED.search(lead):
        stated = True  # "wie's verkabelt ist: sicherung 1 …, sicherung 2 …": not a seating plan by tables
    if root is not None:
        for top_node in groups + chain[:1]:
            graph.edge(root, top_node)
    if not stated or len(graph.edges) < 3:
        return None
    graph.statements = len(clauses)
    graph.families = {
        "org"
    }  # a chain, what it feeds and what hangs under a part: a tree when no part repeats
    return graph


# Devices told where they stand and what feeds what: "il router sta in sala, un cavo va allo switch nello
# studio, dallo switch partono il PC e la stampante, il ripetitore prende il segnale dal router".
_ART = (
    r"(?:(?:the|a|an|il|lo|la|l'|i|gli|le|un|una|uno|el|los|las|le|les|une|der|die|das|den|o|os|as|um|uma)\s+"
    r"|l['’])?"
)
_IN = r"(?:in|nel|nello|nella|nei|in\s+the|en|en\s+el|en\s+la|dans\s+(?:le|la|l')|im|in\s+der|no|na)"
_PLACED = re.compile(
    rf"^{_ART}(?P<x>\S.{{0,30}}?)\s+(?:sta|è|si\s+trova|is|sits|está|est|steht|ist|fica)\s+{_IN}\s+(?P<at>[^,]+?)"
    rf"(?:\s+(?:e|and|y|et|und)\s+(?P<more>\S.*))?$",
    re.I,
)
_TO = re.compile(
    rf"^{_ART}(?P<via>cavo|cable|kabel|cabo|filo|wire)\s+(?:va|goes|runs|va\s+hasta|läuft|vai)\s+"
    rf"(?:a|al|allo|alla|to|to\s+the|au|à\s+la|zum|zur|ao|à|hasta\s+el)\s+(?P<y>\S.*?)(?:\s+{_IN}\s+(?P<at>\S.*))?$",
    re.I,
)
_FROM = re.compile(
    r"^(?:da|dal|dallo|dalla|from(?:\s+the)?|desde(?:\s+el|\s+la)?|du|de\s+la|vom|von\s+der|do|da)\s+(?P<x>\S.*?)\s+"
    r"(?:partono|escono|vanno|go|run|come|salen|van|partent|gehen|saem|vão)\s+(?P<ys>\S.*)$",
    re.I,
)
_FED = re.compile(
    rf"^(?:{_ART}(?P<x>\S.*?)\s+)?(?:prende|riceve|gets|takes|receives|recibe|toma|reçoit|prend|bekommt|recebe)\s+"
    r"(?:\S+\s+){0,2}?(?:segnale|signal|señal|sinal|corrente|power|feed|internet)\s+"
    r"(?:da|dal|dallo|dalla|from(?:\s+the)?|de(?:l)?|du|de\s+la|vom|von\s+der|do)\s+(?P<y>\S.*)$",
    re.I,
)


def told_links(question: str) -> Graph | None:
    """The devices and links told after the colon, or None unless every clause places a device or
    links two and three links result. A place stays in its device's label ('router (sala)')."""
    if not re.search(r"[:：]", question):
        return None
    body = re.split(r"[:：]", re.sub(r"\s+", " ", question), maxsplit=1)[1]
    graph = Graph(families={"org"})
    last: int | None = None

    def node(name: str, at: str | None = None) -> int:
        name = _name(name)
        return graph.node(f"{name} ({_name(at)})" if at else name)

    for clause in _clauses(body):
        placed = _PLACED.match(clause)
        if placed:
            last = node(placed.group("x"), placed.group("at"))
            clause = placed.group("more") or ""
            if not clause:
                continue
        if m := _TO.match(clause):
            if last is None:
                return None
            graph.edge(last, target := node(m.group("y"), m.group("at")))
            graph.verbs[(last, target)] = m.group("via")
        elif m := _FROM.match(clause):
            source = node(m.group("x"))
            for part in _AND.split(m.group("ys")):
                if _name(part):
                    graph.edge(source, node(part))
        elif m := _FED.match(clause):
            target = node(m.group("x")) if m.group("x") else last
            if target is None:
                return None
            graph.edge(node(m.group("y")), target)
        else:
            return None
    graph.statements = len(graph.edges)
    return graph if len(graph.edges) >= 3 else None

"""Hierarchies and dependencies told one relation a line or a clause, in the planner's 15 languages:
"direttore in cima / coordinatrice sotto il direttore / 6 infermieri e 12 OSS sotto la coordinatrice",
"площадка → кейтеринг / фотограф после площадки", "تحته محاميان / تحت كل واحد متدرب".

`relations` reads a relation written as subject, verb, objects in running prose; this reads the short
statements people type when they list who sits where: a name on top, a name under (or reporting to,
or after) another name, a chain of arrows, "under him …", "under each one …". Every statement after
an optional lead must be one of these, so a story or a list of tasks is never read as a chart. Both
kinds of edge point the same way, from the one above (or first) to the one below (or after); a
dependency ("X depends on Y", "X needs Y") points from X to Y, as `relations` draws "X uses Y".
"""

from __future__ import annotations

import itertools
import re

from generators.rules.graph import Graph
from generators.rules.numbers import ARROW_SPLIT

# fmt: off
# The ask itself, a diagram cue in each language: "who reports to whom", "what depends on what", "how
# are they connected".
WHO_WHOM = [
    r"\bwho\s+(?:do|does|should|to)\s+(?:\w+\s+){0,2}(?:contact|call|ask|ring|e-?mail|go\s+to)\s+(?:for|about)\s+what\b",
    r"\b(?:who|what)\s+(?:reports?\s+to|depends\s+on|answers\s+to|sits\s+under|comes\s+after)\s+(?:who|whom|what)\b",
    r"\bchi\s+(?:risponde\s+a|riporta\s+a|dipende\s+da|sta\s+sotto)\s+chi\b",
    r"\b(?:cosa|che\s+cosa)\s+dipende\s+da\s+(?:cosa|che\s+cosa)\b",
    r"\bcome\s+(?:sono|siano)\s+(?:\w+\s+)?collegat[ie]\b",
    r"\bqu[ée]\s+depende\s+de\s+qu[ée]\b", r"\bc[oó]mo\s+est[aá]n\s+(?:\w+\s+)?conectad[oa]s\b",
    r"\bqui\s+(?:dépend\s+de|rend\s+compte\s+à|rapporte\s+à|relève\s+de|est\s+sous)\s+qui\b",
    r"\b(?:qu'est-ce\s+qui|quoi)\s+dépend\s+de\s+quoi\b",
    r"\bcomment\s+(?:sont|est)\s+(?:\w+\s+)?(?:reliée?s?|connectée?s?|branchée?s?)\b",
    r"\bwer\s+(?:berichtet\s+an\s+wen|hängt\s+von\s+wem\s+ab)\b", r"\bwas\s+(?:hängt\s+von\s+was\s+ab|von\s+was\s+abhängt)\b",
    r"\bwie\s+(?:sind|ist)\s+(?:\w+\s+){0,2}(?:verbunden|angeschlossen|vernetzt)\b",
    r"\bquem\s+(?:responde\s+a|se\s+reporta\s+a|reporta\s+a|depende\s+de)\s+quem\b", r"\bo\s+que\s+depende\s+d[eo]\s+qu[eê]\b",
    r"\bcomo\s+(?:est[aã]o|s[aã]o)\s+(?:\w+\s+)?(?:ligad|conectad)[oa]s\b",
    r"\bwie\s+(?:rapporteert\s+aan|valt\s+onder|hangt\s+af\s+van)\s+wie\b", r"\bwat\s+hangt\s+af\s+van\s+wat\b",
    r"\bhoe\s+(?:zijn|is)\s+(?:\w+\s+){0,2}(?:verbonden|aangesloten)\b",
    r"кто\s+(?:от\s+кого\s+зависит|кому\s+подчиняется|кому\s+отчитывается|под\s+кем)", r"что\s+от\s+чего\s+зависит",
    r"как\s+(?:\w+\s+)?(?:связаны|соединены|подключены)\s+(?:между\s+собой|друг\s+с\s+другом)",
    r"\bkto\s+(?:komu\s+podlega|od\s+kogo\s+zależy|komu\s+raportuje)", r"\bco\s+od\s+czego\s+zależy",
    r"\bkim\s+kime\s+(?:bağlı|rapor)", r"\bne\s+neye\s+bağlı",
    r"من\s+يتبع\s+(?:ل)?من", r"من\s+يرفع\s+تقاريره\s+(?:إلى|ل)\s*من", r"(?:ما\s+الذي|ماذا)\s+يعتمد\s+على\s+ماذا",
    r"كيف\s+(?:ينتظم|تنتظم|يترابط|تترابط)",
    r"कौन\s+किस(?:को|के)\s+(?:रिपोर्ट|नीचे|अधीन)", r"क्या\s+किस\s+पर\s+निर्भर",
    r"谁依赖谁", r"谁归谁", r"汇报关系", r"隶属关系", r"什么依赖什么",
    r"誰が誰に報告", r"誰が誰の下", r"何が何に依存", r"報告ライン", r"指揮系統",
    r"누가\s*누구(?:에게|한테)\s*보고", r"누가\s*누구\s*밑", r"무엇이\s*무엇에\s*의존", r"보고\s*체계",
]
# "X MARK Y": X is under Y, reports to Y, or comes after Y; the edge runs Y → X.
_UNDER_WORDS = (
    r"under|below|beneath|reports?\s+to|reporting\s+to|answers?\s+to|works?\s+for"
    r"|sotto|rispond(?:e|ono)\s+a|riport(?:a|ano)\s+a|alle\s+dipendenze\s+di"
    r"|bajo|debajo\s+de|reporta(?:n)?\s+a|responde(?:n)?\s+a"
    r"|sous|rend(?:ent)?\s+compte\s+à|relèvent?\s+de|rapporte(?:nt)?\s+à"
    r"|unter|berichte[tn]?\s+an|untersteh(?:t|en)|(?:ist|sind)\s+unterstellt"
    r"|abaixo\s+de|sob|(?:se\s+)?report(?:a|am)\s+a|respond(?:e|em)\s+a"
    r"|onder|rapporte(?:ert|ren)\s+aan|vall?(?:t|en)\s+onder"
    r"|под|подчиняе(?:тся|тся)|подчиняются|отчитыва(?:ется|ются)\s+перед"
    r"|pod|podlega(?:ją)?|raportuj(?:e|ą)\s+do"
)
_AFTER_WORDS = (
    r"after|comes?\s+after|waits?\s+for|dopo|después\s+de|tras|après|nach|kommt\s+nach|depois\s+d[eoa]s?|após"
    r"|na|komt\s+na|после|ид[её]т\s+после|po"
)
# "X MARK Y": X depends on Y. The edge runs X → Y, as "X uses Y" and "X calls Y" run in `relations` and
# as a dependency graph is drawn (from what depends to what it depends on).
_NEEDS_WORDS = (
    r"depends?\s+on|needs|requires|dipend(?:e|ono)\s+da|depende(?:n)?\s+de|dépend(?:ent)?\s+de"
    r"|depende(?:m)?\s+d[eoa]s?|hängt\s+von|hangt\s+af\s+van|зависит\s+от|зависят\s+от|zależy\s+od|zależą\s+od"
)
# fmt: on
_ARTICLE = (
    r"(?:the|a|an|our|my|il|lo|la|l'|i|gli|le|al|allo|alla|ai|agli|alle|dal|dallo|dalla|del|dello|della|el|los"
    r"|las|un|una|uno|une|les|au|aux|du|des|der|die|das|den|dem|des|ein|eine|einen|einem|einer|o|os|as|um|uma"
    r"|ao|à|do|da|dos|das|de|het|een|ons|onze)"
)
_STRIP = re.compile(rf"^(?:{_ARTICLE}\s+|l['’])+", re.I)
_LATIN_REL = re.compile(
    rf"^(?P<child>\S.*?)\s+(?P<mark>{_UNDER_WORDS}|{_NEEDS_WORDS}|{_AFTER_WORDS})\s+(?P<parent>\S.*?)(?:\s+ab)?$",
    re.I,
)
# Scripts written without spaces, and suffixed languages: (pattern, kind), groups child and parent.
_SCRIPTED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?P<child>.+?)(?:直接|都)?向(?P<parent>.+?)(?:汇报|報告|报告)(?:工作)?$"), "under"),
    (re.compile(r"^(?P<child>.+?)(?:归|隶属于|属于)(?P<parent>.+?)管?$"), "under"),
    (re.compile(r"^(?P<child>.+?)在(?P<parent>.+?)(?:下面|之下|手下|下边)$"), "under"),
    (re.compile(r"^(?P<child>.+?)在(?P<parent>.+?)(?:之后|后面|以后)$"), "after"),
    (re.compile(r"^(?P<child>.+?)(?:依赖于?|取决于)(?P<parent>.+?)$"), "needs"),
    (
        re.compile(
            r"^(?P<child>.+?)は(?P<parent>.+?)(?:に報告|の下|の直属|の部下|に直接(?:報告)?)(?:です|する)?$"
        ),
        "under",
    ),
    (re.compile(r"^(?P<child>.+?)は(?P<parent>.+?)の(?:後|あと)(?:です)?$"), "after"),
    (re.compile(r"^(?P<parent>.+?)の(?:後|あと)に(?P<child>.+?)$"), "after"),
    (re.compile(r"^(?P<child>.+?)(?:은|는|이|가)\s*(?P<parent>.+?)(?:에게|한테|께)\s*보고"), "under"),
    (re.compile(r"^(?P<child>.+?)(?:은|는|이|가)\s+(?P<parent>.+?)\s*직속(?:이다|입니다)?$"), "under"),
    (re.compile(r"^(?P<parent>.+?)\s*(?:다음에|다음|후에|이후에?)\s+(?P<child>.+)$"), "after"),
    (re.compile(r"^(?P<child>.+?)\s+(?:ت|ي)تبع(?:ان|ون)?\s+(?:ل|إلى\s+)?(?P<parent>.+)$"), "under"),
    (
        re.compile(r"^(?P<child>.+?)\s+(?:ي|ت)رفع(?:ان|ون)?\s+تقارير\S*\s+(?:إلى\s+|ل)?(?P<parent>.+)$"),
        "under",
    ),
    (re.compile(r"^(?:لدى|عند)\s+(?P<parent>\S+)\s+(?P<child>.+)$"), "under"),
    (re.compile(r"^(?P<child>.+?)\s+تحت\s+(?P<parent>.+)$"), "under"),
    (re.compile(r"^(?P<child>.+?)\s+بعد\s+(?P<parent>.+)$"), "after"),
    (re.compile(r"^(?P<child>.+?)\s+(?:يعتمد|تعتمد)\s+على\s+(?P<parent>.+)$"), "needs"),
    (re.compile(r"^(?P<parent>.+?)\s+के\s+बाद\s+(?P<child>.+)$"), "after"),
    (re.compile(r"^(?P<child>.+?),?\s+(?P<parent>.+?)\s+(?:को\s+रिपोर्ट|पर\s+निर्भर)"), "under"),
    (re.compile(r"^(?P<parent>.+?)['’]?(?:d|t)(?:e|a)n\s+sonra\s+(?P<child>.+)$", re.I), "after"),
    (re.compile(r"^(?P<child>.+?)\s+(?P<parent>\S+?)['’]?(?:d|t)(?:e|a)n\s+sonra$", re.I), "after"),
    (
        re.compile(
            r"^(?P<child>.+?)\s+(?P<parent>\S+?)['’]?(?:y|n)?(?:e|a)\s+(?:bağlı(?:dır)?|rapor\s+verir)$", re.I
        ),
        "under",
    ),
]
# "X on top", "in cima il direttore": the one at the head of the tree.
_TOP_WORDS = (
    r"on\s+top|at\s+the\s+top|in\s+cima|al\s+vertice|bovenaan|aan\s+de\s+top|ganz\s+oben|oben|an\s+der\s+spitze"
    r"|en\s+haut|au\s+sommet|tout\s+en\s+haut|arriba|en\s+la\s+cima|en\s+lo\s+más\s+alto|no\s+topo|em\s+cima"
    r"|наверху|во\s+главе|сверху|na\s+górze|na\s+szczycie|na\s+czele|en\s+üstte|tepede|في\s+الأعلى|في\s+القمة"
    r"|सबसे\s+ऊपर"
)
_TOP_AFTER = re.compile(
    rf"^(?P<name>\S.*?)\s+(?:(?:is|sits?|è|sta|staat|ist|est|está|es|находится)\s+)?(?:{_TOP_WORDS})$", re.I
)
_TOP_BEFORE = re.compile(rf"^(?:{_TOP_WORDS})\s*[:：]?\s+(?P<name>\S.*)$", re.I)
_TOP_SCRIPTED = re.compile(
    r"^(?:(?P<a>.+?)(?:在最上面|在最上|在顶端|在顶部|がトップ|が一番上|가\s*맨\s*위|이\s*맨\s*위)|(?:最上面是|顶端是)(?P<b>.+))$"
)
# "Sara is the leader", "سارة هي القائدة": a person named as the head.
_HEAD = re.compile(
    r"^(?P<name>\S.{0,30}?)\s+(?:is\s+(?:the\s+)?(?:leader|boss|head|lead)|هي\s+(?:القائدة|المديرة|الرئيسة)"
    r"|هو\s+(?:القائد|المدير|الرئيس)|è\s+(?:la|il)\s+(?:capo|responsabile)|es\s+(?:el|la)\s+(?:jef[ae]|líder)"
    r"|est\s+(?:le|la)\s+(?:chef|responsable)|ist\s+(?:der|die)\s+(?:chef(?:in)?|leiter(?:in)?))$",
    re.I,
)
# "under him: …", "تحته محاميان", "under each one a trainee": the marker first, then who.
_UNDER_FIRST = re.compile(
    r"^(?:and\s+|e\s+|en\s+|y\s+|et\s+|und\s+|و)?(?:under|below|sotto|onder|unter|sous|bajo|debajo\s+de|abaixo\s+de"
    r"|sob|под|pod|تحت)\s*(?P<rest>\S.*)$",
    re.I,
)
_ARABIC_UNDER_PRONOUN = re.compile(r"^(?:و)?تحت(?:ه|ها|هم|هما)\s+(?P<rest>\S.*)$")
_EACH = re.compile(
    r"^(?:each(?:\s+one|\s+of\s+them)?|every\s+one|ognuno|ciascuno|elk(?:e)?|ieder(?:e)?|jede[rsm]?|chacun(?:e)?"
    r"|cada\s+uno|cada\s+um|каждым|каждого|każdym|كل\s+واحد(?:ة)?(?:\s+منهما|\s+منهم)?|每个|各)\s*[:：,]?\s*(?P<rest>\S.*)$",
    re.I,
)
_PRONOUN = re.compile(
    r"^(?:him|her|them|it|lui|lei|loro|hem|haar|hen|ihm|ihr|ihnen|elle|eux|él|ella|ellos|ele|ela|eles|ним|ней|ними"
    r"|nim|nią|nimi|ه|ها|هم|هما|إليها|إليه|إليهم|إليهما|لها|له|لهم)\s*(?P<rest>.*)$",
    re.I,
)
_AND = re.compile(
    r"\s*(?:,|，|、|;|；|\s(?:and|e|y|et|und|en|i|и|ve|oraz|और)\s|\s+و(?=\S{2,}))\s*|\s*(?:和|与|及|と)\s*",
    re.I,
)
_LEAD_AND = re.compile(r"^(?:(?:and|e|y|et|und|en|i|и|ve|oraz)\s+|(?:و|而|且|还有)(?=\S))", re.I)
_STATEMENT_SPLIT = re.compile(r"\s*[,;，；،。]\s*|\s*\n\s*")


def _names(text: str) -> list[str]:
    return [n for n in (_clean(p) for p in _AND.split(text)) if n]


def _clean(name: str) -> str:
    name = _LEAD_AND.sub("", name.strip(" .:：،\"'")) if not re.match(r"^و\S{1,3}$", name.strip()) else name
    name = re.sub(r"^(?:直接|都)", "", name)
    return _STRIP.sub("", name).strip(" .:：")


def _statements(question: str) -> tuple[str, list[str]]:
    """The lead (a first line or the words before a colon) and the statements after it."""
    text = (question or "").strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    lead = ""
    if len(lines) >= 3:
        return lines[0], [s for ln in lines[1:] for s in _STATEMENT_SPLIT.split(ln) if s.strip()]
    head = re.match(r"^([^:：\n]{0,100})[:：]\s*(?=\S)", text)
    if head:
        lead, text = head.group(1), text[head.end() :]
    return lead, [s for s in _STATEMENT_SPLIT.split(text) if s.strip()]


def tie_relation(statement: str, scripted: bool = False) -> tuple[str, str, str] | None:
    """(kind, child, parent) of a 'child MARK parent' statement, kind 'under', 'after' or 'needs' (the
    child depends on the parent). `scripted`: only the forms of scripts written without spaces and of
    suffixed languages, whose marks are never prose words ('na', 'po' and 'after' are)."""
    for pattern, kind in _SCRIPTED:
        m = pattern.match(statement)
        if m:
            return kind, m.group("child"), m.group("parent")
    m = None if scripted else _LATIN_REL.match(statement)
    if m is None:
        return None
    mark = m.group("mark")
    kind = (
        "under"
        if re.fullmatch(_UNDER_WORDS, mark, re.I)
        else "needs"
        if re.fullmatch(_NEEDS_WORDS, mark, re.I)
        else "after"
    )
    return kind, m.group("child"), m.group("parent")


def tie_graph(question: str) -> Graph | None:
    """The graph the statements draw, or None unless every statement after the lead is one of them,
    two or more are, one at least says how two things stand (not only arrows), and two edges result."""
    lead, said = _statements(question)
    if not 2 <= len(said) <= 30:
        return None
    graph = Graph(lead=lead)
    families: set[str] = set()
    last: list[int] = []  # the one named last as a parent or top: "under him"
    children: list[int] = []  # the ones hung last: "under each one"
    stated = 0
    for k, statement in enumerate(said):
        statement = _LEAD_AND.sub("", statement.strip(" ."))
        if (chain := [_clean(p) for p in ARROW_SPLIT.split(statement)]) and len(chain) >= 2 and all(chain):
            nodes = [graph.node(p) for p in chain]
            for a, b in itertools.pairwise(nodes):
                graph.edge(a, b)
            last, children = nodes[:1], nodes[1:]
            continue
        top = _TOP_AFTER.match(statement) or _TOP_BEFORE.match(statement) or _HEAD.match(statement)
        scripted = None if top else _TOP_SCRIPTED.match(statement)
        if top or scripted:
            name = top.group("name") if top else (scripted.group("a") or scripted.group("b"))
            last, children = [graph.node(_clean(name))], []
            families.add("org")
            stated += 1
            continue
        under = _ARABIC_UNDER_PRONOUN.match(statement)
        first = None if under else _UNDER_FIRST.match(statement)
        if under or first:
            rest = (under or first).group("rest")  # type: ignore[union-attr]
            each = None if under else _EACH.match(rest)
            pronoun = None if under or each else _PRONOUN.match(rest)
            if under and last:
                parents = last
            elif each and children:
                parents, rest = children, each.group("rest")
            elif pronoun and last and pronoun.group("rest"):
                parents, rest = last, pronoun.group("rest")
            else:
                return None
            kids = [graph.node(n) for n in _names(rest)]
            for p in parents:
                for c in kids:
                    graph.edge(p, c)
            children, families, stated = kids, families | {"org"}, stated + 1
            continue
        rel = tie_relation(statement)
        if rel is None:
            if k == 0 and not lead:
                graph.lead = statement
                continue
            return None
        kind, child_text, parent_text = rel
        pronoun = _PRONOUN.fullmatch(parent_text.strip())
        parents = last[:1] if pronoun and last else [graph.node(n) for n in _names(parent_text)]
        kids = [graph.node(n) for n in _names(child_text)]
        if not parents or not kids:
            return None
        for p in parents:
            for c in kids:
                graph.edge(*((c, p) if kind == "needs" else (p, c)))
        last, children = parents[:1], kids
        families.add("org" if kind == "under" else "link")
        stated += 1
    if stated < 1 or len(said) - (1 if graph.lead and not lead else 0) < 2 or len(graph.edges) < 2:
        return None
    if not _connected(graph) or any(len(label.split()) > 8 or "?" in label for label in graph.labels):
        return None  # "Czy warto iść na aplikację …, czy lepiej …? Jestem na 5 roku": words, not a chart
    graph.families = families if families == {"org"} else {"link"}
    graph.statements = max(stated, 2)
    return graph


def _connected(graph: Graph) -> bool:
    """Every node reached from the first through the edges, either way: one chart, not loose pairs."""
    seen, todo = {0}, [0]
    while todo:
        n = todo.pop()
        for a, b in graph.edges:
            for x, y in ((a, b), (b, a)):
                if x == n and y not in seen:
                    seen.add(y)
                    todo.append(y)
    return len(seen) == len(graph.labels)

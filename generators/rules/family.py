"""Families told in prose, as a family tree: "Ann and Bill had Carol and Steve; Carol married Pete
and had me and Lucy; Steve has twins, Max and Mia".

Each statement says who had whom or who married whom. A couple is one node ("Carol + Pete"), so
every person appears once, and children hang below their parents' node: the tree a wedding speech
or a school project draws. Only names the user wrote (capitalised, or "me") become people; a
sentence that is not such a statement makes the whole text something else.
"""

from __future__ import annotations

import re

from generators.rules.content import split_items
from generators.rules.relations import Graph

# Kinship before a name ("my grandma Rosa", "mi abuelo José"): who the person is to the user, not
# their name; the node is labelled with the name alone.
_KINSHIP = (
    r"(?:(?:[Mm]y|[Oo]ur|[Mm]i|[Mm]on|[Mm]a|[Mm]ein|[Mm]eine|[Mm]ijn)\s+)?"
    r"(?:grandpa|grandma|grandad|granny|grandfather|grandmother|mom|mum|mother|dad|father|uncle|aunt|brother"
    r"|sister|son|daughter|cousin|abuelo|abuela|madre|padre|tío|tía|hermano|hermana|grand-père|grand-mère|mère"
    r"|père|oncle|tante|opa|oma|mutter|vater|onkel|nonno|nonna|avô|avó|mãe|pai)\s+"
)
KIN = re.compile(rf"^{_KINSHIP}")
_NAME = rf"(?:{_KINSHIP})?(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|me|I|moi|mí|mich)"
_KIDS = (
    r"(?:(?:twins|two kids|three kids|kids|children|a son|a daughter|two sons|two daughters|sons|daughters|"
    r"gemelos|hijos|jumeaux|enfants|Zwillinge|Kinder)\s*[,:]?\s*)?"
)
_HAD = (
    r"(?:had|have|has|got|are the parents of|is the (?:mother|father) of|tuvieron|tuvo|tiene|tienen"
    r"|son los padres de|ont eu|a eu|ont|a|sont les parents de|haben|hat|bekamen|bekam|sind die Eltern von)"
)
_MARRIED = r"(?:married|is married to|was married to|se casó con|a épousé|s'est mariée? avec|heiratete|ist verheiratet mit)"
_PARENTS_HAD = re.compile(
    rf"^(?:(?P<they>[Tt]hey|[Ee]llos|[Ii]ls|[Ss]ie)|(?P<a>{_NAME})(?:\s+(?:and|y|et|und|&)\s+(?P<b>{_NAME}))?)"
    rf"\s+{_HAD}\s+{_KIDS}(?P<kids>.+)$"
)
_WED = re.compile(
    rf"^(?P<a>{_NAME})\s+{_MARRIED}\s+(?P<b>{_NAME})(?:\s*,?\s+(?:and|y|et|und)\s+(?:they\s+|ellos\s+|ils\s+|sie\s+)?{_HAD}\s+{_KIDS}(?P<kids>.+))?$"
)
_PERSON = re.compile(rf"^{_NAME}$")


# A family written as who and whose children: "grandpa John, his two sons Tom and Bill, Tom's daughter
# Ann", "爷爷王建国，两个儿子王强和王伟，王强的女儿王丽". One piece a person or someone's children.
_OFFSPRING = (
    r"(?:(?:two|three|four|\d)\s+)?(?:sons?|daughters?|kids?|children|child|grandsons?|granddaughters?|twins)"
)
_NAMES = rf"(?P<kids>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
_WHOSE = re.compile(
    rf"^(?:(?P<pron>his|her|their)|(?P<whose>{_NAME})['’]s?)\s+{_OFFSPRING}\s*(?:are|is|:|-|–)?\s*{_NAMES}$"
)
_HAN = r"[\u4e00-\u9fff]{2,3}"
_KIN_ZH = r"(?:爷爷|奶奶|外公|外婆|姥爷|姥姥|爸爸|妈妈|父亲|母亲|祖父|祖母|曾祖父|曾祖母)"
_PERSON_ZH = re.compile(rf"^{_KIN_ZH}?(?P<name>{_HAN})$")
_WHOSE_ZH = re.compile(
    rf"^(?:(?P<whose>{_HAN})的|他的|她的|他们的)?(?:[一两二三四五六\d]个)?(?:儿子|女儿|孩子|孙子|孙女|子女)"
    rf"(?P<kids>{_HAN}(?:[和、与及]{_HAN})*)$"
)


def _whose_children(body: str) -> Graph | None:
    """'grandpa John, his two sons Tom and Bill, Tom's daughter Ann': every piece a person (the one
    'his' means next) or someone's children, named. None unless all pieces are, with three people."""
    pieces = [p.strip(" ,") for p in re.split(r"[,，;；.。\n]+(?!\s*(?:and|&)\b)", body) if p.strip(" ,")]
    graph, last, people = Graph(), None, set()
    for piece in pieces:
        zh = _PERSON_ZH.match(piece) or _WHOSE_ZH.match(piece)
        one = zh or _PERSON.match(piece) or _WHOSE.match(piece)
        if one is None:
            return None
        kids = one.groupdict().get("kids")
        if not kids:  # a person alone: the root, or whom "his children" means next
            name = one.groupdict().get("name") or KIN.sub("", piece)
            last = graph.node(name)
            people.add(name)
            continue
        whose = one.groupdict().get("whose")
        parent = graph.node(KIN.sub("", whose)) if whose else last
        if parent is None:
            return None
        for kid in re.split(r"\s*(?:,|\band\b|&|和|、|与|及)\s*", kids):
            if kid:
                graph.edge(parent, graph.node(KIN.sub("", kid)))
                people.add(kid)
        graph.statements += 1
    graph.families.add("org")
    return graph if len(people) >= 3 and len(graph.edges) >= 2 else None


def family_graph(question: str) -> Graph | None:
    """The family written in the question as a tree of couples and children, or None unless every
    statement after the lead is a family statement, there are two or more, and at least three people."""
    body = re.split(r"[:：]", question, maxsplit=1)[-1] if re.search(r"[:：]", question) else question
    if (whose := _whose_children(body)) is not None:
        return whose
    statements = [s.strip(" ,") for s in re.split(r"[;.\n]+", body) if s.strip(" ,")]
    if len(statements) < 2:
        return None
    graph = Graph()
    unit: dict[str, int] = {}  # a person → their node (their couple's, once married)
    people: set[str] = set()

    last: list[int] = []  # the couple "they" refers to

    def node_of(name: str) -> int:
        name = KIN.sub("", name)
        if name not in unit:
            unit[name] = graph.node(name)
        people.add(name)
        return unit[name]

    def couple(a: str, b: str | None) -> int:
        n = node_of(a)
        b = KIN.sub("", b) if b else b
        last[:] = [n]
        if b and b not in unit:
            graph.labels[n] = f"{graph.labels[n]} + {b}"
            unit[b] = n
            people.add(b)
        return n

    def children(parents: int, kids: str) -> bool:
        names = [k.strip() for k in split_items(kids)]
        if not names or not all(_PERSON.match(k) for k in names):
            return False
        for k in names:
            graph.edge(parents, node_of(k))
        return True

    for s in statements:
        wed = _WED.match(s)
        had = None if wed else _PARENTS_HAD.match(s)
        if wed:
            n = couple(wed.group("a"), wed.group("b"))
            if wed.group("kids") and not children(n, wed.group("kids")):
                return None
        elif had:
            if had.group("they"):
                if not last:
                    return None
                n = last[0]
            else:
                n = couple(had.group("a"), had.group("b"))
            if not children(n, had.group("kids")):
                return None
        else:
            return None
        graph.statements += 1
    graph.families.add("org")
    return graph if len(people) >= 3 and graph.edges else None

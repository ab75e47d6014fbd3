"""Relations written in prose, as a graph: "Raj manages Web team and Data team", "auth is used by
orders and billing", "대표 아래 개발팀, 영업팀", "部長の下に課長". Each statement names a subject, a relation
verb and the things it relates to; the verb says which way the edge points (a manager above the
managed, a caller before the called). Names are matched loosely, so "Raj" joins "CTO Raj Patel".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generators.rules.content import clean_lead, split_items
from generators.rules.signals import SEQUENCE
from generators.rules.words import MAX_QUESTION, short

# verb → (direction, family): "down" subject→objects, "up" objects→subject; "org" relations make a
# hierarchy (a tree), "link" relations a network.
# fmt: off
VERBS: dict[str, tuple[str, str]] = {
    "manages": ("down", "org"), "manage": ("down", "org"), "leads": ("down", "org"), "oversees": ("down", "org"),
    "supervises": ("down", "org"), "heads": ("down", "org"), "runs": ("down", "org"), "is in charge of": ("down", "org"),
    "has under": ("down", "org"), "reports to": ("up", "org"), "report to": ("up", "org"),
    "is managed by": ("up", "org"), "are managed by": ("up", "org"), "belongs to": ("up", "org"),
    "calls": ("down", "link"), "call": ("down", "link"), "uses": ("down", "link"), "use": ("down", "link"),
    "depends on": ("down", "link"), "depend on": ("down", "link"), "talks to": ("down", "link"),
    "sends to": ("down", "link"), "sends data to": ("down", "link"), "writes to": ("down", "link"),
    "connects to": ("down", "link"), "connect to": ("down", "link"), "is connected to": ("down", "link"),
    "feeds into": ("down", "link"), "feeds": ("down", "link"), "triggers": ("down", "link"),
    "publishes to": ("down", "link"), "links to": ("down", "link"), "points to": ("down", "link"),
    "flows to": ("down", "link"), "flows into": ("down", "link"), "goes to": ("down", "link"),
    "leads to": ("down", "link"), "causes": ("down", "link"), "produces": ("down", "link"),
    "is used by": ("up", "link"), "are used by": ("up", "link"), "is called by": ("up", "link"),
    "reads from": ("up", "link"), "consumes from": ("up", "link"), "depends on it": ("up", "link"),
    "consumes": ("up", "link"), "consume": ("up", "link"), "subscribes to": ("up", "link"),
    "listens to": ("up", "link"), "pulls from": ("up", "link"), "polls": ("down", "link"),
    "queries": ("down", "link"), "pushes to": ("down", "link"), "forwards to": ("down", "link"),
    "routes to": ("down", "link"), "proxies to": ("down", "link"), "notifies": ("down", "link"),
    "emits to": ("down", "link"), "streams to": ("down", "link"), "syncs to": ("down", "link"),
    # other languages
    "dirige": ("down", "org"), "gestiona": ("down", "org"), "reporta a": ("up", "org"), "usa": ("down", "link"),
    "utiliza": ("down", "link"), "llama a": ("down", "link"), "depende de": ("down", "link"),
    "conecta con": ("down", "link"), "utilise": ("down", "link"), "appelle": ("down", "link"),
    "dépend de": ("down", "link"), "gère": ("down", "org"), "leitet": ("down", "org"), "nutzt": ("down", "link"),
    "ruft": ("down", "link"), "gerencia": ("down", "org"), "chama": ("down", "link"), "gestisce": ("down", "org"),
    "chiama": ("down", "link"), "dipende da": ("down", "link"), "руководит": ("down", "org"),
    "использует": ("down", "link"), "вызывает": ("down", "link"), "зависит от": ("down", "link"),
    "подчиняется": ("up", "org"), "管理": ("down", "org"), "调用": ("down", "link"), "依赖": ("down", "link"),
}
# "X MARK a, b": the marker follows the parent (Korean, Japanese, Chinese)
AFTER_PARENT = re.compile(r"\s*(?:아래(?:에)?(?:는)?|밑에(?:는)?|の下に(?:は)?|下面(?:有)?|下设|下属有|下有|之下(?:有)?)\s*")
# "MARK X: a, b": the marker comes first ("under the CEO: …", "reporting to her: …")
BEFORE_PARENT = re.compile(
    r"^(?:under|reporting to|below|beneath|bajo|debajo de|sous|unter|sotto|abaixo de|под)\s+(?P<parent>[^:：]{1,40})[:：]\s*(?P<rest>.+)$",
    re.I,
)
PRONOUNS = re.compile(r"^(?:her|him|them|it|she|he|they|ella|él|elle|lui|ihr|ihm|sie|lei|lui|ela|ele)$", re.I)
# fmt: on

_VERB_RE = re.compile(
    r"\s+("
    + "|".join(sorted((re.escape(v) for v in VERBS if re.search(r"[a-zà-ÿ]", v)), key=len, reverse=True))
    + r")\s+",
    re.I,
)
_VERB_CJK = re.compile("(" + "|".join(re.escape(v) for v in VERBS if not re.search(r"[a-zà-ÿа-я]", v)) + ")")
_STATEMENTS = re.compile(
    r"[.;。；\n!?？！]+\s*|,\s+(?=[\w\s]{1,30}?\s(?:"
    + "|".join(sorted((re.escape(v) for v in VERBS if re.search(r"[a-z]", v)), key=len, reverse=True))
    + r")\s)"
    # "张总管理李经理和王经理，李经理管理小陈": a comma before a new subject and its verb
    + r"|[，,]\s*(?=[^，,。；]{1,12}?(?:"
    + "|".join(re.escape(v) for v in VERBS if not re.search(r"[a-zà-ÿа-я]", v))
    + r"))"
)


@dataclass
class Graph:
    labels: list[str] = field(default_factory=list)
    edges: list[tuple[int, int]] = field(default_factory=list)
    families: set[str] = field(default_factory=set)
    statements: int = 0
    """Statements that stated a relation: two or more make the question a description of a graph."""
    verbs: dict[tuple[int, int], str] = field(default_factory=dict)
    """Edge labels, for relations written with a verb the table above does not know."""

    def node(self, name: str) -> int:
        """The node for `name`: an existing one when the name is it or one of its words ('Raj' for
        'CTO Raj Patel'), else a new one."""
        name = short(
            re.sub(
                r"^(?:the|a|an|our|my|el|la|le|les|die|der|das)\s+", "", name.strip(" .,:;\"'"), flags=re.I
            ),
            60,
        )
        key = name.casefold()
        for i, label in enumerate(self.labels):
            low = label.casefold()
            if low == key or (len(key) >= 3 and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", low)):
                return i
        self.labels.append(name)
        return len(self.labels) - 1

    def edge(self, a: int, b: int) -> None:
        if a != b and (a, b) not in self.edges:
            self.edges.append((a, b))


_EACH = re.compile(
    r"^(?:それぞれ|各自|各|각각|각|each|each of them|cada uno|chacun|jeweils|ognuno|каждый)$", re.I
)
_KO_AND = re.compile(r"(?<=[\uac00-\ud7af])(?:와|과|랑|하고)\s+")


def _objects(text: str) -> list[str]:
    text = _KO_AND.sub(", ", text)
    return [it for it in split_items(text) if it and len(it) <= 60]


def _prepare(question: str) -> str:
    """The statements only: a leading question ('which services depend on each other?') and a
    leading title ('Org chart:') are dropped."""
    text = re.sub(r"\s+", " ", (question or "")[:MAX_QUESTION]).strip()
    if re.search(r"[?？]\s*\S", text):
        text = re.split(r"[?？]\s*", text, maxsplit=1)[1]
    head = re.match(r"^([^:：]{0,80})[:：]\s*(?=\S)", text)
    if head and not BEFORE_PARENT.match(text) and not _VERB_RE.search(f" {head.group(1)} "):
        text = text[head.end() :]
    return text


def _nested(graph: Graph, parts: list[str]) -> None:
    """'대표 아래 A, B, C 아래 D와 E': each marker hangs the next items under the item before it."""
    first = _objects(parts[0])
    parents = [graph.node(first[-1] if first else parts[0])]
    for k, part in enumerate(parts[1:], 1):
        items = _objects(part)
        nxt = items.pop() if k < len(parts) - 1 and items else None
        children = [graph.node(o) for o in items]
        for p in parents:
            for c in children:
                graph.edge(p, c)
        if nxt is None:
            break
        if _EACH.match(nxt):
            parents = children or parents
            continue
        child = graph.node(nxt)
        if not any(b == child for _, b in graph.edges):
            for p in parents:
                graph.edge(p, child)
        parents = [child]


def relation_graph(question: str) -> Graph | None:
    """The relations written in the question as a graph, or None when fewer than two edges."""
    graph = Graph()
    last_subject: int | None = None
    for statement in _STATEMENTS.split(_prepare(question)):
        statement = statement.strip()
        if not statement:
            continue
        m = BEFORE_PARENT.match(statement)
        if m:
            name = m.group("parent").strip()
            parent = last_subject if PRONOUNS.match(name) and last_subject is not None else graph.node(name)
            for obj in _objects(m.group("rest")):
                graph.edge(parent, graph.node(obj))
            graph.families.add("org")
            graph.statements += 1
            continue
        parts = AFTER_PARENT.split(statement)
        if len(parts) >= 2:
            _nested(graph, parts)
            graph.families.add("org")
            graph.statements += len(parts) - 1
            continue
        vm = _VERB_RE.search(f" {statement} ") or _VERB_CJK.search(statement)
        if not vm:
            if last_subject is None and not graph.labels and len(statement.split()) <= 6:
                last_subject = graph.node(statement)  # "CEO Maria Lopez." before "Reporting to her: …"
            continue
        padded = f" {statement} " if vm.re is _VERB_RE else statement
        subject_text = padded[: vm.start()].strip()
        if not subject_text:
            continue
        if _NARRATED.match(subject_text):
            return None  # "then it goes to Dave", "okay so um the approval thing is like the request goes to…": steps told
        pronoun = PRONOUNS.match(subject_text) and last_subject is not None
        if pronoun and last_subject is not None:
            subjects = [last_subject]
        else:  # "CTO Ben and CFO Cara report to Ana": two people, each with the relation
            named = _objects(subject_text)
            if len(named) < 2 or any(len(n.split()) > 4 or re.search(r"\w['’]s\s", n) for n in named):
                named = [subject_text]
            subjects = [graph.node(n) for n in named]
        last_subject = subjects[0]
        while vm is not None:  # "the API reads from Postgres and writes to Redis": one subject, two verbs
            rest = padded[vm.end() :]
            nxt = vm.re.search(" " + rest if vm.re is _VERB_RE else rest)
            upto = (nxt.start() - (1 if vm.re is _VERB_RE else 0)) if nxt else len(rest)
            objects = _objects(re.sub(r"\s+(?:and|y|et|und|e)\s*$", "", rest[:upto].strip()))
            if len(objects) >= 2 and any(SEQUENCE.match(o) or _DONE.search(o) for o in objects[1:]):
                objects = objects[
                    :1
                ]  # "goes to the secretary, discussed at the meeting, then …": steps follow
            direction, family = VERBS.get(vm.group(1).lower(), ("down", "link"))
            for obj in objects:
                other = graph.node(obj)
                for subject in subjects:
                    if direction == "down":
                        graph.edge(subject, other)
                    else:
                        graph.edge(other, subject)
            if objects:
                graph.families.add(family)
                graph.statements += 1
            if nxt is None:
                break
            padded, vm = (" " + rest if vm.re is _VERB_RE else rest), nxt
    if len(graph.edges) < 2:
        graph = _chained(_prepare(question)) or graph
    return graph if len(graph.edges) >= 2 else None


# A subject that tells a story rather than names a thing: "then it", "and finally the counter", "so um".
_NARRATED = re.compile(
    r"^(?:and\s+)?(?:then|finally|after that|next|so|okay|ok|um+|well|basically)\b|^(?:it|it's|they)\s*$",
    re.I,
)

# An item that is an action, not a thing: "discussed at the monthly meeting", "signed off by the head".
_DONE = re.compile(r"^\w+ed\s+(?:at|by|in|on|with|to|off)\b", re.I)

_NOT_A_THING = re.compile(
    r"^(?:\W*\d[\d.,]*\W*|we|i|you|they|it|he|she|us|them|each|all|this|that|these|those|there|here|one)$",
    re.I,
)


def _chained(text: str) -> Graph | None:
    """'sales works with marketing, marketing briefs design, design hands off to engineering': short
    statements whose first and last words name things that recur in the others. Whatever stands
    between them is the relation, kept as the edge's label."""
    parts = [p.strip(" .") for p in re.split(r"[,;，；。.\n]+|\s+(?:and|then)\s+", text) if p.strip(" .")]
    triples = []
    for part in parts:
        words = part.split()
        if not 3 <= len(words) <= 10 or re.search(r"\d", part):
            return None  # "Lena ran 5 km in 28 minutes": a measurement, not a relation between things
        triples.append((words[0], " ".join(words[1:-1]), words[-1]))
    if len(triples) < 2:
        return None
    if any(re.match(r"[-+]?\d", a) or re.fullmatch(r"[-+]?[\d.,:]+", verb) for a, verb, _ in triples):
        return None  # "160°C 18 min, 175°C 13 min": measurements, not things related by a verb
    if any(_NOT_A_THING.match(w) for a, _, b in triples for w in (a, b)):
        return None  # "we sold 120 units … at $18 each": a pronoun, a number or "each" is no node
    names = [w.casefold() for a, _, b in triples for w in (a, b)]
    if any(names.count(a.casefold()) + names.count(b.casefold()) < 3 for a, _, b in triples):
        return None  # each statement must share a name with another one
    graph = Graph(families={"link"}, statements=len(triples))
    for a, verb, b in triples:
        i, j = graph.node(a), graph.node(b)
        graph.edge(i, j)
        graph.verbs[(i, j)] = short(verb, 40)
    return graph


def graph_type(graph: Graph) -> str:
    """'tree' for a hierarchy (one parent each), else 'network'."""
    parents: dict[int, int] = {}
    for _, b in graph.edges:
        parents[b] = parents.get(b, 0) + 1
    if graph.families == {"org"} and all(v == 1 for v in parents.values()):
        return "tree"
    return "network"


def title_of(question: str, fallback: str) -> str:
    """The lead before the relations, without the ask ('create a diagram showing how our services
    talk:' → 'How our services talk'); the fallback when there is none."""
    lead = re.split(r"[:：?？]", question, maxsplit=1)[0] if re.search(r"[:：?？]", question) else ""
    if not 0 < len(lead.split()) <= 12:
        return fallback
    return clean_lead(lead) or fallback


def moves_between(text: str) -> bool:
    """A relation verb anywhere ("goes to", "sends to", "reports to"): something moves between the
    things a story names, so steps told around it are a flow."""
    return _VERB_RE.search(f" {text} ") is not None

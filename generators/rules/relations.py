"""Relations written in prose, as a graph: "Raj manages Web team and Data team", "auth is used by
orders and billing", "대표 아래 개발팀, 영업팀", "部長の下に課長". Each statement names a subject, a relation
verb and the things it relates to; the verb says which way the edge points (a manager above the
managed, a caller before the called). Names are matched loosely, so "Raj" joins "CTO Raj Patel".
"""

from __future__ import annotations

import re

from generators.rules.content import clean_lead, split_items
from generators.rules.dates import is_weekday
from generators.rules.graph import Graph
from generators.rules.signals import SEQUENCE
from generators.rules.ties import WHO_WHOM, tie_graph, tie_relation
from generators.rules.words import CJK, MAX_QUESTION, language, short

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
    # who eats whom: the arrow follows the food (eaten → eater), as a food chain is drawn
    "is eaten by": ("down", "link"), "are eaten by": ("down", "link"), "get eaten by": ("down", "link"),
    "gets eaten by": ("down", "link"), "eats": ("up", "link"),
    "werden gefressen von": ("down", "link"), "wird gefressen von": ("down", "link"), "frisst": ("up", "link"),
    "fressen": ("up", "link"), "est mangé par": ("down", "link"), "sont mangés par": ("down", "link"),
    "es comido por": ("down", "link"), "son comidos por": ("down", "link"),
    "wordt gegeten door": ("down", "link"), "worden gegeten door": ("down", "link"),
    # other languages
    "dirige": ("down", "org"), "gestiona": ("down", "org"), "reporta a": ("up", "org"), "usa": ("down", "link"),
    "utiliza": ("down", "link"), "llama a": ("down", "link"), "depende de": ("down", "link"),
    "conecta con": ("down", "link"), "utilise": ("down", "link"), "appelle": ("down", "link"),
    "dépend de": ("down", "link"), "gère": ("down", "org"), "leitet": ("down", "org"), "nutzt": ("down", "link"),
    "ruft": ("down", "link"), "gerencia": ("down", "org"), "chama": ("down", "link"), "gestisce": ("down", "org"),
    "chiama": ("down", "link"), "dipende da": ("down", "link"), "руководит": ("down", "org"),
    "использует": ("down", "link"), "вызывает": ("down", "link"), "зависит от": ("down", "link"),
    "подчиняется": ("up", "org"), "管理": ("down", "org"), "调用": ("down", "link"), "依赖": ("down", "link"),
    # services and systems talking to each other, written subject-verb-object
    "talk to": ("down", "link"), "send to": ("down", "link"), "depends upon": ("down", "link"),
    "passes to": ("down", "link"), "hands off to": ("down", "link"),
    "envía a": ("down", "link"), "manda a": ("down", "link"), "habla con": ("down", "link"), "llama": ("down", "link"),
    "se conecta a": ("down", "link"), "envoie à": ("down", "link"), "parle à": ("down", "link"),
    "se connecte à": ("down", "link"), "sendet an": ("down", "link"), "spricht mit": ("down", "link"),
    "hängt ab von": ("down", "link"), "verwendet": ("down", "link"), "benutzt": ("down", "link"),
    "envia para": ("down", "link"), "envia a": ("down", "link"), "fala com": ("down", "link"),
    "conecta-se a": ("down", "link"), "invia a": ("down", "link"), "parla con": ("down", "link"),
    "si collega a": ("down", "link"), "utilizza": ("down", "link"), "gebruikt": ("down", "link"),
    "stuurt naar": ("down", "link"), "hangt af van": ("down", "link"), "praat met": ("down", "link"),
    "roept": ("down", "link"), "używa": ("down", "link"), "wywołuje": ("down", "link"),
    "wysyła do": ("down", "link"), "zależy od": ("down", "link"), "отправляет в": ("down", "link"),
    "обращается к": ("down", "link"), "шлёт в": ("down", "link"), "посылает в": ("down", "link"),
    "使用": ("down", "link"), "发送到": ("down", "link"), "发给": ("down", "link"), "连接到": ("down", "link"),
    "依赖于": ("down", "link"), "يستدعي": ("down", "link"), "يستخدم": ("down", "link"),
    "يرسل إلى": ("down", "link"), "يعتمد على": ("down", "link"),
}
# "X MARK a, b": the marker follows the parent (Korean, Japanese, Chinese)
AFTER_PARENT = re.compile(
    r"\s*(?:아래(?:에)?(?:는)?|밑에(?:는)?|の下に(?:は)?|下面(?:有)?|下设|下属有|下有|之下(?:有)?|(?<=\S)\s+के\s+(?:नीचे|अधीन))\s*"
)
# "उनके नीचे …" (under them): the parent is the one named just before
_UNDER_THEM = re.compile(r"^(?:उनके|इनके|उसके|इसके)\s+(?:नीचे|अधीन)\s*")
# "MARK X: a, b": the marker comes first ("under the CEO: …", "reporting to her: …")
BEFORE_PARENT = re.compile(
    r"^(?:under|reporting to|below|beneath|bajo|debajo de|sous|unter|sotto|abaixo de|под)\s+(?P<parent>[^:：]{1,40})[:：]\s*(?P<rest>.+)$",
    re.I,
)
# "…, onder haar Joost en Fatima, onder Joost drie planners": the marker, one word for the parent (a name
# or a pronoun), then the children, with no colon; each such clause is a statement of its own.
_UNDER_WORDS = r"under|onder|unter|sous|bajo|debajo\s+de|sotto|abaixo\s+de"
_UNDER_SPLIT = re.compile(rf"\s*,\s*(?=(?:{_UNDER_WORDS})\s+\S+\s+\S)", re.I)
_UNDER_INLINE = re.compile(
    rf"^(?:and\s+|en\s+|und\s+|et\s+|y\s+)?(?:{_UNDER_WORDS})\s+(?P<parent>[^\s,:：]+)\s+(?P<rest>[^:：]+)$", re.I
)
PRONOUNS = re.compile(
    r"^(?:her|him|them|it|she|he|they|ella|él|elle|lui|ihr|ihm|sie|lei|lui|ela|ele|haar|hem|hen|zij|hij|ней|него|них)$",
    re.I,
)
# fmt: on

_VERB_RE = re.compile(
    r"\s+("
    + "|".join(sorted((re.escape(v) for v in VERBS if re.search(r"[a-zà-ÿа-яё]", v)), key=len, reverse=True))
    + r")\s+",  # words with spaces round them: Latin and Cyrillic verbs
    re.I,
)
# a CJK verb that starts a compound noun is no verb: "使用済み" (used), "管理者" (manager), "使用率" (usage rate)
_VERB_CJK = re.compile(
    "("
    + "|".join(re.escape(v) for v in VERBS if not re.search(r"[a-zà-ÿа-я]", v))
    + ")(?![済中者率量料費费権权人員员])"
)
_STATEMENTS = re.compile(
    r"[.;。；\n!?？！]+\s*|,\s+(?=[\w\s]{1,30}?\s(?:"
    + "|".join(sorted((re.escape(v) for v in VERBS if re.search(r"[a-z]", v)), key=len, reverse=True))
    + r")\s)"
    # "张总管理李经理和王经理，李经理管理小陈": a comma before a new subject and its verb
    + r"|[，,]\s*(?=[^，,。；]{1,12}?(?:"
    + "|".join(re.escape(v) for v in VERBS if not re.search(r"[a-zà-ÿа-я]", v))
    + r"))"
)


_EACH = re.compile(
    r"^(?:それぞれ|各自|各|각각|각|each|each of them|cada uno|chacun|jeweils|ognuno|каждый)$", re.I
)
_KO_AND = re.compile(r"(?<=[\uac00-\ud7af])(?:와|과|랑|하고)\s+")


def _objects(text: str) -> list[str]:
    text = _KO_AND.sub(", ", text)
    return _one_each([it for it in split_items(text) if it and len(it) <= 60])


# "两个副校长，一个管教学一个管后勤", "two deputies, one for teaching and one for admin": a counted group
# whose members are then told apart one by one is that many nodes, each with its own part.
_COUNTED = re.compile(
    r"^(?P<n>两|二|三|四|2|3|4|two|three|four)\s*(?:个|位|名)?\s*(?P<noun>\S.{0,30})$", re.I
)
_ONE = re.compile(r"(?:另一个|另一位|一个|一位|一名|\b(?:one|the other)\b)\s*", re.I)
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "two": 2, "three": 3, "four": 4}


def _one_each(items: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(items):
        m = _COUNTED.match(items[k])
        told = []
        for it in items[k + 1 : k + 5] if m else []:
            if not _ONE.match(it):
                break
            told.append(it)
        rest = " ".join(told)
        parts = [p for p in (_EDGE_AND.sub("", p) for p in _ONE.split(rest)) if p]
        if m and parts and len(parts) == len(_ONE.findall(rest)) == _number(m.group("n")):
            noun = re.sub(r"^(?:the|our|my)\s+", "", m.group("noun"), flags=re.I)
            if CJK.search(noun):
                out += [f"{noun}（{p}）" for p in parts]
            else:
                noun = re.sub(r"ies$", "y", noun) if noun.endswith("ies") else re.sub(r"(?<!s)s$", "", noun)
                out += [f"{noun} ({p})" for p in parts]
            k += 1 + len(told)
            continue
        out.append(items[k])
        k += 1
    return out


_EDGE_AND = re.compile(r"^[\s,，、;；]+|[\s,，、;；]+$|[\s,，、;；]+(?:and|y|et|und|e)$", re.I)


def _number(word: str) -> int:
    return _COUNT.get(word.casefold()) or (int(word) if word.isdigit() else 0)


def _prepare(question: str) -> str:
    """The statements only: a leading question ('which services depend on each other?') and a
    leading title ('Org chart:') are dropped."""
    # a line break ends a statement ("Alice reports to Bob\nCarol reports to Bob"): kept, not a space
    text = re.sub(r"[^\S\n]*\n\s*", "\n", re.sub(r"[^\S\n]+", " ", (question or "")[:MAX_QUESTION])).strip()
    if re.search(r"[?？]\s*\S", text):
        text = re.split(r"[?？]\s*", text, maxsplit=1)[1]
    head = re.match(r"^([^:：\n]{0,80})[:：]\s*(?=\S)", text)
    if head and not BEFORE_PARENT.match(text) and not _VERB_RE.search(f" {head.group(1)} "):
        text = text[head.end() :]
    # "Setup: router connects to laptop" on a later line: the line's label is no part of the router
    return "\n".join(_unlabelled(line) for line in text.split("\n"))


def _unlabelled(line: str) -> str:
    head = re.match(r"^[^\W\d]\w*[:：]\s+(?=\S)", line)
    if head and not BEFORE_PARENT.match(line) and _VERB_RE.search(f" {line[head.end() :]} "):
        return line[head.end() :]
    return line


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


_CHART_WORDS = (
    r"\b(?:diagram|chart|graph|org\s*chart|organi[sz]ation\s+chart|organigram\w*|organigramm\w*|schema|schéma"
    r"|diagrama|diagramm\w*|схема|schemat)\b|조직도|組織図|组织架构|组织结构图|架构图|关系图|図にして|画出|画一"
)
_ASK_LINE = re.compile("|".join([*WHO_WHOM, _CHART_WORDS]), re.I)
"""A line that asks for the chart or names it ("법무법인 조직도"): the title over the relations, no node."""


def _own_first_line(statement: str, question: str) -> bool:
    """The statement is the question's whole first line, above others ("Org chart: CEO Maria Lopez."
    in running prose names the top of the chart; it is no title)."""
    lines = [ln.strip(" .") for ln in question.strip().splitlines() if ln.strip()]
    return len(lines) >= 2 and lines[0] == statement.strip(" .")


def relation_graph(question: str) -> Graph | None:
    """The relations written in the question as a graph, or None when fewer than two edges."""
    graph = Graph()
    last_subject: int | None = None
    prepared = _prepare(question)
    if language(question) == "nl":  # Dutch "en" is "and" (elsewhere it is "in": "en Madrid")
        prepared = re.sub(r"\s+en\s+", ", ", prepared)
    said = [
        p
        for st in _STATEMENTS.split(prepared)
        for part in _UNDER_SPLIT.split(st or "")
        for p in _HAS_SPLIT.split(part or "")
    ]
    for statement in said:
        statement = statement.strip()
        if not statement:
            continue
        has = _HAS.match(statement) if "org" in graph.families else None
        if has:  # "…, and Tom has two first-years helping with the data": people under Tom
            graph.edge(graph.node(has.group("who")), graph.node(has.group("them")))
            graph.statements += 1
            continue
        m = BEFORE_PARENT.match(statement) or _UNDER_INLINE.match(statement)
        if m:
            name = m.group("parent").strip()
            parent = last_subject if PRONOUNS.match(name) and last_subject is not None else graph.node(name)
            for obj in _objects(m.group("rest")):
                graph.edge(parent, graph.node(obj))
            graph.families.add("org")
            graph.statements += 1
            continue
        if (them := _UNDER_THEM.match(statement)) and graph.labels:
            statement = f"{graph.labels[-1 if last_subject is None else last_subject]} के नीचे {statement[them.end() :]}"
        parts = AFTER_PARENT.split(statement)
        if len(parts) >= 2:
            _nested(graph, parts)
            graph.families.add("org")
            graph.statements += len(parts) - 1
            continue
        vm = _VERB_RE.search(f" {statement} ") or _VERB_CJK.search(statement)
        if not vm and graph.edges and (tie := tie_relation(statement, scripted=True)) is not None:
            # "総代会は宮司に直接", "사무장은 대표 직속" after relations read here: a line of the line reader's kind
            kind, child, parent = tie
            a, b = graph.node(parent), graph.node(child)
            graph.edge(*((b, a) if kind == "needs" else (a, b)))
            graph.families.add("org" if kind == "under" else "link")
            graph.statements += 1
            continue
        if not vm:
            if (
                not graph.labels
                and not graph.lead
                and _ASK_LINE.search(statement)
                and _own_first_line(statement, question)
            ):
                graph.lead = statement  # "誰が誰に報告するか図にして" over the lines: the title
                continue
            if last_subject is None and not graph.labels and len(statement.split()) <= 6:
                last_subject = graph.node(statement)  # "CEO Maria Lopez." before "Reporting to her: …"
            continue
        padded = f" {statement} " if vm.re is _VERB_RE else statement
        # "…, and API depends on Database": the "and" joins statements, it is no part of the name
        subject_text = re.sub(r"^(?:and|y|et|und|e|и)\s+(?=\S)", "", padded[: vm.start()].strip(), flags=re.I)
        if not subject_text or re.search(
            r"(?:^|\s)(?:who|whom|what|which|quién|wer|qui|chi|quem|кто)$", subject_text, re.I
        ):
            if not graph.labels and not graph.lead and "\n" in question:
                graph.lead = statement  # "what depends on what" on the line above: the title
            continue  # "who reports to who at the depot": the question asked, no relation stated
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
        before, last_subject = last_subject, subjects[0]
        while vm is not None:  # "the API reads from Postgres and writes to Redis": one subject, two verbs
            rest = padded[vm.end() :]
            nxt = vm.re.search(" " + rest if vm.re is _VERB_RE else rest)
            upto = (nxt.start() - (1 if vm.re is _VERB_RE else 0)) if nxt else len(rest)
            chunk, then = rest[:upto].strip(), None
            # "the frontend depends on the API and the API depends on the database": a name between
            # "and" and the next verb is that verb's own subject, not one more object of this one
            if nxt is not None and (new := _NEXT_SUBJECT.search(chunk)) and not PRONOUNS.match(new.group(1)):
                chunk, then = chunk[: new.start()], new.group(1)
            objects = _objects(re.sub(r"\s+(?:and|y|et|und|e)\s*$", "", chunk))
            if len(objects) >= 2 and any(SEQUENCE.match(o) or _DONE.search(o) for o in objects[1:]):
                objects = objects[
                    :1
                ]  # "goes to the secretary, discussed at the meeting, then …": steps follow
            direction, family = VERBS.get(vm.group(1).lower(), ("down", "link"))
            for subs, objs in _elliptic(subjects, objects, vm.group(1), graph):
                for obj in objs:
                    # "Tom and Aisha report to her": the one named before
                    other = before if PRONOUNS.match(obj) and before is not None else graph.node(obj)
                    for subject in subs:
                        if direction == "down":
                            graph.edge(subject, other)
                        else:
                            graph.edge(other, subject)
                graph.statements += 1 if objs else 0
            if objects:
                graph.families.add(family)
            elif family == "org" and nxt is None and not rest.strip():
                graph.families.add(family)  # "Sara leads, …": she is the one at the top
                graph.statements += 1
            if nxt is None:
                break
            if then is not None:
                subjects = [graph.node(then)]
                before, last_subject = last_subject, subjects[0]
            padded, vm = (" " + rest if vm.re is _VERB_RE else rest), nxt
    if len(graph.edges) < 2:
        graph = (
            tie_graph(question)
            or _chained(re.sub(r"\s+", " ", _prepare(question)))
            or _layers(question)
            or graph
        )
    return graph if len(graph.edges) >= 2 else None


# A hierarchy told from the top down: "site manager on top, then two shift leads, and each shift lead
# has six pickers and two drivers", "la directora arriba, luego dos coordinadores".
_TOP = (  # English order only: elsewhere "oben Dr Kaya" puts the word before the name
    r"\s+(?:(?:is|are|sits?|comes?)\s+)?(?:on\s+top|at\s+the\s+top|at\s+the\s+head)\b(?!\s+of\b)"
)
_BELOW = re.compile(
    r"[,;.]?\s*\b(?:and\s+)?(?:then|below\s+(?:that|them|him|her)|under\s+(?:that|them|him|her)|luego|debajo|después"
    r"|puis|en\s+dessous|dann|darunter|poi|sotto|depois|abaixo|daarna|daaronder|потом|ниже|sonra|altında|potem"
    r"|niżej)\b[,:]?\s*",
    re.I,
)
_EACH_HAS = re.compile(
    r"^(?:and\s+)?(?:each|every|cada|chaque|jede[rs]?|ogni|elke|каждый|her)\s+(?P<who>[\w' -]{2,30})\s+"
    r"(?:has|have|gets?|manages?|tiene|a|hat|ha|tem|heeft|имеет|у\s+него)\s+(?P<them>.+)$",
    re.I,
)
_WHO_HAS = re.compile(
    r"^(?:and\s+)?(?:who|which|that)\s+(?:has|have|manages?|leads?|runs?)\s+(?P<them>.+)$", re.I
)
_SITS_UNDER = re.compile(
    r"^(?:and\s+)?(?P<them>.+?)\s+(?:sits?|are|is|reports?|work)\s+(?:under|to|for)\s+(?:the\s+)?(?P<who>.+)$",
    re.I,
)
_FILLER_WORDS = re.compile(r"^(?:(?:um+|uh+|so|like|ok(?:ay)?|well|right|and|y|et|und|e|en)\s+)+", re.I)


def _layers(question: str) -> Graph | None:
    m = re.search(rf"(?P<top>[^\W\d][\w' -]{{1,60}}?){_TOP}", question, re.I)
    if m is None:
        return None
    said = re.split(r"\b(?:um+|uh+|so|like|ok(?:ay)?|well|right)\b", m.group("top"), flags=re.I)[-1]
    top = " ".join(said.split()[-4:])  # "who reports to who at the depot um site manager on top"
    if re.match(r"^(?:i|we|you|he|she|it|they|yo|je|ich|io|eu|ik|я)\b", top, re.I):
        return None  # "I was on top, then…": a story, not a chart's top
    rest = question[m.end() :]
    graph = Graph()
    layer = [graph.node(top)]
    for segment in _BELOW.split(rest):
        parts = [
            p.strip()
            for p in re.split(r"\s*,\s*|\s+and\s+(?=(?:each|every)\b)", segment.strip(" ,.;"))
            if p.strip()
        ]
        for part in parts:
            who_has = _WHO_HAS.match(part)
            under = None if who_has else _SITS_UNDER.match(part)
            if under is not None:  # "and the volunteers sit under the coordinator"
                graph.edge(graph.node(under.group("who")), graph.node(under.group("them")))
                continue
            has = who_has or _EACH_HAS.match(part)
            listed = has.group("them") if has else part
            children = [
                graph.node(_FILLER_WORDS.sub("", o) if has is None else o)
                for o in split_items(listed)
                if o.strip()
            ]
            # "…, who has the shop team": under the one just named; otherwise under the whole layer above
            for parent in layer[-1:] if who_has is not None else layer:
                for child in children:
                    graph.edge(parent, child)
            layer = children or layer
    graph.families.add("org")
    graph.statements = len(graph.edges)
    return graph if len(graph.edges) >= 2 else None


# "…, and Tom has two first-years helping with the data": once relations are an organisation, people
# someone has working for them hang under them.
_HAS_BODY = (
    r"(?:and\s+)?(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:has|have)\s+"
    r"(?P<them>(?:two|three|four|five|\d+|a|an|some|several)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+"
    r"(?:helping|working|assisting|reporting|under)\b"
)
_HAS = re.compile(rf"^{_HAS_BODY}", re.I)
_HAS_SPLIT = re.compile(rf"\s*,\s*(?={_HAS_BODY})", re.I)


def _elliptic(
    subjects: list[int], objects: list[str], verb: str, graph: Graph
) -> list[tuple[list[int], list[str]]]:
    """'algae get eaten by tadpoles, tadpoles by newts and dragonfly larvae, newts by the heron': after
    a verb ending in a preposition, 'X by Y' repeats the verb with X as its subject; the items after it
    are its objects too, until the next such statement."""
    prep = verb.split()[-1]
    groups: list[tuple[list[int], list[str]]] = [(subjects, [])]
    if len(verb.split()) < 2:
        return [(subjects, objects)]
    for obj in objects:
        m = re.match(rf"^(?P<s>\S.{{0,40}}?)\s+{re.escape(prep)}\s+(?P<o>\S.*)$", obj, re.I)
        if m and not _VERB_RE.search(f" {m.group('s')} "):
            groups.append(([graph.node(m.group("s"))], [m.group("o")]))
        else:
            groups[-1][1].append(obj)
    return groups


_NEXT_SUBJECT = re.compile(r"\s+and\s+((?:the\s+)?[\w'’-]+(?:\s+(?!and$)[\w'’-]+)?)$", re.I)

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


_DAYS_EN = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}


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
    if any(
        is_weekday(a) or a.casefold().strip(".") in _DAYS_EN or re.fullmatch(r"[(（].*[)）]", b)
        for a, _, b in triples
    ):
        return None  # "Mon bins (Jake), Tue bathroom (Priya)": a day's task and who does it, a schedule
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
